"""The benchmark corpus: unique, article-sized English and Vietnamese documents made from the seeds.

Reads: the seed articles (seeds/*.txt) and models/bench/corpus.yaml. Gives: `BenchDoc`s, each a
headline and paragraphs of seed sentences of one language, drawn and shuffled, with its years,
numbers, people and host city varied consistently within the document ("AMM-54" and "54th" become
"AMM-47" and "47th" together). Document i depends only on (seed, i), so the first k documents of
a larger corpus are the corpus of k documents, and a run is the same on every machine.
"""
from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..resources import load_data

# a sentence ends at . ! or ? before whitespace, but not after "Mr." "Dr." "No."
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z][a-z]\.)\s+")
# a number standing alone or ending a code ("AMM-54"), with an ordinal suffix; not "4IR", "1,000" or "3.5"
_NUMBER = re.compile(r"(?<![^\W_])(?<!\d[.,])(\d+)(st|nd|rd|th)?(?![^\W_])(?![.,]\d)")
HEADLINE_MAX_CHARS = 110
HEADLINE_MAX_WORDS = 16
PARAGRAPH_SENTENCES = (1, 5)


@dataclass(frozen=True)
class BenchDoc:
    name: str            # file name: index and language, "000042-vi.txt"
    lang: str            # en | vi
    text: str


@dataclass(frozen=True)
class SeedPool:
    """What the documents of one language are made of."""
    headlines: tuple[str, ...]
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class CorpusBuilder:
    pools: dict            # lang -> SeedPool
    vi_share_percent: int
    min_bytes: int
    max_bytes: int
    years: tuple[int, int]
    fixed_numbers: tuple[str, ...]
    people: dict           # lang -> tuple of names
    places: dict           # lang -> tuple of (city, country)

    @classmethod
    def from_disk(cls, seed_dir: Path, relative_path: str = "bench/corpus.yaml") -> "CorpusBuilder":
        data = load_data(relative_path)
        pools = seed_pools(seed_dir, data["vietnamese_letters"])
        return cls(pools, int(data["vi_share_percent"]), int(data["min_bytes"]), int(data["max_bytes"]),
                   tuple(data["years"]), tuple(data["fixed_numbers"]),
                   {lang: tuple(p[lang] for p in data["people"]) for lang in ("en", "vi")},
                   {lang: tuple(tuple(p[lang]) for p in data["places"]) for lang in ("en", "vi")})

    def documents(self, count: int, seed: int = 0) -> Iterator[BenchDoc]:
        """`count` unique documents; a (rare) repeat is drawn again with the next attempt's generator."""
        seen: set[str] = set()
        for i in range(count):
            lang = language_of(i, self.vi_share_percent)
            for attempt in range(100):
                text = self.article(lang, random.Random(f"{seed}:{i}:{attempt}"))
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                if digest not in seen:
                    break
            seen.add(digest)
            yield BenchDoc(f"{i:06d}-{lang}.txt", lang, text)

    def article(self, lang: str, rng: random.Random) -> str:
        pool = self.pools[lang]
        target = rng.randint(self.min_bytes, self.max_bytes)
        headline = rng.choice(pool.headlines)
        paragraphs = fill_paragraphs(pool.sentences, rng, target - _size(headline), self.max_bytes - _size(headline))
        text = headline + rng.choice(["\n", "\n\n"]) + rng.choice(["\n", "\n\n"]).join(paragraphs)
        return self.vary(text, lang, rng)

    def vary(self, text: str, lang: str, rng: random.Random) -> str:
        """The same text with another set of years, numbers, people and host city, consistently throughout."""
        text = swap_places(text, self.places[lang], rng)
        text = swap_names(text, self.people[lang], rng)
        return vary_numbers(text, self.fixed_numbers, self.years, rng)

    def changed(self, doc: BenchDoc, seed: int = 0) -> BenchDoc:
        """The document with one more sentence of its language at the end (an edited article)."""
        rng = random.Random(f"{seed}:changed:{doc.name}")
        sentence = self.vary(rng.choice(self.pools[doc.lang].sentences), doc.lang, rng)
        return BenchDoc(doc.name, doc.lang, doc.text + "\n" + sentence)


def language_of(i: int, vi_percent: int) -> str:
    """Vietnamese for exactly vi_percent of every prefix of the corpus, spread evenly."""
    return "vi" if (i + 1) * vi_percent // 100 > i * vi_percent // 100 else "en"


def seed_pools(seed_dir: Path, vietnamese_letters: str) -> dict[str, SeedPool]:
    headlines: dict[str, list[str]] = {"en": [], "vi": []}
    sentences: dict[str, list[str]] = {"en": [], "vi": []}
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lang = "vi" if is_vietnamese(text, vietnamese_letters) else "en"
        for line in filter(None, (line.strip() for line in text.splitlines())):
            if is_headline(line):
                headlines[lang].append(line)
            else:
                sentences[lang].extend(s for s in _SENTENCE_END.split(line) if s.strip())
    return {lang: SeedPool(tuple(headlines[lang]), tuple(sentences[lang])) for lang in ("en", "vi")}


def is_vietnamese(text: str, vietnamese_letters: str) -> bool:
    """Vietnamese text has a letter English never uses every few words; English has next to none."""
    letters = [c for c in text.casefold() if c.isalpha()]
    return sum(c in vietnamese_letters for c in letters) > 0.02 * max(len(letters), 1)


def is_headline(line: str) -> bool:
    return len(line) <= HEADLINE_MAX_CHARS and len(line.split()) <= HEADLINE_MAX_WORDS and not line.endswith(".")


def fill_paragraphs(sentences: tuple[str, ...], rng: random.Random, target: int, limit: int) -> list[str]:
    """Paragraphs of shuffled sentences until `target` bytes; never over `limit`. The pool is
    reshuffled when used up, so that a long article of a small pool repeats as little as possible."""
    order: list[str] = []
    paragraphs: list[list[str]] = [[]]
    size = 0
    size_of_paragraph = rng.randint(*PARAGRAPH_SENTENCES)
    for _ in range(20 * len(sentences)):
        if size >= target:
            break
        if not order:
            order = rng.sample(sentences, len(sentences))
        sentence = order.pop()
        if size + _size(sentence) + 2 > limit:
            continue
        if len(paragraphs[-1]) >= size_of_paragraph:
            paragraphs.append([])
            size_of_paragraph = rng.randint(*PARAGRAPH_SENTENCES)
        paragraphs[-1].append(sentence)
        size += _size(sentence) + 2
    return [" ".join(p) for p in paragraphs if p]


def swap_names(text: str, names: tuple[str, ...], rng: random.Random) -> str:
    mapping = dict(zip(names, rng.sample(names, len(names))))
    return _replace_all(text, mapping)


def swap_places(text: str, places: tuple[tuple[str, str], ...], rng: random.Random) -> str:
    """ "Vientiane, Laos" becomes another host pair; a bare city becomes that pair's city."""
    new = rng.sample(places, len(places))
    mapping = {f"{city}, {country}": f"{new_city}, {new_country}" for (city, country), (new_city, new_country) in zip(places, new)}
    mapping.update({city: new_city for (city, _), (new_city, _) in zip(places, new)})
    return _replace_all(text, mapping)


def _replace_all(text: str, mapping: dict[str, str]) -> str:
    """Every key replaced in one pass (so a replaced name is not replaced again), longest first."""
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)")
    return pattern.sub(lambda m: mapping[m.group()], text)


def vary_numbers(text: str, fixed: tuple[str, ...], years: tuple[int, int], rng: random.Random) -> str:
    """Each distinct number becomes one new number throughout the text; names in `fixed` keep theirs."""
    mapping: dict[str, int] = {}

    def new(match: re.Match) -> str:
        digits, suffix = match.group(1), match.group(2)
        if digits not in mapping:
            mapping[digits] = new_number(int(digits), len(digits), years, rng)
        value = mapping[digits]
        return str(value) + (ordinal_suffix(value) if suffix else "")

    pieces = re.split("(" + "|".join(map(re.escape, fixed)) + ")", text) if fixed else [text]
    return "".join(piece if i % 2 else _NUMBER.sub(new, piece) for i, piece in enumerate(pieces))


def new_number(value: int, digits: int, years: tuple[int, int], rng: random.Random) -> int:
    """A number of the same kind: a year stays a plausible year, a day or month stays one."""
    if 1900 <= value <= 2100:
        return rng.randint(*years)
    if value <= 12:
        return rng.randint(1, 12)
    if value <= 31:
        return rng.randint(1, 28)
    return rng.randint(10 ** (digits - 1), 10 ** digits - 1)


def ordinal_suffix(value: int) -> str:
    if 10 <= value % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _size(text: str) -> int:
    return len(text.encode("utf-8"))
