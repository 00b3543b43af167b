"""Retraining the submitter-type classifier (issue 16, point 5)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import ingest, store, tagging
from workbench.tagging import precedents, tag_store, training, type_model, type_signals

from .makedocs import make_docx

ROOT = Path(__file__).resolve().parent.parent

TRAIN = (
    "import sys\n"
    "from workbench.tagging import type_model\n"
    "type_model.save(type_model.fit(type_model.read_training()), sys.argv[1])\n"
)


def train_in_a_new_process(directory, hash_seed):
    """Train on the shipped rows in a fresh interpreter with its own string-hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    subprocess.run(
        [sys.executable, "-c", TRAIN, str(directory)], cwd=ROOT, env=env, check=True, timeout=300
    )
    return (directory / type_model.MODEL_FILE).read_bytes()


def test_identical_training_runs_write_identical_bytes(tmp_path):
    # Two processes hash strings differently (sets pickle in hash order) and place objects at
    # different addresses: neither may reach the model file.
    first = train_in_a_new_process(tmp_path / "one", 1)
    second = train_in_a_new_process(tmp_path / "two", 2)
    assert len(first) > 10_000
    assert first == second


# ---------------------------------------------------------------- corrections as precedents

NETWORK_TEMPLATE = [
    "Our congregations have welcomed lesbian, gay, bisexual and transgender believers for many "
    "years, and we have seen how exclusion from worship harms their health and family life.",
    "Pastors in our network who bless same-sex couples or speak against so-called conversion "
    "practices have lost their licences and have been threatened by members of other churches.",
    "We ask the Independent Expert to recommend that States protect faith leaders who defend "
    "the dignity of LGBT people and to consult inclusive faith communities when laws are drafted.",
]
CHAPTERS = ["Nairobi", "Kampala", "Lusaka", "Harare", "Accra", "Dodoma"]


def network_letter(folder, city):
    return make_docx(
        folder / f"chapter_{city.lower()}.docx",
        [
            f"Rainbow Hope Network, {city} Chapter",
            "Submission to the call for inputs of the Independent Expert",
            f"The {city} chapter of our network writes to share what its members have lived.",
            *NETWORK_TEMPLATE,
            "Yours in faith,",
            f"Chapter coordinator, {city}",
        ],
    )


def unrelated_letter(folder):
    return make_docx(
        folder / "lawyers.docx",
        [
            "Lusaka Legal Aid Clinic",
            "Submission to the call for inputs of the Independent Expert",
            "Our clinic has represented forty men charged under the penal code's provisions on "
            "unnatural offences since 2019; in most cases the only evidence was a confession taken "
            "without a lawyer, and bail was refused for months.",
            "We recommend that the Independent Expert call for the repeal of these provisions.",
        ],
    )


def test_corrections_decide_a_near_duplicate_of_the_same_network_and_say_who_and_when(db, tmp_path):
    folder = tmp_path / "in"
    files = [network_letter(folder, city) for city in CHAPTERS] + [unrelated_letter(folder)]
    ingest.ingest(db, "faith", files, n_workers=0)
    subs = {s["source"]: s for s in store.list_submissions(db, "faith")}
    unrelated_before = tag_store.tags_of(db, subs["lawyers.docx"]["id"])["submitter_type"]
    assert subs["chapter_dodoma.docx"]["submitter_type"] == "civil_society"  # its name says no more
    for city in CHAPTERS[:5]:
        sub = subs[f"chapter_{city.lower()}.docx"]
        tag_store.review(
            db, sub["id"], {"submitter_type": "faith_based"}, set(), sub["version"], "ana"
        )
    sixth = subs["chapter_dodoma.docx"]["id"]
    tagging.tag_call(db, "faith")
    tag = tag_store.tags_of(db, sixth)["submitter_type"]
    assert (tag["value"], tag["state"]) == ("faith_based", "auto")
    decided = [
        tag_store.tags_of(db, subs[f"chapter_{c.lower()}.docx"]["id"])["submitter_type"]
        for c in CHAPTERS[:5]
    ]
    latest = max(decided, key=lambda t: t["updated_at"])
    assert f"by ana on {latest['updated_at'][:10]} (a near-duplicate of it)" in tag["evidence"]
    assert "Rainbow Hope" not in tag["evidence"]  # another submitter is named by number only
    unrelated = tag_store.tags_of(db, subs["lawyers.docx"]["id"])["submitter_type"]
    assert (unrelated["value"], unrelated["evidence"]) == (
        unrelated_before["value"],
        unrelated_before["evidence"],
    )


def test_letters_that_only_quote_the_same_texts_are_no_precedent(db, tmp_path):
    # The unrelated clinic shares the subject line and formulas with the network, nothing more.
    folder = tmp_path / "in"
    ingest.ingest(
        db, "faith", [network_letter(folder, "Accra"), unrelated_letter(folder)], n_workers=0
    )
    subs = {s["source"]: s for s in store.list_submissions(db, "faith")}
    chapter = subs["chapter_accra.docx"]
    tag_store.review(
        db, chapter["id"], {"submitter_type": "faith_based"}, set(), chapter["version"], "ana"
    )
    assert precedents.near_duplicate(db, subs["lawyers.docx"]["id"]) is None
    assert precedents.near_duplicate(db, chapter["id"]) is None  # not its own precedent


CLUBS = ["queer readers club", "book circle", "film society", "reading room", "poetry collective"]


def test_corrected_names_do_not_teach_the_model_their_city(tmp_path):
    # Five Kampala clubs corrected to 'other' must not pull an unrelated Kampala organisation
    # there (issue 16: a shared city name took one from 0.97 to 0.71): the model learns from
    # them exactly what it learns from the same clubs named without their city.
    base = type_model.read_training()

    def reviewed(town):
        return [
            training.review_row({"name": f"{town}{club}", "signals": "NONE"}, "other", "test")
            for club in CLUBS
        ]

    probe = {"name": "kampala women's network", "signals": "N_civil_society"}
    in_kampala = type_model.probabilities(type_model.fit(base + reviewed("kampala ")), probe)
    nowhere = type_model.probabilities(type_model.fit(base + reviewed("")), probe)
    assert in_kampala == nowhere
    assert max(in_kampala, key=in_kampala.get) == "civil_society"


@pytest.mark.parametrize(
    "name, kept",
    [
        ("Lusaka Legal Aid Clinic", "Legal Aid Clinic"),
        ("Rainbow Hope Network, Nairobi Chapter", "Rainbow Hope Network Chapter"),
        ("Permanent Mission of Colombia", "Permanent Mission of"),
        ("San José Trans Collective", "Trans Collective"),
        ("Hope and Unity Women's Network", "Hope and Unity Women's Network"),
    ],
)
def test_names_lose_their_places(name, kept):
    assert type_signals.without_places(name) == kept


def test_a_city_in_the_name_does_not_change_the_shipped_models_guess():
    # Tagging reads the name without its places too: the same organisation in another town
    # gets the same type and the same confidence.
    pipeline = type_model.load()
    towns = ["", "kampala ", "lusaka ", "madrid ", "buenos aires "]
    found = {
        town: type_model.probabilities(
            pipeline, {"name": f"{town}women's network", "signals": "N_civil_society"}
        )
        for town in towns
    }
    assert all(found[town] == found[""] for town in towns)


def test_the_shipped_base_rows_name_no_places():
    named = [
        r["name"]
        for r in type_model.read_training()
        if type_model.placeless(r["name"]) != r["name"]
    ]
    assert named == []


def test_a_name_without_places_is_read_as_written():
    assert type_model.placeless("lgbti+ rights & health, inc.") == "lgbti+ rights & health, inc."
    assert type_model.placeless("lgbti+ rights kampala") == "lgbti rights"
