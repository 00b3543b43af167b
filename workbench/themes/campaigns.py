"""Campaigns: submissions that share a template (form letters, near-duplicates).

Only what a submission says in its own words is compared: its body passages (structure.py
roles) without procedural parts (openings, closings, thanks, the call's questions, short
lines at its start and end: procedural.py, without its call-wide boilerplate signal, which a
large campaign would trip) and without quotations (six words or more in quotation marks; a
sentence that cites a UN text or an instrument, and what follows its colon). Letters that share only a
date, an addressee line and quotations of the same resolution are therefore not a campaign.

Each submission becomes a set of hashed word 5-gram shingles; two submissions belong
together when most of the smaller one's shingles also occur in the larger one
(containment), which holds for a form letter with a personal paragraph added. Groups are
connected components of that relation. A campaign counts once in theme prevalence and is
named by its template's first substantive sentence.
"""

import base64
import hashlib
import itertools
import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import metadata

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import HashingVectorizer

from .. import callscope, derived, store
from . import procedural, quotes

SHINGLE = 5
MIN_SHINGLES = 30  # shorter texts are too short to call a template
MIN_CONTAINMENT = 0.6  # share of the smaller text's shingles found in the other
LABEL_WORDS = 25
WORD = re.compile(r"\w+", re.UNICODE)
# A quotation: text between paired quotation marks, six words or more (see ``unquoted``).
QUOTED = re.compile(
    r"“[^”]{12,}?”|\"[^\"]{12,}?\"|«[^»]{12,}?»|„[^“”]{12,}?[“”]|‘[^’]{40,}?’", re.DOTALL
)
# A sentence that cites a UN text or an international instrument (then it quotes or
# paraphrases it): English, Spanish, French, Portuguese, Russian.
CITES = re.compile(
    r"\b(?:[A-Z]{1,6}/(?:[A-Z0-9.]+/)*[A-Z0-9.]+\d"
    r"|resolu\w+ \d+/\d+|резолюци\w* \d+/\d+"
    r"|universal declaration|declaraci[oó]n universal|d[ée]claration universelle|declara[cç][aã]o universal"
    r"|covenant|pacto internacional|pacte international|пакт"
    r"|convention (?:on|against|for)|convenci[oó]n (?:sobre|contra)|convention (?:relative|contre)"
    r"|yogyakarta|jogjakarta|vienna declaration|declaraci[oó]n de viena"
    r"|general (?:comment|recommendation)|observaci[oó]n general|recomendaci[oó]n general"
    r"|всеобщ\w+ деклараци\w+|джокьякарт\w+)",
    re.IGNORECASE,
)


def shingles(text):
    """Word 5-grams of the text, lower-cased, digits folded (dates and counts vary)."""
    words = WORD.findall(DIGIT.sub("0", text.lower()))  # digits are word characters: same words
    return [" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))]


DIGIT = re.compile(r"\d")


def template_groups(texts, min_containment=MIN_CONTAINMENT):
    """Lists of indexes of ``texts`` that share a template (groups of two or more)."""
    return linked_groups(hashed_shingles(texts), min_containment)


def hashed_shingles(texts):
    """Per text, the sorted columns its shingles hash to (2**22 columns, MurmurHash3: the
    same in every process, so they are kept by text between runs)."""
    if not texts:
        return []
    vectorizer = HashingVectorizer(
        analyzer=shingles, n_features=2**22, alternate_sign=False, norm=None, binary=True
    )
    matrix = vectorizer.transform(texts).tocsr()
    matrix.sort_indices()
    return [matrix.indices[a:b].astype(np.uint32) for a, b in itertools.pairwise(matrix.indptr)]


def linked_groups(columns, min_containment=MIN_CONTAINMENT):
    """``template_groups`` from each text's hashed shingle columns."""
    if len(columns) < 2:
        return []
    lengths = [len(c) for c in columns]
    matrix = csr_matrix(
        (
            np.ones(sum(lengths)),
            np.concatenate(columns).astype(np.int64),
            np.concatenate([[0], np.cumsum(lengths)]),
        ),
        shape=(len(columns), 2**22),
    )
    sizes = np.asarray(matrix.sum(axis=1)).ravel()
    shared = (matrix @ matrix.T).tocoo()
    keep = shared.row < shared.col
    rows, cols, counts = shared.row[keep], shared.col[keep], shared.data[keep]
    smaller = np.minimum(sizes[rows], sizes[cols])
    linked = (smaller >= MIN_SHINGLES) & (counts >= min_containment * smaller)
    return _components(len(columns), rows[linked], cols[linked])


def shares_template(one, other):
    """Whether two sets of shingles share a template (the rule of ``template_groups``)."""
    smaller = min(len(one), len(other))
    return smaller >= MIN_SHINGLES and len(one & other) >= MIN_CONTAINMENT * smaller


def _components(n, rows, cols):
    adjacency = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(adjacency, directed=False)
    groups = defaultdict(list)
    for index, label in enumerate(labels):
        groups[label].append(index)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))


# ---------------------------------------------------------------- a submission's own words

# Pieces: sentences cut after a comma or colon before a capital, so a salutation or a
# subject line merged with the first paragraph ("Dear Expert, We ...") is set aside alone.
PIECE = re.compile(r"(?<=[,:])\s+(?=[\"“«(]?[A-ZÀ-ÞА-Я])")


def pieces(text):
    return [
        piece.strip()
        for sentence in procedural.sentences(text)
        for piece in PIECE.split(sentence)
        if piece.strip()
    ]


def own_sentences(passages, questions=(), known=None):
    """{submission id: [pieces]} in reading order: what body passages say in the writer's own
    words, without formulas, the call's questions or quotations. ``passages``: every passage
    of a call with its ingest ``role``, in reading order (store.call_passage_roles).
    ``known``: {procedural.text_key: own_piece_numbers} found with the same questions and
    code; texts not in it are read and added to it."""
    asked = procedural.Questions(questions)
    known = {} if known is None else known
    found, quoting = defaultdict(list), None
    for p in passages:
        sid = p["submission_id"]
        if quoting == sid:  # the passage after "... resolution 32/2 reads as follows:"
            quoting = None
            continue
        key = procedural.text_key(p)
        if key not in known:
            known[key] = own_piece_numbers(p["text"], (p.get("language") or "xx").lower(), asked)
        numbers, opens_quote = known[key]
        quoting = sid if opens_quote else None
        if p["role"] == "body":
            split = pieces(unquoted(p["text"]))
            found[sid].extend(split[n] for n in numbers)
    return found


def own_text(passages, questions=()):
    """One submission's own words as one text (``passages``: its passages with their role)."""
    found = own_sentences([{**p, "submission_id": 0} for p in passages], questions)
    return " ".join(found[0])


QUOTED_TERM_WORDS = 5


def unquoted(text):
    """The text without its quotations. A term in quotation marks ("so-called “conversion
    practices”", five words at most) is the writer's own usage and stays."""
    return QUOTED.sub(
        lambda m: m.group() if len(m.group().split()) <= QUOTED_TERM_WORDS else " ", text
    )


def own_pieces(text, lang, asked):
    """(the writer's own pieces of one passage, whether its end opens a quotation). A piece
    that cites a UN text or an instrument is its words, and so is what follows its colon:
    "Article 26 of the Covenant reads: All persons ..." is the Covenant's."""
    numbers, opens_quote = own_piece_numbers(text, lang, asked)
    split = pieces(unquoted(text))
    return [split[n] for n in numbers], opens_quote


def own_piece_numbers(text, lang, asked):
    """``own_pieces`` as the numbers of the pieces kept: they depend on the passage's text and
    language alone, so they are kept by text between runs (speed, issue 15)."""
    kept = []
    for number, piece in enumerate(pieces(unquoted(text))):
        kind = _piece_kind(piece, lang, asked)
        if kind == "quotation follows":  # here or (at the end) in the next passage
            return kept, text.rstrip().endswith(":")
        if kind == "own":
            kept.append(number)
    return kept, False


# A call repeats its pieces (campaigns, letterheads): each is judged once a run (issue 15).
@lru_cache(maxsize=200_000)
def _piece_kind(piece, lang, asked):
    """'quotation follows', 'cites' (a UN text or an instrument), 'set aside' (a formula or
    the call's question) or 'own'."""
    if CITES.search(piece):
        return "quotation follows" if piece.endswith(":") else "cites"
    normalised = procedural.normalise(piece)
    return "set aside" if asked.match(normalised) or procedural.cue_of(normalised, lang) else "own"


def campaigns(db, call):
    """[{"id", "label", "submission_ids"}]: groups of submissions of ``call`` (a CallScope, or
    its slug) sharing a template."""
    scope = callscope.of(db, call)
    pub = scope.publication if scope.campaigns else None
    return [
        {
            "id": group["id"],
            "submission_ids": group["submission_ids"],
            "label": f"{len(group['submission_ids'])} submissions share this template: "
            f"“{pub.redact(group['sentence'])}”",
        }
        for group in scope.campaigns
    ]


# What stored campaigns were computed by: an edited rule finds them again.
CODE = (
    "themes/campaigns.py",
    "themes/procedural.py",
    "themes/quotes.py",
    "store.py",
    "data/procedural.csv",  # the formulas set aside
)


def template_campaigns(db, call_id):
    """[{"submission_ids", "sentence"}] of a call, kept in the ``derived`` table until the
    call's passages change (shingling every passage is the costly part)."""
    inputs = derived.fingerprint(
        derived.call_passages_inputs(db, call_id), derived.code_version(*CODE)
    )
    found = derived.get(db, "campaigns", call_id, inputs)
    if found is None:
        version = _text_version(store.call_questions(db, call_id))
        earlier = derived.latest(db, "campaign_texts", call_id)
        kept = earlier if earlier and earlier.get("code") == version else {}
        known = kept.get("pieces", {})
        later = {"shingles": kept.get("shingles", {}), "sentences": kept.get("sentences", {})}
        found = find_campaigns(db, call_id, known, later)
        derived.put(db, "campaigns", call_id, inputs, found)
        derived.put(
            db, "campaign_texts", call_id, version, {"code": version, "pieces": known, **later}
        )
    return found


# What a text's own pieces are found by: new submissions read only their own texts (issue 15);
# the comparison of every submission with every other is made again each time.
TEXT_CODE = (
    "themes/campaigns.py",
    "themes/procedural.py",
    "themes/passage_features.py",
    "data/procedural.csv",
)


def _text_version(questions):
    return derived.fingerprint(
        derived.code_version(*TEXT_CODE), questions, metadata.version("rapidfuzz")
    )


def find_campaigns(db, call_id, known=None, kept=None):
    """Campaigns found anew; ``known`` (see ``own_sentences``) is left holding the call's texts.

    ``kept``: {"shingles": {submission key: packed columns}, "sentences": {group key:
    sentence}} of an earlier reading with the same code and questions (speed, issue 15): a
    submission whose passages and own pieces are those of a kept key is not read or shingled
    again, a campaign of the same members not named again; left holding the call's."""
    included = {p["submission_id"] for p in store.call_passages(db, call_id)}
    passages = [p for p in store.call_passage_roles(db, call_id) if p["submission_id"] in included]
    questions = store.call_questions(db, call_id)
    known = {} if known is None else known
    kept = {"shingles": {}, "sentences": {}} if kept is None else kept
    keys = _submission_keys(passages, questions, known)
    for key in set(known) - {procedural.text_key(p) for p in passages}:
        del known[key]  # texts no longer in the call are not kept
    columns = {k: kept["shingles"][k] for k in keys.values() if k in kept["shingles"]}
    unread = [sid for sid, key in keys.items() if key not in columns]
    own = _own_of(passages, questions, known, unread)
    columns.update((keys[s], _pack(c)) for s, c in _shingled(own, unread).items())
    ids = sorted(sid for sid in keys if columns[keys[sid]] is not None)
    groups = linked_groups([_unpack(columns[keys[sid]]) for sid in ids])
    groups = [[ids[i] for i in group] for group in groups]
    named = {_group_key(group, keys): group for group in groups}
    unnamed = [s for key, group in named.items() if key not in kept["sentences"] for s in group]
    # the submissions read above are not read again (their own words are the same)
    own.update(_own_of(passages, questions, known, [s for s in unnamed if s not in own]))
    sentences = {
        key: kept["sentences"][key]
        if key in kept["sentences"]
        else template_sentence([own[s] for s in group])
        for key, group in named.items()
    }
    kept["shingles"], kept["sentences"] = columns, sentences
    return [{"submission_ids": g, "sentence": sentences[_group_key(g, keys)]} for g in groups]


def _submission_keys(passages, questions, known):
    """{submission id: a key of its passages' texts, roles and own pieces}: what its own
    words are read from (``known`` gains the pieces of texts not in it)."""
    asked = procedural.Questions(questions)
    parts = defaultdict(list)
    for p in passages:
        key = procedural.text_key(p)
        if key not in known:
            known[key] = own_piece_numbers(p["text"], (p.get("language") or "xx").lower(), asked)
        parts[p["submission_id"]].append([key, p["role"], known[key]])
    return {
        sid: hashlib.sha256(json.dumps(found).encode("utf-8")).hexdigest()[:32]
        for sid, found in parts.items()
    }


def submission_shingles(passages, questions=(), known=None):
    """(the key ``find_campaigns`` keeps one submission's shingles under, those shingles packed,
    None when it has no own words) from its passages with their role, in reading order: computed
    by ingest's workers, where the text is read (speed, issue 15). ``known`` as in
    ``own_sentences``."""
    passages = [{**p, "role": p.get("role") or "body", "submission_id": 0} for p in passages]
    known = {} if known is None else known
    key = _submission_keys(passages, questions, known)[0]
    return key, _pack(_shingled(_own_of(passages, questions, known, [0]), [0])[0])


def _own_of(passages, questions, known, submission_ids):
    """``own_sentences`` of these submissions alone."""
    wanted = set(submission_ids)
    return own_sentences([p for p in passages if p["submission_id"] in wanted], questions, known)


def _shingled(own, submission_ids):
    """{submission id: its own words' hashed shingle columns, None when it has no own words}."""
    ids = sorted(submission_ids)
    with_words = [sid for sid in ids if own.get(sid)]
    found = dict.fromkeys(ids)
    found.update(zip(with_words, hashed_shingles([" ".join(own[s]) for s in with_words])))
    return found


def _group_key(group, keys):
    return hashlib.sha256(" ".join(keys[s] for s in group).encode("ascii")).hexdigest()[:32]


def _pack(columns):
    return None if columns is None else base64.b64encode(columns.tobytes()).decode("ascii")


def _unpack(packed):
    return np.frombuffer(base64.b64decode(packed), dtype=np.uint32)


def template_sentence(members, words=LABEL_WORDS):
    """The template's first substantive sentence: the first statement of a member (quotes.py)
    that most of the others share word for word; else one they mostly share; else the first
    sentence. Word for word first, so the label is not a piece carrying one member's own town
    ("Accra, | Ghana that supports ...")."""
    sets = {}  # a member's shingles, made when first asked for (speed, issue 15)
    needed = len(members) // 2 + 1  # more than half of them

    def member_set(i):
        if i not in sets:
            sets[i] = set(shingles(" ".join(members[i])))
        return sets[i]

    def shared(sentence, share):
        own = set(shingles(sentence))
        if not own:
            return False
        holders = 0
        for i in range(len(members)):  # speed (issue 15): stop once most members hold it
            holders += len(own & member_set(i)) >= share * len(own)
            if holders >= needed:
                return True
        return False

    chosen = _first_shared(members[0], shared, 1.0) or _first_shared(
        members[0], shared, MIN_CONTAINMENT
    )
    chosen = chosen or members[0][0]
    cut = chosen.split()
    return " ".join(cut[:words]) + (" …" if len(cut) > words else "")


def _first_shared(sentences, shared, share):
    """The first of ``sentences`` most members share that is a statement (quotes.py), else the
    first they share, else None; statements are judged only until one is found."""
    first = None
    for sentence in sentences:
        if shared(sentence, share):
            if quotes.is_statement(sentence):
                return sentence
            first = first or sentence
    return first


def voice_of(campaign_list):
    """{submission id: a key that is the same for every submission of one campaign}."""
    return {sid: f"campaign-{c['id']}" for c in campaign_list for sid in c["submission_ids"]}
