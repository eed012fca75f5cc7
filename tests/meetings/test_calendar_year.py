"""The year of an undated article from the meetings calendar (meetings/calendar_year.py)."""
from __future__ import annotations

from datetime import date

import pytest

from .support import annotate, ids


@pytest.mark.parametrize("lang, text, year, expected", [
    # a venue with one meeting of the series: that meeting's year
    ("en", "North Korea will skip the ASEAN Regional Forum (ARF) hosted by Thailand next week.\n"
           "The July 23 forum in Phuket will draw ministers from 27 members.", 2009, ["ARF-16"]),
    ("vi", "Các Bộ trưởng sẽ dự Diễn đàn Khu vực ASEAN (ARF) tuần tới.\nDiễn đàn diễn ra tại Phuket ngày 23/7.",
     2009, ["ARF-16"]),
    # a venue with several meetings of the series, and a full date the article writes: the meeting of that year
    ("en", "The ASEAN Regional Forum (ARF) took place in Bangkok this week.\n"
           "The ministers welcomed the meeting of 30 June 2019 at the Demilitarized Zone.", 2019, ["ARF-26"]),
    # a venue with several meetings and a day without its year
    ("vi", "Tổng thống dự Hội nghị thượng đỉnh ASEAN tại Viêng Chăn (Lào).\nNgày 10/10, hai bên đã thông qua "
           "tuyên bố chung.", 2024, None),
    # a commemorative summit filed from the city of one of them, on its day
    ("en", "NEW DELHI, Dec 20 - Inaugurating the India-ASEAN Commemorative Summit here, the Prime Minister spoke.",
     2012, ["india-asean-commemorative-summit-2012"]),
    ("vi", "Chiều 16-2, Hội nghị Cấp cao đặc biệt ASEAN-Hoa Kỳ tại Sunnylands đã ra Tuyên bố Sunnylands.", 2016,
     ["special-asean-us-summit-2016"]),
    # a city named without a venue word, and a day: the meeting of that day among the city's (the day read in that
    # year, not in a year of the history the article recalls)
    ("vi", "Quan hệ đối thoại được thiết lập từ năm 1989.\nNgày 10/10, nhân chuyến thăm Viêng Chăn (Lào) dự Hội nghị "
           "thượng đỉnh ASEAN, hai bên thông qua tuyên bố chung.", 2024, ["SUMMIT-2024"]),
    ("en", "Relations began in 1989.\nOn October 10, during his visit to Vientiane for the ASEAN Summit, the two sides "
           "adopted a statement.", 2024, ["SUMMIT-2024"]),
    # a series numbered by year, held beside another's meeting (the PMC+1 beside the AMM): that meeting's venue
    ("en", "The ASEAN-China Foreign Ministers' Meeting was held in Phuket this week.", 2009, ["PMC-CN-2009"]),
    ("vi", "Hội nghị Bộ trưởng Ngoại giao ASEAN-Trung Quốc diễn ra tại Phuket hôm nay.", 2009, ["PMC-CN-2009"]),
    # a day inside one meeting's own dates, when the slack lets another of the city's fit too (2026-12-03, dev split
    # en_147: the ARF of 29 July 2005, not that of 27 July 2024)
    ("en", "Vientiane, July 29:\n\nThe ASEAN Regional Forum agreed today to push efforts to fight terrorism as it ended "
           "its annual session in Vientiane.", 2005, ["ARF-12"]),
    ("vi", "Viêng Chăn, ngày 29/7:\n\nDiễn đàn Khu vực ASEAN (ARF) hôm nay đã bế mạc phiên họp thường niên tại Viêng "
           "Chăn.", 2005, ["ARF-12"]),
    # a day that fits two meetings, and an official named with the office held in one of their years
    ("en", "US Secretary of State Antony Blinken attended the East Asia Summit on October 10.", 2024, None),
    ("vi", "Thủ tướng Nguyễn Tấn Dũng dự Hội nghị Cấp cao Đông Á ngày 10/10.", 2013, None),
])
def test_an_undated_article_takes_the_year_of_the_one_meeting_its_facts_fit(finders, lang, text, year, expected):
    doc = annotate(finders, text, lang)
    assert doc.article_year == year
    if expected is not None:
        assert sorted(set(ids(doc))) == expected


@pytest.mark.parametrize("lang, text", [
    # a city where the series met more than once, and nothing else: no year
    ("en", "The ASEAN Regional Forum (ARF) took place in Bangkok on Friday."),
    ("vi", "Diễn đàn Khu vực ASEAN (ARF) đã diễn ra tại Viêng Chăn."),
    # a day alone fits a meeting by chance: a series' name may be the standing body, so one day is not enough
    ("en", "The ASEAN Regional Forum, which has 27 members, said on July 23 that it welcomed the talks."),
    ("vi", "Ngày 23/7, Diễn đàn Khu vực ASEAN (ARF), gồm 27 thành viên, hoan nghênh cuộc đối thoại."),
    # a day within the slack of two of the city's meetings and inside neither's own dates (2026-12-03)
    ("en", "Vientiane, July 28:\n\nThe ASEAN Regional Forum agreed today to push efforts to fight terrorism as it ended "
           "its annual session in Vientiane."),
    ("vi", "Viêng Chăn, ngày 28/7:\n\nDiễn đàn Khu vực ASEAN (ARF) hôm nay đã bế mạc phiên họp thường niên tại Viêng "
           "Chăn."),
    # two series pointing at different years
    ("en", "Ministers met at the ASEAN Regional Forum in Phuket, a year after the East Asia Summit in Cebu."),
    # ... and the official named with a past title
    ("en", "Former Secretary of State Antony Blinken attended the East Asia Summit on October 10."),
    ("vi", "Nguyên Thủ tướng Nguyễn Tấn Dũng dự Hội nghị Cấp cao Đông Á ngày 10/10."),
    # a city named without a venue word, alone: the name may be the standing body's
    ("en", "The ASEAN Regional Forum statement was read; Phuket hotels were full."),
    ("vi", "Tuyên bố của Diễn đàn Khu vực ASEAN được công bố; khách sạn ở Phuket kín phòng."),
    # facts from a history the article recalls, against the numbered meetings it names (batch 9 en_114)
    ("en", "The 2nd East Asia Summit opened in Cebu today. " + "Leaders discussed energy and trade at length. " * 9
           + "When first held in Kuala Lumpur on December 14, 2005, the EAS countries decided to cooperate in five "
           "areas."),
    ("vi", "Hội nghị Cấp cao Đông Á lần thứ 2 khai mạc tại Cebu hôm nay. " + "Các nhà lãnh đạo thảo luận về năng "
           "lượng và thương mại. " * 9 + "Lần đầu tổ chức tại Kuala Lumpur ngày 14/12/2005, Hội nghị Cấp cao Đông Á "
           "đã chọn năm lĩnh vực hợp tác."),
    # a city named, but not as where anything was held
    ("en", "The ASEAN Regional Forum welcomed the Phuket Declaration."),
    ("vi", "Diễn đàn Khu vực ASEAN hoan nghênh Tuyên bố Phuket."),
])
def test_no_year_without_facts_that_leave_one_meeting(finders, lang, text):
    assert annotate(finders, text, lang).article_year is None


@pytest.mark.parametrize("lang, text, published", [
    ("en", "The ASEAN Regional Forum (ARF) opens in Phuket on July 23.", date(2019, 7, 20)),
    ("vi", "Diễn đàn Khu vực ASEAN (ARF) khai mạc tại Phuket ngày 23/7.", date(2019, 7, 20)),
])
def test_a_dated_article_keeps_its_date(finders, lang, text, published):
    doc = annotate(finders, text, lang, published)
    assert doc.article_year == 2019 and doc.page_month is None


@pytest.mark.parametrize("lang, text, published, expected", [
    # a series named by its year on the day of one of its one-off summits the article names: that summit
    ("vi", "Hội nghị Cấp cao đặc biệt ASEAN-Hoa Kỳ tại Sunnylands đã kết thúc. Hội nghị Cấp cao ASEAN-Hoa Kỳ diễn ra "
           "ngày 16-2 tại Sunnylands.", date(2016, 2, 17), ["special-asean-us-summit-2016"] * 2),
    ("en", "The Special ASEAN-US Summit ended. The ASEAN-US Summit on February 16 adopted the Sunnylands "
           "Declaration.", date(2016, 2, 17), ["special-asean-us-summit-2016"] * 2),
    # ... not on another day of the year
    ("en", "The Special ASEAN-US Summit ended. The ASEAN-US Summit on March 20 will follow.", date(2016, 2, 17),
     ["special-asean-us-summit-2016", "ASEAN-US-2016"]),
    ("vi", "Hội nghị Cấp cao đặc biệt ASEAN-Hoa Kỳ đã kết thúc. Hội nghị Cấp cao ASEAN-Hoa Kỳ sẽ diễn ra ngày 20-3.",
     date(2016, 2, 17), ["special-asean-us-summit-2016", "ASEAN-US-2016"]),
])
def test_a_series_named_on_the_day_of_its_named_one_off_is_that_one_off(finders, lang, text, published, expected):
    assert ids(annotate(finders, text, lang, published)) == expected
