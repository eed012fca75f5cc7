"""Commitments: who committed to what, by when, at which meeting (CONTRACT.md, commitments).

Reads: tokenised ok documents (English: the spaCy dependency parse in `parsed`; Vietnamese:
underthesea words with POS tags in `tokens`), the knowledge base, `meetings`, and the dates stage's
`deadline_in` / `deadline_for`. Adds: `commitments`, one record per statement, in text order.

The words are data: models/commitments/en.yaml and vi.yaml (same keys), actors.yaml (who an actor
is). A trigger keeps its own action ("agreed to adopt" is agree); an intent cue ("will", "determined
to", "sẽ", "cam kết") takes the action its complement names ("decided to implement" is implement);
a standalone verb commits with its own subject ("Vietnam supports ..."); coordinated complements are
rows of their own. Nothing comes out of the scope of a welcome, a note, a concern, a proposal or
advice ("should", "nên"), nor out of a negated trigger or a headline (it restates the body).

One small extractor per language yields `Statement`s. Shared: resolving the actor (collective ASEAN
actors -> ASEAN, leaders at a forum with partners -> the forum, an official -> the state they speak
for, "we" -> the speaker), the score (the trigger's base score times how surely the actor was found),
the deadline, the meeting, and dropping a statement said twice.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator, NamedTuple, Sequence

from .document import Commitment, Document, MeetingMention, Token
from .ids import fallback_entity_id
from .kb import knowledge_base, match_key, words_of
from .resources import load_data, models_dir

POSITIVE, NEGATIVE = "positive", "negative"


# ---------------------------------------------------------------- rules (compiled from models/)

class Rule(NamedTuple):
    action: str
    score: float
    flag: str = ""          # "subject": needs its own subject; "fixed": a cue that keeps its action


@dataclass(frozen=True)
class PhraseTable:
    """Phrases grouped by first word; `match` finds the longest one starting at a position."""
    by_first: dict
    max_gap: int = 0

    @classmethod
    def build(cls, phrases: dict | list | None, max_gap: int = 0, value=lambda v: v) -> "PhraseTable":
        items = phrases.items() if isinstance(phrases, dict) else ((p, True) for p in phrases or [])
        grouped: dict[str, list] = {}
        for phrase, raw in items:
            words = tuple(match_key(w) for w in str(phrase).split())
            grouped.setdefault(words[0], []).append((words, value(raw)))
        return cls({k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in grouped.items()}, max_gap)

    def match(self, keys: Sequence[str], i: int) -> tuple[object, list[int]] | None:
        """(value, positions of the phrase's words) of the longest phrase starting at keys[i]."""
        for words, value in self.by_first.get(keys[i], ()):
            positions = [i]
            for word in words[1:]:
                nxt = next((j for j in range(positions[-1] + 1, min(len(keys), positions[-1] + 2 + self.max_gap))
                            if keys[j] == word), None)
                if nxt is None:
                    break
                positions.append(nxt)
            else:
                return value, positions
        return None


def _phrase_key(phrase: str) -> str:
    return " ".join(match_key(w) for w in phrase.split())


def _rule(raw) -> Rule:
    return Rule(str(raw[0]), float(raw[1]), str(raw[2]) if len(raw) > 2 else "")


@dataclass(frozen=True)
class Lexicon:
    """One language's commitment words (models/commitments/<lang>.yaml), compiled."""
    triggers: PhraseTable
    cues: PhraseTable
    noun_cues: PhraseTable
    need_nouns: PhraseTable
    standalone: PhraseTable
    content: PhraseTable
    light: PhraseTable
    stative: PhraseTable
    rejects: PhraseTable
    reject_nouns: PhraseTable
    reject_modals: PhraseTable
    void_objects: PhraseTable
    needs_object: dict
    negation: PhraseTable
    first_person: PhraseTable
    anaphora: PhraseTable
    collective: PhraseTable
    meeting_words: PhraseTable
    other_party: PhraseTable
    bilateral: PhraseTable
    joint_markers: PhraseTable
    speaker_cues: PhraseTable
    joint_statement_cues: PhraseTable
    nominal_markers: PhraseTable
    passive_markers: PhraseTable
    clause_boundaries: PhraseTable
    passive_meeting_actions: frozenset

    @classmethod
    def from_data(cls, data: dict) -> "Lexicon":
        gap = int(data.get("max_gap", 0))
        rules = {name: PhraseTable.build(data.get(name), gap, _rule)
                 for name in ("triggers", "cues", "noun_cues", "need_nouns", "standalone")}
        lists = {name: PhraseTable.build(data.get(name), gap)
                 for name in ("light", "stative", "rejects", "reject_nouns", "reject_modals",
                              "void_objects", "negation", "nominal_markers", "passive_markers", "joint_markers",
                              "clause_boundaries")}
        # actor words are whole surface phrases: no gaps
        actors = {name: PhraseTable.build(data.get(name))
                  for name in ("first_person", "anaphora", "collective", "meeting_words", "other_party", "bilateral",
                               "speaker_cues", "joint_statement_cues")}
        return cls(**rules, **lists, **actors, content=PhraseTable.build(data.get("content"), gap, str),
                   needs_object={_phrase_key(k): PhraseTable.build(v, gap)
                                 for k, v in (data.get("needs_object") or {}).items()},
                   passive_meeting_actions=frozenset(data.get("passive_meeting_actions") or []))

    def action_of(self, keys: Sequence[str], i: int) -> str | None:
        """The action a word names: content words first, then triggers and standalone verbs."""
        for table in (self.content, self.triggers, self.standalone):
            hit = table.match(keys, i)
            if hit:
                value = hit[0]
                return value.action if isinstance(value, Rule) else value
        return None


@dataclass(frozen=True)
class ActorRules:
    """Who an actor is (models/commitments/actors.yaml), shared by the languages."""
    asean_id: str
    asean_series: frozenset
    forum_by_series: dict
    forums: PhraseTable          # surface -> forum actor id
    demonyms: PhraseTable        # English adjective -> state entity id
    officials: PhraseTable
    confidence: dict

    @classmethod
    def from_data(cls, data: dict) -> "ActorRules":
        kb = knowledge_base()
        asean = kb.lookup(data["asean"])
        forum_ids = {f["name"]: fallback_entity_id("ORG", f["name"]) for f in data.get("forums") or []}
        forum_surfaces = {s: forum_ids[f["name"]] for f in data.get("forums") or []
                          for s in [*f.get("en", []), *f.get("vi", [])]}
        demonyms = {d: kb.entries[key].entity_id for key, words in (data.get("demonyms") or {}).items()
                    if key in kb.entries for d in words}
        officials = [*data["officials"].get("en", []), *data["officials"].get("vi", []), *_title_surfaces()]
        return cls(asean.entity_id if asean else fallback_entity_id("ORG", data["asean"]),
                   frozenset(data.get("asean_series") or []),
                   {code: forum_ids[f["name"]] for f in data.get("forums") or [] for code in f.get("series", [])},
                   PhraseTable.build(forum_surfaces), PhraseTable.build(demonyms), PhraseTable.build(officials),
                   {k: float(v) for k, v in data["confidence"].items()})


def _title_surfaces() -> list[str]:
    """Official titles from the knowledge base's titles file, when it is there."""
    if not (models_dir() / "kb" / "titles.yaml").exists():
        return []
    data = load_data("kb/titles.yaml") or {}
    return [s for entry in data.get("entries") or [] for s in [*(entry.get("en") or []), *(entry.get("vi") or [])]]


class CommitmentRules:
    """Compiled lexicons per language plus the shared actor rules; call it on a document."""

    def __init__(self, lexicons: dict[str, Lexicon], actors: ActorRules):
        self.lexicons, self.actors = lexicons, actors

    @classmethod
    def from_disk(cls, folder: str = "commitments", languages: Iterable[str] = ("en", "vi")) -> "CommitmentRules":
        lexicons = {lang: Lexicon.from_data(load_data(f"{folder}/{lang}.yaml")) for lang in languages}
        return cls(lexicons, ActorRules.from_data(load_data(f"{folder}/actors.yaml")))

    def __call__(self, doc: Document) -> Document:
        lexicon = self.lexicons.get(doc.lang)
        if lexicon is None or not doc.text or (doc.lang == "en" and doc.parsed is None):
            doc.commitments = []
            return doc
        ctx = DocContext.build(doc, lexicon, self.actors)
        extract = english_statements if doc.lang == "en" else vietnamese_statements
        doc.commitments = finish_statements(ctx, list(extract(ctx)))
        return doc


@functools.cache
def commitment_rules() -> CommitmentRules:
    return CommitmentRules.from_disk()


def find_commitments(doc: Document) -> Document:
    """Set `doc.commitments`: the commitment statements of the document, in text order."""
    return commitment_rules()(doc)


# ---------------------------------------------------------------- records between the steps

@dataclass(frozen=True)
class Mention:
    """A word or phrase that can name an actor, found in the text."""
    start: int
    end: int
    # first_person anaphora forum meeting collective official entity person (a known official),
    # or other (partners) / bilateral
    kind: str
    entity_id: str | None = None
    series: str | None = None    # for meetings


@dataclass(frozen=True)
class ActorRef:
    """Who a statement binds, as far as the extractor can tell."""
    # subject (its own subject) | shared (a coordinated verb's) | official | meeting | first_person |
    # context (none: the previous statement's) | passive (acted on) | passive_context
    how: str
    entity_id: str | None = None
    start: int = -1              # the actor as written (-1: not in the text)
    end: int = -1


@dataclass(frozen=True)
class Statement:
    """One commitment an extractor found; offsets index doc.text."""
    actor: ActorRef
    action: str
    trigger: str
    trigger_start: int
    content: tuple[int, int]
    span: tuple[int, int]
    score: float
    sentence: int
    polarity: str = POSITIVE
    scope_end: int = -1          # where a deadline may still be found (-1: the end of the span)


# ---------------------------------------------------------------- document context (shared)

@dataclass
class DocContext:
    """What the actor rules need to know about the whole article."""
    doc: Document
    lexicon: Lexicon
    actors: ActorRules
    speaker_state: str | None
    home_state: str | None
    main_meeting: MeetingMention | None
    joint_statement: bool
    paragraph_starts: list[int]
    mentions_by_span: dict = field(default_factory=dict)   # actor_mentions, memoised

    @classmethod
    def build(cls, doc: Document, lexicon: Lexicon, actors: ActorRules) -> "DocContext":
        words = words_of(doc.text)
        keys = [match_key(w) for _, _, w in words]
        states = state_mentions(doc.text, words, keys, actors)
        speaker = speaker_state(words, keys, states, lexicon)
        return cls(doc, lexicon, actors, speaker, speaker or home_state(states), main_meeting(doc.meetings),
                   any(lexicon.joint_statement_cues.match(keys, i) for i in range(len(keys))),
                   [0] + [i + 1 for i, c in enumerate(doc.text) if c == "\n"])

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def meeting_actor(self, series: str | None) -> str:
        """A meeting speaks for ASEAN, for its forum, or (a national meeting) for the article's state.

        An article that names no meeting of a known series is more often about a national meeting.
        """
        if series in self.actors.forum_by_series:
            return self.actors.forum_by_series[series]
        if series in self.actors.asean_series:
            return self.actors.asean_id
        return self.home_state or self.actors.asean_id

    def collective_actor(self, sentence: int) -> str:
        """ "The Leaders", "the ministers": ASEAN, or the forum with partners the statement is made at."""
        near = self.meeting_near(sentence)
        return self.actors.forum_by_series.get(near.series, self.actors.asean_id) if near else self.actors.asean_id

    def meeting_of(self, statement: "Statement") -> MeetingMention | None:
        """Where a statement was made: a meeting named before it in its sentence ("At AMM-56, the ministers
        agreed ..."), else the article's; a meeting inside the content ("will host the 43rd Summit") is not."""
        before = [m for m in self.doc.meetings
                  if m.sentence == statement.sentence and m.end <= statement.trigger_start]
        return before[-1] if before else self.main_meeting

    def meeting_near(self, sentence: int) -> MeetingMention | None:
        same = [m for m in self.doc.meetings if m.sentence == sentence]
        return same[0] if same else self.main_meeting


def state_mentions(text: str, words: list, keys: list[str], actors: ActorRules) -> list[tuple[int, int, str, bool]]:
    """(start, end, entity_id, is an ASEAN member) of every state named in the text, demonyms included;
    `words` and `keys` are the text's `words_of` and their match keys."""
    found = [(m.start, m.end, m.entry.entity_id, m.entry.group == "asean_member")
             for m in knowledge_base().find(text) if m.entry.label == "GPE" and m.kind != "ambiguous"]
    by_id = knowledge_base().by_id
    for i in range(len(keys)):
        hit = actors.demonyms.match(keys, i)
        if hit:
            entry = by_id.get(hit[0])
            found.append((words[i][0], words[hit[1][-1]][1], hit[0], bool(entry and entry.group == "asean_member")))
    return sorted(found)


def speaker_state(words, keys, states, lexicon: Lexicon, window: int = 4) -> str | None:
    """The state whose officials or delegation the article speaks through ("Head of Vietnam's delegation")."""
    cue_positions = [i for i in range(len(keys)) if lexicon.speaker_cues.match(keys, i)]
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


def main_meeting(meetings: list[MeetingMention]) -> MeetingMention | None:
    """The meeting the article is about: the one mentioned most, the first on a tie."""
    if not meetings:
        return None
    counts = Counter(m.meeting_id for m in meetings)
    top = max(counts.values())
    return next(m for m in meetings if counts[m.meeting_id] == top)


# ---------------------------------------------------------------- actors (shared)

def actor_mentions(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """Every phrase in text[start:end] that can name an actor, in text order (longest first)."""
    # the rules ask again for the same phrases (each candidate trigger looks for its subject)
    if (start, end) not in ctx.mentions_by_span:
        ctx.mentions_by_span[(start, end)] = _actor_mentions(ctx, start, end)
    return ctx.mentions_by_span[(start, end)]


def _actor_mentions(ctx: DocContext, start: int, end: int) -> list[Mention]:
    text, lex, actors = ctx.doc.text, ctx.lexicon, ctx.actors
    words = [(a + start, b + start, w) for a, b, w in words_of(text[start:end])]
    keys = [match_key(w) for _, _, w in words]
    tables = (("first_person", lex.first_person), ("anaphora", lex.anaphora), ("forum", actors.forums),
              ("collective", lex.collective), ("meeting", lex.meeting_words), ("official", actors.officials),
              ("other", lex.other_party), ("bilateral", lex.bilateral), ("entity", actors.demonyms))
    found = []
    for i, (word_start, _, word) in enumerate(words):
        for kind, table in tables:
            hit = table.match(keys, i)
            if hit:
                value = hit[0] if kind in ("forum", "entity") else None
                found.append(Mention(word_start, words[hit[1][-1]][1], kind, value))
        series = word.split("-")[0].upper()
        if "-" in word and (series in actors.asean_series or series in actors.forum_by_series):
            found.append(Mention(word_start, words[i][1], "meeting", series=series))   # "AMM-51"
    kb = knowledge_base()
    for match in kb.find(text, start, end):
        if match.kind == "ambiguous":
            continue
        if match.entry.label in ("GPE", "ORG"):
            found.append(Mention(match.start, match.end, "entity", match.entry.entity_id))
        elif match.entry.label == "PERSON" and match.entry.extra.get("speaks_for") in kb.entries:
            # a known official binds the state or body he or she speaks for ("Wang Yi" -> China)
            party = kb.entries[match.entry.extra["speaks_for"]]
            found.append(Mention(match.start, match.end, "person", party.entity_id))
    for meeting in ctx.doc.meetings:
        if start <= meeting.start and meeting.end <= end:
            found.append(Mention(meeting.start, meeting.end, "meeting", meeting.meeting_id, meeting.series))
    return sorted(found, key=lambda m: (m.start, -(m.end - m.start)))


def resolve_mentions(ctx: DocContext, mentions: list[Mention], phrase: list[Mention], at: int,
                     sentence: int) -> ActorRef | None:
    """The party bound, from the mentions naming the actor (`phrase`: all mentions of the phrase)."""
    kinds = {m.kind for m in mentions}
    if not mentions or "other" in kinds or any(m.kind == "bilateral" for m in phrase):
        return None       # "its partners", "the two sides": no single party we can name
    if "first_person" in kinds:
        return ActorRef("first_person", first_person_actor(ctx, at))
    if "anaphora" in kinds:
        return ActorRef("context")
    for mention in mentions:
        if mention.kind == "forum":
            return ActorRef("subject", mention.entity_id)
    for mention in mentions:
        if mention.kind == "meeting":
            series = mention.series
            if series is None:   # "the meeting": the one of the sentence, else the article's
                near = ctx.meeting_near(sentence)
                series = near.series if near else None
            return ActorRef("meeting", ctx.meeting_actor(series))
    person = next((m for m in mentions if m.kind == "person"), None)
    if person is not None and "collective" not in kinds:
        return ActorRef("subject", person.entity_id)
    state = next((m.entity_id for m in phrase if m.kind == "entity" and m.entity_id != ctx.actors.asean_id
                  and _is_state(m.entity_id)), None)
    if "collective" in kinds:
        forum = next((m.entity_id for m in phrase if m.kind == "forum"), None)
        return ActorRef("subject", state or forum or ctx.collective_actor(sentence))
    if "official" in kinds:
        if state or ctx.speaker_state:
            return ActorRef("official" if not state else "subject", state or ctx.speaker_state)
        return None
    entity = next((m for m in mentions if m.kind == "entity"), None)
    return ActorRef("subject", entity.entity_id) if entity else None


def meeting_credit(ctx: DocContext, action: str, sentence: int, start: int, end: int) -> ActorRef | None:
    """ "The plan was adopted at the meeting": an agentless approval is the meeting's, when one is named."""
    if action not in ctx.lexicon.passive_meeting_actions:
        return None
    if not any(m.kind == "meeting" for m in actor_mentions(ctx, start, end)):
        return None
    near = ctx.meeting_near(sentence)
    return ActorRef("meeting", ctx.meeting_actor(near.series if near else None))


def _is_state(entity_id: str) -> bool:
    entry = knowledge_base().by_id.get(entity_id)
    return entry is not None and entry.label == "GPE"


def first_person_actor(ctx: DocContext, offset: int) -> str | None:
    """"We": the speaker of the quote, else the joint document's meeting, else the article's state."""
    speaker = quote_speaker(ctx, offset)
    if speaker:
        return speaker
    if ctx.joint_statement:
        return ctx.meeting_actor(ctx.main_meeting.series if ctx.main_meeting else None)
    return ctx.speaker_state


def quote_speaker(ctx: DocContext, offset: int) -> str | None:
    """Who a quotation around `offset` is attributed to, from the words of its paragraph outside quotes."""
    text = ctx.doc.text
    start = ctx.paragraph_starts[ctx.paragraph_of(offset)]
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    quotes = quote_spans(text, start, end)
    if not any(a <= offset < b for a, b in quotes):
        return None
    outside = [(a, b) for a, b in _gaps(quotes, start, end) if b - a > 1]
    for a, b in outside:
        mentions = [m for m in actor_mentions(ctx, a, b) if m.kind not in ("first_person", "anaphora")]
        for mention in mentions:
            ref = resolve_mentions(ctx, [mention], mentions, offset, ctx.doc.sentence_of(offset))
            if ref and ref.entity_id:
                return ref.entity_id
    return None


QUOTE_OPEN, QUOTE_CLOSE, QUOTE_BOTH = "“«", "”»", '"'


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each quotation in text[start:end], quote marks included."""
    spans, opened = [], None
    for i in range(start, end):
        c = text[i]
        if opened is None and (c in QUOTE_OPEN or c in QUOTE_BOTH):
            opened = i
        elif opened is not None and (c in QUOTE_CLOSE or c in QUOTE_BOTH):
            spans.append((opened, i + 1))
            opened = None
    if opened is not None:      # a quotation running to the end of the paragraph
        spans.append((opened, end))
    return spans


def _gaps(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    gaps, cursor = [], start
    for a, b in spans:
        gaps.append((cursor, a))
        cursor = b
    gaps.append((cursor, end))
    return gaps


def trigger_text(text: str, spans: list[tuple[int, int]], gap: int = 20) -> str:
    """The trigger as written: one stretch of text when its words are close, else joined by " … "."""
    spans = sorted(set(spans))
    if spans[-1][0] - spans[0][1] <= gap:
        return text[spans[0][0]:spans[-1][1]]
    return " … ".join(text[a:b] for a, b in spans)


def is_headline(doc: Document, offset: int) -> bool:
    """Headlines restate the body; their statements would be counted twice."""
    return bool(doc.title) and doc.text.startswith(doc.title) and offset < len(doc.title)


# ---------------------------------------------------------------- English: the dependency parse

NOMINAL_DEPS = frozenset({"amod", "compound", "pcomp", "pobj", "nsubj", "nsubjpass", "dobj", "attr", "appos", "nmod",
                          "npadvmod", "poss", "csubj", "csubjpass", "dative", "oprd"})
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "acl", "relcl", "dobj", "pobj", "prep", "pcomp", "appos", "attr",
                        "npadvmod", "nmod", "acomp"})
SAME_CLAUSE_DEPS = frozenset({"xcomp", "acomp"})      # climbing these keeps the statement's own subject
COMPLEMENT_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg", "conj", "cc", "punct",
                                  "mark", "parataxis", "expl", "preconj"})
PHRASE_DROP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc"})
LEFT_EXTENSION_DEPS = frozenset({"advmod", "cc", "preconj"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


@dataclass(frozen=True)
class Clause:
    """An English statement before its span is drawn: the words, the verb whose clause it is, who."""
    actor: ActorRef
    action: str
    score: float
    words: tuple                 # the trigger's tokens (cue and verb)
    head: object                 # the verb (or noun) whose complement is the content
    start: int | None            # where the statement starts, when the actor's phrase opens it
    negative: bool = False
    bare: tuple = ()             # coordinated verbs sharing this head's object ("support and enhance X")
    opens_at_head: bool = False  # a later coordinated complement of a trigger: its row starts at its verb


@dataclass
class EnglishSentence:
    """One parsed sentence with its lemma keys and the tokens already used by a statement."""
    ctx: DocContext
    sent: object
    index: int
    lemmas: list[str]
    claimed: set
    rejecting: set
    quoted: set

    @classmethod
    def of(cls, ctx: DocContext, sent, index: int) -> "EnglishSentence":
        lemmas = [match_key(t.lemma_ or t.text) for t in sent]
        view = cls(ctx, sent, index, lemmas, set(), set(), short_quotes(sent))
        view.rejecting = {sent[i].i for i in range(len(sent)) if view.rejects_at(i)}
        return view

    def at(self, token) -> int:
        return token.i - self.sent.start

    def holds(self, token) -> bool:
        return self.sent.start <= token.i < self.sent.end

    def match(self, table: PhraseTable, token):
        return table.match(self.lemmas, self.at(token)) if self.holds(token) else None

    def rejects_at(self, i: int) -> bool:
        token, lex = self.sent[i], self.ctx.lexicon
        if token.pos_ in ("VERB", "AUX"):
            return bool(lex.rejects.match(self.lemmas, i))
        return token.pos_ in ("NOUN", "PROPN") and bool(lex.reject_nouns.match(self.lemmas, i))


def english_statements(ctx: DocContext) -> Iterator[Statement]:
    for sent in (s for s in ctx.doc.parsed.sents if s.text.strip()):
        if is_headline(ctx.doc, sent.start_char):
            continue
        view = EnglishSentence.of(ctx, sent, ctx.doc.sentence_of(sent.start_char))
        clauses = []
        for token in sent:
            if token.i not in view.claimed and token.i not in view.quoted:
                clauses += (trigger_clauses(view, token) or cue_clauses(view, token)
                            or noun_cue_clauses(view, token) or standalone_clauses(view, token))
        stops = {t.i for c in clauses for t in (c.head, *c.words, *c.bare)}
        yield from (_english_statement(view, clause, stops) for clause in clauses)


def short_quotes(sent, longest: int = 8) -> set:
    """Tokens inside short quotations without a clause (themes, titles): names, not statements."""
    marks = [t.i for t in sent if t.tag_ in ("``", "''") or t.text in QUOTE_BOTH + QUOTE_OPEN + QUOTE_CLOSE]
    inside = set()
    for a, b in zip(marks[::2], marks[1::2]):
        quoted = range(a + 1, b)
        speech = any(c.dep_ in ("nsubj", "nsubjpass") and c.i in quoted for i in quoted for c in sent.doc[i].children)
        if len(quoted) <= longest and not speech:
            inside.update(quoted)
    return inside


def trigger_clauses(view: EnglishSentence, token) -> list[Clause]:
    """A trigger that keeps its own action ("agreed to ...", "urged ..."); one row per coordinated complement."""
    hit = view.match(view.ctx.lexicon.triggers, token) if token.pos_ == "VERB" else None
    if not hit or not _may_commit(view, token):
        return []
    rule, positions = hit
    words = tuple(view.sent[p] for p in positions)
    if not _object_allows(view, token) or (len(words) > 1 and not _has_complement(token, words)):
        return []          # "affirmed its image"; "reached important agreements" holds no one to anything
    actor, start = _trigger_actor(view, token, rule)
    if actor is None:
        return []
    verbs = _complement_verbs(token, words)
    # "agreed to strengthen X and urged Y" (urged parsed under strengthen): urged keeps its own row
    own_rows = [v for v in verbs if _opens_statement(view, v)]
    complements = [v for v in verbs if v not in own_rows]
    view.claimed.update(_claim(token))
    view.claimed.difference_update(t.i for v in own_rows for t in v.subtree)
    if len(complements) <= 1:      # "agreed not to ...": the complement carries the polarity
        negative = any(_negated(view, v) for v in complements)
        return [Clause(actor, rule.action, rule.score, words, token, start, negative)]
    # "agreed on enhancing X, taking Y, and collaborate with Z": each its own row
    (head, bare), *rest = _object_groups(complements)
    return [Clause(actor, rule.action, rule.score, words, head, start, _negated(view, head), bare)] + \
        [Clause(_shared(actor, "shared"), rule.action, rule.score, words, h, None, _negated(view, h), b, True)
         for h, b in rest]


def _may_commit(view: EnglishSentence, token) -> bool:
    """A clause of its own, asserted (not welcomed, noted or advised), not negated ("did not agree")."""
    return is_predicate(view, token) and is_asserted(view, token) and not _negated(view, token)


def _trigger_actor(view: EnglishSentence, token, rule: Rule) -> tuple[ActorRef | None, int | None]:
    actor, start = find_actor(view, token)
    if rule.flag == "subject" and actor is not None and actor.how not in ("subject", "official", "first_person"):
        return None, None
    if actor is not None and actor.how == "passive":
        return _meeting_credit(view, rule.action), None
    return actor, start


def cue_clauses(view: EnglishSentence, token) -> list[Clause]:
    """An intent cue ("will", "determined to", "decided to"): one row per coordinated complement."""
    hit = view.match(view.ctx.lexicon.cues, token)
    if not hit:
        return []
    rule, _ = hit
    if token.tag_ == "MD":
        if token.dep_ not in ("aux", "auxpass") or token.head.i in view.claimed:
            return []
        anchor, targets = token.head, [token.head]
    else:
        anchor, targets = token, _verbal_complements(token)
    if not targets or not is_predicate(view, anchor) or not is_asserted(view, anchor) \
            or (token.tag_ != "MD" and _negated(view, token)):     # "has not decided to ..."
        return []
    actor, start = find_actor(view, anchor, patient_subject=token.tag_ == "MD")
    return _complement_clauses(view, token, anchor, targets, rule, actor, start)


def noun_cue_clauses(view: EnglishSentence, token) -> list[Clause]:
    """ "Our plan to ...", "ASEAN's decision to ...": a noun cue with its owner; "the need to ..." too."""
    lex = view.ctx.lexicon
    if token.pos_ != "NOUN" or not is_asserted(view, token):
        return []
    targets = [c for c in token.children if c.dep_ == "acl" and any(a.dep_ == "aux" for a in c.children)]
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    cue = view.match(lex.noun_cues, token)
    if cue and owner is not None and targets:
        actor = resolve_token(view, owner)
        return _complement_clauses(view, token, token, targets, cue[0], actor, owner.idx) if actor else []
    need = view.match(lex.need_nouns, token)
    if need and targets:          # "emphasizing the need to implement X": the statement opens at its verb
        actor, _ = find_actor(view, token)
        governor = token.head if token.dep_ in ("dobj", "pobj") and token.head.pos_ == "VERB" else token
        return _complement_clauses(view, token, token, targets, need[0], actor, governor.idx)
    return []


def standalone_clauses(view: EnglishSentence, token) -> list[Clause]:
    """A verb that commits on its own when an actor is its subject: "Vietnam supports ..."."""
    hit = view.match(view.ctx.lexicon.standalone, token) if token.pos_ == "VERB" else None
    if not hit or not _may_commit(view, token) or _is_passive(token) or _is_purpose(token) \
            or _bare_before_conjunct(token):
        return []
    bare = _bare_conjuncts_before(token)
    actor, start = find_actor(view, bare[0] if bare else token)
    # a meeting "contributes" or "promotes" as an event, it does not commit
    if actor is None or actor.how in ("passive", "meeting"):
        return []
    rule, positions = hit
    view.claimed.add(token.i)    # its complement holds no nested commitment that is not a clause of its own
    return [Clause(actor, rule.action, rule.score, tuple(view.sent[p] for p in positions), token, start, bare=bare)]


def _complement_clauses(view, cue, anchor, targets, rule: Rule, actor: ActorRef | None,
                        start: int | None) -> list[Clause]:
    """One clause per coordinated complement of a cue, named by what it says ("decided to implement")."""
    heads = [h for t in targets for h in _conjuncts(t)]
    if rule.flag == "fixed":
        heads = heads[:1]                      # "wants to expand X and deepen Y": one wish
    groups = [(h, bare) for h, bare in _object_groups(heads) if not _is_stative(view, h)]
    if actor is not None and actor.how == "passive":
        # "will be deployed": the previous statement's actor, else the article's state — when the verb
        # itself names an action ("will be expressed" names none); the row opens with what is acted on
        groups = [(h, b) for h, b in groups if _name_action(view, h, Rule("", rule.score))]
        actor = ActorRef("passive_context")
        subject = _nearest_subject(anchor)
        start = subject.left_edge.idx if subject is not None else start
    if actor is None or not groups:
        return []
    clauses = []
    for head, bare in groups:
        negative = _negated(view, head)          # "will not take sides", "determined not to break"
        action = _name_action(view, head, rule)
        if negative:
            action = "refrain"
        if not action:
            continue
        view.claimed.update(_claim(head))
        words = (cue, head) if head.i != cue.i else (cue,)
        clauses.append(Clause(actor, action, rule.score, words, head, start, negative, bare))
    view.claimed.update(_claim(anchor))
    return clauses


def _name_action(view: EnglishSentence, head, rule: Rule) -> str | None:
    """The action a complement names, looking through light verbs ("continue to promote"); else the cue's."""
    lex = view.ctx.lexicon
    if rule.flag == "fixed":
        return rule.action
    for _ in range(4):
        light = view.match(lex.light, head)
        action = lex.action_of(view.lemmas, view.at(head)) if view.holds(head) else None
        if action and not light:
            return action
        nxt = _through_light(head) if light else None
        if nxt is None:
            break
        head = nxt
    return rule.action or None


def _through_light(head):
    """What a light verb passes to: its verb complement or purpose ("work together to promote"), else its
    object ("accelerate the implementation")."""
    return next((c for c in head.children if c.dep_ in ("xcomp", "dobj")), None) \
        or next((c for c in head.children if c.dep_ == "advcl" and _is_purpose(c)), None) \
        or next((g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pcomp", "pobj")), None)


def _verbal_complements(token) -> list:
    """The verbs a cue governs: "decided to implement", "committed to implementing"."""
    targets = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"):
        targets += [g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return targets


def _complement_verbs(token, words) -> list:
    """The first verbs down a trigger's complement, with their coordinated verbs, in text order."""
    found, frontier = [], [c for w in (token, *words) for c in w.children
                           if c.i > words[-1].i and c.dep_ not in COMPLEMENT_SKIP_DEPS and not _separate_clause(c)]
    while frontier:
        node = frontier.pop(0)
        if node.pos_ in ("VERB", "AUX"):
            found.extend(_conjuncts(node))
        else:
            frontier.extend(c for c in node.children if c.dep_ not in ("conj", "cc", "punct", "det", "amod"))
    return sorted(set(found), key=lambda t: t.i)


def _opens_statement(view: EnglishSentence, verb) -> bool:
    """A coordinated verb that is a trigger of its own ("... and urged ...")."""
    return verb.dep_ == "conj" and bool(view.match(view.ctx.lexicon.triggers, verb))


def _object_groups(verbs: list) -> list[tuple]:
    """(verb, bare verbs before it): "support and enhance a system" is one group, "X, and maintain Y" two."""
    groups, waiting = [], []
    for verb in verbs:
        if not _has_complement(verb, (verb,)) and verb.i != verbs[-1].i:
            waiting.append(verb)
            continue
        groups.append((verb, tuple(waiting)))
        waiting = []
    return groups


def _has_complement(token, words) -> bool:
    return any(c.dep_ not in COMPLEMENT_SKIP_DEPS and c.dep_ not in ("advmod", "npadvmod") and c.i > words[-1].i
               for w in (token, *words) for c in w.children)


def _bare_before_conjunct(token) -> bool:
    """ "supports and supports Laos": the first verb, without object, is part of the second's row."""
    return not _has_complement(token, (token,)) and any(c.dep_ == "conj" and _has_complement(c, (c,))
                                                         and c.lemma_ == token.lemma_ for c in token.children)


def _bare_conjuncts_before(token) -> tuple:
    head = token.head
    shares = token.dep_ == "conj" and head.lemma_ == token.lemma_ and not _has_complement(head, (head,))
    return (head,) if shares else ()


def _conjuncts(token) -> list:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            out.extend(_conjuncts(child))
    return out


def _is_stative(view: EnglishSentence, head) -> bool:
    """ "will have a successful year", "will continue to be": no action (light verbs looked through)."""
    lex = view.ctx.lexicon
    for _ in range(4):
        if view.match(lex.stative, head):
            return True
        nxt = next((c for c in head.children if c.dep_ == "xcomp"), None) if view.match(lex.light, head) else None
        if nxt is None:
            return False
        head = nxt
    return False


def is_predicate(view: EnglishSentence, token) -> bool:
    """The word heads a clause (not a noun-like use: "in implementing", "efforts to promote")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in NOMINAL_DEPS:
        return False
    if first.dep_ == "acl":
        head = first.head
        return bool(view.match(view.ctx.lexicon.need_nouns, head) or view.match(view.ctx.lexicon.noun_cues, head))
    if first.dep_ == "advcl":
        return not _is_purpose(first)
    return True


def _is_purpose(token) -> bool:
    """ "... to discuss and promote cooperation", "in order to", "when ...": not the statement itself."""
    return token.dep_ == "advcl" and any(c.dep_ in ("aux", "mark") and c.tag_ in ("TO", "IN") for c in token.children)


def is_asserted(view: EnglishSentence, token) -> bool:
    """Not inside the scope of a welcome / note / concern / proposal, and not advice ("should")."""
    lex = view.ctx.lexicon
    if any(view.match(lex.reject_modals, c) for c in token.children if c.dep_ in ("aux", "auxpass")):
        return False
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return True
        # a coordinated verb or a participial clause is not in its neighbour's scope
        outside = current.dep_ == "conj" or _separate_clause(current)
        current = current.head
        if not outside and current.i in view.rejecting:
            return False
    return True


def _negated(view: EnglishSentence, token) -> bool:
    return any(c.dep_ == "neg" or c.dep_ in ("advmod", "preconj") and view.match(view.ctx.lexicon.negation, c)
               for c in token.children)


def _is_passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


def _object_allows(view: EnglishSentence, token) -> bool:
    """ "affirmed its efforts" counts, "affirmed its image" and "reiterated the importance of" do not."""
    lex = view.ctx.lexicon
    objects = [c for c in token.children if c.dep_ in ("dobj", "pobj")]
    if any(view.match(lex.void_objects, o) for o in objects):
        return False
    allowed = lex.needs_object.get(_phrase_key(token.lemma_))
    return allowed is None or any(allowed.match(view.lemmas, view.at(o)) for o in objects)


def find_actor(view: EnglishSentence, token, patient_subject: bool = True) -> tuple[ActorRef | None, int | None]:
    """(actor, where the statement starts) from the subject of the trigger or of the clause it hangs on.

    With `patient_subject`, a passive trigger's subject is what is acted on ("the plan was adopted"),
    so the actor is the agent; cue adjectives ("was determined to") keep their subject.
    """
    current, how, start = token, "subject", None
    for _ in range(12):
        subject = _nearest_subject(current)
        if current.i == token.i and patient_subject and _is_passive(token):
            agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            return (resolve_token(view, agent), None) if agent is not None else (ActorRef("passive"), None)
        if subject is not None and subject.tag_ in RELATIVE_TAGS:
            start = start if start is not None or how != "subject" else subject.idx
            antecedent = current.head if current.dep_ in ("relcl", "acl") else None
            actor = resolve_token(view, antecedent) if antecedent is not None else None
            if actor is not None or antecedent is None:
                return _shared(actor, how), start
            current, how = antecedent, "shared"
            continue
        if subject is not None:
            actor = resolve_token(view, subject)
            if how == "subject" and start is None:
                start = _clause_start(current, subject)
            return _shared(actor, how), start
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return ActorRef("context"), None
        if current.dep_ == "advcl" and any(c.dep_ == "mark" for c in current.head.children):
            return None, None  # a participle hung on "since X joined ...": the parse lost the real subject
        if current.dep_ not in SAME_CLAUSE_DEPS:
            how = "shared"     # the subject is further away: the statement starts at its own verb
        current = current.head
    return None, None


def _clause_start(verb, subject) -> int:
    """Where a clause opens: its subject, with the adverbs and conjunction before it ("but now China ...").

    A clause reported by a verb of saying opens with the report ("we announce that we will ...").
    """
    first = subject.left_edge
    while first.i > first.sent.start:
        before = first.doc[first.i - 1]
        if before.dep_ not in LEFT_EXTENSION_DEPS or before.head not in (verb, verb.head):
            break
        first = before
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        reporter = _nearest_subject(verb.head)
        first = min(first, reporter.left_edge if reporter is not None else verb.head, key=lambda t: t.i)
    return first.idx


def _nearest_subject(verb):
    """The subject closest to the verb ("Mr. Dung, again: “The ministers agreed" -> the ministers)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    return min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None


def _shared(actor: ActorRef | None, how: str) -> ActorRef | None:
    if actor is None or how == "subject" or actor.how != "subject":
        return actor
    return replace(actor, how="shared")


def resolve_token(view: EnglishSentence, token) -> ActorRef | None:
    """The actor a noun phrase names, judged by its head word: "The ASEAN Ministers" -> ASEAN."""
    first, last = _phrase_bounds(token)
    start, end = first.idx, last.idx + len(last.text)
    phrase = actor_mentions(view.ctx, start, end)
    head = (token.idx, token.idx + len(token.text))
    at_head = [m for m in phrase if m.start <= head[0] and head[1] <= m.end]
    if not at_head and token.pos_ == "PROPN":
        at_head = [m for m in phrase if m.kind == "official"]     # "Deputy Minister Nguyen Quoc Dung"
    actor = resolve_mentions(view.ctx, at_head, phrase, start, view.index)
    if actor is not None and actor.how == "context" and token.pos_ == "PRON":
        actor = _antecedent(view, token)           # "They also agreed ...": who "they" are
    if actor is not None and actor.how == "first_person":
        speaker = _reported_by(view, token)
        actor = replace(actor, entity_id=speaker.entity_id) if speaker is not None and speaker.entity_id else actor
    if actor is not None and actor.how in ("first_person", "subject", "official") and _joint_actor(view, token):
        actor = ActorRef("subject", view.ctx.actors.asean_id)      # "Together with other countries, we ..."
    return replace(actor, start=start, end=end) if actor is not None else None


def _antecedent(view: EnglishSentence, pronoun, sentences: int = 3) -> ActorRef | None:
    """The nearest earlier subject of the paragraph that names an actor."""
    ctx = view.ctx
    paragraph = ctx.paragraph_of(pronoun.idx)
    earlier = [s for s in ctx.doc.parsed.sents
               if s.end <= view.sent.start and ctx.paragraph_of(s.start_char) == paragraph]
    for sent in reversed(earlier[-sentences:]):
        for token in reversed([t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]):
            actor = resolve_token(EnglishSentence.of(ctx, sent, ctx.doc.sentence_of(sent.start_char)), token)
            if actor is not None and actor.entity_id:
                return replace(actor, how="shared", start=-1, end=-1)
    return ActorRef("context")


def _reported_by(view: EnglishSentence, subject) -> ActorRef | None:
    """ "We will ..., the ministers said": the one who reports a first-person clause."""
    clause = subject.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis"):
        return None
    reporter = _nearest_subject(clause.head)
    actor = resolve_token(view, reporter) if reporter is not None else None
    return actor if actor is not None and actor.how != "first_person" else None


def _phrase_bounds(token):
    """The noun phrase of `token` without relative clauses, appositions or trailing punctuation."""
    kept = [token] + [t for c in token.children if c.dep_ not in PHRASE_DROP_DEPS for t in c.subtree]
    kept = [t for t in kept if not t.is_punct or token.left_edge.i < t.i < token.i]
    return min(kept, key=lambda t: t.i), max(kept, key=lambda t: t.i)


def _joint_actor(view: EnglishSentence, subject) -> bool:
    """ "Together with other countries, we ...": the statement is made with the other members."""
    lex = view.ctx.lexicon
    for prep in (c for c in subject.head.children if c.dep_ == "prep"):
        if view.match(lex.joint_markers, prep.left_edge):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            mentions = [m for o in objects for m in actor_mentions(view.ctx, o.left_edge.idx, o.idx + len(o.text))]
            if any(m.kind in ("collective", "other") for m in mentions):
                return True
    return False


def _meeting_credit(view: EnglishSentence, action: str) -> ActorRef | None:
    return meeting_credit(view.ctx, action, view.index, view.sent.start_char, view.sent.end_char)


def _claim(token) -> set:
    """The token and its complements: words a statement has used (coordinated verbs and separate clauses stay free)."""
    claimed = {token.i}
    for child in token.children:
        if child.dep_ not in ("conj", "cc") and not _separate_clause(child):
            claimed.update(t.i for t in child.subtree)
    return claimed


def _separate_clause(token) -> bool:
    """A participial or adverbial clause ("..., emphasizing ...", "as ..."): a statement of its own."""
    return token.dep_ == "advcl" and (token.tag_ == "VBG" or any(c.dep_ == "mark" for c in token.children))


def _extent(head, stops: set) -> list:
    """The head's clause: its subtree without coordinated verbs and without parts holding other statements."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in ("conj", "cc") or any(t.i in stops for t in child.subtree):
            continue
        tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _shared_object(head, stops: set) -> list:
    """ "to support and emphasize peace, stability ...": a verb without object shares its conjunct's."""
    for child in head.children:
        if child.dep_ == "conj" and child.i not in stops and _has_complement(child, (child,)):
            return [t for t in head.subtree if t.i > head.i and t.i <= child.right_edge.i]
    return []


def _english_statement(view: EnglishSentence, clause: Clause, stops: set) -> Statement:
    words = sorted(clause.words, key=lambda t: t.i)
    own = {clause.head.i, *(w.i for w in words), *(b.i for b in clause.bare)}
    extent = _extent(clause.head, stops - own)
    if not _has_complement(clause.head, (clause.head,)):
        extent += _shared_object(clause.head, stops - own)
    extent = [t for t in extent if not t.is_space and (not t.is_punct or t.tag_ in ("''", "-RRB-"))]
    content = [t for t in extent if t.i > words[-1].i]
    end = max(t.idx + len(t.text) for t in (*extent, *words))
    # the deadline belongs to the clause itself, not to a participle after it
    aside = {t.i for c in clause.head.children if _separate_clause(c) for t in c.subtree}
    scope_end = max(t.idx + len(t.text) for t in (*extent, *words) if t.i not in aside)
    content_span = (content[0].idx, content[-1].idx + len(content[-1].text)) if content else (end, end)
    trigger = trigger_text(view.ctx.doc.text, [(w.idx, w.idx + len(w.text)) for w in words])
    return Statement(clause.actor, clause.action, trigger, words[0].idx, content_span,
                     (_statement_start(view, clause, words), end), clause.score, view.index,
                     NEGATIVE if clause.negative or clause.action == "refrain" else POSITIVE, scope_end)


def _statement_start(view: EnglishSentence, clause: Clause, words) -> int:
    """The actor's phrase, else the first trigger word; a coordinated complement opens with its own verb."""
    first = min((*clause.bare, clause.head) if clause.opens_at_head else (*words, *clause.bare, clause.head),
                key=lambda t: t.i)
    first = _light_opening(view, first)
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    if before is not None and before.dep_ == "cc":
        first = before            # "..., and collaborate with ...": the conjunction opens the row
    return min(first.idx, clause.start) if clause.start is not None else first.idx


def _light_opening(view: EnglishSentence, first):
    """ "continuing to integrate and promote X": a row reached through a light verb opens with it."""
    current = first
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    while current.dep_ == "xcomp" and view.match(view.ctx.lexicon.light, current.head):
        current = current.head
    return current if current.i < first.i else first


# ---------------------------------------------------------------- Vietnamese: words, POS and chunks

@dataclass
class VietnameseSentence:
    """One sentence's words with syllable keys (phrases match whole words only)."""
    ctx: DocContext
    tokens: list[Token]
    index: int
    keys: list[str]              # one per syllable
    first_unit: list[int]        # token -> its first syllable
    unit_token: list[int]        # syllable -> its token
    mentions: list[Mention]
    rejects: list[int] = field(default_factory=list)    # words that open a non-commitment scope (hoan nghênh)

    @classmethod
    def of(cls, ctx: DocContext, tokens: list[Token], index: int) -> "VietnameseSentence":
        tokens = [part for token in tokens for part in _unglue(ctx, token)]
        keys, first_unit, unit_token = [], [], []
        for i, token in enumerate(tokens):
            first_unit.append(len(keys))
            for syllable in token.text.split():
                keys.append(match_key(syllable))
                unit_token.append(i)
        mentions = actor_mentions(ctx, tokens[0].start, tokens[-1].end)
        view = cls(ctx, tokens, index, keys, first_unit, unit_token, mentions)
        lex = ctx.lexicon
        view.rejects = [j for j in range(len(tokens)) if view.match(lex.rejects, j) or view.match(lex.reject_nouns, j)]
        return view

    def match(self, table: PhraseTable, i: int) -> tuple[object, int] | None:
        """(value, last word) of the longest phrase of whole words starting at word i."""
        if i >= len(self.tokens):
            return None
        hit = table.match(self.keys, self.first_unit[i])
        if not hit:
            return None
        last_unit = hit[1][-1]
        last = self.unit_token[last_unit]
        if last + 1 < len(self.tokens) and self.first_unit[last + 1] != last_unit + 1:
            return None      # the phrase ends inside a word
        return hit[0], last

    def is_adverb(self, i: int) -> bool:
        return self.tokens[i].pos == ADVERB_TAG

    def is_boundary(self, i: int) -> bool:
        return bool(self.match(self.ctx.lexicon.clause_boundaries, i))

    def predicate_at(self, i: int) -> bool:
        lex = self.ctx.lexicon
        return any(self.match(t, i) for t in (lex.triggers, lex.cues, lex.standalone, lex.rejects))


def _unglue(ctx: DocContext, token: Token) -> list[Token]:
    """underthesea's word segmenter glues frequent verb pairs into one word ("cam kết thúc đẩy"); when a
    word is exactly a commitment verb followed by another predicate of the lexicons, it is two words."""
    syllables = [(m.start() + token.start, m.end() + token.start)
                 for m in re.finditer(r"\S+", ctx.doc.text[token.start:token.end])]
    if len(syllables) < 2 or not token.pos.startswith(VERB_TAG):
        return [token]
    lex = ctx.lexicon
    keys = [match_key(ctx.doc.text[a:b]) for a, b in syllables]
    for cut in range(1, len(keys)):
        if _whole(lex.triggers, keys[:cut]) or _whole(lex.cues, keys[:cut]):
            rest = keys[cut:]
            if any(_whole(t, rest) for t in (lex.triggers, lex.cues, lex.standalone)):
                return [replace(token, end=syllables[cut - 1][1], text=ctx.doc.text[token.start:syllables[cut - 1][1]]),
                        replace(token, start=syllables[cut][0], text=ctx.doc.text[syllables[cut][0]:token.end])]
    return [token]


def _whole(table: PhraseTable, keys: list[str]) -> bool:
    hit = table.match(keys, 0)
    return bool(hit) and hit[1] == list(range(len(keys)))


# underthesea's POS tagset (VLSP): nouns, proper nouns, classifiers, units, abbreviations, plural
# markers, numerals and pronouns make up noun phrases; R is an adverb, E a preposition, CH punctuation.
NOMINAL_TAGS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "L", "M", "P"})
ADVERB_TAG, PREPOSITION_TAG, PUNCTUATION_TAG, VERB_TAG = "R", "E", "CH", "V"


def vietnamese_statements(ctx: DocContext) -> Iterator[Statement]:
    by_sentence: dict[int, list[Token]] = {}
    for token in ctx.doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    for index, tokens in sorted(by_sentence.items()):
        if tokens and not is_headline(ctx.doc, tokens[0].start):
            yield from sentence_statements_vi(VietnameseSentence.of(ctx, tokens, index))


def sentence_statements_vi(view: VietnameseSentence) -> Iterator[Statement]:
    lex = view.ctx.lexicon
    claimed_until = -1
    for i in range(len(view.tokens)):
        if i <= claimed_until or _nominal_before(view, i) or _blocked_vi(view, i) or _modal_before(view, i) \
                or _part_of_name(view, i) or _object_of_verb(view, i):
            continue
        for kind, table in (("trigger", lex.triggers), ("cue", lex.cues), ("need", lex.need_nouns),
                            ("standalone", lex.standalone)):
            hit = view.match(table, i)
            if hit:
                statements, claimed_until = _vi_statements(view, kind, hit, i)
                yield from statements
                break


def _vi_statements(view: VietnameseSentence, kind: str, hit, i: int) -> tuple[list[Statement], int]:
    """The statement of the trigger at word i, and the last word its clause uses."""
    rule, last = hit
    end = _clause_end(view, last + 1)
    negated_before = _negated_before(view, i)
    if kind in ("trigger", "standalone") and (negated_before or not _object_allows_vi(view, i, last)):
        return [], i
    head, action = last, rule.action
    negative = kind == "trigger" and bool(view.match(view.ctx.lexicon.negation, last + 1))   # "nhất trí không ..."
    if kind in ("cue", "need"):
        found = _content_head(view, last + 1, end, rule)
        if found is None:
            return [], i
        head, action, negative = found
        negative = negative or negated_before
        action = "refrain" if negative else action
    if _passive_before(view, i):      # "Hiệp định được phê chuẩn": acted on, by the meeting if anyone
        actor, start = _meeting_credit_vi(view, action), None
    else:
        actor, start = _actor_vi(view, i)
    if not action or actor is None or not _actor_fits(kind, rule, actor, start):
        return [], i
    tokens = view.tokens
    trigger = trigger_text(view.ctx.doc.text, [(t.start, t.end) for t in (tokens[i], tokens[last], tokens[head])])
    polarity = NEGATIVE if negative or action == "refrain" else POSITIVE
    split = _second_verb_phrase(view, head + 1, end)
    statements = []
    for n, (a, b) in enumerate([(head + 1, split), (split + 1, end)] if split else [(head + 1, end)]):
        content = (tokens[a].start, tokens[b - 1].end) if a < b else (tokens[head].end, tokens[head].end)
        opening = (start if start is not None else tokens[i].start) if n == 0 else tokens[a].start
        statements.append(Statement(actor if n == 0 else _shared(actor, "shared"), action, trigger,
                                    tokens[i].start if n == 0 else tokens[a].start, content,
                                    (opening, max(content[1], tokens[head].end)), rule.score, view.index, polarity))
    return statements, end - 1


def _second_verb_phrase(view: VietnameseSentence, j: int, end: int) -> int | None:
    """The "và" of "V1 E ... N và V2 E ...": two parallel verb phrases, each its own row.

    Only the first "và", and only when both verbs take a preposition: underthesea tags many nouns as
    verbs (thách thức, hòa bình), and "V1 và V2 N" shares its object.
    """
    tokens = view.tokens
    k = next((k for k in range(j + 1, end - 2) if view.is_boundary(k) and tokens[k].pos != PUNCTUATION_TAG), None)
    if k is None or tokens[k - 1].pos not in NOMINAL_TAGS:
        return None
    last_verb = next((v for v in range(k - 1, j - 1, -1) if tokens[v].pos.startswith(VERB_TAG)), None)
    parallel = last_verb is not None and tokens[last_verb + 1].pos == PREPOSITION_TAG
    return k if parallel and tokens[k + 1].pos.startswith(VERB_TAG) and tokens[k + 2].pos == PREPOSITION_TAG else None


def _passive_before(view: VietnameseSentence, i: int) -> bool:
    return i > 0 and bool(view.match(view.ctx.lexicon.passive_markers, i - 1))


def _meeting_credit_vi(view: VietnameseSentence, action: str) -> ActorRef | None:
    return meeting_credit(view.ctx, action, view.index, view.tokens[0].start, view.tokens[-1].end)


def _actor_fits(kind: str, rule: Rule, actor: ActorRef, start: int | None) -> bool:
    """Standalone verbs and "subject" triggers need their own subject, and a meeting does not "support"."""
    if kind == "standalone" and actor.how == "meeting":
        return False
    return start is not None or not (rule.flag == "subject" or kind == "standalone") or actor.how == "meeting"


def _content_head(view: VietnameseSentence, j: int, end: int, rule: Rule) -> tuple[int, str, bool] | None:
    """(verb, action, negated) after a cue: "cam kết hỗ trợ" -> support; "sẽ đệ trình" -> the cue's default."""
    lex = view.ctx.lexicon
    negative, default = False, rule.action
    while j < end:
        if view.match(lex.stative, j):
            return None
        joint, inner = view.match(lex.joint_markers, j), view.match(lex.cues, j)
        if joint:      # "sẽ cùng các nước thành viên nỗ lực ...": the partners are no action
            j = _skip_nominals(view, joint[1] + 1, end)
            continue
        if inner:      # "sẽ nỗ lực xây dựng": a stronger cue inside a bare "will"
            if default == "plan" and rule.flag != "fixed":
                default = inner[0].action
            j = inner[1] + 1
            continue
        if view.match(lex.negation, j):
            negative = True
        elif not (view.match(lex.light, j) or view.match(lex.passive_markers, j) or view.is_adverb(j)):
            if not (view.tokens[j].pos.startswith(VERB_TAG) or view.match(lex.content, j)):
                # a noun follows: "cam kết của ASEAN", "sẵn sàng vắc-xin" are nouns; "mong muốn Hiệp định
                # được phê chuẩn" wishes something of others
                return None
            named = None if rule.flag == "fixed" else lex.action_of(view.keys, view.first_unit[j])
            return j, named or default, negative
        j += 1
    return None


def _skip_nominals(view: VietnameseSentence, j: int, end: int) -> int:
    while j < end and view.tokens[j].pos in NOMINAL_TAGS:
        j += 1
    return j


def _clause_end(view: VietnameseSentence, j: int) -> int:
    """Where a statement's content stops: a semicolon, or a comma / "và" before a new predicate."""
    tokens = view.tokens
    while j < len(tokens):
        if tokens[j].text == ";":
            return j
        if view.is_boundary(j):
            k = j + 1
            while k < len(tokens) and view.is_adverb(k):
                k += 1
            if k < len(tokens) and view.predicate_at(k):
                return j
        j += 1
    while j > 0 and tokens[j - 1].pos == PUNCTUATION_TAG and tokens[j - 1].text not in "\"”)»":
        j -= 1
    return j


def _nominal_before(view: VietnameseSentence, i: int) -> bool:
    """ "việc thực hiện", "nhằm thúc đẩy", "các nỗ lực": a noun or a purpose, not a statement."""
    return i > 0 and bool(view.match(view.ctx.lexicon.nominal_markers, i - 1))


def _part_of_name(view: VietnameseSentence, i: int) -> bool:
    """A capitalised word inside the sentence belongs to a name ("Đồng thuận 5 điểm")."""
    return i > 0 and view.tokens[i].text[:1].isupper() and view.tokens[i - 1].text not in QUOTE_BOTH + QUOTE_OPEN


def _object_of_verb(view: VietnameseSentence, i: int) -> bool:
    """ "thực hiện đồng thuận": right after another verb, the word is that verb's object."""
    lex = view.ctx.lexicon
    if i == 0 or not view.tokens[i - 1].pos.startswith(VERB_TAG):
        return False
    before = i - 1
    return not any(view.match(t, before) for t in (lex.light, lex.cues, lex.triggers, lex.negation, lex.passive_markers,
                                                     lex.reject_modals, lex.standalone, lex.need_nouns))


def _modal_before(view: VietnameseSentence, i: int) -> bool:
    j = i - 1
    while j >= 0 and view.is_adverb(j) and not view.match(view.ctx.lexicon.reject_modals, j):
        j -= 1
    return j >= 0 and bool(view.match(view.ctx.lexicon.reject_modals, j))


def _negated_before(view: VietnameseSentence, i: int) -> bool:
    return i > 0 and bool(view.match(view.ctx.lexicon.negation, i - 1))


def _blocked_vi(view: VietnameseSentence, i: int) -> bool:
    """Inside the scope of an earlier hoan nghênh / ghi nhận / đánh giá cao, with no new predicate since."""
    lex = view.ctx.lexicon
    before = bisect_left(view.rejects, i)
    if not before:
        return False
    last_reject = view.rejects[before - 1]
    j = i - 1
    while j > last_reject and (view.is_adverb(j) or view.match(lex.cues, j)):
        j -= 1
    return not (j > last_reject and view.is_boundary(j))


def _object_allows_vi(view: VietnameseSentence, first: int, last: int) -> bool:
    """ "khẳng định cam kết" counts, "khẳng định hình ảnh" and "nhắc lại tầm quan trọng" do not."""
    lex = view.ctx.lexicon
    if view.match(lex.void_objects, last + 1):
        return False
    trigger = " ".join(match_key(w) for t in view.tokens[first:last + 1] for w in t.text.split())
    allowed = lex.needs_object.get(trigger)
    return allowed is None or bool(view.match(allowed, last + 1))


def _actor_vi(view: VietnameseSentence, i: int) -> tuple[ActorRef | None, int | None]:
    """The nominal right before the trigger; else the sentence's subject; else the previous statement's."""
    direct = _direct_subject(view, i)
    if direct is not None:
        return direct
    quotes = quote_spans(view.ctx.doc.text, view.tokens[0].start, view.tokens[-1].end)
    here = view.tokens[i].start
    inside = next(((a, b) for a, b in quotes if a <= here < b), None)
    for mention in view.mentions:
        if mention.start >= here:
            break
        in_quote = next(((a, b) for a, b in quotes if a <= mention.start < b), None)
        if in_quote != inside or _after_preposition(view, mention):
            continue
        actor = resolve_mentions(view.ctx, [mention], view.mentions, mention.start, view.index)
        if actor is not None:
            return _shared(replace(actor, start=mention.start, end=_mention_end(view, mention)), "shared"), None
    return ActorRef("context"), None


def _direct_subject(view: VietnameseSentence, i: int) -> tuple[ActorRef | None, int | None] | None:
    """(actor, start) when a noun phrase stands right before the trigger (adverbs aside); None if none does."""
    j = i - 1
    while j >= 0 and (view.is_adverb(j) or view.match(view.ctx.lexicon.negation, j)):
        j -= 1
    if j < 0 or view.tokens[j].pos not in NOMINAL_TAGS:
        return None
    first = j
    while first > 0 and view.tokens[first - 1].pos in NOMINAL_TAGS:
        first -= 1
    start, end = view.tokens[first].start, view.tokens[j].end
    phrase = [m for m in view.mentions if start <= m.start and m.end <= end]
    actor = resolve_mentions(view.ctx, phrase, phrase, start, view.index)
    if actor is None:
        return (None, None)
    return (replace(actor, start=start, end=end), start)


def _mention_end(view: VietnameseSentence, mention: Mention) -> int:
    """An official's title runs on over the name after it ("Thứ trưởng Nguyễn Quốc Dũng")."""
    end = mention.end
    for token in view.tokens:
        if token.start >= end and token.pos == "Np" and token.start - end <= 1:
            end = token.end
    return end


def _after_preposition(view: VietnameseSentence, mention: Mention) -> bool:
    before = [t for t in view.tokens if t.end <= mention.start]
    return bool(before) and before[-1].pos == PREPOSITION_TAG


# ---------------------------------------------------------------- finishing (shared)

def finish_statements(ctx: DocContext, statements: list[Statement]) -> list[Commitment]:
    """Resolve inherited actors, attach meeting and deadline, score, drop repeats; in text order."""
    explicit = Counter(s.actor.entity_id for s in statements
                       if s.actor.entity_id and s.actor.how in ("subject", "official", "meeting"))
    voice = explicit.most_common(1)[0][0] if explicit else None
    commitments: list[Commitment] = []
    last_actor: dict[int, tuple[str, str]] = {}
    for statement in sorted(statements, key=lambda s: (s.span[0], s.trigger_start)):
        paragraph = ctx.paragraph_of(statement.trigger_start)
        actor_id, actor_text, how = _final_actor(ctx, statement, last_actor.get(paragraph), voice)
        if actor_id is None:
            continue
        last_actor[paragraph] = (actor_id, actor_text)
        commitment = _commitment(ctx, statement, actor_id, actor_text, how)
        if not any(_repeats(commitment, earlier) for earlier in commitments):
            commitments.append(commitment)
    return sorted(commitments, key=lambda c: (c.start, c.end, c.action))


def _final_actor(ctx: DocContext, statement: Statement, previous: tuple[str, str] | None,
                 voice: str | None) -> tuple[str | None, str, str]:
    actor, text = statement.actor, ctx.doc.text
    written = text[actor.start:actor.end] if actor.start >= 0 else ""
    if actor.how == "first_person":
        return actor.entity_id or voice, written, "first_person"
    if actor.how in ("context", "passive_context"):
        if previous is not None:
            return previous[0], previous[1], "context"
        if actor.how == "passive_context" and ctx.home_state:
            return ctx.home_state, "", "context"
        return None, "", "context"
    return actor.entity_id, written, actor.how


def _commitment(ctx: DocContext, statement: Statement, actor_id: str, actor_text: str, how: str) -> Commitment:
    text = ctx.doc.text
    scope_end = statement.scope_end if statement.scope_end >= 0 else statement.span[1]
    deadline, deadline_text = deadline_between(ctx.doc, statement.trigger_start, scope_end)
    meeting = ctx.meeting_of(statement)
    confidence = ctx.actors.confidence.get(how, ctx.actors.confidence.get("context", 0.7))
    return Commitment(actor_id=actor_id, actor=actor_text or _actor_name(actor_id), action=statement.action,
                      trigger=statement.trigger, content=text[statement.content[0]:statement.content[1]].strip(),
                      start=statement.span[0], end=statement.span[1], polarity=statement.polarity,
                      meeting_id=meeting.meeting_id if meeting else None, deadline=deadline,
                      deadline_text=deadline_text, score=round(min(1.0, statement.score * confidence), 3))


def _actor_name(entity_id: str) -> str:
    entry = knowledge_base().by_id.get(entity_id)
    return entry.name if entry else entity_id.partition(":")[2].replace("-", " ")


def _repeats(new: Commitment, old: Commitment) -> bool:
    """The same party, action and content said again (a lede repeated in the body, "supports and supports")."""
    if (new.actor_id, new.action) != (old.actor_id, old.action):
        return False
    if old.start <= new.start and new.end <= old.end:
        return True
    a, b = _norm(new.content), _norm(old.content)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _norm(text: str) -> str:
    return " ".join(match_key(w) for _, _, w in words_of(text))


def deadline_between(doc: Document, start: int, end: int):
    """(deadline, as written) from the dates stage for text[start:end]; (None, None) without it."""
    try:
        from . import dates
    except ImportError:      # the dates stage is not installed: no deadline rather than a guess
        return None, None
    mention = dates.deadline_in(doc, start, end)
    if mention is not None:
        return dates.deadline_for(mention), mention.text
    vague = getattr(dates, "vague_deadline_in", None)     # "as soon as possible": said, but no date
    found = vague(doc, start, end) if vague is not None else None
    return None, (found[2] if found else None)
