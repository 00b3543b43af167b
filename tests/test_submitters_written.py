"""The truth of the written-names bench (bench/submitters_written.py, issue 14 part 3): which
pairs of names across the two calls are one submitter."""

from bench.submitters_written import _closure, entries


def _truth(pairs):
    calls, same = entries(pairs)
    ids = {
        (call, row): n
        for n, (call, row) in enumerate(
            (call, row) for call in ("a", "b") for row in dict.fromkeys(calls[call])
        )
    }
    links = [(ids[("a", x)], ids[("b", y)]) for x, y in same]
    links += [(ids[("a", r)], ids[("b", r)]) for r in set(calls["a"]) & set(calls["b"])]
    names = {n: row[0] for (_, row), n in ids.items()}
    return {tuple(sorted((names[x], names[y]))) for x, y in _closure(links, list(ids.values()))}


def test_one_name_in_two_countries_is_two_submitters():
    """'Colectivo Diversidad' of Bolivia and of Ecuador, a writer's look-alike pair, is not
    counted as one submitter because the name is the same."""
    pairs = [
        {
            "kind": "different",
            "a": "Colectivo Diversidad",
            "b": "Colectivo Diversidad",
            "type_a": "civil_society",
            "type_b": "civil_society",
            "country_a": "BOL",
            "country_b": "ECU",
        },
    ]
    assert _truth(pairs) == set()


def test_one_name_listed_in_both_calls_joins_what_it_is_the_same_as():
    pairs = [
        {
            "kind": "same",
            "a": "Red Andina",
            "b": "Andean Network",
            "type": "civil_society",
            "country": "PER",
        },
        {
            "kind": "different",
            "a": "Red Andina Sur",
            "b": "Red Andina",
            "type_a": "civil_society",
            "type_b": "civil_society",
            "country_a": "PER",
            "country_b": "PER",
        },
    ]
    assert _truth(pairs) == {("Andean Network", "Red Andina"), ("Red Andina", "Red Andina")}
