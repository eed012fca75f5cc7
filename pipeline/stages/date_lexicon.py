"""The date patterns of one language, compiled from models/dates/<lang>.yaml, and what a date reading holds.

The data file gives regex blocks ({day}, {month}, {mon}, {year}, {num}, {to}) and the patterns built from them;
the patterns of a single date with a month word get the day, month word, month number and year in groups of
their own, so that the engine reads them without a date parser.
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, field
from datetime import date

from ..resources import load_data

DAY, MONTH, YEAR = "day", "month", "year"
_PLACEHOLDER = re.compile(r"\{(month|day|year|num|mon|to)\}")
TEXTUAL_GROUPS = {"day": "td", "month": "tmw", "mon": "tmn", "year": "ty"}   # placeholder -> group of a single date


@dataclass(frozen=True)
class Parts:
    """A date as written: the year is None until anchored; month and day None at coarser granularity."""
    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> str:
        return DAY if self.day else MONTH if self.month else YEAR

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str                  # range | textual | numeric | year
    match: re.Match


@dataclass(frozen=True)
class DateLexicon:
    """The compiled patterns of one language's data file."""
    lang: str
    month_numbers: dict[str, int | None]      # casefolded month word -> month; None: its number follows
    ranges: tuple[re.Pattern, ...]
    textual: tuple[re.Pattern, ...]
    numeric: tuple[re.Pattern, ...]
    bare_year: re.Pattern
    written_year: re.Pattern
    year_prefixes: frozenset[str]
    deadline_cue: re.Pattern
    vague: re.Pattern
    numeric_order: str
    day_first_cue: re.Pattern | None
    month_echo: re.Pattern | None
    datelines: tuple[re.Pattern, ...]
    lead_chars: int
    parse_skip: re.Pattern | None
    relative: tuple[re.Pattern, ...] = ()
    page_months: tuple[re.Pattern, ...] = ()     # a page header giving only the year and month ("date 2019-05")
    relative_units: dict = field(default_factory=dict)
    relative_years: dict = field(default_factory=dict)
    number_words: dict = field(default_factory=dict)
    name_year_after_any_word: bool = False       # a bare year after any non-date word belongs to a name
    history_cue: re.Pattern | None = None        # "since": a date after it starts a history, not the article's time
    past_clause_cue: re.Pattern | None = None    # "after": a clause it opens dates a time before the article's

    @classmethod
    def from_disk(cls, lang: str) -> "DateLexicon":
        data = load_data(f"dates/{lang}.yaml")
        flags = re.IGNORECASE if data["case"] == "insensitive" else 0
        blocks = _blocks(data)

        def compile_all(patterns: list[str], extra: int = 0) -> tuple[re.Pattern, ...]:
            return tuple(re.compile(_expand(p, blocks), flags | extra) for p in patterns or [])

        numbers = {str(k).casefold(): int(v) for k, v in (data.get("number_words") or {}).items()}
        numword = "(?:" + "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) + ")"
        relative = tuple(re.compile(p.replace("{numword}", numword)) for p in data.get("relative_deadlines") or [])
        named = _blocks(data, named=True)
        textual = tuple(re.compile(_expand(p, named), flags) for p in data["textual"])
        return cls(lang=lang, month_numbers={str(k).casefold(): v for k, v in data["month_names"].items()},
                   ranges=compile_all(data["ranges"]), textual=textual,
                   numeric=compile_all(data["numeric"]), bare_year=compile_all([data["bare_year"]])[0],
                   written_year=re.compile(blocks["year"]),
                   year_prefixes=frozenset(w.casefold() for w in data["year_prefixes"]),
                   deadline_cue=_ending_cue(data["deadline_cues"]), vague=_phrases(data["vague_deadlines"]),
                   numeric_order=data["numeric_order"],
                   day_first_cue=_phrases(data["day_first_cues"], flags=0) if data["day_first_cues"] else None,
                   month_echo=_ending_cue(data["month_echo_after"]) if data["month_echo_after"] else None,
                   datelines=compile_all(data["datelines"], re.MULTILINE), lead_chars=int(data["lead_chars"]),
                   parse_skip=_phrases(data["parse_skip"]) if data["parse_skip"] else None,
                   relative=relative, number_words=numbers,
                   page_months=compile_all(data.get("page_months"), re.MULTILINE),
                   relative_units={str(k).casefold(): v for k, v in (data.get("relative_units") or {}).items()},
                   relative_years={str(k).casefold(): int(v) for k, v in (data.get("relative_years") or {}).items()},
                   name_year_after_any_word=data.get("bare_year_names") == "after_any_word",
                   history_cue=_ending_cue(data["history_cues"]) if data.get("history_cues") else None,
                   past_clause_cue=_phrases(data["past_clause_cues"]) if data.get("past_clause_cues") else None)


def _blocks(data: dict, named: bool = False) -> dict[str, str]:
    """Each placeholder's regex; `named` (a single date: each block at most once) puts the day, month word,
    month number and year in groups the engine reads (TEXTUAL_GROUPS)."""
    months = sorted(data["month_names"], key=len, reverse=True)
    symbols = [re.escape(c) for c in data["range_connectors"] if not c[0].isalpha()]
    words = [rf"\b{re.escape(c)}\b" for c in data["range_connectors"] if c[0].isalpha()]
    blocks = {"month": "(?:" + "|".join(map(re.escape, months)) + r")\b", "day": data["day"], "year": data["year"],
              "num": data["num"], "mon": data["month_number"], "to": "(?:" + "|".join(symbols + words) + ")"}
    if named:
        blocks.update({key: f"(?P<{group}>{blocks[key]})" for key, group in TEXTUAL_GROUPS.items()})
    return blocks


def _expand(pattern: str, blocks: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: blocks[m.group(1)], pattern)


def _phrases(phrases: list[str], flags: int = re.IGNORECASE) -> re.Pattern:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)", flags)


def _ending_cue(phrases: list[str]) -> re.Pattern:
    """A cue that ends the searched window, leaving only spaces before the date."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?P<cue>" + "|".join(re.escape(p) for p in ordered) + r")\s+$", re.IGNORECASE)


@functools.cache
def date_lexicon(lang: str) -> DateLexicon:
    return DateLexicon.from_disk(lang)
