"""Bar charts of one-way breakdowns (altair), for the Statistics page and its downloads."""

import altair as alt
import pandas as pd

from .labels import dimension_name, value_label
from .table import TOTAL


def chart_data(table, lang="en"):
    """One row per value of a one-way table: label, count, and its code."""
    if table.cols is not None:
        raise ValueError("charts show one-way tables: count by one dimension")
    return pd.DataFrame(
        [
            {
                "value": r,
                "label": value_label(table.rows, r, lang, table.rules.nhri_with_states),
                "submissions": table.count(r, TOTAL),
            }
            for r in table.row_values
            if (r, TOTAL) not in table.suppressed
        ],
        columns=["value", "label", "submissions"],
    )


def bar_chart(table, lang="en"):
    """Horizontal bars in the table's order, counts labelled at the bar ends."""
    data = chart_data(table, lang)
    order = list(data["label"])
    base = alt.Chart(data).encode(
        y=alt.Y(
            "label:N",
            sort=order,
            title=dimension_name(table.rows, lang),
            axis=alt.Axis(labelLimit=260),
        ),
        x=alt.X("submissions:Q", title="Submissions", axis=alt.Axis(tickMinStep=1)),
        tooltip=["label", "submissions"],
    )
    bars = base.mark_bar()
    figures = base.mark_text(align="left", dx=3).encode(text="submissions:Q")
    return (bars + figures).properties(height=alt.Step(28), title=dimension_name(table.rows, lang))


def chart_html(chart):
    """A stand-alone HTML file of the chart (opens in any browser)."""
    return chart.to_html()
