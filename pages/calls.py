"""Calls: the mandate's reports and the calls for inputs that feed them."""

import pandas as pd
import streamlit as st

from workbench import callscope, questionnaire, store, ui, vocab
from workbench.errors import WorkbenchError

ui.require("browse")
st.title("Calls for inputs")
database = ui.db()

calls = store.list_calls(database)
CALL_COLUMNS = [
    "slug",
    "title",
    "report_title",
    "n_submissions",
    "deadline",
    "created_at",
    "name_after_review",
]
if calls:
    table = pd.DataFrame(calls)[CALL_COLUMNS].fillna("")
    table["name_after_review"] = table["name_after_review"].astype(bool)  # a tick, not 0/1
    st.dataframe(
        table,
        hide_index=True,
        key="calls_table",
        column_config=vocab.column_labels(CALL_COLUMNS),
    )
else:
    st.info("No call yet. Create one below, then upload its submissions.")

if calls and ui.may("edit"):
    st.subheader("When submitters may be named")
    chosen = st.selectbox("Call", [c["slug"] for c in calls], key="calls_naming_call")
    current = next(c for c in calls if c["slug"] == chosen)
    strict = st.checkbox(
        "Name submitters only after a person reviewed them (for calls on dangerous topics)",
        value=bool(current["name_after_review"]),
        key=f"calls_naming_{chosen}",
    )
    if strict != bool(current["name_after_review"]):
        store.set_name_after_review(database, chosen, strict)
        st.success(
            "No submitter of this call is named in shareable outputs until confirmed on the Triage page."
            if strict
            else "Submitters tagged public are named in shareable outputs."
        )

if calls and ui.may("edit"):
    st.subheader("The call's questionnaire")
    st.caption(
        "Paste the questions the call asked, one per line. Submitters who repeat them are not taken "
        "for what they say: those passages are kept out of themes and quotes."
    )
    asked = st.selectbox("Call", [c["slug"] for c in calls], key="calls_questions_call")
    scope = callscope.resolve(database, asked)  # read once for the questions and their saving
    pasted = st.text_area(
        "Questions",
        "\n".join(questionnaire.questions(database, scope)),
        height=200,
        key=f"calls_questions_{asked}",
    )
    if st.button("Save the questionnaire", key="calls_questions_save"):
        kept = questionnaire.set_questions(database, scope, pasted, user=ui.actor())
        st.success(
            f"{len(kept)} questions kept for '{asked}'. Press Propose themes on the Themes page to apply them."
        )

st.subheader("Create a call")
reports = store.list_reports(database)
with st.form("new_call"):
    title = st.text_input("Title", key="new_call_title", placeholder="Call for inputs: ...")
    slug = st.text_input("Short name (slug)", key="new_call_slug", placeholder="e.g. religion-2022")
    report = st.selectbox(
        "Report it serves",
        [r["slug"] for r in reports],
        key="new_call_report",
        format_func={
            r["slug"]: f"{r['title']} ({r['body']} {r['year']}, {r['status']})" for r in reports
        }.get,
    )
    deadline = st.date_input("Deadline", value=None, key="new_call_deadline")
    submitted = st.form_submit_button("Create call")
if submitted:
    if not slug.strip() or not title.strip():
        st.error("Give the call a title and a short name.")
    else:
        try:
            store.ensure_call(
                database,
                slug.strip(),
                title=title.strip(),
                report_slug=report,
                deadline=deadline.isoformat() if deadline else None,
            )
            ui.remember_call(database, slug.strip())
            st.success(
                f"Call '{slug.strip()}' is ready: upload its submissions on the Upload page."
            )
        except WorkbenchError as error:
            ui.show_error(error)

st.subheader("The mandate's reports")
st.dataframe(
    pd.DataFrame(reports)[["title", "body", "year", "status"]],
    hide_index=True,
    key="reports_table",
    column_config={"title": "Title", "body": "Body", "year": "Year", "status": "Status"},
)
