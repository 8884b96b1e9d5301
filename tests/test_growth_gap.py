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
