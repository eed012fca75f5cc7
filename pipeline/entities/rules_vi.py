"""Vietnamese name rules: names that open with a head word and run on to punctuation, a stopper, a new head
or a verb; and the checks on the CRF model's Vietnamese mentions.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from ..document import Document
from ..kb import knowledge_base, match_key
from .lexicon import EntityRules, year_follows
from .words import Word, capitalised, in_a_longer_name, is_acronym, mark_after


def verb_syllables(doc: Document, rules: EntityRules) -> frozenset[int]:
    """Start offsets of the segmenter's lower-case words that end a name once it has capitals: verbs, and
    the adverbs and pronouns of the clause ("Bộ Giao thông Vận tải | lại tạo ra", "Ngân hàng Đại Dương | mới")."""
    return frozenset(t.start for t in doc.tokens if t.pos in rules.clause_tags and t.text[:1].islower())


def segment_nouns(doc: Document, rules: EntityRules) -> dict[int, int]:
    """The segmenter's nouns: start offset -> end offset ("thị trường" is one word, so holds no head "trường")."""
    return {t.start: t.end for t in doc.tokens if t.pos in rules.noun_tags}


def vietnamese_names(words: list[Word], rules: EntityRules, verbs: frozenset[int] = frozenset(),
                     nouns: dict[int, int] | None = None) -> Iterator[tuple[int, int, str]]:
    i = 0
    while i < len(words):
        head = _head_at(words, i, rules)
        lower = head is not None and not words[i].text[:1].isupper()
        if head is None or lower and not _lower_case_head(words, i, head[1], rules, nouns) \
                or _inside_known_name(words, i):
            i += 1
            continue
        label, head_length = head
        if any(i >= n and tuple(w.key for w in words[i - n:i]) in rules.rank_words and not words[i - 1].closes
               for n in (1, 2)):
            i += head_length  # "quan hệ Đối tác Chiến lược Toàn diện": a partnership's rank, not an act
            continue
        after = i + head_length
        if after < len(words) and words[after].key in rules.descriptive_after_head \
                and not _head_at(words, after + 1, rules):
            # "Cộng đồng của ASEAN" describes the community of ASEAN; "Nhóm công tác của Hội đồng ..."
            # names a body of another named body
            i = after
            continue
        last = _vietnamese_name_end(words, i, i + head_length - 1, rules, verbs, label == "ORG", label == "LOC",
                                    label == "LAW")
        last = _on_to_acronym(words, last, rules)
        if lower:
            last = _lower_case_name_end(words, i + head_length, last, rules)
        has_name = any(capitalised(w.text) for w in words[i + head_length:last + 1])
        if not has_name and label == "ORG":      # a title's lower-case words hold verbs ("Kế hoạch ... thực hiện")
            last = _before_clause_word(words, i + head_length, last, verbs)
        if last >= i + head_length and (not sentence_initial(words, i) or has_name):
            yield i, last, label
            i = last + 1
        else:
            i += head_length


def _lower_case_head(words: list[Word], i: int, length: int, rules: EntityRules,
                     nouns: dict[int, int] | None) -> bool:
    """A head written in lower case opens a name when it is one of the lower-case heads and a noun of its own
    for the segmenter: "công an huyện Nghi Lộc", "nhà máy sản xuất đạm Ninh Bình", but not "thị trường Việt
    Nam" (one word) nor "báo với Công an" (a verb)."""
    return tuple(w.key for w in words[i:i + length]) in rules.lower_case_heads and nouns is not None \
        and nouns.get(words[i].start) == words[i + length - 1].end


def _lower_case_name_end(words: list[Word], after_head: int, last: int, rules: EntityRules) -> int:
    """Last word of a name opened by a lower-case head (or `after_head - 1`: no name): a capitalised word within
    reach of the head, over lower-case words but no connector ("nhà máy sản xuất đạm | Ninh Bình"; not "công
    ty ở London"); the name ends before a connector other than "và" ("tạp chí y khoa BMJ Open | của Anh"),
    with a capitalised word or a number after one ("công ty Dệt Pacific Crystal | nếu", "Quân khu 1")."""
    first = next((k for k in range(after_head, min(last, after_head + rules.lower_case_reach) + 1)
                  if words[k].text[:1].isupper()), None)
    if first is None or any(words[k].key in rules.connectors for k in range(after_head, first)):
        return after_head - 1
    last = next((k - 1 for k in range(first + 1, last + 1)
                 if words[k].key in rules.connectors and words[k].key != match_key("và")), last)
    while last > first and not (words[last].text[:1].isupper()
                                or words[last].text[:1].isdigit() and words[last - 1].text[:1].isupper()):
        last -= 1
    return last


def _before_clause_word(words: list[Word], first: int, last: int, verbs: frozenset[int]) -> int:
    """A body's head followed by lower-case words alone ends before the first verb, adverb or pronoun of the
    clause: "Công ty | phát hiện tủ sắt", "Hội phụ huynh | vẫn xem xét" (a capitalised name runs on over them)."""
    for k in range(first, last + 1):
        if words[k].start in verbs:
            return k - 1
    return last


def _inside_known_name(words: list[Word], i: int) -> bool:
    """A head word that ends a known name is no head: "Phòng" of "Hải Phòng"."""
    return i > 0 and not words[i - 1].closes and capitalised(words[i - 1].text) \
        and knowledge_base().lookup(f"{words[i - 1].text} {words[i].text}") is not None


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


def sentence_initial(words: list[Word], i: int) -> bool:
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
                         verbs: frozenset[int] = frozenset(), body: bool = False, place: bool = False,
                         title: bool = False) -> int:
    """Last word of a Vietnamese name that opens at `first`: up to punctuation, a stopper, a new head,
    or a lower-case verb once the name has capitalised words ("Trung tâm Nghiên cứu ... công bố"); a document's
    topic ("Tuyên bố ... về ...") runs on over its lower-case verbs and "và" (title_topic_markers)."""
    last = head_last
    j = head_last + 1
    proper = topic = False
    while j < len(words) and j - first < rules.max_words and not words[j - 1].closes and not words[j].opens:
        if any(tuple(w.key for w in words[j:j + n]) in rules.stoppers for n in (1, 2, 3)) or year_follows(words, j, rules):
            break
        if _person_after_lower_case(words, j, rules) and (words[first].key,) not in rules.person_named_heads:
            break             # "Vụ Chính sách thương mại đa biên Nguyễn Văn A": the head of the body follows it
        topic = topic or title and words[j - 1].key in rules.title_topic_markers
        if proper and not topic and words[j].start in verbs and words[j].key not in rules.connectors \
                and words[j - 1].key not in rules.connectors:
            break
        if body and _body_ends(words, j, rules, proper):
            break
        if proper and not topic and _lower_case_after_and(words, j):
            break             # "Tầm nhìn ASEAN sau 2015 | và cải tiến ...": a title's parts after "và" are capitalised
        # capitals of a nested head ("của Hội đồng điều phối ...") open a descriptive name, not a proper one;
        # a number designates a body ("Bộ Tư lệnh tác chiến 2 | thuộc ...") but in a title it counts years
        # ("Tuyên bố kỷ niệm 10 năm thành lập EAS" runs on over "thành lập")
        proper = proper or (capitalised(words[j].text) if body else words[j].text[:1].isupper()) \
            and not _head_at(words, j, rules) and \
            not any(_head_at(words, k, rules) for k in range(max(head_last + 1, j - 2), j))
        if words[j].key == match_key("và") and _head_after_and(words, j + 1, rules):
            break
        last = j
        j += 1
    while last > head_last and (words[last].key in rules.connectors or place and words[last].text[:1].islower()):
        last -= 1             # a sea or region ends with its name: "Biển Đông | hòa bình và ổn định"
    return last


_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _body_ends(words: list[Word], j: int, rules: EntityRules, proper: bool) -> bool:
    """Where a body's name ends: before its session ("Hội đồng ... ASEAN | lần thứ 4"), after a known place
    and before a lower-case word ("Quốc hội Hàn Quốc | đầu tuần này"), before "và" and a lower-case word or a
    number ("Sở GTVT | và một số đơn vị"), before a connector and a number ("Sở ... | của 13 tỉnh"), before an
    amount ("Hội Chữ thập đỏ | 30.000 đồng"). (Lower-case words and verbs of the segmenter run on: "Nhà máy
    sản xuất xơ sợi Đình Vũ", "Trung tâm bảo tồn di sản Thăng Long".)"""
    word, following = words[j], words[j + 1] if j + 1 < len(words) else None
    if any(tuple(w.key for w in words[j:j + n]) in rules.body_stoppers for n in (1, 2)) or _AMOUNT.fullmatch(word.text):
        return True
    if proper and _lower_after_place(words, j, rules):
        return True
    return word.key in rules.connectors and following is not None and not word.closes and (
        following.text[:1].isdigit() or word.key == match_key("và") and following.text[:1].islower())


def _lower_case_after_and(words: list[Word], j: int) -> bool:
    return words[j].key == match_key("và") and not words[j].closes and j + 1 < len(words) \
        and words[j + 1].text[:1].islower()


def _head_after_and(words: list[Word], k: int, rules: EntityRules) -> bool:
    """ "và Hội ...", "và các Hội quốc gia": another name opens after "và" (over "các", "những")."""
    if k < len(words) and words[k].key in rules.strip_leading:
        k += 1
    return k < len(words) and words[k].text[:1].isupper() and _head_at(words, k, rules) is not None


def _lower_after_place(words: list[Word], j: int, rules: EntityRules) -> bool:
    """A lower-case word (not a connector) right after a known place that ends a body's name: "Quốc hội Hàn
    Quốc | đầu tuần", "Tổng công ty Đường sắt Việt Nam | vừa"; "Sở Giao thông vận tải" runs on."""
    if not words[j].text[:1].islower() or words[j].key in rules.connectors:
        return False
    kb = knowledge_base()
    for n in (1, 2, 3):
        if j - n < 1 or not all(capitalised(w.text) for w in words[j - n:j]):
            break
        entry = kb.lookup(" ".join(w.text for w in words[j - n:j]))
        if entry is not None and entry.label in {"GPE", "LOC"}:
            return True
    return False


def _person_after_lower_case(words: list[Word], j: int, rules: EntityRules) -> bool:
    """A capitalised family name and syllable after a lower-case word or an acronym ("Bộ GTVT | Nguyễn Ngọc
    Đông"), not a known place ("Hà Nội"), nor the name after an administrative prefix ("UBND quận Hoàng Mai");
    "quản lý Vườn" holds no family name."""
    if not (words[j].key in rules.surnames and words[j].text[:1].isupper()
            and (words[j - 1].text[:1].islower() or is_acronym(words[j - 1].text))
            and j + 1 < len(words) and capitalised(words[j + 1].text) and not words[j].closes):
        return False
    if any(j >= n and tuple(w.key for w in words[j - n:j]) in rules.admin_prefixes for n in (1, 2)):
        return False
    kb = knowledge_base()
    return not any(kb.lookup(" ".join(w.text for w in words[j:k])) for k in (j + 2, j + 3) if k <= len(words))


def vietnamese_model_label(words: list[Word], label: str, rules: EntityRules,
                            titled: list[tuple[int, int]], sentence_initial: bool = False) -> tuple[str | None, str | None]:
    """(label or None, the named rule that dropped it). Keep a name only when every syllable is capitalised,
    and a one-syllable person opening a sentence only with a family name or a title before it ("Quân",
    "Cấp" open sentences); other persons as the model says ("Selena Gomez", "Gia Hân", "Francia"). An
    acronym, or a name holding one, is an organisation ("AHA", "PVN", "Quảng Nam FC"); words written in
    capitals with vowel marks are no acronym ("NGUY HIỂM": dropped unless the model says a person)."""
    if not all(capitalised(w.text) for w in words):
        return None, "vi_lower_case_syllable"
    if any(_shouted(w.text) for w in words) and label != "PERSON":
        return None, "vi_shouted_words"      # "SỐC", "NGUY HIỂM", "BÁNH MÌ QUE": words in capitals, no acronym
    all_caps = not any(_shouted(w.text) for w in words) and any(sum(c.isupper() for c in w.text) > 1 for w in words)
    if label == "PERSON":
        if all_caps:    # "PVN", "VietinBank", "Quảng Nam FC": a company, party or team (titles were trimmed)
            return "ORG", "vi_person_acronym_is_org"
        after_title = any(start <= words[0].start < end for start, end in titled)
        if (words[0].key,) in rules.event_nouns:
            return None, "vi_event_noun"     # "dự Phiên họp toàn thể", "chứng kiến Lễ ký": an event, capitalised
        if words[0].key in rules.surnames or after_title or len(words) > 1 or not sentence_initial:
            return label, None
        return None, "vi_person_one_syllable_no_surname"
    return ("ORG", "vi_acronym_is_org") if all_caps and label != "ORG" else (label, None)


def _shouted(word: str) -> bool:
    """A word written in capitals that carries a Vietnamese vowel mark ("SỐC", "HIỂM", "THÀNH"): Vietnamese
    acronyms are made of bare initials ("HĐND", "TTXVN"; "Đ" is a letter of its own), so this is no acronym."""
    return len(word) > 1 and word.isupper() and any(unicodedata.decomposition(c) for c in word if c not in "ĐÐ")


def foreign_word_alone(text: str, start: int, end: int, rules: EntityRules, titled: list[tuple[int, int]],
                       persons: list[tuple[int, int]]) -> bool:
    """One word that is no Vietnamese syllable ("Chelsea", "Apple", "Uber", "Forbes"), which the CRF calls a
    person: the news names a foreign person in full or after a title at least once ("Diego Costa" ... "Costa",
    "HLV Conte"), so a foreign word the document never gives so, and the knowledge base does not know, is a
    club, a company or an outlet."""
    surface = text[start:end]
    if rules.native_syllable is None or " " in surface or rules.native_syllable.fullmatch(_folded(surface)) \
            or knowledge_base().lookup(surface) is not None:
        return False
    return not any(text[a:b] == surface for a, b in titled) and not shortens_a_person(text, start, end, titled + persons) \
        and not in_a_longer_name(text, start, end) and not _quote_before(text, start)


_QUOTE_BEFORE = re.compile(r"[”\"]\s*,\s*$")


def _quote_before(text: str, start: int) -> bool:
    """ "...”, Neville nhấn mạnh": the word right after a quotation names its speaker."""
    return bool(_QUOTE_BEFORE.search(text, max(0, start - 5), start))


def _folded(word: str) -> str:
    """Lower case without vowel marks, "đ" as "d": the letters a syllable pattern is written in."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))
    return bare.replace("đ", "d")


def surname_person_runs(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int]]:
    """A family name and one to three capitalised syllables after it ("Lưu Trọng Ninh"), up to any mark
    ("Nguyễn Thị Lâm | – Phó Viện trưởng"), neither a known name nor holding one ("Hà Nội", "Đoàn Lào"), nor a place after its prefix ("thành phố Hồ Chí Minh")."""
    kb = knowledge_base()
    i = 0
    while i < len(words):
        last = i
        if words[i].key in rules.surnames and _title_cased(words[i].text):
            while last + 1 < len(words) and last - i < 3 and _title_cased(words[last + 1].text) \
                    and not words[last].closes and not mark_after(words[last]) and not words[last + 1].opens:
                last += 1
        text_of = lambda a, b: " ".join(w.text for w in words[a:b + 1])  # noqa: E731
        known = any(kb.lookup(text_of(i, b)) for b in range(i + 1, last + 1)) or kb.lookup(text_of(i + 1, last))
        # "Hà Nội"; "Đoàn Lào" (the Lao delegation), but "Phan Ngọc Nga"
        after_place_prefix = i > 0 and any(tuple(w.key for w in words[i - n:i]) in rules.place_prefixes for n in (1, 2))
        if last > i and not known and not after_place_prefix:
            yield (i - 1 if _given_name_before(words, i, rules) else i), last
            i = last + 1
        else:
            i += 1


def _given_name_before(words: list[Word], i: int, rules: EntityRules) -> bool:
    """A capitalised word right before a family name, inside the sentence, that is no title, head, known name
    or part of a longer capitalised run, opens the person's name: a family name missing from the list ("Ninh
    Văn Quỳnh"), a stage or foreign given name ("Soobin Hoàng Sơn", "David Nguyễn Vũ")."""
    if i < 1:
        return False
    word = words[i - 1]
    if not _title_cased(word.text) or word.closes or mark_after(word) or words[i].opens \
            or sentence_initial(words, i - 1) or word.key in rules.titles or _head_at(words, i - 1, rules) \
            or knowledge_base().lookup(word.text) is not None:
        return False
    before = words[i - 2] if i >= 2 else None
    return before is None or before.closes or mark_after(before) or not capitalised(before.text) \
        or before.key in rules.titles or sentence_initial(words, i - 2)


def _title_cased(word: str) -> bool:
    return word[:1].isupper() and not any(c.isupper() or c.isdigit() for c in word[1:])


def prefixed_place_runs(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int]]:
    """The name after an administrative prefix: "thành phố Uông Bí" -> "Uông Bí", "huyện Thủy Nguyên" ->
    "Thủy Nguyên" (the gold policy keeps the name without the prefix)."""
    i = 0
    while i < len(words):
        n = next((n for n in (2, 1) if tuple(w.key for w in words[i:i + n]) in rules.admin_prefixes), 0)
        first = last = i + n
        if not n or first >= len(words) or not _title_cased(words[first].text) or words[first - 1].closes:
            i += 1
            continue
        while last + 1 < len(words) and last - first < 3 and _title_cased(words[last + 1].text) \
                and not words[last].closes and not words[last + 1].opens:
            last += 1
        yield first, last
        i = last + 1


_AFTER_COMMA = re.compile(r",\s*([^\W\d][\w’'-]*(?: [^\W\d][\w’'-]*){0,2})")
_BEFORE_COMMA = re.compile(r"((?:[^\W\d][\w’'-]* ){0,2}[^\W\d][\w’'-]*),\s*$")


def place_cued(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """The CRF's place is known, or stands where a place is expected: after a word of place or motion ("ở
    Florida", "tại Busan", "khu vực Jammu") or next to a known place in a list ("Phát Diệm, Ninh Bình",
    "Australia, New Zeland"). Without either, the CRF's places are most often clubs, brands or people
    ("Chelsea", "Oceanbank", "Diego Costa")."""
    kb = knowledge_base()
    known = kb.lookup(text[start:end])
    if known is not None and known.label in {"GPE", "LOC"}:
        return True           # a known place needs no cue ("Hà Nội")
    before = [match_key(w) for w in text[max(0, start - 40):start].split()[-3:]]
    if any(tuple(before[-n:]) in rules.place_cue_words for n in (1, 2, 3) if len(before) >= n):
        return True
    after = _AFTER_COMMA.match(text, end)
    previous = _BEFORE_COMMA.search(text, max(0, start - 60), start)
    after_words = after.group(1).split() if after else []
    previous_words = previous.group(1).split() if previous else []
    neighbours = [" ".join(after_words[:n]) for n in range(1, len(after_words) + 1)] + \
        [" ".join(previous_words[-n:]) for n in range(1, len(previous_words) + 1)]
    return any((entry := kb.lookup(name)) is not None and entry.label in {"GPE", "LOC"} for name in neighbours)


def shortens_a_person(text: str, start: int, end: int, persons: list[tuple[int, int]]) -> bool:
    """The mention is the first or last word of a longer person's name in the document ("Lavrov" of "Ngoại
    trưởng Nga Sergei Lavrov", "Costa" of "Diego Costa"): coreference makes it that person, whatever the
    CRF's label."""
    surface = text[start:end]
    return " " not in surface and any(
        b - a > len(surface) and (text[a:b].endswith(" " + surface) or text[a:b].startswith(surface + " "))
        for a, b in persons)


def region_runs(words: list[Word], rules: EntityRules) -> Iterator[tuple[int, int]]:
    """A region word and a capitalised direction: "miền Trung", "miền Tây Bắc" (the region word belongs to
    the name); "miền bắc Đức" in lower case is a description."""
    for i, word in enumerate(words[:-1]):
        if (word.key,) not in rules.region_words or word.closes:
            continue
        for n in (2, 1):
            part = words[i + 1:i + 1 + n]
            if len(part) == n and all(w.text[:1].isupper() for w in part) and not any(w.closes for w in part[:-1]) \
                    and tuple(w.key for w in part) in rules.region_directions:
                yield i, i + n
                break
