"""The meetings stage in the whole pipeline (slow: loads the language models)."""
from __future__ import annotations

import pytest

from pipeline.stages.dates import find_dates
from pipeline.document import Document
from pipeline.meetings import find_meetings

from .support import D


@pytest.mark.slow
@pytest.mark.parametrize("text, meeting_id, attributes", [
    ("The 56th ASEAN Foreign Ministers' Meeting took place in Jakarta, Indonesia on July 11-14, 2023. "
     "The ministers agreed to speed up talks on the Code of Conduct.",
     "AMM-56", {"city": "Jakarta", "country": "ID", "start_date": D("2023-07-11")}),
    ("Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra tại Jakarta từ ngày 5 đến 7/9/2023. Các nhà lãnh đạo ASEAN "
     "đã thông qua nhiều văn kiện quan trọng về hợp tác khu vực.",
     "SUMMIT-43", {"city": "Jakarta", "country": "ID", "end_date": D("2023-09-07")}),
])
def test_whole_pipeline(text, meeting_id, attributes):
    from pipeline import process_text

    result = process_text(text)
    (mention,) = {m.meeting_id: m for m in result.meetings}.values()
    assert mention.meeting_id == meeting_id
    assert {name: getattr(mention, name) for name in attributes} == attributes
    events = [row for row in result.rows["entities"] if row["label"] == "EVENT"]
    assert [row["entity_id"] for row in events] == [meeting_id]
    assert not [row for row in result.rows["entities"] if row["label"] != "EVENT"
                and row["start"] < events[0]["end"] and events[0]["start"] < row["end"]]


@pytest.mark.slow
def test_find_meetings_uses_the_project_knowledge_base():
    doc = Document("d", "t", text="The 44th ASEAN Summit opened in Vientiane, Laos.", lang="en",
                   sentences=[(0, 48)])
    (mention,) = find_meetings(find_dates(doc)).meetings
    assert (mention.city, mention.country) == ("Vientiane", "LA")
