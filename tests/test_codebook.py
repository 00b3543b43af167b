"""The mandate's codebook: 'what did submitters say about X?' on any call, in any language."""
import pytest

from workbench import store, themes
from workbench.errors import NotFound
from workbench.themes.codebook import code_passage

from .test_themes import CALL, SUBMISSIONS, build_call


@pytest.fixture
def call_db(db, tmp_path):
    return build_call(db, tmp_path / "in", SUBMISSIONS)


def by_source(db):
    return {s["id"]: s["source"] for s in store.list_submissions(db, CALL)}


def test_conversion_practices_are_found_in_every_language(call_db):
    found = themes.codebook_passages(call_db, CALL, "conversion_practices", team=True)
    sources = {by_source(call_db)[p["submission_id"]] for p in found}
    assert {"rainbow.docx", "aporte.docx", "contribution.docx"} <= sources
    assert {p["language"] for p in found} >= {"en", "es", "fr"}
    assert [p["hits"] for p in found] == sorted((p["hits"] for p in found), reverse=True)


def test_codebook_respects_confidentiality(call_db):
    found = themes.codebook_passages(call_db, CALL, "health")
    team = themes.codebook_passages(call_db, CALL, "health", team=True)
    sources = {by_source(call_db)[p["submission_id"]] for p in team}
    assert "private.docx" not in sources                    # do_not_publish: not quoted
    # Shareable: only nameable submitters' passages carry their submission's number.
    public = {s["id"] for s in store.list_submissions(call_db, CALL) if s["confidentiality"] == "public"}
    assert {p["submission_id"] for p in found} <= public | {None}
    inside = themes.codebook_passages(call_db, CALL, "health", internal=True)
    assert "private.docx" in {by_source(call_db)[p["submission_id"]] for p in inside}
    assert all("Quiet Clinic" not in p["text"] + p["attribution"] for p in found)


@pytest.mark.parametrize("text, language, area", [
    ("Las llamadas terapias de conversión siguen ofreciéndose.", "es", "conversion_practices"),
    ("Конверсионная терапия практикуется открыто.", "ru", "conversion_practices"),
    ("La mention du sexe à l'état civil ne peut être modifiée.", "fr", "legal_gender_recognition"),
    ("The sodomy provisions of the penal code were repealed.", "en", "decriminalisation"),
    ("O legado colonial do código penal persiste.", "pt", "colonialism"),
])
def test_passages_are_coded_to_the_mandates_areas(text, language, area):
    assert area in code_passage(text, language)


def test_every_report_area_with_terms_is_in_the_codebook(db):
    report_areas = {r["area"] for r in store.list_reports(db)}
    assert report_areas <= set(themes.areas())


def test_an_unknown_area_names_the_known_ones(call_db):
    with pytest.raises(NotFound, match="known areas are .*conversion_practices"):
        themes.codebook_passages(call_db, CALL, "astrology")
