"""The literature-review tables: ``notes`` (with their FTS5 index ``notes_fts``) and
``note_links``. A note's edits go through stores/versioned.py (version and audit); the rules
(fields, duplicates, citations, what may be linked) are in workbench/notes/."""

from ..errors import NotFound
from . import versioned
from .sql import one, rows, the_one

SELECT = (
    "select notes.*, reports.slug as report_slug, reports.title as report_title from notes "
    "left join reports on reports.id = notes.report_id"
)


# ---------------------------------------------------------------- notes


def get_note(db, note_id):
    """The note with its report's slug and title; NotFound when there is none."""
    return the_one(db, f"{SELECT} where notes.id = ?", [note_id], NotFound(f"no note {note_id}"))


def all_notes(db, report_slug=None):
    """Every note (of one report), newest first, with its report's slug and title."""
    sql, params = f"{SELECT} where 1 = 1", []
    if report_slug:
        sql += " and reports.slug = ?"
        params.append(report_slug)
    return rows(db, sql + " order by notes.id desc", params)


def plain_notes(db):
    """Every note's own columns, oldest first."""
    return rows(db, "select * from notes order by id")


def notes_for_report(db, report_id):
    """Notes that serve a report, or are linked to it."""
    return rows(
        db,
        "select distinct n.* from notes n left join note_links l on l.note_id = n.id "
        "where n.report_id = ? or (l.target_type = 'report' and l.target_id = ?) order by n.id",
        [report_id, report_id],
    )


def match_notes(db, query, limit):
    """Notes matching an FTS5 query, best first (sqlite3.OperationalError on bad syntax)."""
    return rows(
        db,
        f"{SELECT} join notes_fts on notes_fts.rowid = notes.id where notes_fts match ? "
        "order by notes_fts.rank limit ?",
        [query, limit],
    )


def note_with_doi(db, doi):
    return one(db, "select * from notes where doi = ?", [doi])


def insert_note(db, row):
    """Insert ``row`` ({column: value}) inside the caller's transaction; returns the new id."""
    names = ", ".join(row)
    marks = ", ".join(f":{k}" for k in row)
    return db.conn.execute(f"insert into notes ({names}) values ({marks})", row).lastrowid


def change_note(db, note_id, values, log=()):
    """Write ``values`` to a note, version + 1, with the audit ``log`` lines (stores/versioned.py)."""
    versioned.write(db, "notes", note_id, values, log)


def delete_note(db, note_id):
    db.conn.execute("delete from notes where id = ?", [note_id])


# ---------------------------------------------------------------- links


def insert_link(db, note_id, target_type, target_id, origin, symbol, label, user):
    """Add a link unless it exists, inside the caller's transaction; True when it is new."""
    cursor = db.conn.execute(
        "insert or ignore into note_links (note_id, target_type, target_id, origin, symbol, target_label, created_by) "
        "values (?, ?, ?, ?, ?, ?, ?)",
        [note_id, target_type, target_id, origin, symbol, label, user],
    )
    return bool(cursor.rowcount)


def delete_link(db, note_id, target_type, target_id):
    """Remove a link, inside the caller's transaction; True when there was one."""
    cursor = db.conn.execute(
        "delete from note_links where note_id = ? and target_type = ? and target_id = ?",
        [note_id, target_type, target_id],
    )
    return bool(cursor.rowcount)


def links_of_note(db, note_id):
    return rows(
        db, "select * from note_links where note_id = ? order by target_type, target_id", [note_id]
    )


def notes_linked_to(db, target_type, target_id):
    """Notes linked to a target; a submission's include those linked to its passages, a
    note's those it links to."""
    sql = (
        "select distinct n.* from notes n join note_links l on l.note_id = n.id "
        "where (l.target_type = ? and l.target_id = ?)"
    )
    params = [target_type, target_id]
    if target_type == "submission":
        sql += " or (l.target_type = 'passage' and l.target_id in (select id from passages where submission_id = ?))"
        params.append(target_id)
    if target_type == "note":
        sql += " or (l.note_id = ? and l.target_type = 'note' and n.id = l.target_id)"
        params.append(target_id)
    return rows(db, sql + " order by n.id", params)


def links_to_targets(db, target_type, target_ids):
    """target_id and note_id of the links to the given targets of one type, by note id."""
    found, ids = [], list(target_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found += rows(
            db,
            "select target_id, note_id from note_links where target_type = ? "
            f"and target_id in ({', '.join('?' * len(chunk))}) order by note_id",
            [target_type, *chunk],
        )
    return found


def linked_pairs(db):
    """(note id, target type, target id) of every link."""
    return rows(db, "select note_id, target_type, target_id from note_links")


# ---------------------------------------------------------------- suggested links


def decided_suggestions(db):
    """(note id, target type, target id) of every suggestion a person accepted or rejected."""
    return rows(
        db,
        "select note_id, target_type, target_id from link_suggestions where status != 'pending'",
    )


def save_suggestion(db, call_id, note_id, target_type, target_id, label, score):
    """Add a pending suggestion, or update its score and label while it is still pending."""
    db.conn.execute(
        "insert into link_suggestions (call_id, note_id, target_type, target_id, target_label, score) "
        "values (?, ?, ?, ?, ?, ?) on conflict (note_id, target_type, target_id) do update set "
        "score = excluded.score, target_label = excluded.target_label where link_suggestions.status = 'pending'",
        [call_id, note_id, target_type, target_id, label, score],
    )


def pending_suggestions(db, call_id=None, note_id=None):
    """Pending suggestions (of one call, for one note) with their note's title, best first."""
    sql = (
        "select ls.*, n.title as note_title from link_suggestions ls join notes n on n.id = ls.note_id "
        "where ls.status = 'pending'"
    )
    params = []
    if call_id is not None:
        sql += " and ls.call_id = ?"
        params.append(call_id)
    if note_id is not None:
        sql += " and ls.note_id = ?"
        params.append(note_id)
    return rows(db, sql + " order by ls.score desc", params)


def get_suggestion(db, suggestion_id):
    """The suggestion; NotFound when there is none."""
    return the_one(
        db,
        "select * from link_suggestions where id = ?",
        [suggestion_id],
        NotFound(f"no link suggestion {suggestion_id}"),
    )


def set_suggestion_status(db, suggestion_id, status, user):
    """Record a person's decision (accepted or rejected), inside the caller's transaction."""
    db.conn.execute(
        "update link_suggestions set status = ?, decided_by = ?, decided_at = datetime('now') "
        "where id = ?",
        [status, user, suggestion_id],
    )
