"""The controlled vocabularies (README, "Tagging and triage"), with the names reports print for them."""

import functools

SUBMITTER_TYPES = {
    "state": ("Member State", "Member States"),
    "nhri": ("national human rights institution", "national human rights institutions"),
    "un_entity": ("United Nations entity", "United Nations entities"),
    "intergovernmental": (
        "intergovernmental or regional organization",
        "intergovernmental and regional organizations",
    ),
    "civil_society": ("civil society organization", "civil society organizations"),
    "academic": ("academic", "academics"),
    "faith_based": ("faith-based organization", "faith-based organizations"),
    "medical": ("medical practitioner", "medical practitioners"),
    "parliamentarian": ("parliamentarian", "parliamentarians"),
    "individual": ("individual", "individuals"),
    "other": ("other contributor", "other contributors"),
}

SCOPES = ("national", "regional", "international")

REGIONS = {
    "africa": "Africa",
    "asia_pacific": "Asia-Pacific",
    "eastern_europe": "Eastern Europe",
    "latin_america_caribbean": "Latin America and the Caribbean",
    "weog": "Western European and others",
}

CONFIDENTIALITY = ("public", "withhold_name", "do_not_publish")

STATUSES = ("ok", "error")

TAG_FIELDS = (
    "submitter",
    "submitter_type",
    "country",
    "region",
    "scope",
    "language",
    "confidentiality",
)


def type_label(code, plural=False):
    singular, many = SUBMITTER_TYPES.get(
        code, (code or "unknown contributor", code or "unknown contributors")
    )
    return many if plural else singular


def region_label(code):
    return REGIONS.get(code, "")


CONFIDENTIALITY_LABELS = {
    "public": "Public: may be named",
    "withhold_name": "Publish without the name",
    "do_not_publish": "Do not publish",
}
FIELD_LABELS = {
    "submitter": "Submitter",
    "submitter_type": "Type",
    "country": "Country",
    "region": "Region",
    "scope": "Scope",
    "language": "Language",
    "confidentiality": "Confidentiality",
}


# Short names for choices drawn side by side in a narrow space (the Triage card), so they fit
# on few lines; everywhere else the names above.
SHORT_LABELS = {
    "submitter_type": {
        "state": "Member State",
        "nhri": "NHRI",
        "un_entity": "UN entity",
        "intergovernmental": "intergovernmental or regional",
        "civil_society": "civil society",
        "faith_based": "faith-based",
        "medical": "medical",
    },
    "region": {
        "latin_america_caribbean": "Latin America & Caribbean",
        "weog": "Western Europe & others",
    },
    "confidentiality": {
        "public": "Public",
        "withhold_name": "Without the name",
        "do_not_publish": "Do not publish",
    },
}


def short_label(field, code):
    """code_label, shortened where SHORT_LABELS says so ('nhri' → 'NHRI')."""
    return SHORT_LABELS.get(field, {}).get(code) or code_label(field, code)


# Column titles of the tables people read (pages, and downloads made for reading).
COLUMN_LABELS = {
    **FIELD_LABELS,
    "id": "#",
    "source": "File or folder",
    "status": "Status",
    "error": "Error or note",
    "n_files": "Files",
    "n_pages": "Pages",
    "n_submissions": "Submissions",
    "n_calls": "Calls answered",
    "created_at": "Created",
    "deadline": "Deadline",
    "slug": "Short name",
    "title": "Title",
    "report_title": "Report",
    "name_after_review": "Named only after review",
    "shown_as": "Shown as",
    "call": "Call",
    "calls": "Calls",
    "excluded": "Excluded",
}
CODED_FIELDS = ("submitter_type", "region", "confidentiality")  # stored as codes


def column_label(column):
    """The title people read over a column ('n_submissions' → 'Submissions')."""
    return COLUMN_LABELS.get(column) or in_words(column)


def in_words(code):
    """A code people have no name for yet, as words ('import_note' → 'Import note')."""
    return (code or "").replace("_", " ").capitalize()


def column_labels(columns):
    """{column: title}, as st.dataframe's column_config takes it."""
    return {column: column_label(column) for column in columns}


NAMED_FIELDS = ("country", "language")  # stored as ISO codes, shown by their names


def readable(row):
    """A row with its coded values in people's words (for showing, never for storing)."""
    return {
        key: (code_label(key, value) if value else "")
        if key in CODED_FIELDS + NAMED_FIELDS
        else value
        for key, value in row.items()
    }


def country_name(code, lang="en"):
    """'PER' → 'Peru' ('Pérou' in French; ISO 3166 alpha-3); a code it does not know stays."""
    import pycountry  # loads its tables on first use

    found = pycountry.countries.get(alpha_3=code.upper()) if len(code or "") == 3 else None
    return _translated("iso3166-1", found.name, lang) if found else code


def language_name(code, lang="en"):
    """'es' → 'Spanish' ('Espagnol' in French; ISO 639-1); a code it does not know stays."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code.lower()) if len(code or "") == 2 else None
    return _translated("iso639-3", found.name, lang) if found else code


@functools.cache
def _translation(domain, lang):
    import gettext

    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def _translated(domain, name, lang):
    """pycountry's own translations of ISO names (Debian's iso-codes)."""
    return name if lang == "en" else _translation(domain, lang).gettext(name)


def code_label(field, code):
    """What people read for a stored code ('civil_society' → 'civil society organization')."""
    if not code:
        return "—"
    if field == "submitter_type":
        return type_label(code)
    if field == "region":
        return region_label(code) or code
    if field == "confidentiality":
        return CONFIDENTIALITY_LABELS.get(code, code)
    if field == "country":
        return country_name(code)
    if field == "language":
        return language_name(code)
    return code


# Spanish and French names of the same groups, as UN documents print them (for the
# statistics sentence and tables; English stays in SUBMITTER_TYPES and REGIONS above).
SUBMITTER_TYPES_ES = {
    "state": ("Estado Miembro", "Estados Miembros"),
    "nhri": (
        "institución nacional de derechos humanos",
        "instituciones nacionales de derechos humanos",
    ),
    "un_entity": ("entidad de las Naciones Unidas", "entidades de las Naciones Unidas"),
    "intergovernmental": (
        "organización intergubernamental o regional",
        "organizaciones intergubernamentales y regionales",
    ),
    "civil_society": ("organización de la sociedad civil", "organizaciones de la sociedad civil"),
    "academic": ("académico", "académicos"),
    "faith_based": ("organización confesional", "organizaciones confesionales"),
    "medical": ("profesional de la medicina", "profesionales de la medicina"),
    "parliamentarian": ("parlamentario", "parlamentarios"),
    "individual": ("particular", "particulares"),
    "other": ("otro contribuyente", "otros contribuyentes"),
}

SUBMITTER_TYPES_FR = {
    "state": ("État Membre", "États Membres"),
    "nhri": (
        "institution nationale des droits de l'homme",
        "institutions nationales des droits de l'homme",
    ),
    "un_entity": ("entité des Nations Unies", "entités des Nations Unies"),
    "intergovernmental": (
        "organisation intergouvernementale ou régionale",
        "organisations intergouvernementales et régionales",
    ),
    "civil_society": ("organisation de la société civile", "organisations de la société civile"),
    "academic": ("universitaire", "universitaires"),
    "faith_based": ("organisation confessionnelle", "organisations confessionnelles"),
    "medical": ("professionnel de la santé", "professionnels de la santé"),
    "parliamentarian": ("parlementaire", "parlementaires"),
    "individual": ("particulier", "particuliers"),
    "other": ("autre contributeur", "autres contributeurs"),
}

REGIONS_ES = {
    "africa": "África",
    "asia_pacific": "Asia y el Pacífico",
    "eastern_europe": "Europa Oriental",
    "latin_america_caribbean": "América Latina y el Caribe",
    "weog": "Europa Occidental y otros Estados",
}

REGIONS_FR = {
    "africa": "Afrique",
    "asia_pacific": "Asie-Pacifique",
    "eastern_europe": "Europe orientale",
    "latin_america_caribbean": "Amérique latine et Caraïbes",
    "weog": "Europe occidentale et autres États",
}

SCOPE_LABELS = {
    "en": {"national": "national", "regional": "regional", "international": "international"},
    "es": {"national": "nacional", "regional": "regional", "international": "internacional"},
    "fr": {"national": "national", "regional": "régional", "international": "international"},
}

LANGUAGES = ("en", "es", "fr")


def type_label_in(code, lang="en", plural=False):
    """type_label in English, Spanish or French."""
    table = {"es": SUBMITTER_TYPES_ES, "fr": SUBMITTER_TYPES_FR}.get(lang, SUBMITTER_TYPES)
    if code not in table:
        return type_label(code, plural)
    return table[code][1 if plural else 0]


def region_label_in(code, lang="en"):
    """region_label in English, Spanish or French."""
    return {"es": REGIONS_ES, "fr": REGIONS_FR}.get(lang, REGIONS).get(code, "")
