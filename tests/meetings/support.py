"""Helpers of the meeting tests: a text annotated by a finder, the meeting ids of a document."""
from __future__ import annotations

import re
from datetime import date

from pipeline.stages.dates import find_dates
from pipeline.document import Document


D = date.fromisoformat


def annotate(finders, text: str, lang: str, published: date | None = None) -> Document:
    sentences = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
    doc = Document("doc", "test", text=text, lang=lang, published=published, sentences=sentences)
    return finders[lang](find_dates(doc))


def ids(doc: Document) -> list[str]:
    return [m.meeting_id for m in doc.meetings]
