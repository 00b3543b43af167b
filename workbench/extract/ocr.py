"""OCR of scanned pages with Tesseract, when it is installed.

Tesseract with all five language models at once is about 7x slower than with one, so the
first page is read in English, its language identified, and the document read again in
that language when its model is installed. One OpenMP thread per call: the worker pool
already uses every core.
"""

import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .. import language

OCR_DPI = 200
OCR_SECONDS_PER_PAGE = 60
MAX_OCR_PAGES = 40  # past this, ask for a text PDF rather than OCR for an hour
TESSERACT_CODES = {
    "en": "eng",
    "es": "spa",
    "fr": "fra",
    "pt": "por",
    "ru": "rus",
    "ar": "ara",
    "zh": "chi_sim",
}


def available():
    return shutil.which("tesseract") is not None


@functools.lru_cache(maxsize=1)
def installed_models():
    try:
        out = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=20
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset({"eng"})
    return frozenset(out.split()[1:]) or frozenset({"eng"})


def read_image_file(path, model="eng"):
    """Text of one image file."""
    result = subprocess.run(
        ["tesseract", str(path), "stdout", "-l", model],
        capture_output=True,
        text=True,
        timeout=OCR_SECONDS_PER_PAGE,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return result.stdout


def read_image(image, model="eng"):
    """Text of one PIL image."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.png"
        image.save(path)
        return read_image_file(path, model)


def model_for(text):
    """The Tesseract model for the language ``text`` (read in English) seems to be in."""
    code, confidence = language.detect(text)
    model = TESSERACT_CODES.get(code, "eng")
    if confidence < 0.5 or model not in installed_models():
        return "eng"
    return model


def read_pages(images):
    """Text of each page image (an iterable of PIL images), in the document's language."""
    images = iter(images)
    first_image = next(images, None)
    if first_image is None:
        return []
    first = read_image(first_image, "eng")
    model = model_for(first)
    pages = [first if model == "eng" else read_image(first_image, model)]
    pages.extend(read_image(image, model) for image in images)
    return pages
