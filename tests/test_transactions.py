"""One unit of work commits together or not at all, also when another unit is nested in it."""

import pytest

from workbench import store


def calls(db):
    return [r["slug"] for r in store.list_calls(db)]


def test_a_nested_unit_does_not_commit_the_outer_one(db):
    with pytest.raises(RuntimeError):
        with store.transaction(db):
            store.ensure_call(db, "outer")
            with store.transaction(db):
                store.ensure_call(db, "inner")
            raise RuntimeError("the outer unit fails after the inner one ended")
    assert calls(db) == []


def test_a_failing_nested_unit_undoes_only_itself(db):
    with store.transaction(db):
        store.ensure_call(db, "kept")
        with pytest.raises(RuntimeError):
            with store.transaction(db):
                store.ensure_call(db, "undone")
                raise RuntimeError("the inner unit fails")
    assert calls(db) == ["kept"]
