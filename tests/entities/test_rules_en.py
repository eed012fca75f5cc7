"""English name rules (entities/rules_en.py): a run cut at its owner still names the owner's own words."""
import pytest

from .support import check_pairs, pairs


pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # the words after "of the" are a run of their own: the declaration is a name
    ("Leaders will commemorate the 10th Year of the ASEAN Declaration on HIV and AIDS. Others followed.",
     ("LAW", "ASEAN Declaration on HIV and AIDS")),
    ("Ministers marked the 5th Anniversary of the ASEAN Blue Economy Framework in Jakarta.",
     ("LAW", "ASEAN Blue Economy Framework")),
    ("The Vice Chair of the ASEAN Committee on Disaster Management spoke.", ("ORG", "ASEAN Committee on Disaster Management")),
])
def test_the_owner_after_a_cut_is_a_name_of_its_own(text, expected):
    assert expected in pairs(text, "en")


@pytest.mark.parametrize("text, expected, not_expected", [
    # an owner cut still cuts: the body keeps its own name, the owner is found on its own
    ("The Ministry of Foreign Affairs of Japan said so.", ("ORG", "Ministry of Foreign Affairs"),
     ("ORG", "Ministry of Foreign Affairs of Japan")),
    # a run with no head word after the cut names nothing
    ("The Year of the Dragon began in Hanoi.", ("GPE", "Hanoi"), ("ORG", "Dragon")),
])
def test_the_owner_cut_keeps_its_extents(text, expected, not_expected):
    found = pairs(text, "en")
    assert expected in found and not_expected not in found


@pytest.mark.parametrize("lang, text, expected", [
    # a topic head runs on after "on" over a lower-case topic, to a stopper, a verb or a punctuation mark
    ("en", "The summit closed with the signing of a Declaration on the establishment of the ASEAN Community which "
     "featured a turning point.", ("LAW", "Declaration on the establishment of the ASEAN Community")),
    ("en", "Leaders approved two documents: ASEAN declaration on human resources development and expertise for "
     "economic recovery and sustainable development, and Declaration on enhancement of welfare and development "
     "of ASEAN women and children. Ministers met later.",
     ("LAW", "ASEAN declaration on human resources development and expertise for economic recovery and "
      "sustainable development")),
    ("en", "Vietnam chaired the ASEAN Defense Ministers Meeting Expanded Working Group on peacekeeping… Many ideas "
     "followed.", ("ORG", "ASEAN Defense Ministers Meeting Expanded Working Group on peacekeeping")),
    ("en", "They adopted the Declaration on cooperation against terrorism signed by the ministers.",
     ("LAW", "Declaration on cooperation against terrorism")),
    # the name's short form in parentheses right after its head: the topic may then be capitalised
    ("en", "They stressed the role of the ADMM-Plus Experts’ Working Group (EWG) on Military Medicine, the ASEAN "
     "Center of Military Medicine and others.", ("ORG", "ADMM-Plus Experts’ Working Group (EWG) on Military Medicine")),
    # Vietnamese names already run on over lower-case syllables after their head
    ("vi", "Các nước thông qua Tuyên bố về hợp tác chống khủng bố tại Hà Nội.", ("LAW", "Tuyên bố về hợp tác chống khủng bố")),
])
def test_a_topic_head_runs_on_over_its_lower_case_topic(lang, text, expected):
    assert expected in pairs(text, lang)


@pytest.mark.parametrize("text, not_expected", [
    ("The Declaration on the sidelines of the summit was welcomed.", "Declaration on the sidelines of the summit"),
    ("The Working Group (WG) on the sidelines met.", "Working Group (WG) on the sidelines"),
    ("The Declaration on the establishment of the ASEAN Community was signed.", "The Declaration"),   # no article
    ("He signed the declaration on trade yesterday.", "declaration on trade"),          # no name before a lower-case head
    ("The Plan on time and within budget was praised.", "Plan on time and within budget"),   # not a topic head
    ("They drafted a Declaration on cooperation in trade investment tourism education health culture sport "
     "transport energy food water security and many other fields for years to come", "Declaration on cooperation"),
])
def test_a_topic_head_without_a_topic_stays_short(text, not_expected):
    assert not any(t.startswith(not_expected) for _, t in pairs(text, "en"))


@pytest.mark.parametrize("text, expected, not_expected", [
    # a number joins no name over a connector (English-only rule: Vietnamese names open with their head)
    ("The process continues from 2009-2015 and the ASEAN Community will begin its new journey.",
     ("ORG", "ASEAN Community"), ("ORG", "2009-2015 and the ASEAN Community")),
    ("Trade grew in 2019 and the ASEAN Secretariat said so.", ("ORG", "ASEAN Secretariat"),
     ("ORG", "2019 and the ASEAN Secretariat")),
    # ... a year opening a name stays in it
    ("They adopted the 2025 Master Plan on ASEAN Connectivity in Hanoi.", ("LAW", "2025 Master Plan on ASEAN Connectivity"),
     ("LAW", "Master Plan on ASEAN Connectivity")),
    ("The 2016-2025 Plan of Action was adopted.", ("LAW", "2016-2025 Plan of Action"), ("LAW", "Plan of Action")),
])
def test_a_number_joins_no_name_over_a_connector(text, expected, not_expected):
    found = pairs(text, "en")
    assert expected in found and not_expected not in found


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected, not_expected", [
    # a known country or a title and its holder before "and" is a name of its own
    ("en", "The United States and the Association of Southeast Asian Nations agreed to elevate ties.",
     {("GPE", "United States"), ("ORG", "Association of Southeast Asian Nations")},
     {("ORG", "United States and the Association of Southeast Asian Nations")}),
    ("en", "The talks between US President Donald Trump and Chairman of the State Affairs Commission Kim Jong-un ended.",
     {("PERSON", "Donald Trump")}, {("ORG", "US President Donald Trump and Chairman of the State Affairs Commission")}),
    ("vi", "Việt Nam và Ngân hàng Phát triển châu Á đã ký hiệp định vay vốn.",
     {("GPE", "Việt Nam"), ("ORG", "Ngân hàng Phát triển châu Á")}, set()),
    # "and" inside one body's name stays
    ("en", "The Ministry of Trade and Industry of Singapore said so.", {("ORG", "Ministry of Trade and Industry")}, set()),
    ("vi", "Bộ Công Thương và Bộ Ngoại giao phối hợp chặt chẽ.", {("ORG", "Bộ Công Thương"), ("ORG", "Bộ Ngoại giao")}, set()),
])
def test_a_known_name_before_and_is_a_name_of_its_own(lang, text, expected, not_expected):
    check_pairs(text, lang, expected, not_expected)
