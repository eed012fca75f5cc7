"""Deterministic ids: ASCII-folded slugs, fallback entity ids, row ids.

The same input always gives the same ids, whatever the run or machine.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# letters that NFD does not decompose into an ASCII base
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def ascii_fold(text: str) -> str:
    """'Nguyễn Quốc Dũng' -> 'Nguyen Quoc Dung'."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(text: str) -> str:
    """'Nguyễn Quốc Dũng' -> 'nguyen-quoc-dung'; '' when nothing alphanumeric is left."""
    return _NOT_ALNUM.sub("-", ascii_fold(text).lower()).strip("-")


def fallback_entity_id(label: str, name: str) -> str:
    """`LABEL:slug` for an entity the knowledge base does not know."""
    slug = slugify(name) or hashlib.sha256(name.encode()).hexdigest()[:12]
    return f"{label}:{slug}"


def row_id(*parts: object) -> str:
    """A short stable id from the parts that make a row unique."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def source_doc_id(source: str) -> str:
    """The doc_id of a documents row that is not ok: sha256 (hex) of a NUL byte and the row's source. No ok
    row can have it, as a normalised text never holds a NUL byte."""
    return hashlib.sha256(b"\x00" + source.encode("utf-8")).hexdigest()
