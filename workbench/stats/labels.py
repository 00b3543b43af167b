"""How dimension values are printed in tables and charts (English, Spanish, French)."""

import pycountry

from .. import vocab

DIMENSION_NAMES = {
    "en": {
        "submitter_type": "Submitter type",
        "region": "Region",
        "scope": "Scope",
        "country": "Country",
        "language": "Language",
        "theme": "Theme",
        "total": "Total",
    },
    "es": {
        "submitter_type": "Tipo de contribuyente",
        "region": "Región",
        "scope": "Ámbito",
        "country": "País",
        "language": "Idioma",
        "theme": "Tema",
        "total": "Total",
    },
    "fr": {
        "submitter_type": "Type de contributeur",
        "region": "Région",
        "scope": "Portée",
        "country": "Pays",
        "language": "Langue",
        "theme": "Thème",
        "total": "Total",
    },
}

UNTAGGED = {"en": "(not recorded)", "es": "(sin registrar)", "fr": "(non renseigné)"}
NO_REGION = {"en": "(no region)", "es": "(sin región)", "fr": "(sans région)"}
NHRI_NOTE = {
    "en": " (incl. national human rights institutions)",
    "es": " (incl. instituciones nacionales de derechos humanos)",
    "fr": " (y compris les institutions nationales des droits de l'homme)",
}


def dimension_name(dimension, lang="en"):
    return DIMENSION_NAMES.get(lang, DIMENSION_NAMES["en"]).get(dimension, dimension)


def value_label(dimension, value, lang="en", nhri_with_states=False):
    """'Member States', 'Latin America and the Caribbean', 'Kenya', ... ; codes it does not know stay as they are."""
    if value is None:
        return dimension_name("total", lang)
    if value == "":
        return (NO_REGION if dimension == "region" else UNTAGGED).get(lang, UNTAGGED["en"])
    if dimension == "submitter_type":
        label = capitalise(vocab.type_label_in(value, lang, plural=True))
        return label + (NHRI_NOTE.get(lang, "") if value == "state" and nhri_with_states else "")
    if dimension == "region":
        return vocab.region_label_in(value, lang) or value
    if dimension == "scope":
        return capitalise(vocab.SCOPE_LABELS.get(lang, vocab.SCOPE_LABELS["en"]).get(value, value))
    if dimension == "country":
        found = pycountry.countries.get(alpha_3=value.upper()) if len(value) == 3 else None
        return found.name if found else value
    if dimension == "language":
        found = pycountry.languages.get(alpha_2=value.lower()) if len(value) == 2 else None
        return found.name if found else value
    return value


def capitalise(text):
    return text[:1].upper() + text[1:]
