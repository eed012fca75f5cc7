"""Knowledge-base mentions: aliases found in each sentence (an ambiguous alias only where the model or the
segmenter agrees), and known names inside hyphenated compounds.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..kb import knowledge_base
from .lexicon import MODEL_SCORE, Candidate
from .model import model_mentions


_PERSON_LABELS = {"PER", "PERSON"}


def gazetteer_candidates(doc: Document) -> Iterator[Candidate]:
    kb = knowledge_base()
    # a model person confirms no place inside it ("Bảo Anh" holds no "Anh", the United Kingdom)
    model_spans = [(s, e) for s, e, label in model_mentions(doc) if label not in _PERSON_LABELS]
    for sentence_start, sentence_end in doc.sentences:
        for match in kb.find(doc.text, sentence_start, sentence_end):
            if match.kind == "ambiguous" and not _ambiguous_confirmed(doc, match.start, match.end, model_spans):
                continue
            score = 0.5 if match.kind == "ambiguous" else MODEL_SCORE["kb"]
            yield Candidate(match.start, match.end, match.entry.label, "gazetteer", score, match.entry)


def _ambiguous_confirmed(doc: Document, start: int, end: int, model_spans: list[tuple[int, int]]) -> bool:
    """An alias that is also a common word counts only when the model (a mention covering it, perhaps
    with a credit or title around it) or the segmenter agrees."""
    if any(s <= start and end <= e for s, e in model_spans):
        return True
    if doc.lang == "vi":
        return any(t.start == start and t.end == end and t.pos == "Np" for t in doc.tokens)
    return False


_COMPOUND = re.compile(r"(?<![\w-])[A-Z][\w]*(?:-[A-Z][\w]*)+(?![\w-])")


def compound_part_candidates(doc: Document) -> Iterator[Candidate]:
    """Known names inside hyphenated compounds: "ASEAN-Japan relations" mentions Japan."""
    kb = knowledge_base()
    for m in _COMPOUND.finditer(doc.text):
        if kb.lookup(m.group()) is not None:
            continue
        offset = m.start()
        for part in m.group().split("-"):
            entry = kb.lookup(part)
            if entry is not None:
                yield Candidate(offset, offset + len(part), entry.label, "gazetteer", MODEL_SCORE["kb"], entry)
            offset += len(part) + 1
