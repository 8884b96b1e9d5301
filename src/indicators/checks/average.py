"""An average annual growth (年均增长) against the levels of the two years it connects.

An average growth ``g`` over the ``n`` years ``first..last`` (``“十三五”期间年均增长12%``:
2016..2020, n = 5) connects the level ``C`` of the last year with the level ``P`` of the year
before the first: ``C / P = (1 + g)^n``. Over the rounding intervals the relation holds when
``[C_lo / P_hi, C_hi / P_lo]`` meets ``[(1 + g_lo)^n, (1 + g_hi)^n]``, computed exactly with
whole powers of fractions (no roots). It is judged only when the report prints both levels;
otherwise nothing is said, and an average growth is never compared with last year's level.
"""

from __future__ import annotations

from itertools import islice

from .. import explain as ex
from ..exact import Fraction
from ..findings import CONSISTENT, INCONSISTENT, Finding, at_printed_comparable_prices
from ..intervals import (
    Interval,
    average_growth_bounds,
    average_growth_interval,
    fmt,
    growth_factor,
    implied_price_change,
)
from ..period_cells import Period
from ..phrases import load_phrases
from ..quantities import Quantity
from ..relations import ClaimIndex, key, sentence_between
from .growth import LEVEL_FAMILIES

#: Decimals (of per cent) of the exact brackets of an implied average growth.
_RATE_PLACES = 4


def average_growth_checks(index: ClaimIndex) -> list[Finding]:
    """Judge every average annual growth whose first and last levels the report prints.

    Examples
    --------
    >>> import pandas as pd
    >>> from indicators.quantities import read_claims
    >>> rows = [("2015", "30.0", "", ""), ("2020", "52.8", "", ""),
    ...         ("2016..2020", "200", "12", "2016..2020年均")]
    >>> table = pd.DataFrame([dict(indicator="固定资产投资", period=p, value=v, growth_pct=g,
    ...     growth_basis=b) for p, v, g, b in rows]).assign(name="", kind="actual", unit="亿元",
    ...     line="1", quote="")
    >>> [(f.check, f.verdict, f.period) for f in average_growth_checks(
    ...     ClaimIndex(read_claims(table)))]
    [('average_growth', 'consistent', '2015→2020')]
    """
    findings: list[Finding] = []
    for q in index.quantities:
        if q.growth is None or not q.is_average_growth:
            continue
        origin, level = _compared_right_after(index, q) or index.origins.get(q.row), q
        if origin is None and q.link == "same_as" and q.value is None:
            # 由2015年的A增加到B，是2015年的2.1倍，年均增长g: the average of the level stated,
            # over the years from its origin (when they are several)
            linked = index.by_id(q.linked_to)
            first = index.origins.get(linked.row) if linked is not None else None
            if linked is not None and first is None:
                first = _compared_right_before(index, q, linked)
            if linked is not None and linked.value is not None and first is not None:
                span = _years_from(first, linked)
                own = q.average_years
                if span is not None and span[1] > span[0] and own in (None, span):
                    origin, level = first, linked
        if origin is not None:  # 由2017年的A增加到B，年均增长g: the years run from the origin
            years = _years_from(origin, level)
            current, base = level, origin
        else:
            years = q.average_years
            current = _level_of(index, q, years[1]) if years is not None else None
            base = None
            if years is not None and current is not None:
                base = index.level(key(current), Period.year(years[0] - 1), "actual", like=current)
                since = base is None and q.period is not None and q.period.is_years
                before = _compared_right_before(index, q, current) if since else None
                if before is not None and before.period == Period.year(years[0]):
                    # 是2016年30.5亿元的1.8倍，2016年以来年均增长16.9%: since that level
                    base, years = before, _years_from(before, current)
            elif years is None and (before := _year_level_before(index, q)):
                # 茶叶综合产值2016年为30.5亿元，2021年达到56.3亿元，年均增长16.9%: from the level
                # printed with its year right before in the sentence
                assert q.period is not None and before.period is not None
                years = (before.period.end[0] + 1, q.period.end[0])
                current = _level_of(index, q, years[1])
                base = before  # (与2015年的312.80亿元相比，外贸进出口总额年均增长10.7%: of the
                # year's level printed before)
            elif years is None:
                # 到2025年达到260亿元，年均增长7%: from the latest actual level (a plan's own
                # average, “十四五”规划提出…年均增长6%, runs from the year before the plan:
                # judged only when that is the latest actual's year)
                current, base = q, _latest_actual(index, q)
                years = _years_from(base, q) if base is not None else None
                if years is not None and not _plan_runs_from(q, years[0]):
                    years = None
        if years is None or current is None or base is None:
            continue
        if current.family not in LEVEL_FAMILIES or current.value is None:
            continue
        comparable = index.comparable(current) or index.comparable(q)  # 按可比价格计算年均增长
        found = _judge(q, current, base, years, comparable)
        if found is not None:
            price = _price_change(q, current, base, years)
            findings.append(at_printed_comparable_prices(found, q, price, years[1] - years[0] + 1))
    return findings


def _year_level_before(index: ClaimIndex, q: Quantity) -> Quantity | None:
    """The actual level of ``q``'s measure printed with its own year right before ``q`` in
    its sentence, at least two years earlier, for a bare 年均 growth of ``q`` (2016年为30.5亿元，
    2021年达到56.3亿元，年均增长16.9%); ``None`` otherwise (not 比上年的55.72亿元增长10.2%，两年
    平均增长7.5%, nor a plan's target before)."""
    if q.growth_basis != "年均" or q.period is None:
        return None
    before = _compared_right_before(index, q, q)
    if before is None or before.kind != "actual" or before.period is None:
        return None
    return before if q.period.end[0] - before.period.end[0] >= 2 else None


def _compared_right_before(index: ClaimIndex, q: Quantity, level: Quantity) -> Quantity | None:
    """The earlier level of ``level``'s measure printed right before an average growth in its
    sentence (…186.4万元，增长49.6%，较2015年的62.5万元年均增长34.9%): the level the average
    runs from; ``None`` when there is none."""
    if q.row == 0:
        return None
    prev = index.quantities[q.row - 1]
    if prev.value is None and prev.row > 0 and prev.growth is not None and key(prev) == key(q):
        prev = index.quantities[prev.row - 1]  # 是2016年30.5亿元的1.8倍，…年均增长16.9%: past the
        # multiple of the level, to the earlier level it names
    if prev.value is None or prev.period is None or level.period is None or prev is level:
        return None
    if not prev.period.is_year or prev.period.end >= level.period.start:
        return None
    if key(prev) != key(level) or sentence_between(prev, q) or prev.paragraph != q.paragraph:
        return None
    return prev


def _compared_right_after(index: ClaimIndex, q: Quantity) -> Quantity | None:
    """The earlier level of ``q``'s measure printed right after it and before its average
    growth (…增加到428.66万千瓦；与2015年的93.20万千瓦相比，年均增长29.0%): the level the
    average runs from, rather than the level ``q`` changed from, when printed between ``q``
    and its growth (within ``q``'s quote); ``None`` when there is none."""
    if q.value is None:
        return None
    after = next(  # (past what was added to it: …，全年新增126.5万千瓦，…是水电的1.4倍；与…)
        (
            x
            for x in islice(index.quantities, q.row + 1, q.row + 5)
            if x.measure == "level" and key(x) == key(q)
        ),
        None,
    )
    if after is None or after.value is None or after.period is None or q.period is None:
        return None
    if not after.period.is_year or after.period.end >= q.period.start:
        return None
    if sentence_between(q, after) or after.paragraph != q.paragraph:
        return None
    openers = (*load_phrases().compared_openers, "比", "较")  # 与2015年的93.20万千瓦
    if not after.quote.startswith(openers) or after.growth is not None:
        return None  # (not 2021年至2025年，区级税收分别为…: levels of their own years)
    if after.quote not in q.quote:
        return None  # (not …，2016年以来年均增长29.0%，比上年的302.16万千瓦增加…: after it)
    return after


def _plan_runs_from(q: Quantity, first: int) -> bool:
    """Whether every five-year plan named in the words around ``q`` (十五五) starts in the
    year ``first``, the first year of the average from the latest actual level (true when
    none is named)."""
    words = q.context or q.quote
    plans = load_phrases().plans
    return all(start == first for name, (start, _) in plans.items() if name in words)


#: How many years back the level a target's average growth starts from is looked for.
_TARGET_YEARS_MAX = 10


def _latest_actual(index: ClaimIndex, q: Quantity) -> Quantity | None:
    """The latest actual level before the year of the target ``q`` (of one year, with its
    value), which an average growth to the target starts from; ``None`` when there is none
    within :data:`_TARGET_YEARS_MAX` years or ``q`` is not such a target."""
    if q.kind != "target" or q.value is None or q.period is None or not q.period.is_year:
        return None
    year = q.period.end[0]
    for earlier in range(year - 1, year - 1 - _TARGET_YEARS_MAX, -1):
        base = index.level(key(q), Period.year(earlier), "actual", like=q)
        if base is not None:
            return base
    return None


def _years_from(origin: Quantity, q: Quantity) -> tuple[int, int] | None:
    """The years an average growth runs over from the level ``origin`` to the level ``q``
    (the year after the origin's to ``q``'s), when both are single years."""
    if origin.period is None or q.period is None or q.value is None:
        return None
    if not (origin.period.is_year and q.period.is_year):
        return None
    start, end = origin.period.end[0], q.period.end[0]
    return (start + 1, end) if end > start else None


def _level_of(index: ClaimIndex, q: Quantity, year: int) -> Quantity | None:
    """The level of ``year`` the average growth of ``q`` ends at: its own figure when it is
    of that year, the figure it is a second growth of, or the level printed elsewhere."""
    period = Period.year(year)
    if q.value is not None and q.is_level and q.period == period:
        return q
    if q.link == "same_as" and q.linked_to:
        source = index.by_id(q.linked_to)
        if source is not None and source.value is not None and source.is_level:
            return source if source.period == period else None
    if not key(q):
        return None
    return index.level(key(q), period, q.kind, like=q if q.unit is not None else None, near=q)


def _price_change(
    q: Quantity, current: Quantity, base: Quantity, years: tuple[int, int]
) -> Fraction | None:
    """The change of prices (in %, over the years) that reconciles an average growth with
    the current-price levels; ``None`` when they are not known."""
    c_pt, p_pt = current.value_point, base.point_in(current.unit)
    if c_pt is None or p_pt is None or q.growth_point is None:
        return None
    return implied_price_change(c_pt, p_pt, q.growth_point, years[1] - years[0] + 1)


def _judge(
    q: Quantity, current: Quantity, base: Quantity, years: tuple[int, int], comparable: bool
) -> Finding | None:
    assert current.unit is not None and q.growth is not None
    first, last = years
    n = last - first + 1
    c_iv = current.value_in(current.unit)
    p_iv = base.value_in(current.unit)
    c_pt, p_pt = current.value_point, base.point_in(current.unit)
    factor = growth_factor(q.growth)
    if c_iv is None or p_iv is None or c_pt is None or p_pt is None or q.growth_point is None:
        return None
    if p_iv.lo is None or p_iv.lo <= 0 or c_iv.lo is None or c_iv.lo <= 0 or p_pt <= 0:
        return None
    if factor.lo is None or factor.lo <= 0 or c_iv.hi is None or p_iv.hi is None:
        return None
    ratio = c_iv / p_iv
    stated = Interval(factor.lo**n, None if factor.hi is None else factor.hi**n)
    assert ratio.lo is not None and ratio.hi is not None
    rate = average_growth_interval(ratio, n, _RATE_PLACES)
    rate_pt = average_growth_bounds(c_pt / p_pt, n, _RATE_PLACES)[1]
    places = max(q.growth_places, 2)
    stated_words = f"{first}—{last} 年年均{ex.growth_words(q)}"
    lead = (
        f"{ex.when(base.period)}{base.label} {ex.figure(base)}，"
        f"{ex.subject(current)} {ex.figure(current)}，"
        f"{n} 年年均{ex.change(rate_pt, places)}"
        f"（按舍入区间为 {ex.range_text(rate, places, '%')}）"
    )
    common = dict(
        check="average_growth",
        indicators=(current.label,),
        period=f"{first - 1}→{last}",
        stated=stated_words,
        recomputed=ex.estimate(rate_pt, rate, places, "%"),
        claims=tuple({id(x): x for x in (base, current, q)}.values()),
    )
    if ratio.meets(stated):
        return Finding(
            verdict=CONSISTENT, explanation=f"{lead}，与文中所写{stated_words}相符。", **common
        )
    gap = rate.gap(q.growth)
    alt_pt = p_pt * growth_factor(q.growth_point) ** n
    alt = p_iv * stated if stated.hi is not None else None
    which = ex.subject(current)
    sentence = (
        f"{lead}，与文中所写{stated_words}不符，相差约 {fmt(gap, 2)} 个百分点；"
        f"若年均{ex.growth_words(q)}无误，{which}应约为 "
        f"{ex.amount(alt_pt, current.places, current.unit_text)}"
    )
    flag = ""
    if comparable and current.family == "money":
        price = implied_price_change(c_pt, p_pt, q.growth_point, n) or Fraction(0)
        sentence += (
            f"；若年均{ex.growth_words(q)}为按可比价计算的增速，与现价水平之差意味着 {n} 年间"
            f"价格累计{'上涨' if price > 0 else '下降'}约 {ex.pct(abs(price), 2)}，仍需核实"
        )
        flag = "comparable_prices"
    suggestion = f"年均增速 {ex.range_text(rate, places, '%')}"
    if alt is not None:
        suggestion += f"；或{which} {ex.consistent_range(alt, current.places, current.unit_text)}"
    return Finding(
        verdict=INCONSISTENT,
        explanation=sentence + "。",
        gap=gap,
        gap_unit="个百分点",
        suggestion=suggestion,
        flag=flag,
        **common,
    )
