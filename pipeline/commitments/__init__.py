"""Commitments: who committed to what, by when, at which meeting (docs/contract.md, commitments).

Reads: tokenised ok documents (English: the spaCy dependency parse in `parsed`; Vietnamese:
underthesea words with POS tags in `tokens`), the knowledge base, `meetings`, and the dates stage's
`deadline_in` / `deadline_for`. Adds: `commitments`, one record per statement, in text order.

The words are data: models/commitments/en.yaml and vi.yaml (same keys), actors.yaml (who an actor
is). A trigger keeps its own action ("agreed to adopt" is agree); an intent cue ("will", "determined
to", "sẽ", "cam kết") takes the action its complement names ("decided to implement" is implement);
a standalone verb commits with its own subject ("Vietnam supports ..."); coordinated complements are
rows of their own. Nothing comes out of the scope of a welcome, a note, a concern, a proposal or
advice ("should", "nên"), nor out of a negated trigger or a headline (it restates the body), a question, a
condition, a draft's wording, a shared view or a schedule fact (attendance, agenda, chairing one meeting).
A statement binding several named parties ("Thailand and Malaysia", "Indonesia và Việt Nam", "both sides")
gives one row per party; the rows share the statement's id (tables.py).

One small extractor per language yields `Statement`s. Shared: resolving the actor (collective ASEAN
actors -> ASEAN, leaders at a forum with partners -> the forum, an official -> the state they speak
for at the article's date (people.yaml `terms`), "he"/"ông" and a bare surname -> the person named before,
"we" -> the speaker), the score (the trigger's base score times how surely the actor was found, read
on the language's calibration line), the deadline (relative ones anchored to the article's date), the
meeting, and dropping a statement said twice in one sentence (a sentence the page repeats is two).

Modules: `lexicon` (the words, compiled), `records` (what the extractors yield), `context` (the article as
a whole), `actors` (shared actor resolution), `english_sentence`, `english_actors` and `english` (the
dependency-parse rules), `vietnamese_sentence`, `vietnamese_nominal`, `vietnamese_lists`, `vietnamese_actors` and `vietnamese` (the POS
rules),
`finish` (statements -> commitments).
"""
from __future__ import annotations

import functools
from typing import Iterable

from ..document import Document
from ..resources import load_data
from .context import DocContext
from .english import english_statements
from .finish import finish_statements
from .lexicon import ActorRules, Lexicon
from .vietnamese import vietnamese_statements


class CommitmentRules:
    """Compiled lexicons per language plus the shared actor rules; call it on a document."""

    def __init__(self, lexicons: dict[str, Lexicon], actors: ActorRules):
        self.lexicons, self.actors = lexicons, actors

    @classmethod
    def from_disk(cls, folder: str = "commitments", languages: Iterable[str] = ("en", "vi")) -> "CommitmentRules":
        lexicons = {lang: Lexicon.from_data(load_data(f"{folder}/{lang}.yaml")) for lang in languages}
        return cls(lexicons, ActorRules.from_data(load_data(f"{folder}/actors.yaml")))

    def __call__(self, doc: Document) -> Document:
        lexicon = self.lexicons.get(doc.lang)
        if lexicon is None or not doc.text or (doc.lang == "en" and doc.parsed is None):
            doc.commitments = []
            return doc
        ctx = DocContext.build(doc, lexicon, self.actors)
        extract = english_statements if doc.lang == "en" else vietnamese_statements
        doc.commitments = finish_statements(ctx, list(extract(ctx)))
        return doc


@functools.cache
def commitment_rules() -> CommitmentRules:
    return CommitmentRules.from_disk()


def find_commitments(doc: Document) -> Document:
    """Set `doc.commitments`: the commitment statements of the document, in text order."""
    return commitment_rules()(doc)
