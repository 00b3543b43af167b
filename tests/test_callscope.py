"""A call resolved once (workbench/callscope.py): the outputs are the ones its slug gives, and
each part of the call is read once however many parts of an output ask for it."""

from collections import Counter

import pytest
from click.testing import CliRunner

from workbench import background, callscope, store, submissions, themes
from workbench.cli import cli
from workbench.errors import NotFound
from workbench.stats import TOTAL, count, sentence

from .apptest import open_page
from .test_background import CALL, stocked  # noqa: F401 (the stocked call, a fixture)
from .test_stats import build_call
from .test_themes import CALL as THEMED
from .test_themes import SUBMISSIONS
from .test_themes import build_call as build_themed_call


def statements(db, action):
    """The SQL statements ``action`` sends to the database file."""
    sent = []
    db.conn.set_trace_callback(sent.append)
    try:
        action()
    finally:
        db.conn.set_trace_callback(None)
    return sent


def test_a_document_from_a_resolved_call_is_the_one_its_slug_gives(stocked):  # noqa: F811
    db, _ = stocked
    for internal in (False, True):
        from_slug = background.build_background(db, CALL, internal=internal)
        from_scope = background.build_background(db, callscope.resolve(db, CALL), internal=internal)
        assert background.to_markdown(from_scope) == background.to_markdown(from_slug)


def test_a_document_counts_the_call_s_submissions_once(stocked):  # noqa: F811
    db, _ = stocked
    scope = callscope.resolve(db, CALL)
    sent = statements(db, lambda: background.build_background(db, scope))
    # the statistics table and the introduction's sentence share one reading
    assert sum("where c.slug in" in s for s in sent) == 1


def test_the_submissions_page_shows_from_one_resolved_call_what_the_slug_shows(stocked):  # noqa: F811
    db, ids = stocked
    scope = callscope.resolve(db, CALL)
    for internal, names in ((False, True), (True, False), (True, True)):
        shown = submissions.table(db, scope, internal=internal, names=names)
        assert shown == submissions.table(db, CALL, internal=internal, names=names)
    withheld = ids["Hidden Voices Collective"]
    opened = submissions.detail(db, withheld, names=False, call=scope)
    assert opened == submissions.detail(db, withheld, names=False)
    assert opened["withheld"] and "Hidden Voices" not in str(opened)


def test_several_calls_count_as_their_slugs_do(db, tmp_path):
    build_call(db, tmp_path / "b", "b", [{"submitter_type": "state"}, {"region": "africa"}])
    build_call(db, tmp_path / "a", "a", [{"submitter_type": "state"}] * 2)
    scopes = callscope.resolve_all(db, ["a", "b"])
    by_scope, by_slug = count(db, scopes, "submitter_type"), count(db, ["a", "b"], "submitter_type")
    assert by_scope.counts == by_slug.counts and by_scope.members == by_slug.members
    assert by_scope.calls == ["a", "b"] and by_scope.count("state", TOTAL) == 3
    assert sentence.report_sentences(db, scopes) == sentence.report_sentences(db, ["a", "b"])
    assert [s.slug for s in callscope.resolve_all(db)] == ["b", "a"]


def test_a_call_that_does_not_exist_is_named(db):
    with pytest.raises(NotFound, match="no call 'nowhere'"):
        callscope.resolve(db, "nowhere")


@pytest.fixture
def reads(monkeypatch):
    """How often the call is looked up (store.get_call) and its submissions listed
    (store.call_submissions), counted through the real functions."""
    counted = Counter()

    def counting(name):
        real = getattr(store, name)

        def call(*args, **kwargs):
            counted[name] += 1
            return real(*args, **kwargs)

        return call

    for name in ("get_call", "call_submissions"):
        monkeypatch.setattr(store, name, counting(name))
    return counted


def test_a_page_run_or_a_command_resolves_its_call_once(db_path, tmp_path, reads):
    db = store.open_db(db_path)
    build_themed_call(db, tmp_path / "in", SUBMISSIONS[:6])
    themes.refresh(db, THEMED)  # themes to list, quote and export; codebook and campaigns too
    reads.clear()
    app = open_page("themes", timeout=120)
    assert app.dataframe and reads == {"get_call": 1, "call_submissions": 1}
    reads.clear()
    app.button(key="themes_qda_project").click().run()  # a run that writes the REFI-QDA project
    assert not app.exception and app.get("download_button")
    assert reads == {"get_call": 1, "call_submissions": 1}
    for name in ("background", "submissions", "literature", "search", "submitters", "triage"):
        reads.clear()
        app = open_page(name, timeout=120)
        if name == "search":
            app.text_input(key="search_text").input("conversion").run()
            assert app.button and not app.exception  # passages found, each with its button
            reads.clear()
            app.run()
        assert reads["get_call"] == 1 and reads["call_submissions"] <= 1, name
    out = tmp_path / "out"
    out.mkdir()
    for command in (
        ["themes", "--call", THEMED],
        ["themes", "--call", THEMED, "--refresh"],
        ["background", "--call", THEMED, "--out", str(out / "b.docx")],
        ["background", "--call", THEMED, "--out", str(out / "i.docx"), "--internal"],
        ["export-qda", "--call", THEMED, "--out", str(out / "p.qdpx")],
        ["export-qda", "--call", THEMED, "--out", str(out / "c.qdc"), "--codebook-only"],
        ["notes", "symbols", "--call", THEMED],
        ["stats", "--call", THEMED, "--rows", "theme", "--cols", "region"],
        ["tag", "--call", THEMED],
    ):
        reads.clear()
        result = CliRunner().invoke(cli, ["--db", str(db_path), *command], obj={})
        assert result.exit_code == 0, result.output
        assert reads["get_call"] == 1 and reads["call_submissions"] <= 1, command
