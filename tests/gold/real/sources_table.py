"""Writes the sources table of tests/gold/real/README.md from sources.jsonl and split.json.

    python tests/gold/real/sources_table.py        # rewrites the table between the sources markers

A test checks that the README's table is what this script writes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
BEGIN, END = "<!-- sources:start -->", "<!-- sources:end -->"


def load_sources() -> list[dict]:
    lines = (HERE / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def table() -> str:
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))["split"]
    rows = ["| id | split | language | year | outlet | series | url | query |", "|---|---|---|---|---|---|---|---|"]
    for source in load_sources():
        cells = [source["id"], split[source["id"]], source["lang"], str(source["year"]), source["outlet"],
                 ", ".join(source["series"]), source["url"], source["query"]]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(rows)


def main() -> int:
    readme = HERE / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    readme.write_text(f"{head}{BEGIN}\n{table()}\n{END}{tail}", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
