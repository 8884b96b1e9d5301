"""Figures per unit of another printed figure (亩均, 亩产, 单产, 户均) against the quotient."""

from __future__ import annotations

import pytest

from indicators import claims_table, parse_text
from indicators.checking import check_claims


def _per_unit(body: str, heading: str = "一、2020年工作回顾"):
    report = parse_text(f"{heading}\n\n{body}\n")
    table = check_claims(claims_table(report), report).table
    return table[table.check == "per_unit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "全镇茶园面积2.5万亩，实现茶叶产值3.2亿元，亩均产值1.28万元。",
        "园区规上工业企业用地1.86万亩，实缴税收12.48亿元，亩均税收6.71万元。",
        "全镇水稻种植面积3.2万亩，总产量1.6万吨，亩产500公斤。",
        "粮食播种面积52万亩，粮食总产量22.8万吨，单产438公斤。",
        "为1260户贫困户发放扶贫小额信贷6300万元，户均5万元。",
        # the per-unit word inside the name
        "全乡油茶林面积1.62万亩，实现产值5832万元，按油茶林面积计算亩均产值3600元。",
        "全县粮食播种面积52.6万亩，粮食总产量20.24万吨，平均亩产384.8公斤。",
        # an area with a part of it listed: of the whole area
        "全镇茶园面积2.5万亩，其中有机茶园0.3万亩，实现茶叶产值3.2亿元，亩均产值1.28万元。",
        # the visits with a part of them listed, then the income, in items of their own
        "全年接待游客1268.5万人次，其中过夜游客386.2万人次，占30.4%；实现旅游综合收入112.36亿元；"
        "游客人均花费885.8元。",
        # the divisor named by 按…计算, printed in an earlier sentence
        "全乡油茶林面积1.62万亩。全年茶油产量486吨，实现产值5832万元，按油茶林面积计算亩均产值"
        "3600元。",
        # a per-unit figure opening the item after the figures it divides
        "规上工业企业用地面积9120亩，全年实现税收31.64亿元，比上年增长10.1%；亩均税收34.7万元。",
    ],
)
def test_a_per_unit_figure_that_is_the_quotient_of_its_sentence_holds(sentence):
    [row] = _per_unit(sentence).to_dict("records")
    assert row["verdict"] == "consistent"
    assert "÷" in row["explanation"] and "相符" in row["explanation"]


def test_a_per_unit_figure_that_is_not_the_quotient_names_the_printable_ones():
    [row] = _per_unit(
        "园区规上工业企业用地1.86万亩，实缴税收12.48亿元，亩均税收7.61万元。"
    ).to_dict("records")
    assert row["verdict"] == "inconsistent"
    assert row["indicators"] == "亩均税收; 税收收入; 园区规上工业企业用地"
    assert row["recomputed"].startswith("6.71 万元")  # 12.48亿元 / 1.86万亩 = 67097 元 per 亩
    assert row["suggestion"] == "亩均税收 6.69～6.73 万元"
    assert row["gap_unit"] == "万元"
    assert "每亩 6.71 万元" in row["explanation"] and "不符" in row["explanation"]


def test_a_yield_in_kilograms_per_mu_of_an_area_in_hectares():
    # 2000 公顷 = 30000 亩; 1.5 万吨 / 30000 亩 = 500 公斤 per 亩
    [row] = _per_unit("全乡马铃薯种植面积2000公顷，总产量1.5万吨，亩产500公斤。").to_dict("records")
    assert row["verdict"] == "consistent"


@pytest.mark.parametrize(
    "body",
    [
        # two areas before the figure: which one it divides by is not printed
        "全镇茶园面积2.5万亩，油茶林1.2万亩，实现茶叶产值3.2亿元，亩均产值1.5万元。",
        # the divisor in the sentence before
        "全镇茶园面积2.5万亩。实现茶叶产值3.2亿元，亩均产值1.5万元。",
        # per head: divided by the year's average population, which is not printed
        "全镇常住人口4.2万人，地区生产总值30.5亿元，人均地区生产总值8.1万元。",
        # the plan's per-unit figure and the review's area are of different times
        "全镇茶园面积2.5万亩，茶叶产值3.2亿元。\n\n二、2021年工作安排\n\n亩均产值达到1.5万元。",
        # 户均 divides by households, not by villages
        "全镇12个行政村全部完成确权登记，全年发放耕地地力保护补贴360万元，户均补贴1200元。",
        # the county's output is of another item than the fruit's area
        "全县实现农业总产值25.6亿元，增长5.1%；特色水果种植面积8.5万亩，亩均产值达8000元。",
    ],
)
def test_a_per_unit_figure_whose_divisor_is_not_certain_is_not_judged(body):
    assert _per_unit(body).empty
