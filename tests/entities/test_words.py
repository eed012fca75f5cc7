"""Words as the name rules see them (entities/words.py); no models needed."""
import pytest

from pipeline.entities.words import is_acronym, words_in


@pytest.mark.parametrize("word, expected", [("ASCN", True), ("ACCWG-PHE", True), ("TMĐT", True), ("4IR", True),
                                            ("Asean", False), ("A", False), ("ministers", False)])
def test_is_acronym(word, expected):
    assert is_acronym(word) is expected


def test_words_keep_abbreviations_and_plural_possessives_inside_names():
    text = "Conclusion No. 59 and the Foreign Ministers’ Declaration"
    words = words_in(text, 0, len(text), frozenset({"No."}))
    assert [w.closes for w in words if w.text in {"No", "Ministers"}] == [False, False]


def test_a_standalone_mark_is_noted_after_the_word_before_it():
    from pipeline.entities.words import mark_after, words_in

    text = "Đào Minh Tú – Phó Thống đốc, TP. Hà Nội"
    words = {w.text: w for w in words_in(text, 0, len(text), frozenset({"TP."}))}
    assert "Tú" in words and "–" not in words and mark_after(words["Tú"])
    assert not mark_after(words["Minh"]) and not mark_after(words["đốc"]) and not mark_after(words["TP"])


@pytest.mark.parametrize("text, word", [("Russia , Canada , the United States", "Russia"),
                                        ("tại Bandar Seri Begawan , Brunei", "Begawan"),
                                        ("Lào ; Campuchia", "Lào")])
def test_a_comma_scraped_loose_from_its_word_still_ends_a_name(text, word):
    words = {w.text: w for w in words_in(text, 0, len(text))}
    assert words[word].closes


@pytest.mark.parametrize("text, word", [("Đào Minh Tú – Phó Thống đốc", "Tú"), ("ASEAN - Nhật Bản", "ASEAN")])
def test_a_loose_dash_does_not_end_a_name(text, word):
    words = {w.text: w for w in words_in(text, 0, len(text))}
    assert not words[word].closes


@pytest.mark.parametrize("text, word", [("the Summit`s plenary session", "Summit"), ("ASEAN’s leaders", "ASEAN"),
                                        ("Việt Nam`s role", "Nam")])
def test_a_possessive_ends_a_name_whatever_its_apostrophe(text, word):
    words = {w.text: w for w in words_in(text, 0, len(text))}
    assert word in words and words[word].closes


def test_a_backtick_inside_a_word_is_no_possessive():
    text = "the `quoted` Mekong"
    assert [w.text for w in words_in(text, 0, len(text))] == ["the", "quoted", "Mekong"]
