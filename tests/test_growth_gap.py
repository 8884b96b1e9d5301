"""A gap in points between two printed growth rates (增速高于城镇居民2.9个百分点)."""

from __future__ import annotations

from indicators import claims_table, parse_text
from indicators.checking import check_claims

INCOME = (
    "一、2020年工作回顾\n\n城镇常住居民人均可支配收入42368元，比上年增加2247元，增长5.6%；农村常住"
    "居民人均可支配收入18624元，比上年增加1427元，增长8.3%，增速{word}城镇居民{gap}个百分点。全县"
    "规上工业增加值增长6.8%，增速快于全市平均水平1.2个百分点。脱贫人口人均纯收入15862元，增长"
    "12.2%；脱贫人口收入增速高于全县农村居民3.9个百分点。\n"
)


def _gaps(text: str):
    report = parse_text(text)
    table = check_claims(claims_table(report), report).table
    return table[table.check == "growth_gap"]


def test_a_gap_between_two_printed_growths_is_judged_with_their_roundings():
    gaps = _gaps(INCOME.format(word="高于", gap="2.7"))
    # 8.3% − 5.6% is 2.6 to 2.8 points over the roundings; 12.2% − 8.3% is 3.8 to 4.0.
    assert list(gaps.verdict) == ["consistent", "consistent"]
    assert list(gaps.indicators) == [
        "农村居民人均可支配收入; 城镇居民人均可支配收入",
        "脱贫人口人均纯收入; 农村居民人均可支配收入",
    ]
    # 全市平均水平 is no figure of the report: that gap is not judged.
    assert not gaps.stated.str.contains("全市").any()


def test_a_wrong_gap_or_a_wrong_direction_is_inconsistent():
    wrong = _gaps(INCOME.format(word="高于", gap="2.9")).iloc[0]
    assert wrong.verdict == "inconsistent" and wrong.suggestion == "高 2.6～2.8 个百分点"
    assert "若两个增速无误，应为高 2.6～2.8 个百分点" in wrong.explanation
    below = _gaps(INCOME.format(word="低于", gap="2.7")).iloc[0]
    assert below.verdict == "inconsistent"  # the rural growth is the higher one
    assert below.suggestion == "高 2.6～2.8 个百分点" and "前者比后者高 2.7" in below.explanation


WIDER = (
    "鸳江区人民政府工作报告\n\n一、2020年工作回顾\n\n全市社会消费品零售总额下降3.6%，我区社会消费品"
    "零售总额89.6亿元，下降2.4%，降幅比全市低{gap}个百分点。规上工业增加值增长4.1%，增速比全市"
    "高0.6个百分点。\n"
)


def test_a_gap_against_the_printed_growth_of_a_wider_place_is_judged():
    report = parse_text(WIDER.format(gap="1.2"))
    claims = claims_table(report)
    city = claims[claims.scope == "全市"]
    assert list(zip(city.indicator, city.growth_pct, strict=True)) == [
        ("社会消费品零售总额", "-3.6")
    ]
    gaps = _gaps(WIDER.format(gap="1.2"))
    # a fall of 2.4% is 1.2 points less than one of 3.6%; the city's industry is not printed
    assert list(zip(gaps.indicators, gaps.verdict, strict=True)) == [
        ("社会消费品零售总额; 全市社会消费品零售总额", "consistent")
    ]
    [row] = _gaps(WIDER.format(gap="1.5")).to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["suggestion"] == "高 1.1～1.3 个百分点"


BRACKETED = (
    "一、2017年工作回顾\n\n辖区实现地区生产总值812.6亿元，同比增长9.1%，比全区平均增速（7.8%）高{gdp}个"
    "百分点。全年实现网络零售额92.63亿元，同比增长21.3%，增速高于全区（16.7%）4.6个百分点。规上工业"
    "增加值增长8.2%，高于全市平均水平（6.5%）1.7个百分点。楼宇实现税收2.14亿元，占街道税收的55.4%，"
    "比全区楼宇税收占比（36.8%）高18.6个百分点。\n"
)


def test_a_gap_against_a_growth_printed_in_brackets_before_it_is_judged():
    gaps = _gaps(BRACKETED.format(gdp="1.3"))
    assert list(zip(gaps.indicators, gaps.verdict, strict=True)) == [
        ("地区生产总值; 全区地区生产总值", "consistent"),
        ("网络零售额; 全区网络零售额", "consistent"),
        ("规模以上工业增加值; 全市规模以上工业增加值", "consistent"),
    ]  # not the shares of the buildings' tax, whose gap is no gap of growths
    [wrong] = _gaps(BRACKETED.format(gdp="3.1")).head(1).to_dict("records")
    assert wrong["verdict"] == "inconsistent" and wrong["suggestion"] == "高 1.2～1.4 个百分点"


def test_a_gap_after_growths_of_several_times_in_brackets_is_not_judged():
    text = (
        "一、2020年工作回顾\n\n全年地区生产总值增速由一季度的下降5.6%、上半年的增长0.3%、前三季度的"
        "增长2.1%逐季回升，比全市平均水平（3.1%）高0.3个百分点。\n"
    )
    assert _gaps(text).empty  # the year's growth is not one of those printed before
