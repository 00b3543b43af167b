"""Themes: what a call's submissions say, from whom and from where, with quotes; people
finalise the themes (rename, merge, split, delete, make one from a search); the mandate's
codebook areas; campaigns that share a template."""

import pandas as pd
import streamlit as st

from workbench import callscope, earlier_themes, qda, store, themes, ui
from workbench.errors import WorkbenchError
from workbench.stats import charts

ui.require("browse")
st.title("Themes")
database = ui.db()
call = ui.pick_call(database, key="themes_call")
if not call:
    st.stop()
scope = callscope.resolve(database, call)  # the call read once per run, passed on
user = ui.actor()


def act(action, *args, **kwargs):
    """Run a finalising action; show the library's message instead of a traceback."""
    try:
        action(*args, **kwargs)
    except WorkbenchError as error:
        st.session_state["themes_message"] = ("error", str(error))
    else:
        st.session_state["themes_message"] = ("success", "Saved.")
    st.rerun()


def open_at_page(passage):
    """Open the Submissions page on this passage's submission and page."""
    st.session_state["current_call"] = call
    st.session_state["open_submission"] = passage["submission_id"]
    st.session_state["open_page"] = passage["page"]
    st.switch_page("pages/submissions.py")


def quote(passage, key):
    st.markdown(
        f"> {ui.plain(passage['text'])}\n\n— *{ui.plain(passage['attribution'])}*, page {passage['page']}"
    )
    if st.button("Open at this page", key=key):
        open_at_page(passage)


def propose(n_themes, refit):
    """Propose themes; say when new passages were placed in the themes fitted before."""
    found = themes.refresh(database, scope, n_themes=n_themes, user=user, refit=refit)
    if found["placed"]:
        st.session_state["themes_placed"] = found["placed"]


left, right = st.columns([1, 3])
k = left.number_input("Number of themes (0: chosen from the data)", 0, 60, 0, key="themes_k")
refit = right.checkbox(
    "Fit every passage again",
    key="themes_refit",
    help="A few new submissions are placed in the themes fitted before, which keep their "
    "names; tick this to fit all passages again (slower; themes may change).",
)
if right.button(
    "Propose themes", key="themes_refresh", help="Cluster passages; map new ones to final themes"
):
    with st.spinner("Clustering passages…"):
        act(propose, int(k) or None, refit)

kind, message = st.session_state.pop("themes_message", (None, None))
if kind:
    getattr(st, kind)(ui.plain(message))
placed = st.session_state.pop("themes_placed", 0)
if placed and kind == "success":
    st.info(
        f"{placed:,} new or changed passages were placed in the themes fitted before. "
        "Tick **Fit every passage again** and propose again to fit all passages anew."
    )

# The team's view: ids kept to open submissions, nobody who may not be named is named.
# Counts for every theme; quotes (redacted, so costly) for the chosen one only.
listed = themes.list_themes(database, scope, status="all", team=True, include_passages=False)
if not listed:
    st.info("No themes yet for this call: press **Propose themes**.")
    st.stop()


def terms_line(theme, n=6):
    """Top terms per language, never mixed: 'en: school, bullying · es: escuela, acoso'."""
    by_language = theme["terms_by_language"] or {"": theme["terms"]}
    return " · ".join(
        f"{lang}: {', '.join(terms[:n])}" if lang else ", ".join(terms[:n])
        for lang, terms in by_language.items()
    )


overview = pd.DataFrame(
    [
        {
            "theme": t["label"],
            "status": t["status"],
            "passages": t["size"],
            "submissions": t["n_submissions"],
            "voices (campaign = 1)": t["n_voices"],
            "top terms": terms_line(t, 4),
        }
        for t in listed
    ]
)
st.dataframe(overview, hide_index=True, key="themes_table")

by_id = {t["id"]: t for t in listed}
chosen = st.selectbox(
    "Theme",
    list(by_id),
    key="themes_pick",
    format_func=lambda i: (
        f"{by_id[i]['label']} ({by_id[i]['status']}, {by_id[i]['size']} passages)"
    ),
)
theme = themes.list_themes(database, scope, status="all", team=True, theme_id=chosen)[0]
st.subheader(
    ui.plain(theme["label"])
)  # labels and terms are words of the submissions: shown as text
st.caption(
    f"{theme['status'].capitalize()} · {theme['size']} passages from {theme['n_submissions']} submissions · "
    f"terms — {ui.plain(terms_line(theme, 8))}"
)

if theme["who_where"]:
    chart = charts.who_where_chart(theme["who_where"])  # one colour per region, in words
    st.altair_chart(chart, key="themes_chart")

st.markdown("**Quotes**")
for passage in themes.representative_passages(theme, n=5):
    quote(passage, key=f"themes_open_{passage['passage_id']}")
if theme["n_withheld"]:
    st.caption(
        f"{theme['n_withheld']} passages are not quoted: their submissions asked not to be "
        "published or are not tagged yet."
    )

with st.expander(f"All {len(theme['passages'])} quotable passages"):
    st.dataframe(
        pd.DataFrame(theme["passages"], columns=["attribution", "page", "weight", "text"]),
        hide_index=True,
        key="themes_passages",
    )

st.markdown("### Finalise")
if not ui.may("finalise_themes"):
    st.caption("Finalising themes is for the Senior Advisor (and admins).")
else:
    col1, col2, col3 = st.columns(3)
    if theme["status"] == "candidate" and col1.button("Accept this theme", key="themes_accept"):
        act(themes.accept, database, [chosen], user)
    candidates = [t["id"] for t in listed if t["status"] == "candidate"]
    if candidates and col2.button(
        f"Accept all {len(candidates)} candidates", key="themes_accept_all"
    ):
        act(themes.accept, database, candidates, user)
    if col3.button("Delete this theme", key="themes_delete"):
        act(themes.delete, database, chosen, user)

    new_label = st.text_input("New name", value=theme["label"], key=f"themes_rename_{chosen}")
    if st.button("Rename", key="themes_rename_go"):
        act(themes.rename, database, chosen, new_label, user)

    parts = st.number_input("Split into", 2, 6, 2, key="themes_split_n")
    if st.button("Split this theme", key="themes_split"):
        act(themes.split, database, chosen, user, n=int(parts))

    to_merge = st.multiselect(
        "Merge with",
        [i for i in by_id if i != chosen],
        key="themes_merge_pick",
        format_func=lambda i: by_id[i]["label"],
    )
    merged_label = st.text_input("Name of the merged theme (optional)", key="themes_merge_label")
    if st.button("Merge", key="themes_merge_go", disabled=not to_merge):
        act(themes.merge, database, [chosen, *to_merge], user, label=merged_label or None)

    query = st.text_input(
        "Make a theme from a search (e.g. conversion OR conversión)", key="themes_query"
    )
    query_label = st.text_input("Name of that theme (optional)", key="themes_query_label")
    if st.button("Create theme from search", key="themes_query_go", disabled=not query):
        act(themes.from_query, database, scope, query, user, label=query_label or None)

st.markdown("### The mandate's codebook")
area = st.selectbox(
    "What did submitters say about…",
    themes.areas(),
    key="themes_area",
    format_func=lambda a: a.replace("_", " "),
)
coded = themes.codebook_passages(database, scope, area, team=True, limit=5)  # 5 shown, redacted
n_coded, n_coding = themes.codebook_count(database, scope, area)
st.caption(f"{n_coded} quotable passages from {n_coding} submissions")
for passage in coded:
    quote(passage, key=f"themes_code_open_{passage['passage_id']}")
    # issue 16 (codebook owner): why the passage was coded
    st.caption(f"Coded for: {ui.plain(', '.join(passage.get('terms') or []))}")

st.markdown("### Campaigns and shared templates")
found = themes.campaigns(database, scope)
if not found:
    st.caption("No submissions share a template.")
for campaign in found:
    st.markdown(
        f"- {ui.plain(campaign['label'])} — submissions {', '.join(f'#{i}' for i in campaign['submission_ids'])}"
    )

# ---- issue 14: REFI-QDA exchange (NVivo, MAXQDA, ATLAS.ti, QualCoder) — workbench/qda.py ----
st.markdown("### Take this call to a QDA program (REFI-QDA)")
internal_qda = ui.may("edit") and st.checkbox(
    "Internal edition (names every submitter; never share it)", key="themes_qda_internal"
)
qda_left, qda_right = st.columns(2)
if qda_left.button("Prepare project (.qdpx)", key="themes_qda_project"):
    with st.spinner("Writing the REFI-QDA project…"):
        st.session_state["themes_qda_file"] = (
            f"{call}.qdpx",
            qda.project_bytes(database, scope, internal=internal_qda),
        )
if qda_right.button("Prepare codebook (.qdc)", key="themes_qda_codebook"):
    st.session_state["themes_qda_file"] = (
        f"{call}.qdc",
        qda.codebook_bytes(database, scope, internal=internal_qda),
    )
if "themes_qda_file" in st.session_state:
    qda_name, qda_data = st.session_state["themes_qda_file"]
    st.download_button(
        f"Download {qda_name}",
        qda_data,
        file_name=qda_name,
        key="themes_qda_download",
        mime="application/zip" if qda_name.endswith(".qdpx") else "application/xml",
    )
if ui.may("finalise_themes"):
    qdc = st.file_uploader(
        "Bring back a codebook edited in a QDA program (.qdc or .qdpx)",
        type=["qdc", "qdpx"],
        key="themes_qda_upload",
    )
    if qdc is not None and st.button(
        "Import codebook into the final themes", key="themes_qda_import"
    ):
        try:
            st.success(qda.import_codebook(database, scope, qdc.getvalue(), user=user).summary())
        except WorkbenchError as error:
            ui.show_error(error)
# ---- end of issue 14 block ----


# ---- issue 14: this call's themes beside earlier reports' — workbench/earlier_themes.py ----
def beside_earlier_reports():
    """This call's themes beside those of earlier calls, matched by what their passages say
    (the centres of their passages), not by their labels."""
    calls = store.list_calls(database)
    slugs = [c["slug"] for c in calls]
    if len(slugs) < 2:
        return
    st.markdown("### Beside earlier reports")
    names = {c["slug"]: c["report_title"] or c["title"] for c in calls}
    earlier = st.multiselect(
        "Earlier calls",
        [s for s in slugs if s != call],
        default=slugs[: slugs.index(call)][-3:],
        format_func=lambda s: f"{s} ({names[s]})",
        key="themes_earlier_calls",
    )
    if earlier and st.button("Compare with earlier reports", key="themes_earlier_go"):
        with st.spinner("Placing the themes' passages side by side…"):
            st.session_state["themes_earlier"] = earlier_themes.beside_earlier(
                database, scope, earlier
            )
    found = st.session_state.get("themes_earlier")
    if not found or found["call"] != call or list(found["earlier_status"]) != earlier:
        return
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "theme": row["theme"],
                    "passages": row["passages"],
                    **{
                        slug: f"{match[0]} ({match[1]:.2f})" if match else "— not matched"
                        for slug, match in row["matches"].items()
                    },
                }
                for row in found["themes"]
            ]
        ),
        hide_index=True,
        key="themes_earlier_table",
    )
    st.caption(
        f"This call's {found['status']} themes; earlier calls' "
        + ", ".join(f"{slug}: {status}" for slug, status in found["earlier_status"].items())
        + f". Matched when their passages' centres are alike (cosine ≥ {earlier_themes.MATCH})."
    )
    for slug, labels in found["not_raised"].items():
        if labels:
            st.caption(ui.plain(f"Raised in {slug}, not matched this time: " + "; ".join(labels)))


beside_earlier_reports()
# ---- end of issue 14 block ----
