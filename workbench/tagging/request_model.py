"""A second reader for confidentiality requests: a small text classifier behind the rules.

The rules (confidentiality.py) say why they flag a sentence; they also miss wordings nobody
foresaw (on text by writers they were not built from, about one request in five). This model
(character n-grams -> logistic regression, trained by bench/requests/train_model.py on 1,200
requests and controls by four writers in 8 languages) reads the places the rules found
nothing in and only ever sends a submission to review: it never makes one public.
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
