"""DOCX text in body order (paragraphs and tables), pages from Word's page breaks.

python-docx opens the package; the walk over the XML is our own because python-docx's
``Paragraph.text`` skips text inside tracked insertions, text boxes and content controls.
Deleted text (w:delText) never appears. Headers and footers are kept apart from the body.
Notice parts (headers, footers, notes, comments, text boxes, properties) are read one by
one; a part that cannot be read is skipped, never the file.
"""

import io
import re
import zipfile
import zlib

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..errors import CorruptDocument, EmptyDocument
from . import ExtractedFile, layout

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TAG_T, TAG_TAB, TAG_BR, TAG_CR = f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br", f"{{{W}}}cr"
TAG_P, TAG_TBL, TAG_TR, TAG_TC = f"{{{W}}}p", f"{{{W}}}tbl", f"{{{W}}}tr", f"{{{W}}}tc"
TAG_RENDERED_BREAK, TAG_SDT = f"{{{W}}}lastRenderedPageBreak", f"{{{W}}}sdt"
TAG_PAGE_BREAK_BEFORE = f"{{{W}}}pageBreakBefore"
PAGE_BREAK = "\f"


def extract_docx(data, name):
    body, headers = _open(data, name)
    rendered_breaks = any(True for _ in body.iter(TAG_RENDERED_BREAK))
    text = "\n".join(_blocks(body, rendered_breaks))
    headings = _styled_headings(data, body)
    footnotes = _part_text(data, "word/footnotes.xml") + _part_text(data, "word/endnotes.xml")
    if footnotes.strip():
        text += "\n\n" + footnotes
    pages = [page.strip("\n") for page in text.split(PAGE_BREAK)]
    while len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    if not "".join(pages).strip():
        raise EmptyDocument(
            f"{name}: the Word document has no text: check that it is the right file"
        )
    return ExtractedFile(
        format="docx",
        pages=pages,
        header_text=headers,
        parts=read_notice_parts(data, body),
        layout=[headings] * len(pages),
    )


HEADING_STYLE = re.compile(r"^(heading \d|title|subtitle)$", re.IGNORECASE)
TAG_PSTYLE, TAG_OUTLINE = f"{{{W}}}pStyle", f"{{{W}}}outlineLvl"
VAL = f"{{{W}}}val"


def _styled_headings(data, body):
    """{folded paragraph: "heading"} of the body's paragraphs in a Word heading, title or
    subtitle style, or with an outline level (what the Navigation pane lists)."""
    styles = set(_safely(_heading_styles, data))
    found = {}
    for paragraph in body.iter(TAG_P):
        properties = paragraph.find(f"{{{W}}}pPr")
        if properties is None:
            continue
        style = properties.find(TAG_PSTYLE)
        outline = properties.find(TAG_OUTLINE)
        if (style is not None and style.get(VAL) in styles) or (
            outline is not None and outline.get(VAL, "9") < "9"
        ):
            text = _paragraph_text(paragraph, False).replace(PAGE_BREAK, "").strip()
            if text:
                found[layout.fold(text)] = "heading"
    return found


def _heading_styles(data):
    """Ids of the paragraph styles that are headings: named Heading N, Title or Subtitle (Word
    keeps the English names whatever the language), with an outline level, or based on one."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = _xml(archive, "word/styles.xml")
    if root is None:
        return set()
    based, headings = {}, set()
    for style in root.iter(f"{{{W}}}style"):
        style_id = style.get(f"{{{W}}}styleId")
        name = style.find(f"{{{W}}}name")
        outline = style.find(f"{{{W}}}pPr/{TAG_OUTLINE}")
        parent = style.find(f"{{{W}}}basedOn")
        if parent is not None:
            based[style_id] = parent.get(VAL)
        if (name is not None and HEADING_STYLE.match(name.get(VAL) or "")) or (
            outline is not None and outline.get(VAL, "9") < "9"
        ):
            headings.add(style_id)
    for style_id in list(based):
        if based[style_id] in headings:
            headings.add(style_id)
    return headings


def _open(data, name):
    """The body element and the header/footer text; a document with bad XML is recovered."""
    try:
        document = docx.Document(io.BytesIO(data))
        return document.element.body, _headers_and_footers(document)
    except (PackageNotFoundError, zipfile.BadZipFile) as error:
        raise CorruptDocument(
            f"{name}: the Word document is damaged ({error}): ask the submitter for a fresh copy or a PDF"
        ) from None
    except (etree.XMLSyntaxError, KeyError, ValueError):
        # A missing image or relationship, bad XML, or ISO "strict" namespaces: read the
        # main part directly rather than lose the text.
        return _recover_body(data, name), ""


def _safe_parser():
    """Lenient, but never expands entities (billion laughs), fetches DTDs or lifts size limits."""
    return etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def _recover_body(data, name):
    """Parse word/document.xml leniently, for files whose XML another program broke."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read(_document_part_name(archive))
        if b"<!DOCTYPE" in xml[:4096]:
            # Word never writes a DTD; one here declares entities (a billion-laughs bomb).
            raise CorruptDocument(
                f"{name}: the Word document declares XML entities (a DTD), which Word never writes: not read, it may be an entity-expansion bomb; ask for a fresh copy or a PDF"
            )
        xml = xml.replace(STRICT_W.encode(), W.encode())
        root = etree.fromstring(xml, _safe_parser())
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError) as error:
        raise CorruptDocument(
            f"{name}: the Word document's XML is damaged ({error}): ask for a fresh copy or a PDF"
        ) from None
    body = root.find(f"{{{W}}}body") if root is not None else None
    if body is None:
        raise CorruptDocument(
            f"{name}: the Word document has no body: ask for a fresh copy or a PDF"
        )
    return body


def _document_part_name(archive):
    for candidate in archive.namelist():
        if candidate.endswith("document.xml") and candidate.startswith("word/"):
            return candidate
    raise KeyError("word/document.xml")


def _blocks(container, rendered_breaks):
    """Paragraph and table texts in document order, with page-break marks."""
    for child in container:
        if child.tag == TAG_P:
            yield _paragraph_text(child, rendered_breaks)
        elif child.tag == TAG_TBL:
            yield from _table_rows(child, rendered_breaks)
        elif child.tag == TAG_SDT:
            content = child.find(f"{{{W}}}sdtContent")
            if content is not None:
                yield from _blocks(content, rendered_breaks)


def _table_rows(table, rendered_breaks):
    for row in table.iter(TAG_TR):
        cells = []
        for cell in row.findall(TAG_TC):
            cells.append(
                " ".join(_paragraph_text(p, rendered_breaks) for p in cell.findall(TAG_P)).strip()
            )
        if any(cells):
            yield " | ".join(cells)


def _paragraph_text(paragraph, rendered_breaks):
    parts = []
    if not rendered_breaks and paragraph.find(f"{{{W}}}pPr/{TAG_PAGE_BREAK_BEFORE}") is not None:
        parts.append(PAGE_BREAK)
    for event, element in etree.iterwalk(paragraph, events=("start", "end")):
        if element is not paragraph and element.tag == TAG_P:
            parts.append("\n")  # around a paragraph inside a text box
            continue
        if event == "end" or _inside_fallback(element, paragraph):
            continue
        tag = element.tag
        if tag == TAG_T and element.text:
            parts.append(element.text)
        elif tag == TAG_TAB:
            parts.append("\t")
        elif tag == TAG_CR:
            parts.append("\n")
        elif tag == TAG_BR:
            is_page = element.get(f"{{{W}}}type") == "page"
            parts.append(PAGE_BREAK if is_page and not rendered_breaks else "\n")
        elif tag == TAG_RENDERED_BREAK and rendered_breaks:
            parts.append(PAGE_BREAK)
    return "".join(parts)


def _inside_fallback(element, stop):
    """Text boxes appear twice (DrawingML and a VML fallback): read only the first."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _headers_and_footers(document):
    seen, lines = set(), []
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
        ):
            try:
                text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
            except (KeyError, ValueError):
                continue
            if text and text not in seen:
                seen.add(text)
                lines.append(text)
    return "\n".join(lines)


def _part_text(data, part_name):
    """Text of footnotes or endnotes, which python-docx does not expose."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read(part_name), _safe_parser())
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return ""
    if root is None:
        return ""
    notes = []
    for note in root:
        if note.get(f"{{{W}}}type") in ("separator", "continuationSeparator"):
            continue
        text = " ".join(_paragraph_text(p, False) for p in note.iter(TAG_P)).strip()
        if text:
            notes.append(text)
    return "\n".join(notes)


# ---------------------------------------------------------------- notice parts

HEADER_PART = re.compile(r"^word/(header|footer)\d*\.xml$")
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
CORE_PROPERTIES = (
    f"{{{DC}}}title",
    f"{{{DC}}}subject",
    f"{{{DC}}}description",
    f"{{{CP}}}keywords",
    f"{{{CP}}}category",
    f"{{{CP}}}contentStatus",
)
UNREADABLE_PART = (
    KeyError,
    ValueError,
    TypeError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    etree.XMLSyntaxError,
    CorruptDocument,
)


def read_notice_parts(data, body):
    """(kind, page, text) of every place outside the body text where a notice may sit."""
    found = _safely(_text_boxes, body)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for reader in (_header_footer_parts, _note_parts, _comment_parts, _property_parts):
                found += _safely(reader, archive)
    except UNREADABLE_PART:
        pass
    return found


def _safely(reader, *args):
    """A part whose XML is broken is skipped: it must never cost the file its text."""
    try:
        return list(reader(*args))
    except UNREADABLE_PART:
        return []


def _xml(archive, part_name):
    """The root element of a package part, parsed without entities or DTDs; None if absent."""
    if part_name not in archive.namelist():
        return None
    xml = archive.read(part_name)
    if b"<!DOCTYPE" in xml[:4096]:
        raise CorruptDocument(f"{part_name}: declares a DTD, which Word never writes")
    return etree.fromstring(xml.replace(STRICT_W.encode(), W.encode()), _safe_parser())


def _flat(texts):
    return "\n".join(t.replace(PAGE_BREAK, "\n") for t in texts if t.strip()).strip()


def _text_boxes(body):
    for box in body.iter(f"{{{W}}}txbxContent"):
        if not _inside_fallback(box, None):  # DrawingML and its VML copy: read one
            yield "text_box", None, _flat(_blocks(box, False))


def _header_footer_parts(archive):
    for part_name in sorted(n for n in archive.namelist() if HEADER_PART.match(n)):
        root = _xml(archive, part_name)
        if root is not None:
            yield HEADER_PART.match(part_name).group(1), None, _flat(_blocks(root, False))


def _note_parts(archive):
    for kind, part_name in (("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml")):
        root = _xml(archive, part_name)
        for note in root if root is not None else []:
            if note.get(f"{{{W}}}type") not in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                yield kind, None, _flat(_blocks(note, False))


def _comment_parts(archive):
    """Word comments and their replies (replies are comments too, linked elsewhere)."""
    root = _xml(archive, "word/comments.xml")
    for comment in root if root is not None else []:
        yield "comment", None, _flat(_blocks(comment, False))


def _property_parts(archive):
    """Title, subject, comments (description), keywords, category, status; custom properties
    (a sensitivity label such as "Confidential") as "name: value"."""
    core = _xml(archive, "docProps/core.xml")
    for element in core if core is not None else []:
        if element.tag in CORE_PROPERTIES and element.text:
            yield "properties", None, element.text
    custom = _xml(archive, "docProps/custom.xml")
    for prop in custom if custom is not None else []:
        values = [v.text for v in prop if v.text and v.text.strip()]
        if values and prop.get("name"):
            yield "properties", None, f"{prop.get('name')}: {values[0]}"
