"""Bytes to text for ingest: byte-order marks, UTF-8, legacy encodings, binary files, HTML pages.

UTF-8 is tried first; a file that is UTF-8 but for a few damaged bytes stays UTF-8, with a note.
Anything else goes to charset-normalizer, a library made for charset detection (it also finds
UTF-16 without a byte-order mark), and to the Vietnamese code tables Python has no codec for (VISCII,
TCVN3; models/encodings/): the reading that spells Vietnamese best wins. A text read from a detected
encoding carries a note saying so.
"""
from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from ..errors import Errors
from ..resources import load_data

# UTF-32 first: its little-endian mark begins with UTF-16's. UTF-8's mark is handled with UTF-8.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Magic numbers of formats people drop into article folders by mistake.
_BINARY_MAGIC = {b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive or Office document",
                 b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                 b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program", b"\xd0\xcf\x11\xe0": "an old Office document"}
# A file counts as damaged UTF-8 (not as another encoding) when its valid multi-byte characters
# outnumber the invalid sequences at least this many times; legacy 8-bit text has almost none.
_UTF8_MAJORITY = 10


class Decoded(NamedTuple):
    text: str = ""
    error: str | None = None     # the file cannot be read as text
    note: str | None = None      # it was read, with a warning worth a look


def decode_bytes(data: bytes) -> Decoded:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding))
            except UnicodeDecodeError:
                return Decoded(error=Errors.UNDECODABLE)
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return Decoded(error=Errors.BINARY.format(detail=what))
    if data and not data.strip(b"\x00"):
        return Decoded(error=Errors.ONLY_NUL)
    marked = data.startswith(codecs.BOM_UTF8)
    decoded = _utf8(data.removeprefix(codecs.BOM_UTF8), marked) or _detect(data)
    if decoded is None:
        return Decoded(error=Errors.UNDECODABLE)
    if _mostly_control(decoded.text):
        return Decoded(error=Errors.BINARY.format(detail="it is mostly control characters"))
    return decoded


def _utf8(data: bytes, marked: bool) -> Decoded | None:
    """The text if the data is UTF-8: valid, or marked as UTF-8 by a byte-order mark, or damaged in a few places."""
    if b"\x00" in data and not marked:
        return None   # NULs may be UTF-16 without a byte-order mark, which is also valid UTF-8: detect
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    if marked or valid_multibyte >= _UTF8_MAJORITY * invalid:
        return Decoded(text, note=Errors.INVALID_UTF8.format(count=invalid))
    return None


def _detect(data: bytes) -> Decoded | None:
    detected = _general_detector(data)
    return _vietnamese_code_page(data, detected) or detected


def _general_detector(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # lazy: only files that are not UTF-8 need it

    matches = list(from_bytes(data))
    if not matches:
        return None
    text, encoding = _prefer_expected(matches)
    if encoding in {"utf_8", "ascii"}:
        return Decoded(text)    # UTF-8 with NUL bytes: no encoding question to report
    return Decoded(text, note=Errors.DETECTED_ENCODING.format(encoding=encoding))


def _vietnamese_code_page(data: bytes, detected: Decoded | None) -> Decoded | None:
    """The text read with a Vietnamese code table (VISCII, TCVN3) that Python has no codec for, when it
    spells Vietnamese better than the general detector's reading (which cannot propose those tables)."""
    spelling = vietnamese_spelling()
    best, best_share = None, spelling.judge(detected.text)[1] if detected else -1.0
    for table in code_tables():
        text = table.decode(data)
        words, share = spelling.judge(text)
        if words >= spelling.min_words and share >= spelling.min_share and share > best_share:
            best, best_share = Decoded(text, note=Errors.DETECTED_ENCODING.format(encoding=table.name)), share
    return best


@dataclass(frozen=True)
class CodeTable:
    """A one-byte code page read from models/encodings/: byte -> character, decoded in C by charmap_decode."""
    name: str
    chars: str      # 256 characters, the one for byte i at index i

    @classmethod
    def from_disk(cls, relative_path: str) -> "CodeTable":
        data = load_data(relative_path)
        chars = [chr(i) for i in range(0x80)] + ["\ufffd"] * 0x80
        for byte, code_point in data["decode"].items():
            chars[int(byte, 16)] = chr(int(code_point.removeprefix("U+"), 16))
        return cls(data["name"], "".join(chars))

    def decode(self, data: bytes) -> str:
        return unicodedata.normalize("NFC", codecs.charmap_decode(data, "replace", self.chars)[0])


@functools.cache
def code_tables() -> tuple[CodeTable, ...]:
    return tuple(CodeTable.from_disk(f"encodings/{name}.yaml") for name in ("viscii", "tcvn3"))


@dataclass(frozen=True)
class VietnameseSpelling:
    """Tells well-formed Vietnamese words from the debris a wrong code table leaves."""
    letters: frozenset[str]
    vowels: frozenset[str]
    letter_marks: frozenset[str]
    tone_marks: frozenset[str]
    min_words: int
    min_share: float

    @classmethod
    def from_disk(cls, relative_path: str = "encodings/vietnamese.yaml") -> "VietnameseSpelling":
        data = load_data(relative_path)
        marks = lambda key: frozenset(chr(int(m.removeprefix("U+"), 16)) for m in data[key])  # noqa: E731
        return cls(frozenset(data["letters"]), frozenset(data["vowels"]), marks("letter_marks"),
                   marks("tone_marks"), int(data["min_words"]), float(data["min_share"]))

    def judge(self, text: str) -> tuple[int, float]:
        """(words with a letter outside ASCII in the text's first 64 KB, the share of them well-formed)."""
        words = [w for w in _WORD.findall(unicodedata.normalize("NFC", text[:65536])) if not w.isascii()]
        return len(words), (sum(map(self.well_formed, words)) / len(words) if words else 0.0)

    def well_formed(self, word: str) -> bool:
        """Vietnamese letters only, in one case (or capitalised), marks on vowels, at most one tone."""
        if not (word.islower() or word.isupper() or word.istitle()):
            return False
        tones, base = 0, ""
        for char in unicodedata.normalize("NFD", word.lower()):
            if char in self.tone_marks or char in self.letter_marks:
                if base not in self.vowels:
                    return False
                tones += char in self.tone_marks
            elif char in self.letters:
                base = char
            else:
                return False
        return tones <= 1


@functools.cache
def vietnamese_spelling() -> VietnameseSpelling:
    return VietnameseSpelling.from_disk()


_WORD = re.compile(r"[^\W\d_]+")
# control characters other than tab, line feed and carriage return, and the replacement character
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")


def _prefer_expected(matches: list) -> tuple[str, str]:
    """(text, encoding) of the best match. Among the matches the detector rates exactly as good as the
    best, the one that decodes as an encoding English or Vietnamese is written in wins: mostly-ASCII
    text gives cp1250 and cp1252 the same score, though they differ in letters such as 'ï'."""
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    for encoding in load_data("languages.yaml")["legacy_encodings"]:
        for match in tied:
            if encoding in match.could_be_from_charset:
                return str(match), encoding   # could_be_from_charset: encodings giving this same text
    return str(best), best.encoding


def _mostly_control(text: str) -> bool:
    # NUL bytes are padding or stray bytes that normalisation drops; other control characters mean binary
    sample = text.replace("\x00", "")[:4096]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) > len(sample) * 0.1


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None]:
    """(article text, title, canonical url, None) or ("", None, None, error) from an HTML page."""
    import trafilatura  # lazy: heavy, and only HTML inputs need it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return "", None, None, Errors.HTML_NO_ARTICLE
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else None
    url = meta.url if meta is not None and meta.url else None   # <link rel="canonical">, else og:url
    return text, title, url, None
