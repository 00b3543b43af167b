"""Submissions: a filterable list; one submission's metadata, text by page, passages, originals."""

import pandas as pd
import streamlit as st

from workbench import callscope, search, store, submissions, ui, vocab
from workbench.errors import ConflictError, WorkbenchError

EDIT_CHOICES = {
    "submitter_type": [""] + list(vocab.SUBMITTER_TYPES),
    "region": [""] + list(vocab.REGIONS),
    "scope": [""] + list(vocab.SCOPES),
    "confidentiality": [""] + list(vocab.CONFIDENTIALITY),
}
NUMBERS = ("excluded", "cosignatories")  # stored as integers, 0 when unset


def edit_form(database, sub):
    """Edit the tags, saved against the version this session loaded: a stale save is refused."""
    sid, base = sub["id"], f"subs_edit_base_{sub['id']}"
    # Streamlit forgets a form's widgets on the runs that do not draw them (another submission
    # open): opened again, the form starts from what is stored now.
    forgotten = any(f"subs_edit_{f}_{sid}" not in st.session_state for f in store.EDITABLE_FIELDS)
    if forgotten or f"subs_reload_{sid}" in st.session_state:
        _load_into_form(st.session_state.pop(f"subs_reload_{sid}", sub))  # before the widgets exist
    with st.form(f"subs_edit_{sid}"):
        st.markdown(f"**Edit** (version {st.session_state[base]['version']})")
        values = {
            field: _edit_widget(field, f"subs_edit_{field}_{sid}")
            for field in store.EDITABLE_FIELDS
        }
        saved = st.form_submit_button("Save")
    if saved:
        loaded = st.session_state[base]
        changes = {
            k: v for k, v in values.items() if v != (loaded[k] or (0 if k in NUMBERS else ""))
        }
        try:
            _remember(
                store.update_submission(database, sid, changes, loaded["version"], ui.actor())
            )
            # Run the page again so the header and the table above show what is stored now.
            st.session_state["subs_saved"] = f"Saved (version {st.session_state[base]['version']})."
            st.rerun()
        except ConflictError as error:
            st.error(
                f"Not saved: {ui.plain(error)}. Their values now: "
                + "; ".join(
                    f"{vocab.column_label(k)} = {ui.plain(vocab.code_label(k, error.current.get(k)))}"
                    for k in store.EDITABLE_FIELDS
                )
            )
            st.session_state[f"subs_conflict_{sid}"] = error.current
        except WorkbenchError as error:
            ui.show_error(error)
    if st.session_state.get(f"subs_conflict_{sid}") and st.button(
        "Load their values", key=f"subs_edit_reload_{sid}"
    ):
        st.session_state[f"subs_reload_{sid}"] = st.session_state.pop(f"subs_conflict_{sid}")
        st.rerun()


def _edit_widget(field, key):
    label = vocab.column_label(field)
    if field == "excluded":
        return int(st.checkbox(label, key=key))
    if field == "cosignatories":  # statistics may count a joint submission once per signatory
        return int(st.number_input("Co-signatories besides the submitter", 0, step=1, key=key))
    if field not in EDIT_CHOICES:
        return st.text_input(label, key=key)
    options = EDIT_CHOICES[field] + [st.session_state[key]] * (
        st.session_state[key] not in EDIT_CHOICES[field]
    )
    return st.selectbox(
        label, options, key=key, format_func=lambda code: vocab.code_label(field, code)
    )


def _load_into_form(sub):
    """Put a submission's values in the form (before its widgets are drawn) and remember them."""
    for field in store.EDITABLE_FIELDS:
        value = sub[field]
        st.session_state[f"subs_edit_{field}_{sub['id']}"] = (
            bool(value) if field == "excluded" else value or (0 if field in NUMBERS else "")
        )
    _remember(sub)


def _remember(sub):
    """The values and version this session's edits are based on."""
    st.session_state[f"subs_edit_base_{sub['id']}"] = {
        k: sub[k] for k in store.EDITABLE_FIELDS + ("version",)
    }


def full_text_search(database, scope, shown, reviewer):
    """The submissions whose passages match the search box (workbench/search), best passages listed."""
    typed = st.text_input(
        "Search the text of the submissions",
        key="subs_fulltext",
        placeholder='police violence · "conversion therapy" · полиции',
        help=search.HELP,
    )
    if not typed.strip():
        return shown
    found = search.search(database, typed, scope, names=reviewer, limit=10, note_limit=0)
    with st.expander(
        f"{search.count(found.n_passages, 'passage')} in "
        f"{search.count(found.n_submissions, 'submission')} match: the best ones"
    ):
        for hit in found.passages:
            st.markdown(
                f"**{ui.plain(hit['submitter'] or hit['source'])}**, page {hit['page']}: "
                + search.markdown(hit["snippet"])
            )
            if st.button(f"Open at page {hit['page']}", key=f"subs_hit_{hit['passage_id']}"):
                st.session_state["open_submission"], st.session_state["open_page"] = (
                    hit["submission_id"],
                    hit["page"],
                )
                st.rerun()
    return [row for row in shown if row["id"] in found.counts]


def open_clicked_row(event, shown):
    """A row clicked in the table opens its submission; only a new click moves the picker, so
    Previous/Next and the picker keep working while a row stays selected."""
    clicked = tuple(event.selection.rows) if event else ()
    if clicked == st.session_state.get("subs_clicked", ()):
        return
    st.session_state["subs_clicked"] = clicked
    if clicked and clicked[0] < len(shown):
        st.session_state["subs_open"] = shown[clicked[0]]["id"]


def step(ids, delta):
    """Open the previous (-1) or next (+1) submission of the list as shown (a button callback)."""
    current = st.session_state.get("subs_open")
    at = ids.index(current) if current in ids else -1 if delta > 0 else len(ids)
    st.session_state["subs_open"] = ids[min(max(at + delta, 0), len(ids) - 1)]
    untick_table()


def untick_table():
    """Another submission was opened without the table: a new table key drops the ticked row
    (Streamlit cannot move a selection), so no row claims to be the open one."""
    st.session_state["subs_table_run"] = st.session_state.get("subs_table_run", 0) + 1
    st.session_state["subs_clicked"] = ()


def table_key():
    return f"subs_table_{st.session_state.get('subs_table_run', 0)}"


def picker(shown):
    """The submission to open: chosen by name, by a click in the table, or Previous/Next."""
    ids = [r["id"] for r in shown]
    labels = {r["id"]: f"#{r['id']} {r['source'] or r['submitter']}" for r in shown}
    choose, back, forward = st.columns([6, 1, 1], vertical_alignment="bottom")
    chosen = choose.selectbox(
        "Open a submission",
        ids,
        format_func=labels.get,
        key="subs_open",
        index=None,
        placeholder="Choose one, or click a row of the table…",
        on_change=untick_table,
    )
    at = ids.index(chosen) if chosen in ids else None
    back.button(
        "← Previous",
        key="subs_previous",
        on_click=step,
        args=(ids, -1),
        disabled=not ids or at == 0,
        width="stretch",
    )
    forward.button(
        "Next →",
        key="subs_next",
        on_click=step,
        args=(ids, 1),
        disabled=not ids or at == len(ids) - 1,
        width="stretch",
    )
    return chosen


def page_text(text):
    """A page's text as readable paragraphs: its lines kept, nothing in it read as Markdown."""
    paragraphs = "\n".join(line.strip() for line in text.splitlines()).split("\n\n")
    return "\n\n".join(
        "  \n".join(ui.plain(line) for line in paragraph.split("\n") if line)
        for paragraph in paragraphs
        if paragraph.strip()
    )


def metadata_line(sub):
    """Type, country, region… in people's words, not the stored codes."""
    return " · ".join(
        f"**{vocab.column_label(k)}**: "
        + ui.plain(vocab.code_label(k, sub[k]) if k in vocab.FIELD_LABELS else str(sub[k] or "—"))
        for k in submissions.COLUMNS
        if k not in ("id", "source", "error")
    )


def show_page(detail, chosen):
    """The text of one page of the submission (its first page when it is newly opened)."""
    pages = detail["pages"]
    numbers = list(range(len(pages)))
    if st.session_state.get("subs_page_of") != chosen:
        st.session_state["subs_page_of"], st.session_state["subs_page"] = chosen, 0
    wanted = st.session_state.pop("open_page", None)
    if wanted is not None:
        st.session_state["subs_page"] = next(
            (i for i, p in enumerate(pages) if p["page"] == wanted), 0
        )
    page_index = st.selectbox(
        "Page",
        numbers,
        key="subs_page",
        format_func=lambda i: f"{pages[i]['file']} — page {pages[i]['page']}",
    )
    page = pages[page_index]
    st.caption("Text of the page")
    with st.container(border=True, height=420):
        st.markdown(page_text(page["text"]) or "*(no text on this page)*")
    return page


def show_tables_and_passages(database, detail, page):
    pdf_file = next(
        (f for f in detail["files"] if f["name"] == page["file"] and f["format"] == "pdf"),
        None,
    )
    if pdf_file and st.button("Show the tables on this page", key="subs_tables"):
        tables = submissions.page_tables(database, pdf_file, page["page"])
        if not tables:
            st.info("No ruled table found on this page.")
        for table in tables:
            st.table(pd.DataFrame(table).map(ui.plain))  # st.table renders Markdown in cells
    passages = [
        p for p in detail["passages"] if p["file"] == page["file"] and p["page"] == page["page"]
    ]
    with st.expander(f"Passages on this page ({len(passages)})"):
        for p in passages:
            if p["role"] == "heading":  # a section title: not quoted, so no quote mark
                st.markdown(f"§ {ui.plain(p['text'])}  \nheading · passage {p['seq']}")
                continue
            role = (
                ""
                if p["role"] == "body"
                else f" · {p['role'].replace('_', ' ')}: {ui.plain(p['reason'] or '')}"
            )
            st.markdown(
                f"> {ui.plain(p['text'])}  \n"
                f"{ui.plain(p['language'] or '?')} · passage {p['seq']}{role}"
            )


def show_files(database, detail):
    """The submission's files, the cover letter first, with their originals."""
    st.markdown("**Files**")
    st.dataframe(
        pd.DataFrame(
            detail["files"], columns=["name", "format", "n_pages", "size", "status", "error"]
        ),
        hide_index=True,
        key="subs_files",
        column_config={
            "name": "File",
            "format": "Format",
            "n_pages": "Pages",
            "size": "Bytes",
            "status": "Status",
            "error": "Error or note",
        },
    )
    for f in detail["files"]:
        st.download_button(
            f"Download original: {ui.plain(f['name'])}",
            submissions.original(database, f),
            file_name=f["name"].split("/")[-1],
            key=f"subs_dl_{f['id']}",
        )


def show_submission(database, chosen, reviewer, scope):
    detail = submissions.detail(database, chosen, names=reviewer, call=scope)
    sub = detail["submission"]
    st.subheader(ui.plain(sub["source"]))  # names and texts from submissions: shown as text
    if st.session_state.get("subs_saved"):
        st.success(st.session_state.pop("subs_saved"))
    if sub["status"] == "error":
        st.error(ui.plain(sub["error"]))
    elif sub["error"]:
        st.warning(ui.plain(sub["error"]))
    st.markdown(metadata_line(sub))
    if detail["withheld"]:
        st.info(
            "This submitter may not be named: it is shown by type and region, without its "
            "identifiers, file names or originals. Research assistants and admins review it."
        )
    page = show_page(detail, chosen) if detail["pages"] else None
    if reviewer:
        edit_form(database, sub)  # below the text it is checked against
    if page:
        show_tables_and_passages(database, detail, page)
    show_files(database, detail)


ui.require("browse")
st.title("Submissions")
database = ui.db()
# Another page (e.g. Themes) may ask to open a submission at a page: "open_submission", "open_page".
if "open_submission" in st.session_state:
    st.session_state["subs_call"] = st.session_state.get("current_call")
    st.session_state["subs_open"] = st.session_state.pop("open_submission")
call = ui.pick_call(database, key="subs_call")
if call:
    # Names and originals of submitters who may not be named are for the roles that review.
    reviewer = ui.may("edit")
    scope = callscope.resolve(database, call)  # the call read once per run, passed on
    rows = submissions.table(database, scope, names=reviewer)
    left, middle, right = st.columns(3)
    status = left.selectbox(
        "Status",
        ["", "ok", "error"],
        key="subs_status",
        format_func={"": "all", "ok": "read", "error": "could not be read"}.get,
    )
    text = middle.text_input("Search source, submitter or error", key="subs_text")
    languages = right.multiselect(
        "Language",
        sorted({r["language"] for r in rows if r["language"]}),
        key="subs_lang",
        format_func=vocab.language_name,
    )
    by_type, by_region = st.columns(2)
    kinds = by_type.multiselect(
        "Submitter type",
        list(vocab.SUBMITTER_TYPES),
        key="subs_types",
        format_func=lambda code: vocab.code_label("submitter_type", code),
    )
    regions = by_region.multiselect(
        "Region",
        list(vocab.REGIONS),
        key="subs_regions",
        format_func=lambda code: vocab.code_label("region", code),
    )
    shown = submissions.filter_rows(
        rows, status=status, text=text, language=languages, submitter_type=kinds, region=regions
    )
    shown = full_text_search(database, scope, shown, reviewer)
    st.caption(
        f"{len(shown)} of {len(rows)} submissions · click a row to open it"
        + (
            " · internal review view: names of submitters who may not be named are shown to "
            "assistants and admins only"
            if reviewer
            else ""
        )
    )
    event = st.dataframe(
        pd.DataFrame([vocab.readable(r) for r in shown], columns=submissions.COLUMNS),
        hide_index=True,
        key=table_key(),
        on_select="rerun",
        selection_mode="single-row",
        column_config=vocab.column_labels(submissions.COLUMNS),
    )
    open_clicked_row(event, shown)
    chosen = picker(shown)
    if chosen:
        show_submission(database, chosen, reviewer, scope)
