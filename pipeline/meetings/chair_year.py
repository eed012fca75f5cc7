"""The year an undated article speaks from, when it names the year of ASEAN's chair ("Laos as the Chair of Asean for
2024", "Campuchia, nước Chủ tịch ASEAN 2012"): a year is chaired by one country, and an article naming one chair's
year, and no other, speaks of that year. Only for articles with no date and no page header giving a year.

Reads the `chair_cues` of models/meetings/<lang>.yaml that carry a group `year`."""
from __future__ import annotations

import re

from ..document import Document


class ChairYear:
    def __init__(self, cues: list[str]):
        self.cues = [p for p in (re.compile(c, re.IGNORECASE) for c in cues) if "year" in p.groupindex]

    def __call__(self, doc: Document) -> Document:
        if doc.article_year is not None:
            return doc
        years = {int(m.group("year")) for p in self.cues for m in p.finditer(doc.text) if m.group("year")}
        if len(years) == 1:
            doc.page_month = (years.pop(), 0)      # the article's year; no month known
        return doc
