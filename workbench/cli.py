"""The `workbench` command: a thin skin over the library (see DESIGN.md for the contract).

Exit code 0 when the command did its job, even if some files were recorded as errors;
non-zero with a one-line reason on stderr when it could not.
"""

import csv
import importlib
import json
import sys
from pathlib import Path

import click

from . import store
from .errors import WorkbenchError

# Feature modules that add sub-commands: each has ``register(cli)``.
COMMAND_MODULES = [
    "cli_stats",
    "cli_notes",
    "cli_themes",
    "cli_admin",
    "cli_tagging",
    "cli_qda",
    "cli_submitters",
]


class Group(click.Group):
    """Turns domain errors into one clear line on stderr and exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except WorkbenchError as error:
            click.echo(f"workbench: {error}", err=True)
            sys.exit(1)


@click.group(cls=Group)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Database file (default: $WORKBENCH_DB or data/workbench.db).",
)
@click.pass_context
def cli(ctx, db_path):
    """Submissions Workbench: from a call for inputs to evidence for a UN report."""
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path


# Only these commands may start a new database; any other given a path that does not exist
# says so rather than work on an empty one (a mistyped --db would otherwise look like no data).
CREATING_COMMANDS = {"ingest"}


def open_db(ctx):
    """The database named by --db, opened once per command; WorkbenchError when it does not
    exist and the command is not one that creates it."""
    if "db" not in ctx.obj:
        path = Path(ctx.obj["db_path"] or store.default_db_path())
        if not path.exists() and ctx.command.name not in CREATING_COMMANDS:
            raise WorkbenchError(
                f"no database at {path}: check --db (or $WORKBENCH_DB); "
                "`workbench ingest` or the app's first run creates one"
            )
        ctx.obj["db"] = store.open_db(path)
    return ctx.obj["db"]


@cli.command()
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
def ingest(
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
    from tqdm import tqdm

    from . import ingest as ingesting
    from . import questionnaire

    if survey_file:  # issue 14: survey exports (workbench/cli_survey.py)
        from .cli_survey import ingest_survey

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

    report = ingesting.ingest(
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


@cli.command()
@click.option("--call", "call_slug", required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "--internal",
    is_flag=True,
    help="Name every submitter, confidential ones included (for the team only; never share this file).",
)
@click.pass_context
def submissions(ctx, call_slug, fmt, internal):
    """List a call's submissions with their tags (the contract's columns).

    Submitters who asked not to be named (or are not yet tagged public) are shown by type
    and region unless --internal is given.
    """
    from . import submissions as listing

    rows = listing.table(open_db(ctx), call_slug, internal=internal)
    write_rows(rows, listing.COLUMNS, fmt)


@cli.command()
@click.option(
    "--name-after-review",
    "after_review",
    metavar="SLUG",
    default=None,
    help="For a call on a dangerous topic: name no submitter in shareable outputs until a "
    "person confirmed on the Triage page that it may be named.",
)
@click.option(
    "--name-when-public",
    "when_public",
    metavar="SLUG",
    default=None,
    help="Undo --name-after-review: name submitters tagged public.",
)
@click.pass_context
def calls(ctx, after_review, when_public):
    """List the calls, the reports they serve and when their submitters may be named."""
    db = open_db(ctx)
    for slug, value in ((after_review, True), (when_public, False)):
        if slug:
            store.set_name_after_review(db, slug, value)
    for call in store.list_calls(db):
        naming = "names after review" if call["name_after_review"] else "names when public"
        click.echo(
            f"{call['slug']}\t{call['n_submissions']} submissions\t{naming}\t{call['report_title'] or ''}"
        )


def write_rows(rows, columns, fmt, out=None):
    """Write dict rows as CSV or JSON to ``out`` (stdout by default)."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump([{c: r.get(c) for c in columns} for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


for _name in COMMAND_MODULES:
    importlib.import_module(f"workbench.{_name}").register(cli)


def main():
    cli(obj={})
