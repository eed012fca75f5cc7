"""Words as the name rules see them: whitespace words with their edge punctuation trimmed and noted."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..kb import match_key


_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"“”‘’'`(),.;:!?[]{}–—…*"
_BREAKS = ",;:.!?"


POSSESSIVES = ("’s", "'s", "`s")     # scraped pages also write the apostrophe as a backtick ("Summit`s")


class Word(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    opens: bool           # punctuation before it breaks a name
    closes: bool          # punctuation after it breaks a name
    trailing: str = ""    # the punctuation after it (a mark standing alone after it too, after a space)


def words_in(text: str, start: int, end: int, abbreviations: frozenset = frozenset()) -> list[Word]:
    """Whitespace words of text[start:end] with their edge punctuation trimmed and noted.

    The rules ask for the words of the same sentence several times: they are kept for the last text asked
    about (one document at a time, so memory stays flat), and each caller gets its own list."""
    global _cached_text
    if text is not _cached_text:
        _cached_words.clear()
        _cached_text = text
    key = (start, end, abbreviations)
    words = _cached_words.get(key)
    if words is None:
        words = _cached_words[key] = tuple(_words_in(text, start, end, abbreviations))
    return list(words)


_cached_text: str | None = None
_cached_words: dict[tuple, tuple[Word, ...]] = {}


def _words_in(text: str, start: int, end: int, abbreviations: frozenset) -> list[Word]:
    words = []
    for m in _WORD.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] in _EDGE_PUNCT:
            a += 1
        trail = b
        while trail > a and text[trail - 1] in _EDGE_PUNCT:
            trail -= 1
        core = text[a:trail]
        closes = trail < b
        if text[a:b] in abbreviations or (text[trail:b] in ("’", "'") and core.endswith("s")):
            closes = False     # "No. 59", "Foreign Ministers’ Declaration": the mark is inside the name
        for suffix in POSSESSIVES:
            if core.endswith(suffix) and len(core) > 2:
                trail -= 2
                core = core[:-2]
                closes = True
        if core:
            words.append(Word(a, trail, core, match_key(core), a > m.start(), closes, text[trail:b]))
        elif words:     # a mark standing alone ("Lâm – Phó"): noted after the word before it; a comma or a
            mark = text[m.start():b]    # stop scraped loose from its word ("Russia , Canada") still ends a name
            words[-1] = words[-1]._replace(trailing=f"{words[-1].trailing} {mark}",
                                           closes=words[-1].closes or any(c in _BREAKS for c in mark))
    return words


def mark_after(word: Word) -> bool:
    """A punctuation mark stands alone after the word ("Đào Minh Tú – Phó Thống đốc"): a person's name ends."""
    return " " in word.trailing


def capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def is_acronym(word: str) -> bool:
    """ "ASCN", "ACCWG-PHE", "TMĐT", "4IR": short, starts upper-case or with a digit, two capitals or more."""
    return 2 <= len(word) <= 15 and (word[0].isupper() or word[0].isdigit()) and sum(c.isupper() for c in word) >= 2


def one_word(surface: str) -> bool:
    """ "Uber", "PVN", "PC67": one capitalised word, not hyphenated ("Tu-22M3" names a model, "DA-DN" two bodies)."""
    return surface[:1].isupper() and not any(c.isspace() or c == "-" for c in surface)


_WORD_BEFORE = re.compile(r"(\w[\w.’'-]*) $")
_GLUED_AFTER = re.compile(r"(?: \w|[’'-]\w)")


def in_a_longer_name(text: str, start: int, end: int) -> bool:
    """The word is one of a run of capitalised words ("Fabiana [Semprebom]", "Van den [Ende]", "[Chapman]’s
    Peak"): part of a name the CRF cut, not a name of its own."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    after = _GLUED_AFTER.match(text, end)
    return bool(before and before.group(1)[:1].isupper()) or bool(after and (text[end] != " " or text[end + 1].isupper()))
