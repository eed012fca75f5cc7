"""The result cache: per-document rows of earlier runs, so reruns process only new or changed documents."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .publish import writing_to


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
