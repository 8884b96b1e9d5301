"""The five charts: findings in the titles, direct labels, derived values drawn as derived,
Chinese rendering with no missing glyph, byte-stable files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.text import Text

from indicators import charts
from indicators.charts.style import figure_bytes
from indicators.series import build_series
from indicators.targets import implied_components, monthly_path, project_targets

HANDBUILT = Path(__file__).parent / "fixtures" / "embedded"


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(HANDBUILT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def tables():
    claims, checks, derived = _read("claims.csv"), _read("checks.csv"), _read("derived.csv")
    return claims, checks, derived, build_series(claims, derived)


@pytest.fixture(scope="module")
def meta(embedded):
    return charts.ChartMeta.from_report(embedded)


@pytest.fixture(scope="module")
def figures(tables, meta):
    claims, checks, derived, series = tables
    return charts.report_charts(claims, checks, derived, series, meta)


def _texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def test_every_chart_has_finding_subtitle_source_and_no_legend(figures, meta):
    assert list(figures) == list(charts.CHARTS)
    for name, fig in figures.items():
        texts = _texts(fig)
        assert any(t.startswith("资料来源：太平镇《政府工作报告（征求意见稿）》") for t in texts), (
            name
        )
        assert any("地点：太平镇" in t and "时期：" in t for t in texts), name
        assert all(ax.get_legend() is None for ax in fig.axes), name
        assert fig.get_label(), name


def test_titles_state_the_findings(figures):
    title = {name: fig.get_label() for name, fig in figures.items()}
    assert title["a-target-levels"] == (
        "3项目标的所述增速与水平值不符：社会总产值目标134.63亿元比2020年增长5.19%，低于所述的11.97%"
    )
    assert (
        title["b-growth-checks"] == "5项可核对的增长关系中4项与水平值不一致，最大相差6.77个百分点"
    )
    assert title["c-sector-output"].startswith(
        "2021年目标隐含农业总产值、第三产业总产值合计下降8.21%（由24.36降至22.36亿元）"
    )
    assert title["d-monthly-path"].startswith("按时序进度，2021年上半年须累计完成4项目标的50%")
    assert "67.32亿元" in title["d-monthly-path"]
    assert title["e-tax-investment"].startswith("2020年税收收入5.9亿元，增长4.35%")


def test_meaning_is_not_carried_by_colour_alone(figures):
    a, b, c, e = (
        figures[k]
        for k in ("a-target-levels", "b-growth-checks", "c-sector-output", "e-tax-investment")
    )
    # Inconsistent relations are named in words, not only coloured.
    assert sum("× 不一致" in t for t in _texts(b)) == 4
    assert sum("× 不一致" in t for t in _texts(a)) == 3
    # Derived values are hatched bars and labelled as such.
    hatched = [p for p in a.axes[0].patches if p.get_hatch()]
    assert hatched and any("（推算）" in t for t in _texts(a))
    assert any(p.get_hatch() for p in c.axes[0].patches)
    assert any("（推算）" in t for t in _texts(e)) and any("（目标）" in t for t in _texts(e))
    # Series are labelled directly at their points.
    assert {"税收收入", "本级税收收入", "固定资产投资"} <= set(_texts(e))


def test_monthly_path_panels_label_quarter_ends(figures):
    texts = _texts(figures["d-monthly-path"])
    assert "6月 67.32" in texts and "12月 134.63" in texts
    assert "上年全年（推算）27.24" in texts


def test_charts_render_every_glyph_and_save_byte_stable(figures, tables, meta, tmp_path):
    first = charts.save_charts(figures, tmp_path / "one", dpi=40)
    assert sorted(p.name for paths in first.values() for p in paths.values()) == sorted(
        f"{n}.{f}" for n in charts.CHARTS for f in ("png", "svg")
    )
    claims, checks, derived, series = tables
    again = charts.report_charts(claims, checks, derived, series, meta)
    second = charts.save_charts(again, tmp_path / "two", dpi=40)
    for name in charts.CHARTS:
        for fmt in ("png", "svg"):
            assert first[name][fmt].read_bytes() == second[name][fmt].read_bytes(), (name, fmt)


def test_a_report_with_other_indicators(meta):
    """GDP by sector instead of gross social product, counts and money targets mixed."""
    claims = pd.DataFrame(
        {
            "indicator": [
                "地区生产总值",
                "第一产业增加值",
                "第二产业增加值",
                "第三产业增加值",
                "地区生产总值",
                "第二产业增加值",
                "规模以上工业企业",
                "规模以上工业企业",
                "税收收入",
            ],
            "name": [""] * 9,
            "period": ["2022"] * 4 + ["2023", "2023", "2022", "2023", "2022"],
            "kind": ["actual"] * 4 + ["target", "target", "actual", "target", "actual"],
            "value": ["293.6", "38.2", "121.5", "133.9", "311.2", "130", "97", "105", "15.72"],
            "unit": ["亿元"] * 6 + ["家", "家", "亿元"],
            "growth_pct": ["5.4", "4.1", "6.3", "5.0", "6", "7", "", "", "3.8"],
            "line": [str(n) for n in range(10, 19)],
        }
    )
    series = build_series(claims)
    proj = project_targets(claims)
    fig_a = charts.target_levels_chart(proj, meta)
    # 311.2/293.6 is 6.0% and 130/121.5 is 7.0%; the count target has no growth to judge.
    assert fig_a.get_label() == "2项目标的增速与当前水平、目标水平一致"
    assert len(fig_a.axes) == 2  # one panel per unit (亿元, 家)
    fig_c = charts.sector_output_chart(series, implied_components(claims), meta)
    assert fig_c.get_label().startswith("2023年目标隐含第一产业增加值、第三产业增加值合计增长")
    fig_d = charts.monthly_path_chart(monthly_path(proj), meta)
    fig_e = charts.tax_investment_chart(series, meta)
    assert "报告未给出投资的水平或增速" in fig_e.get_label()
    for fig in (fig_a, fig_c, fig_d, fig_e):
        assert figure_bytes(fig, "png", dpi=30).startswith(b"\x89PNG")


def test_empty_tables_give_an_explicit_chart(meta):
    empty_checks = pd.DataFrame(
        columns=["check", "verdict", "indicators", "period", "stated", "recomputed"]
    )
    fig = charts.growth_checks_chart(empty_checks, meta)
    assert fig.get_label() == "报告中没有可核对的增长关系"
    figure_bytes(fig, "svg")
