"""Plain ratios printed without a unit (城乡居民收入比 2.30, 2.30：1): how they are read, and
how they are judged against the two levels they divide."""

from __future__ import annotations

import pytest

from indicators import claims_table, parse_text
from indicators.checking import check_claims

REVIEW = "一、2023年工作回顾"
PLAN = "二、2024年工作安排"


def _tables(body: str, heading: str = REVIEW):
    report = parse_text(f"{heading}\n\n{body}\n")
    claims = claims_table(report)
    return claims, check_claims(claims, report).table


def _ratios(claims):
    rows = claims[claims.indicator == "城乡居民收入比"]
    return [(r.period, r.kind, r.value, r.unit, r.qualifier) for r in rows.itertuples()]


INCOMES = (
    "全县城镇居民人均可支配收入达到42156元，增长5.1%；农村居民人均可支配收入达到18325元，增长7.2%，"
)


@pytest.mark.parametrize(
    "ratio",
    [
        "城乡居民收入比由上年的2.36缩小到2.30。",
        "城乡居民收入比由上年的2.36：1缩小为2.30：1。",
        "城乡居民收入比由2022年的2.36缩小至2.30。",
        "城乡收入比缩小到2.30。",
        "城乡居民收入倍差为2.30，比上年缩小0.06。",
    ],
)
def test_the_ratio_of_the_two_incomes_holds_and_the_earlier_one_is_last_year(ratio):
    claims, checks = _tables(INCOMES + ratio)
    found = _ratios(claims)
    assert ("2023", "actual", "2.30", "", "") in found
    assert all(value != "2022" for _, _, value, _, _ in found)  # the year is no ratio
    earlier = [row for row in found if row[0] == "2022"]
    assert earlier == ([("2022", "actual", "2.36", "", "")] if "2.36" in ratio else [])
    [row] = checks[checks.check == "ratio"].to_dict("records")
    assert row["verdict"] == "consistent"
    assert row["period"] == "2023"
    assert row["recomputed"].startswith("2.30 ")  # 42156 / 18325 = 2.3005
    assert "42156 元÷农村居民人均可支配收入 18325 元" in row["explanation"]


def test_a_ratio_that_is_not_the_quotient_names_the_right_one():
    _, checks = _tables(INCOMES + "城乡居民收入比由上年的2.36缩小到2.25。")
    [row] = checks[checks.check == "ratio"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["suggestion"] == "城乡居民收入比 2.30"
    assert row["stated"] == "城乡居民收入比 2.25"
    assert "应为 2.30" in row["explanation"]


def test_the_earlier_ratio_is_judged_against_the_earlier_incomes_when_printed():
    body = (
        "城镇居民人均可支配收入由上年的40110元增加到42156元，增长5.1%；农村居民人均可支配收入由"
        "上年的17094元增加到18325元，增长7.2%；城乡居民收入比由上年的2.38缩小到2.30。"
    )
    _, checks = _tables(body)
    judged = {
        (r["period"], r["verdict"], r["stated"])
        for r in checks[checks.check == "ratio"].to_dict("records")
    }
    # 40110 / 17094 = 2.3465: the 2.38 printed for 2022 is wrong, 2023's 2.30 holds
    assert judged == {
        ("2022", "inconsistent", "城乡居民收入比 2.38"),
        ("2023", "consistent", "城乡居民收入比 2.30"),
    }


def test_a_target_ratio_keeps_its_bound_and_needs_target_incomes():
    body = "城乡居民收入比缩小到2.25以内；三次产业结构调整为6.8：77.3：15.9。"
    claims, checks = _tables(body, heading=PLAN)
    assert _ratios(claims) == [("2024", "target", "2.25", "", "以内")]
    structure = claims[claims.name == "三次产业结构"]
    assert list(structure.value) == ["6.8", "77.3", "15.9"]  # a structure is still three parts
    assert "ratio" not in set(checks.check)  # no target incomes printed


@pytest.mark.parametrize(
    "body",
    [
        # 比 of a comparison, not a ratio
        "城乡居民收入比上年增长8.1%，城乡居民人均可支配收入比上年增长6.3%。",
        # a share of another income (占营业收入比重), not the ratio
        "规上工业企业研发经费支出占营业收入比重达到2.1%。",
    ],
)
def test_a_comparison_or_a_share_is_no_ratio(body):
    claims, _ = _tables(body)
    assert _ratios(claims) == []
    assert not ((claims.unit == "") & (claims.value != "")).any()  # no figure without unit


def test_a_ratio_printed_twice_with_two_values_is_a_restated_figure():
    body = INCOMES + "城乡居民收入比缩小到2.30。\n\n城乡居民收入比为2.32，城乡差距进一步缩小。"
    _, checks = _tables(body)
    same = checks[checks.check == "same_quantity"].to_dict("records")
    assert [(r["verdict"], r["stated"]) for r in same] == [("inconsistent", "2.30；2.32")]


def test_the_undated_start_of_a_change_over_years_is_not_the_ratio_s_year():
    body = (
        "城镇居民人均可支配收入由26524元增加到37618元，年均增长7.2%；农村居民人均可支配收入由"
        "10386元增加到16842元，年均增长10.2%，城乡居民收入比缩小到2.23。"
    )
    heading = "——2022年1月7日在县第十八届人民代表大会第一次会议上\n\n一、过去五年工作回顾"
    _, checks = _tables(body, heading=heading)
    rows = checks[checks.check == "ratio"].to_dict("records")
    # 37618 / 16842 = 2.2336; the starting incomes (26524 / 10386 = 2.55) are of no known year
    assert [(r["verdict"], r["recomputed"][:4]) for r in rows] == [("consistent", "2.23")]


def test_a_change_of_the_ratio_is_no_ratio_and_a_ratio_in_times_is_one():
    claims, checks = _tables(
        INCOMES
        + "城乡居民收入比缩小0.05至2.30。城乡居民收入比下降0.06。城乡居民收入比上年缩小0.06。"
        "城乡居民收入倍差缩小到2.30倍。"
    )
    rows = claims[claims.indicator == "城乡居民收入比"]
    assert list(zip(rows.value, rows.unit, rows.measure, strict=True)) == [
        ("-0.05", "", "change"),
        ("2.30", "", "level"),
        ("-0.06", "", "change"),
        ("2.30", "倍", "level"),
    ]
    ratios = checks[checks.check == "ratio"]
    assert list(ratios.verdict) == ["consistent", "consistent"]
    assert "inconsistent" not in set(checks.verdict)


def test_a_multiple_of_one_figure_by_another_is_judged_against_the_two_figures():
    body = (
        "全年完成进出口总额186.52亿元，其中出口124.36亿元，进口62.16亿元，出口是进口的{}倍。"
        "同期全省农村居民人均可支配收入16856元。城镇居民人均可支配收入45210元，农村居民人均可支配"
        "收入18320元，城镇居民人均可支配收入是农村居民的2.47倍。"
    )
    for multiple, verdict in (("2.0", "consistent"), ("2.2", "inconsistent")):
        report = parse_text(f"一、2022年工作回顾\n\n{body.format(multiple)}\n")
        table = check_claims(claims_table(report), report).table
        rows = table[table.check == "ratio"].to_dict("records")
        assert [r["verdict"] for r in rows] == [verdict, "consistent"]
        assert rows[0]["indicators"] == "出口是进口; 出口总额; 进口总额"
        assert "18320" in rows[1]["explanation"]  # the county's income, not the province's
    growth = parse_text("一、2022年工作回顾\n\n旅游总收入15.2亿元，是2015年的2.1倍。\n")
    assert "ratio" not in set(check_claims(claims_table(growth), growth).table.check)


def test_a_multiple_is_of_the_figure_named_exactly_not_of_a_part_named_after_it():
    report = parse_text(
        "一、2023年工作回顾\n\n全县进口62.16亿元，出口124.36亿元，其中出口农产品20.5亿元，"
        "出口是进口的2.0倍。\n"
    )
    table = check_claims(claims_table(report), report).table
    assert list(table[table.check == "ratio"].verdict) == ["consistent"]
