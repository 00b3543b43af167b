"""Where the background document's sections come from, best source first.

1. the call's themes (final ones if any, else candidates) from workbench.themes;
2. else the mandate's codebook areas, by keyword matches from workbench/data/concepts.csv;
3. else one section, "Submissions", with every passage.

Each function takes the call as a CallScope (or, from older callers, its slug).
Each source yields plain dicts {"key", "title", "kind", "theme_id", "terms", "passages"}
with passages as {"passage_id", "submission_id", "page", "text", "weight"}.
"""

import csv
import re
from importlib import resources
from pathlib import Path

from .. import callscope, store
from ..themes import theme_store

CONCEPTS = resources.files("workbench") / "data" / "concepts.csv"


# Where sections can come from, as the Background page offers them.
SOURCES = {
    "final": "Final themes",
    "candidates": "Candidate themes",
    "areas": "The mandate's codebook areas",
    "all": "One section with every passage",
}


def theme_sections(db, call, which=None):
    """Sections from final themes (``which='final'``), candidates (``'candidates'``), or by
    default the final ones if any, else the candidates. A passage's text is read when a quote
    needs it (``LazyPassage``): reading every member's text was most of a Background page run
    at 5,000 submissions (issue 15)."""
    scope = callscope.of(db, call)
    status = {"final": "final", "candidates": "candidate"}.get(which)
    if status is None:
        status = "final" if theme_store.has_final(db, scope.id) else "candidate"
    # the themes' rows as list_themes orders them; who may be quoted is build.py's (privacy)
    chosen = theme_store.call_theme_rows(db, scope.id, (status,))
    members = theme_store.member_refs(db, [t["id"] for t in chosen])
    aside = theme_store.procedural_ids(db, scope.id)
    passage = type("Passage", (LazyPassage,), {"db": db})  # dict's own __init__: 100,000 of them
    return [
        {
            "key": f"theme-{t['id']}",
            "title": t.get("label") or f"Theme {t['id']}",
            "kind": "theme",
            "theme_id": int(t["id"]),
            "terms": list(t.get("terms") or []),
            "passages": [
                passage(
                    passage_id=m["passage_id"],
                    submission_id=m["submission_id"],
                    page=m["page"],
                    n_chars=m["n_chars"],
                    weight=round(m["weight"], 4),
                    language=m["language"],
                )
                for m in members.get(t["id"], [])
                if m["passage_id"] not in aside
            ],
        }
        for t in chosen
    ]


class LazyPassage(dict):
    """A passage dict ({passage_id, submission_id, page, n_chars, weight, language}) whose
    ``text`` is read from the database (the subclass's ``db``) the first time it is asked for."""

    db = None

    def __missing__(self, key):
        if key != "text":
            raise KeyError(key)
        (row,) = theme_store.passage_rows(self.db, [self["passage_id"]])
        self["text"] = row["text"]
        return row["text"]


def theme_counts(db, call):
    """(final, candidate) theme counts: what the page says the sections are chosen from."""
    # the themes' rows alone: counting their passages per submission (list_themes) took
    # 0.3-0.5 s of each page run at 5,000 submissions (issue 15)
    found = theme_store.call_theme_rows(db, callscope.of(db, call).id, ("final", "candidate"))
    final = sum(t["status"] == "final" for t in found)
    return final, len(found) - final


def default_source(final, candidates):
    return "final" if final else "candidates" if candidates else "areas"


def read_concepts(path=CONCEPTS):
    """{concept: (label, compiled pattern of its surface forms)} from concepts.csv, {} if absent."""
    if not Path(path).exists():
        return {}
    labels, forms = {}, {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            concept, lang, surface = (
                row.get("concept"),
                row.get("language"),
                (row.get("surface") or "").strip(),
            )
            if not concept or not surface:
                continue
            if lang == "label":
                labels[concept] = surface
            else:
                forms.setdefault(concept, []).append(re.escape(surface).replace(r"\*", r"\w*"))
    return {
        c: (
            labels.get(c, c.replace("_", " ").capitalize()),
            re.compile(r"\b(?:" + "|".join(f) + r")\b", re.IGNORECASE),
        )
        for c, f in forms.items()
    }


def area_sections(db, call, concepts=None):
    """One section per codebook area whose keywords some passages of the call contain."""
    concepts = read_concepts() if concepts is None else concepts
    if not concepts:
        return []
    passages = store.call_passages(db, callscope.of(db, call).call["id"])
    sections = []
    for key, (label, pattern) in concepts.items():
        hits = [
            passage_dict(p, len(pattern.findall(p["text"])))
            for p in passages
            if pattern.search(p["text"])
        ]
        if hits:
            sections.append(
                {
                    "key": f"area-{key}",
                    "title": label,
                    "kind": "area",
                    "theme_id": None,
                    "terms": [],
                    "passages": sorted(hits, key=lambda p: -p["weight"]),
                }
            )
    return sorted(sections, key=lambda s: -len({p["submission_id"] for p in s["passages"]}))


def passage_dict(passage, weight=1.0):
    return {
        "passage_id": passage["id"],
        "submission_id": passage["submission_id"],
        "page": passage["page"],
        "text": passage["text"],
        "weight": float(weight),
    }


def single_section(db, call):
    passages = store.call_passages(db, callscope.of(db, call).call["id"])
    return [
        {
            "key": "all",
            "title": "Submissions",
            "kind": "all",
            "theme_id": None,
            "terms": [],
            "passages": [passage_dict(p) for p in passages],
        }
    ]


def available_sections(db, call, source=None):
    """The sections a background document for this call can have, in their default order:
    from ``source`` (a key of SOURCES) when given, else the best source the call has."""
    scope = callscope.of(db, call)
    if source in ("final", "candidates"):
        return theme_sections(db, scope, source)
    if source == "areas":
        return area_sections(db, scope)
    if source == "all":
        return single_section(db, scope)
    return theme_sections(db, scope) or area_sections(db, scope) or single_section(db, scope)
