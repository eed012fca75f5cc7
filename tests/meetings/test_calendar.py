"""The meetings calendar (models/meetings/calendar.yaml): internally consistent, and read as the series
knowledge it is (meetings/calendar.py, meetings/series.py)."""
from __future__ import annotations

from collections import defaultdict

import pytest

from pipeline.meetings import series_book
from pipeline.meetings.calendar import meetings_calendar
from pipeline.resources import load_data

RAW = load_data("meetings/calendar.yaml")
ROWS = list(meetings_calendar().rows.values())
REQUIRED = {"AMM", "SUMMIT", "EAS", "ARF", "APT", "ADMM", "ADMM-PLUS", "AEM"}


def test_every_row_is_well_formed_and_sourced():
    ids = [raw["id"] for raw in RAW["meetings"]]
    assert len(ids) == len(set(ids))
    for raw in RAW["meetings"]:
        assert raw["id"] == f"{raw['series']}-{raw['ordinal']}"
        facts = [raw.get(k) for k in ("start_date", "end_date", "city", "country", "chair")]
        assert raw.get("source") or not any(facts), raw["id"]              # no fact without its page
        for key in ("country", "chair"):
            assert raw.get(key) is None or (len(raw[key]) == 2 and raw[key].isupper()), raw["id"]


def test_dates_run_forward_and_ordinals_follow_years():
    by_series = defaultdict(list)
    for row in ROWS:
        assert row.start_date is None or row.end_date is None or row.start_date <= row.end_date, row.meeting_id
        by_series[row.series].append(row)
    for series, rows in by_series.items():
        dated = sorted((r for r in rows if r.start_date), key=lambda r: r.ordinal)
        assert [r.start_date for r in dated] == sorted(r.start_date for r in dated), series


@pytest.mark.parametrize("series", sorted(REQUIRED))
def test_every_numbered_meeting_since_2000_is_listed_without_gaps(series):
    ordinals = sorted(r.ordinal for r in ROWS if r.series == series)
    assert ordinals == list(range(ordinals[0], ordinals[-1] + 1)), series
    first = min((r for r in ROWS if r.series == series), key=lambda r: r.ordinal)
    # the list starts at the series' first meeting, or at its first meeting since 2000 (the row may be undated;
    # 2000 held only an informal summit, outside the numbering)
    assert first.ordinal == 1 or first.year is None or first.year <= 2001, series
    assert max(r.year or 0 for r in ROWS if r.series == series) >= 2024


def test_cities_and_countries_agree_with_the_series_knowledge():
    book = series_book()
    for row in ROWS:
        year = book.series[row.series].year_of(row.ordinal)
        assert year is None or row.year is None or year == row.year, row.meeting_id


@pytest.mark.parametrize("code, year, meeting_id", [
    ("ADMM-PLUS", 2023, "ADMM-PLUS-10"),      # irregular numbering: the calendar knows the one of that year
    ("ADMM", 2023, "ADMM-17"),
    ("AEM", 2023, "AEM-55"),
    ("SUMMIT", 2023, "SUMMIT-2023"),          # two that year: the year stays the id
    ("SOM", 2022, "SOM-2022"),                # a series without numbering
])
def test_a_year_names_the_meeting_the_calendar_knows(code, year, meeting_id):
    assert series_book().identify(code, year=year).meeting_id == meeting_id
