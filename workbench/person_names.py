"""When two names are one person's, in any language or script (issue 14, part 3).

``person`` reads a person's given names and surnames out of a submitter's name, without
titles ("Prof.", "Hon.", "MP"), offices, affiliation or hyphens; ``same_person`` says whether
two such readings are one person (order, initials, patronymics, a second surname, another
script); ``titled`` whether a name is written as a person's. The words themselves are read
as submitter_names reads an organisation's (transliteration, sounds, the glossary).
"""

import re

from anyascii import anyascii
from rapidfuzz import fuzz

from .submitter_names import ABJAD, NO_SPACES, _plain_words, _skeleton, glossary, latin, sound

PERSON_TITLES = set(
    "prof professor dr dra doctor rev reverend canon hon honourable honorable sen senator mp mr "
    "mrs ms mx sr sra lic mag phd mba llm dip dipl ing bishop fr sister imam rabbi "
    "rep representative cllr councillor amb ambassador pastor dip diputado diputada deputy "
    "depute deputada deputado sheikh shaykh".split()
)
# titles in scripts without spaces, written after or before the name ('陳薇琳 教授')
NATIVE_TITLES = re.compile(r"教授|博士|先生|女士|議員|议员|律師|律师|박사|교수|님|様|さん|氏")
OFFICES = re.compile(
    r"member of (the )?\w+|senator|diputad[oa]|député|deputad[oa]|депутат|abgeordnete", re.I
)


def person(name):
    """A person's names, folded and transliterated, without titles, offices, affiliation or
    hyphens; [] when the name looks like a body's ('Institute …, University of …')."""
    text = re.sub(r"\([^)]*\)", " ", name or "")
    text = NATIVE_TITLES.sub(" ", re.sub(r"\bMa\.(?=\s)", "María", text))  # 'Ma. Fernanda'
    text = re.sub(r"(?<!\w)(?:al|el|ul)-(?=\w)", "", text, flags=re.I)  # 'El-Amrani'
    parts = [p.strip() for p in text.split(",") if p.strip()]
    parts = [p for p in parts if not _affiliation(p)]
    if not parts:
        return []
    if len(parts) == 2 and len(parts[0].split()) <= 2:  # "FERNÁNDEZ ORTEGA, José María"
        parts = [parts[1], parts[0]]
    elif len(parts) > 1:
        parts = parts[:1]
    names = [n for w in re.findall(r"[\w-]+", " ".join(parts)) for n in _person_names(w)]
    names = [n for n in names if n not in PERSON_TITLES]
    if any(n in glossary() for n in names) or len(names) > 6:
        return []
    return names


def _person_names(word):
    """One written word of a person's name as names: transliterated, y as i ('Seytkali',
    'Seitkali'); an abjad's marked '~' (compared by consonants), without its article
    ('العمراني' = 'Amrani'); a Chinese name by its syllables ('陳薇琳' -> chen, wei, lin); a
    double surname kept whole ('Nkosi-Dlamini'), short parts apart ('Wei-lin', 'Min-jun')."""
    parts = [p for p in word.split("-") if p]
    if len(parts) == 2 and all(len(p) >= 4 for p in parts) and not NO_SPACES.search(word):
        return ["-".join(latin(p).replace("y", "i") for p in parts)]
    found = []
    for part in parts:
        if NO_SPACES.search(part):  # each character: its syllable, and as written
            found += [f"{anyascii(c).lower()}|{c}" for c in part if NO_SPACES.match(c)]
        elif ABJAD.search(part):
            bare = part[2:] if part.startswith("ال") and len(part) > 4 else part
            found.append("~" + latin(bare))
        else:
            found.append(latin(part).replace("y", "i"))
    return [n for n in found if n.strip("~")]


def _affiliation(part):
    """A part after a person's name that is not a name: an office, a place, a body."""
    plain = [w for w in _plain_words(part) if latin(w) not in PERSON_TITLES]
    office = OFFICES.search(part)
    if office and office.start() == 0 and len(_plain_words(part[office.end() :])) >= 2:
        office = None  # 'Diputada Ma. Fernanda Ríos C.': a title before the names
    return (
        office
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
    """Does a name begin with a person's title ('Dr.', 'Prof.', 'Hon.'), or end with one in a
    script without spaces ('陳薇琳 教授')?"""
    first = re.findall(r"\w+", name or "")[:1]
    if first and latin(first[0]) in PERSON_TITLES:
        return True
    last = (name or "").split()[-1:]
    return bool(last) and len((name or "").split()) == 2 and bool(NATIVE_TITLES.fullmatch(last[0]))


def same_person(a, b):
    """'sure' when both give the same names, two in full at least (an initial answers a name),
    'unsure' when one's names are all among the other's ('Ana Lucía Quispe Mamani' / 'Ana
    Lucia Quispe'), else None."""
    if len(a) < 2 or len(b) < 2:
        return None
    a, b = _without_patronymics(a, b), _without_patronymics(b, a)
    a, b = _compounds_apart(a, b), _compounds_apart(b, a)
    a, b = _syllables_apart(a, b), _syllables_apart(b, a)
    left, unmatched, full, initials, partly = list(b), 0, 0, 0, []
    for n in a:
        other = next((m for m in left if _same_name(n, m)), None)
        full += other is not None
        if other is not None and ("-" in n) != ("-" in other):
            partly.append((n, other))
        if other is None:
            other = next((m for m in left if (len(n) == 1 or len(m) == 1) and n[0] == m[0]), None)
            initials += other is not None
        if other is None:
            unmatched += 1
        else:
            left.remove(other)
    if not unmatched and not left and full >= 2:
        # "Ana Lucía Torres Vega" / "Ana Lucía Vega Torres": two surnames in the other order
        # may be two namesakes (a mother's and a father's name): a person decides
        if _surnames_swapped(a, b) or (partly and not _surname_part_only(a, b, partly)):
            return "unsure"
        if _given_names_swapped(a, b) or _few_syllables(a, b):
            return "unsure"
        return "sure"
    if not unmatched and not left and initials >= 2 and _same_name(a[-1], b[-1]):
        return "sure"  # "Thomas Sipho Ndlovu" / "T. S. Ndlovu": the surname and two initials
    if full >= 2 and _only_middle_names(a, b):
        return "sure"  # "Margaret A. Holloway" / "Margaret Holloway"; a Russian patronymic
    if _second_surname_dropped(a, b):
        return "sure"  # "María José Fuentes Valdivia" / "Maria Jose Fuentes"
    if not unmatched or not left:
        return "unsure"
    return None


def _second_surname_dropped(a, b):
    """The shorter name, three names at least (two given names and a surname), is the longer
    one without its last name: a second (mother's) surname left out, as Spanish and Portuguese
    names often are ('Ana Lucía Quispe Mamani' / 'Ana Lucia Quispe'). Not two names beside
    three ('John Mwangi' / 'John Mwangi Kariuki'): a common name and a surname are many
    people's."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return (
        len(short) >= 3
        and len(long) == len(short) + 1
        and len(long[-1]) > 1
        and not any("|" in n for n in long + short)
        and all(_same_name(x, y) for x, y in zip(short, long))
    )


def _syllables_apart(names, other):
    """A romanised given name written as one word beside a Chinese name's characters
    ('Chen Siyuan' / '陈思远'): its syllables, when they are the characters' in order."""
    syllables = [n.split("|")[0] for n in other if "|" in n]
    if len(syllables) < 3 or any("|" in n for n in names):
        return names
    found = []
    for n in names:
        run = next(
            (
                syllables[at : at + size]
                for size in (2, 3)
                for at in range(len(syllables) - size + 1)
                # a Latin name's y is read as i ('Siyuan' -> 'siiuan')
                if "".join(syllables[at : at + size]).replace("y", "i") == n.replace("-", "")
            ),
            None,
        )
        found += run or [n]
    return found


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


def _given_names_swapped(a, b):
    """'Ana María Pérez' / 'María Ana Pérez', 'José María' / 'María José': the same surname
    last, the given names in another order — two people as often as one."""
    return (
        len(a) == len(b) >= 3
        and _same_name(a[-1], b[-1])
        and not all(_same_name(x, y) or _initial_of(x, y) for x, y in zip(a, b))
    )


def _initial_of(x, y):
    return (len(x) == 1 or len(y) == 1) and x[0] == y[0]


def _few_syllables(a, b):
    """A Chinese name of two syllables beside a romanisation ('王方' / 'Wang Fang'): one
    romanisation is many names' (王芳, 王方); a person decides."""
    chinese = [n for n in (a, b) if any("|" in x for x in n)]
    return bool(chinese) and min(len(a), len(b)) <= 2 and len(chinese) == 1


def _surname_part_only(a, b, partly):
    """A double surname answered by one of its parts ('Thandeka Nkosi-Dlamini' / 'Thandeka
    Dlamini') with the same given names in the same order; not 'José María Fernández-Ortega'
    / 'María José Fernández'."""
    return (
        partly == [(a[-1], b[-1])]
        and len(a) == len(b)
        and all(_same_name(x, y) for x, y in zip(a[:-1], b[:-1]))
    )


def _compounds_apart(names, other):
    """A double name written with a hyphen in one name and as two in the other ('Vela-Ruiz' /
    'Vela Ruiz', 'Anna-Karin' / 'Anna Karin'): its two parts."""
    found = []
    for n in names:
        parts = n.split("-")
        if len(parts) == 2 and all(any(_same_name(p, o) for o in other) for p in parts):
            found += parts
        else:
            found.append(n)
    return found


def _without_patronymics(names, other):
    """A Russian or Ukrainian name without its patronymic when the other gives none
    ('Иванова Анна Сергеевна' beside 'Anna Ivanova'); with both given, they must agree."""
    if len(names) < 3 or any(PATRONYMIC.search(n) for n in other):
        return names
    kept = [n for k, n in enumerate(names) if k == 0 or not PATRONYMIC.search(n)]
    return kept if len(kept) >= 2 else names


def _same_name(a, b):
    """One name spelt alike: 'Seitkali' / 'Seytkali' (transliterated), 'Kowalczuk' /
    'Kovalchuk', 'Oleksandra' / 'Aleksandra', 'Haddad' / 'حداد' (consonants), one part of a
    double surname ('Dlamini' / 'Nkosi-Dlamini'); not 'Min-jun' / 'Min-ji'."""
    if a == b:
        return True
    if "|" in a or "|" in b:  # a Chinese character: as written, else its syllable
        if "|" in a and "|" in b:
            return a.split("|")[1] == b.split("|")[1]
        return a.split("|")[0] == b.split("|")[0]
    if ("-" in a) != ("-" in b):
        return any(
            _same_name(part, b if "-" in a else a) for part in (a if "-" in a else b).split("-")
        )
    if a.startswith("~") != b.startswith("~"):
        x, y = _skeleton(a.strip("~")), _skeleton(b.strip("~"))
        return x == y or (min(len(x), len(y)) >= 3 and x[0] == y[0] and fuzz.ratio(x, y) >= 85)
    x, y = sound(a.strip("~")), sound(b.strip("~"))
    first = x[:1] == y[:1] or (x[:1] in "aeiou" and y[:1] in "aeiou")
    return min(len(x), len(y)) >= 5 and first and (x == y or fuzz.ratio(x, y) >= 85)
