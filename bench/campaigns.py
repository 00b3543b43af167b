"""Campaign precision on letters written to be near-duplicates vs letters that only quote the
same UN texts (issue 16, point 4).

    .venv/bin/python -m bench.campaigns [--letters bench/campaigns_written] [--json]
    .venv/bin/python -m bench.campaigns --letters bench/campaigns_written_b

Each letter of ``letters/`` becomes a DOCX (one paragraph per blank-line block), the folder is
ingested as one call in a temporary database, and ``themes.campaigns`` groups them. Pairs of
letters put in one campaign are compared with ``labels.csv`` (same ``template`` letter = the
same form letter; empty = no template shared). Two label formats are read:

- ``file,template,kind`` (bench/campaigns_written): ``kind`` says which letters only quote;
- ``file,group`` (bench/campaigns_written_b, an independent writer's): ``group`` t1..t5 is the
  template; which empty-group letters only quote is in that folder's README.md table, row
  "shared quotations" (the writer put it there, not in labels.csv).

- precision: share of grouped pairs that share a template (target ≥ 0.95);
- recall: share of template pairs that were grouped;
- quote-only letters grouped: letters that share only quotations, formulas, date and addressee
  but were put in a campaign (target 0).

Prints the figures and each campaign with its label. Exit code 1 below the precision target.
"""

import argparse
import csv
import itertools
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

from docx import Document

from workbench import ingest, store, themes

HERE = Path(__file__).resolve().parent
LETTERS = HERE / "campaigns_written"
CALL = "campaigns-bench"
TARGET = 0.95


def write_docx(text_file, folder):
    document = Document()
    for block in text_file.read_text(encoding="utf-8").split("\n\n"):
        if block.strip():
            document.add_paragraph(block.strip())
    path = folder / (text_file.stem + ".docx")
    document.save(path)
    return path


def read_labels(folder):
    """{docx name: {"template", "kind"}} from either label format."""
    with open(folder / "labels.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if rows and "group" in rows[0]:
        quoting = readme_quote_only(folder)
        rows = [
            {
                "file": r["file"],
                "template": r["group"],
                "kind": kind_of(r["group"], Path(r["file"]).stem in quoting),
            }
            for r in rows
        ]
    return {Path(r["file"]).stem + ".docx": r for r in rows}


def kind_of(group, quotes_only):
    return "quotes_only" if quotes_only else "campaign" if group else "independent"


def readme_quote_only(folder):
    """File stems of the quote-only letters listed in the README's "shared quotations" row."""
    for line in (folder / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("|") and "shared quotations" in line:
            return set(re.findall(r"\b\d{2}\b", line.rsplit("|", 2)[-2]))
    return set()


def pairs(groups):
    return {tuple(sorted(p)) for group in groups for p in itertools.combinations(group, 2)}


def measure(letters=LETTERS):
    labels = read_labels(letters)
    work = Path(tempfile.mkdtemp(prefix="bench-campaigns-"))
    try:
        folder = work / "in"
        folder.mkdir()
        for text_file in sorted((letters / "letters").glob("*.txt")):
            write_docx(text_file, folder)
        db = store.open_db(work / "wb.db")
        ingest.ingest(db, CALL, [folder], n_workers=0)
        source = {s["id"]: s["source"] for s in store.list_submissions(db, CALL)}
        found = [
            {"label": c["label"], "files": sorted(source[i] for i in c["submission_ids"])}
            for c in themes.campaigns(db, CALL)
        ]
        db.conn.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return score(found, labels)


def score(found, labels):
    templates = {}
    for name, row in labels.items():
        if row["template"]:
            templates.setdefault(row["template"], []).append(name)
    truth, grouped = pairs(templates.values()), pairs(c["files"] for c in found)
    quote_only = sorted(
        {f for c in found for f in c["files"] if labels[f]["kind"] == "quotes_only"}
    )
    return {
        "letters": len(labels),
        "template_pairs": len(truth),
        "grouped_pairs": len(grouped),
        "precision": round(len(grouped & truth) / len(grouped), 3) if grouped else None,
        "recall": round(len(grouped & truth) / len(truth), 3) if truth else None,
        "quote_only_letters": sum(r["kind"] == "quotes_only" for r in labels.values()),
        "quote_only_grouped": quote_only,
        "campaigns": found,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=Path, default=LETTERS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = measure(args.letters)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(
            f"{result['letters']} letters, {result['template_pairs']} template pairs; "
            f"grouped pairs {result['grouped_pairs']}: precision {result['precision']}, "
            f"recall {result['recall']}; quote-only letters grouped "
            f"{len(result['quote_only_grouped'])}/{result['quote_only_letters']}"
        )
        for campaign in result["campaigns"]:
            print(f"- {campaign['label']}\n  {', '.join(campaign['files'])}")
    precision = result["precision"]
    return 1 if precision is None or precision < TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
