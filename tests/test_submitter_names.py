"""One submitter's names across languages and scripts (issue 14, part 3): each rule of
workbench/submitter_names.py and the links it makes, on names written for these tests."""

import pytest

from workbench import person_names, submitter_names, submitters


@pytest.mark.parametrize(
    "a, b, country",
    [
        # translated: the glossary's words, the country's names and demonyms set aside
        ("Red de Familias Diversas del Paraguay", "Diverse Families Network Paraguay", "PRY"),
        ("Asociación Paraguaya de Familias", "Paraguayan Association of Families", "PRY"),
        # another script: transliterated, with the glossary's words
        ("Ассоциация «Новая волна»", "Novaya Volna Association", "KAZ"),
        # an abjad writes few vowels: the consonants answer
        ("جمعية أمان للحقوق", "Aman Association for Rights", "JOR"),
        # a script without spaces: its glossary words cut out
        ("彩虹家庭中心", "Rainbow Family Centre", "CHN"),
        # a compound of glossary words (German)
        ("Regenbogenfamilien Netzwerk Bremen e.V.", "Rainbow Families Network Bremen", "DEU"),
        # a generic form of body in one name only, a legal form, an alternative name in brackets
        ("Orgullo Austral", "Asociación Orgullo Austral", "CHL"),
        ("Kiva Law Partners LLP (pro bono)", "Kiva Law Partners", "FIN"),
        ("Liga Azul (Blue League)", "Blue League", "URY"),
        # an acronym for a run of the other's words; a name that is only an acronym
        ("Gender Unit, University of Lower Rivers", "ULR Gender Unit", "NGA"),
        ("Conselho Nacional da Juventude", "CNJ Angola", "AGO"),
        # a city by the name another language gives it (GeoNames)
        ("Maison Arc-en-ciel Genève", "Rainbow House Geneva", "CHE"),
        ("Regenbogen Familien München", "Rainbow Families Munich", "DEU"),
        # the lead of a joint submission
        ("Joint submission by Ruta Verde, Faro Violeta and others", "Ruta Verde", "ECU"),
        # a unit beside its body, against the body; a body's office in the country
        (
            "Gender Clinic, Faculty of Medicine, University of Lower Rivers",
            "University of Lower Rivers",
            "NGA",
        ),
        ("Foro Andino - Mesa de Juventud", "Foro Andino", "PER"),
        ("UNPF Peru", "United Nations Population Fund, Peru Country Office", "PER"),
        # with the country named in both, one concept and the country
        ("Defensor del Pueblo del Perú", "Ombudsman of Peru", "PER"),
        # acronyms only, one of them the other's initials
        ("NAWA Office for Rural Health and Education", "NAWA/ORHE", ""),
        # where it is, said in one name only
        ("Sahayog Samudaya Trust", "The Sahayog Samudaya Trust, Bengaluru", "IND"),
        # a transliteration however it is spelt; a Slavic adjective of a city; another case
        ("Альянс «Степной ветер»", "Alyans Stepnoy Veter", "KAZ"),
        ("ГО «Світла хвиля»", "NGO Svitla Khvylia", "UKR"),
        ("Удружење Дуга Чачак", "Udruženje Duga Čačak", "SRB"),
        ("Новосибирский союз равенства", "Novosibirsk Equality Union", "RUS"),
        # translated word for word (Polish, Thai, Chinese with its city, Hindi, Hebrew)
        ("Fundacja Bezpieczna Przestrzeń", "Safe Space Foundation", "POL"),
        ("Fundacja Równe Kroki", "Equal Steps Foundation", "POL"),
        ("เครือข่ายเพื่อนสายรุ้ง", "Rainbow Friends Network", "THA"),
        ("上海同心中心", "Shanghai Tongxin Center", "CHN"),
        ("台灣性別平權行動聯盟", "Taiwan Alliance for Gender Equality Action", "TWN"),
        ("आशा समाज ट्रस्ट", "Asha Samaj Trust", "IND"),
        ("עמותת קשת ירוקה", "Keshet Yeruka Association", "ISR"),
        # an old name: 'formerly', 'antes', 'ранее'
        ("Voces Trans del Sur (antes Colectivo Trans Austral)", "Colectivo Trans Austral", "CHL"),
        ("Voces Trans del Sur, formerly Colectivo Trans Austral", "Colectivo Trans Austral", "CHL"),
        ("Ассоциация «Открытые двери» (ранее «Новый дом»)", "Novyi Dom Association", "KAZ"),
        # a unit's parts in another order or with a part more; a faculty 'of' its university
        (
            "Law Clinic, Faculty of Law, University of Lower Rivers",
            "University of Lower Rivers – Law Clinic",
            "NGA",
        ),
        (
            "Faculdade de Medicina da Universidade do Vale Verde",
            "Universidade do Vale Verde",
            "BRA",
        ),
        # a generic form of body ('network') in one name only
        ("Equipo Trans Austral (ETA)", "Equipo Trans Austral Network", "CHL"),
        # a city's name in another case or as an adjective (Cyrillic); whom it is for
        # ('people') said in one name only
        ("Громадська організація «Веселкова громада Харкова»", "Rainbow Community Kharkiv", "UKR"),
        ("Алматинский центр поддержки квир-людей", "Almaty Queer Support Centre", "KAZ"),
        # an Indic 's' then 'h' (anyascii's 'sh'); a demonym in Haitian Creole; a phrase of
        # a script without spaces ('互助会', mutual aid)
        ("सहयोग ट्रांस कल्याण ट्रस्ट", "Sahyog Trans Welfare Trust", "IND"),
        ("Kolektif Ayisyen pou Dwa Moun LGBT", "Collectif haïtien pour les droits LGBT", "HTI"),
        ("广州彩虹家长互助会", "Guangzhou Rainbow Parents Mutual Aid Network", "CHN"),
        # one word in two Romance languages and English ('violencia' / 'violence'); inclusive
        # writing's fragments; the glossary's phrases (sex workers) and an Arabic demonym
        (
            "Observatorio de Violencia contra Personas LGBTI",
            "Observatory of Violence against LGBTI People",
            "PER",
        ),
        (
            "Consejo Nacional para Prevenir la Discriminación",
            "National Council to Prevent Discrimination",
            "MEX",
        ),
        (
            "Association pour la défense des homosexuel-le-s",
            "Association for the Defence of Homosexuals",
            "CMR",
        ),
        ("Syndicat national des travailleurs du sexe", "National Union of Sex Workers", "FRA"),
        ("Egyptian Initiative for Personal Rights", "المبادرة المصرية للحقوق الشخصية", "EGY"),
        # the glossary's words in Russian, Arabic (with its prefixes), French
        ("Правозащитный центр «Мемориал»", "Memorial Human Rights Centre", "RUS"),
        ("Комитет против пыток", "Committee Against Torture", "RUS"),
        (
            "الشبكة العربية لمعلومات حقوق الإنسان",
            "Arabic Network for Human Rights Information",
            "EGY",
        ),
        ("Association des femmes juristes", "Women Lawyers Association", "CIV"),
        (
            "Asociación de Familiares de Detenidos Desaparecidos",
            "Association of Relatives of the Detained and Disappeared",
            "CHL",
        ),
        # a word of the glossary left untranslated is the name's own ('Iguales')
        ("Fundación Iguales", "Iguales Foundation", "CHL"),
    ],
)
def test_one_body_in_two_languages_or_scripts(a, b, country):
    assert submitter_names.same_body(a, b, country)
    assert submitter_names.same_body(b, a, country)


@pytest.mark.parametrize(
    "a, b, country",
    [
        ("Red de Familias Diversas", "Diverse Youth Network", "PRY"),
        ("Ассоциация «Новая волна»", "Novaya Zarya Association", "KAZ"),
        ("جمعية أمان للحقوق", "Amal Association for Rights", "JOR"),
        ("Asociación Paraguaya de Juventud", "Paraguayan Association of Families", "PRY"),
        ("Regenbogen Netzwerk Bremen", "Regenbogen Netzwerk Hamburg", "DEU"),
        ("Maison Arc-en-ciel Genève", "Rainbow House Zurich", "CHE"),
        # two words of one abjad are compared as written, not by their consonants
        ("جمعية نور", "جمعية نوري", "LBN"),
        # generic words alone are many bodies' name
        ("Human Rights Network", "Red de Derechos", "PRY"),
        ("Gender Unit, University of Lower Rivers", "Gender Unit", "NGA"),
        ("CNJ Angola", "Conselho Nacional de Mulheres", "AGO"),
        # "national" is a word of the name: an NGO's "Human Rights Commission of X" is not
        # the "National Commission for Human Rights X" (even when both are typed alike)
        ("Human Rights Commission of Peru", "National Commission for Human Rights Peru", "PER"),
        # two units of one university; a person beside a university
        (
            "Gender Clinic, University of Lower Rivers",
            "Law Clinic, University of Lower Rivers",
            "NGA",
        ),
        ("Ada Obi, University of Lower Rivers", "University of Lower Rivers", "NGA"),
        # a city is the distinctive part of a university's name, not where it is
        (
            "Centre for Gender and Sexuality Studies, Kenyatta University",
            "Centre for Gender and Sexuality Studies, University of Nairobi",
            "KEN",
        ),
        # one distinctive word apart, across scripts or in one
        ("Альянс «Степной ветер»", "Alyans Stepnoy Ogon", "KAZ"),
        ("Safe Space Foundation", "Safe Harbour Foundation", "POL"),
        ("Equal Steps Network", "Equal Rights Network", "POL"),
        ("Rainbow Friends Network", "Rainbow Family Network", "THA"),
        ("北京同源中心", "Shanghai Tongyuan Center", "CHN"),
        ("Удружење Дуга Чачак", "Udruženje Duga Niš", "SRB"),
        ("Громадська організація «Веселкова громада Харкова»", "Rainbow Community Lviv", "UKR"),
        ("सहयोग ट्रांस कल्याण ट्रस्ट", "Sahyatri Trans Welfare Trust", "IND"),
        # an untranslated word is the name's only beside a translation into English; a word
        # written alike in every language is no name; words alike only at their beginning
        ("Fundación Iguales", "Fundación Igualdad", "CHL"),
        ("Red Trans", "Trans Network", "ARG"),
        ("Centro de Estudios Sociales", "Centre for Socialist Studies", "ARG"),
        ("Asociación Nacional de Mujeres", "Nationalist Women's Association", "ARG"),
        # 'Diversidad Sur' is not 'sûr' (safe) once accents are folded
        ("Asociación Civil Diversidad Sur", "Asociación Diversidad Segura", "ARG"),
        # word order is not all: the Council of Europe is not the European Council
        ("Council of Europe", "European Council", ""),
        # an old name is the body's, not a look-alike's
        ("Voces Trans del Sur (antes Colectivo Trans Austral)", "Colectivo Trans del Norte", "CHL"),
        # two faculties of one university; a unit and another unit with the body
        (
            "Faculdade de Medicina da Universidade do Vale Verde",
            "Faculdade de Direito da Universidade do Vale Verde",
            "BRA",
        ),
        (
            "Law Clinic, University of Lower Rivers",
            "Gender Clinic, Faculty of Law, University of Lower Rivers",
            "NGA",
        ),
    ],
)
def test_look_alikes_are_other_bodies(a, b, country):
    assert not submitter_names.same_body(a, b, country)


@pytest.mark.parametrize(
    "a, b, verdict",
    [
        ("Dra. Lucía Fernanda Ortiz Rojas", "ORTIZ ROJAS, Lucía Fernanda", "sure"),
        ("Hon. Tomas Vela-Ruiz, MP", "Tomas Vela Ruiz, Member of Parliament", "sure"),
        # one name and an initial: a person's look
        ("Prof. Lucía Ortiz, Universidad del Sur", "Ortiz, L.", "unsure"),
        ("Айдана Бекова", "Dr. Aidana Bekova (Almaty University)", "sure"),
        # a second surname left out: the same person (three writers of names said so);
        # a given name and a surname beside three names is many people's
        ("Lucía Fernanda Ortiz Rojas", "Lucía Fernanda Ortiz", "sure"),
        ("Dr. María José Fernández Ríos", "Maria Jose Fernandez", "sure"),
        ("Hon. Tomas Vela, MP", "Sen. Tomas Vela Ruiz", "unsure"),
        ("Lucía Fernanda Ortiz Rojas", "Lucía Fernanda Ortiz Ramos", None),
        ("Park Ji-hoon", "Park Ji-hyun", None),
        # a middle initial or a Russian patronymic more, the same first and last names
        ("Dr. Margaret A. Holloway", "Margaret Holloway", "sure"),
        ("Екатерина Сергеевна Волкова", "Ekaterina Volkova", "sure"),
        ("Margaret A. Holloway", "Margaret B. Holloway", None),
        # two surnames in the other order may be namesakes: a person decides
        ("Ana Lucía Torres Vega", "Ana Lucía Vega Torres", "unsure"),
        (
            "Hon. Maria Teresa D. Lacson, Member, House of Representatives",
            "Rep. Maria Teresa Lacson",
            "sure",
        ),
        ("Anna-Karin Lindqvist, Member of the Riksdag", "Anna Karin Lindqvist MP", "sure"),
        # across scripts: an abjad's consonants without its article, Chinese syllables
        ("Dr. Leila Nasser Khoury", "ليلى ناصر خوري", "sure"),
        ("Dr. Karim El-Haddad", "كريم الحداد", "sure"),
        ("Prof. Lin Mei-hua", "林美華 教授", "sure"),
        # surname first with a patronymic; another transliteration
        ("Петренко Ольга Ивановна", "Olga Petrenko", "sure"),
        ("Ольга Ивановна Петренко", "Ольга Петровна Петренко", None),
        ("Oksana Kowalska", "Oksana Kovalska", "sure"),
        # the surname and two initials; 'Ma.' for María and a second surname's initial
        ("Rev. Canon John Mark Dube", "Canon J. M. Dube", "sure"),
        ("Dip. María Elena Soto Ruiz", "Diputada Ma. Elena Soto R.", "sure"),
        # one part of a double surname, the same given names in order; not in another order
        ("Hon. Naledi Mokoena-Zulu, MP", "Naledi Zulu (MP, South Africa)", "sure"),
        ("José María Fernández-Ortega", "María José Fernández", "unsure"),
        # given names in another order may be two people; a two-syllable Chinese name beside
        # its romanisation is many names'; two Chinese names compare as written
        ("Ana María Pérez Soto", "María Ana Pérez Soto", "unsure"),
        ("Wang Fang", "王方", "unsure"),
        # a romanised given name of two syllables in one word, beside its characters
        ("陈思远", "Chen Siyuan (Sean Chen)", "sure"),
        ("陈思远", "Chen Siyun", None),
        ("王芳", "王方", None),
    ],
)
def test_a_person_with_and_without_titles_order_or_script(a, b, verdict):
    names_a, names_b = person_names.person(a), person_names.person(b)
    assert person_names.same_person(names_a, names_b) == verdict


def _sub(name, kind, country, call):
    sub = {
        "id": hash((name, call)),
        "call": call,
        "submitter": name,
        "submitter_type": kind,
        "country": country,
        "key": submitters.key(name),
        "acronyms": submitters.acronyms(name),
        "domains": set(),
        "body": None,
    }
    return sub | {"person": submitters._person(sub)}


@pytest.mark.parametrize(
    "a, b, verdict",
    [
        ("Government of Uruguay", "Permanent Mission of Uruguay", "sure"),
        ("Uruguay", "Ministerio de Relaciones Exteriores del Uruguay", "sure"),
        # a ministry is not the mission in Geneva, nor another ministry: a person decides
        ("Ministerio de Desarrollo Social del Uruguay", "Permanent Mission of Uruguay", "unsure"),
        ("Постоянное представительство Уругвая", "Ministerio de Salud Pública", "unsure"),
        ("Ministerio de Salud Pública", "Ministerio de Desarrollo Social", "unsure"),
        # one ministry in two languages, or renamed with its old acronym, is one
        ("Ministerio de Relaciones Exteriores", "Ministry of Foreign Affairs of Uruguay", "sure"),
        (
            "Ministerio de Vivienda y Territorio (MIVITE)",
            "Ministerio de Vivienda y Ambiente (formerly MIVITE)",
            "sure",
        ),
        ("Ministerio de Relaciones Exteriores", "Ministerio de Salud Pública", "unsure"),
        # one State's ministry in two languages, of generic words only
        ("وزارة العدل", "Ministry of Justice", "sure"),
        ("Ministerio de Justicia", "Ministry of Health", "unsure"),
    ],
)
def test_a_state_is_one_unless_a_ministry_meets_its_mission(a, b, verdict):
    found, _, _ = submitters.link(_sub(a, "state", "URY", "x"), _sub(b, "state", "URY", "y"))
    assert found == verdict


def test_translated_names_link_only_within_one_type_and_country():
    ngo = _sub("Red de Familias Diversas", "civil_society", "PRY", "x")
    assert (
        submitters.link(ngo, _sub("Diverse Families Network", "civil_society", "PRY", "y"))[0]
        == "sure"
    )
    assert submitters.link(ngo, _sub("Diverse Families Network", "nhri", "PRY", "y"))[0] is None
    assert (
        submitters.link(ngo, _sub("Diverse Families Network", "civil_society", "BOL", "y"))[0]
        is None
    )
    # an NGO and the NHRI of one name: at most a person's look
    found = submitters.link(
        _sub("Human Rights Commission of Ruritania", "civil_society", "", "x"),
        _sub("Human Rights Commission of Ruritania", "nhri", "", "y"),
    )
    assert found[0] == "unsure"


def test_a_national_institution_of_generic_words_is_one_in_its_country():
    """An NHRI's name may be generic words only ('Ombudsman for Children'): in one country
    it is one body; an NGO of generic words is not; another ombudsman is another."""
    nhri = [
        _sub(n, "nhri", "CHL", c)
        for n, c in (("Defensoría de la Niñez", "x"), ("Ombudsman for Children", "y"))
    ]
    assert submitters.link(*nhri)[0] == "sure"
    ngo = [
        _sub(n, "civil_society", "CHL", c)
        for n, c in (("Red de Derechos", "x"), ("Rights Network", "y"))
    ]
    assert submitters.link(*ngo)[0] != "sure"
    other = _sub("Defensoría del Pueblo", "nhri", "CHL", "y")
    assert submitters.link(nhri[0], other)[0] != "sure"


def test_a_person_is_never_joined_by_alike_names_alone():
    a = _sub("Lucía Fernanda Ortiz Rojas", "individual", "CHL", "x")
    b = _sub("Lucía Fernanda Ortiz Ramos", "individual", "CHL", "y")
    assert submitters.link(a, b)[0] != "sure"
    c = _sub("Ortiz Rojas, Lucía Fernanda", "individual", "CHL", "y")
    assert submitters.link(a, c)[0] == "sure"


def test_every_pair_the_names_join_is_a_candidate():
    """``match`` compares only candidate pairs: the translated, transliterated and acronym
    pairs above must be among them, with unrelated names around."""
    names = [
        ("Red de Familias Diversas del Paraguay", "Diverse Families Network Paraguay", "PRY"),
        ("Ассоциация «Новая волна»", "Novaya Volna Association", "KAZ"),
        ("جمعية أمان للحقوق", "Aman Association for Rights", "JOR"),
        ("Gender Unit, University of Lower Rivers", "ULR Gender Unit", "NGA"),
        ("Conselho Nacional da Juventude", "CNJ Angola", "AGO"),
        (
            "Gender Clinic, Faculty of Medicine, University of Lower Rivers",
            "University of Lower Rivers",
            "NGA",
        ),
        ("NAWA Office for Rural Health and Education", "NAWA/ORHE", ""),
        ("Альянс «Степной ветер»", "Alyans Stepnoy Veter", "KAZ"),
        ("北京同源中心", "Beijing Tongyuan Center", "CHN"),
        ("עמותת קשת ירוקה", "Keshet Yeruka Association", "ISR"),
        ("Voces Trans del Sur (antes Colectivo Trans Austral)", "Colectivo Trans Austral", "CHL"),
    ]
    subs = [_sub(a, "civil_society", c, "x") for a, _, c in names]
    subs += [_sub(b, "civil_society", c, "y") for _, b, c in names]
    subs += [_sub(f"Rights Network {n}", "civil_society", "PRY", "y") for n in range(30)]
    found = submitters._candidates(subs, {})
    for n in range(len(names)):
        assert (n, n + len(names)) in found


def test_sister_bodies_and_other_states_are_no_question_for_a_person():
    """Bodies each naming its own country, and two States, are others: not even unsure. One
    name in two countries that names neither is still a person's look (a country tagged
    wrong)."""
    uruguay = _sub("Fundación Horizonte Uruguay", "civil_society", "URY", "x")
    paraguay = _sub("Fundación Horizonte Paraguay", "civil_society", "PRY", "y")
    assert submitters.link(uruguay, paraguay)[0] is None
    in_brackets = _sub("Red Horizonte (Argentina)", "civil_society", "ARG", "x")
    assert (
        submitters.link(in_brackets, _sub("Red Horizonte (Chile)", "civil_society", "CHL", "y"))[0]
        is None
    )
    nairobi = _sub("Centre for Gender Studies, University of Nairobi", "academic", "KEN", "x")
    lagos = _sub("Centre for Gender Studies, University of Lagos", "academic", "NGA", "y")
    assert submitters.link(nairobi, lagos)[0] is None
    austria = _sub("Permanent Mission of Austria to the United Nations", "state", "AUT", "x")
    australia = _sub("Permanent Mission of Australia to the United Nations", "state", "AUS", "y")
    assert submitters.link(austria, australia)[0] is None
    moved = _sub("Fundación Horizonte", "civil_society", "PRY", "y")
    assert (
        submitters.link(_sub("Fundación Horizonte", "civil_society", "URY", "x"), moved)[0]
        == "unsure"
    )


def test_a_known_body_by_its_acronym_is_not_another_of_the_same_initials():
    """'IACHR' is the Inter-American Commission's acronym (a known body); the Court's initials
    spell it too, but the Court is another known body."""
    rapporteurship = _sub(
        "IACHR - Rapporteurship on the Rights of LGBTI Persons", "intergovernmental", "", "x"
    )
    court = _sub("Inter-American Court of Human Rights", "intergovernmental", "", "y")
    commission = _sub("Inter-American Commission on Human Rights", "intergovernmental", "", "y")
    for sub in (rapporteurship, court, commission):
        sub["body"] = submitters._known_body(sub["submitter"])
    assert submitters.link(rapporteurship, court)[0] is None
    assert submitters.link(rapporteurship, commission)[0] == "sure"


def test_people_across_scripts_are_candidates():
    names = [
        ("Dr. Leila Nasser Khoury", "ليلى ناصر خوري", "LBN"),
        ("Hon. Naledi Mokoena-Zulu, MP", "Naledi Zulu (MP, South Africa)", "ZAF"),
        ("Oksana Kowalska", "Oksana Kovalska", "UKR"),
    ]
    subs = [_sub(a, "individual", c, "x") for a, _, c in names]
    subs += [_sub(b, "individual", c, "y") for _, b, c in names]
    subs += [_sub(f"Person Number{n} Other", "individual", "LBN", "y") for n in range(20)]
    found = submitters._candidates(subs, {})
    for n in range(len(names)):
        assert (n, n + len(names)) in found
        assert submitters.link(subs[n], subs[n + len(names)])[0] == "sure"


def test_a_unit_of_a_known_body_is_the_body_but_not_its_chapter_or_office_somewhere():
    """'UNHCR - Division of International Protection' and 'Council of Europe – SOGIESC Unit'
    are the known body writing (a unit of it); its section in a country, a regional office or
    a chapter is another submitter."""
    cases = [
        ("Office of the United Nations High Commissioner for Refugees", "UNHCR - Division of International Protection", "sure"),
        ("Conseil de l'Europe", "Council of Europe – SOGIESC Unit", "sure"),
        ("Amnesty International", "Amnesty International – Ireland section", None),
        ("Amnesty International", "Amnesty International – Kenya", None),
        ("Office of the United Nations High Commissioner for Human Rights", "OHCHR – Regional Office for South America", None),
    ]  # fmt: skip
    for whole, unit, verdict in cases:
        subs = [
            _sub(name, "intergovernmental", "", call) for name, call in ((whole, "x"), (unit, "y"))
        ]
        for sub in subs:
            sub["body"] = submitters._known_body(sub["submitter"])
            sub["unit_of"] = None if sub["body"] else submitters._unit_of(sub["submitter"], "")
        assert subs[0]["body"]
        assert (submitters.link(*subs)[0] == "sure") == (verdict == "sure"), unit
        if verdict == "sure":
            assert (0, 1) in submitters._candidates(subs, {})


def test_an_acronym_in_small_letters_or_with_a_plus_is_the_name():
    """'(Movilh)' spells its name's initials in order; '(FELGTBI+)' ends in a plus; a place in
    brackets is no acronym."""
    full = "Movimiento de Integración y Liberación Homosexual (Movilh)"
    pairs = [
        (full, "Movilh", "sure"),
        ("Federación Estatal de LGTBI+ (FELGTBI+)", "FELGTBI+", "sure"),
        ("Red Iguales (México)", "México", None),
    ]
    for a, b, verdict in pairs:
        found = submitters.link(
            _sub(a, "civil_society", "ESP", "x"), _sub(b, "civil_society", "ESP", "y")
        )
        assert (found[0] == "sure") == (verdict == "sure"), (a, b)


def test_a_national_section_is_not_its_known_body():
    """'Amnesty International' is a known body (the gazetteer); its section naming the
    country is another submitter, even when both are tagged in one country."""
    body = _sub("Amnesty International", "civil_society", "GBR", "x")
    body["body"] = submitters._known_body(body["submitter"])
    section = _sub("Amnesty International United Kingdom", "civil_society", "GBR", "y")
    section["body"] = submitters._known_body(section["submitter"])
    assert body["body"] and not section["body"]
    assert submitters.link(body, section)[0] != "sure"
