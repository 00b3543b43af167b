"""Admin: users and roles, backups, and the audit log of who changed what."""

from pathlib import Path

import pandas as pd
import streamlit as st

from workbench import auth, backup, store, ui, vocab
from workbench.errors import WorkbenchError

ui.require("admin")
st.title("Admin")
database = ui.db()

# ---------------------------------------------------------------- users
st.subheader("Users")
users = auth.list_users(database)
if users:
    st.dataframe(
        pd.DataFrame(users).assign(role=lambda t: t["role"].map(auth.ROLES)),
        hide_index=True,
        key="admin_users",
        column_config={
            "id": "#",
            "name": "Name",
            "role": "Role",
            "created_at": "Added",
            "disabled": st.column_config.CheckboxColumn("Disabled"),
        },
    )
else:
    st.warning(ui.OPEN_MODE_BANNER)
    st.caption("The first user must be an admin; you will be logged in as them.")

with st.form("admin_add_user", clear_on_submit=True):
    name = st.text_input("Name", key="admin_new_name")
    role = st.selectbox(
        "Role",
        list(auth.ROLES),
        format_func=auth.ROLES.get,
        key="admin_new_role",
        index=list(auth.ROLES).index(auth.ADMIN) if not users else 0,
    )
    password = st.text_input("Password", type="password", key="admin_new_password")
    again = st.text_input("Password again", type="password", key="admin_new_password2")
    add = st.form_submit_button("Add user")
if add:
    if password != again:
        st.error("The two passwords differ: type them again.")
    else:
        try:
            added = auth.add_user(database, name, password, role, by=ui.actor())
            if not users:  # the first admin: this session becomes theirs, or it would be locked out
                st.session_state["auth_user"] = added
                st.session_state["user"] = added["name"]
            st.success(f"Added {added['name']} ({auth.ROLES[added['role']]}).")
            users = auth.list_users(database)
        except WorkbenchError as error:
            ui.show_error(error)

if users:
    left, right = st.columns(2)
    who = left.selectbox("User", [u["name"] for u in users], key="admin_user")
    new_role = right.selectbox(
        "Role", list(auth.ROLES), format_func=auth.ROLES.get, key="admin_role"
    )
    one, two, three = st.columns(3)
    try:
        if one.button("Change role", key="admin_set_role"):
            auth.set_role(database, who, new_role, by=ui.actor())
            st.success(f"{who} is now {auth.ROLES[new_role]}.")
        if two.button("Disable", key="admin_disable"):
            auth.set_disabled(database, who, True, by=ui.actor())
            st.success(f"{who} can no longer log in.")
        if three.button("Enable", key="admin_enable"):
            auth.set_disabled(database, who, False, by=ui.actor())
            st.success(f"{who} can log in again.")
    except WorkbenchError as error:
        ui.show_error(error)

# ---------------------------------------------------------------- backup
st.subheader("Backup")
st.caption(
    "A consistent copy of the database (taken while others work) and every original, "
    "with a manifest of checksums. Restore with `workbench restore FOLDER --to DB`."
)
default_dest = (
    Path(store.default_db_path()).parent / "backups" / pd.Timestamp.now().strftime("%Y%m%d-%H%M%S")
)
dest = st.text_input(
    "Backup folder (new or empty)", value=str(default_dest), key="admin_backup_dest"
)
if st.button("Back up now", key="admin_backup", type="primary"):
    try:
        manifest = backup.backup(database, dest, user=ui.actor())
        st.success(
            f"Backed up {sum(manifest['tables'].values())} rows and {len(manifest['files']) - 1} originals to {dest}."
        )
    except (WorkbenchError, OSError) as error:
        ui.show_error(error)

# ---------------------------------------------------------------- audit log
AUDIT_COLUMNS = {  # column: the title people read
    "at": "When",
    "user": "Who",
    "action": "Action",
    "entity": "Table",
    "entity_id": "Row",
    "field": "Field",
    "old_value": "Before",
    "new_value": "After",
}


def in_words(line):
    """An audit line as people read it: actions, tables and fields in words, coded values by
    their names ('civil_society' → 'civil society organization'), nothing as 'None'."""
    field = line["field"]
    coded = field in vocab.CODED_FIELDS + vocab.NAMED_FIELDS

    def value(v):
        return "" if v is None else vocab.code_label(field, v) if coded else v

    return line | {
        "action": vocab.in_words(line["action"]),
        "entity": vocab.in_words(line["entity"]),
        "field": vocab.FIELD_LABELS.get(field) or vocab.in_words(field),
        "old_value": value(line["old_value"]),
        "new_value": value(line["new_value"]),
    }


st.subheader("Audit log")
choices = auth.audit_choices(database)
left, middle, right = st.columns(3)
by_user = left.multiselect("Who", choices["user"], key="admin_audit_user")
by_action = middle.multiselect(
    "Action", choices["action"], key="admin_audit_action", format_func=vocab.in_words
)
by_entity = right.multiselect(
    "Table", choices["entity"], key="admin_audit_entity", format_func=vocab.in_words
)
since = st.date_input("Since", value=None, key="admin_audit_since")
trail = auth.audit_trail(
    database,
    user=by_user,
    action=by_action,
    entity=by_entity,
    since=since.isoformat() if since else None,
)
st.caption(f"{len(trail)} entries")
st.dataframe(
    pd.DataFrame([in_words(line) for line in trail], columns=AUDIT_COLUMNS).astype(
        {"entity_id": "Int64"}
    ),
    hide_index=True,
    key="admin_audit",
    column_config=AUDIT_COLUMNS,
)
