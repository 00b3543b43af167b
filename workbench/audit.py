"""Append-only audit log of every change people make (who, when, what, old -> new).

The owner of the ``audit_log`` table, and a leaf: every module that changes something imports
it, so it imports nothing of the workbench but the stores' query helpers.
"""

from .stores.sql import rows

COLUMNS = "id, at, user, action, entity, entity_id, field, old_value, new_value"
FILTERS = ("user", "action", "entity", "entity_id")  # the columns lines are filtered by


def record(db, user, action, entity, entity_id=None, field=None, old=None, new=None):
    """Add one line; call inside the transaction that makes the change."""
    db.conn.execute(
        "insert into audit_log (user, action, entity, entity_id, field, old_value, new_value) "
        "values (?, ?, ?, ?, ?, ?, ?)",
        [
            user or "unknown",
            action,
            entity,
            entity_id,
            field,
            None if old is None else str(old),
            None if new is None else str(new),
        ],
    )


def history(db, entity=None, entity_id=None, limit=500):
    """The lines about one table (and one of its rows), newest first."""
    return lines(db, entity=entity, entity_id=entity_id, limit=limit)


def lines(db, since=None, limit=500, **equal):
    """The log, newest first, from ``since`` (an ISO time) on; each of ``equal`` (a FILTERS
    column) is one value or a list of values; None or empty means any."""
    sql, params = _where(equal)
    if since:
        sql += " and at >= ?"
        params.append(str(since))
    return rows(
        db,
        f"select {COLUMNS} from audit_log where 1=1{sql} order by id desc limit ?",
        params + [limit],
    )


def _where(equal):
    """The filter of ``lines``: ' and column in (?, ...)' per column given, and its values."""
    sql, params = "", []
    for column, value in equal.items():
        if column not in FILTERS:
            raise ValueError(f"the audit log is not filtered by '{column}'")
        values = [value] if isinstance(value, (str, int)) else list(value or [])
        if value == "" or not values:
            continue  # no filter on this column
        sql += f" and {column} in ({', '.join('?' * len(values))})"
        params += values
    return sql, params


def choices(db):
    """Distinct users, actions and tables in the log, for filter widgets."""
    return {
        column: [
            r["v"] for r in rows(db, f"select distinct {column} as v from audit_log order by v")
        ]
        for column in ("user", "action", "entity")
    }


def old_values(db, entity, entity_id, field):
    """The distinct non-empty values a row's ``field`` had before people changed it."""
    return [
        r["value"]
        for r in rows(
            db,
            "select distinct old_value as value from audit_log where entity = ? and entity_id = ? "
            "and field = ? and old_value <> ''",
            [entity, entity_id, field],
        )
    ]
