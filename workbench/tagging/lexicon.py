"""Words that say who is writing, in the five languages of the calls (data, not logic).

Written from how submitters of UN calls name themselves (Paris Principles bodies, UN
agencies, regional systems, universities, churches, professional bodies, parliaments),
never from a test corpus. Phrases are matched case-insensitively on whole tokens; a
trailing ``*`` matches any ending (Russian cases, plural forms).
"""

# Cues in a submitter's own name. Weight 3 = nearly decisive, 1 = a hint.
TYPE_CUES = {
    "state": [
        ("permanent mission", 3), ("misión permanente", 3), ("mission permanente", 3), ("missão permanente", 3),
        ("постоянное представительство", 3), ("постоянного представительства", 3), ("ministry", 2),
        ("ministerio", 2), ("ministère", 2), ("ministério", 2), ("министерство", 2), ("government of", 3),
        ("gobierno de", 3), ("gouvernement", 3), ("governo", 3), ("правительство", 3), ("embassy", 3),
        ("embajada", 3), ("ambassade", 3), ("embaixada", 3), ("посольство", 3), ("delegation of", 2),
        ("secretaría de estado", 2), ("state secretariat", 2), ("federal office", 1),
        ("secretaría presidencial", 3), ("presidential secretariat", 3), ("dirección general de", 1),
        ("directorate", 1), ("department of foreign affairs", 3), ("foreign office", 3),
        ("البعثة الدائمة", 3), ("ständige vertretung", 3), ("botschaft", 3), ("bundesregierung", 3),
        ("auswärtiges amt", 3), ("bundesministerium", 3), ("وزارة", 2), ("حكومة", 3), ("министерства", 2), ("министерство иностранных дел", 3),
    ],
    "nhri": [
        ("human rights commission", 3), ("commission on human rights", 3), ("commission for human rights", 3),
        ("commission des droits de l'homme", 3), ("commission nationale des droits", 3),
        ("conseil national des droits de l'homme", 3), ("comisión nacional de derechos humanos", 3),
        ("comisión nacional de los derechos humanos", 3), ("comisión de derechos humanos", 3),
        ("comissão nacional de direitos humanos", 3), ("comissão nacional dos direitos humanos", 3), ("comissão de direitos humanos", 2),
        ("national human rights institution", 3), ("institution nationale des droits", 3),
        ("institución nacional de derechos humanos", 3), ("ombudsman", 3), ("ombudsperson", 3),
        ("ombudsman's", 3), ("ombudsmen", 3), ("médiateur", 3), ("défenseur des droits", 3),
        ("protecteur du citoyen", 3), ("defensoría del pueblo", 3), ("defensor del pueblo", 3),
        ("defensoría de los habitantes", 3), ("defensoria", 2), ("provedor de justiça", 3),
        ("provedoria de justiça", 3), ("procuraduría para la defensa de los derechos humanos", 3),
        ("procurador de los derechos humanos", 3), ("procuradoria federal dos direitos", 3),
        ("public protector", 3), ("public defender", 2), ("protector of human rights", 3),
        ("commissioner for human rights", 3), ("human rights commissioner", 3),
        ("уполномоченный по правам человека", 3), ("уполномоченного по правам человека", 3),
        ("омбудсмен", 3), ("омбудсман", 3), ("equality and human rights commission", 3),
        ("institute for human rights", 2), ("paris principles", 3), ("principes de paris", 3),
        ("principios de parís", 3), ("princípios de paris", 3), ("парижскими принципами", 3),
        ("human rights and equality", 2), ("droits de la personne", 1),
        ("procuraduría de derechos humanos", 3), ("procuraduría de los derechos humanos", 3),
        ("procuradoria de direitos humanos", 3), ("equality and human rights", 3),
        ("national human rights council", 3), ("national council for human rights", 3),
        ("national centre for human rights", 3), ("national center for human rights", 3),
        ("conseil national des droits humains", 3), ("centre national des droits", 3),
        ("consejo nacional de derechos humanos", 3), ("consejo nacional de los derechos humanos", 3),
        ("conselho nacional dos direitos humanos", 3), ("conselho nacional de direitos humanos", 3),
        ("национальный центр по правам человека", 3), ("национальная комиссия по правам человека", 3),
        ("national centre for human rights", 3), ("national center for human rights", 3),
        ("национальный центр по правам человека", 3), ("centre national des droits de l'homme", 3),
        ("centro nacional de derechos humanos", 3), ("human rights council of", 2),
    ],
    "un_entity": [
        ("united nations", 3), ("nations unies", 3), ("naciones unidas", 3), ("nações unidas", 3),
        ("организации объединенных наций", 3), ("оон", 3), ("un women", 3), ("onu mujeres", 3),
        ("onu femmes", 3), ("onu mulheres", 3), ("структура «оон-женщины»", 3), ("unicef", 3), ("undp", 3),
        ("pnud", 3), ("unfpa", 3), ("unhcr", 3), ("hcr", 2), ("acnur", 3), ("unaids", 3), ("onusida", 3),
        ("onusida", 3), ("unesco", 3), ("юнеско", 3), ("ohchr", 3), ("hcdh", 3), ("acnudh", 3), ("unodc", 3),
        ("unops", 3), ("unrwa", 3), ("unep", 3), ("un-habitat", 3), ("ilo", 3), ("oit", 3), ("мот", 2),
        ("who", 2), ("oms", 3), ("воз", 2), ("world health organization", 3), ("organisation mondiale de la santé", 3),
        ("organización mundial de la salud", 3), ("organização mundial da saúde", 3),
        ("всемирная организация здравоохранения", 3), ("international labour organization", 3),
        ("international labour office", 3), ("organisation internationale du travail", 3),
        ("organización internacional del trabajo", 3), ("organização internacional do trabalho", 3),
        ("международная организация труда", 3), ("international organization for migration", 3),
        ("organización internacional para las migraciones", 3), ("organisation internationale pour les migrations", 3),
        ("iom", 3), ("oim", 3), ("world food programme", 3), ("unv", 3), ("un volunteers", 3),
        ("high commissioner for refugees", 3), ("high commissioner for human rights", 3),
        ("special rapporteur", 2), ("relator especial", 2), ("rapporteur spécial", 2), ("специальный докладчик", 2),
        ("treaty body", 2), ("committee on the elimination", 2), ("world bank", 2), ("banque mondiale", 2),
        ("banco mundial", 2), ("fao", 3), ("wfp", 3), ("undrr", 3), ("un-", 2),
    ],
    "intergovernmental": [
        ("council of europe", 3), ("conseil de l'europe", 3), ("consejo de europa", 3), ("conselho da europa", 3),
        ("совет европы", 3), ("european union", 3), ("union européenne", 3), ("unión europea", 3),
        ("união europeia", 3), ("европейский союз", 3), ("european commission", 3), ("commission européenne", 3),
        ("european parliament", 2), ("european court of human rights", 3), ("fundamental rights agency", 3),
        ("agency for fundamental rights", 3), ("organization of american states", 3),
        ("organización de los estados americanos", 3), ("organisation des états américains", 3),
        ("organização dos estados americanos", 3), ("inter-american commission", 3),
        ("comisión interamericana", 3), ("commission interaméricaine", 3), ("comissão interamericana", 3),
        ("межамериканская комиссия", 3), ("inter-american court", 3), ("corte interamericana", 3),
        ("african commission", 3), ("commission africaine", 3), ("comisión africana", 3), ("comissão africana", 3),
        ("африканская комиссия", 3), ("african union", 3), ("union africaine", 3), ("unión africana", 3),
        ("união africana", 3), ("африканский союз", 3), ("asean", 3), ("commonwealth secretariat", 3),
        ("commonwealth", 2), ("francophonie", 3), ("osce", 3), ("обсе", 3),
        ("organization for security and co-operation", 3), ("organization for security and cooperation", 3),
        ("organisation pour la sécurité et la coopération", 3), ("organización para la seguridad y la cooperación", 3),
        ("организация по безопасности и сотрудничеству", 3), ("pacific islands forum", 3),
        ("intergovernmental", 3), ("intergouvernemental*", 3), ("intergubernamental", 3),
        ("intergovernamental", 3), ("межправительствен*", 3), ("league of arab states", 3), ("ligue des états arabes", 3),
        ("organisation of islamic cooperation", 3), ("organization of islamic cooperation", 3), ("mercosur", 3),
        ("mercosul", 3), ("ecowas", 3), ("cedeao", 3), ("sadc", 3), ("caricom", 3), ("andean community", 3),
        ("comunidad andina", 3), ("nordic council", 3), ("parlatino", 3), ("secretariat of the", 1),
        ("odihr", 3), ("ценностей содружества", 1), ("снг", 3), ("commonwealth of independent states", 3),
        ("содружество независимых государств", 3), ("gulf cooperation council", 3), ("igad", 3),
        ("community of portuguese language countries", 3), ("comunidade dos países de língua portuguesa", 3),
        ("comunidad de países de lengua portuguesa", 3), ("cplp", 3), ("east african community", 3),
        ("economic community", 3), ("comunidad económica", 3), ("communauté économique", 3),
        ("comunidade económica", 3), ("экономическ* сообществ*", 3), ("central american integration system", 3),
        ("sistema de la integración centroamericana", 3), ("organisation of eastern caribbean states", 3),
        ("organization of eastern caribbean states", 3), ("eurasian economic union", 3), ("евразийский экономический союз", 3),
    ],
    "academic": [
        ("university", 3), ("universidad", 3), ("université", 3), ("universidade", 3), ("университет", 3),
        ("университета", 3), ("universität", 3), ("università", 3), ("law school", 3), ("school of law", 3),
        ("faculty of", 3), ("facultad de", 3), ("faculté de", 3), ("faculdade de", 3), ("факультет", 3),
        ("institute of technology", 3), ("polytechnic", 3), ("politécnico", 3), ("research centre", 2),
        ("research center", 2), ("research unit", 3), ("research group", 3), ("research institute", 2),
        ("grupo de investigación", 3), ("centro de investigación", 3), ("centre de recherche", 3),
        ("centro de pesquisa", 3), ("научный центр", 3), ("научно-исследовательск*", 3),
        ("исследовательский центр", 3), ("gender studies", 2), ("estudios de género", 2), ("études de genre", 2),
        ("estudos de gênero", 2), ("estudos de género", 2), ("гендерных исследований", 3), ("centre for", 1),
        ("center for", 1), ("centro de estudios", 3), ("centre d'études", 3), ("centro de estudos", 3),
        ("núcleo de estudos", 3), ("human rights clinic", 3), ("legal clinic", 3), ("law clinic", 3),
        ("clínica jurídica", 3), ("clinique juridique", 3), ("clínica de direitos", 3), ("юридическая клиника", 3),
        ("professor", 3), ("profesor", 3), ("professeur", 3), ("профессор", 3), ("prof.", 3), ("lecturer", 3),
        ("researcher", 3), ("investigador", 2), ("investigadora", 2), ("chercheur", 3), ("chercheuse", 3),
        ("pesquisador", 3), ("pesquisadora", 3), ("исследователь", 3), ("academy of sciences", 3),
        ("académie", 1), ("academia", 1), ("college", 2), ("colegio universitario", 3), ("observatory", 1),
        ("studies", 2), ("estudios", 2), ("études", 2), ("estudos", 2), ("исследований", 2), ("исследовани*", 2),
        ("laboratory", 2), ("laboratorio", 2), ("laboratoire", 2), ("laboratório", 2), ("лаборатори*", 2),
        ("scholarship", 1), ("think tank", 1),
        ("observatorio", 1), ("observatoire", 1), ("observatório", 1), ("обсерватория", 1), ("institute", 1),
        ("instituto", 1), ("institut", 1), ("институт", 1), ("scholars", 2), ("académicos", 2), ("universitaires", 2),
    ],
    "faith_based": [
        ("church", 3), ("churches", 3), ("iglesia", 3), ("église", 3), ("eglise", 3), ("igreja", 3),
        ("церковь", 3), ("церкви", 3), ("christian", 3), ("christians", 3), ("cristiano", 3), ("cristiana", 3),
        ("cristianos", 3), ("chrétien*", 3), ("cristão", 3), ("cristã", 3), ("cristãos", 3), ("христиан*", 3),
        ("catholic", 3), ("católic*", 3), ("catholique*", 3), ("католич*", 3), ("muslim", 3), ("muslims", 3),
        ("musulman*", 3), ("islamic", 2), ("islámic*", 2), ("islamique", 2), ("мусульман*", 3), ("jewish", 3),
        ("juif", 3), ("juive", 3), ("judío", 3), ("judía", 3), ("judaico", 3), ("еврейск*", 2), ("rabbi*", 3),
        ("synagogue", 3), ("sinagoga", 3), ("mosque", 3), ("mezquita", 3), ("mosquée", 3), ("mesquita", 3),
        ("interfaith", 3), ("inter-faith", 3), ("interreligious", 3), ("interreligieux", 3), ("interreligieuse", 3),
        ("interreligioso", 3), ("interreligiosa", 3), ("межрелигиоз*", 3), ("faith", 3), ("faiths", 3),
        ("believers", 2), ("croyant*", 2), ("creyentes", 2), ("crentes", 2), ("верующ*", 2), ("buddhist", 3),
        ("budista", 3), ("bouddhiste", 3), ("hindu", 3), ("quaker", 3), ("quakers", 3), ("friends world committee", 3),
        ("lutheran", 3), ("luterana", 3), ("anglican", 3), ("methodist", 3), ("metodista", 3), ("baptist", 3),
        ("evangelical", 3), ("evangélica", 3), ("évangélique", 3), ("евангел*", 3), ("diocese", 3), ("diócesis", 3),
        ("diocèse", 3), ("parish", 3), ("parroquia", 3), ("paroisse", 3), ("paróquia", 3), ("congregation*", 3),
        ("congregación", 3), ("congrégation*", 3), ("congregaç*", 3), ("общин* верующих", 3), ("welcoming", 1),
        ("religious", 2), ("religios*", 2), ("religieu*", 2), ("религиоз*", 2), ("theolog*", 2), ("teolog*", 2),
        ("théolog*", 2), ("богослов*", 2), ("pastoral", 2), ("ministries", 1), ("fellowship", 1), ("spiritual", 2),
        ("espiritual", 2), ("spirituel*", 2), ("духовн*", 2), ("clergy", 3), ("clero", 3), ("clergé", 3),
        ("gospel", 3), ("evangelio", 3), ("évangile", 3), ("evangelho", 3), ("благая весть", 3), ("благой вести", 3),
        ("духовенств*", 3), ("imam*", 3), ("pastor*", 2), ("пастор*", 2), ("сердце", 0),
    ],
    "medical": [
        ("medical", 3), ("médic*", 3), ("medicina", 3), ("médecin*", 3), ("медицин*", 3), ("physicians", 3),
        ("doctors", 2), ("médicos", 3), ("врач*", 3), ("psychiatr*", 3), ("psiquiatr*", 3), ("психиатр*", 3),
        ("psycholog*", 3), ("psicolog*", 3), ("psicólog*", 3), ("психолог*", 3), ("endocrin*", 3), ("эндокрин*", 3),
        ("paediatric*", 3), ("pediatric*", 3), ("pediatr*", 3), ("pédiatr*", 3), ("педиатр*", 3), ("nurses", 3),
        ("nursing", 3), ("enfermer*", 3), ("infirmi*", 3), ("enfermagem", 3), ("медсест*", 3), ("sexolog*", 3),
        ("сексолог*", 3), ("health professionals", 3), ("health professional", 3), ("profesionales de la salud", 3),
        ("professionnels de santé", 3), ("professionnels de la santé", 3), ("profissionais de saúde", 3),
        ("медицинских работников", 3), ("transgender health", 3), ("sexual health", 1), ("hospital", 2),
        ("hôpital", 2), ("больниц*", 2), ("clinicians", 3), ("surgeons", 3), ("cirujanos", 3), ("chirurgiens", 3),
        ("wpath", 3), ("epath", 3), ("gynaecolog*", 3), ("ginecolog*", 3), ("gynécolog*", 3), ("urolog*", 3),
        ("psychotherap*", 3), ("psicoterap*", 3), ("психотерап*", 3), ("dermatolog*", 3), ("general practitioners", 3),
        ("médicas", 3), ("medical association", 3), ("colegio médico", 3), ("ordem dos médicos", 3), ("ordre des médecins", 3),
    ],
    "parliamentarian": [
        ("member of parliament", 3), ("members of parliament", 3), ("mp", 2), ("hon.", 3), ("honourable", 3),
        ("senator", 3), ("senador", 3), ("senadora", 3), ("sénateur", 3), ("sénatrice", 3), ("сенатор", 3),
        ("diputado", 3), ("diputada", 3), ("dip.", 3), ("député", 3), ("députée", 3), ("deputado", 3), ("deputada", 3),
        ("dep.", 3), ("депутат*", 3), ("parliament", 2), ("parlamento", 2), ("parlement", 2), ("парламент*", 2),
        ("congress", 2), ("congreso", 2), ("congrès", 2), ("congresso", 2), ("asamblea nacional", 2),
        ("assemblée nationale", 2), ("assembleia nacional", 2), ("assembleia da república", 2), ("national assembly", 2),
        ("государственная дума", 3), ("госдума", 3), ("verkhovna rada", 3), ("parliamentary", 3), ("parlamentari*", 3),
        ("parlementaire*", 3), ("парламентск*", 3), ("all-party", 3), ("intergroup", 3), ("bundestag", 3),
        ("legislator", 3), ("legislador*", 3), ("législat*", 2), ("congresista", 3), ("congressman", 3),
        ("congresswoman", 3), ("house of commons", 3), ("house of representatives", 3), ("cámara de diputados", 3),
        ("chambre des députés", 3), ("câmara dos deputados", 3), ("senate", 2), ("senado", 2), ("sénat", 2),
    ],
    "individual": [
        ("personal capacity", 3), ("título personal", 3), ("titre personnel", 3), ("título pessoal", 3),
        ("личном качестве", 3), ("private individual", 3), ("en mi nombre", 2), ("in my own name", 3),
        ("à titre individuel", 3), ("a título individual", 3), ("в личном", 2),
    ],
    "other": [
        ("bar association", 3), ("bar forum", 2), ("colegio de abogados", 3), ("barreau", 3), ("ordre des avocats", 3),
        ("ordem dos advogados", 3), ("коллегия адвокатов", 3), ("адвокатская палата", 3), ("lawyers", 1),
        ("trade union", 3), ("trade unions", 3), ("sindicato", 3), ("sindicatos", 3), ("syndicat*", 3),
        ("профсоюз*", 3), ("confederation of labour", 3), ("employers", 3), ("empleadores", 3), ("employeurs", 3),
        ("empregadores", 3), ("работодател*", 3), ("chamber of commerce", 3), ("cámara de comercio", 3),
        ("chambre de commerce", 3), ("câmara de comércio", 3), ("business", 2), ("empresas", 2), ("entreprises", 2),
        ("company", 3), ("corporation", 2), ("inc.", 3), ("ltd", 3), ("s.a.", 2), ("journalists", 3),
        ("journalist", 3), ("periodistas", 3), ("journalistes", 3), ("jornalistas", 3), ("журналист*", 3),
        ("press", 1), ("media", 1), ("law firm", 3), ("bufete", 3), ("cabinet d'avocats", 3), ("escritório de advocacia", 3),
        ("teachers' union", 3), ("sports", 2), ("deportiv*", 2), ("sportive*", 2), ("desportiv*", 2), ("спортив*", 2),
    ],
    "civil_society": [
        ("network", 1), ("red", 1), ("réseau", 1), ("rede", 1), ("сеть", 1), ("alliance", 1), ("alianza", 1),
        ("aliança", 1), ("альянс", 1), ("coalition", 1), ("coalición", 1), ("coalizão", 1), ("коалиция", 1),
        ("collective", 1), ("colectivo", 1), ("collectif", 1), ("coletivo", 1), ("foundation", 1), ("fundación", 1),
        ("fondation", 1), ("fundação", 1), ("фонд", 1), ("association", 1), ("asociación", 1), ("associação", 1),
        ("ассоциация", 1), ("pride", 2), ("trans", 1), ("lgbt", 2), ("lgbti", 2), ("lgbtiq", 2), ("lgbtq", 2),
        ("lgbtqi", 2), ("lgbti+", 2), ("лгбт", 2), ("queer", 2), ("rainbow", 2), ("arc-en-ciel", 2), ("arcoíris", 2),
        ("arco-íris", 2), ("радуга", 2), ("initiative", 1), ("iniciativa", 1), ("инициатив*", 1), ("watch", 1),
        ("amnesty", 3), ("amnistía", 3), ("forum", 1), ("project", 1), ("proyecto", 1), ("projet", 1), ("projeto", 1),
        ("ngo", 3), ("ong", 3), ("нко", 3), ("нпо", 3), ("non-governmental", 3), ("no gubernamental", 3),
        ("non gouvernementale", 3), ("não governamental", 3), ("неправительственн*", 3), ("solidarity", 1),
        ("solidaridad", 1), ("solidarité", 1), ("advocates", 1), ("activists", 2), ("activistas", 2), ("militants", 2),
        ("ativistas", 2), ("активист*", 2), ("defenders", 1), ("defensores", 1), ("défenseurs", 1), ("society", 0),
        ("intersex", 1), ("lesbian", 1), ("gay", 1), ("families", 1), ("families network", 1),
    ],
}

# Statements, anywhere near the start, that settle the type whatever the name says.
NOTE_VERBALE = [
    "presents its compliments", "saluda atentamente", "présente ses compliments", "cumprimenta",
    "свидетельствует свое уважение", "свидетельствует своё уважение", "has the honour to", "tiene el honor de",
    "a l'honneur de", "tem a honra de", "имеет честь",
]

# Documents without letterhead or signature: speeches, national reports, UN reports.
# A State speaking of itself ("my delegation", "our nation"): a hint each, never alone.
STATE_SELF = [
    "my country", "my delegation", "my government", "our government", "our nation", "my nation", "our country",
    "my people", "our people", "mi país", "nuestro pueblo", "notre peuple", "nosso povo", "mi delegación", "mi gobierno", "nuestro gobierno", "nuestra nación", "nuestro país",
    "mi pueblo", "mon pays", "ma délégation", "mon gouvernement", "notre gouvernement", "notre nation", "notre pays",
    "mon peuple", "meu país", "minha delegação", "meu governo", "nosso governo", "nossa nação", "nosso país",
    "meu povo", "моя страна", "моей страны", "мою страну", "моя делегация", "моей делегации", "мое правительство",
    "моё правительство", "моего правительства", "наше правительство", "нашего правительства", "наша страна",
    "нашей страны", "наш народ",
]

# How a speaker addresses a forum of States (General Assembly, Human Rights Council, conferences).
ASSEMBLY_ADDRESS = [
    "mr. president", "madam president", "mr president", "madam chair", "mr. chair", "this assembly",
    "the general assembly", "this august", "this hall", "excellencies", "distinguished delegates",
    "fellow delegates", "heads of state and government", "secretary-general", "this council",
    "señor presidente", "señora presidenta", "esta asamblea", "la asamblea general", "excelencias",
    "distinguidos delegados", "jefes de estado y de gobierno", "monsieur le président", "madame la présidente",
    "cette assemblée", "l'assemblée générale", "excellences", "mesdames et messieurs les délégués",
    "chefs d'état et de gouvernement", "senhor presidente", "senhora presidente", "esta assembleia",
    "a assembleia geral", "excelências", "distintos delegados", "chefes de estado e de governo",
    "господин председатель", "госпожа председатель", "генеральной ассамблеи", "генеральная ассамблея",
    "ваши превосходительства", "уважаемые делегаты", "главы государств и правительств",
]

# Speaking for a State: "<opening> [the Government of] <country>" (the country must follow).
SPEAKS_FOR = [
    "on behalf of", "on behalf of the government of", "on behalf of the people of", "on behalf of the republic of",
    "on behalf of the state of", "to represent", "en nombre de", "en nombre del gobierno de",
    "en nombre del pueblo de", "en representación de", "au nom de", "au nom du gouvernement", "au nom du peuple",
    "au nom de la république", "em nome de", "em nome do governo", "em nome do povo", "от имени",
    "от имени правительства", "от имени народа",
]

# A country as the subject of what States say about themselves ("<country> remains committed ...").
STATE_ACTOR_VERBS = [
    "remains committed", "is committed", "is fully committed", "reaffirms", "reiterates", "stands ready",
    "stands with", "aligns itself", "will continue", "welcomes", "wishes to", "calls on", "calls upon", "urges",
    "is proud", "is ready", "supports", "strongly supports", "commends", "has always", "is determined",
    "continues to", "has consistently", "believes", "still believes", "is concerned", "maintains", "insists",
    "will never", "sigue", "considera", "continue de", "estime", "continua a", "considera", "считает",
    "reafirma", "reitera", "sigue comprometid*", "está comprometid*", "se compromete", "continuará",
    "acoge con beneplácito", "celebra", "exhorta", "insta", "apoya", "se suma", "réaffirme", "réitère",
    "reste engagé*", "est engagé*", "est déterminé*", "continuera", "salue", "se félicite", "appelle",
    "exhorte", "soutient", "s'associe", "reafirma", "reitera", "continua comprometid*", "está empenhad*",
    "continuará", "saúda", "apela", "apoia", "associa-se", "подтверждает", "вновь подтверждает", "привержен*",
    "готов*", "будет и впредь", "продолжит", "приветствует", "призывает", "поддерживает", "присоединяется",
]

# Titles that say a State wrote the document (matched on a title line of the first page).
STATE_DOCUMENT_TITLES = [
    "national report submitted", "national report", "presented by the state under review",
    "replies of the state", "reply of the government", "response of the government", "views of the state",
    "informe nacional", "presentadas por el estado examinado", "respuesta del gobierno", "respuestas del estado",
    "rapport national", "présentées par l'état examiné", "réponse du gouvernement", "réponses de l'état",
    "relatório nacional", "apresentadas pelo estado examinado", "resposta do governo", "respostas do estado",
    "национальный доклад", "представленные государством-объектом обзора", "ответ правительства",
    "ответы государства",
]

# Titles that say a United Nations body wrote the document, and the author they name.
OHCHR = "Office of the United Nations High Commissioner for Human Rights"
UPR_WORKING_GROUP = "Working Group on the Universal Periodic Review"
UN_DOCUMENT_TITLES = [
    ("report of the office of the united nations high commissioner for human rights", OHCHR),
    ("compilation prepared by the office of the united nations high commissioner", OHCHR),
    ("summary of stakeholders' submissions", OHCHR), ("summary of stakeholders’ submissions", OHCHR),
    ("summary prepared by the office of the united nations high commissioner", OHCHR),
    ("report of the working group on the universal periodic review", UPR_WORKING_GROUP),
    ("report of the united nations high commissioner for human rights", "United Nations High Commissioner for Human Rights"),
    ("report of the secretary-general", "Secretary-General of the United Nations"),
    ("note by the secretariat", "United Nations Secretariat"),
    ("note by the secretary-general", "Secretary-General of the United Nations"),
    ("rapport du haut-commissariat des nations unies aux droits de l'homme", OHCHR),
    ("compilation établie par le haut-commissariat", OHCHR),
    ("résumé des communications des parties prenantes", OHCHR),
    ("rapport du groupe de travail sur l'examen périodique universel", UPR_WORKING_GROUP),
    ("rapport du secrétaire général", "Secretary-General of the United Nations"),
    ("informe de la oficina del alto comisionado de las naciones unidas para los derechos humanos", OHCHR),
    ("recopilación preparada por la oficina del alto comisionado", OHCHR),
    ("resumen de las comunicaciones de las partes interesadas", OHCHR),
    ("informe del grupo de trabajo sobre el examen periódico universal", UPR_WORKING_GROUP),
    ("informe del secretario general", "Secretary-General of the United Nations"),
    ("relatório do escritório do alto comissariado das nações unidas para os direitos humanos", OHCHR),
    ("resumo das comunicações das partes interessadas", OHCHR),
    ("relatório do grupo de trabalho sobre a revisão periódica universal", UPR_WORKING_GROUP),
    ("доклад управления верховного комиссара организации объединенных наций по правам человека", OHCHR),
    ("резюме материалов, представленных заинтересованными сторонами", OHCHR),
    ("доклад рабочей группы по универсальному периодическому обзору", UPR_WORKING_GROUP),
    ("доклад генерального секретаря", "Secretary-General of the United Nations"),
]

# The masthead of a United Nations document (symbol, distribution): the publisher, not the author.
UN_MASTHEAD = ["distr.: general", "distr.: limited", "distr.: restricted", "distr. : générale", "distr. générale",
               "distr.: generai", "distr. general", "distr.: générale", "distr. limitée", "general assembly distr",
               "distr.: общая", "distr.: ограниченная"]

# Words that put an organisation above one country.
INTERNATIONAL_TERMS = [
    "international", "internacional", "internationale", "internacionais", "internationaux", "международн*",
    "global", "globale", "mundial", "mondial", "mondiale", "всемирн*", "глобальн*", "world", "worldwide",
    "without borders", "sans frontières", "sin fronteras", "sem fronteiras", "без границ", "transnational",
    "transnacional", "transnationale", "транснациональн*", "cross-border",
    "united nations", "nations unies", "naciones unidas", "nações unidas", "оон",
]

# Phrases after which a country or city is where an organisation is based (weighted like a letterhead).
BASED_IN = [
    "based in", "headquartered in", "registered in", "with headquarters in", "con sede en", "con domicilio en",
    "radicada en", "radicado en", "basée à", "basée au", "basée en", "basé à", "basé au", "basé en",
    "dont le siège est à", "siège à", "sediada em", "sediado em", "com sede em", "со штаб-квартирой в",
    "базируется в", "зарегистрирована в", "зарегистрирован в",
]

# Phrases after which an individual names where she or he lives or comes from.
RESIDENCE = [
    "i live in", "i have lived in", "having lived in", "who has lived in", "i am from", "i come from",
    "i have been living in", "a resident of", "a citizen of", "a national of", "vivo en", "soy de", "resido en", "he vivido en",
    "ha vivido en", "habiendo vivido en", "nacida en", "nacido en", "je vis à", "je vis en", "je vis au",
    "j'habite à", "j'habite en", "j'habite au", "ayant vécu à", "ayant vécu en", "ayant vécu au", "je suis originaire",
    "moro em", "moro no", "moro na", "vivo em", "vivo no", "vivo na", "sou de", "sou do", "sou da", "tendo vivido em",
    "tendo vivido no", "que viveu em", "que viveu no", "я живу в", "живу в", "я родом из",
    "проживаю в", "проживший в", "прожившая в",
]

# "<number> countries": an organisation counting the countries it works in.
COUNTRIES_WORDS = ["countries", "países", "pays", "стран", "странах", "страны"]

# Phrases saying an organisation works beyond one country: with only body mentions of countries,
# they make its scope international (or regional when the countries share one UN group).
WORKS_ACROSS = [
    "across the region", "throughout the region", "member organisations in", "member organizations in",
    "member organisations", "member organizations", "our partners in", "partner organisations in",
    "partner organizations in", "coalition of", "network of", "our members in", "chapters in",
    "en toda la región", "organizaciones miembro", "nuestras socias en", "nuestros socios en", "coalición de",
    "red regional", "red de", "dans toute la région", "organisations membres", "nos partenaires en",
    "nos partenaires au", "coalition de", "réseau", "em toda a região", "organizações membro",
    "organizações-membro", "nossos parceiros em", "coalizão de", "rede de", "rede regional", "по всему региону",
    "организации-члены", "организаций-членов", "наши партнеры в", "коалиция", "коалиции", "сеть",
]

# Words that tie an organisation to a region, and the UN regional group they stand for.
# Longer phrases win over shorter ones ("eastern europe" over "europe").
REGIONAL_TERMS = {
    "africa": ["africa", "african", "africain*", "africana", "africano", "africanos", "africanas", "afrique",
               "maghreb*", "maghréb*", "magreb*", "магриб*",
               "áfrica", "африк*", "pan-african", "panafricain*", "panafrican*", "west african", "ouest-africain*",
               "east african", "est-africain*", "southern african", "sadc", "ecowas", "cedeao", "sahel",
               "igad"],
    "asia_pacific": ["asia", "asian", "asiatique", "asiático", "asiática", "азиат*", "азия", "азии", "asia-pacific",
                     "asia pacific", "asie-pacifique", "asia-pacífico", "ásia-pacífico", "азиатско-тихоокеанск*",
                     "pacific", "pacifique", "pacífico", "тихоокеанск*", "asean", "south asian", "central asian",
                     "центральноазиат*", "центральной азии", "asie centrale", "asia central", "ásia central",
                     "arab", "arabe", "árabe", "араб*", "middle east", "moyen-orient", "oriente medio", "médio oriente",
                     "ближн*", "gulf", "golfe", "golfo"],
    "eastern_europe": ["eastern europe", "east european", "europe de l'est", "europa del este", "europa oriental",
                       "leste europeu", "восточной европы", "восточноевропейск*", "eurasian", "eurasia", "eurasie",
                       "eurasiatique", "eurasiático", "eurasiática", "евразийск*", "евразия", "евразии", "balkan",
                       "balkans", "balcanes", "balcãs", "балканск*", "post-soviet", "постсоветск*", "osce", "обсе",
                       "central and eastern europe", "центральной и восточной европы", "снг",
                       "security and co-operation in europe", "security and cooperation in europe",
                       "sécurité et la coopération en europe", "seguridad y la cooperación en europa",
                       "безопасности и сотрудничеству в европе"],
    "latin_america_caribbean": ["latin america", "latin american", "latinoamerican*", "latino-américain*",
                                "latino-americano", "latino-americana", "латиноамерикан*", "латинской америки",
                                "america latina", "américa latina", "amérique latine", "caribbean", "caribe",
                                "caraïbes", "caribéen*", "caribeño*", "карибск*", "inter-american", "interamericana",
                                "interamericano", "interaméricaine", "межамериканск*", "americas", "américas",
                                "amériques", "organization of american states", "estados americanos",
                                "états américains", "mercosur", "mercosul", "caricom", "andean", "andina", "andino",
                                "central american", "centroamerican*", "mesoamerican*", "lac"],
    "weog": ["europe", "european", "européen*", "europeo", "europea", "europeu", "europeia", "европ*",
             "council of europe", "conseil de l'europe", "nordic", "nordique", "nórdico", "северн*", "scandinavian",
             "north american", "nord-américain*", "norteamerican*", "western europe", "europe occidentale"],
}

# Closing formulas that open a signature block.
SIGN_OFFS = [
    "yours sincerely", "yours faithfully", "sincerely", "respectfully submitted", "respectfully", "kind regards",
    "best regards", "with kind regards", "warm regards", "on behalf of", "atentamente", "cordialmente",
    "saludos cordiales", "un saludo cordial", "respetuosamente", "en nombre de", "veuillez agréer",
    "je vous prie d'agréer", "nous vous prions d'agréer", "cordialement", "bien cordialement", "respectueusement",
    "au nom de", "atenciosamente", "cordialmente", "com os melhores cumprimentos", "com os meus cumprimentos",
    "respeitosamente", "em nome de", "с уважением", "с наилучшими пожеланиями", "от имени",
]

# Openings of a letterhead naming a Permanent Mission, per language; {country} follows.
MISSION_OPENINGS = [
    "permanent mission of", "mission of", "misión permanente de", "misión permanente del",
    "mission permanente de", "mission permanente du", "mission permanente des", "missão permanente de",
    "missão permanente do", "missão permanente da", "постоянное представительство", "постоянного представительства",
    "embassy of", "embajada de", "ambassade de", "embaixada de", "посольство", "government of", "gobierno de",
    "gouvernement de", "governo de", "правительство", "البعثة الدائمة", "سفارة", "حكومة",
    "ständige vertretung der", "ständige vertretung von", "botschaft der", "botschaft von", "regierung der",
]

# Country names the ISO and its translations do not carry, or write differently.
COUNTRY_ALIASES = {
    "TUR": ["Türkiye", "Turkiye", "Turquía", "Turquie", "Turquia", "Турция"],
    "RUS": ["Russia", "Rusia", "Russie", "Rússia", "Россия"],
    "GBR": ["United Kingdom", "UK", "Great Britain", "Britain", "Reino Unido", "Royaume-Uni", "Соединенное Королевство",
            "Великобритания"],
    "USA": ["United States", "USA", "U.S.", "United States of America", "Estados Unidos", "États-Unis", "Etats-Unis",
            "США", "Соединенные Штаты"],
    "CZE": ["Czech Republic", "Czechia", "República Checa", "Tchéquie", "République tchèque", "Chéquia", "Чехия"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Costa de Marfil", "Côte d’Ivoire", "Кот-д'Ивуар"],
    "CPV": ["Cape Verde", "Cabo Verde", "Cap-Vert", "Кабо-Верде"],
    "SWZ": ["Swaziland", "Eswatini", "Эсватини"],
    "MKD": ["North Macedonia", "Macedonia", "Macédoine du Nord", "Macedonia del Norte", "Macedônia do Norte",
            "Северная Македония"],
    "KOR": ["South Korea", "Republic of Korea", "Corea del Sur", "Corée du Sud", "Coreia do Sul", "Республика Корея"],
    "PRK": ["North Korea", "Corea del Norte", "Corée du Nord", "Coreia do Norte", "КНДР"],
    "MDA": ["Moldova", "Republic of Moldova", "Moldavia", "Moldavie", "Moldávia", "Молдова", "Молдавия"],
    "VAT": ["Holy See", "Vatican", "Santa Sede", "Saint-Siège", "Святейший Престол"],
    "PSE": ["Palestine", "State of Palestine", "Palestina", "Estado de Palestina", "État de Palestine", "Палестина"],
    "BOL": ["Bolivia", "Bolivie", "Bolívia", "Боливия"],
    "VEN": ["Venezuela", "Venezuela", "Венесуэла"],
    "IRN": ["Iran", "Irán", "Irã", "Иран"],
    "SYR": ["Syria", "Siria", "Syrie", "Síria", "Сирия"],
    "LAO": ["Laos", "Лаос"],
    "VNM": ["Viet Nam", "Vietnam", "Vietnã", "Вьетнам"],
    "TZA": ["Tanzania", "Tanzanie", "Tanzânia", "Танзания"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of the Congo", "République démocratique du Congo", "RDC",
            "República Democrática del Congo", "República Democrática do Congo", "Демократическая Республика Конго"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"],
    "KGZ": ["Kyrgyzstan", "Kirghizistan", "Kirguistán", "Quirguistão", "Кыргызстан", "Киргизия"],
    "NLD": ["Netherlands", "the Netherlands", "Holland", "Países Bajos", "Pays-Bas", "Países Baixos", "Нидерланды"],
    "TLS": ["Timor-Leste", "East Timor", "Timor Oriental", "Восточный Тимор"],
    "MMR": ["Myanmar", "Burma", "Мьянма"],
    "BRN": ["Brunei", "Бруней"],
    "FSM": ["Micronesia", "Микронезия"],
    "KNA": ["Saint Kitts and Nevis"],
}
