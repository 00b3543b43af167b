"""A second reader for confidentiality requests: a small text classifier behind the rules.

The rules (confidentiality.py) say why they flag a sentence; they also miss wordings nobody
foresaw, and half-read many mentions. This model (character n-grams -> logistic regression,
trained by bench/requests/train_model.py on 3,600 requests and controls by fifteen writers in
8 languages, with real documents as controls) reads the places the rules found nothing in
and sends a submission to review when it reads a request there; it also reads the rules'
weak cues (and the vocabulary of secrecy alone in a note) and clears one it reads as no
request at all (confidentiality.VETO). It never clears a clear request.
"""

import functools
from importlib import resources

import joblib


@functools.lru_cache(maxsize=1)
def _bundle():
    with resources.as_file(
        resources.files("workbench").joinpath("data/request_model.joblib")
    ) as path:
        return joblib.load(path)


def threshold():
    return _bundle()["threshold"]


def probabilities(texts):
    """P(request) of each text."""
    if not texts:
        return []
    return list(_bundle()["model"].predict_proba(list(texts))[:, 1])
