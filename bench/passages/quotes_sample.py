"""A blind sheet of the quotes the Themes page and the background document show for one half
of the real documents, for an independent judge (issue 12: >= 90 % substantive statements).

    .venv/bin/python bench/passages/quotes_sample.py --half heldout
        # -> bench/passages/quotes-heldout-sheet.jsonl  (for the judge)
        #    bench/passages/quotes-heldout-key.jsonl    (where each quote was shown; not for the judge)
    .venv/bin/python bench/passages/quotes_sample.py --score quotes-heldout-judged.jsonl
    .venv/bin/python bench/passages/quotes_sample.py --half heldout --suffix -2
        # a later round: quotes-heldout-sheet-2.jsonl and quotes-heldout-key-2.jsonl
    .venv/bin/python bench/passages/quotes_sample.py --suffix -2 --score quotes-heldout-judged-2.jsonl

The half is ingested with the command line and themes are proposed, as extract.py does;
every quote the Themes page shows (``themes.representative_passages``, 5 per theme) and
every quote of the internal background document is collected (bench/passages/quotes.py),
quotes shown in both places once. The sheet holds, per quote, only what the judge needs:
``{"id", "doc", "page", "quote", "substantive": ""}`` in a seeded random order — no theme,
no label, no predicted role, nothing the code thought of it. The judge opens the document
(``/work/shared/realworld/<doc>``) at that page when context matters and writes "yes" (a
claim, a fact or a recommendation a report could cite as evidence) or "no" (a heading,
contents line, title or cover line, publication or copyright line, footnote or reference,
the submitter describing itself, a contact block, a formula, the call's question, a
fragment, a table cell or caption) — the instructions are ``QUOTES-SHEET.md``.

The engineer who writes the quote rules does not open the sheet of the held-out half: it is
written to disk without being printed. ``--score`` joins a judged sheet with its key and
prints the share of substantive quotes, for the Themes page and the background document apart.
"""

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.passages.quotes import quotes_of_half  # noqa: E402

SEED = 12


def sheet_rows(found, seed=SEED):
    """(sheet, key): each distinct (doc, page, quote) once, shuffled; the key says where it
    was shown (themes page, background, or both) and under which theme."""
    merged = {}
    for row in found:
        entry = merged.setdefault(
            (row["doc"], row["page"], row["quote"]), {"where": [], "theme": []}
        )
        if row["where"] not in entry["where"]:
            entry["where"].append(row["where"])
        entry["theme"].append(row["theme"])
    items = sorted(merged.items(), key=lambda item: item[0][:2] + (item[0][2],))
    random.Random(seed).shuffle(items)
    sheet, key = [], []
    for number, ((doc, page, quote), entry) in enumerate(items, 1):
        sheet.append({"id": number, "doc": doc, "page": page, "quote": quote, "substantive": ""})
        key.append({"id": number, **entry})
    return sheet, key


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def draw(half, out_dir=HERE, suffix=""):
    """Write the half's sheet and key (``suffix``: a later round's, "-2": the rounds before
    stay beside their judgements)."""
    sheet, key = sheet_rows(quotes_of_half(half))
    write_jsonl(Path(out_dir) / f"quotes-{half}-sheet{suffix}.jsonl", sheet)
    write_jsonl(Path(out_dir) / f"quotes-{half}-key{suffix}.jsonl", key)
    print(f"{len(sheet)} quotes of {len({r['doc'] for r in sheet})} documents written")


def score(judged_path, key_path):
    """{'all' | 'themes page' | 'background': (substantive, judged)}."""
    judged = {
        row["id"]: row["substantive"]
        for row in map(json.loads, Path(judged_path).read_text(encoding="utf-8").splitlines())
        if row["substantive"] in ("yes", "no")
    }
    key = [json.loads(line) for line in Path(key_path).read_text(encoding="utf-8").splitlines()]
    result = {}
    for where in ("all", "themes page", "background"):
        shown = [
            k["id"] for k in key if k["id"] in judged and (where == "all" or where in k["where"])
        ]
        result[where] = (sum(judged[i] == "yes" for i in shown), len(shown))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "heldout"), default="heldout")
    parser.add_argument("--score", help="a judged sheet (JSONL); its key is found beside it")
    parser.add_argument("--key", help="the key of the judged sheet (default: the half's key)")
    parser.add_argument("--suffix", default="", help='a later round\'s sheet and key, e.g. "-2"')
    args = parser.parse_args()
    if args.score:
        key = args.key or HERE / f"quotes-{args.half}-key{args.suffix}.jsonl"
        for where, (good, total) in score(args.score, key).items():
            print(f"{where}: {good}/{total} substantive = {good / max(total, 1):.3f}")
        return
    draw(args.half, suffix=args.suffix)


if __name__ == "__main__":
    main()
