"""The confidentiality rules every export, quote and statistic goes through."""

import pytest

from workbench import privacy

PUBLIC = {
    "submitter": "Rainbow Rights Network",
    "submitter_type": "civil_society",
    "region": "latin_america_caribbean",
    "confidentiality": "public",
}


def with_level(level, **more):
    return {**PUBLIC, "confidentiality": level, **more}


def test_public_submitters_are_named():
    assert privacy.attribution(PUBLIC) == "Rainbow Rights Network"


@pytest.mark.parametrize("level", ["withhold_name", "do_not_publish", "", None])
def test_others_are_described_by_type_and_region(level):
    assert (
        privacy.attribution(with_level(level))
        == "a civil society organization, Latin America and the Caribbean"
    )


def test_internal_edition_marks_the_confidential_name():
    label = privacy.attribution(with_level("withhold_name"), internal=True)
    assert "CONFIDENTIAL" in label and "Rainbow Rights Network" in label


def test_quotes_never_come_from_do_not_publish_outside_internal_editions():
    assert privacy.may_quote(with_level("withhold_name"))
    assert not privacy.may_quote(with_level("do_not_publish"))
    assert privacy.may_quote(with_level("do_not_publish"), internal=True)


def test_anonymous_label_uses_the_right_article_and_skips_missing_region():
    assert privacy.anonymous_label({"submitter_type": "individual"}) == "an individual"
    assert (
        privacy.anonymous_label({"submitter_type": "un_entity", "region": ""})
        == "a United Nations entity"
    )
    assert privacy.anonymous_label({}) == "a contributor"
    assert privacy.anonymous_label({"submitter_type": "other"}) == "another contributor"


def test_redaction_catches_case_and_separator_variants():
    text = "Sent by RAINBOW rights network (file Rainbow_Rights-Network.pdf)."
    assert "rainbow" not in privacy.redact(text, ["Rainbow Rights Network"]).lower()


@pytest.mark.parametrize(
    "name",
    [
        "Centre for Sexuality and Law, University of Minsk",
        "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
        "Proyecto «Faro» (Lima)",
    ],
)
def test_names_with_commas_brackets_and_quotes_are_redacted(name):
    text = f"As {name} wrote on 17 September, and again ({name})."
    redacted = privacy.redact(text, [name])
    assert name.split()[0] not in redacted and "[withheld]" in redacted
