"""English: one parsed sentence as the rules see it (lemma keys, the tokens statements have used, the
words in the scope of a welcome or note), and the dependency labels the rules walk.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..kb import match_key
from .actors import QUOTE_BOTH, QUOTE_CLOSE, QUOTE_OPEN
from .context import DocContext
from .lexicon import PhraseTable


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
        if token.pos_ in ("VERB", "AUX", "ADJ"):       # "reluctant to sign" too
            return bool(lex.rejects.match(self.lemmas, i))
        return token.pos_ in ("NOUN", "PROPN") and bool(lex.reject_nouns.match(self.lemmas, i))


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


def is_passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
