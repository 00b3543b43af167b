"""The lemma tables' cache: one SQLite file per language in the user's cache folder (a word's
lemma read when a process first meets the word; see themes/passage_features.lemma_table)."""

import sqlite3
import threading


def write(path, lemmas):
    """Write {form: lemma} to the SQLite file ``path`` (which the caller created owner-only)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID")
        conn.executemany("INSERT INTO lemmas VALUES (?, ?)", lemmas.items())
        conn.commit()
    finally:
        conn.close()


class Reader:
    """A lemma file opened read-only; ``lemma(form)`` is its lemma or None. Safe across threads
    (the Streamlit server's sessions share a process)."""

    def __init__(self, path):
        self._conn = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()

    def lemma(self, form):
        with self._lock:
            row = self._conn.execute("SELECT lemma FROM lemmas WHERE form = ?", (form,)).fetchone()
        return row[0] if row else None
