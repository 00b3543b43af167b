"""Literature suggestions of whole submissions (issue 16, point 3): ``link_suggestions``
accepted only passages and themes. SQLite cannot alter a CHECK, so the table is copied."""

VERSION = 18

SQL = """
create table link_suggestions_new (
    id integer primary key,
    note_id integer not null references notes(id) on delete cascade,
    target_type text not null check (target_type in ('passage', 'theme', 'submission')),
    target_id integer not null,
    target_label text not null default '', -- a theme's label when suggested
    call_id integer references calls(id) on delete cascade,  -- the call whose evidence was compared
    score real not null,
    status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
    decided_by text not null default '',
    decided_at text,
    created_at text not null default (datetime('now')),
    unique (note_id, target_type, target_id)
);
insert into link_suggestions_new select id, note_id, target_type, target_id, target_label,
    call_id, score, status, decided_by, decided_at, created_at from link_suggestions;
drop table link_suggestions;
alter table link_suggestions_new rename to link_suggestions;
create index link_suggestions_status on link_suggestions(status, note_id);
"""
