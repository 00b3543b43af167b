"""Per-text values computed at ingest (issue 15): the first proposal of themes after an ingest
reads what the workers computed instead of reading every passage again, and proposes the same
themes, codes and campaigns as when it computes everything itself."""

import sqlite3

import pytest

from corpus.generate import generate
from workbench import derived, ingest, privacy, store, themes
from workbench.themes import codebook, per_text, procedural

KINDS = ("codebook_texts", "feature_texts", "procedural_texts", "campaign_texts")
CALL_KINDS = ("procedural", "campaigns")  # judged over the whole call at the batch's end


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """A generated call of 24 submissions ingested with two workers (kept as a file to copy)."""
    root = tmp_path_factory.mktemp("per_text")
    generate(root / "inbox", n=24, seed=11, labels_path=root / "labels.csv")
    db = store.open_db(root / "wb.db")
    ingest.ingest(db, "c", [root / "inbox"], n_workers=2)
    db.conn.close()
    return root / "wb.db"


def copy_of(path, target):
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return store.open_db(target)


def outputs(db):
    """What people see of a proposal: themes with their passages, campaigns, codebook codes."""
    found = themes.refresh(db, "c")
    call_id = store.get_call(db, "c")["id"]
    return (
        found,
        themes.list_themes(db, "c", internal=True),
        themes.campaigns(db, "c"),
        codebook.call_codes(db, call_id),
    )


def test_ingest_keeps_each_body_passages_values_by_text(ingested, tmp_path):
    db = copy_of(ingested, tmp_path / "a.db")
    call_id = store.get_call(db, "c")["id"]
    body = store.call_passages(db, call_id)
    assert len(body) > 100
    codes = derived.latest(db, "codebook_texts", call_id)["areas"]
    cues = derived.latest(db, "procedural_texts", call_id)["cues"]
    for p in body:
        lang = (p["language"] or "xx").lower()
        assert per_text._codes_key(lang, p["text"]) in codes
        assert procedural.text_key(p) in cues
    assert any(codes.values())  # the generated call speaks of the mandate's areas
    kept = {kind: derived.latest(db, kind, call_id) for kind in KINDS}
    themes.refresh(db, "c")
    # what the proposal used is what ingest kept: no text or submission was read again
    for kind, part in [
        ("codebook_texts", "areas"),
        ("procedural_texts", "cues"),
        ("procedural_texts", "shingles"),
        ("campaign_texts", "pieces"),
        ("campaign_texts", "shingles"),
    ]:
        used = derived.latest(db, kind, call_id)[part]
        assert used and set(used) <= set(kept[kind][part]), (kind, part)


def test_the_first_proposal_after_ingest_is_the_one_computed_from_scratch(ingested, tmp_path):
    kept = copy_of(ingested, tmp_path / "kept.db")
    scratch = copy_of(ingested, tmp_path / "scratch.db")
    with store.transaction(scratch):
        for kind in (*KINDS, *CALL_KINDS):
            scratch.conn.execute("delete from derived where kind = ?", [kind])
    assert outputs(kept) == outputs(scratch)
    call_id = store.get_call(kept, "c")["id"]
    for kind in KINDS:  # after the proposal, both keep the same values by text
        assert derived.latest(kept, kind, call_id) == derived.latest(scratch, kind, call_id)


def test_a_value_of_other_code_is_not_used(ingested, tmp_path):
    db = copy_of(ingested, tmp_path / "stale.db")
    call_id = store.get_call(db, "c")["id"]
    stale = derived.latest(db, "codebook_texts", call_id)
    wrong = {key: {"health": ["not what the code says"]} for key in stale["areas"]}
    derived.put(db, "codebook_texts", call_id, "old", {"code": "old", "areas": wrong})
    themes.refresh(db, "c")
    coded = codebook.call_codes(db, call_id)
    assert all(code["areas"] != {"health": ["not what the code says"]} for code in coded.values())


def identity_rows(db):
    return db.conn.execute(
        "select key, inputs from derived where kind = 'identity' order by key"
    ).fetchall()


def test_ingest_reads_the_withheld_submitters_identities(ingested, tmp_path):
    db = copy_of(ingested, tmp_path / "identities.db")
    call_id = store.get_call(db, "c")["id"]
    withheld = [s for s in store.call_submissions(db, call_id) if not privacy.may_name(s)]
    assert withheld  # the generated call has submitters who may not be named
    before = identity_rows(db)
    assert {int(row[0]) for row in before} == {s["id"] for s in withheld}
    themes.refresh(db, "c")
    themes.list_themes(db, "c")  # quotes redacted: the identities were needed
    assert identity_rows(db) == before  # none read again


def test_a_few_files_are_left_to_the_proposal(tmp_path):
    """An upload of a few files does not wait for what the proposal reads cheaply itself."""
    generate(tmp_path / "inbox", n=3, seed=12, labels_path=tmp_path / "labels.csv")
    db = store.open_db(tmp_path / "few.db")
    ingest.ingest(db, "c", [tmp_path / "inbox"], n_workers=2)
    call_id = store.get_call(db, "c")["id"]
    assert store.call_passages(db, call_id)
    assert all(derived.latest(db, kind, call_id) is None for kind in KINDS)
    themes.refresh(db, "c")
    assert derived.latest(db, "codebook_texts", call_id)["areas"]


def redaction_rows(db):
    return db.conn.execute(
        "select key, inputs, value from derived where kind = 'redaction' order by key"
    ).fetchall()


def test_ingest_redacts_every_body_passage_for_shareable_outputs(ingested, tmp_path):
    """The themes JSON quotes every passage of the call: their redactions were made at ingest,
    so the first `themes` after it redacts nothing again, and what it prints is unchanged."""
    db = copy_of(ingested, tmp_path / "redactions.db")
    call_id = store.get_call(db, "c")["id"]
    kept = redaction_rows(db)
    assert len(kept) >= len({p["text"] for p in store.call_passages(db, call_id)})
    themes.refresh(db, "c")
    shared = themes.list_themes(db, "c")
    assert redaction_rows(db) == kept  # nothing redacted again
    db.conn.execute("delete from derived where kind = 'redaction'")
    assert themes.list_themes(db, "c") == shared  # the same quotes when redacted on the spot


def computed(db, kind):
    return db.conn.execute("select computed_at from derived where kind = ?", [kind]).fetchall()


def test_a_large_batch_leaves_the_calls_campaigns_and_procedural_passages_judged(
    ingested, tmp_path
):
    """The first "Propose themes" after a large ingest reads them instead of comparing every
    submission with every other again (issue 15)."""
    db = copy_of(ingested, tmp_path / "b.db")
    before = {kind: computed(db, kind) for kind in CALL_KINDS}
    assert all(len(rows) == 1 for rows in before.values())
    themes.refresh(db, "c")
    assert {kind: computed(db, kind) for kind in CALL_KINDS} == before
