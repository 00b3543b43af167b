"""Derived data kept between runs (migration ``derived``): what is costly to compute from
stored submissions and changes only when they change — a call's campaigns, a withheld
submitter's identity. Each entry records a fingerprint of the inputs it was computed from
(and of the code that computed it); ``get`` gives it back only while that fingerprint
still holds, so a changed input means a recomputation, never a stale answer.
All SQL of the ``derived`` table is here.
"""

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from . import store

PACKAGE = Path(__file__).resolve().parent


def get(db, kind, key, inputs):
    """The stored value for (kind, key) if it was computed from ``inputs``, else None."""
    found = store.one(
        db, "select inputs, value from derived where kind = ? and key = ?", [kind, str(key)]
    )
    return json.loads(found["value"]) if found and found["inputs"] == inputs else None


def get_many(db, kind, inputs_by_key):
    """{key: value} for the keys whose stored entry was computed from the given inputs."""
    found, keys = {}, [str(k) for k in inputs_by_key]
    wanted = {str(k): v for k, v in inputs_by_key.items()}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        for row in store.rows(
            db,
            f"select key, inputs, value from derived where kind = ? and key in "
            f"({', '.join('?' * len(chunk))})",
            [kind, *chunk],
        ):
            if row["inputs"] == wanted[row["key"]]:
                found[row["key"]] = json.loads(row["value"])
    return found


def put_many(db, kind, entries):
    """Store [(key, inputs, value)]; inside the caller's transaction if there is one."""
    rows = [
        (kind, str(key), inputs, json.dumps(value, ensure_ascii=False))
        for key, inputs, value in entries
    ]
    if not rows:
        return
    sql = (
        "insert into derived (kind, key, inputs, value, computed_at) values (?, ?, ?, ?, datetime('now')) "
        "on conflict (kind, key) do update set inputs = excluded.inputs, value = excluded.value, "
        "computed_at = excluded.computed_at"
    )
    if db.conn.in_transaction:
        db.conn.executemany(sql, rows)
        return
    with store.transaction(db):
        db.conn.executemany(sql, rows)


def put(db, kind, key, inputs, value):
    put_many(db, kind, [(key, inputs, value)])


def fingerprint(*parts):
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


@lru_cache(maxsize=None)
def code_version(*modules):
    """A fingerprint of the source of the modules that compute a kind of entry (paths under
    workbench/): an edited rule recomputes what it derived."""
    digest = hashlib.sha256()
    for module in modules:
        digest.update((PACKAGE / module).read_bytes())
    return digest.hexdigest()[:16]


def submission_inputs(db, submission_ids):
    """{id: what a submission's identity is read from}: its version, content, name, source and country."""
    found, ids = {}, [int(i) for i in submission_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in store.rows(
            db,
            "select id, version, content_hash, submitter, source, country, status "
            f"from submissions where id in ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            found[row["id"]] = fingerprint(
                row["version"],
                row["content_hash"],
                row["submitter"],
                row["source"],
                row["country"],
                row["status"],
            )
    return found


def call_passages_inputs(db, call_id):
    """What a call's passages are (the passages of its ok, counted submissions): their
    submissions' contents and every passage id, in one fingerprint."""
    subs = db.conn.execute(
        "select group_concat(id || ':' || coalesce(content_hash, ''), ',') from "
        "(select id, content_hash from submissions where call_id = ? and status = 'ok' and excluded = 0 order by id)",
        [call_id],
    ).fetchone()[0]
    passages = db.conn.execute(
        "select count(*), coalesce(sum(p.id), 0), coalesce(max(p.id), 0) from passages p "
        "join submissions s on s.id = p.submission_id where s.call_id = ? and s.status = 'ok' and s.excluded = 0",
        [call_id],
    ).fetchone()
    return fingerprint(subs or "", *passages)
