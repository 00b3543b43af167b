"""AppTests of the Literature page: import, search, create, edit, link, suggestions."""

import pytest

from workbench import notes, store

from .apptest import open_page
from .conftest import FIXTURES
from .test_background import CALL, CONFIDENTIAL, stock_call

ZOTERO = FIXTURES / "zotero"


def open_literature():
    return open_page("literature")


def button(app, label):
    return next(b for b in app.button if b.label == label)


@pytest.fixture
def stocked(db_path, tmp_path):
    db = store.open_db(db_path)
    ids = stock_call(db, tmp_path / "in")
    return db, ids


def test_import_twice_then_search(db_path):
    app = open_literature()
    data = (ZOTERO / "library.bib").read_bytes()
    for expected in ("5 new notes, 0 already present", "0 new notes, 5 already present"):
        app.file_uploader(key="lit_import_file").set_value([("library.bib", data, "text/plain")])
        app.selectbox(key="lit_import_report").select("gender-equality")
        app.run()
        app.button(key="lit_import_go").click().run()
        assert not app.exception, app.exception
        assert any(expected in s.value for s in app.success)
    assert len(notes.list_notes(store.open_db(db_path), report_slug="gender-equality")) == 5
    app.text_input(key="lit_search").input("peaceful assembly").run()
    assert list(app.dataframe[0].value["citation"].str.contains("CCPR/C/GC/37")) == [True]


def test_create_edit_and_link_a_note_without_naming_confidential_submitters(stocked):
    db, ids = stocked
    app = open_literature()
    app.text_input(key="lit_new_title").input("Shelters for survivors of conversion practices")
    app.text_input(key="lit_new_year").input("2022")
    app.text_input(key="lit_new_link").input("https://doi.org/10.5555/shelters.2022.1")
    button(app, "Create note").click().run()
    assert any("created" in s.value for s in app.success)
    [note] = notes.list_notes(db)
    assert note["doi"] == "10.5555/shelters.2022.1"

    app.selectbox(key="lit_open").select(note["id"]).run()
    app.text_area(key="lit_edit_findings").input("Nineteen survivors hosted in one year.")
    button(app, "Save note").click().run()
    assert any("saved" in s.value for s in app.success)
    assert (
        notes.get_note(db, note["id"])["key_findings"] == "Nineteen survivors hosted in one year."
    )

    app.selectbox(key="lit_link_type").select("submission").run()
    shelter = ids["Safe Harbour Shelter"]
    app.selectbox(key="lit_link_target").select(shelter).run()
    app.button(key="lit_link_add").click().run()
    assert not app.exception, app.exception
    assert [n["id"] for n in notes.notes_linked_to(db, "submission", shelter)] == [note["id"]]
    shown = " ".join(m.value for m in app.markdown)
    assert f"#{shelter} a faith-based organization, Asia-Pacific" in shown
    assert not any(name in shown for name in CONFIDENTIAL)


def test_suggestions_are_accepted_and_rejected_on_the_page(stocked):
    db, _ = stocked
    notes.import_references(db, ZOTERO / "library.ris")
    app = open_literature()
    app.button(key="lit_suggest_run").click().run()
    assert any("suggestions waiting" in s.value for s in app.success)
    pending = notes.pending(db, CALL)
    first, second = pending[0], pending[1]
    app.button(key=f"lit_accept_{first['id']}").click().run()
    app.button(key=f"lit_reject_{second['id']}").click().run()
    assert not app.exception, app.exception
    assert notes.notes_linked_to(db, first["target_type"], first["target_id"])
    left = {s["id"] for s in notes.pending(db, CALL)}
    assert first["id"] not in left and second["id"] not in left
    shown = " ".join(m.value for m in app.markdown)
    assert not any(name in shown for name in CONFIDENTIAL)
    app.button(key="lit_symbols_run").click().run()
    assert any("by UN document symbol" in s.value for s in app.success)
    assert "A/HRC/47/27" in list(app.dataframe[-1].value["symbol"])
