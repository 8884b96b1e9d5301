"""Claims stated with 分别 (respectively): each listed subject gets its own figure."""

from __future__ import annotations

import pytest

from indicators import load_report, parse_text
from indicators.checking import check_claims
from indicators.claims_table import claims_table

COLS = ["indicator", "name", "value", "unit", "growth_pct", "growth_basis"]


def _rows(text: str, heading: str = "一、2020年工作回顾") -> list[tuple[str, ...]]:
    table = claims_table(parse_text(f"{heading}\n\n{text}\n"))
    return [tuple(r[c] for c in COLS) for _, r in table.iterrows()]


def _by_id(table, claim_id):
    return table.set_index("claim_id").loc[claim_id]


def test_values_and_growths_of_two_subjects():
    rows = _rows("全镇工业总产值和农业总产值分别为103.63亿元和12.98亿元，同比分别增长9.8%和3.2%。")
    assert rows == [
        ("工业总产值", "工业总产值", "103.63", "亿元", "9.8", "同比"),
        ("农业总产值", "农业总产值", "12.98", "亿元", "3.2", "同比"),
    ]


def test_shared_head_is_distributed_and_ordinals_completed():
    rows = _rows(
        "全年实现地区生产总值312.46亿元，同比增长5.8%，第一、二、三产业增加值分别为"
        "41.20亿元、128.35亿元和142.91亿元，分别增长4.1%、6.9%和5.3%。"
    )
    assert rows[1:] == [
        ("第一产业增加值", "第一产业增加值", "41.20", "亿元", "4.1", ""),
        ("第二产业增加值", "第二产业增加值", "128.35", "亿元", "6.9", ""),
        ("第三产业增加值", "第三产业增加值", "142.91", "亿元", "5.3", ""),
    ]
    assert _rows("粮食和蔬菜产量分别为12.5万吨和8.3万吨。") == [
        ("粮食产量", "粮食产量", "12.5", "万吨", "", ""),
        ("", "蔬菜产量", "8.3", "万吨", "", ""),
    ]


def test_shared_beginning_and_declines_keep_their_sign():
    rows = _rows("一般公共预算收入和支出分别完成21.08亿元、58.6亿元，同比分别下降3.2%和1.5%。")
    assert rows == [
        ("一般公共预算收入", "一般公共预算收入", "21.08", "亿元", "-3.2", "同比"),
        ("一般公共预算支出", "一般公共预算支出", "58.6", "亿元", "-1.5", "同比"),
    ]


def test_basis_after_respectively_and_words_that_are_not_vocabulary():
    rows = _rows("城镇和农村居民人均可支配收入分别达到43180元和20460元，分别比上年增长5.9%和7.7%。")
    assert [r[0] for r in rows] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert [(r[4], r[5]) for r in rows] == [("5.9", "比上年"), ("7.7", "比上年")]
    rows = _rows("全县户籍人口和常住人口分别为52.3万人和48.1万人，分别减少0.3万人和0.5万人。")
    assert [(r[1], r[2]) for r in rows] == [
        ("户籍人口", "52.3"),
        ("常住人口", "48.1"),
        ("户籍人口", "-0.3"),
        ("常住人口", "-0.5"),
    ]


def test_growths_after_values_stated_one_by_one():
    rows = _rows("规上工业总产值89.5亿元，工业投资12.3亿元，分别增长12.1%、9.5%。")
    assert [(r[0], r[4]) for r in rows] == [("规模以上工业总产值", "12.1"), ("工业投资", "9.5")]
    # Three level figures of one family before two growths: which two is a guess, so the
    # figures are read as without 分别 (the last growth is no one's).
    rows = _rows(
        "全县地区生产总值312.46亿元，工业总产值103.6亿元，农业总产值12.9亿元，分别增长9.8%、3.2%。"
    )
    assert [(r[0], r[4]) for r in rows][:3] == [
        ("地区生产总值", ""),
        ("工业总产值", ""),
        ("农业总产值", "9.8"),
    ]


def test_count_mismatch_keeps_the_reading_without_respectively():
    assert _rows("工业、农业总产值分别为10亿元。") == [
        ("农业总产值", "农业总产值", "10", "亿元", "", "")
    ]


def test_points_and_shares():
    rows = _rows("城镇化率和森林覆盖率分别提高1.2个和0.5个百分点。")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("常住人口城镇化率", "1.2", "个百分点"),
        ("森林覆盖率", "0.5", "个百分点"),
    ]
    rows = _rows("三次产业增加值分别占地区生产总值的13.5%、39.3%和47.2%。")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("第一产业比重", "第一产业增加值占地区生产总值", "13.5"),
        ("第二产业比重", "第二产业增加值占地区生产总值", "39.3"),
        ("第三产业比重", "第三产业增加值占地区生产总值", "47.2"),
    ]


def test_later_values_of_changes_pair_in_order():
    table = claims_table(
        parse_text(
            "一、2021年工作回顾\n\n全镇工业企业数量和规上企业数分别由上年的126家和33家增加到131家和38家。\n"
        )
    )
    got = [(r.name, r.period, r.value, r.link, r.linked_to) for r in table.itertuples()]
    assert got == [
        ("工业企业数量", "2020", "126", "", ""),
        ("规上企业数", "2020", "33", "", ""),
        ("工业企业数量", "2021", "131", "changed_from", "p1.1"),
        ("规上企业数", "2021", "38", "changed_from", "p1.2"),
    ]


def test_provenance_is_the_line_of_each_value_and_the_shortest_quote():
    text = (
        "一、2020年工作回顾\n\n全年经济平稳运行。\n"
        "全镇工业总产值和农业总产值分别为103.63亿元和12.98亿元，同比分别增长9.8%和3.2%。\n"
    )
    table = claims_table(parse_text(text))
    first, second = table.iloc[0], table.iloc[1]
    assert (int(first.line), int(first.value_line), int(first.growth_line)) == (4, 4, 4)
    assert first.quote == "工业总产值和农业总产值分别为103.63亿元和12.98亿元，同比分别增长9.8%"
    assert second.quote == "农业总产值分别为103.63亿元和12.98亿元，同比分别增长9.8%和3.2%"


@pytest.fixture(scope="module")
def county(texts):
    report = load_report(texts / "county-2022-respectively.txt")
    return report, claims_table(report)


@pytest.fixture(scope="module")
def town(texts):
    report = load_report(texts / "town-2021-respectively.txt")
    return report, claims_table(report)


def test_county_report_checks_add_up(county):
    report, table = county
    result = check_claims(table, report).table
    sums = result[result.check == "sum"]
    assert len(sums) == 1 and sums.verdict.iloc[0] == "consistent"
    assert "第三产业增加值 135.30 亿元" in sums.explanation.iloc[0]
    shares = result[result.check == "share"]
    assert len(shares) == 3 and set(shares.verdict) == {"consistent"}
    assert (result.check == "same_quantity").sum() == 0
    assert set(result.verdict) <= {"consistent", "not_assessable"}
    targets = table[table.kind == "target"]
    assert targets[["indicator", "growth_pct"]].values.tolist()[1:] == [
        ["城镇居民人均可支配收入", "6"],
        ["农村居民人均可支配收入", "7.5"],
    ]


def test_town_report_parts_of_the_total_after_of_which(town):
    report, table = town
    parts = table[(table.parent == "社会总产值") & (table.kind == "actual")]
    assert parts[["indicator", "value", "growth_pct"]].values.tolist() == [
        ["工业总产值", "68.20", "8.9"],
        ["农业总产值", "10.75", "3.1"],
        ["第三产业总产值", "7.50", "4.2"],
    ]
    result = check_claims(table, report).table
    assert result.set_index("check").loc["sum", "verdict"] == "consistent"
    assert result.set_index("check").loc["growth_total_vs_parts", "verdict"] == "consistent"
    assert result.set_index("check").loc["residual", "verdict"] == "consistent"
    assert (result.check == "same_quantity").sum() == 0
    assert "inconsistent" not in set(result.verdict)
    tax = table[table.indicator == "本级税收收入"].iloc[0]
    assert (tax.parent, tax.growth_pct, int(tax.line)) == ("税收收入", "5.1", 9)


def test_each_gives_one_figure_to_every_listed_subject():
    """均 (each, both): the one figure belongs to each subject before it."""
    rows = _rows("全县城镇和农村居民人均可支配收入均增长6.5%以上，三次产业增加值均实现正增长。")
    assert rows == [
        ("城镇居民人均可支配收入", "城镇居民人均可支配收入", "", "", "6.5", ""),
        ("农村居民人均可支配收入", "农村居民人均可支配收入", "", "", "6.5", ""),
    ]
    table = claims_table(parse_text("一、2020年工作回顾\n\n粮食和蔬菜产量均比上年下降2.1%。\n"))
    assert list(table["name"]) == ["粮食产量", "蔬菜产量"]
    assert list(table["growth_pct"]) == ["-2.1", "-2.1"]
    assert list(table["growth_basis"]) == ["比上年", "比上年"]
    assert len(set(table["claim_id"])) == 2


def test_each_after_a_list_of_values_gives_the_growth_to_each_value():
    rows = _rows("工业总产值和农业总产值分别为103.63亿元和12.98亿元，均比上年增长5%。")
    assert rows == [
        ("工业总产值", "工业总产值", "103.63", "亿元", "5", "比上年"),
        ("农业总产值", "农业总产值", "12.98", "亿元", "5", "比上年"),
    ]
    # The growth of each is checked against its own base year, when printed.
    report = parse_text(
        "一、2020年工作回顾\n\n2019年工业总产值和农业总产值分别为98.7亿元和12.4亿元。"
        "2020年工业总产值和农业总产值分别为103.63亿元和12.98亿元，均比上年增长5%。\n"
    )
    verdicts = {
        (r["indicators"], r["verdict"])
        for _, r in check_claims(claims_table(report), report).table.iterrows()
        if r["check"] == "growth"
    }
    assert verdicts == {("工业总产值", "consistent"), ("农业总产值", "consistent")}


def test_per_capita_and_average_are_not_each():
    """人均, 年均 and 平均 contain 均 but give no figure to several subjects."""
    rows = _rows("城镇居民人均可支配收入增长7%，工业和农业投资年均增长8%，两项指标均为100%。")
    assert [(r[1], r[4], r[5]) for r in rows[:2]] == [
        ("城镇居民人均可支配收入", "7", ""),
        ("工业和农业投资", "8", "年均"),
    ]
    assert rows[2:] == [("", "指标", "2", "项", "", ""), ("", "指标", "100", "%", "", "")]


def test_each_after_figures_listed_one_by_one():
    """出口18.6亿元、进口6.2亿元，均增长11.5%: the growth of each; they add up to the total."""
    report = parse_text(
        "一、2023年工作回顾\n\n外贸出口总额18.6亿元、进口总额6.2亿元，均增长11.5%，进出口总额达到24.8亿元。\n"
    )
    table = claims_table(report)
    assert table[["indicator", "value", "growth_pct"]].values.tolist() == [
        ["出口总额", "18.6", "11.5"],
        ["进口总额", "6.2", "11.5"],
        ["外贸进出口总额", "24.8", ""],
    ]
    checks = check_claims(table, report).table
    assert checks[checks.check == "sum"].verdict.tolist() == ["consistent"]


def test_a_second_list_without_subjects_takes_those_of_the_list_before():
    rows = _rows(
        "城镇、农村居民人均可支配收入分别增长7%和8%以上，分别达到3.94万元和1.83万元。",
        heading="二、2021年主要目标",
    )
    assert rows == [
        ("城镇居民人均可支配收入", "城镇居民人均可支配收入", "3.94", "万元", "7", ""),
        ("农村居民人均可支配收入", "农村居民人均可支配收入", "1.83", "万元", "8", ""),
    ]


def test_the_year_of_a_list_of_earlier_values_is_each_ones():
    """分别由2017年的A和B增加到C和D: B is of 2017 too, and each average growth is checked."""
    report = parse_text(
        "一、2022年和过去五年工作回顾\n\n城乡居民人均可支配收入分别由2017年的31260元和13580元增加到"
        "42586元和19875元，年均分别增长6.4%和7.9%。\n"
    )
    table = claims_table(report)
    assert table.period.tolist() == ["2017", "2017", "2022", "2022"]
    checks = check_claims(table, report).table
    assert checks[["check", "verdict"]].values.tolist() == [
        ["average_growth", "consistent"],
        ["average_growth", "consistent"],
    ]


def test_a_list_of_periods_gives_each_figure_its_own():
    """一季度、上半年、前三季度分别增长…: three periods, not three statements of one."""
    report = parse_text(
        "一、2022年工作回顾\n\n全县地区生产总值一季度、上半年、前三季度分别增长3.2%、3.6%和3.9%，全年增长"
        "4.2%。一季度、上半年分别完成固定资产投资4.12亿元和9.36亿元。\n"
    )
    table = claims_table(report)
    assert table[["indicator", "period", "value", "growth_pct"]].values.tolist() == [
        ["地区生产总值", "2022-01..2022-03", "", "3.2"],
        ["地区生产总值", "2022-01..2022-06", "", "3.6"],
        ["地区生产总值", "2022-01..2022-09", "", "3.9"],
        ["地区生产总值", "2022", "", "4.2"],
        ["固定资产投资", "2022-01..2022-03", "4.12", ""],
        ["固定资产投资", "2022-01..2022-06", "9.36", ""],
    ]
    assert check_claims(table, report).table.empty


def test_a_word_for_the_periods_of_a_list_gives_each_figure_its_quarter_or_year():
    """四个季度…分别为, 一至四季度分别, 五年…分别为: one figure per quarter, or per year up to the
    year reported on."""
    report = parse_text(
        "一、2020年工作回顾\n\n分季度看，四个季度规上工业总产值分别为9.86亿元、12.74亿元、13.09亿元"
        "和16.48亿元。五年来，人民生活持续改善。五年新增城镇就业分别为7.2万人、7.6万人、7.9万人、"
        "8.1万人和7.8万人。一至四季度分别接待游客6.12万人次、10.85万人次、15.36万人次和10.35万人次。\n"
    )
    rows = claims_table(report)[["name", "period", "value"]].values.tolist()
    assert rows == [
        ["规上工业总产值", "2020-01..2020-03", "9.86"],
        ["规上工业总产值", "2020-04..2020-06", "12.74"],
        ["规上工业总产值", "2020-07..2020-09", "13.09"],
        ["规上工业总产值", "2020-10..2020-12", "16.48"],
        ["新增城镇就业", "2016", "7.2"],
        ["新增城镇就业", "2017", "7.6"],
        ["新增城镇就业", "2018", "7.9"],
        ["新增城镇就业", "2019", "8.1"],
        ["新增城镇就业", "2020", "7.8"],
        ["接待游客", "2020-01..2020-03", "6.12"],
        ["接待游客", "2020-04..2020-06", "10.85"],
        ["接待游客", "2020-07..2020-09", "15.36"],
        ["接待游客", "2020-10..2020-12", "10.35"],
    ]


def test_a_list_of_periods_before_the_subject_gives_each_figure_its_period():
    report = parse_text(
        "一、2018年工作回顾\n\n一季度、上半年、前三季度和全年地区生产总值分别增长6.6%、6.8%、"
        "6.9%和7.0%，逐季回升。2017年和2018年全市分别新增城镇就业5.72万人和5.86万人。\n"
    )
    table = claims_table(report)
    got = [(r.indicator, r.period, r.value or r.growth_pct) for r in table.itertuples()]
    assert got == [
        ("地区生产总值", "2018-01..2018-03", "6.6"),
        ("地区生产总值", "2018-01..2018-06", "6.8"),
        ("地区生产总值", "2018-01..2018-09", "6.9"),
        ("地区生产总值", "2018", "7.0"),
        ("城镇新增就业", "2017", "5.72"),
        ("城镇新增就业", "2018", "5.86"),
    ]
    assert check_claims(table, report).inconsistent == 0


def test_a_rate_compared_with_the_start_of_the_year_is_last_years_level():
    table = claims_table(
        parse_text(
            "一、2025年工作回顾\n\n其中，企业6218户、个体工商户9917户，企业占比38.5%，"
            "比年初的37.7%提高0.8个百分点。\n"
        )
    )
    rate = table[table.value == "37.7"].iloc[0]
    assert (rate["name"], rate["period"]) == ("企业占比", "2024")


def test_growths_right_after_a_list_of_changes_are_of_the_levels_listed_before():
    table = claims_table(
        parse_text(
            "一、2020年工作回顾\n\n市场主体6842户，其中企业2315户、个体工商户4527户，分别比年初增加"
            "176户和242户，增长8.2%和5.6%。1—6月累计助餐1.47万人次，全年达到5.83万人次，"
            "其中第四季度助餐1.57万人次。\n"
        )
    )
    levels = table[table.value.isin(["2315", "4527"])]
    assert levels.growth_pct.tolist() == ["8.2", "5.6"]
    [quarter] = table[table.value == "1.57"].to_dict("records")
    [year] = table[table.value == "5.83"].to_dict("records")
    assert quarter["parent_id"] == year["claim_id"]  # a part of the year, not of 1—6月


def test_a_count_of_the_listed_subjects_before_respectively_is_no_figure_before_the_list():
    table = claims_table(
        parse_text(
            "一、2021年工作回顾\n\n春节、“五一”、国庆三个假期分别接待游客42.6万人次、28.4万人次和"
            "56.8万人次，合计127.8万人次。城关、河口、新塘三个镇分别完成工业总产值12.5亿元、"
            "8.6亿元和6.1亿元。\n"
        )
    )
    names = dict(zip(table.value, table.name, strict=True))
    assert [names[v] for v in ("42.6", "28.4", "56.8")] == ["春节", "五一", "国庆"]
    assert [names[v] for v in ("12.5", "8.6", "6.1")] == ["城关", "河口", "新塘"]


def test_places_listed_with_respectively_scope_their_figures_and_new_ones_stay_new():
    report = parse_text(
        "青山县人民政府工作报告\n\n一、2017年工作回顾\n\n全镇村集体经济收入312.6万元。李家村、杨柳村、新华村集体经济收入分别达到"
        "68.4万元、52.6万元和41.2万元，依次比上年增长21.3%、16.8%和12.5%。桂林镇去年新增规上工业"
        "企业9家，总数达到34家。全镇规上工业企业536家。全年新增专精特新企业和高新技术企业分别为"
        "9家和23家，总数分别达到31家和118家。\n"
    )
    table = claims_table(report)
    scopes = dict(zip(table.value, table.scope, strict=True))
    places = [scopes[v] for v in ("68.4", "52.6", "41.2", "34")]
    assert places == ["李家村", "杨柳村", "新华村", "桂林镇"]
    assert table.set_index("value").loc["23", "measure"] == "new"
    assert check_claims(table, report).inconsistent == 0


def test_listed_targets_and_the_progress_towards_each_are_read_and_checked():
    text = (
        "全年实现地区生产总值253.18亿元；一般公共预算收入13.17亿元。地区生产总值、一般公共预算"
        "收入分别完成规划目标250亿元、13亿元的10{}%和101.3%。规上工业总产值和固定资产投资分别"
        "完成年度目标的102.3%和98.6%。"
    )
    heading = "一、2025年和“十四五”时期工作回顾"
    report = parse_text(f"{heading}\n\n{text.format('1.3')}\n")
    table = claims_table(report).set_index("value")
    assert table.loc["250", "kind"] == "target" and table.loc["13", "kind"] == "target"
    assert table.loc["102.3", "kind"] == "actual"  # progress towards a target not printed
    result = check_claims(claims_table(report), report)
    assert result.inconsistent == 0
    judged = result.table[result.table.check == "share"]
    assert len(judged) == 2 and set(judged.verdict) == {"consistent"}
    wrong = parse_text(f"{heading}\n\n{text.format('3.2')}\n")  # 253.18/250 = 101.3%, not 103.2%
    result = check_claims(claims_table(wrong), wrong)
    assert result.inconsistent == 1
    assert "101.1%～101.5%" in result.table.query("verdict == 'inconsistent'").iloc[0].suggestion


def test_a_range_is_one_figure_of_a_list_and_its_ends_take_the_same_subject():
    report = parse_text(
        "二、2023年工作安排\n\n城镇和农村牧区常住居民人均可支配收入分别增长5.5%左右和7%—8%。"
        "推进城乡居民增收，城镇和农村牧区常住居民人均可支配收入分别增长5.5%左右和7%—8%。\n"
    )
    table = claims_table(report)
    pairs = list(zip(table.indicator, table.growth_pct, strict=True))
    once = [
        ("城镇居民人均可支配收入", "5.5"),
        ("农村居民人均可支配收入", "7"),
        ("农村居民人均可支配收入", "8"),
    ]
    assert pairs == once * 2
    assert check_claims(table, report).inconsistent == 0


def test_levels_reached_with_respectively_after_a_list_of_new_ones_are_the_stocks_of_its_items():
    report = parse_text(
        "一、2025年工作回顾\n\n新增国家级专精特新“小巨人”企业两家、省级专精特新中小企业8家，累计"
        "分别达到3家和21家。全年新增入规企业158家、退出47家，净增111家。\n"
    )
    table = claims_table(report).set_index("value")
    assert table.loc["8", "measure"] == "new"  # 新增 runs over the list
    assert table.loc["47", "measure"] == "level"  # 退出47家: no new ones
    assert table.loc["3", "name"] == "国家级专精特新小巨人企业"
    assert table.loc["21", "name"] == "省级专精特新中小企业"
    assert (table.loc["3", "measure"], table.loc["21", "parent"]) == ("level", "")
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_places_listed_in_the_clause_before_a_respectively_list_scope_its_figures():
    report = parse_text(
        "一、2019年工作回顾\n\n全镇14个行政村集体经济收入合计612.4万元，比上年的518.6万元增长18.1%。"
        "集体经济收入超过50万元的村达到4个，分别为东湖村、柳塘村、石桥村、新港村，集体经济收入分别为"
        "86.2万元、72.5万元、61.8万元和53.4万元。\n"
    )
    table = claims_table(report).set_index("value")
    scopes = [table.loc[v, "scope"] for v in ("86.2", "72.5", "61.8", "53.4")]
    assert scopes == ["东湖村", "柳塘村", "石桥村", "新港村"]
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_growths_with_respectively_belong_to_the_figures_joined_in_the_clause_before():
    report = parse_text(
        "一、2025年工作回顾\n\n丹霞湾景区成功创建国家5A级旅游景区，新增4A级旅游景区两个，全年接待游客"
        "836.4万人次、实现旅游综合收入62.8亿元，分别增长11.8%和14.2%。\n"
    )
    table = claims_table(report).set_index("value")
    assert (table.loc["836.4", "growth_pct"], table.loc["62.8", "growth_pct"]) == ("11.8", "14.2")
    assert len(table) == 3  # no growth left without its figure


def test_places_listed_before_respectively_take_the_measure_named_after_it_as_their_scope():
    report = parse_text(
        "一、2023年工作回顾\n\n全区规上工业总产值1021.46亿元，增长8.5%。东区、西区分别完成规上工业"
        "总产值618.35亿元和403.11亿元，分别增长10.0%和6.3%。分园区看，东区实现营业收入812.36亿元，"
        "增长11.1%；西区实现营业收入476.52亿元，增长6.1%。\n\n二、2024年工作安排\n\n入驻企业营业收入"
        "增长10%左右，达到1418亿元，其中东区达到900亿元、增长10.8%，西区达到518亿元、增长8.7%。\n"
    )
    table = claims_table(report).set_index("value")
    east = table.loc["618.35"]
    assert (east.indicator, east.scope) == ("规模以上工业总产值", "东区")
    assert table.loc["403.11", "scope"] == "西区"
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_a_list_that_opens_with_a_range_gives_each_subject_its_range():
    report = parse_text(
        "二、2025年工作安排\n\n城镇、农村居民人均可支配收入分别增长5%—5.5%和6%—6.5%。\n"
    )
    table = claims_table(report)
    assert list(zip(table.indicator, table.growth_pct, strict=True)) == [
        ("城镇居民人均可支配收入", "5"),
        ("城镇居民人均可支配收入", "5.5"),
        ("农村居民人均可支配收入", "6"),
        ("农村居民人均可支配收入", "6.5"),
    ]


def test_each_place_of_a_list_is_the_scope_of_its_own_figure():
    report = parse_text(
        "一、2017年工作回顾\n\n全区实现地区生产总值486.32亿元，增长9.6%。东区、西区和南区分别实现"
        "地区生产总值218.64亿元、165.35亿元和102.33亿元，分别增长10.5%、9.2%和8.4%。\n"
    )
    table = claims_table(report)
    assert list(table.scope) == ["", "东区", "西区", "南区"]


def test_places_named_before_each_figure_after_respectively_name_their_own_figures():
    report = parse_text(
        "芒允乡2021年政府工作报告\n一、2020年工作回顾\n\n全乡村集体经济收入合计68.4万元。其中，"
        "各村集体经济收入分别为芒允村14.2万元、南坝村12.6万元、允欠村41.6万元。\n"
    )
    table = claims_table(report)
    assert list(table.name)[-3:] == ["芒允村", "南坝村", "允欠村"]
    assert not table.indicator.iloc[-3:].any()


def test_a_name_with_he_inside_it_is_one_subject_of_a_list_cut_at_its_commas():
    report = parse_text(
        "一、2016年工作回顾\n\n全县一般公共预算支出38.62亿元，增长9.8%，其中教育、社会保障和就业、"
        "医疗卫生、农林水支出分别达到8.36亿元、5.12亿元、4.27亿元和7.85亿元。\n"
    )
    table = claims_table(report)
    named = dict(zip(table.value, table.name, strict=True))
    assert [named[v] for v in ("8.36", "5.12", "4.27", "7.85")] == [
        "教育支出",
        "社会保障和就业支出",
        "医疗卫生支出",
        "农林水支出",
    ]


def test_later_lists_of_growths_over_other_times_go_to_the_subjects_of_the_levels():
    report = parse_text(
        "一、2023年工作回顾\n\n全年接待游客5862.37万人次、实现旅游总收入612.84亿元，分别增长39.2%、"
        "43.0%；与2021年相比，分别增长20.2%、22.0%，两年平均分别增长9.6%和10.5%；游客人均花费"
        "1045元。\n"
    )
    table = claims_table(report)
    rows = table[table.growth_pct != ""]
    assert list(zip(rows.name, rows.growth_pct, strict=True)) == [
        ("接待游客", "39.2"),
        ("旅游总收入", "43.0"),
        ("接待游客", "20.2"),
        ("旅游总收入", "22.0"),
        ("接待游客", "9.6"),
        ("旅游总收入", "10.5"),
    ]


def test_totals_listed_after_new_ones_are_each_of_its_own_subject():
    report = parse_text(
        "一、2023年工作回顾\n\n新增农民合作社46家、家庭农场138家，总数分别达到1287家和2463家。\n"
    )
    table = claims_table(report)
    named = dict(zip(table.value, table.name, strict=True))
    assert (named["1287"], named["2463"]) == ("农民合作社", "家庭农场")


def test_the_subjects_of_a_list_start_after_the_semicolon_before_them():
    report = parse_text(
        "一、2023年工作回顾\n\n州府雾岭市实现地区生产总值512.36亿元，增长5.4%，占全州的41.7%，首位度进一步"
        "提升；云台县、三溪县、平岩县分别实现地区生产总值186.42亿元、158.77亿元、142.05亿元。\n"
    )
    table = claims_table(report)
    rows = table[table.value.isin(["186.42", "158.77", "142.05"])]
    assert list(zip(rows.indicator, rows.scope, strict=True)) == [
        ("地区生产总值", "云台县"),
        ("地区生产总值", "三溪县"),
        ("地区生产总值", "平岩县"),
    ]
