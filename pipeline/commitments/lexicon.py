"""The commitment words of each language and the shared actor rules, compiled from models/commitments/.

en.yaml and vi.yaml hold the same keys; actors.yaml says who an actor is. Nothing here knows a language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple, Sequence

from ..ids import fallback_entity_id
from ..kb import knowledge_base, match_key
from ..resources import load_data, models_dir


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

    def starts(self, keys: Sequence[str]) -> list[int]:
        """Where a phrase of the table may start (its first word is there): the positions worth a `match`."""
        return [i for i, key in enumerate(keys) if key in self.by_first]

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


def phrase_key(phrase: str) -> str:
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
    need_modals: PhraseTable
    need_triggers: PhraseTable
    closing_verbs: PhraseTable
    means_markers: PhraseTable
    meeting_roles: PhraseTable
    closing_acts: PhraseTable
    standalone: PhraseTable
    content: PhraseTable
    light: PhraseTable
    stative: PhraseTable
    rejects: PhraseTable
    co_predicates: PhraseTable
    item_verbs: PhraseTable
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
    relative_markers: PhraseTable
    framing_markers: PhraseTable
    conditional_markers: PhraseTable
    draft_markers: PhraseTable
    view_markers: PhraseTable
    passive_markers: PhraseTable
    clause_boundaries: PhraseTable
    coordinators: PhraseTable
    coordinated_articles: PhraseTable
    passive_meeting_actions: frozenset
    question_marks: tuple = ("?",)
    calibration: tuple = ()
    plan_date_cues: dict = field(default_factory=dict)
    counterfactual_modals: PhraseTable = PhraseTable({})
    object_cues: PhraseTable = PhraseTable({})
    owner_markers: PhraseTable = PhraseTable({})
    owner_links: PhraseTable = PhraseTable({})
    dateline: re.Pattern | None = None       # a dateline at the top: its place binds no one
    dateline_reach: int = 0
    means_objects: dict = field(default_factory=dict)   # trigger -> objects that make it a preposition ("thông qua đối thoại")
    affirmed_actions: dict = field(default_factory=dict)  # trigger -> the nouns passed to the action verb it affirms
    place_markers: PhraseTable = PhraseTable({})       # "tại Myanmar đã ra ...": what follows is a place, not a subject
    schedule_passives: PhraseTable = PhraseTable({})   # "the summit will be held": a future passive that schedules
    clause_nominalizers: PhraseTable = PhraseTable({})  # "Việc hai bên nhất trí ... phản ánh": a clause made a noun
    object_control: PhraseTable = PhraseTable({})      # "persuaded X to accept": X does what follows
    plural_pronouns: PhraseTable = PhraseTable({})     # "they": may stand for the sentence's earlier plural subject
    thing_relatives: PhraseTable = PhraseTable({})     # "which": a relative pronoun that stands for a thing
    continuation_markers: PhraseTable = PhraseTable({})  # "Theo đó, ...": a sentence that goes on reporting a speech
    say_verbs: PhraseTable = PhraseTable({})           # "X cho biết, <clause>": X reports, the clause has its own subject
    intent_rejects: PhraseTable = PhraseTable({})      # "hope that X" holds no commitment, "hope to + own act" plans it
    manner_adverbs: PhraseTable = PhraseTable({})      # "đã chính thức ký": an adverb the tagger calls an adjective
    reporting_markers: PhraseTable = PhraseTable({})   # "after X agreed to ...": an adverbial clause that reports

    @classmethod
    def from_data(cls, data: dict) -> "Lexicon":
        gap = int(data.get("max_gap", 0))
        rules = {name: PhraseTable.build(data.get(name), gap, _rule)
                 for name in ("triggers", "cues", "noun_cues", "need_nouns", "need_modals", "standalone")}
        lists = {name: PhraseTable.build(data.get(name), gap)
                 for name in ("light", "stative", "rejects", "reject_nouns", "reject_modals",
                              "void_objects", "negation", "nominal_markers", "relative_markers", "framing_markers", "conditional_markers", "draft_markers", "view_markers", "need_triggers", "closing_verbs", "means_markers", "meeting_roles", "passive_markers", "joint_markers",
                              "clause_boundaries", "coordinators", "coordinated_articles",
                              "counterfactual_modals", "object_cues", "owner_markers", "owner_links", "co_predicates", "item_verbs",
                              "place_markers", "schedule_passives", "clause_nominalizers", "object_control",
                              "plural_pronouns", "thing_relatives", "continuation_markers",
                              "say_verbs", "intent_rejects", "manner_adverbs", "reporting_markers")}
        # actor words are whole surface phrases: no gaps
        actors = {name: PhraseTable.build(data.get(name))
                  for name in ("first_person", "anaphora", "collective", "meeting_words", "other_party", "bilateral",
                               "speaker_cues", "joint_statement_cues")}
        return cls(**rules, **lists, **actors, content=PhraseTable.build(data.get("content"), gap, str),
                   closing_acts=PhraseTable.build(data.get("closing_acts"), gap, lambda v: str(v)),
                   needs_object={phrase_key(k): PhraseTable.build(v, gap)
                                 for k, v in (data.get("needs_object") or {}).items()},
                   means_objects={phrase_key(k): PhraseTable.build(v, gap)
                                  for k, v in (data.get("means_objects") or {}).items()},
                   affirmed_actions={phrase_key(k): PhraseTable.build(v, gap)
                                     for k, v in (data.get("affirmed_actions") or {}).items()},
                   passive_meeting_actions=frozenset(data.get("passive_meeting_actions") or []),
                   question_marks=tuple(data.get("question_marks") or ()),
                   calibration=tuple((float(a), float(b)) for a, b in data.get("calibration") or ()),
                   plan_date_cues=dict(sorted(((str(k).casefold(), v) for k, v in
                                               (data.get("plan_date_cues") or {}).items()),
                                              key=lambda kv: -len(kv[0]))),
                   dateline=re.compile(data["dateline"], re.MULTILINE) if data.get("dateline") else None,
                   dateline_reach=int(data.get("dateline_reach") or 0))

    def calibrated(self, raw: float) -> float:
        """The score read on the calibration line (models/commitments/<lang>.yaml); the raw score without one."""
        points = self.calibration
        if not points:
            return raw
        if raw <= points[0][0]:
            return points[0][1]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            if raw <= x1:
                return y0 + (y1 - y0) * (raw - x0) / (x1 - x0)
        return points[-1][1]

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
    pronouns: PhraseTable = PhraseTable({})     # personal pronouns among the officials' words ("he", "ông")
    not_actor_groups: frozenset = frozenset()   # knowledge-base groups that report and never commit (news media)
    joint_actions: frozenset = frozenset()      # acts of several parties: "we agreed" at a meeting is the meeting's
    document_subjects: PhraseTable = PhraseTable({})   # "the communiqué agreed": a meeting's document speaks for it
    asean_names: PhraseTable = PhraseTable({})   # collective words that name ASEAN itself ("the bloc"), never a forum
    partial_quantifiers: PhraseTable = PhraseTable({})   # "Many Ministers called on ...": part of a group binds no one
    concurrent_markers: PhraseTable = PhraseTable({})   # "..., while exploring ...": an action of the same actor
    bloc_groups: frozenset = frozenset()        # knowledge-base groups of organisations that are a side ("GCC and ASEAN")

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
                   {k: float(v) for k, v in data["confidence"].items()},
                   PhraseTable.build([*(data.get("pronouns") or {}).get("en", []), *(data.get("pronouns") or {}).get("vi", [])]),
                   frozenset(data.get("not_actor_groups") or ()), frozenset(data.get("joint_actions") or ()),
                   PhraseTable.build([*(data.get("document_subjects") or {}).get("en", []),
                                      *(data.get("document_subjects") or {}).get("vi", [])]),
                   PhraseTable.build([*(data.get("asean_names") or {}).get("en", []),
                                      *(data.get("asean_names") or {}).get("vi", [])]),
                   PhraseTable.build([*(data.get("partial_quantifiers") or {}).get("en", []),
                                      *(data.get("partial_quantifiers") or {}).get("vi", [])]),
                   PhraseTable.build([*(data.get("concurrent_markers") or {}).get("en", []),
                                      *(data.get("concurrent_markers") or {}).get("vi", [])]),
                   frozenset(data.get("bloc_groups") or ()))


def _title_surfaces() -> list[str]:
    """Official titles from the knowledge base's titles file, when it is there."""
    if not (models_dir() / "kb" / "titles.yaml").exists():
        return []
    data = load_data("kb/titles.yaml") or {}
    return [s for entry in data.get("entries") or [] for s in [*(entry.get("en") or []), *(entry.get("vi") or [])]]
