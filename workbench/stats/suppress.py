"""Safe small numbers: hide counts that could point at a submitter, and keep them hidden.

The rule, in the words a table prints under itself (``RULE``):
1. Primary: in a breakdown that could identify a submitter (by country, or any two-way
   table) a cell counting 1 to k-1 submissions is shown as "< k". Zeros are shown: a
   zero names nobody.
2. Secondary: a published total minus the other cells of its line would give a lone
   hidden cell away, so every row and every column (the total row and the total column
   included) that hides one cell hides at least one more: its smallest other non-zero
   cell (a zero only if there is nothing else), or, when the line has no other cell,
   its total. This repeats until no line hides exactly one cell.
Known limit (documented, not solved): when two hidden cells in a line are both 1 and the
reader knows hidden cells are never 0, their sum can still reveal them; use k >= 3 and
read the table before publishing it.
"""

from dataclasses import replace

from .table import TOTAL

RULE = (
    'Cells counting 1 to {k1} submissions are shown as "< {k}". So that no total gives one '
    "away, every row or column that hides one cell hides at least one more (its smallest other "
    'cell, or its total), shown as "x": an "x" may hold any number.'
)


def needs_suppression(table):
    """Country breakdowns and two-way tables could identify a submitter."""
    return table.cols is not None or table.rows == "country"


def suppress(table, k):
    """A copy of ``table`` whose small cells (1..k-1) and their giveaways print as '< k'."""
    if not k or k <= 1 or not needs_suppression(table):
        return table
    small = {key for key in inner_keys(table) if 0 < table.count(*key) < k}
    hidden = secondary(table, small) if small else set()
    note = RULE.format(k=k, k1=k - 1)
    return replace(
        table, suppressed=hidden, primary=small, threshold=k, notes=list(table.notes) + [note]
    )


def inner_keys(table):
    """The cells under the totals: (row, col) or, one-way, (row, TOTAL)."""
    if table.cols is None:
        return [(r, TOTAL) for r in table.row_values]
    return [(r, c) for r in table.row_values for c in table.col_values]


def lines(table):
    """(parts, total) for every row and column, totals' row and column included."""
    rows = list(table.row_values) + [TOTAL]
    cols = list(table.col_values)
    found = []
    if cols:
        found += [([(r, c) for c in cols], (r, TOTAL)) for r in rows]
    found += [([(r, c) for r in table.row_values], (TOTAL, c)) for c in cols + [TOTAL]]
    return found


def secondary(table, hidden):
    """Hide more until no line hides exactly one of its cells."""
    hidden = set(hidden)
    changed = True
    while changed:
        changed = False
        for parts, total in lines(table):
            lone = [key for key in parts if key in hidden]
            if len(lone) != 1 or total in hidden:
                continue
            hidden.add(companion(table, parts, hidden) or total)
            changed = True
    return hidden


def companion(table, parts, hidden):
    """The smallest other cell of a line to hide with a lone hidden one (non-zero first)."""
    others = [key for key in parts if key not in hidden]
    if not others:
        return None
    return min(others, key=lambda key: (table.count(*key) == 0, table.count(*key)))
