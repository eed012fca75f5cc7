"""What an article says about its meetings (meetings/attributes.py): dates, venue, format, theme, chair."""
from __future__ import annotations

import pytest

from .support import D, annotate


@pytest.mark.parametrize("lang, text, published, expected", [
    ("en", "The 56th AMM in Jakarta on July 11-14, 2023 adopted a communique.", None,
     {"city": "Jakarta", "country": "ID", "start_date": D("2023-07-11"), "end_date": D("2023-07-14")}),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta từ ngày 5 đến 7/9/2023.", None,
     {"city": "Jakarta", "country": "ID", "start_date": D("2023-09-05"), "end_date": D("2023-09-07")}),
    ("en", "The 57th ASEAN Foreign Ministers' Meeting and related conferences taking place in Vientiane, Laos "
           "have ended.", None, {"city": "Vientiane", "country": "LA", "start_date": None}),
    ("en", "The 42nd ASEAN Summit, held under the theme “ASEAN Matters: Epicentrum of Growth”, opened in "
           "Labuan Bajo.", None, {"theme": "ASEAN Matters: Epicentrum of Growth", "city": "Labuan Bajo",
                                 "country": "ID"}),
    ("vi", 'Hội nghị Cấp cao ASEAN lần thứ 42 với chủ đề "ASEAN tầm vóc: Tâm điểm tăng trưởng" đã khai mạc.', None,
     {"theme": "ASEAN tầm vóc: Tâm điểm tăng trưởng"}),
    ("en", "The 53rd ASEAN Foreign Ministers' Meeting was held virtually, chaired by Vietnam.", None,
     {"format": "virtual", "chair": "Q881"}),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 diễn ra theo hình thức trực tuyến.", None,
     {"format": "virtual"}),
    ("en", "The 55th AMM was held in a hybrid format.", None, {"format": "hybrid"}),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 40 diễn ra theo hình thức kết hợp trực tiếp và trực tuyến.", None,
     {"format": "hybrid"}),
    ("en", "Singapore, ASEAN's 2018 chair, hosted AMM-51.", None, {"chair": "Q334"}),
    ("vi", "Lào đảm nhận vai trò Chủ tịch ASEAN 2024. Hội nghị Cấp cao ASEAN lần thứ 44 đã khai mạc.", None,
     {"chair": "Q819"}),
    # a year-less date takes the meeting's calendar year, not the one nearest the article's date
    ("en", "The 56th AMM took place on July 11-14.", D("2024-05-01"),
     {"start_date": D("2023-07-11"), "end_date": D("2023-07-14")}),
    # one date: a one-day meeting, unless the sentence says it opened (first day) or closed (last day) then
    ("en", "The 11th ADMM was held in Manila on 23 October 2017.", None,
     {"start_date": D("2017-10-23"), "end_date": D("2017-10-23")}),
    ("en", "The 56th AMM opened in Jakarta on July 11, 2023.", None,
     {"start_date": D("2023-07-11"), "end_date": None}),
    ("en", "The 54th AMM closed on August 6, 2021.", None, {"start_date": None, "end_date": D("2021-08-06")}),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra tại Jakarta ngày 5/9/2023.", None,
     {"start_date": D("2023-09-05"), "end_date": D("2023-09-05")}),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc tại Jakarta ngày 5/9/2023.", None,
     {"start_date": D("2023-09-05"), "end_date": None}),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 bế mạc ngày 6/8/2021.", None,
     {"start_date": None, "end_date": D("2021-08-06")}),
])
def test_attributes(finders, lang, text, published, expected):
    (mention,) = annotate(finders, text, lang, published).meetings
    assert {name: getattr(mention, name) for name in expected} == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "The 56th AMM discussed the situation in Myanmar."),                  # a place, not the venue
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 43 thảo luận tình hình tại Myanmar."),
    ("en", "The 56th AMM discussed online scams."),                              # not a format
    ("en", "The 44th ASEAN Summit will take place in October 2024."),            # a month is no start date
    ("en", "The 56th AMM approved the plan until 2025."),                        # a deadline is no date
    ("en", "AMM-51 closed. ASEAN made progress on the topic “Resilience and Innovation”."),
])
def test_attributes_not_given(finders, lang, text):
    (mention,) = annotate(finders, text, lang).meetings
    assert (mention.city, mention.country, mention.format, mention.theme, mention.start_date) == (None,) * 5


@pytest.mark.parametrize("lang, text, start_date", [
    ("en", "JAKARTA, September 5, 2023 (VNA) - Leaders arrived. The 43rd ASEAN Summit opened this morning.",
     D("2023-09-05")),
    ("vi", "Hà Nội, ngày 2/8/2021 - Các Bộ trưởng đã đến. Sáng nay, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 "
           "khai mạc.", D("2021-08-02")),
    ("en", "JAKARTA, September 5, 2023 (VNA) - Leaders arrived. The 43rd ASEAN Summit adopted a declaration.",
     None),                                                      # nothing says it is happening on that day
])
def test_dateline_dates_a_meeting_said_to_open_that_day(finders, lang, text, start_date):
    (mention,) = annotate(finders, text, lang).meetings
    assert mention.start_date == start_date


def test_attributes_go_to_the_nearest_meeting(finders):
    text = "The 56th AMM met in Jakarta on July 11-14, 2023, before the 43rd ASEAN Summit in Labuan Bajo."
    first, second = annotate(finders, text, "en").meetings
    assert (first.meeting_id, first.city, first.start_date) == ("AMM-56", "Jakarta", D("2023-07-11"))
    assert (second.meeting_id, second.city, second.start_date) == ("SUMMIT-43", "Labuan Bajo", None)


def test_event_entities(finders):
    text = "Hội nghị Cấp cao ASEAN lần thứ 44 và 45 sẽ diễn ra tại Viêng Chăn, Lào."
    doc = annotate(finders, text, "vi")
    events = [e for e in doc.entities if e.label == "EVENT"]
    assert [(e.entity_id, e.name, e.source) for e in events] == [
        ("SUMMIT-44", "44th ASEAN Summit", "meeting"), ("SUMMIT-45", "45th ASEAN Summit", "meeting")]
    assert all(text[e.start:e.end] == e.text for e in events)
    assert {(m.city, m.country) for m in doc.meetings} == {("Vientiane", "LA")}


def test_published_from_the_meeting_the_article_is_about(finders):
    text = ("Bộ trưởng Ngoại giao trả lời phỏng vấn về kết quả của hội nghị. " * 8
            + "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 diễn ra từ ngày 2 đến 6/8/2021.")
    assert annotate(finders, text, "vi").published == D("2021-08-06")


@pytest.mark.parametrize("lang, text, expected", [
    # no year written anywhere: the numbered meeting's year frames the year-less dates
    ("vi", "Các ngoại trưởng dự lễ khai mạc Hội nghị AMM lần thứ 50 ở Manila ngày 5/8.",
     {"AMM-50": (D("2017-08-05"), None)}),
    ("en", "The 50th ASEAN Foreign Ministers' Meeting was held in Manila on August 5.",
     {"AMM-50": (D("2017-08-05"), D("2017-08-05"))}),
    # numbered meetings of two years frame nothing: the dates stay unread
    ("en", "The 50th ASEAN Foreign Ministers' Meeting, held in Manila on August 5, recalled the 40th AMM.",
     {"AMM-50": (None, None), "AMM-40": (None, None)}),
    ("vi", "Hội nghị AMM lần thứ 50 diễn ra ở Manila ngày 5/8, sau AMM lần thứ 49.",
     {"AMM-50": (None, None), "AMM-49": (None, None)}),
])
def test_numbered_meetings_frame_the_year_of_an_article_that_writes_none(finders, lang, text, expected):
    meetings = annotate(finders, text, lang).meetings
    assert {m.meeting_id: (m.start_date, m.end_date) for m in meetings} == expected


@pytest.mark.parametrize("lang, text, theme", [
    # a sentence opening with "the meeting" / "Hội nghị lần này" speaks of the meeting the article is about
    ("en", "The 28th ASEAN Political-Security Community (APSC) Council Meeting opened. The meeting, under the "
           "theme “ASEAN: Enhancing Connectivity and Resilience”, reviewed progress.",
     "ASEAN: Enhancing Connectivity and Resilience"),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 22 khai mạc.\n\nHội nghị lần này có chủ đề “Người dân của chúng ta, "
           "Tương lai của chúng ta.”", "Người dân của chúng ta, Tương lai của chúng ta"),
])
def test_a_short_reference_speaks_of_the_main_meeting(finders, lang, text, theme):
    meetings = annotate(finders, text, lang).meetings
    assert {m.theme for m in meetings} - {None} == {theme}


@pytest.mark.parametrize("lang, text", [
    # two meetings named as often: "the meeting" is not plainly either
    ("en", "The 56th AMM and the 13th EAS Foreign Ministers' Meeting opened. The meeting, under the theme "
           "“ASEAN Matters”, reviewed progress."),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 42 và Hội nghị Cấp cao Đông Á lần thứ 18 khai mạc. Hội nghị lần này "
           "có chủ đề “ASEAN tầm vóc”."),
])
def test_a_short_reference_is_not_guessed_between_meetings(finders, lang, text):
    assert all(m.theme is None for m in annotate(finders, text, lang).meetings)


@pytest.mark.parametrize("lang, text, expected", [
    # a sentence opening with "the meeting" dates it, unless the date follows another event it names
    ("en", "The 49th ASEAN Foreign Ministers' Meeting opened.\n\nThe meeting welcomed the consultations held in Ha Long, "
           "Viet Nam on 9 June 2016.", {"AMM-49": (None, None)}),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49 khai mạc.\n\nHội nghị hoan nghênh Cuộc họp các Quan chức Cao "
           "cấp ở Hạ Long, Việt Nam vào ngày 9/6/2016.", {"AMM-49": (None, None)}),
    ("en", "The 49th ASEAN Foreign Ministers' Meeting opened.\n\nThe meeting took place in Vientiane on 24 July 2016.",
     {"AMM-49": ("2016-07-24", "Vientiane")}),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49 khai mạc.\n\nHội nghị diễn ra tại Viêng Chăn ngày 24/7/2016.",
     {"AMM-49": ("2016-07-24", "Vientiane")}),
])
def test_a_short_reference_leaves_the_dates_of_other_events_it_names(finders, lang, text, expected):
    doc = annotate(finders, text, lang)
    got = {m.meeting_id: (m.start_date.isoformat() if m.start_date else None, m.city) for m in doc.meetings}
    assert got == expected


@pytest.mark.parametrize("lang, text, held", [
    # a date after the mention across a holding verb dates that meeting more strongly than a neighbour's date
    ("vi", "Tại Đà Nẵng, ngày 23-8-2010, các quan chức chuẩn bị cho Hội nghị AEM 42, AEC 4 và các hội nghị liên "
           "quan sẽ diễn ra từ ngày 24 đến 28-8-2010.", True),
    ("en", "The 42nd ASEAN Economic Ministers' Meeting and related meetings will take place on August 24-28, 2010.",
     True),
    # the verb is the clause of another meeting, far from the mention; a date before the mention
    ("en", "On November 17, 2011, the 19th ASEAN Summit will open the series of summits, followed by the leaders' "
           "other summits with the partners held the next day on Friday, November 18, 2011.", False),
    ("vi", "Ngày 23-8-2010, Hội nghị AEM 42 đã khai mạc tại Đà Nẵng.", False),
])
def test_dates_after_a_holding_verb_are_the_meetings_own(finders, lang, text, held):
    (mention,) = annotate(finders, text, lang).meetings
    assert ((mention.date_evidence or mention.evidence) > 0.9) == held


@pytest.mark.parametrize("lang, text, place", [
    # "held here": where the dateline files the story from
    ("en", "JAKARTA (ANTARA News) - Leaders attended the 42nd ASEAN Summit held here, Sunday.", ("Jakarta", "ID")),
    ("vi", "Viêng Chăn (TTXVN) - Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc tại đây.",
     ("Vientiane", "LA")),
    # no dateline, or "here" with no holding verb before it
    ("en", "Leaders attended the 32nd ASEAN Summit held here, Sunday.", (None, None)),
    ("en", "Jakarta (ANTARA News) - The 42nd ASEAN Summit, he said here, was a success.", (None, None)),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc tại đây.", (None, None)),
])
def test_here_is_the_datelines_place(finders, lang, text, place):
    (mention,) = annotate(finders, text, lang).meetings
    assert (mention.city, mention.country) == place


@pytest.mark.parametrize("lang, text, expected", [
    # a span of days in a sentence naming several meetings is also the span of those it dates no other way
    ("en", "Mr Don will chair the 52nd AMM and co-chair the 26th ARF from July 29 to August 3, 2019.",
     {"AMM-52": (D("2019-07-29"), D("2019-08-03")), "ARF-26": (D("2019-07-29"), D("2019-08-03"))}),
    ("vi", "Bộ trưởng sẽ chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và Diễn đàn Khu vực ASEAN lần thứ 30 "
           "từ ngày 11 đến 14/7/2023.",
     {"AMM-56": (D("2023-07-11"), D("2023-07-14")), "ARF-30": (D("2023-07-11"), D("2023-07-14"))}),
    # a meeting its sentence dates by a date of its own keeps it; one day is no span
    ("en", "The 43rd ASEAN Summit on 5 September 2023 followed the 42nd ASEAN Summit, held 9-11 May 2023.",
     {"SUMMIT-43": (D("2023-09-05"), D("2023-09-05")), "SUMMIT-42": (D("2023-05-09"), D("2023-05-11"))}),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra ngày 5/9/2023 sau Hội nghị Cấp cao ASEAN lần thứ 42.",
     {"SUMMIT-43": (D("2023-09-05"), D("2023-09-05")), "SUMMIT-42": (None, None)}),
])
def test_a_span_dates_the_meetings_of_its_sentence(finders, lang, text, expected):
    doc = annotate(finders, text, lang)
    assert {m.meeting_id: (m.start_date, m.end_date) for m in doc.meetings} == expected


@pytest.mark.parametrize("lang, one_day, span", [
    ("en", "The 27th ASEAN Summit in Kuala Lumpur, Nov. 21, 2015.", "The 27th ASEAN Summit took place on 21-22 November 2015."),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 27 ngày 21/11/2015.", "Hội nghị Cấp cao ASEAN lần thứ 27 từ ngày 21 đến 22/11/2015."),
])
def test_a_lone_date_read_as_one_day_is_weaker_than_a_stated_span(finders, lang, one_day, span):
    (lone,), (stated,) = annotate(finders, one_day, lang).meetings, annotate(finders, span, lang).meetings
    assert lone.end_date == lone.start_date and stated.end_date > stated.start_date
    assert lone.date_evidence < stated.date_evidence


@pytest.mark.parametrize("lang, text, place", [
    # a date between the mention and its venue; a holding verb between a venue and the mention after it
    ("en", "In 2023, Lee will attend the 43rd ASEAN Summit on Wednesday (Sept 5) in Jakarta.", ("Jakarta", "ID")),
    ("vi", "Năm 2023, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 43 vào thứ Ba (ngày 5/9) tại Jakarta.", ("Jakarta", "ID")),
    ("vi", "Ngày 14/11, tại Jakarta, diễn ra Hội nghị Cấp cao ASEAN lần thứ 43.", ("Jakarta", "ID")),
    # other words between: not its venue
    ("en", "The 43rd ASEAN Summit on Wednesday discussed the situation in Jakarta.", (None, None)),
    ("vi", "Tại Jakarta, các nhà lãnh đạo đã thảo luận trước Hội nghị Cấp cao ASEAN lần thứ 43.", (None, None)),
])
def test_venues_across_a_date_or_a_holding_verb(finders, lang, text, place):
    (mention,) = annotate(finders, text, lang).meetings
    assert (mention.city, mention.country) == place


@pytest.mark.parametrize("lang, text, expected", [
    # a date before the holding verb that introduces a meeting is that meeting's, not the one named before it;
    # with no year of its own, the meeting takes the year of the meeting it is held beside in that sentence
    ("vi", "Kế hoạch năm 2015 đã hoàn tất. Trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49, chiều 26/7 "
           "tại Viêng Chăn đã diễn ra "
           "Hội nghị Bộ trưởng Ngoại giao các nước tham gia Cấp cao Đông Á lần thứ 6.",
     {"AMM-49": (None, None), "EAS-FMM-6": (D("2016-07-26"), D("2016-07-26"))}),
    ("en", "The plan of 2015 is done. Within the 49th ASEAN Foreign Ministers' Meeting, on July 26 in Vientiane took "
           "place the 6th East Asia "
           "Summit Foreign Ministers' Meeting.",
     {"AMM-49": (None, None), "EAS-FMM-6": (D("2016-07-26"), D("2016-07-26"))}),
    # no holding verb between: the date stays with the meeting before it
    ("en", "The 49th ASEAN Foreign Ministers' Meeting ended on July 26, 2016, before the 6th East Asia Summit "
           "Foreign Ministers' Meeting.", {"AMM-49": (None, D("2016-07-26")), "EAS-FMM-6": (None, None)}),
])
def test_a_date_before_a_holding_verb_dates_the_meeting_it_introduces(finders, lang, text, expected):
    doc = annotate(finders, text, lang)
    assert {m.meeting_id: (m.start_date, m.end_date) for m in doc.meetings} == expected


@pytest.mark.parametrize("lang, text, place", [
    # the dateline's place, weakly, for a meeting its own sentence reports taking place
    ("en", "12 November 2017 JAKARTA - Ministers lauded Indonesia during the 20th ASEAN Coordinating Council Meeting.",
     ("Jakarta", "ID")),
    ("vi", "VIÊNG CHĂN (TTXVN) - Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc sáng nay.",
     ("Vientiane", "LA")),
    # a venue of its own wins; a sentence that does not report the meeting taking place gives none
    ("en", "JAKARTA (ANTARA) - The 43rd ASEAN Summit was held in Labuan Bajo.", ("Labuan Bajo", "ID")),
    ("en", "JAKARTA (ANTARA) - The 43rd ASEAN Summit was a success, he said.", (None, None)),
])
def test_the_datelines_place_for_the_meeting_it_reports(finders, lang, text, place):
    (mention,) = annotate(finders, text, lang).meetings
    assert (mention.city, mention.country) == place


@pytest.mark.parametrize("lang, text, expected", [
    # a date opening a list of meetings that a holding verb closes dates each of them
    ("en", "In 2014, within the 47th ASEAN Foreign Ministers' Meeting, on August 10, the 4th East Asia Summit Foreign "
           "Ministers' Meeting (EAS FMM-4) and the 21st ASEAN Regional Forum continued to take place.",
     {"AMM-47": (None, None), "EAS-FMM-4": (D("2014-08-10"), D("2014-08-10")),
      "ARF-21": (D("2014-08-10"), D("2014-08-10"))}),
    ("vi", "Năm 2014, chiều 10/8, Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 4 và Diễn đàn Khu vực ASEAN "
           "lần thứ 21 đã diễn ra.",
     {"EAS-FMM-4": (D("2014-08-10"), D("2014-08-10")), "ARF-21": (D("2014-08-10"), D("2014-08-10"))}),
    # a date, a holding verb, then the list it holds: each meeting of the list (real-corpus dev)
    ("en", "On October 28-30, 2010, 11 Summits took place including the 17th ASEAN Summit, the 13th ASEAN Plus "
           "Three Summit and East Asia Summit 5.",
     {"SUMMIT-17": (D("2010-10-28"), D("2010-10-30")), "APT-13": (D("2010-10-28"), D("2010-10-30")),
      "EAS-5": (D("2010-10-28"), D("2010-10-30"))}),
    ("vi", "Từ ngày 28-30/10/2010 đã diễn ra Hội nghị Cấp cao ASEAN lần thứ 17, Hội nghị Cấp cao ASEAN+3 lần thứ 13 "
           "và Hội nghị Cấp cao Đông Á lần thứ 5.",
     {"SUMMIT-17": (D("2010-10-28"), D("2010-10-30")), "APT-13": (D("2010-10-28"), D("2010-10-30")),
      "EAS-5": (D("2010-10-28"), D("2010-10-30"))}),
    # a date, a holding verb and a list opener ("gồm", "including") far before the list: each meeting of the list
    # (2026-12-04, dev split vi_078); without the opener the date stays with nothing that far
    ("vi", "Từ ngày 19-23/7/2011 tại Bali đã diễn ra một loạt các hội nghị cấp Bộ trưởng Ngoại giao của khu vực và các "
           "đối tác gồm: Hội nghị BTNG ASEAN lần thứ 44, Hội nghị BTNG ASEAN+3 lần thứ 12 và Diễn đàn Khu vực ASEAN lần "
           "thứ 18.",
     {"AMM-44": (D("2011-07-19"), D("2011-07-23")), "APT-FMM-12": (D("2011-07-19"), D("2011-07-23")),
      "ARF-18": (D("2011-07-19"), D("2011-07-23"))}),
    ("en", "On July 19-23, 2011, a series of meetings took place in Bali, Indonesia, for the region and its many "
           "partners, including the 44th AMM, the 12th APT FMM and the 18th ASEAN Regional Forum.",
     {"AMM-44": (D("2011-07-19"), D("2011-07-23")), "APT-FMM-12": (D("2011-07-19"), D("2011-07-23")),
      "ARF-18": (D("2011-07-19"), D("2011-07-23"))}),
    ("en", "On July 19-23, 2011, a series of meetings took place in Bali, Indonesia, for the region and its many "
           "partners, and officials said the 44th AMM, the 12th APT FMM and the 18th ASEAN Regional Forum would follow.",
     {"AMM-44": (D("2011-07-19"), D("2011-07-23")),        # the nearest mention only, as before
      "APT-FMM-12": (None, None), "ARF-18": (None, None)}),
    # the verb's list ends where no connector joins the next meeting: that one is not dated by it
    ("en", "On October 28, 2010, the talks took place at the 17th ASEAN Summit. Officials said that the 13th ASEAN "
           "Plus Three Summit would follow.",
     {"SUMMIT-17": (D("2010-10-28"), D("2010-10-28")), "APT-13": (None, None)}),
    # no holding verb after the list: the date keeps to the meeting named before it
    ("en", "After the 47th ASEAN Foreign Ministers' Meeting on August 10, 2014, the 4th East Asia Summit Foreign "
           "Ministers' Meeting and the 21st ASEAN Regional Forum discussed the East Sea.",
     {"AMM-47": (D("2014-08-10"), D("2014-08-10")), "EAS-FMM-4": (None, None), "ARF-21": (None, None)}),
])
def test_a_date_opening_a_list_of_meetings_held_together(finders, lang, text, expected):
    doc = annotate(finders, text, lang)
    assert {m.meeting_id: (m.start_date, m.end_date) for m in doc.meetings} == expected


@pytest.mark.parametrize("lang, text, meeting_id", [
    # "the meeting" opening a sentence is the one meeting the sentence before names, even when the article
    # names others as often
    ("en", "The 44th ASEAN Summit opens tomorrow. Laos led the 28th ASEAN Political-Security Community Council "
           "Meeting. The meeting, under the theme “ASEAN: Enhancing Connectivity and Resilience”, saw ministers.",
     "APSC-28"),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 44 sẽ khai mạc. Lào chủ trì Hội nghị Hội đồng Cộng đồng Chính trị - An ninh "
           "ASEAN lần thứ 28. Hội nghị lần này có chủ đề “ASEAN: Tăng cường Kết nối và Tự cường”.", "APSC-28"),
])
def test_a_short_reference_speaks_of_the_meeting_just_named(finders, lang, text, meeting_id):
    themed = {m.meeting_id for m in annotate(finders, text, lang).meetings if m.theme}
    assert themed == {meeting_id}


@pytest.mark.parametrize("lang, text, expected", [
    # the dates and place a framing sentence gives after its framing meeting are the framed meetings'; the framing
    # one keeps the place (co-located)
    ("vi", "Trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 29, ngày 06/9/2016, tại Thủ đô Viêng Chăn, Lào, Phó Thủ "
           "tướng Phạm Bình Minh đã dự Hội nghị Hội đồng Cộng đồng Chính trị-An ninh ASEAN lần thứ 14 (APSC-14) và Hội "
           "nghị Hội đồng Điều phối ASEAN lần thứ 18 (ACC-18).",
     {"APSC-14": ("2016-09-06", "Vientiane"), "ACC-18": ("2016-09-06", "Vientiane"), "SUMMIT-29": (None, "Vientiane")}),
    ("en", "On the sidelines of the 29th ASEAN Summit, on 6 September 2016 in Vientiane, the ministers attended the 14th "
           "ASEAN Political-Security Community Council and the 18th ASEAN Coordinating Council.",
     {"APSC-14": ("2016-09-06", "Vientiane"), "ACC-18": ("2016-09-06", "Vientiane"), "SUMMIT-29": (None, "Vientiane")}),
    # ... and so is a date the sentence opens with right before its framing cue ("continuing the events of")
    ("vi", "Chiều 10/7/2025, tiếp tục chuỗi hoạt động Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 và các Hội nghị "
           "liên quan, Phó Thủ tướng tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN+3.",
     {"APT-FMM-26": ("2025-07-10", None), "AMM-58": (None, None)}),
    ("en", "On 6 September 2016, on the sidelines of the 29th ASEAN Summit, the ministers attended the 14th ASEAN "
           "Political-Security Community Council.", {"APSC-14": ("2016-09-06", None), "SUMMIT-29": (None, None)}),
    # ... a sentence that is not framed dates the meeting it names first
    ("vi", "Chiều 10/7/2025, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 khai mạc, sau Hội nghị Bộ trưởng Ngoại giao "
           "ASEAN+3.", {"AMM-58": ("2025-07-10", None)}),
    ("en", "The 29th ASEAN Summit opened on 6 September 2016 in Vientiane, after the 18th ASEAN Coordinating Council.",
     {"SUMMIT-29": ("2016-09-06", "Vientiane")}),
])
def test_a_framing_sentence_dates_the_meetings_it_frames(finders, lang, text, expected):
    doc = annotate(finders, text, lang)
    got = {m.meeting_id: (m.start_date.isoformat() if m.start_date else None, m.city) for m in doc.meetings}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a leader attending by video or virtually: the meeting met online (2026-12-03, dev split en_096)
    ("en", "Prime Minister Modi on Thursday, October 28, 2021, attended the 18th ASEAN-India Summit via video "
           "conferencing.", [("ASEAN-IN-18", "virtual")]),
    ("en", "On October 27, 2021, Modi virtually participated in the 16th East Asia Summit.", [("EAS-16", "virtual")]),
    ("vi", "Ngày 27/10/2021, Thủ tướng dự trực tuyến Hội nghị Cấp cao Đông Á lần thứ 16.", [("EAS-16", "virtual")]),
    # in person, or no word on it
    ("en", "On October 27, 2021, Modi attended the 16th East Asia Summit in person.", [("EAS-16", "in-person")]),
    ("vi", "Ngày 27/10/2021, Thủ tướng dự Hội nghị Cấp cao Đông Á lần thứ 16.", [("EAS-16", None)]),
])
def test_attending_by_video_is_virtual(finders, lang, text, expected):
    assert [(m.meeting_id, m.format) for m in annotate(finders, text, lang).meetings] == expected


@pytest.mark.parametrize("lang, text, expected", [
    # "The theme of the summit is ..." (2026-12-03, dev split en_046), "Pursuing the theme ..." (en_016), and the
    # Vietnamese parallel; the theme of something else is not the meeting's
    ("en", 'The 13th ASEAN Summit opened in Singapore on November 20, 2007. The theme of the summit is "One ASEAN at the '
           'Heart of Dynamic Asia."', [("SUMMIT-13", "One ASEAN at the Heart of Dynamic Asia")]),
    ("en", "Pursuing the theme “Towards the ASEAN community: From vision to action”, the 17th ASEAN Summit focused on "
           "three issues in Hanoi on October 28, 2010.", [("SUMMIT-17", "Towards the ASEAN community: From vision to action")]),
    ("vi", 'Hội nghị Cấp cao ASEAN lần thứ 13 khai mạc tại Singapore ngày 20/11/2007. Chủ đề của Hội nghị Cấp cao là "Một '
           'ASEAN ở trung tâm châu Á năng động".', [("SUMMIT-13", "Một ASEAN ở trung tâm châu Á năng động")]),
    ("en", 'The 13th ASEAN Summit opened in Singapore on November 20, 2007. The theme of the exhibition is "Asia Rising."',
     [("SUMMIT-13", None)]),
    ("vi", 'Hội nghị Cấp cao ASEAN lần thứ 13 khai mạc tại Singapore ngày 20/11/2007. Chủ đề của triển lãm là "Châu Á vươn '
           'lên".', [("SUMMIT-13", None)]),
])
def test_the_theme_of_the_summit_is(finders, lang, text, expected):
    assert [(m.meeting_id, m.theme) for m in annotate(finders, text, lang).meetings] == expected


@pytest.mark.parametrize("lang, text, city", [
    # a venue right after the acronym in brackets that follows the name (dev en_004)
    ("en", "Laos is hosting the 49th ASEAN Foreign Ministers' Meeting (AMM) in Vientiane, Laos, this week.", "Vientiane"),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49 (AMM) tại Viêng Chăn, Lào đã kết thúc.", "Vientiane"),
    # ... not a place the sentence names otherwise
    ("en", "The 49th ASEAN Foreign Ministers' Meeting (AMM) welcomed the Vientiane Declaration.", None),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49 (AMM) hoan nghênh Tuyên bố Viêng Chăn.", None),
])
def test_a_venue_after_an_acronym_in_brackets(finders, lang, text, city):
    # the name and its acronym are two mentions of one meeting: the venue goes to the one before it
    mentions = annotate(finders, text, lang).meetings
    assert mentions and {m.city for m in mentions} - {None} == ({city} if city else set())
