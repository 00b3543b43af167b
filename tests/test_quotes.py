"""Quotes read alone (issue 12): what the Themes page and the background document quote is a
statement a report could cite as it stands — not a sentence pointing back to one the reader
does not see, the minutes of a meeting, a treaty list's entry, a list item without its verb,
a formula, a speaker's turn, a sentence broken by a transcript's punctuation, or test filler.
The sentences are those of real documents (UN general debate statements, a UPR national
report and compilation, a joint submission, a Federal Register notice)."""

from workbench import language
from workbench.ingest import read_file
from workbench.themes import quotes

from .conftest import FIXTURES


def quote(text):
    return quotes.statement(text, "en")


def test_a_quote_does_not_open_on_a_sentence_pointing_back_to_what_the_reader_does_not_see():
    assert (
        quote(
            "These aspects promote gender equality and increase women's prospects to have the "
            "same opportunities as men to enter the labour market. They impact women's earnings, "
            "well-being, and bargaining power at home."
        )
        is None
    )
    assert quote(
        "It has been a sad and disappointing experience for us. We have witnessed at first "
        "hand, over and over again, that the great Powers might be preaching democracy."
    ) == (
        "We have witnessed at first hand, over and over again, that the great Powers might be "
        "preaching democracy."
    )
    # "It" as a dummy subject, a year, a title before a name: the sentence stands alone
    assert quote(
        "It is essential that we evolve towards models of migration management that offer safe "
        "and legal opportunities for work."
    ).startswith("It is essential")
    assert quote(
        "I would like to thank Mr. Csaba Korosi for his stewardship of the session. The "
        "Assembly adopted 300 resolutions in that year."
    ) == ("The Assembly adopted 300 resolutions in that year.")


def test_minutes_treaty_lists_self_descriptions_and_instructions_are_no_quotes():
    for text in (
        "In accordance with paragraph 15 of the annex to Human Rights Council resolution 5/1, "
        "the following documents were issued for the review of Slovenia.",
        "The delegation of Slovenia took the floor and made a statement on the national report.",
        "CoE Convention on Preventing and Combating Violence against Women and Domestic "
        "Violence; signed on 8 September 2011.",
        "During the drafting of the Report, NGOs, the Human Rights Ombudsman and the Advocate of "
        "the Principle of Equality were consulted.",
        "Please give a summary of the ethical issues and any action that will be taken.",
        "In this regard, we would like to know if there have been cases of criminal conviction "
        "by the Slovenian justice.",
        # a review's minutes, as a UPR working group's report writes them
        "The delegation of Slovenia was headed by the State Secretary of the Ministry of Foreign "
        "Affairs.",
        "During the interactive dialogue, 82 delegations made statements.",
        "Qatar thanked Slovenia for its comprehensive national report and its presentation.",
        "The recommendations formulated during the interactive dialogue have been examined by "
        "Slovenia and enjoy its support.",
    ):
        assert quote(text) is None, text


def test_what_a_delegation_said_in_the_review_is_quoted():
    assert quote(
        "Fiji welcomed the adoption of the law on equal opportunities and commended Slovenia for "
        "its progress on gender equality."
    ).startswith("Fiji welcomed")


def test_fragments_broken_sentences_and_list_items_without_a_verb_are_no_quotes():
    # a transcript's full stops inside sentences: "…hundreds of thousands of men. women…"
    assert (
        quote(
            "I saw the irregular migration crisis unfolding there. where, in real terms, it is "
            "hundreds of thousands of men. women and especially children who are risking their "
            "lives."
        )
        is None
    )
    assert quote(
        "Japan is serving as a non-permanent member of the Security Council and the presidency "
        "of the Group of Seven. In those capacities."
    ) == (
        "Japan is serving as a non-permanent member of the Security Council and the presidency "
        "of the Group of Seven."
    )
    assert quote("While extreme phenomena are increasing. Senegal remains committed.") is None
    assert quote(
        "This year, as the world stands at a historical inflection point. Japan is serving as a "
        "non-permanent member of the Security Council."
    ).startswith("Japan is serving")
    assert quote(
        "More than 34.9 per cent of the parliamentary seats in Uganda are held by women. In order "
        "to promote economic empowerment. Uganda has set up a fund."
    ) == ("More than 34.9 per cent of the parliamentary seats in Uganda are held by women.")
    assert (
        quote(
            "4. Ensuring all persons who are deprived of their liberty are afforded the basic "
            "protections under UN Minimum Standard on the Treatment of Detainees;"
        )
        is None
    )
    # a recommendation is an imperative with its verb: quoted, without its number
    assert quote(
        "122.149 Reform its national legislation in order to implement international "
        "obligations of Slovenia on migrants, refugees and asylum seekers (Canada)."
    ).startswith("Reform its national legislation")
    # words in -ing that are no list item's verb
    assert quote(
        "12. Housing capacities for women victims of violence have increased. One of the safe "
        "houses has also been adapted for the needs of disabled persons."
    ).startswith("Housing capacities")


def test_formulas_and_a_speakers_turns_are_not_quoted_but_what_follows_them_is():
    assert (
        quote(
            "I would like to thank all those whose daily work is dedicated to the United Nations "
            "and its ideals."
        )
        is None
    )
    assert quote(
        "Let me now reflect on the important events of the high-level week. Tuvalu applauds the "
        "two-day SDG Summit, which served as an important platform for Member States."
    ).startswith("Tuvalu applauds")


def test_note_numbers_and_field_labels_are_taken_out_of_a_quote():
    assert quote(
        "Slovenia ensures freedom of religion in accordance with the Freedom of Religion Act. 8 "
        "In 2015, Slovenia established the Council for Dialogue on Freedom of Religion."
    ) == (
        "Slovenia ensures freedom of religion in accordance with the Freedom of Religion Act. "
        "In 2015, Slovenia established the Council for Dialogue on Freedom of Religion."
    )
    assert quote(
        "The IPHS guarantees the regular implementation of measures in areas populated by Roma, "
        "which are evaluated annually53."
    ).endswith("evaluated annually.")
    assert quote(
        "AGENCY: Federal Aviation Administration (FAA), DOT. ACTION: Notice of proposed "
        "rulemaking (NPRM). SUMMARY: The FAA proposes to adopt a new airworthiness directive."
    ) == ("The FAA proposes to adopt a new airworthiness directive.")


def test_a_real_pdf_of_placeholder_text_gives_no_quote():
    """sample-files' two-column PDF: "This is a sample document…" and Lorem ipsum."""
    data = (FIXTURES / "real" / "sample-files__multicolumn.pdf").read_bytes()
    body = [p for p in read_file("m.pdf", data, ocr=False)["passages"] if p["role"] == "body"]
    assert len(body) >= 10
    language.detect_passages(body, "en")
    assert [quotes.statement(p["text"], p["language"]) for p in body] == [None] * len(body)
