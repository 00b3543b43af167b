"""Submissions Workbench: the app declares its pages and nothing else."""
import streamlit as st

st.set_page_config(page_title="Submissions Workbench", page_icon="📥", layout="wide")

PAGES = [
    st.Page("pages/calls.py", title="Calls", icon="🗂️", default=True),
    st.Page("pages/upload.py", title="Upload", icon="⬆️"),
    st.Page("pages/submissions.py", title="Submissions", icon="📄"),
]

st.navigation(PAGES).run()
