"""`workbench calls` (the calls and their naming rule) and `workbench submissions` (a call's list)."""

import click

from .. import store, submissions
from .database import open_db
from .output import write_rows


@click.command("submissions")
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
def submissions_command(ctx, call_slug, fmt, internal):
    """List a call's submissions with their tags (the contract's columns).

    Submitters who asked not to be named (or are not yet tagged public) are shown by type
    and region unless --internal is given.
    """
    rows = submissions.table(open_db(ctx), call_slug, internal=internal)
    write_rows(rows, submissions.COLUMNS, fmt)


@click.command("calls")
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
def calls_command(ctx, after_review, when_public):
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
