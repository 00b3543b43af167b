"""Reports, calls, submissions, their files, pages and passages, and full-text search."""

VERSION = 1

SQL = """
create table reports (
    id integer primary key,
    slug text not null unique,
    title text not null,
    body text,               -- HRC or GA
    year integer,
    status text not null check (status in ('done', 'planned', 'in_progress')),
    area text                -- the mandate's thematic area this report serves
);
create table calls (
    id integer primary key,
    slug text not null unique,
    title text not null,
    report_id integer references reports(id),
    deadline text,
    created_at text not null default (datetime('now'))
);
create table submissions (
    id integer primary key,
    call_id integer not null references calls(id),
    source text not null,            -- path relative to the folder given to ingest
    content_hash text not null,      -- sha256 over the sorted file hashes
    status text not null check (status in ('ok', 'error')),
    error text,
    submitter text,
    submitter_type text,
    country text,
    region text,
    scope text,
    language text,
    confidentiality text,
    n_files integer not null default 0,
    n_pages integer not null default 0,
    excluded integer not null default 0,
    version integer not null default 1,  -- optimistic locking for concurrent edits
    created_at text not null default (datetime('now')),
    updated_at text not null default (datetime('now')),
    unique (call_id, source)
);
create index submissions_call on submissions(call_id);
create index submissions_hash on submissions(call_id, content_hash);
create table files (
    id integer primary key,
    submission_id integer not null references submissions(id) on delete cascade,
    name text not null,              -- path inside the submission (or the file name)
    sha256 text not null,            -- the original is stored under originals/ by this hash
    size integer not null,
    format text,                     -- sniffed from the bytes: pdf, docx, text, ...
    n_pages integer not null default 0,
    status text not null check (status in ('ok', 'error')),
    error text,
    header_text text,                -- DOCX headers/footers, kept apart from the body
    letterhead text                  -- large-font lines on the first page of a PDF
);
create index files_submission on files(submission_id);
create table pages (
    id integer primary key,
    submission_id integer not null references submissions(id) on delete cascade,
    file_id integer not null references files(id) on delete cascade,
    page integer not null,           -- 1-based within its file
    text text not null
);
create index pages_submission on pages(submission_id);
create table passages (
    id integer primary key,
    submission_id integer not null references submissions(id) on delete cascade,
    file_id integer not null references files(id) on delete cascade,
    page integer not null,
    seq integer not null,            -- order within the submission
    text text not null,
    language text
);
create index passages_submission on passages(submission_id);
create virtual table passages_fts using fts5(
    text, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
create trigger passages_ai after insert on passages begin
    insert into passages_fts(rowid, text) values (new.id, new.text);
end;
create trigger passages_ad after delete on passages begin
    insert into passages_fts(passages_fts, rowid, text) values ('delete', old.id, old.text);
end;
create trigger passages_au after update on passages begin
    insert into passages_fts(passages_fts, rowid, text) values ('delete', old.id, old.text);
    insert into passages_fts(rowid, text) values (new.id, new.text);
end;
"""
