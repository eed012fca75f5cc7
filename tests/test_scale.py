"""Incremental, parallel and distributed runs give the tables of a plain full run."""
import pandas as pd
import pytest

import pipeline.run as run
from conftest import SEEDS, copy_seeds
from pipeline.run import extract

pytestmark = pytest.mark.slow
TABLES = ("documents", "entities", "meetings", "commitments")


def tables(folder):
    return {t: pd.read_parquet(folder / f"{t}.parquet") for t in TABLES}


def assert_same_tables(a, b):
    for table in TABLES:
        pd.testing.assert_frame_equal(tables(a)[table], tables(b)[table], obj=table)


@pytest.fixture
def processed(monkeypatch):
    """The ids of the documents that went through the stages."""
    seen = []
    original = run.process_batch

    def spy(docs):
        seen.extend(d.doc_id for d in docs)
        return original(docs)
    monkeypatch.setattr(run, "process_batch", spy)
    return seen


def test_rerun_without_changes_takes_everything_from_the_cache(seed_outputs, tmp_path, processed):
    extract(SEEDS, tmp_path, workers=1)
    assert len(processed) == 5
    processed.clear()
    extract(SEEDS, tmp_path, workers=1)
    assert processed == []
    assert_same_tables(tmp_path, seed_outputs)


def test_rerun_processes_only_new_or_changed_documents(corpus, tmp_path, processed, seed_outputs):
    copy_seeds(corpus)
    extract(corpus, tmp_path, workers=1)
    changed = corpus / "002_9958ff0f50064da7.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nASEAN agreed to meet again.", encoding="utf-8")
    processed.clear()
    extract(corpus, tmp_path, workers=1)
    assert len(processed) == 1
    fresh = tmp_path.parent / "fresh"
    extract(corpus, fresh, workers=1, full=True)
    assert_same_tables(tmp_path, fresh)


def test_full_reprocesses_everything(seed_outputs, tmp_path, processed):
    extract(SEEDS, tmp_path, workers=1)
    processed.clear()
    extract(SEEDS, tmp_path, workers=1, full=True)
    assert len(processed) == 5


def test_a_new_pipeline_version_starts_a_new_cache(tmp_path, processed, monkeypatch):
    extract(SEEDS, tmp_path, workers=1)
    monkeypatch.setattr(run, "pipeline_version", lambda: "9.9.9+feedfacecafe")
    processed.clear()
    extract(SEEDS, tmp_path, workers=1)
    assert len(processed) == 5
    assert [p.name for p in (tmp_path / ".cache").iterdir()] == ["9.9.9_feedfacecafe"]


def test_two_worker_processes_give_identical_tables(seed_outputs, tmp_path):
    extract(SEEDS, tmp_path, workers=2, batch_size=2)
    assert_same_tables(tmp_path, seed_outputs)


ENGLISH_SEEDS = ["000_5a05df795a7093cf.txt", "002_9958ff0f50064da7.txt", "003_7bcd217a13c55e39.txt",
                 "004_8b8ed67df43ed5ba.txt"]
VIETNAMESE_SEED = "001_96c4a0ece767b762.txt"


def test_a_one_language_run_that_fits_in_one_worker_job_is_done_in_the_main_process(corpus, tmp_path, processed):
    copy_seeds(corpus, ENGLISH_SEEDS)
    extract(corpus, tmp_path / "two", workers=2)     # 4 documents, one job: no worker would start for it alone
    assert len(processed) == 4                        # the spy sees them: they went through the stages here
    extract(corpus, tmp_path / "one", workers=1)
    assert_same_tables(tmp_path / "two", tmp_path / "one")


def test_a_small_mixed_run_gives_the_smaller_language_to_one_worker(seed_outputs, tmp_path, monkeypatch):
    to_worker = []
    shared = run._shared_by_script

    def spy(docs, submit):
        def recorded(there):
            to_worker.extend(d.source for d in there)
            return submit(there)
        return shared(docs, recorded)
    monkeypatch.setattr(run, "_shared_by_script", spy)
    extract(SEEDS, tmp_path, workers=2)      # 5 documents, one job: 4 English here, the Vietnamese one by a worker
    assert to_worker == [VIETNAMESE_SEED]
    assert_same_tables(tmp_path, seed_outputs)


def test_a_small_mixed_run_with_one_worker_stays_in_the_main_process(seed_outputs, tmp_path, processed):
    extract(SEEDS, tmp_path, workers=1)
    assert len(processed) == 5


def test_dask_local_cluster_gives_identical_tables(seed_outputs, tmp_path):
    pytest.importorskip("dask.distributed")
    extract(SEEDS, tmp_path, workers=2, batch_size=2, engine="dask")
    assert_same_tables(tmp_path, seed_outputs)


def test_one_batch_of_more_than_one_job_goes_to_the_workers(tmp_path, seed_outputs, monkeypatch):
    monkeypatch.setattr(run, "WORKER_JOB_SIZE", 2)       # 5 documents in one batch: three jobs
    extract(SEEDS, tmp_path, workers=2)
    assert_same_tables(tmp_path, seed_outputs)
