"""Actor resolution shared by the languages: the phrases that can name an actor, the party they bind,
the speaker of a quotation, credit to a meeting.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..kb import knowledge_base, match_key, words_of
from .context import DocContext, party_of
from .records import ActorRef, Mention


def actor_mentions(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """Every phrase in text[start:end] that can name an actor, in text order (longest first)."""
    # the rules ask again for the same phrases (each candidate trigger looks for its subject)
    if (start, end) not in ctx.mentions_by_span:
        ctx.mentions_by_span[(start, end)] = _actor_mentions(ctx, start, end)
    return ctx.mentions_by_span[(start, end)]


def _actor_mentions(ctx: DocContext, start: int, end: int) -> list[Mention]:
    text, lex, actors = ctx.doc.text, ctx.lexicon, ctx.actors
    words = [(a + start, b + start, w) for a, b, w in words_of(text[start:end])]
    keys = [match_key(w) for _, _, w in words]
    if not ctx.actor_tables:
        ctx.actor_tables = _by_first_word((
            ("first_person", lex.first_person), ("anaphora", lex.anaphora), ("forum", actors.forums),
            ("collective", lex.collective), ("meeting", lex.meeting_words), ("official", actors.officials),
            ("other", lex.other_party), ("bilateral", lex.bilateral), ("entity", actors.demonyms)))
    found = []
    for i, (word_start, _, word) in enumerate(words):
        for kind, table in ctx.actor_tables.get(keys[i], ()):
            hit = table.match(keys, i)
            if hit:
                value = hit[0] if kind in ("forum", "entity") else None
                found.append(Mention(word_start, words[hit[1][-1]][1], kind, value))
        series = word.split("-")[0].upper()
        if "-" in word and (series in actors.asean_series or series in actors.forum_by_series):
            found.append(Mention(word_start, words[i][1], "meeting", series=series))   # "AMM-51"
    kb = knowledge_base()
    resolved = {(e.start, e.end): e.entity_id for e in ctx.doc.entities}
    for match in kb.find(text, start, end):
        if match.kind == "ambiguous":
            # "Korea": the party the entities stage made of it in this article, if a state
            entry = kb.by_id.get(resolved.get((match.start, match.end), ""))
            if entry is not None and entry.label == "GPE" and entry.iso2:
                found.append(Mention(match.start, match.end, "entity", entry.entity_id))
            continue
        if (match.start, match.end) in ctx.dateline_places:
            continue              # where the story was filed from: "SINGAPORE - Southeast Asian leaders have signed"
        if match.entry.label in ("GPE", "ORG") and match.entry.group not in actors.not_actor_groups:
            found.append(Mention(match.start, match.end, "entity", match.entry.entity_id))
        elif match.entry.label == "PERSON" and party_of(match.entry, ctx.doc.published) in kb.entries:
            # a known official binds the state or body he or she speaks for at the article's date ("Wang Yi" -> China)
            party = kb.entries[party_of(match.entry, ctx.doc.published)]
            found.append(Mention(match.start, match.end, "person", party.entity_id))
    found += _surname_mentions(ctx, words, start)
    if ctx.introduced:
        taken = [(m.start, m.end) for m in found if m.kind == "person"]
        found += [Mention(e.start, e.end, "person", ctx.introduced[e.entity_id]) for e in ctx.doc.entities
                  if e.entity_id in ctx.introduced and start <= e.start and e.end <= end
                  and not any(a < e.end and e.start < b for a, b in taken)]
    for meeting in ctx.doc.meetings:
        if start <= meeting.start and meeting.end <= end:
            found.append(Mention(meeting.start, meeting.end, "meeting", meeting.meeting_id, meeting.series))
    return sorted(found, key=lambda m: (m.start, -(m.end - m.start)))


def _by_first_word(tables: tuple) -> dict:
    """{first word: the (kind, table) pairs with a phrase starting with it, in the tables' order}: most words
    start no phrase of any table, and are passed with one lookup."""
    index: dict = {}
    for kind, table in tables:
        for first in table.by_first:
            index.setdefault(first, []).append((kind, table))
    return index


def _surname_mentions(ctx: DocContext, words: list, start: int) -> list[Mention]:
    """ "Yoon noted ...", "Romulo called on ...": a one-word part of a known person's full name, written alone after
    the full name in the same article, is that person (a part two people of the article share is no one's)."""
    parts = ctx.person_parts
    found = []
    for word_start, word_end, word in words:
        hit = parts.get(word)
        if hit is not None and hit[1] < word_start and not _inside_full_name(ctx, word_start):
            found.append(Mention(word_start, word_end, "person", hit[0]))
    return found


def _inside_full_name(ctx: DocContext, offset: int) -> bool:
    return any(a <= offset < b for a, b in ctx.person_spans)


def resolve_mentions(ctx: DocContext, mentions: list[Mention], phrase: list[Mention], at: int,
                     sentence: int) -> ActorRef | None:
    """The party bound, from the mentions naming the actor (`phrase`: all mentions of the phrase)."""
    kinds = {m.kind for m in mentions}
    if not mentions or "other" in kinds:
        return None       # "its partners": no party we can name
    if any(m.kind == "bilateral" for m in phrase):
        return ActorRef("bilateral")      # "the two sides", "hai bên": the two parties the article is about
    if "first_person" in kinds:
        return ActorRef("first_person", first_person_actor(ctx, at))
    if "anaphora" in kinds:
        return ActorRef("context")
    for mention in mentions:
        if mention.kind == "forum" and not _names_a_meeting(mentions, mention):
            return ActorRef("subject", mention.entity_id)
    for mention in mentions:
        if mention.kind == "meeting":
            series = mention.series
            if series is None:   # "the meeting": the one of the sentence, else the article's
                near = ctx.meeting_near(sentence)
                series = near.series if near else None
            return ctx.meeting_ref(series)
    person = next((m for m in mentions if m.kind == "person"), None)
    if person is not None and "collective" not in kinds:
        return ActorRef("subject", person.entity_id)
    state = next((m.entity_id for m in phrase if m.kind == "entity" and m.entity_id != ctx.actors.asean_id
                  and _is_state(m.entity_id)), None)
    if "collective" in kinds:
        forum = next((m.entity_id for m in phrase if m.kind == "forum"), None)
        asean = next((m.entity_id for m in phrase if m.entity_id == ctx.actors.asean_id), None)
        if asean is None and any(m.kind == "collective" and _names_asean(ctx, m) for m in mentions):
            asean = ctx.actors.asean_id          # "the southeast Asian grouping", "the bloc": ASEAN itself
        if "other" in {m.kind for m in phrase} or (asean and state):
            # "the leaders from ASEAN and its dialogue partners, China, Japan ...", "Southeast Asian nations and their
            # partners, including South Korea": the forum they meet in
            return ActorRef("subject", ctx.collective_actor(sentence))
        # "ASEAN leaders" at the East Asia Summit are ASEAN's; "the leaders" there are the forum's
        partner = ctx.plus_one_partner(sentence) if not (state or forum or asean) else None
        if partner is not None:
            # "Các nước nhất trí" at the ASEAN-China meeting: ASEAN and China (an ASEAN+1 meeting binds both)
            return ActorRef("plus_one", partner)
        return ActorRef("subject", state or forum or asean or ctx.collective_actor(sentence))
    if "official" in kinds:
        named = next((m for m in phrase if m.kind == "person" and m.entity_id), None)
        if named is not None:       # "Thủ tướng Chính phủ Phạm Minh Chính": the title's own holder
            return ActorRef("subject", named.entity_id)
        person = _pronoun_antecedent(ctx, mentions, at) or _title_antecedent(ctx, mentions, at)
        if person is not None:
            return ActorRef("official", person)     # "He urged ...": the person last named before
        if state or ctx.speaker_state:
            return ActorRef("official" if not state else "subject", state or ctx.speaker_state)
        return None
    # a city is where something happens, not a party ("CEBU, Philippines – ... leaders agreed"); but a capital that acts
    # is its government ("Washington sẽ tiếp tục hiện diện", "Beijing pledged")
    entity = next((m for m in mentions if m.kind == "entity" and not _is_city(m.entity_id)), None)
    capital = next((m for m in mentions if m.kind == "entity" and m.entity_id in capital_states()), None)
    if entity is None and capital is not None:
        return ActorRef("subject", capital_states()[capital.entity_id])
    return ActorRef("subject", entity.entity_id) if entity else None


@functools.cache
def capital_states() -> dict[str, str]:
    """{a capital's entity id: its state's} from the knowledge base (countries.yaml `capital`)."""
    kb = knowledge_base()
    return {kb.entries[e.capital].entity_id: e.entity_id for e in kb.entries.values()
            if e.capital and e.capital in kb.entries}


def _names_asean(ctx: DocContext, mention: Mention) -> bool:
    keys = _keys(ctx.doc.text[mention.start:mention.end])
    return any(ctx.actors.asean_names.match(keys, i) for i in range(len(keys)))


# How far before a person's name the title it is named with may start ("Prime Minister Narendra Modi").
TITLE_REACH = 40


def _pronoun_antecedent(ctx: DocContext, mentions: list[Mention], at: int, paragraphs: int = 2) -> str | None:
    """The party of the known person named last before a personal pronoun ("he", "ông": actors.yaml `pronouns`),
    in its paragraph or the `paragraphs` before it (blank lines aside); None when the phrase is no pronoun or no one
    was named."""
    official = _only_official(mentions)
    if official is None or not ctx.actors.pronouns.match(_keys(ctx.doc.text[official.start:official.end]), 0):
        return None
    people = _people_before(ctx, official.start, at, paragraphs)
    return people[-1].entity_id if people else None


def _title_antecedent(ctx: DocContext, mentions: list[Mention], at: int, paragraphs: int = 4) -> str | None:
    """ "The premier urged ..." after "Premier Li Qiang told ...": the party of the known person last named with that
    same title before it, in its paragraph or the `paragraphs` before it (not merely the last person named: "Najib met
    President Obama. The Prime Minister said ..." is Najib's)."""
    official = _only_official(mentions)
    if official is None:
        return None
    text = ctx.doc.text
    title = _keys(text[official.start:official.end])
    people = [m for m in _people_before(ctx, official.start, at, paragraphs) if m.entity_id
              and _keys(text[max(0, m.start - TITLE_REACH):m.start])[-len(title):] == title]
    return people[-1].entity_id if people else None


def _only_official(mentions: list[Mention]) -> Mention | None:
    """The actor phrase's one mention when it is an official's word ("he", "the premier"), else None."""
    return mentions[0] if len(mentions) == 1 and mentions[0].kind == "official" else None


def _people_before(ctx: DocContext, end: int, at: int, paragraphs: int) -> list[Mention]:
    """The known people named before `end`, in the paragraph of `at` or the `paragraphs` before it (blank lines aside)."""
    return [m for m in actor_mentions(ctx, ctx.paragraphs_back(at, paragraphs), end) if m.kind == "person"]


def _keys(text: str) -> list[str]:
    return [match_key(w) for _, _, w in words_of(text)]


def _names_a_meeting(mentions: list[Mention], forum: Mention) -> bool:
    """ "The 6th East Asia Summit will convene": the forum's name inside a meeting's names the meeting."""
    return any(m.kind == "meeting" and m.entity_id and m.start <= forum.start and forum.end <= m.end
               and (m.start, m.end) != (forum.start, forum.end) for m in mentions)


def meeting_credit(ctx: DocContext, action: str, sentence: int, start: int, end: int) -> ActorRef | None:
    """ "The plan was adopted at the meeting": an agentless approval is the meeting's, when one is named."""
    if action not in ctx.lexicon.passive_meeting_actions:
        return None
    if not any(m.kind == "meeting" for m in actor_mentions(ctx, start, end)):
        return None
    near = ctx.meeting_near(sentence)
    return ctx.meeting_ref(near.series if near else None)


def is_schedule(rule, actor: ActorRef) -> bool:
    """ "The 19th ASEAN Summit will open the series", "Hội nghị sẽ thảo luận ...": what a meeting will do is its
    schedule; a meeting binds only with a trigger or cue of its own ("the meeting agreed", "decided")."""
    return rule.action == "plan" and actor.how == "meeting"


def _is_state(entity_id: str) -> bool:
    entry = knowledge_base().by_id.get(entity_id)
    return entry is not None and entry.label == "GPE" and not _is_city(entity_id)


def _is_city(entity_id: str) -> bool:
    """A place the knowledge base gives no country code: a city or province, never a bound party."""
    entry = knowledge_base().by_id.get(entity_id)
    return entity_id.startswith("GPE:") if entry is None else (entry.label == "GPE" and not entry.iso2)


def first_person_actor(ctx: DocContext, offset: int) -> str | None:
    """"We": the speaker of the quote, else the joint document's meeting, else the article's state."""
    speaker = quote_speaker(ctx, offset)
    if speaker:
        return speaker
    # a meeting's own document: a joint statement, or "we" outside any quotation in an article that names no one
    # before it and speaks through no state's officials (a leader's speech does): "Press Release by the Chairman of
    # the ASEAN Foreign Ministers' Retreat ... We committed to ..."
    own_document = ctx.joint_statement or (
        ctx.speaker_state is None and ctx.main_meeting is not None and not _quoted(ctx, offset)
        and not any(e.label == "PERSON" and e.start < offset for e in ctx.doc.entities))
    if own_document:
        return ctx.meeting_actor(ctx.main_meeting.series if ctx.main_meeting else None)
    return ctx.speaker_state


def _paragraph_quotes(ctx: DocContext, offset: int) -> tuple[int, int, list[tuple[int, int]]]:
    """(start, end) of the paragraph holding `offset`, and the quotations in it."""
    text = ctx.doc.text
    start = ctx.paragraph_starts[ctx.paragraph_of(offset)]
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return start, end, quote_spans(text, start, end)


def _quoted(ctx: DocContext, offset: int) -> bool:
    return any(a <= offset < b for a, b in _paragraph_quotes(ctx, offset)[2])


def quote_speaker(ctx: DocContext, offset: int) -> str | None:
    """Who a quotation around `offset` is attributed to, from the words of its paragraph outside quotes."""
    start, end, quotes = _paragraph_quotes(ctx, offset)
    if not any(a <= offset < b for a, b in quotes):
        return None
    outside = [(a, b) for a, b in _gaps(quotes, start, end) if b - a > 1]
    for a, b in outside:
        mentions = [m for m in actor_mentions(ctx, a, b) if m.kind not in ("first_person", "anaphora")]
        # a quotation is a person's words: "To reboot cooperation among the three nations, Yoon affirmed, ..."
        for mention in sorted(mentions, key=lambda m: m.kind != "person"):
            ref = resolve_mentions(ctx, [mention], mentions, offset, ctx.doc.sentence_of(offset))
            if ref and ref.entity_id:
                return ref.entity_id
    return None


QUOTE_OPEN, QUOTE_CLOSE, QUOTE_BOTH = "“«", "”»", '"'


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each quotation in text[start:end], quote marks included."""
    spans, opened = [], None
    for i in range(start, end):
        c = text[i]
        if opened is None and (c in QUOTE_OPEN or c in QUOTE_BOTH):
            opened = i
        elif opened is not None and (c in QUOTE_CLOSE or c in QUOTE_BOTH):
            spans.append((opened, i + 1))
            opened = None
    if opened is not None:      # a quotation running to the end of the paragraph
        spans.append((opened, end))
    return spans


def _gaps(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    gaps, cursor = [], start
    for a, b in spans:
        gaps.append((cursor, a))
        cursor = b
    gaps.append((cursor, end))
    return gaps


def shared_actor(actor: ActorRef | None, how: str) -> ActorRef | None:
    if actor is None or how == "subject" or actor.how != "subject":
        return actor
    return replace(actor, how="shared")


def coordinated_parties(ctx: DocContext, actor_id: str, start: int, end: int,
                        sentence: tuple[int, int]) -> tuple[list[tuple[str, int, int]], int]:
    """Every party of a coordinated actor ("Thailand and Malaysia", "A, B and C", "Indonesia và Việt Nam"), as
    (entity_id, start, end) in text order, and where the coordination starts; the actor alone when it stands alone.

    The actor phrase `text[start:end]` holds the bound party `actor_id`; named parties joined to it by the
    language's coordinators (models/commitments/<lang>.yaml) are bound too. Unnamed groups ("its partners")
    and "with X" phrases are no party.
    """
    parties = _party_mentions(ctx, *sentence)
    at = next((k for k, m in enumerate(parties) if m.entity_id == actor_id and start <= m.start and m.end <= end), None)
    if at is None:
        return [(actor_id, start, end)], start
    group = next((g for g in _coordinated_groups(ctx, parties) if at in g), [at])
    if not _only_articles(ctx, start, parties[group[0]].start):
        group = [at]        # "the leaders from ASEAN and its partners, China, Japan and ...": the list is no subject
    chain, seen = [], set()
    for mention in (parties[k] for k in group):
        if mention.entity_id not in seen:
            seen.add(mention.entity_id)
            chain.append((mention.entity_id, mention.start, mention.end))
    return chain, parties[group[0]].start


def _coordinated_groups(ctx: DocContext, parties: list[Mention]) -> list[list[int]]:
    """Runs of party names of the form "A and B" or "A, B and C": commas join only in a list that a
    coordinator closes ("As a member of ASEAN, Vietnam supports" joins nothing)."""
    groups, current, closed = [], [0] if parties else [], None
    for k in range(1, len(parties)):
        link = _link(ctx, parties[k - 1].end, parties[k].start)
        if link is None or closed == "coordinator":
            if closed:
                groups.append(current)
            current, closed = [k], None
            continue
        current.append(k)
        # a joint marker ("A together with B, C and D", "A cùng B") joins a list that may go on after it
        if link != "aside":
            closed = link if link != "comma" else ("joint" if closed == "joint" else None)
    if closed:
        groups.append(current)
    return groups


def _party_mentions(ctx: DocContext, start: int, end: int) -> list[Mention]:
    """Mentions that name one party (a state, an organisation, a forum, a known official), longest first."""
    kb = knowledge_base().by_id
    kept: list[Mention] = []
    for m in actor_mentions(ctx, start, end):
        if m.kind == "entity" and m.entity_id in capital_states():     # "Seoul và ASEAN thống nhất"
            m = replace(m, entity_id=capital_states()[m.entity_id])
        entry = kb.get(m.entity_id) if m.entity_id else None
        named = m.kind in ("forum", "person") or (m.kind == "entity" and entry is not None
                                                  and (entry.label == "ORG" or entry.iso2))
        if m.entity_id and named and not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    return kept


def _only_articles(ctx: DocContext, a: int, b: int) -> bool:
    """Only articles, numbers, titles and collective words (and dashes) stand before the list ("the", "Các nhà lãnh đạo
    ASEAN và ...", "Six other states - Denmark, Greece ..."); a dateline's place is where the story was filed ("BUSAN -
    Leaders of Korea and Asean adopted ...")."""
    places = [(m.start, m.end) for m in actor_mentions(ctx, a, b) if m.kind == "entity" and _is_city(m.entity_id)]
    dateline = ctx.lexicon.dateline.match(ctx.doc.text, ctx.paragraph_starts[ctx.paragraph_of(a)]) \
        if ctx.lexicon.dateline is not None else None
    if dateline is not None:     # a paragraph opening with a dateline, even below a photo caption
        places.append(dateline.span("place"))
    words = [(p, match_key(w)) for p, _, w in words_of(ctx.doc.text[a:b])]
    return all(w.isdigit() or not w.isalnum() or _title_or_article(ctx, w) for p, w in words
               if not any(x <= p + a < y for x, y in places))


def leading_words_start(ctx: DocContext, start: int, floor: int) -> int:
    """Where the words before a list of parties that only introduce it begin ("các nhà lãnh đạo | ASEAN và Australia",
    "tám nước đối tác đối thoại của | ASEAN"): articles, titles, collective words and owner markers, back to `floor` (the
    sentence's start)."""
    opening = start
    for word_start, _, word in reversed(words_of(ctx.doc.text[floor:start])):
        key = match_key(word)
        if not (key.isdigit() or _title_or_article(ctx, key) or ctx.lexicon.owner_markers.match([key], 0)):
            break
        opening = floor + word_start
    return opening


def _title_or_article(ctx: DocContext, key: str) -> bool:
    """A word of an article, an official's title or a collective phrase ("and Prime Minister", "và Thủ tướng")."""
    return any(key in _words_of_table(table)
               for table in (ctx.lexicon.coordinated_articles, ctx.actors.officials, ctx.lexicon.collective))


def _words_of_table(table) -> frozenset:
    return frozenset(w for entries in table.by_first.values() for words, _ in entries for w in words)


def _link(ctx: DocContext, a: int, b: int) -> str | None:
    """How the text between two party names joins them: "coordinator" ("and", "và", "and the"), "joint" ("together
    with", "cùng": the parties act together), "comma", "aside" (nothing but brackets: "GCC (GCC)"), or None."""
    # an aside in brackets ("Gulf Cooperation Council (GCC) and the ...", "ASEAN (the bloc's acronym) and China")
    words = [w for w in _keys(re.sub(r"\([^()]*\)", " ", ctx.doc.text[a:b])) if w not in "()"]
    if not words:
        return "aside"       # a name and its acronym in brackets: one party
    lex = ctx.lexicon
    bare = [w for w in words if w != ","]
    joint = lex.joint_markers.match(bare, 0) if bare else None
    if joint is not None and joint[1][-1] == len(bare) - 1:
        return "joint"
    coordinators = [w for w in words if lex.coordinators.match([w], 0)]
    if not all(w == "," or w in coordinators or _title_or_article(ctx, w) for w in words):
        return None
    return "coordinator" if coordinators else "comma" if "," in words else None


def two_sides(ctx: DocContext, end: int) -> list[tuple[str, int, int]]:
    """ "Both sides", "hai Bộ trưởng": the two parties (states, ASEAN) the text names most up to `end`, each with
    its first mention; ASEAN and the one bloc named beside it ("The two sides will undertake consultations" after the
    GCC-ASEAN summit: not the host state); fewer than two named: none. A dateline's place is where the story was filed."""
    counts: dict[str, list] = {}
    blocs: dict[str, list] = {}
    for m in _party_mentions(ctx, 0, end):
        entry = knowledge_base().by_id.get(m.entity_id)
        if any(a <= m.start < b for a, b in ctx.dateline_places):
            continue
        if m.entity_id == ctx.actors.asean_id or (entry is not None and entry.label == "GPE" and entry.iso2):
            counts.setdefault(m.entity_id, [0, m.start, m.end])[0] += 1
        elif entry is not None and entry.group in ctx.actors.bloc_groups:
            blocs.setdefault(m.entity_id, [0, m.start, m.end])[0] += 1
    if ctx.actors.asean_id in counts and len(blocs) == 1:
        pair = sorted([(ctx.actors.asean_id, counts[ctx.actors.asean_id]), *blocs.items()], key=lambda item: item[1][1])
        return [(entity_id, start, stop) for entity_id, (_, start, stop) in pair]
    ranked = sorted(counts.items(), key=lambda item: (-item[1][0], item[1][1]))[:2]
    return [(entity_id, start, stop) for entity_id, (_, start, stop) in ranked] if len(ranked) == 2 else []

