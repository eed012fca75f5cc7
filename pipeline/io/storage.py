"""The one module that touches files: reads input articles, writes and reads the Parquet tables.

Inputs are listed in a stable order (sorted relative paths), so ids and row order never depend
on the file system. Tables are written to a staging folder inside the output folder and published
together, by one atomic rename, only when complete: a failed or killed run leaves the previous
tables intact. A run holds a lock on its output folder; errors writing there say what to do.
"""
from __future__ import annotations

import errno
import json
import os
import re
import shutil
import signal
import stat
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import Errors, OutputError, OutputLocked, PipelineError, stage_failed

READ_SUFFIXES = {".txt", ".text", ".md", ".jsonl", ".json", ".ndjson", ".html", ".htm"}
LINE_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
# Files other than JSON lines are read whole. They hold one article (or a few, for .json), and a news
# page stays well under this even with its markup; the limit bounds the memory one input can take, so
# a 50 MB "article" fails at once with a message instead of being read, decoded and rejected later.
# JSON lines are streamed, each line held to the same limit, so a .jsonl file may have any size.
MAX_FILE_MB = 16
_SPECIAL_FILES = ((stat.S_ISFIFO, "named pipe (FIFO)"), (stat.S_ISSOCK, "socket"),
                  (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"))


@dataclass
class RawRecord:
    """One article as found on disk, before decoding: bytes of a text file or the fields of a JSON record."""
    source: str
    data: bytes | None = None
    fields: dict = field(default_factory=dict)
    kind: str = "text"            # text | html | record
    error: str | None = None      # set when the record cannot be read at all


def list_inputs(root: Path, output: Path | None = None) -> list[tuple[Path, str | None]]:
    """Every entry under `root` that will become a documents row, without reading any (see `_entries`).
    The `output` folder, when it lies inside `root`, is left out: its tables and cache are no articles."""
    return _entries(root, output)


def count_documents(entries: list[tuple[Path, str | None]]) -> int:
    """About how many documents rows the entries give, without reading them as articles: one per entry,
    one per line of a JSON lines file (blank lines included; estimated from the first MB of a file over
    COUNT_WHOLE_MB), one for a .json file whatever it holds."""
    total = 0
    for path, problem in entries:
        lines = _count_lines(path) if problem is None and path.suffix.lower() in LINE_SUFFIXES else None
        total += max(1, lines or 0)
    return total


# A JSON lines file larger than this is not counted line by line: its first MB gives the average line.
COUNT_WHOLE_MB = 64


def _count_lines(path: Path) -> int | None:
    if not path.is_file():       # never open a named pipe or a device: reading it could block
        return None
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            if size > COUNT_WHOLE_MB * 2**20:
                sample = handle.read(2**20)
                return round(size * sample.count(b"\n") / len(sample)) or 1
            count, last = 0, b"\n"
            while chunk := handle.read(2**20):
                count, last = count + chunk.count(b"\n"), chunk[-1:]
            return count + (last != b"\n")
    except OSError:
        return None


def read_inputs(root: Path, max_mb: float = MAX_FILE_MB,
                entries: list[tuple[Path, str | None]] | None = None) -> Iterator[RawRecord]:
    """Every file under `root` (or the `entries` listed from it) as one or more records; what cannot be
    read becomes a record with an error."""
    for path, problem in _entries(root) if entries is None else entries:
        source = path.relative_to(root).as_posix()
        if problem:
            yield RawRecord(source, error=problem)
            continue
        try:
            yield from _read_file(path, source, max_mb)
        except Exception as exc:  # noqa: BLE001 — a reader bug on one file must not stop the run
            yield RawRecord(source, error=stage_failed("read", exc))


def _entries(root: Path, skip: Path | None = None) -> list[tuple[Path, str | None]]:
    """(path, None) for every entry under `root` that is not a folder (files, links, pipes), and
    (folder, error) for every folder that cannot be listed or is a link, so that no file is lost
    silently. Sorted by relative path: ids and row order never depend on the file system."""
    if not root.exists() and not root.is_symlink():
        raise PipelineError(Errors.INPUT_MISSING.format(path=root))
    if not root.is_dir():
        raise PipelineError(Errors.INPUT_NOT_DIR.format(path=root))
    found: list[tuple[Path, str | None]] = []

    def unlistable(exc: OSError) -> None:
        if Path(exc.filename) == root:
            raise PipelineError(Errors.INPUT_UNLISTABLE.format(path=root, detail=exc.strerror or exc))
        found.append((Path(exc.filename), Errors.UNREADABLE_FOLDER.format(detail=exc.strerror or exc)))

    skipped = skip.resolve() if skip is not None else None
    for folder, folders, names in os.walk(root, onerror=unlistable):
        folders[:] = [name for name in folders if (Path(folder) / name).resolve() != skipped]
        found.extend((Path(folder) / name, None) for name in names)
        found.extend((Path(folder) / name, Errors.LINKED_FOLDER) for name in folders
                     if (Path(folder) / name).is_symlink())
    return sorted(found, key=lambda entry: entry[0].relative_to(root).as_posix())


def _read_file(path: Path, source: str, max_mb: float) -> Iterator[RawRecord]:
    suffix = path.suffix.lower()
    problem = _unreadable(path, suffix)
    if problem:
        yield RawRecord(source, error=problem)
    elif suffix in LINE_SUFFIXES:
        yield from _json_lines(path, source, max_mb)
    else:
        yield from _whole_file(path, source, suffix, max_mb)


def _unreadable(path: Path, suffix: str) -> str | None:
    """Why `path` cannot be read as articles, found without opening it (opening a FIFO would block)."""
    if path.is_symlink() and not path.exists():
        return Errors.BROKEN_LINK.format(target=os.readlink(path))
    if suffix not in READ_SUFFIXES and suffix != "":
        return Errors.UNSUPPORTED_TYPE.format(suffix=suffix)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return Errors.UNREADABLE.format(detail=exc.strerror or exc)
    return next((Errors.NOT_REGULAR.format(kind=kind) for is_kind, kind in _SPECIAL_FILES if is_kind(mode)), None)


def _whole_file(path: Path, source: str, suffix: str, max_mb: float) -> Iterator[RawRecord]:
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= max_mb * 2**20 else None
    except OSError as exc:
        yield RawRecord(source, error=Errors.UNREADABLE.format(detail=exc.strerror or exc))
        return
    if data is None:
        yield RawRecord(source, error=Errors.TOO_LARGE.format(size_mb=size / 2**20, limit_mb=max_mb))
    elif suffix == ".json":
        yield from _json_file(data, source)
    else:
        yield RawRecord(source, data=data, kind="html" if suffix in HTML_SUFFIXES else "text")


def _json_lines(path: Path, source: str, max_mb: float) -> Iterator[RawRecord]:
    """One record per non-blank line, read line by line: a file of any size takes bounded memory."""
    number = 0
    try:
        with path.open("rb") as handle:
            for line_no, line in enumerate(_bounded_lines(handle, int(max_mb * 2**20)), start=1):
                if line is not None and not line.strip():
                    continue
                number += 1
                record_source = f"{source}#{number}"
                if line is None:
                    yield RawRecord(record_source, error=Errors.LINE_TOO_LONG.format(line=line_no, limit_mb=max_mb))
                else:
                    yield _json_line(line.decode("utf-8-sig", errors="replace"), line_no, record_source)
    except OSError as exc:
        number += 1
        yield RawRecord(f"{source}#{number}", error=Errors.UNREADABLE.format(detail=exc.strerror or exc))
    if not number:
        yield _no_records(source)


def _bounded_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None for a line longer than `limit` bytes, which is skipped unread."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(limit)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _json_line(line: str, line_no: int, source: str) -> RawRecord:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError) as exc:   # also too-long integers and too-deep nesting
        return RawRecord(source, error=Errors.JSONL_MALFORMED.format(line=line_no, detail=_json_problem(exc)))
    if not isinstance(value, dict):
        return RawRecord(source, error=Errors.JSONL_NOT_OBJECT.format(line=line_no, kind=_json_kind(value)))
    return RawRecord(source, fields=value, kind="record")


def _json_file(data: bytes, source: str) -> Iterator[RawRecord]:
    try:
        value = json.loads(data.decode("utf-8-sig", errors="replace"))
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", 1)
        yield RawRecord(source, error=Errors.JSONL_MALFORMED.format(line=line, detail=_json_problem(exc)))
        return
    records = value if isinstance(value, list) else [value]
    if not records:
        yield _no_records(source)
    for number, item in enumerate(records, start=1):
        record_source = source if len(records) == 1 else f"{source}#{number}"
        if isinstance(item, dict):
            yield RawRecord(record_source, fields=item, kind="record")
        else:
            yield RawRecord(record_source, error=Errors.JSON_ITEM_NOT_OBJECT.format(number=number, kind=_json_kind(item)))


def _json_problem(exc: Exception) -> str:
    return getattr(exc, "msg", None) or str(exc).split(":")[0]


def _json_kind(value) -> str:
    names = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return names.get(type(value), "null")


def _no_records(source: str) -> RawRecord:
    """A file without a single record still gets its row: read as an empty text, it is skipped as empty."""
    return RawRecord(source, data=b"", kind="text")


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


def read_table(output: Path, table: str) -> pa.Table:
    path = output / f"{table}.parquet"
    if not path.exists():
        raise PipelineError(Errors.OUTPUTS_MISSING.format(table=table, path=output))
    return pq.read_table(path)


def read_json_files(folder: Path) -> Iterable[tuple[str, dict]]:
    """(file stem, parsed content) of every .json file in `folder`, sorted by name."""
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise PipelineError(Errors.GOLD_MISSING.format(path=folder))
    for path in files:
        yield path.stem, json.loads(path.read_text(encoding="utf-8"))


def replace_marked_section(path: Path, name: str, content: str) -> None:
    """Replace the text between `<!-- name:start -->` and `<!-- name:end -->` in a Markdown file."""
    begin, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = path.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        text = text.rstrip("\n") + f"\n\n{begin}\n{end}\n"
    head, _, rest = text.partition(begin)
    _, _, tail = rest.partition(end)
    path.write_text(f"{head}{begin}\n{content}\n{end}{tail}", encoding="utf-8")


class ResultCache:
    """Per-document results of earlier runs, under <output>/.cache/<pipeline version>/.

    Each processed batch is one part: a Parquet file per cached table, all keyed by doc_id. A new
    pipeline version (code, models/ data or model packages changed) starts an empty folder, and the
    folders of other versions are removed when a run completes.
    """

    KEEP_PARTS_IN_MEMORY = 4

    def __init__(self, output: Path, version: str, schemas: dict[str, pa.Schema], enabled: bool = True):
        self.root = output / ".cache"
        self.folder = self.root / version.replace("+", "_")
        self.schemas = schemas
        self.enabled = enabled
        self._index: dict[str, str] = {}
        self._loaded: dict[str, dict[str, dict[str, list[dict]]]] = {}
        if enabled and self.folder.is_dir():
            for path in sorted(self.folder.glob("*.documents.parquet")):
                part = path.name.split(".")[0]
                for doc_id in pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist():
                    self._index.setdefault(doc_id, part)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._index

    def rows(self, doc_id: str) -> dict[str, list[dict]]:
        """The cached rows of one document, per table."""
        part = self._index[doc_id]
        if part not in self._loaded:
            if len(self._loaded) >= self.KEEP_PARTS_IN_MEMORY:
                self._loaded.pop(next(iter(self._loaded)))
            self._loaded[part] = self._read_part(part)
        return {table: by_doc.get(doc_id, []) for table, by_doc in self._loaded[part].items()}

    def _read_part(self, part: str) -> dict[str, dict[str, list[dict]]]:
        tables = {}
        for table in self.schemas:
            by_doc: dict[str, list[dict]] = {}
            for row in pq.read_table(self.folder / f"{part}.{table}.parquet").to_pylist():
                by_doc.setdefault(row["doc_id"], []).append(row)
            tables[table] = by_doc
        return tables

    def store(self, part: str, rows: dict[str, list[dict]]) -> None:
        """Write one batch's rows as a part (atomically per file: a killed run leaves no torn part)."""
        if not self.enabled:
            return
        with writing_to(self.root.parent):
            self.folder.mkdir(parents=True, exist_ok=True)
            # documents last: the index is built from it, so a part is only seen once it is complete
            for table in sorted(self.schemas, key=lambda name: name == "documents"):
                schema = self.schemas[table]
                target = self.folder / f"{part}.{table}.parquet"
                tmp = target.with_suffix(f".tmp-{os.getpid()}")
                try:
                    pq.write_table(pa.Table.from_pylist(rows.get(table, []), schema=schema), tmp)
                    os.replace(tmp, target)
                finally:
                    tmp.unlink(missing_ok=True)
        for doc_id in {r["doc_id"] for r in rows.get("documents", [])}:
            self._index.setdefault(doc_id, part)

    def drop_other_versions(self) -> None:
        if self.root.is_dir():
            for folder in self.root.iterdir():
                if folder != self.folder:
                    shutil.rmtree(folder, ignore_errors=True)
