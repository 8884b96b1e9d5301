"""Counts by size class against the count they divide (``class_counts``)."""

from __future__ import annotations

import pytest

from indicators import claims_table, parse_text
from indicators.checking import check_claims

HEADING = "一、2022年工作回顾\n\n"


def _class_counts(body: str):
    report = parse_text(HEADING + body + "\n")
    table = check_claims(claims_table(report), report).table
    return table[table.check == "class_counts"]


VILLAGES = (
    "全镇{total}个村村集体经济收入合计612.4万元，比上年增长18.6%。按收入分档，50万元以上的村"
    "{top}个，20万—50万元的村7个，10万—20万元的村3个，10万元以下的村1个。"
)


@pytest.mark.parametrize(
    ("total", "top", "verdict", "recomputed"),
    [
        ("14", "3", "consistent", "14 个"),
        ("14", "4", "inconsistent", "15 个"),
        ("16", "3", "inconsistent", "14 个"),
    ],
)
def test_classes_from_the_lowest_to_the_highest_add_up_to_the_count_exactly(
    total, top, verdict, recomputed
):
    found = _class_counts(VILLAGES.format(total=total, top=top))
    assert list(found.verdict) == [verdict]
    assert list(found.stated) == [f"村 {total} 个"]
    assert list(found.recomputed) == [recomputed]
    if verdict == "inconsistent":
        assert "各档之和应等于总数" in found.explanation.iloc[0]


PROJECTS = (
    "全年新签约项目{total}个，签约总额386.5亿元。按投资规模分，10亿元以上项目8个，签约额198.6亿元；"
    "5亿元至10亿元项目12个；1亿—5亿元项目{small}个。"
)


def test_classes_without_the_lowest_add_up_to_no_more_than_the_count():
    found = _class_counts(PROJECTS.format(total="46", small="20"))
    assert list(found.verdict) == ["consistent"]
    assert list(found.recomputed) == ["40 个"]
    over = _class_counts(PROJECTS.format(total="46", small="29"))
    assert list(over.verdict) == ["inconsistent"]
    assert list(over.gap) == ["3"]
    assert list(over.suggestion) == ["各档合计不超过 46 个"]


def test_classes_that_nest_or_counts_of_other_things_are_not_judged():
    nested = "全年新签约项目46个，其中亿元以上项目30个，10亿元以上项目12个，50亿元以上项目3个。"
    assert _class_counts(nested).empty
    other = (
        "全年新签约项目46个，新增规上工业企业6家。全镇产值10亿元以上的企业20家，"
        "5亿—10亿元的企业20家。"
    )
    assert _class_counts(other).empty  # new ones, and no count of all the enterprises
    apart = "全年新签约项目46个，10亿元以上项目30个。全年竣工项目52个，5亿—10亿元项目20个。"
    assert _class_counts(apart).empty  # classes of two sentences are two splits


def test_a_part_or_a_class_before_the_classes_is_not_the_count_they_divide():
    found = _class_counts(
        "全镇共有行政村14个，其中脱贫村5个。按集体经济收入分档，50万元以上的村3个，20万—50万元的村"
        "7个，10万—20万元的村3个，10万元以下的村1个。"
    )
    assert found.verdict.tolist() == ["consistent"] and found.stated.tolist() == ["行政村 14 个"]


def test_classes_of_a_later_sentence_are_a_split_of_their_own():
    found = _class_counts(
        "全年新签约项目46个，10亿元以上项目8个。按投资规模分，5亿—10亿元项目12个，1亿—5亿元项目40个，"
        "1亿元以下项目9个。"
    )
    assert found.verdict.tolist() == ["inconsistent"] and found.recomputed.tolist() == ["61 个"]


def test_classes_of_villages_count_against_the_administrative_villages_of_the_town():
    report = parse_text(
        "一、2019年工作回顾\n\n全镇42个行政村集体经济收入合计1186.4万元。其中，收入50万元以上的村6个，"
        "20万—50万元的村11个，10万—20万元的村15个，5万—10万元的村13个。\n"
    )
    table = check_claims(claims_table(report), report).table
    [row] = table[table.check == "class_counts"].to_dict("records")
    assert row["verdict"] == "inconsistent" and row["gap"] == "3"  # 45 villages of 42


BUILDINGS = (
    "全街道36幢楼宇中，税收超亿元楼宇{top}幢、5000万元至1亿元楼宇8幢、1000万元至5000万元楼宇14幢，"
    "其余5幢。"
)


def test_a_class_above_a_bound_printed_before_it_is_a_class_not_the_count_divided():
    found = _class_counts(BUILDINGS.format(top="9"))
    assert found.stated.tolist() == ["楼宇中 36 幢"]  # not the top class's 9 buildings
    assert found.verdict.tolist() == ["consistent"] and found.recomputed.tolist() == ["31 幢"]
    over = _class_counts(BUILDINGS.format(top="19"))
    assert over.verdict.tolist() == ["inconsistent"] and over.gap.tolist() == ["5"]


def test_a_class_sharing_sizes_with_one_before_opens_a_set_of_its_own():
    text = (
        "全镇{total}个行政村集体经济总收入1486.5万元。超过100万元的村4个，50万—100万元的村9个，"
        "30万—50万元的村5个；超过50万元的村13个，比上年增加3个。"
    )
    found = _class_counts(text.format(total="18"))
    assert found.verdict.tolist() == ["consistent"] and found.recomputed.tolist() == ["18 个"]
    assert _class_counts(text.format(total="16")).verdict.tolist() == ["inconsistent"]


def test_classes_whose_noun_is_that_of_the_count_they_are_among_divide_it():
    text = "全区22个街镇中，规上工业总产值超百亿元的6个、50亿元至100亿元的7个、50亿元以下的{}个。"
    found = _class_counts(text.format("10"))
    assert found.verdict.tolist() == ["inconsistent"] and found.recomputed.tolist() == ["23 个"]
    assert _class_counts(text.format("9")).verdict.tolist() == ["consistent"]
