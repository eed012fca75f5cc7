import pytest

from pipeline.document import Document
from pipeline.stages.langid import detect_language, identify, marked_letter_share


@pytest.mark.parametrize("text, lang", [
    ("The ASEAN Ministers in charge of digital cooperation approved the plan until 2025.", "en"),
    ("Các Bộ trưởng cam kết hỗ trợ việc hiện thực hóa kịp thời các sản phẩm kinh tế ưu tiên.", "vi"),
    ("Le ministre a déclaré que la réunion était très importante pour toute la région.", "fr"),
    ("Kementerian Luar Negeri Indonesia menyatakan bahwa pertemuan itu sangat penting bagi kawasan.", "id"),
])
def test_identify(text, lang):
    assert identify(text)[0] == lang


@pytest.mark.parametrize("text, status, words", [
    ("Các Bộ trưởng Ngoại giao ASEAN nhất trí tăng cường hợp tác trong khu vực.", "ok", None),
    ("Le ministre a déclaré que la réunion était très importante pour toute la région.", "skipped", "French"),
    ("12 34 -- !!", "skipped", "could not be identified"),
])
def test_detect_language_status(text, status, words):
    doc = detect_language(Document("id", "src", text=text))
    assert doc.status == status
    if words:
        assert words in doc.error


@pytest.mark.parametrize("text, marked", [
    ("Các Bộ trưởng Ngoại giao ASEAN nhất trí tăng cường hợp tác trong khu vực.", True),
    ("Đà Nẵng đón đoàn đại biểu các nước.", True),
    ("The ASEAN foreign ministers met in Hà Nội and Đà Nẵng to discuss the Code of Conduct in the South China "
     "Sea, and agreed to meet again next year in Vientiane.", False),       # a few Vietnamese names in English
    ("", False),
    ("12 34 -- !!", False),
])
def test_marked_letter_share_tells_vietnamese_script(text, marked):
    from pipeline.run import MARKED_SCRIPT_SHARE

    assert (marked_letter_share(text) >= MARKED_SCRIPT_SHARE) is marked


@pytest.mark.parametrize("text, title, expected", [
    # Vietnamese: the eth look-alike is the letter Đ again, in the text and the title, offsets unchanged
    ("Tại Hội nghị Cấp cao Ðông Á lần thứ 2, Thủ tướng gặp lãnh đạo Ấn Ðộ và các nước ASEAN.", "Cấp cao Ðông Á",
     ("Tại Hội nghị Cấp cao Đông Á lần thứ 2, Thủ tướng gặp lãnh đạo Ấn Độ và các nước ASEAN.", "Cấp cao Đông Á")),
    # English keeps its letters: an Icelandic name stays as written
    ("The ASEAN foreign ministers met Iceland's envoy Ðórður Ægisson in Hanoi to discuss fisheries cooperation.",
     None,
     ("The ASEAN foreign ministers met Iceland's envoy Ðórður Ægisson in Hanoi to discuss fisheries cooperation.",
      None)),
    # a language the pipeline skips is left exactly as it came
    ("Ég heiti Ðóra og ég bý í Reykjavík. Það er gott veður í dag og við förum í sund.", None,
     ("Ég heiti Ðóra og ég bý í Reykjavík. Það er gott veður í dag og við förum í sund.", None)),
])
def test_look_alike_letters_are_put_back_in_a_covered_language_only(text, title, expected):
    doc = detect_language(Document("id", "src", text=text, title=title))
    assert (doc.text, doc.title) == expected
    assert len(doc.text) == len(text)
