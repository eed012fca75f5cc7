"""All-or-nothing publication: readers keep opening OUTPUT/<table>.parquet, and at every instant find the
four tables of one run, never a mix, whether the run completes, fails or is killed."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline.io.publish as publish
from conftest import ROOT, copy_seeds
from pipeline.run import extract
from pipeline.io.publish import TableWriter

TABLES = ("documents", "entities", "meetings", "commitments")
SCHEMAS = {table: pa.schema([("run", pa.string())]) for table in TABLES}
# every call that changes the output folder while a run publishes
FILE_SYSTEM_CALLS = [(os, "rename"), (os, "replace"), (os, "symlink"), (os, "link"), (os, "unlink"), (os, "fsync"),
                     (os, "mkdir"), (shutil, "rmtree"), (shutil, "copy2")]


def write_run(out: Path, name: str) -> None:
    with TableWriter(out, SCHEMAS, {}) as writer:
        for table in TABLES:
            writer.write(table, [{"run": name}])


def seen_by_a_reader(out: Path) -> set:
    """The run each table a reader opens now comes from (None: the table is not there)."""
    runs = set()
    for table in TABLES:
        path = out / f"{table}.parquet"
        runs.add(pq.read_table(path).column("run")[0].as_py() if path.exists() else None)
    return runs


def plain_tables(out: Path, name: str) -> None:
    """Tables as earlier versions wrote them: plain files in the output folder."""
    out.mkdir()
    for table in TABLES:
        pq.write_table(pa.table({"run": [name]}, schema=SCHEMAS[table]), out / f"{table}.parquet")


class Crash(BaseException):
    """Stands for a kill: raised instead of the k-th file system call."""


def watching(monkeypatch, before_each_call):
    for module, name in FILE_SYSTEM_CALLS:
        real = getattr(module, name)

        def call(*args, _real=real, **kwargs):
            before_each_call()
            return _real(*args, **kwargs)
        monkeypatch.setattr(module, name, call)


@pytest.mark.parametrize("start", ["published", "plain files", "empty"])
def test_a_reader_sees_one_run_between_any_two_steps_of_publication(tmp_path, monkeypatch, start):
    out = tmp_path / "out"
    previous = {"published": "A", "plain files": "old", "empty": None}[start]
    if start == "published":
        write_run(out, "A")
    elif start == "plain files":
        plain_tables(out, "old")
    views = []
    with monkeypatch.context() as patch:
        watching(patch, lambda: views.append(seen_by_a_reader(out)))
        write_run(out, "B")
    assert len(views) > 10
    assert all(view in ({previous}, {"B"}) for view in views), views
    assert views[0] == {previous} and seen_by_a_reader(out) == {"B"}


@pytest.mark.parametrize("start", ["published", "plain files"])
def test_a_run_killed_at_any_step_leaves_one_run_and_the_next_run_completes(tmp_path, monkeypatch, start):
    steps = 0
    while True:
        steps += 1
        out = tmp_path / f"out-{steps}"
        write_run(out, "A") if start == "published" else plain_tables(out, "A")
        calls = 0

        def crash_at_this_step():
            nonlocal calls
            calls += 1
            if calls == steps:
                raise Crash
        with monkeypatch.context() as patch:
            watching(patch, crash_at_this_step)
            try:
                write_run(out, "B")
                completed = True
            except Crash:
                completed = False
        assert seen_by_a_reader(out) in ({"A"}, {"B"}), f"crash at step {steps}"
        write_run(out, "C")
        assert seen_by_a_reader(out) == {"C"}
        assert len(list((out / ".runs").iterdir())) <= 2      # the current run and the one before it
        if completed:
            break
    assert steps > 10


@pytest.mark.slow
def test_runs_killed_at_random_instants_always_leave_one_runs_tables(tmp_path):
    """Real processes, killed with SIGKILL at random instants; documents come from the cache, so each run
    is short and most of its time is spent reading, writing and publishing."""
    one, five, out = tmp_path / "one", tmp_path / "five", tmp_path / "out"
    one.mkdir(), five.mkdir()
    copy_seeds(one, ["002_9958ff0f50064da7.txt"])
    copy_seeds(five)
    expected = {}
    for corpus in (five, one):          # processes both once: the cache then holds every document
        extract(corpus, out, workers=1)
        expected[corpus] = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    seconds = min(timed_run(one, out) for _ in range(2))    # the shorter: the first may read cold files
    chance = random.Random(17)
    current, killed = one, 0
    for _ in range(8):
        corpus = five if current == one else one
        victim = cli_run(corpus, out)
        time.sleep(chance.uniform(0.2, 1.1) * seconds)
        victim.kill()
        victim.wait()
        killed += victim.returncode == -9
        found = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
        assert found in (expected[one], expected[five]), {t: [found[t] == expected[c][t] for c in (one, five)]
                                                          for t in TABLES}
        current = one if found == expected[one] else five
    assert killed >= 2, f"the runs ended before they could be killed (a run takes {seconds:.1f} s): kill sooner"


def timed_run(corpus: Path, out: Path) -> float:
    started = time.monotonic()
    assert cli_run(corpus, out).wait() == 0
    return time.monotonic() - started


def cli_run(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--input", str(corpus), "--output", str(out),
                             "--workers", "1", "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Interrupted(BaseException):
    pass


def test_a_signal_during_publication_waits_until_the_tables_are_all_in_place(tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_run(out, "A")

    def interrupt(signum, frame):
        raise Interrupted
    previous = signal.signal(signal.SIGTERM, interrupt)
    real_fsync, sent = publish._fsync, []

    def fsync_then_signal(path):          # the first fsync of publication: the run's files are written
        real_fsync(path)
        if not sent:
            sent.append(True)
            os.kill(os.getpid(), signal.SIGTERM)
    try:
        monkeypatch.setattr(publish, "_fsync", fsync_then_signal)
        with pytest.raises(Interrupted):
            write_run(out, "B")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert sent and seen_by_a_reader(out) == {"B"}
    assert signal.getsignal(signal.SIGTERM) is previous
