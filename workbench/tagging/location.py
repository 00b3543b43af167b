"""Country, scope and region of a submitter, weighing where each mention appears.

The country most mentioned is often the one written about, not the one written from: a
country in the name or letterhead counts far more than one in the body, and a body mention
counts more after "in"/"en"/"в" than elsewhere. A country after "based in / con sede en /
basée à / sediada em / со штаб-квартирой в" counts like the letterhead.

A country found only in the body is weak evidence (letters name the countries they write
about): its confidence is lowered so the submission goes to Triage, and when the letter says
it works across countries ("in 12 countries", "member organisations", "réseau", "сеть") its
scope is international (regional when every country it names is in one UN group).
An individual's country is where she says she lives or comes from, then her signature's place.
"""

import re
from collections import defaultdict

from . import attribution, cues, nlp, places
from .documents import TITLE_WORDS
from .lexicon import BASED_IN, COUNTRIES_WORDS, INTERNATIONAL_TERMS, RESIDENCE, WORKS_ACROSS
from .names import Found

ZONE_WEIGHTS = {
    "top": (6.0, 4.0),
    "signature": (3.0, 2.0),
    "opening": (2.0, 0.0),
}  # (country, city)
NATIONAL_KINDS = ("state", "nhri", "parliamentarian")
BODY_WEIGHT, BODY_AFTER_PREPOSITION = 0.3, 1.0
BASED_IN_WEIGHT = 6.0  # as the letterhead: the letter says where it is based
BODY_ONLY_MOST, MANY_COUNTRIES_MOST = 0.6, 0.45  # below the Triage threshold (review.REVIEW_BELOW)
AFTER_CUE = 60  # characters after a cue where its place is looked for
COUNTED_COUNTRIES = re.compile(
    r"(?<!\w)\d+\s+(" + "|".join(map(re.escape, COUNTRIES_WORDS)) + r")(?!\w)", re.IGNORECASE
)
PREPOSITION = re.compile(
    r"(?<!\w)(in|to|en|au|aux|à|em|no|na|в|во)\s+(the\s+|la\s+|le\s+|l'|el\s+|o\s+|a\s+)?$",
    re.IGNORECASE,
)


def locate(doc, name, kind, state_country=None):
    """(country, scope, region) as Found values."""
    if state_country:
        region = places.region_of(state_country.value)
        return state_country, _same(state_country, "national"), _same(state_country, region, 0.95)
    if kind == "individual":  # before the name: "Maria Santos" is a person, not the city
        home = _individual_home(doc)
        if home:
            return home, _same(home, "national"), _same(home, places.region_of(home.value))
    unit = REGIONAL_UNIT.search(name.value or "") if kind not in NATIONAL_KINDS else None
    if unit:
        return _regional_unit(name, unit.group(0))
    if name.known and kind == name.known.type:
        return _known(name)
    text = name.value or ""
    in_name = [(label, a3, t) for label, a3, t, _ in nlp.places_in_name(text, doc.language)]
    if kind == "un_entity" and not in_name:
        return _none(name, "international", "a United Nations entity")
    if in_name:
        label, alpha3, words = in_name[0]
        base = _placed_base(doc, text) if label == "CITY" else None
        if base and base.value != alpha3:
            # "Clínica … Luiz Gama" with a São Paulo letterhead: a person's name, not Hama;
            # a body named after a city it is not based in
            return base, _same(base, "national"), _same(base, places.region_of(base.value))
        found = Found(alpha3, 0.9, f"{text} — '{words}'", name.page, name.file, "name")
        return found, _same(found, "national"), _same(found, places.region_of(alpha3))
    region, scope, words = places.regional_scope(text)
    if scope == "international":  # a region word spanning UN groups ("Lusophone", "Arab")
        return _none(name, "international", f"{text} — '{words}'", 0.8)
    if region:
        found = Found(region, 0.8, f"{text} — '{words}'", name.page, name.file, "regional term")
        return Found("", 0.8, found.evidence, name.page, name.file), _same(found, "regional"), found
    # A parliament's group or a national institution works for one country whatever its name
    # says ("All Party Parliamentary Group on Global LGBT Rights").
    international = kind not in NATIONAL_KINDS and cues.find_any(INTERNATIONAL_TERMS, text)
    if international or kind == "intergovernmental":
        why = (
            f"{text} — '{international}'"
            if international
            else f"{text} — an intergovernmental body"
        )
        return _none(name, "international", why, 0.8 if international else 0.6)
    said = _says_international(doc) if kind not in NATIONAL_KINDS else ""
    if said:
        return _none(name, "international", f"describes itself as international: '{said}'", 0.6)
    return _national(doc)


# A body's regional office, hub or team ("UNDP Bangkok Regional Hub", "Oficina Regional para
# América del Sur", "Региональное отделение УВКПЧ", "المكتب الإقليمي"): it works for a region,
# whatever the parent body's scope or the city it sits in.
REGIONAL_UNIT = re.compile(
    r"(?<!\w)(?:regional\s+(?:office|hub|bureau|support\s+team|team|centre|center|"
    r"representation|secretariat)|oficina\s+regional|escrit[óo]rio\s+regional|"
    r"bureau\s+r[ée]gional|[ée]quipe\s+r[ée]gionale|equipo\s+regional|"
    r"региональн\w+\s+(?:отделени\w*|офис\w*|бюро|представительств\w*|групп\w*)|"
    r"المكتب\s+الإقليمي|مكتب\s+إقليمي)(?!\w)",
    re.IGNORECASE,
)


def _regional_unit(name, words):
    """No national base, scope regional, and the region its name says when it says one."""
    region, _, said = places.regional_scope(name.value)
    why = f"{name.value} — '{words}'" + (f", '{said}'" if said else "")
    country = Found("", 0.8, why, name.page, name.file, "regional unit")
    return country, _same(country, "regional"), _same(country, region, 0.8 if region else 0.6)


# "X is an international human rights organisation", "es una red internacional": a writer
# that says it works internationally has no national base, whichever country it writes about.
SAYS_INTERNATIONAL = re.compile(
    r"(?<!\w)(?:is|are|est|es|é|является)\s+(?:an?|une?|una?|uma?)?\s*(?:\w+\s+){0,2}?"
    r"(?:international|global|worldwide|internacional|internationale|mondial|mundial|"
    r"международн\w+)\s+(?:\w+\s+){0,2}?(?:organi[sz]ation|ngo|network|alliance|coalition|"
    r"movement|federation|organizaci[óo]n|ong|red|r[ée]seau|mouvement|f[ée]d[ée]ration|"
    r"organiza[çc][ãa]o|rede|movimiento|movimento|организаци\w*|сеть|движение)",
    re.IGNORECASE,
)
SELF_DESCRIPTION_CHARS = 1500


def _says_international(doc):
    if not doc.pages:
        return ""
    match = SAYS_INTERNATIONAL.search(doc.pages[0][2][:SELF_DESCRIPTION_CHARS])
    return match.group(0) if match else ""


def _known(name):
    """Base, scope and region of a known body, from the gazetteer."""
    hit = name.known
    why = f"{name.value}: {hit.name} in workbench/data/organisations.csv"
    country = Found(
        hit.country, min(0.93, name.confidence + 0.1), why, name.page, name.file, "known body"
    )
    return country, _same(country, hit.scope), _same(country, hit.region)


def _individual_home(doc):
    """Where a person says she lives or comes from, else the place line of her signature."""
    pages = [(file_name, page, text) for file_name, page, text in doc.reading_pages()][:2]
    lines = [(line.file, line.page, line.text) for line in doc.opening] + pages
    for file_name, page, text in lines:
        for phrase, said in cues.find_all(tuple(RESIDENCE), text):
            for match in re.finditer(re.escape(said), text):
                after = text[match.end() : match.end() + AFTER_CUE]
                place = nlp.places_in(after, doc.language, cities=True)
                if place:
                    first = min(place, key=lambda p: p[3])
                    return Found(
                        first[1],
                        0.85,
                        _line_around(text, match.start()),
                        page,
                        file_name,
                        "residence",
                    )
    for line in doc.signature[1:]:  # the first line is her name ("Maria Santos" is no city)
        place = sorted(
            nlp.places_in(line.text, doc.language, cities=True), key=lambda p: p[0] != "COUNTRY"
        )
        if place:
            return Found(place[0][1], 0.75, line.text, line.page, line.file, "signature place")
    return None


def _national(doc):
    scores, evidence, placed, body = _country_scores(doc)
    if not scores:
        missing = Found(
            "",
            0.2,
            "no country named in the letterhead, signature or first pages",
            1,
            doc.file_name,
        )
        return (
            missing,
            Found("national", 0.4, missing.evidence, 1, doc.file_name),
            Found("", 0.2, missing.evidence),
        )
    alpha3 = max(scores, key=scores.get)
    confidence = round(min(0.9, max(0.3, scores[alpha3] / sum(scores.values()))), 3)
    line, page, file_name = evidence[alpha3]
    found = Found(alpha3, confidence, line, page, file_name, "mentions")
    if alpha3 not in placed:
        return _body_only(doc, found, body)
    return (
        found,
        _same(found, "national", min(0.9, confidence + 0.1)),
        _same(found, places.region_of(alpha3)),
    )


def _a_name_alone(line):
    """A body's name on a line of its own, without an address's numbers or separators: a town's
    name in it is part of the name ("Clínica de Direitos Humanos Luiz Gama")."""
    return bool(attribution.ORG_WORD.search(line)) and not ADDRESS_MARKS.search(line)


ADDRESS_MARKS = re.compile(r"[\d,–—|/•·]| - ")


def _placed_base(doc, name):
    """The country the letterhead, signature, date line or "based in" place the writer in (not
    the lines of its ``name``), when it holds most of the document's country evidence; else None."""
    scores, evidence, placed, _ = _country_scores(doc, name)
    outside = {alpha3: score for alpha3, score in scores.items() if alpha3 in placed}
    if not outside:
        return None
    alpha3 = max(outside, key=outside.get)
    share = outside[alpha3] / sum(scores.values())
    if share < BASE_SHARE:
        return None
    line, page, file_name = evidence[alpha3]
    return Found(alpha3, round(min(0.9, share), 3), line, page, file_name, "mentions")


BASE_SHARE = 0.5
CITY_SLASH = re.compile(r"(?<=\w)/(?=\w)")


def _body_only(doc, found, body):
    """A country named only in the body: weak; international or regional when the letter says
    it works across countries and names several."""
    across = _works_across(doc)
    if across and len(body) >= 2:
        regions = {places.region_of(alpha3) for alpha3 in body}
        why = f"works across countries ('{across}'); the body names {len(body)} countries"
        if len(regions) == 1 and "" not in regions:
            region = regions.pop()
            return (
                Found("", 0.5, why, found.page, found.file),
                Found("regional", 0.5, why, found.page, found.file),
                Found(region, 0.5, why, found.page, found.file),
            )
        return (
            Found("", 0.5, why, found.page, found.file),
            Found("international", 0.5, why, found.page, found.file),
            Found("", 0.5, why, found.page, found.file),
        )
    most = MANY_COUNTRIES_MOST if len(body) >= 3 else BODY_ONLY_MOST
    weak = _same(found, found.value, min(found.confidence, most))
    weak = Found(
        weak.value,
        weak.confidence,
        f"{found.evidence} (only in the body, among {len(body)} countries named)",
        found.page,
        found.file,
        "body only",
    )
    return weak, _same(weak, "national"), _same(weak, places.region_of(found.value))


def _works_across(doc):
    """The first words saying the submitter works in several countries, or ''."""
    for _, _, text in doc.reading_pages():
        counted = COUNTED_COUNTRIES.search(text)
        if counted:
            return counted.group(0)
        said = cues.find_any(tuple(WORKS_ACROSS), text)
        if said:
            return said
    return ""


def _country_scores(doc, name=""):
    """{alpha3: weight}, {alpha3: (best evidence line, page, file)}, the countries placed outside
    the body (letterhead, signature, opening, "based in") and {alpha3: body mentions}. Lines
    holding ``name`` are not read as where the writer is (the name's own words are not)."""
    scores, evidence, best = defaultdict(float), {}, defaultdict(float)
    placed, body = set(), defaultdict(int)

    def add(alpha3, weight, line, page, file_name):
        scores[alpha3] += weight
        if weight > best[alpha3]:
            best[alpha3], evidence[alpha3] = weight, (line, page, file_name)

    for zone, lines in (
        ("top", _writers_lines(doc.top)),
        ("signature", doc.signature),
        ("opening", _writers_lines(doc.opening[:6])),
    ):
        country_weight, zone_city_weight = ZONE_WEIGHTS[zone]
        for line in lines:
            if name and name in line.text:
                continue
            # a line that is only a place ('Kampala', 'Lagos, June 2017') is where the writer is
            city_weight = zone_city_weight or (
                PLACE_LINE_CITY if places.is_place_line(line.text) else 0
            )
            if attribution.ALT_TEXT.match(line.text) or _a_name_alone(line.text):
                city_weight = 0  # "[Logo: Haki Sawa Collective]", "Clínica … Luiz Gama": no town
            # "São Paulo/SP": a slash read as a space, the same length, so offsets hold
            text = CITY_SLASH.sub(" ", line.text)
            found = _first_of_place_pairs(
                nlp.places_in(text, doc.language, cities=city_weight > 0), text
            )
            addresses = _addresses(found)
            for label, alpha3, _, _ in found:
                weight = country_weight if label == "COUNTRY" else city_weight
                if addresses and alpha3 not in addresses:
                    weight = BODY_WEIGHT  # 'Yerevan, Armenia / working on Russia': a subject
                if weight:
                    add(alpha3, weight, line.text, line.page, line.file)
                    placed.add(alpha3)
    for alpha3, line, page, file_name in _datelines(doc):
        add(alpha3, PLACE_LINE_CITY, line, page, file_name)
        placed.add(alpha3)
    for file_name, page, text in doc.reading_pages():
        addressed = _addressee_spans(text)
        for label, alpha3, words, start in nlp.places_in(text, doc.language):
            if any(begin <= start < end for begin, end in addressed):
                continue
            before = text[max(0, start - 12) : start]
            weight = BODY_AFTER_PREPOSITION if PREPOSITION.search(before) else BODY_WEIGHT
            add(alpha3, weight, _line_around(text, start), page, file_name)
            body[alpha3] += 1
        for alpha3, line in _based_in(text, doc.language):
            add(alpha3, BASED_IN_WEIGHT, line, page, file_name)
            placed.add(alpha3)
    return dict(scores), evidence, placed, dict(body)


# The addressee's block of a letter ("Office of the United Nations High Commissioner … /
# Palais des Nations / 1211 Geneva 10, Switzerland"): where the letter goes, not where it comes from.
ADDRESSEE = re.compile(
    r"palais\s+(?:des\s+)?nations|high\s+commissioner|alt[oa]\s+comisionad[oa]|"
    r"haut-commissa|alt[oa]\s+comissári|ohchr|acnudh|hcdh|special\s+rapporteur|"
    r"relator[a]?\s+especial|rapporteur(?:e)?\s+sp[ée]cial|independent\s+expert|"
    r"expert[oa]?\s+independiente|expert(?:e)?\s+ind[ée]pendant|perit[oa]\s+independente|"
    r"united\s+nations\s+(?:office|headquarters)|\b1211\s+gen|верховн\w+\s+комиссар|"
    r"специальн\w+\s+докладчик|независим\w+\s+эксперт",
    re.IGNORECASE,
)
ADDRESSEE_LINES = 3  # the addressee's line and the address lines under it
ADDRESSEE_START = 40  # characters into its line where the addressee's name starts ('To: the …')
ADDRESSEE_CHARS, ADDRESSEE_WORDS = 1500, 30  # where a letter's addressee block sits; its size
PLACE_LINE_CITY = 4.0  # a city on a line of its own in the opening: as in the letterhead


def _addressee_line(text):
    """A line naming the addressee itself ('Office of the United Nations High Commissioner …',
    'To: the Special Rapporteur …'), not a title that names it ('Submission to the Independent
    Expert …: … in the Philippines')."""
    match = ADDRESSEE.search(text)
    return bool(match) and match.start() <= ADDRESSEE_START and not TITLE_WORDS.search(text)


def _writers_lines(lines):
    """The lines of a letterhead or opening without the addressee's block."""
    kept, skip = [], 0
    for line in lines:
        if _addressee_line(line.text):
            skip = ADDRESSEE_LINES
        if skip:
            skip -= 1
            continue
        kept.append(line)
    return kept


def _addressee_spans(text):
    """[(start, end)] of the addressee's blocks in a page's text."""
    spans = []
    for match in ADDRESSEE.finditer(text[:ADDRESSEE_CHARS]):
        begin = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.start())
        if not _addressee_line(text[begin : line_end if line_end >= 0 else None]):
            continue
        end = begin
        for _ in range(ADDRESSEE_LINES):
            following = text.find("\n", end)
            end = len(text) if following < 0 else following + 1
        if len(text[begin:end].split()) <= ADDRESSEE_WORDS:  # a block of short lines, not prose
            spans.append((begin, end))
    return spans


# Where and when a letter was written: "Quito, 3 de marzo de 2022", "Lomé, le 5 mai 2021",
# "Brasília, 10 de março de 2022", "Алматы, 12 мая 2023 г.", "Geneva, 5 March 2024".
DATELINE = re.compile(
    r"^([^\W\d][^\d,]{1,28}),\s*(?:(?:le|el|den|the|on)\s+)?"
    r"(?:\d{1,2}(?:er|º|°|st|nd|rd|th)?\.?\s+(?:de\s+)?[^\W\d]+\.?,?\s+(?:de\s+)?\d{4}"
    r"|[^\W\d]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    r"\s*(?:г\.?|года)?\.?$",
    re.IGNORECASE,
)
DATELINE_LINES = 25  # the first lines of the first page, and the last page's


def _datelines(doc):
    """[(alpha3, line, page, file)] of the cities datelines name on the first and last page."""
    found = []
    for file_name, page, text in doc.reading_pages()[:1] + doc.pages[1:][-1:]:
        for line in [l.strip() for l in text.splitlines() if l.strip()][:DATELINE_LINES]:
            said = DATELINE.match(line)
            if said:
                words = said.group(1).split()
                found += [
                    (alpha3, line, page, file_name) for alpha3, _, _ in places.cities_in(words)
                ]
    return found


def _addresses(found):
    """The countries a line gives as an address: a city and its own country both named
    ('Ереван, Республика Армения'); another country on that line is what the writer works on."""
    cities = {alpha3 for label, alpha3, _, _ in found if label != "COUNTRY"}
    return cities & {alpha3 for label, alpha3, _, _ in found if label == "COUNTRY"}


def _first_of_place_pairs(found, text):
    """'Melbourne, Victoria', 'Kingston, Ontario': a city then its state or province, which
    may share its name with a city elsewhere (Victoria is Hong Kong's capital): the first counts."""
    kept = []
    for place in sorted(found, key=lambda p: p[3]):
        previous = kept[-1] if kept else None
        if (
            previous
            and previous[0] != "COUNTRY"
            and place[0] != "COUNTRY"
            and place[1] != previous[1]
            and text[previous[3] + len(previous[2]) : place[3]].strip() == ","
        ):
            continue
        kept.append(place)
    return kept


def _based_in(text, lang):
    """[(alpha3, line)] for the place right after "based in / con sede en / basée à / ..."."""
    found = []
    for _, said in cues.find_all(tuple(BASED_IN), text):
        for match in re.finditer(re.escape(said), text):
            place = nlp.places_in(text[match.end() : match.end() + AFTER_CUE], lang, cities=True)
            if place:
                found.append((min(place, key=lambda p: p[3])[1], _line_around(text, match.start())))
    return found


def _line_around(text, start):
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin : end if end >= 0 else None].strip()


def _same(found, value, confidence=None):
    return Found(
        value,
        found.confidence if confidence is None else confidence,
        found.evidence,
        found.page,
        found.file,
        found.kind,
    )


def _none(name, scope, why, confidence=0.9):
    found = Found("", confidence, why, name.page, name.file, scope)
    return (
        found,
        Found(scope, confidence, why, name.page, name.file, scope),
        Found("", confidence, why, name.page, name.file),
    )
