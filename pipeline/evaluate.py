"""Scores the output tables against gold annotations (../shared/GOLD.md), per language and overall.

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
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .ids import ascii_fold, slugify
from .storage import read_json_files, read_table

MEETING_ATTRIBUTES = ("series", "ordinal", "start_date", "end_date", "city", "country", "format", "theme")
COMPATIBLE = {"GPE": "PLACE", "LOC": "PLACE"}


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
        return result


def fold(text: str | None) -> str:
    """Case- and diacritic-insensitive form used for every text comparison."""
    return " ".join(ascii_fold(text or "").casefold().replace("’", "'").split())


SPLITS = ("dev", "test")
BREAKDOWNS = ("series", "outlet")


def evaluate(gold_dir: Path, output_dir: Path, *, split: str | None = None, by: str | None = None) -> dict:
    """Scores of the tables in `output_dir` against the gold files in `gold_dir`: per language and
    overall, and per series or outlet with `by`. `split` keeps the gold files of that split only."""
    documents = read_table(output_dir, "documents").to_pylist()
    entities = _rows_by_doc(read_table(output_dir, "entities").to_pylist())
    meetings = read_table(output_dir, "meetings").to_pylist()
    commitments = _rows_by_doc(read_table(output_dir, "commitments").to_pylist())
    by_stem = {Path(d["source"].split("#")[0]).stem: d for d in documents}
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: {t: Tally() for t in ("entities", "meetings", "commitments")})
    status_problems = []
    articles = 0
    for stem, gold in read_json_files(gold_dir):
        if split is not None and gold.get("split") != split:
            continue
        articles += 1
        doc = by_stem.get(stem)
        slices = [tallies[gold.get("lang", "und")], tallies["overall"]]
        slices += [tallies[f"{by} {value}"] for value in _breakdown_values(gold, by)]
        if doc is None or doc["status"] != gold.get("expect_status", "ok"):
            status_problems.append(f"{stem}: expected status {gold.get('expect_status', 'ok')}, "
                                   f"got {doc['status'] if doc else 'no documents row'}")
        doc_id = doc["doc_id"] if doc and doc["status"] == "ok" else None
        text = doc["text"] if doc_id else ""
        predicted_entities = [e for e in entities.get(doc_id, []) if e["label"] != "EVENT"]
        predicted_meetings = [m for m in meetings if doc_id in (m["doc_ids"] or [])]
        predicted_commitments = commitments.get(doc_id, [])
        for tally in slices:
            score_entities(stem, gold.get("entities", []), predicted_entities, tally["entities"])
            score_meetings(stem, gold.get("meetings", []), predicted_meetings, tally["meetings"])
            score_commitments(stem, text, gold.get("commitments", []), predicted_commitments, tally["commitments"])
    order = sorted(tallies, key=lambda name: (name == "overall", " " in name, name))
    report = {name: {table: t.scores() for table, t in tallies[name].items()} for name in order}
    overall = tallies.get("overall", {})
    report["errors"] = {table: {"misses": t.misses, "false_alarms": t.false_alarms} for table, t in overall.items()}
    report["status_problems"] = status_problems
    report["articles"] = articles
    return report


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


def score_entities(stem: str, gold_items: list[dict], predicted: list[dict], tally: Tally) -> None:
    groups: dict[str, dict] = {}
    for row in predicted:
        group = groups.setdefault(row["entity_id"], {"label": row["label"], "texts": set(), "name": row["name"]})
        group["texts"].add(fold(row["text"]))
    gold_keys = [(COMPATIBLE.get(g["label"], g["label"]), {fold(s) for s in g["surfaces"]}) for g in gold_items]
    entity_ids = sorted(groups)

    def matches(group, gold_key) -> bool:
        return COMPATIBLE.get(group["label"], group["label"]) == gold_key[0] and bool(group["texts"] & gold_key[1])

    candidates = [[g for g, key in enumerate(gold_keys) if matches(groups[entity_id], key)] for entity_id in entity_ids]
    matched_gold = maximum_matching(candidates)      # predicted index -> gold index
    tally.predicted += len(groups)
    tally.gold += len(gold_items)
    tally.true_positive += len(matched_gold)
    tally.found += len(matched_gold)
    for index, entity_id in enumerate(entity_ids):
        if index not in matched_gold:
            group = groups[entity_id]
            why = " (its gold item already matched another id)" if candidates[index] else ""
            tally.false_alarms.append(f"{stem}: {group['label']} {entity_id} {sorted(group['texts'])}{why}")
    found = set(matched_gold.values())
    for index, item in enumerate(gold_items):
        if index not in found:
            tally.misses.append(f"{stem}: {item['label']} {item['surfaces']}")


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


def score_meetings(stem: str, gold_items: list[dict], predicted: list[dict], tally: Tally) -> None:
    by_id = {m["meeting_id"]: m for m in predicted}
    gold_ids = {g["meeting_id"] for g in gold_items}
    tally.predicted += len(by_id)
    tally.gold += len(gold_ids)
    for meeting_id in sorted(set(by_id) - gold_ids):
        tally.false_alarms.append(f"{stem}: {meeting_id}")
    for item in gold_items:
        row = by_id.get(item["meeting_id"])
        if row is None:
            tally.misses.append(f"{stem}: {item['meeting_id']}")
            continue
        tally.true_positive += 1
        tally.found += 1
        for name in MEETING_ATTRIBUTES:
            # an article that does not state an attribute says nothing about it: the corpus row may know it
            # from another article (meetings are merged across documents)
            if item.get(name) is None:
                continue
            tally.attribute_total[name] += 1
            if _same_value(item[name], row.get(name)):
                tally.attribute_right[name] += 1
            else:
                tally.misses.append(f"{stem}: {item['meeting_id']}.{name} gold {item[name]!r}, got {row.get(name)!r}")


def _same_value(gold, predicted) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return fold(str(gold)).strip("\"“”' ") == fold(str(predicted)).strip("\"“”' ")


def score_commitments(stem: str, text: str, gold_items: list[dict], predicted: list[dict], tally: Tally) -> None:
    tally.predicted += len(predicted)
    tally.gold += len(gold_items)
    used: set[int] = set()
    for item in gold_items:
        covering = [i for i, row in enumerate(predicted) if _covers(text, row, item["evidence"])]
        if covering:
            tally.attribute_total["actor"] += 1
        right = [i for i in covering if i not in used and actor_matches(predicted[i], item["actor"])]
        if not right:
            if covering and all(i in used for i in covering):
                tally.misses.append(f"{stem}: the row covering it already matched another gold item "
                                    f"(coordinated actions need rows of their own): {item['evidence']!r}")
            elif covering:
                got = sorted({predicted[i]["actor_id"] for i in covering})
                tally.misses.append(f"{stem}: wrong actor {got} for {item['actor']!r}: {item['evidence']!r}")
            else:
                tally.misses.append(f"{stem}: {item['actor']} {item['action']}: {item['evidence']!r}")
            continue
        # prefer the row that also gets the action right, so one rule's split does not hide another
        best = min(right, key=lambda i: (predicted[i]["action"] != item["action"], predicted[i]["end"] - predicted[i]["start"]))
        used.add(best)
        row = predicted[best]
        tally.true_positive += 1
        tally.found += 1
        tally.attribute_right["actor"] += 1
        for name, gold_value, value in (("action", item["action"], row["action"]),
                                        ("deadline", item.get("deadline"), row["deadline"])):
            tally.attribute_total[name] += 1
            if _same_value(gold_value, value):
                tally.attribute_right[name] += 1
            else:
                tally.misses.append(f"{stem}: {name} gold {gold_value!r}, got {value!r}: {item['evidence']!r}")
    for i, row in enumerate(predicted):
        if i not in used:
            tally.false_alarms.append(f"{stem}: {row['actor_id']} {row['action']} "
                                      f"{text[row['start']:row['end']][:120]!r}")


def _covers(text: str, row: dict, evidence: str) -> bool:
    start = text.find(evidence)
    while start != -1:
        if row["start"] <= start and start + len(evidence) <= row["end"]:
            return True
        start = text.find(evidence, start + 1)
    return False


def actor_matches(row: dict, gold_actor: str) -> bool:
    """The row's actor_id denotes the gold actor (a canonical English name)."""
    from .kb import knowledge_base

    entry = knowledge_base().lookup(gold_actor)
    if entry is not None and entry.entity_id == row["actor_id"]:
        return True
    known = knowledge_base().by_id.get(row["actor_id"])
    names = {slugify(row["actor_id"].partition(":")[2])} | ({slugify(known.name)} if known else set())
    return slugify(gold_actor) in names


REPORT_KEYS = ("articles", "errors", "status_problems")
TEST_ERRORS_HIDDEN = "hidden: the test split is measured, not studied (--show-test-errors prints them)"


def slice_names(report: dict) -> list[str]:
    return [name for name in report if name not in REPORT_KEYS]


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


def format_report(report: dict) -> str:
    lines = []
    for name in slice_names(report):
        for table, s in report[name].items():
            extras = ", ".join(f"{k.removesuffix('_accuracy')} {v:.2f}" for k, v in s.items()
                               if k.endswith("_accuracy") and v is not None and k != "attribute_accuracy")
            lines.append(f"{name:8} {table:12} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                         f"  (pred {s['predicted']}, gold {s['gold']}, right {s['correct']})"
                         + (f"  accuracy: {extras}" if extras else ""))
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
        blocks.append(f"== {name}: {report.get('articles', 0)} articles ==\n{format_report(report)}")
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
