"""Who may do what: optional logins with argon2-hashed passwords and three roles.

With no user in the database the workbench runs open (a single-user laptop). Once an
admin exists every page requires a login. Roles are ranked: an admin can do everything
a senior advisor can, and an advisor everything a research assistant can, except that
only assistants and admins *edit* submissions, tags and notes (the advisor browses and
finalises themes). The users table's SQL is in workbench/stores/users.py.
"""

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from . import audit, store
from .errors import WorkbenchError
from .stores import users

ASSISTANT, ADVISOR, ADMIN = "assistant", "advisor", "admin"
ROLES = {
    ASSISTANT: "research assistant",
    ADVISOR: "senior advisor",
    ADMIN: "admin",
}
# What each permission needs: the roles that hold it.
PERMISSIONS = {
    "browse": {ASSISTANT, ADVISOR, ADMIN},
    "edit": {ASSISTANT, ADMIN},
    "finalise_themes": {ADVISOR, ADMIN},
    "admin": {ADMIN},
}
LOCAL_USER = "local"  # who the audit log names when nobody is logged in
MIN_PASSWORD = 10
_hasher = PasswordHasher()


class AuthError(WorkbenchError):
    """A login failed or a role does not allow an action."""


def has_users(db):
    """True once anyone has been added: from then on the app requires a login."""
    return users.count_active(db) > 0


def list_users(db):
    return users.all_users(db)


def add_user(db, name, password, role, by=LOCAL_USER):
    """Add a user (name unique, case-insensitive); the password is stored as an argon2 hash."""
    name = (name or "").strip()
    _check_new_user(db, name, password, role)
    with store.transaction(db):
        users.insert(db, name, _hasher.hash(password), role)
        audit.record(db, by, "add_user", "users", None, "role", None, f"{name}: {role}")
    return get_user(db, name)


def _check_new_user(db, name, password, role):
    if not name:
        raise AuthError("a user needs a name")
    if role not in ROLES:
        raise AuthError(f"unknown role '{role}': choose one of {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD:
        raise AuthError(
            f"the password for '{name}' is too short: use at least {MIN_PASSWORD} characters"
        )
    if users.find(db, name):
        raise AuthError(f"a user called '{name}' already exists")
    if role != ADMIN and not has_users(db):
        raise AuthError(
            f"the first user must be an admin (so someone can manage the others): add '{name}' with role admin, or an admin first"
        )


def get_user(db, name):
    found = users.find(db, name)
    if found is None:
        raise AuthError(f"no user called '{name}'")
    return found


def authenticate(db, name, password):
    """The user if ``password`` is theirs and they are not disabled; else AuthError (same message)."""
    row = users.find_with_hash(db, (name or "").strip())
    try:
        if row is None or row["disabled"]:
            raise VerificationError()
        _hasher.verify(row["password_hash"], password or "")
    except (VerificationError, InvalidHashError):
        raise AuthError("wrong name or password") from None
    return {k: row[k] for k in ("id", "name", "role", "created_at", "disabled")}


def set_password(db, name, password, by=LOCAL_USER):
    get_user(db, name)
    if len(password or "") < MIN_PASSWORD:
        raise AuthError(
            f"the password for '{name}' is too short: use at least {MIN_PASSWORD} characters"
        )
    with store.transaction(db):
        users.set_password_hash(db, name, _hasher.hash(password))
        audit.record(db, by, "set_password", "users", None, "password", None, name)


def set_role(db, name, role, by=LOCAL_USER):
    if role not in ROLES:
        raise AuthError(f"unknown role '{role}': choose one of {', '.join(ROLES)}")
    user = get_user(db, name)
    if user["role"] == ADMIN and role != ADMIN:
        _keep_an_admin(db, name)
    with store.transaction(db):
        users.set_role(db, name, role)
        audit.record(db, by, "set_role", "users", user["id"], "role", user["role"], role)


def set_disabled(db, name, disabled=True, by=LOCAL_USER):
    user = get_user(db, name)
    if disabled and user["role"] == ADMIN:
        _keep_an_admin(db, name)
    with store.transaction(db):
        users.set_disabled(db, name, disabled)
        audit.record(
            db,
            by,
            "disable_user" if disabled else "enable_user",
            "users",
            user["id"],
            "disabled",
            user["disabled"],
            int(disabled),
        )


def _keep_an_admin(db, name):
    if not users.count_active_admins_besides(db, name):
        raise AuthError(
            f"'{name}' is the last active admin: add another admin first, or nobody could manage users"
        )


def allowed(user, permission):
    """May ``user`` (a dict with a role, or None in open mode) do ``permission``?"""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission '{permission}'")
    if user is None:
        return True  # open mode: nobody has been added, the laptop's owner does everything
    return user["role"] in PERMISSIONS[permission]


def actor(user):
    """The name the audit log records for an action by ``user``."""
    return user["name"] if user else LOCAL_USER


def audit_trail(db, user=None, action=None, entity=None, since=None, limit=2000):
    """The audit log, newest first, filtered by who, what action, which table and from when."""
    return audit.lines(db, since=since, limit=limit, user=user, action=action, entity=entity)


def audit_choices(db):
    """Distinct users, actions and tables in the audit log, for filter widgets."""
    return audit.choices(db)
