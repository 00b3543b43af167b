"""A part's text as the request reader reads it: lines joined into sentences, a line on its own
kept apart (a title, a notice), boxes one option each, a form's answer with its question."""

import re

NOTICE_WORDS = 12  # a line this short that carries a marker is a notice, not prose
ZONE_LINES = 6  # the first lines of a file (and the last of its last page) hold its notices
BOX_OPTION = re.compile(r"\s+(?=[☐□☒☑]|\[[ xX]\]\s)")
UNTICKED = re.compile(r"\s*(?:☐|□|\[ \]|\( \)|○|◯)")
_CJK = re.compile(r"[\u3400-\u9fff]")
NO_WORDS = "no|non|não|nao|нет|nein|لا|否|不同意"
ANSWER_WORDS = NO_WORDS + "|yes|sí|si|oui|sim|да|ja|نعم|是|同意"
ANSWER = re.compile(rf"(?:{ANSWER_WORDS})\W*$", re.IGNORECASE)


def split(text, zone, paragraphs=False):
    """(sentence, in the notice zone, short) of a part: lines joined into sentences, headings kept apart."""
    # A box left unticked is an option not chosen: "☐ Do not publish".
    lines = [
        "" if UNTICKED.match(option) else option.strip()
        for line in text.splitlines()
        for option in BOX_OPTION.split(
            _boxes_first(line)
        )  # "☐ Allow  ☒ Do not allow": one line per box
    ]
    out, current, start = [], [], 0
    for i, line in enumerate(lines + [""]):
        if not line or heading(line):
            if current:
                out.append((" ".join(current), start))
                current = []
            if line:
                out.append((line, i))
            continue
        if not current:
            start = i
        current.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else ""
        # A line ends its sentence at a full stop, or when it is short and the next one starts with a capital.
        if (
            paragraphs
            or re.search(r"[.!?؟。！？]$", line)
            or (following[:1].isupper() and len(line) < 50 and not re.search(r"[,\-–]$", line))
        ):
            out.append((" ".join(current), start))
            current = []
    out = _ticked_answers_joined(out)
    out += _first_line_alone(lines, out, zone, paragraphs)
    n = len(lines)
    result = []
    for index, (block, line_no) in enumerate(out):
        in_zone = (zone == "first" and line_no < ZONE_LINES) or (
            zone == "last" and line_no >= n - ZONE_LINES
        )
        sentences = _answers_kept(
            _abbreviations_kept(
                t.strip()
                for t in re.split(r"(?<=[.!?؟])\s+(?=\S)|(?<=[。！？])", block)
                if t.strip()
            )
        )
        alone = block in lines and len(sentences) == 1  # a line on its own: a title, a notice
        for sentence in sentences:
            if sentence:
                short = alone and words(sentence) <= NOTICE_WORDS and len(sentence) < 120
                result.append((sentence, in_zone, short, index))
    return result


def _first_line_alone(lines, blocks, zone, paragraphs):
    """A PDF's first line joined to the next is read alone too: in a script without capitals
    nothing shows that a title or a notice ("مساهمة مقدمة دون الكشف عن هوية الجهة المرسلة")
    ended there, and the title run into it must not make it a mention."""
    if paragraphs or zone != "first" or not lines or not lines[0]:
        return []
    joined = next((block for block, start in blocks if start == 0), lines[0])
    return [] if joined == lines[0] else [(lines[0], 0)]


def _boxes_first(line):
    """An Arabic form puts each box after its option ("نعم ☒ لا ☐"): box first, as elsewhere."""
    if not (_ARABIC.search(line) and re.search(r"[☐□☒☑]\s*$", line)):
        return line
    return re.sub(r"([^\s☐□☒☑:：]+)\s*([☐□☒☑])", r"\2 \1", line)


_ARABIC = re.compile(r"[\u0600-\u06ff]")
TICKED_ANSWER = re.compile(rf"\s*(?:[☒☑✓✔]|\[[xX]\])\s*((?:{ANSWER_WORDS})\b\W*)$", re.IGNORECASE)


def _ticked_answers_joined(blocks):
    """A form's question (or label) and the box ticked under or after it read as one:
    "¿Autoriza la publicación …?" over "☐ Sí ☒ No" is "… ? No"; "Mention du nom : ☐ oui ☒ non"
    is "Mention du nom : non"."""
    out = []
    for block, line_no in blocks:
        answer = TICKED_ANSWER.match(block)
        if answer and out and out[-1][0].rstrip().endswith(("?", "？", "؟", ":", "：")):
            out[-1] = (f"{out[-1][0]} {answer.group(1)}", out[-1][1])
        else:
            out.append((block, line_no))
    return out


def _abbreviations_kept(pieces):
    """A piece starting in lower case continues the sentence an abbreviation cut ("ggf. nur
    mit Initialen", "e.g. our name")."""
    out = []
    for piece in pieces:
        if out and out[-1][-1:] == "." and (piece[:1].islower() or _page_cut(out[-1], piece)):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


# "on p. 6", "auf S. 4", "en la pág. 3", "на с. 5": a page number is no sentence of its own.
PAGE_ABBREVIATION = re.compile(r"(?:^|\s)(?:p|pp|pg|pág|pag|s|с|стр|ص)\.$", re.IGNORECASE)


def _page_cut(before, piece):
    return bool(PAGE_ABBREVIATION.search(before) and piece[:1].isdigit())


def _answers_kept(pieces):
    """A short answer stays with its question: "Autoriza a publicação? Não"."""
    out = []
    for piece in pieces:
        if out and out[-1][-1:] in "?？؟" and ANSWER.match(piece):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def words(text):
    """Words of a text; Chinese, written without spaces, counts about one word per 1.5 characters."""
    return len(text.split()) + len(_CJK.findall(text)) / 1.5


def heading(line):
    """A line in capitals, or a short one without final punctuation, stands alone (a title, a notice)."""
    if line.isupper() and len(line) > 3:
        return True
    return len(line) < 60 and not re.search(r"[.,;:!?؟。，]$", line) and not line[:1].islower()
