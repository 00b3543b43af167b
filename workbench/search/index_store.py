"""All SQL of the search index (tables of migration m0016_search)."""

from .. import store
from ..stores.sql import one, rows

PASSAGE_FIELDS = (
    "p.id as passage_id, p.submission_id, p.page, p.seq, p.text, p.language, p.role, "
    "f.name as file, s.source, s.submitter, s.submitter_type, s.region, s.status"
)
NOTE_FIELDS = (
    "n.id, n.title, n.authors, n.year, n.citation, n.url, n.doi, n.summary, n.key_findings, n.tags"
)


def pending(db, kind, limit):
    """Ids of passages or notes waiting to be (re)indexed."""
    return [
        r["id"]
        for r in rows(db, "select id from search_pending where kind = ? limit ?", [kind, limit])
    ]


def passages_to_index(db, ids):
    return rows(db, f"select id, text, language from passages where id in ({_marks(ids)})", ids)


def notes_to_index(db, ids):
    return rows(
        db,
        "select id, title, authors, summary, key_findings, tags, citation "
        f"from notes where id in ({_marks(ids)})",
        ids,
    )


def write_index(db, kind, ids, entries):
    """Replace the index entries of ``ids`` by ``entries`` [(id, stems)] and take them off the queue."""
    table = {"passage": "passage_search", "note": "note_search"}[kind]
    with store.transaction(db):
        db.conn.executemany(f"delete from {table} where rowid = ?", [(i,) for i in ids])
        db.conn.executemany(f"insert into {table} (rowid, stems) values (?, ?)", entries)
        db.conn.executemany(
            "delete from search_pending where kind = ? and id = ?", [(kind, i) for i in ids]
        )


def match_passages(db, expression, call_id, limit):
    """The best ``limit`` passages of a call matching an FTS5 expression, best first."""
    return rows(
        db,
        f"select {PASSAGE_FIELDS} from passage_search x "
        "join passages p on p.id = x.rowid join submissions s on s.id = p.submission_id "
        "join files f on f.id = p.file_id "
        "where passage_search match ? and s.call_id = ? order by x.rank limit ?",
        [expression, call_id, limit],
    )


def count_passages(db, expression, call_id):
    """{submission id: matching passages} of a call for an FTS5 expression."""
    return {
        r["submission_id"]: r["n"]
        for r in rows(
            db,
            "select p.submission_id, count(*) as n from passage_search x "
            "join passages p on p.id = x.rowid join submissions s on s.id = p.submission_id "
            "where passage_search match ? and s.call_id = ? group by p.submission_id",
            [expression, call_id],
        )
    }


def matching_passages_of(db, expression, submission_ids):
    """Every matching passage (id, text, language, submission) of the given submissions."""
    ids = list(submission_ids)
    if not ids:
        return []
    return rows(
        db,
        "select p.id as passage_id, p.submission_id, p.text, p.language from passage_search x "
        "join passages p on p.id = x.rowid "
        f"where passage_search match ? and p.submission_id in ({_marks(ids)})",
        [expression, *ids],
    )


def match_notes(db, expression, limit):
    """The best ``limit`` literature notes matching an FTS5 expression, best first, and how many match."""
    found = rows(
        db,
        f"select {NOTE_FIELDS} from note_search x join notes n on n.id = x.rowid "
        "where note_search match ? order by x.rank limit ?",
        [expression, limit],
    )
    total = one(
        db, "select count(*) as n from note_search where note_search match ?", [expression]
    )["n"]
    return found, total


def call_state(db, call_id):
    """What a call's publication rules are read from, in one cheap row: its submissions (count,
    versions: every edit or review bumps one), newest id, and whether names wait for review."""
    row = one(
        db,
        "select count(*) as n, total(s.version) as versions, max(s.id) as newest, "
        "c.name_after_review from calls c left join submissions s on s.call_id = c.id "
        "where c.id = ?",
        [call_id],
    )
    return tuple(row.values())


def _marks(ids):
    return ", ".join("?" * len(ids))
