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


def login_pages(pages):
    """Before anyone logs in: the login form under the address of every page, and no page name.
    A saved link (/triage?call=…&submission=12) then shows the form, not 'Page not found', and
    after login the same address, query parameters and all, opens the page it named."""
    return [
        st.Page(
            ui.login_page,
            title="Log in",
            icon=":material/login:",
            url_path=page.url_path or "login",
            default=not page.url_path,
        )
        for page in pages
    ]


# Once a user exists, nobody sees a page (nor its name) before logging in; every page's address
# shows the login form, so a saved link still opens its page after login.
allowed = ui.app_gate()
shown = PAGES if allowed else login_pages(PAGES)
navigation = st.navigation(shown, position="sidebar" if allowed else "hidden")
ui.open_deep_link(shown)
navigation.run()
