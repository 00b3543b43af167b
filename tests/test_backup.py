"""Backup and restore round-trip exactly, refuse damaged backups, and work while others write."""
import json
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
    store.update_submission(db, sub["id"], {"submitter": "Coalition Arcoiris", "confidentiality": "withhold_name"},
                            sub["version"], "ana")
    yield db
    db.conn.close()


def every_row(path):
    """Every row of every table (FTS shadow tables too), for an exact comparison."""
    conn = sqlite3.connect(str(path))
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name")]
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
    assert [s["submitter"] for s in store.list_submissions(reopened, "c")][0] == "Coalition Arcoiris"
    assert reopened.conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_manifest_lists_sha256_of_every_file(filled, tmp_path):
    backup.backup(filled, tmp_path / "bk")
    manifest = json.loads((tmp_path / "bk" / "manifest.json").read_text())
    on_disk = {str(p.relative_to(tmp_path / "bk")) for p in (tmp_path / "bk").rglob("*")
               if p.is_file() and p.name != "manifest.json"}
    assert set(manifest["files"]) == on_disk
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())


@pytest.mark.parametrize("damage, message", [
    ("flip_original", "does not match its checksum"),
    ("flip_database", "does not match its checksum"),
    ("remove_original", "is missing"),
    ("break_manifest", "cannot be read"),
])
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
            store.update_submission(writer, sub_id, {"country": "COL" if current["country"] != "COL" else "PER"},
                                    current["version"], "writer")
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
        assert version == base + edits     # each edit bumps the version and logs one line, together


def test_cli_backup_and_restore(filled, tmp_path):
    db_path = str(filled.path)
    run = [sys.executable, "-m", "workbench", "--db", db_path]
    made = subprocess.run(run + ["backup", str(tmp_path / "bk")], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert "originals" in made.stdout
    target = tmp_path / "new" / "wb.db"
    restored = subprocess.run(run + ["restore", str(tmp_path / "bk"), "--to", str(target)], capture_output=True, text=True)
    assert restored.returncode == 0, restored.stderr
    listed = subprocess.run([sys.executable, "-m", "workbench", "--db", str(target), "submissions", "--call", "c",
                             "--internal"], capture_output=True, text=True)
    assert "Coalition Arcoiris" in listed.stdout
    (tmp_path / "bk" / "workbench.db").write_bytes(b"garbage")
    refused = subprocess.run(run + ["restore", str(tmp_path / "bk"), "--to", str(tmp_path / "other.db")],
                             capture_output=True, text=True)
    assert refused.returncode == 1
    assert "corrupted" in refused.stderr and "not restored" in refused.stderr
