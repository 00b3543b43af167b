"""Versioned schema migrations.

Each module ``mNNNN_name.py`` in this package defines ``VERSION`` (its NNNN) and ``SQL``
(a script of statements). ``migrate`` applies, in order and each in one transaction, the
ones a database has not seen yet, so a database made by an older version opens in a newer
one. Never edit a migration that has shipped: add a new one.

This package also owns the questions asked of a database's schema (``sqlite_master``,
``schema_migrations``, row counts), here for backup.py's manifest and checks.
"""

import functools
import importlib
import pkgutil
import sqlite3

MIGRATIONS_TABLE = (
    "create table if not exists schema_migrations (version integer primary key, applied_at text)"
)


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
    conn.execute(MIGRATIONS_TABLE)
    conn.commit()
    done = applied(conn)
    for version, module in available():
        if version not in done:
            _apply(conn, version, module.SQL)
    return current_version(conn)


def table_counts(conn):
    """{table: rows} of every ordinary table (FTS shadow tables included: they must match too)."""
    names = [
        r[0]
        for r in conn.execute("select name from sqlite_master where type = 'table' order by name")
    ]
    return {name: conn.execute(f'select count(*) from "{name}"').fetchone()[0] for name in names}


def schema_objects(conn):
    """{(type, name): (sql, sorted column names for a table)} of everything but SQLite's own objects."""
    found = {}
    for kind, name, sql in conn.execute(
        "select type, name, sql from sqlite_master where name not like 'sqlite_%'"
    ):
        columns = ()
        if kind == "table":
            columns = tuple(
                sorted(
                    row[1]
                    for row in conn.execute(f'pragma table_info("{name.replace(chr(34), "")}")')
                )
            )
        found[(kind, name)] = (sql or "", columns)
    return found


def reference_schema(versions):
    """The schema objects a database with exactly these migrations applied has."""
    reference = sqlite3.connect(":memory:")
    try:
        reference.execute(MIGRATIONS_TABLE)
        for version, module in available():
            if version in versions:
                reference.executescript(module.SQL)
        return schema_objects(reference)
    finally:
        reference.close()
