"""A time limit for one call, so that a pathological document fails alone instead of stalling a run.

It uses SIGALRM (`signal.setitimer`), which interrupts Python code running in the main thread of
the process that set it: the main process, or a worker process. Where that is not possible
(Windows, or a call made from another thread) the limit is not enforced and the call runs to
its end. A call stuck inside C code that never returns to Python cannot be interrupted this way.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


class TimeLimitExceeded(BaseException):
    """Raised inside the limited call when its time is up. A BaseException, like KeyboardInterrupt,
    so that a stage's own `except Exception` cannot swallow it and carry on."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in the body if it runs longer than `seconds` (no limit if 0)."""
    if seconds <= 0 or not _alarm_available():
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
