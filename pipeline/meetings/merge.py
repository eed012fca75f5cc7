"""One meetings row per meeting_id across the corpus: each attribute chosen by the strength of its evidence,
then the series knowledge filling gaps; every disagreement kept as a Conflict and logged.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from ..document import MeetingMention
from ..io.tables import meeting_row
from ..kb import knowledge_base
from .calendar import CalendarRow, OneOff
from .series import YEAR_ID, SeriesBook, series_book


log = logging.getLogger(__package__)   # "pipeline.meetings", as before the split


@dataclass(frozen=True)
class Conflict:
    """Two sources disagree about an attribute of one meeting; `chosen` was kept."""
    meeting_id: str
    attribute: str
    chosen: object
    others: tuple
    doc_ids: tuple[str, ...]

    def message(self) -> str:
        return (f"meeting {self.meeting_id}: {self.attribute} {self.chosen!r} kept over {list(self.others)!r} "
                f"(documents {', '.join(self.doc_ids)})")


@dataclass
class Merged:
    meeting_id: str
    series: str
    name: str
    ordinal: int | None
    doc_ids: set[str]
    attributes: dict[str, object] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)     # attributes filled from knowledge, not read in articles

    def year(self, book: SeriesBook) -> int | None:
        """The year it was held: from its dates, else from the series knowledge (calendar, id)."""
        dates = self.attributes.get("dates")
        if dates and (dates[0] or dates[1]):
            if self.known & {"start_date", "end_date"}:
                self.known.add("year")
            return (dates[0] or dates[1]).year
        year = book.year_of_meeting(self.meeting_id, self.series, self.ordinal)
        if year is not None and not _year_in_id(self.meeting_id, year):
            self.known.add("year")
        return year


def merge_mentions(mentions: list[tuple[str, MeetingMention]], book: SeriesBook | None = None) -> list[dict]:
    """One meetings row per meeting_id, sorted by it; conflicts are logged as warnings."""
    rows, conflicts = merge_with_conflicts(mentions, book)
    for conflict in conflicts:
        log.warning(conflict.message())
    return rows


def merge_with_conflicts(mentions: list[tuple[str, MeetingMention]],
                         book: SeriesBook | None = None) -> tuple[list[dict], list[Conflict]]:
    book = book or series_book()
    grouped: dict[str, list[tuple[str, MeetingMention]]] = defaultdict(list)
    for doc_id, mention in mentions:
        grouped[mention.meeting_id].append((doc_id, mention))
    conflicts: list[Conflict] = []
    merged = [_merge_one(mid, grouped[mid], conflicts, book.known_meeting(mid, grouped[mid][0][1].series))
              for mid in sorted(grouped)]
    _apply_knowledge(merged, book, conflicts)
    rows = [meeting_row(m.meeting_id, m.series, m.name, m.ordinal, *(m.attributes.get("dates") or (None, None)),
                        *(m.attributes.get("place") or (None, None)), m.attributes.get("format"),
                        m.attributes.get("theme"), m.attributes.get("chair"), m.doc_ids, m.year(book),
                        sorted(m.known)) for m in merged]
    return rows, conflicts


def _year_in_id(meeting_id: str, year: int) -> bool:
    """"SOM-2022", "asean-future-forum-2024": the year was read in the article with the name."""
    written = YEAR_ID.search(meeting_id)
    return written is not None and int(written.group(1)) == year


ATTRIBUTES = {"dates": lambda m: (m.start_date, m.end_date) if m.start_date or m.end_date else None,
              "place": lambda m: (m.city, m.country) if m.city or m.country else None,
              "format": lambda m: m.format, "theme": lambda m: m.theme, "chair": lambda m: m.chair}


def _merge_one(meeting_id: str, items: list[tuple[str, MeetingMention]], conflicts: list[Conflict],
               row: CalendarRow | OneOff | None = None) -> Merged:
    first = items[0][1]
    merged = Merged(meeting_id, first.series, first.name, first.ordinal, {d for d, _ in items})
    for attribute, read in ATTRIBUTES.items():
        evidence = [(read(m), _strength(m, attribute), doc_id) for doc_id, m in items if read(m) is not None]
        chosen, conflict = choose(meeting_id, attribute, _fold(evidence), _agreement(row, attribute))
        merged.attributes[attribute] = chosen
        if conflict:
            conflicts.append(conflict)
    return merged


def _strength(m: MeetingMention, attribute: str) -> float:
    return m.date_evidence if attribute == "dates" and m.date_evidence is not None else m.evidence


def _fold(evidence: list[tuple[object, float, str]]) -> list[tuple[object, float, str]]:
    """A partial value agreeing with a fuller one counts for it: (None, 'VN') for ('Hanoi', 'VN'),
    (start, None) for (start, end)."""
    full = [v for v, _, _ in evidence if isinstance(v, tuple) and None not in v]

    def fuller(value):
        if not isinstance(value, tuple) or None not in value:
            return value
        matches = {f for f in full if all(a is None or a == b for a, b in zip(value, f))}
        return matches.pop() if len(matches) == 1 else value

    return [(fuller(v), e, d) for v, e, d in evidence]


def choose(meeting_id: str, attribute: str, evidence: list[tuple[object, float, str]],
           agreement: Callable[[object], int] = lambda value: 0) -> tuple[object | None, Conflict | None]:
    """Among values the articles disagree on, the one the meetings calendar confirms most, then the one with the
    strongest evidence (then the most documents, then the most mentions). A value no article states is never
    chosen: the calendar only arbitrates between the texts."""
    if not evidence:
        return None, None
    stats: dict[object, list] = {}
    for value, strength, doc_id in evidence:
        s = stats.setdefault(value, [0.0, set(), 0])
        s[0], s[2] = max(s[0], strength), s[2] + 1
        s[1].add(doc_id)
    ranked = sorted(stats, key=lambda v: (-agreement(v), -stats[v][0], -len(stats[v][1]), -stats[v][2], repr(v)))
    chosen, others = ranked[0], tuple(ranked[1:])
    if not others:
        return chosen, None
    doc_ids = tuple(sorted({d for _, _, d in evidence}))
    return chosen, Conflict(meeting_id, attribute, chosen, others, doc_ids)


def _agreement(row: CalendarRow | OneOff | None, attribute: str) -> Callable[[object], int]:
    """How many parts of a stated value (dates: start and end; place: city and country) the calendar confirms."""
    if row is None or attribute not in ("dates", "place"):
        return lambda value: 0
    known = (row.start_date, row.end_date) if attribute == "dates" else (row.city, row.country)

    def agreement(value) -> int:
        return sum(1 for stated, fact in zip(value, known) if stated is not None and stated == fact)
    return agreement


def _apply_knowledge(merged: list[Merged], book: SeriesBook, conflicts: list[Conflict]) -> None:
    """Calendar check, the series' host country, and the venue of the meeting it is held beside."""
    years = {m.meeting_id: book.year_of_meeting(m.meeting_id, m.series, m.ordinal) for m in merged}
    for m in merged:
        dates = m.attributes.get("dates")
        year = years[m.meeting_id]
        stated_year = (dates[0] or dates[1]).year if dates else None
        if stated_year and year and stated_year != year:
            conflicts.append(Conflict(m.meeting_id, "year", stated_year, (year,), tuple(sorted(m.doc_ids))))
        _fill_from_calendar(m, book, conflicts)
        host = book.host_country(m.meeting_id, m.series)
        place = m.attributes.get("place")
        if host and not place:
            m.attributes["place"] = (None, host)
            m.known.add("country")
        elif host and place[1] and place[1] != host:
            conflicts.append(Conflict(m.meeting_id, "country", place[1], (host,), tuple(sorted(m.doc_ids))))
    for m in merged:
        series = book.series.get(m.series)
        if series and series.held_with and not m.attributes.get("place") and years[m.meeting_id]:
            venues = {o.attributes["place"] for o in merged if o.series == series.held_with
                      and years[o.meeting_id] == years[m.meeting_id] and o.attributes.get("place")}
            if len(venues) == 1:
                m.attributes["place"] = venues.pop()
                m.known.update(name for name, value in zip(("city", "country"), m.attributes["place"]) if value)


def _fill_from_calendar(m: Merged, book: SeriesBook, conflicts: list[Conflict]) -> None:
    """What the articles leave unsaid, from the meetings calendar; where they disagree with it, the text
    stays and the disagreement is kept."""
    row = book.known_meeting(m.meeting_id, m.series)
    if row is None:
        return
    docs = tuple(sorted(m.doc_ids))
    start, end = m.attributes.get("dates") or (None, None)
    for name, stated, known in (("start_date", start, row.start_date), ("end_date", end, row.end_date)):
        if stated is not None and known is not None and stated != known:
            conflicts.append(Conflict(m.meeting_id, name, stated, (known,), docs))
    if start is None and end is None and row.start_date:
        m.attributes["dates"] = (row.start_date, row.end_date)
        m.known.update(name for name, value in (("start_date", row.start_date), ("end_date", row.end_date)) if value)
    elif start is not None and end is None and start == row.start_date and row.end_date:
        m.attributes["dates"] = (start, row.end_date)
        m.known.add("end_date")
    elif start is None and end is not None and end == row.end_date and row.start_date:
        m.attributes["dates"] = (row.start_date, end)
        m.known.add("start_date")
    city, country = m.attributes.get("place") or (None, None)
    if country and row.country and country != row.country:
        conflicts.append(Conflict(m.meeting_id, "country", country, (row.country,), docs))
    elif city is None and row.city:
        m.attributes["place"] = (row.city, country or row.country)
        m.known.update(["city"] + (["country"] if country is None and row.country else []))
    if m.attributes.get("chair") is None and row.chair:
        chair = knowledge_base().countries.get(row.chair)      # the chair column holds entity ids
        if chair:
            m.attributes["chair"] = chair
            m.known.add("chair")
