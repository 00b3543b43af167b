"""The audit log: who changed what, when, from which value to which."""

VERSION = 2

SQL = """
create table audit_log (
    id integer primary key,
    at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    user text not null,
    action text not null,            -- e.g. update_submission, confirm_tag, merge_themes
    entity text not null,            -- table name
    entity_id integer,
    field text,
    old_value text,
    new_value text
);
create index audit_entity on audit_log(entity, entity_id);
"""
