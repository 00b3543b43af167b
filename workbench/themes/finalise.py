"""People shape the themes; the machine maps every passage to the themes they kept.

A theme is *candidate* (proposed by clustering) or *final* (a person accepted it, or made
it by merging, splitting or searching). A final theme is defined by its seed passages, the
ones people put there; ``refresh`` maps every passage of the call (new submissions too) to
the final themes by similarity to their seeds, and clusters only what fits none into new
candidates. Every change goes into the audit log.
"""

import hashlib
import json
import time
from importlib import metadata

from .. import audit, callscope, derived, store
from ..errors import WorkbenchError
from . import cluster, codebook, incremental, passage_features, procedural, projection, theme_store

MIN_NEW_CANDIDATES = 3  # fewer leftover passages than this are not worth a new theme
# A new passage fits a final theme when it is as close as the closest 95 % of its seeds.
# Passages are single paragraphs (Word paragraphs are no longer run together), which scatter
# more around a theme's centre: at 90 % a new Spanish conversion paragraph at 0.79 missed a
# floor of 0.80 while it was 0.33 from any other theme (tests/test_themes.py).
MAP_FLOOR_QUANTILE = 0.05


def refresh(db, call, n_themes=None, random_state=0, user="system", use_concepts=True, refit=False):
    """Propose candidates for ``call`` (a CallScope, or its slug), and map passages to final
    themes when there are some.

    ``use_concepts=False`` leaves the concept dictionary out (pooling across languages by
    cognates alone; the benchmark's "without the dictionary"). A few new passages are placed
    in the kept model (incremental.py: ``placed`` says how many, 0 after a full fit);
    ``refit=True`` fits everything again."""
    started = time.perf_counter()
    scope = callscope.of(db, call)
    call = scope.call
    aside, passages = set_aside(db, scope, store.call_passages(db, call["id"]))
    seeds = theme_store.seed_passages(db, call["id"])
    finals = [t["label"] for t in theme_store.call_themes(db, call["id"], ("final",))]
    settings = (seeds, finals, n_themes, random_state, use_concepts)
    inputs = _proposal_inputs(passages, *settings)
    found = None if refit else derived.get(db, "proposal", call["id"], inputs)
    if found is None:
        found = _proposal(db, call["id"], passages, settings, refit)
    mapped = {(theme_id, passage_id): w for theme_id, passage_id, w in found["mapped"]}
    candidates = found["candidates"]
    with store.transaction(db):
        theme_store.replace_procedural(db, call["id"], aside)
        _write_refresh(db, call["id"], mapped, candidates)
        derived.put(db, "proposal", call["id"], inputs, found)
        theme_store.record_run(
            db,
            call["id"],
            len(passages),
            len(candidates),
            len(mapped),
            {
                "n_themes": n_themes,
                "random_state": random_state,
                "use_concepts": use_concepts,
                "set_aside": len(aside),
                "placed": found.get("placed", 0),
                "seconds": round(time.perf_counter() - started, 2),
            },
        )
        audit.record(db, user, "refresh_themes", "themes", None, "call", None, scope.slug)
    # Derived from the passages too: coded now (each area kept apart), not at a page's first view.
    codebook.keep_areas(db, call["id"])
    return {
        "passages": len(passages),
        "set_aside": len(aside),
        "mapped": len(mapped),
        "candidates": len(candidates),
        "placed": found.get("placed", 0),
    }


def _proposal(db, call_id, passages, settings, refit):
    """The kept model extended when few passages changed since it was fitted
    (incremental.py), else a full proposal whose model is kept."""
    model_inputs = _model_inputs(*settings)
    kept = None if refit else derived.get(db, "theme_model", call_id, model_inputs)
    if kept and incremental.changed_share(kept, passages) <= incremental.REFIT_SHARE:
        seeded = {i for ids in settings[0].values() for i in ids}
        found = incremental.extend(kept, passages, seeded)
        if found is not None:
            return json.loads(json.dumps(found, ensure_ascii=False))
    version, texts = _known_features(db, call_id)
    before = len(texts)
    with passage_features.remembered(texts):
        found, kept = _propose(passages, *settings)
    derived.put(db, "theme_model", call_id, model_inputs, kept)
    if len(texts) != before or before > len(passages):  # new texts, or gone ones to forget
        now = {passage_features.text_key(_language(p), p["text"]) for p in passages}
        texts = {key: value for key, value in texts.items() if key in now}
        derived.put(db, "feature_texts", call_id, version, {"code": version, "texts": texts})
    return found


def _language(passage):
    return (passage.get("language") or "xx").lower()


def _known_features(db, call_id):
    """(version, {text key: [content lemmas, concepts]}): the features of the texts
    analysed by the last full fit, while the code, data and libraries that computed
    them hold (passage_features.remembered)."""
    version = derived.fingerprint(
        derived.code_version(*passage_features.FEATURE_CODE), _library_versions()
    )
    earlier = derived.latest(db, "feature_texts", call_id)
    valid = earlier and earlier.get("code") == version
    return version, earlier["texts"] if valid else {}


def _propose(passages, seeds, finals, n_themes, random_state, use_concepts):
    """({"mapped": [[final theme id, passage id, weight]], "candidates": [{label, terms,
    concept, members: [[passage id, weight]]}]}, the model kept for incremental.py):
    passages mapped to the final themes' seeds, the rest clustered into candidates labelled
    apart from ``finals``. As JSON gives it back, so a stored proposal and a computed one
    are written alike."""
    mapped, leftovers, placing = {}, list(range(len(passages))), None
    if passages and seeds:
        mapped, leftovers, placing = _map_to_final(passages, seeds, random_state, use_concepts)
    candidates, model = [], None
    if len(leftovers) >= MIN_NEW_CANDIDATES or (leftovers and not seeds):
        subset = [passages[r] for r in leftovers]
        model = cluster.ThemeModel(
            n_themes=n_themes, random_state=random_state, use_concepts=use_concepts
        ).fit(subset)
        candidates = [
            {**t, "members": [(subset[r]["id"], w) for r, w in t["members"]]}
            for t in model.themes(taken=finals)  # labels unique in the call
        ]
    found = {"mapped": [[t, p, w] for (t, p), w in mapped.items()], "candidates": candidates}
    found = json.loads(json.dumps(found, ensure_ascii=False))
    return found, incremental.kept_model(passages, found, placing, model and model.kept())


def _proposal_inputs(passages, seeds, finals, n_themes, random_state, use_concepts):
    """What a proposal is computed from: every field of the passages clustered (their
    substantive texts), the final themes' seeds and labels, the settings, and the code,
    data and libraries that cluster and label. Every step takes ``random_state``, so while
    these hold, proposing themes again gives the stored proposal (speed, issue 15)."""
    clustered = json.dumps(passages, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return derived.fingerprint(
        hashlib.sha256(clustered).hexdigest(),
        _model_inputs(seeds, finals, n_themes, random_state, use_concepts),
    )


def _model_inputs(seeds, finals, n_themes, random_state, use_concepts):
    """What a kept model was fitted with, its passages aside: the final themes' seeds and
    labels, the settings, and the code, data and libraries that cluster and label."""
    return derived.fingerprint(
        json.dumps(list(seeds.items())),
        json.dumps(finals, ensure_ascii=False),
        n_themes,
        random_state,
        use_concepts,
        derived.code_version(*PROPOSAL_CODE),
        _library_versions(),
    )


# What a stored proposal was computed by: an edited rule, dictionary or library proposes again.
PROPOSAL_CODE = (
    "themes/finalise.py",
    "themes/cluster.py",
    "themes/labels.py",
    "themes/passage_features.py",
    "themes/procedural.py",
    "themes/projection.py",
    "themes/incremental.py",
    "language.py",
    "data/concepts.csv",
    "data/procedural.csv",
)


def _library_versions():
    """Read from the installed packages' metadata: importing spaCy to ask would cost 0.5 s."""
    return [
        metadata.version(name)
        for name in ("numpy", "scipy", "scikit-learn", "spacy", "spacy-lookups-data")
    ]


def set_aside(db, call, passages):
    """({passage id: Verdict} of procedural passages of ``call`` (a CallScope, or its slug),
    the others with their substantive text).

    Campaign members share one voice, so a form letter is not boilerplate of itself; the
    call's own questions repeated by submitters are set aside too (procedural.Questions).
    Kept in the ``derived`` table until the passages, the questions or the rules change:
    proposing themes again (after people finalised some) does not read every sentence again.
    """
    scope = callscope.of(db, call)
    call_id = scope.id
    questions = store.call_questions(db, call_id)
    inputs = derived.fingerprint(
        derived.call_passages_inputs(db, call_id),
        questions,
        [p["id"] for p in passages],
        derived.code_version(*PROCEDURAL_CODE),
    )
    found = derived.get(db, "procedural", call_id, inputs)
    if found is None:
        version = _cue_version(questions)
        earlier = derived.latest(db, "procedural_texts", call_id)
        valid = earlier and earlier.get("code") == version
        known = earlier["cues"] if valid else {}
        packed = earlier.get("shingles", {}) if valid else {}
        found = _assess(scope, passages, questions, known, packed)
        keys = list(map(procedural.text_key, passages))
        now = {
            "code": version,
            "cues": {key: known[key] for key in keys},
            "shingles": {key: packed[key] for key in keys},
        }
        derived.put(db, "procedural", call_id, inputs, found)
        derived.put(db, "procedural_texts", call_id, version, now)
    aside = {int(pid): procedural.Verdict(*verdict) for pid, verdict in found["aside"].items()}
    texts = found["texts"]
    kept = [
        {**p, "text": texts.get(str(p["id"]), p["text"])} for p in passages if p["id"] not in aside
    ]
    return aside, kept


# What stored verdicts were computed by: an edited rule or cue sets passages aside again.
PROCEDURAL_CODE = (
    "themes/procedural.py",
    "themes/passage_features.py",
    "themes/campaigns.py",
    "themes/finalise.py",
    "store.py",
    "data/procedural.csv",
)


# What a text's cued sentences are found by (kept by text: a passage read before is not read
# again when new submissions arrive, issue 15); boilerplate and edges are judged every time.
CUE_CODE = ("themes/procedural.py", "themes/passage_features.py", "data/procedural.csv")


def _cue_version(questions):
    return derived.fingerprint(
        derived.code_version(*CUE_CODE), questions, metadata.version("rapidfuzz")
    )


def _assess(scope, passages, questions, known=None, packed=None):
    """{"aside": {id: [kind, reason, share]}, "texts": {id: substantive text where it differs}}.
    ``known``, ``packed``: {text key: cued sentences}, {text key: its 5-grams} still valid;
    the new texts' are added to them."""
    voice = scope.voices if passages else {}
    found = procedural.assess(
        passages,
        [voice.get(p["submission_id"], p["submission_id"]) for p in passages],
        questions,
        known,
        packed,
    )
    return {
        "aside": {
            str(p["id"]): [v.kind, v.reason, v.share] for p, (v, _) in zip(passages, found) if v
        },
        "texts": {
            str(p["id"]): text
            for p, (v, text) in zip(passages, found)
            if not v and text != p["text"]
        },
    }


def _map_to_final(passages, seeds, random_state, use_concepts=True):
    """{(theme id, passage id): weight} for final themes, rows of passages fitting none, and
    what places new passages in these themes later (incremental.py)."""
    row_of = {p["id"]: r for r, p in enumerate(passages)}
    theme_ids = [t for t, ids in seeds.items() if any(i in row_of for i in ids)]
    seed_rows = [[row_of[i] for i in seeds[t] if i in row_of] for t in theme_ids]
    space = cluster.Space(passages, random_state=random_state, use_concepts=use_concepts)
    centroids, floors = cluster.seed_centroids(
        space.vectors, seed_rows, floor_quantile=MAP_FLOOR_QUANTILE
    )
    found, leftovers = cluster.place_by_seeds(space.vectors, centroids, floors)
    seeded = {r for rows in seed_rows for r in rows}
    mapped = {(theme_ids[t], passages[r]["id"]): w for r, pairs in found.items() for t, w in pairs}
    placing = {
        "space": space.kept(),
        "themes": theme_ids,
        "centroids": projection.pack(centroids),
        "floors": floors.tolist(),
    }
    return mapped, [r for r in leftovers if r not in seeded], placing


def _write_refresh(db, call_id, mapped, candidates):
    theme_store.delete_candidates(db, call_id)
    theme_store.clear_mapped(db, call_id)
    for (theme_id, passage_id), weight in mapped.items():
        theme_store.add_members(db, theme_id, [(passage_id, weight)])
    for theme in candidates:
        theme_id = theme_store.insert_theme(
            db,
            call_id,
            theme["label"],
            theme["terms"],
            "candidate",
            "cluster",
            concept=theme["concept"],
        )
        theme_store.add_members(db, theme_id, theme["members"])


def accept(db, theme_ids, user):
    """Candidates become final: their passages now define them."""
    with store.transaction(db):
        for theme_id in theme_ids:
            theme = theme_store.get_theme(db, theme_id)
            theme_store.update_theme(db, theme_id, status="final")
            theme_store.make_seeds(db, theme_id)
            audit.record(
                db, user, "accept_theme", "themes", theme_id, "status", theme["status"], "final"
            )


def rename(db, theme_id, label, user):
    label = (label or "").strip()
    if not label:
        raise WorkbenchError(f"theme {theme_id}: a theme needs a name")
    with store.transaction(db):
        old = theme_store.get_theme(db, theme_id)["label"]
        theme_store.update_theme(db, theme_id, label=label)
        audit.record(db, user, "rename_theme", "themes", theme_id, "label", old, label)


def delete(db, theme_id, user):
    with store.transaction(db):
        theme = theme_store.get_theme(db, theme_id)
        theme_store.delete_theme(db, theme_id)
        audit.record(db, user, "delete_theme", "themes", theme_id, "label", theme["label"], None)


def merge(db, theme_ids, user, label=None):
    """One final theme with every passage of the given themes; returns its id."""
    if len(set(theme_ids)) < 2:
        raise WorkbenchError("choose at least two themes to merge")
    themes = [theme_store.get_theme(db, t) for t in theme_ids]
    label = label or " / ".join(t["label"] for t in themes)
    terms = list(dict.fromkeys(term for t in themes for term in t["terms"]))[:8]
    with store.transaction(db):
        new_id = theme_store.insert_theme(
            db, themes[0]["call_id"], label, terms, "final", "merge", concept=themes[0]["concept"]
        )
        for theme in themes:
            members = [
                (m["passage_id"], m["weight"]) for m in theme_store.theme_members(db, theme["id"])
            ]
            theme_store.add_members(db, new_id, members, seed=True)
            theme_store.delete_theme(db, theme["id"])
        audit.record(
            db,
            user,
            "merge_themes",
            "themes",
            new_id,
            "merged",
            ", ".join(f"{t['id']}:{t['label']}" for t in themes),
            label,
        )
    return new_id


def split(db, theme_id, user, n=2, random_state=0):
    """Re-cluster one theme's passages into ``n`` final themes; returns their ids."""
    theme = theme_store.get_theme(db, theme_id)
    members = theme_store.theme_members(db, theme_id)
    if len(members) < n * 2:
        raise WorkbenchError(
            f"theme {theme_id} has {len(members)} passages: too few to split in {n}"
        )
    passages = [
        {"id": m["passage_id"], "text": m["text"], "language": m["language"]} for m in members
    ]
    model = cluster.ThemeModel(n_themes=n, random_state=random_state).fit(passages)
    others = theme_store.call_themes(db, theme["call_id"], ("final", "candidate"))
    taken = [t["label"] for t in others if t["id"] != theme_id]
    new_ids = []
    with store.transaction(db):
        for part in model.themes(taken=taken):
            new_id = theme_store.insert_theme(
                db,
                theme["call_id"],
                part["label"],
                part["terms"],
                "final",
                "split",
                concept=part["concept"],
            )
            theme_store.add_members(
                db, new_id, [(passages[r]["id"], w) for r, w in part["members"]], seed=True
            )
            new_ids.append(new_id)
        theme_store.delete_theme(db, theme_id)
        audit.record(
            db,
            user,
            "split_theme",
            "themes",
            theme_id,
            "into",
            theme["label"],
            ", ".join(map(str, new_ids)),
        )
    return new_ids


def from_query(db, call, query, user, label=None, limit=200):
    """A final theme of the passages of ``call`` (a CallScope, or its slug) a full-text search
    finds; returns its id."""
    scope = callscope.of(db, call)
    call = scope.call
    try:
        hits = store.search_passages(db, query, call_id=call["id"], limit=limit)
    except Exception as error:  # sqlite3.OperationalError: FTS5 syntax
        raise WorkbenchError(f"search '{query}' is not valid: {error}") from error
    aside = theme_store.procedural_ids(db, call["id"])
    # formulas (procedural.py) and headings, notes, front matter (structure.py) are no theme
    hits = [h for h in hits if h["id"] not in aside and h["role"] == "body"]
    if not hits:
        raise WorkbenchError(f"search '{query}' finds no passage in call '{scope.slug}'")
    terms = passage_features.content_lemmas(passage_features.lemmatise(query, "xx"), "xx")
    with store.transaction(db):
        theme_id = theme_store.insert_theme(
            db, call["id"], label or query, terms, "final", "query", query=query
        )
        theme_store.add_members(db, theme_id, [(h["id"], 1.0) for h in hits], seed=True)
        audit.record(db, user, "theme_from_query", "themes", theme_id, "query", None, query)
    return theme_id
