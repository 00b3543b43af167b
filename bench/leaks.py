"""Leak scanner: does any shareable output identify a submitter who asked not to be named?

    .venv/bin/python -m bench.leaks [--private 40] [--public 20] [--seed 0] [--modes detector,perfect]
                                    [--no-pages] [--quick] [--json] [--keep DIR]

1. Writes the generated call of ``bench/leakcorpus.py`` (real PDF/DOCX, folders, a ZIP batch;
   en, es, fr, pt, ru, ar) into a temporary folder, ingests it through the command line
   (``workbench --db DB ingest --call leaks DIR``) and refreshes its themes.
2. Mode ``detector``: the tags the detector gave. Mode ``perfect``: every submission's tags set to
   the truth and confirmed through ``workbench.tagging.review.save_edits`` (what the Triage
   page's Save does), then themes refreshed again.
3. In each mode runs every shareable output — ``submissions`` CSV/JSON, ``themes`` JSON,
   ``stats`` tables (one- and two-way, CSV/MD/XLSX/DOCX), sentences and ``--cell`` listings,
   ``background`` (shareable and ``--internal`` editions, DOCX + Markdown) — and the pages'
   downloads and screens (Statistics, Themes, Submissions, Background) through Streamlit's
   AppTest, logged in as an advisor.
4. Extracts the text of each output and counts every identifier of every non-public submitter
   (name and its variants, acronym, people, e-mails, phones by digits, URL, domain, street
   address, file and folder names; the country only in the submissions list's own rows), and
   references "(submission N, p. M)" to a non-public submission.

Prints a table (output × kind: distinct identifiers found); ``--json`` prints everything,
with examples. Exit code 1 when any leak is found, 2 when no leak was found but some output
could not be produced (so 0 cannot be claimed), 0 otherwise. The target is 0 in both modes.
"""

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import leakcorpus  # noqa: E402

CALL = "leaks"
WORKBENCH = [str(ROOT / ".venv" / "bin" / "workbench")]
DIMENSIONS = ("submitter_type", "region", "scope", "country", "language", "theme")
FORMATS = ("csv", "md", "xlsx", "docx")
KINDS = (
    "name",
    "acronym",
    "person",
    "email",
    "phone",
    "url",
    "domain",
    "address",
    "file",
    "country",
    "reference",
)
REFERENCE = re.compile(
    r"\(\s*submission\s+(?:no\.?\s*|#\s*)?(\d+)\s*,\s*p(?:age|\.)?\s*\d+\s*\)", re.I
)
REFERENCE_KEYS = ("submission_id", "submission")
DIGIT_RUN = re.compile(r"\+?\d[\d \u00a0\u202f().\-/]*\d")
PAGES = ("statistics", "themes", "submissions", "background")
ADVISOR, ADMIN, PASSWORD = "leak-advisor", "leak-admin", "leak-bench password 2026"


# ---------------------------------------------------------------- normalising and matching
def fold(text):
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).casefold()


def loose(text):
    """Accents, case and punctuation away: words separated by one space, padded with spaces."""
    return " " + re.sub(r"[\W_]+", " ", fold(text)).strip() + " "


def digit_runs(text):
    return [re.sub(r"\D", "", m.group()) for m in DIGIT_RUN.finditer(text)]


@dataclass
class Identifier:
    submission_id: int
    level: str
    kind: str
    value: str
    needle: object = None  # what is searched for, prepared once

    def prepare(self):
        if self.kind == "phone":
            self.needle = re.sub(r"\D", "", self.value)
        elif self.kind in ("email", "domain", "url"):
            value = fold(self.value)
            if self.kind == "url":
                value = re.sub(r"^https?://", "", value)
            self.needle = re.compile(
                r"(?<![\w-])" + re.escape(value) + r"(?![\w-])"
            )  # www.<domain> counts
        else:
            self.needle = loose(self.value)
        return self

    def found_in(self, text):
        """(the folded/loose text, the digit runs) → number of occurrences."""
        folded, spaced, runs = text
        if self.kind == "phone":
            return sum(run.count(self.needle) for run in runs)
        if self.kind in ("email", "domain", "url"):
            return len(self.needle.findall(folded))
        return spaced.count(self.needle)


@dataclass
class Output:
    name: str
    text: str = ""
    rows: list = None  # for the submissions list: the parsed rows
    raw: str = ""  # the command's stdout as printed
    internal: bool = False  # the internal background edition (no reference counting)
    error: str = ""


@dataclass
class Finding:
    output: str
    kind: str
    submission_id: int
    value: str
    count: int
    context: str = ""


# ---------------------------------------------------------------- text of outputs
def docx_text(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]

    def tables(container):
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
                    tables(cell)

    tables(document)
    for section in document.sections:
        for part in (
            section.header,
            section.footer,
            section.first_page_header,
            section.first_page_footer,
            section.even_page_header,
            section.even_page_footer,
        ):
            try:
                parts += [p.text for p in part.paragraphs]
                tables(part)
            except Exception:  # a missing header part
                pass
    props = document.core_properties
    parts += [
        props.title or "",
        props.subject or "",
        props.comments or "",
        props.keywords or "",
        props.author or "",
    ]
    parts.append(
        _xml_parts_text(
            data, ("word/footnotes.xml", "word/endnotes.xml", "word/comments.xml", "docProps/")
        )
    )
    return "\n".join(parts)


def _xml_parts_text(data, prefixes):
    """Text of other XML parts (footnotes, comments, properties), paragraph by paragraph."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith(prefixes):
                xml = archive.read(name).decode("utf-8", "replace")
                for paragraph in re.split(r"</w:p>|</[a-z]+:[A-Za-z]+>", xml):
                    text = "".join(re.findall(r">([^<]+)<", paragraph + "<"))
                    if text.strip():
                        out.append(text)
    return "\n".join(out)


def xlsx_text(data):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for sheet in book:
        parts.append(sheet.title)
        for row in sheet.iter_rows(values_only=True):
            parts += [str(v) for v in row if v is not None]
    props = book.properties
    parts += [
        str(getattr(props, a, "") or "")
        for a in ("title", "subject", "description", "keywords", "creator")
    ]
    return "\n".join(parts)


def pdf_text(data):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def json_text(raw):
    """The raw JSON and every string in it, unescaped (\\u00f1 would hide an ñ)."""
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    strings = []

    def walk(v, key=None):
        if isinstance(v, dict):
            for k, x in v.items():
                strings.append(str(k))
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif v is not None:
            strings.append(str(v))

    walk(value)
    return raw + "\n" + "\n".join(strings)


def bytes_text(data, file_name=""):
    """Text of a downloaded or written file, by its content."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = file_name.lower()
    try:
        if data[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
            if "word/document.xml" in names:
                return docx_text(data)
            if "xl/workbook.xml" in names:
                return xlsx_text(data)
            text = []
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in names:
                    text += [member, bytes_text(archive.read(member), member)]
            return "\n".join(text)
        if data[:5] == b"%PDF-":
            return pdf_text(data)
    except Exception as error:  # a damaged download is reported, not scanned as empty
        return f"[could not read {file_name}: {error}]"
    text = data.decode("utf-8", "replace")
    if name.endswith(".json") or text.lstrip()[:1] in ("{", "["):
        return json_text(text)
    return text


# ---------------------------------------------------------------- the call
def build(workdir, n_private, n_public, seed, langs=leakcorpus.LANGS, log=print):
    """Generate and ingest the call; return (db path, truth by submission id)."""
    workdir = Path(workdir)
    call_dir = workdir / "call"
    truth = leakcorpus.generate(call_dir, n_private, n_public, seed, langs)
    (workdir / "truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    db_path = workdir / "wb.db"
    started = time.monotonic()
    result = cli(db_path, "ingest", "--call", CALL, str(call_dir))
    if result.returncode:
        raise SystemExit(f"ingest failed: {result.stderr.strip()[-2000:]}")
    log(f"ingested {len(truth)} submissions in {time.monotonic() - started:.1f} s")
    return db_path, by_id(db_path, truth)


def by_id(db_path, truth):
    from workbench import store

    db = store.open_db(db_path)
    try:
        sources = {row["source"]: row["id"] for row in store.list_submissions(db, CALL)}
    finally:
        db.conn.close()
    missing = [t["source"] for t in truth if t["source"] not in sources]
    if missing:
        raise SystemExit(f"submissions not ingested under their expected source: {missing}")
    return {sources[t["source"]]: t for t in truth}


def identifiers(truth):
    out = []
    for sid, t in truth.items():
        if t["confidentiality"] == "public":
            continue
        for ident in t["identifiers"]:
            out.append(
                Identifier(sid, t["confidentiality"], ident["kind"], ident["value"]).prepare()
            )
    return out


def country_names(a3):
    from corpus import names as N

    names = {a3}
    for lang in ("en", "es", "fr", "pt", "ru"):
        names.add(N.country_name(a3, lang, article=False))
    names.add(leakcorpus.COUNTRY_AR.get(a3, a3))
    return {loose(n) for n in names}


def apply_perfect_tags(db_path, truth, user="leak-bench"):
    """Every submission's tags set to the truth and confirmed, as the Triage page's Save does."""
    from workbench import store
    from workbench.tagging import review

    db = store.open_db(db_path)
    try:
        rows = {row["id"]: row for row in review.table(db, CALL)}
        edited = []
        for sid, t in truth.items():
            if sid in rows:
                edited.append({**rows[sid], **t["tags"]})
        saved, conflicts = review.save_edits(db, list(rows.values()), edited, set(truth), user)
        if conflicts:
            raise SystemExit(f"perfect tags: conflicts on {conflicts}")
        left = [
            sid
            for sid in truth
            if store.get_submission(db, sid)["confidentiality"] != truth[sid]["confidentiality"]
        ]
        if left:
            raise SystemExit(f"perfect tags: confidentiality not saved for {left}")
        return len(saved)
    finally:
        db.conn.close()


# ---------------------------------------------------------------- CLI outputs
def cli(db_path, *args, timeout=600):
    env = {**os.environ, "WORKBENCH_DB": str(db_path)}
    return subprocess.run(
        [*WORKBENCH, "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def cli_output(db_path, name, args, out_file=None, extra_files=(), refusal_ok=False):
    """Run one command; its stdout (+ stderr) and any files it wrote become the output's text.

    ``refusal_ok``: a non-zero exit with a one-line reason (e.g. "that cell is hidden by small-number
    protection") is a refusal, which is what a protected cell should get: its words are scanned too.
    """
    try:
        result = cli(db_path, *args)
    except subprocess.TimeoutExpired:
        return Output(name, error="timed out")
    if (
        result.returncode
        and refusal_ok
        and "Traceback" not in result.stderr
        and result.stderr.strip()
    ):
        return Output(name, text=result.stdout + result.stderr, raw=result.stdout)
    if result.returncode:
        return Output(
            name,
            text=result.stdout + result.stderr,
            error=f"exit {result.returncode}: {(result.stderr.strip().splitlines() or [''])[-1][:300]}",
        )
    text = [
        bytes_text(result.stdout, args[-1] if args[-1].endswith((".json",)) else ""),
        result.stderr,
    ]
    if "--format" in args and args[args.index("--format") + 1] == "json":
        text[0] = json_text(result.stdout)
    for path in ([out_file] if out_file else []) + list(extra_files):
        path = Path(path)
        if not path.exists():
            return Output(name, text="\n".join(text), error=f"{path.name} was not written")
        text.append(bytes_text(path.read_bytes(), path.name))
    return Output(name, text="\n".join(text), raw=result.stdout)


def submissions_rows(output, fmt):
    if output.error:
        return output
    raw = output.raw
    try:
        if fmt == "csv":
            output.rows = list(csv.DictReader(io.StringIO(raw)))
        else:
            value = json.loads(raw)
            output.rows = value if isinstance(value, list) else value.get("submissions", [])
    except Exception as error:
        output.error = f"could not parse the list: {error}"
    return output


def hidden_rows(db_path, hidden_ids):
    """The internal list's rows of the non-public submissions (what their --cell listings are asked for)."""
    csv_text = cli(db_path, "submissions", "--call", CALL, "--format", "csv", "--internal").stdout
    return [
        r
        for r in csv.DictReader(io.StringIO(csv_text))
        if r.get("id", "").isdigit() and int(r["id"]) in hidden_ids
    ]


def theme_values(db_path):
    """The theme rows of the one-way theme table (codes as the CLI prints them)."""
    text = cli(db_path, "stats", "--call", CALL, "--rows", "theme", "--format", "csv").stdout
    return [r[0] for r in csv.reader(io.StringIO(text)) if r][1:]


def cli_jobs(db_path, out_dir, quick=False, hidden_ids=()):
    """(name, args, out_file, extra files, postprocess) of every shareable CLI output."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("submissions csv", ["submissions", "--call", CALL, "--format", "csv"], None, (), "csv"),
        ("submissions json", ["submissions", "--call", CALL, "--format", "json"], None, (), "json"),
        ("themes json", ["themes", "--call", CALL, "--format", "json"], None, (), None),
    ]
    pairs = [(r, None) for r in DIMENSIONS] + [
        (r, c) for i, r in enumerate(DIMENSIONS) for c in DIMENSIONS[i + 1 :]
    ]
    if quick:
        pairs = [
            ("submitter_type", None),
            ("country", None),
            ("theme", None),
            ("submitter_type", "region"),
            ("country", "language"),
            ("theme", "region"),
        ]
    for rows, cols in pairs:
        base = ["stats", "--call", CALL, "--rows", rows] + (["--cols", cols] if cols else [])
        label = f"stats {rows}" + (f" x {cols}" if cols else "")
        for fmt in FORMATS:
            if fmt in ("csv", "md"):
                jobs.append((f"{label} {fmt}", base + ["--format", fmt], None, (), None))
            else:
                path = out_dir / f"{label.replace(' ', '_')}.{fmt}"
                jobs.append(
                    (f"{label} {fmt}", base + ["--format", fmt, "--out", str(path)], path, (), None)
                )
    for lang in ("en", "es", "fr"):
        jobs.append(
            (
                f"stats sentence {lang}",
                ["stats", "--call", CALL, "--sentence", "--lang", lang],
                None,
                (),
                None,
            )
        )
    jobs.append(
        ("stats scope sentence", ["stats", "--call", CALL, "--scope-sentence"], None, (), None)
    )
    # --cell: every cell that counts a non-public submission (by its current tags), and the totals.
    rows_of_hidden = hidden_rows(db_path, set(hidden_ids))
    cells = {
        (d, r.get(d), None, "total")
        for d in DIMENSIONS
        if d != "theme"
        for r in rows_of_hidden
        if r.get(d)
    }
    cells |= {(d, "total", None, "total") for d in DIMENSIONS}
    if not quick:
        cells |= {("theme", v, None, "total") for v in theme_values(db_path) if v and v != "total"}
    for rows, cols in (("submitter_type", "region"), ("country", "language")):
        cells |= {
            (rows, r.get(rows), cols, r.get(cols))
            for r in rows_of_hidden
            if r.get(rows) and r.get(cols)
        }
    cells = sorted(cells, key=lambda c: tuple(str(x) for x in c))
    if quick:
        cells = [c for c in cells if c[0] in ("country", "submitter_type")]
    for rows, rv, cols, cv in cells:
        args = (
            ["stats", "--call", CALL, "--rows", rows]
            + (["--cols", cols] if cols else [])
            + ["--cell", rv, cv]
        )
        jobs.append(
            (f"stats --cell {rows}" + (f" x {cols}" if cols else ""), args, None, (), "cell")
        )
    for internal in (False, True):
        suffix = "-internal" if internal else ""
        docx_path, md_path = (
            out_dir / f"background{suffix}.docx",
            out_dir / f"background{suffix}.md",
        )
        args = [
            "background",
            "--call",
            CALL,
            "--out",
            str(docx_path),
            "--markdown",
            str(md_path),
        ] + (["--internal"] if internal else [])
        jobs.append(
            (
                f"background{' --internal' if internal else ''} docx+md",
                args,
                docx_path,
                (md_path,),
                "internal" if internal else None,
            )
        )
    return jobs


def run_cli_outputs(db_path, out_dir, quick=False, workers=3, only=None, hidden_ids=()):
    """Every shareable CLI output (``only``: a set of output names to keep, for small runs)."""
    jobs = [
        job
        for job in cli_jobs(db_path, out_dir, quick, hidden_ids)
        if only is None or job[0] in only
    ]

    def one(job):
        name, args, out_file, extra, post = job
        output = cli_output(db_path, name, args, out_file, extra, refusal_ok=post == "cell")
        if post in ("csv", "json"):
            submissions_rows(output, post)
        output.internal = post == "internal"
        return output

    with ThreadPoolExecutor(workers) as pool:
        outputs = list(pool.map(one, jobs))
    merged = {}  # the many --cell listings of one table count as one output
    for output in outputs:
        if output.name in merged:
            m = merged[output.name]
            m.text += "\n" + output.text
            m.error = m.error or output.error
        else:
            merged[output.name] = output
    return list(merged.values())


# ---------------------------------------------------------------- page outputs (AppTest)
_DOWNLOADS = {}


def _record_downloads():
    """Keep every file a download button holds (AppTest's media storage is dropped after each run)."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
    from streamlit.testing.v1 import app_test

    class Recording(MemoryMediaFileStorage):
        def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):
            file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
            media = self._files_by_id[file_id]
            _DOWNLOADS[file_id] = (media.content, filename or "")
            return file_id

    app_test.MemoryMediaFileStorage = Recording


def _screen_text(app):
    parts = []
    for kind in (
        "markdown",
        "caption",
        "text",
        "title",
        "header",
        "subheader",
        "info",
        "warning",
        "error",
        "success",
        "code",
        "json",
        "metric",
        "table",
    ):
        try:
            for element in app.get(kind):
                value = getattr(element, "value", None)
                if value is None and hasattr(element, "proto"):
                    value = str(element.proto)
                parts.append(str(value))
        except Exception:
            pass
    for frame in app.dataframe:
        try:
            parts.append(frame.value.to_csv())
        except Exception:
            pass
    for kind in ("selectbox", "multiselect", "radio"):
        for widget in app.get(kind):
            try:
                proto = widget.proto
                parts += list(proto.options)
                parts.append(str(widget.value))
            except Exception:
                pass
    for kind in ("text_input", "text_area"):
        for widget in app.get(kind):
            parts.append(str(widget.value or ""))
    for kind in ("vega_lite_chart", "arrow_vega_lite_chart"):
        for chart in app.get(kind):
            parts.append(str(chart.proto))
    return "\n".join(parts)


def _downloads_of(app):
    out = []
    for button in app.get("download_button"):
        file_id = os.path.splitext(button.proto.url.rsplit("/", 1)[-1])[0]
        content, file_name = _DOWNLOADS.get(file_id, (b"", ""))
        out.append((button.label, file_name, content))
    return out


class PageSession:
    """Pages opened under AppTest as the advisor, over the scan's database."""

    def __init__(self, db_path, role_user):
        self.db_path, self.user = db_path, role_user
        self.screens, self.downloads, self.errors = {}, {}, {}

    def open(self, page):
        from streamlit.testing.v1 import AppTest

        app = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=120)
        if self.user:
            app.session_state["auth_user"] = self.user
            app.session_state["user"] = self.user["name"]
        app.session_state["current_call"] = CALL
        return app

    def capture(self, page, app, what=""):
        if app.exception:
            self.errors.setdefault(page, []).append(
                f"{what}: {str(app.exception[0].message)[:200] if hasattr(app.exception[0], 'message') else app.exception}"
            )
            return
        self.screens.setdefault(page, []).append(_screen_text(app))
        edition = "internal" if "internal" in what else ""
        for label, file_name, content in _downloads_of(app):
            self.downloads.setdefault((page, edition), []).append(
                f"[{label} → {file_name}]\n{file_name}\n" + bytes_text(content, file_name)
            )

    def run(self, page, steps):
        """Open ``page``; apply each step (a function app → app|None, or None for the first run) and capture."""
        try:
            app = self.open(page)
            app.run()
            self.capture(page, app, "first run")
            for label, step in steps(app):
                try:
                    step(app)
                    app.run()
                    self.capture(page, app, label)
                except Exception as error:
                    self.errors.setdefault(page, []).append(
                        f"{label}: {type(error).__name__}: {error}"[:300]
                    )
        except Exception as error:
            self.errors.setdefault(page, []).append(f"{type(error).__name__}: {error}"[:300])


def _select(key, value):
    def step(app):
        app.selectbox(key=key).select(value)

    return step


def _options(app, key):
    try:
        return list(app.selectbox(key=key).options)
    except Exception:
        return []


def _select_index(key, index):
    def step(app):
        app.selectbox(key=key).select_index(index)

    return step


def _switch_on(key, word):
    """Tick the toggle or checkbox ``key`` (or, if the page renamed it, the one whose label has ``word``)."""

    def step(app):
        for kind in ("toggle", "checkbox"):
            for widget in app.get(kind):
                if widget.key == key or word in (getattr(widget, "label", "") or "").lower():
                    widget.set_value(True)
                    return
        raise LookupError(f"no toggle or checkbox {key!r} or labelled '{word}'")

    return step


def statistics_steps(app):
    steps = []
    for rows in ("country", "theme", "submitter_type"):
        steps.append((f"rows {rows}", _select("stats_rows", rows)))
        steps.append(
            (
                f"rows {rows} x region",
                _select("stats_cols", "region" if rows != "region" else "language"),
            )
        )
        steps.append((f"rows {rows} one-way", _select("stats_cols", "")))
    return steps


def themes_steps(app):
    return [
        (f"theme {o}", _select_index("themes_pick", i))
        for i, o in enumerate(_options(app, "themes_pick"))
    ]


def submissions_steps(app):
    def opener(sid):
        def step(app):
            app.session_state["open_submission"] = (
                sid  # how the Themes page opens a submission here
            )

        return step

    ids = [
        int(m.group(1)) for o in _options(app, "subs_open") if (m := re.match(r"#(\d+)", str(o)))
    ]
    return [(f"open #{sid}", opener(sid)) for sid in ids]


def background_steps(app):
    return [("internal edition", _switch_on("bg_internal", "internal"))]


STEPS = {
    "statistics": statistics_steps,
    "themes": themes_steps,
    "submissions": submissions_steps,
    "background": background_steps,
}


def run_page_outputs(db_path, pages=PAGES):
    """Each page's downloads and screens, as the advisor (logins are created when there are none)."""
    import logging

    os.environ["WORKBENCH_DB"] = str(db_path)
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")
    from workbench import auth, store

    _record_downloads()
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(
                logging.ERROR
            )  # "missing ScriptRunContext" on every run
    db = store.open_db(db_path)
    try:
        names = {u["name"] for u in auth.list_users(db)}
        if ADMIN not in names:
            auth.add_user(db, ADMIN, PASSWORD, auth.ADMIN)
        if ADVISOR not in names:
            auth.add_user(db, ADVISOR, PASSWORD, auth.ADVISOR)
        user = auth.get_user(db, ADVISOR)
    finally:
        db.conn.close()
    session = PageSession(db_path, user)
    for page in pages:
        session.run(page, STEPS[page])
    outputs = []
    for page in pages:
        error = "; ".join(session.errors.get(page, []))
        outputs.append(
            Output(
                f"page {page}: downloads",
                "\n".join(session.downloads.get((page, ""), [])),
                error=error,
            )
        )
        if (page, "internal") in session.downloads:
            # The internal edition: identifiers are counted, references are not (like the CLI's --internal).
            outputs.append(
                Output(
                    f"page {page}: downloads (internal edition)",
                    "\n".join(session.downloads[(page, "internal")]),
                    internal=True,
                )
            )
        outputs.append(
            Output(f"page {page}: screen (advisor)", "\n".join(session.screens.get(page, [])))
        )
    return outputs


# ---------------------------------------------------------------- scanning
def scan(outputs, truth):
    idents = identifiers(truth)
    hidden_ids = {sid for sid, t in truth.items() if t["confidentiality"] != "public"}
    countries = {sid: country_names(truth[sid]["tags"]["country"]) for sid in hidden_ids}
    findings = []
    for output in outputs:
        if not output.text:
            continue
        prepared = (fold(output.text), loose(output.text), digit_runs(output.text))
        for ident in idents:
            if ident.kind == "country":
                continue
            n = ident.found_in(prepared)
            if n:
                findings.append(
                    Finding(
                        output.name,
                        ident.kind,
                        ident.submission_id,
                        ident.value,
                        n,
                        _context(output.text, ident),
                    )
                )
        if output.rows is not None:
            for row in output.rows:
                try:
                    sid = int(row.get("id"))
                except (TypeError, ValueError):
                    continue
                if sid in hidden_ids:
                    cells = loose(" | ".join(str(v) for v in row.values()))
                    if (
                        any(name in cells for name in countries[sid])
                        or (row.get("country") or "") == truth[sid]["tags"]["country"]
                    ):
                        findings.append(
                            Finding(
                                output.name,
                                "country",
                                sid,
                                truth[sid]["tags"]["country"],
                                1,
                                f"row {sid}: country={row.get('country')!r}",
                            )
                        )
        elif not output.internal and not output.name.startswith("submissions"):
            for m in REFERENCE.finditer(output.text):
                if int(m.group(1)) in hidden_ids:
                    findings.append(
                        Finding(
                            output.name,
                            "reference",
                            int(m.group(1)),
                            m.group(),
                            1,
                            _around(output.text, m.start(), m.end()),
                        )
                    )
            for sid in _json_references(output.text):
                if sid in hidden_ids:
                    findings.append(
                        Finding(output.name, "reference", sid, f"submission_id {sid}", 1, "")
                    )
    return findings


def _json_references(text):
    ids = []
    for m in re.finditer(r'"(?:%s)"\s*:\s*(\d+)' % "|".join(REFERENCE_KEYS), text):
        ids.append(int(m.group(1)))
    return ids


def _around(text, start, end, width=70):
    return re.sub(r"\s+", " ", text[max(0, start - width) : end + width]).strip()


def _context(text, ident):
    if ident.kind == "phone":
        for m in DIGIT_RUN.finditer(text):
            if ident.needle in re.sub(r"\D", "", m.group()):
                return _around(text, m.start(), m.end())
        return ""
    folded = fold(text)
    probe = (
        fold(ident.value)
        if ident.kind not in ("url",)
        else re.sub(r"^https?://", "", fold(ident.value))
    )
    at = folded.find(probe)
    if at < 0:
        words = probe.split()
        at = folded.find(words[0]) if words else -1
    return _around(text, at, at + len(probe)) if at >= 0 else ""


def summarise(findings, outputs):
    table = {}
    for f in findings:
        cell = table.setdefault(f.output, {}).setdefault(
            f.kind, {"distinct": set(), "occurrences": 0, "examples": []}
        )
        cell["distinct"].add((f.submission_id, f.value))
        cell["occurrences"] += f.count
        if len(cell["examples"]) < 3:
            cell["examples"].append(
                {"submission": f.submission_id, "value": f.value, "context": f.context}
            )
    out = {}
    for output in outputs:
        cells = table.get(output.name, {})
        out[output.name] = {
            "error": output.error,
            "chars": len(output.text),
            "leaks": sum(len(c["distinct"]) for c in cells.values()),
            "kinds": {
                k: {
                    "distinct": len(c["distinct"]),
                    "occurrences": c["occurrences"],
                    "examples": c["examples"],
                }
                for k, c in cells.items()
            },
        }
    return out


def print_table(mode, summary, file=sys.stdout, all_rows=False):
    """Outputs with leaks or errors, one row each (distinct identifiers per kind); the clean ones counted."""
    kinds = [k for k in KINDS if any(k in s["kinds"] for s in summary.values())] or ["name"]
    width = max([len(n) for n in summary] + [10])
    print(f"\n== mode: {mode} ==", file=file)
    print(
        f"{'output':<{width}}  "
        + "  ".join(f"{k[:8]:>8}" for k in kinds)
        + f"  {'total':>6}  {'chars':>8}",
        file=file,
    )
    clean = []
    for name, s in summary.items():
        if not (s["leaks"] or s["error"] or all_rows):
            clean.append(name)
            continue
        cells = "  ".join(f"{s['kinds'].get(k, {}).get('distinct', 0) or '.':>8}" for k in kinds)
        note = f"  ERROR {s['error'][:90]}" if s["error"] else ""
        print(f"{name:<{width}}  {cells}  {s['leaks']:>6}  {s['chars']:>8}{note}", file=file)
    if clean:
        print(
            f"{f'{len(clean)} other outputs':<{width}}  "
            + "  ".join(f"{'.':>8}" for _ in kinds)
            + f"  {0:>6}",
            file=file,
        )
    total = sum(s["leaks"] for s in summary.values())
    failed = sum(bool(s["error"]) for s in summary.values())
    print(
        f"{'TOTAL':<{width}}  "
        + "  ".join(
            f"{sum(s['kinds'].get(k, {}).get('distinct', 0) for s in summary.values()):>8}"
            for k in kinds
        )
        + f"  {total:>6}   ({len(summary)} outputs, {failed} could not be produced)",
        file=file,
    )
    shown = 0
    for name, s in summary.items():
        for kind, cell in s["kinds"].items():
            if shown < 25:
                ex = cell["examples"][0]
                print(
                    f"  e.g. {name} / {kind}: #{ex['submission']} {ex['value']!r} … {ex['context'][:140]!r}",
                    file=file,
                )
                shown += 1


# ---------------------------------------------------------------- driver
def refresh_themes(db_path, log):
    started = time.monotonic()
    result = cli(db_path, "themes", "--call", CALL, "--format", "json", "--refresh")
    log(
        f"themes --refresh: exit {result.returncode} in {time.monotonic() - started:.1f} s"
        + (
            f" ({result.stderr.strip().splitlines()[-1][:200]})"
            if result.returncode and result.stderr.strip()
            else ""
        )
    )
    return result.returncode == 0


def run_mode(mode, db_path, truth, workdir, pages=True, quick=False, log=print):
    if mode == "perfect":
        log(
            f"perfect tags: {apply_perfect_tags(db_path, truth)} submissions set to the truth and confirmed"
        )
    refresh_themes(db_path, log)
    started = time.monotonic()
    hidden = {sid for sid, t in truth.items() if t["confidentiality"] != "public"}
    outputs = run_cli_outputs(db_path, Path(workdir) / f"out-{mode}", quick, hidden_ids=hidden)
    log(f"{mode}: {len(outputs)} CLI outputs in {time.monotonic() - started:.1f} s")
    if pages:
        started = time.monotonic()
        outputs += run_page_outputs(db_path)
        log(f"{mode}: pages in {time.monotonic() - started:.1f} s")
    findings = scan(outputs, truth)
    return summarise(findings, outputs), findings


def detector_agreement(db_path, truth):
    from workbench import store

    db = store.open_db(db_path)
    try:
        got = {r["id"]: r["confidentiality"] or "" for r in store.list_submissions(db, CALL)}
    finally:
        db.conn.close()
    hidden = [sid for sid, t in truth.items() if t["confidentiality"] != "public"]
    return {
        "non_public": len(hidden),
        "tagged_public": sum(got.get(sid) == "public" for sid in hidden),
        "public": len(truth) - len(hidden),
        "public_tagged_not_public": sum(
            got.get(sid) != "public" for sid, t in truth.items() if t["confidentiality"] == "public"
        ),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument(
        "--private", type=int, default=40, help="submitters who ask not to be named or published"
    )
    ap.add_argument("--public", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--langs", default=",".join(leakcorpus.LANGS))
    ap.add_argument("--modes", default="detector,perfect")
    ap.add_argument("--no-pages", action="store_true", help="skip the pages (AppTest)")
    ap.add_argument("--quick", action="store_true", help="fewer stats tables and cells")
    ap.add_argument(
        "--json", action="store_true", help="print the full result as JSON (machine use)"
    )
    ap.add_argument("--save", help="also write the full JSON result to this file")
    ap.add_argument(
        "--all-rows", action="store_true", help="print every output, clean ones included"
    )
    ap.add_argument("--keep", help="work in this folder and keep it (call, database, outputs)")
    a = ap.parse_args(argv)
    log = (lambda *x: print(*x, file=sys.stderr)) if a.json else print
    workdir = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="workbench-leaks-"))
    if a.keep:
        workdir.mkdir(parents=True, exist_ok=True)
        if (workdir / "wb.db").exists():
            raise SystemExit(f"{workdir} already holds a scan: choose an empty folder")
    try:
        return _scan(a, workdir, log)
    finally:
        if not a.keep:
            shutil.rmtree(workdir, ignore_errors=True)  # a scan leaves nothing behind unless asked


def _scan(a, workdir, log):
    db_path, truth = build(workdir, a.private, a.public, a.seed, tuple(a.langs.split(",")), log)
    result = {
        "call": {
            "submissions": len(truth),
            "non_public": sum(t["confidentiality"] != "public" for t in truth.values()),
            "languages": sorted({t["tags"]["language"] for t in truth.values()}),
            "detector": detector_agreement(db_path, truth),
            "workdir": str(workdir),
        },
        "modes": {},
    }
    leaks = failed = 0
    for mode in a.modes.split(","):
        summary, _ = run_mode(
            mode, db_path, truth, workdir, pages=not a.no_pages, quick=a.quick, log=log
        )
        result["modes"][mode] = summary
        leaks += sum(s["leaks"] for s in summary.values())
        failed += sum(bool(s["error"]) for s in summary.values())
        if not a.json:
            print_table(mode, summary, all_rows=a.all_rows)
    if a.save:
        Path(a.save).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if a.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        d = result["call"]["detector"]
        print(
            f"\ndetector: {d['tagged_public']} of {d['non_public']} non-public submitters tagged public; "
            f"{d['public_tagged_not_public']} of {d['public']} public ones tagged not public"
        )
        print(f"work folder: {workdir}" + ("" if a.keep else " (removed; --keep DIR keeps it)"))
    return 1 if leaks else 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
