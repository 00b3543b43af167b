"""Derived data kept between runs (workbench/derived.py): campaigns and codebook codes of a
call, identities of withheld submitters. Each row carries a fingerprint of its inputs; a row whose inputs
changed is recomputed, and the rows of a deleted submission or call go with it."""
VERSION = 12

SQL = """
create table derived (
    kind text not null,
    key text not null,
    inputs text not null,
    value text not null,
    computed_at text not null,
    primary key (kind, key)
);
create trigger derived_submission_deleted after delete on submissions begin
    delete from derived where kind = 'identity' and key = cast(old.id as text);
    delete from derived where kind in ('campaigns', 'codebook') and key = cast(old.call_id as text);
end;
create trigger derived_call_deleted after delete on calls begin
    delete from derived where kind in ('campaigns', 'codebook') and key = cast(old.id as text);
end;
"""
