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
RUN = 4  # this many short lines in a row are a list, a table or verse, not headings
PRINTED_LINE = 160  # characters: longer lines are whole paragraphs, not lines of a page
SHORT_LINE = 0.7  # a line shorter than this share of the page's widest can end a heading
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
LIST_ITEM = re.compile(r"^\s*([-•●▪*–]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
STARTS_BLOCK = re.compile(
    r"^(©|\(c\)\s|copyright\b|contacts?\b|e-?mail\s*:|tel\.?\s*:|phone\s*:|fax\s*:|www\.|https?://)",
    re.IGNORECASE,
)  # copyright and contact lines start a block of their own
NOTE_START = re.compile(r"^(\d{1,3}|\*{1,3})\s+\S")  # a note after a sentence's end starts one too
MARKER_LINE = re.compile(r"^(\d{1,3}|\*{1,3}|[†‡])$")  # a footnote mark PDF text left alone
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
    r"[.!?:;…\"”»)。！？]\s*(\d{1,3}|\*{1,3})?$"
)  # a footnote mark may follow


def ends_sentence(text):
    return SENTENCE_FINAL.search(text) is not None


def _key(text):
    return " ".join(text.split()).lower()


def _is_heading_line(line, following, width):
    """A short line without a sentence end, before a line that starts something new."""
    if MARKDOWN_HEADING.match(line):
        return True
    if (
        not following
        or ends_sentence(line)
        or line.endswith(OPEN_END[:6])
        or len(line) >= SHORT_LINE * width
    ):
        return False
    last_word = line.rsplit(None, 1)[-1].lower()
    return (
        len(line.split()) <= 15
        and last_word not in OPEN_END
        and not STARTS_LOWER.match(line)
        and not STARTS_LOWER.match(following)
    )


def _paragraphs(text, notes=frozenset()):
    """[(kind, text)] of a page, kind 'text', 'heading' (a line or block), 'toc' or 'note'."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if not MARKER_LINE.match(line)]
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
        line_kind = (
            "note"
            if _key(line) in notes
            else "toc"
            if TOC_LINE.search(line)
            else "heading"
            if _is_heading_line(line, following, width)
            else "text"
        )
        new_block = (
            current
            and kind == "text"
            and (
                LIST_ITEM.match(line)
                or STARTS_BLOCK.match(line)
                or (NOTE_START.match(line) and ends_sentence(current[-1]))
            )
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
        or len(words) > HEADING_WORDS
        or ends_sentence(paragraph)
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


def _blocks(pages, notes):
    """(page, kind, text) over all pages; a paragraph cut by a page end joins its end."""
    blocks = []
    for number, text in enumerate(pages, 1):
        paragraphs = _paragraphs(text, notes)
        for index, (kind, paragraph) in enumerate(paragraphs):
            open_block = _unfinished(blocks, number - 1) if index == 0 and kind == "text" else None
            if open_block is not None and STARTS_LOWER.match(paragraph):
                page, _, start = blocks[open_block]
                blocks[open_block] = (page, "text", f"{start} {paragraph}")
                continue
            if kind in ("text", "heading"):
                last = index == len(paragraphs) - 1
                kind = "heading" if _is_heading(paragraph, last) else "text"
            blocks.append((number, kind, paragraph))
    return _headings_introduce(blocks)


def _headings_introduce(blocks):
    """A heading introduces text: one with no text after it (a one-line document, a last
    line) is text itself, and so are runs of RUN short lines (a list, a table, verse)."""
    text_after, found = False, []
    for page, kind, paragraph in reversed(blocks):
        if kind == "heading" and not text_after:
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
    return found


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
}
ROLE_OF = {"heading": "heading", "toc": "front_matter", "note": "footnote_reference"}


def split_pages(pages, notes=()):
    """[{'page', 'text', 'section', 'role', 'reason'}] over all pages of a file, 1-based.

    ``notes``: texts of the file's footnotes and endnotes (DOCX), which are passages of their
    own. Role is 'body' unless the layout alone tells otherwise (heading, contents, note);
    workbench/structure.py reads the text for the rest.
    """
    notes = frozenset(_key(n) for n in notes if n.strip())
    passages, section, pending = [], "", None
    for page, kind, text in _blocks(pages, notes):
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
