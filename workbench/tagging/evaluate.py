"""Tags against a gold file: per field accuracy and per-class precision, recall and F1."""

import csv

from sklearn.metrics import precision_recall_fscore_support

from .. import store
from ..vocab import TAG_FIELDS

CLASS_FIELDS = ("submitter_type", "region", "scope", "language", "confidentiality")


def read_gold(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["source"]: row for row in csv.DictReader(handle)}


def pairs(db, call_slug, gold):
    """[(gold row, tagged row)] for the call's ok submissions that the gold file names."""
    tagged = {row["source"]: row for row in store.list_submissions(db, call_slug, status="ok")}
    return [(gold[source], tagged[source]) for source in sorted(gold) if source in tagged]


def field_report(matched, field):
    """{'accuracy', 'n', 'classes': {label: (precision, recall, f1, support)}, 'macro_f1'}."""
    truth = [(g.get(field) or "") for g, _ in matched]
    guess = [(t.get(field) or "") for _, t in matched]
    report = {
        "n": len(truth),
        "accuracy": sum(a == b for a, b in zip(truth, guess)) / max(len(truth), 1),
    }
    if field in CLASS_FIELDS and truth:
        labels = sorted(set(truth))
        p, r, f, s = precision_recall_fscore_support(truth, guess, labels=labels, zero_division=0)
        report["classes"] = {label: (p[i], r[i], f[i], int(s[i])) for i, label in enumerate(labels)}
        report["macro_f1"] = float(sum(f) / len(f))
    if field == "confidentiality":
        requests = [(a, b) for a, b in zip(truth, guess) if a and a != "public"]
        report["request_recall"] = sum(b not in ("", "public") for _, b in requests) / max(
            len(requests), 1
        )
        report["requests"] = len(requests)
    return report


def evaluate(db, call_slug, gold):
    """{field: field_report} for every tag field present in the gold rows."""
    matched = pairs(db, call_slug, gold)
    present = [f for f in TAG_FIELDS if matched and f in matched[0][0]]
    return {field: field_report(matched, field) for field in present}


def as_text(results):
    """Plain-text lines for the CLI (no submitter names: only labels and figures)."""
    lines = []
    for field, report in results.items():
        extra = f", macro-F1 {report['macro_f1']:.3f}" if "macro_f1" in report else ""
        if "request_recall" in report:
            extra += (
                f", request recall {report['request_recall']:.3f} ({report['requests']} requests)"
            )
        lines.append(f"{field}: accuracy {report['accuracy']:.3f} (n={report['n']}){extra}")
        for label, (p, r, f, s) in report.get("classes", {}).items():
            lines.append(
                f"  {label or '(empty)':<26} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  n={s}"
            )
    return "\n".join(lines)
