"""The same submitter across calls (issue 14, part 3): a two-call corpus where 34 submitters
answer both calls under variant spellings (accents, case, articles, "&", typos, acronyms,
word order, a State's mission and government), with look-alike submitters that are others."""

import itertools

import pytest

from workbench import derived, ingest, store, submitters

# (call A name, call B name, type, country, e-mail domain or "")
SAME = [
    ("Asociación Ñandutí", "Asociacion Nanduti", "civil_society", "PRY", ""),
    ("Human Rights Watch", "HUMAN RIGHTS WATCH", "civil_society", "", ""),
    ("The Trevor Project", "Trevor Project", "civil_society", "USA", ""),
    ("Rainbow Coalition Kenya", "Rainbow Coalitoin Kenya", "civil_society", "KEN", ""),
    ("Outright International", "OutRight International", "civil_society", "", ""),
    ("Association for Women's Rights in Development (AWID)", "AWID", "civil_society", "", ""),
    (
        "Red Latinoamericana y del Caribe de Personas Trans (REDLACTRANS)",
        "REDLACTRANS",
        "civil_society",
        "",
        "",
    ),
    ("Gender & Development Network", "Gender and Development Network", "civil_society", "GBR", ""),
    ("Fundación Triángulo", "Fundacion Triangulo", "civil_society", "ESP", ""),
    ("Collectif des Familles", "collectif des familles", "civil_society", "FRA", ""),
    ("Permanent Mission of Argentina", "Government of Argentina", "state", "ARG", ""),
    ("Permanent Mission of Sweden", "Ministry for Foreign Affairs of Sweden", "state", "SWE", ""),
    ("Mexico", "Misión Permanente de México", "state", "MEX", ""),
    (
        "Kenya National Commission on Human Rights",
        "Kenya National Commission on Human Rights (KNCHR)",
        "nhri",
        "KEN",
        "",
    ),
    ("Defensoría del Pueblo del Perú", "Defensoria del Pueblo del Peru", "nhri", "PER", ""),
    ("Transgender Europe (TGEU)", "TGEU", "civil_society", "", ""),
    ("Swedish Federation for LGBTQ Rights (RFSL)", "RFSL", "civil_society", "SWE", ""),
    ("Center for Reproductive Rights", "Centre for Reproductive Rights", "civil_society", "", ""),
    ("Amnesty International", "Amnesty International (AI)", "civil_society", "", ""),
    ("Sexual Rights Initiative", "Sexual Rights Initiative (SRI)", "civil_society", "", ""),
    (
        "Gender Health and Justice Research Unit, University of Cape Town",
        "University of Cape Town Gender Health & Justice Research Unit",
        "academic",
        "ZAF",
        "",
    ),
    ("Iranti", "Iranti Org", "civil_society", "ZAF", "iranti.org.za"),
    (
        "Colectivo Ovejas Negras",
        "Colectivo Ovejas Negras Uruguay",
        "civil_society",
        "URY",
        "ovejasnegras.org",
    ),
    (
        "Synergía – Initiatives for Human Rights",
        "Synergia Initiatives for Human Rights",
        "civil_society",
        "",
        "",
    ),
    ("Egale Canada", "Egale Canada Human Rights Trust", "civil_society", "CAN", "egale.ca"),
    (
        "Lambda Legal",
        "Lambda Legal Defense and Education Fund",
        "civil_society",
        "USA",
        "lambdalegal.org",
    ),
    (
        "Coalition of African Lesbians (CAL)",
        "Coalition of African Lesbians",
        "civil_society",
        "ZAF",
        "",
    ),
    (
        "Mulabi – Espacio Latinoamericano de Sexualidades y Derechos",
        "Mulabi Espacio Latinoamericano de Sexualidades y Derechos",
        "civil_society",
        "CRI",
        "",
    ),
    ("Stonewall", "Stonewal", "civil_society", "GBR", ""),
    ("Ministry of Health of Colombia", "Government of Colombia", "state", "COL", ""),
    (
        "ILGA World",
        "International Lesbian, Gay, Bisexual, Trans and Intersex Association",
        "civil_society",
        "",
        "",
    ),
    # another language, another script, a person's title and name order (submitter_names.py)
    (
        "Red de Familias Diversas del Paraguay",
        "Diverse Families Network Paraguay",
        "civil_society",
        "PRY",
        "",
    ),
    ("Ассоциация «Новая волна»", "Novaya Volna Association", "civil_society", "KAZ", ""),
    ("Dra. Lucía Fernanda Ortiz Rojas", "ORTIZ ROJAS, Lucía Fernanda", "individual", "CHL", ""),
]
# Look-alikes: each answers one call only and is nobody else.
ONLY_A = [
    ("Rainbow Coalition Uganda", "civil_society", "UGA"),
    ("Human Rights First", "civil_society", "USA"),
    ("Trevor Foundation", "civil_society", "USA"),
    ("Fundación Arcoíris", "civil_society", "MEX"),
    ("Permanent Mission of Chile", "state", "CHL"),
    ("Gender Equality Network", "civil_society", "GBR"),
    ("Center for Human Rights", "academic", "ZAF"),
    ("Sexual Minorities Uganda (SMUG)", "civil_society", "UGA"),
    # a place in brackets is no acronym: "(México)" must not join the State of Mexico
    ("Fundación Arcoíris (México)", "civil_society", "MEX"),
    ("Сеть «Равенство» (Казахстан)", "civil_society", "KAZ"),
    # a ministry is not the State's mission; another person of alike names
    ("Ministerio de Desarrollo Social del Uruguay", "state", "URY"),
    ("Lucía Fernanda Ortiz Ramos", "individual", "CHL"),
]
ONLY_B = [
    ("Rainbow Coalition Zambia", "civil_society", "ZMB"),
    ("Human Rights Campaign", "civil_society", "USA"),
    ("Fundación Huésped", "civil_society", "ARG"),
    ("Government of Peru", "state", "PER"),
    ("Gender Justice Network", "civil_society", "GBR"),
    ("Centre for Health Rights", "civil_society", "KEN"),
    ("Stonewall Scotland", "civil_society", "GBR"),
    ("Amnesty Kenya", "civil_society", "KEN"),
    ("Fundación Arco Iris de Chile", "civil_society", "CHL"),
    # one name, two countries: national chapters, not one submitter
    ("Сеть «Равенство» (Кыргызстан)", "civil_society", "KGZ"),
    ("Permanent Mission of Uruguay", "state", "URY"),
    ("Asociación Paraguaya de Juventud", "civil_society", "PRY"),
]


def _write(folder, n, name, domain):
    contact = f"Contact: info@{domain}" if domain else "Contact: see our website."
    (folder / f"submission_{n:02d}.txt").write_text(
        f"{name}\n\nSubmission to the call for inputs of the Independent Expert.\n\n"
        "Trans people face discrimination in access to health care and employment in our country.\n\n"
        f"{contact}\n",
        encoding="utf-8",
    )


def _call(db, tmp_path, slug, entries):
    folder = tmp_path / slug
    folder.mkdir()
    for n, (name, _, _, domain) in enumerate(entries):
        _write(folder, n, name, domain)
    ingest.ingest(db, slug, [folder], n_workers=0)
    ids = {}
    for n, (name, kind, country, _) in enumerate(entries):
        sub = store.find_submission(db, store.get_call(db, slug)["id"], f"submission_{n:02d}.txt")
        store.update_submission(
            db,
            sub["id"],
            {"submitter": name, "submitter_type": kind, "country": country},
            sub["version"],
            user="test",
        )
        ids[name] = sub["id"]
    return ids


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("submitters")
    db = store.open_db(tmp_path / "wb.db")
    a = _call(
        db,
        tmp_path,
        "call-a",
        [(x, k, c, d) for x, _, k, c, d in SAME] + [(x, k, c, "") for x, k, c in ONLY_A],
    )
    b = _call(
        db,
        tmp_path,
        "call-b",
        [(y, k, c, d) for _, y, k, c, d in SAME] + [(y, k, c, "") for y, k, c in ONLY_B],
    )
    truth = {tuple(sorted((a[x], b[y]))) for x, y, _, _, _ in SAME}
    return db, a, b, truth


def _pairs(matching):
    return {tuple(sorted(p)) for s in matching.submitters for p in itertools.combinations(s.ids, 2)}


def test_cross_call_matches_are_precise_and_complete(corpus):
    db, _, _, truth = corpus
    found = _pairs(submitters.match(db, ["call-a", "call-b"], decisions={}))
    precision = len(found & truth) / len(found)
    recall = len(found & truth) / len(truth)
    assert precision >= 0.98 and recall >= 0.9, (
        precision,
        recall,
        sorted(truth - found),
        sorted(found - truth),
    )
    counts = submitters.summary(db, ["call-a", "call-b"])
    n = len(SAME) + len(ONLY_A)
    assert counts["calls"][0] == {"call": "call-a", "submitters": n, "first_time": n}
    joined = counts["by_number_of_calls"][2]
    assert joined >= 0.9 * len(SAME) and counts["calls"][1] == {
        "call": "call-b",
        "submitters": n,
        "first_time": n - joined,
    }


def test_unsure_pairs_wait_for_a_person_and_decisions_hold(corpus):
    db, a, b, _ = corpus
    matching = submitters.match(db, ["call-a", "call-b"], decisions={})
    unsure = {tuple(sorted(u[:2])) for u in matching.unsure}
    stonewall = tuple(sorted((a["Stonewall"], b["Stonewall Scotland"])))
    assert stonewall in unsure and stonewall not in _pairs(matching)
    submitters.decide(db, a["Stonewall"], b["Stonewall Scotland"], same=False, user="test")
    submitters.decide(
        db, a["Rainbow Coalition Kenya"], b["Rainbow Coalitoin Kenya"], same=False, user="test"
    )
    after = submitters.match(db, ["call-a", "call-b"])
    assert stonewall not in {tuple(sorted(u[:2])) for u in after.unsure}
    assert tuple(
        sorted((a["Rainbow Coalition Kenya"], b["Rainbow Coalitoin Kenya"]))
    ) not in _pairs(after)


def test_each_call_keeps_its_own_confidentiality(corpus):
    """Iranti is public in call A and asks not to be named in call B: reviewers see one submitter
    with both calls; any other view never joins the call-B submission to the name."""
    db, a, b, _ = corpus
    for sub_id, level in ((a["Iranti"], "public"), (b["Iranti Org"], "withhold_name")):
        sub = store.get_submission(db, sub_id)
        store.update_submission(db, sub_id, {"confidentiality": level}, sub["version"], user="test")
    internal = {
        r["submitter"]: r for r in submitters.history(db, ["call-a", "call-b"], internal=True)
    }
    assert internal["Iranti"]["calls"] == "call-a (public); call-b (withhold_name)"
    assert internal["Iranti"]["n_calls"] == 2
    shared = submitters.history(db, ["call-a", "call-b"])
    assert "Iranti Org" not in str(shared)
    iranti = next(r for r in shared if r["submitter"] == "Iranti")
    assert iranti["calls"] == "call-a (public)" and iranti["submission_ids"] == [a["Iranti"]]
    assert any(
        r["calls"] == "call-b (withhold_name)"
        and r["submitter"].startswith("a civil society")
        and not r["submission_ids"]
        for r in shared
    )
    assert store.get_submission(db, b["Iranti Org"])["confidentiality"] == "withhold_name"


def test_cli_lists_submitters_and_takes_decisions(corpus, tmp_path):
    from click.testing import CliRunner

    from workbench.cli import cli

    db, a, b, _ = corpus
    path = db.conn.execute("pragma database_list").fetchone()[2]
    runner = CliRunner()
    result = runner.invoke(
        cli, ["--db", path, "submitters", "--calls", "call-a,call-b", "--internal"]
    )
    assert result.exit_code == 0, result.output
    line = next(l for l in result.output.splitlines() if l.startswith("Human Rights Watch,"))
    assert ",2,call-a" in line
    result = runner.invoke(
        cli, ["--db", path, "submitters", "--calls", "call-a,call-b", "--summary"]
    )
    assert (
        result.exit_code == 0
        and f"call-a,{len(SAME) + len(ONLY_A)}," in result.output
        and "answered 2 call(s)," in result.output
    )
    result = runner.invoke(
        cli,
        [
            "--db",
            path,
            "submitters",
            "--calls",
            "call-a,call-b",
            "--unsure",
            "--same",
            str(a["Trevor Foundation"]),
            str(b["Human Rights Campaign"]),
        ],
    )
    assert result.exit_code == 0, result.output
    joined = submitters.match(db, ["call-a", "call-b"])
    assert any(
        {a["Trevor Foundation"], b["Human Rights Campaign"]} <= set(s.ids)
        for s in joined.submitters
    )


def test_submitters_page_joins_for_reviewers_and_takes_a_decision(db_path, tmp_path):
    from .apptest import open_page

    db = store.open_db(db_path)
    _call(
        db,
        tmp_path,
        "call-a",
        [("Stonewall", "civil_society", "GBR", ""), ("Iranti", "civil_society", "ZAF", "")],
    )
    _call(
        db,
        tmp_path,
        "call-b",
        [
            ("Stonewall Scotland", "civil_society", "GBR", ""),
            ("Iranti", "civil_society", "ZAF", ""),
        ],
    )
    app = open_page("submitters", timeout=120)
    table = app.dataframe[0].value
    assert list(table[table["submitter"] == "Iranti"]["n_calls"]) == [2]
    keys = [b.key for b in app.button if b.key and b.key.startswith("submitters_different_")]
    assert len(keys) == 1  # Stonewall / Stonewall Scotland: a person decides
    app.button(key=keys[0]).click().run()
    assert not app.exception, app.exception
    assert not [b for b in app.button if b.key and b.key.startswith("submitters_different_")]


def test_a_reviewed_correction_is_offered_for_the_other_calls(corpus):
    from workbench.tagging import tag_store

    db, a, b, _ = corpus
    sub = store.get_submission(db, a["Human Rights Watch"])
    tag_store.review(db, sub["id"], {"country": "USA"}, [], sub["version"], user="test")
    offers = submitters.corrections_to_offer(db, ["call-a", "call-b"])
    assert (b["HUMAN RIGHTS WATCH"], "country", "USA", a["Human Rights Watch"]) in offers
    assert not [o for o in offers if o[0] == a["Human Rights Watch"]]
    submitters.apply_correction(db, b["HUMAN RIGHTS WATCH"], "country", "USA", user="test")
    after = store.get_submission(db, b["HUMAN RIGHTS WATCH"])
    assert (after["country"], after["region"]) == ("USA", "weog")
    assert tag_store.tags_of(db, after["id"])["country"]["state"] == "corrected"
    assert not [
        o for o in submitters.corrections_to_offer(db, ["call-a", "call-b"]) if o[0] == after["id"]
    ]


def test_a_type_corrected_once_is_offered_on_the_page_and_applied(db_path, tmp_path):
    """A person corrects the type of one call's submission: the tagger's other type on the
    submitter's submission in another call (a translated name) no longer keeps them apart,
    the Submitters page offers the correction there, and *Apply* saves it."""
    from workbench.tagging import tag_store

    from .apptest import open_page

    db = store.open_db(db_path)
    first, second = "Red de Familias Diversas del Paraguay", "Diverse Families Network Paraguay"
    a = _call(db, tmp_path, "call-a", [(first, "civil_society", "PRY", "")])
    b = _call(db, tmp_path, "call-b", [(second, "civil_society", "PRY", "")])
    sub = store.get_submission(db, a[first])
    tag_store.review(db, sub["id"], {"submitter_type": "other"}, [], sub["version"], user="t")
    app = open_page("submitters", timeout=120)
    keys = [x.key for x in app.button if x.key and x.key.startswith("submitters_apply_")]
    assert keys == [f"submitters_apply_{b[second]}_submitter_type"]
    app.button(key=keys[0]).click().run()
    assert not app.exception, app.exception
    assert store.get_submission(db, b[second])["submitter_type"] == "other"
    assert not [x for x in app.button if x.key and x.key.startswith("submitters_apply_")]
    table = app.dataframe[0].value
    assert list(table["n_calls"]) == [2]


def test_stats_across_calls_counts_first_time_submitters(corpus):
    from click.testing import CliRunner

    from workbench.cli import cli

    db, _, _, _ = corpus
    path = db.conn.execute("pragma database_list").fetchone()[2]
    result = CliRunner().invoke(
        cli, ["--db", path, "stats", "--calls", "call-a,call-b", "--submitters"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    counts = submitters.summary(db, ["call-a", "call-b"])
    n = len(SAME) + len(ONLY_A)
    assert lines[:2] == ["call,submitters,first_time", f"call-a,{n},{n}"]
    joined = counts["by_number_of_calls"][2]
    assert lines[2] == f"call-b,{n},{n - joined}" and f"answered 2 call(s),{joined}," in lines


def test_every_pair_that_can_link_is_compared(corpus):
    """Matching compares only candidate pairs (shared values, alike names found all at once):
    none that ``link`` would join or ask about is left out, nor a pair a person decided."""
    db, a, b, _ = corpus
    subs = submitters.records(db, ["call-a", "call-b"])
    linkable = {
        (i, j)
        for i, x in enumerate(subs)
        for j, y in enumerate(subs)
        if i < j and x["call"] != y["call"] and submitters.link(x, y)[0]
    }
    assert len(linkable) > len(SAME)  # sure and unsure ones
    assert linkable <= submitters._candidates(subs, {})
    row = {s["id"]: r for r, s in enumerate(subs)}
    odd = (a["Human Rights First"], b["Fundación Huésped"])  # nothing alike: only a decision
    decided = {submitters._pair(subs[row[odd[0]]], subs[row[odd[1]]]): True}
    assert tuple(sorted(row[i] for i in odd)) in submitters._candidates(subs, decided)


def test_the_matching_is_kept_and_follows_a_changed_name(corpus):
    """The Submitters page's matching is kept between runs (issue 15) and never stale: a
    submission renamed to another call's submitter is joined to it at once."""
    db, a, b, _ = corpus
    calls = ["call-a", "call-b"]
    before = _pairs(submitters.match(db, calls))
    assert derived.latest(db, "submitter_matching", "\x1f".join(calls)) is not None
    assert _pairs(submitters.match(db, calls)) == before
    pair = tuple(sorted((a["Fundación Arcoíris"], b["Fundación Huésped"])))
    assert pair not in before
    sub = store.get_submission(db, b["Fundación Huésped"])
    store.update_submission(
        db, sub["id"], {"submitter": "Fundación Arcoíris", "country": "MEX"}, sub["version"], "test"
    )
    try:
        assert pair in _pairs(submitters.match(db, calls))
    finally:
        sub = store.get_submission(db, sub["id"])
        store.update_submission(
            db,
            sub["id"],
            {"submitter": "Fundación Huésped", "country": "ARG"},
            sub["version"],
            "test",
        )
    assert _pairs(submitters.match(db, calls)) == before
