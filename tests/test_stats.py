"""Statistics tables: counts equal the tags, totals add up, rules are explicit, every cell
traces back to its submissions, small numbers stay safe, and `workbench stats` keeps the
CSV contract. Corpora are real: small generated files ingested, then tagged by hand."""

import csv
import io
import random
import re
from collections import Counter

import pytest
from click.testing import CliRunner

from workbench import audit, ingest, store, vocab
from workbench.cli import cli
from workbench.errors import ConflictError, WorkbenchError
from workbench.stats import (
    TOTAL,
    CountingRules,
    DimensionUnavailable,
    StatsError,
    cell_submissions,
    count,
    suppress,
)
from workbench.stats.suppress import lines

from .makedocs import ENGLISH, make_docx, make_pdf

# ---------------------------------------------------------------- building tagged corpora


def build_call(db, folder, slug, tags):
    """Ingest one small text file per tag dict into ``slug``, then set the tags; ids in order."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, _ in enumerate(tags):
        (folder / f"{slug}-{i:05d}.txt").write_text(
            f"Submission {i} to {slug} on violence and discrimination.\n"
        )
    report = ingest.ingest(db, slug, [folder], n_workers=0)
    by_source = {o.source: o.submission_id for o in report.outcomes}
    ids = [by_source[f"{slug}-{i:05d}.txt"] for i in range(len(tags))]
    for submission_id, tag in zip(ids, tags):
        tag_submission(db, submission_id, {**UNTAGGED, **tag})
    return ids


# Ingest may guess tags automatically; these tests set every tag themselves.
UNTAGGED = {
    field: ""
    for field in ("submitter", "submitter_type", "country", "region", "scope", "confidentiality")
}


def tag_submission(db, submission_id, tag):
    current = store.get_submission(db, submission_id)
    store.update_submission(db, submission_id, tag, current["version"], user="test")


def random_tags(n, seed):
    rng = random.Random(seed)
    types = list(vocab.SUBMITTER_TYPES) + [""]
    regions = list(vocab.REGIONS) + [""]
    return [
        {
            "submitter": f"Organisation {i}",
            "submitter_type": rng.choice(types),
            "region": rng.choice(regions),
            "scope": rng.choice(vocab.SCOPES + ("",)),
            "country": rng.choice(["KEN", "BRA", "FJI", ""]),
            "language": rng.choice(["en", "es", "fr"]),
            "confidentiality": rng.choice(vocab.CONFIDENTIALITY + ("",)),
        }
        for i in range(n)
    ]


def run_cli(db_path, *args):
    result = CliRunner().invoke(cli, ["--db", str(db_path), "stats", *args], obj={})
    return result


def read_csv(text):
    """{(row, col): count} from the stats CSV, totals under 'total'."""
    table = list(csv.reader(io.StringIO(text)))
    header = table[0]
    return {(row[0], header[j]): row[j] for row in table[1:] for j in range(1, len(header))}


@pytest.fixture
def tagged(db, tmp_path):
    tags = random_tags(90, seed=6)
    ids = build_call(db, tmp_path / "in", "violence-2023", tags)
    return db, dict(zip(ids, tags))


# ---------------------------------------------------------------- the table equals the truth


@pytest.mark.parametrize(
    "rows,cols",
    [
        ("submitter_type", "region"),
        ("scope", "region"),
        ("country", "language"),
        ("language", None),
        ("region", None),
    ],
)
def test_cli_table_equals_the_tags_and_totals_add_up(tagged, rows, cols):
    db, truth = tagged
    args = ["--call", "violence-2023", "--rows", rows, "--suppress-below", "0"] + (
        ["--cols", cols] if cols else []
    )
    result = run_cli(db.path, *args)
    assert result.exit_code == 0, result.output
    printed = read_csv(result.output)
    expected = Counter((t[rows], t[cols] if cols else "total") for t in truth.values())
    for (r, c), n in expected.items():
        assert printed[(r, c)] == str(n)
    by_row = Counter(t[rows] for t in truth.values())
    assert all(printed[(r, "total")] == str(n) for r, n in by_row.items())
    assert printed[("total", "total")] == "90"
    if cols:
        by_col = Counter(t[cols] for t in truth.values())
        assert all(printed[("total", c)] == str(n) for c, n in by_col.items())
        cells = [int(v) for (r, c), v in printed.items() if r != "total" and c != "total"]
        assert sum(cells) == 90


def test_rows_follow_the_vocabulary_order_with_untagged_last(tagged):
    db, _ = tagged
    table = count(db, "violence-2023", "region")
    assert table.row_values == [r for r in list(vocab.REGIONS) + [""] if r in table.row_values]
    assert table.row_values[-1] == ""


# ---------------------------------------------------------------- counting rules


def test_errors_and_excluded_submissions_are_not_counted_unless_asked(db, tmp_path):
    ids = build_call(db, tmp_path / "in", "c", [{"submitter_type": "state"}] * 3)
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.7 cut short")
    ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    tag_submission(db, ids[0], {"excluded": 1})
    assert count(db, "c").total == 2
    assert count(db, "c", rules=CountingRules(include_excluded=True)).total == 3
    assert count(db, "c", rules=CountingRules(include_errors=True)).count("", TOTAL) == 1
    assert "excluded submissions are not counted" in count(db, "c").notes[0]


def test_a_multi_file_submission_counts_once(db, tmp_path):
    folder = tmp_path / "in" / "Coalition letter and annex"
    make_pdf(folder / "letter.pdf", [ENGLISH])
    make_docx(folder / "annex.docx", ENGLISH)
    report = ingest.ingest(db, "c", [tmp_path / "in"], n_workers=0)
    [outcome] = report.outcomes
    tag_submission(
        db, outcome.submission_id, {"submitter_type": "civil_society", "region": "africa"}
    )
    table = count(db, "c", "submitter_type", "region")
    assert table.count("civil_society", "africa") == 1 and table.total == 1


def test_joint_submissions_count_once_or_per_signatory(db, tmp_path):
    ids = build_call(
        db, tmp_path / "in", "c", [{"submitter_type": "civil_society"}, {"submitter_type": "state"}]
    )
    set_cosignatories(db, ids[0], 4, user="test")
    assert count(db, "c").count("civil_society", TOTAL) == 1
    joint = count(db, "c", rules=CountingRules(count_cosignatories=True))
    assert joint.count("civil_society", TOTAL) == 5 and joint.total == 6
    with pytest.raises(WorkbenchError, match="co-signatories must be 0 or more"):
        set_cosignatories(db, ids[0], -1, user="test")


def set_cosignatories(db, submission_id, n, user):
    """As the Submissions page's edit form saves them."""
    version = store.get_submission(db, submission_id)["version"]
    store.update_submission(db, submission_id, {"cosignatories": n}, version, user)


def test_setting_cosignatories_is_an_edit_like_any_other(db, tmp_path):
    """It raises the version (an editor holding the old one gets a conflict) and is audited."""
    (sub_id,) = build_call(db, tmp_path / "in", "c", [{"submitter_type": "civil_society"}])
    loaded = store.get_submission(db, sub_id)["version"]
    set_cosignatories(db, sub_id, 3, user="amina")
    with pytest.raises(ConflictError):
        store.update_submission(db, sub_id, {"country": "Kenya"}, loaded, user="omar")
    (line,) = audit.history(db, "submissions", sub_id, limit=1)
    assert (line["user"], line["field"], line["new_value"]) == ("amina", "cosignatories", "3")


def test_nhris_can_be_counted_with_states(db, tmp_path):
    build_call(
        db,
        tmp_path / "in",
        "c",
        [{"submitter_type": t} for t in ["state", "state", "nhri", "academic"]],
    )
    apart = count(db, "c")
    assert (apart.count("state", TOTAL), apart.count("nhri", TOTAL)) == (2, 1)
    together = count(db, "c", rules=CountingRules(nhri_with_states=True))
    assert together.count("state", TOTAL) == 3 and "nhri" not in together.row_values


def test_several_calls_or_all_of_them(db, tmp_path):
    build_call(db, tmp_path / "a", "a", [{"submitter_type": "state"}] * 2)
    build_call(
        db, tmp_path / "b", "b", [{"submitter_type": "state"}, {"submitter_type": "individual"}]
    )
    build_call(db, tmp_path / "x", "x", [{"submitter_type": "academic"}])
    assert count(db, ["a", "b"]).count("state", TOTAL) == 3
    assert count(db, None).total == 5
    assert run_cli(db.path, "--calls", "a,b").output.splitlines()[-1] == "total,4"
    assert run_cli(db.path, "--all").output.splitlines()[-1] == "total,5"


def test_bad_requests_fail_with_a_clear_reason(db, tmp_path):
    build_call(db, tmp_path / "in", "c", [{"submitter_type": "state"}])
    with pytest.raises(StatsError, match="both 'region'"):
        count(db, "c", "region", "region")
    result = run_cli(db.path, "--call", "nope")
    assert result.exit_code == 1 and "no call 'nope'" in result.output


# ---------------------------------------------------------------- themes


def test_theme_rows_count_each_theme_and_the_total_counts_distinct_submissions(db, tmp_path):
    ids = build_call(
        db,
        tmp_path / "in",
        "c",
        [
            {"submitter_type": "state"},
            {"submitter_type": "academic"},
            {"submitter_type": "academic"},
        ],
    )
    themes = {ids[0]: ["Health", "Education"], ids[1]: ["Health"]}
    table = count(db, "c", "theme", "submitter_type", theme_source=lambda db, slug: themes)
    assert table.count("Health", TOTAL) == 2 and table.count("Education", TOTAL) == 1
    assert table.count("", TOTAL) == 1  # the third submission has no theme yet
    assert table.total == 3 and table.count(TOTAL, "academic") == 2
    assert any("distinct submissions" in note for note in table.notes)


def test_theme_dimension_without_themes_says_why(db, tmp_path):
    build_call(db, tmp_path / "in", "c", [{"submitter_type": "state"}])
    try:
        table = count(db, "c", "theme")  # workbench.themes may be finished by now
    except DimensionUnavailable as error:
        assert "themes are not available" in str(error)
    else:
        assert table.total == 1


# ---------------------------------------------------------------- tracing a cell


def test_every_cell_lists_the_submissions_it_counts_without_naming_confidential_ones(tagged):
    db, truth = tagged
    table = count(db, "violence-2023", "submitter_type", "region")
    for row in table.row_values + [TOTAL]:
        for col in table.col_values + [TOTAL]:
            listed = cell_submissions(db, row_value=row, col_value=col, table=table)
            expected = {
                i
                for i, t in truth.items()
                if row in (TOTAL, t["submitter_type"]) and col in (TOTAL, t["region"])
            }
            named = {i for i in expected if truth[i]["confidentiality"] == "public"}
            assert {s["id"] for s in listed if s["id"] is not None} == named
            assert len(listed) == table.count(row, col)
    everyone = cell_submissions(db, "violence-2023")
    by_id = {s["id"]: s for s in everyone if s["id"] is not None}
    for i, tag in truth.items():
        if tag["confidentiality"] == "public":
            assert tag["submitter"] in by_id[i]["shown_as"]
    withheld = [s for s in everyone if s["id"] is None]
    assert len(withheld) == sum(t["confidentiality"] != "public" for t in truth.values())
    assert all(s["source"] == "" and s["country"] == "" for s in withheld)
    names = {t["submitter"] for t in truth.values() if t["confidentiality"] != "public"}
    assert not any(re.search(rf"{name}\b", str(s.values())) for s in everyone for name in names)
    assert all("submitter" not in s for s in everyone)


def test_cli_lists_a_cell(tagged):
    db, truth = tagged
    result = run_cli(
        db.path, "--call", "violence-2023", "--cols", "region", "--cell", "state", "total"
    )
    listed = list(csv.DictReader(io.StringIO(result.output)))
    states = {i for i, t in truth.items() if t["submitter_type"] == "state"}
    assert len(listed) == len(states)
    assert {int(r["id"]) for r in listed if r["id"]} == {
        i for i in states if truth[i]["confidentiality"] == "public"
    }


# ---------------------------------------------------------------- safe small numbers


def hidden_alone(table):
    """Lines where a total would give away a lone hidden cell."""
    return [
        parts
        for parts, total in lines(table)
        if sum(p in table.suppressed for p in parts) == 1 and total not in table.suppressed
    ]


@pytest.mark.parametrize(
    "rows,cols,k",
    [
        ("submitter_type", "region", 3),
        ("country", None, 5),
        ("country", "language", 10),
        ("scope", "region", 30),
    ],
)
def test_small_cells_are_hidden_and_no_total_gives_them_away(tagged, rows, cols, k):
    db, _ = tagged
    table = suppress(count(db, "violence-2023", rows, cols), k)
    small = {
        key
        for key in table.counts
        if key[0] is not TOTAL
        and (cols is None or key[1] is not TOTAL)
        and 0 < table.count(*key) < k
    }
    assert small <= table.suppressed and table.primary == small
    assert all(table.shown(*key) == f"< {k}" for key in small)
    # Cells hidden only to protect others carry their own mark: "< k" would be untrue of them.
    assert all(table.shown(*key) == "x" for key in table.suppressed - small)
    assert hidden_alone(table) == []
    assert any("< " in note for note in table.notes)


def test_one_way_breakdowns_by_type_are_not_suppressed(tagged):
    db, _ = tagged
    table = suppress(count(db, "violence-2023", "submitter_type"), 50)
    assert not table.suppressed


def test_a_lone_country_hides_the_total_too(db, tmp_path):
    build_call(db, tmp_path / "in", "c", [{"country": "FJI"}, {"country": "FJI"}])
    table = suppress(count(db, "c", "country"), 3)
    assert table.shown("FJI", TOTAL) == "< 3" and table.shown() == "x"


def test_shareable_tables_are_protected_by_default(tagged):
    db, _ = tagged
    table = count(db, "violence-2023", "submitter_type", "region")
    small = [key for key in table.counts if None not in key and 0 < table.count(*key) < 3]
    assert small, "the fixture has small cells"
    printed = read_csv(
        run_cli(
            db.path, "--call", "violence-2023", "--rows", "submitter_type", "--cols", "region"
        ).output
    )
    assert all(printed[key] == "< 3" for key in small)
    assert "1" not in {v for (r, c), v in printed.items() if r != "total" and c != "total"}


def test_a_hidden_cell_is_not_listed(tagged):
    db, _ = tagged
    table = suppress(count(db, "violence-2023", "submitter_type", "region"), 3)
    row, col = sorted(table.primary, key=str)[0]
    result = run_cli(
        db.path,
        "--call",
        "violence-2023",
        "--rows",
        "submitter_type",
        "--cols",
        "region",
        "--cell",
        row,
        col,
    )
    assert result.exit_code != 0 and "small-number protection" in result.output


def test_cli_prints_suppressed_cells(tagged):
    db, _ = tagged
    result = run_cli(
        db.path,
        "--call",
        "violence-2023",
        "--rows",
        "country",
        "--cols",
        "language",
        "--suppress-below",
        "10",
    )
    assert "< 10" in result.output


# ---------------------------------------------------------------- the coalition figures

COALITION_REGIONS = {
    "africa": 173,
    "asia_pacific": 236,
    "eastern_europe": 108,
    "latin_america_caribbean": 237,
    "weog": 187,
    "": 1,
}  # 942 national organisations, one without a region
REGIONAL = {
    "africa": 50,
    "asia_pacific": 46,
    "eastern_europe": 30,
    "latin_america_caribbean": 60,
    "weog": 40,
}


def coalition_tags():
    tags = [{"submitter_type": "civil_society", "scope": "international", "region": ""}] * 144
    tags += [
        {"submitter_type": "civil_society", "scope": "regional", "region": r}
        for r, n in REGIONAL.items()
        for _ in range(n)
    ]
    tags += [
        {"submitter_type": "civil_society", "scope": "national", "region": r}
        for r, n in COALITION_REGIONS.items()
        for _ in range(n)
    ]
    return tags


def test_the_coalition_figures_come_out_as_a_scope_by_region_table(db, tmp_path):
    from workbench.stats.sentence import scope_region_sentence

    build_call(db, tmp_path / "in", "coalition", coalition_tags())
    result = run_cli(
        db.path,
        "--call",
        "coalition",
        "--rows",
        "scope",
        "--cols",
        "region",
        "--suppress-below",
        "0",
    )
    printed = read_csv(result.output)
    assert [printed[(s, "total")] for s in ("international", "regional", "national")] == [
        "144",
        "226",
        "942",
    ]
    assert [printed[("national", r)] for r in vocab.REGIONS] == ["173", "236", "108", "237", "187"]
    assert printed[("international", "")] == "144" and printed[("total", "total")] == "1312"
    assert printed[("regional", "africa")] == "50"
    assert scope_region_sentence(db, "coalition") == (
        "The 1,312 submissions came from 144 international organizations, 226 regional organizations and "
        "942 national organizations — 173 from Africa, 236 from Asia-Pacific, 108 from Eastern Europe, "
        "237 from Latin America and the Caribbean, 187 from the Western European and others region "
        "and 1 without a recorded region."
    )


# ---------------------------------------------------------------- end to end on the demo corpus


def test_generated_corpus_tagged_with_its_labels_gives_the_true_table(db, tmp_path):
    from corpus.generate import generate

    generate(tmp_path / "corpus", n=16, seed=11, style="a")
    (tmp_path / "corpus" / "labels.csv").rename(tmp_path / "labels.csv")  # not a submission
    labels = list(csv.DictReader(open(tmp_path / "labels.csv", encoding="utf-8")))
    report = ingest.ingest(db, "demo", [tmp_path / "corpus"], n_workers=0, ocr=False)  # OCR is slow
    ids = {o.source: o.submission_id for o in report.outcomes}
    fields = (
        "submitter",
        "submitter_type",
        "country",
        "region",
        "scope",
        "language",
        "confidentiality",
    )
    for label in labels:
        tag_submission(db, ids[label["source"]], {f: label[f] for f in fields})
    ok = [
        label
        for label in labels
        if store.get_submission(db, ids[label["source"]])["status"] == "ok"
    ]
    printed = read_csv(
        run_cli(
            db.path,
            "--call",
            "demo",
            "--rows",
            "submitter_type",
            "--cols",
            "region",
            "--suppress-below",
            "0",
        ).output
    )
    truth = Counter((label["submitter_type"], label["region"]) for label in ok)
    assert {k: int(v) for k, v in printed.items() if "total" not in k and v != "0"} == dict(truth)
    assert printed[("total", "total")] == str(len(ok))
