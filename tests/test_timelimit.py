"""The per-call time limit: it stops a slow call, leaves a quick one alone, and cleans up after itself."""
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from pipeline.timelimit import TimeLimitExceeded, time_limit


def sleep_through_broad_except(seconds: float) -> None:
    """A stage that swallows every Exception must still be stopped."""
    try:
        time.sleep(seconds)
    except Exception:  # noqa: BLE001
        pass


def spin() -> None:
    while True:
        pass


@pytest.mark.parametrize("limit, work, stopped", [
    (0.2, lambda: time.sleep(5), True),
    (0.2, lambda: sleep_through_broad_except(5), True),
    (0.2, spin, True),                                # a Python loop is interrupted too (one C call is not)
    (2.0, lambda: time.sleep(0.01), False),
    (0, lambda: time.sleep(0.3), False),              # 0: no limit
])
def test_time_limit(limit, work, stopped):
    started = time.perf_counter()
    if stopped:
        with pytest.raises(TimeLimitExceeded):
            with time_limit(limit):
                work()
        assert time.perf_counter() - started < limit + 1
    else:
        with time_limit(limit):
            work()


def test_timer_and_handler_are_restored():
    previous = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


def short_sleeps(seconds: float) -> None:
    """Python code that waits: a blocking call in another thread ends before the exception is raised."""
    for _ in range(int(seconds / 0.01)):
        time.sleep(0.01)


def in_a_thread(work):
    """What `work` returned or raised, run in a thread other than the main one (as Dask runs tasks)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(work).exception() or "finished"


@pytest.mark.parametrize("limit, work, stopped", [
    (0.2, spin, True),
    (0.2, lambda: short_sleeps(5), True),
    (0.2, lambda: sleep_through_broad_except(0.05) or spin(), True),
    (2.0, lambda: time.sleep(0.01), False),
])
def test_time_limit_outside_the_main_thread(limit, work, stopped):
    def limited():
        with time_limit(limit):
            work()
    started = time.perf_counter()
    outcome = in_a_thread(limited)
    assert isinstance(outcome, TimeLimitExceeded) if stopped else outcome == "finished"
    assert time.perf_counter() - started < limit + 1


def test_a_call_that_ends_as_its_time_is_up_leaves_no_stray_exception():
    def many_close_calls():
        for _ in range(300):
            try:
                with time_limit(0.001):
                    sum(range(3000))     # about as long as the limit
            except TimeLimitExceeded:
                pass
        for _ in range(200_000):         # plenty of Python code after the last limit: nothing may hit it
            pass
    assert in_a_thread(many_close_calls) == "finished"
    assert not [t for t in threading.enumerate() if t.name == "time-limit"]


@pytest.mark.slow
def test_a_stage_over_its_time_fails_its_document_on_a_dask_worker(monkeypatch):
    """A Dask worker runs process_batch in a thread of its own: the time limit holds there too."""
    from dask.distributed import Client

    import pipeline.run as run
    from pipeline.stages.ingest import ingest
    from pipeline.stages.langid import detect_language
    from pipeline.io.inputs import RawRecord

    def slow_on_marker(doc):
        if "PATHOLOGICAL" in doc.text:
            spin()
    monkeypatch.setattr(run, "STAGE_TIME_LIMIT", 0.5)
    monkeypatch.setattr(run, "_stages", lambda: [("langid", detect_language, False),
                                                 ("suspect", slow_on_marker, False)])
    docs = [ingest(RawRecord(name, fields={"text": f"The ASEAN Foreign Ministers agreed to meet in Manila. {extra}"},
                             kind="record")) for name, extra in (("a", ""), ("b", "PATHOLOGICAL"))]
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=None) as client:
        results = client.submit(run.process_batch, docs).result(timeout=60)
    assert [r.status for r in results] == ["ok", "failed"]
    assert "stage 'suspect' took longer than 0.5 s" in results[1].rows["documents"][0]["error"]
