"""Theme benchmarks: agreement with true topics, across languages, and speed at 100,000 passages.

    .venv/bin/python -m bench.themes [--quick] [--scale 100000]

Truth: labels.csv only says which topics a *submission* covers, not which topic each
passage is about. So the bench writes its own labelled passages with the corpus
generator's own paragraph writer (corpus.generate.Filler.paragraph(topic), the function
that writes the topic paragraphs of every generated submission), in style "b" (wording
never used to tune) and style "a" (the wording the dictionary and weights were tuned on).
Nothing is labelled with the concept dictionary.
"""
import argparse
import random
import resource
import sys
import time

from sklearn.metrics import normalized_mutual_info_score

from corpus import generate as G
from corpus import names as N
from corpus import texts_a, texts_b
from workbench.themes import cluster

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
    hits = [int(label) == home[p["topic"]] for p, label in zip(passages, labels) if p["language"] in target]
    return sum(hits) / len(hits)


def quality(style, per_topic, **params):
    passages = labelled_passages(style, per_topic)
    t0 = time.perf_counter()
    model = cluster.ThemeModel(**params).fit(passages)
    seconds = time.perf_counter() - t0
    truth = [p["topic"] for p in passages]
    return {
        "style": style, "passages": len(passages), "k": len(set(model.labels_)),
        "nmi": round(normalized_mutual_info_score(truth, model.labels_), 3),
        "es_fr_with_en": round(cross_language_agreement(passages, model.labels_), 3),
        "seconds": round(seconds, 2), **{k: v for k, v in params.items() if k != "k_range"},
    }


def scale(n):
    """Cluster ``n`` passages (generator paragraphs, all languages); seconds and peak memory."""
    base = labelled_passages("b", per_topic=max(1, n // (len(LANGS) * len(G.TOPICS))))[:n]
    t0 = time.perf_counter()
    model = cluster.ThemeModel(random_state=0).fit(base)
    seconds = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"passages": len(base), "k": len(set(model.labels_)), "seconds": round(seconds, 1),
            "peak_rss_mb": round(peak_mb)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-topic", type=int, default=12)
    parser.add_argument("--scale", type=int, default=100000, help="0 to skip the speed run")
    parser.add_argument("--ablation", action="store_true", help="also without concepts / other weights")
    args = parser.parse_args(argv)
    runs = [dict(), dict(n_themes=12)]
    if args.ablation:
        runs += [dict(use_concepts=False), dict(use_concepts=False, n_themes=12),
                 dict(center_languages=False), dict(concept_weight=0.75), dict(concept_weight=3.0)]
    for params in runs:
        for style in ("a", "b"):
            print(quality(style, args.per_topic, **params), flush=True)
    if args.scale:
        print(scale(args.scale), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
