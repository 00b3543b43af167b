"""Precedents: a submitter type people confirmed or corrected decides the type of the same
submitter's other submissions and of near-duplicates of the reviewed submission (form letters
of one network, compared in their own words as campaigns are: themes/campaigns.py), in this
call or a later one. The evidence says which decision it follows, who made it and when.
"""

import functools

from .. import store
from . import tag_store

SAME_SUBMITTER = "the same submitter"
NEAR_DUPLICATE = "a near-duplicate of it"


def precedent(db, submission_id, name):
    """The reviewed submission whose type decides this one's (a row with ``why``), or None."""
    same = tag_store.known_submitter(db, name)
    if same and same["id"] != submission_id:
        return {**same, "why": SAME_SUBMITTER}
    return near_duplicate(db, submission_id)


def near_duplicate(db, submission_id):
    """The latest reviewed submission that shares a template with this one, or None."""
    reviewed = _reviewed_shingles(db, tag_store.reviewed_types_version(db))
    if not reviewed:
        return None
    from ..themes.campaigns import shares_template  # themes load spaCy's tables: when needed

    own = _shingles(db, submission_id)
    for row, theirs in reviewed:
        if row["id"] != submission_id and shares_template(own, theirs):
            return {**row, "why": NEAR_DUPLICATE}
    return None


@functools.lru_cache(maxsize=4)
def _reviewed_shingles(db, version):
    """[(reviewed row, its shingles)], read again only when a review changes (``version``):
    ingest tags thousands of submissions against the same reviews."""
    return [(row, _shingles(db, row["id"])) for row in tag_store.reviewed_types(db)]


def _shingles(db, submission_id):
    # The module, not the package's function of the same name (themes.campaigns).
    from ..themes.campaigns import own_text, shingles

    return set(shingles(own_text(store.submission_passages(db, submission_id))))


def evidence(known):
    """'corrected earlier for #12 by ana on 2026-11-30 (a near-duplicate of it)'. The other
    submission's name is given only when it is this one's own (never another submitter's)."""
    whose = f" '{known['submitter']}'" if known["why"] == SAME_SUBMITTER else ""
    who, when = known.get("updated_by") or "a reviewer", (known.get("updated_at") or "")[:10]
    return f"{known['state']} earlier for #{known['id']}{whose} by {who} on {when} ({known['why']})"
