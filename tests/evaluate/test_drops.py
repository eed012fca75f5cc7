"""The entity rules' audit on the real corpus's dev split (pipeline/evaluate/drops.py)."""
from __future__ import annotations

import json

import pytest

from pipeline.entities.model import ModelDecision
from pipeline.evaluate.drops import _outcome, audit, dev_articles, format_audit

LABELS = {"ORG": "ORG", "GPE": "GPE", "PERSON": "PERSON", "LOC": "LOC"}


@pytest.mark.parametrize("gold, decision, outcome", [
    (None, ModelDecision(0, 3, "ORG", None, "venue_not_entity"), "right"),      # removed, no gold name
    ("ORG", ModelDecision(0, 3, "ORG", None, "inside_word"), "wrong"),           # removed a gold name
    ("ORG", ModelDecision(0, 3, "PERSON", "ORG", "acronym_is_org"), "right"),    # relabelled to the gold label
    ("PERSON", ModelDecision(0, 3, "PERSON", "ORG", "acronym_is_org"), "wrong"),  # away from the gold label
    (None, ModelDecision(0, 3, "PERSON", "ORG", "acronym_is_org"), "neither"),   # no gold name either way
    ("PLACE", ModelDecision(0, 3, "LOC", "GPE", "place_is_gpe"), "right"),       # GPE and LOC count as one
])
def test_outcomes(gold, decision, outcome):
    assert _outcome(gold, decision, LABELS) == outcome


def test_only_the_dev_split_is_audited(tmp_path):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir(), gold.mkdir()
    split = {"a": "dev", "b": "test", "c": "dev"}
    (gold / "split.json").write_text(json.dumps({"split": split}), encoding="utf-8")
    for article, lang in (("a", "en"), ("b", "en"), ("c", "th")):
        (corpus / f"{article}.txt").write_text("Prime Minister Lee Hsien Loong met ASEAN leaders in Singapore.",
                                                encoding="utf-8")
        (gold / f"{article}.json").write_text(json.dumps({"id": article, "lang": lang, "entities": []}),
                                              encoding="utf-8")
    articles = list(dev_articles(corpus, gold))
    assert [record["id"] for _, _, record in articles] == ["a"]          # test split and other languages left out
    counts, _ = audit(iter(articles))
    for rules in counts.values():
        for c in rules.values():
            assert c["applied"] == c["right"] + c["wrong"] + c["neither"]
    assert format_audit(counts, {}).startswith("entity rules on the model's mentions, dev split")
