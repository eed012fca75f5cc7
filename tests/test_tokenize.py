import pytest

from pipeline.document import Document
from pipeline.stages.tokenize import align_pieces, logical_lines, tokenize_batch, unwrapped


@pytest.mark.parametrize("text, pieces, expected", [
    ("Ông Hoà nói", ["Ông", "Hòa", "nói"], ["Ông", "Hoà", "nói"]),              # old-style tone mark rewritten
    ("“Tốt lắm”  ASEAN.", ['"', "Tốt lắm", '"', "ASEAN", "."], ["“", "Tốt lắm", "”", "ASEAN", "."]),
    ("Việt  Nam", ["Việt Nam"], ["Việt  Nam"]),                                # spaces collapsed by the model
    ("The 54th AMM", ["The", "54th", "AMM"], ["The", "54th", "AMM"]),
    ("a ? b", ["a", "b"], ["a", "b"]),                                          # a dropped piece resyncs
])
def test_align_pieces(text, pieces, expected):
    assert [text[a:b] for a, b in align_pieces(text, pieces, 0, len(text))] == expected


@pytest.mark.parametrize("text, lines", [
    # a line the page's layout broke inside a sentence (a word or comma, then lower case) joins the next
    ("Hội nghị đã ra tuyên bố\nchung gồm 17 nội dung.\nNhà Trắng cho biết.", 2),
    ("the six older\nmembers of ASEAN persuaded them to\naccept the deal.", 1),
    # a headline, a finished sentence, a blank line or a capital: separate lines
    ("ASEAN will promote cooperation\nThe ministers met.", 2),
    ("The ministers met.\nthen they left.", 2),
    ("The ministers met in\n\nmembers of ASEAN", 2),
])
def test_lines_broken_by_the_layout_are_joined(text, lines):
    assert len(logical_lines(text)) == lines
    flat = unwrapped(text)          # the parser's text: same length, no break inside a joined line
    assert len(flat) == len(text) and all("\n" not in flat[a:b] for a, b in logical_lines(text))


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


@pytest.mark.slow
@pytest.mark.parametrize("text, sentences", [
    # the parser alone ends a sentence after "(ASEAN)" when a day name follows: no stop there, one sentence
    ("Updated: Jan 13, 2007 16:21 IST\n\nLeaders of the Association of Southeast Asian Nations (ASEAN) Saturday "
     "signed a legally binding counter-terrorism convention and a blueprint for a charter.", 2),
    ("Leaders of ASEAN Saturday signed a convention and a blueprint for a charter that would transform the bloc.", 1),
    # a stop, a question mark, a closing quote or a line break still ends one
    ("The ministers met in Manila. They agreed to act? “We will.” The talks went on for two days\nASEAN leaders met", 5),
])
def test_english_sentences_end_only_at_a_stop_or_a_line_break(text, sentences):
    doc = Document("id", "src", text=text, lang="en")
    tokenize_batch([doc])
    assert len(doc.sentences) == sentences
