"""Proposing themes again after a few new passages (speed, issue 15).

A full proposal fits a feature space and clusters on every passage (``finalise._propose``);
its fitted model is kept (derived 'theme_model': the space, the final themes' centroids and
floors, the candidates' centroids, the proposal it gave and the passages it was fitted on).
While the settings, final themes, code and libraries are those it was fitted with and at most
``REFIT_SHARE`` of the call's passages are new, changed or gone since then, proposing again
keeps the fitted passages' themes and places only the others — mapped to a final theme they
fit, else to the closest candidates, as the fit places its own passages. Candidates keep their
labels and terms; no new candidate arises from so few passages. Past the share, or when
people ask for it (``refresh(refit=True)``, ``themes --refresh --refit``), everything is
fitted again and that becomes the kept model: the result depends on the kept model and the
passages, never on the clock or the order of earlier runs between two fits.
"""

import numpy as np

from . import cluster, procedural, projection

REFIT_SHARE = 0.05  # more new, changed or gone passages than this since the fit: fit again


def passage_keys(passages):
    """{passage id: its language and text's key}: a passage whose substantive text changed
    (other sentences set aside) is placed again."""
    return {str(p["id"]): procedural.text_key(p) for p in passages}


def kept_model(passages, found, placing, themes):
    """What a full proposal keeps (see the module's docstring)."""
    return {"passages": passage_keys(passages), "found": found, "map": placing, "themes": themes}


def changed_share(kept, passages):
    """Share of the call's passages that are new, changed or gone since the kept fit."""
    now, then = passage_keys(passages), kept["passages"]
    changed = sum(then.get(pid) != key for pid, key in now.items())
    gone = sum(pid not in now for pid in then)
    return (changed + gone) / max(1, len(passages))


def extend(kept, passages, seeded=()):
    """The kept proposal with the passages fitted unchanged, the others placed (``placed``:
    how many); None when some passage fits no final theme and no candidate is kept to place
    it in."""
    then = kept["passages"]
    same = {p["id"] for p in passages if then.get(str(p["id"])) == procedural.text_key(p)}
    found = kept["found"]
    mapped = [m for m in found["mapped"] if m[1] in same]
    candidates = [
        {**c, "members": [m for m in c["members"] if m[0] in same]} for c in found["candidates"]
    ]
    others = [p for p in passages if p["id"] not in same]
    placed = len(others)
    if others and kept["map"]:
        others, placed = _map(kept["map"], others, seeded)
        mapped += placed
    if others:
        if not kept["themes"]:
            return None
        places = cluster.ThemeModel.place(kept["themes"], others)
        for row in sorted(places):
            for position, weight in places[row]:
                candidates[position]["members"].append([others[row]["id"], weight])
    kept_candidates = [c for c in candidates if c["members"]]
    return {"mapped": mapped, "candidates": kept_candidates, "placed": placed}


def _map(kept, passages, seeded):
    """(passages that fit no final theme and are no seed, [[theme id, passage id, weight]])."""
    vectors = projection.vectors(kept["space"], passages)
    found, leftovers = cluster.place_by_seeds(
        vectors, projection.unpack(kept["centroids"]), np.asarray(kept["floors"])
    )
    mapped = [[kept["themes"][t], passages[r]["id"], w] for r in sorted(found) for t, w in found[r]]
    return [passages[r] for r in leftovers if passages[r]["id"] not in seeded], mapped
