"""The mandate's codebook: passages coded against its thematic areas (reports' ``area``).

workbench/data/codebook.csv lists, per area and language, terms in the concept dictionary's syntax
(``stem*`` any ending, ``~`` any one word) plus ``...`` for up to five words between. Words are
compared in every form: a term's plain word matches every word with the same key (the lemma,
folded and stemmed as the search index stems, workbench/search/text.py: "изменить документы"
finds "изменения документов"), a ``stem*`` every word whose written form or lemma begins with
it. Each term is of a kind: a ``phrase`` codes a passage on its own ("conversion therapy",
"hate crime"); a ``cue`` is a common word that codes only together with a second cue or a
phrase of the same area ("women" and "girls", "survey" and "sample"); a ``near`` term codes only
within a few words of a ``topic`` term of its area, which codes nothing alone (a register's
"field" near "sexual orientation" is data collection, a "field" of study is not); a ``not``
phrase is read as a whole so that its words do not count for the area ("trans women" is no cue
for gender, "anti-discrimination" no sign of discrimination itself). Every area is matched on
its own, so one passage belongs to every area whose terms it holds, and ``coded_terms`` says
which terms coded it.
"""

import bisect
import csv
import hashlib
import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .. import callscope, derived, privacy, store
from ..errors import NotFound
from ..search import text as search_text
from ..stores.derived import read_entry_inputs
from . import passage_features, theme_store

CODEBOOK_CSV = passage_features.DATA / "codebook.csv"
KINDS = ("phrase", "cue", "near", "topic", "not")
NEAR = 6  # words at most between a "near" term and a "topic" term of its area
GAP = r"(?: \S+){0,5} "  # "..." in a term: up to five words between its parts


def codebook_rows(path=CODEBOOK_CSV):
    """(area, language, term, kind) rows of the codebook."""
    with open(path, newline="", encoding="utf-8") as fh:
        return [
            (r["area"], r["language"], r["term"].strip(), r.get("kind") or "phrase")
            for r in csv.DictReader(fh)
            if r["term"].strip()
        ]


def passage_words(text, lang):
    """Each word of ``text`` as "word|lemma|key", folded (case and accents): the word as written,
    its lemma and the key, that lemma stemmed as the search index stems (search/text.py)."""
    written = search_text.words(text)
    lowered = passage_features.WORD.findall(text.lower())  # what lemmatise reads
    if len(lowered) == len(written):
        # Speed (issue 15): each word's triple depends on the word alone, and words repeat.
        known = _TRIPLES.setdefault(lang, {})
        if len(known) > 200_000:  # a bound on memory over a long process
            known.clear()
        found = []
        for w, low in zip(written, lowered):
            triple = known.get((w, low))
            if triple is None:
                triple = known[(w, low)] = _triple(w, _lemma(low, lang), lang)
            found.append(triple)
        return found
    # the two tokenisers differ ("_"): each word is its own lemma
    lemmas = [_word(search_text.fold(lemma)) for w in written for lemma in [_lemma(w, lang)]]
    keys = search_text.stem_words(lemmas, lang)
    return [f"{w}|{lemma}|{key}" for w, lemma, key in zip(written, lemmas, keys)]


_TRIPLES = {}  # {language: {(word folded, word lower-cased): "word|lemma|key"}}


def _triple(written, lemma, lang):
    """One word's "word|lemma|key" from the word as written (folded) and its lemma."""
    lemma = _word(search_text.fold(lemma))
    return f"{written}|{lemma}|{search_text.stem_words([lemma], lang)[0]}"


def _lemma(word, lang):
    return passage_features.language_tools(lang or "xx").lemma(word)


def _word(lemma):
    """A lemma as one word (a few lemma-table entries hold a space or an apostrophe)."""
    return "".join(WORD.findall(lemma)) or "_"


WORD = re.compile(r"\w+")


def term_words(term):
    """The words of a term's parts: [["change", "~", "orientation"], ...] (parts cut at "...")."""
    return [re.findall(r"\w+\*?|~", part.lower()) for part in term.split("...") if part.strip()]


def word_pattern(word, lang):
    """A regex for one word of a term over ``passage_words``: ``~`` any word, ``stem*`` a word
    or lemma beginning with it, a plain word any word with the same key."""
    if word == "~":
        return r"\w+\|\w+\|\w+"
    if word.endswith("*"):
        prefix = re.escape(search_text.fold(word[:-1]))
        return rf"(?:{prefix}\w*\|\w+|\w+\|{prefix}\w*)\|\w+"
    return r"\w+\|\w+\|" + re.escape(term_key(word, lang)) + r"(?!\w)"


def term_key(word, lang):
    return passage_words(word, lang)[0].split("|")[2]


def term_pattern(term, lang):
    """A regex over a passage's words (``passage_words`` joined by spaces), "..." a short gap."""
    return GAP.join(" ".join(word_pattern(w, lang) for w in part) for part in term_words(term))


@dataclass(frozen=True)
class Term:
    term: str
    kind: str
    pattern: re.Pattern


class Codebook:
    """Each area's terms per language, compiled when a passage of that language first needs
    them. A term is tried only on a passage holding its first word (a word's key, or a lemma
    beginning with its stem*): one regex per term is then cheap."""

    def __init__(self, rows):
        self.rows = [r for r in rows if r[3] in KINDS]
        self.keys = sorted({area for area, _, _, _ in self.rows})
        self.languages = {language for _, language, _, _ in self.rows}
        self.compiled = {}

    def terms(self, lang):
        """The language's terms by their first word (a ``_Terms``)."""
        chosen = lang if lang in self.languages else "*"
        if chosen not in self.compiled:
            self.compiled[chosen] = _Terms(*self._compile(chosen))
        return self.compiled[chosen]

    def _compile(self, lang):
        by_key, by_prefix, always = {}, {}, []
        for area, language, term, kind in self.rows:
            if lang != "*" and language not in (lang, "*"):
                continue
            words = term_words(term)
            if not words or not words[0]:
                continue
            pattern = re.compile(rf"(?<!\S){term_pattern(term, language)}(?!\S)")
            entry = (area, Term(term, kind, pattern))
            first = words[0][0]
            if first == "~":
                always.append(entry)
            elif first.endswith("*"):
                by_prefix.setdefault(search_text.fold(first[:-1]), []).append(entry)
            else:
                by_key.setdefault(term_key(first, language), []).append(entry)
        return by_key, by_prefix, always

    def code(self, text, lang):
        """{area: [terms that coded it]} for a passage's text (the terms alone)."""
        return self.decide(self.read_terms(self.read(text, lang)[1]))

    def read(self, text, lang):
        """(the passage's words, {area: [(start, end, Term, first word, last word)]}): every
        term of every kind found, before the rules of kinds decide what codes."""
        words = passage_words(text, lang)
        terms = self.terms(lang)
        joined = " ".join(words)
        starts = list(itertools.accumulate((len(w) + 1 for w in words), initial=0))
        hits = {}
        for first, word in enumerate(words):  # each term tried only where its first word is
            for area, term in terms.starting(word) + terms.always:
                m = term.pattern.match(joined, starts[first])
                if m:
                    last = bisect.bisect_right(starts, m.end() - 1) - 1
                    hits.setdefault(area, []).append((m.start(), m.end(), term, first, last))
        return words, hits

    @staticmethod
    def read_terms(hits):
        """{area: [the Terms read]}: overlapping terms the longer one, a near term only within
        NEAR words of a topic term, topic terms apart (they code nothing alone)."""
        read = {}
        for area, spans in hits.items():
            topics = [s for s in spans if s[2].kind == "topic"]
            read[area] = [
                term
                for _, _, term, first, last in _longest_first(
                    [s for s in spans if s[2].kind != "topic"]
                )
                if term.kind != "near" or _close(first, last, topics)
            ] + [s[2] for s in topics]
        return read

    @staticmethod
    def decide(read):
        """{area: [terms that coded it]} of the terms ``read_terms`` read: a phrase (or a near
        term by its topic), or two cues."""
        found = {}
        for area, matched in read.items():
            phrases = [t.term for t in matched if t.kind in ("phrase", "near")]
            cues = {t.term for t in matched if t.kind == "cue"}
            if phrases or len(cues) >= 2:
                found[area] = [t.term for t in matched if t.kind not in ("not", "topic")]
        return found


class _Terms:
    """One language's terms by their first word: a word's key, a stem* (by its prefix), any word."""

    def __init__(self, by_key, by_prefix, always):
        self.by_key, self.by_prefix, self.always = by_key, by_prefix, always
        self.lengths = sorted({len(p) for p in by_prefix})
        self.seen = {}  # word -> the terms it may start (words repeat across passages)

    def starting(self, word):
        """The (area, Term)s whose first word ``word`` ("written|lemma|key") matches."""
        found = self.seen.get(word)
        if found is None:
            written, lemma, key = word.split("|")
            found = list(self.by_key.get(key, ()))
            for form in {written, lemma}:
                for n in self.lengths:
                    if n > len(form):
                        break
                    found += self.by_prefix.get(form[:n], ())
            if len(self.seen) > 200_000:  # a bound on memory over a long process
                self.seen.clear()
            self.seen[word] = found
        return found


def _longest_first(spans):
    """The terms read in a passage, left to right, where two overlap the longer one (a "not"
    phrase before a term as long): "anti-discrimination" is not also "discrimination"."""
    spans.sort(key=lambda s: (s[0], s[0] - s[1], s[2].kind != "not", "*" in s[2].term, s[2].term))
    read, end = [], -1
    for span in spans:
        if span[0] >= end:
            read.append(span)
            end = span[1]
    return read


def _close(first, last, topics):
    """Whether words ``first``..``last`` are within NEAR words of one of the ``topics`` spans."""
    return any(
        t_first - last <= NEAR + 1 and first - t_last <= NEAR + 1 for *_, t_first, t_last in topics
    )


# ---------------------------------------------------------------- the model (issue 16, point 1)
# Terms alone plateau on other writers' wording: each area also has a logistic model trained
# on labelled paragraphs (bench/codebook_written.py --train), over the terms read (the rules'
# decision, and each kind of term of the area found, also those that code nothing alone) and
# the passage's words as cognate keys (passage_features.cognate_key: alike across the five
# languages). It decides; its reasons are shown as the terms of the area read, else the words
# that weighed most ("model: ...").
MODEL_JSON = passage_features.DATA / "codebook_model.json"
COGNATE_LETTERS = 5  # chosen by cross-validation between sets a and b (4, 5, 6 tried)
REASONS = 4  # words shown for a model's decision
# The models learnt from paragraphs (50 to 150 words): in a shorter passage a term's code stands
# whatever its model says (a sentence gives it too little to weigh against the terms).
JUDGED_WORDS = 30


def model_features(words, read, coded, lang, shown=None):
    """{feature: (value, [what in the passage makes it])} of one passage: ``words`` as
    ``passage_words``, ``read`` as ``Codebook.read_terms``, ``coded`` the rules' decision;
    ``shown`` the words as the passage writes them, by their folded form."""
    shown = shown or {}
    found = {}
    for area, terms in coded.items():
        found[f"coded:{area}"] = (1.0, terms)
    for area, terms in read.items():
        for kind in KINDS[:4]:
            named = [t.term for t in terms if t.kind == kind]
            if named:
                found[f"{kind}:{area}"] = (math.log1p(len(named)), named)
    for word in words:
        key = _word_cognate(word, lang)
        if key:
            written = word.split("|", 1)[0]
            found.setdefault(key, (1.0, []))[1].append(shown.get(written, written))
    return found


@lru_cache(maxsize=200_000)
def _word_cognate(word, lang):
    """The feature of one of ``passage_words`` ("c:" and its lemma's cognate key), or None for
    a stop word, a number or a word of one or two letters."""
    lemma = word.split("|")[1]
    stop = passage_features.language_tools(lang or "xx").stop_words
    if len(lemma) <= 2 or lemma in stop or lemma[0].isdigit():
        return None
    key = passage_features.cognate_key(lemma, COGNATE_LETTERS)
    return f"c:{key}" if key else None


class AreaModels:
    """Each area's weights, bias and threshold (workbench/data/codebook_model.json), as one
    matrix of features by areas: a passage's scores are one product (speed: every passage of
    a call is coded)."""

    def __init__(self, data):
        self.areas = data["areas"]
        self.names = sorted(self.areas)
        features = sorted({f for m in self.areas.values() for f in m["weights"]})
        self.index = {f: i for i, f in enumerate(features)}
        self.matrix = np.zeros((len(features), len(self.names)))
        for column, area in enumerate(self.names):
            for feature, weight in self.areas[area]["weights"].items():
                self.matrix[self.index[feature], column] = weight
        self.bias = np.array([self.areas[a]["bias"] for a in self.names])
        self.needed = np.array([_logit(self.areas[a]["threshold"]) for a in self.names])
        self.kept = np.array([_logit(self.areas[a].get("keep", 0.0)) for a in self.names])

    def decide(self, features, judge_terms=True, shown=None):
        """{area: [reasons]}: the areas whose probability reaches their threshold, and those the
        terms coded unless their probability is under ``keep`` (the terms' false friends; not
        when ``judge_terms`` is false). ``shown``: the words as written, by their folded form,
        for reasons given in words (see ``model_features``)."""
        scores, coded = self.scores(features)
        kept = coded & (scores >= self.kept) if judge_terms else coded
        chosen = (scores >= self.needed) | kept
        return {
            area: _reasons(area, features, self.areas[area]["weights"], shown)
            for area, passes in zip(self.names, chosen)
            if passes
        }

    def scores(self, features):
        """(each area's score, the logit of its probability; whether the terms coded it), in
        the order of ``names``."""
        rows, values = [], []
        for feature, (value, _) in features.items():
            row = self.index.get(feature)
            if row is not None:
                rows.append(row)
                values.append(value)
        scores = self.bias + np.asarray(values) @ self.matrix[rows] if rows else self.bias
        return scores, np.array([f"coded:{area}" in features for area in self.names])


def _logit(p):
    """The score a probability needs (-inf for 0: the terms' codes are all kept)."""
    return math.log(p / (1.0 - p)) if p > 0 else -math.inf


def _reasons(area, features, weights, shown=None):
    """The area's terms when the rules coded it, else "model: " and the words that weighed most
    (the area's terms read first when they weigh); ``shown`` maps a word feature's folded words
    to the words as written."""
    if f"coded:{area}" in features:
        return list(features[f"coded:{area}"][1])
    parts = [(weights[f] * v, f, why) for f, (v, why) in features.items() if f in weights]
    words = []
    for weight, feature, why in sorted(parts, key=lambda p: (-p[0], p[1])):
        if weight <= 0:
            break
        if shown is not None and feature.startswith("c:"):
            why = [shown.get(w, w) for w in why]
        words += [w for w in why if w not in words][:2]
    return [f"model: {', '.join(words[:REASONS])}"] if words else ["model"]


@lru_cache(maxsize=2)
def area_models(path=str(MODEL_JSON)):
    """The trained models, or None when there is no model file (the terms alone decide)."""
    try:
        with open(path, encoding="utf-8") as fh:
            return AreaModels(json.load(fh))
    except FileNotFoundError:
        return None


@lru_cache(maxsize=2)
def codebook_matcher(path=str(CODEBOOK_CSV)):
    return Codebook(codebook_rows(path))


def areas():
    """The areas the codebook can code, in the order of the mandate's reports."""
    known = codebook_matcher().keys
    ordered = [r["area"] for r in _report_areas()]
    return [a for a in dict.fromkeys(ordered) if a in known] + sorted(set(known) - set(ordered))


def _report_areas():
    text = resources.files("workbench").joinpath("data/reports.csv").read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=65536)
def _coded(text, lang):
    found = decide(text, lang)
    return tuple((area, tuple(terms)) for area, terms in found.items())


def decide(text, lang, models="default"):
    """{area: [why]} for one passage: the model's decision (when there is one) on the terms
    read and the words; without a model, the terms' rules alone."""
    matcher = codebook_matcher()
    models = area_models() if models == "default" else models
    words, hits = matcher.read(text, lang)
    read = matcher.read_terms(hits)
    coded = matcher.decide(read)
    if models is None:
        return coded
    # The words as written are looked up only for a reason given in words (speed, issue 15).
    features = model_features(words, read, coded, lang)
    return models.decide(features, judge_terms=len(words) >= JUDGED_WORDS, shown=_Written(text))


class _Written:
    """{folded word: the word as the passage writes it} (the model's reasons are shown so),
    read from the text the first time a word is asked for."""

    def __init__(self, text):
        self.text, self.found = text, None

    def get(self, folded, default=None):
        if self.found is None:
            self.found = _as_written(self.text)
        return self.found.get(folded, default)


def _as_written(text):
    """{folded word: the word as the passage writes it} (the model's reasons are shown so)."""
    return {folded: text[start:end] for start, end, folded in search_text.spans(text)}


def passage_model_features(text, lang):
    """``model_features`` of one passage (training: bench/codebook_written.py)."""
    matcher = codebook_matcher()
    words, hits = matcher.read(text, lang)
    read = matcher.read_terms(hits)
    return model_features(words, read, matcher.decide(read), lang)


def coded_terms(text, language):
    """{area: [the codebook terms that coded it, each once, in order of appearance]} for one passage."""
    return {
        area: list(dict.fromkeys(terms))
        for area, terms in _coded(text or "", (language or "xx").lower())
    }


def code_passage(text, language):
    """{area: number of hits} for one passage."""
    return {area: len(terms) for area, terms in _coded(text or "", (language or "xx").lower())}


def codebook_passages(db, call, area, internal=False, team=False, limit=None):
    """The passages of ``call`` (a CallScope, or its slug) about ``area``, most hits first (the ``limit`` first if given:
    redacting is the costly part, and a page shows a few).

    [{passage_id, submission_id, page, text, language, hits, terms, attribution, submitter_type, region}];
    ``terms`` are the codebook terms that coded the passage (why it is listed).
    Unless ``internal``, passages of submissions that may not be quoted are left out and
    they go through workbench/publication.py (``team=True`` keeps ids for pages).
    """
    scope, coded = _quotable(db, call, area, internal)
    subs = _by_id(scope)
    pub = scope.publication_for(internal, team)

    def number(p):  # the passage id as printed: none that joins to a withheld submitter
        return p["id"] if pub is None or pub.reference(subs[p["submission_id"]]) else None

    coded.sort(key=lambda pair: (-len(pair[1]), number(pair[0]) or 0))
    found = []
    for p, terms in coded[:limit]:
        sub = subs[p["submission_id"]]
        found.append(
            {
                "passage_id": number(p),
                "submission_id": p["submission_id"] if pub is None else pub.reference(sub),
                "page": p["page"],
                "text": pub.quote(sub, p["text"]) if pub else p["text"],
                "language": p["language"],
                "hits": len(terms),
                "terms": list(dict.fromkeys(terms)),
                "attribution": pub.attribution(sub)
                if pub
                else privacy.attribution(sub, internal=True),
                "submitter_type": sub["submitter_type"] or "",
                "region": sub["region"] or "",
            }
        )
    return found


def codebook_count(db, call, area, internal=False):
    """(passages, submissions) that ``codebook_passages`` lists for ``area``."""
    _, codes, ids = _quotable_ids(db, call, area, internal)
    return len(ids), len({codes[i][0] for i in ids})


def _quotable(db, call, area, internal):
    """(the CallScope, [(passage, terms)]) of the call's quotable passages coded ``area``."""
    scope, codes, ids = _quotable_ids(db, call, area, internal)
    return scope, [(p, codes[p["id"]][1]) for p in theme_store.passage_rows(db, ids)]


def _quotable_ids(db, call, area, internal):
    """(the CallScope, area_codes, [ids of the quotable passages coded ``area``])."""
    if area not in codebook_matcher().keys:
        raise NotFound(f"no codebook area '{area}': known areas are {', '.join(areas())}")
    scope = callscope.of(db, call)
    subs = _by_id(scope)
    aside = theme_store.procedural_ids(db, scope.id)  # formulas are not quotes
    codes = area_codes(db, scope.id, area)
    return (
        scope,
        codes,
        [
            pid
            for pid, (submission_id, _) in codes.items()
            if pid not in aside and privacy.may_quote(subs[submission_id], internal=internal)
        ],
    )


def _by_id(scope):
    return {s["id"]: s for s in scope.submissions}


def area_counts(db, call):
    """{area: {"passages": n, "submissions": n}} over ``call`` (a CallScope, or its slug)."""
    counts = {}
    for code in call_codes(db, callscope.of(db, call).id).values():
        for area in code["areas"]:
            entry = counts.setdefault(area, {"passages": 0, "submissions": set()})
            entry["passages"] += 1
            entry["submissions"].add(code["submission_id"])
    return {
        a: {"passages": c["passages"], "submissions": len(c["submissions"])}
        for a, c in counts.items()
    }


# ---------------------------------------------------------------- kept between runs (speed)
# What stored codes were computed by: an edited rule or dictionary codes the call again.
CODE = (
    "themes/codebook.py",
    "themes/passage_features.py",
    "store.py",
    "data/codebook.csv",
    "data/codebook_model.json",
    "data/concepts.csv",
    "search/text.py",
)


def call_codes(db, call_id):
    """{passage id: {"submission_id", "areas": {area: [terms]}}} for the call's coded passages,
    kept in the ``derived`` table until its passages change (lemmatising and matching every
    passage takes seconds per thousand)."""
    inputs = _codes_inputs(db, call_id)
    key = (str(getattr(db, "path", "")), call_id, inputs)
    codes = _READ.get(key)  # read once per process (a page run reads it twice)
    if codes is None:
        found = derived.get(db, "codebook", call_id, inputs)
        if found is None:
            found = _code_call(db, call_id)
            derived.put(db, "codebook", call_id, inputs, found)
        codes = {int(pid): code for pid, code in found.items()}
        _READ.clear()
        _READ[key] = codes
    return codes


_READ = {}  # the last call's codes, by (database, call, fingerprint of its inputs)


def area_codes(db, call_id, area):
    """{passage id: (submission id, [terms])} of the call's passages coded ``area``: call_codes
    cut by area, each area kept in the ``derived`` table under the same fingerprint (speed,
    issue 15: a page shows one area, and reading every area's codes was a third of the Themes
    page's first run at 5,000 submissions)."""
    inputs = _codes_inputs(db, call_id)
    key = (str(getattr(db, "path", "")), call_id, inputs)
    last = _AREA.get("last")  # one tuple: pages run in threads
    if last and last[0] == (*key, area):  # a page run reads its area twice
        return last[1]
    codes = _READ.get(key)
    found = (
        None if codes is not None else derived.get(db, "codebook_area", f"{call_id}:{area}", inputs)
    )
    if found is not None:
        by_id = {pid: (sid, terms) for pid, sid, terms in found}
    else:
        codes = codes if codes is not None else keep_areas(db, call_id)
        by_id = {
            pid: (code["submission_id"], code["areas"][area])
            for pid, code in codes.items()
            if area in code["areas"]
        }
    _AREA["last"] = ((*key, area), by_id)
    return by_id


_AREA = {}  # the last area's codes read, by (database, call, fingerprint of its inputs, area)


def keep_areas(db, call_id):
    """call_codes, and each area's codes kept apart (``area_codes``) when they are not yet."""
    inputs = _codes_inputs(db, call_id)
    codes = call_codes(db, call_id)
    keys = {f"{call_id}:{area}": area for area in codebook_matcher().keys}
    kept = {r["key"] for r in read_entry_inputs(db, "codebook_area", keys) if r["inputs"] == inputs}
    if kept != set(keys):
        by_area = {key: [] for key in keys}
        for pid, code in codes.items():
            for area, terms in code["areas"].items():
                by_area[f"{call_id}:{area}"].append([pid, code["submission_id"], terms])
        derived.put_many(
            db, "codebook_area", [(key, inputs, found) for key, found in by_area.items()]
        )
    return codes


def _codes_inputs(db, call_id):
    return derived.fingerprint(
        derived.call_passages_inputs(db, call_id), derived.code_version(*CODE)
    )


def _code_call(db, call_id):
    """The codes of every passage of the call. A passage whose text (and language) this code
    coded before keeps those codes, so new submissions code only their own passages (speed,
    issue 15); what was coded is kept by text, under the code's version."""
    version = derived.code_version(*CODE)
    earlier = derived.latest(db, "codebook_texts", call_id)
    by_text = earlier["areas"] if earlier and earlier.get("code") == version else {}
    found, now = {}, {}
    for p in store.call_passages(db, call_id):
        language = (p["language"] or "xx").lower()
        digest = hashlib.sha256(f"{language}\x1f{p['text'] or ''}".encode("utf-8")).hexdigest()
        areas = by_text.get(digest)
        if areas is None:
            areas = {area: list(terms) for area, terms in _coded(p["text"] or "", language)}
        now[digest] = areas
        if areas:
            found[str(p["id"])] = {"submission_id": p["submission_id"], "areas": areas}
    derived.put(db, "codebook_texts", call_id, version, {"code": version, "areas": now})
    return found
