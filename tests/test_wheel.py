"""A wheel built from the repository works outside the checkout, without Streamlit (issue 13).

The wheel is built offline from a copy of the sources, installed into a fresh virtual
environment that sees the dependencies (a .pth naming .venv's site-packages, whose own .pth
files, the editable install's among them, are not read) but not the checkout, and in which
``import streamlit`` fails. There, in a folder outside the checkout, `workbench ingest` reads
real PDF/DOCX files and `workbench stats` counts them: the vocabularies, the model and the
migrations must all come from the installed package.
"""

import csv
import io
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
FILES = [  # two readable documents and one the batch must get past (password-protected)
    "sample-files__multicolumn.pdf",
    "docxfix__sections.docx",
    "pdfplumber__password-example.pdf",
]

# Makes `import streamlit` fail in the fresh environment although .venv has it installed.
NO_STREAMLIT = """
import importlib.abc
import sys


class NoStreamlit(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "streamlit" or name.startswith("streamlit."):
            raise ModuleNotFoundError(f"No module named {name!r} (test_wheel: not installed)")
        return None


sys.meta_path.insert(0, NoStreamlit())
"""


def build_wheel(out):
    """The wheel of a copy of the sources (a build in the checkout would leave build/ there)."""
    source = out / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "workbench", source / "workbench", ignore=shutil.ignore_patterns("__pycache__")
    )
    pip("wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", out / "dist", source)
    (wheel,) = (out / "dist").glob("workbench-*.whl")
    return wheel


def pip(*args):
    run = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def fresh_venv(folder, wheel):
    """A venv with the wheel installed, the dependencies visible and Streamlit not."""
    venv.EnvBuilder(with_pip=False).create(folder)
    python = folder / "bin" / "python"
    site = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    (site / "no_streamlit.py").write_text(NO_STREAMLIT)
    (site / "no_streamlit.pth").write_text("import no_streamlit\n")
    pip("--python", python, "install", "--no-deps", "--no-index", wheel)
    return folder / "bin"


def run(bin_dir, *args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WORKBENCH_MODELS")}
    return subprocess.run(
        [str(bin_dir / args[0]), *map(str, args[1:])],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    assert ROOT not in work.parents, "the test must run outside the checkout"
    return fresh_venv(work / "venv", build_wheel(work)), work


# Imports every module of the installed package but the app's (ui) and the entry point, then
# reads the shipped model and vocabularies.
IMPORT_ALL = """
import importlib, importlib.util, pkgutil, workbench
print(workbench.__file__)
print(importlib.util.find_spec("corpus"))
skip = {"workbench.ui", "workbench.__main__"}
for module in pkgutil.walk_packages(workbench.__path__, "workbench."):
    if module.name not in skip:
        importlib.import_module(module.name)
print("imported")
from workbench.tagging import request_model, type_model
from workbench.themes import codebook, passage_features, procedural
shipped = [type_model.load(), passage_features.read_concepts(), codebook.codebook_rows(), procedural.cues(),
           codebook.area_models(), request_model.probabilities(["Please do not publish our name."])]
print("data:", all(shipped))
import streamlit
"""


def test_the_installed_package_is_the_wheel_and_needs_no_streamlit(installed):
    bin_dir, work = installed
    found = run(bin_dir, "python", "-c", IMPORT_ALL, cwd=work)
    lines = found.stdout.splitlines()
    assert lines[0].startswith(str(work / "venv")), lines
    assert lines[1] == "None", "the checkout (its corpus/) is visible to the fresh venv"
    assert lines[2] == "imported", found.stderr  # no library module imports streamlit
    assert lines[3] == "data: True", "the model or a vocabulary is missing from the wheel"
    assert "No module named 'streamlit'" in found.stderr  # ... which cannot be imported there


def test_ingest_and_stats_from_the_installed_wheel(installed):
    bin_dir, work = installed
    inbox, db = work / "inbox", work / "w.db"
    inbox.mkdir()
    for name in FILES:
        shutil.copy(REAL / name, inbox / name)

    ingested = run(
        bin_dir, "workbench", "--db", db, "ingest", "--call", "wheel", "--no-ocr", inbox, cwd=work
    )
    assert ingested.returncode == 0, ingested.stderr
    assert "3 submissions" in ingested.stdout and "1 errors" in ingested.stdout
    assert "pdfplumber__password-example.pdf" in ingested.stderr  # named, and the batch went on

    counted = run(bin_dir, "workbench", "--db", db, "stats", "--call", "wheel", cwd=work)
    assert counted.returncode == 0, counted.stderr
    rows = list(csv.DictReader(io.StringIO(counted.stdout)))
    assert rows[-1] == {"submitter_type": "total", "total": "2"}, rows  # the error is not counted
    assert sum(int(r["total"]) for r in rows[:-1]) == 2

    out = work / "stats.xlsx"
    exported = run(
        bin_dir, "workbench", "--db", db, "stats", "--call", "wheel", "--format", "xlsx",
        "--out", out, cwd=work,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    cells = [
        c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True) for c in row
    ]
    assert "total" in [str(c).lower() for c in cells] and 2 in cells


def test_streamlit_is_only_the_app_extra(installed):
    _, work = installed
    (wheel,) = (work / "dist").glob("workbench-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        requires = [
            line.split(":", 1)[1].strip()
            for line in archive.read(name).decode().splitlines()
            if line.startswith("Requires-Dist:")
        ]
    streamlit = [r for r in requires if r.startswith("streamlit")]
    assert streamlit and all('extra == "app"' in r for r in streamlit), streamlit
    assert any(r.startswith("spacy") and "extra" not in r for r in requires)
