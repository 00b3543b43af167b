"""Shared fixtures: real databases in tmp_path, real files, a served app for browser tests."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from workbench import store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
KEEP_FILES = "WORKBENCH_KEEP_TEST_FILES"
RUN_FOLDER = pytest.StashKey[Path]()


# Nothing left in the temp directory: every temporary file of a run — pytest's tmp_path folders,
# tempfile's in this process and in the processes tests start (the CLI, Streamlit, Chromium, a
# killed worker's folder) — goes under one folder, removed when the run ends
# (WORKBENCH_KEEP_TEST_FILES=1 keeps it to look at).
@pytest.hookimpl(tryfirst=True)  # before pytest's own tmp_path set-up reads --basetemp
def pytest_configure(config):
    root = Path(tempfile.mkdtemp(prefix="workbench-tests-"))
    config.stash[RUN_FOLDER] = root
    (root / "tmp").mkdir()
    os.environ["TMPDIR"] = tempfile.tempdir = str(root / "tmp")
    if config.option.basetemp is None:
        config.option.basetemp = str(root / "pytest")


def pytest_unconfigure(config):
    root = config.stash.get(RUN_FOLDER, None)
    if root is not None and not os.environ.get(KEEP_FILES):
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def db(tmp_path):
    """A fresh workbench database (migrated, reports seeded) in a temporary folder."""
    database = store.open_db(tmp_path / "wb.db")
    yield database
    database.conn.close()


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    """A database path that the app (ui.db) and AppTest pages will use."""
    path = tmp_path / "app.db"
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    return path


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(url, process, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early: {process.stdout.read()}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become ready in time")


@pytest.fixture
def served_app(tmp_path):
    """The real app served on localhost over a fresh database; yields (url, db_path)."""
    db_file = tmp_path / "served.db"
    store.open_db(db_file).conn.close()
    port = _free_port()
    env = {
        **os.environ,
        "WORKBENCH_DB": str(db_file),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "streamlit_app.py"),
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, process)
        yield url, db_file
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def browser_page():
    """A Playwright page in Debian's headless Chromium (installed by .ci/run)."""
    if CHROMIUM is None:
        pytest.fail("Chromium is not installed: run `apt-get install chromium` (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.set_default_timeout(30000)
        yield page
        browser.close()
