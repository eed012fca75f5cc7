"""Command line: `python -m pipeline extract ...` and `python -m pipeline evaluate ...`."""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from .errors import Errors, PipelineError

DESCRIPTION = """Turn English and Vietnamese news about ASEAN diplomacy into Parquet tables.

  extract   read every article under --input and write documents, entities, meetings
            and commitments tables (Parquet) to --output
  evaluate  score the tables in --output against gold annotations in --gold
  report    write --output/report.html: plots and evidence from the tables in --output

Load the results with pandas:  pandas.read_parquet("outputs/entities.parquet")"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="run the pipeline over a folder of articles",
                                  description="Read .txt/.jsonl/.json/.html articles under --input (recursively) "
                                              "and write the four tables to --output.")
    extract.add_argument("--input", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    extract.add_argument("--output", type=Path, default=Path("outputs"), help="folder for the tables (default: outputs)")
    extract.add_argument("--workers", type=int, default=None,
                         help="worker processes (default: number of cores); results are identical for any value")
    extract.add_argument("--batch-size", type=int, default=32, help="documents per batch (default: 32)")
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "report":
            from .report import write_report

            print(write_report(args.output))
            return 0
        return _evaluate(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _extract(args) -> int:
    from .run import extract

    workers = args.workers or os.cpu_count() or 1
    with _progress_bar(enabled=not args.quiet and sys.stderr.isatty()) as (advance, note):
        def progress(result) -> None:
            if not args.quiet:
                _print_problem(result, note)
            advance(result)
        summary = extract(args.input, args.output, workers=workers, batch_size=args.batch_size, full=args.full,
                          engine=args.engine, scheduler=args.scheduler, progress=progress)
    print(summary.line())
    failed = summary.counts.get("failed", 0)
    if failed or summary.counts.get("skipped", 0):
        print(Errors.SUMMARY_NOT_OK.format(path=args.output / "documents.parquet"))
    if args.strict and failed:
        print(Errors.STRICT_FAILED.format(failed=failed), file=sys.stderr)
        return 1
    return 0


@contextmanager
def _progress_bar(enabled: bool):
    """(advance, note): a progress bar on a terminal (documents/s, counts by status), nothing when
    output is redirected; `note` prints a line on stderr above the bar."""
    if not enabled:
        yield (lambda result: None), (lambda line: print(line, file=sys.stderr))
        return
    from collections import Counter

    from tqdm import tqdm

    counts: Counter = Counter()
    with tqdm(unit="doc", dynamic_ncols=True, file=sys.stderr) as bar:
        def update(result) -> None:
            counts[result.status] += 1
            bar.set_postfix({s: counts[s] for s in ("ok", "skipped", "failed")}, refresh=False)
            bar.update(1)
        yield update, lambda line: tqdm.write(line, file=sys.stderr)


def _print_problem(result, note) -> None:
    """One line on stderr for each file that was skipped, failed, or read with a warning."""
    row = result.rows["documents"][0]
    if row["error"]:
        note(Errors.DOCUMENT_NOTE.format(status=row["status"], source=row["source"], error=row["error"]))


def _evaluate(args) -> int:
    from .evaluate import evaluate_sets, format_sets, score_table_markdown

    known = {"test": (args.real_gold, args.real_output, "test"), "dev": (args.real_gold, args.real_output, "dev"),
             "seeds": (args.gold, args.output, None)}
    reports = evaluate_sets({name: known[name] for name in (args.sets or ["test", "dev", "seeds"])},
                            by=args.by, show_test_errors=args.show_test_errors)
    if args.update_readme:
        from .storage import replace_marked_section

        replace_marked_section(args.update_readme, "scores", score_table_markdown(reports))
    if args.json:
        import json

        print(json.dumps(reports, indent=2, ensure_ascii=False, default=str))
    else:
        print(format_sets(reports))
    return 0
