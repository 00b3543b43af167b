"""Submission listings and details: what the Submissions page and `submissions` show."""

from . import callscope, privacy, publication, store, structure
from .sources import cover_first

COLUMNS = store.SUBMISSION_COLUMNS + ["n_files", "n_pages"]


def table(db, call, status=None, internal=True, names=True):
    """One row per submission of ``call`` (a CallScope, or its slug), in the contract's
    columns (empty tags as '').

    ``internal=False`` is the shareable edition (workbench/publication.py): a submitter who
    may not be named is shown by type and region only, with no id, country or file name,
    after the nameable ones, and nobody's identifiers appear in sources or errors.
    ``names=False`` is the team's view for roles that do not review (the advisor): ids
    kept, but a submitter who may not be named is shown by type and region only.
    """
    scope = callscope.of(db, call)
    rows = scope.submissions
    if status:
        rows = [row for row in rows if row["status"] == status]
    if not internal:
        return _gate(db, scope, rows).rows(rows, COLUMNS)
    if not names:
        pub = _gate(db, scope, rows, team=True)
        return [pub.row(row, COLUMNS) for row in rows]
    return [
        {column: ("" if row.get(column) is None else row[column]) for column in COLUMNS}
        for row in rows
    ]


def _gate(db, scope, rows, team=False):
    """The call's publication layer; for some of its submissions, one that reads only theirs."""
    if rows is scope.submissions:
        return scope.team_publication if team else scope.publication
    return publication.Publication(db, rows, team=team)


def detail(db, submission_id, names=True, call=None):
    """Everything the reader of one submission needs: metadata, files, pages, passages.

    ``names=False`` (roles that do not review): a submitter who may not be named is shown
    by type and region, its texts without its identifiers, and its files without names or
    originals (``files`` empty, ``withheld`` True). ``call``: the submission's call as a
    CallScope a page already resolved (else read here).
    """
    files = cover_first(store.submission_files(db, submission_id))
    order = {f["name"]: i for i, f in enumerate(files)}  # the cover letter's pages come first
    found = {
        "submission": store.get_submission(db, submission_id),
        "files": files,
        "pages": sorted(store.submission_pages(db, submission_id), key=lambda p: order[p["file"]]),
        "passages": [
            structure.with_procedural(p) for p in store.submission_passages(db, submission_id)
        ],
        "withheld": False,
    }
    return found if names else _without_names(db, found, call)


def _without_names(db, found, call=None):
    sub = found["submission"]
    mine = call is not None and call.call["id"] == sub["call_id"]
    scope = call if mine else callscope.CallScope(db, store.call_of_submission(db, sub["id"]))
    pub = scope.team_publication
    full = pub.submissions[sub["id"]]
    if pub.may_name(full):
        return found
    shown = pub.row(full, list(sub)) | {"version": sub["version"]}
    shown["source"] = privacy.anonymous_label(full)
    file_names = {f["name"]: f"file {i}" for i, f in enumerate(found["files"], 1)}
    return {
        "submission": shown,
        "files": [],
        "pages": [
            {**p, "file": file_names.get(p["file"], "file"), "text": pub.quote(full, p["text"])}
            for p in found["pages"]
        ],
        "passages": [
            {**p, "file": file_names.get(p["file"], "file"), "text": pub.quote(full, p["text"])}
            for p in found["passages"]
        ],
        "withheld": True,
    }


def original(db, file_row):
    """The original bytes of one stored file, exactly as received."""
    return store.read_original(db, file_row["sha256"])


def page_tables(db, file_row, page):
    """Tables on one page of a stored PDF (pdfplumber, on demand); [] for other formats."""
    if file_row.get("format") != "pdf":
        return []
    from .extract.tables import page_tables as read_tables

    return read_tables(original(db, file_row), page)


def filter_rows(rows, status=None, text=None, **equal):
    """Rows matching a status, a free-text filter on source/submitter/error, and field values."""
    needle = (text or "").lower()

    def keep(row):
        if status and row["status"] != status:
            return False
        if (
            needle
            and needle
            not in " ".join(str(row.get(k) or "") for k in ("source", "submitter", "error")).lower()
        ):
            return False
        return all(not value or row.get(field) in value for field, value in equal.items())

    return [row for row in rows if keep(row)]
