"""Named entities: the statistical models' mentions, mapped to the contract's labels.

Reads: tokenised ok documents (`parsed` spaCy Doc for English, `tokens` with CRF tags for
Vietnamese). Adds: `entities`, one record per mention, with a canonical id and name; EVENT
mentions already added by the meetings stage are kept, and nothing overlapping them is added.
"""
from __future__ import annotations

from typing import Iterator

from .document import Document, Entity
from .ids import ascii_fold, fallback_entity_id
from .resources import load_data


def model_mentions(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, model label) of each mention the statistical model found, in text order."""
    if doc.lang == "en" and doc.parsed is not None:
        for ent in doc.parsed.ents:
            yield ent.start_char, ent.end_char, ent.label_
        return
    start = end = label = None
    for token in doc.tokens:
        prefix, _, tag = token.ner.partition("-")
        if prefix == "I" and label == tag and start is not None:
            end = token.end
            continue
        if start is not None:
            yield start, end, label
            start = label = None
        if prefix in {"B", "I"}:
            start, end, label = token.start, token.end, tag
    if start is not None:
        yield start, end, label


def find_entities(doc: Document) -> Document:
    mapping = load_data("ner_labels.yaml")
    labels = mapping.get(doc.lang, {})
    score = float(mapping["score"].get(doc.lang, 0.5))
    events = [e for e in doc.entities if e.label == "EVENT"]   # meeting mentions, found by the meetings stage
    entities = list(events)
    for start, end, model_label in model_mentions(doc):
        label = labels.get(model_label)
        surface = doc.text[start:end]
        if label is None or not surface.strip() or any(e.start < end and start < e.end for e in events):
            continue
        name = ascii_fold(surface) if label == "PERSON" else surface
        entities.append(Entity(start, end, surface, label, fallback_entity_id(label, surface), name,
                               doc.sentence_of(start), "model", score))
    doc.entities = entities
    return doc
