"""Page benchmark: server-side time of each page's first run and main interactions (Streamlit
AppTest), and the command-line paths people wait on, on generated calls of 130, 1,500 and
5,000 submissions.

    make bench                                   # 130 and 1,500 (and the ingest benchmark)
    .venv/bin/python bench/pages.py --sizes 130,1500,5000 [--keep DIR]
    .venv/bin/python bench/pages.py --sizes 1500 --pages "" --new 20   # themes after 20 new

A call is generated in chunks of 125 submissions (one seed each, styles a and b in turn: the
generator's name pools are sized for a call of a few hundred), ingested once and its themes
proposed (``--keep DIR`` keeps and reuses those databases between runs). Each measurement
then runs on a fresh copy of that database, and each page in a fresh process, as a page
opened after the app starts: its first run pays for whatever was not computed and stored
before. Figures go to stdout and bench/results/pages.json. Targets (issue 15): first run
≤ 2 s, interactions ≤ 1 s at 1,500 (≤ 2 s at 5,000); ``themes --refresh`` ≤ 10 s at 1,500
and ≤ 60 s at 5,000 within 2 GB; background document ≤ 3 s at 1,500.
"""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHUNK = 125
CALL = "bench-call"
WORKBENCH = [sys.executable, "-m", "workbench"]
PAGES = [
    "calls",
    "upload",
    "submissions",
    "triage",
    "statistics",
    "themes",
    "literature",
    "background",
    "admin",
    "search",
    "submitters",
]


# ---------------------------------------------------------------- the call


def write_corpus(inbox, n):
    """n generated submissions in ``inbox``: chunks of CHUNK, entries prefixed by their chunk."""
    from corpus.generate import generate

    inbox.mkdir(parents=True, exist_ok=True)
    for chunk, start in enumerate(range(0, n, CHUNK)):
        part = inbox.parent / f"chunk{chunk}"
        generate(
            part,
            n=min(CHUNK, n - start),
            seed=1000 + chunk,
            style="ab"[chunk % 2],
            labels_path=inbox.parent / f"labels{chunk}.csv",
        )
        for entry in part.iterdir():
            entry.rename(inbox / f"c{chunk:02d}_{entry.name}")
        part.rmdir()


def workbench(db, *args, cpu=None):
    """Run the console command in a fresh process: (wall seconds, peak RSS MB of that process).
    ``cpu``: a dict given the process's CPU seconds (user + system) under "cpu"."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [*WORKBENCH, "--db", str(db), *args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"workbench {' '.join(args)} failed")
    if cpu is not None:
        cpu["cpu"] = usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024


def build_call(folder, n):
    """A database with a generated call of n submissions, tagged, themes proposed (reused when present)."""
    db, built = folder / "workbench.db", folder / "build.json"
    if built.exists() or (folder / "ready").exists():
        # Kept from an earlier run: propose the themes again so that what is derived from the
        # passages is the current code's (what "Propose themes" leaves behind).
        workbench(db, "themes", "--call", CALL, "--format", "json", "--refresh")
        return db, json.loads(built.read_text()) if built.exists() else {}
    if folder.exists():
        shutil.rmtree(folder)
    write_corpus(folder / "inbox", n)
    found = {}
    found["ingest"], _ = workbench(
        db,
        "ingest",
        "--call",
        CALL,
        "--report",
        "conflict-peace-security",
        "--title",
        f"Generated call of {n}",
        "--no-ocr",
        str(folder / "inbox"),
    )
    found["themes --refresh, first after ingest"], found["first refresh peak MB"] = workbench(
        db, "themes", "--call", CALL, "--format", "json", "--refresh"
    )
    workbench(
        db,
        "notes",
        "import",
        str(ROOT / "corpus" / "demo_literature.bib"),
        "--report",
        "conflict-peace-security",
    )
    found = {k: round(v, 2) if "MB" not in k else round(v) for k, v in found.items()}
    built.write_text(json.dumps(found))
    return db, found


def fresh_copy(db, target):
    """A copy of the prepared database (SQLite backup), so that every measurement starts alike."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(db) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


# ---------------------------------------------------------------- one page, in its own process


def timed(app, action=None):
    """Seconds of one script run (after ``action`` set a widget); fails on an exception."""
    start = time.perf_counter()
    (action() if action else app).run()
    seconds = time.perf_counter() - start
    if app.exception:
        raise SystemExit(f"page failed: {app.exception}")
    return round(seconds, 3)


def interactions(page, app):
    """[(what, action)] a person does on the page, in order."""
    if page == "themes":
        picks = app.selectbox(key="themes_pick").options
        areas = app.selectbox(key="themes_area").options
        return [
            ("pick another theme", lambda: app.selectbox(key="themes_pick").set_value(picks[-1])),
            (
                "pick the first theme again",
                lambda: app.selectbox(key="themes_pick").set_value(picks[0]),
            ),
            (
                "another codebook area",
                lambda: app.selectbox(key="themes_area").set_value(areas[-1]),
            ),
            ("accept this theme", lambda: app.button(key="themes_accept").click()),
        ]
    if page == "background":
        sections = app.multiselect(key="bg_sections").value
        return [
            (
                "quotes per section 3 -> 2",
                lambda: app.number_input(key="bg_per_section").set_value(2),
            ),
            ("internal edition on", lambda: app.toggle(key="bg_internal").set_value(True)),
            (
                "drop the first section",
                lambda: app.multiselect(key="bg_sections").set_value(sections[1:]),
            ),
        ]
    if page == "statistics":
        return [
            ("columns: region", lambda: app.selectbox(key="stats_cols").set_value("region")),
            ("rows: scope", lambda: app.selectbox(key="stats_rows").set_value("scope")),
            (
                "trace a row total",
                lambda: app.selectbox(key="stats_cell_row").set_value(
                    app.selectbox(key="stats_cell_row").options[0]
                ),
            ),
            ("rows: theme", lambda: app.selectbox(key="stats_rows").set_value("theme")),
            ("small numbers off", lambda: app.number_input(key="stats_k").set_value(0)),
        ]
    if page == "submissions" and any(t.key == "subs_text" for t in app.text_input):
        return [("search", lambda: app.text_input(key="subs_text").input("input"))]
    if page == "triage":
        confirm = next(b for b in app.button if str(b.key).startswith("triage_next_"))
        return [
            ("confirm and next", lambda: confirm.click()),
            ("filter: Member States", lambda: app.multiselect(key="triage_types").select("state")),
        ]
    if page == "search":
        return [
            ("search words", lambda: app.text_input(key="search_text").input("police violence"))
        ]
    if page == "literature":
        return [("search notes", lambda: app.text_input(key="lit_search").input("conversion"))]
    if page == "admin":
        actions = app.multiselect(key="admin_audit_action").options
        return [
            (
                "filter the audit log",
                lambda: app.multiselect(key="admin_audit_action").select(actions[0]),
            )
        ]
    return []


def run_page(page, db):
    """{what: seconds} for one page: its first run, then its interactions."""
    os.environ["WORKBENCH_DB"] = str(db)
    import altair  # noqa: F401 - a running app has its libraries imported
    import pandas  # noqa: F401
    from streamlit.testing.v1 import AppTest

    import workbench.background  # noqa: F401
    import workbench.stats  # noqa: F401
    import workbench.tagging  # noqa: F401
    import workbench.themes  # noqa: F401

    app = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=1800)
    found = {"first run": timed(app)}
    found["run again"] = timed(app)
    for what, action in interactions(page, app):
        found[what] = timed(app, action)
    return found


def measure_page(page, db, scratch):
    copy = fresh_copy(db, scratch / "page.db")
    out = subprocess.run(
        [sys.executable, __file__, "--page", page, "--db", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise SystemExit(f"{page}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- command line


def measure_cli(db, scratch):
    found = {}
    copy = fresh_copy(db, scratch / "cli.db")
    cpu = {}
    found["themes --refresh, again"], found["refresh again peak MB"] = workbench(
        copy, "themes", "--call", CALL, "--format", "json", "--refresh", cpu=cpu
    )
    found["themes --refresh, again, CPU s"] = cpu["cpu"]
    found["background --out"], _ = workbench(
        copy,
        "background",
        "--call",
        CALL,
        "--out",
        str(scratch / "bg.docx"),
        "--markdown",
        str(scratch / "bg.md"),
    )
    found["stats (type x region, md)"], _ = workbench(
        copy,
        "stats",
        "--call",
        CALL,
        "--rows",
        "submitter_type",
        "--cols",
        "region",
        "--format",
        "md",
    )
    return {k: round(v, 2) if "MB" not in k else round(v) for k, v in found.items()}


NEW_SEED = 9000  # the added submissions' generator seed: no chunk of a call uses it


def measure_new(db, scratch, n_new):
    """``themes --refresh`` after ``n_new`` generated submissions are ingested into a copy of
    the call (the ingest is not timed): placed in the kept themes, then fitted again (--refit)
    on another copy. Wall and CPU seconds (user + system) and peak memory."""
    from corpus.generate import generate

    inbox = scratch / "new"
    generate(inbox, n=n_new, seed=NEW_SEED, labels_path=scratch / "new-labels.csv")
    copy = fresh_copy(db, scratch / "new.db")
    workbench(copy, "ingest", "--call", CALL, "--no-ocr", str(inbox))
    refit = fresh_copy(copy, scratch / "refit.db")
    found = {}
    for what, path, extra in (("placed", copy, ()), ("refit", refit, ("--refit",))):
        cpu, name = {}, f"themes --refresh after {n_new} new, {what}"
        found[name], found[f"{name}, peak MB"] = workbench(
            path, "themes", "--call", CALL, "--format", "json", "--refresh", *extra, cpu=cpu
        )
        found[f"{name}, CPU s"] = cpu["cpu"]
    return {k: round(v, 2) if "MB" not in k else round(v) for k, v in found.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="130,1500")
    parser.add_argument("--keep", help="folder to keep (and reuse) the generated databases in")
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument(
        "--new", type=int, default=0, help="also time themes --refresh after N new submissions"
    )
    parser.add_argument("--page", help=argparse.SUPPRESS)  # the child process: one page
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.page:
        print(json.dumps(run_page(args.page, args.db)))
        return
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-pages-"))
    results = {}
    try:
        for n in [int(s) for s in args.sizes.split(",")]:
            db, built = build_call(work / f"call{n}", n)
            scratch = work / f"scratch{n}"
            figures = {"cli": {**built, **measure_cli(db, scratch)}}
            if args.new:
                figures["cli"].update(measure_new(db, scratch, args.new))
            print(f"[{n}] {json.dumps(figures['cli'])}", flush=True)
            for page in filter(None, args.pages.split(",")):
                figures[page] = measure_page(page, db, scratch)
                print(f"[{n}] {page}: {json.dumps(figures[page], ensure_ascii=False)}", flush=True)
            results[n] = figures
            shutil.rmtree(scratch, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "pages.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print_table(results)


def print_table(results):
    sizes = list(results)
    print("\n| what | " + " | ".join(f"{n:,}" for n in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    rows = []
    for part in results[sizes[0]]:
        for what in results[sizes[0]][part]:
            rows.append((part, what))
    for part, what in rows:
        cells = [results[n].get(part, {}).get(what) for n in sizes]
        unit = " MB" if "MB" in what else " s"
        label = what if part == "cli" else f"{part}: {what}"
        print(
            f"| {label} | " + " | ".join("—" if c is None else f"{c}{unit}" for c in cells) + " |"
        )


if __name__ == "__main__":
    main()
