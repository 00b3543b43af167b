"""What the Triage page shows and saves: tags lowest confidence first, per-field review."""

from .. import audit, callscope, store
from ..errors import ConflictError
from ..vocab import FIELD_LABELS, TAG_FIELDS, code_label
from . import tag_store
from .places import english_name, region_of, regional_groups

REVIEW_BELOW = 0.7  # a field less sure than this needs a person's look
NO_REVIEW = (
    0.94  # chosen on development material (real dev half, writer w2): all 8 and 10 above it right
)
WHO_FIELDS = ("submitter", "submitter_type", "country", "region", "scope")


def table(db, call):
    """One row per ok submission of ``call`` (a CallScope, or its slug): values, confidences,
    fields to review; least sure first.

    ``confidence`` is the lowest of the open fields; ``sure`` the lowest of the who-sent-it
    fields (submitter, type, country, region, scope: calibrated, see calibration.py);
    ``no_review`` is True when every open who-field is at least NO_REVIEW and nothing else
    needs a look. Ties (many unnamed submissions at 0) are broken by how much is missing,
    then by how sure the rest is.
    """
    scope = callscope.of(db, call)
    tags = {}
    for tag in tag_store.call_tags(db, scope.id):
        tags.setdefault(tag["submission_id"], {})[tag["field"]] = tag
    rows = [
        _row(submission, tags.get(submission["id"], {}))
        for submission in scope.submissions
        if submission["status"] == "ok"
    ]
    return sorted(rows, key=lambda r: (r["confidence"], -r["missing"], r["mean"], r["id"]))


def _row(submission, own):
    open_fields = [f for f in TAG_FIELDS if own.get(f, {}).get("state", "auto") == "auto"]
    confidences = [own[f]["confidence"] for f in open_fields if f in own] or [1.0 if own else 0.0]
    who = [own[f]["confidence"] for f in WHO_FIELDS if f in open_fields and f in own] or [
        1.0 if own else 0.0
    ]
    to_review = [f for f in open_fields if own.get(f, {}).get("confidence", 0) < REVIEW_BELOW]
    return {
        **{k: submission[k] for k in ("id", "source", "version")},
        **{f: submission[f] or "" for f in TAG_FIELDS},
        "confidence": round(min(confidences), 2),
        "sure": round(min(who), 2),
        "no_review": min(who) >= NO_REVIEW and not to_review,
        "missing": sum(not submission[f] for f in ("submitter", "submitter_type", "country")),
        "mean": round(sum(confidences) / len(confidences), 3),
        "to_review": ", ".join(to_review),
        "reviewed": ", ".join(
            f for f in TAG_FIELDS if own.get(f, {}).get("state") in tag_store.LOCKED
        ),
    }


def filter_rows(rows, submitter_types=(), confidentiality=(), needs_review=False, text=""):
    needle = (text or "").lower()
    return [
        r
        for r in rows
        if (not submitter_types or r["submitter_type"] in submitter_types)
        and (not confidentiality or r["confidentiality"] in confidentiality)
        and (not needs_review or r["to_review"])
        and (not needle or needle in f"{r['source']} {r['submitter']}".lower())
    ]


def details(db, submission_id):
    """[{field, value, confidence, state, evidence, page, file}] of one submission, in field order."""
    own = tag_store.tags_of(db, submission_id)
    submission = store.get_submission(db, submission_id)
    return [
        {
            "field": f,
            "value": submission[f] or "",
            "confidence": own.get(f, {}).get("confidence", 0.0),
            "state": own.get(f, {}).get("state", "auto"),
            "evidence": own.get(f, {}).get("evidence") or "",
            "page": own.get(f, {}).get("page"),
            "file": own.get(f, {}).get("file") or "",
        }
        for f in TAG_FIELDS
    ]


def save_edits(db, original_rows, edited_rows, confirm_ids, user):
    """Save the table's edits: changed values become corrections; ticked rows confirm the rest.

    Returns (saved ids, [(id, ConflictError)]); one conflict does not stop the other rows.
    """
    before = {r["id"]: r for r in original_rows}
    saved, conflicts = [], []
    for row in edited_rows:
        old = before.get(row["id"])
        if old is None:
            continue
        changes = with_region(
            old, {f: (row[f] or "") for f in TAG_FIELDS if (row[f] or "") != (old[f] or "")}
        )
        confirmed = set(TAG_FIELDS) - set(changes) if row["id"] in confirm_ids else set()
        if not changes and not confirmed:
            continue
        try:
            tag_store.review(db, row["id"], changes, confirmed, old["version"], user)
            saved.append(row["id"])
        except ConflictError as error:
            conflicts.append((row["id"], error))
    return saved, conflicts


def what_changed(original_rows, edited_rows, confirm_ids, saved_ids):
    """'#12 Country PER, Region Latin America and the Caribbean; #14 confirmed': what a save did,
    per submission, in people's words."""
    before = {r["id"]: r for r in original_rows}
    said = []
    for row in edited_rows:
        if row["id"] not in saved_ids:
            continue
        old = before[row["id"]]
        changes = with_region(
            old, {f: (row[f] or "") for f in TAG_FIELDS if (row[f] or "") != (old[f] or "")}
        )
        parts = [
            f"{FIELD_LABELS[f]} {code_label(f, v) if v else '(empty)'}" for f, v in changes.items()
        ]
        if row["id"] in confirm_ids:
            parts.append("the rest confirmed" if parts else "confirmed")
        said.append(f"#{row['id']} " + ", ".join(parts))
    return "; ".join(said)


def with_region(old, changes):
    """A corrected country brings its UN regional group (unless the region was corrected too):
    a country without its region would be counted under "no region" in every table."""
    if "country" in changes and "region" not in changes:
        region = region_of(changes["country"]) if changes["country"] else ""
        if region != (old.get("region") or ""):
            changes["region"] = region
    return changes


def confirm_fields(db, row, fields, user):
    """Confirm some fields of one submission as they are (per-field review)."""
    if not fields:
        return [], []
    try:
        tag_store.review(db, row["id"], {}, set(fields), row["version"], user)
        return [row["id"]], []
    except ConflictError as error:
        return [], [(row["id"], error)]


# ---------------------------------------------------------------- one submission at a time


def is_open(row):
    """Some field of this row is still as the tagger left it (nobody confirmed or corrected it)."""
    return set(row["reviewed"].split(", ")) != set(TAG_FIELDS)


def next_open(rows, after_id=None):
    """The id to show next: the first row after ``after_id`` (in the order shown) with a field
    to review, else one with any open field, wrapping round; None when every row is reviewed."""
    ids = [r["id"] for r in rows]
    start = ids.index(after_id) + 1 if after_id in ids else 0
    ring = [r for r in rows[start:] + rows[:start] if r["id"] != after_id]
    for wanted in (lambda r: r["to_review"], is_open):
        found = next((r["id"] for r in ring if wanted(r)), None)
        if found is not None:
            return found
    return None


def decide(db, row, values, user):
    """Save what a person decided about one submission: fields whose value they changed are
    corrections; every other field nobody has reviewed yet is confirmed as it is (one already
    corrected stays corrected). Returns (saved ids, [(id, ConflictError)]), as save_edits."""
    changes = with_region(
        row, {f: values[f] or "" for f in values if (values[f] or "") != (row[f] or "")}
    )
    reviewed = set(row["reviewed"].split(", "))
    confirmed = set(TAG_FIELDS) - set(changes) - reviewed
    if not changes and not confirmed:
        return [], []
    try:
        tag_store.review(db, row["id"], changes, confirmed, row["version"], user)
        return [row["id"]], []
    except ConflictError as error:
        return [], [(row["id"], error)]


def confirm_shown(db, rows, user):
    """Bulk "confirm what is shown": every open field of these rows is confirmed as it is, each
    in the audit log with who did it (confirm_tag), plus one line saying which submissions were
    confirmed together. Correcting a field later undoes its confirmation."""
    saved, conflicts = [], []
    for row in rows:
        reviewed = set(row["reviewed"].split(", "))
        fields = set(TAG_FIELDS) - reviewed
        if not fields:
            continue
        try:
            tag_store.review(db, row["id"], {}, fields, row["version"], user)
            saved.append(row["id"])
        except ConflictError as error:
            conflicts.append((row["id"], error))
    if saved:
        with store.transaction(db):
            ids = ", ".join(f"#{i}" for i in saved)
            audit.record(db, user, "confirm_shown", "submissions", None, None, None, ids)
    return saved, conflicts


def country_choices(current=""):
    """Alpha-3 codes people can pick a country from (the UN regional groups' table), sorted by
    their English name, with '' (no country) first and ``current`` kept if the table lacks it."""
    codes = sorted(regional_groups(), key=english_name)
    return [""] + ([current] if current and current not in codes else []) + codes


def country_label(code):
    """'Kenya (KEN)'; '—' for none."""
    return f"{english_name(code)} ({code})" if code else "—"


def language_choices(rows, current=""):
    """The ISO 639-1 codes a call's submissions are in, and ``current``; sorted, '' first."""
    return [""] + sorted({r["language"] for r in rows if r["language"]} | {current} - {""})


def language_label(code):
    """'Spanish (es)'; '—' for none."""
    import pycountry

    language = pycountry.languages.get(alpha_2=code) if code else None
    return f"{language.name} ({code})" if language else (code or "—")
