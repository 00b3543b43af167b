"""The `workbench` command: a thin skin over the library (the contract: README, "The command line").

Exit code 0 when the command did its job, even if some files were recorded as errors;
non-zero with a one-line reason on stderr when it could not. Each module here holds the
commands of one feature as plain ``click`` commands; ``COMMANDS`` adds them to the group.
"""

import sys

import click

from ..errors import WorkbenchError
from . import admin, calls, ingest, notes, qda, stats, submitters, tagging, themes


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


COMMANDS = [
    ingest.ingest_command,
    calls.calls_command,
    calls.submissions_command,
    stats.stats_command,
    themes.themes_command,
    tagging.tag_command,
    tagging.train_command,
    tagging.evaluate_command,
    submitters.submitters_command,
    notes.notes_group,
    notes.background_command,
    qda.export_qda_command,
    qda.import_qdc_command,
    admin.users_group,
    admin.backup_command,
    admin.restore_command,
]
for command in COMMANDS:
    cli.add_command(command)


def main():
    cli(obj={})
