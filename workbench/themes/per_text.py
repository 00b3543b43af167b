"""Per-text work done where the text is read (speed, issue 15): ingest's worker processes
compute, for each passage they read, what proposing themes derives from a text alone — its
codebook codes, its content lemmas and concepts, its cued sentences and boilerplate 5-grams,
the pieces a campaign compares and each submission's shingles of them — and ingest keeps them in the ``derived`` table under the
versions ``themes --refresh`` reads them with. The first proposal after an ingest then reads
them instead of lemmatising and coding every passage of the call again.

Each value is the one the themes code computes for that text (the same functions, keyed alike),
so what a proposal gives is the same whether ingest kept it or not; an entry of another code
version is ignored and computed again.
"""

import hashlib

from .. import derived
from . import codebook, finalise, passage_features, procedural
from .campaigns import _text_version as campaign_text_version
from .campaigns import own_piece_numbers, submission_shingles

KINDS = ("codes", "features", "cues", "shingles", "pieces", "submissions")


def analyse(passages, questions=()):
    """{kind: {text key: value}} of one submission's passages (dicts with text, language and
    role, as ingest reads them): body passages are what proposals code, cluster and set aside;
    campaigns read every passage's own pieces."""
    found = {kind: {} for kind in KINDS}
    asked = procedural.Questions(questions)
    matcher = passage_features.concept_matcher()
    for p in passages:
        text, lang = p["text"] or "", (p.get("language") or "xx").lower()
        key = procedural.text_key({"text": text, "language": lang})
        if key not in found["pieces"]:
            found["pieces"][key] = own_piece_numbers(text, lang, asked)
        if (p.get("role") or "body") != "body" or key in found["cues"]:
            continue
        found["codes"][_codes_key(lang, text)] = {
            area: list(terms) for area, terms in codebook._coded(text, lang)
        }
        found["features"][key] = passage_features._features(text, lang, matcher, True)
        found["cues"][key] = procedural.sentence_cues(text, lang, asked)
        found["shingles"][key] = procedural.pack_shingles(text)
    if passages:  # the submission's own words as campaigns compare them
        key, packed = submission_shingles(passages, questions, found["pieces"])
        found["submissions"][key] = packed
    return found


def _codes_key(lang, text):
    """What codebook._code_call keeps a text's codes under."""
    return hashlib.sha256(f"{lang}\x1f{text}".encode("utf-8")).hexdigest()


def merge(into, found):
    """Add one submission's ``analyse`` to a batch's."""
    for kind in KINDS:
        into.setdefault(kind, {}).update(found.get(kind, {}))
    return into


def keep(db, call_id, found, questions=()):
    """Add a batch's ``analyse`` to what the call keeps by text (each kind under its version;
    kept entries of another version are replaced: they would be computed again anyway)."""
    if not any(found.get(kind) for kind in KINDS):
        return
    _add(db, "codebook_texts", call_id, derived.code_version(*codebook.CODE), areas=found["codes"])
    features = derived.fingerprint(
        derived.code_version(*passage_features.FEATURE_CODE), finalise._library_versions()
    )
    _add(db, "feature_texts", call_id, features, texts=found["features"])
    cues = finalise._cue_version(questions)
    _add(db, "procedural_texts", call_id, cues, cues=found["cues"], shingles=found["shingles"])
    _add(
        db,
        "campaign_texts",
        call_id,
        campaign_text_version(questions),
        pieces=found["pieces"],
        shingles=found["submissions"],
    )


def _add(db, kind, call_id, version, **parts):
    """Entries added to the call's ``kind`` (one JSON value {"code": version, part: {key: value}})."""
    earlier = derived.latest(db, kind, call_id)
    value = earlier if earlier and earlier.get("code") == version else {"code": version}
    for part, entries in parts.items():
        value.setdefault(part, {}).update(entries)
    derived.put(db, kind, call_id, version, value)
