"""Tagging: who sent a submission, what kind of submitter, from where, how confidential.

``tag_submission(db, id)`` runs inside ingest's transaction; ``tag_call`` re-tags a call
(reviewed fields are kept); the Triage page and the CLI use ``review``, ``table``,
``train`` and ``evaluate``.
"""

from .. import callscope, store
from . import tag_store

__all__ = ["decide", "tag_submission", "tag_call", "reviewed_tags", "carry_over"]


def __getattr__(name):
    # The tagger loads spaCy and the request model (half a second): imported when first
    # asked for, so what only reads stored parts (tagging.documents: a withheld submitter's
    # identity at `themes --refresh`) does not pay for it (speed, issue 15).
    if name in ("decide", "tag_submission"):
        from . import tagger

        return getattr(tagger, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def reviewed_tags(db, submission_id):
    """Confirmed/corrected tags of a submission about to be replaced by a revised file."""
    return tag_store.reviewed_tags(db, submission_id)


def carry_over(db, reviewed, submission_id, source):
    """Put ``reviewed`` tags on the new submission (caller's transaction; audited)."""
    return tag_store.carry_over(db, reviewed, submission_id, source)


def tag_call(db, call, progress=None):
    """Re-tag every ok submission of ``call`` (a CallScope, or its slug), one transaction each;
    returns (changed, failures)."""
    from . import tagger  # loaded when tagging, not when the package is imported

    ids = store.ok_submission_ids(db, callscope.of(db, call).id)
    changed, failures = 0, []
    for done, submission_id in enumerate(ids, 1):
        with store.transaction(db):
            result = tagger.tag_submission(db, submission_id)
        if "error" in result:
            failures.append(f"submission {submission_id}: {result['error']}")
        changed += bool(result) and "error" not in result
        if progress:
            progress(done, len(ids))
    return changed, failures
