"""Reviews survive a changed file: a submitter sends a revised file under the same source;
ingest replaces the submission and people's confirmed/corrected tags move onto the new one."""

from workbench import audit, ingest, store, tagging
from workbench.tagging import review, tag_store

from .makedocs import make_pdf

BODY = (
    "Same-sex relations remain criminalised and the police use the law to extort money from people "
    "they suspect. Health workers told us that trans patients avoid clinics for fear of abuse."
)
REVISED = (
    "Since our first submission, two more arrests took place under the same law, and a court "
    "refused bail to both people for six weeks."
)


def letter(path, *extra):
    return make_pdf(
        path,
        [
            [
                "Lakeside Readers Circle Kenya",
                "1 June 2023",
                "Submission to the call for inputs",
                BODY,
                *extra,
                "Yours sincerely,",
                "Lakeside Readers Circle Kenya",
            ]
        ],
    )


def ingest_folder(db, folder):
    report = ingest.ingest(db, "reviews", [folder], n_workers=0)
    [outcome] = report.outcomes
    return outcome, store.get_submission(db, outcome.submission_id)


def test_confirmed_and_corrected_tags_move_to_the_revised_file(db, tmp_path):
    folder = tmp_path / "in"
    letter(folder / "input.pdf")
    _, first = ingest_folder(db, folder)
    assert first["submitter_type"] == "civil_society" and first["confidentiality"] == "public"
    tag_store.review(
        db,
        first["id"],
        {"submitter_type": "other", "confidentiality": "withhold_name"},
        {"country"},
        first["version"],
        "ana",
    )

    letter(folder / "input.pdf", REVISED)  # same source, new content
    outcome, revised = ingest_folder(db, folder)

    assert outcome.action == "updated" and revised["content_hash"] != first["content_hash"]
    assert (revised["submitter_type"], revised["confidentiality"], revised["country"]) == (
        "other",
        "withhold_name",
        "KEN",
    )
    tags = tag_store.tags_of(db, revised["id"])
    assert {
        f: tags[f]["state"] for f in ("submitter_type", "confidentiality", "country", "scope")
    } == {
        "submitter_type": "corrected",
        "confidentiality": "corrected",
        "country": "confirmed",
        "scope": "auto",
    }
    assert (
        tags["submitter_type"]["updated_by"] == "ana"
        and "kept from the earlier file" in tags["submitter_type"]["evidence"]
    )


def test_retagging_the_revised_submission_keeps_the_reviews(db, tmp_path):
    folder = tmp_path / "in"
    letter(folder / "input.pdf")
    _, first = ingest_folder(db, folder)
    tag_store.review(
        db, first["id"], {"submitter_type": "academic"}, set(), first["version"], "ana"
    )
    letter(folder / "input.pdf", REVISED)
    _, revised = ingest_folder(db, folder)
    tagging.tag_call(db, "reviews")
    assert store.get_submission(db, revised["id"])["submitter_type"] == "academic"
    row = next(r for r in review.table(db, "reviews") if r["id"] == revised["id"])
    assert "submitter_type" in row["reviewed"] and "submitter_type" not in row["to_review"]


def test_the_carry_over_is_in_the_audit_log_without_a_confidential_name(db, tmp_path):
    folder = tmp_path / "in"
    letter(folder / "input.pdf")
    _, first = ingest_folder(db, folder)
    tag_store.review(
        db,
        first["id"],
        {"confidentiality": "do_not_publish"},
        {"submitter"},
        first["version"],
        "ana",
    )
    letter(folder / "input.pdf", REVISED)
    _, revised = ingest_folder(db, folder)
    carried = [
        e
        for e in audit.history(db, "submissions", revised["id"])
        if e["action"] == "carry_over_tag"
    ]
    assert {e["field"] for e in carried} == {"confidentiality", "submitter"}
    assert all(e["user"] == "ingest" for e in carried)
    assert not any("Lakeside" in (e["new_value"] or "") for e in carried)
    assert (
        revised["submitter"] == "Lakeside Readers Circle Kenya"
        and revised["confidentiality"] == "do_not_publish"
    )


def test_an_unchanged_file_is_not_replaced_and_unreviewed_files_carry_nothing(db, tmp_path):
    folder = tmp_path / "in"
    letter(folder / "input.pdf")
    _, first = ingest_folder(db, folder)
    outcome, same = ingest_folder(db, folder)
    assert outcome.action == "unchanged" and same["id"] == first["id"]
    letter(folder / "input.pdf", REVISED)
    _, revised = ingest_folder(db, folder)
    assert all(t["state"] == "auto" for t in tag_store.tags_of(db, revised["id"]).values())
    assert not [
        e
        for e in audit.history(db, "submissions", revised["id"])
        if e["action"] == "carry_over_tag"
    ]
