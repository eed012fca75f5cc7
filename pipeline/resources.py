"""Loads the data files in models/ (YAML or JSONL), once per process.

Only this module knows where models/ lives; stages ask for a file by its path inside it.
"""
from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path
from typing import Any

from .errors import Errors, PipelineError

# Installed (pip install ., a wheel): models/ ships inside the package. In a checkout: beside pipeline/.
_INSTALLED_MODELS = Path(__file__).resolve().parent / "models"
MODELS_DIR = _INSTALLED_MODELS if _INSTALLED_MODELS.is_dir() else Path(__file__).resolve().parent.parent / "models"


def models_dir() -> Path:
    return MODELS_DIR


def as_date(value) -> date | None:
    """A date field of a data file: YAML reads an ISO date as a date, a quoted one stays a string."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@functools.cache
def load_data(relative_path: str) -> Any:
    """Parsed content of models/<relative_path> (.yaml, .yml or .jsonl)."""
    path = MODELS_DIR / relative_path
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PipelineError(Errors.DATA_FILE.format(path=path, detail=exc)) from exc
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    import yaml  # lazy: only needed when data is loaded

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # the C loader when libyaml is there: 10x faster
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise PipelineError(Errors.DATA_FILE.format(path=path, detail=exc)) from exc


_LOADED_MODELS: set[str] = set()


def model_loaded(name: str) -> None:
    """Noted by a stage when it loads a statistical model ("spacy:en", "underthesea:vi"), for the run's
    record and the tests: a run loads a language's models only when a document of that language comes."""
    _LOADED_MODELS.add(name)


def loaded_models() -> frozenset[str]:
    """The models this process has loaded so far."""
    return frozenset(_LOADED_MODELS)


def data_files() -> list[Path]:
    """Every data file under models/, in a stable order."""
    return sorted(p for p in MODELS_DIR.rglob("*") if p.is_file() and p.suffix in {".yaml", ".yml", ".jsonl"})
