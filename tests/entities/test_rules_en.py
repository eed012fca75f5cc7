"""English name rules (entities/rules_en.py): a run cut at its owner still names the owner's own words."""
import pytest

from .support import pairs


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
