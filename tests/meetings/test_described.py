"""Summits described rather than named (meetings/described.py), a resort as a venue, and "later that day" as the
article's own time; in both languages, with what they must not find."""
from __future__ import annotations

from datetime import date

import pytest

from .support import annotate, ids


@pytest.mark.parametrize("lang, text, expected", [
    # the grouping's partners listed: the ASEAN Plus Three summit, numbered (dev split en_073)
    ("en", "Wen said at the 12th summit between ASEAN and China, Japan and South Korea (ASEAN Plus Three).",
     ["APT-12"]),
    ("vi", "Phát biểu tại Hội nghị cấp cao lần thứ 12 giữa ASEAN và Trung Quốc, Nhật Bản và Hàn Quốc.", ["APT-12"]),
    # one partner, by its adjective or its name: the ASEAN+1 summit, its year from the sentence (dev split en_091)
    ("en", "In 2009, a summit between South Korean President Lee Myung-bak and the leaders of the ASEAN was held.",
     ["ASEAN-KR-12"]),
    ("vi", "Năm 2009, Hội nghị cấp cao giữa ASEAN và Hàn Quốc đã diễn ra.", ["ASEAN-KR-12"]),
    # partners that make no grouping, or a summit between others, are no meeting
    ("en", "In 2009, a summit between ASEAN and China and India was proposed.", []),
    ("vi", "Năm 2009, Hội nghị cấp cao giữa ASEAN và Trung Quốc, Ấn Độ được đề xuất.", []),
    ("en", "In 2009, a summit between South Korean President Lee and Japanese Prime Minister Hatoyama was held.", []),
    ("vi", "Năm 2009, Hội nghị cấp cao giữa Hàn Quốc và Nhật Bản đã diễn ra.", []),
    # "ASEAN và <partner>" with its number, ASEAN spelled out with a capital "Các" (dev split vi_071)
    ("vi", "Hội nghị Cấp cao Hiệp hội Các quốc gia Đông Nam Á (ASEAN) và Hoa Kỳ lần thứ 10 diễn ra.", ["ASEAN-US-10"]),
    ("en", "The 10th Summit of ASEAN and the United States was held in Cambodia.", ["ASEAN-US-10"]),
    # ... without a number, "ASEAN và Hoa Kỳ" may be two subjects: no summit with the partner (and the series named
    # without a holding verb is no meeting)
    ("vi", "Năm 2022, Hội nghị Cấp cao ASEAN và Hoa Kỳ đều ủng hộ sáng kiến.", []),
    # "giữa" ASEAN spelled out and a partner (2026-12-03, dev split vi_092); relations between them are no summit
    ("vi", "Tại Hội nghị cấp cao giữa Hiệp hội các quốc gia Đông Nam Á (ASEAN) và Ấn Độ ngày 12/11/2022, hai bên nhất trí.",
     ["ASEAN-IN-19"]),
    ("en", "At the summit between the Association of Southeast Asian Nations (ASEAN) and India on November 12, 2022, "
           "they agreed.", ["ASEAN-IN-19"]),
    ("vi", "Năm 2022, quan hệ giữa Hiệp hội các quốc gia Đông Nam Á (ASEAN) và Ấn Độ phát triển.", []),
    ("en", "In 2022, relations between the Association of Southeast Asian Nations (ASEAN) and India grew.", []),
])
def test_described_summits(finders, lang, text, expected):
    assert ids(annotate(finders, text, lang)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    # a resort named as the venue: the one meeting of the series the calendar holds there (dev split en_091)
    ("en", "The decision came at a summit between South Korean President Lee and the leaders of the ASEAN in the "
           "eastern Thai coast resort of Hua Hin.", ["ASEAN-KR-12"]),
    ("vi", "Quyết định được đưa ra tại Hội nghị cấp cao giữa ASEAN và Hàn Quốc tại khu nghỉ dưỡng Hua Hin.",
     ["ASEAN-KR-12"]),
    # ... not a resort that is no venue of the series
    ("en", "The decision came at a summit between South Korean President Lee and the leaders of the ASEAN in the "
           "island resort of Jeju.", []),
])
def test_a_resort_is_a_venue(finders, lang, text, expected):
    assert ids(annotate(finders, text, lang)) == expected


@pytest.mark.parametrize("lang, text, published, expected", [
    # later the same day: the article's own time (dev split en_091)
    ("en", "Later in the afternoon, Lee attended the ASEAN Plus Three summit.", date(2009, 10, 25), ["APT-12"]),
    ("vi", "Cùng ngày, Thủ tướng dự Hội nghị Cấp cao ASEAN+3.", date(2009, 10, 25), ["APT-12"]),
    # ... while a bare name with no time said stays the series
    ("en", "Lee attended the ASEAN Plus Three summit.", date(2009, 10, 25), []),
    ("vi", "Thủ tướng dự Hội nghị Cấp cao ASEAN+3.", date(2009, 10, 25), []),
])
def test_later_that_day_is_the_articles_time(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected


@pytest.mark.parametrize("lang, text, published, expected", [
    # an anniversary the meeting marks points at no other year: it is held now (2026-12-03, dev split vi_092)
    ("vi", "Hai bên ký kết trong Hội nghị Cấp cao ASEAN-Ấn Độ diễn ra vào sáng 12-11 nhân kỷ niệm 30 năm quan hệ đối "
           "thoại.", date(2022, 11, 13), ["ASEAN-IN-19"]),
    ("en", "They signed it at the ASEAN-India Summit held on November 12, marking the 30th anniversary of dialogue "
           "relations.", date(2022, 11, 13), ["ASEAN-IN-19"]),
    # an anniversary of another event still points elsewhere
    ("vi", "Hội nghị Cấp cao ASEAN-Ấn Độ diễn ra vào sáng 12-11, kỷ niệm 30 năm ngày thành lập.", date(2022, 11, 13), []),
    ("en", "The ASEAN-India Summit held on November 12 recalled the 30th anniversary of the founding.",
     date(2022, 11, 13), []),
])
def test_a_marked_anniversary_is_now(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected


@pytest.mark.parametrize("lang, text, published, expected", [
    # a grouping's members spelled out beside its name: the list only spells it out (2026-12-03, dev split en_016,
    # en_085, vi_040): the bare name in a list of meetings is the grouping's meeting, the name around it reads whole
    ("en", "On October 28-30, 2010, 11 Summits took place including ASEAN 17, ASEAN+3 (China, Japan, South Korea) and "
           "East Asia Summit 5.", None, ["APT-13", "EAS-5"]),
    ("vi", "Ngày 29/10/2010, các hội nghị ASEAN+1 (Trung Quốc, Nhật Bản) và ASEAN+3 (Trung Quốc, Nhật Bản, Hàn Quốc) "
           "diễn ra tại Hà Nội.", None, ["ASEAN-CN-13", "ASEAN-JP-13", "APT-13"]),
    ("en", "Meanwhile, the 25th ASEAN Plus Three-China, Japan, South Korea-summit kicked off on Saturday.",
     date(2022, 11, 12), ["APT-25"]),
    ("vi", "Hội nghị Cấp cao ASEAN+3 - Trung Quốc, Nhật Bản, Hàn Quốc - lần thứ 25 khai mạc tại Phnom Penh.",
     date(2022, 11, 12), ["APT-25"]),
    # among the ministers' meetings, the year of the meeting its sentence holds it beside (dev split vi_040); with
    # none, and no year, no meeting
    ("vi", "Bên cạnh AMM-47 là các Hội nghị Bộ trưởng Ngoại giao giữa ASEAN với các đối tác: gồm ASEAN+3 (Trung Quốc, "
           "Nhật Bản, Hàn Quốc), Diễn đàn khu vực ASEAN lần thứ 21.", date(2014, 8, 10),
     ["AMM-47", "PMC-2014", "APT-FMM-15", "ARF-21"]),
    ("en", "Beside the 47th AMM were the ASEAN Foreign Ministers' Meetings with partners, including ASEAN+3 (China, "
           "Japan, South Korea) and the 21st ARF.", date(2014, 8, 10), ["AMM-47", "PMC-2014", "APT-FMM-15", "ARF-21"]),
    ("vi", "Các Hội nghị Bộ trưởng Ngoại giao giữa ASEAN với các đối tác gồm ASEAN+3 (Trung Quốc, Nhật Bản, Hàn Quốc).",
     None, []),
    ("en", "The ASEAN Foreign Ministers' Meetings with partners included ASEAN+3 (China, Japan, South Korea).", None, []),
    # a meeting of ASEAN and the members, the grouping's name after them in brackets, its year that of the AMM held in
    # the city it names (2026-12-03, dev split vi_039); the same words naming no meeting are none
    ("vi", "Ngày 21-7, Hội nghị Bộ trưởng Ngoại giao Hiệp hội các nước Đông Nam Á (ASEAN) và các đối tác Trung Quốc, Nhật "
           "Bản và Hàn Quốc (ASEAN+3) đã diễn ra tại Bali (Indonesia).", None, ["APT-FMM-12"]),
    ("en", "On July 21, the Foreign Ministers' Meeting of ASEAN and China, Japan and South Korea (ASEAN+3) took place in "
           "Bali, Indonesia.", None, ["APT-FMM-12"]),
    ("vi", "Ngày 21-7, ASEAN và các đối tác Trung Quốc, Nhật Bản và Hàn Quốc (ASEAN+3) đã nhất trí tại Bali (Indonesia).",
     None, []),
    ("en", "On July 21, ASEAN and China, Japan and South Korea (ASEAN+3) agreed in Bali, Indonesia.", None, []),
    # not the grouping's members, or the grouping as the framework of another meeting (dev split vi_053): no meeting
    ("en", "On October 28-30, 2010, summits took place including ASEAN+3 (China, Japan).", None, []),
    ("vi", "Ngày 29/10/2010, các hội nghị ASEAN+3 (Trung Quốc, Nhật Bản) diễn ra.", None, []),
    ("en", "In June 2015, senior officials met within the framework of the ASEAN+3 (China, Japan and South Korea).",
     None, []),
    ("vi", "Từ ngày 7-11/6/2015, Malaysia tổ chức SOM giữa ASEAN với các đối tác trong khuôn khổ ASEAN+3 (Trung Quốc, "
           "Nhật Bản và Hàn Quốc).", None, ["SOM-2015"]),
])
def test_a_spelled_out_grouping(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected


@pytest.mark.parametrize("lang, text, published, expected", [
    # a meeting named by the article's year is the one numbered meeting of its series the article names, when the
    # calendar cannot date that one (2026-12-03, dev split en_017: "the Third ASEAN-US Summit" ... "the ASEAN-US Summit
    # on November 18")
    ("en", "On the sidelines will be the Third ASEAN-US Summit. President Obama will also attend the ASEAN-US Summit on "
           "November 18.", date(2011, 11, 10), ["ASEAN-US-3", "ASEAN-US-3"]),
    ("vi", "Bên lề sẽ diễn ra Hội nghị Cấp cao ASEAN-Hoa Kỳ lần thứ 3. Tổng thống Obama sẽ dự Hội nghị Cấp cao ASEAN-Hoa "
           "Kỳ ngày 18/11.", date(2011, 11, 10), ["ASEAN-US-3", "ASEAN-US-3"]),
    # ... not one of another year than the article's (dev split en_041)
    ("en", "They proposed the third ASEAN-US Summit in Bali. They recalled the ASEAN-US Summit held in New York in 2010.",
     date(2011, 7, 22), ["ASEAN-US-3", "ASEAN-US-2010"]),
    ("vi", "Họ đề xuất Hội nghị Cấp cao ASEAN-Hoa Kỳ lần thứ 3 tại Bali. Họ xem xét Tuyên bố của Hội nghị Cấp cao "
           "ASEAN-Hoa Kỳ diễn ra tại New York năm 2010.", date(2011, 7, 22), ["ASEAN-US-3", "ASEAN-US-2010"]),
])
def test_one_numbered_meeting_the_calendar_cannot_date(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected


@pytest.mark.parametrize("lang, text, published, expected", [
    # an undated article naming the year of ASEAN's chair speaks of that year (2026-12-03, dev split en_105, vi_005)
    ("en", "At the conclusion of the ADMM Retreat in Luang Prabang, Laos, the ministers issued a statement. Khaled "
           "expressed support to Laos as the Chair of Asean for 2024.", None, ["admm-retreat-2024"]),
    ("vi", "Ngày 11-1, tại Seam Reap, Campuchia đã diễn ra Hội nghị hẹp các bộ trưởng ngoại giao ASEAN. Đây là hội nghị "
           "đầu tiên trong nhiệm kỳ Chủ tịch ASEAN năm 2012 của Campuchia.", None, ["amm-retreat-2012"]),
    # two chairs' years, or an article with its own date: not that
    ("en", "At the conclusion of the ADMM Retreat in Luang Prabang, Laos, the ministers issued a statement. Laos is the "
           "Chair of Asean for 2024, after Indonesia as the Chair of ASEAN in 2023.", None, []),
    ("vi", "Ngày 11-1, tại Seam Reap, Campuchia đã diễn ra Hội nghị hẹp các bộ trưởng ngoại giao ASEAN. Campuchia là Chủ "
           "tịch ASEAN 2012, sau Indonesia là Chủ tịch ASEAN 2011.", None, []),
    ("en", "At the conclusion of the ADMM Retreat in Luang Prabang, Laos, the ministers issued a statement. Laos is the "
           "Chair of Asean for 2024.", date(2023, 12, 1), ["admm-retreat-2023"]),
])
def test_the_year_of_asean_chair_dates_an_undated_article(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected


@pytest.mark.parametrize("lang, text, published, expected", [
    # a series' name in an exercise's title, or standing for the grouping's members, is no meeting (2026-12-03, dev
    # split en_101: "the inaugural ADMM+ Humanitarian Assistance ... Exercise", "the ADMM+ member states")
    ("en", "On May 7, 2013, after the 7th ASEAN Defence Ministers' Meeting, ASEAN supported the inaugural ADMM+ "
           "Humanitarian Assistance and Disaster Relief and Military Medicine Exercise.", None, ["ADMM-7"]),
    ("vi", "Ngày 7/5/2013, sau Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 7, ASEAN ủng hộ cuộc diễn tập nhân đạo và cứu "
           "trợ thảm họa đầu tiên của ADMM+ tại Brunei.", None, ["ADMM-7"]),
    ("en", "Exercises will strengthen cooperation among defence forces of the ADMM+ member states in 2013.", None, []),
    ("vi", "Năm 2013, diễn tập tăng cường hợp tác giữa các nước thành viên ADMM+.", None, []),
    # the meeting itself stays one
    ("en", "The inaugural ADMM+ was held in Hanoi in October 2010.", None, ["ADMM-PLUS-1"]),
    ("vi", "Hội nghị ADMM+ lần đầu tiên diễn ra tại Hà Nội tháng 10/2010.", None, ["ADMM-PLUS-1"]),
])
def test_a_name_in_an_exercise_or_for_members_is_no_meeting(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected
