"""Where a submitter is placed: region words, individuals' homes, body-only countries, 'based in'."""

import pytest

from workbench import ingest, store
from workbench.tagging import cues, nlp, places, tag_store

from .makedocs import make_docx, make_pdf

BODY_EN = (
    "Trans people cannot change the name on their identity documents and report violence by the police. "
    "Health workers told us that trans patients avoid clinics for fear of abuse."
)


def ingest_one(db, tmp_path, name, maker, *args, **kwargs):
    folder = tmp_path / f"in-{name}"
    maker(folder / name, *args, **kwargs)
    report = ingest.ingest(db, "places-call", [folder / name], n_workers=0)
    return store.get_submission(db, report.outcomes[0].submission_id)


def placed(sub):
    return sub["country"] or "", sub["region"] or "", sub["scope"] or ""


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Red Andina de Mujeres Trans", ("", "latin_america_caribbean", "regional")),
        ("Réseau des défenseurs des Grands Lacs", ("", "africa", "regional")),
        ("Balkan Queer Coalition", ("", "eastern_europe", "regional")),
        ("Сеть ЛГБТ-организаций Центральной Азии", ("", "asia_pacific", "regional")),
        ("Pacific Sexual and Gender Diversity Network", ("", "asia_pacific", "regional")),
        ("Rede Lusófona da Diversidade", ("", "", "international")),  # spans UN groups: no region
        ("Arab Foundation for Freedoms", ("", "", "international")),
    ],
)
def test_a_region_word_in_the_name_gives_the_scope_and_region_of_the_data_table(
    db, tmp_path, name, expected
):
    # The body writes about one country again and again: the name still decides.
    sub = ingest_one(
        db,
        tmp_path,
        "net.docx",
        make_docx,
        [
            name,
            "1 June 2023",
            "Submission to the call for inputs",
            "Trans people in Brazil cannot change their documents. In Brazil the police do not record attacks.",
            "Yours sincerely,",
            "Ana Souza",
            "Coordinator",
            name,
        ],
    )
    assert placed(sub) == expected


def test_every_region_word_maps_to_a_un_group_or_to_international():
    groups = {"africa", "asia_pacific", "eastern_europe", "latin_america_caribbean", "weog"}
    for term, region, scope in places.regional_words():
        assert (scope == "regional" and region in groups) or (
            scope == "international" and region == ""
        ), term


@pytest.mark.parametrize(
    "lines, country",
    [
        (
            [
                "I write in a personal capacity. I live in Kenya with my partner and our two children.",
                "A court ruling recognising a marriage celebrated in Hungary was never applied. Refugees from Hungary "
                "are detained. Couples in Hungary cannot inherit.",
            ],
            "KEN",
        ),
        (
            [
                "Escribo a título personal, como docente jubilada que ha vivido en Chile la mayor parte de su vida.",
                "Un fallo que reconoció un matrimonio celebrado en Hungría no ha sido aplicado. Las parejas en Hungría "
                "no pueden heredar. Los refugiados de Hungría son detenidos.",
            ],
            "CHL",
        ),
        (
            [
                "J'écris à titre personnel, en tant que femme trans ayant vécu au Sénégal toute ma vie.",
                "Un mariage célébré en Hongrie n'est toujours pas transcrit par l'état civil. Les couples en Hongrie ne "
                "peuvent pas hériter. Les réfugiés venus de Hongrie sont placés en rétention.",
            ],
            "SEN",
        ),
        (
            [
                "Escrevo a título pessoal. Moro em Moçambique há vinte anos com a minha companheira.",
                "Um casamento celebrado na Hungria ainda não foi transcrito pelo registo civil. Os casais na Hungria não "
                "podem herdar. Os refugiados vindos da Hungria ficam detidos.",
            ],
            "MOZ",
        ),
        (
            [
                "Я пишу в личном качестве. Я живу в Казахстане с рождения вместе с моей семьей.",
                "Брак, заключенный в Венгрии, до сих пор не признан органами записи актов. Пары в Венгрии не могут "
                "наследовать. Беженцев из Венгрии задерживают.",
            ],
            "KAZ",
        ),
    ],
)
def test_an_individual_is_placed_where_she_lives_not_where_the_letter_looks(
    db, tmp_path, lines, country
):
    # The body names another country more often than her own.
    opening, elsewhere = lines
    sub = ingest_one(
        db,
        tmp_path,
        "letter.docx",
        make_docx,
        ["4 December 2022", "IE SOGI", opening, elsewhere, elsewhere, "Maria Santos"],
    )
    assert sub["submitter_type"] == "individual"
    assert (sub["country"], sub["scope"]) == (country, "national")
    assert tag_store.tags_of(db, sub["id"])["country"]["confidence"] >= 0.8


def test_an_individual_without_a_residence_phrase_takes_her_signature_place(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "letter.pdf",
        make_pdf,
        [
            [
                "4 December 2022",
                "Contribution to the thematic report",
                "I write in a personal capacity, as a retired teacher and the mother of a trans daughter.",
                "A ruling recognising a marriage celebrated in Hungary was never applied by the registry. "
                "Couples in Hungary cannot inherit.",
                "Yours sincerely,",
                "Maria Santos",
                "Montevideo, Uruguay",
            ]
        ],
    )
    assert (sub["submitter_type"], sub["country"]) == ("individual", "URY")


INTRO = [
    "Dear Independent Expert,",
    "About this input",
    "This input responds to the questionnaire of the mandate.",
    "Our comments are based on casework and a community consultation.",
    "We thank the mandate for the call.",
    "The sections below follow the questionnaire.",
    "1. Intersex infants",
    "Summary of our findings",
]


def _no_letterhead_letter(works_across):
    body = [
        f"Deferring irreversible surgery is the approach we support, as in {c}. Genital surgeries on intersex "
        f"infants are still routine in hospitals in Zimbabwe."
        for c in ("Ghana", "Indonesia", "Ghana")
    ]
    return [
        "Intersex Justice Collective",
        "18 July 2023",
        "Input to the IE SOGI thematic report",
        works_across,
        *INTRO,
        *body,
        "Yours sincerely,",
        "Michael Brown",
        "Programme Coordinator",
        "Intersex Justice Collective",
    ]


def test_a_country_named_only_in_the_body_among_several_goes_to_triage(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "weak.docx",
        make_docx,
        _no_letterhead_letter("Our comments are based on casework and a consultation."),
    )
    tags = tag_store.tags_of(db, sub["id"])
    assert tags["country"]["confidence"] < 0.7 and tags["scope"]["confidence"] < 0.7
    assert "only in the body" in tags["country"]["evidence"]


@pytest.mark.parametrize(
    "works_across",
    [
        "We work with member organisations in 14 countries on three continents.",
        "Nuestra red reúne organizaciones miembro de once países.",
        "Notre réseau accompagne des associations partenaires.",
    ],
)
def test_an_organisation_working_across_countries_is_international_not_national(
    db, tmp_path, works_across
):
    sub = ingest_one(db, tmp_path, "across.docx", make_docx, _no_letterhead_letter(works_across))
    assert placed(sub) == ("", "", "international")


def test_working_across_one_group_only_is_regional_with_that_group(db, tmp_path):
    lines = [
        "Intersex Justice Collective",
        "18 July 2023",
        "Input to the IE SOGI thematic report",
        "We work with member organisations across the region.",
        *INTRO,
        "Surgeries are routine in Ghana and Kenya. Courts in Zimbabwe ignore the issue. Ghana has no law.",
        "Yours sincerely,",
        "Michael Brown",
        "Intersex Justice Collective",
    ]
    sub = ingest_one(db, tmp_path, "region.docx", make_docx, lines)
    assert placed(sub) == ("", "africa", "regional")


@pytest.mark.parametrize(
    "based_in, country",
    [
        ("We are a collective based in Nairobi, working on the rights of intersex people.", "KEN"),
        ("Somos una colectiva con sede en Bogotá que acompaña a personas intersex.", "COL"),
        (
            "Nous sommes une association basée à Dakar qui accompagne les personnes intersexes.",
            "SEN",
        ),
        ("Somos um coletivo sediado em Lisboa que acompanha pessoas intersexo.", "PRT"),
    ],
)
def test_based_in_weighs_like_a_letterhead(db, tmp_path, based_in, country):
    lines = _no_letterhead_letter(based_in)
    sub = ingest_one(db, tmp_path, "based.docx", make_docx, lines)
    assert (sub["country"], sub["scope"]) == (country, "national")


def test_regions_people_write_as_where_they_are_name_their_country_and_common_words_do_not():
    from workbench.tagging import nlp

    found = nlp.places_in("I was born in Scotland and now live in Queensland.", "en", cities=True)
    assert {alpha3 for _, alpha3, _, _ in found} == {"GBR", "AUS"}
    # States of South Sudan and Nigeria that are English words name no place in a name.
    assert nlp.places_in("Unity Foundation for Rivers and Lakes", "en", cities=True) == []


def test_northern_alone_is_no_region_but_northern_europe_is():
    assert places.regional_scope("Инициативная группа «Северный свет»") == ("", "", "")
    assert places.regional_scope("Сеть Северной Европы")[:2] == ("weog", "regional")


def test_churches_in_the_plural_are_faith_based():
    for name in ("Red de Iglesias Inclusivas", "Conseil des Églises", "Rede de Igrejas Inclusivas"):
        scores = cues.type_scores(name)
        assert max(scores, key=scores.get) == "faith_based", name


def test_a_demonym_before_a_states_organ_is_the_country_a_city_stays_a_city():
    assert nlp.places_in_name("Royal Thai Government", "en")[0][:2] == ("COUNTRY", "THA")
    assert nlp.places_in_name("Roma", "it")[0][:2] == ("CITY", "ITA")


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Office of the Resident Coordinator", "un_entity"),
        ("Indian Association for Affirmative Mental Health", "medical"),
        ("الجمعية الجزائرية لعلم النفس العيادي", "medical"),
        ("Union syndicale romande des travailleurs du social", "other"),
    ],
)
def test_type_cues_of_a_un_office_mental_health_and_unions(name, kind):
    scores = cues.type_scores(name)
    assert max(scores, key=scores.get) == kind


def test_a_mission_is_its_state_not_the_host_of_the_un_office(db, tmp_path):
    """'الجمهورية التونسية / البعثة الدائمة لدى مكتب الأمم المتحدة بجنيف … بسويسرا': Tunisia
    writes from Geneva; Switzerland only hosts the office (twelfth session, w12)."""
    lines = [
        "الجمهورية التونسية",
        "البعثة الدائمة لدى مكتب الأمم المتحدة بجنيف والمنظمات الدولية بسويسرا",
        "",
        "تهدي البعثة الدائمة أطيب تحياتها إلى المفوضية السامية لحقوق الإنسان، وتتشرف بأن تحيل إليها "
        "ردّ الحكومة على الاستبيان المتعلق بالحماية من العنف والتمييز.",
    ]
    sub = ingest_one(db, tmp_path, "mission.docx", make_docx, lines)
    assert (sub["submitter_type"], sub["country"], sub["submitter"]) == ("state", "TUN", "Tunisia")


def test_a_valley_in_a_name_is_no_capital_city():
    """'Rift Valley …' is not Anguilla, whose capital GeoNames also calls 'Valley'."""
    found = nlp.places_in(
        "Rift Valley Fellowship of Christian Churches, Nakuru, Kenya", "en", cities=True
    )
    assert {alpha3 for _, alpha3, _, _ in found} == {"KEN"}
