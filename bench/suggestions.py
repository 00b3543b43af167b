"""Literature suggestions speed (issue 16): one run of ``notes.suggest_links`` on a call.

    .venv/bin/python bench/suggestions.py --db data/workbench.db [--call demo-call]

The database is copied to a temporary file (the original is not written). Three runs in one
process, as the Literature page makes them: the first fits the space of the notes and the
call's passages and keeps it (``derived``), the next two read it back. Each run's suggestions
are compared with the first's (they must be the same, scores included). Target for a run with
the space kept: under 1 s. Prints the figures; exit code 1 when the target is missed or the
suggestions differ.
"""

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import notes, store  # noqa: E402

TARGET_S = 1.0


def timed_run(db, call):
    started = time.perf_counter()
    notes.suggest_links(db, call)
    seconds = time.perf_counter() - started
    found = [
        (s["note_id"], s["target_type"], s["target_id"], s["target_label"], s["score"])
        for s in notes.pending(db, call)
    ]
    return seconds, found


def measure(source, call):
    with tempfile.TemporaryDirectory(prefix="bench-suggestions-") as tmp:
        copy = Path(tmp) / "wb.db"
        shutil.copyfile(source, copy)
        db = store.open_db(copy)
        try:
            runs = [timed_run(db, call) for _ in range(3)]
        finally:
            db.conn.close()
    first = runs[0][1]
    return {
        "notes": len({s[0] for s in first}),
        "suggestions": len(first),
        "seconds": [round(s, 2) for s, _ in runs],
        "same": all(found == first for _, found in runs),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--call", default="demo-call")
    args = parser.parse_args(argv)
    result = measure(args.db, args.call)
    fit, *kept = result["seconds"]
    print(
        f"{result['suggestions']} suggestions for {result['notes']} notes: first run (fits the "
        f"space) {fit} s, with the space kept {', '.join(map(str, kept))} s; "
        f"same suggestions: {result['same']}"
    )
    return 0 if result["same"] and max(kept) < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
