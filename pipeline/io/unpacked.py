"""Model files that ship compressed, kept unpacked in the user's cache so that later processes load them fast.

py3langid's model is a 4.5 MB xz file that holds 68 MB: decompressing it costs every process 0.7 s, more than
reading the result. The unpacked copy is named by the compressed file's content hash, so a new model version
gets a copy of its own; it is written to a temporary file and renamed, so that two processes unpacking at
once never see half a file. Where the cache cannot be written, callers load the shipped file as before.

Cache folder: $ASEAN_PIPELINE_CACHE, else $XDG_CACHE_HOME/asean-pipeline, else ~/.cache/asean-pipeline.
"""
from __future__ import annotations

import hashlib
import logging
import lzma
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_ENV = "ASEAN_PIPELINE_CACHE"


def cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "asean-pipeline"


def unpacked_xz(source: Path) -> Path | None:
    """The decompressed content of the .xz file `source` as a file in the cache (made on the first call),
    or None when it cannot be made (a read-only home, a full disk): the caller then reads `source` itself."""
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        target = cache_dir() / f"{source.name.removesuffix('.xz')}-{digest}"
        if target.is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, prefix=f".{target.name}.", delete=False) as tmp:
            try:
                with lzma.open(source) as packed:
                    shutil.copyfileobj(packed, tmp, length=1 << 20)
                tmp.close()
                os.replace(tmp.name, target)
            except BaseException:
                tmp.close()
                os.unlink(tmp.name)
                raise
        return target
    except (OSError, lzma.LZMAError) as exc:
        log.debug("could not keep an unpacked copy of %s (%s): loading the shipped file", source, exc)
        return None


def discard(copy: Path) -> None:
    """Delete an unpacked copy its reader found damaged, so that the next process unpacks the file again."""
    try:
        copy.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("could not delete the damaged copy %s (%s)", copy, exc)
