"""How dimension values are printed in tables and charts (English, Spanish, French)."""

from .. import vocab
from .suppress import RULE
from .table import THEME_NOTE

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
        return vocab.country_name(value, lang)
    if dimension == "language":
        return vocab.language_name(value, lang)
    return value


def capitalise(text):
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- the notes under a table
# English is what table.py and suppress.py write; a Spanish or French table prints these.
RULE_PARTS = {
    "es": {
        "intro": "Reglas de recuento: ",
        "include_errors": (
            "se cuentan las contribuciones cuyos archivos no pudieron leerse",
            "no se cuentan las contribuciones cuyos archivos no pudieron leerse",
        ),
        "include_excluded": (
            "se cuentan las contribuciones excluidas",
            "no se cuentan las contribuciones excluidas",
        ),
        "nhri_with_states": (
            "las instituciones nacionales de derechos humanos se cuentan con los Estados Miembros",
            "las instituciones nacionales de derechos humanos se cuentan aparte",
        ),
        "count_cosignatories": (
            "una contribución conjunta cuenta una vez por signatario",
            "una contribución conjunta cuenta una vez",
        ),
    },
    "fr": {
        "intro": "Règles de décompte : ",
        "include_errors": (
            "les contributions dont les fichiers n'ont pas pu être lus sont comptées",
            "les contributions dont les fichiers n'ont pas pu être lus ne sont pas comptées",
        ),
        "include_excluded": (
            "les contributions exclues sont comptées",
            "les contributions exclues ne sont pas comptées",
        ),
        "nhri_with_states": (
            "les institutions nationales des droits de l'homme sont comptées avec les États Membres",
            "les institutions nationales des droits de l'homme sont comptées à part",
        ),
        "count_cosignatories": (
            "une contribution conjointe compte une fois par signataire",
            "une contribution conjointe compte une fois",
        ),
    },
}
THEME_NOTES = {
    "en": THEME_NOTE,
    "es": "Una contribución con varios temas se cuenta en la fila de cada uno de sus temas; los "
    "totales cuentan contribuciones distintas, por lo que las cifras por tema suman más que el total.",
    "fr": "Une contribution qui porte sur plusieurs thèmes est comptée dans la ligne de chacun "
    "d'eux ; les totaux comptent des contributions distinctes, de sorte que les chiffres par "
    "thème dépassent le total.",
}
SMALL_NUMBER_RULES = {
    "en": RULE,
    "es": 'Las celdas que cuentan de 1 a {k1} contribuciones se muestran como "< {k}". Para que '
    "ningún total revele una de ellas, toda fila o columna que oculta una celda oculta al menos "
    'otra (su otra celda más pequeña, o su total), mostrada como "x": una "x" puede contener '
    "cualquier número.",
    "fr": "Les cellules qui comptent de 1 à {k1} contributions sont affichées « < {k} ». Pour "
    "qu'aucun total n'en révèle une, toute ligne ou colonne qui masque une cellule en masque au "
    "moins une autre (sa plus petite autre cellule, ou son total), affichée « x » : un « x » peut "
    "contenir n'importe quel nombre.",
}


def table_notes(table, lang="en"):
    """The notes printed under ``table`` (counting rules, themes, small numbers) in ``lang``."""
    if lang not in RULE_PARTS:
        return list(table.notes)  # English: as the table wrote them
    notes = [rules_note(table.rules, lang)]
    if "theme" in (table.rows, table.cols):
        notes.append(THEME_NOTES[lang])
    if table.threshold:
        k = table.threshold
        notes.append(SMALL_NUMBER_RULES[lang].format(k=k, k1=k - 1))
    return notes


def rules_note(rules, lang):
    """CountingRules.describe() in Spanish or French."""
    parts = RULE_PARTS[lang]
    said = [parts[name][0 if getattr(rules, name) else 1] for name in list(parts)[1:]]
    return parts["intro"] + "; ".join(said) + "."
