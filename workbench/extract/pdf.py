"""PDF text by page through PDFium (fast, right column order), OCR for scans when available."""

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import CorruptDocument, EmptyDocument, EncryptedDocument, ScannedDocument, TooLarge
from . import ExtractedFile, layout
from . import ocr as ocr_engine

MAX_PAGES = 3000
MIN_CHARS_PER_PAGE = 25  # below this on average, a PDF with images is a scan
MIN_LETTER_SHARE = 0.45  # a text layer with fewer letters than this is OCR garbage


def extract_pdf(data, name, ocr=None):
    pdf = _open(data, name)
    try:
        if len(pdf) == 0:
            raise CorruptDocument(
                f"{name}: the PDF has no pages (its page tree is broken): ask the submitter for a fresh copy"
            )
        if len(pdf) > MAX_PAGES:
            raise TooLarge(
                f"{name}: {len(pdf)} pages is over the {MAX_PAGES}-page limit: split the document"
            )
        pages, has_images, letterhead, comments, styled = _page_texts(pdf, name)
        if _is_readable(pages, has_images):
            extracted = ExtractedFile(
                format="pdf", pages=pages, letterhead=letterhead, layout=layout.line_roles(styled)
            )
        else:
            extracted = _without_text_layer(pdf, name, pages, has_images, ocr)
        extracted.parts = _properties(pdf) + comments
        return extracted
    finally:
        pdf.close()


def _open(data, name):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument(
                f"{name}: the PDF is password-protected: ask the submitter for a copy without a password"
            ) from None
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument(
                f"{name}: the PDF uses an unsupported security handler: ask for an unprotected copy"
            ) from None
        raise CorruptDocument(
            f"{name}: the PDF is damaged or truncated and cannot be opened ({error}): ask the submitter for a fresh copy"
        ) from None


def _page_texts(pdf, name):
    """Text of every page in reading order, whether any page carries an image, the
    letterhead (read from page 1's text while it is open), the annotations' notes and each
    page's lines with their font (``_styled_lines``)."""
    texts, has_images, letterhead, comments, styled = [], False, "", [], []
    for index in range(len(pdf)):
        try:
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            styled.append(_styled_lines(textpage, texts[-1]))
            if index == 0:
                letterhead = _letterhead(textpage, texts[0])
            if not has_images:
                has_images = any(
                    True
                    for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
                )
            comments += [("comment", index + 1, text) for text in _annotation_notes(page)]
            textpage.close()
            page.close()
        except pdfium.PdfiumError:
            texts.append("")  # one broken page does not lose the others
            styled.append([])
        del styled[len(texts) :]
    return texts, has_images, letterhead, comments, styled


BOLD = 600  # font weight from which a line is bold
BOLD_NAME = ("bold", "black", "heavy", "semibold", "demi")


def _bold(textpage, index):
    """Whether a character is bold: by its font's weight, else by its name (the standard
    fonts, such as Helvetica-Bold, carry no weight)."""
    weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
    if weight > 0:
        return weight >= BOLD
    return any(word in _font_name(textpage, index).lower() for word in BOLD_NAME)


def _font_name(textpage, index):
    """The name of a character's font ("Helvetica-Oblique", "ABCDEF+TimesNewRoman,Italic")."""
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int(0)
    size = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, ctypes.byref(flags))
    return buffer.raw[: max(min(size, 128) - 1, 0)].decode("latin-1", "replace")


def _styled_lines(textpage, text):
    """(line, font size in points, bold, font name) of a page's lines, read at each line's
    middle character (a note mark or bullet may start it); bold only when its first letter
    is too."""
    lines, offset, matrix = [], 0, pdfium_c.FS_MATRIX()
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            middle = offset + len(line) // 2
            first = (
                offset + next(i for i, c in enumerate(line) if c.isalnum())
                if any(c.isalnum() for c in line)
                else middle
            )
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, middle)
            if pdfium_c.FPDFText_GetMatrix(textpage.raw, middle, matrix):
                size *= (abs(matrix.a * matrix.d - matrix.b * matrix.c)) ** 0.5
            bold = all(_bold(textpage, i) for i in (middle, first))
            lines.append((stripped, size, bold, _font_name(textpage, middle)))
        offset += len(line) + 1
    return lines


def _annotation_notes(page, limit=200):
    """/Contents of a page's annotations: sticky notes, free-text boxes, reviewers' remarks."""
    notes = []
    for index in range(min(pdfium_c.FPDFPage_GetAnnotCount(page.raw), limit)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if annot:
            try:
                notes.append(_annotation_string(annot, b"Contents"))
            finally:
                pdfium_c.FPDFPage_CloseAnnot(annot)
    return [note for note in notes if note.strip()]


def _annotation_string(annot, key):
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key, None, 0)  # bytes, UTF-16LE with terminator
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(
        annot, key, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size
    )
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def _properties(pdf):
    """Title, subject and keywords of the document information dictionary."""
    try:
        metadata = pdf.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return []
    return [
        ("properties", None, metadata[key])
        for key in ("Title", "Subject", "Keywords")
        if metadata.get(key)
    ]


def _is_readable(pages, has_images):
    text = "".join(pages)
    if not has_images:
        return bool(text.strip())
    visible = [c for c in text if not c.isspace()]
    if len(visible) < MIN_CHARS_PER_PAGE * max(1, len(pages)) / 2:
        return False
    # Garbage text layers come from OCR of scans; a born-digital table of figures is fine.
    letters = sum(c.isalpha() for c in visible)
    return letters / len(visible) >= MIN_LETTER_SHARE


def _without_text_layer(pdf, name, pages, has_images, ocr):
    has_some_text = any(p.strip() for p in pages)
    if ocr is not False and ocr_available():
        return _ocr_pdf(pdf, name)
    if has_images and has_some_text:
        raise ScannedDocument(
            f"{name}: scanned PDF whose text layer is unreadable: needs OCR (install Tesseract, or ask for a text PDF)"
        )
    if has_images:
        raise ScannedDocument(
            f"{name}: scanned PDF with no text layer: needs OCR (install Tesseract, or ask for a text PDF)"
        )
    raise EmptyDocument(
        f"{name}: the PDF has {len(pages)} page(s) but no readable text: check that it is the right file"
    )


def _letterhead(textpage, text, max_lines=12):
    """Lines set in a larger font than the body on page 1: usually the sender's letterhead."""
    lines, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            first = offset + (len(line) - len(line.lstrip()))
            lines.append((stripped, pdfium_c.FPDFText_GetFontSize(textpage.raw, first)))
        offset += len(line) + 1
    if not lines:
        return ""
    sizes = sorted(size for _, size in lines)
    body_size = sizes[len(sizes) // 2]
    return "\n".join(t for t, size in lines[:max_lines] if size >= body_size * 1.25)


def ocr_available():
    return ocr_engine.available()


def _ocr_pdf(pdf, name):
    if len(pdf) > ocr_engine.MAX_OCR_PAGES:
        raise ScannedDocument(
            f"{name}: scanned PDF of {len(pdf)} pages, over the {ocr_engine.MAX_OCR_PAGES}-page OCR limit: "
            "ask for a text PDF, or split it"
        )
    images = (pdf[i].render(scale=ocr_engine.OCR_DPI / 72).to_pil() for i in range(len(pdf)))
    pages = ocr_engine.read_pages(images)
    if not "".join(pages).strip():
        raise ScannedDocument(
            f"{name}: scanned PDF in which OCR found no text: check the scan, or ask for a text PDF"
        )
    return ExtractedFile(
        format="pdf",
        pages=pages,
        notes=["text recognised by OCR (Tesseract): check quotes against the original"],
    )


def extract_image(data, name, kind, ocr=None):
    """A photographed or scanned page sent as an image."""
    if ocr is False or not ocr_available():
        raise ScannedDocument(
            f"{name}: an image ({kind}), not a text document: needs OCR (install Tesseract, or ask for a PDF or DOCX)"
        )
    text = _ocr_image_data(data)
    if not text.strip():
        raise ScannedDocument(f"{name}: OCR found no text in this image: ask for a PDF or DOCX")
    return ExtractedFile(format=kind, pages=[text], notes=["text recognised by OCR (Tesseract)"])


def _ocr_image_data(data):
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        return ocr_engine.read_pages([image.convert("RGB")])[0]
