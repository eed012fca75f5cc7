"""Scoring per table: entities (one-to-one by surface and label), meetings (ids, then the attributes the
article states), commitments (span covers the gold evidence, actor matches).
"""
from __future__ import annotations

from ..ids import slugify
from ..stages.langid import look_alikes
from .tally import Tally, fold, maximum_matching


MEETING_ATTRIBUTES = ("series", "ordinal", "start_date", "end_date", "city", "country", "format", "theme")
COMPATIBLE = {"GPE": "PLACE", "LOC": "PLACE"}


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
    index_of = {entity_id: index for index, entity_id in enumerate(entity_ids)}
    for row in predicted:
        # a mention is right when its entity matched a gold item that has its text among the surfaces
        gold_index = matched_gold.get(index_of[row["entity_id"]])
        right = gold_index is not None and fold(row["text"]) in gold_keys[gold_index][1]
        tally.scored.append((float(row.get("score") or 0.0), right))
        tally.judged.append((row, right))
    found = set(matched_gold.values())
    for index, item in enumerate(gold_items):
        if index not in found:
            tally.misses.append(f"{stem}: {item['label']} {item['surfaces']}")


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
            if _same_value(item[name], row.get(name)) or (name == "city" and _same_place(item[name], row.get(name))):
                tally.attribute_right[name] += 1
            else:
                tally.misses.append(f"{stem}: {item['meeting_id']}.{name} gold {item[name]!r}, got {row.get(name)!r}")


def _same_place(gold: str, predicted: str | None) -> bool:
    """Two spellings of one city ("Nay Pyi Taw", "Naypyidaw") that the knowledge base knows as one place."""
    from ..kb import knowledge_base

    if predicted is None:
        return False
    kb = knowledge_base()
    entry = kb.lookup(gold)
    return entry is not None and entry is kb.lookup(predicted)


def _same_value(gold, predicted) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return fold(str(gold)).strip("\"“”' ") == fold(str(predicted)).strip("\"“”' ")


def score_commitments(stem: str, text: str, gold_items: list[dict], predicted: list[dict], tally: Tally,
                      lang: str = "und") -> None:
    tally.predicted += len(predicted)
    tally.gold += len(gold_items)
    used: set[int] = set()
    for item in gold_items:
        # the gold evidence is copied from the page; the run's text has its look-alike letters put back
        evidence = item["evidence"].translate(look_alikes(lang))
        covering = [i for i, row in enumerate(predicted) if _covers(text, row, evidence)]
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
        tally.scored.append((float(row.get("score") or 0.0), i in used))
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
    from ..kb import knowledge_base

    entry = knowledge_base().lookup(gold_actor)
    if entry is not None and entry.entity_id == row["actor_id"]:
        return True
    known = knowledge_base().by_id.get(row["actor_id"])
    names = {slugify(row["actor_id"].partition(":")[2])} | ({slugify(known.name)} if known else set())
    return slugify(gold_actor) in names
