"""Passages set aside from themes and quotes as procedural (openings, closings, signatures...)."""

VERSION = 8

SQL = """
create table procedural_passages (
    passage_id integer primary key references passages(id) on delete cascade,
    call_id integer not null references calls(id) on delete cascade,
    kind text not null,       -- opening, closing, signature, thanks, title, confidentiality, about,
                              -- address, boilerplate, heading (see workbench/themes/procedural.py)
    reason text not null,     -- why, in words: the cue or the share of submissions using the wording
    share real not null       -- share of the passage's characters that are procedural
);
create index procedural_passages_call on procedural_passages(call_id);
"""
