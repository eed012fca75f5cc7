"""Vietnamese: who a statement binds, from underthesea's words and POS tags: the noun phrase right before the
trigger, else the sentence's subject (past asides and the reporter of a clause), the agent of a passive, the speaker a
sentence goes on reporting; and where a row opens.
"""
from __future__ import annotations

from dataclasses import replace

from .actors import quote_spans, resolve_mentions, shared_actor
from .records import ActorRef, Mention
from .vietnamese_sentence import NOMINAL_TAGS, PREPOSITION_TAG, PUNCTUATION_TAG, VietnameseSentence


def reporting_speaker(view: VietnameseSentence) -> ActorRef | None:
    """Who the sentence reports stressing, affirming or urging (need_triggers), when one is named: a next sentence
    that opens with a continuation marker goes on reporting them."""
    lex = view.ctx.lexicon
    trigger = next((t for t in range(len(view.tokens) - 1, -1, -1) if view.match(lex.need_triggers, t)), None)
    if trigger is None:
        return None
    actor, _ = actor_vi(view, trigger)
    return actor if actor is not None and actor.how not in ("context", "passive", "passive_context") else None


def reported_from(view: VietnameseSentence, opening: int) -> int:
    """Where a row opens that a reporting verb right before introduces ("khẳng định Việt Nam sẽ tiếp tục đóng góp",
    "nhấn mạnh EAS cần ..."): at that verb, so the row holds what was affirmed as said."""
    lex = view.ctx.lexicon
    k = next((k for k, t in enumerate(view.tokens) if t.start == opening), None)
    if k is None:
        return opening
    j = k - 1
    while j >= 0 and view.is_adverb(j):
        j -= 1          # "khẳng định lại", "nhấn mạnh rằng"
    starts = [k for table in (lex.need_triggers, lex.say_verbs) if (k := view.phrase_ending_at(table, j)) is not None]
    return view.tokens[min(starts)].start if starts else opening


def passive_agent(view: VietnameseSentence, i: int) -> tuple[ActorRef, int | None] | None:
    """(agent, where the statement opens) for "X được <agent> <trigger>" ("được hội nghị tán thành")."""
    j = i - 1
    while j >= 0 and view.tokens[j].pos in NOMINAL_TAGS:
        j -= 1
    if j < 0 or j == i - 1 or not view.match(view.ctx.lexicon.passive_markers, j):
        return None
    start, end = view.tokens[j + 1].start, view.tokens[i - 1].end
    phrase = [m for m in view.mentions if start <= m.start and m.end <= end]
    actor = resolve_mentions(view.ctx, phrase, phrase, start, view.index)
    if actor is None or actor.how == "context":
        return None
    opening = patient_start(view, j)
    return replace(actor, start=start, end=end), (opening if opening is not None else view.tokens[j].start)


def patient_start(view: VietnameseSentence, marker: int) -> int | None:
    """Where what is acted on opens, before "được" ("các tuyên bố được thông qua"; "Tuyên bố kỷ niệm 10 năm thành
    lập EAS đã được ..."): back over adverbs to a noun, then to the clause's start."""
    first = marker
    while first > 0 and view.is_adverb(first - 1):
        first -= 1
    if first == 0 or not (view.tokens[first - 1].pos in NOMINAL_TAGS or _ends_document_name(view, first - 1)):
        return None
    while first > 0 and not view.is_boundary(first - 1):
        first -= 1
    return view.tokens[first].start


def _ends_document_name(view: VietnameseSentence, j: int) -> bool:
    """Word j ends a joint document's name, which the tagger may call a verb ("tuyên bố chung được thông qua")."""
    return view.ends_at(view.ctx.lexicon.joint_statement_cues, j, words=4)


def actor_vi(view: VietnameseSentence, i: int) -> tuple[ActorRef | None, int | None]:
    """The nominal right before the trigger; else the sentence's subject; else the previous statement's."""
    direct = direct_subject(view, i)
    if direct is not None:
        return direct
    quotes = quote_spans(view.ctx.doc.text, view.tokens[0].start, view.tokens[-1].end)
    here = view.tokens[i].start
    inside = next(((a, b) for a, b in quotes if a <= here < b), None)
    # "Thủ tướng cho biết, Hội nghị ... đã nhất trí": the clause a reporter introduces names its own subject
    said = next((view.tokens[k].end for k in range(i - 1, -1, -1) if view.match(view.ctx.lexicon.say_verbs, k)), -1)
    mentions = [m for m in view.mentions if m.start >= said and m.start < here] or view.mentions
    for mention in mentions:
        if mention.start >= here:
            break
        in_quote = next(((a, b) for a, b in quotes if a <= mention.start < b), None)
        if in_quote != inside or _after_preposition(view, mention) or _in_meeting_name(view, mention):
            continue
        end = _mention_end(view, mention)
        # the mention's own phrase: "hai bên" elsewhere in the sentence does not make its subject bilateral
        phrase = [m for m in view.mentions if m.start < end and mention.start < m.end]
        actor = resolve_mentions(view.ctx, [mention], phrase, mention.start, view.index)
        if actor is not None:
            return shared_actor(replace(actor, start=mention.start, end=end), "shared"), None
    return ActorRef("context"), None


def direct_subject(view: VietnameseSentence, i: int) -> tuple[ActorRef | None, int | None] | None:
    """(actor, start) when a noun phrase stands right before the trigger (adverbs aside); None if none does."""
    j = before_predicate(view, i - 1)
    while (k := _co_predicate_before(view, j)) is not None:
        j = before_predicate(view, k - 1)     # "các Bộ trưởng đã xem xét, thảo luận và | thông qua ..."
    j = _before_bracket(view, _before_date(view, j))
    if j < 0 or view.tokens[j].pos not in NOMINAL_TAGS or _ends_relative_marker(view, j):
        return None
    first = j
    while first > 0 and not view.ends_at(view.ctx.lexicon.reporting_markers, first - 1):
        if view.tokens[first - 1].pos in NOMINAL_TAGS:
            first -= 1
            continue
        # an official's title the tagger cut ("Bộ trưởng Quốc phòng| các quốc gia ASEAN": "Quốc phòng" read as a verb),
        # or a name ("Hiệp hội| các quốc gia Đông Nam Á": "Hiệp hội" read as a verb)
        before = view.tokens[first - 1]
        title = next((m for m in view.mentions if m.kind == "official" and m.end == before.end
                      or m.kind in ("entity", "forum", "meeting") and m.start <= before.start
                      and view.tokens[first].start < m.end), None)
        opening = next((k for k in range(first) if view.tokens[k].start == title.start), None) if title else None
        if opening is None:
            break
        first = opening
    if first > 0 and view.match(view.ctx.lexicon.place_markers, first - 1):
        return None     # "... trong cuộc họp tại Myanmar | đã ra ...": a place or time is no subject
    if _nominalized(view, first):
        return (None, None)     # "(nêu rõ: “)Việc hai bên nhất trí nâng cấp quan hệ phản ánh ...": a fact assessed
    start, end = view.tokens[first].start, view.tokens[j].end
    phrase = [m for m in view.mentions if start <= m.start and m.end <= end]
    actor = resolve_mentions(view.ctx, phrase, phrase, start, view.index)
    if actor is None:
        return (None, None)
    return (replace(actor, start=start, end=end), start)


def _before_date(view: VietnameseSentence, j: int) -> int:
    """The last word before a date the dates stage read that ends at word j ("Hàn Quốc và ASEAN | ngày 10/10 | đã
    thông qua"): a time between the subject and its predicate is no subject; j itself otherwise."""
    if j < 0:
        return j
    date = next((d for d in view.ctx.doc.dates if d.start <= view.tokens[j].start < d.end), None)
    if date is None:
        return j
    k = j
    while k >= 0 and view.tokens[k].end > date.start:
        k -= 1
    return k


def _before_bracket(view: VietnameseSentence, j: int, longest: int = 6) -> int:
    """The last word before a short bracket that ends at word j ("Diễn đàn Khu vực ASEAN | (ARF) | đã thông qua"): a
    name's acronym or gloss in brackets belongs to the name before it; j itself otherwise."""
    if j < 1 or view.tokens[j].text != ")":
        return j
    opening = next((k for k in range(j - 1, max(-1, j - longest - 1), -1) if view.tokens[k].text == "("), None)
    return opening - 1 if opening is not None and opening > 0 else j


def _nominalized(view: VietnameseSentence, first: int) -> bool:
    """The subject phrase opening at `first` is a clause made a noun at the head of its sentence or quote ("Việc hai
    bên nhất trí ...", the tagger may count "Việc" in the phrase); after a preposition it is a closing act instead
    ("kết thúc bằng việc các Bộ trưởng ký ...")."""
    at = next((k for k in (first, first - 1) if k >= 0 and view.match(view.ctx.lexicon.clause_nominalizers, k)), None)
    return at is not None and (at == 0 or view.tokens[at - 1].pos == PUNCTUATION_TAG)


def before_predicate(view: VietnameseSentence, j: int) -> int:
    """The last word before a predicate that opens at j + 1, over adverbs (with manner_adverbs: "đã chính thức ký"),
    negation, light verbs ("Việt Nam tiếp tục ủng hộ ...": a light verb between the subject and the verb) and a bare
    joint marker ("đã cùng ra": jointly
    issued, no partner named)."""
    first = j
    while j >= 0 and (view.is_adverb(j) or view.match(view.ctx.lexicon.negation, j) or _plain_light(view, j)
                      or view.match(view.ctx.lexicon.manner_adverbs, j) or j == first and _bare_joint(view, j)):
        j -= 1
    return j


def _bare_joint(view: VietnameseSentence, j: int) -> bool:
    hit = view.match(view.ctx.lexicon.joint_markers, j)
    return hit is not None and hit[1] == j


def _co_predicate_before(view: VietnameseSentence, j: int) -> int | None:
    """Where a verb coordinated before the predicate starts ("thảo luận và | thông qua", "xem xét, | thảo luận"):
    the predicate shares its subject. Only verbs of co_predicates, whose own scope commits to nothing."""
    lex = view.ctx.lexicon
    if j < 1 or not (view.match(lex.coordinators, j) or view.tokens[j].text == ","):
        return None
    for k in range(j - 1, max(-1, j - 4), -1):
        hit = view.match(lex.co_predicates, k)
        if hit and hit[1] == j - 1:
            return k
    return None


def _plain_light(view: VietnameseSentence, j: int) -> bool:
    """A light verb that is neither a need ("phải") nor a purpose or noun marker ("để")."""
    lex = view.ctx.lexicon
    return bool(view.match(lex.light, j)) and not (view.match(lex.need_modals, j) or view.match(lex.nominal_markers, j))


def _ends_relative_marker(view: VietnameseSentence, j: int) -> bool:
    """ "..., trong đó tái khẳng định ...": "đó" refers back; the clause's subject is the sentence's."""
    return view.ends_at(view.ctx.lexicon.relative_markers, j)


def _mention_end(view: VietnameseSentence, mention: Mention) -> int:
    """An official's title runs on over the name after it ("Thứ trưởng Nguyễn Quốc Dũng")."""
    end = mention.end
    for token in view.tokens:
        if token.start >= end and token.pos == "Np" and token.start - end <= 1:
            end = token.end
    return end


def _in_meeting_name(view: VietnameseSentence, mention: Mention) -> bool:
    """An official's title right after a meeting word is the meeting's name ("Tại Hội nghị Bộ trưởng Ngoại giao
    ASEAN-Trung Quốc, các Bộ trưởng ...": no minister speaks)."""
    if mention.kind != "official":
        return False
    before = view.word_before(mention.start)
    return before >= 0 and view.ends_at(view.ctx.lexicon.meeting_words, before, words=4)


def _after_preposition(view: VietnameseSentence, mention: Mention) -> bool:
    """After a preposition, or after one of place_markers inside an aside in brackets ("Trưa 10/8 (theo giờ Việt Nam),
    Hội nghị ... ra thông cáo chung", "(rạng sáng 17-2 theo giờ Việt Nam)": the time zone's country is no subject)."""
    before = view.word_before(mention.start)
    if before >= 0 and view.tokens[before].pos == PREPOSITION_TAG:
        return True
    opening = next((k for k in range(before, -1, -1) if view.tokens[k].text in "()"), None)
    return opening is not None and view.tokens[opening].text == "(" \
        and any(view.match(view.ctx.lexicon.place_markers, k) for k in range(opening + 1, before + 1))
