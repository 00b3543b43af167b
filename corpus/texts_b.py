"""Style "b" phrasing: a second, differently written set used to evaluate taggers on unseen wording."""

TOPICS = {
    "en": {
        "criminalisation": [
            "Sections of the criminal law of {country} still treat intimacy between two consenting men or two consenting women as an offence.",
            "Arrests under these sections are often followed by forced anal examinations, which amount to cruel treatment.",
            "The repeal process in {other} was driven by a constitutional challenge brought by activists.",
            "Lawyers tell us that at least {n} cases are pending before magistrates' courts.",
        ],
        "gender_recognition": [
            "Changing one's name and gender marker in {country} requires proof of surgery, divorce and a medical panel's approval.",
            "Non-binary people have no option at all, since only two markers are available.",
            "A {year} ruling of the high court ordered the government to create a procedure, but it has never been implemented.",
            "Self-identification, as practised in {other}, has not led to any of the abuses predicted by opponents.",
        ],
        "conversion_practices": [
            "Camps promising to 'cure' homosexuality operate openly near {city}, some charging families high fees.",
            "Young people are sent there by relatives and kept for months without contact with the outside world.",
            "We recorded {n} testimonies of survivors who still suffer from depression and suicidal thoughts.",
            "Legislators in {other} have criminalised advertising such services, a model worth studying.",
        ],
        "violence": [
            "Mob attacks against gender-diverse people intensified after politicians' hostile statements in {year}.",
            "Our rapid-response team assisted {n} survivors of physical assault last year.",
            "Police officers are themselves responsible for a significant share of the abuses we document.",
            "Impunity remains the rule: not one case of this kind has led to a conviction in {country}.",
        ],
        "health": [
            "Hormone therapy in {country} is largely obtained on the black market because public clinics refuse to prescribe it.",
            "Lesbian and bisexual women report dismissive attitudes from gynaecologists.",
            "HIV prevention budgets were cut by {pct} per cent in {year}, with the heaviest impact on key populations.",
            "Primary care staff should be trained and monitored for discriminatory conduct.",
        ],
        "education": [
            "Pupils perceived as gender non-conforming are mocked by classmates and sometimes by staff.",
            "One in {n} respondents to our youth survey had changed schools because of harassment.",
            "Textbooks approved in {year} describe homosexuality as a disorder.",
            "School counsellors in {city} told us they would report a student's orientation to the parents.",
        ],
        "employment": [
            "Workers who are open about their identity are passed over for promotion or pushed to resign.",
            "In the public sector of {country}, security vetting has been used to exclude gay men.",
            "Trans women are effectively shut out of formal jobs and many survive through informal trading.",
            "Only {pct} per cent of companies surveyed had a non-discrimination policy covering gender identity.",
        ],
        "asylum": [
            "Refugees from {other} who reach {country} are held in detention facilities alongside their persecutors.",
            "Credibility assessments rely on stereotypes about how a gay or lesbian person should behave.",
            "The resettlement quota for at-risk LGBTI refugees is tiny compared to the need.",
            "Of the {n} cases we supported, most were initially rejected and granted only on appeal.",
        ],
        "data": [
            "Government agencies in {country} do not disaggregate any statistics by sexual orientation or gender identity.",
            "Without figures, ministries claim there is no problem to solve.",
            "Community-led research, such as our {year} survey of {n} respondents, is the only source available.",
            "Any data effort must be designed with the communities and include safeguards against outing.",
        ],
        "intersex": [
            "Genital surgeries on intersex infants are still routine in university hospitals in {country}.",
            "Doctors present surgery to parents as urgent even when there is no threat to health.",
            "Intersex adults describe lifelong pain, scarring and loss of sensation.",
            "Deferring irreversible procedures until the person can decide is the approach we support, as in {other}.",
        ],
        "expression_assembly": [
            "Under the 'foreign agent' and anti-propaganda rules, our partners in {country} have had to close their offices.",
            "Peaceful gatherings in {city} were dispersed and {n} participants detained in {year}.",
            "Online platforms remove LGBT content at the request of the media regulator.",
            "Activists increasingly self-censor to avoid prosecution.",
        ],
        "family": [
            "Partners of many years have no right to inherit or to visit each other in hospital in {country}.",
            "Rainbow families live in legal uncertainty, especially when the legal parent dies.",
            "The court ruling of {year} recognising a foreign same-sex marriage has not been applied by registry offices.",
            "Equal access to marriage in {other} did not weaken any other family.",
        ],
    },
    "es": {
        "criminalisation": [
            "El código penal de {country} aún contiene figuras que se utilizan para perseguir a hombres gais.",
            "Las detenciones arbitrarias bajo figuras de faltas a la moral pública siguen siendo habituales en {city}.",
        ],
        "gender_recognition": [
            "El cambio registral de nombre y sexo exige pericias médicas humillantes y meses de espera.",
            "Las personas no binarias no tienen ninguna opción de reconocimiento en {country}.",
            "Un fallo de {year} ordenó crear un procedimiento administrativo que aún no existe.",
        ],
        "conversion_practices": [
            "Funcionan clínicas que prometen curar la homosexualidad a cambio de pagos elevados de las familias.",
            "Recogimos {n} testimonios de jóvenes internados contra su voluntad en {city}.",
        ],
        "violence": [
            "Los ataques contra personas de género diverso aumentaron tras los discursos de odio de {year}.",
            "Buena parte de los abusos que documentamos son cometidos por agentes policiales.",
            "Ninguno de los {n} crímenes registrados ha terminado en condena.",
        ],
        "health": [
            "La terapia hormonal se obtiene en el mercado informal porque los hospitales públicos se niegan a prescribirla.",
            "El presupuesto de prevención del VIH se redujo un {pct} por ciento en {year}.",
        ],
        "education": [
            "El alumnado percibido como no conforme con el género sufre burlas de compañeros y docentes.",
            "Los libros de texto aprobados en {year} presentan la homosexualidad como un trastorno.",
        ],
        "employment": [
            "Quienes viven abiertamente su identidad son relegados en los ascensos o presionados para renunciar.",
            "Solo el {pct} por ciento de las empresas consultadas cuenta con políticas de no discriminación.",
        ],
        "asylum": [
            "Las personas refugiadas procedentes de {other} son retenidas en centros junto a sus agresores.",
            "La evaluación de credibilidad se basa en estereotipos sobre cómo debería comportarse una persona gay.",
        ],
        "data": [
            "Los organismos públicos de {country} no desagregan ningún dato por orientación sexual o identidad de género.",
            "Nuestra encuesta comunitaria de {year}, con {n} participantes, es la única fuente disponible.",
        ],
        "intersex": [
            "Las cirugías genitales en bebés intersex siguen siendo rutinarias en hospitales universitarios.",
            "Los médicos presentan la operación como urgente aunque no exista riesgo para la salud.",
        ],
        "expression_assembly": [
            "Las concentraciones pacíficas en {city} fueron disueltas y {n} personas detenidas en {year}.",
            "Las plataformas digitales retiran contenidos LGBT a pedido del regulador.",
        ],
        "family": [
            "Parejas con décadas de convivencia no pueden heredar ni visitarse en el hospital.",
            "Un fallo de {year} que reconoció un matrimonio celebrado en {other} no ha sido aplicado por el registro civil.",
        ],
    },
    "fr": {
        "criminalisation": [
            "Des dispositions du code pénal de {country} servent encore à poursuivre des hommes gays.",
            "Les arrestations sont souvent suivies d'examens anaux forcés assimilables à des traitements cruels.",
        ],
        "gender_recognition": [
            "Le changement de prénom et de sexe exige des expertises médicales humiliantes.",
            "Aucune option n'existe pour les personnes non binaires au {country}.",
        ],
        "conversion_practices": [
            "Des centres promettant de « guérir » l'homosexualité fonctionnent ouvertement près de {city}.",
            "Nous avons recueilli {n} témoignages de jeunes placés de force par leurs proches.",
        ],
        "violence": [
            "Les attaques collectives contre des personnes de genre divers se sont multipliées depuis {year}.",
            "Aucune des {n} affaires documentées n'a abouti à une condamnation.",
        ],
        "health": [
            "Les hormones sont achetées au marché noir faute de prescription dans les hôpitaux publics.",
            "Le budget de prévention du VIH a été réduit de {pct} pour cent en {year}.",
        ],
        "education": [
            "Les élèves perçus comme non conformes au genre sont moqués par leurs camarades et parfois par le personnel.",
            "Des manuels approuvés en {year} présentent l'homosexualité comme un trouble.",
        ],
        "employment": [
            "Les salariés ouvertement LGBT sont écartés des promotions ou poussés à la démission.",
            "Seules {pct} pour cent des entreprises interrogées disposent d'une politique couvrant l'identité de genre.",
        ],
        "asylum": [
            "Les réfugiés venus de {other} sont placés en rétention aux côtés de leurs persécuteurs.",
            "L'évaluation de la crédibilité repose sur des stéréotypes.",
        ],
        "data": [
            "Les administrations du {country} ne ventilent aucune donnée selon l'orientation sexuelle.",
            "Notre enquête communautaire de {year}, auprès de {n} personnes, reste la seule source.",
        ],
        "intersex": [
            "Les chirurgies génitales sur les nourrissons intersexes restent courantes dans les CHU.",
            "Les médecins présentent l'opération comme urgente alors qu'aucun risque vital n'existe.",
        ],
        "expression_assembly": [
            "Des rassemblements pacifiques à {city} ont été dispersés et {n} personnes interpellées en {year}.",
            "Les plateformes retirent des contenus LGBT à la demande du régulateur.",
        ],
        "family": [
            "Des partenaires de longue date ne peuvent ni hériter ni se rendre visite à l'hôpital.",
            "Un mariage célébré en {other} n'est toujours pas transcrit par l'état civil malgré un jugement de {year}.",
        ],
    },
    "pt": {
        "criminalisation": [
            "Disposições do código penal de {country} ainda servem para perseguir homens gays.",
            "As detenções são seguidas de exames forçados que constituem tratamento cruel.",
        ],
        "gender_recognition": [
            "A alteração do registo de nome e sexo exige perícias médicas humilhantes.",
            "Pessoas não binárias não têm qualquer opção de reconhecimento em {country}.",
        ],
        "conversion_practices": [
            "Clínicas que prometem curar a homossexualidade funcionam abertamente perto de {city}.",
            "Recolhemos {n} testemunhos de jovens internados contra a sua vontade.",
        ],
        "violence": [
            "Os ataques contra pessoas de género diverso aumentaram depois dos discursos de ódio de {year}.",
            "Nenhum dos {n} crimes registados resultou em condenação.",
        ],
        "health": [
            "A terapia hormonal é obtida no mercado informal porque os hospitais públicos recusam prescrevê-la.",
            "O orçamento de prevenção do VIH foi reduzido em {pct} por cento em {year}.",
        ],
        "education": [
            "Estudantes vistos como não conformes ao género sofrem troça de colegas e professores.",
            "Manuais escolares aprovados em {year} apresentam a homossexualidade como um distúrbio.",
        ],
        "employment": [
            "Trabalhadores abertamente LGBT são preteridos nas promoções ou pressionados a demitir-se.",
            "Apenas {pct} por cento das empresas consultadas têm políticas de não discriminação.",
        ],
        "asylum": [
            "Refugiados vindos de {other} são detidos ao lado dos seus agressores.",
            "A avaliação de credibilidade baseia-se em estereótipos.",
        ],
        "data": [
            "Os organismos públicos de {country} não desagregam dados por orientação sexual.",
            "O nosso inquérito comunitário de {year}, com {n} participantes, é a única fonte disponível.",
        ],
        "intersex": [
            "Cirurgias genitais em bebés intersexo continuam a ser rotina nos hospitais universitários.",
            "Os médicos apresentam a operação como urgente mesmo sem risco para a saúde.",
        ],
        "expression_assembly": [
            "Concentrações pacíficas em {city} foram dispersadas e {n} pessoas detidas em {year}.",
            "As plataformas digitais removem conteúdos LGBT a pedido do regulador.",
        ],
        "family": [
            "Casais com décadas de vida em comum não podem herdar nem visitar-se no hospital.",
            "Um casamento celebrado em {other} continua sem ser transcrito, apesar de uma decisão de {year}.",
        ],
    },
    "ru": {
        "criminalisation": [
            "Статьи уголовного кодекса до сих пор используются для преследования геев в стране {country}.",
            "После задержаний людей подвергают принудительным осмотрам, что является жестоким обращением.",
        ],
        "gender_recognition": [
            "Для смены имени и пола в документах требуются унизительные медицинские экспертизы.",
            "Для небинарных людей не существует никакой возможности признания.",
        ],
        "conversion_practices": [
            "Центры, обещающие «излечить» гомосексуальность, открыто работают под городом {city}.",
            "Мы собрали {n} свидетельств молодых людей, помещённых туда родственниками.",
        ],
        "violence": [
            "Групповые нападения на гендерно-неконформных людей участились после {year} года.",
            "Ни одно из {n} задокументированных дел не завершилось обвинительным приговором.",
        ],
        "health": [
            "Гормональные препараты приходится покупать на чёрном рынке.",
            "Бюджет на профилактику ВИЧ был сокращён на {pct} процентов в {year} году.",
        ],
        "education": [
            "Учеников, чьё поведение не соответствует гендерным ожиданиям, высмеивают одноклассники и учителя.",
            "Учебники, утверждённые в {year} году, описывают гомосексуальность как расстройство.",
        ],
        "employment": [
            "Открытых ЛГБТ-сотрудников обходят при повышении или вынуждают уволиться.",
            "Лишь {pct} процентов опрошенных компаний имеют антидискриминационную политику.",
        ],
        "asylum": [
            "Беженцы из страны {other} содержатся под стражей вместе со своими преследователями.",
            "Оценка достоверности их рассказов основана на стереотипах.",
        ],
        "data": [
            "Государственные органы не собирают никаких данных в разбивке по сексуальной ориентации.",
            "Наш опрос {year} года среди {n} участников остаётся единственным источником.",
        ],
        "intersex": [
            "Операции на половых органах интерсекс-младенцев остаются обычной практикой.",
            "Врачи представляют операцию родителям как срочную, хотя угрозы здоровью нет.",
        ],
        "expression_assembly": [
            "Мирные собрания в городе {city} были разогнаны, а {n} участников задержаны в {year} году.",
            "По закону об «иностранных агентах» наши партнёры были вынуждены закрыть офисы.",
        ],
        "family": [
            "Партнёры, прожившие вместе десятилетия, не могут наследовать друг другу.",
            "Брак, заключённый в стране {other}, не признаётся органами ЗАГС несмотря на решение суда {year} года.",
        ],
    },
}

HEADINGS = {
    "en": {
        "criminalisation": "Laws punishing consensual same-sex intimacy",
        "gender_recognition": "Identity documents for trans and non-binary people",
        "conversion_practices": "Attempts to change orientation or identity",
        "violence": "Attacks, killings and impunity",
        "health": "The right to health",
        "education": "Schools and young people",
        "employment": "Work and livelihoods",
        "asylum": "People on the move",
        "data": "Evidence and statistics",
        "intersex": "Intersex infants and medical interventions",
        "expression_assembly": "Civic space",
        "family": "Couples, parents and children",
    },
    "es": {
        "criminalisation": "Persecución penal",
        "gender_recognition": "Documentos de identidad",
        "conversion_practices": "Intentos de cambiar la orientación",
        "violence": "Ataques e impunidad",
        "health": "Derecho a la salud",
        "education": "Escuelas y juventudes",
        "employment": "Trabajo",
        "asylum": "Personas en movilidad",
        "data": "Evidencia y estadísticas",
        "intersex": "Intervenciones en bebés intersex",
        "expression_assembly": "Espacio cívico",
        "family": "Parejas, madres, padres e hijos",
    },
    "fr": {
        "criminalisation": "Poursuites pénales",
        "gender_recognition": "Papiers d'identité",
        "conversion_practices": "Tentatives de changer l'orientation",
        "violence": "Agressions et impunité",
        "health": "Droit à la santé",
        "education": "École et jeunesse",
        "employment": "Travail",
        "asylum": "Personnes en déplacement",
        "data": "Données et statistiques",
        "intersex": "Nourrissons intersexes",
        "expression_assembly": "Espace civique",
        "family": "Couples et parentalité",
    },
    "pt": {
        "criminalisation": "Perseguição penal",
        "gender_recognition": "Documentos de identidade",
        "conversion_practices": "Tentativas de mudar a orientação",
        "violence": "Ataques e impunidade",
        "health": "Direito à saúde",
        "education": "Escolas e juventude",
        "employment": "Trabalho",
        "asylum": "Pessoas em mobilidade",
        "data": "Evidência e estatísticas",
        "intersex": "Bebés intersexo",
        "expression_assembly": "Espaço cívico",
        "family": "Casais e parentalidade",
    },
    "ru": {
        "criminalisation": "Уголовные преследования",
        "gender_recognition": "Документы",
        "conversion_practices": "Попытки изменить ориентацию",
        "violence": "Нападения и безнаказанность",
        "health": "Право на здоровье",
        "education": "Школа и молодёжь",
        "employment": "Труд",
        "asylum": "Вынужденные мигранты",
        "data": "Данные и статистика",
        "intersex": "Интерсекс-младенцы",
        "expression_assembly": "Гражданское пространство",
        "family": "Пары и родители",
    },
}

GENERIC = {
    "en": {
        "intro": [
            "The following input from {org} responds to the questionnaire circulated by the mandate.",
            "Our comments are based on casework and a community consultation held in {year}.",
            "Since its founding, {org} has supported over {n} people through legal aid and counselling.",
        ],
        "filler": [
            "Partners elsewhere describe very similar patterns.",
            "Nothing suggests that this trend will reverse soon.",
            "The testimonies collected are summarised below with the consent of the people concerned.",
        ],
        "recommend": [
            "The mandate holder could urge governments to review all laws that single out LGBT people.",
            "An official visit to {country} would give visibility to these concerns.",
            "Meaningful participation of affected communities must be guaranteed at every stage.",
        ],
        "recs_heading": "What we ask of the mandate",
        "intro_heading": "About this input",
    },
    "es": {
        "intro": [
            "El siguiente aporte de {org} responde al cuestionario difundido por el mandato.",
            "Nuestros comentarios se basan en casos atendidos y en una consulta comunitaria de {year}.",
        ],
        "filler": [
            "Organizaciones aliadas describen patrones muy similares.",
            "Nada indica que la tendencia vaya a revertirse.",
        ],
        "recommend": [
            "El mandato podría instar a los gobiernos a revisar toda norma que discrimine a personas LGBT.",
            "Una visita oficial a {country} daría visibilidad a estas preocupaciones.",
        ],
        "recs_heading": "Lo que pedimos al mandato",
        "intro_heading": "Sobre este aporte",
    },
    "fr": {
        "intro": [
            "La contribution suivante de {org} répond au questionnaire diffusé par le mandat.",
            "Nos observations reposent sur nos dossiers et une consultation communautaire tenue en {year}.",
        ],
        "filler": [
            "Des partenaires décrivent des tendances très proches.",
            "Rien n'indique une amélioration prochaine.",
        ],
        "recommend": [
            "Le mandat pourrait exhorter les gouvernements à revoir toute loi visant les personnes LGBT.",
            "Une visite officielle au {country} donnerait de la visibilité à ces préoccupations.",
        ],
        "recs_heading": "Nos demandes au mandat",
        "intro_heading": "À propos de cette contribution",
    },
    "pt": {
        "intro": [
            "O contributo seguinte de {org} responde ao questionário divulgado pelo mandato.",
            "Os nossos comentários baseiam-se em casos acompanhados e numa consulta comunitária de {year}.",
        ],
        "filler": [
            "Organizações parceiras descrevem padrões muito semelhantes.",
            "Nada indica que a tendência se inverta.",
        ],
        "recommend": [
            "O mandato poderia exortar os governos a rever toda norma que discrimine pessoas LGBT.",
            "Uma visita oficial a {country} daria visibilidade a estas preocupações.",
        ],
        "recs_heading": "O que pedimos ao mandato",
        "intro_heading": "Sobre este contributo",
    },
    "ru": {
        "intro": [
            "Настоящий материал {org} подготовлен в ответ на вопросник мандата.",
            "Наши комментарии основаны на работе с обращениями и консультации с сообществом в {year} году.",
        ],
        "filler": [
            "Партнёрские организации описывают очень похожую картину.",
            "Ничто не указывает на скорое улучшение.",
        ],
        "recommend": [
            "Мандат мог бы призвать правительства пересмотреть все законы, направленные против ЛГБТ-людей.",
            "Официальный визит в страну {country} привлёк бы внимание к этим проблемам.",
        ],
        "recs_heading": "Наши просьбы к мандату",
        "intro_heading": "Об этом материале",
    },
}

CONFID = {
    "withhold_name": {
        "en": [
            "Kindly keep the identity of the submitting organisation anonymous in the final report.",
            "Our partners face reprisals: the information may be cited, but not our name.",
            "Please attribute this input to 'a civil society organisation' rather than to us.",
        ],
        "es": [
            "Les pedimos mantener en reserva la identidad de la organización remitente.",
            "La información puede citarse, pero sin atribuirla a nuestro nombre.",
        ],
        "fr": [
            "Merci de ne pas révéler l'identité de l'organisation auteure dans le rapport final.",
            "Les informations peuvent être citées, mais pas notre nom.",
        ],
        "pt": [
            "Pedimos que a identidade da organização remetente seja mantida em sigilo.",
            "As informações podem ser citadas, mas não o nosso nome.",
        ],
        "ru": [
            "Просим сохранить в тайне название организации, направившей материал.",
            "Информацию можно цитировать, но без ссылки на нашу организацию.",
        ],
    },
    "do_not_publish": {
        "en": [
            "Strictly for the use of the mandate: please do not post this document online.",
            "We share this information in confidence; it must not be made public.",
        ],
        "es": [
            "Solo para uso del mandato: por favor no difundir este documento.",
            "Compartimos esta información de forma reservada; no debe hacerse pública.",
        ],
        "fr": [
            "Réservé à l'usage du mandat : merci de ne pas mettre ce document en ligne.",
            "Ces informations sont transmises à titre confidentiel et ne doivent pas être rendues publiques.",
        ],
        "pt": [
            "Apenas para uso do mandato: por favor não divulgue este documento.",
            "Partilhamos esta informação de forma reservada; não deve ser tornada pública.",
        ],
        "ru": [
            "Только для использования мандатом: просим не размещать этот документ в открытом доступе.",
            "Мы передаём эти сведения конфиденциально; они не должны быть преданы огласке.",
        ],
    },
}
