"""Ingest benchmark: whole-pipeline pages/s on the demo corpus, beside raw pdfplumber and
raw PDFium on the same PDFs, and the time of a no-op re-ingest of 1,000 files.

Run: `make bench` (or .venv/bin/python bench/ingest.py [--workers 2] [--noop-files 1000]).
Figures go to stdout and bench/results/ingest.json.
"""

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.generate import generate  # noqa: E402
from workbench import ingest, store  # noqa: E402
from workbench.extract import sniff  # noqa: E402


def text_pdfs(folder):
    """The corpus's readable PDFs (by their bytes, not their names)."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and sniff(path.read_bytes()) == "pdf":
            try:
                pdfium.PdfDocument(str(path)).close()
                found.append(path)
            except pdfium.PdfiumError:
                pass
    return found


def raw_pdfium(paths):
    pages, start = 0, time.perf_counter()
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            page.get_textpage().get_text_range()
            pages += 1
        pdf.close()
    return pages, time.perf_counter() - start


def raw_pdfplumber(paths):
    pages, start = 0, time.perf_counter()
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return pages, time.perf_counter() - start


def warm_up(workdir, pdfs):
    """A first, cold ingest: loads the language model and the tagger's per-language pipelines
    once, as a running app or a long batch has them. Its time is reported apart."""
    folder = workdir / "warm"
    folder.mkdir()
    for i, path in enumerate(pdfs):
        shutil.copy(path, folder / f"{i:04d}_{path.name}")
    start = time.perf_counter()
    ingest.ingest(store.open_db(workdir / "warm.db"), "warm", [folder], n_workers=0, ocr=False)
    return time.perf_counter() - start


def whole_ingest(folder, workdir, workers):
    db = store.open_db(workdir / "bench.db")
    start = time.perf_counter()
    report = ingest.ingest(db, "bench", [folder], n_workers=workers, ocr=False)
    return report, time.perf_counter() - start, db


def text_pdf_ingest(paths, workdir, workers):
    """The whole pipeline on the text PDFs alone: the issue's 150 pages/s per core target."""
    folder = workdir / f"pdfs{workers}"
    folder.mkdir()
    for i, path in enumerate(paths):
        shutil.copy(path, folder / f"{i:04d}_{path.name}")
    db = store.open_db(workdir / f"pdfs{workers}.db")
    start = time.perf_counter()
    report = ingest.ingest(db, "bench", [folder], n_workers=workers, ocr=False)
    return report.pages, time.perf_counter() - start


def noop_reingest(workdir, n_files, workers):
    """Ingest n small distinct files, then time the same command again (nothing to do)."""
    from tests.makedocs import ENGLISH, make_pdf

    folder = workdir / "many"
    for i in range(n_files):
        make_pdf(
            folder / f"s{i:05d}.pdf", [[f"Submission number {i}. " + ENGLISH[i % 3]]], footer=False
        )
    db = store.open_db(workdir / "many.db")
    ingest.ingest(db, "many", [folder], n_workers=workers, ocr=False)
    start = time.perf_counter()
    again = ingest.ingest(db, "many", [folder], n_workers=workers, ocr=False)
    assert again.count(action="unchanged") == n_files
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--noop-files", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus"
        generate(corpus, n=130, seed=0, style="a", labels_path=workdir / "labels.csv")
        pdfs = text_pdfs(corpus)
        fig = {"startup_s": warm_up(workdir, pdfs)}
        fig["pdfium_pages"], fig["pdfium_s"] = raw_pdfium(pdfs)
        fig["pdfplumber_pages"], fig["pdfplumber_s"] = raw_pdfplumber(pdfs)
        fig["text_pdf_pages"], fig["text_pdf_s"] = text_pdf_ingest(pdfs, workdir, args.workers)
        fig["one_core_pages"], fig["one_core_s"] = text_pdf_ingest(pdfs, workdir, 0)
        report, seconds, _ = whole_ingest(corpus, workdir, args.workers)
        fig["corpus_submissions"], fig["corpus_pages"], fig["corpus_s"] = (
            len(report.outcomes),
            report.pages,
            seconds,
        )
        fig["noop_files"] = args.noop_files
        fig["noop_s"] = noop_reingest(workdir, args.noop_files, args.workers)
    fig["workers"] = args.workers
    rate = lambda p, s: p / s if s else 0.0  # noqa: E731
    print(
        f"cold first ingest of the text PDFs (loads language and tagging models): {fig['startup_s']:.2f} s"
    )
    print(
        f"raw PDFium      : {fig['pdfium_pages']} pages in {fig['pdfium_s']:.2f} s = {rate(fig['pdfium_pages'], fig['pdfium_s']):.0f} pages/s"
    )
    print(
        f"raw pdfplumber  : {fig['pdfplumber_pages']} pages in {fig['pdfplumber_s']:.2f} s = {rate(fig['pdfplumber_pages'], fig['pdfplumber_s']):.1f} pages/s"
    )
    print(
        f"whole ingest, text PDFs ({args.workers} workers): {fig['text_pdf_pages']} pages in {fig['text_pdf_s']:.2f} s "
        f"= {rate(fig['text_pdf_pages'], fig['text_pdf_s']):.0f} pages/s "
        f"({rate(fig['text_pdf_pages'], fig['text_pdf_s']) / max(args.workers, 1):.0f} per core)"
    )
    print(
        f"whole ingest, text PDFs, in one process (one core): {fig['one_core_pages']} pages in {fig['one_core_s']:.2f} s "
        f"= {rate(fig['one_core_pages'], fig['one_core_s']):.0f} pages/s"
    )
    print(
        f"whole ingest, demo corpus: {fig['corpus_submissions']} submissions, {fig['corpus_pages']} pages in {fig['corpus_s']:.2f} s"
    )
    print(f"no-op re-ingest of {fig['noop_files']} files: {fig['noop_s']:.2f} s")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "ingest.json").write_text(json.dumps(fig, indent=2))


if __name__ == "__main__":
    main()
