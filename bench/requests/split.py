"""The fixed dev / held-out split of the confidentiality-request benchmark.

The rule was committed before any item was written: an item is in the development half
when the first hex digit of sha256(id) is 0-7, else it is held out. Detection may be
tuned on dev only; held-out figures are read once, at the end. `python bench/requests/split.py`
writes the file lists (dev.txt, heldout.txt) from the writers' corpus/*.jsonl.
"""

import hashlib
import json
import pathlib

HERE = pathlib.Path(__file__).parent


# Writer E's items (ids "e-…") were commissioned after the first held-out reading, as a fresh
# set that is never split: all of it is read once, at the end, and never tuned on. Writer F's
# ("f-…") likewise, after the fresh reading: "fresh2".
FRESH_PREFIXES = ("e-",)
FRESH2_PREFIXES = ("f-",)
# Writer G ("g-…"): commissioned after fresh2 was read, when the held-out, fresh and fresh2
# sets became training data for the request model: "fresh3", read once.
FRESH3_PREFIXES = ("g-",)
# Writer H ("h-…"): commissioned after fresh3 was read (fresh3 then joins the training data): "fresh4".
FRESH4_PREFIXES = ("h-",)
# Writers I, J, K ("i-", "j-", "k-"), third session: commissioned together, each with a brief of
# its own (a persona each). All three are first measured unread; then I and J ("fresh5") are read
# and join the request model's training data, while K ("fresh6") is never read and is measured
# once more, at the end.
FRESH5_PREFIXES = ("i-", "j-")
FRESH6_PREFIXES = ("k-",)
# Writers L and M ("l-", "m-"), fourth session: commissioned together (a persona each) while K's
# misses were read for the first time (K then becomes development data): "fresh7", read once.
FRESH7_PREFIXES = ("l-", "m-")
# Writer N ("n-"): commissioned after fresh7's reading (its texts stay unread), as the last
# unread set of the fourth session: "fresh8", read once, at the end.
FRESH8_PREFIXES = ("n-",)
# Writers O and P ("o-", "p-"), fifth session: commissioned together at its start (a persona
# each) while fresh7 was read for the first time (it then became development data): "fresh9",
# read once, at the end.
FRESH9_PREFIXES = ("o-", "p-")
# Writers Q and R ("q-", "r-"), sixth session: commissioned together at its start (a persona
# each) while fresh8 and fresh9 were read for the first time (they then became development
# data): "fresh10", read once, at the end.
FRESH10_PREFIXES = ("q-", "r-")
# Writers S and T ("s-", "t-"), sixth session too: commissioned once fresh10 had been measured
# twice unread (before and after that session's changes) and was then read: "fresh11".
FRESH11_PREFIXES = ("s-", "t-")
# Writers U and V ("u-", "v-"), sixth session: commissioned once fresh11 had been measured
# twice unread (the session's start code, then its end code) and was then read: "fresh12".
FRESH12_PREFIXES = ("u-", "v-")
# Writers W and X ("w-", "x-"), sixth session: commissioned once fresh12 had been measured
# twice unread and was then read: "fresh13".
FRESH13_PREFIXES = ("w-", "x-")
# Writers Y and Z ("y-", "z-"), sixth session: commissioned once fresh13 had been measured
# twice unread and was then read: "fresh14" (itself read at the end of that session, after its
# two unread readings: the next session commissions the next unread set).
FRESH14_PREFIXES = ("y-", "z-")
# Writers AB and AC ("ab-", "ac-"), end of the sixth session: briefed for a natural mix of plain
# and subtle requests, as a real mailbag holds (writers L-Z were asked not to make it easy),
# measured unread on that session's start and then current code, then read: "fresh15".
FRESH15_PREFIXES = ("ab-", "ac-")
# Writers AD and AE ("ad-", "ae-"): the same brief, commissioned once fresh15 had been measured
# and was then read: "fresh16", measured once on the session's final code.
FRESH16_PREFIXES = ("ad-", "ae-")


HALVES = (
    "dev",
    "heldout",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
)


def half(item_id):
    if item_id.startswith(FRESH_PREFIXES):
        return "fresh"
    if item_id.startswith(FRESH2_PREFIXES):
        return "fresh2"
    if item_id.startswith(FRESH3_PREFIXES):
        return "fresh3"
    if item_id.startswith(FRESH4_PREFIXES):
        return "fresh4"
    if item_id.startswith(FRESH5_PREFIXES):
        return "fresh5"
    if item_id.startswith(FRESH6_PREFIXES):
        return "fresh6"
    if item_id.startswith(FRESH7_PREFIXES):
        return "fresh7"
    if item_id.startswith(FRESH8_PREFIXES):
        return "fresh8"
    if item_id.startswith(FRESH9_PREFIXES):
        return "fresh9"
    if item_id.startswith(FRESH10_PREFIXES):
        return "fresh10"
    if item_id.startswith(FRESH11_PREFIXES):
        return "fresh11"
    if item_id.startswith(FRESH12_PREFIXES):
        return "fresh12"
    if item_id.startswith(FRESH13_PREFIXES):
        return "fresh13"
    if item_id.startswith(FRESH14_PREFIXES):
        return "fresh14"
    if item_id.startswith(FRESH15_PREFIXES):
        return "fresh15"
    if item_id.startswith(FRESH16_PREFIXES):
        return "fresh16"
    return "dev" if hashlib.sha256(item_id.encode()).hexdigest()[0] in "01234567" else "heldout"


def items(which=None):
    """Every item of the writers' files, optionally only one half."""
    for path in sorted((HERE / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if which is None or half(item["id"]) == which:
                    yield item


def write_lists():
    for which in HALVES:
        ids = sorted(item["id"] for item in items(which))
        (HERE / f"{which}.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_lists()
