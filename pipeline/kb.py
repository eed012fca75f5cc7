"""The knowledge base in models/kb/: entries with labels, canonical names, QIDs and aliases in
English and Vietnamese, and a language-agnostic gazetteer that finds them in text.

Matching is by words, longest first. Aliases match case-insensitively but a capitalised alias
never matches an all-lower-case surface ("china" the porcelain); acronyms match exactly, and so do
ambiguous aliases written in capitals ("NAM" is not the Vietnamese "Nam", south).
Vietnamese comparison ignores where the tone mark sits ("Hoà" = "Hòa") but not which tone.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterator

from .ids import fallback_entity_id
from .resources import load_data, models_dir

KB_FILES = ("countries.yaml", "places.yaml", "organizations.yaml", "agreements.yaml", "people.yaml")
WORD = re.compile(r"\w+(?:[-'’.&]\w+)*|[^\w\s]")
MAX_ALIAS_WORDS = 16
FOUND_CACHE_SIZE = 1 << 12     # spans whose matches `find` keeps; emptied when full
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@dataclass(frozen=True)
class KBEntry:
    key: str
    label: str
    name: str
    qid: str | None = None
    iso2: str | None = None
    group: str | None = None
    capital: str | None = None
    aliases: tuple[str, ...] = ()        # en + vi
    acronyms: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    names_vi: tuple[str, ...] = ()       # the Vietnamese aliases, canonical first (also in `aliases`)
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def entity_id(self) -> str:
        return self.qid or fallback_entity_id(self.label, self.name)


@dataclass(frozen=True)
class KBMatch:
    start: int
    end: int
    entry: KBEntry
    kind: str            # alias | acronym | ambiguous


# Every word of every sentence goes through here, for the gazetteer and the entity rules, and the
# same few thousand words recur across articles; bounded, so a long run's memory does not grow.
@functools.lru_cache(maxsize=1 << 16)
def match_key(word: str) -> str:
    """Case-folded, NFC, with each syllable's tone mark moved to its end (placement-insensitive)."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = [c for c in decomposed if c in _TONE_MARKS]
    base = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base) + "".join(tones)


# The stages ask again for the words of the same texts (a document, its sentences, one phrase): kept for the
# most recent few thousand texts; bounded, so a long run's memory does not grow.
@functools.lru_cache(maxsize=1 << 12)
def words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """Words with a possessive "’s" left off: "ASEAN’s" is a mention of ASEAN."""
    words = []
    for m in WORD.finditer(text):
        word, end = m.group(), m.end()
        if len(word) > 2 and word[-2:] in ("’s", "'s"):
            word, end = word[:-2], end - 2
        words.append((m.start(), end, word))
    return tuple(words)


class KnowledgeBase:
    """Entries by key and a word-trie gazetteer over their aliases."""

    def __init__(self, entries: list[KBEntry]):
        self.entries = {e.key: e for e in entries}
        self.by_id = {e.entity_id: e for e in entries}
        self.countries = {e.iso2: e.entity_id for e in entries if e.iso2 and e.label == "GPE"}
        self._phrases: dict[tuple[str, ...], list[tuple[KBEntry, str, str]]] = {}
        # words in the longest alias that starts with a word: most words start none, and are passed at once
        self._longest: dict[str, int] = {}
        self._found: dict[tuple[str, int, int | None], tuple[KBMatch, ...]] = {}
        for entry in entries:
            for alias in entry.aliases:
                self._add(alias, entry, "alias")
            for acronym in entry.acronyms:
                self._add(acronym, entry, "acronym")
            for alias in entry.ambiguous:
                self._add(alias, entry, "ambiguous")

    @classmethod
    def from_disk(cls, folder: str = "kb") -> "KnowledgeBase":
        entries = []
        for name in KB_FILES:
            if (models_dir() / folder / name).exists():
                data = load_data(f"{folder}/{name}") or {}
                entries.extend(_entry(raw) for raw in data.get("entries") or [])
        return cls(entries)

    def _add(self, alias: str, entry: KBEntry, kind: str) -> None:
        key = tuple(match_key(w) for _, _, w in words_of(alias))
        if key:
            self._phrases.setdefault(key, []).append((entry, alias, kind))
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def lookup(self, surface: str) -> KBEntry | None:
        """The entry whose alias is exactly `surface` (same matching rules as `find`)."""
        key = tuple(match_key(w) for _, _, w in words_of(surface))
        for entry, alias, kind in self._phrases.get(key, []):
            if _surface_fits(surface, alias, kind) and kind != "ambiguous":
                return entry
        return None

    def find(self, text: str, start: int = 0, end: int | None = None) -> tuple[KBMatch, ...]:
        """Longest non-overlapping alias matches in text[start:end], left to right."""
        # the stages ask for the same spans again (a document's sentences, a phrase each rule looks at)
        key = (text, start, end)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= FOUND_CACHE_SIZE:
                self._found.clear()
            found = self._found[key] = tuple(self._find(text, start, end))
        return found

    def _find(self, text: str, start: int, end: int | None) -> Iterator[KBMatch]:
        words = [(a + start, b + start, w) for a, b, w in words_of(text[start:end])]
        keys = [match_key(w) for _, _, w in words]
        i = 0
        while i < len(words):
            match = None
            for n in range(min(MAX_ALIAS_WORDS, self._longest.get(keys[i], 0), len(words) - i), 0, -1):
                candidates = self._phrases.get(tuple(keys[i:i + n]))
                if not candidates:
                    continue
                surface = text[words[i][0]:words[i + n - 1][1]]
                fitting = [(e, k) for e, alias, k in candidates if _surface_fits(surface, alias, k)]
                if fitting:
                    entry, kind = min(fitting, key=lambda ek: _KIND_ORDER[ek[1]])
                    match = KBMatch(words[i][0], words[i + n - 1][1], entry, kind)
                    break
            if match:
                yield match
                i += len(words_of(text[match.start:match.end]))
            else:
                i += 1


_KIND_ORDER = {"acronym": 0, "alias": 1, "ambiguous": 2}


def _surface_fits(surface: str, alias: str, kind: str) -> bool:
    if kind == "acronym" or kind == "ambiguous" and sum(c.isupper() for c in alias) > 1:
        return unicodedata.normalize("NFC", surface) == unicodedata.normalize("NFC", alias)
    if any(c.isupper() for c in alias) and not any(c.isupper() for c in surface):
        return False
    return True


def _entry(raw: dict) -> KBEntry:
    known = {"key", "label", "name", "qid", "iso2", "group", "capital", "en", "vi", "acronyms", "ambiguous"}
    ambiguous = set(raw.get("ambiguous") or [])
    # the display name is an alias too, unless it is one of the entry's ambiguous words ("Georgia", "Chad")
    aliases = [a for a in dict.fromkeys([raw["name"], *(raw.get("en") or []), *(raw.get("vi") or [])])
               if a not in ambiguous or a in (raw.get("en") or []) + (raw.get("vi") or [])]
    return KBEntry(key=raw["key"], label=raw["label"], name=raw["name"], qid=raw.get("qid"), iso2=raw.get("iso2"),
                   group=raw.get("group"), capital=raw.get("capital"), aliases=tuple(aliases),
                   acronyms=tuple(raw.get("acronyms") or []), ambiguous=tuple(raw.get("ambiguous") or []),
                   names_vi=tuple(raw.get("vi") or []),
                   extra={k: v for k, v in raw.items() if k not in known})


@functools.cache
def knowledge_base() -> KnowledgeBase:
    return KnowledgeBase.from_disk()
