"""Invented submitter names per style, type and language, plus country tables."""

import gettext
import re
from pathlib import Path

import pycountry

HERE = Path(__file__).parent
REGIONS = ["africa", "asia_pacific", "eastern_europe", "latin_america_caribbean", "weog"]

EN_NAMES = {
    "KOR": "the Republic of Korea",
    "BOL": "Bolivia",
    "MDA": "the Republic of Moldova",
    "RUS": "the Russian Federation",
    "GBR": "the United Kingdom",
    "USA": "the United States of America",
    "NLD": "the Netherlands",
    "PHL": "the Philippines",
    "CIV": "Côte d'Ivoire",
    "CPV": "Cabo Verde",
    "TLS": "Timor-Leste",
}


def load_countries():
    rows = {}
    for line in (HERE / "countries.txt").read_text(encoding="utf-8").splitlines():
        a3, group, lang, city = line.split()
        en_city, _, local_city = city.partition("|")
        rows[a3] = {
            "alpha3": a3,
            "group": group,
            "lang": lang,
            "city_en": en_city.replace("_", " "),
            "city_local": (local_city or en_city).replace("_", " "),
        }
    return rows


COUNTRIES = load_countries()
_TR = {}


def country_name(a3, lang, article=True):
    c = pycountry.countries.get(alpha_3=a3)
    if lang == "en":
        name = EN_NAMES.get(a3) or getattr(c, "common_name", None) or c.name
        return name if article else re.sub(r"^the ", "", name)
    if lang not in _TR:
        _TR[lang] = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
    name = _TR[lang].gettext(getattr(c, "common_name", None) or c.name)
    return name.split(",")[0].strip()


def city(a3, lang):
    row = COUNTRIES[a3]
    return row["city_local"] if lang == "ru" or row["lang"] == lang else row["city_en"]


def acronym(name):
    skip = {
        "of",
        "the",
        "for",
        "and",
        "de",
        "la",
        "del",
        "des",
        "du",
        "da",
        "do",
        "dos",
        "das",
        "et",
        "e",
        "y",
        "on",
        "in",
        "le",
        "les",
        "pour",
        "por",
        "para",
        "los",
        "las",
    }
    words = re.findall(r"[^\W\d_]+", name)
    acr = "".join(w[0].upper() for w in words if w.lower() not in skip)
    return acr[:7] if len(acr) >= 2 else re.sub(r"\W+", "", name)[:10]


PEOPLE = {
    "en": [
        "Grace Otieno",
        "Samuel Mensah",
        "Aisha Okafor",
        "Priya Sharma",
        "Thomas Hughes",
        "Mercy Banda",
        "David Williams",
        "Nomvula Dlamini",
        "Hannah Reyes",
        "Joseph Moyo",
        "Kenji Nakamura",
        "Ruth Achieng",
        "Michael O'Brien",
        "Sarah Lindqvist",
        "Ayesha Siddiqui",
        "Peter Kowalski",
    ],
    "es": [
        "María González",
        "José Quispe",
        "Lucía Herrera",
        "Camila Vargas",
        "Andrés Castillo",
        "Valeria Morales",
        "Diego Rodríguez",
        "Paola Pérez",
        "Fernanda Ríos",
        "Tomás Aguilar",
    ],
    "fr": [
        "Aminata Diallo",
        "Jean Martin",
        "Claire Dubois",
        "Moussa Traoré",
        "Fatou Ndiaye",
        "Pierre Laurent",
        "Léa Kouassi",
        "Ibrahima Mbarga",
        "Sophie Girard",
    ],
    "pt": [
        "Ana Silva",
        "João Santos",
        "Mariana Oliveira",
        "Luís Costa",
        "Beatriz Machava",
        "Tiago Pereira",
        "Carla Ferreira",
        "Edson Almeida",
    ],
    "ru": [
        "Анна Смирнова",
        "Дмитрий Козлов",
        "Елена Петрова",
        "Сергей Волков",
        "Ольга Ахметова",
        "Алексей Морозов",
        "Айгуль Сейткали",
        "Нурлан Жумабаев",
    ],
}

# (name pattern) per style -> type -> lang.  {C} country, {city}, {P} person.
ORG = {
    "a": {
        "nhri": {
            "en": [
                "{C} Human Rights Commission",
                "{C} Commission on Human Rights and Equality",
                "Office of the Ombudsman of {C}",
            ],
            "es": ["Defensoría del Pueblo de {C}", "Comisión Nacional de Derechos Humanos de {C}"],
            "fr": ["Commission nationale des droits de l'homme de {C}"],
            "pt": ["Provedoria de Justiça de {C}", "Comissão Nacional de Direitos Humanos de {C}"],
            "ru": ["Уполномоченный по правам человека ({C})"],
        },
        "civil_society": {
            "en": [
                "Rainbow Alliance of {C}",
                "Equal Rights Network {city}",
                "{city} Pride Collective",
                "Spectrum Foundation {C}",
                "Inclusive Futures {city}",
                "Trans Voices {C}",
                "Open Doors Initiative {city}",
                "Sisters of Diversity {city}",
            ],
            "es": [
                "Coalición Diversa de {city}",
                "Red Arcoíris {C}",
                "Colectivo Trans {city}",
                "Fundación Igualdad {C}",
                "Asociación Lésbica de {city}",
            ],
            "fr": [
                "Alliance Arc-en-ciel de {city}",
                "Collectif Égalité {C}",
                "Association Diversité {city}",
            ],
            "pt": [
                "Coletivo Diversidade {city}",
                "Associação Arco-Íris de {C}",
                "Rede Trans {city}",
            ],
            "ru": [
                "Инициативная группа «Радуга» ({city})",
                "Сеть равенства «Спектр» ({city})",
                "Альянс «Открытые двери» ({city})",
            ],
        },
        "academic": {
            "en": [
                "Centre for Sexuality and Law, University of {city}",
                "Human Rights Clinic, {city} Law School",
                "Gender Studies Research Unit, National University of {C}",
            ],
            "es": [
                "Observatorio de Derechos Sexuales, Universidad de {city}",
                "Clínica Jurídica de Género, Universidad Nacional de {C}",
            ],
            "fr": ["Laboratoire d'études sur le genre, Université de {city}"],
            "pt": ["Núcleo de Estudos de Gênero, Universidade de {city}"],
            "ru": ["Центр гендерных исследований ({city})"],
        },
        "faith_based": {
            "en": [
                "Interfaith Council for Dignity in {C}",
                "{city} Metropolitan Community Church",
                "Christian Fellowship for Inclusion {C}",
            ],
            "es": [
                "Iglesia Comunidad Inclusiva de {city}",
                "Red Interreligiosa por la Dignidad {C}",
            ],
            "fr": ["Conseil interreligieux pour la dignité ({C})"],
            "pt": ["Igreja da Comunidade Inclusiva de {city}"],
            "ru": ["Христианское общество «Открытое сердце» ({city})"],
        },
        "medical": {
            "en": [
                "{C} Association of Psychiatrists",
                "{C} Society for Adolescent Health",
                "{city} Paediatric Endocrinology Group",
            ],
            "es": ["Sociedad de Endocrinología de {C}", "Colegio de Psicólogos de {city}"],
            "fr": ["Ordre des psychologues de {C}"],
            "pt": ["Sociedade de Psiquiatria de {C}"],
            "ru": ["Ассоциация психологов ({city})"],
        },
        "other": {
            "en": [
                "{city} Bar Association LGBTI Committee",
                "Alliance of Inclusive Employers {C}",
                "{C} Federation of Trade Unions",
            ],
            "es": [
                "Colegio de Abogados de {city}",
                "Sindicato Nacional de Trabajadores de la Salud de {C}",
            ],
            "fr": ["Barreau de {city}"],
            "pt": ["Ordem dos Advogados de {city}"],
            "ru": ["Коллегия адвокатов ({city})"],
        },
    },
    "b": {
        "nhri": {
            "en": [
                "National Human Rights Institution of {C}",
                "Office of the Public Protector of {C}",
                "{C} Equality and Human Rights Council",
            ],
            "es": [
                "Procuraduría de Derechos Humanos de {C}",
                "Institución Nacional de Derechos Humanos de {C}",
            ],
            "fr": ["Médiateur de la République ({C})", "Conseil national des droits humains ({C})"],
            "pt": ["Conselho Nacional dos Direitos Humanos de {C}"],
            "ru": ["Национальный центр по правам человека ({C})"],
        },
        "civil_society": {
            "en": [
                "Kaleidoscope Trust {city}",
                "Dignity Bridges {C}",
                "Lighthouse Society {city}",
                "Horizon Project for Equality {C}",
                "Harbour Youth League {city}",
                "Queer Unity Hub {city}",
                "Mosaic Solidarity {C}",
                "Beacon Advocacy Trust {city}",
            ],
            "es": [
                "Casa de la Diversidad {city}",
                "Movimiento Orgullo {C}",
                "Mesa de Trabajo Trans {city}",
                "Centro de Apoyo Lésbico {city}",
                "Plataforma Somos {C}",
            ],
            "fr": [
                "Maison des Fiertés de {city}",
                "Mouvement Solidarité Queer {C}",
                "Refuge Horizon {city}",
            ],
            "pt": [
                "Casa da Diversidade {city}",
                "Movimento Orgulho {C}",
                "Centro de Apoio Trans {city}",
            ],
            "ru": [
                "Фонд «Мост» ({city})",
                "Проект «Маяк» ({city})",
                "Движение «Солидарность» ({city})",
            ],
        },
        "academic": {
            "en": [
                "Institute for Gender and Society, {city} Metropolitan University",
                "Sexual Rights Observatory, {C} Institute of Technology",
                "Law and Diversity Programme, {city} College",
            ],
            "es": ["Programa de Estudios Queer, Universidad Autónoma de {city}"],
            "fr": ["Chaire de recherche sur la diversité sexuelle, Université de {city}"],
            "pt": ["Grupo de Pesquisa em Sexualidade, Universidade Estadual de {city}"],
            "ru": ["Лаборатория социальных исследований ({city})"],
        },
        "faith_based": {
            "en": [
                "Council of Affirming Churches of {C}",
                "{city} Muslims for Inclusion",
                "Quaker Meeting of {city}",
            ],
            "es": ["Comunidad Cristiana Arcoíris de {city}"],
            "fr": ["Fraternité chrétienne inclusive ({city})"],
            "pt": ["Comunidade Ecuménica Acolhedora de {city}"],
            "ru": ["Община «Благая весть» ({city})"],
        },
        "medical": {
            "en": [
                "{C} College of General Practitioners",
                "{C} Psychological Society",
                "{city} Sexual Health Clinicians Group",
            ],
            "es": ["Asociación Médica de Diversidad de {C}"],
            "fr": ["Société de médecine de l'adolescent ({C})"],
            "pt": ["Associação de Medicina de Família de {C}"],
            "ru": ["Общество врачей общей практики ({city})"],
        },
        "other": {
            "en": [
                "{C} Journalists' Union",
                "Diverse Workplaces Forum {city}",
                "{city} Legal Aid Cooperative",
            ],
            "es": ["Unión de Periodistas de {C}"],
            "fr": ["Syndicat des journalistes ({C})"],
            "pt": ["Sindicato dos Jornalistas de {C}"],
            "ru": ["Союз журналистов ({city})"],
        },
    },
}

# Regional civil society networks: (name, region, lang)
REGIONAL_CS = {
    "a": [
        ("Pan-African Trans Network", "africa", "en"),
        ("Red Latinoamericana de Personas Trans", "latin_america_caribbean", "es"),
        ("Asia Pacific Coalition for Sexual Diversity", "asia_pacific", "en"),
        ("Eurasian Alliance for Equality", "eastern_europe", "ru"),
        ("European Rainbow Families Network", "weog", "en"),
        ("Réseau ouest-africain pour l'égalité", "africa", "fr"),
        ("Caribbean Equality Forum", "latin_america_caribbean", "en"),
        ("Central Asian Queer Network", "asia_pacific", "ru"),
    ],
    "b": [
        ("Southern African Diversity Platform", "africa", "en"),
        ("Articulación Andina por la Diversidad", "latin_america_caribbean", "es"),
        ("Pacific Islands Rainbow Collective", "asia_pacific", "en"),
        ("Balkan Solidarity Platform", "eastern_europe", "en"),
        ("Nordic Queer Youth Council", "weog", "en"),
        ("Plateforme maghrébine pour les libertés", "africa", "fr"),
        ("Rede Lusófona da Diversidade", "africa", "pt"),
        ("Восточноевропейская сеть ЛГБТ-инициатив", "eastern_europe", "ru"),
    ],
}
INTL_CS = {
    "a": [
        ("Global Rights Watch", "en"),
        ("International Committee for Sexual Equality", "en"),
        ("World Trans Solidarity", "en"),
        ("Global Forum on Family Diversity", "en"),
        ("Alianza Global por la Diversidad", "es"),
        ("Intersex Justice International", "en"),
        ("Coalition internationale pour les droits LGBTI", "fr"),
        ("Worldwide Asylum Support Network", "en"),
    ],
    "b": [
        ("International Equality Monitor", "en"),
        ("Transnational Rainbow Council", "en"),
        ("Global Commission on Queer Health", "en"),
        ("Frontline Diversity Defenders", "en"),
        ("Observatorio Internacional de Derechos Sexuales", "es"),
        ("Worldwide Intersex Alliance", "en"),
        ("Observatoire mondial des libertés LGBTI", "fr"),
        ("Refugee Rainbow International", "en"),
    ],
}
UN_ENTITIES = {
    "a": [
        "United Nations Development Programme (UNDP)",
        "Joint United Nations Programme on HIV/AIDS (UNAIDS)",
        "Office of the United Nations High Commissioner for Refugees (UNHCR)",
        "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
        "UN Women",
        "World Health Organization (WHO)",
        "United Nations Population Fund (UNFPA)",
    ],
    "b": [
        "United Nations Children's Fund (UNICEF)",
        "International Labour Organization (ILO)",
        "International Organization for Migration (IOM)",
        "United Nations Office on Drugs and Crime (UNODC)",
        "United Nations Volunteers (UNV)",
        "World Food Programme (WFP)",
        "United Nations Human Settlements Programme (UN-Habitat)",
    ],
}
# (name, scope, region, lang)
IGOS = {
    "a": [
        ("Inter-American Commission on Human Rights", "regional", "latin_america_caribbean", "es"),
        ("African Commission on Human and Peoples' Rights", "regional", "africa", "en"),
        ("ASEAN Intergovernmental Commission on Human Rights", "regional", "asia_pacific", "en"),
        ("Commonwealth Secretariat", "international", "", "en"),
        ("Organisation internationale de la Francophonie", "international", "", "fr"),
        ("European Union Agency for Fundamental Rights", "regional", "weog", "en"),
    ],
    "b": [
        ("Pacific Islands Forum Secretariat", "regional", "asia_pacific", "en"),
        (
            "Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR",
            "regional",
            "latin_america_caribbean",
            "es",
        ),
        ("East African Community Secretariat", "regional", "africa", "en"),
        ("Nordic Council of Ministers", "regional", "weog", "en"),
        ("Comunidade dos Países de Língua Portuguesa", "international", "", "pt"),
        (
            "Organization for Security and Co-operation in Europe",
            "regional",
            "eastern_europe",
            "en",
        ),
    ],
}
INTL_TYPED = {  # international academic / faith / medical / other
    "a": {
        "academic": ("Global Institute for Sexuality Research", "en"),
        "faith_based": ("World Fellowship of Inclusive Faiths", "en"),
        "medical": ("International Society of Gender Health Professionals", "en"),
        "other": ("International Bar Forum on Equality", "en"),
    },
    "b": {
        "academic": ("Transnational Centre for Queer Legal Studies", "en"),
        "faith_based": ("Global Network of Welcoming Congregations", "en"),
        "medical": ("World Association of Sexual Health Clinicians", "en"),
        "other": ("Inclusive Business Compact", "en"),
    },
}

MISSION = {
    "en": "Permanent Mission of {C} to the United Nations Office and other international organizations in Geneva",
    "es": "Misión Permanente de {C} ante la Oficina de las Naciones Unidas y otros organismos internacionales en Ginebra",
    "fr": "Mission permanente de {C} auprès de l'Office des Nations Unies et des autres organisations internationales à Genève",
    "pt": "Missão Permanente de {C} junto às Nações Unidas e outros organismos internacionais em Genebra",
    "ru": "Постоянное представительство ({C}) при Отделении ООН и других международных организациях в Женеве",
}
NV_OPEN = {
    "a": {
        "en": "The Permanent Mission of {C} to the United Nations Office at Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights (Special Procedures Branch) and, with reference to the call for inputs of the Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity, has the honour to transmit herewith the contribution of the Government of {C}.",
        "es": "La Misión Permanente de {C} ante la Oficina de las Naciones Unidas en Ginebra saluda atentamente a la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos y, en relación con el llamado a contribuciones del Experto Independiente sobre orientación sexual e identidad de género, tiene el honor de remitir la información proporcionada por las autoridades nacionales.",
        "fr": "La Mission permanente de {C} auprès de l'Office des Nations Unies à Genève présente ses compliments au Haut-Commissariat des Nations Unies aux droits de l'homme et, se référant à l'appel à contributions de l'Expert indépendant sur l'orientation sexuelle et l'identité de genre, a l'honneur de lui transmettre ci-joint la contribution du Gouvernement.",
        "pt": "A Missão Permanente de {C} junto às Nações Unidas em Genebra cumprimenta o Escritório do Alto Comissariado das Nações Unidas para os Direitos Humanos e, com referência ao pedido de contribuições do Perito Independente sobre orientação sexual e identidade de género, tem a honra de transmitir em anexo a resposta do Governo.",
        "ru": "Постоянное представительство ({C}) при Отделении ООН в Женеве свидетельствует свое уважение Управлению Верховного комиссара ООН по правам человека и, ссылаясь на призыв Независимого эксперта по вопросам сексуальной ориентации и гендерной идентичности, имеет честь препроводить информацию компетентных органов.",
    },
    "b": {
        "en": "The Permanent Mission of {C} to the United Nations Office at Geneva presents its compliments to the Office of the High Commissioner for Human Rights and has the honour to transmit the reply of {C} to the questionnaire of the Independent Expert on sexual orientation and gender identity.",
        "es": "La Misión Permanente de {C} saluda atentamente a la Oficina del Alto Comisionado para los Derechos Humanos y tiene el honor de hacer llegar la respuesta del Estado al cuestionario del Experto Independiente.",
        "fr": "La Mission permanente de {C} présente ses compliments au Haut-Commissariat aux droits de l'homme et a l'honneur de lui faire parvenir la réponse de l'État au questionnaire de l'Expert indépendant.",
        "pt": "A Missão Permanente de {C} cumprimenta o Alto Comissariado para os Direitos Humanos e tem a honra de encaminhar a resposta do Estado ao questionário do Perito Independente.",
        "ru": "Постоянное представительство ({C}) свидетельствует свое уважение Управлению Верховного комиссара по правам человека и имеет честь направить ответ государства на вопросник Независимого эксперта.",
    },
}
NV_CLOSE = {
    "en": "The Permanent Mission of {C} avails itself of this opportunity to renew to the Office of the High Commissioner the assurances of its highest consideration.",
    "es": "La Misión Permanente de {C} aprovecha la oportunidad para reiterar a la Oficina del Alto Comisionado las seguridades de su más alta consideración.",
    "fr": "La Mission permanente de {C} saisit cette occasion pour renouveler au Haut-Commissariat les assurances de sa très haute considération.",
    "pt": "A Missão Permanente de {C} aproveita a oportunidade para renovar ao Alto Comissariado os protestos da sua mais elevada consideração.",
    "ru": "Постоянное представительство ({C}) пользуется случаем, чтобы возобновить Управлению уверения в своем весьма высоком уважении.",
}
STATE_VOICE = {
    "en": [
        "The Government of {C} reaffirms its commitment to equality and non-discrimination for all persons.",
        "The relevant ministries were consulted in the preparation of this reply.",
        "The national action plan on human rights adopted in {year} contains specific measures in this area.",
    ],
    "es": [
        "El Estado reafirma su compromiso con la igualdad y la no discriminación de todas las personas.",
        "Para la elaboración de esta respuesta se consultó a los ministerios competentes.",
    ],
    "fr": [
        "Le Gouvernement réaffirme son attachement à l'égalité et à la non-discrimination.",
        "Les ministères compétents ont été consultés pour l'élaboration de la présente réponse.",
    ],
    "pt": [
        "O Governo reafirma o seu compromisso com a igualdade e a não discriminação.",
        "Os ministérios competentes foram consultados na preparação desta resposta.",
    ],
    "ru": [
        "Правительство подтверждает свою приверженность принципам равенства и недискриминации.",
        "При подготовке ответа были проведены консультации с профильными министерствами.",
    ],
}
INDIVIDUAL_INTRO = {
    "en": "I am writing in my personal capacity, as a {role} who has lived in {C} for most of my life.",
    "es": "Escribo a título personal, como {role} que ha vivido en {C} la mayor parte de su vida.",
    "fr": "J'écris à titre personnel, en tant que {role} ayant vécu au {C} la plus grande partie de ma vie.",
    "pt": "Escrevo a título pessoal, como {role} que viveu em {C} a maior parte da vida.",
    "ru": "Я пишу в личном качестве как {role}, проживший большую часть жизни в стране {C}.",
}
ROLES = {
    "en": ["trans woman", "parent of a gay son", "retired teacher", "lawyer", "intersex activist"],
    "es": ["mujer trans", "madre de un hijo gay", "docente jubilada"],
    "fr": ["femme trans", "parent d'un fils gay", "enseignant retraité"],
    "pt": ["mulher trans", "mãe de um filho gay", "professora aposentada"],
    "ru": ["трансгендерный человек", "родитель сына-гея", "учитель на пенсии"],
}
MP_TITLE = {
    "en": "Hon. {P}, Member of Parliament of {C}",
    "es": "Dip. {P}, Congreso de {C}",
    "fr": "{P}, membre du Parlement ({C})",
    "pt": "Dep. {P}, Assembleia Nacional de {C}",
    "ru": "{P}, депутат парламента ({C})",
}
TITLE = {
    "a": {
        "en": "Submission to the call for inputs of the Independent Expert on sexual orientation and gender identity",
        "es": "Contribución al llamado del Experto Independiente sobre orientación sexual e identidad de género",
        "fr": "Contribution à l'appel de l'Expert indépendant sur l'orientation sexuelle et l'identité de genre",
        "pt": "Contributo para o pedido do Perito Independente sobre orientação sexual e identidade de género",
        "ru": "Материалы для Независимого эксперта по вопросам сексуальной ориентации и гендерной идентичности",
    },
    "b": {
        "en": "Input to the IE SOGI thematic report",
        "es": "Aporte para el informe temático del Experto Independiente (IE SOGI)",
        "fr": "Contribution au rapport thématique de l'IE SOGI",
        "pt": "Contributo para o relatório temático do IE SOGI",
        "ru": "Вклад в тематический доклад НЭ по СОГИ",
    },
}
RUNNING = {
    "en": "Submission to the IE SOGI — page {p} of {n}",
    "es": "Contribución al IE SOGI — página {p} de {n}",
    "fr": "Contribution à l'IE SOGI — page {p} sur {n}",
    "pt": "Contributo para o IE SOGI — página {p} de {n}",
    "ru": "Материалы для НЭ по СОГИ — стр. {p} из {n}",
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
TABLE_HEAD = {
    "en": ["Indicator", "{y1}", "{y2}", "{y3}"],
    "es": ["Indicador", "{y1}", "{y2}", "{y3}"],
    "fr": ["Indicateur", "{y1}", "{y2}", "{y3}"],
    "pt": ["Indicador", "{y1}", "{y2}", "{y3}"],
    "ru": ["Показатель", "{y1}", "{y2}", "{y3}"],
}
TABLE_ROWS = {
    "en": [
        "Reported physical attacks",
        "Complaints of discrimination",
        "Arrests under morality laws",
        "Requests for legal aid",
    ],
    "es": [
        "Agresiones físicas denunciadas",
        "Denuncias por discriminación",
        "Detenciones arbitrarias",
        "Solicitudes de asesoría legal",
    ],
    "fr": [
        "Agressions signalées",
        "Plaintes pour discrimination",
        "Arrestations",
        "Demandes d'aide juridique",
    ],
    "pt": [
        "Agressões denunciadas",
        "Queixas de discriminação",
        "Detenções arbitrárias",
        "Pedidos de apoio jurídico",
    ],
    "ru": [
        "Зарегистрированные нападения",
        "Жалобы на дискриминацию",
        "Задержания",
        "Обращения за юридической помощью",
    ],
}
SIGN_OFF = {
    "en": ["Yours sincerely,", "Respectfully submitted,"],
    "es": ["Atentamente,", "Cordialmente,"],
    "fr": ["Veuillez agréer nos salutations distinguées,", "Cordialement,"],
    "pt": ["Atenciosamente,", "Com os melhores cumprimentos,"],
    "ru": ["С уважением,"],
}
ROLE_TITLE = {
    "en": ["Executive Director", "Programme Coordinator", "Chairperson", "Director"],
    "es": ["Directora Ejecutiva", "Coordinador de Programas"],
    "fr": ["Directrice exécutive", "Coordinateur"],
    "pt": ["Diretora Executiva", "Coordenador"],
    "ru": ["Директор", "Координатор"],
}
