"""Targets against outcomes: rounding-aware verdicts, directions, units, and the test towns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from indicators.batch import OUTCOMES, run_batch
from indicators.facts import Fact
from indicators.outcomes import MET, MISSED, NEARLY_MET, NOT_COMPARABLE, judge

BATCH = Path(__file__).parent / "texts" / "batch"


def fact(kind, value="", unit="", growth="", qualifier="", growth_qualifier="", key="税收收入"):
    return Fact(
        report=f"{kind}.txt",
        place="青山镇",
        report_year="2023" if kind == "actual" else "2022",
        seq=0,
        key=key,
        named_by="indicator",
        year=2022,
        kind=kind,
        measure="level",
        value=value,
        unit=unit,
        growth_pct=growth,
        qualifier=qualifier,
        growth_qualifier=growth_qualifier,
        line=12,
        quote="",
    )


def one(target, actual):
    outcomes = judge(target, actual)
    assert len(outcomes) == 1
    o = outcomes[0]
    return o.verdict, o.certain, o.row()["margin"]


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        # 左右: a shortfall within one significant step (at most a tenth) is nearly met
        (("7", "左右"), "6.8", (NEARLY_MET, True, "-0.2")),
        (("6", "左右"), "5.2", (MISSED, True, "-0.8")),
        (("6", "左右"), "6.0", (MET, False, "0.0")),
        # a plain target: met only when reached
        (("15", ""), "14.6", (MISSED, True, "-0.4")),
        (("10", "以上"), "13.5", (MET, True, "3.5")),
        # the printed actual 7 stands for 6.5..7.5: short of 7.5 as printed, not for certain
        (("7.5", ""), "7", (MISSED, False, "-0.5")),
        # a printed range: the low end is the threshold
        (("8—10", ""), "8.5", (MET, True, "0.5")),
        # a target of decline (下降3%) is met by a larger fall
        (("-3", ""), "-3.2", (MET, True, "-0.2")),
        (("-3", ""), "-2.5", (MISSED, True, "0.5")),
    ],
)
def test_growth_targets(target, actual, expected):
    growth, qualifier = target
    got = one(fact("target", growth=growth, qualifier=qualifier), fact("actual", growth=actual))
    assert got == expected


def test_a_ceiling_is_met_from_below():
    target = fact("target", "3.5", "%", qualifier="控制在 以内", key="城镇登记失业率")
    assert one(target, fact("actual", "2.8", "%", key="城镇登记失业率"))[:2] == (MET, True)
    assert one(target, fact("actual", "3.6", "%", key="城镇登记失业率"))[:2] == (MISSED, True)


def test_levels_are_compared_in_the_targets_unit_exactly():
    target = fact("target", "8600", "万元", qualifier="达到")
    o = judge(target, fact("actual", "0.87", "亿元"))[0]
    row = o.row()
    assert (o.verdict, o.certain) == (MET, True)
    assert (row["margin"], row["margin_unit"], row["completion_pct"]) == ("100", "万元", "101.2")
    assert (row["margin_low"], row["margin_high"]) == ("50", "150")  # 0.865..0.875 亿元
    assert "0.87 亿元（合 8700 万元）" in o.explanation
    missed = judge(target, fact("actual", "0.85", "亿元"))[0]
    assert (missed.verdict, missed.row()["margin"]) == (MISSED, "-100")


def test_units_of_different_kinds_are_not_compared():
    o = judge(fact("target", "20", "公里"), fact("actual", "1.5", "亿元"))[0]
    assert o.verdict == NOT_COMPARABLE and o.row()["certain"] == ""
    assert "无法比较" in o.explanation


def test_explanations_say_what_and_by_how_much():
    target = fact("target", "49.25", "亿元", "8", "左右 力争", "左右", key="工农业总产值")
    actual = fact("actual", "48.96", "亿元", "7.4", key="工农业总产值")
    level, growth = judge(target, actual)
    assert level.explanation == (
        "2022 年工农业总产值 48.96 亿元，低于目标（49.25 亿元）0.29 亿元，"
        "未达到目标（完成目标的 99.4%）。"
    )
    assert growth.explanation == (
        "2022 年工农业总产值增长 7.4%，低于目标（增长 8%左右）0.6 个百分点，"
        "在“左右”的幅度（±0.8 个百分点）以内，基本达到。"
    )
    uncertain = judge(fact("target", growth="10"), fact("actual", growth="10.0"))[0]
    assert uncertain.explanation.endswith(
        "实际数按舍入区间为 9.95～10.05%，真实值可能在目标的另一侧，结论不确定。"
    )


# -- the test towns: 2022 targets against the 2023 reports' actuals ---------------------------

EXPECTED = {
    ("石门镇", "工农业总产值", "level"): ("missed", "true", "-0.29"),
    ("石门镇", "工农业总产值", "growth"): ("nearly_met", "true", "-0.6"),
    ("石门镇", "规模以上工业总产值", "growth"): ("missed", "true", "-1.0"),
    ("石门镇", "固定资产投资", "growth"): ("met", "true", "3.5"),
    ("石门镇", "税收收入", "level"): ("missed", "true", "-0.03"),
    ("石门镇", "税收收入", "growth"): ("missed", "true", "-1.3"),
    ("石门镇", "农村居民人均可支配收入", "growth"): ("nearly_met", "true", "-0.2"),
    ("石门镇", "规模以上工业企业", "new"): ("met", "true", "1"),
    ("石门镇", "新建高标准农田", "new"): ("met", "true", "200"),
    ("石门镇", "改造农村公路", "level"): ("missed", "true", "-1.5"),
    ("河口镇", "社会总产值", "level"): ("missed", "true", "-0.02"),
    ("河口镇", "社会总产值", "growth"): ("missed", "true", "-0.1"),
    ("河口镇", "固定资产投资", "growth"): ("met", "false", "0.0"),
    ("河口镇", "税收收入", "level"): ("met", "true", "100"),
    ("河口镇", "城镇新增就业", "level"): ("met", "true", "25"),
    ("河口镇", "新改建农村公路", "level"): ("met", "true", "1.2"),
    ("龙泉镇", "规模以上工业总产值", "level"): ("met", "true", "1.26"),
    ("龙泉镇", "规模以上工业总产值", "growth"): ("met", "true", "4.3"),
    ("龙泉镇", "固定资产投资", "growth"): ("missed", "true", "-0.4"),
    ("龙泉镇", "税收收入", "growth"): ("missed", "true", "-0.8"),
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    out = tmp_path_factory.mktemp("outcomes")
    run_batch([BATCH], out, progress=False, brief=False)
    return pd.read_csv(out / f"{OUTCOMES}.csv", encoding="utf-8-sig", dtype=str).fillna("")


def test_targets_of_the_test_towns_against_next_years_actuals(outcomes):
    got = {
        (r.place, r.indicator, r.measure): (r.verdict, r.certain, r.margin)
        for r in outcomes.itertuples()
    }
    assert {k: got.get(k) for k in EXPECTED} == EXPECTED
    assert set(outcomes["year"]) == {"2022"}
    tax = outcomes[(outcomes.place == "石门镇") & (outcomes.indicator == "税收收入")].iloc[0]
    assert Path(tax.target_report).name == "shimen-2022-draft.txt"
    assert Path(tax.actual_report).name == "shimen-2023-draft.txt"
    assert tax.target_quote == "税收收入增长6%，达到2.04亿元"
    assert tax.actual_quote.startswith("税收收入2.01亿元")


def test_no_target_is_matched_across_places_or_with_its_own_report(outcomes):
    for r in outcomes.itertuples():
        assert r.target_report != r.actual_report
        stem = Path(r.target_report).name.split("-")[0]
        assert Path(r.actual_report).name.startswith(stem)


def test_a_word_draft_and_the_next_years_text_report_cite_their_own_locations(tmp_path):
    from .report_files import town_draft

    (tmp_path / "yunxi-2023.docx").write_bytes(town_draft())  # 2023 targets in a Word draft
    (tmp_path / "yunxi-2024.txt").write_text(
        "云溪镇人民政府工作报告\n\n一、2023年工作回顾\n\n"
        "2023年，全镇完成地区生产总值30.1亿元，同比增长5.6%；固定资产投资13.2亿元，"
        "增长6.5%。\n\n二、2024年工作安排\n\n2024年全镇地区生产总值预期增长6%左右。\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    summary = run_batch([tmp_path], out, progress=False, brief=False)
    assert summary.failed == 0
    table = pd.read_csv(out / f"{OUTCOMES}.csv", encoding="utf-8-sig", dtype=str).fillna("")
    got = {(r.indicator, r.verdict, r.margin): r for r in table.itertuples()}
    gdp = got[("地区生产总值", "nearly_met", "-0.4")]
    investment = got[("固定资产投资", "met", "1.5")]
    assert gdp.target_location.endswith("段") and gdp.actual_location == "第 5 行"
    assert investment.target_quote.startswith("固定资产投资增长5%")
