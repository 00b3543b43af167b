"""`workbench export-qda` and `workbench import-qdc`: a call to and from QDA programs (REFI-QDA)."""

from pathlib import Path

import click

from .. import callscope, qda
from .database import open_db


@click.command("export-qda")
@click.option("--call", "call_slug", required=True)
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False),
    help="The file to write: a .qdpx project (or a .qdc codebook with --codebook-only).",
)
@click.option(
    "--internal",
    is_flag=True,
    help="Name every submitter and include do-not-publish texts (for the team only; never share it).",
)
@click.option("--codebook-only", is_flag=True, help="Write the codebook alone (.qdc).")
@click.pass_context
def export_qda_command(ctx, call_slug, out, internal, codebook_only):
    """Write a call as a REFI-QDA project for NVivo, MAXQDA, ATLAS.ti or QualCoder (validated against the schema)."""
    db = open_db(ctx)
    scope = callscope.resolve(db, call_slug)  # the call read once, passed on
    if codebook_only:
        codes = qda.export_codebook(db, scope, out, internal=internal)
        click.echo(f"{out}: codebook of {sum(1 + len(c.children) for c in codes)} codes")
        return
    project = qda.export_project(db, scope, out, internal=internal)
    click.echo(
        f"{out}: {len(project.sources)} sources, {len(project.codings)} coded segments, "
        f"{len(project.notes)} notes"
        + ("" if internal else " (shareable: publication rules applied)")
    )


@click.command("import-qdc")
@click.option("--call", "call_slug", required=True)
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.pass_context
def import_qdc_command(ctx, call_slug, path):
    """Bring a codebook (.qdc, or a .qdpx's) edited in a QDA program back into the call's final themes."""
    db = open_db(ctx)
    report = qda.import_codebook(
        db, callscope.resolve(db, call_slug), Path(path).read_bytes(), user="cli"
    )
    click.echo(report.summary())
