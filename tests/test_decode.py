"""Bytes to text: byte-order marks, UTF-16 without one, damaged UTF-8, legacy code pages, binary data."""
import codecs
import unicodedata

import pytest

from corpus.make_bad_inputs import EN_BRUNEI, EN_JAKARTA, FOLDER, VI_LAOS, VI_MINISTERS, VI_MYANMAR
from pipeline.decode import decode_bytes

VISCII_REASON = ("Python has no VISCII (nor TCVN3) codec, so charset-normalizer cannot propose it: VISCII "
                 "Vietnamese is read as iso8859_10 and comes out garbled, with a note asking for UTF-8")


def corpus_bytes(name: str) -> bytes:
    return (FOLDER / name).read_bytes()


@pytest.mark.parametrize("data, text, note_words", [
    ("Hello, ASEAN.".encode(), "Hello, ASEAN.", None),
    (EN_BRUNEI.encode("utf-8-sig"), EN_BRUNEI, None),
    (VI_LAOS.encode("utf-16"), VI_LAOS, None),
    (codecs.BOM_UTF16_BE + VI_LAOS.encode("utf-16-be"), VI_LAOS, None),
    (VI_LAOS.encode("utf-32"), VI_LAOS, None),
    (EN_BRUNEI.encode("utf-16-le"), EN_BRUNEI, "read as utf_16_le"),      # no BOM: detected
    (VI_LAOS.encode("utf-16-be"), VI_LAOS, "read as utf_16_be"),
    (EN_JAKARTA.encode("cp1252"), EN_JAKARTA, "read as cp1252"),          # not cp1250, which ties: 'naďve'
    (corpus_bytes("windows_1258_vi.txt"), VI_MINISTERS, "read as cp1258"),
    pytest.param(corpus_bytes("viscii_vi.txt"), VI_MINISTERS, None,
                 marks=pytest.mark.xfail(strict=True, reason=VISCII_REASON)),
    (b"ASEAN\x00 ministers\x00 met." + b"\x00" * 600, "ASEAN\x00 ministers\x00 met." + "\x00" * 600, None),
])
def test_text_is_recovered(data, text, note_words):
    decoded = decode_bytes(data)
    assert decoded.error is None
    assert unicodedata.normalize("NFC", decoded.text) == text   # cp1258 writes tone marks as combining marks
    if note_words:
        assert note_words in decoded.note
    else:
        assert decoded.note is None


@pytest.mark.parametrize("data, places", [
    (corpus_bytes("invalid_utf8.txt"), 3),
    (codecs.BOM_UTF8 + corpus_bytes("invalid_utf8.txt"), 3),
    (codecs.BOM_UTF8 + b"ASEAN \xe9t\xe9 " * 20 + VI_MYANMAR.encode(), 40),    # marked UTF-8: however damaged
])
def test_damaged_utf8_stays_utf8_with_a_note(data, places):
    decoded = decode_bytes(data)
    assert decoded.error is None and decoded.text.count("\ufffd") == places
    assert decoded.text.replace("\ufffd", "").endswith(VI_MYANMAR)
    assert f"{places} places in the file are not valid UTF-8" in decoded.note


@pytest.mark.parametrize("data, error_words", [
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
    (b"%PDF-1.7 ...", "a PDF document"),
    (b"PK\x03\x04" + bytes(100), "ZIP archive"),
    (b"\x00" * 5000, "only NUL bytes"),
    (corpus_bytes("random_bytes.txt"), "could not decode"),
    (corpus_bytes("tcvn3_vi.txt"), "could not decode"),     # TCVN3: no codec anywhere in Python
    (b"\xff\xfe\x00\xd8", "could not decode"),               # a UTF-16 BOM before a lone surrogate
    (bytes(range(1, 32)) * 50, "mostly control characters"),
])
def test_what_is_not_text_is_refused(data, error_words):
    decoded = decode_bytes(data)
    assert decoded.text == ""
    assert error_words in decoded.error

