"""A change of a rate stated in percentage points against the two rates it connects.

"城镇化率 58.2%，比上年提高 1.3 个百分点" holds when the rate of last year (printed, or the
one the rate changed from) differs from this year's by an amount inside the interval of 1.3.
When last year's rate is not printed, the rate it implies is reported instead.
"""

from __future__ import annotations

import re

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, NOT_ASSESSABLE, Derived, Finding
from ..intervals import Interval, fmt
from ..period_cells import Period
from ..phrases import load_phrases
from ..printed import is_average
from ..quantities import Quantity
from ..relations import (
    ClaimIndex,
    basis_names_part_of_year,
    key,
    of_the_year_before,
    sentence_between,
)

_DECLINE_WORDS = ("下降", "回落", "降低", "减少", "收窄")
_YEAR = re.compile(r"(?:19|20)\d\d")


def point_change_checks(index: ClaimIndex) -> tuple[list[Finding], list[Derived]]:
    """Judge every change in percentage points whose two rates the report gives.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [dict(indicator="森林覆盖率", period="2021", value="61.8", unit="%"),
    ...         dict(indicator="森林覆盖率", period="2022", value="62.4", unit="%"),
    ...         dict(indicator="森林覆盖率", period="2022", value="0.4", unit="个百分点")]
    >>> table = pd.DataFrame(rows).assign(name="", kind="actual", line="5", quote="")
    >>> findings, _ = point_change_checks(ClaimIndex(read_claims(table)))
    >>> findings[0].verdict, findings[0].recomputed, findings[0].gap
    ('inconsistent', '0.6 个百分点 [0.500, 0.700]', Fraction(1, 20))
    """
    findings: list[Finding] = []
    derived: list[Derived] = []
    for change in index.quantities:
        if not change.is_points or change.value is None or change.period is None:
            continue
        if is_average(change.growth_basis):  # 年均提高1.5个百分点: not one year's change
            continue
        if any(w in change.words_to_figure() for w in load_phrases().pull_words):
            continue  # 分别拉动经济增长1.3、2.7和5.0个百分点: what parts add, no change of a rate
        now = _changed_rate(index, change)
        if now is None or now.value is None:
            continue
        if basis_names_part_of_year(change.growth_basis):
            continue  # 全年增速比一季度加快0.9个百分点: over a part of the year, not last year
        base_period = index.growth_base_period(change)
        before = index.origins.get(now.row)
        if (
            before is not None
            and base_period is not None
            and change.growth_basis  # a basis of its own: 比2015年, 比上年
            and before.period != base_period
        ):  # 由2011年的46.8%提高到54.3%，比“十二五”末提高1.1个百分点: over 2015, not 2011;
            # …12.6%，比上年提高0.9个百分点，比2020年的8.6%提高4.0个百分点: 0.9 over last year
            before = None
        if (
            before is not None
            and change.link != "change_of"
            and not change.growth_basis
            and not of_the_year_before(before, now)
            and _names_its_own_year(change, now, sentence_between(before, change))
        ):  # 贫困发生率由2015年的19.6%下降到1.17%…。其中2019年…下降3.40个百分点: the year's
            before = None
        cumulative = any(w in change.words_to_figure() for w in load_phrases().cumulative_words)
        if (
            cumulative
            and not change.growth_basis
            and (before is None or of_the_year_before(before, now))
        ):
            continue  # …由4.87%下降到1.84%…，累计下降25.1个百分点: from a start not printed
        if before is None:
            previous = now.period.previous() if now.period else None
            before = _rate(index, key(now), base_period or previous)
        stated, stated_pt = change.value, change.value_point or 0
        if stated_pt > 0 and any(w in change.clause for w in _DECLINE_WORDS):
            stated, stated_pt = stated.scale(-1), -stated_pt
        if before is None or before.value is None:
            finding, implied = _missing_base(now, change, stated, stated_pt, base_period)
            findings.append(finding)
            derived.append(implied)
            continue
        findings.append(_judge_points(now, before, change, stated, stated_pt))
    return findings, derived


def _names_its_own_year(change: Quantity, now: Quantity, other_sentence: bool) -> bool:
    """Whether the sentence of ``change`` (its clause, when it shares the sentence of the
    change it follows) prints the year of ``now`` before it (其中2019年…下降3.40个百分点; …，
    其中2017年下降3.77个百分点), and no word of a total over years (累计提高4.6个百分点)."""
    if not change.context or change.anchor is None or now.period is None:
        return False
    marks = "。！？" if other_sentence else "。！？，,；;"
    start = max(change.context.rfind(mark, 0, change.anchor) for mark in marks) + 1
    said = change.context[start : change.anchor]
    return f"{now.period.end[0]}年" in said and "累计" not in said


def _changed_rate(index: ClaimIndex, change: Quantity) -> Quantity | None:
    if change.link == "change_of" and change.linked_to:
        linked = index.by_id(change.linked_to)
        if linked is not None and linked.family == "percent":
            return linked
    return _rate(index, key(change), change.period, change.kind)


def _rate(
    index: ClaimIndex, name: str, period: Period | None, kind: str = "actual"
) -> Quantity | None:
    for q in index.iter_levels(name, period, kind):
        if q.family == "percent":
            return q
    return None


def _judge_points(
    now: Quantity, before: Quantity, change: Quantity, stated: Interval, stated_pt: Fraction
) -> Finding:
    """Judge ``now - before`` against the stated change in points (``stated``, signed)."""
    assert now.value is not None and before.value is not None
    implied = now.value - before.value
    implied_pt = (now.value_point or 0) - (before.value_point or 0)
    places = max(now.places, before.places)
    verb = "提高" if implied_pt >= 0 else "下降"
    previous_pt = (now.value_point or 0) - stated_pt
    lead = (
        f"{ex.subject(now)} {ex.figure(now)}较{ex.when(before.period)} {ex.figure(before)}"
        f"{verb} {fmt(abs(implied_pt), places)} 个百分点"
    )
    common = dict(
        check="points_change",
        indicators=(now.label,),
        period=now.period.text if now.period else "",
        stated=f"{change.value_text} 个百分点",
        recomputed=ex.estimate(implied_pt, implied, places, "个百分点"),
        claims=(before, now, change),
    )
    if implied.meets(stated):
        return Finding(verdict=CONSISTENT, explanation=f"{lead}，与文中所写相符。", **common)
    gap = implied.gap(stated)
    return Finding(
        verdict=INCONSISTENT,
        explanation=(
            f"{lead}，与文中所写 {change.value_text} 个百分点不符，"
            f"相差 {fmt(gap, places + 1)} 个百分点；若变化无误，"
            f"{ex.when(before.period)}应约为 {ex.pct(previous_pt, places)}。"
        ),
        gap=gap,
        gap_places=places + 2,
        gap_unit="个百分点",
        suggestion=f"{ex.consistent_range(implied, change.places, '')} 个百分点",
        **common,
    )


def _missing_base(
    now: Quantity,
    change: Quantity,
    stated: Interval,
    stated_pt: Fraction,
    base_period: Period | None,
) -> tuple[Finding, Derived]:
    """The rate before a change whose base the report does not print: of the year its basis
    names (比2020年提高1.8个百分点: 2020's), else of the year before."""
    assert now.value is not None
    previous = now.value - stated
    point = (now.value_point or 0) - stated_pt
    last_year = now.period.previous() if now.period else None
    before_period = base_period or last_year
    if before_period == last_year:  # 1—6月 a year before: 上年同期
        months = now.period is not None and not (now.period.is_year or now.period.is_years)
        when = "上年同期" if months else "上年"
    else:
        when = ex.when(before_period).strip()
    what = f"{ex.when(before_period)}{now.label}"
    places = max(now.places, change.places)
    return (
        Finding(
            check="points_change",
            verdict=NOT_ASSESSABLE,
            indicators=(now.label,),
            period=now.period.text if now.period else "",
            stated=f"{change.value_text} 个百分点",
            recomputed=f"{when} {ex.estimate(point, previous, places, '%')}",
            explanation=(
                f"文中未给出{what}，无法核对{ex.subject(now)}变化 {change.value_text} 个百分点；"
                f"按 {ex.figure(now)} 推算，{what}约为 {ex.pct(point, places)}。"
            ),
            claims=(now, change),
            suggestion=f"补充{what}",
        ),
        Derived(
            what=what,
            indicator=now.indicator,
            period=before_period.text if before_period else "",
            kind="previous_rate",
            value=point,
            interval=previous,
            places=places,
            unit="%",
            basis=f"{ex.figure(now)} − {change.value_text} 个百分点",
            claims=(now, change),
        ),
    )
