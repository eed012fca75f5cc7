"""Bad input never loses data.

A corpus of bad inputs (tests/corpus/bad_inputs/, plus what cannot be committed, added at test
time) goes through `python -m pipeline extract`: every file gets its row, with the status and a
message saying what to do; the exit code and the closing summary count them. A pathological
document fails alone, with its stage named. A killed run leaves the previous tables, and the next
run completes. Runs are deterministic, whatever the file names and their order. No network.
"""
import errno
import hashlib
import os
import re
import shutil
import string
import subprocess
import sys
import time
import tracemalloc
import unicodedata
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipeline.run as run
import pipeline.io.inputs as inputs
from conftest import ROOT, SEEDS, copy_seeds
from corpus.make_bad_inputs import FOLDER as COMMITTED
from corpus.make_bad_inputs import TEXTS, VI_MYANMAR
from pipeline.cli import main
from pipeline.document import Entity
from pipeline.errors import Errors
from pipeline.stages.ingest import MAX_ARTICLE_CHARS, normalise_text
from pipeline.stages.langid import detect_language, identify
from pipeline.run import extract, ingested
from pipeline.io.inputs import read_inputs

TABLES = ("documents", "entities", "meetings", "commitments")
CHECKER = ROOT / "tools" / "check_contract.py"
# a real article, its line breaks removed and repeated: about 53,000 characters on one line
LONG_LINE = " ".join([" ".join((SEEDS / "000_5a05df795a7093cf.txt").read_text(encoding="utf-8").split())] * 12)
NEXT_RECORD = ("Singapore and Malaysia agreed to resume work on the high-speed rail link, "
               "the two prime ministers said after talks in Putrajaya.")
LOCKED = "Brunei and Vietnam agreed to expand cooperation in oil and gas, the two foreign ministers said."

# source -> (status, words the error must contain; None: no error at all)
EXPECTED = {
    "utf8_bom.txt": ("ok", None),
    "utf16_bom.txt": ("ok", None),
    "utf16le_no_bom.txt": ("ok", ("not UTF-8", "read as utf_16_le", "re-save the file as UTF-8")),
    "windows_1252.txt": ("ok", ("read as cp1252", "re-save the file as UTF-8")),
    "windows_1258_vi.txt": ("ok", ("read as cp1258",)),
    "viscii_vi.txt": ("ok", ("read as viscii", "if the text looks garbled")),
    "tcvn3_vi.txt": ("ok", ("read as tcvn3", "if the text looks garbled")),
    "article.html": ("ok", None),
    "no_article.html": ("failed", ("no article text could be found", "save the article body as .txt")),
    "french.txt": ("skipped", ("'fr' (French) is not covered", "translate the article or leave it out")),
    "mixed_en_vi.txt": ("ok", None),
    "records.jsonl#1": ("ok", None),
    "records.jsonl#2": ("failed", ("line 2 is not valid JSON", "fix or remove that line")),
    "records.jsonl#3": ("failed", ("no 'text' field (fields: title, url)", "add the article text")),
    "records.jsonl#4": ("failed", ("'text' is of type int, expected a string",)),
    "records.jsonl#5": ("failed", ("line 6 is a JSON array", "wrap it as")),
    "records.jsonl#6": ("ok", ("'title' is of type int", "title holds nothing (no headline in the text)",
                               "'published' is 'last Tuesday', not a date", "published was left empty")),
    "records.jsonl#7": ("skipped", ("empty 'text' field", "fill 'text' or drop the record")),
    "records.json#1": ("ok", None),
    "records.json#2": ("failed", ("JSON value 2 in the file is a string",)),
    "empty.jsonl": ("skipped", ("empty",)),
    "empty_list.json": ("skipped", ("empty",)),
    "dup_a.txt": ("ok", None),
    "dup_b (copy).txt": ("skipped", ("duplicate of dup_a.txt",)),
    "Hội nghị ASEAN – bản tin số 1.txt": ("ok", None),
    "folder named like a file.txt/nested article.txt": ("ok", None),
    "nul_bytes.txt": ("ok", None),
    "invalid_utf8.txt": ("ok", ("3 places in the file are not valid UTF-8", "re-save the file as UTF-8")),
    "image_renamed.txt": ("failed", ("looks binary (a PNG image)", "export the article as UTF-8 text")),
    "random_bytes.txt": ("failed", ("could not decode", "re-save it as UTF-8")),
    "scan.pdf": ("failed", ("'.pdf' files are not read", "give articles as .txt")),
    "empty.txt": ("skipped", ("the file is empty", "remove it or re-export")),
    "whitespace_only.txt": ("skipped", ("the file is empty (or only whitespace)",)),
    "too_short.txt": ("skipped", ("could not be identified", "give the full article text")),
    # added at test time
    "huge.txt": ("failed", ("50 MB, over the 16 MB limit", "split it into one file per article")),
    "long_line.txt": ("ok", None),
    "too_long_line.txt": ("failed", ("599,999 characters, over the 500,000-character limit", "split it")),
    "huge_line.jsonl#1": ("failed", ("line 1 is over 16 MB", "one article per line")),
    "huge_line.jsonl#2": ("ok", None),
    "pipe.txt": ("failed", ("named pipe (FIFO), not a regular file",)),
    "locked.txt": ("failed", ("could not read the file (Permission denied)", "permissions allow reading")),
    "broken_link.txt": ("failed", ("broken symbolic link", "fix or remove the link")),
}
COUNTS = {status: sum(1 for s, _ in EXPECTED.values() if s == status) for status in ("ok", "skipped", "failed")}


def write_50_mb_of_text(path: Path) -> None:
    paragraph = "ASEAN Foreign Ministers met in Jakarta to discuss regional cooperation. " * 40 + "\n\n"
    with open(path, "w", encoding="utf-8") as huge:
        for _ in range(50 * 2**20 // len(paragraph)):
            huge.write(paragraph)
        huge.write(" " * (50 * 2**20 - huge.tell()))


def add_what_cannot_be_committed(folder: Path) -> None:
    write_50_mb_of_text(folder / "huge.txt")
    (folder / "long_line.txt").write_text(LONG_LINE, encoding="utf-8")
    (folder / "too_long_line.txt").write_text("ASEAN " * 100_000, encoding="utf-8")
    huge_line = b'{"text": "' + b"ASEAN " * (3 * 2**20) + b'"}\n'               # 18 MB on one line
    (folder / "huge_line.jsonl").write_bytes(huge_line + f'{{"text": "{NEXT_RECORD}"}}\n'.encode())
    os.mkfifo(folder / "pipe.txt")
    (folder / "locked.txt").write_text(LOCKED, encoding="utf-8")
    (folder / "locked.txt").chmod(0)
    (folder / "broken_link.txt").symlink_to(folder / "deleted article.txt")


@contextmanager
def unreadable_when_mode_says_so():
    """Root reads a file whatever its permissions. As root, make reads of a file without read permission
    fail as the OS fails them for any other user (tests/test_storage.py checks the OS's own refusal)."""
    if os.geteuid() != 0:
        yield
        return
    read_bytes = Path.read_bytes

    def refusing_read_bytes(path: Path) -> bytes:
        if not path.stat().st_mode & 0o444:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return read_bytes(path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "read_bytes", refusing_read_bytes)
        yield


def run_cli(*args: str) -> tuple[int, str, str]:
    """`python -m pipeline extract ...` in this process, so that the read-permission stand-in applies."""
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err), unreadable_when_mode_says_so():
        code = main(["extract", "--workers", "1", *args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad") / "input"
    shutil.copytree(COMMITTED, folder)
    add_what_cannot_be_committed(folder)
    return folder


@pytest.fixture(scope="module")
def runs(bad_corpus, tmp_path_factory) -> dict:
    """Two runs over the bad corpus: the default, and --strict --quiet into another folder."""
    default, strict = tmp_path_factory.mktemp("default"), tmp_path_factory.mktemp("strict")
    return {"default": (default, *run_cli("--input", str(bad_corpus), "--output", str(default))),
            "strict": (strict, *run_cli("--input", str(bad_corpus), "--output", str(strict), "--strict", "--quiet"))}


@pytest.fixture(scope="module")
def documents(runs) -> dict[str, dict]:
    """source -> documents row of the default run (NFC: some file systems store names as NFD)."""
    rows = pq.read_table(runs["default"][0] / "documents.parquet").to_pylist()
    return {unicodedata.normalize("NFC", row["source"]): row for row in rows}


@pytest.mark.slow
def test_every_input_has_its_row_and_no_other(documents):
    assert sorted(documents) == sorted(EXPECTED)


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_row_status_and_message(documents, source):
    status, words = EXPECTED[source]
    row = documents[source]
    assert row["status"] == status
    if words is None:
        assert row["error"] is None
    else:
        for word in words:
            assert word in row["error"]


def _pattern(message: str) -> str:
    """A regex matching what Errors.X.format(...) can produce."""
    parts = []
    for literal, field, _, _ in string.Formatter().parse(message):
        parts.append(re.escape(literal) + (".+?" if field is not None else ""))
    return "".join(parts)


ANY_MESSAGE = "|".join(_pattern(value) for name, value in vars(Errors).items() if name.isupper())
FROM_ERRORS_PY = re.compile(f"(?:{ANY_MESSAGE})(?:; (?:{ANY_MESSAGE}))*", re.DOTALL)


@pytest.mark.slow
def test_every_message_comes_from_errors_py(documents):
    for source, row in documents.items():
        assert row["error"] is None or FROM_ERRORS_PY.fullmatch(row["error"]), source


@pytest.mark.slow
@pytest.mark.parametrize("source", sorted(set(TEXTS) & {s for s, (status, _) in EXPECTED.items() if status == "ok"}
                                          - {"invalid_utf8.txt"}))
def test_ok_rows_hold_the_article_as_written(documents, source):
    assert documents[source]["text"] == unicodedata.normalize("NFC", normalise_text(TEXTS[source]))


@pytest.mark.slow
@pytest.mark.parametrize("source, text", [
    ("invalid_utf8.txt", lambda t: t.replace("\ufffd", "") == normalise_text(VI_MYANMAR) and t.count("\ufffd") == 3),
    ("article.html", lambda t: "annual maritime security dialogue" in t and "Sign in" not in t
     and "Subscribe" not in t and "Most read" not in t and "tracking" not in t),
    ("long_line.txt", lambda t: t == LONG_LINE),
    ("huge_line.jsonl#2", lambda t: t == NEXT_RECORD),
    ("mixed_en_vi.txt", lambda t: "Phạm Minh Chính" in t),
])
def test_special_texts(documents, source, text):
    assert text(documents[source]["text"])


@pytest.mark.slow
def test_languages_titles_and_duplicates(documents):
    assert documents["article.html"]["title"] == "ASEAN and Japan launch a maritime dialogue"
    assert documents["mixed_en_vi.txt"]["lang"] == "en"
    assert documents["Hội nghị ASEAN – bản tin số 1.txt"]["lang"] == "vi"
    assert documents["dup_b (copy).txt"]["duplicate_of"] == documents["dup_a.txt"]["doc_id"]
    assert documents["dup_b (copy).txt"]["doc_id"] != documents["dup_a.txt"]["doc_id"]
    assert [source for source, row in documents.items() if row["duplicate_of"]] == ["dup_b (copy).txt"]
    ok = [row for row in documents.values() if row["status"] == "ok"]
    assert {row["lang"] for row in ok} == {"en", "vi"}


@pytest.mark.slow
def test_doc_id_is_unique_over_all_rows_and_joins_do_not_multiply_rows(runs, documents):
    """Contract v2: an ok row keeps the hash of its text; any other row gets an id from its source."""
    assert len({row["doc_id"] for row in documents.values()}) == len(documents)
    for source, row in documents.items():
        text_hash = hashlib.sha256(row["text"].encode()).hexdigest()
        source_hash = hashlib.sha256(b"\x00" + row["source"].encode()).hexdigest()
        assert row["doc_id"] == (text_hash if row["status"] == "ok" else source_hash), source
    docs = pd.read_parquet(runs["default"][0] / "documents.parquet")
    for table in ("entities", "commitments"):
        rows = pd.read_parquet(runs["default"][0] / f"{table}.parquet")
        assert len(rows.merge(docs, on="doc_id")) == len(rows) > 0, table


@pytest.mark.slow
@pytest.mark.parametrize("source, url", [
    ("records.jsonl#1", "https://example.org/a"),
    ("records.jsonl#3", "https://example.org/b"),       # failed (no text), but the record gave its address
    ("records.jsonl#6", None),
    ("article.html", None),                             # the page has no canonical link
    ("dup_a.txt", None),
])
def test_url_is_kept_from_the_input(documents, source, url):
    assert documents[source]["url"] == url


@pytest.mark.slow
def test_exit_codes_summary_and_problem_lines(runs):
    _, code, stdout, stderr = runs["default"]
    summary = f"{len(EXPECTED)} documents: {COUNTS['ok']} ok, {COUNTS['skipped']} skipped, {COUNTS['failed']} failed"
    assert code == 0 and summary in stdout
    assert "the 'error' column of" in stdout
    for source, (status, words) in EXPECTED.items():
        if words:
            assert f"{status}: {source}: " in stderr, source
    _, strict_code, strict_stdout, strict_stderr = runs["strict"]
    assert strict_code == 1 and summary in strict_stdout
    assert f"--strict: {COUNTS['failed']} failed, so the exit status is 1" in strict_stderr
    assert "failed: scan.pdf" not in strict_stderr     # --quiet: no line per file


@pytest.mark.slow
def test_runs_give_identical_tables(runs):
    for table in TABLES:
        default = (runs["default"][0] / f"{table}.parquet").read_bytes()
        assert default == (runs["strict"][0] / f"{table}.parquet").read_bytes(), table


@pytest.mark.slow
def test_offsets_hold_on_bad_input(runs):
    out = runs["default"][0]
    text = pd.read_parquet(out / "documents.parquet").query("status == 'ok'").set_index("doc_id").text
    entities = pd.read_parquet(out / "entities.parquet")
    assert len(entities) > 0
    for row in entities.itertuples():
        assert text[row.doc_id][row.start:row.end] == row.text
    for row in pd.read_parquet(out / "commitments.parquet").itertuples():
        assert 0 <= row.start < row.end <= len(text[row.doc_id])


@pytest.mark.slow
def test_contract_checker_passes(runs, bad_corpus):
    result = subprocess.run([sys.executable, str(CHECKER), str(runs["default"][0]), "--inputs", str(bad_corpus)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_names_and_order_do_not_change_ids(runs, tmp_path):
    """The committed corpus again, flat, under other names that sort in the opposite order."""
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    committed = sorted(p for p in COMMITTED.rglob("*") if p.is_file())
    for i, path in enumerate(reversed(committed)):
        (renamed / f"{i:02d} {path.name}").write_bytes(path.read_bytes())
    code, _, _ = run_cli("--input", str(renamed), "--output", str(tmp_path / "out"), "--quiet")
    assert code == 0
    before = _rows_of(runs["default"][0], {p.relative_to(COMMITTED).as_posix() for p in committed})
    after = _rows_of(tmp_path / "out", None)
    assert before["documents"] == after["documents"]
    for table in ("entities", "commitments"):
        pd.testing.assert_frame_equal(before[table], after[table], obj=table)


def _rows_of(out: Path, files: set[str] | None) -> dict:
    docs = pd.read_parquet(out / "documents.parquet")
    if files is not None:
        docs = docs[docs.source.str.split("#").str[0].isin(files)]
    ids = set(docs.doc_id)
    # a row that is not ok is known by its source (contract v2), which the renaming changed
    ok_ids = [doc_id if status == "ok" else None for doc_id, status in zip(docs.doc_id, docs.status)]
    rows = {"documents": sorted(zip(docs.status, docs.lang, docs.text, ok_ids), key=str)}
    for table in ("entities", "commitments"):
        frame = pd.read_parquet(out / f"{table}.parquet")
        rows[table] = frame[frame.doc_id.isin(ids)].sort_values(list(frame.columns)).reset_index(drop=True)
    return rows


def test_a_50_mb_file_costs_neither_time_nor_memory(tmp_path):
    write_50_mb_of_text(tmp_path / "huge.txt")
    tracemalloc.start()
    started = time.perf_counter()
    (doc,) = ingested(read_inputs(tmp_path))
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert doc.status == "failed" and "50 MB, over the 16 MB limit" in doc.error
    assert seconds < 1 and peak < 2**20


@pytest.mark.slow
def test_the_article_limit_is_within_what_spacy_accepts():
    from pipeline.stages.tokenize import english_nlp

    assert MAX_ARTICLE_CHARS <= english_nlp().max_length


MARKER = "PATHOLOGICAL"


def raise_on_marker(doc) -> None:
    if MARKER in doc.text:
        raise RuntimeError("cannot cope with this text")


def hang_on_marker(doc) -> None:
    if MARKER in doc.text:
        try:
            time.sleep(60)
        except Exception:  # noqa: BLE001 — a stage's own broad except must not swallow the time limit
            pass


def null_entity_id_on_marker(doc) -> None:
    if MARKER in doc.text:
        doc.entities.append(Entity(0, 5, doc.text[:5], "ORG", None, "Bad", 0, "rule", 0.5))


def for_each(stage):
    return lambda docs: [stage(doc) for doc in docs]


def suspect_stage(stage, whole_batch=False):
    def install(monkeypatch):
        monkeypatch.setattr(run, "_stages", lambda: [("langid", detect_language, False),
                                                     ("suspect", stage, whole_batch)])
    return install


def explode() -> None:
    raise RuntimeError("cannot cope with this file")


def hang() -> None:
    time.sleep(60)


def suspect_ingest(behaviour):
    def install(monkeypatch):
        real = run.ingest
        monkeypatch.setattr(run, "ingest", lambda record: behaviour() if record.source == "b.txt" else real(record))
        suspect_stage(lambda doc: None)(monkeypatch)
    return install


def suspect_reader(behaviour):
    def install(monkeypatch):
        real = inputs._read_file
        monkeypatch.setattr(inputs, "_read_file",
                            lambda path, source, max_mb: behaviour() if source == "b.txt" else real(path, source, max_mb))
        suspect_stage(lambda doc: None)(monkeypatch)
    return install


@pytest.mark.parametrize("install, words", [
    (suspect_stage(raise_on_marker), "stage 'suspect' failed: RuntimeError: cannot cope with this text."),
    (suspect_stage(for_each(raise_on_marker), True), "stage 'suspect' failed: RuntimeError: cannot cope"),
    (suspect_stage(hang_on_marker), "stage 'suspect' took longer than 0.5 s on this document"),
    (suspect_stage(for_each(hang_on_marker), True), "stage 'suspect' took longer than 0.5 s"),
    (suspect_stage(null_entity_id_on_marker), "stage 'tables' failed: ValueError: entities.entity_id is null"),
    (suspect_ingest(explode), "stage 'ingest' failed: RuntimeError: cannot cope with this file"),
    (suspect_ingest(hang), "stage 'ingest' took longer than 0.5 s"),
    (suspect_reader(explode), "stage 'read' failed: RuntimeError: cannot cope with this file"),
], ids=["raises", "raises-in-batch", "hangs", "hangs-in-batch", "bad-value", "ingest-raises", "ingest-hangs",
        "reader-raises"])
def test_a_pathological_document_fails_alone(corpus, tmp_path, monkeypatch, install, words):
    for name, extra in (("a.txt", ""), ("b.txt", MARKER), ("c.txt", "")):
        (corpus / name).write_text(f"The ASEAN Foreign Ministers agreed to meet again in Manila. {extra} "
                                   f"Their statement, file {name}, welcomed the new plan.", encoding="utf-8")
    identify("Load the language model before the short time limit applies.")
    monkeypatch.setattr(run, "STAGE_TIME_LIMIT", 0.5)
    install(monkeypatch)
    started = time.perf_counter()
    extract(corpus, tmp_path / "out", workers=1)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source")
    assert dict(docs.status) == {"a.txt": "ok", "b.txt": "failed", "c.txt": "ok"}
    assert words in docs.error["b.txt"] and "report it with this file" in docs.error["b.txt"]
    assert time.perf_counter() - started < 20


@pytest.mark.slow
def test_a_killed_run_leaves_the_previous_tables_and_the_next_run_completes(corpus, tmp_path):
    out = tmp_path / "out"
    copy_seeds(corpus, ["002_9958ff0f50064da7.txt"])
    extract(corpus, out, workers=1)
    before = {t: (out / f"{t}.parquet").read_bytes() for t in TABLES}
    copy_seeds(corpus)
    victim = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--input", str(corpus), "--output",
                               str(out), "--workers", "1", "--batch-size", "1", "--quiet"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for(lambda: len(list(out.glob(".cache/*/*.documents.parquet"))) >= 2 or victim.poll() is not None)
    victim.kill()    # SIGKILL: no clean-up runs, as when a machine or a scheduler kills the job
    assert victim.wait() == -9, "the run ended before it could be killed mid-way"
    assert {t: (out / f"{t}.parquet").read_bytes() for t in TABLES} == before
    assert (out / f".staging-{victim.pid}").is_dir()     # what it was writing, never published
    summary = extract(corpus, out, workers=1)
    assert summary.counts == {"ok": 5}
    assert len(pd.read_parquet(out / "documents.parquet")) == 5
    assert not list(out.glob(".staging-*"))


def _wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


BLOCK_NETWORK = """
import socket, sys

def refuse(*args, **kwargs):
    sys.stderr.write(f"NETWORK ATTEMPT {args[1:]!r}\\n")
    raise OSError("the network is blocked by test_robustness")

socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_no_network_connection_at_run_time(corpus, tmp_path):
    """Every stage, run in one process (--workers 1) with sockets refusing to connect, and noting any try."""
    copy_seeds(corpus)
    shutil.copy(COMMITTED / "article.html", corpus / "article.html")
    result = subprocess.run([sys.executable, "-c", BLOCK_NETWORK, "extract", "--input", str(corpus),
                             "--output", str(tmp_path / "out"), "--workers", "1"],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "NETWORK ATTEMPT" not in result.stderr
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert len(docs) == 6 and set(docs.status) == {"ok"}


@pytest.mark.parametrize("files, flags, code, summary", [
    (["empty.txt", "scan.pdf"], [], 0, "2 documents: 0 ok, 1 skipped, 1 failed"),
    (["empty.txt", "scan.pdf"], ["--strict"], 1, "2 documents: 0 ok, 1 skipped, 1 failed"),
    (["empty.txt", "whitespace_only.txt"], ["--strict"], 0, "2 documents: 0 ok, 2 skipped, 0 failed"),
    (["scan.pdf"], ["--strict", "--quiet"], 1, "1 documents: 0 ok, 0 skipped, 1 failed"),
])
def test_cli_exit_code_and_summary(corpus, tmp_path, files, flags, code, summary):
    for name in files:
        shutil.copy(COMMITTED / name, corpus / name)
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(corpus), "--output",
                             str(tmp_path / "out"), "--workers", "1", *flags], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == code, result.stderr
    assert summary in result.stdout
    assert ("failed: scan.pdf: '.pdf' files are not read" in result.stderr) == ("scan.pdf" in files
                                                                                and "--quiet" not in flags)
    assert ("--strict: 1 failed" in result.stderr) == (code == 1)
