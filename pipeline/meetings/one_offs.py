"""Commemorative and special summits with one partner, outside the partner's numbering (calendar.yaml `unnumbered`):
which one an article means when it writes no year, and a regular ASEAN+1 summit's name used for one of them.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..document import Document
from .sentence_facts import city_pattern
from .series import SeriesBook


class OneOffSummits:
    """`anniversary`: regexes with a group `n`, the years of relations a meeting marks ("the 45th anniversary",
    "kỷ niệm 30 năm"); `is_venue(text, sentence_start, at)`: a place written at `at` is where something is held."""

    def __init__(self, book: SeriesBook, anniversary: list[re.Pattern], is_venue: Callable[[str, int, int], bool]):
        self.book = book
        self.anniversary = anniversary
        self.is_venue = is_venue

    def year(self, doc: Document, f) -> int | None:
        """The year of a commemorative or special summit the article names without one ("the ASEAN-Japan
        Commemorative Summit"), from the calendar's summits of that kind with that partner: the one whose anniversary
        the article states ("kỷ niệm 30 năm", "the 45th anniversary"), or held in the city its sentence names, or in
        the article's year."""
        held = self.book.calendar.one_offs_like(f.series, f.special)
        anniversary = self.marked(doc, f.start) or self.marked(doc, 0, len(doc.text))
        s0, s1 = doc.sentence_span(f.start)
        narrowing = (lambda r: anniversary is not None and r.anniversary == anniversary,
                     lambda r: r.city is not None and any(self.is_venue(doc.text, s0, m.start())
                                                          for m in city_pattern(r.city).finditer(doc.text, s0, s1)),
                     lambda r: doc.article_year is not None and r.year == doc.article_year)
        told = False          # the calendar may miss some of them: being the only one known says nothing
        for fits in narrowing:
            if any(fits(r) for r in held):
                held, told = [r for r in held if fits(r)], True
        return held[0].year if told and len(held) == 1 else None

    def marked(self, doc: Document, at: int, end: int | None = None) -> int | None:
        """The one number of years of relations said in the sentence at `at` (or in text[at:end])."""
        start, end = doc.sentence_span(at) if end is None else (at, end)
        numbers = {int(m.group("n")) for p in self.anniversary for m in p.finditer(doc.text, start, end)}
        return numbers.pop() if len(numbers) == 1 else None

    def as_named_one_off(self, doc: Document, f):
        """A regular ASEAN+1 summit named in a sentence saying it marks an anniversary of relations ("the Japan-ASEAN
        summit in Tokyo ... marks the 50th anniversary of their friendship", "Hội nghị Cấp cao ASEAN-Nhật Bản nhân kỷ
        niệm 50 năm") is the partner's commemorative or special summit of that anniversary, when the calendar holds
        one: `f` with that summit's English name as its `special`."""
        partner = self.book.partners.get(f.series.split("-", 1)[1]) if f.series.startswith("ASEAN-") else None
        n = self.marked(doc, f.start) if partner and not f.special and f.identity is None else None
        held = [r for r in self.book.calendar.one_offs if r.series == f.series and r.anniversary == n] if n else []
        if len(held) != 1:
            return f
        kind = "Commemorative" if "commemorative" in held[0].name.casefold() else "Special"
        return replace(f, special=f"ASEAN-{partner} {kind} Summit")
