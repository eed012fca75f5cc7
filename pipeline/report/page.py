"""The report page: one self-contained HTML file (inline CSS, SVG and a few lines of script; nothing fetched)."""
from __future__ import annotations

from datetime import date
from html import escape

import pandas as pd

from . import figures, summaries
from .evidence import evidence_section

NETWORK_ACTORS = 12
TIMELINE_ENTITIES = 6

STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d2733; background: #f6f7f9; }
header { background: #1f3b5a; color: white; padding: 18px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; } header p { margin: 0; opacity: .85; }
nav { padding: 8px 32px; background: #e8edf3; } nav a { margin-right: 16px; color: #1f3b5a; }
main { padding: 8px 32px 40px; max-width: 1200px; }
section.block { background: white; border-radius: 6px; padding: 12px 20px 16px; margin: 16px 0; box-shadow: 0 1px 2px #0002; }
h2 { font-size: 18px; margin: 6px 0 8px; } h3 { font-size: 15px; margin: 14px 0 6px; }
.figures svg { max-width: 100%; height: auto; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; }
.card { background: #eef3f8; border-radius: 6px; padding: 8px 14px; } .card b { display: block; font-size: 20px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
th, td { border-bottom: 1px solid #e1e5ea; padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
tr.ahead td { color: #c4463a; font-weight: 600; }
mark { border-radius: 3px; padding: 0 2px; } mark.content { background: #e3eefb; }
mark.actor { background: #ffe08a; } mark.trigger { background: #b9e4c3; } mark.deadline { background: #f6b8b0; }
.evidence article { border-left: 3px solid #c9d6e3; padding: 2px 10px; margin: 8px 0; }
.meta { margin: 0; color: #4a5663; font-size: 12px; } .sentence { margin: 2px 0 4px; }
#filter { width: 360px; padding: 4px 8px; } small { color: #66737f; font-weight: normal; }
"""

SCRIPT = """
(function () {
  var box = document.getElementById('filter');
  if (!box) { return; }
  var cards = document.querySelectorAll('.evidence article');
  function apply() {
    var query = box.value.toLowerCase(), shown = 0;
    cards.forEach(function (card) {
      var match = !query || card.textContent.toLowerCase().indexOf(query) >= 0;
      card.hidden = !match; if (match) { shown += 1; }
    });
    document.getElementById('shown').textContent = shown + ' of ' + cards.length + ' shown';
  }
  box.addEventListener('input', apply);
  apply();
})();
"""

SECTIONS = (("summary", "Run summary"), ("meetings", "Meetings"), ("commitments", "Commitments"),
            ("entities", "Entities"), ("network", "Actors together"), ("evidence", "Evidence"))


def render(tables: dict[str, pd.DataFrame], today: date, title: str) -> str:
    """The whole page for the tables of one run."""
    body = {"summary": summary_section(tables), "meetings": meetings_section(tables),
            "commitments": commitments_section(tables, today), "entities": entities_section(tables),
            "network": network_section(tables),
            "evidence": evidence_section(tables["commitments"], tables["documents"],
                                         summaries.actor_names(tables["commitments"], tables["entity_index"]),
                                         summaries.meeting_titles(tables["meetings"]))}
    nav = " ".join(f'<a href="#{key}">{name}</a>' for key, name in SECTIONS)
    blocks = "\n".join(f'<section class="block{" evidence" if key == "evidence" else ""}" id="{key}">'
                       f'<h2>{name}</h2>\n{body[key]}</section>' for key, name in SECTIONS)
    versions = ", ".join(sorted(set(tables["documents"].pipeline_version.dropna()))) or "none"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f'<link rel="icon" href="data:,"><style>{STYLE}</style></head><body><header><h1>{escape(title)}</h1>'
            f'<p>ASEAN diplomacy news → tables · pipeline {escape(versions)} · deadlines ahead from {today:%Y-%m-%d}'
            f'</p></header><nav>{nav}</nav><main>\n{blocks}\n</main><script>{SCRIPT}</script></body></html>\n')


def summary_section(tables) -> str:
    documents = tables["documents"]
    cards = [("documents", len(documents)), ("ok", int((documents.status == "ok").sum())),
             ("skipped", int((documents.status == "skipped").sum())),
             ("failed", int((documents.status == "failed").sum())), ("entity mentions", len(tables["entities"])),
             ("distinct entities", len(tables["entity_index"])), ("meetings", len(tables["meetings"])),
             ("commitments", len(tables["commitments"]))]
    html = ['<div class="cards">' + "".join(f'<div class="card"><b>{n}</b>{escape(k)}</div>' for k, n in cards)
            + "</div>"]
    if documents.empty:
        return html[0] + "<p>The run read no document.</p>"
    by_status = summaries.documents_by_status(documents)
    html += ["<h3>Documents by language and status</h3>", _figure(figures.documents_chart(by_status)),
             table_html(by_status.reset_index(), {"lang": "language"})]
    problems = summaries.problems(documents)
    html.append("<h3>Skipped, failed and warned documents</h3>")
    html.append(table_html(problems) if len(problems) else "<p>Every document was read and processed without a warning.</p>")
    return "\n".join(html)


def meetings_section(tables) -> str:
    meetings, names = tables["meetings"], summaries.entity_names(tables["entity_index"])
    if meetings.empty:
        return "<p>No meeting was found in this run.</p>"
    by_year = summaries.meetings_by_year_series(meetings)
    unknown = int(meetings.year.isna().sum())
    html = ["<p>Meetings by the year they were held (from their dates, else the series calendar) and series."
            + (f" {unknown} meeting(s) of unknown year are listed below only." if unknown else "") + "</p>"]
    if len(by_year):
        html.append(_figure(figures.meetings_timeline(by_year)))
    listed = meetings.assign(chair=meetings.chair.map(lambda c: names.get(c, c) if isinstance(c, str) else c))
    html.append(table_html(listed[["meeting_id", "name", "year", "start_date", "end_date", "city", "country", "chair"]]))
    return "\n".join(html)


def commitments_section(tables, today: date) -> str:
    commitments, index = tables["commitments"], tables["entity_index"]
    if commitments.empty:
        return "<p>No commitment was found in this run.</p>"
    count, ahead = summaries.commitment_matrix(commitments, index, today)
    html = [f"<p>Commitments per actor and action. ★ and a red outline: the cell holds a commitment whose deadline "
            f"is on or after {today:%Y-%m-%d}.</p>", _figure(figures.commitments_heatmap(count, ahead)),
            "<h3>Deadlines</h3>"]
    dated = summaries.deadlines(commitments, index, today)
    if dated.empty:
        html.append("<p>No commitment states a deadline.</p>")
    else:
        rows = dated.assign(when=dated.ahead.map({True: "ahead", False: "past"}))
        html.append(table_html(rows[["deadline", "when", "actor_name", "action", "meeting_id", "content"]],
                               {"actor_name": "actor"}, highlight=rows.ahead.tolist()))
    return "\n".join(html)


def entities_section(tables) -> str:
    index = tables["entity_index"]
    if index.empty:
        return "<p>No entity was found in this run.</p>"
    names = summaries.entity_names(index)
    years = summaries.document_years(tables["documents"], tables["entities"], tables["meetings"])
    by_year = summaries.mentions_by_year(tables["entities"], years, summaries.top_actors(index, TIMELINE_ENTITIES))
    html = ["<h3>Most mentioned, by type</h3>", _figure(figures.top_entities_chart(summaries.top_entities(index))),
            "<h3>Mentions over time</h3><p>The most-mentioned people, organisations and countries, per year of the "
            "documents (publication date, else the year of the meeting a document mentions most).</p>"]
    html.append(_figure(figures.mentions_over_time(by_year, names)) if len(by_year) else "<p>No document has a year.</p>")
    return "\n".join(html)


def network_section(tables) -> str:
    index = tables["entity_index"]
    actors = summaries.top_actors(index, NETWORK_ACTORS)
    if len(actors) < 2:
        return "<p>Too few actors for a network.</p>"
    pairs = summaries.cooccurrence(tables["entities"], actors)
    names = summaries.entity_names(index)
    mentions = dict(zip(index.entity_id, index.mentions.astype(int)))
    strongest = pairs.sort_values(["sentences", "a", "b"], ascending=[False, True, True]).head(15)
    listed = strongest.assign(a=strongest.a.map(names), b=strongest.b.map(names))
    return "\n".join([f"<p>The {len(actors)} most-mentioned people, organisations and countries; a line joins two "
                      "named in the same sentence, thicker the more sentences.</p>",
                      _figure(figures.cooccurrence_network(pairs, {a: mentions[a] for a in actors}, names)),
                      table_html(listed, {"a": "actor", "b": "with", "sentences": "sentences together"})])


def _figure(svg: str) -> str:
    return f'<div class="figures">{svg}</div>'


def table_html(frame: pd.DataFrame, headers: dict[str, str] | None = None, highlight: list[bool] | None = None) -> str:
    headers = headers or {}
    head = "".join(f"<th>{escape(headers.get(c, c))}</th>" for c in frame.columns)
    rows = []
    for i, row in enumerate(frame.itertuples(index=False)):
        cells = "".join(f"<td>{escape(_cell(v))}</td>" for v in row)
        rows.append(f'<tr class="ahead">{cells}</tr>' if highlight and highlight[i] else f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cell(value) -> str:
    if value is None or value is pd.NA or (not isinstance(value, (list, str)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    return str(value)
