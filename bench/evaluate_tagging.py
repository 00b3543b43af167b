"""Train the submitter-type classifier on style-a documents; measure every tag on unseen ones.

    .venv/bin/python bench/evaluate_tagging.py [--n 130] [--train-seeds 0 1 2] [--test-seed 7]

Writes models/submitter_type_train.csv (base training rows), models/submitter_type.joblib
(the model) and models/submitter_type.md (the card with the measured figures). Test sets:
the corpus generator's style "b" (other templates, other organisation names) and the
human-rights texts of /work/shared/realworld/texts (their own labels.csv).
"""
import argparse
import csv
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.generate import generate  # noqa: E402
from workbench import ingest, store  # noqa: E402
from workbench.tagging import evaluate, model, training  # noqa: E402

REALWORLD = Path("/work/shared/realworld/texts")
REALWORLD_TYPES = {"Member State": "state", "Member State (joint)": "state", "UN body": "un_entity",
                   "Civil society organisation": "civil_society"}
TARGETS = {"submitter_type": ("macro_f1", 0.95), "country": ("accuracy", 0.95), "region": ("accuracy", 0.97),
           "language": ("accuracy", 0.99), "confidentiality": ("request_recall", 0.98)}


def corpus_call(db, work, style, seed, n):
    folder = work / f"{style}{seed}"
    generate(folder, n=n, seed=seed, style=style)
    gold = evaluate.read_gold(folder / "labels.csv")
    (folder / "labels.csv").rename(work / f"labels-{style}{seed}.csv")
    started = time.time()
    report = ingest.ingest(db, f"{style}{seed}", [folder], n_workers=2)
    return gold, report, time.time() - started


def realworld_gold():
    gold = {}
    with open(REALWORLD / "labels.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kind = REALWORLD_TYPES.get(row["author_type"])
            if kind:
                gold[row["file"]] = {"source": row["file"], "submitter_type": kind, "country": row["country"],
                                     "language": row["language"]}
    return gold


def realworld_call(db, work):
    folder = work / "realworld"
    folder.mkdir()
    gold = realworld_gold()
    for name in gold:
        shutil.copy(REALWORLD / name, folder / name)
    ingest.ingest(db, "realworld", [folder], n_workers=2)
    return evaluate.evaluate(db, "realworld", gold)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=130)
    parser.add_argument("--train-seeds", type=int, nargs="+", default=[0, 1, 2])
    parser.add_argument("--test-seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tagging-eval-") as tmp:
        work = Path(tmp)
        db = store.open_db(work / "eval.db")
        rows = []
        for seed in args.train_seeds:
            gold, _, _ = corpus_call(db, work, "a", seed, args.n)
            rows += training.rows_from_gold(db, f"a{seed}", gold, origin=f"corpus style a seed {seed}")
        model.write_training(rows)
        path, count = training.train()
        gold, report, seconds = corpus_call(db, work, "b", args.test_seed, args.n)
        style_b = evaluate.evaluate(db, f"b{args.test_seed}", gold)
        realworld = realworld_call(db, work) if REALWORLD.exists() else {}
    figures = {"trained_rows": count, "style_b": style_b, "realworld": realworld,
               "style_b_ingest": {"submissions": len(report.outcomes), "pages": report.pages, "seconds": seconds}}
    (ROOT / "models" / "evaluation.json").write_text(json.dumps(figures, indent=2, default=float) + "\n")
    print(evaluate.as_text(style_b))
    print("--- realworld\n" + evaluate.as_text(realworld))
    for field, (metric, target) in TARGETS.items():
        value = style_b.get(field, {}).get(metric)
        print(f"target {field} {metric} >= {target}: {value:.3f} {'OK' if value >= target else 'MISSED'}")
    print(f"model: {path} ({count} rows)")


if __name__ == "__main__":
    main()
