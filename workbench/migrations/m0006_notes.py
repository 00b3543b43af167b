"""Literature-review notes, their full-text index, their links to the evidence, and link suggestions."""

VERSION = 6

SQL = """
create table notes (
    id integer primary key,
    title text not null,
    authors text not null default '',      -- '; '-separated, 'Family, Given' or an institution
    year integer,
    citation text not null default '',     -- as the bibliography prints it
    url text not null default '',
    doi text not null default '',          -- normalised: lower case, no resolver prefix
    summary text not null default '',      -- typed, or the abstract of an imported reference
    key_findings text not null default '', -- typed, or the reference manager's notes
    tags text not null default '',         -- '; '-separated
    report_id integer references reports(id),
    item_type text not null default '',    -- report, article-journal, book, ...
    title_key text not null default '',    -- normalised title: finds a duplicate without a DOI
    source text not null default 'typed',  -- typed, bibtex, ris, csl-json
    version integer not null default 1,
    created_at text not null default (datetime('now')),
    updated_at text not null default (datetime('now'))
);
create index notes_doi on notes(doi);
create index notes_title_key on notes(title_key, year);
create index notes_report on notes(report_id);
create virtual table notes_fts using fts5(
    title, authors, summary, key_findings, tags, citation,
    content='notes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
create trigger notes_ai after insert on notes begin
    insert into notes_fts(rowid, title, authors, summary, key_findings, tags, citation)
    values (new.id, new.title, new.authors, new.summary, new.key_findings, new.tags, new.citation);
end;
create trigger notes_ad after delete on notes begin
    insert into notes_fts(notes_fts, rowid, title, authors, summary, key_findings, tags, citation)
    values ('delete', old.id, old.title, old.authors, old.summary, old.key_findings, old.tags, old.citation);
end;
create trigger notes_au after update on notes begin
    insert into notes_fts(notes_fts, rowid, title, authors, summary, key_findings, tags, citation)
    values ('delete', old.id, old.title, old.authors, old.summary, old.key_findings, old.tags, old.citation);
    insert into notes_fts(rowid, title, authors, summary, key_findings, tags, citation)
    values (new.id, new.title, new.authors, new.summary, new.key_findings, new.tags, new.citation);
end;
-- A note's links to the evidence. Themes belong to another module and can be rebuilt, so
-- targets are (type, id) pairs without foreign keys; dangling ones are skipped when read.
create table note_links (
    id integer primary key,
    note_id integer not null references notes(id) on delete cascade,
    target_type text not null check (target_type in ('submission', 'passage', 'theme', 'report', 'note')),
    target_id integer not null,
    origin text not null default 'manual' check (origin in ('manual', 'suggestion', 'symbol')),
    symbol text not null default '',       -- the UN document symbol behind an automatic link
    target_label text not null default '', -- e.g. a theme's label when linked, shown if it is rebuilt
    comment text not null default '',
    created_by text not null default '',
    created_at text not null default (datetime('now')),
    unique (note_id, target_type, target_id)
);
create index note_links_target on note_links(target_type, target_id);
-- Suggested links and what people decided: a rejected suggestion is never proposed again.
create table link_suggestions (
    id integer primary key,
    note_id integer not null references notes(id) on delete cascade,
    target_type text not null check (target_type in ('passage', 'theme')),
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
create index link_suggestions_status on link_suggestions(status, note_id);
"""
