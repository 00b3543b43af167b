"""A call's questionnaire: the questions it asked, so that submitters repeating them are not
taken for what they say (workbench/themes/procedural.py matches them by similarity).

    set_questions(db, call, text)   parse pasted text (one question per line or paragraph) and keep it
    questions(db, call)             the questions, in order
"""

import re

from . import audit, callscope, store

NUMBERING = re.compile(
    r"^\s*(?:(?:question|pregunta|q)\s*)?[\(\[]?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)\]:]\s*",
    re.IGNORECASE,
)
BULLET = re.compile(r"^\s*[-•●▪*–]\s+")
MIN_WORDS = 3


def parse(text):
    """Questions from pasted text: one per line (numbering and bullets dropped); a line that
    does not start a new item and follows one that does not end a question continues it."""
    found = []
    for raw in (text or "").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        numbered = bool(NUMBERING.match(line) or BULLET.match(line))
        line = BULLET.sub("", NUMBERING.sub("", line)).strip()
        if found and not numbered and not found[-1].endswith(("?", ".", ":")):
            found[-1] = f"{found[-1]} {line}"
        else:
            found.append(line)
    return [q for q in found if len(q.split()) >= MIN_WORDS]


def set_questions(db, call, text, user="system"):
    """Replace the questionnaire of ``call`` (a CallScope, or its slug) with the questions in
    ``text``; returns them."""
    call = callscope.of(db, call).call
    found = parse(text)
    with store.transaction(db):
        old = store.call_questions(db, call["id"])
        store.set_call_questions(db, call["id"], found)
        audit.record(
            db,
            user,
            "set_questionnaire",
            "calls",
            call["id"],
            "questions",
            str(len(old)),
            str(len(found)),
        )
    return found


def questions(db, call):
    """The questionnaire of ``call`` (a CallScope, or its slug)."""
    return store.call_questions(db, callscope.of(db, call).id)
