"""The report's plots: matplotlib figures rendered to inline SVG strings.

Figures are built with `matplotlib.figure.Figure` (no pyplot, so no global state and no display needed);
text stays text in the SVG (searchable, and drawn in the browser's own sans-serif font), and ids are
salted with a constant so that the same tables give the same file.
"""
from __future__ import annotations

import io
import math

import pandas as pd
from matplotlib import rc_context
from matplotlib.figure import Figure

STATUS_COLOURS = {"ok": "#4c9a6a", "skipped": "#d9a441", "failed": "#c4463a"}
AHEAD_COLOUR = "#c4463a"
_SVG_STYLE = {"svg.fonttype": "none", "svg.hashsalt": "asean-report", "font.family": "sans-serif",
              "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}


def to_svg(figure: Figure) -> str:
    """The figure as an <svg> element (no XML prolog), ready to sit inside HTML."""
    buffer = io.StringIO()
    with rc_context(_SVG_STYLE):
        figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def new_figure(width: float, height: float) -> Figure:
    with rc_context(_SVG_STYLE):
        return Figure(figsize=(width, height), layout="constrained")


def documents_chart(by_status: pd.DataFrame) -> str:
    """Stacked bars: documents per language, by status."""
    figure = new_figure(5, 0.5 + 0.35 * max(len(by_status), 1))
    axes = figure.add_subplot()
    left = pd.Series(0, index=by_status.index)
    for status in by_status.columns:
        axes.barh(by_status.index, by_status[status], left=left, color=STATUS_COLOURS[status], label=status)
        left = left + by_status[status]
    axes.set_xlabel("documents")
    axes.legend(ncols=3, loc="lower left", bbox_to_anchor=(0, 1), frameon=False, fontsize=8)
    axes.invert_yaxis()
    return to_svg(figure)


def meetings_timeline(by_year_series: pd.DataFrame) -> str:
    """Dots on a year × series grid, sized by the number of meetings, labelled with their ids."""
    series = sorted(by_year_series.series.unique())
    years = by_year_series.year.astype(int)
    figure = new_figure(max(5.0, 1.0 + 0.9 * (years.max() - years.min() + 1)), 0.6 + 0.45 * len(series))
    axes = figure.add_subplot()
    rows = by_year_series.series.map({s: i for i, s in enumerate(series)})
    axes.scatter(years, rows, s=60 * by_year_series["count"].astype(float), color="#3b6ea8", zorder=2)
    for year, row, label in zip(years, rows, by_year_series.meetings):
        above = year % 2 == 0          # alternate by year, so that the labels of neighbouring years do not collide
        axes.annotate(label.replace(", ", "\n"), (year, row), xytext=(0, 7 if above else -8), textcoords="offset points",
                      ha="center", va="bottom" if above else "top", fontsize=7)
    axes.set_yticks(range(len(series)), series)
    axes.set_xticks(range(years.min(), years.max() + 1))
    axes.set_xlim(years.min() - 0.7, years.max() + 0.7)
    axes.set_ylim(-0.6, len(series) - 0.2)
    axes.grid(axis="x", color="#dddddd", zorder=0)
    return to_svg(figure)


def commitments_heatmap(count: pd.DataFrame, ahead: pd.DataFrame) -> str:
    """Actor × action counts; a cell holding a commitment whose deadline is ahead is outlined and starred."""
    figure = new_figure(1.6 + 0.65 * len(count.columns), 0.9 + 0.32 * len(count))
    axes = figure.add_subplot()
    image = axes.imshow(count.values, cmap="Blues", aspect="auto", vmin=0)
    for (row, column), value in pd.DataFrame(count.values).stack().items():
        dark = value > 0.6 * count.values.max()
        mark = "★" if ahead.values[row, column] else ""
        axes.text(column, row, f"{value}{mark}" if value else "", ha="center", va="center", fontsize=8,
                  color="white" if dark else "black")
        if ahead.values[row, column]:
            axes.add_patch(_cell_outline(column, row))
    axes.set_xticks(range(len(count.columns)), count.columns, rotation=35, ha="right")
    axes.set_yticks(range(len(count)), count.index)
    figure.colorbar(image, ax=axes, shrink=0.8, label="commitments")
    return to_svg(figure)


def _cell_outline(column: int, row: int):
    from matplotlib.patches import Rectangle

    return Rectangle((column - 0.5, row - 0.5), 1, 1, fill=False, edgecolor=AHEAD_COLOUR, linewidth=2)


def top_entities_chart(top: pd.DataFrame) -> str:
    """One bar chart of mentions per label, side by side."""
    labels = sorted(top.label.unique())
    columns = min(3, len(labels))
    rows = math.ceil(len(labels) / columns)
    figure = new_figure(3.4 * columns, 2.3 * rows)
    for position, label in enumerate(labels, start=1):
        axes = figure.add_subplot(rows, columns, position)
        part = top[top.label == label]
        axes.barh([_short(n) for n in part.name], part.mentions, color="#3b6ea8")
        axes.invert_yaxis()
        axes.set_title(label, fontsize=9, loc="left")
        axes.tick_params(axis="y", labelsize=7)
    return to_svg(figure)


def mentions_over_time(by_year: pd.DataFrame, names: dict[str, str]) -> str:
    """One line per entity: mentions per year."""
    figure = new_figure(6.5, 2.8)
    axes = figure.add_subplot()
    years = by_year.index.astype(int)
    for entity_id in by_year.columns:
        axes.plot(years, by_year[entity_id], marker="o", label=_short(names.get(entity_id, entity_id)))
    axes.set_xticks(list(years))
    axes.set_ylabel("mentions")
    axes.legend(fontsize=7, frameon=False, loc="center left", bbox_to_anchor=(1, 0.5))
    return to_svg(figure)


def cooccurrence_network(pairs: pd.DataFrame, mentions: dict[str, int], names: dict[str, str]) -> str:
    """Actors on a circle, sized by mentions; an edge's width is the number of sentences naming both."""
    nodes = list(mentions)
    angle = {n: 2 * math.pi * i / len(nodes) + math.pi / 2 for i, n in enumerate(nodes)}
    xy = {n: (math.cos(a), math.sin(a)) for n, a in angle.items()}
    figure = new_figure(6.5, 5.2)
    axes = figure.add_subplot()
    widest = max(pairs.sentences.max(), 1) if len(pairs) else 1
    for a, b, weight in pairs.itertuples(index=False):
        (x1, y1), (x2, y2) = xy[a], xy[b]
        axes.plot([x1, x2], [y1, y2], color="#8aa9c9", linewidth=0.6 + 4 * weight / widest, zorder=1)
    biggest = max(mentions.values())
    for node, (x, y) in xy.items():
        axes.scatter([x], [y], s=80 + 900 * mentions[node] / biggest, color="#3b6ea8", zorder=2)
        axes.annotate(_short(names.get(node, node)), (x, y), xytext=(0, -14 if y < 0 else 12),
                      textcoords="offset points", ha="center", fontsize=8, zorder=3)
    axes.set_xlim(-1.5, 1.5)
    axes.set_ylim(-1.3, 1.3)
    axes.set_axis_off()
    return to_svg(figure)


def _short(name: str, limit: int = 32) -> str:
    return name if len(name) <= limit else name[:limit - 1] + "…"
