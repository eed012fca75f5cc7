"""English: coordinated actions reached through a light verb's noun object ("continue our efforts to reduce tension
and promote dialogue"): each coordinated infinitive of the noun is an action of its own (gold: coordinated actions
need rows of their own).
"""
from __future__ import annotations

from .english_sentence import EnglishSentence, verb_conjuncts


def noun_complement_conjuncts(view: EnglishSentence, head) -> list:
    """The verbs coordinated with the first infinitive of the noun a light verb passes to ("continue our efforts to
    reduce tension and promote dialogue": [promote]); none when the head is no light verb or its object has no
    coordinated infinitive."""
    light = view.ctx.lexicon.light
    current = head
    for _ in range(4):
        if not view.match(light, current):
            return []
        obj = next((c for c in current.children if c.dep_ == "dobj"), None)
        nxt = next((c for c in current.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if nxt is not None:
            current = nxt
            continue
        if obj is None or obj.pos_ != "NOUN":
            return []
        infinitive = next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"
                           and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)), None)
        return verb_conjuncts(infinitive)[1:] if infinitive is not None else []
    return []


def stray_infinitives(token) -> list:
    """Base-form verbs the parse coordinates with a finite trigger though they continue its infinitive ("agreed to
    ensure food security, stabilize markets and set an example": "stabilize" hangs on "agreed"); a finite verb is
    not coordinated with a bare one, so they are the infinitive's conjuncts (with their own)."""
    if token.tag_ not in ("VBD", "VBZ", "VBN"):
        return []
    infinitive = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if infinitive is None:
        return []
    out = []
    for child in token.children:
        if child.dep_ == "conj" and child.tag_ == "VB" and child.i > infinitive.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in child.children):
            out.extend(verb_conjuncts(child))
    return out


def concurrent_participles(view: EnglishSentence, head, taken: set) -> list:
    """(participle, its marker) of the clauses "while V-ing" on a statement's verb ("agreed to intensify cooperation
    ..., while exploring the possibilities of cooperation in new areas"): an action of the same actor, with a row of
    its own (gold: coordinated actions need rows of their own)."""
    markers = view.ctx.actors.concurrent_markers
    verbs, frontier = [], [head]
    while frontier:           # the statement's verb and the verbs of its complement ("agreed to intensify ...")
        verb = frontier.pop()
        verbs.append(verb)
        frontier.extend(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
    out = []
    for child in (c for v in verbs for c in v.children):
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i in taken:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark" and c.i < child.i and view.match(markers, c)), None)
        if mark is not None:
            out.append((child, mark))
    return out


def gerund_strays(verbs: list) -> list:
    """Base-form verbs the parse coordinates with a gerund inside an infinitive's complement ("agreed to start
    discussions on developing a vision and take integration to the next step": "take" hangs on "developing"); a bare
    verb does not continue a gerund, so each is a conjunct of the infinitive (with its own conjuncts)."""
    out = []
    for verb in verbs:
        if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            continue
        for token in verb.subtree:
            head = token.head
            if token.dep_ == "conj" and token.tag_ == "VB" and head.tag_ == "VBG" and head.i != verb.i \
                    and head.dep_ == "pcomp" and not any(c.dep_ in ("nsubj", "aux") for c in token.children):
                out.extend(verb_conjuncts(token))
    return out
