"""Wordings found by extraction audits on new reports: verbs glued to 至, vague words inside a
scaled unit, 争取 in a review, 压减 as a decline, units of livestock."""

from __future__ import annotations

from indicators import claims_table, parse_text
from indicators.checking import check_claims

REVIEW = "一、2017年工作回顾"
PLAN = "二、2018年工作安排"


def _rows(body: str, heading: str = REVIEW) -> list[tuple[str, ...]]:
    table = claims_table(parse_text(f"{heading}\n\n{body}\n"))
    cols = ["name", "period", "kind", "value", "unit", "growth_pct", "qualifier", "link"]
    return [tuple(r) for r in table[cols].itertuples(index=False)]


def test_a_one_character_verb_before_zhi_makes_the_new_level_of_a_change():
    rows = _rows("规上工业产值由上年的42.96亿元增至48.63亿元，增长13.2%；低保户由186户降至152户。")
    assert rows == [
        ("规上工业产值", "2016", "actual", "42.96", "亿元", "", "", ""),
        ("规上工业产值", "2017", "actual", "48.63", "亿元", "13.2", "", "changed_from"),
        ("低保户", "2016", "actual", "186", "户", "", "", ""),
        ("低保户", "2017", "actual", "152", "户", "", "", "changed_from"),
    ]


def test_new_ones_are_no_change_and_a_vague_word_inside_a_scaled_unit_is_a_qualifier():
    rows = _rows("吸引游客5万余人次，带动就业1.2万多人，新增就业2000余人，新增企业12家。")
    assert [(r[0], r[3], r[4], r[6]) for r in rows] == [
        ("吸引游客", "5", "万人次", "余"),
        ("带动就业", "1.2", "万人", "多"),
        ("新增就业", "2000", "人", "余"),
        ("新增企业", "12", "家", ""),
    ]


def test_horses_are_counted_in_pi():
    rows = _rows("马0.28万匹，比上年末的0.30万匹减少0.02万匹。")
    assert [(r[0], r[1], r[3], r[4]) for r in rows[:2]] == [
        ("马", "2017", "0.28", "万匹"),
        ("马", "2016", "0.30", "万匹"),
    ]


def test_zhengqu_in_a_review_is_what_was_obtained_and_in_a_plan_a_target():
    body = (
        "全年共争取实施各类项目38项，争取上级资金1.2亿元；扫黑除恶专项斗争取得阶段性成效，"
        "信访总量下降12.3%。"
    )
    rows = _rows(body)
    assert [(r[0], r[2], r[3] or r[5]) for r in rows] == [
        ("各类项目", "actual", "38"),
        ("上级资金", "actual", "1.2"),
        ("信访总量", "actual", "-12.3"),
    ]
    assert rows[2][6] == ""  # 斗争取得 holds no 争取
    planned = _rows("争取上级资金1.5亿元，实施各类项目40项。", heading=PLAN)
    assert [(r[0], r[2]) for r in planned] == [("上级资金", "target"), ("各类项目", "target")]


def test_yajian_is_a_decline_and_no_part_of_the_name():
    rows = _rows("一般性支出再压减5%以上，工程建设项目审批时间压减至45个工作日以内。", heading=PLAN)
    assert rows == [
        ("一般性支出", "2018", "target", "", "", "-5", "以上", ""),
        ("工程建设项目审批时间", "2018", "target", "45", "个工作日", "", "以内", ""),
    ]


def test_an_item_that_opens_with_its_own_subject_restates_no_figure_before_it():
    rows = _rows(
        "分行业看，科技服务业4.92亿元，增长13.9%；商务服务业受部分企业迁出影响，实现3.65亿元，"
        "下降2.1%；文化服务业实现2.18亿元。"
    )
    assert [(r[0], r[3], r[5]) for r in rows] == [
        ("科技服务业", "4.92", "13.9"),
        ("商务服务业", "3.65", "-2.1"),  # not 科技服务业's figure restated
        ("文化服务业", "2.18", ""),
    ]
    # an item that opens with a time only still restates the subject before it
    rows = _rows("上半年完成工业总产值152.3亿元，同比增长7.6%；全年实现312.6亿元，增长8.2%。")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("工业总产值", "2017-01..2017-06", "152.3"),
        ("工业总产值", "2017", "312.6"),
    ]


def test_exports_of_one_kind_are_parts_not_all_exports():
    rows = _rows(
        "全镇自营出口3862万美元，其中茶叶出口1276万美元，占全镇出口总额的33.0%；藤铁工艺品出口"
        "2148万美元；对欧盟出口860万美元。"
    )
    text = f"{REVIEW}\n\n全镇自营出口3862万美元，其中茶叶出口1276万美元。\n"
    table = claims_table(parse_text(text))
    assert list(table.indicator) == ["出口总额", ""]
    assert list(table.parent) == ["", "出口总额"]
    names = [r[0] for r in rows if r[4] == "万美元"]
    assert names == ["出口", "茶叶出口", "藤铁工艺品出口", "出口"]


def test_energy_per_tonne_mushroom_logs_and_growths_in_tenths():
    rows = _rows(
        "焦化行业吨焦综合能耗由118千克标准煤降至112千克标准煤。全年发展食用菌3260万棒。项目审批时限"
        "平均压缩四成以上，餐饮营业收入增长三成，煤炭就地转化率提高到四成以上。"
    )
    assert [(r[3], r[4], r[5], r[6]) for r in rows] == [
        ("118", "千克标准煤", "", ""),
        ("112", "千克标准煤", "", ""),
        ("3260", "万棒", "", ""),
        ("", "", "-40", "成 以上"),  # four tenths, 35% to 45% and more
        ("", "", "30", "成"),
        ("4", "成", "", "以上"),  # a level of four tenths, 40%
    ]


def test_a_bound_of_a_class_of_projects_or_firms_counted_nowhere_is_no_quantity():
    rows = _rows(
        "谋划储备10亿元以上项目，重点招引50亿元以上重大产业项目，培育产值10亿元以上企业。力争引进"
        "亿元以上项目3个，其中10亿元以上项目实现零的突破。",
        heading=PLAN,
    )
    assert [(r[3], r[4]) for r in rows] == [("3", "个")]
    rows = _rows("地区生产总值增长8%以上的目标如期实现。", heading=PLAN)
    assert [(r[0], r[5], r[6]) for r in rows] == [("地区生产总值", "8", "以上")]  # a rate


def test_last_years_end_of_a_change_in_the_plan_is_an_actual():
    rows = _rows("重点楼宇空置率由上年的12.6%降至10%以下。", heading=PLAN)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("2017", "actual", "12.6"),
        ("2018", "target", "10"),
    ]


def test_a_level_recovered_to_a_share_of_an_earlier_one_is_a_growth_over_it():
    rows = _rows(
        "受疫情影响，一季度全镇接待游客12.3万人次，恢复到上年同期的85.6%；生猪出栏4.26万头，恢复到"
        "2015年的90.4%。"
    )
    assert [(r[0], r[3], r[5]) for r in rows] == [
        ("接待游客", "12.3", "-14.4"),
        ("生猪出栏", "4.26", "-9.6"),
    ]


def test_scaled_vague_amounts_new_ones_to_a_level_and_names_before_brackets():
    rows = _rows(
        "完成投资1.2亿多元，农户累计新增至3200户，工业用电量激增至12.5亿千瓦时。牲畜出栏率（当年出栏数占"
        "年初存栏数的比重）达到35.8%。"
    )
    assert [(r[0], r[3], r[4], r[6]) for r in rows] == [
        ("投资", "1.2", "亿元", "多"),
        ("农户", "3200", "户", ""),
        ("工业用电量", "12.5", "亿千瓦时", ""),
        ("牲畜出栏率", "35.8", "%", ""),
    ]


def test_a_level_grown_from_an_earlier_one_with_no_dao():
    rows = _rows(
        "新能源装机合计340万千瓦，由上年末的244万千瓦增长39.3%。规上工业企业由上年的132家增加到146家，"
        "增长10.6%。"
    )
    assert [(r[1], r[3], r[5]) for r in rows] == [
        ("2017", "340", "39.3"),
        ("2016", "244", ""),
        ("2016", "132", ""),
        ("2017", "146", "10.6"),
    ]


def test_expectations_are_no_target():
    rows = _rows(
        "面对需求收缩、供给冲击、预期转弱三重压力，全县地区生产总值由上年的176.52亿元增加到186.74亿元，"
        "增长5.8%。"
    )
    assert {r[2] for r in rows} == {"actual"}


def test_last_year_after_a_span_of_years_is_the_year_before():
    rows = _rows("三年来（2015—2017年）累计脱贫1124户；贫困发生率由上年的2.99%下降到0.83%。")
    assert [(r[1], r[3]) for r in rows if r[4] == "%"] == [("2016", "2.99"), ("2017", "0.83")]


def test_units_of_tobacco_and_places_and_the_vocabulary_of_older_names():
    rows = _rows(
        "消除各类安全隐患1.6万处。收购烟叶3.38万担。研发投入强度由3.42%提高到4.15%。完成地方公共财政"
        "预算收入1268万元，增长5.6%。地区生产总值增长5.2%，增速分别比一季度、上半年、前三季度加快0.6个、"
        "0.3个和0.1个百分点。"
    )
    table = claims_table(parse_text(f"{REVIEW}\n\n收购烟叶3.38万担。研发投入强度3.42%。\n"))
    assert list(table.indicator) == ["", "研发经费投入强度"]
    assert [(r[3], r[4]) for r in rows[:2]] == [("1.6", "万处"), ("3.38", "万担")]
    assert [r[4] for r in rows[-3:]] == ["个百分点"] * 3  # 0.6个、0.3个和0.1个百分点
    assert [r[1] for r in rows if r[0] == "地方公共财政预算收入"] == ["2017"]


def test_a_rate_of_its_own_and_a_multiple_of_a_plans_years():
    rows = _rows(
        "人口自然增长率控制在6.5‰以内。五年累计实际使用外资68.5亿美元，是“十二五”时期的1.3倍。"
        "2013年至2017年分别为12.4亿美元、13.2亿美元、13.8亿美元、14.1亿美元和15.0亿美元，是“十二五”时期"
        "的1.5倍。"
    )
    assert rows[0][:7] == ("人口自然增长率", "2017", "actual", "6.5", "‰", "", "控制在 以内")
    spans = [(r[3], r[5]) for r in rows if r[3] in ("68.5", "15.0", "1.5")]
    # over a total of five years: a growth; after the last of a list of years: as printed
    assert spans == [("68.5", "30"), ("15.0", ""), ("1.5", "")]


def test_the_end_of_the_year_a_change_reaches():
    rows = _rows(
        "全市市场主体由上年末的62385户增加到年末的76,904户，净增14519户。继2015年、2016年分别增长11.8%"
        "和1.3%之后，全年增长5.4%。继续安排民生实事10件。"
    )
    assert [(r[0], r[1], r[3]) for r in rows[:3]] == [
        ("市场主体", "2016", "62385"),
        ("市场主体", "2017", "76904"),
        ("市场主体", "2017", "14519"),
    ]
    assert rows[-1][0] == "继续安排民生实事"  # 继续 is kept: 继续教育, 继电保护 are names


def test_a_level_compared_at_a_plans_end_is_of_its_last_year():
    rows = _rows(
        "棉花种植面积比上年的72.36万亩调减3.94万亩，下降5.4%，比“十二五”末的86.50万亩累计调减18.08万亩。"
    )
    assert [(r[1], r[3], r[5]) for r in rows if r[3] in ("72.36", "86.50")] == [
        ("2016", "72.36", ""),
        ("2015", "86.50", ""),  # no growth of its own, of the end of 2015
    ]


def test_a_level_compared_with_a_printed_year_before_the_level_now_takes_no_growth():
    rows = _rows("工业总产值较2016年的50.2亿元增长10.2%，达到55.32亿元；农业总产值8.99亿元。")
    assert rows[:2] == [
        ("工业总产值", "2016", "actual", "50.2", "亿元", "", "", ""),
        ("工业总产值", "2017", "actual", "55.32", "亿元", "10.2", "", ""),
    ]
    later = _rows("工业总产值较2017年的50.2亿元增长10.2%。")  # no year before the clause's own
    assert later[0][1] == "2017" and later[0][5] == "10.2"


def test_grain_in_jin_seedlings_in_zhu_and_counts_that_developed_to_a_level():
    rows = _rows(
        "粮食总产量达到25.62亿斤，比上年增产0.60亿斤，增长2.4%。蔬菜种苗年繁育能力达到1.5亿株。"
        "规模以上工业企业发展到28家，比上年增加三家。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("粮食总产量", "25.62", "亿斤"),
        ("粮食总产量", "0.60", "亿斤"),
        ("蔬菜种苗年繁育能力", "1.5", "亿株"),
        ("规模以上工业企业", "28", "家"),
        ("规模以上工业企业", "3", "家"),
    ]


def test_a_capacity_cut_from_one_year_to_a_level_is_a_change_between_them():
    rows = _rows("炼钢产能由2015年末的2350万吨压减到1864万吨，下降20.7%。")
    assert rows == [
        ("炼钢产能", "2015", "actual", "2350", "万吨", "", "", ""),
        ("炼钢产能", "2017", "actual", "1864", "万吨", "-20.7", "", "changed_from"),
    ]


def test_a_bound_before_de_and_a_noun_bounds_a_class_and_is_no_figure():
    rows = _rows(
        "主营业务收入过亿元的企业达到21家，其中过10亿元企业三家。村集体经济收入过10万元的村"
        "由上年的15个增加到24个。实现20户以上自然屯通硬化路全覆盖。对存栏300头以上的标准化牧场"
        "给予补贴。在为企业减负超过3.2亿元的情况下，财政收入保持平稳增长。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("主营业务收入过亿元的企业", "21", "家"),
        ("过10亿元企业", "3", "家"),
        ("村集体经济收入过10万元的村", "15", "个"),
        ("村集体经济收入过10万元的村", "24", "个"),
        ("在为企业减负", "3.2", "亿元"),
    ]
    goal = _rows("力争实现工业总产值超过100亿元的目标。", heading=PLAN)
    assert [(r[3], r[4]) for r in goal] == [("100", "亿元")]


def test_growths_listed_by_year_after_a_change_over_the_years_are_each_of_their_year():
    rows = _rows(
        "全市地区生产总值由2014年的1444.90亿元增加到1862.45亿元，增加417.55亿元，2015年、2016年"
        "和2017年分别增长9.0%、8.8%和8.7%，前三年年均增长8.8%。"
    )
    assert [(r[1], r[3], r[5]) for r in rows] == [
        ("2014", "1444.90", ""),
        ("2017", "1862.45", "8.8"),
        ("2017", "417.55", ""),
        ("2015", "", "9.0"),
        ("2016", "", "8.8"),
        ("2017", "", "8.7"),
    ]
    assert all(r[0] == "地区生产总值" for r in rows)


def test_er_before_a_round_is_an_ordinal_and_the_yue_of_qianyue_no_qualifier():
    rows = _rows(
        "两幅地块二轮征询签约1281户，签约率99.6%。开展两轮走访，石门、龙洞二个贫困村出列。"
    )
    assert [(r[0], r[3], r[4], r[6]) for r in rows] == [
        ("两幅地块二轮征询签约", "1281", "户", ""),
        ("签约率", "99.6", "%", ""),
        ("走访", "2", "轮", ""),
        ("贫困村出列", "2", "个", ""),
    ]


def test_paragraphs_after_a_five_year_opening_go_on_with_its_years_until_one_year_is_named():
    report = parse_text(
        "一、2020年和“十三五”时期工作回顾\n“十三五”时期是全县发展史上极不平凡的五年。五年来，"
        "我们经受住了多重考验，全县经济社会发展取得了新的历史性成就，人民群众的获得感、幸福感、"
        "安全感显著增强。\n城乡居民收入比由1.79缩小到1.64；累计新增城镇就业7.62万人。\n"
        "回顾2020年，我们重点做了以下工作。\n城乡居民收入比由1.66缩小到1.64。\n"
    )
    assert len(report.paragraphs) == 5
    table = claims_table(report)
    cols = ["name", "period", "value"]
    assert [tuple(r) for r in table[cols].itertuples(index=False)] == [
        ("城乡居民收入比", "2015", "1.79"),
        ("城乡居民收入比", "2020", "1.64"),
        ("新增城镇就业", "2016..2020", "7.62"),
        ("城乡居民收入比", "2019", "1.66"),
        ("城乡居民收入比", "2020", "1.64"),
    ]


def test_a_figure_of_the_last_plan_is_the_base_of_the_multiple_of_the_total_of_this_one():
    report = parse_text(
        "一、2015年和“十二五”时期工作回顾\n\n五年累计完成固定资产投资1376.2亿元，年均完成275.2亿元，"
        "是“十一五”时期572.4亿元的2.4倍。\n"
    )
    table = claims_table(report)
    cols = ["value", "period", "growth_pct", "growth_basis"]
    assert [tuple(r) for r in table[cols].itertuples(index=False)] == [
        ("1376.2", "2011..2015", "140", "比十一五时期"),
        ("275.2", "2011..2015", "", ""),
        ("572.4", "2006..2010", "", ""),
    ]
    checks = check_claims(table, report).table
    assert list(checks[checks.check == "growth"].verdict) == ["consistent"]


def test_the_ends_of_a_range_joined_by_zhi_share_the_subject_before_or_the_noun_after():
    rows = _rows("新建茶叶初制加工厂3至5家，新培育3到5家企业。", heading=PLAN)
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("新建茶叶初制加工厂", "3", "家"),
        ("新建茶叶初制加工厂", "5", "家"),
        ("企业", "3", "家"),
        ("企业", "5", "家"),
    ]


def test_a_range_of_chinese_numerals_gives_both_ends():
    rows = _rows("引进外资项目三至五个，新增规上工业企业二至三家。", heading=PLAN)
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("引进外资项目", "3", "个"),
        ("引进外资项目", "5", "个"),
        ("规上工业企业", "2", "家"),
        ("规上工业企业", "3", "家"),
    ]


def test_ranges_that_bound_a_class_of_things_counted_after_them_are_no_figures():
    rows = _rows(
        "全年新签约项目58个，其中，50亿元以上项目2个、10亿—50亿元项目11个、1亿—10亿元项目31个、"
        "亿元以下项目14个。"
    )
    assert [(r[3], r[4]) for r in rows] == [
        ("58", "个"), ("2", "个"), ("11", "个"), ("31", "个"), ("14", "个"),
    ]  # fmt: skip


def test_a_multiple_over_the_last_plan_after_a_list_of_years_is_of_their_total():
    report = parse_text(
        "一、2019年工作回顾\n\n四年累计完成固定资产投资186.5亿元，分别为38.2亿元、44.6亿元、49.8亿元和"
        "53.9亿元，是“十二五”时期（116.4亿元）的1.6倍。\n"
    )
    table = claims_table(report)
    assert table[table.value == "186.5"].growth_basis.tolist() == ["比十二五时期"]
    checks = check_claims(table, report).table
    assert list(checks[checks.check == "growth"].verdict) == ["consistent"]
    restated = _rows("在2016年甘蔗总产量18.64万吨的基础上，力争增长5%。", heading=PLAN)
    assert restated[0][0] == "甘蔗总产量"


def test_an_area_cut_from_last_year_to_a_level_is_a_change_between_the_two_years():
    rows = _rows("玉米播种面积由上年的95.1万亩调减到86.5万亩，调减8.6万亩。")
    assert [(r[1], r[3], r[7]) for r in rows] == [
        ("2016", "95.1", ""),
        ("2017", "86.5", "changed_from"),
        ("2017", "-8.6", "change_of"),
    ]


def test_a_bound_before_a_goal_or_a_record_is_a_figure():
    rows = _rows(
        "全县固定资产投资完成52.3亿元，超过50亿元的年度目标。全县粮食产量达到30万吨以上的历史新高。"
    )
    assert [(r[3], r[4]) for r in rows] == [("52.3", "亿元"), ("50", "亿元"), ("30", "万吨")]


def test_a_verb_of_no_direction_before_wei_makes_the_new_level_and_the_change_is_checked():
    text = "机构改革稳步推进，内设机构由15个精简为9个，减少6个；行政村由28个合并为19个，减少8个。"
    rows = _rows(text)
    assert [(r[0], r[1], r[3], r[7]) for r in rows] == [
        ("内设机构", "2016", "15", ""),
        ("内设机构", "2017", "9", "changed_from"),
        ("内设机构", "2017", "-6", "change_of"),
        ("行政村", "2016", "28", ""),
        ("行政村", "2017", "19", "changed_from"),
        ("行政村", "2017", "-8", "change_of"),
    ]
    report = parse_text(f"{REVIEW}\n\n{text}\n")
    checks = check_claims(claims_table(report), report).table
    changes = checks[checks.check == "count_change"]
    assert dict(zip(changes.indicators, changes.verdict, strict=True)) == {
        "内设机构": "consistent",
        "行政村": "inconsistent",
    }


def test_new_ones_after_the_level_compared_with_are_the_change_of_the_level_before():
    rows = _rows(
        "全市纺织服装企业达到126家，比上年的108家新增18家，增长16.7%，"
        "其中规模以上纺织服装企业23家。"
    )
    assert [(r[0], r[1], r[3], r[5], r[7]) for r in rows] == [
        ("纺织服装企业", "2017", "126", "16.7", "changed_from"),
        ("纺织服装企业", "2016", "108", "", ""),
        ("纺织服装企业", "2017", "18", "", "change_of"),
        ("规模以上纺织服装企业", "2017", "23", "", ""),
    ]


def test_a_list_of_changes_after_levels_with_their_growths_pairs_them_in_order():
    text = (
        "全市城镇居民人均可支配收入41268元，比上年增长5.6%；农村居民人均可支配收入23856元，"
        "比上年增长8.1%；分别比上年增加2188元和1788元。"
    )
    rows = _rows(text)
    assert [(r[0], r[3], r[7]) for r in rows[2:]] == [
        ("城镇居民人均可支配收入", "2188", "change_of"),
        ("农村居民人均可支配收入", "1788", "change_of"),
    ]
    report = parse_text(f"{REVIEW}\n\n{text}\n")
    checks = check_claims(claims_table(report), report).table
    assert list(checks[checks.check == "change_amount"].verdict) == ["consistent"] * 2


def test_figures_in_brackets_after_a_figure_are_its_parts_and_a_share_after_them_is_its():
    text = (
        "一般公共预算收入121.37亿元，增长5.2%，其中税收收入98.46亿元（增值税42.36亿元、"
        "企业所得税18.72亿元、个人所得税7.65亿元），占一般公共预算收入的81.1%。"
        "城镇新增就业2.36万人（完成年度目标2.2万人的107.3%）。"
    )
    rows = _rows(text)
    parents = {
        r[0]: p
        for r, p in zip(rows, claims_table(parse_text(f"{REVIEW}\n\n{text}\n")).parent, strict=True)
    }
    assert [parents[n] for n in ("增值税", "企业所得税", "个人所得税")] == ["税收收入"] * 3
    assert parents["年度目标"] == ""  # the goal compared with, no part
    report = parse_text(f"{REVIEW}\n\n{text}\n")
    checks = check_claims(claims_table(report), report).table
    share = checks[checks.check == "share"]
    assert list(share.verdict) == ["consistent"]
    assert "税收收入" in share.indicators.iloc[0]


def test_a_target_named_in_a_review_makes_no_target_of_the_figures_after_its_clause():
    rows = _rows(
        "全县地区生产总值完成186.42亿元，比上年增长8.9%，略低于年初确定的9%的预期目标，差0.1个"
        "百分点；一般公共预算收入7.86亿元，增长6.2%。地区生产总值年均增长6.2%，高于规划纲要确定的"
        "年均增长6%左右的预期目标，2015年至2017年分别为160.2、171.8和186.42亿元。"
        "全年计划投资60亿元，实际完成投资68.5亿元。"
    )
    assert [(r[3], r[2]) for r in rows if r[2] == "target"] == [("60", "target")]
    assert ("7.86", "actual") in [(r[3], r[2]) for r in rows]


def test_points_a_part_adds_to_a_growth_are_a_level_and_no_change_of_a_rate():
    text = (
        "全县地区生产总值增长8.9%，第一、二、三产业对经济增长的贡献率分别为14.5%、29.8%和55.7%，"
        "分别拉动经济增长1.3、2.7和5.0个百分点。工业拉动全县经济增长3.9个百分点，带动农户增收200万元。"
    )
    rows = _rows(text)
    table = claims_table(parse_text(f"{REVIEW}\n\n{text}\n"))
    assert list(table[table.unit == "个百分点"].measure) == ["level"] * 4
    assert list(table[table.value == "200"].measure) == ["change"]  # 增收: more income
    report = parse_text(f"{REVIEW}\n\n{text}\n")
    assert "points_change" not in set(check_claims(table, report).table.check)
    assert len(rows) == 9


def test_an_item_of_a_breakdown_by_kind_is_scoped_by_its_kind_and_new_ones_are_no_stock():
    text = (
        "全年辖区实现税收31.2亿元，同比增长8.6%。分行业看，金融业实现税收11.84亿元，增长13.7%；"
        "房地产业实现税收6.35亿元，下降4.2%。分季度看，四个季度税收分别增长7.2%、8.1%、9.0%和9.6%。"
        "全年新设市场主体1286户，同比增长12.4%；实有市场主体10532户，增长7.0%。"
    )
    table = claims_table(parse_text(f"{REVIEW}\n\n{text}\n"))
    tax = table[table.indicator == "税收收入"]
    assert tax.scope.tolist()[:3] == ["", "金融业", "房地产业"]
    assert set(tax.scope.tolist()[3:]) == {""}  # quarters are no kinds
    assert table[table.value == "1286"].measure.tolist() == ["new"]
    report = parse_text(f"{REVIEW}\n\n{text}\n")
    checks = check_claims(table, report).table
    assert "same_quantity" not in set(checks.check)


def test_a_list_over_the_first_years_of_a_plan_gives_each_figure_its_year():
    rows = _rows(
        "2010年口岸过货量856.2万吨。“十二五”前三年，口岸过货量分别为980.6万吨、1126.8万吨和"
        "1286.4万吨。"
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [  # the plan's first years, not the last ones
        ("口岸过货量", "2010", "856.2"),
        ("口岸过货量", "2011", "980.6"),
        ("口岸过货量", "2012", "1126.8"),
        ("口岸过货量", "2013", "1286.4"),
    ]


def test_one_market_s_growth_is_not_judged_against_the_whole_trade_of_last_year():
    text = (
        "全区外贸进出口总额642.8亿元，比上年的609.9亿元增长5.4%。分市场看，对东盟进出口138.4亿元，"
        "增长12.6%；对欧盟进出口121.7亿元，下降3.2%。"
    )
    report = parse_text(f"{REVIEW}\n\n{text}\n")
    checks = check_claims(claims_table(report), report).table
    assert "inconsistent" not in set(checks.verdict)
    assert list(checks[checks.check == "growth"].verdict) == ["consistent"] + ["not_assessable"] * 2


def test_a_year_that_sets_the_scene_dates_only_its_own_clause():
    rows = _rows(
        "在2016年遭受严重干旱、粮食总产量降至48.8万吨的情况下，我们大力推广抗旱播种，"
        "粮食总产量达到52.6万吨，比上年增加3.8万吨，增长7.8%。"
    )
    assert [(r[1], r[3]) for r in rows] == [("2016", "48.8"), ("2017", "52.6"), ("2017", "3.8")]


def test_a_clause_going_on_with_a_cumulative_one_covers_the_same_years():
    rows = _rows(
        "五年来，基础设施明显改善。累计接待游客342.6万人次，实现旅游综合收入15.8亿元。"
        "推广高效节水灌溉面积累计达到118万亩，新增农机合作社8家。"
    )
    assert [(r[3], r[1]) for r in rows] == [
        ("342.6", "2013..2017"),
        ("15.8", "2013..2017"),
        ("118", "2013..2017"),
        ("8", "2017"),  # new ones of the year, not of the five years
    ]


def test_an_adverb_before_a_growth_is_no_name_and_the_growth_is_the_figure_s_before():
    rows = _rows(
        "外贸进出口总额186.3亿元，增长3.2%，其中出口118.2亿元，逆势增长1.6%。工业投资大幅增长12.3%。"
    )
    assert [(r[0], r[3], r[5]) for r in rows] == [
        ("外贸进出口总额", "186.3", "3.2"),
        ("出口", "118.2", "1.6"),
        ("工业投资", "", "12.3"),
    ]


def test_a_count_of_firms_that_act_is_no_level_of_the_firms():
    table = claims_table(
        parse_text(
            f"{PLAN}\n\n推动200家以上规上工业企业数字化转型，推动5家企业上市。规上工业企业达到350家。\n"
        )
    )
    assert table[table.indicator == "规模以上工业企业"].value.tolist() == ["350"]


def test_the_year_of_a_level_passed_dates_that_level_only():
    rows = _rows(
        "一般公共预算收入6.28亿元，比上年增长8.3%，收入规模超过2014年5.96亿元的水平。"
        "全年到位上级转移支付资金21.8亿元。"
    )
    assert [(r[3], r[1]) for r in rows] == [("6.28", "2017"), ("5.96", "2014"), ("21.8", "2017")]


def test_gong_of_a_word_is_kept_in_the_name():
    rows = _rows(
        "全年新建共富工坊9个，共富工坊由上年的18个增加到27个；共享泊位340个，共建产业园区2个。"
    )
    assert [r[0] for r in rows] == [
        "新建共富工坊",
        "共富工坊",
        "共富工坊",
        "共享泊位",
        "共建产业园区",
    ]


def test_the_time_of_the_earlier_level_is_no_part_of_a_name():
    rows = _rows(
        "贫困发生率由上年底的5.12%下降到1.58%，下降3.54个百分点。低保户由上年末的1200户减少到1100户。"
    )
    assert [r[0] for r in rows] == ["贫困发生率"] * 3 + ["低保户"] * 2


def test_a_cause_before_a_growth_is_no_name_and_the_growth_is_the_figure_s():
    rows = _rows(
        "金属制品业实现产值142.56亿元，受外需放缓影响下降2.3%。粮食产量7380吨，受夏季干旱影响下降1.9%。"
    )
    assert [(r[0], r[3], r[5]) for r in rows] == [
        ("金属制品业实现产值", "142.56", "-2.3"),
        ("粮食产量", "7380", "-1.9"),
    ]


def test_a_milestone_adverb_is_no_part_of_the_name_before_it():
    rows = _rows(
        "茶产业综合产值首次突破百亿元，达到102.36亿元，增长8.0%，其中茶叶产值38.62亿元、水果产值"
        "62.18亿元；跨境电商进出口额历史性地突破10亿元。"
    )
    assert [r[0] for r in rows] == ["茶产业综合产值"] * 2 + [
        "茶叶产值",
        "水果产值",
        "跨境电商进出口额",
    ]


def test_items_of_a_list_referred_to_by_their_place_are_no_count():
    rows = _rows(
        "按时响应率、问题解决率和群众满意率分别达到100%、94.4%和95.7%，后两项分别比上年提高1.8个和"
        "1.9个百分点；完成改造项目12项，前三项均超过预期。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("按时响应率", "100", "%"),
        ("问题解决率", "94.4", "%"),
        ("群众满意率", "95.7", "%"),
        ("问题解决率", "1.8", "个百分点"),  # the last two of the list before
        ("群众满意率", "1.9", "个百分点"),
        ("改造项目", "12", "项"),
    ]


def test_camels_are_counted_in_feng_and_the_two_subsidies_are_no_count():
    rows = _rows(
        "牲畜存栏186.4万头只，其中骆驼2.8万峰。残疾人两项补贴发放率100%，惠及残疾人3260人。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("牲畜存栏", "186.4", "万头只"),
        ("骆驼", "2.8", "万峰"),
        ("残疾人两项补贴发放率", "100", "%"),
        ("惠及残疾人", "3260", "人"),
    ]


def test_ages_that_bound_a_group_are_no_count_and_meals_and_deeds_are_units():
    rows = _rows(
        "全街道60岁及以上户籍老年人口3.62万人，其中80岁及以上高龄老人0.86万人。日均供餐2350客，比上年"
        "增长17.5%。旧区改造征收1318证。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("60岁及以上户籍老年人口", "3.62", "万人"),
        ("80岁及以上高龄老人", "0.86", "万人"),
        ("日均供餐", "2350", "客"),
        ("旧区改造征收", "1318", "证"),
    ]


def test_the_latter_two_items_written_with_er_are_no_count_either():
    rows = _rows(
        "全县第一产业、第二产业、第三产业增加值分别为30.12亿元、120.33亿元、136.00亿元，后二项分别增长"
        "6.2%、7.1%。"
    )
    assert [(r[0], r[3], r[5]) for r in rows][3:] == [
        ("第二产业增加值", "", "6.2"),
        ("第三产业增加值", "", "7.1"),
    ]


def test_a_season_over_two_years_written_with_a_slash_dates_the_plan_s_figures_to_both():
    rows = _rows(
        "预计2019/2020榨季进厂原料蔗190万吨，增长2%左右，力争甘蔗机收率提高到10%。",
        heading="二、2020年工作安排",
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("榨季进厂原料蔗", "2019..2020", "target"),
        ("甘蔗机收率", "2019..2020", "target"),
    ]


def test_quarters_listed_by_their_ordinals_alone_date_the_figures_of_the_list():
    report = parse_text(
        "一、2023年工作回顾\n\n分季度看，一、二、三、四季度分别实现社会消费品零售总额168.94亿元、"
        "166.27亿元、176.58亿元、190.59亿元，同比分别增长6.7%、11.0%、10.1%、10.4%。\n"
    )
    table = claims_table(report)
    assert table.period.tolist() == [
        "2023-01..2023-03",
        "2023-04..2023-06",
        "2023-07..2023-09",
        "2023-10..2023-12",
    ]


def test_sectors_and_quarters_listed_by_ordinals_after_one_head():
    report = parse_text(
        "一、2023年工作回顾\n\n全县一、二、三产业增加值分别为12.5亿元、45.6亿元和38.2亿元。"
        "全县第一、二季度分别完成投资12亿元和15亿元。\n"
    )
    table = claims_table(report)
    assert table.indicator.tolist()[:3] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert table.period.tolist()[3:] == ["2023-01..2023-03", "2023-04..2023-06"]


def test_a_list_of_periods_after_a_semicolon_dates_the_growths_of_its_subject():
    report = parse_text(
        "一、2023年工作回顾\n\n社会消费品零售总额增长9.5%；上半年、前三季度累计增速分别为8.8%和9.2%。\n"
    )
    table = claims_table(report)
    assert table.period.tolist() == ["2023", "2023-01..2023-06", "2023-01..2023-09"]
    assert table.growth_pct.tolist() == ["9.5", "8.8", "9.2"]


def test_the_years_of_a_plan_in_brackets_date_no_figure_after_them():
    report = parse_text(
        "一、2018年工作回顾\n\n全面启动产业强市三年行动计划（2018—2020年），实行市领导挂钩服务重大项目"
        "制度。全年实施亿元以上工业项目146个；完成工业投资318.42亿元，增长11.2%。\n"
    )
    assert claims_table(report).period.tolist() == ["2018", "2018"]


def test_battery_output_in_gigawatt_hours_keeps_its_value_and_its_own_growth():
    report = parse_text(
        "一、2023年工作回顾\n\n碳酸锂产量12.6万吨，增长23.4%；锂电池产量86.5GWh，增长41.1%；储能电站"
        "装机容量1.2GW。\n"
    )
    table = claims_table(report)
    assert table[["name", "value", "unit", "growth_pct"]].values.tolist() == [
        ["碳酸锂产量", "12.6", "万吨", "23.4"],
        ["锂电池产量", "86.5", "GWh", "41.1"],
        ["储能电站装机容量", "1.2", "GW", ""],
    ]


def test_two_wheelers_are_no_count_of_wheels():
    report = parse_text("一、2023年工作回顾\n\n加快储能电池、电动两轮车电池布局，新增产能12GWh。\n")
    assert claims_table(report).value.tolist() == ["12"]


def test_a_fall_that_narrowed_to_a_rate_is_a_growth_and_a_later_period_s_growth_is_its_own():
    report = parse_text(
        "一、2025年工作回顾\n\n我们组织企业参加广交会等境内外展会86场次，外贸进出口一季度同比下降3.2%，"
        "上半年降幅收窄至1.1%，比一季度收窄2.1个百分点，前三季度实现由负转正，增长2.4%。\n"
    )
    table = claims_table(report)
    growths = table[table.growth_pct != ""]
    assert growths[["indicator", "period", "growth_pct"]].values.tolist() == [
        ["外贸进出口总额", "2025-01..2025-03", "-3.2"],
        ["外贸进出口总额", "2025-01..2025-06", "-1.1"],
        ["外贸进出口总额", "2025-01..2025-09", "2.4"],
    ]


def test_a_market_after_a_stance_word_scopes_its_target_and_区域_is_no_district():
    report = parse_text(
        "二、2022年工作安排\n\n外贸进出口总额增长4%。用好区域全面经济伙伴关系协定（RCEP）政策红利，深耕"
        "东盟市场，力争对东盟进出口增长10%。\n"
    )
    table = claims_table(report)
    assert table.scope.tolist() == ["", "对东盟"]


def test_a_street_opening_its_sentence_scopes_a_growth_named_outside_the_vocabulary():
    report = parse_text(
        "一、2021年工作回顾\n\n全区商品销售额增长14.6%。新港湾街道依托临港物流园区，商品销售额增长31.2%，"
        "增速居全区首位。\n"
    )
    assert claims_table(report).scope.tolist() == ["", "新港湾街道"]


def test_quarters_listed_by_ordinals_right_after_the_subject():
    report = parse_text(
        "一、2023年工作回顾\n\n全县规上工业增加值一、二、三、四季度分别增长5.2%、6.1%、7.3%和8.0%。\n"
    )
    table = claims_table(report)
    assert table.period.tolist() == [
        "2023-01..2023-03",
        "2023-04..2023-06",
        "2023-07..2023-09",
        "2023-10..2023-12",
    ]
    assert set(table.indicator) == {"规模以上工业增加值"}


def test_racks_and_gross_tonnage_are_units():
    report = parse_text(
        "一、2023年工作回顾\n\n在用标准机架由12400架增加到18600架，净增6200架，增长50%。船舶登记总吨位达到"
        "1382万总吨。\n"
    )
    table = claims_table(report)
    assert table[["value", "unit"]].values.tolist() == [
        ["12400", "架"],
        ["18600", "架"],
        ["6200", "架"],
        ["1382", "万总吨"],
    ]


def test_a_verb_is_no_place_and_every_village_s_income_is_a_bound_of_each():
    report = parse_text(
        "一、2018年工作回顾\n\n实现乡村旅游综合收入1.27亿元，增长12.5%。全乡村集体经济收入达到186.4万元，"
        "实现村村集体经济收入超过10万元。天池村村级集体经济总收入达到98.6万元。\n"
    )
    table = claims_table(report)
    assert table.scope.tolist()[0] == ""
    assert table.measure.tolist()[1:] == ["level", "each", "level"]


def test_a_growth_over_the_last_edition_of_a_fair_is_the_figure_s_with_that_basis():
    table = claims_table(
        parse_text(f"{REVIEW}\n\n第十届家具博览会现场及意向成交额85.6亿元，比上届增长9.3%。\n")
    )
    [row] = table.to_dict("records")
    assert (row["name"], row["value"], row["growth_pct"], row["growth_basis"]) == (
        "第十届家具博览会现场及意向成交额",
        "85.6",
        "9.3",
        "比上届",
    )


def test_a_change_over_the_last_term_derives_no_level_of_last_year():
    report = parse_text(
        f"{REVIEW}\n\n新一届社区“两委”成员平均年龄41.5岁，比上届下降3.6岁。博览会成交额85.6亿元，"
        "比上届增长9.3%。\n"
    )
    result = check_claims(claims_table(report), report)
    assert result.table.empty and result.derived_table.empty


def test_growths_of_the_urban_and_rural_resident_incomes_listed_together_are_each_one_s():
    rows = _rows("城乡常住居民人均可支配收入分别增长6%和7%。", heading=PLAN)
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == [
        ("城镇常住居民人均可支配收入", "2018", "target", "6"),
        ("农村常住居民人均可支配收入", "2018", "target", "7"),
    ]


def test_a_slogan_ending_in_a_level_of_place_names_no_part_of_the_place():
    table = claims_table(
        parse_text(
            "北山县人民政府工作报告\n一、2024年工作回顾\n工业强县步伐加快，全县规模以上工业企业由上年的"
            "38家增加到46家。旅游兴县成效明显，接待游客286万人次。\n"
        )
    )
    assert table.scope.tolist() == ["", "", ""]


def test_the_earlier_end_of_a_change_after_a_figure_is_that_figure_s_and_so_is_its_growth():
    table = claims_table(
        parse_text(
            "一、2023年工作回顾\n\n集装箱吞吐量1216.8万标准箱，增长6.1%，由2018年的862.5万标准箱增长到"
            "2023年的1216.8万标准箱，年均增长7.1%。全年培训各类学员12.6万人次，由2015年的3.6万人次增长了"
            "2.5倍。\n"
        )
    )
    rows = table[["name", "period", "value", "growth_pct"]].values.tolist()
    assert rows == [
        ["集装箱吞吐量", "2023", "1216.8", "6.1"],
        ["集装箱吞吐量", "2018", "862.5", ""],
        ["集装箱吞吐量", "2023", "1216.8", "7.1"],
        ["培训各类学员", "2023", "12.6", "250"],
        ["培训各类学员", "2015", "3.6", ""],
    ]


def test_a_multiple_of_the_scale_is_the_multiple_of_the_figure_before():
    table = claims_table(
        parse_text(
            "一、2023年工作回顾\n\n跨境电商交易额由2020年的105.6亿元增加到286.4亿元，规模是2020年的3.2倍。\n"
        )
    )
    rows = table[["name", "period", "value", "growth_pct", "growth_basis"]].values.tolist()
    assert rows[-1] == ["跨境电商交易额", "2023", "286.4", "220", "比2020年"]


def test_a_level_a_net_increase_runs_from_is_last_year_s():
    rows = _rows("年末全镇规上工业企业达到93家，由上年的86家净增7家。")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("规上工业企业", "2017", "93"),
        ("规上工业企业", "2016", "86"),
        ("规上工业企业", "2017", "7"),
    ]


def test_places_listed_with_their_level_printed_once_are_each_a_part_of_the_place():
    table = claims_table(
        parse_text(
            "一、2020年工作回顾\n\n凤塘、桃林、新埔街道规模以上工业总产值分别为1286.3亿元、412.35亿元和"
            "986.2亿元。新建、改造农村公路分别为56.4公里和30.0公里。\n"
        )
    )
    rows = table[["name", "scope", "value"]].values.tolist()
    assert rows[:3] == [
        ["凤塘规模以上工业总产值", "凤塘街道", "1286.3"],
        ["桃林规模以上工业总产值", "桃林街道", "412.35"],
        ["新埔街道规模以上工业总产值", "新埔街道", "986.2"],
    ]
    assert table.scope.tolist()[3:] == ["", ""]


def test_a_count_before_a_net_increase_and_a_growth_after_only_keep_their_subjects():
    table = claims_table(
        parse_text(
            "一、2017年工作回顾\n\n全年新增规上工业企业27家，剔除退规企业6家后净增21家。国庆黄金周全县接待游客"
            "12.46万人次，仅恢复到上年同期的85.6%。\n"
        )
    )
    rows = table[["name", "value", "growth_pct"]].values.tolist()
    assert rows[1] == ["剔除退规企业", "6", ""]  # (not 后净增)
    assert rows[-1] == ["接待游客", "12.46", "-14.4"]


def test_a_target_named_in_the_progress_towards_it_dates_no_figure_after_its_rate():
    rows = _rows(
        "全区重点项目完成投资429.6亿元，完成年度计划投资381.6亿元的112.6%，固定资产投资增长6.8%，其中"
        "工业投资增长18.6%。"
    )
    assert [(r[0], r[2]) for r in rows] == [
        ("重点项目完成投资", "actual"),
        ("重点项目完成投资", "target"),  # the plan of the investment before it
        ("年度计划投资", "actual"),  # the progress made towards that plan
        ("固定资产投资", "actual"),
        ("工业投资", "actual"),
    ]


def test_a_growth_compared_with_the_end_of_a_plan_is_over_its_last_year():
    rows = _rows(
        "全市实现地区生产总值2186.4亿元，增长7.8%，与“十二五”末相比，地区生产总值增长37.5%，年均增长8.3%。",
        heading="一、2019年工作回顾",
    )
    table = claims_table(
        parse_text(
            "一、2019年工作回顾\n\n全市实现地区生产总值2186.4亿元，增长7.8%，与“十二五”末相比，地区生产总值增长"
            "37.5%。\n"
        )
    )
    assert table.growth_basis.tolist() == ["", "比2015年"]
    assert [r[5] for r in rows] == ["7.8", "37.5", "8.3"]


def test_a_numeral_and_a_measure_word_before_a_word_of_a_place_are_its_name_not_a_count():
    table = claims_table(
        parse_text(
            f"{REVIEW}\n\n九峰街道、花山街道分别实现税收18.36亿元、12.47亿元。三台县、五台山景区游客增长8%。"
            "新建三家社区医院、两条村道，扶持五家乡镇企业。\n"
        )
    )
    rows = [tuple(r) for r in table[["value", "unit", "scope"]].itertuples(index=False)]
    assert rows == [
        ("18.36", "亿元", "九峰街道"),
        ("12.47", "亿元", "花山街道"),
        ("", "", ""),
        ("3", "家", ""),
        ("2", "条", ""),
        ("5", "家", ""),
    ]


def test_two_months_joined_by_a_list_mark_are_a_span_only_when_they_follow_each_other():
    rows = _rows(
        "蚕茧产量5960吨，其中4、5月份上市的春蚕茧1620吨。其中10月、11月分别实现营业收入4.54亿元和4.68亿元。"
        "3、6月份各开展一次专项检查，整改问题38个。"
    )
    assert [(r[1], r[3]) for r in rows] == [
        ("2017", "5960"),
        ("2017-04..2017-05", "1620"),
        ("2017-10..2017-10", "4.54"),
        ("2017-11..2017-11", "4.68"),
        ("2017", "38"),
    ]


def test_months_from_a_day_are_a_span_of_months_and_no_part_of_the_name():
    rows = _rows(
        "全年海洋捕捞产量14236吨。8月17日至12月底全镇海洋捕捞产量6120吨，同比增长3.5%。"
        "受疫情冲击，荔枝收购价格一度下跌三成，生猪价格下跌12.5%。"
    )
    assert [r[:4] + r[5:6] for r in rows] == [
        ("海洋捕捞产量", "2017", "actual", "14236", ""),
        ("海洋捕捞产量", "2017-08..2017-12", "actual", "6120", "3.5"),  # not from January
        ("荔枝收购价格", "2017", "actual", "", "-30"),  # a fall of three tenths, no level
        ("生猪价格", "2017", "actual", "", "-12.5"),
    ]


def test_a_price_per_measure_is_named_without_it_and_a_half_year_dates_a_new_level():
    rows = _rows(
        "当归统货价格由上年的每公斤62元上涨到78元，上涨25.8%。禁牧补助标准每亩7.5元。"
        "断面水质优良率保持100%。民宿平均入住率由上半年的31.2%回升到下半年的68.5%，提高37.3个百分点。"
    )
    assert [r[:5] + r[7:] for r in rows] == [
        ("当归统货价格", "2016", "actual", "62", "元", ""),
        ("当归统货价格", "2017", "actual", "78", "元", "changed_from"),
        ("禁牧补助标准", "2017", "actual", "7.5", "元", ""),
        ("断面水质优良率", "2017", "actual", "100", "%", ""),
        ("民宿平均入住率", "2017-01..2017-06", "actual", "31.2", "%", ""),
        ("民宿平均入住率", "2017-07..2017-12", "actual", "68.5", "%", "changed_from"),
        ("民宿平均入住率", "2017-07..2017-12", "actual", "37.3", "个百分点", "change_of"),
    ]
    report = parse_text(
        f"{REVIEW}\n\n民宿平均入住率由上半年的31.2%回升到下半年的68.5%，提高35.3个百分点。\n"
    )
    table = check_claims(claims_table(report), report).table
    [row] = table[table.check == "points_change"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["recomputed"].startswith("37.3 个百分点")


def test_short_growth_verbs_shares_of_last_year_trips_and_a_count_grown_to():
    rows = _rows(
        "规模以上工业产值43.68亿元，比增8.2%。干胶产量4.12万吨，仅为上年的97.4%。出入境交通工具"
        "86.3万辆次。高新技术企业由2015年的18家发展到41家，翻了一番多。"
    )
    assert [r[:6] + r[7:] for r in rows] == [
        ("规模以上工业产值", "2017", "actual", "43.68", "亿元", "8.2", ""),  # 比增: 比上年增长
        ("干胶产量", "2017", "actual", "4.12", "万吨", "-2.6", ""),  # 97.4% of last year's
        ("出入境交通工具", "2017", "actual", "86.3", "万辆次", "", ""),  # trips, not vehicles
        ("高新技术企业", "2015", "actual", "18", "家", "", ""),
        ("高新技术企业", "2017", "actual", "41", "家", "100", "changed_from"),  # not 发展到
    ]


def test_a_rate_reached_right_after_a_growth_is_the_growth_at_its_own_time():
    rows = _rows(
        "一季度地区生产总值增长4.6%，上半年受疫情影响回落至3.8%，前三季度回升至4.0%，全年增长4.3%。"
        "城镇化率由52.1%提高到53.4%。"
    )
    assert [(r[0], r[1], r[3], r[5]) for r in rows] == [
        ("地区生产总值", "2017-01..2017-03", "", "4.6"),
        ("地区生产总值", "2017-01..2017-06", "", "3.8"),  # a growth, not a level of nothing
        ("地区生产总值", "2017-01..2017-09", "", "4.0"),
        ("地区生产总值", "2017", "", "4.3"),
        ("城镇化率", "2016", "52.1", ""),
        ("城镇化率", "2017", "53.4", ""),  # a rate's own level
    ]


def test_a_growth_over_a_years_end_and_over_last_years_actual_keep_their_basis():
    rows = _rows(
        "全市市场主体达到156432户，净增18247户，增长13.2%，比2015年末增长26.8%，两年平均增长12.6%。"
    )
    assert [(r[3], r[5]) for r in rows][2:] == [("", "26.8"), ("", "12.6")]
    table = claims_table(
        parse_text(f"{PLAN}\n\n计划完成重点项目投资72亿元以上，比上年实际完成增长4.5%。\n")
    )
    assert table[["name", "value", "growth_pct", "growth_basis"]].values.tolist() == [
        ["重点项目投资", "72", "4.5", "比上年实际完成"]  # one figure, not 比上年实际 apart
    ]
    report = parse_text(
        f"{REVIEW}\n\n全市市场主体达到156432户，净增18247户，增长13.2%，比2015年末"
        "增长26.8%，两年平均增长12.6%。\n"
    )
    checks = check_claims(claims_table(report), report).table
    [row] = checks[checks.check == "average_span"].to_dict("records")
    assert row["verdict"] == "consistent" and row["period"] == "2015→2017"


def test_a_wording_after_fei_names_the_rest_not_itself():
    rows = _rows(
        "全市固定资产投资增长12.3%，其中非房地产开发投资增长18.6%，房地产开发投资增长2.4%。"
    )
    assert [(r[0], r[5]) for r in rows] == [
        ("固定资产投资", "12.3"),
        ("非房地产开发投资", "18.6"),  # not a second growth of 房地产开发投资
        ("房地产开发投资", "2.4"),
    ]
    table = claims_table(parse_text(f"{REVIEW}\n\n其中非房地产开发投资增长18.6%。\n"))
    assert table.indicator.tolist() == [""]


def test_the_next_four_years_of_a_plan_are_the_span_of_its_average_growth():
    rows = _rows(
        "马铃薯全产业链产值突破52亿元，今后四年年均增长14.3%，到2025年达到80亿元。",
        heading="二、2022年工作安排",
    )
    assert [(r[1], r[3], r[5]) for r in rows] == [("2022", "52", ""), ("2025", "80", "14.3")]
    table = claims_table(
        parse_text("二、2022年工作安排\n\n产值今后四年年均增长14.3%，到2025年达到80亿元。\n")
    )
    assert table.growth_basis.tolist() == ["2022..2025年均"]


def test_the_end_of_a_plan_named_by_its_year_after_bi_is_a_base_not_a_time():
    table = claims_table(
        parse_text(
            "一、2017年工作回顾\n\n全市PM2.5平均浓度为72微克/立方米，同比下降12.2%，比“十二五”末的2015年下降24.2%；"
            "PM10平均浓度126微克/立方米，下降10.6%。\n"
        )
    )
    rows = table[["period", "value", "growth_pct", "growth_basis"]].values.tolist()
    assert rows[1:] == [["2017", "", "-24.2", "比2015年"], ["2017", "126", "-10.6", ""]]


def test_a_condition_of_ensuring_makes_no_target_of_the_figures_after_it():
    table = claims_table(
        parse_text(
            "一、2022年工作回顾\n\n在确保安全的前提下科学组织生产，全县原煤产量由2021年的2712.8万吨增加到2865.4万吨，"
            "增长5.6%。\n"
        )
    )
    assert table.kind.tolist() == ["actual", "actual"] and table.qualifier.tolist() == ["", ""]


def test_the_capacities_of_a_list_of_projects_are_no_figures_but_the_count_after_deng_is():
    rows = _rows(
        "年产30万吨煤焦油加氢、50万千瓦“光伏+治沙”等一批重大项目开工建设；推进年产5000吨稀土永磁材料、"
        "3000吨高性能抛光粉等12个重点项目建设，全县新能源装机达到120万千瓦。"
    )
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("重点项目建设", "12", "个"),
        ("新能源装机", "120", "万千瓦"),
    ]


def test_a_verb_of_change_after_a_word_of_action_is_part_of_the_name_of_what_was_done():
    rows = _rows(
        "整治“低散乱”企业386家，其中关停淘汰128家、整合入园111家、规范提升147家；农村户厕改造提升5200户。"
    )
    assert [(r[0], r[3], r[7]) for r in rows][3:] == [
        ("规范提升", "147", ""),
        ("农村户厕改造提升", "5200", ""),
    ]


def test_the_sessions_of_a_list_of_plenums_are_no_counts():
    rows = _rows("全面落实市委六届二次、三次全会部署，全年召开专题会议12次。")
    assert [(r[0], r[3]) for r in rows] == [("召开专题会议", "12")]


def test_a_village_item_naming_only_the_last_word_of_the_indicator_before_is_that_indicator():
    table = claims_table(
        parse_text(
            f"{REVIEW}\n\n岜泉社区盘活闲置用房，集体经济收入32.6万元；陇怀村沃柑种植0.68万亩，产量1.72万吨，收入16.8万元；"
            "六合村种植澳洲坚果0.27万亩，收入12.7万元。\n"
        )
    )
    incomes = table[table.unit == "万元"]
    assert incomes[["indicator", "scope"]].values.tolist() == [
        ["农村集体经济收入", "岜泉社区"],
        ["农村集体经济收入", "陇怀村"],
        ["农村集体经济收入", "六合村"],
    ]


def test_the_whole_place_after_a_clause_of_new_firms_takes_all_of_them_not_the_new_ones():
    table = claims_table(
        parse_text(f"{REVIEW}\n\n新认定高新技术企业38家，全市高新技术企业达到156家，净增27家。\n")
    )
    assert table.loc[table.value == "156", "scope"].tolist() == [""]


def test_a_long_name_of_a_share_keeps_its_first_words():
    rows = _rows(
        "研究与试验发展经费支出占地区生产总值的比重达到3.42%；非能源工业增加值占规模以上工业增加值的比重提高1.3个百分点。"
    )
    assert [r[0] for r in rows] == [
        "研究与试验发展经费支出占地区生产总值的比重",
        "非能源工业增加值占规模以上工业增加值的比重",
    ]


def test_a_measure_listed_after_another_of_one_head_takes_the_head():
    table = claims_table(
        parse_text("2021年，全年实现茶叶产量1.26万吨、产值19.84亿元，分别增长8.6%和13.1%。")
    )
    assert list(table.name) == ["茶叶产量", "茶叶产值"]
    assert list(table.growth_pct) == ["8.6", "13.1"]


def test_the_years_growth_after_growths_of_parts_of_it_is_of_their_subject():
    table = claims_table(
        parse_text(
            "2020年，全区586家规模以上工业企业全部复工复产，规模以上工业增加值一季度下降18.2%，"
            "上半年下降6.5%，前三季度增长0.6%，全年增长2.3%。"
        )
    )
    year = table[table.growth_pct == "2.3"]
    assert list(year.indicator) == ["规模以上工业增加值"] and list(year.period) == ["2020"]
    assert list(table[table.value == "586"].growth_pct) == [""]
