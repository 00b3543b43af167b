"""Documents that carry no letterhead or signature: how their genre says who wrote them.

- a UN document's title names its author ("National report submitted ...": the State under
  review; "Report of the Office of the United Nations High Commissioner ...": OHCHR);
- a question list or statement headed by a State's name alone ("NORWAY");
- a speech in which a State speaks of itself ("my delegation", "<country> remains committed")
  to a forum of States ("this Assembly", "Mr. President").

Every cue is lexicon data in the five languages; only documents without a letterhead that
names a kind of submitter are read this way (a letterhead says more than a genre; a UN
masthead is the publisher's, not the author's).
"""

import re
from collections import Counter
from dataclasses import dataclass

from . import attribution, cues, names, nlp, places
from .lexicon import (
    ASSEMBLY_ADDRESS,
    SPEAKS_FOR,
    STATE_ACTOR_VERBS,
    STATE_DOCUMENT_TITLES,
    STATE_SELF,
    UN_DOCUMENT_TITLES,
    UN_MASTHEAD,
)
from .names import Found

TITLE_ZONE = 2500  # characters of page 1 where a UN document's title block sits
TITLE_LINE_WORDS = 14  # a title line is short; a body sentence quoting a title is not
COUNTER_REPORT = re.compile(
    r"\b(shadow|alternative|parallel|sombra|alternativ\w*|paralel\w*|parallèle|"
    r"альтернатив\w*|теневой|параллельн\w*|вклад|submission|contribution|aporte|contribución|"
    r"contributo|موازي\w*|الموازي\w*|موازٍ|بديل\w*|البديل\w*|الظل|مساهمة|إسهام)\b|"
    r"\b(?:comments?|observations?|remarks)\s+on\b|\bcomentarios\s+(?:sobre|a)\b|\bcommentaires\s+sur\b",
    re.IGNORECASE,
)
ACTOR_WINDOW = 45  # characters after a country name where its verb must start
SELF_WINDOW = 100  # characters around 'my country' where the speaker's country is named
VOICE_MIN = 4  # evidence points for a speech to be a State's


@dataclass
class Genre:
    kind: Found  # submitter type
    name: Found  # submitter name
    country: Found | None  # the State, when the genre names one


def detect(doc):
    """Genre of a document without a letterhead naming a kind of submitter, or None."""
    if not doc.pages:
        return None
    file_name, page, text = doc.pages[0]
    if cues.type_cues(" ".join(names.name_lines(doc))) and not has_un_masthead(text):
        return None
    titled = _titled(doc, text, page, file_name) or _state_heading(doc, text, page, file_name)
    # A letter (signed after a closing formula) or a personal statement is not a speech.
    if titled or doc.signature or names.personal_statement(doc, voice=False):
        return titled
    return _speech(doc)


# ---------------------------------------------------------------- titles of UN documents


def _title_lines(text):
    """Short lines of page 1's title block, whitespace folded."""
    lines = [" ".join(line.split()) for line in text[:TITLE_ZONE].splitlines()]
    return [line for line in lines if line and len(line.split()) <= TITLE_LINE_WORDS]


# A UN document's symbol says what it is (https://research.un.org/en/docs/symbols):
# "<body>/C/<ISO3>/…" is a treaty-body document about a State — its report or replies, unless
# the segment after the country marks the Committee's own concluding observations (CO) or
# list of issues (Q without Add.); "A/HRC/WG.6/<n>/<ISO3>/1" is the State's UPR national
# report (/2 and /3 are OHCHR's compilations); "/NI/" information from an NHRI; "/NGO/" a
# statement by an NGO.
SYMBOL = re.compile(
    r"(?<![\w/])((?:[A-Z]{2,5}|E/C\.12)/(?:C|OP|SPT)/(?:\d+/)?([A-Z]{3})/([\w./\-]+)"
    r"|A/HRC/WG\.6/\d+/([A-Z]{3})/([123]))(?![\w/])"
)
SYMBOL_ZONE = 1500  # characters of page 1 where a UN document prints its symbol


def _by_symbol(doc, text, page, file_name):
    """The author a UN document's symbol implies, when page 1 has the UN masthead."""
    if not has_un_masthead(text):
        return None
    match = SYMBOL.search(text[:SYMBOL_ZONE])
    if not match:
        return None
    symbol, alpha3 = match.group(1), match.group(2) or match.group(4)
    rest = match.group(3) or ""
    if places.english_name(alpha3) == alpha3:
        return None  # not a country code ("OHCHR/C/…" is no State)
    evidence = f"UN document {symbol}"
    if (
        match.group(5) in ("2", "3")
        or "/NI/" in symbol
        or "/NGO/" in symbol
        or rest.startswith("CO")
        or re.fullmatch(r"Q/\d+", rest)
    ):
        return None  # OHCHR's, an NHRI's or NGO's, or the Committee's own: read it otherwise
    name = places.english_name(alpha3)
    country = Found(
        alpha3, 0.9, f"{evidence}: a document of {name}", page, file_name, "document symbol"
    )
    return Genre(
        Found("state", 0.9, country.evidence, page, file_name, "document symbol"),
        Found(name, 0.88, country.evidence, page, file_name, "document symbol"),
        country,
    )


# "A/HRC/41/NI/3", "A/HRC/53/NGO/112": a document the Council's secretariat circulates for an
# NHRI or an NGO; its title ("Written submission by …", "Note by the Secretariat") is the
# transmittal, the author is the body it names.
CIRCULATED = re.compile(r"(?<![\w/])A/HRC/\d+/(NI|NGO)/\d+(?![\w/])")


def _titled(doc, text, page, file_name):
    circulated = CIRCULATED.search(text[:SYMBOL_ZONE]) if has_un_masthead(text) else None
    if circulated:
        return _circulated(doc, circulated, page, file_name)
    by_symbol = _by_symbol(doc, text, page, file_name)
    if by_symbol:
        return by_symbol
    lines = _title_lines(text)
    block = " ".join(lines)
    for line in lines:
        phrase = cues.find_any(STATE_DOCUMENT_TITLES, line)
        if phrase and not COUNTER_REPORT.search(line) and line.lower().find(phrase.lower()) <= 40:
            country = _first_country(block, doc.language)
            if country:
                found = Found(
                    country,
                    0.85,
                    f"title: {line} — {places.english_name(country)}",
                    page,
                    file_name,
                    "document title",
                )
                return Genre(
                    Found("state", 0.85, found.evidence, page, file_name, "document title"),
                    Found(
                        places.english_name(country),
                        0.8,
                        found.evidence,
                        page,
                        file_name,
                        "document title",
                    ),
                    found,
                )
    for phrase, author in UN_DOCUMENT_TITLES:
        words = cues.find_any((phrase,), block)
        if words:
            evidence = f"title: {words}"
            return Genre(
                Found("un_entity", 0.85, evidence, page, file_name, "document title"),
                Found(author, 0.8, evidence, page, file_name, "document title"),
                None,
            )
    return None


def _circulated(doc, match, page, file_name):
    """An NHRI's document (/NI/) is an NHRI's whoever it names; an NGO's (/NGO/) is read as any
    other document (faith-based, medical and academic bodies write them too)."""
    if match.group(1) != "NI":
        return None
    name = names.submitter(doc)
    evidence = f"UN document {match.group(0)}: circulated for a national human rights institution"
    return Genre(Found("nhri", 0.9, evidence, page, file_name, "document symbol"), name, None)


def _first_country(block, lang):
    """The first country named in a title block, the UN masthead's words set aside."""
    for label, alpha3, _, _ in nlp.places_in(block, lang):
        if label == "COUNTRY":
            return alpha3
    return None


def has_un_masthead(text):
    """'United Nations ... Distr.: General': the publisher's masthead, not the author's letterhead."""
    return bool(cues.find_any(UN_MASTHEAD, " ".join(text[:TITLE_ZONE].split())))


# ---------------------------------------------------------------- a State's name as heading


def _state_heading(doc, text, page, file_name):
    """A question list or statement whose first line is a State's name and nothing else."""
    first = next((line.strip(" #*:\t") for line in text.splitlines() if line.strip()), "")
    if not first or len(first.split()) > 8 or first.startswith("("):
        return None  # "(Armenia)" qualifies the organisation named above it
    found = nlp.places_in(first, doc.language)
    if len(found) != 1 or found[0][0] != "COUNTRY" or _folded(found[0][2]) != _folded(first):
        return None
    if _another_body_follows(text, first):
        return None  # "REPÚBLICA DE MOÇAMBIQUE / COMISSÃO NACIONAL …": the State's name heads an institution's letterhead
    if OTHERS_ON_THE_STATE.search("\n".join(text.splitlines()[:STATED_AUTHOR_LINES])):
        return None  # "NIGERIA / SHADOW REPORT … / Prepared by: …": the State is the subject
    alpha3 = found[0][1]
    evidence = f"headed by a State's name: {first}"
    country = Found(alpha3, 0.8, evidence, page, file_name, "state heading")
    return Genre(
        Found("state", 0.8, evidence, page, file_name, "state heading"),
        Found(places.english_name(alpha3), 0.75, evidence, page, file_name, "state heading"),
        country,
    )


# A cover page headed by a State's name that is a report on the State by others, or that says
# who prepared it: the heading is the State reported on, never the author.
OTHERS_ON_THE_STATE = re.compile(
    r"\b(?:shadow|alternative|parallel|sombra|alternativ[oa]|paralel[oa]|parall[èe]le|"
    r"альтернативн\w*|теневой)\b|\b(?:prepared|submitted|presented|compiled|written)\s+by\b|"
    r"\b(?:presentad[oa]|elaborad[oa]|preparad[oa]|apresentad[oa])\s+por\b|"
    r"\b(?:pr[ée]sent[ée]e?|r[ée]dig[ée]e?|pr[ée]par[ée]e?)\s+par\b",
    re.IGNORECASE,
)
STATED_AUTHOR_LINES = 15


def _another_body_follows(text, first):
    """A body other than the State's government named in the lines under the heading."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    following = (
        lines[lines.index(first.strip()) + 1 :][:3] if first.strip() in lines else lines[1:4]
    )
    for line in following:
        if not names.looks_like_name(line.strip(" •-*#")):
            continue  # a question or sentence under the heading names no other body
        scores = cues.type_scores(line)
        if attribution.ORG_WORD.search(line) and (
            not scores or max(scores, key=scores.get) != "state"
        ):
            return True
    return False


def _folded(text):
    return re.sub(r"\W+", " ", text.lower()).strip()


# ---------------------------------------------------------------- speeches


def _speech(doc):
    """A State's speech: it speaks of itself and to a forum of States, often enough."""
    pages = doc.reading_pages()
    text = "\n".join(t for _, _, t in pages)
    self_refs = [m.group(0) for m in cues.compiled(tuple(STATE_SELF)).finditer(text)]
    address = [m.group(0) for m in cues.compiled(tuple(ASSEMBLY_ADDRESS)).finditer(text)]
    if not _may_name_speaker(text) and (
        not self_refs or len(self_refs) + min(len(address), 2) < VOICE_MIN
    ):
        return None  # no country can count: finding the countries would change nothing
    actors, speaks_for, near_self = _speaker_countries(text, doc.language)
    points = (
        len(self_refs)
        + min(len(address), 2)
        + min(sum(actors.values()), 4)
        + 2 * sum(speaks_for.values())
    )
    if points < VOICE_MIN or not (self_refs or actors or speaks_for):
        return None
    said = sorted(set(self_refs))[:2] + address[:1]
    alpha3 = _speaker(actors, speaks_for, near_self)
    if alpha3:
        said.append(f"{places.english_name(alpha3)} speaking of itself")
    confidence = min(0.9, 0.55 + 0.05 * points)
    file_name, page, _ = pages[0]
    evidence = "speaks as a State: " + ", ".join(f"'{s}'" for s in said)
    country = (
        Found(alpha3, round(min(0.85, confidence), 3), evidence, page, file_name, "speaker")
        if alpha3
        else None
    )
    name = Found(
        places.english_name(alpha3) if alpha3 else "",
        0.6 if alpha3 else 0.0,
        evidence,
        page,
        file_name,
        "speaker",
    )
    return Genre(
        Found("state", round(confidence, 3), evidence, page, file_name, "state voice"),
        name,
        country,
    )


def _speaker(actors, speaks_for, near_self):
    """The country speaking: named with its verbs or after 'on behalf of'; a country named near
    'my country' only when it clearly leads (a speech also names its neighbours and rivals)."""
    weights = {
        alpha3: 2 * actors[alpha3] + 3 * speaks_for[alpha3]
        for alpha3 in set(actors) | set(speaks_for)
    }
    if not weights:
        ranked = near_self.most_common(2)
        leads = ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        return ranked[0][0] if leads else ""
    return max(sorted(weights), key=weights.get)


def _may_name_speaker(text):
    """Whether a verb of a State or an opening like 'on behalf of' is written anywhere in the
    text: without one no country counts as the speaker (finding countries is most of a
    speech's reading, and a survey response is read this way too)."""
    return bool(_SPEAKER_WORDS.search(text))


def _any_of(phrases):
    """A regex finding any of ``phrases`` as bare text (so wherever the phrases' own patterns
    match, in the whole text or a window of it), grouped by first letter: re tries one group
    per position instead of every phrase."""
    groups = {}
    for phrase in sorted({p.rstrip("*") for p in phrases}, key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return re.compile(
        "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items()),
        re.IGNORECASE,
    )


_SPEAKER_WORDS = _any_of(STATE_ACTOR_VERBS + SPEAKS_FOR)


def _speaker_countries(text, lang):
    """Counters of countries that act as the speaker: '<country> reaffirms', 'on behalf of
    <country>', and countries named close to 'my country' / 'our nation'."""
    actors, speaks_for, near_self = Counter(), Counter(), Counter()
    verbs = cues.compiled(tuple(STATE_ACTOR_VERBS))
    openings = cues.compiled(tuple(SPEAKS_FOR))
    selves = [m.start() for m in cues.compiled(tuple(STATE_SELF)).finditer(text)]
    for label, alpha3, words, start in nlp.places_in(text, lang):
        if label != "COUNTRY":
            continue
        after = text[start + len(words) : start + len(words) + ACTOR_WINDOW]
        match = verbs.search(after)
        gap = after[: match.start()] if match else ""
        if match and len(gap.split()) <= 2 and "." not in gap:
            actors[alpha3] += 1
        before = text[max(0, start - 40) : start]
        if any(m.end() >= len(before) - 20 for m in openings.finditer(before)):
            speaks_for[alpha3] += 1
        if any(abs(position - start) <= SELF_WINDOW for position in selves):
            near_self[alpha3] += 1
    return actors, speaks_for, near_self
