"""Themes across calls (issue 14, part 3): a call's themes beside an earlier call's, and what
each submitter raised call by call. Two calls written by the corpus generator's two writers
(texts_a, texts_b: the same subjects in different words), themes proposed and accepted in each;
matches must follow the passages, not the labels."""

import collections
import random
import shutil

import pytest

from corpus import generate as G
from corpus import texts_a, texts_b
from workbench import earlier_themes, ingest, store, submitters, themes

from .apptest import open_page
from .makedocs import make_docx

EARLIER, LATER = "report-2022", "report-2024"
CALLS = {
    EARLIER: (texts_a, ["conversion_practices", "health", "education", "asylum"]),
    LATER: (texts_b, ["conversion_practices", "health", "education", "criminalisation"]),
}
LANGUAGES = ["en", "en", "es", "fr", "en", "es", "fr", "en"]
COUNTRY = {"en": "KEN", "es": "MEX", "fr": "SEN"}


def _build(db, folder, slug, seed):
    """Eight submissions of two subjects each; {theme label: its passages' main subject}."""
    writer, subjects = CALLS[slug]
    folder.mkdir()
    subject_of = {}
    for i, lang in enumerate(LANGUAGES):
        sub = {"lang": lang, "country": COUNTRY[lang], "short": "we"}
        filler = G.Filler(random.Random(seed * 100 + i), sub, writer)
        paragraphs = [f"Submission {i} to the Independent Expert."]
        for subject in (subjects[i % 4], subjects[(i + 1) % 4]):
            for _ in range(3):
                paragraphs.append(filler.paragraph(subject))
                subject_of[paragraphs[-1]] = subject
        make_docx(folder / f"s{i}.docx", paragraphs)
    ingest.ingest(db, slug, [folder], n_workers=0)
    for sub in store.list_submissions(db, slug):
        number = sub["source"].removesuffix(".docx")  # s0 … s7: the same submitters in both calls
        level = "withhold_name" if (slug, number) == (EARLIER, "s0") else "public"
        name = "Secret Shelter Network" if level != "public" else f"Organisation {number}"
        changes = {"submitter": name, "submitter_type": "civil_society", "confidentiality": level}
        store.update_submission(db, sub["id"], changes, sub["version"], "test")
    themes.refresh(db, slug, n_themes=4)
    themes.accept(db, [t["id"] for t in themes.list_themes(db, slug, internal=True)], "test")
    return {
        t["label"]: _main_subject(t["passages"], subject_of)
        for t in themes.list_themes(db, slug, internal=True)
    }


def _main_subject(passages, subject_of):
    counts = collections.Counter(
        next((s for text, s in subject_of.items() if p["text"][:50] in text), None)
        for p in passages
    )
    counts.pop(None, None)
    return counts.most_common(1)[0][0]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("earlier")
    db = store.open_db(base / "base.db")
    subjects = {slug: _build(db, base / slug, slug, n) for n, slug in enumerate(CALLS)}
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return base / "base.db", subjects


@pytest.fixture
def two_calls(built, tmp_path):
    path, subjects = built
    shutil.copy(path, tmp_path / "wb.db")
    database = store.open_db(tmp_path / "wb.db")
    yield database, subjects
    database.conn.close()


def test_themes_are_matched_by_their_passages_not_their_labels(two_calls):
    db, subjects = two_calls
    earlier_by_subject = {s: label for label, s in subjects[EARLIER].items()}
    later_by_subject = {s: label for label, s in subjects[LATER].items()}
    assert len(earlier_by_subject) == len(later_by_subject) == 4  # one theme per subject
    # Misleading labels: the earlier health theme is called what the later education theme is
    # called, and the earlier education theme takes a withheld submitter's name.
    ids = {t["label"]: t["id"] for t in themes.list_themes(db, EARLIER, internal=True)}
    themes.rename(db, ids[earlier_by_subject["health"]], later_by_subject["education"], "test")
    themes.rename(db, ids[earlier_by_subject["education"]], "Secret Shelter Network", "test")
    earlier_by_subject["health"] = later_by_subject["education"]

    found = earlier_themes.beside_earlier(db, LATER, [EARLIER])
    matches = {row["theme"]: row["matches"][EARLIER] for row in found["themes"]}
    assert matches[later_by_subject["health"]][0] == earlier_by_subject["health"]
    assert (
        matches[later_by_subject["conversion_practices"]][0]
        == (earlier_by_subject["conversion_practices"])
    )
    education = matches[later_by_subject["education"]]
    assert education[0] != later_by_subject["education"]  # not the same label: the same subject
    assert "Secret Shelter" not in education[0]  # shown as shareable outputs print labels
    assert all(m[1] >= earlier_themes.MATCH for m in matches.values() if m)
    assert matches[later_by_subject["criminalisation"]] is None  # new in this call
    assert found["not_raised"][EARLIER] == [earlier_by_subject["asylum"]]
    assert found["status"] == found["earlier_status"][EARLIER] == "final"


def test_the_themes_page_places_the_call_beside_an_earlier_one(built, db_path):
    shutil.copy(built[0], db_path)
    app = open_page("themes", timeout=180, themes_call=LATER)
    assert app.multiselect(key="themes_earlier_calls").value == [EARLIER]
    app.button(key="themes_earlier_go").click().run()
    assert not app.exception, app.exception
    table = next(d.value for d in app.dataframe if EARLIER in d.value.columns)
    subjects = built[1]
    later = {s: label for label, s in subjects[LATER].items()}
    earlier = {s: label for label, s in subjects[EARLIER].items()}
    row = table[table["theme"] == later["health"]].iloc[0]
    assert row[EARLIER].startswith(earlier["health"])
    row = table[table["theme"] == later["criminalisation"]].iloc[0]
    assert row[EARLIER] == "— not matched"
    assert any(earlier["asylum"] in c.value for c in app.caption)


def test_what_each_submitter_raised_call_by_call(two_calls):
    """s1 writes about health and education to both calls; s0 asked in the earlier call not to
    be named: its row stands alone, by type and region, with that call's themes only."""
    db, subjects = two_calls
    label = {slug: {s: lab for lab, s in subjects[slug].items()} for slug in CALLS}
    rows = submitters.history(db, [EARLIER, LATER], with_themes=True)
    s1 = next(r for r in rows if r["submitter"] == "Organisation s1")
    assert s1["n_calls"] == 2 and list(s1["themes"]) == [EARLIER, LATER]
    for slug in CALLS:
        assert {label[slug]["health"], label[slug]["education"]} <= set(s1["themes"][slug])
    withheld = next(r for r in rows if r["calls"] == f"{EARLIER} (withhold_name)")
    assert withheld["submitter"].startswith("a civil society") and not withheld["submission_ids"]
    assert list(withheld["themes"]) == [EARLIER]
    assert label[EARLIER]["conversion_practices"] in withheld["themes"][EARLIER]
    assert "Secret Shelter" not in str(rows)
    internal = submitters.history(db, [EARLIER, LATER], internal=True, with_themes=True)
    assert any(r["submitter"] == "Secret Shelter Network" for r in internal)


def test_the_submitters_page_shows_what_they_raised_over_time(built, db_path):
    shutil.copy(built[0], db_path)
    app = open_page("submitters", timeout=180)
    table = next(d.value for d in app.dataframe if EARLIER in d.value.columns)
    assert list(table.columns) == ["submitter", EARLIER, LATER]
    row = table[table["submitter"] == "Organisation s1"].iloc[0]
    for slug in CALLS:
        health = next(lab for lab, s in built[1][slug].items() if s == "health")
        assert health in row[slug].split("; ")
