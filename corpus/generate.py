"""Generate a labelled demo corpus of written submissions to an IE SOGI call for inputs.

python -m corpus.generate --out DIR [--n 130] [--seed 0] [--style a|b]
"""

import argparse
import csv
import io
import random
import re
import zipfile
from datetime import datetime
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from corpus import names as N
from corpus import texts_a, texts_b

HERE = Path(__file__).parent
TYPES = [
    "state",
    "nhri",
    "un_entity",
    "intergovernmental",
    "civil_society",
    "academic",
    "faith_based",
    "medical",
    "parliamentarian",
    "individual",
    "other",
]
TYPE_SHARE = {
    "state": 0.17,
    "nhri": 0.07,
    "un_entity": 0.045,
    "intergovernmental": 0.04,
    "civil_society": 0.37,
    "academic": 0.09,
    "faith_based": 0.045,
    "medical": 0.04,
    "parliamentarian": 0.035,
    "individual": 0.06,
    "other": 0.035,
}
LANG_SHARE = {"en": 0.55, "es": 0.16, "fr": 0.11, "pt": 0.09, "ru": 0.09}
TOPICS = [
    "criminalisation",
    "gender_recognition",
    "conversion_practices",
    "violence",
    "health",
    "education",
    "employment",
    "asylum",
    "data",
    "intersex",
    "expression_assembly",
    "family",
]
COLUMNS = [
    "source",
    "submitter",
    "submitter_type",
    "country",
    "region",
    "scope",
    "language",
    "confidentiality",
    "expected_status",
    "expected_error",
    "topics",
    "n_pages",
]
VOWELS = set("aeiouáàâãéêèíóôõúüаеёиоуыэюя")
BROKEN = ["truncated", "scanned", "encrypted", "empty", "unsupported", "docx_as_pdf"]


# ---------------------------------------------------------------- submitters
def allocate_types(n, rng):
    counts = {t: max(1, round(n * s)) for t, s in TYPE_SHARE.items()}
    counts["civil_society"] += n - sum(counts.values())
    types = [t for t, c in counts.items() for _ in range(c)]
    rng.shuffle(types)
    return types


def pick_lang(rng, allowed=None):
    langs = [l for l in LANG_SHARE if not allowed or l in allowed]
    return rng.choices(langs, [LANG_SHARE[l] for l in langs])[0]


def pick_country(rng, lang):
    pool = [a for a, r in N.COUNTRIES.items() if lang == "en" or r["lang"] == lang]
    regions = sorted({N.COUNTRIES[a]["group"] for a in pool})
    region = rng.choice(regions)
    return rng.choice(sorted(a for a in pool if N.COUNTRIES[a]["group"] == region))


def national(rng, style, stype, lang, used):
    for _ in range(50):
        a3 = pick_country(rng, lang)
        cname, city = N.country_name(a3, lang, article=False), N.city(a3, lang)
        if stype == "state":
            name = N.country_name(a3, "en", article=False)
            display = N.MISSION[lang].format(C=N.country_name(a3, lang, article=False))
        elif stype == "parliamentarian":
            person = rng.choice(N.PEOPLE[lang])
            name = display = N.MP_TITLE[lang].format(P=person, C=cname)
        elif stype == "individual":
            name = display = rng.choice(N.PEOPLE[lang])
        else:
            pats = N.ORG[style][stype]
            name = display = rng.choice(pats.get(lang) or pats["en"]).format(C=cname, city=city)
        if name not in used:
            return dict(
                submitter=name,
                display=display,
                country=a3,
                region=N.COUNTRIES[a3]["group"],
                scope="national",
                lang=lang,
            )
    raise RuntimeError("could not find a unique submitter name")


def make_submitter(rng, style, stype, used):
    lang = pick_lang(rng)
    if stype == "un_entity":
        free = [x for x in N.UN_ENTITIES[style] if x not in used] or [
            f"{N.UN_ENTITIES[style][0]} liaison office {len(used)}"
        ]
        name = rng.choice(free)
        return dict(
            submitter=name,
            display=name,
            country="",
            region="",
            scope="international",
            lang=rng.choice(["en", "en", "en", "fr", "es"]),
        )
    if stype == "intergovernmental":
        free = [x for x in N.IGOS[style] if x[0] not in used] or N.IGOS[style]
        name, scope, region, lang = rng.choice(free)
        return dict(submitter=name, display=name, country="", region=region, scope=scope, lang=lang)
    if stype == "civil_society" and rng.random() < 0.3:
        pool = (
            N.REGIONAL_CS[style]
            if rng.random() < 0.5
            else [(a, "", b) for a, b in N.INTL_CS[style]]
        )
        free = [x for x in pool if x[0] not in used]
        if free:
            name, region, lang = rng.choice(free)
            return dict(
                submitter=name,
                display=name,
                country="",
                region=region,
                scope="regional" if region else "international",
                lang=lang,
            )
    if (
        stype in N.INTL_TYPED[style]
        and rng.random() < 0.15
        and N.INTL_TYPED[style][stype][0] not in used
    ):
        name, lang = N.INTL_TYPED[style][stype]
        return dict(
            submitter=name, display=name, country="", region="", scope="international", lang=lang
        )
    return national(rng, style, stype, lang, used)


# ---------------------------------------------------------------- text
class Filler:
    def __init__(self, rng, sub, T):
        self.rng, self.sub, self.T, self.lang = rng, sub, T, sub["lang"]
        others = sorted(a for a in N.COUNTRIES if a != sub["country"])
        self.others = rng.sample(others, 3)
        self.base = sub["country"] or self.others[0]

    def fill(self, template):
        r, lang = self.rng, self.lang
        if lang == "fr":
            template = template.replace("Au {country}", "{Au} {country}").replace(
                "au {country}", "{au} {country}"
            )
        cname = N.country_name(self.base, lang)
        prep = (
            "aux"
            if cname.endswith("s") and cname.startswith(("É", "P"))
            else (
                "en"
                if cname.endswith("e") and cname not in ("Mexique", "Mozambique", "Cambodge")
                else "au"
            )
        )
        if lang == "fr" and prep == "en" and cname[0] in "AEIOUÉ":
            pass
        return template.format(
            country=cname,
            other=N.country_name(r.choice(self.others), lang),
            city=N.city(self.base, lang),
            year=r.randint(2012, 2022),
            pct=r.randint(12, 78),
            n=r.randint(4, 240),
            org=self.sub["short"],
            Au=prep.capitalize(),
            au=prep,
            C=N.country_name(self.base, lang, article=False),
        )

    def paragraph(self, topic):
        r = self.rng
        pool = list(self.T.TOPICS[self.lang][topic])
        k = r.randint(3, 6)
        picked = r.sample(pool, min(len(pool), k))
        while len(picked) < k:
            picked.insert(
                r.randrange(len(picked) + 1), r.choice(self.T.GENERIC[self.lang]["filler"])
            )
        return " ".join(self.fill(s) for s in picked)

    def generic(self, key, k):
        pool = self.T.GENERIC[self.lang][key]
        return " ".join(self.fill(s) for s in self.rng.sample(pool, min(k, len(pool))))


def fmt_date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2022, 2023])
    mon = N.MONTHS[lang][m - 1]
    return {
        "en": f"{d} {mon} {y}",
        "es": f"{d} de {mon} de {y}",
        "fr": f"{d} {mon} {y}",
        "pt": f"{d} de {mon} de {y}",
        "ru": f"{d} {mon} {y} г.",
    }[lang]


def build_blocks(sub, rng, T, pages, role="main"):
    """Return a list of (kind, payload) blocks; role is main|cover|annex."""
    lang, f = sub["lang"], Filler(rng, sub, T)
    conf = sub["confidentiality"]
    ctext = rng.choice(T.CONFID[conf][lang]) if conf != "public" else ""
    cpos = sub.get("confid_pos", "top")
    b = [
        ("letterhead", sub["display"] if sub["type"] not in ("individual",) else ""),
        ("small", fmt_date(rng, lang)),
    ]
    if ctext and cpos == "top" and role != "annex":
        b.append(("bold", ctext))
    if sub["type"] == "state" and role != "annex":
        b.append(("small", f"Ref. {rng.randint(100, 999)}/{rng.randint(2022, 2023)}"))
        b.append(
            (
                "para",
                N.NV_OPEN[style_of(T)][lang].format(
                    C=N.country_name(sub["country"], lang, article=False)
                )
                + (" " + f.fill(rng.choice(N.STATE_VOICE[lang])) if rng.random() < 0.5 else ""),
            )
        )
    else:
        b.append(("title", T_TITLE(T, lang)))
    if role == "cover":
        b.append(("para", f.generic("intro", 2)))
        b.append(("para", f.paragraph(sub["topics"][0])))
    else:
        n_paras = max(2, round(pages * 7.8) - 3)
        if sub["type"] == "individual":
            b.append(
                (
                    "para",
                    N.INDIVIDUAL_INTRO[lang].format(
                        role=rng.choice(N.ROLES[lang]), C=N.country_name(f.base, lang)
                    )
                    + " "
                    + f.generic("filler", 1),
                )
            )
        elif sub["type"] != "state":
            b.append(("heading", T.GENERIC[lang]["intro_heading"]))
            b.append(
                (
                    "para",
                    f.generic("intro", rng.randint(2, 3))
                    + (" ¹" if ctext and cpos == "footnote" else ""),
                )
            )
        topics = sub["topics"]
        per = [
            n_paras // len(topics) + (1 if i < n_paras % len(topics) else 0)
            for i in range(len(topics))
        ]
        for i, (t, k) in enumerate(zip(topics, per)):
            b.append(("heading", f"{i + 1}. {T.HEADINGS[lang][t]}"))
            for j in range(max(1, k)):
                b.append(("para", f.paragraph(t)))
                if j == 0 and i == 0 and sub.get("table"):
                    b.append(("table", make_table(rng, lang)))
        b.append(("heading", T.GENERIC[lang]["recs_heading"]))
        b.append(("para", f.generic("recommend", 3)))
    if role != "annex":
        if ctext and cpos == "end":
            b.append(("bold", ctext))
        if sub["type"] == "state":
            b.append(
                (
                    "para",
                    N.NV_CLOSE[lang].format(C=N.country_name(sub["country"], lang, article=False)),
                )
            )
            b.append(
                (
                    "small",
                    "Genève"
                    if lang == "fr"
                    else "Geneva"
                    if lang == "en"
                    else "Ginebra"
                    if lang == "es"
                    else "Genebra"
                    if lang == "pt"
                    else "Женева",
                )
            )
        else:
            person = rng.choice(N.PEOPLE[lang])
            lines = [rng.choice(N.SIGN_OFF[lang]), person]
            if sub["type"] not in ("individual", "parliamentarian"):
                lines += [rng.choice(N.ROLE_TITLE[lang]), sub["display"]]
            elif sub["type"] == "parliamentarian":
                lines = [lines[0], sub["display"]]
            b.append(("signature", lines))
        if ctext and cpos == "footnote":
            b.append(("footnote", "¹ " + ctext))
    return b


def style_of(T):
    return "a" if T is texts_a else "b"


def T_TITLE(T, lang):
    return N.TITLE[style_of(T)][lang]


def make_table(rng, lang):
    y = rng.randint(2017, 2020)
    head = [h.format(y1=y, y2=y + 1, y3=y + 2) for h in N.TABLE_HEAD[lang]]
    rows = [
        [r] + [str(rng.randint(3, 400)) for _ in range(3)]
        for r in rng.sample(N.TABLE_ROWS[lang], 3)
    ]
    return [head] + rows


# ---------------------------------------------------------------- PDF
_FONTS = False


def register_fonts():
    global _FONTS
    if not _FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVu", str(HERE / "fonts" / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(HERE / "fonts" / "DejaVuSans-Bold.ttf")))
        _FONTS = True


def make_canvas_class():
    from reportlab.pdfgen import canvas

    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *a, header=None, footer=None, font="Helvetica", footnote=None, **k):
            super().__init__(*a, **k)
            self._pages, self._hdr, self._ftr, self._font, self._note = (
                [],
                header,
                footer,
                font,
                footnote,
            )

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for i, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(self._font, 8)
                w, h = self._pagesize
                if self._hdr and i > 1:
                    self.drawString(56, h - 36, self._hdr)
                if self._ftr:
                    self.drawCentredString(w / 2, 28, self._ftr.format(p=i, n=total))
                if self._note and i == 1:
                    self.drawString(56, 44, self._note)
                canvas.Canvas.showPage(self)
            canvas.Canvas.save(self)

    return NumberedCanvas


def hyphen_flowable(text, style):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    class HyphPara(Flowable):
        """Left-aligned paragraph that hyphenates long words across line ends."""

        def __init__(self, lines=None):
            super().__init__()
            self.lines = lines

        def _layout(self, width):
            lines, cur = [], ""
            for word in text.split():
                trial = (cur + " " + word).strip()
                if stringWidth(trial, style.fontName, style.fontSize) <= width:
                    cur = trial
                    continue
                if len(word) >= 6:
                    for cut in range(len(word) - 3, 2, -1):
                        head = (cur + " " + word[:cut] + "-").strip()
                        if (
                            word[cut - 1].lower() in VOWELS
                            and word[cut].isalpha()
                            and word[cut].lower() not in VOWELS
                            and stringWidth(head, style.fontName, style.fontSize) <= width
                        ):
                            lines.append(head)
                            cur, word = "", word[cut:]
                            break
                if cur:
                    lines.append(cur)
                cur = word
            return lines + ([cur] if cur else [])

        def wrap(self, aw, ah):
            if self.lines is None:
                self.lines = self._layout(aw)
            self.width = aw
            return aw, len(self.lines) * style.leading + style.spaceAfter

        def split(self, aw, ah):
            self.wrap(aw, ah)
            k = int((ah - style.spaceAfter) // style.leading)
            if k < 2 or k >= len(self.lines):
                return [] if k < 2 else [self]
            return [HyphPara(self.lines[:k]), HyphPara(self.lines[k:])]

        def draw(self):
            self.canv.setFont(style.fontName, style.fontSize)
            y = len(self.lines) * style.leading - style.fontSize
            for line in self.lines:
                self.canv.drawString(0, y, line)
                y -= style.leading

    return HyphPara()


def render_pdf(path, blocks, sub, rng, opts):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        HRFlowable,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    register_fonts()
    lang = sub["lang"]
    dejavu = lang == "ru" or opts.get("dejavu")
    reg, bold = (
        ("DejaVu", "DejaVu-Bold")
        if dejavu
        else rng.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold")])
    )
    body = ParagraphStyle(
        "b",
        fontName=reg,
        fontSize=10.5,
        leading=14,
        spaceAfter=7,
        alignment=4 if rng.random() < 0.5 else 0,
    )
    st = {
        "para": body,
        "small": ParagraphStyle("s", parent=body, fontSize=9, alignment=0),
        "bold": ParagraphStyle("x", parent=body, fontName=bold),
        "title": ParagraphStyle(
            "t", parent=body, fontName=bold, fontSize=13, leading=17, spaceAfter=10, alignment=1
        ),
        "heading": ParagraphStyle(
            "h", parent=body, fontName=bold, fontSize=11.5, spaceBefore=6, alignment=0
        ),
        "letterhead": ParagraphStyle(
            "l",
            parent=body,
            fontName=bold,
            fontSize=rng.choice([17, 19, 21]),
            leading=25,
            alignment=1,
        ),
    }
    W, H = A4
    m = 56
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=m,
        rightMargin=m,
        topMargin=m + 8,
        bottomMargin=m + 10,
        invariant=1,
        title=opts.get("meta_title", ""),
        author="",
        subject="",
    )
    fw, fh = W - 2 * m, H - 2 * m - 18
    one = Frame(m, m + 10, fw, fh, id="one")
    cols = [
        Frame(m, m + 10, fw / 2 - 9, fh, id="left"),
        Frame(m + fw / 2 + 9, m + 10, fw / 2 - 9, fh, id="right"),
    ]
    doc.addPageTemplates([PageTemplate("one", [one]), PageTemplate("two", cols)])
    story, twocol_done, paras_seen = [], not opts.get("twocol"), 0
    for kind, payload in blocks:
        if kind == "letterhead":
            if payload:
                story += [
                    Paragraph(escape(payload), st["letterhead"]),
                    HRFlowable(width="100%", thickness=1.2, color=colors.darkblue),
                    Spacer(1, 8),
                ]
        elif kind == "table":
            t = Table(payload, hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), reg, 9),
                        ("FONT", (0, 0), (-1, 0), bold, 9),
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                    ]
                )
            )
            story += [t, Spacer(1, 8)]
        elif kind == "signature":
            story.append(Spacer(1, 14))
            story += [
                Paragraph(escape(x), st["small"] if i else st["para"])
                for i, x in enumerate(payload)
            ]
        elif kind == "footnote":
            continue  # drawn by the canvas on page 1
        elif kind == "para" and opts.get("hyphen") and len(payload) > 200:
            story.append(hyphen_flowable(payload, body))
        else:
            story.append(Paragraph(escape(payload), st.get(kind, body)))
        if kind == "para":
            paras_seen += 1
            if not twocol_done and paras_seen == 2:
                story += [NextPageTemplate("two"), PageBreak()]
                twocol_done = True
    note = next((p for k, p in blocks if k == "footnote"), None)
    maker = partial(
        make_canvas_class(),
        header=opts.get("header"),
        footer=opts.get("footer"),
        font=reg,
        footnote=note,
    )
    if opts.get("encrypt"):
        from reportlab.lib.pdfencrypt import StandardEncryption

        doc.encrypt = StandardEncryption("user-secret", "owner-secret", canPrint=0)
    doc.build(story, canvasmaker=maker)
    return doc.page


# ---------------------------------------------------------------- DOCX
def render_docx(target, blocks, sub, rng, opts):
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", opts.get("meta_title", "")
    cp.created = cp.modified = datetime(2023, 3, 1, 12, 0, 0)
    cp.revision = 1
    lang = sub["lang"]
    if opts.get("header"):
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = opts["header"]
        fp = sec.footer.paragraphs[0]
        pre, mid, _ = N.RUNNING[lang].partition("{p}")
        fp.add_run(pre)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        run.append(t)
        fld.append(run)
        fp._p.append(fld)
    for kind, payload in blocks:
        if kind == "letterhead":
            if payload:
                r = doc.add_paragraph().add_run(payload)
                r.bold, r.font.size = True, Pt(rng.choice([18, 20, 22]))
        elif kind == "title":
            doc.add_heading(payload, level=1)
        elif kind == "heading":
            doc.add_heading(payload, level=2)
        elif kind == "bold":
            doc.add_paragraph().add_run(payload).bold = True
        elif kind in ("small", "footnote"):
            doc.add_paragraph().add_run(payload).font.size = Pt(8 if kind == "footnote" else 9)
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
        elif kind == "signature":
            for x in payload:
                doc.add_paragraph(x)
        else:
            doc.add_paragraph(payload)
    buf = io.BytesIO()
    doc.save(buf)
    Path(target).write_bytes(_stable_zip(buf.getvalue()))


def _stable_zip(data):
    """Rewrite a zip with fixed timestamps so output is byte-identical across runs."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2023, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- files
def short_name(sub):
    m = re.search(r"\(([A-Z][A-Za-z-]+)\)", sub["submitter"])
    return m.group(1) if m else N.acronym(sub["submitter"])


def file_name(sub, ext, rng, taken):
    acr = short_name(sub)
    slug = re.sub(
        r"[^a-z0-9]+", "-", N.acronym(sub["submitter"]).lower() + "-" + sub["country"].lower()
    ).strip("-")
    if sub["type"] == "state":
        en = N.country_name(sub["country"], "en", article=False).replace(" ", "_")
        opts = [
            f"NV_Mission_of_{en}.{ext}",
            f"{sub['country']}_reply_IE_SOGI.{ext}",
            f"Note verbale {en} - SOGI.{ext}",
        ]
    else:
        opts = [
            f"Submission_IE_SOGI_{acr}.{ext}",
            f"contribution-{slug}.{ext}",
            f"{acr}_input_SOGI_2023.{ext}",
            f"input final v2.{ext}",
            f"Document1.{ext}",
            f"IE SOGI call - {acr} (final).{ext}",
        ]
    unrelated = [o for o in opts if o.startswith(("input final", "Document1"))]
    related = [o for o in opts if o not in unrelated]
    name = rng.choice(unrelated if unrelated and rng.random() < 0.12 else related)
    stem, dot, e = name.rpartition(".")
    i = 1
    while name.lower() in taken:
        i += 1
        name = f"{stem} ({i}).{e}"
    taken.add(name.lower())
    return name


def page_target(rng):
    return rng.choices(range(1, 9), [22, 22, 18, 13, 10, 7, 5, 3])[0]


def write_doc(path, fmt, blocks, sub, rng, opts):
    if fmt == "pdf":
        return render_pdf(path, blocks, sub, rng, opts)
    render_docx(path, blocks, sub, rng, opts)
    return None


def doc_opts(sub, rng, pages, fmt):
    multi = pages > 1
    lang = sub["lang"]
    o = {"meta_title": "", "dejavu": rng.random() < 0.2}
    if multi and rng.random() < 0.75:
        o["header"] = (
            f"{short_name(sub)} — {N.TITLE['b'][lang]}"
            if rng.random() < 0.5
            else N.TITLE["b"][lang]
        )
        o["footer"] = N.RUNNING[lang]
    if fmt == "pdf" and pages >= 3 and rng.random() < 0.18:
        o["twocol"] = True
    if fmt == "pdf" and rng.random() < 0.09:
        o["hyphen"] = True
    return o


def write_submission(out, sub, rng, T, taken, broken=None):
    """Write the files of one submission; return (source, n_pages, status, error)."""
    pages = page_target(rng)
    if sub["folder"]:
        folder = re.sub(r"\W+", "_", short_name(sub) + "_" + (sub["country"] or "intl")).strip("_")
        while folder.lower() in taken:
            folder += "_2"
        taken.add(folder.lower())
        d = out / folder
        d.mkdir()
        files = [("cover_letter", "cover", 1), ("annex_1_report", "annex", pages)]
        if rng.random() < 0.4:
            files.append(("annex_2_data", "annex", 1))
        total, all_pdf = 0, True
        for stem, role, p in files:
            fmt = "pdf" if rng.random() < 0.6 else "docx"
            blocks = build_blocks(sub, rng, T, p, role)
            if stem == "annex_2_data":
                blocks = blocks[:3] + [("table", make_table(rng, sub["lang"]))]
            n = write_doc(d / f"{stem}.{fmt}", fmt, blocks, sub, rng, doc_opts(sub, rng, p, fmt))
            all_pdf &= fmt == "pdf"
            total += n or 0
        return folder, (total if all_pdf else ""), "ok", ""
    fmt = "pdf" if rng.random() < 0.6 else "docx"
    if broken:
        return write_broken(out, sub, rng, T, taken, broken, pages)
    blocks = build_blocks(sub, rng, T, pages)
    name = file_name(sub, fmt, rng, taken)
    n = write_doc(out / name, fmt, blocks, sub, rng, doc_opts(sub, rng, pages, fmt))
    return name, (n if fmt == "pdf" else ""), "ok", ""


def write_broken(out, sub, rng, T, taken, kind, pages):
    blocks = build_blocks(sub, rng, T, min(pages, 3))
    if kind == "docx_as_pdf":
        name = file_name(sub, "pdf", rng, taken)
        render_docx(out / name, blocks, sub, rng, {})
        return name, "", "ok", ""
    if kind == "empty":
        name = file_name(sub, "docx", rng, taken)
        (out / name).write_bytes(b"")
        return name, "", "error", "empty"
    if kind == "unsupported":
        name = file_name(sub, "rtf", rng, taken)
        text = " ".join(p for k, p in blocks if k == "para")
        rtf = "".join(c if ord(c) < 128 else "\\u%d?" % ord(c) for c in text)
        (out / name).write_text(
            "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 " + rtf + "\\par}",
            encoding="ascii",
        )
        return name, "", "error", "unsupported"
    name = file_name(sub, "pdf", rng, taken)
    if kind == "scanned":
        write_scanned(out / name, blocks)
        return name, "", "error", "scanned"
    if kind == "encrypted":
        render_pdf(out / name, blocks, sub, rng, {"encrypt": True})
        return name, "", "error", "encrypted"
    buf = out / name
    render_pdf(buf, blocks, sub, rng, {})
    data = buf.read_bytes()
    buf.write_bytes(data[: int(len(data) * 0.4)])
    return name, "", "error", "truncated"


def write_scanned(path, blocks):
    """A PDF page that is only a raster image of text (no text operators)."""
    import textwrap

    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (827, 1169), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(HERE / "fonts" / "DejaVuSans.ttf"), 15)
    big = ImageFont.truetype(str(HERE / "fonts" / "DejaVuSans-Bold.ttf"), 24)
    y = 60
    for kind, payload in blocks:
        if kind == "letterhead" and payload:
            draw.text((60, y), payload[:55], font=big, fill=0)
            y += 50
        elif kind in ("para", "title", "heading"):
            for line in textwrap.wrap(payload, 85):
                if y > 1100:
                    break
                draw.text((60, y), line, font=font, fill=30)
                y += 22
            y += 10
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(img.rotate(0.6, fillcolor=255)), 0, 0, *A4)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- driver
def plan(n, rng, style):
    types, used, subs = allocate_types(n, rng), set(), []
    for i, stype in enumerate(types):
        sub = make_submitter(rng, style, stype, used)
        used.add(sub["submitter"])
        sub.update(
            type=stype,
            topics=rng.sample(TOPICS, rng.choice([2, 2, 3])),
            folder=False,
            table=rng.random() < 0.3,
        )
        r = rng.random()
        sub["confidentiality"] = (
            "do_not_publish" if r < 0.05 else "withhold_name" if r < 0.15 else "public"
        )
        if stype == "state" and sub["confidentiality"] != "public":
            sub["confidentiality"] = "public"
        sub["confid_pos"] = rng.choice(["top", "top", "end", "footnote"])
        sub["short"] = (
            short_name(sub)
            if stype not in ("individual", "parliamentarian")
            else ("I" if stype == "individual" else sub["submitter"])
        )
        subs.append(sub)
    candidates = [s for s in subs if s["type"] not in ("state",)]
    broken = rng.sample(candidates, min(len(BROKEN), len(candidates)))
    for s, kind in zip(broken, BROKEN):
        s["broken"] = kind
    rest = [
        s for s in subs if "broken" not in s and s["type"] not in ("individual", "parliamentarian")
    ]
    for s in rng.sample(rest, min(len(rest), max(1, round(n * 0.08)))):
        s["folder"] = True
    return subs


def generate(out_dir, n=130, seed=0, style="a", labels_path=None):
    """Write the corpus into out_dir and return the label rows (dicts with COLUMNS keys)."""
    if style not in ("a", "b"):
        raise ValueError(f"style must be 'a' or 'b', not {style!r}")
    T = texts_a if style == "a" else texts_b
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}-{style}")
    subs, taken, rows = plan(n, rng, style), set(), []
    for sub in subs:
        srng = random.Random(f"{seed}-{style}-{sub['submitter']}")
        source, pages, status, error = write_submission(out, sub, srng, T, taken, sub.get("broken"))
        rows.append(
            {
                "source": source,
                "submitter": sub["submitter"],
                "submitter_type": sub["type"],
                "country": sub["country"],
                "region": sub["region"],
                "scope": sub["scope"],
                "language": sub["lang"],
                "confidentiality": sub["confidentiality"],
                "expected_status": status,
                "expected_error": error,
                "topics": "" if error in ("empty",) else ";".join(sub["topics"]),
                "n_pages": pages,
            }
        )
    with open(
        Path(labels_path) if labels_path else out / "labels.csv", "w", newline="", encoding="utf-8"
    ) as fh:
        w = csv.DictWriter(fh, COLUMNS)
        w.writeheader()
        w.writerows(rows)
    return rows


def write_regional_groups(path=HERE / "un_regional_groups.csv"):
    import pycountry

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["alpha3", "name", "group"])
        for a3, row in sorted(N.COUNTRIES.items()):
            w.writerow([a3, pycountry.countries.get(alpha_3=a3).name, row["group"]])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=130)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--style", choices=["a", "b"], default="a")
    ap.add_argument(
        "--labels", default=None, help="where to write labels.csv (default: inside --out)"
    )
    a = ap.parse_args(argv)
    rows = generate(a.out, a.n, a.seed, a.style, labels_path=a.labels)
    pages = sum(int(r["n_pages"] or 0) for r in rows)
    print(f"wrote {len(rows)} submissions ({pages} PDF pages) to {a.out}")


if __name__ == "__main__":
    main()
