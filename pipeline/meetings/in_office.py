"""The years an article can speak from, by the officials it names with their titles: "Prime Minister Hun Sen",
"Thủ tướng Nguyễn Xuân Phúc" are written while that person holds that office (models/kb/people.yaml `offices`, with
the title keys of kb/titles.yaml). A title for a past office ("former President", "nguyên Thủ tướng", "then-Foreign
Minister") says nothing of now, and a name without its title may be a past holder named in passing.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..kb import knowledge_base
from ..resources import as_date, load_data

TITLE_REACH = 60       # characters before a name searched for its title


@dataclass(frozen=True)
class Terms:
    """The periods one titled person held the office the article gives him or her: years inside any of them fit."""
    periods: tuple[tuple[int, int | None], ...]      # (first year, last year or None while in office)

    def fit(self, year: int) -> bool:
        return any(first <= year and (last is None or year <= last) for first, last in self.periods)


class InOffice:
    """`former`: words of one language that put the title after them in the past (models/meetings/<lang>.yaml
    `former_cues`)."""

    def __init__(self, former: list[str]):
        self.former = re.compile(rf"(?<!\w)(?:{'|'.join(former)})[\s-]*$", re.IGNORECASE) if former else None
        self.titles = title_patterns()

    def terms(self, text: str) -> list[Terms]:
        """The office periods of each known person the text names right after the title of an office held."""
        found = []
        for match in knowledge_base().find(text):
            offices = match.entry.extra.get("offices") if match.entry.label == "PERSON" else None
            if not offices:
                continue
            before = text[max(0, match.start - TITLE_REACH):match.start]
            title = self._title_written(before)
            periods = [(as_date(o["from"]).year, o.get("to") and as_date(o["to"]).year)
                       for o in offices if o["title"] == title]
            if periods:
                found.append(Terms(tuple(periods)))
        return found

    def _title_written(self, before: str) -> str | None:
        """The key of the longest title ending right before a name ("Deputy Prime Minister", not "Prime Minister"),
        unless a word puts it in the past."""
        states = [m for m in knowledge_base().find(before) if m.entry.label == "GPE" and not before[m.end:].strip()]
        if states:                                   # "Tổng thống Hàn Quốc Yoon Suk Yeol", "Thủ tướng Campuchia Hun Sen"
            before = before[:states[-1].start]
        written = [(m.start(), key) for key, pattern in self.titles.items() if (m := pattern.search(before))]
        if not written:
            return None
        start, key = min(written)
        return None if self.former is not None and self.former.search(before, 0, start) else key


@functools.cache
def title_patterns() -> dict[str, re.Pattern]:
    """Per title key of kb/titles.yaml: its forms in both languages, ending right before a name."""
    patterns = {}
    for entry in load_data("kb/titles.yaml")["entries"]:
        forms = sorted({*(entry.get("en") or []), *(entry.get("vi") or [])}, key=len, reverse=True)
        patterns[entry["key"]] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")\s*,?\s*$",
                                            re.IGNORECASE)
    return patterns
