"""Background document: choose and order sections, pick quotes, preview, download DOCX or Markdown."""

import io

import streamlit as st

from workbench import background, callscope, ui

ui.require("browse")
st.title("Background document")
database = ui.db()
call = ui.pick_call(database, key="bg_call")
if call:
    internal = st.toggle(
        "Internal edition (also quotes submissions that asked not to be published; marked INTERNAL "
        "on every page)",
        key="bg_internal",
    )
    if internal:
        st.warning(
            f"Internal edition: every page is headed “{background.INTERNAL_MARK}”. Do not circulate."
        )
    per_section = st.number_input("Quotes per section", 0, 10, 3, key="bg_per_section")
    scope = callscope.resolve(database, call)  # the call read once per run, passed on
    final, candidates = background.theme_counts(database, scope)
    counts = {"final": f" ({final})", "candidates": f" ({candidates})"}
    sources = list(background.SOURCES)
    source = st.radio(
        "Sections from",
        sources,
        index=sources.index(background.default_source(final, candidates)),
        format_func=lambda k: background.SOURCES[k] + counts.get(k, ""),
        horizontal=True,
        key=f"bg_source_{call}",
    )
    if source == "final" and candidates:
        st.caption(
            f"Only the {final} final themes are sections; the {candidates} candidate themes are left out "
            "(choose “Candidate themes” to use them instead)."
        )
    elif source == "candidates" and final:
        st.caption(f"Candidate themes only: the {final} final themes are left out.")
    if st.session_state.get("bg_source_seen") != (call, source):
        st.session_state.pop("bg_sections", None)  # other sections: start from all of them
        st.session_state["bg_source_seen"] = (call, source)
    draft = background.prepare(database, scope, source)
    titles = {
        s["key"]: f"{s['title']} ({len({p['submission_id'] for p in s['passages']})} submissions)"
        for s in draft.sections
    }
    chosen = st.multiselect(
        "Sections, in the order they appear (remove and re-add to move one to the end)",
        list(titles),
        default=list(titles),
        format_func=titles.get,
        key="bg_sections",
    )

    picked = {}
    for key in chosen:
        with st.expander(
            f"Quotes — {ui.plain(titles[key])}"
        ):  # a section title is a theme's label: text
            widget = f"bg_quotes_{key}_{int(internal)}"
            default = background.default_quote_ids(
                database, scope, key, internal, per_section, draft=draft
            )
            # The best passages to pick from, and those picked by default or already.
            options = dict(
                background.quote_candidates(
                    database,
                    scope,
                    key,
                    internal=internal,
                    draft=draft,
                    include=default + list(st.session_state.get(widget, [])),
                )
            )
            picked[key] = st.multiselect(
                "Quotes",
                list(options),
                default=[i for i in default if i in options],
                format_func=options.get,
                key=widget,
            )

    doc = background.build_background(
        database,
        scope,
        internal=internal,
        section_keys=chosen,
        chosen_quotes=picked,
        quotes_per_section=per_section,
        draft=draft,
    )
    n_quotes = sum(len(s.quotes) for s in doc.sections)
    st.caption(
        f"{len(doc.sections)} sections, {n_quotes} quotes, {len(doc.bibliography)} references"
    )
    docx_bytes = background.write_docx(doc, io.BytesIO()).getvalue()
    suffix = "-INTERNAL" if internal else ""
    left, right = st.columns(2)
    left.download_button(
        "Download DOCX",
        docx_bytes,
        file_name=f"background-{call}{suffix}.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        key="bg_download_docx",
    )
    right.download_button(
        "Download Markdown",
        background.to_markdown(doc),
        file_name=f"background-{call}{suffix}.md",
        mime="text/markdown",
        key="bg_download_md",
    )
    st.divider()
    st.markdown(background.to_markdown(doc))
