"""Charts (altair) for the Statistics and Themes pages and their downloads, with one colour
per region everywhere."""

import altair as alt
import pandas as pd

from .. import vocab
from .table import TOTAL
from .wording import dimension_name, value_label

# One colour per UN regional group in every chart, whatever else a chart shows: the
# Okabe-Ito palette, told apart with the common colour-vision deficiencies; grey = no region.
REGION_COLOURS = {
    "africa": "#E69F00",
    "asia_pacific": "#009E73",
    "eastern_europe": "#CC79A7",
    "latin_america_caribbean": "#D55E00",
    "weog": "#0072B2",
    "": "#999999",
}
OTHER_COLOUR = "#4C78A8"  # bars that are not regions


def region_scale(lang="en"):
    """The colour scale of regions, by their printed names, the same in every chart."""
    names = [value_label("region", code, lang) for code in REGION_COLOURS]
    return alt.Scale(domain=names, range=list(REGION_COLOURS.values()))


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
    if table.rows == "region":
        bars = base.mark_bar().encode(
            color=alt.Color("label:N", scale=region_scale(lang), legend=None)
        )
    else:
        bars = base.mark_bar(color=OTHER_COLOUR)
    figures = base.mark_text(align="left", dx=3).encode(text="submissions:Q")
    return (bars + figures).properties(height=alt.Step(28), title=dimension_name(table.rows, lang))


def who_where_chart(rows, lang="en"):
    """Stacked bars of a theme's passages: who (submitter type) by where (region), regions in
    their colours. ``rows``: {submitter_type, region, passages} with codes; a code the
    vocabulary does not know (a placeholder such as 'untagged') is shown as it is."""
    data = pd.DataFrame(
        [
            {
                "who": value_label("submitter_type", r["submitter_type"], lang)
                if r["submitter_type"] in vocab.SUBMITTER_TYPES
                else r["submitter_type"],
                "where": value_label(
                    "region", r["region"] if r["region"] in vocab.REGIONS else "", lang
                ),
                "passages": r["passages"],
            }
            for r in rows
        ],
        columns=["who", "where", "passages"],
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("passages:Q", title="Passages"),
            y=alt.Y("who:N", title="Who", axis=alt.Axis(labelLimit=260)),
            color=alt.Color("where:N", title="Where", scale=region_scale(lang)),
            tooltip=["who", "where", "passages"],
        )
    )


def chart_html(chart):
    """A stand-alone HTML file of the chart (opens in any browser)."""
    return chart.to_html()
