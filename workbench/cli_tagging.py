"""Commands `tag`, `train` and `evaluate` (tagging). Output names no submitter: counts and figures only."""

import json
import sys

import click


def register(cli):
    from .cli import open_db

    @cli.command()
    @click.option("--call", "call_slug", required=True, help="The call to re-tag.")
    @click.pass_context
    def tag(ctx, call_slug):
        """Re-tag a call's submissions (fields people confirmed or corrected are kept)."""
        from . import tagging

        changed, failures = tagging.tag_call(open_db(ctx), call_slug)
        for failure in failures:
            click.echo(failure, err=True)
        click.echo(f"{changed} submissions changed, {len(failures)} could not be tagged")

    @cli.command()
    @click.option(
        "--models",
        "directory",
        default=None,
        type=click.Path(file_okay=False),
        help="Folder of the model and its base training rows (default: models/).",
    )
    @click.pass_context
    def train(ctx, directory):
        """Retrain the submitter-type classifier from the base rows plus every confirmed or corrected type."""
        from .tagging import training

        try:
            path, count = training.train(open_db(ctx), directory)
        except ValueError as error:
            click.echo(f"workbench: {error}", err=True)
            sys.exit(1)
        click.echo(f"trained on {count} rows: {path}")

    @cli.command()
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
    def evaluate(ctx, call_slug, gold_path, fmt):
        """Per field accuracy and per-class precision/recall/F1 of a call's tags against a gold file."""
        from .tagging import evaluate as evaluation

        results = evaluation.evaluate(open_db(ctx), call_slug, evaluation.read_gold(gold_path))
        if fmt == "json":
            click.echo(json.dumps(results, indent=2))
        else:
            click.echo(evaluation.as_text(results))
