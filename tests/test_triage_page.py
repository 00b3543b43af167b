"""The Triage page: tags least sure first, corrections and confirmations saved with the audit log."""

from workbench import audit, ingest, store
from workbench.tagging import store as tag_store

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


def page():
    return open_page("triage")


def test_lists_least_sure_first_and_saves_a_correction(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    app = page()
    table = app.dataframe(key="triage_editor").value
    assert list(table["source"]) == ["ngo.pdf", "nv.pdf"]  # the unsure one comes first
    assert table.iloc[0]["confidence"] < table.iloc[1]["confidence"]
    ngo = store.find_submission(db, store.get_call(db, "triage-call")["id"], source="ngo.pdf")
    app.session_state["triage_editor"] = {
        "edited_rows": {0: {"submitter_type": "other", "confirm": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.button(key="triage_save").click().run()
    assert not app.exception, app.exception
    assert any("Saved 1 submissions" in s.value for s in app.success)
    now = store.get_submission(db, ngo["id"])
    assert now["submitter_type"] == "other"
    states = {f: t["state"] for f, t in tag_store.tags_of(db, ngo["id"]).items()}
    assert states["submitter_type"] == "corrected" and states["country"] == "confirmed"
    assert any(
        e["field"] == "submitter_type" and e["new_value"] == "other"
        for e in audit.history(db, "submissions", ngo["id"])
    )


def test_filters_and_evidence_and_a_stale_save_shows_the_conflict(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    app = page()
    app.multiselect(key="triage_types").select("state").run()
    assert "1 of 2 submissions" in app.caption[1].value
    [row] = app.dataframe(key="triage_editor").value.to_dict("records")
    app.selectbox(key="triage_open").select(row["id"]).run()
    evidence = app.dataframe[1].value  # the evidence table under the editor
    assert any("Permanent Mission of Kenya" in str(v) for v in evidence["evidence"])
    # someone else saves first: this page's version is now stale
    sub = store.get_submission(db, row["id"])
    tag_store.review(db, row["id"], {"scope": "regional"}, set(), sub["version"], "other-assistant")
    app.session_state["triage_editor"] = {
        "edited_rows": {0: {"scope": "international"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.button(key="triage_save").click().run()
    assert any("changed by someone else" in e.value for e in app.error)
    assert store.get_submission(db, row["id"])["scope"] == "regional"


def test_triage_in_a_real_browser(served_app, browser_page, tmp_path):
    url, db_file = served_app
    stock(db_file, tmp_path)
    page = browser_page
    page.goto(url)
    page.get_by_role("link", name="Triage").click()
    page.get_by_text("2 of 2 submissions").wait_for(timeout=60000)
    page.locator(
        "[data-testid=stDataFrame], [data-testid=stDataEditor], [data-testid=stDataFrameResizable]"
    ).first.wait_for()
    page.screenshot(path=str(tmp_path / "triage.png"))
    assert page.get_by_text("need review").count() >= 1


def test_after_a_save_the_list_and_counts_show_what_is_stored_and_say_what_changed(
    db_path, tmp_path
):
    db = stock(db_path, tmp_path)
    app = page()
    ngo = store.find_submission(db, store.get_call(db, "triage-call")["id"], source="ngo.pdf")
    app.session_state["triage_editor"] = {
        "edited_rows": {0: {"country": "PER"}},
        "added_rows": [],
        "deleted_rows": [],
    }
    app.run()
    app.button(key="triage_save").click().run()
    assert not app.exception, app.exception
    said = " ".join(s.value for s in app.success)
    assert f"#{ngo['id']} country PER, region latin_america_caribbean" in said
    table = app.dataframe(key="triage_editor").value
    row = table[table["source"] == "ngo.pdf"].iloc[0]
    assert (row["country"], row["region"], bool(row["confirm"])) == (
        "PER",
        "latin_america_caribbean",
        False,
    )
    assert "country" in row["reviewed"] and "region" in row["reviewed"]


def test_people_read_words_not_codes_in_the_evidence_picker(db_path, tmp_path):
    db = stock(db_path, tmp_path)
    app = page()
    ngo = store.find_submission(db, store.get_call(db, "triage-call")["id"], source="ngo.pdf")
    app.selectbox(key="triage_open").select(ngo["id"]).run()
    labels = [c.label for c in app.checkbox if c.key and c.key.startswith("triage_ok_")]
    assert any(label.startswith("Type: ") for label in labels)
    assert not any("submitter_type" in label or "civil_society" in label for label in labels)
