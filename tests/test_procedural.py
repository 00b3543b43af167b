"""Procedural passages (openings, closings, signatures, thanks, confidentiality requests,
title lines) are set aside from themes and quotes; topic paragraphs never are."""

import shutil

import pytest

from bench.themes import passage_truth
from corpus import generate as G
from workbench import derived, ingest, store, themes
from workbench.themes import procedural

CALL = "proc"


@pytest.fixture(scope="module", params=["a", "b"])
def corpus_db(request, tmp_path_factory):
    """A generated corpus of 40 submissions in five languages, ingested and refreshed once."""
    base = tmp_path_factory.mktemp(f"proc-{request.param}")
    G.generate(base / "c", n=40, seed=11, style=request.param)
    db = store.open_db(base / "base.db")
    ingest.ingest(db, CALL, [base / "c"], n_workers=0)
    summary = themes.refresh(db, CALL)
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return base / "base.db", summary


@pytest.fixture
def db(corpus_db, tmp_path):
    path = tmp_path / "wb.db"
    shutil.copy(corpus_db[0], path)
    database = store.open_db(path)
    yield database
    database.conn.close()


def labelled(db):
    """[(passage, truth, kind or None)] for every passage of the call."""
    aside = {
        r["passage_id"]: r["kind"] for r in themes.procedural_passages(db, CALL, internal=True)
    }
    passages = store.call_passages(db, store.get_call(db, CALL)["id"])
    return [(p, passage_truth(p["text"], p["language"]), aside.get(p["id"])) for p in passages]


def test_greetings_closings_and_signatures_in_several_languages_are_set_aside(db):
    rows = labelled(db)
    formulas = [(p, kind) for p, truth, kind in rows if truth == "formula"]
    missed = [p["text"][:120] for p, kind in formulas if kind is None]
    assert formulas and not missed
    set_aside = [(p, kind) for p, _, kind in rows if kind]
    assert len({p["language"] for p, _ in set_aside}) >= 3
    assert {"signature", "title"} <= {kind for _, kind in set_aside}


def test_topic_paragraphs_are_never_set_aside(db):
    rows = labelled(db)
    topics = [p for p, truth, _ in rows if truth == "topic"]
    wrongly = [p["text"][:120] for p, truth, kind in rows if truth == "topic" and kind]
    assert len(topics) > 100 and not wrongly


def test_set_aside_passages_are_in_no_theme_and_no_quote_but_stay_searchable(db, corpus_db):
    assert corpus_db[1]["set_aside"] > 0
    aside = {r["passage_id"] for r in themes.procedural_passages(db, CALL, internal=True)}
    in_themes = {
        p["passage_id"]
        for t in themes.list_themes(db, CALL, status="all", internal=True)
        for p in t["passages"]
    }
    assert aside and not aside & in_themes
    quoted = {
        p["passage_id"]
        for area in themes.areas()
        for p in themes.codebook_passages(db, CALL, area, internal=True)
    }
    assert not aside & quoted
    hits = store.search_passages(
        db,
        "compliments OR honneur OR honor OR honra OR честь OR sincerely OR atentamente",
        call_id=store.get_call(db, CALL)["id"],
        limit=500,
    )
    assert {h["id"] for h in hits} & aside


def test_every_set_aside_passage_has_a_reason_and_public_lists_hide_confidential_submitters(db):
    internal = themes.procedural_passages(db, CALL, internal=True)
    assert all(
        r["reason"] and r["kind"] in procedural.KIND_NAMES and 0 <= r["share"] <= 1
        for r in internal
    )
    subs = {s["id"]: s for s in store.list_submissions(db, CALL)}
    public = themes.procedural_passages(db, CALL)
    assert public and all(subs[r["submission_id"]]["confidentiality"] == "public" for r in public)
    hidden = [
        s["submitter"] for s in subs.values() if s["confidentiality"] != "public" and s["submitter"]
    ]
    assert hidden and not any(name in r["text"] for r in public for name in hidden)


def test_no_candidate_theme_is_named_with_courtesy_words(db):
    for theme in themes.list_themes(db, CALL, include_passages=False):
        head = theme["label"].split(":")[-1]
        assert not [w for w in head.replace(",", " ").split() if procedural.is_label_stop(w)], (
            theme["label"]
        )
        assert not [t for t in theme["terms"] if procedural.is_label_stop(t)], theme["terms"]


def submissions_sharing(paragraph, n_subs=12, campaign=range(0)):
    passages, voices = [], []
    for s in range(n_subs):
        texts = [
            f"Report number {s} on local conditions.",
            paragraph,
            f"Closing remark number {s} about schools.",
        ]
        for seq, text in enumerate(texts):
            passages.append(
                {
                    "id": len(passages),
                    "submission_id": s,
                    "seq": seq,
                    "text": text,
                    "language": "en",
                }
            )
            voices.append("campaign" if s in campaign else s)
    return passages, voices


def test_wording_shared_by_most_submissions_is_boilerplate_but_a_campaign_counts_once():
    paragraph = "We thank the Independent Expert for the opportunity to share our views on this important call."
    shared = "Police raided a community centre in the capital and arrested twelve people on vague morality charges."
    passages, voices = submissions_sharing(shared, campaign=range(12))
    assert not any(procedural.detect(passages, voices)[1::3])  # one campaign: one voice
    passages, voices = submissions_sharing(shared)
    verdicts = procedural.detect(passages, voices)[1::3]
    assert all(v and v.kind == "boilerplate" for v in verdicts)  # twelve voices say the same words
    assert procedural.detect([{"text": paragraph, "language": "en"}])[0].kind == "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "ΟΔΟΣ ΚΑΙ ΣΠΙΤΙ ΤΗΣ ΟΜΑΔΑΣ. Η αστυνομία συνέλαβε δώδεκα άτομα στην πρωτεύουσα χθες.",
        "Half of them … were detained; ½ released. ＯＫ！ Then the ﬁles were lost in 2024 again.",
        "Ünë phrâse très courte. Non. La policía detuvo a 12 personas el 3 de mayo en la capital.",
        "Word",
        "",
    ],
)
def test_a_passage_read_once_gives_the_5_grams_of_the_passage_and_of_each_sentence(text):
    """Boilerplate is judged on a passage's 5-grams and on each sentence's: reading the
    sentences once (speed, issue 15) gives the very 5-grams each reading gives alone."""
    whole, each = procedural.sentence_shingles(text)
    assert list(whole) == list(procedural.shingles(procedural.normalise(text)))
    assert [list(h) for h in each] == [
        list(procedural.shingles(procedural.normalise(s))) for s in procedural.sentences(text)
    ]


@pytest.mark.parametrize(
    "lang, text, kind",
    [
        (
            "en",
            "The Permanent Mission of Ghana presents its compliments to the Office of the High Commissioner.",
            "opening",
        ),
        (
            "es",
            "La Misión Permanente aprovecha la oportunidad para reiterar las seguridades de su más alta consideración.",
            "closing",
        ),
        (
            "fr",
            "Veuillez agréer, Madame, l'expression de nos salutations distinguées.",
            "signature",
        ),
        (
            "pt",
            "Solicitamos que o nome da nossa organização seja mantido em sigilo.",
            "confidentiality",
        ),
        ("ru", "Просим не упоминать название нашей организации.", "confidentiality"),
        ("en", "Investigations are often closed without identifying the perpetrators.", None),
        ("es", "Las autoridades no publicaron datos sobre la violencia policial.", None),
    ],
)
def test_cues_are_multilingual_and_spare_ordinary_sentences(lang, text, kind):
    cue = procedural.cue_of(procedural.normalise(text), lang)
    assert (cue[0] if cue else None) == kind


def aside_by_text(db):
    """{(submission source, passage seq): (kind, reason, share)} of the set-aside passages."""
    call_id = store.get_call(db, CALL)["id"]
    sources = {s["id"]: s["source"] for s in store.call_submissions(db, call_id)}
    return {
        (sources[r["submission_id"]], r["seq"]): (r["kind"], r["reason"], r["share"])
        for r in themes.procedural_passages(db, CALL, internal=True)
    }


def candidates(db):
    return sorted(
        (t["label"], sorted(p["text"] for p in t["passages"]))
        for t in themes.list_themes(db, CALL, status="all", internal=True)
    )


def test_after_new_submissions_only_new_texts_are_read_and_verdicts_match_a_full_reading(
    db, tmp_path
):
    """Speed, issue 15: verdicts are kept by passage text; new submissions' passages are read,
    and the call's verdicts and themes are those of reading every passage again."""
    call_id = store.get_call(db, CALL)["id"]
    kept = derived.latest(db, "procedural_texts", call_id)
    old = {s["source"] for s in store.call_submissions(db, call_id)}
    G.generate(tmp_path / "new", n=8, seed=12, style="b")
    ingest.ingest(db, CALL, [tmp_path / "new"], n_workers=0)
    db.conn.execute("pragma wal_checkpoint(truncate)")
    shutil.copy(db.path, tmp_path / "full.db")
    themes.refresh(db, CALL)

    now = derived.latest(db, "procedural_texts", call_id)
    assert now["code"] == kept["code"] and len(now["cues"]) > len(kept["cues"])
    assert all(now["cues"][key] == cues for key, cues in kept["cues"].items() if key in now["cues"])
    assert any(source not in old for source, _ in aside_by_text(db))  # new ones judged too

    full = store.open_db(tmp_path / "full.db")  # every text read again: other code, no cues kept
    derived.put(full, "procedural_texts", call_id, "other", {"code": "other", "cues": {}})
    themes.refresh(full, CALL)
    assert aside_by_text(db) == aside_by_text(full)
    assert candidates(db) == candidates(full)
    full.conn.close()


def test_kept_cues_are_used_until_the_code_changes(db):
    """A text read before is not read again (its kept cues decide), unless the cues or code
    that read it changed: then every passage is read again."""
    call_id = store.get_call(db, CALL)["id"]
    kept = derived.latest(db, "procedural_texts", call_id)
    aside = {r["passage_id"] for r in themes.procedural_passages(db, CALL, internal=True)}
    passage = next(p for p in store.call_passages(db, call_id) if p["id"] not in aside)
    forged = [[n, "thanks", "forged"] for n, _ in enumerate(procedural.sentences(passage["text"]))]

    def refresh_with(code):
        cues = {**kept["cues"], procedural.text_key(passage): forged}
        derived.put(db, "procedural_texts", call_id, code, {"code": code, "cues": cues})
        derived.put(db, "procedural", call_id, "stale", {})  # the call's verdicts made again
        themes.refresh(db, CALL)
        return {r["passage_id"]: r for r in themes.procedural_passages(db, CALL, internal=True)}

    assert "/forged/" in refresh_with(kept["code"])[passage["id"]]["reason"]
    assert passage["id"] not in refresh_with("an older code")
