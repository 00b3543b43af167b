"""Fuzz ingest at scale: N hostile files (default 3000) through the real pipeline with 2 workers.

    .venv/bin/python bench/fuzz.py [--n 3000] [--seed 1] [--timeout 20] [--ocr]

Uses the generator of tests/test_fuzz.py. Writes bench/results/fuzz.json: outcomes by
error kind, the slowest files, files that crash discovery (they would stop a batch), and
whether every stored submission is ok or a specific error. Exit code 1 on any failure.
"""

import argparse
import collections
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_fuzz import (  # noqa: E402
    SPECIFIC,
    crashes_discovery,
    mutants,
    seed_files,
    write_all,
)
from workbench import ingest, store  # noqa: E402
from workbench.stores.sql import one  # noqa: E402


def error_kind(message):
    """The stable part of an error message: without the file name, numbers and details in brackets."""
    text = re.sub(r"\(.*?\)", "", (message or "").split(": ", 1)[-1])
    return re.sub(r"\d+", "N", text)[:90]


def run(n, seed, timeout, ocr):
    ingest.SECONDS_PER_SUBMISSION = timeout
    with tempfile.TemporaryDirectory(prefix="workbench-fuzz-") as tmp:
        tmp = Path(tmp)
        folder = write_all(tmp / "hostile", mutants(seed_files(tmp), n, seed=seed))
        crashing = {}
        for path in sorted(folder.iterdir()):
            if error := crashes_discovery(path, tmp):
                crashing[path.name] = error
                path.rename(tmp / path.name)
        db = store.open_db(tmp / "fuzz.db")
        timings = []
        last = [time.monotonic()]

        def progress(done, total, outcome):
            now = time.monotonic()
            timings.append((now - last[0], outcome.source))
            last[0] = now

        started = time.monotonic()
        ingest.ingest(db, "fuzz", [folder], n_workers=2, ocr=ocr, progress=progress)
        elapsed = time.monotonic() - started
        rows = store.list_submissions(db, "fuzz")
        integrity = one(db, "pragma integrity_check")["integrity_check"]
    kinds = collections.Counter(
        "ok" if r["status"] == "ok" else error_kind(r["error"]) for r in rows
    )
    vague = [
        r["error"]
        for r in rows
        if r["status"] == "error"
        and not any(w.lower() in (r["error"] or "").lower() for w in SPECIFIC)
    ]
    return {
        "files": n,
        "seed": seed,
        "timeout_s": timeout,
        "ocr": ocr,
        "seconds": round(elapsed, 1),
        "stored": len(rows),
        "ok": kinds["ok"],
        "integrity": integrity,
        "crash_discovery": len(crashing),
        "crash_discovery_examples": sorted(set(crashing.values()))[:10],
        "vague_errors": vague[:20],
        "outcomes": dict(kinds.most_common()),
        "slowest": [
            {"s": round(s, 2), "source": src} for s, src in sorted(timings, reverse=True)[:10]
        ],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=int, default=20)
    parser.add_argument("--ocr", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.n, args.seed, args.timeout, args.ocr)
    out = ROOT / "bench" / "results" / "fuzz.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(
        json.dumps(
            {
                k: result[k]
                for k in ("files", "stored", "ok", "seconds", "integrity", "crash_discovery")
            }
        )
    )
    failed = (
        result["vague_errors"]
        or result["integrity"] != "ok"
        or result["stored"] != args.n - result["crash_discovery"]
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
