"""Submitters: who has written to the mandate across calls, how often, with each call's
confidentiality (workbench/submitters.py). Reviewers see everyone joined; other roles never
see a submission that may not be named joined to a name from another call."""

import pandas as pd
import streamlit as st

from workbench import callscope, store, submitters, ui, vocab

ui.require("browse")
st.title("Submitters across calls")
database = ui.db()
slugs = [c["slug"] for c in store.list_calls(database)]
if not slugs:
    st.info("No call yet: create one on the **Calls** page.")
    st.stop()
chosen = st.multiselect("Calls (oldest first)", slugs, default=slugs, key="submitters_calls")
if not chosen:
    st.stop()
reviewer = ui.may("edit")
scopes = callscope.resolve_all(database, chosen)  # each call read once for every table below
matching = submitters.match(database, scopes)
rows = submitters.history(database, scopes, internal=reviewer, with_themes=True, matching=matching)
st.caption(
    ("Internal review view: every submitter named and joined across calls. " if reviewer else "")
    + f"{len(rows)} submitters; {sum(r['n_calls'] > 1 for r in rows)} answered more than one call. "
    "Each call's confidentiality request stands on its own."
)
COLUMNS = ["submitter", "submitter_type", "region", "n_calls", "calls"]


def calls_in_words(calls):
    """'call-a (withhold_name)' → 'call-a (Publish without the name)'."""
    for code in vocab.CONFIDENTIALITY:
        calls = calls.replace(f"({code})", f"({vocab.code_label('confidentiality', code)})")
    return calls.replace("(untagged)", "(confidentiality not tagged)")


st.dataframe(
    pd.DataFrame(
        [vocab.readable(r) | {"calls": calls_in_words(r["calls"])} for r in rows], columns=COLUMNS
    ),
    hide_index=True,
    key="submitters_table",
    column_config=vocab.column_labels(COLUMNS),
)
counts = submitters.summary(database, scopes, matching=matching)
st.dataframe(
    pd.DataFrame(counts["calls"], columns=["call", "submitters", "first_time"]),
    hide_index=True,
    key="submitters_counts",
    column_config={
        "call": "Call",
        "submitters": "Submitters",
        "first_time": "First-time submitters",
    },
)
st.caption(
    "Submitters by number of calls answered: "
    + ", ".join(
        f"{n} call{'s' if n > 1 else ''}: {count}"
        for n, count in counts["by_number_of_calls"].items()
    )
)


def raised_over_time(rows, calls):
    """What each submitter raised (the themes its passages are in), call by call, oldest first."""
    table = [
        {"submitter": row["submitter"]}
        | {slug: "; ".join(row["themes"].get(slug, [])) for slug in calls}
        for row in rows
        if any(row["themes"].values())
    ]
    st.markdown(f"### What they raised, call by call ({len(table)} submitters with themes)")
    if not table:
        st.caption("No themes yet in these calls: propose them on the **Themes** page.")
        return
    st.dataframe(
        pd.DataFrame(table),
        hide_index=True,
        key="submitters_themes",
        column_config={"submitter": "Submitter"},
    )
    st.caption(
        "Each call's final themes (else its proposed ones); an empty cell: no submission to "
        "that call, or none of its passages in a theme."
    )


raised_over_time(rows, chosen)

if reviewer:
    unsure = matching.unsure
    st.markdown(f"### The same submitter? ({len(unsure)} to decide)")
    for a, b, score, reason in unsure[:20]:
        left, right = store.get_submission(database, a), store.get_submission(database, b)
        st.text(f"#{a} {left['submitter']}  ↔  #{b} {right['submitter']}  ({reason})")
        same_col, other_col = st.columns(2)
        if same_col.button("Same submitter", key=f"submitters_same_{a}_{b}"):
            submitters.decide(database, a, b, True, ui.actor())
            st.rerun()
        if other_col.button("Different", key=f"submitters_different_{a}_{b}"):
            submitters.decide(database, a, b, False, ui.actor())
            st.rerun()

    offers = submitters.corrections_to_offer(database, scopes, matching=matching)
    st.markdown(
        f"### Corrections made once, offered for the submitter's other submissions ({len(offers)})"
    )
    for sub_id, field_name, value, source in offers[:20]:
        st.text(
            f"#{sub_id}: {vocab.column_label(field_name)} = {vocab.code_label(field_name, value)} "
            f"(as reviewed on #{source})"
        )
        if st.button("Apply", key=f"submitters_apply_{sub_id}_{field_name}"):
            submitters.apply_correction(database, sub_id, field_name, value, ui.actor())
            st.rerun()
