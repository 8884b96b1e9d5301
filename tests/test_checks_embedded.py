"""The relations of the embedded report, judged with exact expected numbers.

Expected figures are derived here from the printed figures by hand (exact fractions), not
with the package's own helpers, the way statsmodels tests against reference figures. Every
test runs twice: on a claims table built by hand, and on the one the extractor produces.
"""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction as F
from itertools import product

import pytest

from indicators.checking import CHECK_COLUMNS, check_claims
from indicators.claims_table import claims_table

from .claims_tables import embedded_claims


def lo_hi(text: str) -> tuple[F, F]:
    """The rounding interval of a printed figure, by hand."""
    places = len(text.split(".")[1]) if "." in text else 0
    half = F(1, 2 * 10**places)
    return F(text) - half, F(text) + half


def down(x: F, places: int) -> str:
    return str(Decimal(math.floor(x * 10**places)).scaleb(-places))


def up(x: F, places: int) -> str:
    return str(Decimal(math.ceil(x * 10**places)).scaleb(-places))


def half_up(x: F, places: int) -> str:
    n = math.floor(abs(x) * 10**places + F(1, 2)) * (1 if x >= 0 else -1)
    return str(Decimal(n).scaleb(-places).quantize(Decimal(1).scaleb(-places)))


def printable(lo: F, hi: F, places: int) -> tuple[str, str]:
    """Smallest and largest figures printed with ``places`` decimals meeting [lo, hi]."""
    unit = F(1, 10**places)
    candidates = range(math.floor(lo / unit) - 2, math.ceil(hi / unit) + 3)
    ok = [k for k in candidates if k * unit - unit / 2 <= hi and k * unit + unit / 2 >= lo]
    return half_up(ok[0] * unit, places), half_up(ok[-1] * unit, places)


@pytest.fixture(scope="module", params=["hand-built", "extracted"])
def source(request, embedded):
    if request.param == "hand-built":
        return embedded_claims()
    return claims_table(embedded)


@pytest.fixture(scope="module")
def result(source, embedded):
    return check_claims(source, embedded)


@pytest.fixture(scope="module")
def table(result):
    return result.table


def rows(table, check, indicator=None, period=None):
    found = table[table.check == check]
    if indicator is not None:
        found = found[found.indicators.str.split("; ").str[0] == indicator]
    if period is not None:
        found = found[found.period == period]
    return found


def one(table, check, indicator=None, period=None):
    found = rows(table, check, indicator, period)
    assert len(found) == 1, found[["check", "indicators", "period"]]
    return found.iloc[0]


def test_table_columns(table):
    assert list(table.columns) == CHECK_COLUMNS
    assert set(table.verdict) <= {"consistent", "inconsistent", "not_assessable"}
    assert (table.lines != "").all() and (table.explanation != "").all()


def test_output_by_sector_adds_up_in_2020(table):
    row = one(table, "sum", "社会总产值", "2020")
    assert row.verdict == "consistent"
    assert row.gap == ""
    lo = sum(lo_hi(x)[0] for x in ("103.63", "12.98", "11.38"))
    hi = sum(lo_hi(x)[1] for x in ("103.63", "12.98", "11.38"))
    assert row.recomputed == f"127.99 亿元 [{down(lo, 3)}, {up(hi, 3)}]"
    assert row.explanation == (
        "2020 年工业总产值 103.63 亿元、农业总产值 12.98 亿元和第三产业总产值 11.38 亿元"
        "合计 127.99 亿元，与社会总产值 127.99 亿元相符。"
    )
    assert row.lines == "42; 43; 47; 49"


TARGETS = [
    # indicator, 2021 target, stated growth, 2020 actual
    ("社会总产值", "134.63", "11.97", "127.99"),
    ("工业总产值", "112.27", "11.38", "103.63"),
    ("规模以上工业总产值", "100.93", "12.55", "92.63"),
]


@pytest.mark.parametrize(("indicator", "target", "growth", "base"), TARGETS)
def test_2021_targets_do_not_grow_by_the_rate_they_state(table, indicator, target, growth, base):
    row = one(table, "growth", indicator, "2020→2021")
    assert row.verdict == "inconsistent"
    (t_lo, t_hi), (b_lo, b_hi), (g_lo, g_hi) = lo_hi(target), lo_hi(base), lo_hi(growth)
    implied_lo, implied_hi = (t_lo / b_hi - 1) * 100, (t_hi / b_lo - 1) * 100
    implied = (F(target) / F(base) - 1) * 100
    assert row.recomputed == (
        f"{half_up(implied, 2)}% [{down(implied_lo, 4)}%, {up(implied_hi, 4)}%]"
    )
    assert row.gap == half_up(g_lo - implied_hi, 4)
    assert row.gap_unit == "个百分点"
    rate = printable(implied_lo, implied_hi, 2)
    new_target = printable(b_lo * (1 + g_lo / 100), b_hi * (1 + g_hi / 100), 2)
    new_base = printable(t_lo / (1 + g_hi / 100), t_hi / (1 + g_lo / 100), 2)
    assert row.suggestion == (
        f"增速 {rate[0]}%～{rate[1]}%；或目标 {new_target[0]}～{new_target[1]} 亿元；"
        f"或 2020 年{indicator} {new_base[0]}～{new_base[1]} 亿元"
    )
    central_base = half_up(F(target) / (1 + F(growth) / 100), 2)
    central_target = half_up(F(base) * (1 + F(growth) / 100), 2)
    price = ((1 + implied / 100) / (1 + F(growth) / 100) - 1) * 100
    assert row.explanation == (
        f"2021 年{indicator}目标 {target} 亿元较 2020 年 {base} 亿元增长 {half_up(implied, 2)}%"
        f"（按舍入区间为 {rate[0]}%～{rate[1]}%），与文中所写增长 {growth}% 不符，"
        f"相差 {half_up(g_lo - implied_hi, 2)} 个百分点；若增长 {growth}% 无误，"
        f"2020 年{indicator}应约为 {central_base} 亿元，或目标应约为 {central_target} 亿元；"
        f"若增长 {growth}% 为按可比价计算的增速，与现价水平之差意味着价格下降约 "
        f"{half_up(-price, 2)}%，仍需核实。"
    )
    assert row.flag == "comparable_prices"


def test_the_illustrated_numbers_of_the_total_target(table):
    row = one(table, "growth", "社会总产值", "2020→2021")
    assert "增长 5.19%（按舍入区间为 5.18%～5.20%）" in row.explanation
    assert "2020 年社会总产值应约为 120.24 亿元，或目标应约为 143.31 亿元" in row.explanation
    assert row.lines == "42; 43; 306"


def test_total_growth_2020_does_not_follow_from_its_sectors(table):
    row = one(table, "growth_total_vs_parts", "社会总产值", "2020")
    assert row.verdict == "inconsistent"
    levels = [lo_hi(x) for x in ("103.63", "12.98", "11.38")]
    rates = [lo_hi(x) for x in ("9.8", "4.52", "4.87")]

    def growth(ls, gs):
        return (sum(ls) / sum(p / (1 + g / 100) for p, g in zip(ls, gs, strict=True)) - 1) * 100

    lows = [growth(c, [g[0] for g in rates]) for c in product(*levels)]
    highs = [growth(c, [g[1] for g in rates]) for c in product(*levels)]
    lo, hi = min(lows), max(highs)
    central = growth([F("103.63"), F("12.98"), F("11.38")], [F("9.8"), F("4.52"), F("4.87")])
    assert half_up(central, 2) == "8.79"
    assert row.recomputed == f"8.79% [{down(lo, 4)}%, {up(hi, 4)}%]"
    assert row.gap == half_up(lo - F("7.5"), 4)
    assert row.suggestion.startswith("社会总产值增速 9%")
    assert "合计应增长 8.79%（按舍入应为 9%）" in row.explanation
    assert "7% 虽在各部分增速 4.52%～9.8% 之间" in row.explanation
    assert "各部分价格变动不同也会造成差异" in row.explanation


def test_the_exact_range_holds_every_value_inside_the_rounding_box(table):
    row = one(table, "growth_total_vs_parts", "社会总产值", "2020")
    lo_text, hi_text = row.recomputed.split("[")[1].rstrip("]").split(", ")
    lo, hi = F(lo_text.rstrip("%")), F(hi_text.rstrip("%"))
    levels = [lo_hi(x) for x in ("103.63", "12.98", "11.38")]
    rates = [lo_hi(x) for x in ("9.8", "4.52", "4.87")]
    for s in [F(0), F(1, 3), F(1, 2), F(1)]:
        ls = [a + s * (b - a) for a, b in levels]
        gs = [a + (1 - s) * (b - a) for a, b in rates]
        value = (sum(ls) / sum(p / (1 + g / 100) for p, g in zip(ls, gs, strict=True)) - 1) * 100
        assert lo <= value <= hi


@pytest.mark.parametrize(
    ("period", "part", "whole"), [("2020", "92.63", "103.63"), ("2021", "100.93", "112.27")]
)
def test_above_scale_output_is_within_all_industry(table, period, part, whole):
    row = one(table, "part_of_whole", "规模以上工业总产值", period)
    assert row.verdict == "consistent"
    assert row.recomputed == f"占 {half_up(F(part) / F(whole) * 100, 2)}%"
    target = "目标" if period == "2021" else ""
    assert row.explanation == (
        f"{period} 年规模以上工业总产值{target} {part} 亿元未超过工业总产值{target} {whole} 亿元"
        f"（占 {half_up(F(part) / F(whole) * 100, 2)}%），两者相符。"
    )


def test_from_41_to_52_enterprises_is_26_8_percent(table):
    row = one(table, "count_change", "规模以上工业企业")
    assert row.verdict == "consistent"
    assert row.recomputed == f"{half_up((F(52, 41) - 1) * 100, 2)}%"
    assert row.explanation == (
        "规模以上工业企业由 41 间增至 52 间，增长 26.83%，与文中所写增长 26.8% 相符。"
    )
    assert row.lines == "90; 92"


def test_45_and_52_above_scale_enterprises_are_one_quantity_in_two_scopes(table):
    row = one(table, "same_quantity", "规模以上工业企业")
    assert row.verdict == "inconsistent"
    assert (row.gap, row.gap_unit, row.flag) == ("7", "家", "two_scopes")
    assert row.explanation == (
        "2020 年规模以上工业企业在文中出现两个不同数字：45 家（第 47 行，纳入产值统计）与 52 间"
        "（第 90 行），相差 7 家；两者口径不同，应在文中注明各自口径，或统一为同一口径。"
    )


def test_township_tax_is_within_all_tax(table):
    row = one(table, "part_of_whole", "本级税收收入")
    assert row.verdict == "consistent"
    assert row.explanation == (
        "2020 年本级税收收入 1.86 亿元未超过税收收入 5.9 亿元（占 31.53%），两者相符。"
    )


@pytest.mark.parametrize(
    ("total", "done", "ongoing", "line"), [("44", "39", "5", "71"), ("30", "29", "1", "196")]
)
def test_done_and_ongoing_add_up_to_the_total(table, total, done, ongoing, line):
    found = rows(table, "sum")
    found = found[found.stated.str.endswith(f" {total} 项")]
    assert len(found) == 1
    row = found.iloc[0]
    assert row.verdict == "consistent"
    assert row.recomputed == f"{total} 项"
    assert row.lines.startswith(line)
    assert f"{done} 项" in row.explanation and f"{ongoing} 项" in row.explanation


def test_the_2021_target_leaves_less_for_agriculture_and_services_than_2020(table, result):
    row = one(table, "residual", "社会总产值", "2021")
    assert row.verdict == "consistent"
    assert row.flag == "implied_decline"
    rest_lo = lo_hi("134.63")[0] - lo_hi("112.27")[1]
    rest_hi = lo_hi("134.63")[1] - lo_hi("112.27")[0]
    before_lo = lo_hi("12.98")[0] + lo_hi("11.38")[0]
    before_hi = lo_hi("12.98")[1] + lo_hi("11.38")[1]
    change = (F("22.36") / F("24.36") - 1) * 100
    change_lo, change_hi = (rest_lo / before_hi - 1) * 100, (rest_hi / before_lo - 1) * 100
    assert row.recomputed == (
        f"22.36 亿元 [{down(rest_lo, 3)}, {up(rest_hi, 3)}]；较上年 下降 {half_up(-change, 2)}%"
    )
    assert row.explanation == (
        "2021 年社会总产值目标 134.63 亿元减去工业总产值目标 112.27 亿元，余下农业总产值和"
        "第三产业总产值合计 22.36 亿元，比 2020 年的 24.36 亿元下降 8.21%（按舍入区间为 "
        f"{down(change_lo, 2)}%～{up(change_hi, 2)}%），即目标隐含农业总产值和第三产业总产值减少，"
        "请核实是否有意为之。"
    )
    derived = result.derived_table
    residual = derived[derived.kind == "residual"].iloc[0]
    assert (residual.value, residual.low, residual.high) == ("22.36", "22.3500", "22.3700")


def test_growths_without_last_years_level_are_not_assessable_and_name_it(table):
    row = one(table, "growth", "社会总产值", "2020")
    assert row.verdict == "not_assessable"
    base_lo = lo_hi("127.99")[0] / (1 + lo_hi("7")[1] / 100)
    base_hi = lo_hi("127.99")[1] / (1 + lo_hi("7")[0] / 100)
    low, high = printable(base_lo, base_hi, 2)
    central = half_up(F("127.99") / F("1.07"), 2)
    assert row.explanation == (
        "文中未给出 2019 年社会总产值，无法核对 2020 年社会总产值增长 7%；按 127.99 亿元和该增速"
        f"推算，2019 年社会总产值约为 {central} 亿元（{low}～{high} 亿元）。"
    )
    investment = one(table, "growth", "固定资产投资", "2021")
    assert investment.verdict == "not_assessable"
    assert investment.suggestion == "补充 2020 年固定资产投资"


def test_derived_values_carry_their_intervals_and_provenance(result):
    derived = result.derived_table.set_index("what")
    row = derived.loc["2020 年社会总产值（2021 年目标的基数）"]
    assert row.value == half_up(F("134.63") / F("1.1197"), 2) == "120.24"
    assert F(row.low) <= F("134.625") / F("1.11975") and F(row.high) >= F("134.635") / F("1.11965")
    assert (row.kind, row.unit, row.lines, row.claim_ids) == ("target_base", "亿元", "306", "p23.1")
    previous = derived.loc["2019 年工业总产值"]
    assert previous.value == half_up(F("103.63") / F("1.098"), 2)
    voters = result.derived_table[result.derived_table.kind == "implied_base"].iloc[0]
    assert (voters.low, voters.high) == ("53993.00", "53997.00")
    assert half_up(F(52348 * 100, 53993), 2) == half_up(F(52348 * 100, 53997), 2) == "96.95"


def test_summary_counts(result, source):
    assert result.claims_found == len(source)
    assert result.inconsistent == 5
    assert result.summary.startswith(f"提取的数据 {result.claims_found} 条，")
    assert f"核查的关系 {len(result.findings)} 项，不一致 5 项，" in result.summary


def test_relations_are_found_from_the_words_when_the_table_has_no_links(embedded, table):
    bare = check_claims(embedded_claims(links=False), embedded).table
    key = ["check", "verdict", "period", "gap"]
    assert sorted(map(tuple, bare[key].values)) == sorted(map(tuple, table[key].values))
