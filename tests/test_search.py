"""Search (issue 15): one box over a call's passages and the literature notes — word forms in
five languages, accents and case folded, phrases, OR, prefixes; the index follows every change;
roles that do not review never find a withheld submitter by its identity."""

import pytest

from workbench import auth, ingest, notes, search, store
from workbench.stores.sql import one

from .apptest import open_page

TEXTS = {
    "en.txt": "Human Rights Watch Kenya\n\nPolice violence against trans women in Nairobi continued "
    "throughout 2025: officers beat them in custody and nobody was held to account for it.\n",
    "es.txt": "Fundación Igualdad Uruguay\n\nLa policía detuvo a mujeres trans en Montevideo sin orden judicial. "
    "Las llamadas terapias de conversión siguen siendo legales en el país y nadie las investiga.\n",
    "fr.txt": "Association Arc-en-ciel Dakar\n\nLes violences policières contre les personnes trans ont augmenté. "
    "Les thérapies de conversion restent pratiquées par des guérisseurs dans plusieurs régions.\n",
    "pt.txt": "Rede Nacional de Pessoas Trans\n\nA polícia invadiu casas de mulheres trans em Luanda durante 2025 "
    "e as vítimas de violência policial não denunciam por medo de novas agressões.\n",
    "ru.txt": "Открытый горизонт\n\nБольшинство пострадавших не обращаются в полицию, опасаясь унижения и "
    "разглашения сведений о своей личности перед родственниками и работодателями.\n",
}
SECRET = "Colectivo Ñandutí de Defensoras"
WITHHELD = (
    f"{SECRET} (CONADE)\nAsunción · conade@nanduti.org.py\n\n"
    "Police raids on trans women's homes continued throughout 2025 in the capital of Paraguay, and the "
    f"{SECRET} documented the beatings reported to us by fourteen women.\n"
)


def build(db, folder, texts):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = ingest.ingest(db, "c", [folder], n_workers=0)
    return {o.source: o.submission_id for o in report.outcomes}


def stock(db, folder, withheld=False):
    """The five public texts, and (``withheld``) a submitter who may not be named."""
    ids = build(db, folder, TEXTS | ({"CONADE_aporte.txt": WITHHELD} if withheld else {}))
    for source, submission_id in ids.items():
        tags = (
            {"confidentiality": "public"}
            if source in TEXTS
            else {
                "submitter": SECRET,
                "submitter_type": "civil_society",
                "region": "latin_america_caribbean",
                "country": "PRY",
                "confidentiality": "withhold_name",
            }
        )
        current = store.get_submission(db, submission_id)
        store.update_submission(db, submission_id, tags, current["version"], "test")
    return ids


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    """Every text in one database, read (never changed) by the tests that take it."""
    folder = tmp_path_factory.mktemp("search")
    db = store.open_db(folder / "wb.db")
    yield db, stock(db, folder / "in", withheld=True)
    db.conn.close()


@pytest.fixture
def call(db, tmp_path):
    """The five public texts, to change."""
    return db, stock(db, tmp_path / "in")


@pytest.fixture
def app_db(db_path, tmp_path):
    """The database the pages open, stocked with every text."""
    db = store.open_db(db_path)
    stock(db, tmp_path / "in", withheld=True)
    auth.add_user(db, "amina", "correct horse battery", auth.ADMIN)
    auth.add_user(db, "sofia", "correct horse battery", auth.ADVISOR)
    yield db
    db.conn.close()


def sources(db, text, **options):
    found = search.search(db, text, "c", **options)
    return {h["source"] for h in found.passages}


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("police violence", {"en.txt", "pt.txt"}),  # every word, any order; "polícia ... violência"
        ("POLICE Violence", {"en.txt", "pt.txt"}),  # case
        ("полиции", {"ru.txt"}),  # Russian word forms: the text says "полицию"
        # accents: "policía", "polícia"; and what shares a stem in another language ("police")
        ("policia", {"es.txt", "pt.txt", "en.txt", "CONADE_aporte.txt"}),
        (
            "violences",
            {"en.txt", "fr.txt", "pt.txt"},
        ),  # French plural, English singular, "violência"
        ("conversion OR conversión", {"es.txt", "fr.txt"}),
        ('"terapias de conversión"', {"es.txt"}),  # a phrase
        ('"conversión de terapias"', set()),  # the same words in another order are not the phrase
        ("invad*", {"pt.txt"}),  # any ending
        (
            "trans -Montevideo",
            {"en.txt", "fr.txt", "pt.txt", "CONADE_aporte.txt"},
        ),  # a word left out
        ("thérapie", {"fr.txt"}),  # singular finds the plural
        # a term of the concept dictionary finds how other submissions say it, in any language
        ("conversion therapy", {"es.txt", "fr.txt"}),
        ("terapias de conversión", {"es.txt", "fr.txt"}),
        ('"conversion therapy"', set()),  # in quotes: that phrase only
    ],
)
def test_plain_words_find_every_form_in_five_languages(stocked, typed, expected):
    db, _ = stocked
    assert sources(db, typed) == expected


@pytest.mark.parametrize(
    "typed", ['unbalanced "quote', "AND OR NOT (", '"', "*", "-", "OR", "NEAR(a b)", "a:b"]
)
def test_nothing_typed_is_a_syntax_error(stocked, typed):
    db, _ = stocked
    search.search(db, typed, "c")  # no exception, whatever it finds


def test_counts_cover_the_whole_call_and_hits_open_at_their_page(stocked):
    db, ids = stocked
    found = search.search(db, "trans", "c", limit=2)
    assert (found.n_passages, found.n_submissions) == (6, 5) and len(
        found.passages
    ) == 2  # pt: 2 passages
    hit = search.search(db, "полиции", "c").passages[0]
    assert (hit["submission_id"], hit["page"]) == (ids["ru.txt"], 1)
    assert "**полицию**" in search.markdown(hit["snippet"])


def test_the_index_follows_new_changed_and_deleted_texts(call, tmp_path):
    db, ids = call
    build(
        db,
        tmp_path / "in",
        {"en.txt": "Human Rights Watch Kenya\n\nSchools expelled intersex pupils in 2025.\n"},
    )
    assert sources(db, "Nairobi") == set()
    assert sources(db, "intersex pupils") == {"en.txt"}
    store.delete_submission(db, store.get_submission(db, ids["es.txt"])["id"])
    assert sources(db, "policia") == {"pt.txt"}


def test_ingest_leaves_nothing_for_the_first_search_to_index(db, tmp_path):
    from workbench.search import index_store

    build(db, tmp_path / "in", TEXTS)
    assert index_store.pending(db, "passage", 10) == []  # indexed in the batch
    assert sources(db, "полицию") == {"ru.txt"}


def test_literature_notes_are_searched_with_the_passages(call):
    db, _ = call
    note = notes.create_note(
        db,
        {
            "title": "Conversion therapies in Latin America",
            "summary": "Practices of so-called conversion therapy and their bans.",
        },
        "test",
    )
    found = search.search(db, "conversion therapy", "c")
    assert [n["id"] for n in found.notes] == [note["id"]] and found.n_notes == 1
    assert search.search(db, "orientation changes", "c").notes == []
    notes.update_note(
        db, note["id"], {"title": "Sexual orientation change efforts"}, note["version"], "test"
    )
    assert [n["id"] for n in search.search(db, "orientation changes", "c").notes] == [note["id"]]
    notes.delete_note(db, note["id"], "test")
    assert search.search(db, "orientation", "c").notes == []


def test_the_literature_link_form_finds_passages_the_same_way(stocked):
    db, ids = stocked
    labels = [
        label for _, label in notes.link_targets(db, "c", "passage", "conversion OR conversión")
    ]
    assert len(labels) == 2 and any("terapias de conversión" in label for label in labels)
    [(passage_id, label)] = notes.link_targets(db, "c", "passage", "полиции")
    assert (
        "полицию" in label
        and one(db, "select submission_id from passages where id = ?", [passage_id])[
            "submission_id"
        ]
        == ids["ru.txt"]
    )


@pytest.mark.parametrize("typed", ["Ñandutí", "nanduti", "CONADE", "Colectivo Defensoras"])
def test_a_role_that_does_not_review_cannot_find_a_withheld_submitter_by_its_identity(
    stocked, typed
):
    db, ids = stocked
    team = search.search(db, typed, "c", names=False)
    assert team.passages == [] and team.n_passages == 0 and team.n_submissions == 0
    assert ids["CONADE_aporte.txt"] in {
        h["submission_id"] for h in search.search(db, typed, "c").passages
    }


def test_a_role_that_does_not_review_cannot_find_a_withheld_submitter_by_its_own_country(stocked):
    """Its quotes print no country (its row prints none): a search for the country neither
    shows nor counts its passages, while a reviewer finds them."""
    db, ids = stocked
    team = search.search(db, "Paraguay", "c", names=False)
    assert team.passages == [] and team.n_passages == 0 and team.n_submissions == 0
    assert ids["CONADE_aporte.txt"] in {
        h["submission_id"] for h in search.search(db, "Paraguay", "c").passages
    }


def test_a_role_that_does_not_review_reads_withheld_passages_by_type_and_region(stocked):
    db, ids = stocked
    [hit] = search.search(db, "police raids", "c", names=False).passages
    shown = search.markdown(hit["snippet"]) + hit["submitter"] + hit["source"] + hit["file"]
    assert hit["submitter"] == "a civil society organization, Latin America and the Caribbean"
    assert (
        "andut" not in shown
        and "CONADE" not in shown
        and hit["submission_id"] == ids["CONADE_aporte.txt"]
    )


# ---------------------------------------------------------------- pages


def test_the_search_page_shows_passages_and_opens_one_at_its_page(app_db):
    app = open_page("search", search_call="c", auth_user=auth.get_user(app_db, "amina"))
    app.text_input(key="search_text").input("полиции").run()
    assert not app.exception, app.exception
    assert any("**полицию**" in m.value for m in app.markdown)
    assert any("1 passage in 1 submission" in c.value for c in app.caption)
    app.button(
        key=next(b.key for b in app.button if b.key and b.key.startswith("search_open_"))
    ).click().run()
    ru = next(s["id"] for s in store.list_submissions(app_db, "c") if s["source"] == "ru.txt")
    assert (app.session_state["open_submission"], app.session_state["open_page"]) == (ru, 1)


def test_the_submissions_page_box_lists_the_submissions_whose_text_matches(app_db):
    app = open_page("submissions", subs_call="c", auth_user=auth.get_user(app_db, "amina"))
    app.text_input(key="subs_fulltext").input("policía Nairobi OR Montevideo").run()
    assert not app.exception, app.exception
    assert sorted(app.dataframe[0].value["source"]) == ["en.txt", "es.txt"]
    assert any("2 of 6 submissions" in c.value for c in app.caption)


def test_the_advisor_searching_a_withheld_name_finds_nothing_on_the_page(app_db):
    app = open_page("search", search_call="c", auth_user=auth.get_user(app_db, "sofia"))
    app.text_input(key="search_text").input("Ñandutí").run()
    assert not app.exception, app.exception
    assert any("0 passages in 0 submissions" in c.value for c in app.caption)
    app.text_input(key="search_text").input("police raids").run()
    shown = " ".join(m.value for m in app.markdown)
    assert "a civil society organization, Latin America and the Caribbean" in shown
    assert "andut" not in shown.lower() and "CONADE" not in shown


def test_in_the_browser_a_search_opens_the_submission_at_its_page(
    served_app, browser_page, tmp_path
):
    url, db_file = served_app
    stock(store.open_db(db_file), tmp_path / "in")
    page = browser_page
    page.goto(url)
    page.get_by_role("link", name="Search").click()
    box = page.get_by_role(
        "textbox", name="Search the submissions' passages and the literature notes"
    )
    box.fill("полиции")
    box.press("Enter")
    page.get_by_text("1 passage in 1 submission").wait_for(timeout=60000)
    page.locator("strong", has_text="полицию").first.wait_for(
        timeout=60000
    )  # the hits render after the count
    page.get_by_role("button", name="Open at page 1").first.click()
    page.get_by_role("heading", name="ru.txt").wait_for(timeout=60000)  # the submission, open
    page.get_by_text("не обращаются в полицию").first.wait_for(timeout=60000)  # its page's text
