"""UN document symbols (A/HRC/47/27, A/75/258, CCPR/C/GC/37, E/CN.4/2006/48, S/RES/1325 (2000)).

How the UN builds a symbol (Dag Hammarskjöld Library, "UN Documentation: Overview — UN
Document Symbols", https://research.un.org/en/docs/symbols, and "UN Document Symbols & Series
Symbols", https://research.un.org/en/docs/undocumentsymbols/symbolelements): components
separated by "/", capital letters and numbers, no spaces; the first component is the organ
(A/ General Assembly, S/ Security Council, E/ ECOSOC, ST/ Secretariat) or a body with its own
series (CRC/C/, DP/, TD/, UNEP/); then subsidiary bodies (C., CN., AC., CONF., WG., Sub.),
special components (RES/, PRST/, PV., L., CRP., NGO/, INF/, SR.) and a final modification
(Add., Rev., Corr., Amend.). The treaty bodies' series (CERD/C, CCPR/C, E/C.12, CEDAW/C,
CAT/C, CRC/C, CMW/C; reports carry the State's three-letter code) are the OHCHR's harmonised
symbols, as indexed in the UNBIS Reference Manual, "UN Human Rights Treaty Body Documentation",
https://www.un.org/depts/dhl/unbisref_manual/humanrights/humanrights.html.

Reading a symbol from extracted text takes three steps:
1. ``prepare``: join what a PDF line break split ("A/HRC/ 38/43", "CO/5-\\n6", "Add.\\n1"),
   fold look-alike slashes and hyphens, decode %2F in links;
2. ``normalise``: one spelling per document — components in capitals except the UN's own
   mixed-case words (Add., Rev., Corr., Amend., Sub.), and the known alias HRC/... = A/HRC/...;
3. ``is_un_symbol``: the series must be one of ``SERIES`` (GA sessions 1-99, ECOSOC and
   Security Council years 1946-2099, ...), so "Decree A/123/2020", "E/1/2" or "ACFC/OP/IV"
   are not documents. Right after a national reference word ("Decree", "Ref", "Form", "No.",
   "Decreto", "Loi", "№" ...) only a symbol that names a UN body beyond the bare organ letter
   is taken: "No. A/12/2020" is a national number far more often than GA document 2020.
"""

import re

ROOTS = (
    "A",
    "S",
    "E",
    "ST",
    "CCPR",
    "CEDAW",
    "CRC",
    "CAT",
    "CERD",
    "CRPD",
    "CMW",
    "CED",
    "HRI",
    "UNEP",
    "TD",
    "DP",
    "UNW",
    "ECE",
    "HRC",
    "PRST",
)

# A component: letters/digits; dotted or hyphenated parts carry a digit (CN.4, Add.1, 5-6, S-13,
# SER.E.25), so "27.The" stops at 27.
COMPONENT = r"[A-Za-z0-9]+(?:[.\-](?:[A-Z]\.)?[A-Za-z]*\d[A-Za-z0-9]*)*"
BODY = rf"(?:/{COMPONENT})+"
ROOT = "|".join(sorted(ROOTS, key=len, reverse=True))
# In running text the series is written in capitals; a footnote number may be glued before it.
IN_TEXT = re.compile(rf"(?<![A-Za-z/.\-])(?P<symbol>(?:{ROOT}){BODY})(?![\w/])")
# In a link (undocs.org/A/HRC/44/53, docs.un.org/en/a/73/152, ...?symbol=A/HRC/..) any case.
IN_LINK = re.compile(
    r"(?:undocs\.org|docs\.un\.org|documents\.un\.org)/(?:(?:en|fr|es|ar|ru|zh)/)?"
    r"(?:[\w\-/]*\?(?:\w+=[^&\s]*&)*(?:s|symbol|FinalSymbol)=)?"
    rf"(?P<symbol>(?:{ROOT}){BODY})(?![\w/])",
    re.IGNORECASE,
)

# Words after which a bare organ-number (A/12/2020, E/2021/3, S/2/3) is a national reference.
NATIONAL_REFERENCE = re.compile(
    r"(?:\b(?:decree|decreto|décret|decret|ref|réf|reference|référence|form|formulario|formulaire|"
    r"no|nr|nos|núm|num|n[°ºo]|law|ley|loi|lei|order|orden|arrêté|circular|circulaire|oficio|"
    r"expediente|case|file|dossier)|№|указ|приказ|закон)\.?\s*[:#]?\s*$",
    re.IGNORECASE,
)

SESSION = r"(?:[1-9]\d?|S-\d{1,2}|ES-\d{1,2})"  # GA regular, special, emergency special
YEAR = r"(?:19[4-9]\d|20\d\d)"
MORE = r"(?:/[A-Za-z0-9.\-]+)*"  # further components (numbers, Add.1, ...)
TREATY_BODY = r"(?:CCPR|CEDAW|CRC|CAT|CERD|CRPD|CMW|CED)"
# (pattern, names a body beyond the organ letter) — each tried on the normalised symbol.
SERIES = [
    (
        rf"A/{SESSION}/(?:\d+|L\.\d+|PV\.\d+|INF/\d+|BUR/\d+|\d+\(Part[IVX\d]+\)){MORE}",
        False,
    ),  # A/75/258, A/76/L.75
    (rf"A/RES/{SESSION}/\d+{MORE}", True),  # A/RES/60/251
    (r"A/RES/\d+\([IVXLC]+\)", True),  # A/RES/217(III)
    (r"A/PV\.\d+" + MORE, True),  # A/PV.2128
    (
        rf"A/(?:C\.\d|AC\.\d+|CONF\.\d+|CN\.\d+|SPC|INF|DEC)/[A-Za-z0-9.\-]+{MORE}",
        True,
    ),  # A/C.3/75/L.41
    (
        rf"A/HRC/(?:{SESSION}|RES|DEC|PRST|WG\.\d+|AC|S-\d+|SF|OM|FMI|NONE)/[A-Za-z0-9.\-]+{MORE}",
        True,
    ),
    (rf"E/{YEAR}/\d+{MORE}", False),  # E/2002/68/Add.1
    (rf"E/(?:RES|DEC)/{YEAR}/\d+{MORE}", True),
    (
        rf"E/(?:CN\.\d+|C\.\d+|AC\.\d+|ICEF|HLPF|ESCAP|ECA|ECE|ECLAC|ESCWA)/[A-Za-z0-9.\-]+{MORE}",
        True,
    ),
    (rf"S/{YEAR}/\d+{MORE}", False),  # S/2021/18
    (r"S/\d{3,5}" + MORE, False),  # S/25704 (before 1994)
    (
        rf"S/(?:RES/\d+|PRST/{YEAR}/\d+|PV\.\d+|Agenda/\d+){MORE}",
        True,
    ),  # S/RES/1325, S/PRST/2021/18
    (r"ST/[A-Z]+/[A-Za-z0-9.\-]+" + MORE, True),  # ST/SGB/2019/8, ST/LEG/SER.E.25
    (rf"{TREATY_BODY}/(?:C|CO|OP|OPAC|OPSC|GC|SP|SR)/[A-Za-z0-9.\-]+{MORE}", True),  # CCPR/C/GC/37
    (rf"{TREATY_BODY}/(?:C|CO|OP|OPAC|OPSC|SP)/{SESSION}", True),  # CCPR/C/128 (session doc)
    (r"HRI/(?:GEN|MC|CORE|IC|ICM)/[A-Za-z0-9.\-]+" + MORE, True),  # HRI/GEN/1/Rev.9
    (r"(?:UNEP|TD|DP|UNW|ECE)/[A-Z0-9][A-Za-z0-9.\-]*/[A-Za-z0-9.\-]+" + MORE, True),
]
SERIES = [(re.compile(pattern), named) for pattern, named in SERIES]

MIXED_CASE = {
    "ADD": "Add",
    "REV": "Rev",
    "CORR": "Corr",
    "AMEND": "Amend",
    "SUB": "Sub",
    "SUMMARY": "Summary",
}
# HRC/RES/32/2 = A/HRC/RES/32/2; the Council's reports cite its President's statements as PRST/8/1.
ALIASES = [
    (re.compile(rf"^HRC/(?=(?:RES|DEC|PRST|{SESSION}|WG\.\d+)/)"), "A/HRC/"),
    (re.compile(r"^PRST/(?=\d{1,2}/\d+$)"), "A/HRC/PRST/"),
]


def prepare(text):
    """Text with symbols put back together where a line break or a look-alike character split them."""
    text = re.sub(r"[\u2044\u2215\uff0f]", "/", text or "")  # fraction and full-width slashes
    text = re.sub(r"[\u2010\u2011\u2012\u2013]", "-", text)  # hyphens that PDFs use in "5‑6"
    text = re.sub(r"[\u200b\u00ad]", "", text)
    text = re.sub(r"%2[Ff]", "/", text)
    text = re.sub(
        r"(?<=[A-Za-z0-9.]/)[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?(?=[A-Za-z0-9])", "", text
    )  # "A/HRC/ 38/43"
    text = re.sub(r"(?<=[A-Z0-9])[ \t]*\r?\n[ \t]*(?=/[A-Za-z0-9])", "", text)  # "A/HRC\n/38"
    text = re.sub(
        r"(?:(?<=/\d-)|(?<=/\d\d-)|(?<=/\d\d\d-))[ \t]*(?:\r?\n[ \t]*){0,2}(?=\d)", "", text
    )  # "CO/5-\n\n6"
    return re.sub(
        r"(/(?:CN|C|AC|WG|L|PV|SR|CRP|CONF|Sub|Add|Rev|Corr)\.)\s{1,3}(?=\d)",
        r"\1",
        text,
        flags=re.IGNORECASE,
    )  # "Add.\n1"


def normalise(symbol):
    """One spelling per document: capitals except Add./Rev./Corr./Amend./Sub., and HRC/ read as A/HRC/."""
    symbol = re.sub(r"\s+", "", symbol).upper()
    symbol = re.sub(
        r"(?<![A-Z])(ADD|REV|CORR|AMEND|SUB|SUMMARY)(?=\.|/|$)",
        lambda m: MIXED_CASE[m.group(1)],
        symbol,
    )
    symbol = symbol.replace("(PARTI", "(PartI")
    for alias, series in ALIASES:
        symbol = alias.sub(series, symbol)
    return symbol


def series_of(symbol):
    """(matches a UN series, names a body beyond the organ letter) for a normalised symbol."""
    for pattern, named in SERIES:
        if pattern.fullmatch(symbol):
            return True, named
    return False, False


def is_un_symbol(symbol, before=""):
    """Whether ``symbol`` is a UN document symbol; ``before`` is the text just before it."""
    known, named = series_of(normalise(symbol))
    if not known:
        return False
    return named or not NATIONAL_REFERENCE.search(before[-40:])


def candidates(text):
    """(start, written symbol) from running text and from UN document links, in order."""
    found = {m.start("symbol"): m.group("symbol") for m in IN_TEXT.finditer(text)}
    for m in IN_LINK.finditer(text):
        found.setdefault(m.start("symbol"), m.group("symbol"))
    return sorted(found.items())


def find_symbols(text):
    """The distinct UN document symbols in ``text``, normalised, in order of first appearance."""
    text = prepare(text)
    seen = []
    for start, written in candidates(text):
        symbol = normalise(written)
        if symbol not in seen and is_un_symbol(symbol, text[max(0, start - 40) : start]):
            seen.append(symbol)
    return seen


def base_symbol(symbol):
    """The document an addendum or corrigendum belongs to: A/HRC/47/27/Add.1 -> A/HRC/47/27."""
    return re.sub(r"(/(Add|Rev|Corr|Amend)\.\d+)+$", "", symbol)


def note_symbols(note):
    """Symbols a note mentions or is: in its title, citation, URL, summary and findings."""
    fields = ("title", "citation", "url", "summary", "key_findings")
    return find_symbols("\n".join(str(note.get(f) or "") for f in fields))
