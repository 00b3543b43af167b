"""Cross-call matching on names written by someone else (issue 14, part 3).

    .venv/bin/python -m bench.submitters_written [--pairs bench/submitters_written/pairs.jsonl]

The pairs were written by a helper with a brief of its own that never saw the matching rules
(`bench/submitters_written/pairs.jsonl`): the same submitter in two calls under variant
spellings ("same"), two different submitters with look-alike names ("different"), and
submitters of one call only ("only"); a name listed in both calls with the same type and
country is one submitter in both (so one with what either is "same" as: the truth is the
closure); one name in two countries is two bodies ("Colectivo Diversidad" of Bolivia and of
Ecuador, "different" to the writer). Each name becomes a real text file of its call, ingested
with `workbench.ingest`, its submitter, type and country set as a person would confirm them;
`submitters.match` (no decisions) then links the calls. Precision and recall count the sure
links against the "same" pairs; unsure pairs wait for a person and are counted apart.
"""

import argparse
import itertools
import json
import tempfile
from pathlib import Path

from workbench import ingest, store, submitters

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "submitters_written" / "pairs.jsonl"


def entries(pairs):
    """{call: [(name, type, country)]} and the same submitter's (name, type, country) in both
    calls."""
    calls, same = {"a": [], "b": []}, []
    for pair in pairs:
        if pair["kind"] == "same":
            a = (pair["a"], pair["type"], pair["country"] or "")
            b = (pair["b"], pair["type"], pair["country"] or "")
            calls["a"].append(a)
            calls["b"].append(b)
            same.append((a, b))
        elif pair["kind"] == "different":
            calls["a"].append((pair["a"], pair["type_a"], pair["country_a"] or ""))
            calls["b"].append((pair["b"], pair["type_b"], pair["country_b"] or ""))
        else:
            calls[pair["call"]].append((pair["name"], pair["type"], pair["country"] or ""))
    return calls, same


def build_call(db, folder, slug, rows):
    """{(name, type, country): submission id}: one text file per submitter, ingested, its tags
    confirmed."""
    folder.mkdir()
    # A writer may list one name twice in a call (e.g. in a "same" and a "different" pair):
    # it is one submitter, so one submission.
    rows = list(dict.fromkeys((name, kind, country or "") for name, kind, country in rows))
    for n, (name, _, _) in enumerate(rows):
        (folder / f"submission_{n:02d}.txt").write_text(
            f"{name}\n\nSubmission to the call for inputs of the Independent Expert.\n\n"
            "Trans people face discrimination in access to health care and employment.\n",
            encoding="utf-8",
        )
    ingest.ingest(db, slug, [folder], n_workers=0)
    call_id = store.get_call(db, slug)["id"]
    ids = {}
    for n, (name, kind, country) in enumerate(rows):
        sub = store.find_submission(db, call_id, f"submission_{n:02d}.txt")
        store.update_submission(
            db,
            sub["id"],
            {"submitter": name, "submitter_type": kind, "country": country or None},
            sub["version"],
            user="bench",
        )
        ids[(name, kind, country)] = sub["id"]
    return ids


def measure(pairs):
    calls, same = entries(pairs)
    with tempfile.TemporaryDirectory(prefix="submitters-written-") as scratch:
        db = store.open_db(Path(scratch) / "wb.db")
        try:
            a = build_call(db, Path(scratch) / "a", "call-a", calls["a"])
            b = build_call(db, Path(scratch) / "b", "call-b", calls["b"])
            matching = submitters.match(db, ["call-a", "call-b"], decisions={})
        finally:
            db.conn.close()
    truth = _closure(
        [(a[x], b[y]) for x, y in same] + [(a[n], b[n]) for n in a.keys() & b.keys()],
        [*a.values(), *b.values()],
    )
    found = {
        tuple(sorted(p)) for s in matching.submitters for p in itertools.combinations(s.ids, 2)
    }
    names = {v: k[0] for k, v in [*a.items(), *b.items()]}
    return {
        "same pairs": len(truth),
        "sure links": len(found),
        "precision": len(found & truth) / len(found) if found else 1.0,
        "recall": len(found & truth) / len(truth) if truth else 1.0,
        "missed": sorted((names[x], names[y]) for x, y in truth - found),
        "wrong": sorted((names[x], names[y]) for x, y in found - truth),
        "unsure pairs (for a person)": len(matching.unsure),
        "same pairs among them": len(
            truth & {tuple(sorted((x, y))) for x, y, _, _ in matching.unsure}
        ),
    }


def _closure(links, ids):
    """Every pair of submissions that ``links`` make one submitter, through each other: a
    name the writer listed in both calls (say in a "same" and a "different" pair) is one
    submitter in both, and so one with what each is "same" as."""
    parent = {i: i for i in ids}

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for x, y in links:
        parent[root(x)] = root(y)
    groups = {}
    for i in ids:
        groups.setdefault(root(i), []).append(i)
    return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(g, 2)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", default=str(PAIRS))
    args = parser.parse_args()
    lines = Path(args.pairs).read_text(encoding="utf-8").splitlines()
    result = measure([json.loads(line) for line in lines if line.strip()])
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
