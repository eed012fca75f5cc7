"""The output tables: one explicit Arrow schema per table (docs/contract.md), and the rows for them.

Rows are plain dicts in schema order; tables are always built with `pa.Table.from_pylist(rows,
schema=...)`, never with an inferred schema.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Iterable

import pyarrow as pa

from ..document import Document
from ..ids import row_id, source_doc_id


def _field(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": doc})


DOCUMENTS = pa.schema([
    _field("doc_id", pa.string(), "unique over all rows: sha256 (hex) of the normalised text for an ok row; for any "
                                  "other row (skipped, failed, duplicate) sha256 (hex) of a NUL byte and its source", False),
    _field("source", pa.string(), "input path relative to the input root, plus #N for the N-th record", False),
    _field("lang", pa.string(), "ISO 639-1 code of the dominant language, und if unknown", False),
    _field("lang_score", pa.float32(), "confidence of lang, 0..1", False),
    _field("title", pa.string(), "headline when one can be told apart"),
    _field("published", pa.date32(), "the date the article speaks from"),
    _field("text", pa.string(), "normalised text (NFC, boilerplate removed) that all offsets refer to", False),
    _field("status", pa.string(), "ok, skipped or failed", False),
    _field("error", pa.string(), "why it was skipped or failed, in words a person can act on"),
    _field("pipeline_version", pa.string(), "version of the code and models that produced the row", False),
    _field("duplicate_of", pa.string(), "doc_id of the ok row whose text this row repeats (contract v2)"),
    _field("url", pa.string(), "the article's address when the input gives one: the url field of a JSON record, "
                               "the canonical link of an HTML page (contract v2)"),
])

ENTITIES = pa.schema([
    _field("doc_id", pa.string(), "document of the mention", False),
    _field("entity_id", pa.string(), "Wikidata QID, LABEL:slug, or the meeting_id for EVENT", False),
    _field("label", pa.string(), "PERSON, ORG, GPE, LOC, LAW or EVENT", False),
    _field("name", pa.string(), "canonical display name, English where known", False),
    _field("text", pa.string(), "surface as written, == documents.text[start:end]", False),
    _field("start", pa.int32(), "start character offset", False),
    _field("end", pa.int32(), "end character offset (exclusive)", False),
    _field("sentence", pa.int32(), "index of the sentence in the document", False),
    _field("source", pa.string(), "step that found it: model, gazetteer, rule, meeting", False),
    _field("score", pa.float32(), "confidence 0..1: for PERSON, ORG, GPE, LOC and LAW the precision measured on "
           "the real corpus's dev split of mentions of its kind (source, label, shape; "
           "models/entities/calibration.yaml), so that about 8 in 10 of the mentions scored 0.8 are right", False),
])

MEETINGS = pa.schema([
    _field("meeting_id", pa.string(), "SERIES-ordinal, SERIES-year, or a lower-case slug", False),
    _field("series", pa.string(), "series code (AMM, SUMMIT, EAS, ...)", False),
    _field("name", pa.string(), "canonical English name", False),
    _field("ordinal", pa.int16(), "number of the meeting in its series"),
    _field("start_date", pa.date32(), "first day"),
    _field("end_date", pa.date32(), "last day"),
    _field("city", pa.string(), "host city, English name"),
    _field("country", pa.string(), "host country, ISO 3166-1 alpha-2"),
    _field("format", pa.string(), "in-person, virtual or hybrid"),
    _field("theme", pa.string(), "official theme, in the article's words"),
    _field("chair", pa.string(), "entity_id of the chairing country or person"),
    _field("doc_ids", pa.list_(pa.string()), "documents that mention it", False),
    _field("year", pa.int16(), "year it was held: from its dates, else from the series calendar (contract v2)"),
    _field("from_calendar", pa.list_(pa.string()), "attributes filled from the project's meetings calendar and "
           "series knowledge in models/ rather than read in the articles; empty when all came from text "
           "(contract v2)", False),
])

COMMITMENTS = pa.schema([
    _field("commitment_id", pa.string(), "deterministic id", False),
    _field("doc_id", pa.string(), "document of the statement", False),
    _field("meeting_id", pa.string(), "meeting it was made at or reported from"),
    _field("actor_id", pa.string(), "entity_id of the party bound", False),
    _field("actor", pa.string(), "actor as written", False),
    _field("action", pa.string(), "commit, agree, approve, support, promote, implement, ratify, urge, "
                                  "reaffirm, refrain or plan", False),
    _field("trigger", pa.string(), "the words that carry the action", False),
    _field("content", pa.string(), "what is committed to, as written", False),
    _field("deadline", pa.date32(), "date it is due by, if stated"),
    _field("deadline_text", pa.string(), "deadline as written"),
    _field("polarity", pa.string(), "positive, or negative for refrain-type commitments", False),
    _field("start", pa.int32(), "start of the statement in documents.text", False),
    _field("end", pa.int32(), "end of the statement (exclusive)", False),
    _field("score", pa.float32(), "confidence 0..1, calibrated on the real corpus's dev split (models/commitments/"
                                  "<lang>.yaml calibration): about 7 in 10 of the rows scored 0.7 are right", False),
    _field("statement_id", pa.string(), "the statement the row comes from: the rows of one statement binding "
                                        "several parties (\"Thailand and Malaysia agreed\", one row per party) "
                                        "share it (contract v2)", False),
])

ENTITY_INDEX = pa.schema([
    _field("entity_id", pa.string(), "as in entities: one row per entity_id seen in the run (contract v2)", False),
    _field("label", pa.string(), "as in entities (the knowledge base's label when it knows the entity)", False),
    _field("name", pa.string(), "canonical English name", False),
    _field("name_vi", pa.string(), "canonical Vietnamese name where the knowledge base knows one"),
    _field("wikidata", pa.string(), "Wikidata QID where known (then usually the entity_id itself)"),
    _field("country_code", pa.string(), "ISO 3166-1 alpha-2 for a country, so that it joins meetings.country; "
           "else null"),
    _field("aliases", pa.list_(pa.string()), "the knowledge base's names, then every other surface seen in the "
           "run, most frequent first", False),
    _field("mentions", pa.int32(), "rows in entities", False),
    _field("documents", pa.int32(), "distinct documents that mention it", False),
])

SCHEMAS = {"documents": DOCUMENTS, "entities": ENTITIES, "meetings": MEETINGS, "commitments": COMMITMENTS,
           "entity_index": ENTITY_INDEX}
# Contract version each table meets, written in its Parquet metadata as contract_version. A table moves to 2 once
# it has every v2 addition of its own (docs/contract.md): documents (doc_id unique over all rows, duplicate_of,
# url), meetings (year, from_calendar), commitments (a row per bound party, statement_id); entity_index is new.
CONTRACT_VERSIONS = {"documents": "2", "entities": "1", "meetings": "2", "commitments": "2", "entity_index": "2"}


def table_rows(doc: Document, pipeline_version: str) -> dict[str, list[dict]]:
    """The document's rows for each per-document table, checked against the schemas: a value of the
    wrong type raises here, for this document alone, and not when a whole row group is written."""
    rows = {"documents": [document_row(doc, pipeline_version)], "entities": [], "commitments": []}
    if doc.ok:
        rows["entities"] = entity_rows(doc)
        rows["commitments"] = commitment_rows(doc)
    for table, batch in rows.items():
        _check(table, batch)
    return rows


def _check(table: str, rows: list[dict]) -> None:
    """Raise if the rows do not fit the table's schema, as the Parquet writer would (nulls included)."""
    arrow = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    for column in SCHEMAS[table]:
        if not column.nullable and arrow.column(column.name).null_count:
            raise ValueError(f"{table}.{column.name} is null, which the contract does not allow")


def document_row(doc: Document, pipeline_version: str) -> dict:
    return {"doc_id": doc.doc_id, "source": doc.source, "lang": doc.lang, "lang_score": doc.lang_score,
            "title": doc.title, "published": doc.published, "text": doc.text, "status": doc.status,
            "error": doc.error, "pipeline_version": pipeline_version, "duplicate_of": doc.duplicate_of,
            "url": doc.url}


def published_document_row(row: dict, pipeline_version: str) -> dict:
    """The row as the documents table holds it. Within a run (and in the cache) a document is known by the
    hash of its text; in the table a row that is not ok gets an id of its own from its source, so that
    doc_id is unique over all rows (failed rows have no text; a duplicate repeats its original's)."""
    doc_id = row["doc_id"] if row["status"] == "ok" else source_doc_id(row["source"])
    return {**row, "doc_id": doc_id, "pipeline_version": pipeline_version}


def entity_rows(doc: Document) -> list[dict]:
    return [{"doc_id": doc.doc_id, "entity_id": e.entity_id, "label": e.label, "name": e.name, "text": e.text,
             "start": e.start, "end": e.end, "sentence": e.sentence, "source": e.source, "score": e.score}
            for e in sorted(doc.entities, key=lambda e: (e.start, e.end, e.label))]


def commitment_rows(doc: Document) -> list[dict]:
    rows = []
    for c in sorted(doc.commitments, key=lambda c: (c.start, c.end, c.action)):
        rows.append({"commitment_id": row_id(doc.doc_id, c.start, c.end, c.action, c.actor_id, c.trigger),
                     "doc_id": doc.doc_id, "meeting_id": c.meeting_id, "actor_id": c.actor_id, "actor": c.actor,
                     "action": c.action, "trigger": c.trigger, "content": c.content, "deadline": c.deadline,
                     "deadline_text": c.deadline_text, "polarity": c.polarity, "start": c.start, "end": c.end,
                     "score": c.score,
                     "statement_id": row_id(doc.doc_id, c.start, c.end, c.action, c.trigger, c.content)})
    return rows


def meeting_row(meeting_id: str, series: str, name: str, ordinal: int | None, start_date: date | None,
                end_date: date | None, city: str | None, country: str | None, format: str | None,
                theme: str | None, chair: str | None, doc_ids: Iterable[str], year: int | None = None,
                from_calendar: Iterable[str] = ()) -> dict:
    return {"meeting_id": meeting_id, "series": series, "name": name, "ordinal": ordinal,
            "start_date": start_date, "end_date": end_date, "city": city, "country": country, "format": format,
            "theme": theme, "chair": chair, "doc_ids": sorted(set(doc_ids)), "year": year,
            "from_calendar": list(from_calendar)}


class EntityTally:
    """What the entity index needs from the entities rows, in memory bounded by the number of distinct
    entities and surfaces (not mentions): per entity_id, counts of labels, names and surfaces, mentions
    and documents. `add` takes whole documents' rows: a document added twice is counted twice."""

    def __init__(self, rows: Iterable[dict] = ()):
        self.labels: dict[str, Counter] = {}
        self.names: dict[str, Counter] = {}
        self.surfaces: dict[str, Counter] = {}
        self.documents: Counter = Counter()
        self.add(rows)

    def add(self, rows: Iterable[dict]) -> None:
        seen = set()
        for row in rows:
            entity_id = row["entity_id"]
            self.labels.setdefault(entity_id, Counter())[row["label"]] += 1
            self.names.setdefault(entity_id, Counter())[row["name"]] += 1
            self.surfaces.setdefault(entity_id, Counter())[row["text"]] += 1
            seen.add((entity_id, row["doc_id"]))
        self.documents.update(entity_id for entity_id, _ in seen)


def entity_index_rows(tally: EntityTally, kb) -> list[dict]:
    """One row per entity id, most mentioned first: names, QID and ISO code from the knowledge base
    (`kb.by_id`) where it knows the entity, else the most frequent label and name of its mentions."""
    rows = []
    for entity_id, labels in tally.labels.items():
        entry = kb.by_id.get(entity_id)
        known = (*entry.aliases, *entry.acronyms, *entry.ambiguous) if entry else ()
        seen = [s for s, _ in sorted(tally.surfaces[entity_id].items(), key=lambda sc: (-sc[1], sc[0]))]
        rows.append({
            "entity_id": entity_id,
            "label": entry.label if entry else _most_common(labels),
            "name": entry.name if entry else _most_common(tally.names[entity_id]),
            "name_vi": entry.names_vi[0] if entry and entry.names_vi else None,
            "wikidata": entry.qid if entry else (entity_id if re.fullmatch(r"Q[1-9][0-9]*", entity_id) else None),
            "country_code": entry.iso2 if entry and entry.label == "GPE" else None,
            "aliases": list(dict.fromkeys([*known, *seen])),
            "mentions": sum(labels.values()),
            "documents": tally.documents[entity_id],
        })
    rows.sort(key=lambda r: (-r["mentions"], r["entity_id"]))
    _check("entity_index", rows)
    return rows


def _most_common(counts: Counter) -> str:
    """The most frequent value, the first in sort order among equals (deterministic)."""
    return min(counts.items(), key=lambda vc: (-vc[1], vc[0]))[0]


# Not an output table: the per-document meeting mentions kept in the result cache, so that the
# corpus-level meetings table can be rebuilt without reprocessing unchanged documents.
MENTIONS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("meeting_id", pa.string(), nullable=False),
    pa.field("series", pa.string()),
    pa.field("name", pa.string()),
    pa.field("ordinal", pa.int32()),
    pa.field("start", pa.int32()),
    pa.field("end", pa.int32()),
    pa.field("text", pa.string()),
    pa.field("sentence", pa.int32()),
    pa.field("start_date", pa.date32()),
    pa.field("end_date", pa.date32()),
    pa.field("city", pa.string()),
    pa.field("country", pa.string()),
    pa.field("format", pa.string()),
    pa.field("theme", pa.string()),
    pa.field("chair", pa.string()),
    pa.field("evidence", pa.float64()),     # float64: a cached mention must merge exactly like a fresh one
    pa.field("score", pa.float64()),
    pa.field("date_evidence", pa.float64()),
])
CACHED_TABLES = {"documents": DOCUMENTS, "entities": ENTITIES, "commitments": COMMITMENTS, "mentions": MENTIONS}


def mention_rows(doc_id: str, mentions) -> list[dict]:
    return [{"doc_id": doc_id, **{f.name: getattr(m, f.name) for f in MENTIONS if f.name != "doc_id"}}
            for m in mentions]


def mention_from_row(row: dict):
    from ..document import MeetingMention

    return MeetingMention(**{k: v for k, v in row.items() if k != "doc_id"})
