"""Check a ZIP container (DOCX) before anything reads its parts into memory.

python-docx and our own readers load whole parts with ``ZipFile.read``: a DOCX whose
document.xml inflates a thousandfold (a ZIP bomb) would exhaust memory before any text
came out. ``check`` looks at the declared sizes first (cheap), then inflates every entry
in bounded chunks to confirm the real sizes match, so a lying header is caught too.
"""

import io
import zipfile
import zlib
from dataclasses import dataclass

from ..errors import CorruptDocument, UnsafeArchive

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What a ZIP may declare before anything is inflated, and how a refusal is worded."""

    entries: int
    total_bytes: int
    entry_bytes: int
    ratio: int
    ratio_from: int  # tiny entries may compress very well, harmlessly
    entry: str  # what an entry is called in messages
    refusal: str  # what was not done, and what to ask for


# A DOCX: document.xml of a 1000-page report is ~30 MB; Word XML compresses 5-20x.
DOCUMENT = Limits(
    5000, 256 * 1024**2, 64 * 1024**2, 100, 2 * 1024**2, "part", "not read; ask for a PDF"
)
# A batch of submissions sent as one archive: entries are PDFs and DOCX, which hardly compress.
ARCHIVE = Limits(
    5000,
    2 * 1024**3,
    200 * 1024**2,
    200,
    1024**2,
    "file",
    "not unpacked; ask for the documents themselves",
)


MAX_NESTING = 2  # ZIPs inside the document (embedded objects) are looked into


def check(data, name, depth=0):
    """Raise UnsafeArchive (a bomb) or CorruptDocument (broken entries); else return None."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise CorruptDocument(
            f"{name}: the ZIP/DOCX container is damaged ({error}): ask the submitter for a fresh copy or a PDF"
        ) from None
    with archive:
        entries = [info for info in archive.infolist() if not info.is_dir()]
        check_declared(entries, name)
        for info in entries:
            _check_actual(archive, data, info, name)
            _check_nested(archive, info, name, depth)


def _check_nested(archive, info, name, depth):
    """An embedded ZIP (an OLE package, an attached archive) may itself be a bomb."""
    with archive.open(info) as stream:
        if stream.read(4) != b"PK\x03\x04":
            return
    if depth >= MAX_NESTING:
        raise UnsafeArchive(
            f"{name}: ZIP archives nested more than {MAX_NESTING} deep inside the document: a ZIP bomb, not read; ask for a PDF"
        )
    try:
        check(archive.read(info), f"{name}/{info.filename}", depth + 1)
    except CorruptDocument:
        pass  # a damaged embedded object does not stop the document's text


def check_declared(entries, name, limits=DOCUMENT):
    """Refuse a ZIP whose directory declares too many entries, too many bytes or bomb ratios."""
    if len(entries) > limits.entries:
        raise UnsafeArchive(
            f"{name}: {len(entries)} {limits.entry}s is over the {limits.entries} limit (a ZIP bomb?): {limits.refusal}"
        )
    total = sum(info.file_size for info in entries)
    if total > limits.total_bytes:
        raise UnsafeArchive(
            f"{name}: its {limits.entry}s would expand to {total / 1e6:.0f} MB, over the {limits.total_bytes // 2**20} MB limit: a ZIP bomb or far too large; {limits.refusal}"
        )
    for info in entries:
        _check_entry_size(info, info.file_size, name, limits)


def _check_entry_size(info, size, name, limits=DOCUMENT):
    if size > limits.entry_bytes:
        raise UnsafeArchive(
            f"{name}: {limits.entry} '{info.filename}' expands to {size / 1e6:.0f} MB, over the {limits.entry_bytes // 2**20} MB limit per {limits.entry}: a ZIP bomb or far too large; {limits.refusal}"
        )
    ratio = size / max(info.compress_size, 1)
    if size > limits.ratio_from and ratio > limits.ratio:
        raise UnsafeArchive(
            f"{name}: {limits.entry} '{info.filename}' expands {ratio:.0f}x ({info.compress_size} bytes to {size / 1e6:.0f} MB): a ZIP bomb, {limits.refusal}"
        )


def _check_actual(archive, data, info, name):
    """The entry must inflate to no more than declared, and pass its CRC."""
    inflated = _raw_inflated_size(data, info, info.file_size + 1)
    if inflated is not None and inflated > info.file_size:
        raise UnsafeArchive(
            f"{name}: part '{info.filename}' is larger than its header says ({info.file_size} bytes declared): damaged or a ZIP bomb, not read; ask for a fresh copy or a PDF"
        )
    try:
        with archive.open(info) as stream:
            while stream.read(CHUNK):
                pass
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        EOFError,
        OSError,
        ValueError,
        KeyError,
    ) as error:
        raise CorruptDocument(
            f"{name}: part '{info.filename}' of the document is damaged ({error}): ask the submitter for a fresh copy or a PDF"
        ) from None


def _raw_inflated_size(data, info, limit):
    """Bytes the entry's deflate stream really yields (up to ``limit``); None if not deflated.

    zipfile stops at the declared size, so a lying header would go unnoticed through it.
    """
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return None
    local = info.header_offset
    if data[local : local + 4] != b"PK\x03\x04":
        return None  # zipfile will report the broken local header
    start = (
        local
        + 30
        + int.from_bytes(data[local + 26 : local + 28], "little")
        + int.from_bytes(data[local + 28 : local + 30], "little")
    )
    pending = data[start : start + info.compress_size]
    inflater, total = zlib.decompressobj(-15), 0
    try:
        while pending and total <= limit:
            total += len(inflater.decompress(pending, CHUNK))
            pending = inflater.unconsumed_tail
    except zlib.error:
        return None  # damaged: the CRC read says so with zipfile's words
    return total
