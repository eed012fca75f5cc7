"""Command line: `python -m pipeline extract ...` and `python -m pipeline evaluate ...`."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

from .errors import Errors, ExitCode, PipelineError

DESCRIPTION = """Turn English and Vietnamese news about ASEAN diplomacy into Parquet tables.

  extract   read every article under --input and write documents, entities, meetings
            and commitments tables (Parquet) to --output
  evaluate  score the tables in --output against gold annotations in --gold
  report    write --output/report.html: plots and evidence from the tables in --output

Load the results with pandas:  pandas.read_parquet("outputs/entities.parquet")"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=_program_name(), description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=_Version, help="print the pipeline and contract versions and exit")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="run the pipeline over a folder of articles",
                                  description="Read .txt/.jsonl/.json/.html articles under --input (recursively) "
                                              "and write the four tables to --output.")
    extract.add_argument("--input", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    extract.add_argument("--output", type=Path, default=Path("outputs"), help="folder for the tables (default: outputs)")
    extract.add_argument("--workers", type=_positive("--workers"), default=None,
                         help="worker processes, 1 or more (default: number of cores); results are identical "
                              "for any value")
    extract.add_argument("--batch-size", type=_positive("--batch-size"), default=32,
                         help="documents per batch (default: 32)")
    extract.add_argument("--allow-empty", action="store_true",
                         help="write empty tables when --input holds no files (by default such a run is refused "
                              "with exit status 2 and the previous tables are kept)")
    extract.add_argument("--full", action="store_true",
                         help="reprocess every document, ignoring results cached by earlier runs in OUTPUT/.cache")
    extract.add_argument("--engine", choices=["local", "dask"], default="local",
                         help="local worker processes (default), or a Dask cluster (needs `pip install .[dask]`)")
    extract.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                         help="with --engine dask: the scheduler of a running cluster (default: a local cluster)")
    extract.add_argument("--strict", action="store_true",
                         help="exit with status 1 if any file failed (for CI); by default failures are "
                              "recorded in documents.parquet and the exit status is 0")
    extract.add_argument("--quiet", action="store_true",
                         help="print only the closing summary, not a line per skipped or failed file")

    evaluate = commands.add_parser(
        "evaluate", help="precision, recall and F1 against gold annotations",
        description="Score the seeds' tables and the real corpus's dev and test splits against their gold "
                    "files (format: tests/gold/README.md). The test split's scores are printed, its misses "
                    "and false alarms only with --show-test-errors: it is measured, never studied.")
    evaluate.add_argument("--gold", type=Path, default=Path("tests/gold"), help="seeds' gold files (default: tests/gold)")
    evaluate.add_argument("--output", type=Path, default=Path("outputs"),
                          help="tables of a run over the seeds (default: outputs)")
    evaluate.add_argument("--real-gold", type=Path, default=Path("tests/gold/real"),
                          help="the real corpus's gold files (default: tests/gold/real)")
    evaluate.add_argument("--real-output", type=Path, default=Path("outputs/real"),
                          help="tables of a run over tests/corpus/real (default: outputs/real)")
    evaluate.add_argument("--set", dest="sets", action="append", choices=["test", "dev", "seeds"],
                          help="score only this set (repeatable; default: test, dev and seeds)")
    evaluate.add_argument("--by", choices=["series", "outlet"], help="also break the scores down by series or outlet")
    evaluate.add_argument("--show-test-errors", action="store_true",
                          help="also list the test split's misses and false alarms (not for writing rules)")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--update-readme", type=Path, metavar="README",
                          help="also write the score table into this Markdown file (between scores markers)")
    report = commands.add_parser("report", help="an HTML report of a run's tables (plots, evidence)",
                                 description="Write OUTPUT/report.html, one self-contained page, from the tables in OUTPUT.")
    report.add_argument("--output", type=Path, default=Path("outputs"), help="folder of the tables (default: outputs)")
    return parser


def _program_name() -> str:
    """`asean-pipeline` when run as the installed console script, else `python -m pipeline`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name and name not in {"__main__.py", "-c", "-m"} and not name.endswith(".py") else "python -m pipeline"


class _Version(argparse.Action):
    """--version, computed only when asked: the pipeline version hashes the code and models/."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        from .io.tables import CONTRACT_VERSIONS
        from .version import pipeline_version

        contracts = ", ".join(f"{table} v{version}" for table, version in CONTRACT_VERSIONS.items())
        print(f"asean-pipeline {pipeline_version()} (contract: {contracts})")
        parser.exit()


def _positive(option: str):
    """An argparse type: a whole number of 1 or more, else a usage error (exit status 2) saying so."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(Errors.NOT_POSITIVE.format(option=option, value=text))
        return value
    return parse


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        with _stop_on_signals() as requested:
            if args.command == "report":
                from .report import write_report

                print(write_report(args.output))
                code = 0
            else:
                code = _extract(args) if args.command == "extract" else _evaluate(args)
        if requested:     # the signal's Stopped was swallowed where Python ignores exceptions (a finaliser)
            stop = Stopped(requested[0])
            print(Errors.STOPPED_LATE.format(signal=stop.name, output=args.output), file=sys.stderr)
            return stop.exit_code
        return code
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Stopped as stop:
        print(Errors.STOPPED.format(signal=stop.name, output=args.output), file=sys.stderr)
        return stop.exit_code


class Stopped(BaseException):
    """Raised in the main thread on SIGINT or SIGTERM. A BaseException, like KeyboardInterrupt, so that
    no `except Exception` carries on: every `with` block on the way out cleans up (workers stopped,
    the staging folder removed, the lock released) and nothing is published."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.name = signal.Signals(signum).name
        self.exit_code = ExitCode.SIGINT if signum == signal.SIGINT else ExitCode.SIGTERM


@contextmanager
def _stop_on_signals():
    """SIGINT and SIGTERM raise Stopped once; a second signal while the run stops is ignored, so the
    clean-up is not cut short (SIGKILL still ends the process at once). Yields the signals received: one whose
    Stopped a finaliser swallowed (Python ignores exceptions in `__del__`) let the run finish, and is reported then."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    requested: list[int] = []

    def stop(signum, frame):
        for name in (signal.SIGINT, signal.SIGTERM):
            signal.signal(name, signal.SIG_IGN)
        requested.append(signum)
        raise Stopped(signum)
    previous = {name: signal.signal(name, stop) for name in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield requested
    finally:
        for name, handler in previous.items():
            signal.signal(name, handler)


def _extract(args) -> int:
    from .run import extract

    workers = args.workers or os.cpu_count() or 1
    with Progress(quiet=args.quiet, terminal=sys.stderr.isatty()) as progress:
        summary = extract(args.input, args.output, workers=workers, batch_size=args.batch_size, full=args.full,
                          engine=args.engine, scheduler=args.scheduler, progress=progress,
                          allow_empty=args.allow_empty, planned=progress.planned)
    print(summary.line())
    failed = summary.counts.get("failed", 0)
    if failed or summary.counts.get("skipped", 0):
        print(Errors.SUMMARY_NOT_OK.format(path=args.output / "documents.parquet"))
    if args.strict and failed:
        print(Errors.STRICT_FAILED.format(failed=failed), file=sys.stderr)
        return ExitCode.FAILED_FILES
    return ExitCode.OK


# Where stderr is not a terminal (CI logs, cron mail), a progress line at most this often.
PROGRESS_SECONDS = 30.0


class Progress:
    """What a run shows on stderr while it works: a line for each file skipped, failed or read with a
    warning; on a terminal a bar with the total and the time left; elsewhere a progress line every
    PROGRESS_SECONDS. With --quiet, nothing (the closing summary is printed by the caller)."""

    def __init__(self, quiet: bool, terminal: bool):
        self.quiet, self.terminal = quiet, terminal
        self.total: int | None = None
        self.counts: Counter = Counter()
        self.started = self.last_line = time.monotonic()
        self._bar = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()

    def planned(self, total: int) -> None:
        """The number of documents the run expects (inputs are counted before they are read)."""
        self.total = total
        self.started = self.last_line = time.monotonic()
        if self.terminal and not self.quiet:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="doc", dynamic_ncols=True, file=sys.stderr)

    def __call__(self, result) -> None:
        self.counts[result.status] += 1
        if self.quiet:
            return
        row = result.rows["documents"][0]
        if row["error"]:
            self._note(Errors.DOCUMENT_NOTE.format(status=row["status"], source=row["source"], error=row["error"]))
        done = sum(self.counts.values())
        if self._bar is not None:
            if self.total is not None and done > self.total:   # a .json file held several records
                self._bar.total = self.total = done
            self._bar.set_postfix({s: self.counts[s] for s in ("ok", "skipped", "failed")}, refresh=False)
            self._bar.update(1)
        elif not self.terminal and time.monotonic() - self.last_line >= PROGRESS_SECONDS:
            self.last_line = time.monotonic()
            print(progress_line(done, max(self.total or 0, done), self.counts, self.last_line - self.started),
                  file=sys.stderr, flush=True)

    def _note(self, line: str) -> None:
        if self._bar is not None:
            from tqdm import tqdm

            tqdm.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)


def progress_line(done: int, total: int, counts: Counter, seconds: float) -> str:
    rate = done / seconds if seconds > 0 else 0.0
    left = (total - done) / rate if rate > 0 else None
    return Errors.PROGRESS.format(done=done, total=total, percent=100 * done / total if total else 100,
                                  ok=counts.get("ok", 0), skipped=counts.get("skipped", 0),
                                  failed=counts.get("failed", 0), rate=rate, left=_duration(left))


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "unknown"
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    return f"{int(seconds // 3600)} h {seconds % 3600 / 60:.0f} min"


def _evaluate(args) -> int:
    from .evaluate import evaluate_sets, format_sets, score_table_markdown

    known = {"test": (args.real_gold, args.real_output, "test"), "dev": (args.real_gold, args.real_output, "dev"),
             "seeds": (args.gold, args.output, None)}
    reports = evaluate_sets({name: known[name] for name in (args.sets or ["test", "dev", "seeds"])},
                            by=args.by, show_test_errors=args.show_test_errors)
    if args.update_readme:
        from .io.files import replace_marked_section

        replace_marked_section(args.update_readme, "scores", score_table_markdown(reports))
    if args.json:
        import json

        print(json.dumps(reports, indent=2, ensure_ascii=False, default=str))
    else:
        print(format_sets(reports))
    return 0
