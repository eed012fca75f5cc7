"""One id per real entity within a document (entities/coreference.py and linking.link_short_names): short
forms, known acronyms after a written-out name, known places with a generic word, short person references;
and what must stay apart (two plans sharing a head word, an ambiguous short form, another year).
"""
import pytest

from pipeline.document import Entity
from pipeline.entities.coreference import place_with_suffix, resolve_short_forms
from pipeline.entities.linking import link_short_names
from pipeline.ids import fallback_entity_id

from .support import entities_of, kb_id


def entity(text, label, entity_id=None, start=0):
    entity_id = entity_id or fallback_entity_id(label, text)
    return Entity(start, start + len(text), text, label, entity_id, text, 0, "rule", 0.8)


def ids_after(lang, *entities):
    return {e.text: e.entity_id for e in resolve_short_forms(list(entities), lang)}


@pytest.mark.parametrize("lang, long, short", [
    ("en", "Mekong Framework on Water Resources Cooperation", "the Framework on Water Resources Cooperation"),
    ("en", "Hanoi Action Plan on Green Growth 2030", "the 2030 Action Plan on Green Growth"),      # year moved
    ("en", "ASEAN Plan of Action on Digital Trade", "Plan of Action on Digital Trade"),      # owner word dropped
    ("vi", "Khuôn khổ Hợp tác Tài nguyên Nước Mekong", "Khuôn khổ Hợp tác Tài nguyên Nước"),
    ("vi", "Kế hoạch Hành động về Tăng trưởng Xanh năm 2030", "bản Kế hoạch Hành động về Tăng trưởng Xanh"),
])
def test_a_short_form_of_one_longer_name_takes_its_id(lang, long, short):
    ids = ids_after(lang, entity(long, "LAW"), entity(short, "LAW", start=200))
    assert ids[short] == ids[long] == fallback_entity_id("LAW", long)


@pytest.mark.parametrize("lang, longs, short", [
    # two plans share the head word: the short form names neither for sure
    ("en", ["Work Plan on Education", "Work Plan on Youth"], "the Work Plan"),
    ("vi", ["Kế hoạch Hành động về Giáo dục", "Kế hoạch Hành động về Thanh niên"], "Kế hoạch Hành động"),
    # a year the long form does not have is another act
    ("en", ["Hanoi Action Plan on Green Growth 2030"], "the 2025 Action Plan on Green Growth"),
    ("vi", ["Kế hoạch Hành động về Tăng trưởng Xanh năm 2030"], "Kế hoạch Hành động về Tăng trưởng Xanh 2025"),
    # words not in the long form, or not together
    ("en", ["Framework on Water Resources Cooperation"], "Framework on Energy Cooperation"),
    ("en", ["Plan of Action on Digital Trade"], "Action on Trade"),
    # a one-word remainder is too little to go on
    ("en", ["ASEAN Declaration on Human Rights"], "the ASEAN Declaration"),
])
def test_an_ambiguous_or_different_short_form_stays_apart(lang, longs, short):
    ids = ids_after(lang, *[entity(t, "LAW", start=100 * i) for i, t in enumerate(longs)],
                    entity(short, "LAW", start=900))
    assert ids[short] == fallback_entity_id("LAW", short)
    assert len(set(ids.values())) == len(longs) + 1


def test_labels_must_agree_but_places_are_one_label():
    ids = ids_after("en", entity("ASEAN Economic Community Council", "ORG"),
                    entity("Economic Community Council", "LAW", start=300))
    assert ids["Economic Community Council"] != ids["ASEAN Economic Community Council"]
    ids = ids_after("en", entity("Mekong River Delta Region", "GPE"), entity("Mekong River Delta", "LOC", start=300))
    assert ids["Mekong River Delta"] == ids["Mekong River Delta Region"]


def test_a_known_entity_keeps_its_id_and_owns_its_short_forms():
    asean = kb_id("ASEAN")
    ids = ids_after("en", entity("ASEAN", "ORG", asean), entity("Association of Southeast Asian", "ORG", start=50))
    assert ids["Association of Southeast Asian"] == asean
    # the same short form beside another known organisation whose names share it: ambiguous
    ids = ids_after("en", entity("ASEAN", "ORG", asean), entity("Association of Southeast Asian", "ORG", start=50),
                    entity("Association of Southeast Asian Nations Secretariat", "ORG", start=90))
    assert ids["Association of Southeast Asian"] != asean


def test_a_known_place_with_a_generic_word_after_it_is_that_place():
    assert place_with_suffix("Phuket Island", "en").entity_id == kb_id("Phuket")
    assert place_with_suffix("Mexico City", "en") is None          # "City" names another place
    assert place_with_suffix("Phuket", "en") is None
    assert place_with_suffix("Phuket Island", "vi") is None        # Vietnamese puts "đảo" first (admin prefix)


@pytest.mark.parametrize("short, full", [
    ("Arroyo", "Gloria Macapagal-Arroyo"),        # the last part of a hyphenated family name
    ("Vương", "Vương Nghị"),                       # a mention's words, not the English canonical name "Wang Yi"
])
def test_a_short_person_reference_joins_the_unique_longer_name(short, full):
    people = [Entity(0, len(full), full, "PERSON", "PERSON:x", "Wang Yi" if short == "Vương" else full, 0, "rule", 0.8),
              entity(short, "PERSON", start=100)]
    linked = {e.text: e.entity_id for e in link_short_names(people)}
    assert linked[short] == "PERSON:x"


def test_a_short_person_reference_between_two_longer_names_stays_apart():
    people = [entity("Lee Hsien Loong", "PERSON"), entity("Lee Jae-myung", "PERSON", start=50),
              entity("Lee", "PERSON", start=100)]
    linked = {e.text: e.entity_id for e in link_short_names(people)}
    assert linked["Lee"] == "PERSON:lee"


slow = pytest.mark.slow


@slow
@pytest.mark.parametrize("lang, text, short, full", [
    ("en", "ASEAN leaders adopted the Master Plan on ASEAN Connectivity 2025 in Vientiane. "
           "The 2025 Master Plan sets five strategic areas.", "2025 Master Plan", "Master Plan on ASEAN Connectivity 2025"),
    ("vi", "Hội nghị thông qua Kế hoạch tổng thể về Kết nối ASEAN 2025. Bản Kế hoạch tổng thể 2025 gồm năm lĩnh vực.",
     "Kế hoạch tổng thể 2025", "Kế hoạch tổng thể về Kết nối ASEAN 2025"),
    ("en", "The forum met on Thailand's Phuket Island. Ministers flew in to Phuket on Monday.", "Phuket Island", "Phuket"),
    ("en", "Gloria Macapagal-Arroyo hosted the summit. Arroyo said the region was united.",
     "Arroyo", "Gloria Macapagal-Arroyo"),
    ("vi", "Ngoại trưởng Trung Quốc Vương Nghị tới Jakarta. Ông Vương cho biết Trung Quốc ủng hộ ASEAN.",
     "Vương", "Vương Nghị"),
    # a name written out in other words than the knowledge base's, before the known acronym
    ("vi", "Các nước kêu gọi thực hiện đầy đủ Tuyên bố Ứng xử của các Bên ở Biển Đông (DOC). DOC được ký năm 2002.",
     "Tuyên bố Ứng xử của các Bên ở Biển Đông", "DOC"),
])
def test_one_id_per_real_entity_in_a_document(lang, text, short, full):
    ids = {e.text: e.entity_id for e in entities_of(text, lang)}
    assert short in ids and full in ids and ids[short] == ids[full]


@slow
@pytest.mark.parametrize("lang, text, surface, known", [
    # the acronym's label differs: a fund is no declaration
    ("vi", "Quỹ Phát triển Xanh (DOC) được thành lập năm 2020 tại Hà Nội.", "Quỹ Phát triển Xanh", "DOC"),
    ("en", "ASEAN leaders adopted the Master Plan on ASEAN Connectivity 2025 in Vientiane. "
           "The 2010 Master Plan had run its course.", "2010 Master Plan", "Master Plan on ASEAN Connectivity 2025"),
])
def test_different_entities_keep_their_own_ids(lang, text, surface, known):
    ids = {e.text: e.entity_id for e in entities_of(text, lang)}
    assert surface in ids and ids[surface] != kb_id(known)


def test_a_known_entity_has_one_id_in_both_languages_even_without_a_qid():
    from pipeline.kb import knowledge_base

    kb = knowledge_base()
    entry = kb.lookup("Master Plan on ASEAN Connectivity 2025")
    assert entry.qid is None
    assert kb.lookup("Kế hoạch tổng thể về Kết nối ASEAN 2025").entity_id == entry.entity_id


@pytest.mark.parametrize("word, label, full", [
    ("Najib", "ORG", "Najib Razak"),          # the model's organisation is the person's short name
    ("Lavrov", "GPE", "Sergei Lavrov"),       # the CRF's place, in Vietnamese text
])
def test_one_word_the_model_mislabelled_joins_the_person_it_shortens(word, label, full):
    people = [entity(full, "PERSON"), Entity(100, 100 + len(word), word, label, fallback_entity_id(label, word), word,
                                             1, "model", 0.4)]
    linked = {e.text: (e.label, e.entity_id) for e in link_short_names(people)}
    assert linked[word] == ("PERSON", fallback_entity_id("PERSON", full))


@pytest.mark.parametrize("mention", [
    Entity(100, 106, "Najib", "ORG", "ORG:najib", "Najib", 1, "rule", 0.8),                  # a rule's name stands
    Entity(100, 112, "Najib Centre", "ORG", "ORG:najib-centre", "Najib Centre", 1, "model", 0.4),  # several words
    Entity(100, 106, "Razak", "ORG", "ORG:razak", "Razak", 1, "model", 0.4),                 # two people it shortens
])
def test_other_mentions_keep_their_label(mention):
    people = [entity("Najib Tun Razak", "PERSON"), entity("Abdul Razak", "PERSON", start=40), mention]
    linked = {e.text: (e.label, e.entity_id) for e in link_short_names(people)}
    assert linked[mention.text] == (mention.label, mention.entity_id)
