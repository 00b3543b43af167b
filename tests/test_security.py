"""Security: owner-only files (database, data folder, originals, backups, uploads) and
submission text shown as text on every page, never rendered as Markdown or HTML."""

import html
import os
import shutil
import stat
import tempfile

import pytest

from workbench import backup, ingest, store
from workbench.stores.sql import one
from workbench.uploads import save_uploads

from .makedocs import ENGLISH, SPANISH, make_docx, make_pdf


def mode(path):
    return stat.S_IMODE(os.stat(path, follow_symlinks=False).st_mode)


@pytest.fixture
def usual_umask():
    """The umask most systems give (0022: new files readable by everyone), whatever the test runner's."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def assert_owner_only(folder):
    """``folder`` and everything in it: folders 0700, files 0600."""
    assert mode(folder) == 0o700, folder
    for path in folder.rglob("*"):
        assert not path.is_symlink(), path
        assert mode(path) == (0o700 if path.is_dir() else 0o600), f"{path}: {oct(mode(path))}"


# ---------------------------------------------------------------- owner-only files


def test_a_real_ingest_leaves_only_owner_only_files(tmp_path, usual_umask, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # the ingest's unpacking folder
    (tmp_path / "tmp").mkdir()
    folder = tmp_path / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH])
    make_docx(folder / "Coalition" / "letter.docx", SPANISH)
    seen_workdirs = []

    def progress(done, total, outcome):
        seen_workdirs.extend((p, mode(p)) for p in (tmp_path / "tmp").glob("workbench-ingest-*"))

    db = store.open_db(tmp_path / "data" / "workbench.db")
    try:
        report = ingest.ingest(db, "c", [folder], n_workers=0, progress=progress)
        assert report.count(status="ok") == 2
        data = tmp_path / "data"
        assert mode(data) == 0o700
        for name in ("workbench.db", "workbench.db-wal", "workbench.db-shm"):
            assert (data / name).exists() and mode(data / name) == 0o600, name
        assert_owner_only(data)
        assert len([p for p in (data / "originals").rglob("*") if p.is_file()]) == 2
        assert seen_workdirs and all(m == 0o700 for _, m in seen_workdirs)
    finally:
        db.conn.close()


def test_a_real_backup_and_restore_are_owner_only(tmp_path, usual_umask):
    folder = tmp_path / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH])
    db = store.open_db(tmp_path / "data" / "workbench.db")
    ingest.ingest(db, "c", [folder], n_workers=0)
    backup.backup(db, tmp_path / "backups" / "today")
    db.conn.close()
    assert mode(tmp_path / "backups") == 0o700
    assert_owner_only(tmp_path / "backups" / "today")
    assert {p.name for p in (tmp_path / "backups" / "today").iterdir()} == {
        "workbench.db",
        "manifest.json",
        "originals",
    }

    restored = tmp_path / "elsewhere" / "data" / "workbench.db"
    backup.restore(tmp_path / "backups" / "today", restored)
    reopened = store.open_db(restored)
    try:
        assert store.list_submissions(reopened, "c")
        assert_owner_only(tmp_path / "elsewhere")
        assert mode(f"{restored}-wal") == 0o600
    finally:
        reopened.conn.close()


def test_a_backup_into_an_existing_empty_folder_makes_it_owner_only(tmp_path, usual_umask):
    db = store.open_db(tmp_path / "data" / "workbench.db")
    (tmp_path / "bk").mkdir()
    assert mode(tmp_path / "bk") == 0o755
    backup.backup(db, tmp_path / "bk")
    db.conn.close()
    assert_owner_only(tmp_path / "bk")


def test_a_database_left_readable_by_an_older_version_is_made_owner_only(tmp_path, usual_umask):
    db = store.open_db(tmp_path / "data" / "workbench.db")
    store.keep_original(db, b"%PDF-1.4 testimony")
    db.conn.close()
    for path in (tmp_path / "data" / "workbench.db", tmp_path / "data" / "originals"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    store.open_db(tmp_path / "data" / "workbench.db").conn.close()
    assert mode(tmp_path / "data" / "workbench.db") == 0o600
    assert mode(tmp_path / "data" / "originals") == 0o700


def test_a_database_in_a_shared_folder_leaves_the_folder_as_it_is(tmp_path, usual_umask):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o1777)
    os.chmod(shared, 0o1777)
    store.open_db(shared / "wb.db").conn.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert mode(shared / "wb.db") == 0o600


def test_uploaded_files_are_written_owner_only(tmp_path, usual_umask):
    with tempfile.TemporaryDirectory(dir=tmp_path, prefix="workbench-upload-") as tmp:
        root = save_uploads(
            [
                ("batch/Coalition/letter.pdf", b"%PDF-1.4 a"),
                ("batch/Coalition/annex.pdf", b"%PDF b"),
                ("batch/NV.pdf", b"%PDF c"),
            ],
            tmp,
        )
        assert_owner_only(root)


# ---------------------------------------------------------------- submission text is shown as text

import re  # noqa: E402

from markdown_it import MarkdownIt  # noqa: E402
from streamlit.testing.v1 import element_tree as et  # noqa: E402

from workbench import notes, themes  # noqa: E402

from .apptest import open_page  # noqa: E402
from .test_themes import CALL, SUBMISSIONS, build_call, topic_paragraphs  # noqa: E402

# What a hostile submission may hold: an image the browser would fetch on sight, raw HTML,
# a disguised link, formatting, LaTeX. 127.0.0.1:9 (discard) answers nothing.
PAYLOAD = (
    "Look ![x](http://127.0.0.1:9/x.png) and <img src=http://127.0.0.1:9/y.png> and "
    "[click here](javascript:alert(1)) and **boldmarker** and $x^2$ and <script>alert(2)</script>"
)
MARKED = "Counsellors at the **boldmarker** clinic charge $x^2$ for every session of so-called conversion practices."
HOSTILE_FILE = "Evil **boldfile** [f](javascript:alert(3)) _emfile_.docx"
HOSTILE_NAME = "Evil **boldorg** ![s](http://127.0.0.1:9/s.png) Alliance"
HOSTILE_LABEL = "# **boldtheme** ![t](http://127.0.0.1:9/t.png)"
HOSTILE_COUNTRY = "![c](http://127.0.0.1:9/c.png)"
# Markdown as Streamlit reads it (CommonMark, raw HTML allowed, GFM tables and strikethrough).
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """A themed call with one public submission whose name, file name and text carry markup,
    a theme and a literature note named with markup, linked to its passages."""
    base = tmp_path_factory.mktemp("hostile")
    db = store.open_db(base / "app.db")
    build_call(db, base / "in", SUBMISSIONS[:6])
    # Quotes are statements without links (themes/quotes.py): MARKED is how markup reaches a quote.
    paragraphs = [PAYLOAD] + [
        f"{MARKED} {p} {PAYLOAD}"
        for p in topic_paragraphs("en", ["conversion_practices", "health"], 7)
    ]
    make_docx(base / "hostile" / HOSTILE_FILE, paragraphs)
    ingest.ingest(db, CALL, [base / "hostile" / HOSTILE_FILE], n_workers=0)
    sub = next(s for s in store.list_submissions(db, CALL) if s["source"] == HOSTILE_FILE)
    store.update_submission(
        db,
        sub["id"],
        {
            "submitter": HOSTILE_NAME,
            "submitter_type": "civil_society",
            "region": "africa",
            "country": HOSTILE_COUNTRY,
            "confidentiality": "public",
            "language": "en",
        },
        sub["version"],
        "test",
    )
    themes.refresh(db, CALL, n_themes=3)
    hostile_passages = [p["id"] for p in store.submission_passages(db, sub["id"])]
    theme_id = one(
        db, "select theme_id from theme_passages where passage_id = ?", [hostile_passages[1]]
    )["theme_id"]
    themes.rename(db, theme_id, HOSTILE_LABEL, "test")
    note = notes.create_note(
        db,
        {
            "title": f"Note {PAYLOAD}",
            "authors": HOSTILE_NAME,
            "year": "2024",
            "summary": PAYLOAD,
            "tags": "conversion",
        },
        user="test",
    )
    notes.link(db, note["id"], "passage", hostile_passages[1], user="test")
    notes.link(db, note["id"], "submission", sub["id"], user="test")
    notes.suggest_links(db, CALL)
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return base / "app.db", sub["id"], theme_id, note["id"]


@pytest.fixture
def hostile(hostile_db, tmp_path, monkeypatch):
    """The hostile call in a database of this test's own, used by the pages."""
    source, sub_id, theme_id, note_id = hostile_db
    path = tmp_path / "app.db"
    path.write_bytes(source.read_bytes())
    shutil.copytree(source.parent / "originals", tmp_path / "originals")
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    return sub_id, theme_id, note_id


def markdown_shown(app):
    """Every string the page hands Streamlit as Markdown: markdown, captions, headings, alerts,
    labels and help of widgets, expanders and tabs, st.table cells (st.text, st.code, st.json,
    dataframes and select options are plain text and not included)."""
    found = []
    for node in app._tree:
        if isinstance(node, (et.Text, et.Code, et.Json)):
            continue
        if isinstance(node, et.Table):
            frame = node.value
            found += [str(c) for c in frame.columns] + [str(v) for v in frame.to_numpy().ravel()]
            continue
        proto = getattr(node, "proto", None)
        for field in ("body", "label", "help"):
            value = getattr(proto, field, None) if proto is not None else None
            if isinstance(value, str) and value:
                found.append(value)
        label = getattr(node, "label", None)
        if isinstance(label, str) and label:
            found.append(label)
    return found


FORBIDDEN = [
    (re.compile(r"<img", re.I), "an image"),
    (re.compile(r"<script", re.I), "a script"),
    (re.compile(r"<a\s", re.I), "a link"),
    (re.compile(r"<(strong|em)>(boldmarker|boldfile|emfile|boldorg|boldtheme)"), "formatting"),
    (re.compile(r"<h[1-6]>\s*(<strong>)?boldtheme"), "a heading"),
]


def assert_shown_as_text(app, must_show):
    """Nothing from the hostile texts renders as an image, link, HTML or formatting, and the
    texts are on the page (as text), so the check is not empty."""
    assert not app.exception, app.exception
    shown = markdown_shown(app)
    for source in shown:
        rendered = MARKDOWN.render(source)
        for pattern, what in FORBIDDEN:
            assert not pattern.search(rendered), f"{what} rendered from {source!r}: {rendered}"
    rendered_text = " ".join(
        html.unescape(re.sub(r"<[^>]+>", "", MARKDOWN.render(s))) for s in shown
    )
    for text in must_show:
        assert text in rendered_text, f"{text!r} not shown"


def test_submissions_page_shows_file_names_text_and_names_as_text(hostile):
    sub_id, _, _ = hostile
    app = open_page("submissions", subs_open=sub_id)
    assert_shown_as_text(
        app,
        [
            "Evil **boldfile** [f](javascript:alert(3)) _emfile_.docx",  # heading, download label
            "![x](http://127.0.0.1:9/x.png)",
            "<img src=http://127.0.0.1:9/y.png>",
            "[click here](javascript:alert(1))",
            "**boldmarker**",
            "$x^2$",
        ],
    )


def test_triage_page_shows_submitters_as_text(hostile):
    sub_id, _, _ = hostile
    app = open_page("triage", triage_open=sub_id)
    assert_shown_as_text(app, ["Evil **boldorg** ![s](http://127.0.0.1:9/s.png) Alliance"])


def test_themes_page_shows_labels_and_quotes_as_text(hostile):
    _, theme_id, _ = hostile
    app = open_page("themes", themes_pick=theme_id)
    assert_shown_as_text(app, ["# **boldtheme** ![t](http://127.0.0.1:9/t.png)", "**boldmarker**"])


def test_statistics_page_shows_values_as_text(hostile):
    app = open_page("statistics", stats_rows="country", stats_cell_row=HOSTILE_COUNTRY)
    assert_shown_as_text(app, [HOSTILE_COUNTRY])


def test_literature_page_shows_notes_links_and_suggestions_as_text(hostile):
    _, _, note_id = hostile
    app = open_page("literature", lit_open=note_id)
    assert_shown_as_text(app, ["![x](http://127.0.0.1:9/x.png)", "**boldmarker**"])


def test_background_page_shows_quotes_and_section_titles_as_text(hostile):
    app = open_page("background")
    assert_shown_as_text(app, ["**boldmarker**", "![x](http://127.0.0.1:9/x.png)"])


def test_errors_naming_a_file_are_shown_as_text(tmp_path, db_path):
    """A file that cannot be read: its error names it, and the name stays text."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "![e](http:127.0.0.1:9) **boldbroken**.pdf").write_bytes(b"%PDF-1.7 cut")
    db = store.open_db(db_path)
    ingest.ingest(db, "c", [folder], n_workers=0)
    [sub] = store.list_submissions(db, "c")
    app = open_page("submissions", subs_open=sub["id"])
    assert app.error
    assert_shown_as_text(app, ["![e](http:127.0.0.1:9) **boldbroken**.pdf"])


def test_browser_fetches_nothing_a_submission_points_to(served_app, browser_page, tmp_path):
    """In real Chromium: the Themes, Background and Submissions pages show the hostile text,
    the page requests nothing from the URL it names, and no image, script or javascript: link
    appears."""
    url, db_file = served_app
    db = build_call(store.open_db(db_file), tmp_path / "in", SUBMISSIONS[:4])
    # Quotes are statements without links (themes/quotes.py): MARKED is how markup reaches a quote.
    paragraphs = [PAYLOAD] + [
        f"{MARKED} {p} {PAYLOAD}"
        for p in topic_paragraphs("en", ["conversion_practices", "health"], 7)
    ]
    make_docx(tmp_path / "hostile" / HOSTILE_FILE, paragraphs)
    ingest.ingest(db, CALL, [tmp_path / "hostile" / HOSTILE_FILE], n_workers=0)
    sub = next(s for s in store.list_submissions(db, CALL) if s["source"] == HOSTILE_FILE)
    store.update_submission(
        db,
        sub["id"],
        {
            "submitter": HOSTILE_NAME,
            "submitter_type": "civil_society",
            "region": "africa",
            "confidentiality": "public",
        },
        sub["version"],
        "test",
    )
    themes.refresh(db, CALL, n_themes=2)
    for theme in themes.list_themes(db, CALL):
        themes.rename(db, theme["id"], f"{HOSTILE_LABEL} {theme['id']}", "test")
    db.conn.close()

    page = browser_page
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url)
    page.get_by_role("link", name="Themes").click()
    page.get_by_text("Quotes").first.wait_for(timeout=60000)
    shown = lambda text: page.locator("[data-testid=stMarkdownContainer]", has_text=text).first  # noqa: E731
    shown("**boldtheme**").wait_for()
    page.get_by_role("link", name="Background document").click()
    page.get_by_role("heading", name="Bibliography").first.wait_for(timeout=60000)
    shown("**boldmarker**").wait_for()
    page.get_by_role("link", name="Submissions").click()
    page.get_by_text("submissions").first.wait_for(timeout=60000)
    page.get_by_role("combobox", name="Open a submission").click()
    page.keyboard.type("Evil")
    page.keyboard.press("Enter")
    page.get_by_text("Passages on this page").first.wait_for(timeout=60000)
    shown("![x](http://127.0.0.1:9/x.png)").wait_for()
    page.get_by_role("heading", name=HOSTILE_FILE).first.wait_for()
    page.wait_for_timeout(1500)  # time for any image the page might load
    page.screenshot(path=str(tmp_path / "hostile.png"))

    assert not [r for r in requested if "127.0.0.1:9/" in r], requested
    assert page.locator("img[src*='127.0.0.1:9']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("script", has_text="alert(2)").count() == 0
    for marker in ("boldmarker", "boldfile", "boldtheme", "emfile"):
        assert page.locator("strong, em", has_text=marker).count() == 0, marker


# ---------------------------------------------------------------- the escape itself, on any text

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as hs  # noqa: E402

from workbench import markup  # noqa: E402

MARKUP_ALPHABET = "\\`*_[]()#+-=!<>|~$&:;/.0123456789 \n\tabcxyz\"'{}%@^"


@settings(max_examples=400, deadline=None, derandomize=True)
@given(hs.text(alphabet=MARKUP_ALPHABET, max_size=60))
def test_escaped_text_renders_as_exactly_that_text(text):
    """Whatever the characters, the escaped text renders as one paragraph of that very text
    (white space folded), at the start of a line or after other words: no image, link, HTML,
    heading, list, quote, table, code or emphasis."""
    expected = " ".join(text.split())
    for prefix in ("", "Before "):
        rendered = MARKDOWN.render(prefix + markup.escape(text))
        if not (prefix + expected).strip():
            assert rendered == ""
            continue
        assert rendered.startswith("<p>") and rendered.endswith("</p>\n"), (text, rendered)
        inner = rendered[3:-5]
        assert "<" not in inner, (text, rendered)  # no element inside the paragraph
        assert html.unescape(inner) == (prefix + expected).strip(), (text, rendered)
    assert markup.unescape(markup.escape(text)) == expected  # what scanners of .md outputs search


# ---------------------------------------------------------------- the lemma cache (a pickle runs code when loaded)


def test_a_lemma_cache_others_could_write_is_not_loaded(tmp_path, monkeypatch, usual_umask):
    import sqlite3

    import spacy_lookups_data

    from workbench.themes import passage_features

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "workbench"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o777)  # anyone could have put a file here
    planted = folder / f"lemmas-en-{spacy_lookups_data.__version__}.sqlite"
    conn = sqlite3.connect(planted)
    conn.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID")
    conn.execute("INSERT INTO lemmas VALUES ('cats', 'zz-planted-marker')")
    conn.commit()
    conn.close()
    assert passage_features.lemma_table("en").get("cats") == "cat"  # the planted copy is not read
    os.chmod(folder, 0o700)
    fresh = tmp_path / "cache2"
    monkeypatch.setenv("XDG_CACHE_HOME", str(fresh))
    table = passage_features.lemma_table("en")  # written owner-only, then trusted
    assert mode(fresh / "workbench") == 0o700
    assert mode(fresh / "workbench" / planted.name) == 0o600
    assert (
        table.get("mice") == "mouse" and passage_features.lemma_table("en").get("mice") == "mouse"
    )


def test_the_admin_page_backup_is_owner_only(db_path, tmp_path, usual_umask):
    """The Admin page's backup button, into its default folder beside the database."""
    folder = tmp_path / "in"
    make_pdf(folder / "NV_Mission.pdf", [ENGLISH])
    db = store.open_db(db_path)
    ingest.ingest(db, "c", [folder], n_workers=0)
    db.conn.close()
    app = open_page("admin")
    dest = app.text_input(key="admin_backup_dest").value
    app.button(key="admin_backup").click().run()
    assert not app.exception and app.success, app.exception
    assert mode(tmp_path / "backups") == 0o700
    assert_owner_only(tmp_path / "backups" / os.path.basename(dest))
    assert (tmp_path / "backups" / os.path.basename(dest) / "manifest.json").exists()
