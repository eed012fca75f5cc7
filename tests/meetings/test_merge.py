"""One row per meeting across documents (meetings/merge.py): evidence, conflicts, knowledge filling gaps."""
from __future__ import annotations

import dataclasses
import logging

import pytest

from pipeline.document import MeetingMention
from pipeline.meetings import merge_mentions, merge_with_conflicts, series_book
from pipeline.meetings.calendar import CalendarRow, MeetingsCalendar

from .support import D

# the articles alone: tests of how mentions merge do not depend on the meetings calendar's rows
TEXT_ONLY = dataclasses.replace(series_book(), calendar=MeetingsCalendar({}))


def _mention(meeting_id: str, **attributes) -> MeetingMention:
    series, _, number = meeting_id.rpartition("-")
    return MeetingMention(meeting_id, series, f"{number}th meeting", int(number), 0, 6, meeting_id, 0, **attributes)


def test_one_row_per_meeting_across_documents_and_languages():
    rows = merge_mentions([
        ("en-doc", _mention("AMM-54")),
        ("vi-doc", _mention("AMM-54", start_date=D("2021-08-02"), end_date=D("2021-08-06"), format="virtual",
                            evidence=0.9)),
        ("vi-doc", _mention("SUMMIT-38")),
    ], TEXT_ONLY)
    assert [r["meeting_id"] for r in rows] == ["AMM-54", "SUMMIT-38"]
    assert rows[0]["doc_ids"] == ["en-doc", "vi-doc"]
    assert (rows[0]["start_date"], rows[0]["end_date"], rows[0]["format"]) == (D("2021-08-02"), D("2021-08-06"),
                                                                               "virtual")


@pytest.mark.parametrize("mentions, attribute, chosen", [
    # stronger evidence wins; the weaker value is recorded
    ([("a", _mention("AMM-54", start_date=D("2021-08-02"), end_date=D("2021-08-06"), evidence=0.9)),
      ("b", _mention("AMM-54", start_date=D("2021-08-03"), evidence=0.5))],
     "dates", (D("2021-08-02"), D("2021-08-06"))),
    # equal evidence: more documents win
    ([("a", _mention("AMM-56", city="Jakarta", country="ID", evidence=0.9)),
      ("b", _mention("AMM-56", city="Jakarta", country="ID", evidence=0.9)),
      ("c", _mention("AMM-56", city="Bali", country="ID", evidence=0.9))],
     "place", ("Jakarta", "ID")),
    # dates that contradict the series calendar (the 56th AMM is in 2023) are kept but flagged
    ([("a", _mention("AMM-56", start_date=D("2022-07-11"), evidence=0.9))], "year", 2022),
])
def test_conflicts_are_recorded(mentions, attribute, chosen):
    _, conflicts = merge_with_conflicts(mentions, TEXT_ONLY)
    assert [(c.attribute, c.chosen) for c in conflicts] == [(attribute, chosen)]


def test_agreeing_partial_values_are_no_conflict():
    rows, conflicts = merge_with_conflicts([
        ("a", _mention("SUMMIT-43", country="ID", evidence=0.7)),
        ("b", _mention("SUMMIT-43", city="Jakarta", country="ID", evidence=0.9)),
        ("c", _mention("SUMMIT-43", start_date=D("2023-09-05"), evidence=0.9)),
        ("d", _mention("SUMMIT-43", start_date=D("2023-09-05"), end_date=D("2023-09-07"), evidence=0.9)),
    ], TEXT_ONLY)
    assert conflicts == []
    assert (rows[0]["city"], rows[0]["country"], rows[0]["end_date"]) == ("Jakarta", "ID", D("2023-09-07"))


def test_conflicts_are_logged(caplog):
    with caplog.at_level(logging.WARNING):
        merge_mentions([("a", _mention("AMM-54", format="virtual", evidence=0.9)),
                        ("b", _mention("AMM-54", format="in-person", evidence=0.5))], TEXT_ONLY)
    assert "AMM-54" in caplog.text and "format" in caplog.text


@pytest.mark.parametrize("mentions, meeting_id, place", [
    # related meetings are held at the venue of the AMM of their year
    ([("a", _mention("AMM-57", city="Vientiane", country="LA", evidence=0.9)), ("a", _mention("APT-FMM-25"))],
     "APT-FMM-25", ("Vientiane", "LA")),
    # two summits in 2023 at two venues: the East Asia Summit's venue stays unknown
    ([("a", _mention("SUMMIT-42", city="Labuan Bajo", country="ID")),
      ("a", _mention("SUMMIT-43", city="Jakarta", country="ID")), ("a", _mention("EAS-18"))],
     "EAS-18", (None, None)),
    # a series with one host country
    ([("a", MeetingMention("asean-future-forum-2024", "AFF", "ASEAN Future Forum 2024", None, 0, 5, "x", 0))],
     "asean-future-forum-2024", (None, "VN")),
])
def test_knowledge_fills_gaps(mentions, meeting_id, place):
    rows = {r["meeting_id"]: r for r in merge_mentions(mentions, TEXT_ONLY)}
    assert (rows[meeting_id]["city"], rows[meeting_id]["country"]) == place


CALENDAR = dataclasses.replace(series_book(), calendar=MeetingsCalendar({
    "ADMM-17": CalendarRow("ADMM-17", "ADMM", 17, D("2023-11-15"), D("2023-11-16"), "Jakarta", "ID", "ID"),
    "AMM-56": CalendarRow("AMM-56", "AMM", 56, D("2023-07-11"), D("2023-07-14"), "Jakarta", "ID", "ID")}))


def test_calendar_fills_what_the_articles_leave_unsaid_and_says_so():
    (row,) = merge_mentions([("a", _mention("ADMM-17"))], CALENDAR)
    assert (row["start_date"], row["end_date"], row["city"], row["country"], row["year"]) == \
        (D("2023-11-15"), D("2023-11-16"), "Jakarta", "ID", 2023)
    assert row["chair"] == "Q252"                                 # Indonesia's entity id, from its ISO code
    assert row["from_calendar"] == ["chair", "city", "country", "end_date", "start_date", "year"]


def test_the_text_wins_over_the_calendar_and_the_disagreement_is_kept():
    rows, conflicts = merge_with_conflicts(
        [("a", _mention("AMM-56", start_date=D("2023-07-12"), end_date=D("2023-07-12"), city="Bali", country="ID",
                        evidence=0.9))], CALENDAR)
    assert (rows[0]["start_date"], rows[0]["city"]) == (D("2023-07-12"), "Bali")
    assert "start_date" not in rows[0]["from_calendar"] and "city" not in rows[0]["from_calendar"]
    assert {(c.attribute, c.chosen) for c in conflicts} == {("start_date", D("2023-07-12")),
                                                             ("end_date", D("2023-07-12"))}


def test_year_from_dates_else_knowledge_and_from_calendar_empty_when_all_came_from_text():
    (stated,) = merge_mentions([("a", _mention("AMM-56", start_date=D("2023-07-11"), end_date=D("2023-07-14"),
                                                city="Jakarta", country="ID", chair="Q252"))], CALENDAR)
    assert (stated["year"], stated["from_calendar"]) == (2023, [])
    (numbered,) = merge_mentions([("a", _mention("AMM-54"))], TEXT_ONLY)     # the AMM meets once a year
    assert (numbered["year"], numbered["from_calendar"]) == (2021, ["year"])
    (named,) = merge_mentions([("a", MeetingMention("SOM-2022", "SOM", "SOM 2022", None, 0, 3, "x", 0))], TEXT_ONLY)
    assert (named["year"], named["from_calendar"]) == (2022, [])             # the year was read with the name


def test_dates_with_stronger_date_evidence_win():
    plain = _mention("AEM-42", start_date=D("2010-08-23"), end_date=D("2010-08-23"), evidence=0.9)
    held = _mention("AEM-42", start_date=D("2010-08-24"), end_date=D("2010-08-28"), evidence=0.9, date_evidence=0.95)
    (row,) = merge_mentions([("a", plain), ("a", held)], TEXT_ONLY)
    assert (row["start_date"], row["end_date"]) == (D("2010-08-24"), D("2010-08-28"))


@pytest.mark.parametrize("stated, attribute, chosen", [
    # two articles disagree: the one the calendar confirms wins, even over stronger evidence
    ([dict(start_date=D("2023-07-12"), end_date=D("2023-07-12"), evidence=0.95),
      dict(start_date=D("2023-07-11"), end_date=D("2023-07-14"), evidence=0.7)],
     "start_date", D("2023-07-11")),
    ([dict(city="Bali", country="ID", evidence=0.95), dict(city="Jakarta", country="ID", evidence=0.7)],
     "city", "Jakarta"),
    # neither is confirmed: the strongest evidence wins, as without a calendar
    ([dict(start_date=D("2023-07-12"), evidence=0.95), dict(start_date=D("2023-07-13"), evidence=0.7)],
     "start_date", D("2023-07-12")),
])
def test_the_calendar_arbitrates_between_articles_that_disagree(stated, attribute, chosen):
    rows, conflicts = merge_with_conflicts([(f"doc{i}", _mention("AMM-56", **s)) for i, s in enumerate(stated)],
                                           CALENDAR)
    assert rows[0][attribute] == chosen
    assert attribute not in rows[0]["from_calendar"]              # the value was read in an article
    assert conflicts                                             # the losing article's value is still reported


def test_a_commemorative_summit_takes_what_the_calendar_knows_of_it():
    from pipeline.meetings.calendar import OneOff

    book = dataclasses.replace(series_book(), calendar=MeetingsCalendar({}, (
        OneOff("ASEAN-US", "ASEAN-U.S. Special Summit", D("2022-05-12"), D("2022-05-13"), "Washington", "US"),
        OneOff("ASEAN-US", "ASEAN-U.S. Special Summit", D("2016-02-15"), D("2016-02-16"), "Rancho Mirage", "US"))))
    mention = MeetingMention("us-asean-special-summit-2022", "ASEAN-US", "US-ASEAN Special Summit 2022", None, 0, 5,
                             "x", 0)
    (row,) = merge_mentions([("a", mention)], book)
    assert (row["start_date"], row["end_date"], row["city"], row["country"]) == \
        (D("2022-05-12"), D("2022-05-13"), "Washington", "US")
    # an article that places it elsewhere loses to one that places it where the calendar does
    (row,) = merge_mentions([("a", dataclasses.replace(mention, city="Phnom Penh", country="KH", evidence=0.95)),
                             ("b", dataclasses.replace(mention, city="Washington", country="US", evidence=0.7))], book)
    assert (row["city"], row["country"]) == ("Washington", "US")
    # a slug of another kind or year is not that summit
    assert book.known_meeting("asean-us-commemorative-summit-2022", "ASEAN-US") is None
    assert book.known_meeting("us-asean-special-summit-2021", "ASEAN-US") is None
