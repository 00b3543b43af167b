"""How far redaction reaches beyond the identity: distinct passage texts a call's shareable
gate changes (issue 10, "redact the identity, not the string").

    .venv/bin/python -m bench.redaction_reach DB [--call bench-call] [--sample 30] [--seed 1]

DB: a workbench database, e.g. the generated 1,500 call that ``bench/pages.py --keep DIR``
keeps (work on a copy: identities and redactions are stored in it). Counts, over every
distinct body passage text of the call: texts ``Publication.redact`` changes (what every text
gets), texts ``Publication.quote`` changes (a withheld submitter's own texts also lose its
country and contacts), and changed texts that a nameable submitter wrote. Then the strings
taken most often from nameable submitters' texts, and a random sample of changed texts with
what was taken from each, for a person to judge.
"""

import argparse
import random
from collections import Counter

from workbench import callscope, store


def reach(db, call):
    scope = callscope.resolve(db, call)
    pub = scope.publication
    withheld = {s["id"] for s in pub.withheld}
    writers = {}
    for passage in store.call_passages(db, scope.id):
        if passage["text"]:
            writers.setdefault(passage["text"], set()).add(passage["submission_id"])
    redacted = {t for t in writers if pub.redact(t) != t}
    quoted = {
        t for t, ids in writers.items() if any(pub.quote(pub.submissions[i], t) != t for i in ids)
    }
    nameable = {t for t in redacted if writers[t] - withheld}
    return pub, writers, redacted, quoted, nameable


def taken(pub, text):
    return [text[start:end] for start, end in pub._redactor.spans(text)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--call", default="bench-call")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    db = store.open_db(args.db)
    pub, writers, redacted, quoted, nameable = reach(db, args.call)
    total = len(writers)
    print(f"withheld submitters: {len(pub.withheld)}; distinct passage texts: {total}")
    print(f"changed by redact: {len(redacted)}; by quote: {len(quoted)}")
    print(f"changed texts a nameable submitter wrote: {len(nameable)}")
    most = Counter(s for t in nameable for s in set(taken(pub, t)))
    print("taken most often from nameable submitters' texts:")
    for string, n in most.most_common(15):
        print(f"  {n:5}  {string!r}")
    print(f"a sample of {args.sample} changed texts (seed {args.seed}):")
    for text in random.Random(args.seed).sample(sorted(redacted), min(args.sample, len(redacted))):
        who = "nameable" if writers[text] - {s["id"] for s in pub.withheld} else "own"
        print(f"  [{who}] {taken(pub, text)} | {' '.join(text.split())[:100]}")


if __name__ == "__main__":
    main()
