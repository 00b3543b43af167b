"""Suggested links between notes and a call's themes, submissions and passages.

Each kind gets its own places (themes would otherwise never show: a whole theme scores
lower than its best passage), and a note is offered one passage per submission. Notes and
passages are compared in the space the themes are built in (themes.cluster.Space: lemmas
without each language's stop words, centred per language, plus the multilingual concept
dictionary), so a Spanish note finds an English passage on the same concept and does not
match Spanish passages on "de", "la", "los". A theme or a submission is the mean of its
passages.

An assistant accepts a suggestion (it becomes a link) or rejects it; the decision is kept,
so a rejected pair is never suggested again and an accepted one is not proposed twice.
"""

import base64
from collections import defaultdict

import numpy as np

from .. import audit, callscope, derived, store
from .. import language as languages
from ..stores.notes import (
    decided_suggestions,
    get_suggestion,
    linked_pairs,
    pending_suggestions,
    save_suggestion,
    set_suggestion_status,
)
from . import links, notebook

KINDS = ("theme", "submission", "passage")
PER_KIND = {"theme": 2, "submission": 3, "passage": 3}
MIN_SCORE = 0.2  # cosine in the themes' space; below it the pair shares no topic (tests)


def note_text(note):
    return " ".join(str(note.get(f) or "") for f in ("title", "summary", "key_findings", "tags"))


def call_themes(db, scope):
    """The call's themes with their passage ids (the team's view), or [] when it has none."""
    from .. import themes  # loads scikit-learn and spaCy: only when suggestions are made

    return themes.list_themes(db, scope, include_passages=True, team=True)


def note_passages(notes):
    """Notes as passages of the themes' space: their text and its language."""
    found = []
    for note in notes:
        text = note_text(note)
        found.append({"text": text, "language": languages.detect(text)[0] or "en"})
    return found


# What the space of a call's notes and passages was computed by: an edited rule recomputes it.
CODE = ("notes/suggest.py", "themes/cluster.py", "themes/passage_features.py", "data/concepts.csv")


def note_vectors(db, scope, notes):
    """(note vectors, passages, passage vectors) in one themes' space (unit length). The
    space is fitted on the notes and passages together (its words, dimensions and language
    centres depend on all of them), so it is kept in the ``derived`` table until the call's
    passages, the notes' texts or the code change: fitting it is the costly part."""
    call = scope.call
    passages = store.call_passages(db, call["id"])
    texts = note_passages(notes)
    inputs = derived.fingerprint(
        derived.call_passages_inputs(db, call["id"]),
        *(f"{t['language']}:{t['text']}" for t in texts),
        derived.code_version(*CODE),
    )
    stored = derived.get(db, "suggestion_space", call["id"], inputs)
    if stored is None:
        from ..themes.cluster import Space

        vectors = Space(texts + passages).vectors
        derived.put(db, "suggestion_space", call["id"], inputs, packed(vectors))
    else:
        vectors = unpacked(stored)
    return vectors[: len(notes)], passages, vectors[len(notes) :]


def packed(vectors):
    """A float32 matrix as JSON: its shape and its bytes (base64), read back bit for bit."""
    data = np.ascontiguousarray(vectors, dtype=np.float32)
    return {"shape": list(data.shape), "float32": base64.b64encode(data.tobytes()).decode()}


def unpacked(value):
    data = np.frombuffer(base64.b64decode(value["float32"]), dtype=np.float32)
    return data.reshape(value["shape"])


def targets(db, scope, passages, vectors):
    """{kind: ([(target_id, label)], matrix of their unit vectors, one row each)}: themes and
    submissions as their passages' mean. Stacked once, so a note is scored by one product."""
    row_of = {p["id"]: r for r, p in enumerate(passages)}
    by_submission = defaultdict(list)
    for r, p in enumerate(passages):
        by_submission[p["submission_id"]].append(r)
    themes = []
    for theme in call_themes(db, scope):
        rows = [
            row_of[m["passage_id"]]
            for m in theme.get("passages") or []
            if m.get("passage_id") in row_of
        ]
        if rows:
            themes.append(((int(theme["id"]), theme.get("label") or ""), _mean(vectors[rows])))
    submissions = [((sid, ""), _mean(vectors[rows])) for sid, rows in by_submission.items()]
    return {
        "theme": _stacked(themes, vectors.shape[1]),
        "submission": _stacked(submissions, vectors.shape[1]),
        "passage": ([(p["id"], "") for p in passages], vectors),
    }


def _stacked(found, width):
    matrix = np.vstack([v for _, v in found]) if found else np.zeros((0, width), np.float32)
    return [t for t, _ in found], matrix


def _mean(rows):
    centre = rows.mean(axis=0)
    norm = float(np.linalg.norm(centre))
    return centre / norm if norm else centre


def decided_pairs(db):
    """Pairs already linked or already decided: never suggested again."""
    return {
        (r["note_id"], r["target_type"], r["target_id"])
        for r in linked_pairs(db) + decided_suggestions(db)
    }


def best_targets(note_id, note_vector, kind, found, skip, submission_of=None):
    """[((target_id, label), score)] of one kind for one note, best first: new pairs above
    MIN_SCORE, at most PER_KIND[kind], and for passages at most one per submission
    (``submission_of``: {passage id: submission id})."""
    entries, matrix = found
    if not entries:
        return []
    scores = matrix @ note_vector
    kept, seen = [], set()
    for j in np.argsort(-scores, kind="stable"):
        target, score = entries[j], float(scores[j])
        if score < MIN_SCORE or len(kept) == PER_KIND[kind]:
            break
        owner = (submission_of or {}).get(target[0]) if kind == "passage" else None
        if (note_id, kind, target[0]) in skip or (owner is not None and owner in seen):
            continue
        seen.add(owner)
        kept.append((target, score))
    return kept


def suggest_links(db, call, report_only=False):
    """Store the best new pending suggestions of each kind per note for ``call`` (a CallScope,
    or its slug); returns how many are pending."""
    scope = callscope.of(db, call)
    call = scope.call
    notes = notebook.list_notes(db)
    if report_only and call["report_id"]:
        notes = [n for n in notes if n["report_id"] in (None, call["report_id"])]
    if not notes or not store.call_passages(db, call["id"]):
        return 0
    note_vecs, passages, vectors = note_vectors(db, scope, notes)
    found, skip = targets(db, scope, passages, vectors), decided_pairs(db)
    submission_of = {p["id"]: p["submission_id"] for p in passages}
    with store.transaction(db):
        for note, vector in zip(notes, note_vecs):
            for kind in KINDS:
                for (target_id, label), score in best_targets(
                    note["id"], vector, kind, found[kind], skip, submission_of
                ):
                    save_pending(db, call["id"], note["id"], (kind, target_id, "", label), score)
    return len(pending(db, scope))


def save_pending(db, call_id, note_id, target, score):
    target_type, target_id, _, label = target
    save_suggestion(db, call_id, note_id, target_type, target_id, label, score)


def pending(db, call=None, note_id=None):
    """Pending suggestions of ``call`` (a CallScope, or its slug; None: every call), best
    first, each described for a person to decide on."""
    call_id = callscope.of(db, call).id if call else None
    found = []
    for row in pending_suggestions(db, call_id, note_id):
        text = links.describe(db, row)
        if text is not None:
            found.append({**row, "description": text})
    return found


def decide(db, suggestion_id, accept, user="unknown"):
    """Accept (the pair becomes a link) or reject (remembered) one suggestion."""
    row = get_suggestion(db, suggestion_id)
    status = "accepted" if accept else "rejected"
    with store.transaction(db):
        set_suggestion_status(db, suggestion_id, status, user)
        audit.record(
            db,
            user,
            f"{status[:-2]}_suggestion",
            "link_suggestions",
            suggestion_id,
            "status",
            "pending",
            status,
        )
        if accept:
            links.add_link(
                db,
                row["note_id"],
                row["target_type"],
                row["target_id"],
                "suggestion",
                label=row["target_label"],
                user=user,
            )
    return get_suggestion(db, suggestion_id)


def accept(db, suggestion_id, user="unknown"):
    return decide(db, suggestion_id, True, user)


def reject(db, suggestion_id, user="unknown"):
    return decide(db, suggestion_id, False, user)
