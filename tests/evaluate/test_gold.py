"""The seed gold files' integrity (format: docs/gold.md)."""
import json
from pathlib import Path

import pytest

from conftest import ROOT


GOLD = sorted((ROOT / "tests" / "gold").glob("*.json"))
ACTIONS = {"commit", "agree", "approve", "support", "promote", "implement", "ratify", "urge", "reaffirm",
           "refrain", "plan"}


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_valid(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / "seeds" / f"{path.stem}.txt").read_text(encoding="utf-8")
    assert gold["id"] == path.stem and gold["lang"] in {"en", "vi"}
    for item in gold["entities"]:
        assert item["label"] in {"PERSON", "ORG", "GPE", "LOC", "LAW"}
        for surface in item["surfaces"]:
            assert surface in text, surface
    for item in gold["meetings"]:
        assert item["meeting_id"]
    for item in gold["commitments"]:
        assert item["evidence"] in text, item["evidence"]
        assert len(item["evidence"].split()) >= 5, item["evidence"]
        assert item["action"] in ACTIONS and item["actor"]
