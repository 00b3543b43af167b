"""Who sees names: the roles that review (assistant, admin) see a withheld submitter's name and
originals; the Senior Advisor sees it by type and region, without its identifiers, on every page."""

import pytest

from workbench import auth, ingest, store

from .apptest import open_page

PASSWORD = "correct horse battery"
SECRET = "Colectivo Ñandutí de Defensoras"
BODY = (
    f"{SECRET} (CONADE)\nAsunción, Paraguay · conade@nanduti.org.py · +595 21 555 0199\n\n"
    "Police raids on trans women's homes continued throughout 2025 in the capital, and nobody was "
    "held to account for the beatings reported to us by 14 women.\n"
)


@pytest.fixture
def call(db_path, tmp_path):
    db = store.open_db(db_path)
    for name in ("amina", "ravi", "sofia"):
        auth.add_user(
            db,
            name,
            PASSWORD,
            {"amina": auth.ADMIN, "ravi": auth.ASSISTANT, "sofia": auth.ADVISOR}[name],
        )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "CONADE_aporte.txt").write_text(BODY, encoding="utf-8")
    (folder / "open.txt").write_text(
        "Open Rainbow Network\n\nWe report on schools.\n", encoding="utf-8"
    )
    report = ingest.ingest(db, "c", [folder], n_workers=0)
    ids = {o.source: o.submission_id for o in report.outcomes}
    for source, tags in (
        (
            "CONADE_aporte.txt",
            {
                "submitter": SECRET,
                "submitter_type": "civil_society",
                "country": "PRY",
                "region": "latin_america_caribbean",
                "confidentiality": "withhold_name",
            },
        ),
        ("open.txt", {"submitter": "Open Rainbow Network", "confidentiality": "public"}),
    ):
        current = store.get_submission(db, ids[source])
        store.update_submission(db, ids[source], tags, current["version"], "test")
    return db, ids


def shown_text(app):
    parts = [str(df.value.to_dict()) for df in app.dataframe]
    parts += [
        e.value
        for kind in ("markdown", "caption", "subheader", "info", "text_area")
        for e in app.get(kind)
    ]
    parts += [str(s.options) for s in app.selectbox]
    parts += [b.label for b in app.get("download_button")]
    return "\n".join(str(p) for p in parts)


def open_submission(call, user):
    db, ids = call
    app = open_page("submissions", auth_user=auth.get_user(db, user), subs_call="c")
    app.selectbox(key="subs_open").select(ids["CONADE_aporte.txt"]).run()
    assert not app.exception, app.exception
    return app


@pytest.mark.parametrize(
    "identifier", ["Ñandutí", "Nanduti", "CONADE", "conade@", "555 0199", "Paraguay"]
)
def test_the_advisor_sees_a_withheld_submitter_by_type_and_region_only(call, identifier):
    app = open_submission(call, "sofia")
    text = shown_text(app)
    assert identifier.lower() not in text.lower()
    assert "a civil society organization, Latin America and the Caribbean" in text
    assert not [b for b in app.get("download_button") if "original" in b.label.lower()]


def test_the_advisor_still_reads_what_the_submission_says(call):
    text = shown_text(open_submission(call, "sofia"))
    assert "Police raids on trans women's homes" in text
    assert "Open Rainbow Network" in text  # a public submitter is named to everyone


@pytest.mark.parametrize("user", ["ravi", "amina"])
def test_reviewers_see_the_name_and_the_originals(call, user):
    app = open_submission(call, user)
    assert SECRET in shown_text(app)
    assert [b for b in app.get("download_button") if "original" in b.label.lower()]


def test_a_call_can_name_submitters_only_after_review(call):
    """A public tag alone names nobody in a call set to 'name after review'; a confirmation does."""
    from click.testing import CliRunner

    from workbench import submissions
    from workbench.cli import cli
    from workbench.tagging import tag_store

    db, ids = call
    open_id = ids["open.txt"]
    assert "Open Rainbow Network" in str(submissions.table(db, "c", internal=False))
    result = CliRunner().invoke(
        cli, ["--db", str(db.path), "calls", "--name-after-review", "c"], obj={}
    )
    assert result.exit_code == 0 and "names after review" in result.output
    assert "Open Rainbow Network" not in str(submissions.table(db, "c", internal=False))
    current = store.get_submission(db, open_id)
    tag_store.review(db, open_id, {}, ["confidentiality"], current["version"], "ravi")
    assert "Open Rainbow Network" in str(submissions.table(db, "c", internal=False))
