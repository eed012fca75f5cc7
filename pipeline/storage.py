"""The one module that touches files: reads input articles, writes and reads the Parquet tables.

Inputs are listed in a stable order (sorted relative paths), so ids and row order never depend
on the file system. Tables are written to a staging folder inside the output folder and moved
into place only when complete, so a failed or killed run leaves the previous tables intact.
"""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import Errors, PipelineError

READ_SUFFIXES = {".txt", ".text", ".md", ".jsonl", ".json", ".ndjson", ".html", ".htm"}
MAX_FILE_MB = 64


@dataclass
class RawRecord:
    """One article as found on disk, before decoding: bytes of a text file or the fields of a JSON record."""
    source: str
    data: bytes | None = None
    fields: dict = field(default_factory=dict)
    kind: str = "text"            # text | html | record
    error: str | None = None      # set when the record cannot be read at all


def list_inputs(root: Path) -> list[Path]:
    if not root.exists() and not root.is_symlink():
        raise PipelineError(Errors.INPUT_MISSING.format(path=root))
    if not root.is_dir():
        raise PipelineError(Errors.INPUT_NOT_DIR.format(path=root))
    paths = [p for p in root.rglob("*") if p.is_file() or (p.is_symlink() and not p.exists())]
    return sorted(paths, key=lambda p: p.relative_to(root).as_posix())


def read_inputs(root: Path, max_mb: float = MAX_FILE_MB) -> Iterator[RawRecord]:
    """Every file under `root` as one or more records; unreadable files become records with an error."""
    for path in list_inputs(root):
        source = path.relative_to(root).as_posix()
        yield from _read_file(path, source, max_mb)


def _read_file(path: Path, source: str, max_mb: float) -> Iterator[RawRecord]:
    if path.is_symlink() and not path.exists():
        yield RawRecord(source, error=Errors.BROKEN_LINK.format(target=os.readlink(path)))
        return
    suffix = path.suffix.lower()
    if suffix not in READ_SUFFIXES and suffix != "":
        yield RawRecord(source, error=Errors.UNSUPPORTED_TYPE.format(suffix=suffix))
        return
    try:
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            yield RawRecord(source, error=Errors.TOO_LARGE.format(size_mb=size / 2**20, limit_mb=max_mb))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield RawRecord(source, error=Errors.UNREADABLE.format(detail=exc.strerror or exc))
        return
    if suffix in {".jsonl", ".ndjson"}:
        yield from _json_lines(data, source)
    elif suffix == ".json":
        yield from _json_file(data, source)
    elif suffix in {".html", ".htm"}:
        yield RawRecord(source, data=data, kind="html")
    else:
        yield RawRecord(source, data=data, kind="text")


def _json_lines(data: bytes, source: str) -> Iterator[RawRecord]:
    text = data.decode("utf-8-sig", errors="replace")
    number = 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        number += 1
        record_source = f"{source}#{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawRecord(record_source, error=Errors.JSONL_MALFORMED.format(line=line_no, detail=exc.msg))
            continue
        if not isinstance(value, dict):
            yield RawRecord(record_source, error=Errors.JSONL_NOT_OBJECT.format(line=line_no, kind=type(value).__name__))
            continue
        yield RawRecord(record_source, fields=value, kind="record")


def _json_file(data: bytes, source: str) -> Iterator[RawRecord]:
    try:
        value = json.loads(data.decode("utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        yield RawRecord(source, error=Errors.JSONL_MALFORMED.format(line=exc.lineno, detail=exc.msg))
        return
    records = value if isinstance(value, list) else [value]
    for number, item in enumerate(records, start=1):
        record_source = source if len(records) == 1 else f"{source}#{number}"
        if isinstance(item, dict):
            yield RawRecord(record_source, fields=item, kind="record")
        else:
            yield RawRecord(record_source, error=Errors.JSONL_NOT_OBJECT.format(line=number, kind=type(item).__name__))


class TableWriter:
    """Streams row batches of every table into a staging folder, then publishes them atomically.

    Use as a context manager: on an exception the staging folder is removed and the tables
    already in the output folder are left as they were.
    """

    FLUSH_ROWS = 2000

    def __init__(self, output: Path, schemas: dict[str, pa.Schema], metadata: dict[str, str]):
        if output.exists() and not output.is_dir():
            raise PipelineError(Errors.OUTPUT_IS_FILE.format(path=output))
        self.output = output
        self.schemas = {name: schema.with_metadata({**(schema.metadata or {}), **{k.encode(): v.encode() for k, v in metadata.items()}})
                        for name, schema in schemas.items()}
        self.staging = output / f".staging-{os.getpid()}"
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[dict]] = {name: [] for name in schemas}

    def __enter__(self) -> "TableWriter":
        self.output.mkdir(parents=True, exist_ok=True)
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
