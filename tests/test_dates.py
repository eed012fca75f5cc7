"""Dates stage: single dates, ranges, year-less anchoring, deadlines, no false years, the article's date.

Pure regex (dateparser only where a pattern gives the engine nothing to read): no language model is loaded;
sentences are split on end punctuation.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from pipeline.stages.dates import deadline_for, deadline_in, find_dates, infer_published, vague_deadline_in, with_year
from pipeline.document import DateMention, Document, MeetingMention
from pipeline.resources import load_data


def make_doc(text: str, lang: str, published: date | None = None) -> Document:
    sentences = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
    return Document("doc", "test", text=text, lang=lang, published=published, sentences=sentences)


def dates_of(text: str, lang: str, published: date | None = None) -> list[DateMention]:
    return find_dates(make_doc(text, lang, published)).dates


D = date.fromisoformat


@pytest.mark.parametrize("lang, text, surface, value, granularity", [
    ("en", "The meeting opened on August 2, 2021 in Hanoi.", "August 2, 2021", "2021-08-02", "day"),
    ("en", "ASEAN was founded on 8 August 1967 in Bangkok.", "8 August 1967", "1967-08-08", "day"),
    ("en", "The leaders adopted the plan in November 2020.", "November 2020", "2020-11-01", "month"),
    ("en", "In 2023, Indonesia chaired ASEAN.", "2023", "2023-01-01", "year"),
    ("en", "Signed on Sept. 5, 2023 in Jakarta.", "Sept. 5, 2023", "2023-09-05", "day"),
    # day-first in Vietnamese-origin English ("Vietnam" is a cue), month-first otherwise
    ("en", "Vietnam sent a delegation on 6/8/2021 to the talks.", "6/8/2021", "2021-08-06", "day"),
    ("en", "The State Department said on 6/8/2021 that talks resumed.", "6/8/2021", "2021-06-08", "day"),
    ("en", "The accord of 24/7/2024 entered into force.", "24/7/2024", "2024-07-24", "day"),   # 24 cannot be a month
    ("vi", "Ngày 5 tháng 9 năm 2023, các nhà lãnh đạo đã họp.", "Ngày 5 tháng 9 năm 2023", "2023-09-05", "day"),
    ("vi", "Hội nghị diễn ra ngày 6/8/2021 tại Hà Nội.", "ngày 6/8/2021", "2021-08-06", "day"),
    ("vi", "Ủy ban đã họp lần đầu vào tháng 11/2020.", "tháng 11/2020", "2020-11-01", "month"),
    ("vi", "Lào giữ cương vị Chủ tịch trong năm 2024.", "năm 2024", "2024-01-01", "year"),
    ("vi", "Văn bản ký tháng 12 năm 2025 có hiệu lực.", "tháng 12 năm 2025", "2025-12-01", "month"),
    # the hyphenated day-month of VNA style
    ("vi", "Ngày 24-8-2010, hội nghị khai mạc tại Đà Nẵng.", "Ngày 24-8-2010", "2010-08-24", "day"),
])
def test_single_dates(lang, text, surface, value, granularity):
    (mention,) = dates_of(text, lang)
    assert (mention.text, mention.value, mention.granularity, mention.kind) == (surface, D(value), granularity, "date")
    assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("lang, text, surface, first, last", [
    ("en", "The 56th AMM met in Jakarta on July 11-14, 2023.", "July 11-14, 2023", "2023-07-11", "2023-07-14"),
    ("en", "The ministers met from 2-6 August 2021 online.", "2-6 August 2021", "2021-08-02", "2021-08-06"),
    ("en", "Talks ran July 30 - August 2, 2021 in Manila.", "July 30 - August 2, 2021", "2021-07-30", "2021-08-02"),
    ("en", "Viet Nam will coordinate in the 2018-2021 period.", "2018-2021", "2018-01-01", "2021-12-31"),
    ("vi", "Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta từ ngày 5 đến 7/9/2023.", "từ ngày 5 đến 7/9/2023",
     "2023-09-05", "2023-09-07"),
    ("vi", "Sau 5 ngày làm việc (2 - 6/8/2021), hội nghị kết thúc.", "2 - 6/8/2021", "2021-08-02", "2021-08-06"),
    ("vi", "Diễn đàn họp từ ngày 9 đến 11/10/2024 tại Viêng Chăn.", "từ ngày 9 đến 11/10/2024", "2024-10-09",
     "2024-10-11"),
    ("vi", "Phiên họp từ 9 đến 11 tháng 10 năm 2024 đã kết thúc.", "từ 9 đến 11 tháng 10 năm 2024", "2024-10-09",
     "2024-10-11"),
    ("vi", "Kế hoạch thực hiện giai đoạn 2021-2025 được thông qua.", "2021-2025", "2021-01-01", "2025-12-31"),
    ("vi", "Các hội nghị sẽ diễn ra từ ngày 24 đến 28-8-2010 tại Đà Nẵng.", "từ ngày 24 đến 28-8-2010", "2010-08-24",
     "2010-08-28"),
    # the month after a dot (some outlets' style), with and without the year
    ("vi", "Từ ngày 5-10.8.2014, tại Nay Pyi Taw diễn ra các hội nghị.", "Từ ngày 5-10.8.2014", "2014-08-05",
     "2014-08-10"),
    # two days joined by "và" after "hai ngày": a span
    ("vi", "Hội nghị diễn ra tại Xin-ga-po trong hai ngày 20 và 21-7-2008.", "trong hai ngày 20 và 21-7-2008",
     "2008-07-20", "2008-07-21"),
    ("vi", "Hội nghị diễn ra trong 2 ngày 15 và 16/2/2016 tại Sunnylands.", "trong 2 ngày 15 và 16/2/2016",
     "2016-02-15", "2016-02-16"),
])
def test_ranges(lang, text, surface, first, last):
    (mention,) = dates_of(text, lang)
    assert (mention.text, mention.value, mention.end_value, mention.kind) == (surface, D(first), D(last), "range")


@pytest.mark.parametrize("lang, text, published, value", [
    ("en", "On December 27, the ministers met.", "2024-01-05", "2023-12-27"),    # the closest December 27
    ("en", "The forum is set for October 9-11.", "2024-09-30", "2024-10-09"),
    ("vi", "Ngày 24/7, Bộ trưởng đã gửi điện chia buồn.", "2024-07-25", "2024-07-24"),
    ("vi", "Sáng 5 tháng 9, hội nghị khai mạc.", "2023-09-06", "2023-09-05"),
    # a year-less range across two months is one range, anchored like a single date
    ("en", "Ministers will meet in Bangkok from July 29-Aug 3.", "2019-07-27", "2019-07-29"),
    ("vi", "Hội nghị diễn ra từ ngày 30/7 đến 2/8 tại Viêng Chăn.", "2024-07-20", "2024-07-30"),
    ("vi", "Sáng 25-8, hội nghị khai mạc tại Đà Nẵng.", "2010-08-26", "2010-08-25"),
    ("vi", "Hội nghị bắt đầu vào hôm nay (14/7) tại Jakarta.", "2023-07-14", "2023-07-14"),
    ("vi", "Sáng nay (12/12), các nhà lãnh đạo đã họp.", "2014-12-12", "2014-12-12"),
    ("vi", "Từ ngày 5-10.8, tại Nay Pyi Taw diễn ra các hội nghị.", "2014-07-30", "2014-08-05"),
    ("vi", "Sáng ngày 10.8, hội nghị khai mạc.", "2014-08-09", "2014-08-10"),
])
def test_yearless_dates_anchor_to_the_article_date(lang, text, published, value):
    (mention,) = dates_of(text, lang, D(published))
    assert mention.value == D(value) and mention.granularity == "day"


@pytest.mark.parametrize("lang, text, value", [
    ("en", "In 2023, ASEAN grew. On December 27, the ministers met.", "2023-12-27"),   # the article's first year
    ("vi", "Năm 2023 là năm thành công. Ngày 24/7, Bộ trưởng đã gửi điện.", "2023-07-24"),
    # a history sentence ("since 1989") is passed over, the next year written is the frame
    ("en", "On 10 October the leaders met. They have been partners since 1989. In 2024 ties were upgraded.", "2024-10-10"),
    ("vi", "Ngày 10/10, hai bên đã họp. Hai nước là đối tác từ năm 1989. Năm 2024 quan hệ được nâng cấp.", "2024-10-10"),
    # a Vietnamese year after a date word ("các năm 2010 và 2011") is a year, not a name
    ("vi", "Các năm 2010 và 2011 thành công. Ngày 24/7, Bộ trưởng đã gửi điện.", "2010-07-24"),
])
def test_yearless_dates_anchor_to_the_first_year_named(lang, text, value):
    assert [m.value for m in dates_of(text, lang) if m.granularity == "day"] == [D(value)]


@pytest.mark.parametrize("lang, text", [
    ("en", "On December 27, the ministers met."),
    ("vi", "Ngày 24/7, Bộ trưởng đã gửi điện chia buồn."),
    # a period of years spans a plan, not the article's time
    ("en", "The 2021-2025 plan was adopted. On December 27, the ministers met."),
    ("vi", "Kế hoạch công tác giai đoạn 2007-2017 được thông qua. Ngày 24/7, Bộ trưởng đã gửi điện."),
    # a year in a treaty's name is not the article's time (dev split vi_080)
    ("vi", "Ngày 16-2, hội nghị nhắc lại Công ước Liên hợp quốc về Luật biển 1982 (UNCLOS)."),
    ("en", "On 16 February, the summit recalled UNCLOS 1982."),
    # a history: a year since which something lasts, or the years of its sentence (dev split vi_074)
    ("vi", "Ngày 10/10, hai bên đã họp. Quan hệ đối thoại từ năm 1989, và hợp tác toàn diện vào năm 2004."),
    ("en", "On 10 October the leaders met. They have been partners since 1989 and strategic partners in 2010."),
    # a clause opened by "after" dates a time before the article's (dev split vi_080)
    ("vi", "Chiều 16-2, đây là hội nghị đầu tiên diễn ra sau khi Cộng đồng ASEAN được hình thành cuối năm 2015."),
    ("en", "On 16 February, the first summit after the ASEAN Community was formed at the end of 2015 opened."),
])
def test_yearless_dates_without_any_anchor_are_dropped(lang, text):
    assert [m for m in dates_of(text, lang) if m.granularity == "day"] == []     # never a made-up year


@pytest.mark.parametrize("lang, text", [
    ("en", "The 54th ASEAN Foreign Ministers' Meeting (AMM-54) ended."),
    ("en", "After AMM-57 come the 44th and 45th ASEAN Summits."),
    ("en", "The 3rd meeting gathered 11 countries under Regulation 142 against COVID-19."),
    ("en", "The ASEAN Community Vision 2045 follows MPAC 2025."),          # years inside names
    ("en", "The centre offers 24/7 support."),                             # round the clock, not 24 July
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) đã thành công."),
    ("vi", "Hội nghị lần thứ 2 có 11 nước tham dự, thực hiện 11 chuẩn mực."),
    ("vi", "Trung tâm hỗ trợ 24/7 cho người dân."),
    ("vi", "Đội tuyển thắng 2-1 trong trận đấu ngày 24-28."),           # a score and a day span with no month
    ("vi", "Tỷ lệ hiện nay (14/25) vẫn thấp."),                        # a ratio in brackets, no month
    ("vi", "Giá tăng 10.8 phần trăm so với ngày thường."),             # a decimal, no word introducing a date
    ("vi", "Ngày 10.85 triệu lượt khách đến thăm."),                  # a decimal after "ngày" is no day.month
])
def test_no_false_dates(lang, text):
    assert dates_of(text, lang, D("2024-07-01")) == []


@pytest.mark.parametrize("lang, text, surface, due", [
    ("en", "The ministers approved the ASEAN Digital Transformation Plan until 2025.", "until 2025", "2025-12-31"),
    ("en", "Members will complete the review by March 2026.", "by March 2026", "2026-03-31"),
    ("en", "ASEAN aims to join the network by 2030.", "by 2030", "2030-12-31"),
    ("en", "Parties shall ratify it no later than 31 December 2025.", "no later than 31 December 2025", "2025-12-31"),
    ("en", "The plan must be finished by the end of 2024.", "by the end of 2024", "2024-12-31"),
    ("vi", "Định hướng tham gia ASEAN đến năm 2030 được ban hành.", "đến năm 2030", "2030-12-31"),
    ("vi", "Các nước hoàn thành lộ trình trước năm 2025.", "trước năm 2025", "2025-12-31"),
    ("vi", "Báo cáo phải nộp trước ngày 31/12/2025.", "trước ngày 31/12/2025", "2025-12-31"),
    ("vi", "Dự thảo hoàn tất chậm nhất là tháng 6/2026.", "chậm nhất là tháng 6/2026", "2026-06-30"),
])
def test_deadlines(lang, text, surface, due):
    doc = find_dates(make_doc(text, lang))
    mention = deadline_in(doc, 0, len(text))
    assert mention is not None and (mention.text, mention.kind) == (surface, "deadline")
    assert deadline_for(mention) == D(due)


@pytest.mark.parametrize("lang, text", [
    ("en", "The ASEAN Future Forum was held in 2024."),        # a date, not a deadline
    ("en", "The ministers met on 2 August 2021."),
    ("vi", "Diễn đàn được tổ chức vào năm 2024."),
])
def test_dates_that_are_not_deadlines(lang, text):
    doc = find_dates(make_doc(text, lang))
    assert doc.dates and deadline_in(doc, 0, len(text)) is None


@pytest.mark.parametrize("lang, text, surface, due", [
    # relative deadlines count from the article's date (issue 16)
    ("en", "Vietnam committed to completing the negotiations within three years.", "within three years", "2027-07-10"),
    ("en", "The ministers agreed to conclude the talks by the end of next year.", "by the end of next year",
     "2025-12-31"),
    ("en", "ASEAN will finish the review within 6 months.", "within 6 months", "2025-01-10"),
    ("vi", "Việt Nam cam kết hoàn tất đàm phán trong vòng ba năm.", "trong vòng ba năm", "2027-07-10"),
    ("vi", "Việt Nam cam kết hoàn tất đàm phán trước cuối năm nay.", "trước cuối năm nay", "2024-12-31"),
    ("vi", "Hai bên sẽ ký hiệp định trong năm tới.", "trong năm tới", "2025-12-31"),
])
def test_relative_deadlines_count_from_the_article_date(lang, text, surface, due):
    doc = find_dates(make_doc(text, lang, published=D("2024-07-10")))
    mention = deadline_in(doc, 0, len(text))
    assert mention is not None and (mention.text, mention.kind) == (surface, "deadline")
    assert deadline_for(mention) == D(due)


@pytest.mark.parametrize("lang, text", [
    ("en", "Vietnam committed to completing the negotiations within three years."),
    ("vi", "Việt Nam cam kết hoàn tất đàm phán trước cuối năm nay."),
])
def test_relative_deadlines_need_the_article_date(lang, text):
    assert deadline_in(find_dates(make_doc(text, lang)), 0, len(text)) is None


@pytest.mark.parametrize("lang, text", [
    # a plan's name is not a deadline
    ("en", "The leaders adopted the ASEAN Community Vision 2045."),
    ("vi", "Các nhà lãnh đạo thông qua Tầm nhìn Cộng đồng ASEAN 2045."),
])
def test_a_plan_name_is_no_deadline(lang, text):
    assert deadline_in(find_dates(make_doc(text, lang, published=D("2024-07-10"))), 0, len(text)) is None


@pytest.mark.parametrize("lang, text, phrase", [
    ("en", "Countries will try to ratify the RCEP Agreement as soon as possible.", "as soon as possible"),
    ("vi", "Các nước sẽ phê chuẩn Hiệp định sớm nhất có thể.", "sớm nhất có thể"),
    ("vi", "Hiệp định cần có hiệu lực kịp thời.", "kịp thời"),
])
def test_vague_deadlines_have_no_date(lang, text, phrase):
    doc = find_dates(make_doc(text, lang))
    assert deadline_in(doc, 0, len(text)) is None
    assert vague_deadline_in(doc, 0, len(text))[2] == phrase


def test_deadline_in_looks_only_inside_the_span():
    text = "ASEAN approved the plan until 2025. Members will act by 2030."
    doc = find_dates(make_doc(text, "en"))
    second = text.index("Members")
    assert deadline_in(doc, second, len(text)).text == "by 2030"
    assert deadline_in(doc, 0, second).text == "until 2025"


@pytest.mark.parametrize("granularity, value, expected", [
    ("year", "2025-01-01", "2025-12-31"),
    ("month", "2024-02-01", "2024-02-29"),
    ("day", "2025-06-15", "2025-06-15"),
])
def test_deadline_for_takes_the_last_day_covered(granularity, value, expected):
    mention = DateMention(0, 4, "x", D(value), None, granularity, "deadline")
    assert deadline_for(mention) == D(expected)


@pytest.mark.parametrize("lang, text, published", [
    ("en", "HANOI, August 2, 2021 (VNA) - The ministers met online.", "2021-08-02"),
    ("en", "Hanoi, 6/8/2021 (VNA) - Vietnam attended the meeting.", "2021-08-06"),      # day-first
    ("vi", "Hà Nội, ngày 2/8/2021 - Bộ trưởng đã dự hội nghị.", "2021-08-02"),
    ("vi", "Sau 5 ngày làm việc (2 - 6/8/2021), Hội nghị đã thành công.", "2021-08-06"),  # full date at the top
    ("en", "MANILA, AUGUST 3, 2007 (BULLETIN) By C. Luci - The Philippines handed over the chair.", "2007-08-03"),
    ("en", "date 2019-07-27 Bangkok gears up to host Asean foreign minister meetings", "2019-07-27"),  # page header
    ("vi", "date 2024-07-27 Viêng Chăn – Thứ trưởng Ngoại giao đã dự các hội nghị.", "2024-07-27"),
    # a page's time stamp: an ISO date with its time, labelled or not
    ("en", "Asia Pacific\nASEAN ministers pledge cooperation\nLast Updated: 2013-08-29 07:38 | Xinhua\nThe ministers met.",
     "2013-08-29"),
    ("en", "China proposes cooperation\n2009-11-02 15:02\n\nHUA HIN, Thailand (Xinhua) -- The premier spoke.", "2009-11-02"),
    ("vi", "Hàn Quốc và ASEAN nhất trí\n\n2009-10-25 14:44\n\nHai bên đã họp.", "2009-10-25"),
])
def test_published_from_the_text(lang, text, published):
    assert find_dates(make_doc(text, lang)).published == D(published)


@pytest.mark.parametrize("lang, text", [
    ("en", "On the morning of December 27, the deputy minister chaired a meeting."),   # no year: not the article's date
    ("en", "The ministers agreed to act by 2030."),
    ("vi", "Ngày 24/7, các nhà lãnh đạo gửi điện chia buồn."),
    ("en", ("ASEAN news. " * 40) + "The forum met on 2 August 2021."),                 # too far from the top
    ("en", "date 2019-13-45 Bangkok gears up"),                                        # no such day
    ("en", "The 2019-2020 plan was adopted in Bangkok."),                              # not a page header
    ("en", "The plan adopted on 2019-07-27 set targets."),                            # an ISO date without its time
])
def test_published_stays_unknown_rather_than_made_up(lang, text):
    assert find_dates(make_doc(text, lang)).published is None


@pytest.mark.parametrize("lang, text, month", [
    # a page header with only the year and month: the article's year and month, never a made-up day
    ("vi", " date 2019-05 Ngày 19-5 tại Hàng Châu đã diễn ra cuộc họp.", (2019, 5)),
    ("en", "date 2020-09 The ASEAN Regional Forum ministers met online.", (2020, 9)),
    # a full date is the published date instead; a year-month inside the story, or no such month, is nothing
    ("en", "date 2019-07-27 Bangkok gears up to host Asean foreign minister meetings", None),
    ("en", "The ministers reviewed the 2019-05 report of the task force.", None),
    ("vi", " date 2019-13 Các Bộ trưởng đã họp.", None),
])
def test_a_page_month_gives_the_year_without_a_day(lang, text, month):
    doc = find_dates(make_doc(text, lang))
    assert doc.page_month == month
    assert (doc.published is None) == (month is not None or "27" not in text)
    assert doc.article_year == (month[0] if month else (doc.published.year if doc.published else None))


@pytest.mark.parametrize("lang, text, value", [
    # a page header's month anchors a day written without its year, as a publication date would (2026-12-03, batch 11
    # vi_118: "Sáng 14.11" on a page headed "date 2020-11")
    ("vi", " date 2020-11 Các nước đã họp.\nSáng 14.11, tại Hội nghị Cấp cao ASEAN - Mỹ, các nước đã họp.", "2020-11-14"),
    ("en", "date 2020-11 The leaders met.\nOn November 14, the ASEAN-US Summit was held online.", "2020-11-14"),
    # ... to the nearest year: a December day on a January page is the year before
    ("vi", " date 2021-01 Các nước đã họp.\nNgày 28/12, các nước đã họp.", "2020-12-28"),
])
def test_a_page_month_anchors_days_written_without_a_year(lang, text, value):
    doc = find_dates(make_doc(text, lang))
    assert [m.value for m in doc.dates if m.granularity == "day"] == [D(value)]


def test_published_given_by_the_input_is_kept():
    doc = find_dates(make_doc("HANOI, August 2, 2021 (VNA) - The ministers met.", "en", D("2021-08-03")))
    assert doc.published == D("2021-08-03")


def _meeting(meeting_id: str, start: int, start_date: date | None = None, end_date: date | None = None):
    return MeetingMention(meeting_id, "AMM", "name", None, start, start + 6, "AMM-54", 0, start_date, end_date)


@pytest.mark.parametrize("meetings, published", [
    ([_meeting("AMM-54", 0, D("2021-08-02"), D("2021-08-06")), _meeting("AMM-54", 9)], "2021-08-06"),
    ([_meeting("SUMMIT-38", 0, D("2021-10-26")), _meeting("AMM-54", 9, D("2021-08-02")),
      _meeting("AMM-54", 20)], "2021-08-02"),                       # the meeting named most is the article's
    ([_meeting("AMM-54", 0)], None),                                # no date stated: stays unknown
])
def test_infer_published_from_the_meeting_the_article_is_about(meetings, published):
    doc = make_doc("text", "en")
    doc.meetings = meetings
    assert infer_published(doc).published == (D(published) if published else None)


@pytest.mark.parametrize("text, year, expected", [
    ("July 11-14", 2023, ("2023-07-11", "2023-07-14")),             # year-less: moved to the meeting's year
    ("July 11-14, 2024", 2023, ("2024-07-11", "2024-07-14")),       # written year: kept
])
def test_with_year(text, year, expected):
    mention = DateMention(0, len(text), text, D("2024-07-11"), D("2024-07-14"), "day", "range")
    moved = with_year(mention, year, "en")
    assert (moved.value, moved.end_value) == tuple(map(D, expected))


def test_language_files_are_parallel():
    en, vi = load_data("dates/en.yaml"), load_data("dates/vi.yaml")
    assert set(en) == set(vi)
    for lang in ("en", "vi"):
        find_dates(make_doc("x", lang))                               # every pattern compiles


def test_two_full_dates_joined_by_and_are_two_days_not_a_range():
    doc = find_dates(make_doc("Ngày 24/8 và 28/8 có hai phiên họp.", "vi", D("2019-08-01")))
    assert all(m.kind == "date" for m in doc.dates)


# Dates with month words are read from the pattern's own groups, with no date parser.
@pytest.mark.parametrize("lang, text, surface, value, granularity", [
    ("en", "The talks ended on August 4th, 2021 in Brunei.", "August 4th, 2021", "2021-08-04", "day"),
    ("en", "Signed on 29 February 2024 in Vientiane.", "29 February 2024", "2024-02-29", "day"),
    ("en", "The plan was adopted in Dec. 2019 by the ministers.", "Dec. 2019", "2019-12-01", "month"),
    ("vi", "Ngày 29 tháng 2 năm 2024, văn bản được ký.", "Ngày 29 tháng 2 năm 2024", "2024-02-29", "day"),
    ("vi", "Hiệp định ký Tháng 3, 2022 tại Hà Nội.", "Tháng 3, 2022", "2022-03-01", "month"),
])
def test_month_word_dates_read_without_a_parser(lang, text, surface, value, granularity, monkeypatch):
    import pipeline.stages.dates as dates

    monkeypatch.setattr(dates, "_dateparser_parts", lambda *a: pytest.fail("the date parser was asked"))
    (mention,) = dates_of(text, lang)
    assert (mention.text, mention.value, mention.granularity) == (surface, D(value), granularity)


@pytest.mark.parametrize("lang, text", [
    ("en", "The report dated February 30, 2021 was a forgery."),    # no such day
    ("en", "It was signed on 29 February 2023 in Manila."),          # not a leap year
    ("en", "On April 31, 2022 nothing happened."),
    ("vi", "Văn bản ghi ngày 31 tháng 4 năm 2023 là sai."),
    ("vi", "Ngày 30 tháng 2 năm 2021 không có thật."),
    ("vi", "Kế hoạch tháng 13 năm 2021 không tồn tại."),              # no 13th month
])
def test_impossible_month_word_dates_are_not_dates(lang, text):
    assert [m for m in dates_of(text, lang) if m.granularity != "year"] == []


def test_month_word_reading_agrees_with_dateparser():
    """The engine's reading of every month-word shape is the one dateparser gave before (a sample of shapes)."""
    from dataclasses import replace

    import pipeline.stages.dates as dates
    from pipeline.stages.date_lexicon import date_lexicon

    samples = {"en": ["August 2, 2021", "2nd of August 2021", "Sept. 31, 2020", "Feb 29", "Oct 3", "31 December",
                      "June 2024", "Nov., 1999", "29 February 2000", "0 May 2021", "March 31st"],
               "vi": ["ngày 5 tháng 9 năm 2023", "sáng 31 tháng 11", "tháng 9 năm 2023", "Tháng 12, 2020",
                      "ngày 29 tháng 2 năm 2023", "ngày 1 tháng 1"]}
    for lang, texts in samples.items():
        lex = date_lexicon(lang)
        for text in texts:
            for pattern in lex.textual:
                for match in pattern.finditer(text):
                    parseable = lex.parse_skip.sub("", match.group(0)) if lex.parse_skip else match.group(0)
                    expected = dates._dateparser_parts(parseable, lang, lex.numeric_order)
                    if expected is not None and not lex.written_year.search(match.group(0)):
                        expected = replace(expected, year=None)
                    assert dates._single("textual", match, lex, lex.numeric_order) == expected, match.group(0)


@pytest.mark.parametrize("lang, text, values", [
    # two days joined by "và" without "hai ngày" stay two days
    ("vi", "Hai ngày quan trọng là ngày 3/7/2008 và 21/7/2008.", ["2008-07-03", "2008-07-21"]),
    ("vi", "Hai bên gặp nhau ngày 3/7/2008 và 21/7/2008.", ["2008-07-03", "2008-07-21"]),
])
def test_two_days_with_va_are_no_span(lang, text, values):
    found = dates_of(text, lang)
    assert [m.value for m in found] == [D(v) for v in values] and all(m.kind != "range" for m in found)
