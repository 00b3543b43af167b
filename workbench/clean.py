"""Clean extracted page text: unicode, running headers/footers, page numbers, hyphenation."""

import re
import unicodedata
from collections import Counter

EDGE_LINES = 3  # lines at the top and bottom of a page that may be running
RUNNING_SHARE = 0.5  # a line on at least this share of pages is a running line
PAGE_NUMBER = re.compile(
    r"^\s*[-–—(\[]?\s*(page|página|pagina|p\.|стр\.?|страница)?\s*\d{1,4}\s*"
    r"((of|de|sur|из|/)\s*\d{1,4})?\s*[-–—)\]]?\s*$",
    re.IGNORECASE,
)
HYPHEN_BREAK = re.compile(r"([^\W\d_])[-‐]\n([^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ])")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\u00ad\u200b]")


def normalise(text):
    """NFC unicode, one kind of newline, no control characters, ligatures opened."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    text = text.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff")
    return unicodedata.normalize("NFC", text)


def _signature(line):
    """A line with its numbers masked, so 'Page 2 of 5' and 'Page 3 of 5' match, and page
    numbers at either end dropped, so odd and even pages' headers match too."""
    return re.sub(r"\d+", "#", " ".join(line.lower().split())).strip("# ")


def _edges(lines):
    """{index: 'top'|'bottom'} for the first and last few non-empty lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = {i: "bottom" for i in filled[-EDGE_LINES:]}
    edges.update({i: "top" for i in filled[:EDGE_LINES]})
    return edges


def running_lines(pages_lines):
    """(edge, signature) of lines repeated at the same edge of many pages: headers at the
    top, footers at the bottom. A sentence that ends one page and starts the next is not."""
    if len(pages_lines) < 2:
        return set()
    counts = Counter()
    for lines in pages_lines:
        # On a short page (a signature page) a line near both edges is neither: its closing
        # "Defensoría del Pueblo" is not the first page's letterhead repeated as a header.
        filled = [i for i, line in enumerate(lines) if line.strip()]
        both = set(filled[:EDGE_LINES]) & set(filled[-EDGE_LINES:])
        counts.update(
            {(edge, _signature(lines[i])) for i, edge in _edges(lines).items() if i not in both}
        )
    needed = max(2, RUNNING_SHARE * len(pages_lines))
    return {key for key, n in counts.items() if n >= needed and key[1]}


def strip_edges(lines, running):
    """Remove running lines and bare page numbers from the top and bottom of a page."""
    edges = _edges(lines)

    def is_noise(i, line):
        edge = edges.get(i)
        return edge is not None and ((edge, _signature(line)) in running or PAGE_NUMBER.match(line))

    return [line for i, line in enumerate(lines) if not is_noise(i, line)]


def join_hyphenation(text):
    """'discrimi-\\nnation' becomes 'discrimination' (only between lowercase letters)."""
    return HYPHEN_BREAK.sub(r"\1\2", text)


def clean_pages(pages, known_running_text=""):
    """Cleaned text of each page; ``known_running_text`` (DOCX headers) is removed too."""
    return clean_pages_keeping_edges(pages, known_running_text)[0]


def clean_pages_keeping_edges(pages, known_running_text=""):
    """(cleaned pages, removed running lines): the lines cleaning drops are kept apart,
    because a running "Confidential" is a notice about the whole document.

    Removed lines come as (kind, page, text), kind running_header or running_footer, one
    per distinct line (numbers masked) with the first page it was on; bare page numbers
    carry nothing and are not kept."""
    pages_lines = [normalise(page).split("\n") for page in pages]
    running = running_lines(pages_lines)
    known = {_signature(line) for line in normalise(known_running_text).split("\n") if line.strip()}
    running |= {(edge, sig) for sig in known for edge in ("top", "bottom")}
    cleaned = [
        join_hyphenation("\n".join(strip_edges(lines, running))).strip() for lines in pages_lines
    ]
    return cleaned, removed_running_lines(pages_lines, running)


def removed_running_lines(pages_lines, running):
    """The running lines ``strip_edges`` removes, deduplicated, with their first page; lines
    next to each other at the same edge are one part, as a reader sees a two-line header
    ("Not for publication – please do not name" / "our organisation")."""
    seen, removed, previous = set(), [], None
    for number, lines in enumerate(pages_lines, 1):
        for i, edge in sorted(_edges(lines).items()):
            key = (edge, _signature(lines[i]))
            if key in running and key not in seen and not PAGE_NUMBER.match(lines[i]):
                seen.add(key)
                kind = "running_header" if edge == "top" else "running_footer"
                text = " ".join(lines[i].split())
                if previous == (kind, number, i - 1):
                    removed[-1] = (kind, number, f"{removed[-1][2]}\n{text}")
                else:
                    removed.append((kind, number, text))
                previous = (kind, number, i)
    return removed
