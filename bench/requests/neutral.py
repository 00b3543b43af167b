"""Neutral submission text in the eight benchmark languages, around which each item is placed.

Written for the benchmark: ordinary input to a call on the human rights of LGBTI persons,
with no word about confidentiality, publication or naming, so that whatever the detector
finds in a built file comes from the item. Per language: a title, five paragraphs (page 1
holds 0-1, page 2 holds 2-3, page 3 holds 4), a closing formula and a sender.
"""

TEXTS = {
    "en": {
        "title": "Input to the call for contributions on violence and discrimination based on sexual orientation and gender identity",
        "paragraphs": [
            "Our association has worked since 2011 with lesbian, gay, bisexual, trans and intersex people in three provinces. "
            "We run a legal aid desk, a peer support group for young people and a small shelter for people who have been "
            "forced to leave their family homes. This input summarises what we have documented over the last two years.",
            "Between January 2022 and December 2023 our legal aid desk recorded 214 cases. Most concerned harassment by "
            "neighbours and relatives, dismissal from work and refusals of rental housing. In 37 cases people reported "
            "physical violence, and in only nine of them did the police register a complaint and open an investigation.",
            "Health services remain difficult to reach. Trans women told us that clinics ask them to come back another "
            "day, or refer them to psychiatric services for ordinary complaints. Intersex adults described surgeries "
            "carried out in childhood without their consent and the lasting consequences these have had on their health.",
            "Schools are a second area of concern. Teachers receive no training on diversity, and bullying of pupils "
            "perceived as different is rarely addressed. Several young people in our support group left school before "
            "completing their secondary education, which limits their chances of finding stable work later on.",
            "We recommend that the State adopt a comprehensive anti-discrimination law covering sexual orientation, "
            "gender identity and sex characteristics, train police officers to register hate crimes, ban medically "
            "unnecessary surgeries on intersex children, and fund community organisations that provide shelter and support.",
        ],
        "closing": "Yours sincerely,",
        "sender": ["Maria Delgado", "Coordinator, Rainbow Support Network"],
    },
    "es": {
        "title": "Aporte a la convocatoria sobre violencia y discriminación por orientación sexual e identidad de género",
        "paragraphs": [
            "Nuestra asociación trabaja desde 2011 con personas lesbianas, gais, bisexuales, trans e intersex en tres "
            "provincias. Ofrecemos asesoría jurídica, un grupo de apoyo entre pares para jóvenes y un pequeño albergue "
            "para quienes han tenido que dejar el hogar familiar. Este aporte resume lo que hemos documentado en dos años.",
            "Entre enero de 2022 y diciembre de 2023 registramos 214 casos. La mayoría se refería a acoso por parte de "
            "vecinos y familiares, despidos laborales y negativas a alquilar vivienda. En 37 casos hubo violencia física, "
            "y solo en nueve de ellos la policía recibió la denuncia y abrió una investigación.",
            "Los servicios de salud siguen siendo de difícil acceso. Mujeres trans nos contaron que en los centros de "
            "salud les piden volver otro día o las derivan a psiquiatría por consultas comunes. Personas intersex adultas "
            "describieron cirugías realizadas en la infancia sin su consentimiento y sus consecuencias duraderas.",
            "La escuela es otro ámbito preocupante. El personal docente no recibe formación sobre diversidad y el acoso "
            "contra estudiantes percibidos como diferentes rara vez se atiende. Varios jóvenes de nuestro grupo dejaron "
            "la escuela antes de terminar la secundaria, lo que reduce sus posibilidades de encontrar empleo estable.",
            "Recomendamos que el Estado adopte una ley integral contra la discriminación que incluya la orientación "
            "sexual, la identidad de género y las características sexuales, capacite a la policía para registrar delitos "
            "de odio, prohíba cirugías innecesarias en niñas y niños intersex y financie a las organizaciones comunitarias.",
        ],
        "closing": "Atentamente,",
        "sender": ["Lucía Fernández", "Coordinadora, Red Diversidad y Apoyo"],
    },
    "fr": {
        "title": "Contribution à l'appel sur la violence et la discrimination fondées sur l'orientation sexuelle et l'identité de genre",
        "paragraphs": [
            "Notre association travaille depuis 2011 avec des personnes lesbiennes, gays, bisexuelles, trans et intersexes "
            "dans trois régions. Nous tenons une permanence juridique, un groupe de soutien entre pairs pour les jeunes et "
            "un petit foyer d'hébergement. Cette contribution résume ce que nous avons documenté au cours des deux dernières années.",
            "Entre janvier 2022 et décembre 2023, notre permanence a enregistré 214 situations. La plupart concernaient du "
            "harcèlement de la part de voisins ou de proches, des licenciements et des refus de location. Dans 37 cas, les "
            "personnes ont subi des violences physiques, et la police n'a enregistré une plainte que dans neuf d'entre eux.",
            "L'accès aux soins reste difficile. Des femmes trans nous ont dit que certains centres de santé leur demandent "
            "de revenir un autre jour ou les orientent vers la psychiatrie pour des problèmes courants. Des adultes intersexes "
            "ont décrit des opérations subies dans l'enfance sans leur consentement et leurs séquelles durables.",
            "L'école est un autre sujet de préoccupation. Les enseignants ne reçoivent aucune formation sur la diversité et "
            "le harcèlement des élèves perçus comme différents est rarement traité. Plusieurs jeunes de notre groupe ont quitté "
            "l'école avant la fin du secondaire, ce qui réduit leurs chances de trouver un emploi stable.",
            "Nous recommandons que l'État adopte une loi globale contre les discriminations couvrant l'orientation sexuelle, "
            "l'identité de genre et les caractéristiques sexuelles, forme la police à l'enregistrement des crimes de haine, "
            "interdise les opérations non nécessaires sur les enfants intersexes et finance les associations de terrain.",
        ],
        "closing": "Veuillez agréer l'expression de nos salutations distinguées,",
        "sender": ["Claire Moreau", "Coordinatrice, Réseau Arc-en-ciel Solidarité"],
    },
    "pt": {
        "title": "Contribuição ao chamado sobre violência e discriminação por orientação sexual e identidade de gênero",
        "paragraphs": [
            "Nossa associação trabalha desde 2011 com pessoas lésbicas, gays, bissexuais, trans e intersexo em três estados. "
            "Mantemos um serviço de orientação jurídica, um grupo de apoio entre pares para jovens e uma pequena casa de "
            "acolhida. Esta contribuição resume o que documentamos nos últimos dois anos.",
            "Entre janeiro de 2022 e dezembro de 2023, registramos 214 casos. A maioria envolvia assédio por vizinhos e "
            "familiares, demissões e recusas de aluguel de moradia. Em 37 casos houve violência física, e somente em nove "
            "deles a polícia registrou a ocorrência e abriu uma investigação.",
            "O acesso à saúde continua difícil. Mulheres trans relataram que as unidades de saúde pedem que voltem outro dia "
            "ou as encaminham para a psiquiatria por queixas comuns. Pessoas intersexo adultas descreveram cirurgias feitas "
            "na infância sem o seu consentimento e as consequências duradouras para a sua saúde.",
            "A escola é outra área de preocupação. Os professores não recebem formação sobre diversidade e o bullying contra "
            "estudantes vistos como diferentes raramente é enfrentado. Vários jovens do nosso grupo deixaram a escola antes "
            "de concluir o ensino médio, o que reduz as suas chances de conseguir um emprego estável.",
            "Recomendamos que o Estado adote uma lei abrangente contra a discriminação que inclua orientação sexual, "
            "identidade de gênero e características sexuais, capacite a polícia para registrar crimes de ódio, proíba "
            "cirurgias desnecessárias em crianças intersexo e financie as organizações comunitárias de acolhimento.",
        ],
        "closing": "Atenciosamente,",
        "sender": ["Ana Paula Souza", "Coordenadora, Rede Arco-Íris de Apoio"],
    },
    "ru": {
        "title": "Материалы к призыву о насилии и дискриминации по признаку сексуальной ориентации и гендерной идентичности",
        "paragraphs": [
            "Наша ассоциация с 2011 года работает с лесбиянками, геями, бисексуалами, трансгендерными и интерсекс-людьми "
            "в трёх регионах. Мы ведём юридическую консультацию, группу взаимной поддержки для молодёжи и небольшой приют "
            "для тех, кому пришлось уйти из семьи. В этих материалах изложено то, что мы задокументировали за два года.",
            "С января 2022 года по декабрь 2023 года наша консультация зарегистрировала 214 обращений. Чаще всего речь шла "
            "о преследовании со стороны соседей и родственников, увольнениях и отказах в аренде жилья. В 37 случаях люди "
            "сообщили о физическом насилии, и лишь в девяти из них полиция приняла заявление и начала проверку.",
            "Медицинская помощь по-прежнему труднодоступна. Трансгендерные женщины рассказали, что в поликлиниках их просят "
            "прийти в другой день или направляют к психиатру с обычными жалобами. Взрослые интерсекс-люди описали операции, "
            "проведённые в детстве без их согласия, и их долгосрочные последствия для здоровья.",
            "Вторая проблема — школы. Учителя не проходят обучения по вопросам многообразия, а травлю учеников, которых "
            "считают не такими, как все, почти никогда не пресекают. Несколько молодых людей из нашей группы бросили школу, "
            "не получив среднего образования, что снижает их шансы найти постоянную работу.",
            "Мы рекомендуем государству принять всеобъемлющий закон против дискриминации, охватывающий сексуальную "
            "ориентацию, гендерную идентичность и половые характеристики, обучить полицию регистрировать преступления "
            "на почве ненависти, запретить ненужные операции на интерсекс-детях и финансировать общественные организации.",
        ],
        "closing": "С уважением,",
        "sender": ["Ольга Смирнова", "Координатор, Сеть поддержки «Радуга»"],
    },
    "ar": {
        "title": "مساهمة في الدعوة بشأن العنف والتمييز على أساس الميل الجنسي والهوية الجنسانية",
        "paragraphs": [
            "تعمل جمعيتنا منذ عام 2011 مع المثليات والمثليين ومزدوجي الميل الجنسي ومغايري الهوية الجنسانية وحاملي صفات "
            "الجنسين في ثلاث محافظات. نقدم خدمة للمساعدة القانونية ومجموعة دعم للشباب ومأوى صغيرا لمن اضطروا إلى مغادرة "
            "بيوت أسرهم. تلخص هذه المساهمة ما وثقناه خلال العامين الماضيين.",
            "بين كانون الثاني 2022 وكانون الأول 2023 سجلت خدمتنا القانونية 214 حالة. تعلقت معظمها بالمضايقات من الجيران "
            "والأقارب والفصل من العمل ورفض تأجير السكن. وفي 37 حالة تعرض الأشخاص لعنف جسدي، ولم تسجل الشرطة شكوى وتفتح "
            "تحقيقا إلا في تسع حالات منها.",
            "لا يزال الوصول إلى الخدمات الصحية صعبا. أخبرتنا نساء عابرات أن المراكز الصحية تطلب منهن العودة في يوم آخر "
            "أو تحيلهن إلى الطب النفسي بسبب شكاوى عادية. ووصف بالغون من حاملي صفات الجنسين عمليات جراحية أجريت لهم في "
            "الطفولة دون موافقتهم وما خلفته من آثار دائمة.",
            "المدرسة مجال آخر يثير القلق. لا يتلقى المعلمون أي تدريب على التنوع، ونادرا ما يعالج التنمر على التلاميذ "
            "الذين ينظر إليهم على أنهم مختلفون. وقد ترك عدد من الشباب في مجموعتنا الدراسة قبل إتمام المرحلة الثانوية، "
            "مما يقلل فرصهم في الحصول على عمل مستقر.",
            "نوصي بأن تعتمد الدولة قانونا شاملا لمكافحة التمييز يشمل الميل الجنسي والهوية الجنسانية والخصائص الجنسية، "
            "وأن تدرب الشرطة على تسجيل جرائم الكراهية، وأن تحظر العمليات الجراحية غير الضرورية على الأطفال حاملي صفات "
            "الجنسين، وأن تمول المنظمات المجتمعية التي تقدم المأوى والدعم.",
        ],
        "closing": "وتفضلوا بقبول فائق الاحترام،",
        "sender": ["سارة منصور", "منسقة، شبكة قوس قزح للدعم"],
    },
    "zh": {
        "title": "关于基于性取向和性别认同的暴力与歧视问题征集意见的材料",
        "paragraphs": [
            "我们的协会自2011年以来在三个省份为女同性恋、男同性恋、双性恋、跨性别者和间性人提供服务。我们设有法律援助窗口、"
            "面向青年的同伴支持小组，以及为被迫离开家庭的人提供的小型庇护所。本材料概述了我们在过去两年中记录的情况。",
            "2022年1月至2023年12月期间，我们的法律援助窗口共记录了214个案例。大多数涉及邻居和亲属的骚扰、被解雇以及租房被拒。"
            "在37个案例中，当事人遭受了身体暴力，但警方只在其中九个案例中受理报案并展开调查。",
            "获得医疗服务仍然困难。跨性别女性告诉我们，诊所常常让她们改天再来，或者因为普通病症把她们转到精神科。成年间性人"
            "讲述了童年时期在未经本人同意的情况下接受的手术，以及这些手术对健康造成的长期影响。",
            "学校是另一个令人担忧的领域。教师没有接受过关于多样性的培训，针对被视为与众不同的学生的欺凌很少得到处理。我们小组"
            "中有几位年轻人在完成中学教育之前就离开了学校，这降低了他们日后找到稳定工作的机会。",
            "我们建议国家通过一部涵盖性取向、性别认同和性特征的全面反歧视法，培训警察登记仇恨犯罪，禁止对间性儿童实施不必要的"
            "手术，并资助提供庇护和支持的社区组织。",
        ],
        "closing": "此致敬礼，",
        "sender": ["王丽", "彩虹支持网络协调员"],
    },
    "de": {
        "title": "Beitrag zum Aufruf zu Gewalt und Diskriminierung aufgrund der sexuellen Orientierung und Geschlechtsidentität",
        "paragraphs": [
            "Unser Verein arbeitet seit 2011 mit lesbischen, schwulen, bisexuellen, trans und intergeschlechtlichen Menschen "
            "in drei Bundesländern. Wir bieten eine Rechtsberatung, eine Selbsthilfegruppe für junge Menschen und eine kleine "
            "Notunterkunft für Menschen, die ihr Elternhaus verlassen mussten. Dieser Beitrag fasst zusammen, was wir in zwei "
            "Jahren dokumentiert haben.",
            "Zwischen Januar 2022 und Dezember 2023 hat unsere Rechtsberatung 214 Fälle erfasst. Die meisten betrafen "
            "Belästigung durch Nachbarn und Angehörige, Kündigungen und abgelehnte Mietanfragen. In 37 Fällen berichteten "
            "Menschen von körperlicher Gewalt, und nur in neun davon nahm die Polizei eine Anzeige auf und ermittelte.",
            "Der Zugang zur Gesundheitsversorgung bleibt schwierig. Trans Frauen berichteten, dass Praxen sie auf einen "
            "anderen Tag vertrösten oder sie wegen gewöhnlicher Beschwerden an die Psychiatrie verweisen. Intergeschlechtliche "
            "Erwachsene schilderten Operationen in ihrer Kindheit ohne ihre Einwilligung und deren dauerhafte Folgen.",
            "Die Schule ist ein weiterer Problembereich. Lehrkräfte erhalten keine Fortbildung zu Vielfalt, und Mobbing gegen "
            "Schülerinnen und Schüler, die als anders wahrgenommen werden, wird selten angegangen. Mehrere junge Menschen aus "
            "unserer Gruppe haben die Schule ohne Abschluss verlassen, was ihre Chancen auf eine feste Arbeit verringert.",
            "Wir empfehlen, dass der Staat ein umfassendes Antidiskriminierungsgesetz verabschiedet, das sexuelle "
            "Orientierung, Geschlechtsidentität und Geschlechtsmerkmale abdeckt, die Polizei in der Erfassung von "
            "Hasskriminalität schult, medizinisch unnötige Operationen an intergeschlechtlichen Kindern verbietet und "
            "gemeinnützige Organisationen fördert.",
        ],
        "closing": "Mit freundlichen Grüßen",
        "sender": ["Julia Becker", "Koordinatorin, Regenbogen Netzwerk e.V."],
    },
}

LANGUAGES = tuple(TEXTS)


def text(lang):
    """The neutral text of ``lang``, English for a language not written here."""
    return TEXTS.get(lang, TEXTS["en"])
