"""English commitment statements from the dependency parse: triggers, intent cues, noun cues and
standalone verbs yield clauses; each clause becomes a `Statement` with its span, content and trigger.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from .actors import is_schedule, meeting_credit, shared_actor
from .context import DocContext, is_headline
from .english_actors import find_actor, nearest_subject, resolve_token
from .english_sentence import (COMPLEMENT_SKIP_DEPS, RELATIVE_TAGS, EnglishSentence, clause_openers, has_complement,
                               agent_participle, is_passive, is_predicate, is_purpose, separate_clause,
                               counterfactual as _counterfactual,
                               infinitive as _infinitive, is_stative as _is_stative, other_form as _other_form,
                               verb_conjuncts)
from .english_span import Clause, english_statement
from .english_split import concurrent_participles, gerund_strays, noun_complement_conjuncts, stray_infinitives
from .lexicon import Rule, phrase_key
from .records import ActorRef, Statement


def english_statements(ctx: DocContext) -> Iterator[Statement]:
    openers = clause_openers(ctx.lexicon)      # a sentence's other words are passed at once
    for sent in (s for s in ctx.doc.parsed.sents if s.text.strip()):
        if is_headline(ctx.doc, sent.start_char):
            continue
        view = EnglishSentence.of(ctx, sent, ctx.doc.sentence_of(sent.start_char))
        clauses = []
        for token, lemma in zip(sent, view.lemmas):
            if lemma in openers and token.i not in view.claimed and token.i not in view.quoted:
                clauses += (trigger_clauses(view, token) or cue_clauses(view, token) or need_verb_clauses(view, token)
                            or noun_cue_clauses(view, token) or standalone_clauses(view, token))
        clauses = _concurrent_clauses(view, clauses)
        stops = {t.i for c in clauses for t in (c.head, *c.words, *c.bare)}
        yield from (english_statement(view, clause, stops) for clause in clauses)


def trigger_clauses(view: EnglishSentence, token) -> list[Clause]:
    """A trigger that keeps its own action ("agreed to ...", "urged ..."); one row per coordinated complement."""
    hit = view.match(view.ctx.lexicon.triggers, token) if token.pos_ == "VERB" else None
    if not hit or not _may_commit(view, token):
        return []
    rule, positions = hit
    words = tuple(view.sent[p] for p in positions)
    if not _object_allows(view, token) or (not has_complement(token, words) and not is_passive(token)) \
            or _states_a_view(view, token):
        return []          # "affirmed its image"; "reached important agreements", "... signed" (cut off) bind no one
    actor, start = _trigger_actor(view, token, rule)
    if actor is None:
        return []
    strays = stray_infinitives(token)
    verbs = _complement_verbs(token, words) + strays
    strays += gerund_strays(verbs)
    verbs = sorted(set(verbs + strays), key=lambda t: t.i)
    # "agreed to strengthen X and urged Y" (urged parsed under strengthen): urged keeps its own row
    own_rows = [v for v in verbs if _opens_statement(view, v)]
    complements = [v for v in verbs if v not in own_rows]
    view.claimed.update(_claim(token) | {t.i for v in strays for t in v.subtree})
    view.claimed.difference_update(t.i for v in own_rows for t in v.subtree)
    if own_rows and not complements and all(v.dep_ == "ccomp" for v in own_rows):
        return []          # "He reiterated ASEAN leaders had urged ...": the reported statement is the row
    if len(complements) <= 1:      # "agreed not to ...": the complement carries the polarity
        negative = any(_negated(view, v) for v in complements)
        return [Clause(actor, rule.action, rule.score, words, token, start, negative)]
    # "agreed on enhancing X, taking Y, and collaborate with Z": each its own row
    (head, bare), *rest = _object_groups(complements)
    return [Clause(actor, rule.action, rule.score, words, head, start, _negated(view, head), bare)] + \
        [Clause(shared_actor(actor, "shared"), rule.action, rule.score, words, h, None, _negated(view, h), b, True)
         for h, b in rest]


def _concurrent_clauses(view: EnglishSentence, clauses: list[Clause]) -> list[Clause]:
    """ "agreed to intensify cooperation ..., while exploring new areas": the participle is an action of the same
    actor; a trigger keeps its own action ("while renewing its call"), else its complement names it, else the
    statement's."""
    taken = {c.head.i for c in clauses} | {w.i for c in clauses for w in c.words}
    extra = []
    for clause in clauses:
        for verb, mark in concurrent_participles(view, clause.head, taken):
            inner = [i for i, c in enumerate(clauses) if c.head.i != verb.i and c.words[0] in verb.subtree]
            for i in inner:       # "while continuing to encourage ...": the statement in it opens at the marker
                clauses[i] = replace(clauses[i], start=mark.idx)
            if inner or _negated(view, verb) or _is_stative(view, verb):
                continue
            hit = view.match(view.ctx.lexicon.triggers, verb)
            action = hit[0].action if hit else _name_action(view, verb, Rule(clause.action, clause.score))
            taken.add(verb.i)
            view.claimed.update(_claim(verb))
            extra.append(Clause(shared_actor(clause.actor, "shared"), action, clause.score, (verb,), verb, mark.idx))
    return clauses + extra


def _states_a_view(view: EnglishSentence, token) -> bool:
    """ "agreed that cooperation is important", "agreed that supplies have been secured": a that-clause stating a fact
    or an assessment, with no modal and no action ("agreed that the next meeting would be held in Manila" does
    commit)."""
    clauses = [c for c in token.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children)]
    if not clauses:
        return False
    return all(not any(a.tag_ == "MD" for a in c.children)
               and (view.match(view.ctx.lexicon.stative, c) or _reports_a_fact(c)) for c in clauses)


def _reports_a_fact(verb) -> bool:
    """A that-clause in the past or perfect ("agreed that food supplies have been secured", "agreed that the talks
    went well"): what happened, not what anyone will do ("agreed that the meeting be held in Manila" is)."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        a.dep_ == "aux" and a.lemma_ == "have" or a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.children)


def _may_commit(view: EnglishSentence, token) -> bool:
    """A clause of its own, asserted (not welcomed, noted or advised), not negated ("did not agree")."""
    return is_predicate(view, token) and is_asserted(view, token) and not _negated(view, token)


def _trigger_actor(view: EnglishSentence, token, rule: Rule) -> tuple[ActorRef | None, int | None]:
    actor, start = find_actor(view, token)
    if rule.flag == "subject" and actor is not None and actor.how not in ("subject", "official", "first_person") \
            and not _pronoun_subject(token, actor):
        return None, None
    if actor is not None and actor.how == "passive":
        # "13 reports were adopted": the statement opens with what was adopted
        patient = nearest_subject(token)
        return _meeting_credit(view, rule.action), (_patient_start(patient) if patient is not None else None)
    return actor, start


def _patient_start(patient) -> int:
    """Where a passive report opens: what was acted on, with the relative word before it ("the summit, where two
    joint statements were issued")."""
    verb = patient.head
    relative = [c for c in verb.children if (c.tag_ in RELATIVE_TAGS or c.tag_ == "WRB") and c.i < patient.i]
    return min([patient.left_edge.idx] + [c.idx for c in relative])


def _pronoun_subject(token, actor: ActorRef) -> bool:
    """ "... the summit, at which they signed the Charter": the verb's own subject is a pronoun standing for a
    named party."""
    subject = nearest_subject(token)
    return actor.how == "shared" and actor.entity_id is not None and subject is not None and subject.pos_ == "PRON"


def cue_clauses(view: EnglishSentence, token) -> list[Clause]:
    """An intent cue ("will", "determined to", "decided to"): one row per coordinated complement."""
    hit = view.match(view.ctx.lexicon.cues, token)
    if not hit:
        return []
    rule, positions = hit
    if token.tag_ == "MD":
        if token.dep_ not in ("aux", "auxpass") or token.head.i in view.claimed or _counterfactual(view, token):
            return []
        anchor, targets = token.head, [token.head]
    else:
        anchor, targets = token, _verbal_complements(token) or _noun_infinitives(view.sent[positions[-1]], token)
        if not targets:
            return _object_pledge(view, token, rule)
    if not targets or not is_predicate(view, anchor) or not is_asserted(view, anchor) \
            or (token.tag_ != "MD" and _negated(view, token)):     # "has not decided to ..."
        return []
    actor, start = find_actor(view, anchor, patient_subject=token.tag_ == "MD")
    if actor is not None and (is_schedule(rule, actor) or _scheduled(view, anchor, rule, actor)):
        return []
    return _complement_clauses(view, token, anchor, targets, rule, actor, start)


def _noun_infinitives(noun, verb) -> list:
    """ "made a pledge to step up ...": the infinitives of a light verb's noun, the cue's complements."""
    if noun.i == verb.i or noun.pos_ != "NOUN":
        return []
    return [c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and _infinitive(c)]


def _scheduled(view: EnglishSentence, verb, rule: Rule, actor: ActorRef) -> bool:
    """ "The next summit will be held in Cebu", "the declaration will be signed": a future passive of a schedule
    verb with no agent is a schedule fact (gold policy); "solutions will be deployed" still commits the context."""
    return rule.action == "plan" and actor.how == "passive" \
        and bool(view.match(view.ctx.lexicon.schedule_passives, verb))


def need_verb_clauses(view: EnglishSentence, token) -> list[Clause]:
    """ "The meeting emphasised that ASEAN needs to accelerate ...": a need (need_modals) stated in the that-clause of
    one of need_triggers commits its subject (gold policy: "need to" after a commitment trigger counts, after a plain
    "said" it is a view)."""
    lex = view.ctx.lexicon
    hit = view.match(lex.need_modals, token) if token.pos_ in ("VERB", "AUX") and token.dep_ == "ccomp" else None
    governor = token.head
    if not hit or not view.match(lex.need_triggers, governor) or not is_asserted(view, governor) \
            or _negated(view, governor) or _negated(view, token):
        return []
    targets = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    actor, _ = find_actor(view, token)
    _, start = find_actor(view, governor)
    return _complement_clauses(view, token, token, targets, hit[0], actor, start) if targets else []


def _object_pledge(view: EnglishSentence, token, rule: Rule) -> list[Clause]:
    """ "He pledged South Korea's active involvement": a cue of `object_cues` with a noun object commits to it; the
    object's noun names the action when it names one ("pledged its support")."""
    # a sum of money is a pledge's object too ("pledged $1 billion in aid", "pledged over $150 million of investment")
    obj = next((c for c in token.children if c.dep_ == "dobj"
                and (c.pos_ == "NOUN" or c.ent_type_ == "MONEY")), None)
    if obj is None or token.pos_ != "VERB" or not view.match(view.ctx.lexicon.object_cues, token) \
            or not is_predicate(view, token) or not is_asserted(view, token) or _negated(view, token):
        return []
    actor, start = find_actor(view, token)
    if actor is None or actor.how == "passive":
        return []
    action = view.ctx.lexicon.action_of(view.lemmas, view.at(obj)) or rule.action
    view.claimed.update(_claim(token))
    return [Clause(actor, action, rule.score, (token,), token, start)]


def noun_cue_clauses(view: EnglishSentence, token) -> list[Clause]:
    """ "Our plan to ...", "ASEAN's decision to ...": a noun cue with its owner; "the need to ..." too."""
    lex = view.ctx.lexicon
    if token.pos_ != "NOUN" or not any(view.starts(table, token) for table in (lex.noun_cues, lex.closing_acts,
                                                                                lex.need_nouns)):
        return []           # every clause below opens at one of these nouns: most nouns are passed at once
    if not is_asserted(view, token):
        return []
    targets = [c for c in token.children if c.dep_ == "acl" and any(a.dep_ == "aux" for a in c.children)] \
        + _gerund_complements(token)          # "its commitment to enhancing connectivity"
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    cue = view.match(lex.noun_cues, token)
    if cue and owner is not None and targets:
        # "Thailand has declared its readiness to host": a possessive pronoun is the subject of its verb
        governed = owner.pos_ == "PRON" and token.dep_ == "dobj" and token.head.pos_ == "VERB"
        actor, start = find_actor(view, token.head) if governed else (resolve_token(view, owner), None)
        if start is None and governed and token.head.i < token.i:
            start = token.head.idx    # "..., underscoring their commitment to cooperate": the verb opens the row
        start = owner.idx if start is None else start
        return _complement_clauses(view, token, token, targets, cue[0], actor, start) if actor else []
    closing = _closing_act(view, token)
    if closing:
        return closing
    need = view.match(lex.need_nouns, token)
    if need and targets:          # "emphasizing the need to implement X": the statement opens at its verb
        actor, _ = find_actor(view, token)
        governor = token.head if token.dep_ in ("dobj", "pobj") and token.head.pos_ == "VERB" else token
        return _complement_clauses(view, token, token, targets, need[0], actor, governor.idx)
    return []


def _closing_act(view: EnglishSentence, token) -> list[Clause]:
    """ "The Summit wrapped up with the signing of a Declaration": a meeting's own closing act is its approval
    (gold policy); the same noun inside an assessment ("the signing of the Charter last year") is not."""
    lex = view.ctx.lexicon
    act = view.match(lex.closing_acts, token)
    prep = token.head if token.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.dep_ == "prep" else None
    if not act or verb is None or not view.match(lex.closing_verbs, verb) \
            or not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return []
    actor, start = find_actor(view, verb)
    if actor is None or actor.how != "meeting":
        return []
    view.claimed.update(_claim(token))
    return [Clause(actor, act[0], 0.8, (token,), token, start)]


def standalone_clauses(view: EnglishSentence, token) -> list[Clause]:
    """A verb that commits on its own when an actor is its subject: "Vietnam supports ..."."""
    hit = view.match(view.ctx.lexicon.standalone, token) if token.pos_ == "VERB" else None
    if not hit or not _may_commit(view, token) or is_passive(token) or is_purpose(token) \
            or _bare_before_conjunct(token):
        return []
    bare = _bare_conjuncts_before(token)
    actor, start = find_actor(view, bare[0] if bare else token)
    # a meeting "contributes" or "promotes" as an event, it does not commit
    if actor is None or actor.how in ("passive", "meeting"):
        return []
    rule, positions = hit
    view.claimed.add(token.i)    # its complement holds no nested commitment that is not a clause of its own
    return [Clause(actor, rule.action, rule.score, tuple(view.sent[p] for p in positions), token, start, bare=bare)]


def _complement_clauses(view, cue, anchor, targets, rule: Rule, actor: ActorRef | None,
                        start: int | None) -> list[Clause]:
    """One clause per coordinated complement of a cue, named by what it says ("decided to implement")."""
    heads = [h for t in targets for h in verb_conjuncts(t) if h is t or not _other_form(t, h)]
    if rule.flag == "fixed":
        heads = heads[:1]                      # "wants to expand X and deepen Y": one wish
    if heads and _is_stative(view, heads[0]):
        # "will arrive in Bangkok ... to deepen alliances and to reaffirm ...": the purposes of a trip are no undertaking
        purposes = [h for h in heads[1:] if any(c.dep_ == "aux" and c.tag_ == "TO" for c in h.children)]
        view.claimed.update(t.i for h in purposes for t in h.subtree)
        heads = [h for h in heads if h not in purposes]
    groups = [(h, bare) for h, bare in _object_groups(heads) if not _is_stative(view, h)]
    if actor is not None and actor.how == "passive":
        # "will be deployed": the previous statement's actor, else the article's state — when the verb
        # itself names an action ("will be expressed" names none); the row opens with what is acted on
        groups = [(h, b) for h, b in groups if _name_action(view, h, Rule("", rule.score))]
        actor = ActorRef("passive_context")
        subject = nearest_subject(anchor)
        start = subject.left_edge.idx if subject is not None else start
    if actor is None or not groups:
        return []
    clauses = []
    for head, bare in groups:
        negative = _negated(view, head)          # "will not take sides", "determined not to break"
        action = _name_action(view, head, rule)
        if negative:
            action = "refrain"
        if not action:
            continue
        view.claimed.update(_claim(head))
        words = (cue, head) if head.i != cue.i else (cue,)
        clauses.append(Clause(actor, action, rule.score, words, head, start, negative, bare))
        # "continue our efforts to reduce tension and promote dialogue": the second action is a row of its own
        for verb, verb_bare in _object_groups(noun_complement_conjuncts(view, head)):
            verb_action = "refrain" if _negated(view, verb) else _name_action(view, verb, rule)
            if verb_action and not _is_stative(view, verb):
                clauses.append(Clause(shared_actor(actor, "shared"), verb_action, rule.score, words, verb, None,
                                      _negated(view, verb), verb_bare, True))
    view.claimed.update(_claim(anchor))
    return clauses


def _name_action(view: EnglishSentence, head, rule: Rule) -> str | None:
    """The action a complement names, looking through light verbs ("continue to promote"); else the cue's."""
    lex = view.ctx.lexicon
    if rule.flag == "fixed":
        return rule.action
    own = None          # "step up cooperation": a light verb that names an action of its own, when what follows names none
    for _ in range(4):
        light = view.match(lex.light, head)
        action = lex.action_of(view.lemmas, view.at(head)) if view.holds(head) else None
        if action and not light:
            return action
        own = own or action
        nxt = _through_light(head) if light else None
        if nxt is None:
            break
        head = nxt
    return own or rule.action or None


def _meeting_credit(view: EnglishSentence, action: str) -> ActorRef | None:
    credit = meeting_credit(view.ctx, action, view.index, view.sent.start_char, view.sent.end_char)
    main = view.ctx.main_meeting
    if credit is None and main is not None and action in view.ctx.lexicon.passive_meeting_actions:
        return view.ctx.meeting_ref(main.series)
    return credit


def _through_light(head):
    """What a light verb passes to: its verb complement or purpose ("work together to promote"), else its
    object ("accelerate the implementation")."""
    return next((c for c in head.children if c.dep_ in ("xcomp", "dobj")), None) \
        or next((c for c in head.children if c.dep_ == "advcl" and is_purpose(c)), None) \
        or next((g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ in ("pcomp", "pobj")), None)


def _gerund_complements(token) -> list:
    return [g for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
            for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def _verbal_complements(token) -> list:
    """The verbs a cue governs: "decided to implement", "committed to implementing"."""
    # the parser may hang the infinitive of "were committed to make ..." as an adverbial clause
    verbs = [c for c in token.children if (c.dep_ == "xcomp" or c.dep_ == "advcl" and _infinitive(c))
             and c.pos_ in ("VERB", "AUX")] + _gerund_complements(token) + stray_infinitives(token)
    return verbs + gerund_strays(verbs)


def _complement_verbs(token, words) -> list:
    """The first verbs down a trigger's complement, with their coordinated verbs, in text order."""
    found, frontier = [], [c for w in (token, *words) for c in w.children
                           if c.i > words[-1].i and c.dep_ not in COMPLEMENT_SKIP_DEPS and not separate_clause(c)]
    while frontier:
        node = frontier.pop(0)
        if node.dep_ == "prep":
            if node.pos_ != "VERB":           # "according to the document" is no action
                frontier.extend(c for c in node.children if c.dep_ not in ("conj", "cc", "punct", "det", "amod"))
        elif node.pos_ in ("VERB", "AUX"):
            found.extend(verb_conjuncts(node))
        else:
            frontier.extend(c for c in node.children if c.dep_ not in ("conj", "cc", "punct", "det", "amod"))
    return sorted(set(found), key=lambda t: t.i)


def _opens_statement(view: EnglishSentence, verb) -> bool:
    """A coordinated verb that is a trigger of its own ("... and urged ..."), or a trigger with a subject of its own
    in the reported clause ("reiterated ASEAN leaders had urged ...")."""
    if not view.match(view.ctx.lexicon.triggers, verb):
        return False
    return verb.dep_ == "conj" or verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in verb.children)


def _object_groups(verbs: list) -> list[tuple]:
    """(verb, bare verbs before it): "support and enhance a system" is one group, "X, and maintain Y" two."""
    groups, waiting = [], []
    for verb, following in zip(verbs, [*verbs[1:], None]):
        # "strengthen and promote X, especially in Y": what hangs on the first verb after its conjunct is shared
        if following is not None and not _has_complement_before(verb, following):
            waiting.append(verb)
            continue
        groups.append((verb, tuple(waiting)))
        waiting = []
    return groups


def _has_complement_before(verb, following) -> bool:
    return any(c.dep_ not in COMPLEMENT_SKIP_DEPS and c.dep_ not in ("advmod", "npadvmod") and verb.i < c.i < following.i
               for c in verb.children)


def _bare_before_conjunct(token) -> bool:
    """ "supports and supports Laos": the first verb, without object, is part of the second's row."""
    return not has_complement(token, (token,)) and any(c.dep_ == "conj" and has_complement(c, (c,))
                                                         and c.lemma_ == token.lemma_ for c in token.children)


def _bare_conjuncts_before(token) -> tuple:
    head = token.head
    shares = token.dep_ == "conj" and head.lemma_ == token.lemma_ and not has_complement(head, (head,))
    return (head,) if shares else ()


def is_asserted(view: EnglishSentence, token) -> bool:
    """Not inside the scope of a welcome / note / concern / proposal, and not advice ("should")."""
    lex = view.ctx.lexicon
    if any(view.match(lex.reject_modals, c) for c in token.children if c.dep_ in ("aux", "auxpass")):
        return False
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return True
        # a coordinated verb or a participial clause is not in its neighbour's scope
        if agent_participle(current):
            return True           # "reviewed the statement adopted by the two sides": the adoption is reported as a fact
        outside = current.dep_ == "conj" or separate_clause(current)
        if current.dep_ in ("xcomp", "acomp") and _negated(view, current.head):
            return False          # "did not agree to sign", "is not willing to share": nothing asserted below
        current = current.head
        if not outside and current.i in view.rejecting:
            return False
    return True


def _negated(view: EnglishSentence, token) -> bool:
    """A negation on the word, or on the copula of an adjective ("is not ready to")."""
    heads = (token, token.head) if token.dep_ == "acomp" else (token,)
    return any(c.dep_ == "neg" or c.dep_ in ("advmod", "preconj") and view.match(view.ctx.lexicon.negation, c)
               for h in heads for c in h.children)


def _object_allows(view: EnglishSentence, token) -> bool:
    """ "affirmed its efforts" counts, "affirmed its image" and "reiterated the importance of" do not."""
    lex = view.ctx.lexicon
    # in the passive, what is acted on is the subject ("two joint statements were issued")
    objects = [c for c in token.children if c.dep_ in ("dobj", "pobj", "nsubjpass")]
    if any(view.match(lex.void_objects, o) for o in objects):
        return False
    allowed = lex.needs_object.get(phrase_key(token.lemma_))
    return allowed is None or any(allowed.match(view.lemmas, view.at(o)) for o in objects)


def _claim(token) -> set:
    """The token and its complements: words a statement has used (coordinated verbs and separate clauses stay free)."""
    claimed = {token.i}
    for child in token.children:
        if child.dep_ not in ("conj", "cc") and not separate_clause(child):
            claimed.update(t.i for t in child.subtree)
    return claimed

