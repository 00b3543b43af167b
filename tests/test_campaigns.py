"""Campaigns: form letters and near-duplicates are grouped and count once in themes."""

import pytest

from workbench import derived, ingest, store, themes
from workbench.themes import procedural
from workbench.themes.campaigns import own_pieces, template_groups

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


# ---------------------------------------------------------------- only the writers' own words

HEADER = [
    "15 January 2024",
    "To: Independent Expert on protection against violence and discrimination based on sexual "
    "orientation and gender identity, OHCHR, Palais des Nations, Geneva",
    "Subject: Contribution to the call for inputs on LGBT persons in situations of conflict",
    "Dear Independent Expert,",
]
CLOSING = [
    "We thank you for the opportunity to contribute to this call for inputs and remain at your "
    "disposal for any further information.",
    "Yours sincerely,",
]
UDHR_1 = (
    "All human beings are born free and equal in dignity and rights. They are endowed with reason "
    "and conscience and should act towards one another in a spirit of brotherhood."
)
ICCPR_26 = (
    "All persons are equal before the law and are entitled without any discrimination to the equal "
    "protection of the law. In this respect, the law shall prohibit any discrimination and guarantee "
    "to all persons equal and effective protection against discrimination on any ground such as "
    "race, colour, sex, language, religion, political or other opinion, national or social origin, "
    "property, birth or other status."
)
RESOLUTION = (
    "Strongly deplores acts of violence and discrimination, in all regions of the world, committed "
    "against individuals because of their sexual orientation or gender identity."
)
QUOTING = [
    f"Article 1 of the Universal Declaration of Human Rights states: “{UDHR_1}”",
    "Article 26 of the International Covenant on Civil and Political Rights reads as follows:",
    ICCPR_26,
    f'As Human Rights Council resolution 32/2 (A/HRC/RES/32/2) reminds us, "{RESOLUTION}"',
]
OWN_WORDS = [
    (
        "Since the fighting began, LGBT people fleeing to the city have been denied places in camps.",
        "We ask that camp managers be trained to register LGBT people without exposing them.",
    ),
    (
        "After the coup, soldiers at checkpoints search phones and detain gay men they find.",
        "Two of our volunteers are still in detention without charge.",
    ),
    (
        "Hormone therapy has become almost impossible to obtain in frontline cities.",
        "A pharmacy network in the west now ships hormones to us, but deliveries take weeks.",
    ),
]


def quoting_letters(folder):
    """Three organisations: the same date, addressee, formulas and quotations, their own words."""
    return [
        make_docx(
            folder / f"quoting_{i}.docx",
            [f"Organisation {name}", *HEADER, first, *QUOTING, last, *CLOSING, f"{name}, director"],
        )
        for i, (name, (first, last)) in enumerate(zip(["Amani", "Thura", "Iryna"], OWN_WORDS))
    ]


def test_letters_that_only_quote_the_same_un_texts_are_no_campaign(db, tmp_path):
    ingest.ingest(db, CALL, quoting_letters(tmp_path / "q"), n_workers=0)
    assert themes.campaigns(db, CALL) == []


def test_a_template_beyond_quotations_is_a_campaign_named_by_its_first_sentence(db, tmp_path):
    letters = [
        make_docx(
            tmp_path / "t" / f"form_{i}.docx",
            [*HEADER, *TEMPLATE[1:3], QUOTING[0], PERSONAL[i], TEMPLATE[3], *CLOSING],
        )
        for i in range(3)
    ]
    ingest.ingest(db, CALL, letters + quoting_letters(tmp_path / "q"), n_workers=0)
    [campaign] = themes.campaigns(db, CALL)
    assert sources(db, campaign["submission_ids"]) == [f"form_{i}.docx" for i in range(3)]
    first = " ".join(TEMPLATE[1].split()[:10])
    assert campaign["label"].startswith(f"3 submissions share this template: “{first}")


@pytest.mark.parametrize(
    "text, own",
    [
        (f"Article 26 of the Covenant reads: {ICCPR_26}", []),
        (QUOTING[3], []),
        (
            "Subject: Contribution to the call for inputs Dear Independent Expert, We join other "
            "faith communities in asking for this.",
            ["Subject:", "We join other faith communities in asking for this."],
        ),
        (
            "Police raided the bar and arrested 14 people. The Yogyakarta Principles say the same.",
            ["Police raided the bar and arrested 14 people."],
        ),
    ],
)
def test_own_words_leave_out_quotations_and_formulas(text, own):
    kept, _ = own_pieces(text, "en", procedural.Questions())
    assert kept == own


TOWNS = [("Accra", "Ghana"), ("Kandy", "Sri Lanka"), ("Mombasa", "Kenya")]


def test_a_campaigns_label_is_its_shared_sentence_not_a_members_town(db, tmp_path):
    # Each copy names its own town; the template's first sentence is cut at the comma after
    # it ("Accra, | Ghana that supports ..."), so only a sentence every copy has word for word
    # names the campaign, with its quoted term kept.
    letters = [
        make_docx(
            tmp_path / "t" / f"town_{i}.docx",
            [
                *HEADER,
                f"We are writing on behalf of a community organisation based in {town}, {country} "
                "that supports lesbian, gay, bisexual, trans and queer people and their families.",
                "So-called “conversion practices” are any sustained efforts to change, suppress "
                "or cure a person's sexual orientation or gender identity.",
                *TEMPLATE[1:4],
                *CLOSING,
            ],
        )
        for i, (town, country) in enumerate(TOWNS)
    ]
    ingest.ingest(db, CALL, letters, n_workers=0)
    [campaign] = themes.campaigns(db, CALL)
    assert len(campaign["submission_ids"]) == 3
    assert "share this template: “So-called “conversion practices” are any" in campaign["label"]
    assert not any(place in campaign["label"] for town in TOWNS for place in town)


def campaigns_found_again(db, code):
    """The campaigns when the call's are found again with the texts kept under ``code``
    (another code: every text is read again)."""
    call_id = store.get_call(db, CALL)["id"]
    kept = derived.latest(db, "campaign_texts", call_id)
    derived.put(db, "campaign_texts", call_id, code, {**kept, "code": code})
    derived.put(db, "campaigns", call_id, "stale", [])
    return themes.campaigns(db, CALL)


def test_new_form_letters_join_their_campaign_as_reading_every_text_again_finds(
    call_with_campaign, tmp_path
):
    """Speed, issue 15: a passage's own words are kept by text, so new submissions read only
    their own; they still join the campaign they copy, and every submission is compared again."""
    db = call_with_campaign
    call_id = store.get_call(db, CALL)["id"]
    themes.campaigns(db, CALL)
    kept = derived.latest(db, "campaign_texts", call_id)
    ingest.ingest(db, CALL, form_letters(tmp_path / "more", 6)[4:], n_workers=0)
    found = themes.campaigns(db, CALL)
    assert [sources(db, c["submission_ids"]) for c in found] == [
        [f"letter_{i}.docx" for i in range(6)]
    ]
    now = derived.latest(db, "campaign_texts", call_id)
    assert now["code"] == kept["code"] and set(kept["pieces"]) < set(now["pieces"])
    assert campaigns_found_again(db, "another code") == found


def test_kept_own_words_are_used_until_the_code_changes(call_with_campaign):
    db = call_with_campaign
    themes.campaigns(db, CALL)
    call_id = store.get_call(db, CALL)["id"]
    kept = derived.latest(db, "campaign_texts", call_id)
    silent = {key: [[], False] for key in kept["pieces"]}  # as if no text had words of its own
    derived.put(db, "campaign_texts", call_id, kept["code"], {**kept, "pieces": silent})
    assert campaigns_found_again(db, kept["code"]) == []
    assert len(campaigns_found_again(db, "another code")) == 1


def test_kept_shingles_decide_until_the_code_changes(call_with_campaign):
    """Speed, issue 15: a submission's hashed shingles are kept by its passages and own
    pieces, so only new or changed submissions are shingled again."""
    db = call_with_campaign
    themes.campaigns(db, CALL)
    call_id = store.get_call(db, CALL)["id"]
    kept = derived.latest(db, "campaign_texts", call_id)
    assert kept["shingles"] and len(kept["sentences"]) == 1
    blank = {key: "" for key in kept["shingles"]}  # as if no text had a shingle
    derived.put(db, "campaign_texts", call_id, kept["code"], {**kept, "shingles": blank})
    assert campaigns_found_again(db, kept["code"]) == []
    assert len(campaigns_found_again(db, "another code")) == 1
