"""What kind of submitter: rules for what is certain, the classifier for the rest."""

import re

from . import cues, names, precedents, type_model, type_signals
from .names import Found

STRONG_CUE = 3  # a name cue this strong overrides an unsure classifier
UNSURE = 0.8
# Kinds of submitter that name themselves as such ("... Medical Association", "University
# of ...", "Council of Churches"): an unsure guess of one of these with no such word in
# the name falls back to the name's own cue, else to a civil society organisation, the
# commonest kind, with a confidence low enough to be reviewed.
NAMED_KINDS = {
    "medical",
    "academic",
    "faith_based",
    "nhri",
    "un_entity",
    "intergovernmental",
    "parliamentarian",
}
FALLBACK_CONFIDENCE = 0.55
NAMED_CONFIDENCE = 0.9
KNOWN_CONFIDENCE = 0.95  # the name is a body of the gazetteer (a sourced list)   # a name that says what it is ("… Human Rights Commission")
ADDRESSEE_KINDS = ("un_entity", "intergovernmental")
# The classifier learnt from generated documents: on real ones its certainty means little,
# so a type it alone decided is never sure enough to skip review.
CLASSIFIER_CEILING = 0.75


def classify(doc, name, state_country=None, known=None):
    """Found(type) with its confidence and the words that decided it."""
    return classify_many([(doc, name, state_country, known)])[0]


def classify_many(items):
    """[Found(type)] of [(doc, name, state_country, known)], each as ``classify`` reads it
    alone; the classifier is asked once for all that the rules leave to it (one call per
    document was most of the survey import's tagging time)."""
    found = [_by_rules(*item) for item in items]
    left = [n for n, kind in enumerate(found) if kind is None]
    pipeline = type_model.load()
    rows = [type_signals.row(items[n][0], items[n][1].value) for n in left]
    probabilities = (
        type_model.probabilities_many(pipeline, rows) if pipeline and rows else [None] * len(left)
    )
    for n, probs in zip(left, probabilities):
        found[n] = _combine(items[n][1], probs)
    return found


def _by_rules(doc, name, state_country, known):
    """Found(type) when a rule decides it (a precedent, a mission, a note verbale, a personal
    statement, a known body, a name that says what it is), else None."""
    if known:
        return Found(known["submitter_type"], 0.97, precedents.evidence(known), kind="known")
    if state_country:
        return Found(
            "state", 0.97, state_country.evidence, state_country.page, state_country.file, "mission"
        )
    ticked = _ticked_type(doc) or _answered_type(doc)
    if ticked:
        return ticked
    verbale = names.is_note_verbale(doc)
    if verbale:
        return Found("state", 0.9, verbale, 1, doc.file_name, "note verbale")
    if name.kind == "state named":
        return Found("state", 0.9, name.evidence, name.page, name.file, "state named")
    if name.kind == names.MEMBER_HOW:
        return Found("parliamentarian", 0.9, name.evidence, name.page, name.file, name.kind)
    person = names.personal_statement(doc)
    if person and (not name.value or names.is_person(name.value)):
        return Found("individual", 0.9, person.text, person.page, person.file, "personal capacity")
    if name.known:
        hit = name.known
        # The body's type is certain; that it wrote this is only as sure as the name was found.
        sure = min(KNOWN_CONFIDENCE, name.confidence + 0.1)
        return Found(
            hit.type,
            sure,
            f"{name.value}: known as {hit.name} ({hit.type}; workbench/data/organisations.csv)",
            name.page,
            name.file,
            "known body",
        )
    return _un_office(doc, name) or _says_it_is_an_nhri(doc, name) or _named_kind(name)


# An online form's or template's row of boxes, one ticked: "Are you submitting as: ( ) State
# (x) Individual ( ) Other", "[X] INDH", "☒ Organização da sociedade civil". The submitter's
# own answer, when the ticked option is one of the vocabulary's kinds.
TICK = r"(?:\(\s*[xX✓✔•]\s*\)|\[\s*[xX✓✔•]\s*\]|[☒☑■✓✔])"
BOX = re.compile(r"\(\s*[xX✓✔•]?\s*\)|\[\s*[xX✓✔•]?\s*\]|[☐☒☑□■]")
TICKED_OPTION = re.compile(TICK + r"\s*([^\[\(☐☒☑□■\n]{2,60})")
MIN_BOXES = 3  # a row (or column) of options, not one box
# The question the boxes answer is who submits (not "Does your State have: [x] laws").
FORM_LABEL = re.compile(
    r"submitting as|submitted (?:by|as)|type of (?:submitter|stakeholder|organi[sz]ation|entity|respondent)|"
    r"(?:submitter|stakeholder|respondent) (?:type|category)|you are|are you|"
    r"tipo de (?:entidad|organización|organizacion|entidade|organização|remitente|actor|participante)|"
    r"en calidad de|usted es|eres|você é|vous êtes|type d['’](?:entité|organisation|acteur)|"
    r"catégorie|categoría|categoria|category|тип (?:организации|участника)|вы (?:являетесь|представляете)|"
    r"категори",
    re.IGNORECASE,
)
FORM_LINES = 40
# A field whose label asks for the kind, answered on its line.
TYPE_FIELD = re.compile(
    r"^[^\n:]{0,60}?\b(?:type of (?:submitter|stakeholder|organi[sz]ation|entity|respondent)|"
    r"(?:submitter|stakeholder|respondent) (?:type|category)|tipo de (?:entidad|organización|"
    r"organizacion|entidade|organização|remitente|actor|participante)|type d['’](?:entité|organisation|"
    r"acteur)|тип (?:организации|участника|отправителя))[^\n:]{0,40}:\s*([^\n]{2,80})$",
    re.IGNORECASE | re.MULTILINE,
)
OPTION_KINDS = [
    (kind, re.compile(words, re.IGNORECASE))
    for kind, words in [
        (
            "nhri",
            r"\b(?:nhri|national human rights institution|indh|institución nacional de derechos|"
            r"institution nationale des droits|instituição nacional de direitos|национальн\w* правозащитн)",
        ),
        (
            "un_entity",
            r"\b(?:un entity|un agency|united nations (?:entity|agency)|entidad de (?:las )?naciones unidas|"
            r"agencia de (?:las )?naciones unidas|entité des nations unies|agence des nations unies|"
            r"entidade das nações unidas|агентств\w* оон|учреждени\w* оон|структур\w* оон)",
        ),
        (
            "intergovernmental",
            r"\b(?:intergovernmental|intergubernamental|intergouvernemental|"
            r"regional organi[sz]ation|organismo regional|organisation régionale|межправительств)",
        ),
        (
            "parliamentarian",
            r"\b(?:parliamentarian|member of parliament|parlamentari|parlementaire|"
            r"депутат|парламентари)",
        ),
        (
            "faith_based",
            r"\b(?:faith|religious organi[sz]ation|organización religiosa|"
            r"organisation religieuse|organização religiosa|религиозн)",
        ),
        ("academic", r"\b(?:academi|university|universidad|université|universidade|университет)"),
        (
            "civil_society",
            r"\b(?:civil society|ngo\b|cso\b|non-governmental|sociedad civil|ong\b|osc\b|"
            r"société civile|sociedade civil|гражданск\w* обществ|нко\b)",
        ),
        (
            "individual",
            r"\b(?:individual|individuo|particular|persona natural|individu|à titre personnel|"
            r"pessoa física|indivíduo|частное лицо|физическое лицо)",
        ),
        (
            "state",
            r"\b(?:state|member state|government|estado|gobierno|governo|état|gouvernement|"
            r"государств|правительств)",
        ),
    ]
]


def _ticked_type(doc):
    """Found(type) of the one kind a form's ticked boxes say, or None."""
    for file_name, page, text in doc.pages[:1]:
        head = "\n".join(text.splitlines()[:FORM_LINES])
        if len(BOX.findall(head)) < MIN_BOXES or not FORM_LABEL.search(head):
            return None
        ticked = {option.strip(): _kind_of_option(option) for option in TICKED_OPTION.findall(head)}
        kinds = {kind for kind in ticked.values() if kind}
        if len(kinds) == 1:
            kind = kinds.pop()
            said = next(option for option, k in ticked.items() if k == kind)
            return Found(
                kind, NAMED_CONFIDENCE, f"ticked on the form: '{said}'", page, file_name, "form"
            )
    return None


def _answered_type(doc):
    """Found(type) a form's field answers in words ("Type of stakeholder *: Civil society
    organization", "Тип отправителя / Type of submitter: Частное лицо / Individual"), or None."""
    for file_name, page, text in doc.pages[:1]:
        head = "\n".join(text.splitlines()[:FORM_LINES])
        for answer in TYPE_FIELD.finditer(head):
            value = answer.group(1)
            kind = None if BOX.search(value) else _kind_of_option(value)
            if kind:
                said = answer.group(0).strip()
                return Found(
                    kind, NAMED_CONFIDENCE, f"the form says: '{said}'", page, file_name, "form"
                )
    return None


def _kind_of_option(option):
    """The kind an option's words name, the more specific first ("National human rights
    institution" before "State"), or None ("Yes, anonymously", "Other")."""
    return next((kind for kind, words in OPTION_KINDS if words.search(option)), None)


# A UN office's letterhead ("NACIONES UNIDAS / DERECHOS HUMANOS / OFICINA DEL ALTO COMISIONADO",
# "الأمم المتحدة / حقوق الإنسان") above a name that is one of its offices ("Oficina Regional para
# América del Sur", "المكتب الإقليمي للشرق الأوسط"): the office writes, a UN entity.
UN_LETTERHEAD = re.compile(
    r"united nations|naciones unidas|nations unies|nações unidas|организаци\w+ объединенных наций|"
    r"الأمم المتحدة",
    re.IGNORECASE,
)
UN_OFFICE = re.compile(
    r"^(?:the\s+)?(?:regional\s+office|country\s+office|sub-?regional\s+office|regional\s+hub|"
    r"oficina\s+(?:regional|subregional|de\s+pa[íi]s|en\s+\w+)|bureau\s+(?:r[ée]gional|sous-r[ée]gional|de\s+pays|du\s+haut)|"
    r"escrit[óo]rio\s+(?:regional|de\s+pa[íi]s|no\s+\w+)|регионал\w+\s+(?:отделени|офис|бюро)\w*|"
    r"(?:ال)?مكتب\s+(?:ال)?(?:إقليمي|اقليمي|قطري))",
    re.IGNORECASE,
)
UN_LETTERHEAD_LINES = 6


def _un_office(doc, name):
    if not doc.pages or not UN_OFFICE.match(name.value or ""):
        return None
    file_name, page, text = doc.pages[0]
    head = "\n".join(text.splitlines()[:UN_LETTERHEAD_LINES])
    said = UN_LETTERHEAD.search(head)
    if not said:
        return None
    evidence = f"{name.value}: an office under a United Nations letterhead ('{said.group(0)}')"
    return Found("un_entity", NAMED_CONFIDENCE, evidence, page, file_name, "un office")


# "… is an independent National Human Rights Institution", "accredited with 'A' status",
# "en su calidad de Institución Nacional de Derechos Humanos", "enquanto Instituição Nacional …",
# "accréditée au statut A": a national institution saying what it is (Paris Principles).
NHRI_SELF = re.compile(
    r"\b(?:is|as|being|are)\s+(?:(?:the|an?|its)\s+|\w+['’]s\s+){1,2}"
    r"(?:independent\s+|constitutional\s+|statutory\s+)?national\s+human\s+rights\s+institution"
    r"|\b(?:accredited|accreditation)\s+(?:with|as|at)\s+(?:an?\s+)?[\"'‘“]?A[\"'’”]?[\s-]?status"
    r"|[\"'‘“]A[\"'’”][\s-]status\s+(?:national\s+human\s+rights\s+institution|nhri)"
    r"|\b(?:en\s+(?:su\s+)?calidad\s+de|como|es\s+la)\s+(?:la\s+)?instituci[óo]n\s+nacional\s+de\s+"
    r"derechos\s+humanos|acreditad[oa]\s+con\s+(?:la\s+)?(?:categor[íi]a|estatus|status)\s+[\"'‘“]?A\b"
    r"|\b(?:en\s+tant\s+qu['’]|est\s+l['’]|comme)\s*institution\s+nationale\s+des\s+droits"
    r"|accr[ée]dit[ée]e?\s+(?:au|avec\s+le)\s+statut\s+[\"'‘“«]?\s?A\b"
    r"|\b(?:enquanto|como|é\s+a)\s+(?:a\s+)?institui[çc][ãa]o\s+nacional\s+de\s+direitos\s+humanos"
    r"|acreditad[oa]\s+com\s+(?:o\s+)?(?:estatuto|status)\s+[\"'‘“]?A\b"
    r"|в\s+качестве\s+национальн\w+\s+(?:правозащитн\w+\s+учреждени\w+|учреждени\w+\s+по\s+"
    r"правам\s+человека)|аккредитован\w*\s+(?:со\s+)?статус\w*\s+[«\"]?А\b",
    re.IGNORECASE,
)
NHRI_SELF_CHARS = 1500  # the opening, where an institution introduces itself


def _says_it_is_an_nhri(doc, name):
    """Found('nhri') when the opening says the writer is a national human rights institution,
    unless the name found is clearly of another kind (a coalition citing its NHRI)."""
    if not doc.pages:
        return None
    file_name, page, text = doc.pages[0]
    said = NHRI_SELF.search(text[:NHRI_SELF_CHARS])
    if not said:
        return None
    scores = cues.type_scores(name.value)
    if any(w >= STRONG_CUE for kind, w in scores.items() if kind != "nhri"):
        return None
    evidence = f"says it is a national human rights institution: '{said.group(0)}'"
    return Found("nhri", NAMED_CONFIDENCE, evidence, page, file_name, "says it is an nhri")


def _named_kind(name):
    """The type a name states of itself ('… Human Rights Commission', 'Ministry of …'):
    sure when one kind's cues clearly lead; None when the name says nothing or is mixed."""
    scores = cues.type_scores(name.value)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    kind, weight = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0
    if weight < (2 if kind == "state" else STRONG_CUE) or weight - runner < 2:
        return None
    return Found(kind, NAMED_CONFIDENCE, _cue_evidence(name.value), name.page, name.file, "name")


def _combine(where, probabilities):
    """The classifier's ``probabilities`` ({type: p}, None without a trained model) weighed
    with the cues of the name ``where`` found."""
    name = where.value
    cue_scores = cues.type_scores(name)
    best_cue = max(cue_scores.items(), key=lambda kv: kv[1]) if cue_scores else (None, 0)
    evidence = _cue_evidence(name) or where.evidence
    if probabilities is None:
        kind = best_cue[0] or "civil_society"
        return Found(
            kind, 0.5 if best_cue[0] else 0.3, evidence, where.page, where.file, "rules only"
        )
    kind, confidence = max(probabilities.items(), key=lambda kv: kv[1])
    if not name and kind in ADDRESSEE_KINDS:
        # Without a name, UN and regional bodies in the signals are whom the text is sent to.
        kind, confidence = max(
            ((k, p) for k, p in probabilities.items() if k not in ADDRESSEE_KINDS),
            key=lambda kv: kv[1],
        )
    cue_kind, cue_weight = best_cue
    if cue_kind and cue_kind != kind and cue_weight >= STRONG_CUE and confidence < UNSURE:
        kind, confidence = cue_kind, max(probabilities.get(cue_kind, 0.0), 0.5)
    elif (
        (kind in NAMED_KINDS or (kind == "state" and name))
        and not cue_scores.get(kind)
        and confidence < UNSURE
    ):
        # A State names itself (a country, a ministry, a mission): a name found that says none
        # of it is not a State's.
        kind, confidence = cue_kind or "civil_society", min(confidence, FALLBACK_CONFIDENCE)
    confidence = min(float(confidence), CLASSIFIER_CEILING if not cue_scores.get(kind) else 0.85)
    if not name:
        confidence = min(confidence, FALLBACK_CONFIDENCE)  # no name found: the type is a guess
    return Found(kind, round(confidence, 3), evidence, where.page, where.file, "classifier")


def _cue_evidence(name):
    found = cues.type_cues(name)
    if not found:
        return ""
    words = ", ".join(
        f"'{text}' ({kind})" for kind, _, text in sorted(found, key=lambda f: -f[1])[:3]
    )
    return f"{name} — cues: {words}"
