"""The store: one SQLite file in WAL mode, seeded research agenda, versioned migrations."""

import sqlite3

from workbench import migrations, store


def test_database_is_wal_with_the_mandate_reports_seeded(db):
    assert db.conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    slugs = {r["slug"] for r in store.list_reports(db)}
    assert {
        "conversion-therapy",
        "covid-19",
        "religion",
        "colonialism",
        "conflict-peace-security",
    } <= slugs
    statuses = {r["slug"]: r["status"] for r in store.list_reports(db)}
    assert statuses["decriminalisation"] == "done" and statuses["gender-equality"] == "planned"


def test_a_database_made_by_an_older_version_opens_in_a_newer_one(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("create table schema_migrations (version integer primary key, applied_at text)")
    conn.commit()
    first = migrations.available()[0]
    migrations._apply(conn, first[0], first[1].SQL)
    conn.execute(
        "insert into calls (slug, title) values ('old-call', 'A call from the old version')"
    )
    conn.commit()
    conn.close()
    db = store.open_db(path)
    assert migrations.current_version(db.conn) == migrations.available()[-1][0]
    assert store.get_call(db, "old-call")["title"] == "A call from the old version"


def test_opening_twice_changes_nothing(tmp_path):
    store.open_db(tmp_path / "x.db").conn.close()
    db = store.open_db(tmp_path / "x.db")
    assert len(store.list_reports(db)) == len({r["slug"] for r in store.list_reports(db)})


def test_concurrent_edit_is_refused_with_current_values(db, tmp_path):
    import pytest

    from tests.makedocs import ENGLISH, make_pdf
    from workbench import audit, ingest
    from workbench.errors import ConflictError

    ingest.ingest(db, "c", [make_pdf(tmp_path / "a.pdf", [ENGLISH])], n_workers=0)
    loaded = store.list_submissions(db, "c")[0]
    store.update_submission(
        db, loaded["id"], {"submitter": "First editor's value"}, loaded["version"], "ana"
    )
    with pytest.raises(ConflictError) as refused:
        store.update_submission(
            db, loaded["id"], {"submitter": "Second editor's value"}, loaded["version"], "ben"
        )
    assert refused.value.current["submitter"] == "First editor's value"
    assert store.get_submission(db, loaded["id"])["submitter"] == "First editor's value"
    [entry] = [
        e
        for e in audit.history(db, "submissions", loaded["id"])
        if e["action"] == "update_submission"
    ]
    assert (entry["user"], entry["old_value"], entry["new_value"]) == (
        "ana",
        loaded["submitter"],
        "First editor's value",
    )


def test_a_migration_that_lands_late_is_still_applied(tmp_path):
    path = tmp_path / "gap.db"
    conn = sqlite3.connect(path)
    conn.execute("create table schema_migrations (version integer primary key, applied_at text)")
    conn.commit()
    versions = migrations.available()
    first, last = versions[0], versions[-1]
    migrations._apply(conn, first[0], first[1].SQL)
    migrations._apply(conn, last[0], last[1].SQL)  # a newer one applied before the middle ones
    conn.close()
    db = store.open_db(path)
    assert migrations.applied(db.conn) == {v for v, _ in versions}
