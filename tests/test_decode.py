"""Bytes to text: byte-order marks, UTF-16 without one, damaged UTF-8, legacy code pages, binary data."""
import codecs
import unicodedata

import pytest

from conftest import SEEDS
from corpus.make_bad_inputs import (EN_BRUNEI, EN_DIGITAL, EN_JAKARTA, EN_RICE, FOLDER, MIXED_SUMMIT, VI_LAOS,
                                    VI_MINISTERS, VI_MINISTERS_TCVN3, VI_MINISTERS_VISCII, VI_MYANMAR, VI_SUMMIT)
from pipeline.io.decode import _general_detector, code_tables, decode_bytes, vietnamese_spelling



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
    (corpus_bytes("viscii_vi.txt"), VI_MINISTERS_VISCII, "read as viscii"),     # bytes from glibc's iconv
    (corpus_bytes("tcvn3_vi.txt"), VI_MINISTERS_TCVN3, "read as tcvn3"),
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
    (b"\xff\xfe\x00\xd8", "could not decode"),               # a UTF-16 BOM before a lone surrogate
    (bytes(range(1, 32)) * 50, "mostly control characters"),
])
def test_what_is_not_text_is_refused(data, error_words):
    decoded = decode_bytes(data)
    assert decoded.text == ""
    assert error_words in decoded.error



# --- VISCII and TCVN3: code tables in models/encodings/ ---------------------------------------------

VIETNAMESE = {"VI_LAOS": VI_LAOS, "VI_MINISTERS": VI_MINISTERS, "VI_MYANMAR": VI_MYANMAR, "VI_SUMMIT": VI_SUMMIT,
              "seed 001": (SEEDS / "001_96c4a0ece767b762.txt").read_text(encoding="utf-8"),
              "capitals": "HỘI NGHỊ CẤP CAO ASEAN LẦN THỨ 44 KHAI MẠC TẠI VIÊN CHĂN. " * 3 + VI_SUMMIT}
# what these code pages have no byte for, as a person retyping the article would write it
PLAIN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def encode(text: str, table) -> bytes:
    """The bytes a legacy editor would have saved: each character's byte in the table; a letter the table
    lacks (TCVN3 has few toned capitals) as its letter without the tone, then the tone's combining byte."""
    byte_of = {char: bytes([i]) for i, char in enumerate(table.chars) if char != "\ufffd"}
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in byte_of:
            out.append(byte_of[char])
        else:
            base, *marks = unicodedata.normalize("NFD", char)
            letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in TONES))
            out.append(byte_of[letter] + b"".join(byte_of[m] for m in marks if m in TONES))
    return b"".join(out)


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@pytest.mark.parametrize("table", ["viscii", "tcvn3"])
@pytest.mark.parametrize("name", sorted(VIETNAMESE))
def test_vietnamese_in_a_legacy_code_page_round_trips(table, name):
    (code_table,) = [t for t in code_tables() if t.name == table]
    text = unicodedata.normalize("NFC", VIETNAMESE[name].translate(PLAIN))
    decoded = decode_bytes(encode(text, code_table))
    assert decoded.error is None and f"read as {table} (detected)" in decoded.note
    assert unicodedata.normalize("NFC", decoded.text) == text


@pytest.mark.parametrize("table", ["viscii", "tcvn3"])
def test_every_letter_of_a_table_decodes_to_itself(table):
    """Each Vietnamese letter the table holds, alone between spaces, comes back (NFC) as written."""
    (code_table,) = [t for t in code_tables() if t.name == table]
    letters = [c for c in code_table.chars[0x80:] + code_table.chars[:0x20] if c.isalpha() and not c.isascii()]
    assert len(letters) >= (134 if table == "viscii" else 74)
    assert code_table.decode(encode(" ".join(letters), code_table)) == " ".join(letters)


@pytest.mark.parametrize("text", [EN_JAKARTA, EN_BRUNEI, EN_DIGITAL, EN_RICE, MIXED_SUMMIT.translate(PLAIN)
                                  .replace("ố", "o").replace("ế", "e")] + [
    (SEEDS / name).read_text(encoding="utf-8") for name in ("000_5a05df795a7093cf.txt", "003_7bcd217a13c55e39.txt")])
def test_western_text_is_not_taken_for_a_vietnamese_code_page(text):
    """The Vietnamese tables change nothing for it: the reading is the general detector's."""
    data = text.encode("cp1252", errors="replace")
    decoded = decode_bytes(data)
    assert "viscii" not in (decoded.note or "") and "tcvn3" not in (decoded.note or "")
    assert decoded == _general_detector(data)


@pytest.mark.parametrize("word, well_formed", [
    ("Việt", True), ("NGHỊ", True), ("đường", True), ("hoà", True), ("khuyến", True),
    ("nhÊt", False),            # a capital inside a word: a wrong table
    ("vi\u1ec7\u0301t", False),     # two tones on one vowel (dot below and acute)
    ("vi\u00eat\u0300", False),    # a tone on a consonant
    ("ñam", False),             # a mark on a consonant
    ("naïve", False),           # a letter Vietnamese does not use
])
def test_vietnamese_spelling(word, well_formed):
    assert vietnamese_spelling().well_formed(word) is well_formed
