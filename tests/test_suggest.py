"""Literature suggestions (issue 16, point 3): per kind, one passage per submission, and
matched across languages on topics rather than on shared function words."""

import pytest

from workbench import ingest, notes, store, themes
from workbench.stores.sql import one

from .makedocs import make_docx

CALL = "suggest-call"

# Realistic submissions: several Spanish ones about employment (the kind of passages a
# Spanish note shares "de", "la", "las", "en" with), one about an ombuds office, English and
# French ones about conversion practices and legal gender recognition.
SUBMISSIONS = {
    "empleo_a.docx": [
        "Las personas trans enfrentan despidos injustificados y son excluidas de los procesos de "
        "contratación en el sector privado; la tasa de desempleo entre las mujeres trans supera "
        "el 80 % según la encuesta que realizamos en la capital.",
        "Los empleadores piden el documento de identidad y, cuando el nombre no coincide con la "
        "apariencia de la persona, la entrevista de trabajo termina allí.",
    ],
    "empleo_b.docx": [
        "En el trabajo, las personas lesbianas y gais ocultan su orientación por miedo al despido; "
        "la ley laboral no prohíbe la discriminación por orientación sexual en la contratación.",
        "Los sindicatos de la región no han incluido cláusulas de no discriminación en los "
        "convenios colectivos, y las trabajadoras trans quedan fuera del empleo formal.",
    ],
    "empleo_c.docx": [
        "El Ministerio de Trabajo no registra las denuncias de acoso laboral por identidad de género, "
        "y las inspecciones laborales nunca han sancionado a una empresa por despedir a un trabajador gay.",
        "Proponemos cuotas de empleo público para personas trans y programas de formación para "
        "los empleadores del sector privado.",
    ],
    "defensoria.docx": [
        "La Defensoría del Pueblo abrió en 2021 una unidad especializada para recibir quejas de "
        "personas LGBTI, pero carece de presupuesto y de personal en las regiones, y sus "
        "recomendaciones a las autoridades locales no son vinculantes.",
        "Pedimos que las defensorías del pueblo de la región publiquen informes anuales sobre las "
        "quejas de personas LGBTI y den seguimiento a sus recomendaciones.",
    ],
    "conversion_en.docx": [
        "So-called conversion practices are still offered by unlicensed counsellors and some "
        "religious groups; survivors describe forced prayer, isolation and confinement for weeks.",
        "Young people are most at risk: families send them to retreats where they are told that "
        "their orientation can be cured, and survivors report depression and suicide attempts.",
    ],
    "conversion_fr.docx": [
        "Les thérapies de conversion sont encore proposées par des guérisseurs et des groupes "
        "religieux; les victimes décrivent des prières forcées, des exorcismes et l'isolement.",
    ],
    "recognition_en.docx": [
        "Trans people cannot change the sex marker on their identity documents without a "
        "psychiatric diagnosis, sterilisation and a court order; we ask for a procedure based on "
        "self-determination.",
        "Without documents that match their gender identity, trans people are refused bank "
        "accounts, rental contracts and places at university.",
    ],
}


@pytest.fixture
def call(db, tmp_path):
    folder = tmp_path / "in"
    for name, paragraphs in SUBMISSIONS.items():
        make_docx(folder / name, paragraphs)
    ingest.ingest(db, CALL, [folder], n_workers=0)
    themes.refresh(db, CALL, n_themes=3)
    return CALL


def add(db, title, summary, tags=""):
    return notes.create_note(db, {"title": title, "summary": summary, "tags": tags}, user="ra")


def suggested(db, note):
    """[(kind, source file of the submission, score)] of a note's pending suggestions."""
    by_id = {s["id"]: s["source"] for s in store.list_submissions(db, CALL)}
    found = []
    for s in notes.pending(db, CALL, note_id=note["id"]):
        if s["target_type"] == "passage":
            sub = one(db, "select submission_id from passages where id = ?", [s["target_id"]])
            found.append(("passage", by_id[sub["submission_id"]], s["score"]))
        elif s["target_type"] == "submission":
            found.append(("submission", by_id[s["target_id"]], s["score"]))
        else:
            found.append((s["target_type"], s["target_label"], s["score"]))
    return found


def test_a_spanish_note_on_ombuds_offices_does_not_match_employment_passages(db, call):
    note = add(
        db,
        "Las defensorías del pueblo y las personas LGBTI en América Latina",
        "Estudio comparado del papel de las defensorías del pueblo en la recepción de quejas de "
        "personas LGBTI, con recomendaciones para crear unidades especializadas y publicar "
        "informes anuales de seguimiento.",
        "defensoría; instituciones nacionales de derechos humanos",
    )
    notes.suggest_links(db, call)
    found = suggested(db, note)
    sources = {source for kind, source, _ in found if kind in ("passage", "submission")}
    assert "defensoria.docx" in sources
    assert not sources & {"empleo_a.docx", "empleo_b.docx", "empleo_c.docx"}, found


def test_a_spanish_note_finds_english_and_french_passages_on_the_same_concept(db, call):
    note = add(
        db,
        "Terapias de conversión: daños documentados",
        "Revisión de estudios sobre las terapias de conversión ofrecidas por grupos religiosos y "
        "consejeros sin licencia; los sobrevivientes relatan aislamiento, oración forzada y "
        "depresión.",
    )
    notes.suggest_links(db, call)
    passages = [source for kind, source, _ in suggested(db, note) if kind == "passage"]
    assert {"conversion_en.docx", "conversion_fr.docx"} <= set(passages)


def test_suggestions_come_per_kind_with_one_passage_per_submission(db, call):
    note = add(
        db,
        "Conversion practices: a global survey of survivors",
        "Survivors of conversion practices describe forced prayer, confinement in religious "
        "retreats and counselling that promised to cure their orientation; most report "
        "depression and suicide attempts afterwards.",
    )
    notes.suggest_links(db, call)
    found = suggested(db, note)
    kinds = [kind for kind, _, _ in found]
    assert {"theme", "submission", "passage"} <= set(kinds), found
    passages = [source for kind, source, _ in found if kind == "passage"]
    assert len(passages) == len(set(passages)), "two passages of one submission suggested"
    assert "conversion_en.docx" in passages
    assert kinds.count("passage") <= notes.suggest.PER_KIND["passage"]


def test_a_rejected_theme_is_not_suggested_again(db, call):
    note = add(
        db,
        "Conversion practices in religious settings",
        "Interviews with survivors of conversion practices run by religious groups: forced "
        "prayer, exorcism and isolation from family and friends.",
    )
    notes.suggest_links(db, call)
    theme = next(
        s for s in notes.pending(db, call, note_id=note["id"]) if s["target_type"] == "theme"
    )
    notes.reject(db, theme["id"], user="ra")
    notes.suggest_links(db, call)
    again = {
        (s["target_type"], s["target_id"]) for s in notes.pending(db, call, note_id=note["id"])
    }
    assert ("theme", theme["target_id"]) not in again


def pending_now(db):
    return [
        (s["note_id"], s["target_type"], s["target_id"], s["target_label"], s["score"])
        for s in notes.pending(db, CALL)
    ]


def test_a_second_run_reads_the_stored_space_and_suggests_the_same(db, call):
    # The space of notes and passages is fitted once and kept; read back, it must give the
    # very suggestions and scores a fresh fit gives.
    add(db, "Conversion practices", "Survivors describe forced prayer and isolation.")
    add(db, "Defensorías del pueblo", "Quejas de personas LGBTI ante las defensorías del pueblo.")
    notes.suggest_links(db, call)
    fitted = pending_now(db)
    assert fitted
    db.conn.execute("delete from link_suggestions")
    notes.suggest_links(db, call)
    assert pending_now(db) == fitted


def test_an_edited_note_is_placed_again(db, call):
    note = add(db, "Legal gender recognition", "Changing the sex marker on identity documents.")
    notes.suggest_links(db, call)
    db.conn.execute("delete from link_suggestions")
    notes.update_note(
        db,
        note["id"],
        {
            "title": "Terapias de conversión",
            "summary": "Los sobrevivientes de las terapias de conversión relatan oración forzada.",
        },
        note["version"],
    )
    notes.suggest_links(db, call)
    passages = [source for kind, source, _ in suggested(db, note) if kind == "passage"]
    assert "conversion_en.docx" in passages and "recognition_en.docx" not in passages
