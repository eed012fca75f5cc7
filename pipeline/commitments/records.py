"""The records the extractors hand to the shared steps: actor mentions, actor references, statements."""
from __future__ import annotations

from dataclasses import dataclass


POSITIVE, NEGATIVE = "positive", "negative"


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
    # context (none: the previous statement's) | passive (acted on) | passive_context |
    # bilateral ("both sides": the two parties the article names most) | plus_one (ASEAN and the partner of the
    # ASEAN+1 meeting: entity_id is the partner)
    how: str
    entity_id: str | None = None
    start: int = -1              # the actor as written (-1: not in the text)
    end: int = -1
    partner: str | None = None   # a meeting's: the partner of an ASEAN+1 meeting, bound with ASEAN


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
    cosigner: str | None = None  # a collective that signs or adopts together with the actor ("cùng các nhà lãnh đạo ASEAN ký")
