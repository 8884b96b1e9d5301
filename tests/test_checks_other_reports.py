"""The checker on reports it has never seen: invented county and town reports.

Each text is written for the tests; its claims table is built by hand in the extractor's
schema (with the links the extractor gives), and the text is parsed so that the checker can
read the words around each figure.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from indicators import load_report, parse_text
from indicators.checking import check_claims, check_report

from .claims_tables import claim, table

COUNTY = """一、2022年工作回顾

2022年，全县实现地区生产总值286.5亿元，同比增长5.2%，其中第一产业增加值30.1亿元，增长4.0%；\
第二产业增加值110.2亿元，增长6.1%；第三产业增加值146.2亿元，增长4.9%。\
城镇化率由56.9%提高到58.2%，提高1.3个百分点。全县36个行政村中，83.4%已通光纤。\
规模以上工业企业由原来的40家增加到52家，增长30%。一般公共预算收入18.34亿元，增长3.1%，\
其中税收收入12.6亿元，占68.7%。共受理信访事项80件，已办结75件，办结率93.75%。

二、2023年主要目标

地区生产总值330亿元，增长8%左右；规模以上工业增加值增长9%以上。
"""


def county_claims():
    y = "2022"
    rows = [
        claim(
            claim_id="a1",
            indicator="地区生产总值",
            name="地区生产总值",
            period=y,
            value="286.5",
            unit="亿元",
            growth_pct="5.2",
            growth_basis="同比",
            line=3,
            quote="地区生产总值286.5亿元，同比增长5.2%",
            paragraph=1,
        ),
        claim(
            claim_id="a2",
            indicator="第一产业增加值",
            name="第一产业增加值",
            period=y,
            value="30.1",
            unit="亿元",
            growth_pct="4.0",
            parent="地区生产总值",
            parent_id="a1",
            line=3,
            quote="第一产业增加值30.1亿元，增长4.0%",
            paragraph=1,
        ),
        claim(
            claim_id="a3",
            indicator="第二产业增加值",
            name="第二产业增加值",
            period=y,
            value="110.2",
            unit="亿元",
            growth_pct="6.1",
            parent="地区生产总值",
            parent_id="a1",
            line=3,
            quote="第二产业增加值110.2亿元，增长6.1%",
            paragraph=1,
        ),
        claim(
            claim_id="a4",
            indicator="第三产业增加值",
            name="第三产业增加值",
            period=y,
            value="146.2",
            unit="亿元",
            growth_pct="4.9",
            parent="地区生产总值",
            parent_id="a1",
            line=3,
            quote="第三产业增加值146.2亿元，增长4.9%",
            paragraph=1,
        ),
        claim(
            claim_id="a5",
            indicator="常住人口城镇化率",
            name="城镇化率",
            period="2021",
            value="56.9",
            unit="%",
            line=3,
            quote="城镇化率由56.9%",
            paragraph=1,
        ),
        claim(
            claim_id="a6",
            indicator="常住人口城镇化率",
            name="城镇化率",
            period=y,
            value="58.2",
            unit="%",
            line=3,
            quote="提高到58.2%",
            paragraph=1,
            linked_to="a5",
            link="changed_from",
        ),
        claim(
            claim_id="a7",
            indicator="常住人口城镇化率",
            name="城镇化率",
            period=y,
            value="1.3",
            unit="个百分点",
            measure="change",
            line=3,
            quote="提高1.3个百分点",
            paragraph=1,
            linked_to="a6",
            link="change_of",
        ),
        claim(
            claim_id="a8",
            name="行政村中",
            period=y,
            value="36",
            unit="个",
            line=3,
            quote="36个行政村中",
            paragraph=1,
        ),
        claim(
            claim_id="a9",
            name="",
            period=y,
            value="83.4",
            unit="%",
            line=3,
            quote="83.4%",
            paragraph=1,
        ),
        claim(
            claim_id="a10",
            indicator="规模以上工业企业",
            name="规模以上工业企业",
            period="2021",
            value="40",
            unit="家",
            line=3,
            quote="规模以上工业企业由原来的40家",
            paragraph=1,
        ),
        claim(
            claim_id="a11",
            indicator="规模以上工业企业",
            name="规模以上工业企业",
            period=y,
            value="52",
            unit="家",
            growth_pct="30",
            line=3,
            quote="52家，增长30%",
            paragraph=1,
            linked_to="a10",
            link="changed_from",
        ),
        claim(
            claim_id="a12",
            indicator="一般公共预算收入",
            name="一般公共预算收入",
            period=y,
            value="18.34",
            unit="亿元",
            growth_pct="3.1",
            line=3,
            quote="一般公共预算收入18.34亿元，增长3.1%",
            paragraph=1,
        ),
        claim(
            claim_id="a13",
            indicator="税收收入",
            name="税收收入",
            period=y,
            value="12.6",
            unit="亿元",
            parent="一般公共预算收入",
            parent_id="a12",
            line=3,
            quote="税收收入12.6亿元",
            paragraph=1,
        ),
        claim(
            claim_id="a14",
            name="占",
            period=y,
            value="68.7",
            unit="%",
            line=3,
            quote="占68.7%",
            paragraph=1,
        ),
        claim(
            claim_id="a15",
            name="受理信访事项",
            period=y,
            value="80",
            unit="件",
            line=3,
            quote="受理信访事项80件",
            paragraph=1,
        ),
        claim(
            claim_id="a16",
            name="办结",
            period=y,
            value="75",
            unit="件",
            line=3,
            quote="办结75件",
            paragraph=1,
            parent="受理信访事项",
            parent_id="a15",
        ),
        claim(
            claim_id="a17",
            name="办结率",
            period=y,
            value="93.75",
            unit="%",
            line=3,
            quote="办结率93.75%",
            paragraph=1,
        ),
        claim(
            claim_id="b1",
            indicator="地区生产总值",
            name="地区生产总值",
            period="2023",
            kind="target",
            value="330",
            unit="亿元",
            growth_pct="8",
            qualifier="左右",
            growth_qualifier="左右",
            line=7,
            quote="地区生产总值330亿元，增长8%左右",
            paragraph=3,
        ),
        claim(
            claim_id="b2",
            indicator="规模以上工业增加值",
            name="规模以上工业增加值",
            period="2023",
            kind="target",
            growth_pct="9",
            qualifier="以上",
            growth_qualifier="以上",
            line=7,
            quote="规模以上工业增加值增长9%以上",
            paragraph=3,
        ),
    ]
    return table(rows)


@pytest.fixture(scope="module")
def county():
    return check_claims(county_claims(), parse_text(COUNTY)).table


def find(frame, check, text):
    found = frame[(frame.check == check) & frame.explanation.str.contains(text, regex=False)]
    assert len(found) == 1, frame[["check", "verdict", "explanation"]].to_string()
    return found.iloc[0]


def test_value_added_of_three_sectors_adds_up_to_gdp(county):
    row = find(county, "sum", "地区生产总值")
    assert row.verdict == "consistent"
    assert row.explanation.endswith("合计 286.5 亿元，与地区生产总值 286.5 亿元相符。")


def test_gdp_growth_is_within_what_the_sectors_imply(county):
    row = find(county, "growth_total_vs_parts", "地区生产总值增长 5.2%")
    assert row.verdict == "consistent"
    assert row.recomputed.startswith("5.26% [5.2117%, 5.3127%]")


def test_urbanisation_rose_by_the_points_stated(county):
    row = find(county, "points_change", "城镇化率")
    assert row.verdict == "consistent"
    assert row.explanation == (
        "2022 年常住人口城镇化率 58.2% 较 2021 年 56.9% 提高 1.3 个百分点，与文中所写相符。"
    )


def test_a_share_of_36_villages_cannot_be_83_4_percent(county):
    row = find(county, "share", "36 个行政村")
    assert row.verdict == "inconsistent"
    # 30 of 36 is 83.33%, 31 of 36 is 86.11%: no whole number of villages gives 83.4%.
    assert row.recomputed == "30 个为 83.3%；31 个为 86.1%"
    assert row.gap == "0.0167"  # 83.35% - 30/36
    assert F("0.01665") <= F("83.35") - F(30 * 100, 36) < F("0.01675")
    assert row.explanation == (
        "全县 36 个行政村的 83.4% 不对应整数个（30 个为 83.3%，31 个为 86.1%），"
        "请核实该比例或总数。"
    )


def test_forty_to_fifty_two_is_thirty_percent(county):
    row = find(county, "count_change", "由 40 家增至 52 家")
    assert row.verdict == "consistent"
    assert row.recomputed == "30.00%"


def test_tax_is_68_7_percent_of_budget_revenue(county):
    row = find(county, "share", "税收收入")
    assert row.verdict == "consistent"
    assert row.recomputed.startswith("68.70% [")


def test_cases_handled_against_their_rate(county):
    row = find(county, "share", "办结率")
    assert row.verdict == "consistent"
    assert (
        row.explanation
        == "“已办结 75 件”占“共受理信访事项 80 件”的 93.75%，与文中办结率 93.75% 相符。"
    )


def test_a_target_about_8_percent_is_judged_with_its_vagueness(county):
    row = find(county, "growth", "2023 年地区生产总值目标")
    assert row.verdict == "inconsistent"
    # 8% 左右 stands for 7.2%..8.8%; 330 / 286.5 is 15.18% at the least.
    gap = F("329.5") / F("286.55") * 100 - 100 - F("8.8")
    assert abs(F(row.gap) - gap) <= F(1, 20000)
    assert "若增长 8% 为按可比价计算的增速" in row.explanation
    assert row.flag == "comparable_prices"


def test_growth_targets_without_levels_make_no_relation(county):
    assert not county.indicators.str.contains("规模以上工业增加值").any()


TOWN = """一、2021年工作回顾

全镇实现工农业总产值58.6亿元，其中工业总产值49.3亿元，农业总产值9.1亿元。规模以上工业总产值51.2亿元。\
税收收入2.35亿元，其中本级税收收入0.86亿元。

二、2022年工作目标

工业总产值目标55.0亿元，增长11.6%。
"""


def town_claims():
    rows = [
        claim(
            claim_id="t1",
            indicator="工农业总产值",
            name="工农业总产值",
            period="2021",
            value="58.6",
            unit="亿元",
            line=3,
            quote="工农业总产值58.6亿元",
            paragraph=1,
        ),
        claim(
            claim_id="t2",
            indicator="工业总产值",
            name="工业总产值",
            period="2021",
            value="49.3",
            unit="亿元",
            parent="工农业总产值",
            parent_id="t1",
            line=3,
            quote="工业总产值49.3亿元",
            paragraph=1,
        ),
        claim(
            claim_id="t3",
            indicator="农业总产值",
            name="农业总产值",
            period="2021",
            value="9.1",
            unit="亿元",
            parent="工农业总产值",
            parent_id="t1",
            line=3,
            quote="农业总产值9.1亿元",
            paragraph=1,
        ),
        claim(
            claim_id="t4",
            indicator="规模以上工业总产值",
            name="规模以上工业总产值",
            period="2021",
            value="51.2",
            unit="亿元",
            parent="工业总产值",
            line=3,
            quote="规模以上工业总产值51.2亿元",
            paragraph=1,
        ),
        claim(
            claim_id="t5",
            indicator="税收收入",
            name="税收收入",
            period="2021",
            value="2.35",
            unit="亿元",
            line=3,
            quote="税收收入2.35亿元",
            paragraph=1,
        ),
        claim(
            claim_id="t6",
            indicator="本级税收收入",
            name="本级税收收入",
            period="2021",
            value="0.86",
            unit="亿元",
            parent="税收收入",
            parent_id="t5",
            line=3,
            quote="本级税收收入0.86亿元",
            paragraph=1,
        ),
        claim(
            claim_id="t7",
            indicator="工业总产值",
            name="工业总产值",
            period="2022",
            kind="target",
            value="55.0",
            unit="亿元",
            growth_pct="11.6",
            line=7,
            quote="工业总产值目标55.0亿元，增长11.6%",
            paragraph=3,
        ),
    ]
    return table(rows)


@pytest.fixture(scope="module")
def town():
    return check_claims(town_claims(), parse_text(TOWN)).table


def test_parts_that_do_not_add_up_are_caught_with_the_gap(town):
    row = find(town, "sum", "工农业总产值")
    assert row.verdict == "inconsistent"
    # 49.3 + 9.1 is at most 58.5; 58.6 is at least 58.55.
    assert (row.gap, row.gap_unit) == ("0.050", "亿元")
    assert (
        row.suggestion
        == "工农业总产值 58.3～58.5 亿元；或工业总产值 49.4～49.6 亿元；或农业总产值 9.2～9.4 亿元"
    )
    assert "相差 0.05 亿元" in row.explanation


def test_a_part_larger_than_its_whole_is_caught(town):
    row = find(town, "part_of_whole", "规模以上工业总产值")
    assert row.verdict == "inconsistent"
    assert row.gap == "1.800"
    assert "部分不应大于整体" in row.explanation


def test_township_tax_within_tax_and_a_consistent_target(town):
    assert find(town, "part_of_whole", "本级税收收入").verdict == "consistent"
    row = find(town, "growth", "2022 年工业总产值目标")
    assert row.verdict == "consistent"
    assert row.explanation == (
        "2022 年工业总产值目标 55.0 亿元较 2021 年 49.3 亿元增长 11.56%，"
        "与文中所写增长 11.6% 相符。"
    )


# -- reports of the other test texts, through the real extractor ----------------------------


def extracted(texts, name):
    return check_report(load_report(texts / name)).table


def test_structures_add_up_and_their_shift_is_the_points_stated(texts):
    table = extracted(texts, "district-2020-declines.txt")
    structures = table[table.check == "structure"]
    assert list(structures.stated) == ["三次产业结构 3.1:38.6:58.3", "三次产业结构 2.9:36.2:60.9"]
    assert set(structures.verdict) == {"consistent"}
    row = find(table, "points_change", "第三产业比重")
    assert row.verdict == "consistent"
    assert (
        row.explanation
        == "2020 年第三产业比重 60.9% 较 2019 年 58.3% 提高 2.6 个百分点，与文中所写相符。"
    )


def test_change_amounts_against_levels_and_growth(texts):
    table = extracted(texts, "district-2020-declines.txt")
    revenue = find(table, "change_amount", "一般公共预算收入")
    assert revenue.verdict == "consistent"
    # 32.17 + 1.2 = 33.37 last year; -1.2 / 33.37 = -3.596%.
    assert revenue.recomputed.startswith(f"-{float(F(12, 10) / F('33.37') * 100):.2f}% [")
    firms = find(table, "count_change", "限额以上商贸企业")
    assert firms.verdict == "consistent"
    assert "由 2019 年 395 家变为 2020 年 382 家，减少 13 家" in firms.explanation


def test_sector_shares_against_value_added(texts):
    table = extracted(texts, "county-2023-wrapped.txt")
    shares = table[(table.check == "share") & table.stated.str.contains("产业比重")]
    assert len(shares) == 3 and set(shares.verdict) == {"consistent"}
    first = shares[shares.stated == "第一产业比重 13.2%"].iloc[0]
    assert first.recomputed.startswith(f"{float(F('41.20') / F('312.46') * 100):.2f}% [")
    assert "inconsistent" not in set(table.verdict)


def test_per_head_incomes_are_not_parts_of_the_average(texts):
    table = extracted(texts, "county-2023-wrapped.txt")
    parts = table[table.check == "part_of_whole"]
    assert not parts.indicators.str.contains("人均可支配收入").any()


def test_a_structure_that_does_not_add_up_to_100():
    rows = [
        claim(
            claim_id="s1",
            indicator="第一产业比重",
            name="三次产业结构",
            period="2022",
            value="9.5",
            line=4,
            quote="三次产业结构为9.5",
            paragraph=1,
        ),
        claim(
            claim_id="s2",
            indicator="第二产业比重",
            name="三次产业结构",
            period="2022",
            value="40.2",
            line=4,
            quote="9.5：40.2",
            paragraph=1,
            linked_to="s1",
            link="structure",
        ),
        claim(
            claim_id="s3",
            indicator="第三产业比重",
            name="三次产业结构",
            period="2022",
            value="50.1",
            line=4,
            quote="9.5：40.2：50.1",
            paragraph=1,
            linked_to="s1",
            link="structure",
        ),
    ]
    row = check_claims(table(rows)).table.iloc[0]
    assert (row.check, row.verdict, row.gap) == ("structure", "inconsistent", "0.050")
    assert row.explanation == (
        "2022 年三次产业结构 9.5:40.2:50.1 合计 99.8%（按舍入区间为 99.65%～99.95%），"
        "不等于 100%，相差 0.05 个百分点，请核实各项比重。"
    )


def test_a_change_amount_that_contradicts_the_growth():
    rows = [
        claim(
            claim_id="g1",
            indicator="税收收入",
            name="税收收入",
            period="2022",
            value="24.05",
            unit="亿元",
            growth_pct="-5.1",
            line=2,
            quote="",
            paragraph=1,
        ),
        claim(
            claim_id="g2",
            indicator="税收收入",
            name="税收收入",
            period="2022",
            value="-2.0",
            unit="亿元",
            measure="change",
            linked_to="g1",
            link="change_of",
            line=2,
            quote="",
            paragraph=1,
        ),
    ]
    row = check_claims(table(rows)).table.set_index("check").loc["change_amount"]
    # -2.0 / 26.05 = -7.68%, far from -5.1%.
    assert row.verdict == "inconsistent"
    assert row.recomputed.startswith(f"-{float(F(2) / F('26.05') * 100):.2f}% [")
