"""`workbench themes`: a call's themes as JSON (the contract), proposing them if none exist."""

import json
import sys

import click

from .. import callscope
from .database import open_db


@click.command("themes")
@click.option("--call", "call_slug", required=True)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option(
    "--refresh", is_flag=True, help="Re-cluster now (maps new submissions to final themes)."
)
@click.option(
    "--k",
    "n_themes",
    type=int,
    default=None,
    help="Number of candidate themes (default: chosen from the data).",
)
@click.option(
    "--refit",
    is_flag=True,
    help="With --refresh: fit the themes again on every passage, even when few are new.",
)
@click.option(
    "--no-dictionary",
    is_flag=True,
    help="Re-cluster without the concept dictionary (languages pooled by cognates alone).",
)
@click.pass_context
def themes_command(ctx, call_slug, fmt, refresh, n_themes, refit, no_dictionary):
    """A call's themes: final ones when people have finalised some, else candidates."""
    # Imported when run: themes load spaCy and scikit-learn (seconds), which `workbench --help`
    # and the quick commands should not wait for.
    from .. import themes

    db = open_db(ctx)
    scope = callscope.resolve(db, call_slug)  # the call read once, passed on
    fresh = not themes.list_themes(db, scope, include_passages=False, status="all")
    if refresh or refit or no_dictionary or fresh:
        found = themes.refresh(
            db,
            scope,
            n_themes=n_themes,
            user="cli",
            use_concepts=not no_dictionary,
            refit=refit,
        )
        if found["placed"]:  # stdout is the JSON contract: the note goes to stderr
            click.echo(PLACED.format(found["placed"]), err=True)
    write_json(contract_rows(themes.list_themes(db, scope)), sys.stdout)


def write_json(rows, out, piece=1 << 20):
    """``rows`` as indented JSON, written a megabyte at a time: json.dump writes each token
    apart (~0.5 s at 1,500 submissions), one string of it all holds tens of MB at 5,000."""
    chunks, size = [], 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(rows):
        chunks.append(chunk)
        size += len(chunk)
        if size >= piece:
            out.write("".join(chunks))
            chunks, size = [], 0
    out.write("".join(chunks) + "\n")


PLACED = (
    "{} new or changed passages placed in the themes fitted before "
    "(themes --refresh --refit fits every passage again)"
)


def contract_rows(found):
    """The contract's shape; list_themes already left out do_not_publish passages and names."""
    return [
        {
            "id": t["id"],
            "label": t["label"],
            "terms": t["terms"],
            "terms_by_language": t["terms_by_language"],
            "passages": [
                {"submission_id": p["submission_id"], "page": p["page"], "text": p["text"]}
                for p in t["passages"]
            ],
        }
        for t in found
    ]
