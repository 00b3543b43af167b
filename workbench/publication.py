"""The one gate for what leaves the team: every shareable output goes through a Publication.

A Publication is built once per output for the calls it covers. It knows which
submitters may be named (privacy.may_name: tagged public, readable, reviewed when the
call asks for it), collects the identity of every other one from their own documents
(workbench/identity.py: names, acronyms, signatories, e-mails, phones, web sites,
addresses, file names) and applies, in one place:
- attribution: a withheld submitter appears by type and region only;
- redaction: none of their identifiers in any text, label or term;
- no joins: their rows carry no id, country or file name, and quotes from them cite
  no submission number;
- small numbers: shareable tables hide cells under ``DEFAULT_THRESHOLD`` (the default of
  stats.suppress's callers: the `stats` command and the Statistics page).
Internal views (the team's review screens) do not use this module and say so in their
names (``internal=True``).
"""

import hashlib
import re
import sqlite3
import unicodedata

import phonenumbers

from . import derived, identity, privacy, redaction, store

DEFAULT_THRESHOLD = 3
# What a stored redaction was computed by: an edited rule redacts every text again.
REDACTION_CODE = ("identity.py", "redaction.py", "publication.py", "derived.py")
# What a stored identity was computed by: an edited rule reads every submitter again.
IDENTITY_CODE = (
    "identity.py",
    "publication.py",
    "derived.py",
    "store.py",
    "tagging/documents.py",
    "tagging/lexicon.py",
)


class Publication:
    def __init__(self, db, submissions, team=False):
        # team=True: the team's own screens for roles that do not review (the advisor):
        # nobody withheld is named, but ids stay so a page can open a submission.
        self.team = team
        self.db = db
        self.submissions = {s["id"]: s for s in submissions}
        self.withheld = [s for s in submissions if not privacy.may_name(s)]
        self.identities = identities_of(db, self.withheld)
        self._own = {found.submission_id: found for found in self.identities}
        self._redactor = redaction.Redactor(self.identities)
        self._banned = _banned_words(self.identities)

    # -------------------------------------------------------------- who is named

    def may_name(self, submission):
        return privacy.may_name(self._full(submission))

    def may_quote(self, submission):
        return privacy.may_quote(self._full(submission), internal=False)

    def attribution(self, submission):
        """The submitter's name when it may be named, else 'a <type>, <region>'."""
        return privacy.attribution(self._full(submission), internal=False)

    def cite(self, submission, page=None):
        """'submission 12, p. 3' for a nameable submitter; a withheld one is cited by page only."""
        if self.may_name(submission):
            return f"submission {submission['id']}" + (f", p. {page}" if page else "")
        return f"p. {page}" if page else ""

    def reference(self, submission):
        """The submission id to print, or None when printing it would join to a withheld submitter."""
        key = submission.get("submission_id", submission.get("id"))
        return key if self.team or self.may_name(submission) else None

    def _full(self, submission):
        """The stored row of a submission (theme members and passages carry only part of it)."""
        return (
            self.submissions.get(submission.get("submission_id", submission.get("id")), submission)
            if "status" not in submission
            else submission
        )

    # -------------------------------------------------------------- text

    def redact(self, text):
        """Every identifier of every withheld submitter out of ``text``."""
        if not isinstance(text, str) or not text:
            return text
        return self._redactor(text)

    def prepare(self, texts):
        """Redact these texts once for all later ``redact`` calls: a text redacted before with
        the same identifiers (and code) takes its spans from the ``derived`` table, any other is
        redacted now and its spans kept there (speed, issue 15: a call's every passage redacted
        on each run of `workbench themes` was seconds). A text is known by its SHA-256.
        When the identifiers changed (a new withheld submitter), a text keeps its spans if
        none of the identifiers taken away was found in it and none of the new ones can be."""
        if not self._redactor:
            return
        wanted = {}
        for text in texts:
            if isinstance(text, str) and text:
                wanted.setdefault(hashlib.sha256(text.encode("utf-8")).hexdigest(), text)
        inputs, code = self._redaction_inputs()
        stored = derived.latest_many(self.db, "redaction", wanted)
        earlier = _EarlierRedactions(self.db, self._redactor, code)
        new = []
        for digest, text in wanted.items():
            was, spans = stored.get(digest, (None, None))
            if was != inputs:
                spans = earlier.spans(was, spans, text)
                if spans is None:
                    spans = self._redactor.spans(text)
                new.append((digest, inputs, spans))
            self._redactor.remember(text, [tuple(span) for span in spans])
        try:
            derived.put_many(self.db, "redaction", new)
            if new:
                derived.put(self.db, "redaction_values", inputs, code, self._redactor.values)
        except sqlite3.Error:
            pass  # kept for next time when the database lets us; the output stands

    def _redaction_inputs(self):
        """(what a text's redaction depends on besides the text, the part of it that is not
        the identifiers): the identifiers, the code that matches them (and the Unicode and
        phone-number data it folds and reads numbers with)."""
        code = derived.fingerprint(
            self._redactor.replacement,
            derived.code_version(*REDACTION_CODE),
            unicodedata.unidata_version,
            phonenumbers.__version__,
        )
        return derived.fingerprint("\x1f".join(self._redactor.values), code), code

    def quote(self, submission, text):
        """A passage's text for a shareable output: identities out; a withheld submitter's own
        words without its country (its row prints none) and without contacts."""
        text = self.redact(text)
        if not self.may_name(submission):
            full = self._full(submission)
            own = self._own.get(full.get("id"))
            text = redaction.redact_own(own, text) if own else text
            text = identity.scrub_contacts(text, full.get("country") or "")
        return text

    def names_own(self, text):
        """Whether ``text`` holds what a withheld submitter's own texts may not show (its
        country): a search for it must not count their passages that match only through it."""
        return any(redaction.redact_own(found, text) != text for found in self.identities)

    def terms(self, terms):
        """Top terms minus any word of a withheld identity ('nanduti', 'andef')."""
        return [
            t for t in terms if not (set(_words(t)) & self._banned) and not self._redactor.finds(t)
        ]

    def label(self, label):
        """A theme label: identifiers redacted, and any term of it that is a word of one dropped."""
        label = self.redact(label or "")
        head, sep, tail = label.partition(": ")
        if sep:
            kept = self.terms([t.strip() for t in tail.split(",") if t.strip()])
            return head + (sep + ", ".join(kept) if kept else "")
        return " ".join(
            w if not (set(_words(w)) & self._banned) else identity.REPLACEMENT
            for w in label.split()
        )

    # -------------------------------------------------------------- rows

    def row(self, submission, columns):
        """A submission as a shareable row: a withheld one by type and region only, no id, country or file."""
        shown = {c: ("" if submission.get(c) is None else submission[c]) for c in columns}
        if self.may_name(submission):
            return {
                c: (self.redact(v) if isinstance(v, str) and c != "submitter" else v)
                for c, v in shown.items()
            }
        for column in ("source", "country", "submitter", "error"):
            if column in shown:
                shown[column] = ""
        if "id" in shown and not self.team:
            shown["id"] = None  # no number that joins to quotes or to other lists
        if "submitter" in shown:
            shown["submitter"] = privacy.anonymous_label(submission)
        if "error" in columns and submission.get("status") == "error":
            shown["error"] = "the file could not be read (details withheld)"
        return shown

    def rows(self, submissions, columns):
        """Shareable rows: nameable submitters by id, then withheld ones by type and region (no order that joins)."""
        named = [s for s in submissions if self.may_name(s)]
        withheld = sorted(
            (s for s in submissions if not self.may_name(s)),
            key=lambda s: (
                s.get("submitter_type") or "",
                s.get("region") or "",
                s.get("scope") or "",
            ),
        )
        return [self.row(s, columns) for s in named + withheld]


class _EarlierRedactions:
    """Spans kept for other identifiers (with the same code) that still hold for the current
    ones: the alternation of identifiers gives the same spans in a text where the added ones
    match nowhere, and where no identifier matched at all, taking some away changes nothing."""

    def __init__(self, db, redactor, code):
        self.db, self.redactor, self.code, self.screens = db, redactor, code, {}

    def spans(self, inputs, spans, text):
        """The kept spans if they still hold, else None (redact the text again)."""
        if inputs is None:
            return None
        screen = self._screen(inputs)
        if screen is None or (screen[0] and spans):
            return None
        return None if screen[1].may_find(text) else spans

    def _screen(self, inputs):
        """(whether identifiers were taken away, a Redactor of the added ones) for the
        identifiers an earlier entry was computed with, or None if they are not known."""
        if inputs not in self.screens:
            values = derived.get(self.db, "redaction_values", inputs, self.code)
            self.screens[inputs] = (
                None
                if values is None
                else (
                    bool(set(values) - set(self.redactor.values)),
                    redaction.Redactor(
                        (),
                        self.redactor.replacement,
                        values=set(self.redactor.values) - set(values),
                    ),
                )
            )
        return self.screens[inputs]


# ---------------------------------------------------------------- identities


def identities_of(db, submissions):
    """The identity of each submitter, read from its documents once per version of it and
    kept in the ``derived`` table under a fingerprint of what it was read from (the
    submission's version, content, name, source, country, and the code that reads it)."""
    inputs = derived.submission_inputs(db, [s["id"] for s in submissions])
    code = derived.code_version(*IDENTITY_CODE)
    keys = {
        s["id"]: derived.fingerprint(
            inputs[s["id"]],
            s.get("version"),
            s.get("submitter"),
            s.get("source"),
            s.get("country"),
            code,
        )
        for s in submissions
        if s["id"] in inputs
    }
    stored = derived.get_many(db, "identity", keys)
    found, new = [], []
    for submission in submissions:
        value = stored.get(str(submission["id"]))
        if value is None:
            value = {
                kind: sorted(values) for kind, values in _collect(db, submission).found.items()
            }
            if submission["id"] in keys:
                new.append((submission["id"], keys[submission["id"]], value))
        found.append(
            identity.Identity(
                submission["id"], {kind: set(values) for kind, values in value.items()}
            )
        )
    try:
        derived.put_many(db, "identity", new)
    except sqlite3.Error:
        pass  # kept for next time when the database lets us; the output stands
    return found


def identity_of(db, submission):
    """The identity of one submitter (see ``identities_of``)."""
    return identities_of(db, [submission])[0]


# Where submitters print their own name besides page 1: headers, properties, boxes, cover e-mails.
HEADING_KINDS = (
    "header",
    "footer",
    "running_header",
    "running_footer",
    "properties",
    "text_box",
    "cover_email",
)


def _collect(db, submission):
    from .tagging import documents  # tagging reads the stored parts the same way

    doc = documents.load(db, submission["id"])
    material = store.submission_material(db, submission["id"])
    file_texts = material["header_texts"] + material["letterheads"]
    headings = [
        line
        for part in doc.parts
        if (part.kind == "body" and part.page == 1) or part.kind in HEADING_KINDS
        for line in _first_lines(part.text)
    ]
    headings += [line for text in material["header_texts"] for line in _first_lines(text)]
    return identity.collect(
        submission["id"],
        names=[submission.get("submitter") or ""] + material["names"],
        top_lines=[line.text for line in doc.top]
        + [line for text in material["letterheads"] for line in text.splitlines() if line.strip()],
        heading_lines=headings,
        signature_lines=[line.text for line in doc.signature],
        texts=[part.text for part in doc.parts] + file_texts,
        paths=[submission.get("source") or ""] + material["file_names"],
        country=submission.get("country") or "",
    )


def _first_lines(text, n=8):
    return [line.strip() for line in (text or "").splitlines() if line.strip()][:n]


def _words(text):
    return [identity.fold(w) for w in re.findall(r"\w+", text or "")]


def _banned_words(identities):
    """Distinctive words of withheld names, acronyms and file names: never a theme term."""
    banned = set()
    for found in identities:
        for kind in ("name", "acronym", "letterhead", "file", "person"):
            for value in found.found.get(kind, ()):
                banned |= {
                    w
                    for w in _words(value)
                    if len(w) > 2
                    and w not in identity.STOP_WORDS
                    and w not in identity.GENERIC_FILE_WORDS
                    and w not in _COMMON_NAME_WORDS
                }
    return banned


# Words every kind of organisation's name uses: banning them would empty theme terms.
_COMMON_NAME_WORDS = {
    "association",
    "asociacion",
    "associacao",
    "organization",
    "organisation",
    "organizacion",
    "organizacao",
    "human",
    "rights",
    "derechos",
    "humanos",
    "droits",
    "homme",
    "humains",
    "direitos",
    "humanos",
    "prava",
    "cheloveka",
    "центр",
    "center",
    "centre",
    "centro",
    "foundation",
    "fundacion",
    "fondation",
    "fundacao",
    "network",
    "red",
    "reseau",
    "rede",
    "national",
    "nacional",
    "nationale",
    "commission",
    "comision",
    "comissao",
    "institute",
    "instituto",
    "institut",
    "university",
    "universidad",
    "universite",
    "universidade",
    "law",
    "women",
    "mujeres",
    "femmes",
    "mulheres",
    "lgbti",
    "lgbt",
    "trans",
    "gay",
    "lesbian",
    "lesbianas",
    "coalition",
    "coalicion",
    "alliance",
    "alianza",
    "alliance",
    "council",
    "consejo",
    "conseil",
    "society",
    "sociedad",
    "societe",
    "sociedade",
    "group",
    "grupo",
    "groupe",
    "project",
    "proyecto",
    "projet",
    "projeto",
    "defenders",
    "defensoras",
    "defensores",
    "equality",
    "igualdad",
    "egalite",
    "igualdade",
    "diversity",
    "diversidad",
    "diversite",
    "diversidade",
    "health",
    "salud",
    "sante",
    "saude",
    "support",
    "apoyo",
    "soutien",
    "apoio",
    "international",
    "internacional",
    "internationale",
    "regional",
    "forum",
    "mission",
    "ministry",
    "ministerio",
    "ministere",
    "republic",
    "republica",
    "republique",
    "permanent",
    "office",
    "oficina",
    "bureau",
    "gender",
    "genero",
    "genre",
    "sexual",
    "orientation",
    "identity",
    "identidad",
    "identite",
    "identidade",
    "persons",
    "people",
    "personas",
    "personnes",
    "pessoas",
    "youth",
    "jovenes",
    "jeunes",
    "jovens",
}
