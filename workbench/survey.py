"""Survey exports as submissions: one submission per response row of a CSV or XLSX export
(Microsoft Forms, Google Forms, KoboToolbox, SurveyMonkey, LimeSurvey).

- The columns that say who answered (name, organisation, type, country, e-mail, consent to
  publish) are guessed from the header in English, Spanish and French (``guess_mapping``),
  shown to a person, and kept per call and form (table ``survey_mappings``, m0015) so the
  next export of the same form reuses them; a TOML file can carry them too.
- Each free-text answer is a passage whose "page" is the question's number and whose section
  is the question, so themes, quotes and statistics work as for documents; closed (choice)
  questions and technical columns are not passages; empty answers are skipped.
- SurveyMonkey's two header rows (question, then "Response" or the choice) are read as one.
- Confidentiality fails closed: consent "no", an empty consent, or no consent column makes
  the submission ``withhold_name`` at least (a request the tagger finds in an answer stays).
- A response's identity is the form plus its response id (or its answers when the export has
  no id): re-importing the same export adds nothing; a later export adds only new rows.
"""

import csv
import hashlib
import io
import itertools
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field

from . import language, store, tagging, workers
from .errors import CorruptDocument, WorkbenchError
from .extract import zipguard
from .passages import split_page
from .stores import survey_mappings
from .tagging import (
    confidentiality,
    documents,
    nlp,
    precedents,
    request_model,
    tag_store,
    tagger,
)
from .tagging.names import Found
from .tagging.places import region_of

FIELDS = ("name", "organisation", "type", "country", "email", "consent")

# Header words per field (en/es/fr), accent-folded and lower case; checked in this order, so
# "Do you consent to your name being published?" is consent and "Type of organisation" a type.
CUES = {
    "consent": (
        "consent",
        "publish",
        "publicat",
        "public",
        "anonym",
        "confidential",
        "attribut",
        "disclos",
        "consentimiento",
        "autoriz",
        "publicar",
        "consentement",
        "publier",
        "autoris",
        "divulg",
    ),
    "email": ("e-mail", "email", "correo", "courriel", "adresse electronique", "mail"),
    "type": (
        "type of",
        "submitter type",
        "describes you",
        "describes your",
        "best describes",
        "stakeholder",
        "category",
        "kind of",
        "sector",
        "tipo de",
        "categoria",
        "type d",
        "categorie",
        "represent",
    ),
    "country": ("country", "pais", "pays", "nation", "where are you based", "location"),
    "organisation": (
        "organisation",
        "organization",
        "organizacion",
        "organisme",
        "institution",
        "institucion",
        "entity",
        "entidad",
        "entite",
        "on behalf of",
        "en nombre de",
        "au nom de",
        "affiliation",
        "company",
        "association",
        "group",
        "grupo",
        "groupe",
    ),
    "name": ("name", "nombre", "nom", "prenom", "apellido", "full name", "your name", "respondent"),
}
# Technical columns of the five tools: never a question, never a passage.
META = {
    "id",
    "start time",
    "completion time",
    "last modified time",
    "timestamp",
    "marca temporal",
    "horodateur",
    "marca de tiempo",
    "respondent id",
    "collector id",
    "start date",
    "end date",
    "ip address",
    "custom data 1",
    "_id",
    "_uuid",
    "_submission_time",
    "_validation_status",
    "_notes",
    "_status",
    "_submitted_by",
    "__version__",
    "_tags",
    "_index",
    "start",
    "end",
    "today",
    "deviceid",
    "submitdate",
    "lastpage",
    "startlanguage",
    "seed",
    "startdate",
    "datestamp",
    "ipaddr",
    "refurl",
    "response id",
    "meta/instanceid",
    "_submission__id",
    "_submission__uuid",
    "hora de inicio",
    "hora de finalizacion",
    "heure de debut",
    "heure de fin",
    "interviewtime",
    "token",
}
ID_COLUMNS = ("respondent id", "id", "_uuid", "_id", "response id", "meta/instanceid")
SURVEYMONKEY_SUBS = {
    "response",
    "open-ended response",
    "other (please specify)",
    "respuesta",
    "reponse",
}
YES = {
    "yes",
    "y",
    "si",
    "sí",
    "oui",
    "1",
    "true",
    "agree",
    "i agree",
    "de acuerdo",
    "d'accord",
    "acepto",
    "j'accepte",
    "yes, you may publish",
    "x",
}
NO_WORDS = (
    "no",
    "non",
    "not",
    "nein",
    "ne pas",
    "ne souhaite pas",
    "prefer not",
    "prefiero no",
    "anonym",
)
TYPE_WORDS = {  # answer words → submitter_type (the vocabulary), en/es/fr
    "state": (
        "state",
        "government",
        "ministry",
        "permanent mission",
        "estado",
        "gobierno",
        "ministerio",
        "etat",
        "gouvernement",
        "ministere",
    ),
    "nhri": (
        "national human rights institution",
        "nhri",
        "ombuds",
        "defensoria",
        "institution nationale",
    ),
    "un_entity": ("united nations", "un agency", "un entity", "naciones unidas", "nations unies"),
    "intergovernmental": (
        "intergovernmental",
        "regional organization",
        "intergubernamental",
        "intergouvernementale",
    ),
    "academic": (
        "academic",
        "university",
        "research",
        "academia",
        "universidad",
        "universite",
        "universitaire",
        "chercheur",
        "investigador",
    ),
    "faith_based": (
        "faith",
        "religious",
        "church",
        "religios",
        "iglesia",
        "confessionnel",
        "eglise",
    ),
    "medical": ("medical", "health professional", "doctor", "medico", "medecin", "sante", "salud"),
    "parliamentarian": ("parliament", "parlament", "legislat", "diputad", "depute"),
    "individual": (
        "individual",
        "private person",
        "myself",
        "person",
        "individuo",
        "particular",
        "a titre personnel",
        "particulier",
        "individu",
        "persona",
    ),
    "civil_society": (
        "civil society",
        "ngo",
        "non-governmental",
        "association",
        "network",
        "foundation",
        "sociedad civil",
        "ong",
        "organizacion no gubernamental",
        "societe civile",
        "fundacion",
        "community",
        "comunidad",
        "communaute",
        "collective",
        "colectivo",
    ),
}
CHOICE_MAX_DISTINCT = 12
CHOICE_MAX_CHARS = 60


class SurveyError(WorkbenchError):
    """A survey export that cannot be read (names the file and what to do)."""


@dataclass
class Column:
    index: int
    header: str  # as shown: "Question" or "Question [choice]"
    question: str  # the question a choice column belongs to
    kind: str = "text"  # text (a free-text question), choice, meta, or a FIELDS name


@dataclass
class Survey:
    name: str
    columns: list
    rows: list  # [[cell text]]
    form_key: str = ""

    @property
    def form_questions(self):
        """Every question of the form in order (technical columns aside): a question's number
        here is the page of its answers, whatever columns are free text in this export."""
        return list(dict.fromkeys(c.question for c in self.columns if c.kind != "meta"))

    @property
    def questions(self):
        """The free-text questions: each answer to one is a passage."""
        return list(dict.fromkeys(c.question for c in self.columns if c.kind == "text"))


@dataclass
class SurveyReport:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    empty: int = 0
    withheld: int = 0
    submission_ids: list = field(default_factory=list)

    def summary(self):
        return (
            f"{self.added + self.updated + self.unchanged} responses ({self.added} new, {self.updated} changed, "
            f"{self.unchanged} already stored, {self.empty} empty skipped); "
            f"{self.withheld} not public (no consent to publish)"
        )


# ---------------------------------------------------------------- reading the file


def read(data, name):
    """A Survey from an export's bytes (CSV in any common encoding and delimiter, or XLSX)."""
    grid = _xlsx_grid(data, name) if data[:2] == b"PK" else _csv_grid(data, name)
    grid = [row for row in grid if any(cell.strip() for cell in row)]
    if len(grid) < 2:
        raise SurveyError(
            f"{name}: no responses found (a header row and at least one answer row are needed)"
        )
    headers, rows = _headers(grid)
    survey = Survey(name, [_column(i, h, q) for i, (h, q) in enumerate(headers)], rows)
    _classify(survey)
    survey.form_key = hashlib.sha256("\n".join(sorted(survey.form_questions)).encode()).hexdigest()[
        :12
    ]
    return survey


def _csv_grid(data, name):
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SurveyError(f"{name}: not a text CSV file; export the survey as CSV or XLSX")
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _xlsx_grid(data, name):
    import openpyxl

    try:
        zipguard.check(
            data, name
        )  # ZIP bombs and lying sizes, as for DOCX, before openpyxl opens it
    except CorruptDocument:
        raise SurveyError(
            f"{name}: not a readable XLSX workbook (damaged ZIP container); "
            "export the survey again as XLSX or CSV"
        ) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any openpyxl failure is a bad file for the user
        raise SurveyError(
            f"{name}: not a readable XLSX workbook ({type(error).__name__}); "
            "export the survey again as XLSX or CSV"
        ) from None
    sheet = book.worksheets[0]
    grid = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return grid


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value).strip()


def _headers(grid):
    """[(header, question)] and the answer rows; SurveyMonkey's second header row folded in."""
    first, second = grid[0], grid[1]
    width = max(len(r) for r in grid)
    first = first + [""] * (width - len(first))
    if _is_second_header(first, second):
        second = second + [""] * (width - len(second))
        headers, question = [], ""
        for top, sub in zip(first, second):
            question = top or question
            shown = (
                question if not sub or _fold(sub) in SURVEYMONKEY_SUBS else f"{question} [{sub}]"
            )
            headers.append((shown, question))
        rows = grid[2:]
    else:
        headers = [(h, _group_of(h)) for h in first]
        rows = grid[1:]
    return headers, [r + [""] * (width - len(r)) for r in rows]


def _is_second_header(first, second):
    """SurveyMonkey: row 2 says "Response"/"Open-Ended Response" or names choices under blank tops."""
    folded = {_fold(c) for c in second if c}
    if folded & SURVEYMONKEY_SUBS:
        return True
    return "respondent id" in {_fold(c) for c in first} and not any(second[:1])


def _group_of(header):
    """The question of a choice column: LimeSurvey "Q [choice]", Google "Q [row]", Kobo "Q/choice"."""
    match = re.match(r"^(.*\S)\s*\[[^\]]*\]$", header)
    if match:
        return match.group(1)
    if "/" in header and " " not in header.split("/")[-1] and len(header.split("/")[-1]) <= 40:
        return header.rsplit("/", 1)[0]
    return header


def _column(index, header, question):
    return Column(index, header, question)


def _fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).lower().strip()


# ---------------------------------------------------------------- what each column is


def _classify(survey):
    groups = {}
    for column in survey.columns:
        groups.setdefault(column.question, []).append(column)
    for column in survey.columns:
        values = [row[column.index] for row in survey.rows if row[column.index]]
        if _fold(column.header) in META or _fold(column.header).startswith("_"):
            column.kind = "meta"
        elif len(groups[column.question]) > 1 or _is_choice(values, len(survey.rows)):
            column.kind = "choice"


def _is_choice(values, n_rows):
    """Few distinct short answers: a closed question (its answers are options, not statements)."""
    if not values:
        return False
    distinct = set(values)
    short = all(len(v) <= CHOICE_MAX_CHARS for v in distinct)
    return (
        short
        and len(distinct) <= CHOICE_MAX_DISTINCT
        and (
            len(distinct) <= len(values) / 2
            or len(values) < 4
            and all(len(v) <= 12 for v in distinct)
        )
    )


def guess_mapping(survey):
    """{field: header} for the who-answered columns, guessed from the header words (en/es/fr)."""
    mapping, taken = {}, set()
    for name in ("consent", "email", "type", "country", "organisation", "name"):
        for column in survey.columns:
            if column.kind == "meta" and _fold(column.header) not in (
                "email address",
                "e-mail",
                "email",
                "name",
                "first name",
                "last name",
            ):
                continue
            if column.header in taken or name in mapping:
                continue
            if any(_matches(cue, _fold(column.question)) for cue in CUES[name]):
                group = [c.header for c in survey.columns if c.question == column.question]
                mapping[name] = (
                    group if len(group) > 1 else column.header
                )  # a choice group: all its columns
                taken.update(group)
    last = next((c.header for c in survey.columns if _fold(c.header) == "last name"), None)
    if mapping.get("name") and _fold(mapping["name"]) == "first name" and last:
        mapping["name"] = [mapping["name"], last]  # SurveyMonkey: First Name + Last Name
    return mapping


def _matches(cue, header):
    return re.search(rf"(?<![a-z]){re.escape(cue)}", header) is not None


def apply_mapping(survey, mapping):
    """Mark the mapped columns as who-answered fields (they are not passages)."""
    unknown = set(mapping) - set(FIELDS)
    if unknown:
        raise SurveyError(
            f"unknown field(s) in the mapping: {', '.join(sorted(unknown))}; known: {', '.join(FIELDS)}"
        )
    headers = {c.header: c for c in survey.columns}
    for name, chosen in mapping.items():
        for header in [chosen] if isinstance(chosen, str) else chosen:
            if header not in headers:
                raise SurveyError(
                    f"{survey.name}: the mapping names a column '{header}' for {name}, "
                    "which the export does not have"
                )
            headers[header].kind = name
    return survey


def passage_questions(survey, mapping):
    """The free-text questions whose answers become passages once ``mapping`` sets the
    who-answered columns aside."""
    mapped = {
        h for value in mapping.values() for h in ([value] if isinstance(value, str) else value)
    }
    return list(
        dict.fromkeys(
            c.question for c in survey.columns if c.kind == "text" and c.header not in mapped
        )
    )


# ---------------------------------------------------------------- mappings kept


def mapping_toml(mapping):
    """A mapping as TOML text (the file --mapping reads)."""
    lines = [
        "# Who answered: the export's column for each field (workbench ingest --survey --mapping).",
        "[columns]",
    ]
    for name in FIELDS:
        if name in mapping:
            lines.append(f"{name} = {json.dumps(mapping[name], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def read_mapping_toml(text, name="mapping.toml"):
    try:
        found = tomllib.loads(text).get("columns", {})
    except tomllib.TOMLDecodeError as error:
        raise SurveyError(f"{name}: not valid TOML ({error})") from None
    return {k: v for k, v in found.items() if v}


def saved_mapping(db, call_slug, form_key):
    """The mapping a person kept for this form in this call, or None."""
    found = survey_mappings.find(db, call_slug, form_key)
    return json.loads(found) if found else None


def save_mapping(db, call_slug, form_key, mapping):
    call = store.get_call(db, call_slug)
    with store.transaction(db):
        survey_mappings.keep(db, call["id"], form_key, json.dumps(mapping))


# ---------------------------------------------------------------- responses → submissions


def responses(survey):
    """[(source, content hash, who {field: value}, answers [(question number, question, text)], choices)]."""
    questions = {q: n for n, q in enumerate(survey.form_questions, 1)}
    id_column = next(
        (c for name in ID_COLUMNS for c in survey.columns if _fold(c.header) == name), None
    )
    found = []
    for row in survey.rows:
        who = _who(survey, row)
        answers = [
            (questions[c.question], c.question, row[c.index])
            for c in survey.columns
            if c.kind == "text" and row[c.index].strip()
        ]
        choices = [
            (c.header, row[c.index]) for c in survey.columns if c.kind == "choice" and row[c.index]
        ]
        payload = json.dumps([who, answers, choices], ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha256(payload.encode()).hexdigest()
        key = row[id_column.index] if id_column and row[id_column.index] else digest[:16]
        found.append((f"survey {survey.form_key}/response {key}", digest, who, answers, choices))
    return found


def _who(survey, row):
    who = {}
    for column in survey.columns:
        if column.kind in FIELDS and row[column.index]:
            who[column.kind] = (who.get(column.kind, "") + " " + row[column.index]).strip()
    return who


def _record(source, digest, who, answers, choices, file_hash, size):
    """A submission record as ingest stores it: one page per answered question."""
    pages, passages = [], []
    for number, question, text in answers:
        pages.append(text)
        for passage in split_page(text):
            passages.append(
                {**passage, "page": number, "section": question[:300], "role": "body", "reason": ""}
            )
    code = _languages(passages, pages)
    parts = [("properties", None, f"{field_name}: {value}") for field_name, value in who.items()]
    if choices:
        parts.append(("properties", None, "\n".join(f"{q}: {a}" for q, a in choices)))
    # Not the export's name: a withheld submitter's file names are redacted from every output,
    # and the export's words ("COVID consultation") are every respondent's.
    file = {
        "name": "response " + source.rsplit("/response ", 1)[-1],
        "sha256": file_hash,
        "size": size,
        "status": "ok",
        "error": None,
        "format": "survey",
        "pages": pages,
        "passages": passages,
        "parts": parts,
    }
    return {
        "source": source,
        "files": [file],
        "path_parts": [],
        "status": "ok",
        "error": None,
        "language": code or None,
        "n_pages": len(pages),
        "content_hash": digest,
    }


# Responses stored per transaction: one commit per response was a tenth of the time; the
# write lock is let go between batches so pages and other imports are not kept waiting.
BATCH = 500
# Reading the answers (passages, languages, the confidentiality reader) is most of the time and
# needs no database: worker processes read chunks of responses while this process stores.
CHUNK = 50
SECONDS_PER_CHUNK = 600


def ingest_survey(
    db,
    call_slug,
    data,
    name,
    mapping,
    report_slug=None,
    call_title=None,
    user="survey",
    n_workers=2,
    form=None,
):
    """Store every response row of an export as a submission (see the module's docstring).
    ``form``: the export already read from ``data`` (a second read of 10,000 rows costs seconds)."""
    survey = apply_mapping(form or read(data, name), mapping)
    call = store.ensure_call(db, call_slug, title=call_title, report_slug=report_slug)
    save_mapping(db, call_slug, survey.form_key, mapping)
    file_hash, report = store.keep_original(db, data), SurveyReport()
    known, asked = store.known_hashes(db, call["id"]), consent_question(mapping)
    todo = []
    for source, digest, who, answers, choices in responses(survey):
        if not answers and not who:
            report.empty += 1
        elif known.get(source) == digest:
            report.unchanged += 1
        else:
            todo.append((source, digest, who, answers, choices, file_hash, len(data)))
    read_ones = _read_in_order(todo, n_workers)
    while batch := list(itertools.islice(read_ones, BATCH)):
        with store.transaction(db):
            for response, record, request, tags in batch:
                source, who = response[0], response[2]
                replaced = source in known
                report.submission_ids.append(
                    _store(db, call["id"], record, who, asked, user, (request, tags), replaced)
                )
                report.updated += replaced
                report.added += not replaced
    report.withheld = _count_withheld(db, call_slug, survey.form_key)
    return report


def _read_in_order(todo, n_workers):
    """(response, record, confidentiality request or None, the tagger's tags or None) in the
    export's order; chunks are read by worker processes (one per core) when there are several."""
    chunks = [(n, todo[i : i + CHUNK]) for n, i in enumerate(range(0, len(todo), CHUNK))]
    if n_workers and len(chunks) > 1:
        _load_readers(todo[:CHUNK])
        run = workers.run(_read_chunk, chunks, workers=n_workers, timeout=SECONDS_PER_CHUNK)
    else:
        run = workers.run_inline(_read_chunk, chunks)
    done, due = {}, 0
    for (n, chunk), result in run:
        if isinstance(result, workers.WorkerFailure):
            # Read here instead, without the confidentiality reader: consent fails closed.
            result = [(_record(*response), None, None) for response in chunk]
        done[n] = [(response, *read_one) for response, read_one in zip(chunk, result)]
        while due in done:
            yield from done.pop(due)
            due += 1


# What the readers are loaded with before the workers are forked (any words will do).
SAMPLE_ANSWER = "We ask you not to publish our name. The police in Kenya arrested activists."


def _load_readers(first):
    """Load the readers the ``first`` responses need (the confidentiality reader; for one that
    names nobody the whole tagger, its models and the language tables of their answers) here,
    before the worker processes are forked: they inherit them instead of each loading its own
    (seconds of CPU per process). Read on a sample answer: the respondents' answers are read
    in the workers, under their time and memory limits."""
    languages = {_record(*response)["language"] for response in first} | {"en"}
    sample = [
        {**_record("", "", {}, [(1, "Question", SAMPLE_ANSWER)], [], "", 0), "language": code}
        for code in sorted(code for code in languages if code)
    ]
    try:
        request_model.threshold()  # the second reader's model (the sample's request is clear)
        if all(_names_someone(response[2]) for response in first):
            confidentiality.detect_many([(_document(0, sample[0]), "")])
        else:
            tagger.decide_many([_tagger_document(record) for record in sample])
    except Exception:  # noqa: BLE001 - the workers load what they need themselves
        pass


def _read_chunk(chunk):
    """[(record, request, tags)] of a chunk of responses (runs in a worker process): a
    respondent who said who they are gets the confidentiality reader on the answers (a request
    there still counts); one who named nobody gets the whole tagger (``tags``), read here
    without the database and checked against the reviewed submissions once stored."""
    records = [_record(*response) for response in chunk[1]]
    named = [
        (n, record, response[2])
        for n, (record, response) in enumerate(zip(records, chunk[1]))
        if record["n_pages"] and _names_someone(response[2])
    ]
    anonymous = [
        (n, record)
        for n, (record, response) in enumerate(zip(records, chunk[1]))
        if record["n_pages"] and not _names_someone(response[2])
    ]
    requests, tags = [None] * len(records), [None] * len(records)
    readings = [(_document(0, record), _declared_type(who)) for _, record, who in named]
    for (n, _, _), request in zip(named, _all_or_each(confidentiality.detect_many, readings)):
        requests[n] = request
    documents = [_tagger_document(record) for _, record in anonymous]
    for (n, _), found in zip(anonymous, _all_or_each(tagger.decide_many, documents)):
        tags[n] = found
    return list(zip(records, requests, tags))


def _all_or_each(read, items):
    """``read(items)``, else each item alone, None for one that fails: reading must not lose a
    response (consent fails closed; a response without tags is tagged in the main process)."""
    try:
        return read(items)
    except Exception:  # noqa: BLE001 - see docstring
        return [_one_or_none(read, item) for item in items]


def _one_or_none(read, item):
    try:
        return read([item])[0]
    except Exception:  # noqa: BLE001 - see _all_or_each
        return None


def _declared_type(who):
    return submitter_type(who.get("type", ""), bool(who.get("organisation")))


def _names_someone(who):
    return bool(who.get("organisation") or who.get("name"))


def _store(db, call_id, record, who, asked_consent, user, read=(None, None), replaced=True):
    """One response: stored, tagged and its declared answers locked together (a savepoint of
    the batch, so a failure undoes this response only). ``read``: (the request the reader found,
    the tagger's tags) from the worker processes."""
    with store.transaction(db):
        existing = store.find_submission(db, call_id, record["source"]) if replaced else None
        reviewed = tagging.reviewed_tags(db, existing["id"]) if existing else []
        if existing:
            store.delete_submission(db, existing["id"])
        submission_id = store.insert_submission(db, call_id, record)
        if reviewed:
            tagging.carry_over(db, reviewed, submission_id, record["source"])
        declared = _declared(who)  # read once: the tags and the locks both need it
        _tag(db, submission_id, record, who, declared, asked_consent, *read)
        _lock_declared(db, submission_id, who, declared, asked_consent)
    return submission_id


def _tag(db, submission_id, record, who, declared, asked_consent, request, tags=None):
    """What was read in the answers (language, a confidentiality request; the whole tagger when
    the respondent named nobody), with what the respondent declared on top; consent fails
    closed."""
    found = {}
    if record["n_pages"] and _names_someone(who):
        # The type, when not declared, is left to the Triage page.
        found["language"] = Found(
            record["language"] or "", 0.9, "py3langid on the answers (at ingest)"
        )
        if request:
            found["confidentiality"] = request
    elif tags and _no_precedent(db, submission_id, tags):
        found = dict(tags)  # the workers read it as the tagger would: no precedent changes it
    elif record["n_pages"]:
        try:  # a reviewed submission decides its type (or the workers could not read it)
            found = tagging.decide(db, documents.load(db, submission_id))
        except Exception as error:  # noqa: BLE001 - the response is kept, the reason shown in Triage
            found = tagger.failed(f"tagging failed: {type(error).__name__}: {error}")
    found.update(declared)
    found["confidentiality"] = _confidentiality(
        found.get("confidentiality"), who, asked_consent, Found
    )
    tag_store.write_auto(db, submission_id, found)


def _no_precedent(db, submission_id, tags):
    """Whether no reviewed submission (an earlier one, or one this import locked) decides the
    type of this one, as the tagger would ask once it is stored: the workers assumed none."""
    try:
        return precedents.precedent(db, submission_id, tags["submitter"].value) is None
    except Exception:  # noqa: BLE001 - the tagger runs here then, in its own guard
        return False


def _document(submission_id, record):
    """The response as the tagger's Document, from the record just stored rather than read back
    (what ``documents.load`` would give for it: one file, its pages, its notice parts)."""
    file = record["files"][0]
    pages = [(file["name"], number, text) for number, text in enumerate(file["pages"], 1)]
    doc = documents.Document(submission_id, record["language"] or "", file["name"])
    doc.all_pages, doc.pages = pages, list(pages)
    doc.parts = [documents.Part(documents.BODY, *page) for page in pages] + [
        documents.Part(kind, file["name"], page, text) for kind, page, text in file["parts"]
    ]
    return doc


def _tagger_document(record):
    """The response as ``documents.load`` gives it to the tagger, from its record."""
    return documents.lay_out(_document(0, record))


def _languages(passages, pages):
    """Each answer's language, and the response's: the language most of the surely read
    answers' characters are in; the whole text is read only when those are too few (short
    answers), so no text is read twice (language detection was a quarter of the time)."""
    weights, total = {}, sum(len(p["text"]) for p in passages)
    for passage in passages:
        text = passage["text"]
        code, sure = (
            language.detect(text, language.PASSAGE_SAMPLE)
            if len(text) >= language.MIN_CHARS
            else ("", 0.0)
        )
        passage["language"] = code if sure >= language.MIN_CONFIDENCE else None
        if passage["language"]:
            weights[code] = weights.get(code, 0) + len(text)
    if weights and sum(weights.values()) * 2 >= total:
        code = max(sorted(weights), key=weights.get)
    else:
        code, _ = language.detect("\n".join(pages))
    for passage in passages:
        passage["language"] = passage["language"] or code
    return code


def _lock_declared(db, submission_id, who, declared, asked):
    """What the respondent declared (who they are, no consent to publish) is their own answer,
    not a guess: kept as confirmed tags, so re-tagging the call (`workbench tag`) never
    replaces it with a guess from the answers, nor turns a refusal public."""
    consent = _fold(who.get("consent", ""))
    given = asked and consent and (refuses(consent) if asked == "inverted" else consents(consent))
    sub = store.get_submission(db, submission_id)
    fields = [name for name, found in declared.items() if found.value and found.kind != "guess"]
    if not given and sub["confidentiality"] != "public":
        fields.append("confidentiality")
    if fields:
        tag_store.review(
            db, submission_id, {}, fields, sub["version"], "survey: the respondent's answers"
        )


def _declared(who):
    declared = {}
    name = who.get("organisation") or who.get("name")
    if name:
        declared["submitter"] = Found(name[:200], 0.9, "declared in the survey", 1, "", "survey")
    kind = submitter_type(who.get("type", ""), bool(who.get("organisation")))
    if kind:
        declared["submitter_type"] = Found(
            kind,
            0.85,
            f"survey answer: {who.get('type') or 'no organisation'}",
            kind="survey" if who.get("type") else "guess",
        )
    country = country_code(who.get("country", ""))
    if country:
        declared["country"] = Found(country, 0.9, f"survey answer: {who['country']}")
        declared["region"] = Found(region_of(country), 0.9, "from the declared country")
        declared["scope"] = Found("national", 0.6, "a country was declared", kind="guess")
    return declared


# A consent question asked the other way round ("Do you wish to remain anonymous?"): "yes" withholds.
INVERTED = (
    "anonym",
    "confidential",
    "confidencial",
    "confidentiel",
    "not be published",
    "not publish",
    "not be named",
    "withhold",
    "no publicar",
    "no se publique",
    "ne pas publier",
    "ne soit pas publi",
    "without your name",
    "sin su nombre",
    "sans votre nom",
)


def consent_question(mapping):
    """None when the form asked no consent; else 'asks' or, for a question asked the other way
    round, 'inverted' (its "yes" is a request not to be named)."""
    if "consent" not in mapping:
        return None
    headers = mapping["consent"] if isinstance(mapping["consent"], list) else [mapping["consent"]]
    return "inverted" if any(cue in _fold(h) for h in headers for cue in INVERTED) else "asks"


def _confidentiality(found, who, asked_consent, Found):
    """Consent "no", empty, or never asked: withhold the name at least (a stricter finding stays).
    For a question asked the other way round only a clear "no" ("not anonymous") is consent."""
    consent = _fold(who.get("consent", ""))
    level = found.value if found else "withhold_name"
    given = refuses(consent) if asked_consent == "inverted" else consents(consent)
    if asked_consent and consent and given:
        return found or Found(
            "withhold_name", 0.35, "needs review: consent given but nothing tagged"
        )
    if level == "do_not_publish":
        return found
    why = (
        ("no consent to publish: " + who["consent"])
        if consent
        else (
            "consent to publish left empty" if asked_consent else "the survey has no consent column"
        )
    )
    return Found("withhold_name", 0.9 if consent else 0.6, why)


def consents(answer):
    """True for a clear yes (en/es/fr); anything else, including "no" and "yes, but anonymously", is not."""
    folded = _fold(answer)
    if any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", folded) for w in NO_WORDS):
        return False
    return folded in YES or folded.startswith(
        ("yes", "si", "oui", "i agree", "acepto", "j'accepte")
    )


def refuses(answer):
    """A clear no (en/es/fr), and nothing else."""
    words = re.findall(r"[a-z]+", _fold(answer))
    return bool(words) and words[0] in ("no", "non", "nein") and len(words) <= 3


def submitter_type(answer, has_organisation):
    folded = _fold(answer)
    for kind, words in TYPE_WORDS.items():
        if any(w in folded for w in words):
            return kind
    if not folded and not has_organisation:
        return "individual"  # nobody named an organisation: a person answered
    return ""


def country_code(answer):
    """ISO alpha-3 of a country answer (a name in en/es/fr, or a code), else ''."""
    import pycountry

    text = (answer or "").strip()
    if not text:
        return ""
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    for lang in ("en", "es", "fr"):  # "Mexique", "Perú": the tagger's country names per language
        found = [
            alpha3
            for label, alpha3, _, _ in nlp.places_in(text, lang)
            if label != "CITY" and alpha3
        ]
        if found:
            return found[0]
    return ""


def _count_withheld(db, call_slug, form_key):
    prefix = f"survey {form_key}/"
    return sum(
        1
        for s in store.list_submissions(db, call_slug)
        if s["source"].startswith(prefix) and s["confidentiality"] != "public"
    )


def preview(survey, mapping):
    """What the Upload page shows for confirmation: each column, what it is taken as, an example."""
    chosen = {
        h: name
        for name, value in mapping.items()
        for h in ([value] if isinstance(value, str) else value)
    }
    rows = []
    for column in survey.columns:
        example = next((row[column.index] for row in survey.rows if row[column.index]), "")
        kind = chosen.get(column.header) or column.kind
        rows.append({"column": column.header, "taken as": kind, "example": example[:80]})
    return rows
