"""One meeting named two ways in an article. A meeting named by the article's year ("the ASEAN-US Summit on November 18" in an article of 2011) is the one
numbered meeting of its series the article names ("the Third ASEAN-US Summit"), when the series knowledge cannot
date that numbered meeting (two counts of the series disagree) and the article names no other of the series: the
article speaks of one meeting, not of two."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..document import Document
from .calendar import held_near
from .sentence_facts import sentence_day


def same_as_undated_numbered(doc: Document, found: list) -> list:
    """`found`: resolved mentions (meetings/mentions.py Found), each with its identity."""
    numbered = defaultdict(set)
    for f in found:
        if f.identity.ordinal is not None:
            numbered[f.identity.series].add(f.identity)
    resolved = []
    for f in found:
        same = numbered.get(f.identity.series, set())
        year_id = f.identity.ordinal is None and f.identity.meeting_id == f"{f.identity.series}-{f.identity.year}"
        if year_id and f.identity.year == doc.article_year and len(same) == 1 and next(iter(same)).year is None:
            f = replace(f, identity=next(iter(same)))
        resolved.append(f)
    return resolved


def same_year_as_named(found: list) -> list:
    """A meeting named by its year ("Hội nghị Cấp cao ASEAN" in a sentence of 2013) is the numbered one of
    the same series and year the article also names ("lần thứ 22"), when it names exactly one."""
    numbered = defaultdict(set)
    for f in found:
        if f.identity.ordinal is not None and f.identity.year is not None:
            numbered[f.identity.series, f.identity.year].add(f.identity)
    resolved = []
    for f in found:
        same = numbered.get((f.identity.series, f.identity.year), set())
        year_id = f.identity.meeting_id == f"{f.identity.series}-{f.identity.year}"     # not a slug meeting
        if year_id and f.identity.ordinal is None and len(same) == 1:
            f = replace(f, identity=next(iter(same)))
        resolved.append(f)
    return resolved


def same_day_as_named_one_off(doc: Document, found: list, calendar) -> list:
    """A series named by its year on a day the calendar holds one of its one-off summits ("Hội nghị Cấp cao ASEAN-Hoa
    Kỳ diễn ra ... 16-2 tại Sunnylands" in 2016) is that summit, when the article also names it by its own name
    ("Hội nghị Cấp cao đặc biệt ASEAN-Hoa Kỳ"), and only that one of its series and year."""
    named = defaultdict(set)
    for f in found:
        if f.special and f.identity.year is not None:
            named[f.identity.series, f.identity.year].add(f.identity)
    resolved = []
    for f in found:
        ident = f.identity
        same = named.get((ident.series, ident.year), set())
        year_id = ident.ordinal is None and ident.meeting_id == f"{ident.series}-{ident.year}"
        day = sentence_day(doc, f.start) if year_id and len(same) == 1 else None
        if day is not None and any(o.series == ident.series and held_near(o, day, 1) for o in calendar.one_offs):
            f = replace(f, identity=next(iter(same)))
        resolved.append(f)
    return resolved
