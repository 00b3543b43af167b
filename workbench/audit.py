"""Append-only audit log of every change people make (who, when, what, old -> new)."""

from . import store


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
    sql, params = "select * from audit_log where 1=1", []
    if entity:
        sql += " and entity = ?"
        params.append(entity)
    if entity_id is not None:
        sql += " and entity_id = ?"
        params.append(entity_id)
    return store.rows(db, sql + " order by id desc limit ?", params + [limit])
