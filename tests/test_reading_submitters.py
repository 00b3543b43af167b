"""Who sent it, read the ways real submissions say it (issue 11): title lines, self-descriptions,
defined acronyms, known bodies, UN document symbols, personal voices; base is not subject;
confidence that orders the Triage list."""

import pytest

from workbench import ingest, store
from workbench.tagging import attribution, review, tag_store

from .makedocs import make_docx, make_pdf

BODY = (
    "Same-sex relations between consenting adults remain criminalised, and trans people cannot change "
    "the sex marker in their identity documents without surgery."
)


def ingest_one(db, tmp_path, name, maker, *args):
    folder = tmp_path / f"in-{name}"
    maker(folder / name, *args)
    report = ingest.ingest(db, "reading", [folder / name], n_workers=0)
    return store.get_submission(db, report.outcomes[0].submission_id)


def evidence(db, submission, field):
    return tag_store.tags_of(db, submission["id"])[field]


def test_a_title_line_names_the_author_not_the_report_title(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "kenya.docx",
        make_docx,
        [
            "Report on the situation of intersex persons in Kenya",
            "Submission by the Nairobi Intersex Support Network to the Independent Expert",
            "June 2024",
            BODY,
        ],
    )
    assert sub["submitter"] == "Nairobi Intersex Support Network"
    assert (sub["submitter_type"], sub["country"], sub["scope"]) == (
        "civil_society",
        "KEN",
        "national",
    )
    assert "Submission by" in evidence(db, sub, "submitter")["evidence"]


@pytest.mark.parametrize(
    "lines, name",
    [
        (
            [
                "Informe alternativo",
                "Informe elaborado por la Red Andina de Personas Trans (REDAPT) para el Experto "
                "Independiente.",
                "La REDAPT acompaña a personas trans en tres ciudades.",
                BODY,
            ],
            "Red Andina de Personas Trans",
        ),
        (
            [
                "Contribution au rapport thématique",
                "Le Collectif Arc-en-ciel du Sénégal est une association de défense "
                "des droits humains fondée en 2012.",
                BODY,
            ],
            "Collectif Arc-en-ciel du Sénégal",
        ),
        (
            ["Contribuição da Associação Lésbica de Moçambique ao Especialista Independente", BODY],
            "Associação Lésbica de Moçambique",
        ),
    ],
)
def test_names_stated_in_prose_in_several_languages(db, tmp_path, lines, name):
    sub = ingest_one(db, tmp_path, "c.docx", make_docx, lines)
    assert sub["submitter"] == name


def test_a_known_national_institution_gets_its_type_and_country_from_the_gazetteer(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "nz.pdf",
        make_pdf,
        [
            [
                "Response to the questionnaire of the Independent Expert",
                "The New Zealand Human Rights Commission welcomes the opportunity to contribute.",
                BODY,
            ]
        ],
    )
    assert (sub["submitter_type"], sub["country"], sub["region"], sub["scope"]) == (
        "nhri",
        "NZL",
        "weog",
        "national",
    )
    assert "organisations.csv" in evidence(db, sub, "submitter_type")["evidence"]


def test_an_international_ngo_writing_about_one_country_is_not_national(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "hrw.docx",
        make_docx,
        [
            "Human Rights Watch Submission to the Independent Expert on Uganda",
            "Human Rights Watch has documented arrests under Uganda's 2023 law in Kampala and Gulu.",
            BODY,
        ],
    )
    assert sub["submitter"] == "Human Rights Watch"
    assert (sub["country"] or "", sub["scope"], sub["region"] or "") == ("", "international", "")


def test_the_committee_a_submission_is_sent_to_is_never_its_author(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "crc.docx",
        make_docx,
        [
            "Submission to the Committee on the Rights of the Child",
            "Prepared by Rainbow Youth Lanka",
            "The Committee on the Rights of the Child will review Sri Lanka.",
            BODY,
        ],
    )
    assert sub["submitter"] == "Rainbow Youth Lanka"
    assert sub["submitter_type"] != "un_entity"


def test_a_special_rapporteur_whose_call_is_answered_is_never_the_author(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "reply.docx",
        make_docx,
        [
            "RESPONSE TO THE CALL BY THE UN",
            "SPECIAL RAPPORTEUR ON FREEDOM OF RELIGION OR BELIEF FOR HIS REPORT TO THE GENERAL ASSEMBLY",
            "Respuesta al Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH) "
            "sobre sus recomendaciones.",
            BODY,
        ],
    )
    assert sub["submitter_type"] != "un_entity"
    assert "RAPPORTEUR" not in (sub["submitter"] or "").upper()
    assert "Alto Comisionado" not in (sub["submitter"] or "")


def test_a_company_letterhead_above_its_address_names_it_not_a_body_it_belongs_to(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "company.docx",
        make_docx,
        [
            "Northwind ASA",
            "Havnegata 12",
            "0150 Oslo",
            "Date 13/11/2019",
            "Dear Special Rapporteur,",
            "Thank you for your letter. Northwind is a member of the Global Network Initiative (GNI), "
            "and Northwind reports on every request from authorities. Northwind publishes them yearly.",
            BODY,
        ],
    )
    assert (sub["submitter"], sub["submitter_type"]) == ("Northwind ASA", "other")


def test_a_coalition_named_in_lower_case_and_a_joint_submissions_coordinator(db, tmp_path):
    coalition = ingest_one(
        db,
        tmp_path,
        "coalition.docx",
        make_docx,
        ["The Nigeria NGO coalition shadow report to the CEDAW committee", "31/07/2008", BODY],
    )
    assert (coalition["submitter"], coalition["submitter_type"]) == (
        "Nigeria NGO coalition",
        "civil_society",
    )
    joint = ingest_one(
        db,
        tmp_path,
        "joint.pdf",
        make_pdf,
        [
            [
                "JOINT submission by a Group of Civil Society Organizations to the Universal "
                "Periodic Review",
                "Preparation of the report was coordinated by the Democracy Development Foundation.",
                BODY,
            ]
        ],
    )
    assert joint["submitter"] == "Democracy Development Foundation"


def test_a_letterhead_in_body_type_above_its_address_names_the_writer_and_its_base(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "letterhead.pdf",
        make_pdf,
        [
            [
                "Commission des droits de la personne et des droits de la jeunesse",
                "360, rue Saint-Jacques, 2e étage",
                "Montréal (Québec) H2Y 1P5",
                "Mémoire présenté à l'Expert indépendant des Nations Unies",
                "Document adopté à la séance de la Commission.",
                "La Commission a accueilli favorablement l'invitation de l'Expert indépendant.",
                BODY,
            ]
        ],
    )
    assert sub["submitter"] == "Commission des droits de la personne et des droits de la jeunesse"
    assert sub["country"] == "CAN"


def test_a_cover_note_sending_a_states_submission_names_the_state(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "cover.docx",
        make_docx,
        [
            "Dear Colleagues,",
            "Please find attached South Africa's submission in response to the above call for "
            "inputs. Kindly acknowledge receipt.",
            BODY,
        ],
    )
    assert (sub["submitter"], sub["submitter_type"], sub["country"]) == (
        "South Africa",
        "state",
        "ZAF",
    )


@pytest.mark.parametrize(
    "line, name",
    [
        ("We, the Kenya Human Rights Commission, welcome the call for inputs.", None),
        ("Nombre de la organización: Colectivo Trans del Uruguay", "Colectivo Trans del Uruguay"),
        ("Nom de l'organisation : Alternatives Côte d'Ivoire", "Alternatives Côte d'Ivoire"),
        (
            "Joint Submission to the Universal Periodic Review of Kenya by the Kenya Coalition on "
            "Violence",
            "Kenya Coalition on Violence",
        ),
    ],
)
def test_names_stated_as_we_or_in_a_questionnaires_label(line, name):
    found = attribution.candidates(line + "\n\n" + BODY)
    assert found and found[0].name == (name or "Kenya Human Rights Commission")


def test_a_cover_pages_author_line_names_the_submitter(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "cover.pdf",
        make_pdf,
        [
            [
                "Implementation of the Convention on the Rights of Persons with Disabilities",
                "DISABLED PEOPLE'S ORGANIZATIONS NETWORK",
                "Submission to the CRPD Committee on the List of Issues",
                "JUNE 2015",
                BODY,
            ]
        ],
    )
    assert sub["submitter"] == "DISABLED PEOPLE'S ORGANIZATIONS NETWORK"
    assert sub["submitter_type"] == "civil_society"


def test_a_person_answering_a_parliaments_inquiry_is_an_individual_not_its_committee(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "inquiry.pdf",
        make_pdf,
        [
            [
                "Submission re the Education Legislation Amendment Bill 2020",
                "Senate Standing Committee on Education and Employment",
                "Submitted online",
                "19 March 2021",
                "To the Committee",
                "Thank you for the opportunity to provide this submission regarding the Bill.",
                "I do so as a long-standing advocate for the LGBTI community, and as a teacher who "
                "hopes to help protect trans students from discrimination today.",
                BODY,
            ]
        ],
    )
    assert sub["submitter_type"] == "individual"
    assert "Committee" not in (sub["submitter"] or "")


def test_a_writer_that_says_it_is_an_international_network_has_no_national_base(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "network.docx",
        make_docx,
        [
            "Submission by the Trans Rights Horizon Network to the Independent Expert",
            "The Trans Rights Horizon Network is an international network of trans-led groups. "
            "This submission concerns Kenya, where same-sex relations remain criminalised.",
            BODY,
        ],
    )
    assert (sub["country"] or "", sub["scope"]) == ("", "international")


def test_the_agent_of_what_a_title_is_about_is_not_its_author():
    title = "Alternative report on the implementation by Ukraine of the Covenant"
    assert not any(c.name.startswith("Ukraine") for c in attribution.candidates(title))


def test_a_national_section_of_an_international_ngo_is_based_in_its_country(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "section.docx",
        make_docx,
        [
            "APRESENTAÇÃO",
            "Em 2014, DCI Brasil e um conjunto de organizações entregaram um relatório "
            "alternativo ao Comitê. DCI Brasil acompanha o processo.",
            BODY,
        ],
    )
    assert (sub["submitter"], sub["country"], sub["scope"]) == ("DCI Brasil", "BRA", "national")


def test_a_parliamentary_group_on_global_rights_is_national(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "appg.docx",
        make_docx,
        [
            "All Party Parliamentary Group on Global LGBT Rights",
            "The UK's stance on international breaches of LGBT rights",
            "The All Party Parliamentary Group on Global LGBT Rights was founded in 2015 by Members "
            "of both Houses of the UK Parliament.",
            BODY,
        ],
    )
    assert (sub["submitter_type"], sub["country"], sub["scope"]) == (
        "parliamentarian",
        "GBR",
        "national",
    )


def test_a_un_document_symbol_names_the_state_whose_report_it_is(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "report.pdf",
        make_pdf,
        [
            [
                "United Nations",
                "CCPR/C/KEN/4",
                "International Covenant on Civil and Political Rights",
                "Distr.: General",
                "12 March 2019",
                "Original: English",
                "Human Rights Committee",
                "Fourth periodic report due in 2015",
                BODY,
            ]
        ],
    )
    assert (sub["submitter"], sub["submitter_type"], sub["country"]) == ("Kenya", "state", "KEN")
    assert "CCPR/C/KEN/4" in evidence(db, sub, "submitter_type")["evidence"]


def test_a_person_writing_as_i_is_an_individual(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "me.docx",
        make_docx,
        [
            "Written evidence submitted by Ms Jo Blake",
            "I am a trans woman and I have waited three years for a first appointment. I was told my case was "
            "not urgent, and I had to pay for private care that I could not afford.",
            BODY,
        ],
    )
    assert (sub["submitter"], sub["submitter_type"]) == ("Ms Jo Blake", "individual")


def test_titles_dates_and_markings_are_never_names():
    for line in (
        "ALTERNATIVE REPORT ON THE REPUBLIC OF KOREA",
        "Table of Contents",
        "UNCLASSIFIED",
        "12 May 2023",
        "Informe sobre la situación de las personas trans",
    ):
        assert not any(
            c.how in ("letterhead", "title line", "attribution") and c.name == line
            for c in attribution.candidates(line + "\n" + BODY)
        )


def test_triage_puts_unnamed_submissions_first_and_orders_them_by_what_is_missing(db, tmp_path):
    named = ingest_one(
        db,
        tmp_path,
        "named.pdf",
        make_pdf,
        [["The New Zealand Human Rights Commission welcomes the opportunity to contribute.", BODY]],
    )
    unnamed = ingest_one(db, tmp_path, "unnamed.docx", make_docx, [BODY, BODY])
    rows = review.table(db, "reading")
    assert [r["id"] for r in rows] == [unnamed["id"], named["id"]]
    assert (
        rows[0]["sure"] < review.NO_REVIEW and rows[0]["missing"] >= 1 and not rows[0]["no_review"]
    )
    assert rows[1]["sure"] > rows[0]["sure"]
    assert tag_store.tags_of(db, unnamed["id"])["submitter_type"]["confidence"] < 0.7


def test_a_joint_submission_has_a_lead_and_its_co_signatories_in_the_evidence(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "joint.docx",
        make_docx,
        [
            "Joint submission by the Kampala Rainbow Network, Sexual Minorities Uganda (SMUG), Trans Health Uganda "
            "to the Independent Expert",
            BODY,
        ],
    )
    assert sub["submitter"] == "Kampala Rainbow Network"
    said = evidence(db, sub, "submitter")["evidence"]
    assert (
        "led by Kampala Rainbow Network" in said
        and "Sexual Minorities Uganda" in said
        and "Trans Health Uganda" in said
    )


def test_a_letterhead_repeated_in_a_short_signature_page_is_not_cleaned_away(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "two.docx",
        make_docx,
        [
            "DEFENSORÍA DEL PUEBLO DE LA NACIÓN",
            "REPÚBLICA ARGENTINA",
            "Buenos Aires, 26 de febrero de 2025",
            BODY,
            "Saludo a Ud. con mi más distinguida consideración.",
            "Defensoría del Pueblo de la Nación",
        ],
        None,
        None,
        [3],
    )
    first_page = store.submission_pages(db, sub["id"])[0]["text"]
    assert first_page.startswith("DEFENSORÍA DEL PUEBLO DE LA NACIÓN")
    assert sub["submitter_type"] == "nhri" and sub["country"] == "ARG"


def test_a_tagging_failure_is_recorded_where_triage_shows_it(db, tmp_path, monkeypatch):
    from workbench.tagging import tagger

    def broken(db, doc):
        raise ValueError("a table the reader could not parse")

    monkeypatch.setattr(tagger, "decide", broken)  # fault injection: the real ingest runs
    sub = ingest_one(db, tmp_path, "x.docx", make_docx, [BODY])
    assert sub["status"] == "ok" and (sub["confidentiality"] or "") == ""
    details = {t["field"]: t for t in review.details(db, sub["id"])}
    assert (
        "tagging failed: ValueError: a table the reader could not parse"
        in details["submitter"]["evidence"]
    )
    row = next(r for r in review.table(db, "reading") if r["id"] == sub["id"])
    assert "submitter" in row["to_review"] and not row["no_review"]


def test_a_letter_signed_with_a_name_and_a_country_is_that_persons_not_the_countrys(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "letter.docx",
        make_docx,
        [
            "Dear Independent Expert,",
            "I am writing to tell you what happened to me when I tried to change my name. I was refused twice and "
            "I had to pay a lawyer I could not afford. My family stopped talking to me.",
            "Yours sincerely,",
            "Maria Lopez",
            "Colombia",
        ],
    )
    assert (sub["submitter"], sub["submitter_type"], sub["country"]) == (
        "Maria Lopez",
        "individual",
        "COL",
    )


def test_correcting_the_country_in_triage_brings_its_region(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "k.docx",
        make_docx,
        ["Submission by the Nairobi Intersex Support Network to the Independent Expert", BODY],
    )
    rows = review.table(db, "reading")
    edited = [{**r, "country": "PER"} if r["id"] == sub["id"] else r for r in rows]
    saved, conflicts = review.save_edits(db, rows, edited, set(), "ana")
    after = store.get_submission(db, sub["id"])
    assert saved == [sub["id"]] and not conflicts
    assert (after["country"], after["region"]) == ("PER", "latin_america_caribbean")
    states = {t["field"]: t["state"] for t in review.details(db, sub["id"])}
    assert states["country"] == states["region"] == "corrected"


def test_a_reviewed_tag_says_who_decided_and_keeps_what_the_tagger_read(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "k.docx",
        make_docx,
        ["Submission by the Nairobi Intersex Support Network to the Independent Expert", BODY],
    )
    before = evidence(db, sub, "submitter")["evidence"]
    row = next(r for r in review.table(db, "reading") if r["id"] == sub["id"])
    review.confirm_fields(db, row, ["submitter"], "ana")
    said = evidence(db, sub, "submitter")["evidence"]
    assert said.startswith("confirmed by ana on ") and said.endswith(
        "the tagger had read: " + before
    )
    row = next(r for r in review.table(db, "reading") if r["id"] == sub["id"])
    review.save_edits(db, [row], [{**row, "submitter": "Nairobi Intersex Network"}], set(), "ben")
    said = evidence(db, sub, "submitter")["evidence"]
    assert said.startswith("corrected by ben on ") and said.count("the tagger had read:") == 1


def test_a_council_document_circulated_for_an_nhri_is_the_nhri_not_the_secretariat(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "ni.docx",
        make_docx,
        [
            "United Nations A/HRC/41/NI/3",
            "General Assembly Distr.: General",
            "24 June 2019",
            "Human Rights Council",
            "Forty-first session",
            "Agenda item 3",
            "Written submission by the Commission on Human Rights of the Philippines*",
            "Note by the Secretariat",
            "The Secretariat of the Human Rights Council hereby transmits the communication "
            "submitted by the Commission on Human Rights of the Philippines, reproduced below.",
            BODY,
        ],
    )
    assert sub["submitter"] == "Commission on Human Rights of the Philippines"
    assert (sub["submitter_type"], sub["country"]) == ("nhri", "PHL")


def test_a_state_heading_a_shadow_report_is_its_subject_not_its_author(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "shadow.docx",
        make_docx,
        [
            "NIGERIA",
            "SHADOW REPORT",
            "to the 7th and 8th Combined Periodic Report of the Federal Republic of Nigeria",
            "67th Session of CEDAW, Geneva",
            "Prepared by:",
            "Coalition of Women for Peace and Development",
            "Lagos, June 2017",
            BODY,
        ],
    )
    assert sub["submitter"] == "Coalition of Women for Peace and Development"
    assert sub["submitter_type"] == "civil_society"


@pytest.mark.parametrize(
    "lines, name",
    [
        (
            [
                "Феминистская инициатива «Сестры»",
                "Алматы, Казахстан",
                "Вклад в доклад Независимого эксперта",
                "«Сестры» — низовая организация, которая защищает права ЛБК-женщин в Казахстане.",
            ],
            "Феминистская инициатива «Сестры»",
        ),
        (
            [
                "Submission to the Independent Expert on sexual orientation and gender identity",
                "Prepared by:",
                "Northern Uganda Rainbow Alliance",
                "Gulu, Uganda",
                BODY,
            ],
            "Northern Uganda Rainbow Alliance",
        ),
    ],
)
def test_the_place_under_a_name_is_where_it_was_written_not_part_of_the_name(
    db, tmp_path, lines, name
):
    sub = ingest_one(db, tmp_path, "place.docx", make_docx, lines)
    assert sub["submitter"] == name


@pytest.mark.parametrize(
    "lines, name",
    [
        (
            [
                "Bogotá D.C., 15 de febrero de 2024",
                "Asunto: Respuesta a la convocatoria de aportes",
                "Estimado Experto Independiente:",
                "Caribe Afirmativo es una organización no gubernamental que trabaja desde 2009 por "
                "los derechos de las personas LGBT en la región Caribe de Colombia.",
                BODY,
            ],
            "Caribe Afirmativo",
        ),
        (
            [
                "Written evidence",
                "1. About us",
                "1.1 Mermaids is a registered charity that supports trans and gender-diverse young "
                "people and their families across the United Kingdom.",
                BODY,
            ],
            "Mermaids",
        ),
    ],
)
def test_a_name_that_says_nothing_of_its_kind_is_read_when_the_sentence_says_it(
    db, tmp_path, lines, name
):
    sub = ingest_one(db, tmp_path, "selfsaid.docx", make_docx, lines)
    assert sub["submitter"] == name
    assert sub["submitter_type"] == "civil_society"


@pytest.mark.parametrize(
    "lines, expected",
    [
        (  # a web page's furniture above a news item
            [
                "Noticias",
                "La Defensoría del Pueblo presentó su informe alternativo al Comité",
                "La Paz, 3 de marzo de 2023.- La Defensoría del Pueblo del Estado Plurinacional de "
                "Bolivia presentó ante el Comité de Derechos Humanos su informe sobre el Pacto.",
                BODY,
            ],
            ("Defensoría del Pueblo del Estado Plurinacional de Bolivia", "nhri", "BOL"),
        ),
        (  # a State's delegation speaks for it
            [
                "Intervención de la Delegación de Chile",
                "Diálogo interactivo con el Experto Independiente",
                "Señor Presidente:",
                "Chile agradece el informe del Experto Independiente.",
            ],
            ("Chile", "state", "CHL"),
        ),
        (  # information provided by a Government
            [
                "Información proporcionada por el Gobierno de la República del Ecuador en respuesta "
                "al cuestionario del Experto Independiente",
                "1. La Constitución de 2008 reconoce el principio de igualdad y no discriminación.",
            ],
            ("Ecuador", "state", "ECU"),
        ),
        (  # a French name goes on in lower case up to the acronym it defines
            [
                "Déclaration écrite présentée par la Ligue camerounaise pour les droits humains "
                "(LCDH), organisation non gouvernementale",
                "La LCDH est profondément préoccupée par la situation des défenseurs au Cameroun.",
            ],
            ("Ligue camerounaise pour les droits humains", "civil_society", "CMR"),
        ),
    ],
)
def test_names_in_news_items_speeches_replies_and_lower_case_names(db, tmp_path, lines, expected):
    sub = ingest_one(db, tmp_path, "various.docx", make_docx, lines)
    assert (sub["submitter"], sub["submitter_type"], sub["country"]) == expected


@pytest.mark.parametrize(
    "lines, country",
    [
        (  # a city and its state, which shares its name with a city elsewhere
            [
                "Rainbow Rights Collective Inc.",
                "Melbourne, Victoria",
                "Submission to the Independent Expert on sexual orientation and gender identity",
                BODY,
            ],
            "AUS",
        ),
        (  # the addressee's block is where the letter goes, not where it comes from
            [
                "Rainbow Rights Collective",
                "Kampala",
                "Office of the United Nations High Commissioner for Human Rights",
                "Palais des Nations",
                "1211 Geneva 10, Switzerland",
                "Submission to the Independent Expert on sexual orientation and gender identity",
                BODY,
            ],
            "UGA",
        ),
    ],
)
def test_the_base_is_the_writers_place_not_the_addressees_or_a_namesake(
    db, tmp_path, lines, country
):
    sub = ingest_one(db, tmp_path, "base.docx", make_docx, lines)
    assert sub["country"] == country
    assert sub["submitter"].startswith("Rainbow Rights Collective")
    assert not any(place in sub["submitter"] for place in ("Victoria", "Kampala", "Geneva"))


@pytest.mark.parametrize(
    "lines, expected",
    [
        (  # a person introducing herself
            [
                "Dear Independent Expert,",
                "My name is Thandiwe Khumalo and I live in Durban, South Africa. I am writing to "
                "you because my partner and I were refused a lease by three landlords last year.",
            ],
            ("Thandiwe Khumalo", "individual"),
        ),
        (  # a legal form's dots are not a sentence's end
            [
                "Sociedad Andina de Psiquiatría y Salud Mental, A.C.",
                "Ciudad de México, 12 de enero de 2024",
                "Aporte al informe del Experto Independiente sobre las llamadas terapias de "
                "conversión",
                "La homosexualidad no es un trastorno mental y las terapias de conversión dañan.",
            ],
            ("Sociedad Andina de Psiquiatría y Salud Mental, A.C.", "medical"),
        ),
        (  # the article is no part of the name
            [
                "The Commissioner for Fundamental Rights",
                "Information provided to the UN Human Rights Committee for the review of Hungary",
                "As the national human rights institution of Hungary, the Commissioner monitors "
                "the implementation of the Covenant.",
            ],
            ("Commissioner for Fundamental Rights", "nhri"),
        ),
    ],
)
def test_persons_legal_forms_and_articles_in_names(db, tmp_path, lines, expected):
    sub = ingest_one(db, tmp_path, "forms.docx", make_docx, lines)
    assert (sub["submitter"], sub["submitter_type"]) == expected


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Nordic Institute for Equality and Human Rights",
            "Parallel report to the Committee on the Elimination of Racial Discrimination",
            "1. The Institute is Norway's independent national human rights institution, "
            "established by law in 2015. It submits this report ahead of the review of Norway.",
        ],
        [
            "Oficina de Derechos Humanos de la Nación",
            "Informe al Comité para la Eliminación de la Discriminación contra la Mujer",
            "La Oficina, en su calidad de Institución Nacional de Derechos Humanos acreditada con "
            "categoría A, presenta este informe sobre la situación de las mujeres en el país.",
        ],
    ],
)
def test_an_institution_saying_it_is_the_nhri_is_one(db, tmp_path, lines):
    sub = ingest_one(db, tmp_path, "nhri.docx", make_docx, lines)
    assert sub["submitter_type"] == "nhri"
    assert "national human rights institution" in evidence(db, sub, "submitter_type")["evidence"]


@pytest.mark.parametrize(
    "lines, expected",
    [
        (  # a labelled line under the name is no part of it
            [
                "Morocco: Submission to the UN Committee against Torture",
                "Submitted by the Moroccan Association for Personal Freedoms",
                "Contact: info@example.org",
                BODY,
            ],
            "Moroccan Association for Personal Freedoms",
        ),
        (  # a State's information 'of' itself
            [
                "Information of Ukraine",
                "on the implementation of Human Rights Council resolution 50/10",
                "Ukraine attaches great importance to the protection of the rights of all persons.",
            ],
            "Ukraine",
        ),
    ],
)
def test_labels_under_names_and_information_of_a_state(db, tmp_path, lines, expected):
    sub = ingest_one(db, tmp_path, "label.docx", make_docx, lines)
    assert sub["submitter"] == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (  # a title line in Arabic is no name; the country is written without vowel marks
            [
                "تقرير موازي مقدّم إلى الخبير المستقل المعني بالتوجه الجنسي والهوية الجنسانية",
                "المجلس الوطني لحقوق الإنسان",
                "الرباط، المملكة المغربية",
                "يتشرف المجلس الوطني لحقوق الإنسان بتقديم هذه المساهمة.",
            ],
            ("nhri", "MAR"),
        ),
        (  # "В доклад …" is the report the text goes to, not its author
            [
                "В ТЕМАТИЧЕСКИЙ ДОКЛАД НЕЗАВИСИМОГО ЭКСПЕРТА ООН",
                "Народный защитник Грузии",
                "Тбилиси, Грузия",
                "Народный защитник Грузии представляет следующую информацию.",
            ],
            ("nhri", "GEO"),
        ),
    ],
)
def test_arabic_and_russian_openings_name_their_writer(db, tmp_path, lines, expected):
    sub = ingest_one(db, tmp_path, "opening.docx", make_docx, lines)
    assert (sub["submitter_type"], sub["country"]) == expected
    assert sub["submitter"] == lines[1]


def test_without_a_name_the_type_and_base_are_shown_as_guesses(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "unsigned.docx",
        make_docx,
        ["Our organisation works with LGBT people across Kenya.", BODY, BODY],
    )
    assert not sub["submitter"]
    for field in ("submitter_type", "country", "region", "scope"):
        assert evidence(db, sub, field)["confidence"] < 0.5, field


def test_a_regional_office_works_for_its_region_not_the_city_it_sits_in(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "oficina.docx",
        make_docx,
        [
            "Oficina Regional para América del Sur",
            "Santiago, Chile",
            "Aporte a la consulta del Experto Independiente",
            BODY,
        ],
    )
    assert (sub["country"] or "", sub["scope"], sub["region"]) == (
        "",
        "regional",
        "latin_america_caribbean",
    )


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            [
                "Ответы Республики Узбекистан на вопросник Независимого эксперта",
                "В Республике Узбекистан обеспечивается равенство всех граждан перед законом.",
            ],
            ("Uzbekistan", "state", "UZB"),
        ),
        (
            [
                "رد المملكة المغربية على استبيان الخبير المستقل",
                "تكفل المملكة المغربية بموجب دستورها المساواة بين جميع المواطنين.",
            ],
            ("Morocco", "state", "MAR"),
        ),
        (
            [
                "مساهمة مكتوبة مقدمة من جمعية حلم إلى الخبير المستقل",
                "بيروت، لبنان",
                "تعمل الجمعية منذ عام 2004 على الدفاع عن حقوق الإنسان.",
            ],
            ("جمعية حلم", "civil_society", "LBN"),
        ),
    ],
)
def test_a_states_reply_and_a_title_in_russian_or_arabic_name_the_writer(
    db, tmp_path, lines, expected
):
    sub = ingest_one(db, tmp_path, "reply.docx", make_docx, lines)
    assert (sub["submitter"], sub["submitter_type"], sub["country"]) == expected


@pytest.mark.parametrize(
    "lines, expected",
    [
        (  # a Russian mission names its State in the genitive
            [
                "ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО",
                "РОССИЙСКОЙ ФЕДЕРАЦИИ",
                "ПРИ ОТДЕЛЕНИИ ООН В ЖЕНЕВЕ",
                "№ 0412",
                "Постоянное представительство Российской Федерации свидетельствует свое уважение "
                "Управлению Верховного комиссара ООН по правам человека.",
            ],
            ("state", "RUS"),
        ),
        (  # a letterhead of six lines, its motto and the mission's seat included
            [
                "RÉPUBLIQUE DU SÉNÉGAL",
                "Un Peuple – Un But – Une Foi",
                "MISSION PERMANENTE DU SÉNÉGAL",
                "AUPRÈS DE L'OFFICE DES NATIONS UNIES",
                "ET DES AUTRES ORGANISATIONS INTERNATIONALES",
                "À GENÈVE",
                "N° 0318/MPS/G/DH",
                "La Mission permanente présente ses compliments au Haut-Commissariat et a l'honneur "
                "de lui faire tenir la contribution au rapport du Secrétaire général.",
            ],
            ("state", "SEN"),
        ),
        (  # a State named by its adjective
            [
                "INFORMACIÓN DEL ESTADO COLOMBIANO EN RESPUESTA AL CUESTIONARIO DE LA RELATORA "
                "ESPECIAL",
                "El Estado colombiano presenta la información consolidada por sus instituciones.",
            ],
            ("state", "COL"),
        ),
    ],
)
def test_a_state_is_read_from_its_missions_letterhead_or_its_adjective(
    db, tmp_path, lines, expected
):
    sub = ingest_one(db, tmp_path, "state.docx", make_docx, lines)
    assert (sub["submitter_type"], sub["country"]) == expected


def test_the_high_commissioner_for_refugees_writes_submissions_not_only_receives_them(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "unhcr.docx",
        make_docx,
        [
            "SUBMISSION BY THE UNITED NATIONS HIGH COMMISSIONER FOR REFUGEES",
            "",
            "FOR THE OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS' COMPILATION REPORT",
            "MALAYSIA",
            "Some 184,000 refugees and asylum-seekers were registered with UNHCR in Malaysia.",
        ],
    )
    assert (sub["submitter_type"], sub["scope"], sub["country"] or "") == (
        "un_entity",
        "international",
        "",
    )
    assert "REFUGEES" in sub["submitter"].upper()


def test_a_city_with_its_country_is_the_address_not_the_country_worked_on(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "relocated.docx",
        make_docx,
        [
            "Инициативная группа «Радужный горизонт»",
            "Ереван, Республика Армения / работаем по Российской Федерации",
            "ДОКЛАД для Независимого эксперта ООН",
            "Верховный суд Российской Федерации признал движение экстремистским. В Российской "
            "Федерации начались рейды.",
        ],
    )
    assert sub["country"] == "ARM"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Contribution de la Commission nationale des droits de l'homme du Togo au rapport de "
            "l'Expert indépendant",
            "Commission nationale des droits de l'homme du Togo",
        ),
        (
            "Aporte de la Asociación civil por la igualdad y la justicia al informe del Relator",
            "Asociación civil por la igualdad y la justicia",
        ),
        (
            "Presentado por la Coalición de organizaciones de la sociedad civil de Guatemala\n"
            "Guatemala, mayo de 2022",
            "Coalición de organizaciones de la sociedad civil de Guatemala",
        ),
        (
            "Response to the call for input\nFrom: Outright International\nOutright International "
            "works with LGBTIQ people around the world.",
            "Outright International",
        ),
    ],
)
def test_names_running_on_in_lower_case_or_repeated_on_the_next_line(text, name):
    assert attribution.candidates(text)[0].name == name


def test_the_expert_a_report_is_for_is_never_a_name():
    found = attribution.candidates("Contribution au rapport de l'Expert indépendant sur la santé")
    assert not [c for c in found if "Expert" in c.name]


def test_the_city_of_a_dateline_is_where_the_writer_is(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "dateline.docx",
        make_docx,
        [
            "Contribuição da Defensoria Pública da União ao relatório do Especialista Independente",
            "Brasília, 10 de março de 2022",
            "A Defensoria Pública da União é instituição permanente, essencial à função "
            "jurisdicional.",
        ],
    )
    assert sub["country"] == "BRA"


def test_a_long_name_heading_the_first_page_is_the_letterhead(db, tmp_path):
    name = "Rede de Mães e Familiares de Vítimas da Violência de Estado – Zona Leste de São Paulo"
    sub = ingest_one(
        db,
        tmp_path,
        "rede.docx",
        make_docx,
        [
            name,
            "",
            "CONTRIBUIÇÃO AO MECANISMO INTERNACIONAL DE ESPECIALISTAS INDEPENDENTES",
            "São Paulo, 30 de outubro de 2023",
            "Nós somos mães, avós e irmãs de jovens mortos pela ação da polícia.",
        ],
    )
    assert (sub["submitter"], sub["country"]) == (name, "BRA")


@pytest.mark.parametrize(
    "lines, name, kind",
    [
        (
            [
                "Secretary-General, Parliamentarians for Global Action",
                "Dear Independent Expert,",
                "Parliamentarians for Global Action welcomes the opportunity to contribute.",
            ],
            "Parliamentarians for Global Action",
            "parliamentarian",
        ),
        (
            [
                "Organisation mondiale contre la torture (OMCT)",
                "Contribution de l'OMCT au rapport du Rapporteur spécial sur la torture",
                "L'OMCT travaille avec plus de 200 organisations membres.",
            ],
            "Organisation mondiale contre la torture",
            "civil_society",
        ),
    ],
)
def test_an_office_a_salutation_or_an_elided_article_is_no_part_of_a_name(
    db, tmp_path, lines, name, kind
):
    sub = ingest_one(db, tmp_path, "letter.docx", make_docx, lines)
    assert name in sub["submitter"] and "Dear" not in sub["submitter"]
    assert not sub["submitter"].startswith(("l'", "Secretary"))
    assert sub["submitter_type"] == kind


def test_a_city_written_with_its_locality_word_is_not_part_of_the_name(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "fond.docx",
        make_docx,
        [
            "Общественный фонд «Центр исследования правовой политики»",
            "г. Алматы, Казахстан",
            "Альтернативный доклад к Комитету по ликвидации дискриминации в отношении женщин",
            "Фонд работает в Казахстане с 2008 года.",
        ],
    )
    assert sub["submitter"] == "Общественный фонд «Центр исследования правовой политики»"
    assert sub["country"] == "KAZ"


def test_a_members_office_under_a_parliaments_letterhead_names_the_member(db, tmp_path):
    """Ninth session (w5): the member writes, not the parliament; she stays a parliamentarian."""
    sub = ingest_one(
        db,
        tmp_path,
        "member.pdf",
        make_pdf,
        [
            [
                "PARLIAMENT OF THE REPUBLIC OF FIJI",
                "Office of Hon. Adi Litia Naivalu, MP",
                "Parliament House, Battery Road, Suva",
                "14 July 2026",
                "Subject: Input to the thematic report",
                "I write in my personal capacity as a Member of the Parliament of the Republic "
                "of Fiji.",
                BODY,
            ]
        ],
    )
    assert (sub["submitter"], sub["submitter_type"]) == ("Adi Litia Naivalu", "parliamentarian")


def test_a_cover_emails_sender_line_names_the_sender_without_label_or_address(db, tmp_path):
    named = ingest_one(
        db,
        tmp_path,
        "mail.pdf",
        make_pdf,
        [
            [
                "De: Carmen Elena Rondón Paredes <carmenrondon.p@example.org>",
                "Enviado el: lunes, 12 de enero de 2026 8:15",
                "Para: registry@ohchr.org",
                "Asunto: Información para el Grupo de Trabajo",
                "Mi nombre es Carmen Elena Rondón Paredes y les escribo como madre de Luis.",
                BODY,
            ]
        ],
    )
    assert named["submitter"] == "Carmen Elena Rondón Paredes"
    withheld = ingest_one(
        db,
        tmp_path,
        "withheld.pdf",
        make_pdf,
        [
            [
                "From: [name withheld]",
                "Sent: Saturday, 21 March 2026 23:47",
                "To: ie-sogi@un.org",
                "Subject: input for your report",
                "I am not part of any organisation and I am writing only for myself.",
                BODY,
            ]
        ],
    )
    assert not withheld["submitter"]


@pytest.mark.parametrize(
    "name",
    ["Clinic", "Églises", "Общественным фондом", "Общественное объединение"],
)
def test_a_kind_of_body_alone_is_no_name(name):
    assert not attribution.looks_like_organisation_or_person(name)


def test_a_kind_above_its_quoted_name_is_read_as_one_name(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "kind.docx",
        make_docx,
        [
            "Общественное объединение",
            "«ВРАЧИ ЗА ПРАВА ПАЦИЕНТОВ»",
            "050000, г. Алматы, пр. Абылай хана, 93/95, оф. 312",
            "Алматы, 15 апреля 2026 года",
            "Вклад в подготовку доклада Специального докладчика",
            "Мы – объединение врачей Казахстана, работающих с пациентами в местах лишения свободы.",
        ],
    )
    assert sub["submitter"] == "Общественное объединение «ВРАЧИ ЗА ПРАВА ПАЦИЕНТОВ»"


def test_para_in_a_name_in_capitals_is_the_preposition_not_the_brazilian_state():
    """Ninth session (w6): 'PROCURADURÍA PARA LA DEFENSA …' of El Salvador was placed in Brazil."""
    from workbench.tagging import nlp

    assert nlp.places_in_name("PROCURADURÍA PARA LA DEFENSA DE LOS DERECHOS HUMANOS", "es") == []
    assert [p[1] for p in nlp.places_in_name("Fórum de Belém do Pará", "pt")] == ["BRA"]


def test_a_form_row_of_ticked_boxes_is_no_name_and_we_from_x_names_x(db, tmp_path):
    form = ingest_one(
        db,
        tmp_path,
        "form.docx",
        make_docx,
        [
            "FORMULÁRIO DE RESPOSTA",
            "Tipo de entidade: [X] Estado-Membro  [ ] INDH  [ ] Organização da sociedade civil",
            "Nome: República Democrática de Timor-Leste",
            "Pergunta 1. Descreva o quadro jurídico que regula o acesso à proteção social.",
        ],
    )
    assert "Estado-Membro" not in (form["submitter"] or "")
    we = ingest_one(
        db,
        tmp_path,
        "we.docx",
        make_docx,
        [
            "Bissau, 28 de Outubro de 2026",
            "Nós, da Associação Bissau Diversa – Direitos e Dignidade (ABDD), associação juvenil "
            "criada em 2019, vimos enviar a nossa contribuição. O Instituto Nacional de "
            "Previdência Social (INPS) cobre sobretudo os trabalhadores do setor formal.",
        ],
    )
    assert we["submitter"].startswith("Associação Bissau Diversa")


@pytest.mark.parametrize(
    "lines, name, kind",
    [
        (
            [
                "CÂMARA DOS DEPUTADOS",
                "Gabinete da Deputada Federal Rosângela Tavares Quirino",
                "Brasília, 29 de outubro de 2026",
                "Na qualidade de Deputada Federal, envio esta contribuição ao Especialista.",
            ],
            "Rosângela Tavares Quirino",
            "parliamentarian",
        ),
        (
            [
                "RED ECUMÉNICA CENTROAMERICANA POR LA INCLUSIÓN",
                "Ciudad de Guatemala, 3 de noviembre de 2026",
                "Somos una red de iglesias y comunidades de fe de seis países de Centroamérica.",
            ],
            None,
            "faith_based",
        ),
    ],
)
def test_a_members_office_in_portuguese_and_an_ecumenical_network(db, tmp_path, lines, name, kind):
    sub = ingest_one(db, tmp_path, "x.docx", make_docx, lines)
    assert sub["submitter_type"] == kind
    if name:
        assert sub["submitter"] == name


def test_a_role_as_the_senders_display_name_is_no_name():
    from workbench.tagging import names

    assert names._without_mail_parts("From: Координатор <coord@example.org>") == ""
    assert names._without_mail_parts("Executive Director") == ""
    assert names._without_mail_parts("De: Ana Souza <ana@example.org>") == "Ana Souza"


@pytest.mark.parametrize(
    "lines, name, kind",
    [
        (
            [
                "RESPUESTA DE LA REPÚBLICA DE COSTA RICA",
                "AL CUESTIONARIO DEL EXPERTO INDEPENDIENTE",
                "Elaborado por: Ministerio de Relaciones Exteriores y Culto",
                "San José, agosto de 2026",
                "1. Sírvase describir el marco normativo vigente.",
            ],
            "Costa Rica",
            "state",
        ),
        (
            [
                "NACIONES UNIDAS",
                "DERECHOS HUMANOS",
                "OFICINA DEL ALTO COMISIONADO",
                "Oficina Regional para Centroamérica",
                "Contribución de la Oficina Regional para Centroamérica del ACNUDH a la convocatoria.",
                "La Oficina presenta la información recopilada en la región.",
            ],
            None,
            "un_entity",
        ),
        (
            [
                "MARLOW & BECK LLP",
                "Level 9, 1 Harbour Street, Sydney NSW 2000",
                "Dear Independent Expert,",
                "We write on behalf of the pro bono practice of Marlow & Beck LLP, an Australian law firm.",
            ],
            None,
            "other",
        ),
        (
            [
                "Обращение к Независимому эксперту ООН",
                "Я пишу анонимно, потому что боюсь преследования.",
                "Мне 35 лет, я работаю учителем.",
            ],
            "",
            "individual",
        ),
    ],
)
def test_a_states_reply_a_un_office_a_law_firm_and_an_appeal_in_the_first_person(
    db, tmp_path, lines, name, kind
):
    """Tenth session (w7, w8 read): "Respuesta de la República …" is the State's; an office under
    a UN letterhead is a UN entity; an LLP is "other"; "Обращение к …" (an appeal to the Expert)
    is a title, never a name, and its writer an individual."""
    sub = ingest_one(db, tmp_path, "x.docx", make_docx, lines)
    assert sub["submitter_type"] == kind
    if name is not None:
        assert (sub["submitter"] or "") == name


@pytest.mark.parametrize(
    "lines, field, expected",
    [
        (  # a State named by its adjective, which is also a Malaysian town's name
            [
                "Information provided by the Royal Thai Government",
                "in response to the questionnaire of the Independent Expert",
                BODY,
            ],
            "country",
            "THA",
        ),
        (  # an invocation above the name is not part of it
            [
                "بسم الله الرحمن الرحيم",
                "جمعية النور للتنمية",
                "دولة الكويت – مشهرة بموجب قرار وزارة الشؤون الاجتماعية رقم ٤٧ لسنة ٢٠١٠",
                BODY,
            ],
            "submitter",
            "جمعية النور للتنمية",
        ),
    ],
)
def test_a_demonym_and_an_invocation(db, tmp_path, lines, field, expected):
    sub = ingest_one(db, tmp_path, "who.docx", make_docx, lines)
    assert sub[field] == expected


def test_a_subject_lines_country_is_where_it_comes_from_not_its_sender():
    text = "من: ضوء للحقوق <contact@example.org>\nالموضوع: مساهمة من العراق – حرية التعبير\n" + BODY
    assert [c.name for c in attribution.candidates(text) if "العراق" in c.name] == []
    assert [c.name for c in attribution.candidates("Contribution from the Dawn Network\n" + BODY)]


def test_a_bodys_name_heading_the_page_without_an_address_is_its_letterhead(db, tmp_path):
    lines = [
        "UNIVERSIDADE FEDERAL DO NORTE",
        "Pró-Reitoria de Pesquisa",
        "Núcleo de Estudos em Diversidade Sexual",
        "",
        "NOTA TÉCNICA n.º 02/2026",
        "Contribuição ao Especialista Independente da ONU",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "nota.docx", make_docx, lines)
    assert sub["submitter"].upper().startswith("UNIVERSIDADE FEDERAL DO NORTE")
    assert sub["submitter_type"] == "academic"


@pytest.mark.parametrize(
    "office, member",
    [
        ("Office of Hon. Mele Tupou, Member of Parliament", "Mele Tupou"),
        ("Oficina de la H.R. Ana Lucía Paredes Gómez", "Ana Lucía Paredes Gómez"),
    ],
)
def test_a_members_office_under_the_parliaments_letterhead_names_the_member(
    db, tmp_path, office, member
):
    lines = ["PARLIAMENT OF THE REPUBLIC", office, "Parliament Complex, 12 Main Road", BODY]
    sub = ingest_one(db, tmp_path, "mp.docx", make_docx, lines)
    assert (sub["submitter"], sub["submitter_type"]) == (member, "parliamentarian")


def test_the_kind_ticked_on_a_form_is_the_submitters(db, tmp_path):
    lines = [
        "Call for inputs – online form",
        "Are you submitting as: ( ) State ( ) NHRI ( ) Civil society organisation (x) Individual",
        "Name: [withheld]",
        "Country of residence: Indonesia",
        "I am a trans woman from West Java and I write about what happened to me.",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "form.docx", make_docx, lines)
    assert sub["submitter_type"] == "individual"


def test_ticked_boxes_that_answer_another_question_say_nothing_of_the_submitter(db, tmp_path):
    lines = [
        "Rainbow Rights Collective",
        "Does the law protect: [x] Government employees [ ] private workers [ ] students",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "quest.docx", make_docx, lines)
    assert sub["submitter_type"] == "civil_society"


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            ["SEANAD ÉIREANN", "Leinster House, Dublin 2", "Senator Máire Ní Dhomhnaill", BODY],
            ("Máire Ní Dhomhnaill", "parliamentarian"),
        ),
        (
            ["OFFICIAL", "Australian Government", "AUSTRALIAN GOVERNMENT SUBMISSION", BODY],
            ("Australia", "state"),
        ),
    ],
)
def test_a_senator_under_the_chambers_letterhead_and_a_governments_submission(
    db, tmp_path, lines, expected
):
    sub = ingest_one(db, tmp_path, "chamber.docx", make_docx, lines)
    assert (sub["submitter"], sub["submitter_type"]) == expected


# Thirteenth session (written set w13 read): a person's name in a body's name is no town, a
# form's empty field and its "Answer:" name nobody, a bracketed "[signed]" is no signatory, a
# UN entity writes through its staff's mail.
def test_a_person_in_a_bodys_name_is_no_town_when_the_letterhead_says_where_it_is(db, tmp_path):
    lines = [
        "Núcleo de Direitos Humanos Luiz Gama",
        "Avenida Paulista, 900 – São Paulo/SP – CEP 01310-100",
        "São Paulo, 3 de março de 2026.",
        "O Núcleo de Direitos Humanos Luiz Gama apresenta esta contribuição.",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "nucleo.docx", make_docx, lines)
    assert (sub["country"], sub["region"]) == ("BRA", "latin_america_caribbean")


def test_a_forms_empty_field_and_its_answers_name_nobody(db, tmp_path):
    lines = [
        "Форма для подачи материалов / Submission form",
        "Тип отправителя / Type of submitter: Частное лицо / Individual",
        "Организация / Organization: —",
        "Страна / Country: Казахстан / Kazakhstan",
        "Ответ:",
        "Я живу в Алматы и пишу о том, что случилось со мной.",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "form.docx", make_docx, lines)
    assert (sub["submitter"] or "", sub["submitter_type"]) == ("", "individual")


def test_a_required_fields_star_and_a_signature_placeholder(db, tmp_path):
    form = [
        "Section A – About the submitter",
        "Name of organization *: Lantern Rights Initiative",
        "Country where your organization is based *: Ghana",
        BODY,
    ]
    assert ingest_one(db, tmp_path, "form.docx", make_docx, form)["submitter"] == (
        "Lantern Rights Initiative"
    )
    letter = [
        "Dear Independent Expert,",
        "I write as a retired judge about what I saw in court.",
        BODY,
        "Yours faithfully,",
        "[signed]",
        "Adaeze N. Okafor (Mrs.)",
        "Retired High Court Judge",
    ]
    sub = ingest_one(db, tmp_path, "judge.docx", make_docx, letter)
    assert sub["submitter"] == "Adaeze N. Okafor"


def test_a_un_entity_writes_through_its_staffs_mail_and_a_role_heads_a_display_name(db, tmp_path):
    mail = [
        "From: Amira Saleh <asaleh@unfpa.org>",
        "To: registry@ohchr.org",
        "Subject: Input to the call",
        "Dear colleagues, please find our regional input below.",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "mail.docx", make_docx, mail)
    assert (sub["submitter"], sub["submitter_type"]) == (
        "United Nations Population Fund",
        "un_entity",
    )
    other = [
        "From: Coordinator – Tide Line Pacific Network <coord@tideline.example.org>",
        "To: registry@ohchr.org",
        "Dear colleagues, please find our input below.",
        BODY,
    ]
    assert ingest_one(db, tmp_path, "tide.docx", make_docx, other)["submitter"] == (
        "Tide Line Pacific Network"
    )


def test_an_ampersand_in_a_known_bodys_letterhead(db, tmp_path):
    lines = [
        "AFRICAN COMMISSION ON HUMAN & PEOPLES' RIGHTS",
        "Banjul, The Gambia",
        "Contribution du Secrétariat de la Commission africaine à l'appel à contributions",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "achpr.docx", make_docx, lines)
    assert (sub["submitter"], sub["submitter_type"]) == (
        "African Commission on Human and Peoples' Rights",
        "intergovernmental",
    )


def test_a_heading_above_a_self_description_is_no_part_of_the_name(db, tmp_path):
    lines = [
        "Association Tiwa pour les droits et les libertés",
        "Rabat – Maroc",
        "",
        "Rabat, le 2 mars 2026",
        "",
        "Présentation",
        "L'association Tiwa (« lien » en berbère) est une association marocaine créée en 2014.",
        BODY,
    ]
    sub = ingest_one(db, tmp_path, "tiwa.docx", make_docx, lines)
    assert sub["submitter"] == "Association Tiwa pour les droits et les libertés"
