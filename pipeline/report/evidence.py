"""The evidence browser: each commitment's sentence with its actor, trigger, content and deadline marked."""
from __future__ import annotations

from html import escape

import pandas as pd

# Applied in this order, a later part winning where two overlap: the content is the backdrop.
PARTS = ("content", "deadline", "actor", "trigger")
MAX_CONTEXT = 400


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from after the previous full stop or line break to the next one,
    at most MAX_CONTEXT characters either side."""
    floor = max(0, start - MAX_CONTEXT)
    left = max(text.rfind(". ", floor, start) + 2 if text.rfind(". ", floor, start) >= 0 else floor,
               text.rfind("\n", floor, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min([*stops, len(text) - 1, end + MAX_CONTEXT]) + 1
    return left, max(right, end)


def marked_sentence(text: str, commitment) -> str:
    """HTML of the sentence, each part of the commitment in a <mark class="part">."""
    left, right = sentence_bounds(text, commitment.start, commitment.end)
    sentence = text[left:right]
    classes: list[str | None] = [None] * len(sentence)
    values = {"content": commitment.content, "deadline": commitment.deadline_text, "actor": commitment.actor,
              "trigger": commitment.trigger}
    for part in PARTS:
        for begin, end in _places(sentence, values[part], commitment.start - left):
            classes[begin:end] = [part] * (end - begin)
    return _runs(sentence, classes)


def _places(sentence: str, value, statement_start: int) -> list[tuple[int, int]]:
    """Where `value` is in the sentence, from the statement on (else from the start of the sentence); a
    discontinuous value ("determined … maintain") is found piece by piece, in order."""
    if not isinstance(value, str) or not value:
        return []
    for origin in (max(statement_start, 0), 0):
        places, at = [], origin
        for piece in value.split(" … "):
            found = sentence.find(piece, at)
            if found < 0:
                break
            places.append((found, found + len(piece)))
            at = found + len(piece)
        else:
            return places
    return []


def _runs(sentence: str, classes: list[str | None]) -> str:
    html, begin = [], 0
    for i in range(1, len(sentence) + 1):
        if i == len(sentence) or classes[i] != classes[begin]:
            piece = escape(sentence[begin:i])
            html.append(f'<mark class="{classes[begin]}">{piece}</mark>' if classes[begin] else piece)
            begin = i
    return "".join(html)


def evidence_section(commitments: pd.DataFrame, documents: pd.DataFrame, actor_names: pd.Series,
                     meeting_titles: dict[str, str]) -> str:
    """One <article> per commitment, grouped by meeting (titled from `meeting_titles`), with a search box
    that filters them."""
    if commitments.empty:
        return "<p>No commitment was found in this run.</p>"
    texts = dict(zip(documents.doc_id, documents.text))
    sources = dict(zip(documents.doc_id, documents.source))
    legend = " ".join(f'<mark class="{part}">{part}</mark>' for part in PARTS[::-1])
    html = ['<p><input id="filter" type="search" placeholder="Filter: actor, action, words, meeting…" '
            f'aria-label="Filter commitments"> <span id="shown"></span></p><p class="legend">{legend}</p>']
    frame = commitments.assign(actor_name=actor_names, meeting=commitments.meeting_id.fillna("no meeting"))
    for meeting, group in frame.groupby("meeting", sort=True):
        title = escape(meeting) + (f" · {escape(meeting_titles[meeting])}" if meeting in meeting_titles else "")
        html.append(f'<section class="meeting"><h3>{title} <small>{len(group)} commitments</small></h3>')
        for row in group.itertuples():
            deadline = f" · due {row.deadline:%Y-%m-%d}" if pd.notna(row.deadline) else ""
            html.append(
                f'<article><p class="meta"><b>{escape(row.actor_name)}</b> · '
                f'{escape(row.action)}{deadline} · <span class="source">{escape(sources.get(row.doc_id, ""))}</span>'
                f'</p><p class="sentence">{marked_sentence(texts[row.doc_id], row)}</p></article>')
        html.append("</section>")
    return "\n".join(html)
