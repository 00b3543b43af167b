"""`workbench stats`: the statistics table, its sentences and the submissions behind a cell."""

import sys

import click

from .. import callscope, publication, stats
from ..stats import export, sentence
from .database import open_db
from .output import write_rows
from .submitters import summary_rows


def chosen_calls(call_slug, calls, all_calls):
    """--call SLUG, --calls a,b or --all (None = every call)."""
    if all_calls:
        return None
    slugs = [c.strip() for c in (calls or "").split(",") if c.strip()] + (
        [call_slug] if call_slug else []
    )
    if not slugs:
        raise click.UsageError("name the calls to count: --call SLUG, --calls a,b or --all")
    return list(dict.fromkeys(slugs))


@click.command("stats")
@click.option("--call", "call_slug", default=None, help="The call's slug.")
@click.option("--calls", default=None, help="Several calls, comma-separated.")
@click.option("--all", "all_calls", is_flag=True, help="Every call in the database.")
@click.option(
    "--rows", default="submitter_type", show_default=True, type=click.Choice(stats.DIMENSIONS)
)
@click.option(
    "--cols", default=None, type=click.Choice(stats.DIMENSIONS), help="Second dimension (optional)."
)
@click.option(
    "--format", "fmt", default="csv", show_default=True, type=click.Choice(export.FORMATS)
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write to this file (default: stdout).",
)
@click.option(
    "--sentence",
    "want_sentence",
    is_flag=True,
    help="Print the submissions sentence instead of a table.",
)
@click.option(
    "--scope-sentence", is_flag=True, help="Print the scope and region sentence instead of a table."
)
@click.option("--lang", default="en", show_default=True, type=click.Choice(["en", "es", "fr"]))
@click.option(
    "--suppress-below",
    "k",
    default=publication.DEFAULT_THRESHOLD,
    show_default=True,
    type=click.IntRange(min=0),
    help="Small-number protection: country and two-way cells below K print as '< K' "
    "(0 = off, for the team's own use only).",
)
@click.option(
    "--nhri-with-states/--no-nhri-with-states",
    default=None,
    help="Count NHRIs with Member States (default: apart in tables, with States in the sentence).",
)
@click.option("--include-excluded", is_flag=True, help="Count submissions marked excluded.")
@click.option(
    "--include-errors", is_flag=True, help="Count submissions whose files could not be read."
)
@click.option(
    "--count-cosignatories", is_flag=True, help="A joint submission counts once per signatory."
)
@click.option(
    "--submitters",
    "submitter_counts",
    is_flag=True,
    help="Across the calls (in the order given): first-time submitters per call and submitters "
    "by number of calls answered, the same submitter recognised across calls (CSV).",
)
@click.option(
    "--cell",
    nargs=2,
    default=None,
    metavar="ROW COL",
    help="List the submissions one cell counts ('total' = any value) instead of the table.",
)
@click.pass_context
def stats_command(
    ctx,
    call_slug,
    calls,
    all_calls,
    rows,
    cols,
    fmt,
    out,
    want_sentence,
    scope_sentence,
    lang,
    k,
    nhri_with_states,
    include_excluded,
    include_errors,
    count_cosignatories,
    submitter_counts,
    cell,
):
    """Count a call's submissions by one or two dimensions, with totals (CSV, MD, XLSX, DOCX)."""
    db = open_db(ctx)
    scopes = callscope.resolve_all(db, chosen_calls(call_slug, calls, all_calls))  # read once
    if submitter_counts:
        write_rows(summary_rows(db, scopes), ["call", "submitters", "first_time"], "csv")
        return
    rules = stats.CountingRules(
        include_errors=include_errors,
        include_excluded=include_excluded,
        nhri_with_states=bool(nhri_with_states),
        count_cosignatories=count_cosignatories,
    )
    if want_sentence or scope_sentence:
        sentence_rules = stats.table.with_rules(
            rules, nhri_with_states=nhri_with_states is not False
        )
        if want_sentence:
            click.echo(sentence.submissions_sentence(db, scopes, sentence_rules, lang))
        if scope_sentence:
            click.echo(sentence.scope_region_sentence(db, scopes, rules, lang))
        return
    table = stats.suppress(stats.count(db, scopes, rows, cols, rules), k)
    if cell:
        found = stats.cell_submissions(
            db,
            row_value=stats.parse_value(cell[0]),
            col_value=stats.parse_value(cell[1]),
            table=table,
        )
        write_rows(found, stats.table.TRACE_COLUMNS, "csv")
        return
    said = (
        sentence.report_sentences(db, scopes, rules, lang, nhri_with_states is not False)
        if fmt in export.PROSE
        else ()
    )
    write_table(table, fmt, out, lang, said)


def write_table(table, fmt, out, lang, sentences=()):
    """The table to ``out`` or stdout; documents (not CSV) with the report's sentences."""
    target = out or (sys.stdout.buffer if fmt in export.BINARY else sys.stdout)
    export.export(table, fmt, target, lang, sentences=sentences)
