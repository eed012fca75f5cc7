"""Every data file in models/ loads and is well-formed (dateparser's data-integrity test, for our data)."""
import re

import pytest
import yaml

from pipeline.kb import KB_FILES, match_key, words_of
from pipeline.resources import data_files, load_data, models_dir

FILES = data_files()
LABELS = {"PERSON", "ORG", "GPE", "LOC", "LAW"}
QID = re.compile(r"^Q[1-9][0-9]*$")
KEY = re.compile(r"^[a-z0-9_]+$")


def strings_in(value):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from strings_in(k)
            yield from strings_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_in(v)
    else:
        yield value


@pytest.mark.parametrize("path", FILES, ids=[p.relative_to(models_dir()).as_posix() for p in FILES])
def test_data_file_has_a_provenance_header_and_parses(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "every data file opens with a comment saying what it holds and where it comes from"
    assert re.search(r"(?i)source|where .* come from", text.split("\n\n")[0] + text[:3000])
    data = load_data(path.relative_to(models_dir()).as_posix())
    assert data


@pytest.mark.parametrize("path", [p for p in FILES if p.suffix in {".yaml", ".yml"}],
                         ids=lambda p: p.relative_to(models_dir()).as_posix())
def test_no_yaml_booleans_hide_in_word_lists(path):
    """YAML 1.1 reads on/off/yes/no as booleans: a word list must hold only strings and numbers."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    lists = [v for v in strings_in(data) if isinstance(v, bool)]
    assert not lists, f"unquoted yes/no/on/off in {path.name}"


def kb_entries():
    for name in KB_FILES:
        if (models_dir() / "kb" / name).exists():
            for entry in load_data(f"kb/{name}")["entries"]:
                yield name, entry


def test_kb_entries_are_well_formed():
    keys, qids = set(), {}
    for name, entry in kb_entries():
        assert KEY.match(entry["key"]) and entry["key"] not in keys, entry["key"]
        keys.add(entry["key"])
        assert entry["label"] in LABELS, entry
        assert entry["name"].strip()
        if "qid" in entry:
            assert QID.match(entry["qid"]), entry
            assert entry["qid"] not in qids, f"{entry['qid']} used by {qids.get(entry['qid'])} and {entry['key']}"
            qids[entry["qid"]] = entry["key"]
        if "iso2" in entry:
            assert re.fullmatch(r"[A-Z]{2}", entry["iso2"]), entry
        for field in ("en", "vi", "acronyms", "ambiguous"):
            assert all(isinstance(a, str) and a.strip() for a in entry.get(field) or []), (entry["key"], field)


def test_kb_aliases_are_unambiguous():
    owner = {}
    for _, entry in kb_entries():
        ambiguous = set(entry.get("ambiguous") or [])
        for alias in {entry["name"], *(entry.get("en") or []), *(entry.get("vi") or [])} - ambiguous:
            key = tuple(match_key(w) for _, _, w in words_of(alias))
            assert owner.setdefault(key, entry["key"]) == entry["key"], f"{alias!r}: {owner[key]} and {entry['key']}"


def test_kb_people_speak_for_a_known_state_or_body():
    entries = {e["key"]: e for _, e in kb_entries()}
    people = [e for name, e in kb_entries() if name == "people.yaml"]
    assert people
    for person in people:
        assert person["label"] == "PERSON" and entries[person["speaks_for"]]["label"] in ("GPE", "ORG"), person["key"]


def test_kb_capitals_point_to_places():
    places = {e["key"] for name, e in kb_entries() if name == "places.yaml"}
    for _, entry in kb_entries():
        if entry.get("capital"):
            assert entry["capital"] in places, entry["key"]


def test_titles_have_both_languages():
    for entry in load_data("kb/titles.yaml")["entries"]:
        assert entry.get("en") and entry.get("vi"), entry["key"]


@pytest.mark.parametrize("name", ["ingest.yaml"])
def test_regexes_compile(name):
    data = load_data(name)
    for key in ("strip_prefix", "drop_line", "cut_from"):
        for pattern in data[key]:
            re.compile(pattern)


SINGLE_HOLDER_OFFICES = {"prime_minister", "president", "state_president", "foreign_minister", "foreign_secretary",
                         "secretary_of_state", "defence_minister", "secretary_general_asean", "un_secretary_general",
                         "premier", "general_secretary", "king", "sultan"}


def _office_date(value):
    import datetime
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def test_kb_people_offices_are_well_formed():
    """people.yaml `offices`: known titles, real dates, from <= to, no overlap of one person's same office, and no
    two people in one single-holder office of one country on the same days (a one-day hand-over overlap is fine)."""
    import datetime
    titles = {e["key"] for e in load_data("kb/titles.yaml")["entries"]}
    keys = {e["key"] for _, e in kb_entries()}
    holders = {}
    people = [e for name, e in kb_entries() if name == "people.yaml"]
    assert any(p.get("offices") for p in people)
    for person in people:
        spans = {}
        for office in person.get("offices") or []:
            assert set(office) <= {"title", "from", "to", "of"}, (person["key"], office)
            assert office["title"] in titles, (person["key"], office)
            first = _office_date(office["from"])
            last = _office_date(office["to"]) if office.get("to") is not None else datetime.date.max
            assert first <= last, (person["key"], office)
            party = office.get("of") or person["speaks_for"]
            assert party in keys, (person["key"], office)
            for other_first, other_last in spans.get(office["title"], []):
                assert min(last, other_last) <= max(first, other_first), (person["key"], office["title"], "overlaps")
            spans.setdefault(office["title"], []).append((first, last))
            if office["title"] in SINGLE_HOLDER_OFFICES:
                holders.setdefault((office["title"], party), []).append((first, last, person["key"]))
    for (title, party), spans in holders.items():
        for i, (a_first, a_last, a_key) in enumerate(spans):
            for b_first, b_last, b_key in spans[i + 1:]:
                if a_key != b_key:
                    overlap = (min(a_last, b_last) - max(a_first, b_first)).days
                    assert overlap <= 0, f"{title} of {party}: {a_key} and {b_key} overlap"
