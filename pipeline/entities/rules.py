"""Rule mentions shared by the languages: head-word names (the language's own rules find them), persons
after a title or honorific, and the byline.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..kb import KBEntry, knowledge_base, match_key
from .lexicon import MODEL_SCORE, Candidate, EntityRules, head_label, title_length
from .rules_en import english_names, verb_starts
from .rules_vi import (prefixed_place_runs, region_runs, segment_nouns, surname_person_runs, verb_syllables,
                       vietnamese_names)
from .words import Word, capitalised, is_acronym, mark_after, words_in


def named_drop(text: str, start: int, end: int, rules: EntityRules) -> str | None:
    """The named rule by which text[start:end] is no entity, or None: a generic noun ("Dialogue Partners"), a
    meeting or meeting series (the contract puts them under meetings), a news agency cited as a source, a
    venue, a photographer's credit."""
    words = words_in(text, start, end, rules.abbreviations)
    keys = tuple(w.key for w in words)
    if not keys:
        return None
    if keys in rules.reject:
        return "generic_noun"
    if _byline_line(text, start, end, rules):
        return "byline"
    if keys in rules.meeting_series or _names_a_meeting(words, rules) or _meeting_code(text[start:end], rules):
        return "meeting_not_entity"
    if _inside_weekday(text, start, end, rules):
        return "weekday"
    if keys in rules.news_agencies and _cited_as_source(text, start, end, rules):
        return "news_agency_as_source"
    if any(keys[i:i + n] in rules.venue_heads for n in (1, 2, 3, 4) for i in range(len(keys))):
        return "venue_not_entity"
    if _generic_plural(text, start, end, words, rules):
        return "generic_plural"
    if len(keys) > 1 and keys[0] in rules.credit_cues and keys[1:] in rules.news_agencies:
        return "photo_credit"                      # "Ảnh VGP"
    if _credited_with_agency(text, start, end, rules) or (rules.lang == "vi" and (
            _after_credit_cue(text, start, rules) or _byline_before_dateline(text, end, rules)
            or len(keys) > 1 and keys[-1:] in rules.news_agencies and text[end:end + 1] == ".")):
        return "photo_credit"
    return None


_BYLINE_ZONE = 0.3         # an author's line stands before the story's first third
_LEAD_PARAGRAPH = 150      # characters of the line after a bare name that make it the story's lead
_NEXT_LINE = re.compile(r"\n\s*([^\n]*\S[^\n]*)")    # the next line with words on it


def _byline_line(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """ "By Nandita Mallik in Kuala Lumpur", "• Hannah Phillips", "Bích Hồng": the mention is the whole name of an
    author's line near the top, the story still to come after it; a known official alone on a line is a caption."""
    if rules.byline is None or start > len(text) * _BYLINE_ZONE:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    m = rules.byline.fullmatch(text, line_start, line_end)
    words = len(text[start:end].split())
    if m is None or m.start("name") != start or m.end("name") != end or not 2 <= words <= 4 \
            or knowledge_base().lookup(text[start:end]) is not None:     # a known official alone on a line: a caption
        return False
    following = _NEXT_LINE.search(text, line_end)
    following = following.group(1) if following else ""
    # a bare name (no "By", no bullet) is a byline only right above the story's lead paragraph, not in a list of
    # short lines (sports results, captions, a table of names)
    return bool(m.group("opener")) and bool(following) or len(following) >= _LEAD_PARAGRAPH


_CODE_AND_NUMBER = re.compile(r"\s*(?P<code>[^\W\d][\w-]*?)\s*[-+ ]\s*\d{1,3}\s*")


def _meeting_code(surface: str, rules: EntityRules) -> bool:
    """ "APSC-20", "ACC 24", "PMC+1": a meeting series' code with a number is a meeting, never an entity."""
    m = _CODE_AND_NUMBER.fullmatch(surface)
    return m is not None and match_key(m.group("code")) in rules.meeting_codes


def _inside_weekday(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """ "Thứ Bảy, 14/03/2026": the model's person "Bảy" is the day's name."""
    words = words_in(text, max(0, start - 12), end, rules.abbreviations) if rules.weekdays else []
    return any(words[-n].start <= start and tuple(w.key for w in words[-n:]) in rules.weekdays
               for n in (1, 2, 3) if len(words) >= n)


def body_in_title(text: str, candidate: Candidate, rules: EntityRules) -> bool:
    """ "Bộ Quốc phòng" of "Bộ trưởng Bộ Quốc phòng": a body named inside a title is an organisation of its own (gold
    policy); "Chính phủ" of "Thủ tướng Chính phủ" is part of the title."""
    words = words_in(text, candidate.start, candidate.end, rules.abbreviations)
    return candidate.label == "ORG" and len(words) > 1 and words[0].key in rules.title_body_heads


def in_slogan(text: str, candidate: Candidate, rules: EntityRules) -> bool:
    """ "under the theme “ASEAN Community in a Global Community of Nations”", the motto "One Vision, One Identity
    and One Community": words of a slogan, not a body or an act the rules or the model may name; a known name
    (the knowledge base's "ASEAN Community") and a place stay."""
    if rules.slogan is None or candidate.source == "gazetteer" or candidate.label in {"GPE", "LOC"}:
        return False
    return any(m.start("slogan") <= candidate.start and candidate.end <= m.end("slogan")
               for m in rules.slogan.finditer(text, max(0, candidate.start - 250), candidate.end + 200))


def _generic_plural(text: str, start: int, end: int, words: list[Word], rules: EntityRules) -> bool:
    """ "hai Học viện Ngoại giao", "Bộ Ngoại giao hai nước": bodies counted or shared out are common nouns."""
    if not (rules.generic_before or rules.generic_after) or not any(
            rules.heads.get(tuple(w.key for w in words[:n])) == "ORG" for n in (1, 2, 3) if n <= len(words)):
        return False
    before = words_in(text, max(0, start - 20), start, rules.abbreviations)
    after = words_in(text, end, min(len(text), end + 20), rules.abbreviations)
    return (bool(before) and not before[-1].closes and (before[-1].key,) in rules.generic_before) or \
        (bool(after) and not words[-1].closes and any(tuple(w.key for w in after[:n]) in rules.generic_after for n in (1, 2)))


_DATELINE_AFTER = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d][\w&]*)\.(?=\s|$)")


def _byline_before_dateline(text: str, end: int, rules: EntityRules) -> bool:
    """ "Minh Vương TGVN. Bối cảnh ...": the author before the outlet's dateline, on the same line or the
    line above it."""
    m = _DATELINE_AFTER.match(text, end)
    return m is not None and (match_key(m.group(1)),) in rules.news_agencies


def _after_credit_cue(text: str, start: int, rules: EntityRules) -> bool:
    """ "(Ảnh: Nguyễn Hồng)", "Ảnh: Bộ Ngoại giao Nga": who took or gave the picture (Vietnamese; the English
    seeds' gold names the ministry of "(Photo: Ministry of Foreign Affairs)")."""
    before = words_in(text, max(0, start - 25), start, rules.abbreviations)
    return bool(before) and before[-1].key in rules.credit_cues and before[-1].trailing.startswith(":") \
        and text[before[-1].end:start].strip() == ":"


def after_nationality_cue(text: str, start: int, label: str, rules: EntityRules) -> bool:
    """ "người Argentina", "tiếng Pháp", "dân tộc Thái": a place name after one of these words names a
    nationality, a language or an ethnic group, not the place (no entity, gold policy)."""
    if label not in {"GPE", "LOC"} or not rules.nationality_cues:
        return False
    before = words_in(text, max(0, start - 30), start, rules.abbreviations)
    return any(len(before) >= n and not before[-n].closes and not before[-1].closes
               and tuple(w.key for w in before[-n:]) in rules.nationality_cues for n in (1, 2))


def short_person_names(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A model mention that is the last word(s) of a person the rules or the knowledge base found in the same
    document is that person ("Blinken và Lavrov" after "Ngoại trưởng Nga Sergei Lavrov")."""
    ends = {tuple(text[c.start:c.end].split()[-n:]) for c in chosen if c.label == "PERSON" and c.source != "model"
            for n in (1, 2) if len(text[c.start:c.end].split()) > n}
    return [c._replace(label="PERSON") if c.source == "model" and c.label != "PERSON"
            and tuple(text[c.start:c.end].split()) in ends else c for c in chosen]


def meeting_series_spans(doc: Document, rules: EntityRules) -> Iterator[tuple[int, int]]:
    """Where the text names a meeting series ("East Asia Summit", "Cấp cao Đông Á"): no entity inside it."""
    longest = max((len(m) for m in rules.meeting_series), default=0)
    first_words = {m[0] for m in rules.meeting_series if m}
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        for i in range(len(words)):
            if words[i].key not in first_words:
                continue
            for n in range(min(longest, len(words) - i), 1, -1):
                if tuple(w.key for w in words[i:i + n]) in rules.meeting_series:
                    yield words[i].start, words[i + n - 1].end
                    break


def without_admin_prefix(text: str, candidate: Candidate, rules: EntityRules) -> Candidate:
    """ "Thủ đô Viêng Chăn" -> "Viêng Chăn", "tỉnh Quảng Ninh" -> "Quảng Ninh": a place is named without
    its administrative prefix (gold policy)."""
    if candidate.label not in {"GPE", "LOC"}:
        return candidate
    words = words_in(text, candidate.start, candidate.end, rules.abbreviations)
    for n in (2, 1):
        if len(words) > n and tuple(w.key for w in words[:n]) in rules.admin_prefixes and capitalised(words[n].text):
            return candidate._replace(start=words[n].start)
    return candidate


def _names_a_meeting(words: list[Word], rules: EntityRules) -> bool:
    """ "ARF Peacekeeping Experts' Meeting", "ARF Seminar on Energy Security", "Council Meeting in Semarang":
    a meeting word ends the name or is followed by a connector; "Declaration on the East Asia Summit" is an act."""
    for k in range(1, len(words)):
        if words[k].key in rules.meeting_words and (k == len(words) - 1 or words[k + 1].key in rules.connectors):
            return head_label(words, 0, k, rules) != "LAW"
    return False


def _cited_as_source(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """ "(VNA)", "Photo: VNA", "-Bernama", "Theo TTXVN", "a VNA reporter": a source tag, not an actor."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    dateline = rules.lang == "vi" and not text[line_start:start].strip() and text[end:end + 1] == "."   # "TGVN. Bối cảnh"
    return bool(rules.source_before.search(text, line_start, start) or rules.source_after.match(text, end, line_end)
                or dateline)


_CREDIT_AFTER = re.compile(r"\s*/\s*([^\W\d][\w.]*)")
_CREDIT_BEFORE = re.compile(r"([^\W\d][\w.]*)\s*/\s*$")


def _credited_with_agency(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """ "Ảnh: Trần Việt/TTXVN", "Ảnh VGP/Nhật Bắc": a name joined to an agency by a slash is a credit."""
    after = _CREDIT_AFTER.match(text, end)
    before = _CREDIT_BEFORE.search(text, max(0, start - 20), start)
    return any(m is not None and (match_key(m.group(1)),) in rules.news_agencies for m in (after, before))


_BYLINE = re.compile(r"\n([A-ZĐ][\w]+(?: [A-ZĐ][\w]+){1,3})\s*$")


def byline_candidates(doc: Document) -> Iterator[Candidate]:
    """A last line of two to four capitalised words is the author's byline."""
    m = _BYLINE.search(doc.text)
    if m and knowledge_base().lookup(m.group(1)) is None:
        yield Candidate(m.start(1), m.end(1), "PERSON", "rule", 0.6)


def head_rule_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """Capitalised names that contain (English) or open with (Vietnamese) an ORG/LAW/LOC head word."""
    verbs = verb_starts(doc) if rules.lang == "en" else verb_syllables(doc, rules)    # offsets: once per document
    nouns = segment_nouns(doc, rules) if rules.lang == "vi" else None
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        if rules.lang == "en" and _title_case_line(words):
            continue           # headlines capitalise every word: no evidence of a name
        if rules.lang == "en":
            names = english_names(words, rules, verbs)
        else:
            names = vietnamese_names(words, rules, verbs, nouns)
        in_titles = _inside_titles(words, rules)
        offices = dict(_title_offices(words, rules))
        for first, last in offices.items():
            yield Candidate(words[first].start, words[last].end, "ORG", "rule", MODEL_SCORE["rule"])
        for first, last, label in names:
            if first in in_titles or first in offices.values():
                continue       # "Chính phủ" of "Thủ tướng Chính phủ Phạm Minh Chính" belongs to the title
            last = _through_acronym_and_years(words, last)
            yield Candidate(words[first].start, words[last].end, label, "rule", MODEL_SCORE["rule"])


def _title_offices(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int]]:
    """(first, last) of a title's office: "Prime Minister's Office" (possessive title + office head)."""
    for i, word in enumerate(words):
        for title in rules.titles.get(word.key, ()):
            n = len(title)
            if tuple(w.key for w in words[i:i + n]) == title and i + n < len(words) \
                    and words[i + n - 1].trailing in ("’s", "'s") and words[i + n].key in rules.office_heads:
                yield i, i + n
                break


def _inside_titles(words: list[Word], rules: EntityRules) -> set[int]:
    """Indices of the words inside a title of several words, after its first ("Thủ tướng Chính phủ")."""
    inside = set()
    for i, word in enumerate(words):
        if word.key in rules.titles:
            inside.update(range(i + 1, i + title_length(words, i, rules)))
    return inside


_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def _through_acronym_and_years(words: list[Word], last: int) -> int:
    """ "Kế hoạch ... Thương mại Điện tử (TMĐT) 2021-2025": a period after the short form is still the name."""
    if last + 2 < len(words) and words[last + 1].opens and is_acronym(words[last + 1].text) \
            and not words[last + 2].opens and _YEARS.fullmatch(words[last + 2].text):
        return last + 2
    return last


def _title_case_line(words: list[Word]) -> bool:
    return len(words) > 4 and sum(capitalised(w.text) for w in words) > 0.7 * len(words)


_AFTER_HYPHEN = re.compile(r"(?<=\w-)[A-ZĐ]\w*(?: [A-ZĐ]\w*){1,3}")


def hyphen_glued_names(doc: Document) -> Iterator[Candidate]:
    """A known name of several words glued by a hyphen to the one before it: "ASEAN-Hoa Kỳ", "ASEAN-Nhật
    Bản" (one-word parts are found as compound parts)."""
    kb = knowledge_base()
    for m in _AFTER_HYPHEN.finditer(doc.text):
        words = m.group().split(" ")
        for n in range(len(words), 1, -1):
            surface = " ".join(words[:n])
            entry = kb.lookup(surface)
            if entry is not None:
                yield Candidate(m.start(), m.start() + len(surface), entry.label, "gazetteer", MODEL_SCORE["kb"], entry)
                break


_NAME_RUN = r"[A-ZĐ][^\W\d]*(?: [A-ZĐ][^\W\d]*){0,3}"


def team_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """A sports team: an age class before a name ("U16 Việt Nam", "U.23 Thái Lan") or a club's mark after it
    ("Hải Phòng FC"); the country or city inside is not mentioned as a place."""
    if not rules.team_prefixes and not rules.team_suffixes:
        return
    prefix = re.compile(rf"(?<!\w)(?:{'|'.join(rules.team_prefixes)}) {_NAME_RUN}(?![\w-])") if rules.team_prefixes else None
    suffix = re.compile(rf"(?<![\w-]){_NAME_RUN} (?:{'|'.join(map(re.escape, rules.team_suffixes))})(?![\w-])") \
        if rules.team_suffixes else None
    for pattern in (prefix, suffix):
        for m in pattern.finditer(doc.text) if pattern else ():
            yield Candidate(m.start(), m.end(), "ORG", "rule", MODEL_SCORE["rule"])


def vietnamese_name_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """Vietnamese: a family name and capitalised syllables is a person; the name after "thành phố", "huyện"
    ... a place; "miền" and a direction a region."""
    if doc.lang != "vi":
        return
    yield from hyphen_glued_names(doc)
    yield from team_candidates(doc, rules)
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        for first, last in surname_person_runs(words, rules):
            yield Candidate(words[first].start, words[last].end, "PERSON", "rule", MODEL_SCORE["fallback"])
        for first, last in prefixed_place_runs(words, rules):
            yield Candidate(words[first].start, words[last].end, "GPE", "rule", MODEL_SCORE["fallback"])
        for first, last in region_runs(words, rules):
            yield Candidate(words[first].start, words[last].end, "LOC", "rule", MODEL_SCORE["rule"])


def title_rule_candidates(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """A title or honorific followed by capitalised words is a person: "Thứ trưởng Nguyễn Quốc Dũng"."""
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        i = 0
        while i < len(words):
            length = title_length(words, i, rules)
            if not length:
                i += 1
                continue
            j = i + length
            while j < len(words) and title_length(words, j, rules):
                j += title_length(words, j, rules)      # "Deputy Prime Minister and Foreign Minister"
            j = _past_known_qualifier(doc.text, words, j)[0]   # "Bộ trưởng Ngoại giao Indonesia Retno Marsudi"
            last = j - 1
            while last + 1 < len(words) and last + 1 - j < 4 and capitalised(words[last + 1].text) \
                    and not words[last + 1].text[:1].isdigit() and not mark_after(words[last]) \
                    and (not words[last].closes or _initial(words[last])) and not words[last + 1].opens:
                last += 1
            office = tuple(w.key for w in words[i:i + length]) not in rules.person_cues
            if last >= j and not head_label(words, j, last, rules) \
                    and not _common_word_or_known(doc, words[j:last + 1], office) \
                    and not (office and last == j and _company_word(words[j].text)):
                yield Candidate(words[j].start, words[last].end, "PERSON", "rule", MODEL_SCORE["rule"])
            i = max(last + 1, i + 1)


def title_countries(doc: Document, rules: EntityRules) -> Iterator[Candidate]:
    """The country an office's title names, in it or right after it, also when its name is a common word:
    "Ngoại trưởng Mỹ Blinken", "Tổng thống Pháp Macron", "US Secretary of State" (gold policy: a country
    in a title is a mention of it; a title's body, "Chính phủ" of "Thủ tướng Chính phủ", is not)."""
    for sentence_start, sentence_end in doc.sentences:
        words = words_in(doc.text, sentence_start, sentence_end, rules.abbreviations)
        for i in range(len(words)):
            length = title_length(words, i, rules)
            if not length or tuple(w.key for w in words[i:i + length]) in rules.person_cues:
                continue
            inside = (_country_at(doc.text, words, k, i + length) for k in range(i, i + length))
            after, entry = _past_known_qualifier(doc.text, words, i + length)
            for found in [*inside, (i + length, after, entry)]:
                if found is not None and found[2] is not None and found[2].label == "GPE":
                    first, end, entry = found
                    yield Candidate(words[first].start, words[end - 1].end, "GPE", "gazetteer", MODEL_SCORE["kb"], entry)


def _country_at(text: str, words: list[Word], k: int, end: int) -> tuple[int, int, KBEntry] | None:
    """A country named by words[k:k + n] inside a title ending before `end`."""
    for n in (3, 2, 1):
        if k + n <= end and (entry := knowledge_base().lookup(text[words[k].start:words[k + n - 1].end])) is not None \
                and entry.label == "GPE":
            return k, k + n, entry
    return None


def _company_word(word: str) -> bool:
    """ "Chủ tịch BSC", "TGĐ OceanBank": one word in capitals or with capitals inside it after an office names the
    body the office heads, not its holder (initials are dotted, "V.T.Đ"; a double name is hyphened)."""
    return is_acronym(word) and not any(c in word for c in ".-")


def _initial(word: Word) -> bool:
    """ "S." of "Alan Peter S. Cayetano": a middle initial inside a person's name, not the end of it."""
    return len(word.text) == 1 and word.text.isupper() and word.trailing == "."


def _common_word_or_known(doc: Document, run: list[Word], office: bool) -> bool:
    """Vietnamese: the run after an office (not after "ông", "luật sư", whose names the segmenter often glues
    to the next verb: "Thiên nói") is no person when the segmenter glues its last syllable to a lower-case one
    ("Bộ trưởng Kinh tế", "Phó bí thư Quân ủy": a portfolio, a body), or when it joins known
    names with a hyphen ("Bộ trưởng Quốc phòng ASEAN-Hoa Kỳ")."""
    if doc.lang != "vi":
        return False
    last = run[-1]
    if office and any(t.start <= last.start < t.end and t.end > last.end and doc.text[last.end:t.end].strip()[:1].islower()
           for t in doc.tokens):
        return True
    parts = doc.text[run[0].start:last.end].split("-")
    return len(parts) > 1 and all(knowledge_base().lookup(p) is not None for p in parts)


def _past_known_qualifier(text: str, words: list[Word], j: int) -> tuple[int, KBEntry | None]:
    """Index after a country or organisation named right after a title, when a name follows it, and its entry."""
    kb = knowledge_base()
    for n in (4, 3, 2, 1):
        if j + n < len(words) and not words[j + n - 1].closes:
            entry = kb.lookup(text[words[j].start:words[j + n - 1].end]) or _country_after_title(text, words[j:j + n])
            if entry is not None and entry.label in {"GPE", "ORG"} and capitalised(words[j + n].text):
                return j + n, entry
    return j, None


def _country_after_title(text: str, words: list[Word]):
    """A country's short name that is also a common word, right after a title ("Tổng thống Mỹ Donald
    Trump", "Tổng thống Pháp Macron"): the title's country, not part of the name."""
    matches = list(knowledge_base().find(text, words[0].start, words[-1].end))
    if len(matches) == 1 and matches[0].kind == "ambiguous" and matches[0].entry.label == "GPE" \
            and (matches[0].start, matches[0].end) == (words[0].start, words[-1].end):
        return matches[0].entry
    return None
