"""Scores the output tables against gold annotations (format: docs/gold.md), per language and overall.

Three sets are scored apart: the seeds (`tests/gold/` against the tables of a run over `seeds/`), and the
real-article corpus's `dev` and `test` splits (`tests/gold/real/` against a run over `tests/corpus/real/`).
The test split is measured, never studied: its misses and false alarms are left out of reports unless asked.

- Entities: per article, predicted entities (distinct entity_id, EVENT excluded) and gold items are matched
  one-to-one (a maximum matching): a predicted entity can match a gold item when one of its mention texts
  equals one of the item's surfaces, ignoring case and diacritics, and the labels are compatible (GPE and
  LOC count as one). A real entity split over two ids earns one match; the second id is a false alarm.
- Meetings: per article, the set of meeting ids; attributes the article states are compared on the
  matched ones (a meeting row is corpus-wide, so it may know more than one article says).
- Commitments: a predicted row is right when its span covers the gold evidence and its actor
  matches; each gold item is matched once. Actor accuracy is measured over the gold items whose
  evidence some row covers, action and deadline accuracy over the right rows.

Each entity mention is judged too (right when its entity matched a gold item that has its text among the
surfaces), so `evaluate` prints an entities calibration table per language like the commitments' one, and
`calibrate` measures the precision of each kind of mention on the dev split (models/entities/calibration.yaml).

Modules: `tally` (counting), `scoring` (per table), `report` (printing), `calibrate` (entity score calibration),
`drops` (what each entity rule did to the model's mentions on dev),
`external` (public NER sets).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..io.files import read_json_files, read_table
from .report import TEST_ERRORS_HIDDEN, format_report, format_sets, score_table_markdown
from .scoring import score_commitments, score_entities, score_meetings
from .tally import Tally, maximum_matching

__all__ = ["evaluate", "count", "Counted", "evaluate_sets", "format_report", "format_sets", "score_table_markdown",
           "score_entities", "score_meetings", "score_commitments", "maximum_matching", "Tally", "TEST_ERRORS_HIDDEN"]



def evaluate(gold_dir: Path, output_dir: Path, *, split: str | None = None, by: str | None = None) -> dict:
    """Scores of the tables in `output_dir` against the gold files in `gold_dir`: per language and
    overall, and per series or outlet with `by`. `split` keeps the gold files of that split only."""
    counted = count(gold_dir, output_dir, split=split, by=by)
    tallies = counted.tallies
    order = sorted(tallies, key=lambda name: (name == "overall", " " in name, name))
    report = {name: {table: t.scores() for table, t in tallies[name].items()} for name in order}
    overall = tallies.get("overall", {})
    report["errors"] = {table: {"misses": t.misses, "false_alarms": t.false_alarms} for table, t in overall.items()}
    report["status_problems"] = counted.status_problems
    report["articles"] = counted.articles
    report["skipped_as_expected"] = counted.skipped
    return report


@dataclass
class Counted:
    """The tallies of one set: {slice (language, "overall", "<by> <value>"): {table: Tally}}, and its articles."""
    tallies: dict
    status_problems: list
    articles: int
    skipped: list          # [skipped as expected, expected to be skipped]


def count(gold_dir: Path, output_dir: Path, *, split: str | None = None, by: str | None = None) -> Counted:
    """The tallies of the tables in `output_dir` against the gold files in `gold_dir` (of `split` only)."""
    documents = read_table(output_dir, "documents").to_pylist()
    entities = _rows_by_doc(read_table(output_dir, "entities").to_pylist())
    meetings = read_table(output_dir, "meetings").to_pylist()
    commitments = _rows_by_doc(read_table(output_dir, "commitments").to_pylist())
    by_stem = {Path(d["source"].split("#")[0]).stem: d for d in documents}
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: {t: Tally() for t in ("entities", "meetings", "commitments")})
    counted = Counted(tallies, [], 0, [0, 0])
    for stem, gold in read_json_files(gold_dir):
        if split is not None and gold.get("split") != split:
            continue
        counted.articles += 1
        doc = by_stem.get(stem)
        expected = gold.get("expect_status", "ok")
        if doc is None or doc["status"] != expected:
            counted.status_problems.append(f"{stem}: expected status {expected}, "
                                           f"got {doc['status'] if doc else 'no documents row'}")
        if expected == "skipped":
            # an article the pipeline must not read (another language) is scored by its status alone
            counted.skipped[0] += doc is not None and doc["status"] == "skipped"
            counted.skipped[1] += 1
            continue
        slices = [tallies[gold.get("lang", "und")], tallies["overall"]]
        slices += [tallies[f"{by} {value}"] for value in _breakdown_values(gold, by)]
        doc_id = doc["doc_id"] if doc and doc["status"] == "ok" else None
        text = doc["text"] if doc_id else ""
        predicted_entities = [e for e in entities.get(doc_id, []) if e["label"] != "EVENT"]
        predicted_meetings = [m for m in meetings if doc_id in (m["doc_ids"] or [])]
        predicted_commitments = commitments.get(doc_id, [])
        for tally in slices:
            score_entities(stem, gold.get("entities", []), predicted_entities, tally["entities"])
            score_meetings(stem, gold.get("meetings", []), predicted_meetings, tally["meetings"])
            score_commitments(stem, text, gold.get("commitments", []), predicted_commitments, tally["commitments"],
                              gold.get("lang", "und"))
    return counted


def _rows_by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def _breakdown_values(gold: dict, by: str | None) -> list[str]:
    if by is None:
        return []
    value = gold.get(by)
    values = value if isinstance(value, list) else [value]
    return sorted({str(v) for v in values if v}) or ["unknown"]


def evaluate_sets(sets: dict[str, tuple[Path, Path, str | None]], *, by: str | None = None,
                  show_test_errors: bool = False) -> dict[str, dict]:
    """{set name: report} for sets given as {name: (gold folder, tables folder, split or None)}.
    The test split's misses and false alarms are dropped unless `show_test_errors`."""
    reports = {}
    for name, (gold_dir, output_dir, split) in sets.items():
        report = evaluate(gold_dir, output_dir, split=split, by=by)
        if split == "test" and not show_test_errors:
            report["errors"] = TEST_ERRORS_HIDDEN
        reports[name] = report
    return reports
