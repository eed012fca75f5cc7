"""Reading the input articles: files listed in a stable order (sorted relative paths, so ids and row order never
depend on the file system), one RawRecord per file or JSON record, every failure a record with its reason.
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterator

from ..errors import Errors, PipelineError, stage_failed

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
