"""Tables of one PDF page, through pdfplumber's layout analysis.

pdfplumber is about 80 times slower than PDFium on whole documents, so ingest does not use
it; its table finder pays on the one page a reader asks about.
"""

import io

import pdfplumber


def page_tables(data, page_number):
    """The tables on ``page_number`` (1-based) as lists of rows of cell strings."""
    with pdfplumber.open(io.BytesIO(data), pages=[page_number]) as pdf:
        if not pdf.pages:
            return []
        found = pdf.pages[0].extract_tables()
    return [
        [[(cell or "").replace("\n", " ").strip() for cell in row] for row in table]
        for table in found
        if table and any(any(cell for cell in row) for row in table)
    ]
