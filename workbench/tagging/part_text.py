"""What of a part the request reader reads: an e-mail without its mail server's notice, a
file name as words (German umlauts written out restored), properties without their keywords."""

import re

from .request_patterns import _finditer, normalise, pattern

NAME_KINDS = {"file_name", "folder_name", "zip_name"}


def rule_text(part):
    """The text of ``part`` the rules read."""
    text = part.text or ""
    if part.kind in NAME_KINDS:
        return name_words(text)
    if is_email(part):
        return without_disclaimers(text)
    if part.kind == "properties":
        return KEYWORDS_FIELD.sub(_topics_only, text)  # "Keywords: privacy, anonymity": topics
    return text


def is_email(part):
    return part.kind == "cover_email" or (part.file or "").lower().endswith((".eml", ".msg"))


def without_disclaimers(text):
    """An e-mail without its standard notice ("This e-mail and any attachments are confidential
    and intended solely for the addressee …"): a mail server's boilerplate asks nothing of the
    Independent Expert. A notice that speaks of the submission itself is kept and read."""
    paragraphs = re.split(r"(\n\s*\n)", text)
    return "".join(
        "\n" if _disclaimer(p) and not OWN_INPUT.search(normalise(p)) else p for p in paragraphs
    )


def without_disclaimer_sentences(text):
    """``text`` without the sentences of a mail footer ("Ce courriel peut contenir des
    informations confidentielles.") wherever they sit: under a letter's signature too."""
    sentences = re.split(r"(?<=[.!?。])\s+", text)
    kept = [s for s in sentences if not (_disclaimer(s) and not OWN_INPUT.search(normalise(s)))]
    return " ".join(kept) if len(kept) < len(sentences) else text


def _disclaimer(paragraph):
    low = normalise(paragraph)
    return bool(_finditer("DISCLAIMER", low) or DISCLAIMER_HEADING.match(low))


# A notice's own heading: "CONFIDENTIALITY NOTICE:", "AVISO DE CONFIDENCIALIDAD", "免责声明".
DISCLAIMER_HEADING = re.compile(
    r"\W*(?:confidentiality notice|disclaimer|aviso (?:legal|de confidencialidad)|avis de "
    r"confidentialité|aviso de confidencialidade|уведомление о конфиденциальности|"
    r"haftungsausschluss|vertraulichkeitshinweis|إخلاء المسؤوليه|免责声明|保密声明)"
)
# The submitter's own text named in so many words (an attachment, a document: boilerplate too).
OWN_INPUT = re.compile(
    r"submission|contribution|input\b|aporte|contribuci|contribui|вклад|материал|beitrag|"
    r"stellungnahme|eingabe|مساهم|意见书|提交材料"
)


def name_words(name):
    """A file name as words, its German umlauts written out restored: "NICHT_VEROEFFENTLICHEN"
    (the transliterated words are read beside the name as written)."""
    words_ = re.sub(r"[_.+-]+", " ", name)  # "IE_input_DO-NOT-PUBLISH.docx"
    restored = UMLAUTS.sub(lambda m: UMLAUT_OF[m.group(0).lower()], words_)
    return words_ if restored == words_ else f"{words_} | {restored}"


UMLAUTS = re.compile(r"(?<=[a-z])(?:ae|oe|ue)(?=[a-z])", re.IGNORECASE)
UMLAUT_OF = {"ae": "ä", "oe": "ö", "ue": "ü"}


def _topics_only(field):
    """A keywords field is dropped unless an item asks a person ("diffusion à confirmer") or
    is a notice by itself ("Palabras clave: confidencial; EI SOGI; aporte 2024")."""
    low = normalise(field.group(0))
    items = keyword_items(re.split(r"[:：]", low, maxsplit=1)[1])
    if _finditer("CAREFUL", low):
        return field.group(0)
    markers = [item for item in items if marker_alone(item) and not TOPIC_NOUN.search(item)]
    others = normalise(field.string).replace(markers[0], " ", 1) if markers else ""
    # "confidencial; EI SOGI; aporte 2024" marks the text; "confidencial; anonimato; datos
    # sensibles" (or a title on anonymised results beside it) lists the topics of privacy.
    return field.group(0) if markers and not SECRECY_TOPIC.search(others) else " "


def keyword_items(text):
    """The items of a keywords field's value ("confidencial; EI SOGI; aporte 2024")."""
    return [item.strip(" .") for item in re.split(r"[;,、]", text)]


def marker_alone(item):
    """An item that is a marker and nothing else ("confidential", "不公开"), not a topic noun."""
    for name in MARKER_SOURCES:
        for match in pattern(name).finditer(item):
            if match.start() == 0 and re.fullmatch(r"\w*", item[match.end() :]):
                return not pattern("NOTICE_NOUNS").match(item)
    return False


# A process or quality named as a topic: "anonimização", "Anonymisierung", "анонимность".
TOPIC_NOUN = re.compile(r"(?:ção|ción|tion|sation|zation|ung|ность|ност|ité|idad|idade|heit|keit)$")
SECRECY_TOPIC = re.compile(
    r"confiden|secre|privac|privad|privé|anonym|anonim|anónim|pseudonym|sigil|sensib|sensív|sensitiv|"
    r"тайн|секрет|аноним|конфиденц|псевдоним|سري|خصوصي|مجهول|保密|隐私|匿名|机密|秘密"
)
MARKER_SOURCES = (
    "MARKERS_DO_NOT_PUBLISH",
    "MARKERS_WITHHOLD_NAME",
    "NOTICE_ONLY_MARKERS",
    "NOTICE_ABBREVIATIONS",
)


KEYWORDS_FIELD = re.compile(
    r"(?i)(?:keywords?|tags|mots-clés|palabras clave|palavras-chave|ключевые слова|stichwörter|"
    r"schlagwörter|كلمات مفتاحية|关键词|關鍵詞)\s*[:：][^|\n]*"
)
