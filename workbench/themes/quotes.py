"""Quotes are statements: one to three sentences of a body passage that make a claim,
report a fact or recommend — not the paragraph's number, a question, a fragment cut by a
page end, a list of references or a line of capitals.

A quote is read alone, away from its paragraph, so it must also stand alone: it does not
open on a word that points back to what came before ("These measures…", "They…", "It has
been…", "To this end…"), on a subordinate clause without its main clause ("While extreme
phenomena are increasing."), or on a speaker's turn ("Let me now reflect on…"); its
sentences are not broken by a full stop inside a sentence ("…hundreds of thousands of men.
women and children…", a transcript's punctuation), nor minutes of a meeting ("took the
floor", "the following documents were issued"), a treaty list's entry ("…; ratified on 1
March 2010."), a form's instruction ("Please enter…"), a list item that has no main verb
("Ensuring all persons…") or filler text (Latin placeholder text, "This is a sample
document").

``statement(text)`` gives the quote of a passage (None when it holds no statement);
``representative_passages`` in this package picks which passages to quote.
"""

import re

from ..passages import CAPTION
from . import procedural

MAX_SENTENCES = 3
MAX_WORDS = 70  # a quote is read at a glance
MIN_WORDS = 6  # shorter sentences are headings, labels or fragments
SENTENCE = re.compile(r"(?<=[.!?…;])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZÀ-ÖØ-ÞА-ЯЁ0-9•])|(?<=[。！？])")
LEADING_MARK = re.compile(
    r"^\s*(?:[-•●▪*–—=#>]{1,3}\s*(?=\S)|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s+|\(?[a-z][.)]\s+|[ivx]{1,4}[.)]\s+"
    r"|\d{1,3}(?:\.\d{1,3})*\s+(?=[A-Z])(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"ene|abr|ago|dic|avr|mai|juin|juil|ao[uû]|d[ée]c|f[ée]v|out|set|dez)\w*\b)|[（(][一二三四五六七八九十]{1,3}[）)]\s*|[一二三四五六七八九十]{1,3}、\s*)+"
)  # the last: a note mark left before a sentence
FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_])([.,;:!?”\"»)])\d{1,3}(?=\s|$)")
# a note's number between two sentences ("…the Freedom of Religion Act. 8 In 2015, …") or
# glued to a lower-case word's end ("evaluated annually53.", "public health activities18 ")
LOOSE_MARK = re.compile(
    r"(?<=[.;])\s\d{1,3}(?=\s[A-ZÀ-ÖØ-ÞА-ЯЁ])|(?<=[a-zà-öø-ÿ]{3})\d{1,3}(?=[.,;:]?(?:\s|$))"
)
URL_OR_MAIL = re.compile(r"https?://|www\.|@\w")
CITATION = re.compile(
    r"\b(?:paras?|pp?)\.\s*\d|\bibid\b|\b[A-Z]{1,6}/[A-Za-z0-9.]+/|^\W*(?:i\.\s?e|e\.\s?g|cf)\.|"
    r"\b(?:see|cf\.)\s+(?:also\s+)?(?:para|paragraph|section|annex|response|recommendation|note|"
    r"footnote|chapter|page|p\.)|more information is (?:provided|available|given) in|^\d{1,3}[A-Z]",
    re.IGNORECASE,
)  # notes and cross-references, not statements
BLANK = re.compile(
    r"_{3,}|\s[。，、；：,;:](?!\.)|[\u3400-\u9fff（）]\s+[\u3400-\u9fff（）]|\(\s*\)"
)
# a form's field left blank: "经营地址 。", "name: ____", "参加 项目" (no space in Chinese), "( )"
WORD = re.compile(r"\w+", re.UNICODE)
# Asking, inside a sentence: "In this regard, we would like to know if there have been…"
ASKING = re.compile(
    r"\b(?:we|i) would (?:like|wish|want) to (?:ask|know|learn|enquire|inquire|hear)\b|"
    r"\bplease (?:describe|provide|indicate|explain|share|elaborate|specify)\b",
    re.IGNORECASE,
)
# A question, also one ending with a full stop ("How has the State included civil society.")
QUESTION = re.compile(
    r"^\W*(how|what|which|when|where|why|who|whom|whose|does|do|did|is|are|was|were|has|have|had|will|would|could|"
    r"can|should|shall|may|might|please (describe|provide|indicate|explain|share)|we would (like|wish) to (ask|know)|"
    r"qu[eé]|c[oó]mo|cu[aá]l(es)?|cu[aá]ndo|d[oó]nde|por qu[eé]|comment|quels?|quelles?|pourquoi|o[uù]|"
    r"como|quais|porque|quando|как|какие|каков\w*|почему|когда|где|что)\b",
    re.IGNORECASE,
)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# A first sentence that points back to what came before: its subject is a pronoun or a
# demonstrative ("These aspects promote…", "They…", "Such practices…", "This is the most…"),
# "It" that is no dummy subject ("It has been a sad experience", not "It is essential that"),
# or a link to the previous sentence ("To this end", "Therefore", "In those capacities").
POINTS_BACK = re.compile(
    r"^\W*(?:(?:these|they|them|such|he|she|his|her|its|their|hence|thus|therefore|"
    r"consequently|accordingly|thereby|then)\b(?!-)|"
    r"those\b(?!\s+(?:who|whose|which|that|of|in|with|for|living|affected)\b)|"
    r"(?:this|that)\s+(?:is|was|has|had|will|would|can|could|may|must|should|shows|means|"
    r"includes|included|led|leads|makes|made|includes|remains|requires|applies|explains)\b|"
    r"it\s+(?!(?:is|was|has been|will be|would be|remains|seems|appears|must be|should be|"
    r"becomes|became|may be|might be|can be|could be)\b(?:\s+\S+){0,4}?\s+"
    r"(?:that|to|for|whether|how|when|if)\b)|"
    r"(?:in|to|for|as|at|with|on|from|of|despite|by|among|under|within|through|given|after)\s+(?:this|that|these|those|such|"
    r"which)\b|as a result\b|"
    r"estos|estas|ellos|ellas|dichos?|dichas?|tales|ello|ces|ceux|celles|cela|ceci|ils|elles|"
    r"esses|essas|estes|eles|elas|tais|эти|они|такие|таким образом)\b",
    re.IGNORECASE,
)
# A subordinate clause standing as a sentence: "While extreme phenomena are increasing."
SUBORDINATE = re.compile(
    r"^\W*(?:[^\W\d_]+,\s*)?(?:while|whilst|although|though|whereas|because|unless|even though|"
    r"even if|in order to|so as to|so that|"
    r"aunque|mientras que|porque|bien que|alors que|parce que|embora|enquanto|"
    r"хотя|потому что)\b",
    re.IGNORECASE,
)
# A time or place, then a clause that needs its main clause: "This year, as the world…"
LEAD_THEN_CLAUSE = re.compile(
    r"^\W*[^,]{1,40},\s*(as|when|while|whilst|although|though|because|since|if|after|before|"
    r"until|once)\s+(?!(?:a|an|well|of|for|to|such|regards|usual|always|ever)\b)",
    re.IGNORECASE,
)
# A speaker's turn in a speech, not a claim: "Let me now reflect on…", "Allow me to…"
SPEAKER_TURN = re.compile(
    r"^\W*(?:(?:first|second|third|finally|lastly|now|today|here)\w*,?\s+)?"
    r"(?:(?:let|allow|permit) me\b|i (?:would|should) (?:now |also )?like to "
    r"(?:turn|touch|address|speak|say|talk|refer|focus|highlight|mention|share|conclude|end)|"
    r"i (?:now )?turn to\b|(?:i|we) (?:take|use|seize) this opportunity to\b|i (?:said|say) (?:then|that)\b|(?:and|but) (?:so|now)\b)",
    re.IGNORECASE,
)
# The minutes of a meeting and lists of the documents before it: who spoke, what was
# issued, adopted or held — not what anyone said about people's rights.
MINUTES = re.compile(
    r"\b(?:took|take|takes|taking) the floor\b|"
    r"\bmade (?:a |the |their |his |her )?(?:statements?|interventions?|comments|remarks)\b|"
    r"\b(?:the following|these) (?:documents?|persons|delegations|stakeholders|organizations) "
    r"(?:were|was|are|is|made|took)\b|"
    r"\b(?:at|during) (?:its|the|their) \w+(?:-\w+)? (?:meeting|meetings|plenary|sitting)\b|"
    r"\b(?:meeting|session|review|dialogue) (?:was|were|is) (?:held|opened|closed|chaired|convened)\b|"
    r"\b(?:adopted|considered|endorsed) (?:the|this|its) (?:present )?(?:report|outcome|draft)\b|"
    r"\bin accordance with paragraph \d+ of\b|\btroika\b|"
    r"\b(?:the|this) (?:meeting|session) (?:rose|was adjourned|was suspended)\b|"
    r"\bat the same meeting\b|\bstatements? (?:was|were) (?:made|delivered) by\b|"
    r"\b(?:delegation|review|session|dialogue)\b.{0,40}?\bwas (?:headed|led|chaired) by\b|"
    r"\b(?:\d+|several|many|other) delegations (?:made|took|delivered|participated)\b|"
    r"\bquestions? (?:prepared )?in advance\b|\bgroup of rapporteurs\b|"
    r"\b(?:opened|closed|adjourned|suspended) the (?:session|meeting|debate|dialogue)\b|"
    r"\b(?:adopted|approved) (?:the|its) (?:agenda|programme of work|annotations)\b|"
    r"\b(?:formulated|made) during the (?:interactive )?dialogue\b|"
    r"\b(?:enjoys?|did not enjoy) the support of\b|\bhave been (?:noted|examined) by\b|"
    r"\bwill be examined by\b|"
    r"\b(?:contained|reflected|reproduced|listed|set out|found) in (?:the )?annex\b|"
    r"\bannexed to (?:the present|this) (?:report|document)\b|"
    r"^\W*[\w'’ -]{1,60}? thanked\b|\bthanked (?:the|slovenia|it|its)\b.{0,80}\b(?:for (?:its|the|their)"
    r" (?:presentation|report|national report|statement|responses|answers|participation))\b|"
    r"\bdo not necessarily reflect\b|\bwithout formal editing\b|\breproduced as received\b|"
    r"\bthe designations employed\b",
    re.IGNORECASE,
)
# The document speaking of itself: how it was prepared, whom it consulted, what it covers
# ("The Third National Report was coordinated by…", "During the drafting of the Report…").
ITSELF = re.compile(
    r"\b(?:this|the present|the (?:\w+ )?national|our|the (?:joint|present) )\s*"
    r"(?:report|submission|contribution|document|input|paper)\b.{0,60}?\b(?:was|were|has been|"
    r"is being|have been) (?:prepared|coordinated|drafted|compiled|written|submitted|finalized|"
    r"finalised|produced|adopted by the government)\b|"
    r"\b(?:drafting|preparation) of (?:the|this) (?:present |national |\w+ national )?"
    r"(?:report|submission)\b|\bpreparations? for the (?:\w+ )?(?:cycle|review)\b",
    re.IGNORECASE,
)
# An entry of a list of treaties: "Protocol of 2000 …; ratified on 1 March 2010."
TREATY_ENTRY = re.compile(
    r"[;,]\s*(?:signed|ratified|acceded|accession|ratification|signature|entered into force|"
    r"entry into force|firmad[oa]|ratificad[oa]|sign[ée]e?|ratifi[ée]e?)\b(?:\s+\w+){0,2}\s+"
    r"(?:on|in|el|en|le|em)?\s*\d",
    re.IGNORECASE,
)
# A form's instruction or a note to the reader, not a statement: "Please enter NONE…"
INSTRUCTION = re.compile(
    r"^\W*(?:please|kindly|note\s*[:–-]|nb\b|por favor|sírvase|veuillez|prière de|"
    r"favor|просьба|пожалуйста)\b",
    re.IGNORECASE,
)
# Filler of test files: "This is a sample document with two columns…", "this is a test"
FILLER = re.compile(
    r"\b(?:sample|dummy|example|test|placeholder)\s+(?:document|file|text|page|paragraph|pdf)\b|"
    r"\bthis is (?:a|an|the|only a) (?:test|sample|example)\b|\blorem ipsum\b",
    re.IGNORECASE,
)
FILLER_LANGUAGES = frozenset({"la"})  # placeholder Latin ("Lorem ipsum…"): nobody submits in Latin
# A full stop inside a sentence, before a word in lower case: the transcript's punctuation is
# broken there ("…men. women and children…", "NAM. will work"); abbreviations are not.
BROKEN_STOP = re.compile(r"(\S+)\.\s+(?=[a-zà-öø-ÿ])")
ABBREVIATIONS = frozenset(
    """e.g i.e etc cf vs viz approx incl al resp ca no nos para paras art arts p pp vol ed eds
    fig op cit ibid ch sect sec mr mrs ms dr st jr sr inc ltd co corp dept govt et seq n
    nr núm art. pág págs s.a sr sra srta m mme mlle av av. ex approx. min max ref""".split()
)
ENGLISH_AUX = frozenset(
    "is are was were be been being am has have had do does did will would shall should can "
    "could may might must".split()
)
SUBJECT_PRONOUNS = frozenset("i we you he she they".split())
GERUND_ITEM = re.compile(r"^\s*(?:[-•●▪*–]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+([A-Z][a-z]+ing)\b")
# words in -ing that are prepositions or nouns, not the verb of a list item ("Regarding…")
ING_WORDS = frozenset(
    "during regarding concerning following including according notwithstanding considering "
    "excluding pending bearing starting beginning building housing funding training spring "
    "nothing something everything morning being".split()
)


def clean(text):
    """The passage's words without its paragraph number, bullets or footnote marks."""
    text = " ".join(text.split())
    return LOOSE_MARK.sub("", FOOTNOTE_MARK.sub(r"\1", LEADING_MARK.sub("", text)))


TITLE_END = re.compile(
    r"(?:^|\s)(?:mr|mrs|ms|dr|prof|st|sr|sra|srta|mme|mlle|no|nos|art|arts|para|paras|"
    r"amb|gen|col|lt|hon|rev|h\.e|u\.s|u\.n)\.$",
    re.IGNORECASE,
)  # a title or an abbreviation before a name or a number ends no sentence: "Mr. Csaba Korosi"


FIELD_LABEL = re.compile(r"^[A-Z][A-Z ]{2,30}:\s+")  # "SUMMARY: The FAA proposes…", "ACTION: …"
LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\s\.){3,}")  # a table's or a contents' dot leaders


def sentences(text):
    found = []
    for piece in SENTENCE.split(clean(text)):
        piece = FIELD_LABEL.sub("", piece.strip()) if piece else ""
        if not piece:
            continue
        if found and TITLE_END.search(found[-1]):
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


def _words(sentence):
    return max(len(WORD.findall(sentence)), len(CJK.findall(sentence)) // 2)


def _broken(sentence):
    """A full stop inside the sentence before a lower-case word, not after an abbreviation."""
    for match in BROKEN_STOP.finditer(sentence):
        word = match.group(1).strip("\"'“”«»()[]").lower()
        if word not in ABBREVIATIONS and "." not in word and len(word) > 1:
            return True
    return False


def _clause_alone(sentence):
    """A subordinate clause with no main clause after it: "While extreme phenomena are
    increasing.", "In order to promote economic empowerment.", "Precisely, because we know…",
    "This year, as the world stands at a historical inflection point."."""
    found = SUBORDINATE.match(sentence)
    if found is None:
        found = LEAD_THEN_CLAUSE.match(sentence)
        lead = sentence[: found.start(1)] if found else ""
        if found is None or len(lead.split()) > 4 or _has_verb(lead, "en"):
            return False  # a main clause before the comma: "We are at a crossroads, as…"
    return "," not in sentence[found.end() :]


def _has_verb(sentence, lang):
    """Whether an English sentence holds an auxiliary, a subject pronoun, a word the lemma
    tables know only as a verb, or one ending in -s, -ed or -d whose stem they know as a verb
    ("Nobody was charged.", "Poland wants cooperation.", not "In those capacities." nor
    "Regardless of sex, sexual orientation or gender identity."); other languages: True."""
    if lang != "en":
        return True
    from .labels import word_kinds

    kinds = word_kinds("en")
    words = [word for word in WORD.findall(sentence.lower()) if not word.isdigit()]
    if words and "verb" in kinds.get(words[0], ()):
        return True  # an imperative: "Reform its national legislation…" (a recommendation)
    for index, word in enumerate(words):
        if word in ENGLISH_AUX or word in SUBJECT_PRONOUNS or kinds.get(word) == {"verb"}:
            return True
        if word == "to" and "verb" in kinds.get(
            words[index + 1] if index + 1 < len(words) else "", ()
        ):
            return True
        stems = (word[:-1], word[:-2]) if word.endswith(("s", "d")) else ()
        if any("verb" in kinds.get(stem, ()) for stem in stems if len(stem) > 2):
            return True
    return False


def _gerund_item(text):
    """A list item led by a verb in -ing, without a main clause of its own: "4. Ensuring all
    persons … are afforded …;", "• Ratifying international treaties …" (the verb that governs
    it is in the sentence before the list)."""
    found = GERUND_ITEM.match(text)
    if not found or found.group(1).lower() in ING_WORDS:
        return False
    words = set(WORD.findall(text.lower()))
    return text.rstrip().endswith((";", ",")) or not (
        words & ENGLISH_AUX or re.search(r",\d{0,3}\s+(?:the\s+)?[A-Z]", text)
    )


def _symbol(word):
    """A document's symbol or a case number ("U-II-1/10-19", "A/HRC/59/15"), not a name
    written with a slash ("OSCE/ODIHR", "PTPR/JS3")."""
    return "/" in word and (word.count("/") >= 2 or sum(c.isdigit() for c in word) >= 2)


def stands_alone(sentence):
    """Whether a quote may open on this sentence: no word pointing back to what came before,
    no subordinate clause alone, no speaker's turn."""
    return not (
        POINTS_BACK.match(sentence)
        or _symbol(sentence.split(None, 1)[0])  # the sentence began before: "…No. U-I-246/02-28"
        or _clause_alone(sentence)
        or SPEAKER_TURN.match(sentence)
    )


def _balanced(sentence):
    return sentence.count("(") == sentence.count(")") and sentence.count("“") == sentence.count("”")


def is_statement(sentence, min_words=MIN_WORDS, lang="xx"):
    """A whole declarative sentence of ordinary words, neither a question nor a formula
    (the cues of procedural.py: "I have the honour to", "we thank")."""
    if QUESTION.match(sentence) or CAPTION.match(sentence) or not _balanced(sentence):
        return False
    if (
        INSTRUCTION.match(sentence)
        or ASKING.search(sentence)
        or LEADERS.search(sentence)
        or MINUTES.search(sentence)
        or ITSELF.search(sentence)
        or TREATY_ENTRY.search(sentence)
        or FILLER.search(sentence)
        or _broken(sentence)
        or _clause_alone(sentence)
    ):
        return False
    words = _words(sentence)
    letters = [c for c in sentence if c.isalpha()]
    if not min_words <= words <= MAX_WORDS or not letters:
        return False
    if (
        sentence.rstrip("\"'”»)").endswith("?")
        or not re.search(r"[.!…;。！]\W{0,3}$", sentence)
        or re.search(r":\s*\.$", sentence)
    ):
        return False
    if sentence.lstrip("\"'“«(")[:1].islower() or sum(c.isupper() for c in letters) > 0.5 * len(
        letters
    ):
        return False  # a fragment from the previous page, or a line of capitals
    digits = sum(c.isdigit() for c in sentence)
    return (
        digits <= 0.2 * len(sentence)
        and not URL_OR_MAIL.search(sentence)
        and not CITATION.search(sentence)
        and not BLANK.search(sentence)
        and not procedural.cue_of(procedural.normalise(sentence), lang)  # the costliest: last
    )


def statement(text, lang="xx", max_sentences=MAX_SENTENCES, max_words=MAX_WORDS):
    """The first run of one to three statement sentences of ``text`` (at most ``max_words``),
    a claim's usual place being the paragraph's start; None when there is none. A quote opens
    on a sentence that stands alone (``stands_alone``); a list item without a main verb
    ("• Ensuring all persons…") and filler text give none."""
    if lang in FILLER_LANGUAGES or _gerund_item(text):
        return None
    found = sentences(text)
    for start, sentence in enumerate(found):
        if (
            not stands_alone(sentence)
            or not _has_verb(sentence, lang)
            or not is_statement(sentence, lang=lang)
        ):
            continue
        run = [sentence]
        for following in found[start + 1 : start + max_sentences]:
            # a short sentence may follow the claim ("Nobody was charged.")
            if (
                not _has_verb(following, lang)
                or not is_statement(following, 3, lang)
                or _words(" ".join(run + [following])) > max_words
            ):
                break
            run.append(following)
        quote = " ".join(run)
        return f"{quote[:-1]}." if quote.endswith(";") else quote
    return None
