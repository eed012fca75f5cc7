"""Calibration of commitment scores: how often a row is right at each raw score, measured on the dev split of the
real corpus only, and the calibration line (models/commitments/<lang>.yaml `calibration`) that would make "among rows
scored 0.7, about 7 in 10 are right" hold.

    make eval                                                # writes outputs/real from the current code
    .venv/bin/python -m pipeline.evaluate.calibrate_commitments

A row's score is the current line read at its raw score (the trigger's base score times how surely the actor was
found), so the raw score is read back through that line. The proposed points are printed, not written: the yaml
files carry comments saying when and on what they were measured, which the engineer updates with the points.
The test split is never read here.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ..commitments import commitment_rules
from . import count

SPLIT = "dev"
BIN = 0.05            # raw-score bins
MIN_ROWS = 15         # a point of the line stands on at least this many rows


def raw_score(points: tuple, score: float) -> float:
    """The raw score the line `points` ([raw, calibrated], both rising) turns into `score`."""
    if not points:
        return score
    for (r0, c0), (r1, c1) in zip(points, points[1:]):
        if c0 <= score <= c1:
            return r0 if c1 == c0 else r0 + (score - c0) * (r1 - r0) / (c1 - c0)
    return points[0][0] if score < points[0][1] else points[-1][0]


def bins(rows: list[tuple[float, bool]]) -> list[list[float]]:
    """[raw sum, right, rows] per raw-score bin, in raw order."""
    found: dict[int, list[float]] = {}
    for raw, right in rows:
        cell = found.setdefault(min(int(raw / BIN), int(1 / BIN) - 1), [0.0, 0, 0])
        cell[0] += raw
        cell[1] += right
        cell[2] += 1
    return [found[k] for k in sorted(found)]


def monotone_points(cells: list[list[float]]) -> list[tuple[float, float, int]]:
    """(mean raw, share right, rows) of blocks of adjacent bins, pooled until each holds MIN_ROWS rows and the share
    rises with the raw score (pool adjacent violators)."""
    blocks: list[list[float]] = []
    for cell in cells:
        blocks.append(list(cell))
        while len(blocks) > 1 and (blocks[-2][2] < MIN_ROWS
                                   or blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]):
            last = blocks.pop()
            blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    if len(blocks) > 1 and blocks[-1][2] < MIN_ROWS:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    return [(raw / n, right / n, int(n)) for raw, right, n in blocks]


def proposed_line(points: list[tuple[float, float, int]]) -> list[list[float]]:
    """The calibration points: the blocks, and the two ends a little beyond them (the line must keep rising)."""
    middle = [[round(raw, 2), round(share, 2)] for raw, share, _ in points]
    return [[0.0, round(max(0.05, middle[0][1] - 0.1), 2)], *middle, [1.0, round(min(0.98, middle[-1][1] + 0.03), 2)]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default="tests/gold/real")
    parser.add_argument("--output", default="outputs/real", help="tables of a run over tests/corpus/real")
    args = parser.parse_args(argv)
    counted = count(Path(args.gold), Path(args.output), split=SPLIT)
    rules = commitment_rules()
    for lang, lexicon in sorted(rules.lexicons.items()):
        scored = counted.tallies[lang]["commitments"].scored if lang in counted.tallies else []
        if not scored:
            continue
        rows = [(raw_score(lexicon.calibration, score), right) for score, right in scored]
        print(f"{lang}: {len(rows)} dev rows, {sum(r for _, r in rows)} right")
        for raw, right, n in bins(rows):
            low = int(raw / n / BIN) * BIN
            print(f"  raw {low:.2f}-{low + BIN:.2f}: {int(right)} of {int(n)} right ({right / n:.2f})")
        line = proposed_line(monotone_points(bins(rows)))
        print(f"  proposed calibration: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
