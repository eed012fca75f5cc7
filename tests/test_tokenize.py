import pytest

from pipeline.document import Document
from pipeline.stages.tokenize import align_pieces, tokenize_batch


@pytest.mark.parametrize("text, pieces, expected", [
    ("Ông Hoà nói", ["Ông", "Hòa", "nói"], ["Ông", "Hoà", "nói"]),              # old-style tone mark rewritten
    ("“Tốt lắm”  ASEAN.", ['"', "Tốt lắm", '"', "ASEAN", "."], ["“", "Tốt lắm", "”", "ASEAN", "."]),
    ("Việt  Nam", ["Việt Nam"], ["Việt  Nam"]),                                # spaces collapsed by the model
    ("The 54th AMM", ["The", "54th", "AMM"], ["The", "54th", "AMM"]),
    ("a ? b", ["a", "b"], ["a", "b"]),                                          # a dropped piece resyncs
])
def test_align_pieces(text, pieces, expected):
    assert [text[a:b] for a, b in align_pieces(text, pieces, 0, len(text))] == expected


VI_TEXT = ("Thứ trưởng Ngoại giao Nguyễn Quốc Dũng cho biết Hội nghị diễn ra trực tuyến. Hoà bình là mục tiêu.\n"
           "Các Bộ trưởng nhất trí")
EN_TEXT = "ASEAN will promote cooperation\nThe ASEAN Ministers approved the plan. Vietnam agreed."


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, sentences", [
    ("vi", VI_TEXT, 3),
    ("en", EN_TEXT, 3),     # the headline line is its own sentence
])
def test_tokens_point_into_text(lang, text, sentences):
    doc = Document("id", "src", text=text, lang=lang)
    tokenize_batch([doc])
    assert len(doc.sentences) == sentences
    assert doc.tokens and all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
    assert all(doc.sentences[t.sentence][0] <= t.start < t.end <= doc.sentences[t.sentence][1] for t in doc.tokens)


@pytest.mark.slow
def test_vietnamese_words_keep_original_characters():
    doc = Document("id", "src", text=VI_TEXT, lang="vi")
    tokenize_batch([doc])
    assert "Hoà bình" in [t.text for t in doc.tokens]
    assert "Nguyễn Quốc Dũng" in [t.text for t in doc.tokens]
