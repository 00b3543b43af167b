"""What a user hands to ingest, turned into submissions: files, folders and ZIP archives.

A loose file is one submission; a sub-folder is one submission (cover letter + annexes);
a ZIP is unpacked safely and its entries are read the same way.
"""

import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import UnsafeArchive
from .extract import zipguard

IGNORED_NAMES = {".ds_store", "thumbs.db", "desktop.ini"}
MAX_ZIP_NESTING = 3  # a ZIP of ZIPs of ZIPs is plenty for any real batch
COVER_NAMES = re.compile(r"cover|letter|carta|lettre|nota|note|oficio|ofício|письмо", re.IGNORECASE)


@dataclass
class Unit:
    """One submission to be: its source label and its files as (name, path) pairs."""

    source: str
    files: list = field(default_factory=list)
    error: str = ""  # set when the unit itself is unreadable (bad ZIP)


def main_file(files):
    """The cover letter of a submission's files (dicts with a "name"): the first whose name
    says letter or note, else the first file. Tags are read from it; it is listed first."""
    covers = [f for f in files if COVER_NAMES.search(f["name"].rsplit("/", 1)[-1])]
    return (covers or files or [None])[0]


def cover_first(files):
    """The files in their stored order, the cover letter moved before its annexes."""
    main = main_file(files)
    return [main] + [f for f in files if f is not main] if main else []


def is_ignored(path):
    name = path.name.lower()
    return name in IGNORED_NAMES or name.startswith((".", "~$", "__macosx"))


def _folder_files(folder):
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(is_ignored(Path(part)) for part in p.relative_to(folder).parts)
    ]


def _submission_files(folder, workdir):
    """(name, path) of every file of a multi-file submission; a ZIP annex is opened."""
    files = []
    for path in _folder_files(folder):
        name = str(path.relative_to(folder))
        if is_zip(path):
            target = Path(tempfile.mkdtemp(dir=workdir))
            try:
                root = unpack_zip(path, target)
            except UnsafeArchive:
                files.append((name, path))  # kept as is: its error is reported per file
                continue
            files.extend((f"{name}/{p.relative_to(root)}", p) for p in _folder_files(root))
        else:
            files.append((name, path))
    return files


def is_zip(path):
    with open(path, "rb") as handle:
        head = handle.read(4)
    if head != b"PK\x03\x04":
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except Exception:  # a damaged directory raises many kinds of errors, not only BadZipFile
        return path.suffix.lower() == ".zip"
    # A DOCX (or other Office file) is a ZIP too, but it is a document, not a batch.
    return "[Content_Types].xml" not in names and "mimetype" not in names


def discover(paths, workdir):
    """Units for every path given; ZIPs are unpacked under ``workdir``."""
    units = []
    for given in map(Path, paths):
        if given.is_dir():
            units.extend(_folder_units(given, prefix="", workdir=workdir))
        elif given.is_file():
            units.extend(_file_units(given, given.name, workdir))
        else:
            units.append(
                Unit(source=given.name or str(given), error=f"{given}: no such file or folder")
            )
    return units


def _folder_units(folder, prefix, workdir, depth=0):
    units = []
    for entry in sorted(folder.iterdir()):
        if is_ignored(entry):
            continue
        label = f"{prefix}{entry.name}"
        if entry.is_dir():
            files = _submission_files(entry, workdir)
            units.append(
                Unit(
                    source=label,
                    files=files,
                    error=""
                    if files
                    else f"{label}: the folder is empty: add the submission's files or remove it",
                )
            )
        elif entry.is_file():
            units.extend(_file_units(entry, label, workdir, depth))
    return units


def _file_units(path, label, workdir, depth=0):
    try:
        return _file_units_unguarded(path, label, workdir, depth)
    except OSError as error:  # unreadable file: reported for this file, the batch goes on
        return [
            Unit(
                source=label, files=[], error=f"{label}: cannot be read ({error.strerror or error})"
            )
        ]


def _file_units_unguarded(path, label, workdir, depth):
    if path.suffix.lower() == ".zip" or is_zip(path):
        if depth >= MAX_ZIP_NESTING:
            return [
                Unit(
                    source=label,
                    files=[(path.name, path)],
                    error=f"{label}: ZIP archives nested more than {MAX_ZIP_NESTING} levels deep: not unpacked; "
                    "send the documents in one archive",
                )
            ]
        target = Path(tempfile.mkdtemp(dir=workdir))
        try:
            root = unpack_zip(path, target)
        except UnsafeArchive as error:
            return [Unit(source=label, files=[(path.name, path)], error=str(error))]
        return _folder_units(root, prefix=f"{label}/", workdir=workdir, depth=depth + 1)
    return [Unit(source=label, files=[(path.name, path)])]


def _safe_member_path(name):
    """The member's path if it stays inside the archive root, else None."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or (pure.parts and ":" in pure.parts[0]):
        return None
    return pure


def unpack_zip(path, target):
    """Unpack ``path`` into ``target`` safely; return the folder that holds its entries."""
    label = path.name
    try:
        archive = zipfile.ZipFile(path)
    except Exception:  # BadZipFile, NotImplementedError, UnicodeDecodeError, struct errors...
        raise UnsafeArchive(
            f"{label}: the ZIP archive is damaged (its directory cannot be read): ask for a fresh copy"
        ) from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        zipguard.check_declared(members, label, zipguard.ARCHIVE)  # before a byte is written
        for member in members:
            _extract_member(archive, member, target, label)
    return _single_top_folder(target)


def _extract_member(archive, member, target, label):
    relative = _safe_member_path(member.filename)
    if relative is None:
        raise UnsafeArchive(
            f"{label}: entry '{member.filename}' points outside the archive (path escape): not unpacked; ask for a clean archive"
        )
    if any(is_ignored(Path(part)) for part in relative.parts):
        return
    destination = target.joinpath(*relative.parts)
    destination.parent.mkdir(parents=True, exist_ok=True)
    limit = member.file_size + 1
    try:
        with archive.open(member) as source, open(destination, "wb") as sink:
            copied = _bounded_copy(source, sink, limit)
    except Exception as error:  # damaged data, unsupported compression or encryption
        raise UnsafeArchive(
            f"{label}: entry '{member.filename}' cannot be read ({error}): ask for a fresh copy"
        ) from None
    if copied > member.file_size:
        raise UnsafeArchive(
            f"{label}: entry '{member.filename}' is larger than its header says: a ZIP bomb, not unpacked"
        )


def _bounded_copy(source, sink, limit):
    copied = 0
    while chunk := source.read(1024 * 1024):
        copied += len(chunk)
        if copied > limit:
            return copied
        sink.write(chunk)
    return copied


def _single_top_folder(target):
    """An archive that wraps everything in one folder is read from inside that folder."""
    entries = [e for e in target.iterdir() if not is_ignored(e)]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return target


# ---------------------------------------------------------------- names as notices


def path_parts(unit):
    """(kind, file, words) for every name on a unit's path: a ZIP, a folder or a file called
    "CONFIDENTIAL_submission" is a request too. ``file`` is the unit's file name for a
    file_name part (so it links to the file), else None; words have no extension and no
    _-. separators."""
    parts = []
    components = [c for c in unit.source.split("/") if c]
    single = len(unit.files) == 1 and unit.files[0][0] == components[-1] if components else False
    for index, component in enumerate(components):
        if single and index == len(components) - 1:
            break  # the loose file itself: named below with its file
        parts.append(_name_part(component, None, is_file=False))
    for name, _ in unit.files:
        *folders, file_name = [c for c in name.split("/") if c]
        parts += [_name_part(folder, None, is_file=False) for folder in folders]
        parts.append(_name_part(file_name, name, is_file=True))
    return _unique(parts)


def _name_part(component, file, is_file):
    if component.lower().endswith(".zip"):
        return "zip_name", None, name_words(component[:-4])
    if is_file:
        return "file_name", file, name_words(PurePosixPath(component).stem)
    return "folder_name", None, name_words(component)


def name_words(name):
    """ "CONFIDENTIAL_Submission-OrgX.v2" → "CONFIDENTIAL Submission OrgX v2"; "DoNotPublish" →
    "Do Not Publish"."""
    spaced = re.sub(r"[_\-.+]+", " ", name)
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", spaced)
    return " ".join(spaced.split())


def _unique(parts):
    seen, kept = set(), []
    for kind, file, text in parts:
        if text and (kind, file, text) not in seen:
            seen.add((kind, file, text))
            kept.append((kind, file, text))
    return kept
