"""Where a Vietnamese statement's words end, and the items of a list under one trigger ("nhất trí đẩy mạnh X, củng cố
Y và duy trì Z": one row per verb phrase, gold policy), for the rules in vietnamese.py."""
from __future__ import annotations

from typing import NamedTuple

from .actors import shared_actor
from .context import trigger_text
from .records import NEGATIVE, POSITIVE, ActorRef, Statement
from .vietnamese_sentence import PUNCTUATION_TAG, VERB_TAG, VietnameseSentence


class Listing(NamedTuple):
    """What the next item of a list inherits from the statement before it."""
    claimed_until: int       # the last word that statement used
    actor: ActorRef
    every: str | None        # the action a trigger gives every item ("nhất trí" makes each `agree`)
    score: float
    default: str             # after a cue, the action of an item whose verb names none ("cam kết ..., duy trì ...")


def listing(claimed_until: int, statements: list[Statement], every: str | None, default: str) -> Listing:
    last = statements[-1]
    return Listing(claimed_until, last.actor, every, last.score, default)


def list_item(view: VietnameseSentence, i: int, previous: Listing) -> tuple[Statement, int] | None:
    """The statement of a list's item that opens with an action verb ("..., củng cố vai trò trung tâm của ASEAN",
    "..., duy trì ..."): the list's actor; the trigger's action, else the verb's own, else the cue's; the object up to
    the item's end."""
    negated = negated_verb(view, i)
    if not (action_verb(view, i) or negated):
        return None
    named = view.match(view.ctx.lexicon.content, i)
    last = (named or view.match(view.ctx.lexicon.item_verbs, i) or _any_verb(view, i))[1]
    actor, score = previous.actor, previous.score
    action = previous.every or ("refrain" if negated else str(named[0]) if named else previous.default)
    end = clause_end(view, last + 1)
    if end <= last + 1:
        return None            # a verb with no object is no action ("..., và phát triển.")
    tokens = view.tokens
    content = (tokens[i].start, tokens[end - 1].end)
    trigger = trigger_text(view.ctx.doc.text, [(tokens[i].start, tokens[last].end)])
    polarity = NEGATIVE if action == "refrain" else POSITIVE
    statement = Statement(shared_actor(actor, "shared"), action, trigger, tokens[i].start,
                          content, (tokens[item_start(view, i)].start, content[1]), score, view.index, polarity)
    return statement, end - 1


def clause_end(view: VietnameseSentence, j: int) -> int:
    """Where a statement's content stops: a semicolon, or a comma / "và" / "cũng như" before a new predicate (adverbs
    and light verbs aside: "và tiếp tục ủng hộ ..."), or before a new "nhấn mạnh"; "ủng hộ và hỗ trợ Lào" shares its
    object (nothing stands between the verb and "và"), and "vai trò và đóng góp của mình" is one (a verb someone owns
    is a noun)."""
    tokens = view.tokens
    first = j
    while j < len(tokens):
        if tokens[j].text == ";":
            return j
        boundary = view.match(view.ctx.lexicon.clause_boundaries, j)
        if boundary and not (j == first and tokens[j].pos != PUNCTUATION_TAG) and not _bare_verbs(view, first, j):
            k = past_modifiers(view, boundary[1] + 1)
            opens = k < len(tokens) and not owned_after(view, k) and (
                view.predicate_at(k) or negated_verb(view, k) or view.match(view.ctx.lexicon.need_triggers, k)
                or action_verb(view, k) and has_object_before(view, j))
            if opens:
                return j
        j += 1
    while j > 0 and tokens[j - 1].pos == PUNCTUATION_TAG and tokens[j - 1].text not in "\"”)»":
        j -= 1
    return j


def _bare_verbs(view: VietnameseSentence, first: int, j: int) -> bool:
    """Words first..j-1 are verbs with no object, the last an action verb ("duy trì và thúc đẩy ASEAN ...", "sớm phê
    chuẩn và triển khai ..."): the verbs share the object after the boundary at j, one action (gold policy)."""
    lex = view.ctx.lexicon
    return j > first and any(view.ends_at(table, j - 1) for table in (lex.content, lex.item_verbs)) \
        and all(view.tokens[k].pos.startswith(VERB_TAG) or view.is_adverb(k) or view.match(lex.light, k)
                for k in range(first, j))


def negated_verb(view: VietnameseSentence, verb: int) -> bool:
    """ "..., không sử dụng vũ lực": a verb right after a negation (not "không ngừng nâng cao", constantly raise) opens
    an item of a list on its own."""
    return verb > 0 and bool(view.match(view.ctx.lexicon.negation, verb - 1)) and _any_verb(view, verb) is not None


def action_verb(view: VietnameseSentence, k: int) -> bool:
    """An action verb (`content`, `item_verbs`) that opens a verb phrase ("..., củng cố ...", "... và duy trì ..."),
    not a noun of the same form ("vai trò và đóng góp của mình")."""
    lex = view.ctx.lexicon
    hit = view.match(lex.content, k) or view.match(lex.item_verbs, k)
    if hit is None or not view.tokens[k].pos.startswith(VERB_TAG):
        return False
    return hit[1] + 1 < len(view.tokens) and not owned_after(view, hit[1])


def owned_after(view: VietnameseSentence, last: int) -> bool:
    """An owner marker follows word `last` ("vai trò và đóng góp | của mình"): the word is a noun someone owns, not a
    verb opening a statement or an item."""
    return bool(view.match(view.ctx.lexicon.owner_markers, last + 1))


def _any_verb(view: VietnameseSentence, k: int) -> tuple[str, int] | None:
    """(no action, word k) when word k is a verb that states an action (not stative, not a reject); the shape of a
    lexicon match, so it stands in for one."""
    lex = view.ctx.lexicon
    if not view.tokens[k].pos.startswith(VERB_TAG) or view.match(lex.stative, k) or view.match(lex.rejects, k):
        return None
    return "", k


def has_object_before(view: VietnameseSentence, j: int) -> bool:
    """The phrase before the boundary at j has its object: two verbs sharing one ("xây dựng và củng cố cấu trúc",
    "củng cố, hoàn thiện, nâng cao hiệu quả ...") are one action; "tăng cường hợp tác, nâng cao ..." are two."""
    lex = view.ctx.lexicon
    if j == 0:
        return False
    if view.tokens[j - 1].pos.startswith(VERB_TAG):
        # the tagger calls many nouns verbs: "tăng cường hợp tác, ..." (an action verb's object), "thương mại - đầu tư,
        # ..." (a compound's last part) have their object
        return j > 1 and (view.tokens[j - 2].text in "-–"
                          or any(view.ends_at(table, j - 2) for table in (lex.content, lex.item_verbs)))
    # the tagger may call the verb something else: "củng cố, hoàn thiện"
    return not any(view.ends_at(table, j - 1) for table in (lex.content, lex.item_verbs, lex.standalone))


def past_modifiers(view: VietnameseSentence, k: int) -> int:
    """The first word from k on that is neither an adverb nor a light verb ("tiếp tục", "cùng nhau", "không ngừng": a
    light phrase of several words is passed whole)."""
    while k < len(view.tokens):
        light = view.match(view.ctx.lexicon.light, k)
        if light is None and not view.is_adverb(k):
            return k
        k = light[1] + 1 if light else k + 1
    return k


def item_start(view: VietnameseSentence, i: int) -> int:
    """Where the item whose verb is word i opens: its adverbs and light verbs, and a joining word that is no comma
    ("..., đồng thời mở rộng hợp tác ...": the item is said "at the same time")."""
    j = i
    while j > 0 and (view.is_adverb(j - 1) or view.match(view.ctx.lexicon.light, j - 1)) \
            and not boundary_ends_at(view, j - 1):
        j -= 1
    if j > 0 and view.tokens[j - 1].pos != PUNCTUATION_TAG and view.is_boundary(j - 1):
        j -= 1
    return j


def continues(view: VietnameseSentence, after: int, i: int) -> bool:
    """Word i opens the next item of the list whose statement ended at word `after`: only a boundary, adverbs and
    light verbs stand between ("..., tăng cường ...", "... và tiếp tục ủng hộ ...", "... cũng như đóng góp ...")."""
    boundary = view.match(view.ctx.lexicon.clause_boundaries, after + 1)
    return bool(boundary) and after < i and past_modifiers(view, boundary[1] + 1) == i


def boundary_ends_at(view: VietnameseSentence, j: int) -> bool:
    """A clause boundary ends at word j (",", "và", the "như" of "cũng như")."""
    return view.ends_at(view.ctx.lexicon.clause_boundaries, j)
