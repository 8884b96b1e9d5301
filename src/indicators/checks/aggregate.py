"""A total's growth against its parts' growth.

If a total ``T`` is the sum of parts ``P_i`` in both years, last year's total is
``sum(P_i / (1 + g_i))`` and the total grew by ``sum(P_i) / sum(P_i / (1 + g_i)) - 1``, a
level-weighted (harmonic) mean of the parts' growth, so it lies between the lowest and the
highest part growth. The exact range of that mean over all values in the rounding intervals
is found at the corners of the box: it increases with every ``g_i``, and for fixed rates it is
a ratio of linear functions of the levels, whose extremes lie at the corners.
"""

from __future__ import annotations

from itertools import product

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, NOT_ASSESSABLE, Finding
from ..intervals import Interval, fmt, growth_factor, implied_growth
from ..quantities import Quantity
from ..relations import ClaimIndex

#: Corners are enumerated exactly; beyond this many parts the cruder interval bound is used.
MAX_EXACT_PARTS = 10


def weighted_growth(levels: list[Fraction], rates: list[Fraction]) -> Fraction:
    """Growth in per cent of a total whose parts have these levels and growth rates.

    Examples
    --------
    >>> weighted_growth([Fraction(110), Fraction(105)], [Fraction(10), Fraction(5)])
    Fraction(15, 2)
    """
    previous = sum((p / growth_factor(g) for p, g in zip(levels, rates, strict=True)), Fraction(0))
    return implied_growth(sum(levels, Fraction(0)), previous)


def implied_total_growth(levels: list[Interval], rates: list[Interval]) -> Interval:
    """The exact range of the total's growth over all values inside the intervals.

    Examples
    --------
    >>> iv = implied_total_growth([Interval.point(110), Interval.point(105)],
    ...                           [Interval.point(10), Interval.point(5)])
    >>> iv.lo == iv.hi == Fraction(15, 2)
    True
    """
    if not all(iv.bounded and iv.positive for iv in levels) or not all(
        r.bounded and r.lo is not None and r.lo > -100 for r in rates
    ):
        return _crude(levels, rates)
    if len(levels) > MAX_EXACT_PARTS:
        return _crude(levels, rates)
    corners = list(product(*[(iv.lo, iv.hi) for iv in levels]))
    low_rates = [r.lo for r in rates]
    high_rates = [r.hi for r in rates]
    lo = min(weighted_growth(list(c), low_rates) for c in corners)  # type: ignore[arg-type]
    hi = max(weighted_growth(list(c), high_rates) for c in corners)  # type: ignore[arg-type]
    return Interval(lo, hi)


def _crude(levels: list[Interval], rates: list[Interval]) -> Interval:
    total = sum(levels[1:], levels[0])
    previous = sum(
        (p / growth_factor(r) for p, r in zip(levels[1:], rates[1:], strict=True)),
        levels[0] / growth_factor(rates[0]),
    )
    return implied_growth(total, previous)


def aggregate_checks(index: ClaimIndex) -> list[Finding]:
    """Judge each total's stated growth against the growth of its vocabulary components.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("工农业总产值", "50.0", "8.0"), ("工业总产值", "40.0", "10.0"),
    ...         ("农业总产值", "10.0", "2.0")]
    >>> table = pd.DataFrame([dict(indicator=i, value=v, growth_pct=g) for i, v, g in rows])
    >>> table = table.assign(name="", period="2022", kind="actual", unit="亿元", line="2", quote="")
    >>> [(f.verdict, f.recomputed) for f in aggregate_checks(ClaimIndex(read_claims(table)))]
    [('inconsistent', '8.30% [8.2427%, 8.3596%]')]
    """
    findings = []
    for entry in index.totals_with_components():
        for total in index.quantities:
            if total.indicator != entry.name or total.growth is None or total.value is None:
                continue
            if total.is_average_growth or not _over_a_year(index, total):
                continue  # 年均, 是2015年的1.58倍: not a growth over the year before
            if total.row in index.earlier:
                continue
            parts: list[Quantity | None] = [
                index.level(c, total.period, total.kind, like=total) for c in entry.components
            ]
            if all(p is None for p in parts):
                continue
            if total.scope and any(p is not None and p.scope != total.scope for p in parts):
                continue  # 对…国家进出口 (a part of the place): not the place's exports
            if index.parts_of_another(parts, total):
                continue  # 口岸完成进出口贸易额…。其中，出口…；进口…: the port's, not the county's
            absent = [c for c, p in zip(entry.components, parts, strict=True) if p is None]
            no_rate = [
                p.label
                for p in parts
                if p is not None
                and (p.growth is None or p.is_average_growth or not _over_a_year(index, p))
            ]
            present = [p for p in parts if p is not None]
            if absent or no_rate:
                findings.append(_missing(total, present, absent, no_rate))
            else:
                findings.append(judge(total, present, index.comparable(total)))
    return findings


def _over_a_year(index: ClaimIndex, q: Quantity) -> bool:
    """Whether the growth of ``q`` is over the same months a year before (同比, 比上年)."""
    base = index.growth_base_period(q)
    if base is None or q.period is None:
        return False
    return base.start[0] == q.period.start[0] - 1 and base.end[0] == q.period.end[0] - 1


def _missing(
    total: Quantity, present: list[Quantity], absent: list[str], no_rate: list[str]
) -> Finding:
    when = ex.when(total.period)
    level = "目标" if total.kind == "target" else "数值"
    lacking = []
    if absent:
        lacking.append(f"{when}{ex.names(absent)}的{level}及增速")
    if no_rate:
        lacking.append(f"{when}{ex.names(no_rate)}的增速")
    what = "以及".join(lacking)
    return Finding(
        check="growth_total_vs_parts",
        verdict=NOT_ASSESSABLE,
        indicators=(total.label, *(p.label for p in present)),
        period=total.period.text if total.period else "",
        stated=f"{total.label} {ex.growth_words(total)}",
        recomputed="",
        explanation=(
            f"文中未给出{what}，无法由各组成部分核对{ex.subject(total)}{ex.growth_words(total)}。"
        ),
        claims=(total, *present),
        suggestion=f"补充{what}",
    )


def judge(total: Quantity, parts: list[Quantity], comparable: bool) -> Finding:
    """Judge the total's growth against the level-weighted growth of its parts."""
    assert total.unit is not None and total.growth is not None
    levels = [p.value_in(total.unit) for p in parts]
    points = [p.point_in(total.unit) for p in parts]
    if any(iv is None for iv in levels) or any(x is None for x in points):
        return _missing(
            total, parts, [], [p.label for p, iv in zip(parts, levels, strict=True) if iv is None]
        )
    rates = [p.growth for p in parts]
    rate_points = [p.growth_point for p in parts]
    implied = implied_total_growth(levels, rates)  # type: ignore[arg-type]
    implied_pt = weighted_growth(points, rate_points)  # type: ignore[arg-type]
    places = max(total.growth_places, 2)
    stated_words = ex.growth_words(total)
    part_words = "、".join(f"{p.label}{ex.growth_words(p)}" for p in parts)
    lead = (
        f"{ex.subject(total)}{stated_words}，而按{part_words}及各自{_level_word(total)}加权推算，"
        f"合计应{ex.change(implied_pt, places)}"
    )
    common = dict(
        check="growth_total_vs_parts",
        indicators=(total.label, *(p.label for p in parts)),
        period=total.period.text if total.period else "",
        stated=f"{total.label} {stated_words}",
        recomputed=ex.estimate(implied_pt, implied, places, "%"),
        claims=(total, *parts),
    )
    if implied.meets(total.growth):
        return Finding(
            verdict=CONSISTENT,
            explanation=f"{lead}，与文中所写相符。",
            **common,
        )
    gap = implied.gap(total.growth)
    rate_range = ex.consistent_range(implied, total.growth_places, "%")
    slowest = min(parts, key=lambda p: p.growth_point or 0)
    fastest = max(parts, key=lambda p: p.growth_point or 0)
    between = ""
    if slowest.growth_point <= total.growth_point <= fastest.growth_point:  # type: ignore[operator]
        between = (
            f"（{total.growth_text}% 虽在各部分增速 "
            f"{slowest.growth_text}%～{fastest.growth_text}% 之间，但与各部分的权重不符）"
        )
    sentence = (
        f"{lead}（按舍入{'区间为' if '～' in rate_range else '应为'} {rate_range}），"
        f"与文中所写不符{between}，相差 {fmt(gap, 2)} 个百分点"
    )
    flag = ""
    if comparable and total.family == "money":
        sentence += "；若各增速为按可比价计算，各部分价格变动不同也会造成差异，仍需核实"
        flag = "comparable_prices"
    return Finding(
        verdict=INCONSISTENT,
        explanation=sentence + "。",
        gap=gap,
        gap_unit="个百分点",
        suggestion=(
            f"{total.label}增速 {rate_range}；或核实{ex.names([p.label for p in parts])}的增速"
        ),
        flag=flag,
        **common,
    )


def _level_word(total: Quantity) -> str:
    if total.family == "money":
        return "产值" if "产值" in total.label else "数额"
    return "数值"
