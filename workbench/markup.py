"""Text from submissions, shown inside Markdown, as the text it is.

Submissions, their file names and everything derived from them (passages, quotes, theme
labels, submitter names, error messages naming a file) are written by people outside the
team. Streamlit renders Markdown almost everywhere — st.markdown, captions, alerts,
headings, expander and widget labels, st.table cells, progress text — and Markdown can
carry an image (``![x](http://…)``: the browser fetches it on sight), a disguised link
(``[text](javascript:…)``), raw HTML, LaTeX (``$…$``) and formatting. ``escape`` makes
such text print literally: every character that can open a Markdown or HTML construct is
backslash-escaped, and line breaks become spaces so that no line can start a heading, list,
quote, table or code block. Escapes are invisible once rendered, so the page reads the same.

Bare URLs that appear as text stay visible URLs (Streamlit links them to themselves); a
link whose text differs from where it goes, an image or HTML cannot be made.
"""

import re

# Anywhere in a line: emphasis, code, links/images, autolinks and HTML, tables,
# strikethrough, LaTeX, entities.
_ANYWHERE = re.compile(r"([\\`*_\[\]<>|~$&])")
# At the start of a line only: headings, lists, quotes, setext underlines, ordered lists.
_LINE_START = re.compile(r"^([#+\-=>]|\d+[.)])")


def escape(text):
    """``text`` (any value; None is '') as Markdown that renders exactly as that text, on one line."""
    if text is None:
        return ""
    text = " ".join(str(text).split())  # no line breaks, no leading spaces (code blocks)
    text = _ANYWHERE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], text)


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation


def unescape(markdown):
    """The text a reader sees of escaped Markdown (``escape``'s inverse, up to folded white
    space): for tools that search Markdown outputs, e.g. for identifiers that must not be there."""
    return _ESCAPED.sub(r"\1", markdown)
