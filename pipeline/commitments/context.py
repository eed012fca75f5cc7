"""What the actor rules know about the whole article: its states, its speaker, its main meeting, its paragraphs."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..document import Document, MeetingMention
from ..kb import knowledge_base, match_key, words_of
from ..resources import as_date
from .lexicon import ActorRules, Lexicon
from .records import ActorRef, Statement


PLUS_ONE = re.compile(r"(?:ASEAN|PMC)-([A-Z]{2})")      # an ASEAN+1 series: the partner's ISO code
_APPOSITION_BREAKS = set(",.;:()\"“”«»\n")


@functools.cache
def partner_id(code: str) -> str | None:
    """The entity an ASEAN+1 partner code names: a state by its ISO code, else the partner body by its short name
    (EU -> the European Union, UN -> the United Nations; meetings/series.yaml partners)."""
    from ..meetings.series import series_book

    kb = knowledge_base()
    if code in kb.countries:
        return kb.countries[code]
    name = series_book().partners.get(code)
    entry = kb.lookup(name) if name else None
    return entry.entity_id if entry is not None and entry.label == "ORG" else None


def dateline_places(text: str, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """Where the places of datelines at the top of the story stand ("SINGAPORE - ...")."""
    if lexicon.dateline is None:
        return ()
    return tuple(m.span("place") for m in lexicon.dateline.finditer(text, 0, lexicon.dateline_reach))


@dataclass
class DocContext:
    """What the actor rules need to know about the whole article."""
    doc: Document
    lexicon: Lexicon
    actors: ActorRules
    speaker_state: str | None
    home_state: str | None
    main_meeting: MeetingMention | None
    main_forum: str | None
    joint_statement: bool
    paragraph_starts: list[int]
    mentions_by_span: dict = field(default_factory=dict)   # actor_mentions, memoised
    actor_tables: dict = field(default_factory=dict)       # first word -> the actor phrase tables it can open
    person_parts: dict = field(default_factory=dict)       # one word of a known person's name -> (party, first seen)
    person_spans: list = field(default_factory=list)       # (start, end) of each full name of a known person
    dateline_places: tuple = ()                              # (start, end) of a dateline's place at the top
    named_partner: str | None = None                         # the partner of an unlisted "Japan-ASEAN summit"
    introduced: dict = field(default_factory=dict)           # a person the knowledge base lacks -> the state
                                                             # the article gives with the title

    @classmethod
    def build(cls, doc: Document, lexicon: Lexicon, actors: ActorRules) -> "DocContext":
        words = words_of(doc.text)
        keys = [match_key(w) for _, _, w in words]
        states = state_mentions(doc.text, words, keys, actors)
        speaker = speaker_state(words, keys, states, lexicon)
        forum = main_forum(keys, actors)
        ctx = cls(doc, lexicon, actors, speaker, speaker or home_state(states),
                  main_meeting(doc.meetings, _framed(doc, words, keys, lexicon), _title_end(doc), bool(forum)), forum,
                  any(lexicon.joint_statement_cues.match(keys, i) for i in lexicon.joint_statement_cues.starts(keys)),
                  [0] + [i + 1 for i, c in enumerate(doc.text) if c == "\n"])
        ctx.person_parts, ctx.person_spans = person_parts(doc)
        ctx.dateline_places = dateline_places(doc.text, lexicon)
        ctx.introduced = introduced_people(doc, states, actors)
        if not doc.meetings and doc.lang == "en":
            ctx.named_partner = compound_partner(words, keys, lexicon)
        return ctx

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def paragraphs_back(self, offset: int, count: int) -> int:
        """Where the paragraph `count` paragraphs before the one holding `offset` starts, blank lines not counted."""
        k = self.paragraph_of(offset)
        starts, text = self.paragraph_starts, self.doc.text
        while count > 0 and k > 0:
            k -= 1
            end = starts[k + 1] if k + 1 < len(starts) else len(text)
            if text[starts[k]:end].strip():
                count -= 1
        return starts[k]

    def meeting_actor(self, series: str | None) -> str:
        """A meeting speaks for ASEAN, for its forum, or (a national meeting) for the article's state.

        An article that names no meeting of a known series is more often about a national meeting.
        """
        if series in self.actors.forum_by_series:
            return self.actors.forum_by_series[series]
        if series in self.actors.asean_series:
            return self.actors.asean_id
        return self.main_forum or self.home_state or self.actors.asean_id

    def meeting_ref(self, series: str | None) -> "ActorRef":
        """Who a meeting of `series` speaks for: an ASEAN+1 meeting ("PMC-CN", "ASEAN-US") for ASEAN and the partner,
        unless the article speaks most of a forum with partners; else meeting_actor."""
        partner = self.series_partner(series)
        if partner is not None:
            return ActorRef("meeting", self.actors.asean_id, partner=partner)
        return ActorRef("meeting", self.meeting_actor(series))

    def collective_actor(self, sentence: int) -> str:
        """ "The Leaders", "the ministers": ASEAN, or the forum with partners the statement is made at."""
        near = self.meeting_near(sentence)
        if near is None or (near.series not in self.actors.forum_by_series and near.series not in self.actors.asean_series):
            return self.main_forum or self.actors.asean_id
        return self.actors.forum_by_series.get(near.series, self.actors.asean_id)

    def plus_one_partner(self, sentence: int) -> str | None:
        """The partner state of the ASEAN+1 meeting ("ASEAN-CN-28", "PMC-KR-2019") the sentence names, else the
        article's main meeting; None when that meeting is no ASEAN+1 one or its partner is no known state, or when the
        article speaks most of a forum with partners (its "ministers" are the forum's)."""
        near = self.meeting_near(sentence)
        if near is None:
            return None if self.main_forum is not None else self.named_partner
        if near.sentence > sentence and near.end > _title_end(self.doc):
            return None     # the article's meeting named only later: its partner is not yet the story's
        return self.series_partner(near.series)

    def series_partner(self, series: str | None) -> str | None:
        """The partner of an ASEAN+1 series ("ASEAN-CN", "PMC-KR"); None for any other series, or when the article
        speaks most of a forum with partners."""
        m = PLUS_ONE.fullmatch(series or "")
        return partner_id(m.group(1)) if m and self.main_forum is None else None

    def meeting_of(self, statement: "Statement") -> MeetingMention | None:
        """Where a statement was made: a meeting named before it in its sentence ("At AMM-56, the ministers
        agreed ..."), else the article's; a meeting inside the content ("will host the 43rd Summit") is not."""
        before = [m for m in self.doc.meetings
                  if m.sentence == statement.sentence and m.end <= statement.trigger_start]
        return before[-1] if before else self.main_meeting

    def meeting_near(self, sentence: int) -> MeetingMention | None:
        same = [m for m in self.doc.meetings if m.sentence == sentence]
        return same[0] if same else self.main_meeting


def person_parts(doc: Document) -> tuple[dict, list]:
    """({one word of a known person's name: (party id, end of the first full mention)}, spans of the full names);
    a word two people of the article share, or shorter than three letters, names no one."""
    kb = knowledge_base()
    parts: dict = {}
    spans = []
    for match in kb.find(doc.text):
        party = kb.entries.get(party_of(match.entry, doc.published) or "") if match.entry.label == "PERSON" else None
        if party is None or match.kind == "ambiguous":
            continue
        spans.append((match.start, match.end))
        for _, _, word in words_of(doc.text[match.start:match.end]):
            if len(word) >= 3 and word[:1].isupper():
                seen = parts.setdefault(word, (party.entity_id, match.end))
                if seen[0] != party.entity_id:
                    parts[word] = (None, 0)
                elif match.end < seen[1]:
                    parts[word] = (seen[0], match.end)
    return {w: v for w, v in parts.items() if v[0] is not None}, spans


def introduced_people(doc: Document, states: list, actors: ActorRules, reach: int = 60) -> dict[str, str]:
    """{person entity id: state} for the people the knowledge base does not know whom the article introduces with a
    state's title, before the name or in an apposition after it ("Thai Foreign Minister Kasit", "Bộ trưởng Ngoại
    giao Indonesia Retno", "Vitavas Srivihok, director-general of ASEAN Affairs at the Thai Foreign Ministry, said"):
    the state of the title nearest the name, at the first mention."""
    text, found = doc.text, {}
    people = sorted((e for e in doc.entities if e.label == "PERSON" and e.entity_id.startswith("PERSON:")),
                    key=lambda e: e.start)
    for person in people:
        if person.entity_id in found:
            continue
        sentence = doc.sentence_span(person.start)
        others = [e for e in people if e.entity_id != person.entity_id]
        # the words right before the name, back to a stop, comma, quote or another person
        opening = max(sentence[0], person.start - reach)
        breaks = [opening] + [e.end for e in others if opening <= e.end <= person.start] \
            + [i + 1 for i in range(opening, person.start) if text[i] in _APPOSITION_BREAKS]
        before = (max(breaks), person.start)
        after_end = min([sentence[1], person.end + reach + 40]
                        + [i for i in (text.find(",", person.end + 1), text.find(" said", person.end)) if i > 0])
        after = (person.end, after_end) if text[person.end:person.end + 1] == "," else (person.end, person.end)
        for (a, b), last in ((before, True), (after, False)):
            keys = [match_key(w) for _, _, w in words_of(text[a:b])]
            if not any(actors.officials.match(keys, i) for i in actors.officials.starts(keys)):
                continue
            inside = [s for s in states if a <= s[0] and s[1] <= b]
            if inside:
                found[person.entity_id] = (inside[-1] if last else inside[0])[2]
                break
    return found


def compound_partner(words, keys: list[str], lexicon: Lexicon, reach: int = 3) -> str | None:
    """The one partner of "the Japan-ASEAN summit", "the ASEAN-Korea Commemorative Summit" (an ASEAN+1 meeting
    written as a compound with a meeting word within `reach` words after it), in an article where no meeting of a
    known series was found; None when no such compound or two partners are named. The partners' short names are
    the series book's (meetings/series.yaml `partners`)."""
    from ..meetings.series import series_book

    codes = {match_key(name): code for code, name in series_book().partners.items()}
    asean = match_key("ASEAN")
    found = set()
    for i, (_, _, word) in enumerate(words):
        parts = [match_key(p) for p in word.split("-")]
        if len(parts) != 2 or asean not in parts or not any(lexicon.meeting_words.match(keys, j)
                                                            for j in range(i + 1, min(len(keys), i + 1 + reach))):
            continue
        other = parts[1] if parts[0] == asean else parts[0]
        partner = partner_id(codes[other]) if other in codes else None
        if partner is not None:
            found.add(partner)
    return found.pop() if len(found) == 1 else None


def party_of(person, on: date | None) -> str | None:
    """The key of the party a known person speaks for on the article's date: the party of the term (people.yaml
    `terms`) that covers the date, else `speaks_for` (an undated article takes `speaks_for`)."""
    for term in (person.extra.get("terms") or []) if on is not None else []:
        first, last = as_date(term.get("from")), as_date(term.get("to"))
        if (first is None or first <= on) and (last is None or on <= last):
            return term["party"]
    return person.extra.get("speaks_for")


def state_mentions(text: str, words: list, keys: list[str], actors: ActorRules) -> list[tuple[int, int, str, bool]]:
    """(start, end, entity_id, is an ASEAN member) of every state named in the text, demonyms included;
    `words` and `keys` are the text's `words_of` and their match keys."""
    found = [(m.start, m.end, m.entry.entity_id, m.entry.group == "asean_member")
             for m in knowledge_base().find(text)
             if m.entry.label == "GPE" and m.entry.iso2 and m.kind != "ambiguous"]     # countries, not their cities
    by_id = knowledge_base().by_id
    for i in actors.demonyms.starts(keys):
        hit = actors.demonyms.match(keys, i)
        if hit:
            entry = by_id.get(hit[0])
            found.append((words[i][0], words[hit[1][-1]][1], hit[0], bool(entry and entry.group == "asean_member")))
    return sorted(found)


def speaker_state(words, keys, states, lexicon: Lexicon, window: int = 4) -> str | None:
    """The state whose officials or delegation the article speaks through ("Head of Vietnam's delegation")."""
    cue_positions = [i for i in lexicon.speaker_cues.starts(keys) if lexicon.speaker_cues.match(keys, i)]
    starts = [w[0] for w in words]
    votes: Counter = Counter()
    for start, _, entity_id, _ in states:
        at = bisect_right(starts, start) - 1
        if any(abs(at - p) <= window for p in cue_positions):
            votes[entity_id] += 1
    return _first_most_common(votes, [s[2] for s in states])


def home_state(states) -> str | None:
    """The ASEAN member the article is about: the one named most (at least twice)."""
    votes = Counter(entity_id for _, _, entity_id, member in states if member)
    best = _first_most_common(votes, [s[2] for s in states])
    return best if best and votes[best] >= 2 else None


def _first_most_common(votes: Counter, order: list[str]) -> str | None:
    if not votes:
        return None
    top = max(votes.values())
    return next(x for x in order if votes.get(x) == top)


def main_meeting(meetings: list[MeetingMention], framed: set | None = None,
                 title_end: int = 0, forum_named: bool = False) -> MeetingMention | None:
    """The meeting the article is about: the one its headline names, else the one mentioned most, the first on a
    tie; a mention that names a meeting only as the frame of another ("trong khuôn khổ AMM-49", "on the sidelines
    of the Summit") does not count, unless nothing else is named — and then not when the article keeps naming a
    forum (its meeting was not found: the forum speaks). Meetings named only in passing, in a list of related ones
    under one head ("các hội nghị cấp cao ASEAN+3, Cấp cao Đông Á và ..."), are never the article's."""
    in_title = [m for m in meetings if m.end <= title_end]
    if in_title:
        return in_title[0]
    framed = framed or set()
    meetings = [m for m in meetings if not m.in_passing]
    candidates = [m for m in meetings if (m.start, m.end) not in framed] or ([] if forum_named else list(meetings))
    if not candidates:
        return None
    counts = Counter(m.meeting_id for m in candidates)
    top = max(counts.values())
    return next(m for m in candidates if counts[m.meeting_id] == top)


def _title_end(doc: Document) -> int:
    return len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0


def _framed(doc: Document, words, keys: list[str], lexicon: Lexicon) -> set:
    """(start, end) of the meeting mentions right after a framing phrase ("trong khuôn khổ", "on the sidelines of")."""
    starts = [w[0] for w in words]
    framed = set()
    for meeting in doc.meetings:
        at = bisect_right(starts, meeting.start - 1)       # the first word of the mention
        if at > 0 and lexicon.coordinated_articles.match(keys, at - 1):
            at -= 1                                         # "on the sidelines of the 42nd Summit"
        for first in range(max(0, at - 6), at):
            hit = lexicon.framing_markers.match(keys, first)
            if hit and hit[1][-1] == at - 1:
                framed.add((meeting.start, meeting.end))
                break
    return framed


def main_forum(keys: list[str], actors: ActorRules, least: int = 2) -> str | None:
    """The forum with partners the article speaks of most (named at least twice), whatever meetings were found."""
    votes: Counter = Counter()
    for i in actors.forums.starts(keys):
        hit = actors.forums.match(keys, i)
        if hit:
            votes[hit[0]] += 1
    best = votes.most_common(1)
    return best[0][0] if best and best[0][1] >= least else None


def trigger_text(text: str, spans: list[tuple[int, int]], gap: int = 20) -> str:
    """The trigger as written: one stretch of text when its words are close, else joined by " … "."""
    spans = sorted(set(spans))
    if spans[-1][0] - spans[0][1] <= gap:
        return text[spans[0][0]:spans[-1][1]]
    return " … ".join(text[a:b] for a, b in spans)


def is_hedged(ctx: DocContext, statement: Statement) -> bool:
    """A question, a condition ("If the talks succeed, Vietnam will sign"; "nếu"), or the wording of a draft
    ("The draft says the leaders will ..."; "Theo dự thảo") commits no one; adopting a draft does."""
    doc, lex = ctx.doc, ctx.lexicon
    if statement.sentence >= len(doc.sentences):
        return False
    start, end = doc.sentences[statement.sentence]
    if doc.text[start:end].rstrip().endswith(tuple(lex.question_marks)):
        return True
    keys = [match_key(w) for _, _, w in words_of(doc.text[start:end])]
    if any(lex.conditional_markers.match(keys, i) for i in lex.conditional_markers.starts(keys)):
        return True
    before = [match_key(w) for _, _, w in words_of(doc.text[start:statement.trigger_start])]
    return statement.action != "approve" and any(lex.draft_markers.match(before, i) for i in lex.draft_markers.starts(before))


def is_headline(doc: Document, offset: int) -> bool:
    """Headlines restate the body; their statements would be counted twice."""
    return bool(doc.title) and doc.text.startswith(doc.title) and offset < len(doc.title)
