"""The run report: `python -m pipeline report --output DIR` writes DIR/report.html from the tables in DIR.

One self-contained HTML file (inline CSS and SVG plots drawn with matplotlib; nothing is fetched): the run
summary, the meetings timeline, commitments by actor and action with deadlines ahead, the top entities and
their mentions over time, the co-occurrence network of the most-mentioned actors, and the evidence of every
commitment. It reads the tables as `pipeline.load` gives them; `summaries` computes the numbers, `figures`
draws them, `evidence` and `page` write the HTML.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

REPORT_NAME = "report.html"


def write_report(output: Path, today: date | None = None, title: str = "ASEAN diplomacy news: run report") -> Path:
    """Render the report of the tables in `output` to `output/report.html` (atomically); returns its path.
    Deadlines on or after `today` (default: the current date) are marked as ahead."""
    from ..frames import load_tables
    from .page import render

    html = render(load_tables(output), today or date.today(), title)
    target = output / REPORT_NAME
    partial = target.with_suffix(".html.tmp")
    partial.write_text(html, encoding="utf-8")
    partial.replace(target)
    return target
