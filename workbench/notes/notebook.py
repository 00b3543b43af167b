"""Literature-review notes: create, edit, list, search (FTS5), and find duplicates.

The SQL of the ``notes`` table and its full-text index is in workbench/stores/notes.py.
"""

import re
import sqlite3
import unicodedata

from .. import audit, store
from ..stores import notes, versioned
from .symbols import find_symbols

EDITABLE = (
    "title",
    "authors",
    "year",
    "citation",
    "url",
    "doi",
    "summary",
    "key_findings",
    "tags",
    "report_id",
)
FIELDS = EDITABLE + ("item_type", "source")  # set by the importer, not edited by hand


# ---------------------------------------------------------------- normalising


def normalise_doi(value):
    """'https://doi.org/10.1/ABC' and 'doi:10.1/abc' are the same DOI: '10.1/abc'."""
    value = (value or "").strip().lower()
    value = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", value)
    return value if value.startswith("10.") else ""


def title_key(title):
    """A title reduced to its letters and digits, so case, accents and punctuation don't matter."""
    text = unicodedata.normalize("NFKD", title or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", text))


def split_list(value):
    """'a; b' or ['a', 'b'] -> ['a', 'b']."""
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in re.split(r"[;\n]", value or "") if part.strip()]


def format_citation(note):
    """A short bibliography line: 'Authors (Year). Title. Journal or publisher, number. DOI or URL.'"""
    authors = split_list(note.get("authors"))
    who = "; ".join(authors[:3]) + (" et al." if len(authors) > 3 else "")
    year = f" ({note['year']})" if note.get("year") else ""
    link = (
        f" https://doi.org/{note['doi']}"
        if note.get("doi")
        else (f" {note['url']}" if note.get("url") else "")
    )
    head = f"{who}{year}. " if who or year else ""
    venue = f" {note['container'].rstrip('.')}." if note.get("container") else ""
    return f"{head}{(note.get('title') or '').rstrip('.')}.{venue}{link}".strip()


def citation_of(note):
    """The citation people typed or imported, else one formatted from the fields."""
    return (note.get("citation") or "").strip() or format_citation(note)


def clean_fields(fields):
    """Fields as stored: lists joined, DOI normalised, year an int, the title key derived."""
    out = {k: fields[k] for k in FIELDS if k in fields}
    for key in ("authors", "tags"):
        if key in out:
            out[key] = "; ".join(split_list(out[key]))
    if "doi" in out:
        out["doi"] = normalise_doi(out["doi"])
    if "year" in out:
        out["year"] = int(out["year"]) if str(out["year"] or "").strip().isdigit() else None
    for key, value in out.items():
        if value is None and key not in ("year", "report_id"):
            out[key] = ""
    if "title" in out:
        out["title"] = (out["title"] or "").strip()
        out["title_key"] = title_key(out["title"])
    return out


def report_id_for(db, report_slug):
    return store.get_report(db, report_slug)["id"] if report_slug else None


# ---------------------------------------------------------------- reading


def get_note(db, note_id):
    return notes.get_note(db, note_id)


def list_notes(db, report_slug=None, tag=None):
    """Every note (of one report, with one tag), newest first."""
    found = notes.all_notes(db, report_slug)
    if tag:
        found = [
            n for n in found if tag.casefold() in (t.casefold() for t in split_list(n["tags"]))
        ]
    return found


def notes_for_report(db, report_id):
    """Notes that serve a report, or are linked to it."""
    return notes.notes_for_report(db, report_id)


def fts_query(text):
    """Free text as a safe FTS5 query: every word must appear (symbols like A/HRC/47/27 included)."""
    words = re.findall(r"\w+", text or "")
    return " ".join(f'"{w}"' for w in words)


def search_notes(db, query, limit=100):
    """Notes matching ``query`` (FTS5 syntax, or plain words when that syntax fails), best first."""
    if not (query or "").strip():
        return list_notes(db)[:limit]
    try:
        return notes.match_notes(db, query, limit)
    except sqlite3.OperationalError:
        safe = fts_query(query)
        return notes.match_notes(db, safe, limit) if safe else []


def normalise_url(value):
    """'https://www.undocs.org/A/HRC/38/43/' and 'http://undocs.org/A/HRC/38/43' are one address."""
    value = (value or "").strip()
    found = re.match(
        r"^(?:https?://)?(?:www\.)?([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?", value, re.IGNORECASE
    )
    if not found or "." not in found.group(1):
        return ""
    return found.group(1).lower() + found.group(2).rstrip("/") + (found.group(3) or "")


def identity_symbols(fields):
    """The UN documents a reference *is* (its URL, its report number in the venue or citation),
    not the ones its title, abstract or notes talk about ("Comments on A/HRC/38/43")."""
    citation = str(fields.get("citation") or "").replace(
        str(fields.get("title") or "").rstrip("."), " "
    )
    return set(
        find_symbols(
            "\n".join([str(fields.get("url") or ""), str(fields.get("container") or ""), citation])
        )
    )


def former_title_keys(db):
    """{note id: title keys it had before people edited its title}, from the audit log, so a
    re-import still knows a reference by the title it was imported with."""
    found = {}
    for line in audit.history(db, "notes", limit=1_000_000):
        if line["action"] == "update_note" and line["field"] == "title" and line["old_value"]:
            found.setdefault(line["entity_id"], set()).add(title_key(line["old_value"]))
    return found


def find_duplicate(db, doi="", title="", year=None, url="", symbols=()):
    """The note that is the same reference: same DOI; else the same UN document symbol or URL
    (years, when both have one, agree); else the same normalised title (its present one or one
    it had before an edit) and year. A note whose
    DOI, or UN symbol, differs from the incoming one's is never the same reference."""
    doi = normalise_doi(doi)
    if doi:
        found = notes.note_with_doi(db, doi)
        if found:
            return found
    others = [n for n in notes.plain_notes(db) if not (doi and n["doi"])]
    same_year = [n for n in others if not (year and n["year"] and int(year) != n["year"])]
    symbols, address = set(symbols), normalise_url(url)
    for note in same_year:
        if (symbols and symbols & identity_symbols(note)) or (
            address and normalise_url(note["url"]) == address
        ):
            return note
    # Same title and year, unless both are UN documents with different symbols: the Independent
    # Expert's HRC and GA reports of one year often share their title.
    key = title_key(title)
    former = former_title_keys(db) if key else {}
    for note in others if key else ():
        if key in {note["title_key"], *former.get(note["id"], ())} and (note["year"] or 0) == int(
            year or 0
        ):
            theirs = identity_symbols(note)
            if not (symbols and theirs and not symbols & theirs):
                return note
    return None


# ---------------------------------------------------------------- writing


def insert_note(db, fields):
    """Insert inside the caller's transaction; returns the new id."""
    row = clean_fields(fields)
    if not row.get("title"):
        raise ValueError("a note needs a title")
    if not row.get("citation"):
        row["citation"] = format_citation(row)
    return notes.insert_note(db, row)


def create_note(db, fields, user="unknown", report_slug=None):
    """Save a typed note; ``report_slug`` names the report it serves."""
    if report_slug:
        fields = {**fields, "report_id": report_id_for(db, report_slug)}
    with store.transaction(db):
        note_id = insert_note(db, {**fields, "source": fields.get("source") or "typed"})
        audit.record(db, user, "create_note", "notes", note_id, "title", None, fields.get("title"))
    return get_note(db, note_id)


def update_note(db, note_id, changes, expected_version, user="unknown"):
    """Save edits unless someone saved the note since it was loaded (then ConflictError)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    with store.transaction(db):
        current = get_note(db, note_id)
        versioned.save_edit(
            db,
            "notes",
            f"note {note_id}",
            current,
            clean_fields(changes),
            expected_version,
            user,
            "update_note",
            unlogged=("title_key",),
        )
    return get_note(db, note_id)


def fill_empty_fields(db, note, fields, user="import"):
    """On re-import, add what the note lacks; never overwrite what people wrote. Returns the fields filled."""
    incoming = clean_fields(fields)
    filled = {
        k: v
        for k, v in incoming.items()
        if k in EDITABLE and v not in ("", None) and note.get(k) in ("", None)
    }
    if filled:
        log = [(user, "update_note", k, note.get(k), v) for k, v in filled.items()]
        notes.change_note(db, note["id"], filled, log)
    return sorted(filled)


def delete_note(db, note_id, user="unknown"):
    note = get_note(db, note_id)
    with store.transaction(db):
        notes.delete_note(db, note_id)
        audit.record(db, user, "delete_note", "notes", note_id, "title", note["title"], None)
