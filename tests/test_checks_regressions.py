"""Regressions found by running the checker on many generated reports."""

from __future__ import annotations

from indicators import claims_table, parse_text
from indicators.checking import check_claims


def _checks(body: str):
    report = parse_text(f"一、2022年工作回顾\n\n{body}\n")
    return check_claims(claims_table(report), report).table


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
    report = parse_text(
        "一、2022年工作回顾\n\n2022年，全镇完成工业总产值12.5亿元。\n\n"
        "二、2023年工作安排\n\n2023年，工业总产值力争达到13.4亿元，比上年下降100%。\n"
    )
    table = check_claims(claims_table(report), report).table
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
    assert row["implied_growth_pct"] == "" and "水平为零" in row["note"]


def test_a_share_naming_an_unprinted_whole_is_not_judged_against_other_figures():
    report = parse_text(
        "一、2023年工作回顾\n\n规上工业企业达到156家，新增18家。固定资产投资增长9.1%，"
        "其中工业投资增长15.6%，占固定资产投资比重达到38.5%。\n"
    )
    checks = check_claims(claims_table(report), report).table
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
