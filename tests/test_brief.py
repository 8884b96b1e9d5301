"""The main job end to end: `indicators brief` from any folder to a self-contained brief."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from indicators import cli
from indicators.charts.report_charts import CHARTS
from indicators.paths import default_report, figures_dir, processed_dir, reports_dir
from indicators.suite import SUITE, SuiteError

from .browser import HOW_TO_GET_ONE, find_chromium, probe

STEM = default_report().stem
HOSTILE = """政府工作报告<script>alert(1)</script>

一、2022年工作回顾

2022年，全镇完成工业总产值12.5亿元<img src=x onerror=alert(2)>，同比增长7%。
农业总产值3.5亿元，同比增长2.1%。

二、2023年工作安排

2023年，工业总产值力争达到13.4亿元，增长7%左右。<a href="http://example.invalid/">链接</a>
"""


def _brief(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "indicators", "brief", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=dict(os.environ),
        timeout=600,
    )


@pytest.fixture(scope="module")
def default_brief(tmp_path_factory):
    """The README's main job, run from an unrelated folder: `indicators brief`."""
    res = _brief(cwd=tmp_path_factory.mktemp("elsewhere"))
    assert res.returncode == 0, res.stderr
    return reports_dir() / f"{STEM}.html", res


def test_brief_and_executed_notebooks_are_written(default_brief):
    html, res = default_brief
    assert html.is_file()
    executed = reports_dir() / STEM
    assert sorted(p.name for p in executed.iterdir()) == sorted(SUITE)
    for name in SUITE:  # the progress display names every notebook
        assert name in res.stderr
    assert "Traceback" not in res.stderr


def test_brief_shows_no_code_and_opens_with_the_summary(default_brief):
    html = default_brief[0].read_text(encoding="utf-8")
    assert html.index('id="summary"') < html.index('id="findings"') < html.index('id="charts"')
    assert html.index('id="charts"') < html.index('id="comments"') < html.index('id="claims"')
    for code in ("import ", "ReportRun", "In [", "def "):
        assert code not in html
    # the most serious finding, with its numbers, is in the summary
    summary = html[html.index('id="summary"') : html.index('id="findings"')]
    assert "134.63" in summary and "11.97%" in summary and "5.19%" in summary


def test_summary_counts_agree_with_the_checks_table(default_brief):
    html = default_brief[0].read_text(encoding="utf-8")
    checks = pd.read_csv(processed_dir(STEM) / "checks.csv", dtype=str, keep_default_na=False)
    claims = pd.read_csv(processed_dir(STEM) / "claims.csv", dtype=str, keep_default_na=False)
    bad = int((checks.verdict == "inconsistent").sum())
    assert bad >= 5
    assert f"<b>{len(claims)} <small>" in html
    assert f"<b>{len(checks)} <small>" in html
    assert f"<b>{bad} <small>" in html
    findings = html[html.index('id="findings"') : html.index('id="charts"')]
    verdicts = [v for v in ("✗ 不一致", "？无法判断", "✓ 一致") if v in findings]
    positions = [findings.index(v) for v in verdicts]
    assert positions == sorted(positions)  # inconsistent first
    assert "第 306 行：“社会总产值134.63亿元，增长11.97%”" in findings


def test_every_chart_is_embedded(default_brief):
    html = default_brief[0].read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == len(CHARTS) >= 4
    for caption in CHARTS.values():
        assert caption in html


def test_review_comments_are_in_the_brief(default_brief):
    html = default_brief[0].read_text(encoding="utf-8")
    comments = html[html.index('id="comments"') : html.index('id="claims"')]
    assert "将成效改为成果 会不会好一点？" in comments and "第 140 行" in comments


@pytest.mark.skipif(find_chromium() is None, reason=HOW_TO_GET_ONE)
def test_brief_renders_offline_in_a_browser(default_brief, tmp_path):
    result = probe(default_brief[0], tmp_path / "chromium", screenshot=tmp_path / "shot.png")
    assert result["summary"] is True
    assert result["findings"] >= 10
    assert result["images"] >= 4
    assert result["requests"] == []
    assert result["lang"] == "zh-CN"
    assert (tmp_path / "shot.png").stat().st_size > 50_000


def test_same_report_same_bytes(default_brief, tmp_path):
    first = default_brief[0].read_bytes()
    charts = {p.name: p.read_bytes() for p in figures_dir(STEM).iterdir()}
    res = _brief("-q", "-o", str(tmp_path), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / f"{STEM}.html").read_bytes() == first
    assert {p.name: p.read_bytes() for p in figures_dir(STEM).iterdir()} == charts


def test_failing_notebook_names_it_and_keeps_the_earlier_brief(default_brief, monkeypatch, capsys):
    html = default_brief[0]
    before = html.read_bytes()

    def failing(*args, **kwargs):
        raise SuiteError("笔记本 03-check-arithmetic.ipynb 在第 7 个单元格出错: KeyError: 'x'")

    monkeypatch.setattr("indicators.brief.execute_suite", failing)
    assert cli.main(["brief", "-q"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "indicators: 笔记本 03-check-arithmetic.ipynb 在第 7 个单元格出错: KeyError: 'x'"
    ]
    assert html.read_bytes() == before


def test_hostile_report_cannot_run_script(tmp_path):
    report = tmp_path / "hostile-2022.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    res = _brief("-q", str(report), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    page = tmp_path / "out" / "hostile-2022.html"
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="http://example.invalid/"' not in html
    assert "&lt;script&gt;" in html
    if find_chromium() is not None:
        result = probe(page, tmp_path / "chromium")
        assert result["alerts"] == 0 and result["requests"] == []
