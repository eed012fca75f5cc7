"""Reconciliation and linking within a document: non-overlapping candidates by trust, canonical ids, and
acronyms, short person references and repeated surfaces joined to their full entity.
"""
from __future__ import annotations

import re

from ..document import Document, Entity
from ..ids import ascii_fold, fallback_entity_id
from ..kb import knowledge_base
from .lexicon import MODEL_SCORE, Candidate, EntityRules
from .rules import named_drop
from .words import in_a_longer_name, is_acronym, one_word, words_in


_ACRONYM = re.compile(r"\(([^\W\d_][\w&\-]{1,14})\)")


def acronym_candidates(doc: Document, chosen: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms written in parentheses right after a chosen name, and one-word short names right after an
    organisation's ("Tổng công ty Vận tải thuỷ (Vivaso)"): short form -> the name's candidate."""
    by_end = {c.end: c for c in chosen}
    bound = {}
    for m in _ACRONYM.finditer(doc.text):
        short = m.group(1)
        before = doc.text[:m.start()].rstrip()
        owner = by_end.get(len(before))
        # a known entity keeps its own acronyms: "... ASEAN (ACCC)" does not make ACCC a name of ASEAN
        if owner is None or owner.entry is not None or short in bound:
            continue
        if is_acronym(short) and owner.label in {"ORG", "LAW", "LOC", "GPE"} or owner.label == "ORG" and _short_name(short):
            bound[short] = owner
    return bound


def _short_name(word: str) -> bool:
    """A capitalised word no knowledge-base name: an organisation's short name ("Sabeco", "Fahasa"), not the
    country or city the parenthesis places it in ("Bộ Quốc phòng (Nga)")."""
    return word[:1].isupper() and "-" not in word and not any(knowledge_base().find(word))    # "(Anh)": ambiguous, a place


_PRIORITY = {"gazetteer": 3, "rule": 2, "model": 1}


def choose(candidates: list[Candidate], taken: list[tuple[int, int]], rules: EntityRules | None = None,
           text: str = "", within_documents: list[tuple[int, int]] = ()) -> list[Candidate]:
    """Non-overlapping candidates: trusted sources longest first, then model mentions into the gaps.
    `within_documents`: spans (meetings) a document's name may hold whole ("Tuyên bố chung của Hội nghị Bộ trưởng
    ASEAN (AMM) lần thứ 53", "Joint Communiqué of the 57th AMM": the gold policy's LAW titles).

    A known agreement or organisation ("Five-Point Consensus") keeps its extent against a rule span
    that starts with it and runs on through a connector ("... of the ASEAN Leaders"), unless the connector
    continues a title ("Kuala Lumpur Declaration" + "on the East Asia Summit").
    """
    if rules is not None:
        known = {c.start: c for c in candidates if c.source == "gazetteer" and c.label in {"LAW", "ORG"}}
        candidates = [c for c in candidates if not (c.source == "rule" and c.label != "PERSON" and c.start in known
                                                    and _continues_with_connector(text, known[c.start], c.end, rules))]
    chosen: list[Candidate] = []
    occupied = list(taken)
    trusted = sorted((c for c in candidates if c.source != "model"),
                     key=lambda c: (-(c.end - c.start), -_PRIORITY[c.source], c.start))
    model = sorted((c for c in candidates if c.source == "model"), key=lambda c: (c.start, -(c.end - c.start)))
    for candidate in trusted + model:
        holds = [] if candidate.label != "LAW" else [(s, e) for s, e in within_documents
                                                     if candidate.start < s and e <= candidate.end]
        if candidate.end > candidate.start and not any(candidate.start < e and s < candidate.end
                                                       for s, e in occupied if (s, e) not in holds):
            chosen.append(candidate)
            occupied.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda c: c.start)


def _continues_with_connector(text: str, known: Candidate, end: int, rules: EntityRules) -> bool:
    following = words_in(text, known.end, end)
    return bool(following) and following[0].key in rules.connectors \
        and not (known.label == "LAW" and following[0].key in rules.title_continuers
                 and not _only_a_place(text, following[1:], rules))


def _only_a_place(text: str, words: list, rules: EntityRules) -> bool:
    """ "on Myanmar", "về Myanmar": the topic of a known act, not more of its title."""
    while words and words[0].key in rules.strip_leading:
        words = words[1:]
    entry = knowledge_base().lookup(text[words[0].start:words[-1].end]) if words else None
    return entry is not None and entry.label in {"GPE", "LOC"}


def canonical(candidate: Candidate, text: str) -> tuple[str, str, str]:
    """(entity_id, name, label) for a chosen mention."""
    surface = text[candidate.start:candidate.end]
    entry = candidate.entry or knowledge_base().lookup(surface)
    if entry is not None:
        return entry.entity_id, entry.name, entry.label
    name = ascii_fold(surface) if candidate.label == "PERSON" else " ".join(surface.split())
    return fallback_entity_id(candidate.label, name), name, candidate.label


def link_short_names(entities: list[Entity]) -> list[Entity]:
    """A partial person reference ("Dung", "Hung Viet", "Arroyo" of "Gloria Macapagal-Arroyo", "Vương" of
    "Vương Nghị" whose canonical name is "Wang Yi") takes the id of the unique longer person of the document
    whose name or one of whose mentions ends or starts with it; so does one word the model mislabelled."""
    persons = [e for e in entities if e.label == "PERSON"]
    linked = []
    for e in entities:
        if e.label == "PERSON" or _model_word(e):
            forms = {_person_words(e.name), _person_words(e.text)}
            owners = {f.entity_id: f for f in persons
                      if any(_shortens(short, _person_words(f.name)) or _shortens(short, _person_words(f.text))
                             for short in forms)}
            if len(owners) == 1 and e.entity_id not in owners:
                owner = next(iter(owners.values()))
                e = Entity(e.start, e.end, e.text, "PERSON", owner.entity_id, owner.name, e.sentence, e.source, e.score)
        linked.append(e)
    return linked


def _model_word(e: Entity) -> bool:
    """One word the statistical model labelled other than a person, unknown to the knowledge base ("Lavrov"
    tagged a place, "Najib" an organisation): a person's short reference when it shortens a person's name."""
    return e.source == "model" and e.label in {"ORG", "GPE", "LOC"} and len(e.text.split()) == 1 \
        and e.entity_id not in knowledge_base().by_id


def _person_words(name: str) -> tuple[str, ...]:
    """Folded words of a person's name, a hyphenated name in its parts ("Macapagal-Arroyo")."""
    return tuple(ascii_fold(name).casefold().replace("-", " ").split())


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    return 0 < len(short) < len(full) and short in (full[-len(short):], full[:len(short)])


def person_reference_candidates(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """English: a capitalised word that is the first or last word of a full person name found in the
    document ("Son later met ...") refers to that person. Vietnamese short references carry a title."""
    if doc.lang != "en":
        return []
    names = {w for c in chosen if c.label == "PERSON" for w in _name_ends(doc.text[c.start:c.end])}
    found = []
    for word in sorted(names):
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text):
            if not any(m.start() < c.end and c.start < m.end() for c in chosen + found):
                found.append(Candidate(m.start(), m.end(), "PERSON", "rule", MODEL_SCORE["rule"]))
    return found


def _name_ends(name: str) -> set[str]:
    """First and last word of a full name, and the last part of a hyphenated family name ("Arroyo" of
    "Gloria Macapagal-Arroyo")."""
    words = name.split()
    if len(words) < 2:
        return set()
    last_part = words[-1].rsplit("-", 1)[-1]
    return {words[0], words[-1]} | ({last_part} if last_part[:1].isupper() and len(last_part) > 2 else set())


def acronym_mentions(doc: Document, bound: dict[str, Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """Every standalone occurrence of a bound acronym that no chosen mention covers yet."""
    extra = []
    for acronym in sorted(bound):
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", doc.text):
            if not any(m.start() < c.end and c.start < m.end() for c in chosen + extra):
                extra.append(Candidate(m.start(), m.end(), bound[acronym].label, "rule", MODEL_SCORE["rule"]))
    return extra


def one_word_organisations(doc: Document, chosen: list[Candidate], taken: list[tuple[int, int]],
                           rules: EntityRules) -> list[Candidate]:
    """One sense per document: a one-word organisation the document names ("Uber", "PVN", "PC67") is that
    organisation wherever else the word stands alone and no finder took it (not inside a longer capitalised
    name, nor where a named rule drops the word: "Theo TTXVN"); the model's persons and places of the surface
    were relabelled already (model.model_decisions, "one_word_organisation")."""
    if not rules.one_sense_labels:
        return chosen
    names = {doc.text[c.start:c.end] for c in chosen if c.label == "ORG" and one_word(doc.text[c.start:c.end])}
    found = list(chosen)
    occupied = [(c.start, c.end) for c in found] + list(taken)
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc.text):
            if not any(m.start() < e and s < m.end() for s, e in occupied) \
                    and not in_a_longer_name(doc.text, m.start(), m.end()) \
                    and not named_drop(doc.text, m.start(), m.end(), rules):
                found.append(Candidate(m.start(), m.end(), "ORG", "rule", MODEL_SCORE["rule"]))
                occupied.append(m.span())
    return sorted(found, key=lambda c: c.start)


def same_surface_same_entity(entities: list[Entity]) -> list[Entity]:
    """Within a document, a surface the knowledge base resolved once names the same entity everywhere."""
    resolved = {}
    for e in entities:
        if e.source == "gazetteer" and e.label != "PERSON":
            resolved.setdefault(e.text.casefold(), e)
    unified = []
    for e in entities:
        known = resolved.get(e.text.casefold())
        if known is not None and e.source != "gazetteer" and e.label != "PERSON":
            e = Entity(e.start, e.end, e.text, known.label, known.entity_id, known.name, e.sentence, e.source, e.score)
        unified.append(e)
    return unified
