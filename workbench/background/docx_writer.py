"""The background document as DOCX (python-docx): title page, introduction, sections, bibliography.

``write_docx`` takes a path or a file-like object, so one function serves the disk, the
page's download button and the tests.
"""

from datetime import date

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

RED = RGBColor(0xB0, 0x00, 0x20)


def write_docx(background, target):
    document = docx.Document()
    set_header(document, background)
    title_page(document, background)
    introduction(document, background)
    for number, section in enumerate(background.sections, 1):
        write_section(document, number, section)
    bibliography(document, background)
    document.save(target)
    return target


def set_header(document, background):
    """The internal edition says so at the top of every page, the title page included."""
    paragraph = document.sections[0].header.paragraphs[0]
    run = paragraph.add_run(background.header or background.title)
    run.font.size = Pt(9)
    if background.internal:
        run.bold = True
        run.font.color.rgb = RED


def title_page(document, background):
    document.add_paragraph(background.title, style="Title")
    document.add_paragraph(background.subtitle, style="Subtitle")
    edition = (
        background.header
        if background.internal
        else "Public edition: submitters who asked not to be named are described by type and region only."
    )
    document.add_paragraph(edition).runs[0].bold = background.internal
    document.add_paragraph(f"Prepared with the Submissions Workbench on {date.today():%d %B %Y}.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def introduction(document, background):
    document.add_heading("Introduction", level=1)
    for paragraph in background.introduction:
        document.add_paragraph(paragraph)
    if background.stats_table:
        add_table(document, background.stats_table)


def add_table(document, grid):
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    table.style = "Table Grid"
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
            if i == 0 or i == len(grid) - 1:
                for run in table.cell(i, j).paragraphs[0].runs:
                    run.bold = True


def write_section(document, number, section):
    document.add_heading(f"{number}. {section.title}", level=1)
    document.add_paragraph(section.raised_by)
    if section.quotes:
        document.add_heading("What submissions say", level=2)
        for quote in section.quotes:
            add_quote(document, quote)
    document.add_paragraph().add_run(section.coverage).italic = True
    if section.literature:
        document.add_heading("Literature", level=2)
        for citation in section.literature:
            document.add_paragraph(citation, style="List Bullet")


def add_quote(document, quote):
    paragraph = document.add_paragraph(style="Quote")
    if quote.confidential:
        marker = paragraph.add_run("[CONFIDENTIAL — do not publish] ")
        marker.bold = True
        marker.font.color.rgb = RED
    paragraph.add_run(f"“{quote.text}”")
    document.add_paragraph(f"— {quote.attribution} ({quote.source})")


def bibliography(document, background):
    document.add_heading("Bibliography", level=1)
    if not background.bibliography:
        document.add_paragraph("No literature notes are linked to this call or its report yet.")
    for citation in background.bibliography:
        document.add_paragraph(citation)
