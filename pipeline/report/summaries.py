"""The figures' numbers: small pure functions from the typed tables (pipeline.frames) to DataFrames.

Each takes and returns pandas objects and touches no file, so the tests can check the numbers apart
from the drawing.
"""
from __future__ import annotations

from datetime import date
from itertools import combinations

import pandas as pd

ACTOR_LABELS = ("PERSON", "ORG", "GPE")


def documents_by_status(documents: pd.DataFrame) -> pd.DataFrame:
    """Documents per language (rows) and status (columns: ok, skipped, failed)."""
    counts = documents.groupby(["lang", "status"]).size().unstack("status", fill_value=0)
    return counts.reindex(columns=["ok", "skipped", "failed"], fill_value=0).sort_index()


def problems(documents: pd.DataFrame) -> pd.DataFrame:
    """The skipped and failed documents, and the ok ones read with a warning, with the reason."""
    flagged = documents[(documents.status != "ok") | documents.error.notna()]
    return flagged[["status", "source", "lang", "error"]].sort_values(["status", "source"])


def meetings_by_year_series(meetings: pd.DataFrame) -> pd.DataFrame:
    """year, series, count and the meeting ids, for the meetings whose year is known."""
    known = meetings.dropna(subset=["year"])
    grouped = known.groupby(["year", "series"]).meeting_id
    return pd.DataFrame({"count": grouped.size(), "meetings": grouped.agg(", ".join)}).reset_index()


def meeting_titles(meetings: pd.DataFrame) -> dict[str, str]:
    """'51st ASEAN Foreign Ministers' Meeting, 2018' by meeting_id."""
    return {m.meeting_id: m.name + (f", {m.year}" if pd.notna(m.year) else "") for m in meetings.itertuples()}


def entity_names(entity_index: pd.DataFrame) -> dict[str, str]:
    return dict(zip(entity_index.entity_id, entity_index.name))


def actor_names(commitments: pd.DataFrame, entity_index: pd.DataFrame) -> pd.Series:
    """The actor of each commitment by its canonical name, else as most often written."""
    written = commitments.groupby("actor_id").actor.agg(lambda s: s.value_counts().index[0])
    names = {**written.to_dict(), **entity_names(entity_index)}
    return commitments.actor_id.map(names).astype("string")


def commitment_matrix(commitments: pd.DataFrame, entity_index: pd.DataFrame, today: date
                      ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(count, ahead): commitments per actor (rows, most committed first) and action (columns), and the
    same shape holding how many of them have a deadline on or after `today`."""
    frame = commitments.assign(actor_name=actor_names(commitments, entity_index),
                               ahead=commitments.deadline >= pd.Timestamp(today))
    count = frame.pivot_table(index="actor_name", columns="action", values="commitment_id", aggfunc="count",
                              fill_value=0, observed=True)
    ahead = frame.pivot_table(index="actor_name", columns="action", values="ahead", aggfunc="sum",
                              fill_value=0, observed=True).reindex_like(count).fillna(0).astype(int)
    order = count.sum(axis=1).sort_values(ascending=False, kind="stable").index
    return count.loc[order].astype(int), ahead.loc[order]


def deadlines(commitments: pd.DataFrame, entity_index: pd.DataFrame, today: date) -> pd.DataFrame:
    """Commitments with a deadline, soonest first, marked ahead (on or after `today`) or past."""
    dated = commitments[commitments.deadline.notna()].assign(actor_name=actor_names(commitments, entity_index))
    dated = dated.assign(ahead=dated.deadline >= pd.Timestamp(today)).sort_values("deadline", kind="stable")
    return dated[["deadline", "ahead", "actor_name", "action", "content", "meeting_id"]]


def top_entities(entity_index: pd.DataFrame, per_label: int = 8) -> pd.DataFrame:
    """The most-mentioned entities of each label (label, name, mentions, documents)."""
    ranked = entity_index.sort_values(["label", "mentions", "entity_id"], ascending=[True, False, True])
    return ranked.groupby("label").head(per_label)[["label", "entity_id", "name", "mentions", "documents"]]


def document_years(documents: pd.DataFrame, entities: pd.DataFrame, meetings: pd.DataFrame) -> pd.Series:
    """Year of each ok document (by doc_id): its publication date, else the year of the meeting it mentions
    most often (the later one among equals); missing when neither is known."""
    ok = documents[documents.status == "ok"]
    published = pd.Series(ok.published.dt.year.astype("Int16").values, index=ok.doc_id.values)
    year_of = dict(zip(meetings.meeting_id, meetings.year))
    events = entities[entities.label == "EVENT"].assign(year=lambda e: e.entity_id.map(year_of)).dropna(subset=["year"])
    counted = events.groupby(["doc_id", "year"]).size().rename("n").reset_index()
    held = counted.sort_values(["doc_id", "n", "year"]).groupby("doc_id").year.last()
    return published.fillna(held.reindex(published.index)).astype("Int16")


def mentions_by_year(entities: pd.DataFrame, years: pd.Series, entity_ids: list[str]) -> pd.DataFrame:
    """Mentions per year (rows) of each of `entity_ids` (columns), from the documents' years."""
    chosen = entities[entities.entity_id.isin(entity_ids)].assign(year=entities.doc_id.map(years))
    table = chosen.dropna(subset=["year"]).groupby(["year", "entity_id"]).size().unstack(fill_value=0)
    return table.reindex(columns=[e for e in entity_ids if e in table.columns])


def top_actors(entity_index: pd.DataFrame, limit: int) -> list[str]:
    actors = entity_index[entity_index.label.isin(ACTOR_LABELS)]
    return actors.sort_values(["mentions", "entity_id"], ascending=[False, True]).entity_id.head(limit).tolist()


def cooccurrence(entities: pd.DataFrame, entity_ids: list[str]) -> pd.DataFrame:
    """Pairs of `entity_ids` (a < b) and the number of sentences that mention both."""
    chosen = entities[entities.entity_id.isin(entity_ids)]
    pairs: dict[tuple[str, str], int] = {}
    for ids in chosen.groupby(["doc_id", "sentence"]).entity_id.agg(lambda s: sorted(set(s))):
        for pair in combinations(ids, 2):
            pairs[pair] = pairs.get(pair, 0) + 1
    rows = [{"a": a, "b": b, "sentences": n} for (a, b), n in sorted(pairs.items())]
    return pd.DataFrame(rows, columns=["a", "b", "sentences"])
