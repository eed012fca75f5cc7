"""Command line: `python -m pipeline extract ...` and `python -m pipeline evaluate ...`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import PipelineError

DESCRIPTION = """Turn English and Vietnamese news about ASEAN diplomacy into Parquet tables.

  extract   read every article under --input and write documents, entities, meetings
            and commitments tables (Parquet) to --output
  evaluate  score the tables in --output against gold annotations in --gold

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
    extract.add_argument("--strict", action="store_true", help="exit with status 1 if any file failed")
    extract.add_argument("--quiet", action="store_true", help="print only the closing summary")

    evaluate = commands.add_parser("evaluate", help="precision, recall and F1 against gold annotations",
                                   description="Score --output tables against the gold files in --gold "
                                               "(format: ../shared/GOLD.md).")
    evaluate.add_argument("--gold", type=Path, default=Path("tests/gold"), help="folder of gold .json files")
    evaluate.add_argument("--output", type=Path, default=Path("outputs"), help="folder holding the tables")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--update-readme", type=Path, metavar="README",
                          help="also write the score table into this Markdown file (between scores markers)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        return _evaluate(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _extract(args) -> int:
    from .run import extract

    workers = args.workers or os.cpu_count() or 1
    summary = extract(args.input, args.output, workers=workers, batch_size=args.batch_size)
    print(summary.line())
    return 1 if args.strict and summary.counts.get("failed") else 0


def _evaluate(args) -> int:
    from .evaluate import evaluate, format_report, score_table_markdown

    report = evaluate(args.gold, args.output)
    if args.update_readme:
        from .storage import replace_marked_section

        replace_marked_section(args.update_readme, "scores", score_table_markdown(report))
    if args.json:
        import json

        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    else:
        print(format_report(report))
    return 0
