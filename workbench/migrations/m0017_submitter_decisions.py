"""Cross-call submitters (issue 14, part 3): people's decisions that two names are (or are not)
the same submitter, by their folded names, so a decision holds for later calls too."""

VERSION = 17

SQL = """
create table submitter_decisions (
    key_a text not null,             -- submitters.key() of the two names, sorted
    key_b text not null,
    same integer not null check (same in (0, 1)),
    decided_by text not null,
    decided_at text not null default (datetime('now')),
    primary key (key_a, key_b)
);
"""
