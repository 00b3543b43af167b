"""The controlled vocabularies of DESIGN.md, with the names reports print for them."""

SUBMITTER_TYPES = {
    "state": ("Member State", "Member States"),
    "nhri": ("national human rights institution", "national human rights institutions"),
    "un_entity": ("United Nations entity", "United Nations entities"),
    "intergovernmental": ("intergovernmental or regional organization", "intergovernmental and regional organizations"),
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

TAG_FIELDS = ("submitter", "submitter_type", "country", "region", "scope", "language", "confidentiality")


def type_label(code, plural=False):
    singular, many = SUBMITTER_TYPES.get(code, (code or "unknown contributor", code or "unknown contributors"))
    return many if plural else singular


def region_label(code):
    return REGIONS.get(code, "")
