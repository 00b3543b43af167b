"""Labelled passages: draw a sample to label, and score predicted roles against labels.

    .venv/bin/python bench/passages/labels.py sample dev.jsonl --n 260 > to-label.jsonl
    .venv/bin/python bench/passages/labels.py score dev.jsonl dev-labels.jsonl
    .venv/bin/python bench/passages/labels.py carry dev.jsonl dev-labels.jsonl > moved.jsonl

A sample is drawn at random (seeded) with at most PER_DOC passages of one document, so a
few long reports do not make the whole sample. Labels are matched to a fresh extraction by
document and text (whitespace folded); passages whose text changed since they were
labelled are counted as unmatched and left out of the figures.

Targets (issue 12): recall of non-body passages >= 0.95; body passages set aside <= 3 %.
"""

import argparse
import json
import random
import sys
from collections import Counter, defaultdict

ROLES = (
    "body",
    "heading",
    "front_matter",
    "footnote_reference",
    "contact_signature",
    "procedural",
    "echoed_question",
)
PER_DOC = 8
SEED = 12
# Test files of PDF/DOCX libraries (pdfminer, docx2python...): real files, but not submissions.
PARSER_FIXTURES = (
    "docx2python",
    "docxfix",
    "mammoth",
    "python-docx",
    "word-extractor",
    "pdfminer",
    "pdfplumber",
    "pypdf",
    "sample-files",
)


def origin(doc):
    return (
        "parser test files"
        if doc.split("/", 1)[-1].split("__", 1)[0] in PARSER_FIXTURES
        else "documents"
    )


def read(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def key(row):
    return row["doc"], " ".join(row["text"].split())


def sample(rows, n, per_doc=PER_DOC, seed=SEED):
    by_doc = defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)
    rng = random.Random(seed)
    pool = []
    for doc in sorted(by_doc):
        pool.extend(rng.sample(by_doc[doc], min(per_doc, len(by_doc[doc]))))
    rng.shuffle(pool)
    return sorted(pool[:n], key=lambda r: (r["doc"], r["index"]))


def score(predicted, labelled):
    """{'n', 'unmatched', 'nonbody_recall', 'body_set_aside', 'confusion', 'misses', 'false_alarms'}."""
    by_key = {key(row): row for row in predicted}
    confusion, misses, false_alarms, unmatched = Counter(), [], [], 0
    for row in labelled:
        found = by_key.get(key(row))
        if found is None:
            unmatched += 1
            continue
        truth, guess = row["label"], found["role"]
        confusion[(truth, guess)] += 1
        if truth != "body" and guess == "body":
            misses.append({**found, "label": truth})
        if truth == "body" and guess != "body":
            false_alarms.append({**found, "label": truth})
    nonbody = sum(n for (t, _), n in confusion.items() if t != "body")
    body = sum(n for (t, _), n in confusion.items() if t == "body")
    return {
        "n": sum(confusion.values()),
        "unmatched": unmatched,
        "nonbody": nonbody,
        "nonbody_recall": round(1 - len(misses) / nonbody, 3) if nonbody else None,
        "body": body,
        "body_set_aside": round(len(false_alarms) / body, 3) if body else None,
        "role_accuracy": round(
            sum(n for (t, g), n in confusion.items() if t == g) / max(sum(confusion.values()), 1), 3
        ),
        "confusion": {f"{t} -> {g}": n for (t, g), n in sorted(confusion.items())},
        "misses": misses,
        "false_alarms": false_alarms,
    }


def carry(predicted, labelled):
    """Labels moved to a fresh extraction whose splitter changed: a labelled passage found
    whole keeps its label; one now split into parts gives its label to its parts (a part's
    text lies inside the labelled text, on the same page): every part of a non-body passage
    (a list of notes now one note each), only the parts of a body passage that are
    sentences of 8 words or more (a heading or a date split out of it may be no body).
    One now joined to others is left unmatched. Returns (labels, moved, lost)."""
    by_key = {key(row): row for row in predicted}
    carried, moved, lost = [], 0, 0
    for row in labelled:
        if key(row) in by_key:
            carried.append(row)
            continue
        parts = [part for part in predicted if _part_of(part, row)]
        if not parts:
            lost += 1
            continue
        moved += 1
        for part in parts:
            fields = {k: part[k] for k in ("doc", "page", "index", "section", "text")}
            carried.append(fields | {"label": row["label"], "carried_from": row["text"][:200]})
    return carried, moved, lost


def _part_of(part, row):
    text = " ".join(part["text"].split())
    if part["doc"] != row["doc"] or part["page"] != row["page"] or len(text.split()) < 3:
        return False
    if text not in " ".join(row["text"].split()):
        return False
    return row["label"] != "body" or (len(text.split()) >= 8 and text[-1:] in ".;!?。")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    draw = sub.add_parser("sample")
    draw.add_argument("passages")
    draw.add_argument("--n", type=int, default=260)
    check = sub.add_parser("score")
    check.add_argument("passages")
    check.add_argument("labels")
    check.add_argument("--show", action="store_true", help="print the misses and false alarms")
    move = sub.add_parser("carry", help="labels moved to a fresh extraction (split passages)")
    move.add_argument("passages")
    move.add_argument("labels")
    args = parser.parse_args()
    if args.command == "carry":
        carried, moved, lost = carry(read(args.passages), read(args.labels))
        for row in carried:
            print(json.dumps(row, ensure_ascii=False))
        print(f"{moved} labels moved to split passages, {lost} left unmatched", file=sys.stderr)
        return
    if args.command == "sample":
        for row in sample(read(args.passages), args.n):
            print(
                json.dumps(
                    {k: row[k] for k in ("doc", "page", "index", "section", "text")}
                    | {"label": ""},
                    ensure_ascii=False,
                )
            )
        return
    predicted, labelled = read(args.passages), read(args.labels)
    result = score(predicted, labelled)
    shown = {k: v for k, v in result.items() if k not in ("misses", "false_alarms")}
    for group in ("documents", "parser test files"):
        part = score(predicted, [row for row in labelled if origin(row["doc"]) == group])
        shown[group] = {
            k: part[k] for k in ("n", "nonbody", "nonbody_recall", "body", "body_set_aside")
        }
    print(json.dumps(shown, indent=1, ensure_ascii=False))
    if args.show:
        for kind in ("misses", "false_alarms"):
            for row in result[kind]:
                print(
                    kind,
                    "|",
                    row["label"],
                    "->",
                    row["role"],
                    "|",
                    row["doc"],
                    "|",
                    row["text"][:160],
                )


if __name__ == "__main__":
    main()
