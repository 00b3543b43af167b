"""Per-call publication setting: name submitters only after a person reviewed them.

For calls on dangerous topics the team can require that no submitter is named in any
shareable output until someone confirmed on the Triage page that it may be named.
"""

VERSION = 10

SQL = """
alter table calls add column name_after_review integer not null default 0;
"""
