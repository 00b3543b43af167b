"""The ``users`` table (migration m0007): who may log in, with their role. The rules about
users (first an admin, never without one, password length) are in workbench/auth.py."""

from .sql import one, rows

PUBLIC = "id, name, role, created_at, disabled"  # everything but the password hash


def count_active(db):
    return one(db, "select count(*) as n from users where disabled = 0")["n"]


def all_users(db):
    return rows(db, f"select {PUBLIC} from users order by name")


def find(db, name):
    """The user called ``name`` (case-insensitive), without the password hash, or None."""
    return one(db, f"select {PUBLIC} from users where name = ?", [name])


def find_with_hash(db, name):
    """The user called ``name`` with the password hash, to check a password; or None."""
    return one(db, "select * from users where name = ?", [name])


def insert(db, name, password_hash, role):
    db.conn.execute(
        "insert into users (name, password_hash, role) values (?, ?, ?)",
        [name, password_hash, role],
    )


def set_password_hash(db, name, password_hash):
    db.conn.execute("update users set password_hash = ? where name = ?", [password_hash, name])


def set_role(db, name, role):
    db.conn.execute("update users set role = ? where name = ?", [role, name])


def set_disabled(db, name, disabled):
    db.conn.execute("update users set disabled = ? where name = ?", [int(disabled), name])


def count_active_admins_besides(db, name):
    return one(
        db,
        "select count(*) as n from users where role = 'admin' and disabled = 0 and name <> ?",
        [name],
    )["n"]
