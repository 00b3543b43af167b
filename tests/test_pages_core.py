"""AppTests of the Calls, Upload and Submissions pages, driven by widget key."""

import pytest
from streamlit.testing.v1 import AppTest

from workbench import ingest, store

from .apptest import open_page
from .conftest import ROOT
from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf, make_pdf_with_table

TIMEOUT = 60


page = open_page


@pytest.fixture
def stocked(db_path, tmp_path):
    """An app database with one call of three submissions (one broken)."""
    db = store.open_db(db_path)
    folder = tmp_path / "in"
    make_pdf(folder / "Rainbow.pdf", [ENGLISH, [ENGLISH[2]]])
    make_docx(folder / "aporte.docx", SPANISH)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 cut")
    make_pdf_with_table(
        folder / "with_table.pdf", [["Indicator", "2022"], ["Reported attacks", "21"]]
    )
    ingest.ingest(db, "sogi-2026", [folder], n_workers=0, report_slug="religion")
    return db


def test_calls_page_creates_a_call_for_a_report(db_path):
    app = page("calls")
    app.text_input(key="new_call_title").input("Call for inputs: religion and SOGI")
    app.text_input(key="new_call_slug").input("religion-2022")
    app.selectbox(key="new_call_report").select("religion")
    app.button[0].click().run()  # the form's submit button
    assert not app.exception
    assert any("religion-2022" in s.value for s in app.success)
    call = store.get_call(store.open_db(db_path), "religion-2022")
    assert call["title"] == "Call for inputs: religion and SOGI"


def test_calls_page_requires_a_name(db_path):
    app = page("calls")
    app.button[0].click().run()
    assert any("short name" in e.value for e in app.error)


def test_upload_page_ingests_files_and_lists_results(db_path, tmp_path):
    store.ensure_call(store.open_db(db_path), "c1")
    app = page("upload")
    pdf = make_pdf(tmp_path / "NV.pdf", [ENGLISH]).read_bytes()
    app.file_uploader(key="upload_files").set_value(
        [("NV.pdf", pdf, "application/pdf"), ("bad.pdf", b"%PDF-broken", "application/pdf")]
    )
    app.run()
    app.button(key="upload_go").click().run()
    assert not app.exception
    assert "2 submissions, 1 pages, 1 errors" in app.warning[0].value
    results = app.dataframe[0].value
    assert set(results["source"]) == {"NV.pdf", "bad.pdf"}
    assert "damaged" in results.set_index("source").loc["bad.pdf", "reason"]


def test_submissions_page_filters_and_opens_text_by_page(stocked):
    app = page("submissions")
    assert len(app.dataframe[0].value) == 4
    app.selectbox(key="subs_status").select("error").run()
    table = app.dataframe[0].value
    assert list(table["source"]) == ["broken.pdf"]
    app.selectbox(key="subs_status").select("").run()
    app.text_input(key="subs_text").input("rainbow").run()
    [row] = app.dataframe[0].value.to_dict("records")
    app.selectbox(key="subs_open").select(row["id"]).run()
    assert app.subheader[0].value == "Rainbow.pdf"
    files = app.dataframe[1].value
    assert list(files["name"]) == ["Rainbow.pdf"] and list(files["n_pages"]) == [2]
    app.selectbox(key="subs_page").select(1).run()
    assert any("penal code" in m.value for m in app.markdown)
    assert not app.text_area  # the text is printed, not a greyed-out disabled box
    assert app.get("download_button")


def test_submissions_page_shows_the_tables_of_a_pdf_page(stocked):
    app = page("submissions")
    rows = {r["source"]: r["id"] for r in app.dataframe[0].value.to_dict("records")}
    app.selectbox(key="subs_open").select(rows["with_table.pdf"]).run()
    app.button(key="subs_tables").click().run()
    assert not app.exception
    shown = app.table[0].value
    assert "Reported attacks" in shown.to_string() and "21" in shown.to_string()


def test_submissions_can_be_filtered_by_type_and_region_in_peoples_words(db_path, tmp_path):
    from workbench import ingest, store

    from .apptest import open_page
    from .makedocs import make_docx

    db = store.open_db(db_path)
    folder = tmp_path / "in"
    make_docx(
        folder / "nz.docx",
        [
            "The New Zealand Human Rights Commission welcomes the opportunity to contribute.",
            "Trans people wait years for care.",
        ],
    )
    make_docx(
        folder / "ke.docx",
        [
            "Submission by the Nairobi Intersex Support Network to the Independent Expert",
            "Intersex children are operated on without consent.",
        ],
    )
    ingest.ingest(db, "filters", [folder], n_workers=0)
    app = open_page("submissions", subs_call="filters")
    assert "national human rights institution" in " ".join(
        app.multiselect(key="subs_types").options
    )
    app.multiselect(key="subs_types").select("nhri").run()
    assert not app.exception, app.exception
    assert list(app.dataframe[0].value["source"]) == ["nz.docx"]
    app.multiselect(key="subs_types").unselect("nhri").run()
    app.multiselect(key="subs_regions").select("africa").run()
    assert list(app.dataframe[0].value["source"]) == ["ke.docx"]


def test_a_page_run_opens_one_database_connection(stocked, monkeypatch):
    """The app's login gate, the page's ``require`` and the page share the run's connection;
    the next run opens its own (a restored database is read afresh)."""
    opened = []
    real = store.open_db
    monkeypatch.setattr(store, "open_db", lambda *a, **k: opened.append(a) or real(*a, **k))
    app = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    app.run()  # the Calls page through the app: gate, require, page
    assert not app.exception and app.title[0].value == "Calls for inputs"
    assert len(opened) == 1
    app.run()
    assert len(opened) == 2
    page("submissions", subs_call="sogi-2026")
    assert len(opened) == 3
