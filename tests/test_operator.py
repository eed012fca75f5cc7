"""What an operator (cron, CI, a person at a terminal) sees: refused arguments and inputs, exit codes,
one line per problem and never a traceback, the previous tables kept whatever happens."""
import os
import shutil
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.document import Document
from pipeline.errors import ExitCode, PipelineError
from pipeline.ingest import published_note
from pipeline.run import extract
from pipeline.storage import list_inputs
from pipeline.tables import SCHEMAS

TABLES = ("documents", "entities", "meetings", "commitments")
NOBODY = 65534


def previous_tables(out: Path) -> dict[str, bytes]:
    """Stand-ins for the tables of an earlier run: a run that is refused must leave them byte for byte."""
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        (out / f"{table}.parquet").write_bytes(f"previous {table}".encode())
    return tables_of(out)


def tables_of(out: Path) -> dict[str, bytes]:
    return {t: (out / f"{t}.parquet").read_bytes() for t in TABLES if (out / f"{t}.parquet").exists()}


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["extract", *args])
    except SystemExit as exc:      # argparse refuses bad arguments this way
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("flags", [[], ["--strict"], ["--workers", "2", "--quiet"]])
def test_an_empty_input_folder_is_refused_and_the_tables_are_kept(corpus, tmp_path, capsys, flags):
    before = previous_tables(tmp_path / "out")
    (corpus / "empty subfolder").mkdir()       # folders alone are no input
    code, out, err = run_main(capsys, "--input", str(corpus), "--output", str(tmp_path / "out"), *flags)
    assert code == ExitCode.USAGE == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"input folder {corpus} holds no files" in err and "--allow-empty" in err
    assert "were left as they were" in err and out == ""
    assert tables_of(tmp_path / "out") == before


def test_allow_empty_writes_empty_tables(corpus, tmp_path, capsys):
    previous_tables(tmp_path / "out")
    code, out, err = run_main(capsys, "--input", str(corpus), "--output", str(tmp_path / "out"), "--allow-empty")
    assert code == 0, err
    assert "0 documents: 0 ok, 0 skipped, 0 failed" in out
    for table in TABLES:
        written = pq.read_table(tmp_path / "out" / f"{table}.parquet")
        assert written.num_rows == 0 and written.schema.remove_metadata().equals(SCHEMAS[table].remove_metadata())


@pytest.mark.parametrize("option, value", [("--workers", "0"), ("--workers", "-1"), ("--workers", "two"),
                                           ("--batch-size", "0")])
def test_arguments_below_one_are_refused(corpus, tmp_path, capsys, option, value):
    (corpus / "a.txt").write_text("ASEAN ministers met.", encoding="utf-8")
    code, out, err = run_main(capsys, "--input", str(corpus), "--output", str(tmp_path / "out"), option, value)
    assert code == 2
    assert f"{option} must be a whole number of 1 or more, not '{value}'" in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


@pytest.mark.parametrize("keyword, value", [("workers", 0), ("workers", -3), ("batch_size", 0)])
def test_the_python_api_refuses_them_too(corpus, tmp_path, keyword, value):
    (corpus / "a.txt").write_text("ASEAN ministers met.", encoding="utf-8")
    with pytest.raises(PipelineError, match=f"{keyword} must be a whole number of 1 or more, not {value}"):
        extract(corpus, tmp_path / "out", **{keyword: value})
    assert not (tmp_path / "out").exists()


@contextmanager
def as_unprivileged_user():
    """Root reads any folder whatever its permissions; act as 'nobody' so that the OS really refuses."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)


def test_an_input_folder_that_cannot_be_listed_is_refused_not_read_as_one_failed_file():
    parent = Path(tempfile.mkdtemp(prefix="closed-input-"))
    try:
        parent.chmod(0o755)
        closed = parent / "closed"
        closed.mkdir()
        (closed / "a.txt").write_text("ASEAN ministers met.", encoding="utf-8")
        closed.chmod(0)
        with as_unprivileged_user(), pytest.raises(PipelineError, match="cannot be listed .Permission denied."):
            list_inputs(closed)
    finally:
        (parent / "closed").chmod(0o755)
        shutil.rmtree(parent)


@pytest.mark.parametrize("given, stored, words", [
    ("'last Tuesday'", None, "field 'published' is 'last Tuesday', not a date, and the text gives none either: "
                             "published was left empty"),
    ("20230608", date(2023, 6, 8), "field 'published' is 20230608, not a date: published holds 2023-06-08, "
                                   "found in the text instead"),
])
def test_a_bad_published_warning_says_what_the_row_holds(given, stored, words):
    doc = Document("id", "a.jsonl#1", text="...", published=stored, rejected_published=given)
    assert words in published_note(doc)
    assert published_note(Document("id", "b.jsonl#1", text="...", published=stored)) is None


@pytest.mark.slow
def test_a_bad_published_warning_agrees_with_the_stored_date_end_to_end(corpus, tmp_path):
    dated = ("Jakarta, 8 June 2023 - Indonesia and Malaysia agreed on Thursday to settle their maritime boundary "
             "in the Sulawesi Sea, the two foreign ministers said.")
    undated = "Thailand will host the next meeting of ASEAN environment ministers in Bangkok, the ministry said."
    (corpus / "records.jsonl").write_text(f'{{"text": "{dated}", "published": "yesterday"}}\n'
                                          f'{{"text": "{undated}", "published": "last week"}}\n', encoding="utf-8")
    extract(corpus, tmp_path / "out")
    rows = {r["source"]: r for r in pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()}
    assert rows["records.jsonl#1"]["published"] == date(2023, 6, 8)
    assert "'yesterday', not a date: published holds 2023-06-08, found in the text" in rows["records.jsonl#1"]["error"]
    assert rows["records.jsonl#2"]["published"] is None
    assert "'last week', not a date, and the text gives none either: published was left empty" in \
        rows["records.jsonl#2"]["error"]
