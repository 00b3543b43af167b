"""A saved link — a page and its query parameters — survives the login form (issue 15, item 7)."""

import re

from workbench import auth, ingest, store

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
