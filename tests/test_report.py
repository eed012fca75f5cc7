"""The run report: its numbers, its evidence marks, the page for the seeds' tables, and the page in a browser."""
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from conftest import ROOT
from pipeline.cli import main
from pipeline.report import write_report
from pipeline.report.evidence import marked_sentence, sentence_bounds
from test_frames import write_tables

CHROMIUM = Path("/usr/bin/chromium")


def commitment(text, actor, trigger, content, deadline_text=None):
    start = text.index(actor)
    return SimpleNamespace(start=start, end=text.index(content) + len(content), actor=actor, trigger=trigger,
                           content=content, deadline_text=deadline_text)


@pytest.mark.parametrize("text, parts, expected", [
    ("Talks went on. ASEAN agreed to finish the code by 2026. Then lunch.",
     ("ASEAN", "agreed", "to finish the code by 2026", "by 2026"),
     'ASEAN agreed to finish the code by 2026.'),
    ("Hội nghị đã kết thúc.\nViệt Nam cam kết thúc đẩy hợp tác số trước năm 2030. Hết.",
     ("Việt Nam", "cam kết", "thúc đẩy hợp tác số trước năm 2030", "trước năm 2030"),
     "Việt Nam cam kết thúc đẩy hợp tác số trước năm 2030."),
])
def test_the_sentence_is_shown_with_each_part_marked(text, parts, expected):
    item = commitment(text, *parts)
    left, right = sentence_bounds(text, item.start, item.end)
    assert text[left:right] == expected
    html = marked_sentence(text, item)
    actor, trigger, content, deadline = parts
    assert f'<mark class="actor">{actor}</mark>' in html and f'<mark class="trigger">{trigger}</mark>' in html
    assert f'<mark class="deadline">{deadline}</mark>' in html
    assert '<mark class="content">' + content.removesuffix(deadline) + "</mark>" in html
    assert re.sub(r"<[^>]+>", "", html) == expected


def test_the_sentence_is_escaped():
    text = "The <b>ministers</b> & ASEAN agreed to act."
    html = marked_sentence(text, commitment(text, "ASEAN", "agreed", "to act"))
    assert "&lt;b&gt;ministers&lt;/b&gt; &amp; " in html and "<b>" not in html


def test_an_empty_run_still_gets_a_page(tmp_path):
    write_tables(tmp_path, {})
    page = write_report(tmp_path, today=date(2025, 1, 1)).read_text(encoding="utf-8")
    assert "The run read no document." in page and "No commitment was found in this run." in page


@pytest.fixture(scope="module")
def seed_report(seed_outputs, tmp_path_factory):
    """The report of the seeds' tables, with 2025-01-01 as today (the seeds' one deadline, 2025-12-31, is ahead)."""
    folder = tmp_path_factory.mktemp("report")
    for table in seed_outputs.glob("*.parquet"):
        (folder / table.name).write_bytes(table.read_bytes())
    return write_report(folder, today=date(2025, 1, 1))


@pytest.fixture(scope="module")
def page(seed_report):
    return seed_report.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_page_is_self_contained(page):
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "a resource is fetched"
    assert "@import" not in page and "url(http" not in page and "<link rel=\"stylesheet\"" not in page
    assert page.count("<svg") == 6                  # six plots, drawn by matplotlib, inline
    assert page.count("Matplotlib v") == 6


@pytest.mark.slow
def test_run_summary_counts_documents_by_status_and_language(page):
    assert '<div class="card"><b>5</b>documents</div>' in page
    assert "<tr><td>en</td><td>4</td><td>0</td><td>0</td></tr>" in page
    assert "<tr><td>vi</td><td>1</td><td>0</td><td>0</td></tr>" in page
    assert "Every document was read and processed without a warning." in page


@pytest.mark.slow
def test_meetings_timeline_and_table(page):
    meetings = page[page.index('id="meetings"'):page.index('id="commitments"')]
    for meeting in ("AMM-51", "AMM-54", "AMM-57", "SUMMIT-44"):
        assert meeting in meetings
    for year in ("2018", "2021", "2024"):
        assert f">{year}<" in meetings
    assert "<td>Laos</td>" in meetings               # the chair by name, from entity_index


@pytest.mark.slow
def test_commitments_heatmap_marks_the_deadline_ahead(page, seed_outputs, tmp_path):
    commitments = page[page.index('id="commitments"'):page.index('id="entities"')]
    assert "ASEAN" in commitments and "agree" in commitments
    assert commitments.count("★") == 2                # the legend, and the one cell with a deadline ahead
    assert '<tr class="ahead"><td>2025-12-31</td><td>ahead</td><td>ASEAN</td><td>approve</td>' in commitments
    for table in seed_outputs.glob("*.parquet"):
        (tmp_path / table.name).write_bytes(table.read_bytes())
    later = write_report(tmp_path, today=date(2026, 1, 1)).read_text(encoding="utf-8")
    assert "<tr><td>2025-12-31</td><td>past</td>" in later and later.count("★") == 1


@pytest.mark.slow
def test_top_entities_network_and_evidence(page, seed_outputs):
    entities = page[page.index('id="entities"'):page.index('id="network"')]
    assert all(label in entities for label in ("EVENT", "GPE", "LAW", "ORG", "PERSON"))
    assert "Vietnam" in entities and "Mentions over time" in entities
    network = page[page.index('id="network"'):page.index('id="evidence"')]
    assert "<td>ASEAN</td><td>Vietnam</td>" in network or "<td>Vietnam</td><td>ASEAN</td>" in network
    evidence = page[page.index('id="evidence"'):]
    commitments = pd.read_parquet(seed_outputs / "commitments.parquet")
    assert evidence.count("<article>") == len(commitments)
    assert all("<mark class=\"trigger\">" in article for article in evidence.split("<article>")[1:])
    assert "<h3>AMM-54 · 54th ASEAN Foreign Ministers&#x27; Meeting, 2021 <small>" in evidence
    assert '<mark class="deadline">until 2025</mark>' in evidence


@pytest.mark.slow
def test_the_command_writes_the_report(seed_report, capsys):
    assert main(["report", "--output", str(seed_report.parent)]) == 0
    assert capsys.readouterr().out.strip() == str(seed_report)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs headless Chromium (Debian package chromium)")
def test_the_page_opens_in_chromium_without_console_errors(seed_report, tmp_path):
    shot = tmp_path / "report.png"
    checked = subprocess.run([sys.executable, str(ROOT / "tools" / "browser_check.py"), str(seed_report), str(shot)],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs headless Chromium (Debian package chromium)")
def test_the_browser_check_reports_console_errors(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text('<p>x</p><script>console.error("boom"); missing();</script><img src="missing.png">')
    checked = subprocess.run([sys.executable, str(ROOT / "tools" / "browser_check.py"), str(bad), str(tmp_path / "b.png")],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 1
    assert "console.error: boom" in checked.stdout and "missing is not defined" in checked.stdout
    assert "ERR_FILE_NOT_FOUND" in checked.stdout


def test_a_discontinuous_trigger_is_marked_piece_by_piece():
    text = "ASEAN is determined not to break the chain and maintain trade."
    item = SimpleNamespace(start=0, end=len(text) - 1, actor="ASEAN", trigger="determined … maintain",
                           content="maintain trade", deadline_text=None)
    html = marked_sentence(text, item)
    assert '<mark class="trigger">determined</mark>' in html and '<mark class="trigger">maintain</mark>' in html
