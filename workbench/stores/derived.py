"""The ``derived`` table (migrations m0012, m0013): values kept between runs with the
fingerprint of their inputs, and the cheap reads those fingerprints are made of. When an
entry is still valid is decided in workbench/derived.py."""

from .sql import one, rows

CHUNK = 500  # ids per query: SQLite's limit on bound parameters is far above


def read_entry(db, kind, key):
    """The stored inputs and value (JSON) of (kind, key), or None."""
    return one(db, "select inputs, value from derived where kind = ? and key = ?", [kind, key])


def read_entries(db, kind, keys):
    """key, inputs and value of the stored entries of ``kind`` among ``keys``."""
    return _select(db, "key, inputs, value", kind, keys)


def read_entry_inputs(db, kind, keys):
    """key and inputs (not the value) of the stored entries of ``kind`` among ``keys``."""
    return _select(db, "key, inputs", kind, keys)


def _select(db, columns, kind, keys):
    found = []
    for chunk in _chunks(keys):
        found += rows(
            db,
            f"select {columns} from derived where kind = ? and key in ({_marks(chunk)})",
            [kind, *chunk],
        )
    return found


def write_entries(db, entries):
    """Store [(kind, key, inputs, value JSON)], replacing older entries; the caller commits."""
    db.conn.executemany(
        "insert into derived (kind, key, inputs, value, computed_at) values (?, ?, ?, ?, datetime('now')) "
        "on conflict (kind, key) do update set inputs = excluded.inputs, value = excluded.value, "
        "computed_at = excluded.computed_at",
        entries,
    )


def submission_identity_columns(db, submission_ids):
    """What a submission's identity is read from (version, content hash, submitter, source,
    country, status), by id."""
    found = []
    for chunk in _chunks(submission_ids):
        found += rows(
            db,
            "select id, version, content_hash, submitter, source, country, status "
            f"from submissions where id in ({_marks(chunk)})",
            chunk,
        )
    return found


def call_passages_summary(db, call_id):
    """(the call's counted submissions as 'id:content hash,...', passage count, sum of ids,
    largest id): what says its passages are the same as before."""
    submissions = db.conn.execute(
        "select group_concat(id || ':' || coalesce(content_hash, ''), ',') from "
        "(select id, content_hash from submissions where call_id = ? and status = 'ok' and excluded = 0 order by id)",
        [call_id],
    ).fetchone()[0]
    passages = db.conn.execute(
        "select count(*), coalesce(sum(p.id), 0), coalesce(max(p.id), 0) from passages p "
        "join submissions s on s.id = p.submission_id where s.call_id = ? and s.status = 'ok' and s.excluded = 0",
        [call_id],
    ).fetchone()
    return (submissions or "", *passages)


def _chunks(values):
    values = list(values)
    return [values[start : start + CHUNK] for start in range(0, len(values), CHUNK)]


def _marks(values):
    return ", ".join("?" * len(values))
