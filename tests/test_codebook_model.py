"""The codebook's per-area models (issue 16): they add areas the terms miss, showing the words
that weighed most; they may drop a term's code on a paragraph; training is reproducible."""

import json

from bench import codebook_written
from workbench.themes import codebook
from workbench.themes.codebook import AreaModels, coded_terms, decide

# Written for these tests, in the manner of the submissions (not from any labelled set).
ARREST = (
    "The district court sentenced two men to three years in prison after police found messages "
    "on their phones. The prosecutor relied on an article of the criminal code that punishes "
    "acts against public morals. Their lawyer has appealed, but the men remain in detention, "
    "where other inmates have threatened them."
)
PARTNERS = (
    "The Ministry of Justice reports that since the Registered Partnership Act came into force, "
    "2,140 couples have registered their partnership. Registered partners have the same rights "
    "as spouses in matters of inheritance, taxation, social security and hospital visits, and "
    "the Government is preparing a bill on joint adoption."
)


def test_a_passage_the_terms_miss_is_coded_by_its_model_with_the_words_that_weighed():
    assert "decriminalisation" not in decide(ARREST, "en", models=None)  # no phrase of the area
    why = coded_terms(ARREST, "en")["decriminalisation"]
    assert len(why) == 1 and why[0].startswith("model: ")
    words = why[0].removeprefix("model: ").split(", ")
    assert words and all(word in ARREST for word in words)


def test_a_passage_the_terms_code_shows_its_terms():
    text = (
        "Young people in our network were sent to conversion therapy camps by their parents; "
        "survivors describe months of isolation, forced prayer and shame, and several attempted "
        "suicide afterwards. We ask for a ban that covers religious counselling as well."
    )
    why = coded_terms(text, "en")
    assert why["conversion_practices"][0] == "conversion therap*"
    assert not any(reason.startswith("model") for reasons in why.values() for reason in reasons)


def test_a_model_confident_against_a_terms_code_drops_it_on_a_paragraph_not_a_sentence():
    features = {"coded:health": (1.0, ["hospital"]), "c:hospi": (1.0, ["hospital"])}
    data = {"bias": -3.0, "threshold": 0.6, "keep": 0.3, "weights": {"coded:health": 1.0}}
    models = AreaModels({"areas": {"health": data}})
    assert models.decide(features) == {}  # probability 0.12: under keep
    assert models.decide(features, judge_terms=False) == {"health": ["hospital"]}
    data["keep"] = 0.0  # an area with few training positives: its terms always stand
    assert AreaModels({"areas": {"health": data}}).decide(features) == {"health": ["hospital"]}


def test_a_word_that_begins_like_an_areas_word_does_not_code_it():
    # "coup" (a coup d'état, conflict) is not the start of "couples"
    assert set(decide(PARTNERS, "en", models=None)) == {"social_inclusion"}
    assert set(coded_terms(PARTNERS, "en")) == {"social_inclusion"}


def test_identical_training_writes_identical_bytes():
    passages = codebook_written.fixture_passages()[::5]
    first = json.dumps(codebook_written.train(passages), sort_keys=True)
    assert json.dumps(codebook_written.train(passages), sort_keys=True) == first
    assert json.loads(first)["areas"]  # something was learnt


def test_the_shipped_model_is_what_training_writes(tmp_path):
    written = codebook_written.write_model(tmp_path / "model.json")
    assert written.read_bytes() == codebook.MODEL_JSON.read_bytes()
