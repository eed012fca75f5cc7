"""The scorer itself, on small hand-made cases, and the gold files' integrity."""
import json
from pathlib import Path

import pytest

from conftest import ROOT
from pipeline.evaluate import (TEST_ERRORS_HIDDEN, Tally, evaluate_sets, format_sets, maximum_matching,
                               score_commitments, score_entities, score_meetings, score_table_markdown)

GOLD = sorted((ROOT / "tests" / "gold").glob("*.json"))
ACTIONS = {"commit", "agree", "approve", "support", "promote", "implement", "ratify", "urge", "reaffirm",
           "refrain", "plan"}


def entity(entity_id, label, text):
    return {"entity_id": entity_id, "label": label, "text": text, "name": text}


GOLD_ENTITIES = [{"label": "PERSON", "surfaces": ["Nguyễn Quốc Dũng", "Dũng"]},
                 {"label": "LOC", "surfaces": ["East Sea"]}]


@pytest.mark.parametrize("predicted, precision, recall", [
    ([entity("PERSON:nguyen-quoc-dung", "PERSON", "Nguyễn Quốc Dũng"), entity("Q1", "LOC", "East Sea")], 1.0, 1.0),
    ([entity("PERSON:nguyen-quoc-dung", "PERSON", "NGUYEN QUOC DUNG"), entity("Q1", "GPE", "east sea")], 1.0, 1.0),
    ([entity("PERSON:nguyen-quoc-dung", "PERSON", "Nguyễn Quốc Dũng")], 1.0, 0.5),        # a miss
    ([entity("PERSON:nguyen-quoc-dung", "PERSON", "Nguyễn Quốc Dũng"), entity("Q1", "LOC", "East Sea"),
      entity("ORG:photo", "ORG", "Photo")], 2 / 3, 1.0),                                     # a false alarm
    ([entity("ORG:nguyen-quoc-dung", "ORG", "Nguyễn Quốc Dũng")], 0.0, 0.0),                # wrong label
    ([], 0.0, 0.0),
])
def test_entity_scores(predicted, precision, recall):
    tally = Tally()
    score_entities("doc", GOLD_ENTITIES, predicted, tally)
    scores = tally.scores()
    assert (scores["precision"], scores["recall"]) == (round(precision, 4), round(recall, 4))


def test_mentions_of_one_entity_count_once():
    tally = Tally()
    score_entities("doc", GOLD_ENTITIES[:1], [entity("P:x", "PERSON", "Nguyễn Quốc Dũng"), entity("P:x", "PERSON", "Dũng")], tally)
    assert tally.scores()["precision"] == 1.0 and tally.predicted == 1


def test_one_real_entity_split_over_two_ids_earns_one_match():
    tally = Tally()
    score_entities("doc", GOLD_ENTITIES[:1], [entity("P:a", "PERSON", "Nguyễn Quốc Dũng"), entity("P:b", "PERSON", "Dũng")],
                   tally)
    scores = tally.scores()
    assert (scores["precision"], scores["recall"], tally.true_positive) == (0.5, 1.0, 1)
    assert "already matched another id" in tally.false_alarms[0]


def test_entity_matching_is_maximal_not_greedy():
    # "Laos" could take either gold item if taken first; only one assignment matches both
    gold = [{"label": "GPE", "surfaces": ["Laos", "Lao PDR"]}, {"label": "GPE", "surfaces": ["Vientiane", "Laos"]}]
    predicted = [entity("GPE:laos", "GPE", "Laos"), entity("GPE:lao-pdr", "GPE", "Lao PDR")]
    tally = Tally()
    score_entities("doc", gold, predicted, tally)
    assert tally.true_positive == 2 and tally.found == 2


@pytest.mark.parametrize("candidates, size", [
    ([[0], [0]], 1), ([[0, 1], [0]], 2), ([[0, 1], [1, 2], [0]], 3), ([[], [0]], 1), ([], 0)])
def test_maximum_matching(candidates, size):
    matching = maximum_matching(candidates)
    assert len(matching) == size
    assert len(set(matching.values())) == size
    assert all(right in candidates[left] for left, right in matching.items())


GOLD_MEETING = [{"meeting_id": "AMM-54", "series": "AMM", "ordinal": 54, "start_date": "2021-08-02",
                 "end_date": "2021-08-06", "city": None, "country": None}]


def meeting(meeting_id, **attributes):
    row = {"meeting_id": meeting_id, "series": "AMM", "ordinal": 54, "start_date": None, "end_date": None,
           "city": None, "country": None, "format": None, "theme": None}
    row.update(attributes)
    return row


@pytest.mark.parametrize("predicted, f1, attribute_accuracy", [
    ([meeting("AMM-54", start_date="2021-08-02", end_date="2021-08-06")], 1.0, 1.0),
    ([meeting("AMM-54")], 1.0, 2 / 4),                                  # two dates missing
    ([meeting("AMM-54", start_date="2021-08-02", end_date="2021-08-06", city="Jakarta")], 1.0, 1.0),  # unstated: not scored
    ([meeting("AMM-54", start_date="2021-08-02", end_date="2021-08-06"), meeting("SUMMIT-38")], 2 / 3, 1.0),
    ([], 0.0, None),
])
def test_meeting_scores(predicted, f1, attribute_accuracy):
    tally = Tally()
    score_meetings("doc", GOLD_MEETING, predicted, tally)
    scores = tally.scores()
    assert scores["f1"] == round(f1, 4)
    assert scores.get("attribute_accuracy") == (round(attribute_accuracy, 4) if attribute_accuracy else None)


TEXT = "ASEAN agreed to boost trade. Vietnam will host the forum until 2025."
GOLD_COMMITMENTS = [{"evidence": "agreed to boost trade.", "actor": "ASEAN", "action": "agree", "deadline": None},
                    {"evidence": "will host the forum until", "actor": "Vietnam", "action": "plan",
                     "deadline": "2025-12-31"}]


def commitment(actor_id, action, start, end, deadline=None):
    return {"actor_id": actor_id, "action": action, "start": start, "end": end, "deadline": deadline}


@pytest.mark.parametrize("predicted, precision, recall, action_accuracy", [
    ([commitment("ORG:asean", "agree", 0, 28), commitment("GPE:vietnam", "plan", 29, 68, "2025-12-31")], 1.0, 1.0, 1.0),
    ([commitment("ORG:asean", "agree", 0, 28)], 1.0, 0.5, 1.0),                                   # a missed statement
    ([commitment("ORG:asean", "agree", 0, 28), commitment("GPE:vietnam", "plan", 29, 68, "2025-12-31"),
      commitment("ORG:asean", "commit", 0, 10)], 2 / 3, 1.0, 1.0),                                 # spurious row
    ([commitment("ORG:asean", "support", 0, 28)], 1.0, 0.5, 0.0),                                 # wrong action
    ([commitment("GPE:vietnam", "agree", 0, 28)], 0.0, 0.0, None),                                   # wrong actor
    ([commitment("ORG:asean", "agree", 0, 12)], 0.0, 0.0, None),                                  # span too short
])
def test_commitment_scores(predicted, precision, recall, action_accuracy):
    tally = Tally()
    score_commitments("doc", TEXT, GOLD_COMMITMENTS, predicted, tally)
    scores = tally.scores()
    assert (scores["precision"], scores["recall"]) == (round(precision, 4), round(recall, 4))
    assert scores.get("action_accuracy") == action_accuracy


def test_each_gold_commitment_matches_once():
    tally = Tally()
    rows = [commitment("ORG:asean", "agree", 0, 28), commitment("ORG:asean", "agree", 0, 28)]
    score_commitments("doc", TEXT, GOLD_COMMITMENTS[:1], rows, tally)
    assert tally.true_positive == 1 and tally.scores()["precision"] == 0.5


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_valid(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / "seeds" / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert gold["id"] == path.stem and gold["lang"] in {"en", "vi"}
    for item in gold["entities"]:
        assert item["label"] in {"PERSON", "ORG", "GPE", "LOC", "LAW"}
        for surface in item["surfaces"]:
            assert surface in text, surface
    for item in gold["meetings"]:
        assert item["meeting_id"]
    for item in gold["commitments"]:
        assert item["evidence"] in text, item["evidence"]
        assert len(item["evidence"].split()) >= 5, item["evidence"]
        assert item["action"] in ACTIONS and item["actor"]


@pytest.fixture
def two_split_gold(tmp_path):
    """A gold folder with one dev and one test article, and tables where nothing was found."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.tables import SCHEMAS

    gold = tmp_path / "gold"
    gold.mkdir()
    for stem, split in (("a", "dev"), ("b", "test")):
        (gold / f"{stem}.json").write_text(json.dumps({
            "id": stem, "lang": "en", "split": split, "outlet": f"outlet {stem}", "series": ["AMM"],
            "entities": [{"label": "GPE", "surfaces": ["Laos"]}], "meetings": [], "commitments": []}))
    out = tmp_path / "out"
    out.mkdir()
    documents = [{"doc_id": stem * 64, "source": f"{stem}.txt", "lang": "en", "lang_score": 1.0, "title": None,
                  "published": None, "text": "Laos", "status": "ok", "error": None, "pipeline_version": "x"}
                 for stem in ("a", "b")]
    for name, schema in SCHEMAS.items():
        rows = documents if name == "documents" else []
        rows = [{field.name: row.get(field.name) for field in schema} for row in rows]
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), out / f"{name}.parquet")
    return gold, out


def test_sets_are_scored_apart_and_test_errors_are_hidden(two_split_gold):
    gold, out = two_split_gold
    reports = evaluate_sets({"test": (gold, out, "test"), "dev": (gold, out, "dev")})
    assert reports["test"]["articles"] == reports["dev"]["articles"] == 1
    assert reports["test"]["errors"] == TEST_ERRORS_HIDDEN
    assert reports["dev"]["errors"]["entities"]["misses"] == ["a: GPE ['Laos']"]
    printed = format_sets(reports)
    assert "b: GPE" not in printed and "a: GPE ['Laos']" in printed
    shown = evaluate_sets({"test": (gold, out, "test")}, show_test_errors=True)
    assert shown["test"]["errors"]["entities"]["misses"] == ["b: GPE ['Laos']"]
    table = score_table_markdown(reports)
    assert table.splitlines()[2].startswith("| test | en | entities |")


def test_breakdown_by_outlet(two_split_gold):
    gold, out = two_split_gold
    report = evaluate_sets({"all": (gold, out, None)}, by="outlet")["all"]
    assert {"outlet outlet a", "outlet outlet b"} <= set(report)
