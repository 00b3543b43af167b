"""The Themes page: AppTests driven by widget key, and one run in headless Chromium."""

import pytest

from workbench import store, themes
from workbench.stores.sql import one
from workbench.themes import incremental

from .apptest import open_page
from .test_themes import CALL, LATE, SUBMISSIONS, build_call

TIMEOUT = 120


def page(name, **state):
    return open_page(name, timeout=TIMEOUT, **state)


@pytest.fixture
def stocked(db_path, tmp_path):
    return build_call(store.open_db(db_path), tmp_path / "in", SUBMISSIONS[:6])


def test_propose_then_accept_and_rename(stocked):
    app = page("themes")
    assert any("No themes yet" in i.value for i in app.info)
    app.number_input(key="themes_k").set_value(3)
    app.button(key="themes_refresh").click().run()
    assert not app.exception, app.exception
    table = app.dataframe[0].value
    assert len(table) == 3 and set(table["status"]) == {"candidate"}
    # Terms per language, never mixed (issue 12): 'en: …' first, then the other languages.
    assert all(terms.startswith("en: ") for terms in table["top terms"])
    assert any(" · es: " in c.value for c in app.caption if c.value.startswith("Candidate"))
    app.button(key="themes_accept_all").click().run()
    assert set(app.dataframe[0].value["status"]) == {"final"}
    chosen = app.selectbox(key="themes_pick").value
    app.text_input(key=f"themes_rename_{chosen}").input("Survivors of conversion camps")
    app.button(key="themes_rename_go").click().run()
    assert "Survivors of conversion camps" in list(app.dataframe[0].value["theme"])


def test_new_submissions_placed_in_the_fitted_themes_are_said_and_can_be_fitted_again(
    stocked, tmp_path, monkeypatch
):
    monkeypatch.setattr(incremental, "REFIT_SHARE", 0.5)  # this small call: one in seven is new
    app = page("themes")
    app.number_input(key="themes_k").set_value(3)
    app.button(key="themes_refresh").click().run()
    before = list(app.dataframe[0].value["theme"])
    build_call(stocked, tmp_path / "late", LATE, seed=9)
    app.button(key="themes_refresh").click().run()
    assert not app.exception, app.exception
    assert any("placed in the themes fitted before" in i.value for i in app.info)
    assert list(app.dataframe[0].value["theme"]) == before
    app.checkbox(key="themes_refit").check()
    app.button(key="themes_refresh").click().run()
    assert not any("placed in the themes fitted before" in i.value for i in app.info)


def test_quotes_respect_confidentiality_and_open_the_submission_at_its_page(stocked):
    themes.refresh(stocked, CALL, n_themes=3)
    app = page("themes")
    shown = " ".join(m.value for m in app.markdown)
    assert "Secret Shelter" not in shown and "Quiet Clinic" not in shown
    private = next(
        s["id"] for s in store.list_submissions(stocked, CALL) if s["source"] == "private.docx"
    )
    for key in [b.key for b in app.button if b.key and b.key.startswith("themes_open_")]:
        pid = int(key.rsplit("_", 1)[1])
        sub = one(stocked, "select submission_id from passages where id = ?", [pid])[
            "submission_id"
        ]
        assert sub != private
    first = next(b for b in app.button if b.key and b.key.startswith("themes_open_"))
    first.click().run()
    assert app.session_state["open_submission"] and app.session_state["open_page"] == 1


def test_submissions_page_opens_the_requested_submission_and_page(stocked):
    wanted = store.list_submissions(stocked, CALL)[2]["id"]
    app = page("submissions", current_call=CALL, open_submission=wanted, open_page=1)
    assert app.selectbox(key="subs_open").value == wanted
    assert "open_submission" not in app.session_state


def test_codebook_and_campaign_sections(stocked):
    themes.refresh(stocked, CALL, n_themes=3)
    app = page("themes")
    app.selectbox(key="themes_area").select("conversion_practices").run()
    assert any("quotable passages from" in c.value for c in app.caption)
    assert any("No submissions share a template" in c.value for c in app.caption)


def test_browser_shows_themes_and_quotes(served_app, browser_page, tmp_path):
    url, db_file = served_app
    db = build_call(store.open_db(db_file), tmp_path / "in", SUBMISSIONS[:5])
    themes.refresh(db, CALL, n_themes=3)
    label = themes.list_themes(db, CALL)[0]["label"]
    browser = browser_page
    browser.goto(url)
    browser.get_by_role("link", name="Themes").click()
    browser.get_by_text("Quotes").first.wait_for(timeout=60000)
    browser.get_by_role(
        "heading", name=label
    ).first.wait_for()  # the grid cell is hidden: read the heading
    assert "Secret Shelter" not in browser.content()
    browser.get_by_role("button", name="Open at this page").first.click()
    browser.get_by_text("Text of the page").first.wait_for(timeout=60000)
    browser.screenshot(path=str(tmp_path / "themes.png"))
