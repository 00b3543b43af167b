"""Security: owner-only files (database, data folder, originals, backups, uploads) and
submission text shown as text on every page, never rendered as Markdown or HTML."""
import os
import stat
import tempfile

import pytest

from workbench import backup, ingest, store
from workbench.uploads import save_uploads

from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf


def mode(path):
    return stat.S_IMODE(os.stat(path, follow_symlinks=False).st_mode)


@pytest.fixture
def usual_umask():
    """The umask most systems give (0022: new files readable by everyone), whatever the test runner's."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def assert_owner_only(folder):
    """``folder`` and everything in it: folders 0700, files 0600."""
    assert mode(folder) == 0o700, folder
    for path in folder.rglob("*"):
        assert not path.is_symlink(), path
        assert mode(path) == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode(path))}"


# ---------------------------------------------------------------- owner-only files

def test_a_real_ingest_leaves_only_owner_only_files(tmp_path, usual_umask, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))     # the ingest's unpacking folder
    (tmp_path / "tmp").mkdir()
    folder = tmp_path / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH])
    make_docx(folder / "Coalition" / "letter.docx", SPANISH)
    seen_workdirs = []

    def progress(done, total, outcome):
        seen_workdirs.extend((p, mode(p)) for p in (tmp_path / "tmp").glob("workbench-ingest-*"))

    db = store.open_db(tmp_path / "data" / "workbench.db")
    try:
        report = ingest.ingest(db, "c", [folder], n_workers=0, progress=progress)
        assert report.count(status="ok") == 2
        data = tmp_path / "data"
        assert mode(data) == 0o700
        for name in ("workbench.db", "workbench.db-wal", "workbench.db-shm"):
            assert (data / name).exists() and mode(data / name) == 0o600, name
        assert_owner_only(data)
        assert len([p for p in (data / "originals").rglob("*") if p.is_file()]) == 2
        assert seen_workdirs and all(m == 0o700 for _, m in seen_workdirs)
    finally:
        db.conn.close()


def test_a_real_backup_and_restore_are_owner_only(tmp_path, usual_umask):
    folder = tmp_path / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH])
    db = store.open_db(tmp_path / "data" / "workbench.db")
    ingest.ingest(db, "c", [folder], n_workers=0)
    backup.backup(db, tmp_path / "backups" / "today")
    db.conn.close()
    assert mode(tmp_path / "backups") == 0o700
    assert_owner_only(tmp_path / "backups" / "today")
    assert {p.name for p in (tmp_path / "backups" / "today").iterdir()} == {"workbench.db", "manifest.json", "originals"}

    restored = tmp_path / "elsewhere" / "data" / "workbench.db"
    backup.restore(tmp_path / "backups" / "today", restored)
    reopened = store.open_db(restored)
    try:
        assert store.list_submissions(reopened, "c")
        assert_owner_only(tmp_path / "elsewhere")
        assert mode(f"{restored}-wal") == 0o600
    finally:
        reopened.conn.close()


def test_a_backup_into_an_existing_empty_folder_makes_it_owner_only(tmp_path, usual_umask):
    db = store.open_db(tmp_path / "data" / "workbench.db")
    (tmp_path / "bk").mkdir()
    assert mode(tmp_path / "bk") == 0o755
    backup.backup(db, tmp_path / "bk")
    db.conn.close()
    assert_owner_only(tmp_path / "bk")


def test_a_database_left_readable_by_an_older_version_is_made_owner_only(tmp_path, usual_umask):
    db = store.open_db(tmp_path / "data" / "workbench.db")
    store.keep_original(db, b"%PDF-1.4 testimony")
    db.conn.close()
    for path in (tmp_path / "data" / "workbench.db", tmp_path / "data" / "originals"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    store.open_db(tmp_path / "data" / "workbench.db").conn.close()
    assert mode(tmp_path / "data" / "workbench.db") == 0o600
    assert mode(tmp_path / "data" / "originals") == 0o700


def test_a_database_in_a_shared_folder_leaves_the_folder_as_it_is(tmp_path, usual_umask):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o1777)
    os.chmod(shared, 0o1777)
    store.open_db(shared / "wb.db").conn.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert mode(shared / "wb.db") == 0o600


def test_uploaded_files_are_written_owner_only(tmp_path, usual_umask):
    with tempfile.TemporaryDirectory(dir=tmp_path, prefix="workbench-upload-") as tmp:
        root = save_uploads([("batch/Coalition/letter.pdf", b"%PDF-1.4 a"), ("batch/Coalition/annex.pdf", b"%PDF b"),
                             ("batch/NV.pdf", b"%PDF c")], tmp)
        assert_owner_only(root)
