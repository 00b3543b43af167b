"""Rows people edit under an optimistic lock (``submissions``, ``notes``): the one way such a
row changes. Each has a ``version``; an editor saves against the version they loaded, so
someone who saved in between gives them a conflict instead of a silent loss. Every write
raises the version and records what changed in the audit log, in the caller's transaction."""

from .. import audit
from ..errors import ConflictError

TABLES = ("submissions", "notes")  # the tables with version and updated_at columns


def check_version(what, current, expected_version):
    """ConflictError (carrying the current values) unless ``current`` is the version loaded."""
    if current["version"] != expected_version:
        raise ConflictError(
            f"{what} was changed by someone else since you opened it "
            f"(version {current['version']}, yours {expected_version}): reload to see their values",
            current=current,
        )


def save_edit(db, table, what, current, changes, expected_version, user, action, unlogged=()):
    """Save a person's ``changes`` to ``current`` (its row as they loaded it is checked
    against ``expected_version``): only the fields that differ are written and logged
    (``unlogged``: derived columns written but not logged)."""
    check_version(what, current, expected_version)
    changed = {k: v for k, v in changes.items() if current.get(k) != v}
    log = [(user, action, f, current.get(f), v) for f, v in changed.items() if f not in unlogged]
    write(db, table, current["id"], changed, log)


def write(db, table, row_id, values, log=()):
    """Write ``values`` ({column: value}) to a row, raise its version and add the audit ``log``
    lines ((user, action, field, old, new) each)."""
    if table not in TABLES:
        raise ValueError(f"{table} has no version: use its store")
    for user, action, field, old, new in log:
        audit.record(db, user, action, table, row_id, field, old, new)
    assignments = "".join(f"{field} = :{field}, " for field in values)
    db.conn.execute(
        f"update {table} set {assignments}version = version + 1, "
        "updated_at = datetime('now') where id = :id",
        {**values, "id": row_id},
    )
