"""Literature notes: typed and imported from Zotero without duplicates, searched, linked, suggested."""

import json
import subprocess
import sys

import pytest

from workbench import audit, ingest, notes, store
from workbench.errors import ConflictError, UnsupportedFormat

from .conftest import FIXTURES
from .makedocs import make_docx

ZOTERO = FIXTURES / "zotero"


@pytest.fixture
def call(db, tmp_path):
    """A call with two submissions whose passages cite UN documents and discuss the notes' topics."""
    folder = tmp_path / "in"
    make_docx(
        folder / "Rainbow_Coalition.docx",
        [
            "Trans people cannot change the sex marker on their identity documents without a diagnosis, "
            "sterilisation and a court order; we ask for a procedure based on self-determination as in A/HRC/47/27.",
            "Police use the colonial-era penal code on unnatural offences to extort and blackmail gay men.",
        ],
    )
    make_docx(
        folder / "Mission_note.docx",
        [
            "So-called conversion practices are offered by unlicensed counsellors and religious groups; survivors "
            "describe forced prayer and confinement (see A/HRC/44/53, para. 20).",
        ],
    )
    ingest.ingest(db, "gender-2021", [folder], n_workers=0, report_slug="gender-equality")
    return "gender-2021"


def passages_of(db, call_slug):
    return store.call_passages(db, store.get_call(db, call_slug)["id"])


def test_importing_bibtex_and_ris_twice_creates_no_duplicates(db):
    first = notes.import_references(db, ZOTERO / "library.bib", report_slug="gender-equality")
    second = notes.import_references(db, ZOTERO / "library.ris")
    assert (len(first.created), len(second.created), len(second.duplicates)) == (5, 2, 2)
    again = [notes.import_references(db, ZOTERO / name) for name in ("library.bib", "library.ris")]
    assert [len(r.created) for r in again] == [0, 0]
    assert len(notes.list_notes(db)) == 7
    # The same report in both exports: no DOI, title differs in case only -> one note.
    assert len(notes.search_notes(db, "law of inclusion")) == 1


def test_csl_json_import_matches_by_doi_and_by_title_and_year(db):
    notes.import_references(db, ZOTERO / "library.ris")
    result = notes.import_references(db, ZOTERO / "library.json")
    assert len(result.created) == 2 and len(result.duplicates) == 1
    health = notes.search_notes(db, "minority stress")[0]
    assert health["doi"] == "10.5555/sogi.health.2023.002"
    assert health["authors"] == "Kowalczyk, Marta; Ivanova, Daria" and health["year"] == 2023


def test_imported_reference_keeps_abstract_notes_tags_and_citation(db):
    notes.import_references(db, ZOTERO / "library.bib", report_slug="gender-equality")
    [article] = notes.search_notes(db, "colonial penal codes")
    assert article["summary"].startswith("Drawing on archival work")
    assert "Toonen v. Australia" in article["key_findings"] and "<p>" not in article["key_findings"]
    assert article["tags"] == "colonialism; criminalisation; decriminalisation; penal code"
    assert article["report_slug"] == "gender-equality"
    assert article["citation"] == (
        "Mensah, Abena; O'Connor, Liam (2019). Colonial-era penal codes and the "
        "criminalisation of same-sex intimacy in Commonwealth Africa. Journal of Human "
        "Rights Practice 12(3). https://doi.org/10.5555/sogi.colonial.2019.077"
    )
    [chapter] = notes.search_notes(db, "defensorias")  # accents folded by the FTS tokenizer
    assert chapter["authors"] == "Pérez, María José; Quispe, Rodrigo"


def test_reimport_fills_what_is_missing_and_keeps_what_people_wrote(db):
    notes.import_references(db, ZOTERO / "library.ris")
    [covid] = notes.search_notes(db, "COVID")
    notes.update_note(db, covid["id"], {"summary": "My own summary."}, covid["version"], user="ra")
    bib = ZOTERO / "library.bib"
    notes.import_references(db, bib)
    [law] = notes.search_notes(db, "law of inclusion")
    # The RIS note had its own key findings; the BibTeX annote does not overwrite them.
    assert law["key_findings"].startswith("Read with the Spanish submissions")
    assert notes.get_note(db, covid["id"])["summary"] == "My own summary."


def test_format_is_sniffed_without_extension_and_unknown_files_are_refused(db, tmp_path):
    unnamed = tmp_path / "export"
    unnamed.write_text((ZOTERO / "library.ris").read_text())
    assert notes.sniff_format("export", unnamed.read_text()) == "ris"
    assert len(notes.import_references(db, unnamed).created) == 4
    odd = tmp_path / "notes.txt"
    odd.write_text("just some words")
    with pytest.raises(UnsupportedFormat, match="notes.txt"):
        notes.import_references(db, odd)


def test_typed_note_is_edited_with_conflict_check_and_searched(db):
    note = notes.create_note(
        db,
        {
            "title": "Interview with a trans activist",
            "authors": ["Field notes"],
            "year": "2021",
            "summary": "Describes sterilisation requirements.",
            "tags": "legal gender recognition; interview",
        },
        user="ra",
        report_slug="gender-equality",
    )
    assert note["citation"] == "Field notes (2021). Interview with a trans activist."
    edited = notes.update_note(
        db, note["id"], {"key_findings": "Court orders take 14 months."}, note["version"], user="ra"
    )
    with pytest.raises(ConflictError, match="changed by someone else"):
        notes.update_note(db, note["id"], {"summary": "stale"}, note["version"], user="other")
    assert [n["id"] for n in notes.search_notes(db, "court orders")] == [note["id"]]
    assert notes.search_notes(db, 'unbalanced "quote') == []  # bad FTS syntax is not an error
    assert notes.list_notes(db, tag="interview")[0]["id"] == note["id"]
    assert edited["version"] == 2
    assert any(h["action"] == "update_note" for h in audit.history(db, "notes", note["id"]))


def test_links_are_seen_from_both_sides(db, call):
    note = notes.create_note(db, {"title": "Sterilisation requirements"}, user="ra")
    passage = next(p for p in passages_of(db, call) if "self-determination" in p["text"])
    notes.link(db, note["id"], "passage", passage["id"], user="ra")
    notes.link(db, note["id"], "theme", 7, label="Legal gender recognition", user="ra")
    notes.link(db, note["id"], "report", store.get_report(db, "gender-equality")["id"], user="ra")
    assert not notes.link(db, note["id"], "passage", passage["id"], user="ra")  # already there
    described = {l["target_type"]: l["description"] for l in notes.links_of_note(db, note["id"])}
    assert "p. 1: “Trans people cannot change the sex marker" in described["passage"]
    assert described["theme"] == "Theme: Legal gender recognition"
    assert described["report"].startswith("Gender equality and the law of inclusion")
    assert [n["id"] for n in notes.notes_linked_to(db, "submission", passage["submission_id"])] == [
        note["id"]
    ]
    assert [n["id"] for n in notes.notes_linked_to(db, "theme", 7)] == [note["id"]]
    notes.unlink(db, note["id"], "theme", 7, user="ra")
    assert notes.notes_linked_to(db, "theme", 7) == []


def test_confidential_submitter_is_not_named_in_link_descriptions(db, call):
    sub = next(
        s for s in store.list_submissions(db, call) if s["source"] == "Rainbow_Coalition.docx"
    )
    store.update_submission(
        db,
        sub["id"],
        {
            "submitter": "Rainbow Coalition",
            "submitter_type": "civil_society",
            "region": "africa",
            "confidentiality": "withhold_name",
        },
        sub["version"],
        user="test",
    )
    note = notes.create_note(db, {"title": "A note"}, user="ra")
    notes.link(db, note["id"], "submission", sub["id"], user="ra")
    [link] = notes.links_of_note(db, note["id"])
    assert "Rainbow" not in link["description"]
    assert link["description"] == f"#{sub['id']} a civil society organization, Africa"


def test_un_symbols_link_notes_to_the_passages_that_cite_them(db, call):
    notes.import_references(db, ZOTERO / "library.ris")
    created = notes.link_by_symbols(db, call)
    index = notes.symbol_index(db, call)
    assert len(index["A/HRC/47/27"]["passages"]) == 1 and len(index["A/HRC/44/53"]["passages"]) == 1
    assert created == 2 and notes.link_by_symbols(db, call) == 0  # idempotent
    [law] = notes.search_notes(db, "law of inclusion")
    [link] = notes.links_of_note(db, law["id"])
    assert (link["origin"], link["symbol"]) == ("symbol", "A/HRC/47/27")


def test_suggestions_are_accepted_or_rejected_and_rejections_remembered(db, call):
    notes.import_references(db, ZOTERO / "library.bib")
    notes.import_references(db, ZOTERO / "library.ris")
    assert notes.suggest_links(db, call) > 0
    pending = notes.pending(db, call)
    by_note = {}
    for s in pending:
        by_note.setdefault(s["note_title"], []).append(s)
    conversion = next(
        s
        for k, v in by_note.items()
        if "conversion" in k
        for s in v
        if s["target_type"] == "passage"
    )
    assert "conversion practices" in conversion["description"]
    notes.accept(db, conversion["id"], user="ra")
    rejected = next(s for s in pending if s["id"] != conversion["id"])
    notes.reject(db, rejected["id"], user="ra")
    notes.suggest_links(db, call)
    again = {(s["note_id"], s["target_type"], s["target_id"]) for s in notes.pending(db, call)}
    assert (rejected["note_id"], rejected["target_type"], rejected["target_id"]) not in again
    assert (conversion["note_id"], "passage", conversion["target_id"]) not in again
    linked = notes.notes_linked_to(db, "passage", conversion["target_id"])
    assert [n["id"] for n in linked] == [conversion["note_id"]]


def workbench(*args, db):
    return subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_imports_twice_and_lists(tmp_path):
    db_file = tmp_path / "cli.db"
    store.open_db(db_file).conn.close()  # made by the app's first run (or an ingest)
    first = workbench(
        "notes", "import", ZOTERO / "library.bib", "--report", "gender-equality", db=db_file
    )
    assert first.returncode == 0, first.stderr
    assert "5 new notes, 0 already present" in first.stdout
    second = workbench("notes", "import", ZOTERO / "library.bib", db=db_file)
    assert "0 new notes, 5 already present" in second.stdout
    listed = json.loads(workbench("notes", "list", "--format", "json", db=db_file).stdout)
    assert len(listed) == 5 and {n["report_slug"] for n in listed} == {"gender-equality"}
    found = workbench("notes", "list", "--search", "peaceful assembly", db=db_file).stdout
    assert "CCPR/C/GC/37" in found and len(found.strip().splitlines()) == 1
    bad = workbench("notes", "import", ZOTERO / "library.bib", "--report", "nope", db=db_file)
    assert bad.returncode == 1 and "no report 'nope'" in bad.stderr


# ---------------------------------------------------------------- issue 16, point 6: re-import after edits


def test_reimport_after_titles_were_edited_adds_nothing(db):
    first = notes.import_references(db, ZOTERO / "reimport.bib")
    assert len(first.created) == 6
    for note_id in first.created:  # a research assistant shortens every title
        note = notes.get_note(db, note_id)
        notes.update_note(
            db, note_id, {"title": f"[read] {note['title'][:30]}"}, note["version"], user="ra"
        )
    again = notes.import_references(db, ZOTERO / "reimport.bib")
    assert again.created == [] and sorted(again.duplicates) == sorted(first.created)
    assert all(notes.get_note(db, i)["title"].startswith("[read] ") for i in first.created)
    assert len(notes.list_notes(db)) == 6


def test_matching_order_is_doi_then_symbol_or_url_then_title_and_year(db):
    created = notes.import_references(db, ZOTERO / "reimport.bib").created
    by_symbol = {
        s: n
        for n in map(lambda i: notes.get_note(db, i), created)
        for s in notes.find_symbols(n["url"])
    }
    # the same UN document under another title, from an export without URL: found by its symbol
    other = notes.import_references(db, ZOTERO / "reimport-symbol-only.ris")
    assert other.created == [] and other.duplicates == [by_symbol["A/HRC/38/43"]["id"]]
    # the HRC and GA reports of 2018 share their title but are two documents; an addendum is its own
    assert len({by_symbol[s]["id"] for s in ("A/HRC/38/43", "A/73/152", "A/HRC/38/43/Add.1")}) == 3


def test_url_matches_without_scheme_www_or_trailing_slash_and_years_must_agree(db, tmp_path):
    notes.import_references(db, ZOTERO / "reimport.bib")
    moved = tmp_path / "moved.bib"
    moved.write_text(
        "@article{x, title = {Pride under pressure (accepted manuscript)}, year = {2022},\n"
        " url = {http://www.journals.example.org/sogi-law/article/view/118}}\n"
        "@article{y, title = {Another paper at the same address}, year = {2015},\n"
        " url = {https://journals.example.org/sogi-law/article/view/118}}\n",
        encoding="utf-8",
    )
    result = notes.import_references(db, moved)
    [pride] = notes.search_notes(db, "Pride under pressure bans")
    assert result.duplicates == [pride["id"]] and len(result.created) == 1
