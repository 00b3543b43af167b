"""The parts of a stored submission that say who wrote it: letterhead, opening, signature.

Every line keeps where it came from (file, page) so each tag can show its evidence.
"""

import re
from dataclasses import dataclass, field

from .. import store
from ..sources import main_file
from . import attribution, places
from .lexicon import SIGN_OFFS

FIRST_PAGES = 2  # country and type cues are read from the first pages and the last one
MAX_TOP_LINES = 4
MAX_LETTERHEAD_WORDS = 14
DATE = re.compile(
    r"^((?:date|dated|fecha|data|дата)\s*:?\s*|[^\d,]{2,30},\s*)?("
    r"\d{1,2}(er|º|°|st|nd|rd|th)?\.?\s+(de\s+)?[^\W\d]+\.?,?\s+(de\s+)?\d{4}(\s*г\.?)?"
    r"|[^\W\d]+\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*$",
    re.IGNORECASE,
)
REFERENCE = re.compile(
    r"^(ref\b|réf\b|n/ref|our ref|nuestra ref|№|no\.\s*\d|note no|nota n)", re.IGNORECASE
)
TITLE_WORDS = re.compile(
    r"\b(input|submission|contribution|contribución|contribuição|contributo|aporte|respuesta|réponse|resposta|"
    r"questionnaire|cuestionario|questionário|call for|llamado|appel|pedido de|report|informe|rapport|relatório|"
    r"материалы|вклад|представление|вопросник|ответ|доклад|re:|objet|asunto|assunto|тема)\b",
    re.IGNORECASE,
)
# A letter's salutation ends its letterhead ("Dear Independent Expert," "Estimada Relatora:").
SALUTATION = re.compile(
    r"^(?:dear|estimad[oa]s?|distinguid[oa]s?|cher|ch[èe]re|prezad[oa]s?|excelent[íi]ssim[oa]s?|"
    r"excm[oa]|exm[oa]|уважаем\w*|السيد|السيدة|madam|sir|señor[a]?|monsieur|madame)\b",
    re.IGNORECASE,
)
SIGN_OFF = re.compile(
    r"^(" + "|".join(re.escape(s) for s in sorted(SIGN_OFFS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass
class Line:
    text: str
    file: str
    page: int
    zone: str  # letterhead, top, opening, signature, body


# Every place a submission can hold text, as Part.kind: the body pages, and the notice
# parts ingest keeps apart (workbench/migrations/m0009_notice_parts.py).
BODY = "body"
NOTICE_KINDS = (
    "running_header",
    "running_footer",  # lines cleaning removed from the top/bottom of pages
    "header",
    "footer",  # DOCX header and footer parts
    "footnote",
    "endnote",
    "comment",  # Word notes and comments (and replies), PDF annotations
    "text_box",
    "properties",  # DOCX text boxes; title, subject, comments, keywords
    "cover_email",  # an .eml file, or a file whose first page is an e-mail
    "file_name",
    "folder_name",
    "zip_name",  # the submission's path, as words
)
PART_KINDS = (BODY, *NOTICE_KINDS)


@dataclass(frozen=True)
class Part:
    """One place of a submission: ``file`` is its file's name inside the submission ('' for a
    folder or ZIP name), ``page`` is 1-based or None when the place has no page."""

    kind: str
    file: str
    page: object
    text: str


@dataclass
class Document:
    submission_id: int
    language: str
    file_name: str
    top: list = field(default_factory=list)  # letterhead lines before the date / title
    opening: list = field(default_factory=list)  # the first lines after the top block
    signature: list = field(default_factory=list)  # lines after the closing formula
    pages: list = field(default_factory=list)  # (file, page, text) of the main file, in order
    all_pages: list = field(default_factory=list)  # (file, page, text) of every file
    parts: list = field(default_factory=list)  # Part: every body page, then every notice part
    letterhead: str = ""

    @property
    def top_text(self):
        return " ".join(line.text for line in self.top)

    def reading_pages(self):
        """The pages tags are read from: the first ones and the last one of the main file."""
        chosen = self.pages[:FIRST_PAGES]
        if len(self.pages) > FIRST_PAGES:
            chosen = chosen + self.pages[-1:]
        return chosen


def load(db, submission_id):
    """Read a stored submission into a Document (main file first: a cover letter if any)."""
    submission = store.get_submission(db, submission_id)
    files = [f for f in store.submission_files(db, submission_id) if f["status"] == "ok"]
    pages = store.submission_pages(db, submission_id)
    main = main_file(files)
    doc = Document(
        submission_id, submission["language"] or "", main["name"] if main else submission["source"]
    )
    doc.all_pages = [(p["file"], p["page"], p["text"]) for p in pages]
    doc.parts = [Part(BODY, *page) for page in doc.all_pages] + [
        Part(n["kind"], n["file"], n["page"], n["text"])
        for n in store.submission_notice_parts(db, submission_id)
    ]
    doc.pages = [page for page in doc.all_pages if main and page[0] == main["name"]]
    doc.letterhead = (main or {}).get("letterhead") or ""
    return lay_out(doc)


def lay_out(doc):
    """The first page's top block and opening, and the last page's signature block."""
    if doc.pages:
        _split_first_page(doc, doc.pages[0])
        doc.signature = signature_block(doc, doc.pages[-1])
    return doc


def _split_first_page(doc, page):
    """Top block = lines before the date, reference or title; opening = the next lines."""
    file_name, number, text = page
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    end = 0
    while end < min(len(lines), MAX_TOP_LINES + 1):
        line = lines[end]
        if (
            DATE.match(line)
            or REFERENCE.match(line)
            or SALUTATION.match(line)
            or TITLE_WORDS.search(line)
            or len(line) > 140
            or (  # a wrapped sentence of the body, unless a long name heads the page
                len(line.split()) > MAX_LETTERHEAD_WORDS
                and not (end == 0 and attribution.is_long_name(line))
            )
        ):
            break
        end += 1
    if end > MAX_TOP_LINES:
        end = (
            _letterhead_lines(doc, lines)
            or _name_above_address(lines)
            or _organisation_heads(lines)
        )
    doc.top = [Line(line, file_name, number, "top") for line in lines[:end]]
    if not doc.top and doc.letterhead.strip():
        # Cleaning can drop a letterhead repeated on later pages as a running header: the
        # large-font lines the PDF extractor kept are the letterhead then.
        doc.top = [
            Line(line.strip(), file_name, number, "letterhead")
            for line in doc.letterhead.splitlines()[:MAX_TOP_LINES]
            if line.strip() and not TITLE_WORDS.search(line)
        ]
    rest = [line for line in lines[end:] if not DATE.match(line) and not REFERENCE.match(line)]
    doc.opening = [Line(line, file_name, number, "opening") for line in rest[:8]]


def _letterhead_lines(doc, lines):
    """Without a date to stop at, trust only the lines the PDF printed large."""
    large = {line.strip() for line in doc.letterhead.splitlines() if line.strip()}
    count = 0
    while count < len(lines) and lines[count] in large:
        count += 1
    return min(count, MAX_TOP_LINES)


# A letterhead's address under its name ("Snarøyaveien 30", "050000, г. Алматы", "P.O. Box 123").
ADDRESS_LINE = re.compile(
    r"\d|@|www\.|\b(?:p\.?\s?o\.?\s+box|street|st\.|avenue|road|rd\.|calle|avenida|av\.|rue|"
    r"boulevard|bd|rua|travessa|улица|ул\.|проспект|пр\.|tel|phone|fax|t[ée]l[ée]fono|e-?mail|"
    r"correo|courriel|casilla|apartado)\b",
    re.IGNORECASE,
)
MAX_NAME_LINES, MAX_ADDRESS_LINES = 3, 3


def _name_above_address(lines):
    """A letterhead printed in body type: a few short lines, then the address under them; the
    top block is both (the address says where the writer is based). 0 when there is none."""
    names = 0
    while names < min(MAX_NAME_LINES, len(lines)) and _short_line(lines[names]):
        if names and ADDRESS_LINE.search(lines[names]):
            break
        names += 1
    end = names
    while end < len(lines) and end - names < MAX_ADDRESS_LINES and ADDRESS_LINE.search(lines[end]):
        if DATE.match(lines[end]) or REFERENCE.match(lines[end]) or len(lines[end]) > 100:
            break
        end += 1
    return end if names and end > names else 0


def _organisation_heads(lines):
    """A page headed by a body's name ("UNIVERSIDADE FEDERAL DO CERRADO" over its unit's) with no
    address under it: the short lines that open the page. 0 when the first names no body."""
    if not lines or not attribution.ORG_WORD.search(lines[0]) or not _short_line(lines[0]):
        return 0
    names = 1
    while names < min(MAX_NAME_LINES, len(lines)) and _short_line(lines[names]):
        if places.is_place_line(lines[names]):
            return names + 1  # "Kampala" under the name: where it writes from, and the block ends
        names += 1
    return names


def _short_line(line):
    return len(line.split()) <= 12 and not TITLE_WORDS.search(line) and not DATE.match(line)


def signature_block(doc, page):
    """Lines after the last closing formula of the main file's last page (running titles dropped)."""
    file_name, number, text = page
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    starts = [i for i, line in enumerate(lines) if SIGN_OFF.match(line) and len(line) < 80]
    if not starts:
        return []
    block = []
    for line in lines[starts[-1] + 1 : starts[-1] + 7]:
        if TITLE_WORDS.search(line) and not block_is_name(line):
            break
        block.append(Line(line, file_name, number, "signature"))
    return block


def block_is_name(line):
    """A signature line that merely mentions a title word but is a name (short, capitalised)."""
    return (
        len(line.split()) <= 6
        and not re.search(r"[—–|]", line)
        and line[:1].isupper()
        and not re.match(
            r"(input|submission|contribution|contribución|contributo|материалы|вклад)\b", line, re.I
        )
    )
