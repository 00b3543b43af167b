"""Derived data kept between runs: a value comes back only while its inputs are the same, and
a call's passages fingerprint moves when what is counted changes. Real SQLite, real ingest."""

from workbench import derived, identity, ingest, publication, redaction, store


def ingest_two(db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2):
        (folder / f"s{i}.txt").write_text(f"Submission {i} on violence and discrimination.\n")
    ingest.ingest(db, "c", [folder], n_workers=0)
    return [s["id"] for s in store.list_submissions(db, "c")]


def test_a_value_comes_back_only_while_its_inputs_hold(db):
    derived.put(db, "campaigns", 7, "inputs-1", {"groups": [[1, 2]]})
    assert derived.get(db, "campaigns", 7, "inputs-1") == {"groups": [[1, 2]]}
    assert derived.get(db, "campaigns", 7, "inputs-2") is None
    derived.put(db, "campaigns", 7, "inputs-2", {"groups": []})
    assert derived.get(db, "campaigns", 7, "inputs-2") == {"groups": []}
    assert derived.get(db, "campaigns", 7, "inputs-1") is None


def test_many_values_are_read_at_once_and_only_the_current_ones(db):
    derived.put_many(db, "identity", [(i, f"in-{i}", f"name {i}") for i in range(1200)])
    asked = {i: f"in-{i}" for i in range(1200)} | {5: "changed"}
    found = derived.get_many(db, "identity", asked)
    assert len(found) == 1199 and "5" not in found and found["1199"] == "name 1199"


def test_the_fingerprints_move_when_their_inputs_change(db, tmp_path):
    first, second = ingest_two(db, tmp_path)
    call_id = store.get_call(db, "c")["id"]
    passages = derived.call_passages_inputs(db, call_id)
    identities = derived.submission_inputs(db, [first, second])
    loaded = store.get_submission(db, second)["version"]
    store.update_submission(db, second, {"excluded": 1}, loaded, user="amina")
    assert derived.call_passages_inputs(db, call_id) != passages
    now = derived.submission_inputs(db, [first, second])
    assert now[first] == identities[first] and now[second] != identities[second]


def test_a_kept_redaction_serves_only_the_same_withheld_identities(db, tmp_path):
    """Redactions are kept between runs (speed, issue 15), never across a change of who is
    withheld: a quote kept with nothing to redact is redacted once its author asks not to be
    named, and printed whole again once they may be named."""
    first, second = ingest_two(db, tmp_path)
    name = "Colectivo Arcoiris del Sur"
    quote = f"Según el {name}, la policía detuvo a doce personas en 2024."
    tag(db, first, {"submitter": name, "confidentiality": "public"})
    tag(db, second, {"submitter": "Fundación Otra Orilla", "confidentiality": "withhold_name"})

    def printed():
        redaction._index.cache_clear()  # what a new process starts with: only the kept redactions
        pub = publication.Publication(db, store.list_submissions(db, "c"))
        pub.prepare([quote])
        return pub.redact(quote)

    assert printed() == quote
    tag(db, first, {"confidentiality": "withhold_name"})
    assert name not in printed() and identity.REPLACEMENT in printed()
    tag(db, first, {"confidentiality": "public"})
    assert printed() == quote


def test_kept_redactions_follow_a_new_withheld_submitter(db, tmp_path):
    """A new withheld submitter (new submissions) does not redact every kept text again
    (speed, issue 15), yet a kept text naming it, in any case or accents, is redacted and
    the texts redacted before stay redacted."""
    first, second = ingest_two(db, tmp_path)
    tag(db, first, {"submitter": "Colectivo Arcoiris del Sur", "confidentiality": "withhold_name"})
    tag(db, second, {"submitter": "Fundación Otra Orilla", "confidentiality": "public"})
    quotes = [
        "Según el Colectivo Arcoiris del Sur, la policía detuvo a doce personas.",
        "La FUNDACION OTRA ORILLA documentó 40 casos en 2024.",
        "Nadie fue condenado por estos hechos.",
    ]

    def printed():
        redaction._index.cache_clear()  # a new process: only the kept redactions
        pub = publication.Publication(db, store.list_submissions(db, "c"))
        pub.prepare(quotes)
        return [pub.redact(q) for q in quotes]

    before = printed()
    assert "Arcoiris" not in before[0] and before[1:] == quotes[1:]
    tag(db, second, {"confidentiality": "withhold_name"})
    after = printed()
    assert after[0] == before[0] and after[2] == quotes[2]
    assert "ORILLA" not in after[1] and identity.REPLACEMENT in after[1]


def tag(db, submission_id, changes):
    loaded = store.get_submission(db, submission_id)["version"]
    store.update_submission(db, submission_id, changes, loaded, user="amina")
