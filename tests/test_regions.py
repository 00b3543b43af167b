"""The UN regional groups table: complete, and its edge cases are data with a documented rule."""

import pytest

from workbench.tagging import places


def test_every_member_state_and_both_observers_are_listed_once():
    rows = places.regional_groups()
    members = [r for r in rows.values() if r["status"] == "member"]
    observers = {a3 for a3, r in rows.items() if r["status"] == "observer"}
    assert len(members) == 193
    assert observers == {"VAT", "PSE"}
    assert all(
        r["treated_as"]
        in ("", "africa", "asia_pacific", "eastern_europe", "latin_america_caribbean", "weog")
        for r in rows.values()
    )


def test_group_sizes_match_the_published_list():
    counts = {}
    for row in places.regional_groups().values():
        if row["status"] == "member" and row["group"]:
            counts[row["group"]] = counts.get(row["group"], 0) + 1
    assert counts == {
        "africa": 54,
        "asia_pacific": 54,
        "eastern_europe": 23,
        "latin_america_caribbean": 33,
        "weog": 28,
    }


@pytest.mark.parametrize(
    "alpha3, region",
    [
        ("USA", "weog"),  # in no group, attends WEOG: treated as WEOG
        ("TUR", "weog"),  # WEOG (also Asia-Pacific for some elections)
        ("ISR", "weog"),  # temporary WEOG member
        ("KIR", "asia_pacific"),  # Oceania, but in the Asia-Pacific Group
        ("CYP", "asia_pacific"),
        ("PSE", "asia_pacific"),  # observer State in the Asia-Pacific Group
        ("VAT", ""),  # observer State in no group: left for a person to set
        ("KEN", "africa"),
        ("BRA", "latin_america_caribbean"),
        ("UKR", "eastern_europe"),
        ("NZL", "weog"),
        ("XXX", ""),
    ],
)
def test_region_of_follows_the_table(alpha3, region):
    assert places.region_of(alpha3) == region


def test_edge_cases_carry_their_reason():
    rows = places.regional_groups()
    assert "observer" in rows["USA"]["note"] and rows["USA"]["group"] == ""
    assert "Asia-Pacific" in rows["TUR"]["note"]
    assert rows["VAT"]["note"]
