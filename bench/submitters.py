"""Matching speed of submitters across calls (issue 14, part 3): two calls of N generated names
each (pseudo-words, so few are alike, as in real calls), matched in memory as `match` does it
(candidate pairs, then `link`) and, for comparison, by comparing every pair of the two calls.

.venv/bin/python -m bench.submitters [--n 1500]
"""

import argparse
import random
import time

from workbench import submitters

SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ne", "sa", "vo", "di", "pe", "zu", "ba", "ko", "li"]
COMMON = ["network", "alliance", "rights", "centre", "foundation", "association"]


def generated(n, call, rng, vocabulary):
    found = []
    for i in range(n):
        name = " ".join(rng.sample(vocabulary, rng.randint(2, 5))).title()
        found.append(
            {
                "id": len(found) + (0 if call == "a" else n),
                "call": call,
                "submitter": name,
                "submitter_type": "civil_society",
                "country": "",
                "key": submitters.key(name),
                "acronyms": submitters.acronyms(name),
                "domains": set(),
                "body": None,
                "person": [],
            }
        )
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1500)
    args = parser.parse_args()
    rng = random.Random(0)
    vocabulary = [
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(3000)
    ] + COMMON
    subs = generated(args.n, "a", rng, vocabulary) + generated(args.n, "b", rng, vocabulary)
    start = time.process_time()
    candidates = submitters._candidates(subs, {})
    found = {
        (i, j)
        for i, j in candidates
        if subs[i]["call"] != subs[j]["call"] and submitters.link(subs[i], subs[j])[0]
    }
    fast = time.process_time() - start
    start = time.process_time()
    every = {
        (i, j)
        for i in range(args.n)
        for j in range(args.n, 2 * args.n)
        if submitters.link(subs[i], subs[j])[0]
    }
    slow = time.process_time() - start
    print(
        f"{args.n} x {args.n} names: candidate pairs {fast:.2f} CPU s ({len(candidates)} compared), "
        f"every pair {slow:.2f} CPU s; the same {len(every)} links: {found == every}"
    )


if __name__ == "__main__":
    main()
