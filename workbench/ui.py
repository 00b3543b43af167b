"""Streamlit helpers shared by the pages: the only library module that imports streamlit."""

import inspect
import re
import threading
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.scriptrunner import get_script_run_ctx

from . import auth, markup, store, vocab
from .stores import choices

APP_SHELL = "_inside_app"  # set by streamlit_app.py on every run of the app
DEEP_LINK = "_deep_link"  # the page a new session asked for by URL


_RUN = threading.local()  # the connection of the script run on this thread, and that run


def db():
    """The connection of this script run, opened at its first use: the app's login gate,
    ``require`` and the page share it. A new run (or code outside a run) opens its own, so a
    restored database is read afresh."""
    run = _this_run()
    if run is None or getattr(_RUN, "run", None) is not run:
        # The previous run's connection is not closed here: what a run keeps between runs
        # (search's gate) may hold it; it closes when nothing refers to it any more.
        _RUN.run, _RUN.db = run, store.open_db(store.default_db_path())
    return _RUN.db


def _this_run():
    """An object Streamlit makes anew at the start of every script run (None outside one)."""
    ctx = get_script_run_ctx()
    return ctx.cursors if ctx is not None else None


def pick_call(database, key="call"):
    """A call selector that remembers the choice across pages and, per person, across sessions
    (a new tab opens the call they last chose); with several calls and no choice yet it asks.
    A link's ?call=slug chooses the call, and the address bar follows the picker, so the page's
    URL can be shared. None when there is no call or none is chosen."""
    calls = store.list_calls(database)
    if not calls:
        st.info("No call yet: create one on the **Calls** page, or upload files on **Upload**.")
        return None
    slugs = [c["slug"] for c in calls]
    remembered = (linked_calls(slugs, key) or [None])[0] or remembered_call(database, slugs)
    labels = {c["slug"]: f"{c['title']} ({c['n_submissions']} submissions)" for c in calls}
    slug = st.selectbox(
        "Call",
        slugs,
        index=slugs.index(remembered) if remembered else None,
        format_func=labels.get,
        key=key,
        placeholder="Choose the call to work on…",
    )
    if slug is None:
        st.info("Choose a call to work on.")
        return None
    remember_call(database, slug)
    link_calls([slug])
    return slug


def linked_calls(slugs, key):
    """The calls a link names (?call=slug, or slug,slug for several) while the picker ``key``
    has not been shown yet in this session; afterwards the picker's own choice counts."""
    if key in st.session_state:
        return []
    named = st.query_params.get("call", "").split(",")
    return [slug for slug in named if slug in slugs]


def link_calls(slugs):
    """Keep the address bar's ?call= in step with the calls the page shows."""
    wanted = ",".join(slugs)
    if st.query_params.get("call") != wanted:
        st.query_params["call"] = wanted


def remembered_call(database, slugs):
    """The call this person chose in this session, else in their last one, else the only call;
    None when there is nothing to go by (then the page asks)."""
    found = st.session_state.get("current_call") or choices.last(database, actor(), "call")
    if found in slugs:
        return found
    return slugs[0] if len(slugs) == 1 else None


def remember_call(database, slug):
    """The call this session works on, kept for this person's next session too."""
    st.session_state["current_call"] = slug
    if choices.last(database, actor(), "call") != slug:
        with store.transaction(database):
            choices.remember(database, actor(), "call", slug)


def plain(text):
    """Text from submissions (or anyone) for a Markdown-rendering element — st.markdown,
    captions, alerts, headings, expander and widget labels, st.table cells — shown as the
    text it is: no image, link, HTML, LaTeX or formatting can come from it (markup.escape)."""
    return markup.escape(text)


def coded_words(text):
    """The tagger's evidence with its codes in people's words: "'Collective' (civil_society)"
    -> "'Collective' (civil society)" (types, regions and confidentiality levels in brackets)."""
    return _CODE_IN_BRACKETS.sub(lambda m: f"({_CODE_WORDS[m.group(1)]})", text)


_CODE_WORDS = {
    code: vocab.short_label(field, code)
    for field, codes in (
        ("submitter_type", vocab.SUBMITTER_TYPES),
        ("region", vocab.REGIONS),
        ("confidentiality", vocab.CONFIDENTIALITY),
    )
    for code in codes
}
_CODE_IN_BRACKETS = re.compile(
    r"\((" + "|".join(sorted(map(re.escape, _CODE_WORDS), key=len, reverse=True)) + r")\)"
)


def show_error(error):
    """An error message, which may quote a file's name or text, shown as plain text."""
    st.error(plain(error))


# ---------------------------------------------------------------- logins and roles
# st.session_state["auth_user"] holds the logged-in user (a dict); st.session_state["user"]
# holds the name the audit log records ("local" when the app runs open).

OPEN_MODE_BANNER = (
    "Open mode: no users have been added, so anyone who can reach this app can do "
    "everything. Add an admin (`workbench users add NAME --role admin`) to require logins."
)


def current_user():
    return st.session_state.get("auth_user")


def actor():
    """The name to record in the audit log for what this session does."""
    return auth.actor(current_user())


def through_the_app(page_file):
    """A page opened by its own URL in a new session is run alone by Streamlit (the pages/
    folder), without the navigation, page settings or login gate of streamlit_app.py: send it
    through the app, which then opens this page."""
    if st.session_state.get(APP_SHELL):
        return
    st.session_state[DEEP_LINK] = (Path(page_file).stem, st.query_params.to_dict())
    try:
        st.switch_page("streamlit_app.py")
    except StreamlitAPIException:
        st.session_state.pop(DEEP_LINK, None)  # run on its own (AppTest): nothing to go through


def open_deep_link(pages):
    """In streamlit_app.py: mark the session as inside the app, and open the page asked for."""
    st.session_state[APP_SHELL] = True
    wanted, query = st.session_state.pop(DEEP_LINK, (None, {}))
    match = next((p for p in pages if wanted and p.url_path == wanted), None)
    if match is not None:
        st.switch_page(match, query_params=query)  # the link's ?call=…&submission=… too


def require(permission="browse"):
    """Stop the page unless this session may ``permission`` (browse, edit, finalise_themes, admin).

    With no users in the database the app runs open and everything is allowed; otherwise a
    login form is shown until someone logs in, and a role without the permission is told so.
    """
    through_the_app(inspect.currentframe().f_back.f_code.co_filename)  # the calling page
    database = db()
    if not auth.has_users(database):
        st.session_state["auth_user"] = None
        st.session_state["user"] = auth.LOCAL_USER
        return None
    user = _refreshed(database, current_user())
    if user is None:
        login_form(database)
        st.stop()
    if not auth.allowed(user, permission):
        st.error(
            f"{plain(user['name'])} ({auth.ROLES[user['role']]}) may not use this page: it needs "
            f"{' or '.join(sorted(auth.ROLES[r] for r in auth.PERMISSIONS[permission]))}."
        )
        st.stop()
    return user


def may(permission):
    """Whether this session may ``permission`` (to show or hide an action); call after require()."""
    user = current_user()
    if user is None:
        return st.session_state.get("user") == auth.LOCAL_USER  # open mode
    return auth.allowed(user, permission)


def app_gate():
    """For streamlit_app.py: True when pages may be shown, False when only the login may."""
    database = db()
    if not auth.has_users(database):
        session_sidebar(database)
        return True
    allowed = _refreshed(database, current_user()) is not None
    session_sidebar(database)
    return allowed


def login_page():
    """The only page a visitor sees before logging in."""
    login_form(db())


def _refreshed(database, user):
    """The session's user as the database has them now: a disabled user is logged out."""
    if user is None:
        return None
    try:
        fresh = auth.get_user(database, user["name"])
    except auth.AuthError:
        fresh = None
    if fresh is None or fresh["disabled"]:
        logout()
        return None
    return fresh


def login_form(database):
    """Name and password; on success the session remembers the user and the page reruns."""
    st.title("Log in")
    st.caption("The workbench holds confidential testimonies: log in to continue.")
    with st.form("login"):
        name = st.text_input("Name", key="login_name")
        password = st.text_input("Password", type="password", key="login_password")
        submitted = st.form_submit_button("Log in")
    if submitted:
        try:
            user = auth.authenticate(database, name, password)
        except auth.AuthError as error:
            show_error(error)
            return
        st.session_state["auth_user"] = user
        st.session_state["user"] = user["name"]
        st.rerun()


def logout():
    st.session_state["auth_user"] = None
    st.session_state.pop("user", None)


def session_sidebar(database):
    """Who is logged in and a log-out button, or the open-mode banner."""
    if not auth.has_users(database):
        st.sidebar.warning(OPEN_MODE_BANNER, icon=":material/lock_open:")
        return
    user = current_user()
    if user:
        st.sidebar.caption(f"Logged in as **{plain(user['name'])}** ({auth.ROLES[user['role']]})")
        if st.sidebar.button("Log out", key="logout"):
            logout()
            st.rerun()
