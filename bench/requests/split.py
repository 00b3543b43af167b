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


# The fresh sets, each never split: {set: the id prefixes of its writers}, in the order
# they were commissioned. Each is measured unread, then read (and then trained on).
FRESH = {
    # Writer E's items (ids "e-…") were commissioned after the first held-out reading, as a fresh
    # set that is never split: all of it is read once, at the end, and never tuned on. Writer F's
    # ("f-…") likewise, after the fresh reading: "fresh2".
    "fresh": ("e-",),
    "fresh2": ("f-",),
    # Writer G ("g-…"): commissioned after fresh2 was read, when the held-out, fresh and fresh2
    # sets became training data for the request model: "fresh3", read once.
    "fresh3": ("g-",),
    # Writer H ("h-…"): commissioned after fresh3 was read (fresh3 then joins the training data): "fresh4".
    "fresh4": ("h-",),
    # Writers I, J, K ("i-", "j-", "k-"), third session: commissioned together, each with a brief of
    # its own (a persona each). All three are first measured unread; then I and J ("fresh5") are read
    # and join the request model's training data, while K ("fresh6") is never read and is measured
    # once more, at the end.
    "fresh5": ("i-", "j-"),
    "fresh6": ("k-",),
    # Writers L and M ("l-", "m-"), fourth session: commissioned together (a persona each) while K's
    # misses were read for the first time (K then becomes development data): "fresh7", read once.
    "fresh7": ("l-", "m-"),
    # Writer N ("n-"): commissioned after fresh7's reading (its texts stay unread), as the last
    # unread set of the fourth session: "fresh8", read once, at the end.
    "fresh8": ("n-",),
    # Writers O and P ("o-", "p-"), fifth session: commissioned together at its start (a persona
    # each) while fresh7 was read for the first time (it then became development data): "fresh9",
    # read once, at the end.
    "fresh9": ("o-", "p-"),
    # Writers Q and R ("q-", "r-"), sixth session: commissioned together at its start (a persona
    # each) while fresh8 and fresh9 were read for the first time (they then became development
    # data): "fresh10", read once, at the end.
    "fresh10": ("q-", "r-"),
    # Writers S and T ("s-", "t-"), sixth session too: commissioned once fresh10 had been measured
    # twice unread (before and after that session's changes) and was then read: "fresh11".
    "fresh11": ("s-", "t-"),
    # Writers U and V ("u-", "v-"), sixth session: commissioned once fresh11 had been measured
    # twice unread (the session's start code, then its end code) and was then read: "fresh12".
    "fresh12": ("u-", "v-"),
    # Writers W and X ("w-", "x-"), sixth session: commissioned once fresh12 had been measured
    # twice unread and was then read: "fresh13".
    "fresh13": ("w-", "x-"),
    # Writers Y and Z ("y-", "z-"), sixth session: commissioned once fresh13 had been measured
    # twice unread and was then read: "fresh14" (itself read at the end of that session, after its
    # two unread readings: the next session commissions the next unread set).
    "fresh14": ("y-", "z-"),
    # Writers AB and AC ("ab-", "ac-"), end of the sixth session: briefed for a natural mix of plain
    # and subtle requests, as a real mailbag holds (writers L-Z were asked not to make it easy),
    # measured unread on that session's start and then current code, then read: "fresh15".
    "fresh15": ("ab-", "ac-"),
    # Writers AD and AE ("ad-", "ae-"): the same brief, commissioned once fresh15 had been measured
    # and was then read: "fresh16", measured once on the session's final code (unread), read at the
    # start of the seventh session.
    "fresh16": ("ad-", "ae-"),
    # Writers AF and AG ("af-", "ag-"), seventh session: commissioned at its start (a persona each,
    # the same "natural mix, as a real mailbag holds" brief) while fresh16 was read: "fresh17",
    # measured unread on the session's start code (0.942 / 0.088) and after its first changes
    # (0.946 / 0.050), then read.
    "fresh17": ("af-", "ag-"),
    # Writers AH and AI ("ah-", "ai-"): the same brief, commissioned once fresh17 had been measured
    # twice unread (the session's start code, then the code of the moment): "fresh18".
    "fresh18": ("ah-", "ai-"),
    # Writers AJ and AK ("aj-", "ak-"): the same brief, commissioned once fresh18 had been measured
    # twice unread (start code 0.96 / 0.075, after the round 0.97 / 0.042) and was then read: "fresh19".
    "fresh19": ("aj-", "ak-"),
    # Writers AL and AM ("al-", "am-"): the same brief, commissioned once fresh19 had been measured
    # twice unread (start code 0.96 / 0.054, after fresh18's round 0.98 / 0.046): "fresh20".
    "fresh20": ("al-", "am-"),
    # Writers AN and AO ("an-", "ao-"): the same brief, commissioned once fresh20 had been measured
    # twice unread (start code 0.93 / 0.058, after fresh19's round 0.95 / 0.033) and was then
    # read: "fresh21".
    "fresh21": ("an-", "ao-"),
    # Writers AP and AQ ("ap-", "aq-"): the same brief, commissioned once fresh21 had been measured
    # twice unread (start code 0.94 / 0.088, after fresh20's round 0.96 / 0.071) and was then
    # read: "fresh22".
    "fresh22": ("ap-", "aq-"),
    # Writers AR and AS ("ar-", "as-"), eighth session: the same brief, commissioned at its start
    # once fresh22 had been measured twice unread (start code 0.95 / 0.063, after fresh21's round
    # 0.97 / 0.033) and was then read: "fresh23".
    "fresh23": ("ar-", "as-"),
    # Writers AT and AU ("at-", "au-"): the same brief, commissioned once fresh23 had been measured
    # twice unread (start code 0.983 / 0.054, after fresh22's round 0.988 / 0.058) and was then
    # read: "fresh24".
    "fresh24": ("at-", "au-"),
    # Writers AV and AW ("av-", "aw-"): the same brief, commissioned once fresh24 had been measured
    # twice unread (start code 0.967 / 0.071, after fresh23's round 0.971 / 0.058) and was then
    # read: "fresh25".
    "fresh25": ("av-", "aw-"),
    # Writers AX and AY ("ax-", "ay-"): the same brief, commissioned once fresh25 had been measured
    # twice unread (start code 0.975 / 0.038, after fresh24's round 0.975 / 0.033) and was then
    # read: "fresh26".
    "fresh26": ("ax-", "ay-"),
    # Writers AZ and BA ("az-", "ba-"): the same brief, commissioned once fresh26 had been measured
    # twice unread (start code 407bfab 0.971 / 0.033, after fresh25's round 0af243a the same
    # 233/240 and 8/240, item for item) and was then read. Measured twice unread at the end of the
    # ninth session (start code 407bfab 0.967 / 0.038, 232/240 and 9/240; after the rounds of
    # fresh24-26, 8fbda80, 0.963 / 0.038, 231/240 and 9/240: one Portuguese file name fewer); the
    # next session reads it: "fresh27". (Read after all at the end of the ninth session, once
    # writers BB and BC had been commissioned.)
    "fresh27": ("az-", "ba-"),
    # Writers BB and BC ("bb-", "bc-"): the same brief, commissioned once fresh27 had been measured
    # twice unread and was then read: "fresh28", measured twice unread at the end of the ninth
    # session (start code 407bfab 0.954 / 0.038, 229/240 and 9/240; after the rounds of
    # fresh24-27, 0.954 / 0.042, 229/240 and 10/240); the next session reads it first.
    "fresh28": ("bb-", "bc-"),
    # Writers BD and BE ("bd-", "be-"), tenth session: the same brief, commissioned at its start
    # while fresh28 was read for the first time: "fresh29", measured unread on the session's start
    # code and on its final code.
    "fresh29": ("bd-", "be-"),
    # Writers BF and BG ("bf-", "bg-"), tenth session: the same brief, commissioned once fresh29
    # had been measured twice unread (6626f0a 0.983 / 0.058; after round 7 the same items) and
    # was then read: "fresh30".
    "fresh30": ("bf-", "bg-"),
    # Writers BH and BI ("bh-", "bi-"), tenth session: the same brief, commissioned once fresh30
    # had been measured twice unread (6626f0a 0.988 / 0.054; after rounds 7-8 the same items)
    # and was then read: "fresh31", measured unread on 6626f0a and on the tenth session's final
    # code (0.979 / 0.058 both, the same items), read at the start of the eleventh session.
    "fresh31": ("bh-", "bi-"),
    # Writers BJ and BK ("bj-", "bk-"), eleventh session: the same brief, commissioned at its
    # start while fresh31 was read for the first time: "fresh32".
    "fresh32": ("bj-", "bk-"),
    # Writers BL and BM ("bl-", "bm-"): the same brief, commissioned once fresh32 had been
    # measured unread on the session's start code 51014eb (0.992 / 0.038, 238/240 and 9/240):
    # "fresh33".
    "fresh33": ("bl-", "bm-"),
    # Writers BN and BO ("bn-", "bo-"): the same brief, commissioned at the end of the eleventh
    # session, once fresh32 and fresh33 had met the targets on its final code (0.992 / 0.038
    # and 0.992 / 0.042): "fresh34", a third unread reading of that code.
    "fresh34": ("bn-", "bo-"),
    # Writers BP and BQ ("bp-", "bq-"), twelfth session: the same brief, commissioned at its
    # start while fresh34 was read for the first time (round 11): "fresh35".
    "fresh35": ("bp-", "bq-"),
    # Writers BR and BS ("br-", "bs-"), thirteenth session: the same brief, commissioned at its
    # start while fresh35 was read for the first time (round 12): "fresh36".
    "fresh36": ("br-", "bs-"),
    # Writers BT and BU ("bt-", "bu-"), thirteenth session: the same brief, commissioned once
    # fresh36 had been measured unread on the session's start code 7df81b2 (0.988 / 0.013):
    # "fresh37".
    "fresh37": ("bt-", "bu-"),
}
# Measured but never read: their texts are not printed and not trained on.
UNREAD = ("fresh32", "fresh33", "fresh37")
READ_FRESH = tuple(name for name in FRESH if name not in UNREAD)
HALVES = ("dev", "heldout", *FRESH)


def half(item_id):
    for name, prefixes in FRESH.items():
        if item_id.startswith(prefixes):
            return name
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
