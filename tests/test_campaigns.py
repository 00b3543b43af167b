"""Campaigns: form letters and near-duplicates are grouped and count once in themes."""

import pytest

from workbench import ingest, store, themes
from workbench.themes.campaigns import template_groups

from .makedocs import make_docx
from .test_themes import CALL, SUBMISSIONS, build_call

TEMPLATE = [
    "We write to the Independent Expert as members of the Stop Conversion Now campaign.",
    "So-called conversion practices are still offered in our country by unlicensed counsellors and some "
    "religious groups, and survivors describe isolation, forced prayer and confinement for weeks.",
    "We ask the Independent Expert to call on every State to ban these practices by law, to provide "
    "support and redress to survivors, and to stop public funding for any organisation that offers them.",
    "Young people are most at risk: families send them to camps and retreats where they are told that "
    "their orientation or gender identity is a disease that can be cured through prayer and punishment.",
]
PERSONAL = [
    "I was sent to such a camp when I was sixteen and it took me years to recover.",
    "My brother was forced into weekly sessions with a pastor until he left home.",
    "As a psychologist I have treated many survivors of these practices in my clinic.",
    "In my town the local church advertises these sessions on the radio every Sunday.",
]


def form_letters(folder, n):
    """``n`` copies of the template, each with a personal paragraph and a different date."""
    return [
        make_docx(
            folder / f"letter_{i}.docx",
            [f"Date: {i + 1} May 2023", *TEMPLATE[:2], PERSONAL[i % 4], *TEMPLATE[2:]],
        )
        for i in range(n)
    ]


@pytest.fixture
def call_with_campaign(db, tmp_path):
    build_call(db, tmp_path / "in", SUBMISSIONS[:5])
    ingest.ingest(db, CALL, form_letters(tmp_path / "letters", 4), n_workers=0)
    return db


def sources(db, ids):
    by_id = {s["id"]: s["source"] for s in store.list_submissions(db, CALL)}
    return sorted(by_id[i] for i in ids)


def test_form_letters_are_one_campaign_and_other_submissions_none(call_with_campaign):
    found = themes.campaigns(call_with_campaign, CALL)
    assert len(found) == 1
    assert sources(call_with_campaign, found[0]["submission_ids"]) == [
        f"letter_{i}.docx" for i in range(4)
    ]
    assert found[0]["label"].startswith("4 submissions share this template")


def test_a_campaign_counts_once_in_theme_prevalence(call_with_campaign):
    themes.refresh(call_with_campaign, CALL, n_themes=3)
    letters = set(themes.campaigns(call_with_campaign, CALL)[0]["submission_ids"])
    theme = next(
        t
        for t in themes.list_themes(call_with_campaign, CALL, internal=True)
        if letters & {p["submission_id"] for p in t["passages"]}
    )
    in_theme = {p["submission_id"] for p in theme["passages"]}
    assert theme["n_voices"] == len(in_theme - letters) + 1
    assert theme["n_submissions"] == len(in_theme)


WORDS = " ".join(a + b for a in "abcdefgh" for b in "ijklmnop")  # 64 distinct words


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["alpha beta gamma " * 40, "delta epsilon zeta " * 40], []),
        (
            [WORDS, "unrelated opening " + WORDS + " plus a tail", "something else entirely " * 10],
            [[0, 1]],
        ),
        (["too short to be a template", "too short to be a template"], []),
    ],
)
def test_template_groups(texts, expected):
    assert template_groups(texts) == expected
