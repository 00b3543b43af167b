"""Tags: each tag field of a submission with its confidence, evidence and review state."""

VERSION = 3

SQL = """
create table tags (
    submission_id integer not null references submissions(id) on delete cascade,
    field text not null,             -- submitter, submitter_type, country, region, scope, language, confidentiality
    value text not null default '',
    confidence real not null default 0,
    evidence text,                   -- the line or sentence the value came from
    page integer,
    file text,
    state text not null default 'auto' check (state in ('auto', 'confirmed', 'corrected')),
    updated_by text,
    updated_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    primary key (submission_id, field)
);
create index tags_state on tags(field, state);
"""
