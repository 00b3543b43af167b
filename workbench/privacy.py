"""Do no harm: how a submission may be named, quoted and counted.

Every export, quote, statistic and log line goes through these functions, so the rule
lives in one place: a ``withhold_name`` submitter is never named, a ``do_not_publish``
submission is never quoted or named outside an internal edition, and an untagged
submission is treated as confidential until someone confirms otherwise.
"""

import re

from .vocab import region_label, type_label

PUBLIC = "public"
WITHHOLD_NAME = "withhold_name"
DO_NOT_PUBLISH = "do_not_publish"


REVIEWED = ("confirmed", "corrected")


def may_name(submission):
    """Fail closed: named only when tagged public (the tagger says public only when nothing
    anywhere looks like a request), readable, and reviewed by a person where the call asks
    for that (``name_after_review``). Unknown means no."""
    if (submission.get("confidentiality") or "") != PUBLIC:
        return False
    if (submission.get("status") or "ok") != "ok":
        return False
    if submission.get("name_after_review") and submission.get("conf_state") not in REVIEWED:
        return False
    return True


def may_quote(submission, internal=False):
    """Quotes come from public and withhold_name submissions; do_not_publish only internally."""
    level = submission.get("confidentiality") or ""
    if level == DO_NOT_PUBLISH:
        return internal
    return level in (PUBLIC, WITHHOLD_NAME) or internal


def anonymous_label(submission):
    """'a civil society organization, Latin America and the Caribbean' and the like."""
    kind = (
        type_label(submission.get("submitter_type"))
        if submission.get("submitter_type")
        else "a contributor"
    )
    if kind.startswith(("a ", "an ")):
        label = kind
    elif kind.startswith("other "):
        label = f"an{kind}"  # "another contributor", not "an other contributor"
    else:
        label = f"{_article(kind)} {kind}"
    region = region_label(submission.get("region"))
    return f"{label}, {region}" if region else label


def _article(word):
    """'an' before a vowel sound: 'an individual', but 'a United Nations entity'."""
    lowered = word.lower()
    if lowered.startswith(("uni", "eu", "one", "use")):
        return "a"
    return "an" if lowered[:1] in "aeiou" else "a"


def attribution(submission, internal=False):
    """How a quote or a row names its source."""
    if may_name(submission) and submission.get("submitter"):
        return submission["submitter"]
    label = anonymous_label(submission)
    if internal and submission.get("submitter"):
        return f"{label} [CONFIDENTIAL: {submission['submitter']}]"
    return label


def _name_pattern(name):
    """The name with any run of non-word characters between its words, so 'Hidden Voices'
    matches 'Hidden_Voices_submission.pdf' and 'Centre for Law, University (Minsk)' matches
    however its commas and brackets are spaced."""
    words = re.findall(r"\w+", name)
    return r"[\W_]*".join(re.escape(w) for w in words)


def redact(text, names, replacement="[withheld]"):
    """Remove every confidential name (case-insensitive) from free text, longest first."""
    for name in sorted(
        {n.strip() for n in names if n and len(n.strip()) > 2}, key=len, reverse=True
    ):
        pattern = _name_pattern(name)
        if pattern:
            text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    return text
