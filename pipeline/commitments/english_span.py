"""English: one trigger's clause drawn as a `Statement` (its span, content, deadline scope and trigger
text), with the words the parse hangs on neighbouring statements left out.
"""
from __future__ import annotations

from dataclasses import dataclass

from .context import trigger_text
from .english_sentence import EnglishSentence, has_complement, separate_clause
from .records import NEGATIVE, POSITIVE, ActorRef, Statement


# A coordinated verb phrase shorter than this many words is evidenced from its shared trigger (gold policy,
# tests/gold/README.md: "When coordinated verb phrases are shorter than five words, the evidence starts at the shared
# trigger or the connector before the phrase").
SHORT_PHRASE = 5


@dataclass(frozen=True)
class Clause:
    """An English statement before its span is drawn: the words, the verb whose clause it is, who."""
    actor: ActorRef
    action: str
    score: float
    words: tuple                 # the trigger's tokens (cue and verb)
    head: object                 # the verb (or noun) whose complement is the content
    start: int | None            # where the statement starts, when the actor's phrase opens it
    negative: bool = False
    bare: tuple = ()             # coordinated verbs sharing this head's object ("support and enhance X")
    opens_at_head: bool = False  # a later coordinated complement of a trigger: its row starts at its verb


def _extent(head, stops: set) -> list:
    """The head's clause: its subtree without coordinated verbs and without the statements nested in it
    ("agreed to strengthen X and urged Y": the agree row keeps "to strengthen X")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in ("conj", "cc"):
            tokens.extend(_without_statements(child, stops))
    # the clause ends where the next statement begins, wherever the parse hangs the words after it
    # ("supports and supports Laos to ...": a bare coordinated verb leaves its object to the head)
    bare = {c.i for c in head.children if c.dep_ == "conj" and not has_complement(c, (c,))}
    following = min((i for i in stops if i > head.i and i not in bare), default=head.sent.end)
    return sorted((t for t in tokens if t.i < following), key=lambda t: t.i)


def _without_statements(node, stops: set) -> list:
    if node.i in stops:
        return []
    if not any(t.i in stops for t in node.subtree):
        return list(node.subtree)
    splits = any(c.dep_ == "conj" and c.i in stops for c in node.children)
    kept = [node]
    for child in node.children:
        if not (splits and child.dep_ in ("cc", "punct") and child.i > node.i):
            kept.extend(_without_statements(child, stops))
    return kept


def _shared_object(head, stops: set) -> list:
    """ "to support and emphasize peace, stability ...": a verb without object shares its conjunct's."""
    for child in head.children:
        if child.dep_ == "conj" and child.i not in stops and has_complement(child, (child,)):
            return [t for t in head.subtree if t.i > head.i and t.i <= child.right_edge.i]
    return []


def english_statement(view: EnglishSentence, clause: Clause, stops: set) -> Statement:
    words = sorted(clause.words, key=lambda t: t.i)
    own = {clause.head.i, *(w.i for w in words), *(b.i for b in clause.bare)}
    extent = _extent(clause.head, stops - own)
    if not has_complement(clause.head, (clause.head,)):
        extent += _shared_object(clause.head, stops - own)
    extent = [t for t in extent if not t.is_space and (not t.is_punct or t.tag_ in ("''", "-RRB-"))]
    # the content is the whole object as written: a cue's committed verb opens it ("pledged to [host the Summit]")
    cut = max((w.i for w in words if w.i != clause.head.i), default=words[-1].i)
    content = [t for t in extent if t.i > cut]
    end = max(t.idx + len(t.text) for t in (*extent, *words))
    # the deadline belongs to the clause itself, not to a participle after it
    aside = {t.i for c in clause.head.children if separate_clause(c) for t in c.subtree}
    scope_end = max(t.idx + len(t.text) for t in (*extent, *words) if t.i not in aside)
    content_span = (content[0].idx, content[-1].idx + len(content[-1].text)) if content else (end, end)
    if clause.bare and content:          # "to strengthen and promote X": the shared object's verbs open it
        content_span = (min(content_span[0], min(b.idx for b in clause.bare)), content_span[1])
    trigger = trigger_text(view.ctx.doc.text, [(w.idx, w.idx + len(w.text)) for w in words])
    start = _statement_start(view, clause, words)
    if clause.opens_at_head and sum(not t.is_punct for t in extent if t.i >= clause.head.i) < SHORT_PHRASE \
            and not _after_long_phrase(view, clause.head, start, stops):
        start = min(start, words[0].idx)    # "agreed to ensure X, stabilize markets": a short phrase opens at the trigger
    return Statement(clause.actor, clause.action, trigger, words[0].idx, content_span,
                     (start, end), clause.score, view.index,
                     NEGATIVE if clause.negative or clause.action == "refrain" else POSITIVE, scope_end)


def _after_long_phrase(view: EnglishSentence, head, start: int, stops: set) -> bool:
    """The row opens with a conjunction after a phrase of its own that is not short ("agreed on enhancing X, taking a
    firm stance in dealing with regional issues, and collaborate with global partners": the connector opens it);
    after a short one ("urged ASEAN members to lay aside disputes and focus on achievements") the trigger does."""
    opener = next((t for t in view.sent if t.idx == start), None)
    previous = max((i for i in stops if i < head.i), default=None)
    if opener is None or opener.dep_ != "cc" or previous is None:
        return False
    return sum(not t.is_punct for t in view.sent if previous <= t.i < opener.i) >= SHORT_PHRASE


def _statement_start(view: EnglishSentence, clause: Clause, words) -> int:
    """The actor's phrase, else the first trigger word; a coordinated complement opens with its own verb."""
    first = min((*clause.bare, clause.head) if clause.opens_at_head else (*words, *clause.bare, clause.head),
                key=lambda t: t.i)
    first = _light_opening(view, first)
    if first.dep_ == "acomp" and first.head.lemma_ == "be" and first.head.i < first.i:
        first = first.head        # "... and are willing to strengthen": the copula opens the row
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    if before is not None and before.dep_ == "aux" and before.tag_ == "TO" and before.head.i == first.i:
        first = before            # "..., and to explore cooperation with ...": its infinitive marker opens the row
        before = first.doc[first.i - 1] if first.i > first.sent.start else None
    if before is not None and before.dep_ == "cc":
        first = before            # "..., and collaborate with ...": the conjunction opens the row
    return min(first.idx, clause.start) if clause.start is not None else first.idx


def _light_opening(view: EnglishSentence, first):
    """ "continuing to integrate and promote X": a row reached through a light verb opens with it."""
    current = first
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    climbed = False
    while current.dep_ == "xcomp" and view.match(view.ctx.lexicon.light, current.head):
        current, climbed = current.head, True
    return current if climbed and current.i < first.i else first
