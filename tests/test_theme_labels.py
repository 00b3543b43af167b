"""Theme labels a person would write (issue 12, part 3): phrases of the theme's passages, in
English when it has English passages, unique, never structural words; terms per language."""

from collections import Counter

import pytest

from workbench import ingest, store, themes
from workbench.themes import cluster, labels, passage_features

from .makedocs import make_docx

CALL = "labels-call"

# Submissions as people write them: each topic in its own words, with the structural
# vocabulary of UN inputs (paragraphs, articles, the Committee, the report) all around it.
TOPICS = {
    "recognition": {
        "en": [
            "Legal gender recognition remains out of reach for most trans people: the law "
            "still requires a psychiatric diagnosis and sterilisation before the civil "
            "registry will change a gender marker.",
            "In paragraph 14 of its report the Committee recalled that legal gender "
            "recognition should rest on self-identification; the bill now before Parliament "
            "would introduce a simple administrative procedure.",
            "Without legal gender recognition, trans people carry identity documents that "
            "out them every time they rent a flat, open a bank account or cross a border.",
            "Courts have granted legal gender recognition to a handful of applicants, but "
            "each case took years and required medical evidence of surgery.",
        ],
        "es": [
            "El reconocimiento legal de la identidad de género sigue exigiendo un "
            "diagnóstico psiquiátrico y una sentencia judicial.",
            "Sin reconocimiento legal de la identidad de género, las personas trans portan "
            "documentos que no coinciden con su nombre ni con su apariencia.",
        ],
    },
    "police": {
        "en": [
            "Police violence against trans women is routine: officers stop them at night, "
            "beat them and confiscate their money under vagrancy by-laws.",
            "Trans women who report police violence are often detained themselves; none of "
            "the 37 complaints filed since article 9 came into force led to a prosecution.",
            "Sex workers described police violence during raids, including sexual assault in "
            "police cells and threats to publish their photographs.",
            "The ombudsperson documented police violence against trans women in three cities "
            "and recommended body cameras and an independent complaints mechanism.",
        ],
        "es": [
            "La violencia policial contra mujeres trans incluye golpizas, detenciones "
            "arbitrarias y extorsión en las calles.",
            "Las denuncias de violencia policial rara vez llegan a juicio y los agentes "
            "siguen en servicio.",
        ],
    },
    "census": {
        "en": [
            "The national census has never asked about sexual orientation or gender "
            "identity, so there is no data on SOGI to plan services or measure exclusion.",
            "Data on SOGI in censuses and household surveys would show how many people the "
            "review's recommendations concern; the statistics office has refused to test "
            "such questions.",
            "Where data on SOGI is collected, it must be voluntary, anonymous and protected, "
            "because a census record can be used to identify and persecute people.",
            "Community surveys filled part of the gap in data on SOGI, but small samples "
            "cannot replace a census question asked of every household.",
        ],
        "es": [
            "El censo nacional no incluye preguntas sobre orientación sexual ni identidad de "
            "género, por lo que faltan datos oficiales.",
            "Los datos sobre orientación sexual e identidad de género deben recogerse de "
            "forma voluntaria y anónima.",
        ],
    },
}
STRUCTURAL = {"para", "paragraph", "article", "page", "report", "submission", "committee"}
STRUCTURAL |= {"review", "right", "rights", "human"}


@pytest.fixture(scope="module")
def call_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("labels")
    db = store.open_db(folder / "wb.db")
    files = []
    for topic, by_lang in TOPICS.items():
        for lang, paragraphs in by_lang.items():
            for i, text in enumerate(paragraphs):
                path = folder / f"{topic}-{lang}-{i}.docx"
                make_docx(path, [text])
                files.append(path)
    ingest.ingest(db, CALL, files, n_workers=0)
    themes.refresh(db, CALL, n_themes=3)
    yield db
    db.conn.close()


def topic_of(theme):
    """The topic most of a theme's passages were written about."""
    found = {}
    for passage in theme["passages"]:
        for topic, by_lang in TOPICS.items():
            if any(
                passage["text"] in text or text in passage["text"]
                for text in by_lang[passage["language"]]
            ):
                found[topic] = found.get(topic, 0) + 1
    return max(found, key=found.get)


def test_each_theme_is_named_by_a_phrase_of_its_english_passages(call_db):
    listed = themes.list_themes(call_db, CALL, internal=True)
    named = {topic_of(t): t["label"] for t in listed}
    assert set(named) == set(TOPICS), named
    assert "gender recognition" in named["recognition"].lower()
    assert "police violence" in named["police"].lower()
    assert "data on sogi" in named["census"].lower() or "census" in named["census"].lower()
    for theme in listed:
        english = " ".join(p["text"].lower() for p in theme["passages"] if p["language"] == "en")
        assert theme["label"].lower() in english, theme["label"]


def test_labels_are_unique_and_never_structural_words(call_db):
    found = [t["label"] for t in themes.list_themes(call_db, CALL, status="all")]
    assert len({label.casefold() for label in found}) == len(found)
    words = {w.lower() for label in found for w in label.split()}
    assert not words & STRUCTURAL, found


def test_terms_are_listed_per_language_and_never_mixed(call_db):
    for theme in themes.list_themes(call_db, CALL, internal=True):
        by_lang = theme["terms_by_language"]
        assert list(by_lang)[0] == "en" and set(by_lang) == {"en", "es"}, by_lang
        assert theme["terms"] == by_lang["en"]
        for lang, terms in by_lang.items():
            # Terms are lemmas ('datum'): those of this language's passages, no other's.
            own = {
                lemma
                for p in theme["passages"]
                if p["language"] == lang
                for lemma in passage_features.lemmatise(p["text"], lang)
            }
            assert set(terms) <= own, (lang, terms)


def test_a_theme_without_english_passages_is_named_in_its_own_language():
    passages = [
        {"text": text, "language": "es"}
        for text in TOPICS["police"]["es"] * 3 + TOPICS["census"]["es"] * 3
    ]
    model = cluster.ThemeModel(n_themes=2, use_concepts=False).fit(passages)
    found = model.themes()
    assert len(found) == 2
    spanish = " ".join(p["text"].lower() for p in passages)
    assert all(t["label"].lower() in spanish and list(t["terms"]) == ["es"] for t in found)


def test_labels_people_gave_are_not_proposed_again():
    texts = TOPICS["police"]["en"] + TOPICS["recognition"]["en"]
    rows = [[0, 1, 2, 3], [4, 5, 6, 7]]
    first = labels.label_themes(texts, ["en"] * 8, rows)
    again = labels.label_themes(texts, ["en"] * 8, rows, taken=[first[0].upper()])
    assert again[1] == first[1] and again[0] and again[0].casefold() != first[0].casefold()


def test_a_phrase_other_themes_use_too_names_no_theme():
    """In a call on SOGI 'gender identity' is everywhere: a theme whose passages share only
    that phrase is not labelled by it (two of the other themes' eight passages use it)."""
    housing = [
        "Trans people in Lagos were evicted from their homes because of their gender identity.",
        "Landlords in Accra refuse tenants whose gender identity does not match their papers.",
        "Shelters in Lima turn away young people for their gender identity.",
        "Housing agencies in Quito ask about gender identity before they sign a lease.",
    ]
    police = TOPICS["police"]["en"][:3] + ["Officers questioned her about her gender identity."]
    census = TOPICS["census"]["en"] + ["The survey asked about gender identity in one region."]
    found = labels.label_themes(
        housing + police + census, ["en"] * 12, [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
    )
    assert found[0] != "Gender identity" and found[1] == "Police violence", found


def test_a_theme_with_two_english_passages_is_named_in_english_when_they_share_a_phrase():
    texts = TOPICS["police"]["en"][:2] + TOPICS["police"]["es"] * 3
    texts += TOPICS["census"]["en"] + TOPICS["census"]["es"]
    languages = ["en"] * 2 + ["es"] * 6 + ["en"] * 3 + ["es"] * 2
    found = labels.label_themes(texts, languages, [list(range(8)), list(range(8, 13))])
    assert found[0].lower() == "police violence", found


@pytest.mark.parametrize(
    "phrase, fits",
    [
        ("Police violence against trans women", True),
        ("Person's", False),  # a possessive goes on: no phrase ends on it
        ("Create a procedure", False),  # a verb first
        ("Cases are pending", False),  # an auxiliary inside
        ("Detention facilities alongside", False),  # ends on an adverb
        ("Report of the Committee", False),  # structural words
        ("Paragraph 14", False),
    ],
)
def test_only_noun_phrases_without_structural_words_are_candidates(phrase, fits):
    found = labels.phrases(phrase, "en")
    whole = tuple(features_key(w) for w in labels.TOKEN.findall(phrase))
    assert (whole in found) == fits, sorted(found)


def features_key(word):
    return passage_features.strip_accents(passage_features.language_tools("en").lemma(word.lower()))


# ---------------------------------------------------------------- pooling without the dictionary


def test_spanish_passages_join_their_english_theme_without_the_dictionary():
    """Cognates (passage_features.cognate_key) pool languages when the dictionary is left out."""
    passages = [
        {"text": text, "language": lang, "topic": topic}
        for topic, by_lang in TOPICS.items()
        for lang, texts in by_lang.items()
        for text in texts
    ]
    with_cognates = spanish_at_home(passages, cluster.default_cognate_weight(False))
    assert with_cognates >= 5, "of 6 Spanish passages"
    assert spanish_at_home(passages, 0.0) < with_cognates


def spanish_at_home(passages, cognate_weight):
    """How many Spanish passages are in the theme most English passages of their topic got."""
    model = cluster.ThemeModel(n_themes=3, use_concepts=False, cognate_weight=cognate_weight)
    labels = model.fit(passages).labels_
    home = {}
    for p, theme in zip(passages, labels):
        if p["language"] == "en":
            home.setdefault(p["topic"], Counter())[int(theme)] += 1
    return sum(
        home[p["topic"]].most_common(1)[0][0] == int(theme)
        for p, theme in zip(passages, labels)
        if p["language"] == "es"
    )


@pytest.mark.parametrize(
    "word, lang",
    [
        ("discriminación", "es"),
        ("discriminação", "pt"),
        ("дискриминация", "ru"),
        ("discrimination", "fr"),
    ],
)
def test_words_written_alike_share_a_cognate_key(word, lang):
    english = passage_features.cognate_key(
        passage_features.language_tools("en").lemma("discrimination")
    )
    assert (
        passage_features.cognate_key(passage_features.language_tools(lang).lemma(word)) == english
    )


def test_short_words_have_no_cognate_key():
    assert (
        passage_features.cognate_key("ley") is None
        and passage_features.cognate_key("закон") is not None
    )


def test_a_theme_named_by_its_terms_never_shows_structural_words():
    terms = {"pt": ["artigo", "direito", "princípio", "trabalho", "relatório", "escola"]}
    assert cluster.fallback_label(None, terms) == "Princípio, trabalho, escola"
    assert not labels.phrases("El informe anual del comité", "es")


def test_stop_words_written_with_accents_are_no_label_words():
    assert not labels.phrases("Não. Alguns. Também.", "pt")
    assert labels.phrases("Escolas públicas", "pt")


def test_a_label_is_no_form_field_no_heading_in_capitals_and_no_vague_word_alone():
    """As the UPR thematic list of recommendations writes them: an SDG heading in capitals
    run into a field ("… INSTITUTIONS Affected persons: …"), '&' between two nouns, and
    'the Act' in every passage of a theme about refugees."""
    listed = [
        "PEACE, JUSTICE AND STRONG INSTITUTIONS Affected persons: victims of enforced "
        "disappearance, judges",
        "PEACE, JUSTICE AND STRONG INSTITUTIONS Affected persons: persons deprived of liberty",
        "PEACE, JUSTICE AND STRONG INSTITUTIONS Affected persons: judges and lawyers",
    ]
    refugees = [
        "The Act leaves refugees & asylum seekers in camps near the border for years.",
        "Under the Act, refugees & asylum seekers lack access to health care.",
        "The Act gives refugees & asylum seekers no interpreter in the reception centres.",
        "The Act was amended, yet refugees & asylum seekers still wait for a decision.",
    ]
    found = labels.label_themes(listed + refugees, ["en"] * 7, [[0, 1, 2], [3, 4, 5, 6]])
    assert found == ["Justice and strong institutions", "Refugees & asylum seekers"], found
