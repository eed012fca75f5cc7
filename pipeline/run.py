"""Wires the stages: inputs -> ingest -> (per batch) langid, tokenize, entities, ... -> tables.

Documents stream through in batches; only the small per-meeting mentions are kept until the
end, where meetings are merged across the corpus. A stage that raises on one document fails
that document alone, with the stage named in its error.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .document import FAILED, SKIPPED, Document, MeetingMention
from .errors import Errors
from .ingest import ingest
from .storage import TableWriter, read_inputs
from .tables import SCHEMAS, commitment_rows, document_row, entity_rows
from .version import CONTRACT_VERSION, pipeline_version

BATCH_SIZE = 32


def _stages() -> list[tuple[str, Callable[[Document], object], bool]]:
    """(name, function, works on a whole batch) in pipeline order; imports are lazy."""
    from .entities import find_entities
    from .langid import detect_language
    from .tokenize import tokenize_batch

    return [
        ("langid", detect_language, False),
        ("tokenize", tokenize_batch, True),
        ("entities", find_entities, False),
    ]


@dataclass
class DocResult:
    """Everything one document contributes to the tables; picklable, so workers can return it."""
    doc_id: str
    status: str
    rows: dict[str, list[dict]]
    meetings: list[MeetingMention] = field(default_factory=list)


@dataclass
class RunSummary:
    counts: Counter
    seconds: float
    output: Path

    def line(self) -> str:
        total = sum(self.counts.values())
        parts = ", ".join(f"{self.counts.get(s, 0)} {s}" for s in ("ok", "skipped", "failed"))
        return f"{total} documents: {parts} in {self.seconds:.1f} s -> {self.output}"


def process_batch(docs: list[Document]) -> list[DocResult]:
    """Run every stage over a batch of ingested documents and return their rows."""
    version = pipeline_version()
    for name, stage, whole_batch in _stages():
        if whole_batch:
            _run_batch_stage(name, stage, docs)
        else:
            for doc in docs:
                if doc.ok:
                    _run_stage(name, stage, doc)
    return [_result(doc, version) for doc in docs]


def _run_batch_stage(name: str, stage: Callable, docs: list[Document]) -> None:
    live = [d for d in docs if d.ok]
    try:
        stage(live)
    except Exception:  # noqa: BLE001 — retry one by one so that only the culprit fails
        for doc in live:
            _run_stage(name, lambda d: stage([d]), doc)


def _run_stage(name: str, stage: Callable, doc: Document) -> None:
    try:
        stage(doc)
    except Exception as exc:  # noqa: BLE001 — one bad document must not stop the run
        detail = str(exc).splitlines()[0][:300] if str(exc) else "no message"
        doc.fail(FAILED, Errors.STAGE_FAILED.format(stage=name, kind=type(exc).__name__, detail=detail))


def _result(doc: Document, version: str) -> DocResult:
    rows = {"documents": [document_row(doc, version)], "entities": [], "commitments": []}
    if doc.ok:
        rows["entities"] = entity_rows(doc)
        rows["commitments"] = commitment_rows(doc)
    return DocResult(doc.doc_id, doc.status, rows, list(doc.meetings) if doc.ok else [])


def ingested(records: Iterable) -> Iterator[Document]:
    """Ingest every record; a text seen before is skipped as a duplicate of its first source."""
    first_source: dict[str, str] = {}
    for record in records:
        doc = ingest(record)
        if doc.ok:
            if doc.doc_id in first_source:
                doc.status, doc.error = SKIPPED, Errors.DUPLICATE.format(source=first_source[doc.doc_id])
            else:
                first_source[doc.doc_id] = doc.source
        yield doc


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract(input_dir: Path, output_dir: Path, workers: int | None = None, batch_size: int = BATCH_SIZE,
            progress: Callable[[DocResult], None] | None = None) -> RunSummary:
    """Run the pipeline over every file under `input_dir` and write the four tables to `output_dir`."""
    started = time.perf_counter()
    counts: Counter = Counter()
    mentions: list[tuple[str, MeetingMention]] = []
    metadata = {"contract_version": CONTRACT_VERSION, "pipeline_version": pipeline_version()}
    with TableWriter(output_dir, SCHEMAS, metadata) as writer:
        for batch in batches(ingested(read_inputs(input_dir)), batch_size):
            for result in process_batch(batch):
                counts[result.status] += 1
                for table, rows in result.rows.items():
                    writer.write(table, rows)
                mentions.extend((result.doc_id, m) for m in result.meetings)
                if progress:
                    progress(result)
        writer.write("meetings", merge_meetings(mentions))
    return RunSummary(counts, time.perf_counter() - started, output_dir)


def merge_meetings(mentions: list[tuple[str, MeetingMention]]) -> list[dict]:
    """One row per distinct meeting across the corpus (delegates to the meetings stage when present)."""
    if not mentions:
        return []
    from .meetings import merge_mentions

    return merge_mentions(mentions)
