"""`workbench ingest`: files, folders and ZIPs (or a survey export) into a call."""

import sys
from pathlib import Path

import click
from tqdm import tqdm

from .. import questionnaire, store
from .database import open_db


@click.command("ingest")
@click.option("--call", "call_slug", required=True, help="The call's slug; created if new.")
@click.option("--report", "report_slug", default=None, help="The report a new call serves (slug).")
@click.option("--title", default=None, help="Title of a new call.")
@click.option(
    "--ocr/--no-ocr",
    default=None,
    help="OCR scanned PDFs with Tesseract (default: when installed).",
)
@click.option("--workers", default=2, show_default=True, help="Worker processes reading files.")
@click.option(
    "--questions",
    "questions_file",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="The call's questionnaire (text, one question per line): submitters repeating it are set aside.",
)
@click.option(
    "--survey",
    "survey_file",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="A survey export (CSV or XLSX: Microsoft Forms, Google Forms, KoboToolbox, SurveyMonkey, "
    "LimeSurvey): one submission per response row.",
)
@click.option(
    "--mapping",
    "mapping_file",
    default=None,
    type=click.Path(dir_okay=False),
    help="With --survey: the who-answered columns (TOML); written with the guess when it does not exist.",
)
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.pass_context
def ingest_command(
    ctx,
    call_slug,
    report_slug,
    title,
    ocr,
    workers,
    questions_file,
    survey_file,
    mapping_file,
    paths,
):
    """Ingest files, folders (one sub-folder = one submission) and ZIPs into a call, or a survey export."""
    # Imported when run: reading and tagging load spaCy and scikit-learn (seconds), which `workbench --help`
    # and the quick commands should not wait for.
    from .. import ingest
    from .survey import ingest_survey

    if survey_file:  # issue 14: survey exports (survey.py)
        return ingest_survey(open_db(ctx), call_slug, survey_file, mapping_file, report_slug, title)
    if not paths:
        raise click.UsageError(
            "give the files, folders or ZIPs to ingest (PATH...), or --survey FILE"
        )
    db = open_db(ctx)
    if questions_file:
        store.ensure_call(db, call_slug, title=title, report_slug=report_slug)
        found = questionnaire.set_questions(
            db, call_slug, Path(questions_file).read_text(encoding="utf-8"), user="cli"
        )
        click.echo(f"questionnaire: {len(found)} questions")
    bar = tqdm(total=0, unit="sub", disable=not sys.stderr.isatty(), file=sys.stderr)

    def progress(done, total, outcome):
        bar.total = total
        bar.update(done - bar.n)
        bar.set_postfix_str(outcome.source[-40:])

    report = ingest.ingest(
        db,
        call_slug,
        paths,
        ocr=ocr,
        n_workers=workers,
        progress=progress,
        report_slug=report_slug,
        call_title=title,
    )
    bar.close()
    for outcome in report.outcomes:
        if outcome.status == "error" and outcome.action != "unchanged":
            click.echo(f"error: {outcome.error}", err=True)
    click.echo(report.summary())
