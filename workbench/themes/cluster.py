"""Candidate themes from passages (scikit-learn), and passages mapped to chosen themes.

Features are TF-IDF over content lemmas plus a weighted block of language-neutral concepts
(features.py); TruncatedSVD makes them dense and small; (MiniBatch)KMeans clusters them.
The number of themes is the best silhouette over a small range of k on a sample, unless
set. Every step takes ``random_state``, so the same passages always give the same themes.
"""

import numpy as np
from sklearn.cluster import AgglomerativeClustering, KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from . import features, procedural

BIG = 5000  # above this many passages: MiniBatchKMeans and sampled k choice
MERGE_COSINE = 0.5  # clusters this alike are one theme (chosen on style "a", see bench)
SECONDARY_RATIO = 0.9  # a passage also belongs to themes nearly as close as its best one
LABEL_LANGUAGE = "en"  # the team writes its reports in English: label in English when possible
MIN_LABEL_ROWS = 3  # ... when a theme has at least this many English passages


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
    ):
        analysed = features.analyse(passages, use_concepts=use_concepts)
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
        lexical = self._reduce(self.lexical, n_components, random_state)
        if center_languages:
            lexical = normalize(_center_by(lexical, [p.get("language") or "" for p in passages]))
        blocks = [lexical]
        if use_concepts:
            blocks.append(
                concept_weight * normalize(analysed.concept_matrix()).toarray().astype(np.float32)
            )
        self.vectors = normalize(np.hstack(blocks)).astype(np.float32)

    @staticmethod
    def _reduce(sparse, n_components, random_state):
        dims = min(n_components, sparse.shape[1] - 1, sparse.shape[0] - 1)
        if dims < 2 or sparse.shape[1] <= n_components:
            return normalize(sparse.toarray())
        svd = TruncatedSVD(n_components=dims, random_state=random_state, n_iter=4)
        return normalize(svd.fit_transform(sparse)).astype(np.float32)

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

    def label_terms(self, rows, against=(), n=3, language=LABEL_LANGUAGE):
        """Terms to name a theme with: no courtesy words (procedural.label_stop_words), from
        its passages in the team's working language when it has a few, and, ``against``
        sibling themes (row lists), the terms weighing most here minus most there."""
        own = [r for r in rows if self.languages[r] == language]
        rows = own if len(own) >= MIN_LABEL_ROWS else rows
        score = self._mean(rows)
        if against:
            score = score - np.max(np.vstack([self._mean(other) for other in against]), axis=0)
        names = self.vectorizer.get_feature_names_out()
        picked = []
        for i in np.argsort(-score, kind="stable"):
            if score[i] <= 0 or len(picked) == n:
                break
            if not procedural.is_label_stop(str(names[i])):
                picked.append(str(names[i]))
        return picked

    def _mean(self, rows):
        if len(rows) == 0 or self.lexical.shape[1] == 0:
            return np.zeros(self.lexical.shape[1], dtype=np.float32)
        return np.asarray(self.lexical[rows].mean(axis=0)).ravel()

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
    """Subtract each group's mean vector from its rows (groups of one are left alone)."""
    out = vectors.copy()
    groups = np.asarray(groups)
    for group in np.unique(groups):
        rows = np.nonzero(groups == group)[0]
        if len(rows) > 1:
            out[rows] -= vectors[rows].mean(axis=0)
    return out


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
    for k in range(low, high + 1):
        labels = _kmeans(k, len(sample), random_state, n_init=1).fit_predict(sample)
        if len(set(labels)) > 1:
            scores[k] = silhouette_score(sample, labels)
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
    ):
        self.n_themes = n_themes
        self.k_range = k_range
        self.random_state = random_state
        self.concept_weight = concept_weight
        self.n_components = n_components
        self.use_concepts = use_concepts
        self.center_languages = center_languages

    def fit(self, passages):
        self.space_ = Space(
            passages,
            self.concept_weight,
            self.n_components,
            self.random_state,
            use_concepts=self.use_concepts,
            center_languages=self.center_languages,
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

    def themes(self, labels=None):
        """One dict per non-empty cluster: label, terms, concept, members [(row, weight)].

        Labels are unique: clusters that share their leading concept are told apart by the
        terms that distinguish them from each other ("Violence and hate crimes: police" vs
        "...: killing"); courtesy words never label a theme (see ``label_terms``)."""
        names = labels or features.concept_labels()
        by_theme = {}
        for row, pairs in self.members_.items():
            for theme, weight in pairs:
                by_theme.setdefault(theme, []).append((row, weight))
        found = []
        for theme in sorted(by_theme):
            primary = np.nonzero(self.labels_ == theme)[0]
            if len(primary) == 0:
                continue
            found.append(
                {
                    "terms": self.space_.top_terms(primary),
                    "concept": self.space_.main_concept(primary),
                    "members": by_theme[theme],
                    "rows": primary,
                }
            )
        for theme, head in zip(found, self.label_heads(found)):
            theme["label"] = theme_label(names.get(theme["concept"]), head)
        unique_labels(found)
        return [{k: v for k, v in t.items() if k != "rows"} for t in found]

    def label_heads(self, found):
        """Per theme, the terms after the concept: its own top label terms, or, when other
        themes share its concept, the terms that set it apart from them."""
        heads = []
        for theme in found:
            siblings = [
                t["rows"]
                for t in found
                if t is not theme and t["concept"] and t["concept"] == theme["concept"]
            ]
            heads.append(self.space_.label_terms(theme["rows"], against=siblings))
        return heads


def theme_label(concept_label, terms):
    """'Conversion practices: camp, cure, survivor', or the top terms when no concept leads."""
    head = ", ".join(terms[:3]) or "miscellaneous"
    return f"{concept_label}: {head}" if concept_label else head.capitalize()


def unique_labels(found):
    """Two themes never carry one label: a repeated label gets the theme's next terms, or a number."""
    seen = {}
    for theme in found:
        label = theme["label"]
        if label in seen:
            extra = [t for t in theme["terms"] if t not in label][:2]
            label = f"{label}, {', '.join(extra)}" if extra else label
            while label in seen:
                seen[theme["label"]] += 1
                label = f"{theme['label']} ({seen[theme['label']]})"
        seen.setdefault(label, 1)
        seen.setdefault(theme["label"], 1)
        theme["label"] = label


def assign(vectors, seeds, floor_quantile=0.1, min_floor=0.1):
    """Map passages to themes defined by seed passages: {row: [(theme, weight)]}, leftovers.

    A theme's centroid is the mean of its seeds; a passage fits a theme when it is at least
    as close as the closest 90% of the theme's own seeds (and never below ``min_floor``).
    """
    centroids = normalize(np.vstack([vectors[rows].mean(axis=0) for rows in seeds]))
    similarity = vectors @ centroids.T
    floors = np.array(
        [
            max(min_floor, float(np.quantile(similarity[rows, t], floor_quantile)))
            for t, rows in enumerate(seeds)
        ]
    )
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
