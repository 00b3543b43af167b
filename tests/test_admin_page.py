"""The Admin page: first admin, users and roles, backups, and the audit log filtered by who."""

from workbench import auth, backup, store

from .apptest import open_page

PASSWORD = "correct horse battery"


def admin_page(**session):
    return open_page("admin", **session)


def add_user(app, name, role, password=PASSWORD, again=None):
    app.text_input(key="admin_new_name").input(name)
    app.selectbox(key="admin_new_role").select(role)
    app.text_input(key="admin_new_password").input(password)
    app.text_input(key="admin_new_password2").input(again or password)
    app.button[0].click().run()  # the form's submit button
    assert not app.exception, app.exception
    return app


def test_first_admin_is_created_in_open_mode_and_stays_logged_in(db_path):
    app = admin_page()
    assert any("Open mode" in w.value for w in app.warning)
    add_user(app, "amina", "admin")
    assert any("Added amina" in s.value for s in app.success)
    assert app.session_state["user"] == "amina"
    app.run()
    assert app.title[0].value == "Admin"  # not locked out by the login it just required
    assert auth.authenticate(store.open_db(db_path), "amina", PASSWORD)["role"] == "admin"


def test_admin_adds_a_user_changes_a_role_and_the_audit_log_says_who(db_path):
    db = store.open_db(db_path)
    amina = auth.add_user(db, "amina", PASSWORD, auth.ADMIN)
    app = add_user(admin_page(auth_user=amina), "ravi", "assistant")
    assert any("Added ravi" in s.value for s in app.success)
    app.selectbox(key="admin_user").select("ravi")
    app.selectbox(key="admin_role").select("advisor")
    app.button(key="admin_set_role").click().run()
    assert auth.get_user(db, "ravi")["role"] == "advisor"
    app.multiselect(key="admin_audit_user").select("amina").run()
    shown = app.dataframe[-1].value  # the audit log is the last table
    assert set(shown["user"]) == {"amina"}
    assert set(shown["action"]) >= {"Add user", "Set role"}
    assert PASSWORD not in shown.to_csv()


def test_mismatched_passwords_are_refused(db_path):
    db = store.open_db(db_path)
    amina = auth.add_user(db, "amina", PASSWORD, auth.ADMIN)
    app = add_user(admin_page(auth_user=amina), "ravi", "assistant", again="something else!")
    assert any("passwords differ" in e.value for e in app.error)
    assert [u["name"] for u in auth.list_users(db)] == ["amina"]


def test_backup_button_writes_a_verified_backup(db_path, tmp_path):
    db = store.open_db(db_path)
    amina = auth.add_user(db, "amina", PASSWORD, auth.ADMIN)
    app = admin_page(auth_user=amina)
    app.text_input(key="admin_backup_dest").input(str(tmp_path / "bk"))
    app.button(key="admin_backup").click().run()
    assert any("Backed up" in s.value for s in app.success)
    assert backup.verify(tmp_path / "bk")["tables"]["users"] == 1
    assert auth.audit_trail(db, action="backup")[0]["user"] == "amina"


def test_login_in_a_real_browser_then_admin_page(served_app, browser_page):
    url, db_file = served_app
    auth.add_user(store.open_db(db_file), "amina", PASSWORD, auth.ADMIN)
    page = browser_page
    page.goto(url)
    page.get_by_text("Log in").first.wait_for()
    assert page.get_by_role("link", name="Submissions").count() == 0  # no page names before login
    page.get_by_role("textbox", name="Name").fill("amina")
    page.get_by_role("textbox", name="Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.get_by_text("Logged in as").wait_for()
    page.get_by_role("link", name="Admin").click()
    page.get_by_text("Audit log").wait_for()
    page.get_by_role("button", name="Log out").click()
    page.get_by_role("button", name="Log in").wait_for()
