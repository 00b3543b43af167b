"""The background document of a call, as data the DOCX and Markdown writers print.

Confidentiality is decided here, once, through workbench/publication.py:
- quotes come only from submissions ``privacy.may_quote`` allows (do_not_publish only in
  the internal edition, where each such quote is marked);
- a quote is attributed by the publication (type and region for a submitter who may not
  be named), cites no submission number that would join to such a submitter, and its
  text carries none of their identifiers (names, acronyms, signatories, contacts, files);
- a last pass redacts those identifiers from every string of the document. The internal
  edition adds confidential material (do_not_publish quotes, marked) but still names
  nobody who may not be named: a document travels further than anyone plans.
"""

import functools
from collections import Counter
from dataclasses import dataclass, field, fields, is_dataclass

from .. import callscope, privacy, stats, store
from ..notes import links, notebook
from ..stats import export, sentence
from ..themes.quotes import statement as find_statement
from ..vocab import REGIONS, SUBMITTER_TYPES, region_label, type_label
from .sections import available_sections

INTERNAL_MARK = "INTERNAL — contains confidential material"
QUOTES_PER_SECTION = 3
QUOTE_CHOICES = 30  # passages a page offers to pick from per section, best first
QUOTE_MAX_CHARS = 700


@dataclass
class Quote:
    passage_id: int
    submission_id: int
    page: int
    text: str
    attribution: str
    confidential: bool = False  # a do_not_publish quote, only in the internal edition
    cite: str = ""  # as printed: "submission 12, p. 3", or "p. 3" for a withheld submitter

    @property
    def source(self):
        return self.cite or f"p. {self.page}"


@dataclass
class Section:
    key: str
    title: str
    kind: str
    raised_by: str
    quotes: list
    literature: list  # citations
    coverage: str
    n_submissions: int = 0


@dataclass
class Background:
    title: str
    subtitle: str
    call_slug: str
    internal: bool
    introduction: list  # paragraphs
    stats_table: list | None  # [header, *rows] when tagging exists
    sections: list
    bibliography: list
    header: str = ""
    notes: list = field(default_factory=list)


# ---------------------------------------------------------------- the whole document


@functools.lru_cache(maxsize=8192)
def statement(text, lang):
    """themes.quotes.statement, remembered: a page run asks it of the same passages for the
    default quotes, the choices offered and the document (issue 15)."""
    return find_statement(text, lang)


@dataclass
class Draft:
    """What the document and its pickers read of a call, read once (a page passes it on)."""

    scope: callscope.CallScope
    sections: list  # available_sections
    _ranked: dict = field(default_factory=dict, repr=False)

    @property
    def counted(self):
        return self.scope.counted

    def quotable(self, section, internal):
        """The section's quotable passages ranked by ``Ranked``'s other criteria, sorted once
        per draft: the default quotes, the choices offered and the document read them all."""
        key = (section["key"], internal)
        if key not in self._ranked:
            counted = self.counted
            passages = [p for p in section["passages"] if p["submission_id"] in counted]
            self._ranked[key] = sorted(
                quotable(passages, counted, internal), key=_score, reverse=True
            )
        return self._ranked[key]

    @property
    def pub(self):
        return self.scope.publication


def prepare(db, call, source=None):
    """The call (a CallScope, or its slug) with the sections from ``source``
    (sections.SOURCES; default: final themes if any, else candidates, else areas)."""
    scope = callscope.of(db, call)
    # A title is a theme's label, words of the submissions: shareable from here on, so the
    # page's section picker and the document print the same redacted title.
    sections = [
        {**s, "title": scope.publication.label(s["title"])}
        for s in available_sections(db, scope, source)
    ]
    return Draft(scope=scope, sections=sections)


def build_background(
    db,
    call,
    internal=False,
    section_keys=None,
    chosen_quotes=None,
    quotes_per_section=QUOTES_PER_SECTION,
    draft=None,
):
    """Assemble the background document of ``call`` (a CallScope, or its slug).

    ``section_keys`` picks and orders sections (default: all, in the default order);
    ``chosen_quotes`` maps a section key to the passage ids people picked as its quotes;
    ``draft``: the call as ``prepare`` read it (read here when not given).
    """
    draft = draft or prepare(db, call)
    scope, counted, pub = draft.scope, draft.counted, draft.pub
    report = store.report_of_call(db, scope.call)
    raw = order_sections(draft.sections, section_keys)
    sections = [
        build_section(
            db,
            s,
            counted,
            internal,
            pub,
            (chosen_quotes or {}).get(s["key"]),
            quotes_per_section,
            ranked=draft.quotable(s, internal),
        )
        for s in raw
    ]
    doc = Background(
        title=f"Background document: {report['title'] if report else scope.call['title']}",
        subtitle=f"Call for inputs “{scope.call['title']}”"
        + (f" — report to the {report['body']}, {report['year']}" if report else ""),
        call_slug=scope.slug,
        internal=internal,
        introduction=introduction(db, scope),
        stats_table=stats_table(db, scope),
        sections=sections,
        bibliography=bibliography(db, scope, sections),
        header=INTERNAL_MARK if internal else "",
    )
    return redact_everything(doc, pub)


def order_sections(available, section_keys):
    if section_keys is None:
        return available
    by_key = {s["key"]: s for s in available}
    return [by_key[k] for k in section_keys if k in by_key]


def quote_candidates(
    db, call, section_key, internal=False, draft=None, limit=QUOTE_CHOICES, include=()
):
    """[(passage id, label)] people may pick as a section's quotes, best first: the ``limit``
    best (a section can hold thousands of passages) and the passages in ``include`` (those
    already picked or picked by default).

    Labels never name a confidential submitter, even for the internal edition: they are
    shown on a page; the internal edition's do_not_publish passages are marked instead.
    """
    draft = draft or prepare(db, call)
    counted, pub = draft.counted, draft.pub
    raw = next((s for s in draft.sections if s["key"] == section_key), None)
    if raw is None:
        return []
    ranked = draft.quotable(raw, internal)
    wanted = set(include)
    extra = {p["passage_id"]: p for p in ranked if p["passage_id"] in wanted}
    # the picked ones in the section's own order, after the best
    shown = Ranked(ranked, ranked=True)[:limit] + [
        extra[p["passage_id"]] for p in raw["passages"] if p["passage_id"] in extra
    ]
    labelled = []
    for p in {p["passage_id"]: p for p in shown}.values():
        quote = make_quote(p, counted[p["submission_id"]], False, pub)
        mark = "[CONFIDENTIAL] " if not privacy.may_quote(counted[p["submission_id"]]) else ""
        labelled.append(
            (quote.passage_id, f"{mark}{quote.attribution} ({quote.source}): {quote.text[:160]}")
        )
    return labelled


def default_quote_ids(db, call, section_key, internal=False, limit=QUOTES_PER_SECTION, draft=None):
    """The passages the document quotes when nobody picks: for a page's default selection."""
    draft = draft or prepare(db, call)
    counted = draft.counted
    raw = next((s for s in draft.sections if s["key"] == section_key), None)
    if raw is None:
        return []
    ranked = Ranked(draft.quotable(raw, internal), True, ranked=True)
    return [p["passage_id"] for p in diverse(ranked, counted, limit)]


# ---------------------------------------------------------------- introduction and statistics


def introduction(db, scope):
    """The call and its submissions: the statistics sentence when tags exist, else a count."""
    call = scope.call
    opening = (
        f"This document gathers the evidence received in response to the call for inputs "
        f"“{call['title']}”"
        + (f" (deadline {call['deadline']})" if call.get("deadline") else "")
        + "."
    )
    return [opening, statistics_sentence(db, scope)]


def is_tagged(counted):
    return any(s.get("submitter_type") for s in counted.values())


def statistics_sentence(db, scope):
    counted = scope.counted
    n = len(counted)
    plain = f"{n} submission{'s were' if n != 1 else ' was'} received and could be read."
    if not counted or not is_tagged(counted):
        return plain
    return sentence.submissions_sentence(db, scope)


def stats_table(db, scope):
    """Submissions by submitter type (a one-way table: no small two-way cells), or None without tags."""
    if not scope.counted or not is_tagged(scope.counted):
        return None
    header, body = export.grid(stats.count(db, scope, rows="submitter_type"), labels=True)
    return [[str(c) for c in header]] + [[str(c) for c in row] for row in body]


# ---------------------------------------------------------------- one section


def build_section(
    db, raw, counted, internal, pub, chosen=None, quotes_per_section=QUOTES_PER_SECTION, ranked=None
):
    """``ranked``: the section's quotable passages as ``Draft.quotable`` ranks them."""
    passages = [p for p in raw["passages"] if p["submission_id"] in counted]
    raisers = [counted[i] for i in dict.fromkeys(p["submission_id"] for p in passages)]
    quotes = pick_quotes(passages, counted, internal, pub, chosen, quotes_per_section, ranked)
    return Section(
        key=raw["key"],
        title=raw["title"],  # made shareable by prepare
        kind=raw["kind"],
        raised_by=raised_by(raisers, pub),
        quotes=quotes,
        literature=section_literature(db, raw, passages, raisers),
        coverage=coverage(quotes, counted),
        n_submissions=len(raisers),
    )


def count_phrase(counter, label):
    return ", ".join(f"{label(k)} ({n})" for k, n in counter.most_common())


def raised_by(raisers, pub):
    """Who raised it and from where: counts by type and region, names only of public submitters."""
    if not raisers:
        return "No submission raised this."
    types = Counter(s.get("submitter_type") or "other" for s in raisers)
    regions = Counter(s.get("region") or "" for s in raisers)
    text = f"Raised in {len(raisers)} submission{'s' if len(raisers) != 1 else ''}"
    text += f" — by {count_phrase(types, lambda t: type_label(t, plural=True))}"
    where = count_phrase(Counter({k: n for k, n in regions.items() if k}), region_label)
    if where:
        text += f"; from {where}"
    if regions.get(""):
        text += f"; {regions['']} with international scope or no region"
    named = [s["submitter"] for s in raisers if pub.may_name(s) and s.get("submitter")]
    if named:
        text += f". Among them: {', '.join(named[:8])}{' and others' if len(named) > 8 else ''}"
    return text + "."


def quotable(passages, counted, internal):
    return [p for p in passages if privacy.may_quote(counted[p["submission_id"]], internal)]


def rank_for_quotes(passages):
    """Best first: one that makes a statement (themes.quotes), the most typical (weight), of a
    readable length, not just a heading. The document's own choice (``pick_quotes``) takes
    only passages that make a statement; people picking may also take the others."""
    return list(Ranked(passages))


def _score(p):
    length = p["n_chars"] if "n_chars" in p else len(p["text"])  # a theme's: its text unread
    return (80 <= length <= QUOTE_MAX_CHARS, p.get("weight") or 0.0, -abs(length - 300))


class Ranked:
    """``rank_for_quotes`` read only as far as it is needed: finding a passage's statement
    takes about a millisecond, and a section of a large call has thousands of passages of
    which a page shows a few. Same order: passages sorted by the other criteria, those with
    a statement first (in that order), then the others."""

    def __init__(self, passages, statements_only=False, ranked=False):
        """``ranked``: ``passages`` are already in that order (``Draft.quotable``)."""
        self._order = iter(passages if ranked else sorted(passages, key=_score, reverse=True))
        self._read, self._without = [], []
        self._statements_only = statements_only  # the default quotes: statements, or none

    def _more(self):
        """Rank one more passage; False when all are ranked."""
        for p in self._order:
            if statement(p["text"], (p.get("language") or "xx").lower()) is not None:
                self._read.append(p)
                return True
            self._without.append(p)
        if self._without and not self._statements_only:
            self._read += self._without
            self._without = []
            return True
        return False

    def __iter__(self):
        position = 0
        while position < len(self._read) or self._more():
            yield self._read[position]
            position += 1

    def __getitem__(self, part):
        while (part.stop is None or len(self._read) < part.stop) and self._more():
            pass
        return self._read[part]


def pick_quotes(
    passages, counted, internal, pub, chosen=None, limit=QUOTES_PER_SECTION, ranked=None
):
    """The chosen passages, else the best ones from different submitters, types and regions
    (``ranked``: the quotable ``passages`` already in ``Ranked``'s order)."""
    candidates = ranked if ranked is not None else quotable(passages, counted, internal)
    if chosen is not None:
        by_id = {p["passage_id"]: p for p in candidates}
        picked = [by_id[i] for i in chosen if i in by_id]
    else:
        picked = diverse(Ranked(candidates, True, ranked=ranked is not None), counted, limit)
    return [make_quote(p, counted[p["submission_id"]], internal, pub) for p in picked]


def diverse(ranked, counted, limit):
    """Greedy: one quote per submission, and a new type or region before a repeated one."""
    picked, seen_subs, seen_kinds = [], set(), set()
    for fresh_only in (True, False):
        for p in ranked:
            if len(picked) >= limit:
                break
            sub = counted[p["submission_id"]]
            kind = (sub.get("submitter_type"), sub.get("region"))
            if p["submission_id"] in seen_subs or (fresh_only and kind in seen_kinds):
                continue
            picked.append(p)
            seen_subs.add(p["submission_id"])
            seen_kinds.add(kind)
    return picked


def make_quote(passage, sub, internal, pub):
    # the claim, not the whole paragraph
    text = statement(passage["text"], (passage.get("language") or "xx").lower()) or " ".join(
        passage["text"].split()
    )
    if len(text) > QUOTE_MAX_CHARS:
        text = text[:QUOTE_MAX_CHARS].rsplit(" ", 1)[0] + " …"
    return Quote(
        passage_id=passage["passage_id"],
        submission_id=sub["id"],
        page=passage["page"],
        text=pub.quote(sub, text),
        attribution=pub.attribution(sub),
        confidential=internal and not privacy.may_quote(sub, internal=False),
        cite=pub.cite(sub, passage["page"]),
    )


def coverage(quotes, counted):
    """Which regions and submitter types among the call's submitters no quote comes from."""
    quoted = [counted[q.submission_id] for q in quotes]
    present_regions = [r for r in REGIONS if any(s.get("region") == r for s in counted.values())]
    present_types = [
        t for t in SUBMITTER_TYPES if any(s.get("submitter_type") == t for s in counted.values())
    ]
    regions = [
        region_label(r) for r in present_regions if r not in {s.get("region") for s in quoted}
    ]
    types = [
        type_label(t, plural=True)
        for t in present_types
        if t not in {s.get("submitter_type") for s in quoted}
    ]
    if not regions and not types:
        return (
            "Coverage: the quotes cover every region and submitter type of the call's submissions."
        )
    return (
        "Coverage: never quoted in this section — regions: "
        + (", ".join(regions) or "none")
        + "; submitter types: "
        + (", ".join(types) or "none")
        + "."
    )


# ---------------------------------------------------------------- literature


def section_literature(db, raw, passages, raisers):
    """Citations of the notes linked to the section's theme, passages or submissions."""
    note_ids = set()
    if raw.get("theme_id") is not None:
        note_ids |= set(
            links.links_to_targets(db, "theme", [raw["theme_id"]]).get(raw["theme_id"], [])
        )
    for target_type, ids in (
        ("passage", [p["passage_id"] for p in passages]),
        ("submission", [s["id"] for s in raisers]),
    ):
        for found in links.links_to_targets(db, target_type, ids).values():
            note_ids |= set(found)
    return sorted(notebook.citation_of(notebook.get_note(db, i)) for i in note_ids)


def bibliography(db, scope, sections):
    """Every citation in the sections plus the notes serving (or linked to) the call's report."""
    cited = {c for s in sections for c in s.literature}
    report_id = scope.call["report_id"]
    if report_id:
        cited |= {notebook.citation_of(n) for n in notebook.notes_for_report(db, report_id)}
    return sorted(cited, key=str.casefold)


# ---------------------------------------------------------------- the last safety pass


def redact_everything(value, pub):
    """Every string of the document without any identifier of a submitter who may not be named."""
    if isinstance(value, str):
        return pub.redact(value)
    if isinstance(value, list):
        return [redact_everything(v, pub) for v in value]
    if is_dataclass(value):
        return type(value)(
            **{f.name: redact_everything(getattr(value, f.name), pub) for f in fields(value)}
        )
    return value
