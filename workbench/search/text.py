"""Words as the search index keeps them: folded (lower case, no accents) and stemmed in the
language of the text they come from (Snowball stemmers through PyStemmer, MIT/BSD), so that
"полиции" and "полицию", "therapy" and "therapies", "policía" and "policia" meet.

Folding comes before stemming, on both sides (index and query): a word typed without its
accents then gets exactly the stem of the accented word.
"""

import functools
import re
import unicodedata

import Stemmer

# ISO 639-1 -> Snowball algorithm, for every language PyStemmer ships that submissions use.
ALGORITHMS = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "pt": "portuguese",
    "ru": "russian",
    "de": "german",
    "it": "italian",
    "nl": "dutch",
    "ar": "arabic",
    "tr": "turkish",
    "pl": "polish",
    "ro": "romanian",
    "ca": "catalan",
    "sv": "swedish",
    "da": "danish",
    "no": "norwegian",
    "nb": "norwegian",
    "fi": "finnish",
    "hu": "hungarian",
    "el": "greek",
    "cs": "czech",
    "id": "indonesian",
    "sr": "serbian",
    "lt": "lithuanian",
    "et": "estonian",
    "hy": "armenian",
    "eu": "basque",
    "ga": "irish",
    "hi": "hindi",
    "ne": "nepali",
    "fa": "persian",
    "ta": "tamil",
}
# A query's words are read in each of the team's working languages (the query has no language).
QUERY_LANGUAGES = ("en", "es", "fr", "pt", "ru")
WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@functools.lru_cache(maxsize=None)
def stemmer(language):
    """The Snowball stemmer of a language, or None when there is none."""
    algorithm = ALGORITHMS.get((language or "").lower()[:2])
    return Stemmer.Stemmer(algorithm) if algorithm and algorithm in Stemmer.algorithms() else None


def fold(text):
    """Lower case without accents; Cyrillic keeps й (a letter of its own) and reads ё as е."""
    text = text.casefold()
    return text if text.isascii() else text.translate(_FOLDED)


class _FoldTable(dict):
    """str.translate's table, filled the first time each character is met."""

    def __missing__(self, code):
        char = chr(code)
        if "\u0400" <= char <= "\u04ff":
            folded = "е" if char == "ё" else char
        else:
            folded = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
        self[code] = folded
        return folded


_FOLDED = _FoldTable()


def words(text):
    """The folded words of ``text``, in order."""
    return WORD.findall(fold(text or ""))


def spans(text):
    """(start, end, folded word) of every word of ``text``: where to highlight a match."""
    return [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text or "")]


def stem_words(folded, language):
    """Stems of folded words in ``language``; Cyrillic words without a Cyrillic stemmer read as Russian."""
    own = stemmer(language)
    if own is not None and (language or "")[:2] in ("ru", "uk", "bg", "be", "sr", "kk", "ky", "mk"):
        return own.stemWords(folded)
    stems = own.stemWords(folded) if own is not None else list(folded)
    if not any(CYRILLIC.search(w) for w in folded):
        return stems
    russian = stemmer("ru")
    return [russian.stemWord(w) if CYRILLIC.search(w) else s for w, s in zip(folded, stems)]


def index_text(text, language):
    """What the index stores for a text: its stems, space-separated, in order (phrases work)."""
    return " ".join(stem_words(words(text), language))


def query_stems(word):
    """Every form a folded query word may take in the index: itself and its stem in each
    working language (a query does not say its language)."""
    found = [word]
    for language in QUERY_LANGUAGES:
        stem = stemmer(language).stemWord(word)
        if stem not in found:
            found.append(stem)
    return found
