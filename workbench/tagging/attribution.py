"""Who a document says wrote it: the phrases real submissions use to state their author.

Real submissions rarely open with a clean letterhead. They say who wrote them in a title
line ("Submission by …", "Informe elaborado por …", "Contribution de …"), a label
("Contributors: …", "Coordinating Organization: …"), a self-description ("The X is a
national human rights institution …", "X (ACR), entidad no gubernamental …") or a
defined acronym used again and again. Each such place gives a ``Candidate``; the
tagger weighs them with the letterhead, the signature and the gazetteer.

Report titles, dates, classification markings and document symbols are never names.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

from .. import language as languages
from . import places

READ_CHARS = 4000  # the opening where authors are stated
MAX_WORDS = 14  # a name longer than this is a sentence
# Words that may sit inside a name in lower case ("Centre for Human Rights", "Defensoría del Pueblo").
CONNECTORS = {
    "of",
    "for",
    "the",
    "and",
    "on",
    "in",
    "to",
    "against",
    "with",
    "&",
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "y",
    "e",
    "en",
    "para",
    "por",
    "contra",
    "des",
    "du",
    "d",
    "l",
    "le",
    "les",
    "et",
    "pour",
    "sur",
    "do",
    "da",
    "dos",
    "das",
    "em",
    "no",
    "na",
    "und",
    "für",
    "der",
    "die",
    "van",
    "voor",
    "af",
    "och",
    "i",
    "per",
    "sobre",
    "à",
    "au",
    "aux",
    "a",
}
# Words that end a name when they follow it ("… provides this response", "… ao Comitê").
STOPPERS = {
    "to",
    "ao",
    "à",
    "au",
    "aux",
    "al",
    "ante",
    "before",
    "at",
    "regarding",
    "re",
    "concerning",
    "sobre",
    "sur",
    "under",
    "pursuant",
    "following",
}
# Title-case words that end a name ("Physicians for Human Rights Submits Shadow Report").
NOT_IN_NAMES = {
    "submits",
    "submitted",
    "presents",
    "welcomes",
    "comments",
    "report",
    "reports",
    "submission",
    "response",
    "statement",
    "contribution",
    "input",
    "answers",
    "replies",
    "reply",
    "proposals",
    "shadow",
    "alternative",
    "regarding",
    "concerning",
    "informe",
    "aporte",
    "rapport",
    "réponse",
    "submissão",
    "relatório",
    "contribución",
    "contribuição",
    "respuesta",
    "resposta",
    "questionnaire",
    "cuestionario",
    "questionário",
    "call",
    "convocatoria",
    "appel",
    "excelência",
    "excellency",
    "excelencia",
    "excellence",
    "dear",
    "estimado",
    "estimada",
    "exmo",
    "exma",
    "madam",
    "sir",
    "señor",
    "señora",
    "monsieur",
    "madame",
    "senhor",
    "senhora",
    "distinguished",
}
# Connectors that join a name only before a capitalised word ("Centre for Human Rights",
# not "submitted by X for the Committee").
BEFORE_CAPITAL = {
    "for",
    "para",
    "pour",
    "in",
    "en",
    "em",
    "on",
    "the",
    "with",
    "against",
    "contra",
    "a",
    "i",
}
# Names made of these words alone are kinds, not names ("Estado", "the Commissioner").
GENERIC = re.compile(
    r"^(?:the\s+)?(?:state|states|estado|estados|[ée]tat|[ée]tats|government|gobierno|gouvernement|governo|"
    r"commissioner|centre|center|office|committee|commission|organi[sz]ation|ngo|ngos|ong|group|coalition|"
    r"institute|institution|instituto|institut|instituci[óo]n|institui[çc][ãa]o|ombuds(?:man|person)|"
    r"defender|foundation|association|federation|council|secretariat|ministry|mission|delegation|"
    r"university|expert|experte|experto|experta|especialista|rapporteur|rapporteuse|relator|relatora|"
    # the same kinds in the other languages ("Фонд работает …": the foundation works …)
    r"фонд|центр|организаци[яи]|ассоциаци[яи]|сеть|коалици[яи]|комисси[яи]|совет|объединени[ея]|"
    r"fundaci[óo]n|fondation|funda[çc][ãa]o|asociaci[óo]n|associa[çc][ãa]o|red|r[ée]seau|rede|"
    r"comisi[óo]n|comiss[ãa]o|centro|organizaci[óo]n|organiza[çc][ãa]o|coalici[óo]n|coaliz[ãa]o|"
    r"colectivo|collectif|coletivo|"
    r"joint\s+(?:submission|report|contribution|input)|contribution\s+conjointe|"
    r"(?:contribuci[óo]n|presentaci[óo]n)\s+conjunta|contribui[çc][ãa]o\s+conjunta|"
    r"совместн\w+\s+(?:вклад|доклад|представлени\w*)|"
    # ninth session (w5): "The Clinic is …", "Nos Églises hébergent …", "Общественным фондом «…»"
    r"clinic|cl[íi]nica|clinique|klinik|church(?:es)?|iglesias?|[ée]glises?|igrejas?|"
    r"(?:общественн|некоммерческ|благотворительн|региональн|межрегиональн|международн)\w*\s+"
    r"(?:фонд|объединени|организаци|ассоциаци|движени|центр)\w*|"
    r"фондом|фонда|центром|организацией|объединением|ассоциацией|"
    r"network|report|informe|rapport|submission|author|authors|member|members|partners?|human\s+rights|"
    r"derechos\s+humanos|droits\s+de\s+l['’]homme|direitos\s+humanos|права\s+человека)$",
    re.IGNORECASE,
)
# Attribution phrases: what follows names the author. Case-insensitive; an article may follow.
TRIGGERS = [
    # English
    r"(?:joint\s+)?submission\s+(?:by|of|from)",
    r"submitted\s+(?:jointly\s+)?by",
    r"prepared\s+(?:jointly\s+)?by",
    r"presented\s+by",
    r"provided\s+by",
    r"(?:information\s+)?(?:furnished|supplied)\s+by",
    r"proporcionad[oa]s?\s+por",
    r"suministrad[oa]s?\s+por",
    r"fourni(?:e|es|s)?\s+par",
    r"fornecid[oa]s?\s+por",
    r"compiled\s+by",
    r"produced\s+by",
    r"written\s+by",
    r"drafted\s+by",
    r"memorandum\s+(?:by|from|of)",
    r"written\s+evidence\s+(?:submitted\s+by|from|of)",
    r"evidence\s+submitted\s+by",
    r"statement\s+(?:by|of|from)",
    r"(?:written\s+)?input\s+(?:by|of|from)",
    r"(?:written\s+)?contribution\s+(?:by|of|from)",
    r"comments\s+(?:by|of|from)",
    r"(?:response|reply|replies|answers)\s+(?:by|of|from)",
    r"information\s+(?:provided\s+|submitted\s+)?by",
    r"information\s+(?:of|from)",
    r"(?<![^\n])(?:from|de|von|от)\s*:",
    r"on\s+behalf\s+of",
    # a person introducing herself
    r"my\s+name\s+is",
    r"(?:mi\s+nombre\s+es|me\s+llamo)",
    r"je\s+m['’]appelle",
    r"(?:o\s+)?meu\s+nome\s+[ée]",
    r"меня\s+зовут",
    r"(?:report|letter)\s+(?:by|from)",
    r"(?:alternative|shadow|parallel|joint|ngo|civil\s+society|stakeholder)\s+report\s+(?:of|by|from)",
    r"coordinated\s+by",
    r"(?:contributors|coordinating\s+organi[sz]ation|lead\s+organi[sz]ation|submitting\s+organi[sz]ation|"
    r"coordinator(?:\s+of\s+(?:the\s+)?report)?|submitted\s+by|author|authors|organi[sz]ation|"
    r"institution|entity|organizaci[óo]n|instituci[óo]n|entidad|organisme|organisation|"
    # ("Name of organization *:": a required field's star before the colon)
    r"organiza[çc][ãa]o|institui[çc][ãa]o|entidade|организаци[яи]|учреждени[ея])\s*\*?\s*[:–—-]",
    # "We, the Kenya Human Rights Commission, …", "We at Equal Rights Trust …"
    # (a line that opens with a capital "We," / "Nós," is a paragraph, not a wrapped sentence:
    # DOCX paragraphs are joined by one line break)
    r"(?:(?<![^\n.;!?]\s)|(?<=\n)(?=(?-i:[WN])))"
    r"(?:we|nous|nosotr[oa]s|n[óo]s)\s*,?\s*(?:at|of|from|de|desde|en|da|do|das|dos|del|du)?"
    r"(?=\s+(?:the\s+|la\s+|el\s+|le\s+|l['’])?[A-ZÀ-Þ])",
    # Spanish
    r"presentad[oa]s?\s+por",
    r"que\s+presentan?",
    r"elaborad[oa]s?\s+(?:conjuntamente\s+)?por",
    r"preparad[oa]s?\s+por",
    r"(?:informe|reporte)\s+(?:alternativo\s+|sombra\s+|conjunto\s+|paralelo\s+)?(?:de|del)",
    r"aportes?\s+(?:de|del)",
    r"contribuci[oó]n\s+(?:de|del)",
    r"respuestas?\s+(?:de|del)",
    r"informaci[oó]n\s+(?:de|del)",
    r"comentarios\s+(?:de|del)",
    r"en\s+nombre\s+(?:de|del)",
    r"sometid[oa]\s+por",
    r"coordinad[oa]\s+por",
    r"remitid[oa]\s+por",
    # French
    r"pr[ée]sent[ée]e?s?\s+par",
    r"soumise?s?\s+par",
    r"pr[ée]par[ée]e?s?\s+par",
    r"r[ée]dig[ée]e?s?\s+par",
    r"contribution\s+(?:de|du|des)",
    r"r[ée]ponses?\s+(?:de|du|des)",
    r"rapport\s+(?:alternatif\s+|parall[èe]le\s+)?(?:de|du)",
    r"au\s+nom\s+(?:de|du|des)",
    r"commentaires\s+(?:de|du)",
    r"communication\s+(?:de|du)",
    r"coordonn[ée]e?\s+par",
    # Portuguese
    r"submiss[ãa]o\s+d[aoe]s?",
    r"submetid[oa]\s+por",
    r"apresentad[oa]s?\s+por",
    r"elaborad[oa]\s+por",
    r"contribui[çc][ãa]o\s+d[aoe]s?",
    r"contributo\s+d[aoe]s?",
    r"respostas?\s+d[aoe]s?",
    r"em\s+nome\s+d[aoe]s?",
    r"coordenad[oa]\s+pel[oa]s?",
    # Russian (names keep lower-case words: read to punctuation)
    r"вклад",
    r"представлен[аоы]?",
    r"подготовлен[аоы]?",
    r"от\s+имени",
    r"ответы?(?!\s*:)",  # "Ответ:" heads a form's answer, not its author
    r"материалы",
    r"информация",
    r"альтернативный\s+доклад",
    # Arabic
    r"مقدم(?:ة)?\s+من",
    r"بالنيابة\s+عن",
    r"إسهام",
    r"مساهمة",
    r"ردود",
    r"ردّ?",
    r"تقرير",
]
TRIGGER = re.compile(
    r"(?<!\w)(?:" + "|".join(TRIGGERS) + r")(?=[\s:«\"“(]|$)\s*[:–—-]?\s*", re.IGNORECASE
)
ARTICLE = re.compile(
    r"^(?:the|la|el|le|les|los|las|l['’]|o|a|os|as|un|une|una|an)\s+", re.IGNORECASE
)
# Verbs that end a self-describing subject: "The X is …", "X welcomes …", "La X realizó …".
SELF_VERBS = (
    r"is|are|was|has\s+been|welcomes|provides|submits|presents|thanks|appreciates|would\s+like|wishes|"
    r"hereby|respectfully|has\s+the\s+honou?r|is\s+pleased|works|represents|was\s+founded|was\s+established|"
    r"believes|considers|notes|recommends|urges|calls|submitted|comments|"
    r"es|son|fue|presenta|agradece|saluda|celebra|realiz[óa]|trabaja|representa|tiene\s+el\s+honor|"
    r"est|sont|a\s+été|remercie|salue|se\s+f[ée]licite|pr[ée]sente|soumet|travaille|repr[ée]sente|a\s+l['’]honneur|"
    r"é|são|foi|apresenta|submete|congratula|sa[úu]da|trabalha|representa|entregou|"
    r"является|представляет|благодарит|приветствует|работает"
)
ACRONYM_DEF = re.compile(r"\(\s*([A-ZÀ-ÖØ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё&.\-/]{1,11})\s*\)")
# Lines that are report titles or document furniture, never a name.
FURNITURE = re.compile(
    r"^(table\s+of\s+contents|contents|índice|sommaire|table\s+des\s+mati[èe]res|содержание|summary|résumé|resumen|"
    r"introduction|introducci[óo]n|introdu[çc][ãa]o|введение|annex|anexo|annexe|appendix|draft|unclassified|"
    r"confidential|distr\.?|original:|page\s+\d+|\d+)\b|^official(?:[\s:–-]+sensitive)?\s*$",
    re.IGNORECASE,
)
# An invocation heading a letter ("بسم الله الرحمن الرحيم", "In the name of God, the Most
# Gracious …"): above the name, never part of it.
INVOCATION = re.compile(
    r"\s*(?:بسم\s+الله|in\s+the\s+name\s+of\s+(?:god|allah)|au\s+nom\s+de\s+dieu|"
    r"bismillah|во\s+имя\s+(?:аллаха|бога))",
    re.IGNORECASE,
)
# "[image: X logo – …]": a picture's alt text; a State's emblem described in brackets
# ("[Commonwealth Coat of Arms]", "[Escudo nacional]", "[Герб]")
ALT_TEXT = re.compile(
    r"\s*\[\s*(?:image|logo|imagen|imagem|изображение|логотип|صورة|شعار)|"
    r"\s*\[[^\[\]]{0,40}(?:coat of arms|crest|emblem|seal\b|escudo|emblema|sello|armoiries|emblème|"
    r"sceau|brasão|герб|эмблем|печать|ختم)[^\[\]]{0,40}\]\s*$",
    re.IGNORECASE,
)
# A web page's furniture printed above the text it frames ('Noticias', 'Home > Media > Press
# Statements'): a line made only of such words ('Home Office', 'Media Defence' are names).
WEB_FURNITURE = re.compile(
    r"^(?:(?:home|news|noticias|not[íi]cias|actualit[ée]s|новости|inicio|in[íi]cio|accueil|"
    r"главная|menu|men[úu]|search|buscar|rechercher|share|compartir|partager|skip\s+to\s+\w+"
    r"(?:\s+content)?|press\s+releases?|press\s+statements?|comunicados?(?:\s+de\s+prensa)?|"
    r"communiqu[ée]s?(?:\s+de\s+presse)?|media|medios|m[ée]dias|publications?|publicaciones|"
    r"publica[çc][õo]es|latest|[úu]ltimas)\s*[>»|/·]?\s*)+$",
    re.IGNORECASE,
)


# Where a signature or a stamp was ("[signed]", "[Firma]", "[подпись]", "[stamp]"): no name.
SIGNATURE_NOTE = re.compile(
    r"\s*\[\s*(?:signed|signature|sgd|firmad[oa]|firma|sign[ée]e?|assinad[oa]|assinatura|"
    r"подпис\w*|подписано|توقيع|موقع|stamp|sello|cachet|carimbo|печать|ختم)\b[^\[\]]{0,30}\]\s*$",
    re.IGNORECASE,
)


def is_furniture(line):
    """A title page's or web page's furniture: never a name."""
    return bool(
        FURNITURE.match(line)
        or ALT_TEXT.match(line)
        or SIGNATURE_NOTE.match(line)
        or INVOCATION.match(line)
        or WEB_FURNITURE.match(line.strip())
    )


CAPITAL = re.compile(r"^[«\"“(]?[A-ZÀ-ÖØ-ÞА-ЯЁ\u0600-\u06ff]")
# A name of an organisation says what it is; most such names carry one of these words.
ORG_WORD = re.compile(
    r"(?<!\w)(commission|comisi[óo]n|comiss[ãa]o|комисси|committee|comit[ée]|комитет|council|consejo|conseil|conselho|"
    r"совет|association|asociaci[óo]n|associa[çc][ãa]o|ассоциац|society|sociedad|soci[ée]t[ée]|общество|network|red|"
    r"r[ée]seau|rede|сеть|coalition|coalici[óo]n|coaliz|коалиц|alliance|alianza|alian[çc]a|альянс|foundation|"
    r"fundaci[óo]n|fondation|funda[çc][ãa]o|фонд|cent(?:re|er|ro)|центр|institut\w*|instituci[óo]n|институт|"
    r"organi[sz]ation|organizaci[óo]n|organisation|organiza[çc][ãa]o|организаци|union|uni[óo]n|uni[ãa]o|союз|"
    r"federation|federaci[óo]n|f[ée]d[ée]ration|federa[çc][ãa]o|федераци|forum|foro|f[óo]rum|форум|league|liga|ligue|"
    r"group|grupo|groupe|группа|project|proyecto|projet|projeto|initiative|iniciativa|trust|office|oficina|bureau|"
    r"бюро|ombuds\w*|defensor\w*|d[ée]fenseur|protector|provedor|commissioner|уполномоченн\w*|ministry|ministerio|"
    r"minist[èe]re|minist[ée]rio|министерств\w*|mission|misi[óo]n|miss[ãa]o|миссия|представительств\w*|"
    r"government|gobierno|gouvernement|governo|правительств\w*|university|universidad|universit[ée]|universidade|"
    r"университет|college|faculty|facultad|facult[ée]|faculdade|church|iglesia|[ée]glise|igreja|церк\w*|watch|"
    r"agency|agencia|agence|ag[êe]ncia|агентств\w*|programme|program|programa|parliament\w*|parlamento|parlement|"
    r"парламент\w*|assembly|asamblea|assembl[ée]e|assembleia|secretariat|secretar[íi]a|secr[ée]tariat|"
    r"campaign|campa[ñn]a|movement|movimiento|mouvement|movimento|движени\w*|collective|colectivo|collectif|coletivo|"
    r"coordinadora|coordination|coordena[çc][ãa]o|observatory|observatorio|observatoire|observat[óo]rio|"
    r"platform|plataforma|plateforme|club|circle|clinic|cl[íi]nica|procurad\w*|inddh|indh|nhri|ngo|ong|нко|нпо|"
    r"human\s+rights|derechos\s+humanos|droits\s+de\s+l['’]homme|direitos\s+humanos|прав\w*\s+человека|"
    r"منظمة|جمعية|مؤسسة|شبكة|مركز|لجنة|المجلس|الهيئة|وزارة|البعثة|حكومة|اتحاد|ائتلاف)",
    re.IGNORECASE,
)


@dataclass
class Candidate:
    name: str
    how: str  # attribution, self_description, acronym, letterhead, signature, gazetteer …
    weight: float
    evidence: str
    page: int = 1
    file: str = ""
    acronym: str = ""
    hit: object = None  # gazetteer.Hit when the name is a known body
    cosigners: tuple = ()  # a joint submission's other signatories, the lead being ``name``


def candidates(text, page=1, file_name=""):
    """Candidates stated in the opening ``text`` of a document, strongest evidence first."""
    text = text[:READ_CHARS]
    found = (
        _attributed(text, page, file_name)
        + _self_described(text, page, file_name)
        + _acronym_defined(text, page, file_name)
        + _headed(text, page, file_name)
        + _possessed(text, page, file_name)
        + _titled_by(text, page, file_name)
        + _recurring(text, page, file_name)
    )
    for candidate in found:
        candidate.weight += mention_bonus(candidate, text)
    return sorted(found, key=lambda c: -c.weight)


def _attributed(text, page, file_name):
    found = []
    for match in TRIGGER.finditer(text):
        if EMPTY_FIELD.search(match.group(0)):
            continue  # "Organization: —": the form's field left empty
        name = name_at(text, match.end())
        if _from_a_country_in_a_subject(text, match.start(), name):
            continue
        if name and looks_like_organisation_or_person(name):
            found.append(
                Candidate(
                    name,
                    "attribution",
                    3.0,
                    around(text, match.start(), match.end() + len(name)),
                    page,
                    file_name,
                    _acronym_after(text, match.end(), name),
                    cosigners=co_signatories(text, match.end(), name),
                )
            )
    return found


def _from_a_country_in_a_subject(text, start, name):
    """An e-mail's "Subject: Contribution from Iraq" says where the writing comes from; the
    sender is whoever the From: line or the letter names."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(
        name
        and SUBJECT_LABEL.match(line)
        and any(
            fold(ARABIC_LEAD.sub("", name)) in places.country_names(lang)
            for lang in SUBJECT_LANGUAGES
        )
    )


SUBJECT_LANGUAGES = ("en", "es", "fr", "pt", "ru", "ar")


# A subject line's label (confidentiality.py reads such a line as a notice too).
SUBJECT_LABEL = re.compile(
    r"\s*(?:subject|re|asunto|objet|assunto|тема|betreff|الموضوع|主题|标题)\s*[:：]", re.IGNORECASE
)


LIST_JOIN = re.compile(
    r"\s*(?:\([^)]{1,20}\)\s*)?(?:,|;|\band\b|\bet\b|\by\b|\be\b|&)\s*", re.IGNORECASE
)
MAX_COSIGNERS = 12


def co_signatories(text, start, lead):
    """The names listed after a joint submission's lead ('… by A, B and C'): A leads."""
    position = text.find(lead, start)
    if position < 0:
        return ()
    cursor, found = position + len(lead), []
    while len(found) < MAX_COSIGNERS:
        joined = LIST_JOIN.match(text, cursor)
        if not joined:
            break
        name = name_at(text, joined.end())
        if not name or not looks_like_organisation_or_person(name):
            break
        found.append(name)
        cursor = text.find(name, joined.end()) + len(name)
    return tuple(found)


def _self_described(text, page, file_name):
    """Sentence-initial subjects followed by a self-describing verb or an apposition."""
    found = []
    verbs = re.compile(
        r"\s*(?:\([^)]{1,15}\))?\s*,?\s*(?:" + SELF_VERBS + r")(?!\w)", re.IGNORECASE
    )
    apposition = re.compile(
        r"\s*(?:\([^)]{1,15}\))?\s*,\s*(?:an?|the|una?|la|el|une?|la|le|uma?|o)\s+"
        r"(?:\w+\s+){0,3}?(?:organi|instituti|entidad|entit|institu|network|red\b|r[ée]seau|"
        r"coalition|coalici|associa|asocia|umbrella|charit|ngo|ong|non-|no\s+gubernamental|"
        r"non\s+gouvernement|n[ãa]o\s+governamental|national|nacional)",
        re.IGNORECASE,
    )
    for start in _sentence_starts(text):
        name = name_at(text, start)
        if not name or _script(name) == "arabic":
            continue  # without capitals to end a name, a sentence's subject is no name (a
            # Russian one ends at its verb: "Общественное объединение «Феминита» работает …")
        end = text.find(name, start) + len(name)
        after = text[end : end + 160]
        if not ORG_WORD.search(name):
            # 'Colombia Diversa es una organización …', 'Stonewall is a charity …': a name
            # that says nothing of what it is, followed by a sentence that does
            if not STATES_WHAT_IT_IS.match(after) or names_a_place_only(name):
                continue
        elif not (verbs.match(after) or apposition.match(after)):
            continue
        found.append(
            Candidate(
                name,
                "self_description",
                2.5,
                around(text, start, end + 60),
                page,
                file_name,
                _acronym_after(text, start, name),
            )
        )
    return found


# "<name> is a non-profit organisation", "… es una organización no gubernamental", "… est une
# association", "… é uma rede", "… — это общественная организация": the subject says it is a
# body of people; said of a name that carries no word of the kind.
STATES_WHAT_IT_IS = re.compile(
    r"\s*(?:\([^)]{1,15}\))?\s*,?\s*(?:[–—-]\s*)?(?:is|was|are|es|fue|est|é|foi|это|является)\s+"
    r"(?:an?|the|una?|la|el|une?|uma?|o|a)?\s*(?:[\w'’-]+\s+){0,4}?"
    r"(?:organi[sz]ation|organizaci[óo]n|organiza[çc][ãa]o|ngo|ong|charity|association|asociaci[óo]n|"
    r"associa[çc][ãa]o|network|red|r[ée]seau|rede|coalition|coalici[óo]n|coaliz[ãa]o|foundation|"
    r"fundaci[óo]n|fondation|funda[çc][ãa]o|federation|federaci[óo]n|f[ée]d[ée]ration|"
    r"federa[çc][ãa]o|collective|colectiv[oa]|collectif|coletivo|movement|movimiento|mouvement|"
    r"movimento|alliance|alianza|alian[çc]a|group|grupo|groupe|institution|instituci[óo]n|"
    r"institui[çc][ãa]o|union|platform|plataforma|plateforme|community\s+of|"
    r"организаци\w*|ассоциаци\w*|сеть|фонд|объединени\w*|движени\w*|нко|нпо)(?!\w)",
    re.IGNORECASE,
)


def names_a_place_only(name):
    """'Kenya is a party …', 'Brazil is a federation': a country or city is no body's name."""
    return bool(places.is_place_line(name)) or fold(name) in places.country_names("en")


# "FRA statement to the CRPD Committee", "UNICEF Comments on …", "EDF Answers to …",
# "Amnesty International's submission …": a line that opens with its author.
HEADED_BY = re.compile(
    r"^\s*(?:['’]s\s+)?(?:joint\s+|written\s+|alternative\s+|shadow\s+|ngo\s+)?"
    r"(?:statement|submission|answers|comments|response|report|input|contribution|submits|"
    r"presents|replies|reply|observations|briefing|informe|aporte|comentarios|respuesta|"
    r"contribution|rapport|r[ée]ponse|observations|contribui[çc][ãa]o|relat[óo]rio|resposta)\b",
    re.IGNORECASE,
)
TITLE_ZONE_LINES = 6
TITLE_QUALIFIERS = {"joint", "written", "alternative", "shadow", "ngo", "parallel", "stakeholder"}


def _headed(text, page, file_name):
    found = []
    lines = [line for line in text.splitlines() if line.strip()][:TITLE_ZONE_LINES]
    for line in lines:
        stripped = line.strip()
        name = name_at(stripped, 0)
        if name.lower() in TITLE_QUALIFIERS:
            continue  # "Joint Submission …": the title's own word
        if name and HEADED_BY.match(stripped[stripped.find(name) + len(name) :]):
            found.append(Candidate(name, "title line", 2.5, stripped[:120], page, file_name))
    return found


# "Please find attached South Africa's submission", "Amnesty International’s response to …".
POSSESSED = re.compile(
    r"['’]s\s+(?:joint\s+|written\s+|formal\s+|official\s+)?(?:submission|contribution|response|"
    r"input|reply|replies|comments|answers)\b",
    re.IGNORECASE,
)


def _possessed(text, page, file_name):
    found = []
    for match in POSSESSED.finditer(text):
        name = _name_before(text, match.start(), paragraph=True)
        if name and looks_like_organisation_or_person(name):
            evidence = around(text, match.start() - len(name), match.end())
            found.append(Candidate(name, "attribution", 2.5, evidence, page, file_name))
    return found


# "Joint Submission to the Universal Periodic Review of Kenya by the Kenya Coalition": a title
# line names its author after 'by' / 'from', past the body it is sent to.
TITLED_BY = re.compile(
    r"^(?:joint\s+|ngo\s+|shadow\s+|alternative\s+|parallel\s+|written\s+|stakeholder\s+)*"
    r"(?:submission|report|contribution|input|statement|comments|response|information|briefing)\b"
    r".{3,160}?\s(?:by|from)\s+",
    re.IGNORECASE,
)


# "the implementation by Ukraine of …", "violations by the police": the agent of an act the
# title is about, not the title's author.
ACTION_BY = re.compile(
    r"\w+(?:tion|sion|ment|ance|ence|ings?|ations|ed)\s+(?:by|from)\s+$", re.IGNORECASE
)


def _titled_by(text, page, file_name):
    found = []
    lines = [line.strip() for line in text.splitlines() if line.strip()][:TITLE_ZONE_LINES]
    for line in lines:
        match = TITLED_BY.match(line)
        if not match or ACTION_BY.search(line[: match.end()]):
            continue
        name = name_at(line, match.end())
        if name and looks_like_organisation_or_person(name):
            found.append(Candidate(name, "attribution", 2.5, line[:160], page, file_name))
    return found


RECURRING_MIN = 3


def _recurring(text, page, file_name):
    """An organisation's name (or acronym) written again and again in the opening: the author
    speaks of itself; a body named once is cited."""
    counts = {}
    for start in _capital_starts(text):
        name = name_at(text, start)
        if (
            name
            and len(name.split()) >= 2
            and ORG_WORD.search(name)
            and looks_like_organisation_or_person(name)
            and _script(name) == "latin"
        ):
            counts.setdefault(name, start)
    found = []
    for name, start in counts.items():
        if another_body(text, start):
            continue
        mentions = fold(text).count(fold(name))
        if mentions >= RECURRING_MIN:
            found.append(
                Candidate(
                    name,
                    "recurring name",
                    0.5 + 0.25 * min(mentions, 6),
                    around(text, start, start + len(name)),
                    page,
                    file_name,
                    _acronym_after(text, start, name),
                )
            )
    return found


def _capital_starts(text):
    """Where a capitalised span begins (not a capitalised word inside a longer name)."""
    starts = []
    for match in re.finditer(r"(?<![\w'’])[A-ZÀ-ÖØ-ÞА-ЯЁ]", text):
        before = text[max(0, match.start() - 30) : match.start()].split()
        previous = before[-1].strip('«"“(') if before else ""
        if (
            previous
            and (_is_name_word(previous) or previous.lower() in CONNECTORS)
            and not previous.endswith((".", ",", ";", ":"))
        ):
            continue
        starts.append(match.start())
    return starts


def _sentence_starts(text):
    starts = [0] + [
        m.end() for m in re.finditer(r"(?:[.!?;]\s+|\n\s*(?:\d+(?:\.\d+)*(?:[.)]\s*|\s+))?)", text)
    ]
    return sorted(set(s for s in starts if s < len(text)))


def _acronym_defined(text, page, file_name):
    """'Coordinadora Nacional de Derechos Humanos (CNDDHH)': a name defining the acronym it is
    later called by."""
    found = []
    for match in ACRONYM_DEF.finditer(text):
        acronym = match.group(1).rstrip(".")
        name = _name_before(text, match.start())
        start = match.start() - len(name) - 1
        if (
            name
            and ORG_WORD.search(name)
            and initials_fit(name, acronym)
            and not another_body(text, start)
        ):
            found.append(
                Candidate(
                    name,
                    "acronym",
                    1.5,
                    around(text, match.start() - len(name), match.end()),
                    page,
                    file_name,
                    acronym,
                )
            )
    return found


# "… is a member of the Global Network Initiative (GNI)", "funded by …", "en alianza con …":
# a body the writer belongs to, works with or is paid by, not the writer.
ANOTHER_BODY = re.compile(
    r"(?:members?\s+of|member\s+organi[sz]ations?\s+of|partners?\s+(?:of|with)|partnership\s+with|"
    r"supported\s+by|funded\s+by|financed\s+by|affiliated\s+(?:to|with)|accredited\s+(?:to|by|with)|"
    r"status\s+with|miembros?\s+de|socios?\s+de|alianza\s+con|apoyo\s+de|financiad[oa]\s+por|"
    r"membres?\s+(?:de|du|des)|partenariat\s+avec|soutien\s+(?:de|du)|financ[ée]e?\s+par|"
    r"membros?\s+d[aoe]s?|parceria\s+com|apoio\s+d[aoe]|financiad[oa]\s+pel[oa]|член\w*|"
    r"при\s+поддержке)\s+(?:the\s+|la\s+|el\s+|le\s+|l['’]|o\s+|a\s+)?$",
    re.IGNORECASE,
)


def another_body(text, start):
    """The name at ``start`` follows 'member of', 'funded by' …: a body other than the writer."""
    return bool(ANOTHER_BODY.search(text[max(0, start - 40) : max(0, start)]))


def _name_before(text, end, paragraph=False):
    """The longest name ending at ``end`` (walking back over name words); ``paragraph``: not
    over a blank line ("…Department\n\nAUSTRALIA'S RESPONSE": the title's own name)."""
    head = text[max(0, end - 200) : end].rstrip()
    if paragraph:
        head = re.split(r"\n\s*\n", head)[-1]
    words = re.findall(r"[^\s]+", head.replace("\n", " "))
    taken = []
    for word in reversed(words):
        bare = word.strip('«»"“”,;:()')
        if not bare or word.endswith((".", ";", ":")) and taken:
            break
        if _is_name_word(bare) or (taken and bare.lower().strip("'’") in CONNECTORS):
            taken.insert(0, bare)
            if len(taken) > MAX_WORDS:
                return ""
            continue
        break
    while taken and taken[0].lower() in CONNECTORS:
        taken.pop(0)
    return " ".join(taken)


def initials_fit(name, acronym):
    letters = [
        w[0].lower() for w in re.findall(r"[^\W\d_]+", fold(name)) if w.lower() not in CONNECTORS
    ]
    short = [c for c in fold(acronym) if c.isalpha()]
    if not letters or not short or short[0] != letters[0]:
        return False
    position = 0
    for char in short[1:]:  # every acronym letter begins a later word, in order (loosely)
        position = next((i for i in range(position + 1, len(letters)) if letters[i] == char), None)
        if position is None:
            return sum(c in letters for c in short) >= len(short) * 0.7
    return True


# A form's field left empty: "Organization: —" with the next field on the next line.
EMPTY_FIELD = re.compile(r":[ \t]*[—–\-]+[ \t]*\n$")


def name_at(text, start):
    """The name that begins at ``start`` (after an article), or ''."""
    rest = ARTICLE.sub("", text[start : start + 300].lstrip(' \t«"“'))
    rest = re.sub(r"^[lL]['’](?=[A-ZÀ-Þ])", "", rest)  # "Contribution de l'OMCT": the OMCT
    if not rest:
        return ""
    if _script(rest) != "latin":
        return _unscripted_name(rest)
    block = rest.split("\n\n")[0]
    lines = block.split("\n")
    tokens = re.findall(r"[«\"“]?[\w'’.&\-/]+[»\"”]?|[,()–—¶]", block.replace("\n", " ¶ "))
    taken, last, breaks = [], -1, 0
    for index, token in enumerate(tokens):
        bare = token.strip('«»"“”')
        low = bare.lower().rstrip(".")
        if bare == "¶":  # a line break: a wrapped name goes on, a new sentence does not
            breaks += 1
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if (
                ARTICLE.match(following + " ")
                or ELIDED_ARTICLE.match(following)  # "Présentation / L'association Tahadi …"
                or not taken
                or _repeats(tokens, index + 1, taken)
            ):
                break
            if breaks < len(lines) and (
                places.is_place_line(lines[breaks]) or LABEL_LINE.match(lines[breaks])
            ):
                break  # "… / Lagos, June 2017", "… / Contact: …": where it was written, a label
            continue
        if bare in (",", "(", ")", "–", "—"):
            break
        if taken and SENT_IN_REPLY.match(" ".join(tokens[index : index + 4])):
            break  # "INFORME DE LA DEFENSORÍA DEL PUEBLO EN ATENCIÓN A LA CONVOCATORIA"
        connector = low.strip("'’") in CONNECTORS and low not in STOPPERS
        if connector and low in BEFORE_CAPITAL:
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            connector = _is_name_word(following.strip('«»"“”'))
        if low in NOT_IN_NAMES:
            break
        if low.strip("'’") in CONNECTORS and not connector:
            break  # "For the Independent Expert": a capitalised connector, not a name word
        if (_is_name_word(bare) and low.strip("'’") not in CONNECTORS) or (taken and connector):
            taken.append(bare)
            last = index
            if bare.endswith(".") and len(bare) > 4 and not bare[:-1].isupper():
                break
            if len(taken) > MAX_WORDS:
                return ""
            continue
        break
    while taken and (taken[-1].lower().strip("'’") in CONNECTORS):
        taken.pop()
    head = _collective_head(tokens, last + 1, taken)
    name = re.sub(r"['’]s$", "", " ".join(taken + head).rstrip("."))
    return _spelled_out(block, name) or _runs_on_in_lower_case(block, name) or name


# What a title says after the sender's name, in any case: why it is sent.
SENT_IN_REPLY = re.compile(
    r"(?:en|em)\s+(?:respuesta|réponse|resposta|atenci[óo]n|aten[çc][ãa]o)\b|"
    r"in\s+(?:response|reply)\s+to\b|(?:al|au|ao|à\s+la|a\s+la|to\s+the)\s+"
    r"(?:cuestionario|questionnaire|question[áa]rio|convocatoria|call|appel|llamado|chamada)\b",
    re.IGNORECASE,
)


# Spanish, French and Portuguese names go on in lower case after their head noun ("Commission
# nationale des droits de l'homme du Togo", "Asociación civil por la igualdad y la justicia")
# up to what the title says next: where it is sent ("au rapport", "al informe", "ao Comitê",
# "en respuesta"), a verb, or punctuation.
LOWER_CASE_HEADS = re.compile(
    r"^(?:comisi[óo]n|commission|comiss[ãa]o|asociaci[óo]n|association|associa[çc][ãa]o|fundaci[óo]n|"
    r"fondation|funda[çc][ãa]o|red|r[ée]seau|rede|colectivo|collectif|coletivo|conseil|consejo|conselho|"
    r"centro|centre|observatorio|observatoire|observat[óo]rio|instituto|institut|defensor[íi]a|defensoria|"
    r"d[ée]fenseur|plataforma|plateforme|coordinadora|coordination|movimiento|mouvement|movimento|liga|ligue|"
    r"uni[óo]n|uni[ãa]o|federaci[óo]n|f[ée]d[ée]ration|federa[çc][ãa]o|organizaci[óo]n|organisation|"
    r"organiza[çc][ãa]o|comit[ée]|comit[êe]|grupo|groupe|alianza|alliance|alian[çc]a|mesa|frente|"
    r"articulaci[óo]n|articula[çc][ãa]o|colectiva|corporaci[óo]n|procuradur[íi]a|oficina|bureau|"
    r"instance|haut\s+conseil|consejo\s+nacional|conselho\s+nacional|coalici[óo]n|coalition|coaliz[ãa]o|"
    r"consorcio|cons[óo]rcio|consortium|espacio|espa[çc]o|foro|f[óo]rum|forum|sindicato|syndicat|"
    r"cooperativa|iglesia|[ée]glise|igreja|universidad|universit[ée]|universidade)$",
    re.IGNORECASE,
)
LOWER_CASE_END = re.compile(
    r"^(?:al|au|aux|ao|aos|à|às|ante|auprès|sobre|sur|acerca|concernant|relativ\w*|respecto|"
    r"(?:en|em)\s+(?:respuesta|réponse|resposta|atenci[óo]n|aten[çc][ãa]o)|(?:para|pour|for)\s+(?:el|la|le|les|o|a|os|as|l['’])\s*"
    r"(?:informe|rapport|relat[óo]rio|report|consulta|cuestionario|questionnaire|question[áa]rio|"
    r"convocatoria|appel|llamado|chamada|relator|rapporteur|expert|experto|especialista|comit))\b",
    re.IGNORECASE,
)
LOWER_CASE_WORD = re.compile(r"^[a-zà-ÿ][\w'’-]*$|^(?:d|l)['’][\wÀ-ÿ'’-]+$|^[A-ZÀ-Þ][\w'’-]*$")
SELF_VERB = re.compile(r"^(?:" + SELF_VERBS + r")$", re.IGNORECASE)
LOWER_CASE_WORDS = 12


def _runs_on_in_lower_case(block, name):
    """The longer name running on in lower case after its head noun, or ''."""
    if not LOWER_CASE_HEADS.match(name or ""):
        return ""
    start = block.find(name)
    if start < 0:
        return ""
    rest = " ".join(block[start + len(name) :].split("\n")[0].split())
    if not rest[:1].islower():
        return ""
    words = []
    for word in re.split(r"\s+", re.split(r"[,;:.()\[\]«»\"“”–—]|\s-\s", rest, maxsplit=1)[0]):
        phrase = " ".join([word] + rest.split()[len(words) + 1 : len(words) + 4])
        if (
            not word
            or LOWER_CASE_END.match(phrase)
            or word.lower() in NOT_IN_NAMES
            or SELF_VERB.match(word)
            or not LOWER_CASE_WORD.match(word)
            or len(words) >= LOWER_CASE_WORDS
        ):
            break
        words.append(word)
    while words and words[-1].lower().strip("'’") in CONNECTORS | {"d", "l"}:
        words.pop()
    return f"{name} {' '.join(words)}" if words else ""


def _repeats(tokens, index, taken):
    """The next line starts with the name taken so far ('From: Outright International /
    Outright International works …'): the name has ended, its sentence begins."""
    following = [t.strip('«»"“”') for t in tokens[index : index + len(taken)]]
    return following == taken


# "Contact: …", "E-mail: …", "Date: …", "Tel.: …", "Country where you are based *:": a labelled
# line under a name, never its end.
LABEL_LINE = re.compile(r"^\s*[^\W\d_][\w.\-/ ]{0,48}?\s*\*?:(?:\s|$)")


# "Fédération internationale pour les droits humains (FIDH)", "Commission nationale consultative
# des droits de l'homme (CNCDH)": French, Spanish and Portuguese names go on in lower case; the
# acronym defined after them says how far.
SPELLED_OUT = re.compile(r"([^()\n.;:,]{1,160}?)\s*\(\s*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÿ&.\-]{1,11})\s*\)")


def _spelled_out(block, name):
    """The longer name running on in lower case from ``name`` to the acronym it defines, or ''."""
    if not name or " " in name and len(name.split()) >= MAX_WORDS:
        return ""
    start = block.find(name)
    match = SPELLED_OUT.match(block, start) if start >= 0 else None
    if not match:
        return ""
    longer = " ".join(match.group(1).split())
    words = longer.split()
    if (
        longer == name
        or not longer.startswith(name)
        or len(words) > MAX_WORDS
        or any(w.lower().rstrip(".") in NOT_IN_NAMES for w in words)
        or not initials_fit(longer, match.group(2).rstrip("."))
        or initials_fit(name, match.group(2).rstrip("."))
    ):
        return ""
    return longer


# "the Nigeria NGO coalition", "the Kenyan civil society network": a lower-case head noun that
# makes the capitalised words before it a collective's name.
COLLECTIVE_HEADS = {
    "coalition",
    "network",
    "alliance",
    "platform",
    "consortium",
    "forum",
    "collective",
    "group",
    "working group",
}


def _collective_head(tokens, index, taken):
    """The head noun that follows the name's capitalised words, as a list, or []."""
    if not taken or index >= len(tokens) or not any(w[:1].isupper() for w in taken):
        return []
    word = tokens[index].strip('«»"“”').rstrip(".")
    return [word] if word.lower() in COLLECTIVE_HEADS and word.islower() else []


def _unscripted_name(rest):
    """Cyrillic and Arabic names keep lower-case words: up to the first punctuation."""
    piece = re.split(r"[,.;:()\n]|\s[–—-]\s", rest, maxsplit=1)[0]
    piece = places.ARABIC_MARKS.sub("", piece)  # "مقدَّم" is "مقدم": vowel marks are optional
    piece = ARABIC_LEAD.sub("", piece)  # "مكتوبة مقدمة من جمعية …": written, submitted by
    piece = ADDRESSED_TO.split(piece, maxsplit=1)[0]  # "… на вопросник", "… إلى الخبير"
    words = piece.split()
    if words and all(ARABIC_LEAD.fullmatch(w + " ") for w in words):
        return ""
    verb = next((i for i, w in enumerate(words) if i and RUSSIAN_VERB.search(w)), None)
    words = words[:verb] if verb is not None else words
    if (
        words
        and _script(piece) == "cyrillic"
        and not words[0][:1].isupper()
        and words[0][:1] not in '«"'
    ):
        return (
            ""  # Russian names start with a capital ("Уполномоченный …"); a verb or noun does not
        )
    return " ".join(words[:10]) if 1 <= len(words) <= 10 else ""


# What an Arabic title says of itself before its author ("مساهمة مكتوبة مقدمة من …": a written
# contribution submitted by …; "مشتركة", "إقليمية", "موازية": joint, regional, parallel).
ARABIC_LEAD = re.compile(
    r"^(?:(?:ال)?(?:مكتوب|مقدم|مقدّم|مشترك|إقليمي|موازي|موازٍ|بديل|كتابي|خطي|وطني)\w*\s+)*"
    r"(?:من\s+(?:قبل\s+)?|عن\s+)?"
)


# Where a Russian or Arabic name ends and what it is sent to or about begins ("Ответы Республики
# Узбекистан на вопросник …", "رد المملكة المغربية على استبيان …", "جمعية حلم إلى الخبير …").
ADDRESSED_TO = re.compile(
    r"\s(?:на|в|во|для|к|по|о|об|при|перед)\s+(?=[а-яё«\"]*(?:вопросник|доклад|запрос|призыв|"
    r"консультаци|совет|комитет|независим|специальн|управлени|верховн|генеральн|ассамбле|"
    r"рамках|связи|отношении|ответ|соответствии|целях|период))"
    r"|(?:^|\s)(?:إلى|الى|على|في|بشأن|حول|لدى|ل)(?:\s|$)",
    re.IGNORECASE,
)


# Present and past verb endings: "… организации описывают …" ends the name before the verb.
RUSSIAN_VERB = re.compile(
    r"(ют|ят|ет|ит|ут|ат|ется|ются|ится|ятся|ал|ала|ало|али|ил|ила|или|ел|ела|ели)$"
)


def _is_name_word(word):
    word = ELIDED.sub("", word)  # "d'Ivoire", "l'Homme"
    return bool(CAPITAL.match(word)) and any(ch.isalpha() for ch in word)


ELIDED = re.compile(r"^(?:d|l)['’](?=[A-ZÀ-Þ])")


def _script(text):
    letters = [ch for ch in text[:80] if ch.isalpha()]
    if not letters:
        return "latin"
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in letters)
    return (
        "cyrillic"
        if cyrillic > len(letters) / 2
        else "arabic"
        if arabic > len(letters) / 2
        else "latin"
    )


# A long name heads its own line ("Rede de Mães e Familiares de Vítimas da Violência de Estado –
# Zona Leste de São Paulo", "Réseau francophone pour l'égalité et les droits des minorités
# sexuelles et de genre en Afrique"): its first word says what it is, no sentence ends inside.
LONG_NAME_WORDS = 20


def is_long_name(text):
    """A name longer than a sentence-sized line may be: up to LONG_NAME_WORDS words, opening
    with an organisation's head noun, no sentence punctuation."""
    words = text.split()
    return (
        len(words) <= LONG_NAME_WORDS
        and bool(ORG_WORD.match(ELIDED_ARTICLE.sub("", text)))
        and not re.search(r"[.:;!?]", text)
    )


def looks_like_organisation_or_person(name):
    """Not a date, symbol, number, a lone common word or function words ('Nos', 'Our')."""
    words = name.split()
    if not words or (len(words) > MAX_WORDS and not is_long_name(name)) or is_furniture(name):
        return False
    if all(word.lower().strip("'’") in stop_words() for word in words):
        return False
    if re.search(r"\d{3,}|/\w+/", name) or GENERIC.match(ELIDED_ARTICLE.sub("", name)):
        return False
    if len(words) == 1 and NOT_A_NAME_ALONE.match(name):
        return False
    return len(name) >= 3


# A title cut from its person ("Authors: Prof. Nomvula …" read as "Prof") or a form's
# refusal ("Full name: Prefer not to disclose"): never a name on its own.
NOT_A_NAME_ALONE = re.compile(
    r"(?:prof|professor|dr|mr|mrs|ms|mx|rev|hon|sr|sra|mme|mlle|me|dra|prefer|prefiero|préfère|"
    r"prefiro|anonymous|anonyme|anónimo|anónima|anônimo|anônima|n/a|none|redacted|online|electronic|"
    r"web|internet|formulario|formulaire|formulário)\.?$",
    re.IGNORECASE,
)


ELIDED_ARTICLE = re.compile(
    r"^(?:l['’]\s*|(?:the|la|el|le|les|los|las|o|a|os|as)\s+)", re.IGNORECASE
)


@functools.lru_cache(maxsize=1)
def stop_words():
    """Function words of the languages submissions come in (spaCy's lists)."""
    codes = ("en", "es", "fr", "pt", "ru", "de", "ar")
    return frozenset().union(*(languages.spacy_stop_words(code) or () for code in codes))


def is_acronym_of(short, name):
    """'TCQLS' for 'Transnational Centre for Queer Legal Studies'."""
    bare = short.replace(".", "").replace("-", "")
    return (
        2 <= len(bare) <= 12
        and bare.isupper()
        and " " not in short.strip()
        and len(name.split()) >= 2
        and initials_fit(name, bare)
    )


def _acronym_after(text, start, name):
    position = text.find(name, start)
    if position < 0:
        return ""
    match = ACRONYM_DEF.match(text[position + len(name) : position + len(name) + 20].lstrip())
    return match.group(1).rstrip(".") if match else ""


def mention_bonus(candidate, text):
    """A name (or its acronym) written again and again is the author's, not a name in passing."""
    folded = fold(text)
    count = folded.count(fold(candidate.name))
    if candidate.acronym:
        count += len(re.findall(rf"(?<!\w){re.escape(candidate.acronym)}(?!\w)", text))
    return min(count, 6) * 0.25


def around(text, start, end):
    return " ".join(text[max(0, start - 20) : min(len(text), end + 20)].split())


def fold(text):
    text = unicodedata.normalize("NFKD", text or "").lower()
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())
