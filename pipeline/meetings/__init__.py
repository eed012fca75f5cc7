"""Meetings: mentions of ASEAN meetings in English and Vietnamese, what each article says about them, and
one row per meeting across the corpus.

Reads: tokenised ok documents with their `dates` (the dates stage runs first); the series knowledge in
models/meetings/series.yaml (codes, canonical names, numbering calendars, venues), the language data in
models/meetings/<lang>.yaml, host cities in models/meetings/hosts.yaml and the knowledge base's places.
Adds: `meetings`, one MeetingMention per mention, carrying the dates, venue, format, theme and chair this
article gives the meeting next to that mention; an EVENT entity per mention (entity_id = meeting_id); and
`published` when it is still missing and the article dates the meeting it is about.

`merge_mentions` makes the corpus-level rows: one per meeting_id, each attribute chosen by the strength of
its evidence, then knowledge (series calendar, host country, the venue of the meeting it is held beside)
filling gaps. Every disagreement is kept as a Conflict and logged, never silently dropped.

Modules: `series` (the series knowledge), `mentions` (matching; `described`: summits described rather than named;
`groupings`: a grouping spelled out by its members; `shared_heads`: names sharing one head written once for a list;
`not_meetings`; `other_year`; `undated_numbered`; `chair_year`;
`calendar_year`: the year of an undated article from the calendar's meetings),
`attributes` (annotating), `merge` (across the corpus).
"""
from __future__ import annotations

import functools

from ..stages.dates import find_dates, infer_published, writes_a_year
from ..document import Document, Entity, MeetingMention
from ..kb import KnowledgeBase, knowledge_base
from ..resources import load_data
from .attributes import AttributeFinder
from .calendar_year import CalendarYear
from .chair_year import ChairYear
from .in_office import InOffice
from .mentions import Found, MentionFinder
from .merge import merge_mentions, merge_with_conflicts
from .series import Places, SeriesBook, series_book

__all__ = ["find_meetings", "merge_mentions", "merge_with_conflicts", "MeetingFinder", "Places", "series_book"]


EVENT, SOURCE = "EVENT", "meeting"


class MeetingFinder:
    """Finds meeting mentions of one language and annotates them (match, then annotate)."""

    def __init__(self, lang: str, data: dict, book: SeriesBook, kb: KnowledgeBase, places: Places):
        self.lang = lang
        self.mentions = MentionFinder(data, book)
        self.attributes = AttributeFinder(data, book, kb, places)
        self.chair_year = ChairYear(data["chair_cues"])     # an undated article naming the year of ASEAN's chair
        self.calendar_year = CalendarYear(book, self.mentions.is_venue, self.attributes.filed_from,
                                          InOffice(data.get("former_cues") or []))

    @classmethod
    def from_disk(cls, lang: str) -> "MeetingFinder":
        kb = knowledge_base()
        return cls(lang, load_data(f"meetings/{lang}.yaml"), series_book(), kb, Places.from_disk(kb))

    def __call__(self, doc: Document) -> Document:
        doc = self.chair_year(doc)
        found = self.find(doc)
        # an article that writes no year but names numbered meetings of one year ("AMM 50", "ngày 5/8") speaks
        # of that year: its year-less dates are read again in it, and so are the meetings they date
        frame_year = None if writes_a_year(doc) else self.mentions.year_of_meetings(found)
        if frame_year is not None:
            found = self.find(find_dates(doc, frame_year))
        elif doc.article_year is None:
            # an undated article whose meeting the calendar tells by where and when it says it was held, unless the
            # numbered meetings it names are of other years (its facts then come from a history: "first held in 2005")
            year = self.calendar_year(doc, self.mentions.named_without_year(doc))
            numbered = self.mentions.years_of_meetings(found, written=True)
            if year is not None and (not numbered or year in numbered):
                doc = find_dates(doc, article_year=year)
                doc.page_month = (year, 0)          # the article's year; no month known
                found = self.find(doc)
        doc.meetings = self.annotate(doc, found)
        doc.entities = [*doc.entities, *event_entities(doc)]
        return infer_published(doc)

    def find(self, doc: Document) -> list[Found]:
        return self.mentions.find(doc)

    def annotate(self, doc: Document, found: list[Found]) -> list[MeetingMention]:
        return self.attributes.annotate(doc, found)


def event_entities(doc: Document) -> list[Entity]:
    return [Entity(m.start, m.end, m.text, EVENT, m.meeting_id, m.name, m.sentence, SOURCE, m.score)
            for m in doc.meetings]


@functools.cache
def meeting_finder(lang: str) -> MeetingFinder:
    return MeetingFinder.from_disk(lang)


def find_meetings(doc: Document) -> Document:
    """Set `doc.meetings`, add their EVENT entities, and fill `published` from them if still missing."""
    return meeting_finder(doc.lang)(doc)
