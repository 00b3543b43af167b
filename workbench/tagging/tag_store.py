"""All SQL of the tags table: automatic tags, people's confirmations and corrections.

A field someone confirmed or corrected is never overwritten by re-tagging. Writes use
the caller's transaction (ingest tags inside its own), except ``review`` which goes
through store.update_submission (optimistic locking) and then records the review states.
The submission's columns are written by store.change_submission (version and audit).
"""

from .. import audit, privacy, store
from ..stores.sql import one, rows
from ..vocab import TAG_FIELDS

LOCKED = ("confirmed", "corrected")


def tags_of(db, submission_id):
    """{field: tag row} of one submission."""
    found = rows(db, "select * from tags where submission_id = ?", [submission_id])
    return {row["field"]: row for row in found}


def write_auto(db, submission_id, found):
    """Store automatic tags ({field: Found}) and copy them to the submission's columns.

    Locked fields keep their reviewed value; the submission's version goes up when a
    value changes, so an editor holding the old version gets a conflict, not a silent loss.
    """
    existing = tags_of(db, submission_id)
    submission = store.get_submission(db, submission_id)
    changed = {}
    for field_name, tag in found.items():
        if existing.get(field_name, {}).get("state") in LOCKED:
            continue
        db.conn.execute(
            "insert into tags (submission_id, field, value, confidence, evidence, page, file, state, updated_by, updated_at) "
            "values (?, ?, ?, ?, ?, ?, ?, 'auto', 'tagger', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
            "on conflict (submission_id, field) do update set value = excluded.value, confidence = excluded.confidence, "
            "evidence = excluded.evidence, page = excluded.page, file = excluded.file, state = 'auto', "
            "updated_by = 'tagger', updated_at = excluded.updated_at",
            [
                submission_id,
                field_name,
                tag.value or "",
                float(tag.confidence),
                tag.evidence,
                tag.page,
                tag.file,
            ],
        )
        if (submission[field_name] or "") != (tag.value or ""):
            changed[field_name] = tag.value or ""
    if changed:
        store.change_submission(db, submission_id, changed)
    return changed


def review(db, submission_id, changes, confirmed, expected_version, user):
    """Save an assistant's corrections (``changes``) and confirmations (fields in ``confirmed``).

    Raises ConflictError (from store.update_submission) when someone saved since loading.
    """
    updated = store.update_submission(db, submission_id, changes, expected_version, user)
    with store.transaction(db):
        for field_name in TAG_FIELDS:
            if field_name in changes:
                _set_state(db, submission_id, field_name, updated[field_name], "corrected", user)
            elif field_name in confirmed:
                _set_state(db, submission_id, field_name, updated[field_name], "confirmed", user)
                audit.record(
                    db,
                    user,
                    "confirm_tag",
                    "submissions",
                    submission_id,
                    field_name,
                    updated[field_name],
                    updated[field_name],
                )
    return updated


def _set_state(db, submission_id, field_name, value, state, user):
    """A person's decision: the evidence says who decided and when, then what the tagger had read."""
    db.conn.execute(
        "insert into tags (submission_id, field, value, confidence, evidence, state, updated_by) "
        "values (?, ?, ?, 1.0, ? || ' on ' || strftime('%Y-%m-%d %H:%M', 'now') || ' UTC', ?, ?) "
        "on conflict (submission_id, field) do update set value = excluded.value, "
        "confidence = 1.0, state = excluded.state, updated_by = excluded.updated_by, "
        "evidence = excluded.evidence || case when tags.state = 'auto' and coalesce(tags.evidence, '') != '' "
        "then ' — the tagger had read: ' || tags.evidence else coalesce(substr(tags.evidence, "
        "nullif(instr(tags.evidence, ' — the tagger had read: '), 0)), '') end, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        [submission_id, field_name, value or "", f"{state} by {user}", state, user],
    )


def reviewed_tags(db, submission_id):
    """The confirmed/corrected tag rows of a submission (to carry over to a revised file)."""
    return rows(
        db,
        "select * from tags where submission_id = ? and state in ('confirmed', 'corrected') "
        "order by field",
        [submission_id],
    )


def carry_over(db, reviewed, submission_id, source):
    """Write a replaced submission's reviewed tags onto its new version, in the caller's transaction.

    The reviewer's value, state and name are kept (re-tagging then leaves them alone); the
    submission's columns take the values; each carried field is audited.
    """
    values = {}
    for tag in reviewed:
        db.conn.execute(
            "insert into tags (submission_id, field, value, confidence, evidence, page, file, state, updated_by, updated_at) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (submission_id, field) do update set "
            "value = excluded.value, confidence = excluded.confidence, evidence = excluded.evidence, "
            "page = excluded.page, file = excluded.file, state = excluded.state, updated_by = excluded.updated_by, "
            "updated_at = excluded.updated_at",
            [
                submission_id,
                tag["field"],
                tag["value"] or "",
                tag["confidence"],
                f"{tag['evidence'] or tag['state']}; kept from the earlier file of '{source}'",
                tag["page"],
                tag["file"],
                tag["state"],
                tag["updated_by"],
                tag["updated_at"],
            ],
        )
        values[tag["field"]] = tag["value"] or ""
    # A confidential submitter's name stays out of the log (unreviewed confidentiality = not public).
    nameable = privacy.may_name({"confidentiality": values.get("confidentiality", "")})
    anonymous = privacy.anonymous_label({"submitter_type": values.get("submitter_type", "")})
    log = [
        ("ingest", "carry_over_tag", name, None, anonymous)
        if name == "submitter" and not nameable
        else ("ingest", "carry_over_tag", name, None, value)
        for name, value in values.items()
    ]
    if values:
        store.change_submission(db, submission_id, values, log)
    return values


def call_tags(db, call_id):
    """Every tag row of a call's submissions."""
    return rows(
        db,
        "select t.* from tags t join submissions s on s.id = t.submission_id where s.call_id = ? "
        "order by t.submission_id, t.field",
        [call_id],
    )


def reviewed_submissions(db, field_name="submitter_type"):
    """Submissions (any call) whose ``field_name`` a person confirmed or corrected."""
    return rows(
        db,
        "select s.* from submissions s join tags t on t.submission_id = s.id "
        "where t.field = ? and t.state in ('confirmed', 'corrected') and s.status = 'ok' order by s.id",
        [field_name],
    )


# A reviewed type with who decided it and when (tagging/precedents.py).
REVIEWED_TYPES = (
    "select s.id, s.submitter, s.submitter_type, s.country, s.region, s.scope, t.state, "
    "t.updated_by, t.updated_at from submissions s "
    "join tags t on t.submission_id = s.id and t.field = 'submitter_type' and t.state in ('confirmed', 'corrected') "
)


def known_submitter(db, name):
    """The latest reviewed submission whose submitter is ``name`` (case-insensitive), or None."""
    if not name:
        return None
    return one(
        db,
        REVIEWED_TYPES + "where lower(s.submitter) = lower(?) order by t.updated_at desc limit 1",
        [name],
    )


def reviewed_types(db):
    """Every submission (ok, any call) whose type a person confirmed or corrected, latest first."""
    return rows(db, REVIEWED_TYPES + "where s.status = 'ok' order by t.updated_at desc, s.id")


def reviewed_types_version(db):
    """Changes whenever a type is confirmed or corrected (or such a review goes away)."""
    row = one(
        db,
        "select count(*) as n, max(updated_at) as latest from tags "
        "where field = 'submitter_type' and state in ('confirmed', 'corrected')",
    )
    return (row["n"], row["latest"])
