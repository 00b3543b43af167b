"""What people read on the pages (issue 15, items 6-7): words instead of codes, upload errors
with their reason, the call a new session opens, themes a note can be linked to, and the
Statistics page's notes in the table's language. AppTests on real databases and files."""

import json

import pytest

from workbench import auth, notes, store
from workbench.notes import links
from workbench.themes import theme_store

from .apptest import open_page
from .makedocs import ENGLISH, make_pdf


def titles(dataframe):
    """{column: the title shown over it} of a page's table."""
    config = json.loads(dataframe.proto.columns or "{}")
    return {
        column: settings.get("label", column)
        for column, settings in config.items()
        if not column.startswith("_")  # the hidden index
    }


def test_the_calls_table_has_titles_in_words(db_path):
    store.ensure_call(store.open_db(db_path), "religion-2022", title="Religion")
    app = open_page("calls")
    shown = titles(app.dataframe[0])
    assert shown["n_submissions"] == "Submissions" and shown["created_at"] == "Created"
    assert not [t for t in shown.values() if "_" in t]


def test_upload_results_give_each_reason_and_the_picker_counts_the_new_ones(db_path, tmp_path):
    store.ensure_call(store.open_db(db_path), "c1", title="First call")
    app = open_page("upload")
    assert app.selectbox(key="upload_call").value == "c1"
    pdf = make_pdf(tmp_path / "NV.pdf", [ENGLISH]).read_bytes()
    long_name = "Submission of the Coalition for Equality and Dignity in the Caribbean.pdf"
    app.file_uploader(key="upload_files").set_value(
        [("NV.pdf", pdf, "application/pdf"), (long_name, b"%PDF-broken", "application/pdf")]
    )
    app.run()
    app.button(key="upload_go").click().run()
    assert not app.exception, app.exception
    results = app.dataframe[0].value.set_index("source")
    reason = results.loc[long_name, "reason"]
    assert "damaged" in reason and not reason.startswith(long_name)  # the name is its own column
    assert titles(app.dataframe[0])["reason"] == "Why it failed"
    assert "First call (2 submissions)" in app.selectbox(key="upload_call").options


@pytest.fixture
def three_calls(db_path):
    db = store.open_db(db_path)
    for slug in ("hrc-2021", "ga-2022", "hrc-2023"):  # hrc-2023 is the newest
        store.ensure_call(db, slug, title=slug.upper())
    return db


def test_a_new_session_opens_the_call_last_chosen_not_the_newest(three_calls):
    first = open_page("submissions")
    assert first.selectbox(key="subs_call").value is None  # nothing chosen yet: it asks
    assert any("Choose a call" in i.value for i in first.info)
    first.selectbox(key="subs_call").select("hrc-2021").run()
    later = open_page("background")  # a new tab: a new session, another page
    assert later.selectbox(key="bg_call").value == "hrc-2021"
    stats = open_page("statistics")
    assert stats.multiselect(key="stats_calls").value == ["hrc-2021"]


def test_each_person_keeps_their_own_call(three_calls):
    db = three_calls
    auth.add_user(db, "amina", "correct horse battery", auth.ADMIN)
    auth.add_user(db, "ravi", "correct horse battery", auth.ASSISTANT)
    amina, ravi = auth.get_user(db, "amina"), auth.get_user(db, "ravi")
    open_page("submissions", auth_user=amina).selectbox(key="subs_call").select("ga-2022").run()
    open_page("submissions", auth_user=ravi).selectbox(key="subs_call").select("hrc-2023").run()
    assert open_page("search", auth_user=amina).selectbox(key="search_call").value == "ga-2022"
    assert open_page("search", auth_user=ravi).selectbox(key="search_call").value == "hrc-2023"


def test_linking_a_note_to_a_theme_offers_final_and_candidate_themes_and_says_which(db_path):
    db = store.open_db(db_path)
    call = store.ensure_call(db, "c", title="C")
    with store.transaction(db):
        final = theme_store.insert_theme(db, call["id"], "Police violence", [], "final", "test")
        candidate = theme_store.insert_theme(
            db, call["id"], "Legal gender recognition", [], "candidate", "test"
        )
    note = notes.create_note(db, {"title": "Shelters in Latin America"})
    app = open_page("literature", lit_call="c", lit_open=note["id"])
    app.selectbox(key="lit_link_type").select("theme").run()
    offered = app.selectbox(key="lit_link_target").options
    assert offered == [
        "Police violence (final theme)",
        "Legal gender recognition (candidate theme)",
    ]
    assert any("Final themes first, then candidate themes" in c.value for c in app.caption)
    app.selectbox(key="lit_link_target").select(candidate).run()
    app.button(key="lit_link_add").click().run()
    assert not app.exception, app.exception
    [link] = links.note_links(db, note["id"])
    assert (link["target_id"], link["target_label"]) == (candidate, "Legal gender recognition")
    assert final != candidate


def test_the_statistics_page_prints_its_notes_in_the_tables_language(db_path, tmp_path):
    db = store.open_db(db_path)
    make_pdf(tmp_path / "in" / "NV.pdf", [ENGLISH])
    from workbench import ingest

    ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    app = open_page("statistics", stats_lang="fr")
    captions = " ".join(c.value for c in app.caption)
    assert "Règles de décompte" in captions and "Counting rules" not in captions
    trace = titles(app.dataframe[1])
    assert trace["submitter_type"] == "Type" and trace["shown_as"] == "Shown as"


def test_the_submitters_table_shows_types_and_regions_in_words(db_path, tmp_path):
    from workbench import ingest

    from .makedocs import make_docx

    db = store.open_db(db_path)
    make_docx(
        tmp_path / "in" / "nz.docx",
        [
            "The New Zealand Human Rights Commission welcomes the opportunity to contribute.",
            "Trans people wait years for care.",
        ],
    )
    ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    app = open_page("submitters")
    table = app.dataframe[0]
    [row] = table.value.to_dict("records")
    assert row["submitter_type"] == "national human rights institution"
    assert row["region"] == "Western European and others"
    shown = titles(table)
    assert shown["n_calls"] == "Calls answered" and shown["submitter_type"] == "Type"


def test_in_the_browser_the_downloaded_docx_and_csv_are_what_the_page_shows(
    served_app, browser_page, tmp_path
):
    import csv
    import io

    import docx

    from .test_stats import build_call

    url, db_file = served_app
    tags = [{"submitter_type": "state", "region": "africa", "scope": "national"}] * 3 + [
        {"submitter_type": "civil_society", "region": "", "scope": "international"}
    ] * 2
    build_call(store.open_db(db_file), tmp_path / "in", "c", tags)
    page = browser_page
    page.goto(url)
    page.get_by_role("link", name="Statistics").click()
    page.get_by_text("The Independent Expert received 5 submissions").first.wait_for()
    page.locator("[data-testid=stSelectbox]").filter(has_text="Columns").locator("input").click()
    page.get_by_role("option", name="Region", exact=True).click()
    page.get_by_text("Submitter type / Region").first.wait_for()
    with page.expect_download() as saved:
        page.get_by_role("button", name="Download DOCX").click()
    document = docx.Document(saved.value.path())
    said = [p.text for p in document.paragraphs]
    assert said[0].startswith("The Independent Expert received 5 submissions")
    assert any(p.startswith("Counting rules:") for p in said)
    with page.expect_download() as saved:
        page.get_by_role("button", name="Download CSV").click()
    header = next(csv.reader(io.StringIO(open(saved.value.path(), encoding="utf-8").read())))
    assert header[0] == "Submitter type / Region" and "(no region)" in header


@pytest.fixture
def tagged_call(db_path, tmp_path):
    """One call with a submission the tagger places in New Zealand, written in English."""
    from workbench import ingest

    from .makedocs import make_docx

    db = store.open_db(db_path)
    make_docx(
        tmp_path / "in" / "nz.docx",
        [
            "The New Zealand Human Rights Commission welcomes the opportunity to contribute.",
            "Trans people wait years for care.",
        ],
    )
    ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    [row] = store.list_submissions(db, "c")
    assert (row["country"], row["language"]) == ("NZL", "en")  # stored as codes
    return db


@pytest.mark.parametrize("name", ["submissions", "triage", "statistics"])
def test_countries_and_languages_are_shown_by_their_names(tagged_call, name):
    app = open_page(name)
    frames = [d.value for d in app.dataframe if "country" in d.value.columns]
    assert frames, f"no table with a country on {name}"
    for frame in frames:
        assert list(frame["country"]) == ["New Zealand"]
        if "language" in frame.columns:
            assert list(frame["language"]) == ["English"]


def test_the_audit_log_reads_in_words(tagged_call):
    from workbench.tagging import review

    db = tagged_call
    [row] = review.table(db, "c")
    review.decide(db, row, {"submitter_type": "civil_society"}, user="amina")
    app = open_page("admin")
    log = app.dataframe[-1].value  # the audit log, last on the page
    line = log[log["field"] == "Type"].iloc[0]
    assert line["new_value"] == "civil society organization"
    assert "_" not in " ".join(log["action"]) + " ".join(log["entity"])
    assert "None" not in set(log["old_value"].astype(str))


def test_the_submissions_filters_and_the_notes_table_read_in_words(tagged_call):
    subs = open_page("submissions", subs_call="c")
    assert subs.multiselect(key="subs_lang").format_func("en") == "English"
    assert subs.selectbox(key="subs_status").format_func("error") == "could not be read"
    notes.create_note(tagged_call, {"title": "Shelters"}, report_slug="religion")
    literature = open_page("literature")
    shown = titles(literature.dataframe[0])
    assert shown["report"] == "Report" and shown["id"] == "#"
    [report] = literature.dataframe[0].value["report"]
    assert report.startswith("Freedom of religion or belief")
