"""Where a profiled pipeline run spends its time, apart from the models: reads cProfile statistics.

Every function of pipeline/ and its packages ("ours", the benchmark aside) gets three costs: its own (its
self time, plus the C built-ins and standard library it calls directly: regexes, str methods, unicodedata),
libraries (third-party code it calls directly: dateparser, PyYAML, pyarrow, py3langid, imports), and models
(spaCy, thinc, underthesea). Summed by module, these say which stage to make cheaper; the call sites say how.
"""
from __future__ import annotations

import pstats
import sysconfig
from collections import defaultdict
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent       # the benchmark's own code is not "ours"
CODE_DIR = BENCH_DIR.parent                        # pipeline/, its stage packages included
MODEL_PACKAGES = {"spacy", "thinc", "underthesea", "underthesea_core", "srsly", "cymem", "preshed", "blis",
                  "murmurhash", "catalogue", "confection", "spacy_legacy", "spacy_loggers"}
_STDLIB = str(Path(sysconfig.get_paths()["stdlib"]).resolve())

Func = tuple  # (file name, line, function name), as pstats keys them


def is_ours(func: Func) -> bool:
    path = Path(func[0])
    return path.is_relative_to(CODE_DIR) and not path.is_relative_to(BENCH_DIR)


def module_of(func: Func) -> str:
    """Our module's path under pipeline/: "run.py", "commitments/english.py"."""
    return Path(func[0]).relative_to(CODE_DIR).as_posix()


def kind_of(func: Func) -> str:
    """builtin | stdlib | library | model"""
    filename = func[0]
    if filename == "~":
        return "builtin"
    if "importlib" in filename:   # an import is paid for the library it loads
        return "library"
    if "site-packages" in filename:
        package = filename.split("site-packages/")[-1].split("/")[0]
        return "model" if package in MODEL_PACKAGES else "library"
    # "<frozen posixpath>", and "<string>": code that dataclasses and namedtuples generate for our classes
    return "stdlib" if filename.startswith("<") or str(Path(filename).resolve()).startswith(_STDLIB) else "library"


def name_of(func: Func) -> str:
    filename, line, function = func
    if filename == "~":
        return function
    path = Path(filename)
    where = module_of(func) if is_ours(func) else "/".join(path.parts[-2:])
    return f"{where}:{line} {function}"


def summarise(stats: pstats.Stats, top: int = 15) -> dict:
    """The profile as JSON-ready tables: by module, top functions of ours, top library/model call sites, stages."""
    own: dict = defaultdict(float)
    outside: dict = defaultdict(float)       # (our caller, kind) -> seconds
    sites: dict = defaultdict(lambda: [0.0, 0])
    for func, (_, calls, self_time, _, callers) in stats.stats.items():
        if is_ours(func):
            own[func] += self_time
            continue
        kind = kind_of(func)
        for caller, (_, caller_calls, edge_self, edge_total) in callers.items():
            if not is_ours(caller):
                continue
            if kind in ("builtin", "stdlib"):
                # a built-in's self time only: `any(genexpr)` also times our genexpr, counted on its own
                own[caller] += edge_self if kind == "builtin" else edge_total
            else:
                outside[caller, kind] += edge_total
                site = sites[caller, func, kind]
                site[0] += edge_total
                site[1] += caller_calls
    total = stats.total_tt
    return {"profiled_seconds": round(total, 3),
            "by_module": _by_module(own, outside, total),
            "top_functions": _top_functions(stats, own, total, top),
            "top_calls": _top_calls(sites, total, top),
            "stages": _stages(stats, total)}


def _by_module(own: dict, outside: dict, total: float) -> list[dict]:
    modules: dict = defaultdict(lambda: {"own_s": 0.0, "library_s": 0.0, "model_s": 0.0})
    for func, seconds in own.items():
        modules[module_of(func)]["own_s"] += seconds
    for (func, kind), seconds in outside.items():
        modules[module_of(func)][f"{kind}_s"] += seconds
    rows = [{"module": name, **{k: round(v, 3) for k, v in costs.items()},
             "share_without_models": round((costs["own_s"] + costs["library_s"]) / total, 4)}
            for name, costs in modules.items()]
    return sorted(rows, key=lambda r: -(r["own_s"] + r["library_s"]))


def _top_functions(stats: pstats.Stats, own: dict, total: float, top: int) -> list[dict]:
    rows = [{"function": name_of(func), "own_s": round(seconds, 3), "calls": stats.stats[func][1],
             "share": round(seconds / total, 4)}
            for func, seconds in own.items()]
    return sorted(rows, key=lambda r: -r["own_s"])[:top]


def _top_calls(sites: dict, total: float, top: int) -> list[dict]:
    rows = [{"caller": name_of(caller), "callee": name_of(callee), "kind": kind, "seconds": round(seconds, 3),
             "calls": calls, "share": round(seconds / total, 4)}
            for (caller, callee, kind), (seconds, calls) in sites.items()]
    return sorted(rows, key=lambda r: -r["seconds"])[:top]


def _stages(stats: pstats.Stats, total: float) -> list[dict]:
    """Cumulative time of each function of ours that run.py calls: the stages, ingest, cache, writer."""
    rows = []
    for func, (_, calls, _, cumulative, callers) in stats.stats.items():
        if is_ours(func) and Path(func[0]).name != "run.py" and any(Path(c[0]).name == "run.py" for c in callers):
            rows.append({"function": name_of(func), "cumulative_s": round(cumulative, 3), "calls": calls,
                         "share": round(cumulative / total, 4)})
    return sorted(rows, key=lambda r: -r["cumulative_s"])
