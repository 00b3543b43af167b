"""Submitters: who has written to the mandate across calls, how often, with each call's
confidentiality (workbench/submitters.py). Reviewers see everyone joined; other roles never
see a submission that may not be named joined to a name from another call."""
import pandas as pd
import streamlit as st

from workbench import store, submitters, ui

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
rows = submitters.history(database, chosen, internal=reviewer)
st.caption(("Internal review view: every submitter named and joined across calls. " if reviewer else "")
           + f"{len(rows)} submitters; {sum(r['n_calls'] > 1 for r in rows)} answered more than one call. "
           "Each call's confidentiality request stands on its own.")
st.dataframe(pd.DataFrame(rows, columns=["submitter", "submitter_type", "region", "n_calls", "calls"]),
             hide_index=True, key="submitters_table")

if reviewer:
    unsure = submitters.match(database, chosen).unsure
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
