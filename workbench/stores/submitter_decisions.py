"""The ``submitter_decisions`` table (migration m0017): people's word that two submitter keys
are (or are not) the same submitter. The matching itself is in workbench/submitters.py."""

from .sql import rows


def all_decisions(db):
    """Every decision: key_a, key_b (sorted pair) and same (1 or 0)."""
    return rows(db, "select key_a, key_b, same from submitter_decisions")


def keep(db, key_a, key_b, same, user):
    """Record (or change) the decision on a pair, inside the caller's transaction."""
    db.conn.execute(
        "insert into submitter_decisions (key_a, key_b, same, decided_by) values (?, ?, ?, ?) "
        "on conflict (key_a, key_b) do update set same = excluded.same, decided_by = excluded.decided_by, "
        "decided_at = datetime('now')",
        [key_a, key_b, 1 if same else 0, user],
    )
