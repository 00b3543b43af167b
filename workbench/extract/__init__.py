"""Turn one file's bytes into text by page. No side effects: bytes in, pages out.

``sniff`` reads the real format from the bytes (a DOCX named .pdf is read as DOCX);
``extract`` dispatches to a short extractor per format. Every failure raises an
``ExtractionError`` whose message says what is wrong and what to do.
"""

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import NamedTuple

from ..errors import CorruptDocument, EmptyDocument, TooLarge, UnsupportedFormat
from . import zipguard

MAX_FILE_BYTES = 200 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text", ".md")
EMAIL_SUFFIXES = (".eml",)


MAX_PARTS = 2000  # notice parts kept per file: a hostile file cannot flood the store
MAX_PART_CHARS = 20000  # characters kept per notice part


class NoticePart(NamedTuple):
    """Text outside the body where a submitter may write a notice about the whole document.

    kind: header, footer, footnote, endnote, comment, text_box, properties, cover_email
    (cleaning adds running_header and running_footer); page: 1-based, or None."""

    kind: str
    page: object
    text: str


@dataclass
class ExtractedFile:
    format: str
    pages: list  # one string per page, 1-based by position
    header_text: str = ""  # running headers/footers known from the file's structure
    letterhead: str = ""  # large-font lines at the top of the first page
    notes: list = field(default_factory=list)  # e.g. "text recognised by OCR"
    parts: list = field(default_factory=list)  # NoticePart: read before any cleaning
    # What the file's layout says of its lines, per page: {line folded: "heading" | "note"}
    # (a PDF's larger or bold lines, its small-font notes at a page's foot; Word's heading
    # styles). workbench/passages.py reads it beside the text's own cues.
    layout: list = field(default_factory=list)


def notice_parts(found):
    """NoticeParts from (kind, page, text), blank ones dropped, repeats once, sizes bounded."""
    kept, seen = [], set()
    for kind, page, text in found:
        text = (text or "").strip()[:MAX_PART_CHARS]
        if text and (kind, text) not in seen and len(kept) < MAX_PARTS:
            seen.add((kind, text))
            kept.append(NoticePart(kind, page, text))
    return kept


ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

IMAGE_MAGICS = {
    b"\x89PNG": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"GIF8": "gif",
}


def _zip_kind(data):
    """docx, odt, xlsx, pptx, or zip (an archive of other files)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mime = _read_head(archive, "mimetype", 80).decode("ascii", "replace")
                if "opendocument.text" in mime:
                    return "odt"
            if any(n.endswith("word/document.xml") or n == "word/document.xml" for n in names):
                return "docx"
            if "[Content_Types].xml" in names:
                content_types = _read_head(archive, "[Content_Types].xml", 64 * 1024)
                if b"wordprocessingml.document.main" in content_types:
                    return "docx"
                if b"spreadsheetml" in content_types:
                    return "xlsx"
                if b"presentationml" in content_types:
                    return "pptx"
            return "zip"
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ):
        return "broken_zip"


def _read_head(archive, part, limit):
    """At most ``limit`` bytes of a part: never inflate a whole (possibly bomb) part to sniff it."""
    with archive.open(part) as stream:
        return stream.read(limit)


def sniff(data):
    """The real format of ``data``: pdf, docx, zip, text, or a name for an unsupported one."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(OLE_MAGIC):
        return "doc"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    for magic, kind in IMAGE_MAGICS.items():
        if head.startswith(magic):
            return kind
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _looks_like_text(head):
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # a character cut at the end of the sample is fine
            return False
    return True


UNSUPPORTED = {
    "doc": "a legacy Word 97-2003 .doc file, which cannot be read reliably: open it in Word or LibreOffice and save it as DOCX or PDF",
    "rtf": "an RTF file: open it in Word or LibreOffice and save it as DOCX or PDF",
    "odt": "an OpenDocument text (.odt) file: save it as DOCX or PDF",
    "xlsx": "a spreadsheet, not a written submission: save the relevant sheet as PDF, or attach it to a submission folder as an annex in PDF",
    "pptx": "a presentation: save it as PDF",
    "broken_zip": "a damaged ZIP/DOCX container (its directory cannot be read): ask the submitter for a fresh copy, or open and re-save it as DOCX or PDF",
    "unknown": "not a format the workbench reads (PDF, DOCX or plain text): save it as PDF or DOCX",
}


def extract(data, name, ocr=None):
    """Extract ``data`` (the bytes of the file called ``name``) into an ExtractedFile."""
    if len(data) == 0:
        raise EmptyDocument(
            f"{name}: the file is empty (0 bytes): ask the submitter to send it again"
        )
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(
            f"{name}: {len(data) / 1e6:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB limit per file: split it or compress its images"
        )
    extracted = _extract(data, name, ocr)
    from .mail import email_parts

    extracted.parts = notice_parts(list(extracted.parts) + email_parts(extracted))
    return extracted


def _extract(data, name, ocr):
    kind = sniff(data)
    if kind == "pdf":
        return _extract_pdf(data, name, ocr)
    if kind == "docx":
        from .docx import extract_docx

        zipguard.check(data, name)  # before python-docx reads whole parts into memory
        return extract_docx(data, name)
    if name.lower().endswith(EMAIL_SUFFIXES) and kind in ("text", "unknown"):
        from .mail import extract_eml

        return extract_eml(data, name)
    if kind == "text":
        if not name.lower().endswith(TEXT_SUFFIXES):
            raise UnsupportedFormat(
                f"{name}: a data or markup file, not a written submission: send the document as PDF or DOCX (plain .txt is read too)"
            )
        return _extract_text(data, name)
    if kind in IMAGE_MAGICS.values():
        from .pdf import extract_image

        return extract_image(data, name, kind, ocr=ocr)
    raise UnsupportedFormat(f"{name}: {UNSUPPORTED.get(kind, UNSUPPORTED['unknown'])}")


def _extract_pdf(data, name, ocr):
    from pypdfium2 import PdfiumError

    from .pdf import extract_pdf

    try:
        return extract_pdf(data, name, ocr=ocr)
    except PdfiumError as error:  # a broken page or object PDFium gave up on, anywhere in the file
        raise CorruptDocument(
            f"{name}: the PDF is damaged ({error}): ask the submitter for a fresh copy"
        ) from None


def _extract_text(data, name):
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    if not text.strip():
        raise EmptyDocument(
            f"{name}: the text file has no text: ask the submitter to send the document again"
        )
    return ExtractedFile(format="text", pages=text.split("\f"))
