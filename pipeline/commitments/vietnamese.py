"""Vietnamese commitment statements from underthesea's words and POS tags: a trigger, cue or standalone
verb, the noun phrase before it as the actor, the words after it up to the clause's end as the content.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Iterator

from ..document import Token
from .actors import QUOTE_BOTH, QUOTE_OPEN, is_schedule, meeting_credit, shared_actor
from .context import DocContext, is_headline, trigger_text
from .lexicon import Rule, phrase_key
from .records import NEGATIVE, POSITIVE, ActorRef, Statement
from .vietnamese_actors import (actor_vi, before_predicate, direct_subject, passive_agent, patient_start, reported_from,
                                reporting_speaker)
from .vietnamese_lists import boundary_ends_at, clause_end, continues, item_start, list_item, listing, owned_after
from .vietnamese_nominal import nominal_statement
from .vietnamese_sentence import NOMINAL_TAGS, PREPOSITION_TAG, PUNCTUATION_TAG, VERB_TAG, VietnameseSentence


def vietnamese_statements(ctx: DocContext) -> Iterator[Statement]:
    by_sentence: dict[int, list[Token]] = {}
    for token in ctx.doc.tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    speaker = None
    for index, tokens in sorted(by_sentence.items()):
        if tokens and not is_headline(ctx.doc, tokens[0].start):
            view = VietnameseSentence.of(ctx, tokens, index)
            view.reported_speaker = speaker
            yield from sentence_statements_vi(view)
            speaker = reporting_speaker(view)


def sentence_statements_vi(view: VietnameseSentence) -> Iterator[Statement]:
    lex = view.ctx.lexicon
    claimed_until, previous = -1, None
    for i in range(len(view.tokens)):
        if i <= claimed_until:
            continue
        need = _stated_need(view, i)
        if need is not None:          # "nhấn mạnh cần thúc đẩy ...": the one who states the need commits
            speaker = view.reported_speaker if need[0] < 0 else None
            statements, claimed_until = _vi_statements(view, "need", need[1], i, actor_at=max(need[0], 0),
                                                       speaker=speaker)
            previous = listing(claimed_until, statements, None, need[1][0].action) if statements else previous
            yield from statements
            continue
        # a background report of an adoption naming its agent counts even where a discussion is reported
        blocked = _blocked_vi(view, i) and passive_agent(view, i) is None
        nominal, last = ([], i) if blocked else nominal_statement(view, i, clause_end)
        if nominal:           # "(nhấn mạnh) cam kết mạnh mẽ của ASEAN trong thúc đẩy ...": a noun, even as an object
            claimed_until, previous = last, listing(last, nominal, None, nominal[-1].action)
            yield from nominal
            continue
        if _nominal_before(view, i) or blocked or _modal_before(view, i) \
                or _part_of_name(view, i) or _object_of_verb(view, i) or owned_after(view, i):
            continue
        # "... và tăng cường xây dựng lòng tin, kiềm chế ...": a verb phrase right after a statement's comma or
        # "và" continues its list, with its actor
        inherited = previous[1] if previous and continues(view, previous[0], i) else None
        for kind, table in (("trigger", lex.triggers), ("cue", lex.cues), ("need", lex.need_nouns),
                            ("standalone", lex.standalone)):
            hit = view.match(table, i)
            if hit:
                statements, claimed_until = _vi_statements(view, kind, hit, i, inherited=inherited)
                if inherited is not None and previous.every == "urge":
                    # "kêu gọi các bên kiềm chế, tránh làm phức tạp ...": each item of a call is urged, not done
                    statements = [replace(s, action="urge", polarity=POSITIVE) for s in statements]
                # what follows an approval's list is what was approved ('tán thành các ưu tiên ...; tăng cường ...')
                every = statements[-1].action if kind == "trigger" and statements else None
                previous = listing(claimed_until, statements, every, hit[0].action) \
                    if statements and statements[-1].action != "approve" \
                    else (None if statements else previous)
                yield from statements
                break
        else:
            # "nhất trí đẩy mạnh X, tận dụng Y và củng cố Z": a verb phrase of the list with no trigger of its own
            item = list_item(view, i, previous) if inherited is not None else None
            if item is not None:
                claimed_until, previous = item[1], previous._replace(claimed_until=item[1])
                yield item[0]


def _stated_need(view: VietnameseSentence, i: int) -> tuple[int, tuple] | None:
    """(the trigger that states it, the modal's rule) for "cần"/"phải" after "nhấn mạnh", "khẳng định", "đề nghị"
    in the same sentence (gold policy: "cần"/"phải" after a commitment trigger count, as "emphasised the need to")."""
    lex = view.ctx.lexicon
    hit = view.match(lex.need_modals, i)
    if hit is None or _blocked_vi(view, i):
        return None
    for t in range(i - 1, -1, -1):
        if view.tokens[t].text == ";":
            return None
        if view.match(lex.need_triggers, t):
            return t, hit
    # "Thủ tướng nhấn mạnh ... . Theo đó, EAS cần ...": a need in a sentence that goes on reporting the speaker
    if view.reported_speaker is not None and view.match(lex.continuation_markers, 0):
        return -1, hit
    return None


def _vi_statements(view: VietnameseSentence, kind: str, hit, i: int, actor_at: int | None = None,
                   inherited: ActorRef | None = None, speaker: ActorRef | None = None) -> tuple[list[Statement], int]:
    """The statement of the trigger at word i, and the last word its clause uses; `actor_at`: the word whose
    subject is the actor, when it is not word i's ("Thủ tướng nhấn mạnh ASEAN cần ..."); `inherited`: the actor of
    the statement this one continues in a list ("cần thúc đẩy đối thoại, tăng cường xây dựng lòng tin"); `speaker`: who
    an earlier sentence reported, when this one goes on reporting them ("Theo đó, EAS cần ...")."""
    rule, last = hit
    end = clause_end(view, last + 1)
    negated_before = _negated_before(view, i)
    if _denied_or_void(view, kind, i, last, negated_before):
        return [], i
    passive = _passive_before(view, i) or passive_agent(view, i) is not None   # what is acted on stands before
    if kind == "trigger" and not passive and not _has_complement_vi(view, last + 1, end):
        return [], i
    head, action = last, _affirmed_action(view, i, last) if kind == "trigger" else None
    action = action or rule.action
    negative = kind == "trigger" and bool(view.match(view.ctx.lexicon.negation, last + 1))   # "nhất trí không ..."
    if kind == "cue" and _made_noun(view, i, last):
        return [], i
    if kind in ("cue", "need"):
        found = _content_head(view, last + 1, end, rule)
        if found is None:
            return [], i
        head, action, negative = found
        negative = negative or negated_before
        action = "refrain" if negative else action
    agent = passive_agent(view, i)
    if speaker is not None:           # the speaker the sentence goes on reporting; the row opens with the sentence
        actor, start = speaker, view.tokens[0].start
    elif agent is not None:           # "Tuyên bố đã được các lãnh đạo thông qua": approved by its agent
        actor, start = agent
    elif _passive_before(view, i):    # "Hiệp định được phê chuẩn": acted on, by the meeting if anyone
        actor, start = _meeting_credit_vi(view, action), patient_start(view, i - 1)
    elif inherited is not None and direct_subject(view, i) is None:
        # "... và tiếp tục ủng hộ X": the item opens after the boundary, with its light verbs
        actor, start = shared_actor(inherited, "shared"), view.tokens[item_start(view, i)].start
    else:
        actor, start = actor_vi(view, i if actor_at is None else actor_at)
    if not action or actor is None or (inherited is None and not _actor_fits(kind, rule, actor, start)) \
            or (kind == "cue" and is_schedule(rule, actor)):
        return [], i
    tokens = view.tokens
    trigger = trigger_text(view.ctx.doc.text, [(t.start, t.end) for t in (tokens[i], tokens[last], tokens[head])])
    polarity = NEGATIVE if negative or action == "refrain" else POSITIVE
    split = _second_verb_phrase(view, head + 1, end)
    statements = []
    # the content is the whole object as written: a cue's committed verb opens it ("cam kết [hoàn tất đàm phán ...]")
    first = head if kind in ("cue", "need") and head > last else head + 1
    for n, (a, b) in enumerate([(first, split), (split + 1, end)] if split else [(first, end)]):
        content = (tokens[a].start, tokens[b - 1].end) if a < b else (tokens[head].end, tokens[head].end)
        # with no subject of its own the row opens at the adverbs before its verb ("đã ra Tuyên bố chung")
        said_at = tokens[before_predicate(view, (i if actor_at is None else actor_at) - 1) + 1].start
        if tokens[0].start <= actor.start < said_at:
            said_at = actor.start       # "Tổng thống Moon khẳng định sẽ đẩy mạnh ...": the row opens at who says it
        opening = reported_from(view, start if start is not None else said_at) if n == 0 else tokens[a].start
        statements.append(Statement(actor if n == 0 else shared_actor(actor, "shared"), action, trigger,
                                    tokens[i].start if n == 0 else tokens[a].start, content,
                                    (opening, max(content[1], tokens[head].end)), rule.score, view.index, polarity,
                                    cosigner=_cosigner(view, last + 1, head, action)))
    return statements, end - 1


def _affirmed_action(view: VietnameseSentence, i: int, last: int) -> str | None:
    """The action of the verb an affirming trigger names right after it, or after one of its passed nouns ("khẳng
    định tăng cường quan hệ", "khẳng định quyết tâm làm sâu sắc hơn nữa quan hệ": promote); None otherwise."""
    lex = view.ctx.lexicon
    passed = lex.affirmed_actions.get(phrase_key(" ".join(t.text for t in view.tokens[i:last + 1])))
    if passed is None:
        return None
    k = last + 1
    hit = view.match(passed, k)
    k = hit[1] + 1 if hit else k
    named = view.match(lex.content, k)
    return str(named[0]) if named else None


def _cosigner(view: VietnameseSentence, j: int, head: int, action: str) -> str | None:
    """ASEAN, when the actor signs or adopts together with a collective of ASEAN ("Thủ tướng sẽ cùng các nhà lãnh đạo
    ASEAN ký Tuyên bố ..."): a joint signing binds every signatory; a joint effort ("cùng các nước nỗ lực") binds the
    actor alone, and so does a single partner ("cùng Nhật Bản")."""
    lex = view.ctx.lexicon
    joint = next((k for k in range(j, head) if view.match(lex.joint_markers, k)), None)
    if action != "approve" or joint is None:
        return None
    start, end = view.tokens[joint].end, view.tokens[head].start
    collective = [m for m in view.mentions if start <= m.start and m.end <= end and m.kind == "collective"]
    return view.ctx.collective_actor(view.index) if collective else None


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


def _has_complement_vi(view: VietnameseSentence, j: int, end: int) -> bool:
    """A trigger commits to what follows it: nothing or a copula ("sự đoàn kết, thống nhất và ...", "thống nhất là
    sức mạnh": the noun unity) or a shared view ("nhất trí cho rằng ...") is no commitment."""
    if j >= end or view.tokens[j].pos == PUNCTUATION_TAG or view.is_boundary(j):
        return False
    lex = view.ctx.lexicon
    return not (view.match(lex.view_markers, j) or view.match(lex.stative, j))


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
        if view.match(lex.stative, j) or _chairs_a_meeting_vi(view, j, end):
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
        if view.match(lex.owner_markers, j) and view.match(lex.nominal_markers, j + 1):
            j += 2            # "sự cần thiết của việc tăng cường ...": the need's verb, made a noun
            continue
        light = view.match(lex.light, j)
        if light and light[1] > j and not view.tokens[j].pos.startswith(VERB_TAG):
            j = light[1] + 1          # "nỗ lực cao nhất để nâng tầm": a light phrase of several words
            continue
        if view.match(lex.negation, j):
            negative = True
        elif not (light or view.match(lex.passive_markers, j) or view.is_adverb(j)):
            if not (view.tokens[j].pos.startswith(VERB_TAG) or view.match(lex.content, j)):
                # a noun follows: "cam kết của ASEAN", "sẵn sàng vắc-xin" are nouns; "mong muốn Hiệp định
                # được phê chuẩn" wishes something of others
                return None
            named = None if rule.flag == "fixed" else lex.action_of(view.keys, view.first_unit[j])
            return j, named or default, negative
        j += 1
    return None


def _made_noun(view: VietnameseSentence, i: int, last: int) -> bool:
    """ "Quyết định vừa được đưa ra tại Hội nghị": a cue that opens its sentence and is acted on is a noun, the
    decision made, not anyone's undertaking."""
    if any(t.pos != PUNCTUATION_TAG for t in view.tokens[:i]):
        return False
    k = last + 1
    while k < len(view.tokens) and view.is_adverb(k):
        k += 1
    return bool(view.match(view.ctx.lexicon.passive_markers, k))


def _chairs_a_meeting_vi(view: VietnameseSentence, j: int, end: int) -> bool:
    """ "sẽ chủ trì Hội nghị Bộ trưởng lần thứ 57": a role over one named meeting is a schedule fact (gold policy)."""
    hit = view.match(view.ctx.lexicon.meeting_roles, j)
    if not hit or hit[1] + 1 >= end:
        return False
    following = view.tokens[hit[1] + 1].start
    return any(m.start == following for m in view.ctx.doc.meetings)


def _skip_nominals(view: VietnameseSentence, j: int, end: int) -> int:
    while j < end and view.tokens[j].pos in NOMINAL_TAGS:
        j += 1
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
                                                     lex.reject_modals, lex.standalone, lex.need_nouns, lex.need_triggers))


def _modal_before(view: VietnameseSentence, i: int) -> bool:
    j = i - 1
    while j >= 0 and view.is_adverb(j) and not view.match(view.ctx.lexicon.reject_modals, j):
        j -= 1
    return j >= 0 and bool(view.match(view.ctx.lexicon.reject_modals, j))


def _denied_or_void(view: VietnameseSentence, kind: str, i: int, last: int, negated_before: bool) -> bool:
    """The trigger itself denied ("không đồng ý", "chưa sẵn sàng ký"; a need's negation is its content's), or a
    trigger whose object commits to nothing."""
    return (negated_before and kind != "need") or \
        (kind in ("trigger", "standalone") and not _object_allows_vi(view, i, last))


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
    return not (j > last_reject and boundary_ends_at(view, j))


def _object_allows_vi(view: VietnameseSentence, first: int, last: int) -> bool:
    """ "khẳng định cam kết" counts, "khẳng định hình ảnh", "nhắc lại tầm quan trọng" and "thông qua đối thoại" do not."""
    lex = view.ctx.lexicon
    if view.match(lex.void_objects, last + 1):
        return False
    trigger = phrase_key(" ".join(t.text for t in view.tokens[first:last + 1]))
    means = lex.means_objects.get(trigger)
    if means is not None and view.match(means, last + 1):
        return False          # "giải quyết tranh chấp thông qua đối thoại": by means of, not an adoption
    allowed = lex.needs_object.get(trigger)
    return allowed is None or bool(view.match(allowed, last + 1))
