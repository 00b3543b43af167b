"""The gazetteer of known bodies: organisations.csv and the matcher in tagging/gazetteer.py."""

import csv
from importlib import resources

import pytest

from workbench.tagging import gazetteer

TYPES = {
    "un_entity",
    "intergovernmental",
    "nhri",
    "civil_society",
    "academic",
    "medical",
    "faith_based",
    "other",
}
REGIONS = {"", "africa", "asia_pacific", "eastern_europe", "latin_america_caribbean", "weog"}


def ids(text):
    return [h.id for h in gazetteer.match(text)]


def table():
    text = resources.files("workbench").joinpath("data/organisations.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


# ---------------------------------------------------------------- the data


def test_every_row_has_a_known_type_scope_region_and_a_source():
    for row in table():
        assert row["type"] in TYPES, row
        assert row["scope"] in {"national", "regional", "international"}, row
        assert row["region"] in REGIONS, row
        assert row["source"].strip(), row
        # The vocabulary's rule: country only for national bodies; region empty for international scope
        assert bool(row["country"]) == (row["scope"] == "national"), row
        if row["scope"] == "international":
            assert row["region"] == "", row


def test_a_body_has_the_same_facts_on_every_row_and_an_english_name():
    by_id = {}
    for row in table():
        facts = (row["type"], row["country"], row["scope"], row["region"])
        assert by_id.setdefault(row["id"], facts) == facts, row["id"]
    english = {row["id"] for row in table() if row["language"] == "en"}
    assert set(by_id) == english


def test_national_institutions_are_numerous_and_placed_in_their_country():
    nhris = {
        row["id"]: row for row in table() if row["type"] == "nhri" and row["scope"] == "national"
    }
    assert len(nhris) >= 120
    assert all(len(row["country"]) == 3 and row["region"] for row in nhris.values())


# ---------------------------------------------------------------- names in languages and scripts


@pytest.mark.parametrize(
    "text, body",
    [
        ("Submission of the United Nations Development Programme", "undp"),
        ("Contribution du Programme des Nations Unies pour le développement", "undp"),
        ("Вклад Программы развития Организации Объединенных Наций и ПРООН", "undp"),
        ("مساهمة برنامج الأمم المتحدة الإنمائي", "undp"),
        ("联合国开发计划署的意见", "undp"),
        ("Contribuição do Alto Comissariado das Nações Unidas para Refugiados", "unhcr"),
        ("Aporte de ONU Mujeres", "unwomen"),
        ("Komisi Nasional Hak Asasi Manusia (Komnas HAM)", "nhri_idn"),
        ("국가인권위원회 의견서", "nhri_kor"),
        ("联合国教育、科学及文化组织的报告", "unesco"),  # no spaces between words
        ("คณะกรรมการสิทธิมนุษยชนแห่งชาติได้เสนอ", "nhri_tha"),
        ("Уполномоченный по правам человека в Российской Федерации", "nhri_rus"),
    ],
)
def test_a_body_is_found_by_its_name_in_several_languages_and_scripts(text, body):
    assert body in ids(text)


def test_accents_and_case_may_be_dropped_from_a_full_name():
    for text in (
        "DEFENSORIA DEL PUEBLO DEL PERU",
        "defensoria del pueblo del peru",
        "Comision Nacional de los Derechos Humanos de Mexico",
    ):
        assert ids(text) in (["nhri_per"], ["nhri_mex"])


def test_small_variants_of_a_full_name_are_found_with_a_lower_score():
    (hit,) = gazetteer.match("Aporte de la Defensoría del Pueblo de Perú al Experto")
    assert hit.id == "nhri_per" and 88 <= hit.score < 100
    assert ids("the Kenya National Comission on Human Rights") == ["nhri_ken"]
    assert ids("Office of the UN High Commissioner for Human Rights") == ["ohchr"]


def test_the_matched_text_and_offsets_point_into_the_original_line():
    line = "Réponse de la Commission nationale consultative des droits de l’homme (CNCDH), Paris"
    hits = gazetteer.match(line)
    assert {h.id for h in hits} == {"nhri_fra"}
    for h in hits:
        assert line[h.start : h.end] == h.matched
    assert [h.matched for h in hits][-1] == "CNCDH"


# ---------------------------------------------------------------- acronyms


def test_an_acronym_inside_a_longer_line_is_found():
    hits = gazetteer.match(
        "Joint submission by ILGA World, OutRight International, ISHR and TGEU (Berlin)"
    )
    assert [h.id for h in hits] == ["ilga_world", "outright", "ishr", "tgeu"]
    assert hits[-1].scope == "regional" and hits[-1].country == ""  # TGEU works across Europe


def test_an_acronym_is_a_whole_word_in_its_own_case():
    assert ids("the icj report") == []
    assert ids("several ICJs and UNDPs") == []
    assert ids("the ICJ report") != []


def test_an_acronym_shared_by_two_bodies_gives_both_with_a_lower_score():
    hits = gazetteer.match("Statement by the ICJ")
    assert {h.id for h in hits} == {"icj_court", "icj_jurists"}
    assert all(h.score < 95 for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        "We ask who is protected and who is not.",
        "WHO WE ARE",  # a heading in capitals
        "SRI LANKA: SUBMISSION",
        "Article 19 of the Covenant protects expression.",
        "They tried to stonewall the inquiry.",
        "Nous allons au tribunal.",
    ],
)
def test_a_common_word_does_not_match(text):
    assert ids(text) == []


def test_in_a_line_in_capitals_longer_acronyms_are_still_read():
    assert ids("JUNTO À ONU E OUTRAS ORGANIZAÇÕES INTERNACIONAIS") == ["un"]
    assert ids("ПРИ ВІДДІЛЕННІ ООН ТА ІНШИХ МІЖНАРОДНИХ ОРГАНІЗАЦІЯХ") == ["un"]
    assert ids("АКЫЙКАТЧЫ (ОМБУДСМЕН)") == ["nhri_kgz"]


def test_every_acronym_that_is_also_a_common_word_is_listed_as_one():
    import importlib

    stop = set()
    for lang in ("en", "fr", "es", "pt", "de", "ru", "it", "nl"):
        stop |= {
            w.casefold()
            for w in importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS
        }
    short = {row["acronym"] for row in table()} | {row["name"] for row in table()}
    common = {a.casefold() for a in short if a and a.casefold() in stop}
    assert common <= gazetteer.COMMON_WORDS


def test_the_same_words_written_as_a_name_do_match():
    assert ids("WHO guidance on gender-affirming care") == ["who"]
    assert ids("ARTICLE 19 and Stonewall") == ["article19", "stonewall"]


# ---------------------------------------------------------------- national vs UN


def test_a_national_commission_is_not_the_un_body_with_a_similar_name():
    (hit,) = gazetteer.match("Uganda Human Rights Commission")
    assert (hit.id, hit.type, hit.country, hit.region, hit.scope) == (
        "nhri_uga",
        "nhri",
        "UGA",
        "africa",
        "national",
    )
    (un,) = gazetteer.match("the Human Rights Committee")
    assert un.type == "un_entity" and un.country == ""


def test_commissions_that_differ_only_by_country_are_not_confused():
    assert ids("National Human Rights Commission of Nepal") == ["nhri_npl"]
    assert ids("National Human Rights Commission of Nigeria") == ["nhri_nga"]
    # a misspelt country name is not read as another country's commission
    assert ids("National Human Rights Commission of Nepall") in (["nhri_npl"], [])


def test_an_exact_name_wins_over_a_near_name_of_another_body_on_the_same_words():
    # the Inter-American Court, not the Commission ("Corte" is one word away from "Comisión")
    assert ids("Corte Interamericana de Derechos Humanos") == ["iacourt"]
    assert ids("Comisión Interamericana de Derechos Humanos") == ["iachr"]


def test_the_country_of_a_national_institution_comes_with_the_hit():
    hit = gazetteer.lookup("Defensoría del Pueblo de Colombia")
    assert (hit.country, hit.region, hit.type) == ("COL", "latin_america_caribbean", "nhri")
    assert gazetteer.lookup("Deutsches Institut für Menschenrechte").country == "DEU"
    assert gazetteer.lookup("Avokati i Popullit").name == "People's Advocate of Albania"


def test_a_un_masthead_and_a_national_institution_in_one_line_are_both_reported():
    hits = gazetteer.match("United Nations — South African Human Rights Commission")
    assert {h.id: h.type for h in hits} == {"un": "un_entity", "nhri_zaf": "nhri"}


# ---------------------------------------------------------------- lookup


def test_lookup_needs_the_hit_to_cover_most_of_the_name():
    assert gazetteer.lookup("UNICEF").id == "unicef"
    assert gazetteer.lookup("The Danish Institute for Human Rights").id == "nhri_dnk"
    assert gazetteer.lookup("Friends of UNICEF in the Lakes Region of Somewhere") is None
    assert gazetteer.lookup("Red Andina de Mujeres Trans") is None


def test_lookup_of_an_acronym_several_institutions_use_names_none_of_them():
    assert gazetteer.lookup("CNDH") is None
    assert {h.type for h in gazetteer.match("CNDH")} == {"nhri"}
    assert gazetteer.lookup("CNCDH").country == "FRA"


# ---------------------------------------------------------------- speed


def test_the_table_is_compiled_once_and_reused():
    gazetteer.match("warm up")
    before = gazetteer._index.cache_info()
    for _ in range(50):
        gazetteer.match("Submission by UNDP and the Uganda Human Rights Commission")
    after = gazetteer._index.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + 50


# ---------------------------------------------------------------- a name is the body's only when all its words are


@pytest.mark.parametrize(
    "name, body, facts",
    [
        ("UNICEF UK", "unicef_gbr", ("civil_society", "GBR", "national")),
        ("UK Committee for UNICEF", "unicef_gbr", ("civil_society", "GBR", "national")),
        ("Comité français pour l'UNICEF", "unicef_fra", ("civil_society", "FRA", "national")),
        ("UNICEF Deutschland", "unicef_deu", ("civil_society", "DEU", "national")),
        ("U.S. Fund for UNICEF", "unicef_usa", ("civil_society", "USA", "national")),
    ],
)
def test_a_national_committee_for_unicef_is_an_ngo_not_the_un_entity(name, body, facts):
    hit = gazetteer.lookup(name)
    assert hit.id == body and (hit.type, hit.country, hit.scope) == facts


@pytest.mark.parametrize(
    "name",
    [
        "UNICEF Kenya",  # no such variant listed: some other body, not UNICEF itself
        "UNDP Nepal",
        "UN Women Kenya",
        "Amnesty International Kenya",  # a national section
        "Plan International Canada",
        "Oxfam GB",
        "Save the Children Sweden",
    ],
)
def test_a_known_name_with_a_distinguishing_word_added_does_not_resolve_to_that_body(name):
    assert gazetteer.lookup(name) is None


def test_articles_units_and_the_bodys_own_bracketed_acronym_do_not_block_a_lookup():
    assert gazetteer.lookup("The Danish Institute for Human Rights").id == "nhri_dnk"
    assert gazetteer.lookup("Amnesty International, International Secretariat").id == "amnesty"
    assert gazetteer.lookup("Centro de Estudios Legales y Sociales (CELS)").id == "cels"
    assert gazetteer.lookup("European Disability Forum (EDF)").id == "edf"


def test_a_national_bodys_own_country_after_its_name_is_not_another_body():
    assert gazetteer.lookup("Danish Institute for Human Rights, Denmark").id == "nhri_dnk"
    assert gazetteer.lookup("Comisión Nacional de los Derechos Humanos, México").id == "nhri_mex"
    assert gazetteer.lookup("Kenya Human Rights Commission, Uganda") is None


def test_an_ngo_named_like_a_commission_is_not_the_national_institution():
    ngo = gazetteer.lookup("Kenya Human Rights Commission")
    nhri = gazetteer.lookup("Kenya National Commission on Human Rights")
    assert (ngo.id, ngo.type) == ("khrc", "civil_society")
    assert (nhri.id, nhri.type) == ("nhri_ken", "nhri")
    assert gazetteer.lookup("Human Rights Commission of Pakistan").type == "civil_society"


def test_a_full_name_in_lower_case_prose_is_not_taken_for_an_author():
    assert (
        gazetteer.authors_in("States must save the children and protect lawyers for human rights.")
        == []
    )
    assert [h.id for h in gazetteer.authors_in("Submission by Save the Children")] == [
        "save_children"
    ]


# ---------------------------------------------------------------- bodies added for issue 11


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Fédération internationale de l'Action des chrétiens pour l'abolition de la torture",
            "fiacat",
        ),
        ("International Federation of ACATs", "fiacat"),
        ("Reporters sans frontières", "rsf"),
        ("Reporters Without Borders", "rsf"),
        ("Médecins Sans Frontières", "msf"),
        ("Doctors Without Borders", "msf"),
        ("Asociación para el Progreso de las Comunicaciones", "apc"),
        ("Association for Progressive Communications", "apc"),
        ("Fundación para el Debido Proceso", "dplf"),
        ("Lutherischer Weltbund", "lwf"),
    ],
)
def test_a_new_body_is_found_by_its_name_in_two_languages(text, body):
    assert gazetteer.lookup(text).id == body


def test_new_bodies_are_found_by_acronym_with_their_type_and_scope():
    facts = {
        h.id: (h.type, h.scope, h.region)
        for h in gazetteer.match(
            "Joint submission by FORUM-ASIA, APWLD, CHRI, WPATH, ITUC and the ACDHRS"
        )
    }
    assert facts == {
        "forum_asia": ("civil_society", "regional", "asia_pacific"),
        "apwld": ("civil_society", "regional", "asia_pacific"),
        "chri": ("civil_society", "international", ""),
        "wpath": ("medical", "international", ""),
        "ituc": ("other", "international", ""),
        "acdhrs": ("civil_society", "regional", "africa"),
    }


def test_faith_based_medical_and_academic_bodies_are_typed_as_such():
    assert gazetteer.lookup("Caritas Internationalis").type == "faith_based"
    assert gazetteer.lookup("Quaker United Nations Office").type == "faith_based"
    assert gazetteer.lookup("British Medical Association").type == "medical"
    hit = gazetteer.lookup("Centre for Human Rights, University of Pretoria")
    assert (hit.type, hit.country) == ("academic", "ZAF")


def test_a_treaty_named_in_the_text_is_not_read_as_a_body_with_a_similar_name():
    # the Covenant is named in most submissions; the CCPR Centre is a Geneva NGO
    assert ids("the International Covenant on Civil and Political Rights (ICCPR)") == []
    assert ids("Centre for Civil and Political Rights") == ["ccpr_centre"]
    assert ids("Center for Civil and Political Rights") == ["ccpr_centre"]  # a spelling variant


def test_a_longer_known_name_wins_over_a_shorter_one_inside_it():
    assert ids("Australian Lawyers for Human Rights") == ["alhr"]
    assert ids("Lawyers for Human Rights (South Africa)") == ["lhr_zaf"]
