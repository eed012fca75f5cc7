"""What a meeting mention's sentence says of it: the day, month or year written nearest (deadlines aside), and
its city as either language writes it."""
from __future__ import annotations

import functools
import re
from datetime import date

from ..document import DateMention, Document
from ..kb import knowledge_base
from ..stages.dates import has_written_year


@functools.cache
def city_pattern(city: str) -> re.Pattern:
    """A city as written in either language: its knowledge-base names, whole words, case as written."""
    entry = knowledge_base().lookup(city)
    names = {city, *(entry.aliases if entry is not None else ())}
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


def sentence_day(doc: Document, offset: int) -> date | None:
    """The day date nearest `offset` in its sentence (deadlines aside)."""
    nearest = _nearest_date(doc, offset, lambda m: m.granularity == "day")
    return nearest.value if nearest else None


def sentence_month(doc: Document, offset: int) -> date | None:
    """The first day of the month date nearest `offset` in its sentence (deadlines aside)."""
    nearest = _nearest_date(doc, offset, lambda m: m.granularity == "month")
    return nearest.value if nearest else None


def sentence_year(doc: Document, offset: int) -> int | None:
    """The written year nearest `offset` in its sentence (deadlines and periods of years aside: "Kế hoạch công tác
    ASEAN+3 giai đoạn 2007-2017" dates a plan): the year of a bare mention."""
    nearest = _nearest_date(doc, offset, lambda m: has_written_year(m, doc.lang)
                            and not (m.kind == "range" and m.granularity == "year"))
    return nearest.value.year if nearest else None


def _nearest_date(doc: Document, offset: int, keep) -> DateMention | None:
    sentence = doc.sentence_of(offset)
    dates = [m for m in doc.dates if m.sentence == sentence and m.kind != "deadline" and keep(m)]
    return min(dates, key=lambda m: abs(m.start - offset)) if dates else None
