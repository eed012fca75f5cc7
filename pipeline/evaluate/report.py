"""Printing the scores: one report per set (slices, misses and false alarms), and the README's score table."""
from __future__ import annotations


REPORT_KEYS = ("articles", "errors", "status_problems", "skipped_as_expected")
TEST_ERRORS_HIDDEN = "hidden: the test split is measured, not studied (--show-test-errors prints them)"


def slice_names(report: dict) -> list[str]:
    return [name for name in report if name not in REPORT_KEYS]


def format_report(report: dict) -> str:
    lines = []
    for name in slice_names(report):
        for table, s in report[name].items():
            extras = ", ".join(f"{k.removesuffix('_accuracy')} {v:.2f}" for k, v in s.items()
                               if k.endswith("_accuracy") and v is not None and k != "attribute_accuracy")
            lines.append(f"{name:8} {table:12} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                         f"  (pred {s['predicted']}, gold {s['gold']}, right {s['correct']})"
                         + (f"  accuracy: {extras}" if extras else ""))
    for name in slice_names(report):
        for table, s in report[name].items():
            if s.get("calibration"):
                bins = "  ".join(f"{c['bin']}: {c['right']:.2f} of {c['rows']}" for c in s["calibration"])
                lines.append(f"{name:8} {table:12} calibration (score bin: share right of rows)  {bins}")
    errors = report.get("errors", {})
    if isinstance(errors, str):
        lines.append(f"\nmisses and false alarms {errors}")
        errors = {}
    for table, found in errors.items():
        for kind in ("misses", "false_alarms"):
            if found[kind]:
                lines.append(f"\n{table} {kind.replace('_', ' ')} ({len(found[kind])}):")
                lines.extend(f"  {line}" for line in found[kind])
    for problem in report.get("status_problems", []):
        lines.append(f"status: {problem}")
    return "\n".join(lines)


def format_sets(reports: dict[str, dict]) -> str:
    blocks = []
    for name, report in reports.items():
        right, expected = report.get("skipped_as_expected", [0, 0])
        other = f", {right} of {expected} in other languages skipped as expected" if expected else ""
        blocks.append(f"== {name}: {report.get('articles', 0)} articles{other} ==\n{format_report(report)}")
    return "\n\n".join(blocks)


def score_table_markdown(reports: dict[str, dict]) -> str:
    """The README's score table: one block of rows per set, in the order given (the headline first)."""
    rows = ["| set | slice | table | P | R | F1 | accuracy |", "|---|---|---|---|---|---|---|"]
    for set_name, report in reports.items():
        for name in slice_names(report):
            for table, s in report[name].items():
                accuracy = ", ".join(f"{k.removesuffix('_accuracy')} {v:.2f}" for k, v in s.items()
                                     if k.endswith("_accuracy") and v is not None and k != "attribute_accuracy")
                rows.append(f"| {set_name} | {name} | {table} | {s['precision']:.2f} | {s['recall']:.2f} "
                            f"| {s['f1']:.2f} | {accuracy} |")
    return "\n".join(rows)
