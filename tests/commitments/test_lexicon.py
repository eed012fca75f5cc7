"""Commitments: the rules files (models/commitments/) and the matching helpers."""
import pytest

from pipeline.commitments.actors import quote_spans
from pipeline.commitments.lexicon import PhraseTable
from pipeline.kb import match_key
from pipeline.resources import load_data

ACTIONS = {"commit", "agree", "approve", "support", "promote", "implement", "ratify", "urge", "reaffirm", "refrain",
           "plan"}
RULE_TABLES = ("triggers", "cues", "noun_cues", "need_nouns", "need_modals", "standalone")


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_lexicon_is_well_formed(lang):
    data = load_data(f"commitments/{lang}.yaml")
    for table in RULE_TABLES:
        for phrase, rule in (data.get(table) or {}).items():
            assert rule[0] in ACTIONS, f"{lang} {table} {phrase!r}: unknown action {rule[0]!r}"
            assert 0 < float(rule[1]) <= 1, f"{lang} {table} {phrase!r}: score out of 0..1"
            assert len(rule) == 2 or rule[2] in ("subject", "fixed"), f"{lang} {table} {phrase!r}: unknown flag"
    assert set((data.get("content") or {}).values()) <= ACTIONS
    assert set(data.get("passive_meeting_actions") or []) <= ACTIONS


def test_lexicons_have_the_same_keys():
    assert set(load_data("commitments/en.yaml")) == set(load_data("commitments/vi.yaml"))


@pytest.mark.parametrize("path", ["commitments/en.yaml", "commitments/vi.yaml", "commitments/actors.yaml"])
def test_data_file_has_header(path):
    from pipeline.resources import models_dir

    head = (models_dir() / path).read_text(encoding="utf-8")[:3000]
    for word in ("What it holds", "Source:", "Date:", "Format"):
        assert word in head, f"{path}: header lacks {word!r}"


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_no_phrase_has_two_roles(lang):
    data = load_data(f"commitments/{lang}.yaml")
    tables = {t: set(data.get(t) or {}) for t in ("triggers", "cues", "standalone", "rejects")}
    # `intent_rejects` name the one exception on purpose: a rejecting word before a that-clause ("hope that X will")
    # and a cue before a to-infinitive ("hope to sign")
    dual = set(data.get("intent_rejects") or [])
    for a in tables:
        for b in tables:
            if a < b:
                both = tables[a] & tables[b] - (dual if {a, b} == {"cues", "rejects"} else set())
                assert not both, f"{lang}: {sorted(both)} in both {a} and {b}"
    assert dual <= tables["rejects"], f"{lang}: intent_rejects must be rejects"


@pytest.mark.parametrize("phrase, words, gap, expected", [
    ("reach consensus", "they reach a broad consensus", 2, [1, 4]),
    ("reach consensus", "they reach a very broad consensus", 2, None),
    ("tái khẳng định", "các bộ trưởng tái khẳng định cam kết", 0, [3, 4, 5]),
    ("call on", "call for", 0, None),
])
def test_phrase_table_matches_with_gaps(phrase, words, gap, expected):
    table = PhraseTable.build({phrase: "x"}, gap)
    keys = [match_key(w) for w in words.split()]
    hits = [table.match(keys, i) for i in range(len(keys))]
    found = next((h[1] for h in hits if h), None)
    assert found == expected


def test_quote_spans_pair_marks_and_run_to_the_end():
    text = 'He said: “We will act.” Then "more'
    spans = quote_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["“We will act.”", '"more']


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_calibration_line_rises_within_0_and_1(lang):
    from pipeline.commitments.lexicon import Lexicon

    points = load_data(f"commitments/{lang}.yaml")["calibration"]
    assert [a for a, _ in points] == sorted({a for a, _ in points})
    assert [b for _, b in points] == sorted(b for _, b in points) and all(0 <= b <= 1 for _, b in points)
    lexicon = Lexicon.from_data(load_data(f"commitments/{lang}.yaml"))
    raw = [i / 20 for i in range(21)]
    read = [lexicon.calibrated(r) for r in raw]
    assert read == sorted(read) and all(0 <= r <= 1 for r in read)
