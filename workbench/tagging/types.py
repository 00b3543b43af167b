"""What kind of submitter: rules for what is certain, the classifier for the rest."""
from . import cues, features, model, names
from .names import Found

STRONG_CUE = 3           # a name cue this strong overrides an unsure classifier
UNSURE = 0.8
# Kinds of submitter that name themselves as such ("... Medical Association", "University
# of ...", "Council of Churches"): an unsure guess of one of these with no such word in
# the name falls back to the name's own cue, else to a civil society organisation, the
# commonest kind, with a confidence low enough to be reviewed.
NAMED_KINDS = {"medical", "academic", "faith_based", "nhri", "un_entity", "intergovernmental", "parliamentarian"}
FALLBACK_CONFIDENCE = 0.55


def classify(doc, name, state_country=None, known=None):
    """Found(type) with its confidence and the words that decided it."""
    if known:
        return Found(known["submitter_type"], 0.97, f"confirmed earlier for '{known['submitter']}'", kind="known")
    if state_country:
        return Found("state", 0.97, state_country.evidence, state_country.page, state_country.file, "mission")
    verbale = names.is_note_verbale(doc)
    if verbale:
        return Found("state", 0.9, verbale, 1, doc.file_name, "note verbale")
    person = names.personal_statement(doc)
    if person and not doc.top:
        return Found("individual", 0.9, person.text, person.page, person.file, "personal capacity")
    return _combine(doc, name.value, name)


def _combine(doc, name, where):
    row = features.row(doc, name)
    pipeline = model.load()
    cue_scores = cues.type_scores(name)
    best_cue = max(cue_scores.items(), key=lambda kv: kv[1]) if cue_scores else (None, 0)
    evidence = _cue_evidence(name) or where.evidence
    if pipeline is None:
        kind = best_cue[0] or "civil_society"
        return Found(kind, 0.5 if best_cue[0] else 0.3, evidence, where.page, where.file, "rules only")
    probabilities = model.probabilities(pipeline, row)
    kind, confidence = max(probabilities.items(), key=lambda kv: kv[1])
    cue_kind, cue_weight = best_cue
    if cue_kind and cue_kind != kind and cue_weight >= STRONG_CUE and confidence < UNSURE:
        kind, confidence = cue_kind, max(probabilities.get(cue_kind, 0.0), 0.5)
    elif kind in NAMED_KINDS and not cue_scores.get(kind) and confidence < UNSURE:
        kind, confidence = cue_kind or "civil_society", min(confidence, FALLBACK_CONFIDENCE)
    return Found(kind, round(float(confidence), 3), evidence, where.page, where.file, "classifier")


def _cue_evidence(name):
    found = cues.type_cues(name)
    if not found:
        return ""
    words = ", ".join(f"'{text}' ({kind})" for kind, _, text in sorted(found, key=lambda f: -f[1])[:3])
    return f"{name} — cues: {words}"
