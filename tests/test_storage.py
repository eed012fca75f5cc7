"""Reading inputs: every entry gets a record, whatever it is; memory stays bounded; killed runs leave no debris."""
import io
import os
import shutil
import socket
import tempfile
import time
import tracemalloc
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import as_unprivileged_user
from pipeline.io.inputs import _bounded_lines, read_inputs
from pipeline.io.publish import TableWriter
from pipeline.io.tables import SCHEMAS


@contextmanager
def world_readable_folder():
    """A folder that another user can enter (pytest's tmp_path is private to the user running the tests)."""
    folder = Path(tempfile.mkdtemp(prefix="unreadable-inputs-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def make_unreadable_entries(folder: Path) -> None:
    (folder / "good.txt").write_text("ASEAN ministers met.", encoding="utf-8")
    (folder / "locked.txt").write_text("ASEAN ministers met again.", encoding="utf-8")
    (folder / "locked.txt").chmod(0)
    (folder / "closed").mkdir()
    (folder / "closed" / "inside.txt").write_text("Never seen.", encoding="utf-8")
    (folder / "closed").chmod(0)
    os.mkfifo(folder / "pipe.txt")
    (folder / "broken.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "elsewhere").mkdir()
    (folder / "elsewhere" / "article.txt").write_text("ASEAN ministers met in Hanoi.", encoding="utf-8")
    (folder / "linked").symlink_to(folder / "elsewhere", target_is_directory=True)
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "socket.txt"))


EXPECTED = {
    "broken.txt": "broken symbolic link",
    "closed": "could not list the folder (Permission denied), so none of its files were read",
    "elsewhere/article.txt": None,
    "good.txt": None,
    "linked": "symbolic link to a folder, which is not followed",
    "locked.txt": "could not read the file (Permission denied)",
    "loop.txt": "broken symbolic link",
    "pipe.txt": "named pipe (FIFO), not a regular file",
    "socket.txt": "socket, not a regular file",
}


def test_every_entry_gets_a_record_with_the_reason_it_cannot_be_read():
    with world_readable_folder() as folder:
        make_unreadable_entries(folder)
        with as_unprivileged_user():
            records = list(read_inputs(folder))
    assert [r.source for r in records] == sorted(EXPECTED)
    for record in records:
        if EXPECTED[record.source] is None:
            assert record.error is None and record.data
        else:
            assert EXPECTED[record.source] in record.error, record.source


@pytest.mark.parametrize("content, limit, lines", [
    (b"a\nbb\n\nccc", 10, [b"a\n", b"bb\n", b"\n", b"ccc"]),
    (b"short\n" + b"x" * 25 + b"\nafter\n", 10, [b"short\n", None, b"after\n"]),
    (b"x" * 10 + b"\n", 10, [b"x" * 10 + b"\n"]),              # exactly at the limit
    (b"x" * 11, 10, [None]),                                    # over it, without an end of line
])
def test_bounded_lines(content, limit, lines):
    assert list(_bounded_lines(io.BytesIO(content), limit)) == lines


def test_a_huge_json_line_is_skipped_in_bounded_memory_and_time(tmp_path):
    huge = b'{"text": "' + b"ASEAN " * (8 * 2**20) + b'"}\n'      # a 48 MB line
    (tmp_path / "dump.jsonl").write_bytes(huge + b'{"text": "Next record."}\n')
    tracemalloc.start()
    started = time.perf_counter()
    records = list(read_inputs(tmp_path, max_mb=4))
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "line 1 is over 4 MB" in records[0].error
    assert records[1].fields == {"text": "Next record."}
    assert peak < 5 * 4 * 2**20 and seconds < 5    # a few times the limit, far below the line's 48 MB


def test_a_file_over_the_limit_is_refused_unread(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"ASEAN ministers met. " * (2**20 // 4))   # 5 MB
    tracemalloc.start()
    (record,) = read_inputs(tmp_path, max_mb=1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "5 MB, over the 1 MB limit" in record.error and record.data is None
    assert peak < 2**20


def test_staging_folders_of_killed_runs_are_removed(tmp_path):
    dead_pid = 2**22 + 1            # above the kernel's pid_max: no such process
    (tmp_path / f".staging-{dead_pid}").mkdir()
    (tmp_path / ".staging-1").mkdir()    # pid 1 is alive: maybe a run still writing
    with TableWriter(tmp_path, SCHEMAS, {}):
        pass
    assert sorted(p.name for p in tmp_path.glob(".staging-*")) == [".staging-1"]
