"""Vietnamese words, POS and NER tags: the tags `underthesea.ner` gives, by a faster route to the same models.

underthesea's sentence tagger runs four models in a row: word segmentation, then three CRF taggers (POS,
chunking, NER), each fed features that a template writes for every word ("T[-1].lower=hội nghị"). Its
template code re-reads the whole sentence and re-parses the template for every word and template, so
building the features takes about 98 % of the taggers' time and the CRF itself (underthesea_core) the rest
(`make bench`, model time by component). Here each template is parsed once and each sentence's columns
built once, with underthesea's own feature functions: the feature strings are the very strings underthesea
builds (tests/test_vietnamese_tags.py compares them), given to the very CRF models, so the tags are the same.

The chunking step is skipped: no stage reads chunk tags, and the NER model's template does not read them
(it reads words, POS tags and its own column); `ChunkReaders` in the tests fails if a stage starts to.
If a future underthesea's NER template read the chunk column, the chunk tagger would be run again.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from ..resources import model_loaded

# underthesea's template syntax: T[i] or T[i,j], an optional [column], an optional .function
_SYNTAX = re.compile(r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")
CHUNK_COLUMN = 2
SEGMENTER_MODEL = "ws_crf_vlsp2013_20230727"   # the word segmentation model underthesea.word_tokenize loads
UNKNOWN = "X"          # what underthesea puts in a column that is still to be tagged


@dataclass(frozen=True)
class Template:
    """One feature template, parsed once: words i+first (to i+last) of a column, through a function."""
    prefix: str                      # "T[-1].lower=": underthesea writes the template before each value
    first: int
    last: int | None
    column: int
    function: Callable | None


def compile_template(syntax: str, functions: dict[str, Callable]) -> Template:
    matched = _SYNTAX.match(syntax)
    column, last, name = matched.group("column"), matched.group("index2"), matched.group("function")
    return Template(f"{syntax}=", int(matched.group("index1")), int(last) if last else None,
                    int(column) if column else 0, functions[name] if name is not None else None)


def sentence_features(rows: Sequence[tuple], templates: Sequence[Template]) -> list[list[str]]:
    """The features of every word of a sentence (rows: one tuple of columns per word), as underthesea's
    `word2features` writes them: BOS/EOS beyond the sentence, a span's words joined by a space."""
    count = len(rows)
    columns = list(zip(*rows))
    transformed: dict = {}        # (column, function) -> each word of the column through the function, once
    per_template = []
    for t in templates:
        bos, eos = t.prefix + "BOS", t.prefix + "EOS"
        if t.last is None:
            key = (t.column, t.function)
            if key not in transformed:
                words = columns[t.column] if count else ()
                transformed[key] = words if t.function is None else [f"{t.function(w)}" for w in words]
            values = transformed[key]
            per_template.append([bos if (j := i + t.first) < 0 else eos if j >= count else t.prefix + values[j]
                                 for i in range(count)])
            continue
        spans = []
        for i in range(count):
            first = i + t.first
            if first < 0:
                spans.append(bos)
            elif first >= count or i + t.last >= count:
                spans.append(eos)
            else:
                word = " ".join(columns[t.column][first:i + t.last + 1])
                spans.append(t.prefix + (word if t.function is None else f"{t.function(word)}"))
        per_template.append(spans)
    return [list(features) for features in zip(*per_template)] if templates else [[] for _ in range(count)]


@dataclass(frozen=True)
class Tagger:
    """One of underthesea's CRF taggers: its model and its templates, compiled."""
    model: object                    # underthesea_core.CRFTagger
    templates: tuple[Template, ...]

    @classmethod
    def of(cls, predictor, functions: dict[str, Callable]) -> "Tagger":
        return cls(predictor.model, tuple(compile_template(s, functions) for s in predictor.transformer.template))

    def reads(self, column: int) -> bool:
        return any(t.column == column for t in self.templates)

    def tag(self, rows: Sequence[tuple]) -> list[str]:
        return self.model.tag(sentence_features(rows, self.templates))


@dataclass(frozen=True)
class Segmenter:
    """underthesea's `word_tokenize` (syllables, then its CRF joins them into words), with the model's
    feature list and dictionary read by the C unpickler: joblib, which underthesea loads them with, reads
    plain pickles with Python's pure-Python unpickler, four times slower (half a second per process)."""
    featurizer: object               # underthesea_core.CRFFeaturizer
    model: object                    # underthesea_core.CRFTagger

    @classmethod
    def load(cls, folder: Path) -> "Segmenter":
        from underthesea_core import CRFFeaturizer, CRFTagger

        model = CRFTagger()
        model.load(str(folder / "models.bin"))
        features, dictionary = (_unpickle(folder / name) for name in ("features.bin", "dictionary.bin"))
        return cls(CRFFeaturizer(features, dictionary), model)

    def __call__(self, sentence: str) -> list[str]:
        from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

        syllables = tokenize(sentence, use_token_normalize=True, fixed_words=[])
        tags = self.model.tag(self.featurizer.process([[[s] for s in syllables]])[0])
        words: list[str] = []
        for tag, syllable in zip(tags, syllables):
            if tag == "I-W" and words:
                words[-1] = words[-1] + " " + syllable
            else:
                words.append(syllable)
        return words


def _unpickle(path: Path):
    import pickle

    try:
        with path.open("rb") as file:
            return pickle.load(file)
    except pickle.UnpicklingError:     # not a plain pickle (a joblib array file): joblib reads it
        import joblib

        return joblib.load(path)


@dataclass(frozen=True)
class VietnameseTagger:
    segment: Callable[[str], list[str]]   # underthesea.word_tokenize (Segmenter)
    pos: Tagger
    ner: Tagger
    chunk: Tagger | None = None      # loaded only if the NER model reads chunk tags

    def __call__(self, sentence: str) -> list[tuple[str, str, str, str]]:
        """(word, POS, chunk, NER) for each word of a sentence, as `underthesea.ner(sentence)`; the chunk
        tag is "" unless the NER model reads it."""
        words = self.segment(sentence)
        pos = self.pos.tag([(w, UNKNOWN) for w in words])
        chunks = [""] * len(words)
        if self.chunk is not None:
            chunks = self.chunk.tag([(w, p, UNKNOWN) for w, p in zip(words, pos)])
        ner = self.ner.tag([(w, p, c, UNKNOWN) for w, p, c in zip(words, pos, chunks)])
        return list(zip(words, pos, chunks, ner))


@functools.cache
def vietnamese_tagger() -> VietnameseTagger:
    """underthesea's models, loaded once per process (the first Vietnamese document pays for it)."""
    from underthesea.pipeline import word_tokenize
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.ner import tagged_feature
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    # the functions templates name (".lower", ".istitle"), as underthesea's apply_function maps them
    functions = {name.removeprefix("text_"): getattr(tagged_feature, name)
                 for name in dir(tagged_feature) if name.startswith("text_")}
    ner = Tagger.of(CRFNERPredictor.Instance(), functions)
    chunk = Tagger.of(CRFChunkingPredictor.Instance(), functions) if ner.reads(CHUNK_COLUMN) else None
    model_loaded("underthesea:vi")
    segmenter = Segmenter.load(Path(word_tokenize.__file__).parent / "models" / SEGMENTER_MODEL)
    return VietnameseTagger(segmenter, Tagger.of(CRFPOSTagPredictor.Instance(), functions), ner, chunk)
