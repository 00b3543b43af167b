"""UN document symbols are recognised in running text and links, and nothing else is."""

import csv
from pathlib import Path

import pytest

from workbench.notes.symbols import base_symbol, find_symbols, note_symbols

from .conftest import FIXTURES


@pytest.mark.parametrize(
    "text, expected",
    [
        ("as noted in A/HRC/47/27, para. 12", ["A/HRC/47/27"]),
        ("his report to the General Assembly (A/75/258).", ["A/75/258"]),
        ("General comment No. 37 (CCPR/C/GC/37)", ["CCPR/C/GC/37"]),
        ("E/CN.4/2006/48 on the right to health", ["E/CN.4/2006/48"]),
        ("resolution A/HRC/RES/17/19 of 2011", ["A/HRC/RES/17/19"]),
        ("resolution 1325 (S/RES/1325 (2000))", ["S/RES/1325"]),
        ("general comment No. 22 (E/C.12/GC/22)", ["E/C.12/GC/22"]),
        ("CEDAW/C/GC/35 and CRC/C/GC/20", ["CEDAW/C/GC/35", "CRC/C/GC/20"]),
        ("Toonen v. Australia, CCPR/C/50/D/488/1992", ["CCPR/C/50/D/488/1992"]),
        ("the UPR report A/HRC/WG.6/39/KEN/1", ["A/HRC/WG.6/39/KEN/1"]),
        ("concluding observations CCPR/C/KEN/CO/4;", ["CCPR/C/KEN/CO/4"]),
        ("the addendum A/HRC/47/27/Add.1.", ["A/HRC/47/27/Add.1"]),
        ("draft resolution A/C.3/75/L.41", ["A/C.3/75/L.41"]),
        ("E/CN.4/Sub.2/2005/10", ["E/CN.4/Sub.2/2005/10"]),
        ("ST/SGB/2019/8 on discrimination", ["ST/SGB/2019/8"]),
        ("https://undocs.org/A/HRC/44/53", ["A/HRC/44/53"]),
        ("https://docs.un.org/en/A/73/152", ["A/73/152"]),
        ("véase A/HRC/38/43 y A/HRC/38/43.", ["A/HRC/38/43"]),
        ("A/HRC/47/27.The next sentence", ["A/HRC/47/27"]),
    ],
)
def test_real_symbols_are_found(text, expected):
    assert find_symbols(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "and/or",
        "A/B testing",
        "S/he said",
        "open 24/7",
        "on 12/05/2021",
        "the A/HRC series",
        "http://example.org/A/75/258",
        "ratio 1/2/3",
        "see footnote a/75/258",
    ],
)
def test_things_that_are_not_symbols(text):
    assert find_symbols(text) == []


def test_addendum_belongs_to_its_report():
    assert base_symbol("A/HRC/47/27/Add.1") == "A/HRC/47/27"
    assert base_symbol("A/HRC/47/27/Add.1/Corr.1") == "A/HRC/47/27"
    assert base_symbol("CCPR/C/GC/37") == "CCPR/C/GC/37"


def test_a_note_is_found_by_its_url_and_citation():
    note = {
        "title": "The law of inclusion",
        "url": "https://undocs.org/A/HRC/47/27",
        "citation": "IE SOGI (2021). The law of inclusion. A/HRC/47/27.",
        "summary": "compare A/73/152",
    }
    assert note_symbols(note) == ["A/HRC/47/27", "A/73/152"]


# ---------------------------------------------------------------- issue 16, point 2

REAL = FIXTURES / "un_symbols" / "real_symbols.csv"
REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"


def real_rows():
    with REAL.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_real_list_is_large_and_comes_from_many_documents():
    rows = real_rows()
    assert len({r["symbol"] for r in rows}) >= 100 and len({r["source"] for r in rows}) >= 20
    assert not any(r["source"].startswith("submissions") for r in rows)


@pytest.mark.parametrize("row", real_rows(), ids=lambda r: f"{r['source'][:30]}:{r['symbol']}")
def test_every_real_symbol_is_read_from_the_text_as_written(row):
    assert row["symbol"] in find_symbols(row["as_written"])


@pytest.mark.skipif(
    not REALWORLD.is_dir(),
    reason="needs the real documents beside the checkout (../shared/realworld: not in the "
    "repository, by their licences); the symbols listed from them are tested above",
)
def test_in_the_real_documents_exactly_the_listed_symbols_are_found():
    from tests.fixtures.un_symbols.collect import real_texts

    expected = {}
    for row in real_rows():
        expected.setdefault(row["source"], set()).add(row["symbol"])
    found = {name: set(find_symbols(text)) for name, text in real_texts(REALWORLD)}
    assert {n: s for n, s in found.items() if s} == expected


@pytest.mark.parametrize(
    "source, text, refused",
    [
        # Council of Europe's Advisory Committee, not a UN series
        (
            "upr-slovenia__A_HRC_WG.6_34_SVN_3_stakeholder_summary_2019.txt",
            "ACFC/OP/IV(2016)005, para. 12",
            "ACFC/OP/IV",
        ),
        # the source dropped "CRC/": no series, no document
        (
            "slovenia-hr-tracker__g0917123.pdf",
            "Committee on the Rights of the Child (C/15/Add.230), para. 63.",
            "C/15/Add.230",
        ),
        (
            "pdfplumber__issue-316-example.pdf",
            "Design/methodology/approach – The paper",
            "Design/methodology/approach",
        ),
        (
            "amnesty__lgbti-rights-page.md",
            "© Beata Zawrzel/NurPhoto/Getty Images",
            "Zawrzel/NurPhoto/Getty",
        ),
        (
            "word-extractor__test07.docx",
            "Role: PI/Researcher/Support/Other",
            "PI/Researcher/Support/Other",
        ),
        # a range broken over two lines is not document 5
        (
            "upr-slovenia__A_HRC_WG.6_34_SVN_2_UN_compilation_2019.txt",
            "para. 7 and CEDAW/C/SVN/CO/5-\n\n    6, para. 40.",
            "CEDAW/C/SVN/CO/5",
        ),
    ],
)
def test_real_readings_that_are_not_documents_are_refused(source, text, refused):
    assert refused not in find_symbols(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("as the Special Rapporteur noted (A/HRC/\n38/43)", ["A/HRC/38/43"]),
        ("as the Special Rapporteur noted (A/HRC/ 38/43)", ["A/HRC/38/43"]),
        ("resolution S/RES/\n1325 (2000)", ["S/RES/1325"]),
        ("concluding observations CEDAW/C/\nMEX/CO/9, para. 22", ["CEDAW/C/MEX/CO/9"]),
        ("concluding observations CEDAW/C/ MEX/CO/9", ["CEDAW/C/MEX/CO/9"]),
        ("CEDAW/C/SVN/CO/5-\n6, para. 40", ["CEDAW/C/SVN/CO/5-6"]),
        ("the addendum A/HRC/38/43/add.1", ["A/HRC/38/43/Add.1"]),
        ("the addendum A/HRC/38/43/Add.\n1", ["A/HRC/38/43/Add.1"]),
        (
            "E/CN.4/sub.2/2005/10 and a/hrc/res/32/2 in a link: https://undocs.org/en/a/hrc/res/32/2",
            ["E/CN.4/Sub.2/2005/10", "A/HRC/RES/32/2"],
        ),
        ("Human Rights Council resolution HRC/RES/32/2 (A/HRC/RES/32/2)", ["A/HRC/RES/32/2"]),
        ("the President's statement PRST/8/1", ["A/HRC/PRST/8/1"]),
        (
            "see A/HRC/38/43 (https://documents.un.org/symbol-explorer?s=A%2FHRC%2F38%2F43&i=A%2FHRC%2F38%2F43_1)",
            ["A/HRC/38/43"],
        ),
        ("66CRC/C/OPAC/SVN/CO/1, para. 11.", ["CRC/C/OPAC/SVN/CO/1"]),  # footnote number glued on
        ("(A/PV.2128./mra. 9)", ["A/PV.2128"]),
        (
            "A\u2044HRC\u204438\u204443 and CEDAW/C/SVN/CO/5\u20116",
            ["A/HRC/38/43", "CEDAW/C/SVN/CO/5-6"],
        ),  # look-alikes
        ("Ref: A/HRC/38/43", ["A/HRC/38/43"]),  # a UN series after "Ref" is kept
        ("resolution No. S/RES/2467 (2019)", ["S/RES/2467"]),
    ],
)
def test_broken_lower_case_and_alias_symbols_are_one_document(text, expected):
    assert find_symbols(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Decree A/123/2020 of the Ministry",
        "Ref: E/1/2",
        "Form S/2/3",
        "Decree A/12/2020",
        "No. S/2021/45",
        "Decreto n° A/75/2020",
        "Loi n° E/2019/4",
        "Указ № S/2020/5",
        "Ref. CAT/12/3",
        "our file HRC/2020/7",
    ],
)
def test_national_references_are_not_un_documents(text):
    assert find_symbols(text) == []


def test_the_alias_and_the_full_symbol_link_to_the_same_document(db, tmp_path):
    from workbench import ingest, notes

    from .makedocs import make_docx

    make_docx(
        tmp_path / "in" / "Coalition.docx",
        [
            "The Council's resolution on the protection of the family (A/HRC/RES/\n32/2) was cited by the "
            "Ministry to refuse registration of our association in 2022."
        ],
    )
    ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    notes.create_note(
        db,
        {
            "title": "Protection against violence and discrimination",
            "url": "https://undocs.org/HRC/RES/32/2",
            "year": 2016,
        },
    )
    entry = notes.symbol_index(db, "c")["A/HRC/RES/32/2"]
    assert (len(entry["notes"]), len(entry["passages"])) == (1, 1)
    assert notes.link_by_symbols(db, "c") == 1
