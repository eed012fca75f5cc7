"""The statistical models' mentions (entities/model.py): acronyms of common nouns are no names."""
import pytest

from pipeline.entities.lexicon import entity_rules
from pipeline.entities.model import acronyms_of_common_nouns

from .support import check_pairs, pairs


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "the transboundary nature of chemical, biological and radiological (CBR) threats", {"CBR"}),
    ("en", "to fight non-communicable diseases (NCDs) and weapons of mass destruction (WMD)", {"NCDs", "NCD", "WMD"}),
    ("vi", "mạng lưới thành phố thông minh (TPTM) ASEAN (ASCN)", {"TPTM"}),
    # a name spelled out in capitals, or lower-case words that do not spell it, shorten no common noun
    ("en", "the ASEAN Regional Forum (ARF) and the Association of Southeast Asian Nations (ASEAN)", set()),
    ("en", "the officials sat down to begin their meeting (SOM) in Hanoi", set()),
    ("vi", "Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo (AHA) đã họp.", set()),
])
def test_acronyms_of_common_nouns(lang, text, expected):
    assert set(acronyms_of_common_nouns(text, entity_rules(lang))) == expected


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "Ministers discussed chemical, biological and radiological (CBR) threats. CBR risks grew.", "CBR"),
    ("vi", "Các Bộ trưởng đề cập đến thành phố thông minh (TPTM) ở ASEAN. Hợp tác phát triển TPTM được thúc đẩy.", "TPTM"),
])
def test_an_acronym_of_a_common_noun_is_no_entity(lang, text, acronym):
    assert acronym not in {t for _, t in pairs(text, lang)}


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "Ministers praised the Regional Comprehensive Economic Partnership (RCEP) in Hanoi.", "RCEP"),
    ("vi", "Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo (AHA) đã họp.", "AHA"),
])
def test_an_acronym_of_a_name_stays(lang, text, acronym):
    assert acronym in {t for _, t in pairs(text, lang)}


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # a title, and the year it is held, names a role, not a body
    ("en", "Cambodian Prime Minister Hun Sen, who is also ASEAN Chair 2022, met Charles Michel.",
     {("PERSON", "Hun Sen")}, {("ORG", "ASEAN Chair 2022")}),
    ("vi", "Việt Nam, Chủ tịch ASEAN 2020, đã tổ chức hội nghị.", {("GPE", "Việt Nam")}, {("ORG", "Chủ tịch ASEAN 2020")}),
    # a title and what it is the title of name an office; the body it belongs to is its own name
    ("en", "Amin Liew Abdullah, Minister of Finance and Economy II, spoke in Jakarta.",
     {("PERSON", "Amin Liew Abdullah")}, {("ORG", "Minister of Finance"), ("ORG", "Minister of Finance and Economy II")}),
    ("en", "He met the President of the Asian Development Bank in Manila.", {("ORG", "Asian Development Bank")},
     {("ORG", "President of the Asian Development Bank")}),
    ("vi", "Bộ trưởng Bộ Tài chính Hồ Đức Phớc phát biểu tại Hà Nội.", {("ORG", "Bộ Tài chính")},
     {("ORG", "Bộ trưởng Bộ Tài chính")}),
    # a body named after a title holder stays a body
    ("en", "The Office of the President said so.", {("ORG", "Office of the President")}, set()),
    ("en", "A statement from the Prime Minister's Office followed.", {("ORG", "Prime Minister's Office")}, set()),
    ("vi", "Văn phòng Chủ tịch nước đã thông báo.", {("ORG", "Văn phòng Chủ tịch nước")}, set()),
])
def test_a_role_is_no_body(lang, text, expected, not_expected):
    check_pairs(text, lang, expected, not_expected)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # a meeting series' code with a number is a meeting (contract: meetings), never an entity
    ("vi", "Phó Thủ tướng dự Hội nghị ACC-24 và APSC-20 tại Bangkok.", {("GPE", "Bangkok")},
     {("ORG", "APSC-20"), ("ORG", "ACC-24")}),
    ("en", "The minister attended AMM-51 and ACC-24 in Singapore.", {("GPE", "Singapore")},
     {("ORG", "AMM-51"), ("ORG", "ACC-24")}),
    # the code alone, as the community or a body, stays
    ("en", "Ministers reviewed the APSC Blueprint and the work of the ASEAN Secretariat in Jakarta.",
     {("ORG", "ASEAN Secretariat")}, set()),
    # a time zone and a day of the week are no names; a person called after a number stays a person
    ("vi", "Thứ Bảy, 14/03/2026, 03:25 (GMT+7)\nThủ tướng đến Hà Nội.", {("GPE", "Hà Nội")},
     {("PERSON", "Bảy"), ("ORG", "GMT")}),
    ("vi", "Ông Bảy và bà Năm đã đến Hà Nội.", {("PERSON", "Bảy"), ("PERSON", "Năm")}, set()),
    ("en", "Posted on Saturday, 4 August 2018 (GMT+7). Ministers met in Singapore.", {("GPE", "Singapore")},
     {("ORG", "GMT"), ("PERSON", "Saturday")}),
])
def test_meeting_codes_weekdays_and_time_zones_are_no_entities(lang, text, expected, not_expected):
    check_pairs(text, lang, expected, not_expected)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # military ranks and Malay honorifics are no part of the name (titles.yaml, en.yaml honorifics)
    ("en", "Meanwhile ADMM-Plus gathered China’s Minister of National Defence Adm Dong Jun, the United States Secretary "
           "of War Pete Hegseth and Russia’s deputy defence minister Oleg Saveliev.",
     {("PERSON", "Dong Jun")}, {("PERSON", "Adm Dong Jun")}),
    ("en", "Investment, Trade and Industry Minister Tengku Datuk Seri Zafrul Abdul Aziz said so. Tengku Zafrul said the "
           "ministers agreed.", {("PERSON", "Zafrul Abdul Aziz")}, {("GPE", "Tengku Zafrul"),
                                                                  ("PERSON", "Tengku Datuk Seri Zafrul")}),
    ("vi", "Thượng tướng Chansamone Chanyalath, Bộ trưởng Bộ Quốc phòng Lào, phát biểu.",
     {("PERSON", "Chansamone Chanyalath")}, {("PERSON", "Thượng tướng Chansamone Chanyalath")}),
    # ... "General" inside a body's name stays; a country written without its hyphen is the country
    ("en", "The UN General Assembly adopted the resolution. Timor Leste joined ASEAN.",
     {("ORG", "UN General Assembly"), ("GPE", "Timor Leste")}, set()),
])
def test_ranks_and_honorifics_before_names(lang, text, expected, not_expected):
    check_pairs(text, lang, expected, not_expected)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # an author's line near the top names no one in the story (gold policy: bylines are no story content)
    ("en", "East Asia Summit ends with high optimism\n\nBy Nandita Mallik in Kuala Lumpur\nLast updated on: December 14, "
           "2005\n\nThe first East Asia Summit concluded on Wednesday in Kuala Lumpur, said Abdullah Ahmad Badawi.",
     {("PERSON", "Abdullah Ahmad Badawi")}, {("PERSON", "Nandita Mallik")}),
    ("en", "• Hannah Phillips\n\nThe ASEAN Summit Is a Win for Australia\n\nIn Sydney this week Australia and ASEAN "
           "leaders committed to act, Malcolm Turnbull said.", {("PERSON", "Malcolm Turnbull")},
     {("PERSON", "Hannah Phillips")}),
    ("vi", "Cơ quan của Đảng bộ tỉnh Thanh Hóa\n\nBích Hồng\nHội nghị Bộ trưởng Kinh tế ASEAN lần thứ 57 tại Kuala Lumpur "
           "đã bế mạc sau 5 ngày làm việc, với tuyên bố tái khẳng định cam kết duy trì trật tự thương mại đa phương tự do "
           "và công bằng, ông Nguyễn Hồng Diên cho biết.", {("PERSON", "Nguyễn Hồng Diên")}, {("PERSON", "Bích Hồng")}),
    # ... a name alone on a short line of a list is no byline
    ("en", "Results:\nEric Cantona\nscored twice for Manchester United.\nThe match ended 2-1 in London.",
     {("PERSON", "Eric Cantona")}, set()),
    # ... a known official alone on a line is a caption of the story
    ("en", "Leaders met in Hanoi.\nPham Minh Chinh\nThe Prime Minister spoke about trade and investment for a long time.",
     {("PERSON", "Pham Minh Chinh")}, set()),
])
def test_bylines_name_no_one(lang, text, expected, not_expected):
    check_pairs(text, lang, expected, not_expected)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # hotels are venues (gold policy); "Gen" and "FM" are titles; a Malaysian state after "bang"; SOM of a forum is a meeting
    ("en", "The ministers met at the Sokha Hotel in Phnom Penh, where Gen Than Shwe and the Cambodian FM Hor Namhong spoke.",
     {("GPE", "Phnom Penh"), ("PERSON", "Than Shwe"), ("PERSON", "Hor Namhong")},
     {("ORG", "Sokha Hotel"), ("PERSON", "Gen Than Shwe"), ("ORG", "Cambodian FM")}),
    ("vi", "Hội nghị SOM ARF và SOM EAS diễn ra tại khách sạn Hilton ở bang Sarawak, Malaysia.",
     {("GPE", "Sarawak"), ("GPE", "Malaysia")}, {("ORG", "SOM ARF"), ("ORG", "SOM EAS"), ("GPE", "bang Sarawak")}),
])
def test_venues_titles_and_forum_meetings(lang, text, expected, not_expected):
    check_pairs(text, lang, expected, not_expected)
