"""The benchmark corpus: deterministic, unique, article-sized, in both languages (no models, no timing)."""
import hashlib
import random

import pytest

from conftest import SEEDS
from pipeline.bench.corpus import (HEADLINE_MAX_CHARS, CorpusBuilder, is_vietnamese, language_of, ordinal_suffix,
                                   vary_numbers)
from pipeline.resources import load_data


@pytest.fixture(scope="module")
def builder():
    return CorpusBuilder.from_disk(SEEDS)


@pytest.fixture(scope="module")
def docs(builder):
    return list(builder.documents(120, seed=3))


def test_the_same_seed_builds_the_same_corpus(builder, docs):
    assert list(builder.documents(120, seed=3)) == docs
    assert list(builder.documents(120, seed=4)) != docs


def test_a_smaller_corpus_is_the_start_of_a_larger_one(builder, docs):
    assert list(builder.documents(30, seed=3)) == docs[:30]


def test_documents_are_unique(docs):
    assert len({hashlib.sha256(d.text.encode()).hexdigest() for d in docs}) == len(docs)
    assert len({d.name for d in docs}) == len(docs)


def test_documents_are_article_sized(builder, docs):
    sizes = [len(d.text.encode("utf-8")) for d in docs]
    assert all(builder.min_bytes <= s <= builder.max_bytes for s in sizes)
    assert max(sizes) - min(sizes) > (builder.max_bytes - builder.min_bytes) / 2   # spread, not one size


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_both_languages_in_the_configured_proportion(docs, lang):
    share = load_data("bench/corpus.yaml")["vi_share_percent"] / 100
    expected = share if lang == "vi" else 1 - share
    mine = [d for d in docs if d.lang == lang]
    assert len(mine) == round(expected * len(docs))
    assert all(d.name.endswith(f"-{lang}.txt") for d in mine)
    letters = load_data("bench/corpus.yaml")["vietnamese_letters"]
    assert all(is_vietnamese(d.text, letters) == (lang == "vi") for d in mine)


def test_a_headline_opens_every_document(docs):
    assert all(len(d.text.split("\n", 1)[0]) <= HEADLINE_MAX_CHARS and "\n" in d.text for d in docs)


def test_language_is_spread_evenly():
    langs = [language_of(i, 30) for i in range(10)]
    assert langs.count("vi") == 3 and "vi vi" not in " ".join(langs)


@pytest.mark.parametrize("text, same", [
    ("the 54th meeting (AMM-54) on 6/8/2021", ["54th", "AMM-54"]),     # one number, one new value
    ("COVID-19 and 4IR, 1,000 people, 3.5 %", None),                      # names and grouped numbers stay
])
def test_numbers_vary_consistently(text, same):
    varied = vary_numbers(text, ("COVID-19",), (2015, 2026), random.Random(1))
    if same is None:
        assert varied == text
    else:
        new = varied.split("(AMM-")[1].split(")")[0]
        assert f"the {new}{ordinal_suffix(int(new))} meeting" in varied
        assert varied.split("/")[-1] in {str(y) for y in range(2015, 2027)}


@pytest.mark.parametrize("value, suffix", [(1, "st"), (2, "nd"), (3, "rd"), (11, "th"), (12, "th"), (21, "st"), (54, "th")])
def test_ordinal_suffix(value, suffix):
    assert ordinal_suffix(value) == suffix


def test_a_changed_document_differs_and_keeps_its_name(builder, docs):
    changed = builder.changed(docs[3])
    assert changed.name == docs[3].name and changed.text.startswith(docs[3].text) and changed.text != docs[3].text
