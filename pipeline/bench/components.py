"""Model time by component: each spaCy component and each underthesea step, timed alone over the benchmark's
texts, with what it provides and which of our modules read that (found in the source, so it stays true).

The floor's way is the bare models as the floor runs them (spaCy's whole English pipeline; underthesea's
`ner`, which runs word segmentation, POS, chunking and NER, each CRF fed features built in Python); the
pipeline's way is what tokenize.py runs. A step nobody reads is work the tables do not need.
"""
from __future__ import annotations

import re
import time
from pathlib import Path

from .profiling import BENCH_DIR, CODE_DIR

# What each model step provides, as the attribute names our code reads it by.
SPACY_PROVIDES = {
    "tokenizer": ("tokens",),           # the words, as tokenize.py turns them into Document.tokens
    "tok2vec": (),                       # features for the tagger and the parser (ner has its own)
    "tagger": ("tag_",),
    "parser": ("dep_", "head", "children", "subtree", "left_edge", "right_edge", "sents", "noun_chunks"),
    "attribute_ruler": ("pos_", "morph"),
    "fast_attribute_ruler": ("pos_", "morph"),   # the pipeline's one-pass attribute ruler (english_attributes.py)
    "lemmatizer": ("lemma_",),
    "fast_lemmatizer": ("lemma_",),              # the pipeline's lemmatizer by distinct word (english_attributes.py)
    "ner": ("ents", "ent_type_", "ent_iob_"),
}
# underthesea's steps, as the Token fields tokenize.py fills from them
UNDERTHESEA_PROVIDES = {
    "sent_tokenize": ("sentences",),
    "word_tokenize": ("tokens",),
    "pos": ("pos",),
    "chunk": ("chunk",),
    "ner": ("ner",),
}
FEEDS = {"tok2vec": "feeds tagger, parser"}
_NOT_STAGES = ("bench", "evaluate", "report")
_PRODUCERS = ("stages/vietnamese_tags",)     # writes the Vietnamese tags (its own names look like reads)


def readers(attributes: tuple[str, ...], root: Path = CODE_DIR, skip: tuple[str, ...] = _PRODUCERS) -> list[str]:
    """Our modules (stages and helpers, not the benchmark, evaluation or report) that read `.attribute`."""
    if not attributes:
        return []
    pattern = re.compile(r"\.(?:%s)\b(?!\s*\()" % "|".join(map(re.escape, attributes)))
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if path.is_relative_to(BENCH_DIR) or relative.parts[0] in _NOT_STAGES:
            continue
        name = relative.with_suffix("").as_posix()
        if name not in skip and pattern.search(path.read_text(encoding="utf-8")):
            found.append(name)
    return found


def component_task(task: dict) -> dict:
    """In a child process: time every model step over the corpus' texts (see the module docstring)."""
    from .runner import bench_texts

    english, vietnamese = bench_texts(task)
    started = time.perf_counter()
    rows = {"english": _spacy_steps(english), "vietnamese": _underthesea_steps(vietnamese)}
    return {"seconds": time.perf_counter() - started, **rows}


def _spacy_steps(texts: list[str]) -> list[dict]:
    from ..stages.tokenize import SPACY_BATCH, english_nlp
    from .runner import floor_nlp

    started = time.perf_counter()
    nlp = floor_nlp()
    pipeline = english_nlp()
    ours = set(pipeline.pipe_names)
    rows = [{"step": "load", "seconds": time.perf_counter() - started, "provides": [], "read_by": [],
             "pipeline": True}]
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    steps = [("tokenizer", time.perf_counter() - started)]
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=SPACY_BATCH))
        else:
            docs = [component(doc) for doc in docs]
        steps.append((name, time.perf_counter() - started))
    for name, component in pipeline.pipeline:     # the pipeline's own replacements, timed on the same docs
        if name not in nlp.pipe_names:
            if name == "fast_lemmatizer":         # it fills only unset lemmas: unset the floor's first
                docs = [_without_lemmas(doc) for doc in docs]
            started = time.perf_counter()
            docs = [component(doc) for doc in docs]
            steps.append((name, time.perf_counter() - started))
    for name, seconds in steps:
        provides = SPACY_PROVIDES.get(name, ())
        rows.append({"step": name, "seconds": seconds, "provides": list(provides), "read_by": readers(provides),
                     "pipeline": name == "tokenizer" or name in ours, "feeds": FEEDS.get(name, "")})
    return rows


def _without_lemmas(doc):
    import numpy
    from spacy.attrs import LEMMA

    if len(doc):
        doc.from_array([LEMMA], numpy.zeros(len(doc), dtype="uint64"))
    return doc


def _underthesea_steps(texts: list[str]) -> list[dict]:
    """Each step of underthesea's `ner` (features and CRF apart), then the pipeline's way to the same tags."""
    from underthesea import sent_tokenize, word_tokenize
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    from ..stages.vietnamese_tags import UNKNOWN, sentence_features, vietnamese_tagger

    started = time.perf_counter()
    predictors = [CRFPOSTagPredictor.Instance(), CRFChunkingPredictor.Instance(), CRFNERPredictor.Instance()]
    word_tokenize("Hội nghị")
    ours = vietnamese_tagger()
    load = time.perf_counter() - started
    timer = _Timer()
    sentences = timer("sent_tokenize", lambda: [s for text in texts for line in filter(None, text.split("\n"))
                                                for s in sent_tokenize(line) if s.strip()])
    words = timer("word_tokenize", lambda: [word_tokenize(s) for s in sentences])
    columns = [[(w,) for w in ws] for ws in words]
    for name, predictor in zip(("pos", "chunk", "ner"), predictors):
        rows = [[(*c, UNKNOWN) for c in cs] for cs in columns]
        features = timer(f"{name} features", lambda: [predictor.transformer.transform([r])[0][0] for r in rows])
        tags = timer(f"{name} CRF", lambda: [predictor.model.tag(x) for x in features])
        columns = [[(*c, t) for c, t in zip(cs, ts)] for cs, ts in zip(columns, tags)]
    floor = dict(timer.seconds)
    timer.seconds.clear()
    timer("word_tokenize", lambda: [ours.segment(s) for s in sentences])
    for width, (name, tagger) in enumerate((("pos", ours.pos), ("chunk", ours.chunk), ("ner", ours.ner)), 1):
        if tagger is not None:       # the pipeline skips a tagger nobody reads
            rows = [[(*c[:width], UNKNOWN) for c in cs] for cs in columns]
            features = timer(f"{name} features", lambda: [sentence_features(r, tagger.templates) for r in rows])
            timer(f"{name} CRF", lambda: [tagger.model.tag(x) for x in features])
    pipeline = dict(timer.seconds)
    steps = ["sent_tokenize", "word_tokenize"] + [f"{n} {p}" for n in ("pos", "chunk", "ner") for p in ("features", "CRF")]
    pipeline["sent_tokenize"] = floor["sent_tokenize"]          # the same call
    rows = [{"step": "load", "floor_s": load, "pipeline_s": load, "provides": [], "read_by": []}]
    for step in steps:
        provides = UNDERTHESEA_PROVIDES[step.split()[0]]
        rows.append({"step": step, "floor_s": floor.get(step, 0.0), "pipeline_s": pipeline.get(step, 0.0),
                     "provides": list(provides), "read_by": readers(provides, skip=(*_PRODUCERS, "stages/tokenize"))})
    return rows


class _Timer:
    def __init__(self):
        self.seconds: dict[str, float] = {}

    def __call__(self, name: str, work):
        started = time.perf_counter()
        result = work()
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        return result
