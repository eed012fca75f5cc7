"""Entities on public NER development sets: the pipeline against the bare statistical model it runs, on
the same text, per label (PER, ORG, LOC), exact extent and label (`make eval-external`).

Sets (models/evaluate/external.yaml): CoNLL-2003 `eng.testa` (English) and the VLSP-2018 NER development
set (Vietnamese). Their licences forbid committing them: they are read from the git-ignored folder
`data/external/`, and a missing set is reported with the commands that copy it there. Nothing is downloaded.
Only development sets are listed: CoNLL `eng.testb` and the VLSP-2018 test set are reserved.

Scoring: CoNLL's MISC, VLSP's MISCELLANEOUS and nested names, and our LAW/EVENT are not scored; GPE and
LOC both count as LOC. The bare model's mentions are those the pipeline's own tokenize stage produced
(spaCy `en_core_web_sm` entities; underthesea's CRF tags). The drop audit says, for each named rule that
removed or relabelled a model mention, how often that was right (the mention was not a gold name).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from ..resources import load_data

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "external"


class Span(NamedTuple):
    start: int
    end: int
    label: str


class Sample(NamedTuple):
    """One document of a set: its text and gold names (scored labels only)."""
    name: str
    text: str
    gold: tuple[Span, ...]


def config() -> dict:
    return load_data("evaluate/external.yaml")


def how_to_get(name: str, data_dir: Path = DATA_DIR) -> str:
    """The commands that copy a set into data/external (with the search tool's `fetch` for the mirror)."""
    s = config()["sets"][name]
    mirror = f"/work/.mirror/{s['repository'].replace('/', '+')}/repo"
    target = data_dir / s["local"]
    if s["path"].endswith("-dev"):
        copy = (f"cd {mirror} && git ls-tree -r --name-only {s['commit']} {s['path']} | while IFS= read -r p; do "
                f"r=\"${{p#{s['path']}/}}\"; mkdir -p \"{target}/$(dirname \"$r\")\"; "
                f"git show \"{s['commit']}:$p\" > \"{target}/$r\"; done")
    else:
        copy = f"mkdir -p {target.parent} && git -C {mirror} show {s['commit']}:{s['path']} > {target}"
    return (f"{name} is missing at {target}. Its licence forbids committing it; copy it once:\n"
            f"  1. fetch github:{s['repository']} with the search tool's `fetch` (a mirror in {mirror})\n"
            f"  2. {copy}")


# --- reading the sets -------------------------------------------------------------------------------------

def conll_samples(text: str, labels: dict[str, str]) -> Iterator[Sample]:
    """CoNLL-2003 columns (token POS chunk IOB1-tag) -> one sample per -DOCSTART- document: tokens joined by
    spaces, one sentence per line."""
    for number, block in enumerate(re.split(r"^-DOCSTART-[^\n]*\n", text, flags=re.M)):
        lines, gold = [], []
        offset = 0
        for sentence in re.split(r"\n\s*\n", block.strip()):
            rows = [line.split() for line in sentence.splitlines() if line.strip()]
            if not rows:
                continue
            pieces, current = [], None
            for row in rows:
                token, tag = row[0], row[-1]
                start = offset + sum(len(p) + 1 for p in pieces)
                pieces.append(token)
                prefix, _, label = tag.partition("-")
                if prefix == "O" or prefix == "B" or current is None or current[2] != label:
                    if current is not None:
                        gold.append(current)
                    current = None
                if prefix in {"B", "I"}:
                    current = Span(start if current is None else current[0], start + len(token), label)
            if current is not None:
                gold.append(current)
            line = " ".join(pieces)
            lines.append(line)
            offset += len(line) + 1
        if lines:
            scored = tuple(Span(s.start, s.end, labels[s.label]) for s in gold if s.label in labels)
            yield Sample(f"doc{number:03d}", "\n".join(lines), scored)


_TAG = re.compile(r'<ENAMEX TYPE="([A-Z-]+)">|</ENAMEX>')


def vlsp_sample(name: str, raw: str, labels: dict[str, str]) -> Sample:
    """Text with inline ENAMEX tags -> the text without them and its outermost names."""
    raw = unicodedata.normalize("NFC", raw.replace("\r\n", "\n"))
    parts, gold, stack = [], [], []
    position = length = 0
    for m in _TAG.finditer(raw):
        parts.append(raw[position:m.start()])
        length += m.start() - position
        position = m.end()
        if m.group(1):
            stack.append((length, m.group(1)))
        elif stack:
            start, label = stack.pop()
            if not stack and label in labels:
                gold.append(Span(start, length, labels[label]))
    parts.append(raw[position:])
    text = "".join(parts)
    return Sample(name, text, tuple(_trimmed(text, s) for s in gold))


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, span.label)


def read_set(name: str, data_dir: Path = DATA_DIR) -> list[Sample] | None:
    """The samples of a set, or None when its files are not in data_dir."""
    s = config()["sets"][name]
    path = data_dir / s["local"]
    if not path.exists():
        return None
    if path.is_file():
        return list(conll_samples(path.read_text(encoding="utf-8"), s["gold_labels"]))
    return [vlsp_sample(p.relative_to(path).as_posix(), p.read_text(encoding="utf-8"), s["gold_labels"])
            for p in sorted(path.rglob("*.muc"))]


# --- running the pipeline ---------------------------------------------------------------------------------

def processed(samples: list[Sample], lang: str, batch: int = 32) -> Iterator[tuple[Sample, object]]:
    """(sample, Document after the entities stage) for every sample, in the language the set is in."""
    from ..stages.dates import find_dates
    from ..document import Document
    from ..entities import find_entities
    from ..meetings import find_meetings
    from ..stages.tokenize import tokenize_batch

    for i in range(0, len(samples), batch):
        docs = [Document(doc_id=hashlib.sha256(s.text.encode()).hexdigest(), source=s.name, text=s.text, lang=lang)
                for s in samples[i:i + batch]]
        tokenize_batch(docs)
        for sample, doc in zip(samples[i:i + batch], docs):
            for stage in (find_dates, find_meetings, find_entities):
                stage(doc)
            yield sample, doc


def pipeline_spans(doc, labels: dict[str, str]) -> list[Span]:
    return [Span(e.start, e.end, labels[e.label]) for e in doc.entities if e.label in labels]


def model_spans(doc, labels: dict[str, str]) -> list[Span]:
    from ..entities.model import model_mentions

    return [Span(s, e, labels[label]) for s, e, label in model_mentions(doc) if label in labels]


# --- scoring ----------------------------------------------------------------------------------------------

class Counts(NamedTuple):
    correct: int
    predicted: int
    gold: int

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.gold if self.gold else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def count(pairs: Iterable[tuple[Iterable[Span], Iterable[Span]]], labels: list[str]) -> dict[str, Counts]:
    """Exact-extent, exact-label counts per label and "all" over (gold, predicted) span lists."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for gold, predicted in pairs:
        gold, predicted = set(gold), set(predicted)
        for label in labels:
            g = {s for s in gold if s.label == label}
            p = {s for s in predicted if s.label == label}
            for key in (label, "all"):
                totals[key][0] += len(g & p)
                totals[key][1] += len(p)
                totals[key][2] += len(g)
    return {key: Counts(*totals[key]) for key in [*labels, "all"]}


def drop_audit(results: list[tuple[Sample, object]]) -> dict[str, Counter]:
    """For each named rule that removed or relabelled a model mention: how many, and how many of them were
    right (the removed mention is not a gold name with that extent; a relabelled one takes the gold label)."""
    from ..entities import model_decisions

    labels = config()["pipeline_labels"]
    audit: dict[str, Counter] = defaultdict(Counter)
    for sample, doc in results:
        gold = {(s.start, s.end): s.label for s in sample.gold}
        final = {(e.start, e.end) for e in doc.entities}
        for decision in model_decisions(doc):
            rule = decision.rule
            if decision.label is not None and (decision.start, decision.end) not in final:
                rule, decision = "lost_to_overlapping_kb_or_rule", decision._replace(label=None)
            if rule is None:
                continue
            truth = gold.get((decision.start, decision.end))
            kept = labels.get(decision.label) if decision.label else None
            audit[rule]["applied"] += 1
            audit[rule]["right"] += truth is None if kept is None else truth == kept
    return audit


class Error(NamedTuple):
    """One pipeline error: a gold name `missed` or a `false alarm`, and why ("extent": an overlapping mention
    with the same label; "label": the same extent, another label; "extent and label"; "no overlap")."""
    kind: str
    cause: str
    label: str
    surface: str
    other: str        # the overlapping mention(s) of the other side, "surface/LABEL"
    context: str
    sample: str


def errors(sample: Sample, predicted: Iterable[Span], width: int = 40) -> Iterator[Error]:
    """The misses and false alarms of `predicted` against the sample's gold, each with its cause."""
    gold, predicted = set(sample.gold), set(predicted)
    for kind, mine, theirs in (("missed", gold - predicted, predicted), ("false alarm", predicted - gold, gold)):
        for span in sorted(mine):
            overlapping = [o for o in sorted(theirs) if o.start < span.end and span.start < o.end]
            same_extent = any((o.start, o.end) == (span.start, span.end) for o in overlapping)
            same_label = any(o.label == span.label for o in overlapping)
            cause = ("no overlap" if not overlapping else "label" if same_extent else
                     "extent" if same_label else "extent and label")
            left = sample.text[max(0, span.start - width):span.start].replace("\n", " ")
            right = sample.text[span.end:span.end + width].replace("\n", " ")
            yield Error(kind, cause, span.label, sample.text[span.start:span.end],
                        "; ".join(f"{sample.text[o.start:o.end]}/{o.label}" for o in overlapping),
                        f"{left}[{sample.text[span.start:span.end]}]{right}", sample.name)


def format_errors(found: list[Error], examples: int) -> str:
    """Counts of the pipeline's errors per kind, label and cause, with up to `examples` spread over each."""
    groups: dict[tuple[str, str, str], list[Error]] = defaultdict(list)
    for error in found:
        groups[(error.kind, error.label, error.cause)].append(error)
    lines = ["  pipeline errors per kind, label and cause (context: the name in brackets; other: what overlaps it)"]
    for key, members in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"    {' / '.join(key)}: {len(members)}")
        step = max(1, len(members) // examples) if examples else len(members) + 1
        for error in members[::step][:examples]:
            other = f"  <- {error.other}" if error.other else ""
            lines.append(f"      {error.sample}: {error.context}{other}")
    return "\n".join(lines)


def write_errors(found: list[Error], path: Path) -> None:
    """Every pipeline error as a tab-separated row (for sorting and counting surfaces)."""
    rows = ["\t".join(Error._fields)] + ["\t".join(field.replace("\t", " ") for field in e) for e in found]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def policy_gold(sample: Sample, prefixes: list[str]) -> tuple[Span, ...]:
    """Gold places without the administrative prefix the project's gold policy leaves out of a name."""
    trimmed = []
    for span in sample.gold:
        surface = sample.text[span.start:span.end]
        for prefix in sorted(prefixes, key=len, reverse=True):
            if span.label == "LOC" and surface.casefold().startswith(prefix + " ") and len(surface) > len(prefix) + 1:
                span = Span(span.start + len(prefix) + 1, span.end, span.label)
                break
        trimmed.append(span)
    return tuple(trimmed)


def evaluate_set(name: str, data_dir: Path = DATA_DIR, limit: int | None = None) -> dict | None:
    samples = read_set(name, data_dir)
    if samples is None:
        return None
    conf = config()
    lang, labels = conf["sets"][name]["lang"], conf["scored_labels"]
    results = list(processed(samples[:limit] if limit else samples, lang))
    scores = {
        "documents": len(results),
        "pipeline": count(((s.gold, pipeline_spans(d, conf["pipeline_labels"])) for s, d in results), labels),
        "model": count(((s.gold, model_spans(d, conf["model_labels"][lang])) for s, d in results), labels),
        "drops": drop_audit(results),
        "errors": [e for s, d in results for e in errors(s, pipeline_spans(d, conf["pipeline_labels"]))],
    }
    prefixes = conf["sets"][name].get("policy_prefixes")
    if prefixes:
        scores["pipeline, policy"] = count(((policy_gold(s, prefixes), pipeline_spans(d, conf["pipeline_labels"]))
                                            for s, d in results), labels)
        scores["model, policy"] = count(((policy_gold(s, prefixes), model_spans(d, conf["model_labels"][lang]))
                                         for s, d in results), labels)
    return scores


def format_scores(name: str, scores: dict) -> str:
    lines = [f"{name} ({scores['documents']} documents): exact extent and label"
             + ("; 'policy': gold places without their administrative prefix, as our gold policy names them"
                if "pipeline, policy" in scores else ""),
             f"  {'label':<6} {'system':<17} {'P':>6} {'R':>6} {'F1':>6} {'correct':>8} {'pred':>6} {'gold':>6}"]
    systems = [s for s in ("pipeline", "model", "pipeline, policy", "model, policy") if s in scores]
    for label in scores["pipeline"]:
        for system in systems:
            c = scores[system][label]
            p, r, f = c.prf()
            lines.append(f"  {label:<6} {system:<17} {p:6.3f} {r:6.3f} {f:6.3f} {c.correct:8d} {c.predicted:6d} {c.gold:6d}")
    if scores["drops"]:
        lines.append("  model mentions removed or relabelled, per rule: applied, right")
        for rule, c in sorted(scores["drops"].items(), key=lambda kv: -kv[1]["applied"]):
            lines.append(f"    {rule:<32} {c['applied']:6d} {c['right']:6d} ({c['right'] / c['applied']:.2f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate.external", description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(config()["sets"]),
                        help="one set (repeatable); default: all")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="folder with the copied sets (default: data/external)")
    parser.add_argument("--limit", type=int, help="first N documents only (a quick look)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="the pipeline's misses and false alarms per label and cause, N examples of each")
    parser.add_argument("--errors-tsv", type=Path, metavar="PATH",
                        help="write every pipeline error of the set to PATH (one set only; a TSV file)")
    args = parser.parse_args(argv)
    missing = 0
    for name in args.sets or sorted(config()["sets"]):
        scores = evaluate_set(name, args.data, args.limit)
        if scores is None:
            print(how_to_get(name, args.data), file=sys.stderr)
            missing += 1
            continue
        print(format_scores(name, scores), flush=True)
        if args.errors:
            print(format_errors(scores["errors"], args.errors), flush=True)
        if args.errors_tsv:
            write_errors(scores["errors"], args.errors_tsv)
    return 2 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
