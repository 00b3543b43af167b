"""Style "a" phrasing for the demo corpus (invented text, written for this generator).

Slots: {country} base or example country, {other} another country, {year}, {pct}, {n}, {city}.
"""

TOPICS = {
    "en": {
        "criminalisation": [
            "In {country}, consensual same-sex relations between adults remain punishable under a colonial-era penal code provision.",
            "Police in {city} have used the provisions on 'unnatural offences' to detain at least {n} people since {year}.",
            "Even where prosecutions are rare, the mere existence of the law legitimises extortion and blackmail by officials.",
            "The decriminalisation achieved in {other} shows that repeal is possible when courts take the right to privacy seriously.",
            "We urge the authorities to repeal every provision that criminalises consensual sexual conduct between adults of the same sex.",
        ],
        "gender_recognition": [
            "Trans people in {country} cannot change the sex marker on their identity documents without a psychiatric diagnosis.",
            "The current procedure requires sterilisation and a court order, which can take more than {n} months.",
            "A draft law based on self-determination was tabled in {year} but has not yet been debated in parliament.",
            "Mismatched documents expose trans persons to humiliation at banks, borders and polling stations.",
            "The model adopted in {other} demonstrates that a simple administrative procedure works in practice.",
        ],
        "conversion_practices": [
            "So-called conversion practices continue to be offered in {country} by unlicensed counsellors and some religious groups.",
            "Survivors describe isolation, forced prayer sessions and, in some cases, confinement for weeks at a time.",
            "Around {pct} per cent of respondents to our survey said a family member had pressured them to change their orientation.",
            "No professional body in {country} has formally condemned these practices, although several clinicians oppose them.",
            "A ban with clear definitions and support for survivors, as introduced in {other} in {year}, would be an important step.",
        ],
        "violence": [
            "We documented {n} killings of lesbian, gay, bisexual and trans persons in {country} between {year} and last year.",
            "Many victims do not report attacks because they fear being ridiculed or arrested by the police.",
            "Hate crime legislation in {country} does not list sexual orientation or gender identity as aggravating factors.",
            "Trans women engaged in sex work are disproportionately targeted by street violence in {city}.",
            "Investigations are frequently closed without identifying the perpetrators, which fuels a climate of impunity.",
        ],
        "health": [
            "Access to gender-affirming care in {country} is limited to a single clinic in {city} with a waiting list of several years.",
            "Health workers receive almost no training on the needs of lesbian, gay, bisexual, trans and intersex patients.",
            "Stigma in clinics discourages men who have sex with men from seeking HIV testing and treatment.",
            "About {pct} per cent of trans respondents reported having been refused care at least once.",
            "Mental health services rarely take into account the effects of minority stress and rejection.",
        ],
        "education": [
            "Bullying based on sexual orientation and gender expression is widespread in secondary schools in {country}.",
            "Comprehensive sexuality education was withdrawn from the national curriculum in {year} after a campaign by conservative groups.",
            "Nearly {pct} per cent of students we interviewed had skipped classes to avoid harassment.",
            "Teachers report that they lack guidance on how to respond when a pupil comes out.",
            "Anti-bullying policies adopted in {other} provide useful examples of inclusive school environments.",
        ],
        "employment": [
            "Labour law in {country} does not explicitly prohibit discrimination on grounds of sexual orientation or gender identity.",
            "Trans applicants are routinely rejected once employers notice a discrepancy in their documents.",
            "Our helpline received {n} complaints about dismissal or harassment at work in {year} alone.",
            "Many lesbian and gay employees hide their private lives for fear of losing their jobs.",
            "Equality bodies lack the mandate and the resources to investigate complaints from the private sector.",
        ],
        "asylum": [
            "Asylum seekers fleeing persecution because of their orientation are often asked intrusive questions about their sexual lives.",
            "Decision-makers in {country} still expect applicants to be 'discreet' upon return, contrary to international guidance.",
            "Reception centres offer little protection from harassment by other residents, and {n} incidents were reported to us last year.",
            "Lesbian, gay, bisexual and trans refugees from {other} face long delays before their claims are examined.",
            "Interpreters are not trained to use respectful terminology, which leads to errors in interview records.",
        ],
        "data": [
            "No official statistics exist in {country} on violence or discrimination affecting LGBT persons.",
            "The national census of {year} did not include any question on sexual orientation or gender identity.",
            "Civil society organisations fill the gap with surveys, but their samples are small and not representative.",
            "Data collection must be voluntary, anonymous and protected by strong safeguards against misuse.",
            "The approach of the statistical office of {other} shows that inclusive questions can be tested and used safely.",
        ],
        "intersex": [
            "Intersex children in {country} continue to undergo medically unnecessary surgeries before they can consent.",
            "Parents are rarely given full information or access to peer support when an intersex child is born.",
            "Medical records are difficult to obtain, and adults who were operated on in infancy struggle to learn what was done to them.",
            "We call for a legal prohibition of non-vital interventions on intersex minors, following the example of {other}.",
            "Birth registration rules that require a sex marker within a few days put additional pressure on families.",
        ],
        "expression_assembly": [
            "A law adopted in {year} bans the 'promotion of non-traditional relationships' to minors in {country}.",
            "Pride marches in {city} have been banned {n} times in the last decade on grounds of public order.",
            "Journalists and bloggers who write about LGBT issues face fines and the blocking of their websites.",
            "Organisations have been refused registration because their statutes mention sexual orientation.",
            "Similar 'propaganda' provisions in {other} have had a chilling effect on health information and civil society work.",
        ],
        "family": [
            "Same-sex couples in {country} have no legal means to formalise their relationship.",
            "Children raised by two mothers or two fathers have only one legal parent, which creates problems in hospitals and schools.",
            "The constitutional amendment of {year} defined marriage exclusively as a union between a man and a woman.",
            "Binational couples cannot obtain residence permits, and some have been separated for years.",
            "Civil partnership legislation in {other} has shown that recognition strengthens family stability.",
        ],
    },
    "es": {
        "criminalisation": [
            "En {country} todavía existen disposiciones que sancionan las relaciones consentidas entre personas del mismo sexo.",
            "Aunque la ley no se aplique con frecuencia, su mera existencia favorece la extorsión por parte de agentes del Estado.",
            "La experiencia de {other} demuestra que la despenalización es posible cuando los tribunales protegen el derecho a la intimidad.",
        ],
        "gender_recognition": [
            "Las personas trans en {country} deben presentar un diagnóstico psiquiátrico para modificar sus documentos de identidad.",
            "El trámite judicial puede durar más de {n} meses y tiene un costo inaccesible para muchas personas.",
            "La ley de identidad de género aprobada en {other} en {year} es un referente de reconocimiento basado en la autodeterminación.",
        ],
        "conversion_practices": [
            "Las llamadas terapias de conversión siguen ofreciéndose en {country} en centros sin supervisión sanitaria.",
            "Las víctimas relatan encierros, sesiones de oración forzada y amenazas de sus propias familias.",
            "Cerca del {pct} por ciento de las personas encuestadas afirmó haber sido presionada para cambiar su orientación.",
        ],
        "violence": [
            "Entre {year} y el año pasado registramos {n} asesinatos de personas LGBTI en {country}.",
            "La mayoría de las agresiones no se denuncian por miedo a la revictimización en las comisarías.",
            "Las mujeres trans que ejercen el trabajo sexual en {city} son las principales víctimas de la violencia callejera.",
        ],
        "health": [
            "El acceso a servicios de salud trans específicos se concentra en un único hospital de {city}.",
            "El personal sanitario recibe muy poca formación sobre las necesidades de las personas LGBTI.",
            "Alrededor del {pct} por ciento de las personas trans encuestadas declaró haber sido rechazada en un centro de salud.",
        ],
        "education": [
            "El acoso escolar por orientación sexual o expresión de género es frecuente en los colegios de {country}.",
            "La educación sexual integral fue eliminada de los programas escolares en {year} tras una campaña de grupos conservadores.",
            "Muchos docentes reconocen que no saben cómo actuar cuando un estudiante es hostigado por sus compañeros.",
        ],
        "employment": [
            "La legislación laboral de {country} no prohíbe de forma expresa la discriminación por orientación sexual o identidad de género.",
            "Las personas trans enfrentan un desempleo muy elevado y dependen con frecuencia del trabajo informal.",
            "En {year} nuestra línea de atención recibió {n} denuncias de despidos y acoso en el trabajo.",
        ],
        "asylum": [
            "Las personas solicitantes de asilo LGBTI son sometidas a preguntas invasivas sobre su vida sexual.",
            "Muchas personas que huyen de {other} llegan a {country} sin redes de apoyo y sin acceso a vivienda.",
            "Los albergues no cuentan con protocolos para prevenir el acoso contra personas trans.",
        ],
        "data": [
            "No existen estadísticas oficiales en {country} sobre la violencia contra personas LGBTI.",
            "El censo de {year} no incluyó preguntas sobre orientación sexual ni identidad de género.",
            "La recolección de datos debe ser voluntaria, anónima y contar con garantías sólidas de protección.",
        ],
        "intersex": [
            "En {country} se siguen practicando cirugías innecesarias a niñas y niños intersex sin su consentimiento.",
            "Las familias rara vez reciben información completa o acompañamiento entre pares.",
            "Solicitamos la prohibición legal de intervenciones no vitales en menores intersex, como se hizo en {other}.",
        ],
        "expression_assembly": [
            "Las marchas del orgullo en {city} han sido prohibidas en {n} ocasiones por supuestos motivos de orden público.",
            "Un proyecto de ley presentado en {year} busca prohibir la llamada propaganda de género en las escuelas.",
            "Varias organizaciones han visto denegado su registro legal por mencionar la diversidad sexual en sus estatutos.",
        ],
        "family": [
            "Las parejas del mismo sexo en {country} no pueden contraer matrimonio ni registrar una unión civil.",
            "Los hijos e hijas de familias homoparentales solo tienen un progenitor reconocido legalmente.",
            "La reforma constitucional de {year} definió el matrimonio como la unión entre un hombre y una mujer.",
        ],
    },
    "fr": {
        "criminalisation": [
            "Au {country}, le code pénal réprime toujours les relations sexuelles consenties entre personnes de même sexe.",
            "Même lorsque les poursuites sont rares, la loi alimente le chantage et les arrestations arbitraires.",
            "La dépénalisation intervenue en {other} montre qu'une réforme est possible lorsque la justice protège la vie privée.",
        ],
        "gender_recognition": [
            "Les personnes trans ne peuvent modifier la mention du sexe à l'état civil qu'au terme d'une longue procédure judiciaire.",
            "Les juges exigent encore des certificats médicaux et parfois des preuves d'opérations chirurgicales.",
            "Une procédure administrative fondée sur l'autodétermination, comme en {other} depuis {year}, serait plus respectueuse.",
        ],
        "conversion_practices": [
            "Des pratiques dites de conversion sont proposées au {country} par des groupes religieux et des thérapeutes autoproclamés.",
            "Les personnes concernées décrivent des séances d'exorcisme, des privations et un isolement prolongé.",
            "Environ {pct} pour cent des répondants à notre enquête ont subi des pressions familiales pour changer d'orientation.",
        ],
        "violence": [
            "Nous avons recensé {n} agressions graves contre des personnes LGBTI au {country} depuis {year}.",
            "La plupart des victimes renoncent à porter plainte par crainte d'être humiliées au commissariat.",
            "Les motifs homophobes et transphobes ne sont pas reconnus comme circonstances aggravantes.",
        ],
        "health": [
            "L'accès aux soins d'affirmation de genre se limite à un seul service hospitalier à {city}.",
            "Le personnel de santé est peu formé aux besoins des personnes lesbiennes, gays, bisexuelles, trans et intersexes.",
            "Près de {pct} pour cent des personnes trans interrogées déclarent avoir renoncé à des soins par peur de la discrimination.",
        ],
        "education": [
            "Le harcèlement scolaire lié à l'orientation sexuelle reste très répandu dans les établissements du {country}.",
            "Les enseignants manquent de formation et de consignes claires pour protéger les élèves concernés.",
            "L'éducation complète à la sexualité a été retirée des programmes en {year}.",
        ],
        "employment": [
            "Le droit du travail ne mentionne pas explicitement l'orientation sexuelle ni l'identité de genre parmi les motifs interdits.",
            "Les personnes trans sont souvent écartées des recrutements dès que leurs documents ne correspondent pas à leur apparence.",
            "Notre permanence juridique a reçu {n} signalements de licenciement ou de harcèlement en {year}.",
        ],
        "asylum": [
            "Les demandeurs d'asile LGBTI sont interrogés de manière intrusive sur leur vie intime.",
            "Les autorités exigent parfois des preuves de l'orientation sexuelle impossibles à fournir.",
            "Les personnes originaires de {other} attendent souvent plusieurs années une décision sur leur demande.",
        ],
        "data": [
            "Aucune statistique officielle ne documente les violences subies par les personnes LGBTI au {country}.",
            "Le recensement de {year} ne comportait aucune question sur l'orientation sexuelle ou l'identité de genre.",
            "La collecte de données doit rester volontaire, anonyme et entourée de garanties solides.",
        ],
        "intersex": [
            "Des interventions chirurgicales non nécessaires sont toujours pratiquées sur des enfants intersexes.",
            "Les parents reçoivent rarement une information complète sur les alternatives à la chirurgie.",
            "Nous demandons l'interdiction des actes médicaux non vitaux sur les mineurs intersexes, à l'instar de {other}.",
        ],
        "expression_assembly": [
            "Les marches des fiertés à {city} ont été interdites {n} fois au nom de l'ordre public.",
            "Un projet de loi de {year} vise à interdire la « propagande » des relations non traditionnelles.",
            "Plusieurs associations se sont vu refuser leur enregistrement en raison de leur objet social.",
        ],
        "family": [
            "Les couples de même sexe ne disposent d'aucune forme de reconnaissance juridique au {country}.",
            "Les enfants élevés par deux mères ou deux pères n'ont qu'un seul parent reconnu par la loi.",
            "Le partenariat enregistré adopté en {other} en {year} a renforcé la sécurité juridique des familles.",
        ],
    },
    "pt": {
        "criminalisation": [
            "Em {country}, as relações consensuais entre pessoas do mesmo sexo ainda são punidas pelo código penal.",
            "Mesmo sem processos frequentes, a lei favorece a extorsão e as detenções arbitrárias.",
            "A descriminalização alcançada em {other} mostra que a reforma é possível.",
        ],
        "gender_recognition": [
            "As pessoas trans em {country} enfrentam um processo longo e caro para retificar nome e sexo nos documentos.",
            "Muitos cartórios ainda exigem laudos médicos, apesar da decisão judicial de {year}.",
            "O modelo de autodeterminação adotado em {other} é uma referência importante.",
        ],
        "conversion_practices": [
            "As chamadas terapias de conversão continuam a ser oferecidas em {country} por grupos religiosos e terapeutas sem registro.",
            "Os sobreviventes relatam isolamento, orações forçadas e ameaças de expulsão de casa.",
            "Cerca de {pct} por cento dos entrevistados sofreram pressão familiar para mudar a sua orientação.",
        ],
        "violence": [
            "Registamos {n} homicídios de pessoas LGBTI em {country} desde {year}.",
            "A maioria das vítimas não denuncia as agressões por medo de ser humilhada pela polícia.",
            "As travestis e mulheres trans em {city} são as principais vítimas da violência de rua.",
        ],
        "health": [
            "O acesso a cuidados de afirmação de género está concentrado num único serviço em {city}.",
            "Os profissionais de saúde recebem pouca formação sobre as necessidades da população LGBTI.",
            "Cerca de {pct} por cento das pessoas trans inquiridas relataram ter sido recusadas num serviço de saúde.",
        ],
        "education": [
            "O bullying homofóbico e transfóbico é comum nas escolas de {country}.",
            "A educação sexual abrangente foi retirada do currículo em {year} após pressão de grupos conservadores.",
            "Os professores dizem não ter orientações claras para proteger os alunos.",
        ],
        "employment": [
            "A legislação laboral de {country} não proíbe expressamente a discriminação por orientação sexual ou identidade de género.",
            "As pessoas trans enfrentam taxas de desemprego muito elevadas e dependem do trabalho informal.",
            "Em {year}, o nosso serviço de apoio recebeu {n} queixas de despedimento ou assédio.",
        ],
        "asylum": [
            "Os requerentes de asilo LGBTI são sujeitos a perguntas invasivas sobre a sua vida íntima.",
            "Muitas pessoas que fogem de {other} chegam a {country} sem rede de apoio.",
            "Os centros de acolhimento não têm protocolos para prevenir o assédio contra pessoas trans.",
        ],
        "data": [
            "Não existem estatísticas oficiais em {country} sobre a violência contra pessoas LGBTI.",
            "O censo de {year} não incluiu perguntas sobre orientação sexual nem identidade de género.",
            "A recolha de dados deve ser voluntária, anónima e protegida por garantias sólidas.",
        ],
        "intersex": [
            "Crianças intersexo continuam a ser submetidas a cirurgias desnecessárias sem o seu consentimento.",
            "As famílias raramente recebem informação completa ou apoio de pares.",
            "Pedimos a proibição legal de intervenções não vitais em menores intersexo, como em {other}.",
        ],
        "expression_assembly": [
            "As marchas do orgulho em {city} foram proibidas {n} vezes por alegadas razões de ordem pública.",
            "Um projeto de lei apresentado em {year} pretende proibir a chamada ideologia de género nas escolas.",
            "Várias associações tiveram o seu registo recusado por mencionarem a diversidade sexual.",
        ],
        "family": [
            "Os casais do mesmo sexo em {country} não podem casar nem registar uma união de facto.",
            "As crianças de famílias homoparentais têm apenas um dos pais legalmente reconhecido.",
            "A revisão constitucional de {year} definiu o casamento como a união entre um homem e uma mulher.",
        ],
    },
    "ru": {
        "criminalisation": [
            "В стране {country} добровольные однополые отношения между взрослыми по-прежнему преследуются по уголовному закону.",
            "Даже при редком применении эта норма используется для шантажа и вымогательства.",
            "Опыт страны {other} показывает, что декриминализация возможна.",
        ],
        "gender_recognition": [
            "Трансгендерные люди не могут изменить документы без заключения специальной медицинской комиссии.",
            "После принятия поправок в {year} году смена гендерного маркера фактически запрещена.",
            "Несоответствие документов внешности приводит к унижениям при трудоустройстве и на границе.",
        ],
        "conversion_practices": [
            "Так называемая конверсионная терапия предлагается в стране {country} частными центрами и религиозными группами.",
            "Пострадавшие рассказывают о принудительной изоляции, молитвах и угрозах со стороны родственников.",
            "Около {pct} процентов опрошенных сообщили о давлении семьи с целью изменить их ориентацию.",
        ],
        "violence": [
            "С {year} года мы зафиксировали {n} случаев нападений на ЛГБТ-людей в городе {city}.",
            "Большинство пострадавших не обращаются в полицию, опасаясь унижения и разглашения.",
            "Мотив ненависти по признаку сексуальной ориентации не учитывается как отягчающее обстоятельство.",
        ],
        "health": [
            "Доступ к медицинской помощи для трансгендерных людей ограничен одной клиникой в городе {city}.",
            "Медицинские работники почти не получают подготовки по вопросам здоровья ЛГБТИ-людей.",
            "Около {pct} процентов опрошенных трансгендерных людей сталкивались с отказом в медицинской помощи.",
        ],
        "education": [
            "Травля в школах по признаку сексуальной ориентации и гендерного самовыражения широко распространена.",
            "Учителя не имеют никаких рекомендаций о том, как защищать таких учеников.",
            "Программы полового просвещения были исключены из школьной программы в {year} году.",
        ],
        "employment": [
            "Трудовое законодательство не запрещает прямо дискриминацию по признаку сексуальной ориентации и гендерной идентичности.",
            "Трансгендерным людям часто отказывают в работе после проверки документов.",
            "В {year} году на нашу горячую линию поступило {n} жалоб на увольнение или преследование на работе.",
        ],
        "asylum": [
            "ЛГБТ-люди, бежавшие из страны {country}, сталкиваются с трудностями при получении убежища.",
            "На собеседованиях им задают унизительные вопросы о частной жизни.",
            "Процедуры в стране {other} занимают годы, и многие остаются без правового статуса.",
        ],
        "data": [
            "Официальная статистика о насилии в отношении ЛГБТ-людей в стране {country} отсутствует.",
            "Перепись {year} года не содержала вопросов о сексуальной ориентации или гендерной идентичности.",
            "Сбор данных должен быть добровольным, анонимным и защищённым надёжными гарантиями.",
        ],
        "intersex": [
            "Интерсекс-детям по-прежнему проводятся операции без медицинской необходимости и без их согласия.",
            "Родители редко получают полную информацию и поддержку.",
            "Мы призываем запретить немедицинские вмешательства у интерсекс-детей, как это сделано в стране {other}.",
        ],
        "expression_assembly": [
            "Закон о запрете так называемой «пропаганды нетрадиционных сексуальных отношений» принят в {year} году.",
            "Публичные акции в городе {city} запрещались {n} раз под предлогом общественного порядка.",
            "Организациям отказывают в регистрации, а журналистов штрафуют за публикации на эту тему.",
        ],
        "family": [
            "Однополые пары в стране {country} не имеют никакой возможности юридически оформить свои отношения.",
            "Дети в однополых семьях имеют только одного юридически признанного родителя.",
            "Конституционные поправки {year} года закрепили брак исключительно как союз мужчины и женщины.",
        ],
    },
}

HEADINGS = {
    "en": {
        "criminalisation": "Criminalisation of same-sex relations",
        "gender_recognition": "Legal gender recognition",
        "conversion_practices": "So-called conversion practices",
        "violence": "Violence and hate crimes",
        "health": "Health and access to care",
        "education": "Education and bullying",
        "employment": "Discrimination in employment",
        "asylum": "Asylum and refugees",
        "data": "Data collection",
        "intersex": "Bodily integrity of intersex persons",
        "expression_assembly": "Freedom of expression and assembly",
        "family": "Family and partnership recognition",
    },
    "es": {
        "criminalisation": "Criminalización",
        "gender_recognition": "Reconocimiento legal de la identidad de género",
        "conversion_practices": "Las llamadas terapias de conversión",
        "violence": "Violencia y crímenes de odio",
        "health": "Salud",
        "education": "Educación y acoso escolar",
        "employment": "Empleo",
        "asylum": "Asilo y refugio",
        "data": "Recolección de datos",
        "intersex": "Personas intersex",
        "expression_assembly": "Libertad de expresión y de reunión",
        "family": "Reconocimiento de las familias",
    },
    "fr": {
        "criminalisation": "Pénalisation",
        "gender_recognition": "Reconnaissance juridique du genre",
        "conversion_practices": "Pratiques dites de conversion",
        "violence": "Violences et crimes de haine",
        "health": "Santé et accès aux soins",
        "education": "Éducation et harcèlement scolaire",
        "employment": "Emploi",
        "asylum": "Asile et réfugiés",
        "data": "Collecte de données",
        "intersex": "Personnes intersexes",
        "expression_assembly": "Libertés d'expression et de réunion",
        "family": "Reconnaissance des couples et des familles",
    },
    "pt": {
        "criminalisation": "Criminalização",
        "gender_recognition": "Reconhecimento legal da identidade de género",
        "conversion_practices": "As chamadas terapias de conversão",
        "violence": "Violência e crimes de ódio",
        "health": "Saúde",
        "education": "Educação e bullying",
        "employment": "Emprego",
        "asylum": "Asilo e refugiados",
        "data": "Recolha de dados",
        "intersex": "Pessoas intersexo",
        "expression_assembly": "Liberdade de expressão e de reunião",
        "family": "Reconhecimento das famílias",
    },
    "ru": {
        "criminalisation": "Уголовное преследование",
        "gender_recognition": "Юридическое признание гендера",
        "conversion_practices": "Так называемая конверсионная терапия",
        "violence": "Насилие и преступления на почве ненависти",
        "health": "Здоровье и доступ к медицинской помощи",
        "education": "Образование и травля",
        "employment": "Дискриминация в сфере труда",
        "asylum": "Убежище и беженцы",
        "data": "Сбор данных",
        "intersex": "Интерсекс-люди",
        "expression_assembly": "Свобода выражения мнений и собраний",
        "family": "Признание семей",
    },
}

# Generic sentences mixed into topic paragraphs.  {org} = short submitter name.
GENERIC = {
    "en": {
        "intro": [
            "{org} welcomes the opportunity to contribute to the forthcoming thematic report of the Independent Expert.",
            "This submission draws on our monitoring work and on interviews conducted between {year} and this year.",
            "{org} has worked with lesbian, gay, bisexual, trans and intersex communities in {country} for more than {n} years.",
        ],
        "filler": [
            "These findings are consistent with the reports of other organisations in the region.",
            "The situation has deteriorated since {year}.",
            "Community members told us that they feel abandoned by the institutions meant to protect them.",
            "The authorities have so far not responded to our requests for information.",
        ],
        "recommend": [
            "We respectfully recommend that the Independent Expert call on States to adopt comprehensive anti-discrimination legislation.",
            "We would welcome a country visit by the Independent Expert to {country}.",
            "States should consult affected communities before adopting any measure that concerns them.",
        ],
        "recs_heading": "Recommendations",
        "intro_heading": "Introduction",
    },
    "es": {
        "intro": [
            "{org} agradece la oportunidad de contribuir al próximo informe temático del Experto Independiente.",
            "Este aporte se basa en nuestro trabajo de monitoreo y en entrevistas realizadas desde {year}.",
        ],
        "filler": [
            "Estos datos coinciden con los informes de otras organizaciones de la región.",
            "La situación se ha agravado desde {year}.",
            "Las autoridades no han respondido a nuestras solicitudes de información.",
        ],
        "recommend": [
            "Recomendamos respetuosamente que el Experto Independiente inste a los Estados a aprobar leyes integrales contra la discriminación.",
            "Invitamos al Experto Independiente a realizar una visita oficial a {country}.",
        ],
        "recs_heading": "Recomendaciones",
        "intro_heading": "Introducción",
    },
    "fr": {
        "intro": [
            "{org} se félicite de pouvoir contribuer au prochain rapport thématique de l'Expert indépendant.",
            "La présente contribution s'appuie sur notre travail de documentation mené depuis {year}.",
        ],
        "filler": [
            "Ces constats rejoignent ceux d'autres organisations de la région.",
            "La situation s'est dégradée depuis {year}.",
            "Les autorités n'ont pas répondu à nos demandes d'information.",
        ],
        "recommend": [
            "Nous recommandons respectueusement à l'Expert indépendant d'appeler les États à adopter une législation complète contre la discrimination.",
            "Nous inviterions volontiers l'Expert indépendant à effectuer une visite au {country}.",
        ],
        "recs_heading": "Recommandations",
        "intro_heading": "Introduction",
    },
    "pt": {
        "intro": [
            "{org} agradece a oportunidade de contribuir para o próximo relatório temático do Perito Independente.",
            "Este contributo baseia-se no nosso trabalho de monitorização realizado desde {year}.",
        ],
        "filler": [
            "Estes dados coincidem com os relatórios de outras organizações da região.",
            "A situação agravou-se desde {year}.",
            "As autoridades não responderam aos nossos pedidos de informação.",
        ],
        "recommend": [
            "Recomendamos que o Perito Independente exorte os Estados a adotar legislação abrangente contra a discriminação.",
            "Convidamos o Perito Independente a realizar uma visita oficial a {country}.",
        ],
        "recs_heading": "Recomendações",
        "intro_heading": "Introdução",
    },
    "ru": {
        "intro": [
            "{org} благодарит за возможность внести вклад в подготовку тематического доклада Независимого эксперта.",
            "Настоящее представление основано на нашей мониторинговой работе с {year} года.",
        ],
        "filler": [
            "Эти данные совпадают с выводами других организаций региона.",
            "С {year} года ситуация ухудшилась.",
            "Власти не ответили на наши запросы о предоставлении информации.",
        ],
        "recommend": [
            "Мы рекомендуем Независимому эксперту призвать государства принять всеобъемлющее антидискриминационное законодательство.",
            "Мы были бы рады официальному визиту Независимого эксперта в страну {country}.",
        ],
        "recs_heading": "Рекомендации",
        "intro_heading": "Введение",
    },
}

CONFID = {
    "withhold_name": {
        "en": [
            "We request that our organisation not be named in the report.",
            "Please do not mention the name of our organisation in any public document; the content may be used anonymously.",
            "For security reasons, we ask that this input be published without attribution to our organisation.",
        ],
        "es": [
            "Solicitamos que no se mencione el nombre de nuestra organización.",
            "Por razones de seguridad, pedimos que el contenido se utilice sin identificar a nuestra organización.",
        ],
        "fr": [
            "Nous demandons que le nom de notre organisation ne soit pas cité.",
            "Pour des raisons de sécurité, cette contribution peut être utilisée sans mentionner notre nom.",
        ],
        "pt": [
            "Solicitamos que o nome da nossa organização não seja mencionado no relatório.",
            "Por razões de segurança, pedimos que o contributo seja utilizado sem identificar a nossa organização.",
        ],
        "ru": [
            "Просим не упоминать название нашей организации в докладе.",
            "В целях безопасности просим использовать эти материалы без указания нашей организации.",
        ],
    },
    "do_not_publish": {
        "en": [
            "This submission is confidential and should not be published.",
            "CONFIDENTIAL: not for publication on the OHCHR website.",
        ],
        "es": [
            "Esta contribución es confidencial y no debe publicarse.",
            "CONFIDENCIAL: no publicar en el sitio web del ACNUDH.",
        ],
        "fr": [
            "Cette contribution est confidentielle et ne doit pas être publiée.",
            "CONFIDENTIEL : ne pas publier sur le site du HCDH.",
        ],
        "pt": [
            "Este contributo é confidencial e não deve ser publicado.",
            "CONFIDENCIAL: não publicar no sítio do ACNUDH.",
        ],
        "ru": [
            "Настоящее представление является конфиденциальным и не подлежит публикации.",
            "КОНФИДЕНЦИАЛЬНО: не для публикации на сайте УВКПЧ.",
        ],
    },
}
