#!/usr/bin/env python3
"""Check a directory of output tables against the output contract (docs/contract.md, v1; with --v2 also the
columns planned for contract v2).

Independent of the pipeline's code on purpose: it reads the Parquet files with pyarrow and checks them
against the contract's own column list, so a schema changed in pipeline/io/tables.py cannot pass unnoticed.

usage: check_contract.py OUTPUT_DIR [--inputs INPUT_DIR] [--v2]

Needs only pyarrow. Prints one line per problem and exits 1 if there is any,
else prints a one-line summary and exits 0.
"""
import argparse
import re
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds

TABLES = {
    "documents": {
        "doc_id": "string", "source": "string", "lang": "string", "lang_score": "float",
        "title": "string", "published": "date", "text": "string", "status": "string",
        "error": "string", "pipeline_version": "string",
    },
    "entities": {
        "doc_id": "string", "entity_id": "string", "label": "string", "name": "string",
        "text": "string", "start": "int", "end": "int", "sentence": "int", "source": "string",
        "score": "float",
    },
    "meetings": {
        "meeting_id": "string", "series": "string", "name": "string", "ordinal": "int",
        "start_date": "date", "end_date": "date", "city": "string", "country": "string",
        "format": "string", "theme": "string", "chair": "string", "doc_ids": "list<string>",
    },
    "commitments": {
        "commitment_id": "string", "doc_id": "string", "meeting_id": "string",
        "actor_id": "string", "actor": "string", "action": "string", "trigger": "string",
        "content": "string", "deadline": "date", "deadline_text": "string",
        "polarity": "string", "start": "int", "end": "int", "score": "float",
    },
}
V2_COLUMNS = {
    "documents": {"duplicate_of": "string", "url": "string"},
    "meetings": {"year": "int", "from_calendar": "list<string>"},
    "commitments": {"statement_id": "string"},
    "entity_index": {"entity_id": "string", "label": "string", "name": "string", "name_vi": "string",
                     "wikidata": "string", "country_code": "string", "aliases": "list<string>", "mentions": "int", "documents": "int"},
}
LABELS = {"PERSON", "ORG", "GPE", "LOC", "LAW", "EVENT"}
ACTIONS = {"commit", "agree", "approve", "support", "promote", "implement", "ratify",
           "urge", "reaffirm", "refrain", "plan"}
STATUSES = {"ok", "skipped", "failed"}
FORMATS = {"in-person", "virtual", "hybrid"}
ENTITY_ID = re.compile(r"^(Q[1-9][0-9]*|(PERSON|ORG|GPE|LOC|LAW):[a-z0-9]+(-[a-z0-9]+)*)$")
MEETING_ID = re.compile(r"^[A-Z][A-Z0-9+]*(-[A-Za-z0-9+]+)+$|^[a-z0-9]+(-[a-z0-9]+)*$")


def kind(t: pa.DataType) -> str:
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t):
        return "string"
    if pa.types.is_integer(t):
        return "int"
    if pa.types.is_floating(t):
        return "float"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return "list<" + kind(t.value_type) + ">"
    if pa.types.is_dictionary(t):
        return kind(t.value_type)
    return str(t)


def load(out: Path, name: str):
    for p in (out / f"{name}.parquet", out / name):
        if p.exists():
            return ds.dataset(str(p), format="parquet").to_table()
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("outputs", type=Path)
    ap.add_argument("--inputs", type=Path, help="input root: every file must have a documents row")
    ap.add_argument("--v2", action="store_true", help="also check the v2 additions")
    args = ap.parse_args()
    problems: list[str] = []
    tables = {}
    wanted = {k: dict(v) for k, v in TABLES.items()}
    if args.v2:
        for name, cols in V2_COLUMNS.items():
            wanted.setdefault(name, {}).update(cols)
    for name, cols in wanted.items():
        t = load(args.outputs, name)
        if t is None:
            problems.append(f"{name}: table missing ({name}.parquet)")
            continue
        tables[name] = t
        for col, want in cols.items():
            if col not in t.column_names:
                problems.append(f"{name}: column {col} missing")
            elif kind(t.schema.field(col).type) != want:
                problems.append(f"{name}.{col}: type {t.schema.field(col).type}, contract says {want}")
    if problems:
        return report(problems, tables)

    docs = tables["documents"].to_pylist()
    ok_docs = [d for d in docs if d["status"] == "ok"]
    text = {d["doc_id"]: d["text"] for d in ok_docs}
    if len(text) != len(ok_docs):
        problems.append("documents: doc_id is not unique among ok rows")
    if args.v2:
        if len({d["doc_id"] for d in docs}) != len(docs):
            problems.append("documents: doc_id is not unique over all rows (v2)")
        for d in docs:
            if d["duplicate_of"] is not None and d["duplicate_of"] not in text:
                problems.append(f"documents {d['source']}: duplicate_of {d['duplicate_of'][:12]} is no ok row")
        index = tables["entity_index"].to_pylist()
        ids = [r["entity_id"] for r in index]
        if len(set(ids)) != len(ids):
            problems.append("entity_index: entity_id is not unique")
        seen = {e["entity_id"] for e in tables["entities"].to_pylist()}
        if set(ids) != seen:
            problems.append(f"entity_index: {len(seen - set(ids))} entity ids of entities missing, "
                            f"{len(set(ids) - seen)} not in entities")
        for r in index:
            if r["wikidata"] is not None and not re.fullmatch(r"Q[1-9][0-9]*", r["wikidata"]):
                problems.append(f"entity_index {r['entity_id']}: wikidata {r['wikidata']!r}")
    for d in docs:
        if d["status"] not in STATUSES:
            problems.append(f"documents {d['source']}: status {d['status']!r}")
        if d["status"] != "ok" and not d["error"]:
            problems.append(f"documents {d['source']}: status {d['status']} without an error message")
        if d["status"] == "ok" and not d["text"]:
            problems.append(f"documents {d['source']}: ok but empty text")
    if args.inputs:
        sources = {d["source"].split("#")[0] for d in docs}
        for f in sorted(p for p in args.inputs.rglob("*") if p.is_file()):
            rel = f.relative_to(args.inputs).as_posix()
            if rel not in sources:
                problems.append(f"documents: input file {rel} has no row")

    for e in tables["entities"].to_pylist():
        where = f"entities {e['doc_id'][:12]}@{e['start']}"
        if e["doc_id"] not in text:
            problems.append(f"{where}: unknown doc_id")
            continue
        if e["label"] not in LABELS:
            problems.append(f"{where}: label {e['label']!r}")
        if (text[e["doc_id"]] or "")[e["start"]:e["end"]] != e["text"]:
            problems.append(f"{where}: text {e['text']!r} != documents.text[start:end]")
        eid = e["entity_id"] or ""
        if e["label"] == "EVENT":
            if not MEETING_ID.match(eid):
                problems.append(f"{where}: EVENT entity_id {eid!r} is not a meeting id")
        elif not ENTITY_ID.match(eid):
            problems.append(f"{where}: entity_id {eid!r} is neither a QID nor LABEL:slug")
        if e["score"] is None or not 0 <= e["score"] <= 1:
            problems.append(f"{where}: score {e['score']!r}")

    meetings = tables["meetings"].to_pylist()
    mids = {m["meeting_id"] for m in meetings}
    if len(mids) != len(meetings):
        problems.append("meetings: meeting_id is not unique")
    for m in meetings:
        where = f"meetings {m['meeting_id']}"
        if not MEETING_ID.match(m["meeting_id"] or ""):
            problems.append(f"{where}: malformed meeting_id")
        if m["country"] is not None and not re.fullmatch(r"[A-Z]{2}", m["country"]):
            problems.append(f"{where}: country {m['country']!r} is not ISO 3166-1 alpha-2")
        if m["format"] is not None and m["format"] not in FORMATS:
            problems.append(f"{where}: format {m['format']!r}")
        if m["start_date"] and m["end_date"] and m["end_date"] < m["start_date"]:
            problems.append(f"{where}: ends before it starts")
        for d in m["doc_ids"] or []:
            if d not in text:
                problems.append(f"{where}: unknown doc_id {d[:12]}")

    for c in tables["commitments"].to_pylist():
        where = f"commitments {c['commitment_id']}"
        if c["doc_id"] not in text:
            problems.append(f"{where}: unknown doc_id")
            continue
        if c["action"] not in ACTIONS:
            problems.append(f"{where}: action {c['action']!r}")
        if c["polarity"] not in {"positive", "negative"}:
            problems.append(f"{where}: polarity {c['polarity']!r}")
        n = len(text[c["doc_id"]] or "")
        if not (0 <= c["start"] < c["end"] <= n):
            problems.append(f"{where}: span {c['start']}..{c['end']} outside the text")
        if c["meeting_id"] is not None and c["meeting_id"] not in mids:
            problems.append(f"{where}: meeting_id {c['meeting_id']!r} not in meetings")
        if not c["actor_id"]:
            problems.append(f"{where}: no actor_id")
    return report(problems, tables)


def report(problems, tables) -> int:
    for p in problems[:200]:
        print(p)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    counts = ", ".join(f"{k}={v.num_rows}" for k, v in tables.items())
    print(f"{'FAIL' if problems else 'OK'}: {len(problems)} problems; {counts}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
