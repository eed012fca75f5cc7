"""Counts of matches, misses and false alarms, with the attribute checks, and the comparisons they rest on."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..ids import ascii_fold


@dataclass
class Tally:
    """Counts for one table in one slice (a language or overall)."""
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0
    found: int = 0             # gold items matched (differs from true_positive only for entities)
    attribute_right: dict = field(default_factory=lambda: defaultdict(int))
    attribute_total: dict = field(default_factory=lambda: defaultdict(int))
    misses: list = field(default_factory=list)
    false_alarms: list = field(default_factory=list)
    scored: list = field(default_factory=list)     # (row score, right) of each predicted commitment row or mention
    judged: list = field(default_factory=list)     # (row, right) of each predicted entity mention

    def scores(self) -> dict:
        precision = self.true_positive / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)
        recall = self.found / self.gold if self.gold else (1.0 if not self.predicted else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                  "predicted": self.predicted, "gold": self.gold, "correct": self.true_positive}
        for name, total in sorted(self.attribute_total.items()):
            result[f"{name}_accuracy"] = round(self.attribute_right[name] / total, 4) if total else None
        all_total = sum(self.attribute_total.values())
        if all_total:
            result["attribute_accuracy"] = round(sum(self.attribute_right.values()) / all_total, 4)
        if self.scored:
            result["calibration"] = calibration_table(self.scored)
        return result


CALIBRATION_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def calibration_table(scored: list[tuple[float, bool]]) -> list[dict]:
    """Rows per score bin and the share of them that are right: a calibrated 0.7 is right about 7 times in 10."""
    table = []
    for low, high in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:]):
        inside = [right for score, right in scored if low <= score < high]
        if inside:
            table.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "rows": len(inside),
                          "right": round(sum(inside) / len(inside), 4)})
    return table


def fold(text: str | None) -> str:
    """Case- and diacritic-insensitive form used for every text comparison."""
    return " ".join(ascii_fold(text or "").casefold().replace("’", "'").split())


def maximum_matching(candidates: list[list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching of left items to the right items each may take (augmenting paths,
    tried in order, so the result is deterministic). Returns {left index: right index}."""
    owner: dict[int, int] = {}                      # right index -> left index

    def augment(left: int, seen: set[int]) -> bool:
        for right in candidates[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(candidates)):
        augment(left, set())
    return {left: right for right, left in owner.items()}
