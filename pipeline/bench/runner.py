"""The benchmark runner: builds the corpus, runs every measurement in a fresh process (`--child`), samples
memory and load, and writes the results (see the package docstring for the runs).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from .corpus import BenchDoc, CorpusBuilder
from ..resources import models_dir
from .report import check_targets


ROOT = models_dir().parent
RESULT_MARKER = "BENCH-RESULT "
CHANGED_SHARE = 0.01
SAMPLE_SECONDS = 0.05


def measure_all(args, argv: list[str]) -> dict:
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        results = run_benchmark(args, args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="asean-bench-") as folder:
            results = run_benchmark(args, Path(folder))
    return {"command": " ".join(["python -m pipeline.bench", *argv]), **results}


def run_benchmark(args, workdir: Path) -> dict:
    from ..version import pipeline_version

    only = set(args.only.split(","))
    builder = CorpusBuilder.from_disk(ROOT / "seeds")
    # One version for the whole benchmark: engineers editing pipeline/ meanwhile must not empty the cache
    version = pipeline_version()
    corpus = workdir / "corpus"
    docs = write_corpus(builder, corpus, args.docs, args.seed)
    results = {"generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine(),
               "pipeline_version": version, "corpus": corpus_stats(docs, args.seed), "runs": {}}
    runs = results["runs"]
    size = sizes(docs)

    def extract_task(output: str, workers: int, full: bool) -> dict:
        return {"kind": "extract", "input": str(corpus), "output": str(workdir / output), "workers": workers,
                "full": full, "version": version}

    if "floor" in only:
        runs["floor"] = fastest(args.repeat, lambda _: measure({"kind": "floor", "input": str(corpus)}, **size))
    if "floor" in only and "workers" in only:
        # the same models in two processes at once: what this machine gives two workers at best
        runs["floor_2p"] = fastest(args.repeat, lambda _: measure({"kind": "floor_parallel", "input": str(corpus)},
                                                                  **size))
    if "full" in only or "rerun" in only:
        runs["full_1w"] = fastest(args.repeat, lambda _: measure(extract_task("out-1w", 1, True), **size))
    if "workers" in only:
        runs["full_2w"] = fastest(args.repeat, lambda _: measure(extract_task("out-2w", 2, True), **size))
    if "rerun" in only:
        runs["rerun_nochange"] = fastest(args.repeat, lambda _: measure(extract_task("out-1w", 1, False), **size))
        changed = max(1, math.ceil(CHANGED_SHARE * len(docs)))

        def rerun_changed(attempt: int) -> dict:
            change_documents(builder, corpus, docs, changed, args.seed + attempt)
            return {**measure(extract_task("out-1w", 1, False), **size), "changed_docs": changed}
        runs["rerun_1pct"] = fastest(args.repeat, rerun_changed)
    if "seeds" in only:    # what `make extract` does on a fresh output: the seeds, the CLI's default workers
        runs["seeds"] = fastest(args.repeat, lambda attempt: measure(
            {**extract_task(f"out-seeds-{attempt}", os.cpu_count() or 1, True), "input": str(ROOT / "seeds")},
            **sizes([BenchDoc(p.name, "", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").iterdir())
                     if p.is_file()])))
    if "memory" in only:
        for count in (int(n) for n in args.memory_docs.split(",")):
            runs[f"memory_{count}"] = memory_run(builder, workdir, count, args, version)
    if "profile" in only:
        runs["profile"] = profile_run(builder, workdir, args, version)
    if "components" in only:
        runs["components"] = components_run(builder, workdir, args)
    results["targets"] = check_targets(runs)
    results["code_versions"] = sorted({r["code"] for r in runs.values()})
    return results


def write_corpus(builder: CorpusBuilder, folder: Path, count: int, seed: int) -> list[BenchDoc]:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    docs = list(builder.documents(count, seed))
    for doc in docs:
        (folder / doc.name).write_text(doc.text, encoding="utf-8")
    return docs


def sizes(docs: list[BenchDoc]) -> dict:
    return {"docs": len(docs), "chars": sum(len(d.text) for d in docs)}


def change_documents(builder: CorpusBuilder, folder: Path, docs: list[BenchDoc], count: int, seed: int) -> None:
    """Edit `count` documents spread over the corpus (one more sentence each), in place."""
    step = len(docs) / count
    for doc in (docs[int(i * step)] for i in range(count)):
        current = BenchDoc(doc.name, doc.lang, (folder / doc.name).read_text(encoding="utf-8"))
        (folder / doc.name).write_text(builder.changed(current, seed).text, encoding="utf-8")


def memory_run(builder: CorpusBuilder, workdir: Path, count: int, args, version: str) -> dict:
    folder = workdir / f"memory-{count}"
    docs = write_corpus(builder, folder, count, args.seed)
    task = {"kind": "extract", "input": str(folder), "output": str(workdir / f"memory-{count}-out"),
            "workers": args.memory_workers, "full": True, "version": version}
    result = measure(task, **sizes(docs))
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(workdir / f"memory-{count}-out", ignore_errors=True)
    return result


def profile_run(builder: CorpusBuilder, workdir: Path, args, version: str) -> dict:
    folder = workdir / "profile"
    docs = write_corpus(builder, folder, args.profile_docs, args.seed)
    stats = args.out.parent / "profile.pstats"
    stats.parent.mkdir(parents=True, exist_ok=True)
    task = {"kind": "profile", "input": str(folder), "output": str(workdir / "profile-out"), "version": version,
            "stats": str(stats)}
    return measure(task, **sizes(docs))


def components_run(builder: CorpusBuilder, workdir: Path, args) -> dict:
    folder = workdir / "components"
    docs = write_corpus(builder, folder, args.profile_docs, args.seed)
    return measure({"kind": "components", "input": str(folder)}, **sizes(docs))


def fastest(repeat: int, run: Callable[[int], dict]) -> dict:
    """The fastest of `repeat` runs: on a shared machine the others are slowed by someone else's work."""
    runs = [run(attempt) for attempt in range(max(1, repeat))]
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "all_seconds": [r["seconds"] for r in runs]} if len(runs) > 1 else best


def measure(task: dict, docs: int, chars: int) -> dict:
    """Run one task in a child process; its timing, with the tree's peak RSS and the machine's load."""
    import psutil

    code_before = code_digest()
    busy_before, load_before = _busy_cpu(psutil), os.getloadavg()[0]
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "pipeline.bench", "--child", json.dumps(task)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = RssSampler(child.pid)
    sampler.start()
    out, err = child.communicate()
    sampler.stop()
    wall = time.perf_counter() - started
    lines = [line for line in out.splitlines() if line.startswith(RESULT_MARKER)]
    if child.returncode or not lines:
        raise RuntimeError(f"benchmark task {task['kind']} failed:\n{err[-4000:]}")
    result = json.loads(lines[-1].removeprefix(RESULT_MARKER))
    others = max(0.0, _busy_cpu(psutil) - busy_before - result["cpu_seconds"]) / wall
    result.update(docs=docs, chars=chars, docs_per_s=docs / result["seconds"], chars_per_s=chars / result["seconds"],
                  peak_rss_mb=sampler.peak / 2**20, peak_parent_rss_mb=sampler.peak_parent / 2**20, load_before=load_before, load_after=os.getloadavg()[0],
                  other_cores_busy=others, code=code_before if code_digest() == code_before else "changed during the run")
    name = task["kind"] + (f" {task['workers']}w" if "workers" in task else "")
    print(f"{name:12} {docs:6} docs {result['seconds']:8.1f} s {result['docs_per_s']:7.2f} docs/s "
          f"{result['chars_per_s']:9.0f} chars/s  peak {result['peak_rss_mb']:6.0f} MB  "
          f"load {load_before:.2f}->{result['load_after']:.2f}, others busy {others:.2f} cores", file=sys.stderr)
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}


def code_digest() -> str:
    """Digest of the code and data a run executes (not the benchmark's own): other engineers edit
    stages while the benchmark runs, and runs of different code must not be compared."""
    digest = hashlib.sha256()
    code = ROOT / "pipeline"
    files = sorted(p for p in code.rglob("*.py") if not p.is_relative_to(code / "bench")) \
        + sorted(p for p in models_dir().rglob("*") if p.is_file())
    for path in files:
        if path.parent.name != "bench":          # models/bench/: the benchmark's own corpus data
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def _busy_cpu(psutil) -> float:
    """CPU seconds all processes of the machine have used so far."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


class RssSampler(threading.Thread):
    """Samples the resident memory of a process and all its descendants (the workers), summed;
    and the peaks of the process alone, which tell the parent's growth from the workers'."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = self.peak_parent = 0
        self._done = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
            while not self._done.wait(SAMPLE_SECONDS):
                self.peak = max(self.peak, _tree_rss(root, psutil))
                self.peak_parent = max(self.peak_parent, root.memory_info().rss)
        except psutil.Error:
            pass   # the child has exited

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree_rss(root, psutil) -> int:
    total = 0
    for process in [root, *root.children(recursive=True)]:
        try:
            total += process.memory_info().rss
        except psutil.Error:
            pass   # a worker that just exited
    return total


def run_child(task: dict) -> dict:
    from .components import component_task

    tasks = {"floor": model_floor, "floor_parallel": model_floor_parallel, "extract": extract_task,
             "profile": profile_task, "components": component_task}
    result = tasks[task["kind"]](task)
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    result["cpu_seconds"] = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return result


def bench_texts(task: dict) -> tuple[list[str], list[str]]:
    """The English and the Vietnamese texts exactly as the pipeline gets them from ingest."""
    from ..stages.ingest import ingest
    from ..io.inputs import read_inputs

    texts = {record.source: ingest(record).text for record in read_inputs(Path(task["input"]))}
    if "part" in task:        # [k, n]: every n-th document from the k-th (floor_parallel)
        k, n = task["part"]
        texts = {source: texts[source] for i, source in enumerate(sorted(texts)) if i % n == k}
    english = [text for source, text in texts.items() if source.endswith("-en.txt")]
    vietnamese = [text for source, text in texts.items() if source.endswith("-vi.txt")]
    return english, vietnamese


def floor_nlp():
    """The floor's spaCy, as issue 7 defined it: the model package's whole English pipeline with the line
    boundaries tokenize.py adds (all run), whatever components tokenize.py itself runs."""
    from ..stages.tokenize import load_english

    return load_english()


def model_floor(task: dict) -> dict:
    """The models alone over exactly the texts the pipeline gets from ingest: spaCy's whole English pipeline
    (nlp.pipe), underthesea's sent_tokenize and ner per sentence (the floor of issue 7, unchanged)."""
    english, vietnamese = bench_texts(task)
    started = time.perf_counter()
    from underthesea import ner, sent_tokenize

    from ..stages.tokenize import SPACY_BATCH

    nlp = floor_nlp()
    ner(sent_tokenize("Hội nghị diễn ra tại Hà Nội.")[0])   # loads the CRF models, as the first document would
    loaded = time.perf_counter()
    for _ in nlp.pipe(english, batch_size=SPACY_BATCH):
        pass
    english_done = time.perf_counter()
    for text in vietnamese:
        for line in filter(None, text.split("\n")):         # tokenize.py: lines are hard boundaries
            for sentence in sent_tokenize(line):
                if sentence.strip():
                    ner(sentence)
    done = time.perf_counter()
    return {"seconds": done - started, "load_seconds": loaded - started, "english_seconds": english_done - loaded,
            "vietnamese_seconds": done - english_done, "spacy_components": list(nlp.pipe_names)}


def model_floor_parallel(task: dict) -> dict:
    """The model floor split over two spawned processes running at once (as --workers 2 spawns them)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = list(pool.map(model_floor, [{**task, "part": [k, 2]} for k in range(2)]))
    return {"seconds": time.perf_counter() - started, "part_seconds": [p["seconds"] for p in parts]}


def extract_task(task: dict) -> dict:
    started = time.perf_counter()
    run, processed = _pinned_run(task)
    summary = run.extract(Path(task["input"]), Path(task["output"]), workers=task["workers"], full=task["full"])
    return {"seconds": time.perf_counter() - started, "workers": task["workers"], "counts": dict(summary.counts),
            "processed_docs": processed[0] if task["workers"] == 1 else None}


def profile_task(task: dict) -> dict:
    import cProfile
    import pstats

    from .profiling import summarise

    started = time.perf_counter()
    run, _ = _pinned_run(task)
    profiler = cProfile.Profile()
    profiler.enable()
    run.extract(Path(task["input"]), Path(task["output"]), workers=1, full=True)
    profiler.disable()
    seconds = time.perf_counter() - started
    profiler.dump_stats(task["stats"])
    return {"seconds": seconds, **summarise(pstats.Stats(profiler))}


def _pinned_run(task: dict):
    """pipeline.run with the benchmark's version and, for one worker, a count of the documents processed."""
    import pipeline.run as run

    run.pipeline_version = lambda: task["version"]
    processed = [0]
    if task.get("workers") == 1:   # worker processes import the original process_batch by name
        original = run.process_batch

        def counting(docs):
            processed[0] += len(docs)
            return original(docs)
        run.process_batch = counting
    return run, processed


def machine() -> dict:
    import psutil

    return {"cores": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "platform": platform.platform(), "python": platform.python_version(), "packages": _versions()}


def _versions() -> dict:
    from importlib import metadata

    from ..version import EXTERNAL_MODELS

    found = {}
    for package in EXTERNAL_MODELS:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = None
    return found


def corpus_stats(docs: list[BenchDoc], seed: int) -> dict:
    sizes = [len(d.text.encode("utf-8")) for d in docs]
    return {"docs": len(docs), "english": sum(d.lang == "en" for d in docs), "vietnamese": sum(d.lang == "vi" for d in docs),
            "bytes": sum(sizes), "chars": sum(len(d.text) for d in docs), "min_bytes": min(sizes),
            "max_bytes": max(sizes), "seed": seed}


def write_json(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
