"""Training rows from labelled submissions, and `workbench train`: base set + people's reviews."""

from .. import store
from . import documents, names, tag_store, type_model, type_signals


def feature_row(db, submission_id):
    """The classifier input of a stored submission, as the tagger builds it."""
    doc = documents.load(db, submission_id)
    name = names.submitter(doc, names.mission_country(doc))
    return type_signals.row(doc, name.value)


def rows_from_gold(db, call_slug, gold, origin):
    """Training rows for a call whose true types are in ``gold`` ({source: row with submitter_type})."""
    rows = []
    for submission in store.list_submissions(db, call_slug, status="ok"):
        label = (gold.get(submission["source"]) or {}).get("submitter_type")
        if label:
            rows.append({**feature_row(db, submission["id"]), "label": label, "origin": origin})
    return rows


def reviewed_rows(db):
    """Rows for every submission whose type a person confirmed or corrected (any call)."""
    return [
        review_row(feature_row(db, s["id"]), s["submitter_type"], f"reviewed:{s['id']}")
        for s in tag_store.reviewed_submissions(db, "submitter_type")
        if s["submitter_type"]
    ]


def review_row(row, label, origin):
    """A training row from a person's decision (type_model.fit sets its places aside: five
    corrected "Kampala ..." names must not make every Kampala organisation that type)."""
    return {**row, "label": label, "origin": origin}


def train(db=None, directory=None):
    """Fit on the shipped base rows plus reviewed ones; save the model; return (path, n rows)."""
    rows = type_model.read_training(directory) + (reviewed_rows(db) if db is not None else [])
    if not rows:
        raise ValueError(
            "no training rows: the base rows (submitter_type_train.csv) are missing and nothing was reviewed"
        )
    path = type_model.save(type_model.fit(rows), directory)
    return path, len(rows)
