"""Statements -> commitments: the inherited actor, the meeting, the deadline (from the dates stage), the
score, and dropping a statement said twice; in text order.
"""
from __future__ import annotations

import calendar
from collections import Counter
from datetime import date

from ..document import Commitment, Document
from ..kb import knowledge_base, match_key, words_of
from .actors import coordinated_parties, leading_words_start, two_sides
from .context import DocContext, is_hedged
from .records import Statement


def finish_statements(ctx: DocContext, statements: list[Statement]) -> list[Commitment]:
    """Resolve inherited actors, one row per bound party, attach meeting and deadline, score, drop repeats;
    in text order."""
    explicit = Counter(s.actor.entity_id for s in statements
                       if s.actor.entity_id and s.actor.how in ("subject", "official", "meeting"))
    voice = explicit.most_common(1)[0][0] if explicit else None
    commitments: list[Commitment] = []
    last_parties: dict[int, list[tuple[str, str]]] = {}
    for statement in sorted(statements, key=lambda s: (s.span[0], s.trigger_start)):
        if is_hedged(ctx, statement) or _cut_off(ctx.doc.text, statement):
            continue
        paragraph = ctx.paragraph_of(statement.trigger_start)
        parties, how, opening = _bound_parties(ctx, statement, last_parties.get(paragraph), voice)
        if not parties:
            continue
        if statement.cosigner and statement.cosigner not in {p for p, _ in parties}:
            parties = [*parties, (statement.cosigner, "")]     # "... sẽ cùng các nhà lãnh đạo ASEAN ký ..."
        last_parties[paragraph] = parties
        for actor_id, actor_text in parties:
            commitment = _commitment(ctx, statement, actor_id, actor_text, how, opening)
            if not any(_repeats(ctx, commitment, earlier) for earlier in commitments):
                commitments.append(commitment)
    return sorted(commitments, key=lambda c: (c.start, c.end, c.action, c.actor_id))


CUT_OFF_WORDS = 4    # fewer words of content than this, at a page's cut-off end, say nothing of what was committed


def _cut_off(text: str, statement: Statement) -> bool:
    """ "... cam kết đẩy mạnh h", "nhấn mạnh sự cần thi": a statement the excerpt's cut-off end leaves without its
    object (gold policy: a phrase truncated by the excerpt's end with no five-word evidence gives no item)."""
    end = len(text.rstrip())
    if statement.span[1] < end or text[:end].endswith((".", "!", "?", "”", '"', "»", ")")):
        return False
    return len(text[statement.content[0]:statement.content[1]].split()) < CUT_OFF_WORDS


def _bound_parties(ctx: DocContext, statement: Statement, previous: list[tuple[str, str]] | None,
                   voice: str | None) -> tuple[list[tuple[str, str]], str, int]:
    """(party id, as written) of every party the statement binds, how they were found, and where the statement
    opens: "Indonesia và Việt Nam nhất trí" opens at Indonesia and binds both."""
    opening, actor = statement.span[0], statement.actor
    if actor.how in ("context", "passive_context") and previous is not None:
        return previous, "context", opening
    written = ctx.doc.text[actor.start:actor.end] if actor.start >= 0 else ""
    if actor.how == "meeting" and actor.partner is not None:     # an ASEAN+1 meeting binds both
        return [(actor.entity_id, written), (actor.partner, written)], "meeting", opening
    if actor.how == "plus_one":     # ASEAN and its partner, as the collective was written
        return [(ctx.actors.asean_id, written), (actor.entity_id, written)], "subject", opening
    if actor.how == "first_person" and statement.action in ctx.actors.joint_actions \
            and (ctx.meeting_near(statement.sentence) is not None or ctx.named_partner is not None):
        # "We have agreed to create the body," a minister said: the act of the meeting's parties
        partner = ctx.plus_one_partner(statement.sentence)
        parties = [ctx.actors.asean_id, partner] if partner is not None else [ctx.collective_actor(statement.sentence)]
        return [(party, written) for party in parties], "first_person", opening
    if actor.how == "bilateral":
        partner = ctx.plus_one_partner(statement.sentence)
        if partner is not None:      # "hai bên nhất trí" at an ASEAN-EU meeting: ASEAN and the EU, however often named
            return [(ctx.actors.asean_id, written), (partner, written)], "bilateral", opening
        text = ctx.doc.text
        return [(party, text[a:b]) for party, a, b in two_sides(ctx, statement.span[1])], "bilateral", opening
    actor_id, actor_text, how = _final_actor(ctx, statement, voice)
    if actor_id is None:
        return [], how, opening
    if actor.start < 0 or how not in ("subject", "shared", "official"):
        return [(actor_id, actor_text)], how, opening
    sentence = ctx.doc.sentences[statement.sentence] if statement.sentence < len(ctx.doc.sentences) else None
    bounds = (sentence[0], sentence[1]) if sentence else (actor.start, actor.end)
    chain, chain_start = coordinated_parties(ctx, actor_id, actor.start, actor.end, bounds)
    if len(chain) < 2:
        return [(actor_id, actor_text)], how, opening
    text = ctx.doc.text
    if actor.start == opening:
        opening = min(opening, leading_words_start(ctx, chain_start, bounds[0]))
    return [(party, text[a:b]) for party, a, b in chain], how, opening


def _final_actor(ctx: DocContext, statement: Statement, voice: str | None) -> tuple[str | None, str, str]:
    """(actor id, as written, how) of a statement with no earlier actor to inherit."""
    actor, text = statement.actor, ctx.doc.text
    written = text[actor.start:actor.end] if actor.start >= 0 else ""
    if actor.how == "first_person":
        return actor.entity_id or voice, written, "first_person"
    if actor.how in ("context", "passive_context"):
        if actor.how == "passive_context" and ctx.home_state:
            return ctx.home_state, "", "context"
        return None, "", "context"
    return actor.entity_id, written, actor.how


def _commitment(ctx: DocContext, statement: Statement, actor_id: str, actor_text: str, how: str,
                opening: int) -> Commitment:
    text = ctx.doc.text
    scope_end = statement.scope_end if statement.scope_end >= 0 else statement.span[1]
    deadline, deadline_text = deadline_between(ctx.doc, statement.trigger_start, scope_end)
    if deadline is None and statement.action == "plan":
        deadline, deadline_text = plan_date(ctx, statement.trigger_start, scope_end) or (deadline, deadline_text)
    meeting = ctx.meeting_of(statement)
    confidence = ctx.actors.confidence.get(how, ctx.actors.confidence.get("context", 0.7))
    return Commitment(actor_id=actor_id, actor=actor_text or _actor_name(actor_id), action=statement.action,
                      trigger=statement.trigger, content=_trimmed(text[statement.content[0]:statement.content[1]]),
                      start=opening, end=_with_stop(text, statement.span[1]), polarity=statement.polarity,
                      meeting_id=meeting.meeting_id if meeting else None, deadline=deadline,
                      deadline_text=deadline_text,
                      score=round(ctx.lexicon.calibrated(min(1.0, statement.score * confidence)), 3))


def _with_stop(text: str, end: int) -> int:
    """The statement's span takes the punctuation that closes it ("... vào ngày 31/12 tới."): evidence quoted with it
    lies inside the span."""
    return end + 1 if end < len(text) and text[end] in ".,;" else end


def _actor_name(entity_id: str) -> str:
    entry = knowledge_base().by_id.get(entity_id)
    return entry.name if entry else entity_id.partition(":")[2].replace("-", " ")


def _repeats(ctx: DocContext, new: Commitment, old: Commitment) -> bool:
    """The same party, action and content said again in one sentence ("supports and supports"); the same statement
    in two sentences (a lead the body repeats) is two statements (gold policy: "a sentence repeated by the page (lead
    and body) is two statements")."""
    if (new.actor_id, new.action) != (old.actor_id, old.action):
        return False
    if old.start <= new.start and new.end <= old.end:
        return True
    if ctx.doc.sentence_of(new.start) != ctx.doc.sentence_of(old.start):
        return False
    a, b = _norm(new.content), _norm(old.content)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _norm(text: str) -> str:
    return " ".join(match_key(w) for _, _, w in words_of(text))


def deadline_between(doc: Document, start: int, end: int):
    """(deadline, as written) from the dates stage for text[start:end]; (None, None) without it."""
    try:
        from ..stages import dates
    except ImportError:      # the dates stage is not installed: no deadline rather than a guess
        return None, None
    mention = dates.deadline_in(doc, start, end)
    if mention is not None:
        return dates.deadline_for(mention), mention.text
    vague = getattr(dates, "vague_deadline_in", None)     # "as soon as possible": said, but no date
    found = vague(doc, start, end) if vague is not None else None
    return None, (found[2] if found else None)


def plan_date(ctx: DocContext, start: int, end: int):
    """(last day, as written) of the month or year a planned action is set in ("will co-chair a seminar in the
    first half of 2008", "trong năm 2025"): gold policy, "trong năm X" on a planned action gives December 31 of X."""
    text = ctx.doc.text
    for mention in ctx.doc.dates:
        if not (start <= mention.start and mention.end <= end) or mention.kind != "date" \
                or mention.granularity not in ("month", "year"):
            continue
        before = " ".join(text[max(0, mention.start - 40):mention.start].casefold().split())
        cue = next((c for c in ctx.lexicon.plan_date_cues if before == c or before.endswith(" " + c)), None)
        between = [match_key(w) for _, _, w in words_of(text[start:mention.start])]
        if cue is None or any(ctx.lexicon.means_markers.match(between, i) for i in range(len(between))):
            continue          # "... trong việc thảo luận ... của ASEAN trong năm 2015": the date of a means
        last_month = ctx.lexicon.plan_date_cues[cue]
        if mention.granularity == "year" and last_month:
            day = calendar.monthrange(mention.value.year, last_month)[1]
            return date(mention.value.year, last_month, day), text[mention.start - len(cue) - 1:mention.end].strip()
        from ..stages import dates
        return dates.deadline_for(mention), mention.text
    return None


def _trimmed(content: str) -> str:
    """The content without the closing quote or punctuation of a quoted trigger before it ("“strongly urged” North
    Korea to ...")."""
    return content.strip().lstrip("”’,;: ").strip()
