"""The codebook measured on text it has never seen: independent writers' paragraphs, a fixed
random sample of each labelled with every codebook area it fits by an independent reader who
saw only the paragraphs and the area definitions of tests/fixtures/codebook/README.md.

- set ``a``: bench/themes_written/paragraphs.jsonl, 200 drawn with seed 1616, labels in
  bench/themes_written/codebook-labels.json. Read and tuned on since (development data).
- set ``b``: bench/themes_written_b/paragraphs.jsonl (a second writer), 150 drawn with seed
  1717. ``--sheet`` writes the reader's sheet (bench/themes_written_b/codebook-sheet.json: the
  instructions, the area definitions and the paragraphs, numbered, without their topics); the
  reader's answer goes to bench/themes_written_b/codebook-labels.json. Read and tuned on
  since its one unseen measurement (development data).
- set ``c``: bench/themes_written_c/paragraphs.jsonl (a third writer), 150 drawn with seed
  1818, sheet bench/themes_written_c/codebook-sheet.json, labels expected at
  bench/themes_written_c/codebook-labels.json. Unseen: measured once before and once after
  the codebook's changes, never tuned on.

    .venv/bin/python -m bench.codebook_written [--set a|b|c] [--sheet]

Each paragraph is coded as every passage of a call is (themes.codebook.code_passage, text and
language). Prints precision and recall per area and overall.
"""

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from workbench.themes import codebook

BENCH = Path(__file__).resolve().parent
HERE = BENCH / "themes_written"
SETS = {
    "a": (HERE, 200, 1616),
    "b": (BENCH / "themes_written_b", 150, 1717),
    "c": (BENCH / "themes_written_c", 150, 1818),
}
DEFINITIONS = BENCH.parent / "tests" / "fixtures" / "codebook" / "README.md"
INSTRUCTIONS = (
    "For each paragraph below, decide which of the areas it fits, reading only the paragraph "
    "and the area definitions; a paragraph may fit several areas or none. Write your answer to "
    "codebook-labels.json beside this sheet, as a JSON list with one object per paragraph, "
    'in order: {"n": <the paragraph\'s n>, "areas": [<area keys>]}. Do not look at any '
    "other file."
)


def sample(which="a"):
    folder, n, seed = SETS[which]
    rows = [json.loads(line) for line in open(folder / "paragraphs.jsonl", encoding="utf-8")]
    random.Random(seed).shuffle(rows)
    return [
        {"n": i + 1, "language": r["language"], "text": r["text"]} for i, r in enumerate(rows[:n])
    ]


def definitions():
    """[{"area", "definition"}] as the first reader had them (the fixtures' README)."""
    text = DEFINITIONS.read_text(encoding="utf-8").split("## Area definitions used for labelling")[
        1
    ]
    return [
        {"area": area, "definition": " ".join(body.split())}
        for area, body in re.findall(r"^- (\w+): (.*?)(?=^- |\Z)", text, re.M | re.S)
    ]


def write_sheet(which="b"):
    sheet = {"instructions": INSTRUCTIONS, "areas": definitions(), "paragraphs": sample(which)}
    path = SETS[which][0] / "codebook-sheet.json"
    path.write_text(json.dumps(sheet, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def score(which="a"):
    labels = json.loads((SETS[which][0] / "codebook-labels.json").read_text(encoding="utf-8"))
    truth = {d["n"]: set(d["areas"]) for d in labels}
    tp, fp, fn = Counter(), Counter(), Counter()
    for p in sample(which):
        got, want = set(codebook.code_passage(p["text"], p["language"])), truth[p["n"]]
        tp.update(got & want)
        fp.update(got - want)
        fn.update(want - got)
    return tp, fp, fn


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="a")
    parser.add_argument("--sheet", action="store_true", help="write the reader's sheet")
    args = parser.parse_args()
    if args.sheet:
        print(f"wrote {write_sheet(args.set)}")
        return
    tp, fp, fn = score(args.set)
    print(f"{'area':26} {'labelled':>8} {'precision':>9} {'recall':>6}")
    for area in sorted(set(tp) | set(fp) | set(fn)):
        found, labelled = tp[area] + fp[area], tp[area] + fn[area]
        precision = f"{tp[area] / found:.2f}" if found else "–"
        recall = f"{tp[area] / labelled:.2f}" if labelled else "–"
        print(f"{area:26} {labelled:8} {precision:>9} {recall:>6}")
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"all areas: precision {t / (t + f):.3f}, recall {t / (t + n):.3f}")


if __name__ == "__main__":
    main()
