"""Calibration of entity scores: the precision of each kind of mention (step, label, shape: see
pipeline/entities/calibration.py), measured on the dev split of the real corpus only, written to
models/entities/calibration.yaml, which the entities stage reads to score each mention.

    make eval                                    # writes outputs/real from the current code
    .venv/bin/python -m pipeline.evaluate.calibrate [--write]

A mention is right when its entity matched a gold item (one-to-one, as `evaluate` scores) and its text is
one of that item's surfaces. The test split is never read here.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from ..entities.calibration import CALIBRATION_FILE, calibration_keys
from ..resources import models_dir
from . import count

SPLIT = "dev"
PRIOR_WEIGHT = 10          # a kind seen on w dev mentions weighs as much as its broader kind's precision


def measure(gold_dir: Path, output_dir: Path) -> tuple[dict[str, dict], int]:
    """({"all" or lang: {"pooled": [right, mentions], "kinds": {kind: [right, mentions]}}}, articles) on the
    dev split."""
    counted = count(gold_dir, output_dir, split=SPLIT)
    measured = {}
    for name, tables in sorted(counted.tallies.items(), key=lambda item: (item[0] != "overall", item[0])):
        if " " in name:
            continue
        kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        pooled = [0, 0]
        for row, right in tables["entities"].judged:
            for kind in calibration_keys(row["source"], row["label"], row["text"]):
                kinds[kind][0] += right
                kinds[kind][1] += 1
            pooled[0] += right
            pooled[1] += 1
        measured["all" if name == "overall" else name] = {"pooled": pooled, "kinds": dict(sorted(kinds.items()))}
    return measured, counted.articles


def render(measured: dict[str, dict], articles: int, commit: str) -> str:
    """The calibration file: a provenance header, then for both languages together and for each the pooled
    and per-kind counts."""
    lines = [
        "# Entity score calibration: for each kind of mention (step/label/shape, step/label, step; see",
        "# pipeline/entities/calibration.py), [right, mentions] on the dev split of the real corpus, for both",
        "# languages together (all) and for each. A mention's score is its kind's precision, each kind leaning",
        "# on its broader kind with prior_weight mentions' worth. A mention is right when its entity matched a",
        "# gold item and its text is one of that item's surfaces (/work/shared/GOLD.md scoring).",
        f"# Source: measured by `python -m pipeline.evaluate.calibrate --write` on the {articles} dev articles of",
        f"# tests/corpus/real (gold tests/gold/real; never the test split) at commit {commit}, {date.today()}.",
        f"prior_weight: {PRIOR_WEIGHT}",
    ]
    for name, block in measured.items():
        right, n = block["pooled"]
        lines += [f"{name}:", f"  pooled: [{right}, {n}]", "  kinds:"]
        lines += [f"    {kind}: [{r}, {m}]" for kind, (r, m) in block["kinds"].items()]
    return "\n".join(lines) + "\n"


def format_measured(measured: dict[str, dict]) -> str:
    rows = []
    for name, block in measured.items():
        right, n = block["pooled"]
        rows.append(f"{name:4} {'pooled':28} {right / n if n else 0:.3f} of {n}")
        rows += [f"{name:4} {kind:28} {r / m:.3f} of {m}" for kind, (r, m) in block["kinds"].items()]
    return "\n".join(rows)


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head.stdout.strip() + (" with uncommitted changes" if dirty.stdout.strip() else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate.calibrate", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=Path("tests/gold/real"))
    parser.add_argument("--output", type=Path, default=Path("outputs/real"), help="tables of a run over the corpus")
    parser.add_argument("--write", action="store_true", help=f"write models/{CALIBRATION_FILE}")
    args = parser.parse_args(argv)
    measured, articles = measure(args.gold, args.output)
    print(format_measured(measured))
    if args.write:
        (models_dir() / CALIBRATION_FILE).write_text(render(measured, articles, _commit()), encoding="utf-8")
        print(f"wrote models/{CALIBRATION_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
