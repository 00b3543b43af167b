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
    signature = [line for line in doc.signature if not is_role(line.text)]
    top = _clean(doc.top_text)
    if top:
        agrees = any(_same(top, line.text) for line in doc.signature)
        first = doc.top[0]
        return Found(top, 0.92 if agrees else 0.7, doc.top_text, first.page, first.file, "letterhead")
    if signature:
        person = personal_statement(doc)
        line = signature[0] if person else signature[-1]
        return Found(_clean(line.text), 0.6 if person else 0.55, line.text, line.page, line.file, "signature")
    return Found("", 0.0, "no letterhead or signature found", 1, doc.file_name, "none")


def is_role(text):
    """'Executive Director', 'Coordinadora de programas': a signatory's title, not a name."""
    strong = any(weight >= 2 for _, weight, _ in cues.type_cues(text))
    return bool(ROLE_WORDS.search(text)) and len(text.split()) <= 4 and not strong


def _clean(text):
    return re.sub(r"\s+", " ", re.sub(r"-\s+(?=[a-zà-ÿа-я])", "", text or "")).strip(" ,;:")


def _same(a, b):
    fold = lambda s: re.sub(r"\W+", " ", s.lower()).strip()
    return fold(a) == fold(b) or (len(fold(b)) > 8 and fold(b) in fold(a)) or (len(fold(a)) > 8 and fold(a) in fold(b))
