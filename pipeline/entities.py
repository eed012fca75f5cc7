"""Named entities: knowledge-base matches, head-word and title rules, and the statistical models,
reconciled into one mention per span with a canonical id shared across documents and languages.

Reads: tokenised ok documents (`parsed` spaCy Doc for English; `tokens` with underthesea POS and
CRF tags for Vietnamese) and the EVENT entities the meetings stage added. Adds: `entities`.

Order of trust: the knowledge base and the rules first (longest span wins), then the model's
mentions where nothing trusted overlaps them. Within a document, an acronym bound to its long
form ("... Management (AHA)") and a short person reference ("Mr. Dung") join the full entity.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from .document import Document, Entity
from .ids import ascii_fold, fallback_entity_id
from .kb import KBEntry, knowledge_base, match_key
from .resources import load_data

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"“”‘’'(),.;:!?[]{}–—…*"
_ACRONYM = re.compile(r"\(([^\W\d_][\w&\-]{1,14})\)")


def is_acronym(word: str) -> bool:
    """ "ASCN", "ACCWG-PHE", "TMĐT", "4IR": short, starts upper-case or with a digit, two capitals or more."""
    return 2 <= len(word) <= 15 and (word[0].isupper() or word[0].isdigit()) and sum(c.isupper() for c in word) >= 2
_MODEL_SCORE = {"kb": 0.95, "rule": 0.8}
_PRIORITY = {"gazetteer": 3, "rule": 2, "model": 1}


class Candidate(NamedTuple):
    start: int
    end: int
    label: str
    source: str           # gazetteer | rule | model
    score: float
    entry: KBEntry | None = None


@dataclass(frozen=True)
class EntityRules:
    """Compiled per-language rules from models/entities/<lang>.yaml and the KB's titles."""
    lang: str
    heads: dict            # tuple of match keys -> label
    connectors: frozenset
    stoppers: frozenset
    honorifics: tuple
    titles: dict           # first word's match key -> titles (tuples of match keys) starting with it, longest first
    strip_leading: frozenset
    credit_cues: frozenset
    reject: frozenset
    model_labels: dict
    model_score: float
    max_words: int
    not_heads: frozenset = frozenset()
    abbreviations: frozenset = frozenset()
    surnames: frozenset = frozenset()
    descriptive_after_head: frozenset = frozenset()

    @classmethod
    def from_disk(cls, lang: str) -> "EntityRules":
        data = load_data(f"entities/{lang}.yaml")
        labels = load_data("ner_labels.yaml")
        heads = {}
        for key, label in (("loc_heads", "LOC"), ("org_heads", "ORG"), ("law_heads", "LAW")):
            for head in data[key]:
                heads[_keys(head)] = label       # later keys win: LAW over ORG over LOC
        titles_data = load_data("kb/titles.yaml") or {} if _has_titles() else {}
        titles = {_keys(t) for entry in titles_data.get("entries") or [] for t in entry.get(lang) or []}
        titles |= {_keys(h) for h in data["honorifics"]}
        return cls(lang, heads, frozenset(map(match_key, data["name_connectors"])),
                   frozenset(_keys(s) for s in data["name_stoppers"]), tuple(data["honorifics"]),
                   _by_first_word(titles),
                   frozenset(map(match_key, data["strip_leading"])), frozenset(map(match_key, data["credit_cues"])),
                   frozenset(_keys(r) for r in data["reject"]), labels.get(lang, {}),
                   float(labels["score"].get(lang, 0.5)), int(data["max_name_words"]),
                   frozenset(_keys(n) for n in data["not_heads"]), frozenset(data["abbreviations"]),
                   frozenset(map(match_key, data["person_name_starts"])),
                   frozenset(map(match_key, data["descriptive_after_head"])))


def _by_first_word(phrases: set[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases grouped by their first word, longest first: every word is tried as a start, so this is hot."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        grouped.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(group) for first, group in grouped.items()}


def _has_titles() -> bool:
    from .resources import models_dir

    return (models_dir() / "kb" / "titles.yaml").exists()


def _keys(phrase: str) -> tuple[str, ...]:
    return tuple(match_key(w) for w in phrase.split())


@functools.cache
def entity_rules(lang: str) -> EntityRules:
    return EntityRules.from_disk(lang)


class Word(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    opens: bool           # punctuation before it breaks a name
    closes: bool          # punctuation after it breaks a name
    trailing: str = ""    # the punctuation after it


def words_in(text: str, start: int, end: int, abbreviations: frozenset = frozenset()) -> list[Word]:
    """Whitespace words of text[start:end] with their edge punctuation trimmed and noted."""
    words = []
    for m in _WORD.finditer(text, start, end):
        a, b = m.start(), m.end()
        while a < b and text[a] in _EDGE_PUNCT:
            a += 1
        trail = b
        while trail > a and text[trail - 1] in _EDGE_PUNCT:
            trail -= 1
        core = text[a:trail]
        closes = trail < b
        if text[a:b] in abbreviations or (text[trail:b] in ("’", "'") and core.endswith("s")):
            closes = False     # "No. 59", "Foreign Ministers’ Declaration": the mark is inside the name
        for suffix in ("’s", "'s"):
            if core.endswith(suffix) and len(core) > 2:
                trail -= 2
                core = core[:-2]
                closes = True
        if core:
            words.append(Word(a, trail, core, match_key(core), a > m.start(), closes, text[trail:b]))
    return words


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


# ---------------------------------------------------------------- candidates

def gazetteer_candidates(doc: Document) -> Iterator[Candidate]:
    kb = knowledge_base()
    model_spans = [(s, e) for s, e, _ in model_mentions(doc)]
    for sentence_start, sentence_end in doc.sentences:
        for match in kb.find(doc.text, sentence_start, sentence_end):
            if match.kind == "ambiguous" and not _ambiguous_confirmed(doc, match.start, match.end, model_spans):
                continue
            score = 0.5 if match.kind == "ambiguous" else _MODEL_SCORE["kb"]
            yield Candidate(match.start, match.end, match.entry.label, "gazetteer", score, match.entry)


def _ambiguous_confirmed(doc: Document, start: int, end: int, model_spans: list[tuple[int, int]]) -> bool:
    """An alias that is also a common word counts only when the model (a mention covering it, perhaps
    with a credit or title around it) or the segmenter agrees."""
    if any(s <= start and end <= e for s, e in model_spans):
        return True
    if doc.lang == "vi":
        return any(t.start == start and t.end == end and t.pos == "Np" for t in doc.tokens)
    return False


_COMPOUND = re.compile(r"(?<![\w-])[A-Z][\w]*(?:-[A-Z][\w]*)+(?![\w-])")
_BYLINE = re.compile(r"\n([A-ZĐ][\w]+(?: [A-ZĐ][\w]+){1,3})\s*$")


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
                yield Candidate(offset, offset + len(part), entry.label, "gazetteer", _MODEL_SCORE["kb"], entry)
            offset += len(part) + 1


def byline_candidates(doc: Document) -> Iterator[Candidate]:
    """A last line of two to four capitalised words is the author's byline."""
    m = _BYLINE.search(doc.text)
    if m and knowledge_base().lookup(m.group(1)) is None:
        yield Candidate(m.start(1), m.end(1), "PERSON", "rule", 0.6)


def head_rule_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """Capitalised names that contain (English) or open with (Vietnamese) an ORG/LAW/LOC head word."""
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        if rules.lang == "en" and _title_case_line(words):
            continue           # headlines capitalise every word: no evidence of a name
        if rules.lang == "en":
            names = _english_names(words, rules)
        else:
            names = _vietnamese_names(words, rules, _verb_syllables(doc, sentence_start, sentence_end))
        for first, last, label in names:
            last = _through_acronym_and_years(words, last)
            yield Candidate(words[first].start, words[last].end, label, "rule", _MODEL_SCORE["rule"])


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def _through_acronym_and_years(words: list[Word], last: int) -> int:
    """ "Kế hoạch ... Thương mại Điện tử (TMĐT) 2021-2025": a period after the short form is still the name."""
    if last + 2 < len(words) and words[last + 1].opens and is_acronym(words[last + 1].text) \
            and not words[last + 2].opens and _YEARS.fullmatch(words[last + 2].text):
        return last + 2
    return last


def _title_case_line(words: list[Word]) -> bool:
    return len(words) > 4 and sum(_capitalised(w.text) for w in words) > 0.7 * len(words)


def _english_names(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int, str]]:
    for first, last in _capitalised_runs(words, rules):
        while first <= last and (words[first].key in rules.strip_leading or _small_number(words[first].text)):
            first += 1
        label = _head_label(words, first, _cut_at_owner(words, first, last, rules), rules)
        last = _cut_at_owner(words, first, last, rules, ("of",) if label == "LAW" else ("of", "in"))
        label = _head_label(words, first, last, rules)
        if label and last > first:
            yield first, last, label


def _small_number(word: str) -> bool:
    """A bare count before a name ("the 4 United Nations ...") is not part of it; a year is ("2025 Master Plan")."""
    return word.isdigit() and len(word) < 4


def _cut_at_owner(words: list[Word], first: int, last: int, rules: EntityRules, cuts: tuple = ("of",)) -> int:
    """ "Conclusion 59-KL/TW of the Politburo" -> "Conclusion 59-KL/TW": "of" + a known entity names the
    owner; for places, "in" + a known place names where it is ("... Shoal in the South China Sea")."""
    for i in range(first + 2, last):
        if words[i].key not in cuts:
            continue
        j = i + 1 + (words[i + 1].key == "the")
        if j <= last and (_known_at(words, j, last) or (words[j].key,) in rules.heads):
            return i - 1
    return last


def _known_at(words: list[Word], j: int, last: int) -> bool:
    """A known organisation or place is named by words[j..k] for some k <= last."""
    kb = knowledge_base()
    text_of = lambda k: " ".join(w.text for w in words[j:k + 1])  # noqa: E731
    return any((entry := kb.lookup(text_of(k))) is not None and entry.label in {"ORG", "GPE", "LOC"}
               for k in range(j, min(last, j + 5) + 1))


def _capitalised_runs(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Maximal runs of capitalised words, joined by connectors; "X Plan and the Y Package" splits at "and"."""
    i = 0
    while i < len(words):
        if not _capitalised(words[i].text) or (words[i].key,) in rules.stoppers:
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < len(words) and j - first < rules.max_words and not words[j - 1].closes and not words[j].opens:
            if _capitalised(words[j].text):
                last = j
                j += 1
            elif words[j].key in rules.connectors and words[j].key != match_key("and"):
                j += 1
            elif words[j].key == match_key("and") and not _ends_with_head(words, first, last, rules):
                j += 1
            else:
                break
        yield first, last
        i = max(j, last + 1)


def _ends_with_head(words: list[Word], first: int, last: int, rules: EntityRules) -> bool:
    return any(tuple(w.key for w in words[last - n + 1:last + 1]) in rules.heads for n in (1, 2, 3) if last - n + 1 >= first)


def _head_label(words: list[Word], first: int, last: int, rules: EntityRules) -> str | None:
    found = set()
    for i in range(first, last + 1):
        for n in (3, 2, 1):
            label = rules.heads.get(tuple(w.key for w in words[i:i + n])) if i + n <= last + 1 else None
            if label:
                found.add(label)
    for label in ("LAW", "ORG", "LOC"):
        if label in found:
            return label
    return None


def _verb_syllables(doc: Document, start: int, end: int) -> frozenset[int]:
    """Start offsets of the segmenter's lower-case verbs in text[start:end]."""
    return frozenset(t.start for t in doc.tokens
                     if start <= t.start < end and t.pos.startswith("V") and t.text[:1].islower())


def _vietnamese_names(words: list[Word], rules: EntityRules, verbs: frozenset[int] = frozenset()
                      ) -> Iterator[tuple[int, int, str]]:
    i = 0
    while i < len(words):
        head = _head_at(words, i, rules)
        if head is None or not words[i].text[:1].isupper():
            i += 1
            continue
        label, head_length = head
        after = i + head_length
        if after < len(words) and words[after].key in rules.descriptive_after_head \
                and not _head_at(words, after + 1, rules):
            # "Cộng đồng của ASEAN" describes the community of ASEAN; "Nhóm công tác của Hội đồng ..."
            # names a body of another named body
            i = after
            continue
        last = _vietnamese_name_end(words, i, i + head_length - 1, rules, verbs)
        last = _on_to_acronym(words, last, rules)
        has_name = any(_capitalised(w.text) for w in words[i + head_length:last + 1])
        if last >= i + head_length and (not _sentence_initial(words, i) or has_name):
            yield i, last, label
            i = last + 1
        else:
            i += head_length


def _on_to_acronym(words: list[Word], last: int, rules: EntityRules, reach: int = 8) -> int:
    """A name that its acronym follows in parentheses runs up to them, over the lower-case words the
    verb rule stopped at: "Nhóm công tác ... khẩn cấp liên quan đến sức khỏe cộng đồng (ACCWG-PHE)"."""
    for k in range(last + 1, min(len(words), last + 1 + reach)):
        if words[k].opens:
            return k - 1 if k > last + 1 and is_acronym(words[k].text) and words[k].closes else last
        if words[k - 1].closes or not words[k].text[:1].islower() \
                or any(tuple(w.key for w in words[k:k + n]) in rules.stoppers for n in (1, 2, 3)):
            return last         # a capitalised word starts another name: "... làm việc với Ngân hàng Thế giới (WB)"
    return last


def _sentence_initial(words: list[Word], i: int) -> bool:
    """Capitalised by orthography (sentence or quotation start), so capitals prove nothing."""
    return i == 0 or words[i].opens or any(c in ".:!?" for c in words[i - 1].trailing)


def _head_at(words: list[Word], i: int, rules: EntityRules) -> tuple[str, int] | None:
    if any(tuple(w.key for w in words[i:i + n]) in rules.not_heads for n in (1, 2, 3, 4)):
        return None
    for n in (3, 2, 1):
        label = rules.heads.get(tuple(w.key for w in words[i:i + n]))
        if label and i + n <= len(words):
            return label, n
    return None


def _vietnamese_name_end(words: list[Word], first: int, head_last: int, rules: EntityRules,
                         verbs: frozenset[int] = frozenset()) -> int:
    """Last word of a Vietnamese name that opens at `first`: up to punctuation, a stopper, a new head,
    or a lower-case verb once the name has capitalised words ("Trung tâm Nghiên cứu ... công bố")."""
    last = head_last
    j = head_last + 1
    proper = False
    while j < len(words) and j - first < rules.max_words and not words[j - 1].closes and not words[j].opens:
        if any(tuple(w.key for w in words[j:j + n]) in rules.stoppers for n in (1, 2, 3)):
            break
        if proper and words[j].start in verbs and words[j].key not in rules.connectors \
                and words[j - 1].key not in rules.connectors:
            break
        # capitals of a nested head ("của Hội đồng điều phối ...") open a descriptive name, not a proper one
        proper = proper or _capitalised(words[j].text) and not _head_at(words, j, rules) and \
            not any(_head_at(words, k, rules) for k in range(max(head_last + 1, j - 2), j))
        if words[j].key == match_key("và") and j + 1 < len(words) and _head_at(words, j + 1, rules) \
                and words[j + 1].text[:1].isupper():
            break
        last = j
        j += 1
    while last > head_last and words[last].key in rules.connectors:
        last -= 1
    return last


def title_rule_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """A title or honorific followed by capitalised words is a person: "Thứ trưởng Nguyễn Quốc Dũng"."""
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        i = 0
        while i < len(words):
            length = _title_length(words, i, rules)
            if not length:
                i += 1
                continue
            j = i + length
            while j < len(words) and _title_length(words, j, rules):
                j += _title_length(words, j, rules)      # "Deputy Prime Minister and Foreign Minister"
            j = _past_known_qualifier(doc.text, words, j)   # "Bộ trưởng Ngoại giao Indonesia Retno Marsudi"
            last = j - 1
            while last + 1 < len(words) and last + 1 - j < 4 and _capitalised(words[last + 1].text) \
                    and not words[last + 1].text[:1].isdigit() and not words[last].closes and not words[last + 1].opens:
                last += 1
            if last >= j and not _head_label(words, j, last, rules):
                yield Candidate(words[j].start, words[last].end, "PERSON", "rule", _MODEL_SCORE["rule"])
            i = max(last + 1, i + 1)


def _past_known_qualifier(text: str, words: list[Word], j: int) -> int:
    """Index after a country or organisation named right after a title, when a name follows it."""
    kb = knowledge_base()
    for n in (4, 3, 2, 1):
        if j + n < len(words) and not words[j + n - 1].closes:
            entry = kb.lookup(text[words[j].start:words[j + n - 1].end])
            if entry is not None and entry.label in {"GPE", "ORG"} and _capitalised(words[j + n].text):
                return j + n
    return j


def _title_length(words: list[Word], i: int, rules: EntityRules) -> int:
    for title in rules.titles.get(words[i].key, ()) if i < len(words) else ():
        if tuple(w.key for w in words[i:i + len(title)]) == title and not words[i + len(title) - 1].closes:
            return len(title)
    return 0


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


def model_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    titled = [(c.start, c.end) for c in title_rule_candidates(doc, rules)] if doc.lang == "vi" else []
    title_spans = list(_title_spans(doc, rules))
    for start, end, model_label in model_mentions(doc):
        label = rules.model_labels.get(model_label)
        if label is None or _inside_word(doc.text, start, end) or any(a <= start and end <= b for a, b in title_spans):
            continue
        span = clean_span(doc.text, start, end, label, rules)
        if not span:
            continue
        words = words_in(doc.text, *span)
        if len(words) == 1 and (words[0].key,) in rules.heads:
            continue                                   # "the Community", "the Ministry": a generic head alone
        if doc.lang == "vi":
            label = _vietnamese_model_label(words, label, rules, titled)
            if label is None:
                continue
        yield Candidate(span[0], span[1], label, "model", rules.model_score)


def _title_spans(doc: Document, rules: EntityRules) -> Iterator[tuple[int, int]]:
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        for i in range(len(words)):
            length = _title_length(words, i, rules)
            if length > 1:
                yield words[i].start, words[i + length - 1].end


def _inside_word(text: str, start: int, end: int) -> bool:
    """A mention cut out of a hyphenated or longer word ("Socio" of "Socio-cultural")."""
    after = text[end:end + 2]
    return (after[:1].isalnum() or after[:1] == "-" and after[1:2].isalnum()) or (start > 0 and text[start - 1].isalnum())


def _vietnamese_model_label(words: list[Word], label: str, rules: EntityRules,
                            titled: list[tuple[int, int]]) -> str | None:
    """The CRF is weak on this domain: keep a person only with a family name or a title before it,
    and a place or organisation only when every syllable is capitalised."""
    if not all(_capitalised(w.text) for w in words):
        return None
    all_caps = any(sum(c.isupper() for c in w.text) > 1 for w in words)
    if label == "PERSON":
        after_title = any(start <= words[0].start < end for start, end in titled)
        return label if not all_caps and (words[0].key in rules.surnames or after_title) else None
    return "ORG" if all_caps else label


def clean_span(text: str, start: int, end: int, label: str, rules: EntityRules) -> tuple[int, int] | None:
    """Trim credits, articles, titles and possessives off a model mention; None if nothing name-like is left."""
    words = words_in(text, start, end)
    if words and words[0].key in rules.credit_cues and text[words[0].end:words[0].end + 1] == ":":
        words = words[1:]
    while words and words[0].key in rules.strip_leading:
        words = words[1:]
    if label == "PERSON":
        while words and _title_length(words, 0, rules):
            words = words[_title_length(words, 0, rules):]
    for i, word in enumerate(words):
        if word.closes and i < len(words) - 1 and text[word.end:word.end + 2] in ("’s", "'s"):
            words = words[:i + 1]
            break
    if not words or tuple(w.key for w in words) in rules.reject:
        return None
    if not _capitalised(words[0].text) or (label == "PERSON" and not all(_capitalised(w.text) for w in words)):
        return None
    if label == "PERSON" and any(c.isdigit() for w in words for c in w.text):
        return None
    return words[0].start, words[-1].end


def acronym_candidates(doc: Document, chosen: list[Candidate]) -> dict[str, Candidate]:
    """Acronyms written in parentheses right after a chosen name: acronym -> the name's candidate."""
    by_end = {c.end: c for c in chosen}
    bound = {}
    for m in _ACRONYM.finditer(doc.text):
        if not is_acronym(m.group(1)):
            continue
        before = doc.text[:m.start()].rstrip()
        owner = by_end.get(len(before))
        # a known entity keeps its own acronyms: "... ASEAN (ACCC)" does not make ACCC a name of ASEAN
        if owner and owner.entry is None and owner.label in {"ORG", "LAW", "LOC", "GPE"} and m.group(1) not in bound:
            bound[m.group(1)] = owner
    return bound


# ---------------------------------------------------------------- reconciliation

def choose(candidates: list[Candidate], taken: list[tuple[int, int]], rules: EntityRules | None = None,
           text: str = "") -> list[Candidate]:
    """Non-overlapping candidates: trusted sources longest first, then model mentions into the gaps.

    A known agreement or organisation ("Five-Point Consensus") keeps its extent against a rule span
    that starts with it and runs on through a connector ("... of the ASEAN Leaders").
    """
    if rules is not None:
        known = {c.start: c.end for c in candidates if c.source == "gazetteer" and c.label in {"LAW", "ORG"}}
        candidates = [c for c in candidates if not (c.source == "rule" and c.label != "PERSON" and c.start in known
                                                    and _continues_with_connector(text, known[c.start], c.end, rules))]
    chosen: list[Candidate] = []
    occupied = list(taken)
    trusted = sorted((c for c in candidates if c.source != "model"),
                     key=lambda c: (-(c.end - c.start), -_PRIORITY[c.source], c.start))
    model = sorted((c for c in candidates if c.source == "model"), key=lambda c: (c.start, -(c.end - c.start)))
    for candidate in trusted + model:
        if candidate.end > candidate.start and not any(candidate.start < e and s < candidate.end for s, e in occupied):
            chosen.append(candidate)
            occupied.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda c: c.start)


def _continues_with_connector(text: str, known_end: int, end: int, rules: EntityRules) -> bool:
    following = words_in(text, known_end, end)
    return bool(following) and following[0].key in rules.connectors


def canonical(candidate: Candidate, text: str) -> tuple[str, str, str]:
    """(entity_id, name, label) for a chosen mention."""
    surface = text[candidate.start:candidate.end]
    entry = candidate.entry or knowledge_base().lookup(surface)
    if entry is not None:
        return entry.entity_id, entry.name, entry.label
    name = ascii_fold(surface) if candidate.label == "PERSON" else " ".join(surface.split())
    return fallback_entity_id(candidate.label, name), name, candidate.label


def link_short_names(entities: list[Entity]) -> list[Entity]:
    """A partial person reference ("Dung", "Hung Viet") takes the id of the unique longer name that
    ends or starts with it."""
    persons = [e for e in entities if e.label == "PERSON"]
    linked = []
    for e in entities:
        words = e.name.casefold().split()
        if e.label == "PERSON":
            owners = {f.entity_id: f for f in persons if len(f.name.split()) > len(words)
                      and words in (f.name.casefold().split()[-len(words):], f.name.casefold().split()[:len(words)])}
            if len(owners) == 1:
                owner = next(iter(owners.values()))
                e = Entity(e.start, e.end, e.text, e.label, owner.entity_id, owner.name, e.sentence, e.source, e.score)
        linked.append(e)
    return linked


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
                found.append(Candidate(m.start(), m.end(), "PERSON", "rule", _MODEL_SCORE["rule"]))
    return found


def _name_ends(name: str) -> set[str]:
    words = name.split()
    return {words[0], words[-1]} if len(words) > 1 else set()


def acronym_mentions(doc: Document, bound: dict[str, Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """Every standalone occurrence of a bound acronym that no chosen mention covers yet."""
    extra = []
    for acronym in sorted(bound):
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", doc.text):
            if not any(m.start() < c.end and c.start < m.end() for c in chosen + extra):
                extra.append(Candidate(m.start(), m.end(), bound[acronym].label, "rule", _MODEL_SCORE["rule"]))
    return extra


def find_entities(doc: Document) -> Document:
    rules = entity_rules(doc.lang)
    events = [e for e in doc.entities if e.label == "EVENT"]   # meeting mentions, from the meetings stage
    candidates = [*gazetteer_candidates(doc), *compound_part_candidates(doc), *head_rule_candidates(doc, rules),
                  *title_rule_candidates(doc, rules), *byline_candidates(doc), *model_candidates(doc, rules)]
    chosen = choose(candidates, [(e.start, e.end) for e in events], rules, doc.text)
    chosen = chosen + person_reference_candidates(doc, chosen)
    bound = acronym_candidates(doc, chosen)
    chosen = sorted(chosen + acronym_mentions(doc, bound, chosen + [Candidate(e.start, e.end, "EVENT", "rule", 1.0) for e in events]),
                    key=lambda c: c.start)
    entities = []
    for candidate in chosen:
        surface = doc.text[candidate.start:candidate.end]
        owner = bound.get(surface)
        identity = owner if owner is not None and candidate.entry is None else candidate
        entity_id, name, label = canonical(identity, doc.text)
        entities.append(Entity(candidate.start, candidate.end, surface, label, entity_id, name,
                               doc.sentence_of(candidate.start), candidate.source, candidate.score))
    doc.entities = sorted(events + same_surface_same_entity(link_short_names(entities)), key=lambda e: (e.start, e.end))
    return doc


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
