"""Real submission files that carry a benchmark item's text in its placement.

Each item becomes one submission (a loose file, or a folder for a cover e-mail) around the
neutral three-page text of its language (neutral.py): DOCX made with python-docx (its
comments, footnotes, text boxes, properties and header/footer parts), PDF made with
reportlab (running lines drawn on every page, metadata), an .eml, or a file name.
Placements both formats can carry alternate between them by the item's id.
"""

import copy
import hashlib
import re
from dataclasses import dataclass, field
from email.message import EmailMessage

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part as DocxPart
from docx.oxml import parse_xml
from neutral import text as neutral_text
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PLACEMENTS = (
    "body",
    "first_line",
    "running_header",
    "running_footer",
    "footnote",
    "word_comment",
    "cover_email",
    "signature_block",
    "doc_properties",
    "file_name",
    "text_box",
    "last_page",
)
EITHER_FORMAT = {
    "body",
    "first_line",
    "running_header",
    "running_footer",
    "signature_block",
    "last_page",
    "doc_properties",
    "file_name",
}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
EMAIL_LINES = {
    "en": ("Dear colleagues,", "Please find attached our input to the call for contributions."),
    "es": ("Estimados colegas:", "Adjuntamos nuestro aporte a la convocatoria."),
    "fr": ("Chers collègues,", "Veuillez trouver ci-joint notre contribution à l'appel."),
    "pt": ("Prezados colegas,", "Segue em anexo a nossa contribuição ao chamado."),
    "ru": ("Уважаемые коллеги!", "Направляем вам наши материалы к призыву."),
    "ar": ("الزملاء الأعزاء،", "تجدون مرفقا مساهمتنا في الدعوة."),
    "zh": ("尊敬的同事：", "随函附上我们对征集意见的材料。"),
    "de": ("Liebe Kolleginnen und Kollegen,", "anbei erhalten Sie unseren Beitrag zum Aufruf."),
}


@dataclass
class Layout:
    """A three-page submission: paragraphs per page, running lines, and extra parts."""

    lang: str
    pages: list
    header: str = ""
    footer: str = ""
    footnote: str = ""
    comment: str = ""
    text_box: str = ""
    properties: dict = field(default_factory=dict)
    uid: str = ""  # written where no reader looks, so no two built files are identical


def base_layout(lang):
    body = neutral_text(lang)
    p = body["paragraphs"]
    return Layout(
        lang, [[body["title"], p[0], p[1]], [p[2], p[3]], [p[4], body["closing"], *body["sender"]]]
    )


def chooser(item_id):
    return int(hashlib.sha256(item_id.encode()).hexdigest()[:8], 16)


def build(item, folder, index):
    """Write the item's submission under ``folder``; return its source label and the placement used."""
    placement = item["placement"] if item["placement"] in PLACEMENTS else "body"
    pick = chooser(item["id"])
    fmt = "pdf" if placement in EITHER_FORMAT and pick % 2 == 0 else "docx"
    if ARABIC.search(item["text"]) and re.search("[A-Za-z]", item["text"]):
        fmt = "docx"  # reportlab has no bidi: Arabic mixed with Latin would be drawn out of order
    layout = base_layout(item["lang"])
    layout.uid = f"bench-{index}"
    text = item["text"]
    stem = f"submission_{index:04d}"
    if placement == "cover_email":
        return _cover_email(item, layout, folder / stem), placement
    if placement == "file_name":
        # A name written with its extension ("…_final.docx") gets that format.
        named = re.search(r"\.(pdf|docx)$", text, re.IGNORECASE)
        fmt = named.group(1).lower() if named else fmt
        text = text[: named.start()] if named else text
        stem = _unique_stem(folder, file_stem(text, underscores=pick % 4 < 2), fmt)
    else:
        place(layout, placement, text, pick)
    path = folder / f"{stem}.{fmt}"
    (make_pdf if fmt == "pdf" else make_docx)(layout, path)
    return path.name, placement


def placed_text(item):
    """The item's text as the built file holds it (a file name loses its extension)."""
    if item["placement"] == "file_name":
        return re.sub(r"\.(pdf|docx)$", "", item["text"], flags=re.IGNORECASE)
    return item["text"]


def place(layout, placement, text, pick=0):
    """Put ``text`` where ``placement`` says in the layout."""
    pages = layout.pages
    if placement == "body":
        pages[1].insert(1, text)
    elif placement == "first_line":
        pages[0].insert(0, text)
    elif placement == "last_page":
        pages[-1].insert(1, text)
    elif placement == "signature_block":
        pages[-1].append(text)
    elif placement == "running_header":
        layout.header = text
    elif placement == "running_footer":
        layout.footer = text
    elif placement in ("footnote", "word_comment", "text_box"):
        setattr(layout, {"word_comment": "comment"}.get(placement, placement), text)
    elif placement == "doc_properties":
        layout.properties[("title", "subject", "comments", "keywords")[pick // 2 % 4]] = text


def file_stem(text, underscores=False):
    """A file name a submitter could have typed: no path or reserved characters, ≤ 150 bytes."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text)
    stem = " ".join(stem.split()).strip(". ")
    if underscores:
        stem = stem.replace(" ", "_")
    while len(stem.encode("utf-8")) > 150:
        stem = stem[:-1]
    return stem or "document"


def _unique_stem(folder, stem, fmt):
    candidate, n = stem, 2
    while (folder / f"{candidate}.{fmt}").exists():
        candidate, n = f"{stem} ({n})", n + 1
    return candidate


# ---------------------------------------------------------------- DOCX


def make_docx(layout, path):
    document = docx.Document()
    for number, paragraphs in enumerate(layout.pages):
        if number:
            document.add_page_break()
        for text in paragraphs:
            document.add_paragraph(text)
    first = document.paragraphs[1]  # the first paragraph of body text
    if layout.header:
        document.sections[0].header.paragraphs[0].text = layout.header
    if layout.footer:
        document.sections[0].footer.paragraphs[0].text = layout.footer
    if layout.comment:
        document.add_comment(first.runs[0], text=layout.comment, author="Reviewer", initials="R")
    if layout.footnote:
        add_footnote(document, first, layout.footnote)
    if layout.text_box:
        add_text_box(first, layout.text_box)
    for key, value in layout.properties.items():
        set_core_property(document, key, value)
    document.core_properties.identifier = layout.uid
    document.save(str(path))
    return path


def add_footnote(document, paragraph, text, kind="footnote"):
    """A footnote (or endnote) part written by hand (python-docx has none) and its reference
    in ``paragraph``."""
    w = f'xmlns:w="{W_NS}"'
    xml = (
        f"<w:{kind}s {w}>"
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:id="1"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {_xml_text(text)}</w:t>'
        f"</w:r></w:p></w:{kind}></w:{kind}s>"
    )
    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
    part = DocxPart(
        PackURI(f"/word/{kind}s.xml"), content_type, xml.encode("utf-8"), document.part.package
    )
    document.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    paragraph._p.append(
        parse_xml(
            f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:{kind}Reference w:id="1"/></w:r>'
        )
    )


def add_text_box(paragraph, text):
    """A VML text box anchored in ``paragraph`` (the form Word reads in every version)."""
    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
            '<v:shape id="box1" style="position:absolute;margin-left:300pt;margin-top:0;width:180pt;height:90pt">'
            f'<v:textbox><w:txbxContent><w:p><w:r><w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r></w:p>'
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )


def set_core_property(document, key, value):
    """A core property of any length (python-docx refuses over 255 characters; Word does not)."""
    properties = document.core_properties
    if len(value) <= 255:
        setattr(properties, key, value)
        return
    setattr(properties, key, value[:10])
    tag = {
        "title": "dc:title",
        "subject": "dc:subject",
        "comments": "dc:description",
        "keywords": "cp:keywords",
    }[key]
    properties._element.find(
        tag,
        properties._element.nsmap
        | {"dc": "http://purl.org/dc/elements/1.1/", "cp": properties._element.nsmap.get("cp")},
    ).text = value


def _xml_text(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- PDF


def _fonts():
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT_FILE))
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def make_pdf(layout, path):
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setCreator(layout.uid)
    width, height = A4
    for key, value in layout.properties.items():
        {
            "title": pdf.setTitle,
            "subject": pdf.setSubject,
            "keywords": pdf.setKeywords,
            "comments": pdf.setSubject,
        }[key](value)
    for number, paragraphs in enumerate(layout.pages, 1):
        if layout.header:
            _draw_lines(pdf, wrap(layout.header, 110), height - 30, size=8)
        y = height - 70
        for paragraph in paragraphs:
            y = _draw_lines(pdf, wrap(paragraph, 85), y) - 10
        footer_lines = wrap(layout.footer, 110) if layout.footer else []
        _draw_lines(
            pdf,
            footer_lines + [f"{number} / {len(layout.pages)}"],
            30 + 10 * len(footer_lines),
            size=8,
        )
        pdf.showPage()
    pdf.save()
    return path


def _draw_lines(pdf, lines, y, size=11):
    for line in lines:
        pdf.setFont("STSong-Light" if CJK.search(line) else "DejaVu", size)
        pdf.drawString(60, y, visual(line))
        y -= size + 3
    return y


def wrap(text, width):
    """Lines of at most ``width`` characters (half as many for CJK, which has no spaces)."""
    if CJK.search(text):
        step = width // 2
        return [text[i : i + step] for i in range(0, len(text), step)] or [""]
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return lines + [current] if current else lines


MIRROR = str.maketrans("()[]{}«»", ")(][}{»«")
DIGITS_AND_LATIN = (
    "A-Za-z0-9\u0660-\u0669\u06f0-\u06f9"  # Arabic-Indic digits run left to right too
)
LTR_RUN = re.compile(
    rf"[{DIGITS_AND_LATIN}][{DIGITS_AND_LATIN} .,:%/@\-]*[{DIGITS_AND_LATIN}]|[{DIGITS_AND_LATIN}]"
)


def visual(line):
    """Arabic drawn in visual order, as a PDF made by a word processor holds it: PDFium reads
    it back in logical order. reportlab itself draws characters left to right."""
    if not ARABIC.search(line):
        return line
    return LTR_RUN.sub(lambda m: m.group(0)[::-1], line[::-1].translate(MIRROR))


# ---------------------------------------------------------------- cover e-mail


def _cover_email(item, layout, folder):
    """A folder: the cover e-mail carrying the text, and the submission (DOCX) beside it.

    A text the writer gave as a whole e-mail (From/To/Subject lines, then the body) becomes
    that e-mail's own headers and body; a text with headers in another language is the body
    as written (a forwarded message); any other text sits in a short covering note."""
    folder.mkdir(parents=True)
    layout.uid += "-attachment"
    make_docx(copy.deepcopy(layout), folder / "submission.docx")
    body = neutral_text(item["lang"])
    headers = {
        "From": f"{body['sender'][0]} <coordination@rainbow-network.example.org>",
        "To": "registry@ohchr.example.org",
        "Subject": body["title"][:120],
    }
    given, rest = _header_block(item["text"])
    if given and set(given) <= {"from", "to", "cc", "subject", "date"}:
        headers.update(
            {
                key.capitalize(): value
                for key, value in given.items()
                if key in ("from", "to", "subject")
            }
        )
        text = rest
    elif given:
        text = item["text"]
    else:
        greeting, attached = EMAIL_LINES.get(item["lang"], EMAIL_LINES["en"])
        text = f"{greeting}\n\n{attached}\n\n{item['text']}\n\n{body['closing']}\n{body['sender'][0]}\n"
    (folder / "message.eml").write_bytes(_message(headers, text))
    return folder.name


HEADER_LINE = re.compile(r"^([^\s:：]{1,25})\s*[:：]\s*(.*)$")


def _header_block(text):
    """({label: value}, body) when the text opens with e-mail header lines, else ({}, text)."""
    head, _, rest = text.partition("\n\n")
    lines = head.splitlines()
    matches = [HEADER_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(matches):
        return {}, text
    return {m.group(1).lower(): m.group(2) for m in matches}, rest


def _message(headers, text):
    message = EmailMessage()
    for key, value in headers.items():
        try:
            message[key] = value
        except (
            ValueError,
            TypeError,
        ):  # a display name the e-mail parser refuses: keep the default
            message[key] = (
                "coordination@rainbow-network.example.org" if key != "Subject" else "Input"
            )
    message.set_content(text)
    return bytes(message)
