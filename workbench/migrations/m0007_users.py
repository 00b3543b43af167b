"""People who may log in, with their role; none means the app runs open (laptop mode)."""

VERSION = 7

SQL = """
create table users (
    id integer primary key,
    name text not null unique collate nocase,
    password_hash text not null,     -- argon2id, never the password
    role text not null check (role in ('assistant', 'advisor', 'admin')),
    created_at text not null default (datetime('now')),
    disabled integer not null default 0
);
"""
