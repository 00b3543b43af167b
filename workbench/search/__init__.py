"""One search over a call's passages and the literature notes (issue 15).

Plain words find every form of themselves in English, Spanish, French, Portuguese and
Russian ("полиции" finds "полицию"), whatever the case or accents; "a phrase" in quotes, OR,
-word and word* are there for who wants them (query.py). The index (m0016_search) holds each
text's folded, stemmed words (text.py); what changed since the last search is indexed first
(``catch_up``), so ingest, notes and edits need not know about search.

``names=False`` is the view of roles that do not review (as ``submissions.detail``): a
submitter who may not be named is shown by type and region, its passages redacted by the
publication gate, and a passage that matches only through words the gate removed is not
found (nor counted, when the query names a withheld submitter).
"""

from dataclasses import dataclass, field

from .. import callscope, markup, privacy
from .. import language as languages
from . import index_store
from . import query as queries
from . import text as words

HELP = (
    "Plain words find the passages holding all of them, in any form, case or accents "
    '(therapy → therapies; полиции → полицию; policia → policía). "A phrase" in quotes keeps '
    "the words together; OR between words takes either (conversion OR conversión); -word leaves "
    "a word out; word* takes any ending. A term of the concept dictionary also finds its other "
    "terms, in every language (conversion therapy → terapias de conversión, conversion practices)."
)
BATCH = 2000  # texts indexed per transaction: a long catch-up never holds the lock long
SNIPPET_WORDS = 40  # words shown around the first match


@dataclass
class Results:
    query: queries.Query
    passages: list = field(default_factory=list)  # the best hits, best first (dicts, see _hit)
    counts: dict = field(default_factory=dict)  # {submission id: its matching passages}
    notes: list = field(default_factory=list)
    n_notes: int = 0
    n_hidden: int = 0  # matched only through a withheld identity

    @property
    def n_passages(self):
        return sum(self.counts.values())

    @property
    def n_submissions(self):
        return len(self.counts)


def search(db, text, call, names=True, limit=30, note_limit=20):
    """Passages of ``call`` (a CallScope, or its slug; none without one) and literature notes
    matching what a person typed, best first."""
    query = queries.parse(text)
    results = Results(query)
    if not query:
        return results
    catch_up(db)
    expression = query.fts()
    if call:
        scope = callscope.of(db, call)
        results.counts = index_store.count_passages(db, expression, scope.id)
        hits = index_store.match_passages(db, expression, scope.id, limit)
        if not names:
            hits = _as_team(db, scope, query, expression, hits, results, limit)
        results.passages = [_hit(h, query) for h in hits[:limit]]
    if note_limit:
        notes, results.n_notes = index_store.match_notes(db, expression, note_limit)
        results.notes = [_note(n, query) for n in notes]
    return results


def catch_up(db):
    """Index every passage and note added or changed since the last search; how many."""
    done = 0
    for kind, read, index in (
        ("passage", index_store.passages_to_index, _passage_stems),
        ("note", index_store.notes_to_index, _note_stems),
    ):
        while ids := index_store.pending(db, kind, BATCH):
            index_store.write_index(db, kind, ids, [(r["id"], index(r)) for r in read(db, ids)])
            done += len(ids)
    return done


def _passage_stems(row):
    return words.index_text(row["text"], row["language"])


def _note_stems(row):
    text = " \n".join(
        row[k] or "" for k in ("title", "authors", "summary", "key_findings", "tags", "citation")
    )
    language, _ = languages.detect(text)
    return words.index_text(text, language or "en")


# ---------------------------------------------------------------- roles that do not review

_GATES = {}  # (database, call) -> (its state, its Publication): one per call kept


def _gate(db, scope):
    """The call's publication gate for the team, built again only when the call's state changed
    (a search runs on every keystroke; building the gate takes 0.15 s at 5,000 submissions)."""
    key, state = (
        (str(getattr(db, "path", id(db))), scope.id),
        index_store.call_state(db, scope.id),
    )
    kept = _GATES.get(key)
    if kept is None or kept[0] != state:
        if len(_GATES) > 8:
            _GATES.clear()
        kept = _GATES[key] = (state, scope.team_publication)
    return kept[1]


def _as_team(db, scope, query, expression, hits, results, limit):
    """Hits as a role that does not review may see them (see the module's docstring)."""
    pub = _gate(db, scope)
    withheld = {s["id"] for s in pub.withheld}
    if withheld and _names_withheld(pub, query):
        _uncount_redacted(db, pub, query, expression, withheld, results)
        hits = index_store.match_passages(db, expression, scope.id, limit + results.n_hidden)
    shown = []
    for hit in hits:
        full = pub.submissions[hit["submission_id"]]
        if hit["submission_id"] in withheld:
            hit = hit | {
                "text": pub.quote(full, hit["text"]),
                "submitter": privacy.anonymous_label(full),
                "source": privacy.anonymous_label(full),
                "file": "",
                "withheld": True,
            }
            if not query.matches(_stems(hit["text"], hit["language"])):
                continue
        shown.append(hit)
    return shown


def _names_withheld(pub, query):
    """Does the query hold a word of a withheld submitter's identity (name, acronym, file...)?"""
    typed = query.folded_words()
    forms = {f for w in typed for f in words.query_stems(w)}
    return (
        len(pub.terms(sorted(forms))) < len(forms)
        or pub.redact(query.text) != query.text
        or pub.names_own(query.text)  # 'Kenya', where a withheld submitter is based
    )


def _uncount_redacted(db, pub, query, expression, withheld, results):
    """Leave out of the counts the withheld submitters' passages that match only through their identity."""
    matched = index_store.matching_passages_of(db, expression, withheld)
    kept = {}
    for row in matched:
        full = pub.submissions[row["submission_id"]]
        kept.setdefault(row["submission_id"], 0)
        kept[row["submission_id"]] += query.matches(
            _stems(pub.quote(full, row["text"]), row["language"])
        )
    results.n_hidden = len(matched) - sum(kept.values())
    for submission_id, n in kept.items():
        if n:
            results.counts[submission_id] = n
        else:
            results.counts.pop(submission_id, None)


# ---------------------------------------------------------------- what a hit shows


def _stems(text, language):
    return words.stem_words(words.words(text), language)


def _hit(row, query):
    return {
        "passage_id": row["passage_id"],
        "submission_id": row["submission_id"],
        "page": row["page"],
        "file": row.get("file", ""),
        "role": row["role"],
        "language": row["language"] or "",
        "submitter": row["submitter"] or "",
        "source": row["source"] or "",
        "withheld": row.get("withheld", False),
        "text": row["text"],
        "snippet": snippet(row["text"], row["language"], query),
    }


def _note(row, query):
    text = (
        " · ".join(row[k] for k in ("summary", "key_findings", "tags") if row[k])
        or row["citation"]
        or ""
    )
    language, _ = languages.detect(text)
    return {
        **row,
        "snippet": snippet(text, language or "en", query),
        "title_snippet": snippet(row["title"], language or "en", query, width=1000),
    }


def snippet(text, language, query, width=SNIPPET_WORDS):
    """[(text, matched)] pieces of ``text`` around its first match: what a result shows."""
    spans = words.spans(text)
    if not spans:
        return [(text, False)]
    marked = query.marks(words.stem_words([w for _, _, w in spans], language))
    first = min(marked) if marked else 0
    start = max(0, min(first - width // 4, len(spans) - width))
    end = min(len(spans), start + width)
    pieces, at = [], spans[start][0]
    if start > 0:
        pieces.append(("… ", False))
    for i in range(start, end):
        s, e, _ = spans[i]
        if s > at:
            pieces.append((text[at:s], False))
        pieces.append((text[s:e], i in marked))
        at = e
    pieces.append(
        (text[at:] if end == len(spans) else text[at : spans[end][0]].rstrip() + " …", False)
    )
    return pieces


def count(n, noun):
    """'1 passage', '3 passages'."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def markdown(pieces):
    """A snippet as Markdown that shows its text literally, matches in bold."""
    return "".join(f"**{markup.escape(t)}**" if hit else _spaced(t) for t, hit in pieces)


def _spaced(text):
    """Escaped text keeping one space where it began or ended with white space (between words)."""
    if not text.strip():
        return " " if text else ""
    return (
        (" " if text[0].isspace() else "")
        + markup.escape(text)
        + (" " if text[-1].isspace() else "")
    )
