"""Language identification with py3langid, whose model ships inside its package."""

import functools

from py3langid import langid

MIN_CHARS = 60  # shorter passages take the submission's language
MIN_CONFIDENCE = 0.6  # a less sure passage guess also takes the submission's language
SAMPLE_CHARS = 6000  # a submission's language is read from its first pages
PASSAGE_SAMPLE = 250  # a passage's from its first sentences: enough, and 3x faster


@functools.lru_cache(maxsize=1)
def identifier():
    return langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
    )


def detect(text, sample=SAMPLE_CHARS):
    """(ISO 639-1 code, confidence) of ``text``; ('', 0.0) when there is no text."""
    text = text.strip()
    if not text:
        return "", 0.0
    code, confidence = identifier().classify(text[:sample])
    return code, round(float(confidence), 3)


def detect_passages(passages, default):
    """Set each passage's language; short or unsure passages take ``default``."""
    for passage in passages:
        text = passage["text"]
        code, confidence = detect(text, PASSAGE_SAMPLE) if len(text) >= MIN_CHARS else ("", 0.0)
        passage["language"] = code if confidence >= MIN_CONFIDENCE else default
    return passages


@functools.lru_cache(maxsize=None)
def spacy_stop_words(code):
    """spaCy's stop words of ``code`` (maintained lists), read from spacy/lang/<code>/stop_words.py
    without importing spaCy (seconds of start-up), or None when spaCy has none for it."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    path = (
        Path(next(iter(spec.submodule_search_locations or []), ""))
        / "lang"
        / code
        / "stop_words.py"
    )
    if not spec or not path.is_file():
        return None
    module_spec = importlib.util.spec_from_file_location(f"_workbench_stop_words_{code}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS)
