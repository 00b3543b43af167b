"""Query helpers for the stores: rows as dicts, at most one row, exactly one row. Other
library modules and pages ask a store by a named function (only tests that look at a table
directly import these). A leaf: it imports nothing of the workbench."""


def rows(db, sql, params=()):
    """Run a read query and return a list of dicts."""
    cursor = db.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def one(db, sql, params=()):
    """The first row, or None."""
    found = rows(db, sql, params)
    return found[0] if found else None


def the_one(db, sql, params, missing):
    """The first row; ``missing`` (an exception naming what was asked for) when there is none."""
    found = one(db, sql, params)
    if found is None:
        raise missing
    return found
