"""UN document symbols are recognised in running text and links, and nothing else is."""
import pytest

from workbench.notes.symbols import base_symbol, find_symbols, note_symbols


@pytest.mark.parametrize("text, expected", [
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
])
def test_real_symbols_are_found(text, expected):
    assert find_symbols(text) == expected


@pytest.mark.parametrize("text", [
    "and/or", "A/B testing", "S/he said", "open 24/7", "on 12/05/2021", "the A/HRC series",
    "http://example.org/A/75/258", "ratio 1/2/3", "see footnote a/75/258",
])
def test_things_that_are_not_symbols(text):
    assert find_symbols(text) == []


def test_addendum_belongs_to_its_report():
    assert base_symbol("A/HRC/47/27/Add.1") == "A/HRC/47/27"
    assert base_symbol("A/HRC/47/27/Add.1/Corr.1") == "A/HRC/47/27"
    assert base_symbol("CCPR/C/GC/37") == "CCPR/C/GC/37"


def test_a_note_is_found_by_its_url_and_citation():
    note = {"title": "The law of inclusion", "url": "https://undocs.org/A/HRC/47/27",
            "citation": "IE SOGI (2021). The law of inclusion. A/HRC/47/27.", "summary": "compare A/73/152"}
    assert note_symbols(note) == ["A/HRC/47/27", "A/73/152"]
