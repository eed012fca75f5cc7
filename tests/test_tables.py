"""The output schemas are frozen: declared once, written exactly, matching the contract (docs/contract.md; v2 additions marked)."""
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.io.tables import CONTRACT_VERSIONS, SCHEMAS

# The contract (docs/contract.md), column by column. Changing a table means bumping its contract_version.
CONTRACT = {
    "documents": [("doc_id", pa.string()), ("source", pa.string()), ("lang", pa.string()),
                  ("lang_score", pa.float32()), ("title", pa.string()), ("published", pa.date32()),
                  ("text", pa.string()), ("status", pa.string()), ("error", pa.string()),
                  ("pipeline_version", pa.string()),
                  ("duplicate_of", pa.string()), ("url", pa.string())],      # v2
    "entities": [("doc_id", pa.string()), ("entity_id", pa.string()), ("label", pa.string()), ("name", pa.string()),
                 ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("sentence", pa.int32()),
                 ("source", pa.string()), ("score", pa.float32())],
    "meetings": [("meeting_id", pa.string()), ("series", pa.string()), ("name", pa.string()),
                 ("ordinal", pa.int16()), ("start_date", pa.date32()), ("end_date", pa.date32()),
                 ("city", pa.string()), ("country", pa.string()), ("format", pa.string()), ("theme", pa.string()),
                 ("chair", pa.string()), ("doc_ids", pa.list_(pa.string())),
                 ("year", pa.int16()), ("from_calendar", pa.list_(pa.string()))],          # contract v2
    "commitments": [("commitment_id", pa.string()), ("doc_id", pa.string()), ("meeting_id", pa.string()),
                    ("actor_id", pa.string()), ("actor", pa.string()), ("action", pa.string()),
                    ("trigger", pa.string()), ("content", pa.string()), ("deadline", pa.date32()),
                    ("deadline_text", pa.string()), ("polarity", pa.string()), ("start", pa.int32()),
                    ("end", pa.int32()), ("score", pa.float32()),
                    ("statement_id", pa.string())],                                            # contract v2
    "entity_index": [("entity_id", pa.string()), ("label", pa.string()), ("name", pa.string()),      # contract v2
                     ("name_vi", pa.string()), ("wikidata", pa.string()), ("country_code", pa.string()),
                     ("aliases", pa.list_(pa.string())), ("mentions", pa.int32()), ("documents", pa.int32())],
}


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_declared_schema_matches_contract(table):
    assert [(f.name, f.type) for f in SCHEMAS[table]] == CONTRACT[table]
    assert all(f.metadata and f.metadata[b"description"] for f in SCHEMAS[table])


@pytest.mark.slow
@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_written_schema_equals_declared(seed_outputs, table):
    written = pq.read_schema(seed_outputs / f"{table}.parquet")
    assert written.remove_metadata().equals(SCHEMAS[table].remove_metadata(), check_metadata=False)
    assert [f.nullable for f in written] == [f.nullable for f in SCHEMAS[table]]
    assert written.metadata[b"contract_version"] == CONTRACT_VERSIONS[table].encode()
    assert CONTRACT_VERSIONS[table] == ("1" if table == "entities" else "2")   # entities has no v2 addition   # tables with all their v2 additions
    assert written.metadata[b"pipeline_version"]
    assert b"__index_level_0__" not in b"".join(written.metadata)
