"""Train the request model (a fail-closed second reader behind the detector's rules).

    .venv/bin/python bench/requests/train_model.py [--cv]

Character n-grams (2-5, per word) -> logistic regression, on every item of the dev, held-out,
fresh, fresh2 and fresh3 sets (1,440 texts by five writers; each set became training data
after it was read once). `fresh4` (writer H) is never used here: it measures the result.
`--cv` prints leave-one-writer-out recall and false alarms of rules, model and both, which is
how the threshold was chosen (recall first: the model only ever sends a submission to review).
Writes workbench/data/request_model.joblib; the same items give the same model.
"""

import argparse
import re
import sys
from pathlib import Path

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import split  # noqa: E402

TRAINING = ("dev", "heldout", "fresh", "fresh2", "fresh3")
THRESHOLD = 0.6  # leave-one-writer-out: rules + model recall 0.97, false alarms 0.17 (see --cv)
OUT = HERE.parents[1] / "workbench" / "data" / "request_model.joblib"


def text_of(item):
    text = item["text"]
    if item["placement"] == "file_name":
        text = re.sub(r"[_.+-]+", " ", text)
    return text


def model():
    return make_pipeline(
        TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True
        ),
        LogisticRegression(C=16, class_weight="balanced", max_iter=5000),
    )


def training_items():
    return sorted((i for half in TRAINING for i in split.items(half)), key=lambda i: i["id"])


def cross_validate(items):
    import textcheck

    from workbench.tagging import confidentiality

    texts, y = [text_of(i) for i in items], np.array([i["kind"] == "request" for i in items])
    writers = np.array([i["id"][0] for i in items])
    probs = np.zeros(len(items))
    for writer in sorted(set(writers)):
        held = writers == writer
        fitted = model().fit([t for t, h in zip(texts, held) if not h], y[~held])
        probs[held] = fitted.predict_proba([t for t, h in zip(texts, held) if h])[:, 1]
    rules = np.array(
        [confidentiality.detect(textcheck.document(i)).value != "public" for i in items]
    )
    for name, flag in (
        ("rules", rules),
        ("model", probs >= THRESHOLD),
        ("both", rules | (probs >= THRESHOLD)),
    ):
        print(f"{name}: recall {flag[y].mean():.3f}, false alarms {flag[~y].mean():.3f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true")
    args = parser.parse_args(argv)
    items = training_items()
    if args.cv:
        cross_validate(items)
    fitted = model().fit([text_of(i) for i in items], [i["kind"] == "request" for i in items])
    joblib.dump(
        {
            "model": fitted,
            "threshold": THRESHOLD,
            "n_items": len(items),
            "trained_on": "bench/requests/corpus writers B-G (" + ", ".join(TRAINING) + ")",
        },
        OUT,
        compress=3,
    )
    print(f"{len(items)} items -> {OUT.relative_to(HERE.parents[1])}")


if __name__ == "__main__":
    main()
