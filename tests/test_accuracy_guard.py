"""A regression guard on the real-article corpus: no change may lower the dev or test scores below the
figures measured when the corpus landed (issue 12). The targets the accuracy issues set are higher; raise
a floor here when a change lifts the score for good. (Thresholds on the seeds, which the rules were
written from, would guard nothing.)"""
import pytest

from conftest import ROOT

# (split, language, table) -> (metric, floor): the measured score less 0.02, rounded down
FLOORS = {
    ("test", "en", "entities"): ("f1", 0.79), ("test", "en", "meetings"): ("f1", 0.58),
    ("test", "en", "commitments"): ("f1", 0.40),
    ("test", "vi", "entities"): ("f1", 0.71), ("test", "vi", "meetings"): ("f1", 0.43),
    ("test", "vi", "commitments"): ("f1", 0.27),
    ("dev", "en", "entities"): ("f1", 0.78), ("dev", "en", "meetings"): ("f1", 0.50),
    ("dev", "en", "commitments"): ("f1", 0.17),
    ("dev", "vi", "entities"): ("f1", 0.71), ("dev", "vi", "meetings"): ("f1", 0.49),
    ("dev", "vi", "commitments"): ("f1", 0.09),
}


@pytest.fixture(scope="module")
def real_scores(real_outputs):
    from pipeline.evaluate import evaluate

    gold = ROOT / "tests" / "gold" / "real"
    return {split: evaluate(gold, real_outputs, split=split) for split in ("dev", "test")}


@pytest.mark.slow
@pytest.mark.parametrize("split, lang, table", sorted(FLOORS), ids=["-".join(key) for key in sorted(FLOORS)])
def test_real_corpus_scores_do_not_fall(real_scores, split, lang, table):
    metric, floor = FLOORS[(split, lang, table)]
    scores = real_scores[split][lang][table]
    assert scores[metric] >= floor, scores


@pytest.mark.slow
def test_other_languages_come_out_skipped(real_scores):
    for split in ("dev", "test"):
        assert real_scores[split]["status_problems"] == []
