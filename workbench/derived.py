"""Derived data kept between runs (migration ``derived``): what is costly to compute from
stored submissions and changes only when they change — a call's campaigns, a withheld
submitter's identity. Each entry records a fingerprint of the inputs it was computed from
(and of the code that computed it); ``get`` gives it back only while that fingerprint
still holds, so a changed input means a recomputation, never a stale answer.
The SQL of the ``derived`` table is in workbench/stores/derived.py.
"""

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from . import store
from .stores.derived import (
    call_passages_summary,
    read_entries,
    read_entry,
    submission_identity_columns,
    write_entries,
)

PACKAGE = Path(__file__).resolve().parent


def get(db, kind, key, inputs):
    """The stored value for (kind, key) if it was computed from ``inputs``, else None."""
    found = read_entry(db, kind, str(key))
    return json.loads(found["value"]) if found and found["inputs"] == inputs else None


def latest(db, kind, key):
    """The stored value for (kind, key) whatever it was computed from, or None: for work
    that reuses its still valid parts (the value says what they were computed by)."""
    found = read_entry(db, kind, str(key))
    return json.loads(found["value"]) if found else None


def get_many(db, kind, inputs_by_key):
    """{key: value} for the keys whose stored entry was computed from the given inputs."""
    wanted = {str(k): v for k, v in inputs_by_key.items()}
    return {
        key: value
        for key, (inputs, value) in latest_many(db, kind, wanted).items()
        if inputs == wanted[key]
    }


def latest_many(db, kind, keys):
    """{key: (inputs, value)} of the stored entries among ``keys``, whatever they were
    computed from (see ``latest``)."""
    return {
        row["key"]: (row["inputs"], json.loads(row["value"]))
        for row in read_entries(db, kind, [str(k) for k in keys])
    }


def put_many(db, kind, entries):
    """Store [(key, inputs, value)]; inside the caller's transaction if there is one."""
    rows = [
        (kind, str(key), inputs, json.dumps(value, ensure_ascii=False))
        for key, inputs, value in entries
    ]
    if not rows:
        return
    if db.conn.in_transaction:
        write_entries(db, rows)
        return
    with store.transaction(db):
        write_entries(db, rows)


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
    return {
        row["id"]: fingerprint(
            row["version"],
            row["content_hash"],
            row["submitter"],
            row["source"],
            row["country"],
            row["status"],
        )
        for row in submission_identity_columns(db, [int(i) for i in submission_ids])
    }


def call_passages_inputs(db, call_id):
    """What a call's passages are (the passages of its ok, counted submissions): their
    submissions' contents and every passage id, in one fingerprint."""
    return fingerprint(*call_passages_summary(db, call_id))
