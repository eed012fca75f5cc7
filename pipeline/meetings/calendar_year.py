"""The year an undated article speaks from, read off the meetings calendar. A series it names without number or
year ("the ASEAN Regional Forum ... hosted by Thailand next week", "Hội nghị thượng đỉnh ASEAN") is one of the meetings
of that series the calendar holds, and what the article says of where and when often leaves only one of them: a
city it names as a venue or files its story from ("signed in Phuket", "SEOGWIPO, Jeju Island _") or names at all
("thăm Viêng Chăn (Lào) dự Hội nghị", weaker), a day it writes with or without its year ("July 23", "ngày 10/10"),
the year of a full date it writes ("on 30 June 2019"), the officials it names with the titles they held only in
some years ("Tổng thống Hàn Quốc Yoon Suk Yeol"; meetings/in_office.py).

Each kind of evidence narrows the meetings only when one of them fits it (the calendar may lack a meeting, and an
article names other places and days too). A numbered series' name alone may be the standing body ("the ARF has 27
members"), so its meeting counts when a venue fits it, or two kinds of evidence do (a city named without a venue
word is one); a commemorative or special summit is a meeting by its name, and one kind is enough. The year is
taken when every series named this way that is left with one meeting agrees on it. Only for articles with no date,
no page header and no chair's year.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable

from ..document import Document
from ..stages.dates import DEADLINE, days_written, has_written_year
from .calendar import held_near
from .in_office import InOffice, Terms
from .sentence_facts import city_pattern
from .series import SeriesBook

DAY_SLACK = 2          # days a written day may fall outside the calendar's dates (time zones, the eve, the morrow)
VENUE, PLACE, DAY, YEAR, OFFICE = "venue", "place", "day", "year", "office"


@dataclass(frozen=True)
class Held:
    """One meeting the calendar holds: its year, city and days."""
    year: int
    city: str | None
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class Named:
    """A series the article names without number or year; `special` the English name of a one-off summit kind
    ("ASEAN-Japan Commemorative Summit"), else None."""
    series: str
    special: str | None = None


class CalendarYear:
    """`is_venue(text, sentence_start, at)`: a place written at `at` is where something is held; `dateline(text)`:
    the span and (city, country) of the place the story is filed from, or None."""

    def __init__(self, book: SeriesBook, is_venue: Callable[[str, int, int], bool], dateline: Callable,
                 in_office: InOffice):
        self.book = book
        self.is_venue = is_venue
        self.dateline = dateline
        self.in_office = in_office

    def __call__(self, doc: Document, named: Iterable[Named]) -> int | None:
        named = set(named)
        if doc.article_year is not None or not named:
            return None
        evidence = Evidence(doc, self.is_venue, self.dateline(doc.text), self.in_office.terms(doc.text))
        years = {year for n in named if (year := self._year_of(n, evidence)) is not None}
        return years.pop() if len(years) == 1 else None

    def _year_of(self, named: Named, evidence: "Evidence") -> int | None:
        held = self.held(named)
        kinds = set()
        for kind, fits in ((VENUE, evidence.venue), (PLACE, evidence.place), (DAY, evidence.day), (YEAR, evidence.year),
                           (OFFICE, evidence.office)):
            if any(fits(h) for h in held):
                held, kinds = [h for h in held if fits(h)], kinds | {kind}
        if DAY in kinds and len({h.year for h in held}) > 1 and any(evidence.exact_day(h) for h in held):
            held = [h for h in held if evidence.exact_day(h)]     # the last tie-break: the day inside a meeting's dates
        if len({h.year for h in held}) != 1 or not kinds:
            return None
        enough = named.special is not None or VENUE in kinds or len(kinds) >= 2
        return held[0].year if enough else None

    def held(self, named: Named) -> list[Held]:
        calendar = self.book.calendar
        if named.special is not None:
            return [Held(o.year, o.city, o.start_date, o.end_date)
                    for o in calendar.one_offs_like(named.series, named.special)]
        series = named.series
        if not any(row.series == series for row in calendar.rows.values()):
            # a series numbered by year is held beside another's meeting of that year, at its venue (the PMC+1
            # sessions beside the AMM)
            series = self.book.series[series].held_with if series in self.book.series else None
        city_of = {n: city for city, ordinals in self.book.ordinals_by_city(series).items() for n in ordinals} \
            if series else {}
        return [Held(row.year, city_of.get(row.ordinal), row.start_date, row.end_date)
                for row in calendar.rows.values() if row.series == series and row.year is not None]


class Evidence:
    """What an article says of where and when, whatever meeting it is about."""

    def __init__(self, doc: Document, is_venue: Callable[[str, int, int], bool], dateline, terms: list[Terms]):
        self.doc, self.is_venue, self.terms = doc, is_venue, terms
        self.filed_from = dateline[1][0] if dateline else None
        self.days = days_written(doc)
        self.years = {m.value.year for m in doc.dates
                      if m.kind != DEADLINE and m.granularity != "year" and has_written_year(m, doc.lang)}

    def venue(self, held: Held) -> bool:
        if held.city is None:
            return False
        if held.city == self.filed_from:
            return True
        doc = self.doc
        return any(self.is_venue(doc.text, doc.sentence_span(m.start())[0], m.start())
                   for m in city_pattern(held.city).finditer(doc.text))

    def place(self, held: Held) -> bool:
        """The city named anywhere ("thăm Viêng Chăn (Lào) dự Hội nghị"): weaker than a venue, it needs another kind."""
        return held.city is not None and city_pattern(held.city).search(self.doc.text) is not None

    def day(self, held: Held, slack: int = DAY_SLACK) -> bool:
        first = held.start_date or held.end_date
        for year, month, day in self.days if first is not None else ():
            if year is not None and year != first.year:
                continue
            try:
                written = date(first.year, month, day)
            except ValueError:          # 29 February of another year
                continue
            if held_near(held, written, slack):
                return True
        return False

    def exact_day(self, held: Held) -> bool:
        """A written day inside the meeting's own dates: it tells two meetings apart that the slack lets both fit
        ("Vientiane, July 29": the ARF of 29 July 2005, not that of 27 July 2024)."""
        return self.day(held, 0)

    def year(self, held: Held) -> bool:
        return held.year in self.years

    def office(self, held: Held) -> bool:
        """Every official the article names with a title held that office in the meeting's year."""
        return bool(self.terms) and all(t.fit(held.year) for t in self.terms)
