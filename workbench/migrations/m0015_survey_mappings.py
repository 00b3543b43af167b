"""Survey exports (issue 14): the who-answered columns a person confirmed for a form, per
call, so the next export of the same form is read the same way (workbench/survey.py)."""

VERSION = 15

SQL = """
create table survey_mappings (
    id integer primary key,
    call_id integer not null references calls(id) on delete cascade,
    form_key text not null,          -- sha256 of the form's free-text questions (first 12 hex)
    mapping text not null,           -- JSON {field: column header or [headers]}
    updated_at text not null default (datetime('now')),
    unique (call_id, form_key)
);
"""
