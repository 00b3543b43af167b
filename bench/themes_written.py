"""Themes on a corpus written by another writer (issue 12): ingest it as submissions through the
CLI, propose themes with and without the concept dictionary, and score them.

    .venv/bin/python -m bench.themes --written [DIR]          # default bench/themes_written
    .venv/bin/python -m bench.themes_written --stand-in DIR   # generator text in that format

The corpus: ``DIR/paragraphs.jsonl``, one {"topic", "language", "text"} per paragraph
(topics named by the writer; languages en, es, fr, pt, ru). Each (topic, language) set of
paragraphs becomes two submissions, the first half a DOCX file, the second a PDF, so the
text goes through extraction, passage roles and procedural detection as any submission
does. Truth: a passage's topic is its file's topic (one topic per file).

Figures: NMI between true topics and each passage's best theme; the share of es/fr/pt/ru
passages in the theme most English passages of their topic are in (targets 0.8 and 0.9).
``--sheet`` writes, per theme, its label and 8 of its passages (no topic) for a reader who
judges whether the label names the theme's topic, and the key (majority topic) apart.

Who writes the corpus and who judges the labels: ``bench/themes_written/BRIEF.md``.
``--judged FILE`` prints the share of labels a reader found to name their theme's topic.

``--stand-in`` writes the demo generator's style-"b" paragraphs in the corpus format: it
checks this harness end to end; its figures are NOT another writer's.

``--ceiling`` asks how much of the topics the clustering's feature space holds at all: a
classifier trained on the true topics (8-fold cross-validation, logistic regression) in the
same space, its NMI and accuracy per language, and what KMeans with the true number of topics
finds there (the paragraphs as written, not ingested). A clustering cannot beat the
classifier by much: when the classifier is far under the targets, the features are the limit.
"""

import argparse
import datetime
import json
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from sklearn.metrics import normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "bench" / "themes_written"
OTHERS = ("es", "fr", "pt", "ru")
FIXED_DATE = datetime.datetime(2026, 1, 1)


def read_corpus(folder):
    """[{topic, language, text}] from DIR/paragraphs.jsonl."""
    with open(Path(folder) / "paragraphs.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def render(paragraphs, out):
    """Two files per (topic, language): DOCX then PDF; {file name: topic}."""
    groups = {}
    for p in paragraphs:
        groups.setdefault((p["topic"], p["language"]), []).append(p["text"])
    truth = {}
    for (topic, lang), texts in sorted(groups.items()):
        half = (len(texts) + 1) // 2
        for part, fmt, chunk in ((1, "docx", texts[:half]), (2, "pdf", texts[half:])):
            if chunk:
                name = f"{re.sub(r'[^0-9A-Za-z]+', '_', topic)}-{lang}-{part}.{fmt}"
                (write_docx if fmt == "docx" else write_pdf)(out / name, chunk)
                truth[name] = topic
    return truth


def write_docx(path, texts):
    import docx

    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    # Fixed dates: the same corpus gives the same bytes, so the same file hashes and the same
    # passage order (themes follow the files' content hashes).
    document.core_properties.created = document.core_properties.modified = FIXED_DATE
    document.save(path)
    _zip_dated(path)


def _zip_dated(path):
    """Rewrite a DOCX with one fixed date on every entry (the ZIP keeps the save time)."""
    with zipfile.ZipFile(path) as old:
        entries = [(info.filename, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in entries:
            new.writestr(zipfile.ZipInfo(name, FIXED_DATE.timetuple()[:6]), data)


def write_pdf(path, texts):
    from xml.sax.saxutils import escape

    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from corpus.generate import register_fonts

    rl_config.invariant = 1  # no creation date or random document id: the same bytes each run
    register_fonts()  # DejaVu: Cyrillic and accents
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=10.5, leading=14)
    story = []
    for text in texts:
        story += [Paragraph(escape(text), style), Spacer(1, 10)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def cli(db, *args):
    """Run the workbench command line as a person would; its stdout."""
    command = [sys.executable, "-m", "workbench", "--db", str(db), *args]
    return subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout


def best_themes(db, call):
    """{passage id: (theme id, label)} of each passage's closest theme, and passage facts."""
    from workbench import store, themes

    database = store.open_db(db)
    try:
        best = {}
        for theme in themes.list_themes(database, call, internal=True):
            for p in theme["passages"]:
                if p["passage_id"] not in best or p["weight"] > best[p["passage_id"]][0]:
                    best[p["passage_id"]] = (p["weight"], theme["id"], theme["label"], p)
        sources = {s["id"]: s["source"] for s in store.list_submissions(database, call)}
    finally:
        database.conn.close()
    return best, sources


def score(best, sources, truth):
    """NMI and the cross-language share over passages whose file's topic is known."""
    rows = []
    for weight, theme_id, label, p in best.values():
        source = Path(sources[p["submission_id"]]).name
        if source in truth:
            rows.append((truth[source], p["language"], theme_id))
    topics = [r[0] for r in rows]
    assigned = [r[2] for r in rows]
    english = {}
    for topic, lang, theme_id in rows:
        if lang == "en":
            english.setdefault(topic, Counter())[theme_id] += 1
    home = {t: c.most_common(1)[0][0] for t, c in english.items()}
    others = [(topic, theme_id) for topic, lang, theme_id in rows if lang in OTHERS]
    return {
        "passages": len(rows),
        "themes": len(set(assigned)),
        "nmi": round(normalized_mutual_info_score(topics, assigned), 3),
        "es_fr_pt_ru_in_english_theme": round(
            sum(home.get(t) == th for t, th in others) / max(1, len(others)), 3
        ),
    }


def label_sheet(best, sources, truth, path, per_theme=8, seed=0):
    """For a reader: each theme's label and some of its passages; the key written apart."""
    by_theme = {}
    for weight, theme_id, label, p in best.values():
        by_theme.setdefault((theme_id, label), []).append(p)
    rng = random.Random(seed)
    sheet, key = [], {}
    for (theme_id, label), members in sorted(by_theme.items()):
        shown = rng.sample(members, min(per_theme, len(members)))
        sheet.append({"theme": theme_id, "label": label, "passages": [p["text"] for p in shown]})
        topics = Counter(truth.get(Path(sources[p["submission_id"]]).name) for p in members)
        key[theme_id] = topics.most_common(1)[0][0]
    Path(path).write_text(json.dumps(sheet, ensure_ascii=False, indent=1), encoding="utf-8")
    Path(path).with_suffix(".key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")


def run(folder=DEFAULT, sheet=None):
    """Both runs (with and without the dictionary) on one ingest; figures per run."""
    paragraphs = read_corpus(folder)
    with tempfile.TemporaryDirectory(prefix="themes-written-") as work:
        work = Path(work)
        files = work / "files"
        files.mkdir()
        truth = render(paragraphs, files)
        db = work / "wb.db"
        cli(db, "ingest", "--call", "written", str(files))
        results = []
        for flag in ([], ["--no-dictionary"]):
            cli(db, "themes", "--call", "written", "--refresh", *flag)
            best, sources = best_themes(db, "written")
            found = {"dictionary": not flag, **score(best, sources, truth)}
            results.append(found)
            if sheet:
                label_sheet(
                    best, sources, truth, f"{sheet}-{'dict' if not flag else 'nodict'}.json"
                )
    return results


def judged_share(path):
    """Share of themes whose label a reader found names their topic (BRIEF.md, part 2)."""
    found = json.loads(Path(path).read_text(encoding="utf-8"))
    return {
        "themes": len(found),
        "label_names_topic": round(
            sum(bool(j["names_topic"]) for j in found) / max(1, len(found)), 3
        ),
    }


def stand_in(folder, per_topic=8):
    """The demo generator's style-b paragraphs in the corpus format (harness check only)."""
    from bench.themes import labelled_passages

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "paragraphs.jsonl", "w", encoding="utf-8") as fh:
        for p in labelled_passages("b", per_topic):
            record = {"topic": p["topic"], "language": p["language"], "text": p["text"]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def ceiling(paragraphs, folds=8):
    """Per dictionary setting: a classifier trained on the true topics in the clustering's space
    (cross-validated), and KMeans with the true number of topics in the same space."""
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    from workbench.themes import cluster

    topics = np.array([p["topic"] for p in paragraphs])
    languages = np.array([p["language"] for p in paragraphs])
    for use_concepts in (True, False):
        vectors = cluster.Space(paragraphs, use_concepts=use_concepts).vectors
        folds_ = StratifiedKFold(folds, shuffle=True, random_state=0)
        trained = cross_val_predict(
            LogisticRegression(C=10, max_iter=3000), vectors, topics, cv=folds_
        )
        found = KMeans(len(set(topics)), random_state=0, n_init=4).fit_predict(vectors)
        yield {
            "dictionary": use_concepts,
            "trained_nmi": round(normalized_mutual_info_score(topics, trained), 3),
            "trained_accuracy": {
                lang: round(
                    float((trained[languages == lang] == topics[languages == lang]).mean()), 2
                )
                for lang in sorted(set(languages))
            },
            "kmeans_true_k_nmi": round(normalized_mutual_info_score(topics, found), 3),
        }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--stand-in", action="store_true", help="write generator text to FOLDER")
    parser.add_argument("--sheet", help="write label-judging sheets with this path prefix")
    parser.add_argument("--judged", help="a reader's judgments of a sheet (BRIEF.md): the share")
    parser.add_argument("--ceiling", action="store_true", help="a trained classifier in the space")
    args = parser.parse_args(argv)
    if args.judged:
        print(judged_share(args.judged))
        return 0
    if args.stand_in:
        stand_in(args.folder)
        return 0
    if args.ceiling:
        for found in ceiling(read_corpus(args.folder)):
            print(found, flush=True)
        return 0
    for found in run(args.folder, args.sheet):
        print(found, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
