"""The served app in a real headless Chromium: upload a file, see it listed."""

from workbench import store

from .makedocs import ENGLISH, make_pdf


def test_upload_a_file_and_see_it_listed(served_app, browser_page, tmp_path):
    url, db_file = served_app
    store.ensure_call(store.open_db(db_file), "browser-call", title="Browser call")
    pdf = make_pdf(tmp_path / "Submission_Rainbow_Coalition.pdf", [ENGLISH])
    page = browser_page

    page.goto(url)
    page.get_by_role("link", name="Upload").click()
    page.get_by_text("Upload submissions").first.wait_for()
    page.locator("input[type=file]").first.set_input_files(str(pdf))
    ingest_button = page.get_by_role("button", name="Ingest")
    page.wait_for_function(
        "() => [...document.querySelectorAll('button')].some(b => b.innerText.trim() === 'Ingest' && !b.disabled)"
    )
    ingest_button.click()
    page.get_by_text("1 submissions, 1 pages, 0 errors").wait_for(timeout=60000)

    page.get_by_role("link", name="Submissions").click()
    page.get_by_text("1 of 1 submissions").wait_for()
    page.screenshot(path=str(tmp_path / "submissions.png"))
    rows = store.list_submissions(store.open_db(db_file), "browser-call")
    assert [r["source"] for r in rows] == ["Submission_Rainbow_Coalition.pdf"]
    page.locator("[data-testid=stDataFrame]").first.wait_for()


def test_a_page_opened_by_its_url_comes_with_the_app_around_it(served_app, browser_page):
    url, _ = served_app
    page = browser_page
    page.goto(f"{url}/submissions")
    page.get_by_role("heading", name="Submissions").first.wait_for()
    # the app's own navigation (titles, not file names), so its settings and login gate apply
    page.get_by_role("link", name="Background document").wait_for()
    assert page.get_by_role("link", name="streamlit app").count() == 0
