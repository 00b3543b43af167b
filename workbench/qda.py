"""REFI-QDA exchange: a call as a QDA project (.qdpx) or its codebook (.qdc), and a codebook back.

The REFI-QDA standard (QDA-XML 1.0, www.qdasoftware.org) is what NVivo, MAXQDA, ATLAS.ti and
QualCoder import and export. A project holds:
- one text source per readable submission: its passages in reading order (every paragraph,
  heading and note as extracted and cleaned), a blank line between them, so every coded
  segment is an exact character range; each page's first position is an uncoded selection
  named "page N" (a paragraph running over a page end counts to the page it starts on);
- codes: the call's final themes (else candidates), then the codebook areas under one parent,
  with colours and descriptions; a hierarchy imported from a .qdc is kept;
- codings: every passage of a theme, and every passage the codebook codes to an area;
- one case per submission with its variables (type, region, country, scope, language,
  confidentiality); literature notes as notes.

What leaves the team goes through workbench/publication.py: unless ``internal``, a submitter who
may not be named appears by type and region only (no name, country, file name or id; its
identifiers redacted from its text, which is what positions are counted on), and submissions
that may not be quoted (do_not_publish, untagged) are left out.

Every file written is validated against the published schemas shipped in workbench/data.
"""

import datetime
import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

from lxml import etree

from . import audit, callscope, privacy, publication, store
from .errors import WorkbenchError
from .notes import links, notebook
from .stores import qda_codes

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
PROJECT_XSD = "data/Project-mrt2019.xsd"
CODEBOOK_XSD = "data/Codebook-mrt2019.xsd"
ORIGIN = "Submissions Workbench"
# GUIDs of themes and areas are derived from the call so a codebook comes back to the same themes.
GUID_SPACE = uuid.UUID("6f1c2d7e-4b8a-5e39-9c0d-2a7f3e1b5c44")
PARAGRAPH_BREAK = "\n\n"
VARIABLES = ("submitter_type", "region", "country", "scope", "language", "confidentiality")
# Tableau 20 and ColorBrewer Set3: distinct colours QDA programs show as code colours.
THEME_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#aec7e8",
    "#ffbb78",
    "#98df8a",
    "#ff9896",
    "#c5b0d5",
    "#c49c94",
    "#f7b6d2",
    "#c7c7c7",
    "#dbdb8d",
    "#9edae5",
)
AREA_COLOURS = (
    "#8dd3c7",
    "#ffffb3",
    "#bebada",
    "#fb8072",
    "#80b1d3",
    "#fdb462",
    "#b3de69",
    "#fccde5",
    "#d9d9d9",
    "#bc80bd",
    "#ccebc5",
    "#ffed6f",
)


class InvalidQDA(WorkbenchError):
    """A file that is not valid REFI-QDA (names the file and the first schema error)."""


# ---------------------------------------------------------------- what goes in


@dataclass
class Code:
    guid: str
    name: str
    description: str = ""
    color: str = ""
    codable: bool = True
    children: list = field(default_factory=list)


@dataclass
class Source:
    guid: str
    name: str
    text: str
    pages: list  # [(page name, start position)]: 'page 2', or 'file 2, page 1' for annexes
    spans: dict  # {passage id: (start, end)}
    submission: dict
    case_name: str


@dataclass
class Project:
    name: str
    codes: list
    sources: list
    codings: list  # [(source guid, passage id, code guid)]
    notes: list  # [(guid, title, text, [target guids])]
    description: str = ""


def theme_guid(call_slug, theme_id):
    return str(uuid.uuid5(GUID_SPACE, f"{call_slug}/theme/{theme_id}"))


def area_guid(area):
    return str(uuid.uuid5(GUID_SPACE, f"area/{area}"))


AREAS_ROOT = str(uuid.uuid5(GUID_SPACE, "areas"))


def collect(db, call, internal=False):
    """``call`` (a CallScope, or its slug) as a Project: sources, codes, codings and notes,
    through the publication gate (over the submissions it holds: readable, not excluded)."""
    scope = callscope.of(db, call)
    call = scope.call
    subs = list(scope.counted.values())
    pub = None if internal else publication.Publication(db, subs)
    sources = _sources(db, subs, pub)
    by_passage = {pid: src.guid for src in sources for pid in src.spans}
    theme_codes, theme_members = _theme_codes(db, scope, pub)
    area_codes, area_members = _area_codes(db, scope)
    codings = [
        (by_passage[pid], pid, guid)
        for guid, pids in {**theme_members, **area_members}.items()
        for pid in pids
        if pid in by_passage
    ]
    left_out = len(subs) - len(sources)
    described = f"{len(sources)} submissions of call '{call['slug']}'" + (
        f"; {left_out} left out (do not publish, or confidentiality not yet tagged)"
        if left_out
        else ""
    )
    return Project(
        name=_text(pub, call["title"] or call["slug"]),
        codes=theme_codes + [area_codes],
        sources=sources,
        codings=sorted(codings),
        notes=_notes(db, scope, sources, pub),
        description=described,
    )


def _text(pub, text):
    return pub.redact(text) if pub else text


def _sources(db, subs, pub):
    """Named submissions by id, then withheld ones by type and region with a counter (no id)."""
    quotable = [s for s in subs if privacy.may_quote(s, internal=pub is None)]
    named = [s for s in quotable if pub is None or pub.may_name(s)]
    withheld = sorted(
        (s for s in quotable if s not in named),
        key=lambda s: (s["submitter_type"] or "", s["region"] or ""),
    )
    found = [_source(db, s, pub, _case_name(s, pub)) for s in named]
    found += [
        _source(db, s, pub, f"withheld {n}: {privacy.anonymous_label(s)}", secret=True)
        for n, s in enumerate(withheld, 1)
    ]
    return found


def _page_name(files, passage):
    """'page 3', or 'file 2, page 3' for a submission of several files (no file names: they can name)."""
    if len(files) == 1:
        return f"page {passage['page']}"
    return f"file {files.index(passage['file']) + 1}, page {passage['page']}"


def _case_name(sub, pub):
    name = sub["submitter"] or sub["source"]
    return (
        f"{sub['id']} {name}"
        if pub is None
        else f"{sub['id']} {pub.attribution(sub) or sub['source']}"
    )


def _source(db, sub, pub, name, secret=False):
    """A submission's passages joined into one text: exact spans per passage, page starts."""
    parts, spans, pages, position = [], {}, [], 0
    passages = store.submission_passages(db, sub["id"])
    files = list(dict.fromkeys(p["file"] for p in passages))  # pages are numbered per file
    for passage in passages:
        text = xml_safe(pub.quote(sub, passage["text"]) if pub else passage["text"])
        if parts:
            parts.append(PARAGRAPH_BREAK)
            position += len(PARAGRAPH_BREAK)
        page = _page_name(files, passage)
        if not pages or pages[-1][0] != page:
            pages.append((page, position))
        spans[passage["id"]] = (position, position + len(text))
        parts.append(text)
        position += len(text)
    # A withheld submitter's source gets a random GUID: a derived one would join exports to its id.
    guid = str(uuid.uuid4()) if secret else str(uuid.uuid5(GUID_SPACE, f"submission/{sub['id']}"))
    return Source(guid, name, "".join(parts), pages, spans, sub, name)


def _theme_codes(db, scope, pub):
    """Theme codes (a hierarchy imported from a .qdc kept) and {code guid: [passage ids]}."""
    from . import themes

    shown = {
        t["id"]: t
        for t in themes.list_themes(db, scope, include_passages=False, internal=pub is None)
    }
    members = {
        t["id"]: [p["passage_id"] for p in t["passages"]]
        for t in themes.list_themes(db, scope, internal=True)
    }
    kept = codebook_entries(db, scope)
    codes, guids = {}, {}
    for n, (theme_id, theme) in enumerate(shown.items()):
        entry = kept.get(theme_id, {})
        guid = entry.get("guid") or theme_guid(scope.slug, theme_id)
        guids[theme_id] = guid
        codes[guid] = Code(
            guid,
            theme["label"],
            _text(pub, entry.get("description") or _theme_description(theme)),
            entry.get("color") or THEME_COLOURS[n % len(THEME_COLOURS)],
        )
    return _tree(codes, kept.values(), pub), {guids[t]: members.get(t, []) for t in shown}


def _theme_description(theme):
    terms = ", ".join(theme["terms"][:8])
    return (
        f"{'Final' if theme['final'] else 'Candidate'} theme of the Submissions Workbench"
        + (f"; top terms: {terms}" if terms else "")
        + f"; {theme['size']} passages in {theme['n_submissions']} submissions."
    )


def _tree(codes, entries, pub):
    """Nest theme codes under the groups of an imported codebook; the rest stay at the top."""
    entries = sorted(entries, key=lambda e: e["position"])
    for entry in entries:
        if entry["theme_id"] is None and entry["guid"] not in codes:
            codes[entry["guid"]] = Code(
                entry["guid"],
                _text(pub, entry["name"]),
                _text(pub, entry["description"]),
                entry["color"] or "",
                codable=False,
            )
    top = []
    parents = {e["guid"]: e["parent_guid"] for e in entries}
    for guid, code in codes.items():
        parent = parents.get(guid)
        (codes[parent].children if parent in codes else top).append(code)
    return top


def _area_codes(db, scope):
    """The codebook areas under one parent, and {area guid: [passage ids it codes]}."""
    from . import themes

    titles = {r["area"]: r["title"] for r in store.list_reports(db) if r.get("area")}
    root = Code(
        AREAS_ROOT,
        "Codebook areas",
        "The mandate's thematic areas; passages coded by the workbench's "
        "multilingual codebook (workbench/data/codebook.csv).",
        "#666666",
        codable=False,
    )
    members = {}
    for n, area in enumerate(themes.areas()):
        guid = area_guid(area)
        found = themes.codebook_passages(db, scope, area, internal=True)
        terms = sorted({t for p in found for t in p["terms"]})[:10]
        root.children.append(
            Code(
                guid,
                area.replace("_", " ").capitalize(),
                f"Area of the report '{titles.get(area, area)}'"
                + (f"; terms that coded passages here: {', '.join(terms)}" if terms else ""),
                AREA_COLOURS[n % len(AREA_COLOURS)],
            )
        )
        members[guid] = [p["passage_id"] for p in found]
    return root, members


def _notes(db, scope, sources, pub):
    """Literature notes of the call's report and those linked to its themes, submissions or passages."""
    report_id = scope.call["report_id"]
    found = {n["id"]: n for n in notebook.notes_for_report(db, report_id)} if report_id else {}
    targets = {}
    for note_ids in links.links_to_targets(db, "theme", _theme_ids(db, scope)).values():
        found.update({nid: None for nid in note_ids if nid not in found})
    by_sub = {s.submission["id"]: s.guid for s in sources}
    for sub_id, note_ids in links.links_to_targets(db, "submission", list(by_sub)).items():
        for nid in note_ids:
            targets.setdefault(nid, set()).add(by_sub[sub_id])
    by_passage = {pid: s.guid for s in sources for pid in s.spans}
    for pid, note_ids in links.links_to_targets(db, "passage", list(by_passage)).items():
        for nid in note_ids:
            targets.setdefault(nid, set()).add(by_passage[pid])
    for nid in {n for n, note in found.items() if note is None} | (set(targets) - set(found)):
        found[nid] = notebook.get_note(db, nid)
    return [
        (
            str(uuid.uuid5(GUID_SPACE, f"note/{nid}")),
            _text(pub, note["title"]),
            _text(pub, _note_text(note)),
            sorted(targets.get(nid, ())),
        )
        for nid, note in sorted(found.items())
    ]


def _theme_ids(db, scope):
    from . import themes

    return [t["id"] for t in themes.list_themes(db, scope, include_passages=False, internal=True)]


def _note_text(note):
    parts = [
        notebook.citation_of(note),
        note.get("summary") or "",
        note.get("key_findings") or "",
        note.get("url") or "",
    ]
    return "\n\n".join(p for p in parts if p)


# ---------------------------------------------------------------- XML


def _now():
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def _code_xml(code):
    colour = f' color="{code.color}"' if code.color else ""
    inner = f"<Description>{_esc(code.description)}</Description>" if code.description else ""
    inner += "".join(_code_xml(child) for child in code.children)
    return (
        f'<Code guid="{code.guid}" name="{_attr(code.name)}" isCodable="{"true" if code.codable else "false"}"'
        f"{colour}>{inner}</Code>"
    )


# Characters XML 1.0 cannot hold (control characters a PDF can carry): never written.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text):
    return _NOT_XML.sub("", text or "")


def _attr(text):
    return escape(xml_safe(text), {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _esc(text):
    return escape(xml_safe(text))


def project_xml(project, user_guid, when):
    """project.qde as text (elements in the order the schema requires)."""
    variables = {name: str(uuid.uuid5(GUID_SPACE, f"variable/{name}")) for name in VARIABLES}
    out = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{PROJECT_NS}" name="{_attr(project.name)}" '
        f'origin="{ORIGIN}" creatingUserGUID="{user_guid}" creationDateTime="{when}">',
        f'<Users><User guid="{user_guid}" name="{ORIGIN}"/></Users>',
        "<CodeBook><Codes>" + "".join(_code_xml(c) for c in project.codes) + "</Codes></CodeBook>",
        "<Variables>"
        + "".join(
            f'<Variable guid="{g}" name="{n}" typeOfVariable="Text"/>' for n, g in variables.items()
        )
        + "</Variables>",
    ]
    if project.sources:
        out.append(
            "<Cases>" + "".join(_case_xml(s, variables) for s in project.sources) + "</Cases>"
        )
        out.append(
            "<Sources>"
            + "".join(_source_xml(s, project, user_guid, when) for s in project.sources)
            + "</Sources>"
        )
    if project.notes:
        out.append(
            "<Notes>" + "".join(_note_xml(n, user_guid, when) for n in project.notes) + "</Notes>"
        )
    if project.description:
        out.append(f"<Description>{_esc(project.description)}</Description>")
    out.append("</Project>")
    return "".join(out)


def _case_xml(source, variables):
    case_guid = str(uuid.uuid5(uuid.UUID(source.guid), "case"))
    values = "".join(
        f'<VariableValue><VariableRef targetGUID="{variables[name]}"/><TextValue>{_esc(str(value))}</TextValue>'
        f"</VariableValue>"
        for name, value in _variable_values(source).items()
    )
    return f'<Case guid="{case_guid}" name="{_attr(source.case_name)}">{values}<SourceRef targetGUID="{source.guid}"/></Case>'


def _variable_values(source):
    sub = source.submission
    values = {name: sub.get(name) or "" for name in VARIABLES}
    if source.name.startswith("withheld "):
        values["country"] = ""  # the publication rule: type and region only
    return {k: v for k, v in values.items() if v}


def _source_xml(source, project, user_guid, when):
    selections = [
        f'<PlainTextSelection guid="{uuid.uuid5(uuid.UUID(source.guid), f"page/{page}")}" '
        f'name="{page}" startPosition="{start}" endPosition="{start}"/>'
        for page, start in source.pages
    ]
    for src, pid, code in project.codings:
        if src != source.guid:
            continue
        start, end = source.spans[pid]
        guid = uuid.uuid5(uuid.UUID(source.guid), f"passage/{pid}/{code}")
        selections.append(
            f'<PlainTextSelection guid="{guid}" name="{_page_of(source, start)}" startPosition="{start}" '
            f'endPosition="{end}" creatingUser="{user_guid}" creationDateTime="{when}">'
            f'<Coding guid="{uuid.uuid5(guid, "coding")}" creatingUser="{user_guid}"><CodeRef targetGUID="{code}"/></Coding>'
            f"</PlainTextSelection>"
        )
    notes = "".join(
        f'<NoteRef targetGUID="{g}"/>'
        for g, _, _, targets in project.notes
        if source.guid in targets
    )
    return (
        f'<TextSource guid="{source.guid}" name="{_attr(source.name)}" plainTextPath="internal://{source.guid}.txt" '
        f'creatingUser="{user_guid}" creationDateTime="{when}"><Description>{_esc(_page_description(source))}'
        f"</Description>{''.join(selections)}{notes}</TextSource>"
    )


def _page_of(source, position):
    page = source.pages[0][0] if source.pages else "page 1"
    for number, start in source.pages:
        if start <= position:
            page = number
    return page


def _page_description(source):
    return "Page starts (character positions): " + "; ".join(f"{p}: {s}" for p, s in source.pages)


def _note_xml(note, user_guid, when):
    guid, title, text, _ = note
    return (
        f'<Note guid="{guid}" name="{_attr(title)}" creatingUser="{user_guid}" creationDateTime="{when}">'
        f"<PlainTextContent>{_esc(text)}</PlainTextContent></Note>"
    )


def codebook_xml(codes):
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="{CODEBOOK_NS}" origin="{ORIGIN}"><Codes>'
        + "".join(_code_xml(c) for c in codes)
        + "</Codes></CodeBook>"
    )


@lru_cache(maxsize=2)
def _schema(name):
    with resources.as_file(resources.files("workbench").joinpath(name)) as path:
        return etree.XMLSchema(etree.parse(str(path)))


def validate(xml_bytes, kind="project", what="project.qde"):
    """Raise InvalidQDA naming the first schema error unless ``xml_bytes`` is valid REFI-QDA."""
    schema = _schema(PROJECT_XSD if kind == "project" else CODEBOOK_XSD)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        document = etree.fromstring(xml_bytes, parser)
    except etree.XMLSyntaxError as error:
        raise InvalidQDA(f"{what}: not well-formed XML ({error})") from None
    if not schema.validate(document):
        first = schema.error_log.filter_from_errors()[0]
        raise InvalidQDA(f"{what}: not valid REFI-QDA (line {first.line}: {first.message})")
    return document


# ---------------------------------------------------------------- writing


def export_project(db, call, out, internal=False):
    """Write ``call`` (a CallScope, or its slug) as a .qdpx (a ZIP: project.qde +
    sources/<guid>.txt) to a path or stream.

    Returns the Project written (counts for messages and tests)."""
    project = collect(db, call, internal=internal)
    when, user = _now(), str(uuid.uuid5(GUID_SPACE, "user/workbench"))
    xml = project_xml(project, user, when).encode("utf-8")
    validate(xml, "project")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for source in project.sources:
            archive.writestr(f"sources/{source.guid}.txt", source.text.encode("utf-8"))
    _write(out, buffer.getvalue())
    return project


def export_codebook(db, call, out, internal=False):
    """Write the codebook of ``call`` (a CallScope, or its slug) alone as a .qdc (themes and
    codebook areas, hierarchy kept)."""
    scope = callscope.of(db, call)
    theme_codes, _ = _theme_codes(db, scope, scope.publication_for(internal))
    area_root, _ = _area_codes(db, scope)
    xml = codebook_xml(theme_codes + [area_root]).encode("utf-8")
    validate(xml, "codebook", "codebook.qdc")
    _write(out, xml)
    return theme_codes + [area_root]


def project_bytes(db, call, internal=False):
    buffer = io.BytesIO()
    export_project(db, call, buffer, internal=internal)
    return buffer.getvalue()


def codebook_bytes(db, call, internal=False):
    buffer = io.BytesIO()
    export_codebook(db, call, buffer, internal=internal)
    return buffer.getvalue()


def _write(out, data):
    if hasattr(out, "write"):
        out.write(data)
    else:
        store.write_private(out, data)  # owner-only, like every file the workbench writes


# ---------------------------------------------------------------- a codebook back in


@dataclass
class ImportReport:
    renamed: list = field(default_factory=list)  # [(old label, new label)]
    accepted: list = field(default_factory=list)  # candidate themes made final
    described: int = 0
    groups: list = field(default_factory=list)  # codes without a theme, kept for the hierarchy
    untouched: list = field(default_factory=list)  # final themes the codebook does not name

    def summary(self):
        return (
            f"{len(self.renamed)} themes renamed, {len(self.accepted)} accepted, {self.described} described, "
            f"{len(self.groups)} codes without passages kept as groups, "
            f"{len(self.untouched)} final themes not in the codebook left as they are"
        )


def read_codebook(data, what="codebook.qdc"):
    """[(guid, name, description, colour, parent guid)] of a .qdc (or a .qdpx's project codebook),
    in document order; validated against the published schema first."""
    data = _qde_of(data) if data[:2] == b"PK" else data
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    kind = "codebook" if root.tag == f"{{{CODEBOOK_NS}}}CodeBook" else "project"
    validate(data, kind, what)
    ns = CODEBOOK_NS if kind == "codebook" else PROJECT_NS
    codes = (
        root.find(f"{{{ns}}}Codes")
        if kind == "codebook"
        else root.find(f"{{{ns}}}CodeBook/{{{ns}}}Codes")
    )
    found = []
    _walk(codes, ns, None, found)
    return found


def _qde_of(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if n.lower().endswith(".qde")]
        if not names:
            raise InvalidQDA("the .qdpx holds no project.qde")
        return archive.read(names[0])


def _walk(element, ns, parent, found):
    for code in element.findall(f"{{{ns}}}Code") if element is not None else []:
        description = code.findtext(f"{{{ns}}}Description") or ""
        found.append(
            {
                "guid": code.get("guid").strip("{}").lower(),
                "name": code.get("name"),
                "description": description,
                "color": code.get("color") or "",
                "parent_guid": parent,
                "codable": code.get("isCodable") in ("true", "1"),
            }
        )
        _walk(code, ns, found[-1]["guid"], found)


def import_codebook(db, call, data, user="import"):
    """Bring a codebook edited in a QDA program back into the final themes of ``call`` (a
    CallScope, or its slug): a code that is
    a theme (by GUID, else by its label) renames it, gives it a description and a place in the
    hierarchy, and makes a candidate final; a code with no theme is kept as a group."""
    from . import themes

    scope = callscope.of(db, call)
    codes = [c for c in read_codebook(data) if not _is_area(c)]
    by_guid, by_label = _theme_index(db, scope)
    report, entries = ImportReport(), []
    for position, code in enumerate(codes):
        theme = by_guid.get(code["guid"]) or by_label.get(code["name"].strip().casefold())
        if theme is None:
            report.groups.append(code["name"])
        else:
            _apply(db, theme, code, report, user, themes)
        entries.append({**code, "theme_id": theme["id"] if theme else None, "position": position})
    report.described = sum(1 for e in entries if e["theme_id"] and e["description"])
    named = {e["theme_id"] for e in entries}
    report.untouched = [
        t["label"]
        for t in themes.list_themes(db, scope, include_passages=False, internal=True)
        if t["final"] and t["id"] not in named
    ]
    save_codebook_entries(db, scope.id, entries, user)
    return report


def _is_area(code):
    return code["guid"] == AREAS_ROOT or code["parent_guid"] == AREAS_ROOT


def _theme_index(db, scope):
    from . import themes

    listed = themes.list_themes(db, scope, include_passages=False, status="all", internal=True)
    kept = codebook_entries(db, scope)
    by_guid = {theme_guid(scope.slug, t["id"]): t for t in listed}
    by_guid.update({kept[t["id"]]["guid"]: t for t in listed if t["id"] in kept})
    # A shareable codebook printed labels redacted (publication.label): those name the theme too.
    shown = {
        t["id"]: t["label"]
        for t in themes.list_themes(db, scope, include_passages=False, status="all")
    }
    by_label = {}
    for theme in sorted(listed, key=lambda t: not t["final"]):  # a final theme wins a shared label
        theme["shown_label"] = shown.get(theme["id"], theme["label"])
        for label in (theme["label"], theme["shown_label"]):
            by_label.setdefault(label.strip().casefold(), theme)
    return by_guid, by_label


def _apply(db, theme, code, report, user, themes):
    if not theme["final"]:
        themes.accept(db, [theme["id"]], user)
        report.accepted.append(code["name"])
    if code["name"].strip() and code["name"].strip() not in (theme["label"], theme["shown_label"]):
        themes.rename(db, theme["id"], code["name"].strip(), user)
        report.renamed.append((theme["label"], code["name"].strip()))


# ---------------------------------------------------------------- the stored codebook


def codebook_entries(db, call):
    """{theme id or guid: entry} of the codebook last imported for ``call`` (a CallScope, or its
    slug; qda_codes, m0014)."""
    found = qda_codes.of_call(db, callscope.of(db, call).id)
    return {(e["theme_id"] if e["theme_id"] is not None else e["guid"]): e for e in found}


def save_codebook_entries(db, call_id, entries, user):
    """Replace the call's imported codebook in one transaction, audited."""
    with store.transaction(db):
        qda_codes.replace(db, call_id, entries)
        audit.record(
            db,
            user,
            "import_codebook",
            "calls",
            call_id,
            "qda_codes",
            None,
            f"{len(entries)} codes",
        )
