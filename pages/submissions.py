"""Submissions: a filterable list; one submission's metadata, text by page, passages, originals."""
import pandas as pd
import streamlit as st

from workbench import submissions, ui

ui.require("browse")
st.title("Submissions")
database = ui.db()
# Another page (e.g. Themes) may ask to open a submission at a page: "open_submission", "open_page".
if "open_submission" in st.session_state:
    st.session_state["subs_call"] = st.session_state.get("current_call")
    st.session_state["subs_open"] = st.session_state.pop("open_submission")
call = ui.pick_call(database, key="subs_call")
if call:
    rows = submissions.table(database, call)
    left, middle, right = st.columns(3)
    status = left.selectbox("Status", ["", "ok", "error"], key="subs_status",
                            format_func=lambda s: s or "all")
    text = middle.text_input("Search source, submitter or error", key="subs_text")
    languages = right.multiselect("Language", sorted({r["language"] for r in rows if r["language"]}), key="subs_lang")
    shown = submissions.filter_rows(rows, status=status, text=text, language=languages)
    st.caption(f"{len(shown)} of {len(rows)} submissions")
    st.dataframe(pd.DataFrame(shown, columns=submissions.COLUMNS), hide_index=True, key="subs_table")

    ids = [r["id"] for r in shown]
    labels = {r["id"]: f"#{r['id']} {r['source']}" for r in shown}
    chosen = st.selectbox("Open a submission", ids, format_func=labels.get, key="subs_open",
                          index=None, placeholder="Choose one…")
    if chosen:
        detail = submissions.detail(database, chosen)
        sub = detail["submission"]
        st.subheader(sub["source"])
        if sub["status"] == "error":
            st.error(sub["error"])
        elif sub["error"]:
            st.warning(sub["error"])
        meta = {k: sub[k] for k in submissions.COLUMNS if k not in ("id", "source", "error")}
        st.json(meta, expanded=False)
        for f in detail["files"]:
            st.download_button(f"Download original: {f['name']}", submissions.original(database, f),
                               file_name=f["name"].split("/")[-1], key=f"subs_dl_{f['id']}")
        pages = detail["pages"]
        if pages:
            numbers = list(range(len(pages)))
            wanted = st.session_state.pop("open_page", None)
            if wanted is not None:
                st.session_state["subs_page"] = next((i for i, p in enumerate(pages) if p["page"] == wanted), 0)
            page_index = st.selectbox(
                "Page", numbers, key="subs_page",
                format_func=lambda i: f"{pages[i]['file']} — page {pages[i]['page']}")
            page = pages[page_index]
            # Keyed by submission and page: a fixed key would keep showing the first page read.
            st.text_area("Text of the page", page["text"], height=300, disabled=True,
                         key=f"subs_page_text_{chosen}_{page_index}")
            pdf_file = next((f for f in detail["files"] if f["name"] == page["file"] and f["format"] == "pdf"), None)
            if pdf_file and st.button("Show the tables on this page", key="subs_tables"):
                tables = submissions.page_tables(database, pdf_file, page["page"])
                if not tables:
                    st.info("No ruled table found on this page.")
                for table in tables:
                    st.table(pd.DataFrame(table))
            passages = [p for p in detail["passages"] if p["file"] == page["file"] and p["page"] == page["page"]]
            st.markdown(f"**Passages on this page ({len(passages)})**")
            for p in passages:
                st.markdown(f"> {p['text']}  \n`{p['language'] or '?'}` · passage {p['seq']}")
