"""One row per meeting across documents (meetings/merge.py): evidence, conflicts, knowledge filling gaps."""
from __future__ import annotations

import logging

import pytest

from pipeline.document import MeetingMention
from pipeline.meetings import merge_mentions, merge_with_conflicts

from .support import D


def _mention(meeting_id: str, **attributes) -> MeetingMention:
    series, _, number = meeting_id.rpartition("-")
    return MeetingMention(meeting_id, series, f"{number}th meeting", int(number), 0, 6, meeting_id, 0, **attributes)


def test_one_row_per_meeting_across_documents_and_languages():
    rows = merge_mentions([
        ("en-doc", _mention("AMM-54")),
        ("vi-doc", _mention("AMM-54", start_date=D("2021-08-02"), end_date=D("2021-08-06"), format="virtual",
                            evidence=0.9)),
        ("vi-doc", _mention("SUMMIT-38")),
    ])
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
    _, conflicts = merge_with_conflicts(mentions)
    assert [(c.attribute, c.chosen) for c in conflicts] == [(attribute, chosen)]


def test_agreeing_partial_values_are_no_conflict():
    rows, conflicts = merge_with_conflicts([
        ("a", _mention("SUMMIT-43", country="ID", evidence=0.7)),
        ("b", _mention("SUMMIT-43", city="Jakarta", country="ID", evidence=0.9)),
        ("c", _mention("SUMMIT-43", start_date=D("2023-09-05"), evidence=0.9)),
        ("d", _mention("SUMMIT-43", start_date=D("2023-09-05"), end_date=D("2023-09-07"), evidence=0.9)),
    ])
    assert conflicts == []
    assert (rows[0]["city"], rows[0]["country"], rows[0]["end_date"]) == ("Jakarta", "ID", D("2023-09-07"))


def test_conflicts_are_logged(caplog):
    with caplog.at_level(logging.WARNING):
        merge_mentions([("a", _mention("AMM-54", format="virtual", evidence=0.9)),
                        ("b", _mention("AMM-54", format="in-person", evidence=0.5))])
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
    rows = {r["meeting_id"]: r for r in merge_mentions(mentions)}
    assert (rows[meeting_id]["city"], rows[meeting_id]["country"]) == place
