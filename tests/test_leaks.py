"""No shareable output identifies a submitter who asked not to be named (small leak scan, perfect tags).

A small version of ``bench/leaks.py``: 6 submitters who ask not to be named or published and 3
public ones, in English, Spanish and Russian, written as real PDF/DOCX files, folders with a cover
e-mail and a ZIP batch (``bench/leakcorpus.py``), with their identifiers in the letterhead, running
header and footer, body paragraphs, a footnote, the signature and the file names. The call is
ingested through the command line, every submission's tags are set to the truth and confirmed
through the Triage page's save (``tagging.review.save_edits``), themes are refreshed, then the main
shareable outputs are produced by the CLI and scanned for every identifier of every non-public
submitter: the name (accents and case ignored), acronym, people, e-mails, phones (by digits), web
address and domain, street address, file and folder names, the country in the submissions list's
own rows, and "(submission N, p. M)" references to them. The target of issue 10 is 0.
"""

import pytest

from bench import leakcorpus, leaks

OUTPUTS = (
    "submissions csv",
    "themes json",
    "stats submitter_type csv",
    "stats submitter_type md",
    "stats country csv",
    "stats country md",
    "stats submitter_type x region csv",
    "stats submitter_type x region md",
    "stats --cell submitter_type",
    "stats --cell country",
    "stats --cell submitter_type x region",
    "background docx+md",
    "background --internal docx+md",
)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    work = tmp_path_factory.mktemp("leaks")
    db_path, truth = leaks.build(
        work, n_private=6, n_public=3, seed=1, langs=("en", "es", "ru"), log=lambda *a: None
    )
    leaks.apply_perfect_tags(db_path, truth)
    assert leaks.refresh_themes(db_path, log=lambda *a: None), "themes --refresh failed"
    hidden = {sid for sid, t in truth.items() if t["confidentiality"] != "public"}
    outputs = leaks.run_cli_outputs(
        db_path, work / "out", quick=True, only=set(OUTPUTS), hidden_ids=hidden
    )
    findings = leaks.scan(outputs, truth)
    return {o.name: o for o in outputs}, findings, truth, db_path


def test_the_small_call_is_what_the_test_claims(scanned):
    outputs, _, truth, _ = scanned
    assert set(outputs) == set(OUTPUTS)
    levels = [t["confidentiality"] for t in truth.values()]
    assert levels.count("public") == 3 and len(levels) == 9
    assert {t["tags"]["language"] for t in truth.values()} == {"en", "es", "ru"}
    assert {"pdf", "docx", "folder", "zip"} <= {t["layout"] for t in truth.values()}


@pytest.mark.parametrize("output", OUTPUTS)
def test_no_identifier_of_a_non_public_submitter_in(scanned, output):
    outputs, findings, _, _ = scanned
    produced = outputs[output]
    assert not produced.error, f"{output} could not be produced: {produced.error}"
    leaked = [f for f in findings if f.output == output]
    shown = "\n".join(
        f"  #{f.submission_id} {f.kind}: {f.value!r} … {f.context[:160]!r}" for f in leaked[:15]
    )
    assert not leaked, f"{output}: {len(leaked)} identifiers of non-public submitters:\n{shown}"


def test_the_scanner_sees_identifiers_where_they_are(scanned):
    """The measuring tool is not blind: variants of each kind are found, and the internal list names everyone."""
    outputs, _, truth, db_path = scanned
    hidden = {sid: t for sid, t in truth.items() if t["confidentiality"] != "public"}
    sid, sub = next(iter(hidden.items()))
    value = {i["kind"]: i["value"] for i in reversed(sub["identifiers"])}
    phone = value["phone"]
    probes = {
        "name": leakcorpus.plain_upper(value["name"]).replace(
            "-", " "
        ),  # no accents, capitals, no hyphen
        "acronym": f"({value['acronym'].lower()})",
        "phone": "+00 " + " ".join(phone[i : i + 3] for i in range(0, len(phone), 3)),
        "email": value["email"].upper(),
        "file": value["file"].replace("_", "\\_") + ".pdf",  # as Markdown escapes it
        "reference": f"“a quote” (submission {sid}, p. 2)",
    }
    for kind, text in probes.items():
        found = leaks.scan([leaks.Output("probe", f"... {text} ...")], truth)
        assert kind in {f.kind for f in found}, (kind, text)
    internal = leaks.cli_output(
        db_path, "internal list", ["submissions", "--call", leaks.CALL, "--internal"]
    )
    named = {f.submission_id for f in leaks.scan([internal], truth) if f.kind == "name"}
    assert named == set(hidden)
