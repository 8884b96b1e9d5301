"""Multiples (是…的N倍), average annual growth (年均) and multi-year periods (“十三五”期间).

The county text (tests/texts/county-2020-thirteenth-plan.txt) reviews the 13th five-year plan:
a cumulative investment with its average growth, both end levels printed (consistent), an
average GDP growth that its two printed levels do not support (inconsistent), a multiple of
2015 and growths over the whole period.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from indicators import claims_table, load_report, parse_text
from indicators.checking import check_report
from indicators.facts import facts_of
from indicators.series import build_series

TEXT = "tests/texts/county-2020-thirteenth-plan.txt"


@pytest.fixture(scope="module")
def report():
    return load_report(TEXT)


@pytest.fixture(scope="module")
def table(report):
    return claims_table(report)


@pytest.fixture(scope="module")
def findings(report):
    return check_report(report).findings


def _rows(table, **cells):
    mask = True
    for col, v in cells.items():
        mask = mask & (table[col] == v)
    return table[mask]


def _claims(text: str):
    return claims_table(parse_text("一、2020年工作回顾\n\n" + text + "\n"))


def test_multiple_of_a_year_is_a_growth_over_that_year():
    t = _claims("2020年全镇社会总产值是2015年的3倍。")
    row = t.iloc[0]
    assert (row.indicator, row.period, row.value, row.unit) == ("社会总产值", "2020", "", "")
    assert (row.growth_pct, row.growth_basis, row.qualifier) == ("200", "比2015年", "倍")
    half = _claims("2020年全镇工业总产值相当于“十二五”末的2.5倍。").iloc[0]
    assert (half.period, half.growth_pct, half.growth_basis) == ("2020", "150", "比2015年")
    # 增长N倍 keeps N×100
    grew = _claims("全镇完成工业总产值50亿元，比上年增长2倍。").iloc[0]
    assert (grew.value, grew.growth_pct, grew.growth_basis) == ("50", "200", "比上年")


def test_cumulative_figure_of_a_plan_period_with_average_growth():
    t = _claims("“十三五”期间，累计完成固定资产投资50亿元，年均增长12%。")
    assert len(t) == 1
    row = t.iloc[0]
    assert (row.indicator, row.period, row.value) == ("固定资产投资", "2016..2020", "50")
    assert (row.growth_pct, row.growth_basis) == ("12", "2016..2020年均")


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2016—2020年，全镇累计完成固定资产投资30亿元。", "2016..2020"),
        ("2017年以来，全镇累计完成固定资产投资30亿元。", "2017..2020"),
        ("过去五年，全镇累计完成固定资产投资30亿元。", "2016..2020"),
        ("“十三五”时期，全镇累计完成固定资产投资30亿元。", "2016..2020"),
        ("2020年是“十三五”规划收官之年，全镇完成固定资产投资30亿元。", "2020"),
    ],
)
def test_spans_of_years(text, period):
    row = _claims(text).iloc[0]
    assert (row.indicator, row.value, row.period) == ("固定资产投资", "30", period)


def test_doubling_over_a_plan_period_compares_its_ends():
    row = _claims("“十三五”期间，全镇规模以上工业总产值翻了一番。").iloc[0]
    assert (row.period, row.growth_pct, row.growth_basis) == ("2020", "100", "比2015年")


def test_county_claims_table(table):
    got = {
        (r.indicator, r.period, r.kind, r.value, r.growth_pct, r.growth_basis)
        for r in table.itertuples()
    }
    assert {
        ("固定资产投资", "2016..2020", "actual", "268.5", "12.0", "2016..2020年均"),
        ("固定资产投资", "2015", "actual", "30.0", "", ""),
        ("固定资产投资", "2020", "actual", "52.86", "8.2", "同比"),
        ("地区生产总值", "2020", "actual", "186.4", "9.5", "2016..2020年均"),
        ("地区生产总值", "2015", "actual", "121.3", "", ""),
        ("社会总产值", "2020", "actual", "382.6", "200", "比2015年"),
        ("社会总产值", "2015", "actual", "127.5", "", ""),
        ("税收收入", "2016..2020", "actual", "", "8.6", "2016..2020年均"),
        ("规模以上工业总产值", "2020", "actual", "", "100", "比2015年"),
        ("规模以上工业企业", "2020", "actual", "12", "", ""),
        ("地区生产总值", "2021..2025", "target", "", "7", "2021..2025年均"),
    } == got


def _rounding(printed: str) -> tuple[Fraction, Fraction]:
    x = Fraction(printed)
    half = Fraction(1, 2 * 10 ** len(printed.partition(".")[2]))
    return x - half, x + half


def _consistent_average(current: str, base: str, rate: str, years: int) -> bool:
    (c_lo, c_hi), (p_lo, p_hi), (g_lo, g_hi) = _rounding(current), _rounding(base), _rounding(rate)
    return c_lo / p_hi <= (1 + g_hi / 100) ** years and (1 + g_lo / 100) ** years <= c_hi / p_lo


def test_average_growth_judged_against_both_printed_levels(findings):
    average = {f.indicators[0]: f for f in findings if f.check == "average_growth"}
    assert set(average) == {"固定资产投资", "地区生产总值"}
    investment, gdp = average["固定资产投资"], average["地区生产总值"]
    assert _consistent_average("52.86", "30.0", "12.0", 5)
    assert investment.verdict == "consistent" and investment.period == "2015→2020"
    assert not _consistent_average("186.4", "121.3", "9.5", 5)
    assert gdp.verdict == "inconsistent" and gdp.period == "2015→2020"
    # The levels imply 186.4/121.3 = (1 + r)^5: r is 8.97 %, below the printed 9.5 %.
    r = Fraction("0.0897")
    assert (1 + r) ** 5 < Fraction("186.4") / Fraction("121.3") < (1 + r + Fraction(1, 10000)) ** 5
    assert "5 年年均增长 8.97%" in gdp.explanation and "9.5%" in gdp.explanation
    assert "不符" in gdp.explanation and "应约为 191.0 亿元" in gdp.explanation
    assert float(gdp.gap) == pytest.approx(0.46, abs=0.01)


def test_no_year_on_year_finding_from_an_average_rate(findings, table):
    average_lines = set(table[table.growth_basis.str.contains("年均")].claim_id)
    for f in findings:
        if f.check != "average_growth":
            assert not {q.claim_id for q in f.claims if q.growth_text} & average_lines, f


def test_multiple_checked_with_the_precision_of_the_multiple(findings):
    (multiple,) = [f for f in findings if f.check == "growth" and "社会总产值" in f.indicators]
    # 3 倍 stands for 2.5 to 3.5 times; 382.6 / 127.5 is 3.0008 times.
    assert multiple.verdict == "consistent" and multiple.period == "2015→2020"
    t = _claims("2020年全镇社会总产值382.6亿元，是2015年的2.5倍。2015年全镇社会总产值为127.5亿元。")
    from indicators.checking import check_claims

    (wrong,) = [f for f in check_claims(t).findings if f.check == "growth"]
    assert wrong.verdict == "inconsistent"  # 3.0 times is not 2.45 to 2.55 times


def test_series_and_facts_do_not_read_span_figures_as_annual(table):
    series = build_series(table)
    investment = series[series.indicator == "固定资产投资"]
    assert "268.5" not in set(investment.value)
    assert set(investment[investment.year == "2020"].value) == {"52.86"}
    gdp = series[series.indicator == "地区生产总值"]
    assert not (gdp.growth_basis.str.contains("年均") & (gdp.kind == "derived")).any()
    # no 2019 level derived from the 9.5 % average as if it were the growth of 2020
    assert "2019" not in set(gdp.year)
    facts = facts_of(table, "county.txt", "青峰县", "2021")
    assert "268.5" not in {f.value for f in facts}
    assert not {f.growth_pct for f in facts} & {"12.0", "9.5", "8.6", "7"}
    assert {(f.key, f.year, f.value) for f in facts if f.key == "地区生产总值"} == {
        ("地区生产总值", 2020, "186.4"),
        ("地区生产总值", 2015, "121.3"),
    }
