"""`workbench ingest --survey export.xlsx [--mapping mapping.toml]`: survey responses as submissions."""

from pathlib import Path

import click

from .. import survey


def ingest_survey(db, call_slug, survey_file, mapping_file, report_slug=None, title=None):
    """Read the export, settle the who-answered columns, store one submission per response."""
    data = Path(survey_file).read_bytes()
    found = survey.read(data, Path(survey_file).name)
    mapping, origin = _mapping(db, call_slug, found, mapping_file)
    if origin == "written":
        click.echo(
            f"{mapping_file}: the guessed who-answered columns are written there; check them, then run "
            "the same command again to import"
        )
        _show(found, mapping)
        return
    click.echo(f"who answered ({origin}):")
    _show(found, mapping)
    report = survey.ingest_survey(
        db,
        call_slug,
        data,
        Path(survey_file).name,
        mapping,
        report_slug=report_slug,
        call_title=title,
        user="cli",
        form=found,
    )
    click.echo(report.summary())


def _mapping(db, call_slug, found, mapping_file):
    """(mapping, where it came from): the file given, else the one kept for this form, else a guess."""
    if mapping_file and Path(mapping_file).exists():
        return survey.read_mapping_toml(
            Path(mapping_file).read_text("utf-8"), mapping_file
        ), f"from {mapping_file}"
    guess = survey.guess_mapping(found)
    if mapping_file:
        Path(mapping_file).write_text(survey.mapping_toml(guess), encoding="utf-8")
        return guess, "written"
    kept = survey.saved_mapping(db, call_slug, found.form_key)
    return (
        (kept, "kept from the last import of this form")
        if kept
        else (guess, "guessed from the header")
    )


def _show(found, mapping):
    for name in survey.FIELDS:
        click.echo(f"  {name:<13} {mapping.get(name) or '(none)'}")
    click.echo(
        f"  free-text questions: {len(survey.passage_questions(found, mapping))} "
        "(each answer a passage; its page is the question)"
    )
