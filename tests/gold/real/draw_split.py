"""Draws the dev/test split of the real-article corpus once, before any rule work, and records it.

    python tests/gold/real/draw_split.py          # writes tests/gold/real/split.json (refuses to redraw)

Stratified by language and by the first series an article names: the articles are grouped by
(language, series), shuffled within each group by a seeded generator, the groups laid end to end in
sorted order per language, and every third article from a random offset goes to `test`. So each
language and each series gets about a third of its articles in `test`, and the draw is reproducible.
The split is frozen: the gold files copy it and a test checks that they agree with split.json.
"""
from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20261202
TEST_EVERY = 3


def draw(sources: list[dict], seed: int = SEED) -> dict[str, str]:
    rng = random.Random(seed)
    by_language: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for source in sorted(sources, key=lambda s: s["id"]):
        language = source["lang"] if source["lang"] in ("en", "vi") else "other"
        by_language[language][source["series"][0] if source["series"] else "-"].append(source["id"])
    split = {}
    for language in sorted(by_language):
        ordered = []
        for series in sorted(by_language[language]):
            group = by_language[language][series]
            rng.shuffle(group)
            ordered.extend(group)
        offset = rng.randrange(TEST_EVERY)
        for position, ident in enumerate(ordered):
            split[ident] = "test" if position % TEST_EVERY == offset else "dev"
    return dict(sorted(split.items()))


def main() -> int:
    target = HERE / "split.json"
    if target.exists():
        print(f"{target} exists: the split is drawn once and frozen", file=sys.stderr)
        return 1
    sources = [json.loads(line) for line in (HERE / "sources.jsonl").read_text(encoding="utf-8").splitlines() if line]
    split = draw(sources)
    target.write_text(json.dumps({"seed": SEED, "method": "draw_split.py: stratified by language and first series, "
                                  "every third article from a seeded offset is test", "split": split},
                                 indent=1) + "\n", encoding="utf-8")
    counts = defaultdict(int)
    for source in sources:
        counts[(source["lang"], split[source["id"]])] += 1
    print(dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
