"""What the submitter-type classifier sees: the name's letters plus named signals."""

import re

from . import cues, names, places

FIRST_SINGULAR = re.compile(
    r"(?<!\w)(i|my|me|je|j'|mon|ma|mes|yo|mi|mis|eu|meu|minha|я|мой|моя|мои|меня)(?!\w)",
    re.IGNORECASE,
)
FIRST_PLURAL = re.compile(
    r"(?<!\w)(we|our|us|nous|notre|nos|nosotros|nuestra|nuestro|nuestros|nós|nossa|nosso|"
    r"мы|наша|наш|наши|нас)(?!\w)",
    re.IGNORECASE,
)
PERSON_LIKE = re.compile(r"^[A-ZÀ-ÞА-Я][\w'’.-]+( [A-ZÀ-ÞА-Я][\w'’.-]+){1,3}$")


def signals(doc, name):
    """Space-separated signal tokens (N_ = in the name, T_ = letterhead, O_ = opening, S_ = signature)."""
    tokens = []
    for prefix, text in (
        ("N", name),
        ("T", doc.top_text),
        ("O", " ".join(l.text for l in doc.opening[:6])),
        ("S", " ".join(l.text for l in doc.signature)),
    ):
        for kind, weight, _ in cues.type_cues(text):
            tokens += [f"{prefix}_{kind}"] * int(weight)
    opening = " ".join(l.text for l in doc.opening[:6])
    if names.is_note_verbale(doc):
        tokens.append("NOTE_VERBALE")
    if names.personal_statement(doc):
        tokens += ["PERSONAL"] * 3
    if not doc.top:
        tokens.append("NO_LETTERHEAD")
    if len(FIRST_SINGULAR.findall(opening)) >= 2:
        tokens.append("FIRST_SINGULAR")
    if len(FIRST_PLURAL.findall(opening)) >= 2:
        tokens.append("FIRST_PLURAL")
    if PERSON_LIKE.match(name or "") and not cues.type_cues(name):
        tokens.append("PERSON_LIKE")
    return " ".join(tokens) or "NONE"


WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")


def without_places(name):
    """The name without its city and country names ("Lusaka Legal Aid Clinic" -> "Legal Aid
    Clinic"): a place says where a submitter is, not what kind it is, so a reviewed name must
    not teach the classifier that a city's letters mean a type (issue 16, point 5)."""
    cities, countries = places.city_names(), places.country_names("en")

    def is_place(words):
        text = " ".join(words).lower()
        return text in cities or text in countries

    words, kept, i = WORD.findall(name or ""), [], 0
    while i < len(words):
        size = next((n for n in (3, 2, 1) if i + n <= len(words) and is_place(words[i : i + n])), 0)
        if size:
            i += size
        else:
            kept.append(words[i])
            i += 1
    return " ".join(kept)


def row(doc, name):
    """One classifier input: {'name', 'signals'}."""
    return {"name": (name or "").lower(), "signals": signals(doc, name)}
