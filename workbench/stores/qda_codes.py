"""The ``qda_codes`` table (migration m0014): the codebook last imported from a QDA program
for a call, code by code. Reading and writing REFI-QDA files is in workbench/qda.py."""

from .sql import rows

COLUMNS = ("guid", "theme_id", "parent_guid", "name", "description", "color", "position")


def of_call(db, call_id):
    """The call's codes in their codebook order."""
    return rows(
        db,
        f"select {', '.join(COLUMNS)} from qda_codes where call_id = ? order by position",
        [call_id],
    )


def replace(db, call_id, entries):
    """The call's codes become ``entries`` (dicts with COLUMNS), inside the caller's transaction."""
    db.conn.execute("delete from qda_codes where call_id = ?", [call_id])
    db.conn.executemany(
        f"insert into qda_codes (call_id, {', '.join(COLUMNS)}) values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            # an empty colour is stored as no colour
            (call_id, *(e[c] for c in COLUMNS[:5]), e["color"] or None, e["position"])
            for e in entries
        ],
    )
