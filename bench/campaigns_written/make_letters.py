"""Write bench/campaigns_written/: form letters (campaigns), letters that only quote the same
UN texts, and independent letters, all with the same date, addressee and formulas."""

import csv
import pathlib
import sys

OUT = pathlib.Path(sys.argv[1])
(OUT / "letters").mkdir(parents=True, exist_ok=True)

ADDRESSEE_EN = (
    "To: Independent Expert on protection against violence and discrimination based on sexual "
    "orientation and gender identity, Office of the United Nations High Commissioner for Human Rights, "
    "Palais des Nations, CH-1211 Geneva 10"
)
SUBJECT_EN = "Subject: Contribution to the call for inputs on the human rights of LGBT persons in situations of conflict"
DATE_EN = "15 January 2024"
THANKS_EN = (
    "We thank you for the opportunity to contribute to this call for inputs and remain at your disposal "
    "for any further information."
)
ADDRESSEE_ES = (
    "A: Experto Independiente sobre la protección contra la violencia y la discriminación por motivos de "
    "orientación sexual e identidad de género, Oficina del Alto Comisionado de las Naciones Unidas para los "
    "Derechos Humanos, Ginebra"
)
SUBJECT_ES = "Asunto: Contribución a la convocatoria de aportes sobre los derechos humanos de las personas LGBT en situaciones de conflicto"
DATE_ES = "15 de enero de 2024"
THANKS_ES = (
    "Agradecemos la oportunidad de contribuir a esta convocatoria y quedamos a su disposición para "
    "cualquier información adicional."
)

# Texts of UN instruments and resolutions (and the Yogyakarta Principles), as letters quote them.
Q = {
    "udhr1": (
        "Article 1 of the Universal Declaration of Human Rights",
        "All human beings are born free and equal in dignity and rights. They are endowed with reason and "
        "conscience and should act towards one another in a spirit of brotherhood.",
    ),
    "udhr2": (
        "Article 2 of the Universal Declaration of Human Rights",
        "Everyone is entitled to all the rights and freedoms set forth in this Declaration, without distinction "
        "of any kind, such as race, colour, sex, language, religion, political or other opinion, national or "
        "social origin, property, birth or other status.",
    ),
    "iccpr26": (
        "Article 26 of the International Covenant on Civil and Political Rights",
        "All persons are equal before the law and are entitled without any discrimination to the equal "
        "protection of the law. In this respect, the law shall prohibit any discrimination and guarantee to "
        "all persons equal and effective protection against discrimination on any ground such as race, "
        "colour, sex, language, religion, political or other opinion, national or social origin, property, "
        "birth or other status.",
    ),
    "yp3": (
        "Principle 3 of the Yogyakarta Principles",
        "Everyone has the right to recognition everywhere as a person before the law. Persons of diverse sexual "
        "orientations and gender identities shall enjoy legal capacity in all aspects of life. Each person's "
        "self-defined sexual orientation and gender identity is integral to their personality and is one of the "
        "most basic aspects of self-determination, dignity and freedom.",
    ),
    "vienna5": (
        "paragraph 5 of the Vienna Declaration and Programme of Action",
        "All human rights are universal, indivisible and interdependent and interrelated. The international "
        "community must treat human rights globally in a fair and equal manner, on the same footing, and with "
        "the same emphasis.",
    ),
    "res32": (
        "Human Rights Council resolution 32/2 (A/HRC/RES/32/2)",
        "Strongly deplores acts of violence and discrimination, in all regions of the world, committed against "
        "individuals because of their sexual orientation or gender identity, and decides to appoint, for a "
        "period of three years, an Independent Expert on protection against violence and discrimination based "
        "on sexual orientation and gender identity.",
    ),
}
Q_ES = {
    "udhr1": (
        "El artículo 1 de la Declaración Universal de Derechos Humanos",
        "Todos los seres humanos nacen libres e iguales en dignidad y derechos y, dotados como están de razón "
        "y conciencia, deben comportarse fraternalmente los unos con los otros.",
    ),
    "yp3": (
        "El Principio 3 de los Principios de Yogyakarta",
        "Todo ser humano tiene derecho, en todas partes, al reconocimiento de su personalidad jurídica. Las "
        "personas en toda su diversidad de orientaciones sexuales o identidades de género disfrutarán de "
        "capacidad jurídica en todos los aspectos de la vida. La orientación sexual o identidad de género que "
        "cada persona defina para sí es esencial para su personalidad y constituye uno de los aspectos "
        "fundamentales de su autodeterminación, su dignidad y su libertad.",
    ),
    "iccpr26": (
        "El artículo 26 del Pacto Internacional de Derechos Civiles y Políticos",
        "Todas las personas son iguales ante la ley y tienen derecho sin discriminación a igual protección de "
        "la ley. A este respecto, la ley prohibirá toda discriminación y garantizará a todas las personas "
        "protección igual y efectiva contra cualquier discriminación por motivos de raza, color, sexo, "
        "idioma, religión, opiniones políticas o de cualquier índole, origen nacional o social, posición "
        "económica, nacimiento o cualquier otra condición.",
    ),
}


def quoted(key, style, table=Q):
    """One quotation in one of the ways letters present it."""
    source, text = table[key]
    if style == "marks":
        return f"{source} states: “{text}”"
    if style == "straight":
        lead = (
            source[0].lower() + source[1:]
            if source.startswith(("Article", "Principle"))
            else source
        )
        return f'As {lead} reminds us, "{text}"'
    if style == "block":
        return [f"{source} reads as follows:", text]
    if style == "es_marks":
        return f"{source} establece: «{text}»"
    if style == "es_block":
        return [f"{source} dispone lo siguiente:", text]
    raise ValueError(style)


def letter(org, place, body, lang="en", signer="", role=""):
    if lang == "en":
        head = [org, f"{place}, {DATE_EN}", ADDRESSEE_EN, SUBJECT_EN, "Dear Independent Expert,"]
        tail = [THANKS_EN, "Yours sincerely,", signer, role + ", " + org]
    else:
        head = [
            org,
            f"{place}, {DATE_ES}",
            ADDRESSEE_ES,
            SUBJECT_ES,
            "Estimado Experto Independiente:",
        ]
        tail = [THANKS_ES, "Atentamente,", signer, role + ", " + org]
    paragraphs = []
    for part in head + body + tail:
        paragraphs.extend(part if isinstance(part, list) else [part])
    return "\n\n".join(p for p in paragraphs if p) + "\n"


LETTERS = []  # (file, group, kind, text)


def add(name, group, kind, text):
    LETTERS.append((name, group, kind, text))


# ------------------------------------------------------------------ campaign A: conversion practices
A = [
    "Across the region, so-called conversion practices continue to be offered openly by unlicensed "
    "counsellors, some religious leaders and private clinics, and in times of conflict and displacement "
    "families under pressure turn to them more often.",
    "Survivors we work with describe weeks of isolation, forced fasting and prayer, beatings and, in the worst "
    "cases, so-called corrective rape; many were taken to these places by their own relatives after being "
    "outed at a checkpoint or in a camp.",
    "Because these practices are not named in any criminal law, police officers refuse to register complaints and "
    "providers move from one town to another without consequence.",
    "We therefore ask the Independent Expert to recommend that States prohibit conversion practices by law, "
    "provide redress and psychological support to survivors, and stop any public funding for organisations "
    "that offer them, including in humanitarian programmes.",
]
A_MEMBERS = [
    (
        "a1_rainbow_north.txt",
        "Rainbow North Collective",
        "Gulu",
        "We are a community group of young LGBT people founded in 2016.",
        "One of our members was held for three months in a prayer camp after her brother reported her to a pastor.",
        "Grace Atim",
        "Coordinator",
        0,
    ),
    (
        "a2_safe_haven.txt",
        "Safe Haven Trust",
        "Lusaka",
        "Safe Haven Trust runs a shelter for LGBT youth who have been rejected by their families.",
        "In 2023 alone we received eleven young people who had escaped such camps, two of them under sixteen.",
        "Mwila Banda",
        "Director",
        1,
    ),
    (
        "a3_voices_east.txt",
        "Voices of the East Initiative",
        "Goma",
        "Voices of the East Initiative documents abuses against LGBT people displaced by fighting in North Kivu.",
        "",
        "Patrick Kambale",
        "Programme officer",
        0,
    ),
    (
        "a4_equal_ground.txt",
        "Equal Ground Sudan Network",
        "Juba",
        "We write on behalf of a network of fourteen community groups in South Sudan and in refugee settlements across the border.",
        "A transgender woman in Kakuma told us she was beaten every night for a week to make her 'become a man again'.",
        "Deng Akol",
        "Chairperson",
        2,
    ),
    (
        "a5_hope_alliance.txt",
        "Hope Alliance for Health",
        "Kigali",
        "Hope Alliance for Health is an association of nurses and counsellors working with LGBT patients.",
        "Our counsellors see survivors with anxiety, depression and suicidal thoughts years after the sessions ended.",
        "Claudine Uwase",
        "Head nurse",
        3,
    ),
]
SWAP = [
    ("the region", "our region"),
    ("private clinics", "private health centres"),
    ("weeks of", "several weeks of"),
]
for i, (name, org, place, intro, personal, signer, role, variant) in enumerate(A_MEMBERS):
    body = [intro]
    for j, para in enumerate(A):
        text = para
        if variant == 1 and j == 0:
            text = text.replace(*SWAP[0]).replace(*SWAP[1])
        if variant == 2 and j == 1:
            text = text.replace(*SWAP[2])
        if variant == 3 and j == 2:
            continue  # this member left out one paragraph of the template
        body.append(text)
        if j == 1 and personal:
            body.append(personal)
    if i % 2 == 0:
        body.append(quoted("udhr1", "marks"))  # the template's members sometimes add a quotation
    add(name, "A", "campaign", letter(org, place, body, signer=signer, role=role))

# ------------------------------------------------------------------ campaign B: legal gender recognition
B = [
    "Trans people who flee armed conflict lose their documents or carry papers that do not match who they are, "
    "and at every checkpoint, registration desk and border crossing this mismatch exposes them to humiliation, "
    "detention and violence.",
    "Humanitarian agencies register people by the sex written in their old documents, so trans women are sent to "
    "men's shelters and men's distribution lines, where many of them have been assaulted.",
    "Procedures to change one's name and sex marker, where they exist, require a psychiatric diagnosis, surgery or "
    "a court order, which no displaced person can obtain.",
    "We urge the Independent Expert to call on States and humanitarian actors to recognise gender identity through "
    "a simple administrative procedure based on self-identification, and to accept self-declared gender in "
    "humanitarian registration.",
]
B_MEMBERS = [
    (
        "b1_trans_pride_kyiv.txt",
        "Trans Pride Support",
        "Kyiv",
        "Trans Pride Support has assisted more than 300 trans people displaced since 2022.",
        "Olena Kovalenko",
        "Legal adviser",
    ),
    (
        "b2_gender_free.txt",
        "Gender Free Association",
        "Chisinau",
        "Our association works with trans refugees arriving from Ukraine.",
        "Ion Rusu",
        "President",
    ),
    (
        "b3_identity_matters.txt",
        "Identity Matters Caucasus",
        "Tbilisi",
        "Identity Matters Caucasus is a trans-led group working across the South Caucasus, including in areas affected by the conflicts of 2008 and 2020.",
        "Nino Beridze",
        "Co-founder",
    ),
    (
        "b4_beyond_binary.txt",
        "Beyond Binary Europe",
        "Warsaw",
        "Beyond Binary Europe offers legal aid to trans and non-binary refugees in Poland.",
        "Kasia Nowak",
        "Lawyer",
    ),
]
for i, (name, org, place, intro, signer, role) in enumerate(B_MEMBERS):
    body = [intro] + [
        p if not (i == 2 and j == 1) else p.replace("many of them", "several of them")
        for j, p in enumerate(B)
    ]
    if i == 1:
        body.insert(
            3,
            "In Moldova, three of the women we assist were refused a bed in the only shelter near the border.",
        )
    if i == 3:
        body.append(quoted("yp3", "block"))
    add(name, "B", "campaign", letter(org, place, body, signer=signer, role=role))

# ------------------------------------------------------------------ campaign C: Spanish, violence against trans women
C = [
    "En las zonas donde operan grupos armados ilegales, las mujeres trans son amenazadas, desplazadas y "
    "asesinadas por su identidad de género, y los grupos armados imponen 'normas de conducta' que prohíben "
    "expresiones de género diversas.",
    "Las fiscalías rara vez investigan estos crímenes con un enfoque diferencial y muchas víctimas no denuncian "
    "por miedo a represalias o porque los funcionarios se burlan de ellas.",
    "Los programas de reparación a víctimas del conflicto no reconocen la violencia por prejuicio y exigen "
    "pruebas que las sobrevivientes no pueden aportar.",
    "Solicitamos al Experto Independiente que recomiende a los Estados registrar la violencia por prejuicio en "
    "el marco del conflicto, investigar con debida diligencia y garantizar la participación de las personas "
    "trans en los procesos de paz y de reparación.",
]
C_MEMBERS = [
    (
        "c1_red_trans_caribe.txt",
        "Red Trans del Caribe",
        "Barranquilla",
        "Somos una red de lideresas trans de la región Caribe.",
        "Valentina Pérez",
        "Coordinadora",
    ),
    (
        "c2_fundacion_arcoiris.txt",
        "Fundación Arcoíris del Pacífico",
        "Tumaco",
        "La Fundación acompaña a mujeres trans desplazadas en la costa pacífica.",
        "Luisa Angulo",
        "Directora",
    ),
    (
        "c3_colectiva_montes.txt",
        "Colectiva Diversa de los Montes",
        "Carmen de Bolívar",
        "Nuestra colectiva reúne a personas LGBT sobrevivientes del conflicto en los Montes de María.",
        "Andrea Salgado",
        "Vocera",
    ),
    (
        "c4_casa_diversa.txt",
        "Casa Diversa Putumayo",
        "Mocoa",
        "Casa Diversa trabaja con jóvenes LGBT en zonas rurales del Putumayo.",
        "Sebastián Rojas",
        "Representante legal",
    ),
]
for i, (name, org, place, intro, signer, role) in enumerate(C_MEMBERS):
    body = [intro] + [p for j, p in enumerate(C) if not (i == 3 and j == 2)]
    if i == 1:
        body.insert(
            2, "Solo en 2023 registramos cuatro asesinatos de mujeres trans en el municipio."
        )
    if i in (0, 2):
        body.append(quoted("udhr1", "es_marks", Q_ES))
    add(name, "C", "campaign", letter(org, place, body, lang="es", signer=signer, role=role))

# ------------------------------------------------------------------ campaign D: short template, mostly quotation
D = [
    "We join other faith communities in asking that the report recognise religious leaders who protect LGBT "
    "people in war, as many of our congregations have hidden and fed LGBT neighbours during the fighting.",
    "We ask the Independent Expert to meet with inclusive faith leaders during country visits and to recommend "
    "that humanitarian programmes work with them.",
]
D_MEMBERS = [
    ("d1_open_church.txt", "Open Church Fellowship", "Beirut", "Rev. Samir Haddad", "Pastor"),
    ("d2_inclusive_mosque.txt", "Inclusive Mosque Circle", "Amman", "Layla Nasser", "Facilitator"),
    (
        "d3_interfaith_welcome.txt",
        "Interfaith Welcome Network",
        "Erbil",
        "Aram Sarkis",
        "Secretary",
    ),
]
for i, (name, org, place, signer, role) in enumerate(D_MEMBERS):
    body = [D[0], quoted("udhr1", "block"), quoted("vienna5", "marks"), D[1]]
    add(name, "D", "campaign", letter(org, place, body, signer=signer, role=role))

# ------------------------------------------------------------------ letters that only quote the same texts
QUOTE_ONLY = [
    (
        "q01_pride_lagos.txt",
        "Lagos Pride Defenders",
        "Lagos",
        "Olu Adeyemi",
        "Executive director",
        "Since the fighting in the north-east began, LGBT people fleeing to Maiduguri have been denied places in camps.",
        [("udhr1", "marks"), ("iccpr26", "block"), ("res32", "straight")],
        "We ask that camp managers be trained to register LGBT people without exposing them.",
    ),
    (
        "q02_queer_yangon.txt",
        "Queer Yangon Mutual Aid",
        "Yangon",
        "Thura Aung",
        "Volunteer",
        "After the coup, soldiers at checkpoints search phones for dating applications and detain gay men they find.",
        [("udhr2", "straight"), ("vienna5", "block"), ("udhr1", "marks")],
        "Two of our volunteers are still in detention without charge.",
    ),
    (
        "q03_tbilisi_lawyers.txt",
        "Lawyers for Equality Georgia",
        "Tbilisi",
        "Giorgi Maisuradze",
        "Partner",
        "Our legal clinic represents LGBT people from the occupied territories who cannot obtain any document.",
        [("yp3", "marks"), ("iccpr26", "straight")],
        "Courts have refused every one of our eleven applications for a change of name since 2021.",
    ),
    (
        "q04_kharkiv_health.txt",
        "Kharkiv Community Health",
        "Kharkiv",
        "Iryna Melnyk",
        "Doctor",
        "Hormone therapy has become almost impossible to obtain in frontline cities and trans patients ration their "
        "last supplies.",
        [("udhr1", "block"), ("res32", "marks")],
        "A pharmacy network in the west now ships hormones to us, but deliveries take weeks.",
    ),
    (
        "q05_sahel_rights.txt",
        "Sahel Rights Watch",
        "Bamako",
        "Aminata Traoré",
        "Researcher",
        "Armed groups in the centre of the country have publicly flogged two men accused of homosexuality.",
        [("iccpr26", "marks"), ("udhr2", "block"), ("vienna5", "straight")],
        "Nobody has been prosecuted and the victims have left the region.",
    ),
    (
        "q06_gaza_psych.txt",
        "Mental Health Without Borders",
        "Ramallah",
        "Rania Khalil",
        "Psychologist",
        "Our remote counselling line receives calls from LGBT people who have lost their homes and cannot tell "
        "anyone in the shelter who they are.",
        [("udhr1", "straight"), ("yp3", "block")],
        "The line is open five hours a day and is run by four volunteers.",
    ),
    (
        "q07_manila_scholars.txt",
        "Institute for Gender and Peace Studies",
        "Manila",
        "Prof. Maria Santos",
        "Director",
        "Our research on the Marawi siege found that LGBT evacuees were excluded from cash assistance because "
        "aid lists counted only heads of household.",
        [("vienna5", "marks"), ("udhr2", "marks"), ("res32", "block")],
        "The full study will be published in March and we will share it with your office.",
    ),
    (
        "q08_bogota_ombuds.txt",
        "Observatorio de Derechos LGBT",
        "Bogotá",
        "Camila Torres",
        "Investigadora",
        "Our observatory keeps a public database of violence against LGBT people in areas affected by armed conflict.",
        [("yp3", "straight"), ("udhr1", "block"), ("iccpr26", "marks")],
        "The database recorded 87 homicides between 2019 and 2023.",
    ),
    (
        "q09_kabul_exile.txt",
        "Afghan LGBT Exile Support",
        "Berlin",
        "Nemat Sadat",
        "Caseworker",
        "Since August 2021 we have helped 140 LGBT Afghans leave the country; hundreds more remain in hiding.",
        [("udhr1", "marks"), ("udhr2", "block"), ("res32", "marks")],
        "Resettlement quotas are full and visa applications take more than a year.",
    ),
    (
        "q10_student_union.txt",
        "Students for Human Rights",
        "Nairobi",
        "Brian Otieno",
        "Secretary general",
        "Students at our university held a week of debates on the rights of LGBT refugees in Kenya.",
        [("vienna5", "block"), ("udhr1", "straight")],
        "The students asked us to share their conclusions with the Independent Expert.",
    ),
    (
        "q11_es_mexico.txt",
        "Colectivo Frontera Diversa",
        "Tijuana",
        "Diana Ramírez",
        "Coordinadora",
        "En la frontera norte, las personas LGBT que huyen de la violencia de pandillas esperan meses en albergues "
        "donde sufren agresiones.",
        [("udhr1", "es_marks"), ("iccpr26", "es_block"), ("yp3", "es_marks")],
        "Pedimos protocolos de protección en los albergues de migrantes.",
    ),
    (
        "q12_es_honduras.txt",
        "Asociación Lencas Diversas",
        "Tegucigalpa",
        "José Martínez",
        "Presidente",
        "Las maras controlan barrios enteros y expulsan de sus casas a las personas trans que se niegan a pagar la "
        "extorsión.",
        [("yp3", "es_block"), ("udhr1", "es_marks")],
        "En 2023 documentamos 23 desplazamientos forzados de mujeres trans.",
    ),
]
for name, org, place, signer, role, opening, quotes, ending in QUOTE_ONLY:
    lang = "es" if "_es_" in name else "en"
    table = Q_ES if lang == "es" else Q
    body = [opening] + [quoted(k, s, table) for k, s in quotes] + [ending]
    add(name, "", "quotes_only", letter(org, place, body, lang=lang, signer=signer, role=role))

# ------------------------------------------------------------------ independent letters
INDEPENDENT = [
    (
        "i1_sogi_tracker.txt",
        "SOGI Conflict Tracker",
        "London",
        "Alex Morgan",
        "Analyst",
        [
            "We monitor reports of violence against LGBT people in eleven armed conflicts.",
            "In Sudan, Rapid Support Forces fighters have circulated videos humiliating men accused of being gay, and "
            "families of the victims have been threatened when they sought help.",
            "In Ethiopia, LGBT people displaced from Tigray told our partners that they hide in separate rooms of "
            "shelters and avoid food distribution points.",
            "We recommend that the United Nations include sexual orientation and gender identity in the monitoring of "
            "conflict-related sexual violence.",
        ],
    ),
    (
        "i2_peace_women.txt",
        "Women Peacebuilders Forum",
        "Bujumbura",
        "Espérance Niyonzima",
        "Chair",
        [
            "Our forum brings women peacebuilders together across the Great Lakes region.",
            "Lesbian and bisexual women are almost never invited to peace negotiations, and when they attend they "
            "hide who they are.",
            quoted("res32", "marks"),
            "We propose quotas for women, including LBQ women, in every peace delegation and mediation team.",
        ],
    ),
    (
        "i3_refugee_law.txt",
        "Refugee Law Centre",
        "Johannesburg",
        "Thandi Mokoena",
        "Attorney",
        [
            "Asylum officers in our country still ask LGBT applicants to prove their orientation through intimate "
            "questions and reject those who did not come out before they fled.",
            "Appeals take up to four years, during which applicants cannot work legally.",
            quoted("udhr2", "straight"),
            "We ask the Independent Expert to recommend guidance on credibility assessment consistent with UNHCR's "
            "guidelines on international protection no. 9.",
        ],
    ),
    (
        "i4_es_peru.txt",
        "Movimiento Homosexual de Lima",
        "Lima",
        "Jorge Castillo",
        "Director",
        [
            "Durante el conflicto armado interno, grupos armados asesinaron a personas LGBT en varias regiones, como "
            "documentó la Comisión de la Verdad y Reconciliación.",
            "Veinte años después, ninguna de estas víctimas figura en el registro único de víctimas y sus familias no "
            "han recibido reparación.",
            "Solicitamos que el informe recomiende incluir a las víctimas LGBT en los registros y programas de "
            "reparación.",
        ],
    ),
    (
        "i5_medical_corps.txt",
        "Frontline Medical Corps",
        "Amman",
        "Dr. Hana Saleh",
        "Medical coordinator",
        [
            "Our mobile clinics serve displaced people in three countries of the region.",
            "Doctors report that trans patients arrive with untreated injuries because they fear being exposed in "
            "public hospitals.",
            quoted("iccpr26", "block"),
            "We have started training clinic staff on confidentiality and non-discrimination, with support from "
            "local LGBT groups.",
        ],
    ),
    (
        "i6_youth_network.txt",
        "Balkan Youth Equality Network",
        "Sarajevo",
        "Amra Hadžić",
        "Coordinator",
        [
            "Three decades after the war, young LGBT people in Bosnia and Herzegovina still grow up in divided "
            "schools where teachers describe homosexuality as a disease.",
            "Our surveys show that two thirds of LGBT students have been bullied and half want to emigrate.",
            quoted("udhr1", "marks"),
            "We ask for recommendations on inclusive education in post-conflict societies.",
        ],
    ),
]
for name, org, place, signer, role, body in INDEPENDENT:
    lang = "es" if "_es_" in name else "en"
    add(name, "", "independent", letter(org, place, body, lang=lang, signer=signer, role=role))

for name, _, _, text in LETTERS:
    (OUT / "letters" / name).write_text(text, encoding="utf-8")
with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as fh:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["file", "template", "kind"])
    for name, group, kind, _ in LETTERS:
        writer.writerow([name, group, kind])
print(len(LETTERS), "letters")
