"""Do no harm, property-based, for identifiers: what identifies a confidential submitter never
appears in a shareable output — not only its tagged name.

Hypothesis invents a submitter that asks not to be named: an organisation name with accents and
a hyphen, an acronym defined in the text "(XYZ)" and used later, the name again without accents
in capitals, an e-mail address, a phone number (valid for its country, written
in national and international format), a web address, a street address, and besides the
person who signs, a contact person (the contact and address sentences in en, es, fr, pt or ru,
as ``bench/leakcorpus.py`` words them; Cyrillic names and streets for ru). They are written into a real DOCX (running
header, body paragraphs that themes quote) beside two public submissions; the call is ingested,
every submission's tags are set to the truth and confirmed through the Triage page's save
(``tagging.review.save_edits``), and each shareable output is scanned with the leak scanner's
matcher (``bench/leaks.py``: accents, case and punctuation ignored; phones by digits).
Examples are derandomized so the output cases share the same few databases (built once each).
"""

import functools
import io
import logging
import tempfile
from pathlib import Path

import phonenumbers
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from bench import leaks
from bench.leakcorpus import T as WORDING
from bench.leakcorpus import plain_upper
from workbench import ingest, store
from workbench.cli import cli
from workbench.tagging import review

from .makedocs import ENGLISH, SPANISH, make_docx

CONSONANTS = "bcdfgjklmnprstvzñç"
VOWELS = "aeiouáéíóúàèâêôãõäëïöü"
KINDS = ("Asociación", "Association", "Collectif", "Fundação", "Alliance", "Réseau")
QUALIFIERS = (
    "de Defensoras",
    "for Trans Equality",
    "pour l'Égalité",
    "pela Diversidade",
    "of Lesbian Activists",
)
REGIONS = ("PY", "FR", "KE", "BR", "RU", "LB", "GB", "CO", "SN")
TLDS = ("org", "net", "org.py", "fr", "co.ke", "org.br")


def _pseudo(consonants, vowels):
    return "".join(c + v for c, v in zip(consonants, vowels)).capitalize()


pseudo_word = st.builds(
    _pseudo,
    st.text(alphabet=CONSONANTS, min_size=2, max_size=4),
    st.text(alphabet=VOWELS, min_size=4, max_size=4),
)


def _ascii(text):
    return "".join(c for c in leaks.fold(text) if c.isascii() and c.isalnum())


@st.composite
def phone(draw):
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    digits = str(example.national_number)
    tail = draw(st.text(alphabet="0123456789", min_size=5, max_size=5))
    number = phonenumbers.parse(f"+{example.country_code}{digits[:-5]}{tail}")
    assume(phonenumbers.is_valid_number(number))
    return (
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL),
        phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        str(number.national_number),
    )


cyrillic_word = st.builds(
    _pseudo,
    st.text(alphabet="бвгджзклмнпрстфхцчш", min_size=2, max_size=4),
    st.text(alphabet="аеёиоуыэюя", min_size=4, max_size=4),
)
# Street lines as each language writes them (type before or after the name, number first or last).
STREET_FORMS = {
    "en": ("{w} Street {n}", "{n} {w} Road"),
    "es": ("Calle {w} {n}", "Avenida {w} n.º {n}"),
    "fr": ("{n} rue {w}", "{n}, boulevard {w}"),
    "pt": ("Rua {w}, {n}", "Travessa {w} {n}"),
    "ru": ("улица {w}, д. {n}", "проспект {w} {n}"),
}


@st.composite
def identity(draw):
    core, second, first, surname, path, first2, surname2, street = draw(
        st.lists(pseudo_word, min_size=8, max_size=8, unique_by=_ascii)
    )
    lang = draw(st.sampled_from(sorted(STREET_FORMS)))
    if lang == "ru":  # people and streets in Cyrillic, as a Russian text writes them
        first2, surname2, street = draw(
            st.lists(cyrillic_word, min_size=3, max_size=3, unique_by=leaks.fold)
        )
    hyphen = draw(st.booleans())
    name = f"{draw(st.sampled_from(KINDS))} {core}{'-' + second if hyphen else ''} {draw(st.sampled_from(QUALIFIERS))}"
    acronym = draw(st.text(alphabet="BCDFGHJKLMNPQRSTVWXZ", min_size=4, max_size=6))
    domain = f"{_ascii(core)}-{_ascii(second)}.{draw(st.sampled_from(TLDS))}"
    national, international, digits = draw(phone())
    address = draw(st.sampled_from(STREET_FORMS[lang])).format(
        w=street, n=draw(st.integers(10, 2999))
    )
    return {
        "lang": lang,
        "name": name,
        "acronym": acronym,
        "person": f"{first} {surname}",
        "contact": f"{first2} {surname2}",
        "address": address,
        "email": f"{_ascii(first)}.{_ascii(surname)}@{domain}",
        "phone": (national, international, digits),
        "url": f"https://www.{domain}/{_ascii(path)}",
        "domain": domain,
        "level": draw(st.sampled_from(["withhold_name", "do_not_publish"])),
    }


def confidential_paragraphs(who):
    national, international, _ = who["phone"]
    return [
        "Please do not publish our name.",
        f"The {who['name']} ({who['acronym']}) documents cases of violence against lesbian, gay, bisexual and trans "
        f"persons in rural districts. {ENGLISH[0]}",
        f"{ENGLISH[1]} Since 2015, {who['acronym']} {SUPPORTED}. "
        + WORDING[who["lang"]]["contact"].format(
            contact=who["contact"], email=who["email"], phone_nat=national
        ),
        f"{ENGLISH[2]} As {plain_upper(who['name'])}, we publish our reports at {who['url']} "
        f"and answer on {international}. "
        + WORDING[who["lang"]]["address"].format(street=who["address"], city="Ciudad Capital"),
        f"Yours sincerely, {who['person']}, {who['name']}, {who['email']}",
    ]


SUPPORTED = (
    "has supported trans people through this procedure"  # a phrase only the confidential text has
)
# No shrinking: each shrink step would build and ingest a new call, and the failing example is
# printed in full anyway (its identifiers are what the failure message lists).
PHASES = [Phase.explicit, Phase.reuse, Phase.generate]
PUBLIC = [("Colectivo Público de Ejemplo", SPANISH), ("Open Example Trust", ENGLISH)]


@functools.lru_cache(maxsize=None)
def world(key):
    """A real database: one confidential submission (the invented identity) and two public ones."""
    who = dict(key)
    folder = Path(tempfile.mkdtemp(prefix="workbench-identity-"))
    make_docx(
        folder / "in" / "submission_00.docx",
        confidential_paragraphs(who),
        header=f"{who['acronym']} — {who['name']}",
    )
    for i, (name, texts) in enumerate(PUBLIC, 1):
        make_docx(
            folder / "in" / f"submission_{i:02d}.docx", [name] + list(texts) + [f"{name}, 2026"]
        )
    db = store.open_db(folder / "wb.db")
    ingest.ingest(db, "c", [folder / "in"], n_workers=0)
    rows = {r["source"]: r for r in review.table(db, "c")}
    edited, truth = [], {}
    for source, row in rows.items():
        i = int(source[11:13])
        level = who["level"] if i == 0 else "public"
        tags = {
            "submitter": who["name"] if i == 0 else PUBLIC[i - 1][0],
            "submitter_type": "civil_society",
            "country": "COL",
            "region": "latin_america_caribbean",
            "scope": "national",
            "language": "en",
            "confidentiality": level,
        }
        edited.append({**row, **tags})
        if i == 0:
            truth[row["id"]] = {
                "confidentiality": level,
                "tags": tags,
                "identifiers": [
                    {"kind": kind, "value": value}
                    for kind, value in (
                        ("name", who["name"]),
                        ("acronym", who["acronym"]),
                        ("person", who["person"]),
                        ("person", who["contact"]),
                        ("address", who["address"]),
                        ("email", who["email"]),
                        ("phone", who["phone"][2]),
                        ("url", who["url"]),
                        ("domain", who["domain"]),
                    )
                ],
            }
    saved, conflicts = review.save_edits(
        db, list(rows.values()), edited, {r["id"] for r in rows.values()}, "test"
    )
    assert not conflicts and len(saved) == 3
    db.conn.close()
    run(folder, "themes", "--call", "c", "--format", "json", "--refresh")
    return folder, truth


def run(folder, *args):
    """A CLI command's stdout, stderr and log records (everything a person could see or share)."""
    records = io.StringIO()
    handler = logging.StreamHandler(records)
    logging.getLogger().addHandler(handler)
    try:
        result = CliRunner().invoke(
            cli, ["--db", str(folder / "wb.db"), *args], catch_exceptions=False
        )
    finally:
        logging.getLogger().removeHandler(handler)
    assert result.exit_code == 0, result.output + result.stderr
    return result.output + result.stderr + records.getvalue()


def docx_text(path):
    return leaks.docx_text(Path(path).read_bytes())


def _background(folder, internal):
    out, markdown = folder / f"bg{int(internal)}.docx", folder / f"bg{int(internal)}.md"
    extra = ["--internal"] if internal else []
    return (
        run(
            folder,
            "background",
            "--call",
            "c",
            "--out",
            str(out),
            "--markdown",
            str(markdown),
            *extra,
        )
        + docx_text(out)
        + markdown.read_text(encoding="utf-8")
    )


OUTPUTS = {
    "submissions csv": lambda f: run(f, "submissions", "--call", "c"),
    "submissions json": lambda f: leaks.json_text(
        run(f, "submissions", "--call", "c", "--format", "json")
    ),
    "themes json": lambda f: leaks.json_text(run(f, "themes", "--call", "c", "--format", "json")),
    "stats --cell": lambda f: (
        run(
            f,
            "stats",
            "--call",
            "c",
            "--rows",
            "submitter_type",
            "--cell",
            "civil_society",
            "total",
        )
        + run(f, "stats", "--call", "c", "--rows", "country", "--cell", "COL", "total")
    ),
    "stats md by country": lambda f: run(
        f, "stats", "--call", "c", "--rows", "country", "--format", "md"
    ),
    "background docx+md": lambda f: _background(f, internal=False),
    "background --internal docx+md": lambda f: _background(f, internal=True),
}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(who=identity())
def test_no_identifier_of_a_confidential_submitter_in(output, who):
    folder, truth = world(tuple(sorted(who.items())))
    text = OUTPUTS[output](folder)
    found = leaks.scan([leaks.Output(output, text, internal="internal" in output)], truth)
    leaked = sorted({(f.kind, f.value) for f in found})
    assert not leaked, f"{output} shows identifiers of a {who['level']} submitter: {leaked}"


@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(who=identity())
def test_the_identifiers_are_in_the_submission_itself(who):
    """The property is not vacuous: the team's own reading of the submission holds every identifier."""
    folder, truth = world(tuple(sorted(who.items())))
    db = store.open_db(folder / "wb.db")
    try:
        (sid,) = truth
        text = "\n".join(p["text"] for p in store.submission_passages(db, sid))
        text += "\n" + "\n".join(f["header_text"] or "" for f in store.submission_files(db, sid))
    finally:
        db.conn.close()
    kinds = {f.kind for f in leaks.scan([leaks.Output("stored", text)], truth)}
    assert kinds == {"name", "acronym", "person", "email", "phone", "url", "domain", "address"}


@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    phases=PHASES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(who=identity())
def test_a_withheld_submission_is_still_quoted(who):
    """Nor is it vacuous in the outputs: a withhold_name submission's passages are quoted (redacted) in the themes."""
    assume(who["level"] == "withhold_name")
    folder, _ = world(tuple(sorted(who.items())))
    assert SUPPORTED in OUTPUTS["themes json"](folder)
