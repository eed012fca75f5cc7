"""The recipes in examples/ answer the usual questions on the seeds' tables: DuckDB SQL and pandas alike."""
import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT

duckdb = pytest.importorskip("duckdb")
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def sql(seed_outputs):
    con = duckdb.connect()
    con.execute(f"SET VARIABLE outputs = '{seed_outputs.as_posix()}'")
    con.execute((EXAMPLES / "recipes.sql").read_text(encoding="utf-8"))
    yield lambda view: con.sql(f"FROM {view}").fetchall()
    con.close()


@pytest.fixture(scope="module")
def recipes():
    spec = importlib.util.spec_from_file_location("recipes", EXAMPLES / "recipes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tables(seed_outputs):
    from pipeline import load

    return load(seed_outputs)


@pytest.mark.slow
def test_meetings_per_year_and_series(sql, recipes, tables):
    rows = {(year, series): n for year, series, n, _ in sql("meetings_per_year")}
    assert rows[(2024, "SUMMIT")] == 2 and rows[(2018, "AMM")] == 1 and rows[(2021, "AMM")] == 1
    assert recipes.meetings_per_year(tables).to_dict() == rows


@pytest.mark.slow
def test_who_committed_to_what_at_which_meeting(sql, recipes, tables):
    rows = sql("who_committed")
    assert len(rows) == len(tables.commitments)
    approved = [r for r in rows if r[4] == "approve"]
    assert approved and approved[0][1:4] == ("AMM-54", "54th ASEAN Foreign Ministers' Meeting", "ASEAN")
    answer = recipes.who_committed(tables)
    assert len(answer) == len(rows) and answer.actor_name.isna().sum() == 0
    assert answer[answer.action == "approve"].deadline.dt.year.tolist() == [2025, 2025]   # lead and body (issue 16)


@pytest.mark.slow
def test_one_countrys_commitments_over_time(sql, recipes, tables):
    by_year = {}
    for year, _, n, _ in sql("country_commitments"):
        by_year[year] = by_year.get(year, 0) + n
    assert by_year[2018] == 3 and by_year[2024] == 5
    answer = recipes.country_commitments(tables, "VN")
    assert answer.groupby(level="year").sum().to_dict() == {y: n for y, n in by_year.items() if y is not None}


@pytest.mark.slow
def test_entity_cooccurrence(sql, recipes, tables):
    expected = shared_sentences(tables, "ASEAN", "Vietnam")
    rows = sql("cooccurrence")
    assert rows[0] == ("ASEAN", "Vietnam", expected)
    answer = recipes.cooccurrence(tables)
    assert answer.iloc[0] == expected and set(answer.index[0]) == {"ASEAN", "Vietnam"}


def shared_sentences(tables, first: str, second: str) -> int:
    """Sentences (document, index) that mention both entities, counted straight from the entities table."""
    entities = tables.entities
    where = {name: set(zip(entities.doc_id[entities.name == name], entities.sentence[entities.name == name]))
             for name in (first, second)}
    return len(where[first] & where[second])


@pytest.mark.slow
def test_the_script_runs(seed_outputs):
    shown = subprocess.run([sys.executable, str(EXAMPLES / "recipes.py"), str(seed_outputs)], capture_output=True,
                           text=True, check=True, cwd=seed_outputs).stdout
    assert shown.count("## ") == 4 and "SUMMIT" in shown and "Vietnam" in shown


def readme_blocks(language: str) -> list[str]:
    """The code blocks of the README's recipes section in `language`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Recipes"):text.index("\n## ", text.index("## Recipes") + 1)]
    return [block.split("\n", 1)[1] for block in section.split("```")[1::2] if block.startswith(language + "\n")]


@pytest.mark.slow
def test_the_readme_recipes_run(seed_outputs, tables):
    pandas_recipes, duckdb_setup = readme_blocks("python")
    answers = {"t": tables}
    exec(pandas_recipes, answers)
    assert answers["mine"].groupby("year").size().to_dict() == {2018: 3, 2024: 5}
    assert answers["pairs"].groupby(["name_x", "name_y"]).size().max() == shared_sentences(tables, "ASEAN", "Vietnam")
    session = {"open": lambda path: open(ROOT / path, encoding="utf-8")}
    exec(duckdb_setup.replace("'outputs'", f"'{seed_outputs.as_posix()}'").replace(".show()", ".fetchall()"), session)
    con = session["con"]
    (queries,) = readme_blocks("sql")
    results = [con.sql(q).fetchall() for q in queries.split(";") if q.strip(" \n").replace("--", "").strip()
               and not all(line.startswith("--") for line in q.strip().splitlines())]
    assert len(results) == 4
    assert (2024, "SUMMIT", 2) in results[0] and len(results[1]) == len(tables.commitments)
    assert sum(n for _, _, n in results[2]) == (tables.commitments.actor_id == "Q881").sum() == 15
    assert results[3][0] == ("ASEAN", "Vietnam", shared_sentences(tables, "ASEAN", "Vietnam"))
