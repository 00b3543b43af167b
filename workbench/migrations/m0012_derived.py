"""Derived data kept between runs (workbench/derived.py): campaigns and codebook codes of a
call, identities of withheld submitters. Each row carries a fingerprint of its inputs; a row whose inputs
changed is recomputed, and the rows of a deleted submission or call go with it. ("if not exists":
m0013 may land first and make the table and its triggers.)"""

VERSION = 12

SQL = """
create table if not exists derived (
    kind text not null,
    key text not null,
    inputs text not null,
    value text not null,
    computed_at text not null,
    primary key (kind, key)
);
create trigger if not exists derived_submission_deleted after delete on submissions begin
    delete from derived where kind = 'identity' and key = cast(old.id as text);
    delete from derived where kind in ('campaigns', 'codebook') and key = cast(old.call_id as text);
end;
create trigger if not exists derived_call_deleted after delete on calls begin
    delete from derived where kind in ('campaigns', 'codebook') and key = cast(old.id as text);
end;
"""
