"""Vietnamese nominal commitments: "cam kết mạnh mẽ của ASEAN trong thúc đẩy ..." — a commitment noun (noun_cues)
owned by a party (after one of owner_markers, "của") and followed by the action it commits to (after one of
owner_links, "trong", "về", ...). Without an owner or without an action it is no statement ("cam kết của ASEAN đối
với Hiến chương": a principle).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .actors import resolve_mentions
from .context import trigger_text
from .records import Statement
from .vietnamese_sentence import NOMINAL_TAGS, VERB_TAG, VietnameseSentence

ADJECTIVE_TAG = "A"


def nominal_statement(view: VietnameseSentence, i: int,
                      clause_end: Callable[[VietnameseSentence, int], int]) -> tuple[list[Statement], int]:
    """The statement of the commitment noun at word i and the last word it uses; ([], i) when there is none."""
    lex, tokens = view.ctx.lexicon, view.tokens
    hit = view.match(lex.noun_cues, i)
    if not hit:
        return [], i
    rule, last = hit
    j = last + 1
    while j < len(tokens) and tokens[j].pos == ADJECTIVE_TAG:      # "cam kết mạnh mẽ của ..."
        j += 1
    owner = view.match(lex.owner_markers, j)
    first = owner[1] + 1 if owner else len(tokens)
    k = first
    while k < len(tokens) and tokens[k].pos in NOMINAL_TAGS:
        k += 1
    link = view.match(lex.owner_links, k) if k > first else None
    head = link[1] + 1 if link else len(tokens)
    if head >= len(tokens) or not (tokens[head].pos.startswith(VERB_TAG) or view.match(lex.content, head)):
        return [], i
    action = lex.action_of(view.keys, view.first_unit[head]) or rule.action
    start, end = tokens[first].start, tokens[k - 1].end
    phrase = [m for m in view.mentions if start <= m.start and m.end <= end]
    actor = resolve_mentions(view.ctx, phrase, phrase, start, view.index)
    if actor is None or actor.entity_id is None:
        return [], i
    stop = clause_end(view, head + 1)
    content = (tokens[head].start, tokens[max(head, stop - 1)].end)
    trigger = trigger_text(view.ctx.doc.text, [(tokens[i].start, tokens[last].end), (tokens[head].start, tokens[head].end)])
    return [Statement(replace(actor, start=start, end=end), action, trigger, tokens[i].start, content,
                      (tokens[i].start, content[1]), rule.score, view.index)], max(head, stop - 1)
