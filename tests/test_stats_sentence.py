"""The report's sentences: house style, UN names, EN/ES/FR, numbers that match the table."""

import re

import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.stats import TOTAL, CountingRules, count
from workbench.stats.sentence import number, scope_region_sentence, submissions_sentence

from .test_stats import build_call, random_tags

REPORT_MIX = (
    ["state"] * 30
    + ["nhri"] * 3
    + ["civil_society"] * 70
    + ["academic"] * 10
    + ["medical"] * 5
    + ["faith_based"] * 4
    + ["parliamentarian"] * 2
    + ["individual"] * 3
)


@pytest.fixture
def report_call(db, tmp_path):
    build_call(db, tmp_path / "in", "health-2021", [{"submitter_type": t} for t in REPORT_MIX])
    return db


def test_the_sentence_reads_like_the_report(report_call):
    assert submissions_sentence(report_call, "health-2021") == (
        "The Independent Expert received 127 submissions: 33 from Member States, including national human "
        "rights institutions, and 94 from civil society organizations, academics, medical practitioners, "
        "faith-based organizations, parliamentarians and individuals."
    )


def test_spanish_and_french_sentences(report_call):
    assert submissions_sentence(report_call, "health-2021", lang="es") == (
        "El Experto Independiente recibió 127 contribuciones: 33 de Estados Miembros, incluidas instituciones "
        "nacionales de derechos humanos, y 94 de organizaciones de la sociedad civil, académicos, profesionales "
        "de la medicina, organizaciones confesionales, parlamentarios y particulares."
    )
    assert submissions_sentence(report_call, "health-2021", lang="fr") == (
        "L'Expert indépendant a reçu 127 contributions\u00a0: 33 d'États Membres, y compris des institutions "
        "nationales des droits de l'homme, et 94 d'organisations de la société civile, d'universitaires, "
        "de professionnels de la santé, d'organisations confessionnelles, de parlementaires et de particuliers."
    )


def test_nhris_apart_when_asked(report_call):
    text = submissions_sentence(
        report_call, "health-2021", rules=CountingRules(nhri_with_states=False)
    )
    assert text.startswith(
        "The Independent Expert received 127 submissions: 30 from Member States, "
        "3 from national human rights institutions, and 94 from"
    )


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_the_figures_add_up_and_match_the_table(db, tmp_path, lang):
    build_call(db, tmp_path / "in", "c", random_tags(60, seed=3))
    text = submissions_sentence(db, "c", lang=lang)
    total, *parts = [int(n) for n in re.findall(r"\d+", text)]
    table = count(db, "c")
    assert total == table.total == sum(parts)
    assert parts[0] == table.count("state", TOTAL) + table.count("nhri", TOTAL)
    assert text.endswith(".")


def test_small_and_empty_calls(db, tmp_path):
    build_call(db, tmp_path / "a", "one", [{"submitter_type": "un_entity"}])
    assert submissions_sentence(db, "one") == (
        "The Independent Expert received 1 submission: 1 from a United Nations entity."
    )
    build_call(
        db,
        tmp_path / "b",
        "ngos",
        [{"submitter_type": "civil_society"}, {"submitter_type": "individual"}],
    )
    assert submissions_sentence(db, "ngos") == (
        "The Independent Expert received 2 submissions, all from civil society organizations and individuals."
    )
    assert submissions_sentence(db, "ngos", lang="es").endswith(
        "todas ellas de organizaciones de la sociedad civil y particulares."
    )
    build_call(
        db, tmp_path / "c", "untagged", [{"submitter_type": "state"}, {"submitter": "Someone"}]
    )
    assert submissions_sentence(db, "untagged").endswith(
        "1 from a Member State, and 1 from contributors whose type is not yet recorded."
    )
    from workbench import store

    store.ensure_call(db, "empty")
    assert (
        submissions_sentence(db, "empty", lang="fr")
        == "L'Expert indépendant n'a reçu aucune contribution."
    )


def test_numbers_in_house_style():
    assert (number(1312, "en"), number(1312, "es"), number(1312, "fr")) == (
        "1,312",
        "1.312",
        "1\u202f312",
    )


def test_scope_and_region_sentence_in_three_languages(db, tmp_path):
    tags = (
        [{"scope": "international"}] * 2
        + [{"scope": "regional", "region": "africa"}]
        + [{"scope": "national", "region": "africa"}] * 3
        + [{"scope": "national", "region": "weog"}] * 2
    )
    build_call(db, tmp_path / "in", "c", tags)
    assert scope_region_sentence(db, "c") == (
        "The 8 submissions came from 2 international organizations, 1 regional organization and 5 national "
        "organizations — 3 from Africa and 2 from the Western European and others region."
    )
    assert scope_region_sentence(db, "c", lang="es") == (
        "Las 8 contribuciones procedían de 2 organizaciones internacionales, 1 organización regional y 5 "
        "organizaciones nacionales — 3 de África y 2 de Europa Occidental y otros Estados."
    )
    assert scope_region_sentence(db, "c", lang="fr") == (
        "Les 8 contributions provenaient de 2 organisations internationales, de 1 organisation régionale et "
        "de 5 organisations nationales — 3 d'Afrique et 2 d'Europe occidentale et autres États."
    )
    with_regional = scope_region_sentence(db, "c", regions_of=("regional", "national"))
    assert with_regional.endswith(
        "— 4 from Africa and 2 from the Western European and others region."
    )


def test_sentences_never_name_anyone(db, tmp_path):
    build_call(
        db,
        tmp_path / "in",
        "c",
        [
            {
                "submitter": "Hidden Rainbow Network",
                "submitter_type": "civil_society",
                "confidentiality": "withhold_name",
                "scope": "national",
                "region": "africa",
                "country": "KEN",
            }
        ],
    )
    for lang in ("en", "es", "fr"):
        assert "Hidden" not in submissions_sentence(db, "c", lang=lang) + scope_region_sentence(
            db, "c", lang=lang
        )


def test_cli_prints_the_sentences(report_call):
    runner = CliRunner()
    out = runner.invoke(
        cli,
        [
            "--db",
            str(report_call.path),
            "stats",
            "--call",
            "health-2021",
            "--sentence",
            "--lang",
            "es",
        ],
        obj={},
    ).output
    assert out.startswith(
        "El Experto Independiente recibió 127 contribuciones: 33 de Estados Miembros, incluidas"
    )
    apart = runner.invoke(
        cli,
        [
            "--db",
            str(report_call.path),
            "stats",
            "--call",
            "health-2021",
            "--sentence",
            "--no-nhri-with-states",
        ],
        obj={},
    ).output
    assert "30 from Member States, 3 from national human rights institutions" in apart
    scope = runner.invoke(
        cli,
        ["--db", str(report_call.path), "stats", "--call", "health-2021", "--scope-sentence"],
        obj={},
    ).output
    assert "127 submissions" in scope and "127 whose scope is not recorded" in scope
