"""Split cleaned pages into passages: paragraphs that keep their page number and section.

A passage is what a reader would quote: a paragraph, with long paragraphs cut at sentence
ends. Headings are passages of their own (role ``heading``) and the section title of the
passages after them, never run into their text; footnote markers left on a line of their
own are dropped; a paragraph broken by a page end is joined to its end on the next page.
What else a passage is (front matter, a footnote, a contact block...) is decided by
workbench/structure.py.
"""

import re

MIN_WORDS = 12  # shorter sentence-final paragraphs are fragments: joined to the next
MAX_WORDS = 220  # longer ones are cut at sentence ends
HEADING_WORDS = 20  # a paragraph without a sentence end up to this long is a heading
LAYOUT_HEADING_WORDS = 30  # a heading the font marks may run over two lines
RUN = 4  # this many short lines in a row are a list, a table or verse, not headings
PRINTED_LINE = 160  # characters: longer lines are whole paragraphs, not lines of a page
SHORT_LINE = 0.7  # a line shorter than this share of the page's widest can end a heading
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
LIST_ITEM = re.compile(r"^\s*([-•●▪*–]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+")
CAPTION = re.compile(
    r"^\W*(table|figure|fig\.|chart|graph|map|box|source|sources|tabla|figura|gráfico|cuadro|"
    r"fuente|tableau|graphique|carte|encadré|tabela|fonte|таблица|рисунок|диаграмма|источник)"
    r"\s*[\dIVX]*\s*[.:–-]",
    re.IGNORECASE,
)  # "Table 1: Backlogs in courts ...", "Source: ..." — a caption, not a statement
BULLET = re.compile(r"^\s*[-•●▪*–]\s+")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
STARTS_BLOCK = re.compile(
    r"^(©|\(c\)\s|copyright\b|contacts?\b|e-?mail\s*:|tel\.?\s*:|phone\s*:|fax\s*:|www\.|https?://)",
    re.IGNORECASE,
)  # copyright and contact lines start a block of their own
NOTE_START = re.compile(r"^(\d{1,3}|\*{1,3})\s+\S")  # a note after a sentence's end starts one too
NOTE_MARK = re.compile(r"^(\d{1,3}|\*{1,3}|[†‡])\s?[^\W\d_]")  # a note's start: "12 See", "14For"
MARKER_LINE = re.compile(r"^(\d{1,3}|\*{1,3}|[†‡])$")  # a footnote mark PDF text left alone
RULE_LINE = re.compile(
    r"^(\\?[-*_=~]\s*){3,}$"
)  # "---", "***", "\*\*\*": a rule, a break between blocks
TOC_LINE = re.compile(
    r"(\.{4,}|…{2,}|(\s\.){3,}|_{4,})\s*[\divxlc]{1,4}$|\s{3,}\d{1,3}$", re.IGNORECASE
)
TERMINAL = tuple('.!?:;…"”»)')
OPEN_END = tuple(",-–—/(&") + (
    "and",
    "or",
    "the",
    "of",
    "to",
    "in",
    "for",
    "y",
    "de",
    "et",
    "и",
    "e",
)
STARTS_LOWER = re.compile(r"^[\"'“«(]?[a-zà-öø-ÿа-яё]")
SENTENCE_FINAL = re.compile(
    r"[.!?:;…\"”»)。！？；]\s*(\d{1,3}|\*{1,3})?$"
)  # a footnote mark may follow


LAYOUT_SENTENCE = re.compile(r"[.!?…。！？]\W{0,2}$")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _words(text):
    """Words, counting two CJK characters as one (those scripts have no spaces)."""
    return max(len(text.split()), len(CJK.findall(text)) // 2)


def ends_sentence(text):
    return SENTENCE_FINAL.search(text) is not None


SECTION_NUMBER = re.compile(r"^([IVX]{1,5}|[A-Z]|\d{1,2}(\.\d{1,2})*)\.?\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]")
TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def _numbered_title(line):
    """ "3. Access to health care", "IV. Recommendations": a section number, a few words and
    no sentence end — a heading whatever its font."""
    return bool(SECTION_NUMBER.match(line)) and _words(line) <= 12 and not ends_sentence(line)


def _ends_statement(text):
    """Ends a sentence — but a numbered line ending in brackets is a heading that says what it
    answers: "1. Gender equality (recommendations 4, 14, 22)"."""
    bracket = TRAILING_BRACKET.search(text) if SECTION_NUMBER.match(text) else None
    if bracket and any(c.isdigit() for c in bracket.group()):
        return ends_sentence(text[: bracket.start()])
    return ends_sentence(text)


def _key(text):
    return " ".join(text.split()).lower()


def _is_heading_line(line, following, width):
    """A short line without a sentence end, before a line that starts something new."""
    if MARKDOWN_HEADING.match(line):
        return True
    if (
        not following
        or _ends_statement(line)
        or line.endswith(OPEN_END[:6])
        or len(line) >= SHORT_LINE * width
    ):
        return False
    last_word = line.rsplit(None, 1)[-1].lower()
    return (
        _words(line) <= 15
        and last_word not in OPEN_END
        and not STARTS_LOWER.match(line)
        and not STARTS_LOWER.match(following)
    )


def _line_kind(line, following, width, notes, layout):
    """What one line is: a Word note, a contents line, what the layout says (a small-font
    note, a large or bold heading), a heading by its text alone, or text."""
    key = _key(line)
    if key in notes:
        return "note"
    if TOC_LINE.search(line):
        return "toc"
    if layout.get(key) == "note":
        return "footnote"
    if layout.get(key) == "heading" and not BULLET.match(line):  # a bold bullet is a list
        return "layout_heading"
    if layout.get(key) == "body" and not _numbered_title(line):
        return "text"  # set as the body text where headings are set apart: a cell, an item
    return "heading" if _is_heading_line(line, following, width) else "text"


def _paragraphs(text, notes=frozenset(), layout=None):
    """[(kind, text)] of a page, kind 'text', 'heading' (a line or block), 'layout_heading',
    'toc', 'note' or 'footnote' (``layout``: {folded line: "heading" | "note"} of the page)."""
    layout = layout or {}
    lines = [line.strip() for line in text.split("\n")]
    lines = ["" if RULE_LINE.match(line) else line for line in lines if not MARKER_LINE.match(line)]
    width = max((len(line) for line in lines if not MARKDOWN_HEADING.match(line)), default=0)
    found, current, kind = [], [], "text"

    def close():
        nonlocal current, kind
        if current:
            found.append((kind, " ".join(current)))
        current, kind = [], "text"

    for i, line in enumerate(lines):
        if not line:
            close()
            continue
        following = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")
        line_kind = _line_kind(line, following, width, notes, layout)
        new_block = current and (
            (
                kind == "text"
                and (
                    LIST_ITEM.match(line)
                    or STARTS_BLOCK.match(line)
                    or (NOTE_START.match(line) and ends_sentence(current[-1]))
                )
            )
            or (kind == "footnote" and NOTE_MARK.match(line))
        )
        if line_kind != kind or new_block or line_kind == "note":
            close()
        kind = line_kind
        current.append(MARKDOWN_HEADING.sub("", line))
        # a short last line ends a paragraph; so does a line longer than a printed line can
        # be (DOCX and text files hold a paragraph per line) unless the next one goes on with it
        whole_paragraph = len(line) > PRINTED_LINE and not STARTS_LOWER.match(following)
        if kind == "text" and (
            (ends_sentence(line) and len(line) < 0.8 * width) or whole_paragraph
        ):
            close()
    close()
    return found


def _cut_long(paragraph):
    words = paragraph.split()
    if len(words) <= MAX_WORDS:
        return [paragraph]
    pieces, current = [], []
    for sentence in SENTENCE_END.split(paragraph):
        if current and len(" ".join(current + [sentence]).split()) > MAX_WORDS * 0.7:
            pieces.append(" ".join(current))
            current = []
        current.append(sentence)
    if current:
        pieces.append(" ".join(current))
    return pieces


def _is_heading(paragraph, last_on_page):
    """A short paragraph that ends without a sentence end and does not run on to the next page."""
    words = paragraph.split()
    if (
        not words
        or _words(paragraph) > HEADING_WORDS
        or _ends_statement(paragraph)
        or paragraph.endswith(",")
        or STARTS_LOWER.match(paragraph)
    ):
        return False
    return not (
        last_on_page
        and (
            paragraph.endswith(OPEN_END[:6])
            or words[-1].lower() in OPEN_END
            or words[-1][:1].islower()
        )
    )


def _blocks(pages, notes, layout=()):
    """(page, kind, text) over all pages; a paragraph cut by a page end joins its end."""
    blocks = []
    for number, text in enumerate(pages, 1):
        paragraphs = _paragraphs(text, notes, layout[number - 1] if number <= len(layout) else None)
        for index, (kind, paragraph) in enumerate(paragraphs):
            open_block = _unfinished(blocks, number - 1) if index == 0 and kind == "text" else None
            if open_block is not None and STARTS_LOWER.match(paragraph):
                page, _, start = blocks[open_block]
                blocks[open_block] = (page, "text", f"{start} {paragraph}")
                continue
            if kind in ("text", "heading"):
                last = index == len(paragraphs) - 1
                kind = "heading" if _is_heading(paragraph, last) else "text"
            elif kind == "layout_heading" and (
                _words(paragraph) > LAYOUT_HEADING_WORDS or LAYOUT_SENTENCE.search(paragraph)
            ):
                kind = "text"  # a sentence set in bold is emphasis, not a heading
            blocks.append((number, kind, paragraph))
    return _headings_introduce(blocks)


def _headings_introduce(blocks):
    """A heading introduces text: one with no text after it (a one-line document, a last
    line) is text itself, and so are runs of RUN short lines (a list, a table, verse)."""
    text_after, found = False, []
    for page, kind, paragraph in reversed(blocks):
        if kind in ("heading", "layout_heading") and not text_after:
            kind = "text"
        text_after = text_after or kind == "text"
        found.append((page, kind, paragraph))
    found.reverse()
    start = 0
    for index in range(len(found) + 1):
        if (
            index < len(found)
            and found[index][1] == "heading"
            and found[index][0] == found[start][0]
        ):
            continue
        if index - start >= RUN:
            found[start:index] = [
                (page, "text", paragraph) for page, _, paragraph in found[start:index]
            ]
        start = index if index < len(found) and found[index][1] == "heading" else index + 1
    # headings the font marks stay headings in a run (a cover page set large)
    return [
        (page, "heading" if kind == "layout_heading" else kind, paragraph)
        for page, kind, paragraph in found
    ]


def _unfinished(blocks, page):
    """Index of the last text block of ``page`` when it ends mid-sentence (notes may follow it)."""
    for index in range(len(blocks) - 1, -1, -1):
        number, kind, text = blocks[index]
        if number != page:
            return None
        if kind == "text":
            return None if ends_sentence(text) else index
    return None


HEADING_REASON = {
    "heading": "a heading: a short line without a sentence end, before the text it introduces",
    "toc": "table of contents: entries with dot leaders or page numbers",
    "note": "a footnote or endnote of the Word document",
    "footnote": "a footnote or endnote: set smaller than the text, at the page's foot",
}
ROLE_OF = {
    "heading": "heading",
    "toc": "front_matter",
    "note": "footnote_reference",
    "footnote": "footnote_reference",
}


def split_pages(pages, notes=(), layout=()):
    """[{'page', 'text', 'section', 'role', 'reason'}] over all pages of a file, 1-based.

    ``notes``: texts of the file's footnotes and endnotes (DOCX), which are passages of their
    own. ``layout``: per page, {folded line: "heading" | "note"} from the file's fonts and
    styles (workbench/extract/layout.py). Role is 'body' unless the layout alone tells
    otherwise (heading, contents, note); workbench/structure.py reads the text for the rest.
    """
    notes = frozenset(_key(n) for n in notes if n.strip())
    passages, section, pending = [], "", None
    for page, kind, text in _blocks(pages, notes, list(layout)):
        if kind != "text":
            if pending:  # a fragment before a heading stays apart (a code, a date)
                passages.append({**pending, "section": section, "role": "body", "reason": ""})
                pending = None
            passages.append(
                {
                    "page": page,
                    "text": text,
                    "section": section if kind != "heading" else "",
                    "role": ROLE_OF[kind],
                    "reason": HEADING_REASON[kind],
                }
            )
            if kind == "heading":
                section = text
            continue
        if pending and pending["page"] != page:  # a short line ending a page stays apart (a note)
            passages.append({**pending, "section": section, "role": "body", "reason": ""})
            pending = None
        if pending:
            text = f"{pending['text']} {text}"
            page, pending = pending["page"], None
        if (
            len(text.split()) < MIN_WORDS
            and ends_sentence(text)
            and not text.rstrip().endswith("?")
            and not CAPTION.match(text)  # a caption names what follows: a passage of its own
        ):
            pending = {"page": page, "text": text}
            continue
        passages.extend(
            {"page": page, "text": piece, "section": section, "role": "body", "reason": ""}
            for piece in _cut_long(text)
        )
    if pending:
        last = next((p for p in reversed(passages) if p["role"] == "body"), None)
        if last is not None and len(pending["text"].split()) < 4 and last is passages[-1]:
            last["text"] = f"{last['text']} {pending['text']}"
        else:
            passages.append(
                {
                    "page": pending["page"],
                    "text": pending["text"],
                    "section": section,
                    "role": "body",
                    "reason": "",
                }
            )
    return passages


def split_page(text):
    """Passages of one page (see ``split_pages``)."""
    return split_pages([text])
