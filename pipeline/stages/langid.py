"""Language identification: sets `lang` and `lang_score`; skips languages the pipeline does not cover; in a
covered language, puts back the letters its pages write with look-alikes (Vietnamese Đ written as Ð).

Uses py3langid (a maintained fork of langid.py: 97 languages, offline, a few ms per article)
with normalised probabilities as the confidence. Its model is read from an unpacked copy in the user's cache
(io/unpacked.py) when one can be kept: the same arrays, without decompressing them in every process.
"""
from __future__ import annotations

import functools
import logging
import unicodedata
from array import array
from pathlib import Path

from ..document import SKIPPED, Document
from ..errors import Errors
from ..io.unpacked import discard, unpacked_xz
from ..resources import load_data

log = logging.getLogger(__name__)

SAMPLE_CHARS = 20_000   # a long article's language is settled well before its end


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier  # lazy: loads a 68 MB model

    unpacked = unpacked_xz(MODEL_DIR / MODEL_FILE)
    if unpacked is not None:
        try:
            ptc, pc, classes, nextmove, row, output = read_unpacked_model(unpacked)
            return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
        except (OSError, ValueError, KeyError) as exc:   # a damaged copy: the next process unpacks it again
            log.debug("unpacked language model %s unreadable (%s): loading the shipped file", unpacked, exc)
            discard(unpacked)
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def read_unpacked_model(path: Path) -> tuple:
    """The identifier's arrays from the unpacked model, as py3langid's own loader (modelio.load_model) gives
    them from the packed file: (class-feature log-probabilities, class priors, class names, DFA transitions,
    DFA row of each state, feature of each state)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        return (data["ptc"], data["pc"], data["classes"].tolist(), _uint_array(data["nextmove"]),
                _uint_array(data["nextmove_row"]), data["out_feat"].tolist())


def _uint_array(values) -> array:
    """A numpy array of unsigned integers as a stdlib array of the same width (what the DFA walk indexes)."""
    import numpy as np

    typecode = {2: "H", 4: "I", 8: "L"}[values.dtype.itemsize]
    out = array(typecode)
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


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
    else:
        table = look_alikes(doc.lang)
        doc.text = doc.text.translate(table)
        doc.title = doc.title.translate(table) if doc.title else doc.title
    return doc


@functools.cache
def look_alikes(lang: str) -> dict[int, int]:
    """The language's own letters for the look-alikes its pages carry (languages.yaml `look_alikes`), as a
    str.translate table: one character for one, so offsets into the text hold."""
    table = load_data("languages.yaml").get("look_alikes", {}).get(lang) or {}
    return {_code_point(k): _code_point(v) for k, v in table.items()}


def _code_point(value: str) -> int:
    return int(value.removeprefix("U+"), 16)


def marked_letter_share(text: str, sample: int = 3000) -> float:
    """The share of the letters at the start of `text` that bear a diacritic (or are đ): a cheap tell of
    Vietnamese against English, for sharing work between processes, never for the document's language."""
    letters = marked = 0
    for char in text[:sample]:
        if char.isalpha():
            letters += 1
            marked += char in "đĐ" or len(unicodedata.normalize("NFD", char)) > 1
    return marked / letters if letters else 0.0


def _letters(text: str) -> int:
    return sum(1 for c in text[:SAMPLE_CHARS] if c.isalpha())


if __name__ == "__main__":    # set-up (Makefile): the unpacked copy of the model made once, before the first run
    _identifier()
