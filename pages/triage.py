"""Triage: the call's submissions least sure first; the chosen one beside the list, with every
field's evidence, decided in a few keys ("Confirm and next"), then the next one opens."""

import pandas as pd
import streamlit as st

from workbench import callscope, ui, vocab
from workbench.tagging import review

# A plain key: Streamlit ignores it while a text box has focus (it types), but it works after a
# click on a choice, where Ctrl+Enter would be taken by the choice button (pressing it again).
NEXT_KEY = "N"
# The list and the card share one height that fits under the page's header on a 1,366 x 768
# screen, so the chosen submission's fields and evidence are on screen without scrolling the page
# (the card scrolls inside itself when its evidence is long).
WORK_HEIGHT = 520
# Short titles so the fields people check fit beside the evidence at 1,366 px.
# The list shows what people scan (and what "Confirm what is shown" confirms); region, scope,
# language and each field's evidence are in the card beside it.
LIST_COLUMNS = {
    "id": st.column_config.NumberColumn("#", width=36),
    "submitter": st.column_config.TextColumn("Submitter", width=130),
    "submitter_type": st.column_config.TextColumn("Type", width=100),
    "country": st.column_config.TextColumn("Country", width=58),
    "confidentiality": st.column_config.TextColumn("Confidentiality", width=110),
    "done": st.column_config.CheckboxColumn("Done", width=45, help="Every field reviewed"),
}


def filters(database):
    """The page's title, the call and the filters in a pop-over, on one line (the list and the card
    get the height); returns (call slug, filter arguments)."""
    cells = st.columns([1, 3, 1], vertical_alignment="bottom")
    cells[0].title("Triage")
    with cells[1]:
        call = ui.pick_call(database, key="triage_call")
    with cells[2].popover("Filters", icon=":material/filter_list:", width="stretch"):
        kinds = st.multiselect(
            "Type",
            list(vocab.SUBMITTER_TYPES),
            format_func=vocab.type_label,
            key="triage_types",
        )
        levels = st.multiselect(
            "Confidentiality",
            list(vocab.CONFIDENTIALITY),
            format_func=lambda c: vocab.code_label("confidentiality", c),
            key="triage_conf",
        )
        text = st.text_input("Search source or submitter", key="triage_text")
        needs = st.checkbox("Only fields to review", key="triage_needs")
    return call, (kinds, levels, needs, text)


def current_id(shown, call):
    """The submission the card shows: the row last clicked in the list, else the one chosen by
    'Confirm and next' or a link (?submission=12), else the first that needs a look.

    A click is read by position in the list *as it was shown* (kept in session state), so a list
    that changed meanwhile never sends the next decision to another submission."""
    ids = [r["id"] for r in shown]
    chosen = st.session_state.get("triage_current")
    if chosen is None and "triage_current" not in st.session_state:
        linked = st.query_params.get("submission", "")
        chosen = int(linked) if linked.isdigit() else None
    clicked = st.session_state.get(f"triage_list_{chosen}")
    listed = st.session_state.get("triage_listed", [])
    rows = clicked["selection"]["rows"] if clicked else []
    if rows and rows[0] < len(listed) and listed[rows[0]] != chosen:
        chosen = listed[rows[0]]
    if chosen not in ids:
        chosen = review.next_open(shown)
    st.session_state["triage_current"] = chosen
    st.session_state["triage_listed"] = ids
    if chosen is not None:  # the address bar is a link to this card
        st.query_params.update(call=call, submission=str(chosen))
    return chosen


def listing(shown, chosen):
    """The list, one row selectable; a new key per chosen row puts the highlight on it."""
    frame = pd.DataFrame([vocab.readable(r) for r in shown], columns=list(LIST_COLUMNS)[:-1])
    frame["done"] = [not review.is_open(r) for r in shown]
    ids = [r["id"] for r in shown]
    st.dataframe(
        frame,
        hide_index=True,
        height=WORK_HEIGHT,
        column_config=LIST_COLUMNS,
        on_select="rerun",
        selection_mode="single-row",
        selection_default={"selection": {"rows": [ids.index(chosen)] if chosen in ids else []}},
        key=f"triage_list_{chosen}",
    )


def evidence_line(tag, source):
    """'auto · 57 % · letterhead: … (annex.pdf, p. 1)': what the tagger read, as plain text, after
    'Check:' when the field needs review; the file is named only when it is not the one the
    card's heading names (``source``)."""
    named = tag["file"] if tag["file"] and not source.endswith(tag["file"]) else ""
    where = ", ".join(part for part in (named, f"p. {tag['page']}" if tag["page"] else "") if part)
    said = f"{tag['state']} · {tag['confidence']:.0%} · {ui.coded_words(tag['evidence'] or 'no evidence')}"
    # the eye goes first to the fields the list flags "to review"
    check = tag["state"] == "auto" and tag["confidence"] < review.REVIEW_BELOW
    return (":orange[**Check:**] " if check else "") + ui.plain(
        f"{said} ({where})" if where else said
    )


def card(database, row, rows):
    """One submission's fields, each with its evidence; the form's button (or its key N, or Enter
    in the name box) saves changed fields as corrections and confirms the rest."""
    tags = {t["field"]: t for t in review.details(database, row["id"])}
    sid, source = row["id"], row["source"] or ""
    with st.form(f"triage_card_{sid}", border=True, height=WORK_HEIGHT):
        st.markdown(
            f"**#{sid} {ui.plain(row['submitter'] or '(no submitter)')}** · {ui.plain(row['source'])}"
        )
        name = st.text_input(
            "Submitter",
            key=f"triage_name_{sid}",
            placeholder="Type the right name to correct it",
            label_visibility="collapsed",
        )
        st.caption(evidence_line(tags["submitter"], source))
        # who may be named comes first: the card's top is always on screen
        level = st.segmented_control(
            "Confidentiality",
            list(vocab.CONFIDENTIALITY),
            default=row["confidentiality"] or None,
            format_func=lambda c: vocab.short_label("confidentiality", c),
            required=True,
            key=f"triage_confidentiality_{sid}",
        )
        st.caption(evidence_line(tags["confidentiality"], source))
        kind = st.pills(
            "Type",
            list(vocab.SUBMITTER_TYPES),
            default=row["submitter_type"] or None,
            format_func=lambda c: vocab.short_label("submitter_type", c),
            required=True,  # a second press (or Enter on it) must not clear it
            help="NHRI: national human rights institution",
            key=f"triage_type_{sid}",
        )
        st.caption(evidence_line(tags["submitter_type"], source))
        left, right = st.columns(2)
        countries = review.country_choices(row["country"])
        country = left.selectbox(
            "Country",
            countries,
            index=countries.index(row["country"]),
            format_func=review.country_label,
            key=f"triage_country_{sid}",
        )
        left.caption(evidence_line(tags["country"], source))
        languages = review.language_choices(rows, row["language"])
        language = right.selectbox(
            "Language",
            languages,
            index=languages.index(row["language"]),
            format_func=review.language_label,
            key=f"triage_language_{sid}",
        )
        right.caption(evidence_line(tags["language"], source))
        region = st.pills(
            "Region (follows the country unless you choose one)",
            list(vocab.REGIONS),
            default=row["region"] or None,
            format_func=lambda c: vocab.short_label("region", c),
            key=f"triage_region_{sid}",
        )
        st.caption(evidence_line(tags["region"], source))
        scope = st.segmented_control(
            "Scope",
            list(vocab.SCOPES),
            default=row["scope"] or None,
            required=True,
            key=f"triage_scope_{sid}",
        )
        st.caption(evidence_line(tags["scope"], source))
        done = st.form_submit_button(
            "Confirm and next", type="primary", shortcut=NEXT_KEY, key=f"triage_next_{sid}"
        )
    if done:
        values = {
            "submitter": name.strip() or row["submitter"],
            "submitter_type": kind or "",
            "country": country or "",
            "language": language or "",
            "region": region or "",  # left as it was, it follows a corrected country
            "scope": scope or "",
            "confidentiality": level or "",
        }
        return values
    return None


def bulk_confirm(database, shown):
    """'Confirm what is shown', asked twice: every open field of the listed rows, as it is. The
    second click confirms the rows listed at the first (asked again if the list changed)."""
    open_rows = [r for r in shown if review.is_open(r)]
    listed = [r["id"] for r in open_rows]
    if st.button(
        f"Confirm what is shown ({len(open_rows)})…", key="triage_bulk", disabled=not open_rows
    ):
        st.session_state["triage_bulk_ask"] = listed
    if st.session_state.get("triage_bulk_ask") != listed:
        st.session_state.pop("triage_bulk_ask", None)
        return
    st.warning(
        f"Confirm every open tag of the {len(open_rows)} submissions listed, as shown? Each "
        "confirmation is logged with your name; correcting a field later undoes it."
    )
    yes, no = st.columns(2)
    if yes.button(f"Confirm {len(open_rows)} submissions", type="primary", key="triage_bulk_yes"):
        st.session_state.pop("triage_bulk_ask")
        saved, conflicts = review.confirm_shown(database, open_rows, ui.actor())
        message = f"Confirmed the open tags of {len(saved)} submissions as shown."
        if conflicts:
            message += (
                f" {len(conflicts)} had been changed by someone else meanwhile and were left as"
                " they are."
            )
        st.session_state["triage_saved"] = message
        st.rerun()
    if no.button("Cancel", key="triage_bulk_no"):
        st.session_state.pop("triage_bulk_ask")
        st.rerun()


def save(database, row, values, after):
    """Save one card; on success open the next submission (``after``) and say what changed."""
    saved, conflicts = review.decide(database, row, values, ui.actor())
    for _, error in conflicts:
        ui.show_error(error)
        st.json({f: error.current.get(f) for f in vocab.TAG_FIELDS})
    if saved:
        changed = review.what_changed([row], [{**row, **values}], {row["id"]}, set(saved))
        st.session_state["triage_saved"] = f"Saved {ui.plain(changed)}."
        st.session_state["triage_current"] = after
        st.rerun()
    if not conflicts:
        st.session_state["triage_current"] = after
        st.rerun()


ui.require("edit")
database = ui.db()
call, chosen_filters = filters(database)
if call:
    done = st.session_state.pop("triage_saved", None)
    rows = review.table(database, callscope.resolve(database, call))  # the call read once
    # A save is checked against the versions the person saw (the previous run drew the card):
    # if someone else saved in between, it fails and shows their values.
    seen = st.session_state.get(f"triage_versions_{call}", {})
    st.session_state[f"triage_versions_{call}"] = {r["id"]: r["version"] for r in rows}
    rows = [{**r, "version": seen.get(r["id"], r["version"])} for r in rows]
    shown = review.filter_rows(rows, *chosen_filters)
    st.caption(
        f"{len(shown)} of {len(rows)} submissions · "
        f"{sum(bool(r['to_review']) for r in rows)} need review · "
        f"{sum(r['no_review'] for r in rows)} sure enough to skip review (every who-tag at least "
        f"{review.NO_REVIEW:.0%}) · least sure first · **{NEXT_KEY}** confirms and opens the next"
    )
    if done:
        st.success(done)  # said after the rerun, over the refreshed list and counts
    chosen = current_id(shown, call)
    left, right = st.columns([7, 5])
    with left:
        listing(shown, chosen)
        bulk_confirm(database, shown)
    with right:
        row = next((r for r in shown if r["id"] == chosen), None)
        if row is None:
            st.info(
                "Every submission listed is reviewed: click one to open it again."
                if shown
                else "No submission matches the filters."
            )
        else:
            values = card(database, row, rows)
            if values is not None:
                save(database, row, values, review.next_open(shown, row["id"]))
