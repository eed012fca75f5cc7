"""A cheap first-character test in front of a long alternation of names.

Python's regex engine tries every alternative of "(?i:ASEAN Summit|East Asia Summit|...)" at every
position it reaches; with a hundred names that is most of the meetings stage's time. Every match of
the alternation starts with one of a small set of characters, so a lookahead on that set rejects
almost every position at once. The lookahead is zero-width and a superset of what the names can
start with (compared case-insensitively), so the pattern matches exactly what it matched without it.
"""
from __future__ import annotations

import functools
import re

try:                              # the parser Python's own `re` uses (3.11+; earlier: sre_parse)
    from re import _constants as _c, _parser as _p
except ImportError:               # pragma: no cover - older Pythons
    import sre_constants as _c     # type: ignore[no-redef]
    import sre_parse as _p         # type: ignore[no-redef]

# A class of more characters than this is no faster than the alternation it would guard.
MAX_CHARACTERS = 200
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = tuple(op for op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) if op)
_GROUPS = tuple(op for op in (_c.SUBPATTERN, getattr(_c, "ATOMIC_GROUP", None)) if op)


class _Unknown(Exception):
    """The pattern can start with something this analysis does not bound (\\w, ., a backreference)."""


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (as written; case variants are left to the
    caller's case-insensitive test), or None when that is not a small known set or a match can be empty."""
    try:
        chars, can_be_empty = _first(_p.parse(pattern))
    except (_Unknown, re.error, RecursionError):
        return None
    if can_be_empty or not chars or len(chars) > MAX_CHARACTERS:
        return None
    return frozenset(chars)


@functools.lru_cache(maxsize=64)      # each language's templates repeat the same alternations
def guarded(alternation: str) -> str:
    """`alternation` preceded by lookaheads on the characters it can start with and on its first few
    letters (both case-insensitive, so a superset); without the lookahead whose set is not known."""
    chars = first_characters(alternation)
    openings = literal_openings(alternation)
    guard = "(?=(?i:[" + "".join(re.escape(c) for c in sorted(chars)) + "]))" if chars is not None else ""
    if openings is not None:
        guard += "(?=(?i:" + "|".join(re.escape(o) for o in sorted(openings)) + "))"
    return guard + alternation


def literal_openings(pattern: str, length: int = 3) -> frozenset[str] | None:
    """Strings of up to `length` characters one of which every match of `pattern` starts with (a shorter one
    where the pattern goes on with a class of many characters), or None when a match can start otherwise."""
    try:
        openings = _openings(list(_p.parse(pattern)), "", length)
    except (_Unknown, re.error, RecursionError):
        return None
    if not openings or "" in openings or len(openings) > MAX_CHARACTERS:
        return None
    return frozenset(openings)


_STOP = (None, None)          # ends an opening: what follows a repeated part is not known from here
_SMALL_CLASS = 4              # a class of up to this many characters is spelled out, each its own opening


def _openings(items: list, prefix: str, length: int) -> set[str]:
    for index, (op, arg) in enumerate(items):
        if len(prefix) >= length or op is None:
            return {prefix}
        rest = items[index + 1:]
        if op in _ZERO_WIDTH:
            continue
        if op == _c.LITERAL:
            prefix += chr(arg)
            continue
        if op == _c.IN:
            try:
                chars = _class_characters(arg)
            except _Unknown:
                return {prefix}
            if len(chars) > _SMALL_CLASS:
                return {prefix}
            return set().union(*(_openings(rest, prefix + c, length) for c in chars))
        if op == _c.BRANCH:
            return set().union(*(_openings(list(alternative) + rest, prefix, length) for alternative in arg[1]))
        if op in _GROUPS:
            return _openings(list(arg[-1]) + rest, prefix, length)
        if op in _REPEATS:
            low, _, body = arg
            once = _openings(list(body) + [_STOP], prefix, length)
            return once if low > 0 else once | _openings(rest, prefix, length)
        return {prefix}             # \w, ., a backreference: the opening ends here
    return {prefix}


def _first(items) -> tuple[set[str], bool]:
    """(first characters, whether the sequence can match the empty string)."""
    chars: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue                              # a lookaround or anchor consumes nothing
        if op == _c.LITERAL:
            return chars | {chr(arg)}, False
        if op == _c.IN:
            return chars | _class_characters(arg), False
        if op == _c.BRANCH:
            empty = False
            for alternative in arg[1]:
                more, alt_empty = _first(alternative)
                chars |= more
                empty = empty or alt_empty
            if not empty:
                return chars, False
            continue
        if op in _GROUPS:
            more, empty = _first(arg[-1])
            chars |= more
            if not empty:
                return chars, False
            continue
        if op in _REPEATS:
            low, _, body = arg
            more, empty = _first(body)
            chars |= more
            if low > 0 and not empty:
                return chars, False
            continue
        raise _Unknown(op)
    return chars, True


def _class_characters(members) -> set[str]:
    chars: set[str] = set()
    for op, arg in members:
        if op == _c.LITERAL:
            chars.add(chr(arg))
        elif op == _c.RANGE and arg[1] - arg[0] < MAX_CHARACTERS:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            raise _Unknown(op)                    # a negated class, a category (\w, \d), a wide range
    return chars
