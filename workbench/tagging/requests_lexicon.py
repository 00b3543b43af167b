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
    "en": [r"we (?:\w+ )?(?:ask|request|require|prefer|wish|want|insist|need|expect|trust|urge you|kindly)",
           r"i (?:\w+ )?(?:ask|request|prefer|wish|want|insist|need)", r"please\b", r"pls\b", r"kindly\b",
           r"we(?:'d| would)", r"i(?:'d| would)", r"prefer(?:s)? (?:not|that|to)\b", r"wish(?:es)? (?:not|that|to)\b",
           r"would (?:like|prefer|rather|appreciate|ask)", r"asks? (?:that|not|you|for)\b", r"requests? (?:that|not|you)\b", r"(?:we|i) do(?: not|n't) (?:want|wish|consent|agree|authori)",
           r"(?:we|i) (?:are|am) not (?:comfortable|willing|happy)", r"grateful if", r"appreciate (?:it )?if",
           r"request(?:ed)? that", r"ask(?:ed)? that", r"on (?:the )?condition", r"provided that", r"may we",
           r"could you", r"would you", r"if (?:at all )?possible", r"at (?:our|my|the submitter'?s?|the author'?s?) request",
           r"by request", r"upon request", r"at the request of", r"(?:as|was|were|been|has|have) (?:\w+ )?(?:requested|asked)", r"it is (?:requested|our wish|asked)", r"our (?:request|wish|preference)",
           r"(?:^|(?<=[:;,(–—-] )|(?<=\.\.\. ))do(?: not|n't)\b", r"(?:^|(?<=[:;,(–—-] ))never (?:publish|post|name|identify|mention|share|disclose)",
           r"(?:we|i)(?:'d| would) rather", r"we object", r"(?:we|i) (?:have not|haven't|did not|didn't) (?:consent|agree|authori)",
           r"without (?:our|my) (?:consent|permission|agreement)", r"not without",
           r"(?:does|do) not (?:\w+ )?(?:consent|authori[sz]e|agree|permit|give (?:its|their|our|my) (?:consent|permission|agreement))"],
    "es": [r"(?:le |les |os |te )?(?:pedimos|solicitamos|rogamos|ruego|pido|solicito|suplicamos|exigimos)",
           r"por favor", r"favor de", r"agradecer(?:ía|íamos|emos|é)", r"prefer(?:imos|iríamos|iría|ible)",
           r"(?:no )?(?:deseamos|queremos|quisiéramos|quisiera|deseo|quiero)", r"nos gustaría", r"me gustaría",
           r"se (?:ruega|solicita|pide)", r"tenga(?:n)? a bien", r"sírvan?se", r"a (?:petición|pedido|solicitud) (?:de|nuestr)", r"porfa", r"porfis", r"x ?favor\b",
           r"(?<!que )no (?:lo |la |los |las |nos |me )?(?:publiqu|difund|mencion|nombr|identifiqu|cit|compart|divulgu|revel|sub)\w*(?:en|es)\b",
           r"no (?:autorizamos|consentimos|aceptamos|damos (?:nuestro )?consentimiento)", r"(?:nuestra|mi) (?:solicitud|petición)",
           r"le (?:agradeceríamos|rogaríamos)", r"en lo posible", r"de ser posible", r"sin (?:nuestro|mi) consentimiento",
           r"no (?:autoriz|consient|acept|permit)(?:o|a|an|amos)\b", r"no (?:da|dan|doy|damos) (?:su |nuestro |mi )?(?:consentimiento|autorización|permiso)"],
    "fr": [r"nous (?:vous )?(?:demandons|prions|souhait|préfér|voudrions|aimerions|sollicitons|insistons|tenons à)",
           r"je (?:vous )?(?:demande|prie|souhaite|préfère|voudrais|sollicite)", r"veuillez", r"merci de",
           r"prière de", r"vous êtes pri", r"s'il vous pla[iî]t", r"svp\b", r"(?:nous|je) (?:vous )?serions? reconnaissant",
           r"(?:nous|je) vous saurions gré", r"(?:nous|je) vous saurais gré", r"nous ne (?:souhaitons|voulons|désirons) pas",
           r"nous n'autorisons pas", r"nous ne consentons pas", r"à (?:notre|ma) demande", r"il est demandé", r"à la demande de",
           r"(?:nous|je) préfér", r"si possible", r"je ne (?:veux|souhaite|désire) pas", r"nous ne voulons pas", r"dans la mesure du possible", r"sans (?:notre|mon) (?:accord|consentement)",
           r"(?:nous|je) (?:vous )?remerci(?:ons|e) de", r"bien vouloir",
           r"(?:ne|n') ?(?:donne|donnent|donnons|autorise|autorisent|autorisons|accepte|acceptent|acceptons|consent|consentent|consentons) pas",
           r"ne (?:le |la |les |nous |me )?(?:publiez|diffusez|mentionnez|citez|nommez|identifiez|divulguez|partagez|communiquez|mettez) pas"],
    "pt": [r"(?:pedimos|solicitamos|solicito|peço|rogamos|roga-se|pede-se|solicita-se)", r"por favor", r"favor não",
           r"agradec(?:emos|eríamos|eria|eremos)", r"prefer(?:imos|iríamos|iria|ível)", r"(?:não )?(?:desejamos|queremos|gostaríamos|gostaria|quero|desejo)",
           r"não (?:autorizamos|consentimos|aceitamos|damos (?:o nosso )?consentimento)", r"a (?:pedido|pedidos|solicitação) (?:de|noss)", r"a pedido d",
           r"(?:nosso|meu) (?:pedido|desejo)", r"se possível", r"pfv\b", r"por gentileza",
           r"(?<!que )não (?:o |a |os |as |nos |me )?(?:publiqu|divulgu|mencion|nomei|identifiqu|cit|compartilh|partilh|revel)\w*(?:em|es)\b", r"sem (?:o nosso|nosso|meu|o meu) consentimento",
           r"não (?:autoriz|consint|consent|aceit|permit)(?:o|a|am|amos)\b", r"não (?:dá|dão|dou|damos) (?:o seu |o nosso |o meu )?(?:consentimento|autorização)"],
    "ru": [r"(?:убедительно |настоятельно )?(?:просим|прошу)", r"просьба", r"пожалуйста", r"(?:будем|были бы|буду|был бы) (?:вам )?(?:признательн|благодарн)",
           r"(?:мы )?(?:хотели бы|хотим|не хотим|предпочли бы|предпочитаем|желаем|не желаем)", r"(?:мы )?не (?:разрешаем|даём|даем|согласны|даю)",
           r"по (?:нашей|моей|его|её|ее|их) просьбе", r"попрос", r"попрош", r"не \w+(?:йте|ите)\b", r"по возможности", r"без (?:нашего|моего) (?:согласия|разрешения)",
           r"не (?:дают?|даёт|даем|даём|даю) (?:своего |нашего )?(?:согласия|разрешения)", r"не разреша(?:ет|ют|ем|ю)\b"],
    "de": [r"(?:wir|ich) (?:\w+ )?(?:bitten|bitte|ersuchen|ersuche|möchten|möchte|wünschen|wünsche|bevorzugen|verlangen|legen wert)",
           r"bitte\b", r"(?:wir|ich) wären? (?:ihnen )?dankbar", r"(?:wir|ich) würden?", r"ziehen es vor", r"lieber\b",
           r"(?:wir|ich) (?:sind|bin) nicht einverstanden", r"(?:wir|ich) stimmen? nicht zu", r"auf (?:unseren|meinen|unser|mein) (?:ausdrücklichen )?wunsch",
           r"(?:es )?wird (?:darum )?gebeten", r"wenn möglich", r"ohne (?:unsere|meine) (?:zustimmung|einwilligung|erlaubnis)",
           r"wir wollen", r"ich will", r"(?:ist|sind|bin) nicht einverstanden", r"stimm(?:t|en|e) (?:\w+ ){0,4}nicht zu", r"keine (?:zustimmung|genehmigung|erlaubnis)", r"(?:bitten|ersuchen|möchten|wünschen|würden|wären|bevorzugen) wir",
           r"\w+en sie (?:\w+ ){0,5}(?:nicht|keine)"],
    "ar": [r"يرجي", r"نرجو", r"ارجو", r"الرجاء", r"رجاء", r"برجاء", r"نطلب", r"اطلب", r"نلتمس", r"التمس", r"نامل", r"نفضل",
           r"نود", r"اود", r"نريد", r"نرغب", r"لا نرغب", r"لا نريد", r"نتمني", r"ممتنين", r"ممتنا", r"نشكركم علي عدم", r"بناء علي طلب",
           r"لا نوافق", r"لا نسمح", r"لا ناذن", r"دون موافقتنا", r"بدون موافقتنا", r"لا ت[\u0621-\u064a]+(?:وا|ون|ي)\b", r"نحث",
           # dialect: whole words only ("نبغي" is inside "ينبغي", should)
           r"(?<![\u0621-\u064a])[وف]?(?:بدنا|بدي|تكفون|تكفي|عايزين|بغينا|نبغي|بليز|خلو|خلوا|منوافق|موافقين|نحب)(?![\u0621-\u064a])",
           r"الله يخلي", r"من فضلك", r"لو سمحت", r"ارجوك",
           r"(?<![\u0621-\u064a])ما ت[\u0621-\u064a]+(?:وا|ون|ي|وش|وهوش|هاش)\b", r"لا (?:ت|ي)?(?:وافق|سمح|اذن|ماذن)"],
    "zh": [r"(?<![申邀聘提])请(?!求|愿|示)", r"恳请", r"烦请", r"敬请", r"务请", r"我(?:们|方)?(?:不)?(?:希望|要求|请求|愿意|宁愿)", r"恳求", r"拜托", r"务必",
           r"切勿", r"万勿", r"勿", r"不要", r"(?<![性区特个类分识告辨鉴差级派离])别(?!人)", r"未经我们", r"如可能", r"我们倾向", r"我们更希望", r"麻烦", r"劳驾", r"拜托", r"应.{0,6}要求",
           r"谢谢", r"感谢"],
}

# A wish in the third person speaks for the submitter only when its subject is the submitter
# ("the authoring organisation does not wish to be identified"), not for others ("victims prefer …").
FRAME_THIRD = {
    "en": [r"(?:does|do) not (?:wish|want)", r"(?:wishes|wants|prefers|asks|requests) (?:not|that|to)\b"],
    "es": [r"(?:no )?(?:desea|desean|quiere|quieren|prefiere|prefieren|pide|piden|solicita|solicitan)\b"],
    "fr": [r"(?:ne )?(?:souhaite|souhaitent|désire|désirent|veut|veulent|préfère|préfèrent|demande|demandent)\b"],
    "pt": [r"(?:não )?(?:deseja|desejam|quer|querem|prefere|preferem|pede|pedem|solicita|solicitam)\b"],
    "ru": [r"(?:не )?(?:хочет|хотят|желает|желают|предпочитает|предпочитают|просит|просят)\b"],
    "de": [r"(?:möchte|möchten|wünscht|wünschen|bittet|bevorzugt)\b"],
    "ar": [r"يرغب", r"ترغب", r"يفضل", r"تفضل", r"يطلب", r"تطلب"],
    "zh": [r"希望", r"要求", r"请求", r"不愿", r"宁愿", r"最好", r"盼望", r"但愿", r"不(?:同意|允许|授权|准许)"],
}

# Saying a mention is not wanted ("eine Nennung … ist nicht erwünscht").
FRAME["unwanted"] = [r"(?:is|are) not (?:desired|wanted|wished|welcome)", r"undesirable", r"nicht erwünscht", r"unerwünscht", r"no (?:es|está|son|están) desead",
                     r"no se desea", r"n'est pas souhait", r"non souhait", r"não (?:é|são) desejad", r"нежелательн", r"غير مرغوب"]

# A reason for safety, or permission given only without the name: the submitter's own condition
# (counts as a frame when the sentence speaks of the submission or the submitter).
FRAME_THIRD["reasons"] = [
    r"for (?:security|safety) reasons", r"for reasons of (?:security|safety)", r"given the risks?\b", r"to protect (?:our|the safety|the security)",
    r"por (?:razones|motivos|cuestiones) de seguridad", r"pour des raisons de sécurité", r"par mesure de sécurité", r"por (?:razões|motivos|questões) de segurança",
    r"по соображениям безопасности", r"в целях безопасности", r"aus sicherheitsgründen", r"zum schutz", r"لاسباب امنيه", r"حفاظا علي (?:سلامه|امن)",
    r"出于安全考虑", r"为安全起见", r"基于安全考虑",
    r"(?:may|can) be used (?:\w+ ){0,3}without", r"pued(?:e|en) (?:ser )?utilizad\w* (?:\w+ ){0,3}sin", r"peu(?:t|vent) être utilisée?s? (?:\w+ ){0,3}sans",
    r"pode(?:m)? ser utilizad\w* (?:\w+ ){0,3}sem", r"(?:можно|может быть) использова\w* (?:\w+ ){0,3}без", r"(?:kann|darf|können|dürfen) (?:\w+ ){0,4}ohne",
    r"يمكن استخدام .{0,30}(?:دون|بدون)", r"可以使用.{0,10}但"]

# Requests for a condition, and consent given only under one ("we authorise publication without …").
FRAME["conditions"] = [
    r"request(?:s)? for\b", r"solicitud de\b", r"petición de\b", r"demande d", r"pedido de\b", r"просьба об?\b", r"antrag auf\b", r"bitte um\b", r"طلب عدم",
    r"طلب (?:ال)?(?:سريه|اخفاء|حجب)", r"匿名请求", r"保密请求", r"请求匿名", r"siempre (?:y cuando|que)\b", r"à condition (?:que|de)\b", r"pourvu qu(?:e\b|')", r"à condition qu'", r"desde que\b",
    r"при условии\b", r"sofern\b", r"unter der bedingung", r"vorausgesetzt", r"بشرط", r"شريطه", r"前提是", r"条件是",
    r"(?:authori[sz]e|consent to|agree to) (?:\w+ ){0,4}(?:without|provided|only if|on condition)", r"autoriz\w* (?:\w+ ){0,4}(?:sin|sem|siempre|desde que|solo si|apenas se)",
    r"autoris\w* (?:\w+ ){0,4}(?:sans|à condition|pourvu)", r"(?:разреша|соглас)\w* (?:\w+ ){0,4}(?:без|при условии)",
    r"(?:erlauben|genehmigen|stimmen|einverstanden)\w* (?:\w+ ){0,4}(?:ohne|sofern|unter der)", r"(?:نوافق|نسمح|موافق) .{0,30}(?:دون|بدون|بشرط)", r"同意.{0,10}(?:但|前提)"]

# Obligations and subjunctives: a request when their object is this submission or its author.
MODAL = {
    "en": [r"must\b", r"should\b", r"shall\b", r"(?:is|are) (?:not )?to be\b", r"not to be\b", r"not be\b", r"may not\b", r"ought\b", r"needs? to\b", r"ha(?:s|ve) to\b", r"will not\b", r"won't\b", r"is not for\b"],
    "es": [r"deb(?:e|en|erá|erán|ería|erían)\b", r"ha(?:n)? de\b", r"que no\b", r"no ha de\b",
           r"no es para\b", r"no para\b"],
    "fr": [r"doi(?:t|vent)\b", r"devr(?:a|ont|ait|aient)\b", r"ne saurai", r"à ne pas\b", r"ne (?:soi(?:t|ent)|soyez) pas\b",
           r"n'est pas destiné", r"ne (?:sont|est) pas destiné", r"non destiné", r"pas destiné", r"qu'(?:il|elle)s? ne"],
    "pt": [r"dev(?:e|em|erá|erão|eria|eriam)\b", r"que não\b", r"não seja", r"não sejam",
           r"não (?:é|se destina) (?:para|a)\b", r"não se destina"],
    "ru": [r"должн", r"следует\b", r"нельзя\b", r"не подлеж", r"необходимо\b", r"надлежит\b", r"чтобы\b", r"не для\b",
           r"не предназначен"],
    "de": [r"soll(?:en|te|ten)?\b", r"darf\b", r"dürfen\b", r"muss\b", r"müssen\b", r"(?:ist|sind) nicht (?:\w+ )?zu\b", r"nicht zu\b",
           r"nicht für\b", r"nicht zur\b", r"nicht bestimmt"],
    "ar": [r"يجب", r"ينبغي", r"لا يجوز", r"يتعين", r"يلزم", r"الا يتم", r"ان لا", r"ليس لل", r"غير مخصص", r"لا يراد"],
    "zh": [r"不得", r"不应", r"不能", r"不可", r"必须", r"须", r"不宜", r"应当", r"应", r"不予", r"不作", r"非供", r"不供"],
}

# Negations; an act is refused when one stands shortly before it (German also after it).
NEG = {
    "en": [r"not\b", r"(?<=\w)n't\b", r"no\b", r"never\b", r"without\b", r"refrain", r"avoid", r"nor\b", r"neither\b",
           r"rather than\b", r"instead of\b", r"except\b", r"exclud", r"anything but\b", r"under no circumstances",
           r"(?:we|i) (?:\w+ )?(?:refuse|object to|oppose|decline)", r"nothing\b", r"none\b", r"nobody\b", r"no one\b"],
    "es": [r"no\b", r"sin\b", r"nunca\b", r"ni\b", r"absten", r"abstén", r"evit", r"exclu", r"salvo\b", r"excepto\b", r"ningún\b", r"ninguna\b", r"ningun\w*", r"nos oponemos", r"rechazamos", r"en ningún caso", r"nada\b", r"nadie\b"],
    "fr": [r"ne\b", r"n'", r"pas\b", r"sans\b", r"jamais\b", r"ni\b", r"aucune?\b", r"(?:s')?absten", r"(?:s')?abstenir", r"évit", r"non\b", r"exclu", r"nous (?:refusons|nous opposons)", r"en aucun cas", r"rien\b", r"personne ne\b"],
    "pt": [r"não\b", r"nao\b", r"sem\b", r"nunca\b", r"nem\b", r"nenhuma?\b", r"abst", r"evit", r"exclu", r"recusamos", r"opomo", r"em hipótese alguma",
           r"de modo algum", r"jamais\b", r"nada\b", r"ninguém\b"],
    "ru": [r"не\b", r"ни\b", r"без\b", r"нельзя\b", r"воздерж", r"избега", r"исключ", r"возражаем", r"против\b", r"ни в коем случае", r"ничего\b", r"никто\b", r"нигде\b"],
    "de": [r"nicht\b", r"kein", r"ohne\b", r"nie\b", r"niemals\b", r"weder\b", r"verzicht", r"abzusehen", r"absehen", r"unterlass",
           r"keinesfalls\b", r"auf keinen fall", r"lehnen", r"widersprechen", r"ausgeschlossen", r"nichts\b", r"niemand\b", r"nirgend"],
    "ar": [r"(?<![\u0621-\u064a])[وفب]{0,2}(?:لا|عدم|دون|بدون|لم|لن|ليس|ليست|غير|الا|الامتناع|امتناع|تجنب|نمتنع|الاحجام|نرفض|مش|بلاش|بلاهاش)(?![\u0621-\u064a])",
           r"(?<![\u0621-\u064a])ما(?= [تين])", r"(?<![\u0621-\u064a])ما (?:بد|منوافق|نبغي|نحب|عايزين)", r"ما منوافق", r"(?:لا|مش|ما) (?:نوافق|موافقين)"],
    "zh": [r"不(?!同|断|仅|少|足|平等|公)", r"勿", r"(?<![性区特个类分识告辨鉴差级派离])别(?!人)", r"未(?!成年)", r"无(?!论|法)", r"非(?!政府|法|常|营利)",
           r"免(?!费)", r"毋", r"莫", r"避免", r"拒绝", r"反对", r"删", r"去掉"],
}
# Negations that follow the verb they refuse (German verb-second: "Bitte veröffentlichen Sie … nicht").
NEG_AFTER = {"de": [r"nicht\b", r"keinesfalls\b", r"auf keinen fall"],
             # "Publication of this document is not permitted", "Публикация … НЕ допускается".
             "en": [r"(?:is|are|be) not (?:permitted|allowed|authori[sz]ed|acceptable)", r"(?:is|are) (?:strictly )?prohibited", r"(?:is|are) forbidden"],
             "es": [r"no (?:está|están|queda|quedan) (?:permitid|autorizad)", r"(?:queda|quedan|está|están) (?:estrictamente )?prohibid", r"no se permite"],
             "fr": [r"n'est pas (?:permis|autorisé|admis)", r"ne sont pas (?:permis|autorisé|admis)", r"(?:est|sont) (?:strictement )?interdit"],
             "pt": [r"não (?:é|são) (?:permitid|autorizad)", r"(?:é|são|fica|ficam) (?:estritamente )?proibid", r"não se permite"],
             "ru": [r"не допуска", r"не разреша", r"(?:строго )?запрещ", r"не подлеж"],
             "de_deontic": [r"(?:ist|sind) nicht (?:gestattet|erlaubt|zulässig)", r"(?:ist|sind) (?:streng )?(?:untersagt|verboten)"],
             "ar": [r"غير مسموح", r"ممنوع", r"محظور", r"لا يسمح"], "zh": [r"不允许", r"不得", r"禁止"]}

# Acts of publication: refused about the submission itself they mean do_not_publish.
PUBLISH = {
    "en": [r"publi(?:sh|cation|cly)", r"post(?:s|ed|ing)?(?![\w-])", r"mak(?:e|ing) (?:\w+ ){0,3}public", r"made (?:\w+ )?public",
           r"online\b", r"plac(?:e|ed|ing) (?:\w+ ){0,2}(?:on|online)\b", r"upload", r"circulat", r"distribut",
           r"disseminat", r"shar(?:e|ed|es|ing)\b", r"releas", r"reproduc", r"print", r"display", r"forward", r"broadcast",
           r"made available", r"mak(?:e|ing) (?:\w+ )?available", r"web ?site", r"(?:the |our |your )?web\b", r"go(?:es)? online", r"appear(?:s|ing)? (?:on|in)\b", r"publicis", r"publiciz"],
    "es": [r"publi(?:c|q)", r"hac(?:er|erse|erla|erlo|erlos|erlas) públic", r"se haga públic", r"hag(?:a|an) públic", r"difund", r"difusión",
           r"divulg", r"circul", r"distribu", r"compart", r"subir", r"sub(?:a|an)\b", r"colg", r"poner (?:\w+ ){0,2}(?:en línea|en internet|en la web)",
           r"reproduc", r"dar a conocer", r"sitio web", r"página web", r"pon(?:er|erlo|erla|ga|gan) a disposición", r"aparec", r"expon", r"exhib"],
    "fr": [r"publi(?:e|é|er|cation|ons)", r"publiquement", r"rend(?:re|u|ue|us|ues) public", r"diffus", r"divulg", r"circul", r"faire circuler",
           r"distribu", r"partag", r"mett(?:re|ez) (?:\w+ ){0,2}en ligne", r"mis(?:e|es)? en ligne", r"afficher", r"affich", r"site (?:web|internet)",
           r"reprodui", r"communi[qc]", r"transmett", r"porter à la connaissance", r"apparaî", r"figurer", r"apparai"],
    "pt": [r"publi(?:c|q)", r"tornad[oa]s? públic", r"torn(?:ar|e|em) públic", r"divulg", r"difund", r"circul", r"distribu", r"partilh",
           r"compartilh", r"coloc(?:ar|ado|ada|ados|adas) (?:\w+ ){0,2}(?:online|em linha|na internet)", r"disponibiliz", r"reproduz",
           r"apare(?:c|ç)", r"expor\b", r"exib", r"sítio", r"site\b", r"página"],
    "ru": [r"публик", r"опубликов", r"размещ", r"размест", r"разглаш", r"распростран", r"обнародов", r"предава\w* огласк",
           r"преда\w* огласк", r"делать публичн", r"сделать публичн", r"выклад", r"выложить", r"пересыла", r"переда(?:ва)?\w* треть",
           r"воспроизвод", r"в открыт\w+ доступ", r"в интернет", r"на сайте", r"фигурир", r"появ(?:ля|ит)"],
    "de": [r"veröffentlich", r"publizier", r"publikation", r"öffentlich (?:\w+ )?(?:machen|gemacht|zugänglich)", r"online (?:\w+ )?stell",
           r"ins (?:internet|netz) (?:\w+ )?stell", r"verbreit", r"weiterg", r"weiterzugeben", r"weiterleit", r"teilen\b", r"geteilt",
           r"zugänglich", r"hochlad", r"abdruck", r"abgedruckt", r"bekannt ?(?:geben|gegeben|zu geben|machen|gemacht)", r"zirkulier", r"webseite", r"website", r"homepage", r"internetseite",
           r"in umlauf", r"erschein"],
    "ar": [r"نشر", r"ينشر", r"تنشر", r"النشر", r"منشور", r"تعميم", r"يعمم", r"تعمم", r"اعلان", r"الاعلان", r"علني", r"علنا", r"الملا",
           r"مشارك", r"تشارك", r"اتاح", r"يتاح", r"تتاح", r"الانترنت", r"الموقع", r"تداول", r"توزيع", r"ابلاغ الغير"],
    "zh": [r"公开", r"公布", r"发布", r"发表", r"刊登", r"刊载", r"上网", r"网上", r"网站", r"在线", r"张贴", r"转发", r"传播", r"散发",
           r"分发", r"分享", r"外传", r"出现", r"刊出", r"露出", r"外泄", r"流传", r"登载", r"披露于", r"对外"],
}

# Acts of naming or identifying: refused, they mean withhold_name.
NAME = {
    "en": [r"nam(?:e|ed|es|ing)\b(?! (?:of|and)\b)", r"identif", r"mention", r"attribut", r"list(?:ed|ing)?\b", r"includ", r"cit(?:e|ed|es|ing)\b",
           r"credit", r"reveal", r"disclos", r"divulg", r"quot(?:e|ed|ing)\b", r"refer(?:red|ring)? to\b", r"acknowledg", r"associat",
           r"link(?:ed|ing)? (?:\w+ )?to\b", r"expos", r"specify", r"sign(?:ed)? (?:by|with)", r"trac(?:e|ed|es|ing|eable)\b", r"point(?:s|ed|ing)? to\b"],
    "es": [r"nombr(?:e|ar|en|ado|ados|ada|adas)\b", r"mencion", r"identific", r"atribu", r"cit(?:ar|e|en|ado|ada|ados|adas)\b", r"incluy",
           r"inclu(?:ir|ido|ida|idos|idas|ya|yan)\b", r"revel", r"divulg", r"listar", r"enumer", r"referi", r"hacer referencia",
           r"señal", r"asoci", r"vincul", r"expon", r"acredit", r"dar (?:a conocer|el nombre)", r"figur(?!es\b)", r"consign", r"firm(?:a|e|ada)"],
    "fr": [r"nomm", r"mentionn", r"identifi", r"attribu", r"cit(?:er|é|ée|és|ées|ions|iez|e|ent)\b", r"inclu", r"révél", r"divulg", r"lister",
           r"énumér", r"fai(?:re|tes) référence", r"signal", r"associ", r"lier\b", r"expos", r"figur(?!es\b)", r"désign",
           r"dévoil", r"créditer"],
    "pt": [r"nome(?:ar|ado|ada|ados|adas)\b", r"mencion", r"identific", r"atribu", r"cit(?:ar|e|em|ado|ada|ados|adas)\b", r"inclu(?:ir|a|am|ído|ída|ídos|ídas)\b",
           r"revel", r"divulg", r"listar", r"enumer", r"fazer referência", r"refer(?:ir|ência)", r"associ", r"vincul",
           r"expor\b", r"expost", r"constar", r"figur(?!es\b)", r"creditar", r"assinal"],
    "ru": [r"упомин", r"упомян", r"называ", r"назва(?:ть|ли|но|ны)\b", r"назов", r"идентифиц",
           r"ссыла", r"сослат", r"ссылк", r"цитир", r"приписыва", r"приписать", r"раскрыва", r"раскры(?:ть|т|та|ты)\b", r"разглаш",
           r"включ", r"перечисл", r"атрибу", r"связыва", r"выда(?:ть|вать)", r"огласк", r"обнаро", r"привод", r"привест", r"фигурир"],
    "de": [r"nenn", r"genannt", r"namentlich", r"erwähn", r"identifizier", r"zuordn", r"zugeordnet", r"zuschreib", r"zugeschrieben", r"zitier", r"zuzuordnen", r"zuzuschreiben", r"zu nennen", r"zu erwähnen",
           r"aufführ", r"aufgeführt", r"aufzuführen", r"auflist", r"aufnehm", r"aufgenommen", r"offenleg", r"offengelegt", r"offenzulegen",
           r"preisgeb", r"preisgegeben", r"preiszugeben", r"enthüll", r"verweis", r"bezug nehm", r"angeb", r"angegeben", r"anzugeben",
           r"kenntlich", r"erkennbar", r"in verbindung (?:\w+ )?(?:bring|gebracht)", r"bekannt ?(?:geben|gegeben|zu geben|machen|gemacht)"],
    "ar": [r"ذكر", r"يذكر", r"تذكر", r"تسمي", r"تسميه", r"ذكر اسم", r"الاشاره", r"الاشار", r"الكشف", r"كشف", r"يكشف", r"تكشف", r"الافصاح",
           r"افصاح", r"يفصح", r"تحديد هويه", r"تحديد الهويه", r"التعريف", r"نسب", r"ينسب", r"تنسب", r"اسناد", r"ادراج", r"ادرج", r"يدرج",
           r"اقتباس", r"الاستشهاد", r"ايراد", r"يورد", r"تورد", r"كتابه", r"يكتب", r"تكتب", r"نكتب", r"الاعتراف", r"اظهار", r"يظهر", r"تظهر", r"ابراز", r"الاعلان عن"],
    "zh": [r"提及", r"提到", r"点名", r"署名", r"具名", r"指名", r"列出", r"列入", r"列明", r"引用", r"注明", r"标明", r"表明", r"透露",
           r"披露", r"泄露", r"揭示", r"写", r"暴露", r"识别", r"辨认", r"归于", r"归属", r"致谢", r"写出", r"提名", r"说出"],
}

# Acts that withhold by themselves (no negation needed): "please withhold our name".
WITHHOLD = {
    "en": [r"withh[eo]ld", r"omit", r"(?:attributed|credited) (?:\w+ ){0,2}(?:only )?to [\"“«']?(?:an?|one|some)\b",
           r"(?:referred|described|identified|cited|listed|mentioned) (?:\w+ ){0,2}(?:only )?(?:to )?as [\"“«']?(?:an?|one|some)\b", r"redact", r"anonymi[sz]", r"de-?identif", r"remov(?:e|ed|ing) (?:\w+ ){0,3}(?:name|identit|detail|reference|logo)",
           r"delet", r"leave (?:\w+ ){0,2}out\b", r"left out\b", r"keep (?:\w+ ){0,3}(?:out|off)\b", r"black(?:ed)? out", r"mask", r"pseudonymi",
           r"(?:keep|kept|treat|treated|handl|hold|held|maintain|consider|regard)\w* (?:\w+ ){0,6}(?:as |in )?(?:strictly |strict |highly )?(?:confidential|confidence|private|secret|anonymous|restricted)",
           r"(?:remain|stay|be|being|kept|keep) anonymous", r"protect (?:\w+ ){0,2}(?:identit|anonymity|name)", r"anonymity", r"confidentiality\b"],
    "es": [r"omit", r"retir(?:ar|e|en|ada|ado) (?:\w+ ){0,3}(?:nombre|referencia|identidad|logo|dato)",
           r"(?:atribu|mencion|identific|refer|cit)\w* (?:\w+ ){0,3}(?:únicamente |solo |sólo )?como (?:una?|un)\b", r"reserv(?:ar|e|en|ado|ada|a) (?:\w+ ){0,3}(?:nombre|identidad|datos)", r"(?:nombre|identidad|datos)\w* (?:\w+ ){0,3}(?:en reserva|reservad)",
           r"anonimi[zc]", r"suprim", r"elimin(?:ar|e|en) (?:\w+ ){0,3}(?:nombre|referencia|identidad|dato)", r"(?:se )?mantenga(?:n)? (?:\w+ ){0,3}(?:reserva|confidencial|anónim|secreto)",
           r"(?:mantener|mantenga|mantengan|mantuviera|mantuvieran|mantuviese|tratar|trate|traten|tratada|tratado|considerar|considere|guardar|guarde|conservar)\w* (?:\w+ ){0,6}(?:con carácter |de forma |en |como )?(?:estrictamente )?(?:confidencial|reserva|reservad|secreto|anónim|privad)",
           r"permanec(?:er|a|amos) (?:en el )?anónim", r"anonimato", r"confidencialidad", r"proteg(?:er|a|an) (?:\w+ ){0,2}identidad", r"tachar", r"ocult"],
    "fr": [r"omett", r"(?:attribu|mentionn|identifi|désign|cit)\w* (?:\w+ ){0,3}(?:uniquement |seulement )?(?:comme|à) une?\b", r"omis\b", r"taire\b", r"tai(?:se|sent|sez)\b", r"anonymis", r"supprim", r"retir(?:er|ez) (?:\w+ ){0,3}(?:nom|référence|identité|logo)",
           r"(?:garder|gardez|traiter|traitez|traitée?s?|considér\w*|conserver|maintenir|tenir)\w* (?:\w+ ){0,6}(?:comme |de manière |à titre |en )?(?:strictement )?(?:confidenti|secret|anonym|privé|réservé)",
           r"(?:rester|reste|restions|demeurer) anonym", r"anonymat", r"confidentialité", r"protég\w* (?:\w+ ){0,2}identité", r"occult", r"masqu", r"caviard", r"expurg"],
    "pt": [r"omit", r"(?:atribu|mencion|identific|referi|cit)\w* (?:\w+ ){0,3}(?:apenas |somente )?como uma?\b", r"anonimiz", r"suprim", r"remov(?:er|a|am) (?:\w+ ){0,3}(?:nome|referência|identidade)", r"retir(?:ar|e|em) (?:\w+ ){0,3}(?:nome|referência|identidade)",
           r"(?:manter|mantenha|mantenham|tratar|trate|tratem|tratado|tratada|considerar|considere|guardar|guarde|preservar)\w* (?:\w+ ){0,6}(?:como |de forma |em |com )?(?:estritamente )?(?:confidencial|sigilo|sigilos|segredo|reserva|anónim|anônim|privad)",
           r"permanec(?:er|a|amos) anónim", r"permanec(?:er|a|amos) anônim", r"anonimato", r"confidencialidade", r"(?:em|sob|de) sigilo", r"proteg(?:er|a|am) (?:\w+ ){0,2}identidade", r"ocult", r"preservar (?:\w+ ){0,2}identidade"],
    "ru": [r"(?:сохран|остав|держ)\w* (?:\w+ ){0,4}(?:в тайне|в секрете|анонимн|конфиденциальн|в силе конфиденц)", r"анонимност", r"конфиденциальност",
           r"(?:рассматрива|считать|счита)\w* (?:\w+ ){0,4}(?:как )?конфиденциальн", r"обезличи", r"анонимизир", r"исключ\w* (?:\w+ ){0,3}(?:назван|имя|имен|упоминан|ссылк)",
           r"удал\w* (?:\w+ ){0,3}(?:назван|имя|имен|упоминан|ссылк)", r"не раскрыв", r"скрыть", r"скрыва", r"утаи", r"защит\w* (?:\w+ ){0,2}(?:личност|имен|анонимн)", r"засекре"],
    "de": [r"weglass", r"allgemeine (?:angabe|bezeichnung|beschreibung)", r"(?:lösch|entfern)\w* (?:\w+ ){0,3}(?:namen|angaben|daten|logo)", r"wegzulassen", r"auslass", r"auszulassen", r"anonymisier", r"schwärz", r"unkenntlich", r"streich", r"entfern\w* (?:\w+ ){0,3}(?:namen|bezug|logo|identität)",
           r"(?:vertraulich|geheim|anonym)\w* (?:\w+ ){0,3}(?:behandel|halten|bleiben|belassen)", r"(?:behandel|halten|bleib)\w* (?:\w+ ){0,6}(?:streng )?(?:vertraulich|geheim|anonym)",
           r"anonymität", r"vertraulichkeit", r"identität (?:\w+ ){0,3}(?:schütz|geschützt|wahr)", r"unter verschluss", r"verschwieg", r"zurückhalt", r"zurückgehalten"],
    "ar": [r"حجب", r"يحجب", r"تحجب", r"اخفاء", r"اخف", r"يخفي", r"اغفال", r"حذف", r"طمس", r"اسقاط", r"سريه تامه", r"بسريه", r"سري", r"كتمان",
           r"التكتم", r"كتم", r"مجهول", r"اغفال الهويه", r"عدم الافصاح", r"حمايه هوي", r"الحفاظ علي سريه", r"الحفاظ علي هوي", r"التعامل .{0,30}بسريه",
           r"معامله .{0,30}سريه", r"اعتبار .{0,30}سري", r"خصوصيه", r"(?<![\u0621-\u064a])سر(?![\u0621-\u064a])"],
    "zh": [r"保密(?!性)", r"匿名", r"隐去", r"隐匿", r"隐藏", r"隐瞒", r"略去", r"删去", r"删除", r"去除", r"抹去", r"遮盖", r"屏蔽", r"不具名", r"不署名",
           r"作机密", r"视为机密", r"作为机密", r"机密处理", r"保密处理", r"守密", r"隐名", r"删掉", r"去掉", r"拿掉", r"抹掉", r"隐掉"],
}

# Objects: the submitter itself (withhold_name) ...
SELF = {
    "en": [r"(?:our|my) (?:\w+ )?(?:name|names|organi[sz]ation|organi[sz]ations|group|network|association|coalition|collective|centre|center|foundation|institut|ngo|identit|logo|details|contact|affiliation|members|staff|authors?|director|team|community|people|colleagues|partners|involvement|participation|authorship|body|movement|union|office|clinic|project|initiative|platform|alliance|federation|society|trust|committee)",
           r"the authors?(?:'s|s')?\b(?! of\b)", r"(?:the )?sender", r"the submitt(?:er|ing)", r"the writer", r"the signator",
           r"the drafter", r"us\b", r"me\b", r"who (?:we|i) are", r"(?:this|the submitting|the contributing|the undersigned) (?:organi[sz]ation|group|network|person|individual)",
           r"(?:the )?organi[sz]ation'?s? (?:name|identity)", r"name of (?:the |our |this )?(?:organi[sz]ation|author|sender|submitter|group|ngo|network|writer|contributor|signator)",
           r"identity of (?:the |our |this )?(?:organi[sz]ation|author|sender|submitter|group|writer|contributor|signator)", r"(?:the )?source of (?:this|the) (?:submission|information)",
           r"(?:our|my|the) (?:own )?identit", r"(?:our|my) anonymity", r"(?:the )?undersigned", r"ourselves", r"myself"],
    "es": [r"(?:nuestr[oa]s?|mis?) (?:\w+ )?(?:nombre|organización|organizaciones|grupo|red|asociación|colectivo|centro|fundación|instituto|identidad|logo|datos|miembros|integrantes|personal|autor|autora|autores|equipo|comunidad|directora?|colaborador|participación|movimiento|alianza|federación|sociedad|coalición)",
           r"(?:el |la |los |las )autor(?:a|es|as)?\b", r"(?:el |la )?remitente", r"(?:el |la )?(?:firmante|suscrit)", r"(?:el |la )?emisor", r"nos (?=\w*(?:identifi|nombr|mencion|cit|atribu))", r"\w+nos\b",
           r"(?:la |esta )organización (?:remitente|que suscribe|autora|firmante)", r"nombre de (?:la |nuestra |esta )?(?:organización|autor|persona remitente|remitente|entidad)",
           r"identidad (?:de (?:la |nuestra |esta )?(?:organización|autor|remitente|persona)|del (?:autor|remitente))", r"del autor", r"de la autora", r"quienes (?:somos|suscribimos)", r"me\b"],
    "fr": [r"(?:notre|nos|mon|ma|mes) (?:\w+ )?(?:nom|noms|organisation|organisations|groupe|réseau|association|collectif|centre|fondation|institut|identité|logo|coordonnées|membres|personnel|auteure?|auteurs|équipe|communauté|directeur|directrice|participation|mouvement|alliance|fédération|société|coalition|ong|structure)",
           r"(?:l'|les )auteur(?:e|s|es)?\b", r"(?:l'|l’)?expéditeur", r"(?:l'|l’)?expéditrice", r"(?:le |la )?signataire", r"(?:l'|l’)?émetteur", r"nous (?=\w*(?:nomm|cit|identifi|mentionn|attribu|désign))", r"-nous\b", r"me (?=\w*(?:nomm|cit|identifi|mentionn|attribu|désign))",
           r"nom de (?:l'|notre |cette )?(?:organisation|auteur|expéditeur|association|ong)", r"identité (?:de (?:l'|notre |cette )?(?:organisation|auteur|expéditeur|association)|des auteurs)",
           r"(?:l'|cette )organisation (?:soumissionnaire|signataire|auteure|contributrice)", r"qui nous sommes"],
    "pt": [r"(?:noss[oa]s?|meus?|minhas?|o nosso|a nossa) (?:\w+ )?(?:nome|organização|organizações|grupo|rede|associação|coletivo|colectivo|centro|fundação|instituto|identidade|logótipo|logotipo|dados|membros|integrantes|pessoal|autor|autora|autores|equipa|equipe|comunidade|diretora?|participação|movimento|aliança|federação|sociedade|coligação|coalizão|entidade)",
           r"(?:o |a |os |as )autor(?:a|es|as)?\b", r"(?:o |a )?remetente", r"(?:o |a )?signatári", r"(?:o |a )?subscritor", r"nos (?=\w*(?:identifi|nome|mencion|cit|atribu))", r"-nos\b", r"me (?=\w*(?:identifi|nome|mencion|cit|atribu))",
           r"nome d[ao] (?:nossa |nosso |esta )?(?:organização|autor|autora|remetente|entidade)", r"identidade d[ao]s? (?:nossa |nosso )?(?:organização|autor|autora|autores|remetente|entidade)", r"quem somos"],
    "ru": [r"(?:наш|мо[йеяю]|мое|моё)\w* (?:\w+ )?(?:назван|имя|имени|имен|организац|групп|сет|ассоциац|объединени|коллектив|центр|фонд|институт|личност|логотип|данны|сотрудник|член|автор|команд|сообществ|директор|участи|движени|альянс|федерац|обществ|коалиц|инициатив|проект)",
           r"отправител", r"подписант", r"заявител", r"нас\b", r"меня\b", r"нам\b", r"мне\b",
           r"назван\w* (?:\w+ )?организац", r"имя (?:\w+ )?автор", r"личност\w* (?:\w+ )?(?:автор|отправител)", r"кто мы"],
    "de": [r"(?:unser|mein)\w* (?:\w+ )?(?:name|namen|organisation|gruppe|netzwerk|verein|verband|kollektiv|zentrum|stiftung|institut|identität|logo|daten|kontakt|mitglied|mitarbeit|autor|team|gemeinschaft|leitung|beteiligung|bewegung|bündnis|initiative|projekt)",
           r"(?:de[rnms]|die) (?:\w+ )?(?:verfasser|autor|absender|einreicher|unterzeichn)", r"verfasser", r"absender", r"einreichend", r"uns\b", r"mich\b",
           r"namen? (?:der|des|unserer|unseres) (?:\w+ )?(?:organisation|verfasser|autor|absender|einreicher|vereins|gruppe)", r"identität (?:der|des|unserer) (?:\w+ )?(?:organisation|verfasser|autor|absender)", r"wer wir sind"],
    "ar": [r"اسمنا", r"اسمي", r"اسماءنا", r"اسماءنا", r"منظمتنا", r"منظمتي", r"مؤسستنا", r"جمعيتنا", r"شبكتنا", r"مجموعتنا", r"هيئتنا", r"مركزنا",
           r"هويتنا", r"هويتي", r"شعارنا", r"بياناتنا", r"اعضاءنا", r"اعضائنا", r"موظفينا", r"فريقنا", r"ائتلافنا", r"حركتنا", r"اتحادنا", r"مبادرتنا",
           r"المرسل", r"المؤلف", r"الكاتب", r"الجهه المقدمه", r"المنظمه المقدمه", r"الموقع ادناه", r"الموقعين", r"اسم المنظمه", r"اسم الجهه",
           r"اسم المرسل", r"اسم الكاتب", r"اسم المؤلف", r"هويه المرسل", r"هويه الكاتب", r"هويه المؤلف", r"هويه المنظمه", r"هويه الجهه", r"الينا", r"الي منظمتنا", r"الينا"],
    "zh": [r"我们的名称", r"我们的名字", r"我们的姓名", r"我们的组织", r"我们组织", r"本组织", r"我组织", r"本机构", r"我机构", r"本单位", r"本团体", r"我们的机构",
           r"我们的身份", r"我的身份", r"我的名字", r"我的姓名", r"我方", r"作者", r"提交者", r"提交方", r"发件人", r"寄件人", r"来函人", r"撰稿人", r"署名人",
           r"签署人", r"本会", r"我会", r"我名字", r"我姓名", r"我们名字", r"我的名", r"(?:提及|提到|点名|公开|披露|透露|引用|识别|注明)我们", r"我们是谁", r"组织名称", r"机构名称"],
}

# ... the submission itself (with a publication act: do_not_publish) ...
DOC = {
    "en": [r"(?:this|these|our|the present|the attached|the enclosed|my|the submitted) (?:\w+ )?(?:submission|document|report|contribution|annex|information|input|letter|response|paper|text|material|note|communication|e-?mail|message|brief|memo|file|attachment|statement|testimon|dossier|reply|questionnaire|content|case stud|evidence|data|account|appendix|pages|findings|analysis|submitted)",
           r"its (?:content|text)", r"this\b", r"these\b", r"any (?:part|portion) of (?:it|this)", r"herein", r"hereto", r"the (?:submission|contribution)\b",
           r"(?:we|i) (?:send|submit|share|provide|enclose|attach)"],
    "es": [r"(?:esta|este|estos|estas|la presente|el presente|nuestr[oa]s?|dicha|dicho|adjunt[oa]) (?:\w+ )?(?:contribución|comunicación|presentación|aporte|aportación|documento|informe|información|anexo|carta|respuesta|texto|material|nota|correo|mensaje|escrito|testimonio|datos|insumo|insumos|contenido|expediente)",
           r"esto\b", r"(?:lo|la|los|las) (?=publiqu|publicar|difund|divulgu|divulgar|compart|circul|sub)", r"public(?:ar|ad)(?:la|lo|las|los)\b", r"adjunt"],
    "fr": [r"(?:cette|ce|ces|la présente|le présent|notre|nos|ladite|ledit|ci-jointe?) (?:\w+ )?(?:contribution|communication|soumission|document|rapport|information|annexe|lettre|réponse|texte|matériel|note|courriel|message|témoignage|données|contenu|dossier|mémoire|envoi|pièce)",
           r"(?:le|la|les|l') ?(?=publier|publiez|diffuser|diffusez|divulguer|divulguez|partager|partagez|faire circuler|mettre en ligne|citer|citez)", r"ceci\b", r"ci-joint"],
    "pt": [r"(?:este|esta|estes|estas|o presente|a presente|noss[oa]s?|anex[oa]|dit[oa]) (?:\w+ )?(?:contributo|contribuição|comunicação|submissão|documento|relatório|informação|informações|anexo|carta|resposta|texto|material|nota|correio|mensagem|testemunho|dados|conteúdo|dossiê|insumo)",
           r"(?:o|a|os|as) (?=publiqu|publicar|divulgu|divulgar|partilh|compartilh|circul)", r"public(?:á|a)-(?:lo|la|los|las)", r"isto\b", r"anexo"],
    "ru": [r"(?:данн|настоящ|эт|наш|прилагаем|приложенн)\w* (?:\w+ )?(?:материал|представлени|документ|доклад|информаци|вклад|приложени|письм|ответ|текст|записк|сообщени|сведени|данны|содержани|обращени|заявлени)",
           r"(?:его|её|ее|их) (?=о?публик|размещ|размест|распростр)", r"это\b"],
    "de": [r"(?:diese|dieser|dieses|diesen|unsere|unser|unseren|vorliegend|beigefügt|anliegend)\w* (?:\w+ )?(?:stellungnahme|eingabe|beitrag|dokument|bericht|information|anlage|anhang|brief|schreiben|antwort|text|material|notiz|e-?mail|nachricht|zeugnis|daten|inhalt|unterlage|einreichung|papier)",
           r"dies\b", r"hiermit"],
    "ar": [r"(?:هذه|هذا) ?(?:ال)?(?:مساهمه|ورقه|تقرير|وثيقه|مستند|معلومات|رساله|مذكره|ملف|رد|محتوي|ماده|بيانات|شهاده|شهادات|مقترح|اسهام|مدخلات|مشاركه)",
           r"(?:ال)?(?:مساهمه|ورقه|تقرير|وثيقه|مستند|معلومات|رساله|مذكره|ملف|ماده|بيانات|مدخلات) (?:ال)?(?:حاليه|حالي|مرفقه|مرفق|مقدمه|المقدم)",
           r"مساهمتنا", r"ورقتنا", r"تقريرنا", r"وثيقتنا", r"معلوماتنا", r"رسالتنا", r"مذكرتنا", r"ردنا", r"مدخلاتنا", r"مشاركتنا", r"محتواها", r"محتواه"],
    "zh": [r"本文件", r"此文件", r"该文件", r"本报告", r"此报告", r"本材料", r"此材料", r"这份", r"此份", r"本份", r"本提交", r"本意见", r"本资料",
           r"本信", r"此信", r"本函", r"此函", r"本邮件", r"此邮件", r"本来文", r"本文", r"本呈文", r"本答复", r"本回复", r"本稿", r"本投稿", r"本内容",
           r"上述信息", r"以上信息", r"这些信息", r"此信息", r"本信息", r"所提供", r"我们提交", r"我们提供"],
}

# Numbered parts of the submission ("Annex II", "Anlage 3", "Приложение 2"), in every language.
DOC["annex"] = [r"(?:annex|appendix|attachment|enclosure|anexo|annexe|apêndice|anlage|anhang|приложени\w*|ملحق|المرفق رقم)\s?(?:[ivx\d]+\b|[a-d]\b)",
                r"附件[一二三四五六七八九十\d]"]

# ... or other people the submission talks about (withhold_name).
PERSONS = {
    "en": [r"names? (?:\w+ ){0,2}(?:of|for) (?:the |any |our |all )?(?:\w+ )?(?:victim|survivor|person|people|individual|interviewee|witness|participant|informant|respondent|client|activist|defender|member|staff|minor|child|famil|beneficiar|complainant|source|contact|partner|women|men|girls|boys|youth|parent|relative|colleague|volunteer|lawyer|journalist)",
           r"(?:their|his|her|the) (?:\w+ )?(?:names|identit|real names)", r"personal (?:data|details|information)", r"identifying (?:\w+ )?(?:details|information|data)",
           r"any names", r"(?:those|persons|people|individuals|anyone) (?:\w+ )?(?:named|mentioned|quoted|cited|interviewed|involved|concerned|described|featured)",
           r"(?:the |any )?(?:victims|survivors|interviewees|witnesses|informants|respondents|sources|participants|complainants|defenders|activists|individuals|persons|people|women|clients) (?:\w+ )?(?:we |who |mentioned|quoted|cited|named|interviewed|in|of)",
           r"(?:the )?(?:victim|survivor|interviewee|witness|informant|respondent|source|participant|complainant|person)(?:'s|s'|s)? (?:\w+ )?(?:names?|identit)"],
    "es": [r"nombres? (?:de|del) (?:las |los |la |el |nuestr\w+ )?(?:víctima|sobreviviente|superviviente|persona|individuo|entrevistad|testig|participante|informante|cliente|activista|defensor|miembro|integrante|menor|niñ|famil|beneficiari|denunciante|fuente|contacto|mujer|hombre|joven|colega|abogad|periodista)",
           r"(?:sus|los) (?:\w+ )?(?:nombres|identidades)", r"datos personales", r"datos (?:\w+ )?identifica", r"(?:las )?personas (?:\w+ )?(?:mencionadas|citadas|entrevistadas|nombradas|involucradas|que)",
           r"identidad(?:es)? de (?:las |los )?(?:víctima|sobreviviente|persona|entrevistad|testig|fuente|participante|denunciante|defensor|activista)"],
    "fr": [r"noms? (?:des?|du) (?:\w+ )?(?:victime|survivant|personne|individu|interviewé|témoin|participant|informateur|informatrice|client|activiste|militant|défenseur|défenseuse|membre|mineur|enfant|famille|bénéficiaire|plaignant|source|contact|femme|homme|jeune|collègue|avocat|journaliste)",
           r"(?:leurs?|les) (?:\w+ )?(?:noms|identités)", r"données personnelles", r"(?:informations|données|éléments) (?:\w+ )?identifi", r"(?:les )?personnes (?:\w+ )?(?:mentionnées|citées|interrogées|nommées|concernées|qui)",
           r"identités? (?:des?|du) (?:\w+ )?(?:victime|survivant|personne|témoin|source|participant|plaignant|défenseur|militant)"],
    "pt": [r"nomes? d(?:as?|os?|e) (?:\w+ )?(?:vítima|sobrevivente|pessoa|indivíduo|entrevistad|testemunha|participante|informante|cliente|ativista|activista|defensor|membro|integrante|menor|criança|famíli|beneficiári|denunciante|fonte|contacto|contato|mulher|homem|jove|colega|advogad|jornalista)",
           r"(?:seus|os) (?:\w+ )?(?:nomes|identidades)", r"dados pessoais", r"dados (?:\w+ )?identifica", r"(?:as )?pessoas (?:\w+ )?(?:mencionadas|citadas|entrevistadas|nomeadas|envolvidas|que)",
           r"identidades? d(?:as?|os?) (?:\w+ )?(?:vítima|sobrevivente|pessoa|testemunha|fonte|participante|denunciante|defensor|ativista)"],
    "ru": [r"имен\w* (?:\w+ )?(?:жертв|пострадавш|лиц|людей|челов|опрошенн|свидетел|участник|информант|клиент|активист|правозащитник|член|сотрудник|несовершеннолетн|дет|сем|заявител|источник|женщин|мужчин|коллег|адвокат|журналист)",
           r"(?:их|его|её|ее) (?:\w+ )?(?:имена|имя|личност|фамили)", r"персональн\w* данн", r"личн\w* данн", r"(?:упомянут|процитирован|опрошенн|названн)\w* (?:\w+ )?(?:лиц|людей|человек)",
           r"личност\w* (?:\w+ )?(?:жертв|пострадавш|свидетел|источник|участник|заявител|активист)", r"фамили"],
    "de": [r"namen (?:\w+ )?(?:der|des|von) (?:\w+ )?(?:opfer|überlebend|person|mensch|befragt|interviewt|zeug|teilnehm|informant|klient|aktivist|verteidiger|mitglied|mitarbeit|minderjährig|kind|famili|betroffen|beschwerdeführ|quelle|kontakt|frau|männer|mann|jugendlich|kolleg|anwält|journalist)",
           r"(?:ihre|deren|seine) (?:\w+ )?(?:namen|identität)", r"personenbezogen\w* daten", r"persönlich\w* daten", r"identifizierend", r"(?:genannt|erwähnt|zitiert|befragt)\w* (?:\w+ )?personen",
           r"identität (?:\w+ )?(?:der|des) (?:\w+ )?(?:opfer|überlebend|person|zeug|quelle|betroffen|aktivist)"],
    "ar": [r"اسماء", r"اسم الضحي", r"اسم الناج", r"هويه الضحايا", r"هويات", r"هويه الاشخاص", r"هويه الشهود", r"البيانات الشخصيه", r"المعلومات الشخصيه",
           r"الضحايا", r"الناجين", r"الناجيات", r"الشهود", r"الاشخاص المذكور", r"المشاركين", r"المصادر"],
    "zh": [r"受害者的姓名", r"受害人的姓名", r"受害者姓名", r"受害人姓名", r"幸存者", r"姓名", r"个人信息", r"个人资料", r"身份信息", r"当事人", r"受访者",
           r"证人", r"受害者", r"受害人", r"信息来源", r"消息来源"],
}

# Standalone notices: a request on their own where a notice is written (a header, a first
# line, a file name, a property, a comment). Their level when alone.
MARKERS_DO_NOT_PUBLISH = {
    "en": [r"confidential\b", r"confidentially\b", r"in (?:strict(?:est)? )?confidence\b", r"not for (?:\w+ ){0,2}(?:publication|circulation|distribution|dissemination|release|posting|the (?:web|internet|public)|public)",
           r"not (?:to be |for being )?(?:published|posted|circulated|distributed|made public|shared|put online)", r"do not (?:publish|post|circulate|distribute|share|forward|upload|put online)",
           r"eyes only", r"(?:use|information|reference|attention|review|perusal) only\b", r"(?:internal|official|restricted) use\b", r"embargo", r"off the record",
           r"no publication", r"no posting", r"non-public", r"nonpublic", r"draft[ -]+not for", r"subject to confidentiality",
           r"(?:only|solely|exclusively|strictly) for (?:\w+ ){0,5}(?:information|use|reference|perusal|eyes|attention|review|verification|background)"],
    "es": [r"confidencial\b", r"confidencialmente", r"estrictamente reservad", r"reservad[oa]\b", r"de carácter reservado", r"con carácter reservado", r"en confianza\b",
           r"no (?:apto |destinad[oa] )?(?:para|a) (?:su )?(?:publicación|difusión|circulación|distribución)", r"no publicar", r"no difundir", r"no circular", r"no distribuir",
           r"solo para (?:\w+ ){0,5}(?:uso|conocimiento|información|ojos)", r"sólo para (?:\w+ ){0,5}(?:uso|conocimiento|información|ojos)", r"uso (?:exclusivo|interno|oficial)",
           r"embargad", r"bajo embargo", r"no públic[oa]\b", r"sujet[oa] a confidencialidad",
           r"(?:exclusivamente|únicamente|solamente) para (?:\w+ ){0,5}(?:uso|conocimiento|información|verificación)"],
    "fr": [r"confidentiel(?:le)?s?\b", r"confidentiellement", r"strictement réservé", r"à titre confidentiel", r"sous le sceau", r"en toute confidentialité",
           r"(?:non|pas) destiné\w* à (?:la )?(?:publication|diffusion|circulation)", r"ne pas (?:publier|diffuser|circuler|distribuer|mettre en ligne|faire circuler)", r"ne pas être (?:publié|diffusé)",
           r"(?:à l'usage|usage) (?:exclusif|interne|réservé)", r"réservé\w* à l'usage", r"pour (?:\w+ ){0,5}(?:usage|information|attention|lecture) (?:seulement|uniquement|exclusive?)",
           r"à l'attention exclusive", r"diffusion restreinte", r"sous embargo", r"embargo", r"non (?:publiable|publié|public)\b", r"sous réserve de confidentialit",
           r"(?:exclusivement|uniquement|seulement|strictement) (?:pour|à) (?:\w+ ){0,5}(?:usage|information|connaissance|vérification|attention)", r"non (?:communicable|divulgable|diffusable)"],
    "pt": [r"confidencia(?:l|is)\b", r"confidencialmente", r"estritamente reservad", r"reservad[oa]\b", r"sigiloso", r"sigilosa", r"em sigilo", r"em confiança\b",
           r"não (?:se destina |destinad[oa] )?(?:para|a) (?:a )?(?:publicação|divulgação|circulação|distribuição)", r"não publicar", r"não divulgar", r"não circular", r"não distribuir",
           r"(?:apenas|somente|só) para (?:\w+ ){0,5}(?:uso|conhecimento|informação|os olhos)", r"uso (?:exclusivo|interno|oficial|restrito)", r"sob embargo", r"embargad", r"não públic[oa]\b", r"sujeit[oa] a (?:sigilo|confidencialidade)",
           r"(?:exclusivamente|unicamente|somente|apenas) para (?:\w+ ){0,5}(?:uso|conhecimento|informação|verificação)"],
    "ru": [r"конфиденциальн(?!ост)", r"строго секретно", r"секретно", r"не для (?:\w+ ){0,2}(?:публикац|печати|распространени|размещени|опубликовани|огласки|прессы)", r"не публиковать",
           r"не подлежит (?:\w+ ){0,2}(?:публикац|опубликовани|распространени|разглашени|размещени)", r"не распространять", r"не размещать", r"для служебного пользования", r"дсп\b",
           r"только для (?:\w+ ){0,5}(?:пользования|использования|ознакомления|сведения|служебного)", r"лично в руки", r"под эмбарго", r"эмбарго", r"не для печати", r"не для прессы", r"(?:публикаци|опубликовани|разглашени|распространени|огласк)\w* не подлеж",
           r"исключительно для (?:\w+ ){0,5}(?:сведения|ознакомления|использования|служебного|информации)"],
    "de": [r"vertraulich(?!keit)", r"streng geheim", r"geheim\b", r"nicht zur (?:\w+ ){0,2}(?:veröffentlichung|weitergabe|verbreitung|publikation)", r"nicht (?:zu )?(?:veröffentlichen|verbreiten|weitergeben)\b",
           r"nicht für (?:die )?(?:öffentlichkeit|veröffentlichung|publikation)", r"nur für (?:\w+ ){0,5}(?:gebrauch|dienstgebrauch|augen|information|kenntnis|verwendung)",
           r"(?:interner|internen|dienst)gebrauch", r"verschlusssache", r"sperrfrist", r"embargo", r"nicht öffentlich",
           r"(?:ausschließlich|nur|lediglich) zur (?:kenntnis|information|prüfung|verwendung)", r"nicht zur weitergabe"],
    "ar": [r"(?<![\u0621-\u064a])[وب]?سري(?![\u0621-\u064a])", r"سري للغايه", r"سري جدا", r"سري وشخصي", r"شخصي وسري", r"(?<![\u0621-\u064a])سريه", r"بسريه", r"مكتوم", r"ليس للنشر", r"غير (?:مخصص|معد|قابل) (?:لل)?نشر", r"لا (?:يجوز |يتم )?نشر",
           r"عدم (?:ال)?نشر", r"يحظر نشر", r"ممنوع (?:من )?(?:ال)?نشر", r"محظور (?:ال)?نشر", r"للاستخدام الداخلي", r"للاستعمال الداخلي", r"للاطلاع فقط", r"للعلم فقط",
           r"للاستخدام الرسمي", r"مقيد", r"علي سبيل الثقه", r"بثقه", r"في سريه", r"(?:فقط|حصرا) (?:لل|ل)(?:اطلاع|علم|استخدام)", r"محدود التداول", r"تحت الحظر", r"حظر النشر", r"خاص وسري", r"بشكل سري", r"بصفه سريه", r"لعنايه .{0,40}فقط"],
    "zh": [r"机密", r"保密(?!性)", r"绝密", r"秘密", r"密件", r"内部资料", r"内部文件", r"内部使用", r"仅供", r"只供", r"请勿公开", r"不得公开", r"不予公开", r"不公开",
           r"请勿发布", r"请勿发表", r"请勿外传", r"请勿转发", r"请勿传播", r"不宜公开", r"非公开", r"禁止公开", r"不对外", r"限阅", r"限制分发", r"禁发", r"未发表", r"亲启"],
}
MARKERS_WITHHOLD_NAME = {
    "self": [r"(?:without|but not) (?:our|my|the author'?s?) (?:name|names|identity)", r"sin (?:nuestro|mi|el) nombre", r"sans (?:notre|mon|le) nom",
             r"sem (?:o )?(?:nosso|meu) nome", r"без (?:нашего|моего) (?:имени|названия)", r"ohne (?:unseren|meinen|den) namen",
             r"(?:دون|بدون) (?:ذكر )?اسمنا", r"不署我们的名", r"不要署名",
             r"without (?:a |any |the )?names?\b", r"sin (?:el )?nombre\b", r"sans (?:le )?nom\b", r"sem (?:o )?nome\b", r"без (?:имени|названия)",
             r"ohne (?:den )?namen\b", r"(?:دون|بدون) (?:ذكر )?(?:ال)?اسم"],
    "en": [r"anonym(?!ity|at|ität)", r"anon\b", r"not for attribution", r"without attribution", r"no attribution", r"non-attributable", r"unattributed", r"on background",
           r"name(?:s)? withheld", r"identity withheld", r"withhold (?:our |my |the )?name", r"do not (?:name|identify|attribute|cite|quote|mention)",
           r"no names?\b", r"name(?:s)? not (?:to be )?(?:published|disclosed|mentioned|given)", r"unnamed", r"nameless", r"pseudonym", r"redacted", r"name not (?:\w+ )?(?:disclosable|communicable|given)"],
    "es": [r"anónim", r"anonim(?!ato)", r"sin atribución", r"no atribuible", r"no atribuir", r"sin (?:mencionar |citar |dar )?(?:nombres?|el nombre)", r"nombre reservado", r"nombre omitido",
           r"identidad reservada", r"no nombrar", r"no identificar", r"no citar", r"no mencionar", r"seudónimo", r"pseudónimo"],
    "fr": [r"anonym(?!at|ity|ität)", r"sans attribution", r"non attribuable", r"ne pas attribuer", r"sans (?:citer |mentionner )?(?:de )?noms?\b", r"nom (?:masqué|retenu|omis|caché)",
           r"identité (?:protégée|masquée|réservée)", r"nom non (?:communiqu|communicable|divulgu|divulgable|publi)", r"ne pas nommer", r"ne pas identifier", r"ne pas citer", r"ne pas mentionner", r"pseudonyme"],
    "pt": [r"anónim", r"anônim", r"anonim(?!ato)", r"sem atribuição", r"não atribuível", r"não atribuir", r"sem (?:mencionar |citar )?(?:o )?nomes?\b", r"nome (?:reservado|omitido|ocultado)",
           r"identidade (?:reservada|protegida|preservada)", r"não nomear", r"não identificar", r"não citar", r"não mencionar", r"pseudónimo", r"pseudônimo"],
    "ru": [r"анонимн(?!ост)", r"аноним\b", r"без указания (?:\w+ )?(?:имен|назван|авторств|источник)", r"без ссылки на", r"без атрибуц", r"имя не (?:указ|раскр|публик)",
           r"не называть", r"не упоминать", r"не указывать", r"не цитировать", r"не ссылаться", r"псевдоним"],
    "de": [r"anonym(?!ität|at|ity)", r"ohne (?:namens)?nennung", r"ohne namen", r"ohne zuordnung", r"ohne quellenangabe", r"nicht zitier", r"nicht namentlich", r"name(?:n)? (?:ist |wird )?(?:zurückgehalten|geschwärzt|nicht genannt)",
           r"nicht nennen", r"nicht erwähnen", r"pseudonym"],
    "ar": [r"مجهول", r"دون ذكر (?:ال)?اسم", r"بدون ذكر (?:ال)?اسم", r"عدم ذكر", r"عدم الكشف عن هوي", r"دون الكشف عن هوي", r"عدم الاشاره", r"دون الاشاره", r"دون نسب", r"عدم نسب",
           r"بدون نسب", r"حجب الاسم", r"حجب اسم", r"الاسم محجوب", r"اسم مستعار", r"عدم تسميه", r"دون تسميه", r"عدم الافصاح عن (?:ال)?(?:اسم|هوي)"],
    "zh": [r"匿名", r"不具名", r"不署名", r"隐去姓名", r"隐去名称", r"隐名", r"化名", r"请勿署名", r"请勿提及", r"请勿点名", r"不要提及", r"请勿引用", r"不注明", r"无署名", r"略去姓名"],
}

# Markers too common in prose to count outside a notice (a header, a title line, a file name).
NOTICE_ONLY_MARKERS = [r"restricted\b", r"sensitive\b", r"private\b", r"secret\b", r"classified\b", r"privileged\b", r"internal\b", r"not public\b",
                       r"restringid", r"sensible\b", r"privad", r"secreto\b", r"restreint", r"sensible\b", r"privé", r"secret\b", r"restrit", r"sensível",
                       r"секретн", r"для внутренн", r"служебн", r"ограниченн", r"intern\b", r"sensibel", r"privat\b", r"خاص\b", r"حساس", r"داخلي", r"敏感", r"内部",
]
# Abbreviations people write in file names and titles: a notice wherever they stand in one.
NOTICE_ABBREVIATIONS = [r"conf\b", r"confid\b", r"конф\b", r"конфиденц\b", r"vertr\b", r"dnp\b", r"nfp\b", r"priv\b", r"anon\b", r"embarg",
                        r"保密版", r"机密版"]
# Nouns that are only a cue in a notice ("Confidentiality" as a running header): read by a person.
NOTICE_NOUNS = [r"confidentialit", r"confidencialidad", r"confidencialidade", r"конфиденциальност", r"vertraulichkeit", r"السريه", r"保密性",
                r"anonymity", r"anonimato", r"anonymat", r"анонимност", r"anonymität", r"sigilo"]
# Asking to be careful with the text: never sure, always read by a person.
CAREFUL = [r"(?:handl|treat|us(?:e|ed|ing))\w* (?:\w+ ){0,5}with (?:\w+ )?(?:care|caution|discretion|sensitivity)", r"discre(?:et|tion)", r"sensitiv",
           r"avec (?:\w+ )?(?:prudence|discrétion|précaution)", r"discrète?", r"sensibilit", r"con (?:\w+ )?(?:cuidado|cautela|discreción|reserva|prudencia)",
           r"discreci", r"sensibilidad", r"com (?:\w+ )?(?:cuidado|cautela|discrição|reserva|prudência)", r"discriç", r"discret[oa]", r"sensibilidade",
           r"осторожн", r"деликатн", r"чувствительн", r"mit (?:\w+ )?(?:vorsicht|diskretion|sorgfalt|bedacht)", r"diskret",
           r"sensibel", r"بحذر", r"بحرص", r"بعنايه", r"حساسيه", r"妥善", r"谨慎", r"慎重", r"小心"]

# Nouns after a marker that make it describe something else: "confidential complaints mechanism",
# "anonymous survey", "anonymous activist" (a mention, not a request about this submission).
ATTRIBUTIVE = [
    r"complain", r"mechanism", r"hotline", r"helpline", r"(?:phone |telephone )?line", r"channel", r"reporting", r"counsel", r"service", r"shelter", r"test",
    r"care\b", r"treatment", r"survey", r"procedure", r"process", r"manner", r"interview", r"consultation", r"support", r"advice", r"assistance", r"data", r"record",
    r"sources?\b", r"informant", r"vote", r"ballot", r"voting", r"referral", r"regist", r"database", r"space", r"setting", r"environment", r"conversation",
    r"discussion", r"meeting", r"session", r"clinic", r"legal aid", r"system", r"platform", r"form\b", r"questionnaire", r"respondent", r"activist", r"person",
    r"people", r"individual", r"woman", r"women", r"man\b", r"men\b", r"official", r"member", r"lawyer", r"witness", r"victim", r"survivor", r"caller",
    r"donor", r"threat", r"call", r"letter", r"messag", r"account", r"attack", r"harass", r"abuse", r"online", r"posts?\b", r"tip", r"whistle", r"medical",
    r"health", r"hiv", r"counsell", r"help", r"information of", r"nature", r"character", r"handling",
    # es / pt / fr / ru / de heads of the same kinds
    r"denuncia", r"queixa", r"plainte", r"mecanism", r"mécanisme", r"línea", r"linha", r"ligne", r"canal", r"servicio", r"serviço", r"encuesta", r"inquérito",
    r"enquête", r"sondage", r"entrevista", r"entretien", r"atención", r"atendimento", r"consulta", r"procedimiento", r"procedimento", r"procédure",
    r"fuente", r"fonte", r"activista", r"ativista", r"militant", r"persona", r"pessoa", r"personne", r"testig", r"témoin", r"víctima", r"vítima", r"victime",
    r"жалоб", r"механизм", r"горяч", r"лини", r"опрос", r"анкет", r"источник", r"активист", r"консультац", r"сообщени", r"угроз", r"звонк",
    r"интервью", r"бесед", r"разговор", r"gespräch", r"unterredung", r"beschwerde", r"mechanismus", r"hotline", r"beratung", r"umfrage", r"befragung", r"quelle", r"aktivist", r"drohung", r"anruf", r"meldestelle", r"meldung",
    r"(?:[وبلف]?ال)?(?:اليه|اليات|شكاوي|شكوي|خط|خطوط|خدمات|خدمه|استبيان|مبدا|مبادئ|مقابلات|مقابله|مصادر|مصدر|تصويت|اقتراع|بيانات|سجلات|ناشط|ناشطه|ناشطين|شخص|اشخاص|ضحيه|ضحايا|شاهد|شهود|استشاره|ابلاغ|تبليغ|بلاغات|اتصالات|رسائل|تهديدات|حسابات)",
    r"cases?\b", r"casos?\b", r"cas\b", r"dados", r"datos", r"données", r"daten", r"данны", r"droh", r"schreiben", r"brief", r"nachricht", r"hinweis",
    r"anzeige", r"harcèlement", r"acoso", r"assédio", r"травл", r"преследован", r"belästigung", r"mode", r"modus", r"form", r"basis\b(?! of)",
    r"骚扰", r"访谈", r"数据", r"化", r"与", r"和", r"及", r"问题", r"原则", r"机制", r"热线", r"渠道", r"投诉", r"举报", r"服务", r"咨询", r"调查", r"问卷", r"性", r"义务", r"规定", r"措施", r"条款", r"协议", r"要求", r"制度",
    r"信息来源", r"来源", r"线人", r"人士", r"活动人士", r"受害者", r"证人", r"电话", r"威胁", r"账户", r"账号", r"留言", r"信件", r"检测", r"诊所",
]
# Words before a marker that make it a mention: "the confidential nature of", "respect confidentiality".
ATTRIBUTIVE_BEFORE = [r"the\b", r"a\b", r"an\b", r"un\b", r"una\b", r"une\b", r"um\b", r"uma\b", r"el\b", r"los\b", r"las\b", r"des\b", r"les\b", r"ein\w*\b"]

# A third party as the subject, a law, or a policy recommendation: a report about others.
THIRD = {
    "en": [r"(?:the )?law", r"legislation", r"statut", r"article \d", r"(?:the )?(?:penal |criminal |civil )?code\b", r"regulation", r"decree", r"constitution",
           r"(?:the )?state\b", r"(?:the )?states\b", r"government", r"authorities", r"ministr", r"police", r"court", r"judge", r"prosecutor", r"media\b", r"press\b",
           r"journalist", r"newspaper", r"the commission\b", r"parliament", r"officials", r"agencies", r"employers", r"schools", r"hospitals", r"doctors",
           r"prohibit", r"forbid", r"forbade", r"illegal", r"unlawful", r"criminali[sz]", r"guarantee", r"ensur", r"requir", r"recommend", r"urg(?:e|es|ed)\b",
           r"call(?:s|ed)? (?:on|upon)", r"encourag", r"obliged", r"entitled", r"protects?\b", r"respect", r"in line with", r"in accordance", r"under (?:the|article|section)",
           r"(?:they|he|she|it) (?:was|were|had|did)", r"platform", r"facebook", r"perpetrator", r"attacker", r"abuser", r"police officers", r"the (?:un|ohchr|secretariat)\b"],
    "es": [r"(?:la )?ley\b", r"legislación", r"normativa", r"artículo \d", r"código", r"reglamento", r"decreto", r"constitución", r"(?:el )?estado\b", r"(?:los )?estados\b",
           r"gobierno", r"autoridades", r"ministerio", r"policía", r"tribunal", r"juez", r"fiscal", r"medios", r"prensa", r"periodista", r"prohíb", r"prohib", r"ileg",
           r"garantiz", r"asegur", r"exig", r"recomend", r"insta(?:mos)?\b", r"exhort", r"obligad", r"proteg(?:e|en)\b", r"respet", r"de conformidad", r"conforme a", r"agresor", r"perpetrador"],
    "fr": [r"(?:la )?loi\b", r"législation", r"article \d", r"code\b", r"règlement", r"décret", r"constitution", r"(?:l')?état\b", r"(?:les )?états\b", r"gouvernement",
           r"autorit", r"ministère", r"police", r"tribunal", r"juge", r"procureur", r"médias", r"presse", r"journaliste", r"interdi", r"illég", r"garanti", r"assur",
           r"exige", r"recommand", r"exhort", r"appel(?:le|lent|ons) (?:à|le|les)", r"encourag", r"obligé", r"protèg", r"respect", r"conformément", r"agresseur", r"auteurs? des"],
    "pt": [r"(?:a )?lei\b", r"legislação", r"artigo \d", r"código", r"regulamento", r"decreto", r"constituição", r"(?:o )?estado\b", r"(?:os )?estados\b", r"governo",
           r"autoridades", r"ministério", r"polícia", r"tribunal", r"juiz", r"procurador", r"mídia", r"media\b", r"imprensa", r"jornalista", r"proíb", r"proib", r"ileg",
           r"garant", r"assegur", r"exig", r"recomend", r"insta(?:mos)?\b", r"exort", r"obrigad", r"proteg(?:e|em)\b", r"respeit", r"em conformidade", r"agressor", r"perpetrador"],
    "ru": [r"закон", r"законодательств", r"стать(?:я|и|ей) \d", r"кодекс", r"постановлени", r"указ\b", r"конституци", r"государств", r"правительств", r"власт",
           r"министерств", r"полици", r"суд", r"прокурор", r"сми\b", r"пресс", r"журналист", r"запрещ", r"незаконн", r"гарантир", r"обеспечи", r"требует", r"рекоменд",
           r"призыва", r"обязан", r"защищает", r"соблюд", r"в соответствии", r"нападавш", r"преступник", r"виновн"],
    "de": [r"(?:das )?gesetz", r"gesetzgebung", r"artikel \d", r"§", r"strafgesetzbuch", r"verordnung", r"dekret", r"verfassung", r"(?:der )?staat\b", r"(?:die )?staaten\b",
           r"regierung", r"behörden", r"ministerium", r"polizei", r"gericht", r"richter", r"staatsanwalt", r"medien", r"presse", r"journalist", r"verbiet", r"verboten",
           r"rechtswidrig", r"gewährleist", r"garantier", r"sicherstell", r"verlangt\b", r"empfehl", r"fordern (?:die|den)", r"rufen (?:die|den)", r"verpflichtet", r"schützt", r"achten",
           r"gemäß", r"täter", r"angreifer"],
    "ar": [r"القانون", r"التشريع", r"الماده \d", r"قانون", r"اللائحه", r"المرسوم", r"الدستور", r"الدوله", r"الدول", r"الحكومه", r"السلطات", r"الوزاره", r"الشرطه",
           r"المحكمه", r"القاضي", r"النيابه", r"وسائل الاعلام", r"الصحافه", r"الصحفي", r"يحظر", r"يمنع", r"محظور", r"غير قانوني", r"تضمن", r"يضمن", r"ضمان", r"تكفل",
           r"يكفل", r"يتطلب", r"نوصي", r"توصي", r"ندعو", r"تدعو", r"نحث", r"ملزم", r"يحمي", r"تحمي", r"احترام", r"وفقا", r"الجناه", r"المعتدين", r"الجاني"],
    "zh": [r"法律", r"法规", r"条例", r"规定", r"第.{1,4}条", r"宪法", r"刑法", r"国家", r"政府", r"当局", r"部门", r"警方", r"警察", r"法院", r"法官", r"检察", r"媒体",
           r"新闻", r"记者", r"学校", r"医院", r"雇主", r"平台", r"禁止", r"违法", r"保障", r"确保", r"要求各", r"建议", r"呼吁", r"敦促", r"有义务", r"保护", r"尊重", r"依照", r"根据", r"施害者", r"加害者", r"犯罪者"],
}

# Past narrative: "complainants were not identified", "the report was never published".
PAST = {
    "en": [r"(?:was|were|had been|has been|have been|had|did|got)(?: not|n't| never)?\b", r"(?:has|have|had) (?:\w+ )?\w+ed\b", r"(?:they|he|she|police|officers|authorities|journalists|media) \w+ed\b",
           r"(?:in|since|during) (?:19|20)\d\d", r"\w+ (?:years?|months?|weeks?|days?) ago", r"last (?:year|month|week)", r"at the time"],
    "es": [r"(?:fue|fueron|había|habían|ha sido|han sido|hubo|se \w+(?:ó|aron))\b", r"(?:en|desde|durante) (?:19|20)\d\d", r"hace (?:\w+ )?(?:años|meses|semanas|días)"],
    "fr": [r"(?:a été|ont été|avait été|avaient été|était|étaient|fut|furent|avait|avaient)\b", r"(?:a|ont) (?:\w+ )?\w+(?:é|és|ée|ées|is|it)\b", r"(?:en|depuis|pendant) (?:19|20)\d\d", r"il y a (?:\w+ )?(?:ans|mois|semaines|jours)"],
    "pt": [r"(?:foi|foram|tinha sido|tinham sido|era|eram|houve)\b", r"(?:em|desde|durante) (?:19|20)\d\d", r"há (?:\w+ )?(?:anos|meses|semanas|dias)"],
    "ru": [r"(?:был|была|было|были)\b", r"\w{3,}(?:али|или|ели|яли)\b", r"\w{3,}(?:ала|ила|ела)\b", r"\w{2,}(?:ался|ился|ялся|елся|алась|илась|ялась|ались|ились|ялись|ались|алось|илось|ялось)\b", r"в (?:19|20)\d\d", r"(?:лет|года?|месяц\w*|недел\w*|дн\w*) назад"],
    "de": [r"(?:wurde|wurden|war|waren|hatte|hatten|ist \w+ worden|sind \w+ worden)\b", r"(?:im jahr|seit|während) (?:19|20)\d\d", r"vor (?:\w+ )?(?:jahren|monaten|wochen|tagen)"],
    "ar": [r"(?<![\u0621-\u064a])(?:تم|كان|كانت|كانوا|لم)(?![\u0621-\u064a])", r"في عام", r"منذ"],
    "zh": [r"曾", r"过去", r"已经", r"已", r"了\b", r"年\d", r"\d{4}年", r"当时", r"被"],
}

# Consent: a negation inside these words asks for nothing ("we have no objection to it being published").
CONSENT = [r"no objection", r"(?:do|does) not object", r"don't object", r"not opposed", r"no (?:problem|issue) with", r"happy for", r"we agree to",
           r"we consent", r"(?:may|can) be (?:published|posted|made public|shared|cited|quoted)", r"no restriction",
           r"sin (?:ninguna )?objeción", r"no (?:tenemos|hay) (?:ningún )?(?:inconveniente|objeción|problema)", r"no nos oponemos", r"puede(?:n)? (?:ser )?publicar",
           r"aucune objection", r"pas d'objection", r"ne voyons (?:pas|aucun) (?:d')?inconvénient", r"ne nous opposons pas", r"peut être publié",
           r"sem (?:qualquer )?objeção", r"não (?:há|temos) (?:qualquer |nenhuma )?(?:restrição|objeção|problema|oposição)", r"não nos opomos", r"pode ser publicad",
           r"возражений не", r"не возражаем", r"нет возражений", r"может быть опубликован", r"keine einwände", r"nichts dagegen", r"keine bedenken",
           r"nicht dagegen", r"darf veröffentlicht", r"kann veröffentlicht", r"لا مانع", r"لا نمانع", r"يمكن نشر", r"不反对", r"同意公开", r"可以公开", r"可公开"]
# Words right before a marker that make it a mention of the word: "if it is confidential", a question.
HEDGES = [r"if\b", r"whether\b", r"si\b", r"se\b", r"wenn\b", r"falls\b", r"ob\b", r"если\b", r"ли\b", r"اذا", r"ان كان", r"如果", r"是否"]

# Traditional Chinese characters of the lexicon's words, read as their simplified forms.
ZH_TRADITIONAL = dict(zip(
    "開發僅機隱請會書們個資報見專參處網絡傳轉載佈稱織構團體單內絕對於與為應須將這該點標註識別歸屬謝說寫刪蓋瞞謹懇煩務願寧萬讓給規條憲國當門檢聞記違護據損證訪問來線論訊號碼電郵貴閱級衹祇勞駕託並關嚴禮",
    "开发仅机隐请会书们个资报见专参处网络传转载布称织构团体单内绝对于与为应须将这该点标注识别归属谢说写删盖瞒谨恳烦务愿宁万让给规条宪国当门检闻记违护据损证访问来线论讯号码电邮贵阅级只只劳驾托并关严礼"))

# Policy recommendations: a request after these is addressed to others ("we recommend that schools be required to …").
POLICY = [r"recommend", r"urg(?:e|es|ed)\b", r"call(?:s|ed)? (?:on|upon)", r"encourag", r"recomend", r"recommand", r"exhort", r"insta(?:mos)?\b",
          r"empfehl", r"fordern (?:die|den)", r"рекоменд", r"призыва", r"نوصي", r"توصي", r"ندعو", r"نحث", r"建议", r"呼吁", r"敦促"]
# The methods of a study: anonymity there describes how the study was done ("the survey was anonymous").
METHOD = [r"data collection", r"recogida de datos", r"recolección de datos", r"collecte de(?:s)? données", r"coleta de dados", r"recolha de dados",
          r"сбор данных", r"datenerhebung", r"جمع البيانات", r"数据收集", r"survey", r"interview", r"questionnaire", r"respondent", r"focus group", r"transcript", r"methodolog", r"participants",
          r"encuesta", r"entrevista", r"cuestionario", r"metodolog", r"enquête", r"entretien", r"sondage", r"méthodolog", r"inquérito",
          r"questionário", r"опрос", r"интервью", r"анкет", r"респондент", r"методолог", r"befragung", r"umfrage", r"interview", r"fragebogen",
          r"methodik", r"transkript", r"استبيان", r"مقابلات", r"المستجيبين", r"منهجيه", r"问卷", r"访谈", r"受访者", r"调查", r"方法"]

# Saying the text comes anonymously is asking for it to stay so.
WITHHOLD["anonymous_submission"] = [
    r"(?:submitted|sent|provided|presented|shared|made|written) (?:\w+ )?anonymously", r"(?:presentad|enviad|remitid)\w* (?:de (?:forma|manera) )?anónim",
    r"(?:soumis|envoyé|transmis|présenté)\w* (?:de (?:manière|façon) )?anonym", r"(?:apresentad|enviad|submetid)\w* (?:de forma )?an[óô]nim",
    r"(?:представлен|направлен|подан)\w* анонимно", r"anonym (?:eingereicht|übermittelt|vorgelegt)", r"(?:مقدم|مرسل)\S* (?:بشكل |بصوره )?مجهول", r"匿名提交"]

# Putting a name somewhere: an act only with the name as its object ("não colocar meu nome").
NAME["with_a_name"] = [
    r"(?:us|put|plac|writ|print|show|display|add)\w* (?:\w+ ){0,2}(?:name|names|identit|logo|email|e-mail|address)",
    r"(?:pon|coloc|coloqu|us|escrib|agreg|añad|mostr|muestr)\w* (?:\w+ ){0,2}(?:nombre|identidad|logo|correo|dirección)",
    r"(?:pôr|por|coloc|coloqu|ponh|us|escrev|acrescent|mostr)\w* (?:\w+ ){0,2}(?:nome|identidade|logo|e-?mail|endereço)",
    r"(?:mett|utilis|écri|ajout|affich)\w* (?:\w+ ){0,2}(?:nom|identité|logo|courriel|adresse)",
    r"(?:став|постав|использ|пис|напис|добав)\w* (?:\w+ ){0,2}(?:им|назван|фамили|логотип|почт|адрес)",
    r"(?:وضع|استخدام|كتابه)\S* (?:\S+ ){0,2}(?:اسم|هوي|شعار)", r"(?:用|放|写|加|印)(?:上|出|入)?我(?:们)?(?:的)?(?:名字|姓名|名称|邮箱)"]

# Keeping the text between the submitter and the mandate.
WITHHOLD["between_us"] = [
    r"between (?:us|ourselves|you and us)\b", r"keep (?:\w+ ){0,3}(?:to|for) yoursel", r"entre nous\b", r"gard(?:ez|er) (?:\w+ ){0,3}pour vous",
    r"entre nosotros\b", r"guárd(?:elo|ela|enlo|enla|alo|ala)s? para", r"entre nós\b", r"guard(?:em|e) (?:\w+ ){0,2}para (?:vocês|si|você)",
    r"между нами\b", r"оставьте (?:\w+ ){0,2}при себе", r"unter uns\b", r"für sich behalten", r"بيننا", r"بينكم وبيننا", r"我们之间", r"别外传"]
# Conditions of confidentiality.
MARKERS_DO_NOT_PUBLISH["conditions"] = [
    r"on (?:the )?condition of (?:strict )?(?:confidentiality|anonymity)", r"bajo (?:estricta |la más estricta )?(?:confidencialidad|reserva)\b",
    r"sous (?:le sceau de la |couvert de la )?(?:stricte )?confidentialité", r"sob (?:estrita )?(?:confidencialidade|sigilo)\b",
    r"на условиях (?:строгой )?конфиденциальности", r"unter (?:strenger |der )?vertraulichkeit", r"بشرط السريه", r"以保密为条件"]
PUBLISH["web"] = [r"internet", r"интернет", r"الانترنت", r"互联网", r"网络上"]
MODAL["deontic"] = [f for fs in NEG_AFTER.values() for f in fs if not f.startswith("nicht") and "keinesfalls" not in f and "keinen" not in f]
# The name or the reference as the subject of a passive removal ("any reference to us be removed").
WITHHOLD["passive_removal"] = [
    r"(?:name|names|identit\w*|details|reference|references|mention|logo)\s(?:\w+ ){0,5}(?:be |is |are )?(?:removed|deleted|omitted|redacted|withheld|left out|taken out|blacked out|anonymi[sz]ed)",
    r"(?:nombre|referencia|mención|logo)s? (?:\w+ ){0,5}(?:sea |sean )?(?:eliminad|suprimid|omitid|retirad|borrad|tachad)",
    r"(?:nom|référence|mention|logo)s? (?:\w+ ){0,5}(?:soit |soient )?(?:supprimé|retiré|omis|effacé|masqué|caviardé|anonymisé)",
    r"(?:nome|referência|menção|logo)s? (?:\w+ ){0,5}(?:seja |sejam )?(?:removid|eliminad|suprimid|omitid|retirad|apagad|anonimizad)",
    r"(?:назван|имя|имен|упоминан|ссылк|логотип)\w* (?:\w+ ){0,5}(?:удал[её]н|исключ[её]н|убран|изъят|скрыт)",
    r"(?:name|namen|verweis|bezug|hinweis|logo)\w* (?:\w+ ){0,5}(?:gelöscht|entfernt|geschwärzt|gestrichen|weggelassen|anonymisiert)"]
# "Name known to the editors": the press convention for a name withheld on purpose.
MARKERS_WITHHOLD_NAME["known_to"] = [
    r"names? (?:is |are )?known to (?:the )?(?:editors?|authors?|secretariat|ohchr|mandate)", r"names? (?:ist |sind )?der redaktion bekannt",
    r"nombres? conocidos? por (?:la redacción|los autores|la secretaría)", r"noms? connus? de la rédaction", r"nomes? conhecidos? (?:da|pela) reda[cç]",
    r"имя известно редакции", r"(?:الاسم|الاسماء) معروف\S* (?:لدي|للمحرر)", r"姓名(?:为|已为)?编辑部所知"]

# A source described as unpublished is a citation, not a request ("Informe interno no publicado de la Fiscalía").
CONSENT += [r"(?:report|memo|document|note|decision|judgment|letter|circular|data)s? (?:\w+ ){0,2}(?:not|never) (?:yet )?(?:published|made public)",
            r"(?:informe|documento|nota|decisión|sentencia|memorando|carta|circular)s? (?:\w+ ){0,2}no publicad",
            r"(?:rapport|note|document|décision|arrêt|lettre|circulaire)s? (?:\w+ ){0,2}non publi",
            r"(?:relatório|documento|nota|decisão|memorando|circular)s? (?:\w+ ){0,2}não publicad", r"неопубликованн",
            r"unveröffentlicht", r"غير منشور", r"未(?:发表|公开|公布)的"]
# Requests someone else made, reported: "she asked the police not to reveal her identity".
POLICY += [r"(?:she|he|they) (?:\w+ )?(?:asked|requested|begged|urged|wanted)", r"(?:ella|él|ellos|ellas) (?:\w+ )?(?:pidió|pidieron|solicitó|rogó|quería)",
           r"(?:elle|il|ils|elles) (?:\w+ )?(?:a|ont|avait|avaient) (?:\w+ )?demandé", r"(?:ela|ele|eles|elas) (?:\w+ )?(?:pediu|pediram|solicitou)",
           r"(?:она|он|они) (?:\w+ )?(?:просила|просил|просили|требовал)", r"(?:sie|er) bat\b", r"(?:sie|er) baten\b", r"طلبت من", r"طلب من", r"طلبوا من",
           r"(?:她|他|他们|她们)(?:曾)?(?:请求|要求|恳求)"]

# Informal writing: negations without apostrophes, slang, "our" said as "the people".
NEG["informal"] = [r"dont\b", r"don t\b", r"pas de\b", r"keine\b"]
FRAME["informal"] = [r"plz\b", r"plse\b", r"xfa\b", r"x fa\b", r"porfavor", r"плиз", r"пжл", r"пож\b", r"bitte\b", r"pfv\b", r"por fa\b"]
SELF["informal"] = [r"(?:o )?nome da gente", r"(?:our|my) org\b", r"我们(?:的)?(?:组织|机构|团体|协会|名字|名称|姓名)", r"нашу? (?:\w+ )?(?:назван|организац)"]
NAME["informal"] = [r"свет(?:ить|ите|ить)\b", r"засвет", r"namensnennung", r"nennung", r"identificaç", r"identificac"]
WITHHOLD["off_the_web"] = [r"(?:stay|stays|stayed|keep|kept) (?:\w+ ){0,3}off (?:the|your|any) (?:web|website|site|internet|record)"]
# A form answered no: "Publication: NO", "Autoriza la publicación? No", "是否同意公开：否".
MARKERS_DO_NOT_PUBLISH["form"] = [
    r"(?:publication|publish|posting|publicación|publicar|publier|publicação|публикаци|опубликовать|veröffentlichung|veröffentlichen|النشر|نشر|公开|发布)"
    r"[^\n.]{0,40}?[:：?？]\s*(?:no|non|não|nao|нет|nein|لا|否|不同意)\b"]
MARKERS_WITHHOLD_NAME["form"] = [
    r"(?:name|attribution|nombre|atribución|nom|attribution|nome|atribuição|имя|назван|namen|nennung|الاسم|ذكر الاسم|署名|名称)"
    r"[^\n.]{0,40}?[:：?？]\s*(?:no|non|não|nao|нет|nein|لا|否|不同意)\b"]
MARKERS_WITHHOLD_NAME["no_names"] = [r"pas de noms?\b", r"sin nombres\b", r"ningún nombre", r"sem nomes\b", r"nenhum nome", r"без им[её]н", r"никаких им[её]н",
                                     r"keine namen\b", r"(?:بدون|لا) اسماء", r"不要写名字", r"不写名字"]
FRAME["imperative_pt"] = [r"(?<!que )não (?:o |a |os |as |nos |me )?(?:coloqu|ponh|us|escrev|mostr)\w*(?:em|es)\b",
                          r"(?<!que )no (?:lo |la |los |las |nos |me )?(?:pong|coloqu|us|escrib|muestr)\w*(?:en|es)\b"]

# Indicating or recognising is naming only with a name as its object ("nada indica que …" is not).
NAME["indicate"] = [
    r"(?:indicat|recogni[sz])\w* (?:\w+ ){0,2}(?:names?|identit|authors?|organi[sz]ation|us\b|source)",
    r"(?:indic|reconoc|reconhec)\w* (?:\w+ ){0,2}(?:nombre|nome|identidad|identidade|autor|organizaci|organizaç|fuente|fonte)",
    r"(?:indiqu|reconna)\w* (?:\w+ ){0,2}(?:nom|identité|auteur|organisation|source)",
    r"указыва(?!ет на|ют на)", r"указ(?:ать|ано|аны|ан)\b", r"указани"]

# What may follow a notice-only word for it to be a notice: nothing, a separator, "and", or a
# word for the document or its use ("RESTRICTED", "Internal – do not forward", "private and
# confidential", "内部文件") — not a topic ("private sector", "secret detention").
NOTICE_FOLLOWERS = (r"\s*(?:$|[-–—:|/,;.()\[\]!]|(?:and|&|y|et|e|und|и|و) |(?:document|draft|submission|input|distribution|circulation|"
                    r"use|only|copy|version|docx?|pdf|odt|rtf|txt|eml|zip|documento|borrador|distribución|uso|diffusion|usage|rascunho|"
                    r"distribuição|документ|проект|распростран|dokument|entwurf|verteilung|gebrauch|وثيقه|مسوده|文件|资料|材料|版|使用|传阅))")

# Sections of the submission are the submission too ("la présente section n'est pas destinée …").
DOC["sections"] = [
    r"(?:this|the present|the following|the attached) (?:section|part|chapter|paragraph|page|annex)", r"(?:esta|la presente|la siguiente) (?:sección|parte|página)",
    r"(?:este|el presente) (?:capítulo|párrafo|apartado)", r"(?:cette|la présente) (?:section|partie|page)", r"(?:ce|le présent) (?:chapitre|paragraphe)",
    r"(?:esta|a presente) (?:seção|secção|parte|página)", r"(?:este|o presente) (?:capítulo|parágrafo)", r"(?:этот|данный|настоящий) (?:раздел|пункт)",
    r"(?:эта|данная|настоящая) (?:часть|глава|страница)", r"(?:dieser|diese|dieses|der vorliegende) (?:abschnitt|teil|kapitel|absatz|seite)",
    r"(?:هذا|هذه) (?:ال)?(?:قسم|فصل|فقره|صفحه)", r"本(?:节|部分|章|页)"]
# Presenting the text as coming from a generic description instead of the submitter.
WITHHOLD["generic_source"] = [
    r"(?:present|describ|refer|attribut|credit|cit|quot)\w* (?:\w+ ){0,3}(?:as|to) (?:coming |being )?(?:from )?[\"“«']?(?:an?|one)\b",
    r"(?:présent|décri|désign|attribu|mentionn|cit)\w* (?:\w+ ){0,3}comme (?:émanant|provenant|venant)? ?(?:d'|de )?[«\"“ ]*une?\b",
    r"(?:present|describ|atribu|mencion|cit)\w* (?:\w+ ){0,3}como (?:procedente |proveniente |vind[oa] )?(?:de )?[«\"“ ]*(?:una?|uma?)\b",
    r"(?:als|von) [„\"“«]?(?:einer?|einem) (?:\w+ ){0,3}(?:organisation|gruppe|netzwerk|verein|ngo)", r"как (?:от )?[«\"“]?(?:одн\w+|некой|некоего|некая)\b"]
MARKERS_WITHHOLD_NAME["not_for_attribution_ru"] = [
    r"не для (?:\w+ ){0,2}(?:указания (?:авторства|источника|имени|названия)|атрибуции|цитирования)"]
# Necessity said impersonally: "it is essential that nothing … allows our members to be identified".
NECESSITY = [
    r"it is (?:\w+ )?(?:essential|important|crucial|vital|imperative|necessary) that", r"es (?:\w+ )?(?:fundamental|esencial|importante|imprescindible|necesario|vital) que",
    r"il est (?:\w+ )?(?:essentiel|important|crucial|vital|impératif|nécessaire) qu", r"é (?:\w+ )?(?:essencial|fundamental|importante|imprescindível|necessário|vital) que",
    r"(?:крайне |очень )?(?:важно|необходимо|существенно),? чтобы", r"es ist (?:\w+ )?(?:wesentlich|wichtig|entscheidend|unerlässlich|notwendig),? dass",
    r"من (?:الضروري|المهم|الاساسي)", r"至关重要", r"务必", r"必须确保"]
NAME["identify_more"] = [r"установ\w* (?:\w+ )?личност", r"опозна", r"التعرف", r"يتعرف", r"تعرف علي", r"识别出", r"认出"]
SELF["members_zh"] = [r"我们的成员", r"本组织(?:的)?成员", r"我们的工作人员"]
WITHHOLD["kept_out"] = [r"(?:kept|keeping|keeps) (?:\w+ ){0,3}(?:out|off)\b", r"(?:remain|remains|stay|stays|be kept) (?:strictly )?(?:confidential|private|secret)",
                        r"permanec\w* (?:en |em )?(?:reserva|confidencial|anónim|anônim|secreto|sigilo)", r"(?:rester|reste|restent|demeurer|demeure) (?:strictement )?(?:confidenti|secret|anonym)",
                        r"оста(?:ва)?\w* (?:строго )?(?:конфиденциальн|анонимн|в тайне|тайной)"]
MARKERS_DO_NOT_PUBLISH["not_intended"] = [
    r"not (?:intended|meant|destined|designed|suitable) for (?:\w+ ){0,2}(?:publication|public|circulation|distribution|release|dissemination|posting)",
    r"(?:background|internal|information) (?:purposes )?only\b"]
SELF["participation"] = [r"(?:our|my) (?:\w+ )?(?:participation|involvement|contribution)", r"我们(?:的)?参与", r"我方(?:的)?参与", r"مشاركتنا"]
