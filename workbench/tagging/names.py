"""Who signed: the submitter's name from the letterhead, a note verbale's opening or the signature."""

import os
import re
from dataclasses import dataclass

from . import attribution, cues, documents, gazetteer, nlp, places
from .documents import Line
from .lexicon import MISSION_OPENINGS, NOTE_VERBALE, TYPE_CUES

PERSONAL = [phrase for phrase, _ in TYPE_CUES["individual"]]
# Those a writer says of herself in the first person: sure anywhere in the first page's start.
FIRST_PERSON_PERSONAL = tuple(
    p for p in PERSONAL if re.search(r"(?<!\w)(i|my|mi|je|escribo|escrevo|пишу)(?!\w)", p)
)
FIRST_PERSON_CHARS = 1500
ROLE_WORDS = re.compile(
    r"\b(director|directora|directeur|directrice|diretor|diretora|директор|chair|chairperson|president|presidente|"
    r"présidente?|председатель|президент|coordinator|coordinador|coordinadora|coordinateur|coordinatrice|coordenador|"
    r"coordenadora|координатор|secretary|secretario|secretaria|secrétaire|secretário|секретарь|officer|manager|"
    r"head|jefe|jefa|chef|chefe|руководитель|founder|fundador|fondateur|fondatrice|основатель|executive|ejecutiv|"
    r"exécuti|executiv|исполнительн|programme|program|programa|программ|advisor|adviser|asesor|conseill|consultor|"
    r"советник|representative|representante|représentant|представитель)\w*",
    re.IGNORECASE,
)


MAX_NAME_WORDS = 12
# A sentence ends inside the text ("... in 2020. We ..."); initials and abbreviations do not count.
SENTENCE_END = re.compile(r"(\w{4,})[.!?]\s+\S")
ABBREVIATIONS = {
    "prof",
    "dept",
    "univ",
    "inst",
    "assn",
    "corp",
    "ltda",
    "intl",
    "asoc",
    "ass",
    "dir",
    "coord",
}
# Words a sentence about the submitter starts with; a name does not.
SENTENCE_STARTS = re.compile(
    r"^(we|i|our|this|these|it|they|there|here|nous|notre|je|cette|ce|ces|il|elle|nosotros|nosotras|nuestra|"
    r"nuestro|yo|esta|este|estos|estas|nós|nossa|nosso|eu|мы|я|наша|наш|эта|этот|эти|данн\w+|what|how|why|which|"
    r"qué|cómo|comment|pourquoi|что|как|почему|"
    # a title's or sentence's first word in Russian ("В доклад …", "На вопросник …") and Arabic
    # ("حول …" about, "بشأن …" on, "إلى …" to, "موازي مقدّم …" parallel, submitted)
    r"в|во|на|о|об|по|к|для|доклад\w*|вклад\w*|ответ\w*|сообщени\w*|заявлени\w*|"
    r"حول|بشأن|إلى|الى|عن|في|من|على|بمناسب\w*|لمناسب\w*|بخصوص|بصدد|مقدم\w*|المقدم\w*|موازي\w*|الموازي\w*|نحن|أنا|هذا|هذه|"
    r"تقرير|التقرير|مساهمة|ردود|ملخص|الموضوع)\b",
    re.IGNORECASE,
)
DETERMINERS = re.compile(
    r"^(the|a|an|la|el|le|les|los|las|o|os|as|um|uma|un|une|una)\s+(\S+)\s+(\S+)", re.IGNORECASE
)


@dataclass
class Found:
    value: str
    confidence: float
    evidence: str
    page: int = 1
    file: str = ""
    kind: str = ""  # how it was found: mission, letterhead, signature, ...
    known: object = None  # for a name: the gazetteer's entry when it is a known body


def mission_country(doc):
    """Found(alpha3) when the letterhead or opening names a Permanent Mission / Government of X."""
    # A letterhead line, or an opening line that is itself the diplomatic formula: "the
    # Government of X" in an NGO's first paragraph is not a State writing.
    candidates = [line for line in doc.top] + [
        line for line in doc.opening[:3] if cues.find_any(NOTE_VERBALE, line.text)
    ]
    for line in candidates + _mission_heading(doc):
        opening = cues.find_any(MISSION_OPENINGS, line.text)
        if not opening:
            continue
        after = line.text[line.text.lower().find(opening.lower()) :]
        if line.zone == "top":
            after = " ".join(l.text for l in doc.top)[doc.top_text.lower().find(opening.lower()) :]
        elif line.zone == "heading":
            after = line.text
        # the State after its mission's words, else above them ("الجمهورية التونسية /
        # البعثة الدائمة لدى …")
        before = doc.top_text[: doc.top_text.lower().find(opening.lower())]
        alpha3 = _state_in(after, doc.language) or (
            _state_in(before, doc.language) if line.zone == "top" else None
        )
        if alpha3:
            return Found(alpha3, 0.95, line.text, line.page, line.file, "mission")
    return None


def _state_in(text, lang):
    """The first country named in ``text`` that is not the host of a UN office named before it."""
    for label, alpha3, place, _ in nlp.places_in(text, lang):
        if label == "COUNTRY" and not _host_of_the_office(text, place):
            return alpha3
    return None


# Where the mission sits, after the United Nations office it is accredited to ("البعثة الدائمة
# لدى مكتب الأمم المتحدة بجنيف والمنظمات الدولية بسويسرا", "… and other international
# organisations in Switzerland"): the host, not the State that writes.
UN_OFFICE = re.compile(
    r"united nations|nations unies|naciones unidas|nações unidas|vereinten nationen|"
    r"объединенных наций|объединённых наций|\bоон\b|الأمم المتحدة|الامم المتحدة|"
    r"international organi[sz]ations|organisations internationales|organizaciones internacionales|"
    r"organizações internacionais|международных организаци|المنظمات الدولية",
    re.IGNORECASE,
)


def _host_of_the_office(after, place):
    """Whether ``place`` comes after the UN office the mission is accredited to."""
    at = after.find(place)
    return at > 0 and bool(UN_OFFICE.search(after[:at]))


# A mission's letterhead too long for the top block ("RÉPUBLIQUE DU SÉNÉGAL / Un Peuple – Un
# But – Une Foi / MISSION PERMANENTE DU SÉNÉGAL / AUPRÈS DE L'OFFICE …"): a short line among
# the first that starts with a mission's, embassy's or delegation's words, read with the next
# two (the country may follow on them). A government named there may be a title's subject.
HEADING_LINES = 8
HEADING_WORDS = 10
HEADING_OPENINGS = [
    p for p in MISSION_OPENINGS if not re.search(r"govern|gobierno|правительств|حكومة|regierung", p)
]


def _mission_heading(doc):
    """[Line] of the first page's opening lines that head a mission's letterhead."""
    if doc.top:
        return []
    lines, found = doc.opening[:HEADING_LINES], []
    for n, line in enumerate(lines):
        said = cues.find_any(HEADING_OPENINGS, line.text)
        if (
            said
            and line.text.lower().startswith(said.lower())
            and len(line.text.split()) <= HEADING_WORDS
        ):
            text = " ".join(l.text for l in lines[n : n + 3])
            found.append(Line(text, line.file, line.page, "heading"))
    return found


def is_note_verbale(doc):
    """A note verbale opens with its diplomatic formula ('presents its compliments ...')."""
    opening = " ".join(line.text for line in doc.opening[:6])
    phrase = cues.find_any(NOTE_VERBALE, opening)
    return (
        phrase if phrase and cues.find_any(MISSION_OPENINGS, opening + " " + doc.top_text) else ""
    )


def personal_statement(doc, voice=True):
    """The sentence where an individual says they write in a personal capacity, or (``voice``)
    the opening when it speaks as 'I' far more than as 'we'; else None. A speech also says
    'I': genres asks without the voice."""
    for line in doc.opening[:6]:
        if cues.find_any(PERSONAL, line.text):
            return line
    if doc.pages:  # "I do so as a …" further down the first page
        file_name, number, text = doc.pages[0]
        said = cues.find_any(FIRST_PERSON_PERSONAL, text[:FIRST_PERSON_CHARS])
        if said:
            return Line(said, file_name, number, "opening")
    if voice and doc.pages:
        file_name, number, text = doc.pages[0]
        opening = text[: attribution.READ_CHARS]
        singular, plural = len(FIRST_SINGULAR.findall(opening)), len(FIRST_PLURAL.findall(opening))
        if singular >= SINGULAR_VOICE and singular > 2 * plural:
            said = next((m.group(0) for m in FIRST_SINGULAR.finditer(opening)), "")
            return Line(
                f"speaks as 'I' ({singular} times, 'we' {plural}): '{said} …'",
                file_name,
                number,
                "opening",
            )
    return None


SINGULAR_VOICE = 4
FIRST_SINGULAR = re.compile(
    r"(?<!\w)(I(?=\s+[a-z’'])|(?i:my|me|je|j['’]|moi|mon|ma|mes|yo|mi|mis|eu|meu|minha|я|мой|моя|мои|меня|"
    r"мне))(?!\w)"
)
FIRST_PLURAL = re.compile(
    r"(?<!\w)(we|our|us|nous|notre|nos|nosotros|nosotras|nuestra|nuestro|nuestros|nós|nossa|"
    r"nosso|мы|наша|наш|наши|нас)(?!\w)",
    re.IGNORECASE,
)


def submitter(doc, state_country=None):
    """Found(name) for the submitter: a State's name, else the best-supported candidate among
    the ways documents state their author (attribution, self-description, defined acronym,
    letterhead, signature); a State named as the author becomes its English name."""
    if state_country:
        return Found(
            places.english_name(state_country.value),
            0.9,
            state_country.evidence,
            state_country.page,
            state_country.file,
            "mission",
        )
    pool = _merged(candidate_pool(doc))
    if not pool:
        return Found(
            "",
            0.0,
            "no name found in a letterhead, title, self-description or signature: please fill in",
            1,
            doc.file_name,
            "none",
        )
    best = pool[0]
    runner = pool[1].weight if len(pool) > 1 else 0.0
    confidence = round(
        min(0.95, 0.3 + 0.1 * best.weight + 0.05 * max(0.0, best.weight - runner)), 3
    )
    state = state_named(best.name, doc.language)
    value = places.english_name(state) if state else _without_honorifics(best.name)
    joint = (
        f" — joint submission led by {value}, with {', '.join(best.cosigners)}"
        if best.cosigners
        else ""
    )
    known = (
        None if state else gazetteer.lookup(best.name) or (best.hit if _is_its_name(best) else None)
    )
    return Found(
        value,
        confidence,
        f"{best.how}: {best.evidence}{joint}",
        best.page,
        best.file,
        "state named" if state else best.how,
        known,
    )


def _without_document_word(name):
    """'AUSTRALIAN GOVERNMENT SUBMISSION' names the Australian Government."""
    bare = DOCUMENT_WORD_AFTER.sub("", name)
    return bare if len(bare.split()) >= 2 else name


DOCUMENT_WORD_AFTER = re.compile(
    r"\s+(?:written\s+)?(?:submission|response|contribution|input|comments)$", re.IGNORECASE
)


def _without_honorifics(name):
    """'Hon. Litia Naivalu, MP' is filed as 'Litia Naivalu'."""
    return HONORIFIC_AFTER.sub("", HONORIFIC_BEFORE.sub("", name)).strip() or name


HONORIFIC_BEFORE = re.compile(
    r"^(?:the\s+)?(?:hon(?:ou?rable|\.)|h\.\s?[rs]\.|sen\.|dip\.|dep\.)\s+", re.IGNORECASE
)
# "Litia Naivalu, MP", "Mwila K. Chanda (Mrs.)": a member's letters, how to address the person
HONORIFIC_AFTER = re.compile(
    r",?\s+(?:MP|M\.P\.|MLA|MHA|TD)$|"
    r"\s*\((?i:mrs?|ms|miss|mx|dr|prof|sra?|srta|dra|mme|mlle|dna)\.?\)$"
)


# "Office of Hon. Adi Litia Naivalu, MP", "Cabinet de l'Honorable Gisèle Ahouansou Dossou": a
# member's office under the parliament's letterhead; the member writes, not the parliament.
MEMBER_OFFICE = re.compile(
    r"^(?:office of|cabinet d[eu]|bureau d[eu](?: la)?|despacho d[eo]l?(?: la)?|oficina d[eo]l?(?: la)?|"
    r"gabinete d[oa]|кабинет|приёмная|приемная)\s+"
    r"(?:(?:the\s+)?hon(?:ou?rable|\.)?|l['’]\s*honorable|(?:la |el |o |a )?(?:honorable|diputad[oa]|"
    r"senador[a]?|deputad[oa]|d[ée]put[ée]e?|senator|representante)(?:\s+(?:federal|nacional|estadual|"
    r"provincial|a la cámara))?|h\.\s?r\.|h\.\s?s\.|депутата)\s+"
    r"([^\W\d_][^,;()\n]{3,60}?)(?:,\s*(?:MP|M\.P\.|member of (?:the )?parliament|député\w*|diputad\w*|"
    r"senador\w*|representante\w*)\b.*)?$",
    re.IGNORECASE,
)
# "Senator Aoife Ní Bhriain", "Senadora Lucía Ferreira Olivera" under a chamber's letterhead.
MEMBER_LINE = re.compile(
    r"^(?:senator|senadora?|s[ée]nat(?:eur|rice)|senatore|diputad[oa]|deputad[oa]|d[ée]put[ée]e?|"
    r"(?:the\s+)?hon(?:ou?rable|\.)|депутат\w*)\s+([^\W\d_][^,;()\n]{3,60}?)$",
    re.IGNORECASE,
)
MEMBER_WEIGHT = 4.0  # above the parliament's own letterhead line
MEMBER_HOW = "member's office"


def _member_office(doc):
    """The member whose office heads the first page (in its top block or just below it)."""
    found = []
    for line, number, file_name in _first_lines(doc):
        match = MEMBER_OFFICE.match(line) or MEMBER_LINE.match(line)
        if match and _person_like(match.group(1)):
            found.append(
                attribution.Candidate(
                    match.group(1).strip(), MEMBER_HOW, MEMBER_WEIGHT, line, number, file_name
                )
            )
    return found


def _person_like(name):
    """'Ndapewa P. Shikongo-Amukoto': two to five words, each capitalised (initials too)."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and not attribution.ORG_WORD.search(name)
        and all(w[:1].isupper() for w in words if w.lower() not in attribution.CONNECTORS)
    )


# A form's boxes: "Tipo de entidade: [X] Estado-Membro [ ] INDH [ ] Organização …".
CHECKBOX = r"(?:\[\s*[xX✓✔]?\s*\]|[☐☑☒])"


def _ticked_option(candidate):
    """A candidate read off a row of a form's boxes: the options, not a name."""
    first = (candidate.name.split() or [""])[0]
    if not first:
        return False
    word = re.escape(first)
    # after a box, or the box's own mark ("[X] Estado-Membro" read as "X Estado-Membro")
    ticked = rf"{CHECKBOX}\s*{word}|\[\s*{word}\s*\]"
    return bool(re.search(ticked, candidate.evidence or ""))


def _kind_and_name(lines):
    """'Общественное объединение' over '«ВРАЧИ ЗА ПРАВА ПАЦИЕНТОВ»': the kind and its quoted name
    are the whole name (the lines after them are a translation or an address)."""
    if len(lines) >= 2 and attribution.GENERIC.match(lines[0]) and lines[1][:1] in '«"“„':
        return lines[:2]
    return lines


# "Députée à l'Assemblée nationale", "Member of Parliament for …": a person's office, whose
# holder is named elsewhere (the letterhead's "Cabinet de l'Honorable …", the signature).
OFFICE_LINE = re.compile(
    r"(?:d[ée]put[ée]e?|diputad[oa]|deputad[oa]|депутат\w*|senat(?:or|eur|rice)|senador[a]?|"
    r"member of (?:the )?(?:parliament|national assembly|senate|house|congress)|abgeordnete\w*|"
    r"نائب\w*|عضو)\b",
    re.IGNORECASE,
)


def _unbalanced(line):
    """'свободы в Центральной Азии»': the end of a quoted title, not a name."""
    return line.count("«") != line.count("»") or line.count("“") != line.count("”")


def _is_its_name(candidate):
    """The candidate is the known body, or a short form of its name ('Protector of Citizens'),
    not a longer name that contains it ('Kaleidoscope Trust Santiago')."""
    return bool(candidate.hit) and attribution.fold(candidate.name) in attribution.fold(
        candidate.hit.matched
    )


def candidate_pool(doc):
    """Every candidate name the document offers, with the weight of where it was found."""
    pool = []
    for file_name, number, text in doc.pages[:1]:
        pool += attribution.candidates(text, number, file_name)
    personal = personal_statement(doc) is not None
    lines = _kind_and_name(name_lines(doc))
    top = " ".join(lines) if len(lines) < len(doc.top) else _clean(doc.top_text)
    # lines joined into one name stay sentence-sized: a long name heads a line of its own
    joined = top and looks_like_name(top) and len(top.split()) <= MAX_NAME_WORDS
    for line in [top] if joined else lines[:1]:
        if line and not is_title_line(line):
            weight = 2.0 if attribution.ORG_WORD.search(line) else 1.0
            first = doc.top[0]
            weight += _named_again(line, doc)
            pool.append(
                attribution.Candidate(
                    line, "letterhead", weight, doc.top_text, first.page, first.file
                )
            )
    for line in doc.signature:
        text = _clean(line.text)
        if (
            is_role(text)
            or OFFICE_LINE.match(text)
            or not looks_like_name(text)
            or is_title_line(text)
        ):
            continue
        organisation = bool(attribution.ORG_WORD.search(text))
        weight = 1.5 if organisation or personal else 0.8
        pool.append(
            attribution.Candidate(text, "signature", weight, line.text, line.page, line.file)
        )
    pool += _known_in_letterhead(doc) + _known_in_text(doc) + _cover_lines(doc)
    pool += _known_by_mail(doc)
    pool += _member_office(doc)
    for candidate in pool:
        candidate.name = _without_document_word(_without_mail_parts(_without_role(candidate.name)))
    pool = [
        c
        for c in pool
        if not _ticked_option(c)
        and attribution.looks_like_organisation_or_person(c.name)
        and looks_like_name(c.name)
        and not ADDRESSED_LINE.match(c.name)
    ]
    for candidate in pool:
        if (
            candidate.how not in ("letterhead", MEMBER_HOW)
            and is_person(candidate.name)
            and not personal
        ):
            candidate.weight -= 1.0  # a signatory or a contact, speaking for an organisation
        if is_unnamed_collective(candidate.name):
            candidate.weight -= (
                1.0  # "a Group of Civil Society Organizations": its coordinator is named
            )
        candidate.hit = candidate.hit or gazetteer.lookup(candidate.name)
        if (
            candidate.hit and _addressee(candidate.hit, candidate.how, candidate.evidence)
        ) or is_mandate(candidate.name):
            candidate.weight = 0  # "Human Rights Committee": whom it is sent to
        elif candidate.hit and candidate.how in STATED:
            candidate.weight += KNOWN_BODY
    return [c for c in pool if c.weight > 0]


# The High Commissioner for Refugees (UNHCR) writes submissions; the High Commissioner for
# Human Rights is whom they are sent to.
REFUGEES = r"(?![^\n]{0,45}(?:refug|réfugi|беженц))"
# "Secretary-General, Parliamentarians for Global Action", "Directora Ejecutiva, Red …": the
# signatory's office before the body's name.
ROLE_BEFORE_NAME = re.compile(r"^[^,]{0,40},\s*(?=\S)")


# A cover e-mail's sender line: "De: Carmen Rondón <carmen@…>" names Carmen Rondón; "From: [name
# withheld]" names nobody.
MAIL_LABEL = re.compile(
    r"^\s*(?:from|de|von|от|من|发件人|exp[ée]diteur|remitente|remetente|absender)\s*[:：]\s*",
    re.IGNORECASE,
)
MAIL_ADDRESS = re.compile(r"\s*[<(\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[>)\]]?")
PLACEHOLDER = re.compile(r"^\s*[\[(<][^\])>]*[\])>]\s*$")


def _known_by_mail(doc):
    """The UN entity or intergovernmental body a cover e-mail is sent from, by its address
    ("From: Layla Haddad-Mansour <lhaddad@unfpa.org>": UNFPA writes, through its staff)."""
    for file_name, number, text in doc.pages[:1]:
        sender = FROM_ADDRESS.search(text[:MAIL_HEAD_CHARS])
        hit = sender and gazetteer.body_of_mail(sender.group(1))
        if hit:
            line = sender.group(0).strip()
            return [
                attribution.Candidate(
                    hit.name, "mail domain", MAIL_DOMAIN_WEIGHT, line, number, file_name, hit=hit
                )
            ]
    return []


FROM_ADDRESS = re.compile(
    MAIL_LABEL.pattern + r"[^\n@]*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE | re.MULTILINE
)
MAIL_HEAD_CHARS = 600  # a message's headers
MAIL_DOMAIN_WEIGHT = 4.0  # above the sender's own name on the From: line


def _without_mail_parts(name):
    bare = MAIL_ADDRESS.sub("", MAIL_LABEL.sub("", name)).strip(" ,;")
    if ROLE_ALONE.fullmatch(bare):
        return ""  # "From: Координатор <coord@…>": a role names nobody
    role = ROLE_DASH.match(bare)
    if role and bare != name.strip():
        bare = bare[role.end() :]  # "From: Coordinator – Vanua Rainbow Pacific <…>": the body
    if bare == name.strip():
        return name
    return "" if PLACEHOLDER.match(bare) else bare


ROLE_ALONE = re.compile(ROLE_WORDS.pattern + r"(?:\s+\w+)?", re.IGNORECASE)
ROLE_DASH = re.compile(ROLE_ALONE.pattern + r"\s+[–—-]\s+", re.IGNORECASE)


def _without_role(name):
    """The name without an office that heads it ('Secretary-General, X' -> 'X')."""
    role = ROLE_BEFORE_NAME.match(name)
    if role and ROLE_WORDS.match(role.group(0)):
        return name[role.end() :]
    office = ROLE_OF.match(name)  # "Jefa de la Oficina Regional …": the office's body
    return name[office.end() :] if office and len(name[office.end() :].split()) >= 2 else name


ROLE_OF = re.compile(
    ROLE_WORDS.pattern
    + r"(?:[\s-]+general)?\s+(?:of\s+the|of|de\s+la|del|de\s+l['’]|de|du|des|da|do|dos|das)\s+",
    re.IGNORECASE,
)


# The mechanisms a submission answers ("the call by the Special Rapporteur on …", "Respuesta
# al Alto Comisionado …"): named in any submission, and never its author, listed or not.
MANDATE = re.compile(
    r"^(?:the\s+|la\s+|el\s+|le\s+|l['’]\s*|o\s+|a\s+)?(?:un\s+|united\s+nations\s+)?(?:"
    r"special\s+rapporteurs?|independent\s+experts?|working\s+group\s+on|high\s+commissioner{REFUGEES}|"
    r"committee\s+(?:on|against)\s+the|human\s+rights\s+(?:committee|council)|"
    r"relator(?:a|es)?\s+especial|experto\s+independiente|experta\s+independiente|"
    r"grupo\s+de\s+trabajo\s+sobre|alto\s+comisionado{REFUGEES}|alta\s+comisionada|comit[ée]\s+(?:de|contra|sobre)\s+"
    r"(?:los|la|las)\b|consejo\s+de\s+derechos|rapporteur(?:e)?s?\s+sp[ée]ciale?s?|"
    r"expert(?:e)?\s+ind[ée]pendant(?:e)?|groupe\s+de\s+travail\s+sur|haut(?:e)?-commissaire|"
    r"comit[ée]\s+des\s+droits|conseil\s+des\s+droits|conselho\s+d[eo]s?\s+direitos|relator(?:a)?\s+especial|perit[oa]\s+independente|"
    r"alt[oa]\s+comissári[oa]{REFUGEES}|специальн\w+\s+докладчик\w*|независим\w+\s+эксперт\w*|"
    r"верховн\w+\s+комиссар\w*{REFUGEES}|комитет\w*\s+(?:по|против)\b|совет\w*\s+по\s+правам|"
    # a parliament's inquiry committee, which national consultations answer
    r"(?:senate\s+|house\s+)?(?:standing|select|portfolio)\s+committee)".replace(
        "{REFUGEES}", REFUGEES
    ),
    re.IGNORECASE,
)


# "To the Committee", "Attn: …", "À l'attention de …": whom a letter is sent to.
ADDRESSED_LINE = re.compile(
    r"^(?:to|attn|attention|dear|para|pour|à|a\s+la|al|ao|à\s+l['’]attention|кому|для)\b"
    # Arabic: "السيدات والسادة أعضاء لجنة …" (ladies and gentlemen, members of …), "إلى …", "حضرة …"
    r"|^(?:السيدات والسادة|السادة|السيد|السيدة|حضرة|حضرات|إلى|الى)(?:\s|$)",
    re.IGNORECASE,
)


def is_mandate(name):
    """A UN mechanism submissions are sent to, named as such: never the author."""
    return bool(MANDATE.match(name.strip()))


# Legal forms a company's name ends with; the text calls it by the name without them.
LEGAL_FORM = re.compile(
    r"[\s,]+(?:asa|as|ab|ag|plc|ltd\.?|limited|inc\.?|llc|gmbh|s\.?a\.?|s\.?l\.?|b\.?v\.?|"
    r"n\.?v\.?|s\.?p\.?a\.?|oy|oyj|pty|co\.?|corp\.?|ооо|оао|пао|ао)$",
    re.IGNORECASE,
)


def _named_again(name, doc):
    """A letterhead's name that the opening goes on using is the writer's own (as recurring
    names are); a company's without its legal form ('Telenor' for 'Telenor ASA')."""
    if not doc.pages:
        return 0.0
    opening = doc.pages[0][2][: attribution.READ_CHARS]
    core = LEGAL_FORM.sub("", name).strip()
    candidate = attribution.Candidate(core or name, "letterhead", 0.0, "")
    return max(0.0, attribution.mention_bonus(candidate, opening) - 0.25)  # its own line once


# Words that say what a collective is without naming it ("Coalition of NGOs", "Grupo de
# organizaciones de la sociedad civil").
COLLECTIVE_WORDS = {
    "group",
    "groups",
    "coalition",
    "network",
    "alliance",
    "platform",
    "consortium",
    "forum",
    "collective",
    "civil",
    "society",
    "organizations",
    "organisations",
    "organization",
    "organisation",
    "ngos",
    "ngo",
    "non-governmental",
    "csos",
    "cso",
    "associations",
    "partners",
    "members",
    "joint",
    "national",
    "international",
    "human",
    "rights",
    "grupo",
    "coalicion",
    "red",
    "organizaciones",
    "sociedad",
    "ong",
    "ongs",
    "groupe",
    "reseau",
    "societe",
    "civile",
    "rede",
    "organizacoes",
    "sociedade",
    "coalizao",
    "группа",
    "коалиция",
    "нко",
    "нпо",
    "организаций",
    "организации",
    "общественных",
    "гражданского",
    "общества",
}


def is_unnamed_collective(name):
    """'Group of Civil Society Organizations', 'Coalition of NGOs': a kind of collective, no name."""
    words = [w for w in _fold_words(name) if w not in attribution.CONNECTORS]
    return bool(words) and all(w in COLLECTIVE_WORDS for w in words)


def _addressee(hit, how, evidence=""):
    """Calls for inputs go to the mechanisms, and through OHCHR: named outside a letterhead,
    OHCHR is whom the submission is sent to."""
    return gazetteer.is_addressee(hit) or (
        hit.id == "ohchr" and (how != "letterhead" or bool(GENEVA.search(evidence)))
    )


# OHCHR "– Geneva" in the top block: the address the submission is sent to, not its letterhead.
GENEVA = re.compile(r"geneva|gen[eè]ve|ginebra|genebra|genf|женев|جنيف|日内瓦", re.IGNORECASE)


KNOWN_BODY = 1.0  # a candidate stated as the author that is a known body (gazetteer) is surer
STATED = ("attribution", "self_description", "letterhead", "signature")
# "Respuesta al Alto Comisionado …", "submission to the UNDP": the body it is sent to.
ADDRESSED = re.compile(
    r"(?<!\w)(to|al|a|au|aux|à|ao|à\s+la|для|إلى|for)\s+(the\s+|la\s+|el\s+|le\s+|l['’]|o\s+|a\s+)?"
    r"([\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
CITED_KINDS = ("un_entity", "intergovernmental")
KNOWN_IN_TEXT = (
    0.5  # a known body named in the opening: weak alone, strong when named again and again
)


def _known_in_text(doc):
    found = []
    for file_name, number, text in doc.pages[:1]:
        opening = text[: attribution.READ_CHARS]
        for hit in {
            h.id: h
            for h in gazetteer.authors_in(opening)
            if not ADDRESSED.search(opening[max(0, h.start - 25) : h.start])
            and not attribution.another_body(opening, h.start)
        }.values():
            section = _national_section(opening, hit, doc.language)
            candidate = attribution.Candidate(
                section or hit.matched,
                "named in the text",
                KNOWN_IN_TEXT,
                attribution.around(opening, hit.start, hit.end),
                number,
                file_name,
                hit=None if section else hit,
            )
            candidate.weight += attribution.mention_bonus(candidate, opening)
            if (
                hit.type not in CITED_KINDS
            ):  # UN agencies and regional bodies are cited, not authors, in passing
                found.append(candidate)
    return found


COVER_LINES, COVER_WORDS = 10, 8


def _first_lines(doc):
    """[(cleaned line, page, file)] of the first page's first non-empty lines."""
    if not doc.pages:
        return []
    file_name, number, text = doc.pages[0]
    lines = [_clean(line) for line in text.splitlines() if line.strip()][:COVER_LINES]
    return [(line, number, file_name) for line in lines]


def _cover_lines(doc):
    """A cover page's author line: a short line among the first ones that names an
    organisation ('DISABLED PEOPLE'S ORGANIZATIONS'), neither a title nor a date; weak alone."""
    found = []
    for line, number, file_name in _first_lines(doc):
        words = line.split()
        if (
            2 <= len(words) <= COVER_WORDS
            and _says_a_kind(line)
            and looks_like_name(line)
            and _capitalised(line, words)
            and not is_title_line(line)
            and not is_mandate(line)
            and not _unbalanced(line)
            and not OFFICE_LINE.match(line)
            and not MEMBER_OFFICE.match(line)
        ):
            weight = 1.5 + _named_again(line, doc)
            found.append(attribution.Candidate(line, "cover line", weight, line, number, file_name))
    return found


def _says_a_kind(line):
    """An organisation's word ('Association', 'Centre') or a cue of a kind of submitter
    ('Народный защитник', 'المجلس الوطني لحقوق')."""
    if line[:1] in "(«\"“'" or attribution.LABEL_LINE.match(line):
        return False  # a parenthesis, a quoted title, a 'From:' line (read as an attribution)
    return bool(attribution.ORG_WORD.search(line)) or any(
        weight >= 3 and kind not in CITED_KINDS for kind, weight, _ in cues.type_cues(line)
    )


def _capitalised(line, words):
    """Every word of a Latin-script name is capitalised; Russian names keep lower-case words
    ('Народный защитник Грузии') and Arabic has no capitals, so the test is for Latin only."""
    if attribution._script(line) != "latin":
        return True
    return all(attribution.CAPITAL.match(w) or w.lower() in attribution.CONNECTORS for w in words)


def _national_section(text, hit, lang):
    """'DCI Brasil', 'Amnesty International Kenya': an international body's name followed by a
    country is its national section, another body based there; the section's name, else ''."""
    if hit.scope != "international" or hit.type in CITED_KINDS:
        return ""
    after = text[hit.end : hit.end + 40]
    gap = len(after) - len(after.lstrip(" -–"))
    if not gap:
        return ""
    found = [p for p in nlp.places_in_name(after[gap:], lang) if p[0] == "COUNTRY" and p[3] == 0]
    return f"{hit.matched}{after[:gap]}{found[0][2]}" if found else ""


def _known_in_letterhead(doc):
    """Known bodies named whole in the letterhead lines (a UN masthead excepted)."""
    found = []
    for line in doc.top:
        text = AMPERSAND.sub(" and ", line.text)  # "AFRICAN COMMISSION ON HUMAN & PEOPLES' RIGHTS"
        for hit in gazetteer.authors_in(text):
            if _whole_name(text, hit) and _mostly(text, hit):
                written = hit.matched if text == line.text else hit.name  # "&" as written
                found.append(
                    attribution.Candidate(
                        written, "letterhead", 2.0, line.text, line.page, line.file, hit=hit
                    )
                )
    return found


AMPERSAND = re.compile(r"\s+&\s+")


def _mostly(text, hit):
    """A letterhead line naming a body is mostly its name; a title that mentions one ('speech
    at the ILO's conference') is not the body's letterhead."""
    return len(hit.matched.split()) >= 0.5 * len(text.split())


def _whole_name(text, hit):
    """The hit is a whole name in the line, not the start or end of a longer one
    ('Kaleidoscope Trust Santiago' is another body than Kaleidoscope Trust)."""
    before, after = text[: hit.start].split(), text[hit.end :].split()
    touching = [w.strip('«»"“”') for w in (before[-1:] + after[:1])]
    return not any(
        attribution.CAPITAL.match(w)
        and w.lower() not in attribution.CONNECTORS
        and not w.startswith("(")
        for w in touching
        if w and w[-1] not in ",;:"
    )


def _merged(pool):
    """Candidates naming the same body pooled (their weights add up), strongest first."""
    merged = []
    for candidate in sorted(pool, key=lambda c: -c.weight):
        same = next(
            (
                m
                for m in merged
                if _same(_core(m.name), _core(candidate.name))
                or (candidate.acronym and candidate.acronym in (m.acronym, m.name))
                or attribution.is_acronym_of(candidate.name, m.name)
                or attribution.is_acronym_of(m.name, candidate.name)
                or (candidate.hit and m.hit and candidate.hit.id == m.hit.id)
            ),
            None,
        )
        if same:
            if attribution.is_acronym_of(same.name, candidate.name) or (
                same.hit and candidate.hit and same.name.isupper() and " " not in same.name
            ):
                same.acronym, same.name = same.name, candidate.name  # the name, not its acronym
                same.hit = candidate.hit or same.hit
            if (
                len(candidate.name) > len(same.name)
                and candidate.how != "recurring name"
                and not same.hit
                and len(candidate.name.split()) - len(same.name.split()) <= 4
            ):
                same.name = (
                    candidate.name
                )  # "Coordinadora Nacional de Derechos Humanos", not its tail
            same.weight += 0.5 * candidate.weight
            same.acronym = same.acronym or candidate.acronym
            same.hit = same.hit or candidate.hit
        else:
            merged.append(attribution.Candidate(**vars(candidate)))
    return sorted(merged, key=lambda c: -c.weight)


OFFICE_OF = re.compile(
    r"^(?:the\s+)?(?:office|bureau|secretariat|cabinet|oficina|bureau|gabinete|secr[ée]tariat)\s+"
    r"(?:of|de|du|de\s+la|del|do|da)\s+(?:the\s+|la\s+|el\s+)?",
    re.IGNORECASE,
)


def _core(name):
    """'Office of Public Defender' is the Public Defender: compare names without it."""
    return OFFICE_OF.sub("", name.strip())


STATE_PREFIX = re.compile(
    r"^(?:the\s+)?(?:government\s+of|gobierno\s+de|gouvernement\s+(?:de|du|des)|governo\s+d[aoe]|"
    r"estado\s+(?:de|del)|[ée]tat\s+(?:de|du)|state\s+of|правительство)\s+",
    re.IGNORECASE,
)


def state_named(name, lang):
    """alpha3 when ``name`` is a State ('Uganda', 'République du Bénin', 'Estado de Guatemala')
    or one of its organs naming it ('Ministry of Foreign Affairs of the Kingdom of Thailand')."""
    organ = organ_of_state(name, lang)
    if organ:
        return organ
    by_adjective = _state_by_adjective(name, lang)
    if by_adjective:
        return by_adjective
    rest = STATE_PREFIX.sub("", name.strip())
    found = nlp.places_in(rest, lang)
    if len(found) == 1 and found[0][0] == "COUNTRY":
        covered = _fold_words(found[0][2])
        leftover = [w for w in _fold_words(rest) if w not in covered and w not in STATE_WORDS]
        if not leftover:
            return found[0][1]
    return None


# A State named by its adjective: "el Estado colombiano", "le Gouvernement sénégalais", "o
# Estado brasileiro", "the Australian Government". The adjective shares its stem with the
# country's name in that language (colomb-, sénégal-, brasil-, austral-); words that describe
# any State's organs share none.
STATE_BY_ADJECTIVE = re.compile(
    r"^(?:(?:el|le|l['’]|o|the)\s*)?(?:estado|gobierno|[ée]tat|gouvernement|governo)\s+([^\W\d_]+)$"
    r"|^(?:the\s+)?([^\W\d_]+)\s+(?:government|state)$",
    re.IGNORECASE,
)
NOT_DEMONYMS = {
    "federal",
    "nacional",
    "national",
    "plurinacional",
    "parte",
    "party",
    "central",
    "provincial",
    "regional",
    "miembro",
    "member",
    "membre",
    "islamico",
    "islamique",
    "islamic",
    "libre",
    "soberano",
    "unitario",
    "partie",
    "requerido",
    "concerned",
    "reviewed",
    "examinado",
    # two States share the stem: the Congo and the Democratic Republic of the Congo
    "congolais",
    "congoleno",
    "congolese",
    "congoles",
}
MIN_STEM = 5


def _state_by_adjective(name, lang):
    """alpha3 of the one country whose name in ``lang`` (or English) starts the adjective of
    "Estado colombiano", or None."""
    said = STATE_BY_ADJECTIVE.match(name.strip())
    if not said:
        return None
    adjective = attribution.fold(said.group(1) or said.group(2))
    if adjective in NOT_DEMONYMS or len(adjective) < MIN_STEM:
        return None
    best, found = 0, set()
    for language in dict.fromkeys((nlp.lang_or_default(lang), "en")):
        for country, alpha3 in places.country_names(language).items():
            bare = attribution.fold(country).replace(" ", "")
            shared = len(os.path.commonprefix([adjective, bare]))
            if shared < min(MIN_STEM, len(bare)):
                continue
            if shared > best:
                best, found = shared, {alpha3}
            elif shared == best:
                found.add(alpha3)
    return found.pop() if len(found) == 1 else None


def organ_of_state(name, lang):
    """A ministry, mission or government naming its country: that country."""
    scores = cues.type_scores(name)
    if not scores or max(scores, key=scores.get) != "state":
        return None
    countries = [found for found in nlp.places_in(name, lang) if found[0] == "COUNTRY"]
    return countries[0][1] if len({c[1] for c in countries}) == 1 else None


STATE_WORDS = {
    "grand",
    "grand-duche",
    "duchy",
    "duche",
    "ducado",
    "principality",
    "principaute",
    "principado",
    "republic",
    "republica",
    "republique",
    "kingdom",
    "royaume",
    "reino",
    "of",
    "de",
    "du",
    "da",
    "do",
    "the",
    "la",
    "le",
    "el",
    "federal",
    "federative",
    "federativa",
    "plurinational",
    "plurinacional",
    "state",
    "estado",
    "etat",
    "people",
    "s",
    "democratic",
    "democratica",
    "democratique",
    "united",
    "unido",
    "uni",
    "islamic",
    "islamique",
    "islamica",
    "arab",
    "arabe",
    "socialist",
    "commonwealth",
    # Russian and Arabic ("Ответы Республики Узбекистан", "رد المملكة المغربية")
    "республика",
    "республики",
    "республике",
    "республикой",
    "королевство",
    "королевства",
    "федерация",
    "федерации",
    "государство",
    "государства",
    "правительство",
    "правительства",
    "المملكة",
    "مملكة",
    "الجمهورية",
    "جمهورية",
    "دولة",
    "حكومة",
    "سلطنة",
}


def _fold_words(text):
    return attribution.fold(text).replace("'", " ").split()


PERSON_TITLE = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|sr|sra|srta|m|mme|mlle|dra|г-н|г-жа)\.?\s", re.IGNORECASE
)


def is_person(name):
    """'Ms Andrea Maynard', 'Alastair Lawrie': two to four capitalised words, no organisation word."""
    words = name.split()
    if PERSON_TITLE.match(name):
        return True
    return (
        2 <= len(words) <= 3
        and not attribution.ORG_WORD.search(name)
        and all(
            w[:1].isupper() and not w.isupper()
            for w in words
            if w.lower() not in attribution.CONNECTORS
        )
    )


TITLE_LINE = re.compile(
    r"^(?:joint\s+|ngo\s+|shadow\s+|alternative\s+|parallel\s+|альтернативн\w+\s+|теневой\s+|"
    r"совместн\w+\s+|параллельн\w+\s+)*(?:submission|report|shadow|alternative|"
    r"concerns|recommendations|response|reply|replies|comments|information|statement|input|contribution|"
    r"memorandum|written\s+evidence|implementation|proposals?|the\s+situation|situation|"
    r"informe|reporte|aporte|contribuci[óo]n|respuesta|comentarios|rapport|r[ée]ponse|avis|commentaires|"
    r"relat[óo]rio|submiss[ãa]o|contribui[çc][ãa]o|resposta|apresenta[çc][ãa]o|доклад|вклад|ответ|информация|"
    r"материалы|تقرير|مساهمة|ردود|appeal|open\s+letter|letter\s+to|carta\s+(?:al?|abierta)|lettre\s+(?:à|ouverte)|"
    r"обращение|письмо|رسالة|نداء|apelo)\b",
    re.IGNORECASE,
)


def is_title_line(text):
    """A document's title ('Report on …', 'ALTERNATIVE REPORT ON …'), a date or a marking: never a name."""
    return bool(TITLE_LINE.match(text.strip(" #*:")) or attribution.is_furniture(text.strip()))


def name_lines(doc):
    """The top block's leading lines that read as a name (a line after a sentence is the rest
    of a wrapped sentence, not a name)."""
    lines = [_clean(line.text) for line in doc.top]
    while lines and attribution.is_furniture(lines[0]):
        lines = lines[1:]  # "[image: … logo]", "بسم الله …", "OFFICIAL" above the name
    return lines[
        : next(
            (
                i
                for i, line in enumerate(lines)
                if not looks_like_name(line)
                or (i and (ADDRESS_LINE.search(line) or places.is_place_line(line)))
            ),
            len(lines),
        )
    ]


ADDRESS_LINE = documents.ADDRESS_LINE


def looks_like_name(text):
    """A submitter's name, not a sentence of body text: short, no sentence end inside, not
    opening like a sentence ('We ...', 'The organisation documents ...'), made of letters."""
    words = text.split()
    too_long = len(words) > MAX_NAME_WORDS and not attribution.is_long_name(text)
    if not words or too_long or sum(ch.isalpha() for ch in text) < 2:
        return False
    ends = [
        m.group(1) for m in SENTENCE_END.finditer(text) if m.group(1).lower() not in ABBREVIATIONS
    ]
    if ends or SENTENCE_STARTS.match(text):
        return False
    if text.endswith(("?", "!", "¿", ":")) or (
        len(words) >= 4 and text.endswith(".") and not LEGAL_TAIL.search(text)
    ):
        return False
    article = DETERMINERS.match(text)
    if article and article.group(2)[:1].islower() and article.group(3)[:1].islower():
        return False  # "The organisation documents ...": a determiner, a noun, a verb
    return True


def is_role(text):
    """'Executive Director', 'Coordinadora de programas': a signatory's title, not a name."""
    strong = any(weight >= 2 for _, weight, _ in cues.type_cues(text))
    return bool(ROLE_WORDS.search(text)) and len(text.split()) <= 4 and not strong


def _clean(text):
    text = re.sub(r"\s+", " ", re.sub(r"-\s+(?=[a-zà-ÿа-я])", "", text or "")).strip(" ,;:#*")
    return LEADING_THE.sub("", text)


# 'Asociación Mexicana de Psiquiatría, A.C.', 'Verein e.V.': a legal form after a name, whose
# dots read as a sentence's end; 'The Commissioner for …': the article is no part of the name.
LEGAL_TAIL = re.compile(
    r"[\s,]+(?:a\.\s?c\.|s\.\s?a\.|s\.\s?c\.|e\.\s?v\.|a\.\s?s\.\s?b\.\s?l\.|asbl|inc\.|ltd\.|"
    r"ltda\.?|npc|ggmbh|i\.\s?a\.\s?p\.)$",
    re.IGNORECASE,
)
LEADING_THE = re.compile(r"^(?:The|THE)\s+(?=[A-Z])")


def _same(a, b):
    fold = lambda s: re.sub(r"\W+", " ", s.lower()).strip()
    return (
        fold(a) == fold(b)
        or (len(fold(b)) > 8 and fold(b) in fold(a))
        or (len(fold(a)) > 8 and fold(a) in fold(b))
    )
