"""Campaigns: submissions that share a template (form letters, near-duplicates).

Each submission becomes a set of hashed word 5-gram shingles; two submissions belong
together when most of the smaller one's shingles also occur in the larger one
(containment), which holds for a form letter with a personal paragraph added. Groups are
connected components of that relation. A campaign counts once in theme prevalence.
"""

import re
from collections import defaultdict

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import HashingVectorizer

from .. import derived, publication, store

SHINGLE = 5
MIN_SHINGLES = 30  # shorter texts are too short to call a template
MIN_CONTAINMENT = 0.6  # share of the smaller text's shingles found in the other
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text):
    """Word 5-grams of the text, lower-cased, digits folded (dates and counts vary)."""
    words = [re.sub(r"\d", "0", w) for w in WORD.findall(text.lower())]
    return [" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))]


def template_groups(texts, min_containment=MIN_CONTAINMENT):
    """Lists of indexes of ``texts`` that share a template (groups of two or more)."""
    if len(texts) < 2:
        return []
    vectorizer = HashingVectorizer(
        analyzer=shingles, n_features=2**22, alternate_sign=False, norm=None, binary=True
    )
    matrix = vectorizer.transform(texts).tocsr()
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    shared = (matrix @ matrix.T).tocoo()
    keep = shared.row < shared.col
    rows, cols, counts = shared.row[keep], shared.col[keep], shared.data[keep]
    smaller = np.minimum(sizes[rows], sizes[cols])
    linked = (smaller >= MIN_SHINGLES) & (counts >= min_containment * smaller)
    return _components(len(texts), rows[linked], cols[linked])


def _components(n, rows, cols):
    adjacency = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(adjacency, directed=False)
    groups = defaultdict(list)
    for index, label in enumerate(labels):
        groups[label].append(index)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))


def submission_passages(db, call_id):
    """{submission id: [passage texts]}, for a call's ok submissions."""
    texts = defaultdict(list)
    for passage in store.call_passages(db, call_id):
        texts[passage["submission_id"]].append(passage["text"])
    return texts


def campaigns(db, call_slug):
    """[{"id", "label", "submission_ids"}]: groups of submissions sharing a template."""
    call = store.get_call(db, call_slug)
    groups = template_campaigns(db, call["id"])
    pub = publication.for_call(db, call_slug) if groups else None
    return [
        {
            "id": number,
            "submission_ids": group["submission_ids"],
            "label": f"{len(group['submission_ids'])} submissions share this template: “{pub.redact(group['opening'])}…”",
        }
        for number, group in enumerate(groups, 1)
    ]


# What stored campaigns were computed by: an edited rule finds them again.
CODE = ("themes/campaigns.py", "store.py")


def template_campaigns(db, call_id):
    """[{"submission_ids", "opening"}] of a call, kept in the ``derived`` table until the
    call's passages change (shingling every passage is the costly part)."""
    inputs = derived.fingerprint(
        derived.call_passages_inputs(db, call_id), derived.code_version(*CODE)
    )
    found = derived.get(db, "campaigns", call_id, inputs)
    if found is None:
        found = find_campaigns(db, call_id)
        derived.put(db, "campaigns", call_id, inputs, found)
    return found


def find_campaigns(db, call_id):
    texts = submission_passages(db, call_id)
    ids = sorted(texts)
    groups = template_groups(["\n".join(texts[i]) for i in ids])
    return [
        {
            "submission_ids": [ids[i] for i in group],
            "opening": _shared_opening([texts[ids[i]] for i in group]),
        }
        for group in groups
    ]


def _shared_opening(passage_lists, words=12):
    """The start of the first passage that several members share (not one's letterhead)."""

    def norm(text):
        return " ".join(shingles(text)[:3])

    counts = defaultdict(int)
    for passages in passage_lists:
        for key in {norm(p) for p in passages}:
            counts[key] += 1
    shared = [p for p in passage_lists[0] if counts[norm(p)] > 1 and norm(p)]
    return " ".join((shared or passage_lists[0])[0].split()[:words])


def call_voices(db, call_id):
    """{submission id: a key shared by every submission of one campaign} for a call."""
    return voice_of(
        [{"id": n, **group} for n, group in enumerate(template_campaigns(db, call_id), 1)]
    )


def voice_of(campaign_list):
    """{submission id: a key that is the same for every submission of one campaign}."""
    return {sid: f"campaign-{c['id']}" for c in campaign_list for sid in c["submission_ids"]}
