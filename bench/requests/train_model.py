"""Train the request model (a fail-closed second reader behind the detector's rules).

    .venv/bin/python bench/requests/train_model.py [--cv]

Character n-grams (2-5, per word) and word 1-3-grams -> logistic regression, on every item of
the sets read so far: dev, held-out, fresh … fresh15 (6,480 texts by twenty-seven writers,
B-AC; each set became training data after it was read). A later unread set measures the result. Controls also include real documents' texts as the second reader sees
them (short paragraphs of first and last pages, headers, properties, file names) from half A
of ../shared/realworld/{texts,pdf,docx} (public documents, none asking for confidentiality;
half B measures false alarms on real documents). Without ../shared/realworld they are left out.
`--cv` prints leave-one-writer-out recall and false alarms of the detector (rules, then the
model trained without the writer) at several thresholds, and of the model alone (recall
first: the model only ever sends a submission to review).
Writes workbench/data/request_model.joblib; the same items give the same model.
"""

import argparse
import hashlib
import os
import re
import sys
from pathlib import Path

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import split  # noqa: E402

TRAINING = ("dev", "heldout", *split.READ_FRESH)  # every set read so far
# Chosen by leave-one-writer-out on the detector's own path (rules, then this model): see README.
THRESHOLD = 0.5
# ../shared/realworld beside the checkout (WORKBENCH_REALWORLD elsewhere).
REALWORLD = Path(os.environ.get("WORKBENCH_REALWORLD", HERE.parents[2] / "shared" / "realworld"))
OUT = HERE.parents[1] / "workbench" / "data" / "request_model.joblib"


def text_of(item):
    text = item["text"]
    if item["placement"] == "file_name":
        text = re.sub(r"[_.+-]+", " ", text)
    return text


def model():
    return make_pipeline(
        make_union(
            TfidfVectorizer(
                analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True, lowercase=True
            ),
            TfidfVectorizer(
                analyzer="word", ngram_range=(1, 3), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b"
            ),
        ),
        LogisticRegression(C=16, class_weight="balanced", max_iter=5000),
    )


def real_half(name):
    """'A' (training controls) or 'B' (measure), fixed by the file's name."""
    return "A" if hashlib.sha256(name.encode()).hexdigest()[0] in "01234567" else "B"


def real_controls():
    """Texts the second reader sees in half A of the real documents, each file ingested for real."""
    if not REALWORLD.exists():
        return []
    from workbench.tagging import confidentiality

    texts = []
    for doc in real_documents("A"):
        parts = confidentiality.parts_of(doc)
        zones = confidentiality._zone_parts(parts)
        for part in parts:
            if part.kind == "body" and id(part) not in zones:
                continue  # middle pages: measured apart (none reaches MIDDLE_THRESHOLD), not trained on
            texts += [c for c in confidentiality._chunks(part, zones.get(id(part))) if c.strip()]
    return sorted(set(texts))


def real_documents(half):
    """The real documents of one half as the tagger reads them (ingested into a scratch database)."""
    import tempfile

    from workbench import ingest, store
    from workbench.tagging import documents

    files = [
        f
        for sub in ("texts", "pdf", "docx")
        for f in sorted((REALWORLD / sub).glob("*"))
        if f.is_file()
        and f.suffix.lower() in (".txt", ".md", ".pdf", ".docx")
        and real_half(f.name) == half
    ]
    with tempfile.TemporaryDirectory(prefix="request-model-") as scratch:
        db = store.open_db(Path(scratch) / "real.db")
        try:
            ingest.ingest(db, "real", files, n_workers=1, ocr=False)
            ids = [row["id"] for row in store.list_submissions(db, "real") if row["status"] == "ok"]
            return [documents.load(db, i) for i in ids]
        finally:
            db.conn.close()


def training_items():
    return sorted((i for half in TRAINING for i in split.items(half)), key=lambda i: i["id"])


def cross_validate(items, controls, thresholds=(THRESHOLD,)):
    """Leave one writer out, on the detector's own path: the model trained without the writer
    (real controls kept) is the second reader while the writer's items are read."""
    import textcheck

    from workbench.tagging import confidentiality, request_model

    texts, y = [text_of(i) for i in items], np.array([i["kind"] == "request" for i in items])
    writers = np.array([i["id"].split("-")[0] for i in items])  # "ab-", "ac-": writers of their own
    model_p, detector = np.zeros(len(items)), {}
    for writer in sorted(set(writers)):
        held = writers == writer
        fitted = model().fit(
            [t for t, h in zip(texts, held) if not h] + controls,
            list(y[~held]) + [False] * len(controls),
        )
        model_p[held] = fitted.predict_proba([t for t, h in zip(texts, held) if h])[:, 1]
        for threshold in thresholds:
            bundle = {"model": fitted, "threshold": threshold}
            request_model._bundle = lambda bundle=bundle: bundle  # this fold's second reader
            found = confidentiality.detect_many(
                [(textcheck.document(i), "") for i, h in zip(items, held) if h]
            )
            detector.setdefault(threshold, np.zeros(len(items), bool))[held] = [
                f.value != "public" for f in found
            ]
    for threshold, flag in detector.items():
        print(
            f"detector (rules + model at {threshold}): recall {flag[y].mean():.3f}, "
            f"false alarms {flag[~y].mean():.3f}"
        )
    flag = model_p >= THRESHOLD
    print(f"model alone: recall {flag[y].mean():.3f}, false alarms {flag[~y].mean():.3f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true")
    args = parser.parse_args(argv)
    items = training_items()
    controls = real_controls()
    if REALWORLD.exists() and not controls:
        sys.exit(f"no real document of {REALWORLD} could be read: the model was not written")
    if args.cv:
        cross_validate(items, controls, (0.5, 0.6, 0.7, 0.8))
    texts = [text_of(i) for i in items] + controls
    labels = [i["kind"] == "request" for i in items] + [False] * len(controls)
    fitted = model().fit(texts, labels)
    for _, vectorizer in fitted.steps[0][1].transformer_list:
        # scikit-learn keeps id() of the stop-word list to warn once: a memory address, which
        # made identical training write different bytes.
        vars(vectorizer).pop("_stop_words_id", None)
    joblib.dump(
        {
            "model": fitted,
            "threshold": THRESHOLD,
            "n_items": len(items),
            "n_real_controls": len(controls),
            "trained_on": "bench/requests/corpus writers B-AC ("
            + ", ".join(TRAINING)
            + ") and real documents' half A as controls",
        },
        OUT,
        compress=3,
    )
    print(
        f"{len(items)} items + {len(controls)} real controls -> {OUT.relative_to(HERE.parents[1])}"
    )


if __name__ == "__main__":
    main()
