"""Knowledge-base mentions: aliases found in each sentence (an ambiguous alias only where the model or the
segmenter agrees), and known names inside hyphenated compounds.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..kb import knowledge_base
from .lexicon import MODEL_SCORE, Candidate, EntityRules, entity_rules, title_length
from .model import model_mentions
from .rules_vi import sentence_initial
from .words import Word, mark_after, words_in


_PERSON_LABELS = {"PER", "PERSON"}


def gazetteer_candidates(doc: Document) -> Iterator[Candidate]:
    kb = knowledge_base()
    # a model person confirms no place inside it ("Bảo Anh" holds no "Anh", the United Kingdom)
    model_spans = [(s, e) for s, e, label in model_mentions(doc) if label not in _PERSON_LABELS]
    rules = entity_rules(doc.lang)
    for sentence_start, sentence_end in doc.sentences:
        for match in kb.find(doc.text, sentence_start, sentence_end):
            if match.kind == "ambiguous" and not _ambiguous_confirmed(doc, match.start, match.end, model_spans):
                continue
            if match.kind == "ambiguous" and doc.lang == "vi" and _glued_to_a_name(
                    words_in(doc.text, sentence_start, sentence_end, rules.abbreviations), match.start, match.end, rules):
                continue
            score = 0.5 if match.kind == "ambiguous" else MODEL_SCORE["kb"]
            start = _past_article(doc.text, match.start, match.end, match.entry, rules)
            yield Candidate(start, match.end, match.entry.label, "gazetteer", score, match.entry)


def _past_article(text: str, start: int, end: int, entry, rules: EntityRules) -> int:
    """ "The Jakarta Post" -> "Jakarta Post": an alias's leading article is no part of the surface (gold
    policy) when the rest is an alias of the same entry ("The Hague" keeps its article)."""
    words = words_in(text, start, end)
    if len(words) > 1 and words[0].key in rules.strip_leading:
        rest = knowledge_base().lookup(text[words[1].start:end])
        if rest is not None and rest.entity_id == entry.entity_id:
            return words[1].start
    return start


def _glued_to_a_name(words: list[Word], start: int, end: int, rules: EntityRules) -> bool:
    """Vietnamese: an ambiguous alias joined by a space to a capitalised syllable is a syllable of another name
    ("Pháp Vân", "Mỹ Đình", "Bảo Anh", "Đông Anh"), not the country; a word capitalised by the sentence ("Tại
    Mỹ"), a title before it ("Tổng thống Mỹ Joe Biden") or a known person after it ("Mỹ Donald Trump") does
    not make it one."""
    first = next((k for k, w in enumerate(words) if w.start == start), None)
    last = next((k for k, w in enumerate(words) if w.end == end), None)
    if first is None or last is None:
        return False
    before = words[first - 1] if first > 0 else None
    after = words[last + 1] if last + 1 < len(words) else None
    glued_before = before is not None and _joined(before, words[first]) and before.text[:1].isupper() \
        and not sentence_initial(words, first - 1) and before.key not in rules.titles
    after_title = any(first >= n and title_length(words, first - n, rules) >= n for n in (1, 2, 3, 4))
    glued_after = after is not None and _joined(words[last], after) and after.text[:1].isupper() \
        and not after_title and not _known_person_at(words, last + 1)
    return glued_before or glued_after


def _known_person_at(words: list[Word], i: int) -> bool:
    """ "Mỹ | Donald Trump": a known person after the country, whose country it names."""
    kb = knowledge_base()
    return any((entry := kb.lookup(" ".join(w.text for w in words[i:i + n]))) is not None and entry.label == "PERSON"
               for n in (1, 2, 3, 4) if i + n <= len(words))


def _joined(left: Word, right: Word) -> bool:
    return not left.closes and not mark_after(left) and not right.opens and right.start - left.end == 1


def _ambiguous_confirmed(doc: Document, start: int, end: int, model_spans: list[tuple[int, int]]) -> bool:
    """An alias that is also a common word counts only when the model (a mention covering it, perhaps
    with a credit or title around it) or the segmenter agrees."""
    if any(s <= start and end <= e for s, e in model_spans):
        return True
    if doc.lang == "vi":
        return any(t.start == start and t.end == end and t.pos == "Np" for t in doc.tokens)
    return False


_COMPOUND = re.compile(r"(?<![\w-])[A-Z][\w]*(?:-[A-Z][\w]*)+(?![\w-])")


def compound_part_candidates(doc: Document) -> Iterator[Candidate]:
    """Known names inside hyphenated compounds: "ASEAN-Japan relations" mentions Japan."""
    kb = knowledge_base()
    for m in _COMPOUND.finditer(doc.text):
        if kb.lookup(m.group()) is not None:
            continue
        offset = m.start()
        for part in m.group().split("-"):
            entry = kb.lookup(part)
            if entry is not None:
                yield Candidate(offset, offset + len(part), entry.label, "gazetteer", MODEL_SCORE["kb"], entry)
            offset += len(part) + 1
