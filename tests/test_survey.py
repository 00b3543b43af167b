"""Survey exports as submissions (issue 14, part 2): real CSV and XLSX files written here in the
layouts the five tools export (documented by each tool; summarised per builder), ingested for real.

- Microsoft Forms (Excel): ID, Start time, Completion time, Email, Name, then one column per
  question; a multiple-answer question is one column, answers joined by ";".
- Google Forms (CSV from Sheets): Timestamp, Email address, then one column per question; a
  checkbox question is one column joined by ", "; a grid is "Question [Row]".
- KoboToolbox (XLSX, labels): start, end, the questions, a select_multiple as one column plus
  one 0/1 column per choice "Question/choice", then _id, _uuid, _submission_time, ... _index.
- SurveyMonkey (XLSX, expanded): two header rows — the question on row 1 over its columns,
  "Response" / "Open-Ended Response" or each choice on row 2; Respondent ID, Collector ID,
  Start Date, End Date, IP Address, Email Address, First Name, Last Name, Custom Data 1 first.
- LimeSurvey (CSV, full question text): id, submitdate, lastpage, startlanguage, seed,
  startdate, datestamp, the questions; a multiple choice is one "Question [option]" column
  per option holding "Y" or nothing.
"""

import csv

import openpyxl
import pytest
from click.testing import CliRunner

from workbench import store, survey, tagging
from workbench.cli import cli
from workbench.tagging import review, tagger

CALL = "covid"

# (organisation, person, email, type, country, consent, challenge answer, practice answer)
PEOPLE = [
    (
        "Rainbow Health Network",
        "Amina Diallo",
        "amina@rainbowhealth.org",
        "Civil society organization",
        "Senegal",
        "Yes",
        "Lesbian and bisexual women were turned away from clinics during the lockdown. Hormone therapy for trans "
        "people was interrupted for months because pharmacies closed.",
        "Community health workers delivered medicines door to door.",
    ),
    (
        "",
        "Carlos Pérez",
        "carlos.perez@example.com",
        "Individual",
        "Peru",
        "No",
        "I lost my job and could not pay rent; my landlord insulted me because I am gay. Shelters refused to take me.",
        "",
    ),
    (
        "Ministry of Health",
        "",
        "info@minsalud.example",
        "Government",
        "Colombia",
        "Yes",
        "Public health measures were adopted with an inclusive approach, including guidance for health staff on "
        "non-discrimination.",
        "A hotline for LGBT persons was opened in 2020.",
    ),
    (
        "Trans Solidarity Collective",
        "Léa Martin",
        "lea@transsolidarity.example",
        "Civil society organization",
        "France",
        "",
        "Police used curfew enforcement to harass trans sex workers in the streets of Paris.",
        "Emergency funds were distributed to trans sex workers.",
    ),
    (
        "Queer Youth Lebanon",
        "Rami Haddad",
        "rami@qyl.example",
        "Civil society organization",
        "Lebanon",
        "Yes",
        "Young people confined with hostile families faced violence at home. Please do not publish our name: "
        "our staff could face reprisals.",
        "Online counselling sessions every week.",
    ),
]
CHALLENGE = "What were the main challenges faced by LGBT persons during the COVID-19 pandemic?"
PRACTICE = "Please describe any good practices you are aware of."


def _xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _csv(path, rows, delimiter=","):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def microsoft_forms(path, people=PEOPLE):
    header = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Last modified time",
        "Name of your organisation",
        "Type of organisation",
        "Country",
        "Which areas does your work cover?",
        CHALLENGE,
        PRACTICE,
        "Do you consent to the publication of your submission?",
    ]
    rows = [
        [
            n,
            "11/3/25 9:01:02",
            "11/3/25 9:20:40",
            email,
            person or "anonymous",
            "",
            org,
            kind,
            country,
            "Health;Employment;",
            challenge,
            practice,
            consent,
        ]
        for n, (org, person, email, kind, country, consent, challenge, practice) in enumerate(
            people, 1
        )
    ]
    return _xlsx(path, [header, *rows])


def google_forms(path, people=PEOPLE):
    header = [
        "Marca temporal",
        "Dirección de correo electrónico",
        "Nombre completo",
        "Organización",
        "Tipo de organización",
        "País",
        "¿Autoriza la publicación de su contribución?",
        "¿Cuáles fueron los principales desafíos para las personas LGBT durante la pandemia?",
        "Ámbitos de trabajo",
        "¿Qué buenas prácticas conoce?",
    ]
    rows = [
        [
            f"2025/03/1{n} 10:00:00",
            email,
            person,
            org,
            kind,
            country,
            {"Yes": "Sí", "No": "No"}.get(consent, ""),
            challenge,
            "Salud, Empleo",
            practice,
        ]
        for n, (org, person, email, kind, country, consent, challenge, practice) in enumerate(
            people
        )
    ]
    return _csv(path, [header, *rows])


def kobotoolbox(path, people=PEOPLE):
    header = [
        "start",
        "end",
        "Nom",
        "Organisation",
        "Pays",
        "Consentement à la publication de votre nom",
        "Quels ont été les principaux défis pendant la pandémie ?",
        "Domaines d'intervention",
        "Domaines d'intervention/sante",
        "Domaines d'intervention/emploi",
        "Bonnes pratiques",
        "_id",
        "_uuid",
        "_submission_time",
        "_validation_status",
        "_notes",
        "_status",
        "_submitted_by",
        "__version__",
        "_tags",
        "_index",
    ]
    rows = [
        [
            "2025-03-01T10:00:00",
            "2025-03-01T10:15:00",
            person,
            org,
            country,
            {"Yes": "Oui", "No": "Non"}.get(consent, ""),
            challenge,
            "sante emploi",
            1,
            1,
            practice,
            1000 + n,
            f"5e0c8a1e-0000-4000-8000-00000000000{n}",
            "2025-03-01T10:16:00",
            "",
            "",
            "submitted_via_web",
            "",
            "vQ7x",
            "",
            n + 1,
        ]
        for n, (org, person, email, kind, country, consent, challenge, practice) in enumerate(
            people
        )
    ]
    return _xlsx(path, [header, *rows])


def surveymonkey(path, people=PEOPLE):
    top = [
        "Respondent ID",
        "Collector ID",
        "Start Date",
        "End Date",
        "IP Address",
        "Email Address",
        "First Name",
        "Last Name",
        "Custom Data 1",
        "What is the name of your organization?",
        "Which of the following best describes your organization?",
        "",
        "",
        "In which country are you based?",
        CHALLENGE,
        PRACTICE,
        "May we publish your name with your submission?",
    ]
    second = [
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Response",
        "Civil society organization",
        "Government",
        "Other (please specify)",
        "Response",
        "Open-Ended Response",
        "Open-Ended Response",
        "Response",
    ]
    rows = []
    for n, (org, person, email, kind, country, consent, challenge, practice) in enumerate(people):
        first, _, last = person.partition(" ")
        rows.append(
            [
                11800000000 + n,
                400000000,
                "03/01/2025 10:00:00 AM",
                "03/01/2025 10:20:00 AM",
                "203.0.113.7",
                email,
                first,
                last,
                "",
                org,
                kind if kind.startswith("Civil") else "",
                kind if kind == "Government" else "",
                kind if kind == "Individual" else "",
                country,
                challenge,
                practice,
                consent,
            ]
        )
    return _xlsx(path, [top, second, *rows])


def limesurvey(path, people=PEOPLE):
    header = [
        "id",
        "submitdate",
        "lastpage",
        "startlanguage",
        "seed",
        "startdate",
        "datestamp",
        "Name",
        "Organisation",
        "Country",
        "Do you agree that your contribution is published with your name?",
        CHALLENGE,
        "Which topics does your contribution address? [Health]",
        "Which topics does your contribution address? [Employment]",
        PRACTICE,
    ]
    rows = [
        [
            n,
            "2025-03-01 10:20:00",
            3,
            "en",
            12345 + n,
            "2025-03-01 10:00:00",
            "2025-03-01 10:20:00",
            person,
            org,
            country,
            consent,
            challenge,
            "Y",
            "",
            practice,
        ]
        for n, (org, person, email, kind, country, consent, challenge, practice) in enumerate(
            people, 1
        )
    ]
    return _csv(path, [header, *rows])


TOOLS = {
    "microsoft_forms.xlsx": microsoft_forms,
    "google_forms.csv": google_forms,
    "kobotoolbox.xlsx": kobotoolbox,
    "surveymonkey.xlsx": surveymonkey,
    "limesurvey.csv": limesurvey,
}


def _ingest(db, path, mapping=None):
    found = survey.read(path.read_bytes(), path.name)
    return survey.ingest_survey(
        db, CALL, path.read_bytes(), path.name, mapping or survey.guess_mapping(found)
    )


def _by_person(db):
    """{organisation or person: (submission row, its passages)}."""
    found = {}
    for sub in store.list_submissions(db, CALL):
        found[sub["submitter"]] = (sub, store.submission_passages(db, sub["id"]))
    return found


@pytest.mark.parametrize("name", TOOLS)
def test_each_tool_export_becomes_one_submission_per_response(db, tmp_path, name):
    path = TOOLS[name](tmp_path / name)
    report = _ingest(db, path)
    assert report.added == len(PEOPLE) and report.empty == 0
    subs = _by_person(db)
    assert set(subs) >= {
        "Rainbow Health Network",
        "Ministry of Health",
        "Trans Solidarity Collective",
    }
    sub, passages = subs["Rainbow Health Network"]
    assert sub["country"] == "SEN" and sub["region"] == "africa" and sub["status"] == "ok"
    read = survey.read(path.read_bytes(), path.name)
    questions = survey.apply_mapping(read, survey.guess_mapping(read)).questions
    assert len(questions) == 2  # the two free-text questions, nothing else
    assert len({p["page"] for p in passages}) == 2  # the page is the question's number in the form
    assert all(p["section"] == read.form_questions[p["page"] - 1] for p in passages)
    assert {p["section"] for p in passages} == set(questions)
    text = " ".join(p["text"] for p in passages)
    assert "turned away from clinics" in text and "door to door" in text
    assert "Health" not in {p["text"] for p in passages}  # a choice is not a passage
    assert "amina@" not in text and "Senegal" not in text  # who answered is not a passage either
    carlos = next(s for s, _ in subs.values() if s["country"] == "PER")
    assert carlos["submitter_type"] == "individual"
    assert len(store.submission_passages(db, carlos["id"])) == 1  # an empty answer is no passage


@pytest.mark.parametrize("name", TOOLS)
def test_consent_fails_closed(db, tmp_path, name):
    _ingest(db, TOOLS[name](tmp_path / name))
    level = {s["submitter"]: s["confidentiality"] for s, _ in _by_person(db).values()}
    assert level["Trans Solidarity Collective"] != "public"  # consent left empty
    assert all(
        s["confidentiality"] != "public"
        for s, _ in _by_person(db).values()
        if s["country"] == "PER"
    )  # "no"
    assert level["Queer Youth Lebanon"] != "public"  # "yes", but the answer asks not to be named
    assert level["Rainbow Health Network"] == "public"  # a clear yes and nothing else


def test_guessed_columns_in_three_languages(tmp_path):
    guesses = {
        name: survey.guess_mapping(survey.read(build(tmp_path / name).read_bytes(), name))
        for name, build in TOOLS.items()
    }
    assert guesses["microsoft_forms.xlsx"] == {
        "consent": "Do you consent to the publication of your submission?",
        "email": "Email",
        "type": "Type of organisation",
        "country": "Country",
        "organisation": "Name of your organisation",
        "name": "Name",
    }
    assert guesses["google_forms.csv"]["consent"] == "¿Autoriza la publicación de su contribución?"
    assert guesses["google_forms.csv"]["organisation"] == "Organización"
    assert guesses["kobotoolbox.xlsx"]["country"] == "Pays"
    assert guesses["kobotoolbox.xlsx"]["name"] == "Nom"
    monkey = guesses["surveymonkey.xlsx"]
    assert monkey["name"] == ["First Name", "Last Name"] and len(monkey["type"]) == 3
    assert guesses["limesurvey.csv"]["consent"].startswith("Do you agree")


def test_reimport_adds_nothing_and_a_later_export_only_new_rows(db, tmp_path):
    first = microsoft_forms(tmp_path / "first.xlsx", PEOPLE[:3])
    assert _ingest(db, first).added == 3
    again = _ingest(db, first)
    assert again.added == 0 and again.unchanged == 3
    later = microsoft_forms(tmp_path / "later.xlsx", PEOPLE)
    report = _ingest(db, later)
    assert (report.added, report.unchanged) == (2, 3)
    assert len(store.list_submissions(db, CALL)) == 5


def test_cli_writes_the_guess_then_imports_and_reuses_the_mapping(tmp_path):
    db_file, runner = tmp_path / "wb.db", CliRunner()
    export = surveymonkey(tmp_path / "export.xlsx")
    mapping = tmp_path / "mapping.toml"
    result = runner.invoke(
        cli,
        [
            "--db",
            str(db_file),
            "ingest",
            "--call",
            CALL,
            "--survey",
            str(export),
            "--mapping",
            str(mapping),
        ],
    )
    assert result.exit_code == 0, result.output
    # The questions counted are those left once who answered is set aside (CHALLENGE, PRACTICE).
    assert "free-text questions: 2 " in result.output
    assert (
        "check them" in result.output
        and not store.open_db(db_file)
        .conn.execute("select count(*) from submissions")
        .fetchone()[0]
    )
    # The person corrects the guess: no e-mail column is to be kept as who answered.
    text = mapping.read_text("utf-8")
    assert 'consent = "May we publish your name with your submission?"' in text
    mapping.write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("email")) + "\n"
    )
    result = runner.invoke(
        cli,
        [
            "--db",
            str(db_file),
            "ingest",
            "--call",
            CALL,
            "--survey",
            str(export),
            "--mapping",
            str(mapping),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "5 responses (5 new" in result.output
    later = surveymonkey(
        tmp_path / "later.xlsx",
        PEOPLE
        + [
            (
                "Red Andina",
                "Ana Quispe",
                "ana@redandina.example",
                "Civil society organization",
                "Bolivia",
                "Yes",
                "Discrimination in hospitals grew.",
                "",
            )
        ],
    )
    result = runner.invoke(
        cli, ["--db", str(db_file), "ingest", "--call", CALL, "--survey", str(later)]
    )
    assert result.exit_code == 0, result.output
    assert "kept from the last import" in result.output and "email         (none)" in result.output
    assert "(1 new, 0 changed, 5 already stored" in result.output
    listed = runner.invoke(
        cli, ["--db", str(db_file), "submissions", "--call", CALL, "--format", "csv"]
    ).output
    assert "Rainbow Health Network" in listed and "Trans Solidarity Collective" not in listed


def test_a_broken_export_is_one_clear_line(tmp_path):
    bad = tmp_path / "export.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "wb.db"), "ingest", "--call", CALL, "--survey", str(bad)]
    )
    assert result.exit_code == 1 and "not a readable XLSX workbook" in result.output


def test_upload_page_shows_the_guess_and_imports(served_app, browser_page, tmp_path):
    """In Chromium: a survey export on the Upload page, its who-answered columns shown, imported."""
    url, db_file = served_app
    store.ensure_call(store.open_db(db_file), CALL, title="COVID-19 consultation")
    export = google_forms(tmp_path / "respuestas.csv")
    page = browser_page
    page.goto(url)
    page.get_by_role("link", name="Upload").click()
    page.get_by_text("A survey export").first.wait_for()
    page.locator("input[type=file]").nth(2).set_input_files(str(export))
    page.get_by_text("guessed from the header").first.wait_for(timeout=60000)
    page.get_by_text("¿Autoriza la publicación de su contribución?").first.wait_for()
    page.get_by_role("button", name="Import 5 responses").click()
    page.get_by_text("5 responses (5 new").wait_for(timeout=60000)
    subs = store.list_submissions(store.open_db(db_file), CALL)
    assert len(subs) == 5 and {s["country"] for s in subs} >= {"SEN", "PER", "COL", "FRA", "LBN"}


def test_respondents_without_consent_leave_no_trace_in_shareable_outputs(db, tmp_path):
    """Survey answers flow into themes and the REFI-QDA export like documents, and the names,
    e-mails and organisations of respondents who did not consent stay out of what is shared."""
    import io
    import zipfile

    from workbench import qda, submissions, themes

    _ingest(db, microsoft_forms(tmp_path / "export.xlsx"))
    themes.refresh(db, CALL, n_themes=2, user="test")
    buffer = io.BytesIO()
    qda.export_project(db, CALL, buffer)
    with zipfile.ZipFile(buffer) as archive:
        shared = "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())
    shared += str(submissions.table(db, CALL, internal=False)) + str(themes.list_themes(db, CALL))
    for secret in (
        "Carlos Pérez",
        "carlos.perez@example.com",
        "Trans Solidarity Collective",
        "lea@transsolidarity.example",
        "Queer Youth Lebanon",
        "rami@qyl.example",
    ):
        assert secret not in shared
    assert "Rainbow Health Network" in shared  # consented: named
    assert "turned away from clinics" in shared  # answers are sources and quotes


def test_statistics_count_responses_like_documents(db, tmp_path):
    """One response, one submission: the statistics table counts respondents by the type and
    country they declared, with a theme column once themes are proposed."""
    from workbench import stats, themes

    _ingest(db, google_forms(tmp_path / "export.csv"))
    table = stats.count(db, CALL, rows="submitter_type")
    assert table.counts[("civil_society", stats.table.TOTAL)] == 3
    assert table.counts[("individual", stats.table.TOTAL)] == 1
    assert table.counts[("state", stats.table.TOTAL)] == 1
    assert table.counts[(stats.table.TOTAL, stats.table.TOTAL)] == len(PEOPLE)
    themes.refresh(db, CALL, n_themes=2, user="test")
    by_theme = stats.count(db, CALL, rows="theme")
    counted = {
        i for (r, _), ids in by_theme.members.items() if r is not stats.table.TOTAL for i in ids
    }
    assert counted == {s["id"] for s in store.list_submissions(db, CALL)}  # every respondent


def test_the_answers_are_read_as_the_tagger_would_read_them_back(db, tmp_path):
    """The confidentiality reader reads a response from its record before it is stored (no
    re-read): the same parts, in the same order, as the tagger's loader reads from the database."""
    from workbench.tagging import documents

    path = microsoft_forms(tmp_path / "export.xlsx")
    _ingest(db, path)
    form = survey.read(path.read_bytes(), path.name)
    survey.apply_mapping(form, survey.guess_mapping(form))
    call_id = store.get_call(db, CALL)["id"]
    for source, digest, who, answers, choices in survey.responses(form):
        record = survey._record(source, digest, who, answers, choices, "", 0)
        stored = store.find_submission(db, call_id, source)
        loaded = documents.load(db, stored["id"])
        assert survey._document(stored["id"], record).parts == loaded.parts
        assert record["language"] == loaded.language


def _stored(db, call):
    return [
        (
            s["source"],
            s["submitter"],
            s["language"],
            s["confidentiality"],
            [p["text"] for p in store.submission_passages(db, s["id"])],
        )
        for s in store.list_submissions(db, call)
    ]


def test_a_large_export_is_read_by_workers_in_order_and_an_edited_response_replaces_its_own(
    db, tmp_path
):
    """Above one chunk of responses, worker processes read the answers while this process
    writes: what is stored is what one process stores, in the export's order, and a request
    written in an answer is still found."""
    people = [
        (f"{org} {n}" if org else "", f"{person} {n}", *rest)
        for n in range(24)
        for org, person, *rest in PEOPLE
    ]
    path = microsoft_forms(tmp_path / "big.xlsx", people)
    data = path.read_bytes()
    mapping = survey.guess_mapping(survey.read(data, path.name))
    for call, n_workers in (("by-workers", 2), ("in-one-process", 0)):
        report = survey.ingest_survey(db, call, data, path.name, mapping, n_workers=n_workers)
        assert report.added == len(people) > 2 * survey.CHUNK
    by_workers = _stored(db, "by-workers")
    assert by_workers == _stored(db, "in-one-process")
    assert [int(s[0].rsplit(" ", 1)[1]) for s in by_workers] == list(range(1, len(people) + 1))
    level = {s[1]: s[3] for s in by_workers}
    assert all(level[f"Queer Youth Lebanon {n}"] != "public" for n in range(24))
    assert all(level[f"Rainbow Health Network {n}"] == "public" for n in range(24))

    people[6] = (*people[6][:6], "Clinics reopened but trans patients were still refused.", "")
    edited = microsoft_forms(tmp_path / "edited.xlsx", people)
    report = survey.ingest_survey(db, "by-workers", edited.read_bytes(), edited.name, mapping)
    assert (report.added, report.updated, report.unchanged) == (0, 1, len(people) - 1)
    after = {s[0]: s for s in _stored(db, "by-workers")}
    assert len(after) == len(people)
    assert after[by_workers[6][0]][4] == ["Clinics reopened but trans patients were still refused."]


def test_a_zip_bomb_posing_as_a_workbook_is_refused_before_it_is_opened(tmp_path):
    import zipfile

    bomb = tmp_path / "export.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "wb.db"), "ingest", "--call", CALL, "--survey", str(bomb)]
    )
    assert result.exit_code == 1 and "a ZIP bomb, not read" in result.output, result.output


def test_a_consent_question_asked_the_other_way_round(db, tmp_path):
    """ "Do you wish to remain anonymous?" — "Yes" is a request, only "No" lets the name out."""
    rows = [
        [
            "id",
            "submitdate",
            "Organisation",
            "Country",
            "Do you wish to remain anonymous?",
            CHALLENGE,
        ],
        [1, "2025-03-01", "Rainbow Health Network", "Senegal", "Yes", PEOPLE[0][6]],
        [2, "2025-03-01", "Ministry of Health", "Colombia", "No", PEOPLE[2][6]],
        [3, "2025-03-01", "Trans Solidarity Collective", "France", "", PEOPLE[3][6]],
    ]
    path = _csv(tmp_path / "limesurvey.csv", rows)
    assert (
        survey.guess_mapping(survey.read(path.read_bytes(), path.name))["consent"]
        == "Do you wish to remain anonymous?"
    )
    _ingest(db, path)
    level = {s["submitter"]: s["confidentiality"] for s, _ in _by_person(db).values()}
    assert level == {
        "Rainbow Health Network": "withhold_name",
        "Ministry of Health": "public",
        "Trans Solidarity Collective": "withhold_name",
    }


def test_retagging_the_call_never_publishes_a_respondent_who_did_not_consent(db, tmp_path):
    from workbench import tagging

    _ingest(db, google_forms(tmp_path / "export.csv"))
    tagging.tag_call(db, CALL)
    level = {s["submitter"]: s["confidentiality"] for s, _ in _by_person(db).values()}
    assert level["Trans Solidarity Collective"] != "public"
    assert all(
        s["confidentiality"] != "public"
        for s, _ in _by_person(db).values()
        if s["country"] == "PER"
    )


def test_respondents_who_name_nobody_are_tagged_by_the_workers_as_the_tagger_reads_them(
    db, tmp_path
):
    """A form that asks no name: the worker processes run the whole tagger on each response,
    and what they read is what the tagger reads from the stored submission."""
    from bench.survey import write_export
    from workbench import tagging
    from workbench.tagging import documents

    path = tmp_path / "anonymous.xlsx"
    write_export(path, 3 * survey.CHUNK, 4, anonymous=True)
    form = survey.read(path.read_bytes(), path.name)
    mapping = survey.guess_mapping(form)
    assert "name" not in mapping and "organisation" not in mapping
    survey.ingest_survey(db, CALL, path.read_bytes(), path.name, mapping, n_workers=2, form=form)
    call_id = store.get_call(db, CALL)["id"]
    chunk = [(*response, "", 0) for response in survey.responses(form)]
    for response, (record, request, tags) in zip(chunk, survey._read_chunk((0, chunk))):
        stored = store.find_submission(db, call_id, response[0])
        if not record["n_pages"]:  # nothing answered: nothing to read
            assert tags is None
            continue
        assert tags == tagging.decide(db, documents.load(db, stored["id"]))
        assert stored["submitter"] == (tags["submitter"].value or None) and request is None


def _one_question_form(path, rows):
    header = ["ID", "What best describes you?", CHALLENGE, "Do you consent to publication?"]
    return _xlsx(path, [header, *rows])


def test_a_reviewed_submission_still_decides_the_type_of_an_anonymous_near_duplicate(db, tmp_path):
    """The workers read without the database; a type a person corrected on a near-duplicate
    (a form letter of one network) still decides a later respondent's, as in the tagger."""
    from workbench.tagging import tag_store

    letter = " ".join(PEOPLE[0][6] for _ in range(4)) + " " + PEOPLE[4][6].split(".")[0] + "."
    first = _one_question_form(tmp_path / "first.xlsx", [[1, "Other", letter, "Yes"]])
    _ingest(db, first)
    reviewed = store.list_submissions(db, CALL)[0]
    tag_store.review(
        db, reviewed["id"], {"submitter_type": "academic"}, [], reviewed["version"], "ana"
    )
    others = [[n, "Other", PEOPLE[n % 4][6] * 3, "Yes"] for n in range(3, 3 + 2 * survey.CHUNK)]
    later = _one_question_form(
        tmp_path / "later.xlsx", [[1, "Other", letter, "Yes"], [2, "Other", letter, "Yes"], *others]
    )
    data = later.read_bytes()
    mapping = survey.guess_mapping(survey.read(data, later.name))
    survey.ingest_survey(db, CALL, data, later.name, mapping, n_workers=2)
    kind = {
        s["source"].rsplit(" ", 1)[1]: s["submitter_type"] for s in store.list_submissions(db, CALL)
    }
    assert kind["2"] == "academic" and kind["3"] != "academic"


def test_a_tagging_failure_on_a_response_is_recorded_where_triage_shows_it(
    db, tmp_path, monkeypatch
):
    """Issue 13: errors are never swallowed. A response whose reading fails is kept, every tag
    carries the reason, and its confidentiality is never public (consent fails closed)."""

    def broken(db, doc):
        raise ValueError("a reader crashed")

    from bench.survey import write_export

    # fault injection, the real import runs: the workers' reading fails, then the main process's
    monkeypatch.setattr(tagger, "decide_many", lambda docs: broken(None, docs[0]))
    monkeypatch.setattr(tagging, "decide", broken)
    path = tmp_path / "anonymous.xlsx"
    write_export(path, 3, 2, anonymous=True)
    data = path.read_bytes()
    mapping = survey.guess_mapping(survey.read(data, path.name))
    survey.ingest_survey(db, CALL, data, path.name, mapping, n_workers=0)
    submissions = store.list_submissions(db, CALL)
    assert len(submissions) == 3
    for sub in submissions:
        details = {t["field"]: t for t in review.details(db, sub["id"])}
        assert "tagging failed: ValueError: a reader crashed" in details["submitter"]["evidence"]
        assert sub["confidentiality"] != "public"
