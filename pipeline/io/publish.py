"""Writing the tables: a run holds a lock on its output folder, writes into a folder of its own and publishes
all its tables together by one atomic rename, so a failed or killed run leaves the previous tables intact;
errors writing there say what to do.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import Errors, OutputError, OutputLocked, PipelineError

# Published runs: OUTPUT/<table>.parquet is a link to .current/<table>.parquet, and .current a link to the
# folder of the last run that completed, under .runs/. A run is published by one atomic rename of .current,
# so readers, who keep opening OUTPUT/<table>.parquet, see the four tables of one run, never a mix.
RUNS, CURRENT = ".runs", ".current"
ADOPTED_RUN = "adopted"      # tables written before runs were published this way, kept as they were
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def writing_to(output: Path) -> Iterator[None]:
    """Turn an OSError from writing under `output` into an OutputError saying what to do."""
    try:
        yield
    except OSError as exc:
        raise output_error(output, exc) from exc


def output_error(output: Path, exc: OSError) -> OutputError:
    number = exc.errno or _errno_in_message(str(exc))
    detail = exc.strerror or str(exc).strip() or type(exc).__name__
    if number in (errno.ENOSPC, errno.EDQUOT):
        return OutputError(Errors.OUTPUT_FULL.format(path=output, detail=detail))
    if number == errno.EROFS:
        return OutputError(Errors.OUTPUT_READ_ONLY.format(path=output))
    if number in (errno.EACCES, errno.EPERM):
        return OutputError(Errors.OUTPUT_NO_PERMISSION.format(path=output, detail=detail))
    return OutputError(Errors.OUTPUT_UNWRITABLE.format(path=output, detail=detail))


def _errno_in_message(message: str) -> int | None:
    """Arrow reports file system errors in its message ('... [errno 28] No space left on device')."""
    match = re.search(r"errno (\d+)", message, re.IGNORECASE)
    return int(match.group(1)) if match else None


class OutputLock:
    """OUTPUT/.lock, held for a whole run, so that two runs never write to one output folder.

    The lock is an flock(2) on the file: the kernel releases it when its process ends, however it ends,
    so the lock of a killed run is stale at once and the next run takes it over. The file holds the pid
    of the run holding it, for the message of a run that is refused.
    """

    def __init__(self, output: Path):
        self.output = output
        self._fd: int | None = None

    def __enter__(self) -> "OutputLock":
        if self.output.exists() and not self.output.is_dir():
            raise PipelineError(Errors.OUTPUT_IS_FILE.format(path=self.output))
        with writing_to(self.output):
            self.output.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.output / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd, self.output)
            with writing_to(self.output):
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.close(self._fd)     # releases the lock; the file stays, for the next run to lock
            self._fd = None


def _lock(fd: int, output: Path) -> None:
    import fcntl  # POSIX only, like the rest of the run's process handling

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
        raise OutputLocked(Errors.OUTPUT_LOCKED.format(path=output, pid=holder)) from None
    except OSError as exc:
        if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
            raise output_error(output, exc) from exc
        _lock_by_pid(fd, output)   # a file system without flock (some network mounts)


def _lock_by_pid(fd: int, output: Path) -> None:
    import psutil

    holder = os.pread(fd, 32, 0).decode(errors="replace").strip()
    if holder.isdigit() and int(holder) != os.getpid() and psutil.pid_exists(int(holder)):
        raise OutputLocked(Errors.OUTPUT_LOCKED.format(path=output, pid=holder))


class TableWriter:
    """Streams row batches of every table into a staging folder, then publishes them all at once.

    Use as a context manager: on an exception the staging folder is removed and the tables
    already in the output folder are left as they were. Publication renames the staging folder
    into OUTPUT/.runs/ and then points OUTPUT/.current at it (one atomic rename): a run killed at
    any instant leaves either the previous run's tables or its own, all four of them.
    """

    FLUSH_ROWS = 2000

    def __init__(self, output: Path, schemas: dict[str, pa.Schema], metadata: dict[str, dict[str, str]]):
        """`metadata`: per table, the key-value pairs written into its Parquet file's metadata."""
        if output.exists() and not output.is_dir():
            raise PipelineError(Errors.OUTPUT_IS_FILE.format(path=output))
        self.output = output
        self.schemas = {name: schema.with_metadata({**(schema.metadata or {}),
                                                    **{k.encode(): v.encode() for k, v in metadata.get(name, {}).items()}})
                        for name, schema in schemas.items()}
        self.staging = output / f".staging-{os.getpid()}"
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[dict]] = {name: [] for name in schemas}

    def __enter__(self) -> "TableWriter":
        try:
            with writing_to(self.output):
                self.output.mkdir(parents=True, exist_ok=True)
                _remove_stale_staging(self.output)
                shutil.rmtree(self.staging, ignore_errors=True)
                self.staging.mkdir()
                for name, schema in self.schemas.items():
                    self._writers[name] = pq.ParquetWriter(self.staging / f"{name}.parquet", schema)
        except BaseException:      # __exit__ is not called when __enter__ fails
            self._discard()
            raise
        return self

    def write(self, table: str, rows: list[dict]) -> None:
        """Buffer rows; they reach the file as one row group per FLUSH_ROWS rows (bounded memory)."""
        buffer = self._buffers[table]
        buffer.extend(rows)
        if len(buffer) >= self.FLUSH_ROWS:
            with writing_to(self.output):
                self._flush(table)

    def _flush(self, table: str) -> None:
        if self._buffers[table]:
            self._writers[table].write_table(pa.Table.from_pylist(self._buffers[table], schema=self.schemas[table]))
            self._buffers[table] = []

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            with writing_to(self.output):
                for name, writer in self._writers.items():
                    self._flush(name)
                    writer.close()
                with _signals_deferred():   # a Ctrl-C or SIGTERM waits until publication is done
                    self._publish()
        finally:
            self._discard()

    def _discard(self) -> None:
        """Close what is open and remove the staging folder (after publication it is gone already)."""
        for writer in self._writers.values():
            try:
                writer.close()
            except Exception:  # noqa: BLE001 — a writer that failed to write fails to close too: nothing to keep
                pass
        self._writers = {}
        shutil.rmtree(self.staging, ignore_errors=True)

    def _publish(self) -> None:
        for name in self.schemas:
            _fsync(self.staging / f"{name}.parquet")
        runs = self.output / RUNS
        runs.mkdir(exist_ok=True)
        self._adopt_plain_tables()
        run = f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{os.getpid()}-{os.urandom(3).hex()}"
        os.rename(self.staging, runs / run)
        _fsync(runs)
        previous = _link_target(self.output / CURRENT)
        for name in self.schemas:    # a new table's link dangles (reads as missing) until .current moves
            _point(self.output / f"{name}.parquet", f"{CURRENT}/{name}.parquet")
        _point(self.output / CURRENT, f"{RUNS}/{run}")     # the moment of publication
        _fsync(self.output)
        keep = {run, Path(previous).name if previous else None}   # and the run before, for readers still on it
        for folder in runs.iterdir():
            if folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)

    def _adopt_plain_tables(self) -> None:
        """Tables written as plain files (by earlier versions) become a run of their own, so that a kill
        while the table files are turned into links leaves them as they were."""
        plain = [name for name in self.schemas if _is_plain_file(self.output / f"{name}.parquet")]
        if not plain:
            return
        if _link_target(self.output / CURRENT) is None:
            adopted = self.output / RUNS / ADOPTED_RUN
            adopted.mkdir(exist_ok=True)
            for name in plain:
                _hard_link_or_copy(self.output / f"{name}.parquet", adopted / f"{name}.parquet")
            _fsync(adopted)
            _point(self.output / CURRENT, f"{RUNS}/{ADOPTED_RUN}")
        for name in plain:     # each swap keeps the content readers see
            if (self.output / CURRENT / f"{name}.parquet").is_file():
                _point(self.output / f"{name}.parquet", f"{CURRENT}/{name}.parquet")


def _is_plain_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def _link_target(path: Path) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _point(link: Path, target: str) -> None:
    """Make `link` a symbolic link to `target` (relative to its folder) in one atomic step."""
    if _link_target(link) == target:
        return
    temporary = link.with_name(f".{link.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, link)


def _hard_link_or_copy(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _fsync(path: Path) -> None:
    """Flush a file or a folder's entries to the disk, so that a published run survives a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back for the duration: they are recorded, and raised again after it (the
    process's own handlers then act on them). Python runs signal handlers in the main thread whichever
    thread the system delivered the signal to, so swapping the handlers is what defers them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    previous = {signum: signal.signal(signum, lambda signum, frame: pending.append(signum))
                for signum in _STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if pending:
            signal.raise_signal(pending[0])


def _remove_stale_staging(output: Path) -> None:
    """Remove what runs that were killed left behind: staging folders and temporary links whose process is gone."""
    import psutil  # lazy: only needed when a run starts writing

    for folder in output.glob(".staging-*"):
        pid = folder.name.removeprefix(".staging-")
        if pid.isdigit() and not psutil.pid_exists(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
    for link in output.glob(".*.tmp-*"):
        pid = link.name.rpartition(".tmp-")[2]
        if pid.isdigit() and not psutil.pid_exists(int(pid)):
            link.unlink(missing_ok=True)
