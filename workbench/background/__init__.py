"""The background document of a thematic report, from a call's submissions, themes and notes.

doc = background.build_background(db, "religion-2022")           # public edition
background.write_docx(doc, "background.docx")
background.write_markdown(doc, "background.md")
"""

from .build import (
    INTERNAL_MARK,
    Background,
    Draft,
    Quote,
    Section,
    build_background,
    default_quote_ids,
    prepare,
    quote_candidates,
)
from .docx_writer import write_docx
from .markdown import to_markdown, write_markdown
from .sections import SOURCES, available_sections, default_source, theme_counts
