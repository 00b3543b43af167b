"""Backup and restore: the database (SQLite online backup), the originals, a checksummed manifest.

A backup is a folder::

    DEST/workbench.db          a consistent snapshot, taken while the app may be writing
    DEST/originals/ab/abcd...  every stored original, byte for byte
    DEST/manifest.json         sha256 and size of every file above, row counts per table

The snapshot is taken before the originals are copied: originals are always written
before the rows that name them, so every original the snapshot refers to is copied.
``restore`` checks every checksum first and refuses a damaged or incomplete backup.

A backup folder may come from elsewhere, so ``restore`` trusts nothing in it: the manifest
may name only ``workbench.db`` and ``originals/<aa>/<sha256>`` (the store's own layout),
nothing in the folder may be a symlink, an original's bytes must hash to its name, and the
database must be a workbench database (``schema_migrations`` and the core tables and
columns, no table, index, trigger or view the workbench does not make, no migration newer
than this code). Anything else is refused, by name, before a single file is written.
Backups and restored files are owner-only (folders 0700, files 0600).
"""

import hashlib
import json
import os
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from . import audit, migrations, store
from .errors import WorkbenchError
from .migrations import table_counts

DB_NAME = "workbench.db"
MANIFEST = "manifest.json"
FORMAT = 1
PAGES_PER_STEP = 1024  # online backup copies in steps so writers are never blocked for long


class BackupError(WorkbenchError):
    """A backup could not be made, or a backup is damaged and was not restored."""


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# ---------------------------------------------------------------- backup


def backup(db, dest, user="local"):
    """Write a backup of ``db`` (an open workbench database) into the new folder ``dest``."""
    dest = Path(dest)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty: give a new folder for the backup")
    store.make_private_dir(dest)
    store.make_private(dest)  # an empty folder made beforehand: it will hold the testimonies
    _snapshot(db.conn, dest / DB_NAME)
    copied = _copy_originals(store.originals_dir(db), dest / "originals")
    manifest = _manifest(dest, copied)
    store.write_private(dest / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    with store.transaction(db):
        audit.record(db, user, "backup", "database", None, "dest", None, str(dest))
    return manifest


def _snapshot(conn, target):
    """SQLite's online backup: a consistent copy even while others write (WAL)."""
    if conn.in_transaction:
        conn.commit()
    store.create_private_file(target)
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy, pages=PAGES_PER_STEP)
        copy.execute("pragma journal_mode=delete")  # one self-contained file
    finally:
        copy.close()


def _copy_originals(source, target):
    """Copy every finished original (never a ``.part`` being written, nor anything that is
    not an original in the store's layout); return their paths."""
    copied = []
    if not source.exists():
        return copied
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if store.is_original_name(relative.as_posix()) and path.is_file() and not path.is_symlink():
            destination = target / relative
            store.make_private_dir(destination.parent)
            _copy_private(path, destination)
            copied.append(Path("originals") / relative)
    return copied


def _copy_private(source, destination):
    """Copy a file's bytes into a new owner-only file; return their sha256."""
    digest = hashlib.sha256()
    fd = os.open(
        destination,
        os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0),
        store.PRIVATE_FILE,
    )
    with open(source, "rb") as reader, os.fdopen(fd, "wb") as writer:
        os.fchmod(writer.fileno(), store.PRIVATE_FILE)
        while chunk := reader.read(1024 * 1024):
            digest.update(chunk)
            writer.write(chunk)
    return digest.hexdigest()


def _manifest(dest, originals):
    files = [Path(DB_NAME)] + originals
    conn = sqlite3.connect(str(dest / DB_NAME))
    try:
        counts = table_counts(conn)
        schema = migrations.current_version(conn)
    finally:
        conn.close()
    return {
        "format": FORMAT,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "schema_version": schema,
        "tables": counts,
        "files": {
            str(f): {"sha256": file_sha256(dest / f), "size": (dest / f).stat().st_size}
            for f in files
        },
    }


# ---------------------------------------------------------------- verify and restore


def verify(src):
    """Check a backup folder against its manifest; return the manifest or raise BackupError.

    Nothing is trusted: every name the manifest lists must be one restore may write, no
    file may be a symlink, every checksum must match, and the database must be a workbench
    database this code can open."""
    src = Path(src)
    manifest = _read_manifest(src)
    for name, expected in manifest["files"].items():
        path = src / name
        if not path.is_file():
            raise BackupError(
                f"backup {src} is incomplete: {name} is missing: not restored; use another backup"
            )
        actual = file_sha256(path)
        if actual != expected["sha256"]:
            raise BackupError(
                f"backup {src} is corrupted: {name} does not match its checksum "
                f"(expected {expected['sha256'][:12]}…, found {actual[:12]}…): not restored; use another backup"
            )
    _check_database(src / DB_NAME, manifest, src)
    return manifest


def _read_manifest(src):
    _refuse_symlinks(src, MANIFEST)
    try:
        manifest = json.loads((src / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{src} is not a workbench backup: it has no {MANIFEST}") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise BackupError(
            f"backup {src} is corrupted: its {MANIFEST} cannot be read ({error}): not restored"
        ) from None
    if (
        not isinstance(manifest, dict)
        or not isinstance(manifest.get("files"), dict)
        or DB_NAME not in manifest["files"]
    ):
        raise BackupError(
            f"backup {src} is corrupted: its {MANIFEST} does not list {DB_NAME}: not restored"
        )
    for name, expected in manifest["files"].items():
        _check_name(src, name, expected)
    return manifest


def _check_name(src, name, expected):
    """Refuse, by name, any manifest entry restore must not write: only the database and
    ``originals/<aa>/<sha256>`` (the store's layout), each a regular file, not a symlink."""
    original = name.startswith("originals/") and store.is_original_name(name[len("originals/") :])
    if name != DB_NAME and not original:
        raise BackupError(
            f"backup {src} lists {name!r}, which is not a file a backup holds (only {DB_NAME} and "
            "originals/<aa>/<sha256>): not restored; this backup may have been tampered with"
        )
    if (
        not isinstance(expected, dict)
        or not isinstance(expected.get("sha256"), str)
        or re.fullmatch(r"[0-9a-f]{64}", expected["sha256"]) is None
    ):
        raise BackupError(
            f"backup {src} is corrupted: its {MANIFEST} gives no sha256 for {name}: not restored"
        )
    if original and expected["sha256"] != name.rsplit("/", 1)[1]:
        raise BackupError(
            f"backup {src} lists {name} with the checksum of other bytes "
            f"({expected['sha256'][:12]}…): an original is named by its sha256: not restored"
        )
    _refuse_symlinks(src, name)


def _refuse_symlinks(src, name):
    """Refuse a backup in which ``name``, or a folder on its way, is a symlink (it could point anywhere)."""
    path = src
    for part in Path(name).parts:
        path = path / part
        if path.is_symlink():
            raise BackupError(
                f"backup {src} is unsafe: {path.relative_to(src)} is a symbolic link, "
                "which a backup never holds: not restored"
            )


def _check_database(path, manifest, src):
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise BackupError(
            f"backup {src} is corrupted: its database cannot be opened ({error}): not restored"
        ) from None
    try:
        status = conn.execute("pragma integrity_check").fetchone()[0]
        counts = table_counts(conn)
        if status == "ok":
            _check_schema(conn, src)
    except sqlite3.DatabaseError as error:
        raise BackupError(
            f"backup {src} is corrupted: its database cannot be read ({error}): not restored"
        ) from None
    finally:
        conn.close()
    if status != "ok":
        raise BackupError(
            f"backup {src} is corrupted: the database fails its integrity check ({status}): not restored"
        )
    if counts != manifest.get("tables"):
        raise BackupError(
            f"backup {src} is corrupted: its tables do not hold the rows the manifest lists: not restored"
        )


CORE_TABLES = ("reports", "calls", "submissions", "files", "pages", "passages")


def _check_schema(conn, src):
    """Refuse a database that is not the workbench's: no ``schema_migrations``, a migration this
    code does not know (a newer workbench made it), a core table or column missing, or any
    table, index, trigger or view other than those its migrations make."""
    foreign = f"backup {src} does not hold a workbench database"
    objects = migrations.schema_objects(conn)
    if ("table", "schema_migrations") not in objects:
        raise BackupError(
            f"{foreign}: its {DB_NAME} is an SQLite file without the workbench's "
            "schema_migrations table: not restored"
        )
    versions = migrations.applied(conn)
    known = {version for version, _ in migrations.available()}
    unknown = sorted(versions - known, key=str)
    if unknown:
        raise BackupError(
            f"backup {src} was made by a newer workbench: its database has schema migrations "
            f"{', '.join(map(str, unknown))}, this one knows up to {max(known)}: not restored; "
            "upgrade the workbench, then restore"
        )
    if 1 not in versions:
        raise BackupError(
            f"{foreign}: its schema_migrations does not record the core tables: not restored"
        )
    expected = migrations.reference_schema(versions)
    for table in CORE_TABLES:
        if ("table", table) not in objects:
            raise BackupError(f"{foreign}: it has no {table} table: not restored")
    for key, (sql, columns) in expected.items():
        if key not in objects:
            raise BackupError(
                f"{foreign}: it has no {key[0]} {key[1]}, which its migrations make: not restored"
            )
        if key[0] == "table" and objects[key][1] != columns:
            missing = [c for c in columns if c not in objects[key][1]]
            extra = [c for c in objects[key][1] if c not in columns]
            raise BackupError(
                f"{foreign}: its table {key[1]} has "
                + "; ".join(
                    part
                    for part in (
                        missing and f"no column {', '.join(missing)}",
                        extra and f"columns the workbench does not make ({', '.join(extra)})",
                    )
                    if part
                )
                + ": not restored"
            )
        if key[0] in ("trigger", "view") and _squeeze(objects[key][0]) != _squeeze(sql):
            raise BackupError(
                f"{foreign}: its {key[0]} {key[1]} is not the workbench's: not restored"
            )
    strangers = sorted(set(objects) - set(expected))
    if strangers:
        raise BackupError(
            f"{foreign}: it holds "
            + ", ".join(f"{kind} {name}" for kind, name in strangers)
            + ", which the workbench does not make: not restored"
        )


def _squeeze(sql):
    return " ".join(sql.split()).lower()


def restore(src, to_db, force=False):
    """Restore the backup folder ``src`` into the database file ``to_db`` (and its originals).

    Refuses a damaged, foreign or tampered backup before writing anything, and an existing
    non-empty database unless ``force``. The database is written through SQLite's backup
    API, so a running app never reads half a file. Everything written is owner-only.
    """
    src, to_db = Path(src), Path(to_db)
    manifest = verify(src)
    if to_db.exists() and to_db.stat().st_size and not force:
        raise BackupError(
            f"{to_db} already exists: restoring would replace everything in it; give --force to do so, or --to a new file"
        )
    store.make_private_dir(to_db.parent)
    _restore_originals(src, store.originals_dir_of(to_db), manifest)
    store.create_private_file(to_db)
    source = sqlite3.connect(Path(src / DB_NAME).resolve().as_uri() + "?mode=ro", uri=True)
    target = sqlite3.connect(str(to_db), timeout=30)
    try:
        source.backup(target)
        target.execute("pragma journal_mode=wal")
    finally:
        source.close()
        target.close()
    return manifest


def _restore_originals(src, target, manifest):
    """Copy originals in by name (content-addressed: an existing file of that name is the same
    bytes); bytes that no longer hash to their name are not put in place."""
    for name in manifest["files"]:
        if name == DB_NAME:
            continue
        relative = name[len("originals/") :]
        destination = target / relative
        digest = relative.rsplit("/", 1)[1]
        if (
            destination.is_file()
            and not destination.is_symlink()
            and file_sha256(destination) == digest
        ):
            continue
        store.make_private_dir(destination.parent)
        partial = destination.with_suffix(".part")
        if _copy_private(src / name, partial) != digest:
            partial.unlink()
            raise BackupError(
                f"backup {src}: {name} changed while it was restored and no longer hashes to its "
                "name: not restored"
            )
        partial.replace(destination)
