"""Names that share one head noun written once for a whole list: "the ASEAN Plus Three, ASEAN-Japan and East Asia
summits", "các hội nghị cấp cao ASEAN+3, Cấp cao Đông Á và ASEAN – Liên Hợp Quốc". Each item with the head is a
name of its own; the finder reads it as if it were written out ("East Asia Summit") and keeps the item's span.

Reads the language data's `shared_heads`: a list of {list, name, item, drop}. `list` is a regex whose group `items`
spans the list ({item} stands for one item's shape); `name` writes one item out ({item}); `drop` (optional) is what an
item may repeat of the head and is taken off first ("Cấp cao Đông Á" under "hội nghị cấp cao"). The language's
`list_connectors` ("and", "và") and commas split the list."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterator, NamedTuple


class SharedHead(NamedTuple):
    pattern: re.Pattern
    name: str
    drop: re.Pattern | None


class ItemName(NamedTuple):
    start: int          # the item's span in the text
    end: int
    written_out: str    # the item with the head, as a name


class SharedHeads:
    def __init__(self, data: dict, expand: Callable[[str], str]):
        self.shapes = [SharedHead(re.compile(expand(s["list"].replace("{item}", f"(?:{s['item']})"))), s["name"],
                                  re.compile(s["drop"]) if s.get("drop") else None)
                       for s in data.get("shared_heads") or []]
        connectors = "|".join(re.escape(c) for c in data.get("list_connectors") or [])
        self.splitter = re.compile(rf"\s*,\s*(?:(?:{connectors})\s+)?|\s+(?:{connectors})\s+" if connectors
                                   else r"\s*,\s*")

    def found(self, text: str, whole_names: Callable[[str], list]) -> tuple[list[list], list[tuple[int, int]]]:
        """The meetings of the lists in `text`, one group each (the first mention `whole_names` reads in an item written
        out, moved onto the item's own span), and the lists' spans."""
        out, spans = [], []
        for shape in self.shapes:
            for m in shape.pattern.finditer(text):
                spans.append(m.span())
                for item in self._split(shape, text, *m.span("items")):
                    out += [[replace(f, start=item.start, end=item.end)] for f in whole_names(item.written_out)[:1]]
        return out, spans

    @staticmethod
    def mark(found: list, spans: list[tuple[int, int]]) -> list:
        """`found` with every mention inside a list's span marked `in_passing`: the items, and the one that stands
        beside the head, which the text itself often reads whole ("... and East Asia summits", "các hội nghị cấp cao
        ASEAN+3, ...")."""
        return [replace(f, in_passing=True) if any(a <= f.start and f.end <= b for a, b in spans) else f for f in found]

    def _split(self, shape: SharedHead, text: str, start: int, end: int) -> Iterator[ItemName]:
        at = start
        for gap in [*self.splitter.finditer(text, start, end), None]:
            stop = gap.start() if gap else end
            item = text[at:stop]
            if item.strip():
                bare = shape.drop.sub("", item, count=1) if shape.drop else item
                yield ItemName(at, stop, shape.name.replace("{item}", bare))
            if gap:
                at = gap.end()
