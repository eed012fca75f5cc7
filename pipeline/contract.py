"""The output contract, written from the code: `make contract`, or `python -m pipeline.contract [--check]`.

docs/contract.md is generated: its tables come from the Arrow schemas in tables.py (name, type, nullability
and each field's description), its series codes from models/meetings/series.yaml, and the conventions
below. A test fails when the file differs from what this module writes; change a schema, then rerun.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow as pa

from .resources import load_data, models_dir
from .io.tables import CONTRACT_VERSIONS, SCHEMAS

CONTRACT_PATH = models_dir().parent / "docs" / "contract.md"

INTRODUCTION = """\
What a run writes to its output folder, and what notebooks, analysts and scheduled jobs may rely on. Each
table is one Parquet file, `<output>/<table>.parquet`, readable with `pandas.read_parquet`. The columns below
(names, types, nulls) are the promise: columns may be added; none is removed, renamed or retyped without a
new `contract_version` in the Parquet file's metadata."""

CONVENTIONS = """\
- **Offsets.** `start` and `end` are Python string indices into `documents.text`, end exclusive:
  `text[start:end]` is exactly the surface the row describes, in every row of every table.
- **Dates** are `date32`, without time or time zone. What is not known is null; no date is made up.
- **Determinism.** The same input gives the same ids and the same rows in the same order, with any number
  of workers; ids are derived from the content, not from file names or their order.
- **Every input is accounted for.** Each input file (each record of a `.jsonl`/`.json` file) has one
  `documents` row, whatever happened to it. A text that repeats an earlier one is `skipped` with the error
  `duplicate of <source>` and keeps the same `doc_id`, so `doc_id` is unique among the `ok` rows.
- **Entity ids** are shared across documents and languages: a Wikidata QID where the project's knowledge
  base knows one (`Q7768` is ASEAN), else `<LABEL>:<ascii-folded slug>` (`PERSON:nguyen-quoc-dung`); an
  EVENT entity is a meeting mention and its `entity_id` is the `meeting_id`."""

MEETINGS_NOTE = """\
A `meeting_id` is `<SERIES>-<ordinal>` for a numbered meeting (`AMM-54`, `EAS-FMM-10`), else
`<SERIES>-<year>` (`SOM-2022`), else a lower-case slug of its name. A forum such as the East Asia Summit or
the ASEAN Regional Forum is a meeting series, never an ORG entity. Series codes the pipeline knows (from
`models/meetings/series.yaml`; the contract also reserves `ASEAN-<XX>` for a summit of ASEAN with one partner
and `PMC-<XX>` for the foreign ministers' meeting with one partner, XX the partner's ISO 3166-1 code):"""

COMMITMENTS_NOTE = """\
A commitment is a statement that an identifiable party (ASEAN, an ASEAN body, a member state, its leaders or
ministers, a partner) commits, agrees, decides, approves, pledges, or says it is determined or intends, to do
something or to refrain from something. Facts, praise, welcomes, concerns and things merely noted are not
commitments. The actor is the party bound: collective phrases ("the ministers", "member states", "Các Bộ
trưởng") bind ASEAN; an official speaking for a state binds that state; leaders or ministers speaking
together at a forum with partners (East Asia Summit, ASEAN Regional Forum, ASEAN Plus Three, ADMM-Plus) bind
the forum, with an id such as `ORG:east-asia-summit`. A statement that binds several named parties ("Thailand
and Malaysia agreed", "ASEAN and China", "Indonesia và Việt Nam nhất trí") gives one row per party; the rows
of one statement share its `statement_id` (contract v2)."""

TABLE_NOTES = {
    "documents": "One row per input file or record, with its status and, when it is not `ok`, why.",
    "entities": "One row per mention of a person, organisation, place, agreement or meeting.",
    "meetings": "One row per distinct meeting across the whole corpus.\n\n" + MEETINGS_NOTE,
    "commitments": "One row per commitment statement and party it binds.\n\n" + COMMITMENTS_NOTE,
    "entity_index": "One row per `entity_id` seen in the run: names in English and Vietnamese, Wikidata QID, "
                    "aliases, and for a country its ISO code, so that `meetings.country` joins `meetings.chair` and "
                    "`commitments.actor_id` through it.",
}


def type_name(type_: pa.DataType) -> str:
    """The type as the contract writes it: `string`, `int32`, `date32`, `list<string>`."""
    if pa.types.is_list(type_):
        return f"list<{type_name(type_.value_type)}>"
    if pa.types.is_date32(type_):
        return "date32"
    if pa.types.is_floating(type_):
        return f"float{type_.bit_width}"
    return str(type_)


def schema_table(schema: pa.Schema) -> list[str]:
    rows = ["| column | type | null | meaning |", "|---|---|---|---|"]
    for field in schema:
        meaning = (field.metadata or {}).get(b"description", b"").decode("utf-8")
        rows.append(f"| `{field.name}` | {type_name(field.type)} | {'yes' if field.nullable else 'no'} | {meaning} |")
    return rows


def series_codes() -> list[str]:
    series = load_data("meetings/series.yaml")["series"]
    return [f"- `{code}` {entry['name']}" + (" (the project's own code: the meeting_id is a slug)"
                                             if entry.get("id") == "slug" else "")
            for code, entry in series.items()]


def render() -> str:
    """docs/contract.md, as this version of the code defines it."""
    versions = ", ".join(f"{table} {version}" for table, version in CONTRACT_VERSIONS.items())
    lines = ["# Output contract", "", f"`contract_version` in each table's Parquet metadata: {versions}.", "",
             "<!-- Generated by `make contract` (python -m pipeline.contract) from pipeline/io/tables.py: "
             "do not edit by hand. -->", "", INTRODUCTION, "", "## Conventions for every table", "", CONVENTIONS]
    for name, schema in SCHEMAS.items():
        lines += ["", f"## {name} (contract_version {CONTRACT_VERSIONS[name]})", "", TABLE_NOTES[name], ""]
        if name == "meetings":
            lines += [*series_codes(), ""]
        lines += schema_table(schema)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.contract", description=__doc__)
    parser.add_argument("--output", type=Path, default=CONTRACT_PATH, help="where to write (default: docs/contract.md)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run `make contract`", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
