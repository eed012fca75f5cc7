"""entity_index (contract v2): one row per entity id, named and coded from the knowledge base, counted from entities."""
import pyarrow.parquet as pq
import pytest

from pipeline.kb import KBEntry, KnowledgeBase
from pipeline.io.tables import ENTITY_INDEX, EntityTally, entity_index_rows

KB = KnowledgeBase([
    KBEntry("vietnam", "GPE", "Vietnam", "Q881", "VN", aliases=("Vietnam", "Viet Nam", "Việt Nam"),
            acronyms=("VN",), names_vi=("Việt Nam",)),
    KBEntry("hanoi", "GPE", "Hanoi", "Q1858", group="capital", aliases=("Hanoi", "Hà Nội"), names_vi=("Hà Nội",)),
    KBEntry("asean", "ORG", "ASEAN", "Q7768", aliases=("ASEAN",), acronyms=("ASEAN",)),
])


def mention(doc_id, entity_id, label, name, text):
    return {"doc_id": doc_id, "entity_id": entity_id, "label": label, "name": name, "text": text}


ROWS = [
    mention("d1", "Q881", "GPE", "Vietnam", "Việt Nam"), mention("d1", "Q881", "GPE", "Vietnam", "Việt Nam"),
    mention("d2", "Q881", "GPE", "Vietnam", "Vietnamese government"), mention("d2", "Q1858", "GPE", "Hanoi", "Hanoi"),
    mention("d1", "PERSON:nguyen-van-a", "PERSON", "Nguyen Van A", "Nguyễn Văn A"),
    mention("d2", "PERSON:nguyen-van-a", "PERSON", "Nguyen Van A", "Mr Nguyen Van A"),
    mention("d2", "AMM-56", "EVENT", "56th ASEAN Foreign Ministers' Meeting", "AMM-56"),
]


def index():
    return {row["entity_id"]: row for row in entity_index_rows(EntityTally(ROWS), KB)}


def test_one_row_per_entity_most_mentioned_first():
    rows = entity_index_rows(EntityTally(ROWS), KB)
    assert [r["entity_id"] for r in rows] == ["Q881", "PERSON:nguyen-van-a", "AMM-56", "Q1858"]
    assert sum(r["mentions"] for r in rows) == len(ROWS)


@pytest.mark.parametrize("entity_id, name, name_vi, wikidata, country_code, mentions, documents", [
    ("Q881", "Vietnam", "Việt Nam", "Q881", "VN", 3, 2),                       # a country: its ISO code
    ("Q1858", "Hanoi", "Hà Nội", "Q1858", None, 1, 1),                         # a city: no country code
    ("PERSON:nguyen-van-a", "Nguyen Van A", None, None, None, 2, 2),           # unknown to the knowledge base
    ("AMM-56", "56th ASEAN Foreign Ministers' Meeting", None, None, None, 1, 1),   # a meeting
])
def test_names_codes_and_counts(entity_id, name, name_vi, wikidata, country_code, mentions, documents):
    row = index()[entity_id]
    assert (row["name"], row["name_vi"], row["wikidata"], row["country_code"], row["mentions"], row["documents"]) \
        == (name, name_vi, wikidata, country_code, mentions, documents)


def test_aliases_are_the_knowledge_base_names_then_the_surfaces_seen():
    assert index()["Q881"]["aliases"] == ["Vietnam", "Viet Nam", "Việt Nam", "VN", "Vietnamese government"]
    assert index()["PERSON:nguyen-van-a"]["aliases"] == ["Mr Nguyen Van A", "Nguyễn Văn A"]


def test_documents_added_one_by_one_count_as_in_one_go():
    tally = EntityTally()
    for doc_id in ("d1", "d2"):
        tally.add([r for r in ROWS if r["doc_id"] == doc_id])
    assert entity_index_rows(tally, KB) == entity_index_rows(EntityTally(ROWS), KB)


def test_no_entities_no_rows():
    assert entity_index_rows(EntityTally(), KB) == []


@pytest.mark.slow
def test_seed_index_covers_entities_and_joins_meeting_countries(seed_outputs):
    index = pq.read_table(seed_outputs / "entity_index.parquet")
    entities = pq.read_table(seed_outputs / "entities.parquet")
    meetings = pq.read_table(seed_outputs / "meetings.parquet")
    assert index.schema.remove_metadata().equals(ENTITY_INDEX.remove_metadata())
    ids = index.column("entity_id").to_pylist()
    assert len(ids) == len(set(ids)) and set(ids) == set(entities.column("entity_id").to_pylist())
    assert sum(index.column("mentions").to_pylist()) == entities.num_rows
    country_of = {r["country_code"]: r["entity_id"] for r in index.to_pylist() if r["country_code"]}
    hosts = {c for c in meetings.column("country").to_pylist() if c}
    assert hosts and all(country_of.get(code, "").startswith("Q") for code in hosts if code in country_of)
    assert {"VN", "ID"} & set(country_of)
