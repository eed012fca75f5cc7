"""Canonical ids (entities/linking.py): short references and acronyms join their full form, one id across
languages and throughout a document, the knowledge base's QID and English name.
"""
import pytest

from .support import entities_of, kb_id


pytestmark = pytest.mark.slow


@pytest.mark.parametrize("lang, text, short, full", [
    ("en", "Joko Widodo opened the summit. Jokowi said ASEAN must stay united.", "Jokowi", "Joko Widodo"),
    ("en", "Deputy Foreign Minister Nguyen Quoc Dung spoke first. Mr. Dung said ASEAN was united.", "Dung", "Nguyen Quoc Dung"),
    ("en", "Foreign Minister Bui Thanh Son attended. Son later met his counterparts.", "Son", "Bui Thanh Son"),
    ("en", "The ASEAN Coordinating Centre for Humanitarian Assistance on disaster management (AHA Centre) sent aid. "
           "The AHA Centre said more was coming.", "AHA Centre", "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management"),
    ("vi", "Ủy ban Điều phối Kết nối ASEAN (ACCC) họp phiên đầu tiên. ACCC thông qua kế hoạch.", "ACCC", "Ủy ban Điều phối Kết nối ASEAN"),
    # a one-word short name in parentheses after an organisation's name is the organisation too
    ("vi", "Chủ tịch Tổng công ty Vận tải thuỷ (Vivaso) cho biết Vivaso sẽ thoái vốn.", "Vivaso", "Tổng công ty Vận tải thuỷ"),
])
def test_short_references_join_their_full_form(lang, text, short, full):
    entities = entities_of(text, lang)
    ids = {e.text: e.entity_id for e in entities}
    assert short in ids and full in ids and ids[short] == ids[full]


@pytest.mark.parametrize("en_text, en_surface, vi_text, vi_surface", [
    ("Deputy Foreign Minister Nguyen Quoc Dung attended.", "Nguyen Quoc Dung",
     "Thứ trưởng Ngoại giao Nguyễn Quốc Dũng tham dự.", "Nguyễn Quốc Dũng"),
    ("Tensions rose in the East Sea.", "East Sea", "Căng thẳng gia tăng ở Biển Đông.", "Biển Đông"),
    ("Vietnam joined ASEAN in 1995.", "ASEAN", "Việt Nam gia nhập ASEAN năm 1995.", "ASEAN"),
    # Vietnamese writes Chinese names in Sino-Vietnamese (models/kb/people.yaml)
    ("President Xi Jinping arrived in Hanoi.", "Xi Jinping", "Chủ tịch Tập Cận Bình đến Hà Nội.", "Tập Cận Bình"),
])
def test_same_entity_same_id_across_languages(en_text, en_surface, vi_text, vi_surface):
    en = {e.text: e.entity_id for e in entities_of(en_text, "en")}
    vi = {e.text: e.entity_id for e in entities_of(vi_text, "vi")}
    assert en[en_surface] == vi[vi_surface]


def test_known_entities_get_their_qid_and_english_name():
    entities = entities_of("Các Bộ trưởng Ngoại giao ASEAN họp tại Viêng Chăn, Lào.", "vi")
    laos = next(e for e in entities if e.text == "Lào")
    assert laos.entity_id == kb_id("Laos") and laos.name == "Laos"


def test_person_name_without_diacritics_is_the_vietnamese_name_folded():
    person = next(e for e in entities_of("Thứ trưởng Đỗ Hùng Việt phát biểu.", "vi") if e.label == "PERSON")
    assert (person.name, person.entity_id) == ("Do Hung Viet", "PERSON:do-hung-viet")


def test_a_surface_resolved_once_names_the_same_entity_throughout_the_document():
    text = ("Photo: Ministry of Foreign Affairs\nThe Ministry of Foreign Affairs said the talks went well. "
            "The Ministry of Foreign Affairs will host the next round.")
    ids = {e.entity_id for e in entities_of(text, "en") if e.text == "Ministry of Foreign Affairs"}
    assert len(ids) == 1


@pytest.mark.parametrize("lang, text, surface, label", [
    ("vi", "Công ty CP Phát hành sách TP.HCM (Fahasa) vừa khai trương nhà sách. Fahasa đã có 25 nhà sách.", "Fahasa", "ORG"),
    ("en", "The Vietnam Steel Corporation (Vnsteel) said output rose.", "Vnsteel", "ORG"),
    # a place in parentheses places the body: it stays a place
    ("vi", "Bộ Quốc phòng (Nga) cho biết các tàu đã rời cảng.", "Nga", "GPE"),
    ("en", "The Ministry of Defence (Russia) said the ships had left.", "Russia", "GPE"),
])
def test_a_short_name_in_parentheses(lang, text, surface, label):
    assert {e.label for e in entities_of(text, lang) if e.text == surface} == {label}
