"""Passage features: spaCy lookup lemmas without stop words, plus language-neutral concepts.

Lemmas come from spaCy's lookup tables (spacy-lookups-data, the tables ``spacy.blank(lang)``
loads for a lookup lemmatizer) and stop words from ``spacy.blank(lang)``; a language without
a table keeps its lower-cased words. Tokenising is a regular expression rather than the spaCy
tokenizer: 100,000 passages must featurise in seconds, and the features only need words.

The concept dictionary (workbench/data/concepts.csv) maps surface forms in each language
("terapias de conversión", "конверсионн* терапи*") to one concept key, so passages written
in different languages about the same thing share features.
"""

import csv
import hashlib
import os
import re
import stat
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from .. import language as languages
from .. import store
from ..stores import lemmas as lemma_store

# The vocabularies are package data: an installed wheel reads them without the checkout.
DATA = resources.files("workbench") / "data"
CONCEPTS_CSV = DATA / "concepts.csv"
WORD = re.compile(r"\w+", re.UNICODE)
CONCEPT_PREFIX = "§"


def strip_accents(text):
    """'conversión' -> 'conversion' (Cyrillic й -> и too: both sides are stripped alike)."""
    if text.isascii():  # nothing to strip (most passages of an English call)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class LanguageTools:
    lang: str
    stop_words: frozenset
    lemmas: dict

    def lemma(self, word):
        return self.lemmas.get(word, word)


def lemma_table(lang):
    """spaCy's lookup lemma table for ``lang``, looked up word by word ({} when none exists
    offline).

    Reading the gzipped JSON takes seconds for French, and loading a whole table a quarter of
    a second a language in every process; an SQLite copy in the user's cache folder is read
    only for the words a process meets (speed, issue 15).
    """
    import spacy_lookups_data

    cached = _cache_dir() / f"lemmas-{lang}-{spacy_lookups_data.__version__}.sqlite"
    if not _ours_alone(cached):  # only a file nobody else could have written is trusted
        lemmas = _read_lemma_table(lang)
        if not lemmas:
            return {}
        store.make_private_dir(cached.parent)
        partial = cached.with_suffix(f".{os.getpid()}.part")
        _write_lemma_file(partial, lemmas)
        os.replace(partial, cached)
    return LemmaTable(cached)


def _write_lemma_file(path, lemmas):
    store.write_private(path, b"")  # created owner-only before SQLite writes into it
    lemma_store.write(path, lemmas)


class LemmaTable:
    """A lemma table in an SQLite file: ``get`` as a dict's, each word read once a process."""

    def __init__(self, path):
        self._reader = lemma_store.Reader(path)
        self._found = {}

    def get(self, word, default=None):
        found = self._found.get(word, _UNREAD)
        if found is _UNREAD:
            found = self._found[word] = self._reader.lemma(word)
        return default if found is None else found

    def __contains__(self, word):
        return self.get(word) is not None


_UNREAD = object()


def _ours_alone(path):
    """Whether ``path`` is a regular file of this user that neither it nor its folder lets others write."""
    try:
        info, folder = os.stat(path, follow_symlinks=False), os.stat(path.parent)
    except FileNotFoundError:
        return False
    uid = os.getuid()
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == uid
        and not info.st_mode & 0o022
        and folder.st_uid == uid
        and not folder.st_mode & 0o022
    )


def _cache_dir():
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workbench"


def _read_lemma_table(lang):
    import spacy_lookups_data
    import srsly

    path = Path(spacy_lookups_data.get_file(f"{lang}_lemma_lookup.json.gz"))
    if not path.exists():  # no table for this language: words are kept as they are
        return {}
    lemmas = {}
    for form, lemma in srsly.read_gzip_json(path).items():
        lemma = lemma[0] if isinstance(lemma, list) else lemma
        # Lower-case forms win over capitalised ones ("Las" is not always "las").
        if form.islower() or form.lower() not in lemmas:
            lemmas[form.lower()] = str(lemma).lower()
    return lemmas


@lru_cache(maxsize=None)
def language_tools(lang):
    """Stop words and lemmas for a language; unknown languages fall back to no lemmas."""
    code = (lang or "xx").lower()
    stop = languages.spacy_stop_words(code) if code in PLAIN_LANGUAGES else None
    if stop is None:
        import spacy

        try:
            nlp = spacy.blank(code)
        except ImportError:  # spaCy has no such language: multi-language defaults
            nlp, code = spacy.blank("xx"), "xx"
        stop = frozenset(w.lower() for w in nlp.Defaults.stop_words)
    return LanguageTools(code, stop, lemma_table(code) if code != "xx" else {})


# Languages whose blank spaCy pipeline's stop words are exactly those of its stop_words.py:
# read from that file alone, without importing spaCy (seconds of every refresh's start-up).
PLAIN_LANGUAGES = ("en", "es", "fr", "pt", "ru")


def lemmatise(text, lang):
    """Every word of ``text`` lower-cased and replaced by its lemma (stop words kept)."""
    tools = language_tools(lang or "xx")
    return [tools.lemma(w) for w in WORD.findall(text.lower())]


def content_lemmas(lemmas, lang):
    """The lemmas worth clustering on: no stop words, numbers or one- or two-letter bits."""
    stop = language_tools(lang or "xx").stop_words
    return [w for w in lemmas if len(w) > 2 and w not in stop and not w[0].isdigit()]


# ---------------------------------------------------------------- concepts


def read_concepts(path=CONCEPTS_CSV, labels=False):
    """Rows (concept, language, surface) of the multilingual concept dictionary.

    Rows whose language is ``label`` name the concept for people; ``labels=True`` returns
    only those, otherwise only the surface forms.
    """
    with open(path, newline="", encoding="utf-8") as fh:
        found = [
            (r["concept"], r["language"], r["surface"].strip())
            for r in csv.DictReader(fh)
            if r["surface"].strip()
        ]
    return [row for row in found if (row[1] == "label") == labels]


def surface_pattern(surface, lang):
    """A regex over lemma strings: words lemmatised like text, ``stem*`` matches any ending,
    ``~`` any one word ("change ~ orientation")."""
    parts = []
    for word in re.findall(r"\w+\*?|~", surface.lower()):
        if word == "~":
            parts.append(r"\w+")
        elif word.endswith("*"):
            parts.append(re.escape(strip_accents(word[:-1])) + r"\w*")
        else:
            parts.append(re.escape(strip_accents(language_tools(lang).lemma(word))))
    return " ".join(parts)


class ConceptMatcher:
    """Finds dictionary concepts in passages: one alternation per language, compiled when
    a passage of that language first needs it (each compile loads that language's lemmas)."""

    def __init__(self, rows):
        self.keys = sorted({key for key, _, _ in rows})
        self.index = {key: i for i, key in enumerate(self.keys)}
        self.rows_by_lang = {}
        for key, lang, surface in rows:
            self.rows_by_lang.setdefault(lang, []).append((key, surface))
        self.patterns = {}

    def pattern(self, lang):
        """The compiled alternation of ``lang`` (every language for an unknown one)."""
        chosen = lang if lang in self.rows_by_lang else "*"
        if chosen not in self.patterns:
            langs = [chosen] if chosen != "*" else sorted(self.rows_by_lang)
            groups = {}
            for code in langs:
                for key, surface in self.rows_by_lang[code]:
                    groups.setdefault(key, []).append(surface_pattern(surface, code))
            self.patterns[chosen] = self._compile(groups)
        return self.patterns[chosen]

    def _compile(self, groups):
        # Longest alternatives first so "conversion therapy" wins over "conversion".
        alternation = "|".join(
            f"(?P<c{self.index[key]}>{'|'.join(sorted(set(pats), key=len, reverse=True))})"
            for key, pats in sorted(groups.items())
        )
        return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")

    def find(self, lemmas, lang):
        """Concept keys found in a passage's lemmas, one entry per occurrence."""
        text = strip_accents(" ".join(lemmas))
        return [self.keys[int(m.lastgroup[1:])] for m in self.pattern(lang).finditer(text)]


@lru_cache(maxsize=4)
def concept_matcher(path=str(CONCEPTS_CSV)):
    return ConceptMatcher(read_concepts(path))


def concept_labels(path=CONCEPTS_CSV):
    """{concept: readable English label} from the dictionary's ``label`` rows."""
    return {key: label for key, _, label in read_concepts(path, labels=True)}


# ---------------------------------------------------------------- feature matrix


@dataclass
class Analysed:
    """What clustering needs from passages: content lemmas and concept occurrences."""

    docs: list  # space-joined content lemmas per passage
    concepts: list  # list of concept keys per passage
    concept_keys: list

    def concept_matrix(self):
        """Passages x concepts: log(1 + count), so one repeated word does not dominate."""
        index = {k: i for i, k in enumerate(self.concept_keys)}
        rows, cols, vals = [], [], []
        for r, found in enumerate(self.concepts):
            for key in set(found):
                rows.append(r)
                cols.append(index[key])
                vals.append(np.log1p(found.count(key)))
        return sp.csr_matrix(
            (vals, (rows, cols)), shape=(len(self.concepts), len(self.concept_keys))
        )


# ---------------------------------------------------------------- cognates (no dictionary)

# Russian letters in Latin (the passport transliteration of 2013, ё/й as е/и): with accents
# stripped, "дискриминация" and "discriminación" meet at "diskrim". 33 letters, one language:
# smaller than a dependency.
CYRILLIC = dict(
    zip(
        "абвгдежзиклмнопрстуфхцчшщъыьэюя",
        "a b v g d e zh z i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia".split(),
    )
)
COGNATE_LETTERS = 4  # chosen on the demo's style "a" (4, 5, 6 tried); style "b" held out
_SPELLING = [
    (re.compile(a), b)
    for a, b in [("ph", "f"), ("th", "t"), ("[cqk]+", "k"), ("[yj]", "i"), (r"(.)\1", r"\1")]
]


@lru_cache(maxsize=200_000)  # a call has tens of thousands of words, millions of occurrences
def cognate_key(lemma, letters=COGNATE_LETTERS):
    """The first letters of a word written alike across languages ('discrimination',
    'discriminación', 'discriminação', 'дискриминация' -> 'disk'), or None for short words.

    Pooling without the dictionary (issue 12, part 4): many words of rights reports are
    Latin or Greek in every language of the call; only their endings and scripts differ."""
    word = strip_accents(lemma)
    if not word.isascii():
        word = "".join(CYRILLIC.get(c, c) for c in word).replace("_", "")
    for pattern, replacement in _SPELLING:
        word = pattern.sub(replacement, word)
    return word[:letters] if len(word) > letters else None


def cognate_doc(doc):
    """A passage's content lemmas (space-joined) as cognate keys."""
    return " ".join(key for key in map(cognate_key, doc.split()) if key)


def analyse(passages, use_concepts=True):
    """Lemmas and concepts of passages (dicts with ``text`` and ``language``); inside
    ``remembered(known)``, a text analysed before is not lemmatised again."""
    matcher = concept_matcher()
    docs, concepts = [], []
    for p in passages:
        lang = (p.get("language") or "xx").lower()
        doc, found = _features(p["text"], lang, matcher, use_concepts)
        docs.append(doc)
        concepts.append(found if use_concepts else [])
    return Analysed(docs, concepts, matcher.keys)


def _features(text, lang, matcher, use_concepts):
    """(content lemmas space-joined, concept keys) of one text: remembered, else computed
    (and remembered when the concepts were looked for)."""
    key = text_key(lang, text) if _KNOWN is not None else None
    if key is not None and key in _KNOWN:
        return _KNOWN[key]
    lemmas = lemmatise(text, lang)
    found = [
        " ".join(content_lemmas(lemmas, lang)),
        matcher.find(lemmas, lang) if use_concepts else [],
    ]
    if key is not None and use_concepts:
        _KNOWN[key] = found
    return found


# {text key: [content lemmas, concepts]} while ``remembered`` holds (speed, issue 15).
_KNOWN = None


@contextmanager
def remembered(known):
    """Within the block, ``analyse`` takes a text's features from ``known`` ({text key:
    [content lemmas, concepts]}, from ``FEATURE_CODE``'s version of this code) and adds each
    new text's: fitting the themes again does not lemmatise every passage again."""
    global _KNOWN
    earlier, _KNOWN = _KNOWN, known
    try:
        yield known
    finally:
        _KNOWN = earlier


def text_key(lang, text):
    """What a text's features are remembered under: its language and text."""
    return hashlib.sha256(f"{lang}\x1f{text}".encode("utf-8")).hexdigest()[:32]


# What a remembered text's features are computed by (with the lemma tables' and spaCy's versions).
FEATURE_CODE = ("themes/passage_features.py", "language.py", "data/concepts.csv")
