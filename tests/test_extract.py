"""Extraction: real format from the bytes, text by page, and a clear error for each bad file."""

import shutil

import pdfplumber
import pytest

from workbench.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ScannedDocument,
    UnsupportedFormat,
)
from workbench.extract import extract, sniff
from workbench.ingest import read_file

from .conftest import FIXTURES
from .makedocs import ENGLISH, make_docx, make_pdf, make_pdf_with_table

REAL = FIXTURES / "real"


def real(name):
    return (REAL / name).read_bytes()


def test_docx_named_pdf_is_read_as_docx(tmp_path):
    path = make_docx(tmp_path / "x.docx", ENGLISH)
    disguised = tmp_path / "submission.pdf"
    shutil.copy(path, disguised)
    data = disguised.read_bytes()
    assert sniff(data) == "docx"
    assert "psychiatric diagnosis" in extract(data, "submission.pdf").pages[0]


def test_pdf_text_comes_page_by_page(tmp_path):
    path = make_pdf(tmp_path / "a.pdf", [[ENGLISH[0]], [ENGLISH[1]], [ENGLISH[2]]])
    pages = extract(path.read_bytes(), "a.pdf").pages
    assert len(pages) == 3
    assert "psychiatric" in pages[1] and "psychiatric" not in pages[0]


def test_two_column_pages_keep_column_order_unlike_raw_pdfplumber():
    record = read_file("multicolumn.pdf", real("sample-files__multicolumn.pdf"), ocr=False)
    sentence = "Donec vehicula augue eu neque. Pellentesque habitant morbi tristique senectus"
    assert any(sentence in p["text"] for p in record["passages"])
    with pdfplumber.open(REAL / "sample-files__multicolumn.pdf") as pdf:
        interleaved = pdf.pages[0].extract_text().replace("-\n", "").replace("\n", " ")
    assert sentence not in interleaved


def test_letterhead_is_read_from_large_type(tmp_path):
    path = make_pdf(tmp_path / "l.pdf", [ENGLISH], letterhead="Rainbow Rights Network")
    assert extract(path.read_bytes(), "l.pdf").letterhead == "Rainbow Rights Network"


def test_tracked_deletions_never_leak_and_insertions_are_kept():
    text = extract(real("docxfix__mixed-insert-delete.docx"), "t.docx").pages[0]
    assert "Lorem dolor sit amet ipsum" in text
    assert "ipsum dolor" not in text.split("Lorem")[1][:20]


def test_docx_headers_are_kept_apart_from_the_body(tmp_path):
    path = make_docx(tmp_path / "h.docx", ENGLISH, header="CONFIDENTIAL DRAFT — Coalition header")
    extracted = extract(path.read_bytes(), "h.docx")
    assert "Coalition header" in extracted.header_text
    assert "Coalition header" not in "".join(extracted.pages)


def test_docx_tables_and_page_breaks(tmp_path):
    path = make_docx(
        tmp_path / "t.docx",
        ENGLISH,
        table=[["Year", "Cases"], ["2021", "14"]],
        page_breaks_after=(0,),
    )
    pages = extract(path.read_bytes(), "t.docx").pages
    assert len(pages) == 2
    assert "Year | Cases" in pages[1] and "2021 | 14" in pages[1]


def test_docx_footnotes_and_text_boxes_are_read():
    assert (
        "A tachyon walks into a bar."
        in extract(real("mammoth__footnotes.docx"), "f.docx").pages[-1]
    )
    text_boxes = extract(real("word-extractor__test16.docx"), "tb.docx").pages[0]
    assert "First text box, regular\n" in text_boxes  # python-docx's .text misses it
    assert "A shape with text inside" in text_boxes


def test_docx_with_broken_xml_is_recovered():
    text = extract(real("word-extractor__bad-xml.docx"), "bad.docx").pages[0]
    assert "This text has been inserted, ✻and should be included" in text


@pytest.mark.parametrize(
    "name, error, words",
    [
        ("pdfplumber__password-example.pdf", EncryptedDocument, "password-protected"),
        ("pdfplumber__issue-203-decimalize.pdf", ScannedDocument, "needs OCR"),
        ("word-extractor__test11.doc", UnsupportedFormat, "save it as DOCX or PDF"),
        ("mammoth__empty.docx", EmptyDocument, "no text"),
    ],
)
def test_bad_real_files_get_a_specific_error(name, error, words):
    with pytest.raises(error, match=words) as raised:
        extract(real(name), name, ocr=False)
    assert str(raised.value).startswith(name)


def test_truncated_and_empty_pdfs(tmp_path):
    data = make_pdf(tmp_path / "t.pdf", [ENGLISH] * 3).read_bytes()
    with pytest.raises(CorruptDocument, match="damaged or truncated"):
        extract(data[: len(data) // 3], "t.pdf")
    with pytest.raises(EmptyDocument, match="0 bytes"):
        extract(b"", "empty.pdf")


def test_unknown_bytes_are_unsupported():
    with pytest.raises(UnsupportedFormat, match="PDF or DOCX"):
        extract(bytes(range(256)) * 4, "blob.bin")


def test_tables_of_a_pdf_page_come_as_rows(tmp_path):
    from workbench.extract.tables import page_tables

    rows = [["Indicator", "2021", "2022"], ["Reported attacks", "14", "21"], ["Arrests", "3", "0"]]
    path = make_pdf_with_table(tmp_path / "t.pdf", rows)
    assert page_tables(path.read_bytes(), 1) == [rows]


def test_data_files_are_not_read_as_submissions():
    with pytest.raises(UnsupportedFormat, match="not a written submission"):
        extract(b"source,submitter\na.pdf,X\n", "labels.csv")
    assert extract("Carta de la coalición".encode(), "carta.txt").pages == ["Carta de la coalición"]


def scanned_pdf(path, text):
    """A PDF holding only a picture of typed text, like a scanner makes."""
    from PIL import Image, ImageDraw, ImageFont

    from .conftest import ROOT

    font = ImageFont.truetype(str(ROOT / "corpus" / "fonts" / "DejaVuSans.ttf"), 36)
    image = Image.new("RGB", (1700, 600), "white")
    ImageDraw.Draw(image).multiline_text((80, 80), text, fill="black", font=font, spacing=18)
    image.save(path, "PDF", resolution=200)
    return path


def test_scanned_pdf_is_read_by_ocr_when_tesseract_is_installed(tmp_path):
    from workbench.extract.pdf import ocr_available

    assert ocr_available(), (
        "Tesseract is not installed: apt-get install tesseract-ocr (.ci/run does)"
    )
    data = scanned_pdf(
        tmp_path / "scan.pdf",
        "Submission to the Independent Expert\nconcerning legal gender recognition",
    ).read_bytes()
    with pytest.raises(ScannedDocument, match="needs OCR"):
        extract(data, "scan.pdf", ocr=False)
    extracted = extract(data, "scan.pdf")
    assert "legal gender recognition" in " ".join(extracted.pages[0].split())
    assert extracted.notes and "OCR" in extracted.notes[0]


def test_ocr_reads_a_spanish_scan_with_the_spanish_model(tmp_path):
    text = (
        "Solicitamos que no se mencione el nombre de nuestra organización en el informe.\n"
        "La discriminación por orientación sexual sigue siendo habitual en la región."
    )
    data = scanned_pdf(tmp_path / "es.pdf", text).read_bytes()
    read = " ".join(extract(data, "es.pdf").pages[0].split())
    assert "nuestra organización" in read and "discriminación" in read
