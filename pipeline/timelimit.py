"""A time limit for one call, so that a pathological document fails alone instead of stalling a run.

In the main thread of a process (a run with --workers 1, or a worker process) it uses SIGALRM
(`signal.setitimer`), which also interrupts a blocking system call such as a sleep. In any other thread
(a Dask worker runs tasks in a thread pool) a timer thread raises the exception in the limited thread
(`PyThreadState_SetAsyncExc`). Either way the exception is raised when the limited thread next runs
Python code: a call stuck inside C code that never returns to Python cannot be interrupted, and in a
thread other than the main one a blocking system call ends before the exception is raised.
"""
from __future__ import annotations

import ctypes
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
    if seconds <= 0:
        yield
    elif _alarm_available():
        with _alarm(seconds):
            yield
    else:
        with _timer_thread(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum, frame):
        raise TimeLimitExceeded(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _timer_thread(seconds: float) -> Iterator[None]:
    limited = threading.get_ident()
    finished = threading.Event()
    decided = threading.Lock()     # the body ends, or the time is up: whichever comes first decides
    expired = []

    def expire() -> None:
        if finished.wait(seconds):
            return
        with decided:
            if not finished.is_set():
                _raise_in_thread(limited, TimeLimitExceeded)
                expired.append(True)
    timer = threading.Thread(target=expire, name="time-limit", daemon=True)
    timer.start()
    try:
        yield
    finally:
        with decided:
            finished.set()
            if expired:        # raised already, or about to be: withdraw it if it is still pending
                _raise_in_thread(limited, None)
        timer.join()


def _raise_in_thread(thread_id: int, exception: type[BaseException] | None) -> None:
    """Schedule `exception` in the thread (None withdraws one that is still pending)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
