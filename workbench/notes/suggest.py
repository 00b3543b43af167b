"""Suggested links: TF-IDF cosine between notes and a call's themes and passages.

An assistant accepts a suggestion (it becomes a link) or rejects it; the decision is kept,
so a rejected pair is never suggested again and an accepted one is not proposed twice.
"""

from .. import audit, store
from ..errors import NotFound
from . import links, model

MIN_SCORE = 0.12
PER_NOTE = 5


def note_text(note):
    return " ".join(str(note.get(f) or "") for f in ("title", "summary", "key_findings", "tags"))


def call_themes(db, call_slug):
    """The call's themes if the themes module is there and has some, else []."""
    try:
        from .. import themes

        return themes.list_themes(db, call_slug, include_passages=True) or []
    except (ImportError, AttributeError, NotFound):
        return []


def candidates(db, call_slug):
    """(target_type, target_id, text, label) for every theme and passage of a call."""
    found = []
    for theme in call_themes(db, call_slug):
        words = [theme.get("label") or "", " ".join(theme.get("terms") or [])]
        words += [p.get("text") or "" for p in (theme.get("passages") or [])[:20]]
        found.append(("theme", int(theme["id"]), " ".join(words), theme.get("label") or ""))
    call = store.get_call(db, call_slug)
    found += [("passage", p["id"], p["text"], "") for p in store.call_passages(db, call["id"])]
    return found


def decided_pairs(db):
    """Pairs already linked or already decided: never suggested again."""
    pairs = {
        (r["note_id"], r["target_type"], r["target_id"])
        for r in store.rows(db, "select note_id, target_type, target_id from note_links")
    }
    pairs |= {
        (r["note_id"], r["target_type"], r["target_id"])
        for r in store.rows(
            db,
            "select note_id, target_type, target_id from link_suggestions "
            "where status != 'pending'",
        )
    }
    return pairs


def score_pairs(notes, targets):
    """Cosine similarity of every note with every target over one TF-IDF vocabulary."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    texts = [note_text(n) for n in notes] + [t[2] for t in targets]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(
        texts
    )
    return cosine_similarity(vectors[: len(notes)], vectors[len(notes) :])


def suggest_links(db, call_slug, per_note=PER_NOTE, min_score=MIN_SCORE, report_only=False):
    """Store the best new pending suggestions per note for a call; returns how many are pending."""
    call = store.get_call(db, call_slug)
    notes = model.list_notes(db)
    if report_only and call["report_id"]:
        notes = [n for n in notes if n["report_id"] in (None, call["report_id"])]
    targets = candidates(db, call_slug)
    if not notes or not targets:
        return 0
    scores, skip = score_pairs(notes, targets), decided_pairs(db)
    with store.transaction(db):
        for row, note in enumerate(notes):
            best = sorted(range(len(targets)), key=lambda j: -scores[row, j])
            kept = [
                j
                for j in best
                if scores[row, j] >= min_score
                and (note["id"], targets[j][0], targets[j][1]) not in skip
            ][:per_note]
            for j in kept:
                save_pending(db, call["id"], note["id"], targets[j], float(scores[row, j]))
    return len(pending(db, call_slug))


def save_pending(db, call_id, note_id, target, score):
    target_type, target_id, _, label = target
    db.conn.execute(
        "insert into link_suggestions (call_id, note_id, target_type, target_id, target_label, score) "
        "values (?, ?, ?, ?, ?, ?) on conflict (note_id, target_type, target_id) do update set "
        "score = excluded.score, target_label = excluded.target_label where link_suggestions.status = 'pending'",
        [call_id, note_id, target_type, target_id, label, score],
    )


def pending(db, call_slug=None, note_id=None):
    """Pending suggestions, best first, each described for a person to decide on."""
    sql = (
        "select ls.*, n.title as note_title from link_suggestions ls join notes n on n.id = ls.note_id "
        "where ls.status = 'pending'"
    )
    params = []
    if call_slug:
        sql += " and ls.call_id = ?"
        params.append(store.get_call(db, call_slug)["id"])
    if note_id is not None:
        sql += " and ls.note_id = ?"
        params.append(note_id)
    found = []
    for row in store.rows(db, sql + " order by ls.score desc", params):
        text = links.describe(db, row)
        if text is not None:
            found.append({**row, "description": text})
    return found


def get_suggestion(db, suggestion_id):
    found = store.one(db, "select * from link_suggestions where id = ?", [suggestion_id])
    if found is None:
        raise NotFound(f"no link suggestion {suggestion_id}")
    return found


def decide(db, suggestion_id, accept, user="unknown"):
    """Accept (the pair becomes a link) or reject (remembered) one suggestion."""
    row = get_suggestion(db, suggestion_id)
    status = "accepted" if accept else "rejected"
    with store.transaction(db):
        db.conn.execute(
            "update link_suggestions set status = ?, decided_by = ?, decided_at = datetime('now') "
            "where id = ?",
            [status, user, suggestion_id],
        )
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
