"""The quotes the Themes page and the background document show, on one half of the real
documents, dumped for a reader to judge (substantive statement or not).

    .venv/bin/python bench/passages/quotes.py --half dev > quotes-dev.jsonl
    .venv/bin/python bench/passages/quotes.py --score quotes-dev-labels.jsonl

The half is ingested with the command line and themes are proposed (as extract.py does);
then every theme's quotes (themes.representative_passages, as on the Themes page) and
every quote of the internal background document are written as JSON lines
{"where", "theme", "doc", "page", "quote", "substantive": ""}. A reader fills
``substantive`` with "yes" (a claim, a fact or a recommendation a report could cite) or
"no" (a heading, contents, a title or cover line, a publication line, a footnote, the
submitter describing itself, a contact block, a formula, the call's question, a fragment).
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from bench.passages.extract import CALL, copy_documents, documents, run_cli  # noqa: E402


def quotes(db_path, sources):
    from workbench import store, themes
    from workbench.background import build

    db = store.open_db(db_path)
    doc_of = {
        s["id"]: sources.get(s["source"], s["source"]) for s in store.list_submissions(db, CALL)
    }
    found = []
    for theme in themes.list_themes(db, CALL, internal=True):
        for quote in themes.representative_passages(theme, n=5):
            found.append(
                {
                    "where": "themes page",
                    "theme": theme["label"],
                    "doc": doc_of[quote["submission_id"]],
                    "page": quote["page"],
                    "quote": quote["text"],
                    "substantive": "",
                }
            )
    document = build.build_background(db, CALL, internal=True)
    for section in document.sections:
        for quote in section.quotes:
            found.append(
                {
                    "where": "background",
                    "theme": section.title,
                    "doc": doc_of[quote.submission_id],
                    "page": quote.page,
                    "quote": quote.text,
                    "substantive": "",
                }
            )
    return found


def quotes_of_half(half):
    """Every quote shown for one half: ingested and themed through the CLI in a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="quotes-bench-") as work:
        work = Path(work)
        folder = work / "docs"
        folder.mkdir()
        sources = copy_documents(documents(half), folder)
        db_path = work / "bench.db"
        run_cli(db_path, "ingest", "--call", CALL, "--no-ocr", str(folder))
        run_cli(db_path, "themes", "--call", CALL, "--format", "json", "--refresh")
        return quotes(db_path, sources)


def dump(half):
    for row in quotes_of_half(half):
        print(json.dumps(row, ensure_ascii=False))


def score(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    judged = [r for r in rows if r["substantive"] in ("yes", "no")]
    for where in ("themes page", "background", None):
        part = [r for r in judged if where is None or r["where"] == where]
        good = sum(r["substantive"] == "yes" for r in part)
        print(f"{where or 'all'}: {good}/{len(part)} substantive = {good / max(len(part), 1):.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "heldout"))
    parser.add_argument("--score")
    args = parser.parse_args()
    if args.score:
        score(args.score)
    else:
        dump(args.half)


if __name__ == "__main__":
    main()
