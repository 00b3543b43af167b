"""The confidentiality reader gives exactly the verdicts it gave before the survey import was
made faster (issue 14, part 2): the same level, confidence, evidence, page, file and kind on
every text of the detector's tests and on every response of the survey fixtures (the five
tools' exports and the benchmark's, named and anonymous), read one by one and read in a
batch as the survey import's workers read them.

The verdicts were recorded with the reader as it was before the change
(``tests/fixtures/confidentiality_replay.json``; ``python -m tests.test_confidentiality_replay``
records them again, only ever from a reader known to be right).
"""

import json
import tempfile
from pathlib import Path

from bench.survey import write_export
from workbench import survey
from workbench.tagging import confidentiality

from . import test_confidentiality as detector_tests
from . import test_survey as survey_tests

RECORDED = Path(__file__).parent / "fixtures" / "confidentiality_replay.json"
BENCH_ROWS = 120  # per benchmark export: named and anonymous


def _detector_cases():
    texts = [(kind, text) for _, kind, text, *_ in detector_tests.REQUESTS]
    texts += [(kind, text) for _, kind, text in detector_tests.MARKERS + detector_tests.CONTROLS]
    texts += [(kind, text) for _, kind, text in detector_tests.CUES]
    texts.append(("body", detector_tests.FILLER))
    return [
        (f"detector {i} {kind} {who or '-'}", detector_tests._Doc(text, kind), who)
        for i, (kind, text) in enumerate(texts)
        for who in ("", "state")
    ]


def _responses(label, path):
    form = survey.read(path.read_bytes(), path.name)
    survey.apply_mapping(form, survey.guess_mapping(form))
    cases = []
    for response in survey.responses(form):
        record = survey._record(*response, "", 0)
        who = response[2]
        kind = survey.submitter_type(who.get("type", ""), bool(who.get("organisation")))
        cases.append((f"{label} {response[0]}", survey._document(0, record), kind))
    return cases


def cases(folder):
    """[(case id, Document, submitter type)]."""
    found = _detector_cases()
    for name, build in survey_tests.TOOLS.items():
        found += _responses(name, build(folder / name))
    for anonymous in (False, True):
        path = folder / f"bench-{anonymous}.xlsx"
        write_export(path, BENCH_ROWS, 20, anonymous=anonymous)
        found += _responses(f"bench anonymous={anonymous}", path)
    return found


def _verdict(found):
    return [found.value, found.confidence, found.evidence, found.page, found.file, found.kind]


def test_every_verdict_is_the_one_recorded_before_read_alone_or_in_a_batch(tmp_path):
    recorded = json.loads(RECORDED.read_text("utf-8"))
    read = cases(tmp_path)
    assert sorted(case for case, _, _ in read) == sorted(recorded)
    alone = {case: _verdict(confidentiality.detect(doc, kind)) for case, doc, kind in read}
    assert alone == recorded
    batched = confidentiality.detect_many([(doc, kind) for _, doc, kind in read])
    assert {case: _verdict(found) for (case, _, _), found in zip(read, batched)} == recorded


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        verdicts = {
            case: _verdict(confidentiality.detect(doc, kind))
            for case, doc, kind in cases(Path(tmp))
        }
    RECORDED.write_text(json.dumps(verdicts, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{len(verdicts)} verdicts recorded in {RECORDED}")
