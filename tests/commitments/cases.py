"""The development set's machinery: a text through every stage, and its rows as (actor, action, polarity,
deadline) with the actor a canonical English name turned into an id with the knowledge base."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.ids import fallback_entity_id

POS, NEG = "positive", "negative"


def actor_id(name: str) -> str:
    """The id a canonical actor name gets: the knowledge base's, else the forum's `ORG:` id."""
    from pipeline.kb import knowledge_base

    entry = knowledge_base().lookup(name)
    return entry.entity_id if entry is not None else fallback_entity_id("ORG", name)


def rows_of(text: str, lang: str, published: str | None = None) -> list[dict]:
    """Commitment rows of `text` through every stage; the language is given (a sentence is too short for langid);
    `published` (YYYY-MM-DD) dates the article."""
    from pipeline.commitments import find_commitments
    from pipeline.stages.dates import find_dates
    from pipeline.entities import find_entities
    from pipeline.stages.ingest import ingest
    from pipeline.meetings import find_meetings
    from pipeline.io.inputs import RawRecord
    from pipeline.io.tables import commitment_rows
    from pipeline.stages.tokenize import tokenize_batch

    fields = {"text": text, **({"published": published} if published else {})}
    doc = ingest(RawRecord("<text>", fields=fields, kind="record"))
    doc.lang = lang
    tokenize_batch([doc])
    for stage in (find_dates, find_meetings, find_entities, find_commitments):
        stage(doc)
    return commitment_rows(doc)


def as_expected(rows: list[dict]) -> Counter:
    return Counter((r["actor_id"], r["action"], r["polarity"], r["deadline"]) for r in rows)


def params(lang: str, cases: list) -> list:
    return [pytest.param(lang, text, expected, id=f"{lang}: {text[-60:]}") for text, expected in cases]


def check_rows(lang: str, text: str, expected: list) -> None:
    rows = rows_of(text, lang)
    wanted = Counter((actor_id(a), action, polarity, deadline) for a, action, polarity, deadline in expected)
    assert as_expected(rows) == wanted, [(r["actor"], r["trigger"], text[r["start"]:r["end"]]) for r in rows]


def check_no_rows(lang: str, text: str) -> None:
    rows = rows_of(text, lang)
    assert rows == [], [(r["action"], r["trigger"], text[r["start"]:r["end"]]) for r in rows]
