"""The shape of the code: imports flow one way, and modules and functions stay small enough to read.

Imports are read with `ast` (module level and inside functions alike), never by importing the code.
"""
import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "pipeline"
# Entry points wire the stages and may import anything; evaluation, the benchmark and the report sit on top.
ENTRY_POINTS = {"__init__.py", "__main__.py", "cli.py", "run.py"}
ABOVE_THE_STAGES = ("evaluate", "bench", "report")
FORBIDDEN = ("pipeline.run", "pipeline.cli", "pipeline.evaluate", "pipeline.bench", "pipeline.report")

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
# "path/of/module.py:function" -> why it may be longer than MAX_FUNCTION_LINES (none today)
LONG_FUNCTIONS: dict[str, str] = {}
# "path/of/module.py" -> why it may be longer than MAX_MODULE_LINES (none today)
LONG_MODULES: dict[str, str] = {}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, source: str | None = None) -> set[str]:
    """Every module an `import` or `from ... import` in the file names, relative imports resolved; for
    `from X import y` both X and X.y (y may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + (node.module.split(".") if node.module else []))
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def stage_modules() -> list[Path]:
    """Everything below the entry points: the stages, file handling, shared helpers."""
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if not (p.parent == PACKAGE and p.name in ENTRY_POINTS)
                  and p.relative_to(PACKAGE).parts[0] not in ABOVE_THE_STAGES)


def forbidden_in(modules: set[str], forbidden=FORBIDDEN) -> set[str]:
    return {m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden)}


def test_the_import_reader_resolves_relative_imports():
    path = PACKAGE / "commitments" / "finish.py"
    source = "from .. import run\nfrom ..evaluate.report import format_sets\nfrom .records import Statement\n" \
             "def f():\n    import pipeline.bench.runner\n"
    found = imported_modules(path, source)
    assert {"pipeline.run", "pipeline.evaluate.report", "pipeline.commitments.records",
            "pipeline.bench.runner"} <= found
    assert forbidden_in(found) == {"pipeline.run", "pipeline.evaluate.report", "pipeline.evaluate.report.format_sets",
                                   "pipeline.bench.runner"}
    init = PACKAGE / "meetings" / "__init__.py"
    assert "pipeline.meetings.merge" in imported_modules(init, "from .merge import merge_mentions\n")
    assert "pipeline.stages.dates" in imported_modules(init, "from ..stages.dates import find_dates\n")


def test_the_stages_are_all_checked():
    names = {module_name(p) for p in stage_modules()}
    assert {"pipeline.stages.ingest", "pipeline.stages.tokenize", "pipeline.stages.dates", "pipeline.io.publish",
            "pipeline.io.tables", "pipeline.commitments", "pipeline.commitments.english", "pipeline.meetings.merge",
            "pipeline.entities.linking"} <= names
    assert not names & {"pipeline.run", "pipeline.cli", "pipeline.evaluate", "pipeline.bench.runner"}


@pytest.mark.parametrize("path", stage_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_stages_never_import_the_entry_points_evaluation_or_benchmark(path):
    assert forbidden_in(imported_modules(path)) == set()


def test_nothing_outside_the_benchmark_imports_it():
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] != "bench":
            assert forbidden_in(imported_modules(path), ("pipeline.bench",)) == set(), path


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("stage", ["meetings", "entities", "commitments"])
def test_each_stage_package_exposes_its_entry_function(stage):
    """run.py imports `find_<stage>` from the package itself; the package's modules are its own business."""
    tree = ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8"))
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert f"find_{stage}" in defined
    assert ast.get_docstring(tree), f"pipeline/{stage}/__init__.py: say what the stage reads and adds"


def test_no_module_is_too_long():
    long = {_relative(p): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert set(long) <= set(LONG_MODULES), f"over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_is_too_long():
    long = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{_relative(path)}:{node.name}"] = length
    assert set(long) <= set(LONG_FUNCTIONS), f"over {MAX_FUNCTION_LINES} lines: {long}"


def test_every_exemption_states_a_reason():
    assert all(reason.strip() for reason in {**LONG_FUNCTIONS, **LONG_MODULES}.values())
