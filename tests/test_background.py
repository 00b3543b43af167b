"""The background document: sections, sourced quotes, literature, and not one confidential name."""

import subprocess
import sys

import docx
import pytest

from workbench import background, ingest, notes, store
from workbench.background import sections

from .conftest import FIXTURES
from .makedocs import make_docx

CALL = "gender-2021"
# Name, tags, and paragraphs (each becomes a passage). Two submitters name themselves in their text.
SUBMITTERS = [
    (
        "Rainbow Coalition of Accra",
        dict(
            submitter_type="civil_society",
            region="africa",
            country="GHA",
            scope="national",
            confidentiality="public",
        ),
        [
            "Trans people cannot change the gender marker on their identity documents without a psychiatric "
            "diagnosis and sterilisation; we ask for a procedure based on self-determination as recommended in A/HRC/47/27.",
            "So-called conversion practices are offered by unlicensed counsellors, and survivors describe forced prayer.",
        ],
    ),
    (
        "Hidden Voices Collective",
        dict(
            submitter_type="civil_society",
            region="eastern_europe",
            country="MDA",
            scope="national",
            confidentiality="withhold_name",
        ),
        [
            "Hidden Voices Collective documented forty cases of conversion practices in which families confined "
            "young people for weeks and clergy led forced prayer sessions to change their orientation."
        ],
    ),
    (
        "Safe Harbour Shelter",
        dict(
            submitter_type="faith_based",
            region="asia_pacific",
            country="PHL",
            scope="national",
            confidentiality="do_not_publish",
        ),
        [
            "Our shelter hosted nineteen survivors of conversion practices last year; several had been beaten "
            "by relatives and needed long-term care after forced prayer and exorcism rituals."
        ],
    ),
    (
        "Permanent Mission of Chile",
        dict(
            submitter_type="state",
            region="latin_america_caribbean",
            country="CHL",
            scope="national",
            confidentiality="public",
        ),
        [
            "The gender identity law allows any person over fourteen to change the name and the gender marker on "
            "identity documents through a simple administrative procedure based on self-determination."
        ],
    ),
    # Nobody has confirmed this one's tags yet (the automatic tagger's guesses cleared).
    (
        "Untagged Sender Org",
        dict(submitter_type="", region="", country="", scope="", confidentiality=""),
        [
            "Conversion practices remain common in private clinics, where so-called therapies are sold to parents."
        ],
    ),
]
CONFIDENTIAL = ["Hidden Voices Collective", "Safe Harbour Shelter", "Untagged Sender Org"]


def stock_call(db, folder):
    """Ingest one DOCX per submitter (the file name carries the name) and tag them."""
    for name, _, paragraphs in SUBMITTERS:
        make_docx(folder / f"{name.replace(' ', '_')}_submission.docx", paragraphs)
    ingest.ingest(db, CALL, [folder], n_workers=0, report_slug="gender-equality")
    by_source = {s["source"]: s for s in store.list_submissions(db, CALL)}
    for name, tags, _ in SUBMITTERS:
        sub = by_source[f"{name.replace(' ', '_')}_submission.docx"]
        store.update_submission(
            db, sub["id"], {"submitter": name, **tags}, sub["version"], user="test"
        )
    return {
        name: by_source[f"{name.replace(' ', '_')}_submission.docx"]["id"]
        for name, _, _ in SUBMITTERS
    }


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    """One stocked database for the read-only tests of this module (ingest is the slow part)."""
    folder = tmp_path_factory.mktemp("background")
    db = store.open_db(folder / "wb.db")
    ids = stock_call(db, folder / "in")
    notes.import_references(db, FIXTURES / "zotero" / "library.ris", report_slug="gender-equality")
    notes.link_by_symbols(db, CALL)  # the Accra passage cites A/HRC/47/27
    [conversion] = notes.search_notes(db, "conversion therapy")
    survivors = next(p for p in store.submission_passages(db, ids["Hidden Voices Collective"]))
    notes.link(db, conversion["id"], "passage", survivors["id"], user="test")
    return db, ids


def docx_text(path):
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    parts += [p.text for s in document.sections for p in s.header.paragraphs]
    return "\n".join(parts)


def heading_texts(path, level):
    return [
        p.text for p in docx.Document(str(path)).paragraphs if p.style.name == f"Heading {level}"
    ]


def test_public_docx_has_sections_sourced_quotes_citations_and_no_confidential_name(
    stocked, tmp_path
):
    db, ids = stocked
    doc = background.build_background(db, CALL)
    out = background.write_docx(doc, tmp_path / "background.docx")
    text = docx_text(out)
    headings = heading_texts(out, 1)
    assert headings[0] == "Introduction" and headings[-1] == "Bibliography" and len(headings) >= 3
    assert f"(submission {ids['Rainbow Coalition of Accra']}, p. 1)" in text
    # withhold_name: by type and region, cited by page only (a number would join to the submissions list)
    assert "— a civil society organization, Eastern Europe (p. " in text
    assert f"(submission {ids['Hidden Voices Collective']}," not in text
    assert "[withheld] documented forty cases" in text  # its self-naming redacted
    assert "Our shelter hosted nineteen survivors" not in text  # do_not_publish never quoted
    assert "private clinics" not in text  # untagged treated as confidential
    assert "Coverage: never quoted in this section" in text
    assert "Independent Expert on SOGI (2021). The Law of Inclusion" in text  # linked by its symbol
    assert 'Practices of so-called "conversion therapy"' in text  # linked by hand
    for name in CONFIDENTIAL:
        assert name.lower() not in text.lower()
        assert name.replace(" ", "_").lower() not in text.lower()
    assert "INTERNAL" not in text


def test_internal_edition_marks_every_page_and_quotes_do_not_publish(stocked, tmp_path):
    db, ids = stocked
    doc = background.build_background(db, CALL, internal=True)
    out = background.write_docx(doc, tmp_path / "internal.docx")
    document = docx.Document(str(out))
    assert all(s.header.paragraphs[0].text == background.INTERNAL_MARK for s in document.sections)
    text = docx_text(out)
    assert "[CONFIDENTIAL — do not publish] “Our shelter hosted nineteen survivors" in text
    assert "— a faith-based organization, Asia-Pacific (p. " in text  # marked, yet still not named
    assert not any(name.lower() in text.lower() for name in CONFIDENTIAL)
    assert background.to_markdown(doc).startswith(f"**{background.INTERNAL_MARK}**")


def test_sections_are_chosen_and_ordered_and_quotes_picked(stocked):
    db, ids = stocked
    keys = [s["key"] for s in background.available_sections(db, CALL)]
    assert len(keys) >= 2
    chosen_section = keys[-1]
    candidates = next(
        s for s in background.available_sections(db, CALL) if s["key"] == chosen_section
    )
    chile = [
        p["passage_id"]
        for p in candidates["passages"]
        if p["submission_id"] == ids["Permanent Mission of Chile"]
    ][:1]
    doc = background.build_background(
        db, CALL, section_keys=[chosen_section, keys[0]], chosen_quotes={chosen_section: chile}
    )
    assert [s.key for s in doc.sections] == [chosen_section, keys[0]]
    assert [q.attribution for q in doc.sections[0].quotes] == (
        ["Permanent Mission of Chile"] if chile else []
    )


def test_markdown_export_matches_the_docx(stocked, tmp_path):
    db, _ = stocked
    doc = background.build_background(db, CALL)
    md = background.write_markdown(doc, tmp_path / "bg.md").read_text(encoding="utf-8")
    assert md.startswith("# Background document: Gender equality and the law of inclusion")
    assert "## Bibliography" in md and "> — a civil society organization, Eastern Europe" in md
    assert not any(name.lower() in md.lower() for name in CONFIDENTIAL)


def test_sections_fall_back_to_codebook_areas_then_to_one_section(stocked):
    db, _ = stocked
    areas = sections.area_sections(db, CALL)
    titles = [s["title"] for s in areas]
    assert "Conversion practices" in titles and "Legal gender recognition" in titles
    conversion = next(s for s in areas if s["title"] == "Conversion practices")
    assert len({p["submission_id"] for p in conversion["passages"]}) == 4  # all but Chile
    assert sections.area_sections(db, CALL, concepts={}) == []
    [single] = sections.single_section(db, CALL)
    assert (
        single["title"] == "Submissions" and len(single["passages"]) == 6
    )  # one per Word paragraph


def test_untagged_call_gets_a_plain_count_sentence(db, tmp_path):
    make_docx(
        tmp_path / "in" / "a.docx",
        ["Violence against trans women is rarely investigated by the police."],
    )
    ingest.ingest(db, "plain", [tmp_path / "in"], n_workers=0)
    [sub] = store.list_submissions(db, "plain")
    blank = {
        field: ""
        for field in (
            "submitter",
            "submitter_type",
            "country",
            "region",
            "scope",
            "confidentiality",
        )
    }
    store.update_submission(
        db, sub["id"], blank, sub["version"], user="test"
    )  # as before any tagging
    doc = background.build_background(db, "plain")
    assert doc.introduction[1] == "1 submission was received and could be read."
    assert doc.stats_table is None
    assert doc.sections and all(
        not s.quotes for s in doc.sections
    )  # untagged: nothing quotable yet


def test_cli_writes_docx_and_markdown(stocked, tmp_path):
    db, _ = stocked
    out, md = tmp_path / "cli.docx", tmp_path / "cli.md"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            str(db.path),
            "background",
            "--call",
            CALL,
            "--out",
            str(out),
            "--markdown",
            str(md),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "sections" in run.stdout and out.exists() and md.exists()
    assert not any(name.lower() in docx_text(out).lower() for name in CONFIDENTIAL)


def test_sections_follow_the_call_themes_with_their_linked_literature(db, tmp_path):
    from workbench import themes

    stock_call(db, tmp_path / "in")
    themes.refresh(db, CALL, n_themes=2)
    found = themes.list_themes(db, CALL, include_passages=False)
    assert found, "refresh proposes candidate themes"
    note = notes.create_note(
        db,
        {
            "title": "Survivors of conversion practices: a qualitative study",
            "authors": "Okoro, Ada",
            "year": 2022,
        },
        user="test",
    )
    notes.link(db, note["id"], "theme", found[0]["id"], label=found[0]["label"], user="test")
    doc = background.build_background(db, CALL)
    assert [s.kind for s in doc.sections] == ["theme"] * len(found)
    first = next(s for s in doc.sections if s.key == f"theme-{found[0]['id']}")
    assert (
        "Okoro, Ada (2022). Survivors of conversion practices: a qualitative study."
        in first.literature
    )
    text = background.to_markdown(doc)
    assert sum(s.n_submissions for s in doc.sections) >= 5
    assert not any(name.lower() in text.lower() for name in CONFIDENTIAL)


def test_a_theme_named_after_a_withheld_submitter_is_redacted_in_the_section_picker(db, tmp_path):
    # Labels are words of the submissions: a theme can be called by a withheld submitter's name
    # (written in capitals and without accents, too). The page's section picker reads prepare().
    from workbench import themes

    stock_call(db, tmp_path / "in")
    themes.refresh(db, CALL, user="test")
    first = themes.list_themes(db, CALL, include_passages=False, status="all")[0]
    themes.rename(db, first["id"], "HIDDEN VOICES COLLECTIVE", user="test")
    titles = [s["title"] for s in background.prepare(db, CALL, "candidates").sections]
    assert titles and not any("hidden voices" in t.lower() for t in titles)
    doc = background.build_background(db, CALL, draft=background.prepare(db, CALL, "candidates"))
    assert not any("hidden voices" in s.title.lower() for s in doc.sections)
