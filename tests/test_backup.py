"""Backup and restore round-trip exactly, refuse damaged backups, and work while others write."""

import json
import re
import sqlite3
import subprocess
import sys
import threading

import pytest

from workbench import backup, ingest, store
from workbench.backup import BackupError

from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf


@pytest.fixture
def filled(tmp_path):
    """A database with an ingested call, an edit in the audit log, and its originals."""
    folder = tmp_path / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH, [ENGLISH[1]]])
    make_docx(folder / "Coalition" / "letter.docx", SPANISH)
    make_pdf(folder / "Coalition" / "annex.pdf", [[ENGLISH[0]]])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    db = store.open_db(tmp_path / "live" / "wb.db")
    ingest.ingest(db, "c", [folder], n_workers=0)
    sub = store.list_submissions(db, "c")[0]
    store.update_submission(
        db,
        sub["id"],
        {"submitter": "Coalition Arcoiris", "confidentiality": "withhold_name"},
        sub["version"],
        "ana",
    )
    yield db
    db.conn.close()


def every_row(path):
    """Every row of every table (FTS shadow tables too), for an exact comparison."""
    conn = sqlite3.connect(str(path))
    tables = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name"
        )
    ]
    dump = {t: sorted(map(repr, conn.execute(f'select * from "{t}"'))) for t in tables}
    conn.close()
    return dump


def originals(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_backup_then_restore_gives_the_same_rows_and_originals(filled, tmp_path):
    manifest = backup.backup(filled, tmp_path / "bk")
    assert manifest["tables"]["submissions"] == 3
    target = tmp_path / "restored" / "wb.db"
    backup.restore(tmp_path / "bk", target)
    before = every_row(filled.path)
    after = every_row(target)
    before["audit_log"] = [r for r in before["audit_log"] if "'backup'" not in r]
    assert after == before
    assert originals(target.parent / "originals") == originals(store.originals_dir(filled))
    reopened = store.open_db(target)
    assert [s["submitter"] for s in store.list_submissions(reopened, "c")][
        0
    ] == "Coalition Arcoiris"
    assert reopened.conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_manifest_lists_sha256_of_every_file(filled, tmp_path):
    backup.backup(filled, tmp_path / "bk")
    manifest = json.loads((tmp_path / "bk" / "manifest.json").read_text())
    on_disk = {
        str(p.relative_to(tmp_path / "bk"))
        for p in (tmp_path / "bk").rglob("*")
        if p.is_file() and p.name != "manifest.json"
    }
    assert set(manifest["files"]) == on_disk
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())


@pytest.mark.parametrize(
    "damage, message",
    [
        ("flip_original", "does not match its checksum"),
        ("flip_database", "does not match its checksum"),
        ("remove_original", "is missing"),
        ("break_manifest", "cannot be read"),
    ],
)
def test_a_damaged_backup_is_refused_and_nothing_is_written(filled, tmp_path, damage, message):
    folder = tmp_path / "bk"
    backup.backup(filled, folder)
    an_original = next(p for p in (folder / "originals").rglob("*") if p.is_file())
    if damage == "flip_original":
        data = bytearray(an_original.read_bytes())
        data[len(data) // 2] ^= 0xFF
        an_original.write_bytes(bytes(data))
    elif damage == "flip_database":
        data = bytearray((folder / "workbench.db").read_bytes())
        data[-100] ^= 0x01
        (folder / "workbench.db").write_bytes(bytes(data))
    elif damage == "remove_original":
        an_original.unlink()
    else:
        (folder / "manifest.json").write_text("{not json")
    target = tmp_path / "restored" / "wb.db"
    with pytest.raises(BackupError, match=message):
        backup.restore(folder, target)
    assert not target.exists()


def test_restore_will_not_replace_a_database_without_force(filled, tmp_path):
    backup.backup(filled, tmp_path / "bk")
    with pytest.raises(BackupError, match="--force"):
        backup.restore(tmp_path / "bk", filled.path)


def test_backup_is_consistent_while_someone_writes(filled, tmp_path):
    """A writer keeps editing during the online backup: the copy is a whole state, never half."""
    stop = threading.Event()
    base = store.list_submissions(filled, "c")[0]["version"]

    def keep_editing():
        writer = store.open_db(filled.path)
        sub_id = store.list_submissions(writer, "c")[0]["id"]
        while not stop.is_set():
            current = store.get_submission(writer, sub_id)
            store.update_submission(
                writer,
                sub_id,
                {"country": "COL" if current["country"] != "COL" else "PER"},
                current["version"],
                "writer",
            )
        writer.conn.close()

    thread = threading.Thread(target=keep_editing)
    thread.start()
    try:
        manifests = [backup.backup(filled, tmp_path / f"bk{i}") for i in range(3)]
    finally:
        stop.set()
        thread.join()
    for i, manifest in enumerate(manifests):
        backup.verify(tmp_path / f"bk{i}")
        conn = sqlite3.connect(str(tmp_path / f"bk{i}" / "workbench.db"))
        version = conn.execute("select version from submissions order by id limit 1").fetchone()[0]
        edits = conn.execute("select count(*) from audit_log where user = 'writer'").fetchone()[0]
        conn.close()
        assert version == base + edits  # each edit bumps the version and logs one line, together


def test_cli_backup_and_restore(filled, tmp_path):
    db_path = str(filled.path)
    run = [sys.executable, "-m", "workbench", "--db", db_path]
    made = subprocess.run(run + ["backup", str(tmp_path / "bk")], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert "originals" in made.stdout
    target = tmp_path / "new" / "wb.db"
    restored = subprocess.run(
        run + ["restore", str(tmp_path / "bk"), "--to", str(target)], capture_output=True, text=True
    )
    assert restored.returncode == 0, restored.stderr
    listed = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            str(target),
            "submissions",
            "--call",
            "c",
            "--internal",
        ],
        capture_output=True,
        text=True,
    )
    assert "Coalition Arcoiris" in listed.stdout
    (tmp_path / "bk" / "workbench.db").write_bytes(b"garbage")
    refused = subprocess.run(
        run + ["restore", str(tmp_path / "bk"), "--to", str(tmp_path / "other.db")],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 1
    assert "corrupted" in refused.stderr and "not restored" in refused.stderr


# ---------------------------------------------------------------- a backup from elsewhere is trusted in nothing


def reseal(folder):
    """Rewrite a backup's manifest so its checksums and row counts match what is in the folder
    now: what someone who tampered with a backup would do."""
    manifest = json.loads((folder / "manifest.json").read_text())
    for name in manifest["files"]:
        path = folder / name
        if path.is_file():
            manifest["files"][name] = {
                "sha256": backup.file_sha256(path),
                "size": path.stat().st_size,
            }
    conn = sqlite3.connect(str(folder / "workbench.db"))
    try:
        manifest["tables"] = backup.table_counts(conn)
    except sqlite3.DatabaseError:
        pass  # not a database at all
    finally:
        conn.close()
    (folder / "manifest.json").write_text(json.dumps(manifest))


def add_entry(folder, name, data=b"[server]\nheadless = false\n"):
    """Put a file at ``name`` (relative to the backup, or absolute) and list it in the manifest."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"][name] = {"sha256": backup.file_sha256(path), "size": len(data)}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return path


def files_under(folder):
    return {p for p in folder.rglob("*")}


DIGEST = "ab" + "0" * 62


@pytest.mark.parametrize(
    "name",
    [
        "originals/../../.streamlit/config.toml",
        "originals/ab/../../../escape.txt",
        "../escape.txt",
        "ABSOLUTE",
        "originals/ab/notahash.pdf",
        f"originals/{DIGEST}",  # no 2-character folder
        f"originals/cd/{DIGEST}",  # the wrong folder for its name
        f"originals/ab/{DIGEST.upper()}",  # the store names originals in lower-case hex
        f"other/ab/{DIGEST}",
        "workbench.db-wal",
        "manifest.json.bak",
    ],
)
def test_restore_refuses_by_name_any_file_but_the_database_and_originals(filled, tmp_path, name):
    folder = tmp_path / "bk"
    backup.backup(filled, folder)
    if name == "ABSOLUTE":
        name = str(tmp_path / "elsewhere" / "config.toml")
    add_entry(folder, name)
    before = files_under(tmp_path)
    target = tmp_path / "restored" / "deep" / "wb.db"
    with pytest.raises(BackupError, match="not a file a backup holds") as refused:
        backup.restore(folder, target)
    assert name in str(refused.value)
    assert (
        files_under(tmp_path) == before
    )  # nothing written anywhere: no database, no original, no escape


def test_cli_restore_refuses_a_path_outside_the_data_folder(filled, tmp_path):
    folder = tmp_path / "bk"
    backup.backup(filled, folder)
    add_entry(folder, "originals/../../.streamlit/config.toml")
    target = tmp_path / "app" / "data" / "wb.db"
    refused = subprocess.run(
        [sys.executable, "-m", "workbench", "restore", str(folder), "--to", str(target)],
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 1
    assert (
        "originals/../../.streamlit/config.toml" in refused.stderr
        and "not restored" in refused.stderr
    )
    assert not (tmp_path / "app").exists()


def test_an_original_must_hash_to_its_name(filled, tmp_path):
    folder = tmp_path / "bk"
    backup.backup(filled, folder)
    add_entry(folder, f"originals/ab/{DIGEST}", b"not the bytes of that hash")
    target = tmp_path / "restored" / "wb.db"
    with pytest.raises(
        BackupError, match=f"originals/ab/{DIGEST} with the checksum of other bytes"
    ):
        backup.restore(folder, target)
    assert not target.parent.exists()


@pytest.mark.parametrize(
    "what", ["an_original", "the_originals_folder", "the_database", "the_manifest"]
)
def test_restore_refuses_symlinks_in_the_backup(filled, tmp_path, what):
    folder = tmp_path / "bk"
    backup.backup(filled, folder)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    if what == "an_original":
        link = next(p for p in (folder / "originals").rglob("*") if p.is_file())
    else:
        link = {
            "the_originals_folder": folder / "originals",
            "the_database": folder / "workbench.db",
            "the_manifest": folder / "manifest.json",
        }[what]
    moved = elsewhere / link.name
    link.rename(moved)
    link.symlink_to(moved, target_is_directory=moved.is_dir())  # same bytes: only the link is wrong
    before = files_under(tmp_path)
    with pytest.raises(
        BackupError, match=re.escape(f"{link.relative_to(folder)} is a symbolic link")
    ):
        backup.restore(folder, tmp_path / "restored" / "wb.db")
    assert files_under(tmp_path) == before


def _foreign_sqlite(path):
    conn = sqlite3.connect(str(path))
    conn.execute("create table customers (id integer primary key, name text)")
    conn.execute("insert into customers (name) values ('someone')")
    conn.commit()
    conn.close()


def _tamper(path, *statements):
    conn = sqlite3.connect(str(path))
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "change, message",
    [
        ("foreign", "without the workbench's schema_migrations table"),
        ("newer", "made by a newer workbench: its database has schema migrations 9999"),
        ("no_pages", "it has no pages table"),
        ("dropped_column", "its table submissions has no column scope"),
        ("extra_column", "its table submissions has columns the workbench does not make (payload)"),
        (
            "extra_trigger",
            "it holds table names, trigger copy_names, which the workbench does not make",
        ),
        ("changed_trigger", "its trigger passages_ai is not the workbench's"),
        ("not_sqlite", "cannot be read"),
    ],
)
def test_restore_refuses_a_database_that_is_not_the_workbench_s(filled, tmp_path, change, message):
    folder = tmp_path / "bk"
    backup.backup(filled, folder)
    db_file = folder / "workbench.db"
    if change == "foreign":
        db_file.unlink()
        _foreign_sqlite(db_file)
    elif change == "newer":
        _tamper(
            db_file,
            "insert into schema_migrations (version, applied_at) values (9999, datetime('now'))",
        )
    elif change == "no_pages":
        _tamper(db_file, "drop table pages")
    elif change == "dropped_column":
        _tamper(db_file, "alter table submissions drop column scope")
    elif change == "extra_column":
        _tamper(db_file, "alter table submissions add column payload text")
    elif change == "extra_trigger":
        _tamper(
            db_file,
            "create table names (n text)",
            "create trigger copy_names after update on submissions begin insert into names values (new.submitter); end",
        )
    elif change == "changed_trigger":
        _tamper(
            db_file,
            "drop trigger passages_ai",
            "create trigger passages_ai after insert on passages begin delete from submissions; end",
        )
    else:
        db_file.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    reseal(folder)
    live = every_row(filled.path)
    with pytest.raises(BackupError, match=re.escape(message)) as refused:
        backup.restore(folder, filled.path, force=True)
    assert "not restored" in str(refused.value)
    assert every_row(filled.path) == live  # the database in use is untouched


def test_a_backup_of_an_older_schema_is_restored_and_brought_up_to_date(tmp_path):
    """A backup made before the latest migrations is still the workbench's: it is restored."""
    from workbench import migrations

    old = tmp_path / "old.db"
    conn = sqlite3.connect(str(old))
    conn.execute("create table schema_migrations (version integer primary key, applied_at text)")
    for version, module in migrations.available():
        if version <= 4:
            conn.executescript(module.SQL)
            conn.execute("insert into schema_migrations values (?, datetime('now'))", [version])
    conn.commit()
    conn.close()
    folder = tmp_path / "bk"
    folder.mkdir()
    (folder / "workbench.db").write_bytes(old.read_bytes())
    (folder / "manifest.json").write_text(
        json.dumps(
            {"format": 1, "created_at": "2025-01-01T00:00:00+00:00", "files": {"workbench.db": {}}}
        )
    )
    reseal(folder)
    target = tmp_path / "restored" / "wb.db"
    backup.restore(folder, target)
    reopened = store.open_db(target)
    assert {v for v, _ in migrations.available()} <= {
        r[0] for r in reopened.conn.execute("select version from schema_migrations")
    }
    reopened.conn.close()
