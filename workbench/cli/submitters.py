"""`workbench submitters`: the same submitter across calls (issue 14, part 3)."""

import click

from .. import callscope, store, submitters
from .database import open_db
from .output import write_rows


@click.command("submitters")
@click.option("--calls", "calls", required=True, help="Comma-separated call slugs, oldest first.")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "--internal",
    is_flag=True,
    help="Join and name every submission (reviewers only; never share it).",
)
@click.option(
    "--unsure",
    is_flag=True,
    help="List the pairs a person should decide (internal: names shown).",
)
@click.option(
    "--summary",
    is_flag=True,
    help="Counts only: first-time submitters per call, submitters by number of calls.",
)
@click.option(
    "--offers",
    is_flag=True,
    help="Reviewed types and countries to offer for the submitter's other submissions.",
)
@click.option(
    "--same",
    nargs=2,
    type=int,
    default=None,
    metavar="ID ID",
    help="Say two submissions are one submitter.",
)
@click.option(
    "--different", nargs=2, type=int, default=None, metavar="ID ID", help="Say they are not."
)
@click.pass_context
def submitters_command(ctx, calls, fmt, internal, unsure, summary, offers, same, different):
    """Who has written to the mandate across calls: one row per submitter with its calls."""
    db, slugs = open_db(ctx), [c.strip() for c in calls.split(",") if c.strip()]
    scopes = callscope.resolve_all(db, slugs)  # each call read once
    for pair, verdict in ((same, True), (different, False)):
        if pair:
            submitters.decide(db, pair[0], pair[1], verdict, user="cli")
    if summary:
        write_rows(summary_rows(db, scopes), ["call", "submitters", "first_time"], fmt)
        return
    if offers:
        rows = [
            {"submission_id": i, "field": f, "value": v, "reviewed_on": src}
            for i, f, v, src in submitters.corrections_to_offer(db, scopes)
        ]
        write_rows(rows, ["submission_id", "field", "value", "reviewed_on"], fmt)
        return
    if unsure:
        rows = [
            {
                "a": a,
                "b": b,
                "score": round(score),
                "reason": reason,
                "submitter_a": store.get_submission(db, a)["submitter"],
                "submitter_b": store.get_submission(db, b)["submitter"],
            }
            for a, b, score, reason in submitters.match(db, scopes).unsure
        ]
        write_rows(rows, ["a", "b", "score", "reason", "submitter_a", "submitter_b"], fmt)
        return
    write_rows(
        submitters.history(db, scopes, internal=internal),
        ["submitter", "submitter_type", "region", "n_calls", "calls", "submission_ids"],
        fmt,
    )


def summary_rows(db, calls):
    """Per call its submitters and first-time ones, then submitters by number of calls answered
    (also `workbench stats --calls a,b --submitters`)."""
    found = submitters.summary(db, calls)
    return found["calls"] + [
        {"call": f"answered {n} call(s)", "submitters": count, "first_time": ""}
        for n, count in found["by_number_of_calls"].items()
    ]
