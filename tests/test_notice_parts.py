"""Notice parts: every place a submission holds text reaches the tagger as ``doc.parts``.

Real DOCX, PDF, .eml and ZIP files are built in tmp_path and ingested the way users do;
what detection reads is ``documents.load(db, id).parts``.
"""

import io
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from workbench import ingest
from workbench.clean import clean_pages_keeping_edges
from workbench.extract import extract
from workbench.sources import Unit, path_parts
from workbench.stores.sql import rows
from workbench.tagging import confidentiality, documents

from .makedocs import ENGLISH, make_docx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench" / "requests"))
from build import add_footnote, add_text_box, set_core_property  # noqa: E402


def ingest_and_load(db, path):
    """Ingest ``path`` (file, folder or ZIP) and load every submission it became."""
    report = ingest.ingest(db, "c", [path], n_workers=0)
    assert all(o.status == "ok" for o in report.outcomes), [o.error for o in report.outcomes]
    return [documents.load(db, o.submission_id) for o in report.outcomes]


def kinds(doc):
    """{kind: [texts]} of a Document's parts."""
    found = {}
    for part in doc.parts:
        found.setdefault(part.kind, []).append(part.text)
    return found


def rich_docx(path):
    """A DOCX with a notice in every place Word offers one."""
    document = docx.Document()
    for text in ENGLISH:
        document.add_paragraph(text)
    first = document.paragraphs[0]
    section = document.sections[0]
    section.header.paragraphs[0].text = "Header: not for circulation"
    section.footer.paragraphs[0].text = "Footer: internal draft"
    comment = document.add_comment(
        first.runs[0], text="Comment: please withhold our name", author="A", initials="A"
    )
    comment.add_paragraph("second paragraph of the comment")
    add_footnote(document, first, "Footnote: names withheld at the authors' request")
    add_footnote(document, document.paragraphs[1], "Endnote: do not attribute", kind="endnote")
    add_text_box(document.paragraphs[2], "Text box: CONFIDENTIAL")
    set_core_property(document, "title", "Title: in confidence")
    set_core_property(document, "subject", "Subject: restricted")
    set_core_property(document, "keywords", "Keywords: anonymous")
    set_core_property(document, "comments", "Comments: " + "long " * 80)  # over python-docx's 255
    document.save(str(path))
    return path


def test_every_docx_notice_place_reaches_doc_parts(db, tmp_path):
    [doc] = ingest_and_load(db, rich_docx(tmp_path / "Report_FINAL-v2.docx"))
    found = kinds(doc)
    assert found["header"] == ["Header: not for circulation"]
    assert found["footer"] == ["Footer: internal draft"]
    assert found["comment"] == [
        "Comment: please withhold our name\nsecond paragraph of the comment"
    ]
    assert found["footnote"] == ["Footnote: names withheld at the authors' request"]
    assert found["endnote"] == ["Endnote: do not attribute"]
    assert found["text_box"] == ["Text box: CONFIDENTIAL"]
    assert {"Title: in confidence", "Subject: restricted", "Keywords: anonymous"} <= set(
        found["properties"]
    )
    assert any(
        text.startswith("Comments: long long") and len(text) > 300 for text in found["properties"]
    )
    assert found["file_name"] == ["Report FINAL v2"]
    part = next(p for p in doc.parts if p.kind == "file_name")
    assert part == documents.Part("file_name", "Report_FINAL-v2.docx", None, "Report FINAL v2")


def test_body_pages_are_parts_too_and_all_pages_still_works(db, tmp_path):
    [doc] = ingest_and_load(db, make_docx(tmp_path / "plain.docx", ENGLISH, page_breaks_after=(0,)))
    body = [p for p in doc.parts if p.kind == "body"]
    assert [(p.file, p.page, p.text) for p in body] == doc.all_pages
    assert len(body) == 2 and all(p.kind in documents.PART_KINDS for p in doc.parts)


def body_lines():
    """24 different lines of body text."""
    words = " ".join(ENGLISH * 3).split()
    return [" ".join(words[i : i + 12]) for i in range(0, 24 * 12, 12)]


def three_page_pdf(path, header=None, footer=None, title=None, note=None):
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    if title:
        pdf.setTitle(title)
        pdf.setSubject("Subject of the PDF")
        pdf.setKeywords("keywords of the PDF")
    for number in range(1, 4):
        pdf.setFont("Helvetica", 8)
        if header:
            pdf.drawString(60, height - 30, header)
        pdf.setFont("Helvetica", 11)
        for line, text in enumerate(body_lines()[number * 8 - 8 : number * 8]):
            pdf.drawString(60, height - 80 - 16 * line, text)
        pdf.setFont("Helvetica", 8)
        if footer:
            pdf.drawString(60, 40, footer)  # drawn after the body: PDFium reads in drawing order
        pdf.drawString(width / 2, 25, f"Page {number} of 3")
        if note and number == 2:
            pdf.textAnnotation(note, Rect=(60, 300, 80, 320), relative=0)
        pdf.showPage()
    pdf.save()
    return path


def test_a_running_header_removed_by_cleaning_is_kept_as_a_part(db, tmp_path):
    path = three_page_pdf(
        tmp_path / "s.pdf", header="CONFIDENTIAL", footer="Please do not publish - draft 3"
    )
    [doc] = ingest_and_load(db, path)
    assert all("CONFIDENTIAL" not in text for _, _, text in doc.all_pages)  # cleaning removed it
    running = [p for p in doc.parts if p.kind.startswith("running_")]
    assert [(p.kind, p.page, p.text) for p in running] == [
        ("running_header", 1, "CONFIDENTIAL"),
        ("running_footer", 1, "Please do not publish - draft 3"),
    ]
    assert not any(
        "Page 1 of 3" in p.text for p in doc.parts if p.kind != "body"
    )  # bare page numbers carry nothing


def test_pdf_metadata_and_sticky_notes_are_parts(db, tmp_path):
    path = three_page_pdf(
        tmp_path / "m.pdf", title="Confidential input", note="Sticky note: do not name us"
    )
    [doc] = ingest_and_load(db, path)
    found = kinds(doc)
    assert {"Confidential input", "Subject of the PDF", "keywords of the PDF"} <= set(
        found["properties"]
    )
    assert [(p.page, p.text) for p in doc.parts if p.kind == "comment"] == [
        (2, "Sticky note: do not name us")
    ]


def cover_email(path, body):
    message = EmailMessage()
    message["From"] = "Ana <ana@example.org>"
    message["To"] = "registry@example.org"
    message["Subject"] = "Our input (in confidence)"
    message.set_content(body)
    message.add_attachment(
        b"x", maintype="application", subtype="octet-stream", filename="annex.docx"
    )
    path.write_bytes(bytes(message))
    return path


def test_a_cover_email_and_the_path_names_of_a_zipped_folder_are_parts(db, tmp_path):
    folder = tmp_path / "make" / "Private-Submission_OrgX"
    folder.mkdir(parents=True)
    cover_email(
        folder / "cover.eml", "Dear colleagues,\n\nPlease keep our name out of the report.\n\nAna"
    )
    make_docx(folder / "input.docx", ENGLISH)
    archive = tmp_path / "Batch_do-not-share.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in folder.iterdir():
            zipped.write(path, f"Private-Submission_OrgX/{path.name}")
        zipped.write(
            folder / "input.docx", "other/loose.docx"
        )  # two entries: the folder is not looked through
    docs = ingest_and_load(db, archive)
    doc = next(d for d in docs if any(p.kind == "cover_email" for p in d.parts))
    found = kinds(doc)
    [email] = found["cover_email"]
    assert email.startswith(
        "From: Ana <ana@example.org>\nTo: registry@example.org\nSubject: Our input (in confidence)"
    )
    assert "Please keep our name out of the report." in email and "Attachments: annex.docx" in email
    assert found["zip_name"] == ["Batch do not share"]
    assert found["folder_name"] == ["Private Submission Org X"]
    assert set(found["file_name"]) == {"cover", "input"}
    assert next(p for p in doc.parts if p.kind == "folder_name").file == ""
    assert any(
        "Please keep our name" in text for _, _, text in doc.all_pages
    )  # the e-mail is read as a page too


def test_a_text_file_that_is_a_printed_email_is_a_cover_email(db, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(
        "De : Claire Moreau\nÀ : registre@example.org\nObjet : contribution\n\nMerci de ne pas publier.\n",
        encoding="utf-8",
    )
    [doc] = ingest_and_load(db, path)
    assert kinds(doc)["cover_email"][0].startswith("De : Claire Moreau")
    plain = tmp_path / "plain.txt"
    plain.write_text(
        "Our findings.\nFrom: the survey of 2023, to the ministry.\n", encoding="utf-8"
    )
    assert "cover_email" not in kinds(ingest_and_load(db, plain)[0])


def test_a_broken_comments_part_is_skipped_and_the_file_is_still_read(tmp_path):
    good = rich_docx(tmp_path / "good.docx").read_bytes()
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(broken, "w") as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "word/comments.xml":
                data = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:comments>&a;'
            target.writestr(entry, data)
    extracted = extract(broken.getvalue(), "broken.docx")
    found = {part.kind for part in extracted.parts}
    assert "comment" not in found and {"header", "footnote", "text_box", "properties"} <= found
    assert extracted.pages and "Footnote" in extracted.pages[-1]


def test_notice_parts_go_with_their_submission(db, tmp_path):
    path = three_page_pdf(tmp_path / "s.pdf", header="CONFIDENTIAL")
    [doc] = ingest_and_load(db, path)
    three_page_pdf(path, header="Confidential draft")  # a revised file replaces it
    [doc2] = ingest_and_load(db, path)
    assert kinds(doc)["running_header"] == ["CONFIDENTIAL"] and kinds(doc2)["running_header"] == [
        "Confidential draft"
    ]
    stored = rows(db, "select submission_id from notice_parts")
    assert {row["submission_id"] for row in stored} == {
        doc2.submission_id
    }  # the old file's parts went with it


def test_removed_running_lines_keep_their_first_page():
    pages = [
        "Intro\nbody one\nmore one\nCONFIDENTIAL 1",
        "Intro\nbody two\nmore two\nCONFIDENTIAL 2",
        "Intro\nbody 3\nx\n3",
    ]
    cleaned, removed = clean_pages_keeping_edges(pages)
    assert removed == [("running_header", 1, "Intro"), ("running_footer", 1, "CONFIDENTIAL 1")]
    assert all("Intro" not in page for page in cleaned)


def test_path_parts_name_file_folder_and_zip():
    unit = Unit("in.zip/DoNotPublish_Org", [("a/Cover-Letter.pdf", "x")])
    assert path_parts(unit) == [
        ("zip_name", None, "in"),
        ("folder_name", None, "Do Not Publish Org"),
        ("folder_name", None, "a"),
        ("file_name", "a/Cover-Letter.pdf", "Cover Letter"),
    ]
    assert path_parts(Unit("CONFIDENTIAL.v2.docx", [("CONFIDENTIAL.v2.docx", "x")])) == [
        ("file_name", "CONFIDENTIAL.v2.docx", "CONFIDENTIAL v2")
    ]


def test_an_html_only_or_latin1_email_is_read():
    html = (
        b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Aporte\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"<html><head><style>p{}</style></head><body><p>Por favor, no publiquen nuestro nombre.</p>"
        b"<p>Gracias, Mar\xeda</p></body></html>"
    )
    extracted = extract(html, "aporte.eml")
    [part] = extracted.parts
    assert part.kind == "cover_email" and part.page == 1
    assert "Subject: Aporte" in part.text and "Por favor, no publiquen nuestro nombre." in part.text
    assert "María" in extracted.pages[0] and "p{}" not in extracted.pages[0]


def test_a_header_on_two_lines_is_one_part_and_its_request_is_read(db, tmp_path):
    """A request wrapped over a two-line running header ("… do not name" / "our organisation")
    is read as one text: line by line, neither half asks for anything."""
    pdf_path = tmp_path / "two-line-header.pdf"
    pdf = canvas.Canvas(str(pdf_path), pagesize=A4)
    width, height = A4
    for number in range(1, 4):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(60, height - 30, "Shadow input on SOGI, 2026 - we ask you not to name")
        pdf.drawString(60, height - 40, "our association or its members in any report")
        pdf.setFont("Helvetica", 11)
        for line, text in enumerate(body_lines()[number * 8 - 8 : number * 8]):
            pdf.drawString(60, height - 80 - 16 * line, text)
        pdf.showPage()
    pdf.save()
    [doc] = ingest_and_load(db, pdf_path)
    headers = [p.text for p in doc.parts if p.kind == "running_header"]
    assert headers == [
        "Shadow input on SOGI, 2026 - we ask you not to name\n"
        "our association or its members in any report"
    ]
    assert confidentiality.detect(doc).value == "withhold_name"
