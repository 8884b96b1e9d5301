"""Series, target projections, monthly paths, left-out components and trend fits, on the
hand-built tables of the embedded report (schemas of the claims and checks helpers)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from indicators.series import SERIES_COLUMNS, build_series
from indicators.targets import implied_components, monthly_path, project_targets
from indicators.trend import fit_trends, history_points

HANDBUILT = Path(__file__).parent / "fixtures" / "embedded"


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(HANDBUILT / name, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def claims():
    return _read("claims.csv")


@pytest.fixture(scope="module")
def derived():
    return _read("derived.csv")


@pytest.fixture(scope="module")
def series(claims, derived):
    return build_series(claims, derived)


def _row(table, **where):
    hit = table
    for key, value in where.items():
        hit = hit[hit[key] == value]
    assert len(hit) == 1, where
    return hit.iloc[0]


def test_series_marks_actual_target_and_derived(series):
    assert list(series.columns) == SERIES_COLUMNS
    assert set(series["group"]) == {"output", "tax", "investment"}
    total_2020 = _row(series, indicator="社会总产值", year="2020")
    assert (total_2020.kind, total_2020.value, total_2020.line) == ("actual", "127.99", "42")
    assert (total_2020.value_lo, total_2020.value_hi) == ("127.985", "127.995")
    target = _row(series, indicator="社会总产值", year="2021")
    assert (target.kind, target.value, target.growth_pct) == ("target", "134.63", "11.97")
    previous = _row(series, indicator="工业总产值", year="2019")
    assert previous.kind == "derived" and previous.value == "94.38"
    # Every row points back to the report.
    assert (series["line"] != "").all()


def test_series_gives_growth_only_years_a_derived_level_and_chains_back(series):
    invest_2020 = _row(series, indicator="固定资产投资", year="2020")
    assert invest_2020.kind == "derived" and invest_2020.value == "27.24"
    assert invest_2020.growth_pct == "50.8"  # the printed growth stays with its year
    invest_2019 = _row(series, indicator="固定资产投资", year="2019")
    assert invest_2019.kind == "derived" and invest_2019.value == "18.06"
    lo, hi = Decimal(invest_2019.value_lo), Decimal(invest_2019.value_hi)
    exact = Decimal("30.79") / Decimal("1.1304") / Decimal("1.508")
    assert lo <= exact <= hi and hi - lo < Decimal("0.05")
    assert "本身为推算值" in invest_2019.note


def test_projection_of_an_inconsistent_target(claims, derived):
    proj = project_targets(claims, derived)
    row = _row(proj, indicator="社会总产值")
    assert (row.current, row.current_kind, row.target) == ("127.99", "actual", "134.63")
    assert (row.stated_growth_pct, row.implied_growth_pct) == ("11.97", "5.19")
    assert (row.implied_growth_lo, row.implied_growth_hi) == ("5.17", "5.20")
    assert row.level_at_stated == "143.31" and row.consistent == "False"
    assert row.gap_pct_points == "6.78"
    assert "5.19%" in row.note and "143.31" in row.note


def test_projection_on_a_base_derived_from_the_target_itself_is_not_a_check(claims, derived):
    row = _row(project_targets(claims, derived), indicator="固定资产投资")
    assert row.current_kind == "derived" and row.current == "27.24"
    assert row.consistent == ""
    assert "反推" in row.note


def test_monthly_path_by_time_progress_and_by_seasonal_profile(claims, derived):
    proj = project_targets(claims, derived)
    path = monthly_path(proj)
    total = path[path["indicator"] == "社会总产值"]
    assert total["month"].tolist() == [str(m) for m in range(1, 13)]
    assert _row(total, month="11").share_pct == "91.67"
    assert _row(total, month="12").required == "134.63"
    assert set(total["basis"]) == {"时序进度"}
    profile = pd.DataFrame({"month": range(1, 13), "weight": [5] * 2 + [10] * 9 + [20]})
    seasonal = monthly_path(proj, profile)
    first = _row(seasonal[seasonal["indicator"] == "社会总产值"], month="2")
    assert first.share_pct == "8.33" and first.basis == "季节性分布"
    with pytest.raises(ValueError, match="1-12"):
        monthly_path(proj, profile.head(11))


def test_targets_imply_a_fall_for_the_components_they_leave_out(claims, derived):
    table = implied_components(claims, derived)
    row = _row(table, whole="社会总产值", relation="components")
    assert row.left_out == "农业总产值、第三产业总产值"
    assert (row.residual_target, row.residual_current) == ("22.36", "24.36")
    assert row.implied_growth_pct == "-8.21"
    assert "下降8.21%" in row.explanation
    rest = _row(table, whole="工业总产值", relation="part_of")
    assert (rest.residual_target, rest.residual_current) == ("11.34", "11.00")


def test_trend_needs_three_points_and_fits_with_a_history(series, claims, derived):
    proj = project_targets(claims, derived)
    without = fit_trends(history_points(series), proj)
    row = _row(without, indicator="社会总产值")
    assert row.model == "" and row.points == "2" and "少于3个" in row.reason
    history = pd.DataFrame(
        {
            "indicator": ["社会总产值"] * 3,
            "year": ["2016", "2017", "2018"],
            "value": ["98.2", "104.5", "111.9"],
            "unit": ["亿元"] * 3,
        }
    )
    fitted = _row(fit_trends(history_points(series, history), proj), indicator="社会总产值")
    assert fitted.points == "5" and fitted.model
    lo, hi = float(fitted.pi_lo), float(fitted.pi_hi)
    assert lo < float(fitted.predicted) < hi
    assert fitted.target_vs_trend in {"above", "within", "below"}
    assert (fitted.target_vs_trend == "within") == (lo <= 134.63 <= hi)


def test_five_year_targets_are_measured_from_the_last_actual_and_kept_off_the_monthly_path():
    from indicators import claims_table, parse_text
    from indicators.checking import check_claims

    report = parse_text(
        "一、2020年和“十三五”时期工作回顾\n\n全年实现地区生产总值186.45亿元，增长4.1%；"
        "一般公共预算收入12.68亿元。工业园区规模以上工业总产值168.5亿元。\n\n"
        "二、“十四五”时期主要目标\n\n到2025年，地区生产总值达到260亿元，年均增长7%；"
        "一般公共预算收入达到18.6亿元，年均增长8%。\n\n"
        "三、2021年主要目标\n\n地区生产总值增长7%，达到199.5亿元；一般公共预算收入13.58亿元，"
        "增长6%；工业园区规模以上工业总产值突破200亿元。\n"
    )
    claims = claims_table(report)
    derived = check_claims(claims, report).derived_table
    table = project_targets(claims, derived)
    gdp = _row(table, indicator="地区生产总值", target_year="2025")
    assert (gdp.base_year, gdp.current, gdp.stated_growth_pct) == ("2020", "186.45", "7")
    assert gdp.implied_growth_pct == "6.88" and gdp.consistent == "True"  # (260/186.45)^(1/5)
    assert "年均增速" in gdp.note
    revenue = _row(table, indicator="一般公共预算收入", target_year="2021")
    assert (revenue.implied_growth_pct, revenue.consistent) == ("7.10", "False")
    assert "规模以上工业总产值" not in set(table.indicator)  # a park's target, not the place's
    path = monthly_path(table, year=2021)
    assert set(path.target_year) == {"2021"}
    assert len(path) == 2 * 12  # GDP and revenue of 2021, once each
    assert set(monthly_path(table).target_year) == {"2021"}  # the earliest year by default


def test_a_targets_qualifiers_widen_it_as_the_checks_read_it_and_a_floor_is_no_planned_fall():
    from indicators import claims_table, parse_text
    from indicators.charts.target_levels import _growth_text

    report = parse_text(
        "一、2020年工作回顾\n\n全年实现地区生产总值512.36亿元；粮食总产量15.26万吨。\n\n"
        "二、2021年工作安排\n\n地区生产总值增长7.5%左右，总量突破550亿元；粮食总产量稳定在15万吨以上。\n"
    )
    table = project_targets(claims_table(report))
    gdp = _row(table, indicator="地区生产总值")
    assert (gdp.implied_growth_pct, gdp.consistent) == ("7.35", "True")  # 7.5%左右 holds 7.35%
    grain = _row(table, indicator="粮食产量")
    assert grain.implied_growth_pct == "-1.70"
    assert "目标为下限" in _growth_text(grain) and "-1.70" not in _growth_text(grain)
