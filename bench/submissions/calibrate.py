"""Measure how often each way of finding a tag is right, and write the calibration table.

    .venv/bin/python bench/submissions/calibrate.py --half dev --written w1

Reads only development material: the dev half of the real openings and independent
writers' corpora used for tuning (never the held-out half, never a corpus kept for
evaluation). Each text goes through `workbench ingest` as a rendered DOCX/PDF; the tagger's
raw decisions (tagger.decide_raw, the code ingest runs before calibrating) are compared
with the labels per field, per ``Found.kind`` and per band of the raw score. Output:
workbench/data/tag_calibration.csv (counts only: no text, no names).
"""

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import evaluate  # noqa: E402

from workbench import store  # noqa: E402
from workbench.tagging import calibration, documents, tagger  # noqa: E402

OUT = ROOT / "workbench" / "data" / "tag_calibration.csv"


def outcomes(items, workdir):
    """[(field, kind, band, right)] for every who-sent-it field of every text."""
    inbox = workdir / "inbox"
    inbox.mkdir()
    gold = {evaluate.render(row, text, inbox): row for row, text in items}
    db_path = workdir / "calibrate.db"
    evaluate.workbench(
        ["--db", str(db_path), "ingest", "--call", evaluate.CALL, str(inbox), "--no-ocr"], workdir
    )
    db = store.open_db(db_path)
    found = []
    try:
        for row in store.list_submissions(db, evaluate.CALL, status="ok"):
            label = gold.get(row["source"])
            if label is None:
                continue
            raw = tagger.decide_raw(db, documents.load(db, row["id"]))
            tagged = {field: raw[field].value for field in calibration.FIELDS}
            for field in calibration.FIELDS:
                ok = (
                    evaluate.name_found(label, tagged)
                    if field == "submitter"
                    else evaluate.right(field, label, tagged)
                )
                found.append(
                    (
                        field,
                        raw[field].kind or "",
                        calibration.band(float(raw[field].confidence)),
                        ok,
                    )
                )
    finally:
        db.conn.close()
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev",), default="dev")
    parser.add_argument("--written", nargs="*", default=[])
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="calibrate-") as tmp:
        for number, items in enumerate(
            [evaluate.load(args.half)] + [evaluate.load(written=w) for w in args.written]
        ):
            folder = Path(tmp) / str(number)
            folder.mkdir()
            results += outcomes(items, folder)
    n, right = Counter(), Counter()
    for field, kind, band, ok in results:
        n[(field, kind, band)] += 1
        right[(field, kind, band)] += ok
    with open(OUT, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["field", "kind", "band", "n", "right"])
        for key in sorted(n):
            writer.writerow([*key, n[key], right[key]])
    sources = " + ".join(
        [f"real openings {args.half} half"] + [f"written {w}" for w in args.written]
    )
    print(
        f"{len(n)} cells from {len(results) // len(calibration.FIELDS)} texts ({sources}) -> {OUT}"
    )


if __name__ == "__main__":
    main()
