"""Procedural passages: the formulas around what a submission says, not what it says.

Notes verbales open ("presents its compliments ... has the honour to") and close ("avails
itself of this opportunity ... highest consideration"); letters thank, sign off, ask for
confidentiality, carry title lines and addresses. Clustered with the rest, these make
noise themes ("Experto, independiente, expert") and useless quotes. A passage is set aside
when most of its text (by characters) is made of procedural sentences, where a sentence is
procedural when

- it matches a cue of workbench/data/procedural.csv (kind, language, regular expression over
  lower-cased, accent-stripped text; language ``*`` applies to every language), or
- it is boilerplate: most of its word 5-grams occur in a large share of the call's
  submissions of that language (campaign members count once, so a form-letter campaign
  is never boilerplate of itself);

or when it is a short line (title, address, place) among the first or last passages of its
submission, or formulas plus such a line (a letterhead and date before a title). Set-aside passages stay in the database, searchable and visible on the
Submissions page; they are kept out of candidate clustering, mapping and quotes, and the
reason is recorded (table ``procedural_passages``).
"""

import base64
import binascii
import csv
import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from . import passage_features

CUES_CSV = passage_features.DATA / "procedural.csv"
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
SENTENCE_FINAL = re.compile(r"[.!?…]\W{0,3}$")  # a short line that ends a sentence is not a title
WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 5
CUE_SHARE = 0.5  # a passage is procedural when cues cover this share of its characters,
BOILERPLATE_SHARE = 0.8  # or cues and boilerplate together cover this share
FREQUENT_SHARE = 0.5  # wording used by this share of a language's voices is boilerplate,
MIN_LANGUAGE_VOICES = 10  # counted only in languages with this many voices (fewer: no signal)
BOILERPLATE_SENTENCE = 0.6  # share of a sentence's 5-grams that must be boilerplate
EDGE = 2  # first and last passages of a submission where titles and addresses sit
SHORT_LINE_WORDS = 12
KIND_NAMES = {
    "opening": "opening formula",
    "closing": "closing formula",
    "signature": "signature block",
    "thanks": "thanks",
    "title": "title line",
    "confidentiality": "confidentiality request",
    "about": "about the submitter or the submission",
    "address": "address or reference",
    "boilerplate": "boilerplate",
    "heading": "short line",
    "echoed_question": "the call's own question repeated",
}
ECHO_SCORE = 82  # similarity (0-100, rapidfuzz ratio) from which a sentence repeats a question
ECHO_MIN_WORDS = 4  # shorter sentences ("What else?") are not matched
QUESTION_NUMBER = re.compile(
    r"^\s*(?:(?:question|pregunta|q)\s*)?[\(\[]?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)\]:]\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verdict:
    """Why a passage is set aside: its main kind, the reason in words, procedural share."""

    kind: str
    reason: str
    share: float


COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalise(text):
    """Lower case, accents stripped (Cyrillic й -> и too: cues are stripped alike), one space."""
    return " ".join(strip_marks(text.lower()).split())


def strip_marks(text):
    return COMBINING.sub("", unicodedata.normalize("NFKD", text))


@lru_cache(maxsize=2)
def cues(path=str(CUES_CSV)):
    """{language: [(kind, pattern)]}; ``*`` rows apply to every language."""
    found = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["pattern"].strip() and row["kind"] != "label_stop":
                found[row["language"]].append((row["kind"], row["pattern"].strip()))
    return dict(found)


@lru_cache(maxsize=2)
def label_stop_words(path=str(CUES_CSV)):
    """One compiled pattern of the ``label_stop`` rows: words of courtesy and procedure
    ("respectfully", "expert", "submission") that must never name a theme."""
    rows = [pattern for kind, pattern in _label_rows(path)]
    return re.compile("|".join(f"(?:{strip_marks(p)})" for p in rows) or r"(?!)")


def is_label_stop(word):
    return label_stop_words().fullmatch(normalise(word)) is not None


def _label_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            (r["kind"], r["pattern"].strip())
            for r in csv.DictReader(fh)
            if r["kind"] == "label_stop"
        ]


@lru_cache(maxsize=None)
def language_cues(lang):
    """(cues, one compiled alternation of them) for ``lang``; every language's for an unknown one."""
    table = cues()
    own = table.get(lang) or [
        c for code, rows in sorted(table.items()) if code != "*" for c in rows
    ]
    chosen = own + table.get("*", [])
    # Cues are written in lower case; only accents are stripped (lower-casing would turn \\W into \\w).
    alternation = "|".join(
        f"(?P<c{i}>{strip_marks(pattern)})" for i, (_, pattern) in enumerate(chosen)
    )
    # Cues start at a word's start: the look-behind lets the engine skip the other positions fast.
    return chosen, re.compile(f"(?<!\\w)(?:{alternation})")


def sentences(text):
    return [s for s in SENTENCE_END.split(text.strip()) if s.strip()]


# A call repeats its sentences: 24,000 distinct of 315,000 asked at 1,500 (speed, issue 15).
@lru_cache(maxsize=200_000)
def cue_of(normalised, lang):
    """(kind, pattern) of the first cue a normalised sentence matches, else None."""
    chosen, compiled = language_cues(lang)
    match = compiled.search(normalised)
    return chosen[int(match.lastgroup[1:])] if match else None


DIGIT = re.compile(r"\d")


def shingles(normalised):
    """Codes of word 5-grams of a normalised text (digits folded); short texts give one."""
    return _hashed(WORD.findall(DIGIT.sub("0", normalised)))


# A 5-gram's code: its words' codes (from their bytes, the same in every process, so that a
# text's codes can be kept between runs, issue 15) combined as a polynomial modulo 2**64.
MULTIPLIER = np.uint64(0x100000001B3)
MASK = (1 << 64) - 1


@lru_cache(maxsize=1 << 20)
def _word_code(word):
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def _hashed(words):
    """An int64 array of the 5-grams' codes; a text of fewer words is one code of them all."""
    if len(words) < SHINGLE:
        return np.array([_short_code(words)] if words else [], dtype=np.int64)
    codes = np.fromiter(map(_word_code, words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    found = np.full(n, SHINGLE, dtype=np.uint64)
    for i in range(SHINGLE):
        found = found * MULTIPLIER + codes[i : i + n]
    return found.view(np.int64)


def _short_code(words):
    found = len(words)
    for word in words:
        found = (found * int(MULTIPLIER) + _word_code(word)) & MASK
    return found - (1 << 64) if found >= 1 << 63 else found


def sentence_shingles(text):
    """(the passage's ``shingles``, [each sentence's ``shingles``]) from one reading of its
    sentences: a passage's words are its sentences' words one after the other (sentences
    are cut at spaces, and lower-casing, accents and digits are folded character by
    character), so a sentence's 5-grams are a run of the passage's and are not coded again."""
    whole, each = unpack_shingles(pack_shingles(text))
    return whole.tolist(), each


NO_WORDS, SHORT = -1, -2  # a sentence's run start when it has no 5-gram: no words; one code


def pack_shingles(text):
    """``sentence_shingles`` as JSON keeps it, three base64 arrays: the passage's codes; per
    sentence (start, count) of its run of them, or (SHORT, 0) for a sentence of fewer words
    (its one code is next in the third array) or (NO_WORDS, 0)."""
    words, runs, short = [], [], []
    for sentence in sentences(text):
        found = WORD.findall(DIGIT.sub("0", normalise(sentence)))
        if len(found) >= SHINGLE:
            runs += [len(words), len(found) - SHINGLE + 1]
        else:
            runs += [SHORT if found else NO_WORDS, 0]
            short += [_short_code(found)] if found else []
        words += found
    return [
        _b64(_hashed(words)),
        _b64(np.array(runs, dtype=np.int32)),
        _b64(np.array(short, dtype=np.int64)),
    ]


def _b64(values):
    return base64.b64encode(values.tobytes()).decode("ascii")


def unpack_shingles(packed):
    """(the passage's codes as an array, [each sentence's codes as a list]) of ``pack_shingles``."""
    whole = _codes(packed[0])
    return whole, _sentence_codes(packed, whole.tolist())


def _codes(text, kind=np.int64):
    return np.frombuffer(binascii.a2b_base64(text), dtype=kind)


def _sentence_codes(packed, codes):
    """[each sentence's codes] of a packed passage whose codes are ``codes`` (a list)."""
    runs, short = _codes(packed[1], np.int32).tolist(), iter(_codes(packed[2]).tolist())
    return [
        codes[start : start + count] if count else [next(short)] if start == SHORT else []
        for start, count in zip(runs[::2], runs[1::2])
    ]


# ---------------------------------------------------------------- boilerplate


def frequent_shingles(passages, voices, hashed=None):
    """{language: set of 5-gram codes used by a large share of that language's voices}.
    ``hashed``: each passage's ``shingles`` when known."""
    found = defaultdict(lambda: ([], [], [], {}))
    for row, (p, voice) in enumerate(zip(passages, voices)):
        codes = shingles(normalise(p["text"])) if hashed is None else hashed[row]
        arrays, owners, counts, index = found[p.get("language") or ""]
        if len(codes):  # a voice with no words is not counted among the language's voices
            arrays.append(codes)
            owners.append(index.setdefault(voice, len(index)))
            counts.append(len(codes))
    return {
        lang: _frequent(
            np.concatenate(arrays) if arrays else np.array([], dtype=np.int64),
            np.repeat(np.array(owners, dtype=np.int64), counts),
            len(index),
        )
        for lang, (arrays, owners, counts, index) in found.items()
    }


def _frequent(codes, voice_index, n_voices):
    """The codes found in FREQUENT_SHARE of the voices (``voice_index``: each code's voice)."""
    if len(codes) == 0 or n_voices < MIN_LANGUAGE_VOICES:
        return set()
    needed = FREQUENT_SHARE * n_voices
    order = np.lexsort((voice_index, codes))
    codes, voice_index = codes[order], voice_index[order]
    first = np.ones(len(codes), dtype=bool)
    first[1:] = (codes[1:] != codes[:-1]) | (voice_index[1:] != voice_index[:-1])
    values, counts = np.unique(codes[first], return_counts=True)
    return set(values[counts >= needed].tolist())


def is_boilerplate(normalised, frequent, hashes=None):
    """``hashes``: the sentence's ``shingles`` when known."""
    codes = shingles(normalised).tolist() if hashes is None else hashes
    return bool(codes) and sum(h in frequent for h in codes) >= BOILERPLATE_SENTENCE * len(codes)


# ---------------------------------------------------------------- verdicts


class Questions:
    """The call's questionnaire, matched by similarity (rapidfuzz ratio, which keeps word
    order: an answer that reuses a question's words in another order is not the question):
    a submitter who pastes a question before answering it is not saying it."""

    def __init__(self, questions=()):
        self.texts, self.numbers = [], []
        for number, question in enumerate(questions, 1):
            for sentence in sentences(QUESTION_NUMBER.sub("", question)):
                if len(WORD.findall(sentence)) >= ECHO_MIN_WORDS:
                    self.texts.append(normalise(sentence))
                    self.numbers.append(number)

    def __bool__(self):
        return bool(self.texts)

    def match(self, normalised):
        """'question N' when a normalised sentence repeats (a sentence of) question N, else None."""
        text = QUESTION_NUMBER.sub("", normalised)
        if not self.texts or len(WORD.findall(text)) < ECHO_MIN_WORDS:
            return None
        found = process.extractOne(text, self.texts, scorer=fuzz.ratio, score_cutoff=ECHO_SCORE)
        return f"question {self.numbers[found[2]]}" if found else None


def sentence_cues(text, lang, questions=None):
    """[(sentence number, kind, pattern)] of a passage's sentences that a cue or the call's
    questionnaire marks: they depend on the passage's text and language alone, so they are
    kept by text between runs (speed, issue 15); boilerplate depends on the whole call."""
    found = []
    for number, sentence in enumerate(sentences(text)):
        normalised = normalise(sentence)
        echoed = questions.match(normalised) if questions else None
        cue = ("echoed_question", echoed) if echoed else cue_of(normalised, lang)
        if cue:
            found.append((number, *cue))
    return found


def sentence_kinds(text, lang, frequent, questions=None, cued=None, hashed=None):
    """[(sentence, kind or None, pattern or None)] for one passage; the pattern of an echoed
    question is its number in the questionnaire. ``cued``: its ``sentence_cues`` if known;
    ``hashed``: its sentences' ``shingles`` if known."""
    if cued is None:
        cued = sentence_cues(text, lang, questions)
    marked = {number: (kind, pattern) for number, kind, pattern in cued}
    found = []
    for number, sentence in enumerate(sentences(text)):
        if number in marked:
            found.append((sentence, *marked[number]))
        elif frequent and is_boilerplate(
            normalise(sentence) if hashed is None else None,
            frequent,
            None if hashed is None else hashed[number],
        ):
            found.append((sentence, "boilerplate", None))
        else:
            found.append((sentence, None, None))
    return found


def text_key(passage):
    """What a passage's ``sentence_cues`` are kept under: its language and text."""
    return _text_key((passage.get("language") or "xx").lower(), passage["text"])


@lru_cache(maxsize=250_000)
def _text_key(lang, text):
    # Kept for the run: campaigns, procedural verdicts and the kept model each ask (speed, issue 15).
    return hashlib.sha256(f"{lang}\x1f{text}".encode("utf-8")).hexdigest()[:32]


def edge_rows(passages):
    """Rows that are among the first or last EDGE passages of their submission."""
    by_submission = defaultdict(list)
    for row, p in enumerate(passages):
        by_submission[p.get("submission_id", ("row", row))].append(row)
    # A title needs a text to title: in a submission of a few passages, none is an edge.
    return {
        r
        for rows in by_submission.values()
        if len(rows) > 2 * EDGE
        for r in rows[:EDGE] + rows[-EDGE:]
    }


def assess(passages, voices=None, questions=(), known=None, packed=None):
    """[(Verdict or None, substantive text)] per passage: None = substantive.

    ``passages``: dicts with text, language and, for the structural signals, submission_id
    in reading order. ``voices``: one key per passage (a campaign's members share one);
    default: the submission. The substantive text is the passage without its procedural
    sentences, for features: a report paragraph followed by a signature clusters as the
    paragraph. ``known``: {text_key: sentence_cues} found with the same questions and cues;
    texts not in it are read and added to it. ``packed``: {text_key: pack_shingles} kept
    from before, likewise (a text's 5-grams are read once, issue 15).
    """
    voices = voices or [p.get("submission_id", ("row", r)) for r, p in enumerate(passages)]
    packed = {} if packed is None else packed
    entries = [_packed_of(p, packed) for p in passages]
    wholes = [_codes(entry[0]) for entry in entries]  # arrays: no work for the collector
    frequent = frequent_shingles(passages, voices, wholes)
    edges = edge_rows(passages)
    questions = Questions(questions)
    known = {} if known is None else known
    found = []
    for row, p in enumerate(passages):
        lang = (p.get("language") or "xx").lower()
        key = text_key(p)
        if key not in known:
            known[key] = sentence_cues(p["text"], lang, questions)
        here = frequent.get(p.get("language") or "", set())
        each = _boilerplate_candidates(entries[row], wholes[row], here)
        kinds = sentence_kinds(
            p["text"], lang, here if each else set(), cued=known[key], hashed=each
        )
        kept = " ".join(s for s, kind, _ in kinds if not kind) or p["text"]
        found.append((verdict(p["text"], kinds, lang, row in edges), kept))
    return found


def _boilerplate_candidates(entry, whole, frequent):
    """Each sentence's codes, or None when none of ``frequent`` is among them: a sentence's
    5-grams are among the passage's, and a short sentence's one code is kept apart."""
    if not frequent:
        return None
    codes = whole.tolist()
    if frequent.isdisjoint(codes) and frequent.isdisjoint(_codes(entry[2]).tolist()):
        return None
    return _sentence_codes(entry, codes)


def _packed_of(passage, packed):
    key = text_key(passage)
    if key not in packed:
        packed[key] = pack_shingles(passage["text"])
    return packed[key]


def detect(passages, voices=None, questions=()):
    """One Verdict (set aside) or None (substantive) per passage (see ``assess``)."""
    return [v for v, _ in assess(passages, voices, questions)]


def verdict(text, kinds, lang, at_edge):
    total = sum(len(s) for s, _, _ in kinds) or 1
    cued = (
        sum(
            len(s)
            for s, kind, _ in kinds
            if kind and kind not in ("boilerplate", "echoed_question")
        )
        / total
    )
    share = sum(len(s) for s, kind, _ in kinds if kind) / total
    rest = sum(len(WORD.findall(s)) for s, kind, _ in kinds if not kind)
    # A question pasted before its answer: the passage is the answer; alone, it is set aside.
    if any(kind == "echoed_question" for _, kind, _ in kinds) and rest <= SHORT_LINE_WORDS:
        return Verdict(_main_kind(kinds), _reason(kinds, lang), round(share, 3))
    if (
        cued >= CUE_SHARE
        or share >= BOILERPLATE_SHARE
        or (at_edge and cued and rest <= SHORT_LINE_WORDS)
    ):
        return Verdict(_main_kind(kinds), _reason(kinds, lang), round(share, 3))
    if (
        at_edge
        and len(WORD.findall(text)) <= SHORT_LINE_WORDS
        and not SENTENCE_FINAL.search(text.strip())
    ):
        return Verdict(
            "heading",
            "short line (title, address, date or place) at the start or end of the submission",
            round(share, 3),
        )
    return None


def _main_kind(kinds):
    chars = defaultdict(int)
    for sentence, kind, _ in kinds:
        if kind:
            chars[kind] += len(sentence)
    return max(sorted(chars), key=chars.get)


def _reason(kinds, lang):
    """The kinds found with the cue that found them (data, never the passage's own words:
    a reason must not carry a confidential submitter's name)."""
    parts = []
    for _, kind, pattern in kinds:
        if not kind:
            continue
        part = (
            f"{KIND_NAMES[kind]} ({pattern} of the call's questionnaire)"
            if kind == "echoed_question"
            else f"{KIND_NAMES[kind]} (cue /{pattern}/)"
            if pattern
            else f"boilerplate (wording found in ≥ {FREQUENT_SHARE:.0%} of the {lang} submissions)"
        )
        if part not in parts:
            parts.append(part)
    return "; ".join(parts)
