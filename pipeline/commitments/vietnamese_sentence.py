"""Vietnamese: one sentence's underthesea words as the rules see them (syllable keys, whole-word phrase matches,
the words that open a non-commitment scope), and the POS tags the rules read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..document import Token
from ..kb import match_key
from .actors import actor_mentions
from .context import DocContext
from .lexicon import PhraseTable
from .records import ActorRef, Mention


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
    reported_speaker: ActorRef | None = None     # who the previous sentence reported stressing or urging

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
        if i >= len(self.tokens) or self.keys[self.first_unit[i]] not in table.by_first:
            return None          # most words open no phrase of the table
        hit = table.match(self.keys, self.first_unit[i])
        if not hit:
            return None
        last_unit = hit[1][-1]
        last = self.unit_token[last_unit]
        if last + 1 < len(self.tokens) and self.first_unit[last + 1] != last_unit + 1:
            return None      # the phrase ends inside a word
        return hit[0], last

    def phrase_ending_at(self, table: PhraseTable, j: int, words: int = 3) -> int | None:
        """The first word of the longest phrase of `table` that ends at word j and opens at most `words - 1` words
        before it; None if none does."""
        return next((k for k in range(max(0, j - words + 1), j + 1)
                     if (hit := self.match(table, k)) and hit[1] == j), None)

    def ends_at(self, table: PhraseTable, j: int, words: int = 3) -> bool:
        return self.phrase_ending_at(table, j, words) is not None

    def word_before(self, offset: int) -> int:
        """The last word that ends at or before character `offset` (-1: none)."""
        return next((k for k in range(len(self.tokens) - 1, -1, -1) if self.tokens[k].end <= offset), -1)

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
