"""Submissions Workbench: the app declares its pages and nothing else."""

import streamlit as st

from workbench import ui

st.set_page_config(page_title="Submissions Workbench", page_icon=":material/inbox:", layout="wide")

PAGES = [
    st.Page("pages/calls.py", title="Calls", icon=":material/folder_open:", default=True),
    st.Page("pages/upload.py", title="Upload", icon=":material/upload:"),
    st.Page("pages/submissions.py", title="Submissions", icon=":material/description:"),
    st.Page("pages/search.py", title="Search", icon=":material/search:"),
    st.Page("pages/triage.py", title="Triage", icon=":material/fact_check:"),
    st.Page("pages/statistics.py", title="Statistics", icon=":material/bar_chart:"),
    st.Page("pages/themes.py", title="Themes", icon=":material/hub:"),
    st.Page("pages/submitters.py", title="Submitters", icon=":material/groups:"),
    st.Page("pages/literature.py", title="Literature", icon=":material/menu_book:"),
    st.Page("pages/background.py", title="Background document", icon=":material/article:"),
    st.Page("pages/admin.py", title="Admin", icon=":material/admin_panel_settings:"),
]

# Once a user exists, nobody sees a page (nor its name) before logging in.
shown = (
    PAGES if ui.app_gate() else [st.Page(ui.login_page, title="Log in", icon=":material/login:")]
)
navigation = st.navigation(shown)
ui.open_deep_link(shown)
navigation.run()
