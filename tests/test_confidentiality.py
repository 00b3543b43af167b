"""Do no harm, property-based: the name of a submitter who is not tagged public never appears
in any public output (exports, quotes, statistics, themes, background document, logs, stderr).

Hypothesis invents organisations (random names, types, regions, confidentiality levels);
each example is a real database: small PDFs whose text names the organisation are ingested,
then tagged with ``store.update_submission``. Every public output is one parametrized case.
Examples are derandomized so the cases share the same few databases (built once each).
"""
import functools
import io
import logging
import tempfile
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench import ingest, privacy, store, vocab
from workbench.cli import cli

from .makedocs import ENGLISH, make_pdf

CONFIDENTIAL = ("withhold_name", "do_not_publish", "")     # untagged counts as not public
SUFFIXES = ("Collective", "Alliance", "Network", "Foundation", "Trust")
NAME_SHAPES = ("{} {} {}", "{} {}, {}", "{} {} ({})", "«{} {}» {}")

pseudo_word = st.text(alphabet="bcdfghjklmnpqrstvwxz", min_size=3, max_size=4).map(
    lambda consonants: "".join(c + v for c, v in zip(consonants, "aeiouaeiou")).capitalize())


@st.composite
def organisation(draw):
    first, second = draw(st.lists(pseudo_word, min_size=2, max_size=2, unique=True))
    # Real names carry commas, brackets and quotes ("Centre for Law, University of X").
    shape = draw(st.sampled_from(NAME_SHAPES))
    return (shape.format(first, second, draw(st.sampled_from(SUFFIXES))),
            draw(st.sampled_from(("public",) + CONFIDENTIAL)),
            draw(st.sampled_from(["civil_society", "academic", "faith_based", "individual", "nhri"])),
            draw(st.sampled_from(list(vocab.REGIONS))))


def _distinct_words(orgs):
    words = [word.strip("«»,()") for name, *_ in orgs for word in name.split()[:2]]
    return len(words) == len(set(words))      # a public name never shares a word with a hidden one


organisations = st.lists(organisation(), min_size=3, max_size=5).filter(
    lambda orgs: _distinct_words(orgs) and any(o[1] in CONFIDENTIAL for o in orgs) and any(o[1] == "public" for o in orgs))


def submission_text(name):
    """Two pages that name the submitter where a quote or a theme term could pick it up."""
    return [[f"Submission of the {name} to the call for inputs.", ENGLISH[0],
             f"The {name} documents violence against lesbian, gay, bisexual and trans persons.", ENGLISH[1]],
            [ENGLISH[2], f"The {name} recommends that States repeal laws that criminalise consensual same-sex relations."]]


@functools.lru_cache(maxsize=None)
def world(orgs):
    """A real database holding one ingested, tagged submission per organisation (cached by orgs)."""
    folder = Path(tempfile.mkdtemp(prefix="workbench-confidential-"))
    for i, (name, *_rest) in enumerate(orgs):
        make_pdf(folder / "in" / f"submission_{i:02d}.pdf", submission_text(name))
    db = store.open_db(folder / "wb.db")
    ingest.ingest(db, "c", [folder / "in"], n_workers=0)
    for row in store.list_submissions(db, "c"):
        name, level, kind, region = orgs[int(row["source"][11:13])]
        tags = {"submitter": name, "submitter_type": kind, "region": region, "scope": "national",
                "country": "COL", "language": "en", "confidentiality": level}
        store.update_submission(db, row["id"], tags, row["version"], "test")
    db.conn.close()
    return folder


def run(folder, *args, expect_ok=True):
    """Run a CLI command; return everything a person or a log file could see."""
    records = io.StringIO()
    handler = logging.StreamHandler(records)
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        result = CliRunner().invoke(cli, ["--db", str(folder / "wb.db"), *args], catch_exceptions=False)
    finally:
        logging.getLogger().removeHandler(handler)
    assert (result.exit_code == 0) == expect_ok, result.output + result.stderr
    return result.output + result.stderr + records.getvalue()


def docx_text(path):
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def xlsx_text(path):
    book = openpyxl.load_workbook(path)
    return "\n".join(str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None)


def _stats_file(folder, fmt, reader):
    out = folder / f"stats.{fmt}"
    return run(folder, "stats", "--call", "c", "--rows", "submitter_type", "--cols", "region", "--format", fmt,
               "--out", str(out)) + reader(out)


def _background(folder):
    out, markdown = folder / "background.docx", folder / "background.md"
    return run(folder, "background", "--call", "c", "--out", str(out), "--markdown", str(markdown)) \
        + docx_text(out) + markdown.read_text(encoding="utf-8")


OUTPUTS = {
    "submissions-csv": lambda f: run(f, "submissions", "--call", "c"),
    "submissions-json": lambda f: run(f, "submissions", "--call", "c", "--format", "json"),
    "stats-csv": lambda f: run(f, "stats", "--call", "c", "--rows", "submitter_type", "--cols", "region"),
    "stats-md-by-country": lambda f: run(f, "stats", "--call", "c", "--rows", "country", "--format", "md"),
    "stats-xlsx": lambda f: _stats_file(f, "xlsx", xlsx_text),
    "stats-docx": lambda f: _stats_file(f, "docx", docx_text),
    "stats-sentence": lambda f: run(f, "stats", "--call", "c", "--sentence")
    + run(f, "stats", "--call", "c", "--scope-sentence") + run(f, "stats", "--call", "c", "--sentence", "--lang", "es"),
    "themes-json": lambda f: run(f, "themes", "--call", "c", "--format", "json", "--refresh"),
    "background-docx-and-markdown": _background,
    "notes-symbols": lambda f: run(f, "notes", "symbols", "--call", "c"),
    "cli-errors": lambda f: "".join(run(f, *args, expect_ok=False) for args in (
        ["submissions", "--call", "missing"], ["stats", "--call", "missing"], ["themes", "--call", "missing"],
        ["background", "--call", "missing", "--out", str(f / "x.docx")])),
}


def hidden_words(orgs):
    """The invented words of every non-public submitter's name: none may appear, even alone."""
    return {word.strip("«»,()") for name, level, *_ in orgs if level in CONFIDENTIAL for word in name.split()[:2]}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
@settings(max_examples=3, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(orgs=organisations)
def test_no_public_output_names_a_confidential_submitter(output, orgs):
    orgs = tuple(orgs)
    text = OUTPUTS[output](world(orgs)).lower()
    leaked = sorted(word for word in hidden_words(orgs) if word.lower() in text)
    assert not leaked, f"{output} names confidential submitters ({leaked}) among {orgs}"


@settings(max_examples=3, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(orgs=organisations)
def test_submissions_export_uses_anonymous_labels_unless_internal(orgs):
    orgs = tuple(orgs)
    folder = world(orgs)
    shared = run(folder, "submissions", "--call", "c", "--format", "json")
    internal = run(folder, "submissions", "--call", "c", "--format", "json", "--internal")
    for name, level, kind, region in orgs:
        label = privacy.anonymous_label({"submitter_type": kind, "region": region})
        if level == "public":
            assert name in shared and name in internal
        else:
            assert name not in shared and label in shared and name in internal
