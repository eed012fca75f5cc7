"""The meeting finders of both languages over the real series and language data, with a small knowledge base
of their own, so that the tests do not move when the project's knowledge base grows.
"""
from __future__ import annotations

import pytest

from pipeline.kb import KBEntry, KnowledgeBase
from pipeline.meetings import MeetingFinder, Places, series_book
from pipeline.resources import load_data


KB = KnowledgeBase([
    KBEntry("laos", "GPE", "Laos", "Q819", "LA", capital="vientiane", aliases=("Laos", "Lào")),
    KBEntry("indonesia", "GPE", "Indonesia", "Q252", "ID", capital="jakarta", aliases=("Indonesia",)),
    KBEntry("vietnam", "GPE", "Vietnam", "Q881", "VN", capital="hanoi", aliases=("Vietnam", "Việt Nam")),
    KBEntry("myanmar", "GPE", "Myanmar", "Q836", "MM", aliases=("Myanmar",)),
    KBEntry("singapore", "GPE", "Singapore", "Q334", "SG", aliases=("Singapore",)),
    KBEntry("vientiane", "GPE", "Vientiane", "Q9326", group="capital", aliases=("Vientiane", "Viêng Chăn")),
    KBEntry("jakarta", "GPE", "Jakarta", "Q3630", group="capital", aliases=("Jakarta",)),
    KBEntry("labuan_bajo", "GPE", "Labuan Bajo", group="city", aliases=("Labuan Bajo",)),
])


@pytest.fixture(scope="module")
def finders() -> dict[str, MeetingFinder]:
    return {lang: MeetingFinder(lang, load_data(f"meetings/{lang}.yaml"), series_book(), KB, Places.from_disk(KB))
            for lang in ("en", "vi")}
