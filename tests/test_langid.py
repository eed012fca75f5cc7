import pytest

from pipeline.document import Document
from pipeline.stages.langid import detect_language, identify


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
