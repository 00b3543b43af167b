"""Counting submissions by one or two dimensions, with row and column totals.

Every count keeps the ids of the submissions behind it (``Table.members``), so any cell,
total included, can be traced back to the submissions it counts.
"""

from dataclasses import dataclass, field, replace

from .. import callscope, publication, store, vocab
from ..errors import WorkbenchError

DIMENSIONS = ("submitter_type", "region", "scope", "country", "language", "theme")
TOTAL = None  # the key of a total in Table.counts: (row, TOTAL), (TOTAL, col)
THEME_NOTE = (
    "A submission with several themes counts in each of its theme rows; totals count "
    "distinct submissions, so theme figures add up to more than the total."
)


class StatsError(WorkbenchError):
    """A statistic cannot be made as asked (unknown dimension, no such call, ...)."""


class CellHidden(StatsError):
    """A cell hidden by small-number protection cannot be listed."""


class DimensionUnavailable(StatsError):
    """The dimension exists but its data source is not there yet (e.g. themes)."""


@dataclass(frozen=True)
class CountingRules:
    """What counts, made explicit. The defaults are what reports print.

    - include_errors: count submissions whose files could not be read (default: no).
    - include_excluded: count submissions marked excluded (default: no).
    - nhri_with_states: fold national human rights institutions into Member States
      (the sentence does; tables keep them apart by default so each type is visible).
    - count_cosignatories: a joint submission counts 1 + its ``cosignatories`` column
      (default: a joint submission counts once). A multi-file submission is one row
      already, so it always counts once.
    """

    include_errors: bool = False
    include_excluded: bool = False
    nhri_with_states: bool = False
    count_cosignatories: bool = False

    def describe(self):
        """One line a table's reader can check the figures against."""
        parts = [
            "submissions whose files could not be read are "
            + ("counted" if self.include_errors else "not counted"),
            "excluded submissions are " + ("counted" if self.include_excluded else "not counted"),
            "national human rights institutions are "
            + ("counted with Member States" if self.nhri_with_states else "counted apart"),
            "a joint submission counts "
            + ("once per signatory" if self.count_cosignatories else "once"),
        ]
        return "Counting rules: " + "; ".join(parts) + "."


HIDDEN_MARK = "x"


@dataclass
class Table:
    """Counts by ``rows`` (and ``cols``); keys of ``counts`` and ``members`` are
    (row value, col value) with TOTAL (None) for a total; a one-way table has no
    col values and its counts sit under (row, TOTAL)."""

    rows: str
    cols: str | None
    row_values: list
    col_values: list
    counts: dict
    members: dict
    rules: CountingRules
    calls: list
    notes: list = field(default_factory=list)
    suppressed: set = field(default_factory=set)  # every hidden cell
    primary: set = field(default_factory=set)  # hidden because small (printed "< k")
    threshold: int = 0

    @property
    def total(self):
        return self.counts[(TOTAL, TOTAL)]

    def count(self, row=TOTAL, col=TOTAL):
        return self.counts.get((row, col), 0)

    def shown(self, row=TOTAL, col=TOTAL):
        """The figure as printed: the count; '< k' for a small cell; 'x' for a cell hidden only so
        that no total gives a small one away (it may hold any number)."""
        if (row, col) in self.suppressed:
            return f"< {self.threshold}" if (row, col) in self.primary else HIDDEN_MARK
        return self.count(row, col)


# ---------------------------------------------------------------- the submissions counted


def resolve_calls(db, calls):
    """The calls to count as CallScopes: one call or a list (CallScopes, or slugs resolved
    here), or None for every call. A missing slug raises NotFound naming it."""
    if calls is None:
        return callscope.resolve_all(db)
    given = [calls] if isinstance(calls, (str, callscope.CallScope)) else list(calls)
    return [callscope.of(db, call) for call in given]


def counted_in(scopes, rules):
    """The submissions the rules count in these calls, in id order (read once per call)."""
    found = [
        s
        for scope in scopes
        for s in scope.counted_by(rules.include_errors, rules.include_excluded)
    ]
    return found if len(scopes) < 2 else sorted(found, key=lambda s: s["id"])


def counted_submissions(db, call_slugs, rules):
    """The submissions the rules count, with their call's slug, in id order."""
    if not call_slugs:
        return []
    return store.counted_submissions(db, call_slugs, rules.include_errors, rules.include_excluded)


def weight(submission, rules):
    """How many a submission counts for: once, or once per signatory when asked."""
    if rules.count_cosignatories:
        return 1 + max(0, int(submission.get("cosignatories") or 0))
    return 1


# ---------------------------------------------------------------- values of a dimension


def load_themes(db, scopes, theme_source=None):
    """{submission id: [theme labels]} over the calls (CallScopes), from workbench.themes."""
    if theme_source is None:
        theme_source = _theme_source()
    found = {}
    for scope in scopes:
        found.update(theme_source(db, scope))
    return found


def _theme_source():
    try:
        from .. import themes

        return themes.submission_themes
    except (ImportError, AttributeError) as error:
        raise DimensionUnavailable(
            f"theme: themes are not available yet ({error}); count by submitter_type, region, "
            "scope, country or language, or build the call's themes first"
        ) from error


def values_of(submission, dimension, rules, themes):
    """The values a submission takes in a dimension ('' when untagged); themes can be several."""
    if dimension == "theme":
        return sorted(set(themes.get(submission["id"]) or [])) or [""]
    value = submission.get(dimension) or ""
    if dimension == "submitter_type" and value == "nhri" and rules.nhri_with_states:
        value = "state"
    return [value]


def ordered(dimension, values):
    """Vocabulary order for types, regions and scopes; A-Z for the rest; untagged last."""
    known = {
        "submitter_type": list(vocab.SUBMITTER_TYPES),
        "region": list(vocab.REGIONS),
        "scope": list(vocab.SCOPES),
    }.get(dimension, [])
    rank = {v: i for i, v in enumerate(known)}
    return sorted(set(values), key=lambda v: (v == "", rank.get(v, len(rank)), str(v).lower()))


# ---------------------------------------------------------------- the table


def check_dimension(name, optional=False):
    if name is None and optional:
        return
    if name not in DIMENSIONS:
        raise StatsError(f"unknown dimension '{name}': choose one of {', '.join(DIMENSIONS)}")


def count(db, calls=None, rows="submitter_type", cols=None, rules=None, theme_source=None):
    """Count the submissions of ``calls`` (a CallScope or slug, a list of them, or None = all)
    by ``rows`` [x ``cols``]."""
    rules = rules or CountingRules()
    check_dimension(rows)
    check_dimension(cols, optional=True)
    if cols == rows:
        raise StatsError(f"rows and columns are both '{rows}': choose two different dimensions")
    scopes = resolve_calls(db, calls)
    slugs = [scope.slug for scope in scopes]
    subs = counted_in(scopes, rules)
    themes = load_themes(db, scopes, theme_source) if "theme" in (rows, cols) else {}
    return tabulate(subs, rows, cols, rules, themes, slugs)


def tabulate(subs, rows, cols, rules, themes, slugs):
    """Build the Table from submissions already selected by the rules."""
    members = {}
    for sub in subs:
        for key in cell_keys(sub, rows, cols, rules, themes):
            members.setdefault(key, []).append(sub["id"])
    weights = {s["id"]: weight(s, rules) for s in subs}
    counts = {key: sum(weights[i] for i in ids) for key, ids in members.items()}
    counts.setdefault((TOTAL, TOTAL), 0)
    members.setdefault((TOTAL, TOTAL), [])
    row_values = ordered(rows, [r for r, c in members if r is not TOTAL])
    col_values = ordered(cols, [c for r, c in members if c is not TOTAL]) if cols else []
    notes = [rules.describe()] + ([THEME_NOTE] if "theme" in (rows, cols) else [])
    return Table(rows, cols, row_values, col_values, counts, members, rules, slugs, notes)


def cell_keys(sub, rows, cols, rules, themes):
    """Every (row, col) key a submission counts under, totals included, each once."""
    row_vals = values_of(sub, rows, rules, themes)
    col_vals = values_of(sub, cols, rules, themes) if cols else []
    keys = {(TOTAL, TOTAL)} | {(r, TOTAL) for r in row_vals} | {(TOTAL, c) for c in col_vals}
    keys |= {(r, c) for r in row_vals for c in col_vals}
    return keys


def with_rules(rules, **changes):
    return replace(rules or CountingRules(), **changes)


# ---------------------------------------------------------------- tracing a cell

TRACE_COLUMNS = [
    "id",
    "call",
    "source",
    "shown_as",
    "submitter_type",
    "country",
    "region",
    "scope",
    "language",
    "confidentiality",
]


def cell_submissions(
    db,
    calls=None,
    rows="submitter_type",
    cols=None,
    row_value=TOTAL,
    col_value=TOTAL,
    rules=None,
    theme_source=None,
    table=None,
):
    """The submissions one cell counts (TOTAL = any value), as shareable rows.

    Through workbench/publication.py: a submitter who may not be named is shown by type and
    region, with no id, country or file name. A cell hidden by small-number protection is
    not listed at all (CellHidden): listing it would undo the protection.
    """
    table = table or count(db, calls, rows, cols, rules, theme_source)
    if (row_value, col_value) in table.suppressed:
        raise CellHidden(
            f"that cell is hidden by small-number protection ({table.shown(row_value, col_value)}): "
            "its submissions are not listed"
        )
    ids = set(table.members.get((row_value, col_value), []))
    subs = counted_submissions(db, table.calls, table.rules)
    pub = publication.Publication(db, subs)
    shown = [dict(s, shown_as=pub.attribution(s)) for s in subs if s["id"] in ids]
    return pub.rows(shown, TRACE_COLUMNS)


def parse_value(text):
    """A cell value typed by a person: 'total' means any value, '' means untagged."""
    return TOTAL if text is None or str(text).lower() == "total" else str(text)
