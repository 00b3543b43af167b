"""Document structure: headings, cover and contents, notes, contact blocks and echoed questions
are told apart from what submissions say, in PDF and DOCX; only body text is clustered and
quoted; the same files give the same themes however they were ingested."""

import pytest
from click.testing import CliRunner

from workbench import ingest, questionnaire, store, structure, submissions, themes
from workbench.cli import cli
from workbench.ingest import read_file
from workbench.passages import split_pages
from workbench.themes import procedural, quotes

from .apptest import open_page
from .conftest import FIXTURES
from .makedocs import ENGLISH, make_docx, make_pdf
from .test_themes import SUBMISSIONS, write_submission

COVER = ["Rainbow Coalition of Kenya", "Submission to the Independent Expert on SOGI", "March 2024"]
CONTENTS = [
    "Contents",
    "1. Legal gender recognition .......... 2",
    "2. Violence and policing .......... 2",
]
CONTACT = "Contact: Jane Wanjiru, jane@rainbow-coalition.org, +254 20 123 4567"
COPYRIGHT = "© 2024 Rainbow Coalition of Kenya. All rights reserved."
FOOTNOTE = "3 Human Rights Committee, concluding observations, CCPR/C/KEN/CO/4, para. 12."
QUESTION = (
    "What legal measures has your State adopted to recognise the gender identity of trans persons?"
)


def roles(passages):
    return {p["text"]: p["role"] for p in passages}


def role_of(passages, start):
    found = [p for p in passages if p["text"].startswith(start)]
    assert found, f"no passage starts with {start!r}: {[p['text'][:40] for p in passages]}"
    return found[0]


def report_pages():
    return [
        COVER,
        CONTENTS,
        [
            "1. Legal gender recognition",
            ENGLISH[1],
            "2. Violence and policing",
            ENGLISH[0],
            FOOTNOTE,
        ],
        [ENGLISH[2], CONTACT, COPYRIGHT],
    ]


def test_a_pdf_report_has_its_cover_contents_headings_notes_and_contacts_told_apart(tmp_path):
    path = make_pdf(tmp_path / "report.pdf", report_pages())
    passages = read_file("report.pdf", path.read_bytes(), ocr=False)["passages"]
    assert role_of(passages, "Rainbow Coalition of Kenya")["role"] == "front_matter"
    assert role_of(passages, "Contents")["role"] == "front_matter"
    assert (
        role_of(passages, "1. Legal gender recognition")["role"] == "front_matter"
    )  # a contents line
    gender = role_of(passages, "Legal recognition of gender identity")
    assert gender["role"] == "body" and gender["section"] == "1. Legal gender recognition"
    violence = role_of(passages, "The organisation documents cases of violence")
    assert violence["role"] == "body" and violence["section"] == "2. Violence and policing"
    assert role_of(passages, "2. Violence and policing")["role"] == "heading"
    assert role_of(passages, "3 Human Rights Committee")["role"] == "footnote_reference"
    assert role_of(passages, "Contact:")["role"] == "contact_signature"
    assert role_of(passages, "©")["role"] == "front_matter"
    assert role_of(passages, "We recommend that the Government repeal")["role"] == "body"
    assert all(p["reason"] for p in passages if p["role"] != "body")


def test_a_docx_keeps_headings_as_sections_and_its_word_footnotes_apart(tmp_path):
    path = make_docx(
        tmp_path / "answers.docx", ["Legal gender recognition", ENGLISH[1], CONTACT, COPYRIGHT]
    )
    passages = read_file("answers.docx", path.read_bytes(), ocr=False)["passages"]
    body = role_of(passages, "Legal recognition of gender identity")
    assert body["role"] == "body" and body["section"] == "Legal gender recognition"
    assert "Legal gender recognition" not in body["text"]
    assert role_of(passages, "Contact:")["role"] == "contact_signature"
    assert role_of(passages, "©")["role"] == "front_matter"
    noted = read_file(
        "f.docx", (FIXTURES / "real" / "mammoth__footnotes.docx").read_bytes(), ocr=False
    )["passages"]
    assert roles(noted)["A tachyon walks into a bar."] == "footnote_reference"


def test_a_one_line_document_is_text_not_a_heading():
    assert [
        p["role"]
        for p in structure.classify(
            split_pages(["Our submission asks for the repeal of article 377"])
        )
    ] == ["body"]


def test_quotes_are_whole_statements_without_paragraph_numbers_or_questions():
    text = (
        "12. The police raided the community centre in March 2023 and detained 14 people.4 "
        "Nobody was charged. What happened next? The detainees were released after three days"
    )
    assert quotes.statement(text) == (
        "The police raided the community centre in March 2023 and detained 14 people. "
        "Nobody was charged."
    )
    assert quotes.statement("What legal measures exist in your country for trans people?") is None
    assert quotes.statement("CCPR/C/KEN/CO/4, para. 12; ibid., para. 14.") is None
    assert (
        quotes.statement("adolescents and children, causing long waiting times for treatment.")
        is None
    )


def test_a_caption_is_set_aside_as_a_heading_of_what_follows():
    text = (
        f"{ENGLISH[0]}\n\nTable 1: Detentions of trans women by city, 2021 to 2023.\n\n{ENGLISH[2]}"
    )
    caption = role_of(structure.classify(split_pages([text])), "Table 1:")
    assert caption["role"] == "heading" and "caption" in caption["reason"]


def test_a_caption_is_no_quote():
    assert (
        quotes.statement("Table 1: Backlogs in courts of first instance as at 30 September 2013.")
        is None
    )
    assert (
        quotes.statement("Source: the Ministry of Justice, annual report for the year 2013.")
        is None
    )
    # a form's fields left blank are no statement: "Name: ____", "经营地址 。"
    assert (
        quotes.statement("The applicant, ____________, declares that the information is true.")
        is None
    )
    assert (
        quotes.statement(
            "我 （姓名）系 （投标人名称）的法定代表人，我方愿意参加贵方组织的 项目的投标。"
        )
        is None
    )


def test_a_speech_keeps_its_text_apart_from_its_title_dateline_salutation_and_opening():
    speech = [
        "Statement by Sweden at the General Assembly\n\n"
        "New York, torsdag den 7 mars 2024. Det talade ordet gäller.\n\n"
        "Madame Chair,\n\n"
        "It is an honour for me to speak before the General Assembly on behalf of Sweden.\n\n"
        + ENGLISH[2]
        + "\n\nExcellencies, ladies and gentlemen,\n\n"
        + ENGLISH[1]
        + "\n\n1. Violence against trans women (recommendations 14, 22 and 31)\n\n"
        + ENGLISH[0]
    ]
    passages = structure.classify(split_pages(speech))
    assert role_of(passages, "New York, torsdag")["role"] == "front_matter"
    assert role_of(passages, "Excellencies")["role"] == "procedural"
    opening = role_of(passages, "It is an honour")  # set aside when themes are proposed
    assert procedural.sentence_cues(opening["text"], "en")[0][1] == "opening"
    assert role_of(passages, "1. Violence against trans women")["role"] == "heading"
    body = role_of(passages, "The organisation documents cases")
    assert body["role"] == "body" and body["section"].startswith("1. Violence against")
    assert role_of(passages, "We recommend that the Government")["role"] == "body"


def test_a_numbered_paragraph_ending_in_an_acronym_is_not_a_heading():
    passages = structure.classify(
        split_pages(
            [
                ENGLISH[2] + "\n\n5. The Office of the United Nations High Commissioner for "
                "Refugees (UNHCR)\n\nwelcomed the pledge of the Government to accede to the "
                "convention on statelessness and to adopt a procedure."
            ]
        )
    )
    assert all(p["role"] == "body" for p in passages), passages


@pytest.fixture
def built_call(tmp_path):
    """Three real submissions (PDF and DOCX) ingested with the CLI, with the call's questionnaire."""
    folder = tmp_path / "in"
    make_pdf(folder / "report.pdf", report_pages())
    make_docx(
        folder / "answers.docx",
        ["Legal gender recognition", QUESTION, ENGLISH[1], ENGLISH[0], CONTACT],
    )
    make_docx(
        folder / "letter.docx", [QUESTION, "We answer in our report.", ENGLISH[2], ENGLISH[0]]
    )
    questions = tmp_path / "questions.txt"
    questions.write_text(
        f"1. {QUESTION}\n2. Please describe good practices in the collection of data.\n"
    )
    db_path = tmp_path / "wb.db"
    runner = CliRunner()
    done = runner.invoke(
        cli,
        [
            "--db",
            str(db_path),
            "ingest",
            "--call",
            "c",
            "--workers",
            "0",
            "--questions",
            str(questions),
            str(folder),
        ],
    )
    assert done.exit_code == 0, done.output
    assert "questionnaire: 2 questions" in done.output
    done = runner.invoke(
        cli,
        [
            "--db",
            str(db_path),
            "themes",
            "--call",
            "c",
            "--format",
            "json",
            "--refresh",
            "--k",
            "2",
        ],
    )
    assert done.exit_code == 0, done.output
    db = store.open_db(db_path)
    yield db
    db.conn.close()


def test_echoed_questions_are_set_aside_with_their_reason_and_the_questionnaire_can_change(
    built_call,
):
    db = built_call
    rows = structure.call_roles(db, "c")
    echoed = [r for r in rows if r["text"].startswith("What legal measures")]
    assert echoed and all(r["role"] == "echoed_question" for r in echoed)
    assert all("question 1" in r["reason"] for r in echoed)
    assert questionnaire.questions(db, "c")[0] == QUESTION
    questionnaire.set_questions(
        db, "c", "Is there anything else you would like to add to your answers?"
    )
    themes.refresh(db, "c", n_themes=2)
    assert all(
        r["role"] == "body"
        for r in structure.call_roles(db, "c")
        if r["text"].startswith("What legal")
    )


def test_only_body_passages_are_clustered_or_quoted_and_the_submissions_page_shows_the_rest(
    built_call,
):
    db = built_call
    non_body = {r["id"] for r in structure.call_roles(db, "c") if r["role"] != "body"}
    assert len(non_body) >= 8
    listed = themes.list_themes(db, "c", internal=True)
    assert listed
    for theme in listed:
        assert not {p["passage_id"] for p in theme["passages"]} & non_body
        for quote in themes.representative_passages(theme):
            assert 1 <= len(quotes.sentences(quote["text"])) <= 3
            assert quote["text"] in quotes.clean(quote["passage_text"])
            assert not quote["text"][:2].rstrip(".").isdigit()
    report = next(s for s in store.list_submissions(db, "c") if s["source"] == "report.pdf")
    shown = submissions.detail(db, report["id"])["passages"]
    assert {"front_matter", "heading", "footnote_reference", "contact_signature", "body"} <= {
        p["role"] for p in shown
    }
    assert all(p["reason"] for p in shown if p["role"] != "body")


def _theme_signature(db):
    """Themes as sets of passage texts with their labels: what a reader sees, without ids."""
    return sorted(
        (t["label"], tuple(sorted(p["text"] for p in t["passages"])))
        for t in themes.list_themes(db, "themes-call", internal=True)
    )


def test_the_same_files_give_the_same_themes_whatever_the_order_and_number_of_workers(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for i, spec in enumerate(SUBMISSIONS):
        write_submission(folder, spec, i)
    results = []
    for run, (order, workers) in enumerate([(SUBMISSIONS, 0), (SUBMISSIONS[::-1], 2)]):
        db = store.open_db(tmp_path / f"run{run}.db")
        for spec in order:  # one at a time: submission ids follow this order
            ingest.ingest(db, "themes-call", [folder / spec[0]], n_workers=workers)
        ids = {s["source"]: s["id"] for s in store.list_submissions(db, "themes-call")}
        found = []
        for k in (5, 7):  # more themes than topics: the split depends on the order of the rows
            themes.refresh(db, "themes-call", n_themes=k)
            found.append(_theme_signature(db))
        results.append((ids, found))
        db.conn.close()
    assert results[0][0] != results[1][0]  # different ids ...
    assert results[0][1] == results[1][1]  # ... same themes
    assert [len(signature) for signature in results[0][1]] == [5, 7]


def test_each_word_paragraph_is_a_passage_even_without_a_full_stop(tmp_path):
    unfinished = (
        ENGLISH[0].rstrip(".")
        + " and in the capital, where shelters are full and the police do not come"
    )
    path = make_docx(tmp_path / "lines.docx", [unfinished, ENGLISH[1], ENGLISH[2]])
    passages = read_file("lines.docx", path.read_bytes(), ocr=False)["passages"]
    assert [p["text"] for p in passages] == [unfinished, ENGLISH[1], ENGLISH[2]]


def test_the_calls_page_keeps_a_pasted_questionnaire(db_path):
    store.ensure_call(store.open_db(db_path), "c1")
    app = open_page("calls")
    app.text_area(key="calls_questions_c1").input(
        f"1. {QUESTION}\n2. Please describe good practices in data.\n"
    )
    app.button(key="calls_questions_save").click().run()
    assert not app.exception
    assert any("2 questions" in s.value for s in app.success)
    assert questionnaire.questions(store.open_db(db_path), "c1") == [
        QUESTION,
        "Please describe good practices in data.",
    ]


def test_the_background_document_quotes_only_statements_when_nobody_picks():
    from workbench.background import build

    passages = [
        {"passage_id": 1, "submission_id": 1, "weight": 0.9, "language": "en", "text": COVER[1]},
        {"passage_id": 2, "submission_id": 2, "weight": 0.8, "language": "en", "text": FOOTNOTE},
        {"passage_id": 3, "submission_id": 3, "weight": 0.1, "language": "en", "text": ENGLISH[2]},
    ]
    counted = {i: {"submitter_type": "ngo", "region": "Africa"} for i in (1, 2, 3)}
    picked = build.diverse(build.Ranked(passages, statements_only=True), counted, 3)
    assert [p["passage_id"] for p in picked] == [3]
    offered = build.rank_for_quotes(passages)  # people picking still see every passage
    assert [p["passage_id"] for p in offered][0] == 3 and len(offered) == 3


def test_a_markdown_rule_is_a_break_not_text_run_into_the_next_paragraph():
    """A web page saved as Markdown (as ../shared/realworld/texts/drw__… is): its front
    matter between '---' lines is a cover, and neither '---' nor '\\*\\*\\*' starts a passage."""
    page = (
        "---\ntitle: Joint Submission for the United Kingdom's Universal Periodic Review\n"
        "authors: [drw]\ndate: 2016-09-16T15:51:20+00:00\n---\n"
        f"{ENGLISH[0]}\n\n\\*\\*\\*\n\n{ENGLISH[1]}"
    )
    passages = structure.classify(split_pages([page]))
    assert role_of(passages, "title:")["role"] == "front_matter"
    assert [p["text"] for p in passages if p["role"] == "body"] == [ENGLISH[0], ENGLISH[1]]
