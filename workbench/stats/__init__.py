"""Submission statistics: counts by type, region, scope, country, language or theme,
report-ready sentences, safe small numbers, exports, and the submissions behind a cell.

    table = stats.count(db, "religion-2022", rows="submitter_type", cols="region")
    stats.sentence.submissions_sentence(db, "religion-2022", lang="es")
    stats.export.export(stats.suppress(table, 5), "xlsx", "table.xlsx")
    stats.cell_submissions(db, "religion-2022", "submitter_type", "region", "state", "africa")
"""

from .suppress import needs_suppression, suppress
from .table import (
    DIMENSIONS,
    TOTAL,
    CountingRules,
    DimensionUnavailable,
    StatsError,
    Table,
    cell_submissions,
    count,
    parse_value,
)

__all__ = [
    "DIMENSIONS",
    "TOTAL",
    "CountingRules",
    "DimensionUnavailable",
    "StatsError",
    "Table",
    "cell_submissions",
    "count",
    "needs_suppression",
    "parse_value",
    "suppress",
]
