"""Shared fixtures: the seed corpus and the real-article corpus, each extracted once per test session."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NOBODY = 65534      # the uid of 'nobody'


@contextmanager
def as_unprivileged_user():
    """Root reads and writes anything whatever its permissions; act as 'nobody' so that the OS really refuses."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
REAL_CORPUS = ROOT / "tests" / "corpus" / "real"


@pytest.fixture(scope="session")
def seed_outputs(tmp_path_factory) -> Path:
    """The four tables written by one run over seeds/."""
    from pipeline.run import extract

    out = tmp_path_factory.mktemp("seed_outputs")
    extract(SEEDS, out, workers=1)
    return out


@pytest.fixture(scope="session")
def real_outputs(tmp_path_factory) -> Path:
    """The four tables written by one run over tests/corpus/real (dev and test splits together, as
    `make eval` runs them)."""
    from pipeline.run import extract

    out = tmp_path_factory.mktemp("real_outputs")
    extract(REAL_CORPUS, out, workers=1)
    return out


@pytest.fixture
def corpus(tmp_path) -> Path:
    """An empty input folder; tests write the files they need into it."""
    folder = tmp_path / "input"
    folder.mkdir()
    return folder


def copy_seeds(target: Path, names: list[str] | None = None) -> None:
    for path in sorted(SEEDS.iterdir()):
        if names is None or path.name in names:
            shutil.copy(path, target / path.name)
