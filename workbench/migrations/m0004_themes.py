"""Themes of a call: candidates proposed by clustering, finalised by people, passages mapped."""

VERSION = 4

SQL = """
create table themes (
    id integer primary key,
    call_id integer not null references calls(id) on delete cascade,
    label text not null,
    terms text not null default '[]',    -- JSON list of top lemmas
    concept text,                        -- leading concept of corpus/concepts.csv, if any
    status text not null check (status in ('candidate', 'final')),
    origin text not null,                -- cluster, merge, split, query
    query text,                          -- the FTS query of a theme made from a search
    position integer not null default 0, -- order in the report's structure
    created_at text not null default (datetime('now')),
    updated_at text not null default (datetime('now'))
);
create index themes_call on themes(call_id, status);
create table theme_passages (
    theme_id integer not null references themes(id) on delete cascade,
    passage_id integer not null references passages(id) on delete cascade,
    weight real not null,                -- cosine similarity to the theme's centroid
    seed integer not null default 0,     -- 1: put there by a person's decision, defines the theme
    primary key (theme_id, passage_id)
);
create index theme_passages_passage on theme_passages(passage_id);
create table theme_runs (
    id integer primary key,
    call_id integer not null references calls(id) on delete cascade,
    at text not null default (datetime('now')),
    n_passages integer not null,
    n_candidates integer not null,
    n_mapped integer not null,
    params text not null                 -- JSON: k, random_state, concept_weight
);
"""
