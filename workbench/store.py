"""The store: one SQLite file (WAL) plus content-addressed originals beside it.

All SQL of the core tables lives here behind named functions; pages and the CLI never
write SQL. Feature modules keep their tables' SQL in their own stores (tagging/tag_store.py,
themes/theme_store.py, search/index_store.py, workbench/stores/), over tables their own migrations create.
A stored submission's columns change only through ``change_submission`` (version and audit lines).
"""

import contextlib
import csv
import functools
import hashlib
import os
import re
import sqlite3
from importlib import resources
from pathlib import Path

import sqlite_utils

from . import audit, migrations
from .errors import NotFound, WorkbenchError
from .stores import versioned
from .stores.sql import one as _one
from .stores.sql import rows as _rows
from .stores.sql import the_one

# The query helpers are private: other modules ask a store by a named function.

DEFAULT_DB_ENV = "WORKBENCH_DB"
DEFAULT_DB = Path("data") / "workbench.db"


def default_db_path():
    """The embedded database the app uses, overridable by $WORKBENCH_DB."""
    return Path(os.environ.get(DEFAULT_DB_ENV) or DEFAULT_DB)


def open_db(path=None):
    """Open (creating and migrating if needed) the workbench database at ``path``."""
    path = Path(path or default_db_path())
    make_private_dir(path.parent)
    create_private_file(path)  # SQLite gives its -wal and -shm files the database's mode
    for owned in (Path(f"{path}-wal"), Path(f"{path}-shm"), originals_dir_of(path)):
        make_private(owned)  # made by a version that left them readable to others
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    conn.execute("pragma journal_mode=wal")
    conn.execute("pragma foreign_keys=on")
    conn.execute("pragma busy_timeout=30000")
    conn.execute("pragma synchronous=normal")
    db = sqlite_utils.Database(conn)
    db.path = path
    migrations.migrate(conn)
    seed_reports(db)
    return db


@contextlib.contextmanager
def transaction(db):
    """One atomic unit of work: everything inside commits together or not at all. Nested in
    another, it is a savepoint of the outer one: its failure undoes only itself, and nothing
    is committed before the outer unit ends."""
    conn = db.conn
    depth = getattr(db, "_depth", 0)
    if depth:
        yield from _savepoint(db, depth)
        return
    if conn.in_transaction:
        conn.commit()  # a stray implicit transaction (a write outside any unit)
    conn.execute("begin immediate")
    db._depth = 1
    try:
        yield db
    except BaseException:
        conn.rollback()
        raise
    else:
        conn.commit()
    finally:
        db._depth = 0


def _savepoint(db, depth):
    name = f"unit_{depth}"
    db.conn.execute(f"savepoint {name}")
    db._depth = depth + 1
    try:
        yield db
    except BaseException:
        db.conn.execute(f"rollback to {name}")
        db.conn.execute(f"release {name}")
        raise
    else:
        db.conn.execute(f"release {name}")
    finally:
        db._depth = depth


# ---------------------------------------------------------------- originals


def originals_dir(db):
    return originals_dir_of(db.path)


def originals_dir_of(db_path):
    return Path(db_path).parent / "originals"


ORIGINAL_NAME = re.compile(r"([0-9a-f]{2})/(\1[0-9a-f]{62})")  # aa/<sha256 starting with aa>


def is_original_name(relative):
    """Whether ``relative`` (a path inside originals/, '/'-separated) is where an original is kept."""
    return ORIGINAL_NAME.fullmatch(str(relative)) is not None


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def original_path(db, digest):
    return originals_dir(db) / digest[:2] / digest


def keep_original(db, data):
    """Store bytes under their SHA-256 (write-then-rename, so never half a file)."""
    digest = sha256(data)
    target = original_path(db, digest)
    if not target.exists():
        make_private_dir(target.parent)
        partial = target.with_suffix(".part")
        write_private(partial, data)
        os.replace(partial, target)
    return digest


def read_original(db, digest):
    return original_path(db, digest).read_bytes()


# ---------------------------------------------------------------- owner-only files
# Submissions are confidential testimonies: the database (and its -wal/-shm), the data
# folder, the originals and backups are readable by their owner only, whatever the umask.

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private_dir(path):
    """Create the folder ``path`` and its missing parents as owner-only (0700).

    Folders that already exist are left as they are: the database may be put in a shared
    folder such as /tmp, which must keep its own mode."""
    path = Path(path)
    missing = []
    while not os.path.lexists(path):
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # someone else made it meanwhile: theirs to set
        os.chmod(
            folder, PRIVATE_DIR
        )  # mkdir's mode passes through the umask: never wider, maybe narrower


def create_private_file(path):
    """Create ``path`` empty and owner-only (0600) unless it exists; an existing one is made owner-only."""
    if os.path.lexists(path):
        make_private(path)
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, PRIVATE_FILE))
    except FileExistsError:
        make_private(path)


def write_private(path, data):
    """Write ``data`` to the file ``path``, owner-only (0600), never through a symlink."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), PRIVATE_FILE)
        handle.write(data)


def make_private(path):
    """Take group and other permissions off an existing file or folder of ours (0600 / 0700)."""
    try:
        info = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return
    if info.st_mode & 0o077 and info.st_uid == os.getuid() and not os.path.islink(path):
        try:
            os.chmod(path, PRIVATE_DIR if os.path.isdir(path) else PRIVATE_FILE)
        except OSError:
            pass  # a read-only medium: nothing can be written there either


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


# ---------------------------------------------------------------- reports and calls


@functools.lru_cache(maxsize=1)
def _agenda():
    text = resources.files("workbench").joinpath("data/reports.csv").read_text("utf-8")
    return tuple(csv.DictReader(text.splitlines()))


def seed_reports(db):
    """The mandate's research agenda, seeded once; existing rows are left as they are.

    Every page run opens the database: only a report missing from it costs a write."""
    present = {row[0] for row in db.conn.execute("select slug from reports")}
    missing = [report for report in _agenda() if report["slug"] not in present]
    if not missing:
        return
    with transaction(db):
        for report in missing:
            db.conn.execute(
                "insert or ignore into reports (slug, title, body, year, status, area) "
                "values (:slug, :title, :body, :year, :status, :area)",
                report,
            )


def list_reports(db):
    return _rows(db, "select * from reports order by year, id")


def get_report(db, slug):
    return the_one(
        db, "select * from reports where slug = ?", [slug], NotFound(f"no report '{slug}'")
    )


def report_of_call(db, call):
    """The report ``call`` (a calls row) feeds, or None."""
    return report_by_id(db, call["report_id"]) if call["report_id"] else None


def report_by_id(db, report_id):
    """The report with this id, or None."""
    return _one(db, "select * from reports where id = ?", [report_id])


def ensure_call(db, slug, title=None, report_slug=None, deadline=None):
    """Return the call ``slug``, creating it (for ``report_slug`` if given) when new."""
    call = _one(db, "select * from calls where slug = ?", [slug])
    if call:
        return call
    report_id = get_report(db, report_slug)["id"] if report_slug else None
    with transaction(db):
        db.conn.execute(
            "insert into calls (slug, title, report_id, deadline) values (?, ?, ?, ?)",
            [slug, title or slug.replace("-", " ").capitalize(), report_id, deadline],
        )
    return get_call(db, slug)


def call_of_submission(db, submission_id):
    return the_one(
        db,
        "select c.* from calls c join submissions s on s.call_id = c.id where s.id = ?",
        [submission_id],
        NotFound(f"no submission {submission_id}"),
    )


def get_call(db, slug):
    return the_one(
        db,
        "select * from calls where slug = ?",
        [slug],
        NotFound(
            f"no call '{slug}': create it with `workbench ingest --call {slug} ...` or on the Calls page"
        ),
    )


def list_calls(db):
    return _rows(
        db,
        "select calls.*, reports.title as report_title, reports.slug as report_slug, "
        "(select count(*) from submissions s where s.call_id = calls.id) as n_submissions "
        "from calls left join reports on reports.id = calls.report_id order by calls.created_at, calls.id",
    )


# ---------------------------------------------------------------- submissions

SUBMISSION_COLUMNS = [
    "id",
    "source",
    "submitter",
    "submitter_type",
    "country",
    "region",
    "scope",
    "language",
    "confidentiality",
    "status",
    "error",
]


def find_submission(db, call_id, source):
    """The submission of this call with this source, or None."""
    return _one(db, "select * from submissions where call_id = ? and source = ?", [call_id, source])


def known_hashes(db, call_id):
    """{source: content_hash} of a call, for a fast no-op re-ingest."""
    return dict(
        db.conn.execute("select source, content_hash from submissions where call_id = ?", [call_id])
    )


def delete_submission(db, submission_id):
    """Remove a submission and everything derived from it (not its originals)."""
    db.conn.execute("delete from submissions where id = ?", [submission_id])


def insert_submission(db, call_id, record):
    """Insert one extracted submission with its files, pages, passages and notice parts.

    The caller wraps this in ``transaction`` so a failure never leaves half of it.
    """
    cur = db.conn.execute(
        "insert into submissions (call_id, source, content_hash, status, error, language, n_files, n_pages) "
        "values (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            call_id,
            record["source"],
            record["content_hash"],
            record["status"],
            record["error"],
            record.get("language"),
            len(record["files"]),
            record["n_pages"],
        ],
    )
    submission_id = cur.lastrowid
    seq, file_ids = 0, {}
    for f in record["files"]:
        file_id = db.conn.execute(
            "insert into files (submission_id, name, sha256, size, format, n_pages, status, error, header_text, letterhead) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                submission_id,
                f["name"],
                f["sha256"],
                f["size"],
                f.get("format"),
                len(f.get("pages", [])),
                f["status"],
                f.get("error"),
                f.get("header_text"),
                f.get("letterhead"),
            ],
        ).lastrowid
        db.conn.executemany(
            "insert into pages (submission_id, file_id, page, text) values (?, ?, ?, ?)",
            [
                (submission_id, file_id, number, text)
                for number, text in enumerate(f.get("pages", []), 1)
            ],
        )
        passage_rows = []
        for passage in f.get("passages", []):
            seq += 1
            passage_rows.append(
                (
                    submission_id,
                    file_id,
                    passage["page"],
                    seq,
                    passage["text"],
                    passage.get("language"),
                    passage.get("role") or "body",
                    passage.get("reason") or None,
                    passage.get("section") or None,
                )
            )
        db.conn.executemany(
            "insert into passages (submission_id, file_id, page, seq, text, language, role, role_reason, section) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            passage_rows,
        )
        file_ids[f["name"]] = file_id
        _insert_notice_parts(
            db,
            submission_id,
            [(file_id, kind, page, text) for kind, page, text in f.get("parts", [])],
        )
    _insert_notice_parts(
        db,
        submission_id,
        [
            (file_ids.get(file), kind, None, text)
            for kind, file, text in record.get("path_parts", [])
        ],
    )
    return submission_id


def _insert_notice_parts(db, submission_id, parts):
    """Notice parts (running lines, notes, comments, properties, path names) as (file_id, kind, page, text)."""
    db.conn.executemany(
        "insert into notice_parts (submission_id, file_id, kind, page, text) values (?, ?, ?, ?, ?)",
        [(submission_id, *part) for part in parts],
    )


def submission_notice_parts(db, submission_id):
    """A submission's notice parts in the order stored, with their file's name ('' for a
    folder or ZIP name)."""
    return _rows(
        db,
        "select n.kind, coalesce(f.name, '') as file, n.page, n.text from notice_parts n "
        "left join files f on f.id = n.file_id where n.submission_id = ? order by n.id",
        [submission_id],
    )


def list_submissions(db, call_slug, status=None):
    """The contract's columns plus counts, for one call, in id order."""
    return call_submissions(db, get_call(db, call_slug)["id"], status)


def call_submissions(db, call_id, status=None):
    """list_submissions of a call already resolved (callscope.CallScope)."""
    # conf_state (auto / confirmed / corrected) and the call's name_after_review decide,
    # with the level, whether a submitter may be named (privacy.may_name).
    sql = (
        "select s.id, s.source, s.submitter, s.submitter_type, s.country, s.region, s.scope, s.language, "
        "s.confidentiality, s.status, s.error, s.n_files, s.n_pages, s.excluded, s.version, s.created_at, "
        "coalesce(t.state, '') as conf_state, c.name_after_review "
        "from submissions s join calls c on c.id = s.call_id "
        "left join tags t on t.submission_id = s.id and t.field = 'confidentiality' where s.call_id = ?"
    )
    params = [call_id]
    if status:
        sql += " and s.status = ?"
        params.append(status)
    return _rows(db, sql + " order by s.id", params)


def counted_submissions(db, call_slugs, include_errors=False, include_excluded=False):
    """The submissions of the calls ``call_slugs`` that statistics count (readable and not
    excluded unless asked), with their call's slug as ``call``, in id order."""
    marks = ", ".join("?" for _ in call_slugs)
    sql = (
        "select s.id, s.source, s.submitter, s.submitter_type, s.country, s.region, s.scope, "
        "s.language, s.confidentiality, s.status, s.excluded, s.cosignatories, s.version, c.slug as call, "
        "c.name_after_review, coalesce(t.state, '') as conf_state "
        "from submissions s join calls c on c.id = s.call_id "
        "left join tags t on t.submission_id = s.id and t.field = 'confidentiality' "
        f"where c.slug in ({marks})"
    )
    if not include_errors:
        sql += " and s.status = 'ok'"
    if not include_excluded:
        sql += " and s.excluded = 0"
    return _rows(db, sql + " order by s.id", list(call_slugs))


def submission_material(db, submission_id):
    """What a submission's file rows and history say about who sent it (workbench/identity.py):
    file names, the text of DOCX headers and PDF letterheads, and names it was tagged with before.
    Its pages and notice parts come from tagging.documents.load."""
    files = submission_files(db, submission_id)
    names = audit.old_values(db, "submissions", submission_id, "submitter")
    return {
        "file_names": [f["name"] for f in files],
        "header_texts": [f["header_text"] for f in files if f.get("header_text")],
        "letterheads": [f["letterhead"] for f in files if f.get("letterhead")],
        "names": names,
    }


def set_name_after_review(db, call_slug, value):
    """The call's setting: name submitters in shareable outputs only after a person reviewed them."""
    call = get_call(db, call_slug)
    with transaction(db):
        db.conn.execute(
            "update calls set name_after_review = ? where id = ?", [1 if value else 0, call["id"]]
        )
    return get_call(db, call_slug)


EDITABLE_FIELDS = (
    "submitter",
    "submitter_type",
    "country",
    "region",
    "scope",
    "language",
    "confidentiality",
    "excluded",
    "cosignatories",  # organisations that signed a joint submission besides its submitter
)


def update_submission(db, submission_id, changes, expected_version, user):
    """Save people's edits to a submission unless someone saved it since they loaded it.

    ``expected_version`` is the ``version`` the editor loaded; a stale one raises
    ConflictError carrying the current values, so nobody silently overwrites anyone.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if int(changes.get("cosignatories") or 0) < 0:
        raise WorkbenchError(
            f"submission {submission_id}: co-signatories must be 0 or more, "
            f"not {changes['cosignatories']}"
        )
    with transaction(db):
        current = get_submission(db, submission_id)
        what = f"submission {submission_id}"
        versioned.save_edit(
            db, "submissions", what, current, changes, expected_version, user, "update_submission"
        )
    return get_submission(db, submission_id)


def change_submission(db, submission_id, values, log=()):
    """Write ``values`` ({column: value}) to a submission, raise its version and add the audit
    ``log`` lines ((user, action, field, old, new) each); the caller holds the transaction.

    The one place a stored submission's columns change (stores/versioned.py, shared with
    notes): the version is what lets an editor holding an older one get a conflict instead of
    a silent loss. The tagger's own values are written with no log (the log records what
    people change)."""
    versioned.write(db, "submissions", submission_id, values, log)


def get_submission(db, submission_id):
    """A submission's row, with what decides whether it may be named (see list_submissions)."""
    return the_one(
        db,
        "select s.*, coalesce(t.state, '') as conf_state, c.name_after_review from submissions s "
        "join calls c on c.id = s.call_id "
        "left join tags t on t.submission_id = s.id and t.field = 'confidentiality' "
        "where s.id = ?",
        [submission_id],
        NotFound(f"no submission {submission_id}"),
    )


def ok_submission_ids(db, call_id):
    """The ids of a call's readable submissions, in id order."""
    return [
        row["id"]
        for row in _rows(
            db,
            "select id from submissions where call_id = ? and status = 'ok' order by id",
            [call_id],
        )
    ]


def submission_files(db, submission_id):
    return _rows(db, "select * from files where submission_id = ? order by id", [submission_id])


def submission_pages(db, submission_id):
    return _rows(
        db,
        "select pages.page, pages.text, files.name as file from pages join files on files.id = pages.file_id "
        "where pages.submission_id = ? order by files.id, pages.page",
        [submission_id],
    )


def submission_passages(db, submission_id):
    return _rows(
        db,
        "select passages.id, passages.page, passages.seq, passages.section, passages.text, passages.language, "
        "passages.role, passages.role_reason as reason, pp.kind, pp.reason as procedural_reason, files.name as file "
        "from passages join files on files.id = passages.file_id "
        "left join procedural_passages pp on pp.passage_id = passages.id where passages.submission_id = ? order by seq",
        [submission_id],
    )


def get_passage(db, passage_id):
    """A passage's id, page, text, submission and call, or None."""
    return _one(
        db,
        "select p.id, p.page, p.text, p.submission_id, s.call_id from passages p "
        "join submissions s on s.id = p.submission_id where p.id = ?",
        [passage_id],
    )


def passages_containing(db, text, call_id=None):
    """The id and text of every passage (of one call) that contains ``text``."""
    sql = (
        "select p.id, p.text from passages p join submissions s on s.id = p.submission_id "
        "where instr(p.text, ?) > 0"
    )
    params = [text]
    if call_id is not None:
        sql += " and s.call_id = ?"
        params.append(call_id)
    return _rows(db, sql, params)


def call_passages(db, call_id):
    """Every body passage of a call's ok submissions, with its submission id and page.

    Ordered by content (the submission's file hashes, then reading order), not by id: ids
    follow the order in which worker processes finish, and clustering follows this order,
    so the same files give the same themes however they were ingested. Headings, front
    matter, notes and contact blocks (workbench/structure.py) are left out."""
    return _rows(
        db,
        "select p.id, p.submission_id, p.page, p.seq, p.section, p.text, p.language from passages p "
        "join submissions s on s.id = p.submission_id where s.call_id = ? and s.status = 'ok' "
        "and s.excluded = 0 and p.role = 'body' order by s.content_hash, p.seq",
        [call_id],
    )


def call_passage_roles(db, call_id):
    """Every passage of a call's ok submissions with its role from ingest and, when the last
    theme refresh set it aside, the procedural kind and reason; in reading order."""
    return _rows(
        db,
        "select p.id, p.submission_id, s.source, p.page, p.seq, p.section, p.text, p.language, p.role, "
        "p.role_reason as reason, pp.kind, pp.reason as procedural_reason "
        "from passages p join submissions s on s.id = p.submission_id "
        "left join procedural_passages pp on pp.passage_id = p.id "
        "where s.call_id = ? and s.status = 'ok' order by s.source, p.seq",
        [call_id],
    )


def call_questions(db, call_id):
    """The questions of the call's questionnaire, in their order."""
    return [
        r["text"]
        for r in _rows(
            db, "select text from call_questions where call_id = ? order by position", [call_id]
        )
    ]


def set_call_questions(db, call_id, questions):
    """Replace the call's questionnaire (the caller holds the transaction)."""
    db.conn.execute("delete from call_questions where call_id = ?", [call_id])
    db.conn.executemany(
        "insert into call_questions (call_id, position, text) values (?, ?, ?)",
        [(call_id, i, q) for i, q in enumerate(questions, 1)],
    )


def search_passages(db, query, call_id=None, limit=50):
    """Full-text search over passages (FTS5 syntax), best matches first."""
    sql = (
        "select p.id, p.submission_id, p.page, p.text, p.role, s.source from passages_fts f "
        "join passages p on p.id = f.rowid join submissions s on s.id = p.submission_id "
        "where passages_fts match ?"
    )
    params = [query]
    if call_id is not None:
        sql += " and s.call_id = ?"
        params.append(call_id)
    return _rows(db, sql + " order by rank limit ?", params + [limit])
