"""Dates: date expressions, ranges and deadlines in English and Vietnamese, and the article's own date.

Reads: `text`, `lang`, `sentences` and `published` of a tokenised document, and the language data in
models/dates/<lang>.yaml. Adds: `dates`, one DateMention per expression in text order (a date, a range
or a deadline phrase, each with its granularity day | month | year), and, when the input gave no date,
`published` from a dateline or an explicit full date at the top. The meetings stage may then fill
`published` from the meeting the article is about (`infer_published`). Never today's date.

Candidates come only from the data file's regexes, so ordinals and meeting numbers ("54th", "AMM-54")
never become years: only four-digit 19xx/20xx numbers do. All-number dates ("6/8/2021", "ngày 24/7") and
ranges are read here (day-first for Vietnamese and for Vietnamese-origin English); so are dates with month
words, from the day, month word or number and year the pattern's blocks matched (dateparser, cached, only
for a pattern that has none of them). A date without a year is anchored to the article's date, else to the
first year the article names, else dropped.
"""
from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Iterator

from ..document import DateMention, Document
from .date_lexicon import DAY, MONTH, YEAR, Candidate, DateLexicon, Parts, date_lexicon

DATE, RANGE, DEADLINE = "date", "range", "deadline"
DMY = "DMY"
# dateparser reads year-less dates against this base (the year is set here afterwards); a leap year,
# so that "29 February" parses.
_PARSE_BASE = datetime(2000, 1, 1)
_CUE_WINDOW = 40           # characters before a date searched for a deadline or month-echo cue
_MAX_DAY_RANGE = 62        # a day range longer than this is a misreading, not a meeting or a period
_KIND_ORDER = {"range": 0, "textual": 1, "numeric": 2, "year": 3}
_DIGITS = re.compile(r"\d+")
_CLAUSE_ENDS = ".;:,()\n"   # where a clause with a cue of the past ("after ...") ends before a year
_WINDOW_PAD = 60           # characters kept on each side of a digit: longer than any prefix or month name


# ---------------------------------------------------------------- the stage

def find_dates(doc: Document, frame_year: int | None = None, article_year: int | None = None) -> Document:
    """Set `doc.dates` and, when the input gave none, `doc.published` from the text. `frame_year`: the year the
    article plainly speaks of when it writes none (that of the numbered meetings it names, from the meetings
    stage), for its year-less dates; `article_year`: the year of an undated article known otherwise (the meeting
    the calendar tells it reports), which frames them before any year the article writes (often history)."""
    lex = date_lexicon(doc.lang)
    order = numeric_order(doc.text, lex)
    readings = [(c, r) for c in candidates(doc.text, lex) if (r := read(c, lex, order))]
    if doc.published is None:
        doc.published = published_from_text(doc.text, readings, lex, order)
    if doc.published is None:
        doc.page_month = page_month(doc.text, lex)
    history = {doc.sentence_of(c.start) for c, _ in readings if c.kind == "year" and _history_cue(doc.text, c.start, lex)}
    dated = [(c, r) for c, r in readings if doc.sentence_of(c.start) not in history]
    reference_year = article_year or first_written_year(doc.text, dated, lex) or frame_year
    # a page header's month ("date 2020-11") anchors year-less dates as a publication date would ("Sáng 14.11")
    reference = doc.published or (date(*doc.page_month, 15) if doc.page_month and not article_year else None)
    mentions = [m for m in (_mention(doc, c, r, lex, reference, reference_year) for c, r in readings) if m]
    relative = [m for m in relative_deadlines(doc, lex)
                if not any(m.start < other.end and other.start < m.end for other in mentions)]
    doc.dates = sorted(mentions + relative, key=lambda m: (m.start, m.end))
    return doc


def relative_deadlines(doc: Document, lex: DateLexicon) -> list[DateMention]:
    """ "within three years", "trước cuối năm nay": deadlines counted from the article's date, when it is known."""
    if doc.published is None:
        return []
    found = []
    for pattern in lex.relative:
        for m in pattern.finditer(doc.text):
            due = _relative_date(m, doc.published, lex)
            if due is not None:
                found.append(DateMention(m.start(), m.end(), m.group(0), due, None, DAY, DEADLINE,
                                         doc.sentence_of(m.start())))
    return found


def _relative_date(m: re.Match, published: date, lex: DateLexicon) -> date | None:
    groups = m.groupdict()
    if groups.get("which") is not None:
        offset = lex.relative_years.get(groups["which"].casefold())
        return date(published.year + offset, 12, 31) if offset is not None else None
    raw, unit = (groups.get("n") or "").casefold(), lex.relative_units.get((groups.get("unit") or "").casefold())
    n = int(raw) if raw.isdigit() else lex.number_words.get(raw)
    if n is None or unit is None:
        return None
    if unit == "day":
        return published + timedelta(days=n)
    if unit == "week":
        return published + timedelta(weeks=n)
    months = n * 12 if unit == "year" else n
    year, month = divmod(published.month - 1 + months, 12)
    year, month = published.year + year, month + 1
    return date(year, month, min(published.day, calendar.monthrange(year, month)[1]))


def days_written(doc: Document) -> list[tuple[int | None, int, int]]:
    """(year or None, month, day) of every day the text writes, with or without its year ("July 23", "ngày 10/10",
    each end of "15-16/2"), deadlines aside: what an undated article says of when, before any year is known."""
    lex = date_lexicon(doc.lang)
    order = numeric_order(doc.text, lex)
    days = []
    for cand in candidates(doc.text, lex):
        reading = read(cand, lex, order)
        if reading is None or _deadline_cue(doc.text, cand.start, lex) is not None:
            continue
        days += [(p.year, p.month, p.day) for p in reading if p is not None and p.granularity == DAY]
    return days


def writes_a_year(doc: Document) -> bool:
    """The article has a date or writes a year of its own: its year-less dates have their frame."""
    return doc.published is not None or any(has_written_year(m, doc.lang) for m in doc.dates if m.kind != DEADLINE)


def infer_published(doc: Document) -> Document:
    """Fill a still-missing `published` from the dates this article gives to the meeting it is about."""
    if doc.published is not None or not doc.meetings:
        return doc
    counts = Counter(m.meeting_id for m in doc.meetings)
    main = max(counts, key=lambda mid: (counts[mid], -min(m.start for m in doc.meetings if m.meeting_id == mid)))
    dated = [m for m in doc.meetings if m.meeting_id == main and (m.end_date or m.start_date)]
    if dated:
        doc.published = dated[0].end_date or dated[0].start_date
    return doc


def numeric_order(text: str, lex: DateLexicon) -> str:
    """DMY or MDY for all-number dates: an unambiguous one in the text decides, else the cues, else the default."""
    windows = digit_windows(text)
    for pattern in lex.numeric:
        for m in _scan(pattern, text, windows):
            if m.groupdict().get("n1"):
                first, second = int(m.group("n1")), int(m.group("n2"))
                if first > 12 >= second:
                    return DMY
                if second > 12 >= first:
                    return "MDY"
    if lex.day_first_cue is not None and lex.day_first_cue.search(text):
        return DMY
    return lex.numeric_order


def candidates(text: str, lex: DateLexicon) -> list[Candidate]:
    """Longest non-overlapping pattern matches, left to right."""
    windows = digit_windows(text)
    found = [Candidate(m.start(), m.end(), kind, m)
             for kind, patterns in (("range", lex.ranges), ("textual", lex.textual), ("numeric", lex.numeric),
                                    ("year", (lex.bare_year,)))
             for pattern in patterns for m in _scan(pattern, text, windows)
             if kind != "year" or not _year_in_name(text, m, lex)]
    chosen, taken_until = [], -1
    for cand in sorted(found, key=lambda c: (c.start, c.start - c.end, _KIND_ORDER[c.kind])):
        if cand.start >= taken_until:
            chosen.append(cand)
            taken_until = cand.end
    return chosen


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around its digits: every date expression has one, and scanning only these is
    several times faster than scanning news text whole."""
    windows: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        a, b = max(0, m.start() - _WINDOW_PAD), min(len(text), m.end() + _WINDOW_PAD)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    return windows


def _scan(pattern: re.Pattern, text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match]:
    return (m for a, b in windows for m in pattern.finditer(text, a, b))


def _year_in_name(text: str, match: re.Match, lex: DateLexicon) -> bool:
    """A bare year right after a capitalised word that is not a date word belongs to a name ("Vision 2045"); in a
    language that writes its years after a date word ("năm 1982"), so does one after any other word ("Công ước
    Liên hợp quốc về Luật biển 1982")."""
    if match.start("y") != match.start():
        return False                       # introduced by a date word of the pattern ("năm 2024")
    before = re.search(r"(\w+)[^\w\n]{0,3}$", text[max(0, match.start() - 30):match.start()])
    if not before or before.group(1).isdigit() or before.group(1).casefold() in lex.year_prefixes:
        return False
    return lex.name_year_after_any_word or before.group(1)[0].isupper()


def _history_cue(text: str, start: int, lex: DateLexicon) -> bool:
    """A date right after a word that starts a time lasting until now ("since 1989", "từ năm 1989"): the sentence
    tells a history, and its years are not the time the article speaks of."""
    if lex.history_cue is not None and lex.history_cue.search(text, max(0, start - _CUE_WINDOW), start):
        return True
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_ENDS) + 1
    return lex.past_clause_cue is not None and lex.past_clause_cue.search(text, clause, start) is not None


# ---------------------------------------------------------------- reading one expression

def read(cand: Candidate, lex: DateLexicon, order: str) -> tuple[Parts, Parts | None] | None:
    """(first, last) parts of a range, or (parts, None) of a single date; None if it is not a real date."""
    if cand.kind != "range":
        parts = _single(cand.kind, cand.match, lex, order)
        return (parts, None) if parts else None
    m, base = cand.match, cand.match.start()
    text = m.group(0)
    (f0, f1), (s0, s1) = ((a - base, b - base) for a, b in (m.span("first"), m.span("second")))
    # the shared rest of the expression belongs to both ends: "2 - 6/8/2021" -> "2/8/2021", "6/8/2021"
    first, last = parse_single(text[:f1] + text[s1:], lex, order), parse_single(text[:f0] + text[s0:], lex, order)
    if first is None or last is None or first.granularity != last.granularity:
        return None
    if first.year is None and last.year is not None:
        first = replace(first, year=last.year)
    return first, last


def parse_single(text: str, lex: DateLexicon, order: str) -> Parts | None:
    """The parts of the longest single date found in `text`."""
    found = [(m.end() - m.start(), kind, m) for kind, patterns in
             (("textual", lex.textual), ("numeric", lex.numeric), ("year", (lex.bare_year,)))
             for pattern in patterns for m in pattern.finditer(text)]
    if not found:
        return None
    _, kind, match = max(found, key=lambda f: (f[0], -_KIND_ORDER[f[1]]))
    return _single(kind, match, lex, order)


def _single(kind: str, match: re.Match, lex: DateLexicon, order: str) -> Parts | None:
    if kind == "year":
        return Parts(int(match.group("y")))
    if kind == "numeric":
        return _numeric_parts(match.groupdict(), order)
    written = match.group(0)
    groups = match.groupdict()
    if groups.get("tmw") is not None:
        parts = _textual_parts(groups, lex)
        return _month_echo(parts, match, lex) if parts else None
    parseable = lex.parse_skip.sub("", written) if lex.parse_skip else written
    parts = _dateparser_parts(parseable, lex.lang, lex.numeric_order)
    if parts is None:
        return None
    if not lex.written_year.search(written):
        parts = replace(parts, year=None)
    return _month_echo(parts, match, lex)


def _textual_parts(groups: dict, lex: DateLexicon) -> Parts | None:
    """The date a month-word pattern matched: its day, month (the word's own, or the number after it) and year;
    None for a day the month does not have (a year-less date is checked in a leap year)."""
    month = lex.month_numbers.get(groups["tmw"].casefold())
    if month is None:
        month = int(groups["tmn"]) if groups.get("tmn") else None
    if month is None:
        return None
    year = int(groups["ty"]) if groups.get("ty") else None
    if not groups.get("td"):
        return Parts(year, month)
    day = int(_DIGITS.match(groups["td"]).group())
    if not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return Parts(year, month, day)


def _numeric_parts(groups: dict, order: str) -> Parts | None:
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("m"):
        return Parts(year, int(groups["m"]))
    first, second = int(groups["n1"]), int(groups["n2"])
    day, month = (first, second) if order == DMY else (second, first)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return Parts(year, month, day)


@functools.lru_cache(maxsize=8192)
def _dateparser_parts(text: str, lang: str, date_order: str) -> Parts | None:
    """dateparser's reading of one candidate string; cached: the same strings recur across articles.
    The year of a year-less string is meaningless here (it is anchored later), so the article's
    reference date is not part of the key."""
    data = _dateparser(lang, date_order).get_date_data(text.strip(" ,.;:()"))   # edge punctuation confuses it
    if data is None or data.date_obj is None:
        return None
    value, period = data.date_obj.date(), data.period
    if period == YEAR:
        return Parts(value.year)
    if period == MONTH:
        return Parts(value.year, value.month)
    return Parts(value.year, value.month, value.day)


@functools.cache
def _dateparser(lang: str, date_order: str):
    from dateparser.date import DateDataParser  # lazy: dateparser loads its language data on import

    return DateDataParser(languages=[lang], settings={
        "PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": _PARSE_BASE, "DATE_ORDER": date_order})


def _month_echo(parts: Parts, match: re.Match, lex: DateLexicon) -> Parts:
    """'in April 4' is a machine translation of 'vào tháng 4': the 4 repeats April's number."""
    if lex.month_echo is None or parts.day != parts.month:
        return parts
    window = match.string[max(0, match.start() - _CUE_WINDOW):match.start()]
    return replace(parts, day=None) if lex.month_echo.search(window) else parts


# ---------------------------------------------------------------- anchoring and records

def anchor(parts: Parts, reference: date | None, reference_year: int | None) -> Parts | None:
    """Give a year-less date the year that puts it closest to the reference date (else the reference year)."""
    if parts.year is not None:
        return parts
    if reference is not None:
        options = [replace(parts, year=y) for y in (reference.year - 1, reference.year, reference.year + 1)]
        options = [p for p in options if _valid(p)]
        return min(options, key=lambda p: abs((p.first_day() - reference).days)) if options else None
    if reference_year is not None:
        anchored = replace(parts, year=reference_year)
        return anchored if _valid(anchored) else None
    return None


def _valid(parts: Parts) -> bool:
    try:
        parts.first_day()
    except ValueError:
        return False
    return True


def first_written_year(text: str, readings: list, lex: DateLexicon) -> int | None:
    """The first year the article names outside deadlines and periods of years: the frame of its year-less dates.
    A period ("Kế hoạch công tác giai đoạn 2007-2017", "the 2021-2025 plan") spans a plan, not the article's time."""
    for cand, (first, last) in readings:
        period = last is not None and first.granularity == YEAR
        if first.year is not None and not period and not _deadline_cue(text, cand.start, lex):
            return first.year
    return None


def _mention(doc: Document, cand: Candidate, reading: tuple[Parts, Parts | None], lex: DateLexicon,
             reference: date | None, reference_year: int | None) -> DateMention | None:
    first = anchor(reading[0], reference, reference_year)
    last = anchor(reading[1], reference, reference_year) if reading[1] else None
    if first is None or (reading[1] is not None and last is None):
        return None
    if last is not None:
        if reading[1].year is None and last.first_day() < first.first_day():
            last = replace(last, year=last.year + 1)              # "30 December - 2 January"
        span = (last.last_day() - first.first_day()).days
        if span < 0 or (first.granularity == DAY and span > _MAX_DAY_RANGE):
            return None
        return DateMention(cand.start, cand.end, cand.match.group(0), first.first_day(), last.last_day(),
                           first.granularity, RANGE, doc.sentence_of(cand.start))
    cue = _deadline_cue(doc.text, cand.start, lex)
    start, kind = (cue, DEADLINE) if cue is not None else (cand.start, DATE)
    return DateMention(start, cand.end, doc.text[start:cand.end], first.first_day(), None, first.granularity, kind,
                       doc.sentence_of(start))


def _deadline_cue(text: str, start: int, lex: DateLexicon) -> int | None:
    """Start of a deadline cue ending right before `start` ("until 2025"), else None."""
    m = lex.deadline_cue.search(text, max(0, start - _CUE_WINDOW), start)
    return m.start("cue") if m else None


def published_from_text(text: str, readings: list, lex: DateLexicon, order: str) -> date | None:
    """The article's date from a dateline, else from the first full date (with its year) near the top."""
    dateline = dateline_date(text, lex, order)
    if dateline is not None:
        return dateline
    for cand, (first, last) in readings:
        if cand.start >= lex.lead_chars:
            break
        final = last or first
        if final.granularity == DAY and first.year is not None and final.year is not None \
                and _deadline_cue(text, cand.start, lex) is None:
            return final.last_day()
    return None


def page_month(text: str, lex: DateLexicon) -> tuple[int, int] | None:
    """(year, month) of a page header that gives no day ("date 2019-05" at the top): the time the article speaks
    from, too coarse for its `published` date."""
    lead = text[:lex.lead_chars]
    for pattern in lex.page_months:
        m = pattern.search(lead)
        if m and 1 <= int(m.group("month")) <= 12:
            return int(m.group("year")), int(m.group("month"))
    return None


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def dateline_date(text: str, lex: DateLexicon, order: str) -> date | None:
    """The full date of a dateline at the top of the text, if there is one."""
    lead = text[:lex.lead_chars]
    for pattern in lex.datelines:
        m = pattern.search(lead)
        if m and "iso" in pattern.groupindex:
            return _iso_date(m.group("iso"))
        written = m.group("date") if m else None
        if written and written.isupper():           # "MANILA, AUGUST 3, 2007": a dateline in capitals
            written = written.title()
        parts = parse_single(written, lex, order) if written else None
        if parts is not None and parts.year is not None and parts.granularity == DAY:
            return parts.first_day()
    return None


# ---------------------------------------------------------------- helpers for later stages

def deadline_for(mention: DateMention) -> date:
    """The day a deadline falls on: the last day it covers ("until 2025" -> 2025-12-31)."""
    if mention.end_value is not None:
        return mention.end_value
    parts = Parts(mention.value.year, None if mention.granularity == YEAR else mention.value.month,
                  mention.value.day if mention.granularity == DAY else None)
    return parts.last_day()


def deadline_in(doc: Document, start: int, end: int) -> DateMention | None:
    """The first deadline phrase ("by 2030", "đến năm 2030") inside text[start:end]."""
    return next((m for m in doc.dates if m.kind == DEADLINE and start <= m.start and m.end <= end), None)


def vague_deadline_in(doc: Document, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, text) of a deadline without a date ("as soon as possible") inside text[start:end]."""
    m = date_lexicon(doc.lang).vague.search(doc.text, start, end)
    return (m.start(), m.end(), m.group(0)) if m else None


def has_written_year(mention: DateMention, lang: str) -> bool:
    return bool(date_lexicon(lang).written_year.search(mention.text))


def with_year(mention: DateMention, year: int, lang: str) -> DateMention:
    """The mention moved to `year` when the text did not write one (a meeting's calendar year knows better)."""
    if has_written_year(mention, lang) or mention.value.year == year:
        return mention
    shift = year - mention.value.year
    try:
        value = mention.value.replace(year=year)
        end_value = mention.end_value.replace(year=mention.end_value.year + shift) if mention.end_value else None
    except ValueError:                     # 29 February in a common year
        return mention
    return replace(mention, value=value, end_value=end_value)
