"""Officials named with the titles they held as evidence of an undated article's years (meetings/in_office.py)."""
from __future__ import annotations

import pytest

from pipeline.meetings import meeting_finder


def periods(lang: str, text: str) -> list[tuple]:
    return [t.periods for t in meeting_finder(lang).calendar_year.in_office.terms(text)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Prime Minister Nguyen Tan Dung spoke.", [((2006, 2016),)]),
    ("vi", "Thủ tướng Nguyễn Tấn Dũng phát biểu.", [((2006, 2016),)]),
    # a country's name between the title and the name
    ("vi", "Tổng thống Indonesia Joko Widodo phát biểu.", [((2014, 2024),)]),
    ("en", "Indonesian President Joko Widodo and US Secretary of State Antony Blinken met.",
     [((2014, 2024),), ((2021, 2025),)]),
    # two terms of one office
    ("en", "Prime Minister Hun Sen said.", [((1985, 1993), (1998, 2023))]),
])
def test_a_titled_official_gives_the_years_of_that_office(lang, text, expected):
    assert periods(lang, text) == expected


@pytest.mark.parametrize("lang, text", [
    # a past office
    ("en", "Former Prime Minister Nguyen Tan Dung spoke."),
    ("en", "Then-President Barack Obama launched the policy."),
    ("vi", "Nguyên Thủ tướng Nguyễn Tấn Dũng phát biểu."),
    ("vi", "Cựu Tổng thống Barack Obama phát biểu."),
    # another office than the one recorded ("Deputy Prime Minister" is not "Prime Minister")
    ("en", "Deputy Prime Minister Nguyen Tan Dung spoke."),
    ("vi", "Phó Thủ tướng Nguyễn Tấn Dũng phát biểu."),
    # a name without its title may be a past holder named in passing
    ("en", "Joko Widodo's policy was recalled."),
    ("vi", "Chính sách của Joko Widodo được nhắc lại."),
])
def test_no_years_from_a_past_or_other_office_or_no_title(lang, text):
    assert periods(lang, text) == []
