"""Summits described rather than named: "the 12th summit between ASEAN and China, Japan and South Korea", "a summit
between South Korean President Lee Myung-bak and the leaders of the ASEAN", "hội nghị cấp cao giữa ASEAN và Hàn Quốc".

The language data (models/meetings/<lang>.yaml `described_summits`) gives the shapes (regexes with a group `side`, the
partner's side of the summit, and an optional `ordinal`), the partners' adjectives ("South Korean") beside their
names (`partners`), and the groupings a set of partners makes (China, Japan and Korea: the ASEAN Plus Three). One
partner makes the ASEAN+1 summit with it (`ASEAN-<XX>`); a set that is no grouping makes nothing.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator


class DescribedSummits:
    """Finds described summits: (start, end, series, ordinal as written or None)."""

    def __init__(self, data: dict, expand: Callable[[str], str]):
        spec = data.get("described_summits") or {}
        words = dict(data.get("partners") or {})
        adjectives = spec.get("partner_adjectives") or {}
        self.partners = []
        for code in {**words, **adjectives}:
            either = "|".join(f"(?:{rx})" for rx in (adjectives.get(code), words.get(code)) if rx)
            self.partners.append((code, re.compile(rf"(?<!\w)(?:{either})(?!\w)")))
        adjective = "|".join(f"(?:{rx})" for rx in sorted(adjectives.values(), key=len, reverse=True)) or "(?!)"
        self.patterns = [re.compile(expand(p.replace("{adjective}", f"(?:{adjective})")))
                         for p in spec.get("patterns") or []]
        self.groupings = {frozenset(codes): series for series, codes in (spec.get("groupings") or {}).items()}

    def find(self, text: str) -> Iterator[tuple[int, int, str, str | None]]:
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                series = self.series_of(m.group("side"))
                if series is not None:
                    ordinal = m.group("ordinal") if "ordinal" in pattern.groupindex else None
                    yield m.start(), m.end(), series, ordinal

    def series_of(self, side: str) -> str | None:
        """The summit's series from the partners its side names: one partner, or a grouping's set."""
        codes = frozenset(code for code, pattern in self.partners if pattern.search(side))
        if len(codes) == 1:
            return f"ASEAN-{next(iter(codes))}"
        return self.groupings.get(codes)
