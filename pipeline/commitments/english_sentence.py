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
        lex = ctx.lexicon
        view.rejecting = {sent[i].i for i, lemma in enumerate(lemmas)
                          if (lemma in lex.rejects.by_first or lemma in lex.reject_nouns.by_first) and view.rejects_at(i)}
        return view

    def at(self, token) -> int:
        return token.i - self.sent.start

    def holds(self, token) -> bool:
        return self.sent.start <= token.i < self.sent.end

    def match(self, table: PhraseTable, token):
        return table.match(self.lemmas, self.at(token)) if self.holds(token) else None

    def starts(self, table: PhraseTable, token) -> bool:
        """Whether a phrase of the table starts with the token's word (a cheap test before `match`)."""
        return self.holds(token) and self.lemmas[self.at(token)] in table.by_first

    def rejects_at(self, i: int) -> bool:
        token, lex = self.sent[i], self.ctx.lexicon
        intent = lex.intent_rejects.match(self.lemmas, i)
        if intent and any(c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX")
                          and any(a.tag_ == "TO" for a in c.children) for c in self.sent[intent[1][-1]].children):
            return False               # "we hope to translate", "expressed their hope to seek": the actor's own plan
        if token.pos_ in ("VERB", "AUX", "ADJ"):       # "reluctant to sign" too
            return bool(lex.rejects.match(self.lemmas, i))
        return token.pos_ in ("NOUN", "PROPN") and bool(lex.reject_nouns.match(self.lemmas, i))


def clause_openers(lex) -> set:
    """The words an English clause rule can open at (the first words of its tables): a trigger, a cue, a modal of
    need, a standalone verb, a noun cue, a closing act, a noun of need."""
    return set().union(*(table.by_first for table in (lex.triggers, lex.cues, lex.need_modals, lex.standalone,
                                                      lex.noun_cues, lex.closing_acts, lex.need_nouns)))


def short_quotes(sent, longest: int = 8) -> set:
    """Tokens inside short quotations without a clause (themes, titles): names, not statements. A quoted verb with a
    subject, inside the quote or outside it, is a clause ("ASEAN foreign ministers “strongly urged” North Korea")."""
    marks = [t.i for t in sent if t.tag_ in ("``", "''") or t.text in QUOTE_BOTH + QUOTE_OPEN + QUOTE_CLOSE]
    inside = set()
    for a, b in zip(marks[::2], marks[1::2]):
        quoted = range(a + 1, b)
        speech = any(c.dep_ in ("nsubj", "nsubjpass") and (c.i in quoted or sent.doc[i].pos_ == "VERB")
                     for i in quoted for c in sent.doc[i].children)
        if len(quoted) <= longest and not speech:
            inside.update(quoted)
    return inside


def is_passive(token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or agent_participle(token)


def agent_participle(token) -> bool:
    """ "a joint statement adopted by the two sides": a past participle on a noun, with its agent, reports the
    agent's act (gold policy: a background report of an adoption naming its agent binds that agent)."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children)


def counterfactual(view: EnglishSentence, modal) -> bool:
    """ "ASEAN members would not have achieved ...": a modal of `counterfactual_modals` with a perfect "have" speaks of
    what did not happen."""
    return bool(view.match(view.ctx.lexicon.counterfactual_modals, modal)) and \
        any(c.dep_ == "aux" and c.lemma_ == "have" for c in modal.head.children) and modal.head.tag_ == "VBN"


def other_form(first, conjunct) -> bool:
    """ "the need to strengthen X as well as emphasizing Y": a gerund coordinated with an infinitive is a clause of
    its own, not a second committed action."""
    return first.tag_ == "VB" and conjunct.tag_ == "VBG"


def is_stative(view: EnglishSentence, head) -> bool:
    """ "will have a successful year", "will continue to be": no action (light verbs looked through)."""
    lex = view.ctx.lexicon
    for _ in range(4):
        if view.match(lex.stative, head) or _chairs_a_meeting(view, head):
            return True
        nxt = next((c for c in head.children if c.dep_ == "xcomp"), None) if view.match(lex.light, head) else None
        if nxt is None:
            return False
        head = nxt
    return False


def _chairs_a_meeting(view: EnglishSentence, head) -> bool:
    """ "Mr Don will chair the 52nd AMM": a role over one named meeting is a schedule fact (gold policy); "will
    chair ASEAN in 2026" or "co-chair the working group" takes on a role."""
    hit = view.match(view.ctx.lexicon.meeting_roles, head)
    if not hit:
        return False
    words = [view.sent[p] for p in hit[1]]          # "co - chair" is three tokens
    objects = [c for w in words for c in w.children if c.dep_ in ("dobj", "prep")]
    if any(o.dep_ == "dobj" and view.match(view.ctx.lexicon.meeting_words, o)
           and not any(t.pos_ == "PROPN" for t in o.subtree) for o in objects):
        return True               # "Hun Sen will chair the summit" (the article's one); a series' name is a role
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in objects]
    return any(a <= m.start and m.end <= b for m in view.ctx.doc.meetings for a, b in spans)


def infinitive(token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def governs_commitment(view: EnglishSentence, verb) -> bool:
    """A verb whose to-infinitive may be committed to: a trigger, a cue, a light verb, a need, a standalone verb,
    or an adjective or auxiliary ("is ready to", "is going to")."""
    lex = view.ctx.lexicon
    return verb.pos_ not in ("VERB",) or any(view.match(t, verb) for t in (lex.triggers, lex.cues, lex.light, lex.need_modals,
                                                                         lex.standalone, lex.rejects, lex.object_cues,
                                                                         lex.object_control))


def has_complement(token, words) -> bool:
    """Something after the trigger's words hangs on them as a complement (not a subject, auxiliary or adverb)."""
    return any(c.dep_ not in COMPLEMENT_SKIP_DEPS and c.dep_ not in ("advmod", "npadvmod") and c.i > words[-1].i
               for w in (token, *words) for c in w.children)


def separate_clause(token) -> bool:
    """A participial or adverbial clause ("..., emphasizing ...", "as ..."): a statement of its own."""
    return token.dep_ == "advcl" and (token.tag_ == "VBG" or any(c.dep_ == "mark" for c in token.children))


def verb_conjuncts(token) -> list:
    """The verb and the verbs coordinated with it, down the conjunct chain, in parse order."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            out.extend(verb_conjuncts(child))
    return out


def is_predicate(view: EnglishSentence, token) -> bool:
    """The word heads a clause (not a noun-like use: "in implementing", "efforts to promote")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in NOMINAL_DEPS:
        return False
    if first.dep_ == "acl":
        if agent_participle(first):
            return True
        head = first.head
        return bool(view.match(view.ctx.lexicon.need_nouns, head) or view.match(view.ctx.lexicon.noun_cues, head))
    if first.dep_ == "advcl":
        return not is_purpose(first) or _reports(view, first)
    if first.dep_ in ("relcl", "xcomp") and infinitive(first):
        # "measures to promote X" (an infinitival relative names the measures); "has used its influence to defuse
        # tension and encourage cooperation" (the purpose of a verb that commits to nothing)
        return first.dep_ == "xcomp" and governs_commitment(view, first.head)
    return True


def _reports(view: EnglishSentence, token) -> bool:
    """ "... after Brunei agreed to hand over ...": an adverbial clause whose opener reports a done act, with its own
    subject."""
    return any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "mark" and view.match(view.ctx.lexicon.reporting_markers, c) for c in token.children)


def is_purpose(token) -> bool:
    """ "... to discuss and promote cooperation", "in order to", "when ...": not the statement itself."""
    return token.dep_ == "advcl" and any(c.dep_ in ("aux", "mark") and c.tag_ in ("TO", "IN") for c in token.children)
