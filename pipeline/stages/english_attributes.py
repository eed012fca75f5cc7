"""spaCy's attribute ruler (coarse POS, morphology, some lemmas), as the English model ships it, in one pass.

The model's `attribute_ruler` runs a spaCy Matcher with all its patterns over every token, then sets
the attributes of every match through a Span: a tenth of the English model time for a table lookup
(`make bench`, model time by component). Its patterns are of two kinds: a tag map, one single-token
pattern per fine tag (every token matches one), and a hundred-odd exceptions on a word, a dependency or
a pair of words. Here the tag map is a lookup by tag; the exceptions of one token that only compare its
word, tag, dependency or whitespace with given values are array comparisons; only the rest (pairs of
words, regular expressions) go through a Matcher, on the windows whose first word can start one. The
attributes are set in the ruler's own order (pattern order: a later pattern overrides an earlier one),
by spaCy's own `set_token_attrs`, so every token gets exactly the POS, morphology and lemma the ruler
gives it (tests compare them token by token).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# what the exceptions compare of a word that a Matcher is not needed for, in the order of to_array
_TOKEN_KEYS = ("LOWER", "TAG", "DEP", "IS_SPACE")
# what the tag map may set: nothing an exception pattern reads, so it may be applied before they are matched
_TAG_MAP_SETS = {"POS", "MORPH"}


@dataclass
class FastAttributeRuler:
    """Built from a loaded AttributeRuler; call it on a Doc in its place."""
    tag_map: dict            # tag hash -> {attribute id: value}: the tag map's attributes of that tag, merged
    single: "TokenTests"     # the exceptions of one token that compare it with given values
    matcher: object          # a Matcher of the other exceptions, keyed by their order
    attrs: list              # pattern order -> normalised attrs
    indices: list            # pattern order -> which token of the match gets them
    opening: "Opening"       # which tokens an exception can start at
    longest: int             # words in the longest exception pattern

    @classmethod
    def of(cls, ruler) -> "FastAttributeRuler":
        from spacy.matcher import Matcher

        tag_map: dict = {}
        matcher = Matcher(ruler.vocab)
        single, others = [], []
        for order, entry in enumerate(ruler.patterns):
            patterns = entry["patterns"]
            if not single and not others and _is_tag_map(patterns, entry["index"]) \
                    and set(entry["attrs"]) <= _TAG_MAP_SETS:
                tag = ruler.vocab.strings.add(patterns[0][0]["TAG"])
                tag_map.setdefault(tag, {}).update(ruler.attrs[order])   # in order: a later entry overrides
                continue
            test = TokenTest.of(patterns, ruler.vocab.strings)
            if test is not None:
                single.append((order, test))
                continue
            matcher.add(str(order), patterns)
            others.append(order)
        if any(_is_tag_map(ruler.patterns[o]["patterns"], 0) for o in [*others, *(o for o, _ in single)]):
            raise ValueError("attribute ruler: a tag-map pattern after an exception; use the ruler itself")
        opening = Opening.of([ruler.patterns[o]["patterns"] for o in others], ruler.vocab.strings)
        if any("OP" in token for o in others for pattern in ruler.patterns[o]["patterns"] for token in pattern):
            raise ValueError("attribute ruler: a pattern of varying length; use the ruler itself")
        longest = max((len(p) for o in others for p in ruler.patterns[o]["patterns"]), default=1)
        return cls(tag_map, TokenTests.of(single), matcher, list(ruler.attrs), list(ruler.indices), opening, longest)

    def __call__(self, doc):
        import numpy
        from spacy.attrs import MORPH, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        values = doc.to_array([POS, MORPH]).astype("uint64")
        tags = doc.to_array([TAG]).astype("uint64")
        for tag in numpy.unique(tags):
            attrs = self.tag_map.get(int(tag))
            if attrs is not None:
                for column, attr in enumerate((POS, MORPH)):
                    if attr in attrs:
                        values[tags == tag, column] = attrs[attr]
        doc.from_array([POS, MORPH], values)
        found = self.single(doc)
        starts = numpy.flatnonzero(self.opening(doc)) if len(self.matcher) else ()
        for first, last in _windows(starts, self.longest, len(doc)):
            # every match starts at a candidate, and a candidate's whole window is inside its run
            found.update((int(self.matcher.vocab.strings[key]), first + start, first + end)
                         for key, start, end in self.matcher(doc[first:last], allow_missing=True, as_spans=False))
        for order, start, end in sorted(found):
            set_token_attrs(doc[start:end][self.indices[order]], self.attrs[order])
        return doc


@dataclass(frozen=True)
class TokenTest:
    """A one-token pattern that compares the token's word, tag, dependency or whitespace with given values
    (equal to, IN or NOT_IN a list)."""
    COLUMNS = _TOKEN_KEYS
    conditions: tuple        # (column, hashes, wanted): the column's value is in `hashes` (or not, if not wanted)

    @classmethod
    def of(cls, patterns: list, strings) -> "TokenTest | None":
        if len(patterns) != 1 or len(patterns[0]) != 1 or not set(patterns[0][0]) <= set(cls.COLUMNS):
            return None
        conditions = []
        for key, value in patterns[0][0].items():
            column = cls.COLUMNS.index(key)
            if key == "IS_SPACE" and isinstance(value, bool):
                conditions.append((column, frozenset([int(value)]), True))
            elif key != "IS_SPACE" and isinstance(value, str):
                conditions.append((column, frozenset([strings.add(value)]), True))
            elif key != "IS_SPACE" and isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN"}:
                (operator, listed), = value.items()
                conditions.append((column, frozenset(strings.add(v) for v in listed), operator == "IN"))
            else:
                return None             # a regular expression, a comparison: the Matcher decides
        return cls(tuple(conditions))

    @property
    def words(self) -> frozenset | None:
        """The lowercase words (hashes) the token must be one of, if the pattern names them."""
        listed = [hashes for column, hashes, wanted in self.conditions if column == 0 and wanted]
        return listed[0] if listed else None

    def accepts(self, row) -> bool:
        return all((row[column] in hashes) == wanted for column, hashes, wanted in self.conditions)

    def matches(self, columns):
        """Which rows of a document's columns it accepts (for a pattern that names no word)."""
        import numpy

        hits = numpy.ones(len(columns), dtype=bool)
        for column, hashes, wanted in self.conditions:
            inside = numpy.isin(columns[:, column], numpy.fromiter(hashes, dtype="uint64"))
            hits &= inside if wanted else ~inside
        return hits


@dataclass(frozen=True)
class TokenTests:
    """The one-token exceptions, found by word: a dictionary from each named word to its patterns, so that
    only the few tokens that are one of those words are tested; patterns that name no word test every token."""
    by_word: dict            # lowercase hash -> [(order, TokenTest)]
    wordless: list           # [(order, TokenTest)]

    @classmethod
    def of(cls, tests: list) -> "TokenTests":
        by_word: dict = {}
        wordless = []
        for order, test in tests:
            if test.words is None:
                wordless.append((order, test))
            for word in test.words or ():
                by_word.setdefault(word, []).append((order, test))
        return cls(by_word, wordless)

    def __call__(self, doc) -> set:
        """(pattern order, start, end) of every match in the document."""
        import numpy

        columns = doc.to_array(TokenTest.COLUMNS).astype("uint64")
        found = {(order, int(i), int(i) + 1) for order, test in self.wordless for i in numpy.flatnonzero(test.matches(columns))}
        named = numpy.isin(columns[:, 0], numpy.fromiter(self.by_word, dtype="uint64", count=len(self.by_word)))
        for i in numpy.flatnonzero(named).tolist():
            row = columns[i].tolist()
            found.update((order, i, i + 1) for order, test in self.by_word[row[0]] if test.accepts(row))
        return found


@dataclass(frozen=True)
class Opening:
    """The first words the exception patterns ask for; true for every token one could start at (maybe more)."""
    lowers: frozenset
    tags: frozenset
    deps: frozenset
    regexes: tuple
    spaces: bool
    anything: bool

    @classmethod
    def of(cls, pattern_lists: list, strings) -> "Opening":
        groups: dict = {"LOWER": set(), "TAG": set(), "DEP": set()}
        regexes: list = []
        spaces = anything = False
        for first in (pattern[0] for patterns in pattern_lists for pattern in patterns):
            anything = anything or not set(first) <= set(_TOKEN_KEYS)
            lower = first.get("LOWER")
            if isinstance(lower, dict) and set(lower) == {"REGEX"}:
                regexes.append(re.compile(lower["REGEX"]))
                continue
            if first.get("IS_SPACE") is True:
                spaces = True
                continue
            for key, group in groups.items():       # the first attribute that names its values narrows it
                value = first.get(key)
                if isinstance(value, str) or isinstance(value, dict) and set(value) == {"IN"}:
                    group.update([value] if isinstance(value, str) else value["IN"])
                    break
            else:
                anything = True              # nothing to narrow this pattern by: every token is a candidate
        lowers, tags, deps = groups.values()
        hashed = [frozenset(strings.add(s) for s in group) for group in (lowers, tags, deps)]
        return cls(*hashed, tuple(regexes), spaces, anything)

    def __call__(self, doc):
        import numpy
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        columns = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).astype("uint64")
        if self.anything:
            return numpy.ones(len(doc), dtype=bool)
        lower = columns[:, 0]
        hits = numpy.isin(lower, list(self.lowers)) | numpy.isin(columns[:, 1], list(self.tags)) \
            | numpy.isin(columns[:, 2], list(self.deps))
        if self.spaces:
            hits |= columns[:, 3] == 1
        if self.regexes:
            strings = doc.vocab.strings
            matching = [h for h in numpy.unique(lower) if any(r.search(strings[int(h)]) for r in self.regexes)]
            hits |= numpy.isin(lower, matching)
        return hits


def _windows(starts, width: int, length: int) -> list[tuple[int, int]]:
    """The runs [first, last) covering each start's window of `width` words, overlapping windows merged."""
    runs: list[list[int]] = []
    for start in (int(s) for s in starts):
        end = min(start + width, length)
        if runs and start <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(a, b) for a, b in runs]


def _is_tag_map(patterns: list, index: int) -> bool:
    """One pattern of one token that asks for a fine tag and nothing else."""
    return len(patterns) == 1 and len(patterns[0]) == 1 and set(patterns[0][0]) == {"TAG"} \
        and isinstance(patterns[0][0]["TAG"], str) and index == 0


class FastLemmatizer:
    """spaCy's rule lemmatizer, asked once per distinct (word, POS, morphology).

    Its lemma is a function of those three (spaCy caches it by them too), but the shipped component still
    visits every token through Python objects; here the tokens are read and written as arrays and spaCy's
    own lemmatizer is called for a combination not seen before, so every lemma is the one it gives.
    Tokens that already have a lemma (the attribute ruler sets a few) keep it, as spaCy's does.
    """
    CACHE_SIZE = 1 << 16         # distinct combinations kept (a few MB); emptied when full, so memory stays bounded

    def __init__(self, lemmatizer):
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError("lemmatizer: not a rule lemmatizer that keeps set lemmas; use the lemmatizer itself")
        self.lemmatizer = lemmatizer
        self.lemmas: dict = {}   # (orth, pos, morph) -> lemma hash

    def __call__(self, doc):
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).astype("uint64")
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        for i in numpy.flatnonzero(lemmas == 0).tolist():
            key = (int(rows[i, 0]), int(rows[i, 1]), int(rows[i, 2]))
            lemma = self.lemmas.get(key)
            if lemma is None:
                if len(self.lemmas) >= self.CACHE_SIZE:
                    self.lemmas.clear()
                lemma = self.lemmas[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc
