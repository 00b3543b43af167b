"""Ingest: one submission per loose file or sub-folder, safe ZIPs, no loss, no-op re-ingest."""

import zipfile

import pytest

from workbench import ingest, store
from workbench.stores.sql import one, rows

from .conftest import FIXTURES
from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf


@pytest.fixture
def batch(tmp_path):
    """A realistic small batch: loose PDF and DOCX, a two-file sub-folder, broken files."""
    root = tmp_path / "batch"
    make_pdf(root / "NV_Mission.pdf", [ENGLISH, [ENGLISH[2]]])
    make_docx(root / "contribution-es.docx", SPANISH)
    make_pdf(root / "Coalition" / "cover_letter.pdf", [[ENGLISH[0]]])
    make_docx(root / "Coalition" / "annex_1.docx", ENGLISH)
    (root / "broken.pdf").write_bytes(make_pdf(tmp_path / "x.pdf", [ENGLISH]).read_bytes()[:400])
    (root / "empty.docx").write_bytes(b"")
    (root / ".DS_Store").write_bytes(b"junk")
    return root


def by_source(db, call="c"):
    return {row["source"]: row for row in store.list_submissions(db, call)}


def test_each_file_or_subfolder_is_one_submission(db, batch):
    report = ingest.ingest(db, "c", [batch], n_workers=2)
    rows = by_source(db)
    assert set(rows) == {
        "NV_Mission.pdf",
        "contribution-es.docx",
        "Coalition",
        "broken.pdf",
        "empty.docx",
    }
    assert rows["Coalition"]["n_files"] == 2 and rows["Coalition"]["status"] == "ok"
    assert rows["NV_Mission.pdf"]["n_pages"] == 2
    assert rows["contribution-es.docx"]["language"] == "es"
    assert rows["broken.pdf"]["status"] == "error" and "truncated" in rows["broken.pdf"]["error"]
    assert rows["empty.docx"]["status"] == "error" and "empty" in rows["empty.docx"]["error"]
    assert report.summary().startswith("5 submissions, 5 pages, 2 errors")


def test_reingesting_the_same_bytes_adds_nothing(db, batch):
    ingest.ingest(db, "c", [batch], n_workers=0)
    before = rows(db, "select id, source, version from submissions order by id")
    passages = one(db, "select count(*) n from passages")["n"]
    again = ingest.ingest(db, "c", [batch], n_workers=0)
    assert again.count(action="unchanged") == 5
    assert rows(db, "select id, source, version from submissions order by id") == before
    assert one(db, "select count(*) n from passages")["n"] == passages


def test_a_changed_file_replaces_its_submission(db, batch):
    ingest.ingest(db, "c", [batch], n_workers=0)
    make_pdf(batch / "NV_Mission.pdf", [[SPANISH[0]]])
    report = ingest.ingest(db, "c", [batch], n_workers=0)
    assert report.count(action="updated") == 1
    assert by_source(db)["NV_Mission.pdf"]["language"] == "es"


def test_the_same_bytes_under_another_name_are_not_counted_twice(db, batch):
    (batch / "copy of NV.pdf").write_bytes((batch / "NV_Mission.pdf").read_bytes())
    ingest.ingest(db, "c", [batch], n_workers=0)
    copy = by_source(db)["copy of NV.pdf"]
    assert copy["status"] == "error" and "identical to 'NV_Mission.pdf'" in copy["error"]


def test_originals_are_kept_byte_for_byte(db, batch):
    ingest.ingest(db, "c", [batch], n_workers=0)
    for f in rows(db, "select name, sha256 from files"):
        kept = store.read_original(db, f["sha256"])
        assert store.sha256(kept) == f["sha256"]
    broken = one(db, "select sha256 from files where name = 'broken.pdf'")
    assert store.read_original(db, broken["sha256"]) == (batch / "broken.pdf").read_bytes()


def test_a_zip_is_read_like_a_folder(db, batch, tmp_path):
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in batch.rglob("*"):
            if path.is_file():
                z.write(path, f"call/{path.relative_to(batch)}")
    ingest.ingest(db, "c", [archive], n_workers=0)
    assert "submissions.zip/Coalition" in by_source(db)
    assert by_source(db)["submissions.zip/Coalition"]["n_files"] == 2


def test_zip_path_escape_is_refused(db, tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("../../outside.txt", "escaped")
    ingest.ingest(db, "c", [archive], n_workers=0)
    row = by_source(db)["evil.zip"]
    assert row["status"] == "error" and "path escape" in row["error"]
    assert not (tmp_path.parent / "outside.txt").exists()


def test_zip_bomb_is_refused(db, tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.pdf", b"\0" * (50 * 1024 * 1024))
    ingest.ingest(db, "c", [archive], n_workers=0)
    row = by_source(db)["bomb.zip"]
    assert row["status"] == "error" and "ZIP bomb" in row["error"]


def test_real_malformed_files_each_get_a_specific_error(db):
    report = ingest.ingest(db, "real", [FIXTURES / "real"], n_workers=2, ocr=False)
    rows = by_source(db, "real")
    assert report.count() == len(
        [p for p in (FIXTURES / "real").iterdir() if not p.name.startswith(".")]
    )
    assert "password-protected" in rows["pdfplumber__password-example.pdf"]["error"]
    assert "needs OCR" in rows["pdfplumber__issue-203-decimalize.pdf"]["error"]
    assert "save it as DOCX or PDF" in rows["word-extractor__test11.doc"]["error"]
    assert rows["pdfminer__issue-1113-evil-xobjects.pdf"]["status"] in ("ok", "error")
    assert rows["sample-files__multicolumn.pdf"]["status"] == "ok"
    assert all(r["error"] for r in rows.values() if r["status"] == "error")


def test_a_failure_while_storing_leaves_no_half_submission(db, batch, monkeypatch):
    original = store.insert_submission

    def fail_after_files(database, call_id, record):
        original(database, call_id, record)
        if record["source"] == "Coalition":
            raise RuntimeError("disk full")

    monkeypatch.setattr(store, "insert_submission", fail_after_files)
    with pytest.raises(RuntimeError):
        ingest.ingest(db, "c", [batch], n_workers=0)
    assert "Coalition" not in by_source(db)
    orphans = one(
        db, "select count(*) n from files where submission_id not in (select id from submissions)"
    )
    assert orphans["n"] == 0
    monkeypatch.undo()
    ingest.ingest(db, "c", [batch], n_workers=0)
    assert "Coalition" in by_source(db)


def test_passages_are_searchable(db, batch):
    ingest.ingest(db, "c", [batch], n_workers=0)
    hits = store.search_passages(db, "psychiatric")
    assert hits and all("psychiatric" in h["text"] for h in hits)
    assert store.search_passages(db, "diagnostico")  # accents folded: "diagnóstico"


def test_two_empty_files_are_each_told_they_are_empty_not_copies(db, tmp_path):
    inbox = tmp_path / "empty"
    inbox.mkdir()
    for name in ("first.docx", "second.pdf"):
        (inbox / name).write_bytes(b"")
    ingest.ingest(db, "c", [inbox], n_workers=0)
    errors = {s["source"]: s["error"] for s in by_source(db).values()}
    assert len(errors) == 2
    assert all("empty (0 bytes)" in error for error in errors.values()), errors
