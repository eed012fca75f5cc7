"""Small file helpers for the entry points: a published table, the gold files, a marked README section."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import Errors, PipelineError

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
