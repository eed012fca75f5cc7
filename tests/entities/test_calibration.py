"""Entity scores that mean something (entities/calibration.py, evaluate/calibrate.py): a mention's score is the
dev precision of its kind of mention, a kind seen little leaning on its broader kind; the scorer judges each
mention, and the calibration file is measured on the dev split only.
"""
import pytest

from pipeline.entities import calibration
from pipeline.entities.calibration import calibrated_score, calibration_keys, shape
from pipeline.evaluate.calibrate import measure, render
from pipeline.evaluate.scoring import score_entities
from pipeline.evaluate.tally import Tally
from pipeline.resources import load_data


@pytest.mark.parametrize("text, expected", [
    ("ASEAN", "acronym"), ("DOC", "acronym"), ("TTXVN", "acronym"),
    ("Lavrov", "word"), ("Mỹ", "word"), ("Asean", "word"),
    ("Vương Nghị", "name"), ("Treaty of Amity and Cooperation", "name"), ("ASEAN’s", "acronym"),
])
def test_the_shape_of_a_mention(text, expected):
    assert shape(text) == expected


def test_kinds_run_from_the_narrowest():
    assert calibration_keys("model", "ORG", "CLO") == ("model/ORG/acronym", "model/ORG", "model")


TABLE = {"prior_weight": 10,
         "all": {"pooled": [90, 100], "kinds": {"gazetteer": [80, 82], "model": [10, 18]}},
         "en": {"pooled": [60, 70], "kinds": {"gazetteer": [58, 60], "gazetteer/GPE": [50, 50],
                                              "gazetteer/GPE/word": [50, 50], "model": [2, 10],
                                              "model/ORG": [0, 4], "model/ORG/acronym": [0, 2]}},
         "vi": {"pooled": [30, 30], "kinds": {"gazetteer": [22, 22]}}}


@pytest.fixture
def table(monkeypatch):
    monkeypatch.setattr(calibration, "_table", lambda: TABLE)


def test_a_kind_seen_often_scores_its_own_precision(table):
    assert calibrated_score("en", "gazetteer", "GPE", "Laos", 0.5) > 0.95


def test_a_kind_seen_little_leans_on_its_broader_kind(table):
    score = calibrated_score("en", "model", "ORG", "CLO", 0.9)
    assert 0.0 < score < calibrated_score("en", "model", "PERSON", "Ray Smith", 0.9) < 0.5
    # a kind never seen in one language takes the step's precision over both languages
    assert calibrated_score("vi", "model", "PERSON", "Lê Văn A", 0.9) == pytest.approx((10 + 10 * 0.9) / (18 + 10), abs=0.001)


def test_without_data_the_default_stands(monkeypatch):
    monkeypatch.setattr(calibration, "_table", lambda: {})
    assert calibrated_score("en", "rule", "LAW", "ASEAN Charter", 0.8) == 0.8


def test_the_scorer_judges_each_mention():
    gold = [{"label": "PERSON", "surfaces": ["Vương Nghị", "Vương"]}, {"label": "GPE", "surfaces": ["Lào"]}]
    rows = [{"entity_id": "P:wang", "label": "PERSON", "text": "Vương Nghị", "name": "Wang Yi", "score": 0.9},
            {"entity_id": "P:wang", "label": "PERSON", "text": "ông Vương", "name": "Wang Yi", "score": 0.6},  # not a surface
            {"entity_id": "Q819", "label": "GPE", "text": "Lào", "name": "Laos", "score": 0.95},
            {"entity_id": "P:x-vuong", "label": "PERSON", "text": "Vương", "name": "Vuong", "score": 0.7}]  # split
    tally = Tally()
    score_entities("doc", gold, rows, tally)
    assert [right for _, right in tally.judged] == [True, False, True, False]
    assert tally.scored == [(0.9, True), (0.6, False), (0.95, True), (0.7, False)]
    assert {row["bin"] for row in tally.scores()["calibration"]} == {"0.9-1.0", "0.6-0.7", "0.7-0.8"}


def test_the_calibration_file_is_measured_on_the_dev_split_and_counts_add_up():
    data = load_data("entities/calibration.yaml")
    header = open(calibration.models_dir() / "entities" / "calibration.yaml", encoding="utf-8").read().split("\n\n")[0]
    assert "dev" in header and "never the test split" in header and "commit" in header
    assert {"all", "en", "vi"} <= set(data)
    for block in (data["all"], data["en"], data["vi"]):
        assert 0 <= block["pooled"][0] <= block["pooled"][1]
        steps = [n for kind, (_, n) in block["kinds"].items() if "/" not in kind]
        assert sum(steps) == block["pooled"][1]           # every mention has one step
        assert all(0 <= right <= n for right, n in block["kinds"].values())
    assert data["all"]["pooled"][1] == data["en"]["pooled"][1] + data["vi"]["pooled"][1]


def test_measure_reads_the_dev_split_only(tmp_path):
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "gold").mkdir()
    (tmp_path / "out").mkdir()
    for stem, split in (("a", "dev"), ("b", "test")):
        (tmp_path / "gold" / f"{stem}.json").write_text(json.dumps(
            {"id": stem, "lang": "en", "split": split, "entities": [{"label": "GPE", "surfaces": ["Laos"]}]}))
    docs = [{"doc_id": d, "source": f"{d}.txt", "status": "ok", "text": "Laos"} for d in ("a", "b")]
    ents = [{"doc_id": d, "entity_id": "Q819", "label": "GPE", "text": "Laos", "name": "Laos", "source": "gazetteer",
             "score": 0.9, "start": 0, "end": 4} for d in ("a", "b")]
    pq.write_table(pa.Table.from_pylist(docs), tmp_path / "out" / "documents.parquet")
    pq.write_table(pa.Table.from_pylist(ents), tmp_path / "out" / "entities.parquet")
    for table in ("meetings", "commitments"):
        pq.write_table(pa.table({"doc_id": pa.array([], pa.string()), "doc_ids": pa.array([], pa.list_(pa.string()))}),
                       tmp_path / "out" / f"{table}.parquet")
    measured, articles = measure(tmp_path / "gold", tmp_path / "out")
    assert articles == 1 and measured["en"]["pooled"] == [1, 1] and measured["all"]["kinds"]["gazetteer/GPE/word"] == [1, 1]
    assert "prior_weight: 10" in render(measured, articles, "abc1234")


@pytest.mark.slow
@pytest.mark.parametrize("lang, text", [
    ("en", "Foreign Minister Bui Thanh Son met ASEAN Secretary-General Kao Kim Hourn in Jakarta on Monday."),
    ("vi", "Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Tổng Thư ký ASEAN Kao Kim Hourn tại Jakarta."),
])
def test_the_entities_stage_scores_each_mention_by_its_kind(lang, text):
    from .support import entities_of

    entities = [e for e in entities_of(text, lang) if e.label != "EVENT"]
    assert entities
    for e in entities:
        assert e.score == calibrated_score(lang, e.source, e.label, e.text, -1.0) and 0.0 <= e.score <= 1.0
