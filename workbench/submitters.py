"""The same submitter across calls (issue 14, part 3): who has written to the mandate, how often.

A link between two submissions of different calls is *sure* when
- both are States with the same country (a Permanent Mission and its Government are one State);
- their names are the same once folded (accents, case, punctuation, "&"/"and", a leading
  article and a bracketed acronym set aside);
- one name is the other's acronym (defined in its documents, or its initials);
- they write from the same e-mail domain (not a webmail or UN domain) and their names are alike;
- their names are nearly the same (rapidfuzz token ratio ≥ ``SURE``: a typo, a word order);
- both names are the same known body of the gazetteer (tagging/gazetteer.py: "ILGA World" and
  its full name), or one is a unit written beside the other's known body ("UNHCR - Division
  of …"); two different known bodies are never linked;
- of one type and country, submitter_names.py reads them as one body's or one person's names;
and a type or country a person corrected on one submission does not keep them apart (the
other holds the tagger's value: the correction is offered for it); *unsure* (a person
decides) when the names are only alike (≥ ``UNSURE``) or share a domain.
Sure links and people's "same" decisions join submissions into one submitter (connected
components); a person's "different" decision is never overridden. Each call's confidentiality
request stands on its own: nothing here changes a submission's level.
"""

import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from . import audit, callscope, derived, identity, person_names, publication, store, submitter_names
from .stores import submitter_decisions

SURE = 92
UNSURE = 80
WEBMAIL = {
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "protonmail.com",
    "proton.me",
    "icloud.com",
    "aol.com",
    "mail.ru",
    "yandex.ru",
    "gmx.de",
    "gmx.net",
    "yahoo.fr",
    "yahoo.es",
    "hotmail.fr",
    "hotmail.es",
    "orange.fr",
    "free.fr",
    "un.org",
    "ohchr.org",
    "example.com",
}
ARTICLES = {"the", "la", "el", "le", "les", "los", "las", "l", "o", "a", "os", "as"}
AND_WORDS = {"and", "y", "et", "e", "und"}


@dataclass
class Submitter:
    ids: list  # submission ids, oldest call first
    calls: list = field(default_factory=list)  # call slugs in order


@dataclass
class Matching:
    submitters: list  # [Submitter]
    unsure: list  # [(id a, id b, score, reason)] for a person to decide
    links: dict = field(default_factory=dict)  # {(a, b): reason} of the sure links


def key(name):
    """A name folded for comparison: 'The Asociación Ñandutí (ASN)' -> 'asociacion nanduti'."""
    text = re.sub(r"\([^)]*\)", " ", name or "")
    words = re.findall(r"\w+", identity.fold(text.replace("&", " and ")))
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join("and" if w in AND_WORDS else w for w in words)


def initials(name):
    words = [
        w
        for w in re.findall(r"\w+", identity.fold(re.sub(r"\([^)]*\)", " ", name or "")))
        if w not in ARTICLES
        and w not in AND_WORDS
        and w not in ("of", "for", "de", "des", "du", "del", "pour")
    ]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def acronyms(name, found=()):
    """Acronyms a submitter goes by: bracketed in its name, defined in its documents, its initials."""
    inside = re.findall(r"\(([A-Za-zÀ-ÿ\-]{2,12})\+?\)", name or "")  # '(FELGTBI+)'
    given = {
        identity.fold(a)
        for a in inside
        # "(México)" after a name is its place, not an acronym; "(Movilh)" spells its initials
        if identity.mostly_capitals(a) or _spells_initials(identity.fold(a), initials(name))
    }
    return {
        a.replace("-", "")
        for a in given | {identity.fold(a) for a in found} | {initials(name)}
        if len(a) >= 3
    }


def _spells_initials(word, letters):
    """A word written in small letters that holds the name's initials in order, from its
    first ('Movilh' of 'Movimiento de Integración y Liberación Homosexual')."""
    if len(letters) < 3 or not word.startswith(letters[0]):
        return False
    at = 0
    for letter in word:
        at += at < len(letters) and letter == letters[at]
    return at == len(letters)


def _domains(found):
    return {e.rsplit("@", 1)[-1].lower() for e in found.get("email", ()) if "@" in e} - WEBMAIL


def resolved(db, calls):
    """``calls`` (CallScopes, or slugs resolved here) as CallScopes, in the order given."""
    return [callscope.of(db, call) for call in calls]


def readable(scopes):
    """The readable submissions of the calls, each with its call's slug as ``call``."""
    return [
        s | {"call": scope.slug}
        for scope in scopes
        for s in scope.submissions
        if s["status"] == "ok"
    ]


def records(db, calls, identities=True):
    """The readable submissions of ``calls`` (CallScopes, or slugs) with what matching reads
    of them; ``identities=False``: without what their documents say (acronyms, e-mail domains),
    which is read from every document the first time and only links submitters across calls."""
    subs = readable(resolved(db, calls))
    found = (
        {i.submission_id: i.found for i in publication.identities_of(db, subs)}
        if identities
        else {}
    )
    reviewed = _reviewed_fields(db)
    for sub in subs:
        own = found.get(sub["id"], {})
        sub["reviewed"] = {f for f, ids in reviewed.items() if sub["id"] in ids}
        sub["key"] = key(sub["submitter"])
        sub["acronyms"] = acronyms(sub["submitter"], own.get("acronym", ()))
        sub["domains"] = _domains(own)
        sub["body"] = _known_body(sub["submitter"])
        sub["unit_of"] = None if sub["body"] else _unit_of(sub["submitter"], sub["country"])
        sub["person"] = _person(sub)
    return subs


PEOPLE = {"individual", "parliamentarian"}
REVIEWED = ("submitter_type", "country")  # what a correction made once is offered for


def _reviewed_fields(db):
    """{field: ids of the submissions (any call) whose field a person corrected} — the tagger
    was wrong there, and may be so on the submitter's other submissions (a value a person only
    confirmed, beside another, is a question for a person)."""
    from .tagging import tag_store

    return {
        f: {
            s["id"]
            for s in tag_store.reviewed_submissions(db, f)
            if tag_store.tags_of(db, s["id"])[f]["state"] == "corrected"
        }
        for f in REVIEWED
    }


def _person(sub):
    """A person's names when the submitter is one ('Prof. Ana Quispe'), else []."""
    name = sub["submitter"] or ""
    if sub["submitter_type"] in PEOPLE or person_names.titled(name):
        return person_names.person(name)
    return []


def _known_body(name):
    """The gazetteer's body a name stands for (ILGA World = its full name), or None."""
    from .tagging import gazetteer

    hit = gazetteer.lookup(name) if name else None
    return hit.id if hit else None


# a part that makes a name a chapter, a section or an office somewhere of a known body, not a
# unit of it: 'Amnesty International – Ireland section', 'OHCHR – Regional Office for …'
CHAPTER = re.compile(
    r"\b(chapters?|sections?|branch|regional|region|country office|national|local|"
    r"cap[ií]tulo|secci[oó]n|se[cç][cç][aã]o|filial|d[eé]l[eé]gation|antenne|"
    r"отделение|филиал|відділення|فرع)\b",
    re.IGNORECASE,
)


def _unit_of(name, country):
    """The known body a unit's name is written beside ('UNHCR - Division of International
    Protection', 'Council of Europe – SOGIESC Unit'), or None: one part of the name is a known
    body (the gazetteer) and the others are no chapter, section or office of a place."""
    plain = re.sub(r"\([^)]*\)", " ", name or "")
    parts = [p.strip() for p in re.split(r",|\s+[-–—/]\s+", plain) if p.strip()]
    if len(parts) < 2:
        return None
    bodies = [_known_body(p) for p in parts]
    found = set(bodies) - {None}
    rest = [p for p, body in zip(parts, bodies) if body is None]
    if len(found) != 1 or any(CHAPTER.search(p) or _names_a_place(p, country) for p in rest):
        return None
    return found.pop()


def _names_a_place(text, country):
    """Does a part of a name name a country (any) or a city of the submitter's?"""
    import pycountry

    if country and submitter_names.names_its_place(text, country):
        return True
    found = re.findall(r"\w+", text)
    for size in (1, 2, 3):
        for at in range(len(found) - size + 1):
            try:
                pycountry.countries.lookup(" ".join(found[at : at + size]))
            except LookupError:
                continue
            return True
    return False


def link(a, b):
    """('sure' | 'unsure' | None, score, reason) for two submissions of different calls."""
    for field_name in REVIEWED:
        if a[field_name] and b[field_name] and _corrected_once(a, b, field_name):
            # a person corrected it on one: the other's tagger value is the one to correct
            fixed, other = (a, b) if field_name in a.get("reviewed", ()) else (b, a)
            found, score, reason = link(fixed, other | {field_name: fixed[field_name]})
            if found == "sure":
                what = "type" if field_name == "submitter_type" else field_name
                return found, score, f"{reason}; its {what} corrected on one only"
    if (
        a["submitter_type"] == b["submitter_type"] == "state"
        and a["country"]
        and a["country"] == b["country"]
    ):
        return _same_state(a, b)
    if not a["key"] or not b["key"]:
        return None, 0, ""
    if a["submitter_type"] and b["submitter_type"] and a["submitter_type"] != b["submitter_type"]:
        # "Human Rights Commission of Pakistan" (an NGO) and the national commission (NHRI)
        found, score, reason = _link_by_name(a, b)
        return ("unsure", score, f"{reason}, but of two types") if found else (None, 0, "")
    if a["country"] and b["country"] and a["country"] != b["country"]:
        if _sister_bodies(a, b):
            return None, 0, ""
        # one name in two countries (a country tagged wrong?): a person's look
        found, score, reason = _link_by_name(a, b)
        return (
            ("unsure", score, f"{reason}, but based in two countries") if found else (None, 0, "")
        )
    return _link_by_name(a, b)


def _corrected_once(a, b, field_name):
    """A person corrected the field on one of the two only: the other holds the tagger's value,
    which is what a correction made once is offered for (two people's values apart are not)."""
    return a[field_name] != b[field_name] and (field_name in a.get("reviewed", ())) != (
        field_name in b.get("reviewed", ())
    )


def _sister_bodies(a, b):
    """Two States, or bodies each naming its own country or city ('Fundación Diversidad
    Uruguay' / '… Paraguay', '…, University of Nairobi' / '…, University of Lagos'): others, no
    question to ask."""
    if a["submitter_type"] == b["submitter_type"] == "state":
        return True
    return all(submitter_names.names_its_place(x["submitter"], x["country"]) for x in (a, b))


def _same_state(a, b):
    """One State: sure, unless one name is its mission and the other a ministry, or two
    ministries that are not one ministry's names (a Ministry of Women is not the mission in
    Geneva, nor the Ministry of Health): a person decides."""
    offices = {submitter_names.state_office(x["submitter"]) for x in (a, b)}
    if offices == {"mission", "ministry"} or (
        offices == {"ministry"}
        and a["key"] != b["key"]
        # one ministry in two languages, or renamed ('… (formerly MIMDES)'), is one
        and not submitter_names.same_body(a["submitter"], b["submitter"], a["country"], state=True)
    ):
        return "unsure", 90, "the same State, but " + " and ".join(sorted(offices)) + " apart"
    return "sure", 100, "the same State"


def _link_by_name(a, b):
    """link() by the names alone: a known body, the same name, an acronym, a person's names,
    one name in two languages or scripts, alike names."""
    if a.get("body") and b.get("body"):  # two known bodies: the gazetteer knows their variants
        return (
            ("sure", 100, "the same known body (gazetteer)")
            if a["body"] == b["body"]
            else (None, 0, "")
        )
    if a["key"] == b["key"]:
        return "sure", 100, "the same name"
    if a["key"].replace(" ", "") in b["acronyms"] or b["key"].replace(" ", "") in a["acronyms"]:
        return "sure", 97, "one name is the other's acronym"
    if (
        a.get("unit_of")
        and a["unit_of"] == b.get("body")
        or (b.get("unit_of") and b["unit_of"] == a.get("body"))
    ):
        return "sure", 95, "a unit of the same known body"
    if _other_known_bodies(a, b) or _other_known_bodies(b, a):
        return None, 0, ""
    here = a["country"] == b["country"] and a["submitter_type"] == b["submitter_type"]
    if a["person"] or b["person"]:  # a person: the same names, or at most a person's look
        found = person_names.same_person(_names(a), _names(b)) if here else None
        if found == "sure":
            return "sure", 96, "the same person's names"
        verdict, score, reason = _link_by_other_names(a, b)
        if found or verdict:
            return "unsure", score, reason or "one person's names among the other's"
        return None, score, ""
    if (
        here
        and not _section_of_known_body(a, b)
        # a country's national human rights institution is one of few bodies of its kind
        # there: a name of generic words is enough ('Defensoría de la Niñez' / 'Ombudsman for
        # Children'), as for a State's ministries
        and submitter_names.same_body(
            a["submitter"],
            b["submitter"],
            a["country"],
            state=bool(a["country"]) and a["submitter_type"] == "nhri",
        )
    ):
        return "sure", 95, "the same name in another language or script"
    return _link_by_other_names(a, b)


def _other_known_bodies(a, b):
    """'IACHR - Rapporteurship …' (the Commission, by its acronym) and 'Inter-American Court of
    Human Rights' (a known body of the same initials): one name's part is a known body and the
    other another."""
    if not b.get("body") or a.get("body"):
        return False
    found = {_known_body(v.strip()) for v in submitter_names.variants(a["submitter"])[1:]}
    return b["body"] not in found and bool(found - {None})


def _section_of_known_body(a, b):
    """'Amnesty International' (a known body) and 'Amnesty International United Kingdom' (a
    name the gazetteer does not take for it, naming the country the other does not): a
    national section, not the body, even in one country."""
    if bool(a.get("body")) == bool(b.get("body")):
        return False
    from .tagging import gazetteer

    known = a if a.get("body") else b
    if known["country"] and gazetteer.lookup(known["submitter"]).country == known["country"]:
        return False  # a national body ('Komnas HAM') and its name with the country's
    named = [submitter_names.names_its_country(x["submitter"], x["country"]) for x in (a, b)]
    return named[0] != named[1]


def _names(sub):
    return sub["person"] or person_names.person(sub["submitter"])


def _link_by_other_names(a, b):
    """_link_by_name by alike names or a shared e-mail domain."""
    score = fuzz.token_sort_ratio(a["key"], b["key"])
    shared = a["domains"] & b["domains"]
    if score >= SURE and _same_distinct_words(a["key"], b["key"]):
        return "sure", score, f"nearly the same name ({score:.0f})"
    if shared and score >= 50:
        return "sure", score, f"the same e-mail domain ({sorted(shared)[0]}) and alike names"
    if (
        score >= UNSURE or shared or fuzz.token_set_ratio(a["key"], b["key"]) == 100
    ):  # one name inside the other
        return (
            "unsure",
            score,
            f"alike names ({score:.0f})"
            + (f", e-mail domain {sorted(shared)[0]}" if shared else ""),
        )
    return None, score, ""


def _same_distinct_words(a, b):
    """'Rainbow Coalition Kenya' and '... Uganda' are alike but not the same: their differing
    words must themselves be near (a typo), not other words."""
    only_a, only_b = set(a.split()) - set(b.split()), set(b.split()) - set(a.split())
    if not only_a and not only_b:
        return True
    if not only_a or not only_b:
        return False
    return fuzz.ratio(" ".join(sorted(only_a)), " ".join(sorted(only_b))) >= 75


# What a matching is computed by: an edited rule or name list matches again.
MATCH_CODE = (
    "submitters.py",
    "submitter_names.py",
    "person_names.py",
    "identity.py",
    "tagging/gazetteer.py",
    "data/organisations.csv",
    *publication.IDENTITY_CODE,
)


def match(db, calls, decisions=None):
    """Submitters across ``calls`` (CallScopes, or slugs; oldest first): sure links and
    people's decisions joined; unsure pairs listed. With the people's saved decisions, the
    matching is kept in ``derived`` until a submission of the calls, a reviewed type or
    country, a decision or the code changes (comparing thousands of names was most of the
    Submitters page's first run, issue 15)."""
    scopes = resolved(db, calls)
    if len(scopes) < 2:  # links join different calls: one call alone links nobody
        return Matching([Submitter([s["id"]], [s["call"]]) for s in readable(scopes)], [], {})
    if decisions is not None:
        return _match(db, scopes, decisions)
    decisions = saved_decisions(db)
    key = "\x1f".join(scope.slug for scope in scopes)
    inputs = _match_inputs(db, scopes, decisions)
    stored = derived.get(db, "submitter_matching", key, inputs)
    if stored is not None:
        return _matching_of(stored)
    found = _match(db, scopes, decisions)
    derived.put(db, "submitter_matching", key, inputs, _stored_matching(found))
    return found


def _match_inputs(db, scopes, decisions):
    subs = readable(scopes)
    read_from = derived.submission_inputs(db, [s["id"] for s in subs])  # version, content, name …
    subs = [(s["id"], s["call"], s["submitter_type"], read_from[s["id"]]) for s in subs]
    reviewed = {f: sorted(ids) for f, ids in _reviewed_fields(db).items()}
    return derived.fingerprint(
        subs,
        sorted(decisions.items()),
        reviewed,
        derived.code_version(*MATCH_CODE),
    )


def _stored_matching(found):
    return {
        "submitters": [[m.ids, m.calls] for m in found.submitters],
        "unsure": [list(u) for u in found.unsure],
        "links": [[a, b, reason] for (a, b), reason in found.links.items()],
    }


def _matching_of(stored):
    return Matching(
        [Submitter(ids, calls) for ids, calls in stored["submitters"]],
        [tuple(u) for u in stored["unsure"]],
        {(a, b): reason for a, b, reason in stored["links"]},
    )


def _match(db, scopes, decisions):
    subs = records(db, scopes)
    parent = {s["id"]: s["id"] for s in subs}
    unsure, links = [], {}
    for i, j in sorted(_candidates(subs, decisions)):
        a, b = subs[i], subs[j]
        if a["call"] != b["call"]:
            decided = decisions.get(_pair(a, b))
            verdict, score, reason = link(a, b)
            if decided is False or (verdict is None and decided is None):
                continue
            if decided or verdict == "sure":
                _join(parent, a["id"], b["id"])
                links[(a["id"], b["id"])] = reason if verdict == "sure" else "confirmed by a person"
            else:
                unsure.append((a["id"], b["id"], score, reason))
    order = {scope.slug: n for n, scope in enumerate(scopes)}
    by_id = {s["id"]: s for s in subs}
    groups = {}
    for sub in subs:
        groups.setdefault(_root(parent, sub["id"]), []).append(sub["id"])
    found = [
        Submitter(
            sorted(ids, key=lambda i: (order[by_id[i]["call"]], i)),
            list(
                dict.fromkeys(
                    by_id[i]["call"] for i in sorted(ids, key=lambda i: order[by_id[i]["call"]])
                )
            ),
        )
        for ids in groups.values()
    ]
    joined = {i for g in found if len(g.ids) > 1 for i in g.ids}
    return Matching(
        found,
        [
            u
            for u in unsure
            if not (
                u[0] in joined and u[1] in joined and _root(parent, u[0]) == _root(parent, u[1])
            )
        ],
        links,
    )


def _candidates(subs, decisions):
    """{(i, j)}, i < j: the pairs ``link`` can say something about, or a person decided. Every
    other pair has unalike names and nothing else in common, so it is never compared one by
    one (every pair of two calls of 1,500 submissions was 10 s, several times a page run):
    alike names are found by rapidfuzz's ``cdist`` (C, all pairs at once), the rest by what
    they share."""
    from rapidfuzz import process

    pairs = _sharing(subs, _shared_values) | _acronym_pairs(subs) | _word_pairs(subs)
    rows_of = {}
    for r, sub in enumerate(subs):
        rows_of.setdefault(sub["key"] or f"#{sub['id']}", []).append(r)
    for key_a, key_b in decisions:
        pairs |= {
            (min(x, y), max(x, y))
            for x in rows_of.get(key_a, ())
            for y in rows_of.get(key_b, ())
            if x != y
        }
    by_call = {}
    for r, sub in enumerate(subs):
        if sub["key"]:
            by_call.setdefault(sub["call"], []).append(r)
    for rows_a, rows_b in itertools.combinations(by_call.values(), 2):
        keys_a, keys_b = [subs[r]["key"] for r in rows_a], [subs[r]["key"] for r in rows_b]
        for scorer, cutoff in ((fuzz.token_sort_ratio, UNSURE), (fuzz.token_set_ratio, 100)):
            scores = process.cdist(keys_a, keys_b, scorer=scorer, score_cutoff=cutoff, workers=1)
            pairs |= {
                (min(rows_a[x], rows_b[y]), max(rows_a[x], rows_b[y]))
                for x, y in zip(*scores.nonzero())
            }
    return pairs


def _shared_values(sub):
    """What two submissions can share that ``link`` reads: a State's country, a name, a known
    body, an e-mail domain."""
    values = [("state", sub["country"])] if sub["submitter_type"] == "state" else []
    if sub["key"]:
        values += [("key", sub["key"]), ("body", sub.get("body") or sub.get("unit_of"))]
        values += [("domain", d) for d in sub["domains"]]
    return [v for v in values if v[1]]


def _sharing(subs, values):
    """Pairs of rows of different calls that share one of ``values(sub)`` (the many answers of
    one survey that give the same name are not paired with each other)."""
    groups = {}
    for r, sub in enumerate(subs):
        for value in values(sub):
            groups.setdefault(value, {}).setdefault(sub["call"], []).append(r)
    return {
        (min(x, y), max(x, y))
        for calls in groups.values()
        for rows_a, rows_b in itertools.combinations(calls.values(), 2)
        for x in rows_a
        for y in rows_b
    }


def _word_pairs(subs):
    """Pairs of the same type and country of different calls that may be one body's or one
    person's names (``submitter_names.keys``): each reading's rarest word finds them. A
    submission whose type (or country) a person corrected is looked for under any type (or
    country): the submitter's other submissions may hold the tagger's value."""
    index, probes = {}, []
    for r, sub in enumerate(subs):
        if not sub["key"]:
            continue
        kind, country = sub["submitter_type"], sub["country"]
        keys, read = submitter_names.keys(sub["submitter"], country, sub.get("person"))
        for k in keys:
            for block in ((kind, country), ("*", country), (kind, "*"), ("*", "*")):
                index.setdefault((block, k), set()).add(r)
        reviewed = sub.get("reviewed", ())
        block = (
            "*" if "submitter_type" in reviewed else kind,
            "*" if "country" in reviewed else country,
        )
        probes.append((r, block, read))
    pairs = set()
    for r, block, read in probes:
        for word_keys in read:
            rows = [set().union(*(index.get((block, k), ()) for k in ks)) for ks in word_keys]
            pairs |= {
                (min(r, o), max(r, o))
                for o in min(rows, key=len)
                if subs[o]["call"] != subs[r]["call"]
            }
    return pairs


def _acronym_pairs(subs):
    """Pairs where one name, without its spaces, is among the other's acronyms."""
    by_acronym = {}
    for r, sub in enumerate(subs):
        for acronym in sub["acronyms"] if sub["key"] else ():
            by_acronym.setdefault(acronym, []).append(r)
    pairs = set()
    for r, sub in enumerate(subs):
        for other in by_acronym.get(sub["key"].replace(" ", ""), ()) if sub["key"] else ():
            if other != r:
                pairs.add((min(r, other), max(r, other)))
    return pairs


def _pair(a, b):
    return tuple(sorted((a["key"] or f"#{a['id']}", b["key"] or f"#{b['id']}")))


def _root(parent, node):
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def _join(parent, a, b):
    parent[_root(parent, a)] = _root(parent, b)


# ---------------------------------------------------------------- people's decisions


def saved_decisions(db):
    """{(key a, key b): True (same) | False (different)} decided by people (table submitter_decisions)."""
    return {
        (r["key_a"], r["key_b"]): bool(r["same"]) for r in submitter_decisions.all_decisions(db)
    }


def decide(db, submission_a, submission_b, same, user):
    """A person says two submissions are (or are not) the same submitter; audited."""
    a, b = store.get_submission(db, submission_a), store.get_submission(db, submission_b)
    pair = tuple(
        sorted((key(a["submitter"]) or f"#{a['id']}", key(b["submitter"]) or f"#{b['id']}"))
    )
    with store.transaction(db):
        submitter_decisions.keep(db, *pair, same, user)
        audit.record(
            db,
            user,
            "same_submitter" if same else "different_submitter",
            "submissions",
            submission_a,
            "submitter",
            None,
            str(submission_b),
        )


# ---------------------------------------------------------------- who has written, call by call


def history(db, calls, internal=False, with_themes=False, matching=None):
    """One row per submitter: name, calls answered (with each call's confidentiality), submissions;
    ``with_themes``: what it raised, call by call ({call: [theme labels]}, final themes else
    candidates, labels as shareable outputs print them).

    ``internal``: the reviewers' view (everyone named, every call joined). Otherwise a
    submission whose submitter may not be named in its call is never joined to anyone: it is a
    row of its own, by type and region, so a request made in one call is not undone by a name
    given in another (each call's request stands on its own). ``matching``: ``match`` of the
    same calls, when the caller has it (a page reads the calls once for all its tables)."""
    scopes = resolved(db, calls)
    matching = matching or match(db, scopes)
    subs = {s["id"]: s for s in readable(scopes)}
    pub = None if internal else publication.Publication(db, list(subs.values()))
    raised = _raised(db, scopes) if with_themes else None
    rows = []
    for found in matching.submitters:
        shown = [i for i in found.ids if pub is None or pub.may_name(subs[i])]
        if shown:
            rows.append(_row([subs[i] for i in shown], pub, raised))
        rows += [_row([subs[i]], pub, raised) for i in found.ids if i not in shown]
    return sorted(rows, key=lambda r: (-r["n_calls"], (r["submitter"] or "").casefold()))


def _raised(db, scopes):
    """{submission id: [labels of the themes its passages are in]} over the calls."""
    from . import themes  # scikit-learn and spaCy: only when themes are asked for

    found = {}
    for scope in scopes:
        found.update(themes.submission_themes(db, scope))
    return found


def _row(members, pub, raised=None):
    first = members[0]
    named = pub is None or pub.may_name(first)
    row = {
        "submitter": first["submitter"] if named else pub.attribution(first),
        "submitter_type": first["submitter_type"] or "",
        "region": first["region"] or "",
        "n_calls": len({m["call"] for m in members}),
        "calls": "; ".join(f"{m['call']} ({m['confidentiality'] or 'untagged'})" for m in members),
        "submission_ids": [m["id"] for m in members] if named else [],
    }
    if raised is not None:
        row["themes"] = {}
        for m in members:
            labels = row["themes"].setdefault(m["call"], [])
            labels += [label for label in raised.get(m["id"], []) if label not in labels]
    return row


# ---------------------------------------------------------------- figures and corrections


def summary(db, calls, matching=None):
    """Counts across calls (no names): per call, its submitters and how many are writing for the
    first time among the calls given (in their order); submitters by number of calls answered."""
    scopes = resolved(db, calls)
    matching = matching or match(db, scopes)
    call_of = {s["id"]: s["call"] for s in readable(scopes)}
    first_call = {}
    per_call = {scope.slug: 0 for scope in scopes}
    by_count = {}
    for found in matching.submitters:
        calls = [call_of[i] for i in found.ids]
        for slug in set(calls):
            per_call[slug] += 1
        first_call[calls[0]] = first_call.get(calls[0], 0) + 1
        by_count[len(set(calls))] = by_count.get(len(set(calls)), 0) + 1
    return {
        "calls": [
            {"call": slug, "submitters": per_call[slug], "first_time": first_call.get(slug, 0)}
            for slug in per_call
        ],
        "by_number_of_calls": dict(sorted(by_count.items())),
    }


def corrections_to_offer(db, calls, matching=None):
    """[(submission id, field, value, from submission id)]: a type or country a person confirmed or
    corrected on one submission of a submitter, offered for its other submissions that differ."""
    from .tagging import tag_store

    offers = []
    for found in (matching or match(db, calls)).submitters:
        if len(found.ids) < 2:
            continue
        tags = {i: tag_store.tags_of(db, i) for i in found.ids}
        for field_name in ("submitter_type", "country"):
            reviewed = [
                (i, t[field_name]["value"])
                for i, t in tags.items()
                if t.get(field_name, {}).get("state") in ("confirmed", "corrected")
            ]
            if not reviewed:
                continue
            source, value = reviewed[-1]
            offers += [
                (i, field_name, value, source)
                for i in found.ids
                if i != source and (store.get_submission(db, i)[field_name] or "") != value
            ]
    return offers


def apply_correction(db, submission_id, field_name, value, user):
    """Take an offered correction: saved as a person's correction (Triage's rules), audited."""
    from .tagging import tag_store
    from .tagging.places import region_of

    sub = store.get_submission(db, submission_id)
    changes = {field_name: value}
    if field_name == "country" and region_of(value):
        changes["region"] = region_of(value)
    return tag_store.review(db, submission_id, changes, [], sub["version"], user)
