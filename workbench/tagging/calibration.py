"""Confidence that means something: each tag's confidence is the measured accuracy of the way
it was found.

The tagger's own scores (weights, classifier probabilities) order its guesses but are not
probabilities of being right. ``workbench/data/tag_calibration.csv`` holds, per field, per
way a value was found (``Found.kind``) and per band of the raw score, how often such tags
were right on labelled text the team did not write (bench/submissions/calibrate.py: the
development half of the real submission openings and an independent writer's corpus). A
tag's confidence is that accuracy, shrunk towards its raw score when the band held few
examples.
"""

import csv
import functools
from importlib import resources

FIELDS = ("submitter", "submitter_type", "country", "region", "scope")
PRIOR = 3.0  # weight of the raw score, in examples, when a band held few


def band(raw):
    """Raw scores in four bands: below 0.5, 0.5-0.7, 0.7-0.9, 0.9 and above."""
    return "low" if raw < 0.5 else "mid" if raw < 0.7 else "high" if raw < 0.9 else "top"


@functools.lru_cache(maxsize=1)
def table():
    """{(field, kind, band): (n, right)} from the shipped file (empty when absent)."""
    path = resources.files("workbench").joinpath("data/tag_calibration.csv")
    if not path.is_file():
        return {}
    rows = csv.DictReader(path.read_text("utf-8").splitlines())
    return {(r["field"], r["kind"], r["band"]): (int(r["n"]), int(r["right"])) for r in rows}


def calibrated(field, kind, raw):
    """The confidence to show for a tag of ``field`` found by ``kind`` with raw score ``raw``."""
    n, right = table().get((field, kind, band(raw)), (0, 0))
    return round((right + PRIOR * raw) / (n + PRIOR), 3)


# Without a name, what kind of body wrote and from where are guesses from the text around it:
# on the real dev half 4 of 7 such types were right (the writers' corpora, whose wording the
# classifier learnt, said 10 of 11), so they are shown below even odds and lead
# the Triage list.
NO_NAME_CEILING = 0.45
GUESSED_WITHOUT_NAME = ("submitter_type", "country", "region", "scope")


def apply(found):
    """Replace the raw confidences of the who-sent-it fields in {field: Found} (in place)."""
    for field in FIELDS:
        tag = found.get(field)
        if tag is not None and tag.kind != "known":  # a person's earlier confirmation stays sure
            tag.confidence = calibrated(field, tag.kind or "", float(tag.confidence))
    name, kind = found.get("submitter"), found.get("submitter_type")
    anonymous = kind is not None and kind.kind == "personal capacity"  # a person need not sign
    if name is not None and not name.value and not anonymous:
        for field in GUESSED_WITHOUT_NAME:
            tag = found.get(field)
            if tag is not None and tag.kind != "known":
                tag.confidence = min(tag.confidence, NO_NAME_CEILING)
    return found
