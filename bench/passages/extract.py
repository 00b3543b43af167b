"""Run one half of the real documents through the real ingest and dump their passages.

    .venv/bin/python bench/passages/extract.py --half dev      # -> bench/passages/dev.jsonl
    .venv/bin/python bench/passages/extract.py --half heldout  # -> bench/passages/heldout.jsonl

The documents of the half (dev.txt / heldout.txt, fixed by split.py before any was read)
are copied into a temporary folder, ingested with the command line (`workbench ingest`,
OCR off so runs are quick and repeatable) into a fresh database, and themes are proposed
(`workbench themes --refresh`), which is when procedural passages and echoed questions are
set aside. Each passage is written as one JSON line:

    {"doc": "pdf/name.pdf", "page": 3, "index": 12, "section": "...", "text": "...",
     "role": "<predicted>", "reason": "...", "language": "en", "label": ""}

``label`` is left empty for a reader to fill in with one of ROLES (see labels.py).
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REALWORLD = Path("/work/shared/realworld")
CALL = "passages-bench"
ROLES = (
    "body",
    "heading",
    "front_matter",
    "footnote_reference",
    "contact_signature",
    "procedural",
    "echoed_question",
)
sys.path.insert(0, str(ROOT))


def documents(half):
    return [
        line.strip() for line in (HERE / f"{half}.txt").read_text().splitlines() if line.strip()
    ]


def copy_documents(names, folder):
    """{source name in the call: 'folder/name'}; each document a loose file (one submission)."""
    sources = {}
    for name in names:
        target = name.replace("/", "--", 1)
        shutil.copy(REALWORLD / name, folder / target)
        sources[target] = name
    return sources


def run_cli(db_path, *args):
    command = [str(ROOT / ".venv" / "bin" / "workbench"), "--db", str(db_path), *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"{' '.join(args[:1])} failed: {done.stderr.strip()}")
    return done.stdout


def passage_rows(db_path, sources):
    from workbench import store, structure

    db = store.open_db(db_path)
    rows = []
    for row in structure.call_roles(db, CALL):
        rows.append(
            {
                "doc": sources.get(row["source"], row["source"]),
                "page": row["page"],
                "index": row["seq"],
                "section": row.get("section") or "",
                "text": row["text"],
                "role": row["role"],
                "reason": row.get("reason") or "",
                "language": row["language"] or "",
                "label": "",
            }
        )
    rows.sort(key=lambda r: (r["doc"], r["index"]))
    return rows


def extract(half, out=None, workers=2):
    out = Path(out or HERE / f"{half}.jsonl")
    with tempfile.TemporaryDirectory(prefix="passages-bench-") as work:
        work = Path(work)
        folder = work / "docs"
        folder.mkdir()
        sources = copy_documents(documents(half), folder)
        db_path = work / "bench.db"
        print(
            run_cli(
                db_path,
                "ingest",
                "--call",
                CALL,
                "--no-ocr",
                "--workers",
                str(workers),
                str(folder),
            ).strip()
        )
        run_cli(db_path, "themes", "--call", CALL, "--format", "json", "--refresh")
        rows = passage_rows(db_path, sources)
    with open(out, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} passages of {len({r['doc'] for r in rows})} documents -> {out}")
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "heldout"), required=True)
    parser.add_argument("--out", default=None)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    extract(args.half, args.out, args.workers)


if __name__ == "__main__":
    main()
