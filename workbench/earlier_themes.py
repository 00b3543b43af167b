"""A call's themes beside those of earlier calls (issue 14, part 3), matched by what their
passages say, never by their labels: the same subject is often named differently from one
report to the next ("Conversion practices" / "So-called therapies"), and one label can cover
different things.

Every theme's passages are placed in one feature space (themes/cluster.Space: lemmas in each
language, language-neutral concepts), a theme is the centre of its passages, and two themes
match when their centres are alike (cosine ≥ ``MATCH``). A call's final themes are used, else
its candidates (said in ``status``). Labels are shown as shareable outputs print them
(publication.py); no passage text leaves this module.
"""

import numpy as np
from sklearn.preprocessing import normalize

from . import callscope
from .themes import cluster, theme_store

# Centres this alike are one subject. Chosen on generated calls written by two different
# writers (tests/test_earlier_themes.py, so not an unseen measure): themes of one subject scored
# 0.41-0.82 there, themes of different subjects 0.15 at most (two versions of the themes'
# feature space).
MATCH = 0.25
# A theme's centre from its closest passages: enough to place it, and a call of thousands
# of passages is compared in seconds.
PASSAGES_PER_THEME = 200


def beside_earlier(db, call, earlier, min_similarity=MATCH):
    """``call`` beside the ``earlier`` calls (CallScopes, or their slugs):
    {"call", "status", "themes": [{theme, status, passages, matches: {earlier call: (label,
    similarity) | None}}], "not_raised": {earlier call: [labels no theme of this call matches]},
    "earlier_status": {earlier call: final | candidate}}."""
    scope = callscope.of(db, call)
    call_slug = scope.slug
    scopes = {call_slug: scope}
    for other in (callscope.of(db, c) for c in earlier):
        scopes.setdefault(other.slug, other)  # each call once, in the order given
    earlier = [slug for slug in scopes if slug != call_slug]
    found = {slug: _themes(db, scopes[slug]) for slug in scopes}
    centres = _centres([t for slug in found for t in found[slug]["themes"]])
    rows, matched = [], {slug: set() for slug in earlier}
    for theme in found[call_slug]["themes"]:
        matches = {}
        for slug in earlier:
            best = _best(centres, theme, found[slug]["themes"])
            if best and best[1] >= min_similarity:
                matches[slug] = (best[0]["label"], round(best[1], 2))
                matched[slug].add(best[0]["id"])
            else:
                matches[slug] = None
        rows.append(
            {
                "theme": theme["label"],
                "status": theme["status"],
                "passages": theme["size"],
                "matches": matches,
            }
        )
    return {
        "call": call_slug,
        "status": found[call_slug]["status"],
        "themes": rows,
        "earlier_status": {slug: found[slug]["status"] for slug in earlier},
        "not_raised": {
            slug: [
                t["label"]
                for t in found[slug]["themes"]
                if t["id"] not in matched[slug]
                and not _matches_any(centres, t, found[call_slug]["themes"], min_similarity)
            ]
            for slug in earlier
        },
    }


def _themes(db, scope):
    """The call's final themes (else candidates) with their passages, labels as shared."""
    status = "final" if theme_store.has_final(db, scope.id) else "candidate"
    pub = scope.publication
    themes = []
    for theme in theme_store.call_themes(db, scope.id, (status,)):
        members = theme_store.theme_members(db, theme["id"])[:PASSAGES_PER_THEME]
        themes.append(
            {
                "id": theme["id"],
                "label": pub.label(theme["label"]),
                "status": status,
                "size": theme["size"],
                "passages": [
                    {"id": m["passage_id"], "text": m["text"], "language": m["language"]}
                    for m in members
                ],
            }
        )
    return {"status": status, "themes": themes}


def _centres(themes):
    """{theme id: unit vector}: the mean of its passages in one space fitted on all of them."""
    passages = {p["id"]: p for t in themes for p in t["passages"]}
    if len(passages) < 2:
        return {}
    ids = list(passages)
    vectors = cluster.Space([passages[i] for i in ids]).vectors
    row = {pid: r for r, pid in enumerate(ids)}
    return {
        t["id"]: normalize(vectors[[row[p["id"]] for p in t["passages"]]].mean(axis=0)[None])[0]
        for t in themes
        if t["passages"]
    }


def similarity(centres, a, b):
    """Cosine of two themes' centres, or None when one has no passages."""
    if a["id"] not in centres or b["id"] not in centres:
        return None
    return float(np.dot(centres[a["id"]], centres[b["id"]]))


def _best(centres, theme, others):
    scored = [(o, similarity(centres, theme, o)) for o in others]
    scored = [(o, s) for o, s in scored if s is not None]
    return max(scored, key=lambda pair: pair[1]) if scored else None


def _matches_any(centres, theme, others, min_similarity):
    best = _best(centres, theme, others)
    return bool(best and best[1] >= min_similarity)
