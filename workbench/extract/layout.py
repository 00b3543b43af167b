"""What a page's layout says about its lines: headings set larger or bolder than the body
text, notes set smaller at a page's foot. Text alone cannot tell "1. Gender equality
(recommendations 4, 14)" (a heading) from a short sentence, nor a continued footnote from a
paragraph; the font can.

``line_roles(pages)`` takes, per page, the lines as (text, font size, bold, font name) in
reading order
and returns, per page, {folded line: "heading" | "note"} for workbench/passages.py. The body
size is the size most characters of the file are set in; a file with no clear body size (a
one-line document, a table) gets no layout roles.
"""

import re
from collections import Counter

HEADING_SIZE = 1.15  # a line this much larger than the body text is a heading
NOTE_SIZE = 0.9  # a line this much smaller is a note (when at a page's foot, see below)
HEADING_WORDS = 20  # longer lines are text, however set
MIN_BODY_SHARE = 0.4  # the body size must hold this share of the file's characters
MIN_BODY_CHARS = 400  # and this many: a one-line document or a label has no body size
NOTE_MARK = re.compile(r"^\s*(\d{1,3}|\*{1,3}|[†‡])\s?[^\W\d_]")  # "12 See", "14For", "* Note"
FOOTER_WORDS = 5  # a body line has this many words; running footers ("GE.09-17123") fewer
WORD = re.compile(r"\w+", re.UNICODE)


def fold(line):
    """The key a line is known by: spaces folded, lower case."""
    return " ".join(line.split()).lower()


def body_style(pages):
    """(size, bold, font) most characters are set in, or None when no style holds most."""
    sizes = Counter()
    for lines in pages:
        for text, size, bold, font in lines:
            if size > 0:
                sizes[(round(size * 2) / 2, bold, font)] += len(text)
    total = sum(sizes.values())
    if not total:
        return None
    style, chars = sizes.most_common(1)[0]
    if chars < MIN_BODY_CHARS or chars < MIN_BODY_SHARE * total:
        return None
    return style


def line_roles(pages):
    """Per page, {folded line: "heading" | "note" | "body"} (see the module's docstring).
    "body": a line set exactly as the body text (size, weight and font: not an italic line), in
    a file whose headings are set apart by their font — a short line there is a table cell, a
    list item or verse, not a heading."""
    body = body_style(pages)
    if body is None:
        return [{} for _ in pages]
    roles = [_page_roles(lines, body) for lines in pages]
    if any("heading" in page.values() for page in roles[1:]) or _headings_after_cover(roles):
        for lines, page in zip(pages, roles):
            for text, size, bold, font in lines:
                if (bold, font) == body[1:] and abs(size - body[0]) <= 0.03 * body[0]:
                    page.setdefault(fold(text), "body")
    return roles


def _headings_after_cover(roles):
    """Headings on page 1 below a cover: more than a title's worth of them."""
    return len(roles) == 1 and sum(kind == "heading" for kind in roles[0].values()) >= 2


def _page_roles(lines, body):
    size, bold, _ = body
    roles = {}
    for text, line_size, line_bold, _ in lines:
        if not 0 < len(WORD.findall(text)) <= HEADING_WORDS or line_size <= 0:
            continue
        if line_size >= HEADING_SIZE * size or (line_bold and not bold and line_size >= size):
            roles[fold(text)] = "heading"
    for text in _foot_notes(lines, size):
        roles[fold(text)] = "note"
    return roles


def _foot_notes(lines, size):
    """Lines set smaller than the body after the page's last line of body text (a running
    footer's symbol does not count), when one of them starts with a note mark: footnotes, or
    a page of endnotes."""
    last_body = max(
        (
            i
            for i, (text, line_size, _, _) in enumerate(lines)
            if line_size >= size * 0.97 and len(WORD.findall(text)) >= FOOTER_WORDS
        ),
        default=-1,
    )
    foot = [
        text
        for text, line_size, _, _ in lines[last_body + 1 :]
        if 0 < line_size <= NOTE_SIZE * size
    ]
    if not any(NOTE_MARK.match(text) for text in foot):
        return []
    return foot
