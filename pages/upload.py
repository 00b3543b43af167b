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
    st.caption("Each loose file is one submission; in a folder or ZIP, each sub-folder is one "
               "submission (cover letter + annexes). PDF and DOCX; other formats are listed with what to do.")
    files = st.file_uploader("Files or ZIP archives", accept_multiple_files=True, key="upload_files")
    folder = st.file_uploader("…or a whole folder", accept_multiple_files="directory", key="upload_folder")
    chosen = list(files or []) + list(folder or [])
    if st.button("Ingest", key="upload_go", disabled=not chosen, type="primary"):
        bar = st.progress(0.0, text="Reading…")

        def progress(done, total, outcome):
            bar.progress(done / max(total, 1), text=f"{done}/{total}: {ui.plain(outcome.source)}")   # a file name, as text

        with tempfile.TemporaryDirectory(prefix="workbench-upload-") as tmp:
            root = save_uploads([(f.name, f.getvalue()) for f in chosen], tmp)
            # Worker processes: a hostile file that hangs or crashes its reader costs only itself.
            report = ingest.ingest(database, call, [root], progress=progress, n_workers=2)
        bar.progress(1.0, text="Done")
        st.session_state["upload_report"] = report
    report = st.session_state.get("upload_report")
    if report:
        (st.warning if report.count(status="error") else st.success)(ui.plain(report.summary()))
        st.dataframe(
            pd.DataFrame([o.__dict__ for o in report.outcomes])[["source", "action", "status", "n_pages", "error"]],
            hide_index=True, key="upload_results",
        )
