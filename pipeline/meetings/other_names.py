"""Meetings named by a slug of their own title (gold policy: "a lower-case slug of the English name plus the year"):
those outside the series the project knows ("the ASEAN Business and Investment Summit", "the 2nd ARF Peacekeeping
Experts' Meeting"), and those of the project's own slug series as an English article names them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Callable, Iterator

from ..document import Document
from ..ids import slugify
from .series import SeriesBook

OTHER_SERIES = "OTHER"      # the project's series code of these meetings (meetings/series.yaml)
_ACRONYM_WORD = re.compile(r"(?<![\w-])(?!ASEAN\b)[A-Z]{2,6}(?![\w-])")
_ARTICLES = r"the|a|an"
_LEADING_ARTICLE = re.compile(rf"^(?:{_ARTICLES})\s+", re.IGNORECASE)
# The words a title may open with that say which meeting of the kind it is, not what it is called.
_LEADING = re.compile(rf"^(?:{_ARTICLES}|inaugural|first|\d{{1,3}}(?:st|nd|rd|th))\s+", re.IGNORECASE)


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


def named_as_written(doc: Document, found: list, book: SeriesBook) -> list:
    """A meeting of a project series with a slug id is named as the article names it (gold policy: the text's
    short name, with its acronym): the series' own short name when a mention writes an acronym ("the ADMM
    Retreat", "the ASEAN Economic Ministers' (AEM) Special Meeting"), else the article's first name for it
    ("The ASEAN Foreign Ministers' Retreat" -> asean-foreign-ministers-retreat-2016)."""
    groups: dict[str, list] = defaultdict(list)
    for f in found:
        series = book.series.get(f.series) if f.series else None
        if series is not None and series.slug_ids and f.identity.ordinal is None and f.identity.year is not None:
            groups[f.identity.meeting_id].append(f)
    renamed = {}
    for meeting_id, mentions in groups.items():
        written = [" ".join(doc.text[f.start:f.end].split()) for f in sorted(mentions, key=lambda f: f.start)]
        if not any(_ACRONYM_WORD.search(w) for w in written):
            name = f"{_LEADING_ARTICLE.sub('', written[0])} {mentions[0].identity.year}"
            renamed[meeting_id] = replace(mentions[0].identity, meeting_id=slugify(name), name=name)
    return [replace(f, identity=renamed[f.identity.meeting_id]) if f.identity and f.identity.meeting_id in renamed
            else f for f in found]
