"""What identifies a submitter, taken from its own documents, and how to take it out of text.

A withheld submitter is not one string: it is its name with and without accents, its
acronym, the people who sign for it, its e-mail addresses, phones, web site, postal
address and the names of the files it sent. ``collect`` gathers all of them from what
the submission holds; ``redaction.Redactor`` removes every one from any text. Phone numbers are found
by Google's libphonenumber (``phonenumbers``).

No more than the identity is taken:
- Names match accent- and case-insensitively; an acronym (one word, mostly capitals) matches
  as written, in capitals, dotted or not ('MOB', 'M.O.B.', "MOB's"), never the word 'mob'.
- A country's name is no submitter's identifier: many submitters name it. A withheld State's
  name, or the country a withheld submitter is based in, is taken out of that submitter's own
  texts only (``redaction.redact_own``, kind 'country': its rows print no country, so its quotes must
  not either); a name that holds the country ('Kenya Human Rights Forum', its acronym) is
  redacted whole everywhere, as any name.
- A line of running text (a sentence ends inside it) is no letterhead name, nor a title
  addressed to the call; a line that shares with the name only its country shares no name.
"""

import functools
import re
import unicodedata
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
        """What is redacted from this submitter's own texts only (``redaction.redact_own``)."""
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


# Instruments and documents are not people: "Persons, the Optional Protocol …" after the cue
# "person" once made "Optional Protocol" a withheld submitter's signatory, redacted everywhere.
DOCUMENT_WORDS = {
    "protocol",
    "protocolo",
    "protocole",
    "convention",
    "convencion",
    "covenant",
    "pacto",
    "pacte",
    "declaration",
    "declaracion",
    "resolution",
    "resolucion",
    "report",
    "informe",
    "rapport",
    "charter",
    "statute",
    "treaty",
    "tratado",
    "traite",
    "principles",
    "guidelines",
    "bulletin",
    "act",
    "law",
    "ley",
    "loi",
    "agreement",
    "протокол",
    "конвенция",
    "пакт",
    "декларация",
    "резолюция",
    "доклад",
}
NOT_A_PERSON = INSTITUTION_WORDS | ROLE_WORDS | DOCUMENT_WORDS
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
        if not any(fold(w) in NOT_A_PERSON for w in words):
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
