"""Named entities: knowledge-base matches, head-word and title rules, and the statistical models,
reconciled into one mention per span with a canonical id shared across documents and languages.

Reads: tokenised ok documents (`parsed` spaCy Doc for English; `tokens` with underthesea POS and
CRF tags for Vietnamese) and the EVENT entities the meetings stage added. Adds: `entities`.

Order of trust: the knowledge base and the rules first (longest span wins), then the model's
mentions where nothing trusted overlaps them. Within a document, an acronym bound to its long
form ("... Management (AHA)"), a short person reference ("Mr. Dung", "Arroyo" of "Gloria Macapagal-Arroyo")
and a short form of a longer name ("the 2025 Master Plan") join the full entity (`coreference`).

Modules: `words`, `lexicon` (compiled rules), `gazetteer` (knowledge base), `rules` with `rules_en` and
`rules_vi` (names by rule), `model` (statistical mentions), `linking` (reconciliation and canonical ids),
`coreference` (one id per real entity within a document), `calibration` (a mention's score: the dev
precision of its kind of mention).
"""
from __future__ import annotations

from collections import Counter

from ..document import Document, Entity
from .calibration import calibrated
from .coreference import known_acronym_expansions, resolve_short_forms
from .gazetteer import compound_part_candidates, gazetteer_candidates
from .lexicon import Candidate, entity_rules
from .linking import (acronym_candidates, acronym_mentions, canonical, choose, link_short_names,
                      one_word_organisations, person_reference_candidates, same_surface_same_entity)
from .model import ModelDecision, model_candidates, title_spans
from .model import model_decisions as _model_decisions
from .rules import (after_nationality_cue, body_in_title, byline_candidates, head_rule_candidates, in_slogan,
                    meeting_series_spans, named_drop, short_person_names, title_countries, title_rule_candidates,
                    vietnamese_name_candidates, without_admin_prefix)


def model_decisions(doc: Document) -> list[ModelDecision]:
    """What became of each statistical model mention of `doc` (kept, or dropped by which named rule)."""
    return list(_model_decisions(doc, entity_rules(doc.lang)))


def find_entities(doc: Document) -> Document:
    """Set `doc.entities`: the EVENT entities already there plus one entity per other mention, in text order."""
    rules = entity_rules(doc.lang)
    events = [e for e in doc.entities if e.label == "EVENT"]   # meeting mentions, from the meetings stage
    candidates = [*gazetteer_candidates(doc), *compound_part_candidates(doc), *head_rule_candidates(doc, rules),
                  *title_rule_candidates(doc, rules), *title_countries(doc, rules), *byline_candidates(doc),
                  *vietnamese_name_candidates(doc, rules)]
    # a meeting, venue or credit is no entity, nor is any name nested in it ("Trung tâm Hội nghị Quốc gia Lào")
    not_entities = [(c.start, c.end) for c in candidates if named_drop(doc.text, c.start, c.end, rules)]
    not_entities += [span for span in meeting_series_spans(doc, rules) if not any(
        c.start < span[0] and span[1] <= c.end or c.start <= span[0] and span[1] < c.end for c in candidates
        if c.label == "LAW")]                       # "Kuala Lumpur Declaration on the East Asia Summit" stays
    titles = list(title_spans(doc, rules))     # "Chính phủ" in "Thủ tướng Chính phủ": part of a title
    candidates = [c for c in candidates if (c.start, c.end) not in not_entities and
                  (c.label in {"PERSON", "GPE"} or body_in_title(doc.text, c, rules)
                   or not any(a <= c.start and c.end <= b for a, b in titles))] + \
        list(model_candidates(doc, rules))         # model mentions went through the same rules, by name
    candidates = [without_admin_prefix(doc.text, c, rules) for c in candidates
                  if not after_nationality_cue(doc.text, c.start, c.label, rules) and not in_slogan(doc.text, c, rules)]
    event_spans = [(e.start, e.end) for e in events]
    # a span several meetings share is a list of them ("các Hội nghị Bộ trưởng Ngoại giao ASEAN với Trung Quốc, Hàn
    # Quốc và Australia"): the partners it names stay entities of their own
    listed = {span for span, n in Counter(event_spans).items() if n > 1}
    blocking = [span for span in event_spans if span not in listed]
    chosen = choose(candidates, blocking + not_entities, rules, doc.text, within_documents=event_spans)
    chosen = known_acronym_expansions(doc, short_person_names(doc.text, chosen) + person_reference_candidates(doc, chosen))
    bound = acronym_candidates(doc, chosen)
    chosen = sorted(chosen + acronym_mentions(doc, bound, chosen + [Candidate(e.start, e.end, "EVENT", "rule", 1.0) for e in events]),
                    key=lambda c: c.start)
    chosen = one_word_organisations(doc, chosen, [(e.start, e.end) for e in events] + not_entities, rules)
    entities = []
    for candidate in chosen:
        surface = doc.text[candidate.start:candidate.end]
        owner = bound.get(surface)
        identity = owner if owner is not None and candidate.entry is None else candidate
        entity_id, name, label = canonical(identity, doc.text)
        entities.append(Entity(candidate.start, candidate.end, surface, label, entity_id, name,
                               doc.sentence_of(candidate.start), candidate.source, candidate.score))
    entities = calibrated(resolve_short_forms(same_surface_same_entity(link_short_names(entities)), doc.lang), doc.lang)
    doc.entities = sorted(events + entities, key=lambda e: (e.start, e.end))
    return doc
