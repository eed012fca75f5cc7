"""The meetings calendar (models/meetings/calendar.yaml): verified dates, venue and chair of every numbered
meeting of the main series. It confirms a reading (which meeting "the 2023 ADMM-Plus" is) and fills what
articles do not state; the text wins when the two disagree, and the disagreement is kept.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from ..resources import as_date, load_data


@dataclass(frozen=True)
class CalendarRow:
    meeting_id: str
    series: str
    ordinal: int
    start_date: date | None
    end_date: date | None
    city: str | None
    country: str | None
    chair: str | None            # ISO 3166-1 alpha-2 of the chairing country
    held_in: int | None = None   # the year a page states where it states no day

    @property
    def year(self) -> int | None:
        day = self.start_date or self.end_date
        return day.year if day else self.held_in


@dataclass(frozen=True)
class OneOff:
    """A meeting held outside its series' numbering (calendar.yaml `unnumbered`): a commemorative or special summit
    with one partner, a retreat, an informal meeting."""
    series: str
    name: str
    start_date: date | None
    end_date: date | None
    city: str | None
    country: str | None
    held_in: int | None = None        # the year, when no day is known
    anniversary: int | None = None    # the years of relations it commemorated
    chair: str | None = None

    @property
    def year(self) -> int | None:
        day = self.start_date or self.end_date
        return day.year if day else self.held_in


@dataclass(frozen=True)
class MeetingsCalendar:
    rows: dict[str, CalendarRow]
    one_offs: tuple[OneOff, ...] = ()
    by_year: dict[tuple[str, int], list[int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_year: dict[tuple[str, int], list[int]] = {}
        for row in self.rows.values():
            if row.year is not None:
                by_year.setdefault((row.series, row.year), []).append(row.ordinal)
        object.__setattr__(self, "by_year", by_year)

    @classmethod
    def from_disk(cls, path: str = "meetings/calendar.yaml") -> "MeetingsCalendar":
        data = load_data(path)
        rows = [_row(raw) for raw in data["meetings"]]
        one_offs = tuple(OneOff(raw["series"], raw["name"], as_date(raw.get("start_date")), as_date(raw.get("end_date")),
                                raw.get("city"), raw.get("country"),
                                int(raw["year"]) if raw.get("year") is not None else None,
                                int(raw["anniversary"]) if raw.get("anniversary") is not None else None,
                                raw.get("chair"))
                         for raw in data.get("unnumbered") or [])
        return cls({row.meeting_id: row for row in rows}, one_offs)

    def get(self, meeting_id: str) -> CalendarRow | None:
        return self.rows.get(meeting_id)

    def one_offs_like(self, series: str, name: str) -> list[OneOff]:
        """The dated one-off summits of `series` of the kind `name` says (commemorative, else special)."""
        kind = "commemorative" if "commemorative" in name.casefold() else "special"
        return [o for o in self.one_offs if o.series == series and kind in o.name.casefold() and o.year is not None]

    def ordinal_in(self, series: str, year: int) -> int | None:
        """The number of the meeting of `series` held in `year`, when the calendar knows exactly one."""
        held = self.by_year.get((series, year), [])
        return held[0] if len(held) == 1 else None


    def ordinal_in_month(self, series: str, year: int, month: int) -> int | None:
        """The number of the meeting of `series` held in that month, when the calendar knows exactly one."""
        held = [n for n in self.by_year.get((series, year), [])
                if any(d is not None and d.month == month
                       for d in (self.rows[f"{series}-{n}"].start_date, self.rows[f"{series}-{n}"].end_date))]
        return held[0] if len(held) == 1 else None

    def ordinal_on(self, series: str, day: date, slack: int = 3) -> int | None:
        """The number of the meeting of `series` held within `slack` days of `day`, when exactly one is."""
        near = [n for n in self.by_year.get((series, day.year), [])
                if held_near(self.rows[f"{series}-{n}"], day, slack)]
        return near[0] if len(near) == 1 else None


def held_near(row, day: date, slack: int) -> bool:
    """The meeting's days, widened by `slack` days each way, hold `day`; `row`: anything with `start_date` and
    `end_date` (a calendar row, a one-off, a meeting the calendar year weighs)."""
    first, last = row.start_date or row.end_date, row.end_date or row.start_date
    return first is not None and (first - day).days <= slack and (day - last).days <= slack


def _row(raw: dict) -> CalendarRow:
    return CalendarRow(raw["id"], raw["series"], int(raw["ordinal"]), as_date(raw.get("start_date")),
                       as_date(raw.get("end_date")), raw.get("city"), raw.get("country"), raw.get("chair"),
                       int(raw["year"]) if raw.get("year") is not None else None)


@functools.cache
def meetings_calendar() -> MeetingsCalendar:
    return MeetingsCalendar.from_disk()
