"""Upload: many files, ZIPs or a whole folder at once, with progress and a result per submission."""

import tempfile

import pandas as pd
import streamlit as st

from workbench import ingest, ui
from workbench.uploads import save_uploads

ui.require("edit")
st.title("Upload submissions")
database = ui.db()
call = ui.pick_call(database, key="upload_call")
if call:
    st.caption(
        "Each loose file is one submission; in a folder or ZIP, each sub-folder is one "
        "submission (cover letter + annexes). PDF and DOCX; other formats are listed with what to do."
    )
    files = st.file_uploader(
        "Files or ZIP archives", accept_multiple_files=True, key="upload_files"
    )
    folder = st.file_uploader(
        "…or a whole folder", accept_multiple_files="directory", key="upload_folder"
    )
    chosen = list(files or []) + list(folder or [])
    if st.button("Ingest", key="upload_go", disabled=not chosen, type="primary"):
        bar = st.progress(0.0, text="Reading…")

        def progress(done, total, outcome):
            bar.progress(
                done / max(total, 1), text=f"{done}/{total}: {ui.plain(outcome.source)}"
            )  # a file name, as text

        with tempfile.TemporaryDirectory(prefix="workbench-upload-") as tmp:
            root = save_uploads([(f.name, f.getvalue()) for f in chosen], tmp)
            # Worker processes: a hostile file that hangs or crashes its reader costs only itself.
            report = ingest.ingest(database, call, [root], progress=progress, n_workers=2)
        bar.progress(1.0, text="Done")
        st.session_state["upload_report"] = report
        st.rerun()  # so the call picker counts the new submissions
    report = st.session_state.get("upload_report")
    if report:
        (st.warning if report.count(status="error") else st.success)(ui.plain(report.summary()))
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "source": o.source,
                        "action": o.action,
                        "status": o.status,
                        "n_pages": o.n_pages,
                        "reason": o.reason,
                    }
                    for o in report.outcomes
                ]
            ),
            hide_index=True,
            key="upload_results",
            # The reason gets the room: the file name is in its own column, not repeated in it.
            column_config={
                "source": st.column_config.TextColumn("File or folder", width="medium"),
                "action": "What happened",
                "status": "Status",
                "n_pages": "Pages",
                "reason": st.column_config.TextColumn("Why it failed", width="large"),
            },
        )

# ---- issue 14: survey exports (Microsoft Forms, Google Forms, KoboToolbox, SurveyMonkey, LimeSurvey) ----
if call:
    st.markdown("### A survey export (CSV or XLSX): one submission per response")
    exported = st.file_uploader("Survey export", type=["csv", "xlsx"], key="upload_survey")
    if exported is not None:
        from workbench import survey
        from workbench.errors import WorkbenchError

        try:
            form = survey.read(exported.getvalue(), exported.name)
        except WorkbenchError as error:
            ui.show_error(error)
            st.stop()
        kept = survey.saved_mapping(database, call, form.form_key)
        start = kept or survey.guess_mapping(form)
        st.caption(
            "Who answered: "
            + (
                "the columns kept from the last import of this form."
                if kept
                else "guessed from the header — check them before importing."
            )
        )
        headers = [c.header for c in form.columns]
        chosen_map = {}
        for name in survey.FIELDS:
            value = start.get(name) or []
            picked = st.multiselect(
                name,
                headers,
                default=[value] if isinstance(value, str) else value,
                key=f"upload_survey_{name}",
            )
            if picked:
                chosen_map[name] = picked[0] if len(picked) == 1 else picked
        try:
            survey.apply_mapping(form, chosen_map)
        except WorkbenchError as error:
            ui.show_error(error)
            st.stop()
        st.dataframe(
            pd.DataFrame(survey.preview(form, chosen_map)),
            hide_index=True,
            key="upload_survey_preview",
        )
        if "consent" not in chosen_map:
            st.warning(
                "No consent column: every response will be treated as not public (names withheld)."
            )
        elif survey.consent_question(chosen_map) == "inverted":
            st.caption(
                "The consent question is asked the other way round: only a clear “no” lets a name out."
            )
        if st.button(f"Import {len(form.rows)} responses", key="upload_survey_go", type="primary"):
            result = survey.ingest_survey(
                database,
                call,
                exported.getvalue(),
                exported.name,
                chosen_map,
                user=ui.actor(),
                form=form,  # read above: 10,000 rows are not read twice
            )
            st.success(ui.plain(result.summary()))
# ---- end of issue 14 block ----
