"""UN document symbols (A/HRC/47/27, A/75/258, CCPR/C/GC/37, E/CN.4/2006/48, S/RES/1325 (2000)).

A symbol is a series prefix (the organ or treaty body) followed by at least two
slash-separated components, one of them with a digit. Components may carry dotted parts
(E/C.12/GC/22, A/HRC/WG.6/39/KEN/1, A/HRC/47/27/Add.1). Symbols inside undocs.org or
docs.un.org links are found too; words like 'and/or' or 'A/B testing' are not symbols.
"""
import re

PREFIXES = (
    "A", "S", "E", "ST", "CCPR", "CEDAW", "CRC", "CAT", "CERD", "CESCR", "CRPD", "CMW", "CED", "SPT", "HRI",
    "UNEP", "TD", "DP", "ECE", "ESCAP", "ECLAC", "ECA", "ESCWA", "ICEF", "UNW", "UNHCR", "EC", "HRC",
)
COMPONENT = r"[A-Z0-9][A-Za-z0-9]*(?:[.\-][A-Za-z]*\d[A-Za-z0-9]*)*"  # dotted parts carry a digit: CN.4, Add.1
LINK = r"(?:https?://)?(?:www\.)?(?:undocs\.org|docs\.un\.org)/(?:(?:en|fr|es|ar|ru|zh)/)?"
SYMBOL = re.compile(
    rf"(?:{LINK}|(?<![\w/.\-]))"
    rf"(?P<symbol>(?:{'|'.join(sorted(PREFIXES, key=len, reverse=True))})(?:/{COMPONENT}){{2,}})"
    r"(?![\w/])"
)


def normalise(symbol):
    """One spelling per document: no stray spaces, the suffixes Add./Rev./Corr. capitalised as the UN does."""
    symbol = re.sub(r"\s+", "", symbol)
    return re.sub(r"/(add|rev|corr|amend)\.", lambda m: f"/{m.group(1).capitalize()}.", symbol, flags=re.IGNORECASE)


def find_symbols(text):
    """The distinct UN document symbols in ``text``, in order of first appearance."""
    seen = []
    for match in SYMBOL.finditer(text or ""):
        symbol = normalise(match.group("symbol"))
        if any(ch.isdigit() for ch in symbol) and symbol not in seen:
            seen.append(symbol)
    return seen


def base_symbol(symbol):
    """The document an addendum or corrigendum belongs to: A/HRC/47/27/Add.1 -> A/HRC/47/27."""
    return re.sub(r"(/(Add|Rev|Corr|Amend)\.\d+)+$", "", symbol)


def note_symbols(note):
    """Symbols a note mentions or is: in its title, citation, URL, summary and findings."""
    fields = ("title", "citation", "url", "summary", "key_findings")
    return find_symbols("\n".join(str(note.get(f) or "") for f in fields))
