"""What identifies a submitter, taken from its own documents, and how to take it out of text.

A withheld submitter is not one string: it is its name with and without accents, its
acronym, the people who sign for it, its e-mail addresses, phones, web site, postal
address and the names of the files it sent. ``collect`` gathers all of them from what
the submission holds; ``Redactor`` removes every one from any text. Phone numbers are found
by Google's libphonenumber (``phonenumbers``).

No more than the identity is taken:
- Names match accent- and case-insensitively; an acronym (one word, mostly capitals) matches
  as written, in capitals, dotted or not ('MOB', 'M.O.B.', "MOB's"), never the word 'mob'.
- A country's name is no submitter's identifier: many submitters name it. A withheld State's
  name, or the country a withheld submitter is based in, is taken out of that submitter's own
  texts only (``redact_own``, kind 'country': its rows print no country, so its quotes must
  not either); a name that holds the country ('Kenya Human Rights Forum', its acronym) is
  redacted whole everywhere, as any name.
- A line of running text (a sentence ends inside it) is no letterhead name, nor a title
  addressed to the call; a line that shares with the name only its country shares no name.
"""

import functools
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field

import phonenumbers

REPLACEMENT = "[withheld]"
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
# A bare web domain ("andef.org.py"): two or more dotted labels ending in a known kind of TLD.
DOMAIN = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:org|com|net|int|info|ngo|edu|gov|[a-z]{2})(?:\.[a-z]{2})?(?![\w-])",
    re.IGNORECASE,
)
# Mail providers name nobody: their domains are not a submitter's identifier.
SHARED_DOMAINS = {
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "protonmail.com",
    "proton.me",
    "mail.ru",
    "yandex.ru",
    "icloud.com",
    "live.com",
    "aol.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "qq.com",
    "163.com",
    "126.com",
    "yahoo.fr",
    "hotmail.fr",
    "orange.fr",
    "uol.com.br",
    "bol.com.br",
    "un.org",
    "ohchr.org",
    "undocs.org",
}
# Parenthesised acronyms: "(ANDEF)", "(A.N.D.E.F.)", "(CoDHES)".
ACRONYM_DEF = re.compile(r"\(\s*([A-ZÀ-ÞА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё&.\-]{1,14})\s*\)")
STREET = re.compile(
    r"\b(street|st\.|road|rd\.|avenue|ave\.|av\.|avenida|calle|carrera|rue|boulevard|bd\.|rua|travessa|praça|"
    r"plaza|piso|apartado|p\.?\s?o\.?\s?box|box|postal|c\.?p\.|cep|straße|strasse|str\.|platz|улица|ул\.|"
    r"проспект|пр\.|дом|д\.|شارع|ص\.ب|邮编|路|街|号)",
    re.IGNORECASE,
)
# Words of a file name that name nobody ("Submission_final_v2_EN.docx").
GENERIC_FILE_WORDS = {
    "submission",
    "submissions",
    "input",
    "inputs",
    "contribution",
    "contribucion",
    "contribution",
    "contribuicao",
    "contributo",
    "aporte",
    "respuesta",
    "reponse",
    "resposta",
    "reply",
    "response",
    "final",
    "draft",
    "version",
    "call",
    "cfi",
    "ie",
    "sogi",
    "iesogi",
    "un",
    "ohchr",
    "report",
    "informe",
    "rapport",
    "relatorio",
    "annex",
    "anexo",
    "annexe",
    "cover",
    "letter",
    "carta",
    "lettre",
    "nota",
    "note",
    "verbale",
    "confidential",
    "confidencial",
    "confidentiel",
    "confidentielle",
    "private",
    "anonymous",
    "anonimo",
    "anonyme",
    "copy",
    "scan",
    "doc",
    "docx",
    "pdf",
    "en",
    "es",
    "fr",
    "pt",
    "ru",
    "ar",
    "zh",
    "de",
    "eng",
    "esp",
    "fra",
    "questionnaire",
    "cuestionario",
    "the",
    "and",
    "of",
    "to",
    "for",
    "on",
    "de",
    "la",
    "el",
    "y",
    "et",
    "le",
    "les",
    "do",
    "da",
    "new",
    "updated",
    "rev",
    "v",
    "edited",
    "clean",
    "signed",
    "firmado",
    "signe",
    "hrc",
    "ga",
    "report's",
    "text",
}
# Acronyms of the field that many submissions use and that name no submitter.
COMMON_ACRONYMS = {
    "UN",
    "UNO",
    "ONU",
    "OON",
    "NGO",
    "NGOS",
    "ONG",
    "ONGS",
    "LGBT",
    "LGBTI",
    "LGBTIQ",
    "LGBTQ",
    "LGBTQI",
    "LGBTQIA",
    "SOGI",
    "SOGIESC",
    "OSIG",
    "OSIEGCS",
    "HIV",
    "AIDS",
    "VIH",
    "SIDA",
    "UPR",
    "EPU",
    "HRC",
    "OHCHR",
    "HCDH",
    "CEDAW",
    "CRC",
    "CAT",
    "CCPR",
    "ICCPR",
    "CESCR",
    "ICESCR",
    "WHO",
    "OMS",
    "UNDP",
    "PNUD",
    "UNHCR",
    "ACNUR",
    "UNICEF",
    "EU",
    "UE",
    "OAS",
    "OEA",
    "AU",
    "UA",
    "NHRI",
    "NHRIS",
    "INDH",
    "SDG",
    "SDGS",
    "ODS",
    "GBV",
    "IE",
    "SR",
    "COVID",
    "CSO",
    "CSOS",
    "OSC",
    "USA",
    "UK",
    "IACHR",
    "CIDH",
    "ECHR",
    "CEDH",
    "ICD",
    "CIE",
    "MSM",
    "HSH",
    "PLHIV",
    "ID",
    "II",
    "III",
    "IV",
    "ICT",
    "NB",
    "PS",
    "RE",
}
STOP_WORDS = {
    "of",
    "for",
    "the",
    "and",
    "in",
    "on",
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "y",
    "e",
    "et",
    "des",
    "du",
    "le",
    "les",
    "pour",
    "da",
    "do",
    "das",
    "dos",
    "em",
    "para",
    "por",
    "a",
    "à",
    "au",
    "aux",
    "en",
    "und",
    "der",
    "die",
    "für",
    "von",
    "и",
    "в",
    "для",
    "по",
}


@dataclass
class Identity:
    """Every string that identifies one submitter, by kind (name, acronym, person, email, ...)."""

    submission_id: int
    found: dict = field(default_factory=dict)  # kind -> set of strings

    def add(self, kind, value):
        value = " ".join(str(value or "").split()).strip(" ,;:.-–—|/")
        if kind in NAME_KINDS and _country_name(value):
            kind = "country"  # 'Kenya', a withheld State's name: its own texts only
        if _worth_redacting(kind, value):
            self.found.setdefault(kind, set()).add(value)

    def values(self):
        """What is redacted from every text of the call."""
        return {v for kind, values in self.found.items() if kind not in OWN_KINDS for v in values}

    def own_values(self):
        """What is redacted from this submitter's own texts only (``redact_own``)."""
        return {v for kind in OWN_KINDS for v in self.found.get(kind, ())}


NAME_KINDS = ("name", "letterhead", "person", "file")
OWN_KINDS = ("country",)  # the country it is based in: an identifier only beside its own words


def _worth_redacting(kind, value):
    """Single common words and tiny strings would blank out ordinary prose."""
    if kind == "phone":
        return len(re.sub(r"\D", "", value)) >= 6
    if kind == "country":
        return len(value) >= 3  # 'Чад', 'مصر', 'Perú': a country's name however short
    if kind == "acronym":
        return (
            len(value) >= 2
            and value.upper() not in COMMON_ACRONYMS
            and mostly_capitals(value)  # "(Алматы)", "(Liban)" after a name: a place
        )
    words = re.findall(r"\w+", value)
    if (
        words
        and value.lower() == value.upper()
        and not value.isdigit()
        and kind in ("name", "person", "letterhead")
    ):
        return len(value) >= 2  # Chinese or Arabic: no capitals to tell a name by
    if not words or len(value) < 3:
        return False
    if (
        len(words) == 1
        and kind not in ("email", "domain", "url")
        and not _is_distinctive_word(words[0])
    ):
        return False
    return True


# A title that says what the text is and to whom it goes names nobody: every submitter writes it.
# Narrower than tagging.names.TITLE_LINE on purpose: "Alternative Report Coalition" is a title
# to the tagger but may be a withheld submitter's name, so redaction keeps it.
ADDRESSED_TITLE = re.compile(
    r"(?i)\W*(?:joint\s+)?(?:submission|input|contribution|response|reply|comments|aporte|"
    r"contribuci[oó]n|respuesta|réponse|contribui[cç][aã]o|contributo|resposta|вклад|ответ|"
    r"материалы|stellungnahme|beitrag)\s+(?:to|for|on|a|al|à|au|aux|para|ao|à|в|на|для|zu|zum|zur)\b"
)
# A sentence ends inside a line of running text ('… semelhantes. Nenhum dos 231 crimes', 'em
# 2015. Nada'); with words in lower case around it, the line is prose. An abbreviation in a
# name ('Dip. Andrés Castillo', 'Assoc. Prof. Ana Ruiz') has none but 'of', 'de'.
SENTENCE_END = re.compile(r"(?:[^\W\d_]{2}|\d)[.!?]\s+\S")
MIN_PROSE_WORDS = 3


def _is_prose(line):
    """Running text, not a name: a sentence ends inside it, among words in lower case."""
    lower = [w for w in re.findall(r"\w+", line) if w[:1].islower() and fold(w) not in STOP_WORDS]
    return len(lower) >= MIN_PROSE_WORDS and bool(SENTENCE_END.search(line))


def mostly_capitals(value):
    """An acronym in a cased script is mostly capitals; Arabic or Chinese have none to count."""
    letters = [c for c in value if c.isupper() or c.islower()]
    capitals = sum(c.isupper() for c in letters)
    return not letters or (capitals >= 2 and capitals * 2 >= len(letters))


def _is_distinctive_word(word):
    """A lone word is an identifier only if it looks like a proper name (capitalised, not generic)."""
    folded = fold(word)
    return (
        word[:1].isupper()
        and len(word) >= 4
        and folded not in GENERIC_FILE_WORDS
        and word.upper() not in COMMON_ACRONYMS
    )


# ---------------------------------------------------------------- folding


@functools.lru_cache(maxsize=65536)
def _fold_char(char):
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text):
    """Lower case without accents: 'Asociación Ñandutí' -> 'asociacion nanduti'."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def _folded_with_map(text):
    """The folded text and, for each folded character, the index of the original one."""
    if text.isascii():
        return text.lower(), range(len(text))
    if all(len(_fold_char(char)) == 1 for char in set(text)):  # one folded character each
        return "".join(map(_fold_char, text)), range(len(text))
    out, where = [], []
    for i, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


# ---------------------------------------------------------------- collecting


def collect(
    submission_id,
    *,
    names=(),
    top_lines=(),
    heading_lines=(),
    signature_lines=(),
    texts=(),
    paths=(),
    country="",
):
    """The identity of one submitter from its name(s), letterhead, signature, texts and file names.

    ``heading_lines`` (first lines of each file, headers, properties) count only where a piece
    of them names an organisation or shares a word with the names: a title stays a title."""
    identity = Identity(submission_id)
    names = [n for n in names if n]
    for name in names:
        identity.add("name", name)  # a country's name alone is kept as its 'country'
        if not _country_name(name):  # 'United States' -> 'US' would be the country's too
            identity.add("acronym", _initials(name))
    for name in country_names_of(country.upper()) if country else ():
        # 'usa', 'uk', 'drc' are written in capitals: as acronyms they leave 'usa' (uses) alone
        identity.add("country", name.upper() if len(name) <= 3 and name.isascii() else name)
    for line in _unwrapped(top_lines, names):
        _add_line(identity, line, "letterhead")
    # 'Spectrum Foundation Uruguay': a line naming Uruguay shares no name with it
    name_words = {w for n in names for w in _distinctive_words(n) - _country_words(n)}
    for line in _unwrapped(heading_lines, names):
        _add_heading_line(identity, line, name_words)
    for line in signature_lines:
        _add_line(identity, line, "person")
    for text in texts:
        _add_contacts(identity, text, country)
        # An acronym defined after the name as the letterhead or first lines print it, too.
        _add_defined_acronyms(
            identity, text, names + list(top_lines) + sorted(identity.found.get("letterhead", ()))
        )
    for path in paths:
        _add_path(identity, path)
    _keep_used_initials(identity, texts)
    return identity


def _unwrapped(lines, names):
    """The lines but those that begin a name wrapped at a preposition: 'Comissão Nacional de
    Direitos Humanos de' over 'Portugal' is the name (kept whole), and alone it is the start of
    every such commission's name. A line that ends with a word ('Fundación Arcoíris' over
    'por la Diversidad') may be the short name people use, and stays."""
    full = [re.findall(r"\w+", fold(n)) for n in names]
    kept = []
    for line, following in zip(lines, [*lines[1:], ""]):
        words = re.findall(r"\w+", fold(line))
        if (
            words
            and words[-1] in STOP_WORDS
            and words + re.findall(r"\w+", fold(following)) in full
        ):
            continue
        kept.append(line)
    return kept


LINE_SEPARATORS = re.compile(r"[|·•;]|\s[–—-]\s")
HEADING_SEPARATORS = re.compile(
    r"[|·•;/]|\s[–—-]\s|\(|\)"
)  # headings also split "Name (ACR) / Nom"


def _pieces(line, separators, strip):
    """What is left of a line once contacts are out, in pieces:
    "Asunción, Paraguay · conade@… · +595 …" -> ["Asunción, Paraguay", "", ""]."""
    rest = scrub_contacts(line).replace(REPLACEMENT, "|")
    return [piece.strip(strip) for piece in separators.split(rest)]


def _add_line(identity, line, kind):
    """A letterhead or signature line: the line itself (not a sign-off or a role alone), its contacts."""
    line = line.strip()
    _add_contacts(identity, line, "")
    for piece in _pieces(line, LINE_SEPARATORS, " ·|,;–—-"):
        if STREET.search(piece) and re.search(r"\d", piece):
            identity.add("address", piece)
        elif (
            _looks_like_proper_name(piece)
            and not _country_name(piece)  # "South Africa" alone on a line names no one
            and not ADDRESSED_TITLE.match(piece)  # "Submission to the call for inputs of …"
            and not _only_the_addressee(piece)  # "l'Office des Nations Unies et des autres"
        ):
            identity.add(kind, piece)


# Words of the United Nations' offices a mission's letterhead is addressed to.
ADDRESSEE_WORDS = {"office", "bureau", "oficina", "escritorio", "geneva", "geneve", "ginebra"}


def _only_the_addressee(piece):
    """A line whose capitalised words all name the UN office it writes to (a mission's wrapped
    letterhead) names no submitter: every mission prints it."""
    capitalised = {fold(w) for w in re.findall(r"\w+", piece) if w[:1].isupper()}
    return bool(capitalised) and capitalised <= UN_WORDS | ADDRESSEE_WORDS


# Words that make a phrase an organisation's name, in the languages of the calls (scripts
# without capitals need them: an Arabic or Chinese letterhead line has no other sign).
ORG_WORDS = {
    # whole words
    "red",
    "rede",
    "ong",
    "ngo",
    "liga",
    "ligue",
    "casa",
    "maison",
    "house",
    "mesa",
    "union",
    "group",
    "grupo",
    "groupe",
    "gruppe",
    "forum",
    "church",
    "kirche",
    "mission",
    "verein",
    # stems: any word starting so ("colectiv" → colectivo, colectiva, colectivos)
    "associa",
    "asocia",
    "network",
    "netzwerk",
    "reseau",
    "coalit",
    "coalic",
    "coaliz",
    "allian",
    "alianz",
    "alianc",
    "foundat",
    "fundac",
    "fondat",
    "stiftung",
    "centre",
    "center",
    "centro",
    "zentrum",
    "collecti",
    "colectiv",
    "coletiv",
    "coordinad",
    "coordinat",
    "coordenad",
    "federa",
    "societ",
    "socied",
    "gesellschaft",
    "institu",
    "committe",
    "comite",
    "comissa",
    "commissi",
    "comisi",
    "council",
    "consej",
    "consei",
    "conselh",
    "initiativ",
    "iniciativ",
    "project",
    "proyect",
    "projet",
    "leagu",
    "movement",
    "movimient",
    "mouvement",
    "moviment",
    "bewegung",
    "organi",
    "clinic",
    "clinica",
    "clinique",
    "universi",
    "facult",
    "iglesia",
    "eglise",
    "igreja",
    "ministr",
    "ombuds",
    "defensor",
    "parliam",
    "parlam",
    "shelter",
    "refugi",
    "observator",
    "observatoire",
    "plataform",
    "plateform",
    "platform",
    "articula",
    "espacio",
    "espace",
    "espaco",
    "collectif",
    "collectiu",
    "ассоциац",
    "объедин",
    "сеть",
    "фонд",
    "центр",
    "коалиц",
    "союз",
    "движен",
    "инициатив",
    "групп",
    "организац",
    "комитет",
    "обществ",
    "сообществ",
    "альянс",
    "проект",
    "клиник",
    "университет",
    # caseless scripts: found anywhere in the piece
    "مركز",
    "جمعية",
    "شبكة",
    "منظمة",
    "مؤسسة",
    "تحالف",
    "رابطة",
    "لجنة",
    "اتحاد",
    "مجموعة",
    "协会",
    "中心",
    "网络",
    "组织",
    "联盟",
    "基金会",
    "委员会",
    "小组",
    "研究所",
}


UN_WORDS = {
    "united",
    "nations",
    "naciones",
    "unidas",
    "unies",
    "nacoes",
    "independent",
    "expert",
    "experto",
    "experte",
    "rapporteur",
    "relator",
    "ohchr",
    "hcdh",
    "oacnudh",
    "оон",
    "الأمم",
    "المتحدة",
}


def _distinctive_words(text):
    return {
        fold(w)
        for w in re.findall(r"\w+", text or "")
        if len(w) > 3
        and fold(w) not in STOP_WORDS
        and fold(w) not in GENERIC_FILE_WORDS
        and not _has_org_word(w)
    }


@functools.lru_cache(maxsize=1)
def _org_stems():
    """ORG_WORDS folded like the text they are looked for in ('مؤسسة' folds to 'موسسة'), as
    (every stem, stems of 4+ letters that any word may start with, caseless-script stems)."""
    stems = {fold(stem) for stem in ORG_WORDS}
    return (
        frozenset(stems),
        tuple(sorted(s for s in stems if len(s) >= 4)),
        tuple(s for s in stems if re.match(r"[\u0600-\u06ff\u4e00-\u9fff]", s)),
    )


def _has_org_word(piece):
    folded = fold(piece)
    stems, prefixes, caseless = _org_stems()
    if any(word in stems or word.startswith(prefixes) for word in re.findall(r"\w+", folded)):
        return True
    return any(stem in folded for stem in caseless)


def _add_heading_line(identity, line, name_words):
    """A first line, header or property: its pieces that name an organisation (or share the name's words)."""
    for piece in _pieces(line, HEADING_SEPARATORS, " ·|,;–—-()"):
        if (
            len(piece) < 4
            or len(piece) > 120
            or set(re.findall(r"\w+", fold(piece))) & UN_WORDS
            or _a_body_it_wrote_to(piece)
            or _country_name(piece)
            or ADDRESSED_TITLE.match(piece)  # "Contributo para o pedido do Perito …"
        ):
            continue  # the addressee ("United Nations …") is not the submitter
        caseless = not re.search(r"[A-Za-zÀ-ÿА-Яа-яЁё]", piece)
        if (_has_org_word(piece) and (caseless or _looks_like_proper_name(piece))) or (
            name_words and _distinctive_words(piece) & name_words and _looks_like_proper_name(piece)
        ):
            identity.add("letterhead", piece)


def _looks_like_proper_name(line):
    """Two or more capitalised words, or one distinctive word: a name, not 'Executive Director'."""
    from .tagging.lexicon import SIGN_OFFS  # the sign-offs the tagger knows

    folded = fold(line)
    if any(folded.startswith(fold(s)) for s in SIGN_OFFS) or len(line) > 120 or _is_prose(line):
        return False
    words = re.findall(r"\w+", line)
    capitalised = [w for w in words if w[:1].isupper() and fold(w) not in STOP_WORDS]
    return len(capitalised) >= 2 and not _only_role_words(words)


ROLE_WORDS = {
    "executive",
    "director",
    "directora",
    "directeur",
    "directrice",
    "president",
    "presidente",
    "présidente",
    "président",
    "chair",
    "chairperson",
    "coordinator",
    "coordinadora",
    "coordinador",
    "coordinatrice",
    "coordinateur",
    "secretary",
    "general",
    "secretaria",
    "secrétaire",
    "officer",
    "programme",
    "program",
    "manager",
    "head",
    "legal",
    "advisor",
    "adviser",
    "ambassador",
    "embajador",
    "ambassadeur",
    "permanent",
    "representative",
    "representante",
    "représentant",
    "deputy",
    "chargé",
    "d'affaires",
    "minister",
    "counsellor",
    "consejero",
    "conseiller",
    "директор",
    "председатель",
    "координатор",
    "ombudsman",
    "ombudsperson",
    "defensor",
    "defensora",
    "del",
    "pueblo",
    "of",
    "the",
    "de",
    "la",
    "le",
    "and",
    "y",
    "et",
    "team",
    "board",
    "signed",
    "firmado",
    "signé",
    "yours",
    "sincerely",
    "faithfully",
    "regards",
}


def _only_role_words(words):
    return all(fold(w) in ROLE_WORDS for w in words)


# A person named where contacts are given: "contact Ana Ruiz at …", "contactar a nuestra
# coordinadora Ana Ruiz", "обращайтесь к координатору Анне Ивановой", "Yours sincerely, Ana Ruiz".
CONTACT_WORDS = (
    r"contact(?:o|ar|er|ez|e)?|reach|write to|escribir a|écrire à|escrever para|person|persona|personne|"
    r"pessoa|attn|attention|atención|a/c|sincerely|faithfully|regards|atentamente|cordialmente|"
    r"cordialement|salutations|saludos|с уважением|контакт\w*|связаться с|обращайтесь|обращаться|"
    r"signed|firmado|signé|assinado|подпись|Kontakt\w*|Ansprechpartner\w*|mit freundlichen grüßen"
)
# Words that may stand between the cue and the name: prepositions, possessives, titles and roles.
CONTACT_FILLERS = (
    r"a|à|al|la|el|le|the|our|nuestra|nuestro|notre|nossa|nosso|à notre|к|с|an|unsere\w*|unser\w*|"
    r"ms\.?|mr\.?|mrs\.?|dr\.?|sra?\.?|mme\.?|m\.|person|persona|coordinat\w*|coordinad\w*|coordenad\w*|"
    r"координатор\w*|director\w*|directeur|directrice|директор\w*|president\w*|présidente?|"
    r"председател\w*|responsable|officer|focal point|punto focal|point focal|colleague|colega|"
    r"collègue|коллег\w*|Koordinator\w*|Frau|Herr"
)
CONTACT_PERSON = re.compile(
    rf"(?i:{CONTACT_WORDS})\W{{1,3}}(?:(?i:{CONTACT_FILLERS})\W{{1,2}}){{0,3}}"
    r"([A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:\s+(?:de\s+|da\s+|van\s+|von\s+)?[A-ZÀ-ÞА-ЯЁ][\w'’-]*){1,3})"
)
# Words that make a capitalised phrase an institution, not a person ("contact the Ministry of Justice").
INSTITUTION_WORDS = {
    "ministry",
    "ministerio",
    "ministere",
    "ministerio",
    "office",
    "oficina",
    "bureau",
    "commission",
    "comision",
    "council",
    "consejo",
    "conseil",
    "court",
    "tribunal",
    "police",
    "policia",
    "secretariat",
    "secretaria",
    "government",
    "gobierno",
    "gouvernement",
    "governo",
    "unit",
    "department",
    "departamento",
    "departement",
    "министерство",
    "комиссия",
    "суд",
    "полиция",
} | UN_WORDS  # the United Nations and the mandate are institutions too


# Scripts without capitals: the words after the cue, up to a preposition or a punctuation mark.
CONTACT_PERSON_CASELESS = re.compile(
    r"(?:التواصل مع|الاتصال ب|الاتصال مع|للتواصل مع|يرجى الاتصال ب|المنسقة?|مع تحياتي|وتفضلوا بقبول|"
    r"مع خالص التحية|مع أطيب التحيات|مع التحية|تحياتي|الاحترام)[،:\s]*"
    r"((?:[\u0621-\u064a]+\s+){0,2}[\u0621-\u064a]+?)"
    r"(?=\s+(?:على|عبر|في|من|أو|ال?مدير\w*|ال?منسق\w*|ال?رئيس\w*|ال?أمين\w*)|[،:.\n]|$)"
    r"|(?:联系人|请联系|联络人|负责人|签名)[:：\s]*([\u4e00-\u9fff]{2,4})"
)


def _add_people(identity, text):
    """People given as contacts or signing off in a line, and 'first.last@' e-mail owners."""
    for match in CONTACT_PERSON_CASELESS.finditer(text):
        person = match.group(1) or match.group(2)
        if person and len(person.split()) >= (1 if match.group(2) else 2):
            identity.add("person", person)
    for match in CONTACT_PERSON.finditer(text):
        words = match.group(1).split()
        if not any(fold(w) in INSTITUTION_WORDS or fold(w) in ROLE_WORDS for w in words):
            identity.add("person", match.group(1))
    for email in EMAIL.findall(text):
        local = re.split(r"[._-]", email.split("@")[0])
        if email.lower().endswith(ADDRESSEE_DOMAINS):
            continue  # "ie-sogi@un.org" names the mandate, not a person
        if len(local) == 2 and all(len(p) >= 2 and p.isalpha() for p in local):
            identity.add("person", " ".join(local))
    for match in DISPLAY_NAME.finditer(text):
        name, domain = match.group(1).strip(" \"'"), match.group(2).lower()
        words = name.split()
        if (
            len(words) >= 2
            and not domain.endswith(ADDRESSEE_DOMAINS)
            and not any(fold(w) in INSTITUTION_WORDS or fold(w) in ROLE_WORDS for w in words)
        ):
            identity.add("person", name)


# A name written before an e-mail address, as mail headers and signatures print it:
# "From: Tarek Nasrallah <t.nasrallah@afindi-ma.net>", "Cc: Leila Masri <leila@…>".
DISPLAY_NAME = re.compile(
    r"(?m)(?:^|[:,;]\s*)\"?([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3})\"?[ \t]*"
    r"<[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)>"
)
# Mail written to the mandate: the names there are the addressee's, not the submitter's.
ADDRESSEE_DOMAINS = ("un.org", "ohchr.org")


# Street addresses written in a sentence: "Adeola Odeku Street 2642", "Calle de los Andes 123",
# "Rua das Flores, 45", "улица Алёхина 25", "Hauptstraße 7", "شارع الحمراء 12".
_CAP = r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]+"
ADDRESS = re.compile(
    rf"(?:(?:{_CAP}\s+){{1,4}}(?i:street|st\.|road|rd\.|avenue|ave\.|boulevard|blvd\.?|lane|drive|close|crescent|way|"
    rf"улица|проспект|переулок|бульвар|шоссе|площадь)"
    rf",?\s+\d{{1,5}}\w?"
    rf"|\d{{1,5}}\w?,?\s+(?:{_CAP}\s+){{1,4}}(?i:street|st\.|road|rd\.|avenue|ave\.|boulevard|lane|drive)"
    rf"|(?i:calle|avenida|avda\.|av\.|carrera|jirón|jr\.|pasaje|calzada|alameda|rua|travessa|praça|largo|rue|"
    rf"boulevard|bd\.|chemin|allée|place|impasse|quai|cours|route|avenue|via|viale|piazza|"
    rf"улица|ул\.|проспект|пр-т|переулок|пер\.|бульвар|шоссе)\s+(?:(?i:de|del|la|las|los|da|das|do|dos|des|du)\s+){{0,2}}"
    rf"(?:{_CAP}\s*(?:(?i:de|del|la|las|los|da|das|do|dos|des|du)\s+)?){{1,4}},?\s*(?:(?i:n[º°o]\.?|д\.|дом)\s*)?\d{{1,5}}\w?"
    rf"|[A-ZÄÖÜ][\wäöüß-]*(?i:straße|strasse|weg|platz|gasse|allee|ring)\s+\d{{1,4}}\w?"
    rf"|شارع\s+\S+(?:\s+\S+)?\s+\d{{1,5}})"
)


def _add_addresses(identity, text):
    for match in ADDRESS.finditer(text):
        identity.add("address", match.group(0))


def _add_contacts(identity, text, country):
    _add_people(identity, text)
    _add_addresses(identity, text)
    for email in EMAIL.findall(text):
        identity.add("email", email)
        domain = email.rsplit("@", 1)[1].lower()
        if domain not in SHARED_DOMAINS:
            identity.add("domain", domain)
    for url in URL.findall(text):
        identity.add("url", url.rstrip(".,;"))
        host = re.sub(r"^(https?://)?(www\.)?", "", url, flags=re.I).split("/")[0].lower()
        if host and host not in SHARED_DOMAINS:
            identity.add("domain", host)
    for domain in DOMAIN.findall(text):
        lowered = domain.lower().removeprefix("www.")
        if lowered not in SHARED_DOMAINS and not _is_abbreviation(lowered):
            identity.add("domain", lowered)
    for phone in phones(text, country):
        identity.add("phone", phone)


def _is_abbreviation(domain):
    """'e.g', 'i.e', 'p.m' are not domains; a domain has a label of three letters or more."""
    return not any(len(label) >= 3 for label in domain.split("."))


def phones(text, country=""):
    """Phone numbers in the text, as written, found by libphonenumber (national forms need a region)."""
    if not re.search(r"\d{2}", text):
        return []
    region = _region(country)
    found = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, region, leniency=phonenumbers.Leniency.POSSIBLE
    ):
        national = phonenumbers.national_significant_number(match.number)
        if len(national) < MIN_PHONE_DIGITS or NUMBER_OF_YEAR.fullmatch(match.raw_string):
            continue  # "2017" in a Uruguayan text, "Ley 874/2023": a year, a law's number
        found.append(match.raw_string)
        found.append(f"+{match.number.country_code} {national}")
    return found


# A number people dial has six digits or more after its country code; shorter "possible"
# numbers are years and counts ("en 2017", "214 casos") in the submitter's own country.
MIN_PHONE_DIGITS = 6
NUMBER_OF_YEAR = re.compile(r"\d{1,5}\s?/\s?(?:19|20)\d\d|(?:(?:19|20)\d\d[\s,;/–-]*){2,}")


def _region(country):
    """ISO alpha-2 for libphonenumber from our alpha-3 country code; 'ZZ' (international only) if unknown."""
    if not country:
        return "ZZ"
    import pycountry

    found = pycountry.countries.get(alpha_3=country.upper())
    return found.alpha_2 if found else "ZZ"


def _add_defined_acronyms(identity, text, names):
    """'Asociación Ñandutí de Defensoras (ANDEF)': an acronym defined right after the name."""
    name_words = {
        fold(w) for n in names for w in re.findall(r"\w+", n or "") if fold(w) not in STOP_WORDS
    }
    if not name_words:
        return
    for match in ACRONYM_DEF.finditer(text):
        acronym = match.group(1).replace(".", "")
        before = re.findall(r"\w+", text[max(0, match.start() - 120) : match.start()])[-8:]
        shared = [w for w in before if fold(w) in name_words]
        if len(shared) >= 2 or (shared and len(name_words) <= 2):
            identity.add("acronym", acronym)


def _initials(name):
    """'Asociación Ñandutí de Defensoras' -> 'AND' (kept only if the texts use it, see below)."""
    words = [w for w in re.findall(r"\w+", name or "") if fold(w) not in STOP_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _keep_used_initials(identity, texts):
    """Initials formed from a name are an identifier only where the submission itself uses them."""
    formed = identity.found.get("acronym", set())
    joined = "\n".join(texts)
    used = {a for a in formed if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", joined)}
    defined = {a for a in formed if re.search(rf"\(\s*{re.escape(a)}\s*\)", joined)}
    if formed:
        identity.found["acronym"] = used | defined


def _add_path(identity, path):
    """The source path's parts and file names: whole, and without the words that name nobody."""
    for part in re.split(r"[\\/]", path or ""):
        stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", part)
        if not stem:
            continue
        words = [w for w in re.split(r"[\W_]+", stem) if w]
        distinctive = [
            w for w in words if fold(w) not in GENERIC_FILE_WORDS and not w.isdigit() and len(w) > 1
        ]
        if _only_places(distinctive):
            continue  # "Kenya_LGBT_2022", "Timor-Leste 2022 input": every quote names them too
        identity.add("file", stem if len(words) > 1 else "")
        if len(distinctive) >= 2:
            identity.add("file", " ".join(distinctive))
        for word in distinctive:
            if word.isupper() and 2 <= len(word) <= 12 and not _common_word_or_code(word):
                identity.add("acronym", word)
            elif _is_distinctive_word(word) and len(distinctive) == 1 and not _country_name(word):
                identity.add("file", word)


def _only_places(words):
    """A file name's words that say only where and what about (a country, a topic's acronym)."""
    if not words or _country_name(" ".join(words)) or _country_name("-".join(words)):
        return bool(words)
    return all(_country_name(w) or w.upper() in COMMON_ACRONYMS for w in words)


@functools.lru_cache(maxsize=4096)
def _common_word_or_code(word):
    """'CAN', 'MEX', 'FR' in a file name are a country's code; 'ALL', 'FOR' are words: redacted
    case-insensitively they would blank out 'can' and 'for' in every quote of the call."""
    import pycountry

    upper = word.upper()
    if pycountry.countries.get(alpha_3=upper) or (
        len(upper) == 2 and pycountry.countries.get(alpha_2=upper)
    ):
        return True
    from .tagging.attribution import stop_words

    return fold(word) in stop_words()


@functools.lru_cache(maxsize=4096)
def _country_name(text):
    """A country's name alone ('Mexico', 'México', 'Мексике'): it identifies no one, and removing
    it would strip every submission's quotes of the country they speak of. (A lookup in the
    country names the tagger knows: no spaCy pipeline is built on a page's path for this.)"""
    from .tagging import places

    name = " ".join(text.split()).lower()
    return any(name in places.country_names(lang) for lang in places.LANGS)  # English in each


def _country_words(name):
    """The folded words of the countries a name holds ('Spectrum Foundation Trinidad and
    Tobago' -> {'trinidad', 'and', 'tobago'})."""
    words = re.findall(r"\w+", name or "")
    found = set()
    for size in range(1, 5):
        for start in range(len(words) - size + 1):
            gram = words[start : start + size]
            if _country_name(" ".join(gram)) or _country_name("-".join(gram)):
                found |= {fold(w) for w in gram}
    return found


@functools.lru_cache(maxsize=512)
def country_names_of(alpha3):
    """Every name of a country the tagger knows, in each of its languages and (Russian) case
    forms: 'MEX' -> 'mexico', 'méxico', 'mexique', 'мексика', 'мексике', …"""
    from .tagging import places

    return sorted(
        {
            name
            for lang in places.LANGS
            for name, a3 in places.country_names(lang).items()
            if a3 == alpha3
        }
    )


def _a_body_it_wrote_to(piece):
    """'Human Rights Council', 'United Nations …': the bodies submissions are sent to or cite."""
    from .tagging import gazetteer

    hit = gazetteer.lookup(piece)
    return bool(hit) and (
        gazetteer.is_addressee(hit) or hit.type in ("un_entity", "intergovernmental")
    )


# ---------------------------------------------------------------- redacting


class Redactor:
    """Removes a set of identities from text: one pattern over folded text (acronyms apart:
    they are looked up among the text's words as written, see ``_Index.acronym_spans``).

    The pattern is the alternation of every identifier, longest first. Running hundreds of
    alternatives at every character of every quote is what made pages slow, so each text
    first looks up which identifiers could match at all (an identifier's first word must
    start a word of the text; a phone's digits must be in the text's digits) and the
    alternation of those alone runs: the identifiers left out match nowhere in that text,
    so the result is the one the whole pattern gives. Results are kept per set of
    identifiers (the tags' state), so a page run again redacts nothing twice."""

    def __init__(self, identities, replacement=REPLACEMENT):
        self.replacement = replacement
        # Longest first; alike in length, in one fixed order (a set's order changes from one
        # process to the next, and where two start at one place the first listed wins).
        self.values = sorted(
            {v for identity in identities for v in identity.values()}, key=lambda v: (-len(v), v)
        )
        self._index = _index(tuple(self.values), replacement)

    def __bool__(self):
        return self._index.any

    def __call__(self, text):
        if not text or not self._index.any:
            return text
        return self._index.redact(text)

    def spans(self, text):
        """[(start, end)] in ``text`` of what ``__call__`` replaces (empty: nothing to redact)."""
        if not text or not self._index.any:
            return []
        return self._index.text_spans(text)

    def remember(self, text, spans):
        """Keep ``text``'s redaction, given the spans ``spans`` found for it (before, and kept)."""
        if text and self._index.any:
            self._index.remember(text, spans)

    def finds(self, text):
        """Whether any identifier is in the text (for checks and tests)."""
        if not text or not self._index.any:
            return False
        return bool(self._index.matching(fold(text)) or self._index.acronym_spans(text))


def redact_own(found, text, replacement=REPLACEMENT):
    """What only ``found``'s own texts may not show (its country: ``Identity.own_values``) out
    of one of its texts, as ``Redactor`` takes identifiers out."""
    values = tuple(sorted(found.own_values(), key=lambda v: (-len(v), v)))
    if not text or not values:
        return text
    return _own_index(values, replacement).redact(text)


@functools.lru_cache(maxsize=1024)
def _own_index(values, replacement):
    return _Index(values, replacement)


ALNUM_RUN = re.compile(r"[^\W_]+")  # a word as the identifier patterns see its start
PHONE_SEPARATORS = re.compile(r"[\s().\-/]+")
DIGIT_RUN = re.compile(r"\d+")
KEY = 4  # identifiers are looked up by their first 4 letters or digits
MEMO_SIZE = 40000  # redacted texts kept per set of identifiers (tens of MB)


@functools.lru_cache(maxsize=4)
def _index(values, replacement):
    """One index (and its results) per set of identifiers: Publications of the same tags share it."""
    return _Index(values, replacement)


class _Index:
    def __init__(self, values, replacement):
        self.values, self.replacement = values, replacement
        self.words, self.digits, self.always, self.required, self.first = {}, {}, [], [], []
        self.acronyms = {}  # its forms as written ('MOB', 'M.O.B') -> position
        for position, value in enumerate(values):
            if _is_acronym(value):
                self.acronyms.update(dict.fromkeys(_acronym_forms(value), position))
                self.required.append(())
                self.first.append(None)
                continue
            kind, key, required = _value_key(value)
            self.required.append(required)
            # A first word of letters and digits only is a whole word of the text where the
            # identifier starts, unless the next word follows with no separator at all.
            whole = kind == "word" and ALNUM_RUN.fullmatch(required[0])
            self.first.append(
                (required[0], "".join(required[:2]) if len(required) > 1 else None)
                if whole
                else None
            )
            if kind == "word":  # {length of key: {key: [positions]}}
                start = key[:KEY]
                self.words.setdefault(len(start), {}).setdefault(start, []).append(position)
            elif kind == "digits":
                self.digits.setdefault(key[:KEY], []).append((key, position))
            elif kind == "always":
                self.always.append(position)
        self.digit_sizes = sorted({len(k) for k in self.digits})
        self.any = bool(self.words or self.digits or self.always or self.acronyms)
        self.memo, self.lock = OrderedDict(), threading.Lock()  # pages run in threads

    def acronym_spans(self, text):
        """Where the text writes an acronym as its submitter does: in capitals (accents aside),
        dotted or not, a whole word ('MOB', 'M.O.B.', "MOB's"; not 'mob', not 'Mob')."""
        if not self.acronyms:
            return []
        words = set(ACRONYM_WORD.findall(text))
        if not text.isascii():
            words = {_bare(w) for w in words if not w.islower()}
        if words.isdisjoint(self.acronyms):
            return []
        return [m.span() for m in ACRONYM_WORD.finditer(text) if _bare(m.group()) in self.acronyms]

    def candidates(self, folded, runs):
        """Positions of the identifiers that could match somewhere in the folded text (``runs``:
        its words as ALNUM_RUN finds them)."""
        found = set(self.always)
        if self.words:
            for size, keys in self.words.items():
                for key in keys.keys() & {run[:size] for run in runs}:
                    found.update(keys[key])
        if self.digits and DIGIT_RUN.search(folded):
            for run in set(DIGIT_RUN.findall(PHONE_SEPARATORS.sub("", folded))):
                for size in self.digit_sizes:
                    for start in range(len(run) - size + 1):
                        for key, position in self.digits.get(run[start : start + size], ()):
                            if key in run:
                                found.add(position)
        return found

    def matching(self, folded):
        """Positions, in order, of the identifiers whose pattern matches somewhere in the folded
        text. Every word of an identifier is in its pattern as written: a substring test drops most."""
        return [p for p, _ in self._first_matches(folded)]

    def _first_matches(self, folded):
        """(position, first match) of each identifier ``matching`` finds, in its order."""
        runs = set(ALNUM_RUN.findall(folded))
        found = []
        for p in sorted(self.candidates(folded, runs)):
            if all(word in folded for word in self.required[p]) and self._starts(p, runs, folded):
                match = _single(self.values[p]).search(folded)
                if match is not None:
                    found.append((p, match))
        return found

    def _starts(self, position, runs, folded):
        first = self.first[position]
        return first is None or first[0] in runs or (first[1] is not None and first[1] in folded)

    def spans(self, folded):
        """The (start, end) of every match of the alternation of all identifiers in the folded
        text, found with the patterns of the identifiers that match there alone."""
        matched = self._first_matches(folded)
        found = [p for p, _ in matched]
        spans = (
            None
            if any(p in self.always for p in found)
            else _leftmost_first(
                folded, [_single(self.values[p]) for p in found], [m for _, m in matched]
            )
        )
        if spans is None:  # a pattern with no sure key, or an empty match: let re alternate
            return [
                m.span() for m in _compile(tuple(self.values[p] for p in found)).finditer(folded)
            ]
        return spans

    def redact(self, text):
        with self.lock:
            if text in self.memo:
                self.memo.move_to_end(text)
                return self.memo[text]
        return self.remember(text, self.text_spans(text))

    def remember(self, text, spans):
        result = _replace_spans(text, spans, self.replacement) if spans else text
        with self.lock:
            self.memo[text] = result
            if len(self.memo) > MEMO_SIZE:
                self.memo.popitem(last=False)
        return result

    def text_spans(self, text):
        """The spans of ``spans`` mapped back from the folded text to ``text`` itself, with the
        acronyms' spans (overlapping ones joined)."""
        found = self.spans(fold(text))
        acronyms = self.acronym_spans(text)
        if not found:
            return acronyms
        _, where = _folded_with_map(text)
        mapped = [(where[s], where[e - 1] + 1) for s, e in found if e > s]
        return _merged(mapped + acronyms) if acronyms else mapped


def _leftmost_first(text, patterns, first=None):
    """What ``re.compile("|".join(patterns)).finditer(text)`` finds, as spans: scanning left to
    right, the leftmost match, the earliest pattern's where several start at one place; then on
    from its end (None if a pattern matches an empty string: re's rules differ there).
    Compiling each set of patterns a text needs was most of a page's time. ``first``: each
    pattern's first match in the text when the caller has searched already (not twice)."""
    if not patterns:
        return []
    upcoming = list(first) if first is not None else [pattern.search(text) for pattern in patterns]
    spans, pos = [], 0
    while True:
        for i, match in enumerate(upcoming):
            if match is not None and match.start() < pos:
                upcoming[i] = patterns[i].search(text, pos)
        live = [(match.start(), i) for i, match in enumerate(upcoming) if match is not None]
        if not live:
            return spans
        _, first = min(live)
        start, pos = upcoming[first].span()
        if start == pos:
            return None
        spans.append((start, pos))


def _value_key(value):
    """What any match of the value's pattern (``_value_pattern``) must hold, as (kind, key, words):
    ("word", start of its first word: a match starts where a word of the text starts with it),
    ("digits", its digits: contiguous in the text once phone separators are removed),
    ("always", None) when no such key is sure, (None, None) when the value has no pattern;
    ``words``: the folded words the pattern spells out (each a substring of any match)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"\W", "", value)) - 2:
        key = _phone_digits(value, digits)
        return ("digits", key, ()) if key else ("always", None, ())
    words = re.findall(r"\w+", fold(value))
    if not words:
        return None, None, ()
    start = ALNUM_RUN.match(words[0])
    return ("word", start.group(), tuple(words)) if start else ("always", None, tuple(words))


def _phone_digits(value, digits):
    """The digits ``_phone_pattern`` spells out one by one (the national number, else all of them)."""
    try:
        number = phonenumbers.parse(value if value.startswith("+") else "+" + digits, None)
        return phonenumbers.national_significant_number(number)
    except phonenumbers.NumberParseException:
        return digits


def _merged(spans):
    """Spans in order, those that overlap joined into one."""
    out = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _replace_spans(text, spans, replacement):
    out, last = [], 0
    for start, end in _merged(spans):
        out.append(text[last:start])
        out.append(replacement)
        last = end
    out.append(text[last:])
    return "".join(out)


# A word as an acronym is looked for: dotted letters ('M.O.B', its last dot left as punctuation)
# or a run of letters and digits.
ACRONYM_WORD = re.compile(r"(?<![^\W_])(?:[^\W_]\.)+[^\W_](?![^\W_])|[^\W_]+")


def _is_acronym(value):
    """One word mostly in capitals ('MOB', 'CoDHES', 'ФЁРЮ'): matched as written, not folded."""
    return (
        bool(ALNUM_RUN.fullmatch(value))
        and any(c.isupper() for c in value)
        and mostly_capitals(value)
    )


def _acronym_forms(value):
    """'CoDHES' -> CoDHES, CODHES, C.o.D.H.E.S, C.O.D.H.E.S (accents off: 'ROALÉ' -> 'ROALE')."""
    forms = {_bare(value), _bare(value).upper()}
    return forms | {".".join(form) for form in forms}


@functools.lru_cache(maxsize=65536)
def _bare(text):
    """Without accents, case kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)
def _single(value):
    """One identifier's pattern, to drop those that match nowhere in a text before the alternation."""
    return _compile((value,)) or _NOTHING


_NOTHING = re.compile(r"(?!)")


@functools.lru_cache(maxsize=4096)
def _compile(values):
    parts = [_value_pattern(v) for v in values]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return re.compile("|".join(parts))


def _value_pattern(value):
    """The folded value with any separators between its words (or its digits, for phones)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 6 and len(digits) >= len(re.sub(r"\W", "", value)) - 2:
        return _phone_pattern(value, digits)
    words = re.findall(r"\w+", fold(value))
    if not words:
        return ""
    body = r"[\W_]*".join(re.escape(w) for w in words)
    return rf"(?<![^\W_]){body}(?![^\W_])"


def _phone_pattern(value, digits):
    """The same number however it is written: with or without +CC / 00CC, a trunk 0, any spacing."""
    sep = r"[\s().\-/]{0,3}"
    spaced = lambda d: sep.join(d)  # noqa: E731 (a one-line helper)
    try:
        number = phonenumbers.parse(value if value.startswith("+") else "+" + digits, None)
        cc, national = str(number.country_code), phonenumbers.national_significant_number(number)
    except phonenumbers.NumberParseException:
        return rf"(?<!\d)\+?{spaced(digits)}(?!\d)"
    return rf"(?<!\d)(?:(?:\+|00){sep}{spaced(cc)}{sep})?(?:0{sep})?{spaced(national)}(?!\d)"


# ---------------------------------------------------------------- contact details anywhere


def scrub_contacts(text, country=""):
    """E-mail addresses, web addresses and phone numbers out of a withheld submitter's own text."""
    if not text:
        return text
    text = EMAIL.sub(REPLACEMENT, text)
    text = URL.sub(REPLACEMENT, text)
    for phone in phones(text, country):
        text = text.replace(phone, REPLACEMENT)
    return text
