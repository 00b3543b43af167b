"""The Statistics page: AppTest driven by widget key, and one run in a real browser."""

import pytest

from workbench import store

from .apptest import open_page
from .test_stats import build_call

TIMEOUT = 60
SECRET = "Clandestine Queer Collective"
TAGS = (
    [
        {
            "submitter": f"Ministry {i}",
            "submitter_type": "state",
            "region": "africa",
            "scope": "national",
            "country": "KEN",
            "confidentiality": "public",
        }
        for i in range(3)
    ]
    + [
        {
            "submitter": "Defensoría",
            "submitter_type": "nhri",
            "region": "latin_america_caribbean",
            "scope": "national",
            "country": "COL",
            "confidentiality": "public",
        }
    ]
    + [
        {
            "submitter": f"NGO {i}",
            "submitter_type": "civil_society",
            "region": "weog",
            "scope": "regional",
            "confidentiality": "public",
        }
        for i in range(4)
    ]
    + [
        {
            "submitter": SECRET,
            "submitter_type": "civil_society",
            "region": "africa",
            "scope": "national",
            "country": "UGA",
            "confidentiality": "withhold_name",
        }
    ]
)


@pytest.fixture
def stocked(db_path, tmp_path):
    db = store.open_db(db_path)
    build_call(db, tmp_path / "in", "health-2021", TAGS)
    return db


def page():
    return open_page("statistics")


def shown_text(app):
    parts = (
        [m.value for m in app.markdown]
        + [c.value for c in app.caption]
        + [e.value for e in app.error]
    )
    parts += [df.value.to_csv() for df in app.dataframe]
    return "\n".join(parts)


def test_page_shows_sentence_table_downloads_and_charts(stocked):
    app = page()
    assert app.markdown[0].value == (
        "The Independent Expert received 9 submissions: 4 from Member States, including national human rights "
        "institutions, and 5 from civil society organizations."
    )
    table = app.dataframe[0].value.set_index("Submitter type")
    assert table.loc["Member States", "Total"] == "3" and table.loc["Total", "Total"] == "9"
    assert {b.key for b in app.get("download_button")} >= {
        "stats_dl_csv",
        "stats_dl_xlsx",
        "stats_dl_md",
        "stats_dl_docx",
        "stats_chart_dl_submitter_type",
        "stats_chart_dl_region",
    }
    assert len(app.get("vega_lite_chart")) == 2
    assert SECRET not in shown_text(app)


def test_a_cell_lists_its_submissions_without_confidential_names(stocked):
    app = page()
    app.selectbox(key="stats_cols").select("region").run()
    app.selectbox(key="stats_cell_row").select("civil_society").run()
    app.selectbox(key="stats_cell_col").select("africa").run()
    assert not app.exception
    # One submission in that cell: small-number protection (on by default) hides it and its list.
    assert any("small-number protection" in i.value for i in app.info)
    app.number_input(key="stats_k").set_value(0).run()
    traced = app.dataframe[1].value
    assert list(traced["shown_as"]) == ["a civil society organization, Africa"]
    assert any("Civil society organizations × Africa: 1" in c.value for c in app.caption)
    app.selectbox(key="stats_cell_col").select("total").run()  # the row's total
    assert set(app.dataframe[1].value["shown_as"]) == {
        "NGO 0",
        "NGO 1",
        "NGO 2",
        "NGO 3",
        "a civil society organization, Africa",
    }
    assert SECRET not in shown_text(app)


def test_small_numbers_are_hidden_and_rules_change_the_counts(stocked):
    app = page()
    app.selectbox(key="stats_rows").select("country").run()
    app.number_input(key="stats_k").set_value(3).run()
    table = app.dataframe[0].value.set_index("Country")
    assert table.loc["Uganda", "Total"] == "< 3" and table.loc["Kenya", "Total"] == "3"
    assert any("shown as" in c.value for c in app.caption)
    app.selectbox(key="stats_rows").select("submitter_type").run()
    app.checkbox(key="stats_nhri").check().run()
    table = app.dataframe[0].value.set_index("Submitter type")
    assert table.loc["Member States (incl. national human rights institutions)", "Total"] == "4"


def test_spanish_sentence_and_several_calls(stocked, tmp_path):
    build_call(stocked, tmp_path / "more", "religion-2022", [{"submitter_type": "academic"}])
    app = open_page("statistics", current_call="religion-2022")  # the call chosen on a page
    app.selectbox(key="stats_lang").select("es").run()
    assert app.markdown[0].value.startswith("El Experto Independiente recibió 1 contribución")
    app.checkbox(key="stats_all").check().run()
    assert "recibió 10 contribuciones" in app.markdown[0].value


def test_theme_without_themes_is_explained_not_a_crash(stocked):
    app = page()
    app.selectbox(key="stats_rows").select("theme").run()
    assert not app.exception
    assert app.error or app.dataframe  # a clear message, or themes are finished


def test_with_several_calls_and_none_chosen_the_page_asks(stocked, tmp_path):
    build_call(stocked, tmp_path / "more", "religion-2022", [{"submitter_type": "academic"}])
    app = page()
    assert app.multiselect(key="stats_calls").value == []  # not the newest call by default
    assert any("Choose at least one call" in i.value for i in app.info)


def test_page_without_calls_says_what_to_do(db_path):
    app = page()
    assert "No call yet" in app.info[0].value


def test_statistics_in_the_browser(served_app, browser_page, tmp_path):
    url, db_file = served_app
    build_call(store.open_db(db_file), tmp_path / "in", "health-2021", TAGS)
    page = browser_page
    page.goto(url)
    page.get_by_role("link", name="Statistics").click()
    page.get_by_text("The Independent Expert received 9 submissions").wait_for()
    page.get_by_text("Which submissions does a figure count?").wait_for()
    page.get_by_text("Total: 9 — 9 submissions listed").wait_for()
    grid = page.locator("[data-testid=stDataFrame]").first
    box = grid.bounding_box()
    grid.click(position={"x": box["width"] * 0.8, "y": 35 * 1.5})  # Member States' total cell
    page.get_by_text("Member States: 3 — 3 submissions listed").wait_for()
    page.get_by_role("button", name="Download XLSX").wait_for()
    page.locator("canvas").first.wait_for()  # the altair charts
    page.screenshot(path=str(tmp_path / "statistics.png"), full_page=True)
    assert SECRET not in page.content()


def test_the_page_says_which_counts_the_region_figures_of_the_sentence_break_down(stocked):
    app = page()
    assert any("break down the national organizations only" in c.value for c in app.caption)
