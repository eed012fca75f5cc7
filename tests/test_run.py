"""End to end over the seeds: every file has a row, offsets hold, runs are deterministic."""
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from conftest import ROOT, SEEDS, copy_seeds
from pipeline.run import extract

pytestmark = pytest.mark.slow
TABLES = ("documents", "entities", "meetings", "commitments")


def test_every_seed_has_an_ok_row(seed_outputs):
    docs = pd.read_parquet(seed_outputs / "documents.parquet")
    assert sorted(docs.source) == sorted(p.name for p in SEEDS.iterdir())
    assert set(docs.status) == {"ok"}
    assert set(docs.lang) == {"en", "vi"}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_entity_offsets_point_at_their_text(seed_outputs, lang):
    docs = pd.read_parquet(seed_outputs / "documents.parquet").set_index("doc_id")
    entities = pd.read_parquet(seed_outputs / "entities.parquet")
    entities = entities[entities.doc_id.map(docs.lang) == lang]
    assert len(entities) > 0
    for row in entities.itertuples():
        assert docs.text[row.doc_id][row.start:row.end] == row.text


def test_commitment_spans_inside_text(seed_outputs):
    docs = pd.read_parquet(seed_outputs / "documents.parquet").set_index("doc_id")
    for row in pd.read_parquet(seed_outputs / "commitments.parquet").itertuples():
        assert 0 <= row.start < row.end <= len(docs.text[row.doc_id])


def test_two_runs_give_identical_tables(seed_outputs, tmp_path):
    extract(SEEDS, tmp_path, workers=1)
    for table in TABLES:
        assert (tmp_path / f"{table}.parquet").read_bytes() == (seed_outputs / f"{table}.parquet").read_bytes(), table


def test_input_order_and_names_do_not_change_ids(seed_outputs, tmp_path):
    renamed = tmp_path / "in"
    renamed.mkdir()
    for i, path in enumerate(sorted(SEEDS.iterdir(), reverse=True)):
        (renamed / f"z{i} {path.stem}.txt").write_bytes(path.read_bytes())
    extract(renamed, tmp_path / "out", workers=1)
    for table, key in (("entities", ["doc_id", "start", "end", "label"]), ("commitments", ["commitment_id"])):
        a = pd.read_parquet(seed_outputs / f"{table}.parquet").sort_values(key).reset_index(drop=True)
        b = pd.read_parquet(tmp_path / "out" / f"{table}.parquet").sort_values(key).reset_index(drop=True)
        pd.testing.assert_frame_equal(a, b)


def test_contract_checker_passes(seed_outputs):
    checker = ROOT / "tools" / "check_contract.py"
    result = subprocess.run([sys.executable, str(checker), str(seed_outputs), "--inputs", str(SEEDS)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_failed_run_keeps_previous_tables(corpus, tmp_path, monkeypatch):
    copy_seeds(corpus, ["002_9958ff0f50064da7.txt"])
    out = tmp_path / "out"
    extract(corpus, out, workers=1)
    before = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    copy_seeds(corpus)

    def explode(docs):
        raise KeyboardInterrupt   # like a kill: not caught per document
    monkeypatch.setattr("pipeline.run.process_batch", explode)
    with pytest.raises(KeyboardInterrupt):
        extract(corpus, out, workers=1)
    assert {t: (out / f"{t}.parquet").read_bytes() for t in TABLES} == before
    assert not list(out.glob(".staging-*"))


def test_cli_help_speaks_plainly():
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    assert "extract" in result.stdout and "evaluate" in result.stdout and "read_parquet" in result.stdout


def test_cli_reports_missing_input(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(tmp_path / "nope"),
                             "--output", str(tmp_path / "o")], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_a_batch_runs_with_fewer_collections_and_restores_the_collector(monkeypatch):
    import gc

    import pipeline.run as run

    seen = []
    monkeypatch.setattr(run, "_stages", lambda: [("probe", lambda docs: seen.append(gc.get_threshold()), True)])
    before = gc.get_threshold()
    run.process_batch([])
    assert seen == [run.GC_THRESHOLDS] and gc.get_threshold() == before
    monkeypatch.setattr(run, "_stages", lambda: [("probe", lambda docs: 1 / 0, True)])
    run.process_batch([])                      # a failing stage is caught; the thresholds still come back
    assert gc.get_threshold() == before
