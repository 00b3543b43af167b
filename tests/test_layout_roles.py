"""What the layout of a PDF or Word file says about its lines (issue 12, part 1): headings set
larger or bolder than the text, or in Word's heading styles, are headings even where their
words look like a sentence; notes set small at a page's foot are notes even where they carry
no citation; short lines set like the body text are text, not headings."""

import docx
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from workbench.ingest import read_file

from .makedocs import ENGLISH

BODY = (
    "Trans women in the capital are stopped by the police at night, searched and held "
    "without charge; in 2023 the Rainbow Coalition recorded 61 such detentions, and none of "
    "the complaints filed with the police oversight body has led to a disciplinary measure."
)
HEADING = "2. Policing of trans women (recommendations 14, 22 and 31)"
NOTE_START = "4 Interview with a lawyer of the coalition, Nairobi, 12 March 2024; the lawyer"
NOTE_GOES_ON = "asked that the name of the police station be withheld from the published version"
CELLS = ["Nairobi 14", "Mombasa 9", "Kisumu 5"]


def _line(pdf, y, text, font="Helvetica", size=11):
    pdf.setFont(font, size)
    pdf.drawString(60, y, text)
    return y - size * 1.4


def _paragraph(pdf, y, text, width=85):
    words, line = text.split(), ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            y = _line(pdf, y, line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return _line(pdf, _line(pdf, y, line), "") if line else y


def make_report(path):
    """Two pages: a large title, bold numbered headings, text, a table of short lines in the
    text's font, and footnotes in a small font at the foot of page 2."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = _line(pdf, 780, "Policing and detention of trans women", "Helvetica-Bold", 18)
    y = _line(pdf, y - 10, "1. Who we are", "Helvetica-Bold", 12)
    for text in ENGLISH[:2]:
        y = _paragraph(pdf, y, text)
    pdf.showPage()
    y = _line(pdf, 780, HEADING, "Helvetica-Bold", 12)
    y = _paragraph(pdf, y, BODY)
    y = _paragraph(pdf, y, "Detentions recorded in 2023, by city:")
    for cell in CELLS:
        y = _line(pdf, y, cell)
    y = _paragraph(pdf, y - 6, ENGLISH[2])
    y = 90
    for text in (NOTE_START, NOTE_GOES_ON):
        y = _line(pdf, y, text, size=8)
    pdf.showPage()
    pdf.save()
    return path


def passage(passages, start):
    found = [p for p in passages if p["text"].startswith(start)]
    assert found, [p["text"][:50] for p in passages]
    return found[0]


def test_a_bold_numbered_heading_is_a_heading_and_the_section_of_the_text_after_it(tmp_path):
    passages = read_file("r.pdf", make_report(tmp_path / "r.pdf").read_bytes(), ocr=False)[
        "passages"
    ]
    heading = passage(passages, "2. Policing of trans women")
    assert heading["role"] == "heading"
    body = passage(passages, "Trans women in the capital")
    assert body["role"] == "body" and body["section"] == HEADING
    assert HEADING not in body["text"]


def test_small_notes_at_the_foot_of_a_page_are_notes_even_without_a_citation(tmp_path):
    passages = read_file("r.pdf", make_report(tmp_path / "r.pdf").read_bytes(), ocr=False)[
        "passages"
    ]
    note = passage(passages, "4 Interview with a lawyer")
    assert note["role"] == "footnote_reference", note
    assert NOTE_GOES_ON in note["text"]  # the note's second line is the same note
    assert "smaller" in note["reason"]


def test_short_lines_set_as_the_text_are_text_where_headings_are_bold(tmp_path):
    passages = read_file("r.pdf", make_report(tmp_path / "r.pdf").read_bytes(), ocr=False)[
        "passages"
    ]
    cells = [p for p in passages if any(cell in p["text"] for cell in CELLS)]
    assert cells and all(p["role"] == "body" for p in cells), cells


def test_a_word_heading_style_makes_a_heading_of_a_line_ending_with_a_colon(tmp_path):
    document = docx.Document()
    document.add_paragraph(ENGLISH[0])
    document.add_paragraph("What the law says about legal gender recognition:", "Heading 2")
    document.add_paragraph(ENGLISH[1])
    document.add_paragraph("What we ask the Government to do:")
    document.add_paragraph(ENGLISH[2])
    path = tmp_path / "answers.docx"
    document.save(path)
    passages = read_file("answers.docx", path.read_bytes(), ocr=False)["passages"]
    styled = passage(passages, "What the law says")
    assert styled["role"] == "heading"
    assert passage(passages, ENGLISH[1][:30])["section"] == styled["text"]
    assert passage(passages, "What we ask the Government")["role"] == "body"  # plain style


def test_a_numbered_title_set_as_the_text_stays_a_heading(tmp_path):
    pdf = canvas.Canvas(str(tmp_path / "n.pdf"), pagesize=A4)
    y = _line(pdf, 780, "Submission on policing", "Helvetica-Bold", 16)
    y = _line(pdf, y - 10, "1. Who we are", "Helvetica-Bold", 12)
    y = _paragraph(pdf, y, ENGLISH[0])
    y = _line(pdf, y, "3. Access to health care")  # the text's own font
    y = _paragraph(pdf, y, ENGLISH[1])
    y = _line(pdf, y, "Kisumu 5")
    y = _paragraph(pdf, y, ENGLISH[2])
    pdf.showPage()
    pdf.save()
    passages = read_file("n.pdf", (tmp_path / "n.pdf").read_bytes(), ocr=False)["passages"]
    assert passage(passages, "3. Access to health care")["role"] == "heading"
    assert passage(passages, ENGLISH[1][:30])["section"] == "3. Access to health care"
    assert passage(passages, "Kisumu 5")["role"] == "body"
