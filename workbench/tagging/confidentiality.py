"""Requests not to publish or not to name, however they are written, wherever they stand.

Missing a request can put people at risk, so the detector fails closed: the answer is
``public`` only when nothing anywhere in the submission looks like a request.

The model (data in requests_lexicon.py):
- a *refused act*: a negation shortly before an act of publication or naming ("do not
  publish", "sin mencionar", "请勿公开"), or an act that withholds by itself ("withhold",
  "keep confidential", "anonymiser");
- made a *request* by a first-person frame ("we ask", "please", "nous préférerions") or by
  an obligation whose object is this submission or its author ("this document must not be
  posted", "our name is not to be mentioned");
- a *mention* when a third party or the past is the subject ("the law prohibits …",
  "complainants were not identified"), and no frame speaks for the submitter;
- *markers* (CONFIDENTIAL, not for attribution, eyes only) are requests on their own in a
  notice: a header, a file name, a property, a short comment or note, the first lines of a
  file, a subject line; in prose they are requests with the submission as their subject,
  a mention when they describe something else ("a confidential hotline").
A clear request gives its level with high confidence; anything weaker gives the stricter
level with a low confidence and "needs review:" evidence, so a person decides on Triage.
A weak cue the request model reads as no request at all (in six words or more) is public at a
low confidence instead (see VETO).
A text is only split into sentences when it holds one of the literal substrings every act
or marker needs (read from the lexicon's regexes), and a sentence is only judged when it
holds one too: most pages cost a set lookup over their words.
"""

import re
from collections import namedtuple

from . import part_text, request_model
from . import requests_lexicon as lex
from .documents import Part
from .names import Found
from .part_text import NAME_KINDS
from .request_patterns import (
    _acts_only,
    _finditer,
    _notice_only,
    normalise,
    part_triggers,
    pattern,
    present_triggers,
    triggers,  # noqa: F401 (part of the detector's API: the prefilter's literal starts)
)
from .sentences import _CJK, NO_WORDS, NOTICE_WORDS, UNTICKED, words
from .sentences import split as _sentences

ORDER = ("do_not_publish", "withhold_name")  # strictest first
SURE, UNSURE = 0.92, 0.35  # a clear request / a cue a person must read
MENTION_SURE = 0.75  # public, but words of a request were read as a mention
NOTICE_KINDS = {
    "running_header",
    "running_footer",
    "header",
    "footer",
    "properties",
    "file_name",
    "folder_name",
    "zip_name",
}
NEG_GAP_WORDS = 6  # "do not, please, publish": words allowed between a negation and its act
NEG_GAP_CHARS_ZH = 8
CORRELATIVE = re.compile(r"neither|nor|weder|ni|nem|ни")
NOTE_KINDS = {
    "footnote",
    "endnote",
    "cover_email",
    "comment",
    "text_box",
}  # a marker alone in a short one is a notice
# Notes written to the secretariat or a colleague, not text of the submission. A text box is
# the submission's own sidebar ("Box 2: what the law says"): over the 2,503 benchmark texts read,
# its vocabulary alone sent 14 controls to review and found no request the rules and the
# second reader did not.
ADDRESSED_NOTES = {"comment"}
QUOTES = "\"'“”«»„‘’「」『』"
SUBJECT_LINE = re.compile(
    r"(?:subject|re|asunto|objet|assunto|тема|betreff|الموضوع|主题|标题)\s*[:：]", re.IGNORECASE
)
CLAUSE_BREAK = re.compile(r"[;:]| but | pero | mais | mas | но | aber | لكن|但|；")
CONFIDENTIAL_WORDS = re.compile(
    r"confiden|secret|secreto|privat|privad|privé|sigil|reserv|vertraul|geheim|конфиденц|тайн|секрет"
    r"|سر|كتمان|تكتم|خصوصي|保密|机密|守密"
)
# The vocabulary of secrecy, anonymity and publication in every language (normalised text):
# outside the body it sends a part to review even when no request is recognised in it.
BROAD_VOCABULARY = re.compile(
    r"confiden|secret|privat|privac|privad|privé|sigil|reservad|restrict|embarg|anonym|anonim|anónim|pseudonym|"
    r"publica|publish|publier|publiz|veröffentl|vertraul|geheim|nicht öffentlich|divulg|disclos|attribu|atribu|"
    r"identif|do not|don't|ne pas|no publicar|não publicar|nao publicar|"
    r"конфиденц|тайн|секрет|аноним|опублик|публик|разглаш|не для|"
    r"سر|كتمان|خصوصي|مجهول|هوي(?!ه ?(?:ال)?جنس)|نشر|لا تنشر|"
    r"保密|机密|秘密|隐私|匿名|公开|公布|发表|不要|勿"
)
# Words that only send a text to the second reader (never a cue by themselves): discretion,
# care, names, anonymising — how people ask without the vocabulary of confidentiality.
CAUTION_VOCABULARY = re.compile(
    r"discre|discré|diskret|delicad|délicat|sensib|sensitiv|heikel|вниматель|осторожн|между нами|"
    r"не упомин|не называ|не раскрыва|anonymis|anonymiz|nome|nombre|name|nom de|nom du|имя|назван|"
    r"اسم|الحذر|حذر|سري|低调|谨慎|小心|名字|名称|别|唔好|prudên|cuidad|cautel|vorsicht|précaution|"
    r"attention|careful|caution|schwärz|nicht genannt|namentlich"
)
# Words of making a text public or keeping it in-house, and of the writers' safety: people ask
# "to decide what to make public", "not to put it online", "to leave it internal" without any
# word of confidentiality. Like CAUTION_VOCABULARY they only send a text to the second reader.
PUBLICITY_VOCABULARY = re.compile(
    r"\bpublic\b|make public|made public|público|pública|publique|öffentlich|публичн|публик|"
    r"online|on line|en ligne|website|web site|sitio web|site web|sítio|site da|webseite|сайт|"
    r"internet|reproduc|reproduz|reprodu|wiedergeb|воспроизв|circul|"
    r"\binternal|\binterne?\b|\binterno|\binterna\b|внутренн|"
    r"security|safety|sécurité|seguridad|segurança|sicherheit|безопасн|"
    r"نشر|موقع|الامن|سلامه|内部|网站|网上|公开|安全"
)
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[A-ZÀ-ÖА-Я0-9(\[—–-])")
ZONE_PARAGRAPH_WORDS = 80
SUBMISSION_WORDS = re.compile(
    r"submission|contribution|input|report|document|annex|paper|informe|aporte|contribuci|"
    r"rapport|relat[oó]rio|contribui|доклад|документ|вклад|материал|beitrag|stellungnahme|bericht|"
    r"مساهم|تقرير|وثيق|مذكر|意见书|报告|材料|提交"
)
SELF_NAMING = re.compile(r"name|nombre|nom\b|nome|назван|имя|имен|namen|اسم|名字|姓名|名称|署名")

SPECIAL = re.compile(
    "[\u0600-\u06ff\u3400-\u9fff’‘ё_\u00a0\u2011]"
)  # what normalise changes beyond case
# broad: the vocabulary of secrecy alone in a note, read as nothing else (a person's to read,
# unless the second reader finds no request at all in it: see VETO)
Hit = namedtuple("Hit", "level sure sentence part broad", defaults=(False,))


# --- matching ---------------------------------------------------------------------------
def parts_of(doc):
    """The parts to read: doc.parts when ingest gives them, else every page as body plus file names."""
    parts = getattr(doc, "parts", None)
    if parts:
        return list(parts)
    pages = [Part("body", f, p, text) for f, p, text in doc.all_pages]
    files = dict.fromkeys([f for f, _, _ in doc.all_pages] or [doc.file_name])
    return pages + [Part("file_name", f, 1, f) for f in files if f]


def detect(doc, submitter_type=""):
    """Found(level) for the whole submission: every part of every file is read."""
    return detect_many([(doc, submitter_type)])[0]


def detect_many(docs):
    """[Found(level)] of [(doc, submitter type)], each exactly as ``detect`` reads it alone; the
    second reader's model is asked once for all of them (one call for a response was most of
    its cost: the survey import reads thousands of short responses)."""
    read = [_read_rules(doc) for doc, _ in docs]
    wanted = [
        _candidates(parts, zones, mentions) if not hits else _weak_cues(hits)
        for parts, zones, hits, mentions in read
    ]
    probs = request_model.probabilities([chunk for found in wanted for chunk, _ in found])
    verdicts, at = [], 0
    for (doc, submitter_type), (_, zones, hits, mentions), found in zip(docs, read, wanted):
        mine, at = probs[at : at + len(found)], at + len(found)
        if hits and found and max(mine) < VETO:
            verdicts.append(_vetoed(hits, max(mine)))
            continue
        candidates = [] if hits else found
        verdicts.append(_verdict(doc, submitter_type, hits, mentions, candidates, mine, zones))
    return verdicts


# A weak cue of the rules (never a clear request) is read by the second reader too; when it
# finds no request at all in the cue's text (P < VETO) the submission is public, at a low
# confidence that says why. Chosen by leave-one-writer-out on fifteen writers: no request the
# rules only half-read had P below 0.30; a third of the false alarms of weak cues did. Secrecy
# words alone in a note too (seventh session, 29 writers): its 14 requests all had P >= 0.77,
# 43 of its 62 false alarms P < 0.1.
VETO = 0.1
VETO_MIN_WORDS = 6
VETOED_CONFIDENCE = 0.6


def _weak_cues(hits):
    """[(text, part)] the model reads when the rules found only weak cues: each cue's paragraph."""
    if any(hit.sure for hit in hits):
        return []  # a clear request: never undone by the model
    texts = [(_paragraph_of(hit), hit.part) for hit in hits]
    if any(words(normalise(text)) < VETO_MIN_WORDS for text, _ in texts):
        return []  # "Vertraulichkeit" as a header: too few words for the model to call it a mention
    return texts


def _paragraph_of(hit):
    """The text the cue stands in, as the model was trained on: a whole part outside the body
    (a header, a comment, a text box), the cue's paragraph in the body."""
    text = part_text.rule_text(hit.part)
    if hit.part.kind != "body":
        return text
    head = hit.sentence.strip()[:40]
    for paragraph in PARAGRAPH_BREAK.split(text):
        if head and head in paragraph:
            return paragraph
    return hit.sentence


def _vetoed(hits, p):
    hit = hits[0]
    return Found(
        "public",
        VETOED_CONFIDENCE,
        f"read as a mention, not a request (a weak cue the request model reads as none, "
        f"p = {p:.2f}; {_place(hit.part)}): {hit.sentence}",
        hit.part.page or 1,
        hit.part.file,
        "mention",
    )


def _read_rules(doc):
    """(parts, zones, hits, mentions): what the rules read in every part."""
    hits, mentions = [], []
    parts = parts_of(doc)
    zones = _zone_parts(parts)
    for part in parts:
        part_hits, part_mentions = read_part(part, zones.get(id(part)))
        hits += part_hits
        mentions += part_mentions
    return parts, zones, hits, mentions


def _verdict(doc, submitter_type, hits, mentions, candidates, probs, zones):
    if hits:
        return _decide(hits)
    second = _second_verdict(candidates, probs, zones)
    if second:
        return second
    if mentions:
        sentence, part = mentions[0]
        sure = min(MENTION_SURE, 0.95 if submitter_type == "state" else 0.85)
        return Found(
            "public",
            sure,
            f"read as a mention, not a request ({_place(part)}): {sentence}",
            part.page or 1,
            part.file,
            "mention",
        )
    sure = 0.95 if submitter_type == "state" else 0.85
    return Found(
        "public",
        sure,
        "no request not to publish or not to name was found",
        1,
        doc.file_name,
        "none",
    )


def _chunks(part, zone=None):
    """What the second reader reads: a part outside the body whole (file names as words); of
    the first and last body page, the short paragraphs (closings, signature blocks, P.S. lines)."""
    text = part.text or ""
    if part.kind in NAME_KINDS:
        return [re.sub(r"[_.+-]+", " ", text)]
    if part_text.is_email(part):
        text = part_text.without_disclaimers(text)
    if part.kind != "body":
        return [part_text.without_disclaimer_sentences(text)]
    limit = ZONE_PARAGRAPH_WORDS if zone else MIDDLE_PARAGRAPH_WORDS
    paragraphs = PARAGRAPH_BREAK.split(text)
    return [
        part_text.without_disclaimer_sentences(p)
        for p in paragraphs
        if p.strip() and len(p.split()) <= limit
    ]


def _worth_reading(chunk):
    low = normalise(chunk)
    if words(low) <= 5 and YOUR_NAME.search(low) and not pattern("NEG").search(low):
        return False  # a form's field: "Your Name", "Please enter your name"
    field = ONE_FIELD.match(low)
    if field and not BROAD_VOCABULARY.search(field.group(1)):
        low = field.group(2)  # "name: Carlos Pérez" (a survey's answer): the label is no cue
    return bool(
        BROAD_VOCABULARY.search(low)
        or CAUTION_VOCABULARY.search(low)
        or PUBLICITY_VOCABULARY.search(low)
    )


ONE_FIELD = re.compile(r"\s*([^\n|:：]{1,30})[:：]([^\n|]*)$")


def _candidates(parts, zones, mentions=()):
    """[(chunk, part)] the second reader reads (``zones``: ``_zone_parts(parts)``; ``mentions``:
    the rules' [(sentence, part)] read as mentions, which a middle paragraph is not read over)."""
    read_as_mentions = {}
    for sentence, part in mentions:
        read_as_mentions.setdefault(id(part), []).append(sentence)
    # The first and last pages' short paragraphs are read (a closing line asking for
    # discretion), with real documents' such paragraphs among the model's controls; the
    # middle of the body too, but only a paragraph the model is sure of counts (MIDDLE_THRESHOLD).
    return [
        (chunk, part)
        for part in parts
        for chunk in _chunks(part, zones.get(id(part)))
        if chunk.strip()
        and not _answered_form(chunk)
        and _worth_reading(chunk)
        and not _permission(normalise(chunk))
        and not (
            part.kind == "body"
            and id(part) not in zones
            and any(m in chunk for m in read_as_mentions.get(id(part), ()))
        )
    ]


def _bar(part, zones):
    """The P a chunk needs to send its submission to review: stricter in the middle of the body."""
    if part.kind == "body" and id(part) not in zones:
        return MIDDLE_THRESHOLD
    return request_model.threshold()


# Middle body pages: on real public documents (134, halves A and B) no paragraph reached 0.8,
# while on the writers' requests (leave one writer out) it recovered 13 of the 17 body
# requests the rules missed, for 2 of 2,040 controls.
MIDDLE_THRESHOLD = 0.8
MIDDLE_PARAGRAPH_WORDS = 200


def _second_verdict(candidates, probs, zones):
    """Needs review when the request model reads a request the rules did not (fail closed):
    ``probs`` are the model's P(request) of ``candidates``."""
    if not candidates:
        return None
    best = max(range(len(candidates)), key=lambda i: probs[i] - _bar(candidates[i][1], zones))
    if probs[best] < _bar(candidates[best][1], zones):
        return None
    chunk, part = candidates[best]
    excerpt = " ".join(chunk.split())[:200]
    return Found(
        "withhold_name",
        UNSURE,
        f"needs review: reads like a request (model, p = {probs[best]:.2f}): "
        f"{excerpt} ({_place(part)})",
        part.page or 1,
        part.file,
        "cue",
    )


def _decide(hits):
    """The strictest level asked for clearly; a stricter unclear cue wins with a low confidence."""
    rank = {level: i for i, level in enumerate(ORDER)}
    clear = sorted((h for h in hits if h.sure), key=lambda h: rank[h.level])
    unclear = sorted((h for h in hits if not h.sure), key=lambda h: rank[h.level])
    if clear and not (unclear and rank[unclear[0].level] < rank[clear[0].level]):
        hit = clear[0]
        return Found(
            hit.level,
            SURE,
            f"{hit.sentence} ({_place(hit.part)})",
            hit.part.page or 1,
            hit.part.file,
            "request",
        )
    hit = unclear[0]
    return Found(
        hit.level,
        UNSURE,
        f"needs review: {hit.sentence} ({_place(hit.part)})",
        hit.part.page or 1,
        hit.part.file,
        "cue",
    )


def _place(part):
    """'running header, input.docx, p. 3': where a person finds the words."""
    where = [part.kind.replace("_", " "), part.file or ""] + (
        [f"p. {part.page}"] if part.page else []
    )
    return ", ".join(w for w in where if w)


def _zone_parts(parts):
    """{id(part): 'first'|'last'} for the first and last body part of each file."""
    zones, by_file = {}, {}
    for part in parts:
        if part.kind == "body":
            by_file.setdefault(part.file, []).append(part)
    for body in by_file.values():
        zones[id(body[-1])] = "last"
        zones[id(body[0])] = "first"
    return zones


def read_part(part, zone=None):
    """([Hit], [(sentence, part)] mentions) of one part."""
    text = part_text.rule_text(part)
    low = normalise(text)
    present = part_triggers(low) if low else ()
    aside = part.kind in NOTICE_KINDS or part.kind in NOTE_KINDS
    if not present:
        return _broad_cue(part, low, text, aside), []
    whole_notice = part.kind in NOTICE_KINDS or (
        part.kind in NOTE_KINDS and words(low) <= NOTICE_WORDS
    )
    hits, mentions = [], []
    paragraphs = (
        not (part.file or "").lower().endswith(".pdf")
    )  # a DOCX line is a paragraph; a PDF line wraps
    if part.kind == "properties":
        text = FIELD_BREAK.sub("\n", text)  # each property is read as itself
        text = "\n".join(line for line in text.split("\n") if not _keywords(line))
    sentences = _sentences(text, zone if part.kind == "body" else None, paragraphs)
    for i, (sentence, in_zone, short, block) in enumerate(sentences):
        notice = whole_notice or (short and in_zone) or bool(SUBJECT_LINE.match(sentence))
        if part.kind == "properties" and _titled_phrase(sentence):
            notice = short = False  # "Title: The right to privacy online": a topic, read as prose
        # "We recommend … . Moreover, their addresses should not be published": still the recommendation.
        verdict = judge(
            sentence,
            notice=notice,
            short=short,
            among=present,
            policy_before=lambda i=i, block=block: any(
                _finditer("POLICY", normalise(s)) for s, _, _, b in sentences[:i] if b == block
            ),
        )
        if verdict is None and _exposure_feared(sentence):
            verdict = ("withhold_name", False)
        if verdict is None:
            continue
        level, sure = verdict
        if level == "mention":
            mentions.append((sentence, part))
        else:
            hits.append(Hit(level, sure, sentence, part))
    if not hits and not mentions and part.kind in ADDRESSED_NOTES and not _answered_form(text):
        hits = _broad_cue(part, low, text, True)  # a note to the secretariat we could not read
    if any(not hit.sure for hit in hits) and _permission(low):
        hits = [hit for hit in hits if hit.sure]  # "you may publish it": weak cues yield to that
    return hits, mentions


FIELD_BREAK = re.compile(r"\s*[|;]\s*(?=[^|;\n:：]{1,30}[:：])")


def _titled_phrase(field):
    """A title or subject property holding a phrase of more than three words, not a name
    made of parts ("IE SOGI input – CONFIDENTIAL", "вклад_ООН_конфиденц", "Submission (not for
    attribution)")."""
    low = normalise(field)
    label = TOPIC_LABEL.match(low)
    if not label:
        return False
    return words(low[label.end() :]) > 3 and not re.search(r"[–—_/()\[\]«»\"]| - ", field)


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
            and not re.match(r"[^.!。！]*[?？؟]", rest)
            and not RESERVATION.search(rest)
        ):
            return not refused_acts(low)
    return False


RESERVATION = re.compile(
    r"\b(?:but|except|however|provided|unless|pero|excepto|salvo|siempre que|mais|sauf|"
    r"sous réserve|mas|exceto|desde que|но|кроме|за исключением|aber|außer|sofern|jedoch|"
    r"(?:without|sin|sans|sem|ohne|без)(?! (?:any |ningún |aucune? |nenhum |jede |каких-либо )?"
    r"(?:problem|inconvenien|objec|restric|reserv|condi|einschränk|vorbehalt|огранич|возраж|услови)))\b|"
    r"但|除了|不过|唔好|لكن|باستثناء|شرط"
)


# "no autorizamos la publicación", "we do not consent to publication": a refusal, not a permission.
NEGATED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|nunca|jamais|ne|n'|não|nao|nicht|kein\w*|не|ни|غير)(?!\w)|لا|不|未|没有)"
    r"\W*(?:\w+\W+){0,2}$"
)


# "Being named could cost us our lives": the submitter fears exposure, in so many words.
RISK = re.compile(
    r"risk|danger|reprisal|retaliat|threat|safety|riesgo|peligro|represali|amenaz|seguridad|risque|"
    r"représaille|menace|sécurité|risco|perigo|represália|ameaça|segurança|риск|опасн|преследов|"
    r"угроз|безопасн|gefahr|risiko|repressal|bedroh|sicherheit|خطر|انتقام|تهديد|سلامة|أمن|风险|危险|"
    r"报复|威胁|安全"
)
EXPOSURE = re.compile(
    r"name|identif|identit|expos|publish|publica|publier|veröffentl|nombre|nom\b|nome|named|"
    r"reconoc|recogn|reconna|erkenn|назван|имя|имен|опублик|узна|اسم|هوي|نشر|التعرف|名字|姓名|名称|"
    r"身份|公开|曝光|认出"
)
FIRST_PERSON = re.compile(
    r"\b(?:we|us|our|ours|i|me|my|nosotr\w*|nuestr\w*|nos|nous|notre|nos|nós|nosso\w*|nossa\w*|"
    r"мы|нас|наш\w*|нам|я|меня|мо[йяеи]\w*|wir|uns|unser\w*|ich|mich|mein\w*)\b|我们|我|نحن|لنا|منظمتنا|اسمنا"
)


def _exposure_feared(sentence):
    low = normalise(sentence)
    return bool(RISK.search(low) and EXPOSURE.search(low) and FIRST_PERSON.search(low))


def _answered_form(text):
    """A form whose boxes were ticked and left: the answer chosen was read above."""
    return bool(re.search(r"[☒☑✓✔]|\[[xX]\]|\([xX]\)", text)) and bool(
        UNTICKED.search(text) or re.search(r"[☐□]", text)
    )


def _broad_cue(part, low, text, aside):
    """Fail closed where people put notes to the secretariat: the vocabulary of secrecy,
    anonymity or publication there, read as nothing else, is for a person to read — unless it
    only names the document's topic or is a colleague's note on a citation."""
    if aside and low and BROAD_VOCABULARY.search(low) and not _topic_only(part, low):
        return [Hit("withhold_name", False, text.strip()[:200], part, True)]
    return []


def _topic_only(part, low):
    """A title, subject or keywords ("Medical confidentiality and intersex persons"; a PDF's
    title property holds it without its label), or an editor's note on a source ("should we
    cite the 'secret' memo?"): the words name what the document is about, not what to do with it."""
    if part.kind == "properties" and KEYWORD_LIST.match(low):
        return True  # "anonimato; violência; dados; LGBTI; Angola": keywords
    if part.kind == "properties":
        fields = [f for f in re.split(r"\s*[|;\n]\s*(?=[^|;\n:：]{1,30}[:：])", low) if f.strip()]
        if len(fields) == 1 and not re.match(r"[^:：]{1,30}[:：]", fields[0]):
            return words(low) > 3  # an unlabelled title: a phrase, not a marker word
        rest = [f for f in fields if not TOPIC_LABEL.match(f)]
        return not any(BROAD_VOCABULARY.search(f) for f in rest)
    if part.kind == "comment":
        own = _objects(low)
        return bool(EDITORIAL.search(low)) and not (own["self"] or own["doc"])
    return False


def _keywords(line):
    """A keywords field ("Keywords: anonymity; privacy; HIV"): topics, not a notice."""
    low = normalise(line)
    label = TOPIC_LABEL.match(low)
    rest = low[label.end() :] if label else low
    if not KEYWORD_LIST.match(rest):
        return False
    items = [item.strip(" .") for item in re.split(r"[;,、]", rest)]
    # "confidential; draft; HIV", "вклад; без указания автора": a notice among the keywords
    return not any(_marker_alone(item) or _asks(item) for item in items)


def _asks(item):
    """A keyword that asks ("без указания автора", "do not publish"), not a topic word."""
    acts = refused_acts(normalise(item))
    return any(kind != "withhold" or " " in text.strip() for kind, text, _ in acts)


def _marker_alone(item):
    """An item that is a marker and nothing else ("confidential", "不公开"), not a topic noun."""
    for name in MARKER_SOURCES:
        for match in pattern(name).finditer(item):
            if match.start() == 0 and re.fullmatch(r"\w*", item[match.end() :]):
                return not pattern("NOTICE_NOUNS").match(item)
    return False


MARKER_SOURCES = (
    "MARKERS_DO_NOT_PUBLISH",
    "MARKERS_WITHHOLD_NAME",
    "NOTICE_ONLY_MARKERS",
    "NOTICE_ABBREVIATIONS",
)


# Three or more short items separated by ";" (or "," / "、"), with no label: a keywords field.
KEYWORD_LIST = re.compile(r"\s*[^;,、:：|]{1,40}(?:\s*[;,、]\s*[^;,、:：|]{1,40}){2,}\s*$")
TOPIC_LABEL = re.compile(
    r"\s*(?:title|subject|keywords?|tags|titre|sujet|mots-clés|título|asunto|palabras clave|"
    r"assunto|palavras-chave|название|заголовок|тема|ключевые слова|titel|thema|betreff|"
    r"stichwörter|schlagwörter|العنوان|الموضوع|كلمات مفتاحيه|标题|標題|主题|主題|关键词|關鍵詞)\s*[:：]"
)
# A colleague's note on the draft: cite, check, verify, replace a word, add a link or a source.
EDITORIAL = re.compile(
    r"\b(?:cite|citing|citation|check|verify|source|link|reference|replace|rephrase|wording|"
    r"citar|cita|verificar|comprobar|fuente|enlace|reemplazar|cambiar|trocar|fonte|"
    r"citer|vérifier|source|lien|remplacer|reformuler|"
    r"zitieren|prüfen|quelle|link einfügen|ersetzen|"
    r"цитир\w*|провер\w*|сверить|источник\w*|ссылк\w*|замени\w*)|"
    r"المصدر|رابط|تحقق|مرجع|الاقتباس|引用|核实|核对|来源|链接|出处|改引|替换|脚注|注释"
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
    if careful and (c.frame or c.own["doc"] or notice) and not _finditer("CONSENT", low):
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
    if c.own["self"] and WITHOUT_NAMING.search(low) and not (c.third or c.past):
        # "You may use these materials without naming our organisation": the condition is the
        # request; sure when the sentence grants the use ("you may use", "pueden utilizar").
        verdicts.append(("withhold_name", bool(USE_GRANTED.search(low))))
    found = _strongest([v for v in verdicts if v])
    if (
        found is None
        and (c.frame or c.own["self"] or c.own["doc"])
        and not (c.third or c.past or c.policy)
        and not _finditer("CONSENT", low)
        and not _permission(low)
    ):
        # Fail closed: the submitter speaks of itself or its text with request words we cannot read.
        return ("withhold_name", False)
    return found


# "without naming / sin mencionar / sans citer / sem mencionar / без указания / ohne Nennung / دون ذكر"
WITHOUT_NAMING = re.compile(
    r"\b(?:without|sin|sans|sem|без|ohne)\s+(?:\w+\s+){0,2}?(?:nam|mention|cit|identif|attribut|"
    r"credit|mencion|nombr|indic|atribu|nomm|menç|identific|указ|упомин|назыв|назван|ссыл|"
    r"nenn|namensnenn|angabe|erwähn)|(?:دون|بدون|من غير)\s+(?:ال)?(?:ذكر|اشاره|الاشاره|تسميه)|"
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
    r"\b(?:может|могут) быть (?:использован|процитирован)"
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


def _context(low, first, policy_before=None):
    """Who speaks and how, around request words starting at ``first``."""
    # A third party *before* the request words is their subject: "the law prohibits …".
    aside = re.sub(
        r"\([^)]*\)", lambda m: " " * len(m.group(0)), low
    )  # "(screenshots of police chats)"
    third = any(m.start() < first for m in pattern("THIRD").finditer(aside))
    own = _objects(low)
    frame = bool(pattern("FRAME").search(low)) or bool(
        (own["self"] or own["doc"]) and pattern("FRAME_THIRD").search(low)
    )
    # "The survey was anonymous": how a study was done, unless the submitter speaks of itself.
    method = bool(_finditer("METHOD", low)) and not own["self"] and not frame
    past = bool(pattern("PAST").search(_clause_of(low, first))) or method
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
    if mine and short:
        return level, False
    if short and any(" " in t.strip() for kind, t, _ in refused if kind == "withhold"):
        return level, False  # a notice that withholds in so many words ("без указания автора")
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
    if _attributive(low, span) and not frame and (not mine or _inflected_before_noun(low, span)):
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
    found = [
        ("withhold", m.group(0), m.start())
        for m in _finditer("WITHHOLD", low, present)
        if not _attributive(low, m.span())
    ]
    acts = [(kind, act) for kind in ("PUBLISH", "NAME") for act in _finditer(kind, low, present)]
    negations = list(pattern("NEG").finditer(low)) if acts else []
    hesitate = [m.span() for m in NOT_HESITATE.finditer(low)] if negations else []
    negations = [n for n in negations if not any(a <= n.start() < b for a, b in hesitate)]
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
    return [f for f in found if not any(_same_clause(low, c.start(), f[2]) for c in consents)]


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
    if neg.group(0).strip() == "no" and not between.strip() and PLACE_ACT.match(act.group(0)):
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
            if not _attributive(low, match.span()) or name == names[-1][1]:
                return level, match.span(), match.group(0)
    return None


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
        or _inflected_before_noun(low, span)
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
TEXT_NOUNS = re.compile(
    r"(?:dokument|stellungnahme|information|unterlage|eingabe|beitrag|mitteilung|angabe|schreiben|"
    r"bericht|fassung|version|документ|информац|сведени|материал|записк|доклад|письм|обращени|"
    r"сообщени|текст|вклад|версия|данные|behandlung|handhabung|рассмотрени)"
)


def _inflected_before_noun(low, span):
    start = low.rfind(" ", 0, span[0]) + 1
    word = low[start : _word_end(low, span[1])]
    if not INFLECTED.search(word):
        return False
    after = low[_word_end(low, span[1]) :].lstrip()
    after = after[COORDINATED.match(after).end() :] if COORDINATED.match(after) else after
    noun = re.match(r"\w+", after)
    return bool(noun) and not TEXT_NOUNS.match(noun.group(0))
