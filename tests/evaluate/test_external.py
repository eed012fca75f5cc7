"""The public-set reader and scorer (evaluate/external.py), on small hand-made snippets in both formats.
The sets themselves are never committed: these cases stand in for them."""
import pytest

from pipeline.evaluate.external import Span, conll_samples, count, how_to_get, policy_gold, read_set, vlsp_sample

CONLL = """-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O
. . O O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER
in IN I-PP O
New NNP I-NP I-LOC
York NNP I-NP I-LOC
B-York NNP I-NP B-LOC

-DOCSTART- -X- O O

LONDON NNP I-NP I-LOC
"""


def test_conll_documents_sentences_and_names():
    first, second = conll_samples(CONLL, {"PER": "PER", "ORG": "ORG", "LOC": "LOC"})
    assert first.text == "EU rejects German call .\nPeter Blackburn in New York B-York"
    assert [(first.text[s.start:s.end], s.label) for s in first.gold] == [
        ("EU", "ORG"), ("Peter Blackburn", "PER"), ("New York", "LOC"), ("B-York", "LOC")]   # MISC not scored
    assert second.text == "LONDON" and second.gold == (Span(0, 6, "LOC"),)


@pytest.mark.parametrize("raw, text, names", [
    ('Ở <ENAMEX TYPE="LOCATION">thành phố Hồ Chí Minh</ENAMEX> có', "Ở thành phố Hồ Chí Minh có",
     [("thành phố Hồ Chí Minh", "LOC")]),
    ('<ENAMEX TYPE="ORGANIZATION">Trường <ENAMEX TYPE="PERSON">Nguyễn Khuyến</ENAMEX></ENAMEX>.',
     "Trường Nguyễn Khuyến.", [("Trường Nguyễn Khuyến", "ORG")]),          # the outermost name only
    ('TS <ENAMEX TYPE="PERSON">Lê Thống Nhất </ENAMEX>và <ENAMEX TYPE="MISCELLANEOUS">iPhone</ENAMEX>',
     "TS Lê Thống Nhất và iPhone", [("Lê Thống Nhất", "PER")]),
])
def test_vlsp_inline_tags(raw, text, names):
    sample = vlsp_sample("x", raw, {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"})
    assert sample.text == text
    assert [(text[s.start:s.end], s.label) for s in sample.gold] == names


def test_counts_are_exact_extent_and_label():
    gold = [Span(0, 2, "ORG"), Span(5, 9, "PER")]
    predicted = [Span(0, 2, "ORG"), Span(5, 8, "PER"), Span(10, 12, "LOC")]
    counts = count([(gold, predicted)], ["PER", "ORG", "LOC"])
    assert counts["ORG"].prf() == (1.0, 1.0, 1.0)
    assert counts["PER"].correct == 0 and counts["all"] == (1, 3, 2)


def test_a_missing_set_says_how_to_get_it(tmp_path):
    assert read_set("vlsp2018-dev", tmp_path) is None
    message = how_to_get("conll2003-testa", tmp_path)
    assert "c0ea07c81ec3512b5047dcd804b0ac2b10a3bdfc" in message and "fetch" in message and "testb" not in message


def test_policy_view_names_places_without_their_administrative_prefix():
    sample = vlsp_sample("x", 'Ở <ENAMEX TYPE="LOCATION">thành phố Uông Bí</ENAMEX> và <ENAMEX TYPE="LOCATION">Huế</ENAMEX>',
                         {"LOCATION": "LOC"})
    assert [sample.text[s.start:s.end] for s in policy_gold(sample, ["thành phố"])] == ["Uông Bí", "Huế"]


def test_errors_say_what_was_missed_or_found_wrongly_and_why():
    from pipeline.evaluate.external import Sample, errors

    text = "Ông Nguyễn Văn An tới Hà Nội và Huế với Bộ Y tế"
    gold = (Span(4, 17, "PER"), Span(22, 28, "LOC"), Span(32, 35, "LOC"), Span(40, 47, "ORG"))
    predicted = [Span(0, 17, "PER"), Span(22, 28, "LOC"), Span(32, 35, "ORG")]
    found = {(e.kind, e.surface, e.cause) for e in errors(Sample("x", text, gold), predicted)}
    assert found == {("missed", "Nguyễn Văn An", "extent"), ("false alarm", "Ông Nguyễn Văn An", "extent"),
                     ("missed", "Huế", "label"), ("false alarm", "Huế", "label"), ("missed", "Bộ Y tế", "no overlap")}
    assert not list(errors(Sample("x", text, gold), gold))          # a perfect prediction has no error
