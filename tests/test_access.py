"""Access: localhost by default, open laptop mode until an admin exists, then logins and roles."""

import subprocess
import sys
import tomllib

import pytest
from streamlit.testing.v1 import AppTest

from workbench import auth, store
from workbench.auth import AuthError
from workbench.stores.sql import one

from .apptest import open_page
from .conftest import ROOT

TIMEOUT = 60
PASSWORD = "correct horse battery"


page = open_page


def log_in(app, name, password=PASSWORD):
    app.text_input(key="login_name").input(name)
    app.text_input(key="login_password").input(password)
    app.button[0].click().run()
    assert not app.exception, app.exception
    return app


@pytest.fixture
def team(db_path):
    """An app database with an admin, an assistant and an advisor."""
    db = store.open_db(db_path)
    auth.add_user(db, "amina", PASSWORD, auth.ADMIN)
    auth.add_user(db, "ravi", PASSWORD, auth.ASSISTANT)
    auth.add_user(db, "sofia", PASSWORD, auth.ADVISOR)
    return db


def test_streamlit_config_serves_localhost_only_and_sends_no_statistics():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "127.0.0.1"
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] == 200
    assert "--server.address 127.0.0.1" in (ROOT / "Makefile").read_text()


def test_passwords_are_stored_as_argon2_hashes(db):
    auth.add_user(db, "amina", PASSWORD, auth.ADMIN)
    stored = one(db, "select password_hash from users where name = 'amina'")["password_hash"]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert auth.authenticate(db, "amina", PASSWORD)["role"] == "admin"
    with pytest.raises(AuthError, match="wrong name or password"):
        auth.authenticate(db, "amina", "wrong password!")
    with pytest.raises(AuthError, match="wrong name or password"):
        auth.authenticate(db, "nobody", PASSWORD)


@pytest.mark.parametrize(
    "name, password, role, message",
    [
        ("ravi", PASSWORD, "assistant", "first user must be an admin"),
        ("amina", "short", "admin", "too short"),
        ("amina", PASSWORD, "root", "unknown role"),
    ],
)
def test_bad_new_users_are_refused_with_the_reason(db, name, password, role, message):
    with pytest.raises(AuthError, match=message):
        auth.add_user(db, name, password, role)


def test_the_last_admin_cannot_be_disabled_or_demoted(team):
    with pytest.raises(AuthError, match="last active admin"):
        auth.set_disabled(team, "amina")
    with pytest.raises(AuthError, match="last active admin"):
        auth.set_role(team, "amina", auth.ASSISTANT)


def test_a_disabled_user_cannot_log_in(team):
    auth.set_disabled(team, "ravi", by="amina")
    with pytest.raises(AuthError, match="wrong name or password"):
        auth.authenticate(team, "ravi", PASSWORD)
    assert auth.audit_trail(team, user="amina", action="disable_user")[0]["new_value"] == "1"


def test_without_users_the_app_runs_open_with_a_banner(db_path):
    app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    app.run()
    assert not app.exception, app.exception
    assert any("Open mode" in w.value for w in app.sidebar.warning)
    assert app.title[0].value == "Calls for inputs"
    assert app.session_state["user"] == "local"


def test_with_users_every_page_asks_for_a_login_first(team):
    for name in (
        "calls",
        "upload",
        "submissions",
        "statistics",
        "literature",
        "background",
        "admin",
    ):
        app = page(name)
        assert [t.value for t in app.title] == ["Log in"], name
        assert app.text_input(key="login_password")
    app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    app.run()
    assert [t.value for t in app.title] == ["Log in"]


def test_login_opens_the_page_and_the_audit_names_the_user(team):
    app = log_in(page("calls"), "ravi")
    assert app.title[0].value == "Calls for inputs"
    assert app.session_state["user"] == "ravi"


def test_a_wrong_password_is_refused(team):
    app = log_in(page("calls"), "ravi", "not the password")
    assert any("wrong name or password" in e.value for e in app.error)
    assert app.title[0].value == "Log in"


@pytest.mark.parametrize(
    "user, name, allowed",
    [
        ("ravi", "upload", True),  # research assistants edit
        ("sofia", "upload", False),  # the senior advisor browses
        ("sofia", "submissions", True),
        ("ravi", "admin", False),  # only admins manage users and backups
        ("sofia", "admin", False),
        ("amina", "admin", True),
    ],
)
def test_roles_decide_which_pages_open(team, user, name, allowed):
    app = page(name, auth_user=auth.get_user(team, user))
    refused = [e.value for e in app.error if "may not use this page" in e.value]
    assert bool(refused) != allowed, (user, name, refused)


def test_a_user_disabled_while_logged_in_is_logged_out(team):
    ravi = auth.get_user(team, "ravi")
    auth.set_disabled(team, "ravi", by="amina")
    app = page("calls", auth_user=ravi)
    assert app.title[0].value == "Log in"


def test_cli_users_add_prompts_for_the_password_and_lists_users(tmp_path):
    db_path = str(tmp_path / "wb.db")
    store.open_db(
        db_path
    ).conn.close()  # the app's first run made it (only ingest and the app create one)
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            db_path,
            "users",
            "add",
            "amina",
            "--role",
            "admin",
        ],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    assert "added amina (admin)" in added.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", db_path, "users", "list"],
        capture_output=True,
        text=True,
    )
    assert listed.stdout.startswith("amina\tadmin\tactive")
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            db_path,
            "users",
            "add",
            "amina",
            "--role",
            "admin",
            "--password",
            PASSWORD,
        ],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 1 and "already exists" in again.stderr
    assert PASSWORD not in added.stdout + added.stderr + listed.stdout


@pytest.mark.parametrize("user, can_finalise", [("ravi", False), ("sofia", True), ("amina", True)])
def test_only_the_senior_advisor_and_admins_finalise_themes(team, tmp_path, user, can_finalise):
    from workbench import ingest, themes

    from .makedocs import ENGLISH, make_pdf

    folder = tmp_path / "in"
    for i in range(6):
        make_pdf(
            folder / f"s{i}.pdf", [[f"Submission {i}. " + ENGLISH[i % 3], ENGLISH[(i + 1) % 3]]]
        )
    ingest.ingest(team, "c", [folder], n_workers=0)
    themes.refresh(team, "c", n_themes=2, user="test")
    app = page("themes", auth_user=auth.get_user(team, user))
    assert (
        bool(app.get("button") and [b for b in app.button if b.key == "themes_accept_all"])
        == can_finalise
    )
    assert any("for the Senior Advisor" in c.value for c in app.caption) != can_finalise
