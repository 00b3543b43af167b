"""What kind of submitter: rules for what is certain, the classifier for the rest."""

from . import cues, names, precedents, type_model, type_signals
from .names import Found

STRONG_CUE = 3  # a name cue this strong overrides an unsure classifier
UNSURE = 0.8
# Kinds of submitter that name themselves as such ("... Medical Association", "University
# of ...", "Council of Churches"): an unsure guess of one of these with no such word in
# the name falls back to the name's own cue, else to a civil society organisation, the
# commonest kind, with a confidence low enough to be reviewed.
NAMED_KINDS = {
    "medical",
    "academic",
    "faith_based",
    "nhri",
    "un_entity",
    "intergovernmental",
    "parliamentarian",
}
FALLBACK_CONFIDENCE = 0.55
NAMED_CONFIDENCE = 0.9
KNOWN_CONFIDENCE = 0.95  # the name is a body of the gazetteer (a sourced list)   # a name that says what it is ("… Human Rights Commission")
# The classifier learnt from generated documents: on real ones its certainty means little,
# so a type it alone decided is never sure enough to skip review.
CLASSIFIER_CEILING = 0.75


def classify(doc, name, state_country=None, known=None):
    """Found(type) with its confidence and the words that decided it."""
    if known:
        return Found(known["submitter_type"], 0.97, precedents.evidence(known), kind="known")
    if state_country:
        return Found(
            "state", 0.97, state_country.evidence, state_country.page, state_country.file, "mission"
        )
    verbale = names.is_note_verbale(doc)
    if verbale:
        return Found("state", 0.9, verbale, 1, doc.file_name, "note verbale")
    if name.kind == "state named":
        return Found("state", 0.9, name.evidence, name.page, name.file, "state named")
    person = names.personal_statement(doc)
    if person and (not name.value or names.is_person(name.value)):
        return Found("individual", 0.9, person.text, person.page, person.file, "personal capacity")
    if name.known:
        hit = name.known
        # The body's type is certain; that it wrote this is only as sure as the name was found.
        sure = min(KNOWN_CONFIDENCE, name.confidence + 0.1)
        return Found(
            hit.type,
            sure,
            f"{name.value}: known as {hit.name} ({hit.type}; workbench/data/organisations.csv)",
            name.page,
            name.file,
            "known body",
        )
    named = _named_kind(name)
    if named:
        return named
    return _combine(doc, name.value, name)


def _named_kind(name):
    """The type a name states of itself ('… Human Rights Commission', 'Ministry of …'):
    sure when one kind's cues clearly lead; None when the name says nothing or is mixed."""
    scores = cues.type_scores(name.value)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    kind, weight = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if weight < (2 if kind == "state" else STRONG_CUE) or weight - runner < 2:
        return None
    return Found(kind, NAMED_CONFIDENCE, _cue_evidence(name.value), name.page, name.file, "name")


def _combine(doc, name, where):
    row = type_signals.row(doc, name)
    pipeline = type_model.load()
    cue_scores = cues.type_scores(name)
    best_cue = max(cue_scores.items(), key=lambda kv: kv[1]) if cue_scores else (None, 0)
    evidence = _cue_evidence(name) or where.evidence
    if pipeline is None:
        kind = best_cue[0] or "civil_society"
        return Found(
            kind, 0.5 if best_cue[0] else 0.3, evidence, where.page, where.file, "rules only"
        )
    probabilities = type_model.probabilities(pipeline, row)
    kind, confidence = max(probabilities.items(), key=lambda kv: kv[1])
    cue_kind, cue_weight = best_cue
    if cue_kind and cue_kind != kind and cue_weight >= STRONG_CUE and confidence < UNSURE:
        kind, confidence = cue_kind, max(probabilities.get(cue_kind, 0.0), 0.5)
    elif kind in NAMED_KINDS and not cue_scores.get(kind) and confidence < UNSURE:
        kind, confidence = cue_kind or "civil_society", min(confidence, FALLBACK_CONFIDENCE)
    confidence = min(float(confidence), CLASSIFIER_CEILING if not cue_scores.get(kind) else 0.85)
    if not name:
        confidence = min(confidence, FALLBACK_CONFIDENCE)  # no name found: the type is a guess
    return Found(kind, round(confidence, 3), evidence, where.page, where.file, "classifier")


def _cue_evidence(name):
    found = cues.type_cues(name)
    if not found:
        return ""
    words = ", ".join(
        f"'{text}' ({kind})" for kind, _, text in sorted(found, key=lambda f: -f[1])[:3]
    )
    return f"{name} — cues: {words}"
