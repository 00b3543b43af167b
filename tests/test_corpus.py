"""The demo corpus generator writes a labelled, deterministic batch of submissions."""

import csv

import pypdfium2 as pdfium
import pytest

from corpus.generate import COLUMNS, TYPES, generate

REGIONS = {"africa", "asia_pacific", "eastern_europe", "latin_america_caribbean", "weog"}


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    out = tmp_path_factory.mktemp("full")
    return out, generate(out, n=130, seed=0, style="a")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("small")
    return out, generate(out, n=40, seed=3, style="b")


def pdf_text(path):
    doc = pdfium.PdfDocument(str(path))
    try:
        return len(doc), "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_full_corpus_covers_vocabularies(full):
    out, rows = full
    assert len(rows) >= 120
    assert {r["submitter_type"] for r in rows} == set(TYPES)
    assert {r["region"] for r in rows} - {""} == REGIONS
    assert {"en", "es", "fr", "pt", "ru"} <= {r["language"] for r in rows}
    assert {r["scope"] for r in rows} == {"national", "regional", "international"}
    assert {r["confidentiality"] for r in rows} == {"public", "withhold_name", "do_not_publish"}
    assert sum((out / r["source"]).is_dir() for r in rows) >= 8


def test_labels_csv_matches_rows(full):
    out, rows = full
    with open(out / "labels.csv", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        assert [r["source"] for r in reader] == [r["source"] for r in rows]


def test_scope_rules(full):
    _, rows = full
    for r in rows:
        if r["scope"] == "international":
            assert r["country"] == "" and r["region"] == ""
        elif r["scope"] == "regional":
            assert r["country"] == "" and r["region"] in REGIONS
        else:
            assert len(r["country"]) == 3 and r["region"] in REGIONS


@pytest.mark.parametrize("fixture", ["full", "small"])
def test_every_source_exists_and_ok_pdfs_have_text(fixture, request):
    out, rows = request.getfixturevalue(fixture)
    for r in rows:
        path = out / r["source"]
        assert path.exists(), r["source"]
        files = sorted(path.iterdir()) if path.is_dir() else [path]
        for f in files:
            if r["expected_status"] == "ok" and f.read_bytes()[:4] == b"%PDF":
                n, text = pdf_text(f)
                assert n >= 1 and len(text.strip()) > 200, f
        if r["n_pages"] and not path.is_dir():
            assert pdf_text(path)[0] == int(r["n_pages"])


def test_broken_files(full):
    out, rows = full
    by_err = {
        r["expected_error"]: out / r["source"] for r in rows if r["expected_status"] == "error"
    }
    assert set(by_err) == {"truncated", "scanned", "encrypted", "empty", "unsupported"}
    assert by_err["empty"].stat().st_size == 0
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(str(by_err["encrypted"]))
    n, text = pdf_text(by_err["scanned"])
    assert n == 1 and text.strip() == ""
    disguised = [
        r
        for r in rows
        if r["expected_status"] == "ok"
        and r["source"].endswith(".pdf")
        and (out / r["source"]).read_bytes()[:2] == b"PK"
    ]
    assert len(disguised) == 1


def test_russian_pdf_extracts_cyrillic(full):
    out, rows = full
    ru = [
        out / r["source"]
        for r in rows
        if r["language"] == "ru"
        and r["expected_status"] == "ok"
        and r["source"].endswith(".pdf")
        and (out / r["source"]).read_bytes()[:4] == b"%PDF"
    ]
    assert ru
    text = pdf_text(ru[0])[1]
    assert sum("\u0400" <= c <= "\u04ff" for c in text) > 100


def test_deterministic(tmp_path):
    a = generate(tmp_path / "a", n=25, seed=7, style="a")
    b = generate(tmp_path / "b", n=25, seed=7, style="a")
    assert a == b
    assert (tmp_path / "a" / "labels.csv").read_bytes() == (
        tmp_path / "b" / "labels.csv"
    ).read_bytes()
    c = generate(tmp_path / "c", n=25, seed=7, style="b")
    assert {r["submitter"] for r in a} != {r["submitter"] for r in c}
