"""The request lexicon as compiled patterns, and the prefilter that keeps detection cheap.

Text is normalised (case, Arabic diacritics and letter forms, traditional Chinese folded to
simplified, apostrophes); each lexicon entry becomes a regex; the literal substrings every
match needs ("triggers") are read from those regexes, so a page without any of them is
never split into sentences, and a new lexicon entry can never be missed by the prefilter.
Used by confidentiality.py.
"""

import functools
import re
import re._constants as _sre
import re._parser as _parser

from . import requests_lexicon as lex

_CJK = re.compile(r"[\u3400-\u9fff]")

_AR_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_FOLD = str.maketrans(
    {
        **lex.ZH_TRADITIONAL,
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "’": "'",
        "‘": "'",
        "ё": "е",
        "\u00a0": " ",
        "\u2011": "-",
        "_": " ",
    }
)


def normalise(text):
    """Lower case, one apostrophe, Arabic without diacritics and with one alef (as the lexicon)."""
    return " ".join(_AR_MARKS.sub("", text.lower()).translate(_FOLD).split())


_BOUNDARY = r"(?<![\w-])"  # "l'autorité", "n'a" start words after an apostrophe


def _fold_fragment(fragment):
    return _AR_MARKS.sub("", fragment).translate(_FOLD)


def _starts_word(fragment):
    """A fragment whose every match starts with a letter must start a word ("(?:o|a) " not inside "não ")."""
    if fragment.startswith("(?<"):
        return False
    prefixes = literal_prefixes(fragment)
    return bool(prefixes) and all(re.match(r"[a-zà-ÿа-я]", p) for p in prefixes)


def _fragments(name):
    data = getattr(lex, name)
    return [
        _fold_fragment(f)
        for f in ([f for fs in data.values() for f in fs] if isinstance(data, dict) else data)
    ]


@functools.lru_cache(maxsize=None)
def pattern(name):
    """One regex for a lexicon entry (a {lang: [fragments]} dict or a list), every language at once.

    Fragments that start a word share one look-behind, tested once per position (much faster
    than one per fragment).
    """
    fragments = _fragments(name)
    words_ = "|".join(f"(?:{f})" for f in fragments if _starts_word(f))
    others = [f"(?:{f})" for f in fragments if not _starts_word(f)]
    return re.compile("|".join(([f"{_BOUNDARY}(?:{words_})"] if words_ else []) + others))


TRIGGER_SOURCES = (
    "PUBLISH",
    "NAME",
    "WITHHOLD",
    "MARKERS_DO_NOT_PUBLISH",
    "MARKERS_WITHHOLD_NAME",
    "NOTICE_ONLY_MARKERS",
    "NOTICE_ABBREVIATIONS",
    "NOTICE_NOUNS",
    "CAREFUL",
    "CONTENTS_AT_RISK",
)
NOTICE_SOURCES = ("NOTICE_ONLY_MARKERS", "NOTICE_ABBREVIATIONS", "NOTICE_NOUNS")
# CONSENT and HEDGES are not triggers: they only cancel.


@functools.lru_cache(maxsize=1)
def _notice_only():
    """Triggers of notice-only words ("conf", "restricted"): outside a notice they ask nothing."""
    others = set().union(*(triggers(n) for n in TRIGGER_SOURCES if n not in NOTICE_SOURCES))
    return frozenset(set().union(*(triggers(n) for n in NOTICE_SOURCES)) - others)


@functools.lru_cache(maxsize=1)
def _acts_only():
    """Triggers that only start an act (publish, name): alone, without a negation, they ask nothing."""
    others = set().union(*(triggers(n) for n in TRIGGER_SOURCES if n not in ("PUBLISH", "NAME")))
    return frozenset((triggers("PUBLISH") | triggers("NAME")) - others)


@functools.lru_cache(maxsize=None)
def triggers(name=None):
    """Literal beginnings of every act and marker (or of lexicon entry ``name``): a text holding
    none of them asks for nothing. Read from the lexicon's own regexes, so a new entry cannot be
    forgotten by the prefilter."""
    found = set()
    for source in (name,) if name else TRIGGER_SOURCES:
        for fragment in _fragments(source):
            found |= required_literals(fragment)
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _all_triggers():
    return tuple(sorted(triggers()))


def _finditer(name, low, present=None):
    """pattern(name).finditer(low), skipped when none of the entry's triggers is in the text.

    ``present``: the triggers found in ``low`` (a set), which makes the test a set intersection."""
    if present is not None and name in TRIGGER_SOURCES:
        if triggers(name).isdisjoint(present):
            return []
    elif not any(t in low for t in triggers(name)):
        return []
    return list(pattern(name).finditer(low))


def required_literals(fragment):
    """Strings one of which every match of ``fragment`` contains, chosen as long as possible
    ("confiden" rather than "keep|treat|hold" in "keep … confidential")."""
    return _required_at(fragment)[0]


@functools.lru_cache(maxsize=None)
def _required_at(fragment):
    """(required_literals, whether each of them starts a word in every match)."""
    found, word = _required(_parser.parse(fragment), _starts_word(fragment))
    return ({t.strip() for t in found if t.strip()} or {""}), word


def _required(items, here):
    """The best 'one of these' set for a sequence of regex items (longest shortest member), and
    whether its strings start a word. ``here``: whether the sequence starts at a word start."""
    candidates, run, run_word = [], "", False
    for op, av in list(items) + [(None, None)]:
        if op is _sre.LITERAL:
            if not run:
                run_word = here
            run += chr(av)
            here = chr(av) == " "
            continue
        if run.strip():
            candidates.append(({run}, run_word or run[0] == " "))
        run = ""
        if op is None:
            break
        if op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue
        if op is _sre.AT:
            here = True
        elif op is _sre.SUBPATTERN:
            candidates.append(_required(av[3], here))
            here = _ends_with_space(av[3])
        elif op is _sre.BRANCH:
            alternatives = [_required(branch, here) for branch in av[1]]
            candidates.append(
                (set().union(*(a for a, _ in alternatives)), all(w for _, w in alternatives))
            )
            here = all(_ends_with_space(branch) for branch in av[1])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            candidates.append(_required(av[2], here))
            here = False
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            here = here and _ends_with_space(av[2])  # "(?:the )?name": still a word start
        else:
            here = False
    candidates = [
        ({t.strip() for t in c}, w) for c, w in candidates if c and all(t.strip() for t in c)
    ]
    if not candidates:
        return {""}, False
    return max(
        candidates,
        key=lambda cw: (not cw[0] & COMMON_WORDS, min(len(t) for t in cw[0]), -len(cw[0])),
    )


def _ends_with_space(items):
    """Whether every match of ``items`` ends with a space (so what follows starts a word)."""
    items = list(items)
    if not items:
        return False
    op, av = items[-1]
    if op is _sre.SUBPATTERN:
        return _ends_with_space(av[3])
    if op is _sre.BRANCH:
        return all(_ends_with_space(branch) for branch in av[1])
    return (op, av) == (_sre.LITERAL, 32)


_SKIP = {_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT}
# Words in every text make poor triggers: a rarer literal of the same fragment is preferred.
COMMON_WORDS = {
    "with",
    "only",
    "para",
    "como",
    "for",
    "the",
    "and",
    "not",
    "use",
    "des",
    "les",
    "que",
    "der",
    "die",
    "das",
    "und",
    "для",
    "что",
    "من",
    "في",
    "علي",
    "的",
    "do not",
    "with a",
    "to",
    "as",
}


def literal_prefixes(fragment):
    """The literal text every match of ``fragment`` starts with, one per alternative."""
    paths = _expand(_parser.parse(fragment), {("", True)})
    return {p.strip() for p, _ in paths}


def _expand(items, paths):
    for op, av in items:
        opens = {p for p, o in paths if o}
        if not opens:
            break
        closed = {(p, False) for p, o in paths if not o}
        start = {(p, True) for p in opens}
        if op in _SKIP:
            continue
        if op is _sre.LITERAL:
            paths = closed | {(p + chr(av), True) for p in opens}
        elif op is _sre.SUBPATTERN:
            paths = closed | _expand(av[3], start)
        elif op is _sre.BRANCH:
            paths = closed | {q for branch in av[1] for q in _expand(branch, start)}
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            paths = closed | start | _expand(av[2], start)
        else:
            paths = closed | {(p, False) for p in opens}
        if len(paths) > 64:
            paths = {(p, False) for p, _ in paths}
    return paths


def present_triggers(low, among=None):
    """The triggers found in ``low``, looked for among ``among`` (a part's) or all of them."""
    return frozenset(t for t in (among if among is not None else _all_triggers()) if t in low)


_WORD = re.compile(r"\w+")
KEY = 4  # characters of a word a trigger is first looked up by


@functools.lru_cache(maxsize=1)
def _lookup():
    """({word start: triggers}, triggers to find anywhere): triggers that always start a word are
    looked up by their first characters among the words of a text (a set lookup); the others —
    Arabic with its prefixes, Chinese without spaces, a few inside words — by substring."""
    starts, anywhere = {}, set()
    for name in TRIGGER_SOURCES:
        for fragment in _fragments(name):
            found, word = _required_at(fragment)
            for trigger in found:
                key = trigger.split(" ", 1)[0][:KEY]
                if (
                    word
                    and _WORD.fullmatch(key)
                    and not _CJK.search(key)
                    and not re.search("[\u0600-\u06ff]", key)
                ):
                    starts.setdefault(key, set()).add(trigger)
                else:
                    anywhere.add(trigger)
    by_script = {}
    for trigger in anywhere:
        script = next((name for name, chars in SCRIPTS.items() if chars.search(trigger)), "other")
        by_script.setdefault(script, []).append(trigger)
    return {k: tuple(v) for k, v in starts.items()}, {k: tuple(v) for k, v in by_script.items()}


SCRIPTS = {"arabic": re.compile("[\u0600-\u06ff]"), "cjk": _CJK}


def part_triggers(low):
    """The triggers a part's text holds: word starts looked up, the rest found by substring
    (Arabic and Chinese ones only in a text written in those scripts)."""
    starts, anywhere = _lookup()
    prefixes = {w[:k] for w in set(_WORD.findall(low)) for k in range(1, KEY + 1)}
    found = {t for key in prefixes.intersection(starts) for t in starts[key] if t in low}
    scripts = ["other"] + [name for name, chars in SCRIPTS.items() if chars.search(low)]
    return frozenset(
        found.union(t for script in scripts for t in anywhere.get(script, ()) if t in low)
    )


# --- reading every part -----------------------------------------------------------------
