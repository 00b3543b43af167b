"""Two people edit the same submission: the second save is refused with their current values."""

import pytest

from workbench import audit, auth, ingest, store

from .apptest import open_page
from .makedocs import ENGLISH, make_pdf


@pytest.fixture
def one_submission(db_path, tmp_path):
    db = store.open_db(db_path)
    make_pdf(tmp_path / "in" / "NV_Mission.pdf", [ENGLISH])
    ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    return db, store.list_submissions(db, "c")[0]["id"]


def open_submission(sid):
    app = open_page("submissions")
    app.selectbox(key="subs_open").select(sid).run()
    assert not app.exception, app.exception
    return app


def save(app, sid, **values):
    for field, value in values.items():
        widget = (
            app.text_input(key=f"subs_edit_{field}_{sid}")
            if field in ("submitter", "country", "language")
            else app.selectbox(key=f"subs_edit_{field}_{sid}")
        )
        widget.set_value(value)
    next(b for b in app.button if b.label == "Save").click().run()
    assert not app.exception, app.exception
    return app


def test_a_save_updates_the_submission_and_the_audit_log(one_submission):
    db, sid = one_submission
    before = store.get_submission(db, sid)["version"]
    app = save(
        open_submission(sid), sid, submitter="Rainbow Coalition", confidentiality="withhold_name"
    )
    assert any("Saved" in s.value for s in app.success)
    sub = store.get_submission(db, sid)
    assert (sub["submitter"], sub["confidentiality"], sub["version"]) == (
        "Rainbow Coalition",
        "withhold_name",
        before + 1,
    )
    changed = {
        row["field"]
        for row in audit.history(db, "submissions", sid)
        if row["action"] == "update_submission"
    }
    assert changed == {"submitter", "confidentiality"}  # untouched fields are not rewritten
    assert {
        row["user"]
        for row in audit.history(db, "submissions", sid)
        if row["action"] == "update_submission"
    } == {"local"}


def test_the_second_of_two_sessions_is_refused_with_the_current_values(one_submission):
    db, sid = one_submission
    before = store.get_submission(db, sid)["version"]
    first, second = open_submission(sid), open_submission(sid)
    save(first, sid, submitter="Rainbow Coalition")
    save(second, sid, submitter="Somebody Else", country="COL")
    assert not second.success
    refusal = " ".join(e.value for e in second.error)
    assert "changed by someone else" in refusal and "Submitter = Rainbow Coalition" in refusal
    assert store.get_submission(db, sid)["submitter"] == "Rainbow Coalition"
    second.button(key=f"subs_edit_reload_{sid}").click().run()
    assert second.text_input(key=f"subs_edit_submitter_{sid}").value == "Rainbow Coalition"
    save(second, sid, country="COL")  # now based on the current version: accepted
    sub = store.get_submission(db, sid)
    assert (sub["submitter"], sub["country"], sub["version"]) == (
        "Rainbow Coalition",
        "COL",
        before + 2,
    )


def test_an_advisor_sees_no_edit_form(one_submission):
    db, sid = one_submission
    auth.add_user(db, "amina", "correct horse battery", auth.ADMIN)
    sofia = auth.add_user(db, "sofia", "correct horse battery", auth.ADVISOR)
    app = open_page("submissions", auth_user=sofia)
    app.selectbox(key="subs_open").select(sid).run()
    assert not [b for b in app.button if b.label == "Save"]


def _open_in_browser(page, url):
    page.goto(url)
    page.get_by_role("link", name="Submissions").click()
    page.get_by_text("1 of 1 submissions").wait_for()
    page.locator("[data-testid=stSelectbox]").filter(has_text="Open a submission").locator(
        "input"
    ).click()
    page.get_by_role("option", name="NV_Mission.pdf").click()
    page.get_by_role("textbox", name="Submitter", exact=True).wait_for()


def _save_in_browser(page, submitter):
    box = page.get_by_role("textbox", name="Submitter", exact=True)
    box.fill(submitter)
    box.press("Tab")
    page.get_by_role("button", name="Save").click()


def test_two_browser_sessions_cannot_overwrite_each_other(served_app, browser_page):
    url, db_file = served_app
    db = store.open_db(db_file)
    folder = db_file.parent / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH])
    ingest.ingest(db, "c", [folder], n_workers=0)
    first = browser_page
    second = first.context.browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
    second.set_default_timeout(30000)
    _open_in_browser(first, url)
    _open_in_browser(second, url)

    _save_in_browser(first, "Rainbow Coalition")
    first.get_by_text("Saved (version").wait_for()
    _save_in_browser(second, "Somebody Else")
    second.get_by_text("changed by someone else").wait_for()
    second.get_by_text("Submitter = Rainbow Coalition", exact=False).wait_for()

    sid = store.list_submissions(db, "c")[0]["id"]
    assert store.get_submission(db, sid)["submitter"] == "Rainbow Coalition"
    second.get_by_role("button", name="Load their values").click()
    second.get_by_text(f"Edit (version {store.get_submission(db, sid)['version']})").wait_for()
    assert (
        second.get_by_role("textbox", name="Submitter", exact=True).input_value()
        == "Rainbow Coalition"
    )
