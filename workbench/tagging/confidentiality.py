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
How one sentence is judged is request_judge.py's; this module decides where to read, asks the
second reader (request_model.py) and gives the submission's verdict.
A text is only split into sentences when it holds one of the literal substrings every act
or marker needs (read from the lexicon's regexes), and a sentence is only judged when it
holds one too: most pages cost a set lookup over their words.
"""

import re
from collections import namedtuple

from . import attribution, part_text, request_model
from .documents import Part
from .names import Found
from .part_text import NAME_KINDS
from .request_judge import (  # the sentence grammar
    FIRST_PERSON,
    NOT_HESITATE,
    ORDER,
    YOUR_NAME,
    _objects,
    _permission,
    judge,
    refused_acts,
)
from .request_patterns import (
    _finditer,
    normalise,
    part_triggers,
    pattern,
    triggers,  # noqa: F401 (part of the detector's API: the prefilter's literal starts)
)
from .sentences import NOTICE_WORDS, UNTICKED, words
from .sentences import split as _sentences

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
SUBJECT_LINE = attribution.SUBJECT_LABEL  # "Subject: …", "Тема: …", "الموضوع: …"
# The vocabulary of secrecy, anonymity and publication in every language (normalised text):
# outside the body it sends a part to review even when no request is recognised in it.
BROAD_VOCABULARY = re.compile(
    r"confiden|secret|privat|privac|privad|privé|sigil|reservad|restrict|embarg|anonym|anonim|anónim|pseudonym|"
    r"publica|publish|publier|publié|publiz|veröffentl|vertraul|geheim|nicht öffentlich|divulg|disclos|attribu|atribu|"
    r"identif|do not|don't|ne pas|no publicar|não publicar|nao publicar|"
    r"конфиденц|тайн|секрет|аноним|опублик|(?<!рес)публик|разглаш|не для|"
    r"سر|كتمان|خصوصي|مجهول|هوي(?!ه ?(?:ال)?جنس)|نشر|لا تنشر|"
    r"保密|机密|秘密|隐私|匿名|公开|公布|发表|(?<!要)不要|勿"
)
# Words that only send a text to the second reader (never a cue by themselves): discretion,
# care, names, anonymising — how people ask without the vocabulary of confidentiality.
CAUTION_VOCABULARY = re.compile(
    r"discre|discré|diskret|delicad|délicat|sensib|sensitiv|heikel|вниматель|осторожн|между нами|"
    r"не упомин|не называ|не раскрыва|anonymis|anonymiz|nome|nombre|name|nom de|nom du|имя|назван|"
    r"اسم|الحذر|حذر|سري|低调|谨慎|小心|敏感|名字|名称|别|唔好|prudên|cuidad|cautel|vorsicht|précaution|"
    r"(?<!l')(?<!votre )(?<!your )(?<!for the )attention|careful|caution|schwärz|nicht genannt|namentlich|"
    # one's own name: "svp pas mon nom ni mon quartier"
    r"\b(?:mon|notre|mi|nuestro|meu|nosso|my|our|mein|unser) (?:\w+ )?(?:nom|nombre|nome|name)\b|"
    r"мо[её] имя|наше (?:имя|название)|اسمي|اسمنا|我的名字|我们的名字|"
    # how to refer to us instead of our name ("refer to us only as a Mozambican NGO")
    r"refer to us|refiram-se a nós|se refieran a nosotros|refiéranse a nosotros|nous désigner|"
    r"désignez-nous|называйте нас|называть нас|bezeichnen sie uns|الإشارة إلينا|称呼我们|称我们为"
)
# Words of making a text public or keeping it in-house, and of the writers' safety: people ask
# "to decide what to make public", "not to put it online", "to leave it internal" without any
# word of confidentiality. Like CAUTION_VOCABULARY they only send a text to the second reader.
PUBLICITY_VOCABULARY = re.compile(
    r"\bpublic\b|make public|made public|público|pública|publique|öffentlich|публичн|(?<!рес)публик|"
    r"online|on line|en ligne|website|web site|sitio web|site web|sítio|site da|webseite|сайт|"
    r"internet|reproduc|reproduz|reprodu|wiedergeb|воспроизв|circul|"
    r"\binternal|\binterne?\b|\binterno|\binterna\b|внутренн|"
    r"security|safety|sécurité|seguridad|segurança|sicherheit|безопасн|"
    r"نشر|موقع|الامن|سلامه|内部|网站|网上|公开|安全"
)
# A blank line; a line that starts as paragraphs do in a cased script; and, as scripts without
# case (Arabic, Chinese) give no such sign, a line after one that ended a sentence.
PARAGRAPH_BREAK = re.compile(
    r"\n\s*\n|\n(?=[A-ZÀ-ÖА-Я0-9(\[—–【「《-])|(?<=[.!?:;。！？：；؟】」』）)])\n(?=[^\sa-zà-öø-ÿа-яё])"
)
ZONE_PARAGRAPH_WORDS = 80
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
    if any(
        hit.part.kind in ADDRESSED_NOTES and _marked_by_us(normalise(hit.sentence)) for hit in hits
    ):
        return []  # a marking the team says it added: its words are not the model's to judge
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
    paragraphs = [p for p in PARAGRAPH_BREAK.split(text) if p.strip()]
    return [
        part_text.without_disclaimer_sentences(p)
        for k, p in enumerate(paragraphs)
        if len(p.split()) <= limit and not _recommended(paragraphs, k)
    ]


def _recommended(paragraphs, k):
    """An item of a list headed by a recommendation ("Recomendaciones al Estado:\n1. …"): what
    the State should do, not a request about this text."""
    return _headed_by_recommendation(paragraphs, k, lambda j: LIST_ITEM.match(paragraphs[j] + " "))


def _worth_reading(chunk):
    low = normalise(chunk)
    if words(low) <= 5 and YOUR_NAME.search(low) and not pattern("NEG").search(low):
        return False  # a form's field: "Your Name", "Please enter your name"
    field = ONE_FIELD.match(low)
    if field and not BROAD_VOCABULARY.search(field.group(1)):
        low = field.group(2)  # "name: Carlos Pérez" (a survey's answer): the label is no cue
    low = _without_topics(low)
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
        and not (part.kind in ADDRESSED_NOTES and _team_note(chunk))
        and _worth_reading(chunk)
        and not _permission(normalise(chunk))
        and not _presents_service(chunk)
        and not _how_to_reach_us(chunk)
        and not (
            part.kind == "body"
            and id(part) not in zones
            and any(_spaced(m) in _spaced(chunk) for m in read_as_mentions.get(id(part), ()))
        )
    ]


def _team_note(text):
    """A comment the drafting team leaves for itself about someone a case is about ("Фамилию
    судьи оставляем?", "retirer le nom de la victime ici, elle nous a demandé …"): their name,
    not ours, and nothing asked of the Office (a note to it, "our names", our signature or the
    submission as the subject of a statement are read as usual)."""
    low = normalise(text)
    own = _objects(low)
    return (
        bool(pattern("PERSONS").search(low) or PEOPLE_OF_A_CASE.search(low))
        and not TO_THE_OFFICE.search(low)
        and (bool(re.search(r"[?？؟]", low)) or not own["doc"])
        and not own["self"]
        and not OUR_SIGNATURE.search(low)
        and not any(kind == "publish" for kind, _, _ in refused_acts(low))  # "não publicar?": ours
    )


# Words of a note addressed to the Office, the Expert or "you": such a note may ask for us.
TO_THE_OFFICE = re.compile(
    r"ohchr|oacnudh|hchr|secretariat|secretaría|secrétariat|secretariado|секретариат|الامانه|秘书处|"
    r"independent expert|experto|experte|especialista|эксперт|الخبير|专家|office|oficina|bureau|escritório|"
    r"управлени|المفوضيه|高专办|\byou\b|\bvous\b|\busted|\bsie\b|\bвы\b|\bвас\b|\bvocês\b"
)
OUR_SIGNATURE = re.compile(r"signat|firma|assinatura|unterschrift|подпис|توقيع|署名|签名")


# Who a case names besides its victims (PERSONS): officials, schools, families.
PEOPLE_OF_A_CASE = re.compile(
    r"\b(?:judge|prosecutor|school|teacher|family|child|survivor|officer|"
    r"juez|jueza|fiscal|escuela|maestr|familia|niñ|juiz|juíza|promotor|escola|professor|família|criança|"
    r"juge|procureur|école|enseignant|famille|enfant|richter|staatsanwalt|schule|lehrer|familie|kind|"
    r"судь|прокурор|школ|учител|семь|ребён|ребен)\w*|القاضي|المدعي|المدرسه|الاسره|العائله|الطفل|"
    r"法官|检察官|学校|老师|家人|家属|孩子|当事人|"
    r"الضحيه|الضحايا|الناجي|受害"  # the victim: "قد يكشف هوية الضحية"
)


def _presents_service(chunk):
    """A box, note or paragraph that opens by naming a service ("Ligne d'écoute … anonyme et
    confidentielle", "خط المساعدة سري ومجاني"; a DOCX body holds its text boxes too): its
    secrecy is the service's."""
    return _opens_with_service(normalise(chunk))


def _opens_with_service(low):
    return bool(pattern("SERVICES").search(low[:SERVICE_HEAD]))


def _how_to_reach_us(chunk):
    """ "Contact: via encrypted e-mail only – please do not phone the office": how to reach the
    writer, with nothing about publishing or naming."""
    low = normalise(chunk)
    return bool(CONTACT_REFUSED.search(low)) and not (
        _finditer("PUBLISH", low)
        or _finditer("NAME", low)
        or BROAD_VOCABULARY.search(CONTACT_REFUSED.sub(" ", low))
    )


CONTACT_REFUSED = re.compile(
    r"\b(?:do not|don't|never|no|ne pas|nicht|не|não) (?:\w+ ){0,2}(?:phone|call|ring|visit|fax|text|"
    r"llam|appel|téléphon|ligu|anruf|звон|посещ)\w*"
)


def _spaced(text):
    """``text`` with its line breaks as spaces: a PDF's wrapped sentence is the same sentence."""
    return " ".join(text.split())


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
        text = "\n".join(_keyword_items(line) for line in text.split("\n") if not _keywords(line))
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
            policy_before=lambda i=i, block=block: _under_policy(sentences, i, block),
        )
        if verdict is None and _exposure_feared(sentence):
            verdict = ("withhold_name", False)
        if (
            verdict
            and _recommended_item(sentences, i)
            and not FIRST_PERSON.search(normalise(sentence))
        ):
            verdict = (
                "mention",
                False,
            )  # "2. Do not publish the names of applicants …": to the State
        if verdict is None:
            continue
        level, sure = verdict
        if level == "mention":
            mentions.append((sentence, part))
        else:
            hits.append(Hit(level, sure, sentence, part))
    if (
        not hits
        and not mentions
        and part.kind in ADDRESSED_NOTES
        and not _answered_form(text)
        and not _team_note(text)
    ):
        hits = _broad_cue(part, low, text, True)  # a note to the secretariat we could not read
    if not hits and part.kind in ADDRESSED_NOTES and _marked_by_us(low):
        hits = [Hit("withhold_name", False, text.strip()[:200], part)]
    if any(not hit.sure for hit in hits) and _permission(low):
        hits = [hit for hit in hits if hit.sure]  # "you may publish it": weak cues yield to that
    if hits and part.kind != "body" and _opens_with_service(low):
        # "Горячая линия …\nКонфиденциально. Анонимно.": a box that presents a service; its
        # one-word markers describe the service
        short = [h for h in hits if words(normalise(h.sentence)) <= SERVICE_MARKER_WORDS]
        mentions += [(h.sentence, part) for h in short]
        hits = [h for h in hits if h not in short]
    return hits, mentions


# A colleague's comment saying the document was marked confidential or given a sentence on
# secrecy ("Hab oben „VERTRAULICH“ reingeschrieben", "ضفت جملة عن السرية بالآخر"): the marking
# may not survive the export the Office receives, so a person reads it.
MARKED = re.compile(  # said in the first person, done: "I added", "hab … reingeschrieben", "أضفت"
    r"\b(?:i|we|i've|we've|i have|we have) (?:\w+ )?(?:added|put|wrote|inserted|typed|marked|stamped)\b|"
    r"\b(?:j'ai|nous avons|on a) (?:\w+ )?(?:ajouté|mis|écrit|inséré|marqué)\b|"
    r"\b(?:añadí|agregué|puse|escribí|incluí|marqué|acrescentei|coloquei|escrevi|inseri|marquei|botei)\b|"
    r"\b(?:he|hemos) (?:añadido|agregado|puesto|escrito|incluido|marcado)\b|"
    r"\b(?:добавил|вписал|написал|поставил|пометил)(?:а|и)?\b|"
    r"\b(?:hab|habe|haben) (?:\S+ ){0,4}(?:hinzugefügt|eingefügt|reingeschrieben|geschrieben|vermerkt|"
    r"markiert|reingesetzt)|"
    r"ضفت|اضفت|كتبت|وضعت|加了|添加了|写了|标了|标注了|注明了"
)
SECRECY_WORDS = re.compile(
    r"confiden|vertraul|geheim|secret|sigil|reservad|конфиденц|секрет|سري|كتمان|保密|机密|"
    r"anonym|anonim|anónim|аноним|مجهول|匿名"
)


def _marked_by_us(low):
    return bool(MARKED.search(low) and SECRECY_WORDS.search(low))


def _under_policy(sentences, i, block):
    """Whether sentence ``i`` follows a recommendation: earlier in its paragraph ("We recommend
    … . Moreover, their addresses should not be published"), or as an item of a list headed by
    one ("Рекомендации государству:\n1) … 3) не публиковать в открытых базах …")."""
    if any(_finditer("POLICY", normalise(s)) for s, _, _, b in sentences[:i] if b == block):
        return True
    return _recommended_item(sentences, i)


def _recommended_item(sentences, i):
    """Sentence ``i`` is an item of a list headed by a recommendation."""
    texts = [sentence for sentence, *_ in sentences]
    return _headed_by_recommendation(texts, i, lambda j: _list_item(sentences, j))


def _headed_by_recommendation(texts, k, is_item):
    """``texts[k]`` is an item (``is_item``) of a run of items under a heading that recommends
    and ends with a colon."""
    if not is_item(k):
        return False
    for j in range(k - 1, -1, -1):
        if not is_item(j):
            head = texts[j].rstrip()
            return head.endswith((":", "：")) and bool(_finditer("POLICY", normalise(head)))
    return False


def _list_item(sentences, i):
    """A list's item: it starts with a number or a bullet, or its number stands before it."""
    text, block = sentences[i][0], sentences[i][3]
    if LIST_ITEM.match(text + " "):
        return True
    return (
        i > 0
        and sentences[i - 1][3] == block
        and bool(LIST_ITEM.fullmatch(sentences[i - 1][0] + " "))
    )


LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[-–—•·*▪●])\s")
SERVICE_HEAD = 80  # the service named at the head of its box
SERVICE_MARKER_WORDS = 3  # "Конфиденциально.", "Anonymous and free."


FIELD_BREAK = re.compile(r"\s*[|;]\s*(?=[^|;\n:：]{1,30}[:：])")


def _titled_phrase(field):
    """A title or subject property holding a phrase of more than three words, not a name
    made of parts ("IE SOGI input – CONFIDENTIAL", "вклад_ООН_конфиденц", "Submission (not for
    attribution)")."""
    low = normalise(field)
    label = TOPIC_LABEL.match(low)
    if not label:
        return False
    rest = low[label.end() :]
    if KEYWORD_LIST.match(rest):
        return False  # "Keywords: contribution; diffusion à confirmer": items, each read as a note
    return words(rest) > 3 and not re.search(r"[–—_/()\[\]«»\"]| - ", field)


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
    if (
        aside
        and low
        and BROAD_VOCABULARY.search(_without_topics(low))
        and not _topic_only(part, low)
        and not _permission(low)  # "Vertraulichkeitsstufe: öffentlich"
    ):
        return [Hit("withhold_name", False, text.strip()[:200], part, True)]
    return []


# A right named as a topic ("SOGI_隐私权_意见书.pdf", "Right to privacy – submission"): the words
# of privacy there name what the text is about.
RIGHT_TO_PRIVACY = re.compile(
    r"right to privacy|privacy rights?|derecho a la (?:privacidad|intimidad)|droit à la vie privée|"
    r"direito à (?:privacidade|intimidade)|recht auf privatsphäre|право на (?:неприкосновенность )?"
    r"частн\w* жизн\w*|(?:ال)?حق في (?:ال)?خصوصيه|隐私权|隱私權|"
    r"关于[^，。；]{0,20}隐私保护"  # "关于HIV感染者隐私保护的附件": an annex on a topic
)


def _without_topics(low):
    """The text without the phrases whose words of secrecy or publicity name a thing: the right
    to privacy, a public body ("Defensoria Pública"), a service and the words beside it ("the
    confidential helpline", "Телефон доверия (анонимно, бесплатно)")."""
    low = RIGHT_TO_PRIVACY.sub(" ", low)
    low = NOT_HESITATE.sub(" ", low)  # "please do not hesitate to contact me": a closing formula
    low = pattern("PUBLIC_BODIES").sub(" ", low)
    service = pattern("SERVICES").pattern
    return re.sub(rf"(?:[^\s–—:;|/-]+ ){{0,2}}(?:{service})(?:[\s,(:]+\S+){{0,3}}", " ", low)


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
        # a colleague's note on checking a figure or a source, even in "the report", unless it
        # speaks of us
        return bool(EDITORIAL.search(low)) and not _objects(low)["self"]
    return False


def _keywords(line):
    """A keywords field ("Keywords: anonymity; privacy; HIV"): topics, not a notice."""
    low = normalise(line)
    label = TOPIC_LABEL.match(low)
    rest = low[label.end() :] if label else low
    if not KEYWORD_LIST.match(rest):
        return False
    items = part_text.keyword_items(rest)
    # "confidential; draft; HIV", "вклад; без указания автора": a notice among the keywords
    return not any(part_text.marker_alone(item) or _asks(item) for item in items)


def _keyword_items(line):
    """A keywords field that holds a notice, one item a line ("Palabras clave: confidencial;
    EI SOGI; aporte 2024" reads "confidencial" as the notice it is); any other line as it is."""
    label = TOPIC_LABEL.match(normalise(line))
    rest = line[label.end() :] if label else ""
    if not (label and KEYWORD_LIST.match(rest)):
        return line
    return "\n".join(part_text.keyword_items(rest))


def _asks(item):
    """A keyword that asks ("без указания автора", "do not publish"), not a topic word."""
    acts = refused_acts(normalise(item))
    if _finditer("CAREFUL", normalise(item)):
        return True  # "diffusion à confirmer": publication still to be agreed
    return any(kind != "withhold" or " " in text.strip() for kind, text, _ in acts)


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
    r"zitieren|zitat|prüfen|überprüfen|quelle|link einfügen|ersetzen|"
    r"цитир\w*|цитат\w*|(?:пере)?провер\w*|сверить|источник\w*|ссылк\w*|замени\w*)|"
    r"المصدر|رابط|تحقق|مرجع|الاقتباس|引用|核实|核对|来源|链接|出处|改引|替换|脚注|注释|"
    # a word of the draft glossed: '"sigilo" é o segredo de justiça', '"vertraulich" bezieht sich auf'
    r"[«“\"„]\w+[»”\"] (?:\w+ ){0,3}(?:é|is|es|est|ist|means|significa|signifie|bedeutet|"
    r"означает|refers|se refiere|se refere|désigne|renvoie|bezieht sich|يعني|指)\b"
)
