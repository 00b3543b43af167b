"""Ingest: files, folders and ZIPs in; one stored submission per file or sub-folder out.

Originals are kept first (content-addressed), then each submission is read in a worker
process (time and memory limited) and stored in one transaction: a failure never leaves
half a submission, and running the same command again finishes an interrupted batch and
adds nothing new for what is already stored.
"""

import hashlib
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import language, search, store, structure, tagging, workers
from .clean import clean_pages_keeping_edges, normalise
from .errors import ExtractionError
from .extract import extract, notice_parts, sniff
from .passages import split_pages
from .sources import Unit, discover, path_parts

DEFAULT_WORKERS = 2
SECONDS_PER_SUBMISSION = 300  # OCR of a long scan takes minutes
PER_TEXT_BATCH = 20  # from this many submissions, the workers also read each text for themes


@dataclass
class Outcome:
    """What ingest did with one file or folder."""

    source: str
    action: str  # added, updated, unchanged, duplicate
    status: str  # ok or error
    error: str = ""
    submission_id: int = None
    n_pages: int = 0

    @property
    def reason(self):
        """The error without the file name it starts with, for a list that shows the name."""
        prefix = f"{self.source}: "
        return self.error[len(prefix) :] if self.error.startswith(prefix) else self.error


@dataclass
class IngestReport:
    outcomes: list = field(default_factory=list)

    def count(self, **where):
        return sum(all(getattr(o, k) == v for k, v in where.items()) for o in self.outcomes)

    @property
    def pages(self):
        return sum(o.n_pages for o in self.outcomes if o.action in ("added", "updated"))

    def summary(self):
        new = self.count(action="added") + self.count(action="updated")
        return (
            f"{len(self.outcomes)} submissions, {self.pages} pages, "
            f"{self.count(status='error')} errors ({new} new or changed, "
            f"{self.count(action='unchanged')} already stored)"
        )


@dataclass
class Job:
    unit: Unit
    ocr: object = None
    questions: tuple = None  # the call's questionnaire: read each text for themes too (below)


# ---------------------------------------------------------------- reading one submission


def read_file(name, data, ocr):
    """One file's record: hash, format, cleaned pages, passages, or its error."""
    record = {"name": name, "sha256": store.sha256(data), "size": len(data)}
    try:
        extracted = extract(data, name, ocr=ocr)
    except ExtractionError as error:
        return {
            **record,
            "status": "error",
            "error": str(error),
            "format": sniff(data) if data else "empty",
        }
    pages, running = clean_pages_keeping_edges(extracted.pages, extracted.header_text)
    notes = [
        normalise(text) for kind, _, text in extracted.parts if kind in ("footnote", "endnote")
    ]
    return {
        **record,
        "status": "ok",
        "error": "; ".join(extracted.notes) or None,
        "format": extracted.format,
        "pages": pages,
        "passages": structure.classify(split_pages(pages, notes, extracted.layout)),
        "header_text": extracted.header_text,
        "letterhead": extracted.letterhead,
        "parts": notice_parts(
            [(kind, page, normalise(text)) for kind, page, text in [*extracted.parts, *running]]
        ),
    }


def read_submission(job):
    """Extract every file of a unit into a submission record (runs in a worker)."""
    unit = job.unit
    files = [read_file(name, Path(path).read_bytes(), job.ocr) for name, path in unit.files]
    good = [f for f in files if f["status"] == "ok"]
    text = "\n".join(page for f in good for page in f["pages"])
    code, _ = language.detect(text)
    for f in good:
        language.detect_passages(f["passages"], default=code)
    errors = [f["error"] for f in files if f["status"] == "error"]
    if unit.error:
        errors.insert(0, unit.error)
    return {
        "source": unit.source,
        "files": files,
        "path_parts": path_parts(unit),
        "status": "ok" if good and not unit.error else "error",
        "error": "; ".join(errors) or None,
        "language": code or None,
        "n_pages": sum(len(f["pages"]) for f in good),
        "texts": _per_text(good, job.questions) if good and job.questions is not None else None,
    }


def _per_text(files, questions):
    """What proposing themes derives from each text alone, computed here in the worker, where
    the text is read, rather than for the whole call at the first proposal (speed, issue 15)."""
    from .themes import per_text  # themes load scikit-learn: not for every quick command

    try:
        return per_text.analyse([p for f in files for p in f["passages"]], questions)
    except Exception:  # the submission stands; proposing themes computes these values itself
        logging.getLogger(__name__).exception("per-text values not computed at ingest")
        return None


def content_hash(file_hashes):
    """A submission's identity: its files' bytes, whatever they are called."""
    return hashlib.sha256("\n".join(sorted(file_hashes)).encode()).hexdigest()


def failed_record(unit, hashes, message):
    """The record of a unit whose reading crashed or timed out: kept, with the reason."""
    files = [
        {
            "name": name,
            "sha256": digest,
            "size": size,
            "status": "error",
            "error": f"{name}: {message}",
        }
        for (name, _), (digest, size) in zip(unit.files, hashes)
    ]
    return {
        "source": unit.source,
        "files": files,
        "path_parts": path_parts(unit),
        "status": "error",
        "error": f"{unit.source}: {message}",
        "language": None,
        "n_pages": 0,
    }


# ---------------------------------------------------------------- the batch


def _keep_originals(db, unit):
    """Store every file's bytes before anything else; return [(sha256, size)]."""
    kept = []
    for _, path in unit.files:
        data = Path(path).read_bytes()
        kept.append((store.keep_original(db, data), len(data)))
    return kept


def _store(db, call_id, record, digest, replace_id):
    record["content_hash"] = digest
    with store.transaction(db):
        # A revised file replaces the submission: people's confirmed/corrected tags move to the new one.
        reviewed = tagging.reviewed_tags(db, replace_id) if replace_id else []
        if replace_id:
            store.delete_submission(db, replace_id)
        submission_id = store.insert_submission(db, call_id, record)
        if reviewed:
            tagging.carry_over(db, reviewed, submission_id, record["source"])
        tagging.tag_submission(db, submission_id)
        return submission_id


def _empty(unit):
    """Every file of the unit is 0 bytes: two empty files are not copies of one submission, and
    each is told it is empty."""
    return bool(unit.files) and all(Path(path).stat().st_size == 0 for _, path in unit.files)


def _plan(db, call_id, units):
    """Split units into outcomes already known and jobs to read."""
    known = store.known_hashes(db, call_id)
    by_hash = {digest: source for source, digest in known.items()}
    plan, outcomes = [], []
    for unit in units:
        hashes = _keep_originals(db, unit)
        digest = content_hash(h for h, _ in hashes) if unit.files else content_hash([unit.source])
        if known.get(unit.source) == digest:
            existing = store.find_submission(db, call_id, source=unit.source)
            outcomes.append(
                Outcome(
                    unit.source,
                    "unchanged",
                    existing["status"],
                    existing["error"] or "",
                    existing["id"],
                    existing["n_pages"],
                )
            )
        elif digest in by_hash and by_hash[digest] != unit.source and not _empty(unit):
            plan.append(
                (
                    unit,
                    hashes,
                    digest,
                    f"identical to '{by_hash[digest]}', already in this call: not counted twice",
                )
            )
        else:
            plan.append((unit, hashes, digest, None))
            by_hash.setdefault(digest, unit.source)  # a copy later in the same batch
    return plan, outcomes


def ingest(
    db,
    call_slug,
    paths,
    *,
    ocr=None,
    n_workers=DEFAULT_WORKERS,
    progress=None,
    report_slug=None,
    call_title=None,
):
    """Ingest ``paths`` into call ``call_slug`` (created if new); return an IngestReport.

    ``progress(done, total, outcome)`` is called after each submission.
    """
    call = store.ensure_call(db, call_slug, title=call_title, report_slug=report_slug)
    report = IngestReport()
    texts = _Texts(db, call["id"])
    with tempfile.TemporaryDirectory(prefix="workbench-ingest-") as workdir:
        plan, report.outcomes = _plan(db, call["id"], discover(paths, workdir))
        total = len(plan) + len(report.outcomes)
        for outcome in report.outcomes:
            _notify(progress, report, total, outcome, len(report.outcomes))
        for outcome in _read_and_store(db, call["id"], plan, ocr, n_workers, texts):
            report.outcomes.append(outcome)
            _notify(progress, report, total, outcome)
    if texts.keep():
        _keep_set_aside(db, call)
        _keep_submitter_matching(db)
    if _keep_identities(db, call["id"]):
        _keep_redactions(db, call["slug"])
    # the new passages are indexed now, in the batch, not when someone first searches
    search.catch_up(db)
    return report


def _keep_identities(db, call_id):
    """The identities of the call's withheld submitters read now that tagging has said who
    they are, and kept (publication.identities_of: a submitter read before is not read again),
    rather than at the first proposal of themes or the first page that redacts (issue 15).
    Whether the call has any."""
    from . import privacy, publication  # the identity readers import the tagger

    withheld = [s for s in store.call_submissions(db, call_id) if not privacy.may_name(s)]
    if withheld:
        publication.identities_of(db, withheld)
    return bool(withheld)


def _keep_submitter_matching(db):
    """Who is the same submitter across every call, matched now and kept (submitters.match),
    rather than at the Submitters page's first run after a large batch (issue 15: 3-4 s at
    5,000 submissions in two calls). One call links nobody: nothing to keep."""
    from . import callscope, submitters

    scopes = callscope.resolve_all(db)
    if len(scopes) > 1:
        submitters.match(db, scopes)


def _keep_set_aside(db, call):
    """The call's campaigns and procedural passages judged now and kept (finalise.set_aside),
    rather than at the first proposal of themes after a large batch (issue 15: about 2.5 of
    its 11 seconds at 1,500)."""
    from .themes import finalise  # themes load scikit-learn: only after a large batch

    finalise.set_aside(db, call["slug"], store.call_passages(db, call["id"]))


def _keep_redactions(db, call_slug):
    """Every body passage of the call redacted for shareable outputs now, its spans kept
    (publication.prepare), rather than at the first proposal of themes, whose JSON quotes
    them all (issue 15: 4 of its CPU seconds at 1,500). Texts redacted before under the same
    identities are only looked up."""
    from . import callscope

    scope = callscope.of(db, call_slug)
    scope.publication.prepare(p["text"] for p in store.call_passages(db, scope.id))


def _notify(progress, report, total, outcome, done=None):
    if progress:
        progress(done if done is not None else len(report.outcomes), total, outcome)


class _Texts:
    """The batch's per-text values from the workers (themes/per_text.py), kept at its end."""

    def __init__(self, db, call_id):
        self.db, self.call_id = db, call_id
        self.questions = tuple(store.call_questions(db, call_id))
        self.found = {}

    def add(self, record):
        found = record.pop("texts", None)
        if found and record["status"] == "ok":
            from .themes import per_text

            per_text.merge(self.found, found)

    def keep(self):
        """Whether the batch's texts were read for themes (and are kept now)."""
        if self.found:
            from .themes import per_text

            per_text.keep(self.db, self.call_id, self.found, list(self.questions))
        return bool(self.found)


def _read_and_store(db, call_id, plan, ocr, n_workers, texts):
    by_source = {
        unit.source: (unit, hashes, digest, duplicate_of)
        for unit, hashes, digest, duplicate_of in plan
    }
    units = [unit for unit, _, _, duplicate_of in plan if not duplicate_of]
    # A few files are read for themes by the proposal itself: keeping a large call's values
    # by text (tens of MB at 5,000 submissions) would cost an upload more than it saves.
    questions = texts.questions if len(units) >= PER_TEXT_BATCH else None
    jobs = [Job(unit, ocr, questions) for unit in units]
    for unit, hashes, digest, duplicate_of in plan:
        if duplicate_of:
            yield _save(db, call_id, failed_record(unit, hashes, duplicate_of), digest, "duplicate")
    if n_workers and len(jobs) > 1:
        if questions is not None:
            from .themes import per_text  # noqa: F401 - imported once here, not in every worker

        runner = workers.run(
            read_submission, jobs, workers=n_workers, timeout=SECONDS_PER_SUBMISSION
        )
    else:
        runner = workers.run_inline(read_submission, jobs)
    for job, result in runner:
        unit, hashes, digest, _ = by_source[job.unit.source]
        if isinstance(result, workers.WorkerFailure):
            result = failed_record(unit, hashes, str(result))
        texts.add(result)
        yield _save(db, call_id, result, digest, None)


def _save(db, call_id, record, digest, action):
    existing = store.find_submission(db, call_id, source=record["source"])
    submission_id = _store(db, call_id, record, digest, existing["id"] if existing else None)
    action = action or ("updated" if existing else "added")
    return Outcome(
        record["source"],
        action,
        record["status"],
        record["error"] or "",
        submission_id,
        record["n_pages"],
    )
