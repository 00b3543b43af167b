"""Who sent it, on text nobody on the team wrote: real submission openings and independent writers.

    .venv/bin/python bench/submissions/evaluate.py --half dev          # tune on this one only
    .venv/bin/python bench/submissions/evaluate.py --half heldout      # report, never tune
    .venv/bin/python bench/submissions/evaluate.py --written w2        # an independent writer's corpus
    add --show to print each miss (dev and written sets only: the held-out texts stay unread)

The path is the user's: each text is rendered as a real DOCX or PDF (alternately; Arabic
always DOCX), `workbench ingest` reads the folder, `workbench submissions --internal` lists
the tags, and the confidences come from the same database. Scores: submitter type
(accuracy, macro-F1), name found (see ``name_found``), country, region, scope, and the
reliability of the type's and the whole submission's confidence by bins; the share of
submissions above the tagger's "no review needed" threshold and the accuracy among them.
Real texts are read from ../shared (never copied into the repository).
"""

import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from sklearn.metrics import f1_score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REAL = ROOT.parent / "shared" / "realworld" / "submissions"
WRITTEN = HERE / "written"
sys.path.insert(0, str(ROOT))
CALL = "bench-submissions"
FIELDS = ("submitter_type", "country", "region", "scope")
BINS = (0.0, 0.5, 0.7, 0.85, 0.95, 1.01)
AMBIGUOUS = "(ambiguous:"


# --- the texts and their labels -------------------------------------------------------


def load(half=None, written=None):
    """[(label row, text)] of one half of the real set, or of a written corpus."""
    if written:
        folder = WRITTEN / written
        rows = _read_labels(folder / "labels.csv")
        return [(row, (folder / "texts" / row["file"]).read_text(encoding="utf-8")) for row in rows]
    keep = set((HERE / f"{half}.txt").read_text().split())
    rows = [row for row in _read_labels(REAL / "labels.csv") if row["file"] in keep]
    return [(row, (REAL / "texts" / row["file"]).read_text(encoding="utf-8")) for row in rows]


def _read_labels(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# --- rendering as the files people send -------------------------------------------------


def render(row, text, folder):
    """Write ``text`` as a DOCX or PDF named after the label's file; returns the file name."""
    stem = Path(row["file"]).stem
    as_pdf = (
        row.get("language") != "ar" and int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 2 == 0
    )
    path = folder / f"{stem}.{'pdf' if as_pdf else 'docx'}"
    (write_pdf if as_pdf else write_docx)(_pages(text), path)
    return path.name


def _pages(text):
    """The text's pages: a line holding only '[...]' starts the document's last page."""
    return [
        page.strip("\n") for page in re.split(r"^\s*\[(?:\.\.\.|…)\]\s*$", text, flags=re.MULTILINE)
    ]


def write_docx(pages, path):
    document = docx.Document()
    for number, page in enumerate(pages):
        if number:
            document.add_page_break()
        for line in page.splitlines():
            document.add_paragraph(line)
    document.save(path)


def write_pdf(pages, path):
    font = str(ROOT / "corpus" / "fonts" / "DejaVuSans.ttf")
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", font))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for page in pages:
        y = height - 60
        for line in page.splitlines():
            for piece in _wrap(line, width - 120) or [""]:
                if y < 60:
                    pdf.showPage()
                    y = height - 60
                pdf.setFont("DejaVu", 10)
                pdf.drawString(60, y, piece)
                y -= 14
        pdf.showPage()
    pdf.save()


def _wrap(line, width, size=10):
    words, lines, current = line.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(trial, "DejaVu", size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    return lines + ([current] if current else [])


# --- the user's path: the CLI -------------------------------------------------------------


def workbench(args, workdir):
    command = [str(ROOT / ".venv" / "bin" / "workbench")]
    if not Path(command[0]).exists():
        command = [sys.executable, "-m", "workbench"]
    done = subprocess.run(
        command + args, cwd=workdir, capture_output=True, text=True, env={**os.environ}
    )
    if done.returncode != 0:
        sys.exit(f"workbench {' '.join(args[:3])} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def tag(items, workdir):
    """{label file: (label row, tagged row, {field: confidence})} after ingesting the rendered files."""
    inbox = workdir / "inbox"
    inbox.mkdir()
    sources = {render(row, text, inbox): row for row, text in items}
    db = workdir / "bench.db"
    started = time.time()
    workbench(["--db", str(db), "ingest", "--call", CALL, str(inbox), "--no-ocr"], workdir)
    seconds = time.time() - started
    listed = json.loads(
        workbench(
            ["--db", str(db), "submissions", "--call", CALL, "--format", "json", "--internal"],
            workdir,
        )
    )
    confidence = _confidences(db, listed)
    results = {}
    for tagged in listed:
        row = sources.get(tagged["source"])
        if row is not None:
            results[row["file"]] = (row, tagged, confidence.get(tagged["id"], {}))
    return results, seconds


def _confidences(db_path, listed):
    from workbench import store
    from workbench.tagging import review, tag_store

    db = store.open_db(db_path)
    try:
        triage = {row["id"]: row for row in review.table(db, CALL)}
        found = {}
        for row in listed:
            fields = {
                name: tag["confidence"] for name, tag in tag_store.tags_of(db, row["id"]).items()
            }
            listed_row = triage.get(row["id"], {})
            found[row["id"]] = {
                **fields,
                "submission": listed_row.get("sure", 0.0),
                "no_review": bool(listed_row.get("no_review")),
            }
        return found
    finally:
        db.conn.close()


# --- scoring ---------------------------------------------------------------------------------


def fold(text):
    text = unicodedata.normalize("NFKD", text or "").lower()
    return " ".join(
        re.sub(r"[\W_]+", " ", "".join(c for c in text if not unicodedata.combining(c))).split()
    )


def name_variants(gold):
    """The gold name as written, without a parenthesised part, without a trailing ', Country',
    each member a list names ('A, B and C'), and an acronym in parentheses: any of them counts."""
    bare = re.sub(r"\([^)]*\)", " ", gold)
    variants = {
        gold,
        bare,
        bare.split(",")[0],
        re.split(r"\s+(?:and|on behalf of|with)\s+", bare)[0],
    }
    variants |= set(
        re.split(r"\s*(?:[,;()–—]|\s-\s|\band\b|\bwith\b|\bon behalf of\b|\bincl\.)\s*", gold)
    )
    variants |= set(re.findall(r"\(([A-ZА-ЯЁ][\w.\-]{1,12})\)", gold))
    return {fold(v) for v in variants if len(fold(v)) >= 2}


def name_found(gold, tagged):
    """Exact, or the tagged name holds a gold variant, or a gold variant holds the tagged name
    and the tagged name is most of it (not one word of it). A State is named by the State
    (the workbench's convention): 'Mexico' for 'Gobierno de México' when type and country agree."""
    if (
        gold.get("submitter_type") == "state" == tagged.get("submitter_type")
        and gold.get("country")
        and gold["country"] == tagged.get("country")
        and tagged.get("submitter")
    ):
        return True
    if _same_known_body(gold.get("submitter") or "", tagged.get("submitter") or ""):
        return True
    gold, found = gold.get("submitter") or "", fold(tagged.get("submitter"))
    if not found or not gold:
        return bool(not found and not gold)
    for variant in name_variants(gold):
        if found == variant or f" {variant} " in f" {found} ":
            return True
        if f" {found} " in f" {variant} " and len(found) >= 0.6 * len(variant):
            return True
    return False


def _same_known_body(gold, tagged):
    """'UNAIDS' and 'Joint United Nations Programme on HIV/AIDS' are one body (the gazetteer,
    a sourced list, says so; only whole-name lookups, so a name inside a sentence does not count)."""
    from workbench.tagging import gazetteer

    if not gold or not tagged:
        return False
    mine = gazetteer.lookup(tagged)
    return bool(mine) and any(
        (hit := gazetteer.lookup(v)) and hit.id == mine.id
        for v in {gold, re.sub(r"\([^)]*\)", " ", gold).strip(), *re.findall(r"\(([^)]*)\)", gold)}
    )


def right(field, gold, tagged):
    truth, guess = gold.get(field) or "", tagged.get(field) or ""
    if field == "region" and truth == "international":
        # The design leaves region empty for international scope; a regional network takes
        # the region it works in, which the labels also write as 'international'.
        return guess == "" or gold.get("scope") == "regional"
    return truth == guess


def score(results, skip_ambiguous=False):
    rows = [
        r
        for r in results.values()
        if not (skip_ambiguous and AMBIGUOUS in (r[0].get("notes") or ""))
    ]
    report = {"n": len(rows)}
    for field in FIELDS:
        report[field] = _share(right(field, gold, tagged) for gold, tagged, _ in rows)
    truth = [gold["submitter_type"] for gold, _, _ in rows]
    guess = [tagged.get("submitter_type") or "" for _, tagged, _ in rows]
    report["type_macro_f1"] = float(
        f1_score(truth, guess, labels=sorted(set(truth)), average="macro", zero_division=0)
    )
    report["name"] = _share(name_found(gold, tagged) for gold, tagged, _ in rows)
    report["reliability_type"] = reliability(
        (conf.get("submitter_type", 0.0), right("submitter_type", gold, tagged))
        for gold, tagged, conf in rows
    )
    report["reliability_submission"] = reliability(
        (conf.get("submission", 0.0), all_right(gold, tagged)) for gold, tagged, conf in rows
    )
    report["no_review"] = no_review(rows)
    return report


def all_right(gold, tagged):
    return name_found(gold, tagged) and all(right(f, gold, tagged) for f in FIELDS)


def no_review(rows):
    from workbench.tagging import review

    sure = [(gold, tagged) for gold, tagged, conf in rows if conf.get("no_review")]
    return {
        "threshold": review.NO_REVIEW,
        "share": len(sure) / max(len(rows), 1),
        "accuracy": _share(all_right(g, t) for g, t in sure),
        "n": len(sure),
    }


def reliability(pairs):
    """[(low, high, n, accuracy)] per confidence bin."""
    pairs = list(pairs)
    table = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [ok for confidence, ok in pairs if low <= confidence < high]
        table.append((low, min(high, 1.0), len(inside), _share(inside)))
    return table


def _share(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def misses(results):
    for name, (gold, tagged, conf) in sorted(results.items()):
        wrong = [f for f in FIELDS if not right(f, gold, tagged)]
        if not name_found(gold, tagged):
            wrong.insert(0, "name")
        if wrong:
            print(f"{name} [{gold['language']}] wrong: {', '.join(wrong)}")
            print(
                f"   gold:   {gold['submitter']} | {gold['submitter_type']} {gold['country']} {gold['region']} "
                f"{gold['scope']}"
            )
            print(
                f"   tagged: {tagged.get('submitter')} | {tagged.get('submitter_type')} "
                f"({conf.get('submitter_type', 0):.2f}) {tagged.get('country')} {tagged.get('region')} "
                f"{tagged.get('scope')}"
            )


def as_text(title, report):
    lines = [
        f"## {title} (n={report['n']})",
        f"type accuracy {report['submitter_type']:.3f}, macro-F1 {report['type_macro_f1']:.3f}; "
        f"name {report['name']:.3f}; country {report['country']:.3f}; region {report['region']:.3f}; "
        f"scope {report['scope']:.3f}",
    ]
    review = report["no_review"]
    lines.append(
        f"no review needed (who-tags >= {review['threshold']}, nothing flagged): {review['share']:.2f} of "
        f"submissions, all tags right for {review['accuracy']:.3f} of them (n={review['n']})"
    )
    for key in ("reliability_type", "reliability_submission"):
        cells = "; ".join(
            f"[{lo:.2f},{hi:.2f}) n={n} acc={acc:.2f}" for lo, hi, n, acc in report[key] if n
        )
        lines.append(f"{key.replace('_', ' ')}: {cells}")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--half", choices=("dev", "heldout"))
    which.add_argument("--written", help="a folder under bench/submissions/written/")
    parser.add_argument(
        "--show", action="store_true", help="print the misses (not allowed on the held-out half)"
    )
    parser.add_argument("--json", dest="json_out", help="write the figures to this file")
    args = parser.parse_args(argv)
    if args.show and args.half == "heldout":
        parser.error(
            "the held-out half is measured, never read: --show is for dev and written sets"
        )
    items = load(args.half, args.written)
    with tempfile.TemporaryDirectory(prefix="bench-submissions-") as tmp:
        results, seconds = tag(items, Path(tmp))
    title = f"real submissions, {args.half} half" if args.half else f"written corpus {args.written}"
    report = score(results)
    print(as_text(title, report))
    print(as_text(title + ", without ambiguous rows", score(results, skip_ambiguous=True)))
    print(f"ingest of {len(items)} files: {seconds:.1f} s; {len(items) - len(results)} not listed")
    if args.show:
        misses(results)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
