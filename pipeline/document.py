"""The records that flow between stages.

A `Document` is created by ingest and enriched in place by each later stage; extractors
yield small frozen records (textacy style) that the writer turns into table rows.
Offsets are always Python string indices into `Document.text` (end exclusive).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

OK, SKIPPED, FAILED = "ok", "skipped", "failed"


@dataclass(frozen=True)
class Token:
    """A word (Vietnamese words may span several syllables) with its offsets and tags."""
    start: int
    end: int
    text: str           # surface as written in the document
    pos: str            # model POS tag (spaCy tag_ for English, underthesea tag for Vietnamese)
    sentence: int
    chunk: str = ""     # underthesea chunk tag (B-NP, ...); empty: no stage reads it (stages/vietnamese_tags.py)
    ner: str = ""       # the statistical model's BIO tag, before any rule


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    label: str          # PERSON | ORG | GPE | LOC | LAW | EVENT
    entity_id: str
    name: str
    sentence: int
    source: str         # model | gazetteer | rule | meeting
    score: float


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: date                  # first day covered
    end_value: date | None       # last day of a range, else None
    granularity: str             # day | month | year
    kind: str                    # date | range | deadline
    sentence: int = -1


@dataclass(frozen=True)
class MeetingMention:
    """One mention of a meeting in one document, with what this document says about it."""
    meeting_id: str
    series: str
    name: str
    ordinal: int | None
    start: int
    end: int
    text: str
    sentence: int
    start_date: date | None = None
    end_date: date | None = None
    city: str | None = None
    country: str | None = None
    format: str | None = None
    theme: str | None = None
    chair: str | None = None
    evidence: float = 0.5        # how strongly this mention supports its attributes (0..1)
    score: float = 0.9
    date_evidence: float | None = None   # how strongly it supports its dates (`evidence`: the other attributes)
    in_passing: bool = False     # one of a list of related meetings under one head ("the ASEAN+3 and EAS summits")


@dataclass(frozen=True)
class Commitment:
    actor_id: str
    actor: str
    action: str
    trigger: str
    content: str
    start: int
    end: int
    polarity: str = "positive"
    meeting_id: str | None = None
    deadline: date | None = None
    deadline_text: str | None = None
    score: float = 0.5


@dataclass
class Document:
    doc_id: str
    source: str
    text: str = ""
    title: str | None = None
    published: date | None = None
    # (year, month) of a page header without a day, when no `published`; month 0: only the year is known (chair_year)
    page_month: tuple[int, int] | None = None
    url: str | None = None
    rejected_published: str | None = None   # the input's 'published' when it is not a date (repr)
    duplicate_of: str | None = None         # doc_id of the first document with the same text
    lang: str = "und"
    lang_score: float = 0.0
    status: str = OK
    error: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    parsed: Any = None           # the spaCy Doc for English; never leaves the worker process
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == OK

    def fail(self, status: str, error: str) -> None:
        """Mark the document as not processed further; keep everything else for the documents row."""
        self.status, self.error = status, error
        self.sentences, self.tokens, self.parsed = [], [], None
        self.entities, self.dates, self.meetings, self.commitments = [], [], [], []

    def sentence_span(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence containing `offset`; the whole text when there are no sentences."""
        return self.sentences[self.sentence_of(offset)] if self.sentences else (0, len(self.text))

    @property
    def article_year(self) -> int | None:
        """The year the article speaks from: its date, else its page header's year."""
        return self.published.year if self.published else (self.page_month[0] if self.page_month else None)

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing `offset` (the previous one if it falls between sentences)."""
        lo, hi = 0, len(self.sentences) - 1
        found = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid][0] <= offset:
                found, lo = mid, mid + 1
            else:
                hi = mid - 1
        return found
