"""A search box's text as a query: plain words (all of them, in any of their forms), "a phrase"
in quotes, OR between alternatives, -word to leave out, word* for any ending. Nothing a person
types is a syntax error: characters that mean nothing here are read as spaces.

The same Query renders as an FTS5 expression over the stemmed index (``fts``) and matches or
highlights a text in Python (``matches``, ``marks``) — used to check a redacted text still
matches, and to show where a passage matched.
"""

import re
from dataclasses import dataclass, field

from . import text as words_of

CHUNK = re.compile(r'-?"[^"]*"?\*?|\S+')


@dataclass(frozen=True)
class Item:
    """A word (one element) or a phrase (several), with the index forms of each reading."""

    words: tuple
    prefix: bool = False
    readings: tuple = ()  # tuples of index tokens, one tuple per reading

    @classmethod
    def of(cls, folded, prefix=False):
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
        return cls(folded, prefix, readings)

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
            {w for group in self.groups for i in group for w in i.words}
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
    return query
