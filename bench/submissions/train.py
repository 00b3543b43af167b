"""Add an independent writer's corpus to the type classifier's base rows and retrain.

    .venv/bin/python bench/submissions/train.py --written w1

The classifier learnt from the demo generator alone; issue 11 asks for realistic text too.
Only corpora written for the purpose (bench/submissions/written/<w>) are used: the real
submissions stay out of the model (their texts may not enter the repository, and the
held-out half must stay unseen). Rows of an earlier run of the same corpus are replaced, so
rerunning gives the same file and, the fit being deterministic, the same model. Both are
written into the package (workbench/data/models/), where the installed workbench reads them.
"""

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402

from workbench import ingest, store  # noqa: E402
from workbench.tagging import training, type_model  # noqa: E402


def written_rows(corpus):
    items = evaluate.load(written=corpus)
    with tempfile.TemporaryDirectory(prefix="train-written-") as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        gold = {evaluate.render(row, text, inbox): row for row, text in items}
        db = store.open_db(Path(tmp) / "train.db")
        try:
            ingest.ingest(db, corpus, [inbox], n_workers=2)
            return training.rows_from_gold(db, corpus, gold, origin=f"written {corpus}")
        finally:
            db.conn.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--written", nargs="+", required=True)
    args = parser.parse_args(argv)
    origins = {f"written {corpus}" for corpus in args.written}
    rows = [row for row in type_model.read_training() if row["origin"] not in origins]
    for corpus in args.written:
        rows += written_rows(corpus)
    type_model.write_training(rows)
    path, count = training.train()
    print(f"trained on {count} rows ({', '.join(sorted(origins))} included): {path}")


if __name__ == "__main__":
    main()
