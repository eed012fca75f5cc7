"""The benchmark's reports (bench/report.py): the README's summary of the targets."""
from pipeline.bench.report import readme_summary


def test_readme_summary_lists_every_target_and_marks_misses():
    results = {"generated": "2026-11-23 14:00 UTC", "machine": {"cores": 2},
               "corpus": {"docs": 400, "english": 280, "vietnamese": 120, "bytes": 2_400_000},
               "runs": {"floor": {"seconds": 100.0}, "floor_2p": {"seconds": 60.0},
                        "memory_1000": {"docs": 1000}, "memory_10000": {"docs": 10000}},
               "targets": [{"target": "1 worker ÷ floor", "measured": 1.16, "measured_cpu": 1.2, "limit": "≤ 1.25",
                            "met": True},
                           {"target": "2 workers ÷ 1", "measured": 1.5, "measured_cpu": None, "limit": "≥ 1.7",
                            "met": False}]}
    text = readme_summary(results)
    assert "400 documents (280 English, 120 Vietnamese, 2.4 MB)" in text and "1,000 and 10,000" in text
    assert "The models alone run 1.67× faster in two processes" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "measured" not in line]
    assert rows == ["| 1 worker ÷ floor | 1.16 | 1.2 | ≤ 1.25 | yes |", "| 2 workers ÷ 1 | 1.5 |  | ≥ 1.7 | **no** |"]
