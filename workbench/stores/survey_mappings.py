"""The ``survey_mappings`` table (migration m0015): for each call and survey form, the
who-answered columns a person chose (JSON). Reading exports is in workbench/survey.py."""

from .sql import one


def find(db, call_slug, form_key):
    """The mapping kept for ``form_key`` in the call (JSON text), or None."""
    found = one(
        db,
        "select m.mapping from survey_mappings m join calls c on c.id = m.call_id "
        "where c.slug = ? and m.form_key = ?",
        [call_slug, form_key],
    )
    return found["mapping"] if found else None


def keep(db, call_id, form_key, mapping):
    """Keep (or replace) a form's mapping (JSON text), inside the caller's transaction."""
    db.conn.execute(
        "insert into survey_mappings (call_id, form_key, mapping) values (?, ?, ?) "
        "on conflict (call_id, form_key) do update set mapping = excluded.mapping, "
        "updated_at = datetime('now')",
        [call_id, form_key, mapping],
    )
