"""ASEAN diplomacy news -> Parquet tables (documents, entities, meetings, commitments).

A flat public API, one function per task; heavy libraries load only when a task needs them.

    from pipeline import extract, load
    extract("seeds", "outputs")
    tables = load("outputs")          # DataFrames with real dtypes: tables.meetings, tables["commitments"], ...
"""
from __future__ import annotations

from pathlib import Path


def extract(input_dir, output_dir, workers: int | None = None):
    """Run the pipeline over a folder of articles; returns a RunSummary."""
    from .run import extract as run_extract

    return run_extract(Path(input_dir), Path(output_dir), workers=workers)


def evaluate(gold_dir, output_dir, split: str | None = None, by: str | None = None) -> dict:
    """Scores of the tables in `output_dir` against the gold annotations in `gold_dir` (only the gold
    files of `split`, "dev" or "test", when given), per language and overall, and per series or outlet
    with `by`."""
    from .evaluate import evaluate as run_evaluate

    return run_evaluate(Path(gold_dir), Path(output_dir), split=split, by=by)


def load(output_dir, tables: list[str] | None = None):
    """The tables a run wrote to `output_dir` as pandas DataFrames, in a dict that also allows
    `tables.meetings`: dates as datetime64, nullable Int16/Int32 integers, `string` columns, lists as
    Python lists. `tables` names a subset (default: all five)."""
    from .frames import load_tables

    return load_tables(Path(output_dir), tables)


def write_report(output_dir, today=None):
    """Write `output_dir/report.html` (plots, run summary, evidence) from the tables there; returns its path.
    Deadlines on or after `today` (a date; default: now) are marked as ahead."""
    from .report import write_report as write

    return write(Path(output_dir), today)


def process_text(text: str, source: str = "<text>"):
    """All stages over one text; returns the DocResult (rows per table) — handy in notebooks and tests."""
    from .run import process_batch
    from .stages.ingest import ingest
    from .io.inputs import RawRecord

    return process_batch([ingest(RawRecord(source, fields={"text": text}, kind="record"))])[0]


__all__ = ["extract", "evaluate", "load", "write_report", "process_text"]
