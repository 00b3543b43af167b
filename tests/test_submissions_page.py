"""The Submissions page as a reader uses it: open by clicking a row, walk the list with
Previous/Next, read the text before the edit form, see a save at once (AppTest and Chromium)."""

import json

import pytest

from workbench import audit, ingest, stats, store

from .apptest import open_page
from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf

NGO = [
    "Submission by the Rainbow Coalition, a civil society organization in Kenya.",
    "Intersex children are operated on without consent.",
]


def stock(db_path, folder):
    """Three submissions: a cover letter with an annex (one folder), a PDF, a DOCX."""
    db = store.open_db(db_path)
    make_docx(folder / "Mission" / "Cover_letter.docx", ["Note verbale. The Permanent Mission."])
    make_pdf(folder / "Mission" / "Annex_1_statistics.pdf", [["Annex: figures of 2022."]])
    make_pdf(folder / "Rainbow.pdf", [NGO, ENGLISH])
    make_docx(folder / "aporte.docx", SPANISH)
    ingest.ingest(db, "c", [folder], n_workers=0)
    return db


@pytest.fixture
def db(db_path, tmp_path):
    return stock(db_path, tmp_path / "in")


def table_key(app):
    run = app.session_state["subs_table_run"] if "subs_table_run" in app.session_state else 0
    return f"subs_table_{run}"


def click_row(app, index):
    app.session_state[table_key(app)] = {"selection": {"rows": [index], "columns": [], "cells": []}}
    app.run()
    assert not app.exception, app.exception
    return app


def test_a_clicked_row_opens_its_submission_and_previous_next_walk_the_list(db):
    app = open_page("submissions", subs_call="c")
    sources = list(app.dataframe[0].value["source"])
    click_row(app, 1)
    assert app.subheader[0].value == sources[1]
    app.button(key="subs_next").click().run()
    assert app.subheader[0].value == sources[2]
    assert app.button(key="subs_next").disabled  # the last one
    app.button(key="subs_previous").click().run()
    app.button(key="subs_previous").click().run()
    assert app.subheader[0].value == sources[0]
    assert app.button(key="subs_previous").disabled
    # The row clicked is no longer ticked (another one is open) and pulls nobody back.
    app.selectbox(key="subs_status").select("").run()
    assert app.subheader[0].value == sources[0]
    assert app.session_state["subs_clicked"] == ()  # the table's key changed: nothing ticked
    assert not app.session_state[table_key(app)]["selection"]["rows"]
    click_row(app, 2)  # a click after Previous/Next opens that row
    assert app.subheader[0].value == sources[2]


def test_the_text_comes_first_the_edit_form_below_it(db):
    rainbow = next(r["id"] for r in store.list_submissions(db, "c") if r["source"] == "Rainbow.pdf")
    app = open_page("submissions", subs_call="c", subs_open=rainbow)
    texts = [m.value for m in app.markdown]
    text_at = next(i for i, t in enumerate(texts) if "Intersex children" in t)
    form_at = next(i for i, t in enumerate(texts) if t.startswith("**Edit**"))
    assert text_at < form_at
    assert not app.text_area  # printed text, not a greyed-out disabled box
    assert "Submission by the Rainbow Coalition" in texts[text_at].split("  \n")[0]


def test_after_save_the_header_and_the_table_show_what_is_stored(db):
    rainbow = next(r for r in store.list_submissions(db, "c") if r["source"] == "Rainbow.pdf")
    app = open_page("submissions", subs_call="c", subs_open=rainbow["id"])
    sid = rainbow["id"]
    app.selectbox(key=f"subs_edit_region_{sid}").set_value("latin_america_caribbean")
    next(b for b in app.button if b.label == "Save").click().run()
    assert not app.exception, app.exception
    version = store.get_submission(db, sid)["version"]
    assert any(f"Saved (version {version})" in s.value for s in app.success)
    assert any(f"**Edit** (version {version})" in m.value for m in app.markdown)
    table = app.dataframe[0].value.set_index("source")
    assert table.loc["Rainbow.pdf", "region"] == "Latin America and the Caribbean"
    assert any("Latin America and the Caribbean" in m.value for m in app.markdown)  # metadata


def test_co_signatories_are_saved_from_the_edit_form_and_counted_when_asked(db):
    rainbow = next(r for r in store.list_submissions(db, "c") if r["source"] == "Rainbow.pdf")
    sid = rainbow["id"]
    app = open_page("submissions", subs_call="c", subs_open=sid)
    app.number_input(key=f"subs_edit_cosignatories_{sid}").set_value(4)
    next(b for b in app.button if b.label == "Save").click().run()
    assert not app.exception, app.exception
    assert store.get_submission(db, sid)["cosignatories"] == 4
    total = stats.count(db, "c").total
    joint = stats.count(db, "c", rules=stats.CountingRules(count_cosignatories=True))
    assert joint.total == total + 4
    app.number_input(key=f"subs_edit_cosignatories_{sid}").set_value(4)
    app.selectbox(key=f"subs_edit_region_{sid}").set_value("latin_america_caribbean")
    next(b for b in app.button if b.label == "Save").click().run()
    (line,) = audit.history(db, "submissions", sid, limit=1)
    assert line["field"] == "region"  # an unchanged number is not saved again


def test_the_cover_letter_is_listed_and_read_before_its_annex(db):
    mission = next(r["id"] for r in store.list_submissions(db, "c") if r["source"] == "Mission")
    app = open_page("submissions", subs_call="c", subs_open=mission)
    files = list(app.dataframe[1].value["name"])
    assert files == ["Cover_letter.docx", "Annex_1_statistics.pdf"]
    assert any("Note verbale" in m.value for m in app.markdown)  # the first page shown
    originals = [b.label for b in app.get("download_button")]
    assert "Cover" in originals[0] and "Annex" in originals[1]


def test_the_table_shows_peoples_words_not_codes(db):
    app = open_page("submissions", subs_call="c")
    table = app.dataframe[0]
    values = " ".join(table.value.astype(str).to_numpy().ravel())
    assert "civil society organization" in values and "Asia-Pacific" not in values
    assert "civil_society" not in values and "withhold_name" not in values
    titles = {c: v.get("label") for c, v in json.loads(table.proto.columns).items()}
    assert titles["submitter_type"] == "Type" and titles["n_pages"] == "Pages"
    assert not [t for t in titles.values() if t and "_" in t]


def test_in_the_browser_a_click_on_a_row_opens_it_and_its_text_reads_clearly(
    served_app, browser_page, tmp_path
):
    url, db_file = served_app
    stock(db_file, tmp_path / "in")
    first = store.list_submissions(store.open_db(db_file), "c")[0]["source"]
    page = browser_page
    page.goto(url)
    page.get_by_role("link", name="Submissions").click()
    page.get_by_text("3 of 3 submissions").wait_for(timeout=60000)
    grid = page.locator("[data-testid=stDataFrame]").first
    grid.wait_for()
    grid.click(position={"x": 12, "y": 35 * 1.5})  # the first row's selection box
    page.get_by_role("heading", name=first).wait_for()
    page.get_by_text("Download original: Annex_1_statistics.pdf").wait_for()  # the run's end
    page.get_by_role("button", name="Next →").click()
    page.get_by_role("heading", name="Rainbow.pdf").wait_for()
    text = page.get_by_text("Intersex children are operated on without consent.").first
    text.wait_for()
    colour = text.evaluate("e => getComputedStyle(e).color")
    background = page.evaluate(
        "() => getComputedStyle(document.querySelector('.stApp')).backgroundColor"
    )
    assert contrast(colour, background) >= 7, (colour, background)  # WCAG AAA body text
    page.screenshot(path=str(tmp_path / "submission.png"), full_page=True)


def contrast(colour, background):
    """WCAG contrast ratio of a CSS rgb()/rgba() text colour over an opaque background."""
    back = channels(background)[:3]
    text = channels(colour)
    alpha = text[3] if len(text) > 3 else 1.0  # a faded text is blended with what is behind
    text = [alpha * t + (1 - alpha) * b for t, b in zip(text, back)]
    high, low = sorted([luminance(text), luminance(back)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def channels(css):
    return [float(p) for p in css[css.index("(") + 1 : -1].split(",")]


def luminance(rgb):
    linear = [c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
