"""The series knowledge and the language files (models/meetings/)."""
from __future__ import annotations

import pytest

from pipeline.meetings import series_book
from pipeline.resources import load_data


def test_language_files_are_parallel_and_use_known_series():
    en, vi = load_data("meetings/en.yaml"), load_data("meetings/vi.yaml")
    book = series_book()
    assert set(en) == set(vi) and set(en["templates"]) == set(vi["templates"])
    for data in (en, vi):
        for key in ("names", "generic_names", "acronyms", "patterns"):
            assert set(data[key] or {}) <= set(book.series), key
        assert set(data["events"]) == set(book.events)
    contract = {"AMM", "SUMMIT", "EAS", "EAS-FMM", "APT", "APT-FMM", "ARF", "PMC", "SOM", "ADMM", "ADMM-PLUS", "AEM",
                "APSC", "ACC"}
    assert contract <= set(book.series)


@pytest.mark.parametrize("code, ordinal, year", [
    ("AMM", 1, 1968), ("AMM", 51, 2018), ("AMM", 57, 2024),
    ("SUMMIT", 16, 2010), ("SUMMIT", 17, 2010), ("SUMMIT", 38, 2021), ("SUMMIT", 43, 2023), ("SUMMIT", 45, 2024),
    ("EAS", 4, 2009), ("EAS", 18, 2023), ("ARF", 1, 1994), ("ARF", 31, 2024), ("APT-FMM", 25, 2024),
    ("EAS-FMM", 14, 2024), ("SUMMIT", 10, 2004), ("ADMM", 17, 2023),   # irregular series: from the meetings calendar
    ("SUMMIT", 5, None), ("ADMM", 40, None),      # before the calendar, or not held yet: no year
])
def test_series_calendars(code, ordinal, year):
    assert series_book().identify(code, ordinal=ordinal).year == year


def test_a_series_named_by_its_year_takes_the_place_its_meetings_of_that_year_share():
    book = series_book()
    held = book.known_meeting("SUMMIT-2024", "SUMMIT")          # the 44th and 45th, both in Vientiane
    assert (held.city, held.country, held.chair, held.start_date, held.end_date) == ("Vientiane", "LA", "LA", None, None)
    assert book.known_meeting("SUMMIT-2007", "SUMMIT") is None    # Cebu in January, Singapore in November
    assert book.known_meeting("SUMMIT-1960", "SUMMIT") is None    # none held
