"""Requests not to publish or not to name, in every supported language.

Missing a request can put people at risk, so anything that looks like one is reported:
a clear request sets the level with high confidence; a mere keyword sets the stricter
level with low confidence, which puts the submission at the top of the review list.
"""
import functools
import re

from . import cues, nlp
from .requests_lexicon import CONFIDENTIALITY_CUES, REQUEST_WORDS
from .names import Found

ORDER = ("do_not_publish", "withhold_name")      # strictest first


@functools.lru_cache(maxsize=1)
def _all_phrases():
    return tuple(p for level in CONFIDENTIALITY_CUES.values() for kind in level.values() for p in kind)


def detect(doc, submitter_type=""):
    """Found(level) for the whole submission (every file, every page)."""
    hits = []
    for file_name, page, text in doc.all_pages:
        if cues.find_all(_all_phrases(), text):
            hits += _page_hits(text, doc.language, file_name, page)
    for strength in ("strong", "weak"):
        for level in ORDER:
            found = [h for h in hits if h[0] == level and h[1] == strength]
            if found:
                _, _, sentence, file_name, page = found[0]
                return Found(level, 0.92 if strength == "strong" else 0.4, sentence, page, file_name, strength)
    mentions = [h for h in hits if h[1] == "mention"]
    if mentions:
        # Words of a request in a sentence about something else ("closed without identifying
        # the perpetrators"): public, but unsure, so a person reads the sentence.
        _, _, sentence, file_name, page = mentions[0]
        return Found("public", 0.5, f"possible request, please check: {sentence}", page, file_name, "mention")
    sure = 0.95 if submitter_type == "state" else 0.85
    return Found("public", sure, "no request not to publish or not to name was found", 1, doc.file_name, "none")


def _page_hits(text, lang, file_name, page):
    """(level, strength, sentence, file, page) of each sentence carrying a request word."""
    hits = []
    stems = {phrase.rstrip("*").lower() for phrase, _ in cues.find_all(_all_phrases(), text)}
    lines = [line for line in text.splitlines() if any(stem in line.lower() for stem in stems)]
    # Only the lines holding a cue, with their neighbours, are split into sentences.
    notices = _notice_zone(text)
    for sentence in nlp.sentences(_with_neighbours(text, lines), lang):
        for level in ORDER:
            strong = cues.find_any(CONFIDENTIALITY_CUES[level]["strong"], sentence)
            weak = cues.find_any(CONFIDENTIALITY_CUES[level]["weak"], sentence)
            alone = _stands_alone(sentence) or _fold(sentence)[:40] in notices
            if strong and (_is_request(sentence) or (level == "do_not_publish" and alone)):
                hits.append((level, "strong", sentence, file_name, page))
            elif weak and _is_request(sentence):
                hits.append((level, "weak", sentence, file_name, page))
            elif strong:
                hits.append((level, "mention", sentence, file_name, page))
    return hits


def _with_neighbours(text, hit_lines):
    lines = text.splitlines()
    keep = set()
    for i, line in enumerate(lines):
        if line in hit_lines:
            keep |= {i - 1, i, i + 1}
    return "\n".join(lines[i] for i in sorted(keep) if 0 <= i < len(lines))


def _fold(text):
    return " ".join(text.lower().split())


def _notice_zone(text, head=8, tail=6):
    """The first and last lines of a page, where notices about the whole document sit."""
    lines = text.splitlines()
    return _fold(" ".join(lines[:head])) + " | " + _fold(" ".join(lines[-tail:]))


def _is_request(sentence):
    return bool(cues.find_any(REQUEST_WORDS, sentence))


def _stands_alone(sentence):
    """'CONFIDENTIAL: not for publication' — a short notice, not a sentence about others."""
    return len(sentence.split()) <= 8 or bool(re.match(r"^[\W\d¹²³*]*[A-ZА-ЯÀ-Þ]{4,}\b", sentence))
