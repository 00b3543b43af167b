"""Literature: notes (search, edit, new), Zotero import, links to the evidence, suggestions, UN symbols."""

import pandas as pd
import streamlit as st

from workbench import callscope, notes, store, ui
from workbench.errors import ConflictError, WorkbenchError

TARGET_LABELS = {
    "submission": "Submission",
    "passage": "Passage",
    "theme": "Theme",
    "report": "Report",
    "note": "Another note",
}

ui.require("browse")
st.title("Literature notes")
database = ui.db()
reports = store.list_reports(database)
report_slugs = [""] + [r["slug"] for r in reports]
report_names = {"": "—", **{r["slug"]: f"{r['title']} ({r['body']} {r['year']})" for r in reports}}
report_ids = {r["slug"]: r["id"] for r in reports}
call = ui.pick_call(database, key="lit_call")
scope = callscope.resolve(database, call) if call else None  # read once per run, passed on
if st.session_state.get("lit_flash"):
    st.success(
        ui.plain(st.session_state.pop("lit_flash"))
    )  # quotes a citation or a file name     # a note created or imported before the rerun

tab_notes, tab_new, tab_import, tab_suggest = st.tabs(
    ["Notes", "New note", "Import from Zotero", "Suggestions"]
)

# ---------------------------------------------------------------- list, search, edit, link
with tab_notes:
    query = st.text_input(
        "Search notes (title, authors, summary, findings, tags)", key="lit_search"
    )
    found = notes.search_notes(database, query) if query else notes.list_notes(database)
    st.caption(f"{len(found)} notes")
    if found:
        table = pd.DataFrame(
            [
                {
                    "id": n["id"],
                    "year": n["year"],
                    "citation": notes.citation_of(n),
                    "tags": n["tags"],
                    "report": report_names.get(n["report_slug"] or "", n["report_slug"]),
                }
                for n in found
            ]
        )
        st.dataframe(
            table,
            hide_index=True,
            key="lit_table",
            column_config={
                "id": "#",
                "year": "Year",
                "citation": "Citation",
                "tags": "Tags",
                "report": "Report",
            },
        )
    labels = {n["id"]: f"#{n['id']} {n['title'][:90]}" for n in found}
    chosen = st.selectbox(
        "Open a note",
        list(labels),
        format_func=labels.get,
        index=None,
        placeholder="Choose one…",
        key="lit_open",
    )
    if chosen:
        note = notes.get_note(database, chosen)
        with st.form(f"lit_edit_{chosen}"):
            title = st.text_input("Title", note["title"], key="lit_edit_title")
            authors = st.text_input(
                "Authors (separated by ;)", note["authors"], key="lit_edit_authors"
            )
            year = st.text_input("Year", str(note["year"] or ""), key="lit_edit_year")
            citation = st.text_area("Citation", note["citation"], key="lit_edit_citation")
            url = st.text_input("URL", note["url"], key="lit_edit_url")
            doi = st.text_input("DOI", note["doi"], key="lit_edit_doi")
            summary = st.text_area("Summary", note["summary"], key="lit_edit_summary")
            findings = st.text_area("Key findings", note["key_findings"], key="lit_edit_findings")
            tags = st.text_input("Tags (separated by ;)", note["tags"], key="lit_edit_tags")
            report = st.selectbox(
                "Report it serves",
                report_slugs,
                index=report_slugs.index(note["report_slug"] or ""),
                format_func=report_names.get,
                key="lit_edit_report",
            )
            saved = st.form_submit_button("Save note")
        if saved:
            changes = {
                "title": title,
                "authors": authors,
                "year": year,
                "citation": citation,
                "url": url,
                "doi": doi,
                "summary": summary,
                "key_findings": findings,
                "tags": tags,
                "report_id": report_ids.get(report),
            }
            try:
                notes.update_note(database, chosen, changes, note["version"], user=ui.actor())
                st.success("Note saved.")
            except (ConflictError, ValueError) as error:
                ui.show_error(error)

        st.subheader("Linked to")
        for link in notes.links_of_note(database, chosen):
            left, right = st.columns([6, 1])
            how = {
                "symbol": f" (cites {link['symbol']})",
                "suggestion": " (accepted suggestion)",
            }.get(link["origin"], "")
            left.markdown(
                f"**{TARGET_LABELS[link['target_type']]}** — {ui.plain(link['description'] + how)}"
            )
            if right.button("Unlink", key=f"lit_unlink_{link['id']}"):
                notes.unlink(
                    database, chosen, link["target_type"], link["target_id"], user=ui.actor()
                )
                st.rerun()
        linked_here = notes.notes_linked_to(database, "note", chosen)
        if linked_here:
            st.caption(
                "Notes linking here: "
                + ui.plain("; ".join(f"#{n['id']} {n['title'][:60]}" for n in linked_here))
            )

        kind = st.selectbox(
            "Link to", list(TARGET_LABELS), format_func=TARGET_LABELS.get, key="lit_link_type"
        )
        passage_query = (
            st.text_input("Find passages (words)", key="lit_link_query")
            if kind == "passage"
            else None
        )
        targets = dict(notes.link_targets(database, scope, kind, query=passage_query))
        target = st.selectbox(
            "Target",
            list(targets),
            format_func=targets.get,
            index=None,
            placeholder="Choose…",
            key="lit_link_target",
        )
        if kind == "theme":
            st.caption(
                "Final themes first, then candidate themes: each says which. A candidate theme "
                "may change when themes are proposed again."
            )
        if st.button("Add link", key="lit_link_add", disabled=target is None):
            notes.link(database, chosen, kind, target, user=ui.actor())  # a theme keeps its label
            st.success(f"Linked to {TARGET_LABELS[kind].lower()}.")
            st.rerun()

# ---------------------------------------------------------------- a new note
with tab_new:
    with st.form("lit_new", clear_on_submit=True):
        new_title = st.text_input("Title", key="lit_new_title")
        new_authors = st.text_input("Authors (separated by ;)", key="lit_new_authors")
        new_year = st.text_input("Year", key="lit_new_year")
        new_link = st.text_input("URL or DOI", key="lit_new_link")
        new_summary = st.text_area("Summary", key="lit_new_summary")
        new_findings = st.text_area("Key findings", key="lit_new_findings")
        new_tags = st.text_input("Tags (separated by ;)", key="lit_new_tags")
        new_report = st.selectbox(
            "Report it serves", report_slugs, format_func=report_names.get, key="lit_new_report"
        )
        created = st.form_submit_button("Create note")
    if created:
        if not new_title.strip():
            st.error("A note needs a title.")
        else:
            link_field = "doi" if notes.notebook.normalise_doi(new_link) else "url"
            note = notes.create_note(
                database,
                {
                    "title": new_title,
                    "authors": new_authors,
                    "year": new_year,
                    link_field: new_link,
                    "summary": new_summary,
                    "key_findings": new_findings,
                    "tags": new_tags,
                },
                user=ui.actor(),
                report_slug=new_report or None,
            )
            st.session_state["lit_flash"] = f"Note #{note['id']} created: {notes.citation_of(note)}"
            st.rerun()  # so the Notes tab lists it at once

# ---------------------------------------------------------------- Zotero import
with tab_import:
    st.caption(
        "In Zotero: select a collection → Export Collection… → BibTeX, RIS or CSL JSON "
        "(tick “Export Notes”). Importing the same export again adds nothing twice."
    )
    upload = st.file_uploader(
        "Zotero export", type=["bib", "bibtex", "ris", "json"], key="lit_import_file"
    )
    import_report = st.selectbox(
        "Report these references serve",
        report_slugs,
        format_func=report_names.get,
        key="lit_import_report",
    )
    if st.button("Import", key="lit_import_go", disabled=upload is None):
        try:
            result = notes.import_references(
                database,
                upload.getvalue(),
                name=upload.name,
                report_slug=import_report or None,
                user=ui.actor(),
            )
            st.session_state["lit_flash"] = f"{upload.name}: {result.summary()}"
            st.rerun()
        except WorkbenchError as error:
            ui.show_error(error)

# ---------------------------------------------------------------- suggestions and UN symbols
with tab_suggest:
    if not call:
        st.info("Choose a call to compare notes with its themes and passages.")
    else:
        left, right = st.columns(2)
        if left.button("Suggest links for this call", key="lit_suggest_run"):
            n = notes.suggest_links(database, scope)
            st.success(f"{n} suggestions waiting for a decision.")
        if right.button(
            "Link notes and passages citing the same UN documents", key="lit_symbols_run"
        ):
            n = notes.link_by_symbols(database, scope, user=ui.actor())
            st.success(f"{n} new links by UN document symbol.")
        for suggestion in notes.pending(database, scope)[:30]:
            text, accept, reject = st.columns([6, 1, 1])
            text.markdown(
                f"**{ui.plain(suggestion['note_title'][:80])}** → {ui.plain(suggestion['description'])} "
                f"`{suggestion['score']:.2f}`"
            )
            if accept.button("Accept", key=f"lit_accept_{suggestion['id']}"):
                notes.accept(database, suggestion["id"], user=ui.actor())
                st.rerun()
            if reject.button("Reject", key=f"lit_reject_{suggestion['id']}"):
                notes.reject(database, suggestion["id"], user=ui.actor())
                st.rerun()
        index = notes.symbol_index(database, scope)
        if index:
            st.subheader("UN documents cited")
            st.dataframe(
                pd.DataFrame(
                    [
                        {"symbol": s, "notes": len(e["notes"]), "passages": len(e["passages"])}
                        for s, e in sorted(index.items())
                    ]
                ),
                hide_index=True,
                key="lit_symbols",
                column_config={
                    "symbol": "UN document",
                    "notes": "Notes citing it",
                    "passages": "Passages citing it",
                },
            )
