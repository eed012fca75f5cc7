"""The attribute ruler in one pass (stages/english_attributes.py) gives every token what spaCy's gives it."""
import pytest

from conftest import SEEDS
from pipeline.stages.english_attributes import _windows


def test_windows_cover_each_start_and_merge_overlaps():
    assert _windows([0, 1, 5, 9], 2, 10) == [(0, 3), (5, 7), (9, 10)]
    assert _windows([], 2, 10) == []


@pytest.mark.slow
def test_the_same_pos_morphology_and_lemmas_as_the_shipped_ruler():
    from pipeline.stages.tokenize import english_nlp, load_english

    shipped, ours = load_english(), english_nlp()
    assert "attribute_ruler" not in ours.pipe_names and "fast_attribute_ruler" in ours.pipe_names
    assert "lemmatizer" not in ours.pipe_names and "fast_lemmatizer" in ours.pipe_names
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["There is a plan. There are two.\nI ain't gonna say y'all got ta go, c'mon, let's go!  ",
              "Not that it matters: he'd've been there, but the U.S. didn't sign it.", ""]
    for a, b in zip(shipped.pipe(texts), ours.pipe(texts)):
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in a] == \
            [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in b]
