"""Exports of the statistics table: CSV, Markdown, XLSX and DOCX to paths and streams, read
back with the libraries people open them with; charts of the breakdowns."""

import csv
import io
import json
import zipfile

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from workbench.cli import cli
from workbench.stats import charts, count, export, sentence, suppress

from .test_stats import build_call

TAGS = (
    [{"submitter_type": "state", "region": "africa", "country": "KEN"}] * 4
    + [{"submitter_type": "civil_society", "region": "weog", "country": "FRA"}] * 3
    + [{"submitter_type": "civil_society", "region": "africa", "country": "KEN"}]
    + [
        {
            "submitter": "Secret Pride Alliance",
            "submitter_type": "individual",
            "region": "eastern_europe",
            "country": "ARM",
            "confidentiality": "do_not_publish",
        }
    ]
)


@pytest.fixture
def table(db, tmp_path):
    build_call(db, tmp_path / "in", "c", TAGS)
    return count(db, "c", "submitter_type", "region")


def test_csv_keeps_the_contract(table, tmp_path):
    export.export(table, "csv", tmp_path / "t.csv")
    rows = list(csv.reader(open(tmp_path / "t.csv", encoding="utf-8")))
    assert rows[0] == ["submitter_type", "africa", "eastern_europe", "weog", "total"]
    assert rows[1] == ["state", "4", "0", "0", "4"]
    assert rows[-1] == ["total", "5", "1", "3", "9"]


@pytest.mark.parametrize("fmt", ["csv", "md"])
def test_text_formats_write_the_same_to_paths_text_and_binary_streams(table, tmp_path, fmt):
    export.export(table, fmt, tmp_path / f"t.{fmt}")
    text, binary = io.StringIO(), io.BytesIO()
    export.export(table, fmt, text)
    export.export(table, fmt, binary)
    on_disk = (tmp_path / f"t.{fmt}").read_text("utf-8")
    assert on_disk == text.getvalue() == binary.getvalue().decode("utf-8")
    assert not binary.closed


def test_markdown_prints_un_names_totals_and_the_rules(table):
    text = export.to_bytes(table, "md").decode()
    assert "| Member States | 4 | 0 | 0 | 4 |" in text
    assert (
        "| Submitter type / Region | Africa | Eastern Europe | Western European and others | Total |"
        in text
    )
    assert "| Total | 5 | 1 | 3 | 9 |" in text
    assert "Counting rules:" in text


def test_xlsx_opens_with_numbers_and_suppressed_cells(table, tmp_path):
    path = tmp_path / "t.xlsx"
    export.export(suppress(table, 2), "xlsx", path)
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = values[1]
    assert header[0] == "Submitter type / Region" and header[-1] == "Total"
    states = next(r for r in values if r[0] == "Member States")
    assert (states[1], states[-1]) == (4, 4)  # numbers stay numbers
    individuals = next(r for r in values if r[0] == "Individuals")
    assert individuals[2] == "< 2"  # the lone individual, and zeros hidden with it
    assert states[2] == "x"  # hidden only so the column total gives nothing away
    assert any(r[0] and str(r[0]).startswith("Cells counting 1 to 1") for r in values)


def test_docx_table_in_spanish(table):
    data = export.to_bytes(table, "docx", lang="es")
    document = docx.Document(io.BytesIO(data))
    [grid] = document.tables
    cells = [[c.text for c in row.cells] for row in grid.rows]
    assert cells[0][:2] == ["Tipo de contribuyente / Región", "África"]
    assert ["Estados Miembros", "4", "0", "0", "4"] in cells
    assert cells[-1] == ["Total", "5", "1", "3", "9"]
    assert document.paragraphs[0].text.startswith("Contribuciones por tipo de contribuyente")


def test_no_export_names_a_confidential_submitter(table):
    for fmt in export.FORMATS:
        data = export.to_bytes(table, fmt)
        text = data.decode("utf-8", "ignore") if fmt in ("csv", "md") else _document_text(fmt, data)
        assert "Secret Pride" not in text


def _document_text(fmt, data):
    if fmt == "docx":
        document = docx.Document(io.BytesIO(data))
        return " ".join(p.text for p in document.paragraphs) + " ".join(
            c.text for t in document.tables for row in t.rows for c in row.cells
        )
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return " ".join(str(c.value) for row in sheet.iter_rows() for c in row)


def contents(data, fmt):
    """What a file says, without the clock: XLSX and DOCX are ZIPs whose entry times and
    docProps/core.xml (created, modified) are the second they were written."""
    if fmt not in export.BINARY:
        return data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {
            name: package.read(name) for name in package.namelist() if name != "docProps/core.xml"
        }


def test_cli_writes_every_format(table, db, tmp_path):
    runner = CliRunner()
    for fmt in export.FORMATS:
        out = tmp_path / f"cli.{fmt}"
        result = runner.invoke(
            cli,
            [
                "--db",
                str(db.path),
                "stats",
                "--call",
                "c",
                "--rows",
                "submitter_type",
                "--cols",
                "region",
                "--format",
                fmt,
                "--out",
                str(out),
            ],
            obj={},
        )
        assert result.exit_code == 0, result.output
        # Shareable by default: small-number protection at 3; documents carry the sentences.
        said = sentence.report_sentences(db, "c") if fmt in export.PROSE else ()
        assert contents(out.read_bytes(), fmt) == contents(
            export.to_bytes(suppress(table, 3), fmt, sentences=said), fmt
        )
        if fmt == "docx":
            assert docx.Document(out).paragraphs[0].text == said[0]
    stdout = runner.invoke(
        cli, ["--db", str(db.path), "stats", "--call", "c", "--format", "xlsx"], obj={}
    )
    assert stdout.stdout_bytes[:2] == b"PK"


def test_bar_charts_of_type_and_region(db, table):
    by_type = charts.bar_chart(count(db, "c", "submitter_type"))
    spec = by_type.to_dict()
    data = next(iter(spec["datasets"].values()))
    assert {d["label"]: d["submissions"] for d in data} == {
        "Member States": 4,
        "Civil society organizations": 4,
        "Individuals": 1,
    }
    html = charts.chart_html(charts.bar_chart(count(db, "c", "region")))
    assert "Western European and others" in html and "<html" in html
    assert json.dumps(spec)
    with pytest.raises(ValueError):
        charts.chart_data(table)


# ---------------------------------------------------------------- what people read (issue 15, 6-7)

WITHOUT_REGION = [{"submitter_type": "civil_society", "scope": "international", "region": ""}] * 2


def test_the_docx_carries_the_reports_sentence_above_the_table(db, tmp_path):
    build_call(db, tmp_path / "in", "c", TAGS)
    said = sentence.submissions_sentence(db, "c", lang="fr")
    assert said.startswith("L") and "9" in said
    data = export.to_bytes(count(db, "c", "submitter_type"), "docx", "fr", sentences=[said])
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert paragraphs[0] == said
    assert paragraphs[1].startswith("Contributions par type de contributeur")
    csv_text = export.to_bytes(count(db, "c", "submitter_type"), "csv", sentences=[said]).decode()
    assert said not in csv_text  # a data file: rows only


@pytest.mark.parametrize(
    "lang, rules_word, small_word",
    [
        ("en", "Counting rules:", "Cells counting 1 to 2"),
        ("es", "Reglas de recuento:", "Las celdas que cuentan de 1 a 2"),
        ("fr", "Règles de décompte :", "Les cellules qui comptent de 1 à 2"),
    ],
)
def test_the_notes_under_a_table_are_in_the_tables_language(table, lang, rules_word, small_word):
    data = export.to_bytes(suppress(table, 3), "docx", lang)
    notes = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs][1:]
    assert notes[0].startswith(rules_word) and notes[1].startswith(small_word)
    others = {"en": "Counting rules", "es": "Reglas de recuento", "fr": "Règles de décompte"}
    assert not [w for code, w in others.items() if code != lang and any(w in n for n in notes)]


def test_spanish_rules_say_what_the_rules_are(db, tmp_path):
    from workbench.stats import CountingRules

    build_call(db, tmp_path / "in", "c", TAGS)
    rules = CountingRules(include_errors=True, nhri_with_states=True)
    text = export.to_bytes(count(db, "c", "submitter_type", rules=rules), "md", "es").decode()
    assert "se cuentan las contribuciones cuyos archivos no pudieron leerse" in text
    assert "se cuentan con los Estados Miembros" in text
    assert "no se cuentan las contribuciones excluidas" in text


@pytest.mark.parametrize("lang, no_region", [("en", "(no region)"), ("fr", "(sans région)")])
def test_the_csv_people_download_names_every_column(db, tmp_path, lang, no_region):
    build_call(db, tmp_path / "in", "c", TAGS + WITHOUT_REGION)
    table = count(db, "c", "submitter_type", "region")
    header = next(
        csv.reader(io.StringIO(export.to_bytes(table, "csv", lang, labels=True).decode()))
    )
    assert no_region in header and all(header)
    assert "weog" not in header and "" not in header


def colours(chart):
    """{printed region: colour} of a chart's region scale."""
    spec = chart.to_dict()
    layers = spec.get("layer", [spec])
    scale = next(
        l["encoding"]["color"]["scale"] for l in layers if "color" in l.get("encoding", {})
    )
    return dict(zip(scale["domain"], scale["range"]))


def test_a_region_has_one_colour_in_every_chart(db, tmp_path):
    build_call(db, tmp_path / "in", "c", TAGS + WITHOUT_REGION)
    by_region = colours(charts.bar_chart(count(db, "c", "region")))
    one_theme = colours(
        charts.who_where_chart([{"submitter_type": "state", "region": "weog", "passages": 2}])
    )
    other_theme = colours(
        charts.who_where_chart(
            [
                {"submitter_type": "academic", "region": "africa", "passages": 1},
                {"submitter_type": "untagged", "region": "international / untagged", "passages": 4},
                {"submitter_type": "state", "region": "weog", "passages": 1},
            ]
        )
    )
    assert by_region == one_theme == other_theme
    assert len(set(by_region.values())) == len(by_region) == 6  # six regions, six colours
    assert by_region["Western European and others"] != by_region["Africa"]
    spanish = colours(charts.bar_chart(count(db, "c", "region"), lang="es"))
    assert spanish["África"] == by_region["Africa"]


@pytest.mark.parametrize(
    ("lang", "names"), [("fr", ["Arménie", "France"]), ("es", ["Kenia", "Francia", "Armenia"])]
)
def test_a_french_or_spanish_table_names_countries_in_its_language(db, tmp_path, lang, names):
    build_call(db, tmp_path / "in", "c", TAGS)
    text = export.to_bytes(count(db, "c", "country", None), "md", lang).decode("utf-8")
    assert all(f"| {name} |" in text for name in names)
    assert not {"KEN", "FRA", "ARM", "Armenia"} & set(text.split()) - set(names)
