"""Speed and memory benchmark (issue 7): `make bench`, or `python -m pipeline.bench --help`.

Builds a corpus of unique article-sized documents from the seeds (bench/corpus.py), then measures,
each in a fresh process, so that every figure includes the imports and model loading a real run pays:

  floor           the bare models over the same texts, one process: spaCy with the pipeline's own
                  components (nlp.pipe), underthesea sent_tokenize + ner per sentence
  floor_2p        the same split over two processes at once: the most two workers can gain here
  full_1w/full_2w extract(full=True) with 1 and with 2 worker processes
  rerun_nochange  extract again into the same output: every document comes from the cache
  rerun_1pct      1 % of the documents edited, then extract again
  seeds           extract over seeds/ into a fresh output with the default workers: what `make extract` runs
  memory_<n>      peak RSS of the process tree (parent + workers) over a corpus of n documents
  profile         cProfile of extract(workers=1) over a smaller corpus: where our own code spends time
  components      the model time by component over that smaller corpus: each spaCy component and each
                  underthesea step timed alone, the floor's way and the pipeline's, with which of our
                  modules read what it provides (bench/components.py)

The machine is shared: each figure carries the load average and how many cores other processes
kept busy while it ran. Writes JSON (bench-results/latest.json) and a Markdown summary
(docs/benchmark.md) made from it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .report import markdown_report, readme_summary
from .runner import RESULT_MARKER, ROOT, measure_all, run_child, write_json


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=400, help="documents in the timing corpus (default: 400)")
    parser.add_argument("--memory-docs", default="200,2000",
                        help="corpus sizes for peak RSS, comma-separated (default: 200,2000; "
                             "the target is defined at 1000,10000)")
    parser.add_argument("--memory-workers", type=int, default=os.cpu_count() or 1,
                        help="workers for the memory runs (default: the number of cores, as the CLI)")
    parser.add_argument("--profile-docs", type=int, default=100,
                        help="documents in the profiled run and the component timing (default: 100)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="run each timing this many times, keep the fastest (default: 2; the machine is shared "
                             "and one run can be 30 %% slow)")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default: 7)")
    parser.add_argument("--only", default="floor,full,workers,rerun,seeds,memory,profile,components",
                        help="which measurements (default: all of floor,full,workers,rerun,seeds,memory,profile,"
                             "components)")
    parser.add_argument("--workdir", type=Path, help="folder for corpora and outputs (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "latest.json", help="JSON results")
    parser.add_argument("--markdown", type=Path, default=ROOT / "docs" / "benchmark.md",
                        help="Markdown summary (default: docs/benchmark.md); --markdown '' for none")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md",
                        help="file whose <!-- bench:start/end --> section gets the targets table "
                             "(default: README.md); --readme '' for none")
    parser.add_argument("--from-json", type=Path, metavar="JSON",
                        help="measure nothing: write the Markdown summary of an earlier run's JSON results")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.child:
        print(RESULT_MARKER + json.dumps(run_child(json.loads(args.child))), flush=True)
        return 0
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        results = measure_all(args, argv if argv is not None else sys.argv[1:])
        write_json(args.out, results)
    report = markdown_report(results)
    if str(args.markdown) not in ("", "."):
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(report, encoding="utf-8")
    if str(args.readme) not in ("", "."):
        from ..io.files import replace_marked_section

        replace_marked_section(args.readme, "bench", readme_summary(results))
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
