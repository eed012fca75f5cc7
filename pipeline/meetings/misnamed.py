"""Numbered meetings that news calls by another series' name (gold policy, "wrong series name"): "Hội nghị Cấp cao
Đông Á lần thứ 14" held on the last day of the 57th AMM is the 14th EAS Foreign Ministers' Meeting, not the 14th East
Asia Summit, five years earlier. The series that may be misnamed so are models/meetings/series.yaml `misnamed_as`.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .sentence_facts import sentence_year
from .series import SeriesBook


def renamed_by_year(doc: Document, found: list, book: SeriesBook) -> list:
    """Each numbered mention of a misnamed series whose meeting falls outside the one year the article's other
    numbered meetings frame, with its date if it has one (its sentence writing no other year), when the meeting of
    the same number of the series it stands for falls in that year: that meeting."""
    real_of = {s.misnamed_as: s.code for s in book.series.values() if s.misnamed_as}
    if not real_of:
        return found
    renamed = []
    for f in found:
        ident = f.identity
        real = real_of.get(ident.series) if ident is not None and ident.ordinal is not None else None
        if real is not None:
            frame = _frame_years(doc, found, ident.meeting_id, book)
            year = frame.pop() if len(frame) == 1 else None
            written = sentence_year(doc, f.start)
            if year is not None and written in (None, year) \
                    and book.year_of_meeting(ident.meeting_id, ident.series, ident.ordinal) not in (None, year) \
                    and book.year_of_meeting(f"{real}-{ident.ordinal}", real, ident.ordinal) == year:
                f = replace(f, identity=book.identify(real, ordinal=ident.ordinal))
        renamed.append(f)
    return _same_name_same_meeting(renamed, found, real_of, book)


def _same_name_same_meeting(renamed: list, found: list, real_of: dict[str, str], book: SeriesBook) -> list:
    """An article that calls a meeting by another series' name does so throughout: its other mentions of that name
    ("Hội nghị Cấp cao Đông Á (EAS) ... hôm nay đã khai mạc", given the article's year) are the real series' meeting
    of their year."""
    moved = {before.identity.series for before, after in zip(found, renamed)
             if before.identity is not None and after.identity is not before.identity}
    kept = []
    for f in renamed:
        ident = f.identity
        if ident is not None and ident.series in moved and ident.year is not None:
            f = replace(f, identity=book.identify(real_of[ident.series], year=ident.year))
        kept.append(f)
    return kept


def _frame_years(doc: Document, found: list, meeting_id: str, book: SeriesBook) -> set[int]:
    years = {book.year_of_meeting(o.identity.meeting_id, o.identity.series, o.identity.ordinal) for o in found
             if o.identity is not None and o.identity.ordinal is not None and o.identity.meeting_id != meeting_id}
    years.discard(None)
    if years and doc.article_year is not None:
        years.add(doc.article_year)         # the article's date alone frames nothing: it may be a page's later date
    return years
