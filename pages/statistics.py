"""Statistics: counts by one or two dimensions, the report's sentences, charts, exports,
and the submissions behind any cell (confidential submitters shown by type and region)."""

import pandas as pd
import streamlit as st

from workbench import callscope, publication, stats, store, ui, vocab
from workbench.errors import WorkbenchError
from workbench.stats import charts, export, sentence
from workbench.stats.wording import dimension_name, table_notes, value_label

LANGS = {"en": "English", "es": "Español", "fr": "Français"}

ui.require("browse")
st.title("Statistics")
database = ui.db()
all_slugs = [c["slug"] for c in store.list_calls(database)]
if not all_slugs:
    st.info("No call yet: create one on the **Calls** page, or upload files on **Upload**.")
    st.stop()

# ---------------------------------------------------------------- what to count
every_call = st.checkbox("All calls", key="stats_all")
# the calls a link names (?call=a,b), else the call this person last chose, if any
current = ui.linked_calls(all_slugs, "stats_calls") or [
    c for c in [ui.remembered_call(database, all_slugs)] if c
]
calls = (
    None if every_call else st.multiselect("Calls", all_slugs, default=current, key="stats_calls")
)
if calls and len(calls) == 1:
    ui.remember_call(database, calls[0])
if calls:
    ui.link_calls(calls)  # the address bar is a link to these counts
if calls is not None and not calls:
    st.info("Choose at least one call.")
    st.stop()
scopes = callscope.resolve_all(database, calls)  # each call read once per run, passed on

left, middle, right = st.columns(3)
rows = left.selectbox("Rows", stats.DIMENSIONS, key="stats_rows", format_func=dimension_name)
cols = (
    middle.selectbox(
        "Columns",
        [""] + [d for d in stats.DIMENSIONS if d != rows],
        key="stats_cols",
        format_func=lambda d: dimension_name(d) if d else "(none: one-way table)",
    )
    or None
)
lang = right.selectbox("Language", list(LANGS), key="stats_lang", format_func=LANGS.get)

with st.expander("Counting rules and small numbers"):
    rules = stats.CountingRules(
        nhri_with_states=st.checkbox(
            "Count national human rights institutions with Member States", key="stats_nhri"
        ),
        include_excluded=st.checkbox("Count submissions marked excluded", key="stats_excluded"),
        include_errors=st.checkbox(
            "Count submissions whose files could not be read", key="stats_errors"
        ),
        count_cosignatories=st.checkbox(
            "Count each co-signatory of a joint submission", key="stats_cosign"
        ),
    )
    k = st.number_input(
        "Small-number protection: show country and two-way cells below this number as '< k' "
        "(0 = off, for the team's own use only)",
        min_value=0,
        max_value=50,
        value=publication.DEFAULT_THRESHOLD,
        step=1,
        key="stats_k",
    )

try:
    table = stats.suppress(stats.count(database, scopes, rows, cols, rules), int(k))
except WorkbenchError as error:
    ui.show_error(error)
    st.stop()

# ---------------------------------------------------------------- the sentences
st.subheader("For the report")
sentences = sentence.report_sentences(database, scopes, rules, lang)
for said in sentences:
    st.markdown(said)
st.caption(
    "The first sentence counts every submission by type. In the second, the figures by region after the "
    "dash break down the national organizations only (as the annual reports print them), so they differ "
    "from a region table of all submissions."
)

# ---------------------------------------------------------------- the table
st.subheader(export.title(table, lang))
header, body = export.grid(table, labels=True, lang=lang)
frame = pd.DataFrame([[str(v) for v in row] for row in body], columns=header)
event = st.dataframe(
    frame, hide_index=True, key="stats_table", on_select="rerun", selection_mode="single-cell"
)
for note in table_notes(table, lang):  # in the table's language, as the downloads print them
    st.caption(note)

downloads = st.columns(len(export.FORMATS))
for place, fmt in zip(downloads, export.FORMATS):
    place.download_button(
        f"Download {fmt.upper()}",
        # Files people read: names, not codes (the CLI's CSV keeps the codes), and the sentences.
        export.to_bytes(table, fmt, lang, labels=True, sentences=sentences),
        file_name=export.file_name(table, fmt),
        mime=export.MIME[fmt],
        key=f"stats_dl_{fmt}",
    )

# ---------------------------------------------------------------- the submissions behind a cell
st.subheader("Which submissions does a figure count?")
# "total" in the pickers stands for a total (stats.TOTAL); "" is an untagged value.
row_codes = list(table.row_values) + ["total"]
col_codes = list(table.col_values) + ["total"]
picked = event.selection.cells[0] if event and event.selection.cells else None
selected = export.cell_key(table, picked[0], picked[1], lang) if picked else None
pick_row, pick_col = st.columns(2)
row_value = pick_row.selectbox(
    "Row",
    row_codes,
    key="stats_cell_row",
    index=len(row_codes) - 1,
    format_func=lambda v: value_label(rows, stats.parse_value(v), lang, rules.nhri_with_states),
)
col_value = pick_col.selectbox(
    "Column",
    col_codes,
    key="stats_cell_col",
    index=len(col_codes) - 1,
    disabled=cols is None,
    format_func=lambda v: value_label(cols, stats.parse_value(v), lang),
)
row_value, col_value = selected or (stats.parse_value(row_value), stats.parse_value(col_value))
where = value_label(rows, row_value, lang, rules.nhri_with_states) + (
    f" × {value_label(cols, col_value, lang)}" if cols else ""
)
try:
    traced = stats.cell_submissions(database, row_value=row_value, col_value=col_value, table=table)
except WorkbenchError as error:
    traced = []
    st.info(ui.plain(f"{where}: {error}"))
st.caption(
    f"{ui.plain(where)}: {table.shown(row_value, col_value)} — {len(traced)} submissions listed "
    "(confidential submitters are shown by type and region, never by name)"
)
st.dataframe(
    pd.DataFrame([vocab.readable(r) for r in traced], columns=stats.table.TRACE_COLUMNS).astype(
        {"id": "Int64"}  # a withheld submitter has no number: a blank, not 12.0 beside it
    ),
    hide_index=True,
    key="stats_trace",
    column_config=vocab.column_labels(stats.table.TRACE_COLUMNS),
)

# ---------------------------------------------------------------- charts
st.subheader("Charts")
for place, dimension in zip(st.columns(2), ("submitter_type", "region")):
    one_way = stats.count(database, scopes, dimension, None, rules)
    chart = charts.bar_chart(one_way, lang)
    place.altair_chart(chart, width="stretch", key=f"stats_chart_{dimension}")
    place.download_button(
        f"Download chart by {dimension_name(dimension).lower()} (HTML)",
        charts.chart_html(chart),
        file_name=f"chart_{dimension}.html",
        mime="text/html",
        key=f"stats_chart_dl_{dimension}",
    )
