"""The one module that touches files: reads input articles, writes and reads the Parquet tables.

Inputs are listed in a stable order (sorted relative paths), so ids and row order never depend
on the file system. Tables are written to a staging folder inside the output folder and moved
into place only when complete, so a failed or killed run leaves the previous tables intact.
"""
from __future__ import annotations

import json
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import Errors, PipelineError, stage_failed

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


def list_inputs(root: Path) -> list[tuple[Path, str | None]]:
    """Every entry under `root` that will become a documents row, without reading any (see `_entries`)."""
    return _entries(root)


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


def _entries(root: Path) -> list[tuple[Path, str | None]]:
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

    for folder, folders, names in os.walk(root, onerror=unlistable):
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


class TableWriter:
    """Streams row batches of every table into a staging folder, then publishes them atomically.

    Use as a context manager: on an exception the staging folder is removed and the tables
    already in the output folder are left as they were.
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
        self.output.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(self.output)
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir()
        for name, schema in self.schemas.items():
            self._writers[name] = pq.ParquetWriter(self.staging / f"{name}.parquet", schema)
        return self

    def write(self, table: str, rows: list[dict]) -> None:
        """Buffer rows; they reach the file as one row group per FLUSH_ROWS rows (bounded memory)."""
        buffer = self._buffers[table]
        buffer.extend(rows)
        if len(buffer) >= self.FLUSH_ROWS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        if self._buffers[table]:
            self._writers[table].write_table(pa.Table.from_pylist(self._buffers[table], schema=self.schemas[table]))
            self._buffers[table] = []

    def __exit__(self, exc_type, exc, tb) -> None:
        for name, writer in self._writers.items():
            if exc_type is None:
                self._flush(name)
            writer.close()
        if exc_type is None:
            for name in self.schemas:
                os.replace(self.staging / f"{name}.parquet", self.output / f"{name}.parquet")
        shutil.rmtree(self.staging, ignore_errors=True)


def _remove_stale_staging(output: Path) -> None:
    """Remove what runs that were killed left behind: staging folders whose process is gone."""
    import psutil  # lazy: only needed when a run starts writing

    for folder in output.glob(".staging-*"):
        pid = folder.name.removeprefix(".staging-")
        if pid.isdigit() and not psutil.pid_exists(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


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
        self.folder.mkdir(parents=True, exist_ok=True)
        # documents last: the index is built from it, so a part is only seen once it is complete
        for table in sorted(self.schemas, key=lambda name: name == "documents"):
            schema = self.schemas[table]
            target = self.folder / f"{part}.{table}.parquet"
            tmp = target.with_suffix(f".tmp-{os.getpid()}")
            pq.write_table(pa.Table.from_pylist(rows.get(table, []), schema=schema), tmp)
            os.replace(tmp, target)
        for doc_id in {r["doc_id"] for r in rows.get("documents", [])}:
            self._index.setdefault(doc_id, part)

    def drop_other_versions(self) -> None:
        if self.root.is_dir():
            for folder in self.root.iterdir():
                if folder != self.folder:
                    shutil.rmtree(folder, ignore_errors=True)
