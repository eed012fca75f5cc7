"""Wires the stages: inputs -> ingest -> (per batch) langid, tokenize, entities, ... -> tables.

Documents stream through in batches; only the small per-meeting mentions are kept until the
end, where meetings are merged across the corpus. A stage that raises on one document, or runs
over its time limit, fails that document alone, with the stage named in its error.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .document import FAILED, SKIPPED, Document, MeetingMention
from .errors import ClusterError, Errors, PipelineError, stage_failed
from .ids import row_id
from .stages.ingest import failed_document, ingest, published_note
from .kb import knowledge_base
from .io.cache import ResultCache
from .io.inputs import count_documents, list_inputs, read_inputs
from .io.publish import OutputLock, TableWriter
from .io.tables import (CACHED_TABLES, CONTRACT_VERSIONS, SCHEMAS, EntityTally, entity_index_rows, mention_from_row,
                     mention_rows, published_document_row, table_rows)
from .timelimit import TimeLimitExceeded, time_limit
from .version import pipeline_version

BATCH_SIZE = 32
# Documents a worker process gets at a time. A batch (one cache part) is split into jobs this size so that
# at the end of a run no worker idles while another finishes a whole batch (a 32-document batch is ~10 s).
WORKER_JOB_SIZE = 8
# Seconds one stage may spend on one document. A news article takes well under a second per stage
# and the longest text ingest lets through (500,000 characters) about 20 s in the parser; the first
# call of a stage also loads its model. A document over this is pathological: it fails alone.
STAGE_TIME_LIMIT = 120.0
# Seconds to wait for a Dask scheduler given with --scheduler before telling the user it cannot be reached.
SCHEDULER_TIMEOUT = 20.0
# How often a worker process checks that its parent is alive, and how long workers get to stop when told to.
PARENT_CHECK_SECONDS = 1.0
WORKER_STOP_SECONDS = 3.0
# A batch allocates millions of short-lived objects that reference counting frees; at Python's default thresholds
# the cyclic collector also walks the whole heap (models, rule data, the rows of earlier batches) again and again,
# a tenth of a long run's time. Cycles are rare here (a run of 400 documents leaves about 50 objects to collect).
GC_THRESHOLDS = (100_000, 50, 100)
# A text with at least this share of letters bearing diacritics is taken for Vietnamese when a small run is shared
# between two processes by script (Vietnamese news: 0.2-0.3; English, with the odd "Hà Nội": under 0.01).
MARKED_SCRIPT_SHARE = 0.05


def _stages() -> list[tuple[str, Callable[[Document], object], bool]]:
    """(name, function, works on a whole batch) in pipeline order; imports are lazy."""
    from .commitments import find_commitments
    from .stages.dates import find_dates
    from .entities import find_entities
    from .stages.langid import detect_language
    from .meetings import find_meetings
    from .stages.tokenize import tokenize_batch

    return [
        ("langid", detect_language, False),
        ("tokenize", tokenize_batch, True),
        ("dates", find_dates, False),
        ("meetings", find_meetings, False),
        ("entities", find_entities, False),
        ("commitments", find_commitments, False),
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
        return Errors.SUMMARY.format(total=sum(self.counts.values()), ok=self.counts.get("ok", 0),
                                     skipped=self.counts.get("skipped", 0), failed=self.counts.get("failed", 0),
                                     seconds=self.seconds, output=self.output)


def process_batch(docs: list[Document]) -> list[DocResult]:
    """Run every stage over a batch of ingested documents and return their rows."""
    version = pipeline_version()
    with _fewer_collections():
        for name, stage, whole_batch in _stages():
            if whole_batch:
                _run_batch_stage(name, stage, docs)
            else:
                for doc in docs:
                    if doc.ok:
                        _run_stage(name, stage, doc)
        return [_result(doc, version) for doc in docs]


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """The cyclic garbage collector run less often while a run or a batch goes on (restored after)."""
    saved = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*saved)


def _run_batch_stage(name: str, stage: Callable, docs: list[Document]) -> None:
    live = [d for d in docs if d.ok]
    _, problem = _guarded(name, lambda: stage(live), STAGE_TIME_LIMIT * len(live))
    if problem:   # retry one by one so that only the culprit fails
        for doc in live:
            _run_stage(name, lambda d: stage([d]), doc)


def _run_stage(name: str, stage: Callable, doc: Document) -> None:
    _, problem = _guarded(name, lambda: stage(doc))
    if problem:
        doc.fail(FAILED, problem)


def _guarded(name: str, call: Callable[[], Any], seconds: float | None = None) -> tuple[Any, str | None]:
    """(result, None), or (None, the message) if the call raised or ran over its time limit."""
    limit = STAGE_TIME_LIMIT if seconds is None else seconds
    try:
        with time_limit(limit):
            return call(), None
    except TimeLimitExceeded:
        return None, Errors.STAGE_TIMEOUT.format(stage=name, seconds=limit)
    except Exception as exc:  # noqa: BLE001 — one bad document must not stop the run
        return None, stage_failed(name, exc)


def _result(doc: Document, version: str) -> DocResult:
    note = published_note(doc) if doc.ok else None
    if note:   # worded now that the stages have settled what `published` holds
        doc.error = f"{doc.error}; {note}" if doc.error else note
    rows, problem = _guarded("tables", lambda: table_rows(doc, version))
    if problem:   # a value a stage got wrong fails its document here, not the whole table write later
        doc.fail(FAILED, problem)
        rows = table_rows(doc, version)
    return DocResult(doc.doc_id, doc.status, rows, list(doc.meetings) if doc.ok else [])


def ingested(records: Iterable) -> Iterator[Document]:
    """Ingest every record; a text seen before is skipped as a duplicate of its first source."""
    first_source: dict[str, str] = {}
    for record in records:
        doc, problem = _guarded("ingest", lambda: ingest(record))
        doc = failed_document(record.source, problem) if problem else doc
        if doc.ok:
            if doc.doc_id in first_source:
                doc.status, doc.error = SKIPPED, Errors.DUPLICATE.format(source=first_source[doc.doc_id])
                doc.duplicate_of = doc.doc_id
            else:
                first_source[doc.doc_id] = doc.source
        yield doc


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass
class BatchPlan:
    """One batch of ingested documents and which of them need the stages (the rest come from the cache)."""
    docs: list[Document]
    to_process: list[Document]

    @property
    def part(self) -> str:
        return "part-" + row_id(*sorted(d.doc_id for d in self.to_process))


def plan_batches(docs: Iterable[Document], cache: ResultCache, size: int, full: bool) -> Iterator[BatchPlan]:
    for batch in batches(docs, size):
        yield BatchPlan(batch, [d for d in batch if d.ok and (full or d.doc_id not in cache)])


def assemble(plan: BatchPlan, fresh: list[DocResult], cache: ResultCache, version: str) -> Iterator[DocResult]:
    """The batch's results in input order: fresh ones, cached ones, and rows for what ingest rejected."""
    by_id = {r.doc_id: r for r in fresh}
    for doc in plan.docs:
        if doc.ok and doc.doc_id in by_id:
            result = by_id[doc.doc_id]
        elif doc.ok and doc.doc_id in cache:
            result = _cached_result(doc, cache.rows(doc.doc_id))
        else:
            result = _result(doc, version)
        # the parent's version is the run's version, whatever a worker computed from its own view of the files
        result.rows["documents"] = [published_document_row(result.rows["documents"][0], version)]
        yield result


def _cached_result(doc: Document, rows: dict[str, list[dict]]) -> DocResult:
    document = {**rows["documents"][0], "source": doc.source}   # the same text may come from a renamed file
    return DocResult(doc.doc_id, document["status"],
                     {"documents": [document], "entities": rows["entities"], "commitments": rows["commitments"]},
                     [mention_from_row(r) for r in rows["mentions"]])


def _cache_rows(results: list[DocResult]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {table: [] for table in CACHED_TABLES}
    # a failure may come from the moment (a time limit on a busy machine): such documents are retried next run
    for result in (r for r in results if r.status != FAILED):
        for table in ("documents", "entities", "commitments"):
            rows[table].extend(result.rows[table])
        rows["mentions"].extend(mention_rows(result.doc_id, result.meetings))
    return rows


def extract(input_dir: Path, output_dir: Path, workers: int | None = 1, batch_size: int = BATCH_SIZE,
            full: bool = False, engine: str = "local", scheduler: str | None = None,
            progress: Callable[[DocResult], None] | None = None, allow_empty: bool = False,
            planned: Callable[[int], None] | None = None) -> RunSummary:
    """Run the pipeline over every file under `input_dir` and write the four tables to `output_dir`.

    Documents already processed by the same pipeline version are taken from the cache in
    `output_dir/.cache` unless `full`; the tables are identical either way, and for any
    number of workers or either engine. An input folder without a single file is refused (it is
    more often a mount that failed than a corpus), unless `allow_empty`: then the tables are empty.
    `planned` is told how many documents the inputs hold (about: a .json file counts as one) before
    they are read; `progress` is given each document's result.
    """
    started = time.perf_counter()
    workers = 1 if workers is None else workers
    for option, value in (("workers", workers), ("batch_size", batch_size)):
        if not isinstance(value, int) or value < 1:
            raise PipelineError(Errors.NOT_POSITIVE.format(option=option, value=value))
    if output_dir.resolve() == input_dir.resolve():
        raise PipelineError(Errors.OUTPUT_IS_INPUT.format(path=output_dir))
    entries = list_inputs(input_dir, output_dir)
    if not entries and not allow_empty:
        raise PipelineError(Errors.INPUT_EMPTY.format(path=input_dir, output=output_dir))
    version = pipeline_version()
    counts: Counter = Counter()
    mentions: list[tuple[str, MeetingMention]] = []
    metadata = {table: {"contract_version": CONTRACT_VERSIONS[table], "pipeline_version": version} for table in SCHEMAS}
    entities = EntityTally()
    with OutputLock(output_dir), _fewer_collections():     # the parent gathers every batch's rows: a growing heap
        if planned:
            planned(count_documents(entries))
        cache = ResultCache(output_dir, version, CACHED_TABLES)
        plans = plan_batches(ingested(read_inputs(input_dir, entries=entries)), cache, batch_size, full)
        with TableWriter(output_dir, SCHEMAS, metadata) as writer, batch_runner(engine, workers, scheduler) as run:
            for plan, fresh in run(plans):
                if fresh:
                    cache.store(plan.part, _cache_rows(fresh))
                for result in assemble(plan, fresh, cache, version):
                    counts[result.status] += 1
                    for table, rows in result.rows.items():
                        writer.write(table, rows)
                    mentions.extend((result.doc_id, m) for m in result.meetings)
                    entities.add(result.rows["entities"])
                    if progress:
                        progress(result)
            writer.write("meetings", merge_meetings(mentions))
            writer.write("entity_index", entity_index_rows(entities, knowledge_base()))
        cache.drop_other_versions()
    return RunSummary(counts, time.perf_counter() - started, output_dir)


Runner = Callable[[Iterable[BatchPlan]], Iterator[tuple[BatchPlan, list[DocResult]]]]


@contextmanager
def batch_runner(engine: str, workers: int, scheduler: str | None = None) -> Iterator[Runner]:
    """A function that runs the stages over each plan's documents and yields (plan, results) in order.

    Whatever ends the run early (an error, Ctrl-C, SIGTERM), worker processes are stopped at once,
    not left to finish the work already given to them.
    """
    if engine == "dask":
        with _dask_client(workers, scheduler) as client, _cluster_errors():
            yield lambda plans: _ordered(plans, _in_jobs(lambda job: client.submit(process_batch, job, pure=False)),
                                         _gathered, window=2 * workers)
    elif engine != "local":
        raise PipelineError(Errors.UNKNOWN_ENGINE.format(engine=engine))
    elif workers <= 1:
        yield _in_process
    else:
        # spawn, not fork: the parent has pyarrow's threads running, and workers load their own models
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=worker_started, initargs=(os.getpid(),))
        try:
            yield lambda plans: _one_job_here(plans, lambda more: _ordered(
                more, _in_jobs(lambda job: pool.submit(process_batch, job)), _gathered, window=2 * workers),
                lambda docs: pool.submit(process_batch, docs))
        except BrokenProcessPool as exc:
            _stop_workers(pool)
            raise ClusterError(Errors.WORKER_DIED.format(detail=exc)) from None
        except BaseException:
            _stop_workers(pool)
            raise
        pool.shutdown(wait=True)


def _in_process(plans: Iterable[BatchPlan]) -> Iterator[tuple[BatchPlan, list[DocResult]]]:
    return ((plan, process_batch(plan.to_process) if plan.to_process else []) for plan in plans)


def _one_job_here(plans: Iterable[BatchPlan], in_workers: Runner,
                  submit: Callable[[list[Document]], Any]) -> Iterator[tuple[BatchPlan, list[DocResult]]]:
    """A run whose documents all fit in one worker job (a handful of articles, a rerun with one change) is done
    in this process: a worker would only add its start and a second load of the models. Where it mixes
    English and Vietnamese, one worker takes the documents of the smaller language meanwhile, so that
    each process loads one language's models and both cores work. The tables are the same either way;
    the plans are read one ahead to know."""
    plans = iter(plans)
    first = next(plans, None)
    second = next(plans, None) if first is not None else None
    if second is None and (first is None or len(first.to_process) <= WORKER_JOB_SIZE):
        if first is not None:
            yield first, _shared_by_script(first.to_process, submit)
        return
    yield from in_workers(chain([p for p in (first, second) if p is not None], plans))


def _shared_by_script(docs: list[Document], submit: Callable[[list[Document]], Any]) -> list[DocResult]:
    """The documents' results, those written mostly in unmarked letters (English) and those in letters with
    diacritics (Vietnamese) processed at once, the smaller group (in characters) by a worker. The split is a
    guess for sharing work only: each process runs the language identifier over what it gets."""
    from .stages.langid import marked_letter_share

    groups: dict[bool, list[Document]] = {}
    for doc in docs:
        groups.setdefault(marked_letter_share(doc.text) >= MARKED_SCRIPT_SHARE, []).append(doc)
    if len(groups) < 2:
        return process_batch(docs) if docs else []
    here, there = sorted(groups.values(), key=lambda group: -sum(len(d.text) for d in group))
    theirs = submit(there)
    results = {r.doc_id: r for r in process_batch(here)}
    results.update((r.doc_id, r) for r in theirs.result())
    return [results[doc.doc_id] for doc in docs]


def worker_started(parent_pid: int) -> None:
    """In each worker process: leave Ctrl-C to the parent, which stops the workers itself (a Ctrl-C at a
    terminal reaches every process of the group), and exit if the parent is gone (killed with SIGKILL:
    nothing else would stop a worker waiting for its next job)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch_parent() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)
    threading.Thread(target=watch_parent, name="watch-parent", daemon=True).start()


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's processes now (SIGTERM, then SIGKILL for any still there after a few seconds)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + WORKER_STOP_SECONDS
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join(1)


def _in_jobs(submit: Callable) -> Callable[[list[Document]], list]:
    """Submit a batch as several worker jobs (WORKER_JOB_SIZE): their futures, in order."""
    return lambda docs: [submit(job) for job in batches(docs, WORKER_JOB_SIZE)]


def _gathered(futures: list) -> list[DocResult]:
    return [result for future in futures for result in future.result()]


def _ordered(plans: Iterable[BatchPlan], submit: Callable, wait: Callable, window: int
             ) -> Iterator[tuple[BatchPlan, list[DocResult]]]:
    """Submit batches ahead, at most `window` in flight (bounded memory), and yield them in input order."""
    pending: deque = deque()
    for plan in plans:
        pending.append((plan, submit(plan.to_process) if plan.to_process else None))
        while len(pending) > window or pending and pending[0][1] is None:
            plan_done, job = pending.popleft()
            yield plan_done, wait(job) if job is not None else []
    while pending:
        plan_done, job = pending.popleft()
        yield plan_done, wait(job) if job is not None else []


@contextmanager
def _dask_client(workers: int, scheduler: str | None):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise PipelineError(Errors.DASK_MISSING) from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            detail = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ClusterError(Errors.SCHEDULER_UNREACHABLE.format(address=scheduler, seconds=SCHEDULER_TIMEOUT,
                                                                   detail=detail)) from None
        with client:
            yield client
    else:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            yield client


@contextmanager
def _cluster_errors() -> Iterator[None]:
    """A cluster that fails under the run (a worker killed, the scheduler gone) ends it with a ClusterError."""
    from distributed import KilledWorker

    try:
        yield
    except (KilledWorker, OSError) as exc:
        detail = str(exc).splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ClusterError(Errors.CLUSTER_FAILED.format(detail=detail)) from None


def merge_meetings(mentions: list[tuple[str, MeetingMention]]) -> list[dict]:
    """One row per distinct meeting across the corpus (delegates to the meetings stage when present)."""
    if not mentions:
        return []
    from .meetings import merge_mentions

    return merge_mentions(mentions)
