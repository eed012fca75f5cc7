"""Property-based tests: random Unicode text through ingest, the aligner and every stage.

Whatever the text (combining marks, Vietnamese letters, right-to-left scripts, emoji, control
characters, a single character), nothing raises, and every offset points at its text.
"""
import hashlib
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline.io.decode import decode_bytes
from pipeline.stages.ingest import MAX_ARTICLE_CHARS, ingest
from pipeline.run import _stages
from pipeline.io.inputs import RawRecord
from pipeline.io.tables import table_rows
from pipeline.stages.tokenize import _same, align_pieces

VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0308"
RIGHT_TO_LEFT = "שלום عالم مرحبا\u200f\u202e"
EMOJI = "🇻🇳😀👍🏽\u200d👩\u200d💻🤝"
CONTROL = "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\u200b\u200e\ufeff\u2028\u2029\r\t"
SPACES = " \n\n\u00a0\u3000"
SPECIAL = VIETNAMESE + COMBINING + RIGHT_TO_LEFT + EMOJI + CONTROL + SPACES

any_character = st.characters(exclude_categories=("Cs",))     # lone surrogates cannot be stored as UTF-8
noise = st.text(st.one_of(st.sampled_from(SPECIAL), any_character), max_size=30)
SENTENCES = [
    "The ASEAN Foreign Ministers agreed to implement the ASEAN Digital Masterplan 2025 by December 2025.",
    "Deputy Foreign Minister Nguyen Quoc Dung attended the 54th ASEAN Foreign Ministers' Meeting (AMM-54).",
    "Vietnam and the Philippines pledged to refrain from actions that complicate the situation in the East Sea.",
    "Các Bộ trưởng Ngoại giao ASEAN nhất trí thúc đẩy hợp tác kinh tế số đến năm 2025.",
    "Thứ trưởng Nguyễn Quốc Dũng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 tại Hà Nội ngày 2/8/2021.",
    "Hoà bình, ổn định ở Biển Đông là lợi ích chung của các nước.",
]
# article-like text: real sentences in both languages, cut up by noise, line breaks and odd characters
articles = st.lists(st.one_of(st.sampled_from(SENTENCES), noise, st.sampled_from(["\n", "\n\n", " ", "“", "”"])),
                    min_size=1, max_size=10).map("".join)
ANY_TEXT = st.one_of(noise, articles, st.text(any_character, max_size=3))
MODEL_SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(ANY_TEXT)
@settings(max_examples=200, deadline=None)
def test_ingest_never_raises_and_normalises(text):
    doc = ingest(RawRecord("random.jsonl#1", fields={"text": text}, kind="record"))
    assert doc.status in {"ok", "skipped"}
    if doc.ok:
        assert doc.text == unicodedata.normalize("NFC", doc.text) == doc.text.strip()
        assert not set(doc.text) & set("\x00\x01\x07\x0b\x0c\x1b\x7f\u200b\ufeff\r")
        assert doc.doc_id == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        assert len(doc.text) <= MAX_ARTICLE_CHARS


@given(st.one_of(st.binary(max_size=300), ANY_TEXT.map(lambda t: t.encode("utf-8")),
                 ANY_TEXT.map(lambda t: t.encode("utf-16"))))
@settings(max_examples=200, deadline=None)
def test_any_bytes_decode_to_text_or_to_a_message(data):
    decoded = decode_bytes(data)
    assert (decoded.error is None) or decoded.text == ""
    assert ingest(RawRecord("random.txt", data=data)).status in {"ok", "skipped", "failed"}


@given(st.text(st.one_of(st.sampled_from(SPECIAL), any_character), max_size=80))
def test_align_pieces_finds_every_word_of_the_text(text):
    words = text.split()
    assert [text[a:b] for a, b in align_pieces(text, words, 0, len(text))] == words


@given(st.text(st.sampled_from(VIETNAMESE + "abcdeghiklmnopqrstuvxyABCDĐ  \n"), max_size=80))
def test_align_pieces_finds_words_whose_marks_the_model_rewrote(text):
    """underthesea rewrites some tone marks ('Hoà' -> 'Hòa'); any change of marks keeps the word."""
    words = text.split()
    unmarked = ["".join(unicodedata.normalize("NFD", c)[0] for c in w) for w in words]
    assert [text[a:b] for a, b in align_pieces(text, unmarked, 0, len(text))] == words


@given(st.text(st.one_of(st.sampled_from(SPECIAL), any_character), max_size=60),
       st.lists(st.text(st.one_of(st.sampled_from(SPECIAL + "aAà"), any_character), max_size=6), max_size=12),
       st.tuples(st.integers(0, 60), st.integers(0, 60)))
def test_align_pieces_spans_are_ordered_in_bounds_and_match(text, pieces, bounds):
    start, end = sorted(min(b, len(text)) for b in bounds)
    spans = align_pieces(text, pieces, start, end)
    assert len(spans) == len(pieces)
    previous_end = start
    for (a, b), piece in zip(spans, pieces):
        assert previous_end <= a <= b <= end
        if b > a:
            found, wanted = _letters(text[a:b]), _letters(piece)
            assert len(found) == len(wanted) and all(_same(x, y) for x, y in zip(found, wanted))
            previous_end = b


def _letters(text: str) -> list[str]:
    return [c for c in text if not c.isspace()]


@pytest.mark.slow
@given(ANY_TEXT)
@MODEL_SETTINGS
def test_every_stage_through_process_text(text):
    result = pipeline.process_text(text)
    document = result.rows["documents"][0]
    assert document["status"] in {"ok", "skipped"}, document["error"]
    assert_offsets(document["text"], result.rows)


@pytest.mark.slow
@given(ANY_TEXT, st.sampled_from(["en", "vi"]))
@MODEL_SETTINGS
def test_every_stage_after_langid_on_any_text(text, lang):
    """Each stage called directly, so that an exception surfaces here instead of failing the document;
    the language is forced, so that random text that langid would skip still reaches them."""
    doc = ingest(RawRecord("random.jsonl#1", fields={"text": text}, kind="record"))
    if not doc.ok:
        return
    doc.lang = lang
    for name, stage, whole_batch in _stages():
        if name != "langid":
            stage([doc]) if whole_batch else stage(doc)
    assert all(doc.text[t.start:t.end] == t.text and t.end > t.start for t in doc.tokens)
    assert all(0 <= start < end <= len(doc.text) for start, end in doc.sentences)
    assert_offsets(doc.text, table_rows(doc, "test"))


def assert_offsets(text: str, rows: dict[str, list[dict]]) -> None:
    for row in rows["entities"]:
        assert 0 <= row["start"] < row["end"] <= len(text) and text[row["start"]:row["end"]] == row["text"], row
    for row in rows["commitments"]:
        assert 0 <= row["start"] < row["end"] <= len(text), row

