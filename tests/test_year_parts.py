"""Parts of a year printed in turn (quarters, halves, months), each opening its own clause:
named with the first part or with the year's total before 其中, and parts of that total while
they follow each other."""

from __future__ import annotations

import pytest

from indicators import claims_table, parse_text
from indicators.checking import check_claims

REVIEW = "一、2023年工作回顾"


def _read(body: str):
    report = parse_text(f"{REVIEW}\n\n{body}\n")
    table = claims_table(report)
    return table, check_claims(table, report).table


@pytest.mark.parametrize(
    ("second", "verdict"), [("208.7", "consistent"), ("280.7", "inconsistent")]
)
def test_quarters_named_with_the_first_only_add_up_to_the_year(second, verdict):
    table, checks = _read(
        "全年实现规上工业总产值862.5亿元，增长12.1%。分季度看，一季度完成规上工业总产值186.2亿元，"
        f"二季度完成{second}亿元，三季度完成221.4亿元，四季度完成246.2亿元，工业经济持续回升向好。"
    )
    quarters = table[table.period != "2023"]
    assert quarters[["indicator", "parent", "period"]].values.tolist() == [
        ["规模以上工业总产值", "规模以上工业总产值", f"2023-{a:02d}..2023-{a + 2:02d}"]
        for a in (1, 4, 7, 10)
    ]
    [row] = checks[checks.check == "sum"].to_dict("records")
    assert row["verdict"] == verdict and row["stated"] == "规模以上工业总产值 862.5 亿元"


def test_quarters_after_of_which_are_parts_of_the_total_before_it():
    table, checks = _read(
        "全年新引进亿元以上项目46个，其中一季度9个、二季度12个、三季度11个、四季度17个。"
        "全年接待游客286.4万人次，其中上半年128.6万人次，下半年157.8万人次。"
    )
    assert table[["name", "parent", "value"]].values.tolist()[:2] == [
        ["新引进亿元以上项目", "", "46"],
        ["新引进亿元以上项目", "新引进亿元以上项目", "9"],
    ]
    sums = checks[checks.check == "sum"]
    assert sums[["indicators", "verdict", "recomputed"]].values.tolist() == [
        ["新引进亿元以上项目", "inconsistent", "49 个"],  # 9 + 12 + 11 + 17 is 49, not 46
        ["接待游客", "consistent", "286.4 万人次 [286.30, 286.50]"],
    ]


def test_figures_to_date_stocks_and_a_holiday_are_no_parts_of_the_year():
    table, checks = _read(
        "全年实现税收9.6亿元。一季度实现税收2.1亿元，上半年4.4亿元，前三季度6.8亿元。"
        "年末规模以上工业企业186家，一季度新增5家，二季度新增8家。"
        "国庆黄金周接待游客2.13万人次，11月份接待游客3.42万人次，12月份接待游客3.24万人次。"
    )
    taxes = table[table.value.isin(["2.1", "4.4", "6.8"])]
    assert taxes.name.tolist() == ["税收"] * 3  # named with the first,
    assert taxes.parent.tolist() == ["税收收入", "", ""]  # but figures to date overlap
    assert "sum" not in set(checks.check)
    assert "inconsistent" not in set(checks.verdict)  # not 3.42万人次 of the holiday's 2.13


@pytest.mark.parametrize(("third", "verdict"), [("35.92", "consistent"), ("36.92", "inconsistent")])
def test_quarters_listed_after_a_change_of_the_year_add_up_to_its_new_level(third, verdict):
    _, checks = _read(
        "一般公共预算收入由上年的152.60亿元增长到158.86亿元，增长4.1%。分季度看，一至四季度分别完成"
        f"一般公共预算收入42.16亿元、39.75亿元、{third}亿元和41.03亿元。"
    )
    [row] = checks[checks.check == "sum"].to_dict("records")
    assert row["verdict"] == verdict and row["stated"] == "一般公共预算收入 158.86 亿元"
