import lzma

import numpy as np
import pytest

from pipeline.io.unpacked import CACHE_ENV, unpacked_xz
from pipeline.stages import langid


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def test_unpacked_once_then_reused(tmp_path, cache):
    source = tmp_path / "model.bin.xz"
    source.write_bytes(lzma.compress(b"weights" * 1000))
    first = unpacked_xz(source)
    assert first is not None and first.parent == cache and first.read_bytes() == b"weights" * 1000
    mtime = first.stat().st_mtime_ns
    assert unpacked_xz(source) == first and first.stat().st_mtime_ns == mtime
    assert [p.name for p in cache.iterdir()] == [first.name]          # no temporary file left behind


def test_a_changed_model_gets_its_own_copy(tmp_path, cache):
    source = tmp_path / "model.bin.xz"
    source.write_bytes(lzma.compress(b"old"))
    old = unpacked_xz(source)
    source.write_bytes(lzma.compress(b"new"))
    new = unpacked_xz(source)
    assert new != old and new.read_bytes() == b"new" and old.read_bytes() == b"old"


def test_no_copy_where_the_cache_cannot_be_written(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    source = tmp_path / "model.bin.xz"
    source.write_bytes(lzma.compress(b"x"))
    assert unpacked_xz(source) is None


def test_a_broken_archive_gives_no_copy(tmp_path, cache):
    source = tmp_path / "model.bin.xz"
    source.write_bytes(b"not xz at all")
    assert unpacked_xz(source) is None
    assert not any(cache.iterdir())


def test_language_model_from_the_unpacked_copy_is_the_shipped_one(cache):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    langid._identifier.cache_clear()
    try:
        fast = langid._identifier()
        assert any(cache.iterdir())
    finally:
        langid._identifier.cache_clear()
    shipped = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    for name in ("nb_ptc", "nb_pc", "tk_nextmove", "tk_row", "tk_output"):
        assert np.array_equal(np.asarray(getattr(fast, name)), np.asarray(getattr(shipped, name))), name
    assert fast.nb_classes == shipped.nb_classes
    for text in ("The ministers agreed to meet again in Jakarta next year.",
                 "Các Bộ trưởng nhất trí tăng cường hợp tác trong khu vực.", "Le ministre a déclaré que"):
        assert fast.classify(text) == shipped.classify(text)


def test_an_unreadable_copy_falls_back_to_the_shipped_model(cache, monkeypatch):
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    copy = unpacked_xz(MODEL_DIR / MODEL_FILE)
    copy.write_bytes(b"damaged")
    langid._identifier.cache_clear()
    try:
        assert langid._identifier().classify("The ministers agreed to meet again in Jakarta.")[0] == "en"
        assert not copy.exists()          # made again by the next process
    finally:
        langid._identifier.cache_clear()
