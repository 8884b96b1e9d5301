"""Parts that add up to a total, and what a total leaves for the components it omits.

A sum holds when the total's interval meets the sum of the parts' intervals. Totals come from
the vocabulary (a total and its exact components, in one period and kind) and from counts split
into what is done and what is under way (44 items: 39 done, 5 in progress). When a total is
given with only some of its components, the rest is a residual: the report implies it without
printing it, and a fall of the residual against last year is worth an analyst's question.
"""

from __future__ import annotations

import re

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Derived, Finding, gap_decimals
from ..intervals import Interval, implied_growth
from ..quantities import Quantity
from ..relations import SUM_LINK, ClaimIndex
from ..units import load_units, unit_family


def total_of(parts: list[Interval]) -> Interval:
    """The exact interval of a sum of intervals.

    Examples
    --------
    >>> total_of([Interval(Fraction(1), Fraction(2)), Interval.point(3)]).hi
    Fraction(5, 1)
    """
    return sum(parts[1:], parts[0])


def sum_checks(index: ClaimIndex) -> tuple[list[Finding], list[Derived]]:
    """Judge every total whose components the report gives; work out residuals of the others.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> from indicators.intervals import fmt
    >>> rows = [("工农业总产值", "2022", "target", "60.0"),
    ...         ("工业总产值", "2022", "target", "52.0"), ("农业总产值", "2021", "actual", "9.0")]
    >>> table = pd.DataFrame([dict(indicator=i, period=p, kind=k, value=v)
    ...                       for i, p, k, v in rows])
    >>> table = table.assign(name="", unit="亿元", line="3", quote="")
    >>> findings, derived = sum_checks(ClaimIndex(read_claims(table)))
    >>> findings[0].check, findings[0].flag, fmt(derived[0].value, 1)
    ('residual', 'implied_decline', '8.0')
    """
    findings: list[Finding] = []
    derived: list[Derived] = []
    for entry in index.totals_with_components():
        for total in index.quantities:
            if (
                total.indicator != entry.name
                or total.value is None
                or not total.is_level
                or total.row in index.earlier
            ):
                continue
            parts = [index.level(c, total.period, total.kind, like=total) for c in entry.components]
            present = [p for p in parts if p is not None]
            if not present or any(p.scope != total.scope for p in present if total.scope):
                continue  # 外商投资企业进出口 is not the total of the place's 出口 and 进口
            if index.parts_of_another(present, total):
                continue  # 口岸完成进出口贸易额…。其中，出口…；进口…: the port's, not the county's
            if len(present) == len(parts):
                findings.append(_judge_sum(total, present))
                continue
            omitted = [c for c, p in zip(entry.components, parts, strict=True) if p is None]
            finding, residual = _judge_residual(index, total, present, omitted)
            findings.append(finding)
            derived.append(residual)
    for total, parts in index.splits():
        if index.complete_split(parts, total) and not _parts_in_other_units(parts, total):
            findings.append(_judge_sum(total, parts))
    return findings, derived


def _parts_in_other_units(parts: list[Quantity], total: Quantity) -> bool:
    """Whether the list of ``parts`` holds, between them, an item counted in another measure
    word than its total's (其中道路412处、水利设施563处、桥梁87座、其他设施224处): the parts in
    the total's unit are then not all of them, and their sum says nothing."""
    first, last = parts[0], parts[-1]
    if not first.context or first.anchor is None or last.anchor is None or not total.is_count:
        return False
    if first.context != last.context:
        return False
    base = _base_word(total.unit_text)
    for found in _COUNTED_ITEM.finditer(first.context, first.anchor, last.anchor):
        unit = found.group(1)
        if unit_family(unit) == unit_family(total.unit_text) and _base_word(unit) != base:
            return True
    return False


#: A count listed with 、 after it (桥梁87座、): its measure word.
_COUNTED_ITEM = re.compile(r"\d(?:\.\d+)?([\u4e00-\u9fff])、")


def _base_word(unit: str) -> str:
    """The measure word a unit counts in (万人: 人)."""
    found = load_units().get(unit)
    return found.base if found is not None else unit


def _places(total: Quantity, parts: list[Quantity]) -> int:
    return max([total.places, *(p.places for p in parts)])


def words_of(q: Quantity) -> str:
    """How a figure is quoted: its indicator, else the clause around it (已完成整改 39 项),
    or its own words with the figure when the clause runs into the next item of a list
    (续建项目 38 个, not 续建项目 38 个、新开工项目)."""
    return q.label if q.indicator else ex.quoted(q)


def _judge_sum(total: Quantity, parts: list[Quantity]) -> Finding:
    """Judge whether ``parts`` add up to ``total`` within their rounding."""
    assert total.unit is not None and total.value is not None
    unit = total.unit
    intervals = [p.value_in(unit) for p in parts]
    points = [p.point_in(unit) for p in parts]
    assert all(iv is not None for iv in intervals) and all(x is not None for x in points)
    whole = total_of(intervals)  # type: ignore[arg-type]
    whole_pt = sum(points, Fraction(0))  # type: ignore[arg-type]
    places = _places(total, parts)
    u = total.unit_text
    when = ex.when(total.period)
    target = "目标" if total.kind == "target" else ""
    by_vocab = bool(total.indicator and all(p.indicator for p in parts))
    if by_vocab:
        listed = ex.names([f"{p.label}{target} {ex.figure(p)}" for p in parts])
        lead = f"{when}{listed}合计 {ex.amount(whole_pt, places, u)}"
        against = f"{total.label}{target} {ex.figure(total)}"
    elif total.link == SUM_LINK:  # …、…，合计 X: the listed items by their own words
        listed = ex.names([f"{p.label} {ex.figure(p)}" for p in parts])
        lead = f"{when}{listed}加总为 {ex.amount(whole_pt, places, u)}"
        against = f"文中所写{total.label} {ex.figure(total)}"
    else:
        listed = ex.names([f"“{words_of(p)}”" for p in parts])
        lead = f"{listed}合计 {ex.amount(whole_pt, places, u)}"
        against = f"“{words_of(total)}”"
    common = dict(
        check="sum",
        indicators=(total.label, *(p.label for p in parts)),
        period=total.period.text if total.period else "",
        stated=f"{total.label} {ex.figure(total)}",
        recomputed=ex.estimate(whole_pt, whole, places, u, extra=1),
        claims=(total, *parts),
    )
    if whole.meets(total.value):
        return Finding(verdict=CONSISTENT, explanation=f"{lead}，与{against}相符。", **common)
    gap = whole.gap(total.value)
    alternatives = []
    for i, p in enumerate(parts):
        others = [iv for j, iv in enumerate(intervals) if j != i]
        need = total.value if not others else total.value - total_of(others)  # type: ignore[arg-type]
        need = need.scale(unit.factor / p.unit.factor) if p.unit else need
        alternatives.append(f"{p.label} {ex.consistent_range(need, p.places, p.unit_text)}")
    total_range = ex.consistent_range(whole, total.places, u)
    exact = whole.lo is not None and whole.lo == whole.hi  # counts: no rounding to speak of
    rounding = "" if exact else f"（按舍入区间为 {ex.range_text(whole, places + 1, u)}）"
    sentence = (
        f"{lead}{rounding}，与{against}不符，"
        f"相差 {ex.difference(gap, places, u, unit.whole)}；"
        f"若各部分无误，{total.label}应为 {total_range}，否则需核实各部分数字"
    )
    return Finding(
        verdict=INCONSISTENT,
        explanation=sentence + "。",
        gap=gap,
        gap_places=gap_decimals(places, unit.whole),
        gap_unit=u,
        suggestion=f"{total.label} {total_range}；或" + "；或".join(alternatives),
        **common,
    )


def _judge_residual(
    index: ClaimIndex, total: Quantity, present: list[Quantity], omitted: list[str]
) -> tuple[Finding, Derived]:
    """What ``total`` leaves for the ``omitted`` components, and how it compares with last year."""
    assert total.unit is not None and total.value is not None
    unit = total.unit
    u = total.unit_text
    places = _places(total, present)
    rest = total.value - total_of([p.value_in(unit) for p in present])  # type: ignore[misc]
    rest_pt = total.value_point - sum(  # type: ignore[operator]
        (p.point_in(unit) for p in present),  # type: ignore[misc]
        Fraction(0),
    )
    when = ex.when(total.period)
    target = "目标" if total.kind == "target" else ""
    omitted_words = ex.names(omitted)
    listed = "、".join(f"{p.label}{target} {ex.figure(p)}" for p in present)
    lead = (
        f"{when}{total.label}{target} {ex.figure(total)}减去{listed}，余下{omitted_words}"
        f"合计 {ex.amount(rest_pt, places, u)}"
    )
    residual = Derived(
        what=f"{when}{omitted_words}合计（{total.label}{target}减去已列部分）",
        indicator="+".join(omitted),
        period=total.period.text if total.period else "",
        kind="residual",
        value=rest_pt,
        interval=rest,
        places=places,
        unit=u,
        basis=f"{total.label}{target} {ex.figure(total)} − "
        + " − ".join(ex.figure(p) for p in present),
        claims=(total, *present),
    )
    previous_parts = [
        index.level(c, total.period.previous() if total.period else None, "actual", like=total)
        for c in omitted
    ]
    claims: tuple[Quantity, ...] = (total, *present)
    recomputed = ex.estimate(rest_pt, rest, places, u, extra=1)
    common = dict(
        check="residual",
        indicators=(total.label, *(p.label for p in present), *omitted),
        period=total.period.text if total.period else "",
        stated=f"{total.label}{target} {ex.figure(total)}",
    )
    if rest.hi is not None and rest.hi < 0:
        gap = -rest.hi
        return (
            Finding(
                verdict=INCONSISTENT,
                recomputed=recomputed,
                explanation=(
                    f"{when}{listed}之和已超过{total.label}{target} {ex.figure(total)}，"
                    f"超出 {ex.difference(gap, places, u, unit.whole)}，{omitted_words}无从容纳。"
                ),
                claims=claims,
                gap=gap,
                gap_places=gap_decimals(places, unit.whole),
                gap_unit=u,
                suggestion=f"{total.label}{target}至少 "
                f"{ex.consistent_range(Interval(total.value.lo - rest.hi, None), total.places, u)}",  # type: ignore[operator]
                **common,
            ),
            residual,
        )
    if any(p is None for p in previous_parts) or total.period is None:
        return (
            Finding(
                verdict=CONSISTENT,
                recomputed=recomputed,
                explanation=f"{lead}（文中未给出上年{omitted_words}，无法比较其变化）。",
                claims=claims,
                **common,
            ),
            residual,
        )
    before = [p for p in previous_parts if p is not None]
    prev_iv = total_of([p.value_in(unit) for p in before])  # type: ignore[misc]
    prev_pt = sum((p.point_in(unit) for p in before), Fraction(0))  # type: ignore[misc]
    change = implied_growth(rest, prev_iv) if prev_iv.positive else Interval.everything()
    change_pt = implied_growth(rest_pt, prev_pt)
    prev_when = ex.when(total.period.previous())
    sentence = (
        f"{lead}，比{prev_when}的 {ex.amount(prev_pt, places, u)}{ex.change(change_pt, 2)}"
        f"（按舍入区间为 {ex.range_text(change, 2, '%')}）"
    )
    flag = ""
    if change.hi is not None and change.hi < 0:
        flag = "implied_decline"
        kind_word = "目标" if total.kind == "target" else "数字"
        sentence += f"，即{kind_word}隐含{omitted_words}减少，请核实是否有意为之"
    return (
        Finding(
            verdict=CONSISTENT,
            recomputed=f"{recomputed}；较上年 {ex.change(change_pt, 2)}",
            explanation=sentence + "。",
            claims=(*claims, *before),
            suggestion=(
                f"说明{omitted_words}的{when}{'目标' if total.kind == 'target' else '数值'}"
                if flag
                else ""
            ),
            flag=flag,
            **common,
        ),
        residual,
    )
