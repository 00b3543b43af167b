"""Country, scope and region of a submitter, weighing where each mention appears.

The country most mentioned is often the one written about, not the one written from: a
country in the name or letterhead counts far more than one in the body, and a body mention
counts more after "in"/"en"/"в" than elsewhere.
"""
import re
from collections import defaultdict

from . import cues, nlp, places
from .lexicon import INTERNATIONAL_TERMS
from .names import Found

ZONE_WEIGHTS = {"top": (6.0, 4.0), "signature": (3.0, 2.0), "opening": (2.0, 0.0)}   # (country, city)
BODY_WEIGHT, BODY_AFTER_PREPOSITION = 0.3, 1.0
PREPOSITION = re.compile(r"(?<!\w)(in|to|en|au|aux|à|em|no|na|в|во)\s+(the\s+|la\s+|le\s+|l'|el\s+|o\s+|a\s+)?$",
                         re.IGNORECASE)


def locate(doc, name, kind, state_country=None):
    """(country, scope, region) as Found values."""
    if state_country:
        region = places.region_of(state_country.value)
        return state_country, _same(state_country, "national"), _same(state_country, region, 0.95)
    text = name.value or ""
    in_name = [(a3, t) for label, a3, t, _ in nlp.places_in(text, doc.language, cities=True)]
    if kind == "un_entity" and not in_name:
        return _none(name, "international", "a United Nations entity")
    if in_name:
        alpha3, words = in_name[0]
        found = Found(alpha3, 0.9, f"{text} — '{words}'", name.page, name.file, "name")
        return found, _same(found, "national"), _same(found, places.region_of(alpha3))
    region, words = places.regional_term(text)
    if region:
        found = Found(region, 0.8, f"{text} — '{words}'", name.page, name.file, "regional term")
        return Found("", 0.8, found.evidence, name.page, name.file), _same(found, "regional"), found
    international = cues.find_any(INTERNATIONAL_TERMS, text)
    if international or kind == "intergovernmental":
        why = f"{text} — '{international}'" if international else f"{text} — an intergovernmental body"
        return _none(name, "international", why, 0.8 if international else 0.6)
    return _national(doc)


def _national(doc):
    scores, evidence = _country_scores(doc)
    if not scores:
        missing = Found("", 0.2, "no country named in the letterhead, signature or first pages", 1, doc.file_name)
        return missing, Found("national", 0.4, missing.evidence, 1, doc.file_name), Found("", 0.2, missing.evidence)
    alpha3 = max(scores, key=scores.get)
    confidence = round(min(0.9, max(0.3, scores[alpha3] / sum(scores.values()))), 3)
    line, page, file_name = evidence[alpha3]
    found = Found(alpha3, confidence, line, page, file_name, "mentions")
    return found, _same(found, "national", min(0.9, confidence + 0.1)), _same(found, places.region_of(alpha3))


def _country_scores(doc):
    """{alpha3: weight} and {alpha3: (best evidence line, page, file)}."""
    scores, evidence, best = defaultdict(float), {}, defaultdict(float)

    def add(alpha3, weight, line, page, file_name):
        scores[alpha3] += weight
        if weight > best[alpha3]:
            best[alpha3], evidence[alpha3] = weight, (line, page, file_name)

    for zone, lines in (("top", doc.top), ("signature", doc.signature), ("opening", doc.opening[:6])):
        country_weight, city_weight = ZONE_WEIGHTS[zone]
        for line in lines:
            for label, alpha3, _, _ in nlp.places_in(line.text, doc.language, cities=city_weight > 0):
                add(alpha3, country_weight if label == "COUNTRY" else city_weight, line.text, line.page, line.file)
    for file_name, page, text in doc.reading_pages():
        for label, alpha3, words, start in nlp.places_in(text, doc.language):
            before = text[max(0, start - 12):start]
            weight = BODY_AFTER_PREPOSITION if PREPOSITION.search(before) else BODY_WEIGHT
            add(alpha3, weight, _line_around(text, start), page, file_name)
    return dict(scores), evidence


def _line_around(text, start):
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin:end if end >= 0 else None].strip()


def _same(found, value, confidence=None):
    return Found(value, found.confidence if confidence is None else confidence, found.evidence, found.page,
                 found.file, found.kind)


def _none(name, scope, why, confidence=0.9):
    found = Found("", confidence, why, name.page, name.file, scope)
    return found, Found(scope, confidence, why, name.page, name.file, scope), Found("", confidence, why, name.page, name.file)
