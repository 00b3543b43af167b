"""The ``user_choices`` table (migration m0019): what each person last chose (the call they
work on), so that their next session starts there."""

from .sql import one


def remember(db, user, name, value):
    """Keep ``value`` as ``user``'s last ``name`` (the caller commits)."""
    db.conn.execute(
        "insert into user_choices (user, name, value) values (?, ?, ?) on conflict (user, name) "
        "do update set value = excluded.value, chosen_at = datetime('now')",
        [user, name, value],
    )


def last(db, user, name):
    """``user``'s last ``name``, or None."""
    found = one(db, "select value from user_choices where user = ? and name = ?", [user, name])
    return found["value"] if found else None
