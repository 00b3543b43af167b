"""Write workbench/data/subdivisions.csv: the top-level subdivisions people write as where they
are ("Scotland", "Queensland", "Québec", "Catalunya"), for the tagger's place lookup.

    .venv/bin/python bench/submissions/subdivisions.py

Source: ISO 3166-2 as pycountry ships it (the version pinned in pyproject.toml). Kept: the
subdivision types below, names of five letters or more in Latin or Cyrillic script, each also
without accents. Left out: a name two countries share ("Punjab"), a country's own name
("Georgia", "México"), and common English words ("Unity", "Delta", "Rivers", "Plateau" are
states of South Sudan and Nigeria): by spaCy's English word probabilities
(spacy-lookups-data), a proper name is far likelier capitalised than not.
"""

import csv
import gzip
import json
import re
import sys
from importlib import resources
from pathlib import Path

import pycountry
import spacy_lookups_data

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from workbench.tagging import places  # noqa: E402

OUT = ROOT / "workbench" / "data" / "subdivisions.csv"

# Top-level subdivisions people write as where they are ("Scotland", "Queensland", "Québec",
# "Catalunya"), from pycountry's ISO 3166-2; a name two countries share, or a country's own, is
# left out ("Punjab", "Georgia").
SUBDIVISION_TYPES = {
    "State",
    "Province",
    "Country",
    "Nation",
    "Autonomous community",
    "Autonomous region",
    "Land",
    "Canton",
}


def _subdivisions():
    """{lowercased name: alpha3} of the subdivisions named in SUBDIVISION_TYPES."""
    countries = {name for lang in ("en",) for name in places.country_names(lang)}
    seen = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in SUBDIVISION_TYPES:
            continue
        alpha3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        for name in re.split(r"\s*[\[\]/]\s*", sub.name):
            for form in {name.lower(), places._unaccented(name).lower()}:
                if len(form) > 4 and places.LATIN_OR_CYRILLIC.match(form) and form not in countries:
                    seen.setdefault(form, set()).add(alpha3)
    common = _common_words()
    return {
        name: codes.pop() for name, codes in seen.items() if len(codes) == 1 and name not in common
    }


def _common_words():
    """English words that are not mostly proper names ('unity', 'delta', 'rivers', 'plateau'
    are South Sudanese and Nigerian states too): spaCy's word probabilities, where a proper
    name is far likelier capitalised than not."""
    path = resources.files(spacy_lookups_data).joinpath("data/en_lexeme_prob.json.gz")
    with gzip.open(path.open("rb")) as handle:
        prob = json.load(handle)
    return {
        word
        for word, p in prob.items()
        if word.islower() and prob.get(word.capitalize(), -99.0) - p < PROPER_MARGIN
    }


PROPER_MARGIN = 1.5  # log-probability: 'Scotland' +3.1 over 'scotland'; 'Unity' +0.3


def main():
    rows = sorted(_subdivisions().items())
    with open(OUT, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "alpha3"])
        writer.writerows(rows)
    print(f"{len(rows)} subdivision names -> {OUT}")


if __name__ == "__main__":
    main()
