"""Split ../shared/realworld/submissions into a development and a held-out half, once.

    .venv/bin/python bench/submissions/split.py

Stratified by the labelled submitter type (the only column read): within each type the
files are ordered by the SHA-256 of their name and alternate dev / held-out, so both halves
hold every type. The lists are committed (dev.txt, heldout.txt) before any text is read;
tuning reads dev only. Rerunning must reproduce the committed lists.
"""

import csv
import hashlib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent.parent / "shared" / "realworld" / "submissions"


def split(labels):
    by_type = defaultdict(list)
    for row in labels:
        by_type[row["submitter_type"]].append(row["file"])
    halves = {"dev": [], "heldout": []}
    for files in by_type.values():
        files.sort(key=lambda name: hashlib.sha256(name.encode()).hexdigest())
        for index, name in enumerate(files):
            halves["dev" if index % 2 == 0 else "heldout"].append(name)
    return {half: sorted(files) for half, files in halves.items()}


def main():
    with open(SOURCE / "labels.csv", newline="", encoding="utf-8") as handle:
        labels = list(csv.DictReader(handle))
    for half, files in split(labels).items():
        (HERE / f"{half}.txt").write_text("\n".join(files) + "\n")
        print(half, len(files))


if __name__ == "__main__":
    main()
