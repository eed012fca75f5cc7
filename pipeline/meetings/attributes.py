"""What an article says about each meeting mention: dates, venue, format, theme and chair found in its
sentence, each given to the nearest mention with the strength of its evidence.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterator

from ..stages.dates import date_lexicon, dateline_date, numeric_order, with_year
from ..document import DateMention, Document, MeetingMention
from ..kb import KnowledgeBase
from .mentions import SCORES, Found, any_of
from .series import Places, SeriesBook


# How strongly an attribute found next to a mention supports it; a merged row takes the strongest.
HELD, STATED, ONE_DAY, NEARBY, DATELINE = 0.95, 0.9, 0.85, 0.7, 0.5
SHORT_REFERENCE_REACH = 60    # characters from a sentence's start within which "the meeting" must open it
_BRACKETED = re.compile(r"^\s*\([^()]{1,20}\)")
PLACE_WINDOW = 120      # characters between a mention and the place where it is held
ATTRIBUTE_WINDOW = 150  # characters between a mention and its dates, format, theme or chair
CHAIR_WINDOW = 40       # characters between a chair cue and the chairing country or person
HELD_REACH = 60         # characters between a mention and the holding verb that dates it
DATELINE_REACH = 400    # characters from the top of the text within which a dateline stands
LIST_GAP = 60           # characters between two meetings of one list ("the A, the B and the C")
FRAME_REACH = 60        # characters between a date opening a sentence and the meeting its framing cue names


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


class AttributeFinder:
    """Gives each meeting mention what its sentence says about it: dates, venue, format, theme, chair."""

    def __init__(self, data: dict, book: SeriesBook, kb: KnowledgeBase, places: Places):
        self.book, self.kb, self.places = book, kb, places
        self.venue_cue = re.compile(data["venue_cues"], re.IGNORECASE)
        self.venue_verb = re.compile(rf"(?<!\w)(?:{any_of(data['venue_verbs'])})(?!\w)", re.IGNORECASE)
        self.host_cues = [(re.compile(c["before"], re.IGNORECASE), re.compile(c["after"], re.IGNORECASE))
                          for c in data["host_cues"]]
        self.format_cues = [(fmt, re.compile(any_of(cues), re.IGNORECASE)) for fmt, cues in data["format_cues"].items()]
        quotes = data["quotes"]
        self.theme = re.compile(rf"(?:{any_of(data['theme_cues'])})\s*[:,]?\s*[{quotes['open']}]"
                                rf"(?P<theme>[^{quotes['close']}\n]{{2,200}})[{quotes['close']}]", re.IGNORECASE)
        # one regex per cue: several name their own `year` group
        self.chair_cues = [re.compile(cue, re.IGNORECASE) for cue in data["chair_cues"]]
        self.now_cue = re.compile(rf"\b(?:{any_of(data['now_cues'])})\b", re.IGNORECASE)
        self.other_event = re.compile(rf"(?<!\w)(?:{any_of(data['event_nouns'])})(?!\w)", re.IGNORECASE)
        self.short_reference = re.compile(rf"(?<!\w)(?:{any_of(data['short_references'])})(?!\w)", re.IGNORECASE)
        self.span_cues = {side: re.compile(rf"(?<!\w)(?:{any_of(cues)})(?!\w)", re.IGNORECASE)
                          for side, cues in data["span_cues"].items()}
        self.connector = re.compile(rf",|(?<!\w)(?:{any_of(data['list_connectors'])})(?!\w)", re.IGNORECASE)
        self.attended = re.compile(rf"(?<!\w)(?:{any_of(data['bare_cues'])})\s+$", re.IGNORECASE)
        self.date_gap = re.compile(data["date_gap"], re.IGNORECASE)
        self.here = re.compile(rf"(?<!\w)(?:{any_of(data['here_words'])})(?!\w)", re.IGNORECASE)
        self.framing = re.compile(rf"(?<!\w)(?:{any_of(data['framing_cues'])})\s*$", re.IGNORECASE)
        self.dateline = re.compile(data["dateline_place"], re.MULTILINE)
        self.list_opener = re.compile(rf"(?<!\w)(?:{any_of(data['list_openers'])})\s*:?\s*", re.IGNORECASE)

    def annotate(self, doc: Document, found: list[Found]) -> list[MeetingMention]:
        """Give each attribute stated in a sentence to the nearest mention there; the strongest, then
        the closest, hit wins when several give a mention the same attribute."""
        best: dict[tuple[int, str], tuple[tuple[float, int], Hit]] = {}
        by_sentence = defaultdict(list)
        for i, f in enumerate(found):
            by_sentence[doc.sentence_of(f.start)].append(i)
        for sentence, indices in by_sentence.items():
            s0, s1 = doc.sentences[sentence] if doc.sentences else (0, len(doc.text))
            spans = []
            frame, framed = self._framed(doc.text, found, indices)
            for hit in self.hits(doc, s0, s1):
                if framed and (found[frame].end <= hit.start and hit.end <= found[framed[0]].start
                               or self._opens_frame(doc.text, hit, found[frame])):
                    # "Trong khuôn khổ A, ngày 02/11, tại Bangkok, ... dự B và C": B's and C's; A keeps the place;
                    # so is a date the sentence opens with before the frame ("Chiều 10/7, tiếp tục chuỗi hoạt động A")
                    for i in framed + ([frame] if hit.venue else []):
                        _keep(best, i, hit, (-hit.evidence, _gap(found[i], hit)))
                    continue
                targets = self._held_after(doc.text, found, indices, hit) or _nearest(found, indices, hit)
                for i in (i for i in targets if self._linked(doc, found[i], hit)):
                    held = self._held(doc.text, found[i], hit)
                    _keep(best, i, held, (-held.evidence, _gap(found[i], held)))
                if hit.attribute == "dates" and hit.value[0] and hit.value[1] and hit.value[0] != hit.value[1]:
                    spans.append(hit)
            # a span of days given in a sentence naming several meetings ("will chair the 52nd AMM and co-chair
            # the PMCs from July 29-Aug 3") is also the span of those its sentence dates no other way
            for hit in spans:
                for i in (i for i in indices if (i, "dates") not in best and self._listed_before(doc.text, found, i, hit)):
                    _keep(best, i, replace(hit, evidence=NEARBY), (-NEARBY, _gap(found[i], hit)))
        for hit, i in self._short_reference_hits(doc, found, by_sentence):
            _keep(best, i, hit, (-hit.evidence, len(doc.text)))
        for hit, i in self._dateline_hits(doc, found, by_sentence):
            if (i, "place") not in best:
                _keep(best, i, hit, (-hit.evidence, len(doc.text)))
        values: dict[int, dict[str, tuple[object, float]]] = defaultdict(dict)
        for (i, name), (_, hit) in best.items():
            values[i][name] = (self._value(hit, found[i], doc), hit.evidence)
        chairs = self.chairs(doc, found, by_sentence)
        return [_mention(doc, f, values.get(i, {}), chairs.get(i)) for i, f in enumerate(found)]

    def _framed(self, text: str, found: list[Found], indices: list[int]) -> tuple[int | None, list[int]]:
        """(the framing mention, the mentions it frames) when the sentence opens a meeting with a framing cue ("Trong
        khuôn khổ", "on the sidelines of") and names others after it: the first meeting named past the framing one's
        clause, with those listed with it."""
        ordered = sorted(indices, key=lambda i: found[i].start)
        if len(ordered) < 2 or not self.framing.search(text, max(0, found[ordered[0]].start - 40), found[ordered[0]].start):
            return None, []
        frame = ordered[0]
        later = [i for i in ordered[1:] if found[i].start > found[frame].end
                 and found[i].identity.meeting_id != found[frame].identity.meeting_id]
        if not later or "," not in text[found[frame].end:found[later[0]].start]:
            return None, []
        return frame, self._list_from(text, found, later)

    def _opens_frame(self, text: str, hit: Hit, frame: Found) -> bool:
        """A date right before the framing cue ("Chiều 10/7/2025, tiếp tục chuỗi hoạt động A ...")."""
        return hit.attribute == "dates" and hit.end <= frame.start and frame.start - hit.end <= FRAME_REACH \
            and self.framing.search(text, hit.end, frame.start) is not None

    def _short_reference_hits(self, doc: Document, found: list[Found], by_sentence: dict) -> Iterator[tuple[Hit, int]]:
        """What a sentence without a meeting name says about "the meeting" / "Hội nghị" it opens with goes to
        the one meeting the sentence before names ("... led the 28th APSC Council Meeting. The meeting, under the
        theme ..."), else to the meeting the article is about, when the article is plainly about one; more weakly
        than a named mention's own sentence."""
        main = _main_meeting(found)
        if not doc.sentences:
            return
        for sentence, (s0, s1) in enumerate(doc.sentences):
            opening = self.short_reference.search(doc.text, s0, min(s1, s0 + SHORT_REFERENCE_REACH))
            if sentence in by_sentence or opening is None:
                continue
            before = {found[i].identity.meeting_id: i for i in by_sentence.get(sentence - 1, [])}
            target = next(iter(before.values())) if len(before) == 1 else main
            if target is None:
                continue
            for hit in self.hits(doc, s0, s1):
                if self.other_event.search(doc.text, opening.end(), max(opening.end(), hit.start)):
                    continue    # "Hội nghị hoan nghênh Cuộc họp các Quan chức ... ở Hạ Long vào ngày 9/6": that event's
                if not hit.venue or self.venue_verb.search(doc.text, opening.end(), hit.start):
                    yield replace(hit, evidence=min(hit.evidence, NEARBY)), target

    def hits(self, doc: Document, s0: int, s1: int) -> list[Hit]:
        return [*self._date_hits(doc, s0, s1), *self._place_hits(doc.text, s0, s1), *self._here_hits(doc, s0, s1),
                *self._format_hits(doc.text, s0, s1), *self._theme_hits(doc.text, s0, s1)]

    def _linked(self, doc: Document, f: Found, hit: Hit) -> bool:
        """A place after "in"/"tại" is the venue of the mention right before the cue (a date may stand
        between: "the Summit on Wednesday (Dec 14) in Brussels"), or of one further back across a holding
        verb ("... and related conferences taking place in Vientiane"); a place before the mention only when
        at most one word or a holding verb stands between ("In Jakarta, the 43rd ASEAN Summit", "tại
        Singapore, diễn ra Hội nghị ...")."""
        text = doc.text
        if not hit.venue:
            return True
        if f.end <= hit.start:
            # the mention's acronym in brackets may stand between ("the 18th ASEAN Regional Forum (ARF) in Bali")
            between = _BRACKETED.sub("", self._without_dates(doc, f.end, hit.start).lstrip(" ,)"))
            return bool(self.venue_cue.match(between.lstrip(" ,")) or self.venue_verb.search(between))
        between = text[hit.end:f.start].strip(" ,")
        return len(between.split()) <= 1 or self.venue_verb.fullmatch(between) is not None

    def _without_dates(self, doc: Document, start: int, end: int) -> str:
        """text[start:end] without its date phrases and the words that introduce them ("on Wednesday")."""
        text = doc.text[start:end]
        for m in sorted((m for m in doc.dates if start <= m.start and m.end <= end), key=lambda m: -m.start):
            text = text[:m.start - start] + text[m.end - start:]
        return self.date_gap.sub(" ", text)

    def _listed_before(self, text: str, found: list[Found], i: int, hit: Hit) -> bool:
        """Mention i is one of a list the span closes: before it, joined to the next mention by a connector
        ("the 52nd AMM and ... the PMCs from July 29-Aug 3"), not "before the 43rd Summit"."""
        after = [f for f in found if found[i].end <= f.start < hit.start]
        if found[i].end > hit.start or not after:
            return False
        return self.connector.search(text, found[i].end, min(f.start for f in after)) is not None

    def _held_after(self, text: str, found: list[Found], indices: list[int], hit: Hit) -> list[int]:
        """A date before a holding verb belongs to the meeting the verb introduces ("chiều 26/7 tại Viêng Chăn
        đã diễn ra Hội nghị ... EAS lần thứ 6"; "On August 10 took place the ..."), not to one named before."""
        if hit.attribute != "dates":
            return []
        after = sorted((i for i in indices if hit.end <= found[i].start), key=lambda i: found[i].start)
        if not after:
            return []
        if found[after[0]].start - hit.end > HELD_REACH:
            # "Từ ngày 19-23/7/2011 tại Bali đã diễn ra một loạt các hội nghị ... gồm: A, B, C": the verb, a list opener,
            # then the list it holds, far from the date
            verb = self.venue_verb.search(text, hit.end, found[after[0]].start)
            opener = self.list_opener.search(text, verb.end(), found[after[0]].start) if verb is not None \
                and verb.start() - hit.end <= HELD_REACH else None
            return self._list_from(text, found, after) if opener is not None else []
        listed = self._list_from(text, found, after)
        if self.venue_verb.search(text, hit.end, found[after[0]].start):
            # "On October 28-30, 11 summits took place including A, B and C": the verb, then the list it holds
            return listed
        # "on August 10, the A, the B and the C continued to take place": a list opened by the date, then the verb
        last = max((found[i] for i in listed), key=lambda f: f.end)
        opened = len(text[hit.end:found[after[0]].start].split()) <= 2
        verb = self.venue_verb.search(text, last.end, min(len(text), last.end + HELD_REACH))
        held = verb is not None and not any(hit.end <= found[i].start < verb.start() for i in after if i not in listed)
        return listed if len({found[i].identity.meeting_id for i in listed}) > 1 and opened and held else []

    def _list_from(self, text: str, found: list[Found], after: list[int]) -> list[int]:
        """The mention after[0] and those listed with it: one span for several meetings ("with Australia and
        New Zealand"), a meeting's acronym after it ("... Meeting (ARF-21)"), or the next item of the list."""
        listed, last = [after[0]], found[after[0]]
        for i in after[1:]:
            f, gap = found[i], text[last.end:found[i].start]
            same = f.start < last.end or f.identity.meeting_id == last.identity.meeting_id
            if not same and (len(gap) > LIST_GAP or not self.connector.search(gap)):
                break
            listed.append(i)
            last = f if f.end > last.end else last
        return listed

    def _held(self, text: str, f: Found, hit: Hit) -> Hit:
        """Dates after the mention across a holding verb ("AEM 42 ... will take place from 24 to 28 August")
        say when that meeting is held: stronger than another date of its sentence, which may date a
        neighbouring event ("on 23 August, the preparatory meeting ...")."""
        verb = self.venue_verb.search(text, f.end, hit.start) if hit.attribute == "dates" and f.end <= hit.start else None
        if verb is not None and verb.start() - f.end <= HELD_REACH:
            return replace(hit, evidence=max(hit.evidence, HELD))
        return hit

    def _value(self, hit: Hit, f: Found, doc: Document) -> object:
        """A date without a written year takes the year of the meeting it is given to."""
        if hit.attribute == "dates" and hit.source is not None and f.identity.year:
            moved = with_year(hit.source, f.identity.year, doc.lang)
            start, end = hit.value
            return (moved.value if start else None,
                    (moved.end_value or moved.value) if end else None)
        return hit.value

    def _date_hits(self, doc: Document, s0: int, s1: int) -> Iterator[Hit]:
        for m in doc.dates:
            if s0 <= m.start < s1 and m.kind in {"date", "range"} and m.granularity == "day":
                span = self._span(doc.text, s0, s1, m.value, m.end_value)
                one_day = m.end_value is None and span[0] is not None and span[0] == span[1]
                yield Hit(m.start, m.end, "dates", span, ONE_DAY if one_day else STATED, m)
        now = self.now_cue.search(doc.text, s0, s1)
        if now:
            lex = date_lexicon(doc.lang)
            day = dateline_date(doc.text, lex, numeric_order(doc.text, lex))
            if day is not None:
                yield Hit(now.start(), now.end(), "dates", (day, None), DATELINE)

    def _span(self, text: str, s0: int, s1: int, start, end) -> tuple:
        """(start, end) of a meeting given one date or a range: one date is its first day after an opening
        cue in the sentence, its last day after a closing cue, else the whole of a one-day meeting."""
        if end is not None:
            return start, end
        if self.span_cues["opening"].search(text, s0, s1):
            return start, None
        if self.span_cues["closing"].search(text, s0, s1):
            return None, start
        return start, start

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

    def _here_hits(self, doc: Document, s0: int, s1: int) -> Iterator[Hit]:
        """"held here" / "diễn ra tại đây": the place of the dateline the story is filed from."""
        here = self.here.search(doc.text, s0, s1)
        dateline = self.filed_from(doc.text) if here else None
        if dateline and self.venue_verb.search(doc.text, max(s0, here.start() - 30), here.start()):
            yield Hit(here.start(), here.end(), "place", dateline[1], STATED, venue=True)

    def _dateline_hits(self, doc: Document, found: list[Found], by_sentence: dict) -> Iterator[tuple[Hit, int]]:
        """The dateline's place goes, weakly, to the meetings its own sentence reports ("MANILA - Ministers
        lauded ... during the 20th ACC Meeting"), when that sentence names no venue of its own."""
        dateline = self.filed_from(doc.text)
        if dateline is None:
            return
        (p0, p1), place = dateline
        s0, s1 = doc.sentence_span(p1)
        for i in by_sentence.get(doc.sentence_of(p1), []):
            # the sentence reports the meeting taking place: a holding verb, or "during / at / attend the ..."
            attended = self.attended.search(doc.text, max(s0, found[i].start - 40), found[i].start)
            if attended or self.venue_verb.search(doc.text, s0, s1):
                yield Hit(p0, p1, "place", place, NEARBY), i

    def filed_from(self, text: str) -> tuple[tuple[int, int], tuple[str | None, str | None]] | None:
        """The span and (city, country) of the place a dateline opens the story with ("SYDNEY (ANTARA News) -"),
        when the knowledge base knows it as a place."""
        for m in self.dateline.finditer(text, 0, DATELINE_REACH):     # a byline may come first ("By Na Jeong-ju")
            p0, p1 = m.span("place")
            for match in self.kb.find(text, p0, p1):
                place = self.places.place_of(match.entry) if match.start == p0 else None
                if place:
                    return (p0, p1), place
        return None

    def _format_hits(self, text: str, s0: int, s1: int) -> list[Hit]:
        hits = [Hit(m.start(), m.end(), "format", fmt, STATED)
                for fmt, pattern in self.format_cues for m in pattern.finditer(text, s0, s1)]
        # "kết hợp trực tiếp và trực tuyến" (hybrid) holds the cues of both other formats
        return [h for h in hits if not any(o is not h and o.start <= h.start and h.end <= o.end
                                           and o.end - o.start > h.end - h.start for o in hits)]

    def _theme_hits(self, text: str, s0: int, s1: int) -> Iterator[Hit]:
        # a sentence ending inside the quotes ("... chúng ta.”") leaves its closing quote just past its end
        for m in self.theme.finditer(text, s0, min(len(text), s1 + 2)):
            # the sentence's full stop sometimes stands inside the closing quote: “..., Tương lai của chúng ta.”
            yield Hit(m.start(), m.end(), "theme", m.group("theme").strip().rstrip(".;,").strip(), STATED)

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


def _keep(best: dict, i: int, hit: Hit, rank: tuple) -> None:
    """The strongest, then the closest, hit of each attribute of mention i."""
    if (i, hit.attribute) not in best or rank < best[i, hit.attribute][0]:
        best[i, hit.attribute] = (rank, hit)


def _main_meeting(found: list[Found]) -> int | None:
    """Index of the first mention of the meeting the article names most, when no other is named as often."""
    counts = Counter(f.identity.meeting_id for f in found)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(i for i, f in enumerate(found) if f.identity.meeting_id == ranked[0][0])


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
    # the dates' own strength is kept apart: a one-day reading of a lone date is weaker than a stated span
    evidence = min((e for name, (_, e) in values.items() if name != "dates"), default=0.5)
    dates_evidence = values["dates"][1] if "dates" in values else None
    ident = f.identity
    return MeetingMention(ident.meeting_id, ident.series, ident.name, ident.ordinal, f.start, f.end,
                          doc.text[f.start:f.end], doc.sentence_of(f.start), start_date, end_date, city, country,
                          values.get("format", (None, 0))[0], values.get("theme", (None, 0))[0], chair, evidence,
                          SCORES[f.kind], dates_evidence, f.in_passing)
