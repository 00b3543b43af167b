"""What each person last chose, kept for their next session (issue 15, item 6): a new browser
tab opens the call they last worked on, not the most recently created one."""

VERSION = 19

SQL = """
create table user_choices (
    user text not null,              -- the audit name: a login, or 'local' in open mode
    name text not null,              -- what was chosen, e.g. 'call'
    value text not null,
    chosen_at text not null default (datetime('now')),
    primary key (user, name)
);
"""
