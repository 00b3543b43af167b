"""Small real PDF and DOCX files made by code for the tests (reportlab, python-docx)."""

from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def make_pdf(path, pages, header=None, footer=True, letterhead=None):
    """A text PDF: one list of paragraphs per page, optional running header and page footer."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, paragraphs in enumerate(pages, 1):
        y = height - 60
        if header:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(60, height - 35, header)
        if letterhead and number == 1:
            pdf.setFont("Helvetica-Bold", 18)
            pdf.drawString(60, y, letterhead)
            y -= 40
        pdf.setFont("Helvetica", 11)
        for paragraph in paragraphs:
            for line in _wrap(paragraph, 85):
                pdf.drawString(60, y, line)
                y -= 14
            y -= 10
        if footer:
            pdf.setFont("Helvetica", 8)
            pdf.drawString(width / 2, 30, f"Page {number} of {len(pages)}")
        pdf.showPage()
    pdf.save()
    return path


def _wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def make_docx(path, paragraphs, header=None, table=None, page_breaks_after=()):
    """A DOCX with paragraphs, an optional header, a table and explicit page breaks."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for index, text in enumerate(paragraphs):
        document.add_paragraph(text)
        if index in page_breaks_after:
            document.add_page_break()
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.save(str(path))
    return path


ENGLISH = [
    "The organisation documents cases of violence against lesbian, gay, bisexual and trans persons "
    "in rural districts, where victims rarely report attacks to the police for fear of further abuse.",
    "Legal recognition of gender identity remains out of reach for most trans people, because the "
    "procedure still requires a psychiatric diagnosis, sterilisation and the consent of a judge.",
    "We recommend that the Government repeal the provisions of the penal code that criminalise "
    "consensual same-sex relations and release everyone detained under them.",
]
SPANISH = [
    "La organización documenta casos de violencia contra personas lesbianas, gais, bisexuales y trans "
    "en zonas rurales, donde las víctimas rara vez denuncian los ataques ante la policía.",
    "El reconocimiento legal de la identidad de género sigue fuera del alcance de la mayoría de las "
    "personas trans, porque el procedimiento exige todavía un diagnóstico psiquiátrico.",
]


def make_pdf_with_table(path, rows, intro=ENGLISH[0]):
    """A one-page PDF with a paragraph and a ruled table (reportlab platypus)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = Table(rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph(intro, getSampleStyleSheet()["Normal"]), table]
    )
    return path
