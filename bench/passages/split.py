"""Split the real documents into a development and a held-out half, once, by document.

    .venv/bin/python bench/passages/split.py

Documents: /work/shared/realworld/texts, pdf and docx (never submissions/). Only the file
names are read. Within each stratum (folder + the part of the name before "__", the
document's origin) the names are ordered by the SHA-256 of "folder/name" and alternate
dev / held-out, so both halves hold every origin. The lists are committed (dev.txt,
heldout.txt) before any document is read; tuning reads dev only. Rerunning must reproduce
the committed lists.
"""

import hashlib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REALWORLD = Path("/work/shared/realworld")
FOLDERS = ("texts", "pdf", "docx")
SKIP = {"labels.csv"}


def documents():
    """'folder/name' of every real document."""
    return sorted(
        f"{folder}/{path.name}"
        for folder in FOLDERS
        for path in (REALWORLD / folder).iterdir()
        if path.is_file() and path.name not in SKIP and not path.name.startswith(".")
    )


def split(names):
    strata = defaultdict(list)
    for name in names:
        folder, file_name = name.split("/", 1)
        strata[(folder, file_name.split("__", 1)[0])].append(name)
    halves = {"dev": [], "heldout": []}
    for members in strata.values():
        members.sort(key=lambda name: hashlib.sha256(name.encode()).hexdigest())
        for index, name in enumerate(members):
            halves["dev" if index % 2 == 0 else "heldout"].append(name)
    return {half: sorted(files) for half, files in halves.items()}


def main():
    for half, files in split(documents()).items():
        (HERE / f"{half}.txt").write_text("\n".join(files) + "\n")
        print(half, len(files))


if __name__ == "__main__":
    main()
