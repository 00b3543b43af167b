"""The Triage page: tags least sure first, corrections and confirmations saved with the audit log."""

from workbench import audit, ingest, store, vocab
from workbench.tagging import review, tag_store

from .apptest import open_page
from .makedocs import make_pdf

BODY = (
    "Same-sex relations remain criminalised and the police use the law to extort money from people."
)


def stock(db_path, tmp_path):
    db = store.open_db(db_path)
    folder = tmp_path / "in"
    make_pdf(
        folder / "nv.pdf",
        [
            [
                "Permanent Mission of Kenya to the United Nations Office at Geneva",
                "1 June 2023",
                "The Permanent Mission of Kenya presents its compliments to the Office of the High "
                "Commissioner and has the honour to transmit its reply.",
                BODY,
            ]
        ],
    )
    make_pdf(
        folder / "ngo.pdf",
        [
            [
                "Lantern Collective",
                "1 June 2023",
                "Submission to the call for inputs",
                "Investigations are closed without identifying the attackers.",
                BODY,
            ]
        ],
    )
    ingest.ingest(db, "triage-call", [folder], n_workers=0)
    return db


def page(**session):
    return open_page("triage", **session)


def ids(db):
    call = store.get_call(db, "triage-call")["id"]
    return (
        store.find_submission(db, call, source="ngo.pdf")["id"],
        store.find_submission(db, call, source="nv.pdf")["id"],
    )


def said(app):
    """The success messages as people read them (Markdown escapes removed)."""
    return " ".join(s.value.replace("\\", "") for s in app.success)


def card_heading(app):
    return next(m.value for m in app.markdown if m.value.startswith("**#"))


def test_lists_least_sure_first_and_the_card_beside_saves_a_correction(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    ngo, nv = ids(db)
    app = page()
    table = app.dataframe(key=f"triage_list_{ngo}").value
    assert list(table["id"]) == [ngo, nv]  # the unsure one comes first, and its card is open
    assert card_heading(app).startswith(f"**#{ngo} ")
    flagged = [c.value for c in app.caption if c.value.startswith(":orange[**Check:**]")]
    to_review = next(r for r in review.table(db, "triage-call") if r["id"] == ngo)["to_review"]
    assert to_review and len(flagged) == len(to_review.split(", "))  # the fields to look at
    app.pills(key=f"triage_type_{ngo}").set_value("other")
    app.button(key=f"triage_next_{ngo}").click().run()
    assert not app.exception, app.exception
    assert f"Saved #{ngo} Type other contributor, the rest confirmed" in said(app)
    assert store.get_submission(db, ngo)["submitter_type"] == "other"
    states = {f: t["state"] for f, t in tag_store.tags_of(db, ngo).items()}
    assert states["submitter_type"] == "corrected" and states["country"] == "confirmed"
    assert any(
        e["field"] == "submitter_type" and e["new_value"] == "other"
        for e in audit.history(db, "submissions", ngo)
    )
    assert card_heading(app).startswith(f"**#{nv} ")  # and the next one opened
    assert {f: t["state"] for f, t in tag_store.tags_of(db, nv).items()} == {
        f: "auto" for f in tag_store.tags_of(db, nv)
    }


def test_the_evidence_is_beside_the_card_and_a_stale_save_shows_the_conflict(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    ngo, nv = ids(db)
    app = page(triage_current=nv)
    assert card_heading(app).startswith(f"**#{nv} ")
    evidence = " ".join(c.value for c in app.caption)
    assert "Permanent Mission of Kenya" in evidence
    assert not [c for c in app.caption if c.value.startswith(":orange[**Check:**]")]  # all sure
    # someone else saves first: what this page showed is now stale
    sub = store.get_submission(db, nv)
    tag_store.review(db, nv, {"scope": "regional"}, set(), sub["version"], "other-assistant")
    app.segmented_control(key=f"triage_scope_{nv}").set_value("international")
    app.button(key=f"triage_next_{nv}").click().run()
    assert any("changed by someone else" in e.value for e in app.error)
    assert store.get_submission(db, nv)["scope"] == "regional"


def test_after_a_save_the_list_and_counts_show_what_is_stored_and_say_what_changed(
    db_path, tmp_path
):
    db = stock(db_path, tmp_path)
    ngo, _ = ids(db)
    app = page()
    before = app.caption[0].value
    app.selectbox(key=f"triage_country_{ngo}").set_value("PER")
    app.button(key=f"triage_next_{ngo}").click().run()
    assert not app.exception, app.exception
    assert f"#{ngo} Country Peru, Region Latin America and the Caribbean" in said(app)
    [table] = [d.value for d in app.dataframe if "done" in d.value]
    row = table[table["id"] == ngo].iloc[0]
    assert (row["country"], bool(row["done"])) == ("Peru", True)
    assert store.get_submission(db, ngo)["region"] == "latin_america_caribbean"
    assert app.caption[0].value != before  # the "need review" count is reread


def test_people_read_words_not_codes_in_the_card(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    ngo, _ = ids(db)
    app = page()
    kinds = app.pills(key=f"triage_type_{ngo}")
    levels = app.segmented_control(key=f"triage_confidentiality_{ngo}")
    # short words, so that the card's choices fit on few lines beside the list
    assert levels.format_func("withhold_name") == "Without the name"
    assert kinds.format_func("civil_society") == "civil society"
    assert kinds.format_func("nhri") == "NHRI" and "national human rights" in kinds.help
    assert not [o for o in kinds.options + levels.options if "_" in o]
    # the evidence under the type names the kind the cue points to in words too
    evidence = [c.value for c in app.caption if "cues:" in c.value]
    assert evidence and "(civil society)" in evidence[0] and "civil\\_society" not in evidence[0]


def test_confirm_what_is_shown_confirms_the_listed_rows_only_and_says_who(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    ngo, nv = ids(db)
    app = page()
    app.multiselect(key="triage_types").select("state").run()
    assert app.caption[0].value.startswith("1 of 2 submissions")
    app.button(key="triage_bulk").click().run()
    app.button(key="triage_bulk_yes").click().run()
    assert not app.exception, app.exception
    assert "Confirmed the open tags of 1 submissions" in said(app)
    assert {t["state"] for t in tag_store.tags_of(db, nv).values()} == {"confirmed"}
    assert {t["state"] for t in tag_store.tags_of(db, ngo).values()} == {"auto"}
    bulk = [e for e in audit.history(db, "submissions") if e["action"] == "confirm_shown"]
    assert [(e["user"], e["new_value"]) for e in bulk] == [("local", f"#{nv}")]
    # reversible: correcting a confirmed field later makes it a correction
    sub = store.get_submission(db, nv)
    tag_store.review(db, nv, {"scope": "regional"}, set(), sub["version"], "local")
    assert tag_store.tags_of(db, nv)["scope"]["state"] == "corrected"


def test_a_click_in_the_list_opens_the_row_that_was_shown_even_if_the_list_moved(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    ngo, nv = ids(db)
    app = page()  # the list as shown: [ngo, nv]
    # meanwhile someone else confirms ngo, which sinks to the bottom: [nv, ngo]
    sub = store.get_submission(db, ngo)
    tag_store.review(db, ngo, {}, set(vocab.TAG_FIELDS), sub["version"], "other-assistant")
    # the person clicks the second row they saw: nv
    app.session_state[f"triage_list_{ngo}"] = {"selection": {"rows": [1], "columns": []}}
    app.run()
    assert not app.exception, app.exception
    assert card_heading(app).startswith(f"**#{nv} ")
