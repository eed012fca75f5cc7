"""What each named entity rule did to the statistical model's mentions on the real corpus's dev split, and how
often it was right (issue 15: a model mention stays unless a rule gives a reason; each rule is counted).

A removal is right when the removed text is no surface of a gold entity of the article, wrong when it is; a
relabelling is right when the text is a surface of a gold entity with the new label, wrong when with the old one,
neither when the text is no gold name at all (GPE and LOC count as one, as in scoring). Gold lists surfaces per
article, not offsets, so a name removed where it stands nested ("ASEAN" inside "ASEAN-Japan") but annotated
elsewhere counts as wrong: read "wrong" as "to look at". The test split is never audited: rules are studied on
dev only. Run: `make eval-drops` (`python -m pipeline.evaluate.drops --examples N` shows what each rule got wrong).
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

from .scoring import COMPATIBLE
from .tally import fold

CORPUS, GOLD = Path("tests/corpus/real"), Path("tests/gold/real")


def dev_articles(corpus: Path = CORPUS, gold: Path = GOLD, split: str = "dev") -> Iterator[tuple[str, str, dict]]:
    """(language, text, gold) of every English or Vietnamese article of the split."""
    splits = json.loads((gold / "split.json").read_text(encoding="utf-8"))["split"]
    for article, part in sorted(splits.items()):
        if part != split:
            continue
        record = json.loads((gold / f"{article}.json").read_text(encoding="utf-8"))
        if record["lang"] in ("en", "vi"):
            text = unicodedata.normalize("NFC", (corpus / f"{article}.txt").read_text(encoding="utf-8"))
            yield record["lang"], text, record


def audit(articles: Iterator[tuple[str, str, dict]]) -> tuple[dict, dict]:
    """{language: {rule: Counter(applied, right, wrong, neither)}} over the articles, and the texts each rule
    got wrong."""
    from ..document import Document
    from ..entities import find_entities, model_decisions
    from ..entities.lexicon import entity_rules
    from ..meetings import find_meetings
    from ..stages.dates import find_dates
    from ..stages.tokenize import tokenize_batch

    counts: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    examples: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for lang, text, record in articles:
        doc = Document(doc_id=record["id"], source=record["id"], text=text, lang=lang)
        tokenize_batch([doc])
        for stage in (find_dates, find_meetings, find_entities):
            stage(doc)
        labels = entity_rules(lang).model_labels
        surfaces = {fold(s): _label(e["label"]) for e in record["entities"] for s in e["surfaces"]}
        for decision in model_decisions(doc):
            if decision.rule is None:
                continue
            surface = text[decision.start:decision.end]
            outcome = _outcome(surfaces.get(fold(surface)), decision, labels)
            counts[lang][decision.rule]["applied"] += 1
            counts[lang][decision.rule][outcome] += 1
            if outcome == "wrong":
                examples[lang][decision.rule].append(surface)
    return counts, examples


def _outcome(gold: str | None, decision, labels: dict) -> str:
    """right, wrong, or neither (a relabelled or trimmed text that is no gold name either way)."""
    if decision.label is None:                                  # removed
        return "right" if gold is None else "wrong"
    kept, before = _label(labels.get(decision.label)), _label(labels.get(decision.model_label))
    if gold is None:
        return "neither"
    if gold == kept:
        return "right"
    return "wrong" if gold == before else "neither"


def _label(label: str | None) -> str | None:
    return COMPATIBLE.get(label, label)


def format_audit(counts: dict, examples: dict, shown: int = 0) -> str:
    lines = ["entity rules on the model's mentions, dev split: applied, right, wrong, neither "
             "(no gold name either way), share right of right+wrong"]
    for lang in sorted(counts):
        for rule, c in sorted(counts[lang].items(), key=lambda kv: (-kv[1]["applied"], kv[0])):
            judged = c["right"] + c["wrong"]
            share = f"{c['right'] / judged:.2f}" if judged else "  - "
            lines.append(f"{lang}  {rule:<32} {c['applied']:>4} {c['right']:>4} {c['wrong']:>4} {c['neither']:>4}  {share}")
            if shown and examples[lang][rule]:
                lines.append("      wrong: " + "; ".join(sorted(set(examples[lang][rule]))[:shown]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--examples", type=int, default=0, help="show up to N texts each rule got wrong")
    args = parser.parse_args(argv)
    print(format_audit(*audit(dev_articles(args.corpus, args.gold)), shown=args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
