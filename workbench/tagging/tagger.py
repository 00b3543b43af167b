"""Tag one submission: read its parts, decide every field, store values with evidence."""

from .. import language as languages
from ..vocab import TAG_FIELDS
from . import (
    calibration,
    confidentiality,
    documents,
    genres,
    location,
    names,
    precedents,
    tag_store,
    types,
)
from .names import Found

LANGUAGE_SAMPLE = 3000  # characters: enough for a sure guess, cheap enough for ingest


def decide(db, doc):
    """{field: Found} for the seven tag fields of a loaded Document, confidences calibrated."""
    return calibration.apply(decide_raw(db, doc))


def decide_raw(db, doc):
    """{field: Found} with the tagger's own scores (bench/submissions/calibrate.py measures them)."""
    found = _who(doc, lambda name: precedents.precedent(db, doc.submission_id, name))
    found["confidentiality"] = confidentiality.detect(doc, found["submitter_type"].value)
    return found


def decide_many(docs):
    """[{field: Found}] of Documents not yet stored, read without a database (worker processes
    of the survey import): as ``decide`` when no reviewed submission is a precedent for them,
    which the caller checks once each is stored (``precedents.precedent``) before using it.
    The type classifier and the second reader of requests are asked once for all of them."""
    found = _who_many(docs, lambda name: None)
    levels = confidentiality.detect_many(
        [(doc, who["submitter_type"].value) for doc, who in zip(docs, found)]
    )
    for who, level in zip(found, levels):
        who["confidentiality"] = level
    return [calibration.apply(who) for who in found]


def _who(doc, precedent):
    """{field: Found} of every field but confidentiality; ``precedent(name)`` gives the reviewed
    submission whose type decides this one's, or None."""
    return _who_many([doc], precedent)[0]


def _who_many(docs, precedent):
    """``_who`` of each document, the type classifier asked once for those it decides."""
    authors = [_author(doc, precedent) for doc in docs]
    by_classifier = [n for n, (_, genre, _, known) in enumerate(authors) if not genre or known]
    kinds = dict(
        zip(
            by_classifier,
            types.classify_many(
                [(docs[n], authors[n][2], authors[n][0], authors[n][3]) for n in by_classifier]
            ),
        )
    )
    # A genre decides the type unless a reviewed submission does.
    return [
        _fields(doc, *author, kinds[n] if n in kinds else author[1].kind)
        for n, (doc, author) in enumerate(zip(docs, authors))
    ]


def _author(doc, precedent):
    """(state_country, genre, name, known): who the document says wrote it, and the reviewed
    submission that decides its type (None when none does)."""
    state_country = names.mission_country(doc)
    genre = None if state_country else genres.detect(doc)
    name = genre.name if genre else names.submitter(doc, state_country)
    return state_country, genre, name, precedent(name.value)


def _fields(doc, state_country, genre, name, known, kind):
    speaker = genre.country if genre and kind.value == "state" else state_country
    country, scope, region = location.locate(doc, name, kind.value, speaker)
    # A near-duplicate is another member of a network, perhaps elsewhere: only the type carries.
    if (
        known
        and known["why"] == precedents.SAME_SUBMITTER
        and known["submitter_type"] == kind.value
    ):
        country, scope, region = (
            Found(known[f] or "", 0.97, kind.evidence, kind.page, kind.file, "known")
            for f in ("country", "scope", "region")
        )
    return {
        "submitter": name,
        "submitter_type": kind,
        "country": country,
        "region": region,
        "scope": scope,
        "language": _language(doc),
    }


def _language(doc):
    """Ingest's language (py3langid) with the confidence it has on the first pages."""
    sample = "\n".join(text for _, _, text in doc.all_pages[:2])[:LANGUAGE_SAMPLE]
    code, confidence = languages.detect(sample)
    value = doc.language or code
    sure = confidence if code == value else 0.5
    first = doc.all_pages[0] if doc.all_pages else (doc.file_name, 1, "")
    return Found(
        value,
        sure,
        f"py3langid on the first pages: {code or '?'} ({confidence:.2f})",
        first[1],
        first[0],
    )


def tag_submission(db, submission_id):
    """Tag a stored submission inside the caller's transaction; returns the changed columns.

    A tagging failure must not lose the submission ingest is storing: it is left untagged
    (empty confidentiality counts as not public) and the reason is returned.
    """
    try:
        doc = documents.load(db, submission_id)
        if not doc.all_pages:
            return {}
        return tag_store.write_auto(db, submission_id, decide(db, doc))
    except Exception as error:  # noqa: BLE001 - see docstring
        reason = f"tagging failed: {type(error).__name__}: {error}"
        _record_failure(db, submission_id, reason)
        return {"error": reason}


def failed(reason):
    """Every field empty at confidence 0 with the failure as its evidence: what Triage shows."""
    return {field: Found("", 0.0, reason, kind="failed") for field in TAG_FIELDS}


def _record_failure(db, submission_id, reason):
    """Leave the failure where people look (Triage: every field at 0 with the reason as its
    evidence); an empty confidentiality is never public, so nothing is named meanwhile."""
    try:
        tag_store.write_auto(
            db,
            submission_id,
            failed(reason),
        )
    except Exception:  # noqa: BLE001 - the database itself failed: the caller reports it
        pass
