"""Candidate themes from passages (scikit-learn), and passages mapped to chosen themes.

Features are TF-IDF over content lemmas plus a weighted block of language-neutral concepts
(passage_features.py); TruncatedSVD makes them dense and small; (MiniBatch)KMeans clusters them.
The number of themes is the best silhouette over a small range of k on a sample, unless
set. Every step takes ``random_state``, so the same passages always give the same themes.
"""

import numpy as np
from sklearn.cluster import AgglomerativeClustering, KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import pairwise_distances, silhouette_score
from sklearn.preprocessing import normalize

from . import labels as phrase_labels
from . import passage_features, procedural, projection

BIG = 5000  # above this many passages: MiniBatchKMeans and sampled k choice
# Cognates (issue 12, part 4): weight of the block of words written alike across languages;
# chosen on style "a" (0.5, 1, 2, 3 tried, with and without the dictionary); "b" held out.
COGNATE_WEIGHT = 1.0
# Without the dictionary the cognates alone tie languages together: weighed less, the lexical
# block (words of one language) drew themes of one language. Weight and size chosen on the
# first writer's corpus (bench/themes_written, weights 1-6 x 20-100 dimensions), checked on
# generator styles a and b; README "Another writer's corpus".
COGNATE_WEIGHT_ALONE = 4.0
COGNATE_COMPONENTS = 20  # a passage's few cognates: 20 SVD axes pool them better than 100
MERGE_COSINE = 0.5  # clusters this alike are one theme (chosen on style "a", see bench)
SECONDARY_RATIO = 0.9  # a passage also belongs to themes nearly as close as its best one
LABEL_LANGUAGE = phrase_labels.LABEL_LANGUAGE


def default_cognate_weight(use_concepts):
    """The cognate block's weight: with the dictionary, or alone (see COGNATE_WEIGHT_ALONE)."""
    return COGNATE_WEIGHT if use_concepts else COGNATE_WEIGHT_ALONE


class Space:
    """The feature space of one set of passages: lexical SVD centred per language + concepts.

    Words of different languages never overlap, but words of one language do (every
    English passage says "government", "report"); centring the lexical part per language
    removes that shared mean, so passages group by topic rather than by language.
    """

    def __init__(
        self,
        passages,
        concept_weight=1.5,
        n_components=100,
        random_state=0,
        max_features=50000,
        use_concepts=True,
        center_languages=True,
        cognate_weight=None,
    ):
        if cognate_weight is None:
            cognate_weight = default_cognate_weight(use_concepts)
        analysed = passage_features.analyse(passages, use_concepts=use_concepts)
        n = len(passages)
        self.vectorizer = TfidfVectorizer(
            analyzer=str.split,
            min_df=2 if n >= 50 else 1,
            max_df=0.5 if n >= 50 else 1.0,
            sublinear_tf=True,
            max_features=max_features,
            dtype=np.float32,
        )
        self.lexical = self.vectorizer.fit_transform(analysed.docs)
        self.concepts = analysed.concepts
        self.languages = [p.get("language") or "" for p in passages]
        self.concept_keys = analysed.concept_keys
        lexical, axes = self._reduce(self.lexical, n_components, random_state)
        means = None
        if center_languages:
            lexical, means = _center_by(lexical, self.languages)
            lexical = normalize(lexical)
        self._fitted = {"lexical": (self.vectorizer, axes, means), "cognates": None}
        self._weights = (cognate_weight, concept_weight if use_concepts else None)
        blocks = [lexical]
        if cognate_weight:
            blocks.append(
                cognate_weight * self._cognates(analysed.docs, COGNATE_COMPONENTS, random_state)
            )
        if use_concepts:
            blocks.append(
                concept_weight * normalize(analysed.concept_matrix()).toarray().astype(np.float32)
            )
        self.vectors = normalize(np.hstack(blocks)).astype(np.float32)

    def kept(self):
        """This space as JSON (projection.py): new passages placed in it later without fitting it again."""
        fitted = {k: v and projection.block(*v) for k, v in self._fitted.items()}
        return projection.space(fitted["lexical"], fitted["cognates"], *self._weights)

    def _cognates(self, docs, n_components, random_state):
        """Words written alike across languages (passage_features.cognate_key), reduced and centred
        per language like the lexical block: pooling that needs no dictionary."""
        vectorizer = TfidfVectorizer(
            analyzer=str.split,
            min_df=2 if len(docs) >= 50 else 1,
            max_df=0.5 if len(docs) >= 50 else 1.0,
            sublinear_tf=True,
            dtype=np.float32,
        )
        cognates = vectorizer.fit_transform([passage_features.cognate_doc(d) for d in docs])
        if cognates.shape[1] == 0:
            return np.zeros((len(docs), 0), dtype=np.float32)
        reduced, axes = self._reduce(cognates, n_components, random_state)
        centred, means = _center_by(reduced, self.languages)
        self._fitted["cognates"] = (vectorizer, axes, means)
        return normalize(centred).astype(np.float32)

    @staticmethod
    def _reduce(sparse, n_components, random_state):
        """(rows reduced by SVD and normalised, the SVD axes; None when the rows are kept whole)."""
        dims = min(n_components, sparse.shape[1] - 1, sparse.shape[0] - 1)
        if dims < 2 or sparse.shape[1] <= n_components:
            return normalize(sparse.toarray()), None
        svd = TruncatedSVD(n_components=dims, random_state=random_state, n_iter=4)
        return normalize(svd.fit_transform(sparse)).astype(np.float32), svd.components_

    def top_terms(self, rows, n=8):
        """The lemmas that weigh most, on average, in these passages."""
        if len(rows) == 0 or self.lexical.shape[1] == 0:
            return []
        mean = np.asarray(self.lexical[rows].mean(axis=0)).ravel()
        names = self.vectorizer.get_feature_names_out()
        order = [
            i
            for i in np.argsort(-mean, kind="stable")[: n * 3]
            if mean[i] > 0 and not procedural.is_label_stop(str(names[i]))
        ]
        return [str(names[i]) for i in order[:n]]

    def terms_by_language(self, rows, first=LABEL_LANGUAGE, n=8, min_rows=2):
        """{language: top terms of the passages in it}: one list per language, never mixed;
        ``first`` (the label's language) leads, then the others by passage count."""
        by_lang = {}
        for r in rows:
            by_lang.setdefault(self.languages[r] or "xx", []).append(r)
        order = sorted(by_lang, key=lambda lang: (lang != first, -len(by_lang[lang]), lang))
        found = {}
        for lang in order:
            if len(by_lang[lang]) >= min(min_rows, len(rows)):
                terms = self.top_terms(by_lang[lang], n)
                if terms:
                    found[lang] = terms
        return found

    def main_concept(self, rows, share=0.3):
        """Among concepts found in at least ``share`` of these passages, the most distinctive
        one (highest lift over the whole call): 'intersex', not 'health', for surgeries."""
        inside, overall = (
            _concept_counts(self.concepts, rows),
            _concept_counts(self.concepts, range(len(self.concepts))),
        )
        frequent = [k for k in sorted(inside) if inside[k] >= share * len(rows)]
        if not frequent:
            return None
        return max(frequent, key=lambda k: inside[k] / overall[k])


def _concept_counts(concepts, rows):
    counts = {}
    for r in rows:
        for key in set(concepts[r]):
            counts[key] = counts.get(key, 0) + 1
    return counts


def _center_by(vectors, groups):
    """Subtract each group's mean vector from its rows (groups of one are left alone):
    (the rows centred, {group: the mean subtracted})."""
    out, means = vectors.copy(), {}
    groups = np.asarray(groups)
    for group in np.unique(groups):
        rows = np.nonzero(groups == group)[0]
        if len(rows) > 1:
            means[str(group)] = vectors[rows].mean(axis=0)
            out[rows] -= means[str(group)]
    return out, means


def _kmeans(k, n, random_state, n_init=4):
    if n > BIG:
        return MiniBatchKMeans(
            n_clusters=k, random_state=random_state, n_init=min(3, n_init), batch_size=4096
        )
    return KMeans(n_clusters=k, random_state=random_state, n_init=n_init)


def choose_k(vectors, k_range=(4, 20), sample_size=2000, random_state=0):
    """The k with the best silhouette on a sample (ties: the smaller k)."""
    rng = np.random.default_rng(random_state)
    sample = (
        vectors
        if len(vectors) <= sample_size
        else vectors[rng.choice(len(vectors), sample_size, replace=False)]
    )
    low, high = k_range[0], min(k_range[1], len(sample) // 3)
    if high < low:
        return max(1, min(low, len(sample) // 2))
    scores = {}
    # The sample's distances computed once, not once per k (the same silhouettes; issue 15).
    distances = pairwise_distances(sample)
    for k in range(low, high + 1):
        labels = _kmeans(k, len(sample), random_state, n_init=1).fit_predict(sample)
        if len(set(labels)) > 1:
            scores[k] = silhouette_score(distances, labels, metric="precomputed")
    return max(sorted(scores), key=scores.get) if scores else low


def merge_close(centroids, labels, vectors, min_cosine=MERGE_COSINE):
    """Join clusters whose centroids point the same way (average linkage), e.g. one topic
    that k-means split by language; returns the centroids of the joined clusters."""
    if len(centroids) < 2:
        return centroids
    joined = (
        AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=1 - min_cosine
        )
        .fit(centroids)
        .labels_
    )
    groups = joined[labels]
    return normalize(
        np.vstack([vectors[groups == g].mean(axis=0) for g in range(joined.max() + 1)])
    )


def memberships(similarity, floor=0.0, ratio=SECONDARY_RATIO):
    """{row: [(theme index, weight)]}: the best theme, plus any nearly as close."""
    best = similarity.max(axis=1)
    found = {}
    for r in range(similarity.shape[0]):
        if best[r] < floor:
            continue
        close = np.nonzero(similarity[r] >= max(floor, ratio * best[r]))[0]
        found[r] = sorted(((int(t), float(similarity[r, t])) for t in close), key=lambda tw: -tw[1])
    return found


class ThemeModel:
    """Cluster passages into candidate themes (scikit-learn conventions: fit sets labels_)."""

    def __init__(
        self,
        n_themes=None,
        k_range=(4, 20),
        random_state=0,
        concept_weight=1.5,
        n_components=100,
        use_concepts=True,
        center_languages=True,
        cognate_weight=None,
    ):
        self.n_themes = n_themes
        self.k_range = k_range
        self.random_state = random_state
        self.concept_weight = concept_weight
        self.n_components = n_components
        self.use_concepts = use_concepts
        self.center_languages = center_languages
        self.cognate_weight = cognate_weight

    def fit(self, passages):
        self.texts_ = [p["text"] for p in passages]
        self.space_ = Space(
            passages,
            self.concept_weight,
            self.n_components,
            self.random_state,
            use_concepts=self.use_concepts,
            center_languages=self.center_languages,
            cognate_weight=self.cognate_weight,
        )
        vectors = self.space_.vectors
        k = self.n_themes or choose_k(vectors, self.k_range, random_state=self.random_state)
        k = max(1, min(k, len(passages)))
        model = _kmeans(k, len(passages), self.random_state).fit(vectors)
        self.centroids_ = normalize(model.cluster_centers_)
        if not self.n_themes:
            self.centroids_ = merge_close(self.centroids_, model.labels_, vectors)
        self.similarity_ = vectors @ self.centroids_.T
        self.labels_ = self.similarity_.argmax(axis=1)
        self.members_ = memberships(self.similarity_)
        return self

    def themes(self, labels=None, taken=()):
        """One dict per non-empty cluster: label, terms {language: [...]}, concept, members
        [(row, weight)].

        Labels are phrases of the theme's own passages (labels.py: "Legal gender
        recognition"), unique in the call, also against ``taken`` (labels people gave);
        a theme no phrase fits is named by its dictionary concept, else its top terms."""
        names = labels or passage_features.concept_labels()
        by_theme = {}
        for row, pairs in self.members_.items():
            for theme, weight in pairs:
                by_theme.setdefault(theme, []).append((row, weight))
        found = []
        for theme in sorted(by_theme):
            primary = np.nonzero(self.labels_ == theme)[0]
            if len(primary) == 0:
                continue
            # Closest to the theme's centre first: labels read the most typical passages.
            primary = primary[np.argsort(-self.similarity_[primary, theme], kind="stable")]
            language = phrase_labels.label_language(self.space_.languages, primary)
            found.append(
                {
                    "terms": self.space_.terms_by_language(primary, first=language),
                    "concept": self.space_.main_concept(primary),
                    "members": by_theme[theme],
                    "rows": primary,
                    "cluster": theme,
                }
            )
        phrased = phrase_labels.label_themes(
            self.texts_,
            self.space_.languages,
            [t["rows"] for t in found],
            taken,
            concepts=[t["concept"] for t in found],
            matcher=passage_features.concept_matcher() if self.use_concepts else None,
        )
        for theme, label in zip(found, phrased):
            theme["label"] = label or fallback_label(names.get(theme["concept"]), theme["terms"])
        unique_labels(found, taken)
        self.clusters_ = [t["cluster"] for t in found]
        return [{k: v for k, v in t.items() if k not in ("rows", "cluster")} for t in found]

    def kept(self):
        """What places new passages in these themes later (after ``themes``): the space, the
        centroids and which cluster each theme is (clusters without a passage of their own
        are no theme)."""
        return {
            "space": self.space_.kept(),
            "centroids": projection.pack(self.centroids_),
            "clusters": [int(c) for c in self.clusters_],
        }

    @staticmethod
    def place(kept, passages):
        """{row: [(theme, weight)]} of passages in kept themes, as ``fit`` places its own
        (``theme``: the position in ``themes``' list)."""
        similarity = (
            projection.vectors(kept["space"], passages) @ projection.unpack(kept["centroids"]).T
        )
        position = {cluster: i for i, cluster in enumerate(kept["clusters"])}
        found = {}
        for row, pairs in memberships(similarity).items():
            found[row] = [(position[t], w) for t, w in pairs if t in position]
        return found


def first_terms(terms):
    """The label language's terms of a theme's {language: terms} (a plain list as it is)."""
    if isinstance(terms, dict):
        return next(iter(terms.values()), [])
    return list(terms or [])


def fallback_label(concept_label, terms):
    """A theme no phrase fits: its dictionary concept's name, else its top three terms
    (structural words left out: not "Artigo, direito, princípio")."""
    kept = [t for t in first_terms(terms) if not phrase_labels.structural(t)]
    return concept_label or (", ".join(kept[:3]) or "miscellaneous").capitalize()


def unique_labels(found, taken=()):
    """Two themes never carry one label: a repeated label gets a number."""
    seen = {label.casefold() for label in taken}
    for theme in found:
        label, number = theme["label"], 1
        while label.casefold() in seen:
            number += 1
            label = f"{theme['label']} ({number})"
        seen.add(label.casefold())
        theme["label"] = label


def assign(vectors, seeds, floor_quantile=0.1, min_floor=0.1):
    """Map passages to themes defined by seed passages: {row: [(theme, weight)]}, leftovers.

    A theme's centroid is the mean of its seeds; a passage fits a theme when it is at least
    as close as the closest 90% of the theme's own seeds (and never below ``min_floor``).
    """
    return place_by_seeds(vectors, *seed_centroids(vectors, seeds, floor_quantile, min_floor))


def seed_centroids(vectors, seeds, floor_quantile=0.1, min_floor=0.1):
    """(each theme's centroid, the similarity a passage needs to fit it): see ``assign``."""
    centroids = normalize(np.vstack([vectors[rows].mean(axis=0) for rows in seeds]))
    similarity = vectors @ centroids.T
    floors = np.array(
        [
            max(min_floor, float(np.quantile(similarity[rows, t], floor_quantile)))
            for t, rows in enumerate(seeds)
        ]
    )
    return centroids, floors


def place_by_seeds(vectors, centroids, floors):
    """({row: [(theme, weight)]} of the rows that fit a theme, the other rows)."""
    similarity = vectors @ centroids.T
    fits = similarity >= floors
    found = {}
    for r in range(len(vectors)):
        candidates = np.nonzero(fits[r])[0]
        if len(candidates):
            best = similarity[r, candidates].max()
            found[r] = [
                (int(t), float(similarity[r, t]))
                for t in candidates
                if similarity[r, t] >= SECONDARY_RATIO * best
            ]
    leftovers = [r for r in range(len(vectors)) if r not in found]
    return found, leftovers
