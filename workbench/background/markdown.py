"""The background document as Markdown (for review in any editor, diffable)."""
import io
from pathlib import Path


def to_markdown(background):
    lines = []
    if background.internal:
        lines += [f"**{background.header}**", ""]
    lines += [f"# {background.title}", "", f"*{background.subtitle}*", "", "## Introduction", ""]
    for paragraph in background.introduction:
        lines += [paragraph, ""]
    if background.stats_table:
        lines += table_lines(background.stats_table) + [""]
    for number, section in enumerate(background.sections, 1):
        lines += section_lines(number, section, background)
    lines += ["## Bibliography", ""] + [f"- {c}" for c in background.bibliography] + [""]
    return "\n".join(lines)


def table_lines(grid):
    escape = lambda v: str(v).replace("|", "\\|")
    rows = ["| " + " | ".join(escape(v) for v in row) + " |" for row in grid]
    return [rows[0], "|" + "---|" * len(grid[0])] + rows[1:]


def section_lines(number, section, background):
    lines = [f"## {number}. {section.title}", ""]
    if background.internal:
        lines += [f"**{background.header}**", ""]
    lines += [section.raised_by, ""]
    for quote in section.quotes:
        mark = "**[CONFIDENTIAL — do not publish]** " if quote.confidential else ""
        lines += [f"> {mark}“{quote.text}”", ">", f"> — {quote.attribution} ({quote.source})", ""]
    lines += [f"*{section.coverage}*", ""]
    if section.literature:
        lines += ["### Literature", ""] + [f"- {c}" for c in section.literature] + [""]
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
