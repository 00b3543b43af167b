"""Quotes are statements: one to three sentences of a body passage that make a claim,
report a fact or recommend — not the paragraph's number, a question, a fragment cut by a
page end, a list of references or a line of capitals.

``statement(text)`` gives the quote of a passage (None when it holds no statement);
``representative_passages`` in this package picks which passages to quote.
"""

import re

from ..passages import CAPTION
from . import procedural

MAX_SENTENCES = 3
MAX_WORDS = 70  # a quote is read at a glance
MIN_WORDS = 6  # shorter sentences are headings, labels or fragments
SENTENCE = re.compile(r"(?<=[.!?…;])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9•])|(?<=[。！？])")
LEADING_MARK = re.compile(
    r"^\s*(?:[-•●▪*–]\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s+|\(?[a-z][.)]\s+|[ivx]{1,4}[.)]\s+"
    r"|\d{1,3}\s+(?=[A-Z][a-z]+\s[a-z]))+"
)  # the last: a note mark left before a sentence
FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])([.,;:!?”\"»)])\d{1,3}(?=\s|$)")
URL_OR_MAIL = re.compile(r"https?://|www\.|@\w")
CITATION = re.compile(
    r"\b(?:paras?|pp?)\.\s*\d|\bibid\b|\b[A-Z]{1,6}/[A-Za-z0-9.]+/|^\W*(?:i\.\s?e|e\.\s?g|cf)\.|"
    r"\b(?:see|cf\.)\s+(?:also\s+)?(?:para|paragraph|section|annex|response|recommendation|note|"
    r"footnote|chapter|page|p\.)|more information is (?:provided|available|given) in|^\d{1,3}[A-Z]",
    re.IGNORECASE,
)  # notes and cross-references, not statements
BLANK = re.compile(
    r"_{3,}|\s[。，、；：,;:](?!\.)|[\u3400-\u9fff（）]\s+[\u3400-\u9fff（）]|\(\s*\)"
)
# a form's field left blank: "经营地址 。", "name: ____", "参加 项目" (no space in Chinese), "( )"
WORD = re.compile(r"\w+", re.UNICODE)
# A question, also one ending with a full stop ("How has the State included civil society.")
QUESTION = re.compile(
    r"^\W*(how|what|which|when|where|why|who|whom|whose|does|do|did|is|are|was|were|has|have|had|will|would|could|"
    r"can|should|shall|may|might|please (describe|provide|indicate|explain|share)|we would (like|wish) to (ask|know)|"
    r"qu[eé]|c[oó]mo|cu[aá]l(es)?|cu[aá]ndo|d[oó]nde|por qu[eé]|comment|quels?|quelles?|pourquoi|o[uù]|"
    r"como|quais|porque|quando|как|какие|каков\w*|почему|когда|где|что)\b",
    re.IGNORECASE,
)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def clean(text):
    """The passage's words without its paragraph number, bullets or footnote marks."""
    text = " ".join(text.split())
    return FOOTNOTE_MARK.sub(r"\1", LEADING_MARK.sub("", text))


def sentences(text):
    return [s.strip() for s in SENTENCE.split(clean(text)) if s and s.strip()]


def _words(sentence):
    return max(len(WORD.findall(sentence)), len(CJK.findall(sentence)) // 2)


def _balanced(sentence):
    return sentence.count("(") == sentence.count(")") and sentence.count("“") == sentence.count("”")


def is_statement(sentence, min_words=MIN_WORDS, lang="xx"):
    """A whole declarative sentence of ordinary words, neither a question nor a formula
    (the cues of procedural.py: "I have the honour to", "we thank")."""
    if QUESTION.match(sentence) or CAPTION.match(sentence) or not _balanced(sentence):
        return False
    if procedural.cue_of(procedural.normalise(sentence), lang):
        return False
    words = _words(sentence)
    letters = [c for c in sentence if c.isalpha()]
    if not min_words <= words <= MAX_WORDS or not letters:
        return False
    if (
        sentence.rstrip("\"'”»)").endswith("?")
        or not re.search(r"[.!…;。！]\W{0,3}$", sentence)
        or re.search(r":\s*\.$", sentence)
    ):
        return False
    if sentence.lstrip("\"'“«(")[:1].islower() or sum(c.isupper() for c in letters) > 0.5 * len(
        letters
    ):
        return False  # a fragment from the previous page, or a line of capitals
    digits = sum(c.isdigit() for c in sentence)
    return (
        digits <= 0.2 * len(sentence)
        and not URL_OR_MAIL.search(sentence)
        and not CITATION.search(sentence)
        and not BLANK.search(sentence)
    )


def statement(text, lang="xx", max_sentences=MAX_SENTENCES, max_words=MAX_WORDS):
    """The first run of one to three statement sentences of ``text`` (at most ``max_words``),
    a claim's usual place being the paragraph's start; None when there is none."""
    found = sentences(text)
    for start, sentence in enumerate(found):
        if not is_statement(sentence, lang=lang):
            continue
        run = [sentence]
        for following in found[start + 1 : start + max_sentences]:
            # a short sentence may follow the claim ("Nobody was charged.")
            if (
                not is_statement(following, 3, lang)
                or _words(" ".join(run + [following])) > max_words
            ):
                break
            run.append(following)
        quote = " ".join(run)
        return f"{quote[:-1]}." if quote.endswith(";") else quote
    return None
