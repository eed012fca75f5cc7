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
