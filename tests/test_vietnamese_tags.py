"""Vietnamese tags through stages/vietnamese_tags.py: the very features and tags underthesea's `ner` gives
(the chunk step aside, which nothing reads), and the model-time profile's map of who reads what."""
import pytest

from pipeline.bench.components import SPACY_PROVIDES, UNDERTHESEA_PROVIDES, readers
from pipeline.stages.vietnamese_tags import UNKNOWN, compile_template, sentence_features

SENTENCES = [
    "Thứ trưởng Ngoại giao Nguyễn Quốc Dũng cho biết Hội nghị diễn ra trực tuyến.",
    "Hoà bình là mục tiêu.",
    "Các Bộ trưởng nhất trí",
    "ASEAN",                                            # one word: BOS and EOS on both sides
    "Ngày 26/7/2024, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) khai mạc tại Viêng Chăn, Lào.",
    "“Tốt lắm”  ASEAN  .",                              # quotes and doubled spaces
]


def test_templates_are_parsed_as_underthesea_reads_them():
    upper = compile_template("T[-1,0][1]", {})
    assert (upper.prefix, upper.first, upper.last, upper.column, upper.function) == ("T[-1,0][1]=", -1, 0, 1, None)
    lower = compile_template("T[2].lower", {"lower": str.lower})
    assert (lower.first, lower.last, lower.column, lower.function) == (2, None, 0, str.lower)


def test_features_at_the_edges_of_a_sentence():
    templates = [compile_template(s, {"lower": str.lower}) for s in ("T[-1]", "T[0,1]", "T[1].lower", "T[0][1]")]
    rows = [("Hà Nội", "Np"), ("Mở", "V")]
    assert sentence_features(rows, templates) == [
        ["T[-1]=BOS", "T[0,1]=Hà Nội Mở", "T[1].lower=mở", "T[0][1]=Np"],
        ["T[-1]=Hà Nội", "T[0,1]=EOS", "T[1].lower=EOS", "T[0][1]=V"]]
    assert sentence_features([], templates) == []


@pytest.mark.slow
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_same_features_and_tags_as_underthesea(sentence):
    from underthesea import ner, word_tokenize
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    from pipeline.stages.vietnamese_tags import vietnamese_tagger

    tagger = vietnamese_tagger()
    words = word_tokenize(sentence)
    assert tagger.segment(sentence) == words
    rows = [(w, UNKNOWN) for w in words]
    assert sentence_features(rows, tagger.pos.templates) == \
        CRFPOSTagPredictor.Instance().transformer.transform([rows])[0][0]
    reference = ner(sentence)
    rows = [(w, p, c, UNKNOWN) for w, p, c, _ in reference]
    assert sentence_features(rows, tagger.ner.templates) == \
        CRFNERPredictor.Instance().transformer.transform([rows])[0][0]
    assert [(w, p, n) for w, p, _, n in tagger(sentence)] == [(w, p, n) for w, p, _, n in reference]


def test_the_segmenter_loads_the_model_underthesea_loads():
    import inspect

    from underthesea.pipeline import word_tokenize

    from pipeline.stages.vietnamese_tags import SEGMENTER_MODEL

    assert f'"{SEGMENTER_MODEL}"' in inspect.getsource(word_tokenize)


@pytest.mark.slow
def test_the_chunk_tagger_is_skipped_because_nothing_reads_chunks():
    from pipeline.stages.vietnamese_tags import CHUNK_COLUMN, vietnamese_tagger

    tagger = vietnamese_tagger()
    assert not tagger.ner.reads(CHUNK_COLUMN) and tagger.chunk is None
    assert all(chunk == "" for _, _, chunk, _ in tagger(SENTENCES[0]))


def test_no_stage_reads_chunk_tags():
    # vietnamese_tags.py leaves Token.chunk empty; a stage that starts reading it must have it filled again
    assert readers(UNDERTHESEA_PROVIDES["chunk"]) == []


def test_the_profile_finds_who_reads_each_model_output():
    assert "entities/model" in readers(SPACY_PROVIDES["ner"])
    assert "commitments/english_sentence" in readers(SPACY_PROVIDES["lemmatizer"])
    assert "commitments/vietnamese" in readers(UNDERTHESEA_PROVIDES["pos"])
    assert not any(m.startswith(("bench", "evaluate", "report")) for m in readers(SPACY_PROVIDES["parser"]))


LANGUAGE_RUN = """
import sys
from pipeline.document import Document
from pipeline.resources import loaded_models
from pipeline.stages.tokenize import tokenize_batch
tokenize_batch([Document("id", "src", text={text!r}, lang={lang!r})])
print(sorted(loaded_models()), "spacy" in sys.modules, "underthesea" in sys.modules)
"""


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected", [
    ("en", "ASEAN ministers agreed to meet.", "['spacy:en'] True False"),
    ("vi", "Các Bộ trưởng nhất trí.", "['underthesea:vi'] False True"),
])
def test_a_run_loads_only_the_models_of_its_languages(lang, text, expected):
    import subprocess
    import sys

    from pipeline.resources import models_dir

    done = subprocess.run([sys.executable, "-c", LANGUAGE_RUN.format(text=text, lang=lang)], cwd=models_dir().parent,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == expected
