"""Theme benchmarks: agreement with true topics, across languages, and speed at 100,000 passages.

    .venv/bin/python -m bench.themes [--ablation] [--scale 100000] [--procedural 130]
    .venv/bin/python -m bench.themes --written [DIR]   # another writer's corpus (themes_written.py)

Truth: labels.csv only says which topics a *submission* covers, not which topic each
passage is about. So the bench writes its own labelled passages with the corpus
generator's own paragraph writer (corpus.generate.Filler.paragraph(topic), the function
that writes the topic paragraphs of every generated submission), in style "b" (wording
never used to tune) and style "a" (the wording the dictionary and weights were tuned on).
Nothing is labelled with the concept dictionary.

Procedural passages: a generated corpus (styles a and b) is ingested for real and every
passage is labelled from the generator's own templates (``passage_truth``): *topic* when
topic-paragraph sentences cover it, *formula* when opening/closing/title/confidentiality/
intro/sign-off templates cover half of it. Topic passages must never be set aside.
"""

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

from sklearn.metrics import normalized_mutual_info_score

from bench import themes_written
from corpus import generate as G
from corpus import names as N
from corpus import texts_a, texts_b
from workbench import ingest, store
from workbench.themes import cluster, finalise, procedural

LANGS = ["en", "es", "fr", "pt", "ru"]


def labelled_passages(style, per_topic=12, langs=LANGS, seed=0):
    """[{text, language, topic}]: generator paragraphs, ``per_topic`` per topic and language."""
    T = texts_b if style == "b" else texts_a
    rng = random.Random(f"bench-{style}-{seed}")
    out = []
    for lang in langs:
        countries = sorted(a for a, c in N.COUNTRIES.items() if lang == "en" or c["lang"] == lang)
        for topic in G.TOPICS:
            for _ in range(per_topic):
                sub = {"lang": lang, "country": rng.choice(countries), "short": "the organisation"}
                text = G.Filler(rng, sub, T).paragraph(topic)
                out.append({"text": text, "language": lang, "topic": topic})
    return out


def cross_language_agreement(passages, labels, target=("es", "fr")):
    """Share of target-language passages in the theme most English passages of their topic got."""
    english = {}
    for p, label in zip(passages, labels):
        if p["language"] == "en":
            english.setdefault(p["topic"], []).append(int(label))
    home = {t: max(set(ls), key=ls.count) for t, ls in english.items()}
    hits = [
        int(label) == home[p["topic"]]
        for p, label in zip(passages, labels)
        if p["language"] in target
    ]
    return sum(hits) / len(hits)


def quality(style, per_topic, **params):
    passages = labelled_passages(style, per_topic)
    t0 = time.perf_counter()
    model = cluster.ThemeModel(**params).fit(passages)
    seconds = time.perf_counter() - t0
    truth = [p["topic"] for p in passages]
    return {
        "style": style,
        "passages": len(passages),
        "k": len(set(model.labels_)),
        "nmi": round(normalized_mutual_info_score(truth, model.labels_), 3),
        "es_fr_with_en": round(cross_language_agreement(passages, model.labels_), 3),
        "seconds": round(seconds, 2),
        **{k: v for k, v in params.items() if k != "k_range"},
    }


def scale(n, per_submission=30):
    """Set procedural passages aside and cluster ``n`` passages (generator paragraphs, all
    languages, grouped ``per_submission`` into submissions); seconds and peak memory."""
    base = labelled_passages("b", per_topic=max(1, n // (len(LANGS) * len(G.TOPICS))))[:n]
    base = [{**p, "submission_id": i // per_submission} for i, p in enumerate(base)]
    t0 = time.perf_counter()
    found = procedural.assess(base)
    kept = [{**p, "text": text} for p, (v, text) in zip(base, found) if v is None]
    t1 = time.perf_counter()
    model = cluster.ThemeModel(random_state=0).fit(kept)
    model.themes()
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "passages": len(base),
        "set_aside": len(base) - len(kept),
        "procedural_seconds": round(t1 - t0, 1),
        "k": len(set(model.labels_)),
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(peak_mb),
    }


# ---------------------------------------------------------------- procedural passages


def template_pattern(template):
    """A generator sentence template as a regex: placeholders match a few words."""
    template = template.replace("Au {country}", "{Au} {country}").replace(
        "au {country}", "{au} {country}"
    )
    parts = re.split(r"\{[^}]*\}", template)
    return r".{1,60}?".join(r"\s+".join(map(re.escape, part.split())) for part in parts)


@lru_cache(maxsize=None)
def generator_patterns(lang):
    """{"topic", "filler", "formula"}: compiled alternations of the generator's templates."""
    topic, filler, formula = [], [], []
    for T, style in ((texts_a, "a"), (texts_b, "b")):
        topic += [s for sents in T.TOPICS[lang].values() for s in sents]
        filler += T.GENERIC[lang]["filler"] + list(T.HEADINGS[lang].values())
        formula += [N.NV_OPEN[style][lang], N.TITLE[style][lang], *T.GENERIC[lang]["intro"]]
        formula += [s for level in T.CONFID.values() for s in level[lang]]
    formula += [N.NV_CLOSE[lang], N.INDIVIDUAL_INTRO[lang], *N.SIGN_OFF[lang]]
    return {
        name: re.compile(
            "|".join(f"(?:{template_pattern(t)})" for t in sorted(set(ts), key=len, reverse=True))
        )
        for name, ts in (("topic", topic), ("filler", filler), ("formula", formula))
    }


def _coverage(text, regex):
    return sum(m.end() - m.start() for m in regex.finditer(text)) / max(1, len(text))


def passage_truth(text, lang):
    """ "topic", "formula" or "other" for a passage of a generated corpus (see module doc)."""
    patterns, text = generator_patterns(lang), " ".join(text.split())
    topic = _coverage(text, patterns["topic"])
    if topic > 0 and topic + _coverage(text, patterns["filler"]) >= 0.6:
        return "topic"
    return "formula" if _coverage(text, patterns["formula"]) >= 0.5 else "other"


def procedural_check(style, n=130, seed=0):
    """Ingest a generated corpus, set procedural passages aside, compare with the truth."""
    with tempfile.TemporaryDirectory() as tmp:
        G.generate(Path(tmp) / "c", n=n, seed=seed, style=style)
        db = store.open_db(Path(tmp) / "wb.db")
        ingest.ingest(db, "bench", [Path(tmp) / "c"], n_workers=0)
        passages = store.call_passages(db, store.get_call(db, "bench")["id"])
        t0 = time.perf_counter()
        aside, _ = finalise.set_aside(db, "bench", passages)
        seconds = time.perf_counter() - t0
        db.conn.close()
    truth = [passage_truth(p["text"], p["language"]) for p in passages]
    pairs = Counter((t, p["id"] in aside) for p, t in zip(passages, truth))
    return {
        "style": style,
        "passages": len(passages),
        "set_aside": len(aside),
        "by_kind": dict(Counter(v.kind for v in aside.values()).most_common()),
        "topic_set_aside": pairs[("topic", True)],
        "topic": pairs[("topic", True)] + pairs[("topic", False)],
        "formula_set_aside": pairs[("formula", True)],
        "formula": pairs[("formula", True)] + pairs[("formula", False)],
        "seconds": round(seconds, 2),
    }


def labelled_paragraphs_check(style, per_topic=12):
    """Generator topic paragraphs (Filler.paragraph) alone: none may be set aside."""
    passages = labelled_passages(style, per_topic)
    return {
        "style": style,
        "paragraphs": len(passages),
        "set_aside": sum(v is not None for v in procedural.detect(passages)),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-topic", type=int, default=12)
    parser.add_argument("--scale", type=int, default=100000, help="0 to skip the speed run")
    parser.add_argument(
        "--ablation", action="store_true", help="also without concepts / other weights"
    )
    parser.add_argument(
        "--procedural", type=int, default=130, help="corpus size for the procedural check (0: skip)"
    )
    parser.add_argument(
        "--written",
        nargs="?",
        const=str(themes_written.DEFAULT),
        help="only the corpus of another writer (bench/themes_written.py), ingested by the CLI",
    )
    args = parser.parse_args(argv)
    if args.written:
        for found in themes_written.run(args.written):
            print(found, flush=True)
        return 0
    if args.procedural:
        for style in ("a", "b"):
            print(labelled_paragraphs_check(style, args.per_topic), flush=True)
            print(procedural_check(style, args.procedural), flush=True)
    runs = [dict(), dict(n_themes=12)]
    if args.ablation:
        runs += [
            dict(use_concepts=False),
            dict(cognate_weight=0.0),
            dict(use_concepts=False, cognate_weight=0.0),
            dict(use_concepts=False, n_themes=12),
            dict(center_languages=False),
            dict(concept_weight=0.75),
            dict(concept_weight=3.0),
        ]
    for params in runs:
        for style in ("a", "b"):
            print(quality(style, args.per_topic, **params), flush=True)
    if args.scale:
        print(scale(args.scale), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
