"""Regressions found by running the checker on many generated reports."""

from __future__ import annotations

import pytest

from indicators import claims_table, parse_text
from indicators.checking import check_claims
from indicators.place import detect_place


def _table_of(text: str):
    """The checks of a report's text."""
    report = parse_text(text)
    return check_claims(claims_table(report), report).table


def _checks(body: str):
    return _table_of(f"一、2022年工作回顾\n\n{body}\n")


def _verdicts_in(text: str, check: str) -> list[str]:
    """The verdicts of the checks of one kind of a report's text, in order."""
    table = _table_of(text)
    return table[table.check == check].verdict.tolist()


def _assert_no_alarm(text: str):
    """A report whose every relation holds raises no inconsistent finding: its checks."""
    table = _table_of(text)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    return table


def test_a_rate_above_100_percent_of_a_printed_count_is_inconsistent_not_a_crash():
    table = _checks("全镇共64283名选民参选，参选率达119.05%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["gap"] == "19.0450" and row["gap_unit"] == "个百分点"
    assert "超过 100%" in row["explanation"]


def test_a_rate_below_100_percent_of_a_printed_count_gives_its_base():
    table = _checks("全镇共64283名选民参选，参选率达96.05%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "not_assessable"
    assert "66924～66930" in row["explanation"]


def test_a_stated_fall_of_100_percent_is_judged_without_dividing_by_zero():
    table = _table_of(
        "一、2022年工作回顾\n\n2022年，全镇完成工业总产值12.5亿元。\n\n"
        "二、2023年工作安排\n\n2023年，工业总产值力争达到13.4亿元，比上年下降100%。\n"
    )
    [row] = table[table.check == "growth"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert "应约为" in row["explanation"] and "2022年工业总产值应约为" not in row["explanation"]


def test_a_count_that_changed_is_not_one_quantity_stated_twice():
    table = _checks("规上工业企业由28家增加到33家，新增高新技术企业3家。")
    assert "same_quantity" not in set(table.check)


def test_a_target_whose_previous_level_is_zero_is_projected_without_a_growth():
    from indicators.targets import project_targets

    report = parse_text(
        "一、2022年工作回顾\n\n2022年，全镇完成固定资产投资0亿元。\n\n"
        "二、2023年工作安排\n\n2023年，固定资产投资力争达到3亿元，增长10%。\n"
    )
    claims = claims_table(report)
    derived = check_claims(claims, report).derived_table
    [row] = project_targets(claims.astype(str).where(claims.notna(), ""), derived).to_dict(
        "records"
    )
    assert row["implied_growth_pct"] == "" and "水平不为正" in row["note"]


def test_a_share_naming_an_unprinted_whole_is_not_judged_against_other_figures():
    checks = _table_of(
        "一、2023年工作回顾\n\n规上工业企业达到156家，新增18家。固定资产投资增长9.1%，"
        "其中工业投资增长15.6%，占固定资产投资比重达到38.5%。\n"
    )
    assert "share" not in set(checks.check)  # 38.5% is of investment, which has no level here


def test_parts_listed_with_the_rest_add_up_to_their_total():
    def sums(text):
        report = parse_text("一、2023年工作回顾\n\n" + text + "\n")
        checks = check_claims(claims_table(report), report).table
        return checks[checks.check == "sum"].verdict.tolist()

    listed = "粮食播种面积12.8万亩，其中水稻9.6万亩，玉米2.1万亩，其他作物{}万亩。"
    assert sums(listed.format("1.1")) == ["consistent"]
    assert sums(listed.format("1.5")) == ["inconsistent"]  # 13.2 is not 12.8
    # Without the rest, the listed parts need not cover the total.
    assert sums("粮食播种面积12.8万亩，其中水稻9.6万亩，玉米2.1万亩。") == []


def _verdicts(table, check: str) -> list[tuple[str, str]]:
    rows = table[table.check == check]
    return list(zip(rows.indicators, rows.verdict, strict=True))


def test_a_target_growth_range_is_one_range_not_two_conflicting_rates():
    report = parse_text(
        "一、2023年工作回顾\n\n全县社会消费品零售总额136.4亿元。\n\n"
        "二、2024年主要目标\n\n社会消费品零售总额145.5亿元，增长6%—7%。\n"
    )
    table = check_claims(claims_table(report), report).table
    [row] = table[table.check == "growth"].to_dict("records")
    assert row["verdict"] == "consistent"  # 6.67% lies in 6%—7%
    assert row["stated"] == "145.5 亿元，增长 6%—7%"
    claims = claims_table(report)
    assert list(claims.link) == ["", "range_low", "range_high"]


def test_a_share_naming_its_own_part_is_not_the_share_of_the_figure_before():
    """服务业增加值占…比重 after the GDP figures: its part (服务业增加值) is not printed, and
    the rate it rose from is no share of this year's figures."""
    table = _checks(
        "全区地区生产总值由2017年的402.5亿元增加到612.8亿元；服务业增加值占地区生产总值比重由"
        "64.2%提高到71.5%，提高7.3个百分点。"
    )
    assert table[table.check == "share"].empty


def test_a_rate_of_a_count_among_a_count_and_its_earlier_rate():
    """在28家非公企业中建立党组织21个: 75.0% is 21 of 28; the 68.0% before is last year's."""
    table = _checks("在辖区28家非公企业中建立党组织21个，非公企业党组织覆盖率由68.0%提高到75.0%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent"
    assert row["recomputed"] == "75.00%"
    assert "68.0%" not in row["stated"]
    table = _checks("在辖区28家非公企业中建立党组织21个，非公企业党组织覆盖率达到78.6%。")
    assert _verdicts(table, "share")[0][1] == "inconsistent"


def test_new_registrations_are_not_the_stock_they_add_to():
    table = _checks("全年新登记市场主体1.26万户，增长14.3%，市场主体总量达到8.7万户。")
    assert table[table.check == "same_quantity"].empty
    claims = claims_table(
        parse_text("一、2022年工作回顾\n\n新引进企业37家，其中规模以上企业5家。\n")
    )
    assert list(claims.measure) == ["new", "new"]


def test_a_level_word_completes_the_growth_before_it():
    """地区生产总值增长6%左右，总量达到338亿元左右: 总量 is the level of that growth."""
    report = parse_text(
        "一、2023年工作回顾\n\n全县地区生产总值318.6亿元。\n\n"
        "二、2024年主要目标\n\n地区生产总值增长6%左右，总量达到338亿元左右。\n"
    )
    claims = claims_table(report)
    assert claims[["indicator", "period", "kind", "value", "growth_pct"]].values.tolist()[1] == [
        "地区生产总值",
        "2024",
        "target",
        "338",
        "6",
    ]
    table = check_claims(claims, report).table
    assert _verdicts(table, "growth") == [("地区生产总值", "consistent")]


def test_exports_and_imports_add_up_to_the_trade_total():
    table = _checks("全县进出口326.5亿元，其中出口205.3亿元，进口118.7亿元。")
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("324.0 亿元")


def test_a_growth_of_a_concentration_is_checked():
    table = _checks("PM2.5平均浓度由上年的34微克/立方米下降到31微克/立方米，下降12.8%。")
    [row] = table[table.check == "growth"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["recomputed"].startswith("-8.82%")


def test_progress_towards_a_whole_year_target_printed_inline():
    """1-6月完成工业总产值61.35亿元，完成全年目标125亿元的49.1%: 125 is the year's target of
    工业总产值, and 49.1% is 61.35 of it."""
    report = parse_text(
        "一、2023年上半年工作回顾\n\n1-6月，全镇完成工业总产值61.35亿元，完成全年目标125亿元的49.1%。"
        "1-6月完成税收收入3.82亿元，完成全年任务7.2亿元的55.1%。\n"
    )
    claims = claims_table(report)
    assert claims[["indicator", "period", "kind", "value"]].values.tolist()[:2] == [
        ["工业总产值", "2023-01..2023-06", "actual", "61.35"],
        ["工业总产值", "2023", "target", "125"],
    ]
    table = check_claims(claims, report).table
    assert table[table.check == "share"].verdict.tolist() == ["consistent", "inconsistent"]


def test_items_listed_then_summed_with_heji_must_add_up():
    table = _checks(
        "全年完成高标准农田建设1.2万亩、土地整治0.35万亩、撂荒地复耕0.28万亩，合计1.93万亩。"
        "新建道路8.6公里、改造12.3公里、硬化5.2公里，合计26.1公里。"
    )
    assert table.check.tolist() == ["sum", "sum"]
    assert table.verdict.tolist() == ["inconsistent", "consistent"]
    assert table.explanation.iloc[0].startswith(
        "2022 年高标准农田建设 1.2 万亩、土地整治 0.35 万亩和撂荒地复耕 0.28 万亩加总为 1.83 万亩"
    )


def test_a_share_with_its_whole_printed_inside():
    table = _checks(
        "砂糖橘种植面积1.6万亩，占全镇耕地面积7.5万亩的23.3%。流转土地1150亩，占全街道耕地面积"
        "2987亩的38.5%。"
    )
    assert table.check.tolist() == ["share", "share"]
    assert table.verdict.tolist() == ["inconsistent", "consistent"]


def test_parts_that_together_cover_any_whole_add_up_to_it():
    """续建 and 新开工 projects are all the projects: 38 + 45 is not 86."""
    table = _checks("全年实施县级重点项目86个，其中续建项目38个、新开工项目45个。")
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["gap"] == "3"
    assert row["explanation"].startswith("“续建项目 38 个”和“新开工项目 45 个”合计 83 个，与")
    table = _checks("全年实施重点项目86个，其中续建项目38个、工业项目30个。")
    assert "sum" not in set(table.check)  # not a cover of the whole: each part only ≤ total


def test_shares_of_wholes_that_are_not_printed_are_not_judged():
    """Each share names a whole this report does not print (营业收入, the county's totals, the
    pupils): none is judged against the figures before it."""
    table = _checks(
        "园区到位资金85.3亿元。企业研发经费投入8.92亿元，占营业收入的2.85%。完成规上工业总产值"
        "286.4亿元，占全县规上工业总产值的63.8%。完成税收收入11.36亿元，较上年增加2.1亿元，"
        "占全县税收收入的48.5%。消除空壳村4个。全乡适龄儿童入学率100%，初中巩固率96.8%。"
    )
    assert "share" not in set(table.check)
    assert "inconsistent" not in set(table.verdict)


def test_a_heji_after_parts_under_qizhong_sums_them_and_restates_the_total():
    """其中A、B、C，合计86个: the three add up to 86, which restates the total before 其中."""
    table = _checks(
        "全年实施重点项目86个，其中新开工项目32个、竣工投产项目21个、在建续建项目33个，合计86个。"
    )
    assert table[["check", "verdict"]].values.tolist() == [
        ["same_quantity", "consistent"],
        ["sum", "consistent"],
    ]
    # A 合计 of another value sums the parts listed, which need not cover the total before
    # (三大主导产业分别完成…，合计…): it is no second statement of that total, but a part of it.
    table = _checks(
        "全年实施重点项目88个，其中新开工项目32个、竣工投产项目21个、在建续建项目33个，合计86个。"
    )
    assert sorted(table[["check", "verdict"]].values.tolist()) == [
        ["part_of_whole", "consistent"],
        ["sum", "consistent"],
    ]


def test_a_figure_of_a_park_is_a_part_of_the_county_not_a_second_statement():
    report = parse_text(
        "一、2020年工作回顾\n\n全县规模以上工业总产值306.7亿元。工业园区实现规模以上工业总产值168.5亿元，"
        "占全县规模以上工业总产值的54.9%。\n"
    )
    claims = claims_table(report)
    assert claims.scope.tolist() == ["", "工业园区", ""]
    table = check_claims(claims, report).table
    assert table[["check", "verdict"]].values.tolist() == [["share", "consistent"]]


def test_progress_towards_a_target_handed_down_by_the_county():
    table = _checks(
        "全年完成规上工业总产值286.4亿元，较上年的235.5亿元增加50.9亿元，完成县下达目标任务270亿元"
        "的106.1%。完成固定资产投资8650万元，完成年度目标任务8000万元的112.5%。"
    )
    assert table[["check", "verdict"]].values.tolist() == [
        ["change_amount", "consistent"],
        ["share", "consistent"],  # of 286.4, not of the change 50.9
        ["share", "inconsistent"],
    ]
    assert table.explanation.iloc[2].startswith(
        "2022 年固定资产投资 8650 万元为 2022 年年度目标任务 8000 万元的 108.13%"
    )
    assert table.suggestion.iloc[2] == "年度目标任务 108.1%；或固定资产投资 8995～9005 万元"


def test_a_level_compared_with_last_years_printed_level():
    """比上年的221.8亿元增长45.9%: 221.8 is last year's level; the growth is of 312.6."""
    report = parse_text(
        "一、2021年工作回顾\n\n实现旅游总收入312.6亿元，比上年的221.8亿元增长45.9%。园区实现营业收入"
        "286.4亿元，较2020年的235.5亿元增加50.9亿元，同比增长21.6%。\n"
    )
    claims = claims_table(report)
    assert claims[["name", "period", "value", "growth_pct", "link"]].values.tolist() == [
        ["旅游总收入", "2021", "312.6", "45.9", "changed_from"],
        ["旅游总收入", "2020", "221.8", "", ""],
        ["园区实现营业收入", "2021", "286.4", "21.6", "changed_from"],
        ["园区实现营业收入", "2020", "235.5", "", ""],
        ["园区实现营业收入", "2021", "50.9", "", "change_of"],
    ]
    table = check_claims(claims, report).table
    assert table[["check", "verdict"]].values.tolist() == [
        ["growth", "inconsistent"],
        ["growth", "consistent"],
        ["change_amount", "consistent"],
    ]


def test_a_total_named_only_zongshu_and_a_net_change_before_it():
    """净增45家、总数由218家增加到256家: 总数 is the total of 专精特新中小企业, and 45 its
    change (38 by the two levels)."""
    report = parse_text(
        "一、2023年工作回顾\n\n省级专精特新中小企业净增45家、总数由218家增加到256家。"
        "高新技术企业新增120家，总数达到1052家。\n"
    )
    claims = claims_table(report)
    assert claims[["name", "period", "value", "measure"]].values.tolist() == [
        ["省级专精特新中小企业", "2023", "45", "change"],
        ["省级专精特新中小企业", "2022", "218", "level"],
        ["省级专精特新中小企业", "2023", "256", "level"],
        ["高新技术企业", "2023", "120", "new"],
        ["高新技术企业", "2023", "1052", "level"],
    ]
    table = check_claims(claims, report).table
    assert table[["check", "verdict", "gap"]].values.tolist() == [
        ["count_change", "inconsistent", "7"]
    ]


def test_tax_and_non_tax_revenue_under_qizhong_add_up_to_the_budget_revenue():
    table = _checks("完成一般公共预算收入12.68亿元，其中税收收入9.34亿元，非税收入3.43亿元。")
    assert table[["check", "verdict"]].values.tolist() == [["sum", "inconsistent"]]


def test_an_amount_of_the_first_months_never_exceeds_the_whole_year():
    table = _table_of(
        "一、2023年工作回顾\n\n1—11月地区生产总值1592.5亿元，各项存款余额320亿元。全年地区生产总值"
        "1536.8亿元，年末各项存款余额310亿元。上半年一般公共预算收入5.2亿元，全年10.8亿元。\n"
    )
    rows = table[table.check == "part_of_whole"]
    assert rows[["indicators", "verdict"]].values.tolist() == [
        ["地区生产总值", "inconsistent"],
        ["一般公共预算收入", "consistent"],
    ]  # a balance (存款余额) is a stock at a date: no check
    assert rows.explanation.iloc[0].startswith(
        "2023 年 1—11 月地区生产总值 1592.5 亿元超过了 2023 年地区生产总值 1536.8 亿元"
    )


def test_net_changes_sums_after_gong_and_balances_against_the_start_of_the_year():
    table = _checks(
        "全年净增规上工业企业87家，总数达到1356家。在辖区48家非公企业中建立党组织，覆盖率达到82.8%。"
        "各项贷款余额3286.5亿元，比年初增加368.2亿元，增长12.6%。网格员、楼栋长和志愿者分别为126名、"
        "318名和1460名，共1804名。"
    )
    assert table[["check", "verdict", "recomputed"]].values.tolist()[0] == [
        "count_change",
        "not_assessable",
        "上年 1269 家",  # 87 is the net change to 1356, not a second count of the enterprises
    ]
    assert table[["check", "verdict"]].values.tolist()[1:] == [
        ["growth", "not_assessable"],
        ["change_amount", "consistent"],  # 368.2 on 2918.3 at the start of the year is 12.6%
        ["sum", "inconsistent"],  # 126 + 318 + 1460 is 1904
    ]  # 48 are those with a party organisation, no count of all the firms


def test_taxes_passed_up_are_their_own_indicator_and_add_up_to_the_total_revenue():
    """上划中央、省、市税收 is not the place's 税收收入; with 一般公共预算收入 it is 财政总收入."""
    table = _checks(
        "全年一般公共预算收入9.86亿元，其中税收收入7.12亿元，非税收入2.74亿元。上划中央、省、市税收"
        "11.35亿元；财政总收入21.21亿元。"
    )
    assert "same_quantity" not in set(table.check)
    sums = table[table.check == "sum"]
    assert sorted(sums[["indicators", "verdict"]].values.tolist()) == [
        ["一般公共预算收入; 税收收入; 非税收入", "consistent"],
        ["财政总收入; 一般公共预算收入; 上划税收", "consistent"],
    ]


def test_a_heji_followed_by_qizhong_sums_only_the_items_before_it():
    table = _checks(
        "茶叶、油茶、中药材种植面积分别达到12600亩、8500亩和3200亩，合计24300亩，其中茶叶新增1800亩。"
    )
    assert table[["check", "verdict"]].values.tolist() == [["sum", "consistent"]]


def test_progress_towards_a_plan_printed_before_the_actual():
    report = parse_text(
        "一、2018年工作回顾\n\n全县实施重点项目86个，年度计划投资60亿元，实际完成投资68.5亿元，"
        "完成年度计划的108.6%。\n"
    )
    claims = claims_table(report)
    assert claims.kind.tolist() == ["actual", "target", "actual", "actual"]  # 实际 after 计划
    table = check_claims(claims, report).table
    assert table[["check", "verdict"]].values.tolist() == [["share", "inconsistent"]]


@pytest.mark.parametrize("qualifier", ["", "以上", "以下", "左右", "以内"])
@pytest.mark.parametrize("before", ["", "近", "超过", "不低于", "约"])
@pytest.mark.parametrize("rate", ["0", "45", "90", "100", "120"])
def test_a_rate_of_a_printed_count_with_any_qualifier_is_judged_without_failing(
    qualifier, before, rate
):
    """A rate after a count, with every qualifier and bound (90%以上 has no upper end)."""
    table = _checks(
        f"组织村民免费体检2次，共检查老人45人，老人体检率达到{before}{rate}%{qualifier}。"
    )
    assert set(table.verdict) <= {"consistent", "inconsistent", "not_assessable"}


def test_round_four_review_phrasings():
    """Averages over different spans, a 合计 and the next item of its sentence, a share's whole
    after 占, a count that may be the base of its rate, and spans to the year reported on."""
    table = _checks(
        "低保户23户41人、五保户6户6人，合计29户47人；脱贫户58户213人，监测户3户9人。累计完成改厕"
        "8960户，占全镇农户总数9676户的92.6%。地区生产总值两年平均增长5.3%，三年平均增长4.9%。"
        "排查化解矛盾纠纷214起，化解率98.1%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert table[["check", "verdict"]].values.tolist() == [
        ["share", "consistent"],  # 8960 of 9676
        ["share", "not_assessable"],  # 214 may be the disputes handled or all of them
    ]
    report = parse_text(
        "一、2024年工作回顾\n\n“十四五”以来，全县地区生产总值由2020年的221.4亿元增加到286.35亿元，"
        "年均增长6.6%。\n"
    )
    claims = claims_table(report)
    assert claims.growth_basis.tolist() == ["", "2021..2024年均"]
    checks = check_claims(claims, report).table
    assert checks[["check", "verdict"]].values.tolist() == [["average_growth", "consistent"]]


def test_a_figure_of_another_unit_after_the_parts_is_no_part():
    table = _checks(
        "建设保障性住房12350套，其中公共租赁住房5420套、经济适用住房3860套、限价商品房3070套，"
        "2.6万户群众住房条件得到改善。"
    )
    assert table[["verdict"]].values.ravel().tolist() == ["consistent"] * 4  # with the kinds


def test_false_alarm_hunt_parts_zones_and_earlier_levels():
    """Each of these relations holds: a part under 其中 of the same indicator, a zone's GDP
    beside the city's sectors, a figure after the parts in another unit, a share of this
    year's level after last year's, the parts of a place listed with 分别."""
    table = _checks(
        "全市地区生产总值3856.42亿元，增长5.6%，其中第一产业增加值231.39亿元，第二产业增加值"
        "1542.57亿元，第三产业增加值2082.46亿元。青岚高新区实现地区生产总值612.5亿元，增长7.2%。"
        "实际使用外资4.62亿美元，其中制造业实际使用外资18650万美元，占40.4%。"
        "办理事项18642件，比上年的16875件增长10.5%，其中线上办理5218件，占28.0%。"
        "全区工业总产值1286.4亿元，东区、西区工业总产值分别为738.5亿元和547.9亿元。"
        "新建改建园区道路18.6公里，其中新建主干道12.4公里、改建支路6.2公里；新增污水管网21.6公里。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    report = parse_text(
        "一、2022年工作回顾\n\n达成就业意向1286人。开展文化活动326场，其中线上58场、线下268场，"
        "参与群众4.2万人次。\n"
    )
    claims = claims_table(report)
    assert claims.parent.tolist() == ["", "", "开展文化活动", "开展文化活动", ""]


def test_false_alarm_hunt_scopes_bases_of_multiples_and_rates_of_stocks():
    """园区 growth beside the county's, 全口径 beside the budget's tax, the level printed with
    the base of a multiple, a rate of the stock after new ones, a coverage rate that shares a
    word with places of another kind: each holds or is not judged."""
    table = _checks(
        "全县规上工业增加值增长5.3%，园区规上工业增加值增长7.6%。税收收入15.48亿元，全口径税收收入"
        "32.75亿元。市场主体总数达到3126户，是2016年1942户的1.6倍，其中企业612户、个体工商户2458户。"
        "全区养老床位达到8650张，其中护理型床位5389张；全年新增养老床位860张，其中护理型床位520张，"
        "护理型床位占比达到62.3%。新增学位8100个，其中幼儿园学位1800个。普惠性幼儿园覆盖率91.2%。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    share = table[table.check == "share"].iloc[0]
    assert (share.verdict, share.recomputed) == ("consistent", "62.30%")


def test_false_alarm_hunt_tenths_per_mu_changes_and_a_total_compared_with_last_year():
    """四成 and 七成 are 40% and 70%; 亩均税收 is no tax total; a share after a change is of the
    level; 比上年的39.5万只 after the parts under 其中 is last year's total."""
    table = _checks(
        "规上工业总产值402.5亿元，战略性新兴产业产值163.2亿元，占规上工业总产值的比重达到四成。"
        "固定资产投资86.4亿元，其中工业投资61.2亿元，占固定资产投资的七成。园区预计实现税收43.5亿元，"
        "亩均税收15.0万元。高新技术企业由67家增加到78家，新增11家，增长16.4%，规上工业企业总数达到"
        "163家，高新技术企业占规上工业企业总数的47.9%。家禽出栏42.6万只，其中鸡31.8万只、鸭8.5万只、"
        "鹅2.3万只，比上年的39.5万只增加3.1万只。集体经济收入68.4万元，其中经营性收入42.6万元，"
        "比上年的35.1万元增长17.4%。"
    )
    bad = table[table.verdict == "inconsistent"]
    assert bad[["check", "indicators"]].values.tolist() == [["growth", "经营性收入"]]  # 21.4%
    assert set(table[table.check == "share"].verdict) == {"consistent"}


def test_named_parts_of_the_place_are_scopes_but_the_place_itself_is_not():
    """滨江街道, 青山乡, 各乡镇: figures of parts, no second statements of the whole's; 河口镇 in
    河口镇's own report is the whole; 全区, 全县 in a town's report are wider places."""
    report = parse_text(
        "河口镇人民政府工作报告\n\n一、2020年工作回顾\n\n全区全口径税收收入86.74亿元，增长5.8%。"
        "滨江街道全口径税收收入12.6亿元，增长9.8%。全县农村居民人均可支配收入21934元，增长7.6%。"
        "分乡镇看，青山乡农村居民人均可支配收入19876元，增长9.2%。全县规上工业总产值318.6亿元，"
        "增长9.4%，各乡镇合计完成规上工业总产值114.3亿元，增长3.8%。河口镇规上工业企业由12家增加到"
        "15家。\n"
    )
    claims = claims_table(report)
    scopes = [s for s in claims.scope if s]
    assert scopes == ["全区", "滨江街道", "全县", "青山乡", "全县", "各乡镇"]
    table = check_claims(claims, report).table
    assert "same_quantity" not in set(table.check)


def test_an_increase_of_a_total_is_no_total_of_its_parts():
    """总量比上年增加36.69亿元 is a change of the GDP, not the GDP its three sectors add up to."""
    table = _checks(
        "全年实现地区生产总值456.86亿元，按可比价格计算增长8.7%，总量比上年增加36.69亿元。"
        "第一产业增加值28.46亿元，增长3.0%；第二产业增加值231.87亿元，增长8.2%；第三产业增加值"
        "196.53亿元，增长10.3%。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "consistent" and row["stated"].startswith("地区生产总值 456.86")


def test_the_own_level_of_a_district_is_its_own_tax_and_other_levels_keep_their_words():
    """In a district's report 区级税收收入 is the district's own tax (本级); in a town's report
    it is the district's share, a figure of its own that is never the town's 税收收入."""
    body = (
        "一、2019年工作回顾\n\n预计全年全口径税收收入86.74亿元，增长5.8%；区级税收收入31.26亿元，"
        "增长6.3%。\n\n二、2020年工作安排\n\n全口径税收收入91.1亿元，增长5%；区级税收收入33.1亿元，"
        "增长6%。\n"
    )
    district = parse_text("江滨区人民政府工作报告\n\n" + body)
    claims = claims_table(district)
    own = claims[claims.name == "区级税收收入"]
    assert set(own.indicator) == {"本级税收收入"}
    table = check_claims(claims, district).table
    assert set(table.verdict) == {"consistent", "not_assessable"}
    assert "33.1" in " ".join(table[table.verdict == "consistent"].stated)
    town = parse_text("河口镇人民政府工作报告\n\n" + body)
    claims = claims_table(town)
    assert set(claims[claims.name == "区级税收收入"].indicator) == {""}
    assert "inconsistent" not in set(check_claims(claims, town).table.verdict)


def test_urban_and_rural_residents_income_in_the_wordings_of_the_resident_population():
    """城镇常住居民 and 农村牧区常住居民: two indicators, not two statements of one."""
    report = parse_text(
        "一、2021年工作回顾\n\n城镇常住居民人均可支配收入41256元，增长7.1%；农村牧区常住居民人均"
        "可支配收入19864元，增长10.8%；全体常住居民人均可支配收入31520元，增长8.2%。\n"
    )
    claims = claims_table(report)
    assert claims.indicator.tolist() == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "城乡居民人均可支配收入",
    ]
    assert "same_quantity" not in set(check_claims(claims, report).table.check)


def test_the_time_of_an_earlier_value_is_not_the_year_of_later_time_words():
    """由2020年末的86万千瓦: 2020 is the time of 86 alone; 全年 after it is still 2021."""
    report = parse_text(
        "一、2021年工作回顾\n\n新能源装机容量由2020年末的86万千瓦增加到148万千瓦，增长72.1%，全年新增"
        "62万千瓦。全年实施重点项目56个，其中续建项目21个、新建项目35个。全年接待游客近120万人次。\n"
    )
    claims = claims_table(report)
    assert claims[["value", "period"]].values.tolist() == [
        ["86", "2020"],
        ["148", "2021"],
        ["62", "2021"],
        ["56", "2021"],
        ["21", "2021"],
        ["35", "2021"],
        ["120", "2021"],
    ]


def test_an_increase_in_revenue_is_a_change_and_the_parts_after_it_are_of_the_revenue():
    """增收2.24亿元 is the change of 一般公共预算收入; the parts under 其中 are of the revenue."""
    table = _checks(
        "一般公共预算收入14.26亿元，增长18.6%，增收2.24亿元，其中税收收入10.85亿元、非税收入"
        "3.41亿元，分别增长21.4%和10.7%。"
    )
    judged = table[table.verdict != "not_assessable"]
    assert judged[["check", "verdict"]].values.tolist() == [
        ["change_amount", "consistent"],
        ["sum", "consistent"],
    ]


def test_a_round_threshold_passed_restates_the_level_before_it():
    """首次突破千亿元大关 restates 1082.6亿元: the change and growth after it are of that level,
    and the parts under 其中 are of it; 超过80亿元目标 is a target of its own."""
    report = parse_text(
        "一、2023年工作回顾\n\n全年完成规上工业总产值1082.6亿元，首次突破千亿元大关，比上年增加"
        "110.8亿元，增长11.4%；其中高技术制造业产值312.8亿元，增长13.6%。完成投资85亿元，超过"
        "80亿元目标。\n"
    )
    claims = claims_table(report)
    assert claims[["name", "value", "growth_pct", "parent", "kind"]].values.tolist() == [
        ["规上工业总产值", "1082.6", "11.4", "", "actual"],
        ["规上工业总产值", "110.8", "", "", "actual"],
        ["高技术制造业产值", "312.8", "13.6", "规模以上工业总产值", "actual"],
        ["投资", "85", "", "", "actual"],
        ["", "80", "", "", "target"],
    ]
    table = check_claims(claims, report).table
    judged = table[table.verdict != "not_assessable"]
    assert judged[["check", "verdict"]].values.tolist() == [
        ["change_amount", "consistent"],
        ["part_of_whole", "consistent"],
    ]


def test_parts_with_growths_add_up_and_no_part_is_of_a_target():
    """税收收入 and 非税收入 with their growths must add up to the revenue; 经营性收入 after
    完成年初确定的60万元目标的114.0% is a part of the income, not of the target."""
    table = _checks(
        "完成一般公共预算收入14.26亿元，其中税收收入10.85亿元、非税收入3.45亿元，分别增长21.4%和"
        "10.7%。村集体经济收入68.4万元，完成年初确定的60万元目标的114.0%。其中，经营性收入42.6万元，"
        "增长17.4%。"
    )
    judged = table[table.verdict != "not_assessable"]
    rows = judged[["check", "verdict", "gap"]].values.tolist()
    assert rows == [["sum", "inconsistent", "0.0250"]]


def test_shares_of_listed_places_in_the_whole_place_are_of_its_figure():
    """城关镇和河口镇占全县的比重依次为13.4%和7.4%: of the county's 318.6, not of the towns'
    total 114.3 that the parts are listed under."""
    body = (
        "全县规上工业总产值318.6亿元，增长9.4%。各乡镇合计完成规上工业总产值114.3亿元，增长3.8%，"
        "其中城关镇42.6亿元、河口镇23.5亿元、其他乡镇48.2亿元，城关镇和河口镇占全县的比重依次为"
        "13.4%和{}%。"
    )
    table = _checks(body.format("7.4"))
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent", "consistent"]
    assert all("318.6" in e for e in shares.explanation)
    table = _checks(body.format("7.9"))
    assert table[table.check == "share"].verdict.tolist() == ["consistent", "inconsistent"]


def test_new_ones_after_a_level_are_its_additions_and_the_growth_and_share_are_the_levels():
    """新增11家 after 由67家增加到78家 adds to 78: the growth 16.4% and the share 47.9% are of 78
    (78/67 and 78/163), not of the 11 new ones; 新增46家 after 总数达到158家 likewise."""
    report = parse_text(
        "一、2023年工作回顾\n\n全年新增规上工业企业18家，总数达到163家，增长12.4%。高新技术企业由67家"
        "增加到78家，新增11家，增长16.4%，占规上工业企业总数的47.9%。科技型中小企业总数达到158家，"
        "全年新增46家，比上年增长41.1%。\n"
    )
    claims = claims_table(report)
    assert claims[["name", "value", "growth_pct", "measure"]].values.tolist() == [
        ["规上工业企业", "18", "", "new"],
        ["规上工业企业", "163", "12.4", "level"],
        ["高新技术企业", "67", "", "level"],
        ["高新技术企业", "78", "16.4", "level"],
        ["高新技术企业", "11", "", "new"],
        ["占规上工业企业总数", "47.9", "", "level"],
        ["科技型中小企业总数", "158", "41.1", "level"],
        ["科技型中小企业总数", "46", "", "new"],
    ]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "78" in share["explanation"]


def test_two_sums_named_only_heji_are_not_one_quantity():
    table = _table_of(
        "一、2017年工作回顾\n\n发放粮食直补资金126万元、农资综合补贴93万元、良种补贴18万元，"
        "合计237万元。\n\n新修村道投入资金312万元、水利设施投入资金280万元，合计592万元。\n"
    )
    assert "same_quantity" not in set(table.check)
    assert table[table.check == "sum"].verdict.tolist() == ["consistent", "consistent"]


def test_a_village_named_in_a_wording_and_bounds_each_member_reaches():
    """新塘村集体经济收入 is the village's (scope 新塘村); 均超过20万元 and 全部超过10万元 bound
    each village: none is a second statement of the villages' total, nor a total of parts."""
    report = parse_text(
        "一、2020年工作回顾\n\n村集体经济收入538.6万元，增长16.5%，12个村集体经济收入均超过20万元，"
        "其中新塘村集体经济收入由2016年的3.2万元增加到48.6万元。全乡7个行政村集体经济收入全部超过"
        "10万元，其中3个村超过20万元。力争村集体经济收入突破600万元。\n"
    )
    claims = claims_table(report)
    money = claims[claims.unit == "万元"]
    assert money[["value", "scope", "measure"]].values.tolist() == [
        ["538.6", "", "level"],
        ["20", "", "each"],
        ["3.2", "新塘村", "level"],
        ["48.6", "新塘村", "level"],
        ["10", "", "each"],
        ["20", "", "each"],
        ["600", "", "level"],
    ]
    table = check_claims(claims, report).table
    assert "same_quantity" not in set(table.check)
    parts = table[table.check == "part_of_whole"]
    assert set(parts.verdict) == {"consistent"}
    assert sorted(s.split(" ≤ ")[0] for s in parts.stated) == [
        "农村集体经济收入 48.6 万元",  # 新塘村's, of all the villages' 538.6
        "村超过 3 个",  # 3 of the 7 villages
    ]


def test_livestock_in_head_and_heads_a_parenthetical_of_which_and_a_holiday_week():
    """万头只 counts cattle and sheep together, so 牛万头 + 羊万只 + 其他万头只 add up to it;
    其中 inside （…） ends with it (嘎查村 are no 苏木镇); 国庆假期 is part of the year."""
    table = _checks(
        "牧业年度牲畜存栏186.4万头只，增长3.2%，其中牛28.6万头、羊152.3万只、其他牲畜5.5万头只。"
        "全旗辖九个苏木镇（其中苏木五个、镇四个），八十六个嘎查村，户籍人口12.86万人。"
        "全年接待游客42.68万人次，增长12%。国庆假期7天接待游客3.86万人次。"
    )
    [total] = table[table.check == "sum"].to_dict("records")
    assert total["verdict"] == "consistent"
    assert total["explanation"].startswith("“牛 28.6 万头”、“羊 152.3 万只”和")
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)


def test_shares_of_the_whole_they_name_and_bases_of_one_change_only():
    """占上报总数的70.7% is of 上报 38642, not of 办结, the total 其中 follows; 服务业税收 is no
    tax total, and its share is of the tax it can be a part of, not of the smaller 街道级 tax;
    较上年的49.72亿元 is the base of 53.2 only, never of the next figure."""
    table = _checks(
        "预计全年实现营业收入53.2亿元，较上年的49.72亿元增长7.0%。限额以上批发零售业实现销售额"
        "126.85亿元，同比增长5.2%。预计全年完成全口径税收收入21.65亿元，增长4.8%，其中街道级税收"
        "收入3.12亿元；服务业税收18.71亿元，占比86.4%。上报各类事件38642件，办结38105件，办结率"
        "98.6%，其中在网格内自行处置27318件，占上报总数的70.7%。工业税收15.26亿元。"
    )
    assert "inconsistent" not in set(table.verdict)
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent", "consistent", "not_assessable"]
    assert "21.65" in shares.explanation.iloc[0] and "38642" in shares.explanation.iloc[1]
    assert "same_quantity" not in set(table.check)


def test_lists_of_years_and_of_months_give_each_figure_its_period():
    report = parse_text(
        "一、2020年工作回顾\n\n2016年至2020年分别减贫8652人、10237人、9168人、5033人和3428人。"
        "1—11月，营业收入48.36亿元，其中10月、11月分别实现4.54亿元和4.68亿元。\n"
    )
    claims = claims_table(report)
    assert claims[["value", "period"]].values.tolist() == [
        ["8652", "2016"],
        ["10237", "2017"],
        ["9168", "2018"],
        ["5033", "2019"],
        ["3428", "2020"],
        ["48.36", "2020-01..2020-11"],
        ["4.54", "2020-10..2020-10"],
        ["4.68", "2020-11..2020-11"],
    ]


def test_figures_in_brackets_complete_the_claim_before_them():
    """迈上六百亿元新台阶（612.38亿元） is 612.38; （增长16.3%） is the growth of the figure
    before it, no scope; （达到51.5亿元左右） is the level of the target growth before it. The
    ends of a range in brackets after a range of growth are left alone."""
    report = parse_text(
        "一、2023年工作回顾\n\n地区生产总值迈上六百亿元新台阶（612.38亿元），同比增长5.8%。规上工业企业"
        "总数达到612家（增长16.3%）。一般公共预算收入48.62亿元。\n\n二、2024年目标\n\n地区生产总值增长"
        "5%—6%（达到643亿元—649亿元）；一般公共预算收入增长6%左右（达到51.5亿元左右）。\n"
    )
    claims = claims_table(report)
    rows = claims[["name", "value", "growth_pct", "scope", "kind"]].values.tolist()
    assert rows[:3] == [
        ["地区生产总值", "612.38", "5.8", "", "actual"],
        ["规上工业企业", "612", "16.3", "", "actual"],
        ["一般公共预算收入", "48.62", "", "", "actual"],
    ]
    assert ["一般公共预算收入", "51.5", "6", "", "target"] in rows
    assert "612.38" in claims.quote.iloc[0]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    assert "consistent" in set(table[table.check == "growth"].verdict)  # 48.62 × 1.06


def test_parts_of_kinds_that_exclude_each_other_add_up_to_no_more_than_the_total():
    """工业, 现代农业 and 文旅 projects cannot overlap: 7 + 5 + 4 is more than 15. Parts that may
    overlap (亿元以上项目 of any sector, 民间投资) are left out of the sum, and parts of one kind
    twice are no sum at all."""
    table = _checks(
        "签约项目15个，计划总投资38.6亿元，其中工业项目、现代农业项目、文旅项目分别为7个、5个和4个。"
        "全年实施重点项目86个，其中工业项目36个、基础设施项目30个、亿元以上项目42个。固定资产投资"
        "142.6亿元，其中工业投资48.5亿元，基础设施投资41.3亿元，民间投资65.8亿元。"
    )
    rows = table[table.check == "disjoint_parts"]
    assert rows[["verdict", "stated", "gap"]].values.tolist() == [
        ["inconsistent", "签约项目 15 个", "1"],
        ["consistent", "重点项目 86 个", ""],
        ["consistent", "固定资产投资 142.6 亿元", ""],
    ]
    assert "互不重叠" in rows.explanation.iloc[0]


def test_a_bracketed_figure_of_the_year_before_is_that_years():
    """办结率96.2%（上年同期为95.8%）: 95.8% is last year's 办结率 of the same months, so the
    0.4 points can be checked and no second statement of this year's rate is seen."""
    report = parse_text(
        "一、2024年工作回顾\n\n1—11月，受理群众诉求4215件，办结率96.2%（上年同期为95.8%），提高0.4个"
        "百分点。\n\n城镇化率58.6%（上年为57.9%），提高0.9个百分点。\n"
    )
    claims = claims_table(report)
    assert claims[["name", "value", "period"]].values.tolist()[1:3] == [
        ["办结率", "96.2", "2024-01..2024-11"],
        ["办结率", "95.8", "2023-01..2023-11"],
    ]
    table = check_claims(claims, report).table
    assert table[["check", "verdict"]].values.tolist() == [
        ["points_change", "consistent"],
        ["points_change", "inconsistent"],  # 58.6 − 57.9 is 0.7 points, not 0.9
    ]


def test_totals_before_brackets_counts_of_rate_holders_and_kinds_of_market_entities():
    """其中 after 148个（新开工72个、续建76个） is of the 148, and after 完成年度目标任务（600人）
    of the 612 before it; 12栋重点商务楼宇入驻率 counts the buildings, not the occupied ones;
    企业 and 个体工商户 never overlap."""
    table = _checks(
        "全年实施市级重点项目148个（新开工72个、续建76个），完成投资236.8亿元，其中工业项目64个、"
        "基础设施项目45个、社会民生项目39个。城镇新增就业612人，完成年度目标任务（600人）的102.0%；"
        "其中帮助就业困难人员实现就业138人，占新增就业人数的22.5%。辖区12栋重点商务楼宇入驻率由"
        "上年末的78.4%下降到72.6%。市场主体3418户，其中企业1086户、个体工商户2382户。"
    )
    bad = table[table.verdict == "inconsistent"]
    assert bad[["check", "stated"]].values.tolist() == [["disjoint_parts", "市场主体 3418 户"]]
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "612" in share["explanation"]
    [kinds] = table[(table.check == "disjoint_parts") & (table.verdict == "consistent")].to_dict(
        "records"
    )
    assert kinds["stated"] == "市级重点项目 148 个"


def test_false_alarm_hunt_five_appendix_holidays_stock_flows_and_lists_of_years():
    """An appendix of last year's figures is last year's; figures after 国庆假期， are the
    holiday's; 其中 after the flows of a stock and their net change is of the stock; a list of
    years before a comma dates its figures, and 增速依次为 gives each its growth; a list of
    places' shares keeps the whole the first one names (区级 in a district's report)."""
    report = parse_text(
        "江滨区人民政府工作报告\n\n一、2022年工作回顾\n\n全镇规上工业企业总数达到96家，全年新增入规企业"
        "14家、退规企业5家，净增9家，增长10.3%；其中产值亿元以上企业41家。全年接待游客186.5万人次，"
        "增长21.4%。2022年国庆假期，全镇接待游客12.36万人次，同比增长15.8%。2018年至2022年，地区"
        "生产总值分别为668.35亿元、701.92亿元、746.58亿元、789.64亿元和836.27亿元，增速依次为9.1%、"
        "5.0%、6.4%、5.8%和5.9%。全口径税收收入68.45亿元，区级税收收入36.92亿元。东湖街道完成区级"
        "税收9.86亿元，占全区区级税收收入的26.7%；西苑街道8.74亿元，占23.7%。\n\n二、2023年工作安排\n\n"
        "工业总产值增长8%。\n\n附件：2022年主要经济指标完成情况\n\n1．接待游客：186.5万人次（增长21.4%）；\n"
    )
    claims = claims_table(report)
    assert claims[claims.value == "41"].parent.tolist() == ["规模以上工业企业"]
    assert claims[claims.value == "12.36"].scope.tolist() == ["国庆假期"]
    gdp = claims[claims.indicator == "地区生产总值"]
    assert gdp[["period", "growth_pct"]].values.tolist()[-2:] == [["2021", "5.8"], ["2022", "5.9"]]
    appendix = claims[claims.section.str.startswith("附件")]
    assert appendix[["period", "kind", "value"]].values.tolist() == [["2022", "actual", "186.5"]]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent", "consistent"]
    assert all("36.92" in e for e in shares.explanation)


def test_a_whole_year_part_is_no_part_of_a_total_of_fewer_months():
    """预计全年镇级税收 is not compared with the 1—11月 全口径 total; a 1—11月 part may be
    compared with the whole year's total."""
    report = parse_text(
        "一、2025年工作回顾\n\n1—11月，完成全口径税收收入1.78亿元，同比增长6.2%；预计全年完成镇级税收"
        "5320万元。全年工业总产值55.36亿元，1—11月规上工业总产值44.18亿元。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value == "5320"].parent.tolist() == [""]
    table = check_claims(claims, report).table
    assert table[table.check == "part_of_whole"].indicators.tolist() == [
        "规模以上工业总产值; 工业总产值"
    ]


def test_false_alarm_hunt_six_plan_sections_bases_of_points_and_scoped_totals():
    """三、2017年主要工作 after the review is the plan; 比“十二五”末提高1.1个百分点 is over 2015,
    not over the 2011 of 由2011年的46.8%; 达到55.5% after 城镇化率提高1.2个百分点 is 城镇化率;
    新增国家级高新技术企业 are new ones; 外商投资企业进出口 is no total of the place's 出口 and
    进口; 剩余未脱贫 is no part of 脱贫; 比上年增加980元 is no earlier level of the next
    figure."""
    report = parse_text(
        "江临市2017年政府工作报告\n\n一、过去五年工作回顾\n\n常住人口城镇化率由2011年的46.8%提高到2016年"
        "的54.3%，提高7.5个百分点，比“十二五”末提高1.1个百分点。高新技术企业由2011年的58家增加到"
        "116家，2016年新增国家级高新技术企业十二家。出口286.3亿元，进口126.3亿元，外贸进出口总额"
        "412.6亿元，外商投资企业进出口285.4亿元。累计脱贫956户，其中2016年当年脱贫312户，剩余"
        "未脱贫130户。贫困户人均纯收入6420元，比上年增加980元，增长18.0%。乡级财政收入1286万元，"
        "增长8.4%。\n\n三、2017年主要工作\n\n城镇登记失业率控制在4%以内；常住人口城镇化率提高1.2个"
        "百分点，达到55.5%。\n"
    )
    assert (report.review_year, report.plan_year) == (2016, 2017)
    claims = claims_table(report)
    assert claims[claims.value == "55.5"][["name", "kind"]].values.tolist() == [
        ["常住人口城镇化率", "target"]
    ]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    points = table[table.check == "points_change"]
    assert points.verdict.tolist()[:2] == ["consistent", "not_assessable"]


def test_false_alarm_hunt_seven_modern_services_lists_of_places_and_doubling_since():
    """现代服务业增加值 is a part of 第三产业增加值, not a restatement; 其中 after a 分别 list of
    places is of the total before the list; 比2020年的12.3亿元翻了一番 makes 12.3 the 2020 level,
    and the 其中 after it is of 24.6; 比2019年的251.38亿元增长6.8% after 同比增长15.3% is a
    second growth, over 2019."""
    table = _checks(
        "第三产业增加值328.88亿元，其中现代服务业增加值186.45亿元，占第三产业增加值的56.7%。"
        "全区规上工业总产值1024.6亿元，增长8%。东湖街道、西岭街道、北关街道分别完成386.2亿元、"
        "274.5亿元和148.6亿元。其中，战略性新兴产业产值412.8亿元，占规模以上工业总产值的40.3%。"
        "全县实现网络零售额24.6亿元，比2019年的12.3亿元翻了一番；其中农产品网络零售额11.2亿元，"
        "占网络零售额的45.5%。社会消费品零售总额268.47亿元，同比增长15.3%，比2019年的251.38亿元增长6.8%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)
    judged = table[table.verdict == "consistent"]
    assert set(judged.check) >= {"share", "growth", "part_of_whole"}
    assert len(judged[judged.check == "share"]) == 3


def test_tax_paid_by_the_firms_named_in_the_clause_before_is_theirs():
    """规上工业企业用地3.86万亩，实现税收203.04亿元: the firms' tax (scope 规上工业企业), not a
    second statement of the zone's budget tax; 规模以上企业由41间增加到52间 keeps no scope."""
    report = parse_text(
        "一、2024年工作回顾\n\n一般公共预算收入80亿元，其中税收收入59.37亿元。规上工业企业用地3.86万亩，"
        "实现税收203.04亿元，亩均税收达到52.6万元。工业企业数量达170多间，规模以上企业由原来的41间"
        "增加到52间。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value.isin(["203.04", "52"])].scope.tolist() == ["规上工业企业", ""]
    assert "same_quantity" not in set(check_claims(claims, report).table.check)


def test_code_review_kinds_that_nest_named_wholes_lists_of_subjects_and_holidays():
    """产业 holds 工业 and 服务业 holds 文旅: no sum of them; a share of 工业税收 is of that
    figure, not of the tax total; 两年间城镇和农村… lists subjects, not years; a growth counts
    no class; a holiday earlier in the sentence does not reach past 全年; 壮大村 is no village;
    县级 wordings in a county's report are its own figures."""
    report = parse_text(
        "青山县人民政府工作报告\n\n一、2022年工作回顾\n\n全年实施重点项目86个，其中产业项目52个（工业项目"
        "35个、农业项目12个）、基础设施项目20个、社会民生项目14个。新签约项目30个，其中服务业项目18个、"
        "文旅项目9个、工业项目10个。全县税收收入36.9亿元。工业税收9.86亿元，占全县税收收入的26.7%；"
        "制造业税收8.74亿元，占工业税收的88.6%。两年间城镇和农村居民人均可支配收入分别增长15%和18%。"
        "全年实现旅游总收入超过5亿元同比增长12%。全年接待游客86万人次，其中国庆假期接待游客12万人次，"
        "全年实现旅游收入5.2亿元，增长8%。壮大村集体经济收入286万元。县级一般公共预算收入8.6亿元，"
        "增长6%。\n"
    )
    claims = claims_table(report)
    assert claims[claims.growth_pct.isin(["15", "18"])].name.tolist() == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert claims[claims.value == "5"].name.tolist() == ["旅游总收入"]
    assert claims[claims.value.isin(["5.2", "286"])].scope.tolist() == ["", ""]
    assert claims[claims.value == "8.6"].indicator.tolist() == ["一般公共预算收入"]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    shares = table[table.check == "share"]
    assert "9.86" in shares.explanation.iloc[1]


def test_the_year_of_a_base_clause_does_not_reach_the_targets_after_it():
    """在2023年营业收入同比增长8.9%的基础上，…主要预期目标是：…: the targets after it are the
    plan's, not 2023 actuals restating the review's figures."""
    report = parse_text(
        "一、2023年工作回顾\n\n营业收入1412.8亿元，增长9.8%；税收收入68.42亿元，增长7.5%。\n\n"
        "二、2024年工作目标\n\n在2023年营业收入同比增长9.8%、税收收入增长7.5%的基础上，主要预期目标是："
        "营业收入1540亿元，增长9%；税收收入75.26亿元，增长10%。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value.isin(["1540", "75.26"])][["period", "kind"]].values.tolist() == [
        ["2024", "target"],
        ["2024", "target"],
    ]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    assert "consistent" in set(table[table.check == "growth"].verdict)  # 68.42 × 1.10


def test_averages_sibling_categories_and_totals_of_their_own_are_no_wholes():
    """户均建筑面积 is no total of the 社区's areas; 市容环境类 is no whole of 物业管理类's sibling;
    油茶总面积 after the items of another crop is no part of 茶叶面积."""
    table = _checks(
        "改造老旧小区8个，涉及居民2436户、建筑面积18.72万平方米，户均建筑面积76.8平方米，其中，柳巷社区"
        "3个小区、936户、7.18万平方米，南池社区2个小区、648户、4.96万平方米。共受理群众诉求4286件。"
        "从诉求类型看，物业管理类1126件，占26.3%；市容环境类862件，占20.1%。茶叶面积达到1.25万亩，其中"
        "可采摘茶园0.96万亩；中药材种植面积0.68万亩；新造油茶林2400亩，油茶总面积达到2.4万亩。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_clause_opening_with_last_year_is_of_the_year_before():
    """上年全镇社会总产值为82.56亿元: last year's total, the base of 下降3.9%, not a second
    statement of this year's; 全年 after it is this year again."""
    report = parse_text(
        "一、2020年工作回顾\n\n全镇完成社会总产值79.38亿元，比上年下降3.9%，其中工业总产值57.12亿元、"
        "农业总产值13.05亿元、第三产业总产值9.21亿元。上年全镇社会总产值为82.56亿元。全年进出口总额"
        "27.62亿元，增长12.9%；上年进出口总额为24.47亿元。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value.isin(["82.56", "27.62", "24.47"])].period.tolist() == [
        "2019",
        "2020",
        "2019",
    ]
    assert claims[claims.value == "82.56"].name.tolist() == ["社会总产值"]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    assert table[table.check == "growth"].verdict.tolist() == ["consistent", "consistent"]


def test_new_ones_of_a_stock_are_no_fewer_than_its_net_increase():
    table = _checks(
        "全年新培育规上工业企业9家，规上工业企业由54家增加到66家，产值超亿元企业达到21家。"
        "新登记市场主体1260户，市场主体总数由8840户增加到9512户。"
    )
    rows = table[table.check == "additions"].to_dict("records")
    verdicts = {(r["indicators"], r["verdict"], r["gap"]) for r in rows}
    assert verdicts == {
        ("规模以上工业企业", "inconsistent", "3"),
        ("市场主体", "consistent", ""),
    }
    [bad] = [r for r in rows if r["verdict"] == "inconsistent"]
    assert "净增 12 家" in bad["explanation"] and "新增仅 9 家" in bad["explanation"]
    assert bad["suggestion"] == "新增不少于 12 家"


def test_new_ones_over_several_years_or_of_another_stock_bound_no_net_increase():
    table = _checks(
        "五年来累计新增规上工业企业9家，规上工业企业由2021年末的54家增加到66家。"
        "新增高新技术企业3家，规上工业企业较上年增加12家。"
    )
    assert table[table.check == "additions"].empty


def test_a_clause_of_last_years_figure_restates_the_figure_before_it_in_its_sentence():
    table = _checks(
        "全镇规上工业增加值61.35亿元，按可比价计算增长12.6%，上年为54.48亿元。"
        "规上工业企业实现营业收入298.6亿元，增长15.6%。非税收入3.16亿元，增长0.3%，"
        "上年同期为3.15亿元。一般公共预算支出28.46亿元，增长7.2%。"
    )
    growths = table[table.check == "growth"].set_index("indicators")
    assert growths.loc["规模以上工业增加值", "verdict"] == "consistent"
    assert growths.loc["非税收入", "verdict"] == "consistent"
    assert growths.loc["规模以上工业营业收入", "verdict"] == "not_assessable"
    assert growths.loc["一般公共预算支出", "verdict"] == "not_assessable"


def test_a_share_named_after_a_part_is_never_a_share_of_that_part_itself():
    table = _checks("其中，企业6218户、个体工商户9917户，企业占比38.5%；企业户数增长11.0%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "not_assessable"
    assert "16130～16171 户" in row["explanation"]


def test_totals_of_several_years_averages_and_shares_of_the_province_are_not_misjudged():
    table = _checks(
        "全年一般公共预算支出68.42亿元，其中民生支出55.2亿元。五年累计民生支出246.8亿元。"
        "五年新增城镇就业分别为6830人、7120人、7360人、7580人和6940人，年均新增城镇就业7166人。"
        "全市外贸进出口总额86.5亿元，其中出口总额60.01亿元。外贸进出口总额占全省的4.6%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert table[table.check == "share"].empty
    parts = table[table.check == "part_of_whole"]
    assert parts.stated.tolist() == ["民生支出 55.2 亿元 ≤ 一般公共预算支出 68.42 亿元"]


def test_figures_of_a_part_of_the_place_opening_their_sentence_are_its_own():
    table = _checks(
        "全市实现地区生产总值2386.42亿元，增长7.0%。五个县（市）实现地区生产总值合计1126.8亿元，"
        "占全市的47.2%。全市社会消费品零售总额1086.35亿元。市区（三区）实现社会消费品零售总额"
        "658.42亿元，占全市的60.6%。全乡接待游客12.6万人次。青龙村盘活闲置校舍发展乡村民宿，"
        "年接待游客1.2万人次。全乡农村居民人均可支配收入14862元。石门村大力发展特色产业，"
        "全村农村居民人均可支配收入达到16820元。新增城镇就业400人，完成乡级一般公共预算收入386万元。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_part_of_the_place_opening_a_sentence_gives_its_figures_a_scope():
    table = claims_table(
        parse_text(
            "一、2022年工作回顾\n\n全乡接待游客12.6万人次。青龙村盘活闲置校舍发展乡村民宿，"
            "年接待游客1.2万人次；全乡新增城镇就业400人。\n"
        )
    )
    scopes = dict(zip(table.value, table.scope, strict=True))
    assert scopes == {"12.6": "", "1.2": "青龙村", "400": ""}


def test_parts_after_a_total_of_some_months_are_of_those_months():
    table = _checks(
        "1-11月，完成一般公共预算收入28.46亿元，同比下降2.3%。其中，税收收入23.18亿元，"
        "非税收入5.28亿元，税收收入占一般公共预算收入的81.4%。预计全年完成一般公共预算收入"
        "31.20亿元，下降1.5%。全乡茶园面积合计4.63万亩。其中，全乡茶园面积由上年的2.10万亩"
        "扩大到2.35万亩。"
    )
    by_check = table.set_index("check")
    assert by_check.loc["sum", "verdict"] == "consistent"
    assert by_check.loc["sum", "period"] == "2022-01..2022-11"
    assert by_check.loc["share", "verdict"] == "consistent"
    assert (table.verdict == "inconsistent").sum() == 0
    assert not table.stated.str.contains("2.10").any()


def test_a_level_reached_after_new_ones_and_their_parts_is_no_part_of_them():
    table = _checks("新增省级以上研发平台9个，其中国家级2个、省级7个，累计达到86个。")
    assert (table.verdict == "inconsistent").sum() == 0
    assert len(table[table.check == "part_of_whole"]) == 2


def _checks_of(place: str, body: str):
    report = parse_text(
        f"{place}人民政府工作报告\n——2021年1月15日在{place}第十七届人民代表大会第五次会议上\n"
        f"一、2020年工作回顾\n\n{body}\n"
    )
    return check_claims(claims_table(report), report).table


def test_own_level_figures_after_other_figures_and_crop_farming_beside_forestry():
    """Code review: 区级 after 其中 is a part of the district's total; 县级 and 全县 figures
    are two scopes; 农业产值 beside 林业、牧业、渔业 is crop farming; 乡村旅游 is 文旅."""
    district = _checks_of(
        "青山区", "全区一般公共预算收入完成32.5亿元，增长6.2%，其中区级一般公共预算收入18.6亿元。"
    )
    assert set(district.check) == {"growth", "part_of_whole"}
    assert (district.verdict == "inconsistent").sum() == 0
    county = _checks_of("青山县", "县级民生支出12.4亿元，全县民生支出21.7亿元。")
    assert county.empty
    banner = _checks_of(
        "青山旗",
        "全旗实现农林牧渔业总产值45.6亿元，其中农业产值12.1亿元，林业产值3.2亿元，"
        "牧业产值28.2亿元，渔业产值0.6亿元。全年新签约招商项目18个，其中工业项目9个、"
        "文旅项目6个、乡村旅游项目4个。",
    )
    assert (banner.verdict == "inconsistent").sum() == 0
    assert "种植业产值; 农业总产值" in set(banner.indicators)


def test_a_share_of_a_wider_whole_leaves_the_next_share_judged_and_holidays_end_at_wider_times():
    table = _checks(
        "全年受理群众诉求1280件，占全县的21.5%；网上受理860件，占77.2%。"
        "国庆假期，全镇接待游客12.6万人次，同比增长15%，今年以来累计接待游客156万人次。"
    )
    [row] = table[(table.check == "share") & (table.verdict == "inconsistent")].to_dict("records")
    assert "网上受理 860 件" in row["explanation"] and row["suggestion"].startswith("该比例 67.2%")
    assert "same_quantity" not in set(table.check)


def test_firms_of_a_chain_classes_of_firms_and_a_share_of_the_named_all_taxes_whole():
    """链上规上企业 are no total of the place's firms; A类企业38家、B类41家 lists classes, the
    first no total of the others; 占全口径税收的 is of 全口径税收收入, not of another tax."""
    table = _checks(
        "规上工业总产值315亿元。其中，汽车零部件产业链产值占规上工业总产值的39.2%，链上规上企业"
        "达到32家。规上工业企业由上年的86家增加到97家。97家规上工业企业共评出A类企业38家、B类41家、"
        "C类14家、D类4家。\n\n规上工业企业用地1.86万亩，实缴税收12.48亿元。\n\n"
        "全年完成全口径税收收入21.36亿元，其中工业税收15.84亿元，占全口径税收的74.2%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "21.36" in share["explanation"]


def test_a_range_of_levels_with_a_range_of_growths_is_judged_without_failing():
    """A reviewer's target (达到31.5亿元—32.1亿元，增长10%—12%) made the checker fail with an
    AssertionError: the growth of one end had no printed text."""
    table = _table_of(
        "一、2019年工作回顾\n\n固定资产投资28.64亿元。\n\n二、2020年工作安排\n\n"
        "固定资产投资达到31.5亿元—32.1亿元，增长10%—12%。社会消费品零售总额达到12亿元—13亿元，"
        "增长8%左右。\n"
    )
    growths = table[(table.check == "growth") & (table.indicators == "固定资产投资")]
    assert set(growths.verdict) == {"consistent"}
    assert set(growths.stated.str.split("，").str[1]) == {"增长 10%", "增长 12%"}  # end by end


def test_appendix_of_a_years_figures_and_targets_and_last_years_figures_in_the_plan():
    report = parse_text(
        "青山县人民政府工作报告\n——2017年1月10日在青山县第十八届人民代表大会第一次会议上\n"
        "一、2016年工作回顾\n\n全县地区生产总值186.42亿元，增长7.6%。全年接待游客1286.4万人次。\n\n"
        "二、2017年工作安排\n\n去年全县接待游客1286.4万人次、实现旅游综合收入112.6亿元，今年力争"
        "接待游客突破1400万人次、旅游综合收入突破125亿元。\n\n"
        "附件：2016年主要经济指标完成情况和2017年预期目标\n\n"
        "1．地区生产总值：186.42亿元，增长7.6%；2017年预期增长8%左右。\n"
    )
    table = claims_table(report)
    assert table[table.value == "186.42"].period.tolist() == ["2016", "2016"]
    assert table[table.value.isin(["1286.4", "112.6"])].period.tolist() == ["2016"] * 3
    checks = check_claims(table, report).table
    assert (checks.verdict == "inconsistent").sum() == 0
    assert "consistent" in set(checks[checks.check == "same_quantity"].verdict)


def test_parks_scenic_areas_yearly_averages_and_lists_of_periods_before_a_comma():
    table = _checks(
        "全区外贸进出口总额486.2亿元，增长7.7%，其中出口总额318.9亿元、进口总额167.3亿元。综合保税区"
        "完成进出口136.4亿元，增长12.3%，占全区进出口总额的28.1%。全区接待游客1526.8万人次。"
        "雾岭山景区接待游客386.2万人次，占全区接待游客总量的25.3%。五年累计签约招商项目286个，"
        "年均签约57.2个；其中亿元以上项目241个。全年签约项目64个，签约项目中制造业项目46个，占71.9%。"
        "一季度、上半年、前三季度，规上工业总产值分别增长8.6%、9.2%和9.8%。2022年一季度、上半年、"
        "前三季度累计接待游客分别为268.4万人次、652.1万人次和1168.3万人次。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    share = table[table.stated.str.startswith("该比例 71.9%")].iloc[0]
    assert share.verdict == "consistent" and "64 个" in share.explanation


def test_a_buildings_tax_last_years_first_quarter_and_a_share_of_new_ones():
    table = _checks(
        "全口径税收收入312.56亿元。月亮湾国际中心税收12.68亿元，继续位居全市单体楼宇首位。"
        "区级一般公共预算收入82.36亿元，其中税收收入68.52亿元。社会消费品零售总额一季度完成"
        "118.36亿元，增长6.8%；一季度上年同期为110.82亿元。预计全年完成497.5亿元，增长7.2%，"
        "上年为464.1亿元。新增市场主体2.46万户，其中企业1.08万户，占43.9%；市场主体总量达到21.8万户。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    share = table[table.stated == "该比例 43.9%"].iloc[0]
    assert share.verdict == "consistent" and "2.46 万户" in share.explanation


def test_stages_of_a_count_are_read_in_a_report_that_has_other_parts_too():
    """受理4126件，办结4071件，办结率98.2%: a rate of a count and its done part is judged even
    when 其中 links other parts elsewhere; things of their own (竣工项目) are no stage."""
    table = _checks(
        "一般公共预算收入9.86亿元，其中税收收入7.12亿元。12345热线全年受理群众诉求4126件，办结4071件，"
        "办结率98.2%。全年实施重点项目31个，竣工项目32个。"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "inconsistent" and share["suggestion"].startswith("办结率 98.7%")
    assert not table.stated.str.contains("竣工项目").any()


def test_counties_and_groups_of_a_city_ranks_unchanged_and_shares_of_a_listed_sum():
    report = parse_text(
        "桐川市人民政府工作报告\n\n一、2023年工作回顾\n\n全市实现地区生产总值2864.37亿元，按不变价格"
        "计算增长5.8%，增速居全省第4位，总量居全省第3位、与上年持平。全市规模以上工业增加值增长7.4%，"
        "白沙县规上工业增加值增长11.2%。全市外贸进出口总额486.52亿元，增长6.9%，其中出口总额312.4亿元、"
        "进口总额174.12亿元。对共建“一带一路”国家进出口148.36亿元，增长16.2%，占全市进出口总额的30.5%。"
        "全市一般公共预算收入218.64亿元，其中税收收入156.83亿元。川东区一般公共预算收入45.62亿元，"
        "占全市的20.9%。川东区、川西区税收收入分别为32.64亿元、24.18亿元，合计占全市税收收入的36.2%。\n"
    )
    claims = claims_table(report)
    gdp = claims[claims.value == "2864.37"].iloc[0]
    assert (gdp.growth_pct, gdp.growth_basis) == ("5.8", "按不变价格计算")
    assert claims[claims.growth_pct == "0"].empty
    figures = claims.value.where(claims.value != "", claims.growth_pct)
    scopes = dict(zip(figures, claims.scope, strict=True))
    assert scopes["11.2"] == "白沙县" and scopes["45.62"] == "川东区"
    assert scopes["148.36"] == "对共建一带一路国家"
    table = check_claims(claims, report).table
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_countys_share_of_the_city_keeps_its_figure_the_countys_own():
    table = _checks_of(
        "青山县",
        "全县地区生产总值312.48亿元，占全市的15.2%。全年实现地区生产总值312.84亿元，增长6%。",
    )
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent"


def test_a_multiple_after_a_span_total_and_a_net_change_after_flows_of_a_span():
    table = _checks(
        "2019—2022年，全镇规上工业总产值分别为62.35亿元、71.08亿元、78.85亿元和86.42亿元，四年累计"
        "298.70亿元，2022年是2018年52.46亿元的1.65倍。规上工业企业由2018年的48家增加到68家，四年"
        "新增入规31家、退规11家，净增20家，增长41.7%。对共建“一带一路”国家进出口148.36亿元，"
        "增长16.2%，占全镇进出口总额的30.5%。全镇进出口总额486.52亿元，增长6.9%，其中出口总额"
        "312.4亿元，增长5%；进口总额174.12亿元，增长10%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    changes = table[table.check == "count_change"]
    assert set(changes.verdict) == {"consistent"} and len(changes) == 2


def test_code_review_of_this_sessions_rules():
    """上年， dates the phrase after it; a sibling share is no whole; a count lends no head to
    产值; 累计 in a holiday's sentence keeps its scope; 乡村振兴 and 全街道 are no places;
    剩余为 is the rest of a total; the total's own wording is no crop farming."""
    table = _checks(
        "全镇社会总产值127.99亿元，增长5.3%。上年，全镇社会总产值为121.55亿元。"
        "全年受理群众诉求工单4280件。物业管理类工单1126件，占工单总量的26.3%；市容环境类工单862件，"
        "占工单总量的20.1%。全镇农业总产值12.98亿元，增长3.5%。农业龙头企业发展到15家，产值5.6亿元。"
        "全年接待游客86.5万人次。国庆假期，全镇累计接待游客12.36万人次。全年完成固定资产投资12.5亿元。"
        "实施乡村振兴战略，累计投入资金1.2亿元，完成固定资产投资13.8亿元。"
        "全镇共有耕地5.2万亩，其中水田3.1万亩，旱地1.5万亩，剩余为园地0.9万亩。"
        "全镇农林牧渔业总产值12.98亿元，其中种植业产值6.52亿元；农林牧渔业总产值比上年增长3.5%。"
    )
    bad = table[table.verdict == "inconsistent"]
    assert set(zip(bad.check, bad.indicators.str.split("; ").str[0], strict=True)) == {
        ("same_quantity", "固定资产投资"),  # 12.5 and 13.8 (not scoped to 实施乡)
        ("sum", "耕地"),  # 3.1 + 1.5 + 0.9 is 5.5, not 5.2
    }
    growth = table[(table.check == "growth") & (table.indicators == "社会总产值")].iloc[0]
    assert growth.verdict == "consistent" and growth.period == "2021→2022"


def test_qunian_is_the_year_before_the_report_is_delivered():
    def claims_of(text):
        return claims_table(parse_text(text)).set_index("value")

    summary = claims_of(
        "太平镇2020年工作总结和2021年工作计划\n\n一、2020年工作总结\n\n全年实现规上工业总产值45.6亿元，"
        "增长8.3%。去年全镇规上工业总产值为42.1亿元。\n"
    )
    assert summary.loc["42.1", "period"] == "2019"
    midyear = claims_of(
        "太平镇2023年上半年工作总结\n\n一、上半年工作回顾\n\n去年全镇接待游客58.4万人次。\n"
    )
    assert midyear.loc["58.4", "period"] == "2022"
    plan = claims_of(
        "南江县2021年政府工作报告\n\n一、2020年工作回顾\n\n全县地区生产总值286.4亿元。\n\n"
        "二、2021年至2025年主要目标\n\n地区生产总值达到400亿元，年均增长6.9%。\n"
    )
    assert (plan.loc["400", "period"], plan.loc["400", "kind"]) == ("2025", "target")


def test_marine_economy_markets_last_years_rate_averages_and_class_bounds():
    table = _checks(
        "全区实现地区生产总值536.42亿元，增长6.6%。全区海洋生产总值198.7亿元，增长7.1%。"
        "全区外贸进出口总额642.8亿元，增长5.4%，其中出口总额402.6亿元、进口总额240.2亿元。分市场看，"
        "对东盟进出口138.4亿元，增长12.6%；对欧盟进出口121.7亿元，下降3.2%。早稻插秧面积1.86万亩，"
        "其中机插秧面积1.24万亩，机插率66.7%，比去年同期提高3.2个百分点，去年同期机插率为63.5%。"
        "全乡12个村村集体经营性收入合计386.4万元，村均32.2万元，完成全年目标720万元的53.7%。"
        "收入50万元以上的村3个，20万—30万元的村4个；其中收入最高的石桥村达到68.2万元。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_scenic_spots_share_of_the_county_and_a_target_over_the_all_taxes_base():
    table = _checks_of(
        "临溪县",
        "全县接待游客532.7万人次，增长9%。鹤鸣山景区成功创建国家4A级旅游景区，接待游客126.4万人次，"
        "占全县的23.7%。规上工业企业用地18460亩，实现税收57.32亿元。全口径税收收入142.6亿元，"
        "增长8.2%。\n\n二、2021年工作安排\n\n全口径税收收入152亿元，增长6.6%。",
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [growth] = table[(table.check == "growth") & (table.period == "2020→2021")].to_dict("records")
    assert growth["verdict"] == "consistent" and "142.6" in growth["explanation"]


def test_a_rate_that_rose_is_not_judged_as_a_share_of_a_count_before_it():
    table = _checks("垃圾分类覆盖11个社区2.38万户，覆盖率由62%提高到95%。")
    assert (table.verdict == "inconsistent").sum() == 0


def test_those_lifted_out_of_poverty_after_of_which_are_no_part_of_those_remaining():
    body = (
        "全年实现8362户31234人脱贫、42个贫困村出列；剩余贫困人口1462户5186人，贫困发生率由"
        "2018年底的7.86%下降到1.12%；其中深度贫困镇石垭镇贫困发生率由2018年底的18.6%下降到"
        "3.2%，岫江镇实现1862户6843人脱贫。全县剩余的126户318名贫困人口全部纳入兜底保障。"
    )
    report = parse_text(f"一、2019年工作回顾\n\n{body}\n")
    claims = claims_table(report).set_index("value")
    # two counts printed together share the noun after them; a remaining word before stays
    assert claims.loc[["8362", "31234", "1862", "6843"], "name"].tolist() == ["脱贫"] * 4
    assert claims.loc["126", "name"] == "剩余贫困人口"
    # the town's are of all those lifted out (8362户), not of those remaining (1462户)
    assert claims.loc["1862", "parent"] == "脱贫"
    assert check_claims(claims_table(report), report).inconsistent == 0


def test_last_years_level_of_a_subject_named_before_bi_is_compared_with_its_level_now():
    body = (
        "全年实现农林牧渔业总产值12.86亿元，比上年的12.02亿元增长7.0%。其中，种植业产值8.64亿元，"
        "畜牧业产值3.62亿元，林业产值0.18亿元，渔业产值0.14亿元，农林牧渔服务业产值0.28亿元。"
        "畜牧业产值比上年的3.35亿元增长8.1%，占农林牧渔业总产值的比重为28.1%。全年专利授权量"
        "6842件，其中发明专利1526件、外观设计专利1213件；发明专利授权量比上年的1289件增长18.4%。"
    )
    table = _checks(body)
    growths = table[table.check.isin(["growth", "count_change"])]
    judged = {r.indicators: r.verdict for r in growths.itertuples()}
    assert judged["畜牧业产值"] == "consistent"  # 3.62 over 3.35, not 0.28 over nothing
    assert judged["发明专利"] == "consistent"  # 1526 over 1289, not 1213 (外观设计专利)
    [share] = table[table.check == "share"].itertuples()
    assert share.verdict == "consistent" and "3.62" in share.explanation
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_level_after_a_growth_of_a_subject_outside_the_vocabulary_completes_that_growth():
    report = parse_text(
        "一、2023年工作回顾\n\n全年实现社会消费品零售总额286.45亿元；园区企业营业收入438.62亿元。\n\n"
        "二、2024年工作安排\n\n社会消费品零售总额增长7%左右，达到306.5亿元；园区企业营业收入"
        "增长10%，达到482.5亿元。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["482.5", "name"] == "园区企业营业收入"
    assert claims.loc["482.5", "growth_pct"] == "10"
    table = check_claims(claims_table(report), report).table
    assert (table.verdict == "inconsistent").sum() == 0
    assert set(table[table.check == "growth"].verdict) == {"consistent"}


def test_new_ones_compared_with_last_years_new_ones_and_a_change_stated_as_new_after_a_base():
    body = (
        "全年新注册企业3472家，比上年的3084家增长12.6%，其中科技型企业1136家，占新注册企业的32.7%。"
        "年末新能源并网装机达到258万千瓦，比上年末新增72万千瓦，增长38.7%，其中风电196万千瓦、"
        "光伏62万千瓦。全年接待游客618.4万人次，比上年的496.3万人次增长24.6%；成功举办火把节等"
        "节庆活动，节庆期间接待游客42.6万人次。"
    )
    table = _checks(body)
    assert (table.verdict == "inconsistent").sum() == 0
    judged = {(r.check, r.indicators): r.verdict for r in table.itertuples()}
    assert judged[("count_change", "新注册企业")] == "consistent"  # 3472 over 3084
    assert judged[("share", "占新注册企业; 科技型企业; 新注册企业")] == "consistent"
    assert judged[("change_amount", "年末新能源并网装机")] == "consistent"  # 258 up by 72
    parts = table[table.check == "part_of_whole"]
    assert set(parts.indicators) == {
        "科技型企业; 新注册企业",
        "风电; 年末新能源并网装机",
        "光伏; 年末新能源并网装机",
    }


def test_all_loans_after_the_parts_of_the_deposits_are_no_part_of_them():
    table = _checks(
        "年末全县金融机构各项存款余额186.42亿元，比年初增加21.36亿元，增长12.9%，其中住户存款"
        "118.27亿元，占各项存款余额的63.4%；各项贷款余额112.58亿元，比年初增加15.84亿元，增长"
        "16.4%。存贷比由年初的58.6%提高到60.4%，银行业金融机构不良贷款率控制在2%以内。"
    )
    parts = table[table.check == "part_of_whole"]
    assert list(parts.indicators) == ["住户存款; 金融机构存款余额"]
    assert (table.verdict == "inconsistent").sum() == 0


def test_of_which_inside_an_item_takes_its_total_from_that_item_and_a_share_among_a_named_whole():
    table = _checks(
        "全乡精品水果种植面积达到8600亩，其中蓝莓3200亩、蜂糖李5400亩，水果产值2846万元；中药材"
        "种植面积4500亩，其中天麻1200亩、黄精3300亩，中药材产值1860万元；生态养殖业产值2880万元。"
        "全年村集体经济总收入612.5万元，比上年增加94.3万元、增长18.2%。黄泥村、新寨村、龙井村集体"
        "经济收入分别达到86.4万元、62.3万元和53.8万元。全乡村集体经营性资产达到4126万元，集体经济"
        "收入中经营性收入428.6万元，占70.0%。"
    )
    parts = table[table.check == "part_of_whole"]
    assert not parts.indicators.str.contains("水果产值").any()  # no whole of the next items
    [share] = table[table.check == "share"].itertuples()
    assert share.verdict == "consistent" and "612.5" in share.explanation  # 428.6 / 612.5
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_kind_beside_another_past_a_semicolon_is_no_part_of_it():
    table = _checks(
        "新材料产业产值156.82亿元，增长24.6%，其中锂电材料产值98.64亿元、高性能合金产值51.53亿元；"
        "电子信息产业产值98.45亿元，增长15.2%；绿色食品产业产值67.40亿元，增长8.6%。"
    )
    parts = table[table.check.isin(["part_of_whole", "disjoint_parts", "sum"])]
    assert not parts.indicators.str.contains("电子信息|绿色食品").any()
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_rate_named_by_one_of_the_parts_before_it_is_of_that_part():
    table = _checks(
        "易地扶贫搬迁完成搬迁1126户4382人，其中集中安置3916人、分散安置466人，集中安置率89.4%。"
        "全镇渔船由908艘减少到862艘，下降5.1%，其中钢质渔船318艘、木质渔船544艘，钢质渔船占比由"
        "33.7%提高到36.9%。"
    )
    shares = table[table.check == "share"]
    assert len(shares) == 2 and set(shares.verdict) == {"consistent"}
    assert "3916" in shares.iloc[0].explanation and "318" in shares.iloc[1].explanation


def test_of_which_after_a_breakdown_is_of_the_total_before_it():
    table = _checks(
        "全年入驻企业实现营业收入1288.88亿元，增长9.2%。分园区看，东区实现营业收入812.36亿元，增长"
        "11.1%；西区实现营业收入476.52亿元，增长6.1%；东区营业收入占全区的比重为63.0%。其中，规上"
        "工业企业实现营业收入935.62亿元，增长9.0%，占入驻企业营业收入的72.6%。"
    )
    [share] = table[table.check == "share"].itertuples()
    assert share.verdict == "consistent" and "1288.88" in share.explanation
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_bound_of_a_class_counted_by_nothing_and_the_base_of_a_rate_are_no_figures_of_a_total():
    table = _checks(
        "全乡八个村集体经济收入合计286.4万元，比上年的213.5万元增长34.1%，全面消除了集体经济收入"
        "十万元以下的薄弱村。累计改厕8435户，全镇9109户农户卫生厕所普及率达到92.6%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert not table.stated.str.contains("以下").any()


def test_the_tax_of_a_group_opening_the_clause_before_is_the_groups():
    table = _checks(
        "全年完成辖区税收收入59108万元，比上年的58632万元增长0.8%。总部企业全年实现营业收入"
        "1286.5亿元，缴纳税收21.36亿元。重点楼宇16栋，实现税收31286万元，其中税收超5000万元的楼宇"
        "4栋，合计实现税收24680万元。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert not table[table.check == "same_quantity"].stated.str.contains("21.36|24680").any()


@pytest.mark.parametrize(
    "body",
    [
        "全县实现规上工业增加值32.6亿元，规模以上工业增加值比上年的30.2亿元增长7.9%。",
        "全年完成财政总收入9.27亿元，总量比上年的8.52亿元增长8.8%。",
        "全年实现旅游总收入312.6亿元，旅游收入比上年的221.8亿元增长40.9%。",
    ],
)
def test_last_years_level_after_the_subject_in_other_words_is_still_its_base(body):
    table = _checks(body)
    [growth] = table[table.check == "growth"].itertuples()
    assert growth.verdict == "consistent"


def test_a_part_named_by_its_head_is_no_base_of_another_measure_of_that_head():
    table = _checks(
        "全县农林牧渔业总产值45.6亿元，其中农业12.1亿元、林业3.2亿元、牧业18.3亿元。农业增加值"
        "比上年的7.8亿元增长4.5%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_stocks_in_a_list_after_new_ones_stay_stocks_and_all_items_under_of_which_are_parts():
    report = parse_text(
        "一、2021年工作回顾\n\n全年新增市场主体1200户、实有市场主体2.3万户，比上年增长5.5%。全年新增"
        "各项贷款12.3亿元、贷款余额112.6亿元，比上年增长12.3%。全年发放惠农资金1.2亿元，其中各项"
        "补贴资金1.5亿元。五年来，城镇就业年均新增5200人。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["2.3", "measure"] == "level" and claims.loc["112.6", "measure"] == "level"
    assert claims.loc["5200", "measure"] == "new"  # 年均新增: new ones each year, no change
    table = check_claims(claims_table(report), report).table
    bad = table[table.verdict == "inconsistent"]
    assert list(bad.check) == ["part_of_whole"]  # 1.5 of 1.2: a part above its total


def test_of_which_after_the_new_ones_of_a_changed_level_is_of_the_level():
    table = _checks(
        "茶园面积由上年的3.12万亩增加到3.46万亩，新增0.34万亩，其中投产茶园2.58万亩，占茶园总面积的"
        "74.6%。税收亿元楼宇由上年的48栋增加到55栋，新增7栋，其中税收超过5亿元的楼宇19栋、超过10亿元"
        "的楼宇8栋。新培育入规工业企业9家，另有2家企业因产值下降退出统计范围，规模以上工业企业由上年的"
        "34家增加到41家，净增7家。全年新认定总部企业21家，其中跨国公司地区总部8家；扣除迁出和注销的"
        "3家后，全区总部企业由上年的168家增加到186家，其中跨国公司地区总部62家、内资企业总部124家。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [share] = table[table.check == "share"].itertuples()
    assert share.verdict == "consistent" and "3.46" in share.explanation


def test_changes_over_an_earlier_year_exports_of_a_kind_and_firms_that_act_are_read_apart():
    table = _checks(
        "全年实现地区生产总值88.15亿元，比上年增长8.9%；与2019年相比增加9.69亿元，两年平均增长6.0%。"
        "全年外贸进出口总额186.54亿元，其中出口138.27亿元，增长11.0%；进口48.27亿元，下降2.7%。其中"
        "机电产品出口86.45亿元，占出口总额的62.5%。跨境电商出口由上年的2.81亿元增加到5.62亿元，实现"
        "翻番。推动120家规上工业企业实施数字化改造，规上工业企业达到358家。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_parts_after_new_ones_in_another_unit_and_the_local_tax_beside_all_taxes():
    table = _checks(
        "中药材种植面积由1.82万亩扩大到2.16万亩，新增三千四百亩，其中黄连六千八百亩、党参五千二百亩、"
        "独活四千三百亩。一般公共预算收入中，地方税收收入5.18亿元，增长11.9%。全县税收收入合计10.50"
        "亿元（上划税收与地方税收之和），比上年的9.34亿元增长12.4%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    parts = table[table.check == "part_of_whole"]
    assert set(parts.verdict) == {"consistent"} and parts.stated.str.contains("2.16").all()


def test_fourth_round_readings_multiples_in_a_list_kinds_of_output_and_stages_after_last_year():
    table = _table_of(
        "朔原市人民政府工作报告\n\n一、2025年工作回顾\n\n"
        "年接待游客和旅游综合收入分别由2020年的706.3万人次、61.25亿元增加到2025年的1571.4万人次、"
        "174.58亿元，分别是2020年的2.2倍和2.9倍。全市农业总产值8.28亿元，增长4.9%。设施农业产值"
        "1.26亿元，比上年的1.10亿元增长14.5%。全年12345市民服务热线受理群众诉求5862件，比上年的"
        "6485件下降9.6%，办结5791件，办结率98.8%。全市实现地区生产总值2189.48亿元。宁塞市实现地区"
        "生产总值426.19亿元，增长7.1%，占全市比重为19.5%。\n"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    multiples = table[table.stated.str.contains("倍")]
    assert list(multiples.verdict) == ["consistent", "consistent"]
    [share] = table[table.stated.str.contains("19.5%")].itertuples()
    assert share.verdict == "consistent"


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("2016年以来，全县城镇居民人均可支配收入由原来的25360元增加到36120元，年均增长7.3%。", 0),
        (
            "全区实现营业收入1288.88亿元。分园区看，东区812.36亿元、西区476.52亿元；分行业看，电子"
            "信息486.2亿元、生物医药268.5亿元，其中高新技术企业营业收入950.2亿元。",
            0,
        ),
        ("全县财政总收入13.86亿元，其中地方一般预算收入7.54亿元、上划税收5.32亿元。", 1),
        ("市场主体由8000户增加到9200户，新增1200户，其中新增企业1500户。", 1),
        (
            "全镇工业企业由120家增加到135家，其中规上工业企业由41家增加到52家；高新技术企业由18家"
            "增加到146家。",
            1,
        ),
    ],
)
def test_second_code_review_cases_keep_their_verdicts(body, found):
    table = _table_of(f"一、2020年工作回顾\n\n{body}\n")
    assert (table.verdict == "inconsistent").sum() == found


def _claims_of(text: str):
    return claims_table(parse_text(text))


def test_new_ones_and_a_stock_past_a_semicolon_are_no_parts_of_the_total_before():
    table = _checks(
        "产值超百亿元企业达到6家，其中超五百亿元企业1家；新增上市企业三家、挂牌企业14家，上市企业"
        "总数达到27家。全年新登记各类市场主体2.18万户，其中企业8126户；年末实有市场主体12.64万户，"
        "比上年末增长9.6%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    claims = _claims_of(
        "一、2022年工作回顾\n\n全年新登记各类市场主体2.18万户，其中企业8126户；年末实有市场主体"
        "12.64万户。\n"
    )
    stock = claims[claims.value == "12.64"].iloc[0]
    assert stock.parent == "" and stock.measure == "level"


def test_a_cumulative_count_after_the_parts_is_no_part_of_the_years_total():
    table = _checks(
        "全年完成农村户厕改造1286户，其中室内水冲式厕所836户、双瓮漏斗式厕所450户，全乡累计完成"
        "改厕4152户。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert "4152" not in " ".join(table.stated)


def test_the_average_of_a_part_is_no_part_of_the_whole_average():
    table = _checks(
        "全乡粮食总产量17.1万吨，粮食平均亩产578.8公斤，其中玉米亩产712公斤、水稻亩产569公斤、"
        "大豆亩产186公斤。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert not {"part_of_whole", "disjoint_parts", "sum"} & set(table.check)


def test_a_share_of_a_whole_named_with_its_scope_is_of_that_figure():
    table = _checks(
        "全年全口径税收186.35亿元，同比增长6.8%。全年重点楼宇实现税收128.64亿元，比上年增长8.2%。"
        "海澜国际中心、汇港大厦、前湾金融塔和科兴广场税收分别达到18.62亿元、14.35亿元、12.08亿元"
        "和10.46亿元，4栋楼宇合计55.51亿元，占重点楼宇税收的43.2%。"
    )
    [share] = table[table.stated.str.contains("43.2%")].itertuples()
    assert share.verdict == "consistent" and "128.64" in share.explanation


def test_the_counties_of_a_city_opening_a_clause_are_the_scope_of_their_figure():
    table = _checks(
        "全市实现地区生产总值2186.45亿元，比上年增长8.1%。县域经济加快发展，全市五个县（市）实现"
        "地区生产总值1086.52亿元，占全市的49.7%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [share] = table[table.stated.str.contains("49.7%")].itertuples()
    assert share.verdict == "consistent"


def test_a_plan_target_is_no_part_of_what_was_done_towards_it():
    table = _checks(
        "三年城镇新增就业分别为6.02万人、6.15万人和6.28万人，累计18.45万人，完成规划目标30万人的"
        "61.5%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_changes_in_a_paragraph_about_a_plan_period_end_in_its_last_year():
    report = parse_text(
        "一、2016年工作回顾\n\n“十二五”期间，全市经济社会发展取得了显著成就。地区生产总值由2010年的"
        "1368.45亿元增加到2015年的2032.18亿元，年均增长8.2%。规模以上工业企业由2010年的1086家增加"
        "到1352家，净增266家；高新技术企业由128家增加到386家，是2010年的3.0倍。五年累计完成进出口"
        "总额1462.48亿美元。城镇居民人均可支配收入由31245元增加到48506元，年均增长9.2%。\n\n"
        "2016年，城镇居民人均可支配收入52386元，增长8.0%；规模以上工业企业1398家，高新技术企业"
        "468家。\n"
    )
    claims = claims_table(report)
    period = dict(zip(claims.value, claims.period, strict=False))
    assert [period[v] for v in ("1352", "266", "128", "386", "48506")] == [
        "2015",
        "2015",
        "2010",
        "2015",
        "2015",
    ]
    assert period["1462.48"] == "2011..2015"  # the five years of the plan, not up to 2016
    table = check_claims(claims, report).table
    assert (table.verdict == "inconsistent").sum() == 0
    averages = table[table.check == "average_growth"]
    income = averages[averages.indicators == "城镇居民人均可支配收入"]
    assert list(income.period) == ["2010→2015"] and list(income.verdict) == ["consistent"]


def test_a_change_in_the_plan_section_keeps_the_plan_year():
    report = parse_text(
        "一、2020年工作回顾\n\n全区工业总产值1286.4亿元。\n\n二、2021年工作安排\n\n2021年是“十四五”"
        "开局之年。“十四五”期间，力争工业总产值突破2000亿元，年均增长9%以上。主要预期目标是：工业"
        "总产值增长8%，达到1390亿元左右。\n"
    )
    claims = claims_table(report)
    [target] = claims[claims.value == "1390"].itertuples()
    assert target.period == "2021" and target.kind == "target"


def test_a_share_of_a_whole_printed_in_another_paragraph_under_the_same_name():
    body = (
        "全乡耕地面积31.2万亩，粮食播种面积29.5万亩。\n\n全乡高标准农田累计达到14.8万亩，"
        "占耕地面积的{rate}%。"
    )
    ok = _checks(body.format(rate="47.4"))
    [share] = ok[ok.stated.str.contains("47.4%")].itertuples()
    assert share.verdict == "consistent" and "31.2" in share.explanation
    bad = _checks(body.format(rate="49.3"))
    [share] = bad[bad.stated.str.contains("49.3%")].itertuples()
    assert share.verdict == "inconsistent"  # 14.8/31.2 is 47.4%


def test_funds_obtained_in_the_year_under_review_are_actual_and_in_the_plan_targets():
    claims = _claims_of(
        "一、2024年工作回顾\n\n全年争取地方政府专项债券资金9.46亿元，争取东西部协作财政援助资金"
        "6580万元。\n\n二、2025年工作安排\n\n争取地方政府专项债券资金10亿元以上。\n"
    )
    kinds = dict(zip(claims.value, claims.kind, strict=True))
    assert kinds == {"9.46": "actual", "6580": "actual", "10": "target"}


def test_a_sub_total_named_like_the_whole_is_not_the_whole_of_a_share():
    table = _checks(
        "全年完成工业总产值486.32亿元；其中规模以上工业产值412.58亿元，增长7.6%。纺织丝绸四大产业链"
        "合计完成规上工业产值366.17亿元，增长6.5%，占全镇规上工业产值的88.8%。高新技术产业产值218.64亿元，占规上工业产值的比重"
        "达到53.0%。"
    )
    [share] = table[table.stated.str.contains("53.0%")].itertuples()
    assert share.verdict == "consistent" and "412.58" in share.explanation


def test_parts_after_a_compared_average_belong_to_the_total():
    table = _checks(
        "全镇14个行政村实现村级集体经济总收入1.38亿元，比上年的1.26亿元增长9.5%，村均986万元，比上年"
        "村均900万元增加86万元；其中村级集体经营性收入1.02亿元，占总收入的73.9%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_the_bound_of_a_class_of_villages_is_no_second_statement_of_their_income():
    table = _checks(
        "全乡14个行政村集体经济收入合计238.6万元，比上年的176.4万元增长35.3%。全面消除集体经济收入"
        "低于2万元的“空壳村”。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_growths_after_a_gap_in_points_are_of_the_figure_before_the_gap():
    claims = _claims_of(
        "一、2020年工作回顾\n\n全年实现地区生产总值826.37亿元，按可比价格计算增长4.1%，增速高于全市"
        "平均水平0.2个百分点；比2018年增长12.0%，两年平均增长6.3%。\n"
    )
    growths = claims[claims.growth_pct.isin(["12.0", "6.3"])]
    assert set(growths.indicator) == {"地区生产总值"}


def test_more_new_area_than_the_net_change_of_an_area_is_flagged_for_a_look():
    body = "水果种植面积由上年的5.86万亩增加到6.32万亩，新增{added}万亩，水果总产量8.64万吨。"
    ok = _checks(body.format(added="0.46"))
    assert list(ok[ok.check == "additions"].flag) == [""]
    more = _checks(body.format(added="0.56"))
    [row] = more[more.check == "additions"].itertuples()
    # Land may also have been lost: not an error, but one to look at.
    assert row.verdict == "consistent" and row.flag == "gross_additions"
    assert row.suggestion == "新增 0.45～0.47 万亩（若无减少）"
    assert "比净增数多 0.10 万亩" in row.explanation
    less = _checks(body.format(added="0.36"))
    assert list(less[less.check == "additions"].verdict) == ["inconsistent"]
    # Firms may leave: more new ones than the net change of a count is no error.
    firms = _checks("规上工业企业由上年的67家增加到78家，新增15家。")
    assert list(firms[firms.check == "additions"].verdict) == ["consistent"]


def test_two_changes_in_points_each_over_its_own_base():
    report = parse_text(
        "一、2024年工作回顾\n\n全区实现地区生产总值889.67亿元。数字经济核心产业增加值达到112.38亿元，"
        "比上年的98.45亿元增长14.1%，占地区生产总值的比重达到12.6%，比上年提高0.9个百分点，比2020年"
        "的8.6%提高4.0个百分点。研发经费投入强度达到2.86%，比上年的2.72%提高0.14个百分点，比2020年"
        "的2.40%提高0.46个百分点。\n"
    )
    table = check_claims(claims_table(report), report).table
    points = table[table.check == "points_change"]
    assert (table.verdict == "inconsistent").sum() == 0
    assert set(points[points.verdict == "consistent"].stated) == {
        "4.0 个百分点",
        "0.14 个百分点",
        "0.46 个百分点",
    }
    # 0.9 is over last year's share, which the report does not print: it is not judged
    # against the 8.6% of 2020.
    [share] = points[points.stated == "0.9 个百分点"].itertuples()
    assert share.verdict == "not_assessable" and "11.7%" in share.recomputed


def test_a_share_whose_part_is_named_before_占_has_the_whole_it_names():
    table = _checks(
        "数字经济核心产业增加值达到112.38亿元。从构成看，数字产品制造业增加值58.46亿元、数字产品服务业"
        "7.15亿元、数字技术应用业32.15亿元、数字要素驱动业14.62亿元，数字产品制造业占数字经济核心产业"
        "增加值的52.0%。算力基础设施加快布局，全区算力规模达到2000P，其中智能算力1600P，占80.0%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [share] = table[table.stated.str.contains("52.0%")].itertuples()
    assert share.verdict == "consistent" and "112.38" in share.explanation


def test_what_is_taken_off_a_total_is_no_part_of_it():
    table = _checks(
        "高新技术企业总数由上年的412家增加到486家，净增74家，增长18.0%，其中新认定95家，扣除到期"
        "未通过复审21家。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert "sum" not in set(table.check)


def test_bare_shares_of_siblings_are_of_the_whole_the_first_one_names():
    body = (
        "全镇完成规上工业总产值86.47亿元。从产业链看，四大产业链合计完成产值78.11亿元，占规上工业"
        "总产值的90.3%。其中，食品加工产业链完成产值32.68亿元，增长12.3%，占规上工业总产值的37.8%；"
        "机械装备产业链完成产值21.35亿元，增长8.6%，占{rate}%。"
    )
    ok = _checks(body.format(rate="24.7"))
    assert (ok.verdict == "inconsistent").sum() == 0
    bad = _checks(body.format(rate="26.7"))
    [share] = bad[bad.verdict == "inconsistent"].itertuples()
    assert "86.47" in share.explanation  # of the town's output, not of the chains' 78.11


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # A planted error each, that the readings of this round must not hide.
        ("规上工业企业实现税收8.6亿元，其中，产值超亿元企业实现税收9.2亿元。", 1),
        ("完成投资135.6亿元，其中，续建项目完成投资62.4亿元；新建项目完成投资63.2亿元。", 1),
        (
            "脱贫攻坚以来，全县共投入各类扶贫资金5.6亿元，其中，累计投入产业扶贫资金6.1亿元，累计"
            "投入基础设施建设资金1.8亿元。",
            2,
        ),
        ("全镇发展特色水果种植2.8万亩，其中，建成千亩产业基地3.2万亩。", 1),
        ("完成年度任务1.2万亩，其中，人工造林1.5万亩。", 1),
        # A stock's average and the growth of new ones, the city's and the county's rates.
        (
            "2021年末，全区实有市场主体12.64万户，两年平均增长8.5%。全年新登记市场主体2.18万户，"
            "比2019年增长35.2%。全市地区生产总值比2019年增长11.9%，我县地区生产总值两年平均增长"
            "6.8%。",
            0,
        ),
    ],
)
def test_third_code_review_cases_keep_their_verdicts(body, found):
    table = _table_of(f"一、2021年工作回顾\n\n{body}\n")
    assert (table.verdict == "inconsistent").sum() == found


def test_a_plan_period_opening_a_paragraph_does_not_date_this_years_changes():
    claims = _claims_of(
        "一、2021年工作回顾\n\n“十三五”期间，我区科技创新能力显著增强。今年，我们持续加大研发投入，"
        "高新技术企业由上年的128家增加到186家，增长45.3%。\n\n“十四五”时期是全面建设社会主义现代化"
        "国家的起步期。一年来，科技型中小企业由256家增加到342家。\n\n“十二五”期间，全县累计完成固定"
        "资产投资320亿元。五年来，我们扩大有效投资，五年累计完成固定资产投资586亿元，年均增长12.5%。\n"
    )
    period = dict(zip(claims.value, claims.period, strict=True))
    assert [period[v] for v in ("128", "186", "256", "342")] == ["2020", "2021", "2020", "2021"]
    assert (period["320"], period["586"]) == ("2011..2015", "2017..2021")  # five years to now


def test_the_whole_place_is_found_after_many_villages():
    villages = "".join(f"2020年，第{n}村集体经济收入20.0万元。" for n in range(1, 57))
    table = check_claims(
        claims_table(
            r := parse_text(
                f"一、2021年工作回顾\n\n{villages}\n\n2020年，全镇村集体经济收入1148万元。2021年，全镇村"
                "集体经济收入1286万元，比上年增长20.5%。\n"
            )
        ),
        r,
    ).table
    growth = table[table.check == "growth"]
    assert "inconsistent" in set(growth.verdict)  # 1148→1286 is +12.0%, not 20.5%


def test_growths_on_two_sides_of_a_base_clause():
    claims = _claims_of(
        "一、2023年工作回顾\n\n全乡农牧民人均可支配收入21486元，在上年增长7.9%的基础上又增长8.6%，比上年"
        "增加1700元。\n\n二、2024年工作安排\n\n一般公共预算收入在上年186.52亿元的基础上增长7%，达到"
        "199.6亿元。\n"
    )
    rows = [(r.period, r.value, r.growth_pct) for r in claims.itertuples() if r.growth_pct]
    assert rows == [("2023", "21486", "8.6"), ("2022", "", "7.9"), ("2024", "199.6", "7")]


def test_a_part_named_around_brackets_and_the_ones_a_rate_leaves_out():
    table = _checks(
        "规模以上工业总产值612.35亿元，其中食品加工（含茶叶精制）产值148.62亿元，电机电器产值196.35"
        "亿元。纳入防止返贫监测对象27户98人，已消除风险19户71人，风险未消除的8户27人全部落实帮扶"
        "措施，风险消除率70.4%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert "食品加工产值 148.62 亿元 ≤ 规模以上工业总产值 612.35 亿元" in set(table.stated)


def test_a_multiple_of_last_years_level_and_a_rate_of_a_stock_after_new_ones():
    table = _checks(
        "全年签约项目56个，协议总投资612.8亿元，是上年438.6亿元的{times}倍。新组建企业党组织12个，"
        "规上工业企业党组织覆盖率达到92.5%。".format(times="1.4")
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [growth] = table[table.check == "growth"].itertuples()
    assert growth.verdict == "consistent" and growth.stated == "612.8 亿元，增长 0.4 倍"
    bad = _checks("全年签约项目56个，协议总投资612.8亿元，是上年438.6亿元的1.6倍。")
    assert list(bad[bad.check == "growth"].verdict) == ["inconsistent"]  # 1.397 times


def test_a_list_of_years_after_its_subject_and_a_change_after_it():
    report = parse_text(
        "一、2025年工作回顾\n\n“十四五”以来，地区生产总值2021年至2024年分别为751.36亿元、786.20亿元、"
        "838.52亿元和889.67亿元，分别增长10.1%、4.6%、6.7%和6.1%。全县接待游客由2020年的512.6万人次"
        "增加到2025年的1286.4万人次，2021年至2024年分别为638.4万人次、702.5万人次、986.3万人次和"
        "1158.2万人次；旅游综合收入由2020年的48.37亿元增加到126.85亿元，年均增长21.3%。\n"
    )
    claims = claims_table(report)
    gdp = claims[claims.indicator == "地区生产总值"]
    assert list(zip(gdp.period, gdp.value, strict=True)) == [
        ("2021", "751.36"),
        ("2022", "786.20"),
        ("2023", "838.52"),
        ("2024", "889.67"),
    ]
    [income] = claims[claims.value == "126.85"].itertuples()
    assert income.period == "2025"  # the list's years end with its item
    table = check_claims(claims, report).table
    assert (table.verdict == "inconsistent").sum() == 0
    assert {"2021→2022", "2022→2023", "2023→2024"} <= set(table[table.check == "growth"].period)


def test_a_gap_is_judged_only_against_a_like_measure_of_this_place():
    table = _checks(
        "全县规上工业总产值215.6亿元，增长12.3%；规上工业增加值增长8.5%，增速高于全市规上工业1.2个"
        "百分点。城镇居民人均可支配收入38620元，增长5.6%；农村居民人均消费支出13520元，增长11.2%，"
        "增速高于城镇居民3.5个百分点。"
    )
    assert "growth_gap" not in set(table.check)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # Cumulative figures after the parts of one year's total are no parts of it.
        (
            "完成农村户厕改造1286户，其中新建卫生厕所1000户、改建286户，累计完成农村户厕改造4152户。",
            0,
        ),
        ("新增市场主体1260户，其中企业320户、个体工商户940户，累计实有市场主体15800户。", 0),
        # The city's growth in another paragraph is no growth of the county's average.
        (
            "过去一年，全市地区生产总值比2019年增长11.9%，经济运行稳中向好。\n\n过去一年，地区生产总值完成"
            "186.5亿元，两年平均增长6.8%。",
            0,
        ),
        # Planted errors: projects yet to start, a city's own gap, a gap across paragraphs.
        ("全年实施重点项目42个，其中已开工30个，待开工13个。", 1),
        (
            "全市城镇居民人均可支配收入达到42150元，增长5.1%；农村居民人均可支配收入达到21380元，增长"
            "7.2%，增速高于全市城镇居民2.6个百分点。",
            1,
        ),
        (
            "全县城镇居民人均可支配收入达到38500元，增长5.2%。\n\n全县农村居民人均可支配收入达到18600元，"
            "增长7.5%，增速高于城镇居民2.9个百分点。",
            1,
        ),
        # A growth over the years of a list (四年累计增长) is no growth of its last year.
        (
            "2021年至2024年全县地区生产总值分别为186.5亿元、199.6亿元、211.3亿元、225.8亿元，四年累计增长"
            "21.1%，2024年增长6.9%。",
            0,
        ),
    ],
)
def test_fourth_code_review_cases_keep_their_verdicts(body, found):
    table = _table_of(f"一、2023年工作回顾\n\n{body}\n")
    assert (table.verdict == "inconsistent").sum() == found


def test_ranks_of_firms_keep_their_indicator_in_a_list():
    claims = _claims_of(
        "一、2023年工作回顾\n\n全年新认定国家级高新技术企业、省级高新技术企业分别为12家、8家，高新技术"
        "企业总数达到65家。\n"
    )
    assert set(claims.indicator) == {"高新技术企业"}


def test_the_tax_of_firms_on_their_land_and_last_years_share_after_a_structure():
    table = _checks(
        "全镇一般公共预算收入21.36亿元，其中税收收入14.06亿元。深化亩均论英雄改革，193家规上工业企业"
        "用地1.42万亩，实缴税收10.12亿元，亩均税收7.13万元。全镇实现地区生产总值86.42亿元，其中第三"
        "产业增加值34.58亿元。三次产业结构为24.7:35.3:40.0，第三产业占生产总值的比重比上年的38.6%提高"
        "1.4个百分点。"
    )
    assert (table.verdict == "inconsistent").sum() == 0


def test_parts_headed_without_numbers_date_their_figures():
    report = parse_text(
        "某某街道办事处2020年工作报告\n\n各位代表：\n\n现在，我代表街道办事处向会议报告工作。\n\n"
        "过去一年工作回顾\n\n一、楼宇经济量质齐升\n\n全年街道实现税收总额86.42亿元，比上年的79.35亿元"
        "增长8.9%。分行业看，商务服务业实现税收28.64亿元，增长12.3%；金融业实现税收19.87亿元，增长"
        "6.5%。\n\n2020年工作安排\n\n一、聚焦楼宇经济\n\n全街道实现税收总额92.47亿元，增长7%。\n"
    )
    claims = claims_table(report)
    periods = dict(zip(claims.value, claims.period, strict=True))
    assert (periods["86.42"], periods["79.35"], periods["92.47"]) == ("2019", "2018", "2020")
    table = check_claims(claims, report).table
    # The industries after 分行业看 are parts, not the total restated.
    assert "same_quantity" not in set(table.check)


@pytest.mark.parametrize("high", ["1395.2", "1420.5"])
def test_the_ends_of_a_range_of_levels_take_the_ends_of_a_range_of_growths(high):
    """Low end with low end, high with high, whichever range is printed first; the scale of the
    first end (1369.9万) is the unit of the last (万人次)."""
    report = parse_text(
        "一、2020年工作回顾\n\n全县地区生产总值168.3亿元，接待游客1268.4万人次。\n\n"
        "二、2021年工作安排\n\n地区生产总值增长6.5%—7%，达到179.2亿元—180.1亿元。"
        f"接待游客1369.9万—{high}万人次，增长8%—10%。\n"
    )
    claims = claims_table(report)
    targets = claims[claims.kind == "target"]
    assert list(zip(targets.value, targets.unit, targets.growth_pct, strict=True)) == [
        ("179.2", "亿元", "6.5"),
        ("180.1", "亿元", "7"),
        ("1369.9", "万人次", "8"),
        (high, "万人次", "10"),
    ]
    growths = check_claims(claims, report).table.query("check == 'growth'")
    verdicts = dict(zip(growths.stated.str.split(" ").str[0], growths.verdict, strict=True))
    wrong = high == "1420.5"  # 1420.5 / 1268.4 is 12.0% more, above the 10% printed
    assert verdicts == {
        "179.2": "consistent",
        "180.1": "consistent",
        "1369.9": "consistent",
        high: "inconsistent" if wrong else "consistent",
    }


def test_above_scale_firms_counted_among_a_parks_firms_are_not_the_places_count():
    table = _checks(
        "规模以上工业企业由上年的1326家增加到1418家，净增92家，增长6.9%。\n\n（六）小微企业园"
        "提质扩面。全市小微企业园由上年的33个增加到38个；新增入园企业312家，入园企业达到2146家，"
        "增长17.0%，其中规上企业386家，占入园企业的18.0%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert table[table.check == "same_quantity"].empty


@pytest.mark.parametrize(("growth", "judged"), [("15.1", "consistent"), ("25.1", None)])
def test_a_growth_of_words_that_name_several_figures_is_judged_only_against_one_that_fits(
    growth, judged
):
    """Each crop's output is named only 产值: the target's base is one of them, not printed
    which; a growth that fits none is not judged (it may be over either)."""
    table = _table_of(
        "一、2018年工作回顾\n\n全乡马铃薯总产量7.35万吨；实现产值6982.5万元，比上年的5892.6万元"
        "增长18.5%。中药材干品产量5136吨；实现产值1.26亿元，比上年的1.04亿元增长21.2%。\n\n"
        "二、2019年工作安排\n\n中药材种植面积扩大到2.50万亩，产值达到1.45亿元，"
        f"增长{growth}%。\n"
    )
    target = table[(table.check == "growth") & table.stated.str.startswith("1.45")]
    assert list(target.verdict) == ([judged] if judged else [])
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_two_year_total_is_of_both_years_and_not_the_base_of_next_years_target():
    report = parse_text(
        "一、2021年工作回顾\n\n全年规上工业营业收入1562.38亿元，增长18.0%；2020年、2021年两年累计"
        "实现规上工业营业收入2886.44亿元。近两年累计完成投资30亿元，2020年和2021年累计新增企业"
        "85家。\n\n二、2022年工作安排\n\n规上工业营业收入1750亿元左右，增长12%。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["2886.44", "period"] == "2020..2021"
    assert (claims.loc["30", "name"], claims.loc["30", "period"]) == ("投资", "2020..2021")
    assert (claims.loc["85", "name"], claims.loc["85", "period"]) == ("新增企业", "2020..2021")
    table = check_claims(claims_table(report), report).table
    [target] = table[table.stated.str.startswith("1750")].to_dict("records")
    assert target["verdict"] == "consistent" and "1562.38" in target["explanation"]


@pytest.mark.parametrize(("title", "scope"), [("溧湖高新区", "全市"), ("溧湖市", "")])
def test_the_whole_of_a_share_of_a_wider_place_is_that_places_figure(title, scope):
    """In a district's report 占全市…4703.40亿元的31.6% gives the city's output, not the
    district's; in the city's own report it is its own."""
    report = parse_text(
        f"{title}人民政府工作报告\n\n一、2021年工作回顾\n\n全区完成规上工业产值1486.27亿元，比上年"
        "的1259.84亿元增长18.0%，占全市规上工业产值4703.40亿元的31.6%。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["4703.40", "scope"] == scope
    verdicts = check_claims(claims_table(report), report).table.set_index("check").verdict
    if scope:
        assert "same_quantity" not in verdicts and "inconsistent" not in set(verdicts)
    else:
        assert verdicts["same_quantity"] == "inconsistent"


@pytest.mark.parametrize("other", ["1.43", "2.43"])
def test_parts_listed_after_a_colon_add_up_though_a_later_sentence_names_another_part(other):
    """其中：…其他行业 lists all parts; 规模以上工业产值 in the next sentence is a part the
    vocabulary knows, not one more item of the list."""
    table = _checks(
        f"全年完成工业总产值21.36亿元，其中：茶叶精制加工6.42亿元、竹木制品5.18亿元、机械电子8.33亿元、"
        f"其他行业{other}亿元。规模以上工业产值17.85亿元，增长13.6%，占工业总产值的83.6%。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == ("consistent" if other == "1.43" else "inconsistent")
    assert "17.85" not in row["explanation"]


@pytest.mark.parametrize("nontax", ["3144", "3414"])
def test_taxes_and_the_rest_listed_under_total_revenue_add_up_to_it(nontax):
    table = _checks(
        "全年完成财政总收入18462万元，比上年增加2136万元，增长13.1%。其中：税收收入15318万元，"
        f"非税收入{nontax}万元。税收收入中，增值税6860万元、企业所得税2935万元、个人所得税1126万元、"
        "其他税种4397万元。"
    )
    sums = table[table.check == "sum"].set_index("indicators").verdict
    assert sums["财政总收入; 税收收入; 非税收入"] == (
        "consistent" if nontax == "3144" else "inconsistent"
    )
    assert sums["税收收入; 增值税; 企业所得税; 个人所得税; 其他税种"] == "consistent"


def test_a_clause_naming_a_whole_before_zhong_lists_its_parts():
    report = parse_text(
        "一、2022年工作回顾\n\n财政总收入38.62亿元，增长6.4%，其中地方一般公共预算收入21.35亿元，"
        "增长5.1%；一般公共预算收入中，税收收入15.48亿元，占72.5%。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["15.48", "parent"] == "一般公共预算收入"
    table = check_claims(claims_table(report), report).table
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "21.35" in share["explanation"]


def test_double_digit_growth_is_no_figure():
    report = parse_text(
        "一、2021年工作回顾\n\n规上工业营业收入同比增长21.0%，增速逐季回落但始终保持在两位数以上，"
        "全年增速较一季度回落16.5个百分点。工业投资连续三年保持两位数增长。\n"
    )
    claims = claims_table(report)
    assert "位" not in set(claims.unit)
    assert claims.set_index("value").loc["-16.5", "name"] == "规上工业营业收入增速"


@pytest.mark.parametrize(("wages", "verdict"), [("3842", "consistent"), ("3942", "inconsistent")])
def test_the_sources_of_a_per_head_income_add_up_to_it(wages, verdict):
    table = _checks(
        "全乡农民人均可支配收入达到7926元，比上年的7242元增加684元，增长9.4%。其中，工资性收入"
        f"{wages}元，增长10.6%；经营净收入2968元，增长5.8%；转移净收入1036元，增长16.1%；"
        "财产净收入80元。城镇居民人均可支配收入32560元，农村居民人均可支配收入7926元。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == verdict
    assert row["indicators"].startswith("农村居民人均可支配收入; 工资性收入; 经营净收入")


@pytest.mark.parametrize(("average", "verdict"), [("13.7", "consistent"), ("12.7", "inconsistent")])
def test_a_two_year_average_over_a_level_compared_after_last_years_growth(average, verdict):
    table = _table_of(
        "一、2021年工作回顾\n\n规模以上工业企业实现营业收入1562.38亿元，比上年的1324.06亿元增加"
        f"238.32亿元，增长18.0%，较2019年的1208.55亿元两年平均增长{average}%。\n"
    )
    judged = table.set_index("check").verdict
    assert judged["average_growth"] == verdict
    assert judged["growth"] == "consistent" and judged["change_amount"] == "consistent"
    assert "规模以上工业营业收入" in set(table.indicators)


@pytest.mark.parametrize(
    ("more", "verdict"), [("181.23", "consistent"), ("191.23", "inconsistent")]
)
def test_a_change_after_the_level_of_the_same_months_last_year_is_of_the_level_now(more, verdict):
    report = parse_text(
        "一、2021年工作回顾\n\n前三季度完成规上工业营业收入1098.63亿元，同比增长19.8%，比上年同期"
        f"的917.40亿元多出{more}亿元。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["917.40", "period"] == "2020-01..2020-09"
    assert claims.loc[more, "indicator"] == "规模以上工业营业收入"
    judged = check_claims(claims_table(report), report).table.set_index("check").verdict
    assert judged["growth"] == "consistent"
    assert judged["change_amount"] == verdict


def test_figures_of_a_village_or_park_opening_their_sentence_are_not_the_places_own():
    report = parse_text(
        "一、2017年工作回顾\n\n全乡十一个行政村集体经济收入合计186.4万元，比上年增长12.5%。上湖村依托"
        "脐橙冷库和分选中心，集体经济收入达到42.5万元，位居全乡第一。全年辖区实现税收总额18.64亿元，"
        "同比增长8.4%。鹤洲创意园入驻企业由上年的86家增加到112家，全年实现税收1.12亿元，同比增长"
        "31.8%。商贸城入驻商户1586户，全年实现交易额86.4亿元，实现税收2.41亿元，占辖区税收总额的"
        "12.9%。李家村、杨柳村集体经济收入分别达到68.4万元和52.6万元。\n"
    )
    scopes = claims_table(report).set_index("value").scope
    assert scopes[["42.5", "1.12", "2.41"]].tolist() == ["上湖村", "鹤洲创意园", "商贸城"]
    assert scopes[["68.4", "52.6"]].tolist() == ["李家村", "杨柳村"]
    table = check_claims(claims_table(report), report).table
    assert (table.verdict == "inconsistent").sum() == 0
    assert table[table.check == "same_quantity"].empty


def test_taxes_listed_under_two_different_revenues_are_two_figures():
    table = _checks(
        "财政总收入24.86亿元，比上年的22.98亿元增长8.2%，其中税收收入17.52亿元、非税收入7.34亿元。"
        "一般公共预算收入14.28亿元，比上年的13.36亿元增长6.9%，其中税收收入9.86亿元，比上年的"
        "9.00亿元增长9.6%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    assert table[table.check == "same_quantity"].empty


def test_a_rate_under_another_rate_is_no_share_of_the_machines_counted_before():
    table = _checks(
        "大中型农机具由上年的486台套增加到538台套，增加52台套，增长10.7%，其中大中型拖拉机318台、"
        "联合收割机94台、水稻插秧机76台。农作物耕种收综合机械化率达到97.2%，比上年提高0.8个百分点，"
        "其中水稻机械化插秧率达到95%以上。全镇土地流转面积由上年的14.8万亩增加到15.8万亩，增加"
        "1.0万亩，增长6.8%，占全镇耕地面积29.8万亩的53.0%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "15.8" in share["explanation"]
    parts = table[table.check == "part_of_whole"]
    assert len(parts) == 3 and all("大中型农机具 538 台套" in s for s in parts.stated)


@pytest.mark.parametrize("order", ["levels first", "growths first"])
def test_a_range_of_falls_pairs_the_smaller_fall_with_the_higher_level(order):
    target = (
        "煤炭消费总量控制在95.0万吨—97.0万吨，下降3%—5%。"
        if order == "levels first"
        else "煤炭消费总量下降3%—5%，控制在95.0万吨—97.0万吨。"
    )
    report = parse_text(
        f"一、2020年工作回顾\n\n全县煤炭消费总量100.0万吨。\n\n二、2021年工作安排\n\n{target}\n"
    )
    claims = claims_table(report)
    pairs = set(zip(claims.value, claims.growth_pct, strict=True))
    assert {("95.0", "-5"), ("97.0", "-3")} <= pairs
    table = check_claims(claims, report).table
    assert list(table[table.check == "growth"].verdict) == ["consistent"] * 2


def test_the_years_ahead_a_bare_scale_and_a_prefecture_are_read_as_printed():
    report = parse_text(
        "恩施市人民政府工作报告\n\n一、2021年工作回顾\n\n全市常住人口3.2万，1.1万户。全年完成规上工业"
        "产值186.52亿元，占全州规上工业产值620.30亿元的30.1%。\n\n二、2022年工作安排\n\n力争今明"
        "两年累计完成固定资产投资100亿元，2022年完成固定资产投资52亿元。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["3.2", "unit"] == "万"  # not 万户: a comma is no range
    assert claims.loc["620.30", "scope"] == "全州"
    assert (claims.loc["100", "period"], claims.loc["100", "kind"]) == ("2022..2023", "target")
    table = check_claims(claims_table(report), report).table
    assert (table.verdict == "inconsistent").sum() == 0


def test_taxes_listed_after_a_component_of_total_revenue_are_not_summed_against_it():
    table = _checks(
        "全年完成财政总收入38.62亿元，增长6.4%，其中一般公共预算收入21.35亿元，增长5.1%，税收收入"
        "15.48亿元，非税收入5.87亿元。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [row] = table[table.check == "sum"].to_dict("records")  # of the component they follow
    assert (
        row["indicators"] == "一般公共预算收入; 税收收入; 非税收入"
        and row["verdict"] == "consistent"
    )


def test_a_whole_named_before_zhong_takes_its_parts_up_to_a_total_of_its_own():
    table = _checks(
        "全年一般公共预算收入21.35亿元，增长5.1%；一般公共预算收入中，税收收入15.48亿元，占72.5%，"
        "一般公共预算支出35.60亿元，增长3.1%。一般公共预算收入中，税收收入15.48亿元，其中增值税"
        "16.20亿元、企业所得税2.10亿元；非税收入5.87亿元。"
    )
    parts = table[table.check == "part_of_whole"].set_index("indicators").verdict
    assert "一般公共预算支出; 一般公共预算收入" not in parts
    assert parts["增值税; 税收收入"] == "inconsistent"  # more VAT than all taxes
    assert "非税收入; 税收收入" not in parts
    assert (table.verdict == "inconsistent").sum() == 1


@pytest.mark.parametrize(("target", "verdict"), [("3.58", "consistent"), ("3.80", "inconsistent")])
def test_a_growth_of_words_naming_several_figures_takes_the_one_of_its_topic(target, verdict):
    table = _table_of(
        "一、2020年工作回顾\n\n全镇茶园面积2.5万亩，实现产值3.20亿元。蔬菜种植面积1.2万亩，实现产值"
        f"2.05亿元。\n\n二、2021年工作安排\n\n茶园面积稳定在2.5万亩，产值达到{target}亿元，增长12%。\n"
    )
    [row] = table[(table.check == "growth") & table.stated.str.startswith(target)].to_dict(
        "records"
    )
    assert row["verdict"] == verdict and "3.20" in row["explanation"]


def test_kinds_of_tax_beneficiaries_stocks_after_new_ones_and_a_village_after_a_semicolon():
    report = parse_text(
        "一、2020年工作回顾\n\n全年新增减税降费12.46亿元，惠及市场主体1.86万户。全年新登记市场主体"
        "1.24万户，市场主体总数达到8.46万户，增长9.7%。五年来，全区累计新增城镇就业7.86万人，"
        "基本养老保险参保人数达到48.6万人。全年完成财政总收入1.86亿元，下降18.4%。其中，煤炭税收"
        "1.32亿元，下降24.1%；非煤税收0.38亿元，增长11.8%；非税收入0.16亿元，下降20.0%。全镇28个"
        "行政村集体经济收入合计612.4万元，比上年增长11.2%。新增集体收入来源的村9个；龙泉村依托"
        "煤矿服务业，集体经济收入达到126.8万元。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["1.32", "name"] == "煤炭税收" and claims.loc["1.32", "indicator"] == ""
    assert claims.loc["126.8", "scope"] == "龙泉村"
    assert claims.loc["48.6", "parent"] == ""
    table = check_claims(claims_table(report), report).table
    assert (table.verdict == "inconsistent").sum() == 0


def test_a_share_of_all_taxes_is_judged_against_all_taxes_not_the_budgets():
    table = _checks(
        "一般公共预算收入52.64亿元，其中税收收入41.28亿元。全区全口径税收收入78.36亿元，比上年增长"
        "7.5%。\n\n全年楼宇税收46.82亿元，占全区全口径税收收入的59.7%。"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "78.36" in share["explanation"]


@pytest.mark.parametrize(("times", "verdict"), [("1.77", "consistent"), ("1.87", "inconsistent")])
def test_a_multiple_of_a_printed_years_level_after_last_years_growth(times, verdict):
    table = _table_of(
        "一、2019年工作回顾\n\n全乡农民人均可支配收入10862元，比上年的9786元增加1076元，增长11.0%，"
        f"是2015年6124元的{times}倍，“十三五”以来年均增长15.4%。其中，工资性收入5386元，经营净收入"
        "3214元，转移净收入2108元，财产净收入154元。全年接待游客1268.5万人次，实现旅游综合收入"
        "112.36亿元，游客人均花费885.8元。\n"
    )
    judged = table.set_index("check").verdict
    assert judged["growth"].tolist().count(verdict) >= 1
    assert judged["average_growth"] == "consistent" and judged["sum"] == "consistent"
    assert judged["per_unit"] == "consistent"
    # a wrong multiple fails against the two levels and against the average over the years
    assert (table.verdict == "inconsistent").sum() == (2 if verdict == "inconsistent" else 0)


def test_review_findings_on_subsets_units_and_wholes_of_shares():
    table = _checks(
        "全镇茶园面积2.5万亩，茶叶产值3.75亿元，其中高标准生态茶园亩均产值2.2万元。农村居民人均"
        "可支配收入达到18560元，增长7.5%，其中劳务输出1.2万人，实现工资性收入3.2亿元。全年完成"
        "财税收入15.6亿元，增长6.5%，其中税收收入10.2亿元，非税收入5.4亿元，占比34.6%。全县高标准"
        "农田面积达到12.6万亩，比上年增加1.2万亩，占全市新增面积3.0万亩的40.0%。\n\n聚焦中心工作，"
        "一般公共预算收入完成12.50亿元。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    shares = table[table.check == "share"]
    assert set(shares.verdict) == {"consistent"} and len(shares) == 2
    claims = claims_table(
        parse_text("一、2022年工作回顾\n\n聚焦中心工作，一般公共预算收入12.5亿元。\n")
    )
    assert claims.scope.tolist() == [""]


def test_taxes_after_a_component_under_total_revenue_are_that_components():
    table = _checks(
        "全县一般公共预算收入12.50亿元，增长8.0%，其中税收收入8.60亿元，非税收入3.90亿元。\n\n"
        "财政总收入25.60亿元，其中一般公共预算收入12.50亿元，税收收入9.60亿元，非税收入2.90亿元。"
    )
    restated = table[table.check == "same_quantity"].set_index("indicators").verdict
    assert restated["税收收入"] == "inconsistent" and restated["非税收入"] == "inconsistent"


def test_a_plan_looked_back_on_dates_the_changes_of_its_paragraph():
    report = parse_text(
        "一、2016年工作回顾\n\n全县财政总收入18.62亿元，比上年的16.85亿元增长10.5%。城镇居民人均可支配"
        "收入26485元。\n\n回顾“十二五”，是我县发展史上极不平凡的五年。五年来，全县地区生产总值由2010年"
        "的86.72亿元增加到2015年的154.54亿元，年均增长12.2%。财政总收入由2010年的7.46亿元增加到"
        "16.85亿元，年均增长17.7%，是2010年的2.3倍；一般公共预算收入由4.82亿元增加到11.28亿元，"
        "年均增长18.5%。五年累计完成固定资产投资586.4亿元。城镇居民人均可支配收入由14126元增加到"
        "24388元，年均增长11.5%。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc[["16.85", "11.28", "24388"], "period"].tolist()[-2:] == ["2015", "2015"]
    assert claims.loc["586.4", "period"] == "2011..2015"
    table = check_claims(claims_table(report), report).table
    assert (table.verdict == "inconsistent").sum() == 0
    assert set(table[table.check == "average_growth"].verdict) == {"consistent"}


def test_kinds_of_a_part_lists_a_zhong_past_a_new_item_and_counts_after_each():
    table = _checks(
        "全年粮食播种面积112.8万亩。其中，水稻播种面积98.6万亩，早稻、一季稻、晚稻分别为28.4万亩、"
        "37.5万亩、32.7万亩；其他粮食作物播种面积14.2万亩。财政总收入20.3亿元，其中一般公共预算收入"
        "13.41亿元；规模以上工业增加值增长9%左右，规上工业主营业务收入达到350亿元。与大连理工大学、"
        "东北大学共建中试基地2个，引进创新团队六个。创建省级乡村振兴示范村3个，村级集体经济收入全部"
        "超过20万元，其中超过100万元的村达到16个。新增商事主体1136户；年末商事主体6482户，其中企业"
        "1528户。新增商事主体中企业312户，占27.5%。"
    )
    assert (table.verdict == "inconsistent").sum() == 0
    [grain] = table[table.check == "sum"].to_dict("records")  # rice counted once
    assert grain["indicators"] == "粮食播种面积; 水稻播种面积; 其他粮食作物播种面积"


def test_a_named_share_after_another_revenue_is_of_that_revenue_not_of_an_earlier_part():
    body = (
        "全年实现全口径税收收入38.64亿元，比上年的33.12亿元增长16.7%。分园区看，汽车产业园完成"
        "税收15.26亿元，新材料产业园完成10.83亿元，电子信息产业园完成7.52亿元。其中，工业税收"
        "29.85亿元，占全口径税收收入的77.3%。完成一般公共预算收入14.26亿元，比上年的12.64亿元"
        "增长12.8%，税收占比保持在80%以上。"
    )
    table = _checks(body)
    shares = table[table.check == "share"]
    # 29.85 / 38.64 = 77.25%; the tax within the budget revenue is not printed
    assert list(zip(shares.stated, shares.verdict, strict=True)) == [
        ("占全口径税收收入 77.3%", "consistent")
    ]
    # a part of a printed whole, named again after a sum of parts, is still judged
    body = (
        "全年全口径税收186.35亿元，其中增值税72.16亿元，增长5.4%；企业所得税58.43亿元，增长8.9%；"
        "个人所得税31.27亿元，增长7.2%。三大主体税种合计161.86亿元，其中增值税占比38.7%。"
    )
    judged = _checks(body)
    judged = judged[judged.check == "share"]
    found = set(zip(judged.stated, judged.verdict, strict=True))
    assert ("增值税占比 38.7%", "consistent") in found


def test_resettled_households_and_people_are_all_resettled_centrally_or_dispersedly():
    table = _checks(
        "全面完成年度易地扶贫搬迁任务136户428人，其中建成3个集中安置点，集中安置92户296人，"
        "分散安置44户142人，搬迁群众人均住房面积不超过25平方米。"
    )
    sums = table[table.check == "sum"]
    assert sorted(zip(sums.stated, sums.verdict, sums.gap, strict=True)) == [
        ("年度易地扶贫搬迁任务 136 户", "consistent", ""),
        ("年度易地扶贫搬迁任务 428 人", "inconsistent", "10"),  # 296 + 142 = 438
    ]


def test_net_income_of_farmers_is_an_indicator_of_its_own_restated_and_not_in_brackets():
    table = _checks(
        "农民人均纯收入达到12368元，比上年增长9.2%。\n\n全镇农民人均纯收入在2022年12386元的基础上"
        "增长9%以上。农村居民人均可支配收入（2013年以前为农民人均纯收入）由2010年的6124元增加到"
        "2015年的11248元，年均增长12.9%。"
    )
    same = table[table.check == "same_quantity"].to_dict("records")
    assert [(r["indicators"], r["verdict"], r["stated"]) for r in same] == [
        ("农民人均纯收入", "inconsistent", "12368 元；12386 元")
    ]
    [average] = table[table.check == "average_growth"].to_dict("records")
    assert average["indicators"] == "农村居民人均可支配收入"  # the name outside the brackets
    assert average["verdict"] == "consistent"


def test_figures_of_a_wider_place_in_brackets_or_after_tongqi_are_that_places():
    street = parse_text(
        "营州市河西区兴华街道办事处工作报告\n\n一、2018年工作回顾\n\n全年完成区级税收3.86亿元，比上年"
        "同期的3.55亿元增长8.7%，增速比全区高3.2个百分点（全区完成区级税收27.2亿元，增长5.5%）；"
        "辖区实现全口径税收12.42亿元，增长6.5%。\n"
    )
    claims = claims_table(street)
    assert list(claims[claims.value == "27.2"].scope) == ["全区"]
    table = check_claims(claims, street).table
    assert "inconsistent" not in set(table.verdict)
    assert ("growth_gap", "consistent") in set(zip(table.check, table.verdict, strict=True))
    county = parse_text(
        "岑山县人民政府工作报告\n\n一、2021年工作回顾\n\n农村常住居民人均可支配收入12978元，比上年的"
        "11703元增长10.9%，高出全省平均水平122元。同期全省农村常住居民人均可支配收入12856元，"
        "增长10.4%。\n"
    )
    claims = claims_table(county)
    assert list(claims[claims.value == "12856"].scope) == ["全省"]
    table = check_claims(claims, county).table
    assert "inconsistent" not in set(table.verdict)


def test_a_share_takes_the_part_in_the_unit_its_whole_names_and_of_its_own_time():
    table = _checks(
        "截至12月底，累计纳入监测对象1248户4862人，其中已消除风险986户3874人，占监测户总数的"
        "79.0%。全年辖区实现全口径税收86.42亿元；完成区级税收21.36亿元，同比增长7.8%。一季度、上半年、"
        "前三季度区级税收分别累计完成5.62亿元、11.08亿元和16.21亿元。区级税收占全口径税收的比重为"
        "24.7%。"
    )
    shares = table[table.check == "share"]
    # 986 / 1248 = 79.01% (3874 / 4862 = 79.68%); 21.36 / 86.42 = 24.72% (16.21 is of nine months)
    assert list(zip(shares.stated, shares.verdict, strict=True)) == [
        ("占监测户总数 79.0%", "consistent"),
        ("区级税收占全口径税收的比重 24.7%", "consistent"),
    ]


def test_a_gap_against_a_wider_place_is_not_the_wider_places_own_growth():
    table = _table_of(
        "鸳江区人民政府工作报告\n\n一、2020年工作回顾\n\n社会消费品零售总额135.68亿元，比上年的"
        "139.02亿元下降2.4%，全年降幅比前三季度收窄2.9个百分点，全市社会消费品零售总额下降3.6%，"
        "降幅比全市低1.2个百分点。\n"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_share_of_the_tax_of_a_kind_is_of_that_kinds_figure_not_of_all_taxes():
    table = _checks(
        "辖区实现全口径税收12.42亿元，增长6.5%。辖区14栋重点商务楼宇全年实现楼宇区级税收2.14亿元，"
        "增长11.3%。从社区分布看，兴华社区辖内楼宇集中，实现楼宇区级税收1.26亿元，占全街道楼宇税收"
        "的58.9%。中兴大厦、华府国际和金融中心三栋楼宇合计15410万元，占楼宇税收的72.0%。"
    )
    shares = table[table.check == "share"]
    # 1.26 / 2.14 = 58.88% and 1.541 / 2.14 = 72.01%, not shares of the 12.42 of all taxes
    assert set(shares.verdict) <= {"consistent", "not_assessable"}
    assert ("占全街道楼宇税收 58.9%", "consistent") in set(
        zip(shares.stated, shares.verdict, strict=True)
    )


def test_a_multiple_of_a_base_printed_in_brackets_after_its_year():
    table = _checks(
        "全年新注册企业586户，比上年的522户增长12.3%，是2015年（279户）的2.1倍；兴华社区新注册企业"
        "218户，比上年的189户增长15.3%；实际利用外资5.86亿美元，是2019年（3.24亿美元）的1.8倍。"
    )
    judged = {(r.indicators, r.period, r.verdict) for r in table.itertuples()}
    # 586 / 279 = 2.10 times; the year in brackets dates its base only, not what follows
    assert ("新注册企业", "2015→2022", "consistent") in judged
    assert ("兴华社区新注册企业", "2021→2022", "consistent") in judged
    assert ("实际利用外资", "2019→2022", "consistent") in judged
    assert "inconsistent" not in {r.verdict for r in table.itertuples()}


def test_growths_after_a_pair_of_units_a_conversion_and_a_wider_place_in_brackets():
    report = parse_text(
        "岑山县人民政府工作报告\n\n一、2021年工作回顾\n\n全县低保对象386户612人，比上年减少23户，下降"
        "5.6%。全年外贸进出口总额612.5亿元（折合88.8亿美元），增长6.3%。地区生产总值增长8.6%，比"
        "2019年两年平均增长6.6%（2020年增长4.6%），增速高于全省0.5个百分点（全省增长8.1%）。\n"
    )
    claims = claims_table(report)
    rows = [(r.name, r.value, r.unit, r.growth_pct, r.scope) for r in claims.itertuples()]
    assert rows == [
        ("低保对象", "386", "户", "-5.6", ""),  # the growth of the unit of the change
        ("低保对象", "612", "人", "", ""),
        ("低保对象", "-23", "户", "", ""),
        ("外贸进出口总额", "612.5", "亿元", "6.3", ""),
        ("外贸进出口总额", "88.8", "亿美元", "", ""),  # the same figure in dollars
        ("地区生产总值", "", "", "8.6", ""),
        ("地区生产总值", "", "", "6.6", ""),  # over 比2019年, no subject 比
        ("地区生产总值", "", "", "4.6", ""),
        ("增速高于全省", "0.5", "个百分点", "", ""),
        ("地区生产总值", "", "", "8.1", "全省"),  # the province's, not the gap's growth
    ]
    table = check_claims(claims, report).table
    judged = {(r.check, r.verdict) for r in table.itertuples()}
    assert {("change_amount", "consistent"), ("average_span", "consistent")} <= judged
    assert ("growth_gap", "consistent") in judged  # 8.6% − 8.1% = 0.5 points
    assert "inconsistent" not in set(table.verdict)


def test_what_remains_the_share_of_a_changed_level_and_a_list_of_years_after_qizhong():
    table = _checks(
        "三年来（2020—2022年）累计脱贫1124户3086人，其中2020年、2021年分别脱贫316户862人和396户"
        "1088人，目前剩余贫困户162户438人。虾稻共作面积由上年的4.6万亩增加到5.8万亩，新增1.2万亩，"
        "增长26.1%，占全县小龙虾养殖面积68万亩的8.5%。累计签约项目46个、合同资金106.8亿元，其中2020年"
        "12个28.6亿元、2021年16个35.6亿元；累计到位资金37.40亿元。全年到位资金15.32亿元，比上年的"
        "12.62亿元增长21.4%。"
    )
    # 162 remain, they are not among those lifted out; 5.8 / 68 = 8.53%; 37.40 is of the years
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    assert ("占全县小龙虾养殖面积 8.5%", "consistent") in set(
        zip(table.stated, table.verdict, strict=True)
    )


def test_a_banners_figures_beside_the_leagues():
    table = _table_of(
        "查干淖尔旗人民政府工作报告\n\n一、2022年工作回顾\n\n全旗地区生产总值由上年的176.52亿元增加到"
        "186.74亿元，增长5.8%。其中，第一产业增加值38.46亿元、第二产业增加值97.83亿元、第三产业增加值"
        "50.45亿元，三次产业结构调整为20.6:52.4:27.0。同期，全盟实现地区生产总值2186.5亿元、增长4.3%，"
        "我旗经济总量占全盟的8.5%。城镇、农村牧区常住居民人均可支配收入分别为46218元和22874元。从全盟"
        "看，城镇、农村牧区常住居民人均可支配收入分别为47312元和21568元，城乡居民收入比为2.19。\n"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    judged = set(zip(table.check, table.verdict, strict=True))
    assert {("sum", "consistent"), ("share", "consistent"), ("ratio", "consistent")} <= judged


def test_chains_after_semicolons_named_without_their_measure_are_parts():
    table = _checks(
        "规模以上工业企业实现营业收入326.8亿元，增长9.2%。其中，电子信息产业链实现营业收入128.6亿元，"
        "增长15.3%；现代家具产业链72.4亿元，增长6.8%；新型建材产业链48.3亿元，下降2.1%。新签约亿元以上"
        "项目186个，其中工业项目120个；新开工亿元以上项目142个。"
    )
    parts = table[table.check == "part_of_whole"]
    assert sorted(parts.indicators) == [
        "工业项目; 新签约亿元以上项目",
        "新型建材产业链; 规模以上工业营业收入",
        "现代家具产业链; 规模以上工业营业收入",
        "电子信息产业链实现营业收入; 规模以上工业营业收入",
    ]  # not 新开工亿元以上项目 under 新签约亿元以上项目


@pytest.mark.parametrize(
    ("parts", "share", "part"),
    [
        ("光伏186.5万千瓦、风电63.8万千瓦", "93.3", "新能源装机容量"),  # a list: of its total
        ("风电63.8万千瓦", "23.8", "风电"),  # one part: of that part
    ],
)
def test_a_share_after_a_list_of_parts_is_of_their_total(parts, share, part):
    table = _checks(
        f"2024年，新能源装机容量250.3万千瓦，其中{parts}，占全县电力总装机268.4万千瓦的{share}%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and row["indicators"] == f"占全县电力总装机; {part}"


def test_a_share_of_the_same_times_tax_or_of_a_rate_defined_in_brackets():
    table = _checks(
        "全年实现税收3.26亿元，其中工业税收1.21亿元，占同期税收的47.1%。全年牲畜出栏168.32万头只，其中"
        "出栏牛8.74万头，出栏率（按上年末存栏计算）66.4%。"
    )
    shares = table[table.check == "share"]
    # 1.21 / 3.26 = 37.1%: 同期 names no kind of tax; 出栏率 divides by last year's stock
    assert list(zip(shares.stated, shares.verdict, strict=True)) == [
        ("占同期税收 47.1%", "inconsistent")
    ]


def test_a_year_in_brackets_and_multiples_of_a_years_end():
    report = parse_text(
        "查干淖尔旗人民政府工作报告\n\n一、2022年工作回顾\n\n全旗地区生产总值由上年的176.52亿元增加到"
        "186.74亿元（2020年为162.38亿元），增长5.8%。全年实施旗级重点项目86个，完成投资68.52亿元。"
        "风电装机是2017年末（79万千瓦）的3.2倍。各项贷款余额158.4亿元，比年初增加18.9亿元，增长13.5%，"
        "是2012年末75.6亿元的2.1倍。\n"
    )
    claims = claims_table(report)
    rows = {(r.value, r.growth_pct): (r.name, r.period) for r in claims.itertuples()}
    assert rows[("162.38", "")] == ("地区生产总值", "2020")  # its bracket's year
    assert rows[("86", "")][1] == "2022"  # the bracket's year reaches no further
    assert rows[("79", "")][1] == "2017"
    assert rows[("", "220")] == ("风电装机", "2022")  # 3.2 times the end of 2017
    assert rows[("75.6", "")] == ("各项贷款余额", "2012")
    table = check_claims(claims, report).table
    judged = {(r.indicators, r.period, r.verdict) for r in table.itertuples()}
    assert ("金融机构贷款余额", "2012→2022", "consistent") in judged  # 158.4 / 75.6 = 2.10
    assert "inconsistent" not in set(table.verdict)


def test_a_month_reached_by_a_change_a_rate_of_households_and_those_reached():
    table = _checks(
        "诉求量由11月份的2632件下降到12月份的2416件，环比下降8.2%。2022年实施易地扶贫搬迁1286户"
        "5537人，其中集中安置938户4104人、分散安置348户1433人，集中安置率为72.9%。新增错时共享停车位"
        "486个，其中利用楼宇地下车库312个、利用机关企事业单位大院174个，缓解了九个社区夜间停车压力。"
    )
    judged = {
        (r.check, r.indicators.split("; ")[0], r.period, r.verdict) for r in table.itertuples()
    }
    # 12月份 after 下降到 is December alone; 938 / 1286 = 72.94% (of households, not people)
    assert ("count_change", "诉求量", "2022-11..2022-11→2022-12..2022-12", "consistent") in judged
    assert ("share", "集中安置率", "2022", "consistent") in judged
    assert not any(i == "社区夜间停车压力" for _, i, _, _ in judged)  # those reached, no part
    assert "inconsistent" not in set(table.verdict)


def test_a_change_of_pairs_and_a_doubling_over_another_year_than_the_change():
    report = parse_text(
        "一、2016年工作回顾\n\n全年实现脱贫273户594人，其中通过发展产业脱贫168户、转移就业脱贫62户、"
        "政策兜底脱贫43户，建档立卡贫困人口由2015年底的486户1032人减少到2016年底的213户438人。全乡"
        "合作社由上年的47家增加到62家，比2014年的31家翻了一番。\n"
    )
    claims = claims_table(report)
    rows = {r.value: (r.period, r.link) for r in claims.itertuples()}
    assert rows["1032"] == ("2015", "")  # the earlier pair, both of the end of 2015
    assert rows["213"] == ("2016", "changed_from")
    assert rows["438"] == ("2016", "changed_from")  # the second of the later pair
    assert claims.set_index("value").loc["438", "name"] == "建档立卡贫困人口"
    table = check_claims(claims, report).table
    judged = {(r.indicators, r.period, r.verdict) for r in table.itertuples()}
    assert ("合作社", "2014→2016", "consistent") in judged  # 62 is twice 31, not 47
    assert "inconsistent" not in set(table.verdict)


def test_a_parks_tax_the_provinces_incomes_and_a_recovery_to_2019():
    report = parse_text(
        "椰澜市人民政府工作报告\n\n一、2023年工作回顾\n\n一般公共预算收入21.36亿元，其中税收收入15.82亿元，"
        "占74.1%。椰澜临空产业园新入驻企业132家，全年实现营业收入46.8亿元、税收2.35亿元。城镇和农村"
        "常住居民人均可支配收入分别达到43862元和21047元，分别增长6.4%和7.4%。同期全省城镇和农村常住"
        "居民人均可支配收入分别为42661元和20708元，分别增长4.8%和7.0%。一季度接待游客312.5万人次，"
        "恢复到2019年的94.7%，全年实现旅游总收入148.63亿元，同比增长51.2%。\n"
    )
    claims = claims_table(report).set_index("value")
    assert claims.loc["2.35", "scope"] == "椰澜临空产业园"
    assert list(claims.loc[["42661", "20708"], "indicator"]) == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert set(claims.loc[["42661", "20708"], "scope"]) == {"全省"}
    assert claims.loc["148.63", "period"] == "2023"  # 2019 is the recovery's base only
    table = check_claims(claims_table(report), report).table
    assert "inconsistent" not in set(table.verdict)


def test_a_change_printed_as_a_pair_is_checked_in_both_units():
    table = _checks("贫困户由上年末的186户412人减少到23户47人，全年减少163户356人。")
    changes = table[table.check == "count_change"]
    # 186→23 is −163 households; 412→47 is −365 people, not −356
    assert list(zip(changes.stated, changes.verdict, strict=True)) == [
        ("-163 户", "consistent"),
        ("-356 人", "inconsistent"),
    ]


def test_figures_of_a_wider_place_through_its_sentence_and_wholes_of_shares():
    report = parse_text(
        "芙蓉街道办事处工作报告\n\n一、2022年工作回顾\n\n全年完成全口径税收31.48亿元，同比增长8.3%；"
        "区级税收7.86亿元，增长4.5%。过去一年，全区完成全口径税收112.65亿元、同比增长5.6%，区级税收"
        "38.42亿元、增长3.9%。全区、全街道规上工业增加值分别增长4.2%和5.8%。累计完成农村生活污水治理"
        "自然村48个，占全街道52个自然村的92.3%。棉花种植面积比上年的72.36万亩调减3.94万亩，下降5.4%。\n"
    )
    claims = claims_table(report).set_index("value")
    assert list(claims.loc[["112.65", "38.42"], "scope"]) == ["全区", "全区"]
    assert claims.loc["52", "parent"] == ""  # the whole of the share, no part of the 48
    assert claims.loc["-3.94", "measure"] == "change"
    table = check_claims(claims_table(report), report).table
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_places_ranked_among_a_base_in_brackets_and_the_whole_of_an_investment():
    table = _checks(
        "全年完成全口径税收31.48亿元，总量连续三年居全区16个街道（镇）首位，同比增长8.3%；区级税收完成"
        "7.86亿元，比上年增长4.5%（上年为7.52亿元），占全口径税收的25.0%。枸杞实现产值5.36亿元，较上年"
        "的4.77亿元增长12.4%，亩均产值7882元，是2015年（2.98亿元）的1.8倍。完成工业投资32.6亿元，增长"
        "14.2%，其中技改投资12.8亿元，占工业投资的39.3%；全镇固定资产投资48.6亿元，增长8.7%。"
    )
    judged = {(r.check, r.indicators.split("; ")[0], r.verdict) for r in table.itertuples()}
    assert ("share", "占全口径税收", "consistent") in judged  # 7.86 / 31.48, not last year's
    multiple = table[table.stated.str.contains("1.8 倍")]
    assert list(zip(multiple.indicators, multiple.verdict, strict=True)) == [
        ("枸杞实现产值", "consistent")  # 5.36 / 2.98 = 1.80, not 亩均产值 7882元's
    ]
    assert not any(i == "街道" for _, i, _ in judged)  # 16 places ranked among, no figure
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_review_of_round_18_a_wider_place_needs_a_figure_of_its_own():
    report = parse_text(
        "青山县人民政府工作报告\n\n一、2023年工作回顾\n\n2023年，全省经济承压前行，地区生产总值完成128.6亿元，"
        "增长6.5%。规上工业增加值增长8.2%，全市排名第二，一般公共预算收入8.6亿元。\n\n全年地区生产总值"
        "达到130.2亿元，比上年增长6.5%。耕地保有量达到90.2万亩，比上年末的89.9万亩增加0.3万亩，比"
        "“十一五”末的86.50万亩增加3.7万亩。人口自然增长率为5.2‰。继电保护装置改造45套，继续教育培训"
        "3200人次。农户是2015年（2.98亿元）的1.8倍300户。\n"
    )
    claims = claims_table(report)
    assert set(claims[claims.indicator != ""].scope) == {""}  # no 全省, no 全市
    names = set(claims.name)
    assert {"人口自然增长率", "继电保护装置改造", "继续教育培训"} <= names
    table = check_claims(claims, report).table  # no crash on a base in another unit
    bad = table[table.verdict == "inconsistent"]
    # the one restatement: 128.6 here, 130.2 there; 86.50 is of the end of 2010
    assert list(zip(bad.check, bad.stated, strict=True)) == [
        ("same_quantity", "128.6 亿元；130.2 亿元")
    ]


def test_visits_to_firms_are_no_count_of_the_firms():
    body = (
        "走访规上企业四百余次，协调解决问题一百三十二个。规上工业企业由上年的154家增加到168家，"
        "净增14家。"
    )
    table = _checks(body)
    assert "same_quantity" not in set(table.check)
    [row] = table[table.check == "count_change"].to_dict("records")
    assert row["verdict"] == "consistent"


def test_measure_words_in_brackets_after_a_total_count_its_parts_too():
    table = _checks(
        "年末全县各类牲畜存栏31.86万头（只、匹），其中牦牛12.41万头、绵羊17.92万只、"
        "山羊及其他1.53万头（只）。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "consistent" and "绵羊" in row["indicators"]
    apart = _checks("年末生猪存栏3.2万头，其中能繁母猪0.4万头、肉羊1.9万只。")  # no note
    assert all("肉羊" not in names for names in apart.indicators)


def test_a_kind_of_fishery_under_its_total_is_a_part_not_the_total_restated():
    table = _checks(
        "实现渔业总产值128.65亿元，比上年的121.37亿元增长6.0%，其中远洋渔业产值52.36亿元，"
        "占渔业总产值的40.7%。"
    )
    assert "same_quantity" not in set(table.check)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "远洋渔业产值" in share["indicators"]


def test_a_share_of_a_named_industry_under_a_total_of_several_is_of_that_industry():
    table = _checks(
        "电子信息、装备制造、生物医药三大主导产业分别实现产值386.40亿元、214.80亿元和96.50亿元，"
        "三大主导产业合计实现产值697.70亿元。其中，电子信息产业中的新型显示和功率半导体两个"
        "细分领域实现产值168.20亿元，占电子信息产业产值的43.5%。"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and share["indicators"].endswith("; 电子信息")
    assert "生物医药三大主导产业" not in " ".join(table.indicators)


def test_a_figure_past_a_semicolon_larger_than_the_total_or_named_unlike_its_parts_is_no_part():
    table = _checks(
        "高新技术企业由上年的348家增加到426家，净增78家，增长22.4%，其中全年新认定高新技术企业"
        "95家、到期未通过复审17家；入库国家科技型中小企业612家，比上年增加156家，增长34.2%。"
    )
    assert "sum" not in set(table.check)
    assert "inconsistent" not in set(table.verdict)
    table = _checks("高标准打造乡村振兴示范村6个，其中省级2个、市级4个；创建美丽乡村示范村5个。")
    assert not table.indicators.str.contains("美丽乡村").any()
    kept = _checks("规上工业企业231家，其中新增入规25家、退规8家；产值超亿元企业96家。")
    assert kept.indicators.str.contains("产值超亿元企业; 规模以上工业企业").any()


def test_a_share_named_by_a_stem_no_figure_before_holds_is_not_judged_on_that_figure():
    table = _checks(
        "年末奶牛存栏4.26万头，增长8.1%。全县存栏千头以上规模牧场发展到九个，"
        "奶牛规模化养殖比重达到78.5%。"
    )
    assert "share" not in set(table.check)
    kept = _checks("全镇12个行政村中，5个村建成文化广场，文化广场覆盖比重达到41.7%。")
    assert list(kept[kept.check == "share"].verdict) == ["consistent"]


def test_the_own_level_of_a_city_is_no_restatement_of_the_whole_city():
    table = _checks(
        "全市一般公共预算收入158.72亿元，增长9.3%，其中市本级一般公共预算收入46.35亿元，增长9.7%。"
    )
    assert "same_quantity" not in set(table.check)


def test_a_target_set_by_the_district_is_the_whole_of_the_progress_not_the_part_of_a_share():
    table = _checks(
        "全年完成全口径税收48.63亿元，同比增长12.6%。区级税收15.82亿元，增长10.9%，完成区下达"
        "年度目标15.2亿元的104.1%，占全口径税收的比重为32.5%。"
    )
    shares = table[table.check == "share"]
    assert set(shares.verdict) == {"consistent"} and len(shares) == 2


def test_a_share_of_the_subject_of_its_own_sentence_is_not_judged_on_the_sentence_before():
    table = _checks(
        "全年实施重点项目134个，完成投资124.7亿元，完成年度计划110亿元的113.4%。工业投资增长"
        "14.2%，占固定资产投资的比重为43.8%。"
    )
    assert "inconsistent" not in set(table.verdict)
    kept = _checks(
        "全年水产品总产量82.46万吨，其中远洋捕捞产量34.18万吨。远洋捕捞产量比上年的30.64万吨增长"
        "11.6%，占水产品总产量的41.5%。"
    )
    assert list(kept[kept.check == "share"].verdict) == ["consistent"]


def test_the_total_not_its_last_part_is_the_progress_towards_a_task():
    table = _checks(
        "全年拆除违法建设38620平方米，其中屋顶违建12360平方米、地面违建26260平方米，完成区下达"
        "任务35000平方米的110.3%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "拆除违法建设" in row["indicators"]


def test_a_street_after_qizhong_is_the_scope_of_the_figures_of_its_item():
    report = parse_text(
        "云溪区2024年政府工作报告\n一、2023年工作回顾\n\n全年规模以上工业总产值达到1046.38亿元，"
        "比上年的962.71亿元增长8.7%。其中，云峰街道依托西部智能网联汽车产业园，规上工业产值由上年"
        "的251.38亿元增加到286.42亿元，占全区的比重由26.1%提高到27.4%。\n"
    )
    claims = claims_table(report)
    assert list(claims[claims.value == "286.42"].scope) == ["云峰街道"]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)


def test_a_second_rate_after_a_figure_whose_share_was_given_is_of_another_figure():
    table = _checks(
        "全镇中小学在校生2.16万人，其中异地务工人员子女1.18万人，占54.6%，义务教育阶段异地务工"
        "人员子女在公办学校就读比例提高到46.2%。"
    )
    assert list(table[table.check == "share"].verdict) == ["consistent"]


def test_a_larger_figure_after_parts_that_make_up_their_total_is_no_part():
    table = _checks(
        "关停淘汰落后产能企业46家，其中家具喷涂企业28家、小五金电镀作坊18家，完成挥发性有机物"
        "治理设施升级改造企业132家。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert len(table[table.check == "part_of_whole"]) == 2


def test_a_target_growth_set_by_the_province_is_not_the_growth_of_the_level_reached():
    table = _checks(
        "全市PM2.5平均浓度72微克/立方米，比上年的82微克/立方米下降12.2%，超额完成省下达的"
        "下降10%的目标任务。"
    )
    [row] = table[table.check == "growth"].to_dict("records")
    assert row["verdict"] == "consistent" and "12.2" in row["stated"]


def test_an_average_stated_at_comparable_prices_is_not_judged_on_current_price_levels():
    body = "全县地区生产总值由2011年的118.36亿元增加到2016年的186.42亿元，{}年均增长8.4%。"
    stated = _checks(body.format("按可比价格计算"))
    [row] = stated[stated.check == "average_growth"].to_dict("records")
    assert row["verdict"] == "not_assessable" and "可比价" in row["explanation"]
    plain = _checks(body.format(""))  # not said: inconsistent with the levels, with the flag
    [row] = plain[plain.check == "average_growth"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["flag"] == "comparable_prices"


def test_a_growth_at_comparable_prices_that_implies_an_implausible_price_change_is_inconsistent():
    table = _checks(
        "社会消费品零售总额215.4亿元，比上年的190.3亿元按可比价格计算增长19.6%。"  # prices −5.4%
    )
    [row] = table[table.check == "growth"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["flag"] == "comparable_prices"


def test_round_21_false_alarms_stay_away():
    table = _checks(
        "年末牲畜存栏60.9万头（只），其中牛12.6万头、羊48.3万只，全年牲畜出栏64.2万头（只），"
        "比上年增长7.5%。127家规上工业企业中，有高新技术企业49家、外资企业38家。高新技术企业由"
        "上年的46家增加到58家，净增12家。“澜桥大米”“东港青虾”两个农产品获评省级名特优农产品，"
        "全镇绿色优质农产品比重达到72.5%。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    assert "牲畜出栏" not in " ".join(table[table.check == "part_of_whole"].indicators)


def test_a_wider_class_that_grew_past_a_semicolon_is_no_part_of_a_narrower_one():
    table = _checks(
        "营业收入超10亿元企业达到十一家，其中超50亿元企业两家；营业收入超亿元企业由86家增加到"
        "103家。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_classes_listed_under_a_total_do_not_overlap():
    table = _checks("全年受理12345热线诉求18642件，其中咨询类6215件、求助类8937件、投诉类3940件。")
    [row] = table[table.check == "disjoint_parts"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("19092 件")


def test_the_progress_of_new_ones_towards_their_task_is_judged():
    table = _checks("全年新增就业1865人，完成区下达任务1600人的118.6%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"] == "116.56%"


def test_a_part_past_a_semicolon_named_as_its_total_with_a_level_is_still_a_part():
    table = _checks("全县农业龙头企业达到20家，其中国家级2家、省级5家；市级农业龙头企业25家。")
    assert "inconsistent" in set(table.verdict)  # 25 of the 20: the error is found


def test_the_own_level_of_a_city_larger_than_the_city_is_found():
    table = _checks("全市一般公共预算收入40.12亿元，其中市本级一般公共预算收入46.35亿元。")
    [row] = table[table.check == "part_of_whole"].to_dict("records")
    assert row["verdict"] == "inconsistent"


def test_a_whole_named_before_zhong_without_a_mark_is_the_whole_of_the_figures_after_it():
    table = _checks(
        "全市财政收入完成186.42亿元，比上年的171.35亿元增长8.8%；其中地方一般公共预算收入112.68亿元，"
        "比上年的102.46亿元增长10.0%，地方一般公共预算收入中税收收入86.95亿元，占比77.2%。"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and share["indicators"].endswith("一般公共预算收入")


def test_how_many_more_than_last_year_is_a_change_and_a_class_before_a_wording_no_level():
    table = _checks(
        "全年完成老旧小区改造21个，涉及居民3846户，比上年多改造8个，完成区下达任务18个的116.7%。"
        "年末规上工业企业由上年的196家增加到218家。全区亩均税收10万元以上的规上工业企业86家，"
        "占规上工业企业总数的39.4%。"
    )
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.stated == "任务 116.7%"].to_dict("records")
    assert share["verdict"] == "consistent"


def test_an_average_after_a_range_of_levels_is_of_both_ends_not_a_growth_over_one_year():
    table = _table_of(
        "一、2024年工作回顾\n\n全区实现地区生产总值1268.45亿元，比上年的1196.82亿元增长6.0%。\n\n"
        "二、2025年工作安排\n\n按今年增长5.5%—6%测算，2025年地区生产总值将达到1338亿—1345亿元，"
        "“十四五”期间年均增长7%左右。\n"
    )
    assert "inconsistent" not in set(table.verdict)


def test_the_progress_towards_a_plan_named_like_the_figure_before_is_judged():
    table = _checks("全年收购烟叶3.42万担，完成县下达收购计划3.3万担的106.3%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("103.64%")
    other = _checks(
        "全乡外出务工6238人，其中脱贫劳动力2416人、省外务工4135人，脱贫劳动力务工人数完成县下达"
        "目标任务2300人的105.0%。"
    )
    assert "inconsistent" not in set(other.verdict)


MARKET = (
    "外贸进出口总额486.35亿元，比上年的432.18亿元增长12.5%，其中出口213.62亿元、进口272.73亿元。"
    "对东盟进出口305.72亿元，增长15.8%，占全市外贸进出口总额的{share}%。"
    "“十四五”前四年，外贸进出口总额由2020年的318.64亿元增加到486.35亿元，年均增长11.2%，"
    "其中对东盟进出口由142.36亿元增加到305.72亿元，是2020年的2.1倍。\n\n二、2023年工作安排\n\n"
    "地区生产总值达到1463亿元，外贸进出口总额达到525.3亿元，增长8%，对东盟进出口占比保持在60%以上。"
)


@pytest.mark.parametrize(("share", "verdict"), [("62.9", "consistent"), ("64.9", "inconsistent")])
def test_one_market_is_no_statement_of_the_total_and_its_share_is_of_the_total(share, verdict):
    table = _checks(MARKET.format(share=share))
    assert table[table.verdict == "inconsistent"].check.tolist() == (
        [] if verdict == "consistent" else ["share"]
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == verdict and row["recomputed"].startswith("62.86%")
    assert "对东盟" in row["explanation"] and "外贸进出口总额 486.35" in row["explanation"]


@pytest.mark.parametrize(("share", "verdict"), [("43.4", "consistent"), ("48.4", "inconsistent")])
def test_trade_with_a_partner_is_no_statement_of_the_total_trade(share, verdict):
    table = _checks(
        "全年实现进出口总额2868.43亿元，其中出口2716.59亿元，进口151.84亿元。与“一带一路”沿线国家"
        f"进出口1245.86亿元，占进出口总额的{share}%。同东盟进出口312.5亿元，增长6.2%。"
    )
    assert table[table.verdict == "inconsistent"].check.tolist() == (
        [] if verdict == "consistent" else ["share"]
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == verdict and row["recomputed"].startswith("43.43%")
    assert "与“一带一路”沿线国家进出口 1245.86 亿元" in row["explanation"]


def test_a_share_named_by_its_part_is_not_of_a_figure_of_one_part_of_the_place():
    table = _checks(
        "预计全年全口径税收收入86.74亿元，增长5.8%；区级税收收入31.26亿元，增长6.3%。"
        "滨江街道全口径税收收入12.6亿元，增长9.8%。区级税收收入占全口径税收收入的比重为36.0%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "区级税收收入 31.26" in row["explanation"]


def test_parts_of_letter_grades_exclude_each_other():
    table = _checks("全年完成农村危房改造164户，其中D级危房拆除重建68户、C级危房维修加固106户。")
    [row] = table[table.check == "disjoint_parts"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("174 户")
    fine = _checks("全年完成农村危房改造164户，其中D级危房拆除重建58户、C级危房维修加固106户。")
    assert fine[fine.check == "disjoint_parts"].verdict.tolist() == ["consistent"]


def test_a_sum_after_a_list_and_its_growths_opened_by_the_count_of_the_list_is_judged():
    table = _checks(
        "濂城区、江北区、海湾区三个城区分别实现地区生产总值386.47亿元、215.63亿元、248.92亿元，"
        "分别增长5.8%、4.9%、6.3%，三个城区合计851.02亿元；白石县、横岭县、大坡县、浦川县分别实现"
        "162.38亿元、133.56亿元、126.71亿元、107.85亿元，四个县合计535.50亿元。"
        "枸杞、葡萄、滩羊产值分别达到10.86亿元、6.24亿元和8.42亿元，分别增长13.2%、15.3%和9.6%，"
        "合计25.52亿元，比上年的22.68亿元增长12.5%。"
    )
    sums = table[table.check == "sum"]
    assert sums.verdict.tolist() == ["consistent", "inconsistent", "consistent"]
    assert sums.recomputed.iloc[1].startswith("530.50 亿元")
    growth = table[(table.check == "growth") & (table.stated.str.startswith("25.52"))]
    assert growth.verdict.tolist() == ["consistent"]  # the sum keeps its level of last year


def test_a_port_throughput_restated_otherwise_is_found_and_two_ports_are_two_figures():
    table = _checks(
        "濂州港全年完成货物吞吐量8642万吨，比上年的7836万吨增长10.3%；集装箱吞吐量68.4万标箱。"
        "濂州港货物吞吐量达到8462万吨、跃居北部湾港口群前列。"
    )
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["indicators"] == "港口货物吞吐量"
    two = _checks(
        "东港全年完成货物吞吐量8642万吨，增长10.3%；西港完成货物吞吐量2360万吨，增长5.2%。"
    )
    assert "same_quantity" not in set(two.check)


def test_a_rate_of_another_subject_ending_like_a_part_is_not_its_share():
    table = _checks(
        "促进辖区居民就业1128人，其中帮扶就业困难人员就业216人，登记失业人员就业率达到76.4%。"
    )
    assert table[table.check == "share"].empty


def test_a_quoted_kind_or_the_buildings_of_a_class_name_a_part_not_the_total():
    table = _checks(
        "规模以上工业企业由上年的312家增加到338家，净增26家。全年整治“散乱污”工业企业86家。"
        "全年完成税收38.59亿元，同比增长2.1%。11幢亿元楼合计实现税收19.82亿元。"
    )
    assert "part_of_whole" not in set(table.check)
    assert "inconsistent" not in set(table.verdict)


def test_crop_farming_listed_in_the_sentence_after_its_total_is_no_second_total():
    table = _checks(
        "全年实现农林牧渔业总产值58.63亿元，按可比价格计算增长4.1%。其中，农业产值29.84亿元，"
        "林业产值3.12亿元，牧业产值19.36亿元，渔业产值3.47亿元。"
    )
    assert "same_quantity" not in set(table.check)
    assert "inconsistent" not in set(table.verdict)


def test_a_sum_named_only_heji_adds_up_the_figures_of_an_indicator_listed_before_it():
    table = _checks(
        "分镇街看，城东街道、城西街道、大岭镇分别完成规上工业总产值412.6亿元、268.4亿元、101.9亿元，"
        "合计772.9亿元。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("782.9 亿元")


def test_a_gap_between_growths_takes_the_other_growth_of_its_own_sentence():
    table = _checks(
        "规上工业企业实现营业收入452.6亿元，增长8.3%；实现利润总额31.45亿元，增长12.6%，"
        "利润增速高于营业收入4.3个百分点。规上服务业企业达到58家，实现营业收入48.6亿元，增长10.5%。"
    )
    [row] = table[table.check == "growth_gap"].to_dict("records")
    assert row["verdict"] == "consistent" and "规模以上工业营业收入" in row["indicators"]


def test_a_rate_of_a_group_of_people_is_not_over_the_total_its_part_belongs_to():
    table = _checks(
        "全街道家庭医生签约居民4.68万人，其中60周岁及以上老年人签约3.12万人，老年人签约率达到73.8%。"
        "易地扶贫搬迁1286户5537人，其中集中安置4104人，集中安置率74.1%。"
    )
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent"]  # 4104 of 5537; not 3.12 of 4.68
    assert "集中安置" in shares.indicators.iloc[0]


def test_a_part_whose_share_names_another_whole_is_a_part_of_that_whole():
    table = _checks(
        "财政总收入18.64亿元，增长9.1%，其中一般公共预算收入11.38亿元，增长8.2%；税收收入15.12亿元，"
        "占财政总收入的比重为81.1%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]


def test_a_share_whose_whole_is_left_out_takes_the_whole_of_the_share_before_it():
    table = _checks(
        "全区规模以上工业总产值1286.4亿元，增长14.2%。汽车摩托车、电子信息、装备制造分别实现产值"
        "486.3亿元、312.7亿元和198.6亿元，汽车摩托车产业产值占规模以上工业总产值的37.8%，"
        "电子信息产业占{e}%。".format(e="24.3")
    )
    assert table[table.check == "share"].verdict.tolist() == ["consistent"] * 2
    wrong = _checks(
        "全区规模以上工业总产值1286.4亿元，增长14.2%。汽车摩托车、电子信息、装备制造分别实现产值"
        "486.3亿元、312.7亿元和198.6亿元，汽车摩托车产业产值占规模以上工业总产值的37.8%，"
        "电子信息产业占26.3%。"
    )
    assert wrong[wrong.check == "share"].verdict.tolist() == ["consistent", "inconsistent"]


def test_a_change_over_last_year_is_not_judged_against_the_base_of_a_multiple():
    table = _checks("规模以上食品企业达到86家，比上年增加9家，是2015年43家的2倍。")
    assert "inconsistent" not in set(table.verdict)
    changes = table[table.stated == "9 家"]
    assert changes.verdict.tolist() == ["not_assessable"] and "77 家" in changes.recomputed.iloc[0]


def test_funds_by_level_of_government_exclude_each_other():
    table = _checks(
        "统筹整合财政涉农资金3.86亿元，其中中央资金2.14亿元、省级资金1.08亿元、市县级资金0.84亿元。"
    )
    [row] = table[table.check == "disjoint_parts"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("4.06 亿元")


def test_an_average_growth_after_a_multiple_is_judged_against_the_two_levels():
    text = (
        "一、2020年工作回顾\n\n五年来，企业营业总收入由2015年的618.2亿元增加到1286.4亿元，"
        "是2015年的2.1倍，年均增长17.2%；地区生产总值由2015年的118.32亿元增加到186.45亿元，"
        "是2015年的1.58倍，按可比价格计算年均增长7.1%。\n"
    )
    table = _table_of(text)
    averages = table[table.check == "average_growth"]
    assert averages.verdict.tolist() == ["inconsistent", "not_assessable"]
    assert averages.recomputed.iloc[0].startswith("15.78%")


def test_a_rate_whose_subject_is_the_total_and_whose_verb_is_the_part_is_its_share():
    table = _checks("全年登记失业人员1877人，其中帮助实现就业1286人，失业人员就业率为68.5%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and row["recomputed"].startswith("68.51%")


def test_a_share_whose_whole_is_only_a_growth_does_not_crash_and_a_turned_situation_dates_itself():
    report = parse_text(
        "一、2018年工作回顾\n\n全年区级一般公共预算收入完成48.36亿元，增长2.1%，扭转了一季度下降8.6%、"
        "上半年下降3.2%的被动局面；其中税收收入39.62亿元，增长5.1%，税收占区级一般公共预算收入的"
        "比重为81.9%。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value == "39.62"].period.tolist() == ["2018"]
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)


def test_all_items_taxes_are_no_restatement_of_the_budget_s_and_their_share_takes_them():
    table = _checks(
        "全年区级一般公共预算收入完成48.36亿元，增长2.1%，其中税收收入39.62亿元，增长5.1%。"
        "全区实现税收总额（全口径）112.36亿元，增长3.4%。楼宇经济实现税收由上年的24.23亿元增加到"
        "26.48亿元，增长9.3%，占全区税收总额的23.6%。改造困难群众危房23户，完成适老化改造186户。"
    )
    assert "inconsistent" not in set(table.verdict)
    [row] = table[table.check == "share"].to_dict("records")
    assert row["recomputed"].startswith("23.57%")


def test_a_sum_opened_by_a_count_adds_up_only_that_many_figures_of_one_measure():
    table = _checks(
        "全市实现规上工业总产值1320亿元、营业收入1280亿元，三个园区合计实现产值860亿元。"
    )
    assert "sum" not in set(table.check)


def test_a_change_over_last_year_end_is_not_judged_against_the_base_of_a_multiple():
    table = _checks("全县高新技术企业达到86家，较上年末增加9家，是2015年43家的2倍。")
    assert "inconsistent" not in set(table.verdict)


def test_projects_by_level_of_government_may_overlap():
    table = _checks(
        "全县实施重点项目126个，其中省级重点项目18个、市级重点项目65个、县级重点项目60个。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_restatement_in_brackets_is_no_part_of_the_figure():
    table = _checks("年末金融机构贷款余额320亿元（扣除政策性转贷后为280亿元），增长8.2%。")
    assert "part_of_whole" not in set(table.check)


def test_a_goal_between_a_level_and_its_growth_takes_neither_the_growth_nor_the_share():
    table = _checks(
        "全乡实现农业总产值38642万元，完成年度目标37500万元的103.0%，比上年的35786万元增长8.0%。"
        "一般公共预算收入完成86.52亿元，完成年度预算85亿元的101.8%，比上年的84.87亿元增长1.9%，"
        "占财政总收入的46.3%；财政总收入186.74亿元。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert table[table.check == "growth"].verdict.tolist() == ["consistent"] * 2


def test_rates_listed_for_subjects_named_before_are_not_shares_of_the_total():
    table = _checks(
        "搬迁家庭劳动力1596人，已实现就业1542人，就业率为96.6%，其中县城安置点和乡集镇安置点搬迁"
        "劳动力分别为1168人和428人，已就业分别为1131人和411人，就业率分别为96.8%和96.0%。"
    )
    assert "inconsistent" not in set(table[table.check == "share"].verdict)


def test_taxes_paid_by_some_payers_are_no_restatement_of_the_place_s_taxes():
    table = _checks(
        "一般公共预算收入4.38亿元，其中税收收入2.86亿元。全年新能源发电量13.6亿千瓦时，上缴税收0.86亿元。"
    )
    assert "same_quantity" not in set(table.check)


def test_a_rate_of_the_whole_compared_after_a_list_of_sites_is_the_whole_s_rate():
    table = _checks(
        "搬迁家庭劳动力1596人，已实现就业1542人，就业率为96.6%，其中县城安置点和乡集镇安置点"
        "搬迁劳动力分别为1168人和428人，已就业分别为1131人和411人，就业率分别为96.8%和96.0%；"
        "全乡搬迁劳动力就业率比上年的95.1%提高1.5个百分点。"
    )
    [row] = table[table.check == "points_change"].to_dict("records")
    assert row["verdict"] == "consistent"
    assert "96.6%" in row["explanation"] and "95.1%" in row["explanation"]


def test_a_base_printed_inside_a_growth_is_no_earlier_level_of_the_next_figure():
    table = _checks(
        "2022年，石门、坪上、龙井3个村集体经济收入分别为56.42万元、38.75万元和47.16万元，"
        "合计142.33万元，比上年的116.38万元增长22.3%，村均47.44万元，是2020年的2.1倍。"
    )
    assert "inconsistent" not in set(table.verdict)
    rows = table[table.indicators.str.startswith("村均")].to_dict("records")
    assert [r["verdict"] for r in rows] == ["not_assessable"]
    assert "2020 年村均约为 22.59 万元" in rows[0]["explanation"]
    [total] = table[(table.check == "growth") & (table.verdict == "consistent")].to_dict("records")
    assert "116.38" in total["explanation"]


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        (
            "全年争取衔接资金3126万元，实施衔接资金项目28个，其中产业发展类项目17个、资金1984万元，"
            "基础设施类项目9个、资金986万元，其他类项目2个、资金156万元；产业发展类项目资金占"
            "衔接资金总额的63.5%。",
            "资金 1984 万元",
            "3126 万元",
        ),
        (
            "新签约项目68个，总投资326.5亿元，其中京津项目41个、投资198.6亿元，京津项目投资占"
            "签约总投资的60.8%。",
            "投资 198.6 亿元",
            "总投资 326.5 亿元",
        ),
    ],
)
def test_a_share_of_a_part_s_money_divides_the_money_printed_after_its_count(sentence, part, whole):
    table = _checks(sentence)
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent"
    assert part in row["explanation"] and whole in row["explanation"]


def test_parts_after_a_share_of_a_wider_whole_are_parts_of_the_figure_before_the_share():
    table = _checks(
        "全乡咖啡种植面积3.12万亩，占全县16.8万亩的18.6%，其中投产面积2.46万亩，占78.8%。"
    )
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.stated.str.contains("78.8%")].to_dict("records")
    assert share["verdict"] == "consistent"
    assert "占“全乡咖啡种植面积 3.12 万亩”" in share["explanation"]
    [part] = table[table.check == "part_of_whole"].to_dict("records")
    assert part["indicators"] == "投产面积; 咖啡种植面积"


def test_a_multiple_of_a_sum_after_a_list_is_of_the_sum_printed_before_the_list():
    table = _checks(
        "2022年，全乡6个村集体经济收入合计75.2万元，比上年的58.6万元增长28.3%，村均12.53万元。"
        "分村看，勐岗村、南棒村、帕拉村、户算村、永和村、芒回村集体经济收入分别为16.8万元、"
        "14.2万元、12.5万元、11.6万元、10.4万元和9.7万元，全乡合计是2020年35.8万元的2.1倍。"
    )
    assert "inconsistent" not in set(table.verdict)
    rows = table[table.stated.str.contains("2.1 倍")].to_dict("records")
    assert [r["verdict"] for r in rows] == ["consistent"]
    assert "75.2 万元较 2020 年 35.8 万元" in rows[0]["explanation"]


def test_a_running_count_of_firms_that_acted_is_no_level_of_all_the_firms():
    table = _checks(
        "规上工业企业由上年的412家增加到438家，净增26家。全年推动126家规上工业企业实施数字化"
        "智能化改造，累计达到318家，占规上工业企业的72.6%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and "318 家" in share["explanation"]


def test_investment_by_the_nature_of_construction_may_not_exceed_its_total():
    table = _checks(
        "全社会固定资产投资完成142.6亿元。其中，工业投资68.3亿元，增长12.4%；工业投资中，"
        "技术改造投资31.5亿元、新建扩建项目投资38.6亿元。"
    )
    [row] = table[table.check == "disjoint_parts"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["indicators"] == "工业投资; 技术改造投资; 新建扩建项目投资"


def test_a_year_compared_with_dates_the_earlier_end_of_a_change_and_bases_a_growth():
    table = _checks(
        "与“十二五”末的2015年相比，全县一般公共预算收入由10.36亿元增加到12.48亿元，"
        "是2015年的1.2倍，年均增长2.7%。与疫情前的2019年相比，规上工业总产值增长24.9%。"
    )
    assert "inconsistent" not in set(table.verdict)
    [average] = table[table.check == "average_growth"].to_dict("records")
    assert average["verdict"] == "consistent" and average["period"] == "2015→2022"


def test_a_year_compared_with_opens_a_sentence_of_figures_of_the_report_s_year():
    from indicators import extract_claims

    report = parse_text(
        "一、2021年工作回顾\n\n与疫情前的2019年相比，规上工业总产值增长24.9%，两年平均增长11.8%。\n"
    )
    rows = [(c.year, c.growth_pct, c.growth_basis) for c in extract_claims(report)]
    assert rows == [(2021, "24.9", "比2019年"), (2021, "11.8", "2020..2021年均")]


def test_a_target_named_without_the_verb_of_its_level_takes_that_level_as_its_base():
    table = _table_of(
        "一、2024年工作回顾\n\n家用电器制造业实现产值538.62亿元，增长4.1%。\n\n"
        "二、2025年工作安排\n\n家用电器制造业产值力争达到570亿元、增长5.8%。\n"
    )
    [row] = table[table.stated.str.contains("570")].to_dict("records")
    assert row["verdict"] == "consistent" and row["period"] == "2024→2025"
    assert "538.62" in row["explanation"]


def test_a_share_naming_its_part_and_whole_opening_a_paragraph_divides_the_figures_so_named():
    table = _checks(
        "全年完成税收总收入31.47亿元，同比下降4.8%；区级税收9.86亿元，同比下降2.6%。\n\n"
        "从税收结构看，区级税收占税收总收入的比重为33.1%，三大行业贡献了六成以上的税收。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("31.33%")
    assert "区级税收 9.86 亿元" in row["explanation"] and "31.47 亿元" in row["explanation"]


def test_last_year_s_level_a_change_in_units_follows_is_the_earlier_level_of_the_figure():
    table = _checks(
        "全县农林牧渔业总产值86.74亿元。蚕农售茧收入6.21亿元，由上年的5.53亿元增加0.68亿元，"
        "增长12.3%，占全县农林牧渔业总产值的7.2%。"
    )
    assert "inconsistent" not in set(table.verdict)
    verdicts = dict(zip(table.check, table.verdict, strict=True))
    assert verdicts == dict.fromkeys(("share", "growth", "change_amount"), "consistent")


def test_a_park_s_figure_is_no_whole_of_the_whole_place_s_figures_after_it():
    table = _checks(
        "全镇完成工业总产值98.64亿元，比上年的89.37亿元增长10.4%。霞溪工业园区完成工业总产值"
        "62.35亿元，增长12.6%，占全镇的63.2%。全镇规模以上工业总产值86.25亿元，比上年的78.16亿元"
        "增长10.4%，占全镇工业总产值的87.4%。"
    )
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.stated.str.contains("87.4%")].to_dict("records")
    assert share["verdict"] == "consistent" and "98.64 亿元" in share["explanation"]


def test_the_county_seat_s_figure_is_a_part_and_no_whole_of_the_county_s_figures_after_it():
    table = _checks(
        "社会消费品零售总额42.68亿元，比上年的40.95亿元增长4.2%，其中县城所在地平岭镇实现社会"
        "消费品零售总额21.46亿元，占全县的50.3%；全县限额以上消费品零售额12.86亿元，占社会消费品"
        "零售总额的30.1%。"
    )
    assert "inconsistent" not in set(table.verdict)
    shares = table[table.check == "share"].verdict.tolist()
    assert shares == ["consistent", "consistent"]


def test_a_larger_sibling_with_parts_of_its_own_after_a_semicolon_is_no_part():
    table = _checks("全镇现有鞋服企业186家，其中规模以上34家；食品企业212家，其中规模以上12家。")
    assert "inconsistent" not in set(table.verdict)
    assert len(table[table.check == "part_of_whole"]) == 2


def test_a_share_after_a_named_growth_is_of_that_subject_and_其中_after_a_breakdown_item_is_its():
    table = _checks(
        "全区完成固定资产投资428.65亿元，增长16.3%。从投资主体看，国有及国有控股投资118.32亿元，"
        "民间投资296.84亿元，外商及港澳台商投资13.49亿元；民间投资增长21.4%，占固定资产投资的比重"
        "为69.2%。从产业投向看，工业投资212.64亿元，增长18.3%，占固定资产投资的49.6%，其中技术"
        "改造投资86.30亿元；基础设施投资96.52亿元。"
    )
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.stated.str.contains("69.2%")].to_dict("records")
    assert share["verdict"] == "consistent" and "民间投资 296.84 亿元" in share["explanation"]
    [part] = table[table.indicators.str.startswith("技术改造投资")].to_dict("records")
    assert part["indicators"] == "技术改造投资; 工业投资"


def test_markets_under_其中_of_a_market_are_its_parts_and_exclude_each_other():
    table = _checks(
        "全年外贸进出口总额305.01亿元。其中，出口218.64亿元；进口86.37亿元。对日韩出口96.82亿元，"
        "占全市出口总额的44.3%，其中对日本出口58.47亿元、对韩国出口39.35亿元。"
    )
    [row] = table[table.check == "disjoint_parts"].to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["indicators"] == "对日韩出口总额; 对日本出口总额; 对韩国出口总额"
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent"
    assert share["indicators"] == "占全市出口总额; 对日韩出口总额; 出口总额"


def test_a_breakdown_after_a_sum_of_counted_things_must_add_up_to_it():
    table = _checks(
        "全年八幢重点楼宇合计实现税收19.12亿元，比上年的18.76亿元增长1.9%。分楼宇看，苏河中心实现"
        "税收4.86亿元，同比增长3.4%；宝丰大厦3.27亿元，嘉瑞国际广场2.95亿元，河滨汇2.71亿元，"
        "新闸商务中心1.86亿元，远达中心1.58亿元，华康大厦1.22亿元，长安里0.97亿元。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("19.42 亿元")
    growths = table[(table.check == "growth") & table.stated.str.contains("19.12")]
    assert growths.verdict.tolist() == ["consistent"]


def test_a_breakdown_s_figures_are_parts_of_the_first_total_of_the_sentence_before():
    table = _checks(
        "全年受理12345热线工单8642件，比上年的9318件下降7.3%；办结8597件，办结率99.5%；电话回访"
        "7820件，其中评价满意7568件。从诉求类型看，城市管理、物业服务、民生服务和其他类工单分别为"
        "3124件、2286件、1768件和1464件。\n\n全年粮食总产量达到25.62亿斤，连续五年稳定在25亿斤"
        "以上。分品种看，玉米、水稻、大豆、杂粮杂豆产量分别为16.68亿斤、4.37亿斤、4.28亿斤和"
        "0.29亿斤，粮食平均亩产447.3公斤。"
    )
    assert "inconsistent" not in set(table.verdict)
    wholes = {i.split("; ")[1] for i in table[table.check == "part_of_whole"].indicators}
    assert wholes == {"受理12345热线工单", "电话回访", "粮食产量"}  # 其中评价满意 of 电话回访


def test_a_base_stated_in_a_target_sentence_dates_its_own_figure_only_and_names_the_target():
    table = _table_of(
        "一、2021年工作回顾\n\n全社会固定资产投资增长9.8%；地方一般公共预算收入1.386亿元。\n\n"
        "二、2022年工作安排\n\n主要预期目标是：地方一般公共预算收入以2021年1.386亿元为基数，力争"
        "达到14,690万元，增长6%；全社会固定资产投资增长8%左右。\n"
    )
    assert "inconsistent" not in set(table.verdict)
    [growth] = table[table.stated.str.contains("14690")].to_dict("records")
    assert growth["verdict"] == "consistent" and growth["period"] == "2021→2022"


def test_a_change_or_multiple_over_a_named_year_is_not_judged_against_last_year_s_level():
    table = _checks(
        "税收亿元楼由上年的4座增加到6座，是2016年的3倍。青稞亩产由上年的142.7公斤提高到145.7公斤，"
        "比2015年增加24.1公斤。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_the_sources_of_a_per_head_income_broken_down_add_up_to_it():
    table = _checks(
        "全县农牧民人均可支配收入13,642元，增长10.2%，城镇居民人均可支配收入36,580元，增长6.1%。"
        "从农牧民收入构成看，工资性收入3,962元、经营净收入6,418元、转移净收入3,046元、财产净收入"
        "216元，经营净收入占47.0%。"
    )
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["indicators"] == "经营净收入占; 经营净收入; 农村居民人均可支配收入"
    assert table[table.check == "sum"].verdict.tolist() == ["consistent"]


def test_counts_of_a_subset_of_the_firms_of_a_kind_are_no_level_of_all_of_them():
    table = _checks(
        "规模以上工业企业由2021年的18家增加到21家，增长16.7%。\n\n全镇现有食品加工企业46家，比上年的"
        "41家增加5家，增长12.2%，其中规模以上企业14家，占全镇规上工业企业的66.7%。全镇亩均税收超过"
        "30万元的规上工业企业达到12家，超亿元的规上工业企业5家。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and share["recomputed"] == "66.67%"


def test_a_year_compared_with_right_after_与_dates_the_earlier_end_of_a_change():
    table = _checks(
        "城镇常住居民人均可支配收入43518元，增长4.6%。与2019年相比，城镇常住居民人均可支配收入由"
        "37124元增加到43518元，三年年均增长6.4%。"
    )
    [row] = table[table.check == "average_growth"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["period"] == "2019→2022"
    assert row["recomputed"].startswith("5.44%")


def test_a_share_printed_as_a_change_from_last_year_is_judged_at_its_later_end():
    table = _checks(
        "全年实现规上工业总产值1486.3亿元，下降2.1%。分产业看，汽摩产业实现产值521.8亿元，下降8.6%，"
        "占规上工业总产值的比重由上年的37.6%下降到37.1%；电子信息产业实现产值368.4亿元，增长9.7%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("35.11%")


def test_new_ones_of_the_year_restated_differently_are_found_and_are_no_part_of_the_stock():
    table = _checks(
        "全年新增市场主体1.32万户。\n\n市场主体总量由上年末的11.02万户增加到11.86万户，增长7.6%，其中"
        "企业3.42万户、个体工商户8.44万户；全年新增市场主体1.23万户。"
    )
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["stated"] == "1.32 万户；1.23 万户"
    parts = table[table.check == "part_of_whole"].indicators.tolist()
    assert parts == ["企业; 市场主体", "个体工商户; 市场主体"]


def test_a_cause_between_a_village_and_its_figures_keeps_them_the_village_s():
    table = _checks(
        "全年完成工业总产值286.54亿元，比上年的262.18亿元增长9.3%。规模以上工业企业年初为138家，"
        "全年新增入规企业21家，退出6家，年末达到153家。马岗村受两家陶瓷企业关停搬迁影响，工业总产值"
        "由上年的12.35亿元减少到11.82亿元，下降4.3%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)
    claims = claims_table(parse_text("一、2022年工作回顾\n\n规模以上工业企业年初为138家。\n"))
    assert claims.period.tolist() == ["2021"]


def test_a_share_of_the_whole_place_s_figure_named_outside_the_vocabulary_finds_it():
    table = _checks(
        "全年实现营业收入1286.54亿元。\n\n分产业看，电子信息产业实现营业收入402.65亿元，增长18.2%，"
        "占全区营业收入的31.3%；高端装备制造产业实现营业收入356.28亿元，增长13.5%，占27.7%；"
        "现代服务业实现营业收入232.30亿元，增长15.8%，占18.1%。"
    )
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent"] * 3
    assert all("1286.54 亿元" in e for e in shares.explanation)


def test_an_industry_opening_a_plan_item_names_the_measure_printed_by_itself_after_it():
    table = _table_of(
        "一、2018年工作回顾\n\n全年实现营业收入1286.54亿元。生物医药产业实现营业收入168.94亿元，"
        "增长21.4%。\n\n二、2019年工作安排\n\n生物医药产业以疫苗、创新药和医疗器械为主攻方向，力争"
        "营业收入达到200亿元，增长18.4%。\n"
    )
    [row] = table[table.stated.str.contains("200")].to_dict("records")
    assert row["verdict"] == "consistent" and "168.94" in row["explanation"]


def test_a_part_under_其中_after_a_分别_list_is_of_the_listed_subject_it_names():
    table = _checks(
        "新增科技企业孵化器3家、众创空间5家，孵化器和众创空间分别达到18家和24家，其中国家级孵化器6家。"
    )
    [row] = table[table.check == "part_of_whole"].to_dict("records")
    assert row["verdict"] == "consistent" and row["indicators"] == "国家级孵化器; 孵化器"


def test_figures_of_a_season_over_two_years_are_no_figures_of_the_calendar_year():
    table = _checks(
        "全年接待游客486.3万人次，比上年的410万人次增长18.6%。2021—2022雪季，全县3家滑雪场接待"
        "滑雪者68.4万人次；2022—2023雪季开板以来（截至2023年1月5日），接待游客42.6万人次，同比增长"
        "63.8%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)


@pytest.mark.parametrize(
    "body",
    [
        # markets that hold others (东盟 in RCEP and in 一带一路) may overlap
        "对“一带一路”沿线国家进出口120亿元，增长8.1%，其中对东盟进出口60亿元、对RCEP其他成员国"
        "进出口70亿元。",
        # renovation and technical renovation may overlap
        "完成工业投资50亿元，增长12%，其中改扩建项目投资28亿元，技术改造投资26亿元。",
        # 杂粮 may hold 玉米
        "粮食播种面积20万亩，其中小麦8.5万亩，杂粮12万亩，玉米7万亩。",
        # the breakdown after two totals of one unit: which one it breaks down is not said
        "全年招商引资实际到位资金45亿元，新签约项目协议总投资86亿元。分产业看，工业项目协议投资"
        "42亿元，服务业项目协议投资30亿元，农业项目协议投资14亿元。",
        # new ones of one programme or channel are no restatement of the year's
        "全年新增市场主体1.32万户，新增高新技术企业15家。\n\n深化商事制度改革，线上办理新增市场主体"
        "0.86万户。实施科技型企业培育工程，新增高新技术企业9家。",
        # 占地 is no share: the figure before 其中 is no whole of a share
        "全年新建标准厂房5万平方米，建成占地12万平方米的智能制造产业园，其中标准厂房8万平方米。",
        # a share's part and whole named elsewhere are the place's, not a street's
        "全区全口径税收收入50.2亿元，增长5%。滨江街道全口径税收收入12.5亿元，其中区级税收收入"
        "2.1亿元。\n\n区级税收收入占全口径税收收入的比重为36.2%。",
        # a year compared with reaches its own item only
        "2019年地区生产总值为95亿元。\n\n与疫情前的2019年相比，旅游收入增长24.9%；地区生产总值达到"
        "120亿元，增长6.5%。",
    ],
)
def test_second_review_of_this_session_keeps_these_consistent(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_more_than_last_year_s_level_after_its_unit_is_a_change_of_the_figure():
    table = _checks(
        "全年新注册企业462户，比上年的398户多64户、增长16.1%，是2010年（148户）的3.1倍。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert table.verdict.tolist() == ["consistent"] * 3
    assert set(table.indicators) == {"新注册企业"}


def test_a_net_change_over_last_year_after_flows_is_of_the_stock():
    table = _checks("规上工业企业达到213家，全年新增入规企业34家、退出7家，比上年的186家净增27家。")
    assert table.verdict.tolist() == ["consistent"]
    assert table.indicators.tolist() == ["规模以上工业企业"]


def test_a_figure_restated_in_another_unit_is_no_whole_of_shares():
    table = _checks(
        "全年完成外贸进出口总额58.64亿元，增长15.2%。其中，出口41.27亿元（折合6.24亿美元），比上年"
        "的34.80亿元增长18.6%，占进出口总额的70.4%；分市场看，对欧盟出口12.84亿元，增长21.5%，占"
        "出口总额的31.1%；对东盟出口9.36亿元，增长32.8%，占22.7%；对美国出口8.12亿元，下降3.6%，"
        "占19.7%。"
    )
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent"] * 4


def test_其中_opening_a_sentence_takes_the_total_named_as_its_part_is():
    table = _checks(
        "全市新增入规企业二十一家，规模以上工业企业由上年的142家增加到158家，净增16家；高新技术企业"
        "由2019年的13家增加到26家，实现翻番。其中，规上白酒食品企业64家，实现营业收入386.42亿元。"
    )
    assert "inconsistent" not in set(table.verdict)
    [row] = table[table.indicators.str.startswith("规上白酒食品企业")].to_dict("records")
    assert row["indicators"] == "规上白酒食品企业; 规模以上工业企业"


def test_a_share_of_a_market_named_as_its_whole_divides_that_market_s_figure():
    table = _checks(
        "全年完成外贸进出口总额186.74亿元，比上年的163.29亿元增长14.4%。对东盟进出口112.58亿元，"
        "比上年的94.36亿元增长19.3%，其中对越南进出口58.46亿元，占对东盟进出口的51.9%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "112.58" in row["explanation"]


def test_more_than_last_year_after_a_listed_level_is_its_change():
    table = _checks(
        "城镇、农村居民人均可支配收入分别达到39264元和19638元，分别增长4.8%和6.5%，农村居民人均可支配"
        "收入比上年的18432元多1206元。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert set(table[table.indicators == "农村居民人均可支配收入"].verdict) == {"consistent"}


def test_a_product_s_exports_keep_the_product_in_their_name():
    table = _checks(
        "全县农产品出口额12.86亿元，比上年增长12.6%，其中蔬菜出口额7.92亿元、出口量26.4万吨，苹果出口额"
        "2.38亿元、出口量4.6万吨，蔬菜出口额占农产品出口额的61.6%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "7.92" in row["explanation"]


def test_what_was_produced_is_its_output_for_a_target_named_by_the_output():
    table = _table_of(
        "一、2021年工作回顾\n\n全年生产原酒13.62万千升，比上年的12.35万千升增长10.3%。\n\n"
        "二、2022年工作安排\n\n原酒产量达到14.5万千升，增长6.5%。\n"
    )
    assert table.verdict.tolist() == ["consistent", "consistent"]
    assert table.period.tolist() == ["2020→2021", "2021→2022"]


def test_animals_sold_are_one_measure_whichever_word_comes_first():
    table = _table_of(
        "一、2021年工作回顾\n\n全年出栏生猪3.6万头，增长8.4%。\n\n"
        "二、2022年工作安排\n\n生猪出栏力争达到3.9万头，增长8.3%。\n"
    )
    [row] = table[table.period == "2021→2022"].to_dict("records")
    assert row["verdict"] == "consistent" and "3.6" in row["explanation"]


def test_a_figure_outside_the_vocabulary_restated_with_its_digits_swapped_is_found():
    table = _checks(
        "全县粮食播种面积186.4万亩，其中玉米种植面积142.6万亩，玉米产量58.62万吨，增长6.9%。"
        "\n\n二、2023年工作安排\n\n去年，全县玉米产量达到56.82万吨，为巩固粮食安全打下基础。"
    )
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["indicators"] == "玉米产量"
    assert row["flag"] == "digit_slip" and "疑为笔误" in row["explanation"]


def test_figures_outside_the_vocabulary_named_alike_with_other_digits_are_not_compared():
    table = _checks(
        "发展小麦种植，种植面积12.6万亩；发展蔬菜种植，种植面积3.8万亩。"
        "新建冷藏保鲜库2个；中心镇新建冷藏保鲜库3座。"
    )
    assert "same_quantity" not in set(table.check)


def test_the_earlier_end_of_a_change_restating_a_level_with_its_digits_swapped_is_found():
    table = _table_of(
        "一、2022年工作回顾\n\n深化“亩均论英雄”改革，亩均税收7.71万元，亩均增加值42.6万元。\n\n"
        "二、2023年工作安排\n\n推进“亩均论英雄”改革，亩均税收由去年的7.17万元提高到8万元以上。"
        "城镇居民人均可支配收入由去年的42680元增加到45500元。\n"
    )
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["indicators"] == "亩均税收"
    assert row["flag"] == "digit_slip" and row["period"] == "2022"


@pytest.mark.parametrize("seat", ["州府雾岭市", "首府雾岭市", "县级雾岭市", "州府所在地雾岭市"])
def test_the_seat_of_a_prefecture_named_after_its_role_is_a_part_of_the_prefecture(seat):
    table = _checks(
        "全州实现地区生产总值1229.52亿元，比上年增长5.1%，其中第一产业增加值218.64亿元，增长5.0%；"
        "第二产业增加值402.17亿元，增长4.2%；第三产业增加值608.71亿元，增长5.7%。"
        f"{seat}实现地区生产总值512.36亿元，增长5.4%，占全州的41.7%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert "same_quantity" not in set(table.check)
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "consistent" and "1229.52" in row["stated"]


def test_a_village_or_community_average_is_no_total_and_its_brackets_no_scope():
    report = parse_text(
        "一、2025年工作回顾\n\n全镇22个村（社区）集体经济总收入68452万元，村（社区）均3111.5万元，"
        "其中经营性收入58236万元，占85.1%。\n"
    )
    claims = claims_table(report)
    rows = {r["value"]: r for r in claims.to_dict("records")}
    assert rows["68452"]["scope"] == "" and rows["68452"]["name"] == "集体经济总收入"
    assert rows["3111.5"]["name"] == "村均"
    assert rows["58236"]["parent"] == "农村集体经济收入"
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent"  # 58236 / 68452 = 85.08%


def test_kinds_of_requests_are_parts_of_those_received_not_of_those_resolved():
    table = _checks(
        "全年受理12345市民服务热线工单18,624件，比上年减少1,445件、下降7.2%。按时响应率、问题"
        "解决率和群众满意率分别达到100%、94.4%和95.7%；全年已解决诉求17,586件，回访16,230件。"
        "从诉求类别看，物业管理类4,326件，占23.2%；市容环境类3,175件，占17.0%；交通出行类2,048件，"
        "占11.0%。"
    )
    shares = table[table.check == "share"]
    assert len(shares) == 3 and set(shares.verdict) == {"consistent"}  # 4326 / 18624 = 23.2%
    assert all("受理" in row for row in shares.indicators)


def test_kinds_under_an_opening_qizhong_are_parts_of_those_received():
    table = _checks(
        "全年受理群众诉求8,640件，已办结8,215件，办结率95.1%。其中，物业管理类2,160件，"
        "占25.0%；市容环境类1,296件，占15.0%。"
    )
    shares = table[table.check == "share"]
    parts = shares[shares.indicators.str.contains("物业管理类|市容环境类")]
    assert len(parts) == 2 and set(parts.verdict) == {"consistent"}


def test_a_rate_in_a_base_clause_is_named_by_its_words_and_restated_with_a_slip_is_found():
    report = parse_text(
        "一、2022年工作回顾\n\n全县棉花种植面积186.5万亩，机采率达到93.5%，比上年提高2.1个百分点。\n\n"
        "二、2023年工作安排\n\n在2022年机采率达到95.3%的基础上，力争机采率提高到96%以上。\n"
    )
    claims = claims_table(report)
    assert list(claims[claims.value == "95.3"].name) == ["机采率"]
    table = check_claims(claims, report).table
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["flag"] == "digit_slip"


def test_shares_outside_the_vocabulary_named_alike_are_not_compared():
    table = _checks(
        # 77.1 and 17.7 share their digits: the shares of two parts, not one figure restated
        "工业园区实现产值38.6亿元，占全镇工业总产值的77.1%；食品加工企业实现产值8.86亿元，"
        "占全镇工业总产值的17.7%，比上年提高1.7个百分点。"
    )
    assert "same_quantity" not in set(table.check)


def test_a_multiple_of_a_base_named_with_its_moment_compares_the_two_levels():
    table = _checks(
        "园区企业实现营业收入16.85亿元，比上年增加2.64亿元，增长18.6%，是2015年开园之初5.42亿元的"
        "3.6倍；完成货运量862万吨。"
    )
    [row] = table[(table.check == "growth") & (table.period == "2015→2022")].to_dict("records")
    assert row["verdict"] == "inconsistent"  # 16.85 / 5.42 is 3.1 times, not 3.6
    claims = claims_table(
        parse_text("一、2022年工作回顾\n\n完成货运量862万吨，是2015年开园之初218万吨的4.0倍。\n")
    )
    assert list(zip(claims.value, claims.period, claims.growth_pct, strict=True)) == [
        ("862", "2022", "300"),
        ("218", "2015", ""),
    ]


def test_a_park_s_figure_after_a_semicolon_is_still_the_park_s():
    table = _checks(
        "全县规模以上工业总产值346.25亿元，同比增长8.7%。园区拥有规模以上工业企业124家；完成规模以上"
        "工业总产值253.86亿元，占全县规模以上工业总产值的73.3%。涟溪经济开发区全年实现技工贸总收入"
        "214.63亿元；实现税收6.42亿元。全县完成一般公共预算收入14.86亿元，其中税收收入9.73亿元。"
    )
    assert "same_quantity" not in set(table.check)
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent"  # 253.86 / 346.25 = 73.3%


def test_a_total_over_the_years_since_a_plan_began_is_no_change_of_the_year():
    report = parse_text(
        "一、2023年工作回顾\n\n全市炼钢产能由2980万吨压减至2660万吨，“十三五”以来累计压减炼钢产能"
        "1860万吨。\n"
    )
    claims = claims_table(report)
    [total] = claims[claims.value == "-1860"].to_dict("records")
    assert total["period"] == "2016..2023" and total["link"] == ""
    table = check_claims(claims, report).table
    assert "inconsistent" not in set(table.verdict)


@pytest.mark.parametrize("place", ["宝日敖包市", "白音高勒县", "阿巴嘎旗", "东乌拉旗"])
def test_a_county_or_banner_with_a_long_name_is_a_part_of_the_league(place):
    report = parse_text(
        "一、2018年工作回顾\n\n全盟一般公共预算收入完成98.76亿元，增长12.4%。"
        f"{place}一般公共预算收入完成18.72亿元，增长16.2%，连续三年位居全盟首位。\n"
    )
    claims = claims_table(report)
    assert list(claims[claims.value == "18.72"].scope) == [place]
    table = check_claims(claims, report).table
    assert "same_quantity" not in set(table.check)


def test_an_opening_qizhong_larger_than_the_part_before_it_is_of_the_total_before_that():
    table = _checks(
        "全年实施省市重点项目186个，其中社会民生项目24个。其中省级重点项目52个。"
        "规上工业企业71家，退出2家，其中产值超亿元企业22家。"
    )
    assert "inconsistent" not in set(table.verdict)
    wholes = table[table.check == "part_of_whole"].indicators
    assert {w.split("; ")[1] for w in wholes} == {"省市重点项目", "规模以上工业企业"}


def test_an_opening_qizhong_no_larger_than_the_part_before_it_stays_its_part():
    table = _checks("全年实施省市重点项目186个，其中社会民生项目64个。其中教育项目28个。")
    wholes = table[table.check == "part_of_whole"].indicators
    assert "教育项目; 社会民生项目" in set(wholes)


def test_a_share_of_all_of_a_kind_is_not_of_the_new_ones_it_is_listed_under():
    table = _checks("网店达到5860家，全年新开网店1120家，其中天猫店326家，占网店总数的5.6%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and row["indicators"].endswith("; 网店")  # 326/5860
    alone = _checks("全年新开网店1120家，其中天猫店326家，占网店总数的5.6%。")
    assert "inconsistent" not in set(alone.verdict)
    of_new = _checks("全年新开网店1120家，其中天猫店326家，占新开网店的31.1%。")
    [row] = of_new[of_new.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent"  # 326 / 1120 = 29.1%


def test_a_slip_under_an_alike_name_outside_the_vocabulary_is_found():
    table = _checks(
        "完成农村危房改造148户，核桃产量3240吨。新建冷库12座。全年完成危房改造184户，核桃干果产量"
        "3420吨，新增入规企业34家、新增有进出口实绩企业43家。"
    )
    rows = table[table.check == "same_quantity"]
    assert sorted(rows.indicators) == ["农村危房改造", "核桃产量"]
    assert set(rows.verdict) == {"inconsistent"} and set(rows.flag) == {"digit_slip"}


def test_figures_of_two_things_named_alike_in_one_sentence_are_no_slip():
    table = _checks("新建城东幼儿园，新增学位360个；改扩建实验小学，新增学位630个。")
    assert "same_quantity" not in set(table.check)


def test_kinds_under_an_opening_qizhong_after_a_count_of_help_are_its_parts():
    table = _checks(
        "城镇新增就业3260人，解决就业困难人员就业420人。其中，零就业家庭就业156人，残疾人就业464人。"
    )
    [row] = table[table.verdict == "inconsistent"].to_dict("records")
    assert row["indicators"] == "残疾人就业; 解决就业困难人员就业"  # 464 of 420


def test_an_item_after_a_park_s_honour_is_the_place_s_own():
    table = _table_of(
        "一、2023年工作回顾\n\n城东工业园区获评省级特色产业园区；完成固定资产投资86.3亿元，增长10.2%。\n\n"
        "二、2024年工作安排\n\n主要预期目标：固定资产投资达到94亿元，增长9%。\n"
    )
    [row] = table[(table.check == "growth") & (table.period == "2023→2024")].to_dict("records")
    assert row["verdict"] == "consistent"  # 94 on 86.3 is +8.9%


def test_a_paragraph_of_the_past_year_ends_the_span_its_section_is_headed_by():
    report = parse_text(
        "一、过去五年工作回顾\n\n过去一年，全县地区生产总值增长8.1%，达到286.45亿元。\n\n"
        "规上工业企业由45家增加到52家，增长15.6%。\n\n二、2022年工作安排\n\n地区生产总值增长7%。\n"
    )
    table = claims_table(report)
    assert list(table[table.value == "45"].period) == ["2020"]
    sub = parse_text(
        "一、过去五年工作回顾\n\n（一）五年来主要成就\n\n五年来，规上工业企业由28家增加到52家。\n\n"
        "（二）2021年主要工作\n\n规上工业企业由45家增加到52家。\n\n二、2022年工作安排\n\n增长7%。\n"
    )
    table = claims_table(sub)
    assert list(table[table.value.isin(["28", "45"])].period) == ["2016", "2020"]


def test_an_average_over_an_ended_plan_is_no_growth_of_a_later_year_s_level():
    report = parse_text(
        "一、2021年工作回顾\n\n“十三五”期间，全县地区生产总值年均增长8.5%，2021年达到286.45亿元。\n"
    )
    table = claims_table(report)
    [level] = table[table.value == "286.45"].to_dict("records")
    assert level["growth_pct"] == "" and level["period"] == "2021"


def test_the_new_ones_less_those_that_left_make_the_net_increase():
    table = _checks(
        "全年新登记市场主体12856户，注销4375户，净增8841户，市场主体总量达到85946户，增长10.9%。"
    )
    [row] = table[table.check == "net_flows"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["gap"] == "360"  # 12856 − 4375 is 8481
    [change] = table[table.check == "change_amount"].to_dict("records")
    assert change["verdict"] == "inconsistent"  # 8841 on 77105 is +11.5%, not 10.9%
    fine = _checks("全年新登记市场主体12856户，注销4375户，净增8481户。")
    assert list(fine[fine.check == "net_flows"].verdict) == ["consistent"]
    parts = _checks(
        "全年新增市场主体4,862户，其中企业2,146户、个体工商户2,716户；注销1,937户，净增2,925户。"
    )
    assert "inconsistent" not in set(parts.verdict)


def test_containers_spelt_out_are_a_unit_and_their_target_is_judged():
    table = _table_of(
        "一、2018年工作回顾\n\n集装箱吞吐量1052.6万标准箱，增长4.9%。\n\n"
        "二、2019年工作安排\n\n集装箱吞吐量达到1100万标准箱，增长7.5%。\n"
    )
    [row] = table[(table.check == "growth") & (table.period == "2018→2019")].to_dict("records")
    assert row["verdict"] == "inconsistent"  # 1100 on 1052.6 is +4.5%, not 7.5%


def test_the_taxes_collected_are_no_restatement_of_the_budget_s_taxes():
    table = _checks(
        "全年组织税收收入9.86亿元，增长4.3%。一般公共预算收入8.37亿元，增长5.2%，其中税收收入5.64亿元，"
        "增长3.9%。"
    )
    assert "same_quantity" not in set(table.check)


@pytest.mark.parametrize("park", ["淮澄医药城", "淮澄科技城", "淮澄高新园"])
def test_a_park_named_as_a_city_of_its_trade_is_a_part_of_the_zone(park):
    table = _checks(
        "全区规上工业总产值2136.85亿元，增长9.4%。三大主导产业合计实现产值1652.65亿元，占规上工业总产值的"
        f"77.3%。{park}全年实现规上工业总产值1085.36亿元，增长13.2%。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_part_under_qizhong_is_of_the_listed_figure_its_name_ends_like():
    table = _checks(
        "白酒产业实现营业收入186.4亿元、利税38.5亿元，其中凤鸣酒业集团实现营业收入142.7亿元。"
    )
    [row] = table[table.check == "part_of_whole"].to_dict("records")
    assert row["verdict"] == "consistent" and row["indicators"].endswith("白酒产业实现营业收入")


def test_a_growth_over_last_year_s_level_of_its_own_subject_is_of_that_subject():
    table = _checks(
        "全年完工加装电梯68台，累计完工由2021年底的88台增加到156台。全年完工台数比上年的42台增长61.9%。"
    )
    assert "inconsistent" not in set(table.verdict)
    report = parse_text(
        "一、2023年工作回顾\n\n全乡牲畜存栏28.64万头只，其中牛1.86万头、羊25.92万只、马和骆驼0.86万头只；"
        "牛存栏比上年的1.72万头增长8.1%，羊存栏比上年的25.38万只增长2.1%。\n"
    )
    claims = claims_table(report)
    dated = dict(zip(claims.value, claims.period, strict=False))
    assert (dated["1.72"], dated["25.38"]) == ("2022", "2022")
    grown = claims[claims.growth_pct != ""]
    assert list(zip(grown.name, grown.value, strict=True)) == [("牛存栏", ""), ("羊存栏", "")]


def test_an_opening_qizhong_takes_the_figure_of_the_sentence_before_named_like_its_part():
    table = _table_of(
        "一、2021年工作回顾\n\n白酒产业营业收入由2018年的112.6亿元增加到186.4亿元，年均增长18.3%，"
        "实现利税38.5亿元。其中，凤鸣酒业集团实现营业收入142.7亿元，占全县白酒产业营业收入的76.6%。\n"
    )
    assert "inconsistent" not in set(table.verdict)  # 18.3% a year from 2018 to 2021
    [row] = table[table.check == "part_of_whole"].to_dict("records")
    assert row["indicators"].endswith("白酒产业营业收入")


def test_a_count_after_a_clause_with_de_is_some_of_the_things_it_names():
    table = _checks("受灾的186家规上工业企业全部复工复产。规上工业企业总数达到1247家。")
    assert "same_quantity" not in set(table.check)
    claims = claims_table(
        parse_text("一、2022年工作回顾\n\n受灾的186家规上工业企业全部复工复产。\n")
    )
    assert list(claims.indicator) == [""] and list(claims.name) == ["受灾规上工业企业"]


def test_flowers_and_parcels_are_units_and_a_multiple_finds_the_level_its_name_ends():
    table = _checks(
        "全县鲜切花产量由上年的4.10亿枝增加到4.86亿枝，增长21.5%。快递业务量由上年的3.01亿件增加到"
        "3.86亿件，增长28.2%。辖区登记来穗人员9.27万人，户籍人口3.18万人，来穗人员是户籍人口的3.2倍。"
    )
    rows = table[table.verdict == "inconsistent"]
    assert sorted(rows.check) == ["growth", "ratio"]  # +18.5%, not 21.5%; 2.9 times, not 3.2
    [parcels] = table[table.indicators == "快递业务量"].to_dict("records")
    assert parcels["verdict"] == "consistent"  # 3.86 on 3.01 is +28.2%


def test_a_share_after_an_item_opening_with_its_whole_is_of_that_whole():
    table = _checks(
        "一般公共预算支出142.36亿元，增长6.4%。一般公共预算收入中，税收收入87.36亿元，占88.6%。"
        "本外币各项存款余额1862.4亿元、贷款余额1538.7亿元，分别增长7.6%、9.2%；存款余额中，住户存款"
        "1026.8亿元，占55.1%。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_kinds_of_services_listed_with_one_head_are_not_the_tertiary_sector():
    table = _table_of(
        "一、2017年工作回顾\n\n第三产业增加值增长7.7%。\n\n二、2018年工作安排\n\n第三产业增加值增长7%左右，"
        "其中金融业增加值增长8%左右，科技服务业、信息服务业增加值均增长10%以上。\n"
    )
    assert "same_quantity" not in set(table.check)


def test_a_floor_restating_a_level_is_of_its_subject_and_no_base_of_a_growth():
    table = _checks(
        "粮食总产量355.4万吨，虽受洪涝灾害影响，仍稳定在350万吨以上。其中，夏粮播种面积486.3万亩、"
        "总产213.6万吨；秋粮播种面积330.1万亩、总产141.8万吨。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert all("仍" not in row for row in table.indicators)
    checks = _table_of(
        "一、2020年工作回顾\n\n全部社区集体经济收入仍保持在30万元以上。\n\n二、2021年工作安排\n\n"
        "集体经济收入达到400万元，增长5.8%。\n"
    )
    assert list(checks[checks.check == "growth"].verdict) == ["not_assessable"]


def test_what_was_done_after_a_plan_s_figure_is_actual_and_its_progress_is_checked():
    table = _checks(
        "全市实施省市重点项目186个，年度计划投资923.5亿元，完成投资1036.8亿元，完成年度计划的112.3%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent"  # 1036.8 / 923.5 = 112.27%
    wrong = _checks("年度计划投资923.5亿元，完成投资1036.8亿元，完成年度计划的121.3%。")
    assert list(wrong[wrong.check == "share"].verdict) == ["inconsistent"]


def test_a_yield_per_bearing_area_and_a_network_after_the_new_roads_raise_no_alarm():
    table = _checks(
        "全市脐橙种植面积恢复到178.6万亩，其中挂果面积142.5万亩，全年脐橙产量125.8万吨，平均亩产1766斤。"
        "新改建农村公路38.6公里，其中通组公路21.4公里，公路总里程451.1公里。"
    )
    assert "inconsistent" not in set(table.verdict)
    [row] = table[table.check == "per_unit"].to_dict("records")
    assert row["verdict"] == "consistent"  # 125.8万吨 on 142.5万亩 is 1766斤 a mu
    slip = _checks(
        "全市脐橙种植面积178.6万亩，其中挂果面积142.5万亩，脐橙产量125.8万吨，平均亩产1676斤。"
    )
    assert list(slip[slip.check == "per_unit"].verdict) == ["inconsistent"]


def test_a_stock_after_a_flow_out_of_it_and_a_rate_over_a_stock_raise_no_alarm():
    table = _checks(
        "三年来累计关闭退出煤矿9座，全县煤矿由2015年底的27座减少到18座。全年出栏各类牲畜13.26万头"
        "（只、匹），其中牦牛出栏3.72万头，出栏率31.9%。粮食播种面积3.86万亩，其中青稞3.12万亩，"
        "青稞产量9862吨，亩产316公斤。高新技术企业由1286家增加到1563家，全年新认定高新技术企业412家，"
        "其中科学城片区集聚高新技术企业962家，占全区的61.5%。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_density_of_market_entities_is_no_second_count_of_them():
    table = _checks("辖区实有市场主体30577户，每万人拥有市场主体2454户。")
    assert "same_quantity" not in set(table.check)


def test_the_tax_an_industry_or_a_building_pays_is_no_restatement_of_the_place_s():
    table = _checks("白酒产业实现税收19.86亿元。全县税收收入22.37亿元，增长6.2%。")
    assert "same_quantity" not in set(table.check)
    claims = claims_table(parse_text("一、2022年工作回顾\n\n白酒产业实现税收19.86亿元。\n"))
    assert list(zip(claims.indicator, claims.name, strict=True)) == [("", "白酒产业税收")]


def test_the_tax_of_a_park_s_firms_after_their_land_is_theirs():
    table = _checks("园区规模以上工业企业用地10850亩，实现税收35.62亿元。全区税收收入38.64亿元。")
    assert "same_quantity" not in set(table.check)


def test_the_tax_in_an_item_after_an_industry_s_output_is_the_industry_s():
    table = _checks(
        "白酒产业完成产值286.4亿元、增长12.8%，占全县规模以上工业总产值352.8亿元的81.2%；实现税收"
        "19.86亿元，增长9.6%。全县税收收入22.37亿元。园区规模以上工业企业用地10850亩，全年实现税收"
        "35.62亿元，亩均税收38.2万元。"
    )
    assert "same_quantity" not in set(table.check)
    [row] = table[table.check == "per_unit"].to_dict("records")
    assert row["verdict"] == "inconsistent"  # 35.62亿元 on 10850亩 is 32.8万元 a mu


def _verdicts_of(table, check: str) -> list[str]:
    return table[table.check == check].verdict.tolist()


def test_a_net_change_subtracts_every_outflow_printed_before_it():
    right = "全年新登记市场主体12856户，注销3175户，吊销营业执照1200户，净增8481户。"
    assert _verdicts_of(_checks(right), "net_flows") == ["consistent"]
    wrong = "全年新登记市场主体12856户，注销3175户，迁出1200户，净增8841户。"
    [row] = _checks(wrong)[lambda t: t.check == "net_flows"].to_dict("records")
    assert row["verdict"] == "inconsistent" and "迁出 1200 户" in row["explanation"]


def test_a_stock_of_another_place_after_a_net_change_is_no_change_of_it():
    table = _checks("全年净增市场主体8481户，高新区市场主体总量达到12000户，增长10.2%。")
    assert "inconsistent" not in set(table.verdict)
    assert "consistent" not in set(table[table.check == "count_change"].verdict)


def test_an_item_opening_with_a_work_and_中_takes_the_whole_before_its_share():
    table = _checks("在招商引资工作中，全年签约项目42个，其中工业项目28个，占76.7%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["suggestion"].startswith("该比例 66.7%")
    deposits = _checks(  # (not 1026.8 of the loans: 66.73%)
        "全年新增经营主体2.86万户，经营主体总量达到24.6万户。本外币各项存款余额1862.4亿元、贷款余额"
        "1538.7亿元，分别增长7.6%、9.2%；存款余额中，住户存款1026.8亿元，占55.1%。"
    )
    assert "inconsistent" not in set(deposits.verdict)


def test_an_own_level_figure_listed_after_all_items_is_no_all_items_figure():
    table = _checks(
        "全年实现全口径税收收入8.64亿元、本级税收收入2.45亿元，分别增长6.3%和8.1%。\n\n"
        "财政实力稳步增强，本级税收收入2.54亿元，占一般公共预算收入的78.2%。"
    )
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["indicators"] == "本级税收收入"


def test_a_floor_of_the_whole_still_bounds_a_growth_from_it():
    table = _checks(
        "2021年全镇农村集体经济收入达到800万元以上。2022年全镇农村集体经济收入1050万元，增长35%。"
    )
    assert _verdicts_of(table, "growth") == ["inconsistent"]  # above 800: below 31.3%
    table = _checks(
        "2021年全镇农村集体经济收入达到800万元以上。2022年全镇农村集体经济收入1050万元，增长5%。"
    )
    assert _verdicts_of(table, "growth") == ["consistent"]


def test_the_zone_a_committee_reports_on_is_its_own_place_not_a_part():
    text = (
        "中新天津生态城管委会工作报告\n\n一、2023年工作回顾\n\n过去一年，生态城实现地区生产总值"
        "286.45亿元，增长5.9%。\n\n全年地区生产总值达到268.45亿元，一般公共预算收入32.1亿元。\n"
    )
    report = parse_text(text)
    assert detect_place(report) == "中新天津生态城"
    table = check_claims(claims_table(report), report).table
    [row] = table[table.check == "same_quantity"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["flag"] == "digit_slip"


def test_a_count_after_a_clause_with_的_is_all_of_them_unless_it_names_some():
    table = _checks(
        "全县规模以上工业企业达到186家，新增14家。\n\n全县现有的168家规上工业企业全年实现产值520.3亿元。"
    )
    assert ("same_quantity", "inconsistent") in set(zip(table.check, table.verdict, strict=True))
    table = _checks("全县规模以上工业企业达到186家。\n\n受灾的43家规上工业企业全部恢复生产。")
    assert "same_quantity" not in set(table.check)


def test_the_whole_place_s_services_are_the_tertiary_sector_and_rates_of_survival_are_shares():
    table = _checks(
        "全市实现地区生产总值286.45亿元，增长5.9%，其中第一产业增加值40.10亿元，第二产业增加值"
        "120.30亿元，市域服务业增加值162.05亿元。"
    )
    assert _verdicts_of(table, "sum") == ["inconsistent"]  # 40.10 + 120.30 + 126.05
    table = _checks("全年移栽苗木12600株，其中成活11340株，成活率95.0%。")
    assert _verdicts_of(table, "share") == ["inconsistent"]  # 90.0%


def test_what_is_done_by_a_later_year_of_a_review_is_still_a_target():
    report = parse_text(
        "一、2023年工作回顾\n\n力争到2025年规上工业企业达到300家，实现产值1000亿元。\n"
    )
    table = claims_table(report)
    assert table.kind.tolist() == ["target", "target"]
    assert table.period.tolist() == ["2025", "2025"]


def test_a_net_change_after_a_part_of_the_new_ones_and_an_outflow_is_of_the_new_ones():
    table = _checks(
        "全年新登记市场主体12856户，同比增长12.1%，其中企业3000户；注销4375户，净增8841户，市场主体"
        "总量达到85946户。"
    )
    assert _verdicts_of(table, "net_flows") == ["inconsistent"]  # 12856 − 4375 = 8481


def test_a_change_over_last_year_after_new_ones_is_theirs_not_the_stock_s():
    report = parse_text(
        "一、2022年工作回顾\n\n全区从业人员38.6万人，其中大专以上学历21.7万人，占56.2%；新引进硕士以上"
        "人才6240人，比上年增加1180人。\n"
    )
    table = claims_table(report)
    [change] = table[table.value == "1180"].to_dict("records")
    assert change["name"] == "新引进硕士以上人才"


def test_the_investment_of_one_kind_of_owner_is_no_restatement_of_the_whole():
    table = _checks("工业投资增长14.2%，其中非煤工业投资增长26.5%。民间工业投资增长9.3%。")
    assert "same_quantity" not in set(table.check)


def test_a_zone_s_figures_after_its_share_of_the_whole_place_stay_the_zone_s():
    table = _checks(
        "全市完成一般公共预算收入128.64亿元，比上年增长8.8%。临澄经济开发区实现规上工业产值1486.72"
        "亿元，增长13.8%，占全市的38.5%；完成一般公共预算收入31.25亿元，增长11.6%。"
    )
    assert "inconsistent" not in set(table.verdict)
    table = _checks(
        "全市实际使用外资4.86亿美元，增长6.3%。临澄经济开发区完成进出口总额58.46亿美元，占全市的"
        "44.5%；实际使用外资2.73亿美元。"
    )
    assert "inconsistent" not in set(table.verdict)
    table = _checks(  # its own share after it
        "全市实际使用外资4.86亿美元，增长6.3%。临澄经济开发区实现规上工业产值1486.72亿元，占全市的"
        "38.5%；完成一般公共预算收入31.25亿元，增长11.6%；实际使用外资2.73亿美元，占全市的56.2%。"
    )
    assert "same_quantity" not in set(table.check)


def test_a_share_of_the_whole_town_under_a_town_s_total_divides_the_town_s():
    table = _checks(
        "全市实现规模以上工业总产值3862.45亿元，增长10.4%。周泾镇实现规上工业产值601.15亿元，其中"
        "纺织服装产业产值428.64亿元，占全镇的71.3%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "601.15" in row["explanation"]


def test_a_bare_share_after_industries_named_alike_is_of_the_whole_a_sibling_named():
    table = _checks(
        "全市实现规模以上工业总产值3862.45亿元。装备制造产业实现产值1126.54亿元，占规上工业总产值的"
        "比重为29.2%，其中汽车零部件产值412.76亿元。新材料产业实现产值538.27亿元，增长14.1%，占比"
        "13.9%。"
    )
    assert _verdicts_of(table, "share") == ["consistent", "consistent"]
    table = _checks(  # no sibling names the whole: no share of the industry before
        "规模以上工业总产值3862.45亿元。纺织服装产业实现产值1342.68亿元。装备制造产业实现产值"
        "1126.54亿元，增长17.0%，占比29.2%。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_share_of_the_whole_year_divides_the_year_s_own_figure():
    table = _checks(
        "全年接待游客42.6万人次，同比增长18.3%。其中，采摘节期间接待游客8.7万人次，占全年的23.4%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("20.42%")


def test_a_crop_s_output_after_its_area_keeps_the_crop_in_its_name():
    report = parse_text(
        "一、2022年工作回顾\n\n全乡猕猴桃产量达到2.87万吨，同比增长12.5%。\n\n二、2023年工作安排\n\n"
        "主要预期目标是：猕猴桃种植面积稳定在2.4万亩以上，产量力争达到3.2万吨、增长14.5%。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value == "3.2"].name.tolist() == ["猕猴桃产量"]
    table = check_claims(claims, report).table
    assert table[table.check == "growth"].verdict.tolist() == ["not_assessable", "inconsistent"]


def test_a_total_that_counts_its_members_must_be_the_sum_of_all_of_them_listed():
    body = (
        "全乡3个村集体经济收入合计130.0万元，比上年增长32.5%，其中桥溪村52.3万元、青龙村48.5万元、"
        "白鹤村{}万元。"
    )
    assert _verdicts_of(_checks(body.format("29.2")), "sum") == ["consistent"]
    assert _verdicts_of(_checks(body.format("26.2")), "sum") == ["inconsistent"]
    two = "全乡3个村集体经济收入合计130.0万元，其中桥溪村52.3万元、青龙村48.5万元。"
    assert "sum" not in set(_checks(two).check)  # not all of them listed


def test_a_rate_that_narrowed_from_one_level_to_another_is_a_change_of_points():
    table = _checks("规上工业企业亏损面由上年的14.6%收窄至11.8%，收窄3.8个百分点。")
    assert _verdicts_of(table, "points_change") == ["inconsistent"]  # 2.8 points


def test_firms_that_left_for_a_cause_are_an_outflow_and_the_net_change_is_the_stock_s():
    table = _checks(
        "规模以上工业企业由上年的126家增加到141家，全年新增入规企业18家，因规模下降退出3家，净增16家。"
    )
    assert ("count_change", "规模以上工业企业") in set(
        zip(table.check, table.indicators, strict=True)
    )
    assert "inconsistent" in set(table.verdict)  # 126 → 141 is 15


def test_an_average_per_village_divides_the_total_by_the_villages_counted():
    body = "全镇14个行政村集体经济收入合计612.4万元，村均{}万元。"
    assert _verdicts_of(_checks(body.format("43.74")), "per_unit") == ["consistent"]
    assert _verdicts_of(_checks(body.format("47.11")), "per_unit") == ["inconsistent"]
    two_kinds = "全镇9个村1个社区集体经济收入合计344.8万元，村均34.5万元。"  # of ten
    assert "per_unit" not in set(_checks(two_kinds).check)
    classes = "收入过10万元的村由上年的15个增加到24个，全镇村级集体经济收入1126万元，村均26.2万元。"
    assert "per_unit" not in set(_checks(classes).check)


def test_the_firms_of_one_industry_are_no_restatement_of_all_firms():
    table = _checks(
        "全市规上工业企业1586家，其中锂电新能源规上企业312家。锂电新能源产业规上企业达到312家。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_part_of_the_place_after_a_verb_of_the_plan_scopes_its_target():
    report = parse_text(
        "二、2023年工作安排\n\n规上工业总产值力争达到1250亿元，增长8%。推动城东街道规上工业产值突破300亿元，"
        "增长12%左右。\n"
    )
    claims = claims_table(report)
    assert claims.scope.tolist() == ["", "城东街道"]
    table = check_claims(claims, report).table
    assert "same_quantity" not in set(table.check)


def test_a_share_after_a_list_is_of_the_member_the_words_before_it_name():
    table = _checks(
        "全年外贸进出口总额1652.8亿元。对东盟、美国进出口分别为312.6亿元、198.4亿元，东盟保持第一大"
        "贸易伙伴地位，占全区进出口总额的18.9%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and row["indicators"].split("; ")[1] == "对东盟进出口"


def test_what_was_built_new_and_rebuilt_adds_up_to_all_that_was_built():
    body = "全年实施通组公路28条46.8公里，其中新建31.2公里、改扩建{}公里，完成投资1872万元。"
    assert _verdicts_of(_checks(body.format("15.6")), "sum") == ["consistent"]
    assert _verdicts_of(_checks(body.format("16.5")), "sum") == ["inconsistent"]


def test_an_average_growth_from_a_level_printed_right_before_it_runs_from_that_level():
    body = (
        "全乡村集体经济收入达到186.4万元，比上年增加61.8万元，增长49.6%，较2019年的62.5万元"
        "年均增长{}%。"
    )
    assert _verdicts_of(_checks(body.format("43.9")), "average_growth") == ["consistent"]
    assert _verdicts_of(_checks(body.format("34.9")), "average_growth") == ["inconsistent"]


def test_a_share_naming_its_whole_in_full_divides_the_figure_so_named_not_a_class_before():
    table = _checks(
        "新签约亿元以上项目62个，其中1亿元至5亿元项目32个；装备制造项目27个，占亿元以上项目的43.5%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and row["recomputed"] == "43.55%"


def test_the_towns_together_are_no_restatement_of_the_county_s_revenue():
    table = _checks(
        "全年一般公共预算收入完成32.86亿元，增长6.2%。全县乡镇一般公共预算收入合计完成9.84亿元，增长8.7%，"
        "乡均7029万元。"
    )
    assert "same_quantity" not in set(table.check)


def test_a_district_s_part_named_most_often_is_no_place_the_report_is_about():
    text = (
        "一、2021年工作回顾\n\n全区规模以上工业总产值1245.08亿元，增长14.6%。临港片区完成规上工业总产值"
        "586.42亿元，增长16.5%。\n"
    )
    report = parse_text(text)
    assert detect_place(report) == ""
    table = check_claims(claims_table(report), report).table
    assert "same_quantity" not in set(table.check)


@pytest.mark.parametrize(
    "body",
    [
        # a part of an outflow is not subtracted twice
        "全年新登记市场主体12856户，注销4375户，其中吊销营业执照1200户，净增8481户。",
        # those a clause with 的 names are some of the firms, not all of them
        "全县规上工业企业达到186家，实现规上工业总产值742.6亿元。获评省级专精特新的28家规上工业企业"
        "实现产值126.3亿元。",
        # an average per village divides by no count of a kind of villages
        "全年消除集体经济薄弱村5个，全镇村级集体经济收入合计612.4万元，村均51.03万元。",
        # projects are new, continued or rebuilt: the new and the rebuilt need not cover them
        "全年实施重点项目45个，其中新建项目20个、改扩建项目15个，完成投资86.5亿元。",
    ],
)
def test_third_review_of_this_session_keeps_these_consistent(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_a_share_of_the_whole_district_under_a_zone_s_total_is_of_the_district_s_figure():
    table = _table_of(
        "青山区2024年政府工作报告\n\n一、2023年工作回顾\n\n全区实现规上工业总产值742.6亿元，其中高新"
        "技术产业产值450.0亿元。经济开发区完成规上工业总产值300.5亿元，其中高新技术产业产值180.2"
        "亿元，占全区的40.0%。\n"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "450.0" in row["explanation"]


def test_third_review_of_this_session_keeps_these_checks_and_readings():
    table = _checks(
        "全县实现电子商务交易额36.2亿元，增长15.3%。农村电子商务交易额21.5亿元，占比59.4%。"
    )
    assert _verdicts_of(table, "share") == ["consistent"]
    table = _checks(
        "2021年末全县市场主体11.75万户。2022年全县市场主体净增8481户，其中企业净增2106户，市场主体"
        "总量达到12.60万户。"
    )
    assert _verdicts_of(table, "change_amount") == ["consistent"]
    report = parse_text(
        "一、2023年工作回顾\n\n2024年1—2月，计划完成重点项目投资10亿元，实际完成投资12.5亿元。\n\n"
        "城东街道成功创建省级示范步行街，带动全县限额以上商品销售额增长12.5%。\n"
    )
    claims = claims_table(report)
    assert claims.kind.tolist() == ["target", "actual", "actual"]
    assert claims.scope.tolist() == ["", "", ""]


def test_规模工业企业_are_the_above_scale_firms():
    table = _checks("全年新增规模工业企业112家，总数由1042家增加到1128家。")
    assert _verdicts_of(table, "additions") == ["consistent"]
    assert "inconsistent" not in set(table.verdict)


def test_a_district_s_economic_zone_is_a_part_of_it():
    table = _checks(
        "全区实现地区生产总值1286.47亿元，按可比价格计算增长3.8%，其中第一产业增加值8.36亿元，第二产业"
        "增加值612.85亿元，第三产业增加值665.26亿元。临港经济区实现地区生产总值386.52亿元，增长5.2%。"
    )
    assert "inconsistent" not in set(table.verdict)
    assert _verdicts_of(table, "sum") == ["consistent"]


def test_a_breakdown_the_total_before_cannot_hold_is_of_the_stock_before_that():
    table = _checks(
        "截至年底，纳入管理的出租屋达到2862栋。开展出租屋消防安全专项整治，完成1946栋出租屋隐患整改。"
        "从类型看，城中村出租屋1826栋、商品房小区出租屋1036栋，城中村出租屋占比达到63.8%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and "2862" in row["explanation"]


def test_one_industry_s_above_scale_firms_are_a_part_and_pairs_and_bottles_are_units():
    table = _checks(
        "规上工业企业231家，其中袜业及配套规上企业187家，占81.0%。袜子产量76.8亿双，比上年的72.6亿双增长"
        "8.5%。"
    )
    assert "same_quantity" not in set(table.check)
    assert _verdicts_of(table, "share") == ["consistent"]
    assert _verdicts_of(table, "growth") == ["inconsistent"]  # 5.8%


def test_of_which_after_a_list_of_kinds_larger_than_the_last_is_of_them_all():
    table = _checks(
        "剩余贫困人口中，因病致贫26户98人、因残致贫19户71人、缺劳力致贫13户48人，其中纳入兜底保障"
        "31户102人。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_parts_of_the_place_listed_under_its_figure_never_add_up_to_more_than_it():
    body = (
        "全市光伏发电装机容量达到1286.5万千瓦，其中沙坡区186.2万千瓦、金积县342.7万千瓦、罗山县"
        "{}万千瓦。"
    )
    assert _verdicts_of(_checks(body.format("481.9")), "disjoint_parts") == ["consistent"]
    assert _verdicts_of(_checks(body.format("881.9")), "disjoint_parts") == ["inconsistent"]


@pytest.mark.parametrize(
    "body",
    [
        "全年争取上级资金28.6亿元，其中中央预算内投资3.2亿元、地方政府专项债券12.5亿元，共撬动社会投资"
        "56.8亿元。",
        "全县A级旅游景区由12家增加到15家，其中4A级以上景区6家，带动发展农家乐、特色民宿等经营主体320"
        "余家。",
        "全区规上工业企业428家，其中光电子信息企业186家，带动上下游配套企业超过1200家。",
    ],
)
def test_what_the_parts_brought_about_is_neither_their_sum_nor_a_part(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


@pytest.mark.parametrize(
    "body",
    [
        # the park opening its sentence scopes the figures of its later clauses
        "全市税收收入46.85亿元，增长8.1%。园区全年实现营业收入836.5亿元，实现税收28.4亿元。",
        # a gap in growth is of the growth over last year, not of the one over 2015
        "城镇常住居民人均可支配收入36852元，增长7.6%；农村牧区常住居民人均可支配收入17436元，增长"
        "8.8%，比2015年增长20.1%，增速高于城镇居民1.2个百分点。",
        # a festival is a part of the year
        "全年接待国内外游客215.6万人次，增长18.3%。第二十八届敖包那达慕期间接待游客12.6万人次。",
    ],
)
def test_round_46_keeps_these_consistent(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def _checks_2021(body: str):
    report = parse_text(f"一、2021年工作回顾\n\n{body}\n")
    return check_claims(claims_table(report), report).table


def test_a_second_comparison_after_last_year_s_is_checked_with_its_two_year_average():
    body = (
        "全年实现楼宇税收12.86亿元，比上年的11.36亿元增长13.2%，比2019年的10.74亿元增长19.7%，"
        "两年平均增长{}%。"
    )
    right = _checks_2021(body.format("9.4"))
    assert _verdicts_of(right, "growth") == ["consistent", "consistent"]
    assert _verdicts_of(right, "average_growth") == ["consistent"]
    assert _verdicts_of(_checks_2021(body.format("6.4")), "average_growth") == ["inconsistent"]


def test_a_growth_after_a_level_compared_with_相比_is_of_the_level_now():
    table = _checks_2021(
        "全镇完成应税销售186.42亿元，比上年的158.37亿元增长17.7%；与2019年的142.63亿元相比增长"
        "30.7%，两年平均增长14.3%。其中，工业应税销售152.36亿元，比上年的130.18亿元增长17.0%。"
    )
    growths = table[table.check == "growth"]
    assert set(growths.period) == {"2020→2021", "2019→2021"}
    assert set(growths.verdict) == {"consistent"}
    assert _verdicts_of(table, "average_growth") == ["consistent"]
    # last year's part is a part of last year's total
    parts = table[table.check == "part_of_whole"]
    assert set(parts.period) == {"2020", "2021"}


def test_a_comparison_past_the_item_of_the_parts_is_of_their_total():
    table = _checks_2021(
        "预计全年发电量24.37亿千瓦时，比上年的18.62亿千瓦时增长30.9%，其中风电发电量15.82亿千瓦时、"
        "光伏发电量8.55亿千瓦时；与2019年的14.26亿千瓦时相比增长70.9%，两年平均增长30.7%。"
        "肉牛饲养量达到13.76万头，比上年的12.41万头增长10.9%，其中年末存栏8.62万头；肉羊饲养量"
        "达到121.1万只，比上年的110.6万只增长9.5%。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    assert _verdicts_of(table, "average_growth") == ["consistent"]


def test_kinds_of_ceramics_by_use_exclude_each_other():
    body = (
        "全县陶瓷产业实现产值412.36亿元，其中建筑陶瓷268.45亿元、日用陶瓷{}亿元、卫生陶瓷"
        "64.53亿元。"
    )
    assert _verdicts_of(_checks(body.format("79.38")), "disjoint_parts") == ["consistent"]
    assert _verdicts_of(_checks(body.format("97.38")), "disjoint_parts") == ["inconsistent"]


def test_a_structure_changed_over_five_years_is_of_the_last_year():
    text = (
        "一、2020年工作回顾\n五年来，三次产业结构由2015年的28.6:23.9:47.5调整为24.2:21.4:54.4，"
        "第三产业比重提高6.9个百分点。\n"
    )
    table = claims_table(parse_text(text))
    structure = table[table.name == "三次产业结构"]
    assert structure.period.tolist() == ["2015"] * 3 + ["2020"] * 3


def test_flights_rafts_and_phones_keep_their_measure_words_with_a_scale():
    text = (
        "一、2020年工作回顾\n全年保障货运航班1.86万架次，日均51架次。改造传统渔排4.82万口。\n"
        "二、2021年工作安排\n手机产量稳定在1.7亿部以上。\n"
    )
    table = claims_table(parse_text(text))
    assert table.unit.tolist() == ["万架次", "架次", "万口", "亿部"]
    assert table.qualifier.tolist()[-1] == "以上"


def test_a_growth_after_a_bare_share_is_of_the_figure_before_the_share():
    table = _claims_of(
        "一、2023年工作回顾\n全县网络零售额3.6亿元，增长18.2%，其中农产品网络零售额8,600万元，"
        "占23.9%，增长2.3倍。\n"
    )
    growths = dict(zip(table.name, table.growth_pct, strict=True))
    assert growths["农产品网络零售额"] == "230" and growths["占"] == ""
    assert _verdicts_of(
        _checks_2021("全县网络零售额3.6亿元，其中农产品网络零售额8,600万元，占23.9%。"), "share"
    ) == ["consistent"]


def test_a_wider_place_after_a_comparison_word_scopes_its_figure():
    text = (
        "富岭县人民政府工作报告\n一、2020年工作回顾\n全县生产总值增长8.1%，高于全省生产总值增长"
        "6.8%。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert table.scope.tolist()[:2] == ["", "全省"]
    assert "inconsistent" not in set(check_claims(table, report).table.verdict)


def test_what_exists_named_in_the_plan_is_the_level_of_the_year_reviewed():
    text = (
        "一、2021年工作回顾\n全县冷库总库容达到36.2万吨。\n二、2022年工作安排\n"
        "依托现有{}万吨冷库库容，新建冷库5万吨。\n"
    )
    table = _claims_of(text.format("36.2"))
    existing = table[table.name == "冷库库容"].to_dict("records")
    assert [(r["period"], r["kind"]) for r in existing] == [("2021", "actual")]
    checks = _table_of(text.format("32.6"))
    assert _verdicts_of(checks, "same_quantity") == ["inconsistent"]


def test_places_listed_after_the_place_s_figure_are_its_parts():
    body = (
        "一般公共预算收入完成42.63亿元，下降4.2%，其中税收收入28.91亿元；景曼市、勐岭县、勐班县和"
        "州本级分别完成{}亿元、12.35亿元、7.18亿元和3.24亿元。"
    )
    right = _checks(body.format("19.86"))
    assert "inconsistent" not in set(right.verdict)
    assert len(_verdicts_of(right, "part_of_whole")) == 5  # 税收收入 and the four places
    assert _verdicts_of(_checks(body.format("29.86")), "disjoint_parts") == ["inconsistent"]


def test_amounts_listed_after_counts_are_of_the_things_counted_and_no_share_of_a_count():
    body = (
        "全街道专业市场37个，其中服装市场14个、皮具箱包市场9个、美妆日化市场8个、其他市场6个，全年"
        "分别实现交易额186.3亿元、79.5亿元、88.2亿元和40.6亿元，美妆日化市场交易额占全街道专业"
        "市场交易额的21.4%。"
    )
    table = _claims_of(f"一、2023年工作回顾\n{body}\n")
    amounts = table[table.unit == "亿元"].name.tolist()
    assert amounts == [
        "服装市场交易额",
        "皮具箱包市场交易额",
        "美妆日化市场交易额",
        "其他市场交易额",
    ]
    # the share of the sales is not judged against the count of the markets (8 of 37)
    assert "inconsistent" not in set(_checks(body).verdict)


@pytest.mark.parametrize(
    "body",
    [
        "高新技术企业由2015年的121家增加到243家，其中2018年新增57家，比上年增长30.6%。",
        "全市细颗粒物（PM2.5）平均浓度由2015年的83微克/立方米下降到52微克/立方米，比上年下降"
        "14.8%。",
        "村级集体经济收入由2015年的21.6万元增加到142.6万元，比上年增长38.4%。",
    ],
)
def test_a_growth_over_last_year_after_a_change_from_an_earlier_year_is_not_over_that_year(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    assert "not_assessable" in set(table.verdict)  # last year's level is not printed


def test_a_business_district_s_figure_is_its_own_not_the_district_s():
    text = (
        "沈阳市浑北区人民政府工作报告\n一、2017年工作回顾\n全区税收收入36.95亿元，增长8.8%。"
        "北站金融商务区实现税收收入8.62亿元，增长15.3%。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert table.scope.tolist() == ["", "北站金融商务区"]
    assert "inconsistent" not in set(check_claims(table, report).table.verdict)


@pytest.mark.parametrize(
    "body",
    [
        # kinds by sector under a second 其中 are of all the projects, not of the class by amount
        "全年实施县级重点项目68个，其中5000万元以上项目57个，完成投资52.6亿元，其中工业项目24个、"
        "农业项目18个、基础设施和社会事业项目26个。",
        # past the semicolon, a wider measure of the same thing is no part of the narrower one
        "茶叶一产产值29.83亿元，其中名优茶产值18.6亿元；茶叶综合产值68.4亿元。",
    ],
)
def test_round_48_parts_keep_these_consistent(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_kinds_under_a_second_of_which_that_exceed_all_projects_are_still_found():
    table = _checks(
        "全年实施县级重点项目68个，其中5000万元以上项目57个，完成投资52.6亿元，其中工业项目34个、"
        "农业项目18个、基础设施和社会事业项目26个。"
    )
    assert _verdicts_of(table, "disjoint_parts") == ["inconsistent"]


def test_the_unemployment_rate_after_counts_of_jobs_is_no_share_of_them():
    table = _checks(
        "城镇新增就业6.82万人，其中下岗失业人员再就业1.36万人，就业困难人员实现就业0.52万人；城镇"
        "登记失业率3.2%。"
    )
    assert "share" not in set(table.check)
    assert _verdicts_of(table, "part_of_whole") == ["consistent", "consistent"]


def test_a_share_after_a_growth_with_no_level_is_of_that_level_not_the_figure_before():
    table = _checks(
        "全年完成固定资产投资326.84亿元，其中基础设施投资52.18亿元；民间投资增长9.6%，占全部投资的"
        "比重达到61.2%。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]
    assert "share" not in set(table.check)


def test_counties_under_of_which_after_the_city_s_own_level_are_of_the_counties_sum():
    body = (
        "全市8个县（市、区）一般公共预算收入合计162.8亿元，市本级完成52.57亿元。其中曹西县完成"
        "{}亿元，临港区完成28.7亿元。"
    )
    table = _claims_of(f"一、2018年工作回顾\n{body.format('32.6')}\n")
    assert table[table.name == "曹西县"].parent.tolist() == ["一般公共预算收入"]
    assert "inconsistent" not in set(_checks(body.format("32.6")).verdict)


def test_a_change_in_points_of_one_year_after_a_change_over_years_is_of_that_year():
    text = (
        "一、2019年工作回顾\n“十三五”以来，贫困发生率由2015年的19.6%下降到1.17%，下降18.43个百分点。"
        "其中2019年实现218户905人稳定脱贫，贫困发生率下降3.40个百分点。\n"
    )
    table = _table_of(text)
    points = table[table.check == "points_change"]
    assert sorted(points.verdict) == ["consistent", "not_assessable"]


def test_a_verb_before_a_village_word_names_no_village():
    text = (
        "一、2019年工作回顾\n全镇村集体经济收入142.6万元。\n二、2020年工作安排\n"
        "盘活村集体闲置资产资源，发展芒果收购等项目，村集体经济收入力争突破170万元，增长19%以上。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert table.scope.tolist() == ["", ""]
    checks = check_claims(table, report).table
    assert _verdicts_of(checks, "growth") == ["consistent"]


def test_a_growth_after_a_change_is_of_the_level_that_changed_not_of_the_goal_before():
    table = _checks_2021(
        "全区一般公共预算收入44.08亿元，完成年初预算43.70亿元的100.9%，比上年的41.26亿元增加2.82亿元、"
        "增长6.8%。"
    )
    growth = table[table.check == "growth"].to_dict("records")
    assert [(r["indicators"], r["verdict"]) for r in growth] == [("一般公共预算收入", "consistent")]


def test_figures_named_by_their_year_under_a_total_of_years_are_that_year_s_levels():
    text = (
        "一、2023年工作回顾\n全年接待游客862.4万人次，同比增长24.4%。“十四五”以来，全县累计接待游客"
        "2186.4万人次，其中2021年630.5万人次、2022年693.5万人次。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert table.name.tolist() == ["接待游客"] * 4
    growth = check_claims(table, report).table.query("check == 'growth'")
    assert growth.verdict.tolist() == ["consistent"]  # over the 693.5 of 2022


@pytest.mark.parametrize(
    "body",
    [
        # a list of towns after 分别 naming another measure is no part of the county's figure
        "全县完成固定资产投资52.3亿元，增长10.5%；丰乐镇、安平镇分别到位招商引资资金38.2亿元、26.1亿元。",
        # counties after the city's own level, past a part of the city's revenue
        "全市一般公共预算收入完成215.4亿元，其中税收收入68.2亿元，市本级完成52.57亿元。其中曹西县完成"
        "38.1亿元、洛河县完成32.3亿元。",
        # towns' incomes per head are no parts of the county's
        "农村常住居民人均可支配收入1.86万元；丰乐镇、安平镇、临江镇分别为2.52万元、1.38万元、1.21万元。",
    ],
)
def test_session_review_keeps_these_consistent(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_session_review_keeps_these_checks():
    # a change in points over years, 累计 in a later sentence, is still over the first year
    points = _checks(
        "全县森林覆盖率由2015年的61.2%提高到65.8%，林业生态建设成效明显。森林覆盖率累计提高4.6个百分点。"
    )
    assert _verdicts_of(points, "points_change") == ["consistent"]
    # kinds right under a class by amount are still of that class
    kinds = _checks(
        "全年实施重点项目68个。其中亿元以上项目32个，其中工业项目20个、服务业项目14个。"
    )
    assert _verdicts_of(kinds, "disjoint_parts") == ["inconsistent"]
    # a growth named otherwise in the item of the part does not hide its share
    share = _checks(
        "全县实现地区生产总值86.3亿元，增长6.8%。第三产业增加值44.0亿元，服务业增长7.2%，占地区生产总值"
        "的比重为51.0%。"
    )
    assert _verdicts_of(share, "share") == ["consistent"]


def test_new_entities_listed_under_of_which_leave_the_net_increase_to_all_of_them():
    table = _checks(
        "全年新登记市场主体9642户，其中企业3216户、个体工商户6426户；注销3187户，净增6455户，各类市场"
        "主体总数达到7.82万户。"
    )
    assert _verdicts_of(table, "net_flows") == ["consistent"]


def test_a_part_larger_than_the_figure_before_its_of_which_is_of_the_whole_its_head_names():
    body = (
        "全口径税收收入32.68亿元，增长45.2%，全年为企业办理增值税留抵退税3.26亿元；其中工业税收{}亿元，"
        "增长52.6%。"
    )
    assert "inconsistent" not in set(_checks(body.format("27.41")).verdict)
    table = _checks(body.format("37.41"))  # more than all the taxes: an error still found
    assert _verdicts_of(table, "part_of_whole") == ["inconsistent"]


def test_round_49_keeps_these_consistent():
    cases = [
        # a base at the end of last year (在去年底…的基础上) is last year's level, no target
        "一、2020年工作回顾\n年末全街市场主体达到12846户。\n二、2021年工作安排\n"
        "市场主体总量力争在去年底12846户的基础上增长5.1%，达到1.35万户。\n",
        # a count at a day of December is no restatement of the year's end
        "一、2020年工作回顾\n截至12月20日，辖区实有市场主体12801户，已超过疫情前水平。年末全街市场主体"
        "达到12846户，比上年末增长4.8%。\n",
        # an industry opening its item with a clause of cause keeps its tax its own
        "一、2020年工作回顾\n全年完成地区税收18.36亿元，同比下降10.3%；其中区级税收6.48亿元，比上年"
        "减少0.63亿元，下降8.9%，降幅低于全区平均水平。分行业看，楼宇金融业实现税收3.68亿元，增长3.2%；"
        "批发零售业受疫情冲击较大，实现税收2.15亿元，下降18.7%。\n",
    ]
    for text in cases:
        report = parse_text(text)
        table = check_claims(claims_table(report), report).table
        assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_a_target_over_last_year_s_end_is_checked_against_it():
    text = (
        "一、2020年工作回顾\n年末全街市场主体达到12846户。\n二、2021年工作安排\n"
        "市场主体总量力争在去年底12846户的基础上增长5.1%，达到1.45万户。\n"
    )
    table = _table_of(text)
    assert _verdicts_of(table, "growth") == ["inconsistent"]


def test_a_town_opening_its_sentence_with_a_clause_of_its_own_scopes_every_figure_after():
    table = _checks(
        "全县一般公共预算收入完成8.65亿元，比上年增长9.4%。红水镇依托风光资源，新能源装机达到196.3万"
        "千瓦，一般公共预算收入完成1.26亿元，成为全县首个财政收入过亿元的乡镇。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_new_ones_listed_after_changes_are_each_level_s_and_their_multiple_is_of_new_ones():
    body = (
        "风电由上年末的186万千瓦增加到248.5万千瓦，光伏由142万千瓦增加到215.6万千瓦，分别新增62.5万千瓦"
        "和73.6万千瓦，光伏新增装机是风电的{}倍。"
    )
    right = _checks(body.format("1.2"))
    assert "inconsistent" not in set(right.verdict), right[right.verdict == "inconsistent"]
    assert sorted(_verdicts_of(right, "additions")) == ["consistent", "consistent"]
    assert _verdicts_of(_checks(body.format("1.5")), "ratio") == ["inconsistent"]


def test_a_town_s_figure_compared_with_the_county_s_average_is_the_town_s():
    table = _checks(
        "全县农村居民人均可支配收入16842元，增长7.6%。石门镇中药材种植面积4.8万亩，农村居民人均可支配"
        "收入达到18265元，增长8.1%，高于全县平均水平0.5个百分点。"
    )
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


@pytest.mark.parametrize(
    "body",
    [
        # 累计 after 、 is the stock of the new ones before it, no total of the figures after
        "新增家庭农场12家、累计58家，新增农民专业合作社9家、达到96家。",
        # an item opening with its own town after a share of the whole is that town's
        "全县农村居民人均可支配收入16842元，增长7.6%。红水镇依托风光资源，新能源装机达到196.3万千瓦，"
        "占全县的42.3%；石门镇中药材种植面积4.8万亩，农村居民人均可支配收入达到18265元，增长8.1%，高于"
        "全县平均水平0.5个百分点。",
        # shares of the capacity, not of the new capacity, after new ones listed
        "全县新能源并网装机达到464.1万千瓦，其中风电由上年末的186万千瓦增加到248.5万千瓦，光伏由142万"
        "千瓦增加到215.6万千瓦，分别新增62.5万千瓦和73.6万千瓦；风电、光伏装机分别占新能源装机的53.5%"
        "和46.5%。",
    ],
)
def test_round_49_keeps_these_consistent_too(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


@pytest.mark.parametrize(
    "text",
    [
        # the big projects' total investment is of all the projects' total, not of the year's plan
        "一、2018年工作回顾\n全年完成投资48.6亿元。\n二、2019年工作安排\n全年安排重点项目36个，总投资"
        "68.4亿元，年度计划投资21.3亿元，其中亿元以上产业项目14个，总投资51.6亿元。\n",
        # the festival's revenue is the festival's: no base of next year's target
        "一、2023年工作回顾\n全年实现旅游收入24.63亿元，增长61.2%。2023年春节黄金周，全县接待游客18.62万"
        "人次，实现旅游收入1.73亿元。\n二、2024年工作安排\n力争全年接待游客300万人次，旅游收入达到28亿元，"
        "增长13.7%。\n",
        # kinds of tax are parts of the taxes, not of 非税收入 printed last
        "一、2021年工作回顾\n全年税收收入23.17亿元，非税收入5.47亿元。其中，增值税、企业所得税分别完成"
        "10.32亿元、5.86亿元。\n",
    ],
)
def test_round_50_keeps_these_consistent(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        # the province's growth with no subject of its own is the province's
        "黔屏市人民政府工作报告\n一、2017年工作回顾\n规模以上工业增加值增长10.2%，同期全省增长9.5%。\n",
        # a change of one year under 其中 after a change over years is that year's
        "黔屏市人民政府工作报告\n一、2017年工作回顾\n“十三五”以来，全市农村贫困人口由2015年底的45.87万人"
        "减少到19.16万人，其中2017年减少12.36万人。\n",
        "黔屏市人民政府工作报告\n一、2017年工作回顾\n贫困发生率由2015年底的14.3%下降到6.05%，其中2017年"
        "下降3.77个百分点。\n",
    ],
)
def test_round_50_keeps_these_consistent_too(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        # a district's figure restated after its floor keeps the district: no second city figure
        "黔屏市人民政府工作报告\n一、2017年工作回顾\n全市一般公共预算收入完成102.36亿元，增长9.5%。"
        "兴江区、安宁市地区生产总值分别达到312.5亿元和205.8亿元；兴江区一般公共预算收入突破30亿元，"
        "达到31.6亿元，成为全市首个财政收入超30亿元的县（市、区）。\n",
        # 今年 under a change over years dates the net increase to this year alone
        "一、2022年工作回顾\n全年新认定总部企业19家，迁出2家，辖区总部企业达到103家，增长19.8%；"
        "“十四五”以来，总部企业由2020年末的72家增加到103家，其中今年净增17家。\n",
    ],
)
def test_round_50_left_out_reports_keep_these_consistent(text):
    _assert_no_alarm(text)


def test_a_figure_restated_after_its_floor_keeps_the_place_and_this_year_s_change_its_year():
    report = parse_text(
        "一、2022年工作回顾\n兴江区一般公共预算收入突破30亿元，达到31.6亿元。总部企业由2020年末的72家"
        "增加到103家，其中今年净增17家。\n"
    )
    rows = claims_table(report).set_index("value")
    assert rows.loc["31.6", "scope"] == "兴江区"
    assert rows.loc["17", "period"] == "2022" and rows.loc["17", "growth_basis"] == ""


def test_a_place_s_count_among_the_wider_place_s_is_a_share_of_that_count():
    table = _checks("在全市1250家规上工业企业中，我镇占86家，占6.9%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "consistent" and row["recomputed"] == "6.88%"
    assert "inconsistent" not in set(table.verdict)
    report = parse_text(
        "一、2022年工作回顾\n全年辖区总部企业达到103家，增长19.8%。全区266家总部企业中辖区占103家，"
        "占比38.7%。\n"
    )
    claims = claims_table(report)
    among = claims[claims.value.isin(["266", "103"]) & (claims.name == "总部企业")]
    assert among[["value", "scope"]].values.tolist() == [["266", "全区"], ["103", "辖区"]]
    [row] = check_claims(claims, report).table.query("check == 'share'").to_dict("records")
    assert row["verdict"] == "consistent" and row["recomputed"] == "38.72%"


def test_a_level_compared_with_at_a_year_s_end_is_that_year_s_and_no_whole_of_parts():
    report = parse_text(
        "一、2024年工作回顾\n全县新能源并网装机容量达到1286.5万千瓦，比2020年末的512.6万千瓦增加773.9万千瓦，"
        "其中光伏装机由2020年的196.5万千瓦增加到603.7万千瓦。\n"
    )
    claims = claims_table(report)
    [base] = claims[claims.value == "512.6"].to_dict("records")
    assert base["period"] == "2020" and base["name"] == "新能源并网装机容量"
    table = check_claims(claims, report).table
    assert set(table.verdict) == {"consistent"}
    assert set(table.check) == {"change_amount", "part_of_whole"}


def test_a_share_whose_whole_is_a_wording_printed_inside_it_is_judged():
    table = _checks(
        "石化产业实现营业收入2850.6亿元，增长5.8%，占全市规模以上工业营业收入6120.5亿元的43.6%。"
    )
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("46.57%")
    table = _checks(
        "石化产业实现营业收入2850.6亿元，增长5.8%，占全市规模以上工业营业收入6120.5亿元的46.6%。"
    )
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]


def test_new_and_upgraded_roads_cover_all_the_roads_built():
    table = _checks(
        "全年新建改建农村公路46.8公里，其中新建硬化路23.5公里、提级改造21.3公里，全镇农村公路总里程由318.6"
        "公里增加到342.9公里。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("44.8 公里")


@pytest.mark.parametrize(
    "text",
    [
        # 县域 in a city's report is its counties, without its districts: no second city GDP
        "绥北市人民政府工作报告\n一、2018年工作回顾\n全市6个县（市）、2个区，地区生产总值完成980.3亿元，"
        "增长5.1%；其中，第一产业"
        "增加值318.7亿元，增长5.1%；第二产业增加值183.1亿元，增长3.6%；第三产业增加值478.5亿元，增长5.7%。"
        "县域经济实现地区生产总值568.4亿元，增长5.6%。\n",
        # a science port is a park of the town; its tax per mu is its own
        "一、2023年工作回顾\n全年完成税收总收入92.46亿元，同比增长6.8%。占地3150亩的泾南生命科学港全年实现"
        "税收总收入26.84亿元，同比增长12.1%，亩均税收85.2万元。\n",
    ],
)
def test_round_51_keeps_these_consistent(text):
    table = _assert_no_alarm(text)
    assert "consistent" in set(table.verdict)


def test_a_park_s_tax_per_mu_after_its_tax_is_judged_against_it():
    table = _checks(
        "占地3150亩的泾南生命科学港全年实现税收总收入26.84亿元，同比增长12.1%，亩均税收88.2万元。"
    )
    [row] = table[table.check == "per_unit"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("85.2 万元")


def test_a_plan_handed_down_by_the_province_is_the_target_its_progress_divides():
    report = parse_text(
        "一、2018年工作回顾\n全年开工改造各类棚户区8640套，完成省下达计划8000套的118.0%。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value == "8000"].kind.tolist() == ["target"]
    [row] = check_claims(claims, report).table.query("check == 'share'").to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"] == "108.00%"


def test_the_total_of_crops_and_herding_is_no_second_herding_output():
    table = _checks("实现牧业产值64.32亿元，占农牧业总产值74.53亿元的86.3%。")
    assert table[["check", "verdict"]].values.tolist() == [["share", "consistent"]]


def test_codes_in_quotes_before_a_kind_of_exports_keep_the_kind():
    table = _checks("“9710”“9810”跨境电商B2B出口额42.6亿元。1—11月，出口1012.5亿元。")
    assert "inconsistent" not in set(table.verdict)
    report = parse_text("一、2023年工作回顾\n“9710”“9810”跨境电商B2B出口额42.6亿元。\n")
    assert claims_table(report).name.tolist() == ["跨境电商B2B出口额"]


@pytest.mark.parametrize(
    "text",
    [
        # a floor target and a stretch target of one figure are both meant
        "一、2018年工作回顾\n规模以上工业增加值增长5.6%。\n二、2019年工作安排\n规模以上工业增加值确保增长6%、"
        "力争8%。\n",
        # the urbanisation of registered residents is another rate than of all residents
        "一、2018年工作回顾\n常住人口城镇化率达到68.4%，户籍人口城镇化率达到52.6%。\n",
    ],
)
def test_round_52_keeps_these_consistent(text):
    _assert_no_alarm(text)


def test_a_change_in_the_unit_a_level_is_per_mu_of_is_that_level_s():
    for text in (
        "籽棉总产36.52万吨，比上年的34.58万吨增长5.6%；平均单产达到423公斤/亩，比上年提高14公斤。",
        "龙溪工业园区完成规上工业产值968.3亿元，比上年的876.5亿元增长10.5%，亩均工业产值达到338.6万元/亩，"
        "比上年提高21.4万元。",
    ):
        table = _checks(text)
        assert "inconsistent" not in set(table.verdict), table
        assert "change_amount" not in set(table.check)


def test_firms_a_campaign_dealt_with_after_a_part_are_no_part_of_the_total():
    table = _checks("全镇印染企业由38家减少到24家，其中规上印染企业18家，整治“散乱污”企业216家。")
    assert table[["check", "verdict"]].values.tolist() == [["part_of_whole", "consistent"]]
    assert table.indicators.tolist() == ["规上印染企业; 印染企业"]


@pytest.mark.parametrize("added", ["", "，全年新增126.5万千瓦"])
def test_an_average_growth_after_a_level_compared_with_runs_from_that_level(added):
    table = _table_of(
        "一、2021年工作回顾\n光伏装机由上年的302.16万千瓦增加到428.66万千瓦"
        f"{added}；与2015年的93.20万千瓦相比，年均增长29.0%。\n"
    )
    [row] = table[table.check == "average_growth"].to_dict("records")
    assert row["verdict"] == "consistent" and row["period"] == "2015→2021"


def test_a_base_clause_of_the_plan_naming_no_time_is_the_level_of_the_year_under_review():
    text = (
        "一、2023年工作回顾\n累计租赁飞机达到{}架。\n二、2024年重点工作\n在累计租赁飞机1862架的基础上，"
        "年内力争突破2000架。\n"
    )
    report = parse_text(text.format("1862"))
    claims = claims_table(report)
    assert claims[["name", "period", "kind"]].values.tolist()[1:] == [
        ["累计租赁飞机", "2023", "actual"],
        ["累计租赁飞机", "2024", "target"],
    ]
    assert "inconsistent" not in set(check_claims(claims, report).table.verdict)
    report = parse_text(text.format("1826"))  # the stock restated otherwise in the plan
    table = check_claims(claims_table(report), report).table
    [row] = table[table.verdict == "inconsistent"].to_dict("records")
    assert row["check"] == "same_quantity"


@pytest.mark.parametrize(
    "text",
    [
        # a named port's trade and its parts under 其中 are the port's, not the county's
        "一、2025年工作回顾\n全县外贸进出口总额42.36亿元，增长18.7%。克孜勒口岸完成进出口贸易额312.48亿元，"
        "同比增长14.3%。其中，出口236.15亿元，增长16.2%；进口76.33亿元，增长8.8%。\n",
        "一、2025年工作回顾\n全县外贸进出口总额42.36亿元，增长18.7%。克孜勒口岸完成进出口贸易额312.48亿元，"
        "其中出口236.15亿元，增长16.2%；进口76.33亿元，增长8.8%。\n",
        # a ratio named by parts with their whole's measure divides those parts
        "一、2025年工作回顾\n口岸过货量486.3万吨，其中进口312.6万吨、出口173.7万吨。进出口贸易额312.48亿元，"
        "其中出口236.15亿元、进口76.33亿元，进口过货量是出口过货量的1.8倍。\n",
    ],
)
def test_round_52_keeps_these_port_figures_consistent(text):
    table = _assert_no_alarm(text)
    if "过货量是" in text:
        [row] = table[table.check == "ratio"].to_dict("records")
        assert row["verdict"] == "consistent" and row["recomputed"].startswith("1.80")


@pytest.mark.parametrize(
    "text",
    [
        "全区火锅门店达到3860家，全年新开火锅门店620家、关停245家，净增385家。",
        "全年新增租赁飞机163架，退租17架，净增156架，累计租赁飞机达到1862架。",
    ],
)
def test_shops_opened_and_aircraft_returned_are_flows_of_a_net_change(text):
    table = _checks(text)
    [row] = table[table.check == "net_flows"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["gap"] == "10"


def test_a_growth_of_its_own_subject_after_a_level_compared_with_is_over_that_year():
    table = _table_of(
        "一、2021年工作回顾\n全年实现旅游总收入58.74亿元，增长18.2%；与2015年的25.46亿元相比，旅游总收入"
        "增长1.5倍。\n"
    )
    [row] = table[(table.check == "growth") & (table.period == "2015→2021")].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("130.71%")


@pytest.mark.parametrize(
    "text",
    [
        # new ones of a kind of owner are new ones, not a second stock
        "全年新登记民营市场主体9.86万户，民营市场主体总数达到67.89万户。",
        # the whole place's area past a semicolon is no further part of a kind of crops
        "全镇经济作物面积达到6.12万亩，其中茶园2.86万亩、精品水果0.78万亩；全镇农作物播种面积10.52万亩，"
        "经济作物占播种面积的比重由48.6%提高到58.2%。",
    ],
)
def test_round_53_keeps_these_consistent(text):
    table = _checks(text)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_a_share_of_a_class_among_the_whole_place_s_count_divides_that_count():
    table = _checks("全旗68个嘎查村中，集体经济收入10万—50万元的45个，50万元以上的23个，占30.8%。")
    [row] = table[table.check == "share"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"] == "33.82%"


def test_the_villages_total_income_is_the_collective_income_the_plan_targets():
    report = parse_text(
        "一、2024年工作回顾\n全镇十八个行政村村级集体经济总收入达到5836万元，同比增长14.8%。\n"
        "二、2025年工作安排\n村级集体经济总收入6400万元，增长12.7%。\n"
    )
    claims = claims_table(report)
    assert claims.name.tolist()[0] == "行政村"
    [row] = check_claims(claims, report).table.query("period == '2024→2025'").to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("9.66%")


@pytest.mark.parametrize(
    "text",
    [
        # the expected target and a stretch one after it are two targets
        "一、2022年工作回顾\n固定资产投资增长10.2%。\n二、2023年工作安排\n固定资产投资增长12%，力争15%。\n",
        # a daily average of a holiday is no second total of its visitors
        "一、2022年工作回顾\n春节黄金周期间，全县接待游客23.85万人次，同比增长18.7%，日均接待游客3.41万人次。\n",
    ],
)
def test_round_54_keeps_these_consistent(text):
    _assert_no_alarm(text)


def test_a_cut_listed_after_another_with_no_verb_of_its_own_is_a_cut_too():
    report = parse_text(
        "一、2016年工作回顾\n全年压减炼铁产能120万吨、炼钢产能165万吨，全县炼钢产能压减到1155万吨。\n"
        "二、2017年工作安排\n全年压减炼钢产能110万吨，全县炼钢产能压减到1045万吨。\n"
    )
    claims = claims_table(report)
    assert claims.value.tolist()[:2] == ["-120", "-165"]
    assert "inconsistent" not in set(check_claims(claims, report).table.verdict)


def test_the_dated_start_of_a_change_is_a_base_of_a_multiple_stated_elsewhere():
    table = _table_of(
        "一、2018年工作回顾\n全镇茶业全产业链产值从2015年的10.2亿元增长到21.3亿元。\n"
        "全镇茶业全产业链产值21.3亿元，是2015年的2.4倍。\n"
    )
    [row] = table[table.verdict == "inconsistent"].to_dict("records")
    assert row["check"] == "growth" and row["period"] == "2015→2018"


@pytest.mark.parametrize(
    "text",
    [
        # a growth after an adjustment is over an adjusted base, not over last year's level
        "一、2022年工作回顾\n一般公共预算收入由2021年的14.63亿元增加到15.82亿元，增长8.1%，扣除留抵退税因素后"
        "增长12.3%。\n",
        # a change over last year is not over the earlier year the level's multiple names
        "一、2019年工作回顾\n规模以上食品企业达到86家，比上年增加9家，是2015年43家的2倍。\n",
    ],
)
def test_a_dated_start_judges_nothing_it_is_no_base_of(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base clause of the plan that holds a target is the plan's, not last year's level
        (
            "一、2023年工作回顾\n规模以上工业增加值增长7.1%。\n二、2024年工作安排\n主要预期目标是：地区生产总值"
            "增长6%左右；在实现规模以上工业增加值增长8%的基础上，推动工业经济提质增效。\n",
            set(),
        ),
        # an average growth is not judged from a level compared with after it
        (
            "一、2021年工作回顾\n全州光伏装机达到428.66万千瓦，2016年以来年均增长29.0%，比上年的302.16"
            "万千瓦增加126.5万千瓦。\n",
            set(),
        ),
        # a stock's new and renovated roads need not add up to it
        (
            "一、2023年工作回顾\n全县农村公路总里程达到1860公里，其中新建通组公路86公里、改造提升县乡道"
            "120公里。\n",
            set(),
        ),
        # a figure per mu of the town's is judged against the town's, not the district's
        (
            "一、2022年工作回顾\n全镇规上工业企业用地2860亩，实现规上工业产值68.6亿元，占全区规上工业产值"
            "286.5亿元的23.9%，亩均产值259.9万元。\n",
            {"per_unit"},
        ),
        # a floor above its stretch target is a slip
        ("二、2024年工作安排\n地区生产总值确保增长8%，力争增长6%。\n", {"same_quantity"}),
        # 县域 in a county-level city that names no counties is the city itself
        (
            "宜兴市人民政府工作报告\n一、2023年工作回顾\n全市实现地区生产总值2356.8亿元，增长5.8%。县域地区"
            "生产总值迈上新台阶，达到2365.8亿元。\n",
            {"same_quantity"},
        ),
    ],
)
def test_the_session_review_keeps_these_readings(text, expected):
    table = _table_of(text)
    assert set(table[table.verdict == "inconsistent"].check) == expected


def test_a_kind_counted_among_firms_is_no_place_and_the_own_place_no_wider_one():
    rows = claims_table(
        parse_text("一、2022年工作回顾\n126家规上工业企业中，高新技术企业有38家。\n")
    )
    assert rows.name.tolist()[-1] == "高新技术企业"
    table = _table_of(
        "青山县人民政府工作报告\n一、2023年工作回顾\n全县规上工业企业达到128家，净增12家。全县126家规上"
        "工业企业中，有15家产值超亿元。\n"
    )
    assert "same_quantity" in set(table[table.verdict == "inconsistent"].check)


def test_a_count_cut_to_a_new_level_is_the_new_level_of_its_own_subject():
    table = _checks(
        "乡镇由26个调减为18个；建制村由312个调减为205个，减少34.3%；村民小组由2486个调减为1637个，减少34.2%。"
    )
    assert set(table.verdict) == {"consistent"}
    assert set(table.indicators) == {"建制村", "村民小组"}


def test_a_wider_place_s_growth_in_brackets_after_the_whole_economy_named_again_is_of_it():
    report = parse_text(
        "靖塬县人民政府工作报告\n一、2018年工作回顾\n全县实现地区生产总值386.42亿元，增长8.4%，其中第三产业增加值"
        "93.14亿元，增长7.0%，经济总量占全市的11.2%，增速高于全市0.5个百分点（全市增长7.9%）。\n"
    )
    claims = claims_table(report)
    [city] = claims[claims.scope == "全市"].to_dict("records")
    assert city["indicator"] == "地区生产总值" and city["growth_pct"] == "7.9"
    assert "inconsistent" not in set(check_claims(claims, report).table.verdict)


def test_a_wider_place_s_growth_after_parts_split_by_semicolons_is_of_their_whole():
    report = parse_text(
        "靖塬县人民政府工作报告\n一、2018年工作回顾\n预计全年实现地区生产总值386.42亿元，比上年增长8.4%，其中第一"
        "产业增加值24.37亿元，增长4.7%；第二产业增加值268.91亿元，增长9.2%；第三产业增加值93.14亿元，增长"
        "7.0%，经济总量占全市3450.2亿元的11.2%，增速高于全市0.5个百分点（全市增长7.9%）。\n"
    )
    claims = claims_table(report)
    assert claims[claims.value.eq("") & (claims.scope == "全市")].indicator.tolist() == [
        "地区生产总值"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a change and a growth after a target's progress rate are of the level before it
        "一、2023年工作回顾\n全年组织财政收入2186万元，完成年度任务2000万元的109.3%，比上年增加166万元，同比"
        "增长8.2%。\n",
        # new ones of a trade before the wording are new ones
        "一、2022年工作回顾\n新培育涉海工业企业24家，总数达到217家。\n",
    ],
)
def test_round_56_keeps_these_consistent(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        # the plan's five years of new jobs are no second figure of the year's
        "一、2015年工作回顾\n全年城镇新增就业5.86万人，“十二五”累计新增城镇就业28.6万人，城镇登记失业率"
        "控制在4%以内。\n",
        # new ones of a size class and a trade are new ones
        "一、2022年工作回顾\n新培育规模以上涉海工业企业24家，总数达到217家。\n",
    ],
)
def test_round_56_keeps_these_consistent_too(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fall over the years since a start not printed is not last year's change
        "一、2019年工作回顾\n贫困发生率由4.87%下降到1.84%。精准识别之初贫困发生率高达26.9%。截至2019年底，"
        "贫困发生率累计下降25.1个百分点。\n",
        # a pool of funds after a semicolon, named by a verb of its own, is no part of the total
        "一、2019年工作回顾\n投入专项扶贫资金4.86亿元，其中中央资金2.93亿元；统筹整合涉农资金6.38亿元。\n",
    ],
)
def test_round_56_keeps_these_consistent_as_well(text):
    _assert_no_alarm(text)


def test_the_years_of_an_average_growth_inside_a_sentence_date_that_growth_alone():
    table = _assert_no_alarm(
        "一、2019年工作回顾\n全年实现网络零售额92.63亿元，同比增长21.3%，总量占全区网络零售额（392.5亿元）的"
        "23.6%，是2015年（28.74亿元）的3.2倍，2016—2019年年均增长34.0%；其中跨境电商零售出口14.82亿元，"
        "增长35.2%，占网络零售额的16.0%。\n"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["period"] == "2019" and share["recomputed"].startswith("16.00%")
    claims = claims_table(
        parse_text(
            "二、2023年工作思路\n到2025年，全区营业收入达到2,000亿元，“十四五”期间年均增长12.7%；"
            "高新技术企业突破500家，研发投入强度达到4%以上。\n"
        )
    )
    periods = dict(zip(claims.name, claims.period, strict=False))
    assert periods["高新技术企业"] == "2025" and periods["研发投入强度"] == "2025"


def test_a_multiple_after_an_average_named_by_its_per_unit_word_alone_is_of_the_total():
    text = (
        "一、2017年工作回顾\n村级集体经济收入合计186.4万元，村均13.31万元，是2014年44.6万元的{}倍，"
        "彻底消除了集体经济“空壳村”。\n"
    )
    [row] = _assert_no_alarm(text.format("4.2")).to_dict("records")
    assert row["indicators"] == "农村集体经济收入" and row["period"] == "2014→2017"
    report = parse_text(text.format("3.2"))
    [wrong] = check_claims(claims_table(report), report).table.to_dict("records")
    assert wrong["verdict"] == "inconsistent" and wrong["indicators"] == "农村集体经济收入"


def test_a_group_doing_a_clause_is_the_group_of_a_figure_past_its_growth_and_a_semicolon():
    table = _assert_no_alarm(
        "一、2017年工作回顾\n辖区总部企业全年实现营业收入6235.8亿元，同比增长12.8%；缴纳税收186.27亿元。"
        "辖区全年完成税收总额386.52亿元，同比增长12.4%。全年楼宇经济贡献税收312.64亿元，占辖区税收总额的"
        "80.9%。\n"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["verdict"] == "consistent" and share["recomputed"].startswith("80.89%")
    claims = claims_table(
        parse_text(
            "二、2030年远景目标\n高新区规模以上工业企业营业收入到2030年达到500亿元，年均增长11.8%；"
            "全县接待游客到2030年达到2000万人次，年均增长9.2%。\n"
        )
    )
    [visitors] = claims[claims.name == "接待游客"].to_dict("records")
    assert visitors["scope"] == ""  # the firms before only name their own revenue


def test_a_rate_named_by_one_part_of_a_list_divides_that_part():
    table = _assert_no_alarm(
        "一、2022年工作回顾\n全年煤炭外运量2.46亿吨，其中铁路外运1.87亿吨、公路外运0.59亿吨，铁路外运比重达到"
        "76.0%。\n"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["indicators"] == "铁路外运比重; 铁路外运; 煤炭外运量"


@pytest.mark.parametrize(
    ("body", "recomputed"),
    [
        ("新能源并网装机达到915万千瓦，其中风电586万千瓦、光伏392万千瓦。", "978 万千瓦"),
        (
            "累计认证“三品一标”农产品47个，其中无公害农产品28个、绿色食品13个、有机农产品4个、"
            "农产品地理标志7个。",
            "52 个",
        ),
    ],
)
def test_parts_by_source_of_power_or_label_of_farm_products_exclude_each_other(body, recomputed):
    table = _checks(body)
    [row] = table[table.check == "disjoint_parts"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith(recomputed)


def test_an_average_growth_runs_to_the_level_of_its_own_paragraph_not_a_summary_s_slip():
    table = _checks(
        "预计全年地区生产总值完成2186.4亿元，增长5.8%；原煤产量3.26亿吨，外运煤炭2.46亿吨。\n\n"
        "全年原煤产量3.62亿吨，同比增长7.4%；比2020年的3.05亿吨增长18.7%，两年平均增长8.9%。"
    )
    [average] = table[table.check == "average_growth"].to_dict("records")
    assert average["verdict"] == "consistent" and average["recomputed"].startswith("8.94%")
    assert table[table.verdict == "inconsistent"].check.tolist() == ["same_quantity"]


@pytest.mark.parametrize(
    ("local", "verdict"), [("124.34", "consistent"), ("142.34", "inconsistent")]
)
def test_the_state_and_local_bureaus_taxes_add_up_to_all_taxes(local, verdict):
    table = _checks(
        f"辖区全年完成税收总额386.52亿元，同比增长12.4%，是2012年的1.9倍。其中，国税收入262.18亿元，"
        f"增长13.3%；地税收入{local}亿元，增长10.5%。"
    )
    [row] = table[table.check == "sum"].to_dict("records")
    assert row["indicators"] == "税收收入; 国税收入; 地税收入" and row["verdict"] == verdict


def test_a_growth_after_a_stance_word_past_a_target_s_own_growth_is_a_higher_target():
    table = _assert_no_alarm(
        "一、2018年工作回顾\n一般公共预算收入6.82亿元。\n二、2019年工作安排\n一般公共预算收入达到7.23亿元，增长6%，"
        "力争增长8%。\n"
    )
    [row] = table[table.check == "growth"].to_dict("records")
    assert row["stated"] == "7.23 亿元，增长 6%" and row["verdict"] == "consistent"


def test_a_multiple_over_a_year_named_after_a_change_from_a_start_of_no_time_is_not_over_it():
    table = _assert_no_alarm(
        "一、2021年工作回顾\n全年新认定国家高新技术企业362家，总数由1062家增加到1268家，是2016年的3.3倍。\n"
    )
    [row] = table[table.check == "count_change"].to_dict("records")
    assert row["verdict"] == "not_assessable" and "2016" in row["explanation"]


@pytest.mark.parametrize(
    "text",
    [
        # a resort and a zone of a free-trade area are parts of the place
        "一、2018年工作回顾\n全年接待游客286.5万人次，增长21.6%。勐岗湖旅游度假区接待游客112.3万人次，增长"
        "31.7%。\n",
        "一、2021年工作回顾\n实际使用外资6.85亿美元，增长12.3%。海津自贸片区新设外资企业42家，实际使用外资"
        "3.12亿美元。\n",
    ],
)
def test_round_57_keeps_these_consistent(text):
    table = _assert_no_alarm(text)
    assert "same_quantity" not in set(table.check)


@pytest.mark.parametrize(
    "body",
    [
        "城镇和农村常住居民人均可支配收入分别由上年的27620元和9572元增加到29856元和10472元，增长8.1%和9.4%。",
        "城镇和农村常住居民人均可支配收入分别达到29856元和10472元，比上年增加2236元和900元，增长8.1%和9.4%。",
    ],
)
def test_lists_after_a_respective_list_with_no_fenbie_of_their_own_go_in_order(body):
    table = _assert_no_alarm(f"一、2018年工作回顾\n{body}\n")
    judged = table[table.verdict == "consistent"]
    assert set(judged.indicators) == {"城镇居民人均可支配收入", "农村居民人均可支配收入"}
    assert len(judged) == 2


def test_years_named_bare_opening_a_sentence_date_its_figures_and_a_whole_glued_with_zhong():
    body = (
        "——民生福祉得到新改善。五年民生支出累计达到148.6亿元，2020年一般公共预算支出42.36亿元，其中民生"
        "支出33.52亿元，占79.1%；当年一般公共预算收入中税收收入6.58亿元，占67.8%。五年新建改扩建学校26所，"
        "城镇新增就业9360人。"
    )
    report = parse_text(f"一、2020年工作回顾\n{body}\n")
    claims = claims_table(report)
    periods = dict(zip(claims.name, claims.period, strict=False))
    assert periods["城镇新增就业"] == "2016..2020" and periods["一般公共预算支出"] == "2020"
    table = _assert_no_alarm(f"一、2020年工作回顾\n{body}\n")
    assert table[table.check == "share"].indicators.tolist() == [
        "该比例; 民生支出; 一般公共预算支出"
    ]
    plan = claims_table(
        parse_text("一、2020年工作回顾\n五年规划确定的目标全面完成，新建学校6所。\n")
    )
    assert plan.period.tolist() == ["2020"]  # 五年规划 names no years of the figures


@pytest.mark.parametrize(
    "body",
    [
        # 共 of 公共 is no word of a total, nor is a count a sentence before a count built
        "一般公共预算收入超5000万元的乡镇达到4个，超2000万元的达到11个。",
        "一般公共预算收入超5000万元的乡镇达到4个，超2000万元的达到11个。建成公共服务中心4个，村级服务站11个。",
    ],
)
def test_round_58_keeps_these_consistent(body):
    table = _assert_no_alarm(f"一、2017年工作回顾\n{body}\n")
    assert "part_of_whole" not in set(table.check)


def test_a_count_among_the_things_of_a_count_before_it_is_a_part_of_it():
    table = _checks("县级电商公共服务中心覆盖全县168个行政村中的182个，覆盖率达到90.5%。")
    [row] = table[table.check == "part_of_whole"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["stated"] == "行政村中 182 个 ≤ 行政村中 168 个"


def test_a_time_before_fenbie_names_no_subject_of_the_list():
    claims = claims_table(
        parse_text(
            "二、2025年工作安排\n新增市级智能工厂6个、数字化车间30个，到年底分别累计达到52个和215个。\n"
        )
    )
    assert claims.name.tolist() == ["新增市级智能工厂", "数字化车间", "市级智能工厂", "数字化车间"]
    _assert_no_alarm(
        "二、2025年工作安排\n新增市级智能工厂6个、数字化车间30个，到年底分别累计达到52个和215个。\n"
    )


@pytest.mark.parametrize(
    ("body", "judged"),
    [
        (
            "生产安全事故起数由8起下降到6起，死亡人数由3人下降到2人，分别下降25%和33.3%。",
            [("生产安全事故起数", "6 起，下降 25%"), ("死亡人数", "2 人，下降 33.3%")],
        ),
        (
            "响应率保持100%，解决率由上年的86.7%提高到93.5%，满意率由89.2%提高到95.1%，分别提高6.8个和"
            "5.9个百分点。",
            [("解决率", "6.8 个百分点"), ("满意率", "5.9 个百分点")],
        ),
        (
            "城市和农村低保标准分别由每人每月528元和每人每年3960元提高到560元和4280元，分别提高6.1%和"
            "8.1%。",
            [("城市", "560 元，增长 6.1%"), ("农村低保标准", "4280 元，增长 8.1%")],
        ),
    ],
)
def test_a_list_of_growths_after_two_changes_goes_to_the_levels_they_reached(body, judged):
    table = _assert_no_alarm(f"一、2021年工作回顾\n{body}\n")
    consistent = table[table.verdict == "consistent"]
    assert list(zip(consistent.indicators, consistent.stated, strict=True)) == judged


def test_months_opening_a_paragraph_date_its_later_sentences_up_to_the_whole_year():
    table = _assert_no_alarm(
        "一、2018年工作回顾\n1—11月，辖区实现税收总额18.64亿元。批发零售业实现税收9.86亿元，占全街税收总额的"
        "52.9%。全年辖区税收总额20.83亿元。\n"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["period"] == "2018-01..2018-11" and share["verdict"] == "consistent"


def test_a_change_to_this_year_s_level_runs_from_its_dated_start():
    text = "一、2018年工作回顾\n楼宇税收由2013年的12.38亿元增加到今年的20.83亿元，年均增长{}%。\n"
    [row] = _checks_of_text(text.format("11.0"))
    assert (row["check"], row["verdict"], row["period"]) == (
        "average_growth",
        "consistent",
        "2013→2018",
    )
    [wrong] = _checks_of_text(text.format("13.0"))
    assert wrong["verdict"] == "inconsistent"


def _checks_of_text(text: str) -> list[dict]:
    report = parse_text(text)
    return check_claims(claims_table(report), report).table.to_dict("records")


def test_an_industry_glued_before_the_firms_or_investment_narrows_them_to_it():
    table = _assert_no_alarm(
        "一、2015年工作回顾\n完成固定资产投资112.46亿元，增长17.8%。全县林业总产值达到41.2亿元，增长11.6%，"
        "完成林业固定资产投资6.8亿元，增长23.6%。规模以上工业企业由186家增加到203家，净增17家。全区聚集航空"
        "航天企业318家，航空航天规上企业达到96家，比上年新增14家。\n"
    )
    assert "same_quantity" not in set(table.check)


def test_a_share_of_a_respective_list_divides_the_level_of_its_own_place():
    table = _assert_no_alarm(
        "一、2019年工作回顾\n全市地区生产总值2186.4亿元。濉阳区、凤岭区分别实现地区生产总值712.3亿元和486.9亿元，"
        "分别占全市的32.6%和22.3%。\n"
    )
    [share] = table[table.check == "share"].to_dict("records")
    assert share["recomputed"].startswith("32.58%")


def test_months_to_date_reach_the_breakdown_sentences_after_them_only():
    text = (
        "一、2018年工作回顾\n辖区现有商务楼宇34栋。1—11月，辖区实现税收总额18.64亿元，同比增长9.3%。从行业看，"
        "批发零售业实现税收9.86亿元，占全街税收总额的52.9%；楼宇税收6.83亿元，占辖区税收总额的36.6%。"
        "预计全年辖区税收总额20.83亿元。数字经济核心产业增加值186.3亿元。\n"
    )
    table = _assert_no_alarm(text)
    assert set(table[table.check == "share"].period) == {"2018-01..2018-11"}
    claims = claims_table(parse_text(text))
    assert claims[claims.name == "数字经济核心产业增加值"].period.tolist() == ["2018"]


def test_levels_after_a_respective_list_of_growths_take_its_subjects_in_order():
    table = _assert_no_alarm(
        "一、2018年工作回顾\n城镇常住居民人均可支配收入38652元，增长7.6%；农村牧区常住居民人均可支配收入15847元，"
        "增长9.3%。\n二、2019年工作安排\n城镇常住居民和农村牧区常住居民人均可支配收入分别增长7.5%和9%，达到41551元"
        "和17273元。\n"
    )
    judged = table[table.verdict == "consistent"]
    assert judged.stated.tolist() == ["41551 元，增长 7.5%", "17273 元，增长 9%"]


@pytest.mark.parametrize(
    "body",
    [
        "新增A级旅游景区4家，其中4A级景区3家，全市A级旅游景区由上年的21家增加到25家。",
        "农产品加工企业168家，其中龙头企业37家，农民专业合作社达到2386家。",
    ],
)
def test_a_level_reached_in_a_clause_of_its_own_after_qizhong_is_no_part(body):
    table = _assert_no_alarm(f"一、2016年工作回顾\n{body}\n")
    assert table[table.check == "part_of_whole"].verdict.tolist() == ["consistent"]


@pytest.mark.parametrize(
    "text",
    [
        # a year opening a relative clause names the time of a thing, not of the figures
        "一、2021年工作回顾\n2020年引进的年产五万吨浓缩果汁项目今年全面达产，全县规模以上工业总产值达到132.6亿元，"
        "同比增长14.0%；与2019年的108.9亿元相比，增长21.8%，两年平均增长10.3%。\n",
        # 继 and 巩固 before a year: an earlier event or state, for its phrase only
        "一、2023年工作回顾\n继2022年首次突破80亿元之后，街道全口径税收再创新高，全年完成86.47亿元，同比增长7.9%。"
        "全口径税收由2021年的74.03亿元增加到86.47亿元，两年平均增长8.1%。\n二、2024年工作计划\n巩固2023年经济回升"
        "向好态势，力争全口径税收达到92亿元，增长6.4%。\n",
        # a group's growth is over the group's level, not the whole place's
        "一、2023年工作回顾\n2022年，全口径税收80.12亿元。2023年，全口径税收86.47亿元，增长7.9%。金融科技企业全年"
        "实现税收7.86亿元，同比增长28.4%。\n",
        # a share after 其中 is of the part, and the total before it is of the whole place
        "一、2021年工作回顾\n规模以上工业总产值78.4亿元。\n二、2022年工作安排\n力争全年新增规上工业企业6家以上、总数"
        "达到59家，规模以上工业总产值达到87.8亿元、增长12%，其中开发区完成65.9亿元，占全县比重保持在75%左右。\n",
    ],
)
def test_round_60_keeps_these_consistent(text):
    table = _assert_no_alarm(text)
    assert (table.verdict == "consistent").sum() >= 1


@pytest.mark.parametrize(
    "text",
    [
        # a gap of a growth with an open bound against a bracketed figure: nothing to judge
        "一、2023年工作回顾\n全县规模以上工业增加值增长8%以上，高于全市（6.5%）1.5个百分点。\n",
        # a smaller fall than the wider place's bracketed one
        "一、2023年工作回顾\n受房地产市场下行影响，全县固定资产投资下降3.2%，降幅低于全市（5.6%）2.4个百分点。\n",
        # the investment the gap names, not the last part before it
        "一、2023年工作回顾\n全县固定资产投资增长12.5%，其中工业投资增长18.6%、基础设施投资增长9.3%，投资增速高于"
        "全市（8.9%）3.6个百分点。\n",
        # a class above a bound is no count of all the classes
        "一、2023年工作回顾\n招商引资成效明显，全年新签约超亿元项目45个（其中超10亿元项目12个），1亿元以下项目41个。\n",
        # years opening a sentence of the plan are years ahead
        "一、2023年工作回顾\n全县规模以上工业总产值达到250亿元，增长9.2%。\n二、2024年工作安排\n实施工业倍增计划，力争"
        "规模以上工业总产值增长10%以上。三年实现规模以上工业总产值翻番，达到500亿元。\n",
        # an average over years runs to the level of the same area
        "一、“十三五”时期工作回顾\n2015年，全县地区生产总值为200亿元，其中高新区地区生产总值70.2亿元。2020年，全县"
        "地区生产总值达到286.45亿元。\n2020年，高新区实现地区生产总值120.3亿元，占全县的42.0%。“十三五”期间，全县"
        "地区生产总值年均增长7.4%。\n",
    ],
)
def test_the_second_session_review_keeps_these_consistent(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    ("text", "check", "period"),
    [
        # 两年平均 opening a clause dates no figure after it
        (
            "一、2021年工作回顾\n2021年，全区实现地区生产总值512.3亿元，同比增长8.1%；两年平均增长5.3%，其中第一产业"
            "增加值28.4亿元，增长7.2%；第二产业增加值210.5亿元，增长9.6%；第三产业增加值273.4亿元，增长7.1%。\n",
            "sum",
            "2021",
        ),
        # an estimate of the whole year after months to date is the year's
        (
            "一、2023年工作回顾\n2022年，全县地区生产总值为270.5亿元。\n1—11月，全县规模以上工业增加值增长8.2%，"
            "固定资产投资增长10.5%。预计全县地区生产总值达到286.45亿元，增长5.9%。\n",
            "growth",
            "2022→2023",
        ),
        # taxes of the two bureaus are parts of a 财政总收入 that lists them
        (
            "一、2016年工作回顾\n全县财政总收入完成25.6亿元，增长8.1%，其中国税收入12.1亿元、地税收入9.5亿元、财政"
            "部门组织收入4.0亿元。\n",
            "disjoint_parts",
            "2016",
        ),
        # a change over a term from a start of no time: the multiple is over that start
        (
            "一、2022年工作回顾\n本届政府任期内，全县高新技术企业由41家增加到152家，是2017年的3.7倍。\n",
            "count_change",
            "2021→2022",
        ),
    ],
)
def test_the_second_session_review_keeps_these_checks(text, check, period):
    table = _assert_no_alarm(text)
    assert ("consistent", period) in set(
        zip(table[table.check == check].verdict, table[table.check == check].period, strict=True)
    )


@pytest.mark.parametrize(
    "body",
    [
        "全街道新经济企业达到1624家，其中数字经济企业684家、智能经济企业213家、共享经济企业108家。",
        "新建公共停车场3个、公共厕所12座、共享单车停放点45个。",
    ],
)
def test_gong_of_a_name_opening_the_last_item_of_a_list_is_no_sum(body):
    table = _assert_no_alarm(f"一、2021年工作回顾\n{body}\n")
    assert "sum" not in set(table.check)


@pytest.mark.parametrize(
    "text",
    [
        # the gap's words name the total's growth, not the part's before it
        "一、2017年工作回顾\n税收总收入38.62亿元，增长10.2%，其中地税收入14.05亿元，增长8.7%，税收增速比全市平均"
        "水平（7.8%）高2.4个百分点。\n",
        # an average per mu is no amount an average per household divides
        "一、2022年工作回顾\n全年兑付棉花目标价格补贴资金28.6亿元，惠及棉农26.3万户，亩均补贴588元，户均补贴10875元。\n",
    ],
)
def test_round_61_keeps_these_consistent(text):
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    "body",
    [
        "在飞全货机航线达到34条，其中国际地区航线29条；客运航线206条。",
        "鲜切花产值24.6亿元，其中出口额1.86亿元；咖啡综合产值48.7亿元。",
    ],
)
def test_a_larger_figure_past_the_semicolon_after_qizhong_is_no_part(body):
    table = _assert_no_alarm(f"一、2018年工作回顾\n{body}\n")
    assert set(table.verdict) <= {"consistent"}


def test_an_average_yield_after_a_part_under_qizhong_is_not_judged_against_the_total():
    table = _assert_no_alarm(
        "一、2024年工作回顾\n全县粮食播种面积38.42万亩、总产量13.06万吨，分别增长0.8%和2.1%，其中水稻种植面积8.6万亩，"
        "平均单产512公斤。\n"
    )
    assert "per_unit" not in set(table.check)


def test_a_share_after_a_count_of_places_listed_is_of_their_figure_not_their_number():
    table = _assert_no_alarm(
        "一、2024年工作回顾\n全县鲜切花种植面积3.26万亩，勐岗镇、大坪乡、户弄乡三个乡镇占全县的72.4%。\n"
    )
    assert "share" not in set(table.check)


def test_a_year_compared_with_after_words_describing_it_dates_no_figure_after_it():
    text = (
        "一、2021年工作回顾\n辖区实现全口径税收31.42亿元，增长9.6%；与疫情前的2019年（26.38亿元）相比增长19.1%，"
        "两年平均增长{}%。\n"
    )
    table = _assert_no_alarm(text.format("9.1"))
    [span] = table[table.check == "average_span"].to_dict("records")
    assert span["period"] == "2019→2021" and span["verdict"] == "consistent"
    assert _verdicts_in(text.format("12.1"), "average_span") == ["inconsistent"]


def test_the_second_wider_place_growth_in_brackets_is_not_a_growth_of_the_own_figure():
    table = _assert_no_alarm(
        "一、2023年工作回顾\n2022年全县地区生产总值230.0亿元。2023年全县实现地区生产总值245.6亿元，同比增长6.8%"
        "（全国增长5.2%，全省增长6.1%）。\n"
    )
    assert table[table.check == "growth"].stated.tolist() == ["245.6 亿元，增长 6.8%"]


def test_a_share_names_its_whole_without_the_verb_of_doing_printed_inside_its_name():
    text = (
        "一、2019年工作回顾\n全年家具产业实现产值52.84亿元，增长14.0%。全镇注册网店1356家，带动电商从业人员4800余人；"
        "全年家具电商销售额18.65亿元，占家具产业产值的{}%。\n"
    )
    table = _assert_no_alarm(text.format("35.3"))
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]
    assert _verdicts_in(text.format("38.3"), "share") == ["inconsistent"]


def test_a_level_reached_in_a_year_after_a_bound_restates_the_subject_of_the_bound():
    table = _table_of(
        "一、2020年工作回顾\n粮食总产连续五年稳定在40万吨以上，2020年达到41.72万吨。\n"
        "（二）全力稳住农业基本盘。全县粮食播种面积98.65万亩，总产量41.27万吨，增长2.1%。\n"
    )
    same = table[table.check == "same_quantity"]
    assert same[same.verdict == "inconsistent"].stated.tolist() == ["41.72 万吨；41.27 万吨"]


def test_a_level_reached_in_a_year_after_a_milestone_is_of_the_milestone_s_subject():
    table = claims_table(
        parse_text(
            "一、2022年工作回顾\n五年来，石化产业产值突破千亿元大关，2022年达到1268.7亿元。\n"
        )
    )
    assert table[["name", "period", "value"]].values.tolist()[-1] == [
        "石化产业产值",
        "2022",
        "1268.7",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "一、2016年工作回顾\n“十二五”末，全区共有高新技术企业186家；全年新增高新技术企业55家，总数达到241家，增长29.6%。\n",
        "一、2021年工作回顾\n“十三五”时期，全县地区生产总值由56.18亿元增加到80.21亿元，年均增长7.4%。全年实现地区生产总值86.47亿元，"
        "比上年增长7.8%。\n",
        "一、2016年工作回顾\n全镇工业总产值由2010年的118.60亿元增加到2015年的228.60亿元，年均增长14.0%。规模以上工业企业年初为138家，"
        "全年新增入规企业21家，退出6家，年末达到153家，净增15家，增长10.9%。\n",
    ],
)
def test_the_whole_year_after_a_plan_s_end_or_another_sentence_s_year_is_the_year_under_review(
    text,
):
    table = _assert_no_alarm(text)
    year = int(text[2:6])
    assert "same_quantity" not in set(table.check)
    judged = table[(table.verdict == "consistent") & (table.check != "average_growth")]
    assert len(judged) and all(p.endswith(str(year)) for p in judged.period)


def test_the_end_of_last_year_opening_a_clause_dates_its_figures():
    table = _assert_no_alarm(
        "一、2023年工作回顾\n上年末，全县共有规模以上工业企业89户；全年新增入规企业15户，规模以上工业企业总数达到97户，净增8户。\n"
    )
    [change] = table[table.check == "count_change"].to_dict("records")
    assert change["period"] == "2022→2023" and change["verdict"] == "consistent"


@pytest.mark.parametrize("whole", ["", "全区规模以上工业总产值3268.4亿元。"])
def test_a_figure_doing_what_the_total_before_its_qizhong_does_is_its_sibling_not_its_part(whole):
    text = (
        f"一、2016年工作回顾\n{whole}全年石化产业完成产值1546.3亿元，增长4.8%，占全区规模以上工业总产值的47.3%，"
        "其中炼油产值612.8亿元；装备制造业完成产值892.6亿元，增长9.7%，占27.3%。\n"
    )
    table = _assert_no_alarm(text)
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == (["consistent", "consistent"] if whole else [])
    claims = claims_table(parse_text(text))
    assert claims[claims.value == "892.6"].parent.tolist() == [""]


def test_a_rate_of_a_part_is_over_the_pool_listed_before_it_under_the_same_total():
    text = (
        "一、2023年工作回顾\n全县12个易地扶贫搬迁安置点共安置搬迁群众2.1万人，其中劳动力1.26万人，已就业1.21万人，"
        "就业率{}%。\n"
    )
    table = _assert_no_alarm(text.format("96.0"))
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]
    assert _verdicts_in(text.format("57.6"), "share") == ["inconsistent"]


def test_net_changes_of_listed_years_and_of_a_span_are_no_changes_of_the_last_year():
    table = _assert_no_alarm(
        "一、2020年工作回顾\n高新技术企业由486家增加到612家，2018年、2019年、2020年分别净增68家、95家和126家，"
        "三年累计净增289家。\n"
    )
    assert table[table.check == "count_change"].stated.tolist() == ["126 家"]
    claims = claims_table(
        parse_text(
            "一、2020年工作回顾\n高新技术企业由486家增加到612家，2018年、2019年、2020年分别净增68家、95家和126家。\n"
        )
    )
    assert claims.period.tolist() == ["2019", "2020", "2018", "2019", "2020"]


@pytest.mark.parametrize(
    ("body", "verdict"),
    [
        ("全区规模以上工业增加值下降5.2%，降幅比上半年（下降8.8%）收窄3.6个百分点。", "consistent"),
        (
            "全区规模以上工业增加值下降5.2%，降幅比上半年（下降8.8%）收窄2.6个百分点。",
            "inconsistent",
        ),
        ("全区地区生产总值增长6.2%，增速比前三季度（增长5.8%）加快0.4个百分点。", "consistent"),
    ],
)
def test_a_growth_in_brackets_after_the_part_of_the_year_compared_with_is_that_part_s(
    body, verdict
):
    report = parse_text(f"一、2016年工作回顾\n{body}\n")
    claims = claims_table(report)
    assert claims.period.tolist()[1] in ("2016-01..2016-06", "2016-01..2016-09")
    table = check_claims(claims, report).table
    assert table[["check", "verdict"]].values.tolist() == [["rate_change", verdict]]


@pytest.mark.parametrize(("points", "verdict"), [("6.2", "consistent"), ("5.2", "inconsistent")])
def test_a_rate_of_the_whole_year_named_after_its_time_is_the_year_s_growth(points, verdict):
    table = _table_of(
        "一、2024年工作回顾\n全区出口4105.7亿元，增长12.4%。一季度出口增长18.6%，上半年增长15.2%，"
        f"全年出口增速比一季度回落{points}个百分点。\n"
    )
    [row] = table[table.check == "rate_change"].to_dict("records")
    assert (row["period"], row["verdict"]) == ("2024", verdict)


def test_entering_a_plan_dates_the_figures_after_it_over_the_plan_s_years_so_far():
    report = parse_text(
        "一、2017年工作回顾\n“十二五”时期，全市生产总值年均增长8.9%；进入“十三五”，全市生产总值年均增长6.7%。\n"
    )
    claims = claims_table(report)
    assert claims.period.tolist() == ["2011..2015", "2016..2017"]
    assert "inconsistent" not in set(check_claims(claims, report).table.verdict)


def test_a_net_flow_is_no_change_of_a_stock_counted_in_another_unit():
    table = _assert_no_alarm(
        "一、2017年工作回顾\n“放管服”改革持续深化，市级行政审批事项由312项精简到146项；全年新登记市场主体5.86万户，"
        "注销1.12万户，净增4.74万户。\n"
    )
    assert table[table.check == "net_flows"].verdict.tolist() == ["consistent"]


def test_a_breakdown_by_trade_of_taxes_is_of_the_taxes_printed_under_qizhong_before_it():
    text = (
        "一、2022年工作回顾\n完成财政总收入32.68亿元，增长3.9%，其中税收收入29.47亿元。分行业看，纺织业税收12.86亿元，"
        "化纤业4.12亿元，其他行业合计{}亿元。\n"
    )
    table = _assert_no_alarm(text.format("12.49"))
    assert table[table.check == "sum"][["indicators", "verdict"]].values.tolist() == [
        ["税收收入; 纺织业税收; 化纤业; 其他行业", "consistent"]
    ]
    assert _verdicts_in(text.format("13.49"), "sum") == ["inconsistent"]


def test_a_second_respective_list_after_a_sum_is_of_the_subjects_of_the_first():
    text = (
        "一、2023年工作回顾\n全区税收收入27.18亿元。生物医药产业园、医疗器械产业园、新材料产业园三大园区分别实现营业收入"
        "412.6亿元、186.9亿元和153.4亿元，合计752.9亿元；分别实现税收9.62亿元、3.47亿元和2.35亿元，合计{}亿元。\n"
    )
    table = _assert_no_alarm(text.format("15.44"))
    assert table[table.check == "sum"].verdict.tolist() == ["consistent", "consistent"]
    wrong = _table_of(text.format("16.44"))
    bad = wrong[wrong.verdict == "inconsistent"]
    assert bad[["check", "stated"]].values.tolist() == [["sum", "合计 16.44 亿元"]]


def test_bare_items_of_exclusive_kinds_after_qizhong_and_semicolons_are_all_parts():
    text = (
        "一、2021年工作回顾\n全年粮食播种面积{}万亩。其中，水稻种植128.4万亩；大豆种植96.3万亩；玉米种植87.9万亩。"
        "全年专利授权1286件，其中发明专利214件、实用新型专利895件、外观设计专利177件；每万人发明专利拥有量38.6件。\n"
    )
    table = _assert_no_alarm(text.format("321.6"))
    parts = table[table.check == "part_of_whole"].indicators.tolist()
    assert "玉米种植; 粮食播种面积" in parts and not any("每万人" in p for p in parts)
    wrong = _table_of(text.format("302.6"))
    assert wrong[wrong.verdict == "inconsistent"].check.tolist() == ["disjoint_parts"]


@pytest.mark.parametrize(("points", "verdict"), [("0.7", "consistent"), ("1.7", "inconsistent")])
def test_growths_of_parts_of_the_year_listed_alone_are_of_the_figure_before(points, verdict):
    report = parse_text(
        "一、2024年工作回顾\n全区实现地区生产总值4862.37亿元，同比增长6.3%。一季度、上半年、前三季度分别增长5.6%、5.9%、"
        f"6.1%，逐季向好，全年增速较一季度提升{points}个百分点。\n"
    )
    claims = claims_table(report)
    assert claims.indicator.tolist()[1:4] == ["地区生产总值"] * 3
    table = check_claims(claims, report).table
    assert table[table.check == "rate_change"].verdict.tolist() == [verdict]


def test_firms_above_scale_of_an_industry_of_parts_are_no_restatement_of_all_such_firms():
    _assert_no_alarm(
        "一、2020年工作回顾\n2020年，汽车零部件规上企业218家，规上工业企业723家。\n（二）规上工业企业达到723家。\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "一、2023年工作回顾\n全县有幼儿园42所，其中公办幼儿园30所；小学28所；初中9所。\n",
        "一、2023年工作回顾\n全年新登记企业1260户，其中私营企业1180户；个体工商户3650户。\n",
        "一、2022年工作回顾\n\n2020年，面对新冠肺炎疫情冲击，我们统筹推进疫情防控和经济社会发展。全年新增城镇就业1.2万人。\n\n"
        "2021年，全县经济持续恢复。全年新增城镇就业1.35万人。\n",
        "一、2023年工作回顾\n全县建档立卡贫困人口3250人，其中劳动力2100人，已脱贫1980人，脱贫率60.9%。\n",
    ],
)
def test_code_review_of_round_64_no_false_alarms(text):
    """Passages an independent review of this session's changes reproduced as false alarms:
    a sibling of the total after a semicolon, a year opening an earlier sentence of the
    paragraph, and a rate over the total beside a pool of another rate."""
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    ("text", "check", "count"),
    [
        (
            "一、2020年工作回顾\n\n全县实现地区生产总值286.45亿元，增长3.1%。\n\n二、2021年工作安排\n\n"
            "进入“十四五”，全县地区生产总值达到306.5亿元，增长7%。\n",
            "growth",
            1,
        ),
        (
            "一、2023年工作回顾\n全年实现工业总产值356.2亿元，规上工业企业实现利润18.5亿元。分行业看，规上食品工业产值82.6亿元，"
            "规上纺织工业产值75.3亿元，规上机械工业产值61.8亿元。\n",
            "part_of_whole",
            3,
        ),
        (
            "一、2023年工作回顾\n全年实现税收收入52.6亿元，占财政总收入的81.2%。工业税收8.7亿元；房地产业税收11.4亿元，占21.7%。\n",
            "share",
            1,
        ),
        (
            "一、2023年工作回顾\n全县规上工业完成产值520亿元，增长8.5%，其中食品加工产业产值180亿元，增长9.2%；"
            "纺织服装产业完成产值150亿元，增长6.1%；机械装备产业完成产值120亿元，增长10.3%。\n",
            "part_of_whole",
            3,
        ),
        (
            "一、2023年工作回顾\n全年召开村民代表大会和党员大会共5次，其中三次村民代表大会、两次党员大会。"
            "举办招聘会8场，其中五场乡村振兴专场、三场高校毕业生专场。\n",
            "part_of_whole",
            4,
        ),
    ],
)
def test_code_review_of_round_64_checks_kept(text, check, count):
    """Passages the review reproduced as lost checks: entering a plan not yet begun, a
    breakdown's total switched by a shared scope word, a whole with its own share, parts that
    repeat the total's verb, and counts before words that begin with a place word."""
    table = _assert_no_alarm(text)
    assert (table[table.check == check].verdict == "consistent").sum() == count


def test_a_span_since_a_year_still_dates_the_parts_of_the_year_after_it():
    claims = claims_table(
        parse_text(
            "一、2020年工作回顾\n2018年，我县被列为全省县域经济改革试点县。2019年以来，累计争取上级资金12.6亿元，"
            "其中上半年争取3.2亿元。\n"
        )
    )
    assert claims[claims.value == "3.2"].period.tolist() == ["2020-01..2020-06"]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "一、2019年工作回顾\n全年实施县级重点项目68个，其中产业类项目29个、基础设施类项目24个，两类合计{}个。\n",
            "两类合计",
        ),
        (
            "一、2023年工作回顾\n上半年一般公共预算支出3862万元，其中农林水支出1246万元、教育支出784万元、"
            "社会保障和就业支出692万元，三项合计{}万元，占70.5%。\n",
            "三项合计",
        ),
    ],
)
def test_a_sum_of_so_many_kinds_adds_up_the_parts_before_it(text, total):
    right = "53" if "68个" in text else "2722"
    table = _assert_no_alarm(text.format(right))
    sums = table[table.check == "sum"]
    assert sums.indicators.str.startswith(total).tolist() == [True]
    report = parse_text(text.format(str(int(right) + 10)))
    wrong = check_claims(claims_table(report), report).table
    assert "sum" in set(wrong[wrong.verdict == "inconsistent"].check)


@pytest.mark.parametrize(("rate", "verdict"), [("43.3", "consistent"), ("45.3", "inconsistent")])
def test_a_share_of_the_total_of_a_kind_is_of_the_total_not_of_a_class_of_it(rate, verdict):
    table = _table_of(
        "一、2022年工作回顾\n全年受理12345市民服务热线派单14,862件，同比下降9.7%。从诉求类型看，物业管理类诉求3,126件，"
        "占21.0%；供暖类诉求1,874件，同比减少13.4%；市容环境类诉求1,438件，三类诉求合计6,438件，"
        f"占诉求总量的{rate}%。\n"
    )
    shares = table[(table.check == "share") & table.indicators.str.startswith("占诉求总量")]
    assert shares[["indicators", "verdict"]].values.tolist() == [
        ["占诉求总量; 三类诉求; 受理12345市民服务热线派单", verdict]
    ]


@pytest.mark.parametrize(
    ("target", "verdict"), [("26.94", "consistent"), ("36.94", "inconsistent")]
)
def test_a_doubling_on_the_base_of_a_year_is_a_target_over_that_year(target, verdict):
    table = _table_of(
        "一、2021年工作回顾\n一般公共预算收入由2015年的9.86亿元增加到2020年的13.47亿元。\n二、2022年工作安排\n"
        f"力争到2025年，一般公共预算收入在2020年基础上翻一番、达到{target}亿元。\n"
    )
    assert table[["check", "period", "verdict"]].values.tolist() == [
        ["growth", "2020→2025", verdict]
    ]


def test_a_share_of_a_sum_is_never_of_one_of_its_parts():
    table = _assert_no_alarm(
        "一、2023年工作回顾\n五镇实现规上工业入库税收分别为8.46亿元、7.12亿元、5.93亿元、4.38亿元、3.27亿元，"
        "合计29.16亿元，占全市规上工业入库税收的45.3%。\n"
    )
    assert table.check.tolist() == ["sum"]


@pytest.mark.parametrize(
    "text",
    [
        "一、2024年工作回顾\n预计全年规模以上工业总产值1418.5亿元，增长9.5%。从1—11月运行情况看，全区规上工业总产值完成"
        "1286.4亿元，同比增长9.7%。\n",
        "一、2024年工作回顾\n全区规上工业企业达到193家。有研发机构的规上工业企业113家。\n",
    ],
)
def test_months_looked_from_and_a_class_by_what_it_has_raise_no_alarm(text):
    """从1—11月运行情况看，…: the months of what follows; 有研发机构的规上工业企业: some of them."""
    table = _assert_no_alarm(text)
    assert "same_quantity" not in set(table.check)


@pytest.mark.parametrize(("total", "verdict"), [("5.48", "consistent"), ("6.25", "inconsistent")])
def test_a_place_whose_name_opens_with_he_is_one_item_of_a_list(total, verdict):
    table = _table_of(
        "一、2019年工作回顾\n税收收入15.48亿元。全市19个镇（街道）中，城关街道、东城街道、和尚桥镇分别完成税收收入2.36亿元、"
        f"1.85亿元和1.27亿元，合计{total}亿元。\n"
    )
    assert table[["check", "verdict"]].values.tolist() == [["sum", verdict]]


@pytest.mark.parametrize(
    "text",
    [
        "一、2018年工作回顾\n新增众创空间和科技企业孵化器15家，总数由42家增加到57家，其中国家级9家、省级18家，"
        "孵化面积达到86.4万平方米，在孵企业2376家，当年毕业企业186家。\n",
        "一、2023年工作回顾\n全年实施重点项目18个，完成投资5.36亿元，其中茶叶精深加工园二期、竹产业循环利用等5个项目建成投产，"
        "新签约项目7个、计划总投资11.8亿元。\n",
    ],
)
def test_a_figure_past_another_kind_after_qizhong_and_larger_than_the_total_is_no_part(text):
    _assert_no_alarm(text)


def test_the_second_figure_of_a_list_of_recoveries_is_a_fall_too():
    table = _assert_no_alarm(
        "一、2022年工作回顾\n全年接待游客386.2万人次，实现旅游总收入31.46亿元，分别恢复到2019年的86.4%和82.5%。"
        "2019年全县接待游客447.0万人次，旅游总收入38.13亿元。\n"
    )
    assert table[table.check == "growth"].verdict.tolist() == ["consistent", "consistent"]


@pytest.mark.parametrize(
    "text",
    [
        "一、2023年工作回顾\n全县共有搬迁群众3.62万人，其中劳动力1.26万人，已实现转移1.21万人，转移率96.0%。\n",
        "一、2023年工作回顾\n全县户籍人口12.6万人，其中适龄参保人员8.62万人，已参保8.45万人，参保率98.0%。\n",
        "一、2023年工作回顾\n\n2020—2022年，全县累计新增城镇就业1.8万人。上半年新增城镇就业3100人，增长5.1%；"
        "2022年上半年新增城镇就业2950人。\n",
    ],
)
def test_second_code_review_no_false_alarms(text):
    """Passages a second review of this session's changes reproduced as false alarms: rates
    over a pool of another verb, and a closed span of years dating 上半年 after it."""
    _assert_no_alarm(text)


@pytest.mark.parametrize(
    ("text", "check", "verdict"),
    [
        (
            "一、2023年工作回顾\n\n2021年，我县成功创建国家电子商务进农村综合示范县。今年以来，电商产业持续壮大，"
            "全年实现网络零售额18.6亿元，增长21.5%；2022年网络零售额15.3亿元。\n",
            "growth",
            "consistent",
        ),
        (
            "一、2023年工作回顾\n全县规模以上工业总产值520.6亿元，增长8.1%，其中，三大主导产业合计完成产值618.4亿元，"
            "增长9.5%。\n",
            "part_of_whole",
            "inconsistent",
        ),
    ],
)
def test_second_code_review_checks_kept(text, check, verdict):
    table = _table_of(text)
    assert verdict in set(table[table.check == check].verdict)


def test_sibling_industries_doing_what_the_first_does_are_no_parts_of_it():
    claims = claims_table(
        parse_text(
            "一、2023年工作回顾\n全市工业经济稳中向好。石化产业完成产值1286.5亿元，增长9.2%，其中炼油产值862.3亿元；"
            "装备制造业完成产值892.6亿元，增长12.1%；食品加工业完成产值652.4亿元，增长6.3%。\n"
        )
    )
    assert claims[claims.value.isin(["892.6", "652.4"])].parent.tolist() == ["", ""]


@pytest.mark.parametrize(("late", "verdict"), [("24.5", "consistent"), ("27.5", "inconsistent")])
def test_rice_by_its_three_seasons_excludes_each_other(late, verdict):
    text = (
        "一、2018年工作回顾\n水稻播种面积78.6万亩，其中早稻、中稻、晚稻分别为24.3万亩、29.8万亩、"
        f"{late}万亩。\n"
    )
    assert _verdicts_in(text, "disjoint_parts") == [verdict]


def test_new_ones_counted_with_their_noun_after_the_figure_restate_no_stock():
    """新增12家规上企业 and 培育12家…, 引进5家… count the new ones of the year, as 新增规上企业
    12家 does: no second statement of the stock of 47 firms."""
    table = _assert_no_alarm(
        "一、2023年工作回顾\n全年新增12家规上企业，培育8家农民专业合作社，新引进5家高新技术企业。"
        "全镇共有规上企业47家，农民专业合作社达到36家，高新技术企业达到21家。\n"
    )
    assert "same_quantity" not in set(table.check)
    slip = _table_of("一、2023年工作回顾\n全镇共有47家规上企业。年末规上企业达到49家。\n")
    assert slip[slip.check == "same_quantity"].verdict.tolist() == ["inconsistent"]


def test_other_kinds_of_unit_after_a_counted_total_are_not_its_parts():
    """共有规上企业47家 followed by cooperatives and high-tech firms: other kinds of unit, not
    kinds of the above-scale firms; a kind named with the total's words still is one."""
    table = _assert_no_alarm(
        "一、2023年工作回顾\n全镇共有规上企业47家，农民专业合作社达到36家，高新技术企业达到21家。\n"
    )
    assert "disjoint_parts" not in set(table.check)
    text = "一、2023年工作回顾\n全镇共有规上企业47家，营业收入超亿元企业{}家。\n"
    assert _verdicts_in(text.format(12), "part_of_whole") == ["consistent"]
    assert _verdicts_in(text.format(52), "part_of_whole") == ["inconsistent"]


@pytest.mark.parametrize(
    ("capture", "verdict"), [("15.42", "consistent"), ("21.42", "inconsistent")]
)
def test_aquatic_products_by_source_exclude_each_other(capture, verdict):
    """Mariculture, marine capture and distant-water fishing never add up to more than all
    aquatic products (a planted error of round 67 read so)."""
    text = (
        "一、2022年工作回顾\n水产品总产量52.36万吨，增长3.1%，其中海水养殖产量31.27万吨、"
        f"海洋捕捞产量{capture}万吨、远洋渔业产量2.67万吨。\n"
    )
    assert _verdicts_in(text, "disjoint_parts") == [verdict]


@pytest.mark.parametrize(("civic", "verdict"), [("25", "consistent"), ("45", "inconsistent")])
def test_parts_after_semicolons_go_on_past_a_figure_of_the_part_before(civic, verdict):
    """其中，产业项目96个，完成投资158.3亿元；基础设施项目47个…: the investment of the first
    kind of project does not end the list of kinds."""
    text = (
        "一、2022年工作回顾\n全年实施重点项目168个，完成投资256.8亿元。其中，产业项目96个，完成投资"
        f"158.3亿元；基础设施项目47个，完成投资63.9亿元；社会民生项目{civic}个，完成投资34.6亿元。\n"
    )
    assert _verdicts_in(text, "disjoint_parts") == [verdict]


def test_a_change_in_points_over_a_named_year_estimates_that_year_s_rate():
    """比2020年提高1.8个百分点 with no 2020 rate printed: the rate it implies is 2020's, not
    last year's (which the report prints as 82.6%, so 'last year about 81.3%' would read as a
    contradiction; round 67)."""
    table = _table_of(
        "一、2024年工作回顾\n全县森林覆盖率由82.6%提高到83.1%，提高0.5个百分点。\n回顾“十四五”以来的四年，"
        "我们走过的路极不平凡。森林覆盖率比2020年提高1.8个百分点。\n"
    )
    row = table[(table.check == "points_change") & (table.stated == "1.8 个百分点")].iloc[0]
    assert row.verdict == "not_assessable"
    assert row.recomputed.startswith("2020 年 81.3%")
    assert "2020 年森林覆盖率约为 81.3%" in row.explanation and "2023" not in row.explanation


def test_a_bound_of_livestock_only_names_a_class_of_farms():
    """存栏100头以上的规模养殖场12个: 100头 bounds the class of farms (规模 opens their name,
    no scale reached), with or without 的; 突破千亿元的目标 stays a figure."""
    claims = claims_table(
        parse_text(
            "一、2021年工作回顾\n全县存栏100头以上的规模养殖场12个，新建存栏100头以上规模养殖场三个。"
            "营业收入离突破千亿元的目标越来越近。\n"
        )
    )
    assert claims.unit.tolist() == ["个", "个", "亿元"]
    assert claims.value.tolist() == ["12", "3", "1000"]


def test_five_years_in_a_section_of_a_plan_that_ended_before_the_year_reviewed():
    """A 2016 review with a section on 十二五 (2011–2015): its 五年累计 are those five years,
    not the five to 2016, and the change after it ends in 2015, not in 2016 beside the year's
    own income (round 68's false alarm)."""
    text = (
        "一、2016年工作回顾\n城镇常住居民人均可支配收入达到25416元，增长6.8%。\n\n二、“十二五”时期发展成就"
        "简要回顾\n五年累计完成固定资产投资312.6亿元，是“十一五”时期115.8亿元的2.7倍。城镇常住居民人均"
        "可支配收入由15368元增加到23797元，年均增长9.1%。\n"
    )
    table = _assert_no_alarm(text)
    periods = dict(zip(table.check, table.period, strict=False))
    assert periods["average_growth"] == "2010→2015"
    assert periods["growth"] in ("2015→2016", "2006..2010→2011..2015")
    claims = claims_table(parse_text(text))
    assert claims[claims.value == "312.6"].period.tolist() == ["2011..2015"]


def test_as_of_the_end_of_last_year_dates_a_figure_in_the_plan():
    """截至去年底全镇已累计脱贫1205户4028人 in the plan for 2020: figures of the end of 2019,
    actual, named 脱贫 (not a target of 2020 named 去年底全镇已累计脱贫; round 68)."""
    claims = claims_table(
        parse_text(
            "一、2019年工作回顾\n全镇脱贫攻坚取得决定性进展。\n二、2020年工作安排\n"
            "截至去年底全镇已累计脱贫1205户4028人，今年要确保剩余81户235人全部脱贫。\n"
        )
    )
    first = claims[claims.value.isin(["1205", "4028"])]
    assert first.period.tolist() == ["2019", "2019"]
    assert first.kind.tolist() == ["actual", "actual"]
    assert first.name.tolist() == ["脱贫", "脱贫"]


def test_the_years_of_a_figure_opening_its_clause_are_no_part_of_its_name():
    """五年新增77.8万千瓦 after the capacity's change: new ones of hydropower (the average
    growth after them is the capacity's); 按现价计算 is how a growth is counted, no name
    (round 68)."""
    table = _assert_no_alarm(
        "一、2015年工作回顾\n全县经济平稳发展。\n二、“十二五”发展回顾\n五年来，全县地区生产总值由2010年的"
        "41.23亿元增加到86.47亿元，按现价计算年均增长16.0%。水电装机容量由2010年的48.6万千瓦增加到"
        "126.4万千瓦，五年新增77.8万千瓦，年均增长21.1%。\n"
    )
    checked = table[table.check == "average_growth"]
    assert checked.indicators.tolist() == ["地区生产总值", "水电装机容量"]
    assert checked.verdict.tolist() == ["consistent", "consistent"]


def test_a_word_for_the_last_years_after_the_subject_of_a_list_gives_each_its_year():
    """固定资产投资四年分别完成a、b、c和d: the four years to the one reviewed, each its own
    (not four figures of 2021..2024, the last of which restates the year's own)."""
    claims = claims_table(
        parse_text(
            "一、2024年和“十四五”以来工作回顾\n全镇完成固定资产投资16.43亿元，增长9.4%。\n“十四五”以来，"
            "固定资产投资四年分别完成12.38亿元、13.85亿元、15.02亿元和16.43亿元，累计57.68亿元。\n"
        )
    )
    listed = claims[claims.value.isin(["12.38", "13.85", "15.02"])]
    assert listed.period.tolist() == ["2021", "2022", "2023"]


@pytest.mark.parametrize(("total", "verdict"), [("57.68", "consistent"), ("56.68", "inconsistent")])
def test_a_total_over_the_years_listed_before_it_is_their_sum(total, verdict):
    """四年分别完成a、b、c和d，累计X: the total over the four years adds them up; not a
    total with a name of its own after the list (累计兑现…资金)."""
    text = (
        "一、2024年和“十四五”以来工作回顾\n“十四五”以来，固定资产投资四年分别完成12.38亿元、13.85亿元、"
        f"15.02亿元和16.43亿元，累计{total}亿元。\n"
    )
    assert _verdicts_in(text, "sum") == [verdict]
    other = (
        "一、2018年工作回顾\n三年累计争取项目资金1.86亿元，2016年至2018年分别为5126万元、6632万元和"
        "6842万元；累计兑现草原生态保护补助奖励资金2935.74万元。\n"
    )
    assert _verdicts_in(other, "sum") == []


@pytest.mark.parametrize(("third", "verdict"), [("0.98", "consistent"), ("1.98", "inconsistent")])
def test_the_quarters_listed_after_the_year_s_figure_add_up_to_it(third, verdict):
    """全年楼宇实现税收3.87亿元，一至四季度分别为…: the quarters of that figure (named by it),
    which add up to it; 一至四季度 dates no figure after the list as the fourth quarter (the
    share after it is the year's: round 69's false alarm)."""
    text = (
        "一、2021年工作回顾\n全年楼宇实现税收3.87亿元，一至四季度分别为0.86亿元、0.95亿元、"
        f"{third}亿元和1.08亿元，占全区楼宇税收12.45亿元的31.1%。\n"
    )
    table = _table_of(text)
    assert table[table.check == "sum"].verdict.tolist() == [verdict]
    assert "share" not in set(table[table.verdict == "inconsistent"].check)
    claims = claims_table(parse_text(text))
    assert claims[claims.value == "12.45"].period.tolist() == ["2021"]
    assert set(claims[claims.value.isin(["0.86", "0.95", "1.08"])].name) == {"楼宇税收"}


def test_a_section_after_the_plan_without_part_words_goes_on_with_the_plan():
    """三、全面加强政府自身建设 after the plan: its figures are the year ahead's targets, except
    those of 过去一年 (the year reviewed, for its whole sentence); an appendix after the plan
    (附件：) takes no part from it."""
    claims = claims_table(
        parse_text(
            "政府工作报告\n——2018年1月10日在市第十五届人民代表大会第三次会议上\n一、2017年工作回顾\n"
            "全市经济平稳。\n二、2018年工作安排\n地区生产总值增长7%。\n三、全面加强政府自身建设\n"
            "过去一年，市政府自觉接受人大法律监督，办理人大代表建议和政协提案386件，办复率100%。"
            "今年，要持续深化改革，一般性支出压减5%以上。\n"
        )
    )
    rows = {r.value or r.growth_pct: (r.period, r.kind) for r in claims.itertuples()}
    assert rows["386"] == ("2017", "actual") and rows["100"] == ("2017", "actual")
    assert rows["-5"] == ("2018", "target")
    appendix = parse_text(
        "一、2017年工作回顾\n产值5亿元。\n二、2018年工作安排\n增长7%。\n附件：\n名词解释。\n"
    )
    assert [p.part for p in appendix.paragraphs][-2:] == ["", ""]


@pytest.mark.parametrize(
    "text",
    [
        # a collective subject over two years (urban, then rural), no two years of one income
        "全县城乡居民人均可支配收入两年分别增长12.1%和15.3%，分别达到42180元和21560元。",
        # quarters counted from January on are no parts of the year
        "全年完成固定资产投资52.6亿元，一至四季度分别累计完成12.3亿元、25.8亿元、39.4亿元和52.6亿元。",
        # freshwater farming after a semicolon is no part of the sea's products
        "全县海水产品产量18.2万吨，其中海水养殖12.5万吨；淡水养殖7.1万吨。",
        # an average per year after a total over years is no part of it
        "五年累计新增城镇就业2046人，年均409人。",
    ],
)
def test_code_review_of_round_70_no_false_alarm(text):
    table = _assert_no_alarm(f"一、2023年工作回顾\n{text}\n")
    assert "sum" not in set(table.check) and "disjoint_parts" not in set(table.check)


def test_code_review_of_round_70_checks_kept():
    """Parts of 市场主体 outside the vocabulary stay its parts (their sum exceeds it); a
    bound followed by 的水平上 stays a figure; and the average growth after a total over the
    years listed is of the year its clause names (round 70's false alarm)."""
    kept = _table_of("一、2023年工作回顾\n全镇共有市场主体3560户，个体工商户2960户，企业700户。\n")
    assert kept[kept.check == "disjoint_parts"].verdict.tolist() == ["inconsistent"]
    level = claims_table(parse_text("一、2023年工作回顾\n全县粮食产量稳定在30万吨以上的水平上。\n"))
    assert level.value.tolist() == ["30"]
    table = _assert_no_alarm(
        "一、2020年和“十三五”时期工作回顾\n一般公共预算总收入五年分别完成7.32亿元、7.98亿元、8.86亿元、"
        "9.56亿元和9.86亿元，累计43.58亿元，2020年比2015年的6.85亿元年均增长7.6%。\n"
    )
    assert table[table.check.isin(["sum", "average_growth"])].verdict.tolist() == [
        "consistent",
        "consistent",
    ]


@pytest.mark.parametrize(("share", "verdict"), [("68.0", "consistent"), ("58.0", "inconsistent")])
def test_a_share_of_a_part_named_before_is_of_that_part_not_of_the_total(share, verdict):
    """其中羊142.3万只，…，绒山羊96.8万只，占羊只存栏的68.0%: of the sheep, not of all the
    livestock (round 70's false alarm)."""
    text = (
        "一、2017年工作回顾\n牧业年度牲畜存栏168.5万头只，其中羊142.3万只，增长1.9%，绒山羊96.8万只，"
        f"占羊只存栏的{share}%；牛18.6万头，增长8.1%。\n"
    )
    assert _verdicts_in(text, "share") == [verdict]


@pytest.mark.parametrize(("average", "verdict"), [("20.6", "consistent"), ("23.6", "inconsistent")])
def test_an_average_growth_after_the_years_between_the_ends_of_a_change(average, verdict):
    """从2020年的A提高到2024年的B，其中2021年至2023年分别为…，年均增长g: the years listed are
    of B's subject, and g runs from A to B (a planted error of round 70 missed before)."""
    text = (
        "一、2024年和“十四五”以来工作回顾\n航天产业总收入从2020年的289.4亿元提高到2024年的612.8亿元，"
        f"其中2021年至2023年分别为352.6亿元、438.1亿元和526.9亿元，年均增长{average}%。\n"
    )
    table = _table_of(text)
    rows = table[table.check == "average_growth"]
    assert rows.verdict.tolist() == [verdict] and rows.period.tolist() == ["2020→2024"]
    claims = claims_table(parse_text(text))
    assert set(claims[claims.value.isin(["352.6", "438.1", "526.9"])].name) == {"航天产业总收入"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the quarters opening the next sentence, after the total and its 其中
        "全年口岸进出口总额86.4亿元，其中出口52.3亿元，进口34.1亿元。分季度看，一至四季度分别完成18.3亿元、"
        "20.5亿元、22.9亿元和{}亿元。",
        # the quarters named again in the total's sentence
        "全年口岸进出口总额86.4亿元，一至四季度进出口总额分别为18.3亿元、20.5亿元、22.9亿元和{}亿元。",
    ],
)
def test_the_quarters_of_a_total_add_up_to_it(sentence):
    """Round 71's missed planted error: the quarters of the year's trade, in a sentence of
    their own or named again, must add up to it (24.7, not 27.4)."""
    right = _table_of(f"一、2023年工作回顾\n{sentence.format('24.7')}\n")
    wrong = _table_of(f"一、2023年工作回顾\n{sentence.format('27.4')}\n")
    assert "inconsistent" not in set(right.verdict)
    assert "inconsistent" in set(wrong[wrong.check == "sum"].verdict)


def test_taxes_counted_in_full_beside_the_budget_revenue_under_the_fiscal_total():
    """财政总收入…，其中地方一般公共预算收入41.2亿元，税收收入78.2亿元: the taxes (counted in
    full) are more than the budget revenue listed before them, so no part of it (round 71's
    false alarm); they stay under the fiscal total."""
    text = (
        "一、2022年工作回顾\n财政总收入86.4亿元，增长10.8%，其中地方一般公共预算收入41.2亿元，"
        "税收收入78.2亿元。\n"
    )
    _assert_no_alarm(text)
    claims = claims_table(parse_text(text))
    assert claims[claims.value == "78.2"].parent.tolist() == ["财政总收入"]


@pytest.mark.parametrize(("times", "verdict"), [("2.3", "consistent"), ("2.8", "inconsistent")])
def test_an_average_growth_after_a_multiple_with_no_level_of_its_own(times, verdict):
    """产值是2015年178.6亿元的2.3倍，三年年均增长32.2%: the average growth is of the output
    the multiple speaks of (checked against it), not of the base of 2015; and 产值 alone in a
    later sentence names another subject's output, no level of the first."""
    text = (
        f"一、2018年工作回顾\n工程机械产业集群持续壮大，产值是2015年178.6亿元的{times}倍，三年年均增长"
        "32.2%。新材料产业向高端迈进，产值比2014年的118.4亿元翻了一番。\n"
    )
    assert _verdicts_in(text, "average_span") == [verdict]
    claims = claims_table(parse_text(text))
    assert claims[claims.value == "178.6"].growth_pct.tolist() == [""]


def test_short_levels_listed_before_the_noun_they_share_are_one_name():
    """58个省、市、县重点项目: the projects of the three levels, not a count named 省; counts
    listed with their own numbers (五个苏木、四个镇) stay apart."""
    claims = claims_table(
        parse_text(
            "一、2019年工作回顾\n全年58个省、市、县重点项目完成投资86.4亿元。五个苏木、四个镇卫生院全部达标。\n"
        )
    )
    assert claims[claims.value == "58"].name.tolist() == ["省市县重点项目"]
    assert claims[claims.value == "5"].name.tolist() == ["苏木"]


def test_quarters_named_by_the_verb_of_the_year_s_total_are_its_parts():
    """全年受理群众各类诉求12846件，一至四季度分别受理…，办结12703件: the quarters of the calls
    received add up to them, and no quarter is the whole of the calls settled (round 72's
    false alarm)."""
    table = _assert_no_alarm(
        "一、2024年工作回顾\n全年受理群众各类诉求12846件，一至四季度分别受理3126件、3318件、3204件和"
        "3198件，办结12703件，办结率98.9%。\n"
    )
    assert table[table.check == "sum"].verdict.tolist() == ["consistent"]


def test_a_change_after_the_year_s_own_figures_is_of_the_year_not_of_the_span_before():
    """“十四五”以来，…由2020年的A增加到B。年末…余额486.3亿元，增长10.2%。…由186家增加到213家:
    after a figure of the year with its growth over the year before, a change with no year
    is of the year (186 in 2022), not of the span opened sentences before (round 72)."""
    claims = claims_table(
        parse_text(
            "一、2023年工作回顾\n“十四五”以来，地方一般公共预算收入由2020年的24.16亿元增加到31.28亿元，"
            "年均增长9.0%。年末金融机构各项存款余额486.3亿元，增长10.2%。工业强市成效明显。全市规模以上"
            "工业企业由186家增加到213家，净增27家，增长14.5%。\n"
        )
    )
    assert claims[claims.value == "186"].period.tolist() == ["2022"]
    assert claims[claims.value == "24.16"].period.tolist() == ["2020"]


def test_a_growth_over_the_last_season_is_of_the_season_s_level():
    """2014/2015年榨季入厂原料蔗23.6万吨，比上榨季增长4.2%: the growth of that level over the
    season before, not a figure of its own (round 72)."""
    claims = claims_table(
        parse_text("一、2015年工作回顾\n2014/2015年榨季入厂原料蔗23.6万吨，比上榨季增长4.2%。\n")
    )
    assert claims[["value", "growth_pct", "growth_basis"]].values.tolist() == [
        ["23.6", "4.2", "比上榨季"]
    ]


def test_a_list_of_one_subject_in_a_review_of_a_plan_is_of_its_years():
    """回顾“十二五”，…；全社会固定资产投资分别完成a、b、c、d和e: the five years of the plan, in
    order, not five figures of 2015 (round 73's false alarm)."""
    text = (
        "一、2016年工作回顾\n固定资产投资完成126.8亿元，增长9.7%。\n回顾“十二五”，一般公共预算收入由2010年的"
        "8.26亿元增加到2015年的13.58亿元；全社会固定资产投资分别完成62.4亿元、78.9亿元、93.5亿元、"
        "104.7亿元和115.6亿元。\n"
    )
    _assert_no_alarm(text)
    claims = claims_table(parse_text(text))
    listed = claims[claims.value.isin(["62.4", "78.9", "93.5", "104.7", "115.6"])]
    assert listed.period.tolist() == ["2011", "2012", "2013", "2014", "2015"]


@pytest.mark.parametrize(("total", "verdict"), [("134.7", "consistent"), ("143.7", "inconsistent")])
def test_a_total_over_the_years_counted_before_累计_is_their_sum(total, verdict):
    """…分别为a、b、c、d和e，五年累计实现X: a planted error of round 73 (143.7 for 134.7)."""
    text = (
        "二、“十四五”工作回顾\n茶产业综合产值2021年至2025年分别为21.3亿元、24.1亿元、26.9亿元、29.8亿元和"
        f"32.6亿元，五年累计实现{total}亿元。\n"
    )
    assert _verdicts_in(text, "sum") == [verdict]


def test_a_list_of_one_subject_after_a_sentence_opened_by_the_last_years():
    """五年间，…；全社会固定资产投资分别完成a…e: the last five years (round 73's false alarm in
    its report); 全年增速比一季度加快0.9个百分点 compares with the first quarter, not last year."""
    _assert_no_alarm(
        "一、2016年工作回顾\n固定资产投资完成126.8亿元，增长9.7%。\n回顾“十二五”，我们在极不平凡的五年中奋力"
        "前行。五年间，全市一般公共预算收入由2010年的8.26亿元增加到2015年的13.58亿元，年均增长10.5%；"
        "全社会固定资产投资分别完成62.4亿元、78.9亿元、93.5亿元、104.7亿元和115.6亿元，五年累计完成"
        "455.1亿元。\n"
    )
    _assert_no_alarm(
        "一、过去五年工作回顾\n五年间，地区生产总值增速分别为9.6%、10.2%、6.9%、8.4%和4.1%。\n"
        "二、2022年工作回顾\n全年实现地区生产总值318.46亿元，增长4.1%，增速比上年回落4.3个百分点，"
        "一季度增长3.2%，全年增速比一季度加快0.9个百分点。\n"
    )


def test_a_second_list_of_one_subject_after_years_that_open_the_sentence():
    """2021年至2024年分别接待游客a…d，累计…；实现旅游综合收入分别为e…h，累计…: the second
    list is of the same years (round 74's false alarm: 1.52 read as 2024's income)."""
    table = _assert_no_alarm(
        "一、2024年工作回顾\n全年接待游客68.5万人次，实现旅游综合收入3.26亿元，增长18.5%。2021年至2024年"
        "分别接待游客42.6万人次、51.3万人次、59.4万人次、68.5万人次，累计221.8万人次；实现旅游综合收入"
        "分别为1.52亿元、2.06亿元、2.75亿元、3.26亿元，累计9.59亿元。\n"
    )
    assert table[table.check == "sum"].verdict.tolist() == ["consistent", "consistent"]


@pytest.mark.parametrize(
    "text",
    [
        # 农业总收入 is the whole of 农林牧渔, no sibling 农业
        "全县完成农林牧渔业总产值30.2亿元，增长4.1%，其中农业15.1亿元，林业1.6亿元，牧业8.3亿元，"
        "渔业5.2亿元，占农业总收入的17.2%。",
        # the growth after the years listed is of the later year's figure before them
        "2023年全县粮食总产量达到52.3万吨，2020年至2022年分别为48.6万吨、50.2万吨和51.1万吨，比上年"
        "增长2.3%。",
    ],
)
def test_second_code_review_of_the_session_no_false_alarm(text):
    _assert_no_alarm(f"一、2023年工作回顾\n{text}\n")


def test_second_code_review_of_the_session_checks_kept():
    """Taxes followed by their complement split the budget revenue (their sum is checked); a
    plain figure between changes of a five-year review does not end it; a bare 产值 opening
    its sentence is the output of the sentence before; five towns listed in a plan's review
    are no years."""
    taxes = _table_of(
        "一、2022年工作回顾\n全年完成财政总收入35.6亿元，增长6.2%，其中一般公共预算收入21.35亿元，"
        "税收收入23.6亿元，非税收入4.25亿元。\n"
    )
    assert taxes[taxes.check == "sum"].verdict.tolist() == ["inconsistent"]
    review = _table_of(
        "一、2022年工作回顾\n全县地区生产总值由2017年的218.60亿元增加到318.46亿元，年均增长7.8%。规上工业"
        "增加值98.2亿元，增长6.5%。一般公共预算收入由15.62亿元增加到21.35亿元，年均增长6.4%。\n"
    )
    assert review[review.check == "average_growth"].period.tolist() == ["2017→2022", "2017→2022"]
    output = _table_of(
        "一、2023年工作回顾\n新材料产业加快集聚，全年实现产值56.8亿元。产值比上年的50.5亿元增长12.5%。\n"
    )
    assert output[output.check == "growth"].verdict.tolist() == ["consistent"]
    towns = claims_table(
        parse_text(
            "一、2020年和“十三五”时期工作回顾\n“十三五”期间，全县五个中心镇分别完成固定资产投资46.2亿元、"
            "38.5亿元、31.7亿元、28.4亿元和22.9亿元。\n"
        )
    )
    assert set(towns[towns.unit == "亿元"].period) == {"2016..2020"}


def test_a_second_list_after_years_printed_inside_the_sentence():
    """旅游业从无到有，2021年至2024年分别接待游客…；实现旅游综合收入分别为…: the years of the
    first list, printed after a clause (round 74's false alarm in its report)."""
    _assert_no_alarm(
        "一、2024年工作回顾\n全年实现旅游综合收入3.26亿元，增长18.5%。旅游业从无到有、从小到大，2021年至"
        "2024年分别接待游客42.6万人次、51.3万人次、59.4万人次、68.5万人次，累计221.8万人次；实现旅游"
        "综合收入分别为1.52亿元、2.06亿元、2.75亿元、3.26亿元，累计9.59亿元。\n"
    )


def test_an_average_growth_to_the_end_of_a_plan_named_by_the_heading():
    """二、“十三五”时期主要目标…：到2020年，…达到1600亿元，年均增长6.3%左右: over the plan's five
    years, from 2015 (round 75's false alarm); 今后四年…比2016年增长…，年均增长… keeps its own
    years."""
    table = _assert_no_alarm(
        "一、2016年工作回顾\n全市地区生产总值1268.45亿元，按可比价格计算增长7.6%。“十二五”期末，全市地区"
        "生产总值达到1178.86亿元。\n\n二、“十三五”时期主要目标和2017年工作安排\n今后几年，全市经济社会发展"
        "的主要目标是：到2020年，地区生产总值达到1600亿元，年均增长6.3%左右。\n"
    )
    assert table[table.check == "average_growth"].period.tolist() == ["2015→2020"]


def test_a_stock_before_its_noun_in_a_base_clause_is_named_by_the_noun():
    """在现有3.56万亩油茶林基础上: the oil tea's stock (round 75), not 油茶林基础上."""
    claims = claims_table(
        parse_text(
            "一、2019年工作回顾\n全镇发展良好。\n二、2020年工作安排\n在现有3.56万亩油茶林基础上，新造油茶林0.3万亩。\n"
        )
    )
    assert claims[claims.value == "3.56"].name.tolist() == ["油茶林"]


def test_one_year_s_change_of_a_list_of_yearly_changes_is_not_the_whole_change():
    """由2015年底的1280万吨压减到890万吨，其中2016年至2019年分别压减…和70万吨: 2019's own cut
    runs from 2018's level, unprinted, not from 2015's (round 76's false alarm)."""
    table = _assert_no_alarm(
        "一、2019年工作回顾\n全县钢铁产能由2015年底的1280万吨压减到890万吨，其中2016年至2019年分别压减"
        "110万吨、120万吨、90万吨和70万吨。\n"
    )
    assert table[table.check == "change_amount"].verdict.tolist() == ["not_assessable"]


def test_round_77_no_false_alarm():
    """A part counted in another measure word among the parts of a complete split (桥梁87座
    among 处 with 其他设施) leaves their sum unjudged; 按可比价格计算 opening the clause of a list
    of yearly growths is the basis of the average growth after it."""
    _assert_no_alarm(
        "一、2020年工作回顾\n全年修复水毁工程1286处，其中道路412处、水利设施563处、桥梁87座、其他设施"
        "224处。\n"
    )
    table = _assert_no_alarm(
        "一、2025年和“十四五”时期工作回顾\n五年来，全市地区生产总值由2020年的586.4亿元增加到812.36亿元；"
        "按可比价格计算，2021年至2025年分别增长8.3%、4.1%、6.0%、5.6%和6.2%，年均增长6.0%。\n"
    )
    assert table[table.check == "average_growth"].verdict.tolist() == ["not_assessable"]


def test_the_tax_of_a_group_summed_is_no_statement_of_the_places_tax():
    table = _checks(
        "一般公共预算收入完成104.16亿元，其中税收收入88.95亿元。金融业、信息服务业两个行业合计实现"
        "税收103.52亿元，上述五个行业合计实现税收60.34亿元。"
    )
    assert "same_quantity" not in set(table.check) and "inconsistent" not in set(table.verdict)


@pytest.mark.parametrize(("target", "verdict"), [("295", "consistent"), ("305", "inconsistent")])
def test_a_target_named_like_one_of_two_levels_of_its_indicator_grows_from_that_one(
    target, verdict
):
    table = _table_of(
        "一、2024年工作回顾\n\n一般公共预算收入完成104.16亿元，其中税收收入88.95亿元。全口径税收收入"
        f"281.06亿元，比上年增长5.9%。\n\n二、2025年工作安排\n\n全口径税收收入力争达到{target}亿元，"
        "增长5%左右。\n"
    )
    [row] = table[(table.check == "growth") & (table.period == "2024→2025")].to_dict("records")
    assert row["verdict"] == verdict and "281.06" in row["explanation"]


@pytest.mark.parametrize(("points", "verdict"), [("1.2", "consistent"), ("1.0", "inconsistent")])
def test_a_change_of_the_rate_after_the_years_growth_is_of_that_growth(points, verdict):
    table = _checks(
        "规模以上工业增加值1563.27亿元，一季度、上半年、前三季度分别增长5.4%、6.1%、6.4%，全年增长"
        f"6.6%，增速比一季度提高{points}个百分点，呈逐季回升态势。"
    )
    [row] = table[table.check == "rate_change"].to_dict("records")
    assert row["verdict"] == verdict and row["period"] == "2022"


@pytest.mark.parametrize(("share", "verdict"), [("63.1", "consistent"), ("68.1", "inconsistent")])
def test_a_share_in_a_sentence_opened_by_a_set_is_of_that_set(share, verdict):
    table = _checks(
        "粮食播种面积386.5万亩。在全市420万亩耕地中，绿色食品基地180万亩，占耕地面积的42.9%；土地规模"
        f"经营面积265万亩，占比{share}%。"
    )
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent", verdict]  # of the 420, not of the 386.5
    assert shares.recomputed.str.startswith(("42.86%", "63.10%")).all()


def test_a_second_breakdown_after_a_list_of_parts_or_a_smaller_part_is_of_the_whole():
    table = _checks(
        "全年实施重点项目26个，其中总投资亿元以上项目9个；其中产业项目14个、基础设施项目8个、社会民生"
        "项目4个。全年谋划实施省市县重点项目126个，其中工业项目58个、基础设施项目41个、社会民生项目"
        "27个，完成投资186.3亿元。其中，总投资10亿元以上项目9个。一般公共预算支出46.85亿元，其中民生"
        "支出37.62亿元。其中，教育支出10.26亿元，社会保障和就业支出8.74亿元。"
    )
    assert "inconsistent" not in set(table.verdict)  # not 14 + 8 + 4 of the 9
    parts = table[table.check == "part_of_whole"].indicators.tolist()
    assert "产业项目; 重点项目" in parts and "总投资10亿元以上项目; 谋划实施省市县重点项目" in parts
    assert "教育支出; 民生支出" in parts  # one part broken down: of that part


def test_growths_of_places_listed_or_counted_are_theirs_not_the_places_own():
    table = _checks(
        "全市一般公共预算收入326.5亿元，增长8.1%，五区一般公共预算收入分别增长9.3%、8.1%、7.6%、10.4%"
        "、6.8%。全镇农村集体经济收入1026.8万元，增长12.3%。霞溪村、后垵村集体经济收入分别比上年增长"
        "15.2%和12.6%。"
    )
    assert "inconsistent" not in set(table.verdict)  # no five growths of the city's revenue
    assert table[table.check == "growth"].stated.tolist() == [
        "326.5 亿元，增长 8.1%",
        "1026.8 万元，增长 12.3%",
    ]


def test_the_poor_who_remain_are_no_part_of_those_lifted_out():
    table = _checks("经过两年攻坚，累计减少贫困人口1306户4895人，目前尚余贫困人口1929户5531人。")
    assert "part_of_whole" not in set(table.check)


def test_a_wider_places_growth_in_brackets_is_of_the_subject_its_clause_names():
    table = _table_of(
        "明江县政府工作报告\n\n一、2023年工作回顾\n\n全县实现地区生产总值186.52亿元，增长5.8%。其中，"
        "第一产业增加值42.18亿元，增长4.1%；第三产业增加值88.6亿元，增长6.2%；地区生产总值增速高于"
        "全市平均水平0.9个百分点（全市增长4.9%）。\n"
    )
    [row] = table[table.check == "growth_gap"].to_dict("records")
    assert row["verdict"] == "consistent" and row["indicators"] == "地区生产总值; 全市地区生产总值"


def test_a_holiday_in_a_clause_of_its_own_scopes_the_figures_after_it():
    table = _checks(
        "全年接待国内外游客1286.4万人次，增长21.7%。节假日旅游市场量质齐升，春节黄金周期间，接待游客"
        "48.62万人次，同比增长63.4%。"
    )
    assert "inconsistent" not in set(table.verdict)  # not a second figure of the year's


def test_the_districts_own_level_is_not_all_of_it_when_the_report_prints_both():
    table = _table_of(
        "大沽区政府工作报告\n\n一、2016年工作回顾\n\n2015年，区级一般公共预算收入88.24亿元。2016年，全区"
        "一般公共预算收入186.42亿元，增长10.3%；区级一般公共预算收入98.65亿元。五年累计引进世界500强"
        "企业投资项目十二个，京津冀协同发展项目232个。\n\n二、2017年工作安排\n\n区级一般公共预算收入"
        "108.5亿元，增长10%。\n"
    )
    assert "inconsistent" not in set(table.verdict)  # not 186.42 over 88.24, nor 232 of 12
    [target] = table[table.period == "2016→2017"].to_dict("records")
    assert target["verdict"] == "consistent" and "98.65" in target["explanation"]


def test_the_firms_of_an_industrial_chain_are_no_statement_of_all_the_places_firms():
    table = _checks(
        "全市规上工业企业由371家增加到412家。新能源汽车零部件首位产业快速壮大，产业链规上企业由86家"
        "增加到104家，净增18家。"
    )
    assert "inconsistent" not in set(table.verdict) and "same_quantity" not in set(table.check)


def test_the_figure_of_one_holiday_is_no_part_of_anothers():
    table = _checks(
        "春节黄金周接待游客86.2万人次，其中过夜游客23.6万人次；国庆黄金周接待游客112.5万人次。"
    )
    assert table[table.check == "part_of_whole"].indicators.tolist() == ["过夜游客; 接待游客"]
    assert "inconsistent" not in set(table.verdict)


@pytest.mark.parametrize(("share", "verdict"), [("81.0", "consistent"), ("84.1", "inconsistent")])
def test_a_share_named_by_bizhong_after_its_whole_is_of_that_whole(share, verdict):
    table = _checks(
        f"全年民生支出39.41亿元，占一般公共预算支出48.63亿元的比重达到{share}%。全县新能源装机容量"
        "86.4万千瓦，其中光伏装机58.6万千瓦，风电装机27.8万千瓦，新能源装机占全县电力总装机241.5万"
        "千瓦的比重达到35.8%。"
    )
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == [verdict, "consistent"]  # 86.4 of 241.5, not 风电's 27.8
    assert shares.recomputed.str.startswith(("81.04%", "35.78%")).all()


@pytest.mark.parametrize(
    "body",
    [
        # a part of the year naming another subject than the part before it: its own total
        "全年完成固定资产投资18.6亿元，实现规上工业总产值86.4亿元。一季度完成固定资产投资3.2亿元，"
        "二季度实现规上工业总产值23.5亿元。",
        # a share after 其中 is of its 其中's total, not of the set opening the sentence
        "在全县420万亩耕地中，土地流转面积186万亩，其中流转给农民专业合作社112万亩，占比60.2%。",
        # a whole named after the last part of a list is that part's
        "全年粮食总产量45万吨，其中小麦20.5万吨、玉米18.2万吨，占全市玉米产量600万吨的3.0%。",
        # the last growth of a list of counted places after 和 is a place's too
        "全市一般公共预算收入增长8.5%，五区一般公共预算收入分别增长9.3%、8.1%、7.6%、10.2%和6.9%。",
        # 与上年相比 is a basis, no trade partner
        "全市进出口总额186.2亿元，与上年相比进出口总额增长13.2%，外贸结构持续优化。",
    ],
)
def test_review_passages_of_this_sessions_rules_raise_no_alarm(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_a_share_of_a_count_below_zero_is_judged_without_a_traceback():
    table = _checks("1462户压减到其中9.3%")  # hostile text: a negative share of a count
    assert set(table.verdict) <= {"inconsistent", "not_assessable", "consistent"}


@pytest.mark.parametrize(
    "body",
    [
        # a share whose subject lists two parts is of neither alone
        "全县新能源装机容量86.4万千瓦，其中光伏58.6万千瓦、风电27.8万千瓦，光伏和风电装机占全县电力"
        "总装机241.5万千瓦的比重达到35.8%。",
        # a 其中 after a list breaks down its last item unless it names a class of amounts
        "全年民生支出20.0亿元，其中教育支出8.2亿元、卫生健康支出5.1亿元、社会保障和就业支出6.5亿元。"
        "其中，城乡居民基本养老保险支出2.1亿元，占32.3%。",
        # a holiday in a clause of its own scopes every figure after it in its sentence
        "全年接待游客526.3万人次，实现旅游综合收入42.6亿元，分别增长18.2%和21.5%。文旅市场量质齐升，"
        "春节黄金周期间，接待游客48.62万人次，实现旅游综合收入3.86亿元。",
    ],
)
def test_second_review_passages_raise_no_alarm(body):
    table = _checks(body)
    assert "inconsistent" not in set(table.verdict), table[table.verdict == "inconsistent"]


def test_non_after_dui_is_africa_a_market_not_the_rest():
    claims = claims_table(
        parse_text(
            "一、2023年工作回顾\n全年完成外贸进出口总额52.3亿元，增长8.1%，其中对非进出口总额12.6亿元，"
            "增长25.3%。\n"
        )
    )
    assert claims.scope.tolist() == ["", "对非"]


def test_visitors_of_one_kind_of_tourism_are_no_statement_of_all_visitors():
    table = _checks(
        "全年接待游客186.4万人次。边境游接待游客8.6万人次。乡村旅游接待游客52.3万人次。"
    )
    assert "same_quantity" not in set(table.check) and "inconsistent" not in set(table.verdict)


@pytest.mark.parametrize("opening", ["", "石化产业延链补链成效明显，百万吨乙烯项目建成投产，"])
def test_an_industrial_zones_tax_listed_after_its_output_is_the_zones(opening):
    table = _checks(
        f"{opening}南港石化工业区实现产值1286.40亿元、税收100.62亿元。全市地方一般公共预算收入"
        "468.21亿元，其中税收收入352.67亿元。"
    )
    assert "same_quantity" not in set(table.check) and "inconsistent" not in set(table.verdict)


def test_a_groups_share_of_all_exports_has_no_markets_export_for_its_whole():
    table = _checks(
        "对“一带一路”沿线国家和地区出口896.74亿元，对RCEP其他成员国进出口623.58亿元。三类劳动密集型"
        "产品合计出口1207.39亿元，占出口总额的57.4%。"
    )
    assert "inconsistent" not in set(table.verdict)  # not 1207.39 as a part of 896.74


def test_every_figure_of_an_item_among_items_each_opened_by_a_county_is_that_countys():
    text = (
        "涟州市人民政府工作报告\n一、2024年工作回顾\n全市规上工业企业总数由1582家增加到1671家。粮食总产"
        "152.6万吨。金潭市实现地区生产总值911.78亿元，增长6.1%，连续三年入选全国县域经济百强县，规上"
        "工业企业达到328家；城东区842.16亿元，增长5.9%，工程机械整机企业集聚度全省第一；紫溪县352.18亿元，"
        "增长5.3%，粮食总产32.6万吨、居全市首位。\n"
    )
    claims = claims_table(parse_text(text))
    assert claims.loc[claims.value == "328", "scope"].tolist() == ["金潭市"]
    assert claims.loc[claims.value == "32.6", "scope"].tolist() == ["紫溪县"]
    assert "inconsistent" not in set(check_claims(claims, parse_text(text)).table.verdict)


def test_a_local_supporting_rate_is_no_share_of_the_supporting_parts_printed_before_it():
    table = _checks(
        "工程机械产业集群全年实现产值1126.8亿元，增长9.4%；其中整机产值768.5亿元、关键零部件及配套产值"
        "358.3亿元，本地配套率提高到六成以上。新入驻配套企业36家，本地配套率达到38%。"
    )
    assert "share" not in set(table.check)


@pytest.mark.parametrize("share", ["七成", "近七成", "71.1%"])
def test_a_share_of_the_sum_of_a_list_in_chinese_numerals_is_no_share_of_its_last_figure(share):
    table = _checks(
        f"全年出口128.45亿元。陶瓷、家具产品出口额分别为63.52亿元和27.86亿元，合计占出口总额的{share}。"
    )
    assert "inconsistent" not in set(table.verdict)


@pytest.mark.parametrize(
    "later",
    [
        "——产业结构实现新跃升。规模以上工业企业由186家增加到312家，净增126家。\n2021年，新增规模以上"
        "工业企业41家，总数达到346家。",
        "——产业结构实现新跃升。新能源汽车产业从无到有，两大整车基地相继建成投产，2020年新能源汽车产量"
        "达到5.83万辆；新型显示产业跻身全国重要的平板显示产业基地。高新技术企业由97家增加到358家。\n"
        "2021年，高新技术企业净增105家，总数达到463家。",
        "——民生福祉持续增进。城镇居民人均可支配收入由35126元增加到52381元。\n2021年，城镇居民人均"
        "可支配收入达到57043元，增长8.9%。",
    ],
)
def test_a_change_opening_a_review_with_both_years_printed_dates_the_paragraphs_after_it(later):
    text = (
        "一、“十三五”及2021年工作回顾\n本届政府任期的五年，是全区发展极不平凡的五年。\n——综合实力跃上"
        "新台阶。地区生产总值由2015年的562.40亿元增加到2020年的1018.62亿元。五年累计完成固定资产投资"
        f"3862.4亿元。常住人口城镇化率由68.3%提高到76.8%。\n{later}\n2021年，常住人口城镇化率达到77.9%。\n"
    )
    claims = claims_table(parse_text(text))
    assert claims.loc[claims.value == "3862.4", "period"].tolist() == ["2016..2020"]
    assert claims.loc[claims.value == "76.8", "period"].tolist() == ["2020"]
    assert "inconsistent" not in set(check_claims(claims, parse_text(text)).table.verdict)


def test_months_named_after_a_figure_of_their_item_end_with_that_item():
    claims = claims_table(
        parse_text(
            "一、2020年工作回顾\n社会消费品零售总额386.4亿元，下降5.3%，1—4月仅恢复到上年同期的78.4%，此后"
            "降幅逐月收窄；限额以上单位通过网络实现的商品零售额增长24.7%。受疫情影响，1—2月全区税收收入"
            "下降9.7%；进出口总额下降15.2%。1—11月，规上工业增加值增长8.2%；固定资产投资增长10.3%。\n"
        )
    )
    period = dict(zip(claims.growth_pct, claims.period, strict=True))
    assert period["24.7"] == "2020"
    assert period["-15.2"] == "2020-01..2020-02"
    assert period["10.3"] == "2020-01..2020-11"


def test_years_named_bare_right_before_a_change_are_the_span_it_runs_over():
    claims = claims_table(
        parse_text(
            "一、2020年工作回顾\n地区生产总值1286.47亿元，增长3.6%。地区生产总值五年增长52.3%，融资租赁企业"
            "数量五年翻了一番。产业投资48.62亿元，比重连续三年提高；基础设施投资39.85亿元。\n"
        )
    )
    growths = claims[claims.value == ""]
    assert growths.name.tolist() == ["地区生产总值", "融资租赁企业数量"]
    assert set(growths.growth_basis) == {"比2015年"}
    assert claims.loc[claims.value == "39.85", "period"].tolist() == ["2020"]


def test_a_rate_compared_after_a_level_of_a_part_of_the_year_is_that_parts_growths():
    table = _checks(
        "一季度、上半年、前三季度地区生产总值分别增长5.4%、6.1%、6.6%，上半年完成地区生产总值612.35亿元，"
        "增速比一季度加快0.7个百分点。"
    )
    judged = table[table.check == "rate_change"]
    assert judged.verdict.tolist() == ["consistent"]
    assert judged.period.tolist() == ["2022-01..2022-06"]


def test_a_district_whose_name_ends_in_chengqu_is_a_part_of_the_city():
    claims = claims_table(
        parse_text(
            "一、2025年工作回顾\n全年实现地区生产总值4386.52亿元，增长5.6%。渤城区地区生产总值1128.36亿元，"
            "增长5.9%。全市规上工业营业收入6524.3亿元。港城区规上工业营业收入1562.4亿元。老城区社会消费品"
            "零售总额增长5%。\n"
        )
    )
    assert claims.scope.tolist() == ["", "渤城区", "", "港城区", ""]


def test_income_sources_named_with_a_groups_words_are_parts_of_that_groups_income():
    text = (
        "一、2022年工作回顾\n城镇常住居民人均可支配收入36852元，农牧区常住居民人均可支配收入14268元。从收入"
        "构成看，农牧区常住居民人均经营净收入7352元、工资性收入2416元、转移净收入4153元，转移净收入占人均"
        "可支配收入的29.1%。\n"
    )
    claims = claims_table(parse_text(text))
    assert claims.indicator.tolist()[:2] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert claims.parent.tolist()[2:5] == ["农村居民人均可支配收入"] * 3
    table = check_claims(claims, parse_text(text)).table
    assert set(table.verdict) == {"consistent"}


def test_a_part_in_a_smaller_unit_of_money_listed_under_its_total_is_a_part():
    claims = claims_table(
        parse_text(
            "一、2022年工作回顾\n全年完成固定资产投资3.64亿元，增长12.4%，其中茶产业投资1.12亿元、文旅项目投资"
            "8600万元、基础设施投资1.86亿元。投入扶贫资金582万元，其中产业扶贫资金316万元，每户补助2000元。\n"
        )
    )
    parent = dict(zip(claims.value, claims.parent, strict=True))
    assert parent["8600"] == "固定资产投资"
    assert parent["2000"] == ""


def test_those_that_left_a_stock_named_with_its_words_are_an_outflow_of_the_net_change():
    text = (
        "一、2023年工作回顾\n规模以上工业企业达到386家。全年新升规企业41家、因经营调整退出统计6家，净增35家。"
        "新登记市场主体15236户，其中企业4280户；注销市场主体4361户，净增10875户。\n"
    )
    claims = claims_table(parse_text(text))
    left = claims[claims.value == "4361"].iloc[0]
    assert (left["name"], left["indicator"], left["parent"]) == ("注销市场主体", "", "")
    table = check_claims(claims, parse_text(text)).table
    assert table[table.check == "net_flows"].verdict.tolist() == ["consistent"] * 2
    assert table[table.check == "part_of_whole"].indicators.tolist() == ["企业; 市场主体"]


@pytest.mark.parametrize(("average", "verdict"), [("8.8", "consistent"), ("10.8", "inconsistent")])
def test_an_average_after_a_multiple_runs_over_the_years_since_the_multiples_base(average, verdict):
    table = _checks(
        f"全年完成规模以上工业总产值3865.27亿元，增长7.4%，是2018年的1.4倍，年均增长{average}%。"
        "地区生产总值达到412.6亿元，是2018年的1.89倍，按可比价格计算年均增长10.8%。"
    )
    spans = table[table.check == "average_span"]
    assert spans.verdict.tolist() == [verdict]
    assert spans.period.tolist() == ["2018→2022"]


def test_a_rate_compared_with_part_of_the_year_is_not_that_of_a_growth_over_two_years():
    table = _checks(
        "全年实现地区生产总值2863.47亿元，增长3.2%，比2020年增长12.4%；前三季度增长2.9%，全年增速比前三季度"
        "加快0.3个百分点。"
    )
    assert table[table.check == "rate_change"].verdict.tolist() == ["consistent"]


@pytest.mark.parametrize("rest", ["", "，其余9个项目总投资2.85亿元"])
def test_a_share_of_a_total_named_by_its_last_words_is_not_of_a_part_so_named(rest):
    table = _checks(
        f"招商引资项目总投资8.65亿元，其中亿元以上项目总投资5.8亿元{rest}。实际到位资金3.12亿元，占项目"
        "总投资的36.1%。"
    )
    shares = table[table.check == "share"]
    assert shares.verdict.tolist() == ["consistent"]
    assert shares.indicators.str.endswith("招商引资项目总投资").all()


def test_a_share_of_a_whole_so_named_is_not_of_the_rest_of_it_so_named():
    table = _checks(
        "全年实施招商引资项目12个，总投资8.65亿元，其中亿元以上项目3个，总投资5.8亿元；其余9个项目总投资"
        "2.85亿元。全年实际到位资金3.12亿元，占项目总投资的36.1%。"
    )
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]


def test_a_place_named_after_a_frame_of_the_places_among_which_it_is_is_its_figures_scope():
    claims = claims_table(
        parse_text(
            "一、2024年工作回顾\n全年实现地区生产总值812.36亿元。全县14个镇街中，地区生产总值超百亿元的镇街达到"
            "3个，其中青岩街道地区生产总值达到152.3亿元，居各镇街首位。\n"
        )
    )
    assert claims.loc[claims.value == "152.3", "scope"].tolist() == ["青岩街道"]


def test_a_village_named_after_the_kind_of_village_it_is_is_a_part_of_the_place():
    claims = claims_table(
        parse_text(
            "一、2024年工作回顾\n城镇和农村常住居民人均可支配收入分别达到86235元和49872元。共富示范村青溪村依托"
            "“村播”经济和研学游，农民人均可支配收入达到6.8万元。生态移民村东山村农民人均可支配收入2.1万元。\n"
        )
    )
    assert claims.scope.tolist() == ["", "", "共富示范村青溪村", "生态移民村东山村"]


@pytest.mark.parametrize(
    ("body", "checked"),
    [
        (
            "酿酒葡萄种植面积6.8万亩，年产葡萄酒1.36万吨，综合产值18.6亿元，酿酒葡萄亩均产值达到8600元。",
            False,
        ),
        ("茶园面积2.86万亩，茶叶综合产值1.22亿元，亩均产值4270元。", True),
    ],
)
def test_an_output_per_mu_of_a_named_crop_is_no_share_of_the_industrys_wider_output(body, checked):
    table = _checks(body)
    assert ("per_unit" in set(table.check)) is checked
    assert "inconsistent" not in set(table.verdict)


def test_a_yield_is_not_over_the_cultivated_land():
    table = _checks("全县耕地保有量稳定在48.2万亩，粮食总产量23.6万吨，单产415.5公斤。")
    assert "per_unit" not in set(table.check)
    table = _checks("粮食播种面积56.8万亩，粮食总产量23.6万吨，单产415.5公斤。")
    assert table[table.check == "per_unit"].verdict.tolist() == ["consistent"]


def test_a_change_in_points_after_a_rate_fell_to_a_level_printed_in_words_is_not_of_the_first():
    claims = claims_table(
        parse_text(
            "一、2020年工作回顾\n2019年底，全县贫困发生率已降至0.25%。今年剩余的86户312人全部清零，贫困发生率由"
            "2014年的18.6%降至零，下降18.6个百分点。\n"
        )
    )
    change = claims[claims.unit == "个百分点"].iloc[0]
    assert (change["name"], change["link"], change["period"]) == ("贫困发生率", "", "2020")


def test_a_town_opening_a_sentence_in_a_figures_name_scopes_the_figures_after_it():
    claims = claims_table(
        parse_text(
            "一、2018年工作回顾\n全年接待游客586.4万人次。茶洋镇茶园面积3.8万亩，接待游客128.6万人次。新改建村道"
            "25公里，新增城镇就业1400人。\n"
        )
    )
    assert claims.scope.tolist() == ["", "", "茶洋镇", "", ""]


def test_parts_after_a_change_that_follows_a_level_are_not_parts_of_the_level():
    table = _table_of(
        "一、2018年工作回顾\n全县建档立卡贫困人口由2015年底的12368人减少到442人，累计减少11926人，其中"
        "2018年实现1862人脱贫。\n"
    )
    assert "inconsistent" not in set(table.verdict)
    assert table[table.check == "count_change"].verdict.tolist() == ["consistent"]


def test_a_class_with_a_share_is_no_share_of_the_class_in_the_item_before_it():
    table = _checks(
        "全年受理诉求15496件。供暖类2213件，由上年的2719件下降到2213件；市容环境类1687件，占10.9%。"
    )
    assert "inconsistent" not in set(table.verdict)


def test_a_share_named_by_its_whole_and_an_unprinted_part_is_not_judged_on_the_figures_before():
    table = _checks(
        "规上工业企业由上年的1186户增加到1263户，全年新入规企业125户，新入规企业中电子信息和白酒企业占七成。"
    )
    assert "share" not in set(table.check)


def test_a_share_of_a_part_under_a_total_so_named_is_not_of_a_figure_of_another_paragraph():
    table = _checks(
        "全县石雕石材产业实现产值94.7亿元，其中出口交货值23.6亿元，占石雕产值的24.9%。\n石亭镇有石雕企业186家，"
        "实现石雕产值48.3亿元。"
    )
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]


def test_the_last_of_places_listed_with_their_count_is_named_without_the_count():
    claims = claims_table(
        parse_text(
            "一、2024年工作回顾\n赤岸、溪口、上溪三镇工业总产值分别达到86.2亿元、64.3亿元和52.1亿元。\n"
        )
    )
    assert claims.scope.tolist() == ["赤岸镇", "溪口镇", "上溪镇"]


def test_a_bound_after_the_last_figure_of_a_respective_list_bounds_them_all():
    claims = claims_table(
        parse_text(
            "一、2024年工作回顾\n城镇居民收入1元。\n二、2025年工作安排\n城镇和农村常住居民人均可支配收入分别增长5.5%"
            "和6.5%左右。城乡居民收入分别增长6.5%和8%以上。\n"
        )
    )
    assert claims.qualifier.tolist() == ["", "左右", "左右", "以上", "以上"]


def test_the_years_change_printed_before_a_change_over_years_is_no_change_of_that_span():
    table = _table_of(
        "一、2021年工作回顾\n全年压减炼钢产能120万吨，全市炼钢产能由2015年的680万吨压减到465万吨。\n"
    )
    assert "inconsistent" not in set(table.verdict)


def test_an_occupancy_rate_of_buildings_is_no_share_of_the_firms_in_them():
    table = _checks(
        "辖区现有商务楼宇36栋，入驻企业2846家，其中当年新增入驻企业412家，楼宇入驻率达到91.5%。"
    )
    assert "share" not in set(table.check)


def test_a_class_count_reached_by_a_change_is_a_class_no_count_the_others_divide():
    table = _checks(
        "税收超亿元楼宇由4栋增加到5栋，税收5000万元至1亿元楼宇8栋，1000万元至5000万元楼宇14栋。"
    )
    assert "class_counts" not in set(table.check)
    table = _checks(
        "辖区现有商务楼宇36栋，其中税收超亿元楼宇由4栋增加到5栋，税收5000万元至1亿元楼宇8栋，1000万元至5000万元"
        "楼宇14栋。"
    )
    assert table[table.check == "class_counts"].verdict.tolist() == ["consistent"]


def test_a_districts_figures_after_its_output_are_its_own_and_so_is_its_whole():
    table = _table_of(
        "一、2019年工作回顾\n全年实现地区生产总值1286.4亿元。第三产业增加值675.5亿元。\n渤海区实现地区生产总值312.5亿元，"
        "服务业增加值222.5亿元，占全区地区生产总值的71.2%。建成区面积达到24.5平方公里，城镇化率达到36.9%。\n"
    )
    assert "inconsistent" not in set(table.verdict)
    assert table[table.check == "share"].verdict.tolist() == ["consistent"]


def test_an_average_growth_right_after_a_level_it_runs_from_is_of_the_level_before():
    table = _table_of(
        "一、2024年工作回顾\n全年实现旅游收入2.87亿元，增长24.8%，由2021年的1.52亿元年均增长23.6%。\n"
    )
    assert table[table.check == "average_growth"].verdict.tolist() == ["consistent"]


def test_review_of_this_sessions_rules_they_keep_to_the_cases_they_were_made_for():
    census = claims_table(
        parse_text(
            "一、2023年工作回顾\n常住人口由2010年的45.2万人减少到2020年的41.3万人，人口老龄化程度加深。全县新增"
            "城镇就业1.2万人，城镇化率达到56.3%；三年累计完成固定资产投资1200亿元。\n"
        )
    )
    assert census.period.tolist()[2:] == ["2023", "2023", "2021..2023"]  # no span of 2010→2020
    zone = _checks(
        "全区实现地区生产总值512.5亿元，增长6.1%。高新区实现地区生产总值120亿元，服务业增加值60亿元，占全区"
        "地区生产总值的11.7%。"
    )
    assert zone[zone.check == "share"].verdict.tolist() == ["consistent"]  # of the district's
    villages = claims_table(
        parse_text(
            "一、2024年工作回顾\n红星一村、红星二村村集体经济收入分别达到48.6万元、52.3万元。\n"
        )
    )
    assert villages.scope.tolist() == ["红星一村", "红星二村"]
    every = claims_table(parse_text("一、2023年工作回顾\n居民人均可支配收入每两年提高10%以上。\n"))
    assert every.growth_basis.tolist() == [""]  # no span of two years ending now
    named = claims_table(
        parse_text(
            "一、2024年工作回顾\n全县14个镇街中，地区生产总值超百亿元的镇街达到3个，其中青岩街道实现地区生产总值"
            "152.3亿元。\n"
        )
    )
    assert named.scope.tolist()[-1] == "青岩街道"
    dated = claims_table(
        parse_text(
            "一、2023年工作回顾\n2022年，受疫情冲击，社会消费品零售总额下降5.3%，1—4月仅恢复到上年同期的78.4%；"
            "网络零售额增长24.7%。\n"
        )
    )
    assert dated.period.tolist()[-1] == "2022"
    balanced = claims_table(
        parse_text(
            "一、2022年工作回顾\n全年完成固定资产投资3.64亿元，其中茶产业投资1.12亿元、义务教育均衡项目投资"
            "8600万元、基础设施投资1.86亿元。\n"
        )
    )
    assert balanced.loc[balanced.value == "8600", "parent"].tolist() == ["固定资产投资"]


def test_a_place_opening_a_bullet_after_its_dashes_scopes_its_figures():
    table = _table_of(
        "一、2025年工作回顾\n全区规模以上工业总产值1952.7亿元，增长6.9%。全区社会消费品零售总额333.45亿元。\n"
        "——潭洲街道实现规上工业总产值326.8亿元，增长4.6%。\n——潭洲街道社会消费品零售总额128.4亿元。\n"
    )
    assert "inconsistent" not in set(table.verdict)


def test_months_after_a_year_compared_with_in_their_item_still_reach_the_items_after():
    claims = claims_table(
        parse_text(
            "一、2022年工作回顾\n与2021年相比，1—4月社会消费品零售总额下降5.3%；网络零售额增长24.7%。\n"
        )
    )
    assert claims.period.tolist() == ["2022-01..2022-04", "2022-01..2022-04"]


@pytest.mark.parametrize("span", ["2013年以来", "五年来"])
def test_a_change_after_a_span_opening_its_clause_is_of_the_subject_before(span):
    claims = claims_table(
        parse_text(
            f"一、2018年工作回顾\n全乡农村居民人均可支配收入达到9846元，比上年增长10.5%，{span}由5863元增加到"
            "9846元，年均增长10.9%。\n"
        )
    )
    assert set(claims.indicator) == {"农村居民人均可支配收入"}


def test_a_bullet_of_figures_is_a_paragraph_not_a_heading_that_dates_them():
    report = parse_text(
        "一、2025年工作回顾\n全区规模以上工业总产值1952.7亿元，增长6.9%。\n——石湾街道规上工业总产值由2024年的598.3"
        "亿元增加到652.4亿元，增长6.0%。\n——产业结构持续优化。\n"
    )
    assert [p.kind for p in report.paragraphs] == ["heading", "body", "body", "heading"]
    claims = claims_table(report)
    assert claims.loc[claims.value == "652.4", "period"].tolist() == ["2025"]


def test_more_new_ones_than_last_year_are_last_years_new_ones_not_its_stock():
    table = _table_of("一、2024年工作回顾\n全年新增规上工业企业126家，比上年多增38家。\n")
    (row,) = table[table.check == "count_change"].itertuples()
    assert row.recomputed == "上年 88 家"
    assert "2023 年新增规模以上工业企业应为 88 家" in row.explanation


@pytest.mark.parametrize(
    ("sentence", "stated"),
    [
        ("新培育规上工业企业12家，比上年多7家；上年新培育5家。", "7"),
        ("全年接待游客32.6万人次，比上年少1.2万人次。", "-1.2"),
    ],
)
def test_more_or_fewer_right_after_last_year_is_a_change_of_the_figure_before(sentence, stated):
    claims = claims_table(parse_text(f"一、2020年工作回顾\n{sentence}\n"))
    (change,) = claims[claims.measure == "change"].itertuples()
    assert (change.value, change.growth_basis) == (stated, "比上年")
    assert change.linked_to == claims.claim_id.iloc[0]


def test_a_change_over_an_earlier_quarter_is_judged_against_that_quarter_not_last_year():
    table = _table_of(
        "一、2023年上半年工作总结\n全乡二季度实现农业总产值11516万元，比一季度多4390万元。一季度农业总产值"
        "7126万元。上半年农业总产值18642万元，其中二季度11516万元，比一季度增加4390万元。\n"
    )
    changes = table[table.check == "change_amount"]
    assert set(changes.period) == {"2023-01..2023-03→2023-04..2023-06"}
    assert set(changes.verdict) == {"consistent"}


@pytest.mark.parametrize("place", ["农家乐", "民宿", "A级景区"])
def test_the_visitors_of_one_kind_of_place_are_not_the_towns_visitors_restated(place):
    _assert_no_alarm(
        f"一、2017年工作回顾\n小镇客厅建成开放，全年接待游客18.6万人次。乡村旅游加快发展，全镇{place}全年接待游客"
        "31.5万人次。\n"
    )


def test_a_change_after_a_sentence_over_years_in_a_paragraph_of_the_year_is_over_last_year():
    claims = claims_table(
        parse_text(
            "一、2023年工作回顾\n（一）聚力工业强县。稀土和锂电新材料产业实现营业收入120.46亿元，较上年的131.55亿元"
            "下降8.4%。从三年看，新材料产业营业收入由2020年的47.85亿元增加到120.46亿元，是2020年的2.5倍，年均增长"
            "36.0%。规模以上工业企业由162家增加到178家，净增16家。\n"
        )
    )
    assert claims.loc[claims.value == "162", "period"].tolist() == ["2022"]


def test_a_change_after_a_paragraph_opening_change_from_a_year_runs_from_that_year():
    claims = claims_table(
        parse_text(
            "一、2015年及“十二五”时期工作回顾\n——工业支撑更加有力。规模以上工业增加值由2010年的89.35亿元增加到186.54"
            "亿元，年均增长15.9%。规模以上工业企业由142家增加到236家，净增94家。\n"
        )
    )
    assert claims.loc[claims.value == "142", "period"].tolist() == ["2010"]


def test_this_year_opening_a_clause_ends_a_span_of_years_before_it():
    table = _assert_no_alarm(
        "一、2023年工作回顾\n三年来，税收收入由2020年的11.87亿元增加到15.27亿元，年均增长8.8%；今年税收收入由14.06"
        "亿元增加到15.27亿元，增长8.6%。\n"
    )
    growth = table[table.check == "growth"]
    assert growth.period.tolist() == ["2022→2023"]


@pytest.mark.parametrize(
    "sentence",
    [
        "年末各项存款余额2168.3亿元，增长7.2%，同比多增12.3亿元。",
        "各项贷款余额1018.7亿元，比年初增加62.4亿元，同比多增18.3亿元。",
    ],
)
def test_more_increase_than_last_year_is_no_change_of_a_stock(sentence):
    table = _assert_no_alarm(f"一、2021年工作回顾\n{sentence}\n")
    assert not any("上年 2156.0" in r or "1000.4" in r for r in table.recomputed)


@pytest.mark.parametrize(
    "sentence",
    [
        "一般公共预算收入完成21.36亿元，为年初预算20.8亿元的102.7%，比上年增加1.18亿元，同比增长5.8%。",
        "一般公共预算收入完成8.26亿元，完成年度预算8.09亿元的102.1%，增长5.1%。",
    ],
)
def test_the_growth_after_a_budgets_completion_rate_is_the_revenues(sentence):
    table = _assert_no_alarm(f"一、2023年工作回顾\n{sentence}\n")
    assert set(table.verdict[table.check == "share"]) == {"consistent"}
    claims = claims_table(parse_text(f"一、2023年工作回顾\n{sentence}\n"))
    revenue = claims[claims.kind == "actual"].iloc[0]
    assert (revenue.indicator, revenue.growth_pct != "") == ("一般公共预算收入", True)


def test_a_share_of_the_whole_place_after_a_zones_total_named_with_the_zone_is_of_the_place():
    table = _assert_no_alarm(
        "一、2022年工作回顾\n全市规模以上工业总产值1126.80亿元，增长9.1%。渌阳经济开发区实现技工贸总收入968.5亿元，"
        "增长10.2%，其中规模以上工业总产值612.36亿元，占全市的54.3%。\n"
    )
    assert table.loc[table.check == "share", "recomputed"].str.startswith("54.35%").tolist() == [
        True
    ]


def test_a_village_opening_its_sentence_scopes_its_figures_after_other_figures():
    table = _assert_no_alarm(
        "一、2020年工作回顾\n王圩村发展稻虾5260亩，建成基地300亩，集体经济收入41.6万元。全镇集体经济收入299.4万元。\n"
    )
    claims = claims_table(
        parse_text(
            "一、2020年工作回顾\n王圩村发展稻虾5260亩，建成基地300亩，集体经济收入41.6万元。\n"
        )
    )
    assert claims.loc[claims.value == "41.6", "scope"].tolist() == ["王圩村"]
    assert table.empty or "same_quantity" not in set(table.check)


@pytest.mark.parametrize(
    "sentence",
    [
        "茶叶综合产值达到56.3亿元，增长12.8%，是2016年30.5亿元的1.8倍，2016年以来年均增长16.9%。",
        "茶叶综合产值2016年为30.5亿元，2021年达到56.3亿元，年均增长16.9%。",
    ],
)
def test_an_average_growth_runs_from_the_level_printed_with_its_year_before_it(sentence):
    table = _table_of(f"一、2021年工作回顾\n{sentence}\n")
    average = table[table.check == "average_growth"]
    assert average[["period", "verdict"]].values.tolist() == [["2016→2021", "inconsistent"]]
    assert average.recomputed.iloc[0].startswith("13.04%")


def test_a_two_year_average_after_last_years_level_is_not_a_one_year_average():
    table = _table_of(
        "一、2021年工作回顾\n一般公共预算收入完成61.38亿元，比上年的55.72亿元增长10.2%，两年平均增长7.5%。\n"
    )
    assert "average_growth" not in set(table.check)


def test_a_rate_compared_with_a_quarters_decline_printed_inline_is_that_quarters_growth():
    text = "一、2020年工作回顾\n规上工业增加值增长8.3%，增速比一季度的下降12.6%提高20.9个百分点。\n"
    claims = claims_table(parse_text(text))
    quarter = claims[claims.period == "2020-01..2020-03"]
    assert quarter[["indicator", "growth_pct"]].values.tolist() == [["规模以上工业增加值", "-12.6"]]
    table = _table_of(text)
    assert table.loc[table.check == "rate_change", "verdict"].tolist() == ["consistent"]


def test_parts_after_a_floor_over_years_are_still_parts_of_the_total_before_it():
    table = _table_of(
        "一、2022年工作回顾\n全年粮食总产量312.46万吨，连续八年稳定在300万吨以上，其中小麦178.93万吨、玉米127.85万吨、"
        "大豆及其他杂粮11.68万吨。\n"
    )
    assert table.loc[table.check == "sum", ["verdict", "recomputed"]].values.tolist() == [
        ["inconsistent", "318.46 万吨 [318.445, 318.475]"]
    ]


def test_a_second_list_naming_only_another_measure_is_of_the_crops_of_the_first():
    text = (
        "一、2022年工作回顾\n全县粮食总产量21.86亿斤，比上年的21.06亿斤增长3.8%。其中，玉米、水稻、大豆播种面积分别为"
        "142.3万亩、28.6万亩和12.4万亩，产量分别为17.42亿斤、3.68亿斤和0.46亿斤；杂粮杂豆播种面积3.2万亩，产量0.30亿斤。\n"
    )
    claims = claims_table(parse_text(text))
    assert claims.loc[claims.unit == "亿斤", "name"].tolist()[2:] == [
        "玉米产量",
        "水稻产量",
        "大豆产量",
        "杂粮杂豆产量",
    ]
    table = _table_of(text)
    assert table.loc[table.check == "disjoint_parts", "verdict"].tolist() == ["consistent"]


def test_a_target_beaten_by_a_percentage_is_no_share_of_it():
    table = _assert_no_alarm(
        "一、2018年工作回顾\n完成棚户区改造3260套，超额完成省下达3000套任务的8.7%。\n"
    )
    assert "share" not in set(table.check)


def test_the_progress_towards_a_plan_named_with_its_measure_is_an_actual_share():
    table = _table_of(
        "一、2018年工作回顾\n全县68个重点项目完成投资152.7亿元，完成年度计划投资140.6亿元的108.6%。\n"
    )
    share = table[table.check == "share"]
    assert share[["verdict", "recomputed"]].values.tolist() == [
        ["consistent", "108.61% [108.5318%, 108.6802%]"]
    ]


def test_a_multiple_restating_its_subject_after_its_level_is_of_that_level():
    table = _table_of(
        "一、2019年工作回顾\n虾稻产业综合产值1.86亿元，其中小龙虾产值1.12亿元，虾稻米产值0.47亿元，加工及餐饮收入0.27亿元；"
        "小龙虾产值是2015年0.33亿元的4.3倍。\n"
    )
    growth = table[table.check == "growth"]
    assert growth[["period", "verdict"]].values.tolist() == [["2015→2019", "inconsistent"]]


@pytest.mark.parametrize(("times", "verdict"), [("1.8", "consistent"), ("2.8", "inconsistent")])
def test_a_multiple_of_two_growth_rates_divides_the_rates_not_the_levels(times, verdict):
    table = _table_of(
        f"一、2018年工作回顾\n全年出口61.3亿美元、增长11.8%，进口37.3亿美元、增长6.4%，出口增速是进口增速的{times}倍。\n"
    )
    ratio = table[table.check == "ratio"]
    assert ratio[["verdict", "recomputed"]].values.tolist() == [[verdict, "1.84 [1.8217, 1.8662]"]]


def test_a_goal_for_a_later_year_dates_that_goal_alone_and_its_progress_is_checked():
    text = (
        "一、2018年工作回顾\n开发区实现营业收入612.8亿元，已完成规划确定的2020年目标800亿元的76.6%；一般公共预算收入"
        "由41.05亿元增加到58.36亿元，增长42.2%。\n"
    )
    claims = claims_table(parse_text(text)).set_index("value")
    assert claims.loc["800", ["period", "kind"]].tolist() == ["2020", "target"]
    assert claims.loc[["76.6", "58.36"], "period"].tolist() == ["2018", "2018"]
    table = _table_of(text)
    assert table.loc[table.check == "share", "verdict"].tolist() == ["consistent"]


@pytest.mark.parametrize(("total", "verdict"), [("52.3", "consistent"), ("55.3", "inconsistent")])
def test_villages_after_a_total_that_counts_them_add_up_to_it(total, verdict):
    table = _table_of(
        f"一、2019年工作回顾\n坚持一村一品，3个村集体经济收入均超过10万元，合计{total}万元。河铺村发展小龙虾，村集体经济收入"
        "21.8万元；石桥村盘活闲置资产，村集体经济收入16.8万元；汪岗村发展茶叶，村集体经济收入13.7万元。\n"
    )
    assert table.loc[table.check == "sum", "verdict"].tolist() == [verdict]


def test_the_whole_region_in_a_countys_report_is_the_autonomous_region():
    table = _table_of(
        "政府工作报告\n——2024年1月10日在沙泉县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n全县实现地区生产总值"
        "186.47亿元，同比增长6.9%（全区增长6.6%）。一般公共预算收入由上年的9.10亿元增加到9.86亿元，增长8.4%（全区增长7.2%）。\n"
    )
    assert table.stated.str.contains("6.6%|7.2%").sum() == 0


def test_a_net_change_after_firms_that_left_for_a_cause_is_of_the_stock():
    table = _table_of(
        "一、2022年工作回顾\n全街道规模以上工业企业由418家增加到463家，其中新入规企业62家，因经营调整退出规上统计17家，净增45家。\n"
    )
    change = table[table.check == "count_change"]
    assert change[["indicators", "verdict"]].values.tolist() == [["规模以上工业企业", "consistent"]]


def test_a_village_ranked_within_the_whole_place_keeps_its_figures():
    text = (
        "一、2023年工作回顾\n全镇八个行政村集体经济收入合计294.4万元。\n"
        "后沟村是全镇谷子种植第一大村，村集体经济收入31.2万元。\n"
    )
    _assert_no_alarm(text)
    claims = claims_table(parse_text(text))
    assert claims.loc[claims.value == "31.2", "scope"].tolist() == ["后沟村"]


def test_an_average_growth_after_the_level_it_is_compared_with_runs_from_that_level():
    table = _table_of(
        "一、2021年工作回顾\n全年外贸进出口总额631.5亿元，增长12.4%；与2015年的312.80亿元相比，外贸进出口总额年均增长"
        "10.7%。\n"
    )
    average = table[table.check == "average_growth"]
    assert average[["period", "verdict"]].values.tolist() == [["2015→2021", "inconsistent"]]


@pytest.mark.parametrize(
    "text",
    [
        "全县一般公共预算收入完成8.26亿元，为年初预算8.09亿元的102.1%，同口径增长5.1%；一般公共预算支出25.6亿元，"
        "完成调整预算的96.8%。",
        "重点项目完成投资52.6亿元，为年度计划48.2亿元的109.1%；社会消费品零售总额25.6亿元，完成年度计划的96.8%。",
    ],
)
def test_the_plan_of_one_measure_is_no_plan_of_the_next_items_figure(text):
    _assert_no_alarm(f"一、2023年工作回顾\n{text}\n")


@pytest.mark.parametrize(
    "opening",
    [
        "3个村集体经济收入均超过50万元，合计188.6万元。其中，",
        "全镇12个村中，3个村集体经济收入均超过50万元，合计188.6万元。",
    ],
)
def test_the_places_of_a_counted_total_after_of_which_or_a_wider_count_still_add_up(opening):
    table = _table_of(
        f"一、2023年工作回顾\n{opening}河铺村发展茶叶基地，村集体经济收入61.2万元；石桥村发展肉牛，村集体经济收入58.3万元；"
        "大畈村发展旅游，村集体经济收入59.1万元。\n"
    )
    assert table.loc[table.check == "sum", "verdict"].tolist() == ["inconsistent"]


def test_a_year_of_industry_is_no_capacity_of_a_project():
    claims = claims_table(
        parse_text("一、2023年工作回顾\n全年产业投资完成86.2亿元、新开工亿元以上项目42个。\n")
    )
    assert claims.value.tolist() == ["86.2", "42"]


def test_a_share_of_a_whole_named_in_short_is_of_the_figure_of_its_sentence_so_named_in_full():
    table = _assert_no_alarm(
        "一、2022年工作回顾\n热带水果提质增效，产量41.87万吨。冬季瓜菜产量42.3万吨，出岛量35.6万吨，占产量的84.2%。\n"
    )
    assert table.loc[table.check == "share", "indicators"].tolist() == [
        "占产量; 出岛量; 冬季瓜菜产量"
    ]


def test_a_rate_of_what_firms_process_is_no_share_of_the_firms():
    table = _checks(
        "边民互市贸易额52.36亿元，增长31.6%，互市商品落地加工企业达到86家，落地加工率达到38.5%。"
    )
    assert table.empty or "inconsistent" not in set(table.verdict)
    flagged = _checks("全县规上工业企业中，上云企业达到86家，上云企业比重达到38.5%。")
    assert list(flagged.verdict) == ["inconsistent"]


def test_the_three_kinds_of_urban_renewal_land_add_up_to_the_area_renewed():
    text = "全区完成“三旧”改造项目37个，改造面积2860亩，其中旧厂房1520亩、旧村居{}亩、旧城镇354亩。"
    wrong = _checks(text.format(968))
    assert list(wrong[wrong.check == "sum"].verdict) == ["inconsistent"]
    assert list(wrong[wrong.check == "sum"].gap) == ["16.00"]
    right = _checks(text.format(986))
    assert list(right[right.check == "sum"].verdict) == ["consistent"]


def test_a_bare_rate_in_brackets_after_the_part_of_the_year_compared_is_that_parts_growth():
    table = _checks(
        "2023年，全县完成固定资产投资12.84亿元，增长15.2%，增速比前三季度（12.1%）加快3.1个"
        "百分点。规上工业增加值下降5.2%，降幅比上半年（8.8%）收窄3.6个百分点。全年实现地区生产"
        "总值312.46亿元，同比增长9.6%，比前三季度（8.9%）提高0.7个百分点，增速比全省（9.2%）高"
        "0.4个百分点。"
    )
    changes = table[table.check == "rate_change"]
    assert list(changes.verdict) == ["consistent"] * 3, table
    assert list(table[table.check == "growth_gap"].verdict) == ["consistent"]
    wrong = _checks(
        "2023年，全县完成固定资产投资12.84亿元，增长15.2%，增速比前三季度（12.1%）加快2.1个百分点。"
    )
    assert list(wrong[wrong.check == "rate_change"].verdict) == ["inconsistent"]


def test_a_growth_right_after_a_change_over_a_printed_year_is_over_that_year():
    text = (
        "2022年，全县粮食总产量达到22.16亿斤，比上年增产0.52亿斤；较2020年增产1.78亿斤，增长{}%，"
        "两年平均增长4.3%，连续六年稳定在20亿斤以上。"
    )
    table = _checks(text.format("8.7"))
    assert "inconsistent" not in set(table.verdict), table
    assert list(table[table.check == "average_span"].verdict) == ["consistent"]
    wrong = _checks(text.format("9.7"))
    over = wrong[wrong.check == "change_amount"]
    assert "inconsistent" in set(over.verdict)
    assert "2020" in " ".join(over[over.verdict == "inconsistent"].explanation)


def test_a_later_goal_year_inside_an_item_ends_with_that_item():
    text = (
        "一、2024年工作回顾\n\n全镇原酒产量2.36万千升，同比增长7.8%。\n\n二、2025年工作安排\n\n"
        "力争规上白酒企业产值达到17.5亿元，到2027年突破20亿元、年均增长8%以上；原酒产量达到2.6万千升、"
        "增长{}%。\n"
    )
    right = _table_of(text.format("10.2"))
    grew = right[right.check == "growth"]
    assert list(grew.period) == ["2024", "2024→2025"]
    assert list(grew.verdict) == ["not_assessable", "consistent"]
    wrong = _table_of(text.format("15.2"))
    assert list(wrong[wrong.check == "growth"].verdict) == ["not_assessable", "inconsistent"]


def test_a_growth_gap_said_with_gao_chu_is_judged():
    text = (
        "全旗实现地区生产总值177.37亿元，比上年增长6.6%，增速比全盟平均水平（5.4%）高出{}个百分点。"
        "城镇居民人均可支配收入增长5.6%，农村居民人均可支配收入增长8.3%，农村居民收入增速比城镇居民"
        "高出{}个百分点。"
    )
    right = _checks(text.format("1.2", "2.7"))
    assert list(right[right.check == "growth_gap"].verdict) == ["consistent", "consistent"]
    wrong = _checks(text.format("2.2", "3.7"))
    assert list(wrong[wrong.check == "growth_gap"].verdict) == ["inconsistent", "inconsistent"]


def test_a_gap_right_after_a_growth_needs_no_growth_word():
    text = (
        "全年实现地区生产总值31.86亿元，同比增长6.8%，高于全区平均水平{}个百分点（全区增长6.1%）；"
        "全镇森林覆盖率达到45.2%，高于全区平均水平3.1个百分点。"
    )
    right = _checks_of("碧溪镇", text.format("0.7"))
    assert list(right[right.check == "growth_gap"].verdict) == ["consistent"]
    wrong = _checks_of("碧溪镇", text.format("1.7"))
    assert list(wrong[wrong.check == "growth_gap"].verdict) == ["inconsistent"]


def test_livestock_kinds_listed_past_semicolons_are_parts_of_the_head_count():
    text = (
        "2023年牧业年度全旗牲畜存栏214.70万头只，比上年下降1.6%，其中牛24.36万头，增长5.4%；"
        "羊{}万只，下降2.6%；马3.18万匹、骆驼0.74万峰。"
    )
    right = _checks(text.format("186.42"))
    summed = right[right.check == "disjoint_parts"]
    assert list(summed.verdict) == ["consistent"]
    assert summed.indicators.iloc[0].endswith("牛; 羊; 马; 骆驼")
    wrong = _checks(text.format("196.42"))
    assert list(wrong[wrong.check == "disjoint_parts"].verdict) == ["inconsistent"]


def test_a_level_compared_with_at_the_opening_of_a_sentence_is_of_the_subject_named_next():
    text = (
        "一、2023年工作回顾\n\n一般公共预算收入完成11.92亿元，同比增长9.8%。与2020年的8.73亿元相比，"
        "三年间一般公共预算收入年均增长{}%。\n"
    )
    right = _table_of(text.format("10.9"))
    assert list(right[right.check == "average_growth"].verdict) == ["consistent"]
    wrong = _table_of(text.format("12.9"))
    assert list(wrong[wrong.check == "average_growth"].verdict) == ["inconsistent"]


def test_the_total_of_village_collective_income_is_the_vocabulary_measure():
    text = (
        "一、2023年工作回顾\n\n全镇23个村（社区）村级集体经济收入总额1286.4万元，村均55.9万元，所有"
        "村集体经济收入超过25万元。\n\n二、2024年工作安排\n\n村级集体经济收入达到1450万元，增长{}%。\n"
    )
    right = _table_of(text.format("12.7"))
    grew = right[right.check == "growth"]
    assert list(grew.verdict) == ["consistent"] and list(grew.period) == ["2023→2024"]
    assert "same_quantity" not in set(right.check)  # 25万元 is each village's floor
    assert list(right[right.check == "per_unit"].verdict) == ["consistent"]
    wrong = _table_of(text.format("14.7"))
    assert list(wrong[wrong.check == "growth"].verdict) == ["inconsistent"]


def test_automobile_projects_by_what_they_make_exclude_each_other():
    table = _checks(
        "全年新开工汽车产业项目42个，总投资186.5亿元，其中整车项目5个、零部件项目34个、研发及配套"
        "服务项目6个。"
    )
    summed = table[table.check == "disjoint_parts"]
    assert list(summed.verdict) == ["inconsistent"] and list(summed.gap) == ["3"]


def test_firms_merged_into_fewer_groups_is_a_change_of_their_number():
    text = "市属国有企业由47户整合重组为12户集团公司，减少{}户，企业管理层级全部压缩到三级以内。"
    right = _checks(text.format("35"))
    changed = right[right.check == "count_change"]
    assert list(changed.verdict) == ["consistent"] and list(changed.period) == ["2021→2022"]
    wrong = _checks(text.format("33"))
    assert list(wrong[wrong.check == "count_change"].verdict) == ["inconsistent"]


def test_what_remains_after_what_is_done_of_a_part_is_that_parts_rest():
    right = [
        _checks("全县共有行政村168个，其中建档立卡贫困村77个，已累计退出71个，剩余六个。"),
        _checks("全区共有海洋渔船1,286艘，其中老旧木质渔船342艘，已完成更新改造296艘，剩余46艘。"),
    ]
    for table in right:
        assert list(table[table.check == "sum"].verdict) == ["consistent"], table
        assert "inconsistent" not in set(table.verdict)
    wrong = _checks(
        "全区共有海洋渔船1,286艘，其中老旧木质渔船342艘，已完成更新改造296艘，剩余56艘。"
    )
    assert list(wrong[wrong.check == "sum"].verdict) == ["inconsistent"]
    assert "老旧木质渔船" in wrong[wrong.check == "sum"].indicators.iloc[0]


def test_those_gone_from_a_count_that_fell_are_no_part_of_what_is_left():
    table = _checks(
        "全镇建档立卡贫困户由2017年底的449户减少到137户，全年脱贫退出312户1296人。累计实现"
        "31.6万名农村贫困人口脱贫、428个贫困村退出、6个贫困县摘帽。"
    )
    assert "part_of_whole" not in set(table.check), table


def test_a_target_of_an_output_meets_the_years_total_output_named_with_zong():
    text = (
        "一、2019年工作回顾\n\n全县红枣挂果面积31.6万亩，总产量28.44万吨，比上年的26.75万吨增长6.3%。"
        "\n\n二、2020年工作安排\n\n红枣产量达到{}万吨，增长5.5%。\n"
    )
    right = _table_of(text.format("30"))
    assert list(right[right.check == "growth"].verdict) == ["consistent", "consistent"]
    assert "挂果" not in " ".join(right.indicators)  # the crop's output, not the bearing area's
    wrong = _table_of(text.format("32"))
    assert list(wrong[wrong.check == "growth"].verdict) == ["consistent", "inconsistent"]


def test_shares_listed_after_a_printed_whole_pair_with_the_parts_in_order():
    for text in (
        "全县已投运标准机架1.92万架、在建标准机架0.94万架，分别占规划建设总规模2.86万架的{}%和{}%。",
        "金融业、商务服务业分别实现税收268.5亿元和153.7亿元，分别占全区税收收入826.3亿元的{}%和{}%。",
    ):
        right = _checks(text.format(*(("67.1", "32.9") if "机架" in text else ("32.5", "18.6"))))
        assert list(right[right.check == "share"].verdict) == ["consistent", "consistent"], right
        wrong = _checks(text.format(*(("67.1", "34.9") if "机架" in text else ("32.5", "16.6"))))
        assert list(wrong[wrong.check == "share"].verdict) == ["consistent", "inconsistent"]


def test_progress_towards_a_plan_named_with_the_measure_of_the_figure_before():
    text = "全年实施省市县重点项目14个，完成投资6.72亿元，完成年度计划投资6.00亿元的{}%。"
    right = _checks(text.format("112"))
    assert list(right[right.check == "share"].verdict) == ["consistent"]
    wrong = _checks(text.format("121"))
    assert list(wrong[wrong.check == "share"].verdict) == ["inconsistent"]


def test_a_completion_rate_after_a_plan_and_what_was_done():
    text = (
        "一、2021年工作回顾\n\n68个省市重点项目年度计划投资64.38亿元，实际完成72.36亿元，完成率{}%，"
        "招商引资到位资金保持较快增长。\n"
    )
    right = _table_of(text.format("112.4"))
    assert list(right[right.check == "share"].verdict) == ["consistent"]
    assert "省市重点项目投资" in right.indicators.iloc[0]  # what was done, not 实际
    wrong = _table_of(text.format("121.4"))
    assert list(wrong[wrong.check == "share"].verdict) == ["inconsistent"]


def test_a_rate_of_what_is_already_done_of_the_count_before():
    text = (
        "全县有劳动力的搬迁家庭3958户，搬迁劳动力9876人，已实现就业9512人，就业率{}%，"
        "户均就业2.4人。"
    )
    right = _checks(text.format("96.3"))
    assert list(right[right.check == "share"].verdict) == ["consistent"]
    wrong = _checks(text.format("93.6"))
    assert list(wrong[wrong.check == "share"].verdict) == ["inconsistent"]
    hazards = _checks("全年排查各类安全隐患3916处，已整改3861处，整改率98.6%。")
    assert list(hazards[hazards.check == "share"].verdict) == ["consistent"]


def test_firms_a_cluster_has_are_not_the_places_firms_restated():
    table = _checks(
        "全县规模以上工业企业达到187家。工程机械零部件产业集群实现产值136.8亿元，拥有规模以上企业63家。"
    )
    assert "inconsistent" not in set(table.verdict), table
    restated = _checks("全县规模以上工业企业达到187家。全县拥有规模以上企业178家。")
    assert list(restated[restated.check == "same_quantity"].verdict) == ["inconsistent"]


def test_firms_still_to_list_or_be_certified_are_no_part_nor_restatement_of_those_that_are():
    table = _checks(
        "上市企业累计达到9家，储备拟上市企业14家。全区高新技术企业9家，拟认定高新技术企业14家。"
        "全市规模以上工业企业达到1248家，规模以上食品工业企业214家。"
    )
    assert "inconsistent" not in set(table.verdict), table


def test_energy_industries_by_what_they_do_exclude_each_other():
    text = (
        "能源化工产业实现产值186.7亿元，其中煤炭开采洗选112.4亿元、煤化工{}亿元、电力热力22.7亿元。"
    )
    wrong = _checks(text.format("56.1"))
    assert list(wrong[wrong.check == "disjoint_parts"].verdict) == ["inconsistent"]
    right = _checks(text.format("51.6"))
    assert "inconsistent" not in set(right.verdict)


def test_the_years_level_after_growths_of_parts_of_it_restates_their_subject():
    text = (
        "社会消费品零售总额一季度下降23.6%，上半年下降14.2%，前三季度下降8.7%；全年完成432.6亿元，"
        "比上年下降5.3%，降幅比前三季度收窄{}个百分点。"
    )
    right = _checks(text.format("3.4"))
    changes = right[right.check == "rate_change"]
    assert list(changes.verdict) == ["consistent"] and list(changes.period) == ["2022"]
    assert list(right[right.check == "growth"].indicators) == ["社会消费品零售总额"]
    wrong = _checks(text.format("4.3"))
    assert list(wrong[wrong.check == "rate_change"].verdict) == ["inconsistent"]
