"""What an operator (cron, CI, a person at a terminal) sees: refused arguments and inputs, exit codes,
one line per problem and never a traceback, the previous tables kept whatever happens."""
import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import psutil
import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS, as_unprivileged_user

from pipeline.cli import Progress, main, progress_line
from pipeline.document import Document
from pipeline.errors import Errors, ExitCode, PipelineError
from pipeline.stages.ingest import published_note
from pipeline.run import extract
from pipeline.io.inputs import count_documents, list_inputs
from pipeline.io.publish import OutputLock, output_error
from pipeline.io.tables import SCHEMAS
from pipeline.version import pipeline_version

TABLES = ("documents", "entities", "meetings", "commitments")


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


# --- a second run, a killed run: the lock on the output folder ---------------------------------------

def test_a_second_run_on_an_output_a_live_run_holds_is_refused(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    before = previous_tables(out)
    with OutputLock(out):                      # a live run holds it
        code, stdout, err = run_main(capsys, "--input", str(corpus), "--output", str(out), "--allow-empty")
    assert code == ExitCode.LOCKED == 5
    assert err == f"error: {Errors.OUTPUT_LOCKED.format(path=out, pid=os.getpid())}\n"
    assert tables_of(out) == before and not list(out.glob(".staging-*"))


def test_a_stale_lock_of_a_dead_run_is_taken_over(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock").write_text(f"{2**22 + 1}\n")      # above the kernel's pid_max: a run that is gone
    code, stdout, err = run_main(capsys, "--input", str(corpus), "--output", str(out), "--allow-empty")
    assert code == 0, err
    assert (out / ".lock").read_text() == f"{os.getpid()}\n"
    with OutputLock(out):                      # released at the end of the run
        pass


# --- environment failures: one line, what to do, a code of their own, the tables kept -----------------

@pytest.mark.parametrize("number, words", [
    (errno.ENOSPC, "no space left on the disk that holds"),
    (errno.EDQUOT, "no space left on the disk that holds"),
    (errno.EROFS, "is on a read-only file system: give --output a folder you can write to"),
    (errno.EACCES, "no permission to write in output folder"),
    (errno.EIO, "could not write in output folder"),
])
def test_each_output_failure_says_what_to_do(tmp_path, number, words):
    error = output_error(tmp_path, OSError(number, os.strerror(number)))
    assert words in str(error) and "the previous tables were kept" in str(error)
    assert error.exit_code == ExitCode.OUTPUT == 3


def test_arrow_errors_are_told_apart_by_the_errno_in_their_message(tmp_path):
    arrow_style = OSError("Error writing bytes to file. Detail: [errno 28] No space left on device")
    assert "no space left" in str(output_error(tmp_path, arrow_style))


def test_a_read_only_output_folder(corpus, tmp_path, capsys):
    parent = Path(tempfile.mkdtemp(prefix="read-only-output-"))
    try:
        parent.chmod(0o755)
        (parent / "input").mkdir()
        (parent / "input" / "a.txt").write_text("ASEAN ministers met.", encoding="utf-8")
        out = parent / "out"
        before = previous_tables(out)
        (parent / "input").chmod(0o755)
        out.chmod(0o555)
        pipeline_version()                     # computed before the switch of user, as it reads the code
        with as_unprivileged_user():
            code, stdout, err = run_main(capsys, "--input", str(parent / "input"), "--output", str(out))
        assert code == ExitCode.OUTPUT
        assert err.count("\n") == 1 and "Traceback" not in err
        assert f"no permission to write in output folder {out} (Permission denied)" in err
        assert tables_of(out) == before
    finally:
        shutil.rmtree(parent, ignore_errors=True)


@contextmanager
def small_disk(path: Path, kilobytes: int):
    """A file system of `kilobytes` at `path`: a tmpfs where mounting is allowed (root in a container), else
    the same failure as Arrow reports it when the disk fills (ENOSPC) once the run writes a table file."""
    path.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs",
                                                    str(path)], capture_output=True).returncode == 0
    def fill_but(kilobytes_left: int) -> None:
        disk = os.statvfs(path)
        (path / "filler").write_bytes(b"\0" * max(0, disk.f_bavail * disk.f_frsize - kilobytes_left * 1024))
    if mounted:
        try:
            yield fill_but
        finally:
            subprocess.run(["umount", "-l", str(path)], check=False)
        return
    real_close = pq.ParquetWriter.close

    def close_on_a_full_disk(writer):
        real_close(writer)
        raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pq.ParquetWriter, "close", close_on_a_full_disk)
        yield lambda kilobytes_left: None


def test_a_full_disk(corpus, tmp_path, capsys):
    out = tmp_path / "disk" / "out"
    previous = tmp_path / "previous"
    before = previous_tables(previous)
    with small_disk(tmp_path / "disk", 64) as fill_but:
        shutil.copytree(previous, out)
        fill_but(8)            # enough for the lock file, not for the tables
        code, stdout, err = run_main(capsys, "--input", str(corpus), "--output", str(out), "--allow-empty")
        assert code == ExitCode.OUTPUT, err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert f"no space left on the disk that holds {out}" in err and "free some space" in err
        assert tables_of(out) == before and not list(out.glob(".staging-*"))


@pytest.mark.slow
def test_an_unreachable_scheduler(corpus, tmp_path, capsys, monkeypatch):
    (corpus / "a.txt").write_text("ASEAN ministers met in Jakarta.", encoding="utf-8")
    out = tmp_path / "out"
    before = previous_tables(out)
    with socket.socket() as probe:      # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr("pipeline.run.SCHEDULER_TIMEOUT", 2.0)
    started = time.monotonic()
    code, stdout, err = run_main(capsys, "--input", str(corpus), "--output", str(out), "--engine", "dask",
                                 "--scheduler", f"tcp://127.0.0.1:{port}")
    assert code == ExitCode.CLUSTER == 4
    assert err.startswith(f"error: could not reach the Dask scheduler at tcp://127.0.0.1:{port} within 2 s")
    assert err.count("\n") == 1 and "Traceback" not in err and "`dask scheduler` runs there" in err
    assert tables_of(out) == before and time.monotonic() - started < 30


# --- signals: a real two-worker run, stopped ---------------------------------------------------------

def many_articles(folder: Path, copies: int) -> None:
    """Copies of the seeds, each a little different, so that a two-worker run takes a while."""
    for path in sorted(SEEDS.iterdir()):
        text = path.read_text(encoding="utf-8")
        for i in range(copies):
            (folder / f"{i:02d}-{path.name}").write_text(f"{text}\n\n(Copy {i}.)\n", encoding="utf-8")


def start_run(corpus: Path, out: Path, *flags: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "extract", "--input", str(corpus), "--output", str(out),
                             "--quiet", *flags], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def wait_for(condition, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def workers_busy(run: subprocess.Popen, out: Path) -> bool:
    """Both workers started, and the first results came back (cached): the run is in full swing."""
    assert run.poll() is None, "the run ended before it could be stopped"
    children = psutil.Process(run.pid).children(recursive=True)
    workers = [c for c in children if "resource_tracker" not in " ".join(c.cmdline())]
    return len(workers) >= 2 and bool(list(out.glob(".cache/*/*.documents.parquet")))


def busy_two_worker_run(corpus: Path, out: Path):
    """(the tables before, the running process, its children) of a two-worker run caught with both workers busy."""
    many_articles(corpus, copies=8)
    before = previous_tables(out)
    run = start_run(corpus, out, "--workers", "2", "--batch-size", "4")
    wait_for(lambda: workers_busy(run, out))
    return before, run, psutil.Process(run.pid).children(recursive=True)


@pytest.mark.slow
@pytest.mark.parametrize("signum, whole_group, code", [
    (signal.SIGTERM, False, ExitCode.SIGTERM),    # cron, CI, a container runtime: to the parent only
    (signal.SIGINT, True, ExitCode.SIGINT),       # Ctrl-C at a terminal: to every process of the group
    (signal.SIGKILL, False, -signal.SIGKILL),     # no clean-up at all: the workers notice and leave
], ids=["SIGTERM", "SIGINT", "SIGKILL"])
def test_a_signal_stops_a_two_worker_run_and_no_process_is_left(corpus, tmp_path, signum, whole_group, code):
    out = tmp_path / "out"
    before, run, children = busy_two_worker_run(corpus, out)
    (os.killpg if whole_group else os.kill)(run.pid, signum)
    started = time.monotonic()
    _, err = run.communicate(timeout=60)
    assert time.monotonic() - started < 10
    assert run.returncode == code, err
    if signum != signal.SIGKILL:
        assert err == Errors.STOPPED.format(signal=signal.Signals(signum).name, output=out) + "\n"
    gone, alive = psutil.wait_procs(children, timeout=5)
    assert not alive, [p.cmdline() for p in alive]
    assert tables_of(out) == before
    if signum != signal.SIGKILL:
        assert not list(out.glob(".staging-*"))
    with OutputLock(out):          # a killed run's lock is no obstacle to the next
        pass


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")   # the swallowed Stopped, on purpose
def test_a_signal_a_finaliser_swallows_is_still_reported(monkeypatch, tmp_path, capsys):
    """Python ignores an exception raised in `__del__` (pyarrow's writers close there): the Stopped of a signal that
    lands in one lets the run finish, and the exit code and message still say that the run was asked to stop."""
    class Finaliser:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10_000):      # the handler runs between bytecodes, so inside this finaliser
                pass

    def evaluate(args):
        Finaliser()
        return ExitCode.OK
    monkeypatch.setattr("pipeline.cli._evaluate", evaluate)
    assert main(["evaluate", "--output", str(tmp_path)]) == ExitCode.SIGINT
    assert Errors.STOPPED_LATE.format(signal="SIGINT", output=tmp_path) in capsys.readouterr().err


@pytest.mark.slow
def test_a_worker_killed_under_the_run_ends_it_with_one_line(corpus, tmp_path):
    """As when the system kills a worker for lack of memory."""
    out = tmp_path / "out"
    before, run, children = busy_two_worker_run(corpus, out)
    worker = next(c for c in children if "resource_tracker" not in " ".join(c.cmdline()))
    worker.kill()
    _, err = run.communicate(timeout=60)
    assert run.returncode == ExitCode.CLUSTER, err
    assert err.startswith("error: a worker process died (") and err.count("\n") == 1
    assert "run again with fewer --workers" in err and "Traceback" not in err
    assert not psutil.wait_procs(children, timeout=5)[1]
    assert tables_of(out) == before


# --- progress people can plan by ---------------------------------------------------------------------

def test_inputs_are_counted_before_they_are_read(corpus):
    (corpus / "a.txt").write_text("ASEAN ministers met.", encoding="utf-8")
    (corpus / "b.jsonl").write_text('{"text": "one"}\n{"text": "two"}\n{"text": "three"}', encoding="utf-8")
    (corpus / "c.json").write_text('[{"text": "one"}, {"text": "two"}]', encoding="utf-8")   # counted as one
    (corpus / "d.pdf").write_bytes(b"%PDF-1.7")
    (corpus / "empty.jsonl").write_bytes(b"")
    os.mkfifo(corpus / "pipe.jsonl")              # never opened: it would block
    assert count_documents(list_inputs(corpus)) == 1 + 3 + 1 + 1 + 1 + 1


def test_a_very_large_json_lines_file_is_counted_from_its_first_megabyte(corpus, monkeypatch):
    monkeypatch.setattr("pipeline.io.inputs.COUNT_WHOLE_MB", 1)
    line = b'{"text": "' + b"x" * 88 + b'"}\n'            # 100 bytes a line
    (corpus / "big.jsonl").write_bytes(line * 30_000)        # 3 MB
    assert abs(count_documents(list_inputs(corpus)) - 30_000) < 10      # an estimate, without reading it all


def test_a_progress_line_gives_the_total_and_the_time_left():
    line = progress_line(250, 1000, Counter(ok=240, failed=10), seconds=25.0)
    assert line == ("progress: 250 of about 1,000 documents (25 %): 240 ok, 0 skipped, 10 failed; "
                    "10.0 documents/s, about 1 min left")
    assert progress_line(10, 10, Counter(ok=10), 2.0).endswith("about 0 s left")
    assert "about 2 h 47 min left" in progress_line(1, 10_001, Counter(ok=1), 1.0)


def quick_stages(monkeypatch):
    """Only language identification: a run over a few documents then takes a second or two."""
    import pipeline.run as run
    from pipeline.stages.langid import detect_language

    monkeypatch.setattr(run, "_stages", lambda: [("langid", detect_language, False)])


@pytest.mark.parametrize("quiet", [False, True])
def test_progress_lines_where_stderr_is_not_a_terminal(corpus, tmp_path, capsys, monkeypatch, quiet):
    quick_stages(monkeypatch)
    monkeypatch.setattr("pipeline.cli.PROGRESS_SECONDS", 0)     # a line for every document
    for name in ("a", "b", "c"):
        (corpus / f"{name}.txt").write_text(f"The ASEAN Foreign Ministers met in Manila, file {name}.",
                                            encoding="utf-8")
    (corpus / "d.jsonl").write_text('{"text": "The ministers met in Hanoi."}\n{"text": "x"}\n', encoding="utf-8")
    code, out, err = run_main(capsys, "--input", str(corpus), "--output", str(tmp_path / "out"), "--workers", "1",
                              *(["--quiet"] if quiet else []))
    assert code == 0, err
    lines = [line for line in err.splitlines() if line.startswith("progress: ")]
    if quiet:
        assert lines == []
    else:
        assert [line.split(" (")[0] for line in lines] == [f"progress: {n} of about 5 documents" for n in range(1, 6)]
        assert lines[-1].startswith("progress: 5 of about 5 documents (100 %): ") and "left" in lines[-1]


def test_on_a_terminal_the_bar_shows_the_total(capsys):
    from pipeline.run import DocResult

    with Progress(quiet=False, terminal=True) as progress:
        progress.planned(3)
        for status in ("ok", "ok", "failed", "ok"):     # one more than counted (a .json file with two records)
            progress(DocResult("id", status, {"documents": [{"error": None, "status": status, "source": "a"}]}))
        assert progress._bar.total == 4
    err = capsys.readouterr().err
    assert "4/4" in err and "<00:00" in err      # done/total, and the time left


def test_an_output_folder_inside_the_input_folder_is_not_read_as_articles(corpus, tmp_path, capsys, monkeypatch):
    quick_stages(monkeypatch)
    (corpus / "a.txt").write_text("The ASEAN Foreign Ministers met in Manila on Monday and agreed to "
                                  "strengthen cooperation on maritime security and trade.", encoding="utf-8")
    out = corpus / "tables"
    for _ in range(2):            # the second run finds the first one's tables, cache and lock in the input
        code, stdout, err = run_main(capsys, "--input", str(corpus), "--output", str(out), "--workers", "1")
        assert code == 0, err
        assert "1 documents: 1 ok, 0 skipped, 0 failed" in stdout
    assert pq.read_table(out / "documents.parquet").column("source").to_pylist() == ["a.txt"]


def test_the_input_folder_as_output_is_refused(corpus, capsys):
    (corpus / "a.txt").write_text("ASEAN ministers met.", encoding="utf-8")
    code, out, err = run_main(capsys, "--input", str(corpus), "--output", str(corpus))
    assert code == ExitCode.USAGE and err.count("\n") == 1
    assert f"--output {corpus} is the input folder: give the tables a folder of their own" in err
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]


@pytest.mark.slow
def test_a_second_run_is_refused_while_a_real_run_writes_to_the_same_output(corpus, tmp_path):
    many_articles(corpus, copies=4)
    out = tmp_path / "out"
    first = start_run(corpus, out, "--workers", "1", "--batch-size", "2")
    try:
        wait_for(lambda: first.poll() is None and bool(list(out.glob(".cache/*/*.documents.parquet"))))
        second = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--input", str(corpus), "--output",
                                 str(out), "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert second.returncode == ExitCode.LOCKED, second.stderr
        assert second.stderr == f"error: {Errors.OUTPUT_LOCKED.format(path=out, pid=first.pid)}\n"
        assert first.poll() is None            # the first run goes on
    finally:
        first.terminate()
        first.communicate(timeout=60)
    assert first.returncode == ExitCode.SIGTERM
