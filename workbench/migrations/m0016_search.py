"""The search index (workbench/search/): passages and literature notes as stemmed, folded words
in FTS5 tables (rowid = the passage's or note's id). Python stems the words (Snowball, by the
text's language), so triggers only queue what changed in ``search_pending`` and drop what was
deleted at once; ``search.catch_up`` indexes the queue before a query. Everything already
stored is queued here."""

VERSION = 16

SQL = """
create virtual table passage_search using fts5(stems, tokenize='unicode61 remove_diacritics 0');
create virtual table note_search using fts5(stems, tokenize='unicode61 remove_diacritics 0');
create table search_pending (
    kind text not null check (kind in ('passage', 'note')),
    id integer not null,
    primary key (kind, id)
) without rowid;
create trigger search_passage_added after insert on passages begin
    insert or ignore into search_pending (kind, id) values ('passage', new.id);
end;
create trigger search_passage_changed after update of text, language on passages begin
    insert or ignore into search_pending (kind, id) values ('passage', new.id);
end;
create trigger search_passage_deleted after delete on passages begin
    delete from passage_search where rowid = old.id;
    delete from search_pending where kind = 'passage' and id = old.id;
end;
create trigger search_note_added after insert on notes begin
    insert or ignore into search_pending (kind, id) values ('note', new.id);
end;
create trigger search_note_changed after update of title, authors, summary, key_findings, tags, citation on notes begin
    insert or ignore into search_pending (kind, id) values ('note', new.id);
end;
create trigger search_note_deleted after delete on notes begin
    delete from note_search where rowid = old.id;
    delete from search_pending where kind = 'note' and id = old.id;
end;
insert or ignore into search_pending (kind, id) select 'passage', id from passages;
insert or ignore into search_pending (kind, id) select 'note', id from notes;
"""
