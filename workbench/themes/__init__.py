"""Themes of a call: what the submissions say, from whom and from where.

    refresh(db, call)            candidate themes from passages (and mapping to final themes)
    accept / rename / merge / split / delete / from_query     people finalise themes
    list_themes(db, call)        final themes when there are some, else candidates
    submission_themes(db, call)  {submission id: [theme labels]}
    campaigns(db, call)          submissions sharing a template (count once)
    codebook_passages(db, call, area)   passages about one of the mandate's areas
    procedural_passages(db, call)       formulas set aside from themes and quotes, with reasons

Procedural passages (openings, closings, signatures, thanks, confidentiality requests,
title lines: procedural.py) stay searchable but are kept out of clustering and quotes.

Shareable outputs go through workbench/publication.py: by default passages of
``do_not_publish`` submissions are left out, every identifier of a submitter who may not
be named is redacted from texts, labels and terms, and their quotes carry no submission
number; ``internal=True`` is for the team's own review screens.
"""

import functools

from .. import callscope, privacy
from . import quotes, theme_store
from .campaigns import campaigns
from .codebook import area_counts, areas, codebook_count, codebook_passages
from .finalise import accept, delete, from_query, merge, refresh, rename, split

__all__ = [
    "accept",
    "area_counts",
    "areas",
    "campaigns",
    "codebook_count",
    "codebook_passages",
    "delete",
    "from_query",
    "list_themes",
    "merge",
    "procedural_passages",
    "who_and_where",
    "refresh",
    "rename",
    "representative_passages",
    "split",
    "submission_themes",
]


def _statuses(db, call_id, status):
    if status == "all":
        return ("final", "candidate")
    if status:
        return (status,)
    return ("final",) if theme_store.has_final(db, call_id) else ("candidate",)


def list_themes(
    db, call, include_passages=True, status=None, internal=False, team=False, theme_id=None
):
    """The themes of ``call`` (a CallScope, or its slug) as dicts {id, label, terms, terms_by_language, size, final, passages: [...]}
    plus counts (``terms``: the label's language; ``terms_by_language``: one list per language).

    Shareable by default; ``team=True`` keeps ids for pages (nobody withheld named);
    ``internal=True`` is the reviewers' view as stored.

    ``status`` None gives the final themes when any exist, else the candidates; "all" both.
    ``theme_id`` gives that theme alone. ``n_voices`` counts submissions with a campaign
    counted once. Counts come from SQL; passage texts are read (and redacted) only when
    ``include_passages``.
    """
    scope = callscope.of(db, call)
    pub = scope.publication_for(internal, team)
    statuses = _statuses(db, scope.id, status)
    # Speed (issue 15): the counts come from member_groups alone, of the one theme when asked.
    groups = theme_store.member_groups(db, scope.id, statuses, theme_id)
    aside = theme_store.procedural_ids(db, scope.id) if include_passages else frozenset()
    found = []
    for theme in theme_store.call_theme_rows(db, scope.id, statuses, theme_id):
        members = theme_store.theme_members(db, theme["id"]) if include_passages else None
        found.append(
            _theme_dict(theme, groups.get(theme["id"], []), pub, scope.voices, members, aside)
        )
    return found


def _theme_dict(theme, groups, pub, voices, members=None, aside=frozenset()):
    """``groups``: the theme's passages counted per submission (theme_store.member_groups).
    Formulas (procedural passages) are never quoted, even when a person put one in a theme."""
    internal = pub is None
    withheld = sum(
        g["n"] if not privacy.may_quote(g, internal=internal) else g["n_aside"] for g in groups
    )
    result = {
        "id": theme["id"],
        "label": pub.label(theme["label"]) if pub else theme["label"],
        "terms": pub.terms(theme["terms"]) if pub else theme["terms"],
        "terms_by_language": {
            lang: pub.terms(terms) if pub else terms
            for lang, terms in theme["terms_by_language"].items()
        },
        "size": sum(g["n"] for g in groups),
        "final": theme["status"] == "final",
        "status": theme["status"],
        "origin": theme["origin"],
        "concept": theme["concept"],
        "query": theme["query"],
        "n_submissions": len(groups),
        "n_voices": len({voices.get(g["submission_id"], g["submission_id"]) for g in groups}),
        "n_withheld": withheld,
        "who_where": who_and_where(groups),
    }
    if members is not None:
        shown = [
            m
            for m in members
            if privacy.may_quote(m, internal=internal) and m["passage_id"] not in aside
        ]
        if pub:
            pub.prepare(m["text"] for m in shown)  # redactions kept between runs
        result["passages"] = [_passage_dict(m, pub) for m in shown]
    return result


def _passage_dict(member, pub):
    """A quote: internally as stored; shareable through the publication gate (no number that joins)."""
    return {
        "passage_id": member["passage_id"] if pub is None or pub.reference(member) else None,
        "submission_id": member["submission_id"] if pub is None else pub.reference(member),
        "page": member["page"],
        "text": pub.quote(member, member["text"]) if pub else member["text"],
        "weight": round(member["weight"], 4),
        "language": member["language"],
        "submitter_type": member["submitter_type"] or "",
        "region": member["region"] or "",
        "attribution": pub.attribution(member)
        if pub
        else privacy.attribution(member, internal=True),
        "confidentiality": member["confidentiality"] or "",
    }


def procedural_passages(db, call, internal=False):
    """Passages of ``call`` (a CallScope, or its slug) set aside as procedural at the last
    refresh, with kind and reason, for the Submissions page:
    [{passage_id, submission_id, page, seq, text, language, kind, reason, share}].

    Letterheads and signature blocks are where submitters name themselves, so unless
    ``internal`` only submissions that may be named are listed (others' identifiers redacted)."""
    scope = callscope.of(db, call)
    if internal:
        return theme_store.procedural_rows(db, scope.id)
    pub = scope.publication
    by_id = {s["id"]: s for s in scope.submissions}
    return [
        {**row, "text": pub.redact(row["text"])}
        for row in theme_store.procedural_rows(db, scope.id)
        if pub.may_name(by_id[row["submission_id"]])
    ]


def submission_themes(db, call, status=None):
    """{submission id: [labels of the themes its passages are in]} of ``call`` (a CallScope,
    or its slug; final themes, else candidates); labels as shareable outputs print them."""
    scope = callscope.of(db, call)
    found = {}
    for status_ in _statuses(db, scope.id, status):
        for row in theme_store.submission_labels(db, scope.id, status_):
            found.setdefault(row["submission_id"], []).append(scope.publication.label(row["label"]))
    return found


# Speed (issue 15): a theme's every passage is read for its statement on each page run; keep them.
_statement = functools.lru_cache(maxsize=200_000)(quotes.statement)


def representative_passages(theme, n=5):
    """Up to ``n`` quotes of a theme: passages closest to its centre first, spread over who
    (submitter type) and where (region) they come from (round-robin over those groups), one
    per submission while others remain, each cut to the statement it makes (one to three
    sentences, quotes.statement); a passage without a statement is not quoted. The full
    passage stays under ``passage_text``. (Speed, issue 15: statements are found only as
    far as the round-robin reads each group; the result is the one reading them all gives.)"""
    groups = {}
    for rank, passage in enumerate(sorted(theme.get("passages", []), key=lambda p: -p["weight"])):
        groups.setdefault((passage["submitter_type"], passage["region"]), _Quoted()).add(
            rank, passage
        )
    # Groups in the order their first quotable passage comes, as when every passage is read.
    queues = sorted(
        (q for q in groups.values() if q.first_rank() is not None), key=_Quoted.first_rank
    )
    picked, seen = [], set()
    for fresh_only in (True, False):
        for queue in queues * n:
            if len(picked) >= n:
                break
            for candidate in queue:
                if (
                    not (fresh_only and candidate["submission_id"] in seen)
                    and candidate not in picked
                ):
                    picked.append(candidate)
                    seen.add(candidate["submission_id"])
                    break
    return picked


class _Quoted:
    """One group's passages (closest first) with their statements, found as far as they are read."""

    def __init__(self):
        self.raw, self.quoted, self.read = [], [], 0

    def add(self, rank, passage):
        self.raw.append((rank, passage))

    def _more(self):
        while self.read < len(self.raw):
            rank, passage = self.raw[self.read]
            self.read += 1
            quote = _statement(passage["text"], (passage.get("language") or "xx").lower())
            if quote:
                self.quoted.append(
                    (rank, {**passage, "text": quote, "passage_text": passage["text"]})
                )
                return True
        return False

    def first_rank(self):
        return self.quoted[0][0] if self.quoted or self._more() else None

    def __iter__(self):
        position = 0
        while position < len(self.quoted) or self._more():
            yield self.quoted[position][1]
            position += 1


def who_and_where(members):
    """Rows {submitter_type, region, passages} for a theme's chart: counts, never names.
    ``members``: passages, or groups of them counted in ``n`` (theme_store.member_groups)."""
    counts = {}
    for p in members:
        key = (p["submitter_type"] or "untagged", p["region"] or "international / untagged")
        counts[key] = counts.get(key, 0) + p.get("n", 1)
    return [
        {"submitter_type": t, "region": r, "passages": c} for (t, r), c in sorted(counts.items())
    ]
