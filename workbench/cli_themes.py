"""`workbench themes`: a call's themes as JSON (the contract), proposing them if none exist."""

import json
import sys

import click


def register(cli):
    @cli.command()
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
    @click.pass_context
    def themes(ctx, call_slug, fmt, refresh, n_themes):
        """A call's themes: final ones when people have finalised some, else candidates."""
        from . import themes as theming
        from .cli import open_db

        db = open_db(ctx)
        if refresh or not theming.list_themes(db, call_slug, include_passages=False, status="all"):
            theming.refresh(db, call_slug, n_themes=n_themes, user="cli")
        json.dump(
            contract_rows(theming.list_themes(db, call_slug)),
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")


def contract_rows(themes):
    """The contract's shape; list_themes already left out do_not_publish passages and names."""
    return [
        {
            "id": t["id"],
            "label": t["label"],
            "terms": t["terms"],
            "passages": [
                {"submission_id": p["submission_id"], "page": p["page"], "text": p["text"]}
                for p in t["passages"]
            ],
        }
        for t in themes
    ]
