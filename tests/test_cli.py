"""The command line contract (README, "The command line"): ingest, submissions (csv/json), exit codes."""

import csv
import io
import json
import subprocess
import sys

import pytest

from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf

CONTRACT = [
    "id",
    "source",
    "submitter",
    "submitter_type",
    "country",
    "region",
    "scope",
    "language",
    "confidentiality",
    "status",
    "error",
]


def workbench(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


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

    listed = workbench("submissions", "--call", "demo", "--format", "csv", "--internal", db=db)
    rows = list(csv.DictReader(io.StringIO(listed.stdout)))
    assert list(rows[0])[: len(CONTRACT)] == CONTRACT
    assert {r["source"]: r["status"] for r in rows} == {
        "a.pdf": "ok",
        "b.docx": "ok",
        "c.pdf": "error",
    }
    # Shareable: an unreadable submission is never named, not even by its file name.
    shared = list(
        csv.DictReader(
            io.StringIO(workbench("submissions", "--call", "demo", "--format", "csv", db=db).stdout)
        )
    )
    assert [r for r in shared if r["status"] == "error"] and "c.pdf" not in str(shared)

    as_json = json.loads(
        workbench("submissions", "--call", "demo", "--format", "json", "--internal", db=db).stdout
    )
    assert {r["source"]: r["language"] for r in as_json}["b.docx"] == "es"

    again = workbench("ingest", "--call", "demo", folder, db=db)
    assert "3 already stored" in again.stdout


def test_unknown_call_fails_with_one_line_reason(tmp_path):
    from workbench import store

    store.open_db(tmp_path / "wb.db").conn.close()
    run = workbench("submissions", "--call", "nope", db=tmp_path / "wb.db")
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and "no call 'nope'" in run.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["calls"],
        ["submissions", "--call", "c"],
        ["notes", "list"],
        ["users", "list"],
        ["themes", "--call", "c", "--format", "json"],
        ["backup", "{tmp}/out"],
    ],
)
def test_only_ingest_creates_a_database(tmp_path, monkeypatch, command):
    """A mistyped --db (or $WORKBENCH_DB) is said, not answered from a new empty database."""
    from click.testing import CliRunner

    from workbench.cli import cli

    missing = tmp_path / "workbnch.db"
    command = [part.format(tmp=tmp_path / "backups") for part in command]
    result = CliRunner().invoke(cli, ["--db", str(missing), *command], obj={})
    assert result.exit_code == 1 and result.stderr.strip() == (
        f"workbench: no database at {missing}: check --db (or $WORKBENCH_DB); "
        "`workbench ingest` or the app's first run creates one"
    )
    monkeypatch.setenv("WORKBENCH_DB", str(missing))
    assert "no database at" in CliRunner().invoke(cli, command, obj={}).stderr
    assert list(tmp_path.iterdir()) == []  # nothing made: no file, no originals, no backup
    folder = tmp_path / "in"
    make_docx(folder / "a.docx", ENGLISH)
    assert (
        CliRunner()
        .invoke(
            cli,
            ["--db", str(missing), "ingest", "--call", "c", "--workers", "0", str(folder)],
            obj={},
        )
        .exit_code
        == 0
    )
    assert (
        missing.exists()
        and CliRunner().invoke(cli, ["--db", str(missing), *command], obj={}).exit_code == 0
    )


def test_missing_path_is_refused(tmp_path):
    run = workbench("ingest", "--call", "x", tmp_path / "missing", db=tmp_path / "wb.db")
    assert run.returncode != 0 and "does not exist" in run.stderr


def test_submissions_export_names_only_public_submitters_unless_internal(tmp_path):
    from workbench import store

    folder = tmp_path / "in"
    make_pdf(folder / "Hidden_Voices_submission.pdf", [ENGLISH])
    make_pdf(folder / "open.pdf", [[ENGLISH[1]]])
    db = tmp_path / "wb.db"
    workbench("ingest", "--call", "c", folder, db=db)
    database = store.open_db(db)
    for row in store.list_submissions(database, "c"):
        secret = row["source"].startswith("Hidden")
        store.update_submission(
            database,
            row["id"],
            {
                "submitter": "Hidden Voices" if secret else "Open Society Group",
                "submitter_type": "civil_society",
                "region": "africa",
                "confidentiality": "withhold_name" if secret else "public",
            },
            row["version"],
            "test",
        )
    shared = workbench("submissions", "--call", "c", db=db).stdout
    assert "Hidden Voices" not in shared and "Hidden_Voices" not in shared.replace("[withheld]", "")
    assert "a civil society organization, Africa" in shared and "Open Society Group" in shared
    internal = workbench("submissions", "--call", "c", "--internal", db=db).stdout
    assert "Hidden Voices" in internal
