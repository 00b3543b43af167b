"""A saved link — a page and its query parameters — survives the login form (issue 15, item 7)."""

import re

import pytest
from streamlit.testing.v1 import AppTest

from workbench import auth, ingest, store
from workbench.stores import choices

from .apptest import TIMEOUT
from .conftest import ROOT
from .makedocs import make_pdf


def two_calls(db_file, tmp_path):
    """Two calls (titled after their one submitter), so the link's ?call= matters; returns the id
    of the second call's submission."""
    db = store.open_db(db_file)
    for slug, name in (("first-call", "Lantern Collective"), ("second-call", "Harbour Rights")):
        folder = tmp_path / slug
        make_pdf(folder / f"{slug}.pdf", [[name, "Submission to the call for inputs", "Text."]])
        ingest.ingest(db, slug, [folder], n_workers=0, call_title=name)
    [row] = store.list_submissions(db, "second-call")
    return row["id"]


def open_triage_card(page, submission_id):
    page.locator("[data-testid=stForm]").get_by_text(
        re.compile(rf"^#{submission_id} ")
    ).first.wait_for(timeout=60000)


def test_a_saved_link_opens_its_page_and_submission_after_login(served_app, browser_page, tmp_path):
    url, db_file = served_app
    wanted = two_calls(db_file, tmp_path)
    auth.add_user(store.open_db(db_file), "ada", "a long password 1", auth.ADMIN)
    page = browser_page
    link = f"{url}/triage?call=second-call&submission={wanted}"

    page.goto(link)
    page.get_by_role("button", name="Log in").wait_for(timeout=60000)
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for()
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("link", name="Triage").count() == 0  # no page names before login
    assert page.url == link
    page.get_by_role("textbox", name="Name").fill("ada")
    page.get_by_role("textbox", name="Password").fill("a long password 1")
    page.get_by_role("button", name="Log in").click()

    open_triage_card(page, wanted)  # the page, the call and the submission the link named
    assert page.get_by_role("heading", name="Triage").count() == 1
    call_picker = page.locator("[data-testid=stSelectbox] input").first.input_value()
    assert "Harbour Rights" in call_picker and "Lantern" not in call_picker
    assert page.url.endswith(f"/triage?call=second-call&submission={wanted}")


def test_a_link_opened_without_logins_keeps_its_query_parameters(
    served_app, browser_page, tmp_path
):
    url, db_file = served_app
    wanted = two_calls(db_file, tmp_path)
    page = browser_page
    page.goto(f"{url}/triage?call=second-call&submission={wanted}")
    open_triage_card(page, wanted)
    assert page.get_by_text("Page not found").count() == 0


# The call picker of every page that has one, by the key the page gives it.
CALL_PICKERS = {
    "submissions": "subs_call",
    "triage": "triage_call",
    "themes": "themes_call",
    "background": "bg_call",
    "literature": "lit_call",
    "search": "search_call",
    "upload": "upload_call",
}


def linked_app(name, call):
    """The page opened by a link naming ``call``."""
    app = AppTest.from_file(str(ROOT / "pages" / f"{name}.py"), default_timeout=TIMEOUT)
    app.query_params["call"] = call
    app.run()
    assert not app.exception, app.exception
    return app


@pytest.mark.parametrize("name", sorted(CALL_PICKERS))
def test_every_call_picker_follows_the_link_and_the_link_follows_the_picker(
    name, db_path, tmp_path
):
    two_calls(db_path, tmp_path)
    # this person last worked on the first call: the link still decides
    choices.remember(store.open_db(db_path), auth.LOCAL_USER, "call", "first-call")
    app = linked_app(name, "second-call")
    picker = app.selectbox(key=CALL_PICKERS[name])
    assert picker.value == "second-call"
    app.run()  # a rerun (any click) keeps it
    assert app.selectbox(key=CALL_PICKERS[name]).value == "second-call"

    app.selectbox(key=CALL_PICKERS[name]).set_value("first-call").run()
    assert not app.exception, app.exception
    assert app.selectbox(key=CALL_PICKERS[name]).value == "first-call"
    assert app.query_params["call"] == "first-call"  # the address bar can be shared as is


def test_the_statistics_link_names_its_calls_and_follows_the_choice(db_path, tmp_path):
    two_calls(db_path, tmp_path)
    app = linked_app("statistics", "first-call,second-call")
    assert app.multiselect(key="stats_calls").value == ["first-call", "second-call"]
    app.run()
    assert app.multiselect(key="stats_calls").value == ["first-call", "second-call"]

    app.multiselect(key="stats_calls").unselect("first-call").run()
    assert not app.exception, app.exception
    assert app.query_params["call"] == "second-call"


def test_a_shared_submissions_link_opens_its_call_and_the_address_follows_the_picker(
    served_app, browser_page, tmp_path
):
    url, db_file = served_app
    two_calls(db_file, tmp_path)
    page = browser_page
    page.goto(f"{url}/submissions?call=second-call")
    page.get_by_role("heading", name="Submissions").wait_for(timeout=60000)
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for()
    picker = page.locator("[data-testid=stSelectbox]").first
    assert "Harbour Rights" in picker.locator("input").input_value()
    page.get_by_text("second-call.pdf").first.wait_for(state="attached")  # the grid: that call

    picker.click()
    page.get_by_role("option", name=re.compile("^Lantern Collective")).click()
    page.wait_for_url(re.compile(r"/submissions\?call=first-call$"))
    page.get_by_text("first-call.pdf").first.wait_for(state="attached")
