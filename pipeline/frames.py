"""The output tables as pandas DataFrames with real dtypes, for notebooks: `pipeline.load("outputs")`.

Arrow types map to pandas as an analyst expects: dates to datetime64 (`.dt.year` works), integers to
nullable Int16/Int32 (a missing ordinal stays an integer column), strings to the `string` dtype, and
lists (`meetings.doc_ids`, `entity_index.aliases`) to Python lists.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from .io.files import read_table
from .io.tables import SCHEMAS

_DTYPES = {pa.string(): pd.StringDtype(), pa.int16(): pd.Int16Dtype(), pa.int32(): pd.Int32Dtype()}


class Tables(dict):
    """The tables by name, also as attributes: `tables["meetings"]` is `tables.meetings`."""

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no table {name!r}; tables: {', '.join(self)}") from None


def load_tables(output: Path, names: list[str] | None = None) -> Tables:
    """Every table of a run (or those `names`) as typed DataFrames, keyed by table name."""
    return Tables({name: frame(read_table(output, name)) for name in names or SCHEMAS})


def frame(table: pa.Table) -> pd.DataFrame:
    """One Arrow table as a DataFrame with the dtypes above (never the object dtype for dates or numbers)."""
    data = table.to_pandas(types_mapper=_DTYPES.get, date_as_object=False)
    for field in table.schema:
        if pa.types.is_list(field.type):
            data[field.name] = pd.Series(table.column(field.name).to_pylist(), index=data.index, dtype=object)
        elif pa.types.is_date(field.type):
            data[field.name] = data[field.name].astype("datetime64[ns]")
    return data
