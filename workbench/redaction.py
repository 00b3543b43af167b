"""Taking a withheld submitter's identifiers (``identity.collect``) out of any text: one
index of every identifier's forms per set of identifiers, searched once per text, redacted
texts kept per set (see identity.py for what counts as an identifier and why)."""

import functools
import re
import threading
import unicodedata
from collections import OrderedDict

import phonenumbers

from .identity import REPLACEMENT, _folded_with_map, fold, mostly_capitals


class Redactor:
    """Removes a set of identities from text: one pattern over folded text (acronyms apart:
    they are looked up among the text's words as written, see ``_Index.acronym_spans``).

    The pattern is the alternation of every identifier, longest first. Running hundreds of
    alternatives at every character of every quote is what made pages slow, so each text
    first looks up which identifiers could match at all (an identifier's first word must
    start a word of the text; a phone's digits must be in the text's digits) and the
    alternation of those alone runs: the identifiers left out match nowhere in that text,
    so the result is the one the whole pattern gives. Results are kept per set of
    identifiers (the tags' state), so a page run again redacts nothing twice."""

    def __init__(self, identities, replacement=REPLACEMENT, values=()):
        """``values``: identifiers besides the identities' own."""
        self.replacement = replacement
        # Longest first; alike in length, in one fixed order (a set's order changes from one
        # process to the next, and where two start at one place the first listed wins).
        self.values = sorted(
            {v for identity in identities for v in identity.values()} | set(values),
            key=lambda v: (-len(v), v),
        )
        self._index = _index(tuple(self.values), replacement)

    def __bool__(self):
        return self._index.any

    def __call__(self, text):
        if not text or not self._index.any:
            return text
        return self._index.redact(text)

    def spans(self, text):
        """[(start, end)] in ``text`` of what ``__call__`` replaces (empty: nothing to redact)."""
        if not text or not self._index.any:
            return []
        return self._index.text_spans(text)

    def remember(self, text, spans):
        """Keep ``text``'s redaction, given the spans ``spans`` found for it (before, and kept)."""
        if text and self._index.any:
            self._index.remember(text, spans)

    def may_find(self, text):
        """False when no identifier can be in the text: what each one's pattern spells out
        (its folded words, a phone's digits, an acronym's forms) is missing. A quick screen:
        True says only that the text must be redacted to know (see ``finds``)."""
        if not text or not self._index.any:
            return False
        return self._index.may_match(text)

    def finds(self, text):
        """Whether any identifier is in the text (for checks and tests)."""
        if not text or not self._index.any:
            return False
        return bool(self._index.matching(fold(text)) or self._index.acronym_spans(text))


def redact_own(found, text, replacement=REPLACEMENT):
    """What only ``found``'s own texts may not show (its country: ``Identity.own_values``) out
    of one of its texts, as ``Redactor`` takes identifiers out."""
    values = tuple(sorted(found.own_values(), key=lambda v: (-len(v), v)))
    if not text or not values:
        return text
    return _own_index(values, replacement).redact(text)


@functools.lru_cache(maxsize=1024)
def _own_index(values, replacement):
    return _Index(values, replacement)


ALNUM_RUN = re.compile(r"[^\W_]+")  # a word as the identifier patterns see its start
PHONE_SEPARATORS = re.compile(r"[\s().\-/]+")
DIGIT_RUN = re.compile(r"\d+")
KEY = 4  # identifiers are looked up by their first 4 letters or digits
MEMO_SIZE = 40000  # redacted texts kept per set of identifiers (tens of MB)


@functools.lru_cache(maxsize=4)
def _index(values, replacement):
    """One index (and its results) per set of identifiers: Publications of the same tags share it."""
    return _Index(values, replacement)


class _Index:
    def __init__(self, values, replacement):
        self.values, self.replacement = values, replacement
        self.words, self.digits, self.always, self.required, self.first = {}, {}, [], [], []
        self.acronyms = {}  # its forms as written ('MOB', 'M.O.B') -> position
        for position, value in enumerate(values):
            if _is_acronym(value):
                self.acronyms.update(dict.fromkeys(_acronym_forms(value), position))
                self.required.append(())
                self.first.append(None)
                continue
            kind, key, required = _value_key(value)
            self.required.append(required)
            # A first word of letters and digits only is a whole word of the text where the
            # identifier starts, unless the next word follows with no separator at all.
            whole = kind == "word" and ALNUM_RUN.fullmatch(required[0])
            self.first.append(
                (required[0], "".join(required[:2]) if len(required) > 1 else None)
                if whole
                else None
            )
            if kind == "word":  # {length of key: {key: [positions]}}
                start = key[:KEY]
                self.words.setdefault(len(start), {}).setdefault(start, []).append(position)
            elif kind == "digits":
                self.digits.setdefault(key[:KEY], []).append((key, position))
            elif kind == "always":
                self.always.append(position)
        self.digit_sizes = sorted({len(k) for k in self.digits})
        self.any = bool(self.words or self.digits or self.always or self.acronyms)
        self.memo, self.lock = OrderedDict(), threading.Lock()  # pages run in threads

    def acronym_spans(self, text):
        """Where the text writes an acronym as its submitter does: in capitals (accents aside),
        dotted or not, a whole word ('MOB', 'M.O.B.', "MOB's"; not 'mob', not 'Mob')."""
        if not self.acronyms:
            return []
        words = set(ACRONYM_WORD.findall(text))
        if not text.isascii():
            words = {_bare(w) for w in words if not w.islower()}
        if words.isdisjoint(self.acronyms):
            return []
        return [m.span() for m in ACRONYM_WORD.finditer(text) if _bare(m.group()) in self.acronyms]

    def may_match(self, text):
        """False only when no identifier's pattern can match ``text`` (``Redactor.may_find``)."""
        if self.always:
            return True
        folded = fold(text)
        if any(all(w in folded for w in words) for words in self.required if words):
            return True
        if self.digits and DIGIT_RUN.search(folded):
            digits = PHONE_SEPARATORS.sub("", folded)
            if any(key in digits for entries in self.digits.values() for key, _ in entries):
                return True
        # An acronym's form as written, folded, is in the folded text wherever it is written.
        return any(form.casefold() in folded for form in self.acronyms)

    def candidates(self, folded, runs):
        """Positions of the identifiers that could match somewhere in the folded text (``runs``:
        its words as ALNUM_RUN finds them)."""
        found = set(self.always)
        if self.words:
            for size, keys in self.words.items():
                for key in keys.keys() & {run[:size] for run in runs}:
                    found.update(keys[key])
        if self.digits and DIGIT_RUN.search(folded):
            for run in set(DIGIT_RUN.findall(PHONE_SEPARATORS.sub("", folded))):
                for size in self.digit_sizes:
                    for start in range(len(run) - size + 1):
                        for key, position in self.digits.get(run[start : start + size], ()):
                            if key in run:
                                found.add(position)
        return found

    def matching(self, folded):
        """Positions, in order, of the identifiers whose pattern matches somewhere in the folded
        text. Every word of an identifier is in its pattern as written: a substring test drops most."""
        return [p for p, _ in self._first_matches(folded)]

    def _first_matches(self, folded):
        """(position, first match) of each identifier ``matching`` finds, in its order."""
        runs = set(ALNUM_RUN.findall(folded))
        found = []
        for p in sorted(self.candidates(folded, runs)):
            if all(word in folded for word in self.required[p]) and self._starts(p, runs, folded):
                match = _single(self.values[p]).search(folded)
                if match is not None:
                    found.append((p, match))
        return found

    def _starts(self, position, runs, folded):
        first = self.first[position]
        return first is None or first[0] in runs or (first[1] is not None and first[1] in folded)

    def spans(self, folded):
        """The (start, end) of every match of the alternation of all identifiers in the folded
        text, found with the patterns of the identifiers that match there alone."""
        matched = self._first_matches(folded)
        found = [p for p, _ in matched]
        spans = (
            None
            if any(p in self.always for p in found)
            else _leftmost_first(
                folded, [_single(self.values[p]) for p in found], [m for _, m in matched]
            )
        )
        if spans is None:  # a pattern with no sure key, or an empty match: let re alternate
            return [
                m.span() for m in _compile(tuple(self.values[p] for p in found)).finditer(folded)
            ]
        return spans

    def redact(self, text):
        with self.lock:
            if text in self.memo:
                self.memo.move_to_end(text)
                return self.memo[text]
        return self.remember(text, self.text_spans(text))

    def remember(self, text, spans):
        result = _replace_spans(text, spans, self.replacement) if spans else text
        with self.lock:
            self.memo[text] = result
            if len(self.memo) > MEMO_SIZE:
                self.memo.popitem(last=False)
        return result

    def text_spans(self, text):
        """The spans of ``spans`` mapped back from the folded text to ``text`` itself, with the
        acronyms' spans (overlapping ones joined)."""
        found = self.spans(fold(text))
        acronyms = self.acronym_spans(text)
        if not found:
            return acronyms
        _, where = _folded_with_map(text)
        mapped = [(where[s], where[e - 1] + 1) for s, e in found if e > s]
        return _merged(mapped + acronyms) if acronyms else mapped


def _leftmost_first(text, patterns, first=None):
    """What ``re.compile("|".join(patterns)).finditer(text)`` finds, as spans: scanning left to
    right, the leftmost match, the earliest pattern's where several start at one place; then on
    from its end (None if a pattern matches an empty string: re's rules differ there).
    Compiling each set of patterns a text needs was most of a page's time. ``first``: each
    pattern's first match in the text when the caller has searched already (not twice)."""
    if not patterns:
        return []
    upcoming = list(first) if first is not None else [pattern.search(text) for pattern in patterns]
    spans, pos = [], 0
    while True:
        for i, match in enumerate(upcoming):
            if match is not None and match.start() < pos:
                upcoming[i] = patterns[i].search(text, pos)
        live = [(match.start(), i) for i, match in enumerate(upcoming) if match is not None]
        if not live:
            return spans
        _, first = min(live)
        start, pos = upcoming[first].span()
        if start == pos:
            return None
        spans.append((start, pos))


def _value_key(value):
    """What any match of the value's pattern (``_value_pattern``) must hold, as (kind, key, words):
    ("word", start of its first word: a match starts where a word of the text starts with it),
    ("digits", its digits: contiguous in the text once phone separators are removed),
    ("always", None) when no such key is sure, (None, None) when the value has no pattern;
    ``words``: the folded words the pattern spells out (each a substring of any match)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"\W", "", value)) - 2:
        key = _phone_digits(value, digits)
        return ("digits", key, ()) if key else ("always", None, ())
    words = re.findall(r"\w+", fold(value))
    if not words:
        return None, None, ()
    start = ALNUM_RUN.match(words[0])
    return ("word", start.group(), tuple(words)) if start else ("always", None, tuple(words))


def _phone_digits(value, digits):
    """The digits ``_phone_pattern`` spells out one by one (the national number, else all of them)."""
    try:
        number = phonenumbers.parse(value if value.startswith("+") else "+" + digits, None)
        return phonenumbers.national_significant_number(number)
    except phonenumbers.NumberParseException:
        return digits


def _merged(spans):
    """Spans in order, those that overlap joined into one."""
    out = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _replace_spans(text, spans, replacement):
    out, last = [], 0
    for start, end in _merged(spans):
        out.append(text[last:start])
        out.append(replacement)
        last = end
    out.append(text[last:])
    return "".join(out)


# A word as an acronym is looked for: dotted letters ('M.O.B', its last dot left as punctuation)
# or a run of letters and digits.
ACRONYM_WORD = re.compile(r"(?<![^\W_])(?:[^\W_]\.)+[^\W_](?![^\W_])|[^\W_]+")


def _is_acronym(value):
    """One word mostly in capitals ('MOB', 'CoDHES', 'ФЁРЮ'): matched as written, not folded."""
    return (
        bool(ALNUM_RUN.fullmatch(value))
        and any(c.isupper() for c in value)
        and mostly_capitals(value)
    )


def _acronym_forms(value):
    """'CoDHES' -> CoDHES, CODHES, C.o.D.H.E.S, C.O.D.H.E.S (accents off: 'ROALÉ' -> 'ROALE')."""
    forms = {_bare(value), _bare(value).upper()}
    return forms | {".".join(form) for form in forms}


@functools.lru_cache(maxsize=65536)
def _bare(text):
    """Without accents, case kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _single(value):
    """One identifier's pattern, to drop those that match nowhere in a text before the alternation."""
    return _compile((value,)) or _NOTHING


_NOTHING = re.compile(r"(?!)")


@functools.lru_cache(maxsize=4096)
def _compile(values):
    parts = [_value_pattern(v) for v in values]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return re.compile("|".join(parts))


def _value_pattern(value):
    """The folded value with any separators between its words (or its digits, for phones)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"\W", "", value)) - 2:
        return _phone_pattern(value, digits)
    words = re.findall(r"\w+", fold(value))
    if not words:
        return ""
    body = r"[\W_]*".join(re.escape(w) for w in words)
    return rf"(?<![^\W_]){body}(?![^\W_])"


def _phone_pattern(value, digits):
    """The same number however it is written: with or without +CC / 00CC, a trunk 0, any spacing."""
    sep = r"[\s().\-/]{0,3}"
    spaced = lambda d: sep.join(d)  # noqa: E731 (a one-line helper)
    try:
        number = phonenumbers.parse(value if value.startswith("+") else "+" + digits, None)
        cc, national = str(number.country_code), phonenumbers.national_significant_number(number)
    except phonenumbers.NumberParseException:
        return rf"(?<!\d)\+?{spaced(digits)}(?!\d)"
    return rf"(?<!\d)(?:(?:\+|00){sep}{spaced(cc)}{sep})?(?:0{sep})?{spaced(national)}(?!\d)"
