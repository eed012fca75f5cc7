"""English name rules: capitalised runs joined by connectors that contain an ORG/LAW/LOC head word,
cut where "of" or "in" names an owner or a place.
"""
from __future__ import annotations

from typing import Iterator

from ..document import Document
from ..kb import knowledge_base, match_key
from .lexicon import EntityRules, head_label, title_length, year_follows
from .words import Word, capitalised, is_acronym


def english_names(words: list[Word], rules: EntityRules, verbs: frozenset[int] = frozenset()
                  ) -> Iterator[tuple[int, int, str]]:
    for first, last in _capitalised_runs(words, rules):
        yield from _names_in_run(words, first, last, rules)
    yield from _topic_titles(words, rules, verbs)


def verb_starts(doc: Document) -> frozenset[int]:
    """Start offsets of the tagger's finite verbs and participles in the document (not "-ing" forms, which
    a topic may start with: "Declaration on enhancing connectivity")."""
    return frozenset(t.start for t in doc.tokens if t.pos[:2] in ("VB", "MD") and t.pos != "VBG")


_MAX_TOPIC_WORDS = 14


def _topic_titles(words: list[Word], rules: EntityRules, verbs: frozenset[int]) -> Iterator[tuple[int, int, str]]:
    """ "Declaration on the establishment of the ASEAN Community", "ASEAN declaration on human resources
    development ...", "Expanded Working Group on peacekeeping": a topic head after capitalised words (or
    capitalised itself) runs on after "on" over a lower-case topic, to the next punctuation mark, name stopper
    or verb; no name when nothing ends it within a few words."""
    for i in range(len(words) - 2):
        for n in (3, 2, 1):
            head = tuple(w.key for w in words[i - n + 1:i + 1]) if i - n + 1 >= 0 else ()
            if head in rules.topic_heads:
                break
        else:
            continue
        short = _acronym_after(words, i)       # "Experts’ Working Group (EWG) on Military Medicine"
        connector = i + 1 + short
        if (words[i].closes and not short) or connector + 1 >= len(words) \
                or words[connector].key not in rules.topic_connectors:
            continue
        first = _name_start(words, i, rules)
        topic = connector + 1 + (words[connector + 1].key == "the" and connector + 2 < len(words))
        if first is None or not (short or words[topic].text[:1].islower()) or words[topic].key in rules.not_topics:
            continue
        last = _topic_end(words, connector, rules, verbs)
        if last is not None:
            yield first, last, head_label(words, i - n + 1, i, rules) or "LAW"


def _acronym_after(words: list[Word], head: int) -> bool:
    """The name's short form in parentheses right after its head: "Working Group (EWG) on ..." (its topic may
    then be capitalised: the parentheses broke the capitalised run)."""
    return head + 1 < len(words) and words[head + 1].opens and words[head + 1].closes and is_acronym(words[head + 1].text)


def _name_start(words: list[Word], head: int, rules: EntityRules) -> int | None:
    """The first of the capitalised words right before a head (the head itself when capitalised), past a
    leading article; None when a lower-case head has none ("the declaration on ...")."""
    first = head
    while first > 0 and capitalised(words[first - 1].text) and not words[first - 1].closes \
            and not words[first - 1].text[:1].isdigit() and words[first - 1].key not in rules.strip_leading:
        first -= 1
    return first if first < head or capitalised(words[head].text) else None


def _topic_end(words: list[Word], connector: int, rules: EntityRules, verbs: frozenset[int]) -> int | None:
    """The topic's last word: before a stopper, a verb or a place after "in"/"at", or at a punctuation mark."""
    k = connector + 1
    while k < len(words) and k - connector <= _MAX_TOPIC_WORDS:
        if (words[k].key,) in rules.stoppers or words[k].start in verbs or words[k].opens \
                or words[k].key in ("in", "at") and k + 1 < len(words) and capitalised(words[k + 1].text):
            return _without_trailing_connectors(words, connector, k - 1, rules)
        if words[k].closes:
            return _without_trailing_connectors(words, connector, k, rules)
        k += 1
    return _without_trailing_connectors(words, connector, k - 1, rules) if k == len(words) else None


def _without_trailing_connectors(words: list[Word], connector: int, last: int, rules: EntityRules) -> int | None:
    while last > connector and words[last].key in rules.connectors:
        last -= 1
    return last if last > connector else None


def _names_in_run(words: list[Word], first: int, last: int, rules: EntityRules) -> Iterator[tuple[int, int, str]]:
    """The name a run holds, cut where "of"/"in" names an owner or a place; the owner's words are a run of
    their own ("the 10th Year of the ASEAN Declaration on HIV and AIDS": the declaration is a name)."""
    while first <= last and (words[first].key in rules.strip_leading or _small_number(words[first].text)):
        first += 1
    title = title_length(words, first, rules)
    if title and first + title < last and words[first + title].key == match_key("of"):
        # "President of the European Council Charles Michel": the title names a role; what it is the title of
        # is a run of its own
        yield from _names_in_run(words, first + title + 1, last, rules)
        return
    label = head_label(words, first, _cut_at_owner(words, first, last, rules), rules)
    end = _cut_at_owner(words, first, last, rules, ("of",) if label == "LAW" else ("of", "in"))
    if label == "LAW":
        end = _cut_at_closing_place(words, first, end)
    label = head_label(words, first, end, rules)
    if label and end > first:
        yield first, end, label
    if end < last and words[end + 1].key in ("of", "in"):
        yield from _names_in_run(words, end + 2, last, rules)


def _small_number(word: str) -> bool:
    """A bare count before a name ("the 4 United Nations ...") is not part of it; a year is ("2025 Master Plan")."""
    return word.isdigit() and len(word) < 4


def _cut_at_owner(words: list[Word], first: int, last: int, rules: EntityRules, cuts: tuple = ("of",)) -> int:
    """ "Conclusion 59-KL/TW of the Politburo" -> "Conclusion 59-KL/TW": "of" + a known entity names the
    owner; for places, "in" + a known place names where it is ("... Shoal in the South China Sea")."""
    for i in range(first + 2, last):
        if words[i].key not in cuts:
            continue
        j = i + 1 + (words[i + 1].key == "the")
        if j <= last and (_known_at(words, j, last) or (words[j].key,) in rules.heads):
            return i - 1
    return last


def _cut_at_closing_place(words: list[Word], first: int, last: int) -> int:
    """ "... Declaration on the East Asia Summit in Kuala Lumpur": "in" + a known city or country closing an
    act's name says where it was signed."""
    kb = knowledge_base()
    for i in range(first + 2, last):
        if words[i].key == "in":
            entry = kb.lookup(" ".join(w.text for w in words[i + 1:last + 1]))
            if entry is not None and entry.label == "GPE":
                return i - 1
    return last


def _known_at(words: list[Word], j: int, last: int) -> bool:
    """A known organisation or place is named by words[j..k] for some k <= last."""
    kb = knowledge_base()
    text_of = lambda k: " ".join(w.text for w in words[j:k + 1])  # noqa: E731
    return any((entry := kb.lookup(text_of(k))) is not None and entry.label in {"ORG", "GPE", "LOC"}
               for k in range(j, min(last, j + 5) + 1))


def _capitalised_runs(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised words, joined by connectors; "X Plan and the Y Package" splits at "and"."""
    i = 0
    while i < len(words):
        if not capitalised(words[i].text) or (words[i].key,) in rules.stoppers:
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < len(words) and j - first < rules.max_words and not words[j - 1].closes and not words[j].opens:
            if year_follows(words, j, rules) or (words[j].key,) in rules.stoppers:
                break
            if capitalised(words[j].text):
                last = j
                j += 1
            elif all(w.text[:1].isdigit() for w in words[first:last + 1]):
                break        # "from 2009-2015 | and the ASEAN Community": a number joins no name over a connector
            elif words[j].key in rules.connectors and words[j].key != match_key("and"):
                j += 1
            elif words[j].key == match_key("and") and not _ends_with_head(words, first, last, rules) \
                    and not _name_of_its_own(words, first, last, rules):
                j += 1
            else:
                break
        yield first, last
        i = max(j, last + 1)


def _ends_with_head(words: list[Word], first: int, last: int, rules: EntityRules) -> bool:
    return any(tuple(w.key for w in words[last - n + 1:last + 1]) in rules.heads for n in (1, 2, 3) if last - n + 1 >= first)


def _name_of_its_own(words: list[Word], first: int, last: int, rules: EntityRules) -> bool:
    """ "the United States and the Association of Southeast Asian Nations", "US President Donald Trump and Chairman
    of ...": a known country, place or person, or a title and its holder, before "and" is a name of its own, not
    the first half of one."""
    while first < last and words[first].key in rules.strip_leading:
        first += 1
    if any(title_length(words, k, rules) for k in range(first, last + 1)):
        return True
    entry = knowledge_base().lookup(" ".join(w.text for w in words[first:last + 1]))
    return entry is not None and entry.label in ("GPE", "LOC", "PERSON")
