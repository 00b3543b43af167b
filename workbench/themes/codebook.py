"""The mandate's codebook: passages coded against its thematic areas (reports' ``area``).

corpus/codebook.csv lists, per area and language, terms in the concept dictionary's
syntax; ``concept:KEY`` reuses every surface form of a concept of corpus/concepts.csv in
every language. So "what did submitters say about conversion practices?" works on any call.
"""
import csv
from functools import lru_cache
from importlib import resources

from .. import privacy, publication, store
from ..errors import NotFound
from . import features
from . import store as theme_store

CODEBOOK_CSV = features.CORPUS / "codebook.csv"


def codebook_rows(path=CODEBOOK_CSV, concepts_path=features.CONCEPTS_CSV):
    """(area, language, surface) rows with ``concept:KEY`` expanded from the dictionary."""
    concepts = features.read_concepts(concepts_path)
    rows = []
    with open(path, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["term"].startswith("concept:"):
                key = r["term"].split(":", 1)[1]
                rows += [(r["area"], lang, surface) for k, lang, surface in concepts if k == key]
            else:
                rows.append((r["area"], r["language"], r["term"]))
    return rows


@lru_cache(maxsize=2)
def codebook_matcher(path=str(CODEBOOK_CSV)):
    return features.ConceptMatcher(codebook_rows(path))


def areas():
    """The areas the codebook can code, in the order of the mandate's reports."""
    known = codebook_matcher().keys
    ordered = [r["area"] for r in _report_areas()]
    return [a for a in dict.fromkeys(ordered) if a in known] + sorted(set(known) - set(ordered))


def _report_areas():
    text = resources.files("workbench").joinpath("data/reports.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def code_passage(text, language):
    """{area: number of hits} for one passage."""
    found = {}
    lang = (language or "xx").lower()
    for area in codebook_matcher().find(features.lemmatise(text, lang), lang):
        found[area] = found.get(area, 0) + 1
    return found


def codebook_passages(db, call_slug, area, internal=False, team=False):
    """The call's passages about ``area``, most hits first.

    [{passage_id, submission_id, page, text, language, hits, attribution, submitter_type, region}].
    Unless ``internal``, passages of submissions that may not be quoted are left out and
    they go through workbench/publication.py (``team=True`` keeps ids for pages).
    """
    if area not in codebook_matcher().keys:
        raise NotFound(f"no codebook area '{area}': known areas are {', '.join(areas())}")
    call = store.get_call(db, call_slug)
    subs = {s["id"]: s for s in store.list_submissions(db, call_slug)}
    pub = None if internal else publication.Publication(db, list(subs.values()), team=team)
    aside = theme_store.procedural_ids(db, call["id"])   # formulas are not quotes
    found = []
    for p in store.call_passages(db, call["id"]):
        sub = subs[p["submission_id"]]
        if p["id"] in aside or not privacy.may_quote(sub, internal=internal):
            continue
        hits = code_passage(p["text"], p["language"]).get(area, 0)
        if hits:
            found.append({"passage_id": p["id"] if pub is None or pub.reference(sub) else None,
                          "submission_id": p["submission_id"] if pub is None else pub.reference(sub),
                          "page": p["page"], "text": pub.quote(sub, p["text"]) if pub else p["text"],
                          "language": p["language"], "hits": hits,
                          "attribution": pub.attribution(sub) if pub else privacy.attribution(sub, internal=True),
                          "submitter_type": sub["submitter_type"] or "", "region": sub["region"] or ""})
    return sorted(found, key=lambda f: (-f["hits"], f["passage_id"] or 0))


def area_counts(db, call_slug):
    """{area: {"passages": n, "submissions": n}} over a call, for an overview."""
    call = store.get_call(db, call_slug)
    counts = {}
    for p in store.call_passages(db, call["id"]):
        for area in code_passage(p["text"], p["language"]):
            entry = counts.setdefault(area, {"passages": 0, "submissions": set()})
            entry["passages"] += 1
            entry["submissions"].add(p["submission_id"])
    return {a: {"passages": c["passages"], "submissions": len(c["submissions"])} for a, c in counts.items()}
