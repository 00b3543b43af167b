"""Tables out as CSV, XLSX, Markdown and DOCX.

Every writer takes a path or a file-like object (text or binary), so one function serves
the disk, a download button and the tests. CSV carries the vocabulary codes (the CLI
contract: first column the row value, one column per column value, a ``total`` row and
column) unless ``labels=True`` (the download people read: the names reports print, "(no
region)" for an empty value); the other formats carry the names reports print, the report's
sentences when given, and the table's notes in the table's language.
"""

import contextlib
import csv
import io
from pathlib import Path

from .table import TOTAL
from .wording import dimension_name, table_notes, value_label

FORMATS = ("csv", "md", "xlsx", "docx")
BINARY = {"xlsx", "docx"}
PROSE = {"md", "xlsx", "docx"}  # documents people read: they carry the report's sentences
MIME = {
    "csv": "text/csv",
    "md": "text/markdown",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


# ---------------------------------------------------------------- the grid every format prints


def grid(table, labels=False, lang="en"):
    """(header, rows) of printed values: totals last; '< k' for suppressed cells."""
    cols = list(table.col_values) + [TOTAL]
    header = [corner(table, labels, lang)] + [name(table.cols, c, labels, lang) for c in cols]
    body = [
        [name(table.rows, r, labels, lang, table)] + [table.shown(r, c) for c in cols]
        for r in list(table.row_values) + [TOTAL]
    ]
    return header, body


def corner(table, labels, lang):
    if not labels:
        return table.rows
    if table.cols:
        return f"{dimension_name(table.rows, lang)} / {dimension_name(table.cols, lang)}"
    return dimension_name(table.rows, lang)


def name(dimension, value, labels, lang, table=None):
    if not labels:
        return "total" if value is TOTAL else value
    merged = bool(table and table.rules.nhri_with_states)
    return value_label(dimension, value, lang, nhri_with_states=merged)


def title(table, lang="en"):
    """'Submissions by submitter type and region (call-a, call-b)'."""
    by = dimension_name(table.rows, lang).lower()
    if table.cols:
        by += " / " + dimension_name(table.cols, lang).lower()
    word = {"es": "Contribuciones por", "fr": "Contributions par"}.get(lang, "Submissions by")
    return f"{word} {by} ({', '.join(table.calls) or '-'})"


# ---------------------------------------------------------------- targets


@contextlib.contextmanager
def text_target(target):
    """A text stream over a path, a text stream or a binary stream."""
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8", newline="") as handle:
            yield handle
    elif isinstance(target, io.TextIOBase):
        yield target
    else:
        wrapper = io.TextIOWrapper(target, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's binary stream open


# ---------------------------------------------------------------- writers


def write_csv(table, target, labels=False, lang="en"):
    header, body = grid(table, labels, lang)
    with text_target(target) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)


def write_markdown(table, target, labels=True, lang="en", sentences=()):
    header, body = grid(table, labels, lang)
    lines = [f"{sentence}\n" for sentence in sentences]
    lines += [f"**{title(table, lang)}**", "", row_md(header), "|" + "---|" * len(header)]
    lines += [row_md(r) for r in body]
    lines += [""] + [f"_{note}_" for note in table_notes(table, lang)]
    with text_target(target) as out:
        out.write("\n".join(lines) + "\n")


def row_md(cells):
    return "| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |"


def write_xlsx(table, target, labels=True, lang="en", sentences=()):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, body = grid(table, labels, lang)
    book = Workbook()
    sheet = book.active
    sheet.title = "Statistics"
    for sentence in sentences:  # above the table, as the report prints them
        sheet.append([sentence])
    sheet.append([title(table, lang)])
    sheet.append(header)
    top = sheet.max_row - 1
    for row in body:
        sheet.append(row)
    bold = Font(bold=True)
    for cell in list(sheet[top]) + list(sheet[top + 1]) + list(sheet[sheet.max_row]):
        cell.font = bold
    sheet.column_dimensions["A"].width = max(len(str(r[0])) for r in [header] + body) + 2
    sheet.append([])
    for note in table_notes(table, lang):
        sheet.append([note])
    book.save(target)


def write_docx(table, target, labels=True, lang="en", sentences=()):
    import docx

    header, body = grid(table, labels, lang)
    document = docx.Document()
    for sentence in sentences:
        document.add_paragraph(sentence)
    document.add_paragraph(title(table, lang)).runs[0].bold = True
    grid_table = document.add_table(rows=1 + len(body), cols=len(header))
    grid_table.style = "Table Grid"
    for i, row in enumerate([header] + body):
        for j, value in enumerate(row):
            cell = grid_table.cell(i, j)
            cell.text = str(value)
            if i == 0 or i == len(body) or j == len(row) - 1:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    for note in table_notes(table, lang):
        document.add_paragraph(note).runs[0].italic = True
    document.save(target)


WRITERS = {"csv": write_csv, "md": write_markdown, "xlsx": write_xlsx, "docx": write_docx}


def export(table, fmt, target, lang="en", labels=None, sentences=()):
    """Write ``table`` as ``fmt`` (csv, md, xlsx, docx) to a path or file-like object.

    ``labels``: names instead of codes (default: codes in CSV only); ``sentences``: the
    report's sentences, printed above the table in the formats people read (not CSV)."""
    if fmt not in WRITERS:
        raise ValueError(f"format '{fmt}': choose one of {', '.join(FORMATS)}")
    options = {"lang": lang} | ({} if labels is None else {"labels": labels})
    if fmt in PROSE:
        options["sentences"] = list(sentences)
    WRITERS[fmt](table, target, **options)


def to_bytes(table, fmt, lang="en", labels=None, sentences=()):
    """The exported file's bytes (for a download button)."""
    buffer = io.BytesIO()
    export(table, fmt, buffer, lang, labels, sentences)
    return buffer.getvalue()


def file_name(table, fmt):
    parts = [table.rows] + ([table.cols] if table.cols else [])
    return f"statistics_{'_'.join(table.calls) or 'all'}_{'_by_'.join(parts)}.{fmt}"[:150]


def cell_key(table, row_position, column_label, lang="en"):
    """The (row, col) key under a cell of the labelled grid (a row's name = its total)."""
    rows = list(table.row_values) + [TOTAL]
    cols = list(table.col_values) + [TOTAL]
    if not 0 <= row_position < len(rows):
        return None
    labels = {name(table.cols, c, True, lang): c for c in cols}
    return rows[row_position], labels.get(column_label, TOTAL)
