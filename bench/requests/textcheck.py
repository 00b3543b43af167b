"""Quick text-level check of the confidentiality detector on the request benchmark (halves already read).

    .venv/bin/python bench/requests/textcheck.py [--show misses|alarms|all] [--lang xx] [--placement p]

Each dev item's text is put where its placement says in a small in-memory Document (filler
pages around it, as in a real submission) and run through ``confidentiality.detect``. Recall =
requests not tagged public; false alarms = controls not tagged public; per language and
placement. Only halves already read (--half: dev, fresh … fresh6); never the held-out half or an unread set.
"""

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import split  # noqa: E402
from harness import READ_HALVES  # noqa: E402

from workbench.tagging import confidentiality  # noqa: E402
from workbench.tagging.confidentiality import Part  # noqa: E402

FILLER = [
    "The organisation works with communities in three provinces. Our staff run legal clinics, train paralegals and "
    "document cases of discrimination in access to health care, housing and employment.",
    "Since 2019 we have recorded more than two hundred cases. Most concern refusals of service and harassment in "
    "public spaces; few were reported to the police and fewer still reached a court.",
    "We recommend that the State adopt comprehensive anti-discrimination legislation and train public officials.",
]
KINDS = {"word_comment": "comment", "doc_properties": "properties"}
NOTICE_PLACEMENTS = {
    "running_header",
    "running_footer",
    "header",
    "footer",
    "comment",
    "text_box",
    "properties",
    "footnote",
    "file_name",
    "folder_name",
    "zip_name",
    "word_comment",
    "doc_properties",
}


class Doc:
    def __init__(self, parts):
        self.parts, self.file_name, self.language = parts, "submission.docx", ""
        self.all_pages = [(p.file, p.page, p.text) for p in parts if p.kind == "body"]


def document(item):
    """A three-page submission with the item's text in its placement."""
    text, placement, f = item["text"], item["placement"], "submission.docx"
    pages = {1: FILLER[0], 2: FILLER[1], 3: FILLER[2]}
    extra = []
    if placement in ("first_line",):
        pages[1] = text + "\n" + pages[1]
    elif placement in ("last_page", "signature_block"):
        pages[3] = pages[3] + "\nYours sincerely,\n" + text
    elif placement == "cover_email":
        extra.append(
            Part("cover_email", "message.eml", 1, "Dear colleagues,\n" + text + "\nBest regards")
        )
    elif placement == "file_name":
        f = text
    elif placement in NOTICE_PLACEMENTS:
        extra.append(Part(KINDS.get(placement, placement), f, 2, text))
    else:  # body, footnote, anything else: the middle of the text
        pages[2] = pages[2] + "\n" + text + "\n" + FILLER[2]
    body = [Part("body", f, n, t) for n, t in pages.items()]
    return Doc(body + extra + [Part("file_name", f, 1, f)])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("misses", "alarms", "all", "none"), default="none")
    parser.add_argument("--lang")
    parser.add_argument("--placement")
    parser.add_argument(
        "--half",
        default="dev",
        choices=READ_HALVES,
    )
    args = parser.parse_args(argv)
    table = defaultdict(lambda: [0, 0, 0, 0, 0])  # requests, found, controls, alarms, level right
    started, n = time.time(), 0
    for item in split.items(args.half):
        if (args.lang and item["lang"] != args.lang) or (
            args.placement and item["placement"] != args.placement
        ):
            continue
        n += 1
        found = confidentiality.detect(document(item))
        flagged = found.value != "public"
        request = item["kind"] == "request"
        for key in (("all",), ("lang", item["lang"]), ("placement", item["placement"])):
            row = table[key]
            if request:
                row[0] += 1
                row[1] += flagged
                row[4] += found.value == item.get("level")
            else:
                row[2] += 1
                row[3] += flagged
        wrong = (request and not flagged) or (not request and flagged)
        if (
            args.show == "all"
            or (args.show == "misses" and request and not flagged)
            or (args.show == "alarms" and not request and flagged)
        ):
            mark = "MISS" if request and not flagged else "ALARM" if wrong else "ok"
            print(
                f"{mark:5} {item['id']} {item['lang']} {item['placement']} -> {found.value} {found.confidence}"
                f" [{item.get('level', '')}]\n      {item['text'][:300]!r}\n      {found.evidence[:160]}"
            )
    seconds = time.time() - started
    print(f"\n{n} {args.half} items in {seconds:.2f} s")
    print(
        "| group | requests | recall | level right | controls | false alarms |\n|---|---|---|---|---|---|"
    )
    for key in sorted(table, key=lambda k: (len(k), k)):
        r, f, c, a, right = table[key]
        print(
            f"| {' '.join(key)} | {r} | {f / r if r else 0:.3f} | {right / r if r else 0:.2f} | {c} | "
            f"{a / c if c else 0:.3f} |"
        )


if __name__ == "__main__":
    main()
