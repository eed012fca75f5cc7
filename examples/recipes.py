#!/usr/bin/env python3
"""The usual questions about a run, answered with pandas from `pipeline.load` (each in about three lines).

usage: examples/recipes.py [OUTPUT] [--country ISO2]     (default: outputs, VN)

The same four questions in SQL are in examples/recipes.sql (DuckDB); tests/test_recipes.py runs both on
the seeds' tables.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

try:
    from pipeline import load
except ImportError:     # run from a checkout without `pip install .`: use the package beside this folder
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from pipeline import load


def meetings_per_year(t) -> pd.Series:
    """1. Meetings per year and series."""
    return t.meetings.groupby(["year", "series"]).size()


def who_committed(t) -> pd.DataFrame:
    """2. Who committed to what at which meeting (actors by their canonical name)."""
    names = t.entity_index.set_index("entity_id").name
    rows = t.commitments.assign(actor_name=t.commitments.actor_id.map(names).fillna(t.commitments.actor))
    rows = rows.merge(t.meetings[["meeting_id", "year"]], on="meeting_id", how="left")
    return rows[["year", "meeting_id", "actor_name", "action", "content", "deadline"]]


def country_commitments(t, country: str = "VN") -> pd.Series:
    """3. One country's commitments over time, by action: the meeting's year, else the publication year."""
    country_id = t.entity_index.set_index("country_code").entity_id[country]
    rows = t.commitments[t.commitments.actor_id == country_id].merge(t.meetings[["meeting_id", "year"]], how="left")
    published = rows.doc_id.map(t.documents.set_index("doc_id").published.dt.year)
    return rows.assign(year=rows.year.fillna(published)).groupby(["year", "action"]).size()


def cooccurrence(t, labels=("PERSON", "ORG", "GPE")) -> pd.Series:
    """4. Entities named in the same sentence, most often first (people, organisations and countries)."""
    actors = t.entities[t.entities.label.isin(labels)].drop_duplicates(["doc_id", "sentence", "entity_id"])
    pairs = actors.merge(actors, on=["doc_id", "sentence"]).query("entity_id_x < entity_id_y")
    return pairs.groupby(["name_x", "name_y"]).size().sort_values(ascending=False, kind="stable")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", nargs="?", default="outputs", help="folder of a run's tables (default: outputs)")
    parser.add_argument("--country", default="VN", help="ISO 3166-1 alpha-2 code for question 3 (default: VN)")
    args = parser.parse_args()
    t = load(args.output)
    with pd.option_context("display.width", 200, "display.max_columns", None, "display.max_colwidth", 50,
                           "display.max_rows", 40):
        for title, answer in [("Meetings per year and series", meetings_per_year(t)),
                              ("Who committed to what at which meeting", who_committed(t)),
                              (f"Commitments of {args.country} over time", country_commitments(t, args.country)),
                              ("Named in the same sentence", cooccurrence(t).head(15))]:
            print(f"## {title}\n{answer}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
