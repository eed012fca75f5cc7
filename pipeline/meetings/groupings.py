"""A grouping's name with its members listed beside it: "ASEAN+3 (China, Japan, South Korea)", "the 25th ASEAN Plus
Three-China, Japan, South Korea-summit", "ASEAN+3 (Trung Quốc, Nhật Bản, Hàn Quốc)".

The list only spells the grouping out: it is masked (blanked, offsets kept) so that the name around it reads whole
("25th ASEAN Plus Three ... summit"), and a bare grouping name so spelled out in a list of meetings is the grouping's
meeting (its leaders', or its foreign ministers' where the sentence speaks of them, as "ASEAN+1 (partners)").

Reads the language data's `grouping_asides` ({grouping: [shapes with groups `mention`, `aside` and {partners}]}),
`grouping_ministers` ({grouping: its foreign ministers' series}), `grouping_frames` (words making the name a
framework: "SOM ... trong khuôn khổ ASEAN+3 (...)") and `described_summits.groupings` (the members)."""
from __future__ import annotations

import re
from typing import Callable, Iterator


class GroupingAsides:
    def __init__(self, data: dict, expand: Callable[[str], str], partners: list[tuple[str, re.Pattern]]):
        self.shapes = [(code, re.compile(expand(s))) for code, shapes in (data.get("grouping_asides") or {}).items()
                       for s in shapes]
        self.members = {code: set(codes) for code, codes in
                        ((data.get("described_summits") or {}).get("groupings") or {}).items()}
        self.ministers = data.get("grouping_ministers") or {}
        self.series = {*self.members, *self.ministers.values()}     # one meeting a year, held beside the AMM or Summit
        self.partners = partners
        frames = data.get("grouping_frames") or []     # "trong khuôn khổ ASEAN+3 (...)": a framework, no meeting
        self.framed = re.compile("(?:" + "|".join(frames) + r")\s*$", re.IGNORECASE) if frames else None

    def _spelled_out(self, text: str) -> Iterator[tuple[str, re.Match]]:
        for code, shape in self.shapes:
            for m in shape.finditer(text):
                p0, p1 = m.span("partners")
                named = {c for c, pattern in self.partners if pattern.search(text, p0, p1)}
                if named and named == self.members.get(code):
                    yield code, m

    def mask(self, text: str) -> str:
        """The text with each grouping's spelled-out member list blanked, offsets kept."""
        for _, m in list(self._spelled_out(text)):
            a0, a1 = m.span("aside")
            text = text[:a0] + " " * (a1 - a0) + text[a1:]
        return text

    def listed(self, text: str, ministers_speak: Callable[[str, int], bool]) -> Iterator[tuple[int, int, str]]:
        """(start, end, series) of each spelled-out grouping name: the grouping's meeting."""
        for code, m in self._spelled_out(text):
            start, end = m.span("mention")
            if self.framed is not None and self.framed.search(text, max(0, start - 40), start):
                continue
            series = self.ministers.get(code, code) if ministers_speak(text, end) else code
            yield start, end, series
