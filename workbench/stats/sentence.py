"""The report-ready sentences, in English, Spanish and French, built from the tables.

``submissions_sentence``: "The Independent Expert received 127 submissions: 33 from Member
States, including national human rights institutions, and 94 from civil society
organizations, academics, ... and individuals." Its figures are sums of the submitter-type
table's rows, so they add up to the table's total.

``scope_region_sentence`` (annual-report style): "... 144 international organizations,
226 regional organizations and 942 national organizations — 173 from Africa, ..." The
region figures break down the national organizations (``regions_of`` changes that).
"""

from .. import vocab
from .table import TOTAL, CountingRules, count, with_rules

# Groups the sentence names, in its order; each lists the submitter types it sums.
STATES, NHRIS, INTERGOVERNMENTAL, CIVIL, UNKNOWN = (
    "states",
    "nhris",
    "intergovernmental",
    "civil",
    "unknown",
)
GROUPS = [
    (STATES, ["state"]),
    (NHRIS, ["nhri"]),
    (INTERGOVERNMENTAL, ["un_entity", "intergovernmental"]),
    (
        CIVIL,
        [
            "civil_society",
            "academic",
            "medical",
            "faith_based",
            "parliamentarian",
            "individual",
            "other",
        ],
    ),
    (UNKNOWN, [""]),
]

WORDS = {
    "en": {
        "recipient": "The Independent Expert",
        "received": "received",
        "none": "{who} received no submissions.",
        "noun": ("submission", "submissions"),
        "from": "from",
        "and": "and",
        "including": "including national human rights institutions",
        "unknown": "from contributors whose type is not yet recorded",
        "came": "The {n} submissions came from",
        "came1": "The 1 submission came from",
        "organizations": ("organization", "organizations"),
        "no_scope": "whose scope is not recorded",
    },
    "es": {
        "recipient": "El Experto Independiente",
        "received": "recibió",
        "none": "{who} no recibió ninguna contribución.",
        "noun": ("contribución", "contribuciones"),
        "from": "de",
        "and": "y",
        "including": "incluidas instituciones nacionales de derechos humanos",
        "unknown": "de contribuyentes cuyo tipo aún no se ha registrado",
        "came": "Las {n} contribuciones procedían de",
        "came1": "La única contribución procedía de",
        "organizations": ("organización", "organizaciones"),
        "no_scope": "cuyo ámbito no se ha registrado",
    },
    "fr": {
        "recipient": "L'Expert indépendant",
        "received": "a reçu",
        "none": "{who} n'a reçu aucune contribution.",
        "noun": ("contribution", "contributions"),
        "from": "de",
        "and": "et",
        "including": "y compris des institutions nationales des droits de l'homme",
        "unknown": "de contributeurs dont le type n'est pas encore enregistré",
        "came": "Les {n} contributions provenaient de",
        "came1": "L'unique contribution provenait de",
        "organizations": ("organisation", "organisations"),
        "no_scope": "dont la portée n'est pas enregistrée",
    },
}

REGION_PHRASES = {
    "en": {
        "africa": "from Africa",
        "asia_pacific": "from Asia-Pacific",
        "eastern_europe": "from Eastern Europe",
        "latin_america_caribbean": "from Latin America and the Caribbean",
        "weog": "from the Western European and others region",
        "": "without a recorded region",
    },
    "es": {
        "africa": "de África",
        "asia_pacific": "de Asia y el Pacífico",
        "eastern_europe": "de Europa Oriental",
        "latin_america_caribbean": "de América Latina y el Caribe",
        "weog": "de Europa Occidental y otros Estados",
        "": "sin región registrada",
    },
    "fr": {
        "africa": "d'Afrique",
        "asia_pacific": "d'Asie-Pacifique",
        "eastern_europe": "d'Europe orientale",
        "latin_america_caribbean": "d'Amérique latine et des Caraïbes",
        "weog": "d'Europe occidentale et autres États",
        "": "sans région enregistrée",
    },
}

FEMININE = {
    "es": {"nhri", "un_entity", "intergovernmental", "civil_society", "faith_based"},
    "fr": {"nhri", "un_entity", "intergovernmental", "civil_society", "faith_based"},
}


def words(lang):
    if lang not in WORDS:
        raise ValueError(f"language '{lang}': the sentence is written in {', '.join(WORDS)}")
    return WORDS[lang]


# ---------------------------------------------------------------- numbers and lists


def number(n, lang="en"):
    """1,312 (en), 1.312 (es), 1 312 (fr, narrow no-break space)."""
    text = f"{n:,}"
    return text.replace(",", {"en": ",", "es": ".", "fr": "\u202f"}[lang])


def join(items, lang="en"):
    """'a, b and c' in the language (Spanish 'y' becomes 'e' before an i- sound)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    conj = words(lang)["and"]
    if (
        lang == "es"
        and items[-1].lower().startswith(("i", "hi"))
        and not items[-1].lower().startswith("hie")
    ):
        conj = "e"
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def of(label, lang):
    """'from X' / 'de X' / "d'X" in front of a group's name."""
    if lang == "fr":
        return ("d'" if label[:1].lower() in "aeiouyéèêh" else "de ") + label
    return f"{words(lang)['from']} {label}"


def singular_with_article(code, lang):
    label = vocab.type_label_in(code, lang)
    if lang == "en":
        vowel = label[:1].lower() in "aeiou" and not label.lower().startswith(
            ("uni", "eu", "one", "use")
        )
        return ("an " if vowel else "a ") + label
    article = ("una " if lang == "es" else "une ") if code in FEMININE[lang] else "un "
    return article + label


# ---------------------------------------------------------------- the submissions sentence


def type_groups(table, nhri_with_states=True):
    """[(group, count, [types present])] from a submitter-type table, in sentence order."""
    groups = []
    for name, types in GROUPS:
        if name == NHRIS and nhri_with_states:
            continue
        present = [t for t in types if table.count(t, TOTAL)]
        if name == STATES and nhri_with_states and table.count("nhri", TOTAL):
            present.append("nhri")
        if present:
            groups.append((name, sum(table.count(t, TOTAL) for t in present), present))
    return groups


def group_phrase(name, n, present, lang):
    """'33 from Member States, including national human rights institutions' and the like."""
    w = words(lang)
    if name == UNKNOWN:
        return f"{number(n, lang)} {w['unknown']}"
    if name == STATES and "state" in present and "nhri" in present:
        return f"{number(n, lang)} {of(vocab.type_label_in('state', lang, plural=True), lang)}, {w['including']}"
    if n == 1:
        return f"{number(n, lang)} {of_singular(present[0], lang)}"
    labels = [vocab.type_label_in(t, lang, plural=True) for t in present]
    if lang == "fr":
        return f"{number(n, lang)} " + join([of(label, lang) for label in labels], lang)
    return f"{number(n, lang)} {of(join(labels, lang), lang)}"


def of_singular(code, lang):
    phrase = singular_with_article(code, lang)
    return f"d'{phrase}" if lang == "fr" else f"{words(lang)['from']} {phrase}"


def sentence_from_table(table, lang="en", nhri_with_states=True, recipient=None):
    """The sentence for a one-way submitter-type table whose NHRIs are counted apart."""
    if table.rows != "submitter_type" or table.cols is not None:
        raise ValueError("the submissions sentence is built from a one-way submitter_type table")
    w = words(lang)
    who = recipient or w["recipient"]
    total = table.total
    if not total:
        return w["none"].format(who=who)
    noun = w["noun"][0 if total == 1 else 1]
    groups = type_groups(table, nhri_with_states)
    head = f"{who} {w['received']} {number(total, lang)} {noun}"
    if len(groups) == 1 and groups[0][0] != UNKNOWN and total > 1:
        return f"{head}, {all_from(groups[0], lang)}."
    parts = [group_phrase(name, n, present, lang) for name, n, present in groups]
    colon = "\u00a0:" if lang == "fr" else ":"
    return f"{head}{colon} {join_parts(parts, lang)}."


def all_from(group, lang):
    """'all from civil society organizations and academics'."""
    name, _, present = group
    phrase = group_phrase(name, 2, present, lang).split(" ", 1)[1]  # drop the figure
    if lang == "en":
        return "all " + phrase
    if lang == "es":
        return "todas ellas " + phrase
    return "toutes provenant " + phrase


def join_parts(parts, lang):
    """Groups joined with ', ... , and ...': a group's own list uses plain 'and'."""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + f", {words(lang)['and']} " + parts[-1]


def submissions_sentence(db, calls=None, rules=None, lang="en", recipient=None):
    """The sentence for the submissions of ``calls`` under ``rules`` (NHRIs with States by default)."""
    rules = rules or CountingRules(nhri_with_states=True)
    table = count(db, calls, "submitter_type", None, with_rules(rules, nhri_with_states=False))
    return sentence_from_table(table, lang, rules.nhri_with_states, recipient)


# ---------------------------------------------------------------- the scope and region sentence


def scope_region_sentence_from_table(table, lang="en", regions_of=("national",)):
    """From a scope x region table: scopes, then the regions of ``regions_of`` scopes."""
    if table.rows != "scope" or table.cols != "region":
        raise ValueError("the scope and region sentence is built from a scope x region table")
    w = words(lang)
    if not table.total:
        return w["none"].format(who=w["recipient"])
    head = (w["came1"] if table.total == 1 else w["came"]).format(n=number(table.total, lang))
    scopes = [
        scope_phrase(s, table.count(s, TOTAL), lang)
        for s in reversed(vocab.SCOPES)
        if table.count(s, TOTAL)
    ]
    if table.count("", TOTAL):
        scopes.append(f"{number(table.count('', TOTAL), lang)} {w['no_scope']}")
    regions = region_phrases(table, regions_of, lang)
    tail = f" — {join(regions, lang)}" if regions else ""
    if lang == "fr" and head.endswith(" de") and scopes:
        return f"{head[:-3]} {join(scopes, lang)}{tail}."
    return f"{head} {join(scopes, lang)}{tail}."


def scope_phrase(scope, n, lang):
    """'144 international organizations' / '144 organizaciones internacionales' / "d'organisations"."""
    w = words(lang)
    noun = w["organizations"][0 if n == 1 else 1]
    adjective = vocab.SCOPE_LABELS[lang][scope]
    if lang == "en":
        return f"{number(n, lang)} {adjective} {noun}"
    if n != 1:
        adjective = {
            "nacional": "nacionales",
            "internacional": "internacionales",
            "regional": "regionales",
            "national": "nationales",
            "régional": "régionales",
            "international": "internationales",
        }[adjective]
    elif lang == "fr":
        adjective += "e"
    phrase = f"{number(n, lang)} {noun} {adjective}"
    return ("de " if lang == "fr" else "") + phrase


def region_phrases(table, regions_of, lang):
    """'173 from Africa', ... for the regions of the given scopes; unrecorded region last."""
    phrases = []
    for region in list(vocab.REGIONS) + [""]:
        n = sum(table.count(scope, region) for scope in regions_of)
        if n:
            phrases.append(f"{number(n, lang)} {REGION_PHRASES[lang][region]}")
    return phrases


def scope_region_sentence(db, calls=None, rules=None, lang="en", regions_of=("national",)):
    """The annual-report sentence for the submissions of ``calls``."""
    table = count(db, calls, "scope", "region", rules)
    return scope_region_sentence_from_table(table, lang, regions_of)


def report_sentences(db, calls=None, rules=None, lang="en", nhri_with_states=True):
    """The two sentences a report prints above its statistics table: submissions by type
    (national human rights institutions with Member States unless ``nhri_with_states`` is
    False), then by scope and region."""
    rules = rules or CountingRules()
    by_type = with_rules(rules, nhri_with_states=nhri_with_states)
    return (
        submissions_sentence(db, calls, by_type, lang),
        scope_region_sentence(db, calls, rules, lang),
    )
