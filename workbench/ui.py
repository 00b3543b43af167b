"""Streamlit helpers shared by the pages: the only library module that imports streamlit."""
import streamlit as st

from . import store


def db():
    """A connection for this script run (SQLite connections are bound to their thread)."""
    return store.open_db(store.default_db_path())


def pick_call(database, key="call"):
    """A call selector that remembers the choice across pages; None when there are no calls."""
    calls = store.list_calls(database)
    if not calls:
        st.info("No call yet: create one on the **Calls** page, or upload files on **Upload**.")
        return None
    slugs = [c["slug"] for c in calls]
    remembered = st.session_state.get("current_call")
    index = slugs.index(remembered) if remembered in slugs else len(slugs) - 1
    labels = {c["slug"]: f"{c['title']} ({c['n_submissions']} submissions)" for c in calls}
    slug = st.selectbox("Call", slugs, index=index, format_func=labels.get, key=key)
    st.session_state["current_call"] = slug
    return slug


def show_error(error):
    st.error(str(error))
