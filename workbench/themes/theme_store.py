"""All SQL of the themes tables (migration m0004): themes, their passages, clustering runs."""

import json

from ..errors import NotFound
from ..stores.sql import one, rows, the_one


def insert_theme(db, call_id, label, terms, status, origin, concept=None, query=None):
    return db.conn.execute(
        "insert into themes (call_id, label, terms, concept, status, origin, query, position) "
        "values (?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from themes where call_id = ?))",
        [
            call_id,
            label,
            json.dumps(terms, ensure_ascii=False),
            concept,
            status,
            origin,
            query,
            call_id,
        ],
    ).lastrowid


def add_members(db, theme_id, members, seed=False):
    """members: [(passage_id, weight)]; an existing row keeps the larger weight."""
    db.conn.executemany(
        "insert into theme_passages (theme_id, passage_id, weight, seed) values (?, ?, ?, ?) "
        "on conflict (theme_id, passage_id) do update set weight = max(weight, excluded.weight), "
        "seed = max(seed, excluded.seed)",
        [(theme_id, pid, float(w), int(seed)) for pid, w in members],
    )


def make_seeds(db, theme_id):
    """A person accepted the theme as it stands: its passages now define it."""
    db.conn.execute("update theme_passages set seed = 1 where theme_id = ?", [theme_id])


def clear_mapped(db, call_id):
    """Drop the machine's mapping of final themes, keeping what people decided (seeds)."""
    db.conn.execute(
        "delete from theme_passages where seed = 0 and theme_id in "
        "(select id from themes where call_id = ? and status = 'final')",
        [call_id],
    )


def delete_theme(db, theme_id):
    db.conn.execute("delete from themes where id = ?", [theme_id])


def delete_candidates(db, call_id):
    db.conn.execute("delete from themes where call_id = ? and status = 'candidate'", [call_id])


def update_theme(db, theme_id, **fields):
    assignments = ", ".join(f"{name} = :{name}" for name in fields)
    db.conn.execute(
        f"update themes set {assignments}, updated_at = datetime('now') where id = :id",
        {**fields, "id": theme_id},
    )


def get_theme(db, theme_id):
    """The theme; NotFound when there is none."""
    return _decoded(
        the_one(
            db, "select * from themes where id = ?", [theme_id], NotFound(f"no theme {theme_id}")
        )
    )


def call_themes(db, call_id, statuses=("candidate", "final")):
    marks = ",".join("?" * len(statuses))
    found = rows(
        db,
        "select t.*, count(tp.passage_id) as size, count(distinct p.submission_id) as n_submissions "
        "from themes t left join theme_passages tp on tp.theme_id = t.id "
        "left join passages p on p.id = tp.passage_id "
        f"where t.call_id = ? and t.status in ({marks}) group by t.id order by t.status desc, t.position, t.id",
        [call_id, *statuses],
    )
    return [_decoded(t) for t in found]


def call_theme_rows(db, call_id, statuses, theme_id=None):
    """The call's themes (or the one ``theme_id``) as call_themes orders them, without its
    counts (list_themes counts from member_groups: the join was a third of a page run)."""
    marks = ",".join("?" * len(statuses))
    only = " and id = ?" if theme_id is not None else ""
    found = rows(
        db,
        f"select * from themes where call_id = ? and status in ({marks}){only} "
        "order by status desc, position, id",
        [call_id, *statuses, *([theme_id] if theme_id is not None else [])],
    )
    return [_decoded(t) for t in found]


def theme_members(db, theme_id):
    """A theme's passages with what attribution and charts need of their submission."""
    return rows(
        db,
        "select p.id as passage_id, p.submission_id, p.page, p.seq, p.text, p.language, tp.weight, tp.seed, "
        "s.submitter, s.submitter_type, s.region, s.country, s.confidentiality, s.source "
        "from theme_passages tp join passages p on p.id = tp.passage_id "
        "join submissions s on s.id = p.submission_id where tp.theme_id = ? "
        "order by tp.weight desc, p.id",
        [theme_id],
    )


def member_refs(db, theme_ids):
    """{theme id: its passages (id, submission, page, language, weight) with the text's length
    (``n_chars``), not the text}: a section of a large call holds thousands of passages
    of which a page quotes a few (their texts: ``passage_rows``)."""
    found = {}
    for start in range(0, len(theme_ids), 500):
        chunk = [int(i) for i in theme_ids[start : start + 500]]
        for row in rows(
            db,
            "select tp.theme_id, p.id as passage_id, p.submission_id, p.page, "
            "length(p.text) as n_chars, p.language, tp.weight "
            "from theme_passages tp join passages p on p.id = tp.passage_id "
            f"where tp.theme_id in ({', '.join('?' * len(chunk))}) "
            "order by tp.theme_id, tp.weight desc, p.id",
            chunk,
        ):
            found.setdefault(row.pop("theme_id"), []).append(row)
    return found


def member_groups(db, call_id, statuses, theme_id=None):
    """{theme id: [{submission_id, submitter_type, region, confidentiality, n, n_aside}]}: a
    theme's passages counted per submission (n_aside: procedural ones), for summaries that
    need no passage text; of the one theme ``theme_id`` when given."""
    marks = ",".join("?" * len(statuses))
    only = " and t.id = ?" if theme_id is not None else ""
    found = {}
    for row in rows(
        db,
        "select tp.theme_id, p.submission_id, s.submitter_type, s.region, s.confidentiality, count(*) as n, "
        "count(pp.passage_id) as n_aside from themes t join theme_passages tp on tp.theme_id = t.id "
        "join passages p on p.id = tp.passage_id join submissions s on s.id = p.submission_id "
        "left join procedural_passages pp on pp.passage_id = p.id "
        f"where t.call_id = ? and t.status in ({marks}){only} group by tp.theme_id, p.submission_id",
        [call_id, *statuses, *([theme_id] if theme_id is not None else [])],
    ):
        found.setdefault(row.pop("theme_id"), []).append(row)
    return found


def passage_rows(db, passage_ids):
    """Passages by id (id order): what quotes need of them."""
    ids, found = sorted(int(i) for i in passage_ids), []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found += rows(
            db,
            "select id, submission_id, page, seq, text, language from passages "
            f"where id in ({', '.join('?' * len(chunk))}) order by id",
            chunk,
        )
    return found


def seed_passages(db, call_id):
    """{final theme id: [passage ids people put in it]}, oldest theme first."""
    seeds = {}
    for row in rows(
        db,
        "select t.id, tp.passage_id from themes t join theme_passages tp on tp.theme_id = t.id "
        "where t.call_id = ? and t.status = 'final' and tp.seed = 1 order by t.id, tp.passage_id",
        [call_id],
    ):
        seeds.setdefault(row["id"], []).append(row["passage_id"])
    return seeds


def has_final(db, call_id):
    return (
        one(
            db,
            "select 1 as x from themes where call_id = ? and status = 'final' limit 1",
            [call_id],
        )
        is not None
    )


def submission_labels(db, call_id, status):
    return rows(
        db,
        "select distinct p.submission_id, t.id as theme_id, t.label from themes t "
        "join theme_passages tp on tp.theme_id = t.id join passages p on p.id = tp.passage_id "
        "where t.call_id = ? and t.status = ? order by p.submission_id, t.position, t.id",
        [call_id, status],
    )


def record_run(db, call_id, n_passages, n_candidates, n_mapped, params):
    db.conn.execute(
        "insert into theme_runs (call_id, n_passages, n_candidates, n_mapped, params) values (?, ?, ?, ?, ?)",
        [call_id, n_passages, n_candidates, n_mapped, json.dumps(params)],
    )


def _decoded(theme):
    """Terms are stored per language ({"en": [...], "es": [...]}, the label's language first)
    since issue 12, a plain list before (and for merged or searched themes): ``terms`` is
    the first language's list, ``terms_by_language`` the whole mapping ({} for a list)."""
    terms = json.loads(theme["terms"] or "[]")
    if isinstance(terms, dict):
        return {**theme, "terms": next(iter(terms.values()), []), "terms_by_language": terms}
    return {**theme, "terms": terms, "terms_by_language": {}}


# ---------------------------------------------------------------- procedural passages (m0008)


def replace_procedural(db, call_id, verdicts):
    """Record the call's set-aside passages: verdicts {passage id: procedural.Verdict}."""
    db.conn.execute("delete from procedural_passages where call_id = ?", [call_id])
    db.conn.executemany(
        "insert into procedural_passages (passage_id, call_id, kind, reason, share) values (?, ?, ?, ?, ?)",
        [(pid, call_id, v.kind, v.reason, v.share) for pid, v in verdicts.items()],
    )


def procedural_ids(db, call_id):
    return {
        r["passage_id"]
        for r in rows(db, "select passage_id from procedural_passages where call_id = ?", [call_id])
    }


def procedural_rows(db, call_id):
    """Set-aside passages with their reason, in reading order."""
    return rows(
        db,
        "select pp.passage_id, p.submission_id, p.page, p.seq, p.text, p.language, pp.kind, pp.reason, pp.share "
        "from procedural_passages pp join passages p on p.id = pp.passage_id "
        "where pp.call_id = ? order by p.submission_id, p.seq",
        [call_id],
    )
