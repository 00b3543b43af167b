"""How much tagging adds to ingest: milliseconds per page, models warm (as in a running app).

.venv/bin/python bench/tagging.py [--n 60] [--style b] [--seed 3]
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.generate import generate  # noqa: E402
from workbench import ingest, store, tagging  # noqa: E402
from workbench.tagging import nlp, places  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--style", default="b")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    started = time.time()
    for lang in nlp.SUPPORTED:
        nlp.pipeline(lang)
    places.city_names()
    warm = time.time() - started
    with tempfile.TemporaryDirectory(prefix="tagging-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        generate(folder, n=args.n, seed=args.seed, style=args.style)
        (folder / "labels.csv").unlink()
        db = store.open_db(Path(tmp) / "bench.db")
        ingest.ingest(db, "bench", [folder], n_workers=2)
        pages = sum(r["n_pages"] for r in store.list_submissions(db, "bench", status="ok"))
        started = time.time()
        tagging.tag_call(db, "bench")
        seconds = time.time() - started
    print(
        f"start-up (spaCy pipelines for 5 languages + city gazetteer): {warm:.1f} s, once per process"
    )
    print(
        f"tagging {args.n} submissions, {pages} pages: {seconds:.2f} s = {1000 * seconds / pages:.1f} ms per page "
        f"({1000 * seconds / args.n:.0f} ms per submission, including the database writes)"
    )


if __name__ == "__main__":
    main()
