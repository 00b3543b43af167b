"""Triage: every submission's tags, least sure first; correct in place, confirm per field."""

import pandas as pd
import streamlit as st

from workbench import ui, vocab
from workbench.tagging import review


def _choices(field, codes):
    """A drop-down that shows people's words and stores the code."""
    return st.column_config.SelectboxColumn(
        vocab.FIELD_LABELS[field],
        options=list(codes),
        format_func=lambda code: vocab.code_label(field, code),
    )


ui.require("edit")
st.title("Triage")
st.caption(
    "Tags filled in automatically, least sure first. Edit a cell to correct it, tick **Confirm** to "
    "accept a row's other values, then save. Reviewed fields are never overwritten by re-tagging."
)
database = ui.db()
call = ui.pick_call(database, key="triage_call")
if call:
    done = st.session_state.pop("triage_saved", None)
    if done:
        st.success(done)  # said after the rerun, over the refreshed list and counts
    rows = review.table(database, call)
    # The versions the assistant saw when the table was loaded: a save against them fails
    # (and shows the current values) if someone else saved in between.
    seen = st.session_state.setdefault(f"triage_versions_{call}", {})
    for r in rows:
        seen.setdefault(r["id"], r["version"])
    left, middle, right = st.columns(3)
    kinds = left.multiselect("Submitter type", list(vocab.SUBMITTER_TYPES), key="triage_types")
    levels = middle.multiselect("Confidentiality", list(vocab.CONFIDENTIALITY), key="triage_conf")
    needs = right.checkbox("Only fields to review", key="triage_needs")
    text = st.text_input("Search source or submitter", key="triage_text")
    shown = review.filter_rows(rows, kinds, levels, needs, text)
    st.caption(
        f"{len(shown)} of {len(rows)} submissions · {sum(bool(r['to_review']) for r in rows)} need review · "
        f"{sum(r['no_review'] for r in rows)} sure enough to skip review (every who-tag at least "
        f"{review.NO_REVIEW:.0%}) · least sure first"
    )

    # The fields people correct come first, so they stay on screen at 1,366 px; the file name last.
    columns = [
        "id",
        "submitter",
        "submitter_type",
        "country",
        "region",
        "scope",
        "confidentiality",
        "confidence",
        "to_review",
        "language",
        "reviewed",
        "source",
    ]
    frame = pd.DataFrame(shown, columns=columns)
    frame.insert(1, "confirm", False)
    edited = st.data_editor(
        frame,
        hide_index=True,
        key="triage_editor",
        width="stretch",
        disabled=["id", "source", "confidence", "to_review", "reviewed"],
        column_config={
            "confirm": st.column_config.CheckboxColumn(
                "Confirm", help="Accept this row's values as they are"
            ),
            "submitter": st.column_config.TextColumn("Submitter"),
            "confidence": st.column_config.ProgressColumn(
                "Lowest confidence", min_value=0.0, max_value=1.0
            ),
            "to_review": st.column_config.TextColumn("To review"),
            "submitter_type": _choices("submitter_type", vocab.SUBMITTER_TYPES),
            "country": st.column_config.TextColumn(
                "Country", help="ISO 3166 alpha-3 code, e.g. KEN"
            ),
            "region": _choices("region", [""] + list(vocab.REGIONS)),
            "scope": _choices("scope", vocab.SCOPES),
            "confidentiality": _choices("confidentiality", vocab.CONFIDENTIALITY),
            "language": st.column_config.TextColumn("Language"),
            "reviewed": st.column_config.TextColumn("Reviewed"),
            "source": st.column_config.TextColumn("File"),
        },
    )
    if st.button("Save corrections and confirmations", key="triage_save", type="primary"):
        records = edited.fillna("").to_dict("records")
        confirm = {r["id"] for r in records if r["confirm"]}
        loaded = [{**r, "version": seen[r["id"]]} for r in shown]
        saved, conflicts = review.save_edits(database, loaded, records, confirm, ui.actor())
        st.session_state.pop(
            f"triage_versions_{call}", None
        )  # next run starts from what is stored now
        if saved and not conflicts:
            # Rerun at once: the table, the ticks and the "need review" count show what is stored now.
            st.session_state["triage_saved"] = (
                f"Saved {len(saved)} submissions: "
                f"{review.what_changed(loaded, records, confirm, set(saved))}."
            )
            st.session_state.pop("triage_editor", None)
            st.rerun()
        if saved:
            st.success(
                f"Saved {len(saved)} submissions: {review.what_changed(loaded, records, confirm, set(saved))}."
            )
        for submission_id, error in conflicts:
            ui.show_error(error)
            current = {f: error.current.get(f) for f in vocab.TAG_FIELDS}
            st.json({"submission": submission_id, "current values": current})
        if not saved and not conflicts:
            st.info("Nothing to save: edit a cell or tick Confirm first.")

    st.subheader("Evidence")
    labels = {r["id"]: f"#{r['id']} {r['source']}" for r in shown}
    chosen = st.selectbox(
        "Submission",
        list(labels),
        format_func=labels.get,
        index=None,
        placeholder="Choose one…",
        key="triage_open",
    )
    if chosen:
        tags = review.details(database, chosen)
        st.dataframe(pd.DataFrame(tags), hide_index=True, key="triage_evidence")
        with st.form("triage_fields"):
            picked = [
                t["field"]
                for t in tags
                if st.checkbox(
                    f"{vocab.FIELD_LABELS[t['field']]}: {ui.plain(vocab.code_label(t['field'], t['value']))}"
                    f"  ({t['state']}, {t['confidence']:.0%})",
                    key=f"triage_ok_{t['field']}",
                )
            ]
            if st.form_submit_button("Confirm ticked fields"):
                row = {**next(r for r in rows if r["id"] == chosen), "version": seen[chosen]}
                saved, conflicts = review.confirm_fields(database, row, picked, ui.actor())
                for _, error in conflicts:
                    ui.show_error(error)
                if saved:
                    st.session_state.pop(f"triage_versions_{call}", None)
                    st.success(f"Confirmed {', '.join(picked)}.")
