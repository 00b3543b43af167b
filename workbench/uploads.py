"""Files uploaded through the browser, laid out on disk the way ingest reads folders."""

from pathlib import Path, PurePosixPath

from . import store


def _safe_parts(name):
    """Path parts of an uploaded name, with anything that could escape the folder removed."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return [p for p in parts if p not in ("", ".", "..", "/") and ":" not in p]


def save_uploads(uploads, folder):
    """Write (name, bytes) pairs under ``folder``; return the folder to ingest.

    A folder upload names files 'batch/Coalition/annex.pdf': the common top folder is
    dropped so that each sub-folder, not the whole batch, becomes one submission.
    """
    folder = Path(folder)
    named = [(_safe_parts(name), data) for name, data in uploads]
    named = [(parts, data) for parts, data in named if parts]
    tops = {parts[0] for parts, _ in named if len(parts) > 1}
    strip = len(tops) == 1 and all(len(parts) > 1 for parts, _ in named)
    for parts, data in named:
        target = folder.joinpath(*(parts[1:] if strip else parts))
        store.make_private_dir(target.parent)  # uploads are testimonies too: owner-only
        store.write_private(target, data)
    return folder
