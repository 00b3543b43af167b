"""The command line contract of DESIGN.md: ingest, submissions (csv/json), exit codes."""
import csv
import io
import json
import subprocess
import sys

from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf

CONTRACT = ["id", "source", "submitter", "submitter_type", "country", "region", "scope",
            "language", "confidentiality", "status", "error"]


def workbench(*args, db):
    return subprocess.run([sys.executable, "-m", "workbench", "--db", str(db), *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_ingest_then_list_as_csv_and_json(tmp_path):
    folder = tmp_path / "in"
    make_pdf(folder / "a.pdf", [ENGLISH])
    make_docx(folder / "b.docx", SPANISH)
    (folder / "c.pdf").write_bytes(b"%PDF-1.4 truncated")
    db = tmp_path / "wb.db"
    run = workbench("ingest", "--call", "demo", folder, db=db)
    assert run.returncode == 0, run.stderr
    assert "3 submissions, 2 pages, 1 errors" in run.stdout
    assert "c.pdf" in run.stderr and "damaged" in run.stderr

    listed = workbench("submissions", "--call", "demo", "--format", "csv", db=db)
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert list(rows[0])[: len(CONTRACT)] == CONTRACT
    assert {r["source"]: r["status"] for r in rows} == {"a.pdf": "ok", "b.docx": "ok", "c.pdf": "error"}

    as_json = json.loads(workbench("submissions", "--call", "demo", "--format", "json", db=db).stdout)
    assert {r["source"]: r["language"] for r in as_json}["b.docx"] == "es"

    again = workbench("ingest", "--call", "demo", folder, db=db)
    assert "3 already stored" in again.stdout


def test_unknown_call_fails_with_one_line_reason(tmp_path):
    run = workbench("submissions", "--call", "nope", db=tmp_path / "wb.db")
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and "no call 'nope'" in run.stderr


def test_missing_path_is_refused(tmp_path):
    run = workbench("ingest", "--call", "x", tmp_path / "missing", db=tmp_path / "wb.db")
    assert run.returncode != 0 and "does not exist" in run.stderr
