"""The codebook measured on text it has never seen: the other writer's paragraphs
(bench/themes_written/paragraphs.jsonl), 200 of them drawn with seed 1616, each labelled with
every codebook area it fits by an independent reader who saw only the paragraphs and the
area definitions of tests/fixtures/codebook/README.md (bench/themes_written/codebook-labels.json).

    .venv/bin/python -m bench.codebook_written

Each paragraph is coded as every passage of a call is (themes.codebook.code_passage, text and
language). Prints precision and recall per area and overall.
"""

import json
import random
from collections import Counter
from pathlib import Path

from workbench.themes import codebook

HERE = Path(__file__).resolve().parent / "themes_written"


def sample(n=200, seed=1616):
    rows = [json.loads(line) for line in open(HERE / "paragraphs.jsonl", encoding="utf-8")]
    random.Random(seed).shuffle(rows)
    return [
        {"n": i + 1, "language": r["language"], "text": r["text"]} for i, r in enumerate(rows[:n])
    ]


def score():
    labels = json.loads((HERE / "codebook-labels.json").read_text(encoding="utf-8"))
    truth = {d["n"]: set(d["areas"]) for d in labels}
    tp, fp, fn = Counter(), Counter(), Counter()
    for p in sample():
        got, want = set(codebook.code_passage(p["text"], p["language"])), truth[p["n"]]
        tp.update(got & want)
        fp.update(got - want)
        fn.update(want - got)
    return tp, fp, fn


def main():
    tp, fp, fn = score()
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
