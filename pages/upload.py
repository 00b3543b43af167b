"""Upload: many files or ZIPs at once, with progress and a result per submission."""
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from workbench import ingest, ui

st.title("Upload submissions")
database = ui.db()
call = ui.pick_call(database, key="upload_call")
if call:
    st.caption("PDF and DOCX files; a ZIP may hold one folder per submission (cover letter + annexes).")
    files = st.file_uploader("Submissions", accept_multiple_files=True, key="upload_files",
                             type=None)
    if st.button("Ingest", key="upload_go", disabled=not files, type="primary"):
        bar = st.progress(0.0, text="Reading…")
        with tempfile.TemporaryDirectory(prefix="workbench-upload-") as folder:
            for uploaded in files:
                (Path(folder) / Path(uploaded.name).name).write_bytes(uploaded.getvalue())

            def progress(done, total, outcome):
                bar.progress(done / max(total, 1), text=f"{done}/{total}: {outcome.source}")

            report = ingest.ingest(database, call, [folder], progress=progress, n_workers=0)
        bar.progress(1.0, text="Done")
        st.session_state["upload_report"] = report
    report = st.session_state.get("upload_report")
    if report:
        (st.warning if report.count(status="error") else st.success)(report.summary())
        st.dataframe(
            pd.DataFrame([o.__dict__ for o in report.outcomes])[["source", "action", "status", "n_pages", "error"]],
            hide_index=True, key="upload_results",
        )
