"""One id per real entity within a document: a name written out before a known acronym takes the acronym's
entity ("Tuyên bố Ứng xử của các Bên ở Biển Đông (DOC)"), a known place with a generic word after it is that
place ("Phuket Island"), and a short form of a longer name in the same document ("the 2025 Master Plan",
"Association of Southeast Asian") joins it when exactly one entity of the document fits. The words a
short form may leave out are data: models/entities/coreference.yaml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..document import Document, Entity
from ..ids import ascii_fold
from ..kb import KBEntry, knowledge_base, match_key, words_of
from ..resources import load_data
from .lexicon import Candidate, entity_rules
from .words import is_acronym

_PLACES = {"GPE", "LOC"}
_NAMED = {"ORG", "LAW", "GPE", "LOC"}
_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:[-–](?:1[89]|20)\d\d)?")


@dataclass(frozen=True)
class ShortFormRules:
    droppable: frozenset
    year_words: frozenset
    min_words: int
    place_suffixes: frozenset


@functools.cache
def short_form_rules(lang: str) -> ShortFormRules:
    data = load_data("entities/coreference.yaml")[lang]
    return ShortFormRules(frozenset(map(_fold, data["droppable"])), frozenset(map(_fold, data["year_words"])),
                          int(data["min_words"]), frozenset(map(_fold, data["place_suffixes"])))


def _fold(word: str) -> str:
    return ascii_fold(word).casefold()


def compatible(a: str, b: str) -> bool:
    return a == b or (a in _PLACES and b in _PLACES)


def known_acronym_expansions(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with a name the knowledge base does not know, written right before a known acronym of the
    same label in parentheses, linked to the acronym's entry: the name is that entity written out (in
    another language or wording than the knowledge base has)."""
    kb = knowledge_base()
    expanded = []
    for c in chosen:
        m = re.match(r"\s*\(([^\W\d_][\w&\-]{1,14})\)", doc.text[c.end:c.end + 20])
        entry = kb.lookup(m.group(1)) if m and c.entry is None and c.label in _NAMED and is_acronym(m.group(1)) \
            else None
        if entry is not None and m.group(1) in entry.acronyms and compatible(entry.label, c.label):
            c = c._replace(entry=entry, label=entry.label)
        expanded.append(c)
    return expanded


def place_with_suffix(surface: str, lang: str) -> KBEntry | None:
    """The known place a surface names with a generic word after it ("Phuket Island"), or None."""
    words = words_of(surface)
    if len(words) < 2 or _fold(words[-1][2]) not in short_form_rules(lang).place_suffixes:
        return None
    entry = knowledge_base().lookup(surface[:words[-2][1]])
    return entry if entry is not None and entry.label in _PLACES else None


@dataclass
class _Group:
    label: str
    name: str
    first: int
    forms: set
    headed: bool = False

    def rank(self) -> tuple:
        longest = max((len(content), len(years)) for content, years in self.forms)
        return (*longest, -self.first)


def resolve_short_forms(entities: list[Entity], lang: str) -> list[Entity]:
    """Entities with every short form of one longer name of the document given that name's id."""
    kb = knowledge_base()
    entities = [_as_known_place(e, lang) for e in entities]
    groups = _groups(entities, lang)
    root: dict[str, str] = {}
    for entity_id in sorted(groups, key=lambda i: groups[i].rank(), reverse=True):
        short = groups[entity_id]
        if entity_id in kb.by_id or not short.headed or short.label not in _NAMED:
            continue
        owners = {root.get(other, other) for other, long in groups.items()
                  if other != entity_id and compatible(long.label, short.label)
                  and (other in kb.by_id or long.rank() > short.rank())
                  and all(any(_contains(lf, sf, lang) for lf in long.forms) for sf in short.forms)}
        if len(owners) == 1:
            root[entity_id] = owners.pop()
    resolved = []
    for e in entities:
        owner = root.get(e.entity_id)
        if owner is not None:
            group = groups[owner]
            e = Entity(e.start, e.end, e.text, group.label, owner, group.name, e.sentence, e.source, e.score)
        resolved.append(e)
    return resolved


def _as_known_place(e: Entity, lang: str) -> Entity:
    entry = place_with_suffix(e.text, lang) if e.label in _PLACES and e.entity_id not in knowledge_base().by_id \
        else None
    if entry is None:
        return e
    return Entity(e.start, e.end, e.text, entry.label, entry.entity_id, entry.name, e.sentence, e.source, e.score)


def _groups(entities: list[Entity], lang: str) -> dict[str, _Group]:
    kb = knowledge_base()
    heads = entity_rules(lang).heads
    groups: dict[str, _Group] = {}
    for e in entities:
        if e.label not in _NAMED:
            continue
        group = groups.get(e.entity_id)
        if group is None:
            entry = kb.by_id.get(e.entity_id)
            group = groups[e.entity_id] = _Group(e.label, e.name, e.start, set())
            group.forms |= {_form(alias, lang) for alias in (entry.aliases if entry else ())}
        group.forms.add(_form(e.text, lang))
        keys = tuple(match_key(w) for _, _, w in words_of(e.text))
        group.headed |= any(keys[i:i + n] in heads for n in (1, 2, 3) for i in range(len(keys)))
    return groups


def _form(surface: str, lang: str) -> tuple[tuple[str, ...], frozenset]:
    """(content words, years) of a name: folded words without the droppable words, years apart."""
    rules = short_form_rules(lang)
    content: list[str] = []
    years: set[str] = set()
    for _, _, word in words_of(surface):
        folded = _fold(word)
        if _YEARS.fullmatch(folded):
            years.update(re.split(r"[-–]", folded))
            if content and content[-1] in rules.year_words:
                content.pop()
        elif folded not in rules.droppable and any(c.isalnum() for c in folded):
            content.append(folded)
    return tuple(content), frozenset(years)


def _contains(long: tuple, short: tuple, lang: str) -> bool:
    """The short form's words, in order and together, are in the long form, and so are its years."""
    (long_words, long_years), (short_words, short_years) = long, short
    n = len(short_words)
    if n < short_form_rules(lang).min_words or not short_years <= long_years:
        return False
    return any(long_words[i:i + n] == short_words for i in range(len(long_words) - n + 1))
