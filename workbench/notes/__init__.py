"""Literature-review notes linked to the evidence (submissions, passages, themes, reports).

from workbench import notes
notes.create_note(db, {"title": ..., "summary": ...}, user="ra", report_slug="religion")
notes.import_references(db, "zotero.bib", report_slug="religion")
notes.link(db, note_id, "passage", passage_id, user="ra")
notes.suggest_links(db, "religion-2022"); notes.accept(db, suggestion_id, user="ra")
"""

from .importers import ImportReport, import_references, read_references, sniff_format
from .links import (
    link,
    link_by_symbols,
    link_targets,
    links_of_note,
    links_to_targets,
    notes_linked_to,
    symbol_index,
    unlink,
)
from .notebook import (
    citation_of,
    create_note,
    delete_note,
    format_citation,
    get_note,
    list_notes,
    search_notes,
    update_note,
)
from .suggest import accept, pending, reject, suggest_links
from .symbols import find_symbols
