"""The entity rules of one language, compiled from models/entities/<lang>.yaml and the knowledge base's
titles, and the candidate mentions every finder yields.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..kb import KBEntry, match_key
from ..resources import load_data
from .words import Word


MODEL_SCORE = {"kb": 0.95, "rule": 0.8, "fallback": 0.6}


class Candidate(NamedTuple):
    start: int
    end: int
    label: str
    source: str           # gazetteer | rule | model
    score: float
    entry: KBEntry | None = None


@dataclass(frozen=True)
class EntityRules:
    """Compiled per-language rules from models/entities/<lang>.yaml and the KB's titles."""
    lang: str
    heads: dict            # tuple of match keys -> label
    connectors: frozenset
    stoppers: frozenset
    honorifics: tuple
    titles: dict           # first word's match key -> titles (tuples of match keys) starting with it, longest first
    strip_leading: frozenset
    credit_cues: frozenset
    reject: frozenset
    model_labels: dict
    model_score: float
    max_words: int
    not_heads: frozenset = frozenset()
    abbreviations: frozenset = frozenset()
    surnames: frozenset = frozenset()
    descriptive_after_head: frozenset = frozenset()
    meeting_series: frozenset = frozenset()     # surfaces (match keys) that name a meeting series, never an entity
    news_agencies: frozenset = frozenset()      # outlets cited as a source, not an actor
    venue_heads: frozenset = frozenset()        # "Convention Center": a venue, not an entity
    title_continuers: frozenset = frozenset()   # "on", "to": a title runs on past a known name's end
    meeting_words: frozenset = frozenset()      # a name ending in one ("... Experts' Meeting") is a meeting
    year_connectors: frozenset = frozenset()    # "in 2005", "năm 2005": a year after one of these ends a name
    years_in_name_after: frozenset = frozenset()  # "đến năm 2045", "to 2045": ... unless it is a horizon
    day_connectors: frozenset = frozenset()     # "on 31 December": a day number after one of these ends a name
    place_prefixes: frozenset = frozenset()     # "thành phố", "sông": a place's name follows
    admin_prefixes: frozenset = frozenset()     # "thành phố", "huyện": a place's name follows, without them
    office_heads: frozenset = frozenset()       # "Office" of "Prime Minister's Office"
    nationality_cues: frozenset = frozenset()   # "người", "tiếng": a country after one is a nationality or language
    person_cues: frozenset = frozenset()        # honorifics and person cues ("ông", "luật sư"): only a person follows
    generic_before: frozenset = frozenset()     # "hai", "các": a body after one is a common noun ("hai Học viện")
    generic_after: frozenset = frozenset()      # "hai nước": ... or before one ("Bộ Ngoại giao hai nước")
    body_stoppers: frozenset = frozenset()      # "lần thứ": a body's name ends before it (a session, a meeting)
    meeting_codes: frozenset = frozenset()      # "APSC", "ACC": with a number ("APSC-20") a meeting, not an entity
    weekdays: frozenset = frozenset()           # "Thứ Bảy": a mention inside one is a date
    title_body_heads: frozenset = frozenset()   # "Bộ": a body inside a title opening with one is its own ORG
    byline: re.Pattern | None = None            # an author's line near the top: "By <name> in <place>", a name alone
    event_nouns: frozenset = frozenset()        # "Phiên", "Lễ": a capitalised event noun, no one-syllable person
    rank_words: frozenset = frozenset()         # "Đối tác": a head right after one names a rank ("Đối tác Chiến lược")
    title_topic_markers: frozenset = frozenset()  # "về": a document title's topic opens after it
    person_named_heads: frozenset = frozenset()  # "Trường": a body whose name may honour a person ("Trường ... Phùng Chí Kiên")
    place_cue_words: frozenset = frozenset()    # "ở", "tại": a place follows; the CRF's places are kept after one
    region_words: frozenset = frozenset()       # "miền": with a capitalised direction after it, a region
    region_directions: frozenset = frozenset()  # "Bắc", "Tây Nam": the directions that name a region after one
    team_prefixes: tuple = ()                   # regular expressions: "U16" before a name makes a sports team
    team_suffixes: tuple = ()                   # "FC" after a name makes a club
    source_before: re.Pattern | None = None     # text right before a news agency cited as a source ("(", "Photo:")
    source_after: re.Pattern | None = None      # ... or right after it (")", "/", "reporter")
    slogan: re.Pattern | None = None            # a quoted theme or motto after its cue ("under the theme “...”")
    topic_heads: frozenset = frozenset()        # "Declaration": its name runs on over a lower-case topic after "on"
    topic_connectors: frozenset = frozenset()   # "on": the connector that opens the topic
    not_topics: frozenset = frozenset()         # "sidelines": "on the sidelines" opens no topic
    lower_case_heads: frozenset = frozenset()   # "công an", "nhà máy": heads that open a name in lower case too
    lower_case_reach: int = 0                   # ... when a capitalised word follows within this many words
    noun_tags: frozenset = frozenset()          # Vietnamese POS tags of nouns (a lower-case head must be one)
    title_modifiers: frozenset = frozenset()    # "Phó", "cựu": a word before a title that belongs to the office
    clause_tags: frozenset = frozenset()        # Vietnamese POS tags (verb, adverb, pronoun) that end a capitalised name
    one_sense_labels: frozenset = frozenset()   # labels a word gives up where its document names it an organisation
    native_syllable: re.Pattern | None = None   # a syllable of the language, its marks stripped ("Chelsea" is none)

    @classmethod
    def from_disk(cls, lang: str) -> "EntityRules":
        data = load_data(f"entities/{lang}.yaml")
        labels = load_data("ner_labels.yaml")
        heads = {}
        for key, label in (("loc_heads", "LOC"), ("org_heads", "ORG"), ("law_heads", "LAW")):
            for head in data[key]:
                heads[_keys(head)] = label       # later keys win: LAW over ORG over LOC
        titles_data = load_data("kb/titles.yaml") or {} if _has_titles() else {}
        titles = {_keys(t) for entry in titles_data.get("entries") or [] for t in entry.get(lang) or []}
        titles |= {_keys(h) for h in data["honorifics"]} | {_keys(c) for c in data.get("person_cues") or []}
        return cls(lang, heads, frozenset(map(match_key, data["name_connectors"])),
                   frozenset(_keys(s) for s in data["name_stoppers"]), tuple(data["honorifics"]),
                   _by_first_word(titles),
                   frozenset(map(match_key, data["strip_leading"])), frozenset(map(match_key, data["credit_cues"])),
                   frozenset(_keys(r) for r in data["reject"]), labels.get(lang, {}),
                   float(labels["score"].get(lang, 0.5)), int(data["max_name_words"]),
                   frozenset(_keys(n) for n in data["not_heads"]), frozenset(data["abbreviations"]),
                   frozenset(map(match_key, data["person_name_starts"])),
                   frozenset(map(match_key, data["descriptive_after_head"])),
                   meeting_series=_phrases(data["meeting_series"]), news_agencies=_phrases(data["news_agencies"]),
                   venue_heads=_phrases(data["venue_heads"]), title_continuers=_words(data["title_continuers"]),
                   meeting_words=_words(data["meeting_words"]), year_connectors=_phrases(data["year_connectors"]),
                   years_in_name_after=_words(data["years_in_name_after"]),
                   day_connectors=_words(data["day_connectors"]), place_prefixes=_phrases(data["place_prefixes"]),
                   admin_prefixes=_phrases(data["admin_prefixes"]), office_heads=_words(data["office_heads"]),
                   nationality_cues=_phrases(data.get("nationality_cues") or []),
                   person_cues=_phrases((data.get("person_cues") or []) + data["honorifics"]),
                   generic_before=_phrases(data.get("generic_before") or []),
                   generic_after=_phrases(data.get("generic_after") or []),
                   body_stoppers=_phrases(data.get("body_stoppers") or []),
                   meeting_codes=_words(data["meeting_codes"]), weekdays=_phrases(data["weekdays"]),
                   title_body_heads=_words(data["title_body_heads"]),
                   byline=_byline_pattern(data["byline_cues"], data["byline_places"]), event_nouns=_phrases(data["event_nouns"]),
                   rank_words=_phrases(data.get("rank_words") or []),
                   person_named_heads=_phrases(data.get("person_named_heads") or []),
                   title_topic_markers=frozenset(match_key(w) for w in data.get("title_topic_markers") or []),
                   place_cue_words=_phrases(data.get("place_cue_words") or []),
                   region_words=_phrases(data.get("region_words") or []),
                   region_directions=_phrases(data.get("region_directions") or []),
                   team_prefixes=tuple(data.get("team_prefixes") or ()), team_suffixes=tuple(data.get("team_suffixes") or ()),
                   source_before=re.compile("(?:" + "|".join(data["source_before"]) + r")\s*$"),
                   source_after=re.compile(r"\s*(?:" + "|".join(data["source_after"]) + ")"),
                   slogan=_slogan_pattern(data.get("slogan_cues") or []),
                   topic_heads=_phrases(data.get("topic_heads") or []),
                   topic_connectors=_words(data.get("topic_connectors") or []),
                   not_topics=_words(data.get("not_topics") or []),
                   lower_case_heads=_phrases(data.get("lower_case_org_heads") or []),
                   lower_case_reach=int(data.get("lower_case_head_reach") or 0),
                   noun_tags=frozenset(data.get("noun_tags") or []),
                   title_modifiers=_words(data.get("title_modifiers") or []),
                   clause_tags=frozenset(data.get("clause_tags") or []),
                   one_sense_labels=frozenset(data.get("one_sense_labels") or []),
                   native_syllable=re.compile(data["native_syllable"]) if data.get("native_syllable") else None)


def _byline_pattern(cues: list[str], places: list[str]) -> re.Pattern:
    """A whole line: a bullet or a cue ("By"), the name (group "name"), at most a place after one of `places` ("in")."""
    cue = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    opener = rf"(?P<opener>[•·*\-–]\s*|(?:{cue})\s*:?\s+)?" if cue else r"(?P<opener>[•·*\-–]\s*)?"
    place = rf"(?:\s+(?:{'|'.join(map(re.escape, places))})\s+[^\W\d][^\n]{{1,40}})?" if places else ""
    return re.compile(rf"^[ \t]*{opener}(?P<name>[^\W\d][^\n,|]{{1,60}}?){place}[ \t]*$", re.MULTILINE)


def _slogan_pattern(cues: list[str]) -> re.Pattern | None:
    """A cue, at most a few words ("của ARF là", "of"), then the quoted slogan (group "slogan")."""
    if not cues:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(cues)})(?!\w)[^“\"«\n]{{0,25}}?[“\"«](?P<slogan>[^”\"»\n]{{2,200}})(?:[”\"»]|\Z)",
                      re.IGNORECASE)


def _phrases(phrases: list[str]) -> frozenset:
    return frozenset(_keys(p) for p in phrases)


def _words(words: list[str]) -> frozenset:
    return frozenset(map(match_key, words))


def _by_first_word(phrases: set[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, longest first: every word is tried as a start, so this is hot."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


def _has_titles() -> bool:
    from ..resources import models_dir

    return (models_dir() / "kb" / "titles.yaml").exists()


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(match_key(w) for w in phrase.split())


@functools.cache
def entity_rules(lang: str) -> EntityRules:
    return EntityRules.from_disk(lang)


def year_follows(words: list[Word], j: int, rules: EntityRules) -> bool:
    """A year connector and a year ("in 2005"), or a day connector and a day ("on 31 December"), start at
    words[j]: the date of an act, not part of its name."""
    if words[j].key in rules.day_connectors and j + 1 < len(words) and _DAY.fullmatch(words[j + 1].text):
        return True
    if j > 0 and words[j - 1].key in rules.years_in_name_after:
        return False
    for connector in rules.year_connectors:
        k = j + len(connector)
        if tuple(w.key for w in words[j:k]) == connector and k < len(words) and _YEAR.fullmatch(words[k].text):
            return True
    return False


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_DAY = re.compile(r"[1-9]|[12]\d|3[01]")


def head_label(words: list[Word], first: int, last: int, rules: EntityRules) -> str | None:
    found = set()
    for i in range(first, last + 1):
        for n in (3, 2, 1):
            label = rules.heads.get(tuple(w.key for w in words[i:i + n])) if i + n <= last + 1 else None
            if label:
                found.add(label)
    for label in ("LAW", "ORG", "LOC"):
        if label in found:
            return label
    return None


def title_length(words: list[Word], i: int, rules: EntityRules) -> int:
    titles = rules.titles.get(words[i].key) if i < len(words) else None
    if not titles:
        return 0              # most words start no title: asked of every word of every sentence
    for title in titles:
        if tuple(w.key for w in words[i:i + len(title)]) == title and not words[i + len(title) - 1].closes:
            return len(title)
    return 0
