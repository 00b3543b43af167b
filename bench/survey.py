"""Survey ingest speed (issue 14): N responses × Q free-text questions, a real XLSX, a real database.

.venv/bin/python -m bench.survey [--rows 10000] [--questions 20]
"""

import argparse
import random
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


def write_export(path, rows, questions, seed=0):
    rng = random.Random(seed)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(
        [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "Name of your organisation",
            "Country",
            "Do you consent to the publication of your submission?",
        ]
        + [f"Question {q}: what happened regarding topic {q}?" for q in range(1, questions + 1)]
    )
    for n in range(1, rows + 1):
        answers = [
            " ".join(rng.sample(SENTENCES, 3)) if rng.random() > 0.2 else ""
            for _ in range(questions)
        ]
        sheet.append(
            [
                n,
                "",
                "",
                f"person{n}@example.org",
                f"Person {n}",
                f"Organisation {n}",
                rng.choice(["Kenya", "Peru", "France", "India", "Poland"]),
                rng.choice(["Yes", "No", ""]),
                *answers,
            ]
        )
    book.save(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.xlsx"
        write_export(path, args.rows, args.questions)
        db = store.open_db(Path(tmp) / "wb.db")
        data = path.read_bytes()
        start = time.perf_counter()
        form = survey.read(data, path.name)
        report = survey.ingest_survey(db, "bench", data, path.name, survey.guess_mapping(form))
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = survey.ingest_survey(db, "bench", data, path.name, survey.guess_mapping(form))
        print(
            f"{args.rows} rows x {args.questions} questions: {first:.1f} s ({report.summary()}); "
            f"re-import {time.perf_counter() - start:.1f} s ({again.unchanged} unchanged)"
        )


if __name__ == "__main__":
    main()
