"""Passage roles (document structure) and a call's questionnaire.

Every passage gets a role (body, heading, front_matter, footnote_reference,
contact_signature; see workbench/structure.py) with its reason, and the section title
(the heading above it) kept apart from its text. A call can hold the questions it asked,
so that submitters repeating them are not taken for what they say.
"""

VERSION = 11

SQL = """
alter table passages add column role text not null default 'body';
alter table passages add column role_reason text;
alter table passages add column section text;
create index passages_role on passages(role);
create table call_questions (
    id integer primary key,
    call_id integer not null references calls(id) on delete cascade,
    position integer not null,
    text text not null
);
create index call_questions_call on call_questions(call_id, position);
"""
