"""How far the two readers agreed before adjudication (reader A taken as reference, reader B scored
against it, per table and language): the ceiling any extractor can be held to on this corpus.

    python tests/gold/real/agreement.py
"""
from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "corpus" / "real"
PLACE = {"GPE": "PLACE", "LOC": "PLACE"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'").split())


def _matched(left: list, right: list, same) -> int:
    """Size of a greedy one-to-one matching (enough for an agreement figure)."""
    used, count = set(), 0
    for a in left:
        for j, b in enumerate(right):
            if j not in used and same(a, b):
                used.add(j)
                count += 1
                break
    return count


def agreement() -> dict:
    totals: dict = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))      # lang -> table -> [both, A, B]
    for a_path in sorted((HERE / "readers").glob("*.A.json")):
        ident = a_path.name.split(".")[0]
        b_path = a_path.with_name(f"{ident}.B.json")
        if not b_path.exists():
            continue
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (a_path, b_path))
        if a.get("expect_status") == "skipped":
            continue
        text = (CORPUS / f"{ident}.txt").read_text(encoding="utf-8")

        def entity_same(x, y):
            return PLACE.get(x["label"], x["label"]) == PLACE.get(y["label"], y["label"]) and bool(
                {fold(s) for s in x["surfaces"]} & {fold(s) for s in y["surfaces"]})

        def span(c):
            start = text.find(c["evidence"])
            return start, start + len(c["evidence"])

        def commitment_same(x, y):
            (s1, e1), (s2, e2) = span(x), span(y)
            return min(e1, e2) > max(s1, s2) and fold(x["actor"]) == fold(y["actor"])

        pairs = {"entities": (a["entities"], b["entities"], entity_same),
                 "meetings": (a["meetings"], b["meetings"], lambda x, y: x["meeting_id"] == y["meeting_id"]),
                 "commitments": (a["commitments"], b["commitments"], commitment_same)}
        for table, (left, right, same) in pairs.items():
            for lang in (a["lang"], "overall"):
                tally = totals[lang][table]
                tally[0] += _matched(left, right, same)
                tally[1] += len(left)
                tally[2] += len(right)
    return {lang: {table: {"agreed": both, "A": n_a, "B": n_b,
                           "f1": round(2 * both / (n_a + n_b), 3) if n_a + n_b else 1.0}
                   for table, (both, n_a, n_b) in tables.items()} for lang, tables in sorted(totals.items())}


if __name__ == "__main__":
    for lang, tables in agreement().items():
        for table, t in tables.items():
            print(f"{lang:8} {table:12} agreement F1 {t['f1']:.2f}  (A {t['A']}, B {t['B']}, agreed {t['agreed']})")
    sys.exit(0)
