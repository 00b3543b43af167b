"""Links between notes and the evidence: submissions, passages, themes, reports, other notes.

A link is seen from both sides: ``links_of_note`` lists what a note is linked to, and
``notes_linked_to`` lists the notes linked to a submission (directly or through one of its
passages), a passage, a theme or a report. Descriptions of submissions go through
workbench/privacy.py, so a confidential submitter is never named on a page.
"""

from .. import audit, callscope, privacy, search, store
from ..errors import NotFound
from ..stores import notes
from . import notebook, symbols

TARGET_TYPES = ("submission", "passage", "theme", "report", "note")


def check_target(target_type):
    if target_type not in TARGET_TYPES:
        raise ValueError(
            f"unknown link target '{target_type}': use one of {', '.join(TARGET_TYPES)}"
        )


def add_link(
    db, note_id, target_type, target_id, origin="manual", symbol="", label="", user="unknown"
):
    """Link inside the caller's transaction; True when the link is new."""
    check_target(target_type)
    new = notes.insert_link(db, note_id, target_type, int(target_id), origin, symbol, label, user)
    if new:
        audit.record(db, user, "link_note", "notes", note_id, target_type, None, target_id)
    return new


def link(db, note_id, target_type, target_id, label="", user="unknown"):
    """Link a note to a submission, passage, theme, report or note (no-op if already linked)."""
    notebook.get_note(db, note_id)
    if target_type == "theme" and not label:
        label = theme_label(db, target_id)
    with store.transaction(db):
        return add_link(db, note_id, target_type, target_id, label=label, user=user)


def unlink(db, note_id, target_type, target_id, user="unknown"):
    with store.transaction(db):
        gone = notes.delete_link(db, note_id, target_type, int(target_id))
        if gone:
            audit.record(db, user, "unlink_note", "notes", note_id, target_type, target_id, None)
    return gone


def note_links(db, note_id):
    return notes.links_of_note(db, note_id)


# ---------------------------------------------------------------- describing targets


def submission_label(sub, internal=False):
    """'#12 Rainbow Coalition' for a public submitter; '#12 a civil society organization, Africa' otherwise."""
    return f"#{sub['id']} {privacy.attribution(sub, internal=internal)}"


def passage_row(db, passage_id):
    return store.get_passage(db, passage_id)


def safe_passage_text(db, passage, limit=300, pub=None):
    """A passage's text without any identifier of its call's submitters who may not be named
    (``pub``: its call's team gate, when the caller has it)."""
    if pub is None:
        call = store.call_of_submission(db, passage["submission_id"])
        pub = callscope.CallScope(db, call).team_publication
    text = pub.quote(
        pub.submissions.get(passage["submission_id"], {"id": passage["submission_id"]}),
        passage["text"],
    )
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def describe(db, link_row):
    """A one-line, confidentiality-safe description of what a link points to (None if it is gone)."""
    kind, target = link_row["target_type"], link_row["target_id"]
    try:
        if kind == "submission":
            return submission_label(store.get_submission(db, target))
        if kind == "passage":
            passage = passage_row(db, target)
            if passage is None:
                return None
            sub = store.get_submission(db, passage["submission_id"])
            return f"{submission_label(sub)}, p. {passage['page']}: “{safe_passage_text(db, passage, 160)}”"
        if kind == "note":
            return notebook.citation_of(notebook.get_note(db, target))
        if kind == "report":
            report = store.report_by_id(db, target)
            return report and f"{report['title']} ({report['body']} {report['year']})"
    except NotFound:
        return None
    return f"Theme: {link_row.get('target_label') or target}"


def links_of_note(db, note_id):
    """Everything a note is linked to, described, with how the link was made."""
    described = []
    for row in note_links(db, note_id):
        text = describe(db, row)
        if text is not None:
            described.append({**row, "description": text})
    return described


# ---------------------------------------------------------------- the other side


def notes_linked_to(db, target_type, target_id):
    """Notes linked to a target; a submission also shows the notes linked to its passages."""
    check_target(target_type)
    return notes.notes_linked_to(db, target_type, int(target_id))


def links_to_targets(db, target_type, target_ids):
    """{target_id: [note ids]} for many targets of one type at once (the background document)."""
    found = {}
    for row in notes.links_to_targets(db, target_type, [int(i) for i in target_ids]):
        found.setdefault(row["target_id"], []).append(row["note_id"])
    return found


# ---------------------------------------------------------------- UN document symbols


def symbol_index(db, call=None):
    """{symbol: {"notes": [note ids], "passages": [passage ids]}} for every symbol found in the
    notes and the passages of ``call`` (a CallScope, or its slug; None: every call)."""
    index = {}
    for note in notes.plain_notes(db):
        for symbol in symbols.note_symbols(note):
            index.setdefault(symbols.base_symbol(symbol), {"notes": [], "passages": []})[
                "notes"
            ].append(note["id"])
    for passage in passages_with_slashes(db, call):
        for symbol in symbols.find_symbols(passage["text"]):
            entry = index.setdefault(symbols.base_symbol(symbol), {"notes": [], "passages": []})
            if passage["id"] not in entry["passages"]:
                entry["passages"].append(passage["id"])
    return index


def passages_with_slashes(db, call=None):
    """Only passages with a '/' can cite a symbol: a cheap filter before the regex."""
    return store.passages_containing(db, "/", callscope.of(db, call).id if call else None)


def link_by_symbols(db, call=None, user="symbols"):
    """Link every note to the passages and notes that cite the same UN document; returns new links."""
    created = 0
    with store.transaction(db):
        for symbol, entry in symbol_index(db, call).items():
            for note_id in entry["notes"]:
                for passage_id in entry["passages"]:
                    created += add_link(
                        db, note_id, "passage", passage_id, "symbol", symbol, user=user
                    )
                for other in entry["notes"]:
                    if other != note_id:
                        created += add_link(db, note_id, "note", other, "symbol", symbol, user=user)
    return created


# ---------------------------------------------------------------- what a page offers to link to


def link_targets(db, call, target_type, query=None, limit=50):
    """[(id, confidentiality-safe label)] a person can link a note to, within ``call`` (a
    CallScope, or its slug)."""
    if target_type == "report":
        return [
            (r["id"], f"{r['title']} ({r['body']} {r['year']})") for r in store.list_reports(db)
        ]
    if target_type == "note":
        return [(n["id"], notebook.citation_of(n)) for n in notebook.list_notes(db)]
    if not call:
        return []
    scope = callscope.of(db, call)
    if target_type == "submission":
        return [(s["id"], submission_label(s)) for s in scope.submissions]
    if target_type == "theme":
        return theme_targets(db, scope)
    return passage_targets(db, scope, query, limit)


THEME_KINDS = {"final": "final theme", "candidate": "candidate theme"}


def theme_targets(db, scope):
    """Final themes first, then candidate themes, each label saying which it is."""
    listed = sorted(theme_list(db, scope), key=lambda t: not t["final"])
    return [
        (t["id"], f"{t['label']} ({THEME_KINDS.get(t['status'], t['status'])})") for t in listed
    ]


def theme_list(db, scope):
    """Every theme of the call, final and candidate."""
    from .. import themes  # loads scikit-learn and spaCy: only when themes are asked for

    return themes.list_themes(db, scope, include_passages=False, status="all")


def theme_label(db, theme_id):
    """The theme's own label, kept with a link (theme ids go when themes are proposed again)."""
    from ..themes import theme_store

    try:
        return theme_store.get_theme(db, theme_id)["label"]
    except NotFound:
        return ""


def passage_targets(db, scope, query, limit):
    """Passages matching a search (workbench/search: every word in any form, phrases, OR),
    labelled without confidential names."""
    if not (query or "").strip():
        return []
    found = search.search(db, query, scope, limit=limit, note_limit=0).passages
    subs = {s["id"]: s for s in scope.submissions}
    return [
        (
            p["passage_id"],
            f"{submission_label(subs[p['submission_id']])}, p. {p['page']}: "
            f"“{safe_passage_text(db, p, 140, scope.team_publication)}”",
        )
        for p in found
    ]
