"""How one sentence is read: a request (and its level), a mention of the words, or nothing.

The grammar of requests behind confidentiality.py: acts (publish, name) under a negation or a
frame ("we ask"), markers (CONFIDENTIAL, not for attribution) and whether they describe
something else, who is spoken of (us, our text, third parties, participants), stories told in
the past, policy recommendations, consent and conditions. confidentiality.py decides where to
read and what the whole submission asks; this module judges each sentence.
"""

import re
from collections import namedtuple

from . import requests_lexicon as lex
from .request_patterns import (
    _acts_only,
    _finditer,
    _notice_only,
    normalise,
    pattern,
    present_triggers,
)
from .sentences import _CJK, NO_WORDS

ORDER = ("do_not_publish", "withhold_name")  # strictest first
NEG_GAP_WORDS = 6  # "do not, please, publish": words allowed between a negation and its act
NEG_GAP_CHARS_ZH = 8
CORRELATIVE = re.compile(r"neither|nor|weder|ni|nem|ни")
QUOTES = "\"'“”«»„‘’「」『』"
CLAUSE_BREAK = re.compile(r"[;:]| but | pero | mais | mas | но | aber | لكن|但|；")
CONFIDENTIAL_WORDS = re.compile(
    r"confiden|secret|secreto|privat|privad|privé|sigil|reserv|vertraul|geheim|конфиденц|тайн|секрет"
    r"|سر|كتمان|تكتم|خصوصي|保密|机密|守密"
)
SUBMISSION_WORDS = re.compile(
    r"submission|contribution|input|report|document|annex|paper|informe|aporte|contribuci|"
    r"rapport|relat[oó]rio|contribui|доклад|документ|вклад|материал|beitrag|stellungnahme|bericht|"
    r"مساهم|تقرير|وثيق|مذكر|意见书|报告|材料|提交"
)
SELF_NAMING = re.compile(r"name|nombre|nom\b|nome|назван|имя|имен|namen|اسم|名字|姓名|名称|署名")

SPECIAL = re.compile(
    "[\u0600-\u06ff\u3400-\u9fff’‘ё_\u00a0\u2011]"
)  # what normalise changes beyond case


def _permission(low):
    """Publication or naming allowed in so many words: not under a negation, not asked as a
    question, not in a form's boxes, with no condition after it ("… but not our name") and
    nothing refused anywhere in the text."""
    if re.search(r"[☐□☒☑]", low):
        return False
    for match in _finditer("PERMISSION", low):
        rest = low[match.end() :]
        if (
            not NEGATED_BEFORE.search(low[: match.start()])
            and not CONDITION_BEFORE.search(low[: match.start()])
            and not re.match(r"[^.!。！]*[?？؟]", rest)
            and not RESERVATION.search(rest)
        ):
            # "sin restricciones de publicación", "Vertraulichkeitsstufe: öffentlich": the act in
            # those words is their part, not a refusal
            whole = [m.span() for m in _finditer("UNRESTRICTED", low)]
            return not [r for r in refused_acts(low) if not any(a <= r[2] < b for a, b in whole)]
    return False


RESERVATION = re.compile(
    r"\b(?:but|except|however|provided|unless|pero|excepto|salvo|siempre que|mais|sauf|"
    r"sous réserve|mas|exceto|desde que|но|кроме|за исключением|aber|außer|sofern|jedoch|"
    r"(?:without|sin|sans|sem|ohne|без)(?! (?:any |ningún |aucune? |nenhum |jede |каких-либо )?"
    r"(?:problem|inconvenien|objec|restric|reserv|condi|einschränk|vorbehalt|огранич|возраж|услови)))\b|"
    r"但|除了|不过|唔好|لكن|باستثناء|شرط"
)


# "whether this submission can be published depends on …", "是否可以署名": publication left
# open, not allowed.
CONDITION_BEFORE = re.compile(
    r"(?:\b(?:whether|if|si|se|ob|falls|если|ли|إذا|إن|how|in what (?:form|way)|sous quelle forme|"
    r"comment|cómo|de qué (?:forma|manera)|como|de que (?:forma|maneira)|wie|in welcher form|"
    r"в каком виде|в какой форме|как|كيف|بأي شكل)(?!\w)|是否|若|如果|能否|如何|以何种形式)"
    r"[^.!?;:。！？；：,，、]{0,40}$"
)


def _consents(low):
    """Words of consent not left open ("в каком виде этот текст может быть опубликован")."""
    return any(not CONDITION_BEFORE.search(low[: m.start()]) for m in _finditer("CONSENT", low))


# "no autorizamos la publicación", "we do not consent to publication": a refusal, not a permission.
NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|nunca|jamais|ne|n'|não|nao|nicht|kein\w*|не|ни|غير)(?!\w)|لا|不|未|没有)"
    r"\W*(?:\w+\W+){0,2}$"
)


# --- judging one sentence ---------------------------------------------------------------
def judge(sentence, notice=False, short=False, among=None, policy_before=False):
    """(level, sure) of a request, ('mention', False) of words read as a mention, or None."""
    low, present = _prepared(sentence, notice, among)
    if not present:
        return None
    refused = refused_acts(low, present)
    if (
        _finditer("DISCLAIMER", low)
        and (
            all(kind == "withhold" for kind, _, _ in refused) or _finditer("UNAUTHORISED_USE", low)
        )
        and not SUBMISSION_WORDS.search(low)  # "this e-mail and our submission are confidential"
    ):
        return ("mention", False)  # an e-mail's standard notice, refusing no publication or name
    if (
        FORM_REFUSAL.search(low)
        and (_finditer("PUBLISH", low, present) or _finditer("NAME", low))
        and not OBJECTION.search(low)  # "Do you object to publication? No" consents
    ):
        # "¿Autoriza la publicación de su contribución en el sitio web? No": the form's answer.
        named = _finditer("NAME", low) and not _finditer("PUBLISH", low, present)
        return ("withhold_name" if named else "do_not_publish", True)
    marker = _marker(low, notice, present)
    careful = [m for m in _finditer("CAREFUL", low, present) if not _negated_before(low, m.start())]
    at_risk = _finditer("CONTENTS_AT_RISK", low, present)  # "the people named here": this text
    careful += at_risk
    if not refused and not marker and not careful:
        return _asking_about_publication(low, present)
    first = min(
        [start for _, _, start in refused]
        + ([marker[1][0]] if marker else [])
        + [m.start() for m in careful]
    )
    c = _context(low, first, policy_before)
    # "names of the persons interviewed were omitted": the participants may sit inside the words.
    reach = max([first] + [start + len(text) for _, text, start in refused if start == first])
    heard = _participants_before(low, reach)
    # A notice line ("Без указания авторства — по просьбе заявителя") speaks for the document;
    # a sentence ("se reserva la identidad de la persona entrevistada.", "حجب الاسم بناء على طلب
    # الشخص المعني.") may name its participants as the act's object or its asker.
    headline = notice and not low.rstrip().endswith((".", "。", "!", "؟"))
    if heard is None and not (headline or ADDRESSED.search(low) or FIRST_PERSON.search(low)):
        heard = _participants_after(low, reach)
    asked_first = heard is not None and c.own["self"] and ADDRESSED.search(low[:heard])
    if heard is not None and not ADDRESSED.search(low[heard:]) and not asked_first:
        return ("mention", False)  # "the interviewee asked to remain anonymous": their anonymity
    verdicts = []
    if refused:
        verdicts.append(
            _judge_refusal(
                refused, c.own, c.frame, c.modal, c.third, c.past, c.policy, c.hedged, low, notice
            )
        )
    if marker:
        verdicts.append(
            _judge_marker(low, marker, c.own, c.frame, c.third, c.past, notice, c.policy, short)
        )
    about_us = any(SPEAKER.search(m.group(0)) for m in careful)  # "nous prévenir avant de citer"
    if (
        careful
        and (c.frame or c.own["doc"] or notice or about_us or at_risk)
        and not _consents(low)
    ):
        verdicts.append(("withhold_name", False))  # "please handle this material with care"
    if (
        not c.own["self"]
        and USE_GRANTED_PASSIVE.search(low)
        and WITHOUT_NAMING.search(low)
        and not (c.third or c.past or heard is not None)
    ):
        verdicts.append(("withhold_name", False))  # "may be cited without identifying the author"
    if verdicts and YOUR_NAME.search(low) and not (c.own["self"] or c.own["doc"]):
        verdicts = [("mention", False)]  # "No te pedimos tu nombre": the reader's name, not ours
    without = WITHOUT_NAMING.search(low)
    if (
        without
        and USE_GRANTED.search(low)
        and SPEAKER.search(low[without.start() : without.end() + 12])
    ):
        # "Vous pouvez reprendre nos analyses, mais sans jamais nous nommer": use granted, we unnamed
        verdicts.append(("withhold_name", True))
    if c.own["self"] and WITHOUT_NAMING.search(low) and not (c.third or c.past):
        # "You may use these materials without naming our organisation": the condition is the
        # request; sure when the sentence grants the use ("you may use", "pueden utilizar").
        verdicts.append(("withhold_name", bool(USE_GRANTED.search(low))))
    found = _strongest([v for v in verdicts if v])
    if (
        found is None
        and (c.frame or c.own["self"] or c.own["doc"])
        and not (c.third or c.past or c.policy)
        and not _consents(low)
        and not _permission(low)
    ):
        # Fail closed: the submitter speaks of itself or its text with request words we cannot read.
        return ("withhold_name", False)
    positions = [start for _, _, start in refused] + [m.start() for m in careful]
    positions += [marker[1][0]] if marker else []
    if found and found[1] and all(_in_quotation(low, at) for at in positions):
        return found[0], False  # 'Box 2 – "Please don\'t write my name"': someone's words quoted
    return found


# The writer as the object: "contact us before citing", "nous prévenir avant", "sin nombrarnos".
SPEAKER = re.compile(
    r"\b(?:us|me|nous|nos|nosotr\w*|conmigo|connosco|conosco|uns|mich|нами|мной|нас|меня)\b|"
    r"\w+rnos\b|معنا|我们"
)


# "without naming / sin mencionar / sans citer / sem mencionar / без указания / ohne Nennung / دون ذكر"
WITHOUT_NAMING = re.compile(
    r"\b(?:without|sin|sans|sem|без|ohne)\s+(?:\w+\s+){0,2}?(?:nam|mention|cit|identif|attribut|"
    r"credit|mencion|nombr|indic|atribu|nomm|menç|identific|указ|упомин|назыв|назван|ссыл|"
    r"nenn|namensnenn|angabe|erwähn)|(?:دون|بدون|من غير)\s+(?:ال)?(?:ذكر|اشاره|الاشاره|تسميه)|"
    r"\bбез (?:[\w-]+ ){0,3}сведений,? (?:\w+ )?(?:позволяющих|по которым) (?:\w+ )?(?:установить|идентифицировать|узнать)|"
    r"不(?:要|得)?(?:提及|提到|注明|署名)"
)
USE_GRANTED = re.compile(
    r"\b(?:may|can|could|are free to|feel free to)\s+(?:\w+\s+){0,2}(?:use|quote|cite|draw|include)|"
    r"\b(?:pueden|puede|podéis|podem|pode|pouvez|peut|peuvent|können|dürfen|darf|kann)\s+"
    r"(?:\w+\s+){0,4}(?:utiliz|usar|citar|utilis|citer|reprendre|verwend|nutz|zitier)|"
    r"(?:можете|можно|вправе)\s+(?:\w+\s+){0,2}(?:использ|цитир)|يمكن\w*\s+(?:\w+\s+)?استخدام|可以使用|可以引用"
)

# The reader's own name, as a helpline's leaflet speaks to them.
YOUR_NAME = re.compile(
    r"\b(?:your|tu|ton|votre|teu|seu|твоё|твое|ваше|deinen|ihren) (?:\w+ )?(?:name|nombre|nom|nome|"
    r"имя|namen)\b|\b(?:tu|votre|ton|seu|teu|deinen|ihren) identi|اسمك|هويتك|你的(?:名字|姓名)|您的(?:名字|姓名)"
)
USE_GRANTED_PASSIVE = re.compile(
    r"\b(?:may|can) be (?:used|quoted|cited|reproduced)|\b(?:puede|pueden) ser (?:utilizad|usad|citad)|"
    r"\b(?:peut|peuvent) être (?:utilis|cité|repris)|\b(?:pode|podem) ser (?:utilizad|usad|citad)|"
    r"\b(?:darf|dürfen|kann|können) (?:\w+ ){0,3}(?:verwendet|zitiert|genutzt) werden|"
    r"\b(?:может|могут) быть (?:использован|процитирован)|\bможно (?:\w+ )?(?:использовать|цитировать)"
)


def _prepared(sentence, notice, among):
    """(normalised sentence, its triggers), or (.., empty) when nothing in it can ask for anything."""
    quick = sentence.lower()
    if among is not None and not SPECIAL.search(quick) and not any(t in quick for t in among):
        return "", frozenset()  # most sentences: no trigger, no normalising
    low = normalise(sentence).lstrip(BULLETS)  # "☒ Do not publish" starts with its request
    present = present_triggers(low, among)
    if not notice:
        present = present - _notice_only()  # "conf" in "conflict" is no file-name abbreviation
    if present <= _acts_only() and not _question(low) and not _negation_near(low, present):
        return low, frozenset()  # "publish" without a negation near it asks for nothing
    return low, present


def _negation_near(low, acts, reach=60):
    """Whether a negation stands within ``reach`` characters of one of the act words."""
    ends = [m.end() for m in pattern("NEG").finditer(low)]
    if not ends:
        return False
    for act in acts:
        at = low.find(act)
        while at >= 0:
            if any(-reach <= at - end <= reach for end in ends):
                return True
            at = low.find(act, at + 1)
    return False


Context = namedtuple("Context", "own frame modal third past policy hedged")
# Russian wishes take the past form ("мы бы не хотели, чтобы нас называли"): not the past.
SUBJUNCTIVE = re.compile(r"\b(?:чтобы|бы)\b(?:\s+(?!чтобы\b)\S+){0,4}")


def _context(low, first, policy_before=None):
    """Who speaks and how, around request words starting at ``first``."""
    # A third party *before* the request words is their subject: "the law prohibits …".
    aside = re.sub(
        r"\([^)]*\)", lambda m: " " * len(m.group(0)), low
    )  # "(screenshots of police chats)"
    third = any(m.start() < first for m in pattern("THIRD").finditer(aside))
    own = _objects(low)
    # "Многие пострадавшие не хотят, чтобы их имена …": others' wish, the submitter not in it.
    third = third or (
        not (own["self"] or own["doc"])
        and any(m.start() < first for m in pattern("FRAME_THIRD").finditer(aside))
    )
    frame = bool(pattern("FRAME").search(low)) or bool(
        (own["self"] or own["doc"]) and pattern("FRAME_THIRD").search(low)
    )
    # "The survey was anonymous": how a study was done, unless the submitter speaks of itself.
    method = bool(_finditer("METHOD", low)) and not own["self"] and not frame
    past = bool(pattern("PAST").search(SUBJUNCTIVE.sub(" ", _clause_of(low, first)))) or method
    policy = any(m.start() < first for m in _finditer("POLICY", low)) or bool(
        policy_before and policy_before()
    )
    hedged = bool(pattern("HEDGES").match(low)) or (
        low.rstrip().endswith(("?", "？", "؟")) and not frame
    )
    # "It is essential that …" obliges the submitter's own text or name only; about others it is advice.
    modal = bool(pattern("MODAL").search(low)) or bool(
        (own["self"] or own["doc"]) and pattern("NECESSITY").search(low)
    )
    return Context(own, frame, modal, third, past, policy, hedged)


def _participants_before(low, first):
    """Where the people a study heard, named before the request words, end (or None)."""
    ends = [m.end() for m in _finditer("PARTICIPANTS", low) if m.start() < first]
    return min(ends) if ends else None


# The submitter speaking of itself ("we", "our", "nosotras", "мы", "我们", "نحن").
FIRST_PERSON = re.compile(
    r"\b(?:we|us|our|ours|i|me|my|nosotr\w*|nuestr\w*|nos|nous|notre|nos|nós|nosso\w*|nossa\w*|"
    r"мы|нас|наш\w*|нам|я|меня|мо[йяеи]\w*|wir|uns|unser\w*|ich|mich|mein\w*)\b|我们|我|نحن|لنا|منظمتنا|اسمنا"
)
PARTICIPANTS_AFTER = 45  # characters after the request words where their object or asker stands


def _participants_after(low, reach):
    ends = [
        m.end()
        for m in _finditer("PARTICIPANTS", low)
        if reach <= m.start() < reach + PARTICIPANTS_AFTER
    ]
    return min(ends) if ends else None


# The submitter turning to the reader after the participants' wish ("… and we ask the Expert to
# respect it", "请一并隐去"): then it is a request again.
ADDRESSED = re.compile(
    r"\b(?:we|i) (?:\w+ )?(?:ask|request|urge|beg|would|trust|rely)|\b(?:please|kindly|veuillez|"
    r"merci de|nous (?:vous )?(?:demandons|prions)|je (?:vous )?(?:demande|prie)|por favor|favor|"
    r"solicitamos|pedimos|rogamos|solicito|peço|pido|просим|прошу|пожалуйста|bitte|wir bitten|"
    r"ich bitte|نرجو|نطلب|يرجى|الرجاء)\b|请|恳请|敬请|我们(?:请求|希望|要求)|"
    r"grateful|dankbar|agradec|reconnaissant|grat[oa]s|признательн|благодарн|ممتن|感激|感谢"
)


def _clause_of(low, at):
    """The clause holding position ``at``: "this note was written after our talks; as agreed,
    it must not be published" tells a story in one clause and asks in the other."""
    start = max([m.end() for m in CLAUSE_BREAK.finditer(low) if m.end() <= at], default=0)
    end = min([m.start() for m in CLAUSE_BREAK.finditer(low) if m.start() >= at], default=len(low))
    return low[start:end]


def _question(low):
    return "?" in low or "？" in low or "؟" in low


def _negated_before(low, start):
    """'contains no sensitive details': care that is denied asks for nothing."""
    return bool(re.search(r"\b(?:no|not|without|sin|sans|sem|без|ohne|kein\w*)\s*$", low[:start]))


def _asking_about_publication(low, present=None):
    """ "Could you tell me if these get put on the website?": the submitter worries; a person asks back."""
    if (
        _question(low)
        and _finditer("PUBLISH", low, present)
        and pattern("FRAME").search(low)
        and not _finditer("CONSENT", low)
    ):
        return "withhold_name", False
    return None


def _strongest(verdicts):
    if not verdicts:
        return None
    requests = [v for v in verdicts if v[0] != "mention"]
    if not requests:
        return verdicts[0]
    sure = [v for v in requests if v[1]]
    return min(sure or requests, key=lambda v: ORDER.index(v[0]))


def _judge_refusal(
    refused, own, frame, modal, third, past, policy, hedged=False, low="", short=False
):
    level = _level(refused, own, low)
    mine = own["self"] or own["doc"]
    cited_as = any(
        pattern("CITE_AS").match(text) for kind, text, _ in refused if kind == "withhold"
    )
    negated = any(kind != "withhold" for kind, _, _ in refused)
    if frame and (mine or not third):
        return level, True
    if frame and not policy:  # "we ask the State not to publish the names of victims"
        return level, False
    if own["doc"] and modal and not (third or policy):
        return level, True  # "as agreed, this note is not to go online": the story does not undo it
    if short and past and not (third or policy):
        return level, False  # a notice that tells a story ("the authors wished to remain unknown")
    if cited_as and not (third or past or policy):
        return "withhold_name", True  # "Cite us only as 'a group in Central Asia'"
    if third or past or policy:  # "the law prohibits …", "names were changed"
        return "mention", False
    if hedged and REQUEST_LINE.search(low):
        return level, False  # "can we add a line asking OHCHR not to post it?": the team's own wish
    if hedged and not own["self"]:  # "if it is confidential we cannot cite it", a question
        return "mention", False
    if HANDLING.match(low) and not (third or past or policy):
        return (
            level,
            False,
        )  # "Tratar con reserva.", "Treat as confidential": whose text? ask a person
    if mine and modal:
        return level, True
    if own["self"] and short:  # "name of the organisation withheld"
        return level, True
    if negated and modal:  # "… and must not appear in any report": whose? ask a person
        return level, False
    if negated and own["self"] and CONSENT_LIMIT.search(low):
        return level, False  # "… pero no a que el nombre de la colectiva aparezca": ask a person
    if mine and short:
        return level, False
    if short and any(" " in t.strip() for kind, t, _ in refused if kind == "withhold"):
        return level, False  # a notice that withholds in so many words ("без указания автора")
    if short and negated:
        return level, False  # a file name or header "NAO_PUBLICAR_…": ask a person
    return "mention", False  # "this report does not name the perpetrators": a statement


def _judge_marker(low, marker, own, frame, third, past, notice, policy=False, short=False):
    level, span, text = marker
    mine = own["self"] or own["doc"]
    if SELF_TITLED.match(low):  # "Aporte anónimo a la convocatoria …": the text names itself so
        return ("withhold_name", False) if level == "notice_noun" else (level, True)
    if FORM_ANSWER.search(text):  # "Publication: NO", "是否同意公开：否"
        return level, bool(notice or short)
    # "SIGILOSO — NÃO DIVULGAR — …", "CONFIDENTIAL: …": a notice heading its sentence.
    notice = notice or (span[0] == 0 and bool(re.match(r"\w*\s*[:—–\-|/(\[.!]", low[span[1] :])))
    if level == "do_not_publish" and own["self"] and not own["doc"]:
        level = "withhold_name"  # "den Namen unserer Organisation nicht zu veröffentlichen"
    if _quoted(low, span) or (_hedged(low, span) and not frame):
        return "mention", False  # 'marked "secret"', "if it is confidential", a question
    if policy and not (frame or mine):
        return "mention", False  # an item of "Recommendations to the State:" ("не публиковать …")
    if _names_service(low, span) or ((_service(low, span) or _yours(low, span)) and not frame):
        return "mention", False  # "Linha de apoio confidencial e anónima: 218 …": a service
    if COUNTERFACTUAL.search(_clause_of(low[: span[0]], span[0])[-200:]):
        return (
            "mention",
            False,
        )  # "… sonst klingt es, als sollte die Stellungnahme vertraulich sein"
    if _study_word(low, span) and not frame:
        return "mention", False  # "استبيان مجهول الهوية", "匿名问卷": how a study was done
    if _done_or_of_others(low, span):
        return "mention", False  # "the survey data are already anonymised"
    if DATA_METHOD.match(low[_word_end(low, span[1]) :]) and not frame:
        return "mention", False  # "o artigo sobre anonimização de dados de saúde": a method's name
    if (
        _attributive(low, span)
        and (
            not frame or _question(low)
        )  # "要不要在脚注里写上匿名问卷的样本量？": an editor's question
        and (not mine or _adjective_before_noun(low, span))
    ):
        return "mention", False  # "a confidential complaints mechanism", "анонимные механизмы"
    if (
        IMPERATIVE.match(low[span[0] : span[1]])
        and not notice
        and not frame
        and not _clause_start(low, span[0])
    ):
        return "mention", False  # "we do not publish names in our newsletter": a statement
    if level == "notice_noun":  # "Confidentiality" alone, not "Confidentiality of health data"
        return (
            ("withhold_name", False)
            if notice and not re.match(r"\s*\w", low[_word_end(low, span[1]) :])
            else None
        )
    if notice and not frame and (past or (third and not mine)):
        return level, False  # a notice that tells a story or speaks of a third party: ask a person
    if not notice and (past or third and not mine) and not frame:
        return "mention", False
    if frame and third and not mine:  # "we ask schools to keep … confidential"
        return ("mention", False) if policy else (level, False)
    if notice or mine or frame:
        return level, True
    if short or span[0] == 0 or re.search(r"\s", low[span[0] : span[1]].strip()):
        return level, False  # "CONFIDENTIAL" in the middle of the body: ask a person
    return "mention", False  # "data collection must be voluntary, anonymous and …"


def _service(low, span):
    """A service named before the marker, or right after it: "Linha de apoio confidencial",
    "Телефон доверия (анонимно", "anonymous helpline" (not "CONFIDENTIAL – hotline numbers")."""
    services = pattern("SERVICES")
    after = low[_word_end(low, span[1]) :].lstrip()
    return bool(services.search(low[max(0, span[0] - 100) : span[0]]) or services.match(after))


def _names_service(low, span):
    """The marker describes the service named right after it, a word between at most: "anonyme
    Hotline", "auch anonym nutzbaren Meldestelle" (what a sentence asks for is the service)."""
    after = low[_word_end(low, span[1]) :].lstrip()
    services = pattern("SERVICES")
    return bool(
        services.match(after)
        or (
            " " in after
            and re.match(r"\w+$", after.split(" ", 1)[0])
            and services.match(after.split(" ", 1)[1])
        )
    )


# A use agreed to within a limit: "but not that …", "on the express condition that …".
CONSENT_LIMIT = re.compile(
    r"\b(?:pero no|but not|mais (?:pas|non)|mas não|aber nicht|но не)\b|"
    r"\b(?:à la condition|a condition|on (?:the )?condition|unter der bedingung|при условии|"
    r"siempre (?:y cuando|que)|provided that|sous réserve|desde que|con la condición|com a condição)"
)


def _yours(low, span):
    """A service's promise to its users: "Ihre Anliegen bleiben vertraulich", "your call is
    anonymous": the reader's call or data, not this text or its writer."""
    return bool(YOUR_THINGS.search(_clause_of(low, span[0])[:200]))


YOUR_THINGS = re.compile(
    r"\b(?:ihre|deine|your|vos|votre|tus|sus|seus|suas|tes|ваш\w*|тво\w+)\s+(?:\w+\s+)?"
    r"(?:anliegen|daten|angaben|anruf\w*|gespräch\w*|calls?|details|data|information|identity|"
    r"données|appels?|identité|datos|llamadas?|identidad|dados|chamadas?|identidade|данные|"
    r"звонк\w*|обращени\w*)\b"
)


def _study_word(low, span):
    """The marker beside a questionnaire or survey: "استبيان مجهول الهوية", "匿名问卷", "anonymous survey"."""
    # "Online-Befragung (n = 873), anonym": the sample size between the study and its marker
    before = SAMPLE_AFTER.sub("", low[: span[0]]).rstrip().rsplit(" ", 1)[-1]
    after = low[_word_end(low, span[1]) :].lstrip()
    if _CJK.match(low[span[1] : span[1] + 1] or " "):
        after = low[span[1] :]  # "匿名网络问卷": no spaces between the words
    return bool(STUDY.fullmatch(before) or STUDY.match(after))


SAMPLE_AFTER = re.compile(r"\s*\((?:n|ν)\s*[=:]\s*[\d\s.,]+\)[\s,;:–-]*$")


STUDY = re.compile(
    r"(?:ال)?(?:استبيان|استطلاع)|(?:网络|在线|线上|网上|电子)?问卷\w*|(?:(?:online|web|telephone|phone) )?survey|questionnaire|cuestionario|encuesta|questionário|"
    r"inquérito|enquête|(?:онлайн-|интернет-)?опрос\w*|анкет\w*|(?:online-)?(?:umfrage|befragung)|fragebogen|opros\w*|anket\w*"
)


# "as if", "comme si": the marker is imagined, not asked for.
COUNTERFACTUAL = re.compile(
    r"\b(?:as if|as though|comme si|como si|como se|als ob|als wäre|als sollte|als würde|"
    r"как будто|как если бы|словно)\b|كأن|كما لو|好像|仿佛"
)


# The anonymisation *of data* (health data, census data): a method, not this text or its author.
DATA_METHOD = re.compile(
    r"\s*(?:de|of|des|da|do|dos|das|der|of the) (?!our|nos|notre|nuestr|unser)(?:\w+ )?"
    r"(?:dados|data|données|datos|daten)\b"
)


# A text that opens by calling itself anonymous or confidential ("Confidential submission to
# the call …", "Aporte anónimo a la convocatoria …").
SELF_TITLED = re.compile(
    r"\W*(?:(?:aporte|contribución|contribuição|contribution|submission|input|comunicación|"
    r"documento|document|stellungnahme|beitrag|eingabe|вклад|обращение|материал|مساهمه|مشاركه)\s+"
    r"(?:anónim|anonym|anônim|anonim|анонимн|confidencial|confidential|confidentiel|vertraulich|"
    r"конфиденциальн|مجهول|سري)|(?:anonymous|confidential|anonyme[rs]?|vertrauliche[rs]?|"
    r"анонимн\w+|конфиденциальн\w+)\s+(?:submission|input|contribution|beitrag|stellungnahme|"
    r"eingabe|вклад|обращение|материал)|(?:匿名|保密)(?:提交|意见|材料|来文))"
)
BULLETS = "☒☑✓✔✗✘■●•*·>–— "  # ticked boxes and bullets before a sentence
OBJECTION = re.compile(r"obje[ct]|oppos|возраж|widersprech|einwänd|يعترض|تعترض|反对")
FORM_REFUSAL = re.compile(rf"[?？؟:：]\s*(?:{NO_WORDS})\W*$")
FORM_ANSWER = re.compile(rf"[:：?？]\s*(?:{NO_WORDS})$")
IMPERATIVE = re.compile(
    r"(?:do not|don't|no|ne pas|pas de|não|не|никаких|nicht|keine?|ningún|nenhum|لا|عدم|请勿|不)\b"
)


def _clause_start(low, start):
    """Whether ``start`` begins a sentence or clause ("CONFIDENTIAL – do not circulate")."""
    return start == 0 or bool(
        re.search(
            r"(?:[:;,.!?–—\-(\[«\"“]|\b(?:but|and|pero|y|mais|et|mas|e|но|и|aber|und))\s*$",
            low[:start],
        )
    )


QUOTATION = re.compile(r"[\"“«„「『][^\"“”«»„「」『』]{3,200}[\"”»“」』]")


def _in_quotation(low, at):
    return any(m.start() < at < m.end() for m in QUOTATION.finditer(low))


def _quoted(low, span):
    before, after = low[: span[0]].rstrip()[-1:], low[_word_end(low, span[1]) :].lstrip()[:1]
    return bool(before) and before in QUOTES and bool(after) and after in QUOTES


def _hedged(low, span):
    """A marker in a question or after 'if' talks about the word: "is it public or confidential?"."""
    words_before = " ".join(low[: span[0]].split()[-3:])
    return (
        "?" in low[span[0] :]
        or "？" in low[span[0] :]
        or bool(pattern("HEDGES").search(words_before))
    )


def _word_end(low, end):
    match = re.compile(r"\w*").match(low, end)
    return match.end()


def refused_acts(low, present=None):
    """[(kind, matched text, start)]: acts under a negation, or acts that withhold by themselves."""
    framed = bool(pattern("FRAME").search(low))
    found = [
        ("withhold", m.group(0), m.start())
        for m in _finditer("WITHHOLD", low, present)
        if _withholds(low, m, framed)
    ]
    acts = [(kind, act) for kind in ("PUBLISH", "NAME") for act in _finditer(kind, low, present)]
    negations = list(pattern("NEG").finditer(low)) if acts else []
    hesitate = [m.span() for m in NOT_HESITATE.finditer(low)] if negations else []
    negations = [
        n
        for n in negations
        if not any(a <= n.start() < b for a, b in hesitate)
        and not CONFIDENTIAL_WORDS.match(low[n.end() :].lstrip(" -"))  # "non confidentiel"
    ]
    if negations:
        after = list(pattern("NEG_AFTER").finditer(low))
        for kind, act in acts:
            if any(_governs(low, neg, act) for neg in negations) or any(
                _follows(low, act, neg) for neg in after
            ):
                found.append((kind.lower(), act.group(0), act.start()))
        for own in pattern("SELF").finditer(low):
            if any(
                _governs(low, neg, own, gap=2)
                for neg in negations
                if neg.group(0).strip() not in ("no", "не", "لا")
            ):
                found.append(("name", own.group(0), own.start()))  # "publish it but not our name"
    if not found:
        return found
    consents = _finditer("CONSENT", low)
    return [
        f
        for f in found
        if not any(
            _same_clause(low, c.start(), f[2]) and not _limited(low, c.end(), f[2])
            for c in consents
        )
    ]


def _withholds(low, match, framed):
    """A WITHHOLD match that withholds something of the writer's, not words that describe
    something else, are denied, tell anonymisation already done, ask about the word, or describe
    a service (unless the writer frames a request)."""
    span = match.span()
    if not pattern("CITE_AS").match(match.group(0)) and _attributive(low, span):
        return False
    return not (
        MARKER_DENIED.search(low[: span[0]])
        or _done_or_of_others(low, span)
        or QUESTION_ABOUT.search(" ".join(low[: span[0]].split()[-3:]))
        or ((_yours(low, span) or _service(low, span)) and not framed)
    )


def _limited(low, consent_end, act_start):
    """A condition between the consent and the act: "we consent to publication on condition
    that our name is removed" asks for the removal."""
    return consent_end <= act_start and bool(CONSENT_LIMIT.search(low[consent_end:act_start]))


# "Betreff: Frage zur Vertraulichkeit": the word as the topic of a question, nothing withheld.
QUESTION_ABOUT = re.compile(
    r"\b(?:frage (?:zu|zur|zum|nach)|question (?:about|on|regarding|sur|concernant)|"
    r"(?:pregunta|consulta|duda) (?:sobre|acerca de)|(?:dúvida|pergunta|questão) (?:sobre|acerca)|"
    r"вопрос (?:о|об|по))$"
)


def _done_or_of_others(low, span):
    """Anonymisation told as done ("the survey data are already anonymised") or done to the
    people a study heard ("anonimizar os nomes dos relatos"): about others' data, not a request."""
    start, end = span[0], _word_end(low, span[1])
    if not ANONYMISING.match(low[start:end]):
        return False
    return bool(
        ALREADY.search(low[max(0, start - 30) : start])
        or ACCOUNTS_OF.match(low[end:])
        or METHOD_NOUN.match(low[end:])
        or CASE_BEFORE.search(low[max(0, start - 30) : start])
        or NAMES_INVENTED.search(low)
    )


ANONYMISING = re.compile(
    r"anonymi|anonimi|anonymis|обезлич|анонимиз|redact|pseudonym|seud[óo]nim|pseud[óo]nim|"
    r"匿名化|替换为化名|化名|اسم مستعار"
)
ALREADY = re.compile(
    r"\b(?:already|bereits|schon|ya|déjà|já|уже)\s+(?:\w+\s+)?$|已(?:经)?[^，。,]{0,6}$"
)
# "our anonymisation protocol", "Fallbeispiel (anonymisiert)", "all names are pseudonyms"
METHOD_NOUN = re.compile(
    r"\w*\s+(?:protocol|procedure|process|method|guideline|protocolo|procedimiento|m[ée]todo|"
    r"protocole|proc[ée]dure|m[ée]thode|verfahren|protokoll|протокол|процедур|методик)"
)
CASE_BEFORE = re.compile(
    r"(?:fallbeispiel|beispiel|case study|case|caso|cas|estudio de caso|estudo de caso|"
    r"testimon\w*|témoignage|testemunho|zeugenaussage|interview|entrevista|история|случай)\W*$"
)
NAMES_INVENTED = re.compile(
    r"\b(?:names|nombres|noms|nomes|namen|имена)\b[^.;]{0,60}\b(?:are|son|sont|são|sind)\s+"
    r"(?:all\s+|todos\s+|tous\s+|alle\s+)?(?:ficti|fictic|pseudonym|seud[óo]nim|pseud[óo]nim|fiktiv|changed|"
    r"cambiad|modifi|alterad|geändert)"
    # a case told under a pseudonym: "'Sam' (not his real name)", "«ليلى» (اسم مستعار)", "“小雨”（化名）"
    r"|[(（]\s*(?:pseudonym|pseudonyme|seud[óo]nimo|pseud[ôo]nimo|псевдоним|اسم مستعار|化名|"
    r"not (?:his|her|their) real name|nombre ficticio|nom d'emprunt|nome fictício)\w*\s*[)）]"
)
ACCOUNTS_OF = re.compile(
    r"\s*(?:\w+ ){0,2}(?:d[oa]s|de l[oa]s|des|of the|der|of) (?:relatos|testemunh|testimon|témoign|"
    r"entrevist|interview|vítim|víctim|victim|casos|cases|récits|historias|histórias|stories|accounts)"
)


# "N'hésitez pas à la diffuser", "do not hesitate to share it": an invitation, not a negation.
NOT_HESITATE = re.compile(
    r"n'h[ée]sit\w* pas|ne h[ée]sit\w* pas|(?:do not|don't) hesitate|no dud\w*|não hesit\w*|"
    r"zögern sie nicht|не стесняйтесь|не колеблясь"
)


def _same_clause(low, a, b):
    return not re.search(
        r"[;:,.،؛]| [–—] | but | pero | mais | mas | но | aber |但|，", low[min(a, b) : max(a, b)]
    )


def _governs(low, neg, act, gap=NEG_GAP_WORDS):
    """A negation shortly before the act, in the same clause ("neither … nor" reaches further)."""
    if neg.end() > act.start():
        return False
    between = low[neg.end() : act.start()]
    if (
        neg.group(0).strip() == "no"
        and PLACE_BEFORE.fullmatch(between.strip())
        and PLACE_ACT.match(act.group(0))
    ):
        return False  # Portuguese "no site", "no sítio" ("on the website"): no negation

    if CLAUSE_BREAK.search(between) or GRANT.search(between):
        return False
    if re.search(r"[\u4e00-\u9fff]", between + act.group(0)):
        return len(between) <= NEG_GAP_CHARS_ZH
    if CORRELATIVE.match(neg.group(0).strip()):
        gap = max(gap, 10)
    if between and not between.endswith(" "):
        between = between.rsplit(" ", 1)[0]  # "المنشور": the act starts inside its word
    return len(between.split()) <= gap


# "Je n'ai pas peur, vous pouvez publier mon nom": a new clause grants the act the negation
# before it does not reach.
GRANT = re.compile(
    r"\b(?:you|vous|usted(?:es)?|você(?:s)?|sie|вы)\s+(?:\w+\s+)?(?:may|can|could|are free to|"
    r"pouvez|podéis|pueden|puede|podem|pode|können|dürfen|можете)\b|"
    r"\b(?:pueden|podem|pouvez|können sie|dürfen sie|можете)\b"
)
PLACE_ACT = re.compile(r"(?:site|sítio|página|portal|web)")
PLACE_BEFORE = re.compile(r"(?:sítio|site|portal)?")  # "no sítio web"


def _follows(low, act, neg):
    """German verb-second: "veröffentlichen Sie diese Stellungnahme bitte nicht"."""
    between = low[act.end() : neg.start()]
    return (
        act.end() <= neg.start() and not CLAUSE_BREAK.search(between) and len(between.split()) <= 6
    )


# A colleague proposing the line that asks ("add a line saying it's not to go on the website").
REQUEST_LINE = re.compile(
    r"\b(?:add|put|include|write|mention) (?:in )?(?:a |the )?(?:line|sentence|note)\b|"
    r"(?:agregar|añadir|poner) en el (?:mail|correo)|ajout\w* (?:une |la )?(?:ligne|phrase|mention)|"
    r"im anschreiben|نضيف سطر|(?:在|喺)(?:邮件|郵件|信)(?:里|裏|度)|写明|寫明|klarstellen"
)


# An instruction on how to handle the text, opening its sentence with no subject.
HANDLING = re.compile(
    r"\W*(?:treat|handle|keep|tratar|trátese|manejar|guardar|traiter|à traiter|garder|manter|"
    r"behandeln|vertraulich behandeln|обращаться|хранить)\w* (?:\w+ ){0,3}(?:con reserva|com reserva|"
    r"en reserva|confiden|discre|reserv|vertraulich|sigil|secret|in confidence)"
)


def _objects(low):
    return {
        "self": bool(pattern("SELF").search(low)),
        "doc": bool(pattern("DOC").search(low)),
        "persons": bool(pattern("PERSONS").search(low)),
    }


def _level(refused, own, low=""):
    """do_not_publish when the submission itself is not to be published or is to be kept confidential;
    withhold_name when what is not to be published is a name ("do not publish it" after "the name")."""
    names = bool(SELF_NAMING.search(low))
    for kind, text, _ in refused:
        about_doc = own["doc"] or not (own["self"] or own["persons"] or names)
        if kind == "publish" and about_doc and not SELF_NAMING.search(text):
            return "do_not_publish"
        if kind == "withhold" and CONFIDENTIAL_WORDS.search(text) and about_doc:
            return "do_not_publish"
    return "withhold_name"


def _marker(low, notice, present=None):
    """(level, span, matched text) of the strictest marker in the sentence, or None."""
    names = [
        ("do_not_publish", "MARKERS_DO_NOT_PUBLISH"),
        ("withhold_name", "MARKERS_WITHHOLD_NAME"),
    ]
    if notice:
        names += [
            ("do_not_publish", "NOTICE_ONLY_MARKERS"),
            ("do_not_publish", "NOTICE_ABBREVIATIONS"),
            ("notice_noun", "NOTICE_NOUNS"),
        ]
    for level, name in names:
        for match in _finditer(name, low, present):
            if name == "NOTICE_ONLY_MARKERS" and not _alone(low, match.span()):
                continue  # "private sector", "espacio cívico restringido"
            if MARKER_DENIED.search(low[: match.start()]):
                continue  # "Document non confidentiel – diffusion libre": the marker denied
            if not _attributive(low, match.span()) or name == names[-1][1]:
                return level, match.span(), match.group(0)
    return None


# A marker that ends with its reader ("só para o perito") names no thing the next word could be:
# "SO_PARA_O_PERITO_relato_casos" is not a kind of report, as "confidential report" is.
FOR_THE_READER = re.compile(
    r"(?:perito|especialista|experto|expert|experte|expertin|эксперта|relator|rapporteur|mandat[eo]?)$"
)


# A negation right before a marker denies it: "non confidentiel", "not confidential",
# "no confidencial", "nicht vertraulich", "неконфиденциальный", "غير سري", "非保密".
MARKER_DENIED = re.compile(r"(?:\b(?:non|not|no|não|nao|nicht|kein\w*|не)[ -]?|не|غير |非|不)$")


def _alone(low, span):
    """A notice-only word at the start of its clause, followed by nothing or by a word for the document."""
    rest = low[_word_end(low, span[1]) :]
    last = re.match(
        r"\s*(?:(?:v\d+|rev\w*|final\w*|draft|\d+)\s+)*"
        r"(?:$|[-–—:|/,;()\[\]!]|(?:docx?|pdf|odt|rtf|txt|eml|zip)\b)",
        rest,
    )  # "submission_PRIVATE.docx", "Anexo_I_restrito_v3.pdf"
    return bool(re.match(lex.NOTICE_FOLLOWERS, rest)) and (
        _clause_start(low, span[0]) or bool(last) or bool(DOC_NOUN_BEFORE.search(low[: span[0]]))
    )


# "Documento sensível · pág. 5": the document named, then the notice word.
DOC_NOUN_BEFORE = re.compile(
    r"(?:^|[:;,.!?–—|/(\[])\s*(?:document|documento|dokument|документ|материал|texto|texte|"
    r"вклад|contribution|contribución|contribuição|beitrag|submission|circulação|circulación|"
    r"circulation|diffusion|distribution|verteilung|распространение)\s*$"
)


def _attributive(low, span):
    """'confidential complaints mechanism', 'mecanismo de denuncia confidencial', 'anonymous activist'."""
    if FOR_THE_READER.search(low[span[0] : span[1]]):
        return False
    after = low[_word_end(low, span[1]) :].lstrip(" -")
    if _CJK.match(low[span[1] : span[1] + 1] or " "):
        after = low[span[1] :]
    before = low[: span[0]].rstrip().rsplit(" ", 1)[-1]
    second = after.split(" ", 2)[1] if after.count(" ") >= 1 else ""  # "anonymous death threats"
    earlier = low[: span[0]].split()
    if before in COORDINATORS and len(earlier) >= 3:
        before = earlier[-3]  # "línea gratuita y confidencial": the noun before both adjectives
    return bool(
        ARABIC_CONSTRUCT.match(low[span[0] :])  # "سرية المحاكمات": the secrecy *of* something
        or pattern("ATTRIBUTIVE").match(after)
        or pattern("ATTRIBUTIVE").match(before)
        or (second and pattern("ATTRIBUTIVE").match(second))
        or _adjective_before_noun(low, span)
    )


COORDINATORS = {"y", "e", "et", "and", "und", "и", "و", "o", "ou", "or", "oder", "или"}
ARABIC_CONSTRUCT = re.compile(r"(?:ال)?(?:سريه|خصوصيه) (?:ال\w+|هويه|بيانات|معلومات|مراسلات)")


# German and Russian adjectives agree with the noun they stand before: "vertrauliche
# Spurensicherung", "анонимные и конфиденциальные механизмы" describe a thing. Before a word
# for the text itself ("Vertrauliche Stellungnahme", "конфиденциальная информация") they
# still mark it.
INFLECTED = re.compile(
    r"(?:vertraulich|anonym|geheim)(?:e|en|er|es|em)$|(?:ые|ая|ое|ый|ой|ую|ых|ым|ыми|ий|ие)$"
)
COORDINATED = re.compile(r"(?:und|oder|и|или) \w+ ")
# English puts the adjective before its noun too: "held in secret detention", "a confidential
# hotline" describe a thing; "confidential submission", "confidential information" still mark
# the text, and a notice's "CONFIDENTIAL final" (no article before it) stays a marker.
ENGLISH_ADJECTIVE = re.compile(r"secret|confidential|anonymous|classified")
DETERMINER = re.compile(r"(?:a|an|the|in|of|no|any|such|its|their|his|her|our|this|these)$")


def _english_adjective(low, start, word):
    words_ = word.split()
    if not words_ or not ENGLISH_ADJECTIVE.fullmatch(words_[-1]):
        return False
    before = words_[-2] if len(words_) > 1 else low[:start].rstrip().rsplit(" ", 1)[-1]
    return bool(DETERMINER.match(before))


TEXT_NOUNS = re.compile(
    r"(?:dokument|stellungnahme|information|unterlage|eingabe|beitrag|mitteilung|angabe|schreiben|"
    r"bericht|fassung|version|документ|информац|сведени|материал|записк|доклад|письм|обращени|"
    r"сообщени|текст|вклад|версия|данные|behandlung|handhabung|рассмотрени|"
    r"submission|contribution|input|report|paper|letter|note|memo|draft|annex|material|"
    r"communication|e-?mail|message|file|copy|treatment|handling|basis|manner|way)|"
    r"(?:until|unless|and|or|to|for|in|by|as|if|at|with|from|of|on|please|do|not)\b"
)


def _adjective_before_noun(low, span):
    start = low.rfind(" ", 0, span[0]) + 1
    word = low[start : _word_end(low, span[1])]
    if " " in word:
        return False  # a phrase ("убрать из него название"), not an adjective
    if not (INFLECTED.search(word) or _english_adjective(low, start, word)):
        return False
    after = low[_word_end(low, span[1]) :].lstrip()
    after = after[COORDINATED.match(after).end() :] if COORDINATED.match(after) else after
    noun = re.match(r"\w+", after)
    return bool(noun) and not TEXT_NOUNS.match(noun.group(0))
