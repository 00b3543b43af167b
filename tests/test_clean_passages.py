"""Cleaning and passages: what a reader quotes has no running headers, page numbers or broken words."""

from workbench.clean import clean_pages, join_hyphenation
from workbench.extract import extract
from workbench.ingest import read_file
from workbench.passages import split_page, split_pages

from .conftest import FIXTURES
from .makedocs import ENGLISH, make_pdf

HEADER = "Joint submission to the Independent Expert on SOGI — Rainbow Coalition"


def test_running_headers_and_page_numbers_are_removed(tmp_path):
    path = make_pdf(tmp_path / "r.pdf", [[ENGLISH[0]], [ENGLISH[1]], [ENGLISH[2]]], header=HEADER)
    pages = clean_pages(extract(path.read_bytes(), "r.pdf").pages)
    assert all(HEADER not in page for page in pages)
    assert all("Page" not in page for page in pages)
    assert "psychiatric diagnosis" in pages[1]


def test_real_federal_register_running_lines_are_removed():
    data = (FIXTURES / "real" / "pdfplumber__federal-register-2020-17221.pdf").read_bytes()
    raw = extract(data, "fr.pdf").pages
    cleaned = clean_pages(raw)
    running = "Federal Register / Vol. 85"
    assert sum(running in page for page in raw) >= 10
    assert sum(running in page for page in cleaned) == 0


def test_hyphenated_line_breaks_are_joined_but_real_hyphens_kept():
    assert (
        join_hyphenation("discrimi-\nnation and so-called\nlaws")
        == "discrimination and so-called\nlaws"
    )
    assert join_hyphenation("Self-\nDetermination") == "Self-\nDetermination"


def test_passages_keep_their_page_numbers(tmp_path):
    path = make_pdf(tmp_path / "p.pdf", [[ENGLISH[0], ENGLISH[1]], [ENGLISH[2]]])
    record = read_file("p.pdf", path.read_bytes(), ocr=False)
    by_page = {p["page"]: p["text"] for p in record["passages"]}
    assert set(by_page) == {1, 2}
    assert "penal code" in by_page[2]
    assert len([p for p in record["passages"] if p["page"] == 1]) == 2


def test_a_heading_is_the_section_of_the_paragraph_it_introduces_not_part_of_its_text():
    passages = split_page("2. Legal gender recognition\n" + ENGLISH[1])
    assert [p["role"] for p in passages] == ["heading", "body"]
    assert passages[1]["section"] == "2. Legal gender recognition"
    assert passages[1]["text"].startswith("Legal recognition of gender identity")


def test_long_paragraphs_are_cut_at_sentence_ends():
    sentence = "The authorities did not investigate the attack on the community centre in March. "
    passages = [p["text"] for p in split_page(sentence * 60)]
    assert len(passages) > 1
    assert all(p.endswith(".") for p in passages)
    assert all(len(p.split()) <= 220 for p in passages)


def test_split_pages_numbers_from_one():
    assert [p["page"] for p in split_pages(["", ENGLISH[0]])] == [2]


def test_text_repeated_at_opposite_edges_of_two_pages_is_kept(tmp_path):
    path = make_pdf(tmp_path / "two.pdf", [ENGLISH, [ENGLISH[2]]])
    pages = clean_pages(extract(path.read_bytes(), "two.pdf").pages)
    assert "penal code" in pages[1]
