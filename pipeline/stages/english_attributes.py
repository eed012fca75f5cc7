"""spaCy's attribute ruler (coarse POS, morphology, some lemmas), as the English model ships it, in one pass.

The model's `attribute_ruler` runs a spaCy Matcher with all its patterns over every token, then sets
the attributes of every match through a Span: a tenth of the English model time for a table lookup
(`make bench`, model time by component). Its patterns are of two kinds: a tag map, one single-token
pattern per fine tag (every token matches one), and a hundred-odd exceptions on a word, a dependency or
a pair of words. Here the tag map is a lookup by tag and only the exceptions go through a Matcher, on
the windows whose first word can start one; the attributes are set in the ruler's own order (pattern
order: a later pattern overrides an earlier one), by spaCy's own `set_token_attrs`, so every token gets
exactly the POS, morphology and lemma the ruler gives it (tests compare them token by token).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_FIRST_TOKEN_KEYS = {"LOWER", "TAG", "DEP", "IS_SPACE"}
# what the tag map may set: nothing an exception pattern reads, so it may be applied before they are matched
_TAG_MAP_SETS = {"POS", "MORPH"}


@dataclass
class FastAttributeRuler:
    """Built from a loaded AttributeRuler; call it on a Doc in its place."""
    tag_map: dict            # tag hash -> {attribute id: value}: the tag map's attributes of that tag, merged
    matcher: object          # a Matcher of the other patterns (the exceptions), keyed by their order
    attrs: list              # pattern order -> normalised attrs
    indices: list            # pattern order -> which token of the match gets them
    opening: "Opening"       # which tokens an exception can start at
    longest: int             # words in the longest exception pattern

    @classmethod
    def of(cls, ruler) -> "FastAttributeRuler":
        from spacy.matcher import Matcher

        tag_map: dict = {}
        matcher = Matcher(ruler.vocab)
        others = []
        for order, entry in enumerate(ruler.patterns):
            patterns = entry["patterns"]
            if not others and _is_tag_map(patterns, entry["index"]) and set(entry["attrs"]) <= _TAG_MAP_SETS:
                tag = ruler.vocab.strings.add(patterns[0][0]["TAG"])
                tag_map.setdefault(tag, {}).update(ruler.attrs[order])   # in order: a later entry overrides
                continue
            matcher.add(str(order), patterns)
            others.append(order)
        if any(_is_tag_map(ruler.patterns[o]["patterns"], 0) for o in others):
            raise ValueError("attribute ruler: a tag-map pattern after an exception; use the ruler itself")
        opening = Opening.of([ruler.patterns[o]["patterns"] for o in others], ruler.vocab.strings)
        if any("OP" in token for o in others for pattern in ruler.patterns[o]["patterns"] for token in pattern):
            raise ValueError("attribute ruler: a pattern of varying length; use the ruler itself")
        longest = max((len(p) for o in others for p in ruler.patterns[o]["patterns"]), default=1)
        return cls(tag_map, matcher, list(ruler.attrs), list(ruler.indices), opening, longest)

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
        found = set()
        for first, last in _windows(numpy.flatnonzero(self.opening(doc)), self.longest, len(doc)):
            # every match starts at a candidate, and a candidate's whole window is inside its run
            found.update((int(self.matcher.vocab.strings[key]), first + start, first + end)
                         for key, start, end in self.matcher(doc[first:last], allow_missing=True, as_spans=False))
        for order, start, end in sorted(found):
            set_token_attrs(doc[start:end][self.indices[order]], self.attrs[order])
        return doc


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
            anything = anything or not set(first) <= _FIRST_TOKEN_KEYS
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
