"""SQL lives in the stores (issue 13): every other module asks a store by a named function.

A module outside the stores may hold no SQL string and call no ``store.rows``/``store.one``.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "workbench"

# The modules that own tables: their SQL is theirs.
STORES = (
    "workbench/store.py",  # the core tables
    "workbench/*/*_store.py",  # a feature's tables (tag_store, theme_store, index_store)
    "workbench/stores/*.py",  # tables with no older home (users, ...) and the query helpers
    "workbench/migrations/*.py",  # the schema, schema_migrations, sqlite_master
    "workbench/audit.py",  # audit_log (kept its name: every module that changes data imports it)
)
# A statement, not a word of prose that starts like one ("Replace an existing database.").
SQL = re.compile(
    r"""^\s*(
        select\s+(distinct\b|all\b|\*|[\w."]*\*|[\w."]+\s*(,|\bfrom\b|\bas\b)|\w+\s*\(|\d)
      | insert\s+(or\s+\w+\s+)?into\b
      | replace\s+into\b
      | update\s+[\w"]+\s+set\b
      | delete\s+from\b
      | with\s+(recursive\s+)?\w+(\s*\([^)]*\))?\s+as\s*\(
      | create\s+(unique\s+|temp\s+|temporary\s+|virtual\s+)?(table|index|trigger|view)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def sql_strings(path):
    """The string literals of a module (f-string parts included) that start a SQL statement."""
    tree = ast.parse(path.read_text("utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value)
    ]


def raw_queries(path):
    """Calls of ``store.rows``/``store.one`` (queries written outside a store)."""
    tree = ast.parse(path.read_text("utf-8"))
    return [
        f"store.{node.func.attr} (line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("rows", "one")
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in ("store", "core")
    ]


def is_store(relative):
    return any(Path(relative).match(pattern) for pattern in STORES)


def modules():
    found = sorted(PACKAGE.rglob("*.py")) + sorted((ROOT / "pages").glob("*.py"))
    return [p for p in found + [ROOT / "streamlit_app.py"] if p.exists()]


def name(path):
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize(
    "text",
    [
        "select * from calls",
        "select count(*) as n from users",
        "SELECT id, name FROM users",
        "select distinct ",
        "select 1 from sqlite_master",
        "select t.* from tags t",
        "insert or ignore into reports (slug) values (?)",
        "update submissions set ",
        "delete from note_links where id = ?",
        "with recent as (select 1) select * from recent",
        "create virtual table passages_fts using fts5(text)",
        "replace into derived values (?)",
    ],
)
def test_the_check_knows_sql_when_it_sees_it(text):
    assert SQL.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Replace an existing database.",
        "With --survey: the who-answered columns",
        "with kind regards",
        "Select the call first",
        "delete",
        "update",
        "Created by the tagger",
    ],
)
def test_the_check_leaves_prose_alone(text):
    assert not SQL.match(text)


def test_no_module_outside_the_stores_holds_sql():
    leaks = {
        name(path): sql_strings(path)[:2]
        for path in modules()
        if not is_store(name(path)) and sql_strings(path)
    }
    assert not leaks, f"SQL outside the stores (move it behind a store's named function): {leaks}"


def test_no_module_outside_the_stores_runs_its_own_query():
    leaks = {
        name(path): raw_queries(path)
        for path in modules()
        if not is_store(name(path)) and raw_queries(path)
    }
    assert not leaks, f"queries outside the stores: {leaks}"


def test_the_query_helpers_are_private_to_the_stores():
    from workbench import store

    assert not {"rows", "one"} & set(dir(store))


def imports_of(module):
    """The workbench modules ``module`` (a path) imports, as dotted names."""
    tree = ast.parse(module.read_text("utf-8"))
    package = ".".join(module.relative_to(ROOT).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            found |= {base} if node.module else {f"{base}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return {name for name in found if name.startswith("workbench")}


def test_the_audit_log_is_a_leaf():
    assert imports_of(PACKAGE / "audit.py") == {"workbench.stores.sql"}
    assert imports_of(PACKAGE / "stores" / "sql.py") == set()


def test_module_names_say_what_they_hold():
    """No two library modules share a name (issue 13): no import needs an alias to tell them
    apart. A CLI command module may share its library module's name; a store in stores/ is
    named after what it holds."""
    seen = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if path.name == "__init__.py" or relative.parts[0] in ("cli", "stores", "migrations"):
            continue
        assert path.name not in seen, f"{relative} and {seen[path.name]} share a name"
        seen[path.name] = relative
