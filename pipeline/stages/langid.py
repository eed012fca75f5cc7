"""Language identification: sets `lang` and `lang_score`; skips languages the pipeline does not cover.

Uses py3langid (a maintained fork of langid.py: 97 languages, offline, a few ms per article)
with normalised probabilities as the confidence.
"""
from __future__ import annotations

import functools

from ..document import SKIPPED, Document
from ..errors import Errors
from ..resources import load_data

SAMPLE_CHARS = 20_000   # a long article's language is settled well before its end


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # lazy: loads a 3 MB model

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """(best ISO 639-1 code, confidence 0..1) for a text; ('und', 0.0) when it has too few letters."""
    if _letters(text) < load_data("languages.yaml")["min_letters"]:
        return "und", 0.0
    lang, score = _identifier().classify(text[:SAMPLE_CHARS])
    return lang, float(score)


def detect_language(doc: Document) -> Document:
    settings = load_data("languages.yaml")
    doc.lang, doc.lang_score = identify(doc.text)
    if doc.lang == "und":
        doc.fail(SKIPPED, Errors.UNKNOWN_LANGUAGE.format(chars=_letters(doc.text)))
    elif doc.lang_score < settings["min_score"]:
        name = settings["names"].get(doc.lang, doc.lang)
        doc.fail(SKIPPED, Errors.UNSURE_LANGUAGE.format(lang=doc.lang, name=name, score=doc.lang_score))
        doc.lang = "und"
    elif doc.lang not in settings["supported"]:
        name = settings["names"].get(doc.lang, doc.lang)
        doc.fail(SKIPPED, Errors.UNSUPPORTED_LANGUAGE.format(lang=doc.lang, name=name))
    return doc


def _letters(text: str) -> int:
    return sum(1 for c in text[:SAMPLE_CHARS] if c.isalpha())
