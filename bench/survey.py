"""Survey ingest speed (issue 14): N responses × Q free-text questions, a real XLSX, a real database.

.venv/bin/python -m bench.survey [--rows 10000] [--questions 20] [--workers 2] [--anonymous]

--anonymous: a form that asks no name and no organisation (every response goes through the
whole tagger instead of the respondent's declared name).

Prints the wall-clock time and the CPU seconds spent (this process and its worker processes):
on a machine shared with other jobs the wall clock says how loaded it was, the CPU time does not.
"""

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

import openpyxl

from workbench import store, survey

SENTENCES = [
    "Trans people were refused treatment at public hospitals.",
    "Police raided a community centre last year.",
    "Schools do not protect students from bullying.",
    "The law still criminalises same-sex relations.",
    "Legal gender recognition requires surgery.",
    "Shelters turned away lesbian women during the lockdown.",
    "Las personas trans no tienen acceso a la salud.",
    "Les associations ont été dissoutes par le tribunal.",
]


def write_export(path, rows, questions, seed=0, anonymous=False):
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    who = ["Email", "Country"] if anonymous else ["Email", "Name", "Name of your organisation"]
    sheet.append(
        ["ID", "Start time", "Completion time"]
        + who
        + ([] if anonymous else ["Country"])
        + ["Do you consent to the publication of your submission?"]
        + [f"Question {q}: what happened regarding topic {q}?" for q in range(1, questions + 1)]
    )
    for n in range(1, rows + 1):
        answers = [
            " ".join(rng.sample(SENTENCES, 3)) if rng.random() > 0.2 else ""
            for _ in range(questions)
        ]
        country = rng.choice(["Kenya", "Peru", "France", "India", "Poland"])
        declared = [country] if anonymous else [f"Person {n}", f"Organisation {n}", country]
        sheet.append(
            [
                n,
                "",
                "",
                f"person{n}@example.org",
                *declared,
                rng.choice(["Yes", "No", ""]),
                *answers,
            ]
        )
    book.save(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--anonymous", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.xlsx"
        write_export(path, args.rows, args.questions, anonymous=args.anonymous)
        db = store.open_db(Path(tmp) / "wb.db")
        data = path.read_bytes()
        start, cpu = time.perf_counter(), _cpu()
        form = survey.read(data, path.name)  # read once, as the CLI does
        mapping = survey.guess_mapping(form)
        report = survey.ingest_survey(
            db, "bench", data, path.name, mapping, n_workers=args.workers, form=form
        )
        first, first_cpu = time.perf_counter() - start, _cpu() - cpu
        start = time.perf_counter()
        again = survey.ingest_survey(db, "bench", data, path.name, mapping, n_workers=args.workers)
        print(
            f"{args.rows} rows x {args.questions} questions"
            f"{' (anonymous form)' if args.anonymous else ''}, {args.workers} workers: "
            f"{first:.1f} s ({first_cpu:.1f} CPU s; {report.summary()}); "
            f"re-import {time.perf_counter() - start:.1f} s ({again.unchanged} unchanged)"
        )


def _cpu():
    """CPU seconds of this process and of its finished worker processes."""
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


if __name__ == "__main__":
    main()
