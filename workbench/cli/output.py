"""Rows written as CSV or JSON, as the commands that list things print them."""

import csv
import json
import sys


def write_rows(rows, columns, fmt, out=None):
    """Write dict rows as CSV or JSON to ``out`` (stdout by default)."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump([{c: r.get(c) for c in columns} for r in rows], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
