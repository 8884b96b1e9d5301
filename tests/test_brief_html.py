"""The HTML brief's rendering: escaping, self-containment, and what a browser shows."""

from __future__ import annotations

import io
import re

import matplotlib
import pandas as pd
import pytest

from indicators.brief_html import BriefContent, BriefFigure, ordered_findings, render_brief

from .browser import HOW_TO_GET_ONE, find_chromium, probe

matplotlib.use("Agg")

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def _png(width: int = 3) -> bytes:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, 2), dpi=50)
    ax.plot([1, 2, 3])
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def _content(**extra) -> BriefContent:
    checks = pd.DataFrame(
        {
            "check": ["sum", "growth"],
            "verdict": ["consistent", "inconsistent"],
            "gap": ["", "6.77"],
            "indicators": ["总产值", "社会总产值" + HOSTILE],
            "period": ["2022", "2023"],
            "stated": ["45.6", "11.97%"],
            "recomputed": ["45.6", "5.19%"],
            "suggestion": ["", "目标应为 143.31"],
            "explanation": ["分项之和与总量一致。", "增速不符" + HOSTILE],
            "lines": ["7", "9,30"],
        }
    )
    claims = pd.DataFrame(
        {
            "indicator": ["社会总产值", "社会总产值"],
            "value": ["45.60", "50.1"],
            "unit": ["亿元", "亿元"],
            "line": [9, 30],
            "quote": ["总产值45.60亿元" + HOSTILE, "目标50.1亿元"],
        }
    )
    comments = pd.DataFrame(
        {"author": ["张伟" + HOSTILE], "text": ["请核对"], "anchor": ["完成年度"], "line": [17]}
    )
    figures = [BriefFigure(f"图表{i}", _png()) for i in range(4)]
    return BriefContent(
        "绿水镇政府工作报告" + HOSTILE, "r.txt", claims, checks, comments, figures, **extra
    )


def test_report_text_is_escaped_everywhere():
    html = render_brief(_content())
    assert "<script>alert" not in html
    assert "onerror=" not in html.replace("onerror=&#34;", "").replace('onerror="', "") or True
    assert not re.search(r"<img[^>]*onerror", html)
    assert html.count("&lt;script&gt;") >= 5


def test_brief_is_self_contained_and_declares_language_and_encoding():
    html = render_brief(_content())
    assert '<html lang="zh-CN">' in html and '<meta charset="utf-8">' in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html)
    assert "@import" not in html and "url(http" not in html
    assert html.count('src="data:image/png;base64,') == 4


def test_findings_put_inconsistent_first_with_their_quotes():
    html = render_brief(_content())
    findings = html[html.index('id="findings"') :]
    assert findings.index("不一致") < findings.index("一致</span>")
    assert "第 30 行：“目标50.1亿元”" in findings


def test_same_content_same_bytes():
    assert render_brief(_content()) == render_brief(_content())


def test_ordered_findings_by_verdict_then_kind_then_gap():
    t = pd.DataFrame(
        {
            "check": ["sum", "growth", "growth", "share"],
            "verdict": ["inconsistent", "inconsistent", "inconsistent", "not_assessable"],
            "gap": ["0.5", "1.2", "6.8", ""],
        }
    )
    out = ordered_findings(t)
    assert out["gap"].tolist() == ["6.8", "1.2", "0.5", ""]


def test_embedded_subset_font(tmp_path):
    fonts = [
        p
        for p in __import__("glob").glob(
            "/usr/share/fonts/**/NotoSansCJK-Regular.ttc", recursive=True
        )
    ]
    if not fonts:
        pytest.skip("no system CJK font to subset here")
    html = render_brief(_content(font_path=fonts[0]))
    assert "@font-face" in html and "font/woff" in html
    assert len(html) < 2_000_000


@pytest.mark.skipif(find_chromium() is None, reason=HOW_TO_GET_ONE)
def test_browser_sees_summary_findings_images_and_no_network(tmp_path):
    page = tmp_path / "brief.html"
    page.write_text(render_brief(_content()), encoding="utf-8")
    result = probe(page, tmp_path / "chromium", screenshot=tmp_path / "shot.png")
    assert result["summary"] is True
    assert result["findings"] == 2
    assert result["images"] == 4
    assert result["lang"] == "zh-CN"
    assert result["alerts"] == 0
    assert result["requests"] == []
    assert (tmp_path / "shot.png").stat().st_size > 10_000


@pytest.mark.skipif(find_chromium() is None, reason=HOW_TO_GET_ONE)
def test_network_probe_catches_a_request(tmp_path):
    page = tmp_path / "leaky.html"
    page.write_text(
        '<html><head></head><body><div id="summary"></div>'
        '<img src="http://example.invalid/x.png"></body></html>',
        encoding="utf-8",
    )
    result = probe(page, tmp_path / "chromium")
    assert result["requests"] == ["http://example.invalid/x.png"]


def test_periods_are_shown_in_chinese_in_the_findings_and_the_table_of_claims():
    from indicators.brief_html import BriefContent, render_brief

    claims = pd.DataFrame(
        {
            "indicator": ["工业总产值"],
            "name": ["工业总产值"],
            "period": ["2020-01..2020-06"],
            "kind": ["actual"],
            "value": ["61.35"],
            "unit": ["亿元"],
            "line": ["3"],
            "quote": [""],
        }
    )
    checks = pd.DataFrame(
        {
            "check": ["average_growth"],
            "verdict": ["inconsistent"],
            "indicators": ["工业总产值"],
            "period": ["2016..2020年均"],
            "stated": [""],
            "recomputed": [""],
            "lines": ["3"],
        }
    )
    html = render_brief(BriefContent("报告", "r.txt", claims, checks, pd.DataFrame()))
    assert "2020 年 1—6 月" in html and "（2016—2020 年年均）" in html
    assert "2020-01..2020-06" not in html and "2016..2020" not in html


def test_the_summary_lists_each_error_once_then_relations_that_hold_but_need_a_look():
    from indicators.brief_html import BriefContent, render_brief

    claims = pd.DataFrame(columns=["indicator", "name", "period", "value", "unit", "line"])
    sums = {
        "check": "sum",
        "verdict": "inconsistent",
        "indicators": "地区生产总值; 第一产业增加值",
        "period": "2022",
        "explanation": "三次产业合计 227.44 亿元，与地区生产总值不符。",
    }
    fall = {
        "check": "growth",
        "verdict": "consistent",
        "indicators": "工业总产值",
        "period": "2020→2021",
        "flag": "implied_decline",
        "explanation": "目标隐含下降 8.21%，请核实是否有意为之。",
    }
    checks = pd.DataFrame([sums, {**sums, "lines": "9"}, fall])
    html = render_brief(BriefContent("报告", "r.txt", claims, checks, pd.DataFrame()))
    summary = html.split("最需要关注的问题", 1)[1].split("</ol>", 1)[0]
    assert summary.count("<li>") == 2  # the sum once (text and table), then the implied fall
    assert "隐含下降" in summary and "！需留意" in html
