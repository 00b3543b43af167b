"""Commands `tag`, `train` and `evaluate` (tagging). Output names no submitter: counts and figures only."""

import json
import sys

import click

from .. import callscope
from .database import open_db


@click.command("tag")
@click.option("--call", "call_slug", required=True, help="The call to re-tag.")
@click.pass_context
def tag_command(ctx, call_slug):
    """Re-tag a call's submissions (fields people confirmed or corrected are kept)."""
    # Imported when run: the tagger's models load spaCy and scikit-learn (seconds), which `workbench --help`
    # and the quick commands should not wait for.
    from .. import tagging

    db = open_db(ctx)
    changed, failures = tagging.tag_call(db, callscope.resolve(db, call_slug))
    for failure in failures:
        click.echo(failure, err=True)
    click.echo(f"{changed} submissions changed, {len(failures)} could not be tagged")


@click.command("train")
@click.option(
    "--models",
    "directory",
    default=None,
    type=click.Path(file_okay=False),
    help="Folder of the model and its base training rows (default: the package's data/models/).",
)
@click.pass_context
def train_command(ctx, directory):
    """Retrain the submitter-type classifier from the base rows plus every confirmed or corrected type."""
    from ..tagging import training  # scikit-learn: loaded when run, as in `tag`

    try:
        path, count = training.train(open_db(ctx), directory)
    except ValueError as error:
        click.echo(f"workbench: {error}", err=True)
        sys.exit(1)
    click.echo(f"trained on {count} rows: {path}")


@click.command("evaluate")
@click.option("--call", "call_slug", required=True)
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="CSV with a source column and the tag columns (like the corpus labels.csv).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_context
def evaluate_command(ctx, call_slug, gold_path, fmt):
    """Per field accuracy and per-class precision/recall/F1 of a call's tags against a gold file."""
    from ..tagging import evaluate  # the tagger's modules: loaded when run, as in `tag`

    results = evaluate.evaluate(open_db(ctx), call_slug, evaluate.read_gold(gold_path))
    if fmt == "json":
        click.echo(json.dumps(results, indent=2))
    else:
        click.echo(evaluate.as_text(results))
