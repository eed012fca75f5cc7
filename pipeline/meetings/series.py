"""What is known about the meeting series (models/meetings/series.yaml): codes, canonical names, numbering
calendars, hosts; and the venues a knowledge-base place stands for (models/meetings/hosts.yaml).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from ..ids import slugify
from ..kb import KBEntry, KnowledgeBase
from ..resources import load_data
from .calendar import CalendarRow, MeetingsCalendar, OneOff, meetings_calendar


YEAR_ID = re.compile(r"-((?:19|20)\d\d)$")


@dataclass(frozen=True)
class Series:
    code: str
    name: str
    calendar: tuple[int, int, int] | None = None     # from_ordinal, from_year, per_year
    held_with: str | None = None
    asean_chair: bool = False
    host_country: str | None = None
    slug_ids: bool = False
    named_by_year: bool = False       # its name alone names that year's meeting ("the Post Ministerial Conferences")
    reports_as: str | None = None     # the contract series its meetings are reported as (AMM-RETREAT: AMM)
    misnamed_as: str | None = None    # the series whose name news may give its meetings (EAS-FMM: EAS)

    def year_of(self, ordinal: int | None) -> int | None:
        if ordinal is None or self.calendar is None or ordinal < self.calendar[0]:
            return None
        first_ordinal, first_year, per_year = self.calendar
        return first_year + (ordinal - first_ordinal) // per_year

    def ordinal_of(self, year: int) -> int | None:
        """The number of the meeting held in `year`, when the series meets once a year."""
        if self.calendar is None or self.calendar[2] != 1 or year < self.calendar[1]:
            return None
        return self.calendar[0] + year - self.calendar[1]


@dataclass(frozen=True)
class Event:
    meeting_id: str
    series: str
    name: str
    year: int | None = None
    host_country: str | None = None


@dataclass(frozen=True)
class Identity:
    """Which meeting a mention names."""
    meeting_id: str
    series: str
    name: str
    ordinal: int | None
    year: int | None


@dataclass(frozen=True)
class SeriesBook:
    series: dict[str, Series]
    events: dict[str, Event]
    suffixes: dict[str, str]
    calendar: MeetingsCalendar = MeetingsCalendar({})
    partners: dict[str, str] = dataclasses.field(default_factory=dict)   # XX of ASEAN-XX -> English short name

    @classmethod
    def from_disk(cls, path: str = "meetings/series.yaml", calendar: MeetingsCalendar | None = None) -> "SeriesBook":
        data = load_data(path)
        chaired, by_year = set(data["chaired_by_asean_chair"]), set(data.get("named_by_year") or [])
        series = {code: _series(code, raw, code in chaired, code in by_year) for code, raw in data["series"].items()}
        events = {mid: Event(mid, raw["series"], raw["name"], raw.get("year"), raw.get("host_country"))
                  for mid, raw in (data.get("events") or {}).items()}
        return cls(series, events, {str(k): v for k, v in data["ordinal_suffixes"].items()},
                   calendar if calendar is not None else meetings_calendar(), dict(data.get("partners") or {}))

    def ordinal_en(self, n: int) -> str:
        suffix = self.suffixes.get(str(n % 100)) or self.suffixes.get(str(n % 10)) or self.suffixes["default"]
        return f"{n}{suffix}"

    def identify(self, code: str, ordinal: int | None = None, year: int | None = None) -> Identity:
        """The meeting of series `code` with this number or year: ids per the contract (docs/contract.md)."""
        series = self.series[code]
        if ordinal is None and year is not None:
            # a series meeting once a year numbers by arithmetic; an irregular one by the meetings calendar
            ordinal = series.ordinal_of(year) or self.calendar.ordinal_in(code, year)
        row = self.calendar.get(f"{code}-{ordinal}") if ordinal is not None else None
        year = series.year_of(ordinal) or (row.year if row else None) or year
        if ordinal is not None:
            name = f"{self.ordinal_en(ordinal)} {series.name}"
            meeting_id = slugify(name if year is None else f"{series.name} {year}") if series.slug_ids \
                else f"{code}-{ordinal}"
        else:
            name = f"{series.name} {year}"
            meeting_id = slugify(name) if series.slug_ids else f"{code}-{year}"
        return Identity(meeting_id, series.reports_as or code, name, ordinal, year)

    def known_meeting(self, meeting_id: str, code: str) -> CalendarRow | OneOff | None:
        """What the calendar knows of a meeting: its numbered row, or the one commemorative or special summit (or
        other meeting outside the numbering) of that series, kind and year a slug id names."""
        row = self.calendar.get(meeting_id)
        year = YEAR_ID.search(meeting_id)
        if row is None and year is not None and meeting_id == f"{code}-{year.group(1)}":
            return self._held_in_one_place(code, int(year.group(1)))
        if row is not None or year is None or meeting_id.upper() == meeting_id:
            return row
        words = set(meeting_id.split("-"))
        held = [o for o in self.calendar.one_offs if o.series == code and o.year == int(year.group(1))
                and any(kind in words and kind in o.name.casefold() for kind in ("commemorative", "special"))]
        return held[0] if len(held) == 1 else None

    def _held_in_one_place(self, code: str, year: int) -> OneOff | None:
        """A numbered series named by its year ("SUMMIT-2024": two summits, one October week in Vientiane): the
        place and chair its meetings of that year share, when they share them; no days."""
        held = {(r.city, r.country, r.chair) for r in self.calendar.rows.values()
                if r.series == code and r.year == year}
        if len(held) != 1:
            return None
        city, country, chair = held.pop()
        return OneOff(code, f"{code}-{year}", None, None, city, country, year, chair=chair)

    def ordinals_by_city(self, code: str) -> dict[str, list[int]]:
        """The calendar's meetings of series `code` by the city they were held in; a meeting held beside another
        series' (the APT foreign ministers beside the AMM) without a city of its own takes that one's of its year."""
        held_with = self.series[code].held_with if code in self.series else None
        hosts = {row.year: row.city for row in self.calendar.rows.values()
                 if held_with and row.series == held_with and row.city}
        cities: dict[str, list[int]] = {}
        for row in sorted(self.calendar.rows.values(), key=lambda r: r.ordinal):
            city = row.city or hosts.get(row.year)
            if row.series == code and city:
                cities.setdefault(city, []).append(row.ordinal)
        return cities

    def special(self, name: str, code: str, year: int) -> Identity:
        """A one-off meeting of a series (the ASEAN-Japan Commemorative Summit 2013): the slug of its name and
        year (docs/contract.md: "else a lower-case slug"), reported as the series."""
        series = self.series[code]
        return Identity(slugify(f"{name} {year}"), series.reports_as or code, f"{name} {year}", None, year)

    def event(self, meeting_id: str) -> Identity:
        event = self.events[meeting_id]
        return Identity(meeting_id, event.series, event.name, None, event.year)

    def year_of_meeting(self, meeting_id: str, series: str, ordinal: int | None) -> int | None:
        """The year a meeting is held in, from its calendar, its event entry, or the year in its id."""
        if series in self.series and self.series[series].year_of(ordinal):
            return self.series[series].year_of(ordinal)
        row = self.calendar.get(meeting_id)
        if row is not None and row.year:
            return row.year
        if meeting_id in self.events and self.events[meeting_id].year:
            return self.events[meeting_id].year
        m = YEAR_ID.search(meeting_id)
        return int(m.group(1)) if m else None

    def host_country(self, meeting_id: str, series: str) -> str | None:
        if meeting_id in self.events:
            return self.events[meeting_id].host_country
        return self.series[series].host_country if series in self.series else None


def _series(code: str, raw: dict, asean_chair: bool, named_by_year: bool) -> Series:
    cal = raw.get("calendar")
    calendar = (int(cal["from_ordinal"]), int(cal["from_year"]), int(cal.get("per_year", 1))) if cal else None
    return Series(code, raw["name"], calendar, raw.get("held_with"), asean_chair, raw.get("host_country"),
                  raw.get("id") == "slug", named_by_year, raw.get("reports_as"), raw.get("misnamed_as"))


@functools.cache
def series_book() -> SeriesBook:
    return SeriesBook.from_disk()


@dataclass(frozen=True)
class Places:
    """Country of each city, from the knowledge base's capitals and models/meetings/hosts.yaml."""
    city_country: dict[str, str]
    city_states: frozenset[str]

    @classmethod
    def from_disk(cls, kb: KnowledgeBase, path: str = "meetings/hosts.yaml") -> "Places":
        data = load_data(path)
        capitals = {e.capital: e.iso2 for e in kb.entries.values() if e.capital and e.iso2}
        return cls({**capitals, **data["city_country"]}, frozenset(data.get("city_states") or []))

    def place_of(self, entry: KBEntry) -> tuple[str | None, str | None] | None:
        """(city, country) a KB entry stands for as a venue, or None when it is no city or country."""
        if entry.label != "GPE":
            return None
        if entry.iso2:
            return (entry.name if entry.key in self.city_states else None), entry.iso2
        if entry.group in {"capital", "city"}:
            return entry.name, self.city_country.get(entry.key)
        return None
