"""Claims of report texts written for the tests: other places, years, layouts and phrasings."""

from __future__ import annotations

import pytest

from indicators import claims, load_report, parse_text
from indicators.claims_table import claims_table

KEY = ["indicator", "period", "kind", "value", "unit", "growth_pct", "qualifier"]


def _table(texts, name):
    return claims_table(load_report(texts / name))


def _keys(table):
    return {tuple(r[k] for k in KEY) for _, r in table.iterrows()}


def _row(table, **where):
    sel = table
    for col, val in where.items():
        sel = sel[sel[col] == val]
    assert len(sel) == 1, f"{where}: {len(sel)} rows"
    return sel.iloc[0]


# -- a county report, hard-wrapped at 28 characters --------------------------------------------


@pytest.fixture(scope="module")
def county(texts):
    return _table(texts, "county-2023-wrapped.txt")


def test_county_output_income_and_budget(county):
    expected = {
        ("地区生产总值", "2023", "actual", "312.46", "亿元", "5.8", ""),
        ("第一产业增加值", "2023", "actual", "41.20", "亿元", "4.1", ""),
        ("第二产业增加值", "2023", "actual", "128.35", "亿元", "6.9", ""),
        ("第三产业增加值", "2023", "actual", "142.91", "亿元", "5.3", ""),
        ("一般公共预算收入", "2023", "actual", "21.08", "亿元", "7.6", ""),
        ("税收收入", "2023", "actual", "15.37", "亿元", "9.2", ""),
        ("一般公共预算支出", "2023", "actual", "58.6", "亿元", "3.4", ""),
        ("城乡居民人均可支配收入", "2023", "actual", "31250", "元", "6.8", ""),
        ("城镇居民人均可支配收入", "2023", "actual", "43180", "元", "5.9", ""),
        ("农村居民人均可支配收入", "2023", "actual", "20460", "元", "7.7", ""),
        ("社会消费品零售总额", "2023", "actual", "128.7", "亿元", "6.5", ""),
        ("规模以上工业增加值", "2023", "actual", "", "", "8.3", ""),
        ("固定资产投资", "2023", "actual", "", "", "9.6", ""),
        ("城镇新增就业", "2023", "actual", "5620", "人", "", ""),
        ("城镇登记失业率", "2023", "actual", "2.8", "%", "", ""),
    }
    assert expected <= _keys(county)
    gdp = _row(county, indicator="地区生产总值", kind="actual")
    assert int(gdp.line) == 19 and gdp.growth_basis == "同比"
    assert _row(county, indicator="第二产业增加值").parent == "地区生产总值"
    assert _row(county, indicator="农村居民人均可支配收入", kind="actual").parent == (
        "城乡居民人均可支配收入"
    )
    assert _row(county, indicator="税收收入").parent == "一般公共预算收入"


def test_county_targets_with_qualifiers(county):
    expected = {
        ("地区生产总值", "2024", "target", "", "", "6", "左右"),
        ("规模以上工业增加值", "2024", "target", "", "", "8", "以上"),
        ("固定资产投资", "2024", "target", "", "", "10", ""),
        ("社会消费品零售总额", "2024", "target", "", "", "7", "左右"),
        ("一般公共预算收入", "2024", "target", "", "", "5", "以上"),
        ("农村居民人均可支配收入", "2024", "target", "", "", "7.5", "左右"),
        ("城镇登记失业率", "2024", "target", "3.5", "%", "", "控制在 以内"),
        ("规模以上工业企业", "2024", "target", "20", "家", "", "力争 以上"),
        ("规模以上工业总产值", "2024", "target", "600", "亿元", "", "力争 突破"),
        ("工业投资", "2024", "target", "60", "亿元", "", "确保"),
    }
    assert expected <= _keys(county)


def test_county_structure_changes_and_shares(county):
    parts = county[county.parent == "三次产业结构"]
    assert list(zip(parts.indicator, parts.value, strict=True)) == [
        ("第一产业比重", "13.2"),
        ("第二产业比重", "41.1"),
        ("第三产业比重", "45.7"),
    ]
    assert set(parts.link) == {"", "structure"}
    net = _row(county, value="14", unit="家")
    assert (net.measure, net.growth_basis, net.indicator) == (
        "change",
        "比上年",
        "规模以上工业企业",
    )
    share = _row(county, value="72.9")
    assert (share.indicator, share["name"]) == ("", "税收占一般公共预算收入比重")
    new = _row(county, value="21", unit="家")
    assert (new.indicator, new.measure) == ("规模以上工业企业", "new")
    assert _row(county, value="97").qualifier == "以上"
    assert not county.value.isin(["2023", "2024", "12", "18"]).any()


# -- declines, ranges, percentage points, 左右/以上 targets, single-spaced ------------------------


@pytest.fixture(scope="module")
def district(texts):
    return _table(texts, "district-2020-declines.txt")


def test_district_declines_and_part_year_periods(district):
    expected = {
        ("地区生产总值", "2020-01..2020-03", "actual", "", "", "-8.7", ""),
        ("地区生产总值", "2020-01..2020-06", "actual", "", "", "-3.2", ""),
        ("规模以上工业增加值", "2020-01..2020-05", "actual", "", "", "-6.5", ""),
        ("地区生产总值", "2020", "actual", "486.3", "亿元", "2.1", ""),
        ("地区生产总值", "2020", "actual", "", "", "4.0", ""),
        ("规模以上工业增加值", "2020", "actual", "", "", "-0.8", ""),
        ("固定资产投资", "2020", "actual", "", "", "0", ""),
        ("社会消费品零售总额", "2020", "actual", "203.5", "亿元", "-4.6", ""),
        ("一般公共预算收入", "2020", "actual", "32.17", "亿元", "-3.6", ""),
        ("一般公共预算收入", "2020", "actual", "-1.2", "亿元", "", ""),
        ("税收收入", "2020", "actual", "24.05", "亿元", "-5.1", ""),
        ("接待游客", "2020", "actual", "1250", "万人次", "-18.4", ""),
        ("外贸进出口总额", "2020", "actual", "86", "亿元", "-9.2", "约"),
        ("财政总收入", "2020", "actual", "45.6", "亿元", "", "预计 左右"),
    }
    assert expected <= _keys(district)
    flat = _row(district, indicator="固定资产投资", kind="actual")
    assert flat.growth_basis == "与上年"
    two_year = _row(district, indicator="地区生产总值", growth_pct="4.0")
    # An average over the two years to 2020 (its base is the level of 2018).
    assert two_year.growth_basis == "2019..2020年均" and two_year.link == "same_as"


def test_district_percentage_points_are_their_own_unit(district):
    points = district[district.unit == "个百分点"]
    got = {(r.indicator, r.value, r.measure, r.growth_basis) for r in points.itertuples()}
    assert got == {  # a change of a growth rate is no figure of the indicator itself
        ("", "1.8", "change", "比前三季度"),
        ("", "-5.7", "change", "比上半年"),
        ("第三产业比重", "2.6", "change", ""),
        ("", "3.2", "change", "比上年"),
        ("", "0.9", "change", "比上年"),
    }
    assert set(points.name) >= {"地区生产总值增速", "规模以上工业增加值降幅"}
    rate = _row(district, value="41.5")
    change = _row(district, value="3.2", unit="个百分点")
    assert (change.link, change.linked_to, change["name"]) == (
        "change_of",
        rate.claim_id,
        rate["name"],
    )
    assert not (district.unit == "%").any() or "个百分点" not in set(
        district[district.unit == "%"].quote
    )


def test_district_ranges_give_both_ends(district):
    low = _row(district, indicator="地区生产总值", growth_pct="8")
    high = _row(district, indicator="地区生产总值", growth_pct="10")
    assert (low.kind, low.period, low.link, low.linked_to) == (
        "target",
        "2021",
        "range_low",
        high.claim_id,
    )
    assert (high.link, high.linked_to) == ("range_high", low.claim_id)
    money = district[(district.unit == "万元") & district.link.str.startswith("range")]
    assert list(money.value) == ["2", "5"]
    spaces = district[district.quote.str.contains("停车位")]
    assert list(zip(spaces.value, spaces.link, strict=True)) == [
        ("2000", "range_low"),
        ("3000", "range_high"),
    ]
    firms = district[(district.unit == "家") & district.link.str.startswith("range")]
    assert set(firms.indicator) == {"规模以上工业企业"} and list(firms.value) == ["15", "20"]
    assert set(firms.measure) == {"new"} and set(firms.qualifier) == {"力争"}


def test_district_targets_and_changes(district):
    expected = {
        ("规模以上工业增加值", "2021", "target", "", "", "9", "左右"),
        ("固定资产投资", "2021", "target", "", "", "10", "以上"),
        ("社会消费品零售总额", "2021", "target", "", "", "12", "左右"),
        ("一般公共预算收入", "2021", "target", "", "", "6", ""),
        ("城镇调查失业率", "2021", "target", "5.5", "%", "", "控制在 以内"),
        ("居民消费价格指数", "2021", "target", "", "", "3", "左右"),
        ("单位地区生产总值能耗", "2021", "target", "", "", "-3", ""),
        ("接待游客", "2021", "target", "", "", "100", "力争 倍"),  # 翻一番: as precise as 2 倍
        ("规模以上工业企业", "2021", "target", "150", "家", "", "确保 不低于"),
    }
    assert expected <= _keys(district)
    cpi = _row(district, indicator="居民消费价格指数", kind="actual")
    assert (cpi.value, cpi.unit, cpi.base) == ("102.3", "", "上年同期=100")
    before = _row(district, value="395")
    after = _row(district, value="382")
    assert (before.period, after.period, after.link, after.linked_to) == (
        "2019",
        "2020",
        "changed_from",
        before.claim_id,
    )
    net = _row(district, value="-13")
    assert (net.measure, net.link, net.linked_to) == ("change", "change_of", after.claim_id)
    structures = district[district.parent == "三次产业结构"]
    assert list(structures.period) == ["2019"] * 3 + ["2020"] * 3
    assert structures.iloc[3].link == "changed_from"
    assert not district.value.isin(["2020", "2021"]).any()
    assert not ((district.value == "5") & (district.unit != "万元")).any()  # 5G is a code


# -- full-width digits and Chinese numerals, hard-wrapped, a comment mid-sentence --------------


@pytest.fixture(scope="module")
def town(texts):
    return _table(texts, "town-2022-fullwidth-numerals.txt")


def test_town_full_width_figures(town):
    expected = {
        ("工农业总产值", "2022", "actual", "58.64", "亿元", "6.30", ""),
        ("工业总产值", "2022", "actual", "49.12", "亿元", "7.05", ""),
        ("农业总产值", "2022", "actual", "9.52", "亿元", "2.1", ""),
        ("固定资产投资", "2022", "actual", "12.8", "亿元", "15.2", ""),
        ("税收收入", "2022", "actual", "2.35", "亿元", "3.5", ""),
        ("本级税收收入", "2022", "actual", "0.92", "亿元", "", ""),
        ("工农业总产值", "2023", "target", "62.7", "亿元", "7", "左右 力争"),
        ("固定资产投资", "2023", "target", "", "", "12", "以上"),
        ("税收收入", "2023", "target", "", "", "5", ""),
    }
    assert expected <= _keys(town)
    assert _row(town, indicator="工业总产值").parent == "工农业总产值"
    assert _row(town, indicator="本级税收收入").parent == "税收收入"


def test_town_chinese_numerals_are_converted(town):
    got = {(r.value, r.unit, r.qualifier) for r in town.itertuples()}
    for expected in [
        ("36", "家", ""),
        ("5", "家", ""),
        ("12", "个", ""),
        ("42", "亿元", ""),
        ("2000", "万元", ""),
        ("12000", "亩", ""),
        ("2000", "亩", "余"),
        ("8", "个", ""),
        ("15", "个", ""),
        ("1200", "人次", ""),
        ("500", "名", "余"),
        ("21300", "元", ""),
        ("380", "万元", ""),
        ("1050", "人", ""),
        ("20", "座", ""),
        ("860", "件", ""),
        ("98.5", "%", ""),
        ("300", "人", "确保 以上"),
    ]:
        assert expected in got, expected
    income = _row(town, indicator="农村居民人均可支配收入")
    assert (income.value, income.growth_pct, int(income.line)) == ("21300", "7.2", 41)
    assert _row(town, value="36")["indicator"] == "规模以上工业企业"


def test_town_numeral_words_that_are_not_quantities(town):
    quotes = " ".join(town.quote)
    for word in ("三个一批", "十四五", "二〇二二", "二〇二三", "两委"):
        assert word not in quotes, word
    assert not town.value.isin(["2022", "2023"]).any()
    assert _row(town, value="4", unit="个")["name"] == "新签约亿元以上项目"
    assert (town.kind[town.period == "2023"] == "target").all()
    assert (town.kind[town.period == "2022"] == "actual").all()


# -- the two texts of the foundation -----------------------------------------------------------


def test_foundation_texts(texts):
    county = claims(texts / "county-single-spaced.txt")
    assert {
        ("地区生产总值", "2022", "actual", "286.5", "亿元", "5.2", ""),
        ("一般公共预算收入", "2022", "actual", "18.34", "亿元", "3.1", ""),
        ("城乡居民人均可支配收入", "2022", "actual", "32560", "元", "6.0", ""),
        ("地区生产总值", "2023", "target", "", "", "6", "左右"),
        ("一般公共预算收入", "2023", "target", "", "", "5", "以上"),
    } <= _keys(county)
    town = claims(texts / "town-wrapped-cjk-author.txt")
    assert {
        ("工农业总产值", "2022", "actual", "45.6", "亿元", "6.2", ""),
        ("工业总产值", "2022", "actual", "38.1", "亿元", "7.0", ""),
        ("工农业总产值", "2023", "target", "49", "亿元", "7", "力争 左右"),
        ("固定资产投资", "2023", "target", "", "", "10", "以上"),
    } <= _keys(town)
    projects = _row(town, value="18")
    parts = town[town.parent_id == projects.claim_id]
    assert sorted(parts.value) == ["5", "7"]


def test_short_phrasings_of_the_genre():
    from indicators import parse_text

    text = (
        "一、2021年工作回顾\n\n常住人口城镇化率达到62.5%，比上年提高1.2个百分点。"
        "出口总额3.2亿美元，增长一倍。1—11月，规上工业营业收入210亿元，同比增长12%。\n\n"
        "二、2022年工作安排\n\n主要预期目标：地区生产总值增长6.5%以上，力争7%。\n"
    )
    table = claims_table(parse_text(text))
    assert {
        ("常住人口城镇化率", "2021", "actual", "62.5", "%", "", ""),
        ("常住人口城镇化率", "2021", "actual", "1.2", "个百分点", "", ""),
        ("出口总额", "2021", "actual", "3.2", "亿美元", "100", "倍"),  # precision of a multiple
        ("规模以上工业营业收入", "2021-01..2021-11", "actual", "210", "亿元", "12", ""),
        ("地区生产总值", "2022", "target", "", "", "6.5", "以上"),
        ("地区生产总值", "2022", "target", "", "", "7", "力争"),
    } == _keys(table)


def test_vague_orders_of_magnitude_and_tenths():
    from indicators import parse_text
    from indicators.checkvocab import load_check_vocabulary
    from indicators.quantities import read_claims

    text = (
        "一、2022年工作回顾\n\n全年新建改建村道数十公里，带动几百名群众就近务工，"
        "撬动社会资本数十亿元。全镇脱贫户中七成以上实现稳定就业，"
        "超过八成的规上企业完成技术改造，新增就业岗位三千个。\n"
    )
    table = claims_table(parse_text(text))
    # 数十 / 几百 print no figure: nothing is read from them (the 十 of 数十 is not 10).
    assert not table.value.isin(["10", "100"]).any()
    assert not table.name.str.contains("数|几").any()
    assert {
        ("", "2022", "actual", "7", "成", "", "以上"),
        ("", "2022", "actual", "8", "成", "", "超过"),
        ("", "2022", "actual", "3000", "个", "", ""),
    } == _keys(table)
    # 成 is tenths: 七成以上 is at least 65% once read for checking (七 stands for 6.5 to 7.5).
    share = next(q for q in read_claims(table) if q.value_text == "7")
    percent = load_check_vocabulary().unit("%")
    assert share.family == "percent" and share.value_in(percent).lo == 65
    assert share.value_in(percent).hi is None


def test_a_growth_after_a_share_belongs_to_the_figure_before_it():
    from indicators import parse_text
    from indicators.checking import check_claims

    text = (
        "一、2022年工作回顾\n\n全县实现地区生产总值86.4亿元，同比增长5.1%；人均地区生产总值"
        "突破6万元。第三产业增加值44.0亿元，占地区生产总值的51.0%，增长5.3%。"
        "一般公共预算收入完成5.21亿元，为年度预算的102.5%，同比增长8.6%。"
        "民生支出12.3亿元，占一般公共预算支出比重为78.2%，增长6.1%。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert {
        ("地区生产总值", "2022", "actual", "86.4", "亿元", "5.1", ""),
        ("人均地区生产总值", "2022", "actual", "6", "万元", "", "突破"),
        ("第三产业增加值", "2022", "actual", "44.0", "亿元", "5.3", ""),
        ("", "2022", "actual", "51.0", "%", "", ""),
        ("一般公共预算收入", "2022", "actual", "5.21", "亿元", "8.6", ""),
        ("", "2022", "actual", "102.5", "%", "", ""),
        ("民生支出", "2022", "actual", "12.3", "亿元", "6.1", ""),
        ("", "2022", "actual", "78.2", "%", "", ""),
    } == _keys(table)
    # The per-capita figure is not another statement of the total.
    checks = check_claims(table, report).table
    assert "same_quantity" not in set(checks.check)


def test_air_quality_and_energy_units():
    from indicators import parse_text

    text = (
        "一、2022年工作回顾\n\n空气质量优良天数比例达95.6%，PM2.5平均浓度28微克/立方米，"
        "同比下降6.7%；单位地区生产总值能耗下降3.1%，能源消费总量控制在12.3万吨标准煤以内。\n"
    )
    table = claims_table(parse_text(text))
    assert {
        ("", "2022", "actual", "95.6", "%", "", ""),
        ("", "2022", "actual", "28", "微克/立方米", "-6.7", ""),
        ("单位地区生产总值能耗", "2022", "actual", "", "", "-3.1", ""),
        ("", "2022", "actual", "12.3", "万吨标准煤", "", "控制在 以内"),
    } == _keys(table)
    assert _row(table, value="28")["name"] == "PM2.5平均浓度"  # 2.5 is part of a name


def test_a_part_after_other_wording_is_not_given_a_total_of_another_kind():
    from indicators import parse_text

    text = (
        "一、2021年工作回顾\n\n一般公共预算收入11.26亿元，增长7.8%，其中税收收入8.05亿元，"
        "增长9.1%；城镇居民人均可支配收入38652元，增长8.2%；全县固定资产投资完成95.7亿元，"
        "其中工业投资41.3亿元。\n"
    )
    table = claims_table(parse_text(text))
    assert _row(table, value="8.05").parent == "一般公共预算收入"
    assert _row(table, value="38652").parent == ""  # a per-capita income, not budget revenue
    assert _row(table, value="41.3").parent == "固定资产投资"


def test_a_figure_after_a_linking_word_restates_the_subject_before_it():
    from indicators import parse_text
    from indicators.checking import check_report

    text = (
        "一、2021年工作回顾\n\n规上工业总产值突破300亿元，达到312.6亿元，增长14.5%。"
        "地区生产总值突破200亿元，达到193.5亿元。共排查隐患44项，完成整改39项。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert _row(table, value="312.6").indicator == "规模以上工业总产值"
    assert _row(table, value="312.6").growth_pct == "14.5"
    assert _row(table, value="193.5").indicator == "地区生产总值"
    assert _row(table, value="39").name != "排查隐患"  # a part of the count, not a restatement
    checks = check_report(report).table
    gdp = checks[(checks.check == "same_quantity") & (checks.indicators == "地区生产总值")]
    assert gdp.verdict.tolist() == ["inconsistent"]  # 193.5 cannot be above 200
    industry = checks[(checks.check == "same_quantity") & (checks.indicators != "地区生产总值")]
    assert industry.verdict.tolist() == ["consistent"]


def test_a_change_from_the_start_of_the_year():
    from indicators import parse_text

    text = (
        "一、2022年工作回顾\n\n全镇监测户由年初的45户减少到12户，"
        "低保对象从上年末的230人减少到196人，减少了34人。\n"
    )
    table = claims_table(parse_text(text))
    assert {
        ("", "2021", "actual", "45", "户", "", ""),
        ("", "2022", "actual", "12", "户", "", ""),
        ("", "2021", "actual", "230", "人", "", ""),
        ("", "2022", "actual", "196", "人", "", ""),
        ("", "2022", "actual", "-34", "人", "", ""),
    } == _keys(table)
    assert set(table.name[table.unit == "户"]) == {"监测户"}
    assert _row(table, value="196").link == "changed_from"


def test_changes_of_structure_and_growth_bases_of_a_district_report():
    from indicators import parse_text
    from indicators.checking import check_report

    text = (
        "一、2023年工作回顾\n\n三次产业结构由2022年的4.1：35.6：60.3调整为3.9：34.8：61.3。"
        "规上企业由2022年末的41家增加到52家。一般公共预算收入完成42.36亿元，同口径增长8.9%。"
        "社会消费品零售总额215.4亿元，按可比价格计算增长19.6%。2022年，全区社会消费品零售总额"
        "为190.3亿元。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    structure = table[table.name == "三次产业结构"]
    assert structure[["period", "value"]].values.tolist() == [
        ["2022", "4.1"], ["2022", "35.6"], ["2022", "60.3"],
        ["2023", "3.9"], ["2023", "34.8"], ["2023", "61.3"],
    ]  # fmt: skip
    assert table[table.unit == "家"][["name", "period", "value"]].values.tolist() == [
        ["规上企业", "2022", "41"],
        ["规上企业", "2023", "52"],
    ]
    revenue = _row(table, value="42.36")
    assert (revenue.growth_pct, revenue.growth_basis) == ("8.9", "同口径")
    # A growth the text puts at comparable prices is explained as such when levels disagree.
    checks = check_report(report).table
    retail = checks[(checks.check == "growth") & (checks.indicators == "社会消费品零售总额")]
    assert retail.verdict.tolist() == ["inconsistent"] and retail.flag.tolist() == [
        "comparable_prices"
    ]


def test_targets_listed_with_semicolons_keep_their_own_subjects():
    from indicators import parse_text
    from indicators.checking import check_report

    text = (
        "一、2023年工作回顾\n\n全镇社会总产值86.4亿元，增长5.1%。其中，农业总产值9.8亿元，"
        "增长3.5%。全年税收收入2.15亿元，同比下降3.6%。\n\n二、2024年工作目标\n\n"
        "主要预期目标是：社会总产值增长6%左右，力争达到91.6亿元；工业总产值和农业总产值分别"
        "增长7%和3%；税收收入实现正增长，力争达到2.3亿元；城乡居民人均可支配收入分别增长6%"
        "和7%以上。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    targets = table[table.kind == "target"]
    assert {tuple(r[k] for k in KEY) for _, r in targets.iterrows()} == {
        ("社会总产值", "2024", "target", "91.6", "亿元", "6", "左右 力争"),
        ("工业总产值", "2024", "target", "", "", "7", ""),
        ("农业总产值", "2024", "target", "", "", "3", ""),
        ("税收收入", "2024", "target", "2.3", "亿元", "", "力争"),
        ("城镇居民人均可支配收入", "2024", "target", "", "", "6", "以上"),  # 分别增长6%和7%以上:
        ("农村居民人均可支配收入", "2024", "target", "", "", "7", "以上"),  # both at least
    }
    checks = check_report(report).table
    assert "inconsistent" not in set(checks.verdict)  # 2.3 亿元 is no farm output target


def test_a_bare_order_of_magnitude_after_a_qualifier_is_a_figure():
    from indicators import parse_text
    from indicators.checking import check_report

    text = (
        "一、2022年工作回顾\n\n全县地区生产总值突破百亿元，达到98.6亿元。新增市场主体超千户，"
        "带动近千名群众就业，惠及千家万户。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert {
        ("地区生产总值", "2022", "actual", "100", "亿元", "", "突破"),
        ("地区生产总值", "2022", "actual", "98.6", "亿元", "", ""),
        ("市场主体", "2022", "actual", "1000", "户", "", "超"),
        ("", "2022", "actual", "1000", "名", "", "近"),
    } == _keys(table)  # 千家万户 is a phrase, not a figure
    checks = check_report(report).table
    assert checks[["check", "verdict"]].values.tolist() == [["same_quantity", "inconsistent"]]


def test_about_an_order_of_magnitude_with_shang():
    """上百家 is about 100 (the qualifier 上 is not part of the name); 成百上千 is an idiom;
    迈上10亿元台阶 is at least 10 亿元."""
    from indicators import parse_text

    report = parse_text(
        "一、2022年工作回顾\n\n全镇引进企业上百家，带动就业上千人，新增投资上万元，"
        "成百上千户群众受益，工业总产值迈上10亿元台阶。\n"
    )
    table = claims_table(report)
    rows = table[["name", "value", "unit", "qualifier"]].values.tolist()
    assert rows == [
        ["引进企业", "100", "家", "上"],
        ["带动就业", "1000", "人", "上"],
        ["新增投资", "10000", "元", "上"],
        ["工业总产值", "10", "亿元", "迈上"],
    ]


def test_a_whole_year_estimate_after_months_so_far():
    from indicators import parse_text
    from indicators.checking import check_report

    text = (
        "一、2023年工作总结\n\n1—11月，全镇完成规上工业总产值58.6亿元，同比增长8.2%；预计全年"
        "完成64.5亿元，增长8.5%。1—10月，实现税收收入1.86亿元，同比下降2.1%，其中镇级税收收入"
        "0.62亿元，增长3.5%。\n\n二、2024年工作计划\n\n力争全年规上工业总产值达到70亿元，增长8.5%。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert {
        ("规模以上工业总产值", "2023-01..2023-11", "actual", "58.6", "亿元", "8.2", ""),
        ("规模以上工业总产值", "2023", "actual", "64.5", "亿元", "8.5", "预计"),
        ("税收收入", "2023-01..2023-10", "actual", "1.86", "亿元", "-2.1", ""),
        ("本级税收收入", "2023-01..2023-10", "actual", "0.62", "亿元", "3.5", ""),
        ("规模以上工业总产值", "2024", "target", "70", "亿元", "8.5", "力争"),
    } == _keys(table)
    checks = check_report(report).table
    assert "inconsistent" not in set(checks.verdict)
    target = checks[(checks.check == "growth") & (checks.period == "2023→2024")]
    assert target.verdict.tolist() == ["consistent"]  # 70 over the estimated 64.5 is +8.53%


def test_whole_year_words_that_are_not_the_period_of_the_figures():
    from indicators import parse_text
    from indicators.checking import check_report

    text = (
        "一、2022年工作回顾\n\n1—11月，各项指标完成全年目标的92%以上，规上工业总产值58.6亿元，"
        "增长8.2%。1—11月，实现税收收入2.3亿元，同比增长6%，其中镇级税收收入1.2亿元；"
        "预计全年完成2.5亿元。超百亿级企业2家，培育10亿级企业3家。\n\n2021年，全镇完成税收收入"
        "2.1亿元，其中县级税收收入0.9亿元，镇级税收收入0.5亿元。\n\n预计全年规上工业总产值"
        "64.5亿元，增长8.5%。\n"
    )
    report = parse_text(text)
    table = claims_table(report)
    assert _row(table, value="58.6").period == "2022-01..2022-11"  # 全年目标 is no period
    whole_year = _row(table, value="2.5")
    assert (whole_year.indicator, whole_year.period, whole_year.parent) == ("税收收入", "2022", "")
    assert _row(table, value="0.9").indicator == ""  # the county's share, not the town's own
    assert not table.value.isin(["100", "10"]).any()  # 百亿级 is a class of size
    assert "inconsistent" not in set(check_report(report).table.verdict)


def test_ratio_sign_units_of_occasions_ranks_and_capacities_in_names():
    from indicators import parse_text

    report = parse_text(
        "一、2023年工作回顾\n\n三次产业结构调整为12.9∶40.4∶46.7。开展促消费活动50场次以上，"
        "小分队招商56批次，企业开办时间压缩至1个工作日，位列第3名，比上年前移两位。"
        "建成年产3万吨环保新材料项目，总投资3.2亿元。\n"
    )
    table = claims_table(report)
    assert table[["name", "value", "unit", "qualifier"]].values.tolist() == [
        ["三次产业结构", "12.9", "", ""],
        ["三次产业结构", "40.4", "", ""],
        ["三次产业结构", "46.7", "", ""],
        ["开展促消费活动", "50", "场次", "以上"],
        ["小分队招商", "56", "批次", ""],
        ["企业开办时间", "1", "个工作日", ""],
        ["总投资", "3.2", "亿元", ""],
    ]


def test_years_from_the_front_matter_when_no_heading_names_one():
    """A mid-year report: 一、上半年工作回顾 names no year, the opening does."""
    from indicators import parse_text

    report = parse_text(
        "青石镇2023年政府工作报告（年中）\n\n——2023年7月20日在青石镇人民代表大会上\n\n"
        "各位代表：\n\n现在，我代表镇人民政府向大会报告2023年上半年工作情况和下半年工作安排，"
        "请予审议。\n\n一、上半年工作回顾\n\n上半年，全镇完成工业总产值61.35亿元，同比增长9.2%。"
        "一季度完成税收收入2.05亿元。\n\n二、下半年工作安排\n\n全年工业总产值力争达到125亿元。\n"
    )
    assert (report.review_year, report.plan_year) == (2023, 2023)
    table = claims_table(report)
    assert table[["period", "kind", "value"]].values.tolist() == [
        ["2023-01..2023-06", "actual", "61.35"],
        ["2023-01..2023-03", "actual", "2.05"],
        ["2023", "target", "125"],
    ]
    annual = parse_text(
        "石桥县人民政府工作报告\n\n——2024年1月12日在石桥县人民代表大会上\n\n"
        "一、过去一年工作回顾\n\n地区生产总值318.6亿元。\n\n二、今年工作安排\n\n"
        "地区生产总值增长6%左右。\n"
    )
    assert (annual.review_year, annual.plan_year) == (2023, 2024)
    assert list(claims_table(annual).period) == ["2023", "2024"]


def test_a_bound_of_a_class_of_things_is_no_quantity():
    """10亿元以上项目3个: 3 projects, each of at least 10 亿元; 60岁以上老年人 is a group."""
    from indicators import parse_text

    report = parse_text(
        "一、2023年工作回顾\n\n全年实施重点项目86个，其中10亿元以上项目3个，50万元以上的村达到42个，"
        "为60岁以上老年人发放补贴。完成投资10亿元以上，增长6%以上。\n"
    )
    rows = claims_table(report)[["name", "value", "unit", "growth_pct", "qualifier"]]
    assert rows.values.tolist() == [
        ["重点项目", "86", "个", "", ""],
        ["10亿元以上项目", "3", "个", "", ""],
        ["50万元以上的村", "42", "个", "", ""],
        ["投资", "10", "亿元", "6", "以上"],
    ]


def test_sessions_and_bounds_of_a_class_after_chao_are_no_quantities():
    """十六届人大二次会议 and 十五届三次全会 are sessions; 超10亿元项目六个 counts projects of
    more than 10 亿元; 三次会议 held is a count."""
    from indicators import parse_text

    report = parse_text(
        "一、2018年工作回顾\n\n完成了市十六届人大二次会议确定的目标任务，召开县委十五届三次全会。"
        "协议引资126.5亿元，其中超10亿元项目六个。先后召开三次会议研究。完成投资超10亿元，"
        "增长6%。\n"
    )
    rows = claims_table(report)[["name", "value", "unit", "qualifier"]]
    assert rows.values.tolist() == [
        ["协议引资", "126.5", "亿元", ""],
        ["超10亿元项目", "6", "个", ""],
        ["会议研究", "3", "次", ""],
        ["投资", "10", "亿元", "超"],
    ]


def test_an_index_with_its_base_printed_before_the_value():
    from indicators import parse_text

    report = parse_text(
        "一、2021年工作回顾\n\n居民消费价格指数（上年=100）为101.2，工业生产者出厂价格指数为102.3"
        "（上年同期=100）。\n"
    )
    table = claims_table(report)
    assert table[["name", "value", "unit", "base"]].values.tolist() == [
        ["居民消费价格指数", "101.2", "", "上年=100"],
        ["工业生产者出厂价格指数", "102.3", "", "上年同期=100"],
    ]


def test_a_section_about_part_of_the_year_dates_its_figures():
    """一、上半年工作回顾: a figure with no time of its own is of January to June."""
    from indicators import parse_text

    report = parse_text(
        "一、2023年上半年工作回顾\n\n1-6月完成税收收入3.82亿元。完成固定资产投资9.86亿元，同比增长12.5%。"
        "\n\n二、下半年工作安排\n\n全年固定资产投资增长10%。\n"
    )
    assert list(claims_table(report).period) == [
        "2023-01..2023-06",
        "2023-01..2023-06",
        "2023",
    ]


def test_the_whole_year_ends_the_reach_of_a_part_of_it():
    """上半年…，全年完成…: the figure after 全年 is of the whole year; 全年目标 is no time."""
    from indicators import parse_text

    report = parse_text(
        "一、2020年工作回顾\n\n上半年完成固定资产投资0.52亿元，同比下降21.4%，全年完成固定资产投资"
        "1.35亿元，与上年持平。1—11月，各项指标完成全年目标的92%以上，规上工业总产值58.6亿元。\n"
    )
    assert list(claims_table(report).period) == [
        "2020-01..2020-06",
        "2020",
        "2020-01..2020-11",
        "2020-01..2020-11",
    ]


def test_bounds_of_a_class_before_de_and_funds_obtained_in_a_review():
    from indicators import parse_text

    report = parse_text(
        "一、2022年工作回顾\n\n地区生产总值超百亿元的县区达到6个，其中超200亿元的3个。全年争取上级各类"
        "项目资金3450万元，比上年增加620万元。\n\n二、2023年目标\n\n争取地区生产总值增长6%。\n"
    )
    table = claims_table(report)
    assert table[["value", "unit", "kind", "qualifier"]].values.tolist() == [
        ["6", "个", "actual", ""],
        ["3", "个", "actual", ""],
        ["3450", "万元", "actual", ""],
        ["620", "万元", "actual", ""],
        ["", "", "target", "争取"],
    ]


def test_a_month_compared_with_the_month_before_and_totals_after_new_ones():
    """比5月份的1.48亿元环比增长9.5%; 新建5G基站2860个，累计达到9650个 (all of them);
    压减一般性支出86万元 (a cut); 按自然口径计算下降2.1% (a basis, not a name)."""
    from indicators import parse_text
    from indicators.checking import check_report

    report = parse_text(
        "一、2022年上半年工作回顾\n\n6月份实现税收1.62亿元，比5月份的1.48亿元环比增长9.5%。一般公共预算"
        "收入186.42亿元，扣除留抵退税因素后同口径增长5.3%，按自然口径计算下降2.1%。压减一般性支出86万元。"
        "新建5G基站2860个，累计达到9650个。\n"
    )
    table = claims_table(report)
    assert table[["name", "period", "value", "growth_basis", "measure"]].values.tolist() == [
        ["税收", "2022-06..2022-06", "1.62", "环比", "level"],
        ["税收", "2022-05..2022-05", "1.48", "", "level"],
        ["一般公共预算收入", "2022-01..2022-06", "186.42", "同口径", "level"],
        ["一般公共预算收入", "2022-01..2022-06", "", "按自然口径计算", "level"],
        ["一般性支出", "2022-01..2022-06", "-86", "", "change"],
        ["新建5G基站", "2022-01..2022-06", "2860", "", "new"],
        ["5G基站", "2022-01..2022-06", "9650", "", "level"],
    ]
    growth = check_report(report).table.iloc[0]
    assert (growth.check, growth.verdict) == ("growth", "consistent")


def test_a_bare_measure_word_takes_the_head_of_the_figure_before_it():
    table = claims_table(
        parse_text(
            "一、2021年工作回顾\n\n全年蔬菜播种面积3.2万亩，粮食播种面积12.5万亩，总产量5.46万吨，"
            "增长2.1%。年末金融机构各项存款余额86.3亿元，贷款余额52.7亿元。"
            "规上工业总产值42.6亿元，增长9%；产量前十的企业贡献较大。\n"
        )
    )
    by_value = table.set_index("value")
    assert by_value.loc["5.46", ["indicator", "name"]].tolist() == ["粮食产量", "总产量"]
    assert by_value.loc["52.7", "indicator"] == "金融机构贷款余额"
    assert by_value.loc["3.2", "indicator"] != "粮食产量"


def test_an_adverb_after_the_indicator_and_the_outline_of_the_speech():
    table = claims_table(
        parse_text(
            "一、2020年工作回顾\n\n一季度规上工业总产值仅完成6.12亿元，同比下降14.3%。\n\n"
            "二、2021年工作安排\n\n重点抓好以下五个方面工作，突出抓好三个方面。新建道路5公里。\n"
        )
    )
    assert table.indicator.tolist() == ["规模以上工业总产值", ""]
    assert table.value.tolist() == ["6.12", "5"]
