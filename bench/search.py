"""Search benchmark (issue 15): time of one query on a generated call of 5,000 submissions.

    .venv/bin/python bench/search.py [--size 5000] [--keep /tmp/workbench-bench-search] [--runs 5]

The call is generated (bench/pages.py's chunks of 125, styles a and b) and ingested once into
``--keep`` with --no-ocr, then reused. The index is brought up to date first (timed: what the
first search after ingesting the whole call pays), then each query runs ``--runs`` times as a
reviewer (names) and as the Senior Advisor (withheld submitters by type and region; the
publication gate built once, as a page run builds it) and the median is kept. Target: ≤ 100 ms.
Figures go to stdout and bench/results/search.json.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CALL = "bench-call"
QUERIES = [
    "police violence",
    '"police violence"',
    "conversion therapy",
    "conversion OR conversión",
    "полиции",
    "discrimin*",
    "trans",
    "violencia de género",
    "-violence health",
    "A/HRC/47/27",
]


def build(folder, size):
    """The database of a generated call of ``size`` submissions (kept in ``folder`` and reused)."""
    from pages import write_corpus

    db = folder / "workbench.db"
    if (folder / "ready").exists():
        return db
    write_corpus(folder / "inbox", size)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            str(db),
            "ingest",
            "--call",
            CALL,
            "--report",
            "conflict-peace-security",
            "--title",
            f"Generated call of {size}",
            "--no-ocr",
            str(folder / "inbox"),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "workbench",
            "--db",
            str(db),
            "notes",
            "import",
            str(ROOT / "corpus" / "demo_literature.bib"),
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    (folder / "ready").touch()
    return db


def timed(runs, work):
    """(median ms, last result) of ``runs`` calls of ``work``."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def withheld_name(db):
    """A withheld submitter's name: the advisor's slow path (every match of it re-read redacted)."""
    from workbench import privacy, store

    return next(
        (
            s["submitter"]
            for s in store.list_submissions(db, CALL)
            if s["submitter"] and not privacy.may_name(s)
        ),
        "",
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--keep", type=Path, default=Path("/tmp/workbench-bench-search"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from workbench import search, store
    from workbench.stores.sql import one

    db = store.open_db(build(args.keep / str(args.size), args.size))
    db.conn.execute("delete from passage_search")  # index from scratch: the catch-up after ingest
    db.conn.execute(
        "insert or ignore into search_pending (kind, id) select 'passage', id from passages"
    )
    db.conn.commit()
    start = time.perf_counter()
    indexed = search.catch_up(db)
    found = {
        "submissions": one(db, "select count(*) n from submissions")["n"],
        "passages": one(db, "select count(*) n from passages")["n"],
        "index catch-up s": round(time.perf_counter() - start, 1),
        "indexed": indexed,
        "queries": {},
    }
    name = withheld_name(db)
    for query in QUERIES + ([name] if name else []):
        reviewer, hits = timed(args.runs, lambda: search.search(db, query, CALL, names=True))
        advisor, _ = timed(args.runs, lambda: search.search(db, query, CALL, names=False))
        label = "<a withheld submitter's name>" if query == name else query
        found["queries"][label] = {
            "reviewer ms": reviewer,
            "advisor ms": advisor,
            "passages": hits.n_passages,
            "submissions": hits.n_submissions,
            "notes": hits.n_notes,
        }
        print(
            f"{label:32} reviewer {reviewer:7.1f} ms   advisor {advisor:7.1f} ms   "
            f"{hits.n_passages:6} passages in {hits.n_submissions:5} submissions",
            flush=True,
        )
    worst = max(max(q["reviewer ms"], q["advisor ms"]) for q in found["queries"].values())
    print(
        f"{found['submissions']} submissions, {found['passages']} passages; index catch-up "
        f"{found['index catch-up s']} s; slowest query {worst} ms (target <= 100 ms)"
    )
    out = ROOT / "bench" / "results" / "search.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(found, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
