"""A mention's score is the measured precision of the mentions like it: of the same step (`source`), label and
shape (an acronym, one word, a name of several), in the same language, on the dev split of the real corpus,
so that among mentions scored 0.8 about 8 in 10 are right. The counts are data
(models/entities/calibration.yaml, written by `python -m pipeline.evaluate.calibrate`). A kind seen on few
dev mentions leans on the broader kind it belongs to: each precision is (right + w * broader) / (mentions + w),
from the broadest (all mentions of both languages) through the step in both languages, the step, the step and
label, to the step, label and shape; w is the file's `prior_weight`.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from ..document import Entity
from ..kb import words_of
from ..resources import load_data, models_dir
from .words import is_acronym

CALIBRATION_FILE = "entities/calibration.yaml"


def shape(text: str) -> str:
    """ "acronym" ("ASEAN", "DOC"), "word" ("Lavrov", "Mỹ") or "name" (several words)."""
    words = [w for _, _, w in words_of(text) if any(c.isalnum() for c in w)]
    if len(words) > 1:
        return "name"
    return "acronym" if words and is_acronym(words[0]) else "word"


def calibration_keys(source: str, label: str, text: str) -> tuple[str, ...]:
    """The kinds a mention belongs to, the narrowest first: step/label/shape, step/label, step."""
    return f"{source}/{label}/{shape(text)}", f"{source}/{label}", source


@functools.cache
def _table() -> dict:
    """The calibration file's content; empty without one."""
    if not (models_dir() / CALIBRATION_FILE).exists():
        return {}
    return load_data(CALIBRATION_FILE) or {}


def calibrated_score(lang: str, source: str, label: str, text: str, default: float) -> float:
    """The dev precision of this kind of mention, leaning on broader kinds where it was seen little; `default`
    without data."""
    table = _table()
    both = table.get("all") or {}
    if not both.get("pooled") or not both["pooled"][1]:
        return default
    weight = float(table.get("prior_weight", 10))
    narrow, middle, step = calibration_keys(source, label, text)
    chain = [(both, step), (table.get(lang) or {}, step), (table.get(lang) or {}, middle),
             (table.get(lang) or {}, narrow)]
    right, n = both["pooled"]
    precision = right / n
    for block, kind in chain:
        right, n = (block.get("kinds") or {}).get(kind, (0, 0))
        precision = (right + weight * precision) / (n + weight)
    return round(precision, 3)


def calibrated(entities: list[Entity], lang: str) -> list[Entity]:
    return [replace(e, score=calibrated_score(lang, e.source, e.label, e.text, e.score)) for e in entities]
