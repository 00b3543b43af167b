"""Tagging real PDF/DOCX submissions: who, what kind, where, how confidential, with evidence;
reviews that stick; the trained model; the tag, train and evaluate commands."""

import csv
import json

import pytest
from click.testing import CliRunner

from workbench import audit, ingest, store, tagging
from workbench.cli import cli
from workbench.errors import ConflictError
from workbench.tagging import review, tag_store, training, type_model

from .makedocs import make_docx, make_pdf

BODY_EN = (
    "Same-sex relations remain criminalised and the police use the law to extort money from "
    "people they suspect. Health workers told us that trans patients avoid clinics for fear of abuse."
)
BODY_ES = (
    "Las personas trans siguen sin poder cambiar su nombre en los documentos de identidad y "
    "denuncian violencia policial en las calles de la capital."
)


def ingest_one(db, tmp_path, name, maker, *args, call="tag-call", **kwargs):
    folder = tmp_path / f"in-{name}"
    maker(folder / name, *args, **kwargs)
    report = ingest.ingest(db, call, [folder / name], n_workers=0)
    return store.get_submission(db, report.outcomes[0].submission_id)


@pytest.fixture
def note_verbale(db, tmp_path):
    return ingest_one(
        db,
        tmp_path,
        "nota.pdf",
        make_pdf,
        [
            [
                "Misión Permanente de Colombia ante la Oficina de las Naciones Unidas en Ginebra",
                "3 de marzo de 2023",
                "La Misión Permanente de Colombia saluda atentamente a la Oficina del Alto Comisionado y tiene el honor "
                "de remitir la respuesta del Gobierno al cuestionario del Experto Independiente.",
                BODY_ES,
            ]
        ],
    )


def test_a_note_verbale_is_a_state_with_its_country_and_region(db, note_verbale):
    sub = note_verbale
    assert (
        sub["submitter"],
        sub["submitter_type"],
        sub["country"],
        sub["region"],
        sub["scope"],
    ) == ("Colombia", "state", "COL", "latin_america_caribbean", "national")
    assert sub["language"] == "es" and sub["confidentiality"] == "public"
    tags = tag_store.tags_of(db, sub["id"])
    assert tags["submitter_type"]["confidence"] >= 0.9
    assert "Misión Permanente de Colombia" in tags["country"]["evidence"]
    assert tags["country"]["page"] == 1 and tags["country"]["file"] == "nota.pdf"


def test_an_ngo_asking_not_to_be_named_is_withheld_with_the_sentence_as_evidence(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "input.pdf",
        make_pdf,
        [
            [
                "Rainbow Rights Alliance Uganda",
                "12 May 2023",
                "Input to the call of the Independent Expert",
                "We ask that the name of our organisation is withheld from any published version of this input.",
                BODY_EN,
            ],
            [
                BODY_EN,
                "Yours sincerely,",
                "Jane Doe",
                "Executive Director",
                "Rainbow Rights Alliance Uganda",
            ],
        ],
    )
    assert sub["submitter"] == "Rainbow Rights Alliance Uganda"
    assert (sub["submitter_type"], sub["country"], sub["region"]) == (
        "civil_society",
        "UGA",
        "africa",
    )
    assert sub["confidentiality"] == "withhold_name"
    evidence = tag_store.tags_of(db, sub["id"])["confidentiality"]
    assert (
        "withheld" in evidence["evidence"]
        and evidence["page"] == 1
        and evidence["confidence"] >= 0.9
    )


@pytest.mark.parametrize(
    "lines, expected",
    [
        (
            ["Comisión Nacional de los Derechos Humanos de México", "5 de junio de 2023", BODY_ES],
            ("nhri", "MEX"),
        ),
        (["Defensoría del Pueblo del Perú", "5 de junio de 2023", BODY_ES], ("nhri", "PER")),
        (
            [
                "Уполномоченный по правам человека в Республике Армения",
                "5 июня 2023 г.",
                "Настоящий вклад подготовлен аппаратом Уполномоченного для Независимого эксперта. В Армении сохраняется "
                "дискриминация, и мы просим учесть наши рекомендации.",
            ],
            ("nhri", "ARM"),
        ),
        (
            [
                "Église protestante unie de Belgique",
                "5 juin 2023",
                "Notre communauté accueille les personnes LGBT "
                "depuis des années et témoigne des discriminations vécues en Belgique.",
            ],
            ("faith_based", "BEL"),
        ),
        (
            [
                "Faculdade de Direito, Universidade de Coimbra",
                "5 de junho de 2023",
                "Este contributo resume a nossa "
                "investigação sobre a identidade de género em Portugal.",
            ],
            ("academic", "PRT"),
        ),
    ],
)
def test_types_and_countries_in_several_languages(db, tmp_path, lines, expected):
    sub = ingest_one(db, tmp_path, "doc.docx", make_docx, lines)
    assert (sub["submitter_type"], sub["country"]) == expected


def test_an_individual_writing_in_a_personal_capacity(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "carta.docx",
        make_docx,
        [
            "7 de abril de 2023",
            "Escribo a título personal, como madre de una mujer trans que vive en Chile desde siempre.",
            BODY_ES,
            "Atentamente,",
            "Marta Rojas",
        ],
    )
    assert (sub["submitter_type"], sub["country"], sub["submitter"]) == (
        "individual",
        "CHL",
        "Marta Rojas",
    )


def test_un_entities_and_regional_networks_have_the_right_scope(db, tmp_path):
    un = ingest_one(
        db,
        tmp_path,
        "un.pdf",
        make_pdf,
        [
            [
                "United Nations Population Fund (UNFPA)",
                "1 June 2023",
                "Submission to the call for inputs",
                BODY_EN,
            ]
        ],
    )
    assert (un["submitter_type"], un["scope"], un["country"] or "", un["region"] or "") == (
        "un_entity",
        "international",
        "",
        "",
    )
    net = ingest_one(
        db,
        tmp_path,
        "net.pdf",
        make_pdf,
        [
            [
                "Pan-African Network of Sex Workers' Rights",
                "1 June 2023",
                "Submission to the call for inputs",
                BODY_EN,
            ]
        ],
    )
    assert (net["scope"], net["region"], net["country"] or "") == ("regional", "africa", "")


def test_human_rights_watch_style_names_are_civil_society_not_an_nhri(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "hrw.pdf",
        make_pdf,
        [
            [
                "Equality Watch International",
                "1 June 2023",
                "Submission to the call for inputs",
                BODY_EN,
            ]
        ],
    )
    assert sub["submitter_type"] == "civil_society" and sub["scope"] == "international"


@pytest.mark.parametrize(
    "notice, level",
    [
        ("CONFIDENTIEL : merci de ne pas publier cette contribution.", "do_not_publish"),
        ("Solicitamos que esta contribución no sea publicada en el sitio web.", "do_not_publish"),
        ("Просим не упоминать название нашей организации в докладе.", "withhold_name"),
        ("Pedimos que o nome da nossa organização não seja mencionado.", "withhold_name"),
    ],
)
def test_confidentiality_requests_in_every_language(db, tmp_path, notice, level):
    sub = ingest_one(
        db,
        tmp_path,
        "c.docx",
        make_docx,
        ["Coletivo Arco-Íris", "1 de junho de 2023", notice, BODY_ES],
    )
    assert sub["confidentiality"] == level


def test_an_unclear_request_fails_closed_and_waits_for_review(db, tmp_path):
    # Whose names, which publication? Not clear enough to be sure, too close to a request to be public.
    sub = ingest_one(
        db,
        tmp_path,
        "x.pdf",
        make_pdf,
        [
            [
                "Open Doors Collective Kenya",
                "1 June 2023",
                "The names of the survivors quoted in section 3 must not be published.",
                BODY_EN,
            ]
        ],
    )
    assert sub["confidentiality"] == "withhold_name"
    tag = tag_store.tags_of(db, sub["id"])["confidentiality"]
    assert tag["confidence"] < 0.5 and tag["evidence"].startswith("needs review:")


def test_a_sentence_about_others_is_a_mention_not_a_request(db, tmp_path):
    sub = ingest_one(
        db,
        tmp_path,
        "x.pdf",
        make_pdf,
        [
            [
                "Open Doors Collective Kenya",
                "1 June 2023",
                "Investigations are usually closed without identifying the attackers, which fuels impunity.",
                BODY_EN,
            ]
        ],
    )
    assert sub["confidentiality"] == "public"
    assert "mention" in tag_store.tags_of(db, sub["id"])["confidentiality"]["evidence"]


def test_reviewed_fields_survive_retagging_and_every_change_is_audited(db, note_verbale):
    sub = note_verbale
    tag_store.review(
        db,
        sub["id"],
        {"submitter": "Colombia (Ministry of Foreign Affairs)"},
        {"country"},
        sub["version"],
        "ana",
    )
    tagging.tag_call(db, "tag-call")
    now = store.get_submission(db, sub["id"])
    assert now["submitter"] == "Colombia (Ministry of Foreign Affairs)"
    states = {f: t["state"] for f, t in tag_store.tags_of(db, sub["id"]).items()}
    assert (
        states["submitter"] == "corrected"
        and states["country"] == "confirmed"
        and states["scope"] == "auto"
    )
    log = audit.history(db, "submissions", sub["id"])
    assert {(e["user"], e["field"], e["new_value"]) for e in log} >= {
        ("ana", "submitter", "Colombia (Ministry of Foreign Affairs)"),
        ("ana", "country", "COL"),
    }
    assert any(e["old_value"] == "Colombia" for e in log if e["field"] == "submitter")


def test_a_stale_save_raises_a_conflict_with_the_current_values(db, note_verbale):
    sub = note_verbale
    tag_store.review(db, sub["id"], {"scope": "regional"}, set(), sub["version"], "ana")
    with pytest.raises(ConflictError) as caught:
        tag_store.review(db, sub["id"], {"scope": "international"}, set(), sub["version"], "ben")
    assert caught.value.current["scope"] == "regional"
    assert store.get_submission(db, sub["id"])["scope"] == "regional"


def test_a_confirmed_submitter_is_recognised_in_the_next_call(db, tmp_path):
    lines = [
        ["Kampala Queer Readers Club", "1 June 2023", "Submission to the call for inputs", BODY_EN]
    ]
    first = ingest_one(db, tmp_path, "k.pdf", make_pdf, lines, call="first")
    tag_store.review(db, first["id"], {"submitter_type": "other"}, set(), first["version"], "ana")
    second = ingest_one(db, tmp_path, "k2.pdf", make_pdf, lines + [[BODY_EN]], call="second")
    assert second["submitter_type"] == "other"
    evidence = tag_store.tags_of(db, second["id"])["submitter_type"]["evidence"]
    assert f"corrected earlier for #{first['id']} 'Kampala Queer Readers Club' by ana" in evidence


def test_training_is_deterministic_and_learns_from_reviews(db, tmp_path, note_verbale):
    base = type_model.read_training()
    assert len(base) > 100, "the shipped base training rows are missing"
    target = tmp_path / "models"
    target.mkdir()
    type_model.write_training(base, target)
    tag_store.review(db, note_verbale["id"], {}, {"submitter_type"}, note_verbale["version"], "ana")
    first, count = training.train(db, target)
    bytes_one = first.read_bytes()
    training.train(db, target)
    assert first.read_bytes() == bytes_one
    assert count == len(base) + 1
    shipped = type_model.load()
    assert shipped is not None and set(shipped.classes_) >= {"state", "nhri", "civil_society"}


def test_cli_tag_evaluate_and_submissions_export(db, tmp_path, note_verbale):
    db_path = str(db.path)
    gold = tmp_path / "gold.csv"
    with open(gold, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "source",
                "submitter",
                "submitter_type",
                "country",
                "region",
                "scope",
                "language",
                "confidentiality",
            ]
        )
        writer.writerow(
            [
                "nota.pdf",
                "Colombia",
                "state",
                "COL",
                "latin_america_caribbean",
                "national",
                "es",
                "public",
            ]
        )
    runner = CliRunner()
    tagged = runner.invoke(cli, ["--db", db_path, "tag", "--call", "tag-call"], obj={})
    assert tagged.exit_code == 0 and "could not be tagged" in tagged.output
    scored = runner.invoke(
        cli, ["--db", db_path, "evaluate", "--call", "tag-call", "--gold", str(gold)], obj={}
    )
    assert scored.exit_code == 0, scored.output
    assert "submitter_type: accuracy 1.000" in scored.output and "precision" in scored.output
    exported = runner.invoke(
        cli, ["--db", db_path, "submissions", "--call", "tag-call", "--format", "json"], obj={}
    )
    [row] = json.loads(exported.output)
    assert {
        k: row[k] for k in ("submitter_type", "country", "region", "scope", "confidentiality")
    } == {
        "submitter_type": "state",
        "country": "COL",
        "region": "latin_america_caribbean",
        "scope": "national",
        "confidentiality": "public",
    }


def test_cli_output_never_names_a_confidential_submitter(db, tmp_path):
    ingest_one(
        db,
        tmp_path,
        "secret.pdf",
        make_pdf,
        [
            [
                "Hidden Harbour Collective Ghana",
                "1 June 2023",
                "CONFIDENTIAL: this submission should not be published.",
                BODY_EN,
            ]
        ],
    )
    result = CliRunner().invoke(cli, ["--db", str(db.path), "tag", "--call", "tag-call"], obj={})
    assert "Hidden Harbour" not in result.output


# ---------------------------------------------------------------- names must look like names


def test_body_text_is_never_taken_for_the_submitter_and_the_gap_tops_the_triage_list(db, tmp_path):
    sentence = (
        "The organisation documents cases of violence against trans women in Kampala every year."
    )
    blank = ingest_one(
        db, tmp_path, "body.pdf", make_pdf, [[sentence, "12 May 2023", BODY_EN, BODY_EN]]
    )
    named = ingest_one(
        db,
        tmp_path,
        "named.pdf",
        make_pdf,
        [
            [
                "Rainbow Rights Alliance Uganda",
                "12 May 2023",
                "Submission to the call for inputs",
                BODY_EN,
            ]
        ],
    )
    assert (blank["submitter"] or "") == "" and named[
        "submitter"
    ] == "Rainbow Rights Alliance Uganda"
    tag = tag_store.tags_of(db, blank["id"])["submitter"]
    assert tag["confidence"] <= 0.2 and "please fill in" in tag["evidence"]
    rows = review.table(db, "tag-call")
    assert rows[0]["id"] == blank["id"] and "submitter" in rows[0]["to_review"]


@pytest.mark.parametrize(
    "first_lines",
    [
        [
            "We are a network of activists working with sex workers and trans people across the region",
            "1 June 2023",
        ],
        [
            "Nuestra organización acompaña a familias de personas trans desde hace diez años",
            "1 de junio de 2023",
        ],
        ["Founded in 2009. We document arrests", "1 June 2023"],
    ],
)
def test_a_sentence_at_the_top_is_not_a_name(db, tmp_path, first_lines):
    sub = ingest_one(db, tmp_path, "s.pdf", make_pdf, [[*first_lines, BODY_EN]])
    assert (sub["submitter"] or "") == ""


def test_every_submitter_of_a_generated_corpus_reads_as_a_name(db, tmp_path):
    from corpus.generate import generate
    from workbench.extract.pdf import ocr_available
    from workbench.tagging.names import MAX_NAME_WORDS, looks_like_name

    assert ocr_available(), (
        "the corpus has scanned PDFs: this test needs Tesseract (`make test` installs it)"
    )
    generate(tmp_path / "corpus", n=24, seed=11, style="b")
    (tmp_path / "corpus" / "labels.csv").unlink()
    ingest.ingest(db, "gen", [tmp_path / "corpus"], n_workers=0)
    names = [s["submitter"] for s in store.list_submissions(db, "gen", status="ok")]
    assert len(names) >= 20 and sum(bool(n) for n in names) >= 0.9 * len(names)
    assert all(len(n.split()) <= MAX_NAME_WORDS and looks_like_name(n) for n in names if n)


# ---------------------------------------------------------------- documents without letterhead

SPEECH_EN = [
    "It is an honour to address this Assembly on behalf of the Government of Ghana.",
    "Ghana remains committed to multilateralism and reaffirms its support for the Sustainable Development Goals. "
    "My delegation believes that no country can face the climate emergency alone.",
    "My country has taken in refugees from our neighbours, and our people have shared what little they had. "
    "Ghana will continue to work with Nigeria and Togo for peace in the Sahel.",
]
SPEECH_ES = [
    "Señor Presidente: Tengo el honor de dirigirme a esta Asamblea en nombre del Gobierno del Uruguay.",
    "Uruguay reafirma su compromiso con los derechos humanos. Mi país ha aprobado leyes de igualdad y mi Gobierno "
    "seguirá trabajando con la Argentina y el Brasil.",
    "Mi delegación considera que el diálogo es el único camino.",
]


@pytest.mark.parametrize(
    "maker, name, paragraphs, country",
    [
        (make_pdf, "speech.pdf", [SPEECH_EN], "GHA"),
        (make_docx, "discurso.docx", SPEECH_ES, "URY"),
    ],
)
def test_a_speech_without_letterhead_is_the_speaking_state(
    db, tmp_path, maker, name, paragraphs, country
):
    sub = ingest_one(db, tmp_path, name, maker, paragraphs)
    assert (sub["submitter_type"], sub["country"], sub["scope"]) == ("state", country, "national")
    assert "speaks as a State" in tag_store.tags_of(db, sub["id"])["submitter_type"]["evidence"]


def test_a_national_report_and_a_un_compilation_by_their_titles(db, tmp_path):
    masthead = [
        "United Nations A/HRC/WG.6/99/XYZ/1",
        "General Assembly Distr.: General",
        "2 May 2031",
    ]
    report = ingest_one(
        db,
        tmp_path,
        "report.pdf",
        make_pdf,
        [
            [
                *masthead,
                "Human Rights Council",
                "National report submitted pursuant to Human Rights Council resolutions",
                "Paraguay",
                "1. The present report was prepared by an inter-ministerial commission. " + BODY_ES,
            ]
        ],
    )
    assert (report["submitter"], report["submitter_type"], report["country"]) == (
        "Paraguay",
        "state",
        "PRY",
    )
    compilation = ingest_one(
        db,
        tmp_path,
        "compilation.pdf",
        make_pdf,
        [
            [
                *masthead,
                "Human Rights Council",
                "Compilation on Paraguay",
                "Report of the Office of the United Nations High Commissioner for Human Rights",
                "1. It was recommended that Paraguay ratify the Convention. " + BODY_EN,
            ]
        ],
    )
    assert (compilation["submitter_type"], compilation["scope"], compilation["country"] or "") == (
        "un_entity",
        "international",
        "",
    )
    assert (
        compilation["submitter"]
        == "Office of the United Nations High Commissioner for Human Rights"
    )


def test_questions_headed_by_a_state_name_and_ngo_letters_stay_ngos(db, tmp_path):
    questions = ingest_one(
        db,
        tmp_path,
        "q.docx",
        make_docx,
        [
            "NORWAY",
            "What measures has the Government taken to protect trans people from violence?",
            "How does the State ensure access to legal gender recognition?",
        ],
    )
    assert (questions["submitter_type"], questions["country"], questions["submitter"]) == (
        "state",
        "NOR",
        "Norway",
    )
    shadow = ingest_one(
        db,
        tmp_path,
        "shadow.pdf",
        make_pdf,
        [
            [
                "Lakeside Readers Circle Kenya",
                "1 June 2023",
                "Submission to the call for inputs",
                "Our country has failed trans people. The national report says nothing about them, and the General "
                "Assembly heard nothing of it. Kenya continues to arrest activists.",
                BODY_EN,
                "Yours sincerely,",
                "Lakeside Readers Circle Kenya",
            ]
        ],
    )
    assert shadow["submitter_type"] == "civil_society" and shadow["country"] == "KEN"


def test_a_speech_that_names_its_state_only_near_my_country_is_still_read(db, tmp_path):
    """No verb of a State and no 'on behalf of': the speech is known by how often it speaks of
    itself, and its country by the one named beside 'my country'."""
    sub = ingest_one(
        db,
        tmp_path,
        "statement.docx",
        make_docx,
        [
            "Mr. President, Excellencies,",
            "My delegation thanks the Independent Expert. My country, Malawi, has opened shelters.",
            "My Government, in Malawi, trains police officers. My delegation thanks you.",
        ],
    )
    assert (sub["submitter_type"], sub["country"]) == ("state", "MWI")
    assert "speaks as a State" in tag_store.tags_of(db, sub["id"])["submitter_type"]["evidence"]


def test_documents_tagged_together_read_as_each_tagged_alone(db, tmp_path, note_verbale):
    """The survey import's workers tag a chunk of documents at once (the type classifier asked
    once): a note verbale, an NHRI, a speech, a person and an NGO the classifier decides read
    as each does alone."""
    from workbench.tagging import documents, tagger

    ingest_one(db, tmp_path, "nhri.docx", make_docx, ["Defensoría del Pueblo del Perú", BODY_ES])
    ingest_one(db, tmp_path, "speech.docx", make_docx, SPEECH_ES)
    ingest_one(
        db,
        tmp_path,
        "carta.docx",
        make_docx,
        ["Escribo a título personal desde Chile.", BODY_ES, "Atentamente,", "Marta Rojas"],
    )
    ingest_one(db, tmp_path, "ngo.docx", make_docx, ["Lakeside Readers Circle", BODY_EN])
    docs = [documents.load(db, s["id"]) for s in store.list_submissions(db, "tag-call")]
    alone = [tagging.decide(db, doc) for doc in docs]
    assert len({found["submitter_type"].kind for found in alone}) >= 4  # rules and classifier
    together = tagger.decide_many(docs)
    assert together == alone


def test_cue_phrases_are_found_as_whole_words_in_any_case_longest_first():
    from workbench.tagging import cues

    pattern = cues.compiled(("europe", "eastern europe", "on behalf of", "urge*"))
    text = "EASTERN EUROPE; non-European; Europe-wide; on behalf of X; urgently; resurge"
    assert [m.group(0) for m in pattern.finditer(text)] == [
        "EASTERN EUROPE",
        "Europe",
        "on behalf of",
        "urgently",
    ]


@pytest.mark.parametrize("word", ["Prof", "Dr.", "Prefer", "Online", "Anonymous"])
def test_a_title_or_a_forms_word_alone_is_never_a_name(word):
    """'Authors: Prof. Nomvula …' cut at the title, 'Full name: Prefer not to disclose', an
    'Online submission form' (twelfth session, w12)."""
    from workbench.tagging import attribution

    assert not attribution.looks_like_organisation_or_person(word)
    assert attribution.looks_like_organisation_or_person("Prof. Nomvula Khumalo")
