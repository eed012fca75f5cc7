"""Sets scored apart, test-split errors hidden, breakdowns, and the README's score table."""
import json

import pytest

from pipeline.evaluate import TEST_ERRORS_HIDDEN, evaluate_sets, format_sets, score_table_markdown


@pytest.fixture
def two_split_gold(tmp_path):
    """A gold folder with one dev and one test article, and tables where nothing was found."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.io.tables import SCHEMAS

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


def test_articles_in_other_languages_are_scored_by_status_alone(two_split_gold):
    gold, out = two_split_gold
    (gold / "c.json").write_text(json.dumps({"id": "c", "lang": "th", "split": "dev", "expect_status": "skipped",
                                             "entities": [], "meetings": [], "commitments": []}))
    report = evaluate_sets({"dev": (gold, out, "dev")})["dev"]
    assert "th" not in report and report["articles"] == 2
    assert report["skipped_as_expected"] == [0, 1]           # no documents row for c: not skipped
    assert report["status_problems"] == ["c: expected status skipped, got no documents row"]
    assert "0 of 1 in other languages skipped as expected" in format_sets({"dev": report})
