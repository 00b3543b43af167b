"""A fitted feature space kept as JSON and applied to passages it was not fitted on.

``cluster.Space`` fits vocabularies, IDF weights, SVD axes and per-language means on a
call's passages; proposing themes again after a few new submissions (speed, issue 15) places
the new passages in that same space instead of fitting it again. A block is what one part of
the space needs: its terms in column order, their IDF, the SVD axes (None: the TF-IDF itself)
and the language means subtracted (None: not centred).
"""

import base64
from collections import Counter

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from . import passage_features


def pack(array):
    """A float32 array as JSON: its shape and its bytes in base64."""
    data = np.ascontiguousarray(array, dtype="<f4")
    return {"shape": list(data.shape), "data": base64.b64encode(data.tobytes()).decode("ascii")}


def unpack(packed):
    data = np.frombuffer(base64.b64decode(packed["data"]), dtype="<f4")
    return data.reshape(packed["shape"]).astype(np.float32)


def block(vectorizer, components, means):
    """One fitted block (see the module's docstring) as JSON."""
    return {
        "terms": vectorizer.get_feature_names_out().tolist(),
        "idf": pack(vectorizer.idf_),
        "components": None if components is None else pack(components),
        "means": None if means is None else {lang: pack(m) for lang, m in sorted(means.items())},
    }


def tfidf(docs, terms, idf):
    """TfidfVectorizer(sublinear_tf=True).transform with a kept vocabulary and IDF."""
    index = {term: i for i, term in enumerate(terms)}
    rows, cols, values = [], [], []
    for row, doc in enumerate(docs):
        for term, count in Counter(w for w in doc.split() if w in index).items():
            rows.append(row)
            cols.append(index[term])
            values.append(1.0 + np.log(count))
    counts = sp.csr_matrix(
        (np.asarray(values, dtype=np.float32), (rows, cols)),
        shape=(len(docs), len(terms)),
        dtype=np.float32,
    )
    return normalize(sp.csr_matrix(counts.multiply(idf)))


def apply_block(kept, docs, languages):
    """The rows of ``docs`` in one kept block: reduced, centred per language, normalised."""
    matrix = tfidf(docs, kept["terms"], unpack(kept["idf"]))
    if kept["components"] is None:
        reduced = normalize(matrix.toarray())
    else:
        reduced = normalize(np.asarray(matrix @ unpack(kept["components"]).T))
    if kept["means"] is None:
        return reduced
    means = {lang: unpack(m) for lang, m in kept["means"].items()}
    centred = reduced.copy()
    for row, lang in enumerate(languages):
        if lang in means:
            centred[row] -= means[lang]
    return normalize(centred)


def space(lexical, cognates, cognate_weight, concept_weight):
    """A Space as JSON: its lexical and cognate blocks (None: none) and their weights."""
    return {
        "lexical": lexical,
        "cognates": cognates,
        "cognate_weight": cognate_weight,
        "concept_weight": concept_weight,
    }


def vectors(kept, passages):
    """The rows of ``passages`` in a kept space, as Space.vectors gives those it was fitted on."""
    use_concepts = kept["concept_weight"] is not None
    analysed = passage_features.analyse(passages, use_concepts=use_concepts)
    languages = [p.get("language") or "" for p in passages]
    blocks = [apply_block(kept["lexical"], analysed.docs, languages)]
    if kept["cognate_weight"]:
        if kept["cognates"] is None:
            blocks.append(np.zeros((len(passages), 0), dtype=np.float32))
        else:
            docs = [passage_features.cognate_doc(d) for d in analysed.docs]
            found = apply_block(kept["cognates"], docs, languages).astype(np.float32)
            blocks.append(kept["cognate_weight"] * found)
    if use_concepts:
        concepts = normalize(analysed.concept_matrix()).toarray().astype(np.float32)
        blocks.append(kept["concept_weight"] * concepts)
    return normalize(np.hstack(blocks)).astype(np.float32)
