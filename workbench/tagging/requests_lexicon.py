"""How a request not to publish or not to name is said, as data, in en es fr pt ru ar zh de.

Kept apart from lexicon.py because it is read for safety, on every page, and reviewed on its
own. It is not a list of sentences but the parts a request is built from (see
confidentiality.py): a FRAME (we ask, please, we would rather …) or an obligation (MODAL),
a NEGATION, an ACT (publish … / name …) or an act that withholds by itself (withhold, keep
confidential), and an OBJECT (this submission, our name, the names of victims). MARKERS are
the short notices that are requests on their own (CONFIDENTIAL, not for attribution, eyes
only); NOTICE_ONLY_MARKERS, NOTICE_ABBREVIATIONS and NOTICE_NOUNS count only in a notice
(a header, a file name, a property, a short first line). THIRD, PAST, POLICY and METHOD words
make a sentence a report about others (the law prohibits …, complainants were not
identified, we recommend that the State …, the survey was anonymous): a mention, not a
request. CONSENT cancels a refusal (no objection to publication); HEDGES and quotes make a
marker a word talked about ("is it confidential?"); ATTRIBUTIVE heads make it describe
something else (a confidential complaints mechanism). CAREFUL (handle with care) is never
sure: a person reads it. Entries added under a dict's extra keys ("informal", "form", …)
are read with the rest.

Written by the workbench team from their knowledge of the languages (no external source).
Each entry is a regex fragment matched on lower-cased text whose Arabic is normalised (no
diacritics or tatweel, one alef, ى→ي, ة→ه; see confidentiality.normalise). A fragment that
starts with a Latin or Cyrillic letter must start a word; its end is open (a stem) unless it
ends with \\b. Arabic and Chinese fragments are substrings: Arabic prefixes (و ف ب ل ال) and
Chinese, which has no spaces, match without boundaries. The prefilter's substrings are
read from these regexes (confidentiality.required_literals), so they are never listed by hand.
"""

# First-person requests and wishes, polite imperatives, conditionals.
FRAME = {
    "en": [
        r"we (?:\w+ )?(?:ask|request|require|prefer|wish|want|insist|need|expect|trust|urge you|kindly)",
        r"i (?:\w+ )?(?:ask|request|prefer|wish|want|insist|need)",
        r"please\b",
        r"pls\b",
        r"kindly\b",
        r"we(?:'d| would)",
        r"i(?:'d| would)",
        r"prefer(?:s)? (?:not|that|to)\b",
        r"wish(?:es)? (?:not|that|to)\b",
        r"would (?:like|prefer|rather|appreciate|ask)",
        r"asks? (?:that|not|you|for)\b",
        r"requests? (?:that|not|you)\b",
        r"(?:we|i) do(?: not|n't) (?:want|wish|consent|agree|authori)",
        r"(?:we|i) (?:are|am) not (?:comfortable|willing|happy)",
        r"grateful if",
        r"appreciate (?:it )?if",
        r"request(?:ed)? that",
        r"ask(?:ed)? that",
        r"on (?:the )?condition",
        r"provided that",
        r"may we",
        r"could you",
        r"would you",
        r"if (?:at all )?possible",
        r"at (?:our|my|the submitter'?s?|the author'?s?) request",
        r"by request",
        r"upon request",
        r"at the request of(?! ?(?:the |their |his |her |las? |los |les |as |os |das |dos |des |de la |del |l'|o |a |seus |suas |sus |leurs? )?(?:famil|famíl|victim|víctim|vítim|participant|interview|entrevist|person|pessoa|persona|survivor|sobreviv|témoin|testig|testemunh|respondent|source|fuente|fonte|client|user|usuari|utilisat|intéress|interesad|interessad))",
        r"(?:as|was|were|been|has|have) (?:\w+ )?(?:requested|asked)",
        r"it is (?:requested|our wish|asked)",
        r"our (?:request|wish|preference)",
        r"(?:^|(?<=[:;,(–—-] )|(?<=\.\.\. ))do(?: not|n't)\b",
        r"(?:^|(?<=[:;,(–—-] ))never (?:publish|post|name|identify|mention|share|disclose)",
        r"(?:we|i)(?:'d| would) rather",
        r"we object",
        r"(?:we|i) (?:have not|haven't|did not|didn't) (?:consent|agree|authori)",
        r"without (?:our|my) (?:consent|permission|agreement)",
        r"not without",
        r"(?:does|do) not (?:\w+ )?(?:consent|authori[sz]e|agree|permit|give (?:its|their|our|my) (?:consent|permission|agreement))",
    ],
    "es": [
        r"(?:le |les |os |te )?(?:pedimos|solicitamos|rogamos|ruego|pido|solicito|suplicamos|exigimos)",
        r"por favor",
        r"favor de",
        r"agradecer(?:ía|íamos|emos|é)",
        r"prefer(?:imos|iríamos|iría|ible)",
        r"(?:no )?(?:deseamos|queremos|quisiéramos|quisiera|deseo|quiero)",
        r"nos gustaría",
        r"me gustaría",
        r"se (?:ruega|solicita|pide)",
        r"tenga(?:n)? a bien",
        r"sírvan?se",
        r"a (?:petición|pedido|solicitud) (?:de|nuestr)",
        r"porfa",
        r"porfis",
        r"x ?favor\b",
        r"(?<!que )no (?:lo |la |los |las |nos |me )?(?:publiqu|difund|mencion|nombr|identifiqu|cit|compart|divulgu|revel|sub)\w*(?:en|es)\b",
        r"no (?:autorizamos|consentimos|aceptamos|damos (?:nuestro )?consentimiento)",
        r"(?:nuestra|mi) (?:solicitud|petición)",
        r"le (?:agradeceríamos|rogaríamos)",
        r"en lo posible",
        r"de ser posible",
        r"sin (?:nuestro|mi) consentimiento",
        r"no (?:autoriz|consient|acept|permit)(?:o|a|an|amos)\b",
        r"no (?:da|dan|doy|damos) (?:su |nuestro |mi )?(?:consentimiento|autorización|permiso)",
    ],
    "fr": [
        r"nous (?:vous )?(?:demandons|prions|souhait|préfér|voudrions|aimerions|sollicitons|insistons|tenons à)",
        r"je (?:vous )?(?:demande|prie|souhaite|préfère|voudrais|sollicite)",
        r"veuillez",
        r"merci de",
        r"prière de",
        r"vous êtes pri",
        r"s'il vous pla[iî]t",
        r"svp\b",
        r"(?:nous|je) (?:vous )?serions? reconnaissant",
        r"(?:nous|je) vous saurions gré",
        r"(?:nous|je) vous saurais gré",
        r"nous ne (?:souhaitons|voulons|désirons) pas",
        r"nous n'autorisons pas",
        r"nous ne consentons pas",
        r"à (?:notre|ma) demande",
        r"il est demandé",
        r"à la demande de(?! ?(?:the |their |his |her |las? |los |les |as |os |das |dos |des |de la |del |l'|o |a |seus |suas |sus |leurs? )?(?:famil|famíl|victim|víctim|vítim|participant|interview|entrevist|person|pessoa|persona|survivor|sobreviv|témoin|testig|testemunh|respondent|source|fuente|fonte|client|user|usuari|utilisat|intéress|interesad|interessad))",
        r"(?:nous|je) préfér",
        r"si possible",
        r"je ne (?:veux|souhaite|désire) pas",
        r"nous ne voulons pas",
        r"dans la mesure du possible",
        r"sans (?:notre|mon) (?:accord|consentement)",
        r"(?:nous|je) (?:vous )?remerci(?:ons|e) de",
        r"bien vouloir",
        r"(?:ne|n') ?(?:donne|donnent|donnons|autorise|autorisent|autorisons|accepte|acceptent|acceptons|consent|consentent|consentons) pas",
        r"ne (?:le |la |les |nous |me )?(?:publiez|diffusez|mentionnez|citez|nommez|identifiez|divulguez|partagez|communiquez|mettez) pas",
    ],
    "pt": [
        r"(?:pedimos|solicitamos|solicito|peço|rogamos|roga-se|pede-se|solicita-se)",
        r"por favor",
        r"favor não",
        r"agradec(?:emos|eríamos|eria|eremos)",
        r"prefer(?:imos|iríamos|iria|ível)",
        r"(?:não )?(?:desejamos|queremos|gostaríamos|gostaria|quero|desejo)",
        r"não (?:autorizamos|consentimos|aceitamos|damos (?:o nosso )?consentimento)",
        r"a (?:pedido|pedidos|solicitação) (?:de|noss)",
        r"a pedido d(?! ?(?:the |their |his |her |las? |los |les |as |os |das |dos |des |de la |del |l'|o |a |seus |suas |sus |leurs? )?(?:famil|famíl|victim|víctim|vítim|participant|interview|entrevist|person|pessoa|persona|survivor|sobreviv|témoin|testig|testemunh|respondent|source|fuente|fonte|client|user|usuari|utilisat|intéress|interesad|interessad))",
        r"(?:nosso|meu) (?:pedido|desejo)",
        r"se possível",
        r"pfv\b",
        r"por gentileza",
        r"(?<!que )não (?:o |a |os |as |nos |me )?(?:publiqu|divulgu|mencion|nomei|identifiqu|cit|compartilh|partilh|revel)\w*(?:em|es)\b",
        r"sem (?:o nosso|nosso|meu|o meu) consentimento",
        r"não (?:autoriz|consint|consent|aceit|permit)(?:o|a|am|amos)\b",
        r"não (?:dá|dão|dou|damos) (?:o seu |o nosso |o meu )?(?:consentimento|autorização)",
    ],
    "ru": [
        r"(?:убедительно |настоятельно )?(?:просим|прошу)",
        r"просьба",
        r"пожалуйста",
        r"(?:будем|были бы|буду|был бы) (?:вам )?(?:признательн|благодарн)",
        r"(?:мы )?(?:хотели бы|хотим|не хотим|предпочли бы|предпочитаем|желаем|не желаем)",
        r"(?:мы )?не (?:разрешаем|даём|даем|согласны|даю)",
        r"по (?:нашей|моей|его|её|ее|их) просьбе",
        r"попрос",
        r"попрош",
        r"не \w+(?:йте|ите)\b",
        r"по возможности",
        r"без (?:нашего|моего) (?:согласия|разрешения)",
        r"не (?:дают?|даёт|даем|даём|даю) (?:своего |нашего )?(?:согласия|разрешения)",
        r"не разреша(?:ет|ют|ем|ю)\b",
    ],
    "de": [
        r"(?:wir|ich) (?:\w+ )?(?:bitten|bitte|ersuchen|ersuche|möchten|möchte|wünschen|wünsche|bevorzugen|verlangen|legen wert)",
        r"bitte\b",
        r"(?:wir|ich) wären? (?:ihnen )?dankbar",
        r"(?:wir|ich) würden?",
        r"ziehen es vor",
        r"lieber\b",
        r"(?:wir|ich) (?:sind|bin) nicht einverstanden",
        r"(?:wir|ich) stimmen? nicht zu",
        r"auf (?:unseren|meinen|unser|mein) (?:ausdrücklichen )?wunsch",
        r"(?:es )?wird (?:darum )?gebeten",
        r"wenn möglich",
        r"ohne (?:unsere|meine) (?:zustimmung|einwilligung|erlaubnis)",
        r"wir wollen",
        r"ich will",
        r"(?:ist|sind|bin) nicht einverstanden",
        r"stimm(?:t|en|e) (?:\w+ ){0,4}nicht zu",
        r"keine (?:zustimmung|genehmigung|erlaubnis)",
        r"(?:bitten|ersuchen|möchten|wünschen|würden|wären|bevorzugen) wir",
        r"\w+en sie (?:\w+ ){0,5}(?:nicht|keine)",
    ],
    "ar": [
        r"يرجي",
        r"نرجو",
        r"ارجو",
        r"الرجاء",
        r"رجاء",
        r"برجاء",
        r"نطلب",
        r"اطلب",
        r"نلتمس",
        r"التمس",
        r"نامل",
        r"نفضل",
        r"نود",
        r"اود",
        r"نريد",
        r"نرغب",
        r"لا نرغب",
        r"لا نريد",
        r"نتمني",
        r"ممتنين",
        r"ممتنا",
        r"نشكركم علي عدم",
        r"بناء علي طلب",
        r"لا نوافق",
        r"لا (?:اوافق|أوافق|اسمح|أسمح|نسمح)",
        r"لا نسمح",
        r"لا ناذن",
        r"دون موافقتنا",
        r"بدون موافقتنا",
        r"لا ت[\u0621-\u064a]+(?:وا|ون|ي)\b",
        r"نحث",
        # dialect: whole words only ("نبغي" is inside "ينبغي", should)
        r"(?<![\u0621-\u064a])[وف]?(?:بدنا|بدي|تكفون|تكفي|عايزين|بغينا|نبغي|بليز|خلو|خلوا|منوافق|موافقين|نحب)(?![\u0621-\u064a])",
        r"الله يخلي",
        r"من فضلك",
        r"لو سمحت",
        r"ارجوك",
        r"(?<![\u0621-\u064a])ما ت[\u0621-\u064a]+(?:وا|ون|ي|وش|وهوش|هاش)\b",
        r"لا (?:ت|ي)?(?:وافق|سمح|اذن|ماذن)",
    ],
    "zh": [
        r"(?<![申邀聘提])请(?!求|愿|示)",
        r"恳请",
        r"烦请",
        r"敬请",
        r"务请",
        r"我(?:们|方)?(?:不)?(?:希望|要求|请求|愿意|宁愿)",
        r"恳求",
        r"拜托",
        r"务必",
        r"切勿",
        r"万勿",
        r"勿",
        r"(?<!要)不要",  # not "要不要" (whether to): a question
        r"(?<![性区特个类分识告辨鉴差级派离])别(?!人)",
        r"未经我们",
        r"如可能",
        r"我们倾向",
        r"我们更希望",
        r"麻烦",
        r"劳驾",
        r"拜托",
        r"应.{0,6}要求",
        r"谢谢",
        r"感谢",
    ],
}

# A wish in the third person speaks for the submitter only when its subject is the submitter
# ("the authoring organisation does not wish to be identified"), not for others ("victims prefer …").
FRAME_THIRD = {
    "en": [
        r"(?:does|do) not (?:wish|want)",
        r"(?:wishes|wants|prefers|asks|requests) (?:not|that|to)\b",
    ],
    "es": [
        r"(?:no )?(?:desea|desean|quiere|quieren|prefiere|prefieren|pide|piden|solicita|solicitan)\b"
    ],
    "fr": [
        r"(?:ne )?(?:souhaite|souhaitent|désire|désirent|veut|veulent|préfère|préfèrent|demande|demandent)\b"
    ],
    "pt": [
        r"(?:não )?(?:deseja|desejam|quer|querem|prefere|preferem|pede|pedem|solicita|solicitam)\b"
    ],
    "ru": [r"(?:не )?(?:хочет|хотят|желает|желают|предпочитает|предпочитают|просит|просят)\b"],
    "de": [r"(?:möchte|möchten|wünscht|wünschen|bittet|bevorzugt)\b"],
    "ar": [r"يرغب", r"ترغب", r"يفضل", r"تفضل", r"يطلب", r"تطلب"],
    "zh": [
        r"希望",
        r"要求",
        r"请求",
        r"不愿",
        r"宁愿",
        r"最好",
        r"盼望",
        r"但愿",
        r"不(?:同意|允许|授权|准许)",
    ],
}

# Saying a mention is not wanted ("eine Nennung … ist nicht erwünscht").
FRAME["unwanted"] = [
    r"(?:is|are) not (?:desired|wanted|wished|welcome)",
    r"undesirable",
    r"nicht erwünscht",
    r"unerwünscht",
    r"no (?:es|está|son|están) desead",
    r"no se desea",
    r"n'est pas souhait",
    r"non souhait",
    r"não (?:é|são) desejad",
    r"нежелательн",
    r"غير مرغوب",
]

# A reason for safety, or permission given only without the name: the submitter's own condition
# (counts as a frame when the sentence speaks of the submission or the submitter).
FRAME_THIRD["reasons"] = [
    r"for (?:security|safety) reasons",
    r"for reasons of (?:security|safety)",
    r"given the risks?\b",
    r"to protect (?:our|the safety|the security)",
    r"por (?:razones|motivos|cuestiones) de seguridad",
    r"pour des raisons de sécurité",
    r"par mesure de sécurité",
    r"por (?:razões|motivos|questões) de segurança",
    r"по соображениям безопасности",
    r"в целях безопасности",
    r"aus sicherheitsgründen",
    r"zum schutz",
    r"لاسباب امنيه",
    r"حفاظا علي (?:سلامه|امن)",
    r"出于安全考虑",
    r"为安全起见",
    r"基于安全考虑",
    r"(?:may|can) be used (?:\w+ ){0,3}without",
    r"pued(?:e|en) (?:ser )?utilizad\w* (?:\w+ ){0,3}sin",
    r"peu(?:t|vent) être utilisée?s? (?:\w+ ){0,3}sans",
    r"pode(?:m)? ser utilizad\w* (?:\w+ ){0,3}sem",
    r"(?:можно|может быть) использова\w* (?:\w+ ){0,3}без",
    r"(?:kann|darf|können|dürfen) (?:\w+ ){0,4}ohne",
    r"يمكن استخدام .{0,30}(?:دون|بدون)",
    r"可以使用.{0,10}但",
]

# Requests for a condition, and consent given only under one ("we authorise publication without …").
FRAME["conditions"] = [
    r"request(?:s)? for\b",
    r"solicitud de\b",
    r"petición de\b",
    r"demande d",
    r"pedido de\b",
    r"просьба об?\b",
    r"antrag auf\b",
    r"bitte um\b",
    r"طلب عدم",
    r"طلب (?:ال)?(?:سريه|اخفاء|حجب)",
    r"匿名请求",
    r"保密请求",
    r"请求匿名",
    r"siempre (?:y cuando|que)\b",
    r"à condition (?:que|de)\b",
    r"pourvu qu(?:e\b|')",
    r"à condition qu'",
    r"desde que\b",
    r"при условии\b",
    r"sofern\b",
    r"unter der bedingung",
    r"vorausgesetzt",
    r"بشرط",
    r"شرط (?:ان|الا|عدم)",
    r"شريطه",
    r"前提是",
    r"条件是",
    r"(?:authori[sz]e|consent to|agree to) (?:\w+ ){0,4}(?:without|provided|only if|on condition)",
    r"autoriz\w* (?:\w+ ){0,4}(?:sin|sem|siempre|desde que|solo si|apenas se)",
    r"autoris\w* (?:\w+ ){0,4}(?:sans|à condition|pourvu)",
    r"(?:разреша|соглас)\w* (?:\w+ ){0,4}(?:без|при условии)",
    r"(?:erlauben|genehmigen|stimmen|einverstanden)\w* (?:\w+ ){0,4}(?:ohne|sofern|unter der)",
    r"(?:نوافق|نسمح|موافق) .{0,30}(?:دون|بدون|بشرط)",
    r"同意.{0,10}(?:但|前提)",
    r"pour autant que\b",
    r"sous réserve que\b",
    r"provided (?:that\b)?",
    r"on (?:the )?condition that\b",
    r"as long as\b",
    r"con la condición de que\b",
    r"contanto que\b",
    r"com a condição de\b",
    r"(?:mais|but|pero|mas|aber) sans que\b",
    r"sans que (?:\w+ ){0,3}(?:soit|soient|ne soit) (?:\w+ )?(?:nomm|cit|mentionn|identifi)",
    r"sin que (?:\w+ ){0,3}(?:se )?(?:mencion|nombr|cit|identifi)",
    r"sem que (?:\w+ ){0,3}(?:seja|sejam) (?:\w+ )?(?:mencionad|citad|identificad|nomead)",
]

# Obligations and subjunctives: a request when their object is this submission or its author.
MODAL = {
    "en": [
        r"must\b",
        r"should\b",
        r"shall\b",
        r"(?:is|are) (?:not )?to be\b",
        r"not to be\b",
        r"not be\b",
        r"may not\b",
        r"ought\b",
        r"needs? to\b",
        r"ha(?:s|ve) to\b",
        r"will not\b",
        r"won't\b",
        r"is not for\b",
        r"(?:is|are) not (?:intended|meant)\b",
        r"not intended (?:for|to)\b",
        r"can ?not be\b",
        r"(?:'s|is|are) not to\b",
    ],
    "es": [
        r"deb(?:e|en|erá|erán|ería|erían)\b",
        r"ha(?:n)? de\b",
        r"que no\b",
        r"no ha de\b",
        r"no es para\b",
        r"no para\b",
        r"no (?:está|están|esta) (?:destinad|pensad)",
        r"no (?:puede|pueden|podrá|podrán) ser\b",
    ],
    "fr": [
        r"doi(?:t|vent)\b",
        r"devr(?:a|ont|ait|aient)\b",
        r"ne saurai",
        r"à ne pas\b",
        r"ne (?:soi(?:t|ent)|soyez) pas\b",
        r"n'est pas destiné",
        r"ne (?:sont|est) pas destiné",
        r"non destiné",
        r"pas destiné",
        r"qu'(?:il|elle)s? ne",
        r"pas vocation à",
        r"ne (?:peut|peuvent|pourra|pourront) (?:pas )?être\b",
        r"(?:est|sont) à (?:traiter|considérer|garder|tenir)\b",
    ],
    "pt": [
        r"dev(?:e|em|erá|erão|eria|eriam)\b",
        r"que não\b",
        r"não seja",
        r"não sejam",
        r"não (?:é|se destina) (?:para|a)\b",
        r"não se destina",
        r"não (?:vai|vão|irá|irão)\b",
        r"não (?:está|estão) destinad",
        r"não (?:pode|podem|poderá|poderão) ser\b",
        r"não é (?:pra|pro)\b",
    ],
    "ru": [
        r"должн",
        r"следует\b",
        r"нельзя\b",
        r"не подлеж",
        r"необходимо\b",
        r"надлежит\b",
        r"чтобы\b",
        r"не для\b",
        r"не предназначен",
    ],
    "de": [
        r"soll(?:en|te|ten)?\b",
        r"darf\b",
        r"dürfen\b",
        r"muss\b",
        r"müssen\b",
        r"(?:ist|sind) nicht (?:\w+ )?zu\b",
        r"nicht zu\b",
        r"nicht für\b",
        r"nicht zur\b",
        r"nicht bestimmt",
        r"nicht gedacht",
    ],
    "ar": [
        r"يجب",
        r"ينبغي",
        r"لا يجوز",
        r"يتعين",
        r"يلزم",
        r"الا يتم",
        r"ان لا",
        r"ليس لل",
        r"غير مخصص",
        r"لا يراد",
    ],
    "zh": [
        r"不得",
        r"不应",
        r"不能",
        r"不可",
        r"必须",
        r"须",
        r"不宜",
        r"应当",
        r"应",
        r"不予",
        r"不作",
        r"非供",
        r"不供",
    ],
}

# Negations; an act is refused when one stands shortly before it (German also after it).
NEG = {
    "en": [
        r"not\b(?! only\b| just\b)",  # "not only send it": no refusal
        r"(?<=\w)n't\b",
        r"no\b(?! solo\b| sólo\b| solamente\b| only\b| e-?mail\b| site\b| sítio\b| relatório\b| documento\b| texto\b| anexo\b)",  # pt "no" (in the)
        r"never\b",
        r"without\b",
        r"refrain",
        r"avoid",
        r"nor\b",
        r"neither\b",
        r"rather than\b",
        r"instead of\b",
        r"except\b",
        r"exclud",
        r"anything but\b",
        r"under no circumstances",
        r"(?:we|i) (?:\w+ )?(?:refuse|object to|oppose|decline)",
        r"nothing\b",
        r"none\b",
        r"nobody\b",
        r"no one\b",
    ],
    "es": [
        r"no\b(?! solo\b| sólo\b| solamente\b| only\b| e-?mail\b| site\b| sítio\b| relatório\b| documento\b| texto\b| anexo\b)",  # pt "no" (in the)
        r"sin\b",
        r"nunca\b",
        r"ni\b",
        r"absten",
        r"abstén",
        r"evit",
        r"exclu",
        r"salvo\b",
        r"excepto\b",
        r"ningún\b",
        r"ninguna\b",
        r"ningun\w*",
        r"nos oponemos",
        r"rechazamos",
        r"en ningún caso",
        r"nada\b",
        r"nadie\b",
    ],
    "fr": [
        r"ne\b",
        r"n'",
        r"pas\b",
        r"sans\b",
        r"jamais\b",
        r"ni\b",
        r"aucune?\b",
        r"(?:s')?absten",
        r"(?:s')?abstenir",
        r"évit",
        r"non\b",
        r"exclu",
        r"nous (?:refusons|nous opposons)",
        r"en aucun cas",
        r"rien\b",
        r"personne ne\b",
    ],
    "pt": [
        r"não\b(?! só\b| apenas\b| somente\b)",
        r"nao\b",
        r"sem\b",
        r"nunca\b",
        r"nem\b",
        r"nenhuma?\b",
        r"abst",
        r"evit",
        r"exclu",
        r"recusamos",
        r"opomo",
        r"em hipótese alguma",
        r"de modo algum",
        r"jamais\b",
        r"nada\b",
        r"ninguém\b",
    ],
    "ru": [
        r"не\b(?! только\b)",
        r"ни\b",
        r"без\b",
        r"нельзя\b",
        r"воздерж",
        r"избега",
        r"исключ",
        r"возражаем",
        r"против\b",
        r"ни в коем случае",
        r"ничего\b",
        r"никто\b",
        r"нигде\b",
    ],
    "de": [
        r"nicht\b(?! nur\b)",
        r"kein",
        r"ohne\b",
        r"nie\b",
        r"niemals\b",
        r"weder\b",
        r"verzicht",
        r"abzusehen",
        r"absehen",
        r"unterlass",
        r"keinesfalls\b",
        r"auf keinen fall",
        r"lehnen",
        r"widersprechen",
        r"ausgeschlossen",
        r"nichts\b",
        r"niemand\b",
        r"nirgend",
    ],
    "ar": [
        r"(?<![\u0621-\u064a])[وفب]{0,2}(?:لا|عدم|دون|بدون|لم|لن|ليس|ليست|غير|الا|الامتناع|امتناع|تجنب|نمتنع|الاحجام|نرفض|مش|بلاش|بلاهاش)(?![\u0621-\u064a])",
        r"(?<![\u0621-\u064a])ما(?= [تين])",
        r"(?<![\u0621-\u064a])ما (?:بد|منوافق|نبغي|نحب|عايزين)",
        r"ما منوافق",
        r"(?:لا|مش|ما) (?:نوافق|موافقين)",
    ],
    "zh": [
        # not the question "要不要", "能不能", "可不可以", "是不是" (the same word either side)
        r"(?<![要能可是会])不(?!同|断|仅|少|足|平等|公)|(?<=[要能可是会])不(?![要能可是会同断仅少足公]|平等)",
        r"勿",
        r"(?<![性区特个类分识告辨鉴差级派离])别(?!人)",
        r"未(?!成年)",
        r"无(?!论|法)",
        r"非(?!政府|法|常|营利)",
        r"免(?!费)",
        r"毋",
        r"莫",
        r"避免",
        r"拒绝",
        r"反对",
        r"删",
        r"去掉",
    ],
}
# Negations that follow the verb they refuse (German verb-second: "Bitte veröffentlichen Sie … nicht").
NEG_AFTER = {
    "de": [r"nicht\b", r"keinesfalls\b", r"auf keinen fall"],
    # "Publication of this document is not permitted", "Публикация … НЕ допускается".
    "en": [
        r"(?:is|are|be) not (?:permitted|allowed|authori[sz]ed|acceptable)",
        r"(?:is|are) (?:strictly )?prohibited",
        r"(?:is|are) forbidden",
    ],
    "es": [
        r"no (?:está|están|queda|quedan) (?:permitid|autorizad)",
        r"(?:queda|quedan|está|están) (?:estrictamente )?prohibid",
        r"no se permite",
    ],
    "fr": [
        r"n'est pas (?:permis|autorisé|admis)",
        r"ne sont pas (?:permis|autorisé|admis)",
        r"(?:est|sont) (?:strictement )?interdit",
    ],
    "pt": [
        r"não (?:é|são) (?:permitid|autorizad)",
        r"(?:é|são|fica|ficam) (?:estritamente )?proibid",
        r"não se permite",
    ],
    "ru": [r"не допуска", r"не разреша", r"(?:строго )?запрещ", r"не подлеж"],
    "de_deontic": [
        r"(?:ist|sind) nicht (?:gestattet|erlaubt|zulässig)",
        r"(?:ist|sind) (?:streng )?(?:untersagt|verboten)",
    ],
    "ar": [r"غير مسموح", r"ممنوع", r"محظور", r"لا يسمح"],
    "zh": [r"不允许", r"不得", r"禁止"],
}

# Acts of publication: refused about the submission itself they mean do_not_publish.
PUBLISH = {
    "en": [
        r"publi(?:sh|cation|cly)",
        r"post(?:s|ed|ing)?(?![\w-])",
        r"mak(?:e|ing) (?:\w+ ){0,3}public",
        r"made (?:\w+ )?public",
        r"online\b",
        r"plac(?:e|ed|ing) (?:\w+ ){0,2}(?:on|online)\b",
        r"upload",
        r"circulat",
        r"distribut",
        r"disseminat",
        r"shar(?:e|ed|es|ing)\b",
        r"releas",
        r"reproduc",
        r"print",
        r"display",
        r"forward",
        r"broadcast",
        r"made available",
        r"mak(?:e|ing) (?:\w+ )?available",
        r"web ?site",
        r"(?:the |our |your )?web\b",
        r"go(?:es)? online",
        r"appear(?:s|ing)? (?:on|in)\b",
        r"publicis",
        r"publiciz",
    ],
    "es": [
        r"publi(?:c|q)",
        r"hac(?:er|erse|erla|erlo|erlos|erlas) públic",
        r"se haga públic",
        r"hag(?:a|an) públic",
        r"difund",
        r"difusión",
        r"divulg",
        r"circul",
        r"distribu",
        r"compart",
        r"subir",
        r"sub(?:a|an)\b",
        r"colg",
        r"poner (?:\w+ ){0,2}(?:en línea|en internet|en la web)",
        r"reproduc",
        r"dar a conocer",
        r"sitio web",
        r"página web",
        r"pon(?:er|erlo|erla|ga|gan) a disposición",
        r"apare(?:c|zc)",
        r"expon",
        r"exhib",
    ],
    "fr": [
        r"publi(?:e|é|er|cation|ons)",
        r"publiquement",
        r"rend(?:re|u|ue|us|ues) public",
        r"diffus",
        r"divulg",
        r"circul",
        r"faire circuler",
        r"distribu",
        r"partag",
        r"mett(?:re|ez) (?:\w+ ){0,2}en ligne",
        r"mis(?:e|es)? en ligne",
        r"afficher",
        r"affich",
        r"site (?:web|internet)",
        r"reprodui",
        r"communi[qc]",
        r"transmett",
        r"porter à la connaissance",
        r"apparaî",
        r"figurer",
        r"apparai",
    ],
    "pt": [
        r"publi(?:c|q)",
        r"tornad[oa]s? públic",
        r"torn(?:ar|e|em) públic",
        r"divulg",
        r"difund",
        r"circul",
        r"distribu",
        r"partilh",
        r"compartilh",
        r"coloc(?:ar|ado|ada|ados|adas) (?:\w+ ){0,2}(?:online|em linha|na internet)",
        r"disponibiliz",
        r"reproduz",
        r"apare(?:c|ç)",
        r"expor\b",
        r"exib",
        r"sítio",
        r"site\b",
        r"página",
    ],
    "ru": [
        r"публик",
        r"опубликов",
        r"размещ",
        r"размест",
        r"разглаш",
        r"распростран",
        r"обнародов",
        r"предава\w* огласк",
        r"преда\w* огласк",
        r"делать публичн",
        r"сделать публичн",
        r"выклад",
        r"выложить",
        r"пересыла",
        r"переда(?:ва)?\w* треть",
        r"воспроизвод",
        r"в открыт\w+ доступ",
        r"в интернет",
        r"на сайте",
        r"фигурир",
        r"появ(?:ля|ит)",
    ],
    "de": [
        r"veröffentlich",
        r"publizier",
        r"publikation",
        r"öffentlich (?:\w+ )?(?:machen|gemacht|zugänglich)",
        r"online (?:\w+ )?stell",
        r"ins (?:internet|netz) (?:\w+ )?stell",
        r"verbreit",
        r"weiterg",
        r"weiterzugeben",
        r"weiterleit",
        r"teilen\b",
        r"geteilt",
        r"zugänglich",
        r"hochlad",
        r"abdruck",
        r"abgedruckt",
        r"bekannt ?(?:geben|gegeben|zu geben|machen|gemacht)",
        r"zirkulier",
        r"webseite",
        r"website",
        r"homepage",
        r"internetseite",
        r"in umlauf",
        r"erschein",
    ],
    "ar": [
        r"رفع (?:\w+ ){0,3}(?:علي|على|الي|إلى) (?:ال)?(?:صفحه|صفحة|موقع|الانترنت|الشبكه)",
        r"نشر",
        r"ينشر",
        r"تنشر",
        r"النشر",
        r"منشور",
        r"تعميم",
        r"يعمم",
        r"تعمم",
        r"اعلان",
        r"الاعلان",
        r"علني",
        r"علنا",
        r"الملا(?!\w)",  # "على الملأ", not "الملاحق" (annexes)
        r"مشارك",
        r"تشارك",
        r"اتاح",
        r"يتاح",
        r"تتاح",
        r"الانترنت",
        r"الموقع",
        r"تداول",
        r"توزيع",
        r"ابلاغ الغير",
    ],
    "zh": [
        r"公开",
        r"公布",
        r"发布",
        r"发表",
        r"刊登",
        r"刊载",
        r"上网",
        r"网上",
        r"网站",
        r"在线",
        r"张贴",
        r"转发",
        r"传播",
        r"散发",
        r"分发",
        r"分享",
        r"外传",
        r"出现",
        r"刊出",
        r"露出",
        r"外泄",
        r"流传",
        r"登载",
        r"披露于",
        r"对外",
    ],
}

# Acts of naming or identifying: refused, they mean withhold_name.
NAME = {
    "en": [
        r"nam(?:e|ed|es|ing)\b(?! (?:of|and)\b)",
        r"identif",
        r"mention",
        r"attribut",
        r"list(?:ed|ing)?\b",
        r"includ",
        r"cit(?:e|ed|es|ing)\b",
        r"credit",
        r"reveal",
        r"disclos",
        r"divulg",
        r"quot(?:e|ed|ing)\b",
        r"refer(?:red|ring)? to\b",
        r"acknowledg",
        r"associat",
        r"link(?:ed|ing)? (?:\w+ )?to\b",
        r"expos",
        r"specify",
        r"sign(?:ed)? (?:by|with)",
        r"trac(?:e|ed|es|ing|eable)\b",
        r"point(?:s|ed|ing)? to\b",
    ],
    "es": [
        r"nombr(?:e|ar|en|ado|ados|ada|adas)\b",
        r"mencion",
        r"identific",
        r"atribu",
        r"cit(?:ar|e|en|ado|ada|ados|adas)\b",
        r"incluy",
        r"inclu(?:ir|ido|ida|idos|idas|ya|yan)\b",
        r"revel",
        r"divulg",
        r"listar",
        r"enumer",
        r"referi",
        r"hacer referencia",
        r"señal",
        r"asoci",
        r"vincul",
        r"expon",
        r"acredit",
        r"dar (?:a conocer|el nombre)",
        r"figur(?!es\b)",
        r"consign",
        r"firm(?:a|e|ada)",
    ],
    "fr": [
        r"nomm",
        r"mentionn",
        r"identifi",
        r"attribu",
        r"cit(?:er|é|ée|és|ées|ions|iez|e|ent)\b",
        r"inclu",
        r"révél",
        r"divulg",
        r"lister",
        r"énumér",
        r"fai(?:re|tes) référence",
        r"signal",
        r"associ",
        r"lier\b",
        r"expos",
        r"figur(?!es\b)",
        r"désign",
        r"dévoil",
        r"créditer",
    ],
    "pt": [
        r"nome(?:ar|ado|ada|ados|adas)\b",
        r"mencion",
        r"identific",
        r"atribu",
        r"cit(?:ar|e|em|ado|ada|ados|adas)\b",
        r"inclu(?:ir|a|am|ído|ída|ídos|ídas)\b",
        r"revel",
        r"divulg",
        r"listar",
        r"enumer",
        r"fazer referência",
        r"refer(?:ir|ência)",
        r"associ",
        r"vincul",
        r"expor\b",
        r"expost",
        r"constar",
        r"figur(?!es\b)",
        r"creditar",
        r"assinal",
    ],
    "ru": [
        r"упомин",
        r"упомян",
        r"называ",
        r"назва(?:ть|ли|но|ны)\b",
        r"назов",
        r"идентифиц",
        r"ссыла",
        r"сослат",
        r"ссылк",
        r"цитир",
        r"приписыва",
        r"приписать",
        r"раскрыва",
        r"раскры(?:ть|т|та|ты)\b",
        r"разглаш",
        r"включ",
        r"перечисл",
        r"атрибу",
        r"связыва",
        r"выда(?:ть|вать)",
        r"огласк",
        r"обнаро",
        r"привод",
        r"привест",
        r"фигурир",
    ],
    "de": [
        r"nenn",
        r"genannt",
        r"namentlich",
        r"erwähn",
        r"identifizier",
        r"zuordn",
        r"zugeordnet",
        r"zuschreib",
        r"zugeschrieben",
        r"zitier",
        r"zuzuordnen",
        r"zuzuschreiben",
        r"zu nennen",
        r"zu erwähnen",
        r"aufführ",
        r"aufgeführt",
        r"aufzuführen",
        r"auflist",
        r"aufnehm",
        r"aufgenommen",
        r"offenleg",
        r"offengelegt",
        r"offenzulegen",
        r"preisgeb",
        r"preisgegeben",
        r"preiszugeben",
        r"enthüll",
        r"verweis",
        r"bezug nehm",
        r"angeb",
        r"angegeben",
        r"anzugeben",
        r"kenntlich",
        r"erkennbar",
        r"in verbindung (?:\w+ )?(?:bring|gebracht)",
        r"bekannt ?(?:geben|gegeben|zu geben|machen|gemacht)",
    ],
    "ar": [
        r"ذكر",
        r"يذكر",
        r"تذكر",
        r"تسمي",
        r"تسميه",
        r"ذكر اسم",
        r"الاشاره",
        r"الاشار",
        r"الكشف",
        r"كشف",
        r"يكشف",
        r"تكشف",
        r"الافصاح",
        r"افصاح",
        r"يفصح",
        r"تحديد هويه",
        r"تحديد الهويه",
        r"التعريف",
        r"نسب",
        r"ينسب",
        r"تنسب",
        r"اسناد",
        r"ادراج",
        r"ادرج",
        r"يدرج",
        r"اقتباس",
        r"الاستشهاد",
        r"ايراد",
        r"يورد",
        r"تورد",
        r"كتابه",
        r"يكتب",
        r"تكتب",
        r"نكتب",
        r"الاعتراف",
        r"اظهار",
        r"يظهر",
        r"تظهر",
        r"ابراز",
        r"الاعلان عن",
    ],
    "zh": [
        r"提及",
        r"提到",
        r"点名",
        r"署名",
        r"具名",
        r"指名",
        r"列出",
        r"列入",
        r"列明",
        r"引用",
        r"注明",
        r"标明",
        r"表明",
        r"透露",
        r"披露",
        r"泄露",
        r"揭示",
        r"写",
        r"暴露",
        r"识别",
        r"辨认",
        r"归于",
        r"归属",
        r"致谢",
        r"写出",
        r"提名",
        r"说出",
    ],
}

# Acts that withhold by themselves (no negation needed): "please withhold our name".
WITHHOLD = {
    "en": [
        r"withh[eo]ld",
        r"omit",
        r"(?:attributed|credited) (?:\w+ ){0,2}(?:only )?to [\"“«']?(?:an?|one|some)\b",
        r"(?:referred|described|identified|cited|listed|mentioned) (?:\w+ ){0,2}(?:only )?(?:to )?as [\"“«']?(?:an?|one|some)\b",
        r"redact",
        r"anonymi[sz]",
        r"de-?identif",
        r"remov(?:e|ed|ing) (?:\w+ ){0,4}(?:name|identit|detail|reference|logo|author)",
        r"delet",
        r"leave (?:\w+ ){0,2}out\b",
        r"left out\b",
        r"keep (?:\w+ ){0,3}(?:out|off)\b",
        r"black(?:ed)? out",
        r"mask",
        r"pseudonymi",
        r"(?:keep|kept|treat|treated|handl|hold|held|maintain|consider|regard)\w* (?:\w+ ){0,6}(?:as |in )?(?:strictly |strict |highly )?(?:confidential|confidence|private|secret|anonymous|restricted)",
        r"(?:remain|stay|be|being|kept|keep) anonymous",
        r"protect (?:\w+ ){0,2}(?:identit|anonymity|name)",
        r"anonymity",
        r"confidentiality\b",
    ],
    "es": [
        r"omit",
        r"retir(?:ar|e|en|ada|ado) (?:\w+ ){0,3}(?:nombre|referencia|identidad|logo|dato)",
        r"(?:atribu|mencion|identific|refer|cit)\w* (?:\w+ ){0,3}(?:únicamente |solo |sólo )?como (?:una?|un)\b",
        r"reserv(?:ar|e|en|ado|ada|a) (?:\w+ ){0,3}(?:nombre|identidad|datos)",
        r"(?:nombre|identidad|datos)\w* (?:\w+ ){0,3}(?:en reserva|reservad)",
        r"anonimi[zc]",
        r"suprim",
        r"elimin(?:ar|e|en) (?:\w+ ){0,3}(?:nombre|referencia|identidad|dato)",
        r"(?:se )?mantenga(?:n)? (?:\w+ ){0,3}(?:reserva|confidencial|anónim|secreto)",
        r"(?:mantener|mantenga|mantengan|mantuviera|mantuvieran|mantuviese|tratar|trate|traten|tratada|tratado|considerar|considere|guardar|guarde|conservar)\w* (?:\w+ ){0,6}(?:con carácter |de forma |en |como )?(?:estrictamente )?(?:confidencial|reserva|reservad|secreto|anónim|privad)",
        r"permanec(?:er|a|amos) (?:en el )?anónim",
        r"anonimato",
        r"confidencialidad",
        r"proteg(?:er|a|an) (?:\w+ ){0,2}identidad",
        r"tachar",
        r"ocult",
    ],
    "fr": [
        r"omett",
        r"(?:attribu|mentionn|identifi|désign|cit)\w* (?:\w+ ){0,3}(?:uniquement |seulement )?(?:comme|à) une?\b",
        r"omis\b",
        r"taire\b",
        r"tai(?:se|sent|sez)\b",
        r"anonymis",
        r"supprim",
        r"retir(?:er|ez) (?:\w+ ){0,3}(?:nom|référence|identité|logo)",
        r"(?:garder|gardez|traiter|traitez|traitée?s?|considér\w*|conserver|maintenir|tenir)\w* (?:\w+ ){0,6}(?:comme |de manière |à titre |en )?(?:strictement )?(?:confidenti|secret|anonym|privé|réservé)",
        r"(?:rester|reste|restions|demeurer) anonym",
        r"anonymat",
        r"confidentialité",
        r"protég\w* (?:\w+ ){0,2}identité",
        r"occult",
        r"masqu",
        r"caviard",
        r"expurg",
    ],
    "pt": [
        r"omit",
        r"(?:atribu|mencion|identific|referi|cit)\w* (?:\w+ ){0,3}(?:apenas |somente )?como uma?\b",
        r"anonimiz",
        r"suprim",
        r"remov(?:er|a|am) (?:\w+ ){0,3}(?:nome|referência|identidade)",
        r"retir(?:ar|e|em) (?:\w+ ){0,3}(?:nome|referência|identidade)",
        r"(?:manter|mantenha|mantenham|tratar|trate|tratem|tratado|tratada|considerar|considere|guardar|guarde|preservar)\w* (?:\w+ ){0,6}(?:como |de forma |em |com )?(?:estritamente )?(?:confidencial|sigilo|sigilos|segredo|reserva|anónim|anônim|privad)",
        r"permanec(?:er|a|amos) anónim",
        r"permanec(?:er|a|amos) anônim",
        r"anonimato",
        r"confidencialidade",
        r"(?:em|sob|de) sigilo",
        r"proteg(?:er|a|am) (?:\w+ ){0,2}identidade",
        r"ocult",
        r"preservar (?:\w+ ){0,2}identidade",
    ],
    "ru": [
        r"(?:сохран|остав|держ)\w* (?:\w+ ){0,4}(?:в тайне|в секрете|анонимн|конфиденциальн|в силе конфиденц)",
        r"анонимност",
        r"конфиденциальност",
        r"(?:рассматрива|считать|счита)\w* (?:\w+ ){0,4}(?:как )?конфиденциальн",
        r"обезличи",
        r"анонимизир",
        r"исключ\w* (?:\w+ ){0,3}(?:назван|имя|имен|упоминан|ссылк)",
        r"удал\w* (?:\w+ ){0,3}(?:назван|имя|имен|упоминан|ссылк)",
        r"убра\w* (?:\w+ ){0,3}(?:назван|имя|имен|упоминан|ссылк|логотип)",
        r"не раскрыв",
        r"скрыть",
        r"скрыва",
        r"утаи",
        r"защит\w* (?:\w+ ){0,2}(?:личност|имен|анонимн)",
        r"засекре",
    ],
    "de": [
        r"weglass",
        r"allgemeine (?:angabe|bezeichnung|beschreibung)",
        r"(?:lösch|entfern)\w* (?:\w+ ){0,3}(?:namen|angaben|daten|logo)",
        r"wegzulassen",
        r"auslass",
        r"auszulassen",
        r"anonymisier",
        r"schwärz",
        r"unkenntlich",
        r"streich",
        r"entfern\w* (?:\w+ ){0,3}(?:namen|bezug|logo|identität)",
        r"(?:vertraulich|geheim|anonym)\w* (?:\w+ ){0,3}(?:behandel|halten|bleiben|belassen)",
        r"(?:behandel|halten|bleib)\w* (?:\w+ ){0,6}(?:streng )?(?:vertraulich|geheim|anonym)",
        r"anonymität",
        r"vertraulichkeit",
        r"identität (?:\w+ ){0,3}(?:schütz|geschützt|wahr)",
        r"unter verschluss",
        r"verschwieg",
        r"zurückhalt",
        r"zurückgehalten",
    ],
    "ar": [
        r"حجب",
        r"يحجب",
        r"تحجب",
        r"اخفاء",
        r"اخف",
        r"يخفي",
        r"اغفال",
        r"حذف",
        r"طمس",
        r"اسقاط",
        r"سريه تامه",
        r"بسريه",
        r"سري",
        r"كتمان",
        r"التكتم",
        r"كتم",
        r"مجهول",
        r"اغفال الهويه",
        r"عدم الافصاح",
        r"حمايه هوي",
        r"الحفاظ علي سريه",
        r"الحفاظ علي هوي",
        r"التعامل .{0,30}بسريه",
        r"معامله .{0,30}سريه",
        r"اعتبار .{0,30}سري",
        r"خصوصيه",
        r"(?<![\u0621-\u064a])سر(?![\u0621-\u064a])",
    ],
    "zh": [
        r"保密(?!性)",
        r"匿名",
        r"隐去",
        r"隐匿",
        r"隐藏",
        r"隐瞒",
        r"略去",
        r"删去",
        r"删除",
        r"去除",
        r"抹去",
        r"遮盖",
        r"屏蔽",
        r"不具名",
        r"不署名",
        r"作机密",
        r"视为机密",
        r"作为机密",
        r"机密处理",
        r"保密处理",
        r"守密",
        r"隐名",
        r"删掉",
        r"去掉",
        r"拿掉",
        r"抹掉",
        r"隐掉",
    ],
}

# Objects: the submitter itself (withhold_name) ...
SELF = {
    "en": [
        r"(?:our|my) (?:\w+ )?(?:name|names|organi[sz]ation|organi[sz]ations|group|network|association|coalition|collective|centre|center|foundation|institut|ngo|identit|logo|details|contact|affiliation|members|staff|authors?|director|team|community|people|colleagues|partners|involvement|participation|authorship|body|movement|union|office|clinic|project|initiative|platform|alliance|federation|society|trust|committee)",
        r"the authors?(?:'s|s')?\b(?! of\b)",
        r"(?:the )?sender",
        r"the submitt(?:er|ing)",
        r"the writer",
        r"the signator",
        r"the drafter",
        r"us\b",
        r"me\b",
        r"who (?:we|i) are",
        r"(?:this|the submitting|the contributing|the undersigned) (?:organi[sz]ation|group|network|person|individual)",
        r"(?:the )?organi[sz]ation'?s? (?:name|identity)",
        r"name of (?:the |our |this )?(?:organi[sz]ation|author|sender|submitter|group|ngo|network|writer|contributor|signator)",
        r"identity of (?:the |our |this )?(?:organi[sz]ation|author|sender|submitter|group|writer|contributor|signator)",
        r"(?:the )?source of (?:this|the) (?:submission|information)",
        r"(?:our|my|the) (?:own )?identit",
        r"(?:our|my) anonymity",
        r"(?:the )?undersigned",
        r"ourselves",
        r"myself",
    ],
    "es": [
        r"(?:nuestr[oa]s?|mis?) (?:\w+ )?(?:nombre|organización|organizaciones|grupo|red|asociación|colectivo|colectiva|centro|fundación|instituto|identidad|logo|datos|miembros|integrantes|personal|autor|autora|autores|equipo|comunidad|directora?|colaborador|participación|movimiento|alianza|federación|sociedad|coalición)",
        r"(?:el |la |los |las )autor(?:a|es|as)?\b",
        r"(?:el |la )?remitente",
        r"(?:el|ni el) (?:nombre )?de la (?:colectiva|colectivo|organización|asociación) (?=\w*\s*aparezc|\w*\s*figur)",  # "ni el de la colectiva aparezcan"
        r"(?:el |la )?(?:firmante|suscrit)",
        r"(?:el |la )?emisor",
        r"nos (?=\w*(?:identifi|nombr|mencion|cit|atribu))",
        r"\w+(?:ar|er|ir|ando|endo|ándo|éndo)nos\b",  # "mencionarnos", not "internos", "pequenos"
        r"(?:la |esta )organización (?:remitente|que suscribe|autora|firmante)",
        r"nombre de (?:la |nuestra |esta )?(?:organización|autor|persona remitente|remitente|entidad)",
        r"identidad (?:de (?:la |nuestra |esta )?(?:organización|autor|remitente|persona)|del (?:autor|remitente))",
        r"del autor",
        r"de la autora",
        r"quienes (?:somos|suscribimos)",
        r"me\b",
    ],
    "fr": [
        r"(?:notre|nos|mon|ma|mes) (?:\w+ )?(?:nom|noms|organisation|organisations|groupe|réseau|association|collectif|centre|fondation|institut|identité|logo|coordonnées|membres|personnel|auteure?|auteurs|équipe|communauté|directeur|directrice|participation|mouvement|alliance|fédération|société|coalition|ong|structure)",
        r"(?:l'|les )auteur(?:e|s|es)?\b",
        r"(?:l'|l’)?expéditeur",
        r"(?:l'|l’)?expéditrice",
        r"(?:le |la )?signataire",
        r"(?:l'|l’)?émetteur",
        r"nous (?=\w*(?:nomm|cit|identifi|mentionn|attribu|désign))",
        r"-nous\b",
        r"me (?=\w*(?:nomm|cit|identifi|mentionn|attribu|désign))",
        r"nom de (?:l'|notre |cette )?(?:organisation|auteur|expéditeur|association|ong)",
        r"identité (?:de (?:l'|notre |cette )?(?:organisation|auteur|expéditeur|association)|des auteurs)",
        r"(?:l'|cette )organisation (?:soumissionnaire|signataire|auteure|contributrice)",
        r"qui nous sommes",
    ],
    "pt": [
        r"(?:noss[oa]s?|meus?|minhas?|o nosso|a nossa) (?:\w+ )?(?:nome|organização|organizações|grupo|rede|associação|coletivo|colectivo|centro|fundação|instituto|identidade|logótipo|logotipo|dados|membros|integrantes|pessoal|autor|autora|autores|equipa|equipe|comunidade|diretora?|participação|movimento|aliança|federação|sociedade|coligação|coalizão|entidade)",
        r"(?:o |a |os |as )autor(?:a|es|as)?\b",
        r"(?:o |a )?remetente",
        r"(?:o |a )?signatári",
        r"(?:o |a )?subscritor",
        r"nos (?=\w*(?:identifi|nome|mencion|cit|atribu))",
        r"-nos\b",
        r"me (?=\w*(?:identifi|nome|mencion|cit|atribu))",
        r"nome d[ao] (?:nossa |nosso |esta )?(?:organização|autor|autora|remetente|entidade)",
        r"identidade d[ao]s? (?:nossa |nosso )?(?:organização|autor|autora|autores|remetente|entidade)",
        r"quem somos",
    ],
    "ru": [
        r"(?:наш|мо[йеяю]|мое|моё)\w* (?:\w+ )?(?:назван|имя|имени|имен|фамили|подпис|организац|групп|сет|ассоциац|объединени|коллектив|центр|фонд|институт|личност|логотип|данны|сотрудник|член|автор|команд|сообществ|директор|участи|движени|альянс|федерац|обществ|коалиц|инициатив|проект)",
        r"отправител",
        r"подписант",
        r"заявител",
        r"нас\b",
        r"меня\b",
        r"нам\b",
        r"мне\b",
        r"назван\w* (?:\w+ )?организац",
        r"имя (?:\w+ )?автор",
        r"личност\w* (?:\w+ )?(?:автор|отправител)",
        r"кто мы",
    ],
    "de": [
        r"(?:unser|mein)\w* (?:\w+ )?(?:name|namen|organisation|gruppe|netzwerk|verein|verband|kollektiv|zentrum|stiftung|institut|identität|logo|daten|kontakt|mitglied|mitarbeit|autor|team|gemeinschaft|leitung|beteiligung|bewegung|bündnis|initiative|projekt)",
        r"(?:de[rnms]|die) (?:\w+ )?(?:verfasser|autor|absender|einreicher|unterzeichn)",
        r"verfasser",
        r"absender",
        r"einreichend",
        r"uns\b",
        r"mich\b",
        r"namen? (?:der|des|unserer|unseres) (?:\w+ )?(?:organisation|verfasser|autor|absender|einreicher|vereins|gruppe)",
        r"identität (?:der|des|unserer) (?:\w+ )?(?:organisation|verfasser|autor|absender)",
        r"wer wir sind",
    ],
    "ar": [
        r"اسمنا",
        r"اسمي",
        r"اسماءنا",
        r"اسماءنا",
        r"منظمتنا",
        r"منظمتي",
        r"مؤسستنا",
        r"جمعيتنا",
        r"شبكتنا",
        r"مجموعتنا",
        r"هيئتنا",
        r"مركزنا",
        r"هويتنا",
        r"هويتي",
        r"شعارنا",
        r"بياناتنا",
        r"اعضاءنا",
        r"اعضائنا",
        r"موظفينا",
        r"فريقنا",
        r"ائتلافنا",
        r"حركتنا",
        r"اتحادنا",
        r"مبادرتنا",
        r"المرسل",
        r"المؤلف",
        r"الكاتب",
        r"الجهه المقدمه",
        r"المنظمه المقدمه",
        r"الموقع ادناه",
        r"الموقعين",
        r"اسم المنظمه",
        r"اسم الجهه",
        r"اسم المرسل",
        r"اسم الكاتب",
        r"اسم المؤلف",
        r"هويه المرسل",
        r"هويه الكاتب",
        r"هويه المؤلف",
        r"هويه المنظمه",
        r"هويه الجهه",
        r"الينا",
        r"الي منظمتنا",
        r"الينا",
    ],
    "zh": [
        r"我们的名称",
        r"我们的名字",
        r"我们的姓名",
        r"我们的组织",
        r"我们组织",
        r"本组织",
        r"我组织",
        r"本机构",
        r"我机构",
        r"本单位",
        r"本团体",
        r"我们的机构",
        r"我们的身份",
        r"我的身份",
        r"我的名字",
        r"我的姓名",
        r"我方",
        r"作者",
        r"提交者",
        r"提交方",
        r"发件人",
        r"寄件人",
        r"来函人",
        r"撰稿人",
        r"署名人",
        r"签署人",
        r"本会",
        r"我会",
        r"我名字",
        r"我姓名",
        r"我们名字",
        r"我的名",
        r"(?:提及|提到|点名|公开|披露|透露|引用|识别|注明)我们",
        r"我们是谁",
        r"组织名称",
        r"机构名称",
    ],
}

# ... the submission itself (with a publication act: do_not_publish) ...
DOC = {
    "en": [
        r"(?:this|these|our|the present|the attached|the enclosed|my|the submitted) (?:\w+ )?(?:submission|document|report|contribution|annex|information|input|letter|response|paper|text|material|note|communication|e-?mail|message|brief|memo|file|attachment|statement|testimon|dossier|reply|questionnaire|content|case stud|evidence|data|account|appendix|pages|findings|analysis|submitted)",
        r"its (?:content|text)",
        r"this\b",
        r"these\b",
        r"any (?:part|portion) of (?:it|this)",
        r"herein",
        r"hereto",
        r"the (?:submission|contribution)\b",
        r"(?:we|i) (?:send|submit|share|provide|enclose|attach)",
    ],
    "es": [
        r"(?:esta|este|estos|estas|la presente|el presente|nuestr[oa]s?|dicha|dicho|adjunt[oa]) (?:\w+ )?(?:contribución|comunicación|presentación|aporte|aportación|documento|informe|información|anexo|carta|respuesta|texto|material|nota|correo|mensaje|escrito|testimonio|datos|insumo|insumos|contenido|expediente)",
        r"esto\b",
        r"la (?:contribución|presentación|aportación)\b",  # "que la presentación se publique como «anónima»"
        r"(?:lo|la|los|las) (?=publiqu|publicar|difund|divulgu|divulgar|compart|circul|sub)",
        r"public(?:ar|ad)(?:la|lo|las|los)\b",
        r"adjunt",
    ],
    "fr": [
        r"(?:cette|ce|ces|la présente|le présent|notre|nos|ladite|ledit|ci-jointe?) (?:\w+ )?(?:contribution|communication|soumission|document|rapport|information|annexe|lettre|réponse|texte|matériel|note|courriel|message|témoignage|données|contenu|dossier|mémoire|envoi|pièce)",
        r"(?:le|la|les|l') ?(?=publier|publiez|diffuser|diffusez|divulguer|divulguez|partager|partagez|faire circuler|mettre en ligne|citer|citez)",
        r"ceci\b",
        r"ci-joint",
    ],
    "pt": [
        r"(?:este|esta|estes|estas|o presente|a presente|noss[oa]s?|anex[oa]|dit[oa]) (?:\w+ )?(?:contributo|contribuição|comunicação|submissão|documento|relatório|informação|informações|anexo|carta|resposta|texto|material|nota|correio|mensagem|testemunho|dados|conteúdo|dossiê|insumo)",
        r"(?:o|a|os|as) (?=publiqu|publicar|divulgu|divulgar|partilh|compartilh|circul)",
        r"public(?:á|a)-(?:lo|la|los|las)",
        r"isto\b",
        r"anexo",
    ],
    "ru": [
        r"(?:данн|настоящ|эт|наш|прилагаем|приложенн)\w* (?:\w+ )?(?:материал|представлени|документ|доклад|информаци|вклад|приложени|письм|ответ|текст|записк|сообщени|сведени|данны|содержани|обращени|заявлени)",
        r"(?:его|её|ее|их) (?=о?публик|размещ|размест|распростр)",
        r"это\b",
    ],
    "de": [
        r"(?:diese|dieser|dieses|diesen|unsere|unser|unseren|vorliegend|beigefügt|anliegend)\w* (?:\w+ )?(?:stellungnahme|eingabe|beitrag|dokument|bericht|information|anlage|anhang|brief|schreiben|antwort|text|material|notiz|e-?mail|nachricht|zeugnis|daten|inhalt|unterlage|einreichung|papier)",
        r"dies\b",
        r"hiermit",
    ],
    "ar": [
        r"(?:هذه|هذا) ?(?:ال)?(?:مساهمه|ورقه|تقرير|وثيقه|مستند|معلومات|رساله|مذكره|ملف|رد|محتوي|ماده|بيانات|شهاده|شهادات|مقترح|اسهام|مدخلات|مشاركه)",
        r"(?:ال)?(?:مساهمه|ورقه|تقرير|وثيقه|مستند|معلومات|رساله|مذكره|ملف|ماده|بيانات|مدخلات) (?:ال)?(?:حاليه|حالي|مرفقه|مرفق|مقدمه|المقدم)",
        r"مساهمتنا",
        r"ورقتنا",
        r"تقريرنا",
        r"وثيقتنا",
        r"معلوماتنا",
        r"رسالتنا",
        r"مذكرتنا",
        r"ردنا",
        r"مدخلاتنا",
        r"مشاركتنا",
        r"محتواها",
        r"محتواه",
    ],
    "zh": [
        r"本文件",
        r"此文件",
        r"该文件",
        r"本报告",
        r"此报告",
        r"本材料",
        r"此材料",
        r"这份",
        r"此份",
        r"本份",
        r"本提交",
        r"本意见",
        r"本资料",
        r"本信",
        r"此信",
        r"本函",
        r"此函",
        r"本邮件",
        r"此邮件",
        r"本来文",
        r"本文",
        r"本呈文",
        r"本答复",
        r"本回复",
        r"本稿",
        r"本投稿",
        r"本内容",
        r"上述信息",
        r"以上信息",
        r"这些信息",
        r"此信息",
        r"本信息",
        r"所提供",
        r"我们提交",
        r"我们提供",
    ],
}

# Numbered parts of the submission ("Annex II", "Anlage 3", "Приложение 2"), in every language.
DOC["annex"] = [
    r"(?:annex|appendix|attachment|enclosure|anexo|annexe|apêndice|anlage|anhang|приложени\w*|ملحق|المرفق رقم)\s?(?:[ivx\d]+\b|[a-d]\b)",
    r"附件[一二三四五六七八九十\d]",
]

# ... or other people the submission talks about (withhold_name).
PERSONS = {
    "en": [
        r"names? (?:\w+ ){0,2}(?:of|for) (?:the |any |our |all )?(?:\w+ )?(?:victim|survivor|person|people|individual|interviewee|witness|participant|informant|respondent|client|activist|defender|member|staff|minor|child|famil|beneficiar|complainant|source|contact|partner|women|men|girls|boys|youth|parent|relative|colleague|volunteer|lawyer|journalist)",
        r"(?:their|his|her|the) (?:\w+ )?(?:names|identit|real names)",
        r"personal (?:data|details|information)",
        r"identifying (?:\w+ )?(?:details|information|data)",
        r"any names",
        r"(?:those|persons|people|individuals|anyone) (?:\w+ )?(?:named|mentioned|quoted|cited|interviewed|involved|concerned|described|featured)",
        r"(?:the |any )?(?:victims|survivors|interviewees|witnesses|informants|respondents|sources|participants|complainants|defenders|activists|individuals|persons|people|women|clients) (?:\w+ )?(?:we |who |mentioned|quoted|cited|named|interviewed|in|of)",
        r"(?:the )?(?:victim|survivor|interviewee|witness|informant|respondent|source|participant|complainant|person)(?:'s|s'|s)? (?:\w+ )?(?:names?|identit)",
    ],
    "es": [
        r"nombres? (?:de|del) (?:las |los |la |el |nuestr\w+ )?(?:víctima|sobreviviente|superviviente|persona|individuo|entrevistad|testig|participante|informante|cliente|activista|defensor|miembro|integrante|menor|niñ|famil|beneficiari|denunciante|fuente|contacto|mujer|hombre|joven|colega|abogad|periodista)",
        r"(?:sus|los) (?:\w+ )?(?:nombres|identidades)",
        r"datos personales",
        r"datos (?:\w+ )?identifica",
        r"(?:las )?personas (?:\w+ )?(?:mencionadas|citadas|entrevistadas|nombradas|involucradas|que)",
        r"identidad(?:es)? de (?:las |los )?(?:víctima|sobreviviente|persona|entrevistad|testig|fuente|participante|denunciante|defensor|activista)",
    ],
    "fr": [
        r"noms? (?:des?|du) (?:\w+ )?(?:victime|survivant|personne|individu|interviewé|témoin|participant|informateur|informatrice|client|activiste|militant|défenseur|défenseuse|membre|mineur|enfant|famille|bénéficiaire|plaignant|source|contact|femme|homme|jeune|collègue|avocat|journaliste)",
        r"(?:leurs?|les) (?:\w+ )?(?:noms|identités)",
        r"données personnelles",
        r"(?:informations|données|éléments) (?:\w+ )?identifi",
        r"(?:les )?personnes (?:\w+ )?(?:mentionnées|citées|interrogées|nommées|concernées|qui)",
        r"identités? (?:des?|du) (?:\w+ )?(?:victime|survivant|personne|témoin|source|participant|plaignant|défenseur|militant)",
    ],
    "pt": [
        r"nomes? d(?:as?|os?|e) (?:\w+ )?(?:vítima|sobrevivente|pessoa|indivíduo|entrevistad|testemunha|participante|informante|cliente|ativista|activista|defensor|membro|integrante|menor|criança|famíli|beneficiári|denunciante|fonte|contacto|contato|mulher|homem|jove|colega|advogad|jornalista|enfermeir|médic|psicólog|profissional)",
        r"(?:seus|os) (?:\w+ )?(?:nomes|identidades)",
        r"dados pessoais",
        r"dados (?:\w+ )?identifica",
        r"(?:as )?pessoas (?:\w+ )?(?:mencionadas|citadas|entrevistadas|nomeadas|envolvidas|que)",
        r"identidades? d(?:as?|os?) (?:\w+ )?(?:vítima|sobrevivente|pessoa|testemunha|fonte|participante|denunciante|defensor|ativista)",
    ],
    "ru": [
        r"имен\w* (?:\w+ )?(?:жертв|пострадавш|лиц|людей|челов|опрошенн|свидетел|участник|информант|клиент|активист|правозащитник|член|сотрудник|несовершеннолетн|дет|сем|заявител|источник|женщин|мужчин|коллег|адвокат|журналист)",
        r"(?:их|его|её|ее) (?:\w+ )?(?:имена|имя|личност|фамили)",
        r"персональн\w* данн",
        r"личн\w* данн",
        r"(?:упомянут|процитирован|опрошенн|названн)\w* (?:\w+ )?(?:лиц|людей|человек)",
        r"личност\w* (?:\w+ )?(?:жертв|пострадавш|свидетел|источник|участник|заявител|активист)",
        r"фамили",
    ],
    "de": [
        r"namen (?:\w+ )?(?:der|des|von) (?:\w+ )?(?:opfer|überlebend|person|mensch|befragt|interviewt|zeug|teilnehm|informant|klient|aktivist|verteidiger|mitglied|mitarbeit|minderjährig|kind|famili|betroffen|beschwerdeführ|quelle|kontakt|frau|männer|mann|jugendlich|kolleg|anwält|journalist)",
        r"(?:ihre|deren|seine) (?:\w+ )?(?:namen|identität)",
        r"personenbezogen\w* daten",
        r"persönlich\w* daten",
        r"identifizierend",
        r"(?:genannt|erwähnt|zitiert|befragt)\w* (?:\w+ )?personen",
        r"identität (?:\w+ )?(?:der|des) (?:\w+ )?(?:opfer|überlebend|person|zeug|quelle|betroffen|aktivist)",
    ],
    "ar": [
        r"اسماء",
        r"اسم الضحي",
        r"اسم الناج",
        r"هويه الضحايا",
        r"هويات",
        r"هويه الاشخاص",
        r"هويه الشهود",
        r"البيانات الشخصيه",
        r"المعلومات الشخصيه",
        r"الضحايا",
        r"الناجين",
        r"الناجيات",
        r"الشهود",
        r"الاشخاص المذكور",
        r"المشاركين",
        r"المصادر",
    ],
    "zh": [
        r"受害者的姓名",
        r"受害人的姓名",
        r"受害者姓名",
        r"受害人姓名",
        r"幸存者",
        r"姓名",
        r"个人信息",
        r"个人资料",
        r"身份信息",
        r"当事人",
        r"受访者",
        r"证人",
        r"受害者",
        r"受害人",
        r"信息来源",
        r"消息来源",
    ],
}

# Standalone notices: a request on their own where a notice is written (a header, a first
# line, a file name, a property, a comment). Their level when alone.
MARKERS_DO_NOT_PUBLISH = {
    "en": [
        r"confidential\b",
        r"confidentially\b",
        r"in (?:strict(?:est)? )?confidence\b",
        r"not for (?:\w+ ){0,2}(?:publication|circulation|distribution|dissemination|release|posting|the (?:web|internet|public)|public)",
        r"not (?:to be |for being )?(?:published|posted|circulated|distributed|made public|shared|put online)",
        r"do not (?:publish|post|circulate|distribute|share|forward|upload|put online)",
        r"eyes only",
        r"(?:use|information|reference|attention|review|perusal) only\b",
        r"(?:internal|official|restricted) use\b",
        r"for internal (?:discussion|review|consultation|coordination) only",
        r"(?<!sin )embargo",  # not Spanish "sin embargo" (however)
        r"off the record",
        r"no publication",
        r"no posting",
        r"non-public",
        r"nonpublic",
        r"draft[ -]+not for",
        r"subject to confidentiality",
        r"(?:only|solely|exclusively|strictly) for (?:\w+ ){0,5}(?:information|use|reference|perusal|eyes|attention|review|verification|background)",
    ],
    "es": [
        r"confidencial\b",
        r"confidencialmente",
        r"estrictamente reservad",
        r"reservad[oa]\b",
        r"de carácter reservado",
        r"con carácter reservado",
        r"en confianza\b",
        r"no (?:apto |destinad[oa] )?(?:para|a) (?:su )?(?:publicación|difusión|circulación|distribución)",
        r"no publicar",
        r"no difundir",
        r"no circular",
        r"no distribuir",
        r"solo para (?:\w+ ){0,5}(?:uso|conocimiento|información|ojos)",
        r"sólo para (?:\w+ ){0,5}(?:uso|conocimiento|información|ojos)",
        r"uso (?:exclusivo|interno|oficial)",
        r"embargad",
        r"bajo embargo",
        r"no públic[oa]\b",
        r"sujet[oa] a confidencialidad",
        r"(?:exclusivamente|únicamente|solamente) para (?:\w+ ){0,5}(?:uso|conocimiento|información|verificación)",
    ],
    "fr": [
        r"confidentiel(?:le)?s?\b",
        r"confidentiellement",
        r"strictement réservé",
        r"à titre confidentiel",
        r"sous le sceau",
        r"en toute confidentialité",
        r"(?:non|pas) destiné\w* à (?:la )?(?:publication|diffusion|circulation)",
        r"ne pas (?:publier|diffuser|circuler|distribuer|mettre en ligne|faire circuler)",
        r"ne pas être (?:publié|diffusé)",
        r"(?:à l'usage|usage) (?:exclusif|interne|réservé)",
        r"réservé\w* à l'usage",
        r"pour (?:\w+ ){0,5}(?:usage|information|attention|lecture) (?:seulement|uniquement|exclusive?)",
        r"à l'attention exclusive",
        r"diffusion restreinte",
        r"sous embargo",
        r"(?<!sin )embargo",  # not Spanish "sin embargo" (however)
        r"non (?:publiable|publié|public)\b",
        r"sous réserve de confidentialit",
        r"(?:exclusivement|uniquement|seulement|strictement) (?:pour|à) (?:\w+ ){0,5}(?:usage|information|connaissance|vérification|attention)",
        r"non (?:communicable|divulgable|diffusable)",
    ],
    "pt": [
        r"confidencia(?:l|is)\b",
        r"confidencialmente",
        r"estritamente reservad",
        r"reservad[oa]\b",
        r"sigiloso",
        r"sigilosa",
        r"em sigilo",
        r"em confiança\b",
        r"não (?:se destina |destinad[oa] )?(?:para|a) (?:a )?(?:publicação|divulgação|circulação|distribuição)",
        r"não publicar",
        r"não divulgar",
        r"não circular",
        r"não distribuir",
        r"(?:apenas|somente|só) para (?:\w+ ){0,5}(?:uso|conhecimento|informação|os olhos)",
        r"uso (?:exclusivo|interno|oficial|restrito)",
        r"sob embargo",
        r"embargad",
        r"não públic[oa]\b",
        r"sujeit[oa] a (?:sigilo|confidencialidade)",
        r"(?:exclusivamente|unicamente|somente|apenas) para (?:\w+ ){0,5}(?:uso|conhecimento|informação|verificação)",
    ],
    "ru": [
        r"конфиденциальн(?!ост)",
        r"строго секретно",
        r"секретно",
        r"не для (?:\w+ ){0,2}(?:публикац|печати|распространени|размещени|опубликовани|огласки|прессы)",
        r"не публиковать",
        # Latin transliterations people use in file names ("vklad_ne_dlya_publikacii.docx").
        r"ne dl[yj]a (?:\w+ ){0,2}publika[ct]",
        r"ne publikovat",
        r"konfiden[ct]?[cst]ial'?n(?!ost)",
        r"не подлежит (?:\w+ ){0,2}(?:публикац|опубликовани|распространени|разглашени|размещени)",
        r"не распространять",
        r"не размещать",
        r"для служебного пользования",
        r"дсп\b",
        r"только для (?:\w+ ){0,5}(?:пользования|использования|ознакомления|сведения|служебного)",
        r"лично в руки",
        r"под эмбарго",
        r"эмбарго",
        r"не для печати",
        r"не для прессы",
        r"(?:публикаци|опубликовани|разглашени|распространени|огласк)\w* не подлеж",
        r"исключительно для (?:\w+ ){0,5}(?:сведения|ознакомления|использования|служебного|информации)",
    ],
    "de": [
        r"vertraulich(?!keit)",
        r"streng geheim",
        r"geheim\b",
        r"nicht zur (?:\w+ ){0,2}(?:veröffentlichung|weitergabe|verbreitung|publikation)",
        r"nicht (?:zu )?(?:veröffentlichen|verbreiten|weitergeben)\b",
        r"nicht für (?:die )?(?:öffentlichkeit|veröffentlichung|publikation)",
        r"nur für (?:\w+ ){0,5}(?:gebrauch|dienstgebrauch|augen|information|kenntnis|verwendung)",
        r"(?:interner|internen|dienst)gebrauch",
        r"verschlusssache",
        r"sperrfrist",
        r"(?<!sin )embargo",  # not Spanish "sin embargo" (however)
        r"nicht öffentlich",
        r"(?:ausschließlich|nur|lediglich) zur (?:internen )?(?:kenntnis|information|prüfung|verwendung|"
        r"abstimmung|diskussion|besprechung|nutzung)",
        r"nicht zur weitergabe",
    ],
    "ar": [
        r"(?<![\u0621-\u064a])[وب]?سري(?![\u0621-\u064a])",
        # Latin transliterations in file names ("musahama_sirri_la_tunshar.pdf").
        r"la (?:tunshar|yunshar|tanshur|nashr)\b",
        r"\bsirri(?:ya|yah|yya)?\b",
        r"سري للغايه",
        r"سري جدا",
        r"سري وشخصي",
        r"شخصي وسري",
        r"(?<![\u0621-\u064a])سريه",
        r"بسريه",
        r"مكتوم",
        r"ليس للنشر",
        r"غير (?:مخصص|معد|قابل) (?:لل)?نشر",
        r"لا (?:يجوز |يتم )?نشر",
        r"عدم (?:ال)?نشر",
        r"يحظر نشر",
        r"ممنوع (?:من )?(?:ال)?نشر",
        r"محظور (?:ال)?نشر",
        r"للاستخدام الداخلي",
        r"للاستعمال الداخلي",
        r"للاطلاع فقط",
        r"للعلم فقط",
        r"للاستخدام الرسمي",
        r"مقيد",
        r"علي سبيل الثقه",
        r"بثقه",
        r"في سريه",
        r"(?:فقط|حصرا) (?:لل|ل)(?:اطلاع|علم|استخدام)",
        r"محدود التداول",
        r"تحت الحظر",
        r"حظر النشر",
        r"خاص وسري",
        r"بشكل سري",
        r"بصفه سريه",
        r"لعنايه .{0,40}فقط",
    ],
    "zh": [
        r"机密",
        r"保密(?!性)",
        r"绝密",
        r"秘密",
        r"密件",
        r"内部资料",
        r"内部文件",
        r"内部使用",
        r"仅供(?!参考)",  # "仅供参考": for reference only, a courtesy formula
        r"只供(?!参考)",
        r"请勿公开",
        r"不得公开",
        r"不予公开",
        r"不公开",
        r"请勿发布",
        r"请勿发表",
        r"请勿外传",
        r"请勿转发",
        r"请勿传播",
        r"不宜公开",
        r"非公开",
        r"禁止公开",
        r"不对外",
        r"限阅",
        r"限制分发",
        r"禁发",
        r"未发表",
        r"亲启",
    ],
}
MARKERS_WITHHOLD_NAME = {
    "self": [
        r"(?:without|but not) (?:our|my|the author'?s?) (?:name|names|identity)",
        r"sin (?:nuestro|mi|el) nombre",
        r"sans (?:notre|mon|le) nom",
        r"sem (?:o )?(?:nosso|meu) nome",
        r"без (?:нашего|моего) (?:имени|названия)",
        r"ohne (?:unseren|meinen|den) namen",
        r"(?:دون|بدون) (?:ذكر )?اسمنا",
        r"不署我们的名",
        r"不要署名",
        r"without (?:a |any |the )?names?\b",
        r"sin (?:el )?nombre\b",
        r"sans (?:le )?nom\b",
        r"sem (?:o )?nome\b",
        r"без (?:имени|названия)",
        r"ohne (?:den )?namen\b",
        # Latin transliterations in file names ("vklad_bez_nazvaniya_organizatsii.docx").
        r"bez (?:\w+ )?(?:nazvani[yj]?a|imeni|imen|podpisi|avtora|avtorstva)\b",
        r"anonimno\b",
        r"(?:دون|بدون) (?:ذكر )?(?:ال)?اسم",
    ],
    "en": [
        r"anonym(?!ity|at|ität)",
        r"anon\b",
        r"not for attribution",
        r"without attribution",
        r"no attribution",
        r"non-attributable",
        r"unattributed",
        r"on background",
        r"name(?:s)? withheld",
        r"identity withheld",
        r"withhold (?:our |my |the )?name",
        r"do not (?:name|identify|attribute|cite|quote|mention)",
        r"no names?\b",
        r"name(?:s)? not (?:to be )?(?:published|disclosed|mentioned|given)",
        r"unnamed",
        r"nameless",
        r"pseudonym",
        r"redacted",
        r"name not (?:\w+ )?(?:disclosable|communicable|given)",
    ],
    "es": [
        r"anónim",
        r"anonim(?!ato)",
        r"sin atribución",
        r"no atribuible",
        r"no atribuir",
        r"sin (?:mencionar |citar |dar )?(?:nombres?|el nombre)",
        r"nombre reservado",
        r"nombre omitido",
        r"identidad reservada",
        r"no nombrar",
        r"no identificar",
        r"no citar",
        r"no mencionar",
        r"seudónimo",
        r"pseudónimo",
    ],
    "fr": [
        r"anonym(?!at|ity|ität)",
        r"sans attribution",
        r"non attribuable",
        r"ne pas attribuer",
        r"sans (?:citer |mentionner )?(?:de )?noms?\b",
        r"nom (?:masqué|retenu|omis|caché)",
        r"identité (?:protégée|masquée|réservée)",
        r"nom non (?:communiqu|communicable|divulgu|divulgable|publi)",
        r"ne pas nommer",
        r"ne pas identifier",
        r"ne pas citer",
        r"ne pas mentionner",
        r"pseudonyme",
    ],
    "pt": [
        r"anónim",
        r"anônim",
        r"anonim(?!ato)",
        r"sem atribuição",
        r"não atribuível",
        r"não atribuir",
        r"sem (?:mencionar |citar )?(?:o )?nomes?\b",
        r"nome (?:reservado|omitido|ocultado)",
        r"identidade (?:reservada|protegida|preservada)",
        r"não nomear",
        r"não identificar",
        r"não citar",
        r"não mencionar",
        r"pseudónimo",
        r"pseudônimo",
    ],
    "ru": [
        r"анонимн(?!ост)",
        r"аноним\b",
        r"без указания (?:\w+ )?(?:имен|назван|авторств|источник)",
        r"без ссылки на",
        r"без атрибуц",
        r"имя не (?:указ|раскр|публик)",
        r"не называть",
        r"не упоминать",
        r"не указывать",
        r"не цитировать",
        r"не ссылаться",
        r"псевдоним",
    ],
    "de": [
        r"anonym(?!ität|at|ity)",
        r"ohne (?:namens)?nennung",
        r"ohne namen",
        r"ohne zuordnung",
        r"ohne quellenangabe",
        r"nicht zitier",
        r"nicht namentlich",
        r"name(?:n)? (?:ist |wird )?(?:zurückgehalten|geschwärzt|nicht genannt)",
        r"nicht nennen",
        r"nicht erwähnen",
        r"pseudonym",
    ],
    "ar": [
        r"مجهول",
        r"دون ذكر (?:ال)?اسم",
        r"بدون ذكر (?:ال)?اسم",
        r"عدم ذكر",
        r"عدم الكشف عن هوي",
        r"دون الكشف عن هوي",
        r"عدم الاشاره",
        r"دون الاشاره",
        r"دون نسب",
        r"عدم نسب",
        r"بدون نسب",
        r"حجب الاسم",
        r"حجب اسم",
        r"الاسم محجوب",
        r"اسم مستعار",
        r"عدم تسميه",
        r"دون تسميه",
        r"عدم الافصاح عن (?:ال)?(?:اسم|هوي)",
    ],
    "zh": [
        r"匿名",
        r"不具名",
        r"不署名",
        r"隐去姓名",
        r"隐去名称",
        r"隐名",
        r"化名",
        r"请勿署名",
        r"请勿提及",
        r"请勿点名",
        r"不要提及",
        r"请勿引用",
        r"不注明",
        r"无署名",
        r"略去姓名",
    ],
}

# Markers too common in prose to count outside a notice (a header, a title line, a file name).
NOTICE_ONLY_MARKERS = [
    r"restricted\b",
    r"sensitive\b",
    r"private\b",
    r"secret\b",
    r"classified\b",
    r"privileged\b",
    r"internal\b",
    r"not public\b",
    r"restringid",
    r"sensible\b",
    r"privad",
    r"secreto\b",
    r"restreint",
    r"sensible\b",
    r"privé",
    r"secret\b",
    r"restrit",
    r"sensível",
    r"секретн",
    r"для внутренн",
    r"служебн",
    r"ограниченн",
    r"intern\b",
    r"sensibel",
    r"privat\b",
    r"خاص\b",
    r"حساس",
    r"داخلي",
    r"敏感",
    r"内部",
]
# Abbreviations people write in file names and titles: a notice wherever they stand in one.
NOTICE_ABBREVIATIONS = [
    r"conf\b",
    r"confid\b",
    r"конф\b",
    r"конфиденц\b",
    r"vertr\b",
    r"dnp\b",
    r"nfp\b",
    r"priv\b",
    r"anon\b",
    r"embarg",
    r"sperrfrist",
    r"保密版",
    r"机密版",
]
# Nouns that are only a cue in a notice ("Confidentiality" as a running header): read by a person.
NOTICE_NOUNS = [
    r"confidentialit",
    r"confidencialidad",
    r"confidencialidade",
    r"конфиденциальност",
    r"vertraulichkeit",
    r"السريه",
    r"保密性",
    r"anonymity",
    r"anonimato",
    r"anonymat",
    r"анонимност",
    r"anonymität",
    r"sigilo",
]
# Asking to be careful with the text: never sure, always read by a person.
CAREFUL = [
    r"(?:handl|treat|us(?:e|ed|ing))\w* (?:\w+ ){0,5}with (?:\w+ )?(?:care|caution|discretion|sensitivity)",
    r"discre(?:et|tion)",
    r"sensitiv",
    r"avec (?:\w+ )?(?:prudence|discrétion|précaution)",
    r"discrète?",
    r"sensibilit",
    r"con (?:\w+ ){0,2}(?:cuidado|cautela|discreción|reserva|prudencia)",
    r"discreci",
    r"sensibilidad",
    r"com (?:\w+ ){0,2}(?:cuidado|cautela|discrição|reserva|prudência)",
    r"discriç",
    r"discret[oa]",
    r"sensibilidade",
    r"осторожн",
    r"деликатн",
    r"чувствительн",
    r"mit (?:\w+ )?(?:vorsicht|diskretion|sorgfalt|bedacht)",
    r"diskret",
    r"sensibel",
    r"بحذر",
    r"بحرص",
    r"بعنايه",
    r"حساسيه",
    # Consult us before using it: "please contact us before using section 3", "Rücksprache vor Verwendung".
    r"(?:contact|consult|check with|ask|speak to|talk to) (?:\w+ ){0,2}(?:us|me|our \w+) before (?:\w+ ){0,2}(?:using|quoting|citing|publishing|referring|attributing)",
    r"(?:contact\w*|consult\w*) (?:con )?(?:nosotr\w*|nos) antes de (?:\w+ ){0,2}(?:usar|utilizar|citar|publicar)",
    r"(?:nous )?(?:contacter|consulter) (?:\w+ ){0,2}avant (?:de |d')?(?:\w+ ){0,2}(?:utilis|cit|publi|reprendre)",
    r"(?:contat\w*|consult\w*) (?:\w+ ){0,2}antes de (?:\w+ ){0,2}(?:usar|utilizar|citar|publicar)",
    r"(?:свяж\w*|связат\w*|согласу\w*|соглас\w*) (?:\w+ ){0,7}(?:перед|до) (?:\w+ ){0,2}(?:использ|цитир|публик)",
    # The same, the use named first (ninth session, fresh25): "antes de usar o citar …, consultar con nosotras".
    r"before (?:using|quoting|citing|publishing)\b[^.;!?]{0,80}\b(?:contact|consult|check with|ask|speak to|talk to) (?:\w+ )?us\b",
    r"antes de (?:\w+ ){0,2}(?:usar|utilizar|citar|publicar)[^.;!?]{0,80}\b(?:consult|contact|escrib|avis)\w* (?:con |a )?(?:nosotr|nos\b)",
    r"avant (?:de |d')(?:\w+ ){0,2}(?:utilis|cit|publi|reprendre)[^.;!?]{0,80}\bnous (?:consulter|contacter|écrire)",
    r"antes de (?:\w+ ){0,2}(?:usar|utilizar|citar|publicar)[^.;!?]{0,80}\b(?:consult|contat|fal)\w*[- ](?:nos\b|conosco|connosco)",
    r"(?:перед|до) (?:использ|цитир|публик)\w*[^.;!?]{0,80}\b(?:свяж|согласу|соглас)\w* с нами",
    # Ninth session (fresh26): "nous prévenir avant de citer", "se comuniquen con nosotras",
    # "если будете что-то использовать … свяжитесь со мной заранее".
    r"(?:prévenir|avertir|aviser|informer) (?:\w+ ){0,2}avant (?:de |d')(?:\w+ ){0,2}(?:utilis|cit|publi|reprendre)",
    r"(?:nous|me) (?:prévenir|avertir|aviser|informer)[^.;!?]{0,40}\bavant\b",
    r"antes de (?:\w+ ){0,3}(?:usar|utilizar|citar|publicar)[^.;!?]{0,80}\bcomuni\w+ con (?:nosotr|nos\b|conmigo)",
    r"(?:notify|inform|tell|warn|let) (?:me|us)\b(?: know)? (?:\w+ ){0,2}before (?:\w+ ){0,2}(?:using|quoting|citing|publishing)",
    r"(?:свяж|сообщ|предупред|согласу)\w* (?:\w+ ){0,2}(?:с нами|со мной|нас|меня) (?:\w+ )?заранее",
    r"\bесли (?:\w+ ){0,3}(?:использ|цитир|публик)\w*[^.;!?]{0,80}(?:свяж|сообщ|предупред)\w*",
    # Use restricted, the terms given elsewhere: "contribuição com restrições de uso – ver e-mail".
    r"restri(?:cciones|ções|coes) de uso",
    r"restrictions? (?:d'usage|d'utilisation|de diffusion|on (?:its )?use)",
    r"restricted use",
    r"eingeschränkte (?:nutzung|verwendung|verbreitung)|nutzungsbeschränkung",
    r"ограничени\w* (?:на |по )?(?:использовани|распространени)",
    # Ninth session (fresh27): shown how it will appear, used only after agreement, not to expose us,
    # the contribution "with restrictions", contact the submitter before use.
    r"(?:mostrar|enseñar|montrer|show|zeigen|показать)\w* (?:\w+ ){0,3}(?:como|cómo|comment|how|wie|как) (?:\w+ ){0,4}"
    r"(?:aparec|apparaî|apparai|appear|erschein|выгляд)",
    r"(?:only|solo|sólo|seulement|uniquement|apenas|somente|nur|только) (?:after|después de|après|depois de|nach|после) "
    r"(?:\w+ ){0,2}(?:consult|agree|approv|acuerdo|consulta|accord|consentement|aprova|rücksprache|zustimmung|согласовани|разрешени)",
    r"sans [^.;]{0,30}\bnous exposer|without exposing us|sin exponernos|sem nos expor|ohne uns zu (?:gefährden|exponieren)",
    r"laiss\w* (?:au|à) (?:\w+ ){0,2}(?:le )?soin d'appréci",
    r"(?:beitrag|contribution|submission|aporte|contribuci[oó]n|contribui[çc][ãa]o|вклад)\w*[ _-]+(?:\w+[ _-]+){0,3}"
    r"(?:mit einschr|mit einschraenk|with restrictions|con restricciones|com restri|avec restrictions|с ограничени)",
    r"使用前(?:请)?(?:先)?(?:与|和|跟)(?:我们|提交方|作者|本机构|我方)(?:联系|联络|确认|沟通)",
    r"rücksprache (?:\w+ ){0,3}(?:vor|bevor)",
    r"(?:vor|bevor) (?:\w+ ){0,5}rücksprache",
    r"(?:kontaktieren|fragen) sie (?:\w+ ){0,3}(?:vor|bevor)",
    r"(?:التواصل|الاتصال|الرجوع) (?:\w+ ){0,2}(?:معنا|الينا|الينا) قبل",
    r"使用前(?:请)?(?:与|和|跟)我们(?:联系|联络|确认|沟通)",
    r"(?:引用|使用|发布)(?:之)?前(?:请)?(?:与|和|跟)我们",
    # Protecting sources, security when quoting: "Quellenschutz", "security considerations when quoting".
    r"(?:safety|security) (?:\w+ ){0,3}(?:when|in|before) (?:quoting|citing|using|publishing)",
    r"безопасност\w* (?:\w+ ){0,3}(?:при|перед) (?:цитир|использ|публик)",
    r"(?:expos|endanger|compromis|reveal|identify)\w* (?:\w+ ){0,2}our sources",
    r"(?:expon|comprometer|revelar|poner en riesgo)\w* (?:\w+ ){0,2}(?:a )?nuestras fuentes",
    r"(?:expos|compromet|révél|mettre en danger)\w* (?:\w+ ){0,2}nos sources",
    r"(?:expor|comprometer|revelar|colocar em risco)\w* (?:\w+ ){0,2}(?:as )?nossas fontes",
    r"(?:gefährd|preisgeb|offenleg)\w* (?:\w+ ){0,2}unserer? quellen|unsere quellen (?:\w+ ){0,3}(?:gefährd|preisgeb|schütz)",
    r"(?:раскр|выда|подстав|угрож)\w* (?:\w+ ){0,2}наш\w* источник",
    r"暴露(?:\w{0,4})?(?:消息)?来源",
    r"(?:حمايه|تعريض|كشف) (?:\w+ )?مصادرنا",
    r"تعرض مصادرنا",
    # Conditions agreed earlier: "same conditions as for last year's submission apply".
    r"same (?:conditions|terms|arrangements?|basis) as",
    r"(?:mismas|mesmas) (?:condiciones|condições|condicoes) que",
    r"mêmes conditions que",
    r"(?:gleichen|selben) bedingungen wie",
    r"(?:те же|тех же) услови",
    # "sensitive treatment that this information requires"
    r"tratamento (?:\w+ )?(?:sensível|sigiloso|reservado)",
    r"tratamiento (?:\w+ )?(?:sensible|reservado)",
    r"妥善",
    r"谨慎",
    r"慎重",
    r"小心",
]

# Nouns after a marker that make it describe something else: "confidential complaints mechanism",
# "anonymous survey", "anonymous activist" (a mention, not a request about this submission).
ATTRIBUTIVE = [
    r"(?:ال)?(?:استبيان|استطلاع|مسح)",  # "استبيان مجهول الهوية": an anonymous questionnaire
    r"问卷|调查|调研|问卷调查",  # "匿名问卷": an anonymous questionnaire (eighth session)
    # "anonymous and free", "gratuita y confidencial": a service described (sixth session).
    r"(?:и|y|e|et|and|und|&) (?:бесплатн|gratuit|gratis|free|kostenlos|grátis)",
    r"(?:、(?:保密|匿名|免费))+",
    r"و ?مجاني",
    r"保护",
    r"权",
    # Legal secrecies named by their kind ("врачебная тайна"): the word before.
    r"врачебн",
    r"медицинск",
    r"адвокатск",
    r"банковск",
    r"налогов",
    r"(?:частной|личной|семейной) жизни",
    r"переписки",
    r"усыновления",
    r"complain",
    r"mechanism",
    r"hotline",
    r"helpline",
    r"(?:phone |telephone )?line",
    r"channel",
    r"reporting",
    r"counsel",
    r"service",
    r"shelter",
    r"test",
    r"care\b",
    r"treatment",
    r"survey",
    r"procedure",
    r"process",
    r"manner",
    r"interview",
    r"consultation",
    r"support",
    r"advice",
    r"assistance",
    r"data",
    r"record",
    r"sources?\b",
    r"informant",
    r"vote",
    r"ballot",
    r"voting",
    r"referral",
    r"regist",
    r"database",
    r"space",
    r"setting",
    r"environment",
    r"conversation",
    r"discussion",
    r"meeting",
    r"session",
    r"clinic",
    r"legal aid",
    r"system",
    r"platform",
    r"form\b",
    r"questionnaire",
    r"respondent",
    r"activist",
    r"person",
    r"people",
    r"individual",
    r"woman",
    r"women",
    r"man\b",
    r"men\b",
    r"official",
    r"member",
    r"lawyer",
    r"witness",
    r"victim",
    r"survivor",
    r"caller",
    r"donor",
    r"threat",
    r"call",
    r"letter",
    r"messag",
    r"account",
    r"attack",
    r"harass",
    r"abuse",
    r"online",
    r"posts?\b",
    r"tip",
    r"whistle",
    r"medical",
    r"health",
    r"hiv",
    r"counsell",
    r"help",
    r"information of",
    r"nature",
    r"character",
    r"handling",
    # es / pt / fr / ru / de heads of the same kinds
    r"denuncia",
    r"denúncia",
    r"queixa",
    r"permanence",
    r"plantão",
    r"asesor[ií]a",
    r"orientaç",
    r"plainte",
    r"mecanism",
    r"mécanisme",
    r"línea",
    r"linha",
    r"ligne",
    r"canal",
    r"servicio",
    r"serviço",
    r"encuesta",
    r"inquérito",
    r"enquête",
    r"sondage",
    r"entrevista",
    r"entretien",
    r"atención",
    r"atendimento",
    r"consulta",
    r"procedimiento",
    r"procedimento",
    r"procédure",
    r"fuente",
    r"fonte",
    r"activista",
    r"ativista",
    r"militant",
    r"persona",
    r"pessoa",
    r"personne",
    r"testig",
    r"témoin",
    r"víctima",
    r"vítima",
    r"victime",
    r"жалоб",
    r"механизм",
    r"горяч",
    r"лини",
    r"опрос",
    r"анкет",
    r"источник",
    r"активист",
    r"консультац",
    r"сообщени",
    r"угроз",
    r"звонк",
    r"интервью",
    r"бесед",
    r"разговор",
    r"gespräch",
    r"unterredung",
    r"beschwerde",
    r"mechanismus",
    r"hotline",
    r"beratung",
    r"umfrage",
    r"befragung",
    r"quelle",
    r"aktivist",
    r"drohung",
    r"anruf",
    r"meldestelle",
    r"meldung",
    r"(?:[وبلف]?ال)?(?:اليه|اليات|شكاوي|شكوي|خط|خطوط|خدمات|خدمه|استبيان|مبدا|مبادئ|مقابلات|مقابله|مصادر|مصدر|تصويت|اقتراع|بيانات|سجلات|ناشط|ناشطه|ناشطين|شخص|اشخاص|ضحيه|ضحايا|شاهد|شهود|استشاره|ابلاغ|تبليغ|بلاغات|اتصالات|رسائل|تهديدات|حسابات)",
    r"cases?\b",
    r"casos?\b",
    r"cas\b",
    r"dados",
    r"datos",
    r"données",
    r"daten",
    r"данны",
    r"droh",
    r"schreiben",
    r"brief",
    r"nachricht",
    r"hinweis",
    r"anzeige",
    r"harcèlement",
    r"acoso",
    r"assédio",
    r"травл",
    r"преследован",
    r"belästigung",
    r"mode",
    r"modus",
    r"form",
    r"basis\b(?! of)",
    r"骚扰",
    r"访谈",
    r"数据",
    r"化",
    r"与",
    r"和",
    r"及",
    r"问题",
    r"原则",
    r"机制",
    r"热线",
    r"渠道",
    r"投诉",
    r"举报",
    r"服务",
    r"咨询",
    r"调查",
    r"问卷",
    r"性",
    r"义务",
    r"规定",
    r"措施",
    r"条款",
    r"协议",
    r"要求",
    r"制度",
    r"信息来源",
    r"来源",
    r"线人",
    r"人士",
    r"活动人士",
    r"受害者",
    r"证人",
    r"电话",
    r"威胁",
    r"账户",
    r"账号",
    r"留言",
    r"信件",
    r"检测",
    r"诊所",
    # how a study or a report was done, its results: "resultados anonimizados", "Relatório anonimizado"
    r"resultad",
    r"resultat",
    r"résultat",
    r"results?\b",
    r"ergebnis",
    r"relatório",
    r"informe\b",
    r"report\b",
    r"rapport\b",
    r"bericht",
    r"отчёт",
    r"отчет",
    r"тестирован",
    r"обследован",
    r"écoute",
    r"d'écoute",
    r"testing",
    r"teste?\b",
    r"prueba",
    r"dépistage",
    r"(?:[وبلف]?ال)?(?:فحص|اختبار|استطلاع|نتائج|تقرير)",
    r"结果",
    r"报告",
]
# Words before a marker that make it a mention: "the confidential nature of", "respect confidentiality".
ATTRIBUTIVE_BEFORE = [
    r"the\b",
    r"a\b",
    r"an\b",
    r"un\b",
    r"una\b",
    r"une\b",
    r"um\b",
    r"uma\b",
    r"el\b",
    r"los\b",
    r"las\b",
    r"des\b",
    r"les\b",
    r"ein\w*\b",
]

# A third party as the subject, a law, or a policy recommendation: a report about others.
THIRD = {
    "en": [
        r"(?:the )?law",
        r"legislation",
        r"statut",
        r"article \d",
        r"(?:the )?(?:penal |criminal |civil )?code\b",
        r"regulation",
        r"decree",
        r"constitution",
        r"(?:the )?state\b",
        r"(?:the )?states\b",
        r"government",
        r"authorities",
        r"ministr",
        r"police",
        r"court",
        r"judge",
        r"prosecutor",
        r"media\b",
        r"press\b",
        r"journalist",
        r"newspaper",
        r"the commission\b",
        r"parliament",
        r"officials",
        r"agencies",
        r"employers",
        r"schools",
        r"hospitals",
        r"doctors",
        r"prohibit",
        r"forbid",
        r"forbade",
        r"illegal",
        r"unlawful",
        r"criminali[sz]",
        r"guarantee",
        r"ensur",
        r"requir",
        r"recommend",
        r"urg(?:e|es|ed)\b",
        r"call(?:s|ed)? (?:on|upon)",
        r"encourag",
        r"obliged",
        r"entitled",
        r"protects?\b",
        r"respect",
        r"in line with",
        r"in accordance",
        r"under (?:the|article|section)",
        r"(?:they|he|she|it) (?:was|were|had|did)",
        r"platform",
        r"facebook",
        r"perpetrator",
        r"attacker",
        r"abuser",
        r"police officers",
        r"the (?:un|ohchr|secretariat)\b",
    ],
    "es": [
        r"(?:la )?ley\b",
        r"legislación",
        r"normativa",
        r"artículo \d",
        r"código",
        r"reglamento",
        r"decreto",
        r"constitución",
        r"(?:el )?estado\b",
        r"(?:los )?estados\b",
        r"gobierno",
        r"autoridades",
        r"ministerio",
        r"policía",
        r"tribunal",
        r"juez",
        r"fiscal",
        r"medios",
        r"prensa",
        r"periodista",
        r"prohíb",
        r"prohib",
        r"ileg",
        r"garantiz",
        r"asegur",
        r"exig",
        r"recomend",
        r"insta(?:mos)?\b",
        r"exhort",
        r"obligad",
        r"proteg(?:e|en)\b",
        r"respet",
        r"de conformidad",
        r"conforme a",
        r"agresor",
        r"perpetrador",
    ],
    "fr": [
        r"(?:la )?loi\b",
        r"législation",
        r"article \d",
        r"code\b",
        r"règlement",
        r"décret",
        r"constitution",
        r"(?:l')?état\b",
        r"(?:les )?états\b",
        r"gouvernement",
        r"autorit",
        r"ministère",
        r"police",
        r"tribunal",
        r"juge",
        r"procureur",
        r"médias",
        r"presse",
        r"journaliste",
        r"interdi",
        r"illég",
        r"garanti",
        r"assur",
        r"exige",
        r"recommand",
        r"exhort",
        r"appel(?:le|lent|ons) (?:à|le|les)",
        r"encourag",
        r"obligé",
        r"protèg",
        r"respect",
        r"conformément",
        r"agresseur",
        r"auteurs? des",
    ],
    "pt": [
        r"(?:a )?lei\b",
        r"legislação",
        r"artigo \d",
        r"código",
        r"regulamento",
        r"decreto",
        r"constituição",
        r"(?:o )?estado\b",
        r"(?:os )?estados\b",
        r"governo",
        r"autoridades",
        r"ministério",
        r"polícia",
        r"tribunal",
        r"juiz",
        r"procurador",
        r"mídia",
        r"media\b",
        r"imprensa",
        r"jornalista",
        r"proíb",
        r"proib",
        r"ileg",
        r"garant",
        r"assegur",
        r"exig",
        r"recomend",
        r"insta(?:mos)?\b",
        r"exort",
        r"obrigad",
        r"proteg(?:e|em)\b",
        r"respeit",
        r"em conformidade",
        r"agressor",
        r"perpetrador",
    ],
    "ru": [
        r"закон",
        r"законодательств",
        r"стать(?:я|и|ей) \d",
        r"кодекс",
        r"постановлени",
        r"указ\b",
        r"конституци",
        r"государств",
        r"правительств",
        r"власт",
        r"министерств",
        r"полици",
        r"суд",
        r"прокурор",
        r"сми\b",
        r"пресс",
        r"журналист",
        r"запрещ",
        r"незаконн",
        r"гарантир",
        r"обеспечи",
        r"требует",
        r"рекоменд",
        r"призыва",
        r"обязан",
        r"защищает",
        r"соблюд",
        r"в соответствии",
        r"нападавш",
        r"преступник",
        r"виновн",
    ],
    "de": [
        r"(?:das )?gesetz",
        r"gesetzgebung",
        r"artikel \d",
        r"§",
        r"strafgesetzbuch",
        r"verordnung",
        r"dekret",
        r"verfassung",
        r"(?:der )?staat\b",
        r"(?:die )?staaten\b",
        r"regierung",
        r"behörden",
        r"ministerium",
        r"polizei",
        r"gericht",
        r"richter",
        r"staatsanwalt",
        r"medien",
        r"presse",
        r"journalist",
        r"verbiet",
        r"verboten",
        r"rechtswidrig",
        r"gewährleist",
        r"garantier",
        r"sicherstell",
        r"verlangt\b",
        r"empfehl",
        r"fordern (?:die|den)",
        r"rufen (?:die|den)",
        r"verpflichtet",
        r"schützt",
        r"achten",
        r"gemäß",
        r"täter",
        r"angreifer",
    ],
    "ar": [
        r"القانون",
        r"التشريع",
        r"الماده \d",
        r"قانون",
        r"اللائحه",
        r"المرسوم",
        r"الدستور",
        r"الدوله",
        r"الدول",
        r"الحكومه",
        r"السلطات",
        r"الوزاره",
        r"الشرطه",
        r"المحكمه",
        r"القاضي",
        r"النيابه",
        r"وسائل الاعلام",
        r"الصحافه",
        r"الصحفي",
        r"يحظر",
        r"يمنع",
        r"محظور",
        r"غير قانوني",
        r"تضمن",
        r"يضمن",
        r"ضمان",
        r"تكفل",
        r"يكفل",
        r"يتطلب",
        r"نوصي",
        r"توصي",
        r"ندعو",
        r"تدعو",
        r"نحث",
        r"ملزم",
        r"يحمي",
        r"تحمي",
        r"احترام",
        r"وفقا",
        r"الجناه",
        r"المعتدين",
        r"الجاني",
    ],
    "zh": [
        r"(?:他|她|他们|她们)(?:希望|要求|请求|不希望|不想)",  # "他希望我们不要透露…": the person's wish
        r"热线",
        r"来电",
        r"法律",
        r"法规",
        r"条例",
        r"规定",
        r"第.{1,4}条",
        r"宪法",
        r"刑法",
        r"国家",
        r"政府",
        r"当局",
        r"部门",
        r"警方",
        r"警察",
        r"法院",
        r"法官",
        r"检察",
        r"媒体",
        r"新闻",
        r"记者",
        r"学校",
        r"医院",
        r"雇主",
        r"平台",
        r"禁止",
        r"违法",
        r"保障",
        r"确保",
        r"要求各",
        r"建议",
        r"呼吁",
        r"敦促",
        r"有义务",
        r"保护",
        r"尊重",
        r"依照",
        r"根据",
        r"施害者",
        r"加害者",
        r"犯罪者",
    ],
}
# The people a study heard, as the subject: "the interviewee asked to remain anonymous",
# "受访者要求匿名" — their anonymity, not the submitter's.
PARTICIPANTS = [
    r"interviewees?",
    r"respondents?",
    r"(?:study |research |survey )?participants",
    r"(?:every|each|one|the|a) participant\b",
    r"(?:personas|people|persons|personnes|pessoas|люд\w*|menschen|الأشخاص|الاشخاص) (?:que|who|qui|которые|die|الذين) "
    r"(?:\w+ ){0,3}(?:compartieron|shared|ont partagé|partagé|partilharam|compartilharam|поделились|"
    r"geteilt|told|contaron|raconté|contaram|рассказали|erzählt|شاركوا)",
    r"informants?",
    r"(?:persons?|people|those|women|men) (?:we )?interviewed",
    r"(?<!\w)[a-z]\.'s",
    r"entrevistad[oa]s?",
    r"encuestad[oa]s?",
    r"inquirid[oa]s",
    r"participantes",
    r"informantes",
    r"respondentes",
    r"personnes? (?:interrogée|interviewée|rencontrée)s?",
    r"enquêté(?:e|s|es)?",
    r"interviewé(?:e|s|es)?",
    r"répondant(?:e|s|es)?",
    r"опрошенн\w*",
    r"респондент\w*",
    r"собеседни\w*",
    r"информант\w*",
    r"interviewpartner\w*",
    r"gesprächspartner\w*",
    r"befragte\w*",
    r"teilnehmende\w*",
    r"المشارك(?:ون|ين|ات)",
    r"المستجيب(?:ون|ين|ات)",
    r"(?:الذين|اللواتي|اللاتي) (?:تمت|جرت|اجرينا) (?:مقابلت|مقابله)",
    r"受访",
    r"被访",
    r"访谈对象",
    r"调查对象",
    r"我们访谈的",
    # A person quoted under a pseudonym and described ("“Sara” (pseudonym), 27", "小林（化名），24岁"):
    # the pseudonym is theirs, not the submitter's.
    r"[«“\"„][^»”\"\n]{1,25}[»”\"] ?\([^)\n]{1,25}\)[,،]? ?\d{1,2}\b",
    r"[\u4e00-\u9fff]{1,4}[（(]化名[）)][，,]? ?\d{1,2}岁",
    # A source quoted on condition of anonymity ("a lawyer who did not wish to be named"): their wish.
    r"(?:a|an|one) (?:\w+ ){1,3}who (?:did not|didn't|does not|asked not to|preferred not to) "
    r"(?:wish |want )?(?:to )?be (?:named|identified)",
    r"(?:spoke|speaking|talked) (?:to us )?on (?:the )?condition of anonymity",
    r"(?:que|quien) (?:pidió|prefirió|solicitó) (?:no ser (?:nombrad|identificad|mencionad)|"
    r"mantener (?:el|su) anonimato)",
    r"(?:qui|ayant) (?:a souhaité|souhaite|a demandé à|a préféré) (?:garder|conserver) l'anonymat",
    r"(?<!soumis )(?<!soumise )(?<!transmis )(?<!envoyé )(?<!présenté )(?<!rédigé )sous couvert d'anonymat",
    r"(?:que|quem) (?:pediu|preferiu|solicitou) (?:para )?(?:não ser (?:identificad|nomead|mencionad)|"
    r"manter o anonimato)",
    r"sob (?:a )?condição de anonimato",
    r"(?:der|die) (?:\w+ )?(?:anonym bleiben (?:will|wollte|möchte)|nicht genannt werden (?:will|wollte|möchte))",
    r"unter (?:der )?(?:bedingung der anonymität|zusicherung von anonymität)",
    r"(?:не )?пожелавш\w* (?:остаться (?:неизвестн|анонимн)|назвать (?:сво\w+ )?имя|"
    r"раскрывать (?:сво\w+ )?имя)",
    r"(?:الذي|التي) (?:طلب|طلبت|فضل|فضلت) عدم (?:الكشف عن|ذكر) (?:اسمه|اسمها)",
    r"不愿(?:具名|透露姓名|透露身份)的",
]

# Past narrative: "complainants were not identified", "the report was never published".
PAST = {
    "en": [
        r"(?:was|were|had been|has been|have been|had|did|got)(?: not|n't| never)?\b",
        r"(?:has|have|had) (?:\w+ )?\w+ed\b",
        r"(?:they|he|she|police|officers|authorities|journalists|media) \w+ed\b",
        r"(?:in|since|during) (?:19|20)\d\d",
        r"\w+ (?:years?|months?|weeks?|days?) ago",
        r"last (?:year|month|week)",
        r"at the time",
    ],
    "es": [
        r"(?:fue|fueron|había|habían|ha sido|han sido|hubo|se \w+(?:ó|aron))\b",
        r"(?:en|desde|durante) (?:19|20)\d\d",
        r"hace (?:\w+ )?(?:años|meses|semanas|días)",
    ],
    "fr": [
        r"(?:a été|ont été|avait été|avaient été|était|étaient|fut|furent|avait|avaient)\b",
        r"(?:a|ont) (?:\w+ )?\w+(?:é|és|ée|ées|is|it)\b",
        r"(?:en|depuis|pendant) (?:19|20)\d\d",
        r"il y a (?:\w+ )?(?:ans|mois|semaines|jours)",
    ],
    "pt": [
        r"(?:foi|foram|tinha sido|tinham sido|era|eram|houve)\b",
        r"(?:em|desde|durante) (?:19|20)\d\d",
        r"há (?:\w+ )?(?:anos|meses|semanas|dias)",
    ],
    "ru": [
        r"(?:был|была|было|были)\b",
        r"\w{3,}(?:али|или|ели|яли)\b",
        r"\w{3,}(?:ала|ила|ела)\b",
        r"\w{2,}(?:ался|ился|ялся|елся|алась|илась|ялась|ались|ились|ялись|ались|алось|илось|ялось)\b",
        r"в (?:19|20)\d\d",
        r"(?:лет|года?|месяц\w*|недел\w*|дн\w*) назад",
    ],
    "de": [
        r"(?:wurde|wurden|war|waren|hatte|hatten|ist \w+ worden|sind \w+ worden)\b",
        r"(?:im jahr|seit|während) (?:19|20)\d\d",
        r"vor (?:\w+ )?(?:jahren|monaten|wochen|tagen)",
    ],
    "ar": [r"(?<![\u0621-\u064a])(?:تم|كان|كانت|كانوا|لم)(?![\u0621-\u064a])", r"في عام", r"منذ"],
    "zh": [r"曾", r"过去", r"已经", r"已", r"了\b", r"年\d", r"\d{4}年", r"当时", r"被"],
}

# Consent: a negation inside these words asks for nothing ("we have no objection to it being published").
CONSENT = [
    r"no objection",
    r"(?:do|does) not object",
    r"don't object",
    r"not opposed",
    r"no (?:problem|issue) with",
    r"happy for",
    r"we agree to",
    r"we consent",
    r"(?:may|can) be (?:published|posted|made public|shared|cited|quoted)",
    r"no restriction",
    r"sin (?:ninguna )?objeción",
    r"no (?:tenemos|hay) (?:ningún )?(?:inconveniente|objeción|problema)",
    r"no nos oponemos",
    r"puede(?:n)? (?:ser )?publicar",
    r"aucune objection",
    r"pas d'objection",
    r"ne voyons (?:pas|aucun) (?:d')?inconvénient",
    r"ne nous opposons pas",
    r"peut être publié",
    r"sem (?:qualquer )?objeção",
    r"não (?:há|temos) (?:qualquer |nenhuma )?(?:restrição|objeção|problema|oposição)",
    r"não nos opomos",
    r"pode ser publicad",
    r"возражений не",
    r"не возражаем",
    r"нет возражений",
    r"может быть опубликован",
    r"keine einwände",
    r"nichts dagegen",
    r"keine bedenken",
    r"nicht dagegen",
    r"darf veröffentlicht",
    r"kann veröffentlicht",
    r"لا مانع",
    r"لا نمانع",
    r"يمكن نشر",
    r"不反对",
    r"同意公开",
    r"可以公开",
    r"可公开",
]
# "No solicitamos confidencialidad", "we do not ask for anonymity": a request denied is consent.
_SECRECY = (
    r"(?:\w+ )?(?:confidencialidad|confidencialidade|confidentiality|confidentialité|reserva|sigilo|"
    r"anonimato|anonymity|anonymat|конфиденциальност\w*|анонимност\w*|vertraulichkeit|anonymität)"
)
CONSENT += [
    r"(?:no|não|nao) (?:solicitamos|pedimos|requerimos|requeremos|exigimos) " + _SECRECY,
    r"(?:do|did|does) not (?:request|ask for|require|seek) " + _SECRECY,
    r"don't (?:request|ask for|require|seek) " + _SECRECY,
    r"ne (?:demandons|sollicitons|requérons|réclamons) (?:pas|aucune) (?:de |la )?" + _SECRECY,
    r"не (?:просим|требуем) (?:о |об )?" + _SECRECY,
    r"(?:bitten|ersuchen) nicht um " + _SECRECY,
    r"لا نطلب (?:ال)?(?:سريه|كتمان)",
    r"不要求(?:保密|匿名)",
]
# Permission given in so many words ("we authorise the publication … including our name"): a
# part that gives it is not sent to review on weaker cues. Void under a negation (see
# confidentiality._permission): "no autorizamos la publicación" refuses.
PERMISSION = [
    r"(?:authori[sz]e|permit|allow|agree to|consent to|accept) (?:\w+ ){0,3}(?:the )?(?:publication|posting|naming|attribution)",
    r"(?:you|the (?:office|secretariat|ohchr)) (?:may|can) (?:publish|post|name|cite|quote|attribute|mention)",
    r"(?:happy|glad|willing|pleased) (?:\w+ ){0,2}(?:to be|for us to be|for our \w+ to be) (?:named|identified|cited|credited|published)",
    r"autoriz\w* (?:\w+ ){0,3}(?:la |a |que )?(?:publica|difusi|divulga|mención|menção)",
    r"(?:consentimos|aceptamos|aceitamos|concordamos com|estamos de acuerdo con) (?:\w+ ){0,2}(?:la |a )?(?:publica|difusi|divulga)",
    r"(?:pueden|puede|podéis|podem|pode) (?:\w+ ){0,3}(?:publicar|citar|mencionar|nombrar|divulgar)",
    r"(?:autoris|accept|consent)\w* (?:\w+ ){0,3}(?:la )?(?:publication|diffusion|mention)",
    r"(?:d'accord|favorables?) (?:pour|à|avec) (?:la )?(?:publication|diffusion|mention)",
    r"(?:pouvez|peut|peuvent) (?:\w+ ){0,3}(?:publier|citer|mentionner|nommer|diffuser)",
    r"(?:mit (?:der|einer)|zur) (?:\w+ ){0,8}(?:veröffentlichung|namensnennung|nennung) (?:\w+ ){0,8}(?<!nicht )einverstanden",
    r"(?:можно|можете|разрешаем|согласны на) (?:\w+ ){0,3}(?:публик|опублик|указ|назва|цитир|размест)",
    r"(?:نوافق|نسمح|موافق\w*) (?:\w+ ){0,3}(?:علي )?(?:ال)?نشر",
    r"同意(?:公开|发布|发表|署名|具名)",
    r"可以(?:发布|发表|署名|具名|引用)",
    r"(?:no|without) objections? (?:\w+ ){0,3}(?:publication|publishing|posting|naming|to (?:publish|post|name))",
    r"(?:sin|ninguna) objeci\w* (?:\w+ ){0,2}(?:publica|difusi)",
    r"(?:aucune|sans|pas d') ?objection (?:\w+ ){0,2}(?:publica|diffusion)",
    r"(?:não nos opomos|sem objeção|nenhuma objeção) (?:\w+ ){0,2}(?:publica|divulga)",
    r"(?:не возражаем|нет возражений|возражений нет) (?:\w+ ){0,3}(?:публикац|опубликован|размещени)",
    r"keine einwände (?:\w+ ){0,3}(?:veröffentlichung|nennung)",
    r"لا (?:مانع|نمانع) (?:\w+ ){0,3}(?:من )?(?:ال)?نشر",
    # Fifth session (writers L and M): how else people say yes.
    r"\bok(?:ay)? (?:to|para|pour|für|zum|zur) (?:\w+ )?(?:publish|post|publicar|publier|veröffentlich|publicação|publication)",
    r"(?:happy|glad|willing|pleased|content) (?:\w+ ){0,4}to be (?:\w+ )?(?:named|identified|cited|credited|published|posted|quoted|attributed|made public)",
    r"(?:public|pública|publique|öffentliche|публичная) (?:version|versión|versão|fassung)|(?:versión|versão|versao|version|fassung) (?:pública|publica|publique|public|öffentlich)",
    r"veröffentlichung (?:\w+ )?(?:erwünscht|gewünscht)",
    r"stimmen (?:\w+ ){0,6}(?:veröffentlichung|nennung|namensnennung) (?:\w+ ){0,6}zu\b",
    r"(?:namen?|logo) (?:\w+ ){0,3}drin ?(?:lassen|bleiben)",
    r"stehen (?:\w+ ){0,2}mit (?:\w+ )?namen? dazu",
    r"disposición a que (?:\w+ ){0,4}(?:sea |se )?(?:publicad|mencion|public|nombr|cit)",
    r"(?:pode|podem|pueden|puede) (?:deixar|dejar|manter|mantener) (?:o |el |nosso |nuestro |\w+ )?(?:nome|nombre|logo)",
    r"deix(?:a|e|ar|em) (?:o |nosso |nossa )?nome",
    r"(?:no|não|nao) (?:solicitamos|pedimos|requerimos|requeremos) (?:\w+ )?(?:confidencialidad|confidencialidade|reserva|sigilo|anonimato)",
    r"(?:do not|don't|did not|didn't) (?:request|ask for|require|need) (?:\w+ )?(?:confidentiality|anonymity)",
    r"(?:ne demandons|ne sollicitons|ne requérons) (?:pas|aucune) (?:la |de )?(?:confidentialité|anonymat)",
    r"(?:публиковать|опубликовать|размещать|разместить|указывать|называть) (?:\w+ )?можно",
    r"(?:können|dürfen|darf|kann) (?:\w+ ){0,8}(?:veröffentlich|nennen|zitieren)",
    r"(?:愿意|同意|可以|可)(?:.{0,8})公开(?:发布|发表)?",
    r"(?:ال)?نسخه (?:\w+ )?(?:للنشر|المعده للنشر|القابله للنشر)",
    # Sixth session (writers Q and R).
    r"(?:may|can) be (?:freely )?(?:published|posted|made public|shared|cited|quoted|reproduced)",
    r"no (?:tenemos|hay) (?:ningún )?(?:inconveniente|problema|objeción) (?:\w+ ){0,6}(?:publi|difun|divulg|mencion|nombr)",
    # Eighth session (fresh24): a title "– for publication".
    r"[–—-] (?:for|para|pour) (?:publication|publicación|publicação)\s*$",
    # Eighth session (fresh23): publication agreed to in an official's passive, or asked for.
    r"(?:veröffentlichung|nennung|namensnennung) (?:\w+ ){0,8}(?:wird|werden) (?:hiermit )?zugestimmt",
    r"(?:veröffentlichung|nennung) (?:\w+ ){0,8}steht nichts entgegen",
    r"(?:^|[.!,—–-] ?)(?:публикуйте|опубликуйте|размещайте|разместите)\b",
    r"(?:please|feel free to) (?:do )?(?:publish|post|share) (?:it|this|our|the)\b",
    r"n'hésitez pas à (?:le |la |les )?(?:publier|diffuser|mettre en ligne)",
    r"(?:publíquen|publiquem|divulguem|difundan)(?:lo|la|los|las)?\b",
    # Eighth session (fresh22): agreeing that the text be made public.
    r"(?:acceptons|accepte|acceptez|consentons|consens|sommes d'accord pour) que (?:\w+ ){0,5}(?:soit|soient) "
    r"(?:rendue?s? publique?s?|publiée?s?|diffusée?s?|mise?s? en ligne)",
    r"(?:aceptamos|acepto|consentimos|aceitamos|aceito|concordamos em) (?:en )?que (?:\w+ ){0,5}(?:sea|sean|seja|sejam) "
    r"(?:publicad|difundid|divulgad|hech[oa]s? públic|tornad[oa]s? públic)",
    r"(?:we|i) (?:agree|consent) (?:that|to) (?:\w+ ){0,5}(?:be|being) (?:published|made public|posted)",
    # Ninth session (fresh25): "elle peut être publiée avec leur nom".
    # Not "ce qui peut être publié", "o que pode ser divulgado": what may be, to be agreed.
    r"(?<!qui )(?<!que )(?:peut|peuvent|pourra|pourront) être (?:publiée?s?|diffusée?s?|mise?s? en ligne|citée?s?)",
    r"(?<!que )(?:puede|pueden|podrá|podrán|pode|podem|poderá|poderão) ser (?:publicad|difundid|divulgad|citad)",
    # Ninth session (fresh26): "eine Veröffentlichung ist für uns okay", "… публикуются … нас это устраивает".
    r"(?:veröffentlichung|nennung) (?:\w+ ){0,3}ist (?:für uns )?(?:okay|ok|in ordnung|kein problem)",
    r"публику\w*[^.!?]{0,80}нас (?:это |вполне |полностью )*устраивает",
]
# Words right before a marker that make it a mention of the word: "if it is confidential", a question.
HEDGES = [
    r"if\b",
    r"whether\b",
    r"si\b",
    r"se\b",
    r"wenn\b",
    r"falls\b",
    r"ob\b",
    r"если\b",
    r"ли\b",
    r"اذا",
    r"ان كان",
    r"如果",
    r"是否",
    # Ninth session (fresh26): "Betreff: Frage zur Vertraulichkeit", a question about the word.
    r"frage (?:zu|zur|zum|nach)\b",
    r"question (?:about|on|regarding|sur|concernant)\b",
    r"(?:pregunta|consulta|duda) (?:sobre|acerca de)\b",
    r"(?:dúvida|pergunta|questão) (?:sobre|acerca)\b",
    r"вопрос (?:о|об|по)\b",
]

# Traditional Chinese characters of the lexicon's words, read as their simplified forms.
ZH_TRADITIONAL = dict(
    zip(
        "開發僅機隱請會書們個資報見專參處網絡傳轉載佈稱織構團體單內絕對於與為應須將這該點標註識別歸屬謝說寫刪蓋瞞謹懇煩務願寧萬讓給規條憲國當門檢聞記違護據損證訪問來線論訊號碼電郵貴閱級衹祇勞駕託並關嚴禮熱諮詢費頁",
        "开发仅机隐请会书们个资报见专参处网络传转载布称织构团体单内绝对于与为应须将这该点标注识别归属谢说写删盖瞒谨恳烦务愿宁万让给规条宪国当门检闻记违护据损证访问来线论讯号码电邮贵阅级只只劳驾托并关严礼热咨询费页",
    )
)

# Policy recommendations: a request after these is addressed to others ("we recommend that schools be required to …").
# The confidentiality notice at the foot of an e-mail ("This e-mail may contain confidential
# information … intended solely for the addressee"): boilerplate of every message the sender
# writes, not a request about this submission — unless the sentence also refuses publication.
DISCLAIMER = [
    r"(?:e-?mail|message|transmission|attachments?)\b.{0,120}(?:intended (?:solely |only |exclusively )?for (?:the )?(?:use of (?:the )?)?(?:addressee|recipient|named|individual|person|entity)|received (?:it |this |this message |this e-?mail )?in error)",
    r"if you (?:have )?received (?:it|this)\b.{0,30} in error",
    r"(?:are|is) not the intended recipient",
    r"s'il ne vous est pas destin|si vous (?:n'etes|n'êtes) pas (?:le )?destinataire",
    r"si (?:usted )?no es (?:el )?destinatario|se (?:você )?não (?:for|é) o destinatário",
    r"если вы (?:не являетесь адресатом|получили (?:его|это письмо) по ошибке)",
    r"wenn sie nicht der (?:richtige )?(?:adressat|empfänger)",
    r"(?:وصلتك|استلمتها|تلقيتها) (?:عن طريق الخطا|بالخطا)",
    r"(?:e-?mail|message)s?\b.{0,60}may contain (?:\w+ ){0,2}(?:confidential|privileged)",
    r"(?:courriel|message|e-?mail)\b.{0,120}(?:peut contenir des informations confidentielles|ne vous est pas destin|reçu (?:\w+ ){0,2}par erreur|destinée?s? (?:exclusivement |uniquement )?(?:à|au|aux) (?:son |ses |leurs? )?destinataire)",
    r"(?:correo|mensaje)\b.{0,120}(?:dirigido (?:exclusivamente|únicamente) a|recibido por error|destinatario)",
    r"(?:mensagem|e-?mail)\b.{0,120}(?:destinada? (?:exclusivamente|apenas|somente) a|recebid[ao] por engano|destinatário)",
    r"(?:письмо|сообщение|вложени)\w*\b.{0,120}(?:предназначен\w* (?:только |исключительно )?для (?:адресата|получателя)|получили (?:его |это письмо )?по ошибке)",
    r"(?:e-?mail|nachricht)\b.{0,120}(?:vertrauliche informationen enthalten|nicht der richtige adressat|irrtümlich erhalten|ausschließlich für den adressaten|nur für den adressaten)",
    r"(?:الرساله|رساله|البريد|المرفقات).{0,120}(?:المرسل اليه|موجهه حصرا|بالخطا|عن طريق الخطا)",
    r"(?:邮件|电子邮件|附件).{0,60}(?:收件人|误收|错误地收到)",
    # "Ce message et ses pièces jointes sont confidentiels et couverts par le secret
    # professionnel": a message *and its attachments* described as confidential is the
    # formula of a mail footer or a lawyer's signature, in any language.
    r"(?:message|e-?mail|courriel|mensaje|correo|mensagem|письмо|сообщение|nachricht)\w*\s+"
    r"(?:\w+\s+){0,3}(?:attachments?|pièces jointes|anexos?|adjuntos?|вложени\w*|anhäng\w*|anlagen)"
    r"\s+(?:\w+\s+){0,3}(?:confidenti|privileg|vertraulich|конфиденциальн|sigilos|reservad)",
    r"(?:الرساله|رساله)\s+(?:\w+\s+){0,3}(?:ال)?مرفقات\w*\s+(?:\w+\s+){0,2}سري",
    r"(?:此|本)?邮件及其?附件.{0,20}(?:机密|保密)",
    r"(?:mensagem|mensaje|correo|e-?mail|courriel|message|письмо|сообщение|nachricht)\w*\s+"
    r"(?:\w+\s+){0,4}(?:podem? conter|pueden? contener|peu(?:t|vent) contenir|(?:может|могут) содержать|"
    r"(?:kann|können) (?:\w+\s+){0,3}enthalten|may contain)",
    r"قد (?:تحتوي|تتضمن) (?:هذه )?(?:الرساله|الرسائل|المرفقات)",
    r"(?:ال|لل)مرسل اليه (?:فقط|وحده)",
    r"(?:本|此)邮件(?:可能)?(?:包含|含有)",
    # "If you received this by mistake, please notify the sender and delete it": a footer's
    # instruction, in any language ("delete" is no request to withhold).
    r"误收(?:本|此|该)?(?:邮件|电子邮件)|通知发件人",
    r"(?:e-?mail|nachricht)\w*\s+(?:\w+\s+){0,3}(?:enthält|enthalten) (?:\w+ )?vertrauliche",
    r"وصلتك (?:عن طريق )?(?:ال)?خطا|(?:ابلاغ|اعلام) المرسل",
    r"(?:сообщите|уведомите) (?:об этом )?отправител",
    r"(?:notify|inform|advise) the sender",
    r"(?:notifique|informe|avise) (?:\w+ )?(?:al|o) remitente|(?:notifique|informe|avise) o remetente",
    r"(?:avertir|prévenir|informer|aviser) (?:immédiatement )?l'expéditeur",
    r"(?:benachrichtigen|informieren) sie (?:\w+ ){0,2}(?:den )?absender",
]
# "Toute diffusion non autorisée est interdite": the footer forbids what nobody is authorised
# to do; its negation ("non autorisée") refuses no publication of this submission.
UNAUTHORISED_USE = [
    r"(?:non autoris|unauthori[sz]|no autorizad|não autorizad|nao autorizad|unbefugt|unerlaubt|"
    r"несанкционирован|غير (?:المصرح|مصرح)|未经(?:授权|许可)).{0,40}"
    r"(?:interdit|prohibit|strictly|prohibid|proibid|vedad|untersagt|verboten|запрещ|ممنوع|محظور|禁止)",
    r"(?:interdit|prohibit|prohibid|proibid|untersagt|verboten|запрещ)\w*\s+(?:\w+\s+){0,4}"
    r"(?:non autoris|unauthori[sz]|no autorizad|não autorizad|unbefugt|несанкционирован)",
]
POLICY = [
    r"recommend",
    r"urg(?:e|es|ed)\b",
    r"call(?:s|ed)? (?:on|upon)",
    r"encourag",
    r"recomend",
    r"recommand",
    r"exhort",
    r"insta(?:mos)?\b",
    r"empfehl",
    r"fordern (?:die|den)",
    r"рекоменд",
    r"призыва",
    r"نوصي",
    r"توصي",
    r"ندعو",
    r"نحث",
    r"建议",
    r"呼吁",
    r"敦促",
]
# The methods of a study: anonymity there describes how the study was done ("the survey was anonymous").
METHOD = [
    r"data collection",
    r"recogida de datos",
    r"recolección de datos",
    r"collecte de(?:s)? données",
    r"coleta de dados",
    r"recolha de dados",
    r"сбор данных",
    r"datenerhebung",
    r"جمع البيانات",
    r"数据收集",
    r"survey",
    r"interview",
    r"questionnaire",
    r"respondent",
    r"focus group",
    r"transcript",
    r"methodolog",
    r"participants",
    r"encuesta",
    r"entrevista",
    r"cuestionario",
    r"metodolog",
    r"enquête",
    r"entretien",
    r"sondage",
    r"méthodolog",
    r"inquérito",
    r"questionário",
    r"опрос",
    r"интервью",
    r"анкет",
    r"респондент",
    r"методолог",
    r"befragung",
    r"umfrage",
    r"interview",
    r"fragebogen",
    r"methodik",
    r"transkript",
    r"استبيان",
    r"مقابلات",
    r"المستجيبين",
    r"منهجيه",
    r"问卷",
    r"访谈",
    r"受访者",
    r"调查",
    r"方法",
]

# Saying the text comes anonymously is asking for it to stay so.
WITHHOLD["anonymous_submission"] = [
    r"(?:submitted|sent|provided|presented|shared|made|written) (?:\w+ )?anonymously",
    r"(?:presentad|enviad|remitid)\w* (?:de (?:forma|manera) )?anónim",
    r"(?:soumis|envoyé|transmis|présenté)\w* (?:de (?:manière|façon) )?anonym",
    r"(?:apresentad|enviad|submetid)\w* (?:de forma )?an[óô]nim",
    r"(?:представлен|направлен|подан)\w* анонимно",
    r"anonym (?:eingereicht|übermittelt|vorgelegt)",
    r"(?:مقدم|مرسل)\S* (?:بشكل |بصوره )?مجهول",
    r"匿名提交",
]

# Putting a name somewhere: an act only with the name as its object ("não colocar meu nome").
NAME["with_a_name"] = [
    r"(?:us|put|plac|writ|print|show|display|add)\w* (?:\w+ ){0,2}(?:name|names|identit|logo|email|e-mail|address)",
    r"(?:pon|coloc|coloqu|us|escrib|agreg|añad|mostr|muestr)\w* (?:\w+ ){0,2}(?:nombre|identidad|logo|correo|dirección)",
    r"(?:pôr|por|coloc|coloqu|ponh|us|escrev|acrescent|mostr)\w* (?:\w+ ){0,2}(?:nome|identidade|logo|e-?mail|endereço)",
    r"(?:mett|utilis|écri|ajout|affich)\w* (?:\w+ ){0,2}(?:nom|identité|logo|courriel|adresse)",
    r"(?:став|постав|использ|пис|напис|добав)\w* (?:\w+ ){0,2}(?:им|назван|фамили|логотип|почт|адрес)",
    r"(?:وضع|استخدام|كتابه)\S* (?:\S+ ){0,2}(?:اسم|هوي|شعار)",
    r"(?:用|放|写|加|印)(?:上|出|入)?我(?:们)?(?:的)?(?:名字|姓名|名称|邮箱)",
]

# Keeping the text between the submitter and the mandate.
WITHHOLD["between_us"] = [
    r"between (?:us|ourselves|you and us)\b",
    r"keep (?:\w+ ){0,3}(?:to|for) yoursel",
    r"entre nous\b",
    r"gard(?:ez|er) (?:\w+ ){0,3}pour vous",
    r"entre nosotros\b",
    r"guárd(?:elo|ela|enlo|enla|alo|ala)s? para",
    r"entre nós\b",
    r"guard(?:em|e) (?:\w+ ){0,2}para (?:vocês|si|você)",
    r"между нами\b",
    r"оставьте (?:\w+ ){0,2}при себе",
    r"unter uns\b",
    r"für sich behalten",
    r"بيننا",
    r"بينكم وبيننا",
    r"我们之间",
    r"别外传",
]
# Conditions of confidentiality.
MARKERS_DO_NOT_PUBLISH["conditions"] = [
    r"on (?:the )?condition of (?:strict )?(?:confidentiality|anonymity)",
    r"bajo (?:estricta |la más estricta )?(?:confidencialidad|reserva)\b",
    r"sous (?:le sceau de la |couvert de la )?(?:stricte )?confidentialité",
    r"sob (?:estrita )?(?:confidencialidade|sigilo)\b",
    r"на условиях (?:строгой )?конфиденциальности",
    r"unter (?:strenger |der )?vertraulichkeit",
    r"بشرط السريه",
    r"以保密为条件",
]
PUBLISH["web"] = [r"internet", r"интернет", r"الانترنت", r"互联网", r"网络上"]
MODAL["deontic"] = [
    f
    for fs in NEG_AFTER.values()
    for f in fs
    if not f.startswith("nicht") and "keinesfalls" not in f and "keinen" not in f
]
# The name or the reference as the subject of a passive removal ("any reference to us be removed").
WITHHOLD["passive_removal"] = [
    r"(?:name|names|identit\w*|details|reference|references|mention|logo)\s(?:\w+ ){0,8}(?:be |is |are )?(?:removed|deleted|omitted|redacted|withheld|left out|taken out|blacked out|anonymi[sz]ed)",
    r"(?:nombre|referencia|mención|logo)s? (?:\w+ ){0,5}(?:sea |sean )?(?:eliminad|suprimid|omitid|retirad|borrad|tachad)",
    r"(?:nom|référence|mention|logo)s? (?:\w+ ){0,5}(?:soit |soient )?(?:supprimé|retiré|omis|effacé|masqué|caviardé|anonymisé)",
    r"(?:nome|referência|menção|logo)s? (?:\w+ ){0,5}(?:seja |sejam )?(?:removid|eliminad|suprimid|omitid|retirad|apagad|anonimizad)",
    r"(?:назван|имя|имен|упоминан|ссылк|логотип)\w* (?:\w+ ){0,5}(?:удал[её]н|исключ[её]н|убран|изъят|скрыт)",
    r"(?:name|namen|verweis|bezug|hinweis|logo)\w* (?:\w+ ){0,5}(?:gelöscht|entfernt|geschwärzt|gestrichen|weggelassen|anonymisiert)",
]
# "Name known to the editors": the press convention for a name withheld on purpose.
MARKERS_WITHHOLD_NAME["known_to"] = [
    r"names? (?:is |are )?known to (?:the )?(?:editors?|authors?|secretariat|ohchr|mandate)",
    r"names? (?:ist |sind )?der redaktion bekannt",
    r"nombres? conocidos? por (?:la redacción|los autores|la secretaría)",
    r"noms? connus? de la rédaction",
    r"nomes? conhecidos? (?:da|pela) reda[cç]",
    r"имя известно редакции",
    r"(?:الاسم|الاسماء) معروف\S* (?:لدي|للمحرر)",
    r"姓名(?:为|已为)?编辑部所知",
]

# A source described as unpublished is a citation, not a request ("Informe interno no publicado de la Fiscalía").
CONSENT += [
    r"(?:report|memo|document|note|decision|judgment|letter|circular|data)s? (?:\w+ ){0,2}(?:not|never) (?:yet )?(?:published|made public)",
    r"(?:informe|documento|nota|decisión|sentencia|memorando|carta|circular)s? (?:\w+ ){0,2}no publicad",
    r"(?:rapport|note|document|décision|arrêt|lettre|circulaire)s? (?:\w+ ){0,2}non publi",
    r"(?:relatório|documento|nota|decisão|memorando|circular)s? (?:\w+ ){0,2}não publicad",
    r"неопубликованн",
    r"unveröffentlicht",
    r"غير منشور",
    r"未(?:发表|公开|公布)的",
]
# Requests someone else made, reported: "she asked the police not to reveal her identity".
POLICY += [
    r"(?:she|he|they) (?:\w+ )?(?:asked|requested|begged|urged|wanted)",
    r"(?:ella|él|ellos|ellas) (?:\w+ )?(?:pidió|pidieron|solicitó|rogó|quería)",
    r"(?:elle|il|ils|elles) (?:\w+ )?(?:a|ont|avait|avaient) (?:\w+ )?demandé",
    r"(?:ela|ele|eles|elas) (?:\w+ )?(?:pediu|pediram|solicitou)",
    r"(?:она|он|они) (?:\w+ )?(?:просила|просил|просили|требовал)",
    r"(?:sie|er) bat\b",
    r"(?:sie|er) baten\b",
    r"طلبت من",
    r"طلب من",
    r"طلبوا من",
    r"(?:她|他|他们|她们)(?:曾)?(?:请求|要求|恳求)",
]

# Informal writing: negations without apostrophes, slang, "our" said as "the people".
NEG["informal"] = [r"dont\b", r"don t\b", r"pas de\b", r"keine\b"]
FRAME["informal"] = [
    r"plz\b",
    r"plse\b",
    r"xfa\b",
    r"x fa\b",
    r"porfavor",
    r"плиз",
    r"пжл",
    r"пож\b",
    r"bitte\b",
    r"pfv\b",
    r"por fa\b",
]
SELF["informal"] = [
    r"(?:o )?nome da gente",
    r"(?:our|my) org\b",
    r"我们(?:的)?(?:组织|机构|团体|协会|名字|名称|姓名)",
    r"нашу? (?:\w+ )?(?:назван|организац)",
]
NAME["informal"] = [
    r"свет(?:ить|ите|ить)\b",
    r"засвет",
    r"namensnennung",
    r"nennung",
    r"identificaç",
    r"identificac",
]
WITHHOLD["off_the_web"] = [
    r"(?:stay|stays|stayed|keep|kept) (?:\w+ ){0,3}off (?:the|your|any) (?:web|website|site|internet|record)"
]
# A form answered no: "Publication: NO", "Autoriza la publicación? No", "是否同意公开：否".
MARKERS_DO_NOT_PUBLISH["form"] = [
    r"(?:publication|publish|posting|publicación|publicar|publier|publicação|публикаци|опубликовать|veröffentlichung|veröffentlichen|النشر|نشر|公开|发布)"
    r"[^\n.]{0,40}?[:：?？]\s*(?:no|non|não|nao|нет|nein|لا|否|不同意)\b"
]
MARKERS_WITHHOLD_NAME["form"] = [
    r"(?:name|attribution|nombre|atribución|nom|attribution|nome|atribuição|имя|назван|namen|nennung|الاسم|ذكر الاسم|署名|名称)"
    r"[^\n.]{0,40}?[:：?？]\s*(?:no|non|não|nao|нет|nein|لا|否|不同意)\b"
]
MARKERS_WITHHOLD_NAME["no_names"] = [
    r"pas de noms?\b",
    r"sin nombres\b",
    r"ningún nombre",
    r"sem nomes\b",
    r"nenhum nome",
    r"без им[её]н",
    r"никаких им[её]н",
    r"keine namen\b",
    r"(?:بدون|لا) اسماء",
    r"不要写名字",
    r"不写名字",
]
FRAME["imperative_pt"] = [
    r"(?<!que )não (?:o |a |os |as |nos |me )?(?:coloqu|ponh|us|escrev|mostr)\w*(?:em|es)\b",
    r"(?<!que )no (?:lo |la |los |las |nos |me )?(?:pong|coloqu|us|escrib|muestr)\w*(?:en|es)\b",
]

# Indicating or recognising is naming only with a name as its object ("nada indica que …" is not).
NAME["indicate"] = [
    r"(?:indicat|recogni[sz])\w* (?:\w+ ){0,2}(?:names?|identit|authors?|organi[sz]ation|us\b|source)",
    r"(?:indic|reconoc|reconhec)\w* (?:\w+ ){0,2}(?:nombre|nome|identidad|identidade|autor|organizaci|organizaç|fuente|fonte)",
    r"(?:indiqu|reconna)\w* (?:\w+ ){0,2}(?:nom|identité|auteur|organisation|source)",
    r"указыва(?!ет на|ют на)",
    r"указ(?:ать|ано|аны|ан)\b",
    r"указани",
]

# What may follow a notice-only word for it to be a notice: nothing, a separator, "and", or a
# word for the document or its use ("RESTRICTED", "Internal – do not forward", "private and
# confidential", "内部文件") — not a topic ("private sector", "secret detention").
NOTICE_FOLLOWERS = (
    r"\s*(?:$|[-–—:|/,;.()\[\]!·•]|(?:and|&|y|et|e|und|и|و) |(?:document|draft|submission|input|distribution|circulation|"
    r"use|only|copy|version|docx?|pdf|odt|rtf|txt|eml|zip|documento|borrador|distribución|uso|diffusion|usage|rascunho|"
    r"distribuição|документ|проект|распростран|dokument|entwurf|verteilung|gebrauch|وثيقه|مسوده|文件|资料|材料|版|使用|传阅|"
    r"v\d+\b|rev\w*|final\w*|fin\b|\d+\b|ver\w*|версия|endfassung|endg\w*|definitiv\w*))"
)

# Sections of the submission are the submission too ("la présente section n'est pas destinée …").
DOC["sections"] = [
    r"(?:this|the present|the following|the attached) (?:section|part|chapter|paragraph|page|annex)",
    r"(?:esta|la presente|la siguiente) (?:sección|parte|página)",
    r"(?:este|el presente) (?:capítulo|párrafo|apartado)",
    r"(?:cette|la présente) (?:section|partie|page)",
    r"(?:ce|le présent) (?:chapitre|paragraphe)",
    r"(?:esta|a presente) (?:seção|secção|parte|página)",
    r"(?:este|o presente) (?:capítulo|parágrafo)",
    r"(?:этот|данный|настоящий) (?:раздел|пункт)",
    r"(?:эта|данная|настоящая) (?:часть|глава|страница)",
    r"(?:dieser|diese|dieses|der vorliegende) (?:abschnitt|teil|kapitel|absatz|seite)",
    r"(?:هذا|هذه) (?:ال)?(?:قسم|فصل|فقره|صفحه)",
    r"本(?:节|部分|章|页)",
]
# Presenting the text as coming from a generic description instead of the submitter.
WITHHOLD["generic_source"] = [
    r"(?:present|describ|refer|attribut|credit|cit|quot)\w* (?:\w+ ){0,3}(?:as|to) (?:coming |being )?(?:from )?[\"“«']?(?:an?|one)\b",
    r"(?:présent|décri|désign|attribu|mentionn|cit)\w* (?:\w+ ){0,3}comme (?:émanant|provenant|venant)? ?(?:d'|de )?[«\"“ ]*une?\b",
    r"(?:present|describ|atribu|mencion|cit)\w* (?:\w+ ){0,3}como (?:procedente |proveniente |vind[oa] )?(?:de )?[«\"“ ]*(?:una?|uma?)\b",
    r"(?:als|von) [„\"“«]?(?:einer?|einem) (?:\w+ ){0,3}(?:organisation|gruppe|netzwerk|verein|ngo)",
    r"как (?:от )?[«\"“]?(?:одн\w+|некой|некоего|некая)\b",
]
# "Please cite us only as 'a health professional in Kenya'": how to be named is a name withheld.
WITHHOLD["cite_only_as"] = [
    r"(?:cit|quot|refer\w* to|describ|identif|credit|attribut|mention|list)\w* (?:\w+ ){0,4}only as\b",
    r"(?:formule|désignation|appellation|fórmula|denominación|expresión|formulation|description|wording|"
    r"designation|descrição|designação|bezeichnung|формулировк)\w* (?:\w+ )?(?:générique|genéric|generic|"
    r"genérica|allgemein|общ)",
    r"(?:aparezc|aparec|figur|const)\w* como (?:de )?[«\"“ ]*(?:una?|uma?)\b",
    r"only (?:be )?(?:cited|quoted|referred to|described|identified|credited|mentioned|listed) as\b",
    r"(?:cit|mencion|refer|identific|describ|nombr)\w* (?:\w+ ){0,4}(?:solo|sólo|solamente|únicamente) como\b",
    r"(?:cit|mentionn|désign|identifi|présent|nomm|décri|référ)\w* (?:\w+ ){0,4}(?:seulement|uniquement) (?:comme|en tant que|sous)\b",
    r"(?:cit|mencion|refer|refir|identific|descrev|nome)\w* (?:\w+ ){0,4}(?:apenas|somente|só|unicamente) como\b",
    r"(?:ссыла|сослат|цитир|упомина|упомян|указыва|называ|назва|именова)\w*,? (?:\w+,? ){0,4}только (?:как|на)\b",
    r"(?:appear|figure|apparai|apparaît|figur|aparezc|aparec|apareç|erschein|фигурир)\w* (?:\w+ ){0,2}(?:only|uniquement|seulement|solo|sólo|únicamente|apenas|somente|nur|только) (?:as|sous|comme|como|als|как)\b",
    r"(?:como|comme|as|als) (?:fuente|fonte|source|quelle) [«\"“'„]?(?:una?|uma?|an?|une?|eine[rm]?)\b",
    r"(?:appear|listed|named|credited|cited|referred to|identified|aparec|aparezc|figur|apparai|apparaît|"
    r"const|erschein|geführt|фигурир|указа)\w* (?:\w+ ){0,3}(?:as|como|comme|en tant que|als|как) "
    r"[\"“'«„]?(?:anonym|anónim|anônim|anonim|анонимн)",
    r"(?:zitier|nenn|bezeichn|erwähn|anführ|aufführ)\w* (?:\w+ ){0,4}nur als\b",
    r"nur als [„\"“«»‚]\S*(?: \S+){0,6} (?:zitier|nenn|bezeichn|erwähn)",
    r"(?:引用|提及|称呼|署名|注明|提到)[^。；]{0,12}(?:仅|只)(?:注明|署名|称|写|标注|以|作为|表述)",
    r"(?:仅|只)(?:注明|署名|称为|称作|写作|标注为)",
]
# "Author: [withheld at author's request]": a name taken out at the submitter's wish.
MARKERS_WITHHOLD_NAME["withheld_at_request"] = [
    r"(?:withheld|omitted|removed|redacted|not given|not stated) (?:\w+ ){0,2}at (?:the )?(?:author|sender|submitter|writer)'?s'? request",
    r"(?:omitid|suprimid|retirad)\w* a (?:petición|solicitud|pedido) del? (?:autor|remitente)",
    r"(?:omis|retir|supprim)\w* à la demande de l'(?:auteur|expéditeur)",
    r"(?:omitid|suprimid|retirad)\w* a pedido d[oa] (?:autor|remetente)",
]
# "es solo para el experto": the Expert alone.
MARKERS_DO_NOT_PUBLISH["for_the_expert_only"] = [
    r"(?:solo|sólo|só|seulement|uniquement|only|just|nur|только|仅|只) (?:para|pra|pour|for|für|для) "
    r"(?:el |o |l'|la |the |den |die )?(?:experto|especialista|perito|expert|experte|expertin|эксперта|"
    r"relator|rapporteur)",
]
# "Confiamos no bom senso do Escritório …", "we trust you will understand …": leaving it to the reader.
FRAME["trust"] = [
    r"(?:we|i) trust\b",
    r"confiamos\b",
    r"nous (?:vous )?faisons confiance",
    r"wir vertrauen",
    r"мы доверяем",
    r"نثق",
]
# "Please keep it only for you and your team": the reader alone.
MARKERS_DO_NOT_PUBLISH["for_the_reader_only"] = [
    r"(?:keep|kept) (?:\w+ ){0,2}(?:only|just|strictly) (?:for|to|between) (?:you|yourselves|your (?:\w+ )?(?:team|office|staff)|the (?:independent )?expert)",
    r"(?:guarde|guarden|mantenga|mantengan|guardar|mantener)\w* (?:\w+ ){0,2}(?:solo|sólo|solamente|únicamente) (?:para|entre) (?:usted|ustedes|su equipo|el experto|la relator)",
    r"(?:gard|conserv)\w* (?:\w+ ){0,2}(?:seulement|uniquement|strictement) pour (?:vous|votre équipe|l'expert)",
    r"(?:guard|mant|mantenh)\w* (?:\w+ ){0,2}(?:só|apenas|somente|unicamente) (?:para|entre) (?:vocês|você|o senhor|a sua equipa|a sua equipe|o perito|o especialista)",
    r"(?:оставьте|сохраните|держите)\w* (?:\w+ ){0,2}только (?:для|у) (?:вас|себя|вашей команды|эксперта)",
    r"(?:behalten|bewahren)\w* (?:\w+ ){0,2}nur für (?:sich|ihr team|den experten)",
]
# How the submitter is to be cited ("only as 'a health professional'", "como fuente «una
# organización…»"): a request by nature, whoever says it.
CITE_AS = WITHHOLD["cite_only_as"]  # not generic_source alone: "is used to refer to a way of …"
# Uploading, going up on the website, released outside ("NO se sube a la página", "不对外发布").
PUBLISH["uploaded"] = [
    r"sub(?:e|ir|a|an|imos) (?:\w+ )?a (?:la )?(?:página|web|sitio|internet)",
    r"go(?:es)? (?:up )?on(?:to)? (?:the )?(?:web ?site|internet|page|web)",
    r"ir (?:pro|para o|pra o|ao) site",
    r"对外(?:发布|公开|公布)",
    r"只供",
]
WITHHOLD["stay_out"] = [r"stay (?:\w+ )?out of", r"(?:low|lower) profile"]
# "Please check with us before any use": use only after the submitter is consulted.
CAREFUL.extend(
    [
        r"(?:check|consult|clear it) with us (?:first|before)",
        r"check(?:ed)? with us (?:\w+ ){0,2}first",
        r"before any (?:public )?use",
        r"antes de (?:qualquer|cualquier) uso",
        r"avant (?:toute|tout) (?:utilisation|usage|diffusion)",
        r"vor (?:jeder|einer) (?:verwendung|veröffentlichung|nutzung)",
        r"согласовывать (?:\w+ ){0,3}(?:цитирован|использован|публикац)",
        r"قبل (?:اي )?(?:استخدام|نشر)",
        r"使用前(?:请)?(?:与我们)?(?:联系|确认|沟通)",
        # Leaving it to the office to judge what can be made public.
        r"(?:leave|leaves) it to (?:\w+ ){0,3}(?:office|expert|mandate|secretariat|you)\w* to (?:judge|decide)",
        r"(?:bom senso|buen criterio|bon sens|discernement) d[oea]l? ",
        r"(?:due|utmost) care will be taken",
        r"نثق بانكم ستتعاملون",
        # Contact details given apart: kept out of the document on purpose.
        r"contact (?:details|information) (?:\w+ ){0,2}(?:separately|on request|apart)",
        r"coordonnées (?:\w+ ){0,3}(?:sous pli séparé|séparément|sur demande)",
        r"datos de contacto (?:\w+ ){0,3}(?:por separado|aparte|a solicitud)",
        r"contatos? (?:\w+ ){0,3}(?:em separado|separadamente|mediante pedido)",
        r"контакт\w* (?:\w+ ){0,3}(?:отдельно|по запросу)",
        r"kontaktdaten (?:\w+ ){0,3}(?:separat|gesondert|auf anfrage)",
        r"联系方式另行",
        r"(?:بيانات|معلومات) الاتصال (?:\S+ ){0,2}(?:بشكل منفصل|لاحقا|عند الطلب)",
        r"(?:pedimos|solicitamos|rogamos|pido) (?:\w+ ){0,2}(?:prudencia|cautela|cuidado|discreción)",
    ]
)
# For the reader alone, not for upload, on non-disclosure terms ("только для вас", "not for upload").
MARKERS_DO_NOT_PUBLISH["for_you_only"] = [
    r"(?:only|just) for you(?:r eyes| and your (?:team|staff|office))?\b",
    r"только для (?:вас|мандата|эксперта)",
    r"solo para (?:usted|ustedes|vosotros|el mandato)",
    r"(?:uniquement|seulement) pour (?:vous|le mandat)",
    r"nur für (?:sie|das mandat)\b",
    r"só para (?:vocês|você|o senhor|o mandato)",
    r"لكم (?:وحدكم|فقط)",
    r"لعلم (?:\S+ ){0,4}(?:حصرا|فقط)",
    r"仅供(?:贵|您|你们)",
    r"only for the mandate",
    r"not for (?:upload|posting|the (?:web ?site|internet))",
    r"réservé (?:au|à l'|à la) (?:mandat|expert|rapporteur)",
    r"reservado (?:al|para el|ao|para o) (?:mandato|experto|perito|especialista)",
    r"reserved for the (?:mandate|expert)",
    r"(?:на условиях|условиях) нераскрыти",
    r"on (?:a )?non-?disclosure (?:basis|terms)",
    r"under (?:a )?non-?disclosure",
    r"ausschließlich für (?:\w+ ){0,4}(?:arbeit|gebrauch|verwendung|mandat)",
    r"circulação restrita|circulación restringida|diffusion restreinte|(?:limited|restricted) circulation",
    r"(?:لل)?تداول (?:ال)?محدود",
    r"内部参考",
    r"sin (?:la )?autorización (?:\w+ ){0,2}de (?:la organización remitente|los autores|las autoras|nuestra organización)",
]
PUBLISH["listed_or_uploaded"] = [
    r"upload",
    r"(?:in|auf) die liste (?:\w+ ){0,4}aufgenommen",
]
NAME["appearing_or_sender_details"] = [
    r"const(?:e|en|ar|ara|aran)\b",
    r"(?:absender|autoren|verfasser)\w*angaben",
]
WITHHOLD["logos_and_generic_signatures"] = [
    r"retir\w* (?:\w+ ){0,3}(?:nom|référence|identité|logo)",
    r"sous (?:la )?(?:mention|dénomination|appellation) [«\"“]",
    r"sign\w* (?:\w+ ){0,2}(?:comme |como |as |als |как )?[«\"“]\s*(?:un|une|una|uma|a|an|ein|eine)\b",
    r"без указания (?:автора|авторства|организации|имени)",
]
# Asking to be consulted, to be handled as agreed, or that the reader bear something in mind:
# a person reads these.
CAREFUL.extend(
    [
        r"(?:contact|consult|check)\w* (?:\w+ ){0,4}before (?:any|taking|deciding|publishing)",
        # Eighth session (fresh24): to be asked before a use.
        r"(?:get in touch|speak|talk|check|confirm)\w* (?:with (?:us|me|the authors?) )?(?:\w+ ){0,3}before "
        r"(?:\w+ )?(?:using|quoting|citing|publishing|any use)",
        r"confirm\w* (?:com|con|avec|mit) (?:\w+ ){0,3}(?:antes de|avant de|vor dem) (?:\w+ )?(?:citar|publicar|"
        r"usar|utilizar|citer|publier|utiliser|zitieren|veröffentlich)",
        r"свяж\w+ с нами,? (?:\w+ ){0,2}(?:прежде чем|перед тем как|до того как)",
        r"署名(?:的事|问题|与否)?(?:还|尚|仍)?(?:没|未)(?:有)?(?:定|确定|决定)",
        # Eighth session: to settle with the secretariat in what form the text is published.
        r"(?:discuss|agree|settle) (?:with you )?(?:how|in what form|the form|whether) (?:\w+ ){0,4}"
        r"(?:publish|post|made public|attribut|nam)",
        r"обсуди\w* (?:с вами,? )?(?:\w+ ){0,3}(?:в каком виде|в какой форме|как|форм\w*) (?:\w+ ){0,5}"
        r"(?:опубликов|публик|размещ)",
        r"(?:discuter|convenir) (?:avec vous )?(?:de la forme|sous quelle forme|de la manière) (?:\w+ ){0,5}"
        r"(?:publi|diffus)",
        r"(?:discutir|acordar|conversar) (?:con ustedes |com vocês )?(?:la forma|a forma|cómo|como|de qué "
        r"forma|de que forma) (?:\w+ ){0,5}(?:publica|difund|divulga)",
        r"(?:besprechen|abstimmen) (?:\w+ ){0,3}(?:in welcher form|wie) (?:\w+ ){0,5}veröffentlich",
        r"(?:نناقش|مناقشه) (?:\w+ ){0,3}(?:كيفيه|شكل) (?:\w+ ){0,2}(?:ال)?نشر",
        r"(?:商讨|商量|讨论)(?:.{0,6})(?:以何种形式|如何|怎样)(?:.{0,6})(?:公开|发布|发表)",
        r"(?:contacten|consultar|consulten|consulte|contactar)\w* (?:\w+ ){0,3}antes de",
        r"согласова\w* (?:\w+ ){0,3}(?:перед|до)\b",
        r"(?:先|事先)(?:联络|联系|聯絡|聯繫|沟通|溝通|征得|徵得)",
        r"(?:rücksprache|abstimmung) (?:\w+ ){0,3}vor\b",
        r"canal (?:sécurisé|seguro)|secure channel|sicheren kanal|защищ[её]нн\w+ канал|قناه امنه",
        r"(?:nom|nombre|nome|name|имя|фио) (?:\w+ ){0,2}(?:communiqué|comunicado|fornecido|given|provided|предоставл)\w* (?:\w+ )?(?:sur demande|a pedido|on request|a solicitud|por separado|по запросу)",
        r"التوقيع محفوظ",
        r"angaben zur person liegen",
        r"(?:商定|约定|約定|說好|说好)的方式",
        r"التعامل معها وفق ما اتفقنا",
        r"(?:handle|treat) (?:\w+ ){0,2}(?:the way|as) (?:we )?agreed",
        r"(?:tratar|manejar|traten|manejen)\w* (?:\w+ ){0,2}(?:según|como) (?:lo )?(?:acordad|convenid)",
        r"(?:traiter|traitez) (?:\w+ ){0,2}(?:selon|comme) (?:ce qui a été |nous l'avons )?convenu",
        r"bei der (?:weiteren )?verwendung (?:\w+ ){0,3}(?:zu )?berücksichtigen",
        r"учт[её]те это",
        r"(?:使用|处理|處理)(?:时|時)能?多加考",
        r"with that in mind",
        r"valorar la delicadeza",
        r"(?:votre|son) discernement",
        r"sorgsam umgehen",
        r"volontairement retirées",
    ]
)
# Kept off the website, withheld at the organisation's request, cited as "a …" (written by writers W, X).
WITHHOLD["kept_off_or_cited_as"] = [
    r"keep (?:\w+ ){0,2}off (?:the )?(?:public|web|site|page|list)",
    r"(?:anonyme|retiré|supprimé|omis)\w* à la demande de",
    r"удал[её]н\w* по просьбе",
    r"(?:anónim|omitid|suprimid)\w* a (?:petición|pedido|solicitud)",
    r"(?:indiqu|désign)\w* (?:\w+ ){0,2}comme [«\"“ ]*(?:une?|un)\b",
    r"(?:указан|указыва|написа)\w* (?:\w+ ){0,2}просто [«\"“]",
    r"署名改(?:成|为|為)",
    r"(?:用|以)字母代替",
    r"不出现真名|不出現真名",
]
MARKERS_DO_NOT_PUBLISH["restricted_or_for_the_expert"] = [
    r"circulation limitée|распространение ограничено|uso restringido|uso restrito|eingeschränkte verwendung",
    r"(?:version|versión|versão) (?:non|no|não) (?:publique|pública)",
    r"(?:à|ao|al|to|an) (?:l'|o |el |the |den )?(?:expert|especialista|perito|experto)\w* "
    r"(?:indépendant |independente |independiente |independent |unabhängigen )?"
    r"(?:uniquement|seulement|only|solamente|únicamente|apenas|exclusivamente|nur)\b",
    r"destina(?:-se|do|da)? (?:\w+ ){0,2}(?:só|apenas|exclusivamente|solo|únicamente) (?:ao|al|a la|à)",
    r"no further than your office|go no further|(?:and|to) nobody else|à personne d'autre|a nadie más|"
    r"a mais ninguém|никому больше|niemandem sonst",
    r"لا لتعرض على الملا",
    r"ausschlie(?:ss|ß)lich als hintergrund",
    r"ausschliesslich für (?:\w+ ){0,4}(?:arbeit|gebrauch|verwendung|mandat)",
    r"only as background|solo como (?:información de )?(?:contexto|antecedente)|"
    r"uniquement à titre d'information|apenas como (?:informação de )?contexto",
]
MARKERS_WITHHOLD_NAME["without_sender"] = [
    r"ohne absender|sin remitente|sans expéditeur|sem remetente|без подписи",
]
NAME["referred_to_ar"] = [r"يشار", r"الاشاره"]
CAREFUL.extend(
    [
        r"sin consultar",
        r"nach rücksprache",
        r"по согласованию",
        r"مراجعتنا قبل",
        r"(?:发布|發佈|引用|公开|公開)前(?:能否)?(?:请|請)?先(?:跟|与|和|與)我(?:们|們)",
        r"(?:请|請)先(?:与|跟|和|與)我(?:们|們)(?:沟通|溝通|联系|聯繫|确认|確認)",
        r"bevor (?:\w+ ){0,4}öffentlich wird",
        r"melden sie sich (?:bitte )?bei uns",
        r"forma de citar|way to cite|manière de citer|maneira de citar|طريقه الاشاره",
        r"seules initiales",
        r"tidas em conta",
        r"учтите это",
        r"keep (?:that|this) (?:understanding )?in mind",
        r"with the same care",
        r"بالحذر",
        r"trop reconnaissable|too recogni[sz]able|demasiado reconocible|reconhecível demais|"
        r"слишком узнаваем|zu (?:leicht )?erkennbar",
        r"名单不附|名單不附",
    ]
)
# Only to the Expert, internal reading, a public version sent apart, signing only as "…"
# (read on writers Y, Z after their unread readings; no unread set measures these yet).
MARKERS_DO_NOT_PUBLISH["internal_or_sent_apart"] = [
    r"(?:goes|go|sent|send|is) only to (?:the )?(?:expert|mandate|team)",
    r"solo para que lo lea",
    r"(?:para |pour |for )?(?:uso|leitura|lectura|lecture|usage|use) (?:interna|interne|internal)",
    r"nur (?:für das |fürs )?büro",
    r"not online|no va en la lista|keine web-?fassung|в публичную версию не|non à figurer",
    r"(?:versión|versão|version) (?:pública|para o site|publique|para la web)\w* (?:\w+ ){0,3}(?:aparte|em separado|separad|segue|sin)",
    r"(?:no )?salgan de su oficina|not leave your office|ne sortent pas de votre bureau",
    r"(?:serve|sirve|sert) (?:apenas|solo|uniquement|únicamente) (?:para|pour) (?:informar|informer)",
]
WITHHOLD["signed_as_or_unrecognisable"] = [
    r"assinatura (?:só|apenas) [«\"'“‘]",
    r"署名请用|署名請用",
    r"обозначи\w* (?:\w+ ){0,2}просто (?:как )?[«\"“]",
    r"(?:нельзя было|не могли) (?:бы )?(?:нас )?узнать",
    r"cannot be recogni[sz]ed",
    r"no (?:se nos )?(?:pueda|puedan) reconocer",
    r"sans (?:en-tête|logo|signature)",
    r"خاليه من الشعار",
    r"merci de laisser ainsi",
    r"без указания наименования",
    r"(?:publi\w*|post\w*) (?:\w+ ){0,2}(?:sans nous|without us|sin nosotros|sem nós|ohne uns|без нас)\b",
]
CAREFUL.extend(
    [
        r"порядок использования",
        r"使用方式",
        r"(?:a confirmar|por confirmar|à confirmer) (?:\w+ ){0,3}(?:publica|decisão|decisión)",
        r"是否署名",
        r"obran en poder de la secretar",
        r"محفوظه لدى الامانه",
        r"另行告知",
        r"сообщен\w* секретариату",
        r"(?:entregámos|entregamos) pessoalmente",
        r"(?:given|communicated|provided) (?:to the secretariat )?(?:orally|in person)",
        r"antes de que se publique",
        r"bevor sie online geht",
        r"nous consulter",
        r"nous recontacter avant",
        r"antes de decidir",
        r"(?:aguardem|esperen|wait for) (?:o nosso|nuestra|our) (?:sinal|señal|signal|go-ahead)",
        r"shared in trust",
    ]
)
# Restricted access, "described as …", "unnamed at its request", consent in Chinese and German.
MARKERS_DO_NOT_PUBLISH["restricted_access"] = [
    r"ограниченн\w* доступ|acceso restringido|accès restreint|acesso restrito|restricted access|"
    r"eingeschränkter zugang|(?:لل)?استخدام (?:ال)?محدود|限制访问|限制訪問",
]
WITHHOLD["indicated_as_or_unnamed"] = [
    r"(?:cit|mencion|refer|refir|identific|descrev|indic)\w* (?:\w+ ){0,4}(?:apenas|somente|só|unicamente) como\b",
    r"الاشاره الينا بوصفنا|بوصفنا [«\"]",
    r"(?:غير مسماه|دون ذكر اسمها|حجب اسمها) بناء على طلب",
]
FRAME["zh_could_you"] = [r"能否", r"可否"]
CAREFUL.extend(
    [
        r"(?:plus grande|grande) prudence",
        r"审慎处理|審慎處理|谨慎处理|謹慎處理",
        r"sorgsamen umgang",
        r"مراعاه ذلك عند",
    ]
)
PERMISSION.extend(
    [
        r"同意(?:将|將).{0,24}公开",
        r"(?:veröffentlichung|nennung) (?:\w+ ){0,8}stimmen wir zu",
    ]
)
ATTRIBUTIVE.extend([r"原则", r"原則", r"手册", r"手冊", r"培训", r"培訓"])
# "Авторы документа пожелали остаться неизвестными", "wish to remain unknown".
WITHHOLD["remain_unknown"] = [
    r"(?:remain|stay) (?:unknown|unnamed|unidentified)",
    r"(?:permanecer|quedar|mantenerse) (?:en el )?(?:anonimato|desconocid|sin nombre)",
    r"(?:rester|demeurer) (?:inconnu|non identifié|dans l'ombre)",
    r"(?:permanecer|ficar|manter-se) (?:no )?(?:anonimato|desconhecid|sem nome)",
    r"остаться (?:неизвестн|неназванн|в тени)",
    r"(?:unbekannt|ungenannt) (?:zu )?bleiben",
]
# "Nous tenons à ce que l'association n'apparaisse pas…", "NO queremos salir en la lista pública".
PUBLISH["appear_listed"] = [
    r"salir en (?:la |el |los |las )?(?:lista|web|página|sitio|informe)",
    r"aparecer en (?:la |el |los |las )?(?:lista|web|página|sitio|informe)",
    r"öffentlich (?:auftauch|erschein|zugänglich|einsehbar)",
    r"auftauch",
]
# "очень просим отнестись к этому документу бережно": care asked for.
CAREFUL.extend([r"бережн", r"деликатн"])
# "شرط ألا تنسب إلى جمعيتنا بالاسم": the condition of the use.
WITHHOLD["attributed_ar"] = [r"(?:الا|لا) (?:ت|ي)نسب (?:\S+ ){0,2}(?:الي|ل)\S*(?:نا|ي)\b"]
# "Por razones de seguridad, solicitamos reserva": discretion asked for.
WITHHOLD["reserve_asked"] = [
    r"(?:solicit|pid|ped|rog|pe[çc])\w* (?:\w+ ){0,3}(?:reserva|sigilo|discreción|discrição)\b",
]
MARKERS_WITHHOLD_NAME["not_for_attribution_ru"] = [
    r"не для (?:\w+ ){0,2}(?:указания (?:авторства|источника|имени|названия)|атрибуции|цитирования)"
]
# Necessity said impersonally: "it is essential that nothing … allows our members to be identified".
NECESSITY = [
    r"it is (?:\w+ )?(?:essential|important|crucial|vital|imperative|necessary) that",
    r"es (?:\w+ )?(?:fundamental|esencial|importante|imprescindible|necesario|vital) que",
    r"il est (?:\w+ )?(?:essentiel|important|crucial|vital|impératif|nécessaire) qu",
    r"é (?:\w+ )?(?:essencial|fundamental|importante|imprescindível|necessário|vital) que",
    r"(?:крайне |очень )?(?:важно|необходимо|существенно),? чтобы",
    r"es ist (?:\w+ )?(?:wesentlich|wichtig|entscheidend|unerlässlich|notwendig),? dass",
    r"من (?:الضروري|المهم|الاساسي)",
    r"至关重要",
    r"务必",
    r"必须确保",
]
NAME["identify_more"] = [
    r"установ\w* (?:\w+ )?личност",
    r"опозна",
    r"التعرف",
    r"يتعرف",
    r"تعرف علي",
    r"识别出",
    r"认出",
]
SELF["members_zh"] = [r"我们的成员", r"本组织(?:的)?成员", r"我们的工作人员"]
WITHHOLD["kept_out"] = [
    r"(?:kept|keeping|keeps) (?:\w+ ){0,3}(?:out|off)\b",
    r"(?:remain|remains|stay|stays|be kept) (?:strictly )?(?:confidential|private|secret)",
    r"permanec\w* (?:en |em )?(?:reserva|confidencial|anónim|anônim|secreto|sigilo)",
    r"(?:rester|reste|restent|demeurer|demeure) (?:strictement )?(?:confidenti|secret|anonym)",
    r"оста(?:ва)?\w* (?:строго )?(?:конфиденциальн|анонимн|в тайне|тайной)",
]
MARKERS_DO_NOT_PUBLISH["not_intended"] = [
    r"not (?:intended|meant|destined|designed|suitable) for (?:\w+ ){0,2}(?:publication|public|circulation|distribution|release|dissemination|posting)",
    r"(?:background|internal|information) (?:purposes )?only\b",
]
SELF["participation"] = [
    r"(?:our|my) (?:\w+ )?(?:participation|involvement|contribution)",
    r"我们(?:的)?参与",
    r"我方(?:的)?参与",
    r"مشاركتنا",
]
# Fifth session (writers L and M, read): "nur mit Initialen", "the authoring organisation asks
# …", "этот вариант … не выкладывать".
WITHHOLD["initials"] = [
    r"(?:only|just|solely) (?:by|with|using) (?:my |our |the )?initials",
    r"(?:nur|lediglich) (?:mit|unter|mit den|mit meinen|mit unseren) initialen",
    r"(?:solo|sólo|solamente|únicamente) (?:con|por) (?:mis |sus |las |nuestras )?iniciales",
    r"(?:seulement|uniquement) (?:par|avec|sous) (?:mes |les |nos )?initiales",
    r"(?:apenas|somente|só) (?:com|pelas|por) (?:as |minhas |nossas )?iniciais",
    r"только (?:по |с |под )?инициал",
]
SELF["authoring"] = [
    r"the (?:authoring|submitting|contributing|reporting) (?:organi[sz]ation|entity|group|body|"
    r"institution|association|ngo|network|coalition)",
]
DOC["version"] = [r"(?:этот|данный|настоящий) (?:вариант|текст|файл)", r"эту (?:версию|записку)"]
# Russian instructions are written as negated infinitives: "в открытый доступ не выкладывать".
MODAL["ru_infinitive"] = [r"не (?:\w+ )?\w{3,}(?:ать|ять|ить|еть)\b"]
# "que o nome … não conste", "que su nombre no figure": to appear is to be named.
NAME["appear"] = [r"const(?:e|em|ar)\b", r"figur(?:e|en|em|ar)\b"]
# Seventh session (writers AD-AG, read): consent to publication in more forms ("que poderá ser
# publicado", "дают согласие на публикацию", "同意在…网站公开").
PERMISSION.extend(
    [
        r"(?<!o que )(?:poderá|poderão|pode|podem) ser (?:\w+ )?(?:publicad|divulgad|citad|disponibilizad)",
        r"(?:даём|даем|дают|даёт|дает|выражаем) согласие на (?:\w+ )?(?:публикац|опубликован|размещени)",
        r"同意.{0,24}公开",
    ]
)
# Named as a person, cited by name: "ne pas être cités nommément", "namentlich genannt".
NAME["by_name_adverb"] = [
    r"nommément",
    r"namentlich",
    r"pelo nome",
    r"por (?:su )?nombre",
    r"поимённо",
]
# What only the Expert is to read: "réservé au seul usage du mandat", "носит доверительный
# характер", "предназначено исключительно для эксперта", "此件仅呈专家本人".
MARKERS_DO_NOT_PUBLISH["for_the_mandate_only"] = [
    r"au seul usage",
    r"à l'usage (?:exclusif|seul) d",
    r"доверительн\w* характер",
    r"предназнач\w* (?:исключительно|только|лишь) для",
    r"仅呈|仅供(?:专家|独立专家)|专家本人(?:阅|参阅|阅读)?",
]
# A name or signature left out at the writer's wish: "（应作者要求，署名从略）", "（姓名略）",
# "[removido a pedido]", "[assinatura omitida]", "المؤلف: غير معلن بناءً على طلبنا".
MARKERS_WITHHOLD_NAME["withheld_at_request"].extend(
    [
        r"署名从略|略去署名|隐去署名|署名略",
        r"[（(]姓名略[）)]|姓名从略",
        r"غير معلن (?:\S+ ){0,2}(?:علي|حسب) طلبنا",
        r"(?:removid|omitid|retirad|suprimid)[oa]s? a (?:pedido|petición|solicitud)(?! d[aoe]s? )",
        r"(?:supprimé|retiré|omis)e? à la demande",
        r"removed (?:at|on) (?:\w+ )?request(?! of (?:the |their )?(?:famil|victim|participant|interview|person|survivor|respondent|source|client))",
        r"(?:assinatura|firma|signature|unterschrift) (?:omitid|omis|omitted|entfernt|suprimid)\w*",
        r"подпись (?:опущена|удалена|не указана)",
        # Ninth session (fresh25): "(signature retirée de la version publique à notre demande)".
        r"(?:removed|omitted|withheld|redacted|deleted|left out) (?:\w+ ){0,5}at our (?:own )?request",
        r"(?:retir|supprim|omis|effac|masqu)\w* (?:\w+ ){0,5}à notre demande",
        r"(?:retirad|omitid|suprimid|eliminad|borrad)\w* (?:\w+ ){0,5}(?:a (?:nuestra )?(?:petición|solicitud|pedido) nuestr|a nuestra (?:petición|solicitud))",
        r"(?:retirad|omitid|removid|suprimid)\w* (?:\w+ ){0,5}a (?:nosso pedido|pedido nosso)",
        r"(?:entfernt|gestrichen|weggelassen|geschwärzt) (?:\w+ ){0,5}auf unseren wunsch|auf unseren wunsch (?:\w+ ){0,5}(?:entfernt|gestrichen|weggelassen|geschwärzt)",
        r"(?:удал|убран|скрыт|опущен)\w* (?:\w+ ){0,5}по нашей просьбе|по нашей просьбе (?:\w+ ){0,3}(?:удал|убран|скрыт|опущен)",
    ]
)
# Publication still to be agreed: "Diffusion à confirmer avec les auteurs", "Publicación sujeta a
# confirmación", "署名待确认" — a person asks the submitter (the level stays unclear).
CAREFUL.extend(
    [
        r"(?:diffusion|publication|mise en ligne)\W{0,6}(?:\w+ )?à (?:confirmer|voir)",
        r"(?:publicación|difusión|publicação|divulgação) (?:\w+ )?(?:sujeta|sujeita|pendiente|pendente) (?:a|de) (?:confirma|aproba|autoriza)",
        r"(?:veröffentlichung|verbreitung) (?:\w+ )?(?:vorbehaltlich|nach rücksprache)",
        r"(?:publication|release|posting) (?:\w+ )?(?:subject to|pending) (?:\w+ )?(?:confirmation|approval|agreement)",
        r"(?:публикаци|распространени)\w* (?:\w+ )?(?:по согласованию|после согласования)",
        r"署名(?:问题)?待(?:确认|定)|公开待(?:确认|定)",
    ]
)
# Spoken French "on" for "we" with a wish: "qu'on ne veut pas être cités nommément".
SELF["on_wishes"] = [r"on (?:ne )?(?:veut|voudrait|souhaite|souhaiterait|préfère|préférerait)\b"]
# "se haga referencia únicamente a «una organización …»": how to be cited, in Spanish.
WITHHOLD["cite_only_as"].append(
    r"(?:haga|hagan|hacer|hace) referencia (?:\w+ )?(?:únicamente|solamente|solo|sólo) a [«\"“]"
)
# A secrecy word describing the noun before it: "la vie privée" (privacy, a topic), "dados
# anonimizados" (data already anonymised), "شهادات مجهولة الهوية" (anonymous testimonies).
ATTRIBUTIVE.extend(
    [
        r"vie$",
        r"vida$",
        r"[(«\"]?(?:dados|datos|données|daten|casos|cas|cases|data|данные|данных)$",
        r"(?:شهادات|بيانات|حالات|معطيات)$",
    ]
)
# fresh18 (writers AH, AI, read): taking our name or logo out ("retirer notre logo",
# "Название фонда убираем отовсюду"), the office alone ("SOLO PARA LA OFICINA DEL EXPERTO",
# "no subir a la web"), naming to be agreed first ("Namensnennung: bitte vorher mit uns
# abstimmen"), how to be cited in Arabic ("نرجو الإشارة إلينا بعبارة «…»"), an opinion that calls
# itself anonymous ("…的匿名意见").
WITHHOLD["logos_and_generic_signatures"] += [
    r"(?:retir|enlev|supprim|remov|tak\w* out|quit|sac|tir|entfern|streich|убра|убер|убир)\w* "
    r"(?:\w+ ){0,2}(?:notre|nos|our|nuestro|nuestra|nosso|nossa|unser\w*|наш\w*) (?:\w+ )?"
    r"(?:logo|nom|name|nombre|nome|название|имя|namen|фамили|noms|names|nombres|nomes)",
    r"(?:название|имя|наименование|фамили\w*) (?:\w+ ){0,2}(?:убира|убер|убра|удаля|удал)\w*",
]
MARKERS_DO_NOT_PUBLISH["for_the_office_only"] = [
    r"(?:solo|sólo|únicamente|only|just|seulement|uniquement|só|apenas|nur|только) (?:para|for|pour|für|для) "
    r"(?:la |the |le |o |das |den )?(?:oficina|office|bureau|escritório|gabinete|büro|офиса|аппарата)",
    r"no (?:subir|colgar) (?:\w+ ){0,2}(?:a la |en la )?(?:web|página|sitio|internet)",
]
CAREFUL.extend(
    [
        r"(?:vorher|zuvor|vorab) (?:\w+ ){0,2}mit uns abstimmen",
        r"(?:previamente|antes) (?:\w+ ){0,2}(?:con nosotr\w*|conosco) (?:coordinar|acordar|consultar)",
        r"(?:au préalable|avant) (?:\w+ ){0,2}(?:avec nous) (?:convenir|valider|vérifier)",
        r"(?:предварительно|заранее) (?:\w+ ){0,2}(?:согласовать|согласуйте) с нами",
    ]
)
WITHHOLD["cite_only_as"].append(
    r"(?:الاشاره|نشير|تشيروا) (?:الينا|الي منظمتنا|لنا) (?:ب\S+ )?[«\"“]"
)
MARKERS_WITHHOLD_NAME["self_titled_anonymous_zh"] = [
    r"的匿名(?:意见|提交|材料|来文|陈述)(?:书)?\s*$"
]
# Someone else's anonymity: sources and interview quotes ("As fontes … pediram anonimato",
# "Die Interviewzitate … Alter und Wohnort weglassen").
PARTICIPANTS.extend(
    [
        r"(?:as |las |les |the |our |nuestras |nossas )?(?:fontes|fuentes|sources)\b",
        r"interviewzitat\w*",
        r"zitierte\w*",
    ]
)
# "N'hésitez pas à la diffuser largement", "نوافق على ذكر اسمي": consent in so many words.
PERMISSION.extend(
    [
        r"n'hésitez pas à (?:la |le |les )?(?:diffuser|publier|partager|citer)",
        r"no (?:duden|dude) en (?:\w+ )?(?:difundir|publicar|compartir|citar)",
        r"fique(?:m)? à vontade para (?:\w+ )?(?:divulgar|publicar|partilhar|compartilhar|citar)",
        r"feel free to (?:\w+ )?(?:publish|share|circulate|cite|quote|disseminate)",
        r"(?:نوافق|نسمح|موافق\w*) (?:\w+ ){0,2}(?:علي )?ذكر",
    ]
)
# fresh19 (writers AJ, AK, read): others' anonymity in footnotes ("пожелавшим остаться
# анонимным", "die anonym bleiben möchte", "طلب عدم الكشف عن هويته", "消息来源要求匿名"),
# free distribution as consent, publication or signing still to be settled, and a generic
# description offered for citing ('"a coalition of …" would be an appropriate way to describe').
PARTICIPANTS.extend(
    [
        r"пожелавш\w*",
        r"попросивш\w*",
        r"(?:die|der) (?:\w+ )?anonym bleiben (?:möchte|wollte|will)",
        r"(?:طلب|طلبت) عدم الكشف عن (?:هويته|هويتها|اسمه|اسمها)",
        r"消息来源|信息来源|线人",
    ]
)
PERMISSION.extend(
    [
        r"(?:diffusion|distribution|circulation|difusión|divulgação|verbreitung|распространение) (?:libre|free|libres?|livre|frei|свободное)",
        r"(?:libre|free|freie|свободное) (?:diffusion|distribution|circulation|difusión|verbreitung|распространение)",
    ]
)
CAREFUL.extend(
    [
        r"(?:veröffentlichung|veroeffentlichung|publication|publicación|publicação|публикаци\w*) (?:\w+ )?(?:klären|klaeren|zu klären|à clarifier|por aclarar|a esclarecer|to be (?:cleared|settled|confirmed))",
        r"是否署名|署名(?:问题)?(?:尚未|还未|未)(?:确定|决定|达成)",
        r"(?:nos |me )?consulten antes de (?:subir|publicar|difundir|colgar)",
    ]
)
WITHHOLD["cite_only_as"].append(
    r"[\"“«][^\"”»]{3,80}[\"”»] (?:would be|is|will be) (?:an? |the )?(?:appropriate|acceptable|suitable|preferred|good|right) (?:way|description|wording|formula)"
)
# fresh20 (writers AL, AM, read): consult before publishing in more forms ("consultar con la
# junta directiva antes de autorizar la publicación", "aguardar nossa autorização antes de
# publicar", "恳请先与我们联系确认", "署名问题待定，发布前请联系"); a name left out ("（姓名略）",
# "المؤلف: غير معلن بناءً على طلبنا"); consent ("peut être reproduit librement", "nous
# acceptons que … le nom de notre organisation figurent sur le site"); "тайна переписки" is a
# legal secrecy.
CAREFUL.extend(
    [
        r"consultar (?:\w+ ){0,4}antes de (?:autorizar |permitir )?(?:la |a )?(?:publica|difu|divulga)",
        r"(?:aguardar|esperar|attendre|await|wait for) (?:\w+ ){0,2}(?:autoriza|autoris|authori[sz]ation|aprova|approval|accord)\w* (?:\w+ ){0,2}(?:antes|avant|before)",
        r"(?:nos )?consult(?:em|e|ar|en)(?:-nos)? (?:\w+ )?antes",
        r"先与我们联系|请先联系我们|(?:发布|公布|公开|发表)前请(?:先)?(?:与我们)?联系",
    ]
)
PERMISSION.extend(
    [
        r"(?:peut|peuvent|pode|podem|puede|pueden|may|can) (?:être |ser |be )?(?:reproduit|reproduzid|reproducid|reproduced)\w* (?:librement|livremente|libremente|freely)",
        r"(?:acceptons|accepte|autorisons|consentons) que (?:\w+ ){0,10}(?:figure|apparaiss|soit publi|soient publi)",
    ]
)
ATTRIBUTIVE.extend([r"переписк", r"исповед", r"усыновлени"])
NAME["appear"].extend([r"apparaiss\w*", r"apparaître"])
# fresh21 (writers AN, AO, read): not yet decided whether it can be public ("our board has not
# yet decided whether …", "прежде чем размещать документ, уточните у нас", "سنؤكد لاحقاً ما إذا",
# "publication ?? à voir"); a name or signature removed at the writer's request ("[removido a
# pedido]", "[assinatura omitida]"); how to be cited in Arabic ("الإشارة إليها بوصفها «…»");
# publication without restriction as consent.
CAREFUL.extend(
    [
        r"(?:not yet|still not|has not|have not|hasn't|haven't) (?:\w+ ){0,2}decided (?:whether|if)",
        r"(?:aún|todavía) no (?:\w+ ){0,2}decidid\w* si",
        r"pas encore (?:\w+ ){0,2}décidé (?:si|s')",
        r"ainda não (?:\w+ ){0,2}decidi\w* se",
        r"(?:ещё|еще|пока) не (?:\w+ ){0,2}решил\w*",
        r"noch nicht (?:\w+ ){0,2}entschieden,? ob",
        r"لم (?:نقرر|يقرر|تقرر) بعد",
        r"尚未决定|还没(?:有)?决定",
        r"(?:прежде чем|перед тем как) (?:\w+ ){0,2}(?:размещать|разместить|публиковать|опубликовать)\w*,? (?:\w+ ){0,2}(?:уточните|согласуйте|свяжитесь)",
        r"سنؤكد (?:\S+ ){0,3}(?:ما )?اذا",
    ]
)
WITHHOLD["cite_only_as"].append(r"(?:الاشاره|نشير|تشيروا) (?:اليها|اليه) (?:ب\S+ )?[«\"“]")
# Ninth session (fresh26): "Please list me only as 'a medical practitioner in Lagos'", "se haga
# referencia a «una organización …»".
WITHHOLD["cite_only_as"] += [
    r"(?:quellenangabe|zitierung|nennung|bezeichnung)\w* (?:\w+ ){0,2}nur als\b",
    r"(?:list|cite|describe|identify|credit|mention|name|refer to|quote) (?:me|us|the author|the organi[sz]ation|our \w+) "
    r"(?:only |simply |just )?as [\"“'‘]?(?:an?|one)\b",
    r"(?:haga|hagan|hacer|se hace) referencia a [«\"“ ]*(?:una?)\b",
    r"(?:faça|façam|fazer) referência a [«\"“ ]*(?:uma?)\b",
    r"(?:fasse|fassent|faire) référence à [«\"“ ]*(?:une?)\b",
]
# Permissions read as a whole (a classification of "public" among them, since the sixth
# session): an act of publication inside them is no refusal.
UNRESTRICTED = [
    r"sin restricci\w* (?:de|para) (?:la )?(?:publicación|difusión)",
    r"sans restriction (?:de|pour la) (?:publication|diffusion)",
    r"sem restriç\w* (?:de|para) (?:a )?(?:publicação|divulgação)",
    r"(?:no|without) restrictions? (?:on|to) (?:\w+ )?(?:publication|publishing|distribution|circulation)",
    r"ohne (?:veröffentlichungs)?beschränkung",
    r"(?:classification|clasificación|classificação|vertraulichkeitsstufe|einstufung|гриф|уровень доступа)\s*[:：]\s*(?:public|pública|öffentlich|открыт|общедоступ)",
]
PERMISSION.extend(UNRESTRICTED)

# Services people are told about ("Телефон доверия (анонимно, бесплатно)", "Linha de apoio
# confidencial e anónima: 218 …", "the confidential helpline"): the secrecy there is the
# service's, not the submission's (eighth session, fresh23).
SERVICES = [
    r"help ?lines?",
    r"hot ?lines?",
    r"support lines?",
    r"crisis lines?",
    r"counsell?ing (?:service|line)s?",
    r"línea de (?:ayuda|apoyo|atención|escucha)",
    r"linha de (?:apoio|ajuda|atendimento|escuta)",
    r"ligne d'(?:écoute|aide|assistance|urgence)",
    r"ligne (?:d )?[ée]coute",  # a file name: "ligne_ecoute_anonyme"
    r"numéro vert",
    r"hilfetelefon",
    r"beratungstelefon",
    r"telefonseelsorge",
    r"телефон\w* доверия",
    r"горяч\w+ лини\w*",
    r"лини\w* (?:помощи|поддержки)",
    r"خط (?:ال)?(?:مساعده|دعم|ساخن|مشوره)",
    r"热线",
    r"求助电话",
    # Ninth session (fresh25): counselling and reporting services ("Die Beratung ist … vertraulich").
    r"beratung(?:en|sangebot\w*)?\b",
    r"\bcanal(?:es)?\b",  # "Use o canal anônimo do Ministério Público"
    r"خط (?:ال)?مسانده",  # not "Beratungsstelle": a place that may be the one not to name
    r"(?:online-)?melde(?:portal|stelle|formular|plattform)\w*",
    r"reporting (?:portal|platform|tool|form)s?",
    r"plateforme de signalement",
    r"(?:portal|plataforma|canal) de denuncia",
    r"(?:portal|plataforma|canal) de denúncia",
    r"咨询电话",
]
# Public bodies whose names hold the word "public" ("Defensoria Pública", "public prosecutor").
PUBLIC_BODIES = [
    r"defensori[ae] p[uú]blic[ao]",
    r"minist[eé]rio p[uú]blico",
    r"ministerio p[uú]blico",
    r"minist[eè]re public",
    r"public (?:defender|prosecutor|health|service|sector|polic(?:y|ies)|hearing|order|authorit\w+|opinion|spaces?)",
    r"sa[uú]de p[uú]blica",
    r"salud p[uú]blica",
    r"santé publique",
    r"funci[oó]n p[uú]blica",
    r"função pública",
    r"fonction publique",
    r"pol[ií]ticas? p[uú]blicas?",
    r"politiques? publiques?",
    r"poder p[uú]blico",
    r"espa[cç]o p[uú]blico",
    r"espacio p[uú]blico",
    r"espace public",
    r"öffentliche[rn]? (?:dienst|gesundheit|sicherheit|hand|verwaltung|raum)",
    r"общественн\w+ (?:организац\w+|палат\w+|здоровь\w+|мнени\w+)",
]

# Tenth session (fresh28, writers BB and BC, read): to be told or consulted before a use in
# more forms ("nous aimerions en être informés au préalable", "просим … согласовать с нами любые
# формулировки", "التحدث معنا قبل أن يستعمل", "如果要用，麻烦先跟我们确认一下"), not to be put
# at more risk, use weighed with care ("在使用时多加斟酌"); German names to be taken out said
# verb-last ("vorher den Namen unserer Beratungsstelle … zu entfernen"); cited only by a phrase,
# in Arabic ("الاكتفاء بعبارة «مجموعة إيمانية من المنطقة»").
CAREFUL.extend(
    [
        r"(?:en )?être (?:tenus? )?(?:informée?s?|prévenue?s?|averti(?:e|s|es)?|consultée?s?) "
        r"(?:\w+ ){0,2}(?:au préalable|préalablement|à l'avance)",
        r"(?:we|i) (?:\w+ ){0,3}be (?:informed|told|notified|consulted|warned) (?:\w+ ){0,2}(?:in advance|beforehand)",
        r"согласов\w* с нами",
        r"не подвергать (?:нас|меня) (?:\w+ ){0,2}(?:риску|опасности)",
        r"not (?:to )?(?:put|place|expose) (?:us|me) (?:\w+ ){0,2}(?:at|to|in) (?:\w+ )?(?:risk|danger)",
        r"no (?:ponernos|exponernos) (?:\w+ ){0,2}(?:en |a )?(?:riesgo|peligro)",
        r"ne pas nous (?:exposer|mettre en danger)",
        r"não nos (?:expor|colocar em risco)",
        r"(?:التحدث|التشاور|التنسيق) (?:\w+ ){0,2}(?:معنا|الينا) قبل",
        r"عدم تعريضنا",
        r"先(?:跟|和|与|同)我们(?:确认|商量|沟通|联系|核实)",
        r"斟酌",
    ]
)
WITHHOLD["de"].append(
    r"(?:namen|bezug|logo|angaben)\w* (?:\w+ ){0,10}zu (?:entfernen|löschen|streichen|schwärzen|tilgen)"
)
WITHHOLD["cite_only_as"].append(r"الاكتفاء (?:ب)?(?:عباره|وصف|ذكر|الاشاره)")
FRAME["zh"].append(
    r"希望(?:贵|您|你们|专家|独立专家)"
)  # "希望贵方在使用时多加斟酌": hoping of the reader
# The co-authors are among the submitters: "Соавторы … просят не указывать их фамилии".
SELF["co_authors"] = [
    r"(?:the |our )?co-?authors?\b",
    r"(?:los |las |nuestr[oa]s )?coautor(?:es|as|a)?\b",
    r"(?:les |nos )?co-?auteur",
    r"(?:os |as |nossos |nossas )?coautor",
    r"соавтор",
    r"mitautor|ko-?autor",
    r"المؤلف\S* المشارك",
    r"合著者|共同作者",
]
# "on ne veut pas que ça sorte comme ça": the text getting out is its publication.
PUBLISH["leak_out"] = [
    r"(?:ça|cela|ce texte|ce document|cette contribution|ces informations) (?:\w+ )?sort(?:e|ent)\b",
    r"(?:this|it|the text|the document|the submission) (?:\w+ )?(?:gets|get|getting|goes|go) out\b",
]
# "请他们用的时候注意一下" (to take care when using it); cited only by a phrase: "只写“华南某机构”".
CAREFUL.append(r"(?:用的时候|使用时|引用时)(?:请|要|务必)?(?:多)?注意")
WITHHOLD["cite_only_as"].append(r"只(?:写|称|用|提|说)(?:成|为|作)?[“\"「『][^”\"」』]{0,12}某")

# fresh29 (writers BD and BE, read): information that could identify us; to be taken into
# account when the information is used, prudence counted on; cited only as a phrase, in German
# ("lediglich als ‚Beitrag einer Selbsthilfegruppe …' zu kennzeichnen").
CAREFUL.extend(
    [
        r"(?:позвол|дать возможность)\w* (?:\w+ )?установить (?:наш|мо)\w* личност",
        r"(?:could|may|might|would) (?:\w+ )?(?:allow|enable|help) (?:\w+ ){0,3}(?:to )?identify us\b",
        r"(?:permitir|permitan|permita) identificarnos",
        r"permettre de nous identifier",
        r"(?:permitir|permitam|permita) identificar-nos",
        r"(?:التعرف علينا|تحديد هويتنا|كشف هويتنا)",
        r"(?:识别出|认出|暴露)我们",
        r"بعين الاعتبار عند (?:استخدام|استعمال|نشر)",
        r"take (?:this|that|it|these \w+) into (?:account|consideration) when (?:using|quoting|publishing)",
        r"en tenir compte (?:lors de|dans) (?:l'usage|l'utilisation)",
        r"tener(?:lo)? en cuenta al (?:usar|utilizar|citar|publicar)",
        r"учесть это при (?:использовании|цитировании|публикации)",
        r"compt\w* sur votre (?:prudence|discrétion|vigilance)",
        r"(?:count|rely) on your (?:discretion|prudence|care)",
        r"contamos con (?:su|vuestra) (?:discreción|prudencia)",
        r"contamos com (?:a sua|sua|vossa) (?:discrição|prudência)",
        r"(?:vertrauen|zählen|bauen) (?:\w+ )?auf ihre (?:diskretion|umsicht|vorsicht)",
    ]
)
WITHHOLD["cite_only_as"].append(r"(?:lediglich|nur|ausschließlich) als [‚'\"„«‹]")
# A notice that says the text is public: "Diffusion : publique", "公開版本", "Документ размещён
# в открытом доступе", "zur Veröffentlichung freigegeben".
UNRESTRICTED_NOTICES = [
    r"(?:diffusion|distribution|verbreitung|difusión|divulgação|распространение|доступ)\s*[:：]\s*"
    r"(?:publique|public|pública|publica|öffentlich|libre|livre|открыт|свободн|общ)",
    r"^\s*公[开開]版本?(?![中里内])",  # a header "公開版本 第2頁", not "公开版本中请以…代称"
    # the document said to be placed there ("Документ размещён в открытом доступе · стр. 5"), not
    # a wish about where it may go
    r"(?:документ|текст|доклад|материал)\w* (?:\w+ )?размещ[её]н\w* в открытом доступе",
    r"(?<!nicht )(?:zur|für die) veröffentlichung freigegeben",
    r"(?<!not )(?:cleared|approved|released) for (?:public )?(?:release|publication)",
    r"(?<!no )(?<!não )(?:autorizad|aprobad|aprovad)[oa] para (?:su |a )?(?:publicación|difusión|divulgação|publicação)",
    r"(?<!non )(?<!pas )(?:validée?|autorisée?) pour (?:la )?(?:publication|diffusion)",
]
PERMISSION.extend(UNRESTRICTED_NOTICES)
SERVICES.extend([r"热线", r"咨询热线"])
# "Nous comptons sur votre prudence": counting on the reader is asking.
FRAME["fr"].append(r"(?:nous )?compt(?:ons|e) sur (?:vous|votre)")
FRAME["en"].append(r"we (?:count|rely) on (?:you|your)\b")
FRAME["es"].append(r"contamos con (?:usted|ustedes|su|vuestra)")
FRAME["pt"].append(r"contamos com (?:a sua|vocês|vossa|sua)")
FRAME["de"].append(r"wir (?:vertrauen|zählen|bauen) (?:\w+ )?auf (?:sie|ihre)")
# "You are welcome to publish it in full, with our name and logo": consent in so many words.
PERMISSION.extend(
    [
        r"(?:you are|you're|are) (?:\w+ )?welcome to (?:\w+ )?(?:publish|share|cite|quote|post|circulate|reproduce)",
        r"(?:with|including) our (?:full )?name and logo",
    ]
)
# fresh30 (writers BF and BG, read): a name to be taken out in Portuguese ("tirem o nome da
# associação"), a source given only as a phrase in German ("Als Quelle bitte nur „…“ angeben"),
# for the Expert's consideration only ("es solo para que el Experto lo tenga en cuenta").
WITHHOLD["pt"].append(
    r"tir(?:ar|e|em|emos) (?:o |a )?(?:(?:nosso|nossa) (?:nome|logo|logotipo|assinatura)|"
    r"(?:nome|logo|logotipo|assinatura) (?:d[ao] (?:nossa |nosso )?(?:associação|organização|entidade|"
    r"coletivo|coletiva|rede|instituição|grupo|fundação|articulação)))"
)
WITHHOLD["cite_only_as"].append(r"als quelle (?:\w+ ){0,2}(?:nur|lediglich|ausschließlich) [„\"«‚]")
MARKERS_DO_NOT_PUBLISH["for_the_mandate_only"] += [
    r"(?:es |is |est )?(?:solo|sólo|only|seulement|uniquement|apenas|nur|только) (?:para|for|pour|für|для) "
    r"(?:que )?(?:el|the|l'|o|den|la) (?:experto|expert|experte|especialista|эксперт)",
]
# Victims and survivors who asked not to be named, or to keep their testimony out ("Plusieurs
# victimes ont demandé à ne pas être nommées", "One of the survivors we interviewed asked …").
PARTICIPANTS.extend(
    [
        r"(?:victims|survivors)(?: \w+){0,3} (?:asked|requested|wished|preferred|did not want)",
        r"(?:victimes|survivant\w*)(?: \w+){0,3} (?:ont demandé|a demandé|ont souhaité|a souhaité)",
        r"(?:víctimas|sobrevivientes)(?: \w+){0,3} (?:pidieron|pidió|solicitaron|prefirieron)",
        r"(?:vítimas|sobreviventes)(?: \w+){0,3} (?:pediram|pediu|solicitaram|preferiram)",
        r"(?:жертв\w*|пострадавш\w*|выживш\w*)(?: \w+){0,3} (?:просил\w*|попросил\w*)",
        r"(?:opfer|betroffene\w*|überlebende\w*)(?: \w+){0,3} (?:baten|bat|wünschten|wollten)",
        r"(?:الضحايا|الناجين|الناجيات)(?: \S+){0,3} (?:طلبوا|طلبن|طلب)",
        r"(?:受害者|幸存者).{0,8}(?:要求|希望|请求)",
    ]
)
# Polite consent in French and a public marking: "qui peut être publiée sur la page web du
# mandat", "Öffentlich · Stellungnahme …".
PERMISSION.extend(
    [
        r"(?<!ne )(?<!n')(?:peut|peuvent|pourra|pourront) être (?:\w+ )?(?:publiée?s?|diffusée?s?|mise?s? en ligne)",
        r"^\s*(?:öffentlich|public|publique|pública|público|публичн\w*|открыт\w*)\s*[·|–—]",
    ]
)
# E-mail notices in Russian: "Это сообщение … может содержать конфиденциальную информацию и
# предназначено только для указанного адресата".
DISCLAIMER.extend(
    [
        r"(?:это|данное) (?:сообщение|письмо)(?: \w+){0,6} (?:конфиденциальн|предназначен)",
        r"предназначен\w* (?:только|исключительно) для (?:указанного |его )?(?:адресата|получателя)",
    ]
)
# fresh31 (writers BH and BI, read): care asked for in other words ("mit dem Dokument … sehr
# sorgfältig umzugehen", "обеспечить нам необходимую защиту при работе с этим текстом",
# "Просим учитывать это при использовании"); people a case is about ("a petición de la víctima",
# "одна из участниц исследования", "应当事人要求"); a text said to be public already ("sie ist
# auch auf unserer Website abrufbar", "نرحب بنشرها").
CAREFUL.extend(
    [
        r"(?:sorgfältig|vorsichtig|umsichtig|behutsam|diskret) (?:\w+ ){0,2}(?:umzugehen|umgehen|"
        r"behandeln|zu behandeln|verwenden|zu verwenden|zu nutzen)",
        r"(?:handl|treat|us)\w* (?:\w+ ){0,5}(?:carefully|cautiously|discreetly)",
        r"(?:traiter|utiliser|manier|manipuler) (?:\w+ ){0,5}(?:avec soin|prudemment|discrètement)",
        r"(?:tratar|manejar|usar|utilizar|tratem|usem|utilizem|manusear)\w* (?:\w+ ){0,5}"
        r"(?:cuidadosamente|con cuidado|com cuidado|discretamente|con prudencia|com prudência)",
        r"(?:защит|безопасност)\w* (?:\w+ ){0,3}при (?:работе|использовании|обращении|публикации)",
        r"(?:обеспечить|обеспечьте) (?:\w+ ){0,3}(?:защит|безопасност|конфиденц)",
        r"учитыва\w* (?:это|этот|данн\w*|эти) (?:\w+ )?при (?:использовании|публикации|работе|цитировании)",
        r"(?:bear|keep) (?:this|that|it) in mind when (?:using|publishing|citing|quoting|handling)",
        r"take (?:this|that|it) into account when (?:using|publishing|citing|quoting|handling)",
        r"en tenir compte (?:lors de|dans) (?:l'utilisation|la publication|l'usage|la diffusion)",
        r"(?:tenerlo|tener esto) en cuenta (?:al|en el momento de) (?:usar|utilizar|publicar|citar)",
        r"(?:ter|levar) isso em (?:conta|consideração) ao (?:usar|utilizar|publicar|citar)",
        r"(?:dies|das) (?:bei der|beim) (?:verwendung|nutzung|veröffentlichung|verwenden|zitieren) "
        r"(?:\w+ )?zu berücksichtigen",
        r"مراعاه ذلك عند (?:استخدام|النشر|الاستشهاد)",
        r"使用时(?:请)?(?:注意|考虑|顾及)",
        r"(?:protect|protection)\w* (?:\w+ ){0,4}when (?:using|handling|working with|publishing)",
    ]
)
PARTICIPANTS.extend(
    [
        r"(?:at|on) the (?:request|wish) of the (?:victim|survivor|person|interviewee|family|witness|"
        r"complainant|persons concerned|person concerned)",
        r"(?:a petición|a pedido|a solicitud|por (?:deseo|petición|pedido)) de (?:la |el |los |las |a |o |as |os )?"
        r"(?:víctima|vítima|sobreviviente|sobrevivente|persona|pessoa|entrevistad|familia|família|denunciante|"
        r"testig|testemunha|afectad|interesad)",
        r"(?:à la demande|à la requête|selon le souhait) (?:de la |du |des |de l')(?:victime|survivant|personne|"
        r"famille|témoin|plaignant|intéressé)",
        r"(?:auf wunsch|auf bitte) (?:der|des) (?:betroffen|opfer|überlebend|familie|zeug|befragt)\w*",
        r"по (?:просьбе|желанию) (?:самой |самого )?(?:пострадавш|жертв|героин|геро|участни|семь|свидетел|заявител)\w*",
        r"участни(?:к|ц)\w* (?:нашего )?(?:исследовани|опрос|интервью|проекта|фокус)",
        r"بناء على طلب (?:ال)?(?:ضحيه|ناجي|ناجيه|اسره|عائله|شاهد|مشتكي|صاحب|شخص)",
        r"应(?:当事人|受害者|受害人|受访者|幸存者|家属|其家人)(?:的)?(?:要求|请求)",
        r"(?:teilnehmer|teilnehmerin)\w*",
        r"(?:文中|文内|本文|报告中)(?:所有|全部)?(?:的)?(?:人名|人物|当事人)",
        r"participant(?:e|s|es)? (?:à|de) (?:l'étude|l'enquête|la recherche|nos entretiens)",
    ]
)
PERSONS["zh"].append(r"人名")
PERMISSION.extend(
    [
        r"(?:ist|sind) (?:\w+ ){0,3}auf unserer (?:website|webseite|homepage|internetseite) "
        r"(?:\w+ )?(?:abrufbar|verfügbar|veröffentlicht|zu finden)",
        r"(?:is|are) (?:\w+ ){0,2}(?:available|published|posted) on our (?:website|web site|site)",
        r"(?:está|estão) (?:\w+ ){0,2}(?:disponible|disponível|publicad[oa]) (?:en|no|em) (?:nuestr[oa]|nosso|nossa) "
        r"(?:página|sitio|site|sítio)",
        r"(?:est|sont) (?:\w+ ){0,2}(?:disponible|publiée?) sur notre site",
        r"(?:размещен\w*|опубликован\w*|доступ\w*) (?:\w+ ){0,2}на нашем сайте",
        r"(?:نرحب|نرحّب) (?:\S+ )?بنشر",
        r"(?:متاحه|منشوره) (?:\S+ )?علي موقعنا",
        r"(?:已|也)(?:在我们的网站上|在本机构网站上)(?:公布|发布|公开)",
    ]
)
# Twelfth session (fresh34): the name the document is to carry, given as a description
# ("укажите в качестве автора «правозащитная организация из …»", "请仅以“一家…组织”署名").
WITHHOLD["cite_only_as"].extend(
    [
        r"в качестве (?:автора|авторов|источника|отправителя|подписи) [«\"“„]",
        r"(?:仅|只)以[^。；]{0,24}(?:署名|名义|身份)",
        r"(?:give|list|show|indicate|state|put)\w* (?:the )?(?:author|source|sender)s? as [«\"“'„]?(?:an?|one) ",
        r"(?:indiqu|mentionn|inscri)\w* (?:\w+ ){0,2}comme (?:auteur|source|expéditeur)\w* [«\"“]",
        r"como (?:autor|autora|autores|fuente|fonte|remitente|remetente) [«\"“]",
        r"als (?:autor|autorin|quelle|absender)\w* [„\"“»]",
    ]
)
# A name given to the secretariat alone ("La coordinatrice (nom communiqué au secrétariat
# uniquement)"): known to the Office, not to be printed.
MARKERS_WITHHOLD_NAME["name_to_the_office_only"] = [
    r"(?:name|nom|nombre|nome|имя|фамилия|namen?)\b(?:\W+\w+){0,4}\W+(?:secr[eé]tar|office|bureau|"
    r"oficina|escrit[oó]rio|секретариат|sekretariat)\w*(?:\W+\w+){0,2}\W+(?:only|uniquement|seulement|"
    r"exclusivement|solamente|únicamente|solo|sólo|exclusivamente|apenas|somente|только|nur)\b",
    r"(?:name|nom|nombre|nome|имя|фамилия|namen?)\b(?:\W+\w+){0,4}\W+(?:only|uniquement|seulement|"
    r"exclusivement|solamente|únicamente|solo|sólo|exclusivamente|apenas|somente|только|nur) (?:\w+ ){0,2}"
    r"(?:secr[eé]tar|office|bureau|oficina|escrit[oó]rio|секретариат|sekretariat)",
]
# Twelfth session (fresh34): the person interviewed ("se reserva la identidad de la persona
# entrevistada"), a tips box's advice ("隐私保护小贴士：· 不要在公开平台透露真实姓名"), and a
# header that labels the text its public version ("提交材料（公开版）").
PARTICIPANTS.extend(
    [
        r"(?:la |las |a |as )?(?:persona|personas|pessoa|pessoas) entrevistad\w*",
        r"(?:la |les )?personnes? (?:interrogée|interviewée|entendue)s?",
        r"\binterviewees?\b|\b(?:the )?person interviewed",
        r"опрошенн\w*|интервьюируем\w*",
        r"(?:ال)?شخص الذي (?:تمت )?مقابلت",
        r"受访者|受訪者",
    ]
)
POLICY += [
    r"小贴士|小貼士|\btips\b|\bconsejos\b|\bconseils\b|\bdicas\b|\bсоветы\b|نصائح|\btipps\b",
]
UNRESTRICTED_NOTICES.append(
    r"[（(]\s*(?:公[开開]版本?|public version|versión pública|version publique|versão pública|"
    r"публичная версия|öffentliche (?:fassung|version)|النسخه العامه)\s*[)）]"
)
PERMISSION.append(UNRESTRICTED_NOTICES[-1])
# Thirteenth session (fresh35): a warning that what the document holds could expose the people in
# it ("algunas de las personas mencionadas … podrían sufrir represalias", "часть сведений может
# поставить под угрозу людей", "المعلومات الواردة هنا حساسة جداً بالنسبة للأشخاص …"): care asked
# for without saying how, for a person to read. The document's own contents are in the words
# ("mencionadas", "здесь"): "defenders face reprisals" says nothing of this text.
CONTENTS_AT_RISK = [
    r"(?:people|persons|individuals|information|details|names|cases)\b[^.;!?]{0,40}\b(?:mentioned|named|"
    r"described|cited|quoted|here(?:in)?|in this (?:document|submission|report|note))\b[^.;!?]{0,80}"
    r"\b(?:reprisals?|retaliation|at risk|in danger|endanger)",
    r"(?:personas|informaci[oó]n|datos|nombres|casos)\b[^.;!?]{0,40}(?:mencionad|citad|descrit|nombrad|"
    r"aquí|en este (?:documento|informe|aporte))\w*[^.;!?]{0,80}(?:represalia|en riesgo|en peligro|poner en riesgo)",
    r"(?:personnes|informations|données|noms|cas)\b[^.;!?]{0,40}(?:mentionn|cité|décrit|nommé|ici\b|"
    r"dans ce (?:document|rapport|texte))\w*[^.;!?]{0,80}(?:représailles|en danger|en risque|menacé)",
    r"(?:pessoas|informações|informacoes|dados|nomes|casos)\b[^.;!?]{0,40}(?:mencionad|citad|descrit|"
    r"nomead|aqui\b|neste (?:documento|relatório|texto))\w*[^.;!?]{0,80}(?:represália|em risco|em perigo)",
    r"(?:часть|некоторые|эти|приведённ|приведенн|изложенн|упомянут)\w* (?:\w+ ){0,2}(?:сведени|информаци|"
    r"данн|лиц|люд)\w*[^.;!?]{0,80}(?:под угрозу|угрож|опасност|преследовани|репресси)",
    r"(?:المعلومات|البيانات|الاشخاص|الاسماء) (?:الوارده|المذكور|المذكوره)\S*[^.؟!]{0,80}"
    r"(?:حساس|خطر|انتقام|تهديد)",
    r"(?:personen|informationen|angaben|namen|fälle)\b[^.;!?]{0,40}(?:genannt|erwähnt|beschrieben|hier\b|"
    r"in diesem (?:dokument|bericht|text))\w*[^.;!?]{0,80}(?:repressalien|gefährd|gefahr|risiko)",
    r"(?:文中|本文|此处|这里|文件中|所述|提到的)[^。；]{0,20}(?:人|信息|资料|个案)[^。；]{0,30}"
    r"(?:报复|危险|风险|威胁)",
]
# "SO_PARA_O_PERITO": a file name has no accents.
MARKERS_DO_NOT_PUBLISH["for_the_expert_only"].append(
    r"\bso (?:para|pra) (?:o )?(?:perito|especialista|experto)"
)
# The writer's own open question whether to sign ("с подписью или без? решить до отправки" in
# the document's comments): undecided, so a person asks before the name is printed.
CAREFUL.extend(
    [
        r"(?:with|without) (?:our |the |a |my )?(?:name|signature|logo)s? or (?:with|without)\b",
        r"(?:signed|named) or (?:unsigned|unnamed|anonymous)",
        r"с подписью или без|без подписи или с|подписывать или нет",
        r"con o sin (?:\w+ )?(?:firma|nombre|logo)",
        r"avec ou sans (?:\w+ )?(?:signature|nom|logo)",
        r"com ou sem (?:\w+ )?(?:assinatura|nome|logo)",
        r"mit oder ohne (?:\w+ )?(?:unterschrift|namen|logo)",
        r"(?:是否|要不要|要否)署名|署名(?:与否|还是不署名)",
        r"(?:بتوقيع|بالاسم|باسمنا) (?:ا|و)?م (?:بدون|من دون|دون)",
    ]
)
# Thirteenth session (fresh35): no restriction or reservation at all ("Não há nenhuma restrição à
# publicação.", "ويمكن نشرها باسم المنظمة دون أي تحفظ").
NO_RESERVATION = [
    r"(?:não há|nao ha|no hay|il n'y a|there (?:is|are)) (?:nenhuma |ninguna |aucune |no )?"
    r"(?:restri\w*|objeç\w*|objeci\w*|objection|reserva|réserve)s? (?:\w+ ){0,2}(?:à|a|la|to|de|para) "
    r"(?:\w+ )?(?:publica|publication|publishing|divulga|difusi|diffusion)",
    r"(?:نشرها|نشره|النشر) (?:\S+ ){0,3}(?:دون|بدون|من دون|بلا) (?:اي )?(?:تحفظ|قيد|قيود)",
    r"(?:keine|ohne) (?:\w+ )?(?:einschränkung|vorbehalt|einwände)\w* (?:\w+ ){0,2}(?:veröffentl|publikation)",
    r"(?:нет|без) (?:каких-либо |никаких )?(?:ограничени|возражени|оговор)\w* (?:\w+ ){0,2}(?:публикац|опубликован|размещени)",
    r"(?:公开|发布|公布)(?:没有|无)(?:任何)?(?:限制|保留)|(?:没有|无)(?:任何)?(?:限制|保留)(?:地)?(?:公开|发布|公布)",
]
UNRESTRICTED.extend(NO_RESERVATION)
PERMISSION.extend(NO_RESERVATION)
# Thirteenth session, round 13 (fresh36): attributed only to a description ("seja atribuída apenas
# a "uma organização da sociedade civil angolana""), and the person who spoke in an interview
# ("تم إخفاء هوية المتحدث بناءً على طلبه": the speaker's wish, not ours).
WITHHOLD["cite_only_as"].extend(
    [
        r"atribu\w* (?:\w+ ){0,2}(?:apenas|somente|só|unicamente|exclusivamente) (?:a|à) [\"“«]?uma?\b",
        r"atribu\w* (?:\w+ ){0,2}(?:solo|sólo|solamente|únicamente|exclusivamente) a [\"“«]?una?\b",
        r"attribu\w* (?:\w+ ){0,2}(?:uniquement|seulement|exclusivement) à [\"“«]?une?\b",
        r"attributed (?:\w+ ){0,2}(?:only|solely|simply) to [\"“']?an?\b",
    ]
)
PARTICIPANTS.append(r"(?:ال)?متحدث(?:ه|ين|ون)?\b")
# "仅供参考" closes a letter's opinions as a courtesy; as a file name or a header it restricts use.
NOTICE_ONLY_MARKERS.append(r"(?:仅|只)供参考")
