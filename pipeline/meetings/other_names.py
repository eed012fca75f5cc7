"""Meetings outside the series the project knows, named by their own title ("the ASEAN Business and Investment
Summit", "the 2nd ARF Peacekeeping Experts' Meeting", "the inaugural GCC-Asean Summit"): a slug of the title as
written and the meeting's year (gold policy: "a lower-case slug of the English name plus the year").
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

from ..document import Document
from ..ids import slugify

OTHER_SERIES = "OTHER"      # the project's series code of these meetings (meetings/series.yaml)
# The words a title may open with that say which meeting of the kind it is, not what it is called.
_LEADING = re.compile(r"^(?:the|a|an|inaugural|first|\d{1,3}(?:st|nd|rd|th))\s+", re.IGNORECASE)


class OtherMeetingNames:
    """The language's titles of meetings outside the known series (meetings/<lang>.yaml other_meeting_names)."""

    def __init__(self, patterns: list[str], series_name: re.Pattern):
        self.patterns = [re.compile(p) for p in patterns]
        self.series_name = series_name      # the known series' names: a title that is one is that series

    def find(self, doc: Document, taken: list[tuple[int, int]],
             year_of: Callable[[int, int], int | None]) -> Iterator[tuple[int, int, str, str, int]]:
        """(start, end, meeting_id, name, year) of each title that no known series' mention (`taken`) overlaps
        unless the title holds it whole and says more ("the ARF Seminar on Energy Security": a seminar, not the
        ARF); `year_of(start, end)` gives the year of a mention, None when nothing gives one (no meeting then)."""
        for pattern in self.patterns:
            for m in pattern.finditer(doc.text):
                start, end = m.span("mention")
                if any(start < b and a < end and not (start <= a and b <= end and end - start > b - a)
                       for a, b in taken):
                    continue
                year = year_of(start, end)
                if year is None:
                    continue
                title = " ".join(doc.text[start:end].split())
                while (shorter := _LEADING.sub("", title)) != title:
                    title = shorter
                if self.series_name.fullmatch(title):
                    continue
                yield start, end, slugify(f"{title} {year}"), f"{title} {year}", year
