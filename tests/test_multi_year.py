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
from indicators.checking import check_claims, check_report
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
    # The verdicts the rounding intervals give, computed here independently of the package.
    expected = {
        "固定资产投资": _consistent_average("52.86", "30.0", "12.0", 5),
        "地区生产总值": _consistent_average("186.4", "121.3", "9.5", 5),
    }
    assert expected == {"固定资产投资": True, "地区生产总值": False}
    assert {name: f.verdict == "consistent" for name, f in average.items()} == expected
    assert investment.period == gdp.period == "2015→2020"
    # The levels imply 186.4/121.3 = (1 + r)^5 with r between 8.97 % and 8.98 %.
    ratio = Fraction("186.4") / Fraction("121.3")
    assert (1 + Fraction("0.0897")) ** 5 < ratio < (1 + Fraction("0.0898")) ** 5
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


def _checks_of(sentence: str, year: int = 2022):
    report = parse_text(f"一、{year}年工作回顾\n\n{sentence}\n")
    return claims_table(report), check_report(report).table


def test_an_average_growth_between_a_change_from_and_to_is_checked_over_its_years():
    # 30.1 -> 52.8 over the five years 2018..2022 is 11.87% a year, not 75% in one year.
    table, checks = _checks_of("全镇地区生产总值由2017年的30.1亿元增加到52.8亿元，年均增长11.9%。")
    assert checks[["check", "verdict"]].values.tolist() == [["average_growth", "consistent"]]
    # Under a plan span the earlier value is the year before it, the later its last year.
    table, checks = _checks_of(
        "“十三五”期间，全镇地区生产总值由121.3亿元增加到186.4亿元，年均增长8.0%。", 2020
    )
    assert table[["period", "value"]].values.tolist() == [["2015", "121.3"], ["2020", "186.4"]]
    # (186.4 / 121.3) ** (1 / 5) - 1 is 8.97% a year (8.95% to 8.99% over the rounding).
    assert checks[["check", "verdict"]].values.tolist() == [["average_growth", "inconsistent"]]


def test_average_changes_in_points_and_counts_make_no_one_year_finding():
    for sentence in (
        "常住人口城镇化率由2017年的45.2%提高到52.6%，年均提高1.5个百分点。",
        "户籍人口由2017年的3.1万人增加到3.4万人，年均增加600人。",
    ):
        _, checks = _checks_of(sentence)
        assert checks.empty, sentence


def test_a_doubling_is_as_precise_as_two_times():
    # 52.8 / 25.3 is 2.087 times: 翻了一番 (2 倍, 1.5 to 2.5 times) holds.
    _, checks = _checks_of(
        "2015年全镇地区生产总值25.3亿元。“十三五”期间，全镇地区生产总值翻了一番，"
        "2020年达到52.8亿元。",
        2020,
    )
    assert checks[["check", "verdict"]].values.tolist() == [["growth", "consistent"]]


def test_a_growth_after_a_multiple_of_another_reference_is_the_figure_s():
    table, _ = _checks_of("农村居民人均可支配收入2.0万元，是全省平均水平的1.1倍，增长8%。")
    assert table[["value", "unit", "growth_pct"]].values.tolist() == [
        ["2.0", "万元", "8"],
        ["1.1", "倍", ""],
    ]


def test_a_target_s_average_growth_runs_from_the_latest_actual_level():
    def average(target: str, rate: str):
        report = parse_text(
            "一、2020年工作回顾\n\n全县地区生产总值达到186.4亿元。\n\n二、“十四五”时期目标\n\n"
            f"到2025年，地区生产总值达到{target}亿元，年均增长{rate}%左右。\n"
        )
        checks = check_report(report).table
        return checks[checks.check == "average_growth"][["verdict", "period"]].values.tolist()

    # 186.4 * 1.07 ** 5 is 261.4: 260 is reachable at "about 7%", not at "about 9%".
    assert average("260", "7") == [["consistent", "2020→2025"]]
    assert average("260", "9") == [["inconsistent", "2020→2025"]]


def test_the_earlier_value_of_a_change_is_dated_and_its_year_reaches_no_other_figure():
    """由2016年的402.5亿元: 2016 is the time of 402.5 alone. A change printed without a year
    in the same paragraph runs from the same year; one in a one-year review from the year
    before."""
    report = parse_text(
        "一、2021年和过去五年工作回顾\n\n过去五年，全区地区生产总值由2016年的402.5亿元增加到612.8亿元，"
        "年均增长8.8%；服务业增加值占地区生产总值比重由64.2%提高到71.5%。一般公共预算收入由"
        "31.2亿元增加到48.36亿元，年均增长9.2%。\n\n（一）工业\n\n规上工业企业由12家增加到15家。\n"
    )
    table = claims_table(report)
    assert table[["value", "period"]].values.tolist() == [
        ["402.5", "2016"],
        ["612.8", "2021"],
        ["64.2", "2016"],
        ["71.5", "2021"],
        ["31.2", "2016"],
        ["48.36", "2021"],
        ["12", "2020"],
        ["15", "2021"],
    ]
    checks = check_report(report).table
    averages = checks[checks.check == "average_growth"]
    assert list(averages.verdict) == ["consistent", "consistent"]
    assert checks[checks.check == "share"].empty


def test_a_cumulative_figure_after_a_span_is_a_total_of_the_span():
    """过去五年，…。实际利用外资累计9.8亿美元: five years' total, never one year's level."""
    report = parse_text(
        "一、2021年和过去五年工作回顾\n\n过去五年，全区地区生产总值由2016年的402.5亿元增加到612.8亿元。"
        "实际利用外资累计9.8亿美元。\n\n（一）开放\n\n2021年实际利用外资21320万美元。\n"
    )
    table = claims_table(report)
    assert table[["indicator", "period", "value"]].values.tolist()[2:] == [
        ["实际利用外资", "2017..2021", "9.8"],
        ["实际利用外资", "2021", "21320"],
    ]
    assert check_report(report).table.empty  # no one quantity stated twice


def test_bases_named_by_a_plan_end_or_years_back():
    """比“十三五”末 is over 2020; 是五年前的3.2倍 over the year five years before the figure."""
    report = parse_text(
        "一、2021年工作回顾\n\n高新技术企业达到58家，比“十三五”末翻一番。经济总量比“十三五”末增加"
        "62.4亿元。高新技术企业由96家增加到310家，是五年前的3.2倍。\n"
    )
    table = claims_table(report)
    assert table[["value", "growth_pct", "growth_basis"]].values.tolist() == [
        ["58", "100", "比2020年"],
        ["62.4", "", "比2020年"],
        ["96", "", ""],
        ["310", "220", "比2016年"],
    ]
    assert table.name.tolist()[1] == "经济总量"


def test_since_a_year_with_words_between_and_levels_reached_in_a_span():
    """自2018年开园以来: a span to the report's year; a level reached (达到) is of its end."""
    report = parse_text(
        "一、2023年工作回顾\n\n自2018年开园以来累计完成基础设施投资12.5亿元，入园企业达到72家。"
        "“十三五”期间，累计新增企业30家，企业总数达到150家。\n"
    )
    assert claims_table(report)[["value", "period"]].values.tolist() == [
        ["12.5", "2018..2023"],
        ["72", "2023"],
        ["30", "2016..2020"],
        ["150", "2020"],
    ]


def test_a_change_to_a_year_printed_with_the_new_level():
    """增加到2020年的306.7亿元 is the later value of the change from 2015; a doubling, an
    average growth and a change amount of it are over 2015."""
    report = parse_text(
        "一、2020年和“十三五”时期工作回顾\n\n规模以上工业总产值由2015年的152.4亿元增加到2020年的"
        "306.7亿元，实现翻一番。社会消费品零售总额由2015年的52.36亿元增加到2020年的71.85亿元，"
        "年均增长8.5%。行政村由2015年的23个增加到2020年的156个，增加了143个。五年累计完成固定资产"
        "投资612.4亿元。\n"
    )
    table = claims_table(report)
    assert table[["period", "value", "growth_pct", "growth_basis", "link"]].values.tolist() == [
        ["2015", "152.4", "", "", ""],
        ["2020", "306.7", "100", "比2015年", "changed_from"],
        ["2015", "52.36", "", "", ""],
        ["2020", "71.85", "8.5", "年均", "changed_from"],
        ["2015", "23", "", "", ""],
        ["2020", "156", "", "", "changed_from"],
        ["2020", "143", "", "比2015年", "change_of"],
        ["2016..2020", "612.4", "", "", ""],
    ]
    checks = check_report(report).table
    assert checks[["check", "verdict"]].values.tolist() == [
        ["growth", "consistent"],
        ["average_growth", "inconsistent"],
        ["count_change", "inconsistent"],
    ]


def test_last_years_words_date_their_clause_only_and_qunian_is_the_year_reviewed():
    report = parse_text(
        "青山镇人民政府工作报告\n——2021年1月15日在青山镇第十七届人民代表大会第五次会议上\n"
        "一、2020年工作回顾\n\n去年，全镇实现地区生产总值52.3亿元，比上年增长6.1%。"
        "全镇完成社会总产值79.38亿元，上年为82.56亿元，下降3.9%，其中工业总产值57.12亿元，"
        "农业总产值13.05亿元，第三产业总产值9.21亿元。\n\n二、2021年工作安排\n\n"
        "主要预期目标是：上年全镇地区生产总值52.3亿元，力争达到55.4亿元，增长6%左右。\n"
    )
    table = claims_table(report)
    got = [(r.value, r.period, r.kind, r.growth_pct) for r in table.itertuples()]
    assert got == [
        ("52.3", "2020", "actual", "6.1"),
        ("79.38", "2020", "actual", "-3.9"),
        ("82.56", "2019", "actual", ""),
        ("57.12", "2020", "actual", ""),
        ("13.05", "2020", "actual", ""),
        ("9.21", "2020", "actual", ""),
        ("52.3", "2020", "actual", ""),
        ("55.4", "2021", "target", "6"),
    ]
    checks = check_claims(table, report).table
    assert checks.set_index("check").loc["sum", "verdict"] == "consistent"
    over = checks[(checks.check == "growth") & (checks.period == "2019→2020")]
    [growth] = over.to_dict("records")
    assert growth["verdict"] == "consistent"  # 82.56 → 79.38 is −3.85%


def test_the_first_years_of_a_plan_and_a_year_after_qizhong_that_stays_in_its_item():
    report = parse_text(
        "一、2017年工作回顾\n\n“十三五”前两年，地区生产总值由2015年的159.04亿元增加到186.54亿元，"
        "年均增长8.3%；一般公共预算收入由2015年的10.24亿元增加到12.68亿元，年均增长11.3%，"
        "其中2016年增长13.0%；城镇常住居民人均可支配收入由2015年的24368元增加到28642元，"
        "年均增长8.4%。全县40个贫困村已累计退出31个，其中2017年退出12个，剩余9个。\n"
    )
    table = claims_table(report)
    later = table[table.value.isin(["186.54", "12.68", "28642"])]
    assert set(later.period) == {"2017"}
    assert set(later.growth_basis) == {"2016..2017年均"}
    checks = check_claims(table, report).table
    averages = checks[checks.check == "average_growth"]
    assert len(averages) == 3 and set(averages.verdict) == {"consistent"}
    assert (checks.verdict == "inconsistent").sum() == 0


def test_a_level_reached_by_an_estimate_and_a_multiple_of_a_printed_base():
    report = parse_text(
        "一、2020年工作回顾\n\n“十三五”期间，高新区规上工业总产值由2015年的312.4亿元增加到2020年"
        "预计的538.6亿元，年均增长11.5%。全年授权发明专利418件，是2015年131件的3.2倍。"
        "高新技术企业总数达到158家，全年新增46家，比上年增长41.1%，是2015年56家的2.8倍。\n"
    )
    table = claims_table(report)
    reached = table[table.value == "538.6"].iloc[0]
    assert (reached.link, reached.qualifier, reached.scope) == ("changed_from", "预计", "高新区")
    checks = check_claims(table, report).table
    assert "inconsistent" not in set(checks.verdict)
    assert {"average_growth", "count_change"} <= set(checks.check)
    multiples = checks[checks.stated.str.contains("倍")]
    assert multiples.indicators.tolist() == ["授权发明专利", "高新技术企业"]


def test_the_base_of_a_multiple_is_of_its_printed_year_even_with_no_level_before_it():
    report = parse_text(
        "一、2022年工作回顾\n\n重点楼宇税收14.62亿元。重点楼宇税收是2017年4.87亿元的3.0倍。\n\n"
        "二、2023年工作安排\n\n重点楼宇税收16.08亿元，增长10%。\n"
    )
    table = claims_table(report)
    assert table[table.value == "4.87"].period.tolist() == ["2017"]
    checks = check_claims(table, report).table
    assert (checks.verdict == "inconsistent").sum() == 0


def test_a_change_over_a_named_year_and_a_list_of_four_years():
    report = parse_text(
        "一、2024年工作回顾\n\n全体居民人均可支配收入61286元，增长5.1%，比2020年的47860元增加13426元，"
        "年均增长6.4%。四年来，城镇新增就业分别为1.36万人、1.42万人、1.45万人和1.48万人，累计5.71万人。\n"
    )
    table = claims_table(report)
    jobs = table[table.value.isin(["1.36", "1.42", "1.45", "1.48"])]
    assert jobs.period.tolist() == ["2021", "2022", "2023", "2024"]
    checks = check_claims(table, report).table
    [change] = checks[checks.check == "change_amount"].to_dict("records")
    assert (change["verdict"], change["period"]) == ("consistent", "2020→2024")
    assert (checks.verdict == "inconsistent").sum() == 0


def test_a_cumulative_part_of_a_five_year_total_is_of_the_same_five_years():
    report = parse_text(
        "一、2015年和“十二五”工作回顾\n\n五年累计一般公共预算支出128.65亿元，是“十一五”时期的2.4倍；"
        "其中累计民生支出96.48亿元，占75.0%。\n\n一般公共预算支出31.46亿元，增长12.3%，"
        "其中民生支出24.12亿元，占76.7%。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["96.48", "period"] == "2011..2015"
    assert table.loc["24.12", "period"] == "2015"
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_a_list_of_five_years_after_a_change_to_last_year_ends_with_last_year():
    report = parse_text(
        "一、2021年工作回顾\n\n全市城镇新增就业5.86万人。\n\n——人民生活显著改善。城镇居民人均可支配"
        "收入由2015年的28762元增加到2020年的38124元，年均增长5.8%。五年新增城镇就业分别为5.42万人、"
        "5.56万人、5.71万人、5.63万人和5.38万人，累计27.7万人。\n"
    )
    table = claims_table(report).set_index("value")
    assert [table.loc[v, "period"] for v in ("5.42", "5.38")] == ["2016", "2020"]
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_a_level_after_growths_of_parts_of_the_year_is_the_whole_years_and_five_years_run_to_now():
    report = parse_text(
        "一、2020年工作回顾\n\n社会消费品零售总额一季度下降21.3%，前三季度下降8.6%，全年实现236.84亿元，"
        "比上年减少11.68亿元，下降4.7%。\n\n一、过去五年工作回顾\n\n一般公共预算收入由2015年的6.84亿元"
        "增加到12.37亿元，年均增长12.6%，是2015年的1.8倍，五年累计完成50.65亿元。\n"
    )
    table = claims_table(report).set_index("value")
    retail = table.loc["236.84"]
    assert (retail.indicator, retail.period) == ("社会消费品零售总额", "2020")
    assert retail.growth_pct == "-4.7"
    assert table.loc["50.65", "period"] == "2016..2020"  # not the five years to 2015
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_the_targets_of_a_five_year_plan_section_are_of_its_last_year():
    report = parse_text(
        "一、2020年工作回顾\n\n常住人口城镇化率达到63.8%。\n\n二、“十四五”时期主要目标\n\n"
        "——经济发展实现新突破。地区生产总值年均增长7%左右，到2025年达到720亿元左右。\n\n"
        "——城乡融合取得新进展。常住人口城镇化率达到68%，提高4.2个百分点。\n\n"
        "三、2021年工作安排\n\n常住人口城镇化率提高0.8个百分点，达到64.6%。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["68", "period"] == "2025" and table.loc["64.6", "period"] == "2021"
    assert (table.loc["720", "indicator"], table.loc["720", "period"]) == ("地区生产总值", "2025")
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_lists_of_years_keep_new_ones_new_and_the_first_years_of_a_plan_are_read():
    report = parse_text(
        "一、2024年工作回顾\n\n全年一般公共预算收入41.38亿元，增长5.2%，其中税收收入33.27亿元，"
        "占一般公共预算收入的80.4%；全口径税收收入93.15亿元，增长4.6%。全年新登记市场主体12468户，"
        "年末实有市场主体98426户。2021年至2024年新登记市场主体分别为10236户、11058户、11892户和"
        "12468户。\n\n二、2019年工作回顾\n\n城镇新增就业6.03万人。前四年城镇新增就业分别为5.62万人、"
        "5.78万人、5.91万人、6.03万人。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["10236", "measure"] == "new"
    assert table.loc["93.15", "parent"] == ""  # 全口径: all taxes, no part of the budget's
    assert table.loc["5.62", "period"] == "2016"
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_a_multiple_of_the_start_of_a_change_is_checked_against_that_start():
    report = parse_text(
        "一、2020年和“十三五”工作回顾\n\n全市地区生产总值由2015年的352.48亿元增加到2020年的512.36亿元，"
        "年均增长7.8%，是2015年的1.45倍。11月份规上工业总产值58.7亿元，比上年同月的53.3亿元增长"
        "10.2%，环比增长2.3%。\n"
    )
    table = check_claims(claims_table(report), report).table
    multiple = table[table.stated.str.contains("1.45 倍")].iloc[0]
    assert multiple.verdict == "consistent" and "352.48" in multiple.explanation
    assert (table.verdict == "inconsistent").sum() == 0


def test_the_earlier_value_of_a_change_from_last_year_is_of_last_year_after_a_longer_change():
    report = parse_text(
        "一、2023年工作回顾\n\n“十四五”以来，全区规上工业总产值由2020年的912.46亿元增加到1286.54亿元，"
        "三年年均增长12.1%。全年新升规入库企业48家，规上工业企业由上年的412家增加到447家，净增35家。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["412", "period"] == "2022"


def test_a_part_of_the_year_with_only_a_verb_restates_the_subject_before_it():
    report = parse_text(
        "一、2020年工作回顾\n\n一季度，全市实现地区生产总值98.62亿元，按可比价格计算下降9.4%；上半年"
        "实现226.69亿元，下降2.6%；前三季度实现365.24亿元，增长1.1%；全年实现地区生产总值512.36亿元。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["226.69", "indicator"] == "地区生产总值"
    assert table.loc["226.69", "period"] == "2020-01..2020-06"
    assert table.loc["365.24", "indicator"] == "地区生产总值"


def test_a_growth_of_a_year_printed_after_a_change_over_years_is_that_years_growth():
    report = parse_text(
        "一、2017年工作回顾\n\n全镇社会总产值由2015年的72.18亿元增加到2017年的86.42亿元，前两年分别"
        "增长9.5%和9.3%，年均增长9.4%。水产品总产量由2015年的11.86万吨增加到2017年的12.86万吨，"
        "2016年增长3.6%，两年年均增长4.1%。\n"
    )
    table = claims_table(report)
    growths = {(r.period, r.growth_pct) for r in table.itertuples() if not r.value}
    assert {("2016", "9.5"), ("2017", "9.3"), ("2016", "3.6")} <= growths
    checks = check_claims(table, report).table
    assert list(checks.verdict) == ["consistent", "consistent"]  # the two averages


def test_a_heading_that_names_the_plan_without_its_targets_keeps_the_planned_year():
    report = parse_text(
        "一、2020年工作回顾\n\n全县一般公共预算收入9.27亿元。\n\n二、今年工作安排\n\n"
        "（一）奋力开好“十四五”新局，推动工业高质量发展\n\n全年新增规上工业企业15家，完成固定资产"
        "投资85亿元，一般公共预算收入达到9.9亿元。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["9.9", "period"] == "2021" and table.loc["85", "period"] == "2021"


def test_a_list_of_five_years_ends_with_the_year_reported_on_after_another_year_is_named():
    report = parse_text(
        "一、过去五年工作回顾\n\n过去五年，全县地区生产总值年均增长7.5%，受疫情影响，去年增速比2019年"
        "回落3.2个百分点。五年新增城镇就业分别为1186人、1243人、1097人、1334人和1268人。\n\n"
        "二、2021年工作安排\n\n城镇新增就业1200人以上。\n"
    )
    table = claims_table(report).set_index("value")
    assert [table.loc[v, "period"] for v in ("1186", "1268")] == ["2016", "2020"]


def test_a_section_headed_by_a_span_of_years_dates_the_changes_of_its_paragraphs_to_it():
    # The heading names the five years; the third paragraph prints 2019 (a year inside the
    # span), which ends no span; the changes after it run over the five years.
    report = parse_text(
        "一、过去五年工作回顾\n\n"
        "五年来，我们团结带领全县人民砥砺奋进。\n\n"
        "——脱贫攻坚全面胜利。2019年底全县贫困村全部出列，累计减少农村贫困人口2.16万人。\n\n"
        "——人民生活持续改善。城镇居民人均可支配收入由24,860元增加到35,120元，年均增长7.2%；"
        "县城建成区面积由8.6平方公里扩大到12.8平方公里。\n\n"
        "二、2022年工作安排\n\n"
        "城镇居民人均可支配收入增长7%左右。\n"
    )
    table = claims_table(report)
    dated = dict(zip(table.value, table.period, strict=False))
    assert (dated["24860"], dated["35120"]) == ("2016", "2021")
    assert (dated["8.6"], dated["12.8"]) == ("2016", "2021")
    checks = check_claims(table, report).table
    [row] = checks[checks.check == "average_growth"].to_dict("records")
    assert row["verdict"] == "consistent" and row["period"] == "2016→2021"  # 7.15% a year


def test_a_heading_naming_one_year_and_a_span_dates_no_change_to_the_span():
    report = parse_text(
        "一、2021年和“十三五”时期工作回顾\n\n"
        "城镇居民人均可支配收入由33,860元增加到35,120元，增长3.7%。\n"
    )
    table = claims_table(report)
    dated = dict(zip(table.value, table.period, strict=False))
    assert (dated["33860"], dated["35120"]) == ("2020", "2021")


def test_a_plan_s_average_growth_to_its_last_year_runs_from_the_year_before_the_plan():
    # 十五五 runs 2026–2030: its average from the 2025 level is judged (6.04% a year); the
    # 十四五 average printed in a 2023 report runs from 2020, not from 2022, and is not.
    text = (
        "一、2025年工作回顾\n\n全县实现地区生产总值296.84亿元，增长5.8%。\n\n"
        "二、“十五五”时期主要目标和2026年工作安排\n\n"
        "根据县委关于制定“十五五”规划的建议，全县经济社会发展的主要目标是："
        "地区生产总值年均增长6%，到2030年达到398亿元。\n"
    )
    report = parse_text(text)
    checks = check_report(report).table
    [row] = checks[checks.check == "average_growth"].to_dict("records")
    assert row["verdict"] == "consistent" and row["period"] == "2025→2030"
    mid_plan = parse_text(
        "一、2022年工作回顾\n\n全县实现地区生产总值285.2亿元，增长5.8%。\n\n"
        "二、2023年工作安排\n\n“十四五”规划确定的目标是：地区生产总值年均增长7%，"
        "到2025年达到398亿元。\n"
    )
    later = check_report(mid_plan).table
    assert later[later.check == "average_growth"].empty


def test_changes_and_multiples_in_a_look_back_on_a_plan_are_of_its_last_year():
    report = parse_text(
        "一、2016年工作回顾\n\n回顾“十二五”，五年来全区经济实力大幅跃升。2015年地区生产总值达到512.36亿元，"
        "是2010年的2.1倍。一般公共预算收入由2010年的18.70亿元增加到48.62亿元，年均增长21.1%。"
        "规模以上工业总产值1123.6亿元，是2010年402.6亿元的2.8倍，规模以上工业企业由214家增加到"
        "386家，增加172家。\n\n全年实现规模以上工业总产值1286.45亿元，规模以上工业企业421家。\n"
    )
    table = claims_table(report)
    dated = dict(zip(table.value, table.period, strict=False))
    assert [dated[v] for v in ("48.62", "1123.6", "214", "386", "1286.45")] == [
        "2015",
        "2015",
        "2010",
        "2015",
        "2016",
    ]
    checks = check_claims(table, report).table
    assert "inconsistent" not in set(checks.verdict)
    [row] = checks[checks.check == "average_growth"].to_dict("records")
    assert row["period"] == "2010→2015" and row["verdict"] == "consistent"  # 21.06% a year


def test_a_span_goes_on_past_a_paragraph_of_changes_that_run_to_its_last_year():
    report = parse_text(
        "一、2015年工作回顾\n\n五年来，我们紧紧围绕发展目标，奋力拼搏。\n\n——综合实力显著增强。生产总值由2010年的"
        "138.4亿元增加到2015年的246.8亿元，年均增长12.3%；五年累计完成固定资产投资712.4亿元。\n\n"
        "——人民生活持续改善。城镇居民人均可支配收入由14126元增加到22846元，年均增长10.1%。\n"
    )
    table = claims_table(report)
    rows = table[table.name == "城镇居民人均可支配收入"][["period", "value"]].values.tolist()
    assert rows == [["2010", "14126"], ["2015", "22846"]]


def test_parts_of_a_total_over_a_span_of_years_are_of_that_span():
    table, checks = _checks_of(
        "五年来，民生福祉得到新提升。一般公共预算支出累计586.4亿元，其中民生支出458.9亿元。"
        "易地扶贫搬迁任务全面完成，累计搬迁286户，其中县城集中安置218户、分散安置68户。"
        "全年一般公共预算支出126.8亿元，其中民生支出99.67亿元。",
        2025,
    )
    assert table[["name", "period", "value"]].values.tolist() == [
        ["一般公共预算支出", "2021..2025", "586.4"],
        ["民生支出", "2021..2025", "458.9"],
        ["搬迁", "2021..2025", "286"],
        ["县城集中安置", "2021..2025", "218"],
        ["分散安置", "2021..2025", "68"],
        ["一般公共预算支出", "2025", "126.8"],
        ["民生支出", "2025", "99.67"],
    ]
    assert set(checks.verdict) == {"consistent"}  # not 458.9 against the year's 126.8


def test_five_years_after_a_plan_looked_back_on_are_its_years_and_a_capacity_is_per_year():
    table, _ = _checks_of(
        "回顾“十二五”，全县经济实现跨越发展。五年间累计完成固定资产投资365.2亿元，是“十一五”时期的"
        "2.6倍；累计生产原煤7126.4万吨。\n\n全年煤炭产能由1860万吨/年压减到1590万吨/年，压减270万吨/年。",
        2016,
    )
    assert table[["name", "period", "value", "unit"]].values.tolist() == [
        ["固定资产投资", "2011..2015", "365.2", "亿元"],  # not 2012..2016
        ["生产原煤", "2011..2015", "7126.4", "万吨"],
        ["煤炭产能", "2015", "1860", "万吨/年"],
        ["煤炭产能", "2016", "1590", "万吨/年"],  # not named /年
        ["煤炭产能", "2016", "-270", "万吨/年"],
    ]


def test_a_level_held_for_years_is_a_floor_of_each_of_them_and_no_whole():
    table, checks = _checks_of(
        "粮食总产量达到104.72万吨，连续十年稳定在100万吨以上，其中小麦总产57.63万吨。粮食产量连续五年"
        "稳定在90万吨以上，2022年达到104.72万吨。",
    )
    held = table[table.value.isin(["100", "90"])]
    assert held[["period", "measure"]].values.tolist() == [
        ["2013..2022", "each"],  # each of the ten years
        ["2018..2022", "each"],
    ]
    assert table[table.value == "104.72"].indicator.tolist() == ["粮食产量", "粮食产量"]
    assert "连续十年稳定在100万吨以上" not in " ".join(checks.indicators)  # no whole of 小麦
