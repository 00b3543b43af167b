"""Search: one box over the call's passages and the literature notes; a passage opens at its page."""

import streamlit as st

from workbench import callscope, search, ui


def open_at_page(hit):
    """Open the Submissions page on this passage's submission and page."""
    st.session_state["current_call"] = call
    st.session_state["open_submission"] = hit["submission_id"]
    st.session_state["open_page"] = hit["page"]
    st.switch_page("pages/submissions.py")


def show_passage(hit):
    where = " · ".join(
        part
        for part in (
            hit["file"],
            f"page {hit['page']}",
            hit["role"].replace("_", " ") if hit["role"] != "body" else "",
            hit["language"],
        )
        if part
    )
    with st.container(border=True):
        st.markdown(f"**{ui.plain(hit['submitter'] or hit['source'])}** · {ui.plain(where)}")
        st.markdown(search.markdown(hit["snippet"]))
        if st.button(f"Open at page {hit['page']}", key=f"search_open_{hit['passage_id']}"):
            open_at_page(hit)


def show_note(note):
    with st.container(border=True):
        st.markdown(f"**{search.markdown(note['title_snippet'])}** ({note['year'] or 'n.d.'})")
        st.markdown(search.markdown(note["snippet"]))
        st.caption(
            ui.plain(note["citation"] or note["authors"])
            + (f" · {ui.plain(note['url'])}" if note["url"] else "")
        )


ui.require("browse")
st.title("Search")
database = ui.db()
call = ui.pick_call(database, key="search_call")
text = st.text_input(
    "Search the submissions' passages and the literature notes",
    key="search_text",
    placeholder='police violence · "conversion therapy" · conversion OR conversión',
    help=search.HELP,
)
if text.strip():
    scope = callscope.resolve(database, call) if call else None  # read once per run
    found = search.search(database, text, scope, names=ui.may("edit"))
    if not found.query:
        st.info("Type a word to search for.")
    else:
        st.caption(
            f"{search.count(found.n_passages, 'passage')} in {search.count(found.n_submissions, 'submission')}"
            f" · {search.count(found.n_notes, 'literature note')}"
            + (
                f" (the best {len(found.passages)} passages are shown)"
                if found.n_passages > len(found.passages)
                else ""
            )
        )
        passages_tab, notes_tab = st.tabs(
            [f"Passages ({found.n_passages})", f"Literature notes ({found.n_notes})"]
        )
        with passages_tab:
            if not found.passages:
                st.info(
                    "No passage of this call matches."
                    if call
                    else "No call chosen: choose one above to search its passages."
                )
            for hit in found.passages:
                show_passage(hit)
        with notes_tab:
            if not found.notes:
                st.info("No literature note matches.")
            for note in found.notes:
                show_note(note)
