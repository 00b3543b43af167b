"""Submissions Workbench: the library. Every rule lives here; the CLI and pages are thin skins."""

__version__ = "0.1.0"
