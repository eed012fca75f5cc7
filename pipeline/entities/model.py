"""The statistical models' mentions (spaCy for English, underthesea's CRF for Vietnamese), cleaned of
credits, articles, titles and possessives, and mapped to the contract's labels.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from ..document import Document
from ..kb import match_key
from .lexicon import Candidate, EntityRules, title_length
from .rules import after_nationality_cue, named_drop, title_rule_candidates
from .rules_vi import foreign_word_alone, place_cued, shortens_a_person, vietnamese_model_label
from .words import POSSESSIVES, Word, capitalised, one_word, words_in


def model_mentions(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, model label) of each mention the statistical model found, in text order."""
    if doc.lang == "en" and doc.parsed is not None:
        for ent in doc.parsed.ents:
            yield ent.start_char, ent.end_char, ent.label_
        return
    start = end = label = None
    for token in doc.tokens:
        prefix, _, tag = token.ner.partition("-")
        if prefix == "I" and label == tag and start is not None:
            end = token.end
            continue
        if start is not None:
            yield start, end, label
            start = label = None
        if prefix in {"B", "I"}:
            start, end, label = token.start, token.end, tag
    if start is not None:
        yield start, end, label


class ModelDecision(NamedTuple):
    """What became of one model mention: kept (`label` set) or dropped (`label` None), and the named rule
    that dropped, relabelled or trimmed it (None when the model's own mention and label stand)."""
    start: int
    end: int
    model_label: str
    label: str | None
    rule: str | None


def model_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    for decision in model_decisions(doc, rules):
        if decision.label is not None:
            yield Candidate(decision.start, decision.end, decision.label, "model", rules.model_score)


def model_decisions(doc: Document, rules: EntityRules) -> Iterator[ModelDecision]:
    """Every model mention with a contract label, kept or dropped by a named rule, in text order."""
    decisions = list(_each_decision(doc, rules))
    organisations = {doc.text[d.start:d.end] for d in decisions if d.label == "ORG" and one_word(doc.text[d.start:d.end])}
    for d in decisions:
        if d.label in rules.one_sense_labels and doc.text[d.start:d.end] in organisations:
            d = d._replace(label="ORG", rule="one_word_organisation")     # "từ [Chelsea]" after "CĐV Chelsea"
        yield d


def _each_decision(doc: Document, rules: EntityRules) -> Iterator[ModelDecision]:
    titled = [(c.start, c.end) for c in title_rule_candidates(doc, rules)] if doc.lang == "vi" else []
    titles = list(title_spans(doc, rules))
    glossed = {m.group(1) for m in _GLOSSED_ACRONYM.finditer(doc.text)} if doc.lang == "vi" else set()
    crf_persons = [(start, end) for start, end, label in model_mentions(doc) if label == "PER"]
    common_acronyms = set(acronyms_of_common_nouns(doc.text, rules))
    for first, end, model_label in model_mentions(doc):
        label = rules.model_labels.get(model_label)
        if label is None:
            continue
        start = _past_leading_marks(doc.text, first, end)    # the CRF tags a list's comma: ", Parana"
        if _inside_word(doc.text, start, end):
            yield ModelDecision(start, end, model_label, None, "inside_word")
            continue
        if any(a <= start and end <= b for a, b in titles):
            yield ModelDecision(start, end, model_label, None, "inside_title")
            continue
        span, reason = clean_span(doc.text, start, end, label, rules)
        if span is None:
            yield ModelDecision(start, end, model_label, None, reason)
            continue
        dropped = named_drop(doc.text, *span, rules)
        if dropped:
            yield ModelDecision(*span, model_label, None, dropped)
            continue
        if after_nationality_cue(doc.text, span[0], label, rules):
            yield ModelDecision(*span, model_label, None, "nationality_not_entity")   # "người Argentina"
            continue
        trimmed = "trimmed" if span != (first, end) else None
        words = words_in(doc.text, *span)
        if label != "PERSON" and _a_role(words, rules):
            yield ModelDecision(*span, model_label, None, "role_not_entity")   # "ASEAN Chair 2022"
            continue
        if doc.text[span[0]:span[1]] in common_acronyms:
            yield ModelDecision(*span, model_label, None, "acronym_of_common_noun")   # "radiological (CBR)"
            continue
        if len(words) == 1 and (words[0].key,) in rules.heads:
            yield ModelDecision(*span, model_label, None, "generic_head_alone")  # "the Community", "the Ministry"
            continue
        if doc.lang == "vi" and label == "PERSON" and doc.text[:span[0]].rstrip().endswith("(") \
                and words[0].key not in rules.surnames:
            yield ModelDecision(*span, model_label, None, "vi_english_gloss")   # "(Priority Economic Deliverables - PED)"
            continue
        if doc.lang == "vi" and (len(doc.text[span[0]:span[1]]) == 1 or any(_DATE.fullmatch(w.text) for w in words)):
            yield ModelDecision(*span, model_label, None, "vi_letter_or_date")   # "Tại E", "Ngày 14/11"
            continue
        if doc.lang == "vi" and label == "PERSON" and len(words) == 1 and words[0].text in glossed:
            yield ModelDecision(*span, model_label, None, "vi_glossed_acronym")   # "(Priority ... Deliverables - PED)"
            continue
        if doc.lang == "vi":
            opens_sentence = doc.text[:span[0]].rstrip()[-1:] in _SENTENCE_OPENERS
            new_label, reason = vietnamese_model_label(words, label, rules, titled, opens_sentence)
            if new_label == "GPE" and not place_cued(doc.text, *span, rules) \
                    and not shortens_a_person(doc.text, *span, titled + crf_persons):
                new_label, reason = None, "vi_place_without_cue"
            if new_label == "PERSON" and foreign_word_alone(doc.text, *span, rules, titled, crf_persons):
                new_label, reason = "ORG", "vi_foreign_word_is_org"     # "Chelsea", "Apple", "Uber"
            yield ModelDecision(*span, model_label, new_label, reason or trimmed)
            continue
        yield ModelDecision(*span, model_label, label, trimmed)


# an acronym closing a parenthesised gloss ("(Priority Economic Deliverables - PED)"): the gloss, not the
# model's person label, says what it names
_GLOSSED_ACRONYM = re.compile(r"\([^()]*?\w[^()]*?\s[-–]\s*([A-Z][\w&.-]*)\)")
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?")
_SENTENCE_OPENERS = {"", ".", "!", "?", ":", "“", '"', "-", "–"}


_YEAR = re.compile(r"(?:19|20)\d\d")


def _a_role(words: list[Word], rules: EntityRules) -> bool:
    """ "ASEAN Chair 2022", "ASEAN Chairman": a title (and the year it is held) names a role, not a body."""
    while words and _YEAR.fullmatch(words[-1].text):
        words = words[:-1]
    return bool(words) and title_length(words, 0, rules) == len(words)


_PARENTHESISED_ACRONYM = re.compile(r"\(([A-ZĐ][A-ZĐ0-9]{1,9})(s?)\)")
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def acronyms_of_common_nouns(text: str, rules: EntityRules) -> Iterator[str]:
    """Acronyms the text spells out in lower-case words right before them: "chemical, biological and
    radiological (CBR)", "thành phố thông minh (TPTM)", "non-communicable diseases (NCDs)". They shorten a
    common noun, not a name, wherever they stand in the text (connectors such as "and", "of" give no letter)."""
    for m in _PARENTHESISED_ACRONYM.finditer(text):
        letters = m.group(1).lower()
        before = _LETTER_WORD.findall(text[max(0, m.start() - 150):m.start()])
        spelled = []
        while before and len(spelled) < len(letters):
            word = before.pop()
            if match_key(word) in rules.connectors and spelled:
                continue
            spelled.insert(0, word)
        if len(spelled) == len(letters) and all(w[0].islower() for w in spelled) \
                and "".join(w[0] for w in spelled) == letters:
            yield m.group(1) + m.group(2)
            yield m.group(1)


def title_spans(doc: Document, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Spans of the titles of two words or more ("Thủ tướng Chính phủ", "Secretary of State")."""
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        for i, word in enumerate(words):
            length = title_length(words, i, rules) if word.key in rules.titles else 0
            if length > 1:
                yield words[i].start, words[i + length - 1].end


def _past_leading_marks(text: str, start: int, end: int) -> int:
    """The mention's start past punctuation and spaces the model took in front of it."""
    while start < end and (text[start] in ",;" or text[start].isspace()):
        start += 1
    return start if start < end else end


def _inside_word(text: str, start: int, end: int) -> bool:
    """A mention cut out of a hyphenated or longer word ("Socio" of "Socio-cultural") or a web address
    ("Baoquocte" of "Baoquocte.vn")."""
    after = text[end:end + 2]
    return (after[:1].isalnum() or after[:1] in "-." and after[1:2].isalnum()) or (start > 0 and text[start - 1].isalnum())


def clean_span(text: str, start: int, end: int, label: str, rules: EntityRules
               ) -> tuple[tuple[int, int] | None, str | None]:
    """Trim credits, articles, titles and possessives off a model mention: (span, None), or (None, the
    named rule) when nothing name-like is left."""
    words = words_in(text, start, end)
    if words and words[0].key in rules.credit_cues and text[words[0].end:words[0].end + 1] == ":":
        words = words[1:]
    while words and words[0].key in rules.strip_leading:
        words = words[1:]
    if label == "PERSON":
        while words and title_length(words, 0, rules):
            words = words[title_length(words, 0, rules):]
    elif rules.title_modifiers:
        words = _past_office(words, rules)
    for i, word in enumerate(words):
        if word.closes and i < len(words) - 1 and text[word.end:word.end + 2] in POSSESSIVES:
            words = words[:i + 1]
            break
    if not words:
        return None, "nothing_left_after_trim"
    if tuple(w.key for w in words) in rules.reject:
        return None, "rejected_surface"
    if label == "ORG" and _office_title(words, rules):
        return None, "office_title"
    if not capitalised(words[0].text):
        return None, "lower_case_start"
    if label == "PERSON" and not all(capitalised(w.text) for w in words):
        return None, "person_lower_case_word"
    if label == "PERSON" and any(c.isdigit() for w in words for c in w.text):
        return None, "person_with_digit"
    return (words[0].start, words[-1].end), None


def _past_office(words: list[Word], rules: EntityRules) -> list[Word]:
    """Vietnamese: the words after an office the model took into a body's name ("TGĐ OceanBank", "Phó TGĐ PVN",
    "CĐV Chelsea" -> the company, the club): a title, a word qualifying one ("Phó", "cựu") or an abbreviation
    of a common noun (`reject`), when a name is left after it."""
    k = 0
    while k < len(words) - 1:
        length = title_length(words, k, rules) or int(words[k].key in rules.title_modifiers
                                                        or (words[k].key,) in rules.reject)
        if not length or k + length >= len(words):
            break
        k += length
    return words[k:]


def _office_title(words: list, rules: EntityRules) -> bool:
    """ "Minister of Finance and Economy II", "President of the European Council Charles Michel": a title
    followed by what it is the title of names an office (a role), not a body; "Office of the President" and
    "Prime Minister's Office" do not start with a title's "of"."""
    length = title_length(words, 0, rules)
    return 0 < length < len(words) and words[length].key == "of"
