"""The submitter-type classifier: scikit-learn, trained deterministically, shipped in models/.

Training rows are (name, signals, label): the shipped base set (models/submitter_type_train.csv,
made from labelled documents) plus every submitter type people confirmed or corrected.
"""

import csv
import functools
import os
from pathlib import Path

import joblib
import pandas as pd

MODEL_FILE = "submitter_type.joblib"
TRAIN_FILE = "submitter_type_train.csv"
TRAIN_COLUMNS = ["name", "signals", "label", "origin"]
RANDOM_STATE = 0


def models_dir():
    """models/ at the top of the checkout, or $WORKBENCH_MODELS."""
    return Path(
        os.environ.get("WORKBENCH_MODELS") or Path(__file__).resolve().parents[2] / "models"
    )


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


def fit(rows):
    """Fit on [{'name', 'signals', 'label'}] (sorted first, so the same rows give the same model)."""
    ordered = sorted(rows, key=lambda r: (r["label"], r["name"], r["signals"]))
    frame = pd.DataFrame(ordered, columns=["name", "signals", "label"])
    return build().fit(frame[["name", "signals"]], frame["label"])


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
    frame = pd.DataFrame([feature_row], columns=["name", "signals"])
    return dict(zip(pipeline.classes_, pipeline.predict_proba(frame)[0]))


def read_training(directory=None):
    path = Path(directory or models_dir()) / TRAIN_FILE
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def write_training(rows, directory=None):
    path = Path(directory or models_dir()) / TRAIN_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, TRAIN_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: (r["label"], r["name"], r["signals"])))
    return path
