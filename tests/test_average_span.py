"""An average annual growth against the growth over the same years stated as one rate
(比2019年增长13.7%，两年平均增长6.6%; “十三五”期间年均增长7.5%，比2015年增长43.6%)."""

from __future__ import annotations

from indicators import claims_table, parse_text
from indicators.checking import check_claims

REPORT = """一、“十三五”时期和2021年工作回顾

“十三五”期间，全县地区生产总值年均增长7.5%，2020年比2015年增长43.6%，一般公共预算收入年均增长6.2%。

2021年，全县实现地区生产总值201.5亿元，同比增长8.1%，比2019年增长11.9%，两年平均增长5.8%。1—11月，规模以上工业增加值增长12.4%，比2019年同期增长15.6%，两年平均增长7.5%。社会消费品零售总额98.6亿元，比2019年增长9.1%，两年平均增长{retail}%。
"""


def _checks(text: str):
    report = parse_text(text)
    return check_claims(claims_table(report), report).table


def test_averages_agree_with_the_growth_over_their_years():
    checks = _checks(REPORT.format(retail="4.5"))
    spans = checks[checks.check == "average_span"]
    assert sorted(zip(spans.indicators, spans.period, spans.verdict, strict=True)) == [
        ("地区生产总值", "2015→2020", "consistent"),  # 1.075^5 = 1.4356
        ("地区生产总值", "2019→2021", "consistent"),  # 1.058^2 = 1.1194
        ("社会消费品零售总额", "2019→2021", "consistent"),  # 1.045^2 = 1.0920
        ("规模以上工业增加值", "2019→2021", "consistent"),  # of the months 1—11
    ]
    assert (checks.verdict != "inconsistent").all()


def test_an_average_that_does_not_match_is_explained_with_both_ways_to_fix_it():
    checks = _checks(REPORT.format(retail="4.8"))
    bad = checks[checks.verdict == "inconsistent"]
    assert list(bad.check) == ["average_span"]
    row = bad.iloc[0]
    assert row.indicators == "社会消费品零售总额" and row.gap_unit == "个百分点"
    # 9.1% is 1.0905 to 1.0915 over 2019: 4.426% to 4.475% a year, printed 4.4% or 4.5%;
    # 4.8% a year (4.75% to 4.85%) is 9.72% to 9.93% over 2019, printed 9.7% to 9.9%.
    assert row.suggestion == "年均增速 4.4%～4.5%；或比 2019 年增长 9.7%～9.9%"
    assert "与文中所写 2 年年均增长 4.8% 不符" in row.explanation


def test_a_growth_over_two_years_ago_is_no_second_statement_of_this_years_growth():
    checks = _checks(REPORT.format(retail="4.5"))
    same = checks[(checks.check == "same_quantity") & (checks.indicators == "规模以上工业增加值")]
    assert same.empty  # 增长12.4% (over 2020) and 比2019年同期增长15.6% differ rightly


def test_an_average_against_the_growth_of_each_of_its_years():
    text = (
        "一、2021年工作回顾\n\n全年实现地区生产总值96.48亿元，比上年增长8.7%，在上年增长3.9%的基础上，"
        "两年平均增长{avg}%。\n"
    )
    # 1.039 * 1.087 = 1.1294: 6.27% a year (6.22% to 6.33% over the roundings).
    spans = _checks(text.format(avg="6.3")).query("check == 'average_span'")
    assert list(spans.verdict) == ["consistent"]
    assert spans.iloc[0].stated == "2 年年均增长 6.3%；2020 年增长 3.9%、2021 年增长 8.7%"
    bad = _checks(text.format(avg="6.8"))
    row = bad[bad.verdict == "inconsistent"].iloc[0]
    assert row.check == "average_span" and row.suggestion == "年均增速 6.2%～6.3%"


def test_last_years_growth_is_no_second_growth_of_this_years_level():
    report = parse_text(
        "一、2021年工作回顾\n\n全年实现地区生产总值96.48亿元，比上年增长8.7%，在上年增长3.9%的基础上，"
        "两年平均增长6.3%。一季度增长15.2%，上半年增长11.6%。\n"
    )
    claims = claims_table(report)
    earlier = claims[claims.growth_pct.isin(["3.9", "15.2", "11.6"])]
    assert set(earlier.link) == {""}  # other times than 96.48's: not linked to it
    growth = check_claims(claims, report).table.query("check == 'growth'")
    assert set(growth.stated) == {"96.48 亿元，增长 8.7%"}


def test_declines_months_and_multiples_are_said_as_the_report_says_them():
    checks = _checks(
        "一、2021年工作回顾\n\n2021年，全县社会消费品零售总额98.6亿元，比2019年下降3.2%，两年平均下降"
        "1.1%。1—11月，规模以上工业增加值增长12.4%，比2019年同期增长15.6%，两年平均增长7.9%。\n\n"
        "“十三五”期间，全县地区生产总值年均增长14.5%，2020年是2015年的1.9倍。\n"
    )
    rows = {r.indicators: r for r in checks[checks.check == "average_span"].itertuples()}
    # 0.968 is 1.61% less a year; 1.1% less a year is 2.2% less over two years.
    assert rows["社会消费品零售总额"].suggestion == "年均下降 1.6%；或比 2019 年下降 2.1%～2.3%"
    assert rows["规模以上工业增加值"].suggestion.endswith("或比 2019 年同期增长 16.3%～16.5%")
    # 1.145^5 is 1.97: printed as a multiple, in tenths.
    assert rows["地区生产总值"].suggestion.endswith("或是 2015 年的 2.0 倍")
    assert set(checks[checks.check == "average_span"].verdict) == {"inconsistent"}
