"""The submitter-type classifier: scikit-learn, trained deterministically, shipped as package
data in workbench/data/models/.

Training rows are (name, signals, label): the shipped base set (submitter_type_train.csv,
made from labelled documents) plus every submitter type people confirmed or corrected.
The classifier never sees a name's city or country names, in training or in tagging: a place
says where a submitter is, not what kind it is (issue 16, point 5).
"""

import csv
import functools
import os
from importlib import resources
from pathlib import Path

import joblib
import pandas as pd

from . import type_signals

MODEL_FILE = "submitter_type.joblib"
TRAIN_FILE = "submitter_type_train.csv"
TRAIN_COLUMNS = ["name", "signals", "label", "origin"]
RANDOM_STATE = 0


def models_dir():
    """$WORKBENCH_MODELS, else the package's data/models/ (so an installed wheel has its model)."""
    shipped = resources.files("workbench") / "data" / "models"
    return Path(os.environ.get("WORKBENCH_MODELS") or shipped)


def build():
    """An unfitted pipeline: character n-grams of the name + counts of the named signals."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    columns = ColumnTransformer(
        [
            (
                "name",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True
                ),
                "name",
            ),
            ("signals", CountVectorizer(token_pattern=r"\S+", lowercase=False), "signals"),
        ],
        transformer_weights={"name": 0.5, "signals": 1.0},
    )  # named signals carry across writing styles
    classifier = LogisticRegression(
        C=2.0, max_iter=5000, class_weight="balanced", random_state=RANDOM_STATE
    )
    return Pipeline([("features", columns), ("classifier", classifier)])


def placeless(name):
    """The name without its city and country names; a name naming no place is kept as written
    (its punctuation too)."""
    kept = type_signals.without_places(name)
    return name if type_signals.WORD.findall(name or "") == kept.split() else kept


def inputs(rows):
    """The classifier's input frame of [{'name', 'signals'}], names without places."""
    frame = pd.DataFrame(rows, columns=["name", "signals"])
    frame["name"] = frame["name"].map(placeless)
    return frame


def fit(rows):
    """Fit on [{'name', 'signals', 'label'}] (sorted first, names without places, so rows
    that differ only by a place give the same model)."""
    placeless_rows = [{**r, "name": placeless(r["name"])} for r in rows]
    ordered = sorted(placeless_rows, key=lambda r: (r["label"], r["name"], r["signals"]))
    labels = [r["label"] for r in ordered]
    return _same_bytes(build().fit(inputs(ordered), labels))


def _same_bytes(pipeline):
    """Identical training runs wrote different bytes: each vectorizer keeps ``stop_words_``, a
    set pickled in the order of the process's string hashes (scikit-learn documents it as safe
    to remove: it only lists the terms min_df cut), and ``_stop_words_id``, a memory address
    (a cache of a warning check, recomputed when absent)."""
    for _, vectorizer, _ in pipeline.named_steps["features"].transformers_:
        if hasattr(vectorizer, "stop_words_"):
            vectorizer.stop_words_ = None
        vectorizer.__dict__.pop("_stop_words_id", None)
    return pipeline


def save(pipeline, directory=None):
    path = Path(directory or models_dir()) / MODEL_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, path, compress=3)
    load.cache_clear()
    return path


@functools.lru_cache(maxsize=4)
def load(directory=None):
    """The shipped classifier, or None when it has not been trained yet."""
    path = Path(directory or models_dir()) / MODEL_FILE
    return joblib.load(path) if path.exists() else None


def probabilities(pipeline, feature_row):
    """{label: probability} for one input row."""
    return probabilities_many(pipeline, [feature_row])[0]


def probabilities_many(pipeline, feature_rows):
    """[{label: probability}] of input rows, one call of the model (row by row, its overhead
    was most of the time; each row's figures are the same either way)."""
    found = pipeline.predict_proba(inputs(feature_rows))
    return [dict(zip(pipeline.classes_, row)) for row in found]


def read_training(directory=None):
    path = Path(directory or models_dir()) / TRAIN_FILE
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write_training(rows, directory=None):
    """Write the base rows, their names without places (what the classifier is fitted on)."""
    rows = [{**r, "name": placeless(r["name"])} for r in rows]
    path = Path(directory or models_dir()) / TRAIN_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, TRAIN_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: (r["label"], r["name"], r["signals"])))
    return path
