"""REFI-QDA exchange (issue 14): a demo call as a .qdpx that validates against the published
schema and reads back with a maintained parser (pyrefiqda); the codebook alone as .qdc and
back into the call's final themes; the publication rules in the shareable edition."""

import io
import zipfile
from importlib import resources

import pytest
from click.testing import CliRunner
from lxml import etree
from pyrefiqda import RefiCodebook, RefiProject

from corpus.generate import generate
from workbench import ingest, notes, privacy, qda, store, themes
from workbench.cli import cli

from .conftest import FIXTURES

CALL = "demo"
SECRET = "Colectivo Sombra Violeta"  # a name given to a submitter who asks not to be named


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A generated demo call (30 submissions), ingested and tagged, with candidate themes, literature
    notes, one submitter who asks not to be named and one who asks not to be published."""
    folder = tmp_path_factory.mktemp("qda")
    generate(folder / "corpus", n=30, seed=0, style="a")
    db = store.open_db(folder / "wb.db")
    ingest.ingest(db, CALL, [folder / "corpus"], n_workers=2, report_slug="gender-equality")
    themes.refresh(db, CALL, user="test")
    subs = [
        s for s in store.list_submissions(db, CALL, status="ok") if s["confidentiality"] == "public"
    ]
    hidden, secret = subs[0], subs[1]
    store.update_submission(
        db,
        hidden["id"],
        {"submitter": SECRET, "confidentiality": "withhold_name"},
        hidden["version"],
        user="test",
    )
    store.update_submission(
        db, secret["id"], {"confidentiality": "do_not_publish"}, secret["version"], user="test"
    )
    notes.import_references(db, FIXTURES / "zotero" / "library.ris", report_slug="gender-equality")
    [note] = notes.search_notes(db, "conversion therapy")
    passage = store.submission_passages(db, subs[2]["id"])[0]
    notes.link(db, note["id"], "passage", passage["id"], user="test")
    return (
        db,
        folder,
        {
            "hidden": hidden["id"],
            "secret": secret["id"],
            "linked": subs[2]["id"],
            "note": note["title"],
        },
    )


def _schema(name):
    with resources.as_file(resources.files("workbench").joinpath("data", name)) as path:
        return etree.XMLSchema(etree.parse(str(path)))


def _load(path, tmp_path):
    """The project as pyrefiqda reads it, and {source name: its plain text}."""
    extracted = tmp_path / "extracted"
    project = RefiProject.load(path, extract_dir=str(extracted))
    texts = {
        s.name: (extracted / "sources" / s.plain_text_path.removeprefix("internal://")).read_text(
            "utf-8"
        )
        for s in project.sources.text_source
    }
    return project, texts


def _codes(codes, parent=None):
    for code in codes:
        yield code, parent
        yield from _codes(code.code, code)


def test_demo_project_validates_and_round_trips(demo, tmp_path):
    db, _, _ = demo
    out = tmp_path / "demo.qdpx"
    qda.export_project(db, CALL, out, internal=True)
    with zipfile.ZipFile(out) as archive:
        assert _schema("Project-mrt2019.xsd").validate(
            etree.fromstring(archive.read("project.qde"))
        )
    project, texts = _load(out, tmp_path)

    readable = [s for s in store.list_submissions(db, CALL, status="ok") if not s["excluded"]]
    expected_texts = {
        f"{s['id']} {s['submitter'] or s['source']}": "\n\n".join(
            p["text"] for p in store.submission_passages(db, s["id"])
        )
        for s in readable
    }
    assert texts == expected_texts

    codes = {c.guid: c.name for c, _ in _codes(project.code_book.codes.code)}
    listed = themes.list_themes(db, CALL, internal=True)
    assert {t["label"] for t in listed} <= set(codes.values())
    assert {a.replace("_", " ").capitalize() for a in themes.areas()} <= set(codes.values())

    read = {
        (
            s.name,
            codes[c.code_ref.target_guid],
            texts[s.name][sel.start_position : sel.end_position],
        )
        for s in project.sources.text_source
        for sel in s.plain_text_selection
        for c in sel.coding
    }
    by_sub = {s["id"]: f"{s['id']} {s['submitter'] or s['source']}" for s in readable}
    coded = {
        (by_sub[p["submission_id"]], t["label"], p["text"]) for t in listed for p in t["passages"]
    }
    assert coded and coded <= read  # every passage of every theme, at its exact characters


def test_page_starts_are_positions_in_the_text(demo, tmp_path):
    db, _, _ = demo
    out = tmp_path / "pages.qdpx"
    qda.export_project(db, CALL, out, internal=True)
    project, texts = _load(out, tmp_path)
    multi = 0
    for source in project.sources.text_source:
        number = int(source.name.split()[0])
        firsts, passages = {}, store.submission_passages(db, number)
        files = list(dict.fromkeys(p["file"] for p in passages))
        for passage in passages:
            name = (
                f"page {passage['page']}"
                if len(files) == 1
                else f"file {files.index(passage['file']) + 1}, page {passage['page']}"
            )
            firsts.setdefault(name, passage["text"])
        starts = {
            sel.name: sel.start_position for sel in source.plain_text_selection if not sel.coding
        }
        assert set(starts) == set(firsts)
        for page, start in starts.items():
            assert texts[source.name][start:].startswith(firsts[page])
        multi += len(starts) > 1
    assert multi >= 5


def test_shareable_edition_follows_the_publication_rules(demo, tmp_path):
    db, _, ids = demo
    out = tmp_path / "shared.qdpx"
    qda.export_project(db, CALL, out)
    with zipfile.ZipFile(out) as archive:
        everything = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    assert SECRET not in everything
    hidden = store.get_submission(db, ids["hidden"])
    assert hidden["source"] not in everything
    others = {
        p["text"]
        for s in store.list_submissions(db, CALL)
        if s["id"] != ids["secret"]
        for p in store.submission_passages(db, s["id"])
    }
    own = [
        p["text"] for p in store.submission_passages(db, ids["secret"]) if p["text"] not in others
    ]
    assert len(own) >= 3
    assert not [text for text in own if text in everything]  # do not publish: none of its own words
    project, texts = _load(out, tmp_path)
    withheld = [s for s in project.sources.text_source if s.name.startswith("withheld ")]
    # By type and region only ("a civil society organization, Latin America and the Caribbean";
    # a body with no region, such as a UN entity, by its type alone).
    labels = {
        privacy.anonymous_label(s)
        for s in store.list_submissions(db, CALL)
        if s["confidentiality"] != "public"
    }
    assert withheld and {s.name.split(": ", 1)[1] for s in withheld} <= labels
    cases = {c.name: c for c in project.cases.case}
    variables = {v.guid: v.name for v in project.variables.variable}
    for name in (s.name for s in withheld):
        assert "country" not in {
            variables[v.variable_ref.target_guid] for v in cases[name].variable_value
        }
    assert not any(name.startswith(f"{ids['hidden']} ") for name in texts)


def test_notes_go_with_the_project(demo, tmp_path):
    db, _, ids = demo
    out = tmp_path / "notes.qdpx"
    qda.export_project(db, CALL, out, internal=True)
    project, _ = _load(out, tmp_path)
    by_title = {n.name: n for n in project.notes.note}
    assert ids["note"] in by_title and len(by_title) >= 3
    linked = next(s for s in project.sources.text_source if s.name.startswith(f"{ids['linked']} "))
    assert by_title[ids["note"]].guid in {r.target_guid for r in linked.note_ref}


def test_cli_writes_project_and_codebook(demo, tmp_path):
    db, folder, _ = demo
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "--db",
            str(folder / "wb.db"),
            "export-qda",
            "--call",
            CALL,
            "--out",
            str(tmp_path / "c.qdpx"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "sources" in result.output and "publication rules" in result.output
    result = runner.invoke(
        cli,
        [
            "--db",
            str(folder / "wb.db"),
            "export-qda",
            "--call",
            CALL,
            "--out",
            str(tmp_path / "c.qdc"),
            "--codebook-only",
        ],
    )
    assert result.exit_code == 0, result.output
    assert _schema("Codebook-mrt2019.xsd").validate(etree.parse(str(tmp_path / "c.qdc")))
    book = RefiCodebook.load(tmp_path / "c.qdc")
    names = {c.name for c, _ in _codes(book.codes.code)}
    assert {t["label"] for t in themes.list_themes(db, CALL, include_passages=False)} <= names
    bad = tmp_path / "bad.qdc"
    bad.write_text('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>')
    result = runner.invoke(
        cli, ["--db", str(folder / "wb.db"), "import-qdc", "--call", CALL, str(bad)]
    )
    assert result.exit_code == 1 and "not valid REFI-QDA" in result.output


def test_codebook_comes_back_renamed_described_and_nested(tmp_path, demo):
    """A researcher renames a theme, describes it and groups two themes in the QDA program."""
    db, folder, _ = demo
    # A copy of the database: this test changes themes.
    copy = store.open_db(tmp_path / "copy.db")
    db.conn.backup(copy.conn)
    listed = themes.list_themes(copy, CALL, include_passages=False)
    first, second, third = listed[0], listed[1], listed[2]
    book = etree.fromstring(qda.codebook_bytes(copy, CALL))
    ns = {"q": qda.CODEBOOK_NS}
    code = {c.get("name"): c for c in book.iterfind(".//q:Code", ns)}
    code[first["label"]].set("name", "Hostile laws and propaganda bans")
    description = code[first["label"]].find("q:Description", ns)
    description.text = "Laws that ban 'propaganda'; see the mandate's 2023 report."
    group = etree.SubElement(
        book.find("q:Codes", ns),
        f"{{{qda.CODEBOOK_NS}}}Code",
        guid="0f8fad5b-d9cb-469f-a165-70867728950e",
        name="Everyday life",
        isCodable="false",
    )
    group.append(code[second["label"]])
    group.append(code[third["label"]])

    report = qda.import_codebook(copy, CALL, etree.tostring(book), user="test")
    assert "Hostile laws and propaganda bans" in {
        t["label"] for t in themes.list_themes(copy, CALL, include_passages=False)
    }
    assert report.renamed == [(first["label"], "Hostile laws and propaganda bans")]
    assert len(report.accepted) == len(listed)  # the codebook's themes are now the final ones
    assert report.groups == ["Everyday life"]

    again = qda.read_codebook(qda.codebook_bytes(copy, CALL))
    by_name = {c["name"]: c for c in again}
    assert by_name["Hostile laws and propaganda bans"]["description"].startswith("Laws that ban")
    assert by_name[second["label"]]["parent_guid"] == "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert by_name[third["label"]]["parent_guid"] == "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert not by_name["Everyday life"]["codable"]
    assert (
        qda.import_codebook(copy, CALL, qda.codebook_bytes(copy, CALL), user="test").renamed == []
    )
    copy.conn.close()


def test_themes_page_offers_the_project_and_codebook(db_path, tmp_path):
    from .apptest import open_page
    from .test_themes import CALL as PAGE_CALL
    from .test_themes import SUBMISSIONS, build_call

    database = build_call(store.open_db(db_path), tmp_path / "in", SUBMISSIONS[:6])
    themes.refresh(database, PAGE_CALL, n_themes=3)
    app = open_page("themes", timeout=120)
    app.button(key="themes_qda_project").click().run()
    assert not app.exception, app.exception
    name, data = app.session_state["themes_qda_file"]
    assert name == f"{PAGE_CALL}.qdpx"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert _schema("Project-mrt2019.xsd").validate(
            etree.fromstring(archive.read("project.qde"))
        )
    assert app.get("download_button")
    app.button(key="themes_qda_codebook").click().run()
    name, data = app.session_state["themes_qda_file"]
    assert name.endswith(".qdc") and _schema("Codebook-mrt2019.xsd").validate(
        etree.fromstring(data)
    )


def test_control_characters_from_a_pdf_do_not_break_the_xml(db, tmp_path):
    """A passage can carry characters XML cannot hold (a form feed, a NUL from a broken PDF):
    they are left out of the text, and positions are counted on what is written."""
    from .makedocs import make_docx

    make_docx(
        tmp_path / "in" / "sub.docx", ["Introduction", "Conversion practices persist in clinics."]
    )
    ingest.ingest(db, "ctl", [tmp_path / "in"], n_workers=0)
    [sub] = store.list_submissions(db, "ctl")
    passage = store.submission_passages(db, sub["id"])[-1]
    db.conn.execute(
        "update passages set text = ? where id = ?",
        ["Conversion\x0c practices\x00 persist.", passage["id"]],
    )
    out = tmp_path / "ctl.qdpx"
    qda.export_project(db, "ctl", out, internal=True)
    project, texts = _load(out, tmp_path)
    assert "Conversion practices persist." in next(iter(texts.values()))
