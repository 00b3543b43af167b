"""The confidentiality-request benchmark: every item as a real file, through the real CLI.

    python bench/requests/harness.py --half dev            # markdown summary on stdout
    python bench/requests/harness.py --half dev --json     # the same figures as JSON
    python bench/requests/harness.py --items /tmp/sample.jsonl

Each item of bench/requests/corpus/*.jsonl (split.py decides its half) becomes one
submission carrying its text in its placement (build.py); the folder is ingested with
`workbench ingest` exactly as a user runs it, and the tags are read back with
`workbench submissions --format json --internal`. Recall counts requests whose
confidentiality is not `public`; the false-alarm rate counts controls that are not
`public`. An empty or error tag counts as not public: that is how every output treats it.
Texts are printed for the dev half (and --items files) only, never for the held-out half.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import split  # noqa: E402

CALL = "bench-requests"
# Halves whose texts may be printed: dev and the fresh sets already read (never heldout, nor
# split.UNREAD).
READ_HALVES = ("dev", *split.READ_FRESH)


def load_items(half, items_file):
    if items_file:
        lines = Path(items_file).read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    return list(split.items(half))


def workbench_command():
    """The installed `workbench` script of the venv running this harness (or of the repo)."""
    for candidate in (
        Path(sys.executable).parent / "workbench",
        ROOT / ".venv" / "bin" / "workbench",
    ):
        if candidate.exists():
            return [str(candidate)]
    return [sys.executable, "-m", "workbench"]


def run_cli(args, workdir):
    done = subprocess.run(
        workbench_command() + args,
        cwd=workdir,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    if done.returncode != 0:
        sys.exit(
            f"workbench {' '.join(args[:3])} failed ({done.returncode}):\n{done.stderr[-2000:]}"
        )
    return done


def build_all(items, folder):
    """{source: (item, placement used)} for the submissions written under ``folder``."""
    by_source = {}
    for index, item in enumerate(items, 1):
        source, placement = build.build(item, folder, index)
        by_source[source] = (item, placement)
    return by_source


def tag_all(items, workdir, workers):
    inbox = workdir / "inbox"
    inbox.mkdir()
    by_source = build_all(items, inbox)
    db = workdir / "bench.db"
    started = time.time()
    run_cli(
        [
            "--db",
            str(db),
            "ingest",
            "--call",
            CALL,
            str(inbox),
            "--workers",
            str(workers),
            "--no-ocr",
        ],
        workdir,
    )
    seconds = time.time() - started
    listed = run_cli(
        ["--db", str(db), "submissions", "--call", CALL, "--format", "json", "--internal"], workdir
    )
    rows = {row["source"]: row for row in json.loads(listed.stdout)}
    places = reached(db, rows)
    results = []
    for source, (item, placement) in by_source.items():
        row = rows.get(source, {})
        results.append(
            {
                "item": item,
                "placement": placement,
                "source": source,
                "confidentiality": row.get("confidentiality") or "",
                "status": row.get("status") or "missing",
                "reached": _carried(build.placed_text(item), places.get(source, [])),
            }
        )
    return results, seconds


def reached(db_path, rows):
    """{source: [(kind, text)]}: what ``Document.parts`` gives the detector for each submission."""
    sys.path.insert(0, str(ROOT))
    from workbench import store
    from workbench.tagging import documents

    db = store.open_db(db_path)
    try:
        return {
            source: [(p.kind, p.text) for p in documents.load(db, row["id"]).parts]
            for source, row in rows.items()
            if row.get("id")
        }
    finally:
        db.conn.close()


def _letters(text):
    return "".join(c for c in text.casefold() if c.isalnum())


def _carried(text, parts):
    """The kind of the first part holding the item's text (letters and digits compared, so a
    file name's underscores or a wrapped line do not count as losses), or ''."""
    wanted = _letters(text)[:120]  # file names are cut at 150 bytes
    return next((kind for kind, part in parts if wanted and wanted in _letters(part)), "")


# ---------------------------------------------------------------- figures


def flagged(result):
    return result["confidentiality"] != "public"


def rate(results, kind):
    chosen = [r for r in results if r["item"]["kind"] == kind]
    hits = sum(flagged(r) for r in chosen)
    return {
        "n": len(chosen),
        "flagged": hits,
        "rate": round(hits / len(chosen), 4) if chosen else None,
    }


def breakdown(results, key):
    groups = defaultdict(list)
    for r in results:
        groups[key(r)].append(r)
    return {
        name: {"recall": rate(group, "request"), "false_alarms": rate(group, "control")}
        for name, group in sorted(groups.items())
    }


def figures(results, show_texts, seconds):
    requests = [r for r in results if r["item"]["kind"] == "request"]
    controls = [r for r in results if r["item"]["kind"] == "control"]

    def listing(rows):
        return [
            {
                "id": r["item"]["id"],
                "lang": r["item"]["lang"],
                "placement": r["item"]["placement"],
                "level": r["item"].get("level"),
                "got": r["confidentiality"],
                "status": r["status"],
                **({"text": r["item"]["text"]} if show_texts else {}),
            }
            for r in rows
        ]

    # Agreement on the level, where the writer gave one ("unclear" requests only need review).
    found = [
        r
        for r in requests
        if flagged(r) and r["item"].get("level") in ("withhold_name", "do_not_publish")
    ]
    return {
        "items": len(results),
        "ingest_seconds": round(seconds, 1),
        "recall": rate(results, "request"),
        "false_alarms": rate(results, "control"),
        "level_agreement": round(
            sum(r["confidentiality"] == r["item"].get("level") for r in found) / len(found), 4
        )
        if found
        else None,
        "errors": sum(r["status"] != "ok" for r in results),
        "reached": {"n": len(results), "carried": sum(bool(r["reached"]) for r in results)},
        "not_reached": [
            {"id": r["item"]["id"], "lang": r["item"]["lang"], "placement": r["item"]["placement"]}
            for r in results
            if not r["reached"]
        ],
        "by_language": breakdown(results, lambda r: r["item"]["lang"]),
        "by_placement": breakdown(results, lambda r: r["item"]["placement"]),
        "misses": listing(r for r in requests if not flagged(r)),
        "false_alarm_items": listing(r for r in controls if flagged(r)),
    }


# ---------------------------------------------------------------- report


def _cell(figure):
    if not figure["n"]:
        return "–"
    return f"{figure['rate']:.2f} ({figure['flagged']}/{figure['n']})"


def markdown(half, result):
    lines = [
        f"# Request benchmark: {half} half",
        "",
        f"{result['items']} items, ingested through `workbench ingest` in {result['ingest_seconds']} s; "
        f"{result['errors']} submissions in error. The item's text reached `Document.parts` for "
        f"{result['reached']['carried']}/{result['reached']['n']} items"
        + (
            ""
            if not result["not_reached"]
            else ": not for "
            + ", ".join(
                f"`{r['id']}` ({r['lang']}, {r['placement']})" for r in result["not_reached"]
            )
        )
        + ".",
        "",
        f"- **Recall** (requests not tagged public): {_cell(result['recall'])}",
        f"- **False alarms** (controls not tagged public): {_cell(result['false_alarms'])}",
        f"- Level agreement (found requests with a clear level): {result['level_agreement']}",
        "",
    ]
    for title, key in (("language", "by_language"), ("placement", "by_placement")):
        lines += [
            f"## By {title}",
            "",
            f"| {title} | recall | false alarms |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| {name} | {_cell(f['recall'])} | {_cell(f['false_alarms'])} |"
            for name, f in result[key].items()
        ]
        lines.append("")
    for title, key in (("Missed requests", "misses"), ("False alarms", "false_alarm_items")):
        lines += [f"## {title} ({len(result[key])})", ""]
        for row in result[key]:
            text = f": {row['text']}" if "text" in row else ""
            lines.append(
                f"- `{row['id']}` {row['lang']} / {row['placement']} → {row['got'] or '(empty)'}"
                f"{' [' + row['status'] + ']' if row['status'] != 'ok' else ''}{text}"
            )
        lines.append("")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--half",
        choices=split.HALVES,
        default="dev",
    )
    parser.add_argument(
        "--items", help="a JSONL file of items instead of the corpus (texts are shown)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the figures as JSON instead of markdown"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--keep", help="build and ingest in this folder and keep it (for looking at the files)"
    )
    args = parser.parse_args(argv)
    items = load_items(args.half, args.items)
    if not items:
        sys.exit("no items: the corpus (bench/requests/corpus/*.jsonl) is empty; use --items FILE")
    label = Path(args.items).name if args.items else args.half
    show_texts = bool(args.items) or args.half in READ_HALVES
    with tempfile.TemporaryDirectory(prefix="bench-requests-") as scratch:
        workdir = Path(args.keep) if args.keep else Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        results, seconds = tag_all(items, workdir, args.workers)
    result = figures(results, show_texts, seconds)
    print(
        json.dumps(result, ensure_ascii=False, indent=2) if args.json else markdown(label, result)
    )


if __name__ == "__main__":
    main()
