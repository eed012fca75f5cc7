"""English: who a clause binds, from the subject of its trigger or of the clause it hangs on."""
from __future__ import annotations

from dataclasses import replace

from .actors import QUOTE_BOTH, QUOTE_CLOSE, QUOTE_OPEN, actor_mentions, first_person_actor, resolve_mentions, shared_actor
from .english_sentence import (CLIMB_DEPS, LEFT_EXTENSION_DEPS, PHRASE_DROP_DEPS, RELATIVE_TAGS, SAME_CLAUSE_DEPS,
                               EnglishSentence, is_passive)
from .records import ActorRef

QUOTE_MARKS = frozenset(QUOTE_OPEN + QUOTE_CLOSE + QUOTE_BOTH)

# What a verb may have and still be bare before its conjunct ("discussed and agreed on ...").
BARE_VERB_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "cc", "punct", "conj"})


def find_actor(view: EnglishSentence, token, patient_subject: bool = True) -> tuple[ActorRef | None, int | None]:
    """(actor, where the statement starts) from the subject of the trigger or of the clause it hangs on.

    With `patient_subject`, a passive trigger's subject is what is acted on ("the plan was adopted"),
    so the actor is the agent; cue adjectives ("was determined to") keep their subject.
    """
    current, how, start = token, "subject", None
    for _ in range(12):
        subject = nearest_subject(current)
        if current.i == token.i and patient_subject and is_passive(token):
            agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is None:
                return ActorRef("passive"), None
            # "the Declaration was signed by the leaders", "the statement adopted by the two sides": the row opens with it
            patient = token.head if subject is None and token.dep_ == "acl" else subject
            return resolve_token(view, agent), (patient.left_edge.idx if patient is not None else None)
        if subject is not None and subject.tag_ in RELATIVE_TAGS:
            start = start if start is not None or how != "subject" else subject.idx
            antecedent = current.head if current.dep_ in ("relcl", "acl") else None
            actor = resolve_token(view, antecedent) if antecedent is not None else None
            # "... join the agreement, which will bring the members to 35": what a thing will do binds no one; what
            # a stance or milestone is ("its stance, which is to support peace", "which is agreeing to ...") is its
            # holder's
            thing = bool(view.match(view.ctx.lexicon.thing_relatives, subject)) and any(c.dep_ == "aux" and c.tag_ == "MD"
                                                               for c in current.children)
            if actor is not None or antecedent is None or thing:
                return shared_actor(actor, how), start
            current, how = antecedent, "shared"
            continue
        if subject is not None:
            actor = resolve_token(view, subject)
            if actor is None:     # "CEBU, Philippines – ..., leaders of ASEAN agreed": a dateline's place, then the subject
                appositions = [c for c in subject.children if c.dep_ == "appos"][1:]   # the first is its country
                actor = next((a for a in (resolve_token(view, c) for c in reversed(appositions)) if a is not None), None)
            if how == "subject" and start is None:
                start = _clause_start(current, subject)
            return shared_actor(actor, how), start
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            return _preamble_voice(view, current), None
        controller = _object_controller(view, current)
        if controller is not None:      # "persuaded Myanmar, Laos, Cambodia and Vietnam to accept the deal"
            return resolve_token(view, controller), controller.left_edge.idx
        if current.dep_ == "advcl" and any(c.dep_ == "mark" for c in current.head.children):
            return None, None  # a participle hung on "since X joined ...": the parse lost the real subject
        if current.dep_ not in SAME_CLAUSE_DEPS and not _shares_bare_verb(current):
            how = "shared"     # the subject is further away: the statement starts at its own verb
        current = current.head
    return None, None


def _object_controller(view: EnglishSentence, verb):
    """The object of a verb of persuasion whose to-infinitive `verb` is ("persuaded X to accept"): the one who does
    what the infinitive says; None for any other climb."""
    head = verb.head
    # only a persuasion that happened: "agreed to persuade Myanmar to accept" leaves Myanmar's answer open
    if verb.dep_ != "xcomp" or head.tag_ in ("VB", "VBG") or not view.match(view.ctx.lexicon.object_control, head):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _preamble_voice(view: EnglishSentence, root) -> ActorRef:
    """ "5. REAFFIRMING our commitment to ...": a joint document's preamble participle speaks with the document's
    voice (its meeting); any other clause without a subject takes the previous statement's actor."""
    opening = all(not t.is_alpha for t in view.sent[:view.at(root)])
    if root.tag_ == "VBG" and opening and view.ctx.joint_statement:
        return ActorRef("first_person", first_person_actor(view.ctx, root.idx))
    return ActorRef("context")


def _shares_bare_verb(verb) -> bool:
    """ "The ministers discussed and agreed on X": the first verb has nothing of its own, so the subject opens
    the statement of the second."""
    if verb.dep_ != "conj":
        return False
    return not any(c.dep_ not in BARE_VERB_DEPS and verb.head.i < c.i < verb.i for c in verb.head.children)


def _clause_start(verb, subject) -> int:
    """Where a clause opens: its subject, with the adverbs and conjunction before it ("but now China ...").

    A clause reported by a verb of saying opens with the report ("we announce that we will ...").
    """
    first = subject.left_edge
    while first.i > first.sent.start:
        before = first.doc[first.i - 1]
        # "... at the last summit and ministers will follow up": the parse may hang the "and" on a noun
        joins = before.dep_ == "cc" and verb.dep_ == "conj"
        if not joins and (before.dep_ not in LEFT_EXTENSION_DEPS or before.head not in (verb, verb.head)):
            break
        first = before
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        reporter = nearest_subject(verb.head)
        first = min(first, reporter.left_edge if reporter is not None else verb.head, key=lambda t: t.i)
    return first.idx


def nearest_subject(verb):
    """The subject closest to the verb ("Mr. Dung, again: “The ministers agreed" -> the ministers)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    return min(subjects, key=lambda c: abs(verb.i - c.i)) if subjects else None


def resolve_token(view: EnglishSentence, token) -> ActorRef | None:
    """The actor a noun phrase names, judged by its head word: "The ASEAN Ministers" -> ASEAN."""
    if _partial_group(view, token):
        return None
    first, last = _phrase_bounds(token)
    start, end = first.idx, last.idx + len(last.text)
    phrase = actor_mentions(view.ctx, start, end)
    head = (token.idx, token.idx + len(token.text))
    at_head = [m for m in phrase if m.start <= head[0] and head[1] <= m.end]
    if not at_head and token.pos_ == "PROPN":
        at_head = [m for m in phrase if m.kind == "official"]     # "Deputy Minister Nguyen Quoc Dung"
    if at_head and all(m.kind == "official" for m in at_head) and any(c.dep_ == "conj" for c in token.children):
        # "Deputy Prime Minister and Foreign Minister Pham Binh Minh": two titles of the one person the chain names
        at_head = [m for m in phrase if m.kind == "person"][:1] or at_head
    owner = _official_of(view, token, at_head)
    if owner is not None:       # "officials of the 10-member bloc", "the Foreign Minister of Vietnam": whom they serve
        return replace(owner, start=start, end=end)
    if not at_head and view.match(view.ctx.actors.document_subjects, token) and _speaks(view, token):
        actor = _document_voice(view, phrase)
        return replace(actor, start=start, end=end) if actor is not None else None
    actor = resolve_mentions(view.ctx, at_head, phrase, start, view.index)
    if actor is not None and actor.how == "context" and token.pos_ == "PRON":
        # "The United States and ASEAN declared that they will ...": the reporters; else who "they" were before
        reporter = _reported_by(view, token)
        if reporter is not None and reporter.how != "context":
            return replace(reporter, how="shared")      # the reporters' own phrase: "A and B" binds both
        actor = _antecedent(view, token)
    if actor is not None and actor.how == "first_person":
        voice = _document_reporter(view, token)
        speaker = _reported_by(view, token) if voice is None else None
        actor = voice if voice is not None else \
            replace(actor, entity_id=speaker.entity_id) if speaker is not None and speaker.entity_id else actor
    if actor is not None and actor.how in ("first_person", "subject", "official") and _joint_actor(view, token):
        actor = ActorRef("subject", view.ctx.actors.asean_id)      # "Together with other countries, we ..."
    return replace(actor, start=start, end=end) if actor is not None else None


def _official_of(view: EnglishSentence, token, at_head: list) -> ActorRef | None:
    """The party an official's title serves when an "of" phrase names it and no person is named ("officials of the
    bloc"); None otherwise."""
    if not at_head or any(m.kind != "official" for m in at_head):
        return None
    owner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    actor = resolve_token(view, owner) if owner is not None else None
    return actor if actor is not None and actor.how not in ("context", "passive") else None


def _partial_group(view: EnglishSentence, token) -> bool:
    """ "Many Ministers", "some countries": a quantifier before a plural common noun names part of a group."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS"):
        return False
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "det", "nummod", "quantmod")]
    return any(view.match(view.ctx.actors.partial_quantifiers, c) for c in before)


def _speaks(view: EnglishSentence, subject) -> bool:
    """The subject of a trigger that a document can state (urged, agreed, reaffirmed): a document signs or adopts
    nothing, and what it "aims" or "would" do is what it is for."""
    hit = view.match(view.ctx.lexicon.triggers, subject.head) if subject.dep_ == "nsubj" else None
    return bool(hit) and hit[0].action != "approve"


def _document_voice(view: EnglishSentence, phrase: list) -> ActorRef | None:
    """ "The chairman's statement from the ARF called on ...", "The communiqué also agreed to ...": a meeting's
    document speaks for the party its phrase names (a forum, a meeting, a state), else for the parties of the
    sentence's or the article's meeting (both of an ASEAN+1 one); None when the article names no meeting."""
    ctx = view.ctx
    named = [m for m in phrase if m.kind in ("forum", "meeting", "entity", "person")]
    if named:
        return resolve_mentions(ctx, named[:1], phrase, named[0].start, view.index)
    partner = ctx.plus_one_partner(view.index)
    if partner is not None:
        return ActorRef("plus_one", partner)
    if ctx.meeting_near(view.index) is None:
        return None
    return ActorRef("subject", ctx.collective_actor(view.index))


def _antecedent(view: EnglishSentence, pronoun, sentences: int = 3) -> ActorRef | None:
    """The nearest earlier subject of the sentence ("Leaders gathered for the summit, at which they signed ...")
    that agrees with a plural pronoun, else of the paragraph's earlier sentences, that names an actor."""
    ctx = view.ctx
    if view.match(ctx.lexicon.plural_pronouns, pronoun):
        for token in reversed([t for t in view.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                               and t.pos_ != "PRON" and _is_plural(view, t)]):
            actor = resolve_token(view, token)
            if actor is not None and actor.entity_id:
                return replace(actor, how="shared", start=-1, end=-1)
    paragraph = ctx.paragraph_of(pronoun.idx)
    earlier = [s for s in ctx.doc.parsed.sents
               if s.end <= view.sent.start and ctx.paragraph_of(s.start_char) == paragraph]
    plural = bool(view.match(ctx.lexicon.plural_pronouns, pronoun))
    hops = 0
    while plural and hops < sentences and (not earlier or _only_pronoun_subjects(view, earlier[-1])):
        # "They also urged ..." opening a paragraph: news paragraphs are often one sentence; the previous one's
        # (the previous paragraph with text: a blank line between them is a paragraph of its own), and the one
        # before it when that one's subject is "they" again ("They also discussed ... / They agreed to ...")
        opening = earlier[0].start if earlier else view.sent.start
        before = [s for s in ctx.doc.parsed.sents if s.end <= opening and s.text.strip()]
        last = max((ctx.paragraph_of(s.start_char) for s in before), default=None)
        if last is None:
            break
        earlier = [s for s in before if ctx.paragraph_of(s.start_char) == last] + earlier
        hops += 1
    for sent in reversed(earlier[-sentences:]):
        for token in reversed([t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]):
            actor = resolve_token(EnglishSentence.of(ctx, sent, ctx.doc.sentence_of(sent.start_char)), token)
            if actor is not None and actor.entity_id:
                # the leaders of an ASEAN+1 meeting stay both its parties
                return replace(actor, how="plus_one" if actor.how == "plus_one" else "shared", start=-1, end=-1)
    return ActorRef("context")


def _only_pronoun_subjects(view: EnglishSentence, sent) -> bool:
    """The sentence's subjects are all plural pronouns ("They also discussed ..."): it names no one."""
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(view.ctx.lexicon.plural_pronouns.match([t.lower_], 0) for t in subjects)


def _is_plural(view: EnglishSentence, token) -> bool:
    """ "Heads of state", "leaders", "ASEAN and China" (not "the United States"): what a plural pronoun may stand
    for (a capitalised "Heads" is tagged a proper noun, so the collective words count too)."""
    if token.tag_ == "NNS" or any(c.dep_ == "conj" for c in token.children):
        return True
    mentions = actor_mentions(view.ctx, token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text))
    named = [m for m in mentions if m.kind == "entity" and m.start <= token.idx < m.end]
    return not named and any(m.kind == "collective" and m.start <= token.idx < m.end for m in mentions)


def _document_reporter(view: EnglishSentence, subject) -> ActorRef | None:
    """ "The statement said, “We commit to establish ...”": "we" in a clause a meeting's document reports is the
    document's voice (the parties of its meeting, both of an ASEAN+1 one), not a speaker's; so is "we" in a quotation
    that goes on after "..., said the joint statement." in the same paragraph."""
    clause = subject.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    reporter = nearest_subject(clause.head) if clause.dep_ in ("ccomp", "parataxis") else None
    reporter_view = view
    if reporter is None and clause.head.i == clause.i and _opens_with_quote(view.sent):
        reporter_view = _previous_view(view)
        root = reporter_view.sent.root if reporter_view is not None else None
        reporter = nearest_subject(root) if root is not None and _ends_with_quote_close(root, view) else None
    if reporter is None or not reporter_view.match(view.ctx.actors.document_subjects, reporter):
        return None
    first, last = _phrase_bounds(reporter)
    return _document_voice(reporter_view, actor_mentions(view.ctx, first.idx, last.idx + len(last.text)))


def _opens_with_quote(sent) -> bool:
    return sent.text.lstrip()[:1] in QUOTE_MARKS or sent.text.lstrip().startswith("``")


def _previous_view(view: EnglishSentence) -> EnglishSentence | None:
    """The sentence before `view`'s in the same paragraph."""
    ctx = view.ctx
    paragraph = ctx.paragraph_of(view.sent.start_char)
    earlier = [s for s in ctx.doc.parsed.sents if s.end <= view.sent.start and s.text.strip()]
    if not earlier or ctx.paragraph_of(earlier[-1].start_char) != paragraph:
        return None
    return EnglishSentence.of(ctx, earlier[-1], ctx.doc.sentence_of(earlier[-1].start_char))


def _ends_with_quote_close(root, view: EnglishSentence) -> bool:
    """The previous sentence attributes a quotation ("``...,'' said the joint statement."): a say-verb after a quote."""
    return any(t.i < root.i and (t.text in QUOTE_MARKS or t.text in ("''", "``")) for t in root.sent)


def _reported_by(view: EnglishSentence, subject) -> ActorRef | None:
    """ "We will ..., the ministers said": the one who reports a first-person clause."""
    clause = subject.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "parataxis"):
        return None
    reporter = nearest_subject(clause.head)
    actor = resolve_token(view, reporter) if reporter is not None else None
    return actor if actor is not None and actor.how != "first_person" else None


def _phrase_bounds(token):
    """The noun phrase of `token` without relative clauses, appositions or trailing punctuation."""
    kept = [token] + [t for c in token.children if c.dep_ not in PHRASE_DROP_DEPS for t in c.subtree]
    kept = [t for t in kept if not t.is_punct or token.left_edge.i < t.i < token.i]
    return min(kept, key=lambda t: t.i), max(kept, key=lambda t: t.i)


def _joint_actor(view: EnglishSentence, subject) -> bool:
    """ "Together with other countries, we ...": the statement is made with the other members."""
    lex = view.ctx.lexicon
    for prep in (c for c in subject.head.children if c.dep_ == "prep"):
        if view.match(lex.joint_markers, prep.left_edge):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            mentions = [m for o in objects for m in actor_mentions(view.ctx, o.left_edge.idx, o.idx + len(o.text))]
            if any(m.kind in ("collective", "other") for m in mentions):
                return True
    return False
