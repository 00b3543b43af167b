"""REFI-QDA (issue 14): the codebook last imported from a QDA program for a call (.qdc):
each code's GUID, the theme it is (none for a group the program added), its parent, its
description and colour, so the next export keeps the hierarchy and the program's GUIDs."""

VERSION = 14

SQL = """
create table qda_codes (
    id integer primary key,
    call_id integer not null references calls(id) on delete cascade,
    guid text not null,
    theme_id integer references themes(id) on delete set null,
    parent_guid text,
    name text not null,
    description text not null default '',
    color text,
    position integer not null default 0,
    unique (call_id, guid)
);
create index qda_codes_call on qda_codes(call_id);
"""
