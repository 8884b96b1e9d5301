"""A change in points of a growth against the growth of an earlier part of the year."""

from __future__ import annotations

import pytest

from indicators import claims_table, parse_text
from indicators.checking import check_claims

REVIEW = (
    "一、2020年工作回顾\n\n受疫情冲击，一季度全区地区生产总值下降38.2%，上半年下降19.6%，前三季度"
    "下降9.8%。全年实现地区生产总值486.32亿元，按可比价格计算下降4.6%，降幅比一季度、上半年、"
    "前三季度分别收窄33.6、15.0、{q3}个百分点。规模以上工业增加值下降6.3%，降幅比一季度的42.5%"
    "收窄{inline}个百分点。规上工业营业收入一季度、上半年、前三季度分别增长34.5%、27.8%和21.0%，"
    "全年增长18.0%，全年增速比一季度回落{whole}个百分点。\n"
)


def _rate_changes(**figures: str):
    report = parse_text(
        REVIEW.format(**{"q3": "5.2", "inline": "36.2", "whole": "16.5", **figures})
    )
    table = check_claims(claims_table(report), report).table
    return report, table[table.check == "rate_change"]


def test_each_change_of_a_rate_is_read_against_the_growth_of_its_period():
    report, judged = _rate_changes()
    assert list(judged.verdict) == ["consistent"] * 5
    assert list(judged.stated) == [
        "地区生产总值降幅比一季度收窄 33.6 个百分点",
        "地区生产总值降幅比上半年收窄 15.0 个百分点",
        "地区生产总值降幅比前三季度收窄 5.2 个百分点",
        "规模以上工业增加值降幅比一季度收窄 36.2 个百分点",
        "规上工业营业收入增速比一季度回落 16.5 个百分点",
    ]
    claims = claims_table(report).set_index("value")
    # the rate printed after 降幅比一季度的 is the first quarter's decline of the subject
    inline = claims[claims.growth_pct == "-42.5"].iloc[0]
    assert (inline["indicator"], inline["period"]) == ("规模以上工业增加值", "2020-01..2020-03")
    # a change of a rate is of the growth of the whole year, not a quarter's
    assert set(claims.loc[["-33.6", "-15.0", "-5.2"], "period"]) == {"2020"}


@pytest.mark.parametrize(
    ("figure", "stated", "suggestion"),
    [
        ("q3", "6.2", "收窄 5.1～5.3 个百分点"),
        ("inline", "37.2", "收窄 36.1～36.3 个百分点"),
        ("whole", "15.5", "回落 16.4～16.6 个百分点"),
    ],
)
def test_a_change_of_a_rate_that_the_two_growths_do_not_give_is_inconsistent(
    figure, stated, suggestion
):
    _, judged = _rate_changes(**{figure: stated})
    [wrong] = judged[judged.verdict == "inconsistent"].to_dict("records")
    assert stated in wrong["stated"] and wrong["suggestion"] == suggestion
    assert (judged.verdict == "consistent").sum() == 4


def test_a_change_of_a_rate_against_a_period_with_no_printed_growth_is_not_judged():
    report = parse_text(
        "一、2020年工作回顾\n\n全年实现地区生产总值486.32亿元，下降4.6%，降幅比一季度收窄33.6个"
        "百分点，增速比上年回落10.2个百分点。\n"
    )
    table = check_claims(claims_table(report), report).table
    assert table[table.check == "rate_change"].empty


def test_the_years_growth_is_compared_not_the_two_year_average_printed_after_it():
    report = parse_text(
        "一、2024年工作回顾\n\n规上工业总产值一季度、上半年、前三季度分别同比增长8.6%、10.7%和11.8%，"
        "全年完成1052.8亿元，比上年的936.5亿元增长12.4%，较2022年的866.0亿元两年平均增长10.3%；"
        "全年增速分别比一季度、上半年和前三季度提高3.8、1.7和0.6个百分点。\n"
    )
    table = check_claims(claims_table(report), report).table
    judged = table[table.check == "rate_change"]
    assert list(judged.verdict) == ["consistent"] * 3
    assert list(judged.recomputed.str.split(" ").str[1]) == ["3.8", "1.7", "0.6"]
    assert table.set_index("check").verdict["average_growth"] == "consistent"


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        # the subject named before the rate word, not the last growth of the sentence
        (
            "前三季度，全区规上工业增加值增长7.8%，高技术制造业增加值增长12.0%。全年规上工业增加值"
            "增长8.1%，高技术制造业增加值增长15.2%，规上工业增加值增速比前三季度加快0.3个百分点。",
            "consistent",
        ),
        (
            "全年固定资产投资下降3.2%，其中民间投资下降8.6%，工业投资下降5.1%，民间投资降幅比一季度"
            "的25.0%收窄16.4个百分点。",
            "consistent",
        ),
        # no rate word: the verb says which
        (
            "前三季度，全县规上工业增加值增长7.8%。全年规上工业增加值增长8.1%，比前三季度加快1.3个百分点。",
            "inconsistent",
        ),
        # 分别 over two subjects and one period: not read
        (
            "上半年，全县固定资产投资增长9.0%，社会消费品零售总额增长5.7%。全年固定资产投资增长10.2%，"
            "社会消费品零售总额增长6.5%，增速分别比上半年加快1.2和0.8个百分点。",
            None,
        ),
    ],
)
def test_the_growth_a_change_of_a_rate_compares_is_the_one_its_words_name(body, verdict):
    report = parse_text(f"一、2023年工作回顾\n\n{body}\n")
    table = check_claims(claims_table(report), report).table
    judged = table[table.check == "rate_change"]
    assert list(judged.verdict) == ([verdict] if verdict else [])
    assert (table.verdict == "inconsistent").sum() == (verdict == "inconsistent")


def test_a_change_of_a_rate_that_may_go_either_way_says_so():
    report = parse_text(
        "一、2023年工作回顾\n\n一季度，全县社会消费品零售总额增长5.2%。全年社会消费品零售总额增长5%，"
        "增速比一季度回落1.2个百分点。\n"
    )
    table = check_claims(claims_table(report), report).table
    [row] = table[table.check == "rate_change"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert "回落 0.75 至加快 0.35 之间" in row["explanation"]
    assert row["suggestion"] == "回落 0.0～0.8 个百分点或加快 0.0～0.4 个百分点"


def test_growths_broken_down_by_quarter_are_of_the_subject_of_the_sentence_before():
    report = parse_text(
        "一、2023年工作回顾\n\n社会消费品零售总额128.36亿元，比上年的120.47亿元增长6.5%。分季度看，"
        "一季度增长3.2%，上半年增长5.4%，增速比一季度提高2.6个百分点。\n"
    )
    table = check_claims(claims_table(report), report).table
    [row] = table[table.check == "rate_change"].to_dict("records")
    assert row["indicators"] == "社会消费品零售总额" and row["verdict"] == "inconsistent"
    assert "加快 2.2 个百分点" in row["recomputed"]
