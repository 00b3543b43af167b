"""Document structure: what role each passage plays (body text or not), and why.

Roles: body, heading, front_matter, footnote_reference, contact_signature, procedural,
echoed_question. Only body passages are clustered and quoted.
"""
from . import store

BODY = "body"
ROLES = (BODY, "heading", "front_matter", "footnote_reference", "contact_signature", "procedural",
         "echoed_question")


def call_roles(db, call_slug):
    """Every passage of a call's readable submissions with its role and reason, in reading order."""
    call = store.get_call(db, call_slug)
    return store.rows(
        db,
        "select p.id, p.submission_id, s.source, p.page, p.seq, p.text, p.language, "
        "coalesce(pp.kind, 'body') as role, coalesce(pp.reason, '') as reason "
        "from passages p join submissions s on s.id = p.submission_id "
        "left join procedural_passages pp on pp.passage_id = p.id "
        "where s.call_id = ? and s.status = 'ok' order by s.source, p.seq",
        [call["id"]],
    )
