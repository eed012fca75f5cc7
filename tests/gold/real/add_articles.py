"""Adds adjudicated articles from a staging folder to the real corpus's dev split (tests/gold/real/ADDING.md).

    python tests/gold/real/add_articles.py check STAGING/readers/en_081.A.json ...   # a reading against its text
    python tests/gold/real/add_articles.py add STAGING                               # texts, readers, gold, sources

STAGING holds texts/<id>.txt, readers/<id>.A.json and .B.json, gold/<id>.json (the adjudicator's) and
sources/*.jsonl (one line per article: id, url, outlet, lang, year, series, query). Added articles join `dev` through
split.json's `added_to_dev`: the drawn test split never changes. Then run sources_table.py and agreement.py.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "corpus" / "real"
LABELS = {"PERSON", "ORG", "GPE", "LOC", "LAW"}
ACTIONS = {"commit", "agree", "approve", "support", "promote", "implement", "ratify", "urge", "reaffirm", "refrain", "plan"}
SERIES = r"(?:AMM|SUMMIT|EAS|EAS-FMM|APT|APT-FMM|ARF|PMC|SOM|ADMM|ADMM-PLUS|AEM|APSC|ACC|ASEAN-[A-Z]{2}|PMC-[A-Z]{2})"
MEETING_ID = re.compile(rf"{SERIES}-(?:\d{{1,3}}|(?:19|20)\d\d)|[a-z0-9]+(?:-[a-z0-9]+)*")
DATE = re.compile(r"\d{4}-\d\d-\d\d")
READERS = {"A": "a helper session that found the page and annotated it, blind to the pipeline's output",
           "B": "a second helper session, blind to reader A and to the pipeline's output",
           "adjudicator": "a third helper session that decided every disagreement, blind to the pipeline's output"}


def problems(reading: dict, text: str) -> list[str]:
    """What is wrong with a reading or gold file against its text (the checks of tests/test_gold_real.py)."""
    found = [f"missing key {k}" for k in ("id", "lang", "expect_status", "entities", "meetings", "commitments")
             if k not in reading]
    for item in reading.get("entities", []):
        found += [f"label {item}"] if item.get("label") not in LABELS else []
        found += [f"surface not in text: {s!r}" for s in item.get("surfaces", []) if s not in text]
        found += [f"surface untrimmed or with 'the': {s!r}" for s in item.get("surfaces", [])
                  if s != s.strip() or s.lower().startswith("the ")]
    for item in reading.get("meetings", []):
        if not MEETING_ID.fullmatch(item.get("meeting_id", "")):
            found.append(f"meeting id {item.get('meeting_id')}")
        if item.get("ordinal") is not None and item["meeting_id"] != f"{item['series']}-{item['ordinal']}":
            found.append(f"ordinal and id disagree: {item}")
        found += [f"date {item}" for k in ("start_date", "end_date") if item.get(k) and not DATE.fullmatch(item[k])]
        if item.get("start_date") and item.get("end_date") and item["start_date"] > item["end_date"]:
            found.append(f"start after end: {item}")
    for item in reading.get("commitments", []):
        evidence = item.get("evidence", "")
        found += [f"evidence not in text: {evidence!r}"] if evidence not in text else []
        found += [f"evidence under five words: {evidence!r}"] if len(evidence.split()) < 5 else []
        found += [f"action or actor: {item}"] if item.get("action") not in ACTIONS or not item.get("actor") else []
        found += [f"deadline {item}"] if item.get("deadline") and not DATE.fullmatch(item["deadline"]) else []
    return found


def shingles(text: str) -> set:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}


SEED_SHARE = 3     # eight-word runs an article may share with the seeds (tests/test_gold_real.py)


def check(paths: list[str]) -> int:
    bad = 0
    for name in paths:
        path = Path(name)
        reading = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent.parent / "texts" / f"{reading['id']}.txt").read_text(encoding="utf-8")
        for problem in problems(reading, text):
            print(f"{path.name}: {problem}")
            bad += 1
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def add(staging: Path) -> int:
    sources = {}
    for path in sorted((staging / "sources").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                source = json.loads(line)
                sources[source["id"]] = source
    existing = {json.loads(line)["id"] for line in (HERE / "sources.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()}
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    seeds = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in (HERE.parent.parent.parent / "seeds").glob("*.txt")))
    added = []
    for gold_path in sorted((staging / "gold").glob("*.json")):
        ident = gold_path.stem
        readings = [staging / "readers" / f"{ident}.{r}.json" for r in "AB"]
        if ident in existing or not all(p.exists() for p in readings) or ident not in sources:
            continue
        raw = (staging / "texts" / f"{ident}.txt").read_bytes()
        adjudicated = json.loads(gold_path.read_text(encoding="utf-8"))
        if problems(adjudicated, raw.decode("utf-8")):
            print(f"{ident}: not added, its gold has problems (run check)", file=sys.stderr)
            continue
        if len(shingles(raw.decode("utf-8")) & seeds) > SEED_SHARE:
            print(f"{ident}: not added, it copies a seed article's wording", file=sys.stderr)
            continue
        source = sources[ident]
        (CORPUS / f"{ident}.txt").write_bytes(raw)
        for reading in readings:
            shutil.copy(reading, HERE / "readers" / reading.name)
        gold = {"id": ident, "lang": source["lang"], "url": source["url"], "sha256": hashlib.sha256(raw).hexdigest(),
                "split": "dev", "outlet": source["outlet"], "series": source["series"], "year": source["year"],
                "expect_status": adjudicated.get("expect_status", "ok"), "entities": adjudicated["entities"],
                "meetings": adjudicated["meetings"], "commitments": adjudicated["commitments"], "readers": READERS,
                "notes": adjudicated.get("notes", [])}
        (HERE / f"{ident}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        with (HERE / "sources.jsonl").open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({k: source[k] for k in ("id", "url", "outlet", "lang", "year", "series", "query")},
                                    ensure_ascii=False) + "\n")
        split["split"][ident] = "dev"
        split.setdefault("added_to_dev", []).append(ident)
        added.append(ident)
    split["split"] = dict(sorted(split["split"].items()))
    split["added_to_dev"] = sorted(set(split.get("added_to_dev", [])))
    (HERE / "split.json").write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("added:", " ".join(added) or "none")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "check":
        return check(argv[1:])
    if len(argv) == 2 and argv[0] == "add":
        return add(Path(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
