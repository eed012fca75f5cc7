"""Meetings: mentions of ASEAN meetings in English and Vietnamese, what each article says about them, and
one row per meeting across the corpus.

Reads: tokenised ok documents with their `dates` (the dates stage runs first); the series knowledge in
models/meetings/series.yaml (codes, canonical names, numbering calendars, venues), the language data in
models/meetings/<lang>.yaml, host cities in models/meetings/hosts.yaml and the knowledge base's places.
Adds: `meetings`, one MeetingMention per mention, carrying the dates, venue, format, theme and chair this
article gives the meeting next to that mention; an EVENT entity per mention (entity_id = meeting_id); and
`published` when it is still missing and the article dates the meeting it is about.

`merge_mentions` makes the corpus-level rows: one per meeting_id, each attribute chosen by the strength of
its evidence, then knowledge (series calendar, host country, the venue of the meeting it is held beside)
filling gaps. Every disagreement is kept as a Conflict and logged, never silently dropped.
"""
from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from .dates import dateline_date, date_lexicon, has_written_year, infer_published, numeric_order, with_year
from .document import DateMention, Document, Entity, MeetingMention
from .ids import slugify
from .kb import KnowledgeBase, KBEntry, knowledge_base
from .resources import load_data
from .tables import meeting_row

log = logging.getLogger(__name__)

EVENT, SOURCE = "EVENT", "meeting"
# How sure a mention is that it names that meeting, by the shape that found it.
SCORES = {"numbered": 0.95, "acronym_numbered": 0.95, "pattern": 0.9, "year_named": 0.85, "acronym_year": 0.85,
          "event": 0.85, "anaphora": 0.8, "bare": 0.7}
# Which shape wins when two start at the same place with the same length.
PRIORITY = {kind: rank for rank, kind in enumerate(SCORES)}
# How strongly an attribute found next to a mention supports it; a merged row takes the strongest.
STATED, NEARBY, DATELINE = 0.9, 0.7, 0.5
PLACE_WINDOW = 120      # characters between a mention and the place where it is held
ATTRIBUTE_WINDOW = 150  # characters between a mention and its dates, format, theme or chair
CHAIR_WINDOW = 40       # characters between a chair cue and the chairing country or person
YEAR_ID = re.compile(r"-((?:19|20)\d\d)$")


# ---------------------------------------------------------------- series knowledge

@dataclass(frozen=True)
class Series:
    code: str
    name: str
    calendar: tuple[int, int, int] | None = None     # from_ordinal, from_year, per_year
    held_with: str | None = None
    asean_chair: bool = False
    host_country: str | None = None
    slug_ids: bool = False

    def year_of(self, ordinal: int | None) -> int | None:
        if ordinal is None or self.calendar is None or ordinal < self.calendar[0]:
            return None
        first_ordinal, first_year, per_year = self.calendar
        return first_year + (ordinal - first_ordinal) // per_year

    def ordinal_of(self, year: int) -> int | None:
        """The number of the meeting held in `year`, when the series meets once a year."""
        if self.calendar is None or self.calendar[2] != 1 or year < self.calendar[1]:
            return None
        return self.calendar[0] + year - self.calendar[1]


@dataclass(frozen=True)
class Event:
    meeting_id: str
    series: str
    name: str
    year: int | None = None
    host_country: str | None = None


@dataclass(frozen=True)
class Identity:
    """Which meeting a mention names."""
    meeting_id: str
    series: str
    name: str
    ordinal: int | None
    year: int | None


@dataclass(frozen=True)
class SeriesBook:
    series: dict[str, Series]
    events: dict[str, Event]
    suffixes: dict[str, str]

    @classmethod
    def from_disk(cls, path: str = "meetings/series.yaml") -> "SeriesBook":
        data = load_data(path)
        chaired = set(data["chaired_by_asean_chair"])
        series = {code: _series(code, raw, code in chaired) for code, raw in data["series"].items()}
        events = {mid: Event(mid, raw["series"], raw["name"], raw.get("year"), raw.get("host_country"))
                  for mid, raw in (data.get("events") or {}).items()}
        return cls(series, events, {str(k): v for k, v in data["ordinal_suffixes"].items()})

    def ordinal_en(self, n: int) -> str:
        suffix = self.suffixes.get(str(n % 100)) or self.suffixes.get(str(n % 10)) or self.suffixes["default"]
        return f"{n}{suffix}"

    def identify(self, code: str, ordinal: int | None = None, year: int | None = None) -> Identity:
        """The meeting of series `code` with this number or year: ids per CONTRACT.md."""
        series = self.series[code]
        if ordinal is None and year is not None:
            ordinal = series.ordinal_of(year)
        year = series.year_of(ordinal) or year
        if ordinal is not None:
            name = f"{self.ordinal_en(ordinal)} {series.name}"
            meeting_id = slugify(name if year is None else f"{series.name} {year}") if series.slug_ids \
                else f"{code}-{ordinal}"
        else:
            name = f"{series.name} {year}"
            meeting_id = slugify(name) if series.slug_ids else f"{code}-{year}"
        return Identity(meeting_id, code, name, ordinal, year)

    def event(self, meeting_id: str) -> Identity:
        event = self.events[meeting_id]
        return Identity(meeting_id, event.series, event.name, None, event.year)

    def year_of_meeting(self, meeting_id: str, series: str, ordinal: int | None) -> int | None:
        """The year a meeting is held in, from its calendar, its event entry, or the year in its id."""
        if series in self.series and self.series[series].year_of(ordinal):
            return self.series[series].year_of(ordinal)
        if meeting_id in self.events and self.events[meeting_id].year:
            return self.events[meeting_id].year
        m = YEAR_ID.search(meeting_id)
        return int(m.group(1)) if m else None

    def host_country(self, meeting_id: str, series: str) -> str | None:
        if meeting_id in self.events:
            return self.events[meeting_id].host_country
        return self.series[series].host_country if series in self.series else None


def _series(code: str, raw: dict, asean_chair: bool) -> Series:
    cal = raw.get("calendar")
    calendar = (int(cal["from_ordinal"]), int(cal["from_year"]), int(cal.get("per_year", 1))) if cal else None
    return Series(code, raw["name"], calendar, raw.get("held_with"), asean_chair, raw.get("host_country"),
                  raw.get("id") == "slug")


@functools.cache
def series_book() -> SeriesBook:
    return SeriesBook.from_disk()


@dataclass(frozen=True)
class Places:
    """Country of each city, from the knowledge base's capitals and models/meetings/hosts.yaml."""
    city_country: dict[str, str]
    city_states: frozenset[str]

    @classmethod
    def from_disk(cls, kb: KnowledgeBase, path: str = "meetings/hosts.yaml") -> "Places":
        data = load_data(path)
        capitals = {e.capital: e.iso2 for e in kb.entries.values() if e.capital and e.iso2}
        return cls({**capitals, **data["city_country"]}, frozenset(data.get("city_states") or []))

    def place_of(self, entry: KBEntry) -> tuple[str | None, str | None] | None:
        """(city, country) a KB entry stands for as a venue, or None when it is no city or country."""
        if entry.label != "GPE":
            return None
        if entry.iso2:
            return (entry.name if entry.key in self.city_states else None), entry.iso2
        if entry.group in {"capital", "city"}:
            return entry.name, self.city_country.get(entry.key)
        return None


# ---------------------------------------------------------------- finding mentions

@dataclass(frozen=True)
class Found:
    """A meeting mention before its attributes."""
    start: int
    end: int
    identity: Identity | None      # None until resolved (bare and anaphoric mentions)
    kind: str
    series: str | None = None
    ordinal: int | None = None


@dataclass(frozen=True)
class Hit:
    """An attribute stated in the text: where, which field, which value, how strongly."""
    start: int
    end: int
    attribute: str                 # dates | place | format | theme | chair
    value: object
    evidence: float
    source: DateMention | None = None
    venue: bool = False            # a place after a venue cue: must be linked to its mention (`_linked`)


class MeetingFinder:
    """Finds meeting mentions of one language and annotates them (match, then annotate)."""

    def __init__(self, lang: str, data: dict, book: SeriesBook, kb: KnowledgeBase, places: Places):
        self.lang, self.book, self.kb, self.places = lang, book, kb, places
        self.groups: dict[str, str] = {}          # regex group name (n0, g2, a3, e1) -> series code or event id
        self.templates = [(kind, re.compile(self._expand(t, data))) for kind, texts in data["templates"].items()
                          for t in texts]
        self.pattern_series: dict[str, str] = {}  # special whole shapes -> their series
        for code, texts in (data.get("patterns") or {}).items():
            for text in texts:
                self.templates.append(("pattern", re.compile(text)))
                self.pattern_series[text] = code
        self.event_pattern = re.compile(self._alternation("e", data["events"]))
        self.swaps = [re.compile(p) for p in data.get("swapped_numbers") or []]
        self.ordinal_words = sorted(((str(w), int(n)) for w, n in data["ordinal_words"].items()),
                                    key=lambda wn: -len(wn[0]))
        self.venue_cue = re.compile(data["venue_cues"], re.IGNORECASE)
        self.venue_verb = re.compile(rf"(?<!\w)(?:{_any(data['venue_verbs'])})(?!\w)", re.IGNORECASE)
        self.host_cues = [(re.compile(c["before"], re.IGNORECASE), re.compile(c["after"], re.IGNORECASE))
                          for c in data["host_cues"]]
        self.format_cues = [(fmt, re.compile(_any(cues), re.IGNORECASE)) for fmt, cues in data["format_cues"].items()]
        quotes = data["quotes"]
        self.theme = re.compile(rf"(?:{_any(data['theme_cues'])})\s*[:,]?\s*[{quotes['open']}]"
                                rf"(?P<theme>[^{quotes['close']}\n]{{2,200}})[{quotes['close']}]", re.IGNORECASE)
        # one regex per cue: several name their own `year` group
        self.chair_cues = [re.compile(cue, re.IGNORECASE) for cue in data["chair_cues"]]
        self.now_cue = re.compile(rf"\b(?:{_any(data['now_cues'])})\b", re.IGNORECASE)

    @classmethod
    def from_disk(cls, lang: str) -> "MeetingFinder":
        kb = knowledge_base()
        return cls(lang, load_data(f"meetings/{lang}.yaml"), series_book(), kb, Places.from_disk(kb))

    def _expand(self, template: str, data: dict) -> str:
        pieces = {"name": self._alternation("n", data["names"]),
                  "generic": self._alternation("g", data.get("generic_names") or {}),
                  "acronym": self._alternation("a", {c: [re.escape(a) for a in acr]
                                                     for c, acr in (data.get("acronyms") or {}).items()}, flags=""),
                  "ordinal": f"(?i:(?P<ordinal>{data['ordinal']}))", "ordinal2": f"(?i:(?P<ordinal2>{data['ordinal2']}))",
                  "year": r"(?P<year>(?:19|20)\d\d)", "bare_cue": f"(?i:{_any(data['bare_cues'])})"}
        return re.sub(r"\{(\w+)\}", lambda m: pieces[m.group(1)], template)

    def _alternation(self, prefix: str, by_code: dict[str, list[str]], flags: str = "i") -> str:
        """One group per (code, regex), longest regex first so that "ASEAN+3 ..." is tried before "ASEAN ..."."""
        pairs = sorted(((code, rx) for code, rxs in by_code.items() for rx in rxs or []), key=lambda p: -len(p[1]))
        if not pairs:
            return "(?!)"
        alternatives = []
        for i, (code, rx) in enumerate(pairs):
            self.groups[f"{prefix}{i}"] = code
            alternatives.append(f"(?P<{prefix}{i}>{rx})")
        # names start a word: the lookbehind spares the engine trying every alternative inside words
        return rf"(?<![\w-])(?{flags}:" + "|".join(alternatives) + ")" if flags else "(?:" + "|".join(alternatives) + ")"

    def __call__(self, doc: Document) -> Document:
        found = self.find(doc)
        doc.meetings = self.annotate(doc, found)
        doc.entities = [*doc.entities, *event_entities(doc)]
        return infer_published(doc)

    # -- match

    def find(self, doc: Document) -> list[Found]:
        """Mentions in text order; coordinated ones ("44th and 45th") share one span."""
        text, swapped = self._unswap(doc.text)
        raw = sorted(self._matches(text), key=lambda f: (f[0].start, f[0].start - f[0].end, PRIORITY[f[0].kind]))
        chosen, taken_until = [], -1
        for group in raw:
            if group[0].start >= taken_until:
                chosen.extend(group)
                taken_until = group[0].end
        chosen = [f for f in chosen if not _overlaps(f, swapped) or self._year_confirmed(doc, f, chosen)]
        return self._resolve(doc, chosen)

    def _unswap(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The text with machine-translation number swaps put back ("3th ASEAN+25" -> "25th ASEAN+3"),
        and the spans changed. Each swap keeps the span's length, so every offset still holds."""
        spans = []
        for pattern in self.swaps:
            for m in pattern.finditer(text):
                (a0, a1), (b0, b1) = m.span("first"), m.span("second")
                text = text[:a0] + text[b0:b1] + text[a1:b0] + text[a0:a1] + text[b1:]
                spans.append((a0, b1))
        return text, spans

    def _year_confirmed(self, doc: Document, f: Found, chosen: list[Found]) -> bool:
        """A meeting read from swapped numbers counts only when its calendar year is the article's own:
        its publication date, or the year of another meeting it names."""
        if f.identity is None:
            return False
        identity = f.identity
        year = self.book.year_of_meeting(identity.meeting_id, identity.series, identity.ordinal)
        evidence = {doc.published.year} if doc.published else set()
        evidence |= {self.book.year_of_meeting(o.identity.meeting_id, o.identity.series, o.identity.ordinal)
                     for o in chosen if o.identity is not None and o is not f}
        return year is not None and year in evidence

    def _matches(self, text: str) -> Iterator[list[Found]]:
        for kind, pattern in self.templates:
            for m in pattern.finditer(text):
                group = self._found(kind, m, pattern)
                if group:
                    yield group
        for m in self.event_pattern.finditer(text):
            yield [Found(m.start(), m.end(), self.book.event(self._code(m)), "event")]

    def _found(self, kind: str, m: re.Match, pattern: re.Pattern) -> list[Found]:
        start, end = m.span("mention") if "mention" in pattern.groupindex else m.span()
        if kind == "anaphora":
            return [Found(start, end, None, kind, ordinal=self._ordinal(m.group("ordinal")))]
        code = self.pattern_series[pattern.pattern] if kind == "pattern" else self._code(m)
        if code not in self.book.series:
            return []
        if kind == "bare":
            return [Found(start, end, None, kind, series=code)]
        if "year" in pattern.groupindex and m.group("year"):
            return [Found(start, end, self.book.identify(code, year=int(m.group("year"))), kind)]
        ordinals = [self._ordinal(m.group(g)) for g in ("ordinal", "ordinal2")
                    if g in pattern.groupindex and m.group(g)]
        return [Found(start, end, self.book.identify(code, ordinal=n), kind) for n in ordinals if n]

    def _code(self, m: re.Match) -> str:
        """The series (or event) whose name alternative matched."""
        return next(self.groups[g] for g, v in m.groupdict().items() if v is not None and g in self.groups)

    def _ordinal(self, text: str) -> int | None:
        digits = re.search(r"\d+", text)
        if digits:
            return int(digits.group())
        folded = text.casefold()
        return next((n for word, n in self.ordinal_words if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)),
                    None)

    def _resolve(self, doc: Document, chosen: list[Found]) -> list[Found]:
        """Give bare mentions their year and anaphoric ones ("Hội nghị ANM lần thứ 54") their meeting."""
        known = [f for f in chosen if f.identity]
        by_ordinal = defaultdict(set)
        for f in known:
            if f.identity.ordinal is not None:
                by_ordinal[f.identity.ordinal].add(f.identity)
        resolved = list(known)
        for f in chosen:
            if f.kind == "anaphora" and f.ordinal is not None and len(by_ordinal.get(f.ordinal, ())) == 1:
                resolved.append(replace(f, identity=next(iter(by_ordinal[f.ordinal]))))
            elif f.kind == "bare":
                # only a year written in the same sentence makes a bare series name one meeting: the
                # article's own year would turn standing roles ("delegation to the ASEAN SOM") into meetings
                year = sentence_year(doc, f.start)
                if year is not None:
                    resolved.append(replace(f, identity=self.book.identify(f.series, year=year)))
        return sorted(resolved, key=lambda f: (f.start, f.identity.meeting_id))

    # -- annotate

    def annotate(self, doc: Document, found: list[Found]) -> list[MeetingMention]:
        """Give each attribute stated in a sentence to the nearest mention there; the strongest, then
        the closest, hit wins when several give a mention the same attribute."""
        best: dict[tuple[int, str], tuple[tuple[float, int], Hit]] = {}
        by_sentence = defaultdict(list)
        for i, f in enumerate(found):
            by_sentence[doc.sentence_of(f.start)].append(i)
        for sentence, indices in by_sentence.items():
            s0, s1 = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
            for hit in self.hits(doc, s0, s1):
                for i in (i for i in _nearest(found, indices, hit) if self._linked(doc.text, found[i], hit)):
                    rank = (-hit.evidence, _gap(found[i], hit))
                    if (i, hit.attribute) not in best or rank < best[i, hit.attribute][0]:
                        best[i, hit.attribute] = (rank, hit)
        values: dict[int, dict[str, tuple[object, float]]] = defaultdict(dict)
        for (i, name), (_, hit) in best.items():
            values[i][name] = (self._value(hit, found[i], doc), hit.evidence)
        chairs = self.chairs(doc, found, by_sentence)
        return [_mention(doc, f, values.get(i, {}), chairs.get(i)) for i, f in enumerate(found)]

    def hits(self, doc: Document, s0: int, s1: int) -> list[Hit]:
        return [*self._date_hits(doc, s0, s1), *self._place_hits(doc.text, s0, s1),
                *self._format_hits(doc.text, s0, s1), *self._theme_hits(doc.text, s0, s1)]

    def _linked(self, text: str, f: Found, hit: Hit) -> bool:
        """A place after "in"/"tại" is the venue of the mention right before the cue, or of one further back
        across a holding verb ("... and related conferences taking place in Vientiane"); a place before
        the mention only when at most one word stands between ("In Jakarta, the 43rd ASEAN Summit")."""
        if not hit.venue:
            return True
        if f.end <= hit.start:
            between = text[f.end:hit.start]
            return bool(self.venue_cue.match(between.lstrip(" ,")) or self.venue_verb.search(between))
        return len(text[hit.end:f.start].split()) <= 1

    def _value(self, hit: Hit, f: Found, doc: Document) -> object:
        """A date without a written year takes the year of the meeting it is given to."""
        if hit.attribute == "dates" and hit.source is not None and f.identity.year:
            moved = with_year(hit.source, f.identity.year, doc.lang)
            return moved.value, moved.end_value
        return hit.value

    def _date_hits(self, doc: Document, s0: int, s1: int) -> Iterator[Hit]:
        for m in doc.dates:
            if s0 <= m.start < s1 and m.kind in {"date", "range"} and m.granularity == "day":
                yield Hit(m.start, m.end, "dates", (m.value, m.end_value), STATED, m)
        now = self.now_cue.search(doc.text, s0, s1)
        if now:
            lex = date_lexicon(doc.lang)
            day = dateline_date(doc.text, lex, numeric_order(doc.text, lex))
            if day is not None:
                yield Hit(now.start(), now.end(), "dates", (day, None), DATELINE)

    def _place_hits(self, text: str, s0: int, s1: int) -> Iterator[Hit]:
        matches = [m for m in self.kb.find(text, s0, s1) if self.places.place_of(m.entry)]
        for i, m in enumerate(matches):
            city, country = self.places.place_of(m.entry)
            before = text[max(s0, m.start - 60):m.start]
            if self.venue_cue.search(before):
                nxt = matches[i + 1] if i + 1 < len(matches) else None
                if city and nxt and re.fullmatch(r"\s*,\s*", text[m.end:nxt.start]) and nxt.entry.iso2:
                    country = nxt.entry.iso2              # "Vientiane, Laos"
                yield Hit(m.start, m.end, "place", (city, country), STATED, venue=True)
            elif country and not city and any(b.search(before) and a.match(text, m.end) for b, a in self.host_cues):
                yield Hit(m.start, m.end, "place", (None, country), NEARBY)

    def _format_hits(self, text: str, s0: int, s1: int) -> list[Hit]:
        hits = [Hit(m.start(), m.end(), "format", fmt, STATED)
                for fmt, pattern in self.format_cues for m in pattern.finditer(text, s0, s1)]
        # "kết hợp trực tiếp và trực tuyến" (hybrid) holds the cues of both other formats
        return [h for h in hits if not any(o is not h and o.start <= h.start and h.end <= o.end
                                           and o.end - o.start > h.end - h.start for o in hits)]

    def _theme_hits(self, text: str, s0: int, s1: int) -> Iterator[Hit]:
        for m in self.theme.finditer(text, s0, s1):
            yield Hit(m.start(), m.end(), "theme", m.group("theme").strip(), STATED)

    def chairs(self, doc: Document, found: list[Found], by_sentence: dict) -> dict[int, str]:
        """Chair per mention: a cue with a year names the ASEAN Chair of that year for all its meetings."""
        chairs: dict[int, str] = {}
        for cue in (m for pattern in self.chair_cues for m in pattern.finditer(doc.text)):
            holder = self._chair_holder(doc.text, cue)
            if holder is None:
                continue
            year = cue.groupdict().get("year")
            if year:
                for i, f in enumerate(found):
                    series = self.book.series.get(f.identity.series)
                    if series and series.asean_chair and f.identity.year == int(year):
                        chairs.setdefault(i, holder)
            else:
                indices = by_sentence.get(doc.sentence_of(cue.start()), [])
                hit = Hit(cue.start(), cue.end(), "chair", holder, NEARBY)
                for i in _nearest(found, indices, hit):
                    chairs.setdefault(i, holder)
        return chairs

    def _chair_holder(self, text: str, cue: re.Match) -> str | None:
        """entity_id of the country or person nearest the cue."""
        lo, hi = max(0, cue.start() - CHAIR_WINDOW), min(len(text), cue.end() + CHAIR_WINDOW)
        near = [m for m in self.kb.find(text, lo, hi)
                if (m.entry.label == "GPE" and m.entry.iso2) or m.entry.label == "PERSON"]
        if not near:
            return None
        closest = min(near, key=lambda m: min(abs(m.end - cue.start()), abs(m.start - cue.end())))
        return closest.entry.entity_id


def _overlaps(f: Found, spans: list[tuple[int, int]]) -> bool:
    return any(f.start < end and start < f.end for start, end in spans)


def _any(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def _gap(f: Found, hit: Hit) -> int:
    return max(0, f.start - hit.end, hit.start - f.end)


def _nearest(found: list[Found], indices: list[int], hit: Hit) -> list[int]:
    """The mention(s) of the sentence a hit belongs to: the closest before it, else the closest after it
    (news name the meeting first: "the 56th AMM in Jakarta on July 11-14"; "(2 - 6/8/2021), Hội nghị ...")."""
    window = PLACE_WINDOW if hit.attribute == "place" else ATTRIBUTE_WINDOW
    near = [i for i in indices if _gap(found[i], hit) <= window]
    side = [i for i in near if found[i].start < hit.start] or near
    if not side:
        return []
    best = min(_gap(found[i], hit) for i in side)
    return [i for i in side if _gap(found[i], hit) == best]


def _mention(doc: Document, f: Found, values: dict[str, tuple[object, float]], chair: str | None) -> MeetingMention:
    start_date, end_date = values.get("dates", ((None, None), 0))[0]
    city, country = values.get("place", ((None, None), 0))[0]
    evidence = min((e for _, e in values.values()), default=0.5)
    ident = f.identity
    return MeetingMention(ident.meeting_id, ident.series, ident.name, ident.ordinal, f.start, f.end,
                          doc.text[f.start:f.end], doc.sentence_of(f.start), start_date, end_date, city, country,
                          values.get("format", (None, 0))[0], values.get("theme", (None, 0))[0], chair, evidence,
                          SCORES[f.kind])


def sentence_year(doc: Document, offset: int) -> int | None:
    """The written year nearest `offset` in its sentence (deadlines aside): the year of a bare mention."""
    sentence = doc.sentence_of(offset)
    years = [m for m in doc.dates if m.sentence == sentence and m.kind != "deadline"
             and has_written_year(m, doc.lang)]
    if not years:
        return None
    return min(years, key=lambda m: abs(m.start - offset)).value.year


def event_entities(doc: Document) -> list[Entity]:
    return [Entity(m.start, m.end, m.text, EVENT, m.meeting_id, m.name, m.sentence, SOURCE, m.score)
            for m in doc.meetings]


@functools.cache
def meeting_finder(lang: str) -> MeetingFinder:
    return MeetingFinder.from_disk(lang)


def find_meetings(doc: Document) -> Document:
    """Set `doc.meetings`, add their EVENT entities, and fill `published` from them if still missing."""
    return meeting_finder(doc.lang)(doc)


# ---------------------------------------------------------------- across the corpus

@dataclass(frozen=True)
class Conflict:
    """Two sources disagree about an attribute of one meeting; `chosen` was kept."""
    meeting_id: str
    attribute: str
    chosen: object
    others: tuple
    doc_ids: tuple[str, ...]

    def message(self) -> str:
        return (f"meeting {self.meeting_id}: {self.attribute} {self.chosen!r} kept over {list(self.others)!r} "
                f"(documents {', '.join(self.doc_ids)})")


@dataclass
class Merged:
    meeting_id: str
    series: str
    name: str
    ordinal: int | None
    doc_ids: set[str]
    attributes: dict[str, object] = field(default_factory=dict)


def merge_mentions(mentions: list[tuple[str, MeetingMention]]) -> list[dict]:
    """One meetings row per meeting_id, sorted by it; conflicts are logged as warnings."""
    rows, conflicts = merge_with_conflicts(mentions)
    for conflict in conflicts:
        log.warning(conflict.message())
    return rows


def merge_with_conflicts(mentions: list[tuple[str, MeetingMention]],
                         book: SeriesBook | None = None) -> tuple[list[dict], list[Conflict]]:
    book = book or series_book()
    grouped: dict[str, list[tuple[str, MeetingMention]]] = defaultdict(list)
    for doc_id, mention in mentions:
        grouped[mention.meeting_id].append((doc_id, mention))
    conflicts: list[Conflict] = []
    merged = [_merge_one(mid, grouped[mid], conflicts) for mid in sorted(grouped)]
    _apply_knowledge(merged, book, conflicts)
    rows = [meeting_row(m.meeting_id, m.series, m.name, m.ordinal, *(m.attributes.get("dates") or (None, None)),
                        *(m.attributes.get("place") or (None, None)), m.attributes.get("format"),
                        m.attributes.get("theme"), m.attributes.get("chair"), m.doc_ids) for m in merged]
    return rows, conflicts


ATTRIBUTES = {"dates": lambda m: (m.start_date, m.end_date) if m.start_date else None,
              "place": lambda m: (m.city, m.country) if m.city or m.country else None,
              "format": lambda m: m.format, "theme": lambda m: m.theme, "chair": lambda m: m.chair}


def _merge_one(meeting_id: str, items: list[tuple[str, MeetingMention]], conflicts: list[Conflict]) -> Merged:
    first = items[0][1]
    merged = Merged(meeting_id, first.series, first.name, first.ordinal, {d for d, _ in items})
    for attribute, read in ATTRIBUTES.items():
        evidence = [(read(m), m.evidence, doc_id) for doc_id, m in items if read(m) is not None]
        chosen, conflict = choose(meeting_id, attribute, _fold(evidence))
        merged.attributes[attribute] = chosen
        if conflict:
            conflicts.append(conflict)
    return merged


def _fold(evidence: list[tuple[object, float, str]]) -> list[tuple[object, float, str]]:
    """A partial value agreeing with a fuller one counts for it: (None, 'VN') for ('Hanoi', 'VN'),
    (start, None) for (start, end)."""
    full = [v for v, _, _ in evidence if isinstance(v, tuple) and None not in v]

    def fuller(value):
        if not isinstance(value, tuple) or None not in value:
            return value
        matches = {f for f in full if all(a is None or a == b for a, b in zip(value, f))}
        return matches.pop() if len(matches) == 1 else value

    return [(fuller(v), e, d) for v, e, d in evidence]


def choose(meeting_id: str, attribute: str,
           evidence: list[tuple[object, float, str]]) -> tuple[object | None, Conflict | None]:
    """The value with the strongest evidence (then the most documents, then the most mentions)."""
    if not evidence:
        return None, None
    stats: dict[object, list] = {}
    for value, strength, doc_id in evidence:
        s = stats.setdefault(value, [0.0, set(), 0])
        s[0], s[2] = max(s[0], strength), s[2] + 1
        s[1].add(doc_id)
    ranked = sorted(stats, key=lambda v: (-stats[v][0], -len(stats[v][1]), -stats[v][2], repr(v)))
    chosen, others = ranked[0], tuple(ranked[1:])
    if not others:
        return chosen, None
    doc_ids = tuple(sorted({d for _, _, d in evidence}))
    return chosen, Conflict(meeting_id, attribute, chosen, others, doc_ids)


def _apply_knowledge(merged: list[Merged], book: SeriesBook, conflicts: list[Conflict]) -> None:
    """Calendar check, the series' host country, and the venue of the meeting it is held beside."""
    years = {m.meeting_id: book.year_of_meeting(m.meeting_id, m.series, m.ordinal) for m in merged}
    for m in merged:
        dates = m.attributes.get("dates")
        year = years[m.meeting_id]
        if dates and year and dates[0].year != year:
            conflicts.append(Conflict(m.meeting_id, "year", dates[0].year, (year,), tuple(sorted(m.doc_ids))))
        host = book.host_country(m.meeting_id, m.series)
        place = m.attributes.get("place")
        if host and not place:
            m.attributes["place"] = (None, host)
        elif host and place[1] and place[1] != host:
            conflicts.append(Conflict(m.meeting_id, "country", place[1], (host,), tuple(sorted(m.doc_ids))))
    for m in merged:
        series = book.series.get(m.series)
        if series and series.held_with and not m.attributes.get("place") and years[m.meeting_id]:
            venues = {o.attributes["place"] for o in merged if o.series == series.held_with
                      and years[o.meeting_id] == years[m.meeting_id] and o.attributes.get("place")}
            if len(venues) == 1:
                m.attributes["place"] = venues.pop()
