"""Split cleaned pages into passages: paragraphs that keep their page number.

A passage is what a reader would quote: a paragraph, with short headings folded into the
paragraph they introduce and long paragraphs cut at sentence ends.
"""
import re

MIN_WORDS = 12          # shorter paragraphs are headings or fragments: joined to the next
MAX_WORDS = 220         # longer ones are cut at sentence ends
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9])")
LIST_ITEM = re.compile(r"^\s*([-•●▪*–]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[ivx]{1,4}[.)])\s+")
TERMINAL = tuple(".!?:;…\"”»)")


def _paragraphs(text):
    """Paragraphs of a page: blank lines, list items and short sentence-final lines end them."""
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs, current = [], []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = []
            continue
        if current and LIST_ITEM.match(line):
            paragraphs.append(current)
            current = []
        current.append(line)
        if line.endswith(TERMINAL) and len(line) < 0.8 * width:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return [" ".join(p) for p in paragraphs]


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


def split_page(text):
    """Passages of one page, short pieces folded into the next one."""
    passages, pending = [], ""
    for paragraph in _paragraphs(text):
        paragraph = f"{pending} {paragraph}".strip() if pending else paragraph
        if len(paragraph.split()) < MIN_WORDS:
            pending = paragraph
            continue
        pending = ""
        passages.extend(_cut_long(paragraph))
    if pending:
        if passages and len(pending.split()) < 4:
            passages[-1] = f"{passages[-1]} {pending}"
        else:
            passages.append(pending)
    return passages


def split_pages(pages):
    """[{'page': n, 'text': ...}] over all pages of a file, 1-based."""
    return [
        {"page": number, "text": passage}
        for number, text in enumerate(pages, 1)
        for passage in split_page(text)
    ]
