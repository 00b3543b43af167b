"""Import references with their abstracts and notes from Zotero exports: BibTeX, RIS, CSL-JSON.

Each parser turns an export into plain reference dicts (the note fields plus ``container``);
``import_references`` stores them, matching an existing note by DOI, then by the UN document
symbol it is or its URL, then by normalised title and year, so importing the same export twice
creates nothing new, even after someone edited a note's title.
"""

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import audit, store
from ..errors import UnsupportedFormat, WorkbenchError
from . import notebook

FORMATS = ("bibtex", "ris", "csl-json")
EXTENSIONS = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".ris": "ris",
    ".json": "csl-json",
    ".csljson": "csl-json",
}


class ImportFailed(WorkbenchError):
    """An export could not be read."""


@dataclass
class ImportReport:
    created: list = field(default_factory=list)  # note ids
    duplicates: list = field(default_factory=list)  # note ids already there
    filled: dict = field(default_factory=dict)  # note id -> fields added on re-import

    def summary(self):
        return (
            f"{len(self.created)} new notes, {len(self.duplicates)} already present"
            f"{f' ({len(self.filled)} completed)' if self.filled else ''}"
        )


# ---------------------------------------------------------------- small helpers


def strip_html(text):
    """Zotero notes are HTML: keep the words, one paragraph per line."""
    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n", text or "")
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def year_of(text):
    found = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", str(text or ""))
    return int(found.group(1)) if found else None


def venue(name, volume="", number=""):
    """'Journal 7(2)' for a journal issue, 'Institution, A/HRC/47/27' for a numbered report."""
    name, volume, number = (str(x or "").strip() for x in (name, volume, number))
    if volume:
        return f"{name} {volume}" + (f"({number})" if number else "")
    return ", ".join(x for x in (name, number) if x)


def reference(
    title,
    authors=(),
    year=None,
    doi="",
    url="",
    abstract="",
    notes=(),
    keywords=(),
    item_type="",
    container="",
    source="",
):
    return {
        "title": " ".join((title or "").split()),
        "authors": list(authors),
        "year": year,
        "doi": doi or "",
        "url": url or "",
        "summary": (abstract or "").strip(),
        "key_findings": "\n\n".join(strip_html(n) for n in notes if n and strip_html(n)),
        "tags": list(keywords),
        "item_type": item_type or "",
        "container": container or "",
        "source": source,
    }


# ---------------------------------------------------------------- BibTeX (bibtexparser 2.x)


def latex_to_text(value):
    from pylatexenc.latex2text import LatexNodes2Text

    return " ".join(LatexNodes2Text().latex_to_text(value).split())


def bib_author(name):
    """'{United Nations}' stays whole; 'Family, Given' keeps its order."""
    return latex_to_text(name.strip())


def parse_bibtex(text):
    import bibtexparser
    from bibtexparser import middlewares as mw

    library = bibtexparser.parse_string(text, append_middleware=[mw.SeparateCoAuthors()])
    if library.failed_blocks and not library.entries:
        raise ImportFailed(
            f"not a readable BibTeX file: {len(library.failed_blocks)} blocks could not be parsed"
        )
    return [bib_reference(entry) for entry in library.entries]


def bib_reference(entry):
    f = {k.lower(): v.value for k, v in entry.fields_dict.items()}
    text = lambda key: latex_to_text(f[key]) if isinstance(f.get(key), str) else ""
    authors = f.get("author") or f.get("editor") or []
    authors = [bib_author(a) for a in (authors if isinstance(authors, list) else [authors])]
    container = venue(
        text("journal") or text("booktitle") or text("institution") or text("publisher"),
        text("volume"),
        text("number"),
    )
    keywords = [k.strip() for k in re.split(r"[,;]", text("keywords")) if k.strip()]
    notes = [f[k] for k in ("annote", "note") if isinstance(f.get(k), str)]
    return reference(
        text("title"),
        authors,
        year_of(f.get("year") or f.get("date")),
        text("doi"),
        text("url"),
        text("abstract"),
        notes,
        keywords,
        entry.entry_type,
        container,
        "bibtex",
    )


# ---------------------------------------------------------------- RIS (rispy)


def parse_ris(text):
    import rispy

    try:
        entries = rispy.loads(text.lstrip("\ufeff"))
    except Exception as error:  # rispy raises plain IOError/ValueError on malformed input
        raise ImportFailed(f"not a readable RIS file: {error}") from error
    return [ris_reference(e) for e in entries]


def ris_reference(e):
    urls = e.get("urls") or []
    authors = e.get("authors") or e.get("first_authors") or []
    # Zotero writes a report's number (often its UN symbol) to SN, which rispy calls issn.
    number = e.get("number") or (e.get("issn") if e.get("type_of_reference") == "RPRT" else "")
    container = venue(
        e.get("secondary_title") or e.get("journal_name") or e.get("publisher"),
        e.get("volume"),
        number,
    )
    return reference(
        e.get("title") or e.get("primary_title") or "",
        authors,
        year_of(e.get("year") or e.get("publication_year") or e.get("date")),
        e.get("doi") or "",
        urls[0] if urls else "",
        e.get("abstract") or e.get("notes_abstract") or "",
        e.get("notes") or [],
        e.get("keywords") or [],
        e.get("type_of_reference") or "",
        container,
        "ris",
    )


# ---------------------------------------------------------------- CSL-JSON


def parse_csl_json(text):
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFailed(f"not a readable CSL-JSON file: {error}") from error
    items = items.get("items", [items]) if isinstance(items, dict) else items
    return [csl_reference(item) for item in items if isinstance(item, dict)]


def csl_name(person):
    if person.get("literal"):
        return person["literal"]
    return ", ".join(x for x in (person.get("family"), person.get("given")) if x)


def csl_reference(item):
    parts = (item.get("issued") or {}).get("date-parts") or [[None]]
    year = parts[0][0] if parts and parts[0] else None
    keywords = [k.strip() for k in re.split(r"[,;]", item.get("keyword") or "") if k.strip()]
    container = venue(
        item.get("container-title") or item.get("publisher"),
        item.get("volume"),
        item.get("issue") or item.get("number"),
    )
    return reference(
        item.get("title") or "",
        [csl_name(p) for p in item.get("author") or []],
        year_of(year or item.get("issued", {}).get("raw")),
        item.get("DOI") or "",
        item.get("URL") or "",
        item.get("abstract") or "",
        [item.get("note") or ""],
        keywords,
        item.get("type") or "",
        container,
        "csl-json",
    )


PARSERS = {"bibtex": parse_bibtex, "ris": parse_ris, "csl-json": parse_csl_json}


# ---------------------------------------------------------------- sniffing and importing


def sniff_format(name, text):
    """The export's format from its extension, else from its first characters."""
    by_extension = EXTENSIONS.get(Path(name or "").suffix.lower())
    if by_extension:
        return by_extension
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    if head.startswith(("[", "{")):
        return "csl-json"
    if re.search(r"^TY  - ", head, re.MULTILINE):
        return "ris"
    if re.search(r"^\s*@\w+\s*[{(]", head, re.MULTILINE):
        return "bibtex"
    raise UnsupportedFormat(
        f"{name or 'the file'}: not a BibTeX, RIS or CSL-JSON export; "
        "in Zotero use Export… with one of those formats"
    )


def read_references(source, name=None, fmt=None):
    """Parse a path, bytes or text into reference dicts; returns (format, references)."""
    if isinstance(source, (str, Path)) and Path(source).exists():
        name, source = name or Path(source).name, Path(source).read_bytes()
    text = (
        source.decode("utf-8-sig", errors="replace") if isinstance(source, bytes) else str(source)
    )
    fmt = fmt or sniff_format(name, text)
    if fmt not in PARSERS:
        raise UnsupportedFormat(
            f"unknown reference format '{fmt}': use one of {', '.join(FORMATS)}"
        )
    return fmt, [r for r in PARSERS[fmt](text) if r["title"]]


def import_references(db, source, name=None, fmt=None, report_slug=None, user="import"):
    """Store the references of an export as notes, skipping the ones already there."""
    _, references = read_references(source, name, fmt)
    report_id = notebook.report_id_for(db, report_slug)
    result = ImportReport()
    with store.transaction(db):
        for ref in references:
            store_reference(db, ref, report_id, user, result)
    return result


def store_reference(db, ref, report_id, user, result):
    fields = {**ref, "report_id": report_id} if report_id else ref
    existing = notebook.find_duplicate(
        db, ref["doi"], ref["title"], ref["year"], ref["url"], notebook.identity_symbols(ref)
    )
    if existing:
        result.duplicates.append(existing["id"])
        filled = notebook.fill_empty_fields(db, existing, fields, user)
        if filled:
            result.filled[existing["id"]] = filled
        return
    note_id = notebook.insert_note(
        db,
        {**fields, "citation": notebook.format_citation({**ref, **notebook.clean_fields(fields)})},
    )
    audit.record(db, user, "import_note", "notes", note_id, "source", None, ref["source"])
    result.created.append(note_id)
