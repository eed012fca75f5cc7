"""The per-call time limit: it stops a slow call, leaves a quick one alone, and cleans up after itself."""
import signal
import threading
import time

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


def test_outside_the_main_thread_the_call_runs_to_its_end():
    outcome = []

    def work():
        with time_limit(0.05):
            time.sleep(0.2)
        outcome.append("finished")
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == ["finished"]
