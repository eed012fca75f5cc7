"""A regression guard on the real-article corpus: no change may lower the dev or test scores below the
figures measured when the accuracy work of issues 14-16 landed. The targets the accuracy issues set are higher; raise
a floor here when a change lifts the score for good. (Thresholds on the seeds, which the rules were
written from, would guard nothing.)"""
import pytest

from conftest import ROOT

# (split, language, table) -> (metric, floor): the score less 0.02, rounded down, measured for the test split at the
# end of session 3 (entities raised on 2026-12-02; meetings and entities raised on 2026-12-03; commitments and
# Vietnamese meetings raised at the end of session 10; English meetings and Vietnamese commitments at the end of session
# 12: 0.767 and 0.531; English entities at the end of session 13: 0.905), for the dev split on its 290 articles (79
# unseen articles joined it on 2026-12-02, 35 more in batches 5-6, 14 in batch 7, 14 in batch 8, 13 in batch 9, 13 in
# batch 10, 14 in batch 11, 12 in batch 12 and 46 in batches 13-16 on 2026-12-03, lowering the dev scores: the floors
# follow the corpus, not the rules; re-based in session 13 on 280 articles: EN 0.900 / 0.776 / 0.691, VI 0.885 /
# 0.889 / 0.729; on the 290 after batch 16: EN 0.896 / 0.780 / 0.701, VI 0.885 / 0.888 / 0.721)
FLOORS = {
    ("test", "en", "entities"): ("f1", 0.88), ("test", "en", "meetings"): ("f1", 0.74),
    ("test", "en", "commitments"): ("f1", 0.50),
    ("test", "vi", "entities"): ("f1", 0.83), ("test", "vi", "meetings"): ("f1", 0.73),
    ("test", "vi", "commitments"): ("f1", 0.51),
    ("dev", "en", "entities"): ("f1", 0.88), ("dev", "en", "meetings"): ("f1", 0.75),
    ("dev", "en", "commitments"): ("f1", 0.67),
    ("dev", "vi", "entities"): ("f1", 0.86), ("dev", "vi", "meetings"): ("f1", 0.86),
    ("dev", "vi", "commitments"): ("f1", 0.70),
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
