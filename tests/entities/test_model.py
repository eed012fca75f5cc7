"""The statistical models' mentions (entities/model.py): acronyms of common nouns are no names."""
import pytest

from pipeline.entities.lexicon import entity_rules
from pipeline.entities.model import acronyms_of_common_nouns

from .support import pairs


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "the transboundary nature of chemical, biological and radiological (CBR) threats", {"CBR"}),
    ("en", "to fight non-communicable diseases (NCDs) and weapons of mass destruction (WMD)", {"NCDs", "NCD", "WMD"}),
    ("vi", "mạng lưới thành phố thông minh (TPTM) ASEAN (ASCN)", {"TPTM"}),
    # a name spelled out in capitals, or lower-case words that do not spell it, shorten no common noun
    ("en", "the ASEAN Regional Forum (ARF) and the Association of Southeast Asian Nations (ASEAN)", set()),
    ("en", "the officials sat down to begin their meeting (SOM) in Hanoi", set()),
    ("vi", "Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo (AHA) đã họp.", set()),
])
def test_acronyms_of_common_nouns(lang, text, expected):
    assert set(acronyms_of_common_nouns(text, entity_rules(lang))) == expected


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "Ministers discussed chemical, biological and radiological (CBR) threats. CBR risks grew.", "CBR"),
    ("vi", "Các Bộ trưởng đề cập đến thành phố thông minh (TPTM) ở ASEAN. Hợp tác phát triển TPTM được thúc đẩy.", "TPTM"),
])
def test_an_acronym_of_a_common_noun_is_no_entity(lang, text, acronym):
    assert acronym not in {t for _, t in pairs(text, lang)}


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, acronym", [
    ("en", "Ministers praised the Regional Comprehensive Economic Partnership (RCEP) in Hanoi.", "RCEP"),
    ("vi", "Trung tâm Điều phối ASEAN về hỗ trợ nhân đạo (AHA) đã họp.", "AHA"),
])
def test_an_acronym_of_a_name_stays(lang, text, acronym):
    assert acronym in {t for _, t in pairs(text, lang)}
