"""Theme labels a person would write: a short phrase drawn from the theme's own passages.

"Legal gender recognition", "Police violence against trans women": the phrases (one to
five words, not crossing punctuation) that many of a theme's passages use and few passages
of the other themes do, ranked like c-TF-IDF (share of the theme's passages holding the
phrase x log(1 + average theme size / passages of all themes holding it)). A longer phrase
replaces a shorter one inside it when most passages that use the short one say the long
one. Phrases are matched on lemmas ("trans woman" = "trans women") and shown as the
passages write them most often (case restored: "SOGI", "Yogyakarta Principles").

Labels are in English when the theme has a few English passages (the team writes its
reports in English), else in the theme's most common language; no word of a label is a
stop word at its edges, a number, or a structural or procedural word (para, article,
report, committee, right...: ``STRUCTURAL`` and procedural.csv's ``label_stop`` rows).
Every label is unique in the call.
"""

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

from . import passage_features, procedural

LABEL_LANGUAGE = "en"
MIN_LABEL_ROWS = 2  # English passages a theme needs to be labelled in English (a phrase
# they share; when they share none, the theme's main language is tried)
SAMPLE = 150  # passages per theme read for phrases (closest to its centre): labels in ms
MAX_WORDS = 5
MIN_SUPPORT = 0.08  # share of a theme's passages a phrase must occur in
CONCEPT_BOOST = 2.0  # a phrase naming the theme's dictionary concept, when the dictionary is used
EXTEND = 0.6  # a longer phrase wins when this share of the shorter one's passages use it
COMMON = 0.1  # a phrase in more than this share of the other themes' passages names no
# one theme (every submission to a call on SOGI says "gender identity")
LONGER = 3.0  # two or three words name a topic better than one ("Legal gender recognition")

# Words about the documents and the UN's procedures, not about what happens to people: they
# never stand in a label, in any language (issue 12: "Para, article, access", "Upr, report,
# new", "Commission, human, right"). Lemmas, accents stripped.
STRUCTURAL = frozenset(
    """
    para paragraph paragraphs article articles page pages section chapter annex annexe
    report reports submission submissions submit input inputs contribution questionnaire
    question response reply committee commission council review upr cycle session resolution
    recommendation recommend document documents footnote note letter mission permanent
    right rights human state states party parties government ministry republic national
    united nations general assembly office secretary expert independent special
    rapporteur mandate call information include including regard concern also new
    convention covenant treaty commissioner promotion member process measure
    mechanism body implementation consultation follow periodic universal
    parrafo articulo informe derecho derechos humano humanos estado comite examen
    paragraphe rapport droit droits homme etat comite examen
    paragrafo artigo relatorio direito direitos humanos estado comite
    пункт статья доклад право права человек человека государство комитет обзор
    """.split()
)
RUSSIAN_VERB_ENDINGS = ("ся", "сь")  # 'является', 'остаётся', 'требуются'
POSSESSIVE = re.compile(r"['’]s$")
BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”«»„—–·•/\\|\n\t]+|\s-\s")
FIELD_WORDS = 3  # "Affected persons:", "Contact person:": a form's field name
TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d\S*|&")  # "refugees & asylum seekers"


def structural(word):
    """Whether a word (or lemma) is one of ``STRUCTURAL`` ('informe' whose lemma is 'informar')."""
    return passage_features.strip_accents(word.lower()) in STRUCTURAL


def label_language(languages, rows):
    """English when the theme has a few English passages, else its most common language."""
    if sum(languages[r] == LABEL_LANGUAGE for r in rows) >= MIN_LABEL_ROWS:
        return LABEL_LANGUAGE
    return main_language(languages, rows)


# The only small words a label holds inside ("Violence against trans women", "Data on SOGI
# in censuses", "Acceso a la salud"): prepositions and conjunctions, articles in Romance
# languages; no verb, pronoun or auxiliary ("Cases are pending", "Approach we support").
CONNECTORS = {
    "en": "of on in against to for and or from with by at",
    "es": "de del en contra por para y e o a al la las el los",
    "fr": "de du des en contre pour par et ou à au aux la le les l d",
    "pt": "de do da dos das em no na nos nas contra por para e ou a à ao aos o os as",
    "ru": "в во на против и или для о об с со к по от",
}
CONNECTORS = {lang: frozenset(words.split()) | {"&"} for lang, words in CONNECTORS.items()}
# Words that name no topic alone: a label of one of them says nothing of what the theme is
# about ("Act", "Support", "Peoples"); inside a phrase they may ("Criminal Code").
VAGUE = frozenset(
    """
    act acts law laws code bill plan programme program strategy policy policies measure
    action actions effort efforts issue issues matter situation challenge challenges support
    work way part case cases area areas field level year years time country countries world
    people peoples person persons group groups system framework development context
    example number use company companies today
    """.split()
)


def phrases(text, lang):
    """{lemma key: (surface words, whether at a sentence's start)} of one passage's
    candidate phrases."""
    tools = passage_features.language_tools(lang)
    kinds = word_kinds(lang)
    found = {}
    for words in _runs(text):
        lower = [w.lower() for w in words]
        lemmas = [tools.lemma(w) for w in lower]
        keys = [passage_features.strip_accents(lemma) for lemma in lemmas]
        ok = [_word_fits(w, lemma, key, tools, kinds) for w, lemma, key in zip(lower, lemmas, keys)]
        inner = [ok[i] or lower[i] in CONNECTORS.get(lang, ()) for i in range(len(words))]
        for start in range(len(words)):
            for end in range(start + 1, min(start + MAX_WORDS, len(words)) + 1):
                if not (ok[start] and ok[end - 1] and all(inner[start:end])):
                    continue
                if POSSESSIVE.search(lower[end - 1]):  # "Person's": the phrase goes on
                    continue
                if len(keys[start]) > 2 and _noun_phrase(
                    lower[start], lemmas[start], lower[end - 1], lemmas[end - 1], kinds
                ):
                    found.setdefault(tuple(keys[start:end]), (words[start:end], start == 0))
    return found


def _runs(text):
    """Runs of words no punctuation breaks, also broken where a heading set in capitals meets
    the text run into it ("JUSTICE AND STRONG INSTITUTIONS Affected persons"); a form's field
    name before its colon ("Affected persons: …") is no run."""
    pieces = BREAK.split(text)
    separators = BREAK.findall(text) + [""]
    for chunk, separator in zip(pieces, separators):
        runs = list(_caps_runs(TOKEN.findall(chunk)))
        if separator.startswith(":") and len(runs[-1]) <= FIELD_WORDS:
            runs.pop()
        yield from runs


def _caps_runs(words):
    caps = [len(w) > 1 and w.isupper() for w in words]
    start = 0
    for i in range(1, len(words)):
        if caps[i] == caps[i - 1]:
            continue
        run = caps[start:i][::-1] if caps[i - 1] else caps[i:]
        if next((n for n, c in enumerate(run) if not c), len(run)) >= 2:  # two capitals in a row
            yield words[start:i]
            start = i
    yield words[start:]


def _word_fits(word, lemma, key, tools, kinds):
    """A content word: no stop word, number, structural or procedural word, nor a verb
    ('mocked', 'charging', 'restent') unless the tables know it as a noun or adjective too
    ('forced', 'claim')."""
    stop = tools.stop_words  # written with accents: 'não', not the key 'nao'
    if word in stop or lemma in stop or key in stop or key[0].isdigit():
        return False
    if structural(key) or structural(word):
        return False
    if _procedural(key) or _procedural(word):  # 'pedido' is a courtesy word, 'pedir' is not
        return False
    if word.endswith(RUSSIAN_VERB_ENDINGS):  # no table for Russian: its reflexive verbs at least
        return False
    if kinds and word != lemma and (word.endswith(("ed", "ing")) or word in kinds):
        return bool(kinds.get(word, set()) & {"noun", "adj"})
    known = kinds.get(lemma)
    return not known or bool(known & {"noun", "adj"})  # 'restent' (rester): a verb only


def _noun_phrase(first_word, first_lemma, last_word, last_lemma, kinds):
    """Ends on a noun and starts on a noun or adjective, as far as spaCy's rule-based
    lemmatizer tables know the words (``word_kinds``; the word as written first: 'affecting'
    is an adjective, not the noun 'affect'); words they do not know pass ('intersex',
    'LGBTI'): "Create a procedure" and "Detention facilities alongside" fail."""
    if not kinds:
        return True
    first = kinds.get(first_word) or kinds.get(first_lemma)
    last = kinds.get(last_word) or kinds.get(last_lemma)
    if first_word == last_word and first_lemma == last_lemma and last and "adj" in last:
        return False  # one word that can be an adjective names no topic: 'High', 'Social'

    if last is not None and "noun" not in last:
        return False
    return first is None or bool(first & {"noun", "adj"})


@lru_cache(maxsize=None)
def word_kinds(lang):
    """{base form: {"noun", "adj", "verb", "adv"...}} from spaCy's lemma index tables
    (spacy-lookups-data: English, Spanish, French); {} for other languages."""
    import spacy_lookups_data
    import srsly

    try:
        index = srsly.read_gzip_json(spacy_lookups_data.get_file(f"{lang}_lemma_index.json.gz"))
        irregular = srsly.read_gzip_json(spacy_lookups_data.get_file(f"{lang}_lemma_exc.json.gz"))
    except FileNotFoundError:  # no such table for this language: no filter
        return {}
    kinds = defaultdict(set)
    for table in (index, irregular):  # irregular forms too: 'held' is a verb
        for kind, words in table.items():
            for word in words:
                kinds[word.lower()].add(kind)
    return dict(kinds)


_procedural_cache = {}


def _procedural(key):
    if key not in _procedural_cache:
        _procedural_cache[key] = procedural.is_label_stop(key)
    return _procedural_cache[key]


class _Counts:
    """Phrase counts of one theme's sampled passages: passages per phrase and surface forms."""

    def __init__(self, texts, lang):
        self.n = len(texts)
        self.df = Counter()
        self.words = Counter()  # passages holding each content word (its lemma key)
        self.surfaces = defaultdict(Counter)
        for text in texts:
            found = phrases(text, lang)
            self.words.update({word for key in found for word in key})
            for key, (words, at_start) in found.items():
                self.df[key] += 1
                # A sentence's first word is capitalised whatever it is: count it half.
                self.surfaces[key][tuple(words)] += 1 if not at_start else 0.5


def label_themes(texts, languages, theme_rows, taken=(), concepts=None, matcher=None):
    """One label per theme, unique (also against ``taken``), or None where no phrase fits.

    ``theme_rows``: per theme, its passage rows, closest to its centre first. With the
    concept dictionary (optional: ``concepts`` per theme and features' ``matcher``), a
    phrase naming the theme's concept counts double ("So-called conversion practices"
    before "Forced prayer"); without it labels come from the passages alone."""
    langs = [label_language(languages, rows) for rows in theme_rows]
    labels = _labels(texts, languages, theme_rows, langs, taken, concepts, matcher)
    # A theme whose few English passages share no phrase is named in its own main language.
    main = [main_language(languages, rows) for rows in theme_rows]
    retry = {i for i, label in enumerate(labels) if label is None and main[i] != langs[i]}
    if retry:
        again = _labels(
            texts,
            languages,
            theme_rows,
            [main[i] if i in retry else langs[i] for i in range(len(langs))],
            [*taken, *(label for label in labels if label)],
            concepts,
            matcher,
            only=retry,
        )
        labels = [again[i] if i in retry else label for i, label in enumerate(labels)]
    return labels


def main_language(languages, rows):
    """The language most of a theme's passages are in (ties: alphabetical)."""
    counts = Counter(languages[r] for r in rows)
    return min(counts, key=lambda lang: (-counts[lang], lang)) if counts else LABEL_LANGUAGE


def _labels(texts, languages, theme_rows, langs, taken, concepts, matcher, only=None):
    """``label_themes`` with each theme's label language given (``only``: label just these)."""
    counts = [
        _Counts([texts[r] for r in [r for r in rows if languages[r] == lang][:SAMPLE]], lang)
        for rows, lang in zip(theme_rows, langs)
    ]
    concepts = concepts or [None] * len(counts)
    ranked = [
        _ranked(i, counts, langs, _boost(concepts[i], langs[i], matcher))
        for i in range(len(counts))
    ]
    used = {label.casefold() for label in taken}
    labels = [None] * len(counts)
    # The largest themes choose first: they have the clearest phrases.
    for i in sorted(range(len(counts)), key=lambda i: (-len(theme_rows[i]), i)):
        if only is not None and i not in only:
            continue
        for key in ranked[i]:
            label = _surface(counts[i].surfaces[key])
            if label.casefold() not in used:
                labels[i] = label
                used.add(label.casefold())
                break
    return labels


def _boost(concept, lang, matcher):
    if concept is None or matcher is None:
        return lambda key: 1.0
    return lambda key: CONCEPT_BOOST if concept in matcher.find(list(key), lang) else 1.0


def _ranked(i, counts, langs, boost):
    """Theme ``i``'s phrases, best first (c-TF-IDF against the themes of its language)."""
    own = counts[i]
    if own.n == 0:
        return
    peers = [c for c, lang in zip(counts, langs) if lang == langs[i]]
    average = sum(c.n for c in peers) / len(peers)
    floor = max(2, MIN_SUPPORT * own.n) if own.n >= 4 else min(2, own.n)
    words = {}

    def word_score(word):  # c-TF-IDF of one word: what sets the theme's words apart
        if word not in words:
            everywhere = sum(c.words.get(word, 0) for c in peers)
            words[word] = own.words[word] / own.n * math.log(1 + average / everywhere)
        return words[word]

    total = sum(c.n for c in peers)
    scores = {}
    for key, df in own.df.items():
        if len(key) == 1 and key[0] in VAGUE:
            continue
        if df >= floor and sum(c.df.get(key, 0) for c in peers) - df <= COMMON * (total - own.n):
            content = [word_score(w) for w in key if w in own.words]
            mean = sum(content) / len(content)
            scores[key] = df / own.n * mean * _length_bonus(key) * boost(key)
    given = set()
    for key in sorted(scores, key=lambda k: (-scores[k], len(k), k)):
        key = _extended(key, own, scores)  # lazily: most themes take their first phrase
        if key not in given:
            given.add(key)
            yield key


def _length_bonus(key):
    """Two or three words name a topic better than one ("Legal gender recognition")."""
    return 1.0 if len(key) == 1 else LONGER


def _extended(key, own, scores):
    """The longest phrase holding ``key`` that most of ``key``'s passages use."""
    best = key
    while True:
        longer = [
            k
            for k in scores
            if len(k) > len(best) and _inside(best, k) and own.df[k] >= EXTEND * own.df[best]
        ]
        if not longer:
            return best
        best = min(longer, key=lambda k: (-own.df[k], len(k), k))


def _inside(short, long):
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _surface(forms):
    """The form the passages write most, each word cased as most occurrences have it; the
    first letter capitalised ('police violence against trans women' -> 'Police violence ...');
    a phrase of several words all in capitals (a heading's) in sentence case."""
    words = []
    for position in range(len(next(iter(forms)))):
        cased = Counter()
        for form, n in forms.items():
            cased[form[position]] += n
        words.append(min(cased, key=lambda w: (-cased[w], w)))
    text = " ".join(words)
    if len(words) > 1 and text.isupper():  # a heading set in capitals: "Justice and strong…"
        text = text.lower()
    return text[:1].upper() + text[1:]
