"""A change stated as an amount (增加 14 家, 减少 1.2 亿元) against the levels and rate it connects.

A change ``D`` of a level ``C`` holds against the earlier level ``P`` when ``C - P`` meets the
interval of ``D``; against a stated growth ``g`` of ``C`` when ``D / (C - D)`` meets ``g``
(the range of that ratio over the rounding box is found at its corners, where a ratio of
this form takes its extremes). Without either, the earlier level it implies is reported.
"""

from __future__ import annotations

import re
from itertools import product

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, NOT_ASSESSABLE, Derived, Finding, gap_decimals
from ..intervals import Interval, fmt
from ..period_cells import Period
from ..phrases import load_phrases
from ..printed import is_average
from ..quantities import Quantity
from ..relations import (
    ClaimIndex,
    basis_names_no_time,
    key,
    of_the_year_before,
    over_unprinted_base,
)
from .growth import period_span


def change_checks(index: ClaimIndex) -> tuple[list[Finding], list[Derived]]:
    """Judge every stated change amount linked to the level it changes.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [dict(claim_id="k1", value="395", measure="level", linked_to="", link=""),
    ...         dict(claim_id="k2", value="382", measure="level", linked_to="k1",
    ...              link="changed_from"),
    ...         dict(claim_id="k3", value="-12", measure="change", linked_to="k2",
    ...              link="change_of")]
    >>> table = pd.DataFrame(rows).assign(indicator="", name="商贸企业", kind="actual",
    ...     period=["2021", "2022", "2022"], unit="家", line="8", quote="")
    >>> [(f.check, f.verdict, f.gap) for f in change_checks(ClaimIndex(read_claims(table)))[0]]
    [('count_change', 'inconsistent', Fraction(1, 1))]
    """
    findings: list[Finding] = []
    derived: list[Derived] = []
    yearly = {  # the changes by subject and year (2016年至2019年分别压减110万吨…和70万吨)
        (key(q), q.period.text)
        for q in index.quantities
        if q.measure == "change" and q.period is not None and q.period.is_year
    }
    for change in index.quantities:
        if change.measure != "change" or change.is_points or change.value is None:
            continue
        if is_average(change.growth_basis):  # 年均增加600人: an average over several years
            continue
        if over_unprinted_base(change.growth_basis):
            continue  # 比上届下降3.6岁: over the last term, of no year printed
        if change.link != "change_of" or not change.linked_to:
            continue
        level = index.by_id(change.linked_to)
        if level is None or level.value is None or level.unit is None or change.unit is None:
            continue
        if level.unit.kind != change.unit.kind:
            continue
        part = _part_of_year_base(change, level)
        if part is not None:  # 二季度完成11516万元，比一季度多4390万元: over the first quarter
            before = index.level(key(level), part, "actual", like=level)
            if before is not None:
                findings.append(_judge_difference(level, before, change))
            continue
        # 达到86家，比上年增加9家，是2015年43家的2倍: a change over last year, whatever
        # earlier level the figure is also compared with
        over_last_year = basis_names_no_time(change.growth_basis)
        origin = index.origins.get(level.row)
        if over_last_year and origin is not None and not of_the_year_before(origin, level):
            origin = None
        if origin is not None and _one_of_yearly_changes(change, origin, yearly):
            origin = None  # 由2015年底的1280万吨压减到890万吨，其中2016年至2019年分别压减…和70
            # 万吨: 2019's own cut, over 2018's unprinted level, not the whole change
        named = _YEAR_OF_BASIS.search(change.growth_basis)
        if named and origin is not None and origin.period is not None:
            # 由上年的142.7公斤提高到145.7公斤，比2015年增加24.1公斤: not over last year's
            origin = origin if origin.period.start[0] == int(named.group(1)) else None
        before = _named_base(index, level, change) or origin
        if before is None and _names_an_earlier_year(level, change):
            continue  # 与2019年相比增加9.69亿元 without the 2019 level: not the growth over 2020
        if before is None:
            before = _previous(index, level, change)
        over_growth = not over_last_year or _YEAR_OF_BASIS.search(level.growth_basis) is None
        if before is not None:
            findings.append(_judge_difference(level, before, change))
        elif level.growth is not None and not level.is_average_growth and over_growth:
            findings.append(_judge_against_growth(level, change))
        else:
            finding, implied = _missing(level, change)
            findings.append(finding)
            derived.append(implied)
    return findings, derived


def _part_of_year_base(change: Quantity, level: Quantity) -> Period | None:
    """The part of its own year a change is over (比一季度多4390万元: the first quarter), or
    ``None`` when its base is no such part (比上年, 比上年同期)."""
    if level.period is None or level.period.start[0] != level.period.end[0]:
        return None
    basis = change.growth_basis
    part = load_phrases().period_part_re.search(basis)
    if part is None or "年" in basis[: part.start()]:  # (比上年一季度, 比去年同期: a year's)
        return None
    first, last = load_phrases().period_parts[part.group(0)]
    year = level.period.end[0]
    return Period((year, first), (year, last))


def _one_of_yearly_changes(
    change: Quantity, origin: Quantity, yearly: set[tuple[str, str]]
) -> bool:
    """Whether ``change`` is one year's change of a series of them (the change of the year
    before is printed too) while ``origin`` lies further back: the change is that year's
    alone, not the change from ``origin``."""
    if change.period is None or not change.period.is_year or origin.period is None:
        return False
    previous = change.period.previous()
    if origin.period.end[0] >= previous.end[0]:
        return False
    return (key(change), previous.text) in yearly


def _named_base(index: ClaimIndex, level: Quantity, change: Quantity) -> Quantity | None:
    """The level of the year a change names (比2020年的47860元增加13426元), if printed."""
    year = _YEAR_OF_BASIS.search(change.growth_basis)
    if year is None or level.period is None or int(year.group(1)) >= level.period.end[0]:
        return None
    return index.level(key(level), Period.year(int(year.group(1))), "actual", like=level)


def _names_an_earlier_year(level: Quantity, change: Quantity) -> bool:
    """Whether a change names as its base a year before the year before its level's, other
    than the year its level's growth is over (比2019年增加9.69亿元，增长15.0%: the same)."""
    year = _YEAR_OF_BASIS.search(change.growth_basis)
    if year is None or level.period is None or int(year.group(1)) >= level.period.end[0] - 1:
        return False
    growth_year = _YEAR_OF_BASIS.search(level.growth_basis or "")
    return growth_year is None or growth_year.group(1) != year.group(1)


#: The year a change names as its base (比2020年).
_YEAR_OF_BASIS = re.compile(r"((?:19|20)\d\d)年")


def _previous(index: ClaimIndex, level: Quantity, change: Quantity) -> Quantity | None:
    """The level the change runs from: of the year before when the change says so (比上年增加
    9家, whatever earlier year the level's own growth is over), else of the level's base."""
    if basis_names_no_time(change.growth_basis) and level.period is not None:
        period = level.period.previous()
    else:
        period = index.growth_base_period(level)
    return index.level(key(level), period, "actual", like=level) if period else None


def _measured(level: Quantity) -> str:
    """What a level measures, with 新增 for the new ones of a year (全年新增规上工业企业126家，
    比上年多增38家: last year's new ones are 88, not last year's stock)."""
    label = level.label
    if level.measure != "new" or label.startswith(load_phrases().new_words):
        return label  # (全年新增存款146.5亿元: named so already)
    return f"新增{label}"


def _check_name(level: Quantity) -> str:
    return "count_change" if level.is_count else "change_amount"


def _judge_difference(level: Quantity, before: Quantity, change: Quantity) -> Finding:
    """Judge ``level - before`` against the stated change."""
    assert level.unit is not None and change.value is not None
    now, earlier = level.value_in(level.unit), before.value_in(level.unit)
    stated = change.value_in(level.unit)
    assert now is not None and earlier is not None and stated is not None
    implied = now - earlier
    implied_pt = (level.value_point or 0) - (before.point_in(level.unit) or 0)
    places = max(level.places, before.places, change.places)
    u = level.unit_text
    verb = "增加" if implied_pt >= 0 else "减少"
    lead = (
        f"{level.label}由{ex.when(before.period)} {ex.figure(before)}变为"
        f"{ex.when(level.period)} {ex.figure(level)}，"
        f"{verb} {ex.amount(abs(implied_pt), places, u)}"
    )
    common = dict(
        check=_check_name(level),
        indicators=(level.label,),
        period=period_span(level, before),
        stated=f"{_signed(change)} {change.unit_text}",
        recomputed=ex.estimate(implied_pt, implied, places, u, extra=1),
        claims=(before, level, change),
    )
    if implied.meets(stated):
        return Finding(verdict=CONSISTENT, explanation=f"{lead}，与文中所写相符。", **common)
    gap = implied.gap(stated)
    whole = bool(level.unit.whole)
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}，与文中所写{_words(change)}不符，相差 {ex.difference(gap, places, u, whole)}。"
        ),
        gap=gap,
        gap_places=gap_decimals(places, whole),
        gap_unit=u,
        suggestion=f"变化量 {ex.consistent_range(implied, change.places, u)}",
        **common,
    )


def _signed(change: Quantity) -> str:
    return change.value_text


def _words(change: Quantity) -> str:
    text = change.value_text.lstrip("+")
    if text.startswith("-"):
        return f"减少 {text[1:]} {change.unit_text}"
    return f"增加 {text} {change.unit_text}"


def _judge_against_growth(level: Quantity, change: Quantity) -> Finding:
    """Judge the growth a change amount implies, ``D / (C - D)``, against the stated growth."""
    assert level.unit is not None and level.growth is not None
    now = level.value_in(level.unit)
    amount = change.value_in(level.unit)
    assert now is not None and amount is not None
    implied = _ratio_range(now, amount)
    c_pt, d_pt = level.value_point or Fraction(0), change.point_in(level.unit) or Fraction(0)
    places = max(level.growth_places, 2)
    common = dict(
        check="change_amount",
        indicators=(level.label,),
        period=level.period.text if level.period else "",
        stated=f"{_words(change)}，{ex.growth_words(level)}",
        claims=(level, change),
    )
    if implied is None or c_pt == d_pt:
        return Finding(
            verdict=NOT_ASSESSABLE,
            recomputed="",
            explanation=f"{ex.subject(level)}减去变化量后不为正，无法由变化量核对增速。",
            **common,
        )
    implied_pt = d_pt / (c_pt - d_pt) * 100
    year = _YEAR_OF_BASIS.search(change.growth_basis)  # 较2020年增产1.78亿斤，增长8.7%: 2020's
    base = f"{year.group(1)} 年" if year is not None else "上年"
    lead = (
        f"{ex.when(level.period)}{_measured(level)}{'目标' if level.kind == 'target' else ''} "
        f"{ex.figure(level)}{_words(change)}，{base}应为 "
        f"{ex.amount(c_pt - d_pt, max(level.places, change.places), level.unit_text)}，"
        f"即{ex.change(implied_pt, places)}"
    )
    recomputed = ex.estimate(implied_pt, implied, places, "%")
    if implied.meets(level.growth):
        return Finding(
            verdict=CONSISTENT,
            recomputed=recomputed,
            explanation=f"{lead}，与文中所写{ex.growth_words(level)}相符。",
            **common,
        )
    gap = implied.gap(level.growth)
    rate_range = ex.consistent_range(implied, level.growth_places, "%")
    return Finding(
        verdict=INCONSISTENT,
        recomputed=recomputed,
        explanation=(
            f"{lead}（按舍入区间为 {rate_range}），与文中所写{ex.growth_words(level)}不符，"
            f"相差 {fmt(gap, 2)} 个百分点。"
        ),
        gap=gap,
        gap_unit="个百分点",
        suggestion=f"增速 {rate_range}",
        **common,
    )


def _ratio_range(now: Interval, amount: Interval) -> Interval | None:
    """The exact range of ``100 * D / (C - D)`` over the box, ``None`` if ``C - D`` may be 0."""
    if not (now.bounded and amount.bounded):
        return None
    base = now - amount
    if not base.positive:
        return None
    values = [
        d / (c - d) * 100
        for c, d in product((now.lo, now.hi), (amount.lo, amount.hi))  # type: ignore[operator]
    ]
    return Interval(min(values), max(values))


def _missing(level: Quantity, change: Quantity) -> tuple[Finding, Derived]:
    assert level.unit is not None and level.value is not None
    amount = change.value_in(level.unit)
    assert amount is not None
    previous = level.value - amount
    point = (level.value_point or 0) - (change.point_in(level.unit) or 0)
    before = level.period.previous() if level.period else None
    what = f"{ex.when(before)}{_measured(level)}"
    places = max(level.places, change.places)
    u = level.unit_text
    return (
        Finding(
            check=_check_name(level),
            verdict=NOT_ASSESSABLE,
            indicators=(level.label,),
            period=level.period.text if level.period else "",
            stated=f"{_signed(change)} {change.unit_text}",
            recomputed=f"上年 {ex.estimate(point, previous, places, u, extra=1)}",
            explanation=(
                f"文中未给出{what}，无法核对{_words(change)}；按 {ex.figure(level)} 推算，"
                f"{what}应为 {ex.amount(point, places, u)}。"
            ),
            claims=(level, change),
            suggestion=f"补充{what}",
        ),
        Derived(
            what=what,
            indicator=level.indicator,
            period=before.text if before else "",
            kind="previous_level" if level.is_level else "previous_new",
            value=point,
            interval=previous,
            places=places,
            unit=u,
            basis=f"{ex.figure(level)} − ({change.value_text} {change.unit_text})",
            claims=(level, change),
        ),
    )
