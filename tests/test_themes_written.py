"""bench/themes_written.py: another writer's corpus rendered as submissions, and its scores."""

from bench import themes_written as W

PARAGRAPHS = [
    {"topic": "asylum", "language": "en", "text": "Asylum seekers wait years in detention."},
    {"topic": "asylum", "language": "en", "text": "Credibility interviews ask intimate questions."},
    {"topic": "asylum", "language": "en", "text": "Reception centres offer no protection."},
    {"topic": "school", "language": "ru", "text": "Школьная травля остаётся безнаказанной."},
]


def test_each_topic_and_language_becomes_a_docx_and_a_pdf(tmp_path):
    truth = W.render(PARAGRAPHS, tmp_path)
    assert truth == {
        "asylum-en-1.docx": "asylum",
        "asylum-en-2.pdf": "asylum",
        "school-ru-1.docx": "school",
    }
    assert all((tmp_path / name).stat().st_size > 0 for name in truth)
    assert (tmp_path / "asylum-en-2.pdf").read_bytes().startswith(b"%PDF")


def passage(pid, submission, language):
    return {"passage_id": pid, "submission_id": submission, "language": language}


def test_scores_count_passages_in_the_theme_of_their_english_topic():
    sources = {1: "a-en-1.docx", 2: "b-en-1.docx", 3: "a-es-1.docx", 4: "b-es-1.docx"}
    truth = {"a-en-1.docx": "a", "b-en-1.docx": "b", "a-es-1.docx": "a", "b-es-1.docx": "b"}
    rows = [(1, 1, "en", 10), (2, 2, "en", 20), (3, 3, "es", 10), (4, 4, "es", 10)]
    best = {pid: (0.9, theme, "label", passage(pid, sub, lang)) for pid, sub, lang, theme in rows}
    found = W.score(best, sources, truth)
    assert found["passages"] == 4 and found["themes"] == 2
    assert found["es_fr_pt_ru_in_english_theme"] == 0.5  # the Spanish 'b' passage is elsewhere
    right = {pid: (0.9, 10 if pid in (1, 3) else 20, "l", p) for pid, (_, _, _, p) in best.items()}
    assert W.score(right, sources, truth)["nmi"] == 1.0


def test_the_label_share_is_what_the_reader_judged(tmp_path):
    judged = tmp_path / "judged.json"
    judged.write_text(
        '[{"theme": 1, "names_topic": true}, {"theme": 2, "names_topic": false},'
        ' {"theme": 3, "names_topic": true}, {"theme": 4, "names_topic": true}]'
    )
    assert W.judged_share(judged) == {"themes": 4, "label_names_topic": 0.75}
