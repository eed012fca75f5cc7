"""Meeting mentions in the text: the language's name templates, acronyms, ordinals and years
(models/meetings/<lang>.yaml) matched, overlaps resolved, bare and anaphoric mentions given their meeting.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from ..document import Document
from .calendar_year import Named
from .described import DescribedSummits
from .groupings import GroupingAsides
from .guard import guarded
from .misnamed import renamed_by_year
from .other_names import OTHER_SERIES, OtherMeetingNames, named_as_written
from .not_meetings import NotMeetings
from .one_offs import OneOffSummits
from .other_year import OtherYearCues
from .sentence_facts import city_pattern, sentence_day, sentence_month, sentence_year
from .series import YEAR_ID, Identity, SeriesBook
from .shared_heads import SharedHeads
from .undated_numbered import same_as_undated_numbered, same_day_as_named_one_off, same_year_as_named


# How sure a mention is that it names that meeting, by the shape that found it.
SCORES = {"numbered": 0.95, "acronym_numbered": 0.95, "pattern": 0.9, "year_named": 0.85, "acronym_year": 0.85,
          "event": 0.85, "anaphora": 0.8, "listed": 0.8, "bare": 0.7, "named": 0.65, "other": 0.6}
# Which shape wins when two start at the same place with the same length.
PRIORITY = {kind: rank for rank, kind in enumerate(SCORES)}


@dataclass(frozen=True)
class Found:
    """A meeting mention before its attributes."""
    start: int
    end: int
    identity: Identity | None      # None until resolved (bare and anaphoric mentions)
    kind: str
    series: str | None = None
    ordinal: int | None = None
    special: str | None = None     # the English name of a one-off meeting of the series, without its year
    in_passing: bool = False       # one of several names sharing one head ("the ASEAN-China and ASEAN-Japan summits")


class MentionFinder:
    """Finds the meeting mentions of one language (models/meetings/<lang>.yaml): names, numbers, years."""

    def __init__(self, data: dict, book: SeriesBook):
        self.book = book
        self.groups: dict[str, str] = {}          # regex group name (n0, g2, a3, e1) -> series code or event id
        self.names = self._alternation("n", data["names"], written_asean=data.get("asean_long_name"))
        self.templates = [(kind, re.compile(self._expand(t, data))) for kind, texts in data["templates"].items()
                          for t in texts]
        self.pattern_series: dict[str, str] = {}  # special whole shapes -> their series
        for code, texts in (data.get("patterns") or {}).items():
            for text in texts:
                self.templates.append(("pattern", re.compile(text)))
                self.pattern_series[text] = code
        self.event_pattern = re.compile(self._alternation("e", data["events"]))
        # one name, several partners ("the ASEAN Foreign Ministers' Meetings with Australia and New Zealand")
        self.partners = [(code, re.compile(rf"(?<!\w)(?:{rx})(?!\w)")) for code, rx in (data.get("partners") or {}).items()]
        self.partner_lists = [(prefix, re.compile(self._expand(t, data)), None) for prefix, texts in
                              (data.get("partner_lists") or {}).items() for t in texts]
        # commemorative and special summits with one partner: a slug of their English name and year
        self.partner_lists += [("ASEAN", re.compile(self._expand(s["pattern"], data)), s["name"])
                               for s in data.get("special_summits") or []]
        self.swaps = [re.compile(p) for p in data.get("swapped_numbers") or []]
        self.not_meetings = NotMeetings(data)
        self.groupings = GroupingAsides(data, lambda t: self._expand(t, data), self.partners)  # "ASEAN+3 (China, ...)"
        self._by_year_or_grouping = lambda code: book.series[code].named_by_year or code in self.groupings.series
        self.described = DescribedSummits(data, lambda t: self._expand(t, data))
        self.shared_heads = SharedHeads(data, lambda t: self._expand(t, data))
        # a holding verb opening the words after a mention (between them at most a parenthesis)
        self.holding = re.compile(rf"\s*(?:\([^()]{{1,60}}\)\s*)?,?\s*(?:{any_of(data['venue_verbs'])})(?!\w)",
                                  re.IGNORECASE)
        self.venue_cue = re.compile(data["venue_cues"], re.IGNORECASE)
        # a document named after the meeting ("the Kuala Lumpur Declaration on the East Asia Summit")
        self.document_before = re.compile(rf"(?:{any_of(data['document_heads'])})\s+(?:\S+\s+){{0,3}}$")
        self.minister_cue = re.compile(any_of(data["minister_cues"]), re.IGNORECASE)
        self.prelude = re.compile(rf"(?:{any_of(data['prelude_cues'])})\s+$", re.IGNORECASE)
        self.role = re.compile(rf"(?<!\w)(?:{any_of(data['role_cues'])})\s+$", re.IGNORECASE)  # "Chair of the EAS"
        self.host_verb = re.compile(rf"(?:{any_of(data['host_verbs'])})\s+$", re.IGNORECASE)
        self.one_offs = OneOffSummits(book, [re.compile(p, re.IGNORECASE) for p in data.get("anniversary_cues") or []],
                                      self.is_venue)
        self.this_year = re.compile(rf"(?<!\w)(?:{any_of(data['this_year_cues'])})(?!\w)", re.IGNORECASE)
        self.week_day = re.compile(rf"(?<!\w)(?:{any_of(data['week_day_cues'])})(?!\w)", re.IGNORECASE)
        self.other_year = OtherYearCues(rf"(?<!\w)(?:{any_of(data['other_year_cues'])})(?!\w)",
                                        data.get("marked_anniversaries") or [])
        self.slugs_as_written = data.get("slug_names") == "as_written"
        # a series' own name ("the ASEAN Senior Officials' Meeting on education", a role) is never another meeting's
        self.other_names = OtherMeetingNames(data.get("other_meeting_names") or [], re.compile(self.names))
        self.ordinal_words = sorted(((str(w), int(n)) for w, n in data["ordinal_words"].items()),
                                    key=lambda wn: -len(wn[0]))

    def _expand(self, template: str, data: dict) -> str:
        template = _ASEAN_IN_NAME.sub("(?:ASEAN|Asean)", template)       # "the Asean-India Commemorative Summit"
        pieces = {"name": self.names,
                  "generic": self._alternation("g", data.get("generic_names") or {}),
                  "acronym": self._alternation("a", {c: [re.escape(a) for a in acr]
                                                     for c, acr in (data.get("acronyms") or {}).items()}, flags=""),
                  "ordinal": f"(?i:(?P<ordinal>{data['ordinal']}))", "ordinal2": f"(?i:(?P<ordinal2>{data['ordinal2']}))",
                  "year": r"(?P<year>(?:19|20)\d\d)", "bare_cue": f"(?i:{any_of(data['bare_cues'])})",
                  "partners": _list_of(any_of((data.get("partners") or {}).values()), data.get("list_connectors") or [])}
        return re.sub(r"\{(\w+)\}", lambda m: pieces[m.group(1)], template)

    def _alternation(self, prefix: str, by_code: dict[str, list[str]], flags: str = "i",
                     written_asean: str | None = None) -> str:
        """One group per (code, regex), longest regex first so that "ASEAN+3 ..." is tried before "ASEAN ...";
        with `written_asean`, ASEAN in a name may be written as the Association's full name ("The 49th Association
        of Southeast Asian Nations (ASEAN) Economic Ministers' Meeting"), the order staying that of the names."""
        pairs = sorted(((code, rx) for code, rxs in by_code.items() for rx in rxs or []), key=lambda p: -len(p[1]))
        if not pairs:
            return "(?!)"
        if written_asean:
            pairs = [(code, _ASEAN_IN_NAME.sub(lambda m: f"(?:ASEAN|{written_asean})", rx)) for code, rx in pairs]
        alternatives = []
        for i, (code, rx) in enumerate(pairs):
            self.groups[f"{prefix}{i}"] = code
            alternatives.append(f"(?P<{prefix}{i}>{rx})")
        # names start a word (the lookbehind spares the engine trying every alternative inside words), or follow
        # an ordinal that page scraping glued to them ("the 25thASEAN Regional Forum")
        start = r"(?:(?<![\w-])|(?<=\d(?:st|nd|rd|th)))"
        alternation = rf"{start}(?{flags}:" + "|".join(alternatives) + ")" if flags else "(?:" + "|".join(alternatives) + ")"
        return guarded(alternation)

    def find(self, doc: Document) -> list[Found]:
        """Mentions in text order; coordinated ones ("44th and 45th") share one span."""
        chosen, others = self._chosen(doc)
        return sorted(renamed_by_year(doc, self._resolve(doc, chosen), self.book) + others,
                      key=lambda f: (f.start, f.identity.meeting_id))

    def named_without_year(self, doc: Document) -> list[Named]:
        """The series named with neither number nor year, and the one-off summits named without a year
        (meetings/calendar_year.py), before any year is given to them."""
        chosen, _ = self._chosen(doc)
        return [Named(f.series, f.special) for f in chosen
                if f.identity is None and f.series is not None and f.kind != "anaphora"]

    def _chosen(self, doc: Document) -> tuple[list[Found], list[Found]]:
        """The mentions before resolution, and the titles of meetings outside the known series."""
        text, swapped = self._unswap(doc.text)
        grouped = [[Found(a, b, None, "listed", series=c)] for a, b, c in self.groupings.listed(text, self._ministers_speak)]
        heads, list_spans = self.shared_heads.found(text, self._whole_names)     # "the APT and East Asia summits"
        raw = sorted([*self._matches(self.groupings.mask(text)), *grouped, *heads], key=lambda f: (f[0].start, f[0].start - f[0].end, PRIORITY[f[0].kind]))
        # "Hội nghị AMM lần thứ 56" is the AMM's own name with its number, not a reference to another mention;
        # "the 2nd ARF Peacekeeping Experts' Meeting" stays a name of its own (no ARF meeting)
        ends = {(g[0].end) for g in raw if g[0].kind != "anaphora"}
        raw = [g for g in raw if g[0].kind != "anaphora" or g[0].end not in ends]
        chosen, taken_until = [], -1
        for group in raw:
            if group[0].start >= taken_until:
                chosen.extend(group)
                taken_until = group[0].end
        chosen = [f for f in chosen if not _overlaps(f, swapped) or self._year_confirmed(doc, f, chosen)]
        chosen = self.shared_heads.mark(chosen, list_spans)
        chosen = self.not_meetings.drop(doc.text, chosen)          # "the inaugural ADMM+ ... Exercise"
        # titles of meetings outside the known series, where no series' name stands, in a sentence writing their year
        others = [Found(start, end, Identity(meeting_id, OTHER_SERIES, name, None, year), "other")
                  for start, end, meeting_id, name, year in self.other_names.find(
                      doc, [(f.start, f.end) for f in chosen if f.kind != "anaphora"], lambda s, e: sentence_year(doc, s))]
        # a series' name inside a title, or a bare "2nd ... Meeting" reference over it, is the title's meeting
        chosen = [f for f in chosen if not any(o.start <= f.start and f.end <= o.end
                                               or f.kind == "anaphora" and f.start < o.end and o.start < f.end
                                               for o in others)]
        return chosen, others

    def year_of_meetings(self, found: list[Found]) -> int | None:
        """The one year that all the numbered meetings found are held in, by the series knowledge."""
        years = self.years_of_meetings(found)
        return years.pop() if len(years) == 1 else None

    def years_of_meetings(self, found: list[Found], written: bool = False) -> set[int]:
        """The years the numbered meetings found are held in, by the series knowledge; `written`: only those whose
        number the text writes ("the 2nd EAS", not an EAS dated 2005 and so numbered by the calendar)."""
        years = {self.book.year_of_meeting(f.identity.meeting_id, f.identity.series, f.identity.ordinal)
                 for f in found if f.identity is not None and f.identity.ordinal is not None
                 and (not written or f.kind in ("numbered", "acronym_numbered"))}
        years.discard(None)             # a series the knowledge cannot date says nothing against the others
        return years

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
        evidence = {doc.article_year} if doc.article_year else set()
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
        for prefix, pattern, special in self.partner_lists:
            for m in pattern.finditer(text):
                group = self._listed(prefix, m, special)
                if group:
                    yield group
        for start, end, series, ordinal in self.described.find(text):      # "the 12th summit between ASEAN and ..."
            n = self._ordinal(ordinal) if ordinal and series in self.book.series else None
            if series in self.book.series:
                yield [Found(start, end, self.book.identify(series, ordinal=n), "numbered") if n
                       else Found(start, end, None, "bare", series=series)]

    def _whole_names(self, name: str) -> list[Found]:
        """The mentions that read all of `name` as one meeting's name."""
        return [f for group in self._matches(name) for f in group
                if f.start == 0 and f.end == len(name) and f.kind != "anaphora"]

    def _listed(self, prefix: str, m: re.Match, special: str | None) -> list[Found]:
        """One meeting per partner of a list under one name, all on the list's span; their years as for
        a series named alone."""
        listed, (p0, p1) = [], m.span("partners")
        if prefix == "ASEAN" and not special and self._ministers_speak(m.string, m.start()):
            prefix = "PMC"        # "các Hội nghị Bộ trưởng Ngoại giao ... gồm ASEAN+1 (Trung Quốc, ...)": the PMC+1s
        for code, pattern in self.partners:
            series = f"{prefix}-{code}"
            if series in self.book.series and pattern.search(m.string, p0, p1):
                name = special.format(partner=self.book.partners[code]) if special else None
                year = int(m.group("year")) if name and "year" in m.re.groupindex and m.group("year") else None
                identity = self.book.special(name, series, year) if year else None     # "Special Summit 2018"
                # a shape may name its mention apart from the list ("ASEAN+1 (China, Japan)"): the partners
                # stay entities of their own
                start, end = m.span("mention") if "mention" in m.re.groupindex else m.span()
                listed.append(Found(start, end, identity, "listed", series=series, special=name))
        return listed

    def _ministers_speak(self, text: str, at: int) -> bool:
        """The words before `at` in its sentence name foreign ministers' meetings (minister_cues): an "ASEAN+1" list
        there is the year's PMC+1 sessions, not the leaders' ASEAN+1 summits."""
        start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
        return self.minister_cue.search(text, start, at) is not None

    def _found(self, kind: str, m: re.Match, pattern: re.Pattern) -> list[Found]:
        start, end = m.span("mention") if "mention" in pattern.groupindex else m.span()
        if kind == "anaphora":
            return [Found(start, end, None, kind, ordinal=self._ordinal(m.group("ordinal")))]
        code = self.pattern_series[pattern.pattern] if kind == "pattern" else self._code(m)
        if code not in self.book.series:
            return []
        if kind in ("bare", "named"):
            return [Found(start, end, None, kind, series=code)]
        if "year" in pattern.groupindex and m.group("year"):
            return [Found(start, end, self.book.identify(code, year=int(m.group("year"))), kind)]
        if self.book.series[code].named_by_year:
            return []           # a series numbered by year only: "AMM/PMC lần thứ 56" numbers the AMM
        ordinals = [self._ordinal(m.group(g)) for g in ("ordinal", "ordinal2")
                    if g in pattern.groupindex and m.group(g)]
        return [Found(start, end, self.book.identify(code, ordinal=n), kind) for n in ordinals if n]

    def _article_year(self, doc: Document, f: Found) -> int | None:
        """The year the article speaks from, unless the sentence points at another year ("last year")."""
        s0, s1 = doc.sentence_span(f.start)
        # the mention's own words ("Commemorative Summit", "kỷ niệm") point at no other year
        if doc.article_year is None or self.other_year.search(doc.text, s0, f.start) or \
                self.other_year.search(doc.text, f.end, s1):
            return None
        return doc.article_year

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
        resolved, guessed = list(known), []
        for f in chosen:
            if f.kind == "anaphora" and f.ordinal is not None and len(by_ordinal.get(f.ordinal, ())) == 1:
                resolved.append(replace(f, identity=next(iter(by_ordinal[f.ordinal]))))
            elif f.kind in ("bare", "named", "listed"):
                f = self.one_offs.as_named_one_off(doc, f)          # "the Japan-ASEAN summit ... marks the 50th anniversary"
                year, written = self._year_of(doc, f, known)
                held_at = self._by_venue(doc, f) if year is None and f.kind != "listed" and not f.special else None
                if year is None and held_at is None and not f.special and self._by_year_or_grouping(f.series):
                    year = self._year_by_host_venue(doc, f)      # "... theo cơ chế ASEAN+1 đã diễn ra tại Bali"
                one_off = self.one_offs.year(doc, f) if year is None and f.special and f.identity is None else None
                if held_at is not None:
                    resolved.append(replace(f, identity=self.book.identify(f.series, ordinal=held_at)))
                elif one_off is not None:
                    resolved.append(replace(f, identity=self.book.special(f.special, f.series, one_off)))
                elif year is not None:
                    identity = self.book.special(f.special, f.series, year) if f.special else \
                        self._by_day(doc, f, self.book.identify(f.series, year=year))
                    if f.kind == "listed" and not f.special and identity.ordinal is None \
                            and not self.book.series[f.series].named_by_year:
                        continue    # a numbered series the calendar has no meeting of that year for
                    (resolved if written else guessed).append(replace(f, identity=identity))
        resolved += _written_year_wins(guessed, resolved)
        # a numbered meeting whose year nothing gives takes that of the meeting it is held beside, named in
        # its sentence ("... within the 49th AMM and related meetings, the 6th EAS foreign ministers met")
        resolved = [replace(f, identity=replace(f.identity, year=self._year_held_with(doc, f, resolved)))
                    if f.identity.year is None and f.identity.ordinal is not None else f for f in resolved]
        resolved = same_as_undated_numbered(doc, same_year_as_named(resolved))
        resolved = same_day_as_named_one_off(doc, resolved, self.book.calendar)
        if self.slugs_as_written:
            resolved = named_as_written(doc, resolved, self.book)
        return sorted(resolved, key=lambda f: (f.start, f.identity.meeting_id))

    def _year_of(self, doc: Document, f: Found, known: list[Found]) -> tuple[int | None, bool]:
        """The year of a mention without number or year, and whether its sentence writes it.

        Only a year written in the same sentence makes a bare series name one meeting: the article's own
        year would turn standing roles ("delegation to the ASEAN SOM") into meetings, except for a series
        whose name alone is a meeting of a year ("the Post Ministerial Conferences") and a sentence that
        speaks of now ("this year's EAS", "the AMM ... this week") or lists them under one head (held meetings)."""
        by_year, now = f.special or self.book.series[f.series].named_by_year, self._says_now(doc, f) or f.in_passing
        hosted = self._hosted(doc, f)
        if f.kind == "named" and not (by_year or now or hosted or self._held(doc, f)):
            return self._dated_year(doc, f), False
        year = sentence_year(doc, f.start)
        if year is not None and not (now and self._article_year(doc, f) not in (None, year)):   # now: other years
            return year, True                                                                  # are history
        if by_year:     # else the numbered meetings' one year ("the ADMM Retreat ... prior to the second ADMM-Plus")
            return self._article_year(doc, f) or self._year_held_with(doc, f, known) \
                or (self.year_of_meetings(known) if not self._other_year_said(doc, f) else None), False
        return (f.kind == "listed" and self._year_held_with(doc, f, known)) or \
            (self._article_year(doc, f) if now or hosted else self._dated_year(doc, f)), False   # "Bên cạnh AMM-47 là ASEAN+3"

    def _dated_year(self, doc: Document, f: Found) -> int | None:
        """A day its sentence gives ("Vào ngày 7/8, các Bộ trưởng ... sẽ gặp nhau tại Diễn đàn Khu vực ASEAN") makes
        the series name the meeting of that day's year (a year-less day takes the article's, as the dates stage read
        it); not an acronym in brackets, which only abbreviates the name before it ("the 17th ADMM (ADMM) on ..."),
        nor one beside another acronym, which names that body's meeting of the forum ("SOM EAS vào ngày 9/6"), nor a
        name inside a document's ("the Kuala Lumpur Declaration on the East Asia Summit"), nor one the sentence's day comes
        before ("met on July 22 in preparation for the East Asia Summit")."""
        day = sentence_day(doc, f.start)
        if day is None or self._other_year_said(doc, f):
            return None
        bracketed = doc.text[f.start - 1:f.start] == "(" or doc.text[f.end:f.end + 1] == ")"
        qualified = _ACRONYM_BEFORE.search(doc.text, max(0, f.start - 12), f.start) is not None \
            or _ACRONYM_AFTER.match(doc.text, f.end) is not None \
            or self.document_before.search(doc.text, max(0, f.start - 40), f.start) is not None
        ahead = self.prelude.search(doc.text, max(0, f.start - 40), f.start) is not None \
            or self.role.search(doc.text, max(0, f.start - 40), f.start) is not None
        return None if bracketed or qualified or ahead else day.year

    def _other_year_said(self, doc: Document, f: Found) -> bool:
        s0, s1 = doc.sentence_span(f.start)
        return self.other_year.search(doc.text, s0, s1) is not None

    def _hosted(self, doc: Document, f: Found) -> bool:
        """A host's verb right before the mention ("Malaysia tổ chức Hội nghị Quan chức cấp cao ASEAN", "Indonesia is
        hosting the ARF"): one meeting, held in the article's time unless its sentence says otherwise."""
        s0, s1 = doc.sentence_span(f.start)
        return self.host_verb.search(doc.text, max(s0, f.start - 40), f.start) is not None \
            and self.other_year.search(doc.text, s0, s1) is None

    def _by_venue(self, doc: Document, f: Found) -> int | None:
        """A series named without number or year in a sentence that names the city it met in ("the ASEAN+3 summit
        in Jakarta", "tại Bali (Indonesia), phát biểu tại Hội nghị cấp cao Đông Á") is the one meeting of the series
        the calendar holds there, when it holds exactly one (or one in the article's year: "Concluding ... talks in
        the Lao capital of Vientiane, the ASEAN Regional Forum" of July 2005) and the sentence names no other of its
        cities."""
        s0, s1 = doc.sentence_span(f.start)
        held = self.book.ordinals_by_city(f.series)
        named = [city for city in held if any(self.is_venue(doc.text, s0, m.start())
                                              for m in city_pattern(city).finditer(doc.text, s0, s1))]
        there = held[named[0]] if len(named) == 1 else []
        if len(there) > 1 and self._article_year(doc, f) is not None:
            there = [n for n in there if self.book.year_of_meeting(f"{f.series}-{n}", f.series, n) == doc.article_year]
        return there[0] if len(there) == 1 else None

    def _year_by_host_venue(self, doc: Document, f: Found) -> int | None:
        """A series numbered by year held beside another (the PMC beside the AMM) whose sentence names the city it
        met in: the year of the one meeting of that other series the calendar holds there."""
        held_with = self.book.series[f.series].held_with
        if not held_with or held_with not in self.book.series:
            return None
        s0, s1 = doc.sentence_span(f.start)
        held = self.book.ordinals_by_city(held_with)
        named = [city for city in held if any(self.is_venue(doc.text, s0, m.start())
                                              for m in city_pattern(city).finditer(doc.text, s0, s1))]
        if len(named) != 1 or len(held[named[0]]) != 1:
            return None
        return self.book.year_of_meeting(f"{held_with}-{held[named[0]][0]}", held_with, held[named[0]][0])

    def is_venue(self, text: str, s0: int, at: int) -> bool:
        """A place phrase: the city right after a venue cue ("in", "tại"), or after one more place and a comma
        ("in Nusa Dua, Bali"); not a name that holds it ("the Bali Principles")."""
        before = text[max(s0, at - 60):at]
        if self.venue_cue.search(before):
            return True
        head, comma, _ = before.rpartition(",")
        words = head.split()
        if not comma or before[len(head) + 1:].strip():
            return False
        for k in range(1, min(4, len(words)) + 1):    # the place before the comma: capitalised words
            if not words[-k][:1].isupper():
                break
            if self.venue_cue.search(" ".join(words[:-k]) + " "):
                return True
        return False

    def _by_day(self, doc: Document, f: Found, identity: Identity) -> Identity:
        """A series meeting twice a year ("the ASEAN Summit in Kuala Lumpur, Nov. 21, 2015", "tháng 10/2025 tại Hội nghị
        cấp cao ASEAN") is the one the calendar holds on the day, else in the month, its sentence gives, when exactly
        one is held then."""
        if identity.ordinal is not None:
            return identity
        day = sentence_day(doc, f.start)
        n = self.book.calendar.ordinal_on(f.series, day) if day and day.year == identity.year else None
        month = sentence_month(doc, f.start) if n is None else None
        if month is not None and month.year == identity.year:
            n = self.book.calendar.ordinal_in_month(f.series, month.year, month.month)
        elif n is None and day is None and doc.published and doc.published.year == identity.year \
                and self._says_now(doc, f):
            # "the Asean summit there" in a story of its own week ("on Thursday"): the one held within a week of it
            n = self.book.calendar.ordinal_on(f.series, doc.published, slack=7)
        return self.book.identify(f.series, ordinal=n) if n else identity

    def _held(self, doc: Document, f: Found) -> bool:
        """A holding verb right after the mention ("the ASEAN Plus Three Summit held the next day"): a
        meeting, not the series."""
        s0, s1 = doc.sentence_span(f.start)
        return self.holding.match(doc.text, f.end) is not None and self.other_year.search(doc.text, s0, s1) is None

    def _says_now(self, doc: Document, f: Found) -> bool:
        """The mention's sentence speaks of the article's own time ("this year", "năm nay"; a weekday if it is dated)."""
        s0, s1 = doc.sentence_span(f.start)
        return self.this_year.search(doc.text, s0, s1) is not None \
            or doc.article_year is not None and self.week_day.search(doc.text, s0, s1) is not None

    def _year_held_with(self, doc: Document, f: Found, known: list[Found]) -> int | None:
        """The year of the meeting a series is held beside, named in the same sentence ("the 47th AMM and the
        ASEAN Foreign Ministers' Meetings with partners"), when that sentence names one such year."""
        series = self.book.series.get(f.series or f.identity.series)
        held_with = series.held_with if series else None
        sentence = doc.sentence_of(f.start)
        years = {self.book.year_of_meeting(o.identity.meeting_id, o.identity.series, o.identity.ordinal)
                 for o in known if o.identity.series == held_with and doc.sentence_of(o.start) == sentence}
        years.discard(None)
        return years.pop() if held_with and len(years) == 1 else None


_ASEAN_IN_NAME = re.compile(r"(?<![\w!=<(|])ASEAN(?!\w)(?!\\\))")     # not inside a lookaround nor "\(ASEAN\)"
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,6}\s+$")
_ACRONYM_AFTER = re.compile(r"\s+(?!ASEAN\b)[A-Z]{2,6}(?![\w-])")      # "SOM ARF": the SOM of the ARF


def _written_year_wins(guessed: list[Found], resolved: list[Found]) -> list[Found]:
    """A meeting given the article's year ("tham dự AMM Retreat" on a page of 2021) is the one of the same
    name whose year the article writes elsewhere ("AMM Retreat ... 27-28/01/2015"), when it writes one."""
    def unyeared(meeting_id: str) -> str:
        return YEAR_ID.sub("", meeting_id)

    kept = []
    for f in guessed:
        written = {r.identity for r in resolved if unyeared(r.identity.meeting_id) == unyeared(f.identity.meeting_id)
                   and r.identity.meeting_id != f.identity.meeting_id and YEAR_ID.search(r.identity.meeting_id)}
        kept.append(replace(f, identity=written.pop()) if len(written) == 1 else f)
    return kept


def _overlaps(f: Found, spans: list[tuple[int, int]]) -> bool:
    return any(f.start < end and start < f.end for start, end in spans)


def _list_of(item: str, connectors: list[str]) -> str:
    """A written list of items: "A", "A and B", "A, B and C"; group `partners` is its span."""
    if not item:
        return "(?P<partners>(?!))"
    one, joined = f"(?:{item})(?!\\w)", any_of(connectors) if connectors else "(?!)"
    return rf"(?P<partners>{one}(?:\s*,\s*(?:(?:{joined})\s+)?{one}|\s+(?:{joined})\s+{one})*)"


def any_of(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)) or "(?!)"   # none: no match at all
