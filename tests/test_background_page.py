"""The Background document page: sections, quotes, preview, downloads; AppTest and a real browser."""

import io
import re

import docx
import pytest

from workbench import background, notes, store

from .apptest import open_page
from .conftest import FIXTURES
from .test_background import CALL, CONFIDENTIAL, stock_call


def open_background():
    return open_page("background")


@pytest.fixture
def stocked(db_path, tmp_path):
    db = store.open_db(db_path)
    ids = stock_call(db, tmp_path / "in")
    notes.import_references(db, FIXTURES / "zotero" / "library.ris", report_slug="gender-equality")
    notes.link_by_symbols(db, CALL)
    return db, ids


def shown_text(app):
    return "\n".join(m.value for m in app.markdown)


def test_preview_lists_sections_quotes_and_bibliography_without_confidential_names(stocked):
    app = open_background()
    text = shown_text(app)
    assert "# Background document: Gender equality and the law of inclusion" in text
    assert "## Bibliography" in text and "A/HRC/47/27" in text
    # A withheld submitter's quote cites its page only: a submission number would join to it.
    assert "> — a civil society organization, Eastern Europe (p. " in text
    assert not any(name.lower() in text.lower() for name in CONFIDENTIAL)
    assert "INTERNAL" not in text
    assert len(app.get("download_button")) == 2


def test_sections_are_chosen_and_quotes_picked(stocked):
    db, ids = stocked
    app = open_background()
    keys = app.multiselect(key="bg_sections").value
    assert len(keys) >= 2
    app.multiselect(key="bg_sections").set_value([keys[1]]).run()
    assert shown_text(app).count("\n## ") == 3  # introduction, one section, bibliography
    quotes = app.multiselect(key=f"bg_quotes_{keys[1]}_0")
    app.multiselect(key=f"bg_quotes_{keys[1]}_0").set_value(quotes.value[:1]).run()
    assert not app.exception, app.exception
    assert shown_text(app).count("> — ") == 1


def test_internal_edition_warns_and_marks(stocked):
    app = open_background()
    app.toggle(key="bg_internal").set_value(True).run()
    assert any("Do not circulate" in w.value for w in app.warning)
    text = shown_text(app)
    assert f"**{background.INTERNAL_MARK}**" in text
    assert "[CONFIDENTIAL — do not publish]** “Our shelter hosted" in text


def test_download_the_docx_in_a_real_browser(served_app, browser_page, tmp_path):
    url, db_file = served_app
    db = store.open_db(db_file)
    stock_call(db, tmp_path / "in")
    page = browser_page
    page.goto(f"{url}/literature")  # pages are addressed by their file names
    page.get_by_text("Literature notes").first.wait_for()
    page.goto(f"{url}/background")
    page.get_by_text("Background document: Gender equality").first.wait_for(timeout=60000)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download DOCX").click()
    saved = tmp_path / "downloaded.docx"
    download_info.value.save_as(saved)
    document = docx.Document(io.BytesIO(saved.read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Introduction" in text and "Bibliography" in text and "(submission" in text
    assert not any(name.lower() in text.lower() for name in CONFIDENTIAL)


def test_the_page_says_where_sections_come_from_and_lets_people_choose(stocked):
    from workbench import themes

    db, ids = stocked
    themes.refresh(db, CALL, n_themes=3)
    found = themes.list_themes(db, CALL, include_passages=False)
    assert len(found) >= 2
    themes.accept(db, [found[0]["id"]], "ana")  # one final theme: candidates drop out by default
    app = open_background()
    assert not app.exception, app.exception
    assert app.radio(key=f"bg_source_{CALL}").value == "final"
    said = " ".join(c.value for c in app.caption)
    assert f"the {len(found) - 1} candidate themes are left out" in said
    assert len(app.multiselect(key="bg_sections").value) == 1
    app.radio(key=f"bg_source_{CALL}").set_value("candidates").run()
    assert not app.exception, app.exception
    assert len(app.multiselect(key="bg_sections").value) == len(found) - 1


def test_in_the_browser_the_sections_come_from_where_people_choose(
    served_app, browser_page, tmp_path
):
    from workbench import themes

    url, db_file = served_app
    db = store.open_db(db_file)
    stock_call(db, tmp_path / "in")
    themes.refresh(db, CALL, n_themes=3)
    found = themes.list_themes(db, CALL, include_passages=False)
    themes.accept(db, [found[0]["id"]], "ana")
    final, candidates = found[0]["label"], [t["label"] for t in found[1:]]
    page = browser_page
    page.goto(f"{url}/background?call={CALL}")
    page.get_by_text(re.compile(r"the \d+ candidate themes are left out")).first.wait_for(
        timeout=60000
    )
    first = document_headings(page, tmp_path)
    assert final in first and not first & set(candidates)  # the final theme alone
    page.get_by_text(re.compile(r"^Candidate themes \(\d+\)")).click()
    page.get_by_text("Candidate themes only: the 1 final themes are left out.").wait_for()
    page.locator("[data-testid=stApp][data-test-script-state=notRunning]").wait_for()
    headings = document_headings(page, tmp_path)
    assert final not in headings and set(candidates) <= headings


def document_headings(page, tmp_path):
    """The headings of the Markdown the page offers to download."""
    with page.expect_download() as saved:
        page.get_by_role("button", name="Download Markdown").click()
    text = open(saved.value.path(), encoding="utf-8").read()
    return {
        re.sub(r"^\d+\. ", "", line.lstrip("#").strip()).replace("\\", "")
        for line in text.splitlines()
        if line.startswith("## ")
    }
