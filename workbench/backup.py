"""Backup and restore: the database (SQLite online backup), the originals, a checksummed manifest.

A backup is a folder::

    DEST/workbench.db          a consistent snapshot, taken while the app may be writing
    DEST/originals/ab/abcd...  every stored original, byte for byte
    DEST/manifest.json         sha256 and size of every file above, row counts per table

The snapshot is taken before the originals are copied: originals are always written
before the rows that name them, so every original the snapshot refers to is copied.
``restore`` checks every checksum first and refuses a damaged or incomplete backup.
"""
import hashlib
import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from . import audit, store
from .errors import WorkbenchError

DB_NAME = "workbench.db"
MANIFEST = "manifest.json"
FORMAT = 1
PAGES_PER_STEP = 1024       # online backup copies in steps so writers are never blocked for long


class BackupError(WorkbenchError):
    """A backup could not be made, or a backup is damaged and was not restored."""


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def table_counts(conn):
    """{table: rows} of every ordinary table (FTS shadow tables included: they must match too)."""
    names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]
    return {name: conn.execute(f'select count(*) from "{name}"').fetchone()[0] for name in names}


# ---------------------------------------------------------------- backup

def backup(db, dest, user="local"):
    """Write a backup of ``db`` (an open workbench database) into the new folder ``dest``."""
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty: give a new folder for the backup")
    dest.mkdir(parents=True, exist_ok=True)
    _snapshot(db.conn, dest / DB_NAME)
    copied = _copy_originals(store.originals_dir(db), dest / "originals")
    manifest = _manifest(dest, copied)
    (dest / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    with store.transaction(db):
        audit.record(db, user, "backup", "database", None, "dest", None, str(dest))
    return manifest


def _snapshot(conn, target):
    """SQLite's online backup: a consistent copy even while others write (WAL)."""
    if conn.in_transaction:
        conn.commit()
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy, pages=PAGES_PER_STEP)
        copy.execute("pragma journal_mode=delete")      # one self-contained file
    finally:
        copy.close()


def _copy_originals(source, target):
    """Copy every finished original (never a ``.part`` being written); return their paths."""
    copied = []
    if not source.exists():
        return copied
    for path in sorted(source.rglob("*")):
        if path.is_file() and path.suffix != ".part":
            relative = path.relative_to(source)
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, destination)
            copied.append(Path("originals") / relative)
    return copied


def _manifest(dest, originals):
    files = [Path(DB_NAME)] + originals
    conn = sqlite3.connect(str(dest / DB_NAME))
    try:
        counts = table_counts(conn)
        schema = conn.execute("select max(version) from schema_migrations").fetchone()[0]
    finally:
        conn.close()
    return {
        "format": FORMAT,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "schema_version": schema,
        "tables": counts,
        "files": {str(f): {"sha256": file_sha256(dest / f), "size": (dest / f).stat().st_size} for f in files},
    }


# ---------------------------------------------------------------- verify and restore

def verify(src):
    """Check a backup folder against its manifest; return the manifest or raise BackupError."""
    src = Path(src)
    manifest = _read_manifest(src)
    for name, expected in manifest["files"].items():
        path = src / name
        if not path.is_file():
            raise BackupError(f"backup {src} is incomplete: {name} is missing: not restored; use another backup")
        actual = file_sha256(path)
        if actual != expected["sha256"]:
            raise BackupError(f"backup {src} is corrupted: {name} does not match its checksum "
                              f"(expected {expected['sha256'][:12]}…, found {actual[:12]}…): not restored; use another backup")
    _check_database(src / DB_NAME, manifest, src)
    return manifest


def _read_manifest(src):
    try:
        manifest = json.loads((src / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{src} is not a workbench backup: it has no {MANIFEST}") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(f"backup {src} is corrupted: its {MANIFEST} cannot be read ({error}): not restored") from None
    if not isinstance(manifest, dict) or DB_NAME not in manifest.get("files", {}):
        raise BackupError(f"backup {src} is corrupted: its {MANIFEST} does not list {DB_NAME}: not restored")
    return manifest


def _check_database(path, manifest, src):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        status = conn.execute("pragma integrity_check").fetchone()[0]
        counts = table_counts(conn)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"backup {src} is corrupted: its database cannot be read ({error}): not restored") from None
    finally:
        conn.close()
    if status != "ok":
        raise BackupError(f"backup {src} is corrupted: the database fails its integrity check ({status}): not restored")
    if counts != manifest.get("tables"):
        raise BackupError(f"backup {src} is corrupted: its tables do not hold the rows the manifest lists: not restored")


def restore(src, to_db, force=False):
    """Restore the backup folder ``src`` into the database file ``to_db`` (and its originals).

    Refuses a damaged backup, and an existing non-empty database unless ``force``. The
    database is written through SQLite's backup API, so a running app never reads half a file.
    """
    src, to_db = Path(src), Path(to_db)
    manifest = verify(src)
    if to_db.exists() and to_db.stat().st_size and not force:
        raise BackupError(f"{to_db} already exists: restoring would replace everything in it; give --force to do so, or --to a new file")
    to_db.parent.mkdir(parents=True, exist_ok=True)
    _restore_originals(src, to_db.parent / "originals", manifest)
    source = sqlite3.connect(f"file:{src / DB_NAME}?mode=ro", uri=True)
    target = sqlite3.connect(str(to_db), timeout=30)
    try:
        source.backup(target)
        target.execute("pragma journal_mode=wal")
    finally:
        source.close()
        target.close()
    return manifest


def _restore_originals(src, target, manifest):
    """Copy originals in by name (content-addressed: an existing file of that name is the same bytes)."""
    for name, expected in manifest["files"].items():
        if not name.startswith("originals/"):
            continue
        destination = target / Path(name).relative_to("originals")
        if destination.exists() and file_sha256(destination) == expected["sha256"]:
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_suffix(".part")
        shutil.copyfile(src / name, partial)
        partial.replace(destination)
