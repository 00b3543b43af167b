"""Crashes: SIGKILL the ingest command at random moments; the database stays whole and the
same command, run again, finishes the batch exactly as an uninterrupted run would."""

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys

import pytest

from corpus.generate import generate

from .conftest import ROOT

N_FILES = 40
KILLS = 4


def command(db_path, folder):
    return [
        sys.executable,
        "-m",
        "workbench",
        "--db",
        str(db_path),
        "ingest",
        "--call",
        "c",
        str(folder),
    ]


def start(db_path, folder):
    # Its own process group, so the kill takes the worker processes down too, as a crash would.
    return subprocess.Popen(
        command(db_path, folder),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def kill_after(process, seconds):
    try:
        process.wait(timeout=seconds)
        return False  # finished before the kill
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return True


def query(db_path, sql):
    conn = sqlite3.connect(str(db_path))
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def assert_whole(db_path):
    """What a crash must never leave: corruption, half submissions, orphans, partial originals."""
    assert query(db_path, "pragma integrity_check") == [("ok",)]
    assert (
        query(
            db_path,
            "select id from submissions s where n_files <> (select count(*) from files f where f.submission_id = s.id)",
        )
        == []
    )
    assert query(db_path, "select id from submissions s where n_files = 0 and error is null") == []
    assert (
        query(
            db_path,
            "select id from submissions s where status = 'ok' and (not exists (select 1 from pages p where p.submission_id = s.id) "
            "or not exists (select 1 from passages p where p.submission_id = s.id))",
        )
        == []
    )
    assert (
        query(
            db_path,
            "select id from submissions s where n_pages <> (select count(*) from pages p where p.submission_id = s.id)",
        )
        == []
    )
    for table in ("files", "pages", "passages"):
        assert (
            query(
                db_path,
                f"select id from {table} t where not exists (select 1 from submissions s where s.id = t.submission_id)",
            )
            == []
        )
    assert (
        query(
            db_path,
            "select id from pages p where not exists (select 1 from files f where f.id = p.file_id)",
        )
        == []
    )
    assert query(db_path, "select count(*) from passages_fts") == query(
        db_path, "select count(*) from passages"
    )
    originals = db_path.parent / "originals"
    for path in originals.rglob("*"):
        if path.is_file() and path.suffix != ".part":
            assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name, (
                f"{path} is not the original it names"
            )
    for (digest,) in query(db_path, "select sha256 from files"):
        assert (originals / digest[:2] / digest).is_file(), (
            f"original {digest} of a stored file is missing"
        )


def final_state(db_path):
    return sorted(
        query(
            db_path,
            "select source, status, n_files, n_pages, content_hash, "
            "(select count(*) from passages p where p.submission_id = s.id) from submissions s",
        )
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash") / "corpus"
    generate(folder, n=N_FILES, seed=7)
    return folder


def test_killed_ingest_leaves_a_whole_database_and_resumes_to_the_same_result(corpus, tmp_path):
    reference = start(tmp_path / "reference" / "wb.db", corpus)
    crashed_db = tmp_path / "crashed" / "wb.db"
    rng = random.Random(11)
    kills = 0
    for _ in range(KILLS):
        if kill_after(start(crashed_db, corpus), rng.uniform(1.5, 7.0)):
            kills += 1
        if crashed_db.exists():
            assert_whole(crashed_db)
    assert kills >= 2, "the batch finished before it could be killed: raise N_FILES"
    finished = subprocess.run(
        command(crashed_db, corpus), cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert finished.returncode == 0, finished.stderr
    assert reference.wait(timeout=300) == 0
    assert_whole(crashed_db)
    assert final_state(crashed_db) == final_state(tmp_path / "reference" / "wb.db")
    assert not list((crashed_db.parent / "originals").rglob("*.part"))
    again = subprocess.run(
        command(crashed_db, corpus), cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert "0 new or changed" in again.stdout  # and a further run is a no-op
