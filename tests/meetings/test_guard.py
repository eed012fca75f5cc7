"""The lookahead in front of the meeting-name alternations (meetings/guard.py) changes no match."""
import re

import pytest

from pipeline.meetings.guard import first_characters, guarded, literal_openings


def test_first_characters_of_literals_classes_branches_and_optional_parts():
    assert first_characters(r"(?<![\w-])(?:ASEAN|East\s+Asia)") == {"A", "E"}
    assert first_characters(r"(?:Republic\s+of\s+)?Korea") == {"R", "K"}
    assert first_characters(r"[Hh]ội\s+nghị") == {"H", "h"}
    assert first_characters(r"\bU\.S\.") == {"U"}


def test_no_first_characters_when_a_match_can_start_anywhere_or_be_empty():
    assert first_characters(r"\w+ Summit") is None
    assert first_characters(r"(?:ASEAN)?") is None
    assert first_characters(r"[^a]bc") is None
    assert first_characters(r".bc") is None


def test_literal_openings_stop_at_repeats_and_wide_classes():
    assert literal_openings(r"ASEAN\s+Summit") == {"ASE"}
    assert literal_openings(r"(?:Republic\s+of\s+|South\s+)?Korea") == {"Rep", "Sou", "Kor"}
    assert literal_openings(r"EU\s*-\s*ASEAN") == {"EU", "EU-"}   # with or without the optional whitespace
    assert literal_openings(r"[Cc]ấp cao") == {"Cấp", "cấp"}
    assert literal_openings(r"\d+th ASEAN") is None


MEETING_NAMES = (r"(?:(?<![\w-])|(?<=\d(?:st|nd|rd|th)))(?i:(?P<n0>(?:Republic\s+of\s+|South\s+)?Korea)"
                 r"|(?P<n1>ASEAN\s+(?:Foreign\s+Ministers'?\s+)?Meeting)|(?P<n2>East\s+Asia\s+Summit)"
                 r"|(?P<n3>Hội\s+nghị\s+Cấp\s+cao)|(?P<n4>EU\s*[-–]\s*ASEAN))")
TEXTS = [
    "The 25thASEAN Foreign Ministers' Meeting and the East Asia Summit; south korea and the Republic of Korea.",
    "ASEANS, eastasia summit, EAST ASIA SUMMIT, Korean, an asean meeting, the EU–ASEAN ministerial.",
    "Hội nghị Cấp cao ASEAN lần thứ 43 và hội nghị cấp cao Đông Á; Ğ, İstanbul, ſtrange Kelvin K.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_guarded_alternation_matches_exactly_what_it_matched_before(text):
    plain, fast = re.compile(MEETING_NAMES), re.compile(guarded(MEETING_NAMES))
    assert fast.pattern != plain.pattern                   # a guard was added
    assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
        [(m.span(), m.lastgroup) for m in plain.finditer(text)]


def test_an_alternation_without_known_openings_is_left_as_it_is():
    assert guarded(r"(?:\w+ Summit|ASEAN)") == r"(?:\w+ Summit|ASEAN)"
