"""Versioned schema migrations.

Each module ``mNNNN_name.py`` in this package defines ``VERSION`` (its NNNN) and ``SQL``
(a script of statements). ``migrate`` applies, in order and each in one transaction, the
ones a database has not seen yet, so a database made by an older version opens in a newer
one. Never edit a migration that has shipped: add a new one.
"""

import functools
import importlib
import pkgutil


@functools.lru_cache(maxsize=1)
def available():
    """(version, module) for every migration module, oldest first."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append((module.VERSION, module))
    return tuple(sorted(found, key=lambda pair: pair[0]))


def current_version(conn):
    exists = conn.execute(
        "select 1 from sqlite_master where type='table' and name='schema_migrations'"
    ).fetchone()
    if not exists:
        return 0
    return conn.execute("select max(version) from schema_migrations").fetchone()[0] or 0


def _apply(conn, version, sql):
    # executescript commits first and runs statements as given: BEGIN ... COMMIT makes the
    # whole migration atomic, triggers (with their inner semicolons) included.
    try:
        conn.executescript(
            f"begin immediate;\n{sql}\n;"
            f"insert into schema_migrations (version, applied_at) values ({int(version)}, datetime('now'));"
            "\ncommit;"
        )
    except Exception:
        if conn.in_transaction:
            conn.rollback()
        raise


def applied(conn):
    return {row[0] for row in conn.execute("select version from schema_migrations")}


def migrate(conn):
    """Bring ``conn`` (a sqlite3 connection) up to the newest schema; returns its version.

    Every migration not yet recorded is applied, in order, even one numbered below the
    newest applied: features developed side by side may land in any order.
    """
    if current_version(conn) and applied(conn) >= {v for v, _ in available()}:
        return current_version(conn)  # up to date: opening writes nothing, takes no lock
    conn.execute(
        "create table if not exists schema_migrations (version integer primary key, applied_at text)"
    )
    conn.commit()
    done = applied(conn)
    for version, module in available():
        if version not in done:
            _apply(conn, version, module.SQL)
    return current_version(conn)
