"""The background document as Markdown (for review in any editor, diffable).

Every string of the document (quotes, attributions, section titles made of submissions'
words, citations) is escaped with markup.escape: what a submission or a note says prints
as text, so neither this file nor the page's preview can show an image, a link or HTML
that came from one.
"""

import io
from pathlib import Path

from ..markup import escape


def to_markdown(background):
    lines = []
    if background.internal:
        lines += [f"**{escape(background.header)}**", ""]
    lines += [
        f"# {escape(background.title)}",
        "",
        f"*{escape(background.subtitle)}*",
        "",
        "## Introduction",
        "",
    ]
    for paragraph in background.introduction:
        lines += [escape(paragraph), ""]
    if background.stats_table:
        lines += table_lines(background.stats_table) + [""]
    for number, section in enumerate(background.sections, 1):
        lines += section_lines(number, section, background)
    lines += ["## Bibliography", ""] + [f"- {escape(c)}" for c in background.bibliography] + [""]
    return "\n".join(lines)


def table_lines(grid):
    rows = ["| " + " | ".join(escape(v) for v in row) + " |" for row in grid]
    return [rows[0], "|" + "---|" * len(grid[0])] + rows[1:]


def section_lines(number, section, background):
    lines = [f"## {number}. {escape(section.title)}", ""]
    if background.internal:
        lines += [f"**{escape(background.header)}**", ""]
    lines += [escape(section.raised_by), ""]
    for quote in section.quotes:
        mark = "**[CONFIDENTIAL — do not publish]** " if quote.confidential else ""
        lines += [
            f"> {mark}“{escape(quote.text)}”",
            ">",
            f"> — {escape(quote.attribution)} ({escape(quote.source)})",
            "",
        ]
    lines += [f"*{escape(section.coverage)}*", ""]
    if section.literature:
        lines += ["### Literature", ""] + [f"- {escape(c)}" for c in section.literature] + [""]
    return lines


def write_markdown(background, target):
    """Write to a path or a text/binary file-like object."""
    text = to_markdown(background)
    if isinstance(target, (str, Path)):
        Path(target).write_text(text, encoding="utf-8")
    elif isinstance(target, io.TextIOBase):
        target.write(text)
    else:
        target.write(text.encode("utf-8"))
    return target
