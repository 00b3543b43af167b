"""Derived data (m0012): every entry kept per call (campaigns, codebook codes, procedural
verdicts with the substantive text of passages) goes with a deleted submission of the call,
not only the kinds m0012 listed. Applies before or after m0012 (migrations land in any order)."""

VERSION = 13

SQL = """
create table if not exists derived (
    kind text not null,
    key text not null,
    inputs text not null,
    value text not null,
    computed_at text not null,
    primary key (kind, key)
);
drop trigger if exists derived_submission_deleted;
create trigger derived_submission_deleted after delete on submissions begin
    delete from derived where kind = 'identity' and key = cast(old.id as text);
    delete from derived where kind <> 'identity' and key = cast(old.call_id as text);
end;
drop trigger if exists derived_call_deleted;
create trigger derived_call_deleted after delete on calls begin
    delete from derived where kind <> 'identity' and key = cast(old.id as text);
end;
"""
