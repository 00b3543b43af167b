"""Hostile files: every mutated PDF/DOCX ends as `ok` or a specific error, never a crash or hang.

Seeds are made with reportlab/python-docx plus the real malformed files in fixtures/real;
mutations are truncations, bit flips, broken ZIP directories, recursive page trees and
XObjects, huge page counts, ZIP bombs (1000x document.xml, lying headers, nested ZIPs)
and XML entity bombs. ``bench/fuzz.py`` runs the same generator at a larger scale.
"""

import io
import random
import time
import zipfile

import pytest

from workbench import ingest, store
from workbench.errors import CorruptDocument, UnsafeArchive
from workbench.extract import extract
from workbench.sources import discover
from workbench.stores.sql import one

from .conftest import FIXTURES
from .makedocs import ENGLISH, make_docx, make_pdf

N_MUTANTS = 500
SECONDS_PER_FILE = 20


# ---------------------------------------------------------------- seeds


def seed_files(tmp_path):
    """(name, bytes) of clean generated files and the committed real (partly malformed) ones."""
    pdf = make_pdf(tmp_path / "seed.pdf", [ENGLISH, [ENGLISH[1]]]).read_bytes()
    docx_bytes = make_docx(tmp_path / "seed.docx", ENGLISH, header="Coalition report").read_bytes()
    seeds = [("seed.pdf", pdf), ("seed.docx", docx_bytes)]
    for path in sorted((FIXTURES / "real").iterdir()):
        if path.suffix in (".pdf", ".docx") and path.stat().st_size < 200_000:
            seeds.append((path.name, path.read_bytes()))
    return seeds


# ---------------------------------------------------------------- handcrafted hostile files


def pdf_from_objects(objects, root=1):
    """A PDF with a correct xref table from ``{number: body}``."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, objects[number]))
    xref = out.tell()
    size = max(objects) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets.get(number, 0))
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    )
    return out.getvalue()


def _text_stream(text):
    content = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def recursive_page_tree():
    """A /Pages node whose kids include itself."""
    return pdf_from_objects(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            4: _text_stream(b"A page inside a looping page tree"),
            5: FONT,
        }
    )


def recursive_xobject():
    """A form XObject that draws itself, forever."""
    draw = b"/X1 Do"
    return pdf_from_objects(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X1 5 0 R >> >> >>",
            4: b"<< /Length %d >>\nstream\n%s\nendstream" % (len(draw), draw),
            5: b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 5 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
            % (len(draw), draw),
        }
    )


def lying_page_count():
    """One real page, a page tree that claims a billion."""
    return pdf_from_objects(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            4: _text_stream(b"One page that says it is a billion"),
            5: FONT,
        }
    )


def many_pages(count=3500):
    """Really ``count`` pages (sharing one content stream): over the page limit."""
    kids = b" ".join(b"%d 0 R" % (10 + i) for i in range(count))
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        4: _text_stream(b"Page"),
        5: FONT,
    }
    for i in range(count):
        objects[10 + i] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
        )
    return pdf_from_objects(objects)


def docx_parts(docx_bytes):
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(parts, extra=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**parts, **(extra or {})}.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_bomb(docx_bytes, megabytes=8):
    """document.xml padded with whitespace so it inflates over 1000x."""
    parts = docx_parts(docx_bytes)
    body = parts["word/document.xml"]
    parts["word/document.xml"] = body.replace(
        b"<w:body>", b"<w:body>" + b" " * (megabytes * 1024**2), 1
    )
    return rezip(parts)


def lying_header_docx(docx_bytes):
    """A central directory that declares document.xml tiny while its data inflates to much more."""
    data = bytearray(docx_bomb(docx_bytes, megabytes=1))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    real = info.file_size.to_bytes(4, "little")
    fake = (1000).to_bytes(4, "little")
    # Uncompressed size sits at offset 22 of the local header and 24 of the central entry.
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = int.from_bytes(data[at + 28 : at + 30], "little")
        if (
            data[at + 46 : at + 46 + name_length] == b"word/document.xml"
            and data[at + 24 : at + 28] == real
        ):
            data[at + 24 : at + 28] = fake
        at = data.find(b"PK\x01\x02", at + 4)
    local = info.header_offset
    data[local + 22 : local + 26] = fake
    return bytes(data)


def nested_zip_in_docx(docx_bytes):
    """An 'embedded object' that is itself a ZIP bomb, nested twice."""
    inner = rezip({"bomb.txt": b"\0" * (6 * 1024**2)})
    outer = rezip({"inner.zip": inner, "again.zip": inner})
    return rezip(docx_parts(docx_bytes), {"word/embeddings/oleObject1.bin": outer})


def billion_laughs_docx(docx_bytes):
    parts = docx_parts(docx_bytes)
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    body = parts["word/document.xml"]
    head, _, rest = body.partition(b"?>")
    doc = head + b"?><!DOCTYPE w:document [" + entities + b"]>" + rest
    parts["word/document.xml"] = doc.replace(
        b"<w:body>", b"<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", 1
    )
    return rezip(parts)


def broken_zip_directory(data, rng):
    """Damage the central directory or its end record."""
    data = bytearray(data)
    end = data.rfind(b"PK\x05\x06")
    central = data.find(b"PK\x01\x02")
    target = rng.choice([t for t in (end, central) if t >= 0] or [len(data) - 10])
    for offset in range(target, min(target + 22, len(data))):
        if rng.random() < 0.5:
            data[offset] = rng.randrange(256)
    return bytes(data)


def truncate(data, rng):
    return data[: rng.randrange(1, max(2, len(data)))]


def bit_flips(data, rng):
    data = bytearray(data)
    for _ in range(rng.choice([1, 4, 32, 256])):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


def hostile_specials(docx_bytes):
    """The handcrafted cases, one of each, named by what they are."""
    return [
        ("recursive-page-tree.pdf", recursive_page_tree()),
        ("recursive-xobject.pdf", recursive_xobject()),
        ("lying-page-count.pdf", lying_page_count()),
        ("many-pages.pdf", many_pages()),
        ("zip-bomb.docx", docx_bomb(docx_bytes)),
        ("lying-zip-header.docx", lying_header_docx(docx_bytes)),
        ("nested-zip-bomb.docx", nested_zip_in_docx(docx_bytes)),
        ("billion-laughs.docx", billion_laughs_docx(docx_bytes)),
    ]


def mutants(seeds, n, seed=0):
    """``n`` (name, bytes) hostile files: the specials, then random mutations of the seeds."""
    rng = random.Random(seed)
    docx_seed = next(data for name, data in seeds if name == "seed.docx")
    files = hostile_specials(docx_seed)
    while len(files) < n:
        name, data = rng.choice(seeds)
        if name.endswith(".docx") and rng.random() < 0.3:
            mutate, data = "zipdir", broken_zip_directory(data, rng)
        else:
            mutate = rng.choice(["trunc", "flip"])
            data = truncate(data, rng) if mutate == "trunc" else bit_flips(data, rng)
        files.append((f"{len(files):04d}-{mutate}-{name}", data))
    return files


def write_all(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files:
        (folder / name).write_bytes(data)
    return folder


# ---------------------------------------------------------------- the tests

SPECIFIC = (
    "damaged",
    "longer than",
    "crashed",
    "memory",
    "not a written submission",
    "truncated",
    "ZIP bomb",
    "pages",
    "empty",
    "no text",
    "no readable text",
    "password",
    "scanned",
    "not a format",
    "container",
    "identical to",
    "no body",
    "XML",
    "security handler",
    "spreadsheet",
    "presentation",
    "legacy Word",
    "RTF",
    "OpenDocument",
)


def crashes_discovery(path, workdir):
    """The exception sources.discover raises on this one file (in the main process), or None."""
    try:
        discover([path], workdir)
    except Exception as error:  # anything here would take the whole batch down
        return f"{type(error).__name__}: {error}"
    return None


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The mutants on disk, split into those discovery survives and those it does not (yet)."""
    tmp = tmp_path_factory.mktemp("fuzz")
    folder = write_all(tmp / "hostile", mutants(seed_files(tmp), N_MUTANTS))
    crashing = {}
    for path in sorted(folder.iterdir()):
        if error := crashes_discovery(path, tmp_path_factory.mktemp("discover")):
            crashing[path.name] = error
    return folder, crashing


def test_discovery_survives_every_mutant(hostile):
    _, crashing = hostile
    assert not crashing, f"{len(crashing)} files crash discovery: {list(crashing.items())[:3]}"


def test_hostile_batch_ends_ok_or_with_specific_errors(db, hostile, monkeypatch):
    monkeypatch.setattr(ingest, "SECONDS_PER_SUBMISSION", SECONDS_PER_FILE)
    folder, crashing = hostile
    assert not crashing, f"files that crash discovery (and with it the batch): {crashing}"
    started = time.monotonic()
    report = ingest.ingest(db, "fuzz", [folder], n_workers=2, ocr=False)
    elapsed = time.monotonic() - started
    rows = store.list_submissions(db, "fuzz")
    assert len(rows) == len(report.outcomes) == N_MUTANTS
    vague = [
        (r["source"], r["error"])
        for r in rows
        if r["status"] == "error"
        and not any(word.lower() in (r["error"] or "").lower() for word in SPECIFIC)
    ]
    assert not vague, f"errors that do not say what is wrong: {vague[:5]}"
    assert elapsed < N_MUTANTS * SECONDS_PER_FILE / 2
    assert one(db, "pragma integrity_check")["integrity_check"] == "ok"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("zip-bomb.docx", "expands"),
        ("lying-zip-header.docx", "larger than its header says"),
        ("nested-zip-bomb.docx", "expands"),
        ("many-pages.pdf", "3500 pages is over"),
    ],
)
def test_bombs_and_giants_are_refused_by_name(tmp_path, name, expected):
    docx_seed = make_docx(tmp_path / "s.docx", ENGLISH).read_bytes()
    data = dict(hostile_specials(docx_seed))[name]
    with pytest.raises(Exception, match=expected) as raised:
        extract(data, name)
    assert name in str(raised.value)


def test_zip_bomb_is_refused_before_its_parts_are_inflated(tmp_path):
    bomb = docx_bomb(make_docx(tmp_path / "s.docx", ENGLISH).read_bytes(), megabytes=40)
    assert len(bomb) < 200_000
    started = time.monotonic()
    with pytest.raises(UnsafeArchive, match="ZIP bomb"):
        extract(bomb, "bomb.docx")
    assert time.monotonic() - started < 1.0


def test_entities_are_not_expanded(tmp_path):
    data = billion_laughs_docx(make_docx(tmp_path / "s.docx", ENGLISH).read_bytes())
    started = time.monotonic()
    with pytest.raises(CorruptDocument, match="entit") as raised:
        extract(data, "laughs.docx")
    assert "lollollol" not in str(raised.value)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    "name", ["recursive-page-tree.pdf", "recursive-xobject.pdf", "lying-page-count.pdf"]
)
def test_recursive_and_lying_pdfs_finish_in_a_worker(db, tmp_path, name, monkeypatch):
    monkeypatch.setattr(ingest, "SECONDS_PER_SUBMISSION", SECONDS_PER_FILE)
    docx_seed = make_docx(tmp_path / "s.docx", ENGLISH).read_bytes()
    folder = write_all(
        tmp_path / "in",
        [
            (name, dict(hostile_specials(docx_seed))[name]),
            ("ok.pdf", make_pdf(tmp_path / "ok.pdf", [ENGLISH]).read_bytes()),
        ],
    )
    started = time.monotonic()
    ingest.ingest(db, "c", [folder], n_workers=2)
    rows = {r["source"]: r for r in store.list_submissions(db, "c")}
    assert rows["ok.pdf"]["status"] == "ok"
    assert rows[name]["status"] in ("ok", "error")
    assert time.monotonic() - started < SECONDS_PER_FILE


def nested_zips(depth):
    """A ZIP inside a ZIP inside a ZIP ... ``depth`` times (about 120 bytes a level)."""
    data, name = b"a letter", "letter.txt"
    for level in range(depth):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(name, data)
        data, name = out.getvalue(), f"level{level}.zip"
    return data


def test_deeply_nested_zips_do_not_crash_discovery(tmp_path):
    archive = tmp_path / "deep.zip"
    archive.write_bytes(nested_zips(1200))
    units = discover([archive], tmp_path)
    assert units and "nested" in units[0].error
