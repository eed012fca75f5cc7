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
