"""The meetings calendar (models/meetings/calendar.yaml): internally consistent, and read as the series
knowledge it is (meetings/calendar.py, meetings/series.py)."""
from __future__ import annotations

from collections import defaultdict

import pytest

from pipeline.kb import knowledge_base
from pipeline.meetings import Places, series_book
from pipeline.meetings.calendar import meetings_calendar
from pipeline.resources import load_data

from .support import annotate, ids, D

RAW = load_data("meetings/calendar.yaml")
ROWS = list(meetings_calendar().rows.values())
REQUIRED = {"AMM", "SUMMIT", "EAS", "ARF", "APT", "ADMM", "ADMM-PLUS", "AEM"}


def test_every_row_is_well_formed_and_sourced():
    ids = [raw["id"] for raw in RAW["meetings"]]
    assert len(ids) == len(set(ids))
    for raw in RAW["meetings"]:
        assert raw["id"] == f"{raw['series']}-{raw['ordinal']}"
        facts = [raw.get(k) for k in ("start_date", "end_date", "city", "country", "chair", "year")]
        assert raw.get("source") or not any(facts), raw["id"]              # no fact without its page
        assert raw.get("year") is None or not (raw.get("start_date") or raw.get("end_date")), raw["id"]  # days say it
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
        yeared = sorted((r for r in rows if r.year), key=lambda r: r.ordinal)      # a stated year alone too
        assert [r.year for r in yeared] == sorted(r.year for r in yeared), series


def test_a_year_stated_without_days_dates_the_meeting():
    from pipeline.meetings.calendar import _row

    row = _row({"id": "AEM-44", "series": "AEM", "ordinal": 44, "year": 2012, "source": "a page"})
    assert (row.year, row.start_date, row.end_date) == (2012, None, None)
    assert _row({"id": "AEM-44", "series": "AEM", "ordinal": 44, "start_date": "2012-08-27"}).year == 2012
    assert _row({"id": "AEM-44", "series": "AEM", "ordinal": 44}).year is None


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


# --- the numbered ASEAN+1 summits (ASEAN with one partner) ---
PLUS_ONE = {"ASEAN-CN", "ASEAN-JP", "ASEAN-KR", "ASEAN-IN", "ASEAN-US", "ASEAN-AU", "ASEAN-UN", "ASEAN-RU"}


@pytest.mark.parametrize("series", sorted(PLUS_ONE))
def test_plus_one_ordinals_have_no_gaps_and_follow_the_years(series):
    rows = sorted((r for r in ROWS if r.series == series), key=lambda r: r.ordinal)
    # an ordinal between two verified ones keeps a row (null when not verified): no silent gap
    assert [r.ordinal for r in rows] == list(range(rows[0].ordinal, rows[-1].ordinal + 1)), series
    dated = [r for r in rows if r.year]
    assert dated, series
    # a later ordinal is never held in an earlier year, and at most two fall in one year
    assert [r.year for r in dated] == sorted(r.year for r in dated), series
    assert all(sum(r.year == y for r in dated) <= 2 for y in {r.year for r in dated}), series
    assert all(r.year is None or 2000 <= r.year <= 2025 for r in rows), series


def test_plus_one_series_are_those_of_the_series_knowledge():
    book = series_book()
    listed = {raw["series"] for raw in RAW["meetings"]} | {raw["series"] for raw in RAW["unnumbered"]}
    for code in listed:
        assert code in book.series, code
    assert PLUS_ONE <= listed
    # no numbered row for a partner whose summits are all commemorative or unnumbered
    assert not {r.series for r in ROWS} & {"ASEAN-NZ", "ASEAN-CA", "ASEAN-EU", "ASEAN-GB"}


def test_unnumbered_entries_say_why():
    for raw in RAW["unnumbered"]:
        assert raw.get("reason") and raw.get("name"), raw
        assert raw.get("source") or not any(raw.get(k) for k in ("start_date", "city", "country")), raw
        # a year only where no day is known, and the same as the year the reason gives; an anniversary in years
        if raw.get("year") is not None:
            assert raw.get("start_date") is None and 2000 <= raw["year"] <= 2030 and str(raw["year"]) in raw["reason"], raw
        if raw.get("anniversary") is not None:
            assert isinstance(raw["anniversary"], int) and 1 <= raw["anniversary"] <= 60, raw
            assert str(raw["anniversary"]) in raw["reason"], raw


def test_the_pipeline_reads_the_unnumbered_meetings():
    from pipeline.meetings.calendar import meetings_calendar

    one_offs = meetings_calendar().one_offs
    assert len(one_offs) == len(RAW["unnumbered"])
    assert {(o.series, o.year, o.anniversary) for o in one_offs if o.anniversary} >= {("ASEAN-US", 2022, 45)}


@pytest.mark.parametrize("code, year, meeting_id", [
    # one numbered summit in the year: its ordinal (tests/gold/README.md, numbered series)
    ("ASEAN-CN", 2023, "ASEAN-CN-26"),
    ("ASEAN-CN", 2000, "ASEAN-CN-4"),
    ("ASEAN-JP", 2022, "ASEAN-JP-25"),
    ("ASEAN-KR", 2018, "ASEAN-KR-20"),
    ("ASEAN-IN", 2010, "ASEAN-IN-8"),
    ("ASEAN-IN", 2022, "ASEAN-IN-19"),
    ("ASEAN-US", 2017, "ASEAN-US-5"),
    ("ASEAN-UN", 2019, "ASEAN-UN-10"),
    ("ASEAN-AU", 2024, "ASEAN-AU-4"),
    # two in the year (10th and 11th ASEAN-China Summits, 2007): the year stays the id
    ("ASEAN-CN", 2007, "ASEAN-CN-2007"),
    # none numbered or none verified that year: the year's id, never a guessed ordinal
    ("ASEAN-IN", 2018, "ASEAN-IN-2018"),        # the New Delhi Commemorative Summit only
    ("ASEAN-KR", 2019, "ASEAN-KR-2019"),        # the Busan Commemorative Summit; no verified numbered one
    ("ASEAN-US", 2011, "ASEAN-US-2011"),        # the earlier count ("Third ASEAN-US Summit") is not listed
    ("ASEAN-US", 2015, "ASEAN-US-2015"),        # ASEAN's 3rd: an ordinal both counts use, left null
    ("ASEAN-AU", 2022, "ASEAN-AU-2022"),        # the 2nd Annual: an ordinal the biennial count may share
    ("ASEAN-JP", 2024, "ASEAN-JP-2024"),        # the 27th: ordinal not stated by a checked page
    ("ASEAN-NZ", 2025, "ASEAN-NZ-2025"),        # no numbered ASEAN-NZ summits
])
def test_a_year_names_the_plus_one_summit_the_calendar_knows(code, year, meeting_id):
    assert series_book().identify(code, year=year).meeting_id == meeting_id


@pytest.mark.parametrize("code, ordinal, year, city", [
    ("ASEAN-CN", 26, 2023, "Jakarta"),
    ("ASEAN-JP", 28, 2025, "Kuala Lumpur"),
    ("ASEAN-KR", 15, 2012, "Phnom Penh"),
    ("ASEAN-IN", 16, 2019, "Bangkok"),
    ("ASEAN-US", 11, 2023, "Jakarta"),
    ("ASEAN-UN", 13, 2023, "Jakarta"),
])
def test_an_ordinal_gives_the_year_and_place_of_the_plus_one_summit(code, ordinal, year, city):
    identity = series_book().identify(code, ordinal=ordinal)
    assert (identity.meeting_id, identity.year) == (f"{code}-{ordinal}", year)
    assert meetings_calendar().get(f"{code}-{ordinal}").city == city


def test_a_virtual_plus_one_summit_has_its_chair_but_no_city():
    for meeting_id in ("ASEAN-CN-23", "ASEAN-JP-24", "ASEAN-KR-21", "ASEAN-IN-18"):
        row = meetings_calendar().get(meeting_id)
        assert row.city is None and row.country is None and row.chair in {"VN", "BN"}, meeting_id


@pytest.mark.parametrize("lang, text, published, expected", [
    # an ASEAN+1 summit named by its year in the text: the calendar's ordinal
    ("en", "Leaders met at the 2023 ASEAN-China Summit.", None, ["ASEAN-CN-26"]),
    ("en", "The ASEAN-Japan Summit opened today in Jakarta.", D("2023-09-06"), ["ASEAN-JP-26"]),
    ("vi", "Hội nghị Cấp cao ASEAN-Trung Quốc năm 2023 diễn ra tại Jakarta.", None, ["ASEAN-CN-26"]),
    ("vi", "Hội nghị Cấp cao ASEAN-Ấn Độ năm 2022 đã diễn ra.", None, ["ASEAN-IN-19"]),
    # a year with two summits of the series, or none numbered: the year's id
    ("en", "Leaders met at the 2007 ASEAN-China Summit.", None, ["ASEAN-CN-2007"]),
    ("en", "Leaders met at the 2019 ASEAN-Korea Summit.", None, ["ASEAN-KR-2019"]),
    ("vi", "Hội nghị Cấp cao ASEAN-Hàn Quốc năm 2019 đã diễn ra.", None, ["ASEAN-KR-2019"]),
    ("vi", "Hội nghị Cấp cao ASEAN - Trung Quốc năm 2007 đã diễn ra.", None, ["ASEAN-CN-2007"]),
])
def test_an_article_naming_a_plus_one_summit_by_year_gets_its_ordinal(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected


@pytest.mark.parametrize("meeting_id", ["ASEAN-US-1", "ASEAN-US-2", "ASEAN-US-3", "ASEAN-US-4", "ASEAN-AU-2"])
def test_an_ordinal_two_counts_share_has_no_facts(meeting_id):
    # "the Third ASEAN-US Summit" (Bali 2011) and "the 3rd ASEAN-U.S. Summit" (Kuala Lumpur 2015) both read
    # ASEAN-US-3 (tests/gold/README.md): the calendar must give neither the other's year, dates or venue
    row = meetings_calendar().get(meeting_id)
    assert (row.year, row.city, row.country, row.chair) == (None, None, None, None)
    code, ordinal = meeting_id.rsplit("-", 1)
    assert series_book().identify(code, ordinal=int(ordinal)).year is None


def test_every_venue_of_the_calendar_is_a_known_place_with_its_country():
    # the calendar's cities are found in text through the knowledge base (a dateline "BUSAN -", "tại Nam Ninh"), and
    # a city gives its host country through meetings/hosts.yaml; Lombok is an island and "Clark" also a family name
    kb, places = knowledge_base(), Places.from_disk(knowledge_base())
    calendar = meetings_calendar()
    cities = {r.city for r in calendar.rows.values() if r.city} | {o.city for o in calendar.one_offs if o.city}
    for city in sorted(cities - {"Lombok", "Clark"}):
        entry = kb.lookup(city)
        assert entry is not None, city
        if entry.group == "city":           # capitals through countries.yaml; Bali and Phuket are provinces
            assert places.place_of(entry)[1] is not None, city
