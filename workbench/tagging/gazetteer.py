"""Known bodies a submitter may be: UN entities, intergovernmental bodies, national human
rights institutions and international NGOs, read from workbench/data/organisations.csv
(one row per name variant, each with its source; see workbench/data/README.md).

`match(text)` finds them in a line or a short text; `lookup(name)` reads one candidate name.
- Full names: case- and accent-insensitive, whole words; small variants ("de"/"del", a typo,
  "UN" for "United Nations") through RapidFuzz, but only when every word that tells one
  body from another (a country's name, "Uganda", "Pueblo del Perú") is there.
- Acronyms, and names of one or two words ("Stonewall", "World Bank"): whole words, case as
  written, so "ICJ" never matches "icj" or "ICJs", and "WHO" never matches "who". In a line
  written all in capitals, short acronyms and acronyms that are common words are not read.
A hit is evidence that the body is named; it does not say the body wrote the text.
"""

import csv
import functools
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from importlib import resources

from rapidfuzz import fuzz

FUZZY_CUTOFF = 88  # RapidFuzz ratio (0-100) a span must reach to count as a variant
KEY_TOKEN_CUTOFF = 80  # each distinguishing word must be at least this close
KEY_TOKEN_MAX_BODIES = 3  # a word naming at most this many bodies distinguishes them
SHORT_NAME_TOKENS = 2  # names this short are matched like acronyms
AMBIGUOUS_SCORE = 70  # an acronym shared by several bodies
ACRONYM_SCORE = 95
LOWER_CASE_SCORE = 85  # a full name written all in lower case ("save the children" in prose)
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese, Chinese,
# and Korean names that run into particles): names in them are found as substrings.
NO_SPACES = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
WORD = re.compile(r"\w+")
# Acronyms of the table that are also words: those in spaCy's stop-word lists (en, fr, es,
# pt, de, ru, it, nl; tests/test_gazetteer.py keeps this in step with the table) and a few
# more ("SRI LANKA", "GATE", "PAM", "AT DAWN"). In a line written in capitals they are not read.
COMMON_WORDS = frozenset(
    "au eu fra las uit un who sri gate pam ops cal eri dawn arrow ajar".split()
)
CAPS_MIN_LETTERS = 3  # in an all-caps line, shorter acronyms ("UN", "AU") are not read


@dataclass(frozen=True)
class Hit:
    id: str
    name: str  # canonical English name of the body
    type: str
    country: str
    scope: str
    region: str
    matched: str  # the text as it stands in the input
    start: int
    end: int
    score: float  # 100 exact name; 95 acronym; lower for variants and shared acronyms


@dataclass(frozen=True)
class _Body:
    id: str
    name: str
    type: str
    country: str
    scope: str
    region: str


@dataclass(frozen=True)
class _Name:
    body: _Body
    tokens: tuple  # folded (or, for acronyms, case-kept) word tokens
    text: str  # the same, joined by spaces, for RapidFuzz
    keys: tuple = ()  # tokens that tell this body from others (empty: exact match only)
    strict: bool = False  # an acronym or a name in capitals ("ARTICLE 19"): case as written


# ---------------------------------------------------------------- folding


def _strip_marks(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text):
    """Accents and case dropped: what full names are compared on."""
    return _strip_marks(text).casefold()


@functools.lru_cache(maxsize=4096)
def _fold_char(char):
    base = _strip_marks(char)
    return base, base.casefold()


def _folded_with_offsets(text):
    """(case-kept, folded, offsets of each, into text): accents gone, lengths may differ."""
    if text.isascii():
        offsets = range(len(text) + 1)
        return text, text.lower(), offsets, offsets
    kept, low, kept_at, low_at = [], [], [], []
    for i, char in enumerate(text):
        base, folded = _fold_char(char)
        kept.append(base)
        low.append(folded)
        kept_at.extend([i] * len(base))
        low_at.extend([i] * len(folded))
    kept_at.append(len(text))
    low_at.append(len(text))
    return "".join(kept), "".join(low), kept_at, low_at


def _tokens(text):
    return tuple(m.group() for m in WORD.finditer(text))


# ---------------------------------------------------------------- the table, compiled once


@functools.lru_cache(maxsize=1)
def rows():
    """The rows of organisations.csv as dicts."""
    text = resources.files("workbench").joinpath("data/organisations.csv").read_text("utf-8")
    return tuple(csv.DictReader(text.splitlines()))


def _english_names(table):
    first = {}
    for row in table:
        if row["language"] == "en":
            first.setdefault(row["id"], row["name"])
    return first


def _variants(name):
    """The name as written and, for UN names, with "UN" for "United Nations"."""
    out = [name]
    if "United Nations" in name:
        out.append(name.replace("United Nations", "UN"))
    return out


@functools.lru_cache(maxsize=1)
def _index():
    table = rows()
    english = _english_names(table)
    bodies = {}
    for row in table:
        bodies.setdefault(
            row["id"],
            _Body(
                row["id"],
                english.get(row["id"], row["name"]),
                row["type"],
                row["country"],
                row["scope"],
                row["region"],
            ),
        )
    full, short, unspaced = [], [], []
    for row in table:
        body = bodies[row["id"]]
        for name in _variants(row["name"]) + [row["acronym"]]:
            if not name:
                continue
            if NO_SPACES.search(name):
                unspaced.append(_Name(body, (), fold(name)))
            elif name == row["acronym"]:
                short.append((body, _strip_marks(name), True))
            elif len(_tokens(fold(name))) <= SHORT_NAME_TOKENS:
                short.append((body, _strip_marks(name), name.isupper()))
            else:
                full.append((body, fold(name)))
    index = _compile(full, short)
    index["unspaced"] = list(dict.fromkeys(unspaced))
    return index


def _bodies_per_token(full):
    seen = {}
    for body, text in full:
        for tok in set(_tokens(text)):
            seen.setdefault(tok, set()).add(body.id)
    return {tok: len(ids) for tok, ids in seen.items()}


def _compile(full, short):
    spread = _bodies_per_token(full)
    by_first, by_key = {}, {}
    for body, text in dict.fromkeys(full):
        toks = _tokens(text)
        keys = tuple(t for t in toks if spread[t] <= KEY_TOKEN_MAX_BODIES and len(t) > 2)
        name = _Name(body, toks, " ".join(toks), keys)
        by_first.setdefault(toks[0], []).append(name)
        for key in keys:
            by_key.setdefault(key, []).append(name)
    acronyms, acro_bodies = {}, {}
    for body, text, strict in dict.fromkeys(short):
        toks = _tokens(text)
        acro_bodies.setdefault(toks, set()).add(body.id)
        acronyms.setdefault(toks[0].casefold(), []).append(_Name(body, toks, text, strict=strict))
    shared = {toks for toks, ids in acro_bodies.items() if len(ids) > 1}
    return {"by_first": by_first, "by_key": by_key, "acronyms": acronyms, "shared": shared}


# ---------------------------------------------------------------- matching


def _spans(text):
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]


def _exact(toks, by_first):
    """(name, first token, last token) for each name whose words appear in a row."""
    words = [t for t, _, _ in toks]
    found = []
    for i, word in enumerate(words):
        for name in by_first.get(word, ()):
            n = len(name.tokens)
            if tuple(words[i : i + n]) == name.tokens:
                found.append((name, i, i + n - 1))
    return found


def _short(toks, by_first):
    """Acronyms and short names: case as written; a short name also as a title ("OutRight
    International" for "Outright International"), never in lower case ("stonewall")."""
    words = [t for t, _, _ in toks]
    found = []
    for i, word in enumerate(words):
        for name in by_first.get(word.casefold(), ()):
            n = len(name.tokens)
            here = tuple(words[i : i + n])
            if here == name.tokens or (not name.strict and _same_title(here, name.tokens)):
                found.append((name, i, i + n - 1))
    return found


def _same_title(here, tokens):
    return len(here) == len(tokens) and all(
        a.casefold() == b.casefold() and (a[0].isupper() or a[0].isdigit())
        for a, b in zip(here, tokens)
    )


def _all_caps(text):
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and not any(c.islower() for c in letters)


def _acronym_allowed(name, caps):
    if not caps:
        return True
    word = name.text
    return len(word.replace(" ", "")) >= CAPS_MIN_LETTERS and word.casefold() not in COMMON_WORDS


def _fuzzy(toks, by_key, done):
    """Variants of full names: anchored on a distinguishing word, scored by RapidFuzz."""
    words = [t for t, _, _ in toks]
    found, tried = [], set()
    for i, word in enumerate(words):
        for name in by_key.get(word, ()):
            if name in tried or name.body.id in done:
                continue
            tried.add(name)
            hit = _best_window(words, i, name)
            if hit:
                found.append(hit)
    return found


def _best_window(words, anchor, name):
    """The best-scoring run of words around `anchor` that reads as `name`, or None."""
    n, best = len(name.tokens), None
    pos = name.tokens.index(words[anchor])
    for size in (n - 1, n, n + 1):
        for shift in (-1, 0, 1):
            start = anchor - pos + shift
            end = start + size
            if start < 0 or end > len(words) or start > anchor or end <= anchor:
                continue
            window = words[start:end]
            score = fuzz.ratio(" ".join(window), name.text, score_cutoff=FUZZY_CUTOFF)
            if (
                score
                and _keys_present(name.keys, window)
                and _starts_alike(name.tokens[0], window)
                and (not best or score > best[3])
            ):
                best = (name, start, end - 1, score)
    return best


def _starts_alike(first, window):
    """A variant begins with (a near form of) the name's first word, in its first two words:
    "Covenant on Civil and Political Rights" is not a variant of "Centre for Civil and
    Political Rights", however alike the rest."""
    return any(fuzz.ratio(first, w, score_cutoff=KEY_TOKEN_CUTOFF) for w in window[:2])


def _keys_present(keys, window):
    return all(any(fuzz.ratio(k, w, score_cutoff=KEY_TOKEN_CUTOFF) for w in window) for k in keys)


def _unspaced_hits(text, names):
    found = []
    for name in names:
        at = text.find(name.text)
        if at >= 0:
            found.append((name, at, at + len(name.text), 100.0))
    return found


def _cased(text, start, end, score):
    """A full name found written all in lower case ("we must save the children", "a legal
    resources centre") is prose as often as a name: still a hit, but below what `authors_in`
    takes as a named author."""
    span = text[start:end]
    if any(c.isalpha() for c in span) and span == span.lower() and span != span.upper():
        return min(score, LOWER_CASE_SCORE)
    return score


def _hit(name, text, start, end, score):
    b = name.body
    return Hit(
        b.id,
        b.name,
        b.type,
        b.country,
        b.scope,
        b.region,
        text[start:end],
        start,
        end,
        float(score),
    )


def match(text):
    """Every known body named in `text` (a line or short text), longest names first where
    two overlap; a shared acronym gives one hit per body, each with a lower score."""
    if not text or not text.strip():
        return []
    idx = _index()
    kept, low, kept_at, low_at = _folded_with_offsets(text)
    low_toks, kept_toks = _spans(low), _spans(kept)
    raw = []
    for name, i, j in _exact(low_toks, idx["by_first"]):
        start, end = low_at[low_toks[i][1]], low_at[low_toks[j][2]]
        raw.append((name, start, end, _cased(text, start, end, 100.0)))
    done = {r[0].body.id for r in raw}
    for name, i, j, score in _fuzzy(low_toks, idx["by_key"], done):
        start, end = low_at[low_toks[i][1]], low_at[low_toks[j][2]]
        raw.append((name, start, end, _cased(text, start, end, score)))
    if NO_SPACES.search(text):
        raw += [
            (n, low_at[s], low_at[e], sc) for n, s, e, sc in _unspaced_hits(low, idx["unspaced"])
        ]
    caps = _all_caps(text)
    for name, i, j in _short(kept_toks, idx["acronyms"]):
        if _acronym_allowed(name, caps):
            score = AMBIGUOUS_SCORE if name.tokens in idx["shared"] else ACRONYM_SCORE
            raw.append((name, kept_at[kept_toks[i][1]], kept_at[kept_toks[j][2]], score))
    return _resolve(raw, text)


def _resolve(raw, text):
    """One reading per stretch of text: exact names and acronyms before variants, longer
    before shorter; a hit overlapping one already kept is dropped, except a shared acronym,
    which keeps one hit per body on the same span."""
    raw.sort(key=lambda r: (r[3] < ACRONYM_SCORE, -(r[2] - r[1]), -r[3]))
    kept, out = [], []
    for name, start, end, score in raw:
        shared = score == AMBIGUOUS_SCORE
        if any(
            start < e and s < end and not (shared and sh and (s, e) == (start, end))
            for s, e, sh in kept
        ):
            continue
        kept.append((start, end, shared))
        out.append(_hit(name, text, start, end, score))
    return sorted(out, key=lambda h: (h.start, -h.score))


# Words a candidate name may carry besides the body's own name: articles and prepositions
# ("The Danish Institute …", "… of the …") in the languages of the table, legal forms and the
# body's own units ("Secretariat", "Inc.", "e.V."). Any other word left over ("UK", "Kenya",
# "Deutschland", "Youth") names a different body: a national committee, section or chapter.
FILLER_WORDS = frozenset(
    """
    the a an of for and on in at to by
    de del la le les l d des du el los las lo al y et e da do dos das o em na no
    der die das den dem des und fur fuer von zu im het een van voor en
    """.split()
)
UNIT_WORDS = frozenset(
    """
    secretariat international secretariat headquarters office inc ltd llc ev e v asbl ong ngo
    gmbh ggmbh aisbl ac a c
    """.split()
)
LOOSE_WORDS = 1  # lower-case words a long name may carry that the body's name lacks
LOOSE_MIN_COVERED = 3  # ... only when at least this many words are the body's


def _leftover(name, hits):
    """Words of `name` that no hit of this body covers, less fillers, units and a bracketed
    acronym: (capitalised or all-caps words, lower-case words, words covered)."""
    kept, low, _, low_at = _folded_with_offsets(name)
    proper, loose, covered = [], [], 0
    for word, start, end in _spans(low):
        at, to = low_at[start], low_at[end]
        if any(h.start <= at and to <= h.end for h in hits):
            covered += 1
            continue
        if word in FILLER_WORDS or word in UNIT_WORDS:
            continue
        original = name[at:to]
        bracketed = name[:at].rstrip().endswith("(") and name[to:].lstrip().startswith(")")
        if bracketed and original.isupper() and len(original) >= 3 and not _country_code(original):
            continue  # "(KNCHR)": the body's own acronym, not in the table
        (loose if original.islower() else proper).append(original)
    return proper, loose, covered


@functools.lru_cache(maxsize=1)
def _country_codes():
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.countries}
    return frozenset(codes | {"UK", "USA", "US", "UAE", "RSA", "DRC", "PNG"})


@functools.lru_cache(maxsize=256)
def _country_words(alpha3):
    """Words of a country's names (pycountry: name, official and common name) and codes."""
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return frozenset()
    names = [getattr(country, a, "") for a in ("name", "official_name", "common_name")]
    words = {w for n in names if n for w in _tokens(fold(n))}
    return frozenset(words - FILLER_WORDS | {alpha3.casefold(), country.alpha_2.casefold()})


def _country_code(word):
    return word.upper() in _country_codes()


# Staff of UN entities and intergovernmental bodies write from their body's own domain
# ("…@unfpa.org"): the host of the body's source page, when no other body shares it.
MAIL_DOMAIN_TYPES = ("un_entity", "intergovernmental")


@functools.lru_cache(maxsize=1)
def _bodies_by_domain():
    table = rows()
    hosts = {}
    for row in table:
        host = (urllib.parse.urlparse(row["source"]).hostname or "").removeprefix("www.")
        hosts.setdefault(host, set()).add(row["id"])
    english = _english_names(table)
    types = {row["id"]: row["type"] for row in table}
    only = {host: bodies.pop() for host, bodies in hosts.items() if host and len(bodies) == 1}
    return {
        host: english[body]
        for host, body in only.items()
        if types[body] in MAIL_DOMAIN_TYPES and body in english
    }


def body_of_mail(address):
    """The Hit of the UN entity or intergovernmental body whose own domain ``address`` is
    written from ("asro@arabstates.unfpa.org" is UNFPA's), or None."""
    labels = address.rsplit("@", 1)[-1].lower().split(".")
    for i in range(len(labels) - 1):
        name = _bodies_by_domain().get(".".join(labels[i:]))
        if name:
            return lookup(name)
    return None


def lookup(name):
    """The body a whole candidate name stands for, or None. The name's words must all be
    the body's (its hits in the name, by full name, variant or acronym), apart from articles,
    legal forms, the body's own units, a national body's own country and, in a long name, one
    lower-case word: "UNICEF UK"
    and "Amnesty International Kenya" are other bodies (a national committee, a section),
    "Friends of UNICEF in …" too. None as well when it is a tie between bodies ("CNDH",
    "ICJ": `match` lists them)."""
    hits = match(name)
    by_body = {}
    for h in hits:
        by_body.setdefault(h.id, []).append(h)
    good = []
    for body_hits in by_body.values():
        proper, loose, covered = _leftover(name, body_hits)
        country = body_hits[0].country  # "…, Denmark" after a national body of Denmark
        proper = [w for w in proper if not (country and fold(w) in _country_words(country))]
        if proper or len(loose) > (LOOSE_WORDS if covered >= LOOSE_MIN_COVERED else 0):
            continue
        good.extend(body_hits)
    if not good:
        return None
    best = max(good, key=lambda h: (h.score, h.end - h.start))
    ties = {h.id for h in good if (h.score, h.end - h.start) == (best.score, best.end - best.start)}
    return best if len(ties) == 1 else None


# UN bodies that receive submissions (treaty bodies, the Council, special procedures) and the
# UN itself as a masthead: named in titles as addressees, so never evidence of the author.
ADDRESSEE = re.compile(
    r"\b(committee|council|rapporteur|working group|independent expert|subcommittee|"
    r"special procedures?)\b",
    re.IGNORECASE,
)


def is_addressee(hit):
    return hit.id == "un" or (hit.type == "un_entity" and bool(ADDRESSEE.search(hit.name)))


def authors_in(text):
    """Known bodies named in ``text`` that can be authors (not addressees), surest first."""
    hits = [hit for hit in match(text) if not is_addressee(hit) and hit.score >= 90]
    return sorted(hits, key=lambda h: -h.score)
