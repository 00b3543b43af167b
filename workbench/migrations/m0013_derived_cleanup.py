"""Derived data (m0012): every entry kept per call (campaigns, codebook codes, procedural
verdicts with the substantive text of passages) goes with a deleted submission of the call,
not only the kinds m0012 listed."""
VERSION = 13

SQL = """
drop trigger derived_submission_deleted;
create trigger derived_submission_deleted after delete on submissions begin
    delete from derived where kind = 'identity' and key = cast(old.id as text);
    delete from derived where kind <> 'identity' and key = cast(old.call_id as text);
end;
drop trigger derived_call_deleted;
create trigger derived_call_deleted after delete on calls begin
    delete from derived where kind <> 'identity' and key = cast(old.id as text);
end;
"""
