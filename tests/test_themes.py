"""Themes: candidates from passages across languages, people finalising, mapping, privacy, CLI."""

import json
import random
import shutil

import numpy as np
import pytest
from click.testing import CliRunner

from corpus import generate as G
from corpus import texts_a
from workbench import audit, derived, ingest, store, themes
from workbench.cli import cli
from workbench.errors import WorkbenchError
from workbench.themes import cluster, incremental, passage_features, projection, theme_store

from .makedocs import make_docx

CALL = "themes-call"
# (file, language, topics, submitter, type, region, confidentiality)
SUBMISSIONS = [
    (
        "rainbow.docx",
        "en",
        ["conversion_practices", "health"],
        "Rainbow Alliance Kenya",
        "civil_society",
        "africa",
        "public",
    ),
    ("mission.docx", "en", ["education", "asylum"], "Norway", "state", "weog", "public"),
    (
        "hidden.docx",
        "en",
        ["conversion_practices", "education"],
        "Secret Shelter Network",
        "civil_society",
        "asia_pacific",
        "withhold_name",
    ),
    (
        "private.docx",
        "en",
        ["health", "asylum"],
        "Quiet Clinic Collective",
        "medical",
        "eastern_europe",
        "do_not_publish",
    ),
    (
        "aporte.docx",
        "es",
        ["conversion_practices", "education"],
        "Colectivo Diverso",
        "civil_society",
        "latin_america_caribbean",
        "public",
    ),
    (
        "salud.docx",
        "es",
        ["health", "asylum"],
        "Red de Salud Trans",
        "civil_society",
        "latin_america_caribbean",
        "public",
    ),
    (
        "contribution.docx",
        "fr",
        ["conversion_practices", "asylum"],
        "Association Arc-en-ciel",
        "civil_society",
        "africa",
        "public",
    ),
    (
        "ecole.docx",
        "fr",
        ["education", "health"],
        "Université de Lomé",
        "academic",
        "africa",
        "public",
    ),
]


def topic_paragraphs(lang, topics, seed, per_topic=3):
    """Paragraphs written by the corpus generator's own topic writer (style a)."""
    rng = random.Random(seed)
    sub = {
        "lang": lang,
        "country": "KEN" if lang == "en" else "MEX" if lang == "es" else "SEN",
        "short": "we",
    }
    filler = G.Filler(rng, sub, texts_a)
    return [filler.paragraph(t) for t in topics for _ in range(per_topic)]


def write_submission(folder, spec, seed):
    name, lang, topics, submitter = spec[:4]
    paragraphs = [f"Submission of {submitter} to the Independent Expert."] + topic_paragraphs(
        lang, topics, seed
    )
    return make_docx(folder / name, paragraphs)


def tag_all(db, specs):
    """Set the tags people confirm on the Submissions page (through the audited store call)."""
    by_source = {s["source"]: s for s in store.list_submissions(db, CALL)}
    for name, lang, _, submitter, kind, region, confidentiality in specs:
        sub = by_source[name]
        store.update_submission(
            db,
            sub["id"],
            {
                "submitter": submitter,
                "submitter_type": kind,
                "region": region,
                "confidentiality": confidentiality,
                "language": lang,
            },
            sub["version"],
            "test",
        )


def build_call(db, folder, specs=SUBMISSIONS, seed=0):
    folder.mkdir(parents=True, exist_ok=True)
    for i, spec in enumerate(specs):
        write_submission(folder, spec, seed * 100 + i)
    ingest.ingest(db, CALL, [folder / s[0] for s in specs], n_workers=0)
    tag_all(db, specs)
    return db


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One ingested, tagged call, built once; tests get their own copy of the file."""
    base = tmp_path_factory.mktemp("themes")
    db = store.open_db(base / "base.db")
    build_call(db, base / "in")
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.conn.close()
    return base / "base.db"


@pytest.fixture
def call_db(built, tmp_path):
    path = tmp_path / "wb.db"
    shutil.copy(built, path)
    database = store.open_db(path)
    yield database
    database.conn.close()


def passages_by_theme(db):
    return {
        t["label"]: {p["passage_id"] for p in t["passages"]}
        for t in themes.list_themes(db, CALL, status="all", internal=True)
    }


def test_candidates_have_labels_terms_sizes_and_are_reproducible(call_db, tmp_path):
    summary = themes.refresh(call_db, CALL)
    listed = themes.list_themes(call_db, CALL, internal=True)
    assert summary["candidates"] == len(listed) >= 2
    assert all(t["label"] and t["terms"] and t["size"] > 0 and not t["final"] for t in listed)
    first = passages_by_theme(call_db)
    themes.refresh(call_db, CALL)
    assert passages_by_theme(call_db) == first


def themes_as_shown(db):
    """Every theme as people see it (ids aside: candidates are written anew on each proposal)."""
    return sorted(
        (
            t["label"],
            json.dumps(t["terms_by_language"], sort_keys=True),
            t["concept"] or "",
            sorted((p["passage_id"], p["weight"]) for p in t["passages"]),
        )
        for t in themes.list_themes(db, CALL, status="all", internal=True)
    )


def test_proposing_again_gives_the_same_themes_until_something_changes(call_db):
    """A proposal is kept while its inputs hold (speed, issue 15): proposing again with
    nothing new gives the same themes, terms and weights; a submission excluded, another
    number of themes or a theme accepted proposes anew, never the kept proposal."""
    themes.refresh(call_db, CALL)
    first = themes_as_shown(call_db)
    themes.refresh(call_db, CALL)
    assert themes_as_shown(call_db) == first

    quoted = {
        p["submission_id"]
        for t in themes.list_themes(call_db, CALL, internal=True)
        for p in t["passages"]
    }
    gone = store.get_submission(call_db, min(quoted))
    store.update_submission(call_db, gone["id"], {"excluded": 1}, gone["version"], "test")
    themes.refresh(call_db, CALL)
    left = themes.list_themes(call_db, CALL, internal=True)
    assert gone["id"] not in {p["submission_id"] for t in left for p in t["passages"]}

    themes.refresh(call_db, CALL, n_themes=3)
    three = themes.list_themes(call_db, CALL, include_passages=False)
    assert len(three) == 3
    themes.accept(call_db, [three[0]["id"]], "advisor")
    themes.refresh(call_db, CALL, n_themes=3)
    assert themes.list_themes(call_db, CALL, status="final", include_passages=False)[0]["size"]
    candidates = themes.list_themes(call_db, CALL, status="candidate", internal=True)
    final_passages = {
        p["passage_id"]
        for p in themes.list_themes(call_db, CALL, status="final", internal=True)[0]["passages"]
    }
    assert candidates and not final_passages & {
        p["passage_id"] for t in candidates for p in t["passages"]
    }


def test_the_number_of_themes_can_be_set(call_db):
    themes.refresh(call_db, CALL, n_themes=3)
    assert len(themes.list_themes(call_db, CALL, include_passages=False)) == 3


def test_spanish_and_french_conversion_passages_share_the_english_theme(call_db):
    themes.refresh(call_db, CALL, n_themes=4)
    conversion = [
        t
        for t in themes.list_themes(call_db, CALL, internal=True)
        if t["concept"] == "conversion_practices"
    ]
    assert conversion, [t["label"] for t in themes.list_themes(call_db, CALL)]
    languages = {p["language"] for p in conversion[0]["passages"]}
    assert {"en", "es", "fr"} <= languages
    # Named in English, with a phrase its English passages write (labels.py).
    english = " ".join(p["text"] for p in conversion[0]["passages"] if p["language"] == "en")
    assert conversion[0]["label"].lower() in english.lower(), conversion[0]["label"]
    assert list(conversion[0]["terms_by_language"])[0] == "en"


def test_people_finalise_themes_and_every_change_is_audited(call_db):
    themes.refresh(call_db, CALL, n_themes=4)
    a, b, c, d = [t["id"] for t in themes.list_themes(call_db, CALL, include_passages=False)]
    themes.accept(call_db, [a], "advisor")
    themes.rename(call_db, a, "Conversion practices in schools", "advisor")
    merged = themes.merge(call_db, [b, c], "advisor", label="Care and refuge")
    parts = themes.split(call_db, merged, "advisor", n=2)
    themes.delete(call_db, d, "advisor")
    from_search = themes.from_query(
        call_db, CALL, "refug* OR asylum OR asile OR asilo", "advisor", label="Refugees"
    )
    final = themes.list_themes(call_db, CALL, include_passages=False)
    assert {t["label"] for t in final} >= {"Conversion practices in schools", "Refugees"}
    assert all(t["final"] for t in final) and {from_search, *parts} <= {t["id"] for t in final}
    actions = [row["action"] for row in audit.history(call_db, entity="themes")]
    for action in (
        "accept_theme",
        "rename_theme",
        "merge_themes",
        "split_theme",
        "delete_theme",
        "theme_from_query",
    ):
        assert action in actions
    renamed = audit.history(call_db, entity="themes", entity_id=a)[0]
    assert (
        renamed["user"] == "advisor" and renamed["new_value"] == "Conversion practices in schools"
    )


def test_bad_requests_say_what_is_wrong(call_db):
    themes.refresh(call_db, CALL, n_themes=3)
    one = themes.list_themes(call_db, CALL, include_passages=False)[0]["id"]
    with pytest.raises(WorkbenchError, match="at least two"):
        themes.merge(call_db, [one], "advisor")
    with pytest.raises(WorkbenchError, match="needs a name"):
        themes.rename(call_db, one, "  ", "advisor")
    with pytest.raises(WorkbenchError, match="finds no passage"):
        themes.from_query(call_db, CALL, "xylophone", "advisor")


def test_later_submissions_are_mapped_to_final_themes_and_only_misfits_become_candidates(
    call_db, tmp_path
):
    themes.refresh(call_db, CALL, n_themes=4)
    themes.accept(
        call_db,
        [t["id"] for t in themes.list_themes(call_db, CALL, include_passages=False)],
        "advisor",
    )
    later = [
        (
            "later.docx",
            "es",
            ["conversion_practices"],
            "Otra Voz",
            "civil_society",
            "latin_america_caribbean",
            "public",
        ),
        (
            "family.docx",
            "en",
            ["family", "employment"],
            "Family Matters",
            "civil_society",
            "weog",
            "public",
        ),
    ]
    build_call(call_db, tmp_path / "later", later, seed=7)
    themes.refresh(call_db, CALL)
    final = themes.list_themes(call_db, CALL, internal=True)
    later_ids = {
        s["id"] for s in store.list_submissions(call_db, CALL) if s["source"] == "later.docx"
    }
    conversion = next(t for t in final if t["concept"] == "conversion_practices")
    assert later_ids & {p["submission_id"] for p in conversion["passages"]}
    candidates = themes.list_themes(call_db, CALL, status="candidate", internal=True)
    assert candidates, "family and employment fit no final theme: they are proposed"
    family_source = {
        s["id"] for s in store.list_submissions(call_db, CALL) if s["source"] == "family.docx"
    }
    assert all(
        p["submission_id"] in family_source | later_ids for t in candidates for p in t["passages"]
    )


def test_passages_can_belong_to_several_themes_with_weights(call_db):
    themes.refresh(call_db, CALL, n_themes=4)
    listed = themes.list_themes(call_db, CALL, internal=True)
    assert all(0 < p["weight"] <= 1.0001 for t in listed for p in t["passages"])
    first = listed[0]["passages"]
    assert [p["weight"] for p in first] == sorted((p["weight"] for p in first), reverse=True)


def test_confidential_passages_and_names_do_not_leak(call_db):
    themes.refresh(call_db, CALL, n_themes=4)
    subs = {s["source"]: s for s in store.list_submissions(call_db, CALL)}
    text = json.dumps(themes.list_themes(call_db, CALL, status="all"), ensure_ascii=False)
    assert "Secret Shelter Network" not in text and "Quiet Clinic Collective" not in text
    team = {
        p["submission_id"]
        for t in themes.list_themes(call_db, CALL, status="all", team=True)
        for p in t["passages"]
    }
    assert subs["private.docx"]["id"] not in team  # do_not_publish: never quoted
    assert subs["hidden.docx"]["id"] in team  # withhold_name: quoted, not named
    shared = [p for t in themes.list_themes(call_db, CALL) for p in t["passages"]]
    # Shareable: a withheld submitter's quotes carry no number that joins to them.
    assert subs["hidden.docx"]["id"] not in {p["submission_id"] for p in shared}
    hidden = [p for p in shared if p["submission_id"] is None]
    assert {p["attribution"] for p in hidden} == {"a civil society organization, Asia-Pacific"}
    assert any("[withheld]" in p["text"] for p in hidden)
    assert "Secret" not in json.dumps(themes.submission_themes(call_db, CALL))


def test_representative_quotes_spread_over_who_and_where(call_db):
    themes.refresh(call_db, CALL, n_themes=4)
    for theme in themes.list_themes(call_db, CALL):
        quotes = themes.representative_passages(theme, n=3)
        groups = {(p["submitter_type"], p["region"]) for p in theme["passages"]}
        assert len({(q["submitter_type"], q["region"]) for q in quotes}) == min(3, len(groups))


def test_submission_themes_lists_labels_per_submission(call_db):
    themes.refresh(call_db, CALL, n_themes=4)
    found = themes.submission_themes(call_db, CALL)
    assert set(found) == {s["id"] for s in store.list_submissions(call_db, CALL)}
    assert all(labels for labels in found.values())


def test_cli_themes_json_follows_the_contract_and_leaks_nothing(call_db):
    path = str(call_db.path)
    result = CliRunner().invoke(
        cli, ["--db", path, "themes", "--call", CALL, "--format", "json"], obj={}
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    keys = {"id", "label", "terms", "terms_by_language", "passages"}
    assert data and all(set(t) == keys for t in data)
    # Terms per language, the label's language first (issue 12): its list is ``terms``.
    assert all(t["terms"] == next(iter(t["terms_by_language"].values())) for t in data)
    assert any({"en", "es"} <= set(t["terms_by_language"]) for t in data)
    assert all(set(p) == {"submission_id", "page", "text"} for t in data for p in t["passages"])
    private = next(
        s for s in store.list_submissions(call_db, CALL) if s["source"] == "private.docx"
    )
    assert private["id"] not in {p["submission_id"] for t in data for p in t["passages"]}
    assert "Secret Shelter" not in result.output and "Quiet Clinic" not in result.output


def test_cli_themes_for_an_unknown_call_fails_with_one_line(call_db):
    result = CliRunner().invoke(
        cli, ["--db", str(call_db.path), "themes", "--call", "nope"], obj={}
    )
    assert result.exit_code == 1 and "no call 'nope'" in result.output


def test_labels_are_unique_even_when_themes_share_a_concept(call_db):
    themes.refresh(call_db, CALL, n_themes=10)
    listed = themes.list_themes(call_db, CALL, include_passages=False)
    labels = [t["label"] for t in listed]
    assert len({label.casefold() for label in labels}) == len(labels)
    concepts = [t["concept"] for t in listed if t["concept"]]
    assert len(concepts) > len(set(concepts)), "ten themes over four topics: some share a concept"
    structural = {"respectfully", "sincerely", "expert", "submission", "report", "para", "right"}
    assert not any(w in structural for label in labels for w in label.lower().split()), labels


# A form letter in Spanish on conversion practices, arriving after themes were proposed.
LATE = [
    (
        "tardio.docx",
        "es",
        ["conversion_practices"],
        "Voces Diversas",
        "civil_society",
        "latin_america_caribbean",
        "public",
    )
]


def texts_by_label(db):
    """{label: sorted passage texts}: comparable across databases (ids are not)."""
    return {
        t["label"]: sorted(p["text"] for p in t["passages"])
        for t in themes.list_themes(db, CALL, status="all", internal=True)
    }


def test_a_few_new_passages_are_placed_in_the_kept_themes(call_db, tmp_path, monkeypatch):
    """Speed (issue 15): when few passages are new since the themes were fitted, proposing
    again keeps the fitted themes (labels, terms, the old passages' places) and places the
    new passages in them; a full fit is kept for later."""
    monkeypatch.setattr(incremental, "REFIT_SHARE", 0.5)  # this small call: one in nine is new
    themes.refresh(call_db, CALL, n_themes=4)
    before = themes_as_shown(call_db)
    build_call(call_db, tmp_path / "late", LATE, seed=9)
    assert themes.refresh(call_db, CALL, n_themes=4)["placed"]
    after = themes_as_shown(call_db)
    assert [t[:3] for t in after] == [t[:3] for t in before]  # labels, terms and concepts kept
    old = {p for t in before for p in t[3]}
    assert {p for t in after for p in t[3] if p in old} == old  # old places kept
    late = {s["id"] for s in store.list_submissions(call_db, CALL) if s["source"] == "tardio.docx"}
    conversion = next(
        t
        for t in themes.list_themes(call_db, CALL, internal=True)
        if t["concept"] == "conversion_practices"
    )
    assert late & {p["submission_id"] for p in conversion["passages"]}
    placed = {
        p["passage_id"]
        for t in themes.list_themes(call_db, CALL, internal=True)
        for p in t["passages"]
    }
    aside = theme_store.procedural_ids(call_db, store.get_call(call_db, CALL)["id"])
    body = {
        p["id"]
        for p in store.call_passages(call_db, store.get_call(call_db, CALL)["id"])
        if p["submission_id"] in late and p["id"] not in aside
    }
    assert body and body <= placed  # every new body passage is in a theme


@pytest.fixture(scope="module")
def proposed_once(tmp_path_factory):
    """The themes of one proposal on every submission, the late one included."""
    folder = tmp_path_factory.mktemp("once")
    once = store.open_db(folder / "once.db")
    build_call(once, folder / "all", SUBMISSIONS, seed=0)
    build_call(once, folder / "late", LATE, seed=9)
    themes.refresh(once, CALL, n_themes=4)
    found = texts_by_label(once)
    once.conn.close()
    return found


def test_a_refit_gives_the_themes_of_a_proposal_on_every_submission(
    call_db, tmp_path, monkeypatch, proposed_once
):
    """Asked for (``themes --refresh --refit``), the themes are fitted again on every
    passage: the same as proposing them once on every submission."""
    monkeypatch.setattr(incremental, "REFIT_SHARE", 0.5)
    themes.refresh(call_db, CALL, n_themes=4)
    build_call(call_db, tmp_path / "late", LATE, seed=9)
    command = ["--db", str(call_db.path), "themes", "--call", CALL, "--refresh", "--k", "4"]
    placed = CliRunner().invoke(cli, command, obj={})
    assert placed.exit_code == 0 and "placed in the themes fitted before" in placed.stderr
    refit = CliRunner().invoke(cli, [*command, "--refit"], obj={})
    assert refit.exit_code == 0 and "placed" not in refit.stderr, refit.output
    assert texts_by_label(call_db) == proposed_once


def test_past_the_share_of_new_passages_the_themes_are_fitted_again(
    call_db, tmp_path, proposed_once
):
    themes.refresh(call_db, CALL, n_themes=4)
    build_call(call_db, tmp_path / "late", LATE, seed=9)  # one submission in nine: past 5 %
    assert themes.refresh(call_db, CALL, n_themes=4)["placed"] == 0
    assert texts_by_label(call_db) == proposed_once


def test_a_refit_reads_each_text_once_and_gives_the_same_themes(call_db):
    """Speed (issue 15): a full fit keeps each text's lemmas and concepts, so fitting again
    does not lemmatise every passage again; the themes are those of the first fit."""
    themes.refresh(call_db, CALL, n_themes=4)
    first = themes_as_shown(call_db)
    call_id = store.get_call(call_db, CALL)["id"]
    kept = derived.latest(call_db, "feature_texts", call_id)["texts"]
    clustered = finalise_passages(call_db)
    assert set(kept) == {passage_features.text_key(p["language"], p["text"]) for p in clustered}
    themes.refresh(call_db, CALL, n_themes=4, refit=True)
    assert themes_as_shown(call_db) == first


def finalise_passages(db):
    """The passages a proposal clusters (procedural ones set aside), language lower-cased."""
    call = store.get_call(db, CALL)
    _, passages = themes.finalise.set_aside(db, CALL, store.call_passages(db, call["id"]))
    return [{**p, "language": (p.get("language") or "xx").lower()} for p in passages]


def test_remembered_features_are_those_computed_and_kept_apart_by_language():
    """The same words in two languages are two texts (their lemmas differ); what analyse
    gives inside ``remembered`` is what it computes outside."""
    passages = [
        {
            "id": 1,
            "text": "Las terapias de conversión siguen en las clínicas privadas.",
            "language": "es",
        },
        {
            "id": 2,
            "text": "Las terapias de conversión siguen en las clínicas privadas.",
            "language": "en",
        },
        {"id": 3, "text": "Conversion therapy continues in private clinics.", "language": "en"},
    ]
    fresh = passage_features.analyse(passages)
    known = {}
    with passage_features.remembered(known):
        first = passage_features.analyse(passages)
        again = passage_features.analyse(passages)
    assert len(known) == 3
    assert (first.docs, first.concepts) == (fresh.docs, fresh.concepts)
    assert (again.docs, again.concepts) == (fresh.docs, fresh.concepts)
    assert (
        "conversion_practices" in fresh.concepts[0] and "conversion_practices" in fresh.concepts[2]
    )


def test_the_kept_space_places_passages_as_the_fit_does():
    """A kept feature space (projection.py) gives the passages it was fitted on the vectors
    the fit gave them: new passages are placed in the same space."""
    passages = [
        {"id": i, "text": text, "language": lang}
        for i, (lang, text) in enumerate(
            (lang, paragraph)
            for seed, lang in enumerate(["en", "es", "fr", "en", "es", "fr"])
            for paragraph in topic_paragraphs(
                lang, ["conversion_practices", "health", "asylum"], seed
            )
        )
    ]
    space = cluster.Space(passages)
    kept = json.loads(json.dumps(space.kept()))
    assert np.allclose(projection.vectors(kept, passages), space.vectors, atol=1e-4)
