"""The scorer itself (evaluate/scoring.py, evaluate/tally.py), on small hand-made cases."""
import pytest

from pipeline.evaluate.scoring import score_commitments, score_entities, score_meetings
from pipeline.evaluate.tally import Tally, maximum_matching


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


@pytest.mark.parametrize("predicted_city, right", [("Naypyidaw", 1), ("Nay Pyi Taw", 1), ("Yangon", 0), (None, 0)])
def test_a_city_spelled_two_ways_is_one_place(predicted_city, right):
    gold = [{"meeting_id": "AMM-47", "series": "AMM", "ordinal": 47, "start_date": None, "end_date": None,
             "city": "Nay Pyi Taw", "country": None}]
    tally = Tally()
    score_meetings("doc", gold, [meeting("AMM-47", ordinal=47, city=predicted_city)], tally)
    assert tally.attribute_right["city"] == right


def test_calibration_table_gives_the_share_right_per_score_bin():
    from pipeline.evaluate.tally import calibration_table

    table = calibration_table([(0.72, True), (0.75, False), (0.71, True), (0.95, True), (0.3, False)])
    assert table == [{"bin": "0.0-0.5", "rows": 1, "right": 0.0}, {"bin": "0.7-0.8", "rows": 3, "right": 0.6667},
                     {"bin": "0.9-1.0", "rows": 1, "right": 1.0}]


@pytest.mark.parametrize("lang, text, found", [
    # the page wrote Đ as the look-alike Ð; the run's text has Đ again: the gold evidence is still found
    ("vi", "Lãnh đạo các nước Đông Á đã ký Tuyên bố Cebu.", 1),
    # English text keeps its Ð, and so does the evidence
    ("en", "Leaders of Ðông Á nations agreed to sign the Cebu Declaration.", 0),
])
def test_commitment_evidence_with_look_alike_letters(lang, text, found):
    evidence = {"vi": "Lãnh đạo các nước Ðông Á đã ký", "en": "Leaders of Đông Á nations agreed to sign"}[lang]
    tally = Tally()
    score_commitments("doc", text, [{"evidence": evidence, "actor": "ASEAN", "action": "approve"}],
                      [commitment("Q7768", "approve", 0, len(text))], tally, lang)
    assert tally.true_positive == found


def test_entity_surfaces_fold_the_eth_look_alike():
    tally = Tally()
    score_entities("doc", [{"label": "LOC", "surfaces": ["Ðông Á"]}], [entity("Q27231", "LOC", "Đông Á")], tally)
    assert tally.true_positive == 1
