"""Words pointing a sentence at another year than its meeting's ("last year", "kỷ niệm", "anniversary"), except
where they only say which anniversary the meeting marks ("diễn ra ... nhân kỷ niệm 30 năm quan hệ đối thoại",
"held ... to mark the 30th anniversary of relations"): a meeting held on an anniversary is held now.

Reads the language data's `other_year_cues` and `marked_anniversaries` (models/meetings/<lang>.yaml)."""
from __future__ import annotations

import re


class OtherYearCues:
    """`search(text, start, end)` as a compiled pattern's, skipping cues inside a marked anniversary."""

    def __init__(self, cues: str, marked: list[str]):
        self.cues = re.compile(cues, re.IGNORECASE)
        self.marked = re.compile("|".join(f"(?:{p})" for p in marked), re.IGNORECASE) if marked else None

    def search(self, text: str, start: int, end: int) -> re.Match | None:
        if self.marked is None:
            return self.cues.search(text, start, end)
        spans = [m.span() for m in self.marked.finditer(text, start, end)]
        return next((m for m in self.cues.finditer(text, start, end)
                     if not any(s0 <= m.start() and m.end() <= s1 for s0, s1 in spans)), None)
