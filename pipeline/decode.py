"""Bytes to text for ingest: byte-order marks, UTF-8, legacy encodings, binary files, HTML pages.

Charset detection uses charset-normalizer, a library made for it, only when UTF-8 fails.
"""
from __future__ import annotations

import codecs

from .errors import Errors

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Magic numbers of formats people drop into article folders by mistake.
_BINARY_MAGIC = {b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive or Office document",
                 b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                 b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program", b"\xd0\xcf\x11\xe0": "an old Office document"}


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """(text, None) or ("", error message)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return "", Errors.UNDECODABLE
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return "", Errors.BINARY.format(detail=what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        text = _detect_and_decode(data)
        if text is None:
            return "", Errors.UNDECODABLE
    if _mostly_control(text):
        return "", Errors.BINARY.format(detail="it is mostly control characters")
    return text, None


def _detect_and_decode(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazy: only legacy-encoded files need it

    if data.count(b"\x00") > len(data) // 4:
        # UTF-16 without BOM: every other byte of Latin text is NUL
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _mostly_control(text) and sum(c.isalpha() for c in text) > len(text) // 2:
                return text
        return None
    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _mostly_control(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t") or c == "\ufffd")
    return control > len(sample) * 0.1


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """(article text, title, None) or ("", None, error) from an HTML page."""
    import trafilatura  # lazy: heavy, and only HTML inputs need it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return "", None, Errors.HTML_NO_ARTICLE
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    return text, title, None
