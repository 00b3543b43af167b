"""`workbench notes ...` (literature notes) and `workbench background` (the background document)."""

import json
import sys

import click

from .. import callscope, notes
from .database import open_db

TYPES = ("submission", "passage", "theme", "report", "note")


@click.group("notes")
def notes_group():
    """Literature-review notes: import from Zotero, list, link to the evidence."""


@notes_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--report", "report_slug", default=None, help="The report these references serve (slug)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["bibtex", "ris", "csl-json"]),
    default=None,
    help="Default: from the extension, else sniffed from the content.",
)
@click.pass_context
def import_command(ctx, path, report_slug, fmt):
    """Import a Zotero export (BibTeX, RIS or CSL-JSON); re-importing adds no duplicates."""
    result = notes.import_references(
        open_db(ctx), path, fmt=fmt, report_slug=report_slug, user="cli"
    )
    click.echo(f"{path}: {result.summary()}")


@notes_group.command("list")
@click.option("--report", "report_slug", default=None, help="Only the notes serving this report.")
@click.option(
    "--search", "query", default=None, help="Full-text search (FTS5 syntax or plain words)."
)
@click.option(
    "--format", "fmt", type=click.Choice(["tsv", "json"]), default="tsv", show_default=True
)
@click.pass_context
def list_command(ctx, report_slug, query, fmt):
    """List notes: id, year, citation (newest first, or best match first with --search)."""
    db = open_db(ctx)
    found = (
        notes.search_notes(db, query) if query else notes.list_notes(db, report_slug=report_slug)
    )
    if query and report_slug:
        found = [n for n in found if n["report_slug"] == report_slug]
    if fmt == "json":
        keys = ("id", "title", "authors", "year", "doi", "url", "tags", "report_slug", "citation")
        json.dump(
            [{k: n[k] for k in keys} for n in found], sys.stdout, ensure_ascii=False, indent=2
        )
        click.echo()
        return
    for n in found:
        click.echo(
            f"{n['id']}\t{n['year'] or ''}\t{n['report_slug'] or ''}\t{notes.citation_of(n)}"
        )


@notes_group.command("link")
@click.argument("note_id", type=int)
@click.argument("target_type", type=click.Choice(TYPES))
@click.argument("target_id", type=int)
@click.pass_context
def link_command(ctx, note_id, target_type, target_id):
    """Link a note to a submission, passage, theme, report or note."""
    created = notes.link(open_db(ctx), note_id, target_type, target_id, user="cli")
    click.echo(
        f"note {note_id} {'linked to' if created else 'was already linked to'} {target_type} {target_id}"
    )


@notes_group.command("symbols")
@click.option(
    "--call", "call_slug", default=None, help="Only this call's passages (default: every call)."
)
@click.pass_context
def symbols_command(ctx, call_slug):
    """Link notes to the passages and notes citing the same UN document symbols."""
    db = open_db(ctx)
    scope = callscope.resolve(db, call_slug) if call_slug else None  # None: every call
    index = notes.symbol_index(db, scope)
    created = notes.link_by_symbols(db, scope, user="cli")
    for symbol, entry in sorted(index.items()):
        click.echo(f"{symbol}\t{len(entry['notes'])} notes\t{len(entry['passages'])} passages")
    click.echo(f"{created} new links")


@click.command("background")
@click.option("--call", "call_slug", required=True, help="The call's slug.")
@click.option(
    "--out", "out", required=True, type=click.Path(dir_okay=False), help="The DOCX file to write."
)
@click.option(
    "--markdown",
    "markdown_out",
    default=None,
    type=click.Path(dir_okay=False),
    help="Also write the document as Markdown.",
)
@click.option(
    "--internal",
    is_flag=True,
    help="Internal edition: quotes do_not_publish submissions too, marked; every page says INTERNAL.",
)
@click.option("--quotes", "per_section", default=3, show_default=True, help="Quotes per section.")
@click.pass_context
def background_command(ctx, call_slug, out, markdown_out, internal, per_section):
    """Write the background document of a call (DOCX, optionally Markdown)."""
    # Imported when run: its sections (themes) load spaCy and scikit-learn (seconds), which `workbench --help`
    # and the quick commands should not wait for.
    from .. import background

    db = open_db(ctx)
    doc = background.build_background(
        db, callscope.resolve(db, call_slug), internal=internal, quotes_per_section=per_section
    )
    background.write_docx(doc, out)
    if markdown_out:
        background.write_markdown(doc, markdown_out)
    n_quotes = sum(len(s.quotes) for s in doc.sections)
    click.echo(
        f"{out}: {len(doc.sections)} sections, {n_quotes} quotes, {len(doc.bibliography)} references"
        f"{' (INTERNAL edition)' if internal else ''}"
    )
