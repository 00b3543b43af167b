"""Who signed: the submitter's name from the letterhead, a note verbale's opening or the signature."""
import re
from dataclasses import dataclass

from . import cues, nlp, places
from .lexicon import MISSION_OPENINGS, NOTE_VERBALE, TYPE_CUES

PERSONAL = [phrase for phrase, _ in TYPE_CUES["individual"]]
ROLE_WORDS = re.compile(
    r"\b(director|directora|directeur|directrice|diretor|diretora|директор|chair|chairperson|president|presidente|"
    r"présidente?|председатель|coordinator|coordinador|coordinadora|coordinateur|coordinatrice|coordenador|"
    r"coordenadora|координатор|secretary|secretario|secretaria|secrétaire|secretário|секретарь|officer|manager|"
    r"head|jefe|jefa|chef|chefe|руководитель|founder|fundador|fondateur|fondatrice|основатель|executive|ejecutiv|"
    r"exécuti|executiv|исполнительн|programme|program|programa|программ|advisor|adviser|asesor|conseill|consultor|"
    r"советник|representative|representante|représentant|представитель)\w*", re.IGNORECASE)


MAX_NAME_WORDS = 12
# A sentence ends inside the text ("... in 2020. We ..."); initials and abbreviations do not count.
SENTENCE_END = re.compile(r"(\w{4,})[.!?]\s+\S")
ABBREVIATIONS = {"prof", "dept", "univ", "inst", "assn", "corp", "ltda", "intl", "asoc", "ass", "dir", "coord"}
# Words a sentence about the submitter starts with; a name does not.
SENTENCE_STARTS = re.compile(
    r"^(we|i|our|this|these|it|they|there|here|nous|notre|je|cette|ce|ces|il|elle|nosotros|nosotras|nuestra|"
    r"nuestro|yo|esta|este|estos|estas|nós|nossa|nosso|eu|мы|я|наша|наш|эта|этот|эти|данн\w+|what|how|why|which|"
    r"qué|cómo|comment|pourquoi|что|как|почему)\b", re.IGNORECASE)
DETERMINERS = re.compile(r"^(the|a|an|la|el|le|les|los|las|o|os|as|um|uma|un|une|una)\s+(\S+)\s+(\S+)",
                         re.IGNORECASE)

@dataclass
class Found:
    value: str
    confidence: float
    evidence: str
    page: int = 1
    file: str = ""
    kind: str = ""          # how it was found: mission, letterhead, signature, ...


def mission_country(doc):
    """Found(alpha3) when the letterhead or opening names a Permanent Mission / Government of X."""
    # A letterhead line, or an opening line that is itself the diplomatic formula: "the
    # Government of X" in an NGO's first paragraph is not a State writing.
    candidates = [line for line in doc.top] + [line for line in doc.opening[:3] if cues.find_any(NOTE_VERBALE, line.text)]
    for line in candidates:
        opening = cues.find_any(MISSION_OPENINGS, line.text)
        if not opening:
            continue
        after = line.text[line.text.lower().find(opening.lower()):]
        if line.zone == "top":
            after = " ".join(l.text for l in doc.top)[doc.top_text.lower().find(opening.lower()):]
        for label, alpha3, text, _ in nlp.places_in(after, doc.language):
            if label == "COUNTRY":
                return Found(alpha3, 0.95, line.text, line.page, line.file, "mission")
    return None


def is_note_verbale(doc):
    """A note verbale opens with its diplomatic formula ('presents its compliments ...')."""
    opening = " ".join(line.text for line in doc.opening[:6])
    phrase = cues.find_any(NOTE_VERBALE, opening)
    return phrase if phrase and cues.find_any(MISSION_OPENINGS, opening + " " + doc.top_text) else ""


def personal_statement(doc):
    """The sentence where an individual says they write in a personal capacity, or ''."""
    for line in doc.opening[:6]:
        if cues.find_any(PERSONAL, line.text):
            return line
    return None


def submitter(doc, state_country=None):
    """Found(name) for the submitter: a State's name, the letterhead, or the signature."""
    if state_country:
        return Found(places.english_name(state_country.value), 0.9, state_country.evidence,
                     state_country.page, state_country.file, "mission")
    signature = [line for line in doc.signature if not is_role(line.text) and looks_like_name(_clean(line.text))]
    top, sure = _clean(doc.top_text), 0.7
    if top and not looks_like_name(top):
        # The top block ran into body text: keep the lines before it that read as a name, unsure
        # (a line after it is the rest of a wrapped sentence, not a name).
        ahead = name_lines(doc)
        top, sure = (ahead[0] if ahead else ""), 0.5
    if top:
        agrees = any(_same(top, line.text) for line in doc.signature)
        first = doc.top[0]
        return Found(top, 0.92 if agrees else sure, doc.top_text, first.page, first.file, "letterhead")
    if signature:
        person = personal_statement(doc)
        line = signature[0] if person else signature[-1]
        return Found(_clean(line.text), 0.6 if person else 0.55, line.text, line.page, line.file, "signature")
    return Found("", 0.0, "no name found in a letterhead or signature: please fill in", 1, doc.file_name, "none")


def name_lines(doc):
    """The top block's leading lines that read as a name (a line after a sentence is the rest
    of a wrapped sentence, not a name)."""
    lines = [_clean(line.text) for line in doc.top]
    return lines[:next((i for i, line in enumerate(lines) if not looks_like_name(line)), len(lines))]


def looks_like_name(text):
    """A submitter's name, not a sentence of body text: short, no sentence end inside, not
    opening like a sentence ('We ...', 'The organisation documents ...'), made of letters."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or sum(ch.isalpha() for ch in text) < 2:
        return False
    ends = [m.group(1) for m in SENTENCE_END.finditer(text) if m.group(1).lower() not in ABBREVIATIONS]
    if ends or SENTENCE_STARTS.match(text):
        return False
    if text.endswith(("?", "!", "¿", ":")) or (len(words) >= 4 and text.endswith(".")):
        return False
    article = DETERMINERS.match(text)
    if article and article.group(2)[:1].islower() and article.group(3)[:1].islower():
        return False                 # "The organisation documents ...": a determiner, a noun, a verb
    return True


def is_role(text):
    """'Executive Director', 'Coordinadora de programas': a signatory's title, not a name."""
    strong = any(weight >= 2 for _, weight, _ in cues.type_cues(text))
    return bool(ROLE_WORDS.search(text)) and len(text.split()) <= 4 and not strong


def _clean(text):
    return re.sub(r"\s+", " ", re.sub(r"-\s+(?=[a-zà-ÿа-я])", "", text or "")).strip(" ,;:#*")


def _same(a, b):
    fold = lambda s: re.sub(r"\W+", " ", s.lower()).strip()
    return fold(a) == fold(b) or (len(fold(b)) > 8 and fold(b) in fold(a)) or (len(fold(a)) > 8 and fold(a) in fold(b))
