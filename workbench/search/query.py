"""A search box's text as a query: plain words (all of them, in any of their forms), "a phrase"
in quotes, OR between alternatives, -word to leave out, word* for any ending. Nothing a person
types is a syntax error: characters that mean nothing here are read as spaces.

The same Query renders as an FTS5 expression over the stemmed index (``fts``) and matches or
highlights a text in Python (``matches``, ``marks``) — used to check a redacted text still
matches, and to show where a passage matched.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import text as words_of

CHUNK = re.compile(r'-?"[^"]*"?\*?|\S+')


@dataclass(frozen=True)
class Item:
    """A word (one element) or a phrase (several), with the index forms of each reading."""

    words: tuple
    prefix: bool = False
    readings: tuple = ()  # tuples of index tokens, one tuple per reading
    synonym: bool = False  # a term of the concept dictionary the person did not type

    @classmethod
    def of(cls, folded, prefix=False, synonym=False):
        folded = tuple(folded)
        if len(folded) == 1:
            readings = tuple((s,) for s in words_of.query_stems(folded[0]))
        else:
            found = [folded]
            for language in words_of.QUERY_LANGUAGES:
                stems = tuple(words_of.stem_words(list(folded), language))
                if stems not in found:
                    found.append(stems)
            readings = tuple(found)
        return cls(folded, prefix, readings, synonym)

    def fts(self):
        star = "*" if self.prefix else ""
        return "(" + " OR ".join(f'"{" ".join(r)}"{star}' for r in self.readings) + ")"

    def positions(self, stems):
        """Index ranges [start, end) of ``stems`` (a text's index tokens) where this item occurs."""
        found = []
        for reading in self.readings:
            n = len(reading)
            for i in range(len(stems) - n + 1):
                if all(stems[i + k] == reading[k] for k in range(n - 1)) and (
                    stems[i + n - 1].startswith(reading[-1])
                    if self.prefix
                    else stems[i + n - 1] == reading[-1]
                ):
                    found.append((i, i + n))
        return found


@dataclass
class Query:
    text: str
    groups: list = field(default_factory=list)  # AND of groups; a group is an OR of items
    excluded: list = field(default_factory=list)  # items none of which may occur

    def __bool__(self):
        return bool(self.groups)

    def fts(self):
        """The FTS5 expression over the stemmed index; '' when nothing is asked."""
        if not self.groups:
            return ""
        positive = " AND ".join(
            "(" + " OR ".join(i.fts() for i in group) + ")" for group in self.groups
        )
        if not self.excluded:
            return positive
        return f"({positive}) NOT ({' OR '.join(i.fts() for i in self.excluded)})"

    def matches(self, stems):
        """Does a text with these index tokens match, as the FTS index would say?"""
        return (
            bool(self.groups)
            and all(any(i.positions(stems) for i in group) for group in self.groups)
            and not any(i.positions(stems) for i in self.excluded)
        )

    def marks(self, stems):
        """Indexes of the tokens that a positive item of the query matched."""
        marked = set()
        for group in self.groups:
            for item in group:
                for start, end in item.positions(stems):
                    marked.update(range(start, end))
        return marked

    def folded_words(self):
        """Every folded word a person typed (for checks against withheld identities)."""
        return sorted(
            {w for group in self.groups for i in group if not i.synonym for w in i.words}
            | {w for i in self.excluded for w in i.words}
        )


def parse(text):
    """The Query of what a person typed."""
    query, pending_or = Query(text or ""), False
    for chunk in CHUNK.findall(text or ""):
        if chunk == "OR":
            pending_or = bool(query.groups)
            continue
        negative = chunk.startswith("-") and len(chunk) > 1
        body = chunk[1:] if negative else chunk
        prefix = body.endswith("*")
        folded = words_of.words(body)
        if not folded:
            continue
        item = Item.of(folded, prefix=prefix)
        if negative:
            query.excluded.append(item)
        elif pending_or:
            query.groups[-1].append(item)
        else:
            query.groups.append([item])
        pending_or = False
    query.groups = with_synonyms(query.groups)
    return query


# ---------------------------------------------------------------- the concept dictionary's terms


def with_synonyms(groups):
    """Plain words typed in a row that are a term of several words in the concept dictionary
    (workbench/data/concepts.csv: "conversion therapy") find that phrase or any of the concept's
    other terms of several words, in every language ("conversion practices", "terapias de
    conversión", "thérapies de conversion"): a person need not know how each submission says it.
    Single-word terms ("cure") are too broad to be added."""
    found, start = [], 0
    while start < len(groups):
        run, terms = _longest_term(groups, start)
        if terms:
            typed = Item.of([g[0].words[0] for g in groups[start : start + run]])
            found.append([typed, *terms])
            start += run
        else:
            found.append(groups[start])
            start += 1
    return found


def _longest_term(groups, start):
    """(how many groups from ``start`` are a dictionary term, the concept's other terms as Items)."""
    for run in range(min(MAX_TERM_WORDS, len(groups) - start), 1, -1):
        words = groups[start : start + run]
        if not all(len(g) == 1 and len(g[0].words) == 1 and not g[0].prefix for g in words):
            continue
        stems = tuple(frozenset(words_of.query_stems(g[0].words[0])) for g in words)
        for concept, surfaces in _terms().items():
            if any(_same_words(stems, term) for term, _ in surfaces):
                return run, [_item(term, language) for term, language in surfaces]
    return 0, []


MAX_TERM_WORDS = 4


def _same_words(stems, term):
    """Whether typed words (each word's stems) are the words of a term (a word* any ending)."""
    return len(stems) == len(term) and all(
        any(s.startswith(word) for s in typed)
        if open_ending
        else bool(typed & frozenset(words_of.query_stems(word)))
        for typed, (word, open_ending) in zip(stems, term)
    )


def _item(term, language):
    """A term as a phrase: its words as written and as stemmed in its own language (the
    dictionary says which), the last one's ending open when it has a star."""
    words = tuple(word for word, _ in term)
    stems = tuple(words_of.stem_words(list(words), language))
    readings = (words,) if stems == words else (words, stems)
    return Item(words, term[-1][1], readings, synonym=True)


@lru_cache(maxsize=1)
def _terms():
    """{concept: [(a term of two words or more as [(folded word, any ending)], its language)]}; terms with a
    "~" gap, or a star inside them, are left out (a phrase's ending is open at its end only)."""
    from ..themes.passage_features import read_concepts

    found = {}
    for concept, language, surface in read_concepts():
        term = [
            (word, chunk.endswith("*") and i == len(words) - 1)
            for chunk in surface.split()
            for words in [words_of.words(chunk)]
            for i, word in enumerate(words)
        ]
        inner_star = any(c.endswith("*") for c in surface.split()[:-1])
        if len(term) > 1 and "~" not in surface and not inner_star:
            found.setdefault(concept, []).append((term, language))
    return found
