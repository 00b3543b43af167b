"""Document structure: what role each passage plays (body text or not), and why.

Roles:
- ``body``: what the submission says; the only passages clustered and quoted;
- ``heading``: a section title (also kept as the ``section`` of the passages after it);
- ``front_matter``: cover and title page, table of contents, UN masthead, publication and
  copyright lines;
- ``footnote_reference``: footnotes, endnotes, reference lists, annex lists;
- ``contact_signature``: contact blocks (e-mail, phone, address) and signatures;
- ``procedural``: formulas (opening, closing, thanks, confidentiality...) — decided when
  themes are proposed (workbench/themes/procedural.py), because one of its signals needs
  the whole call;
- ``echoed_question``: the call's own questions repeated by a submitter — also decided then,
  against the questionnaire the call holds.

``classify(passages)`` runs at ingest, in the worker, on the passages of one file
(workbench/passages.py already marks headings, contents lines and Word notes); the reason
is a rule's description, never the passage's words (a reason must not carry a
confidential submitter's name).
"""

import re

from . import callscope, store
from .passages import CAPTION

BODY = "body"
ROLES = (
    BODY,
    "heading",
    "front_matter",
    "footnote_reference",
    "contact_signature",
    "procedural",
    "echoed_question",
)
# themes/procedural.py kinds -> roles: where a formula found at refresh belongs
PROCEDURAL_ROLE = {
    "signature": "contact_signature",
    "address": "contact_signature",
    "title": "front_matter",
    "heading": "heading",
    "echoed_question": "echoed_question",
}


def _any(*patterns):
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


PUBLICATION = _any(
    r"©",
    r"\(c\)\s*(19|20)\d\d",
    r"\bcopyright\b",
    r"all rights reserved",
    r"derechos reservados",
    r"droits réservés",
    r"все права защищены",
    r"\bisbn\b",
    r"\bissn\b",
    r"creative commons",
    r"licen[cs]ed under",
    r"\bpublished (by|in)\b",
    r"\bpublicado por\b",
    r"\bpublié par\b",
    r"printed in\b",
    r"\bimpreso en\b",
    r"\bimprimé en\b",
    r"issued without formal editing",
    r"reproduced as received",
    r"advance unedited version",
    r"please recycle",
    r"\bsuggested citation\b",
    r"\bcover (photo|image|design)\b",
    r"\bdesign(ed)? (and layout )?by\b",
    r"\bphoto(graph)?s? (by|credit)",
    r"does not imply the expression of any opinion",
)
MASTHEAD = _any(
    r"\bdistr\.?\s*:?\s*(general|restricted|limited|générale|general)\b",
    r"\bge\.\d\d-\d{4,}",
    r"\boriginal\s*:\s*\w+",
    r"\bagenda item\b",
    r"\bpoint \d+ de l.ordre du jour",
    r"\btema \d+ del programa",
    r"\b\w+(-\w+)? session\b",
    r"\b\w+ (período de sesiones|session)\b",
    r"^\s*(united nations|naciones unidas|nations unies|организация объединенных наций)\b",
    r"\b[A-Z]{1,5}/(HRC|C|WG\.\d+|RES|CN\.\d+|\d+)/[\w./]+",
)
CONTENTS = _any(
    r"^\s*(table of )?contents\s*(page)?\s*$",
    r"^\s*índice\s*$",
    r"^\s*sommaire\s*$",
    r"^\s*table des matières\s*$",
    r"^\s*содержание\s*$",
    r"^\s*оглавление\s*$",
    r"^\s*contenido\s*$",
)
REFERENCE_SECTION = _any(
    r"^\s*([ivx\d]+\.?\s*)?(notes?|end ?notes?|foot ?notes?|references?|bibliography|sources|works cited|"
    r"further reading|notas|referencias|bibliografía|fuentes|références|bibliographie|notes de fin|литература|"
    r"примечания|список литературы|источники|annex(es)?|anexos?|annexes?|приложения?)\b.{0,60}$"
)
FOOTNOTE_START = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[†‡]|\[\d{1,3}\])(\s+(?![\d%])|(?=[A-Z][a-z]))")
GLUED_MARK = re.compile(
    r"^\s*(\d{1,3}(?=[A-Z][a-z])|\d{2,3}(?=[A-Z]{2,}))"
)  # "29The", "32OHCHR" (not "2SLGBTQI")
STICKY_SECTION = _any(
    r"^\s*([ivx\d]+\.?\s*)?(notes|end ?notes|foot ?notes|references|bibliography|works cited|"
    r"notas|referencias|bibliografía|références|bibliographie|notes de fin|литература|примечания|"
    r"список литературы)\s*$"
)  # at a document's end: what follows is notes too
ABBREVIATIONS = _any(
    r"^\W*(\d{1,3}\s*)?(the following )?(abbreviations|acronyms)\b",
    r"^\W*(list of )?(abbreviations|acronyms)",
    r"^\W*(siglas|abreviaturas|sigles|abréviations|сокращения)\b",
)
BYLINE = _any(
    r"^\W*(!\[[^\]]*\]\([^)]*\)\s*)?(presented|submitted|prepared|delivered|written|compiled|edited) by\b",
    r"^\W*(statement|speech|remarks) by\b",
    r"^\W*(presentado|preparado|elaborado) por\b",
    r"^\W*(présenté|préparé|rédigé) par\b",
)
CITATION = _any(
    r"\bpp?\.\s*\d",
    r"\bparas?\.\s*\d",
    r"\bibid\b",
    r"\bop\.\s*cit\b",
    r"\bsee( also)?\b",
    r"\bvéase\b",
    r"\bvoir\b",
    r"\bсм\.",
    r"https?://",
    r"\bwww\.",
    r"\bdoi\b",
    r"\bavailable (at|from|on)\b",
    r"\baccessed\b",
    r"\bretrieved\b",
    r"\bconsultado\b",
    r"\bconsulté\b",
    r"\b[A-Z]{1,6}/[A-Za-z0-9.]+/[\w./-]+",
    r"\(\s*(19|20)\d\d\s*\)",
    r"\bvol\.\s*\d",
    r"\bno\.\s*\d",
    r"\bart(icle)?\.?\s*\d+\b.*\b(act|law|code|ley|loi)\b",
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(
    r"(\+|\b00)\d[\d\s().-]{7,}\d|\b(tel|phone|fax|mobile|teléfono|téléphone|тел)\b\.?\s*:?\s*\+?\d",
    re.IGNORECASE,
)
CONTACT_WORD = _any(
    r"\b(e-?mail|correo|courriel|website|web site|sitio web|site web|contact( person| details)?|"
    r"contacto|address|dirección|adresse|адрес|p\.?o\.? box|apartado)\s*:"
)
SALUTATION = _any(
    r"^\s*(mr\.?|mrs\.?|ms\.?|madam|madame|mister|monsieur|señor|señora|sr\.|sra\.|senhor|senhora|"
    r"your excellenc\w*|excellenc\w*|excelentísim\w*|distinguished|dear|honou?rable|ladies and gentlemen|"
    r"уважаем|господин|госпожа)\b"
)
URL = re.compile(r"https?://\S+|www\.\S+")
WORD = re.compile(r"\w+", re.UNICODE)
CAPTION_WORDS = 30  # "Table 1: Backlogs in courts ..." names what follows, it says nothing
SHORT = 40  # words: contact and cover passages are short
FRONT_PAGES = 2  # cover, title page and contents sit in the first pages


CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words(text):
    """Words, counting two CJK characters as one (those scripts have no spaces)."""
    return max(len(WORD.findall(text)), len(CJK.findall(text)) // 2)


def _reference_like(text):
    """A footnote or reference entry: a mark then citations, or citations and links dense."""
    if ABBREVIATIONS.search(text):
        return "a list of abbreviations"
    words = max(_words(text), 1)
    cites = len(CITATION.findall(text))
    urls = URL.findall(text)
    if urls and sum(len(u) for u in urls) > 0.4 * len(text):
        return "links"
    if GLUED_MARK.match(text):
        return "a footnote: a note mark glued to its text"
    if FOOTNOTE_START.match(text) and (cites or (words <= 12 and text.lstrip()[:1].isdigit())):
        return "a footnote: a note mark, then a citation"
    if cites and cites * 7 >= words:
        return "a reference list: citations and links make most of it"
    return None


def _contact_like(text):
    words = _words(text)
    marks = bool(EMAIL.search(text)) + bool(PHONE.search(text)) + bool(CONTACT_WORD.search(text))
    if marks and words <= SHORT and (marks >= 2 or words <= 20):
        return "a contact block: e-mail, phone, address or web site"
    return None


def _front_like(text, page, before_body):
    if PUBLICATION.search(text) and _words(text) <= 80:
        return "a publication or copyright line"
    masthead = len(MASTHEAD.findall(text))
    if (
        masthead
        and (masthead >= 2 or _words(text) <= 12)
        and _words(text) <= SHORT
        and page <= FRONT_PAGES
    ):
        return "the document's masthead (symbol, distribution, session, original language)"
    if CONTENTS.search(text):
        return "a table of contents"
    if before_body and page <= FRONT_PAGES and BYLINE.search(text) and _words(text) <= SHORT:
        return "a byline: who presented or wrote the document, before its text"
    if (
        before_body
        and page <= FRONT_PAGES
        and _words(text) <= SHORT
        and not SENTENCE_END.search(text.strip())
    ):
        return "cover or title page: short lines before the first paragraph of text"
    return None


SENTENCE_END = re.compile(r"[.!?…。！？]\W{0,3}(\d{1,3})?$")


def _ends_text(text):
    """A paragraph of text: a dozen words or more ending a sentence."""
    return bool(SENTENCE_END.search(text.strip())) and _words(text) >= 12


DATELINE = re.compile(r"\b\d{1,2}\.?\s+\w+\.?\s+(19|20)\d\d\b")  # "7 mars 2024", "10 декабря 1948"
DATELINE_PLACE = 3  # a dateline follows the title among a document's first passages


def _dateline(passages, index):
    """A short line with a full date right under a document's title ("Adopted by resolution
    217 A (III) of 10 December 1948", "Washington, torsdag den 7 mars 2024."): every passage
    before it is a title or cover line."""
    text = passages[index]["text"]
    return (
        0 < index < DATELINE_PLACE
        and _words(text) <= 25
        and DATELINE.search(text) is not None
        and all((p.get("role") or BODY) != BODY for p in passages[:index])
    )


def classify(passages):
    """Set ``role`` and ``reason`` of each passage of one file in place; returns them.

    Reads a passage's text, page, section and place before or after the first body paragraph.
    """
    # Without a paragraph of text there is no cover before it: short documents stay body.
    first_text = next(
        (
            i
            for i, p in enumerate(passages)
            if (p.get("role") or BODY) == BODY and _ends_text(p["text"])
        ),
        len(passages),
    )
    seen_body = first_text == len(passages)
    in_notes = False
    for index, p in enumerate(passages):
        role, reason = p.get("role") or BODY, p.get("reason") or ""
        text = p["text"]
        in_notes = in_notes or (role == "heading" and STICKY_SECTION.match(text) is not None)
        if in_notes and role in ("heading", BODY):
            role, reason = "footnote_reference", "after a notes or references heading"
        elif (
            role in ("heading", BODY)
            and _words(text) <= 15
            and SALUTATION.search(text)
            and text.rstrip()[-1:] in ",:!"
        ):
            role, reason = "procedural", "a salutation (Mr President, Madam Speaker, Dear ...)"
        elif role == "heading":
            role, reason = _heading_role(p, not seen_body)
        elif role == BODY:
            role, reason = _body_role(p, not seen_body)
            if role == BODY and _dateline(passages, index):
                role, reason = "front_matter", "a dateline under the title: where, when, by whom"
        p["role"], p["reason"] = role, reason
        seen_body = seen_body or (role == BODY and _ends_text(text))
    return passages


def _heading_role(p, before_body):
    """A short line is a heading unless it is a cover line, a contents, contact or note line."""
    text = p["text"]
    found = (
        _front_like(text, p["page"], before_body)
        if before_body or PUBLICATION.search(text)
        else None
    )
    if found or CONTENTS.search(text):
        return "front_matter", found or "a table of contents"
    for role, found in (
        ("contact_signature", _contact_like(text)),
        ("footnote_reference", _reference_like(text)),
    ):
        if found:
            return role, found
    return "heading", p.get("reason") or ""


def _body_role(p, before_body):
    text, section = p["text"], p.get("section") or ""
    if _words(text) <= CAPTION_WORDS and CAPTION.match(text):
        return "heading", "a caption of a table or figure"
    if section and REFERENCE_SECTION.match(section):
        return "footnote_reference", "in a notes, references or annex section"
    if section and CONTENTS.search(section) and not _ends_text(text):
        return "front_matter", "a table of contents"
    for role, found in (
        ("front_matter", _front_like(text, p["page"], before_body)),
        ("footnote_reference", _reference_like(text)),
        ("contact_signature", _contact_like(text)),
    ):
        if found:
            return role, found
    return BODY, ""


def call_roles(db, call):
    """Every passage of the readable submissions of ``call`` (a CallScope, or its slug) with its
    role, reason and section, in reading order: the role found at ingest, else the verdict of
    the last theme refresh."""
    return [with_procedural(r) for r in store.call_passage_roles(db, callscope.of(db, call).id)]


def with_procedural(row):
    """A passage row's role: the one found at ingest, else the kind a theme refresh set it
    aside as (row keys ``kind`` and ``procedural_reason`` are folded in)."""
    row = dict(row)
    kind, reason = row.pop("kind"), row.pop("procedural_reason")
    if row["role"] == BODY and kind:
        row["role"], row["reason"] = PROCEDURAL_ROLE.get(kind, "procedural"), reason
    return row
