"""The real-article corpus and its gold (tests/corpus/real, tests/gold/real): every file well-formed,
every string found in its text, the split frozen and reproducible, the corpus as wide as issue 12 asks."""
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT

REAL = ROOT / "tests" / "gold" / "real"
CORPUS = ROOT / "tests" / "corpus" / "real"
GOLD = sorted(p for p in REAL.glob("*.json") if p.name != "split.json")
SPLIT_FILE = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
SPLIT = SPLIT_FILE["split"]
ADDED = set(SPLIT_FILE.get("added_to_dev", []))     # articles annotated after the draw: all dev, test stays frozen
SOURCES = {s["id"]: s for s in (json.loads(line) for line in
                                (REAL / "sources.jsonl").read_text(encoding="utf-8").splitlines() if line.strip())}

LABELS = {"PERSON", "ORG", "GPE", "LOC", "LAW"}
ACTIONS = {"commit", "agree", "approve", "support", "promote", "implement", "ratify", "urge", "reaffirm",
           "refrain", "plan"}
SERIES = r"(?:AMM|SUMMIT|EAS|EAS-FMM|APT|APT-FMM|ARF|PMC|SOM|ADMM|ADMM-PLUS|AEM|APSC|ACC|ASEAN-[A-Z]{2}|PMC-[A-Z]{2})"
MEETING_ID = re.compile(rf"{SERIES}-(?:\d{{1,3}}|(?:19|20)\d\d)|[a-z0-9]+(?:-[a-z0-9]+)*")
DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _module(name: str):
    spec = importlib.util.spec_from_file_location(name, REAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_text_has_one_source_one_split_and_one_gold_file():
    texts = {p.stem for p in CORPUS.glob("*.txt")}
    assert texts == {p.stem for p in GOLD} == set(SOURCES) == set(SPLIT)


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_valid(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (CORPUS / f"{path.stem}.txt").read_bytes()
    text = raw.decode("utf-8")
    source = SOURCES[path.stem]
    assert gold["id"] == path.stem and gold["lang"] == source["lang"]
    assert gold["sha256"] == hashlib.sha256(raw).hexdigest(), "the text changed after it was annotated"
    assert gold["url"] == source["url"] and gold["split"] == SPLIT[path.stem]
    assert gold["expect_status"] == ("ok" if gold["lang"] in {"en", "vi"} else "skipped")
    if gold["expect_status"] == "skipped":
        assert gold["entities"] == gold["meetings"] == gold["commitments"] == []
    for item in gold["entities"]:
        assert item["label"] in LABELS, item
        assert item["surfaces"], item
        for surface in item["surfaces"]:
            assert surface in text, surface
            assert surface == surface.strip() and not surface.lower().startswith("the "), surface
    for item in gold["meetings"]:
        assert MEETING_ID.fullmatch(item["meeting_id"]), item["meeting_id"]
        if item.get("ordinal") is not None:
            assert item["meeting_id"] == f"{item['series']}-{item['ordinal']}", item
        for name in ("start_date", "end_date"):
            assert item.get(name) is None or DATE.fullmatch(item[name]), item
        if item.get("start_date") and item.get("end_date"):
            assert item["start_date"] <= item["end_date"], item
        assert item.get("country") is None or re.fullmatch(r"[A-Z]{2}", item["country"]), item
    for item in gold["commitments"]:
        assert item["evidence"] in text, item["evidence"]
        assert len(item["evidence"].split()) >= 5, item["evidence"]
        assert item["action"] in ACTIONS and item["actor"], item
        assert item.get("deadline") is None or DATE.fullmatch(item["deadline"]), item


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_both_readers_and_the_adjudicator_are_recorded(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold["readers"]) == {"A", "B", "adjudicator"}
    for reader in ("A", "B"):
        annotation = json.loads((REAL / "readers" / f"{path.stem}.{reader}.json").read_text(encoding="utf-8"))
        assert annotation["id"] == path.stem
        assert {"entities", "meetings", "commitments"} <= set(annotation)


def test_the_corpus_is_as_wide_as_the_issue_asks():
    languages = [s["lang"] for s in SOURCES.values()]
    assert languages.count("en") >= 36 and languages.count("vi") >= 24
    assert len([lang for lang in languages if lang not in {"en", "vi"}]) >= 4
    assert len({s["outlet"] for s in SOURCES.values()}) >= 12
    assert len({series for s in SOURCES.values() for series in s["series"]}) >= 10
    years = [s["year"] for s in SOURCES.values()]
    assert max(years) - min(years) >= 15


def test_no_reserved_page_and_no_seed_copy():
    def bare(url: str) -> str:
        return re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/")

    reserved = {bare(line) for line in (ROOT.parent / "shared" / "RESERVED.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")} if (ROOT.parent / "shared").is_dir() else set()
    assert not reserved & {bare(s["url"]) for s in SOURCES.values()}

    def shingles(text: str) -> set:
        words = re.findall(r"\w+", text.lower())
        return {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}

    seeds = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").glob("*.txt")))
    for path in CORPUS.glob("*.txt"):
        assert len(shingles(path.read_text(encoding="utf-8")) & seeds) <= 3, path.name


def test_split_is_the_recorded_seeded_draw_and_stratified():
    drawn = {i: s for i, s in SOURCES.items() if i not in ADDED}
    assert _module("draw_split").draw(list(drawn.values())) == {i: SPLIT[i] for i in drawn}
    for language in ("en", "vi"):
        ids = [i for i, s in drawn.items() if s["lang"] == language]
        share = sum(SPLIT[i] == "test" for i in ids) / len(ids)
        assert 0.25 <= share <= 0.42, (language, share)


def test_articles_added_after_the_draw_are_dev_and_come_after_it():
    """The test split is frozen: an article annotated later joins dev, with an id after every drawn one."""
    assert ADDED <= set(SOURCES)
    assert all(SPLIT[i] == "dev" for i in ADDED)
    drawn = [i for i in SOURCES if i not in ADDED]
    for ident in ADDED:
        prefix = ident.split("_")[0]
        assert all(ident > other for other in drawn if other.startswith(prefix + "_")), ident


def test_readme_sources_table_is_generated_from_the_sources():
    readme = (REAL / "README.md").read_text(encoding="utf-8")
    assert _module("sources_table").table() in readme


def test_the_adding_tool_checks_readings_like_these_tests():
    tool = _module("add_articles")
    text = "The 56th ASEAN Foreign Ministers' Meeting opened in Jakarta, where ministers agreed to boost trade ties."
    good = {"id": "x", "lang": "en", "expect_status": "ok", "entities": [{"label": "GPE", "surfaces": ["Jakarta"]}],
            "meetings": [{"meeting_id": "AMM-56", "series": "AMM", "ordinal": 56}],
            "commitments": [{"evidence": "ministers agreed to boost trade", "actor": "ASEAN", "action": "agree"}]}
    assert tool.problems(good, text) == []
    bad = dict(good, entities=[{"label": "GPE", "surfaces": ["Hanoi"]}],
               commitments=[{"evidence": "agreed to boost", "actor": "ASEAN", "action": "agree"}])
    assert len(tool.problems(bad, text)) == 2
    assert len(tool.shingles(text) & tool.shingles(text)) > tool.SEED_SHARE   # a copy is caught
